#!/usr/bin/env bash
# rungolden.sh — build and run the golden tests, testdata/run/NAME.go, and compare
# what they print with NAME.out.
#
#   tools/rungolden.sh GOC [NAME...]    run all tests, or the named ones
#   tools/rungolden.sh --gen NAME...    (re)write NAME.out with the reference gc
#
# For each test: `GOC build -o EXE $GOCFLAGS NAME.go`, run EXE (cwd: a scratch
# directory, stdin: an empty file, 10 s limit), take stdout+stderr and the exit
# status, normalise, and compare with NAME.out.  Normalising means:
#   - after the first `goroutine N [...]:` line (a panic or fatal error), the
#     rest is dropped: frames and addresses differ between toolchains;
#   - in `[signal ...]` lines, pc=0x... becomes pc=PC and addr=0x... addr=ADDR;
#   - a stack overflow's `runtime: sp=0x... stack=[0x..., 0x...]` becomes
#     `runtime: sp=SP stack=[LO, HI]`, and gc's `runtime stack:` section
#     (the runtime's own frames, up to the goroutine header) is dropped;
#   - a non-zero exit appends a line `[exit status N]` (or `[timeout]`,
#     `[killed by signal SEGV]`).
# NAME.out is stored normalised; --gen writes it that way.
#
# Prints `[PASS] name` or `[FAIL] name` with a unified diff (want → got) or the
# compiler's output, then `N passed, M failed`; exits 0 only if nothing failed.
# Two tests run at a time; results print in name order.  $GOCFLAGS adds goc
# flags (e.g. GOCFLAGS=-O0, GOCFLAGS=-d=ssa/check/on).  $GOLDEN_DIR picks
# another directory of tests in the same format (e.g. testdata/run-later).
set -u

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$(cd "${GOLDEN_DIR:-$repo/testdata/run}" && pwd) || exit 2
GO=${GO:-/usr/lib/go-1.19/bin/go}
JOBS=2
RUN_TIMEOUT=10
BUILD_TIMEOUT=120

usage() {
	sed -n '2,/^set -u/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//' >&2
	exit 2
}

signame() { kill -l "$1" 2>>"$tmp/stderr" || echo "$1"; }

# normalise: program output on stdin, exit status in $1.
normalise() {
	sed -e '/^\[signal /{s/pc=0x[0-9a-f]*/pc=PC/g;s/addr=0x[0-9a-f]*/addr=ADDR/g;}' \
	    -e 's/^runtime: sp=0x[0-9a-f]* stack=\[0x[0-9a-f]*, 0x[0-9a-f]*\]$/runtime: sp=SP stack=[LO, HI]/' \
	    -e '/^runtime stack:$/,/^goroutine [0-9][0-9]* \[[^]]*\]:$/{/^goroutine /!d;}' \
	    -e '/^goroutine [0-9][0-9]* \[[^]]*\]:$/q'
	case $1 in
	0) ;;
	124) echo "[timeout]" ;;
	129|1[3-9][0-9]|2[0-9][0-9]) echo "[killed by signal $(signame $(($1 - 128)))]" ;;
	*) echo "[exit status $1]" ;;
	esac
}

# run_exe EXE OUTFILE: run a built test, store its normalised output.
run_exe() {
	local exe=$1 out=$2 rc
	( (cd "$(dirname "$exe")" && exec timeout -k 2 "$RUN_TIMEOUT" "$exe" <"$tmp/empty" >"$exe.raw" 2>&1); exit $? ) 2>>"$tmp/stderr"
	rc=$?
	# An unterminated last line still gets the status on a line of its own.
	if [ "$rc" -ne 0 ] && [ -s "$exe.raw" ] && [ -n "$(tail -c 1 "$exe.raw")" ]; then
		echo >>"$exe.raw"
	fi
	normalise "$rc" <"$exe.raw" >"$out"
}

