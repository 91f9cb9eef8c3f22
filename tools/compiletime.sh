#!/usr/bin/env bash
# compiletime.sh — how long goc takes to compile Go's test suite, next to gc.
#
#   tools/compiletime.sh GOC [DIR]    DIR defaults to /usr/share/go-1.19/test
#
# Compiles every .go file under DIR (recursively, as crashcheck.sh does) once
# with `GOC compile -o SCRATCH FILE` and once with gc's
# `$GOROOT/pkg/tool/linux_amd64/compile -o SCRATCH FILE`, one file at a time
# (10 s limit each), and adds up the wall-clock times. Prints
#   goc: N files in Xs (A compiled)
#   gc:  N files in Ys (B compiled)
#   goc/gc: R
# then the same for the files both compile without errors. Not a test: the
# numbers depend on the machine. (SCRATCH is a private temporary file, never
# /dev/null: gc deletes its output file on errors, which as root would delete
# /dev/null itself.)
set -u

if [ $# -lt 1 ] || [ "$1" = -h ] || [ "$1" = --help ]; then
	sed -n '2,/^set -u/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//' >&2
	exit 2
fi
GOC=$1
DIR=${2:-/usr/share/go-1.19/test}
GOROOT=${GOROOT:-/usr/lib/go-1.19}
GC=$GOROOT/pkg/tool/linux_amd64/compile
TIMEOUT=10
case $GOC in */*) ;; *) GOC=$(command -v "$GOC" || echo "$GOC") ;; esac
[ -x "$GOC" ] && [ ! -d "$GOC" ] || { echo "compiletime: compiler '$1' not found or not executable" >&2; exit 2; }
[ -x "$GC" ] || { echo "compiletime: no gc compiler at $GC" >&2; exit 2; }
[ -d "$DIR" ] || { echo "compiletime: no directory $DIR" >&2; exit 2; }
GOC=$(cd "$(dirname "$GOC")" && pwd)/$(basename "$GOC")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/compiletime.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty"
mkdir -p "$tmp/w"

now() { date +%s%N; }

# time_all NAME CMD...: compile each file with CMD... FILE; writes
# "nanoseconds<TAB>status<TAB>file" lines to $tmp/NAME.
time_all() {
	local name=$1 f t0 t1 rc
	shift
	: >"$tmp/$name"
	while IFS= read -r -d '' f; do
		t0=$(now)
		(cd "$tmp/w" && exec timeout -k 2 "$TIMEOUT" "$@" "$f") >"$tmp/log" 2>&1 <"$tmp/empty"
		rc=$?
		t1=$(now)
		printf '%s\t%s\t%s\n' "$((t1 - t0))" "$rc" "$f" >>"$tmp/$name"
		rm -f "$tmp/w/out.o"
	done < <(find "$DIR" -name '*.go' -type f -print0 | sort -z)
}

time_all goc "$GOC" compile -o "$tmp/w/out.o"
time_all gc "$GC" -o "$tmp/w/out.o"

summary() {
	awk -F '\t' -v name="$1" '{ n++; t += $1; if ($2 == 0) ok++ }
		END { printf "%-4s %d files in %.1fs (%d compiled)\n", name ":", n, t / 1e9, ok }' "$tmp/$1"
}
summary goc
summary gc
paste "$tmp/goc" "$tmp/gc" | awk -F '\t' '
	{ a += $1; b += $4; if ($2 == 0 && $5 == 0) { n++; ab += $1; bb += $4 } }
	END {
		printf "goc/gc: %.2f\n", a / b
		printf "files both compile (%d): goc %.1fs, gc %.1fs, goc/gc: %.2f\n", n, ab / 1e9, bb / 1e9, ab / bb
	}'
