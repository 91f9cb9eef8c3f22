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
 *     whose range holds pc gives its file and line;
 *   - .debug_info (with .debug_abbrev, .debug_str, .debug_ranges): the
 *     DW_TAG_inlined_subroutine entries holding pc, for the frames of
 *     functions inlined there (by ssa/inl.c or by LLVM): each is a frame of
 *     its own, named by its abstract origin, whose caller's line is its
 *     DW_AT_call_line, as gc's inline tree makes them (rt_pcframes).
 * Units of other versions (the C runtime's, DWARF 5 from GCC) are skipped:
 * tracebacks show Go frames only, as gc shows user frames.
 *
 * A pc that runtime.Callers hands out for an inlined frame's caller is the
 * return address with the frame's depth in its top byte (RT_PC_INLINE):
 * FuncForPC, CallersFrames and Caller read it back; the innermost frame
 * keeps the plain return address (gc uses a pc of the caller instead).
 *
 * It also serves runtime.Caller, Callers, FuncForPC and CallersFrames
 * (overlay/runtime/symtab.go).
 *
 * Invariants: the lookups allocate nothing and take no lock (they run
 * while crashing, possibly in a signal handler); only funcfileline, called
 * from Go code, allocates its string.  The mapping is made once and never
 * unmapped; a stripped binary simply yields no names.  (TEMPORARY: the
 * first load is not serialised; threads looking up at once both map.)
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
	const uint8_t *info, *abbrev, *str, *ranges;
	uint64_t infosize, abbrevsize, strsize, rangessize;
} sym;

static bool streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* Threads that get here at once each map the file and fill sym with the
 * same values (pointers into their own mappings of the same bytes), and
 * the state says ready or unavailable only once a load has finished: a
 * lookup racing with the first load must not find the table "unavailable"
 * (FuncForPC would return nil for every pc). */
static void load(void)
{
	if (__atomic_load_n(&sym.state, __ATOMIC_ACQUIRE) != 0)
		return;
	int64_t fd = rt_sys_open("/proc/self/exe", 0, 0);
	if (fd < 0)
		goto unavailable;
	int64_t size = rt_sys_lseek((int32_t)fd, 0, 2 /* SEEK_END */);
	int64_t p = size > 0 ? rt_sys_mmap(0, (uintptr_t)size, PROT_READ, MAP_PRIVATE, (int32_t)fd, 0) : -1;
	rt_sys_close((int32_t)fd);
	if (p < 0 && p > -4096)
		goto unavailable;
	const uint8_t *base = (const uint8_t *)p;
	const Ehdr *eh = (const Ehdr *)base;
	if (eh->shoff == 0 || eh->shoff + (uint64_t)eh->shnum * sizeof(Shdr) > (uint64_t)size)
		goto unavailable;
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
		} else if (streq(name, ".debug_info")) {
			sym.info = base + sh[i].offset;
			sym.infosize = sh[i].size;
		} else if (streq(name, ".debug_abbrev")) {
			sym.abbrev = base + sh[i].offset;
			sym.abbrevsize = sh[i].size;
		} else if (streq(name, ".debug_str")) {
			sym.str = base + sh[i].offset;
			sym.strsize = sh[i].size;
		} else if (streq(name, ".debug_ranges")) {
			sym.ranges = base + sh[i].offset;
			sym.rangessize = sh[i].size;
		}
	}
	sym.base = base;
	__atomic_store_n(&sym.state, 1, __ATOMIC_RELEASE);
	return;
unavailable:
	if (__atomic_load_n(&sym.state, __ATOMIC_ACQUIRE) == 0)
		__atomic_store_n(&sym.state, -1, __ATOMIC_RELEASE);
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

/* A line program's header (DWARF 2-4): its directory and file tables and
 * what running it needs.  False for other versions. */
typedef struct LineHdr {
	const uint8_t *prog, *oplens, *dirs, *files;
	uint8_t mininst, linerange, opbase;
	int8_t linebase;
} LineHdr;

