#!/usr/bin/env python3
"""Loads schoolnet's HTML report in a real browser, Debian's `chromium` driven by Selenium through
Debian's `chromium-driver`, and fails unless, for each landscape checked:

  * the browser logged nothing to its console (no script error, no blocked fetch, no injected
    script running: the hostile landscape's names call console.error if they run);
  * the screenshot is not blank (enough non-white pixels and colours);
  * the page holds exactly one script, the report's own, and shows the hostile names as text;
  * the page fetches nothing and holds one script, the report's own (its data are inert JSON);
  * the first screen at 1280x800 shows the date and the key findings;
  * every diagram label is at least 8 CSS px high at a 1280-pixel window;
  * the page works: a click on a table heading sorts that table by the column, a second click
    reverses it; a school typed into the search (by name, then by URN) shows its card and is
    highlighted on screen in the school diagram; a click on a school shows its card; the zoom
    buttons, a drag and Fit change and restore the view; a layer toggle hides and shows ties.

Usage: check_report.py SCHOOLNET_BINARY [OUTPUT_FOLDER] [--screenshot PNG]
With --screenshot, the demo report's first screen (1280x800) is written there for the README.
Needs the `selenium` package (PyPI); `make browser-deps` installs it with chromium and
chromium-driver. The PNG is decoded here with zlib.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LANDSCAPES = [
    ("demo", os.path.join(ROOT, "Examples", "demo-landscape")),
    ("bradford", os.path.join(ROOT, "Examples", "bradford-academies")),
    ("surrey", os.path.join(ROOT, "Examples", "surrey-schools")),
    ("hostile", os.path.join(ROOT, "Tests", "Browser", "hostile-landscape")),
]
HOSTILE_NAMES = ["<script>alert(1)</script>", "<script>console.error('injected script')</script>"]
HOSTILE_ESCAPED = ["&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;console.error('injected script')&lt;/script&gt;"]


def found(names, hint):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    sys.exit(f"check_report: none of {', '.join(names)} found; {hint}")


def start_browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        sys.exit("check_report: the selenium package is missing; run 'make browser-deps'")
    options = webdriver.ChromeOptions()
    options.binary_location = found(["chromium", "chromium-browser", "google-chrome"], "run 'make browser-deps'")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     "--window-size=1280,2400", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=found(["chromedriver"], "run 'make browser-deps' (Debian: chromium-driver)"))
    return webdriver.Chrome(service=service, options=options)


def png_pixels(data):
    """Width, height and rows of (r, g, b) of an 8-bit RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    width, height, depth, colour = header[0], header[1], header[2], header[3]
    assert depth == 8 and colour in (2, 6), f"unexpected PNG type {depth}/{colour}"
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        previous = line
    return width, height, rows


def check_sorting(driver, name, failures):
    """Clicks the first numeric heading of the first table with rows: ascending, then descending."""
    from selenium.webdriver.common.by import By
    for table in driver.find_elements(By.CSS_SELECTOR, "table.sortable"):
        rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
        headings = table.find_elements(By.CSS_SELECTOR, "thead th")
        numeric = [i for i, th in enumerate(headings) if "num" in (th.get_attribute("class") or "").split()]
        if len(rows) < 3 or not numeric:
            continue
        column = numeric[0]
        button = headings[column].find_element(By.TAG_NAME, "button")

        def values():
            script = ("return Array.from(arguments[0].tBodies[0].rows)"
                      ".map(r => parseFloat(r.cells[arguments[1]].getAttribute('data-sort')))")
            return [v for v in driver.execute_script(script, table, column) if v == v]

        driver.execute_script("arguments[0].scrollIntoView()", button)
        button.click()
        ascending = values()
        button.click()
        descending = values()
        if ascending != sorted(ascending) or descending != sorted(descending, reverse=True):
            failures.append(f"{name}: sorting by '{button.text}' does not order the rows")
        elif headings[column].get_attribute("aria-sort") != "descending":
            failures.append(f"{name}: the sorted heading does not say so (aria-sort)")
        return True
    return False


