/* rtabi.c — runtime/abi.def, parsed once into a table of runtime entry points.
 *
 * abi.def is the one list of the runtime's C entry points (the role of gc's
 * typecheck/builtin/runtime.go): `RT(name, ret, (argtypes))`, the C function
 * being rt_NAME. The SSA builder looks entries up by name to fill AuxCall.rt
 * (index + 1); the back end reads the signatures to declare the LLVM
 * functions. Both go through this file so neither depends on the other.
 *
 * Type codes: void u8 i32 i64 u64 f32 f64 ptr str pair. A `str` argument is
 * passed as two arguments (ptr, len) — the SysV ABI passes a 16-byte
 * struct of two INTEGER words in two registers, so the C prototype may take a
 * GoString by value; `str` and `pair` results come back in RAX:RDX.
 */
#include "ssa.h"

static const struct {
	const char *name, *ret, *args;
} raw[] = {
#define RT(name, ret, args) {#name, #ret, #args},
#include "../runtime/abi.def"
#undef RT
};
enum { NRAW = sizeof raw / sizeof raw[0] };

static RtEntry entries[NRAW];
static bool parsed;

static RtAbiType parse_code(const char *s, size_t n, const char *entry) {
	static const char *codes[] = {"void", "u8", "i32", "i64", "u64", "f32", "f64", "ptr", "str", "pair"};
	for (int i = 0; i < (int)(sizeof codes / sizeof codes[0]); i++)
		if (strlen(codes[i]) == n && memcmp(codes[i], s, n) == 0)
			return (RtAbiType)i;
	ice("runtime/abi.def: entry %s: unknown type code '%.*s'", entry, (int)n, s);
}

/* "(ptr, i64)" → args; "()" and "(void)" are no arguments. */
static void parse_args(RtEntry *e, const char *s) {
	while (*s == ' ' || *s == '(')
		s++;
	while (*s && *s != ')') {
		const char *start = s;
		while (*s && *s != ',' && *s != ')' && *s != ' ')
			s++;
		RtAbiType t = parse_code(start, (size_t)(s - start), e->name);
		if (t != RTA_VOID) {
			if (e->nargs == RT_MAXARGS)
				ice("runtime/abi.def: entry %s: too many arguments", e->name);
			e->args[e->nargs++] = t;
		}
		while (*s == ' ' || *s == ',')
			s++;
	}
}

static void parse_all(void) {
	if (parsed)
		return;
	for (int i = 0; i < NRAW; i++) {
		RtEntry *e = &entries[i];
		e->name = raw[i].name;
		e->ret = parse_code(raw[i].ret, strlen(raw[i].ret), e->name);
		parse_args(e, raw[i].args);
	}
	parsed = true;
}

int rt_entry_count(void) { return NRAW; }

int rt_entry_index(const char *name) {
	parse_all();
	if (strncmp(name, "rt_", 3) == 0)
		name += 3;
	for (int i = 0; i < NRAW; i++)
		if (strcmp(entries[i].name, name) == 0)
			return i;
	return -1;
}

const char *rt_entry_name(int index) {
	parse_all();
	if (index < 0 || index >= NRAW)
		ice("runtime entry index %d out of range", index);
	return entries[index].name;
}

const RtEntry *rt_entry(int index) {
	parse_all();
	if (index < 0 || index >= NRAW)
		ice("runtime entry index %d out of range", index);
	return &entries[index];
}
