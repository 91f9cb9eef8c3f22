#!/usr/bin/env bash
# stress.sh — run golden tests many times under several GOMAXPROCS values, to
# catch scheduling-dependent failures and hangs in concurrent programs.
#
#   tools/stress.sh GOC [N] [NAME...]
#
# Builds each test (default: testdata/run/conc_*.go) once with
# `GOC build -o EXE $GOCFLAGS NAME.go`, then runs it N times (default 20) at
# each of GOMAXPROCS=1, 2 and 8, with a 20 s limit per run.  Every run's
# output is normalised and compared with NAME.out exactly as
# tools/rungolden.sh does it (its run_exe and normalise functions are used
# as they are).
#
# Prints one line per (test, GOMAXPROCS): `[PASS] name GOMAXPROCS=P: K/N`
# or `[FAIL] ...` followed by how the failing runs ended and the diff
# (want → got) of each distinct wrong output; then `R passed, F failed`,
# counting runs.  Exits 0 only if every run passed.
#
# Environment: $GOCFLAGS (goc flags), $GOLDEN_DIR (another test directory),
# $STRESS_PROCS (GOMAXPROCS values, default "1 2 8"), $STRESS_TIMEOUT
# (seconds per run, default 20), $STRESS_JOBS (tests run at a time,
# default 2), $STRESS_KEEP (a directory: failing outputs are copied there).
set -u

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$(cd "${GOLDEN_DIR:-$repo/testdata/run}" && pwd) || exit 2
PROCS=${STRESS_PROCS:-1 2 8}
# shellcheck disable=SC2034 # read by run_exe, taken from rungolden.sh below
RUN_TIMEOUT=${STRESS_TIMEOUT:-20}
JOBS=${STRESS_JOBS:-2}
BUILD_TIMEOUT=120

usage() {
	sed -n '2,/^set -u/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//' >&2
	exit 2
}

[ $# -ge 1 ] || usage
case $1 in -h|--help) usage ;; esac

# The run and normalisation code of rungolden.sh, so both agree on what
# "the same output" means.  (They use $tmp, $RUN_TIMEOUT.)
eval "$(sed -n -e '/^signame()/p' -e '/^normalise()/,/^}/p' -e '/^run_exe()/,/^}/p' "$repo/tools/rungolden.sh")"
for f in signame normalise run_exe; do
	declare -F "$f" >/dev/null || { echo "stress: cannot find $f() in tools/rungolden.sh" >&2; exit 2; }
done

GOC=$1
shift
N=20
case ${1:-} in
[0-9]*) N=$1; shift ;;
esac
case $GOC in */*) ;; *) GOC=$(command -v "$GOC" || echo "$GOC") ;; esac
if [ ! -x "$GOC" ] || [ -d "$GOC" ]; then
	echo "stress: compiler '$GOC' not found or not executable" >&2
	exit 2
fi
GOC=$(cd "$(dirname "$GOC")" && pwd)/$(basename "$GOC")
GOCFLAGS=${GOCFLAGS:-}

names=()
for a in "$@"; do
	a=${a##*/}
	names+=("${a%.go}")
