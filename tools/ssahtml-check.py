#!/usr/bin/env python3
"""ssahtml-check.py — does GOSSAFUNC's ssa.html work in a browser?

    tools/ssahtml-check.py --goc build/goc [--screenshot FILE] [--chromium PATH]

Builds testdata/ssahtml/sample.go with GOSSAFUNC in a temporary directory
and checks what goc prints and writes (the "dumped SSA to" line, GOSSADIR,
GOSSAFUNC=f+, a name that matches nothing, the -d=ssa/PASS/dump files), then
opens the page in headless Chromium, driven through the DevTools protocol
over a pipe (--remote-debugging-pipe: no extra package), and checks that:

  - loading it logs no JavaScript error or exception;
  - every pass of the pipeline (from `goc -d=ssa/help`) is the title of a
    column, in pipeline order, besides sources, AST, start, the LLVM IR
    before and after optimisation and the assembly;
  - every column has its collapsed and expanded cell, one of them shown;
  - the program's strings are escaped (the only <script> is the page's);
  - a mouse click on an SSA value highlights it in every column where it
    appears, the LLVM IR included, and a second click removes it; a click on
    a block outlines it;
  - a click on a source line highlights the SSA values, LLVM IR lines and
    assembly lines of that line;
  - a click on a collapsed column expands it, a click on its title collapses
    it again.

A screenshot of the page (with a value and a line highlighted) is saved to
--screenshot (default: ssahtml.png in the current directory). Prints
"[PASS] name" / "[FAIL] name: why" per check, then "N passed, M failed";
exits 1 if any check failed, 2 if Chromium cannot be found or started.
"""
import argparse
import base64
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "testdata", "ssahtml", "sample.go")

results = []


def check(name, ok, why=""):
    results.append(ok)
    print("[PASS] %s" % name if ok else "[FAIL] %s: %s" % (name, why), flush=True)
    return ok


