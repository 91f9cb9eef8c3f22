# goc-gdb.py — gdb commands for goc programs: the role of gc's
# runtime-gdb.py (source it: `source tools/goc-gdb.py`, or add
# `add-auto-load-safe-path` for it).
#
#   info goroutines     every goroutine: id, state (or what it waits for),
#                       and the Go function it is in ("*" marks the
#                       goroutine of the selected thread)
#   goroutine N bt      the Go frames of goroutine N
#
# goc's runtime is C compiled with -g, so gdb knows its structures: the list
# of goroutines is proc.c's allgs[0:allglen]; a goroutine not running keeps
# its saved registers at G.sched_sp (asm_amd64.S: r15 r14 r13 r12 rbx rbp,
# then the return pc), and every frame above keeps a frame pointer; the
# chain goes up the stack but where it passes from a goroutine's big stack
# segment to its first one, through __morestack's frame.

import re

import gdb

STATUS = {0: "idle", 1: "runnable", 2: "running", 3: "syscall", 4: "waiting", 6: "dead"}
G_SCAN = 0x1000


def c_eval(expr):
    """Evaluate a C expression over the runtime's variables, whatever the
    language of the selected frame (Go frames make gdb parse Go)."""
    lang = gdb.parameter("language")
    gdb.execute("set language c", to_string=True)
    try:
        return gdb.parse_and_eval(expr)
    finally:
        gdb.execute("set language %s" % lang, to_string=True)


def goroutines():
    n = int(c_eval("allglen"))
    allgs = c_eval("allgs")
    for i in range(n):
        yield allgs[i]


def current_g():
    try:
        return int(c_eval("((M*)$fs_base)->curg"))
    except gdb.error:
        return 0


def status(g):
    st = int(g["atomicstatus"]) & ~G_SCAN
    if st == 4:
        wr = int(g["waitreason"])
        try:
            return c_eval("rt_waitReasonStrings[%d]" % wr).string()
        except gdb.error:
            pass
    return STATUS.get(st, "?")


def is_go(pc):
    lo = int(c_eval("(unsigned long)&__start_gotext"))
    hi = int(c_eval("(unsigned long)&__stop_gotext"))
    return lo <= pc < hi


def in_morestack(pc):
    """Whether pc is in __morestack, which calls on another stack: the
    frame chain crosses from a goroutine's big stack segment to its first
    (runtime/stack.c) at a frame returning there."""
    lo = int(c_eval("(unsigned long)&__morestack"))
    hi = int(c_eval("(unsigned long)&rt_morestack_end"))
    return lo <= pc < hi


def frames(g):
    """(pc, name, file, line) of g's Go frames, innermost first."""
    sp = int(g["sched_sp"])
    if sp == 0:
        return
    inferior = gdb.selected_inferior()
    word = lambda a: int.from_bytes(inferior.read_memory(a, 8).tobytes(), "little")
    fp, pc = word(sp + 40), word(sp + 48)
    for _ in range(100):
        if pc and is_go(pc - 1):
            block = gdb.block_for_pc(pc - 1)
            fn = block.function if block else None
            while block and not fn:
                block = block.superblock
                fn = block.function if block else None
            sal = gdb.find_pc_line(pc - 1)
            name = fn.name if fn else "?"
            if not re.search(r"\.(gowrap|deferwrap)\d+$", name):  # goc's wrappers, hidden as in tracebacks
                yield pc, name, sal.symtab.filename if sal.symtab else "?", sal.line
        if fp == 0:
            return
        next_fp, pc = word(fp), word(fp + 8)
        if next_fp <= fp and not in_morestack(pc - 1):
            return
        fp = next_fp


class InfoGoroutines(gdb.Command):
    """info goroutines: every goroutine of a goc program."""

    def __init__(self):
        super().__init__("info goroutines", gdb.COMMAND_STACK)

    def invoke(self, arg, from_tty):
        cur = current_g()
        for g in goroutines():
            st = int(g["atomicstatus"]) & ~G_SCAN
            if st == 6 or bool(g["issystem"]):
                continue
            mark = "*" if int(g) == cur else " "
            where = ""
            if st == 2 and int(g) == cur:
                where = str(gdb.selected_frame().name())
            else:
                for _, name, _, _ in frames(g):
                    where = name
                    break
            print("%s %d %s %s" % (mark, int(g["goid"]), status(g), where))


class GoroutineCmd(gdb.Command):
    """goroutine N bt: the Go frames of goroutine N."""

    def __init__(self):
        super().__init__("goroutine", gdb.COMMAND_STACK)

    def invoke(self, arg, from_tty):
        args = arg.split()
        if len(args) != 2 or args[1] != "bt":
            raise gdb.GdbError("usage: goroutine N bt")
        want = int(args[0])
        for g in goroutines():
            if int(g["goid"]) != want:
                continue
            if int(g) == current_g():
                gdb.execute("bt")
                return
            for i, (pc, name, file, line) in enumerate(frames(g)):
                print("#%d  %s () at %s:%d" % (i, name, file, line))
            return
        raise gdb.GdbError("no goroutine %d" % want)


InfoGoroutines()
GoroutineCmd()
