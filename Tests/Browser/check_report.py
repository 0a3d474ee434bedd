#!/usr/bin/env python3
"""Loads schoolnet's HTML report in a real browser, Debian's `chromium` driven by Selenium through
Debian's `chromium-driver`, and fails unless, for each landscape checked:

  * the browser logged nothing to its console (no script error, no blocked fetch, no injected
    script running: the hostile landscape's names call console.error if they run);
  * the screenshot is not blank (enough non-white pixels and colours);
  * the page holds exactly one script, the report's own, and shows the hostile names as text;
  * the page works: a click on a table heading sorts that table by the column, a second click
    reverses it, and a click on a diagram toggles it between page width and full size.

Usage: check_report.py SCHOOLNET_BINARY [OUTPUT_FOLDER]
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


def check_diagram_toggle(driver, name, failures):
    from selenium.webdriver.common.by import By
    figures = driver.find_elements(By.CSS_SELECTOR, "figure.diagram")
    if not figures:
        return False
    figure = figures[0]
    driver.execute_script("arguments[0].scrollIntoView()", figure)
    figure.click()
    opened = "full" in figure.get_attribute("class").split()
    figure.click()
    closed = "full" not in figure.get_attribute("class").split()
    if not (opened and closed):
        failures.append(f"{name}: a click does not toggle the diagram between page width and full size")
    return True


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    schoolnet = os.path.abspath(sys.argv[1])
    keep = sys.argv[2] if len(sys.argv) > 2 else None
    failures = []
    driver = start_browser()
    try:
        with tempfile.TemporaryDirectory() as work:
            for name, landscape in LANDSCAPES:
                folder = os.path.join(work, name)
                subprocess.run([schoolnet, "report", landscape, "-o", folder], check=True)
                driver.get("file://" + os.path.join(folder, "report.html"))
                shot = driver.get_screenshot_as_png()
                width, height, rows = png_pixels(shot)
                pixels = [p for row in rows[::4] for p in row[::4]]
                inked = sum(1 for p in pixels if p != (255, 255, 255)) / len(pixels)
                colours = len(set(pixels))
                if inked < 0.02 or colours < 16:
                    failures.append(f"{name}: screenshot looks blank ({inked:.1%} non-white, {colours} colours)")
                scripts = driver.execute_script("return document.scripts.length")
                if scripts != 1:
                    failures.append(f"{name}: the page holds {scripts} scripts, not the report's one")
                if name == "hostile":
                    text = driver.execute_script("return document.body.innerText")
                    markup = driver.execute_script("return document.documentElement.outerHTML")
                    for raw, escaped in zip(HOSTILE_NAMES, HOSTILE_ESCAPED):
                        if raw not in text or escaped not in markup:
                            failures.append(f"{name}: the name {raw} is not shown as text")
                sorted_one = check_sorting(driver, name, failures)
                toggled = check_diagram_toggle(driver, name, failures)
                if name == "demo" and not (sorted_one and toggled):
                    failures.append(f"{name}: no sortable table or no diagram to try")
                console = [entry["message"] for entry in driver.get_log("browser")]
                for message in console:
                    failures.append(f"{name}: console: {message}")
                print(f"check_report: {name}: {width}x{height} screenshot, {inked:.1%} non-white, {colours} colours, "
                      f"{len(console)} console messages, {scripts} script, sorting {'checked' if sorted_one else 'n/a'}, "
                      f"diagram toggle {'checked' if toggled else 'n/a'}")
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
