/// The script that makes the page explorable, offline: pan and zoom on every diagram (drag,
/// wheel, buttons, keys), layer toggles, a search box that finds a school or structure by
/// name or URN and shows it in every diagram, and a card for whatever is clicked or found.
/// It reads the inert JSON the page embeds (``ReportExplorer``) and writes only text nodes,
/// never markup, so no name can run as code. Printing restores each diagram to the whole
/// drawing at page width.
enum ReportExplorerScript {
    static let script = """
        (function () {
          "use strict";
          var source = document.getElementById("explorer-data");
          var data = source ? JSON.parse(source.textContent) : { schools: [], structures: [], layers: {} };
          var items = {};
          data.schools.forEach(function (s) { s.type = "school"; items[s.id] = s; });
          data.structures.forEach(function (g) { g.type = "structure"; items[g.id] = g; });
          var viewers = [];

          function element(name, text, className) {
            var e = document.createElement(name);
            if (text !== undefined) { e.textContent = text; }
            if (className) { e.className = className; }
            return e;
          }

          function Viewer(figure) {
            var viewport = figure.querySelector(".viewport");
            var minimumLabel = parseFloat(figure.getAttribute("data-min-label")) || 8;
            var width = 0;
            var svg = viewport.querySelector("svg");
            var box = svg.viewBox.baseVal;
            var full = { x: box.x, y: box.y, w: box.width, h: box.height };
            var sizes = Array.prototype.map.call(svg.querySelectorAll("text"), function (t) {
              return parseFloat(t.getAttribute("font-size"));
            }).filter(function (v) { return v > 0; });
            var smallest = sizes.length ? Math.min.apply(null, sizes) : 12;
            var view = { x: full.x, y: full.y, k: 1 };
            var nodes = {};
            svg.querySelectorAll("g.node").forEach(function (g) {
              var title = g.querySelector("title");
              if (title) { nodes[title.textContent] = g; }
            });
            svg.removeAttribute("width");
            svg.removeAttribute("height");
            svg.setAttribute("preserveAspectRatio", "xMinYMin meet");
            svg.style.width = "100%";
            svg.style.height = "100%";

            function fit() { return viewport.clientWidth / full.w; }
            // A hair above the minimum, so that rounding in the browser never puts a label under it.
            function legible() { return minimumLabel * 1.02 / smallest; }
            function apply() {
              svg.setAttribute("viewBox", [view.x, view.y, viewport.clientWidth / view.k,
                viewport.clientHeight / view.k].join(" "));
            }
            // The first view: the whole width when its labels are large enough there (never
            // above natural size, so a small drawing is not blown up), else zoomed until they are.
            function reset() {
              width = viewport.clientWidth;
              if (!(fit() > 0)) { return; }
              var k = Math.min(Math.max(Math.min(fit(), 4 / 3), legible()), 12);
              viewport.style.height = Math.max(160, Math.min(full.h * k, window.innerHeight * 0.8)) + "px";
              view.k = k;
              view.x = k > fit() ? full.x + (full.w - viewport.clientWidth / k) / 2 : full.x;
              view.y = full.y + Math.max(0, (full.h - viewport.clientHeight / k) / 2);
              apply();
            }
            // The whole drawing in the view, however small its labels.
            function whole() {
              if (!(fit() > 0)) { return; }
              view.k = Math.min(fit(), viewport.clientHeight / full.h);
              view.x = full.x - (viewport.clientWidth / view.k - full.w) / 2;
              view.y = full.y - (viewport.clientHeight / view.k - full.h) / 2;
              apply();
            }
            function zoom(factor, cx, cy) {
              if (!(fit() > 0)) { return; }
              if (cx === undefined) { cx = viewport.clientWidth / 2; cy = viewport.clientHeight / 2; }
              var ux = view.x + cx / view.k, uy = view.y + cy / view.k;
              view.k = Math.min(Math.max(view.k * factor, fit() / 2), 12);
              view.x = ux - cx / view.k;
              view.y = uy - cy / view.k;
              apply();
            }
            function pan(dx, dy) { view.x -= dx / view.k; view.y -= dy / view.k; apply(); }
            function centre(g) {
              var r = g.getBoundingClientRect(), v = viewport.getBoundingClientRect();
              var ux = view.x + (r.left + r.width / 2 - v.left) / view.k;
              var uy = view.y + (r.top + r.height / 2 - v.top) / view.k;
              view.k = Math.max(view.k, legible());
              view.x = ux - viewport.clientWidth / (2 * view.k);
              view.y = uy - viewport.clientHeight / (2 * view.k);
              apply();
            }
            function clear() {
              svg.classList.remove("sn-focus");
              svg.querySelectorAll(".sn-selected, .sn-near, .sn-tie").forEach(function (e) {
                e.classList.remove("sn-selected", "sn-near", "sn-tie");
              });
            }
            function highlight(id) {
              clear();
              var g = svg.querySelector("g.node.sn-" + id);
              if (!g) { return false; }
              var name = g.querySelector("title").textContent;
              g.classList.add("sn-selected");
              svg.classList.add("sn-focus");
              svg.querySelectorAll("g.edge").forEach(function (edge) {
                var ends = edge.querySelector("title").textContent.split("->");
                if (ends[0] === name || ends[1] === name) {
                  edge.classList.add("sn-tie");
                  var other = nodes[ends[0] === name ? ends[1] : ends[0]];
                  if (other) { other.classList.add("sn-near"); }
                }
              });
              centre(g);
              return true;
            }

            var drag = null;
            viewport.addEventListener("pointerdown", function (event) {
              drag = { x: event.clientX, y: event.clientY, moved: 0, id: event.pointerId };
            });
            viewport.addEventListener("pointermove", function (event) {
              if (!drag) { return; }
              var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
              drag.moved += Math.abs(dx) + Math.abs(dy);
              if (drag.moved > 4 && !viewport.hasPointerCapture(drag.id)) { viewport.setPointerCapture(drag.id); }
              drag.x = event.clientX;
              drag.y = event.clientY;
              if (drag.moved > 4) { pan(dx, dy); }
            });
            function release(event) {
              if (!drag) { return; }
              var click = drag.moved <= 4;
              drag = null;
              if (!click) { return; }
              var target = event.target.closest ? event.target.closest("g.node") : null;
              var id = target ? Array.prototype.filter.call(target.classList, function (c) {
                return /^sn-[sg][0-9]+$/.test(c);
              })[0] : null;
              if (id) { select(id.slice(3)); }
            }
            viewport.addEventListener("pointerup", release);
            viewport.addEventListener("pointercancel", function () { drag = null; });
            // The wheel zooms once the reader has chosen the diagram (focus) or holds Ctrl; else
            // it scrolls the page, so a tall diagram never traps the reader.
            viewport.addEventListener("wheel", function (event) {
              if (!event.ctrlKey && document.activeElement !== viewport) { return; }
              event.preventDefault();
              var v = viewport.getBoundingClientRect();
              zoom(Math.exp(-event.deltaY * 0.0015), event.clientX - v.left, event.clientY - v.top);
            }, { passive: false });
            viewport.addEventListener("keydown", function (event) {
              var step = 60, handled = true;
              switch (event.key) {
                case "ArrowLeft": pan(step, 0); break;
                case "ArrowRight": pan(-step, 0); break;
                case "ArrowUp": pan(0, step); break;
                case "ArrowDown": pan(0, -step); break;
                case "+": case "=": zoom(1.25); break;
                case "-": case "_": zoom(0.8); break;
                case "0": whole(); break;
                default: handled = false;
              }
              if (handled) { event.preventDefault(); }
            });
            figure.querySelectorAll("button[data-zoom]").forEach(function (button) {
              button.addEventListener("click", function () {
                var how = button.getAttribute("data-zoom");
                if (how === "in") { zoom(1.25); } else if (how === "out") { zoom(0.8); } else { whole(); }
              });
            });

            var layerBox = figure.querySelector(".layers");
            var present = [];
            svg.querySelectorAll("g.node, g.edge").forEach(function (g) {
              g.classList.forEach(function (c) {
                if (c.indexOf("layer-") === 0 && present.indexOf(c) < 0) { present.push(c); }
              });
            });
            present.sort();
            if (layerBox && present.length > 1) {
              layerBox.appendChild(element("span", "Show:", "layers-heading"));
              present.forEach(function (layer) {
                var label = element("label");
                var box = element("input");
                box.type = "checkbox";
                box.checked = true;
                box.addEventListener("change", function () {
                  svg.querySelectorAll("g." + layer).forEach(function (g) {
                    g.style.display = box.checked ? "" : "none";
                  });
                });
                label.appendChild(box);
                label.appendChild(document.createTextNode(" " + (data.layers[layer] || layer.slice(6))));
                layerBox.appendChild(label);
              });
            }

            return {
              reset: reset, highlight: highlight, clear: clear,
              resized: function () { if (viewport.clientWidth !== width) { reset(); } },
              printing: function () {
                svg.setAttribute("viewBox", [full.x, full.y, full.w, full.h].join(" "));
                viewport.style.height = "auto";
                svg.style.height = "auto";
              },
              printed: function () { svg.style.height = "100%"; reset(); }
            };
          }

          var card = document.getElementById("card");
          function showCard(item) {
            if (!card) { return; }
            card.textContent = "";
            var close = element("button", "×", "close");
            close.type = "button";
            close.setAttribute("aria-label", "Close the card");
            close.addEventListener("click", deselect);
            card.appendChild(close);
            card.appendChild(element("h2", item.name));
            var facts = element("dl");
            item.facts.forEach(function (pair) {
              facts.appendChild(element("dt", pair[0]));
              facts.appendChild(element("dd", pair[1]));
            });
            card.appendChild(facts);
            function list(heading, entries, render) {
              card.appendChild(element("h3", heading));
              if (!entries.length) { card.appendChild(element("p", "None.", "note")); return; }
              var ul = element("ul");
              entries.forEach(function (entry) { var li = element("li"); li.appendChild(render(entry)); ul.appendChild(li); });
              card.appendChild(ul);
            }
            function jump(pair) {
              if (!pair[0]) { return document.createTextNode(pair[1]); }
              var b = element("button", pair[1], "link");
              b.type = "button";
              b.addEventListener("click", function () { select(pair[0]); });
              return b;
            }
            if (item.type === "school") {
              card.appendChild(element("p", item.status, "status"));
              list("Structures", item.structures, jump);
              list("Links", item.links, function (text) { return document.createTextNode(text); });
            } else {
              list("Members", item.members, jump);
            }
            if (item.draw) {
              card.appendChild(element("h3", item.type === "school" ? "Draw it with its neighbours" : "Draw it on its own"));
              card.appendChild(element("code", item.draw, "cmd"));
            }
            card.hidden = false;
          }
          function select(id) {
            var item = items[id];
            if (!item) { return; }
            var shown = 0;
            viewers.forEach(function (v) { if (v.highlight(id)) { shown += 1; } });
            showCard(item);
            var status = document.getElementById("find-results");
            if (status && shown === 0) { status.textContent = item.name + " is in no diagram on this page."; }
          }
          function deselect() {
            viewers.forEach(function (v) { v.clear(); });
            if (card) { card.hidden = true; }
          }

          var finder = document.getElementById("finder");
          if (finder) {
            finder.hidden = false;
            var input = document.getElementById("find");
            var names = document.getElementById("find-names");
            var results = document.getElementById("find-results");
            var byLabel = {};
            var entries = data.schools.map(function (s) { return [s.name + " (URN " + s.urn + ")", s]; })
              .concat(data.structures.map(function (g) { return [g.name + " (" + g.kind + ")", g]; }));
            entries.forEach(function (entry) {
              byLabel[entry[0].toLowerCase()] = entry[1];
              var option = element("option");
              option.value = entry[0];
              names.appendChild(option);
            });
            function find() {
              var text = input.value.trim().toLowerCase();
              results.textContent = "";
              if (!text) { return; }
              if (byLabel[text]) { select(byLabel[text].id); return; }
              var matches = entries.filter(function (entry) {
                var item = entry[1];
                return item.name.toLowerCase().indexOf(text) >= 0 || (item.urn && item.urn === text);
              });
              if (matches.length === 1) { select(matches[0][1].id); return; }
              deselect();
              results.appendChild(element("span", matches.length === 0
                ? "No school or structure matches."
                : matches.length + " matches; choose one:"));
              matches.slice(0, 12).forEach(function (entry) {
                var b = element("button", entry[0], "link");
                b.type = "button";
                b.addEventListener("click", function () { select(entry[1].id); });
                results.appendChild(b);
              });
            }
            input.addEventListener("keydown", function (event) {
              if (event.key === "Enter") { event.preventDefault(); find(); }
            });
            input.addEventListener("change", find);
          }
          document.addEventListener("keydown", function (event) {
            if (event.key === "Escape") { deselect(); }
          });

          document.querySelectorAll("figure.diagram").forEach(function (figure) {
            if (figure.querySelector(".viewport svg")) { viewers.push(new Viewer(figure)); }
          });
          viewers.forEach(function (v) { v.reset(); });
          var printing = false;
          window.addEventListener("resize", function () {
            if (!printing) { viewers.forEach(function (v) { v.resized(); }); }
          });
          window.addEventListener("beforeprint", function () {
            printing = true;
            viewers.forEach(function (v) { v.printing(); });
          });
          window.addEventListener("afterprint", function () {
            printing = false;
            viewers.forEach(function (v) { v.printed(); });
          });
        })();
        """
}
