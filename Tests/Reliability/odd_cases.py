#!/usr/bin/env python3
"""Odd and hostile input, and faults while writing, against the schoolnet binary.

Every case is made here, from nothing the project ships: a small landscape written by this
script, then broken in one way. Each must end with a clear message naming the file (and the
line or cell where there is one), a non-zero exit that is not a crash, within the time limit,
and no output file, or the old output file byte for byte where one was there before.

Faults: a disk that fills while writing (a 256 KiB tmpfs, which needs root to mount; skipped,
and said so, without it) and SIGINT/SIGTERM sent while the temporary file of a 75 MB export is
being written; and SIGINT to a run started ignoring it (as background jobs are), which finishes.

Usage: odd_cases.py SCHOOLNET_BINARY        (prints one line per case and a table)
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

BIN = os.path.abspath(sys.argv[1])
WORK = tempfile.mkdtemp(prefix="schoolnet-odd-")
TIMEOUT = 60
results = []  # (case, outcome, detail)
failures = []

HEADER = "urn,name,phase,governance,la,region,ofsted,attainment,disadvantage,pupils,latitude,longitude"
ROWS = [
    "300001,Weir Lane Infants,primary,maintained,Oxleigh,South East,good,0.1,0.2,210,51.2,-0.6",
    "300002,Hollins Academy,secondary,academy-converter,Oxleigh,South East,outstanding,0.6,0.1,900,51.3,-0.5",
    "300003,Marsh End Primary,primary,academy-sponsor-led,Oxleigh,South East,requires-improvement,-0.4,0.4,180,51.25,-0.55",
]
STRUCTURES = "id,name,kind,start\nT1,Oxleigh Learning Trust,mat,2019-09-01\n"
MEMBERSHIPS = "urn,structure,start\n300002,T1,2019-09-01\n300003,T1,2020-01-01\n"


def landscape(name, schools=None, structures=STRUCTURES, memberships=MEMBERSHIPS):
    folder = os.path.join(WORK, name)
    os.makedirs(folder)
    with open(os.path.join(folder, "schools.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(schools if schools is not None else HEADER + "\n" + "\n".join(ROWS) + "\n")
    with open(os.path.join(folder, "structures.csv"), "w", encoding="utf-8") as f:
        f.write(structures)
    with open(os.path.join(folder, "memberships.csv"), "w", encoding="utf-8") as f:
        f.write(memberships)
    return folder


def run(args, user=None):
    """Runs the binary; returns (exit code, stderr + stdout, seconds)."""
    start = time.monotonic()
    preexec = None
    if user is not None:
        def preexec():
            os.setgid(user)
            os.setuid(user)
    proc = subprocess.Popen([BIN] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=preexec)
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return None, (err + out).decode("utf-8", "replace"), TIMEOUT
    return proc.returncode, (err + out).decode("utf-8", "replace"), time.monotonic() - start


def peak_rss_mib(args):
    """Peak resident memory of one run, from the kernel's account of the child."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execv(BIN, [BIN] + args)
    _, status, usage = os.wait4(pid, 0)
    return usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def check(case, args, mentions, outputs=(), expect_codes=(1, 64, 73), old=None, user=None):
    code, text, seconds = run(args, user=user)
    problems = []
    if code is None:
        problems.append(f"no answer within {TIMEOUT} s")
    elif code < 0 or code in (134, 139):
        problems.append(f"crashed (exit {code})")
    elif code not in expect_codes:
        problems.append(f"exit {code}, expected one of {expect_codes}")
    for needle in mentions:
        if needle not in text:
            problems.append(f"message lacks {needle!r}")
    if "Fatal error" in text or "Stack dump" in text or "Current stack trace" in text:
        problems.append("a stack trace reached the user")
    for path in outputs:
        if old is not None and path in old:
            if not os.path.exists(path) or open(path, "rb").read() != old[path]:
                problems.append(f"{path} was changed")
        elif os.path.exists(path):
            problems.append(f"{path} was written")
    for path in outputs:
        folder = os.path.dirname(path)
        if os.path.isdir(folder):
            litter = [n for n in os.listdir(folder) if ".tmp-" in n]
            if litter:
                problems.append(f"temporary files left: {litter}")
    first = next((line for line in text.splitlines() if line.strip()), "")
    outcome = "ok" if not problems else "FAILED"
    results.append((case, outcome, f"exit {code}: {first[:150]}" if not problems else "; ".join(problems)))
    if problems:
        failures.append(case)
        print(text[:2000])
    print(f"{outcome:6} {case}: exit {code} in {seconds:.2f} s")


