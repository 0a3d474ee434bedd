#!/usr/bin/env python3
"""Every command twice on the same input, and once on a copy whose rows are shuffled (every
table's data rows, in a fixed but scrambled order: the order of rows carries no meaning in a
landscape or a GIAS extract), must write byte-identical output.

Landscapes: the demo, the real examples (England's academies, Bradford, Surrey) and a
generated region. GIAS: the England and Surrey imports, from the extracts and from shuffled
extracts. Paths are the only thing allowed to differ: each output has its landscape's and its
run's folder replaced by a placeholder before it is compared.

Usage: determinism.py SCHOOLNET_BINARY [--quick]   (--quick: the demo and the region only)
"""
import csv
import hashlib
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

BIN = os.path.abspath(sys.argv[1])
QUICK = "--quick" in sys.argv
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = tempfile.mkdtemp(prefix="schoolnet-determinism-")
failures = []
table = []


def shuffled_copy(source, target, seed):
    """Copies a folder of CSV files (or one file) with each file's data rows shuffled."""
    os.makedirs(target, exist_ok=True)
    files = [source] if os.path.isfile(source) else [os.path.join(source, n) for n in sorted(os.listdir(source))]
    for path in files:
        name = os.path.basename(path)
        if not name.endswith(".csv"):
            if os.path.isfile(path):
                shutil.copy(path, os.path.join(target, name))
            continue
        raw = open(path, "rb").read()
        text = raw.decode("utf-8-sig") if raw.startswith(b"\xef\xbb\xbf") else raw.decode("utf-8", "surrogateescape")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        header, data = rows[:1], rows[1:]
        original = list(data)
        random.Random(seed).shuffle(data)
        # A shuffle that happens to leave a table of three or more rows as it was tests nothing.
        while len(data) >= 3 and data == original:
            seed += 1
            random.Random(seed).shuffle(data)
        out = io.StringIO(newline="")
        csv.writer(out, lineterminator="\n").writerows(header + data)
        with open(os.path.join(target, name), "wb") as f:
            f.write(out.getvalue().encode("utf-8", "surrogateescape"))


def run(args, placeholders):
    """Runs a command; returns its stdout, stderr and exit code with paths made neutral."""
    proc = subprocess.run([BIN] + args, capture_output=True, timeout=600)
    text = proc.stdout + b"\x00" + proc.stderr + b"\x00" + str(proc.returncode).encode()
    for path, name in placeholders:
        text = text.replace(path.encode(), name.encode())
    return text


def folder_bytes(folder, placeholders):
    """Every file a command wrote, by name, with paths made neutral."""
    result = {}
    if not os.path.isdir(folder):
        return result
    for base, _, names in os.walk(folder):
        for name in sorted(names):
            path = os.path.join(base, name)
            data = open(path, "rb").read()
            for p, n in placeholders:
                data = data.replace(p.encode(), n.encode())
            result[os.path.relpath(path, folder)] = data
    return result


def commands(full):
    """The commands run on each landscape L, writing into O."""
    listing = [
        ["validate", "L"],
        ["summary", "L"], ["summary", "L", "--format", "json"], ["summary", "L", "--every", "year", "--format", "csv"],
        ["metrics", "L", "--format", "csv"],
        ["communities", "L", "--format", "json"],
        ["brokerage", "L", "--format", "json"],
        ["overlap", "L", "--format", "json"],
        ["hybrids", "L", "--format", "json"],
        ["patterns", "L", "--format", "json"],
        ["place", "L", "--format", "csv"],
        ["diff", "L", "--from", "2019-09-01", "--to", "2024-09-01", "--format", "json"],
        ["list", "structures", "L", "--format", "csv"], ["list", "attributes", "L"],
        ["export", "L", "--format", "graphml", "-o", "O/l.graphml"],
        ["export", "L", "--format", "gexf", "--view", "affiliation", "-o", "O/l.gexf"],
        ["export", "L", "--format", "json", "-o", "O/l.json"],
        ["export", "L", "--format", "pajek", "-o", "O/l.net"],
        ["render", "L", "--overview", "-o", "O/overview.svg"],
        ["communities", "L", "--method", "leiden", "--format", "json"],
        ["families", "L", "--size", "5", "--format", "csv"],
        ["match", "L", "--all-candidates", "--format", "json"],
        ["compare", "L", "--kind", "mat", "--resamples", "99", "--format", "json"],
        ["affiliation", "L", "--format", "csv"],
        ["ego", "L", "--format", "csv"],
        ["brokerage", "L", "--groups", "mat", "--permutations", "99", "--format", "json"],
        ["qap", "L", "--layers", "co-mat", "--against", "co-cluster,co-tsa,co-other", "--permutations", "99",
         "--format", "json"],
        ["export", "L", "--format", "dl", "-o", "O/l.dl"],
        ["export", "L", "--format", "gexf", "--dynamic", "-o", "O/dynamic.gexf"],
        ["export", "L", "--format", "nodes", "--with-metrics", "degree", "--with-communities", "leiden",
         "-o", "O/nodes.csv"],
    ]
    if full:
        listing += [
            ["positions", "L", "--format", "csv"],
            ["positions", "L", "--method", "equivalence", "--format", "csv"],
            ["qap", "L", "--layers", "co-mat", "--against", "co-tsa", "--against", "co-cluster", "--permutations", "19",
             "--format", "json"],
            ["render", "L", "-o", "O/l.svg"],
            ["render", "L", "--format", "dot", "-o", "O/l.dot"],
            ["report", "L", "-o", "O/report"],
        ]
    return listing


