#!/usr/bin/env python3
"""escapecheck.py — score goc's -m output on Go 1.19's -m errorcheck tests.

  tools/escapecheck.py [--goc build/goc] [--dir /usr/share/go-1.19/test] [-v] [regexp]

Takes the single-file tests of the Go test directory (and fixedbugs/) whose
`// errorcheck` header has a -m flag (escape*.go, inline*.go, ...), compiles
each with `goc compile` and the header's flags, and compares goc's
diagnostics with the `// ERROR "regexp"` annotations:
  - an annotation is matched if a diagnostic on its line matches its regexp;
  - a diagnostic is unexpected if no annotation of its line matches it.
Prints one line per file (matched/annotations, unexpected), the totals and
the share of annotations matched (gc: 100%), then `N passed, M failed`
(a file passes when every annotation is matched and nothing is unexpected).
Not a ratchet: it measures the escape-analysis issue's progress.

--exact compares with gc instead of the annotations: each file is also
compiled by `go tool compile` with the same flags, and the lines of the two
outputs (file:line:col: message, -m=2's explanations included) are compared
as multisets; prints per file the lines only gc printed (-) and only goc
printed (+) with -v, and the share of gc's lines goc printed exactly.
"""

import argparse
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goctest as gt  # noqa: E402

MSG_RX = re.compile(r"^(?:.*/)?([^/:]+\.go):(\d+)(?::\d+)?: (.*)$")


def tests(root, name_re):
    out = []
    for d in (".", "fixedbugs"):
        for f in sorted(os.listdir(os.path.join(root, d))):
            if not f.endswith(".go"):
                continue
            p = os.path.normpath(os.path.join(d, f))
            if name_re and not name_re.search(p):
                continue
            src = gt.read_source(os.path.join(root, p))
            r = gt.parse_recipe(src)
            if r.action != "errorcheck" or r.skip:
                continue
            if not any(a == "-m" or a.startswith("-m=") for a in r.flags):
                continue
            out.append((p, r, src))
    return out


def score(goc, root, p, r, src):
    full = os.path.join(root, p)
    short = os.path.basename(p)
    with tempfile.TemporaryDirectory(prefix="goc-escapecheck-") as tmp:
        argv = [goc, "compile", "-o", gt.scratch_output(tmp)] + r.flags + [full]
        res = gt.run_cmd(argv, cwd=os.path.dirname(full))
    text = res.output.decode("utf-8", "replace")
    try:
        want = gt.wanted_errors(src, short)
    except ValueError:
        return None
    msgs = []
    for m in gt.split_output(text, False):
        mm = MSG_RX.match(m.split("\n")[0])
        if mm and mm.group(1) == short:
            msgs.append((int(mm.group(2)), mm.group(3)))
    matched = 0
    used = set()
    for w in want:
        hit = [i for i, (line, t) in enumerate(msgs) if line == w.line and w.rx.search(t)]
        if hit:
            matched += 1
            used.update(hit)
    unexpected = [msgs[i] for i in range(len(msgs)) if i not in used]
    crashed = gt.compiler_crashed(res)
    return len(want), matched, unexpected, crashed, text


GC = "/usr/lib/go-1.19/bin/go"
LINE_RX = re.compile(r"^(?:.*/)?([^/:]+\.go:\d+(?::\d+)?: .*)$")


def lines_of(text, short):
    out = []
    for line in text.splitlines():
        m = LINE_RX.match(line)
        if m and m.group(1).startswith(short + ":"):
            out.append(m.group(1))
    return out


def exact(goc, root, p, r):
    full = os.path.join(root, p)
    short = os.path.basename(p)
    flags = [f for f in r.flags if f not in ("-0",)]
    with tempfile.TemporaryDirectory(prefix="goc-escapecheck-") as tmp:
        o = gt.scratch_output(tmp)
        mine = gt.run_cmd([goc, "compile", "-o", o] + r.flags + [full], cwd=os.path.dirname(full))
        ref = gt.run_cmd([GC, "tool", "compile", "-p", "p", "-o", o] + flags + [full], cwd=os.path.dirname(full))
    a = lines_of(ref.output.decode("utf-8", "replace"), short)
    b = lines_of(mine.output.decode("utf-8", "replace"), short)
    rest = list(b)
    missing = []
    for line in a:
        if line in rest:
            rest.remove(line)
        else:
            missing.append(line)
    return a, missing, rest


def main_exact(a, goc, name_re):
    total = same = extra = 0
    for p, r, src in tests(a.dir, name_re):
        want, missing, more = exact(goc, a.dir, p, r)
        total += len(want)
        same += len(want) - len(missing)
        extra += len(more)
        print("%-6s %-40s %4d/%-4d lines as gc's, %d more" %
              ("SAME" if not missing and not more else "DIFF", p, len(want) - len(missing), len(want), len(more)))
        if a.v:
            for line in missing:
                print("\t- " + line)
            for line in more:
                print("\t+ " + line)
    pct = 100.0 * same / total if total else 0.0
    print("lines as gc prints them: %d of %d (%.1f%%); lines gc does not print: %d" % (same, total, pct, extra))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--goc", default=os.path.join(gt.REPO, "build", "goc"))
    ap.add_argument("--dir", default="/usr/share/go-1.19/test")
    ap.add_argument("-v", action="store_true", help="list unexpected diagnostics")
    ap.add_argument("--exact", action="store_true", help="compare each line with gc's output")
    ap.add_argument("regexp", nargs="?")
    a = ap.parse_args()
    goc = gt.check_goc(a.goc)
    name_re = re.compile(a.regexp) if a.regexp else None
    if a.exact:
        return main_exact(a, goc, name_re)
    total = matched = unexpected = passed = failed = 0
    for p, r, src in tests(a.dir, name_re):
        s = score(goc, a.dir, p, r, src)
        if s is None:
            continue
        n, m, unexp, crashed, text = s
        total += n
        matched += m
        unexpected += len(unexp)
        ok = m == n and not unexp and not crashed
        passed += ok
        failed += not ok
        print("%-6s %-40s %4d/%-4d matched, %d unexpected%s" %
              ("PASS" if ok else "FAIL", p, m, n, len(unexp), " (" + crashed + ")" if crashed else ""))
        if a.v:
            for line, t in unexp:
                print("\tunexpected %d: %s" % (line, t))
    pct = 100.0 * matched / total if total else 0.0
    print("annotations matched: %d of %d (%.1f%%); unexpected diagnostics: %d" % (matched, total, pct, unexpected))
    print("%d passed, %d failed" % (passed, failed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