def check_first_screen(driver, name, failures):
    """At 1280x800 the heading's date and the first key finding are on screen without scrolling.
    The viewport is set to exactly that size (the window's own size includes the browser's frame)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_script("window.dispatchEvent(new Event('resize')); window.scrollTo(0, 0)")
    shown = driver.execute_script("""
        var lede = document.querySelector('p.as-at'), first = document.querySelector('#key-findings li');
        var height = window.innerHeight;
        return [lede ? lede.textContent : '', !!first && first.getBoundingClientRect().bottom <= height,
                !!lede && lede.getBoundingClientRect().bottom <= height, window.innerWidth, height];""")
    if shown[3:] != [1280, 800]:
        failures.append(f"{name}: the viewport is {shown[3]}x{shown[4]}, not 1280x800")
    if not (shown[1] and shown[2]):
        failures.append(f"{name}: the first screen (1280x800) does not show the date and the key findings")
    return shown[0]


def check_label_sizes(driver, name, failures):
    """Every label of every diagram, as drawn at a 1280-pixel window, is at least 8 CSS px."""
    sizes = driver.execute_script("""
        return Array.from(document.querySelectorAll('figure.diagram svg')).map(function (svg) {
          var smallest = Infinity;
          svg.querySelectorAll('text').forEach(function (t) {
            var m = t.getScreenCTM(), size = parseFloat(t.getAttribute('font-size')) * Math.hypot(m.a, m.b);
            if (size < smallest) { smallest = size; }
          });
          return [svg.closest('figure').id, smallest];
        });""")
    for figure, smallest in sizes:
        if smallest < 7.999:
            failures.append(f"{name}: {figure} has a label {smallest:.1f} CSS px high at 1280 px (under 8)")
    # The overview of structures must read at page width: its whole width shown, not only
    # zoomed in until the labels are large enough.
    whole = driver.execute_script("""
        var svg = document.querySelector('#diagram-overview svg');
        if (!svg) { return null; }
        var box = svg.getAttribute('viewBox').split(' ').map(parseFloat);
        return box[2] >= svg.querySelector('g.graph').getBBox().width - 1;""")
    if whole is False:
        failures.append(f"{name}: the overview of structures does not fit the page width with legible labels")
    return min((s for _, s in sizes), default=None)


def selected_card(driver):
    return driver.execute_script("""
        var card = document.getElementById('card');
        return card && !card.hidden ? card.querySelector('h2').textContent : null;""")


def check_search(driver, name, failures, query, expected):
    """Types a name into the search box: its card shows and the school is highlighted on screen."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    box = driver.find_element(By.ID, "find")
    driver.execute_script("arguments[0].scrollIntoView()", box)
    box.clear()
    box.send_keys(query)
    box.send_keys(Keys.ENTER)
    if selected_card(driver) != expected:
        failures.append(f"{name}: searching for {query!r} does not show its card (got {selected_card(driver)!r})")
        return False
    visible = driver.execute_script("""
        var node = document.querySelector('#diagram-schools g.node.sn-selected');
        if (!node) { return false; }
        var r = node.getBoundingClientRect(), v = node.closest('.viewport').getBoundingClientRect();
        var x = r.left + r.width / 2, y = r.top + r.height / 2;
        return x >= v.left && x <= v.right && y >= v.top && y <= v.bottom;""")
    if not visible:
        failures.append(f"{name}: the school found by the search is not shown in the school diagram")
    box.send_keys(Keys.ESCAPE)
    return True