def check_landscape(name, path, full):
    # The same folder name as the original: diagrams and reports name the landscape by it.
    copy = os.path.join(WORK, name + "-shuffled", os.path.basename(path.rstrip("/")))
    shuffled_copy(path, copy, seed=2026)
    start = time.monotonic()
    mismatches = 0
    count = 0
    for command in commands(full):
        outputs = []
        for label, landscape in (("first", path), ("second", path), ("shuffled", copy)):
            out = os.path.join(WORK, f"{name}-out-{label}")
            shutil.rmtree(out, ignore_errors=True)
            os.makedirs(out)
            args = [landscape if a == "L" else a.replace("O/", out + "/") for a in command]
            places = [(out, "OUT"), (landscape, "LANDSCAPE")]
            printed = run(args, places)
            outputs.append((printed, folder_bytes(out, places)))
        count += 1
        words = " ".join(command)
        code = outputs[0][0].rsplit(b"\x00", 1)[-1]
        if code != b"0":
            mismatches += 1
            failures.append(f"{name}: {words}: exit {code.decode()}, not 0")
            print(f"FAILED  {name}: {words}: exit {code.decode()}")
        elif outputs[0] != outputs[1]:
            mismatches += 1
            failures.append(f"{name}: {words}: two runs differ")
            print(f"DIFFERS {name}: {words}: two runs differ")
        elif outputs[0] != outputs[2]:
            mismatches += 1
            differing = [k for k in outputs[0][1] if outputs[0][1].get(k) != outputs[2][1].get(k)]
            failures.append(f"{name}: {words}: shuffled rows differ ({differing or 'printed output'})")
            print(f"DIFFERS {name}: {words}: shuffled rows give other bytes {differing or 'printed output'}")
    seconds = time.monotonic() - start
    table.append((name, count, mismatches, seconds))
    print(f"{'same' if mismatches == 0 else 'DIFFERS':8} {name}: {count} commands × 3 runs, {seconds:.0f} s")


def check_import(name, files, extra):
    """import-gias twice and on shuffled extracts: the same bundle."""
    start = time.monotonic()
    shuffled_dir = os.path.join(WORK, name + "-extracts")
    os.makedirs(shuffled_dir, exist_ok=True)
    shuffled = []
    for path in files:
        shuffled_copy(path, shuffled_dir, seed=7)
        shuffled.append(os.path.join(shuffled_dir, os.path.basename(path)))
    results = []
    for label, inputs in (("first", files), ("second", files), ("shuffled", shuffled)):
        out = os.path.join(WORK, f"{name}-import-{label}")
        shutil.rmtree(out, ignore_errors=True)
        places = [(out, "OUT")] + [(os.path.dirname(p), "EXTRACTS") for p in inputs]
        printed = run(["import-gias"] + inputs + extra + ["-o", out], places)
        results.append((printed, folder_bytes(out, places)))
    # The import report lists skipped and repaired rows by file:line, which follow the rows; and
    # a school missing from the establishments file is added from the first group-links row that
    # names it, which is where its note (and a repair, in the counts) goes. So the report and the
    # printed counts are compared between the two runs in the same order only; the bundle and
    # lineage must be the same bytes whatever the order.
    if not results[0][0].endswith(b"\x000"):
        failures.append(f"import {name}: exit {results[0][0].rsplit(bytes(1), 1)[-1].decode()}, not 0")
    shuffled_files = dict(results[2][1])
    shuffled_files.pop("import-report.txt", None)
    same_order = results[0] == results[1]
    ok = same_order and shuffled_files == {k: v for k, v in results[0][1].items() if k != "import-report.txt"}
    if not ok:
        which = "two runs" if not same_order else "shuffled extracts"
        differing = [k for k in shuffled_files if results[0][1].get(k) != shuffled_files.get(k)]
        failures.append(f"import {name}: {which} differ {differing}")
    seconds = time.monotonic() - start
    table.append((f"import-gias {name}", 1, 0 if ok else 1, seconds))
    print(f"{'same' if ok else 'DIFFERS':8} import-gias {name}: {seconds:.0f} s")


examples = os.path.join(ROOT, "Examples")
region = os.path.join(WORK, "region")
subprocess.run([BIN, "generate", "--scale", "region", "--seed", "11", "-o", region], capture_output=True, check=True)
check_landscape("demo", os.path.join(examples, "demo-landscape"), full=True)
check_landscape("generated-region", region, full=True)
if not QUICK:
    check_landscape("bradford", os.path.join(examples, "bradford-academies"), full=True)
    check_landscape("surrey", os.path.join(examples, "surrey-schools"), full=True)
    check_landscape("england", os.path.join(examples, "england-academies"), full=False)
    gias = os.path.join(examples, "gias")
    check_import("england", [os.path.join(gias, n) for n in (
        "mat_and_academies_group_data_2025-09.csv", "links_edubasealldata20250422.csv")], [])
    check_import("surrey", [os.path.join(gias, n) for n in (
        "establishments_surrey_2021-04.csv", "allgroupsdata_2022-07-18.csv", "alllinksdata_2022-07-18.csv")],
        ["--la", "Surrey"])

print()
print("| Input | Commands | Runs differing | Seconds |")
print("|---|---|---|---|")
for name, count, mismatches, seconds in table:
    print(f"| {name} | {count} | {mismatches} | {seconds:.0f} |")
if failures and "--keep" in sys.argv:
    print(f"kept {WORK}")
else:
    shutil.rmtree(WORK, ignore_errors=True)
if failures:
    print(f"\n{len(failures)} command(s) not deterministic:")
    for f in failures:
        print("  " + f)
    sys.exit(1)
print("\nevery command: the same bytes twice and with rows shuffled")
