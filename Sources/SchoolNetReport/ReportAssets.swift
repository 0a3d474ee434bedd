/// The report's style sheet and script, inlined in the page: the report fetches nothing.
enum ReportAssets {
    static let css = """
        :root { --ink: #1d1d1d; --muted: #5a5a5a; --rule: #d0d0d0; --accent: #0072B2; }
        * { box-sizing: border-box; }
        html { scroll-padding-top: 4.5rem; }
        body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink);
               margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 1200px; line-height: 1.45; background: #fff; }
        h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 .4rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .3rem; }
        p.lede { color: var(--muted); margin: 0 0 1rem; }
        nav ol { columns: 2; padding-left: 1.2rem; }
        code, .cmd { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85rem; }
        .cmd { display: block; background: #f4f6f8; border-left: 3px solid var(--accent); padding: .3rem .6rem;
               margin: .3rem 0 .8rem; white-space: pre-wrap; overflow-wrap: anywhere; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .6rem; margin: .6rem 0; }
        .card { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .7rem; }
        .card .value { font-size: 1.5rem; font-weight: 600; }
        .card .label { color: var(--muted); font-size: .85rem; }
        figure { margin: 1rem 0; }
        figure svg { max-width: 100%; height: auto; }
        figure.diagram { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem;
                         margin-left: min(0px, calc(50% - 50vw + 1.5rem)); margin-right: min(0px, calc(50% - 50vw + 1.5rem)); }
        figure.diagram .viewport { overflow: hidden; touch-action: pan-y; cursor: grab; border-radius: 4px; }
        figure.diagram .viewport:focus { touch-action: none; }
        figure.diagram .viewport:focus-visible { outline: 3px solid var(--accent); }
        figure.diagram .viewport svg { display: block; max-width: none; }
        .diagram-tools { display: flex; flex-wrap: wrap; gap: .3rem .8rem; align-items: center; margin-bottom: .3rem;
                         font-size: .85rem; }
        .diagram-tools button { font: inherit; min-width: 2rem; padding: .1rem .5rem; border: 1px solid var(--rule);
                                background: #f4f6f8; border-radius: 4px; cursor: pointer; }
        .diagram-tools .layers { display: flex; flex-wrap: wrap; gap: .2rem .7rem; }
        .diagram-tools .layers-heading { color: var(--muted); }
        svg.sn-focus g.node:not(.sn-selected):not(.sn-near):not(.legend), svg.sn-focus g.edge:not(.sn-tie) { opacity: .2; }
        g.node.sn-selected > polygon, g.node.sn-selected > ellipse, g.node.sn-selected > path,
        g.node.sn-selected a > polygon, g.node.sn-selected a > ellipse, g.node.sn-selected a > path { stroke: #D55E00; stroke-width: 4px; }
        g.edge.sn-tie path { stroke-width: 3px; }
        g.node { cursor: pointer; }
        #finder { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--rule);
                  padding: .4rem 0; margin-bottom: .6rem; display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: center; }
        #finder[hidden] { display: none; }
        #finder input { font: inherit; padding: .2rem .4rem; min-width: 22rem; max-width: 100%; }
        #find-results { display: flex; flex-wrap: wrap; gap: .2rem .6rem; font-size: .9rem; }
        button.link { font: inherit; background: none; border: 0; padding: 0; color: var(--accent); text-decoration: underline;
                      cursor: pointer; text-align: left; }
        #card { position: fixed; right: 1rem; bottom: 1rem; width: 24rem; max-width: calc(100vw - 2rem); max-height: 70vh;
                overflow: auto; background: #fff; border: 1px solid var(--rule); border-top: 4px solid var(--accent);
                border-radius: 6px; padding: .5rem 1rem 1rem; box-shadow: 0 4px 16px rgba(0,0,0,.15); z-index: 3; }
        #card h2 { font-size: 1.1rem; border: 0; margin: .3rem 2rem .4rem 0; }
        #card h3 { font-size: .95rem; margin: .8rem 0 .2rem; }
        #card dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: 0; font-size: .9rem; }
        #card dt { color: var(--muted); }
        #card dd { margin: 0; }
        #card ul { padding-left: 1.1rem; margin: .2rem 0; font-size: .9rem; }
        #card .status { font-weight: 600; margin: .6rem 0 0; }
        #card .close { position: absolute; right: .5rem; top: .4rem; font-size: 1.3rem; background: none; border: 0; cursor: pointer; }
        .findings { list-style: none; padding: 0; margin: .4rem 0 1rem; display: grid; gap: .35rem; }
        .findings li { border-left: 4px solid var(--accent); background: #f4f8fb; padding: .35rem .7rem; }
        .findings li .missing { color: var(--muted); font-size: .9rem; }
        figcaption { color: var(--muted); font-size: .9rem; margin-top: .3rem; }
        svg.chart text { font-size: 12px; fill: var(--ink); font-family: inherit; }
        svg.chart text.axis { fill: var(--muted); }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .9rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: .25rem .6rem; text-align: left; vertical-align: top; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.indent { padding-left: 1.6rem; }
        table.listing th { padding-top: .6rem; }
        th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
        th button::after { content: " ↕"; color: #999; }
        th[aria-sort="ascending"] button::after { content: " ▲"; color: var(--accent); }
        th[aria-sort="descending"] button::after { content: " ▼"; color: var(--accent); }
        tbody tr:nth-child(even) { background: #fafafa; }
        .note { color: var(--muted); font-size: .9rem; }
        aside.unjudged { border-left: 4px solid #E69F00; background: #FFF8EC; padding: .4rem 1rem; margin: 1rem 0; }
        aside.unjudged h2 { font-size: 1.05rem; border: 0; margin: .4rem 0; }
        .verdict-yes { font-weight: 600; }
        footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .8rem; color: var(--muted); font-size: .85rem; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav, th button::after { display: none; content: none; }
          h2 { break-after: avoid; }
          figure, .card, tr { break-inside: avoid; }
          figure.diagram { margin-left: 0; margin-right: 0; }
          .table-wrap, figure.diagram .viewport { overflow: visible; max-height: none; height: auto !important; }
          figure.diagram .viewport svg { width: 100% !important; height: auto !important; }
          .diagram-tools, #finder, #card { display: none !important; }
          .cmd { background: none; border-left: 1px solid #999; }
          a { color: inherit; text-decoration: none; }
        }
        """

    /// Sorts a table by the column whose header button was pressed: numbers by their
    /// `data-sort` value, text by locale; pressing again reverses. Then the explorer
    /// (``ReportExplorerScript``).
    static let script = tableSorting + ReportExplorerScript.script

    static let tableSorting = """
        document.querySelectorAll("table.sortable").forEach(function (table) {
          var headers = table.querySelectorAll("thead th");
          headers.forEach(function (th, index) {
            var button = th.querySelector("button");
            if (!button) { return; }
            button.addEventListener("click", function () {
              var ascending = th.getAttribute("aria-sort") !== "ascending";
              headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              var numeric = th.classList.contains("num");
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[index], y = b.cells[index];
                var order;
                if (numeric) {
                  var p = parseFloat(x.getAttribute("data-sort")), q = parseFloat(y.getAttribute("data-sort"));
                  if (isNaN(p)) { p = -Infinity; }
                  if (isNaN(q)) { q = -Infinity; }
                  order = p - q;
                } else {
                  order = x.textContent.localeCompare(y.textContent);
                }
                return ascending ? order : -order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });
        """
}
