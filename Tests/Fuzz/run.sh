#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 20) on a copy of its seed corpus, and prints one
# line per target: executions, executions per second, and whether it found a crash. A crash
# leaves its input as Tests/Fuzz/crash-* (libFuzzer's artifact) and fails the run.
set -uo pipefail
cd "$(dirname "$0")"
SECONDS_EACH=${1:-20}
BIN=$(swift build -c release --show-bin-path)
status=0
for target in csv:FuzzCSV bundle:FuzzBundle json:FuzzJSON workbook:FuzzWorkbook gias:FuzzGIAS dot:FuzzDOT; do
  corpus=${target%%:*}; name=${target##*:}
  # Graphviz keeps process-wide caches: LeakSanitizer would stop FuzzDOT at once. The others
  # are checked for leaks too.
  LEAKS=""; case "$name" in FuzzDOT) LEAKS="-detect_leaks=0";; esac
  work=$(mktemp -d)
  cp Corpus/"$corpus"/* "$work"/
  log=$(mktemp)
  DETECT=1; [ -n "$LEAKS" ] && DETECT=0
  ASAN_OPTIONS=detect_leaks=$DETECT SWIFT_BACKTRACE=enable=no \
  "$BIN/$name" "$work" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -max_len=65536 -timeout=10 $LEAKS \
    -artifact_prefix=./crash-"$name"- >"$log" 2>&1
  code=$?
  runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo 0)
  if [ "$code" -ne 0 ]; then status=1; verdict="CRASH (see Tests/Fuzz/crash-$name-*)"; else verdict="no crash"; fi
  echo "$name: $runs executions in ${SECONDS_EACH} s ($((runs / SECONDS_EACH))/s), $verdict"
  [ "$code" -ne 0 ] && tail -30 "$log"
  rm -rf "$work" "$log"
done
exit $status
