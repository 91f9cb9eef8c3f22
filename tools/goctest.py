"""goctest — what tools/gotest.py and tools/errorcheck.py share.

Both drive goc the way Go's test/run.go drives gc, so this module is a port of
the parts of run.go (Go 1.19, /usr/share/go-1.19/test/run.go) they need:

  parse_recipe      the test header: "// run", "// errorcheck -0 -m", ... and
                    the flags run.go understands (-0, -1, -s, -t N, ...);
  should_test       build constraints (//go:build and // +build lines above
                    the package clause), evaluated for linux/amd64, gc, no cgo;
  error_check       errorcheck mode: each // ERROR "re" comment must match an
                    error reported on its line, no error may go unexpected;
  run_cmd           a command with a time limit whose whole process group is
                    killed on expiry;
  lex / imports / uses_typeparams
                    just enough Go lexing to classify tests by what they need.

Standard library only; Python 3.8+.
"""

import os
import re
import signal
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOTEST_DIR = "/usr/share/go-1.19/test"
DEFAULT_GOC = os.path.join(REPO, "build", "goc")
TIMEOUT = int(os.environ.get("GOTEST_TIMEOUT", "10"))  # seconds, for compiling and for running one test ($GOTEST_TIMEOUT)

# The directories run.go visits when given no arguments (run.go: dirs).
RUNGO_DIRS = [".", "ken", "chan", "interface", "syntax", "dwarf", "fixedbugs",
              "codegen", "runtime", "abi", "typeparam", "typeparam/mdempsky"]

# Build tags that are true for goc on linux/amd64 (run.go: context.match).
# "gc" stays true because goc implements gc's dialect (//go: directives, print
# formats); cgo is false because goc has no cgo.  The goexperiment tags are
# gc 1.19's defaults on amd64 (go/build.Default.ToolTags), so that goc selects
# the same files gc does.
BUILD_TAGS = {"linux", "amd64", "gc", "test_run",
              "goexperiment.regabiwrappers", "goexperiment.regabiargs"}


def die(msg, status=2):
    sys.stderr.write("%s: %s\n" % (os.path.basename(sys.argv[0]), msg))
    sys.exit(status)


def check_goc(goc):
    """Exit with a clear message if the compiler is not there yet."""
    if not (os.path.isfile(goc) and os.access(goc, os.X_OK)):
        die("goc not found or not executable at %s\n"
            "  build it first:  cmake -S %s -B %s/build && cmake --build %s/build -j2\n"
            "  or point --goc at a compiler." % (goc, REPO, REPO, REPO))
    return os.path.abspath(goc)


def read_source(path):
    # Some tests are deliberately not UTF-8; keep every byte round-trippable.
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "surrogateescape")


# ---------------------------------------------------------------------------
# Running commands

class Result:
    """Outcome of one command: output is stdout and stderr interleaved."""

    def __init__(self, output, status, timed_out):
        self.output = output        # bytes
        self.status = status        # exit status; -N for signal N; None on timeout
        self.timed_out = timed_out

    def describe(self):
        if self.timed_out:
            return "timeout"
        if self.status < 0:
            try:
                name = signal.Signals(-self.status).name
            except ValueError:
                name = "signal %d" % -self.status
            return "killed by %s" % name
        return "exit status %d" % self.status


def run_cmd(argv, timeout=TIMEOUT, cwd=None, env=None):
    """Run argv with stdin closed, stdout+stderr merged, and a time limit.

    The child gets its own process group so that a timeout kills everything
    it started (a compiler's linker, a test's children), and only that."""
    try:
        # stdin is a pipe that communicate() closes at once: EOF, as from
        # /dev/null, without needing /dev/null (see scratch_output).
        p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, cwd=cwd, env=env,
                             start_new_session=True)
    except OSError as e:
        return Result(("cannot run %s: %s\n" % (argv[0], e)).encode(), 127, False)
    try:
        out, _ = p.communicate(timeout=timeout)
        return Result(out, p.returncode, False)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, _ = p.communicate()
        return Result(out, None, True)