# run_one NAME: build and run one test; writes $tmp/NAME.res, first line PASS or FAIL.
run_one() {
	local name=$1 w=$tmp/$1 res=$tmp/$1.res rc
	mkdir -p "$w"
	if [ ! -f "$dir/$name.out" ]; then
		printf 'FAIL\nmissing %s\n' "$dir/$name.out" >"$res"
		return
	fi
	# shellcheck disable=SC2086 # GOCFLAGS is a word list
	# (The outer subshell keeps bash's own "Segmentation fault" job notice out of the report.)
	( timeout -k 2 "$BUILD_TIMEOUT" "$GOC" build -o "$w/$name" $GOCFLAGS "$dir/$name.go" >"$w/build.log" 2>&1 <"$tmp/empty"; exit $? ) 2>>"$tmp/stderr"
	rc=$?
	if [ "$rc" -ne 0 ] || [ ! -x "$w/$name" ]; then
		{
			echo FAIL
			if [ "$rc" -eq 124 ]; then
				echo "compiler timeout (${BUILD_TIMEOUT}s)"
			elif [ "$rc" -gt 128 ]; then
				echo "compiler crash (killed by signal $(signame $((rc - 128))))"
			elif [ "$rc" -gt 1 ] || grep -qEf "$repo/tools/ice-patterns.txt" "$w/build.log"; then
				echo "compiler crash (exit status $rc)"
			elif [ "$rc" -eq 1 ]; then
				echo "compile error:"
			else
				echo "goc build exited 0 but wrote no executable"
			fi
			head -n 40 "$w/build.log"
		} >"$res"
		return
	fi
	run_exe "$w/$name" "$w/got"
	if cmp -s "$dir/$name.out" "$w/got"; then
		echo PASS >"$res"
	else
		{ echo FAIL; diff -u --label "want $name.out" --label got "$dir/$name.out" "$w/got"; } >"$res"
	fi
	rm -rf "$w"
}

# gen NAME: the golden output according to the reference toolchain.
gen() {
	local name=$1 w=$tmp/$1
	mkdir -p "$w"
	if ! (cd "$w" && HOME=${HOME:-/tmp} GOCACHE=${GOCACHE:-/tmp/gocache} GO111MODULE=off GOFLAGS= \
		"$GO" build -o "$w/$name" "$dir/$name.go"); then
		echo "gen: $name.go does not build with $GO" >&2
		return 1
	fi
	run_exe "$w/$name" "$dir/$name.out"
	echo "wrote $dir/$name.out ($(wc -l <"$dir/$name.out") lines)"
}

[ $# -ge 1 ] || usage
case $1 in -h|--help) usage ;; esac

# Nothing here uses /dev/null: on a shared machine where something runs gc
# with -o /dev/null as root, it comes and goes (see tools/goctest.py).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rungolden.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty"

names=()
mode=$1
shift
for a in "$@"; do
	a=${a##*/}
	names+=("${a%.go}")
done
if [ ${#names[@]} -eq 0 ]; then
	for f in "$dir"/*.go; do
		f=${f##*/}
		names+=("${f%.go}")
	done
fi
for n in "${names[@]}"; do
	[ -f "$dir/$n.go" ] || { echo "rungolden: no test $dir/$n.go" >&2; exit 2; }
done

if [ "$mode" = --gen ]; then
	status=0
	for n in "${names[@]}"; do gen "$n" || status=1; done
	exit $status
fi

GOC=$mode
case $GOC in */*) ;; *) GOC=$(command -v "$GOC" || echo "$GOC") ;; esac
if [ ! -x "$GOC" ] || [ -d "$GOC" ]; then
	echo "rungolden: compiler '$mode' not found or not executable; build it with" >&2
	echo "  cmake -S $repo -B $repo/build && cmake --build $repo/build -j2" >&2
	exit 2
fi
GOC=$(cd "$(dirname "$GOC")" && pwd)/$(basename "$GOC")
GOCFLAGS=${GOCFLAGS:-}

# Start tests JOBS at a time; print each result as soon as all before it are in.
pass=0 fail=0 next=0 running=0
print_ready() {
	while [ "$next" -lt ${#names[@]} ] && [ -f "$tmp/${names[$next]}.done" ]; do
		local n=${names[$next]} res=$tmp/${names[$next]}.res
		if [ "$(head -n 1 "$res")" = PASS ]; then
			echo "[PASS] $n"
			pass=$((pass + 1))
		else
			echo "[FAIL] $n"
			tail -n +2 "$res"
			fail=$((fail + 1))
		fi
		next=$((next + 1))
	done
}
for n in "${names[@]}"; do
	if [ "$running" -ge "$JOBS" ]; then
		wait -n
		running=$((running - 1))
	fi
	(run_one "$n"; : >"$tmp/$n.done") &
	running=$((running + 1))
	print_ready
done
while [ "$next" -lt ${#names[@]} ]; do
	wait -n 2>>"$tmp/stderr" || sleep 0.05
	print_ready
done
wait
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