def run(cmd, cwd, env=None):
    e = dict(os.environ)
    for k in ("GOSSAFUNC", "GOSSADIR"):
        e.pop(k, None)
    e["GOCCACHE"] = "off"
    e.update(env or {})
    p = subprocess.run(cmd, cwd=cwd, env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def pipeline_passes(goc):
    """The pass names of `goc -d=ssa/help`, in order, spaces restored."""
    rc, out, _ = run([goc, "build", "-d=ssa/help"], ROOT)
    m = re.search(r"<phase> is one of:\n(.*?)\n\n", out, re.S)
    if rc != 0 or not m:
        return None
    names = [n.strip() for n in m.group(1).replace("\n", ",").split(",") if n.strip()]
    return [n.replace("_", " ") for n in names if n not in ("check", "all", "build", "genssa")]


# ---------------- the command line side ----------------

def check_outputs(goc, tmp):
    src = os.path.join(tmp, "sample.go")
    shutil.copy(SAMPLE, src)
    exe = os.path.join(tmp, "sample")

    rc, out, err = run([goc, "build", "-o", exe, "sample.go"], tmp, {"GOSSAFUNC": "f"})
    check("GOSSAFUNC=f builds", rc == 0, err)
    check("GOSSAFUNC=f prints gc's line", out == "dumped SSA to ./ssa.html\n", repr(out))
    check("GOSSAFUNC=f writes ssa.html", os.path.exists(os.path.join(tmp, "ssa.html")))
    rc, _, out = run([exe], tmp)
    check("the program still runs", rc == 0 and "\n-169 7 <script>" in out, repr(out))

    d = tempfile.mkdtemp(dir=tmp)
    rc, out, _ = run([goc, "build", "-o", exe, src], d, {"GOSSAFUNC": "nosuch"})
    check("a name that matches nothing writes nothing", rc == 0 and out == "" and not os.listdir(d), repr(out))

    rc, out, _ = run([goc, "build", "-o", exe, "sample.go"], tmp, {"GOSSAFUNC": "f+"})
    check("GOSSAFUNC=f+ prints the passes too",
          rc == 0 and out.startswith("compiling f\nf func(int, int) int\n") and "  pass opt begin\n" in out
          and out.endswith("dumped SSA to ./ssa.html\n"), out[-300:])

    for name, want in (("(*T).M", "main.(*T).M"), ("main.(*T).M", "main.(*T).M"), ("f.func1", "main.f.func1"),
                       ("main.f", "main.f")):
        rc, out, _ = run([goc, "build", "-o", exe, "sample.go"], tmp, {"GOSSAFUNC": name, "GOSSADIR": "dd"})
        path = os.path.join(tmp, "dd", want + ".html")
        check("GOSSADIR with GOSSAFUNC=%s" % name,
              rc == 0 and out == "dumped SSA to ./dd/%s.html\n" % want and os.path.exists(path), repr(out))
    rc, out, _ = run([goc, "build", "-o", exe, "sample.go"], tmp, {"GOSSAFUNC": "T.M"})
    check("GOSSAFUNC=T.M does not name (*T).M (as gc)", rc == 0 and out == "", repr(out))

    rc, out, err = run([goc, "build", "-o", exe, "-gcflags=-d=ssa/opt/dump=f", "sample.go"], tmp)
    dump = os.path.join(tmp, "f_01__opt.dump")
    text = open(dump).read() if os.path.exists(dump) else ""
    check("-d=ssa/opt/dump=f writes f_01__opt.dump",
          rc == 0 and text.startswith("f func(int, int) int\n  b1:\n") and "DEAD" not in text, err + text[:200])
    rc, out, err = run([goc, "build", "-o", exe, "-d=ssa/all/dump=(*T).M", "sample.go"], tmp)
    files = sorted(f for f in os.listdir(tmp) if f.startswith("(*T).M_"))
    passes = pipeline_passes(goc) or []
    want = ["(*T).M_%02d__%s.dump" % (i + 1, p.replace(" ", "_"))
            for i, p in enumerate(["build"] + passes + ["genssa"])]
    check("-d=ssa/all/dump names the files as gc", files == sorted(want), "%s != %s" % (files, want))
    genssa = os.path.join(tmp, want[-1])
    text = open(genssa).read() if os.path.exists(genssa) else ""
    check("the genssa dump is the function's assembly", "ret" in text and "# " in text, text[:300])
    rc, out, err = run([goc, "build", "-o", exe, "-d=ssa/nosuch/dump=f", "sample.go"], tmp)
    check("-d=ssa/nosuch/dump is an error",
          rc == 2 and "Did not find a phase matching nosuch in -d=ssa/... debug option" in err, err)
    return passes


# ---------------- the browser side: DevTools protocol over a pipe ----------------

class Browser:
    def __init__(self, chromium, tmp):
        # chromium reads commands from fd 3 and writes replies to fd 4
        to_r, self.to_w = os.pipe()
        self.from_r, from_w = os.pipe()
        args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--remote-debugging-pipe",
                "--user-data-dir=" + os.path.join(tmp, "profile"), "about:blank"]
        cmd = 'exec "$@" 3<&%d 4>&%d' % (to_r, from_w)
        self.proc = subprocess.Popen(["sh", "-c", cmd, "sh"] + args, pass_fds=(to_r, from_w),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_r)
        os.close(from_w)
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self.to_w)
        os.close(self.from_r)

    def _read_message(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.time()
            if left <= 0:
                raise TimeoutError("no answer from chromium")
            r, _, _ = select.select([self.from_r], [], [], left)
            if r:
                chunk = os.read(self.from_r, 1 << 20)
                if not chunk:
                    raise EOFError("chromium closed the pipe")
                self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, timeout=30, session=True):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self.to_w, json.dumps(msg).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method, timeout=30):
        deadline = time.time() + timeout
        while True:
            for i, m in enumerate(self.events):
                if m.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._read_message(deadline))

    def eval(self, expr):
        r = self.send("Runtime.evaluate", {"expression": expr, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in r:
            raise RuntimeError("evaluating %s: %s" % (expr[:80], r["exceptionDetails"]))
        return r["result"].get("value")

    def click_selector(self, selector):
        """A real mouse click at the middle of the first element matching selector."""
        rect = self.eval("""(() => {
            const e = document.querySelector(%s);
            if (!e) return null;
            e.scrollIntoView({block: "center", inline: "center"});
            const r = e.getBoundingClientRect();
            return {x: r.left + r.width / 2, y: r.top + r.height / 2};
        })()""" % json.dumps(selector))
        if not rect:
            raise RuntimeError("nothing matches %s" % selector)
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": rect["x"], "y": rect["y"],
                                                   "button": "left", "clickCount": 1})

    def errors(self):
        out = []
        for m in self.events:
            p = m.get("params", {})
            if m.get("method") == "Runtime.exceptionThrown":
                out.append("exception: %s" % p.get("exceptionDetails", {}).get("exception", {}).get(
                    "description", p.get("exceptionDetails", {}).get("text")))
            elif m.get("method") == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append("console.%s: %s" % (p["type"], [a.get("value", a.get("description"))
                                                           for a in p.get("args", [])]))
            elif m.get("method") == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append("log: %s" % p["entry"].get("text"))
        return out


