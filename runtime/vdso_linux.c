/* runtime/vdso_linux.c — finding clock_gettime in the vDSO (gc:
 * vdso_linux.go, vdso_linux_amd64.go).
 *
 * The kernel maps a small shared object, the vDSO, into every process and
 * passes its address in the auxiliary vector (AT_SYSINFO_EHDR).  Its
 * __vdso_clock_gettime reads the clock from shared memory without entering
 * the kernel: ~20 ns instead of a ~100+ ns system call.  This file walks
 * the vDSO's dynamic symbol table (DT_HASH's chain count gives its size)
 * for that one symbol, with version LINUX_2.6 as gc checks; if anything is
 * missing, rt_nanotime keeps using the system call.
 *
 * Invariants:
 *   - rt_vdsoinit runs once, in rt_sysargs, before any thread starts; the
 *     pointer is read-only afterwards.
 *   - Nothing here allocates.
 */
#include "rt.h"

enum {
	PT_LOAD = 1, PT_DYNAMIC = 2,
	DT_NULL = 0, DT_HASH = 4, DT_STRTAB = 5, DT_SYMTAB = 6, DT_VERSYM = 0x6ffffff0, DT_VERDEF = 0x6ffffffc,
	STT_FUNC = 2, STB_GLOBAL = 1, STB_WEAK = 2, SHN_UNDEF = 0,
	VER_FLG_BASE = 1,
};

typedef struct { uint8_t ident[16]; uint16_t type, machine; uint32_t version; uint64_t entry, phoff, shoff;
	uint32_t flags; uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx; } Ehdr;
typedef struct { uint32_t type, flags; uint64_t offset, vaddr, paddr, filesz, memsz, align; } Phdr;
typedef struct { int64_t tag; uint64_t val; } Dyn;
typedef struct { uint32_t name; uint8_t info, other; uint16_t shndx; uint64_t value, size; } Sym;
typedef struct { uint16_t version, flags, ndx, cnt; uint32_t hash, aux, next; } Verdef;
typedef struct { uint32_t name, next; } Verdaux;

int64_t (*rt_vdso_clock_gettime)(int32_t clock, Timespec *ts);

static bool streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

void rt_vdsoinit(uintptr_t base)
{
	if (base == 0)
		return;
	const Ehdr *eh = (const Ehdr *)base;
	const Phdr *ph = (const Phdr *)(base + eh->phoff);
	uintptr_t load = 0;
	const Dyn *dyn = 0;
	bool haveload = false;
	for (int i = 0; i < eh->phnum; i++) {
		if (ph[i].type == PT_LOAD && !haveload) {
			load = base + ph[i].offset - ph[i].vaddr;
			haveload = true;
		} else if (ph[i].type == PT_DYNAMIC) {
			dyn = (const Dyn *)(base + ph[i].offset);
		}
	}
	if (!haveload || dyn == 0)
		return;
	const Sym *symtab = 0;
	const char *strtab = 0;
	const uint32_t *hash = 0;
	const uint16_t *versym = 0;
	const Verdef *verdef = 0;
	for (; dyn->tag != DT_NULL; dyn++) {
		uintptr_t p = load + dyn->val;
		switch (dyn->tag) {
		case DT_SYMTAB: symtab = (const Sym *)p; break;
		case DT_STRTAB: strtab = (const char *)p; break;
		case DT_HASH: hash = (const uint32_t *)p; break;
		case DT_VERSYM: versym = (const uint16_t *)p; break;
		case DT_VERDEF: verdef = (const Verdef *)p; break;
		}
	}
	if (symtab == 0 || strtab == 0 || hash == 0)
		return;
	// The version index whose name is LINUX_2.6 (gc: vdsoLinuxVersion).
	int32_t want = -1;
	for (const Verdef *d = verdef; d != 0;) {
		if (!(d->flags & VER_FLG_BASE)) {
			const Verdaux *aux = (const Verdaux *)((const uint8_t *)d + d->aux);
			if (streq(strtab + aux->name, "LINUX_2.6"))
				want = d->ndx & 0x7fff;
		}
		if (d->next == 0)
			break;
		d = (const Verdef *)((const uint8_t *)d + d->next);
	}
	uint32_t nsym = hash[1];  // nchain: one chain entry per symbol
	for (uint32_t i = 0; i < nsym; i++) {
		const Sym *s = &symtab[i];
		uint8_t type = s->info & 0xf, bind = s->info >> 4;
		if (type != STT_FUNC || (bind != STB_GLOBAL && bind != STB_WEAK) || s->shndx == SHN_UNDEF)
			continue;
		if (!streq(strtab + s->name, "__vdso_clock_gettime"))
			continue;
		if (versym != 0 && want >= 0 && (versym[i] & 0x7fff) != want)
			continue;
		rt_vdso_clock_gettime = (int64_t (*)(int32_t, Timespec *))(load + s->value);
		return;
	}
}
