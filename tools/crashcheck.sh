#!/usr/bin/env bash
# crashcheck.sh — does goc survive every Go file in Go's test suite?
#
#   tools/crashcheck.sh GOC [DIR]     DIR defaults to /usr/share/go-1.19/test
#
# Compiles each .go file under DIR, recursively (including the *.dir helper
# packages and deliberately broken files), with `GOC compile -o SCRATCH FILE`
# and a 10 s limit, two at a time, and sorts the outcomes:
#   ok       exit 0
#   errors   exit 1 with gc-style `file:line:col: message` (or file:line:) lines
#   CRASH    killed by a signal, any other exit status, exit 1 with no
#            positioned diagnostic, or output matching tools/ice-patterns.txt
#            ("internal compiler error", LLVM assertions, sanitizer reports)
#   TIMEOUT  still running after 10 s
# Whether the verdict is right does not matter here, only that the compiler
# ends in an orderly way.  Prints each CRASH/TIMEOUT with its file and first
# line of output, then `N files: A ok, B errors, C crashes, D timeouts`;
# exits 1 if there was any crash or timeout.  $GOCFLAGS adds goc flags.
# (SCRATCH is a private temporary file: never /dev/null, which a compiler
# that deletes its output on error, as gc does, would delete when run as root.)
set -u

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TIMEOUT=10
JOBS=2

if [ $# -lt 1 ] || [ "$1" = -h ] || [ "$1" = --help ]; then
	sed -n '2,/^set -u/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//' >&2
	exit 2
fi
GOC=$1
DIR=${2:-/usr/share/go-1.19/test}
case $GOC in */*) ;; *) GOC=$(command -v "$GOC" || echo "$GOC") ;; esac
if [ ! -x "$GOC" ] || [ -d "$GOC" ]; then
	echo "crashcheck: compiler '$1' not found or not executable; build it with" >&2
	echo "  cmake -S $repo -B $repo/build && cmake --build $repo/build -j2" >&2
	exit 2
fi
[ -d "$DIR" ] || { echo "crashcheck: no directory $DIR" >&2; exit 2; }
GOC=$(cd "$(dirname "$GOC")" && pwd)/$(basename "$GOC")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/crashcheck.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty" # stdin for the compiler; /dev/null itself is never used (see -o above)
export GOC TIMEOUT tmp GOCFLAGS="${GOCFLAGS:-}" ICE="$repo/tools/ice-patterns.txt"

# check FILE: compile one file; append "CLASS<TAB>FILE<TAB>DETAIL" to a per-worker list.
check() {
	local f=$1 w=$tmp/w.$BASHPID rc class detail
	mkdir -p "$w"
	# shellcheck disable=SC2086 # GOCFLAGS is a word list
	# (The outer subshell keeps bash's own "Segmentation fault" job notice out of the report.)
	( (cd "$w" && exec timeout -k 2 "$TIMEOUT" "$GOC" compile -o "$w/out.o" $GOCFLAGS "$f") >"$w/log" 2>&1 <"$tmp/empty"; exit $? ) 2>>"$w/stderr"
	rc=$?
	detail=
	if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
		class=TIMEOUT
	elif grep -qEf "$ICE" "$w/log"; then
		class=CRASH detail=$(grep -m1 -Ef "$ICE" "$w/log")
	elif [ "$rc" -eq 0 ]; then
		class=ok
	elif [ "$rc" -eq 1 ]; then
		if grep -qE '^[^ ]+:[0-9]+(:[0-9]+)?: ' "$w/log"; then
			class=errors
		else
			class=CRASH detail="exit status 1 without a file:line:col: diagnostic: $(grep -m1 . "$w/log")"
		fi
	elif [ "$rc" -gt 128 ]; then
		class=CRASH detail="killed by signal $(kill -l $((rc - 128)) 2>>"$w/stderr" || echo $((rc - 128)))"
	else
		class=CRASH detail="exit status $rc: $(grep -m1 . "$w/log")"
	fi
	rm -f "$w/out.o"
	printf '%s\t%s\t%s\n' "$class" "$f" "${detail:0:200}" >>"$tmp/results.$BASHPID"
}
export -f check

find "$DIR" -name '*.go' -type f -print0 | sort -z |
	xargs -0 -n 1 -P "$JOBS" bash -c 'check "$1"' check
cat "$tmp"/results.* | sort -t "$(printf '\t')" -k2,2 >"$tmp/all"

total=$(wc -l <"$tmp/all")
count() { awk -F '\t' -v c="$1" '$1 == c' "$tmp/all" | wc -l; }
ok=$(count ok) errors=$(count errors) crashes=$(count CRASH) timeouts=$(count TIMEOUT)
awk -F '\t' '$1 == "CRASH" || $1 == "TIMEOUT" { printf "%-7s %s: %s\n", $1, $2, $3 }' "$tmp/all" | sed "s|$DIR/||"
echo "$total files: $ok ok, $errors errors, $crashes crashes, $timeouts timeouts"
[ "$crashes" -eq 0 ] && [ "$timeouts" -eq 0 ]