done
if [ ${#names[@]} -eq 0 ]; then
	for f in "$dir"/conc_*.go; do
		[ -f "$f" ] || continue
		f=${f##*/}
		names+=("${f%.go}")
	done
fi
[ ${#names[@]} -gt 0 ] || { echo "stress: no tests" >&2; exit 2; }
for n in "${names[@]}"; do
	[ -f "$dir/$n.go" ] || { echo "stress: no test $dir/$n.go" >&2; exit 2; }
	[ -f "$dir/$n.out" ] || { echo "stress: no golden output $dir/$n.out" >&2; exit 2; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stress.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty"
[ -n "${STRESS_KEEP:-}" ] && mkdir -p "$STRESS_KEEP"

# stress_one NAME: build once, run N times per GOMAXPROCS value.  Writes
# $tmp/NAME.res: per GOMAXPROCS a line `P PASSES FAILS`, then the report text
# in $tmp/NAME.P.txt.
stress_one() {
	local name=$1 w=$tmp/$1 rc p i got ok bad sig kinds
	mkdir -p "$w"
	# shellcheck disable=SC2086 # GOCFLAGS is a word list
	( timeout -k 2 "$BUILD_TIMEOUT" "$GOC" build -o "$w/$name" $GOCFLAGS "$dir/$name.go" >"$w/build.log" 2>&1 <"$tmp/empty"; exit $? ) 2>>"$tmp/stderr"
	rc=$?
	if [ "$rc" -ne 0 ] || [ ! -x "$w/$name" ]; then
		for p in $PROCS; do
			echo "$p 0 $N" >>"$tmp/$name.res"
			{ echo "    build failed (status $rc):"; head -n 20 "$w/build.log" | sed 's/^/    /'; } >"$tmp/$name.$p.txt"
		done
		return
	fi
	for p in $PROCS; do
		ok=0 bad=0
		: >"$tmp/$name.$p.txt"
		: >"$w/kinds"
		for ((i = 1; i <= N; i++)); do
			got=$w/got.$p.$i
			GOMAXPROCS=$p run_exe "$w/$name" "$got"
			if cmp -s "$dir/$name.out" "$got"; then
				ok=$((ok + 1))
				rm -f "$got"
				continue
			fi
			bad=$((bad + 1))
			# How it ended: the status line normalise appended, if any.
			case $(tail -n 1 "$got") in
			"[timeout]") echo timeout ;;
			"[killed by signal "*) tail -n 1 "$got" | sed 's/^\[killed by signal \(.*\)\]$/signal \1/' ;;
			"[exit status "*) tail -n 1 "$got" | sed 's/^\[\(.*\)\]$/\1/' ;;
			*) echo "exit status 0" ;;
			esac >>"$w/kinds"
			if [ -n "${STRESS_KEEP:-}" ]; then
				cp "$got" "$STRESS_KEEP/$name.P$p.run$i.out"
			fi
			# One diff per distinct wrong output.
			sig=$(cksum <"$got")
			if ! grep -qxF "$sig" "$w/sigs.$p" 2>>"$tmp/stderr"; then
				echo "$sig" >>"$w/sigs.$p"
				{
					echo "    run $i:"
					diff -u --label "want $name.out" --label got "$dir/$name.out" "$got" | head -n 40 | sed 's/^/    /'
				} >>"$tmp/$name.$p.txt"
			else
				rm -f "$got"
			fi
		done
		if [ "$bad" -gt 0 ]; then
			kinds=$(sort "$w/kinds" | uniq -c | sed 's/^ *//' | paste -sd, - | sed 's/,/, /g')
			sed -i "1i\\    failing runs: $kinds" "$tmp/$name.$p.txt"
		fi
		echo "$p $ok $bad" >>"$tmp/$name.res"
	done
	rm -rf "$w"
}

pass=0 fail=0 next=0 running=0
print_ready() {
	local n p ok bad
	while [ "$next" -lt ${#names[@]} ] && [ -f "$tmp/${names[$next]}.done" ]; do
		n=${names[$next]}
		while read -r p ok bad; do
			if [ "$bad" -eq 0 ]; then
				echo "[PASS] $n GOMAXPROCS=$p: $ok/$N"
			else
				echo "[FAIL] $n GOMAXPROCS=$p: $ok/$N"
				cat "$tmp/$n.$p.txt"
			fi
			pass=$((pass + ok))
			fail=$((fail + bad))
		done <"$tmp/$n.res"
		next=$((next + 1))
	done
}
for n in "${names[@]}"; do
	if [ "$running" -ge "$JOBS" ]; then
		wait -n
		running=$((running - 1))
	fi
	(stress_one "$n"; : >"$tmp/$n.done") &
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
