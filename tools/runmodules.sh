#!/usr/bin/env bash
# runmodules.sh — multi-package golden tests: each testdata/modules/NAME is a
# small module (go.mod: `module example.com/NAME`) whose root is package main.
#
#   tools/runmodules.sh GOC [NAME...]    run all modules, or the named ones
#   tools/runmodules.sh --gen NAME...    (re)write NAME's expected file with gc
#
# A module with expected.out is a program: `GOC run .` in the module directory
# (10 s limit) must print exactly expected.out (stdout and stderr; a non-zero
# exit adds go run's "exit status N" line).
# A module with expected.err is a mistake: `GOC build -o SCRATCH .` in the
# module directory must exit with status 1 and print exactly expected.err
# (go build's messages, "# importpath" lines included; the module's absolute
# directory is written $DIR).
#
# --gen runs gc 1.19 (`go run .`, or `go build` for modules whose name starts
# with err_ or that have expected.err) with GOPATH and GOCACHE in a scratch
# directory. Programs use GOFLAGS=-mod=mod; mistakes run with GOFLAGS empty
# and no proxy, so that a missing package gets go's offline message. Review
# the result before committing it.
#
# A program module is also built a second time: everything must come from
# the build cache (GOCCACHE in the scratch directory; `goc build -v` lists
# nothing) and the program must behave the same.
# Prints `[PASS] name` or `[FAIL] name` with a unified diff (want → got), then
# `N passed, M failed`; exits 0 only if nothing failed. $GOCFLAGS adds goc flags.
set -u

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir="$repo/testdata/modules"
GO=${GO:-/usr/lib/go-1.19/bin/go}
RUN_TIMEOUT=10
BUILD_TIMEOUT=120

usage() {
	sed -n '2,/^set -u/p' "${BASH_SOURCE[0]}" | grep '^#' | sed 's/^# \{0,1\}//' >&2
	exit 2
}

[ $# -ge 1 ] || usage
tmp=$(mktemp -d /tmp/runmodules.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

is_err_module() { [ -f "$dir/$1/expected.err" ] || case $1 in err_*) true ;; *) false ;; esac; }

if [ "$1" = "--gen" ]; then
	shift
	[ $# -ge 1 ] || usage
	for name in "$@"; do
		m="$dir/$name"
		[ -f "$m/go.mod" ] || { echo "no module $m" >&2; exit 2; }
		if is_err_module "$name"; then
			(cd "$m" && GOPATH="$tmp/gopath" GOCACHE="$tmp/gocache" GOFLAGS= GOPROXY=off \
				"$GO" build -o "$tmp/exe" . 2>"$tmp/raw"; true)
			sed -e "s|$m|\$DIR|g" "$tmp/raw" >"$m/expected.err"
			echo "wrote $m/expected.err"
		else
			(cd "$m" && GOPATH="$tmp/gopath" GOCACHE="$tmp/gocache" GOFLAGS=-mod=mod \
				timeout "$RUN_TIMEOUT" "$GO" run . >"$m/expected.out" 2>&1; true)
			echo "wrote $m/expected.out"
		fi
	done
	exit 0
fi

goc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
[ -x "$goc" ] || { echo "runmodules.sh: $goc is not executable" >&2; exit 2; }

if [ $# -eq 0 ]; then
	set --
	for m in "$dir"/*/; do
		[ -f "$m/go.mod" ] && set -- "$@" "$(basename "$m")"
	done
fi

pass=0
fail=0
for name in "$@"; do
	m="$dir/$name"
	if [ -f "$m/expected.out" ]; then
		want="$m/expected.out"
		export GOCCACHE="$tmp/cache"  # a cache of our own: the first build fills it
		(cd "$m" && timeout -k 2 "$BUILD_TIMEOUT" "$goc" run ${GOCFLAGS:-} . <"/dev/null" >"$tmp/got" 2>&1)
		# The build cache: building again compiles nothing (-v lists what is
		# compiled) and gives the same program.
		if (cd "$m" && "$goc" build -v ${GOCFLAGS:-} -o "$tmp/exe" . >"$tmp/cached" 2>&1) && [ -s "$tmp/cached" ]; then
			echo "rebuilt although cached:" >>"$tmp/got"
			cat "$tmp/cached" >>"$tmp/got"
		elif [ -x "$tmp/exe" ] && ! (cd "$m" && "$tmp/exe" </dev/null 2>&1 | cmp -s - "$want"); then
			echo "the program built from the cache behaves differently" >>"$tmp/got"
		fi
		unset GOCCACHE
	elif [ -f "$m/expected.err" ]; then
		want="$m/expected.err"
		(cd "$m" && timeout -k 2 "$BUILD_TIMEOUT" "$goc" build ${GOCFLAGS:-} -o "$tmp/exe" . >"$tmp/out" 2>"$tmp/raw")
		rc=$?
		sed -e "s|$m|\$DIR|g" "$tmp/raw" >"$tmp/got"
		if [ "$rc" -ne 1 ]; then
			echo "exit status $rc, want 1" >>"$tmp/got"
		fi
	else
		echo "[FAIL] $name (no expected.out or expected.err)"
		fail=$((fail + 1))
		continue
	fi
	if cmp -s "$want" "$tmp/got"; then
		echo "[PASS] $name"
		pass=$((pass + 1))
	else
		echo "[FAIL] $name"
		diff -u --label want --label got "$want" "$tmp/got" | head -60
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
