#!/bin/bash
# Builds and runs the consumer package (a package that depends on this one by path), in its own
# build folder, and checks that the program printed its answer and links no Graphviz library.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift=${SWIFT:-swift}
$swift build --package-path Tests/Consumer
program="$($swift build --package-path Tests/Consumer --show-bin-path)/schoolnet-consumer"
output=$("$program" Examples/demo-landscape)
echo "$output"
echo "$output" | grep -q "^highest betweenness: " || { echo "consumer: no answer" >&2; exit 1; }
if command -v ldd >/dev/null 2>&1; then linked=$(ldd "$program"); else linked=$(otool -L "$program"); fi
if echo "$linked" | grep -Eq "lib(gvc|cgraph|cdt)"; then
  echo "consumer: SchoolNetGraph, SchoolNetModel or SchoolNetIO pulled in Graphviz:" >&2
  echo "$linked" | grep -E "lib(gvc|cgraph|cdt)" >&2
  exit 1
fi
echo "consumer: built against this package by path, ran, and links no Graphviz library"