# Text that means the compiler itself broke, whatever its exit status (ASan
# exits 1; UBSan reports "x.c:1:2: runtime error: ..." and carries on).  One
# extended regexp per line, shared with crashcheck.sh and rungolden.sh.
with open(os.path.join(REPO, "tools", "ice-patterns.txt"), "rb") as _f:
    ICE_RE = re.compile(b"|".join(l.rstrip(b"\n") for l in _f if l.strip()))


def compiler_crashed(res):
    """A compiler run that is neither success nor an orderly error report."""
    if res.timed_out:
        return "compiler timeout"
    if res.status not in (0, 1):
        return "compiler crash (%s)" % res.describe()
    m = ICE_RE.search(res.output)
    if m:
        return "compiler crash (%s)" % first_line(m.group(0))
    return None


def scratch_output(tmpdir):
    """Where to send `goc compile -o`: never /dev/null.  gc deletes its -o
    file when compilation fails, and run as root that deletes /dev/null
    itself; a compiler that copies gc's behaviour would do the same.  (On a
    shared machine where something does that, /dev/null comes and goes, so
    these tools do not use it at all.)"""
    return os.path.join(tmpdir, "out.o")


def first_line(b):
    if isinstance(b, bytes):
        b = b.decode("utf-8", "replace")
    for line in b.splitlines():
        if line.strip():
            return line.strip()
    return ""


# ---------------------------------------------------------------------------
# Test headers (run.go: test.run, up to the action switch)

class Recipe:
    """What a test file's header asks for."""

    def __init__(self):
        self.action = None      # "run", "errorcheck", ... or None if not a test
        self.skip = None        # reason the file is not a test here, or None
        self.flags = []         # compiler flags (run.go: flags)
        self.args = []          # program arguments (run.go: args)
        self.want_error = False
        self.want_auto = False
        self.timeout = 0        # -t N

    def plain(self):
        """True for a header with no flags and no arguments."""
        return not self.flags and not self.args and not self.timeout


KNOWN_ACTIONS = {"compile", "compiledir", "build", "builddir", "buildrundir", "run",
                 "buildrun", "runoutput", "rundir", "runindir", "asmcheck",
                 "errorcheck", "errorcheckdir", "errorcheckoutput",
                 "errorcheckandrundir", "errorcheckwithauto", "skip"}


def parse_recipe(src):
    r = Recipe()
    if src.startswith("\n"):
        r.skip = "starts with newline"
        return r
    action, sep, _ = src.partition("\n\n")
    if not sep:
        r.skip = "no blank line ending the test recipe"
        return r
    first, nl, rest = action.partition("\n")
    if nl and "+build" in first:
        action = rest
    if action.startswith("//"):
        action = action[2:]
    header, sep, _ = src.partition("\npackage")
    if not sep:
        header = action  # some files are intentionally malformed
    ok, why = should_test(header)
    if not ok:
        r.skip = "build constraint: " + why
        return r
    try:
        f = split_quoted(action)
    except ValueError as e:
        r.skip = "invalid test recipe: %s" % e
        return r
    if not f:
        r.skip = "empty test recipe"
        return r
    act, args = f[0], f[1:]
    if act not in KNOWN_ACTIONS:
        r.skip = "unknown pattern: " + act
        return r
    if act == "skip":
        r.action = "skip"
        r.skip = "// skip"
        return r
    if act == "errorcheckwithauto":
        act, r.want_auto, r.want_error = "errorcheck", True, True
    elif act in ("errorcheck", "errorcheckdir", "errorcheckoutput"):
        r.want_error = True
    r.action = act
    while args and args[0].startswith("-"):
        a = args.pop(0)
        if a == "-1":
            r.want_error = True
        elif a == "-0":
            r.want_error = False
        elif a == "-s":
            r.flags.append(a)
        elif a == "-t":
            r.timeout = int(args.pop(0)) if args and args[0].isdigit() else 0
        elif a == "-goexperiment":
            r.flags += [a, args.pop(0) if args else ""]
        else:
            r.flags.append(a)
    r.args = args
    return r


def split_quoted(s):
    """run.go: splitQuoted (from go/build)."""
    args, cur = [], []
    escaped = quoted = False
    quote = None
    for c in s:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
            continue
        elif quote is not None:
            if c == quote:
                quote = None
                continue
        elif c in "\"'":
            quoted, quote = True, c
            continue
        elif c.isspace():
            if quoted or cur:
                quoted = False
                args.append("".join(cur))
                cur = []
            continue
        cur.append(c)
    if quoted or cur:
        args.append("".join(cur))
    if quote is not None:
        raise ValueError("unclosed quote")
    if escaped:
        raise ValueError("unfinished escaping")
    return args