def out(name):
    return os.path.join(WORK, "outputs", name)


os.makedirs(os.path.join(WORK, "outputs"))

# --- Inputs: size and shape ----------------------------------------------------------------
folder = landscape("huge-name")
with open(os.path.join(folder, "schools.csv"), "a") as f:
    f.write("300004," + "N" * (10 * 1024 * 1024) + ",primary,maintained,Oxleigh,South East,good,0,0.1,100,51,-0.5\n")
check("a 10 MB school name", ["export", folder, "--format", "graphml", "-o", out("name.graphml")],
      [os.path.join(folder, "schools.csv") + ":5"], [out("name.graphml")])

folder = landscape("wide-row", schools=HEADER + "," + ",".join(f"extra{i}" for i in range(100_000)) + "\n" + ROWS[0] + "\n")
check("a header of 100,000 columns", ["export", folder, "--format", "graphml", "-o", out("wide.graphml")],
      [os.path.join(folder, "schools.csv") + ":1"], [out("wide.graphml")])

folder = landscape("wide-data-row", schools=HEADER + "\n" + ROWS[0] + "," * 100_000 + "x\n")
check("a data row of 100,000 columns", ["export", folder, "--format", "graphml", "-o", out("wide2.graphml")],
      [os.path.join(folder, "schools.csv") + ":2"], [out("wide2.graphml")])

folder = landscape("gigabyte")
with open(os.path.join(folder, "schools.csv"), "r+b") as f:
    f.truncate(1024 ** 3)  # a sparse gigabyte: the size is real, the disk is not used
rss, code = peak_rss_mib(["validate", folder])
check("a 1 GB schools file", ["export", folder, "--format", "graphml", "-o", out("giga.graphml")],
      [os.path.join(folder, "schools.csv")], [out("giga.graphml")])
results[-1] = (results[-1][0], results[-1][1], results[-1][2] + f" (peak memory {rss:.0f} MiB)")
if rss > 200:
    failures.append("1 GB file: memory grew")
print(f"       peak memory refusing the 1 GB file: {rss:.0f} MiB")

folder = landscape("empty", schools="")
check("an empty schools file", ["export", folder, "--format", "graphml", "-o", out("empty.graphml")],
      [os.path.join(folder, "schools.csv")], [out("empty.graphml")])

folder = landscape("header-only", schools=HEADER + "\n", memberships="urn,structure,start\n")
code, text, _ = run(["validate", folder])
ok = code == 0 and "valid: 0 schools" in text
results.append(("a schools file with a header and no rows", "ok" if ok else "FAILED",
                f"exit {code}: {text.splitlines()[0] if text else ''}"))
if not ok:
    failures.append("header only")
print(f"{'ok' if ok else 'FAILED':6} header only: exit {code}")

folder = landscape("binary", schools="")
with open(os.path.join(folder, "schools.csv"), "wb") as f:
    f.write(bytes(range(256)) * 64)
check("random bytes as schools.csv", ["export", folder, "--format", "graphml", "-o", out("binary.graphml")],
      [os.path.join(folder, "schools.csv")], [out("binary.graphml")])

folder = landscape("unterminated", schools=HEADER + "\n" + ROWS[0] + "\n300009,\"Never closed,primary\n" + ROWS[1] + "\n")
check("a quote never closed", ["export", folder, "--format", "graphml", "-o", out("quote.graphml")],
      [os.path.join(folder, "schools.csv") + ":3"], [out("quote.graphml")])