def check_click(driver, name, failures):
    """Clicks a school node that is on screen in the school diagram: its card appears."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    target = driver.execute_script("""
        var figure = document.getElementById('diagram-schools');
        if (!figure) { return null; }
        figure.scrollIntoView();
        var v = figure.querySelector('.viewport').getBoundingClientRect();
        var nodes = Array.from(figure.querySelectorAll('g.node.school'));
        for (var i = 0; i < nodes.length; i++) {
          var r = nodes[i].getBoundingClientRect();
          if (r.width > 4 && r.left > v.left && r.right < v.right && r.top > v.top && r.bottom < v.bottom) {
            var id = Array.from(nodes[i].classList).filter(function (c) { return /^sn-s[0-9]+$/.test(c); })[0];
            return [nodes[i], id.slice(3)];
          }
        }
        return null;""")
    if not target:
        failures.append(f"{name}: no school node on screen in the school diagram to click")
        return False
    node, ident = target
    expected = driver.execute_script("""
        var id = arguments[0], data = JSON.parse(document.getElementById('explorer-data').textContent);
        return data.schools.filter(function (s) { return s.id === id; })[0].name;""", ident)
    ActionChains(driver).move_to_element(node).click().perform()
    if selected_card(driver) != expected:
        failures.append(f"{name}: clicking {expected!r} does not show its card (got {selected_card(driver)!r})")
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    if selected_card(driver) is not None:
        failures.append(f"{name}: Escape does not close the card")
    return True


def check_pan_zoom(driver, name, failures):
    """The zoom buttons change the view's scale, a drag moves it, Fit restores it."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    figures = driver.find_elements(By.CSS_SELECTOR, "figure.diagram")
    if not figures:
        return False
    figure = figures[-1]
    driver.execute_script("arguments[0].scrollIntoView()", figure)
    svg = figure.find_element(By.CSS_SELECTOR, ".viewport svg")

    def box():
        return [float(v) for v in driver.execute_script("return arguments[0].getAttribute('viewBox')", svg).split()]

    figure.find_element(By.CSS_SELECTOR, "button[data-zoom=fit]").click()
    start = box()
    figure.find_element(By.CSS_SELECTOR, "button[data-zoom=in]").click()
    zoomed = box()
    viewport = figure.find_element(By.CSS_SELECTOR, ".viewport")
    ActionChains(driver).move_to_element(viewport).click_and_hold().move_by_offset(120, 40).release().perform()
    dragged = box()
    figure.find_element(By.CSS_SELECTOR, "button[data-zoom=fit]").click()
    fitted = box()
    if not zoomed[2] < start[2]:
        failures.append(f"{name}: zooming in does not enlarge the diagram")
    if not dragged[0] < zoomed[0]:
        failures.append(f"{name}: dragging does not move the diagram")
    if [round(v, 3) for v in fitted] != [round(v, 3) for v in start]:
        failures.append(f"{name}: Fit does not give the same view twice ({start} then {fitted})")
    inside = driver.execute_script("""
        var svg = arguments[0], box = svg.getAttribute('viewBox').split(' ').map(parseFloat);
        var graph = svg.querySelector('g.graph').getBBox();
        var m = svg.querySelector('g.graph').transform.baseVal.consolidate().matrix;
        var x = graph.x + m.e, y = graph.y + m.f;
        return x >= box[0] - 1 && y >= box[1] - 1 && x + graph.width <= box[0] + box[2] + 1
          && y + graph.height <= box[1] + box[3] + 1;""", svg)
    if not inside:
        failures.append(f"{name}: Fit does not show the whole diagram")
    return True


def check_layers(driver, name, failures):
    """Unticking a layer hides its ties; ticking it again shows them."""
    from selenium.webdriver.common.by import By
    boxes = driver.find_elements(By.CSS_SELECTOR, "#diagram-schools .layers input[type=checkbox]")
    if not boxes:
        return False
    driver.execute_script("arguments[0].scrollIntoView()", boxes[0])
    count = "return Array.from(document.querySelectorAll('#diagram-schools g.edge')).filter(e => e.style.display !== 'none').length"
    before = driver.execute_script(count)
    boxes[0].click()
    hidden = driver.execute_script(count)
    boxes[0].click()
    after = driver.execute_script(count)
    if not (hidden < before and after == before):
        failures.append(f"{name}: the layer toggle does not hide and show its ties ({before}, {hidden}, {after})")
    return True


def pick_school(driver):
    """A school drawn in the school diagram whose name no other school's name contains."""
    return driver.execute_script("""
        var data = JSON.parse(document.getElementById('explorer-data').textContent);
        var names = data.schools.map(function (s) { return s.name.toLowerCase(); });
        var drawn = data.schools.filter(function (s) {
          return document.querySelector('#diagram-schools g.node.sn-' + s.id) &&
            names.filter(function (n) { return n.indexOf(s.name.toLowerCase()) >= 0; }).length === 1;
        });
        var s = drawn[Math.floor(drawn.length / 2)];
        return s ? [s.name, s.urn] : null;""")


