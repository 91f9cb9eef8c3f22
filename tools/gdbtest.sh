#!/bin/sh
# gdbtest.sh — gdb sessions on goc binaries (DWARF: names, lines, stepping).
#
#   tools/gdbtest.sh GOC [NAME...]
#
# For each testdata/gdb/NAME.go with a command file NAME.gdb: build it with
# `GOC build -O0 -l` (as one debugs with gc's -N -l), run `gdb -batch` with
# those commands on it, and compare the session with NAME.out after
# dropping what varies between runs and machines: addresses (0xADDR),
# thread and inferior notices, and gdb's warnings.  The directory of the
# sources is written $DIR.  NAME.out was produced by this script and
# reviewed.  --gen NAME writes it.  Ends with "N passed, M failed".
set -u
cd "$(dirname "$0")/.."
dir=testdata/gdb
gen=0
if [ "${1:-}" = "--gen" ]; then
	gen=1
	shift
	goc=build/goc
else
	goc=$1
	shift
fi
command -v gdb >/dev/null || { echo "gdbtest.sh: gdb not installed"; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
absdir=$(cd "$dir" && pwd)
root=$(pwd)
if [ $# -eq 0 ]; then
	for f in "$dir"/*.gdb; do set -- "$@" "$(basename "$f" .gdb)"; done
fi
pass=0
fail=0
for name in "$@"; do
	if ! "$goc" build -O0 -l -o "$tmp/$name" "$absdir/$name.go" >"$tmp/build" 2>&1; then
		echo "[FAIL] $name (build)"; cat "$tmp/build"; fail=$((fail + 1)); continue
	fi
	{ echo "set pagination off"; echo "set confirm off"; cat "$dir/$name.gdb"; } >"$tmp/cmds"
	timeout 60 gdb -nx -batch -x "$tmp/cmds" "$tmp/$name" </dev/null 2>&1 |
		grep -v -e '^\[' -e '^warning' -e 'libthread' -e '^Run till exit' -e '^Using host' |
		sed -e 's/0x[0-9a-f]* in //g' -e 's/ at 0x[0-9a-f]*:/:/' -e 's/0x[0-9a-f]*/0xADDR/g' -e "s|$absdir|\$DIR|g" -e "s|$root/|\$ROOT/|g" \
		    -e 's/Thread [0-9]* "[^"]*" hit/hit/' -e 's/^Value returned is .*//' >"$tmp/got"
	if [ $gen -eq 1 ]; then
		cp "$tmp/got" "$dir/$name.out"; echo "[GEN] $name"; continue
	fi
	if cmp -s "$dir/$name.out" "$tmp/got"; then
		echo "[PASS] $name"; pass=$((pass + 1))
	else
		echo "[FAIL] $name"; diff -u --label want --label got "$dir/$name.out" "$tmp/got" | head -40; fail=$((fail + 1))
	fi
done
[ $gen -eq 1 ] && exit 0
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