# ---------------------------------------------------------------------------
# Build constraints (go/build/constraint, evaluated like run.go: shouldTest)

def should_test(header, tags=BUILD_TAGS):
    for line in header.split("\n"):
        if line.startswith("package "):
            break
        expr = parse_constraint(line)
        if expr is not None and not expr(lambda t: tag_ok(t, tags)):
            return False, line
    return True, ""


def tag_ok(name, tags):
    if not name or not re.fullmatch(r"[\w.]+", name):
        return False
    return name in tags


def parse_constraint(line):
    """A predicate over tags for a //go:build or // +build line, else None."""
    line = line.rstrip()
    if line.startswith("//go:build") and (len(line) == 10 or line[10] in " \t"):
        try:
            return BuildExprParser(line[10:]).parse()
        except ValueError:
            return None
    m = re.match(r"//\s*\+build(\s.*)?$", line)
    if not m:
        return None
    ors = []
    for field in (m.group(1) or "").split():
        ands = []
        for atom in field.split(","):
            neg = atom.startswith("!")
            name = atom[1:] if neg else atom
            if not name or name.startswith("!"):
                return None
            ands.append((neg, name))
        ors.append(ands)
    if not ors:
        return None
    return lambda ok: any(all(ok(n) != neg for neg, n in ands) for ands in ors)


class BuildExprParser:
    """//go:build expressions: || && ! ( ) and tags."""

    def __init__(self, s):
        self.toks = re.findall(r"\|\||&&|[!()]|[^\s!()|&]+|\S", s)
        self.i = 0

    def parse(self):
        if not self.toks:
            raise ValueError("empty")
        e = self.or_()
        if self.i != len(self.toks):
            raise ValueError("trailing tokens")
        return e

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def next(self):
        t = self.peek()
        self.i += 1
        return t

    def or_(self):
        x = self.and_()
        while self.peek() == "||":
            self.next()
            x = (lambda a, b: lambda ok: a(ok) or b(ok))(x, self.and_())
        return x

    def and_(self):
        x = self.not_()
        while self.peek() == "&&":
            self.next()
            x = (lambda a, b: lambda ok: a(ok) and b(ok))(x, self.not_())
        return x

    def not_(self):
        t = self.next()
        if t == "!":
            x = self.not_()
            return lambda ok: not x(ok)
        if t == "(":
            x = self.or_()
            if self.next() != ")":
                raise ValueError("missing )")
            return x
        if t is None or not re.fullmatch(r"[\w.]+", t):
            raise ValueError("bad tag %r" % t)
        return lambda ok: ok(t)


# ---------------------------------------------------------------------------
# Errorcheck (run.go: splitOutput, errorCheck, wantedErrors, matchPrefix)

ERR_RX = re.compile(r"// (?:GC_)?ERROR (.*)")
ERR_AUTO_RX = re.compile(r"// (?:GC_)?ERRORAUTO (.*)")
ERR_QUOTES_RX = re.compile(r'"([^"]*)"')
LINE_RX = re.compile(r"LINE(([+-])([0-9]+))?")


def go_regexp(rx):
    """Compile a Go (RE2) regexp with Python's re.  The patterns in Go's test
    suite are Perl-style and mostly mean the same in both; only the \\p{..}
    Unicode classes and \\z need translating."""
    py = rx.replace(r"\p{L}", r"[^\W\d_]").replace(r"\pL", r"[^\W\d_]")
    py = py.replace(r"\p{Lu}", r"[A-Z]").replace(r"\p{Ll}", r"[a-z]")
    py = py.replace(r"\z", r"\Z")
    return re.compile(py)


class WantedError:
    def __init__(self, rx, line, auto, short):
        self.rx_str = rx
        self.rx = go_regexp(rx)
        self.line = line
        self.auto = auto
        self.file = short
        self.prefix = "%s:%d" % (short, line)


