#!/bin/sh
# tracecheck.sh — do goc's tracebacks name the frames gc's do?
#
#   tools/tracecheck.sh GOC [NAME...]
#
# For every golden program in testdata/run whose expected output has a
# goroutine header (a panic or fatal error), build it with gc without
# inlining (-gcflags=-l) and with goc without optimisation (-O0; it still
# inlines, as gc's -N does, and shows inlined functions as frames of their
# own, as gc does), run both, and compare their tracebacks frame by frame:
# the function names and the file:line of each Go frame, in order.  What
# gc prints beyond that is dropped from both: argument words, pc offsets,
# runtime frames (runtime.*, panic(...), and gc's runtime Go code linknamed
# into other packages, which is C in goc), goroutines' "[status]".  Ends
# with "N passed, M failed".
set -u
cd "$(dirname "$0")/.."
goc=$1
shift
GO=${GO:-/usr/lib/go-1.19/bin/go}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -eq 0 ]; then
	for f in testdata/run/*.out; do
		grep -q '^goroutine [0-9]* \[' "$f" && set -- "$@" "$(basename "$f" .out)"
	done
fi
frames() {
	# name lines and file:line lines of Go frames; runtime frames, system
	# goroutines and goroutine numbers (which depend on each runtime's own
	# goroutines) dropped
	awk '
		function flush() { if (hdr != "" && body != "") printf "%s\n%s", hdr, body; hdr = ""; body = "" }
		/^goroutine [0-9]+ \[/ { flush(); hdr = "goroutine"; skip = 0; next }
		/^created by / {
			if ($0 ~ /^created by runtime\./) { getline; next }
			line = $0; getline; sub(/ \+0x[0-9a-f]+.*$/, ""); sub(/^\t.*\//, "\t")
			body = body line "\n" $0 "\n"; next
		}
		/^[^\t].*\(.*\)$/ {
			name = $0; sub(/\(.*$/, "", name)
			if (name ~ /^runtime\./ || name == "panic") { skip = 1; next }
			skip = 0; pending = name; next
		}
		/^\t/ {
			if (skip) next
			# gc runtime code linknamed into a package (sync.runtime_Semacquire
			# in runtime/sema.go) is goc runtime C, which tracebacks omit
			if ($0 ~ /\/src\/runtime\/[^\/]*\.go:/) { pending = ""; next }
			sub(/ \+0x[0-9a-f]+.*$/, ""); sub(/^\t.*\//, "\t")
			body = body pending "\n" $0 "\n"; pending = ""
		}
		END { flush() }
	'
}
pass=0
fail=0
for name in "$@"; do
	src=testdata/run/$name.go
	(cd "$tmp" && GOPATH="$tmp/gopath" GOCACHE="$tmp/gocache" GO111MODULE=off "$GO" build -gcflags=-l -o "$tmp/gc" "$OLDPWD/$src") >/dev/null 2>&1 || { echo "[SKIP] $name (gc build)"; continue; }
	"$goc" build -O0 -o "$tmp/goc" "$src" >/dev/null 2>&1 || { echo "[FAIL] $name (goc build)"; fail=$((fail + 1)); continue; }
	(cd testdata/run && timeout 10 "$tmp/gc" </dev/null >/dev/null 2>"$tmp/gc.err")
	(cd testdata/run && timeout 10 "$tmp/goc" </dev/null >/dev/null 2>"$tmp/goc.err")
	frames <"$tmp/gc.err" >"$tmp/want"
	frames <"$tmp/goc.err" >"$tmp/got"
	if cmp -s "$tmp/want" "$tmp/got"; then
		echo "[PASS] $name"; pass=$((pass + 1))
	else
		echo "[FAIL] $name"; diff -u --label gc --label goc "$tmp/want" "$tmp/got" | head -20; fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
