#!/usr/bin/env python3
"""inlcheck.py — compare goc's inlining decisions and costs with gc's.

  tools/inlcheck.py [--goc build/goc] [--dir /usr/share/go-1.19/test] [-v] [-j N] [--gccache DIR] [regexp]

Compiles each single-file Go test (the directory and fixedbugs/, or the
.go files named by regexp) with gc (`go tool compile -m=2`) and with
`goc compile -m=2`, and compares, function by function (file, line,
name), gc's verdict with goc's:
  - "can inline F with cost N" against the same with goc's cost;
  - "cannot inline F: function too complex: cost N exceeds budget 80";
  - "cannot inline F: REASON".
Prints the functions where they differ (-v: every function), then
`decisions agree: A of N (P%); costs agree: C of A` and the number of files
goc could not compile.  Not a test: it measures how closely goc's cost
model (ssa/inl.c) follows gc's.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

GO = os.environ.get("GO", "/usr/lib/go-1.19/bin/go")
CAN = re.compile(r"^(?:.*/)?([^/:]+\.go):(\d+):\d+: can inline (\S+) with cost (\d+) as:")
TOO = re.compile(r"^(?:.*/)?([^/:]+\.go):(\d+):\d+: cannot inline (\S+): function too complex: cost (\d+) exceeds budget")
CANNOT = re.compile(r"^(?:.*/)?([^/:]+\.go):(\d+):\d+: cannot inline (\S+): (.*)$")


def verdicts(text, short):
    out = {}
    for line in text.splitlines():
        m = CAN.match(line)
        if m and m.group(1) == short:
            out[(int(m.group(2)), m.group(3))] = ("can", int(m.group(4)))
            continue
        m = TOO.match(line)
        if m and m.group(1) == short:
            out[(int(m.group(2)), m.group(3))] = ("too complex", int(m.group(4)))
            continue
        m = CANNOT.match(line)
        if m and m.group(1) == short:
            out[(int(m.group(2)), m.group(3))] = ("cannot: " + m.group(4), None)
    return out


def run(argv, cwd):
    try:
        r = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        return r.returncode, r.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return -1, ""


def gc_output(path, tmp, cache):
    """gc's -m=2 output for path (cached in cache/, keyed by path and mtime)."""
    key = None
    if cache:
        key = os.path.join(cache, re.sub(r"[^A-Za-z0-9_.]", "_", path) + "_%d" % int(os.stat(path).st_mtime))
        if os.path.exists(key):
            with open(key) as f:
                rc = int(f.readline())
                return rc, f.read()
    rc, text = run([GO, "tool", "compile", "-m=2", "-o", os.path.join(tmp, "gc.o"), path], os.path.dirname(path))
    if key:
        os.makedirs(cache, exist_ok=True)
        with open(key, "w") as f:
            f.write("%d\n%s" % (rc, text))
    return rc, text


def check(goc, path, cache):
    short = os.path.basename(path)
    d = os.path.dirname(path)
    with tempfile.TemporaryDirectory(prefix="goc-inlcheck-") as tmp:
        rc, gtext = gc_output(path, tmp, cache)
        if rc != 0:
            return None
        want = verdicts(gtext, short)
        if not want:
            return None
        rc, otext = run([goc, "compile", "-m=2", "-o", os.path.join(tmp, "goc.o"), path], d)
        got = verdicts(otext, short)
        return path, want, got, rc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--goc", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "goc"))
    ap.add_argument("--dir", default="/usr/share/go-1.19/test")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--gccache", default=os.path.join(tempfile.gettempdir(), "goc-inlcheck-gc"),
                    help="where gc's outputs are kept between runs ('' for none)")
    ap.add_argument("regexp", nargs="?")
    a = ap.parse_args()
    rx = re.compile(a.regexp) if a.regexp else None
    files = []
    for sub in (".", "fixedbugs"):
        for f in sorted(os.listdir(os.path.join(a.dir, sub))):
            p = os.path.normpath(os.path.join(a.dir, sub, f))
            if f.endswith(".go") and (not rx or rx.search(p)):
                files.append(p)
    total = agree = costs = costagree = failed = 0
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        for r in ex.map(lambda p: check(os.path.abspath(a.goc), p, a.gccache), files):
            if r is None:
                continue
            path, want, got, rc = r
            if rc != 0 and not got:
                failed += 1
                continue
            for key in sorted(want):
                w = want[key]
                g = got.get(key, ("(nothing)", None))
                total += 1
                same = w[0] == g[0]
                agree += same
                if same and w[1] is not None:
                    costs += 1
                    costagree += w[1] == g[1]
                if a.v or not same or (w[1] is not None and w[1] != g[1]):
                    print("%s:%d %s: gc %s%s, goc %s%s" % (os.path.relpath(path, a.dir), key[0], key[1], w[0],
                          "" if w[1] is None else " %d" % w[1], g[0], "" if g[1] is None else " %d" % g[1]))
    pct = 100.0 * agree / total if total else 0
    print("decisions agree: %d of %d (%.1f%%); costs agree: %d of %d; files goc could not compile: %d" %
          (agree, total, pct, costagree, costs, failed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
