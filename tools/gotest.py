#!/usr/bin/env python3
"""gotest.py — run Go 1.19's test directory against goc, the way test/run.go does.

Run mode (default) takes the single-file tests whose header is exactly
`// run`: build with `goc build -o EXE FILE` (cwd: the test directory), run
EXE with a time limit, and require exit status 0 and stdout+stderr equal to
NAME.out, or empty when there is no NAME.out.  --errorcheck takes the tests
whose header is exactly `// errorcheck` and checks goc's diagnostics against
their // ERROR comments (the logic is tools/goctest.py's, shared with
tools/errorcheck.py).

  tools/gotest.py --list --filter imports-none       what would run
  tools/gotest.py --filter imports-none -j 2         run it
  tools/gotest.py 'fixedbugs/issue1[0-9]+\\.go'        only names matching a regexp
  tools/gotest.py --ratchet                          CI: tools/gotest-pass.txt must pass
  tools/gotest.py --update-ratchet --filter no-typeparams
                                                     add newly passing tests to it

Files: tools/gotest-pass.txt (one test path per line, relative to the test
directory; only ever grows) and tools/gotest-skip.txt (`path  # reason`,
never selected).  Extra compiler flags come from --flags or $GOCFLAGS.
"""

import argparse
import collections
import concurrent.futures
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goctest as gt  # noqa: E402

PASS_FILE = os.path.join(gt.REPO, "tools", "gotest-pass.txt")
SKIP_FILE = os.path.join(gt.REPO, "tools", "gotest-skip.txt")
STRESS_SKIP_FILE = os.path.join(gt.REPO, "tools", "gotest-skip-gcstress.txt")
FILTERS = ("imports-none", "imports-std14", "no-typeparams")
EXIT_LINE = re.compile(rb"\[exit status (\d+)\]\n\Z")


class Test:
    def __init__(self, root, path):
        self.root = root
        self.path = path                    # relative to root, e.g. fixedbugs/bug001.go
        self.src = gt.read_source(os.path.join(root, path))
        self.recipe = gt.parse_recipe(self.src)
        self._toks = None

    @property
    def toks(self):
        if self._toks is None:
            self._toks = gt.lex(self.src)
        return self._toks

    def kind(self):
        """Which mode can run this test: "run", "errorcheck" or None."""
        r = self.recipe
        if r.skip:
            return None
        if r.action == "run" and r.plain():
            return "run"
        if r.action == "errorcheck" and r.plain() and not r.want_auto:
            return "errorcheck"
        return None

    def why_not(self):
        """A short category for tests neither mode takes."""
        r = self.recipe
        if r.skip:
            return r.skip.split(":")[0]
        if r.action in ("run", "errorcheck"):
            return "%s with flags or arguments" % r.action
        return "// " + r.action

    def passes(self, flt):
        if flt == "imports-none":
            return not gt.imports(self.toks)
        if flt == "imports-std14":
            return all(p in gt.STD14 for p in gt.imports(self.toks))
        if flt == "no-typeparams":
            return not gt.uses_typeparams(self.toks)
        raise ValueError(flt)


def read_list(path):
    """Entries of gotest-pass.txt / gotest-skip.txt: {path: reason}."""
    out = collections.OrderedDict()
    if not os.path.exists(path):
        return out
    with open(path) as f:
        for line in f:
            name, _, reason = line.partition("#")
            name = name.strip()
            if name:
                out[name] = reason.strip()
    return out


def test_files(root, recursive):
    """Test paths in run.go's order: directory by directory, sorted names."""
    if recursive:
        dirs = []
        for d, subdirs, _ in os.walk(root):
            subdirs[:] = sorted(s for s in subdirs if not s.endswith(".dir") and s != "testdata")
            dirs.append(os.path.relpath(d, root))
    else:
        dirs = [d for d in gt.RUNGO_DIRS if os.path.isdir(os.path.join(root, d))]
    paths = []
    for d in dirs:
        for name in sorted(os.listdir(os.path.join(root, d))):
            if name.endswith(".go") and not name.startswith("."):
                paths.append(os.path.normpath(os.path.join(d, name)))
    return paths


# ---------------------------------------------------------------------------
# Running one test

class Outcome:
    def __init__(self, test, reason=None, detail=""):
        self.test = test
        self.reason = reason    # None: passed; else a category such as "output mismatch"
        self.detail = detail    # first line for the FAIL line
        self.more = ""          # shown with -v


