#!/bin/bash
# Checks what `make install` and `make uninstall` promise, in temporary folders:
# - with PREFIX, and with DESTDIR and PREFIX, exactly the binary, the manual page and the bash, zsh
#   and fish completions are written, where those tools look for them;
# - the installed binary reports the version the package declares (Sources/SchoolNetModel/Release.swift);
# - `man -l` shows the manual, and it names every subcommand `schoolnet --help` lists;
# - each completion script parses and offers every subcommand;
# - `make uninstall` removes exactly those files: another file in the same folders stays.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "install check: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v man >/dev/null 2>&1; then
  echo "install check: man is missing; installing man-db"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq man-db >/dev/null
fi

expected="bin/schoolnet
share/bash-completion/completions/schoolnet
share/fish/vendor_completions.d/schoolnet.fish
share/man/man1/schoolnet.1
share/zsh/site-functions/_schoolnet"

# PREFIX alone, with a file of someone else's already in bin/.
prefix="$work/prefix"
mkdir -p "$prefix/bin" && echo keep > "$prefix/bin/other-tool"
make --no-print-directory install PREFIX="$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "make install failed"; }
actual=$(cd "$prefix" && find . -type f ! -name other-tool | sed 's|^\./||' | sort)
[ "$actual" = "$expected" ] || fail "make install wrote:
$actual
expected:
$expected"

bin="$prefix/bin/schoolnet"
declared=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/SchoolNetModel/Release.swift)
[ "$("$bin" --version)" = "$declared" ] || fail "schoolnet --version says $("$bin" --version), the package declares $declared"

subcommands=$("$bin" --help | awk '/^SUBCOMMANDS:/ { on = 1; next } on && /^  [a-z]/ { print $1 }')
[ "$(echo "$subcommands" | wc -l)" -ge 20 ] || fail "schoolnet --help lists too few subcommands: $subcommands"
manual="$prefix/share/man/man1/schoolnet.1"
MANWIDTH=100 man -l "$manual" 2>/dev/null | col -b > "$work/manual.txt"
grep -q "^NAME" "$work/manual.txt" && grep -q "schoolnet" "$work/manual.txt" || fail "man -l does not show the manual"
for command in $subcommands; do
  # Each subcommand is an item of its own in the manual's source (".It Em NAME"), with its options.
  grep -q "^\.It Em $command\$" "$manual" || fail "the manual has no entry for the subcommand $command"
  grep -qw -- "$command" "$work/manual.txt" || fail "man -l does not show the subcommand $command"
done

bash -n "$prefix/share/bash-completion/completions/schoolnet" || fail "the bash completion does not parse"
if command -v zsh >/dev/null 2>&1; then zsh -n "$prefix/share/zsh/site-functions/_schoolnet" || fail "the zsh completion does not parse"; fi
if command -v fish >/dev/null 2>&1; then fish -n "$prefix/share/fish/vendor_completions.d/schoolnet.fish" || fail "the fish completion does not parse"; fi
for script in share/bash-completion/completions/schoolnet share/zsh/site-functions/_schoolnet share/fish/vendor_completions.d/schoolnet.fish; do
  for command in $subcommands; do
    grep -qw -- "$command" "$prefix/$script" || fail "$script does not offer $command"
  done
done

make --no-print-directory uninstall PREFIX="$prefix" >/dev/null
left=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort)
[ "$left" = "bin/other-tool" ] || fail "make uninstall left:
$left"

# DESTDIR and PREFIX, as a package build stages files.
stage="$work/stage"
make --no-print-directory install DESTDIR="$stage" PREFIX=/usr >/dev/null 2>&1 || fail "make install with DESTDIR failed"
actual=$(cd "$stage/usr" && find . -type f | sed 's|^\./||' | sort)
[ "$actual" = "$expected" ] || fail "make install DESTDIR=… PREFIX=/usr wrote:
$actual"
make --no-print-directory uninstall DESTDIR="$stage" PREFIX=/usr >/dev/null
[ -z "$(find "$stage" -type f)" ] || fail "make uninstall with DESTDIR left files"

echo "install check: make install and uninstall (PREFIX, DESTDIR), version $declared, manual with $(echo "$subcommands" | wc -l) subcommands, three completions: ok"