def main():
    arguments = sys.argv[1:]
    screenshot = None
    if "--screenshot" in arguments:
        at = arguments.index("--screenshot")
        screenshot = arguments[at + 1]
        del arguments[at:at + 2]
    if not arguments:
        sys.exit(__doc__)
    schoolnet = os.path.abspath(arguments[0])
    keep = arguments[1] if len(arguments) > 1 else None
    failures = []
    driver = start_browser()
    try:
        with tempfile.TemporaryDirectory() as work:
            for name, landscape in LANDSCAPES:
                folder = os.path.join(work, name)
                subprocess.run([schoolnet, "report", landscape, "-o", folder], check=True)
                driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
                driver.set_window_size(1280, 2400)
                driver.get("file://" + os.path.join(folder, "report.html"))
                shot = driver.get_screenshot_as_png()
                width, height, rows = png_pixels(shot)
                pixels = [p for row in rows[::4] for p in row[::4]]
                inked = sum(1 for p in pixels if p != (255, 255, 255)) / len(pixels)
                colours = len(set(pixels))
                if inked < 0.02 or colours < 16:
                    failures.append(f"{name}: screenshot looks blank ({inked:.1%} non-white, {colours} colours)")
                scripts = driver.execute_script(
                    "return Array.from(document.scripts).filter(s => s.type !== 'application/json').length")
                if scripts != 1:
                    failures.append(f"{name}: the page holds {scripts} scripts, not the report's one")
                fetched = driver.execute_script("return performance.getEntriesByType('resource').length")
                if fetched:
                    failures.append(f"{name}: the page fetched {fetched} resources")
                if name == "hostile":
                    text = driver.execute_script("return document.body.innerText")
                    markup = driver.execute_script("return document.documentElement.outerHTML")
                    for raw, escaped in zip(HOSTILE_NAMES, HOSTILE_ESCAPED):
                        if raw not in text or escaped not in markup:
                            failures.append(f"{name}: the name {raw} is not shown as text")
                sorted_one = check_sorting(driver, name, failures)
                when = check_first_screen(driver, name, failures)
                if name == "demo" and screenshot:
                    os.makedirs(os.path.dirname(os.path.abspath(screenshot)), exist_ok=True)
                    driver.save_screenshot(screenshot)
                smallest = check_label_sizes(driver, name, failures)
                if name == "hostile":
                    school = [HOSTILE_NAMES[0], None]
                else:
                    school = pick_school(driver)
                searched = bool(school) and check_search(driver, name, failures, school[0], school[0])
                if school and school[1]:
                    check_search(driver, name, failures, school[1], school[0])
                clicked = check_click(driver, name, failures)
                panned = check_pan_zoom(driver, name, failures)
                layered = check_layers(driver, name, failures)
                if name != "hostile" and not (sorted_one and searched and clicked and panned):
                    failures.append(f"{name}: no sortable table, search, click or diagram to try")
                console = [entry["message"] for entry in driver.get_log("browser")]
                for message in console:
                    failures.append(f"{name}: console: {message}")
                print(f"check_report: {name}: {width}x{height} screenshot, {inked:.1%} non-white, {colours} colours, "
                      f"{len(console)} console messages, {scripts} script, {fetched} fetched; first screen: {when!r}; "
                      f"smallest label {smallest if smallest is None else round(smallest, 1)} px; sorting "
                      f"{'ok' if sorted_one else 'n/a'}, search {'ok' if searched else 'n/a'}, "
                      f"click {'ok' if clicked else 'n/a'}, pan/zoom {'ok' if panned else 'n/a'}, "
                      f"layers {'ok' if layered else 'n/a'}")
                if keep:
                    os.makedirs(keep, exist_ok=True)
                    with open(os.path.join(keep, f"{name}-screenshot.png"), "wb") as f:
                        f.write(shot)
    finally:
        driver.quit()
    if failures:
        print("\n".join("check_report: FAIL: " + f for f in failures), file=sys.stderr)
        sys.exit(1)
    print("check_report: ok")


if __name__ == "__main__":
    main()