def run_test(goc, flags, t, tmpbase):
    if t.kind() == "errorcheck":
        # like run.go, errorcheck compiles with -e: every error, no cut-off at 10
        ef = flags if "-e" in flags else ["-e"] + flags
        bad = gt.errorcheck_file(goc, os.path.join(t.root, t.path), t.recipe, ef)
        o = Outcome(t)
        if bad:
            o.reason, o.more = bad
            o.detail = gt.first_line(o.more)
        return o
    tmp = tempfile.mkdtemp(prefix="gotest-", dir=tmpbase)
    try:
        return run_one(goc, flags, t, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_one(goc, flags, t, tmp):
    exe = os.path.join(tmp, "a.exe")
    res = gt.run_cmd([goc, "build", "-o", exe] + flags + [t.path], cwd=t.root)
    crash = gt.compiler_crashed(res)
    if crash:
        o = Outcome(t, crash.split(" (")[0], crash)
        o.more = res.output.decode("utf-8", "replace")
        return o
    if res.status != 0:
        o = Outcome(t, "compile error", gt.first_line(res.output))
        o.more = res.output.decode("utf-8", "replace")
        return o
    env = dict(os.environ)
    env.setdefault("GOOS", "linux")     # run.go sets these; test/env.go reads them
    env.setdefault("GOARCH", "amd64")
    res = gt.run_cmd([exe] + t.recipe.args, timeout=t.recipe.timeout or gt.TIMEOUT,
                     cwd=t.root, env=env)
    got = res.output.replace(b"\r\n", b"\n")
    want = b""
    outfile = os.path.join(t.root, t.path[:-3] + ".out")
    if os.path.exists(outfile):
        with open(outfile, "rb") as f:
            want = f.read()
    want_status = 0
    m = EXIT_LINE.search(want)   # goc's own convention; Go's .out files never have it
    if m:
        want_status = int(m.group(1))
        want = want[:m.start()]
    if res.timed_out:
        o = Outcome(t, "timeout", "no exit within %ds" % (t.recipe.timeout or gt.TIMEOUT))
    elif res.status < 0:
        o = Outcome(t, "signal", res.describe() + ": " + gt.first_line(got))
    elif res.status != want_status:
        o = Outcome(t, "exit status", res.describe() + ": " + gt.first_line(got))
    elif got != want:
        o = Outcome(t, "output mismatch", "%d bytes, want %d" % (len(got), len(want)))
    else:
        return Outcome(t)
    if got != want:
        o.more = gt.diff_summary(want, got, limit=20)
    return o


# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--goc", default=gt.DEFAULT_GOC, help="compiler (default: build/goc)")
    ap.add_argument("--dir", default=gt.GOTEST_DIR, help="Go test directory (default %(default)s)")
    ap.add_argument("--recursive", action="store_true",
                    help="every subdirectory, not just run.go's default list")
    ap.add_argument("-j", type=int, default=2, help="tests run in parallel (default 2)")
    ap.add_argument("--filter", action="append", default=[], choices=FILTERS,
                    help="keep tests that pass this filter; repeatable, filters combine")
    ap.add_argument("--errorcheck", action="store_true",
                    help="select `// errorcheck` tests instead of `// run` tests")
    ap.add_argument("--list", action="store_true", help="print the selection and counts; run nothing")
    ap.add_argument("--ratchet", action="store_true",
                    help="run only tools/gotest-pass.txt; exit 1 if any fails")
    ap.add_argument("--update-ratchet", action="store_true",
                    help="run the selection; add newly passing tests to tools/gotest-pass.txt")
    ap.add_argument("--flags", default=os.environ.get("GOCFLAGS", ""),
                    help="extra goc flags (default $GOCFLAGS)")
    ap.add_argument("-v", action="store_true", help="show compiler output and diffs of failures")
    ap.add_argument("regexp", nargs="?", help="keep test paths matching this (re.search)")
    a = ap.parse_args()

    root = os.path.abspath(a.dir)
    if not os.path.isdir(root):
        gt.die("no test directory %s" % root)
    passlist = read_list(PASS_FILE)
    skiplist = read_list(SKIP_FILE)
    name_re = re.compile(a.regexp) if a.regexp else None

    if a.ratchet:
        tests = [Test(root, p) for p in passlist if os.path.exists(os.path.join(root, p))]
        missing = [p for p in passlist if not os.path.exists(os.path.join(root, p))]
        if missing:
            gt.die("tools/gotest-pass.txt names missing tests: " + " ".join(missing))
        tests = [t for t in tests if not name_re or name_re.search(t.path)]
        if "gcstress" in os.environ.get("GODEBUG", ""):
            # Timing tests whose work grows faster than linearly when the
            # collector runs every N allocations: not run under gcstress.
            stressskip = read_list(STRESS_SKIP_FILE)
            tests = [t for t in tests if t.path not in stressskip]
    else:
        tests, excluded = select(root, a, skiplist, name_re)

    if a.list:
        for t in tests:
            print(t.path)
        if not a.ratchet:
            print_counts(excluded, tests)
        print("%d tests selected" % len(tests))
        return 0

    goc = gt.check_goc(a.goc)
    flags = a.flags.split()
    tmpbase = tempfile.mkdtemp(prefix="gotest-")
    outcomes = []
    try:
        if not a.errorcheck:
            warm_cache(goc, flags, tmpbase)
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.j)) as ex:
            for o in ex.map(lambda t: run_test(goc, flags, t, tmpbase), tests):
                outcomes.append(o)
                if o.reason is None:
                    print("PASS", o.test.path, flush=True)
                else:
                    print("FAIL %s: %s: %s" % (o.test.path, o.reason, o.detail), flush=True)
                    if a.v and o.more:
                        sys.stdout.write(indent(o.more))
    finally:
        shutil.rmtree(tmpbase, ignore_errors=True)

    failed = [o for o in outcomes if o.reason]
    if failed:
        print("failures by reason:")
        for reason, n in collections.Counter(o.reason for o in failed).most_common():
            print("%6d  %s" % (n, reason))
    status = 1 if failed else 0
    if a.update_ratchet:
        status = update_ratchet(passlist, outcomes)
    if len({os.path.dirname(o.test.path) for o in outcomes}) > 1:
        print("passed by directory:")
        for d in sorted({os.path.dirname(o.test.path) or "." for o in outcomes}):
            mine = [o for o in outcomes if (os.path.dirname(o.test.path) or ".") == d]
            print("%6d / %-5d %s" % (sum(1 for o in mine if not o.reason), len(mine), d))
    print("%d passed, %d failed" % (len(outcomes) - len(failed), len(failed)))
    return status