def wanted_errors(src, short):
    want = []
    for i, line in enumerate(src.split("\n")):
        lineno = i + 1
        if "////" in line:  # a double comment disables ERROR
            continue
        auto = False
        m = ERR_AUTO_RX.search(line)
        if m:
            auto = True
        else:
            m = ERR_RX.search(line)
        if not m:
            continue
        quoted = ERR_QUOTES_RX.findall(m.group(1))
        if not quoted:
            raise ValueError("%s:%d: invalid errchk line: %s" % (short, lineno, line))

        def subst(mm, lineno=lineno):
            n = lineno
            if mm.group(2) == "+":
                n += int(mm.group(3))
            elif mm.group(2) == "-":
                n -= int(mm.group(3))
            return "%s:%d" % (short, n)
        for q in quoted:
            rx = LINE_RX.sub(subst, q)
            try:
                want.append(WantedError(rx, lineno, auto, short))
            except re.error as e:
                raise ValueError('%s:%d: invalid regexp "%s" in ERROR line: %s'
                                 % (short, lineno, rx, e))
    return want


def split_output(out, want_auto):
    """Compiler output as a list of messages; tab-led lines continue one."""
    res = []
    for line in out.split("\n"):
        line = line.rstrip("\r")
        if line.startswith("\t") and res:
            res[-1] += "\n" + line
        elif line.startswith("go tool") or line.startswith("#") or \
                (not want_auto and line.startswith("<autogenerated>")):
            continue
        elif line.strip():
            res.append(line)
    return res


def match_prefix(s, prefix):
    """s is of the form ^(.*/)?prefix(:|[)."""
    i = s.find(":")
    if i < 0:
        return False
    j = s.rfind("/", 0, i)
    s = s[j + 1:]
    if len(s) <= len(prefix) or not s.startswith(prefix):
        return False
    return s[len(prefix)] in "[:"


def error_check(out, want_auto, files):
    """Match compiler output against // ERROR comments.

    files is a list of (full path, short name) pairs; returns a list of
    problems, empty if the output is exactly what the comments ask for."""
    msgs = split_output(out, want_auto)
    for i in range(len(msgs)):
        for full, short in files:
            msgs[i] = msgs[i].replace(full, short)
    want = []
    for full, short in files:
        want += wanted_errors(read_source(full), short)
    problems = []
    for we in want:
        key = "<autogenerated>" if we.auto else we.prefix
        here = [m for m in msgs if match_prefix(m, key)]
        msgs = [m for m in msgs if not match_prefix(m, key)]
        if not here:
            problems.append("%s:%d: missing error %r" % (we.file, we.line, we.rx_str))
            continue
        matched = False
        n = len(msgs)
        for m in here:
            # Cut "file:line:col: " so the pattern cannot match the file name.
            text = m.split(" ", 1)[1] if " " in m else m
            if we.rx.search(text):
                matched = True
            else:
                msgs.append(m)
        if not matched:
            problems.append("%s:%d: no match for `%s` in:\n\t%s"
                            % (we.file, we.line, we.rx_str, "\n\t".join(msgs[n:])))
    if msgs:
        problems.append("unmatched errors:\n\t" + "\n\t".join(msgs))
    return problems


def errorcheck_file(goc, path, recipe, extra_flags=(), timeout=TIMEOUT):
    """Compile one errorcheck test with goc and check its diagnostics.

    Returns None on success, else (reason, detail)."""
    full = os.path.abspath(path)
    short = os.path.basename(full)
    with tempfile.TemporaryDirectory(prefix="goc-errorcheck-") as tmp:
        argv = [goc, "compile", "-o", scratch_output(tmp)] + list(extra_flags) + [full]
        res = run_cmd(argv, timeout=timeout, cwd=os.path.dirname(full))
    text = res.output.decode("utf-8", "replace")
    crash = compiler_crashed(res)
    if crash:
        return crash, text
    if recipe.want_error and res.status == 0:
        return "compilation succeeded unexpectedly", text
    if not recipe.want_error and res.status != 0:
        return "compilation failed unexpectedly", text
    try:
        problems = error_check(text, recipe.want_auto, [(full, short)])
    except ValueError as e:
        return "bad test", str(e)
    if problems:
        return "error mismatch", "\n".join(problems)
    return None