folder = landscape("nul", schools=HEADER + "\n" + ROWS[0].replace("Weir", "We\x00ir") + "\n")
code, text, _ = run(["export", folder, "--format", "graphml", "-o", out("nul.graphml")])
ok = code == 1 and (os.path.join(folder, "schools.csv") + ":2") in text and not os.path.exists(out("nul.graphml"))
results.append(("a NUL byte in a name", "ok" if ok else "FAILED", f"exit {code}: {text.splitlines()[0] if text else ''}"))
if not ok:
    failures.append("NUL")
    print(text)
print(f"{'ok' if ok else 'FAILED':6} a NUL byte in a name: exit {code}")

folder = landscape("duplicate-header", schools=HEADER + ",name\n" + ROWS[0] + ",Other\n")
check("a column named twice", ["export", folder, "--format", "graphml", "-o", out("dup.graphml")],
      [os.path.join(folder, "schools.csv") + ":1"], [out("dup.graphml")])

deep = os.path.join(WORK, "deep.json")
with open(deep, "w") as f:
    f.write("{\"schools\": " + "[" * 100_000 + "]" * 100_000 + "}")
check("JSON nested 100,000 deep", ["export", deep, "--format", "graphml", "-o", out("deep.graphml")],
      [deep], [out("deep.graphml")])

fake = os.path.join(WORK, "fake.xlsx")
with open(fake, "w") as f:
    f.write(HEADER + "\n" + ROWS[0] + "\n")
check("a CSV named .xlsx", ["export", fake, "--format", "graphml", "-o", out("fake.graphml")],
      [fake], [out("fake.graphml")])