# The standard packages the suite's tests import most; compiled once, before
# the tests run in parallel under their time limit, so that no test pays for
# compiling them (the build cache keeps them; a new goc starts it afresh).
WARM = ("bufio", "bytes", "errors", "fmt", "math", "os", "reflect", "runtime", "sort", "strconv", "strings",
        "sync", "sync/atomic", "time", "unicode/utf8")


def warm_cache(goc, flags, tmpbase):
    src = os.path.join(tmpbase, "warm.go")
    with open(src, "w") as f:
        f.write("package main\n\nimport (\n")
        for p in WARM:
            f.write('\t_ "%s"\n' % p)
        f.write(")\n\nfunc main() {}\n")
    res = gt.run_cmd([goc, "build"] + flags + ["-o", os.path.join(tmpbase, "warm"), src], timeout=600, cwd=tmpbase)
    if res.status != 0:
        print("warming the build cache failed (tests importing these packages will fail):", file=sys.stderr)
        sys.stderr.write(indent(res.output.decode(errors="replace")))


def select(root, a, skiplist, name_re):
    """The tests this invocation runs, and why the others were left out."""
    want = "errorcheck" if a.errorcheck else "run"
    excluded = collections.Counter()
    tests = []
    for p in test_files(root, a.recursive):
        if name_re and not name_re.search(p):
            continue
        t = Test(root, p)
        k = t.kind()
        if k != want:
            excluded[t.why_not() if k is None else "// " + k] += 1
            continue
        if p in skiplist:
            excluded["in tools/gotest-skip.txt"] += 1
            continue
        failed = [f for f in a.filter if not t.passes(f)]
        if failed:
            excluded["filter " + failed[0]] += 1
            continue
        tests.append(t)
    return tests, excluded


def print_counts(excluded, tests):
    print("--- left out:")
    for why, n in sorted(excluded.items(), key=lambda kv: (-kv[1], kv[0])):
        print("%6d  %s" % (n, why))
    bydir = collections.Counter(os.path.dirname(t.path) or "." for t in tests)
    print("--- selected by directory:")
    for d, n in sorted(bydir.items()):
        print("%6d  %s" % (n, d))


def update_ratchet(passlist, outcomes):
    """Add newly passing tests; a listed test that fails is a regression."""
    new = [o.test.path for o in outcomes if o.reason is None and o.test.path not in passlist]
    regressed = [o.test.path for o in outcomes if o.reason and o.test.path in passlist]
    if new:
        names = sorted(set(passlist) | set(new))
        with open(PASS_FILE, "w") as f:
            f.write("".join(n + "\n" for n in names))
    print("ratchet: added %d tests to tools/gotest-pass.txt (%d listed)"
          % (len(new), len(passlist) + len(new)))
    for p in regressed:
        print("ratchet: REGRESSION %s is listed as passing" % p)
    return 1 if regressed else 0


def indent(text):
    return "".join("\t" + l + "\n" for l in text.rstrip("\n").split("\n"))


if __name__ == "__main__":
    sys.exit(main())
