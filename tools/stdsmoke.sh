#!/usr/bin/env bash
# stdsmoke.sh — smoke tests of the standard packages goc compiles from GOROOT:
# every tools/stdsmoke/NAME.go is a small program exercising one package's
# main API (its first line, `// stdsmoke: PKG...`, names the packages it is
# about), built with goc and with gc and run; the two runs must agree byte
# for byte (stdout, stderr and exit status).
#
#   tools/stdsmoke.sh GOC [NAME...]    run all programs, or the named ones
#
# Each program runs in a scratch directory with an empty stdin and a 10 s
# limit.  The programs print nothing that differs between toolchains or runs
# (no addresses, timings, map orders or random seeds).  gc is $GO (default
# /usr/lib/go-1.19/bin/go).  $GOCFLAGS adds goc flags.  Two programs run at
# a time.  Prints `[PASS] name` or `[FAIL] name` with a diff (gc → goc) or the
# build error, then `N passed, M failed`; exits 0 only if nothing failed.
set -u

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$repo/tools/stdsmoke
GO=${GO:-/usr/lib/go-1.19/bin/go}
JOBS=2
RUN_TIMEOUT=10
BUILD_TIMEOUT=300

if [ $# -lt 1 ] || [ "$1" = -h ] || [ "$1" = --help ]; then
	sed -n '2,/^set -u/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//' >&2
	exit 2
fi
GOC=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
GOCFLAGS=${GOCFLAGS:-}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stdsmoke.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty"

# run EXE PREFIX: run a built program in a scratch directory; PREFIX.out,
# PREFIX.err and PREFIX.rc get its stdout, stderr and exit status.
run() {
	local exe=$1 p=$2 rc
	mkdir -p "$p.cwd"
	( (cd "$p.cwd" && exec timeout -k 2 "$RUN_TIMEOUT" "$exe" <"$tmp/empty" >"$p.out" 2>"$p.err"); exit $? ) 2>/dev/null
	rc=$?
	echo "$rc" >"$p.rc"
}

# run_one NAME: writes $tmp/NAME.res, first line PASS or FAIL.
run_one() {
	local name=$1 w=$tmp/$1 res=$tmp/$1.res rc
	mkdir -p "$w"
	# shellcheck disable=SC2086 # GOCFLAGS is a word list
	( timeout -k 2 "$BUILD_TIMEOUT" "$GOC" build -o "$w/goc.exe" $GOCFLAGS "$dir/$name.go" >"$w/goc.log" 2>&1 <"$tmp/empty"; exit $? ) 2>/dev/null
	rc=$?
	if [ "$rc" -ne 0 ] || [ ! -x "$w/goc.exe" ]; then
		{ echo FAIL; echo "goc build failed (status $rc):"; head -n 20 "$w/goc.log"; } >"$res"
		return
	fi
	( cd "$w" && GO111MODULE=off timeout -k 2 "$BUILD_TIMEOUT" "$GO" build -o "$w/gc.exe" "$dir/$name.go" >"$w/gc.log" 2>&1 <"$tmp/empty" )
	if [ ! -x "$w/gc.exe" ]; then
		{ echo FAIL; echo "gc build failed:"; head -n 20 "$w/gc.log"; } >"$res"
		return
	fi
	run "$w/gc.exe" "$w/gc"
	run "$w/goc.exe" "$w/goc"
	if cmp -s "$w/gc.out" "$w/goc.out" && cmp -s "$w/gc.err" "$w/goc.err" && cmp -s "$w/gc.rc" "$w/goc.rc"; then
		echo PASS >"$res"
		return
	fi
	{
		echo FAIL
		if ! cmp -s "$w/gc.rc" "$w/goc.rc"; then
			echo "exit status: gc $(cat "$w/gc.rc"), goc $(cat "$w/goc.rc")"
		fi
		diff -u --label gc.stdout --label goc.stdout "$w/gc.out" "$w/goc.out" | head -n 40
		diff -u --label gc.stderr --label goc.stderr "$w/gc.err" "$w/goc.err" | head -n 40
	} >"$res"
}

if [ $# -gt 0 ]; then
	names=("$@")
else
	names=()
	for f in "$dir"/*.go; do
		n=$(basename "$f" .go)
		names+=("$n")
	done
fi

# Run JOBS at a time.
running=0
for name in "${names[@]}"; do
	if [ ! -f "$dir/$name.go" ]; then
		printf 'FAIL\nno such program %s\n' "$dir/$name.go" >"$tmp/$name.res"
		continue
	fi
	run_one "$name" &
	running=$((running + 1))
	if [ "$running" -ge "$JOBS" ]; then
		wait -n
		running=$((running - 1))
	fi
done
wait

pass=0
fail=0
for name in "${names[@]}"; do
	res=$tmp/$name.res
	if [ "$(head -n 1 "$res" 2>/dev/null)" = PASS ]; then
		echo "[PASS] $name"
		pass=$((pass + 1))
	else
		echo "[FAIL] $name"
		tail -n +2 "$res" 2>/dev/null | sed 's/^/    /'
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
