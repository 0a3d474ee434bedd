"""The progress line: shown on a terminal, never in scripted output.

Runs `schoolnet metrics --measures betweenness` on a synthetic region three ways: standard error
piped (as a script runs it), standard error on a pseudo-terminal, and on a pseudo-terminal with
--quiet. SCHOOLNET_PROGRESS_AFTER=0 shows the line at once rather than after a second, so the
check does not depend on how fast the machine is. Checks that the terminal run shows a progress line naming betweenness with a share
done, that the piped and quiet runs show none, and that standard output is byte for byte the
same in all three.

    python3 Tests/Reliability/progress_check.py .build/debug/schoolnet
"""
import os
import pty
import subprocess
import sys
import tempfile

CLEAR = b"\r\x1b[2K"


ENVIRONMENT = dict(os.environ, SCHOOLNET_PROGRESS_AFTER="0")


def on_terminal(args, stdout_path):
    """Runs args with standard error on a pseudo-terminal; returns (what the terminal got, exit status)."""
    master, slave = pty.openpty()
    with open(stdout_path, "wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=slave, stdin=subprocess.DEVNULL, env=ENVIRONMENT)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # the child closed its end
                break
            if not data:
                break
            chunks.append(data)
        process.wait()
    os.close(master)
    return b"".join(chunks), process.returncode


def main():
    binary = sys.argv[1]
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        landscape = os.path.join(folder, "region")
        subprocess.run([binary, "generate", "--scale", "region", "--quiet", "-o", landscape], check=True)
        args = [binary, "metrics", landscape, "--measures", "betweenness", "--format", "csv"]
        piped = subprocess.run(args, capture_output=True, check=True, env=ENVIRONMENT)
        if CLEAR in piped.stderr or b"%" in piped.stderr:
            failures.append(f"a progress line on a pipe: {piped.stderr[:200]!r}")

        terminal, status = on_terminal(args, os.path.join(folder, "terminal.csv"))
        with open(os.path.join(folder, "terminal.csv"), "rb") as f:
            if f.read() != piped.stdout:
                failures.append("standard output differs when standard error is a terminal")
        if status != 0:
            failures.append(f"exit status {status} on a terminal")
        if CLEAR not in terminal or b"betweenness" not in terminal or b"%" not in terminal:
            failures.append(f"no progress line on the terminal: {terminal[:300]!r}")
        if not terminal.endswith(CLEAR):
            failures.append(f"the progress line is not cleared at the end: {terminal[-80:]!r}")

        quiet, status = on_terminal(args + ["--quiet"], os.path.join(folder, "quiet.csv"))
        with open(os.path.join(folder, "quiet.csv"), "rb") as f:
            if f.read() != piped.stdout:
                failures.append("standard output differs with --quiet")
        if quiet:
            failures.append(f"--quiet still printed on the terminal: {quiet[:200]!r}")

    for failure in failures:
        print("progress check:", failure, file=sys.stderr)
    if failures:
        sys.exit(1)
    lines = terminal.count(CLEAR)
    print(f"progress check: {lines} redraws on a terminal, none on a pipe or with --quiet; same output: ok")


main()
