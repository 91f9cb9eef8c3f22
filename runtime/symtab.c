/* runtime/symtab.c — from a pc to a Go function name and file:line, for
 * tracebacks (gc: symtab.go, which reads gc's pclntab).
 *
 * goc's binaries carry no pclntab: the compiler emits DWARF (backend's
 * dwarf.c) and the link keeps the ELF symbol table.  At the first
 * traceback the runtime maps its own executable (/proc/self/exe) read-only
 * and reads
 *   - .symtab/.strtab: the function symbol containing pc (Go symbols are
 *     Go's names: main.main, main.(*T).M);
 *   - .debug_line: the DWARF (version 2-4) line programs, run until the row
 *     whose range holds pc gives its file and line.
 * Units of other versions (the C runtime's, DWARF 5 from GCC) are skipped:
 * tracebacks show Go frames only, as gc shows user frames.
 *
 * It also serves runtime.Caller, Callers, FuncForPC and CallersFrames
 * (overlay/runtime/symtab.go).
 *
 * Invariants: the lookups allocate nothing and take no lock (they run
 * while crashing, possibly in a signal handler); only funcfileline, called
 * from Go code, allocates its string.  The mapping is made once and never
 * unmapped; a stripped binary simply yields no names.  (TEMPORARY: the
 * first load is not serialised; two threads crashing at once both map.)
 */
#include "rt.h"

typedef struct {
	uint8_t ident[16];
	uint16_t type, machine;
	uint32_t version;
	uint64_t entry, phoff, shoff;
	uint32_t flags;
	uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
} Ehdr;
typedef struct {
	uint32_t name, type;
	uint64_t flags, addr, offset, size;
	uint32_t link, info;
	uint64_t addralign, entsize;
} Shdr;
typedef struct {
	uint32_t name;
	uint8_t info, other;
	uint16_t shndx;
	uint64_t value, size;
} Sym;

enum { SHT_SYMTAB = 2, STT_FUNC = 2 };

static struct {
	int state;  // 0 not tried, 1 ready, -1 unavailable
	const uint8_t *base;
	const Sym *syms;
	uint64_t nsyms;
	const char *strtab;
	const uint8_t *line;
	uint64_t linesize;
} sym;

static bool streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static void load(void)
{
	if (sym.state != 0)
		return;
	sym.state = -1;
	int64_t fd = rt_sys_open("/proc/self/exe", 0, 0);
	if (fd < 0)
		return;
	int64_t size = rt_sys_lseek((int32_t)fd, 0, 2 /* SEEK_END */);
	int64_t p = size > 0 ? rt_sys_mmap(0, (uintptr_t)size, PROT_READ, MAP_PRIVATE, (int32_t)fd, 0) : -1;
	rt_sys_close((int32_t)fd);
	if (p < 0 && p > -4096)
		return;
	const uint8_t *base = (const uint8_t *)p;
	const Ehdr *eh = (const Ehdr *)base;
	if (eh->shoff == 0 || eh->shoff + (uint64_t)eh->shnum * sizeof(Shdr) > (uint64_t)size)
		return;
	const Shdr *sh = (const Shdr *)(base + eh->shoff);
	const char *shstr = (const char *)(base + sh[eh->shstrndx].offset);
	for (int i = 0; i < eh->shnum; i++) {
		const char *name = shstr + sh[i].name;
		if (sh[i].type == SHT_SYMTAB && sh[i].link < eh->shnum) {
			sym.syms = (const Sym *)(base + sh[i].offset);
			sym.nsyms = sh[i].size / sizeof(Sym);
			sym.strtab = (const char *)(base + sh[sh[i].link].offset);
		} else if (streq(name, ".debug_line")) {
			sym.line = base + sh[i].offset;
			sym.linesize = sh[i].size;
		}
	}
	sym.base = base;
	sym.state = 1;
}

/* The function symbol holding pc: its name and start, or NULL. */
const char *rt_funcname(uintptr_t pc, uintptr_t *start)
{
	load();
	if (sym.state != 1 || sym.syms == 0)
		return 0;
	for (uint64_t i = 0; i < sym.nsyms; i++) {
		const Sym *s = &sym.syms[i];
		if ((s->info & 0xf) == STT_FUNC && s->value <= pc && pc < s->value + s->size) {
			*start = s->value;
			return sym.strtab + s->name;
		}
	}
	return 0;
}

/* ---- DWARF line programs ---- */