static bool linehdr(const uint8_t *unit, LineHdr *h)
{
	uint16_t version = rd16(unit);
	if (version < 2 || version > 4)
		return false;
	const uint8_t *q = unit + 2;
	uint32_t hdrlen = rd32(q);
	q += 4;
	h->prog = q + hdrlen;
	h->mininst = *q++;
	if (version >= 4)
		q++;  // maximum_operations_per_instruction
	q++;      // default_is_stmt
	h->linebase = (int8_t)*q++;
	h->linerange = *q++;
	h->opbase = *q++;
	h->oplens = q;
	q += h->opbase - 1;
	h->dirs = q;
	while (*q)
		while (*q++)
			;
	q++;
	h->files = q;
	return h->linerange != 0;
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
		LineHdr h;
		if (!linehdr(unit, &h))
			continue;
		const uint8_t *q, *prog = h.prog, *oplens = h.oplens, *dirs = h.dirs, *files = h.files;
		uint8_t mininst = h.mininst, linerange = h.linerange, opbase = h.opbase;
		int8_t linebase = h.linebase;
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

/* ---- inlined frames: .debug_info ---- */

enum {
	DW_TAG_compile_unit = 0x11, DW_TAG_subprogram = 0x2e, DW_TAG_inlined_subroutine = 0x1d,
	DW_AT_name = 0x03, DW_AT_stmt_list = 0x10, DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12,
	DW_AT_abstract_origin = 0x31, DW_AT_specification = 0x47, DW_AT_ranges = 0x55,
	DW_AT_call_file = 0x58, DW_AT_call_line = 0x59, DW_AT_linkage_name = 0x6e,
	DW_FORM_addr = 0x01, DW_FORM_string = 0x08, DW_FORM_strp = 0x0e, DW_FORM_indirect = 0x16,
	MAX_ABBREV_INDEX = 256, MAX_DEPTH = 64,
};

/* What a DIE says that this reader uses. */
typedef struct Die {
	uint64_t tag;
	bool children;
	bool haslow, hashigh, highisaddr, hasranges;
	uint64_t low, high, ranges, origin, callfile, callline, stmtlist;
	const char *name;
} Die;

/* One attribute's value: numbers, offsets and addresses in *v, strings in
 * *str; false for a form this reader does not know. */
static bool attrval(const uint8_t **pp, uint64_t form, uint8_t asize, uint64_t *v, const char **str)
{
	const uint8_t *p = *pp;
	*v = 0;
	*str = 0;
	switch (form) {
	case DW_FORM_addr: *v = asize == 8 ? rd64(p) : rd32(p); p += asize; break;
	case 0x03: p += 2 + rd16(p); break;          // block2
	case 0x04: p += 4 + rd32(p); break;          // block4
	case 0x05: *v = rd16(p); p += 2; break;      // data2
	case 0x06: *v = rd32(p); p += 4; break;      // data4
	case 0x07: *v = rd64(p); p += 8; break;      // data8
	case DW_FORM_string: *str = (const char *)p; while (*p++) ; break;
	case 0x09: { uint64_t n = uleb(&p); p += n; break; }  // block
	case 0x0a: p += 1 + *p; break;               // block1
	case 0x0b: *v = *p++; break;                 // data1
	case 0x0c: *v = *p++; break;                 // flag
	case 0x0d: *v = (uint64_t)sleb(&p); break;   // sdata
	case DW_FORM_strp: {
		uint64_t off = rd32(p);
		p += 4;
		*str = off < sym.strsize ? (const char *)sym.str + off : 0;
		break;
	}
	case 0x0f: *v = uleb(&p); break;             // udata
	case 0x10: *v = rd32(p); p += 4; break;      // ref_addr
	case 0x11: *v = *p++; break;                 // ref1
	case 0x12: *v = rd16(p); p += 2; break;      // ref2
	case 0x13: *v = rd32(p); p += 4; break;      // ref4
	case 0x14: *v = rd64(p); p += 8; break;      // ref8
	case 0x15: *v = uleb(&p); break;             // ref_udata
	case DW_FORM_indirect: {
		uint64_t f = uleb(&p);
		*pp = p;
		return attrval(pp, f, asize, v, str);
	}
	case 0x17: *v = rd32(p); p += 4; break;      // sec_offset
	case 0x18: { uint64_t n = uleb(&p); p += n; break; }  // exprloc
	case 0x19: *v = 1; break;                    // flag_present
	case 0x20: *v = rd64(p); p += 8; break;      // ref_sig8
	default: return false;
	}
	*pp = p;
	return true;
}

/* A unit's abbreviations, the first MAX_ABBREV_INDEX by code once
 * indexed (abbrevs_index: only for the unit holding the pc looked up). */
typedef struct Abbrevs {
	const uint8_t *table;
	bool indexed;
	const uint8_t *bycode[MAX_ABBREV_INDEX];
} Abbrevs;

static void abbrevs_init(Abbrevs *a, uint64_t off)
{
	a->table = off < sym.abbrevsize ? sym.abbrev + off : 0;
	a->indexed = false;
}

static void abbrevs_index(Abbrevs *a)
{
	a->indexed = true;
	for (int i = 0; i < MAX_ABBREV_INDEX; i++)
		a->bycode[i] = 0;
	const uint8_t *p = a->table, *end = sym.abbrev + sym.abbrevsize;
	while (p && p < end) {
		uint64_t code = uleb(&p);
		if (code == 0)
			break;
		if (code < MAX_ABBREV_INDEX)
			a->bycode[code] = p;
		(void)uleb(&p);  // tag
		p++;             // children
		for (;;) {
			uint64_t name = uleb(&p), form = uleb(&p);
			if (name == 0 && form == 0)
				break;
		}
	}
}

/* The abbreviation (tag, children, attribute specs) of code. */
static const uint8_t *abbrev_find(Abbrevs *a, uint64_t code)
{
	if (a->indexed && code < MAX_ABBREV_INDEX)
		return a->bycode[code];
	const uint8_t *p = a->table, *end = sym.abbrev + sym.abbrevsize;
	while (p && p < end) {
		uint64_t c = uleb(&p);
		if (c == 0)
			return 0;
		if (c == code)
			return p;
		(void)uleb(&p);
		p++;
		for (;;) {
			uint64_t name = uleb(&p), form = uleb(&p);
			if (name == 0 && form == 0)
				break;
		}
	}
	return 0;
}

/* Read the DIE at *pp (its abbreviation code already read: ab). */
static bool die_read(const uint8_t **pp, const uint8_t *ab, uint8_t asize, Die *d)
{
	*d = (Die){0};
	d->tag = uleb(&ab);
	d->children = *ab++;
	for (;;) {
		uint64_t name = uleb(&ab), form = uleb(&ab);
		if (name == 0 && form == 0)
			return true;
		uint64_t v;
		const char *str;
		if (!attrval(pp, form, asize, &v, &str))
			return false;
		switch (name) {
		case DW_AT_low_pc: d->low = v; d->haslow = true; break;
		case DW_AT_high_pc: d->high = v; d->hashigh = true; d->highisaddr = form == DW_FORM_addr; break;
		case DW_AT_ranges: d->ranges = v; d->hasranges = true; break;
		case DW_AT_abstract_origin: case DW_AT_specification: d->origin = v; break;
		case DW_AT_call_file: d->callfile = v; break;
		case DW_AT_call_line: d->callline = v; break;
		case DW_AT_stmt_list: d->stmtlist = v; break;
		case DW_AT_name: if (str) d->name = str; break;
		case DW_AT_linkage_name: if (str && !d->name) d->name = str; break;
		default: break;
		}
	}
}

/* Does the DIE's code range hold pc?  0 no, 1 yes, -1 it has none. */
static int die_holds(const Die *d, uint64_t base, uintptr_t pc)
{
	if (d->hasranges) {
		if (d->ranges >= sym.rangessize || sym.ranges == 0)
			return 0;
		const uint8_t *p = sym.ranges + d->ranges, *end = sym.ranges + sym.rangessize;
		while (p + 16 <= end) {
			uint64_t b = rd64(p), e = rd64(p + 8);
			p += 16;
			if (b == 0 && e == 0)
				break;
			if (b == ~(uint64_t)0) {
				base = e;
				continue;
			}
			if (base + b <= pc && pc < base + e)
				return 1;
		}
		return 0;
	}
	if (d->haslow && d->hashigh) {
		uint64_t hi = d->highisaddr ? d->high : d->low + d->high;
		return d->low <= pc && pc < hi;
	}
	return -1;
}

/* The name of the function a DIE's abstract origin (a unit offset) describes. */
static const char *origin_name(const uint8_t *unit, const uint8_t *unitend, Abbrevs *a, uint8_t asize, uint64_t off)
{
	for (int hops = 0; hops < 4; hops++) {
		const uint8_t *p = unit + off;
		if (p >= unitend)
			return 0;
		const uint8_t *ab = abbrev_find(a, uleb(&p));
		Die d;
		if (!ab || !die_read(&p, ab, asize, &d))
			return 0;
		if (d.name)
			return d.name;
		if (!d.origin)
			return 0;
		off = d.origin;
	}
	return 0;
}

/* The directory and name of file n of the line program at stmt_list. */
static bool callfile(uint64_t stmtlist, uint64_t n, const char **dir, const char **file)
{
	if (!sym.line || stmtlist + 4 >= sym.linesize)
		return false;
	LineHdr h;
	if (!linehdr(sym.line + stmtlist + 4, &h))
		return false;
	*dir = 0;
	return fileentry(h.files, h.dirs, n, dir, file);
}

/* pc's frames, innermost first: the functions inlined at pc (DWARF
 * inlined subroutines), then the function holding it.  Returns how many
 * (at most max); 0 if pc is in no known function. */
static int pcframes(uintptr_t pc, RtFrame *out, int max)
{
	load();
	if (sym.state != 1 || max <= 0)
		return 0;
	uintptr_t start = 0;
	const char *fname = rt_funcname(pc, &start);
	if (!fname)
		return 0;
	RtFrame chain[MAX_DEPTH];  // inlined subroutines holding pc, outermost first
	int nchain = 0;
	uint64_t stmtlist = 0;
	const uint8_t *p = sym.info, *end = sym.info + sym.infosize;
	while (sym.info && sym.abbrev && p + 11 <= end && nchain == 0) {
		uint64_t unitlen = rd32(p);
		if (unitlen >= 0xfffffff0u)
			break;
		const uint8_t *unit = p, *unitend = p + 4 + unitlen;
		p = unitend;
		if (unitend > end)
			break;
		uint16_t version = rd16(unit + 4);
		if (version < 2 || version > 4)
			continue;
		uint64_t aoff = rd32(unit + 6);
		uint8_t asize = unit[10];
		const uint8_t *q = unit + 11;
		Abbrevs ab;
		abbrevs_init(&ab, aoff);
		const uint8_t *a = abbrev_find(&ab, uleb(&q));
		Die cu;
		if (!a || !die_read(&q, a, asize, &cu) || cu.tag != DW_TAG_compile_unit || die_holds(&cu, cu.low, pc) != 1)
			continue;
		stmtlist = cu.stmtlist;
		uint64_t base = cu.low;
		abbrevs_index(&ab);
		bool holds[MAX_DEPTH];  // the DIE at each depth holds pc
		int depth = 1, sub = 0;  // sub: depth of the subprogram holding pc
		holds[0] = true;
		while (q < unitend && depth > 0) {
			uint64_t code = uleb(&q);
			if (code == 0) {
				depth--;
				if (sub && depth <= sub)
					break;  // past the subprogram's children: done
				continue;
			}
			a = abbrev_find(&ab, code);
			Die d;
			if (!a || !die_read(&q, a, asize, &d))
				break;
			bool here = false;
			if (d.tag == DW_TAG_subprogram || d.tag == DW_TAG_inlined_subroutine || d.tag == 0x0b /* lexical block */) {
				int h = die_holds(&d, base, pc);
				here = depth < MAX_DEPTH && holds[depth - 1] && (h == 1 || (h == -1 && d.tag == 0x0b));
			}
			if (here && d.tag == DW_TAG_subprogram && !sub)
				sub = depth;
			if (here && d.tag == DW_TAG_inlined_subroutine && sub && nchain < MAX_DEPTH) {
				RtFrame *f = &chain[nchain++];
				f->name = origin_name(unit, unitend, &ab, asize, d.origin);
				f->dir = f->file = 0;
				if (!callfile(stmtlist, d.callfile, &f->dir, &f->file))
					f->file = "?";
				f->line = (int64_t)d.callline;
			}
			if (d.children) {
				if (depth < MAX_DEPTH)
					holds[depth] = here;
				depth++;
			}
		}
		if (!sub)
			nchain = 0;
		break;  // the unit holding pc was found
	}
	int n = 0;
	/* the innermost frame: the line table's line */
	out[n].name = nchain ? chain[nchain - 1].name : fname;
	out[n].dir = out[n].file = 0;
	if (!rt_fileline(pc, &out[n].dir, &out[n].file, &out[n].line)) {
		out[n].file = "?";
		out[n].line = 0;
	}
	if (!out[n].name)
		out[n].name = fname;
	n++;
	/* each caller: the call's line, from the callee's entry */
	for (int k = nchain - 1; k >= 0 && n < max; k--) {
		out[n].name = k > 0 ? chain[k - 1].name : fname;
		if (!out[n].name)
			out[n].name = fname;
		out[n].dir = chain[k].dir;
		out[n].file = chain[k].file;
		out[n].line = chain[k].line;
		n++;
	}
	return n;
}

/* The answers of pcframes for the pcs looked up last: what one lookup
 * costs (every unit's header, one unit's entries, the line programs) is
 * paid once per call site, not once per runtime.Caller.  Direct-mapped;
 * each entry is a sequence lock (odd while written), so readers take no
 * lock and a torn entry is just missed. */
enum { PCCACHE_SIZE = 256, PCCACHE_FRAMES = 8 };
typedef struct PcCacheEntry {
	uint64_t seq;
	uintptr_t pc;
	int n;
	RtFrame f[PCCACHE_FRAMES];
} PcCacheEntry;
static PcCacheEntry pccache[PCCACHE_SIZE];

int rt_pcframes(uintptr_t pc, RtFrame *out, int max)
{
	PcCacheEntry *e = &pccache[((pc >> 2) ^ (pc >> 11)) & (PCCACHE_SIZE - 1)];
	uint64_t s1 = __atomic_load_n(&e->seq, __ATOMIC_ACQUIRE);
	if (s1 != 0 && !(s1 & 1) && __atomic_load_n(&e->pc, __ATOMIC_RELAXED) == pc) {
		int n = __atomic_load_n(&e->n, __ATOMIC_RELAXED);
		if (n > max)
			n = max;
		for (int i = 0; i < n; i++)
			out[i] = e->f[i];
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
		if (__atomic_load_n(&e->seq, __ATOMIC_RELAXED) == s1)
			return n;
	}
	RtFrame f[RT_MAX_INLINE];
	int n = pcframes(pc, f, RT_MAX_INLINE);
	if (n > 0 && n <= PCCACHE_FRAMES && n < RT_MAX_INLINE) {
		uint64_t s = __atomic_load_n(&e->seq, __ATOMIC_RELAXED);
		if (!(s & 1) && __atomic_compare_exchange_n(&e->seq, &s, s + 1, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
			__atomic_store_n(&e->pc, pc, __ATOMIC_RELAXED);
			__atomic_store_n(&e->n, n, __ATOMIC_RELAXED);
			for (int i = 0; i < n; i++)
				e->f[i] = f[i];
			__atomic_store_n(&e->seq, s + 2, __ATOMIC_RELEASE);
		}
	}
	if (n > max)
		n = max;
	for (int i = 0; i < n; i++)
		out[i] = f[i];
	return n;
}

/* ---- the Go API: overlay/runtime/symtab.go ---- */

extern const uint8_t __start_gotext[] __attribute__((weak, visibility("hidden")));
extern const uint8_t __stop_gotext[] __attribute__((weak, visibility("hidden")));

static bool ingo(uintptr_t pc) { return pc >= (uintptr_t)__start_gotext && pc < (uintptr_t)__stop_gotext; }

/* A pc runtime.Callers handed out: the address and the inlined frame's depth. */
static uintptr_t pcaddr(uintptr_t pc) { return pc & (((uintptr_t)1 << RT_PC_INLINE_SHIFT) - 1); }
static int pcdepth(uintptr_t pc) { return (int)(pc >> RT_PC_INLINE_SHIFT); }

/* The frame of a (possibly tagged) pc; false if none. */
static bool pcframe(uintptr_t pc, RtFrame *f)
{
	uintptr_t a = pcaddr(pc);
	if (!ingo(a))
		return false;
	RtFrame fr[RT_MAX_INLINE];
	int n = rt_pcframes(a, fr, RT_MAX_INLINE), k = pcdepth(pc);
	if (k >= n)
		return false;
	*f = fr[k];
	return true;
}

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
			/* one pc per frame, the inlined ones first (gc: tracebackPCs) */
			RtFrame fr[RT_MAX_INLINE];
			int nf = rt_pcframes(ra - 1, fr, RT_MAX_INLINE);
			if (nf < 1)
				nf = 1;
			for (int k = 0; k < nf && got < n; k++) {
				if (skip > 0)
					skip--;
				else
					pcs[got++] = rt_pc_inline(ra, k);
			}
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

/* The function of pc: for a pc in inlined code the innermost one, as gc's
 * FuncForPC (or the one the depth in a Callers pc names). */
GoString rt_funcname_go(uintptr_t pc)
{
	RtFrame f;
	return pcframe(pc, &f) ? cstr(f.name) : (GoString){0, 0};  // points into the mapped executable: never freed
}

uintptr_t rt_funcentry(uintptr_t pc)
{
	uintptr_t start = 0;
	pc = pcaddr(pc);
	return ingo(pc) && rt_funcname(pc, &start) ? start : 0;
}

int64_t rt_funcline(uintptr_t pc)
{
	RtFrame f;
	return pcframe(pc, &f) ? f.line : 0;
}

GoString rt_funcfile(uintptr_t pc)
{
	RtFrame f;
	if (!pcframe(pc, &f) || !f.file)
		return GOSTR("?");
	GoString fs = cstr(f.file);
	if (f.dir == 0 || f.file[0] == '/')
		return fs;
	GoString d = cstr(f.dir);
	uint8_t *b;
	GoString s = rt_rawstring(d.len + 1 + fs.len, &b);
	memmove(b, d.ptr, (size_t)d.len);
	b[d.len] = '/';
	memmove(b + d.len + 1, fs.ptr, (size_t)fs.len);
	return s;
}