bomb = os.path.join(WORK, "bomb.xlsx")
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("xl/workbook.xml", '<workbook><sheets><sheet name="schools" r:id="rId1" xmlns:r="r"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
    with z.open("xl/worksheets/sheet1.xml", "w") as part:
        part.write(b"<worksheet><sheetData>")
        block = b" " * (1 << 20)
        for _ in range(600):
            part.write(block)
        part.write(b"</sheetData></worksheet>")
rss, _ = peak_rss_mib(["validate", bomb])
check("a workbook whose sheet unpacks to 600 MB (a ZIP bomb)", ["export", bomb, "--format", "graphml", "-o", out("bomb.graphml")],
      [bomb, "MiB"], [out("bomb.graphml")])
results[-1] = (results[-1][0], results[-1][1], results[-1][2] + f" (peak memory {rss:.0f} MiB)")
print(f"       peak memory refusing the ZIP bomb: {rss:.0f} MiB")
if rss > 200:
    failures.append("ZIP bomb: memory grew")

# The same bomb with its directory claiming the sheet unpacks to 1,000 bytes: stopped as it
# passes them, not when memory is full.
data = bytearray(open(bomb, "rb").read())
end = data.rfind(b"PK\x05\x06")
directory = int.from_bytes(data[end + 16:end + 20], "little")
position = directory
while data[position:position + 4] == b"PK\x01\x02":
    length = int.from_bytes(data[position + 28:position + 30], "little")
    extra = int.from_bytes(data[position + 30:position + 32], "little")
    comment = int.from_bytes(data[position + 32:position + 34], "little")
    name = bytes(data[position + 46:position + 46 + length])
    if name == b"xl/worksheets/sheet1.xml":
        data[position + 24:position + 28] = (1000).to_bytes(4, "little")
    position += 46 + length + extra + comment
lying = os.path.join(WORK, "lying-bomb.xlsx")
open(lying, "wb").write(data)
rss, _ = peak_rss_mib(["validate", lying])
check("the ZIP bomb with a directory that says 1,000 bytes", ["export", lying, "--format", "graphml", "-o", out("lying.graphml")],
      [lying, "more than the 1000 bytes its directory says"], [out("lying.graphml")])
results[-1] = (results[-1][0], results[-1][1], results[-1][2] + f" (peak memory {rss:.0f} MiB)")
print(f"       peak memory stopping the lying ZIP bomb: {rss:.0f} MiB")
if rss > 200:
    failures.append("lying ZIP bomb: memory grew")

# --- Inputs: what the path is -----------------------------------------------------------------
# What the path is: each case replaces one file of a good landscape with something odd.
PATH_CASES = [
    ("a folder where schools.csv should be", "schools.csv", lambda p: os.mkdir(p), "is a folder"),
    ("a FIFO where schools.csv should be", "schools.csv", lambda p: os.mkfifo(p), "FIFO"),
    ("schools.csv a link to itself", "schools.csv", lambda p: os.symlink("schools.csv", p), "loop"),
    ("schools.csv a link to a FIFO", "schools.csv",
     lambda p: (os.mkfifo(p + ".pipe"), os.symlink(os.path.basename(p) + ".pipe", p)), "FIFO"),
    ("memberships.csv (optional) a link to nothing", "memberships.csv",
     lambda p: os.symlink("gone.csv", p), "a link to a file that does not exist"),
]
for number, (case, name, make, words) in enumerate(PATH_CASES):
    folder = landscape(f"odd-path-{number}")
    os.remove(os.path.join(folder, name))
    make(os.path.join(folder, name))
    check(case, ["export", folder, "--format", "graphml", "-o", out(f"path-{number}.graphml")],
          [os.path.join(folder, name), words], [out(f"path-{number}.graphml")])

missing = os.path.join(WORK, "no-such-landscape")
check("a landscape that does not exist", ["export", missing, "--format", "graphml", "-o", out("missing.graphml")],
      [missing, "does not exist"], [out("missing.graphml")])

folder = landscape("unreadable")
os.chmod(os.path.join(folder, "schools.csv"), 0)
nobody = 65534 if os.geteuid() == 0 else None
os.chmod(WORK, 0o755)
os.chmod(os.path.join(WORK, "outputs"), 0o777)
check("a schools file nobody may read", ["export", folder, "--format", "graphml", "-o", out("unreadable.graphml")],
      [os.path.join(folder, "schools.csv"), "cannot be read"], [out("unreadable.graphml")], user=nobody)

# --- Outputs ------------------------------------------------------------------------------------
good = landscape("good")
target = os.path.join(WORK, "no", "such", "folder", "out.graphml")
check("output into a folder that does not exist", ["export", good, "--format", "graphml", "-o", target],
      [target], [target], expect_codes=(73,))

os.makedirs(out("a-folder"))
check("output onto an existing folder", ["export", good, "--format", "graphml", "-o", out("a-folder")],
      [out("a-folder")], [], expect_codes=(73,))
if not os.path.isdir(out("a-folder")):
    failures.append("folder replaced")

locked = os.path.join(WORK, "locked")
os.makedirs(locked)
os.chmod(locked, 0o555)
check("output into a folder nobody may write", ["export", good, "--format", "graphml", "-o", os.path.join(locked, "o.graphml")],
      [os.path.join(locked, "o.graphml")], [os.path.join(locked, "o.graphml")], expect_codes=(73,), user=nobody)


# --- A disk that fills --------------------------------------------------------------------------
def small_disk(path, size):
    os.makedirs(path, exist_ok=True)
    if os.geteuid() == 0:
        return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", path]).returncode == 0
    return False


disk = os.path.join(WORK, "small-disk")
if small_disk(disk, "256k"):
    try:
        big = os.path.join(WORK, "big")
        subprocess.run([BIN, "generate", "--scale", "region", "-o", big], capture_output=True, check=True)
        old = {os.path.join(disk, "landscape.graphml"): b"the old export\n"}
        with open(os.path.join(disk, "landscape.graphml"), "wb") as f:
            f.write(b"the old export\n")
        check("a disk that fills: export over an old file",
              ["export", big, "--format", "graphml", "-o", os.path.join(disk, "landscape.graphml")],
              [os.path.join(disk, "landscape.graphml"), "the disk is full"], [os.path.join(disk, "landscape.graphml")],
              expect_codes=(73,), old=old)
        check("a disk that fills: a report", ["report", big, "-o", os.path.join(disk, "report")],
              ["the disk is full"], [os.path.join(disk, "report", "report.html")], expect_codes=(73,))
        check("a disk that fills: a bundle", ["generate", "--scale", "region", "-o", os.path.join(disk, "region")],
              ["the disk is full"], [os.path.join(disk, "region", "schools.csv")], expect_codes=(73,))
    finally:
        subprocess.run(["umount", disk])
else:
    results.append(("a disk that fills", "skipped", "mounting a tmpfs needs root here"))
    print("skipped a disk that fills: mounting a tmpfs needs root")


# --- Interrupted runs ---------------------------------------------------------------------------
def interrupted(signal_number):
    """Sends the signal as soon as the export's temporary file appears, while it is being written."""
    region = os.path.join(WORK, "england")
    if not os.path.isdir(region):
        subprocess.run([BIN, "generate", "--scale", "england", "-o", region], capture_output=True, check=True)
    folder = os.path.join(WORK, f"interrupt-{signal_number}")
    os.makedirs(folder)
    target = os.path.join(folder, "landscape.graphml")
    with open(target, "wb") as f:
        f.write(b"the old export\n")
    caught_mid_write = 0
    tries = 0
    while caught_mid_write < 5 and tries < 30:
        tries += 1
        # With the signal's default action, whatever this script inherited: a shell starts a
        # background job with SIGINT ignored, and the tool rightly keeps it ignored.
        proc = subprocess.Popen([BIN, "export", region, "--format", "graphml", "-o", target],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                preexec_fn=lambda: signal.signal(signal_number, signal.SIG_DFL))
        seen = False
        while proc.poll() is None:
            if any(".tmp-" in name for name in os.listdir(folder)):
                proc.send_signal(signal_number)
                seen = True
                break
        proc.wait()
        litter = [n for n in os.listdir(folder) if n != "landscape.graphml"]
        content = open(target, "rb").read()
        if litter or (content != b"the old export\n" and proc.returncode == -signal_number):
            failures.append(f"signal {signal_number}")
            results.append((f"{signal.Signals(signal_number).name} mid-write", "FAILED", f"left {litter}, old file changed: {content[:20]!r}"))
            return
        if seen and proc.returncode == -signal_number:
            caught_mid_write += 1
        elif proc.returncode == 0:
            with open(target, "wb") as f:  # the export finished first: start again from the old file
                f.write(b"the old export\n")
    name = signal.Signals(signal_number).name
    ok = caught_mid_write >= 5
    results.append((f"{name} while the output is being written", "ok" if ok else "FAILED",
                    f"{caught_mid_write} of {tries} runs stopped mid-write: old file intact, no temporary file left"))
    if not ok:
        failures.append(name)
    print(f"{'ok' if ok else 'FAILED':6} {name} mid-write: {caught_mid_write} of {tries} runs caught")


interrupted(signal.SIGINT)
interrupted(signal.SIGTERM)

# A run started ignoring SIGINT (as a background job is) keeps ignoring it and finishes.
folder = os.path.join(WORK, "ignoring")
os.makedirs(folder)
target = os.path.join(folder, "landscape.graphml")
proc = subprocess.Popen([BIN, "export", os.path.join(WORK, "england"), "--format", "graphml", "-o", target],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
time.sleep(0.3)
proc.send_signal(signal.SIGINT)
proc.wait()
ok = proc.returncode == 0 and os.path.getsize(target) > 1_000_000
results.append(("SIGINT to a run started ignoring it", "ok" if ok else "FAILED",
                f"exit {proc.returncode}, the export written whole ({os.path.getsize(target) if os.path.exists(target) else 0} bytes)"))
if not ok:
    failures.append("ignored SIGINT")
print(f"{'ok' if ok else 'FAILED':6} SIGINT ignored: exit {proc.returncode}")

# --- The table ----------------------------------------------------------------------------------
print()
print("| Case | Outcome | What happened |")
print("|---|---|---|")
for case, outcome, detail in results:
    print(f"| {case} | {outcome} | {detail.replace(WORK, '…').replace('|', '/')} |")
shutil.rmtree(WORK, ignore_errors=True)
if failures:
    print(f"\n{len(failures)} case(s) failed: {failures}")
    sys.exit(1)
print(f"\nall {len(results)} cases: a clear error, nothing half-written")