# JavaScript helpers evaluated in the page
MARKS = """
function marks(cls, prefix) {
  const out = {};
  for (const e of document.getElementsByClassName(cls)) {
    const td = e.closest("td");
    const col = td ? td.id : "?";
    const marked = Array.from(e.classList).some(c => c.startsWith(prefix));
    if (!out[col]) out[col] = {all: 0, marked: 0};
    out[col].all++;
    if (marked) out[col].marked++;
  }
  return out;
}
"""


def check_page(chromium, page, passes, tmp, screenshot):
    try:
        b = Browser(chromium, tmp)
        targets = b.send("Target.createTarget", {"url": "about:blank"}, session=False)
        b.session = b.send("Target.attachToTarget", {"targetId": targets["targetId"], "flatten": True},
                           session=False)["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            b.send(domain + ".enable")
        b.send("Emulation.setDeviceMetricsOverride", {"width": 1800, "height": 1100, "deviceScaleFactor": 1,
                                                      "mobile": False})
    except (OSError, RuntimeError, TimeoutError, EOFError) as e:
        print("ssahtml-check: cannot drive %s: %s" % (chromium, e))
        sys.exit(2)
    try:
        b.send("Page.navigate", {"url": "file://" + page})
        b.wait_event("Page.loadEventFired")
        b.eval("new Promise(r => setTimeout(r, 100))")
        errs = b.errors()
        check("the page loads without JavaScript errors", not errs, "; ".join(errs))

        cols = b.eval("""Array.from(document.querySelectorAll("td[id$='-exp']")).map(td => ({
            id: td.id.slice(0, -4),
            titles: Array.from(td.getElementsByTagName("h2")).map(h => h.textContent),
            shown: getComputedStyle(td).display !== "none",
            colShown: (c => c && getComputedStyle(c).display !== "none")(document.getElementById(td.id.slice(0, -4) + "-col")),
        }))""")
        titles = [re.sub(r" \[\d+ ns\]$", "", t) for c in cols for t in c["titles"]]
        want = ["sources", "AST", "start"] + passes + ["LLVM IR", "LLVM IR optimised (default<O2>)", "amd64 assembly"]
        check("every pass has a column, in pipeline order", titles == want, "titles %s, want %s" % (titles, want))
        bad = [c["id"] for c in cols if c["shown"] == c["colShown"]]
        check("each column shows exactly one of its two cells", not bad, "both or neither: %s" % bad)
        merged = [c for c in cols if len(c["titles"]) > 1]
        check("a column of several passes is named after them all",
              all(c["id"] == "--+--".join(re.sub(r" \[\d+ ns\]$", "", t).replace(" ", "-") for t in c["titles"])
                  for c in merged), merged)
        shown = [c["id"] for c in cols if c["shown"]]
        check("sources, start, opt, LLVM IR and asm start expanded",
              all(any(p in c.split("--+--") for c in shown) for p in ("sources", "start", "opt", "llvm", "asm")),
              shown)

        nscripts = b.eval("document.scripts.length")
        src = b.eval("document.getElementById('sources-exp').textContent")
        ssa = b.eval("document.getElementById('start-exp').textContent")
        check("the program's text is escaped",
              nscripts == 1 and 'println(tag + "</td>")' in src
              and '{"<script>alert(\'&amp;\')</script> \\"q\\" & <b></td>"}' in ssa,
              "%d scripts; sources: %s" % (nscripts, src[:400]))

        # a value that the LLVM IR has too: v<N> in the final SSA and in %v<N>
        vid = b.eval("""(() => {
            for (const e of document.querySelectorAll("#llvm-exp .ssa-value")) {
                const id = e.classList.item(0);
                const inSSA = Array.from(document.getElementsByClassName(id)).filter(x =>
                    x.closest("td") && x.closest("td").id.includes("opt") && x.classList.contains("ssa-value"));
                if (inSSA.length) return id;
            }
            return null;
        })()""")
        if check("the LLVM IR names values after the SSA's", vid is not None, "no %vN of the SSA in #llvm-exp"):
            b.click_selector("td[id*='opt'][id$='-exp'] span.ssa-value.%s" % vid)
            m = b.eval(MARKS + "marks(%s, 'highlight-')" % json.dumps(vid))
            marked = {c for c, n in m.items() if n["marked"] == n["all"] and n["all"] > 0}
            check("clicking %s highlights it in every column" % vid,
                  all(n["marked"] == n["all"] for n in m.values()) and len(marked) >= 3 and "llvm-exp" in marked,
                  m)
            b.click_selector("td[id*='opt'][id$='-exp'] span.ssa-value.%s" % vid)
            m = b.eval(MARKS + "marks(%s, 'highlight-')" % json.dumps(vid))
            check("clicking %s again removes the highlight" % vid, all(n["marked"] == 0 for n in m.values()), m)
            b.click_selector("td[id*='opt'][id$='-exp'] span.ssa-value.%s" % vid)

        b.click_selector("td[id^='start'][id$='-exp'] li.ssa-end-block span.ssa-block.b2")
        m = b.eval(MARKS + "marks('b2', 'outline-')")
        check("clicking block b2 outlines it everywhere",
              sum(n["marked"] for n in m.values()) >= 3 and all(n["marked"] == n["all"] for n in m.values()), m)

        # the loop's line: SSA, LLVM IR before and after optimisation, asm have it
        line = b.eval("""(() => {
            for (const e of document.querySelectorAll("#sources-exp pre div.line-number"))
                if (e.textContent.includes("for i := a; i < b; i++")) return e.classList.item(0);
            return null;
        })()""")
        if check("the sources column shows the function", line is not None, "no line with the loop"):
            b.click_selector("#sources-exp pre div.%s" % line)
            m = b.eval(MARKS + "marks(%s, 'highlight-')" % json.dumps(line))
            cols_marked = {c for c, n in m.items() if n["marked"]}
            check("clicking source %s highlights its SSA, LLVM IR and asm" % line,
                  {"sources-exp", "llvm-exp", "llvm-opt-exp", "asm-exp"} <= cols_marked
                  and any(c.startswith("start") for c in cols_marked)
                  and all(n["marked"] == n["all"] for n in m.values()), m)

        if line is not None:
            b.eval("document.querySelector('#sources-exp pre div.%s').scrollIntoView({block: 'center'})" % line)
            xy = b.eval("""(r => ({x: r.left + 5, y: r.top + r.height / 2}))(
                document.querySelector('#sources-exp pre div.%s').getBoundingClientRect())""" % line)
            b.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": xy["x"], "y": xy["y"]})
            hov = b.eval("Array.from(document.getElementsByClassName(%s)).filter(e => "
                         "e.classList.contains('line-hover')).length" % json.dumps(line))
            b.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": 1, "y": 1})
            left = b.eval("document.getElementsByClassName('line-hover').length")
            check("hovering a source line marks its line everywhere until the mouse leaves",
                  hov >= 4 and left == 0, "%d marked, %d left" % (hov, left))

        # the page as one first sees it, with the value and the line marked
        b.eval("window.scrollTo(0, 0)")
        shot = b.send("Page.captureScreenshot", {"format": "png"})
        with open(screenshot, "wb") as f:
            f.write(base64.b64decode(shot["data"]))

        hidden = b.eval("""(() => {
            const td = Array.from(document.querySelectorAll("td.collapsed")).find(t => getComputedStyle(t).display !== "none");
            return td ? td.id.slice(0, -4) : null;
        })()""")
        if check("some columns start collapsed", hidden is not None, "none"):
            b.click_selector("td[id=%s]" % json.dumps(hidden + "-col"))
            st = b.eval("[document.getElementById(%s).style.display, document.getElementById(%s).style.display]"
                        % (json.dumps(hidden + "-col"), json.dumps(hidden + "-exp")))
            check("clicking collapsed %s expands it" % hidden, st == ["none", "table-cell"], st)
            b.click_selector("td[id=%s] h2" % json.dumps(hidden + "-exp"))
            st = b.eval("[document.getElementById(%s).style.display, document.getElementById(%s).style.display]"
                        % (json.dumps(hidden + "-col"), json.dumps(hidden + "-exp")))
            check("clicking its title collapses it again", st == ["table-cell", "none"], st)

        errs = b.errors()
        check("no JavaScript errors after the clicks", not errs, "; ".join(errs))
    except (RuntimeError, TimeoutError, EOFError) as e:
        check("driving the page", False, str(e))
    finally:
        b.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--goc", default=os.path.join(ROOT, "build", "goc"))
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM"))
    ap.add_argument("--screenshot", default="ssahtml.png")
    args = ap.parse_args()
    goc = os.path.abspath(args.goc)
    chromium = args.chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("ssahtml-check: chromium not found (tools/install-deps.sh installs it)")
        sys.exit(2)
    screenshot = os.path.abspath(args.screenshot)
    tmp = tempfile.mkdtemp(prefix="ssahtml-")
    try:
        passes = check_outputs(goc, tmp)
        if check("goc -d=ssa/help lists the passes", bool(passes), "no pass list"):
            check_page(chromium, os.path.join(tmp, "ssa.html"), passes, tmp, screenshot)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    npass = sum(results)
    print("%d passed, %d failed" % (npass, len(results) - npass))
    sys.exit(0 if npass == len(results) else 1)


if __name__ == "__main__":
    main()