static uint64_t uleb(const uint8_t **p)
{
	uint64_t r = 0;
	int shift = 0;
	uint8_t b;
	do {
		b = *(*p)++;
		if (shift < 64)
			r |= (uint64_t)(b & 0x7f) << shift;
		shift += 7;
	} while (b & 0x80);
	return r;
}

static int64_t sleb(const uint8_t **p)
{
	int64_t r = 0;
	int shift = 0;
	uint8_t b;
	do {
		b = *(*p)++;
		if (shift < 64)
			r |= (int64_t)(b & 0x7f) << shift;
		shift += 7;
	} while (b & 0x80);
	if (shift < 64 && (b & 0x40))
		r |= -((int64_t)1 << shift);
	return r;
}

static uint32_t rd32(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint64_t rd64(const uint8_t *p) { return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32; }

static const char *nthstring(const uint8_t *p, uint64_t n)  // the n-th (0-based) of a NUL-separated list
{
	for (; n > 0 && *p; n--)
		while (*p++)
			;
	return *p ? (const char *)p : 0;
}

/* The file name entry n (1-based) of a v2-4 header's file table, and its directory. */
static bool fileentry(const uint8_t *files, const uint8_t *dirs, uint64_t n, const char **dir, const char **name)
{
	const uint8_t *p = files;
	for (uint64_t i = 1; *p; i++) {
		const char *nm = (const char *)p;
		while (*p++)
			;
		uint64_t d = uleb(&p);
		(void)uleb(&p);
		(void)uleb(&p);
		if (i == n) {
			*name = nm;
			*dir = d > 0 ? nthstring(dirs, d - 1) : 0;
			return true;
		}
	}
	return false;
}

/* The file and line of pc, from the line programs; false if none covers it. */
static bool lookupline(uintptr_t pc, const char **dir, const char **file, int64_t *line)
{
	const uint8_t *p = sym.line, *end = sym.line + sym.linesize;
	while (p + 4 < end) {
		uint64_t unitlen = rd32(p);
		if (unitlen >= 0xfffffff0u)
			return false;  // 64-bit DWARF: not produced for goc's code
		const uint8_t *unit = p + 4, *unitend = unit + unitlen;
		p = unitend;
		if (unitend > end)
			return false;
		uint16_t version = rd16(unit);
		if (version < 2 || version > 4)
			continue;
		const uint8_t *q = unit + 2;
		uint32_t hdrlen = rd32(q);
		q += 4;
		const uint8_t *prog = q + hdrlen;
		uint8_t mininst = *q++;
		if (version >= 4)
			q++;  // maximum_operations_per_instruction
		q++;      // default_is_stmt
		int8_t linebase = (int8_t)*q++;
		uint8_t linerange = *q++, opbase = *q++;
		const uint8_t *oplens = q;
		q += opbase - 1;
		const uint8_t *dirs = q;
		while (*q)
			while (*q++)
				;
		q++;
		const uint8_t *files = q;
		if (linerange == 0)
			continue;
		// The state machine (DWARF 4, 6.2.5).
		uint64_t addr = 0, fileno = 1, prevaddr = 0, prevfile = 1;
		int64_t ln = 1, prevline = 0;
		bool have = false;
		for (q = prog; q < unitend;) {
			uint8_t op = *q++;
			bool row = false, endseq = false;
			if (op >= opbase) {
				uint8_t adj = (uint8_t)(op - opbase);
				addr += (uint64_t)(adj / linerange) * mininst;
				ln += linebase + adj % linerange;
				row = true;
			} else if (op == 0) {
				uint64_t len = uleb(&q);
				const uint8_t *next = q + len;
				uint8_t sub = *q++;
				if (sub == 1) {
					row = endseq = true;
				} else if (sub == 2) {
					addr = rd64(q);
				}
				q = next;
			} else {
				switch (op) {
				case 1: row = true; break;
				case 2: addr += uleb(&q) * mininst; break;
				case 3: ln += sleb(&q); break;
				case 4: fileno = uleb(&q); break;
				case 5: (void)uleb(&q); break;
				case 8: addr += (uint64_t)((255 - opbase) / linerange) * mininst; break;
				case 9: addr += rd16(q); q += 2; break;
				default:
					for (int k = 0; k < oplens[op - 1]; k++)
						(void)uleb(&q);
				}
			}
			if (!row)
				continue;
			if (have && prevaddr <= pc && pc < addr)
				return fileentry(files, dirs, prevfile, dir, file) && (*line = prevline, true);
			prevaddr = addr;
			prevfile = fileno;
			prevline = ln;
			have = !endseq;
			if (endseq) {
				addr = 0;
				fileno = 1;
				ln = 1;
			}
		}
	}
	return false;
}

bool rt_fileline(uintptr_t pc, const char **dir, const char **file, int64_t *line)
{
	load();
	if (sym.state != 1 || sym.line == 0)
		return false;
	*dir = 0;
	return lookupline(pc, dir, file, line);
}

/* ---- the Go API: overlay/runtime/symtab.go ---- */

extern const uint8_t __start_gotext[] __attribute__((weak, visibility("hidden")));
extern const uint8_t __stop_gotext[] __attribute__((weak, visibility("hidden")));

static bool ingo(uintptr_t pc) { return pc >= (uintptr_t)__start_gotext && pc < (uintptr_t)__stop_gotext; }

uintptr_t rt_callerpc(int64_t skip) __asm__("runtime.callerpc");
int64_t rt_callers(int64_t skip, uintptr_t *pcs, int64_t n) __asm__("runtime.callers");
GoString rt_funcname_go(uintptr_t pc) __asm__("runtime.funcname");
uintptr_t rt_funcentry(uintptr_t pc) __asm__("runtime.funcentry");
GoString rt_funcfile(uintptr_t pc) __asm__("runtime.funcfile");
int64_t rt_funcline(uintptr_t pc) __asm__("runtime.funcline");

/* The return addresses into Go code up the %rbp chain from fp, the first
 * `skip` of them skipped, into pcs (at most n).  Frames of the C runtime are
 * passed over: a deferred call's caller is then the function whose exit
 * runs it (rt_deferreturn and rt_calldeferred are C), as in gc, whose
 * deferreturn is Go code hidden from Callers. */
static NOINLINE int64_t gocallers(uintptr_t fp, int64_t skip, uintptr_t *pcs, int64_t n)
{
	int64_t got = 0;
	for (int guard = 0; fp != 0 && got < n && guard < 100000; guard++) {
		uintptr_t ra = ((const uintptr_t *)fp)[1];
		if (ra == 0)
			break;
		if (ingo(ra - 1)) {
			if (skip > 0)
				skip--;
			else
				pcs[got++] = ra;
		}
		uintptr_t next = ((const uintptr_t *)fp)[0];
		if (next <= fp && !rt_inmorestack(ra - 1))  // up the stack, or across __morestack's switch (stack.c)
			break;
		fp = next;
	}
	return got;
}

/* runtime.callerpc(skip): the return address into Caller's caller (skip
 * 0) or further up.  Our frame's return address goes into runtime.Caller. */
NOINLINE uintptr_t rt_callerpc(int64_t skip)
{
	uintptr_t ra = 0;
	return gocallers((uintptr_t)__builtin_frame_address(0), skip + 1, &ra, 1) ? ra : 0;
}

NOINLINE int64_t rt_callers(int64_t skip, uintptr_t *pcs, int64_t n)
{
	return gocallers((uintptr_t)__builtin_frame_address(0), skip, pcs, n);
}

static GoString cstr(const char *s)
{
	int64_t n = 0;
	while (s[n])
		n++;
	return (GoString){(const uint8_t *)s, n};
}

GoString rt_funcname_go(uintptr_t pc)
{
	uintptr_t start = 0;
	const char *name = ingo(pc) ? rt_funcname(pc, &start) : 0;
	return name ? cstr(name) : (GoString){0, 0};  // points into the mapped symbol table: never freed
}

uintptr_t rt_funcentry(uintptr_t pc)
{
	uintptr_t start = 0;
	return ingo(pc) && rt_funcname(pc, &start) ? start : 0;
}

int64_t rt_funcline(uintptr_t pc)
{
	const char *dir, *file;
	int64_t line;
	return ingo(pc) && rt_fileline(pc, &dir, &file, &line) ? line : 0;
}

GoString rt_funcfile(uintptr_t pc)
{
	const char *dir, *file;
	int64_t line;
	if (!ingo(pc) || !rt_fileline(pc, &dir, &file, &line))
		return GOSTR("?");
	GoString f = cstr(file);
	if (dir == 0 || file[0] == '/')
		return f;
	GoString d = cstr(dir);
	uint8_t *b;
	GoString s = rt_rawstring(d.len + 1 + f.len, &b);
	memmove(b, d.ptr, (size_t)d.len);
	b[d.len] = '/';
	memmove(b + d.len + 1, f.ptr, (size_t)f.len);
	return s;
}
