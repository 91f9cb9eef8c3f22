#!/usr/bin/env bash
# bcecount.sh — bounds checks left after prove, goc against gc (issue 4's
# measure): for each program, the number of `Found IsInBounds` and
# `Found IsSliceInBounds` lines printed by
#   go build -gcflags=-d=ssa/check_bce/debug=1   and
#   goc build -d=ssa/check_bce/debug=1
# (both report the main package only).
#
#   tools/bcecount.sh [GOC] [PROG.go...]   default: tools/bench/*.go and testdata/run/*.go
#
# Prints `name gc goc` per program (programs where the two differ are marked
# with *), then the totals and the ratio goc/gc.  A measurement, not a test.
set -u
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GOC=$(realpath "${1:-$repo/build/goc}")
[ $# -gt 0 ] && shift
GO=${GO:-/usr/lib/go-1.19/bin/go}
progs=("$@")
[ ${#progs[@]} -eq 0 ] && progs=("$repo"/tools/bench/*.go "$repo"/testdata/run/*.go)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tg=0 tc=0
for f in "${progs[@]}"; do
	f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
	g=$(cd "$tmp" && "$GO" build -gcflags=-d=ssa/check_bce/debug=1 -o "$tmp/x" "$f" 2>&1 | grep -c 'Found Is')
	c=$(cd "$tmp" && "$GOC" build -d=ssa/check_bce/debug=1 -o "$tmp/x" "$f" 2>&1 | grep -c 'Found Is')
	mark=" "
	[ "$g" != "$c" ] && mark="*"
	printf '%s %-28s %4d %4d\n' "$mark" "$(basename "$f" .go)" "$g" "$c"
	tg=$((tg + g))
	tc=$((tc + c))
done
printf 'total: gc %d, goc %d, goc/gc %s\n' "$tg" "$tc" "$(awk -v a="$tc" -v b="$tg" 'BEGIN { if (b) printf "%.2f", a / b; else print "-" }')"