# ---------------------------------------------------------------------------
# Lexing just enough Go to see imports and type parameters

TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>"(?:[^"\\\n]|\\.)*"|`[^`]*`)
  | (?P<rune>'(?:[^'\\\n]|\\.)*')
  | (?P<number>\.?[0-9](?:[eEpP][+-]|[0-9a-zA-Z_.])*)
  | (?P<ident>[^\W\d]\w*)
  | (?P<op>\.\.\.|<-|&&|\|\||[-+*/%&|^<>=!:]=|<<=?|>>=?|&\^=?|\+\+|--|.)
""", re.VERBOSE | re.DOTALL)

KEYWORDS = {"break", "case", "chan", "const", "continue", "default", "defer", "else",
            "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
            "map", "package", "range", "return", "select", "struct", "switch", "type",
            "var"}


def lex(src):
    """Go tokens as (kind, text) pairs, comments and white space dropped."""
    toks = []
    pos, n = 0, len(src)
    while pos < n:
        m = TOKEN_RE.match(src, pos)  # always matches: op takes any one character
        pos = m.end()
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        text = m.group(kind)
        if kind == "ident" and text in KEYWORDS:
            kind = "keyword"
        toks.append((kind, text))
    return toks


def imports(toks):
    """Import paths of a file, from its import declarations."""
    paths = []
    i = 0
    if len(toks) >= 2 and toks[0][1] == "package":
        i = 2
    while i < len(toks):
        while i < len(toks) and toks[i][1] == ";":
            i += 1
        if i >= len(toks) or toks[i][1] != "import":
            break
        i += 1
        if i < len(toks) and toks[i][1] == "(":
            i += 1
            while i < len(toks) and toks[i][1] != ")":
                if toks[i][0] == "string":
                    paths.append(unquote(toks[i][1]))
                i += 1
            i += 1
        else:
            while i < len(toks) and toks[i][0] != "string":
                i += 1
            if i < len(toks):
                paths.append(unquote(toks[i][1]))
            i += 1
    return paths


def unquote(lit):
    return lit[1:-1]


def uses_typeparams(toks):
    """Syntactic sign of generics: a type parameter list (`func f[T any]`,
    `type L[T any]`, `[K comparable, V any]`), an instantiation with several
    type arguments (`f[int, string]`), a constraint's `~`, or atomic.Pointer[T],
    the one generic type in gc 1.19's std14 packages."""
    n = len(toks)
    for i, (kind, text) in enumerate(toks):
        if text == "~":
            return True
        if text != "[" or i + 2 >= n:
            continue
        before = [t[1] for t in toks[max(0, i - 3):i]]
        if before[-2:-1] == ["func"] and toks[i - 1][0] == "ident":
            return True  # func f[: no other reading
        if before == ["atomic", ".", "Pointer"]:
            return True
        if toks[i + 1][0] != "ident":
            continue
        nxt = toks[i + 2]
        # `[T any]`, `[T interface{...}]`, `[K, V any]`: none is an index,
        # array length or slice expression.
        if nxt[1] == "," or nxt[0] == "ident" or nxt[1] == "interface":
            return True
        # `type T[P *C]` or `type T[P []E]` in a type declaration.
        if before[-2:-1] == ["type"] and nxt[1] in ("*", "[") and i + 4 < n and \
                toks[i + 3][0] == "ident" and toks[i + 4][1] in ("]", ",", "|"):
            return True
    return False


STD14 = {"fmt", "os", "strings", "runtime", "math", "strconv", "errors", "sort",
         "unicode/utf8", "sync", "sync/atomic", "time", "bytes", "unsafe"}


# ---------------------------------------------------------------------------
# Output

def diff_summary(want, got, limit=6):
    """A short unified diff of two byte strings, for failure reports."""
    import difflib
    w = want.decode("utf-8", "replace").splitlines(keepends=True)
    g = got.decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(w, g, "want", "got", n=1))
    more = ""
    if len(lines) > limit + 2:
        more = "\t... (%d more diff lines)\n" % (len(lines) - limit - 2)
        lines = lines[:limit + 2]
    return "".join("\t" + l if l.endswith("\n") else "\t" + l + "\n" for l in lines) + more
