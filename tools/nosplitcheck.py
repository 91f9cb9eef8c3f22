#!/usr/bin/env python3
"""nosplitcheck.py — do the runtime's unchecked functions fit in a stack
segment's reserve?

  tools/nosplitcheck.py build/runtime/libgocrt.a

The runtime's C is compiled with -fsplit-stack, so every function checks its
stack in its prologue (runtime/stack.c).  Functions marked NO_SPLIT_STACK in
runtime/*.c skip the check: they run in the reserve below a goroutine stack
segment's guard, which holds NOSPLIT_LIMIT bytes (runtime/rt.h) for them.
(gc's linker makes the same check of its nosplit chains: cmd/link's
stackcheck.)  For each of them this disassembles the library and adds up,
along the deepest chain of calls into functions without a check (other
NO_SPLIT_STACK ones, SYSTEM_STACK_ONLY ones, assembly), each function's
frame: its return address, its pushes and its `sub $n, %rsp`, all counted
as if live at once; a call into a checked function ends a chain, since
that function moves to the big segment if it needs to.  Tail calls (`jmp`
to another function) count as calls.  Prints each function's depth and
chain, then `N checked, M over the limit`; exits 1 if any is over.
"""

import re
import subprocess
import sys

HERE = __file__.rsplit("/", 2)[0]


def limit():
    m = re.search(r"NOSPLIT_LIMIT = (\d+)", open(HERE + "/runtime/rt.h").read())
    return int(m.group(1))


def marked():
    """Names of the functions runtime/*.c defines NO_SPLIT_STACK."""
    import glob
    names = []
    for path in sorted(glob.glob(HERE + "/runtime/*.c")):
        for line in open(path):
            m = re.match(r"NO_SPLIT_STACK\s+[^(]*?\b(\w+)\s*\(", line)
            if m:
                names.append(m.group(1))
    return names


def functions(lib):
    """name -> (checked, frame bytes, callees) for every function in lib."""
    out = subprocess.run(["objdump", "-dr", "--no-show-raw-insn", lib], capture_output=True, text=True,
                         check=True).stdout
    funcs = {}
    name = None
    for line in out.split("\n"):
        m = re.match(r"^[0-9a-f]+ <([^>]+)>:$", line)
        if m:
            name = m.group(1)
            cur = funcs.setdefault(name, {"checked": False, "frame": 8, "callees": set()})
            pending = None
            continue
        if name is None:
            continue
        if line == "":
            name = None
            continue
        if "%fs:0x70" in line:
            cur["checked"] = True
        ins = re.match(r"^\s*[0-9a-f]+:\s+(\S+)\s*(.*)$", line)
        rel = re.match(r"^\s*[0-9a-f]+: R_X86_64_(?:PLT32|PC32)\s+([^\s+-]+)", line)
        if rel and pending:
            cur["callees"].add(rel.group(1))
            pending = None
            continue
        pending = None
        if not ins:
            continue
        op, args = ins.group(1), ins.group(2)
        if op.startswith("push"):
            cur["frame"] += 8
        elif op == "sub" and args.endswith(",%rsp"):
            n = re.match(r"\$0x([0-9a-f]+),%rsp", args)
            if n:
                cur["frame"] += int(n.group(1), 16)
        elif op in ("call", "jmp"):
            t = re.search(r"<([^>+]+)>", args)
            if t and t.group(1) != name:
                cur["callees"].add(t.group(1))
            pending = op
    return funcs


def depth(funcs, name, seen):
    """Deepest unchecked chain from name: (bytes, [names])."""
    f = funcs.get(name)
    if f is None or (f["checked"] and seen):
        return 0, []
    if name in seen:
        return 0, []  # recursion among unchecked functions: reported by the caller's chain as is
    best, chain = 0, []
    for c in sorted(f["callees"]):
        d, ch = depth(funcs, c, seen | {name})
        if d > best:
            best, chain = d, ch
    return f["frame"] + best, [name] + chain


def main():
    if len(sys.argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        sys.exit(2)
    funcs = functions(sys.argv[1])
    lim = limit()
    bad = 0
    names = marked()
    for name in names:
        if name not in funcs:
            print(f"[FAIL] {name}: not in {sys.argv[1]}")
            bad += 1
            continue
        if funcs[name]["checked"]:
            print(f"[FAIL] {name}: marked NO_SPLIT_STACK but has a stack check")
            bad += 1
            continue
        d, chain = depth(funcs, name, set())
        ok = d <= lim
        bad += not ok
        print(f"[{'PASS' if ok else 'FAIL'}] {name}: {d} bytes ({' -> '.join(chain)})")
    print(f"{len(names)} checked, {bad} over the limit of {lim} bytes")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
