#!/usr/bin/env python3
"""Loads schoolnet's HTML report in headless Chromium (Debian package `chromium`) and fails
unless, for each landscape checked:

  * the browser logged nothing to its console (no script error, no blocked fetch, no
    injected script running: the hostile landscape's names call console.error if they run);
  * the screenshot is not blank (enough non-white pixels and colours);
  * the DOM after scripts ran holds exactly one script, the report's own, and shows the
    hostile names as text.

Usage: check_report.py SCHOOLNET_BINARY [OUTPUT_FOLDER]
Standard library only; the PNG is decoded here with zlib.
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
HOSTILE_TEXT = ["&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;console.error('injected script')&lt;/script&gt;"]


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("check_report: no Chromium found; run 'make browser-deps' (installs Debian's chromium)")


def run_browser(binary, page, *arguments):
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--enable-logging=stderr", "--v=0", *arguments, "file://" + page]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    return result, console


def png_pixels(path):
    """Width, height and rows of (r, g, b) of an 8-bit RGB or RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
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


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    schoolnet = os.path.abspath(sys.argv[1])
    keep = sys.argv[2] if len(sys.argv) > 2 else None
    chromium = browser()
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for name, landscape in LANDSCAPES:
            folder = os.path.join(work, name)
            subprocess.run([schoolnet, "report", landscape, "-o", folder], check=True)
            page = os.path.join(folder, "report.html")
            shot = os.path.join(folder, "screenshot.png")
            result, console = run_browser(chromium, page, f"--screenshot={shot}", "--window-size=1280,2400")
            for line in console:
                failures.append(f"{name}: console: {line.split('] ', 1)[-1]}")
            if not os.path.exists(shot):
                failures.append(f"{name}: no screenshot ({result.returncode}): {result.stderr[-400:]}")
                continue
            width, height, rows = png_pixels(shot)
            pixels = [p for row in rows[::4] for p in row[::4]]
            inked = sum(1 for p in pixels if p != (255, 255, 255)) / len(pixels)
            colours = len(set(pixels))
            if inked < 0.02 or colours < 16:
                failures.append(f"{name}: screenshot looks blank ({inked:.1%} non-white, {colours} colours)")
            dom_result, dom_console = run_browser(chromium, page, "--dump-dom")
            dom = dom_result.stdout
            scripts = dom.count("<script")
            if scripts != 1:
                failures.append(f"{name}: the DOM holds {scripts} scripts, not the report's one")
            if name == "hostile":
                for text in HOSTILE_TEXT:
                    if text not in dom:
                        failures.append(f"{name}: the name {text} is not shown as text")
            print(f"check_report: {name}: {width}x{height} screenshot, {inked:.1%} non-white, {colours} colours, "
                  f"{len(console) + len(dom_console)} console messages, {scripts} script")
            if keep:
                os.makedirs(keep, exist_ok=True)
                shutil.copy(shot, os.path.join(keep, f"{name}-screenshot.png"))
    if failures:
        print("\n".join("check_report: FAIL: " + f for f in failures), file=sys.stderr)
        sys.exit(1)
    print("check_report: ok")


if __name__ == "__main__":
    main()
