#!/usr/bin/env bash
# rulestats.sh — which rules of ssa/rules/generic.rules the golden programs hit.
#
#   tools/rulestats.sh [NAME...]
#   tools/rulestats.sh --count
#
# Builds goc, then builds every testdata/run/NAME.go (or the named ones) with
# GOC_RULESTATS set (each goc process appends "generic.rules:LINE COUNT" for
# the rules it applied; see ssa/rewrite.c) and a fresh build cache, so that
# every package is compiled and counted exactly once. Prints the hit count of
# each rule, then the rules never hit, then
# `N rules (E expanded), M hit, K never hit`.
#
# Rules are counted as gc counts them: one per "=>", named by the line of
# its "=>" (gc's rulegen: "generic.rules:LINE"); the rules a line's
# (a|b|...) groups expand to share its name and its count. E is the number
# after expansion, the cases of ssa/rewrite_generic.c. --count prints just
# `N rules (E expanded)`, from ssa/rewrite_generic.c.
set -u
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
gen=ssa/rewrite_generic.c
nrules=$(grep -o 'rewrite_hit([0-9]*)' $gen | sort -u | wc -l)
nexpanded=$(grep -c 'rewrite_hit(' $gen)
if [ "${1-}" = --count ]; then
	echo "$nrules rules ($nexpanded expanded)"
	exit 0
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null && cmake --build build -j2 >/dev/null || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
stats=$tmp/stats
: >"$stats"
if [ $# -gt 0 ]; then
	names=("$@")
else
	names=()
	for f in testdata/run/*.go; do names+=("$(basename "$f" .go)"); done
fi
for n in "${names[@]}"; do
	GOC_RULESTATS=$stats GOCCACHE=$tmp/cache build/goc build -o "$tmp/exe" "testdata/run/$n.go" >/dev/null 2>&1 ||
		echo "rulestats: $n does not build" >&2
done
# every rule: the lines rewrite_generic.c names
grep -o 'rewrite_hit([0-9]*)' $gen | tr -dc '0-9\n' | sort -n -u >"$tmp/all"
awk -v all="$tmp/all" -v rules=ssa/rules/generic.rules -v expanded="$nexpanded" '
	{ sub(/^generic.rules:/, "", $1); hits[$1] += $2 }
	END {
		while ((getline l < rules) > 0) src[++nsrc] = l
		while ((getline l < all) > 0) { n++; lines[n] = l }
		# a rule continued on several lines shows its first
		for (i = 1; i <= n; i++) { j = lines[i]; while (j > 1 && src[j] !~ /^\(/) j--; text[lines[i]] = src[j] }
		hit = 0
		for (i = 1; i <= n; i++)
			if (lines[i] in hits) { printf "generic.rules:%-4d %8d  %s\n", lines[i], hits[lines[i]], text[lines[i]]; hit++ }
		print ""
		print "never hit:"
		for (i = 1; i <= n; i++)
			if (!(lines[i] in hits)) printf "generic.rules:%-4d  %s\n", lines[i], text[lines[i]]
		printf "%d rules (%d expanded), %d hit, %d never hit\n", n, expanded, hit, n - hit
	}' "$stats"
