/* rtype.c — runtime type information: type descriptors, itabs, and the
 * method wrappers their method tables point at (gc: reflectdata).
 *
 * Symbols (descriptors and itabs are linkonce_odr constants, the wrappers
 * defined here linkonce_odr functions, each in a comdat of its own name, so
 * the linker keeps one per program and two types are identical iff their
 * descriptors have the same address):
 *   type:LINK          the descriptor of the type whose link string is LINK
 *   go:itab.LINK,LINK  the itab of a concrete type for a non-empty interface
 *   go:itablink.LINK,LINK  a pointer to it in section go_itablinks (see
 *                      ITABLINK_SECTION), in the itab's comdat
 *   main.(*T).M        wrapper: value method M called with a *T receiver
 *   main.S.M, main.(*S).M   wrappers: method M promoted through S's embedded fields
 *                      (gc's names; for unnamed S the link string is used:
 *                      "struct { main.T }.M", "(*struct { main.T }).M")
 *   type:LINK..eq      the type's equal func value {rt_eqfunc, type:LINK}
 *   go:name            (private) names in gc's encoding (runtime/abi.h GoName),
 *                      shared within the module, as are GC pointer bitmaps
 *
 * Two strings name a type (both as gc makes them):
 *   - its string (gc: t.NameString(), what the runtime prints, GoType.name):
 *     "main.T", "*main.T", "[]uint8", "struct { a int; main.T }",
 *     "interface { M(); main.m() }", "func(int, ...string) (int, error)",
 *     "map[string]int", "chan<- int", "interface {}", "unsafe.Pointer";
 *   - its link string (gc: t.LinkString()): the same except that it is
 *     unique per type identity: types local to functions get a "·N" suffix
 *     (so does any named type whose "pkg.Name" another one met earlier has),
 *     and an embedded field renamed through an alias is written "Name = T".
 * GoType.hash is FNV-1a of the link string.
 *
 * A descriptor is one global: the kind-specific struct of runtime/abi.h
 * (GoType first), then the GoUncommon when the type is named or has methods,
 * then the arrays that follow it (a func type's parameter types, which gc
 * puts right after the uncommon part; interface methods; struct fields; the
 * method table, which the uncommon part's moff reaches), as gc lays them
 * out. Names, types and code inside descriptors are 32-bit offsets as in gc,
 * here absolute addresses (abi.h GoNameOff). Every comparable type gets an
 * equal func value; every named type (not a pointer or interface) points at
 * its pointer type through ptrToThis, as gc's do. Descriptors refer to
 * each other (T → *T → T), so amd64_type_desc first adds a placeholder
 * declaration and a work-list entry; the outermost call fills the work list,
 * replacing each placeholder by the complete global.
 *
 * Method sets (gc's methods(t)): for a type B, its declared value-receiver
 * methods plus those promoted through embedded fields that need no pointer;
 * for *B (B not a pointer or interface) all of them. Each entry has two code
 * pointers (runtime/abi.h GoMethod):
 *   tfn  the method with the receiver as declared for the type: B.M itself,
 *        or a wrapper;
 *   ifn  the method with the interface data word as receiver: the same as
 *        tfn for *B and for direct-iface B, otherwise the (*B).M wrapper.
 * Wrappers are declared when referenced; the SSA builder may define them
 * (a Go function with the receiver *B or B, taking the method's signature),
 * and amd64_rtype_finish defines every one still undefined at the end of the
 * module: receiver → walk the embedded fields (dereferencing embedded
 * pointers, nil-checked) → call the declared method (or the interface
 * method through the itab of an embedded interface), passing the other
 * arguments and the results through.
 *
 * TEMPORARY: no GC programs: gcdata is always a bitmap, except for types
 * whose pointer prefix exceeds 2^23 words, which get gcdata NULL. The map
 * hasher is NULL (abi.h allows it).
 */
#include "amd64.h"

#include <llvm-c/Comdat.h>

#include "../../runtime/abi.h"

enum { MAX_GCMASK_WORDS = 1 << 23 };

/* Each static itab has a pointer to it, "go:itablink." + the itab's suffix,
 * in this section, in the itab's comdat and retained (@llvm.used, !retain):
 * the runtime walks __start_go_itablinks .. __stop_go_itablinks to seed its
 * itab table, so that an itab it builds at run time for a (type, interface)
 * pair is the static one when there is one (gc: itabsinit, itablinks;
 * runtime/iface.c; test/fixedbugs/issue18595.go). */
#define ITABLINK_SECTION "go_itablinks"

/* ---------------- module state ---------------- */

typedef struct Wrapper {
	const char *sym;
	Type *base;          // the receiver is base or *base
	bool ptr;
	struct MEntry *e;    // the method to reach
} Wrapper;

static struct {
	StrMap names;        // flags, name, tag, pkgpath → private GoName bytes
	Vec pending;         // Type*: descriptors still placeholders
	bool filling;
	Vec wrappers;        // Wrapper*, in the order first referenced
	StrMap wrapper_syms; // sym → Wrapper*
	Vec used;            // LLVMValueRef: globals for @llvm.used
	Vec cused;           // LLVMValueRef: globals for @llvm.compiler.used
} rt;

void amd64_rtype_reset(void) {
	free(rt.names.e);
	free(rt.pending.data);
	free(rt.wrappers.data);
	free(rt.wrapper_syms.e);
	free(rt.used.data);
	free(rt.cused.data);
	memset(&rt, 0, sizeof rt);
}

/* ---------------- small helpers ---------------- */

static uint32_t fnv1a(const char *s) {
	uint32_t h = 2166136261u;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

static LLVMValueRef cint(LLVMTypeRef t, uint64_t x) { return LLVMConstInt(t, x, false); }
static LLVMValueRef nullp(void) { return LLVMConstNull(be.t_ptr); }

static bool is_exported(const char *s) { return ident_exported(s); }

static Type *under(Type *t) { return t->under ? t->under : t; }

static bool is_unnamed_ptr(Type *t) { return t->kind == TY_POINTER && !t->named; }

/* ---------------- type strings ---------------- */

static StrMap named_seen; // "pkg.Name" → Vec* of the Obj*s of named types so spelled (whole run)

static void rstr(StrBuf *b, Type *t, bool link);

static void named_to(StrBuf *b, Type *t, bool link) {
	Obj *o = t->named;
	const char *name = o->name;
	if (!o->pkg) { // predeclared; byte and rune are uint8 and int32 at run time
		if (strcmp(name, "byte") == 0)
			name = "uint8";
		else if (strcmp(name, "rune") == 0)
			name = "int32";
		sb_puts(b, name);
		return;
	}
	/* the string names the package, the link string gives its path */
	sb_printf(b, "%s.%s", link ? o->pkg : types_pkg_name(o->pkg), name);
	if (!link)
		return;
	/* A type local to a function (Obj.owner set) is always "pkg.Name·N",
	 * N counting from 1 in the order met; otherwise the first type met with
	 * that name keeps it plain (robust even when the checker does not mark
	 * local types). */
	const char *key = arena_printf(perm, "%s%s.%s", o->owner ? "·" : "", o->pkg, name);
	Vec *v = strmap_get(&named_seen, key);
	if (!v) {
		v = NEW(perm, Vec);
		strmap_put(&named_seen, key, v);
	}
	int i = 0;
	while (i < v->len && v->data[i] != o)
		i++;
	if (i == v->len)
		vec_push(v, o);
	if (o->owner)
		i++;
	if (i > 0)
		sb_printf(b, "·%d", i);
}

/* strconv.Quote for struct tags */
static void quote_to(StrBuf *b, const char *s) {
	sb_putc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': sb_puts(b, "\\\""); break;
		case '\\': sb_puts(b, "\\\\"); break;
		case '\a': sb_puts(b, "\\a"); break;
		case '\b': sb_puts(b, "\\b"); break;
		case '\f': sb_puts(b, "\\f"); break;
		case '\n': sb_puts(b, "\\n"); break;
		case '\r': sb_puts(b, "\\r"); break;
		case '\t': sb_puts(b, "\\t"); break;
		case '\v': sb_puts(b, "\\v"); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				sb_printf(b, "\\x%02x", *p);
			else
				sb_putc(b, (char)*p);
		}
	}
	sb_putc(b, '"');
}

/* "(int, ...string) (int, error)": gc's signature without names */
static void sig_to(StrBuf *b, Type *ft, bool link) {
	sb_putc(b, '(');
	for (int i = 0; i < ft->params.len; i++) {
		Field *p = VEC_AT(ft->params, i);
		if (i)
			sb_puts(b, ", ");
		if (ft->variadic && i == ft->params.len - 1 && p->type->kind == TY_SLICE) {
			sb_puts(b, "...");
			rstr(b, p->type->elem, link);
		} else {
			rstr(b, p->type, link);
		}
	}
	sb_putc(b, ')');
	if (ft->results.len == 1) {
		sb_putc(b, ' ');
		rstr(b, ((Field *)VEC_AT(ft->results, 0))->type, link);
	} else if (ft->results.len > 1) {
		sb_puts(b, " (");
		for (int i = 0; i < ft->results.len; i++) {
			if (i)
				sb_puts(b, ", ");
			rstr(b, ((Field *)VEC_AT(ft->results, i))->type, link);
		}
		sb_putc(b, ')');
	}
}

/* The unnamed types being spelled, and where their text starts: a type
 * met again inside itself (interface{ F() interface{ I } } where I embeds
 * it) is written "@N", N that offset, as gc does. */
static Vec spelling; // Type*, then its offset (as a pointer-sized integer)

static void rstr1(StrBuf *b, Type *t, bool link);

static void rstr(StrBuf *b, Type *t, bool link) {
	if (!t) {
		sb_puts(b, "<nil>");
		return;
	}
	if (t->named) {
		named_to(b, t, link);
		return;
	}
	for (int i = 0; i < spelling.len; i += 2)
		if (spelling.data[i] == t) {
			sb_printf(b, "@%zu", (size_t)(uintptr_t)spelling.data[i + 1]);
			return;
		}
	vec_push(&spelling, t);
	vec_push(&spelling, (void *)(uintptr_t)b->len);
	rstr1(b, t, link);
	spelling.len -= 2;
}

static void rstr1(StrBuf *b, Type *t, bool link) {
	switch (t->kind) {
	case TY_ARRAY:
		sb_printf(b, "[%lld]", (long long)t->len);
		rstr(b, t->elem, link);
		break;
	case TY_SLICE:
		sb_puts(b, "[]");
		rstr(b, t->elem, link);
		break;
	case TY_POINTER:
		sb_putc(b, '*');
		rstr(b, t->elem, link);
		break;
	case TY_MAP:
		sb_puts(b, "map[");
		rstr(b, t->key, link);
		sb_putc(b, ']');
		rstr(b, t->elem, link);
		break;
	case TY_CHAN:
		if (t->chandir == CHAN_RECV) {
			sb_puts(b, "<-chan ");
			rstr(b, t->elem, link);
		} else if (t->chandir == CHAN_SEND) {
			sb_puts(b, "chan<- ");
			rstr(b, t->elem, link);
		} else if (t->elem && t->elem->kind == TY_CHAN && !t->elem->named && t->elem->chandir == CHAN_RECV) {
			sb_puts(b, "chan (");
			rstr(b, t->elem, link);
			sb_putc(b, ')');
		} else {
			sb_puts(b, "chan ");
			rstr(b, t->elem, link);
		}
		break;
	case TY_FUNC:
		sb_puts(b, "func");
		sig_to(b, t, link);
		break;
	case TY_STRUCT:
		sb_puts(b, "struct {");
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = VEC_AT(t->fields, i);
			sb_puts(b, i ? "; " : " ");
			if (f->embedded) {
				Type *ft = is_unnamed_ptr(f->type) ? f->type->elem : f->type;
				const char *natural = ft->named ? ft->named->name : NULL;
				if (link && f->name && natural && strcmp(f->name, natural) != 0)
					sb_printf(b, "%s = ", f->name);
			} else {
				/* unexported names are qualified in the link string: fields
				 * of different packages differ (gc's fldconv) */
				if (link && f->name && !ident_exported(f->name) && strcmp(f->name, "_") != 0)
					sb_printf(b, "%s.", f->pkg ? f->pkg : be.pkgpath);
				sb_puts(b, f->name ? f->name : "_");
				sb_putc(b, ' ');
			}
			rstr(b, f->type, link);
			if (f->tag && *f->tag) {
				sb_putc(b, ' ');
				quote_to(b, f->tag);
			}
		}
		sb_puts(b, t->fields.len ? " }" : "}");
		break;
	case TY_INTERFACE:
		sb_puts(b, "interface {");
		for (int i = 0; i < t->methods.len; i++) {
			Method *m = VEC_AT(t->methods, i);
			sb_puts(b, i ? "; " : " ");
			if (!is_exported(m->name)) {
				const char *mp = m->pkg ? m->pkg : be.pkgpath;
				sb_printf(b, "%s.", link ? mp : types_pkg_name(mp));
			}
			sb_puts(b, m->name);
			sig_to(b, m->type, link);
		}
		sb_puts(b, t->methods.len ? " }" : "}");
		break;
	default:
		sb_puts(b, type_string(perm, t, true));
		break;
	}
}

/* What the back end knows of a type, cached in Type.rtype. */
typedef struct RInfo {
	const char *sym;  // "type:" + link
	const char *link; // unique per type identity
	const char *str;  // gc's string of the type
	uint32_t hash;
	bool mset_done;
	Vec mset;         // MEntry*, sorted by name
} RInfo;

static RInfo *rinfo(Type *t) {
	if (t->rtype)
		return t->rtype;
	RInfo *ri = NEW(perm, RInfo);
	StrBuf b = {0}, c = {0};
	rstr(&b, t, true);
	rstr(&c, t, false);
	ri->link = arena_strdup(perm, sb_cstr(&b));
	ri->str = arena_strdup(perm, sb_cstr(&c));
	sb_free(&b);
	sb_free(&c);
	ri->sym = arena_printf(perm, "type:%s", ri->link);
	ri->hash = fnv1a(ri->link);
	t->rtype = ri;
	return ri;
}

/* ---------------- type properties ---------------- */

static int type_kind(Type *t) {
	switch (t->kind) {
	case TY_BOOL: return KIND_BOOL;
	case TY_INT: return KIND_INT;
	case TY_INT8: return KIND_INT8;
	case TY_INT16: return KIND_INT16;
	case TY_INT32: return KIND_INT32;
	case TY_INT64: return KIND_INT64;
	case TY_UINT: return KIND_UINT;
	case TY_UINT8: return KIND_UINT8;
	case TY_UINT16: return KIND_UINT16;
	case TY_UINT32: return KIND_UINT32;
	case TY_UINT64: return KIND_UINT64;
	case TY_UINTPTR: return KIND_UINTPTR;
	case TY_FLOAT32: return KIND_FLOAT32;
	case TY_FLOAT64: return KIND_FLOAT64;
	case TY_COMPLEX64: return KIND_COMPLEX64;
	case TY_COMPLEX128: return KIND_COMPLEX128;
	case TY_ARRAY: return KIND_ARRAY;
	case TY_CHAN: return KIND_CHAN;
	case TY_FUNC: return KIND_FUNC;
	case TY_INTERFACE: return KIND_INTERFACE;
	case TY_MAP: return KIND_MAP;
	case TY_POINTER: return KIND_PTR;
	case TY_SLICE: return KIND_SLICE;
	case TY_STRING: return KIND_STRING;
	case TY_STRUCT: return KIND_STRUCT;
	case TY_UNSAFEPTR: return KIND_UNSAFE_POINTER;
	default: ice("no type descriptor for type kind %d (%s)", t->kind, type_string(perm, t, true));
	}
}

/* == may compare the bytes (gc's IsRegularMemory): no floats, strings,
 * interfaces, blank fields or padding. */
static bool is_regular_memory(Type *t) {
	switch (t->kind) {
	case TY_BOOL: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
	case TY_POINTER: case TY_CHAN: case TY_UNSAFEPTR:
		return true;
	case TY_ARRAY: // [0]T compares nothing, if T is comparable at all
		return is_regular_memory(t->elem) || (t->len == 0 && type_comparable(t->elem));
	case TY_STRUCT: {
		int64_t end = 0;
		types_size(t);
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = VEC_AT(t->fields, i);
			if (f->offset != end || !is_regular_memory(f->type) || (f->name && strcmp(f->name, "_") == 0))
				return false;
			end = f->offset + types_size(f->type);
		}
		return end == types_size(t);
	}
	default:
		return false;
	}
}

/* Bytes of the prefix of a T that can hold pointers (gc's types.PtrDataSize). */
static int64_t ptrdata(Type *t) {
	switch (t->kind) {
	case TY_POINTER: case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFEPTR:
	case TY_STRING: case TY_SLICE:
		return 8;
	case TY_INTERFACE:
		return 16;
	case TY_ARRAY: {
		int64_t e = t->len > 0 ? ptrdata(t->elem) : 0;
		return e ? (t->len - 1) * types_size(t->elem) + e : 0;
	}
	case TY_STRUCT: {
		types_size(t);
		for (int i = t->fields.len - 1; i >= 0; i--) {
			Field *f = VEC_AT(t->fields, i);
			int64_t p = ptrdata(f->type);
			if (p)
				return f->offset + p;
		}
		return 0;
	}
	default:
		return 0;
	}
}

/* Set the bits of the pointer words of a T at byte offset off (gc's
 * typebits.Set: an interface's first word is not a pointer the GC follows). */
static void ptrmask(Type *t, int64_t off, uint8_t *bits) {
	int64_t w = off / 8;
	switch (t->kind) {
	case TY_POINTER: case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFEPTR:
	case TY_STRING: case TY_SLICE:
		bits[w / 8] |= (uint8_t)(1u << (w % 8));
		break;
	case TY_INTERFACE:
		w++;
		bits[w / 8] |= (uint8_t)(1u << (w % 8));
		break;
	case TY_ARRAY:
		if (ptrdata(t->elem))
			for (int64_t i = 0; i < t->len; i++)
				ptrmask(t->elem, off + i * types_size(t->elem), bits);
		break;
	case TY_STRUCT:
		types_size(t);
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = VEC_AT(t->fields, i);
			if (ptrdata(f->type))
				ptrmask(f->type, off + f->offset, bits);
		}
		break;
	default:
		break;
	}
}

static LLVMValueRef gcdata(Type *t, int64_t pd) {
	int64_t words = pd / 8;
	if (words == 0 || words > MAX_GCMASK_WORDS)
		return nullp();
	int64_t n = (words + 7) / 8;
	uint8_t *bits = calloc((size_t)n, 1);
	ptrmask(t, 0, bits);
	LLVMValueRef g = amd64_const_bytes((const char *)bits, n);
	free(bits);
	return g;
}

/* gc's map bucket type (reflect's bucketOf): tophash [8]uint8, keys [8]K,
 * elems [8]V, overflow *bucket, with keys and elements over 128 bytes held
 * by pointer.  The runtime allocates buckets with it, so the collector sees
 * exactly their pointer words.  Buckets of pointer-free keys and elements
 * are pointer-free as a whole, overflow pointer included: the runtime keeps
 * their overflow buckets reachable from the map header, as gc does. */
static LLVMValueRef header(int64_t size, int64_t pd, uint32_t hash, int tflag, int64_t al, int kind,
                           LLVMValueRef eq, LLVMValueRef gcd, LLVMValueRef str, LLVMValueRef ptrto);
static LLVMValueRef plain_name(const char *s);

static LLVMValueRef map_bucket_desc(Type *t) {
	int64_t ks = types_size(t->key), es = types_size(t->elem);
	bool indk = ks > 128, inde = es > 128;
	if (indk)
		ks = 8;
	if (inde)
		es = 8;
	int64_t size = 8 + 8 * ks + 8 * es + 8;
	bool kptr = indk || ptrdata(t->key), eptr = inde || ptrdata(t->elem);
	const char *name = arena_printf(perm, "map.bucket[%s]%s", rinfo(t->key)->str, rinfo(t->elem)->str);
	const char *sym = arena_printf(perm, "type:%s", name);
	LLVMValueRef gv = LLVMGetNamedGlobal(be.mod, sym);
	if (gv)
		return gv;
	int64_t pd = 0;
	LLVMValueRef gcd = nullp();
	if (kptr || eptr) {
		int64_t words = size / 8;
		uint8_t *bits = calloc((size_t)(words + 7) / 8, 1);
		for (int64_t i = 0; i < 8; i++) {
			int64_t ko = 8 + i * ks, eo = 8 + 8 * ks + i * es;
			if (indk)
				bits[ko / 64] |= (uint8_t)(1u << (ko / 8 % 8));
			else if (kptr)
				ptrmask(t->key, ko, bits);
			if (inde)
				bits[eo / 64] |= (uint8_t)(1u << (eo / 8 % 8));
			else if (eptr)
				ptrmask(t->elem, eo, bits);
		}
		bits[(words - 1) / 8] |= (uint8_t)(1u << ((words - 1) % 8)); // overflow
		gcd = amd64_const_bytes((const char *)bits, (words + 7) / 8);
		free(bits);
		pd = size;
	}
	LLVMValueRef init = header(size, pd, fnv1a(name), 0, 8, KIND_STRUCT, nullp(), gcd, plain_name(name), NULL);
	gv = LLVMAddGlobal(be.mod, LLVMTypeOf(init), sym);
	LLVMSetInitializer(gv, init);
	LLVMSetGlobalConstant(gv, true);
	LLVMSetAlignment(gv, 8);
	amd64_make_linkonce(gv, sym);
	return gv;
}

/* map key properties (gc's IsReflexive, needkeyupdate, hashMightPanic) */
static bool key_reflexive(Type *t) {
	switch (t->kind) {
	case TY_FLOAT32: case TY_FLOAT64: case TY_COMPLEX64: case TY_COMPLEX128: case TY_INTERFACE:
		return false;
	case TY_ARRAY:
		return key_reflexive(t->elem);
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (!key_reflexive(((Field *)VEC_AT(t->fields, i))->type))
				return false;
		return true;
	default:
		return true;
	}
}

static bool key_needs_update(Type *t) {
	switch (t->kind) {
	case TY_FLOAT32: case TY_FLOAT64: case TY_COMPLEX64: case TY_COMPLEX128: case TY_INTERFACE:
	case TY_STRING:
		return true;
	case TY_ARRAY:
		return key_needs_update(t->elem);
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (key_needs_update(((Field *)VEC_AT(t->fields, i))->type))
				return true;
		return false;
	default:
		return false;
	}
}

static bool key_hash_might_panic(Type *t) {
	switch (t->kind) {
	case TY_INTERFACE:
		return true;
	case TY_ARRAY:
		return key_hash_might_panic(t->elem);
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (key_hash_might_panic(((Field *)VEC_AT(t->fields, i))->type))
				return true;
		return false;
	default:
		return false;
	}
}

/* The package of the uncommon part (gc's typePkg). */
static const char *type_pkg(Type *t) {
	Obj *o = t->named;
	if (!o && (t->kind == TY_ARRAY || t->kind == TY_SLICE || t->kind == TY_POINTER || t->kind == TY_CHAN) && t->elem)
		o = t->elem->named;
	return o ? o->pkg : NULL;
}

/* ---------------- method sets ---------------- */

typedef enum FnKind {
	FN_METHOD,    // the declared method itself
	FN_WRAP_VAL,  // wrapper with receiver base (promoted method)
	FN_WRAP_PTR,  // wrapper with receiver *base
} FnKind;

typedef struct MEntry {
	const char *name;
	Method *m;       // the declared method, or the interface method of an embedded interface
	Vec path;        // Field*: the embedded fields walked from base (empty: m is base's own)
	Type *base;      // the type whose method set this is, without the pointer
	FnKind tfn, ifn;
} MEntry;

/* The methods reachable from t (Method*: their names and packages). */
static void collect_names(Type *t, Vec *names, Vec *seen, int depth) {
	if (!t || depth > 32)
		return;
	for (int i = 0; i < seen->len; i++)
		if (seen->data[i] == t)
			return;
	vec_push(seen, t);
	Type *u = under(t);
	if (u->kind == TY_INTERFACE) {
		for (int i = 0; i < u->methods.len; i++)
			vec_push(names, VEC_AT(u->methods, i));
		return;
	}
	if (t->named)
		for (int i = 0; i < t->methods.len; i++)
			vec_push(names, VEC_AT(t->methods, i));
	if (u->kind == TY_STRUCT)
		for (int i = 0; i < u->fields.len; i++) {
			Field *f = VEC_AT(u->fields, i);
			if (f->embedded)
				collect_names(is_unnamed_ptr(f->type) ? f->type->elem : f->type, names, seen, depth + 1);
		}
}

static int cmp_entry(const void *a, const void *b) {
	const MEntry *x = *(MEntry *const *)a, *y = *(MEntry *const *)b;
	int c = strcmp(x->name, y->name);
	if (c || !x->m->pkg || !y->m->pkg)
		return c;
	return strcmp(x->m->pkg, y->m->pkg); /* the same unexported name from two packages */
}

static Vec *method_set(Type *t) {
	RInfo *ri = rinfo(t);
	if (ri->mset_done)
		return &ri->mset;
	ri->mset_done = true;
	bool ptr = is_unnamed_ptr(t);
	Type *base = ptr ? t->elem : t;
	if (!base || base->kind == TY_INTERFACE || base->kind == TY_POINTER || base->kind == TY_INVALID)
		return &ri->mset;
	Vec names = {0}, seen = {0};
	collect_names(base, &names, &seen, 0);
	for (int i = 0; i < names.len; i++) {
		Method *nm = names.data[i];
		const char *name = nm->name;
		bool dup = false;
		for (int j = 0; j < i && !dup; j++) {
			Method *o = names.data[j];
			dup = same_ident(o->name, o->pkg, name, nm->pkg);
		}
		if (dup)
			continue;
		if (strcmp(name, "_") == 0) // blank methods are in no method set
			continue;
		Vec path = {0};
		bool indirect = false;
		Method *m = type_lookup_method(base, nm->pkg, name, &path, &indirect);
		if (!m || (m->ptr_recv && !ptr && !indirect)) {
			free(path.data);
			continue;
		}
		MEntry *e = NEW(perm, MEntry);
		e->name = m->name;
		e->m = m;
		e->path = path;
		e->base = base;
		if (path.len == 0 && m->ptr_recv) { // only in *base's set
			e->tfn = e->ifn = FN_METHOD;
		} else if (ptr) {
			e->tfn = e->ifn = FN_WRAP_PTR;
		} else {
			e->tfn = path.len == 0 ? FN_METHOD : FN_WRAP_VAL;
			e->ifn = type_is_direct_iface(base) ? e->tfn : FN_WRAP_PTR;
		}
		vec_push(&ri->mset, e);
	}
	free(names.data);
	free(seen.data);
	if (ri->mset.len > 1)
		qsort(ri->mset.data, (size_t)ri->mset.len, sizeof(void *), cmp_entry);
	return &ri->mset;
}

static const char *wrapper_sym(Type *base, bool ptr, Method *m) {
	const char *l = rinfo(base)->link;
	/* an unexported method of another package than the receiver's is
	 * qualified by its package path (gc's MethodSymSuffix): a type may
	 * have main's m and sub's m */
	const char *rpkg = base->named && base->named->pkg ? base->named->pkg : be.pkgpath;
	const char *name = m->name;
	if (!is_exported(name) && m->pkg && strcmp(m->pkg, rpkg) != 0)
		name = arena_printf(perm, "%s.%s", m->pkg, name);
	if (!ptr)
		return arena_printf(perm, "%s.%s", l, name);
	if (base->named && base->named->pkg) { // main.(*T).M
		size_t pl = strlen(base->named->pkg);
		return arena_printf(perm, "%s.(*%s).%s", base->named->pkg, l + pl + 1, name);
	}
	return arena_printf(perm, "(*%s).%s", l, name);
}

static LLVMValueRef entry_fn(MEntry *e, FnKind k) {
	if (k == FN_METHOD) {
		if (!e->m->func)
			ice("method %s of %s has no function", e->name, rinfo(e->base)->str);
		return amd64_func_decl(e->m->func, false);
	}
	bool ptr = k == FN_WRAP_PTR;
	const char *sym = wrapper_sym(e->base, ptr, e->m);
	if (!strmap_get(&rt.wrapper_syms, sym)) {
		Wrapper *w = NEW(perm, Wrapper);
		w->sym = sym;
		w->base = e->base;
		w->ptr = ptr;
		w->e = e;
		strmap_put(&rt.wrapper_syms, sym, w);
		vec_push(&rt.wrappers, w);
	}
	LLVMValueRef fn = LLVMGetNamedFunction(be.mod, sym);
	if (!fn) {
		Sig s = amd64_sig(e->m->type, ptr ? type_ptr(e->base) : e->base, false);
		fn = LLVMAddFunction(be.mod, sym, s.fnty);
	}
	return fn;
}

/* ---------------- wrappers ---------------- */

typedef struct WCtx {
	LLVMValueRef fn;
	LLVMBuilderRef ab;      // in the alloca block
	LLVMBasicBlockRef panicmem;
} WCtx;

/* The receiver of a *T wrapper of T's value method is nil: gc's panicwrap. */
static void w_recvcheck(WCtx *c, LLVMValueRef p, Wrapper *w) {
	LLVMBasicBlockRef cur = LLVMGetInsertBlock(be.b);
	LLVMBasicBlockRef bad = LLVMAppendBasicBlockInContext(be.ctx, c->fn, "panicwrap");
	LLVMPositionBuilderAtEnd(be.b, bad);
	Obj *o = w->base->named;
	const char *tn = o && o->pkg ? arena_printf(perm, "%s.%s", o->pkg, o->name) : rinfo(w->base)->str;
	const char *bare = o ? o->name : tn;
	const char *text = arena_printf(perm, "value method %s.%s called using nil *%s pointer", tn, w->e->name, bare);
	LLVMTypeRef fnty;
	LLVMValueRef rf = amd64_rt_func_named("panicwrap", &fnty);
	LLVMValueRef args[2] = {amd64_const_bytes(text, (int64_t)strlen(text)), cint(be.t_i64, strlen(text))};
	LLVMBuildCall2(be.b, fnty, rf, args, 2, "");
	LLVMBuildUnreachable(be.b);
	LLVMPositionBuilderAtEnd(be.b, cur);
	LLVMBasicBlockRef ok = LLVMAppendBasicBlockInContext(be.ctx, c->fn, "nonnil");
	LLVMValueRef isnil = LLVMBuildICmp(be.b, LLVMIntEQ, p, nullp(), "");
	LLVMBuildCondBr(be.b, isnil, bad, ok);
	LLVMPositionBuilderAtEnd(be.b, ok);
}

static void w_nilcheck(WCtx *c, LLVMValueRef p) {
	LLVMBasicBlockRef cur = LLVMGetInsertBlock(be.b);
	if (!c->panicmem) {
		c->panicmem = LLVMAppendBasicBlockInContext(be.ctx, c->fn, "panicmem");
		LLVMPositionBuilderAtEnd(be.b, c->panicmem);
		LLVMTypeRef fnty;
		LLVMValueRef rf = amd64_rt_func_named("panicmem", &fnty);
		LLVMBuildCall2(be.b, fnty, rf, NULL, 0, "");
		LLVMBuildUnreachable(be.b);
		LLVMPositionBuilderAtEnd(be.b, cur);
	}
	LLVMBasicBlockRef ok = LLVMAppendBasicBlockInContext(be.ctx, c->fn, "nonnil");
	LLVMValueRef isnil = LLVMBuildICmp(be.b, LLVMIntEQ, p, nullp(), "");
	LLVMBuildCondBr(be.b, isnil, c->panicmem, ok);
	LLVMPositionBuilderAtEnd(be.b, ok);
}

static LLVMValueRef w_offset(LLVMValueRef p, int64_t off) {
	if (off == 0)
		return p;
	LLVMValueRef i = cint(be.t_i64, (uint64_t)off);
	return LLVMBuildInBoundsGEP2(be.b, be.t_i8, p, &i, 1, "");
}

static LLVMValueRef w_load(LLVMTypeRef t, LLVMValueRef p, unsigned align) {
	LLVMValueRef l = LLVMBuildLoad2(be.b, t, p, "");
	LLVMSetAlignment(l, align ? align : 1);
	return l;
}

static void build_wrapper(Wrapper *w) {
	LLVMValueRef fn = LLVMGetNamedFunction(be.mod, w->sym);
	if (!fn || !LLVMIsDeclaration(fn))
		return; // defined by the SSA builder
	MEntry *e = w->e;
	Method *m = e->m;
	Sig ws = amd64_sig(m->type, w->ptr ? type_ptr(w->base) : w->base, false);
	if (LLVMGlobalGetValueType(fn) != ws.fnty)
		ice("wrapper %s declared with another signature", w->sym);
	amd64_make_linkonce(fn, w->sym);
	amd64_set_func_attrs(fn);

	WCtx c = {.fn = fn};
	LLVMBasicBlockRef saved = LLVMGetInsertBlock(be.b);
	LLVMMetadataRef savedloc = LLVMGetCurrentDebugLocation2(be.b);  // another function's
	LLVMSetCurrentDebugLocation2(be.b, NULL);
	LLVMBasicBlockRef allocas = LLVMAppendBasicBlockInContext(be.ctx, fn, "entry");
	LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(be.ctx, fn, "body");
	c.ab = LLVMCreateBuilderInContext(be.ctx);
	LLVMPositionBuilderAtEnd(c.ab, allocas);
	LLVMPositionBuilderAtEnd(be.b, body);

	/* the address of the receiver's base value */
	LLVMValueRef recv = LLVMGetParam(fn, (unsigned)ws.nresptrs);
	LLVMValueRef addr = recv;
	bool maybe_nil = w->ptr;
	if (!w->ptr && ssa_can_ssa(w->base)) {
		LLVMTypeRef mt = amd64_mem_type(w->base);
		addr = LLVMBuildAlloca(c.ab, mt, "recv");
		LLVMSetAlignment(addr, (unsigned)types_align(w->base));
		LLVMValueRef st = LLVMBuildStore(be.b, amd64_coerce(recv, mt), addr);
		LLVMSetAlignment(st, (unsigned)types_align(w->base));
	}
	/* (*T).M for T's own value method M: a nil receiver is gc's panicwrap
	 * (promoted methods dereference nil as any code does) */
	if (w->ptr && e->path.len == 0 && !m->ptr_recv) {
		w_recvcheck(&c, addr, w);
		maybe_nil = false;
	}
	/* down the embedded fields */
	Type *at = w->base;
	for (int i = 0; i < e->path.len; i++) {
		Field *f = VEC_AT(e->path, i);
		types_size(at);
		if (maybe_nil)
			w_nilcheck(&c, addr);
		addr = w_offset(addr, f->offset);
		maybe_nil = false;
		if (is_unnamed_ptr(f->type)) {
			addr = w_load(be.t_ptr, addr, 8);
			maybe_nil = true;
			at = f->type->elem;
		} else {
			at = f->type;
		}
	}

	LLVMTypeRef fnty;
	LLVMValueRef callee, rarg;
	if (!m->func) { // a method of an embedded interface: through its itab
		Type *iu = under(at);
		int idx = -1;
		for (int i = 0; i < iu->methods.len && idx < 0; i++) {
			Method *im = VEC_AT(iu->methods, i);
			if (same_ident(im->name, im->pkg, m->name, m->pkg))
				idx = i;
		}
		if (idx < 0)
			ice("wrapper %s: %s has no method %s", w->sym, rinfo(at)->str, m->name);
		if (maybe_nil)
			w_nilcheck(&c, addr);
		LLVMValueRef tab = w_load(be.t_ptr, addr, 8);
		w_nilcheck(&c, tab);
		rarg = w_load(be.t_ptr, w_offset(addr, 8), 8);
		callee = w_load(be.t_ptr, w_offset(tab, (int64_t)offsetof(GoItab, fun) + 8 * idx), 8);
		fnty = amd64_sig(m->type, ty_unsafeptr, false).fnty;
	} else {
		Type *trecv = amd64_func_recv(m->func);
		fnty = amd64_sig(m->type, trecv, false).fnty;
		callee = amd64_func_decl(m->func, false);
		if (m->ptr_recv) {
			rarg = addr;
		} else {
			if (maybe_nil)
				w_nilcheck(&c, addr);
			unsigned al = (unsigned)types_align(at);
			if (ssa_can_ssa(at)) {
				rarg = amd64_coerce(w_load(amd64_mem_type(at), addr, al), amd64_val_type(at));
			} else { // by reference to a fresh copy
				rarg = LLVMBuildAlloca(c.ab, amd64_mem_type(at), "copy");
				LLVMSetAlignment(rarg, al);
				LLVMBuildMemCpy(be.b, rarg, al, addr, al, cint(be.t_i64, (uint64_t)types_size(at)));
			}
		}
	}

	unsigned np = LLVMCountParamTypes(fnty);
	if ((int)np != ws.nparams)
		ice("wrapper %s: %d parameters, callee has %u", w->sym, ws.nparams, np);
	LLVMTypeRef *pt = malloc(sizeof(LLVMTypeRef) * (np + 1));
	LLVMValueRef *args = malloc(sizeof(LLVMValueRef) * (np + 1));
	LLVMGetParamTypes(fnty, pt);
	for (unsigned i = 0; i < np; i++) {
		LLVMValueRef a = (int)i == ws.nresptrs ? rarg : LLVMGetParam(fn, i);
		args[i] = LLVMTypeOf(a) == pt[i] ? a : amd64_coerce(a, pt[i]);
	}
	LLVMValueRef call = LLVMBuildCall2(be.b, fnty, callee, args, np, "");
	if (LLVMGetReturnType(fnty) == be.t_void)
		LLVMBuildRetVoid(be.b);
	else
		LLVMBuildRet(be.b, call);
	free(pt);
	free(args);

	LLVMBuildBr(c.ab, body);
	LLVMDisposeBuilder(c.ab);
	if (saved)
		LLVMPositionBuilderAtEnd(be.b, saved);
	LLVMSetCurrentDebugLocation2(be.b, savedloc);
}

void amd64_rtype_finish(void) {
	for (int i = 0; i < rt.wrappers.len; i++)
		build_wrapper(VEC_AT(rt.wrappers, i));
	for (int k = 0; k < 2; k++) { // the itab and rcall links; the typelinks
		Vec *v = k ? &rt.cused : &rt.used;
		if (!v->len)
			continue;
		LLVMValueRef init = LLVMConstArray2(be.t_ptr, (LLVMValueRef *)v->data, (uint64_t)v->len);
		LLVMValueRef u = LLVMAddGlobal(be.mod, LLVMTypeOf(init), k ? "llvm.compiler.used" : "llvm.used");
		LLVMSetInitializer(u, init);
		LLVMSetLinkage(u, LLVMAppendingLinkage);
		LLVMSetSection(u, "llvm.metadata");
	}
}

/* ---------------- names and offsets (runtime/abi.h GoName, GoNameOff) ---------------- */

/* A 32-bit offset to g: its absolute address (abi.h), 0 for none. */
static LLVMValueRef off32(LLVMValueRef g) { return g ? LLVMConstPtrToInt(g, be.t_i32) : cint(be.t_i32, 0); }

static void put_varint(StrBuf *b, size_t n) {
	for (; n >= 0x80; n >>= 7)
		sb_putc(b, (char)(0x80 | (n & 0x7f)));
	sb_putc(b, (char)n);
}

/* A private constant holding gc's encoding of a name (reflect's newName):
 * flags, varint length, bytes, [varint length, tag], [GoNameOff of pkgpath]. */
static LLVMValueRef name_data(const char *name, const char *tag, bool exported, bool embedded, const char *pkgpath) {
	if (tag && !*tag)
		tag = NULL;
	StrBuf k = {0};
	int flags = (exported ? NAME_EXPORTED : 0) | (tag ? NAME_TAG : 0) | (pkgpath ? NAME_PKGPATH : 0) |
	            (embedded ? NAME_EMBEDDED : 0);
	sb_putc(&k, (char)('0' + flags));
	sb_puts(&k, name);
	sb_putc(&k, 1);
	sb_puts(&k, tag ? tag : "");
	sb_putc(&k, 1);
	sb_puts(&k, pkgpath ? pkgpath : "");
	LLVMValueRef g = strmap_get(&rt.names, sb_cstr(&k));
	if (g) {
		sb_free(&k);
		return g;
	}
	StrBuf b = {0};
	sb_putc(&b, (char)flags);
	put_varint(&b, strlen(name));
	sb_puts(&b, name);
	if (tag) {
		put_varint(&b, strlen(tag));
		sb_puts(&b, tag);
	}
	LLVMValueRef bytes = LLVMConstStringInContext(be.ctx, b.s, (unsigned)b.len, true);
	LLVMValueRef init = bytes;
	if (pkgpath) {
		LLVMValueRef f[2] = {bytes, off32(name_data(pkgpath, NULL, false, false, NULL))};
		init = LLVMConstStructInContext(be.ctx, f, 2, true);
	}
	g = LLVMAddGlobal(be.mod, LLVMTypeOf(init), "go:name");
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, true);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
	LLVMSetAlignment(g, 1);
	strmap_put(&rt.names, arena_strdup(perm, sb_cstr(&k)), g);
	sb_free(&k);
	sb_free(&b);
	return g;
}

static LLVMValueRef plain_name(const char *s) { return s ? name_data(s, NULL, false, false, NULL) : NULL; }

/* The name of method or field m of package mpkg in a descriptor whose
 * package is tpkg: unexported names of another package carry theirs. */
static LLVMValueRef member_name(const char *name, const char *mpkg, const char *tpkg) {
	bool exp = is_exported(name);
	const char *pp = NULL;
	if (!exp && mpkg && (!tpkg || strcmp(mpkg, tpkg) != 0))
		pp = mpkg;
	return name_data(name, NULL, exp, false, pp);
}

/* ---------------- descriptors ---------------- */

/* A descriptor under construction: its top-level elements, then the arrays
 * that follow them in the same global.  Some elements point at an array
 * (fix_*); the uncommon part's moff is the distance to the method table. */
typedef struct Desc {
	LLVMValueRef *v;
	int n, cap;
	int fix_elem[4], fix_arr[4], nfix;
	LLVMValueRef arr[4];
	int narr;
	int unc_elem, moff_elem, moff_arr; // -1: none
} Desc;

static int put(Desc *d, LLVMValueRef x) {
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 32;
		d->v = realloc(d->v, sizeof(LLVMValueRef) * (size_t)d->cap);
	}
	d->v[d->n] = x;
	return d->n++;
}

/* A trailing array (index returned), not pointed at. */
static int put_trailing(Desc *d, LLVMTypeRef et, LLVMValueRef *elems, int n) {
	d->arr[d->narr] = LLVMConstArray2(et, elems, (uint64_t)n);
	return d->narr++;
}

/* A trailing array and a pointer to it (nil when empty). */
static void put_array(Desc *d, LLVMTypeRef et, LLVMValueRef *elems, int n) {
	if (n == 0) {
		put(d, nullp());
		return;
	}
	d->fix_elem[d->nfix] = put(d, nullp());
	d->fix_arr[d->nfix++] = put_trailing(d, et, elems, n);
}

static LLVMTypeRef lit(LLVMTypeRef *ts, int n) { return LLVMStructTypeInContext(be.ctx, ts, (unsigned)n, false); }
static LLVMValueRef clit(LLVMValueRef *vs, int n) { return LLVMConstStructInContext(be.ctx, vs, (unsigned)n, false); }

/* The equal func value of a comparable type: {rt_eqfunc, t} (runtime/alg.c). */
static LLVMValueRef equal_fv(Type *t) {
	if (!type_comparable(t))
		return nullp();
	RInfo *ri = rinfo(t);
	const char *sym = arena_printf(perm, "%s..eq", ri->sym);
	LLVMValueRef g = LLVMGetNamedGlobal(be.mod, sym);
	if (g)
		return g;
	LLVMTypeRef fnty;
	LLVMValueRef code = amd64_rt_func_named("eqfunc", &fnty);
	LLVMValueRef f[2] = {code, amd64_type_desc(t)};
	LLVMValueRef init = clit(f, 2);
	g = LLVMAddGlobal(be.mod, LLVMTypeOf(init), sym);
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, true);
	LLVMSetAlignment(g, 8);
	amd64_make_linkonce(g, sym);
	return g;
}

/* GoType's 11 fields. */
static LLVMValueRef header(int64_t size, int64_t pd, uint32_t hash, int tflag, int64_t al, int kind,
                           LLVMValueRef eq, LLVMValueRef gcd, LLVMValueRef str, LLVMValueRef ptrto) {
	LLVMValueRef f[11] = {
		cint(be.t_i64, (uint64_t)size), cint(be.t_i64, (uint64_t)pd), cint(be.t_i32, hash),
		cint(be.t_i8, (uint64_t)tflag), cint(be.t_i8, (uint64_t)(al > 0 ? al : 1)),
		cint(be.t_i8, (uint64_t)(al > 0 ? al : 1)), cint(be.t_i8, (uint64_t)kind),
		eq, gcd, off32(str), off32(ptrto),
	};
	return clit(f, 11);
}

static void put_header(Desc *d, Type *t, RInfo *ri, bool uncommon) {
	int64_t pd = ptrdata(t);
	int tflag = (uncommon ? TFLAG_UNCOMMON : 0) | (t->named ? TFLAG_NAMED : 0) |
	            (is_regular_memory(t) ? TFLAG_REGULAR_MEMORY : 0);
	int kind = type_kind(t) | (type_is_direct_iface(t) ? KIND_DIRECT_IFACE : 0);
	/* gc: named types point at their pointer type, for reflect.PtrTo */
	LLVMValueRef ptrto = t->named && t->kind != TY_POINTER && t->kind != TY_INTERFACE ? amd64_type_desc(type_ptr(t)) : NULL;
	put(d, header(types_size(t), pd, ri->hash, tflag, types_align(t), kind, equal_fv(t), gcdata(t, pd),
	              plain_name(ri->str), ptrto)); // of type be.t_gotype
}

static void put_kind(Desc *d, Type *t) {
	switch (t->kind) {
	case TY_POINTER: case TY_SLICE:
		put(d, amd64_type_desc(t->elem));
		break;
	case TY_ARRAY:
		put(d, amd64_type_desc(t->elem));
		put(d, amd64_type_desc(type_slice(t->elem)));
		put(d, cint(be.t_i64, (uint64_t)t->len));
		break;
	case TY_CHAN: {
		int dir = t->chandir == CHAN_RECV ? 1 : t->chandir == CHAN_SEND ? 2 : 3; // gc's ChanDir
		put(d, amd64_type_desc(t->elem));
		put(d, cint(be.t_i64, (uint64_t)dir));
		break;
	}
	case TY_MAP: {
		int64_t ks = types_size(t->key), es = types_size(t->elem);
		unsigned flags = 0;
		if (ks > 128)
			ks = 8, flags |= 1;
		if (es > 128)
			es = 8, flags |= 2;
		if (key_reflexive(t->key))
			flags |= 4;
		if (key_needs_update(t->key))
			flags |= 8;
		if (key_hash_might_panic(t->key))
			flags |= 16;
		put(d, amd64_type_desc(t->key));
		put(d, amd64_type_desc(t->elem));
		put(d, map_bucket_desc(t)); // bucket
		put(d, nullp()); // hasher: the runtime hashes by the key's descriptor
		put(d, cint(be.t_i8, (uint64_t)ks));
		put(d, cint(be.t_i8, (uint64_t)es));
		put(d, cint(be.t_i16, (uint64_t)(8 + 8 * ks + 8 * es + 8))); // tophash, keys, elems, overflow
		put(d, cint(be.t_i32, flags));
		break;
	}
	case TY_FUNC: {
		/* the parameter types follow the uncommon part: the first trailing array */
		int nin = t->params.len, nout = t->results.len;
		LLVMValueRef *ps = malloc(sizeof(LLVMValueRef) * (size_t)(nin + nout + 1));
		for (int i = 0; i < nin; i++)
			ps[i] = amd64_type_desc(((Field *)VEC_AT(t->params, i))->type);
		for (int i = 0; i < nout; i++)
			ps[nin + i] = amd64_type_desc(((Field *)VEC_AT(t->results, i))->type);
		put(d, cint(be.t_i16, (uint64_t)nin));
		put(d, cint(be.t_i16, (uint64_t)nout | (t->variadic ? 0x8000u : 0)));
		put(d, cint(be.t_i32, 0));
		if (nin + nout)
			put_trailing(d, be.t_ptr, ps, nin + nout);
		free(ps);
		break;
	}
	case TY_INTERFACE: {
		Vec *ms = &under(t)->methods;
		const char *tpkg = t->named && t->named->pkg ? t->named->pkg : NULL;
		LLVMTypeRef et = lit((LLVMTypeRef[]){be.t_i32, be.t_i32}, 2);
		LLVMValueRef *im = malloc(sizeof(LLVMValueRef) * (size_t)(ms->len + 1));
		for (int i = 0; i < ms->len; i++) {
			Method *m = VEC_AT(*ms, i);
			im[i] = clit((LLVMValueRef[]){off32(member_name(m->name, m->pkg ? m->pkg : be.pkgpath, tpkg)),
			                              off32(amd64_type_desc(m->type))}, 2);
		}
		put(d, tpkg ? plain_name(tpkg) : nullp());
		put_array(d, et, im, ms->len);
		put(d, cint(be.t_i64, (uint64_t)ms->len));
		put(d, cint(be.t_i64, (uint64_t)ms->len));
		free(im);
		break;
	}
	case TY_STRUCT: {
		types_size(t);
		LLVMTypeRef et = lit((LLVMTypeRef[]){be.t_ptr, be.t_ptr, be.t_i64}, 3);
		int n = t->fields.len;
		LLVMValueRef *fs = malloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
		const char *pkg = NULL;
		for (int i = 0; i < n; i++) {
			Field *f = VEC_AT(t->fields, i);
			const char *name = f->name ? f->name : "_";
			if (!is_exported(name) && !pkg) // gc: the package of the first unexported field
				pkg = f->pkg ? f->pkg : t->named && t->named->pkg ? t->named->pkg : be.pkgpath;
			fs[i] = clit((LLVMValueRef[]){name_data(name, f->tag, is_exported(name), f->embedded, NULL),
			                              amd64_type_desc(f->type), cint(be.t_i64, (uint64_t)f->offset)}, 3);
		}
		put(d, pkg ? plain_name(pkg) : nullp());
		put_array(d, et, fs, n);
		put(d, cint(be.t_i64, (uint64_t)n));
		put(d, cint(be.t_i64, (uint64_t)n));
		free(fs);
		break;
	}
	default:
		break; // scalars: the GoType alone
	}
}

static void put_uncommon(Desc *d, Type *t, Vec *ms) {
	int x = 0;
	const char *tpkg = type_pkg(t);
	LLVMTypeRef et = lit((LLVMTypeRef[]){be.t_i32, be.t_i32, be.t_i32, be.t_i32}, 4);
	LLVMValueRef *me = malloc(sizeof(LLVMValueRef) * (size_t)(ms->len + 1));
	for (int i = 0; i < ms->len; i++) {
		MEntry *e = VEC_AT(*ms, i);
		if (is_exported(e->name))
			x++;
		me[i] = clit((LLVMValueRef[]){off32(member_name(e->name, e->m->pkg, tpkg)), off32(amd64_type_desc(e->m->type)),
		                              off32(entry_fn(e, e->ifn)), off32(entry_fn(e, e->tfn))}, 4);
	}
	d->unc_elem = put(d, off32(plain_name(tpkg)));
	put(d, cint(be.t_i16, (uint64_t)ms->len));
	put(d, cint(be.t_i16, (uint64_t)x));
	d->moff_elem = put(d, cint(be.t_i32, 0)); // moff, set in fill
	put(d, cint(be.t_i32, 0));
	if (ms->len)
		d->moff_arr = put_trailing(d, et, me, ms->len);
	free(me);
}

/* ---------------- reflect's calls (runtime/reflect.c) ----------------
 *
 * reflect lays a call's arguments and results out in memory in ABI0 order
 * (goc's internal/abi has no argument registers): each at the next offset
 * aligned for its type, a method's receiver word first, the results from
 * the next 8-aligned offset.  For each func type T the back end emits two
 * thunks that move such a frame through goc's calling convention, built
 * from the same amd64_sig as every call, so they cannot disagree with it:
 *   type:T..rcall(fn, frame)   fn a func value: the closure convention
 *   type:T..rmcall(fn, frame)  *fn the code of a method called through an
 *                              interface (receiver word = frame[0])
 * and an entry {&type:T, rcall, rmcall} in section go_rcalls, which the
 * runtime searches by T's string (reflect.call gets only the frame's type,
 * named "funcargs(T)" or "methodargs(R)(T)"). */

#define RCALL_SECTION "go_rcalls"
/* gc's typelinks: the descriptor of every unnamed array, chan, func, map,
 * pointer, slice and struct type, so that reflect's ArrayOf, FuncOf, PtrTo
 * ... return the compiler's descriptor (runtime/reflect.c) */
#define TYPELINK_SECTION "go_typelinks"

/* A constant entry init of a table the runtime walks between
 * __start_SECTION and __stop_SECTION, in owner's comdat (it goes when its
 * owner goes).  Kept by --gc-sections (retain, llvm.used), or, if
 * with_owner, kept exactly when the linker keeps owner (!associated: ELF's
 * SHF_LINK_ORDER; llvm.compiler.used keeps it from LLVM's own dead-global
 * removal): a typelink must not keep an unused type in the binary. */
static void section_entry_kept(const char *name, LLVMValueRef init, const char *section, LLVMValueRef owner,
                               bool with_owner) {
	LLVMValueRef e = LLVMAddGlobal(be.mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(e, init);
	LLVMSetGlobalConstant(e, true);
	LLVMSetAlignment(e, 8);
	LLVMSetSection(e, section);
	LLVMSetLinkage(e, LLVMLinkOnceODRLinkage);
	LLVMSetComdat(e, LLVMGetComdat(owner));
	if (with_owner) {
		LLVMMetadataRef o = LLVMValueAsMetadata(owner);
		LLVMSetMetadata(e, LLVMGetMDKindIDInContext(be.ctx, "associated", 10),
		                LLVMMetadataAsValue(be.ctx, LLVMMDNodeInContext2(be.ctx, &o, 1)));
		vec_push(&rt.cused, e);
		return;
	}
	LLVMSetMetadata(e, LLVMGetMDKindIDInContext(be.ctx, "retain", 6),
	                LLVMMetadataAsValue(be.ctx, LLVMMDNodeInContext2(be.ctx, NULL, 0)));
	vec_push(&rt.used, e);
}

static void section_entry(const char *name, LLVMValueRef init, const char *section, LLVMValueRef owner) {
	section_entry_kept(name, init, section, owner, false);
}

static LLVMValueRef frame_at(LLVMValueRef frame, int64_t off) {
	LLVMValueRef i = cint(be.t_i64, (uint64_t)off);
	return LLVMBuildInBoundsGEP2(be.b, be.t_i8, frame, &i, 1, "");
}

static LLVMValueRef build_rcall(Type *t, const char *name, bool method) {
	LLVMTypeRef pt[2] = {be.t_ptr, be.t_ptr};
	LLVMValueRef fn = LLVMAddFunction(be.mod, name, LLVMFunctionType(be.t_void, pt, 2, false));
	amd64_make_linkonce(fn, name);
	amd64_set_func_attrs(fn);
	LLVMBasicBlockRef saved = LLVMGetInsertBlock(be.b);
	LLVMMetadataRef savedloc = LLVMGetCurrentDebugLocation2(be.b);
	LLVMSetCurrentDebugLocation2(be.b, NULL);
	LLVMPositionBuilderAtEnd(be.b, LLVMAppendBasicBlockInContext(be.ctx, fn, "entry"));

	LLVMValueRef fv = LLVMGetParam(fn, 0), frame = LLVMGetParam(fn, 1);
	Sig sig = amd64_sig(t, method ? ty_unsafeptr : NULL, !method);
	LLVMValueRef code = LLVMBuildLoad2(be.b, be.t_ptr, fv, "code");
	int np = sig.nparams, k = 0;
	LLVMValueRef *args = malloc(sizeof(LLVMValueRef) * (size_t)(np + 1));
	LLVMTypeRef *ptys = malloc(sizeof(LLVMTypeRef) * (size_t)(np + 1));
	LLVMGetParamTypes(sig.fnty, ptys);
	/* the frame's layout */
	int64_t cur = method ? 8 : 0;
	int64_t *poff = malloc(sizeof(int64_t) * (size_t)(t->params.len + 1));
	for (int i = 0; i < t->params.len; i++) {
		Type *ft = ((Field *)VEC_AT(t->params, i))->type;
		int64_t al = types_align(ft) > 0 ? types_align(ft) : 1;
		cur = (cur + al - 1) / al * al;
		poff[i] = cur;
		cur += types_size(ft);
	}
	cur = (cur + 7) / 8 * 8;
	int64_t *roff = malloc(sizeof(int64_t) * (size_t)(t->results.len + 1));
	for (int i = 0; i < t->results.len; i++) {
		Type *ft = ((Field *)VEC_AT(t->results, i))->type;
		int64_t al = types_align(ft) > 0 ? types_align(ft) : 1;
		cur = (cur + al - 1) / al * al;
		roff[i] = cur;
		cur += types_size(ft);
	}
	/* the arguments, in amd64_sig's order: [ctx], result pointers, [receiver], params */
	if (!method)
		args[k++] = fv;
	for (int i = 0; i < t->results.len; i++)
		if (!ssa_can_ssa(((Field *)VEC_AT(t->results, i))->type))
			args[k++] = frame_at(frame, roff[i]);
	if (method)
		args[k++] = w_load(be.t_ptr, frame, 8);
	for (int i = 0; i < t->params.len; i++) {
		Type *ft = ((Field *)VEC_AT(t->params, i))->type;
		LLVMValueRef p = frame_at(frame, poff[i]);
		if (ssa_can_ssa(ft))
			args[k] = amd64_coerce(w_load(amd64_mem_type(ft), p, (unsigned)types_align(ft)), ptys[k]);
		else
			args[k] = p; /* by reference to a copy: the frame is reflect's scratch */
		k++;
	}
	if (k != np)
		ice("reflect thunk for %s: %d arguments for %d parameters", rinfo(t)->str, k, np);
	LLVMValueRef call = LLVMBuildCall2(be.b, sig.fnty, code, args, (unsigned)np, "");
	/* the results in registers back to the frame */
	int ri = 0;
	for (int i = 0; i < t->results.len; i++) {
		Type *ft = ((Field *)VEC_AT(t->results, i))->type;
		if (!ssa_can_ssa(ft))
			continue;
		LLVMValueRef v = sig.nresults == 1 ? call : LLVMBuildExtractValue(be.b, call, (unsigned)ri, "");
		ri++;
		LLVMValueRef st = LLVMBuildStore(be.b, amd64_coerce(v, amd64_mem_type(ft)), frame_at(frame, roff[i]));
		LLVMSetAlignment(st, (unsigned)(types_align(ft) > 0 ? types_align(ft) : 1));
	}
	LLVMBuildRetVoid(be.b);
	free(args);
	free(ptys);
	free(poff);
	free(roff);
	if (saved)
		LLVMPositionBuilderAtEnd(be.b, saved);
	LLVMSetCurrentDebugLocation2(be.b, savedloc);
	return fn;
}

static void rcall_entry(Type *t, LLVMValueRef desc) {
	RInfo *ri = rinfo(t);
	const char *cname = arena_printf(perm, "%s..rcall", ri->sym);
	if (LLVMGetNamedFunction(be.mod, cname))
		return;
	LLVMValueRef c = build_rcall(t, cname, false);
	LLVMValueRef m = build_rcall(t, arena_printf(perm, "%s..rmcall", ri->sym), true);
	LLVMValueRef f[3] = {desc, c, m};
	LLVMValueRef init = clit(f, 3);
	section_entry(arena_printf(perm, "%s..rcallentry", ri->sym), init, RCALL_SECTION, c);
}

/* Replace t's placeholder by the complete descriptor. */
static void fill(Type *t) {
	RInfo *ri = rinfo(t);
	Vec *ms = method_set(t);
	bool uncommon = t->named || ms->len > 0;
	Desc d = {.unc_elem = -1, .moff_elem = -1, .moff_arr = -1};
	put_header(&d, t, ri, uncommon);
	put_kind(&d, t);
	if (uncommon)
		put_uncommon(&d, t, ms);
	int first_arr = d.n;
	for (int i = 0; i < d.narr; i++)
		put(&d, d.arr[i]);

	LLVMTypeRef *ts = malloc(sizeof(LLVMTypeRef) * (size_t)d.n);
	for (int i = 0; i < d.n; i++)
		ts[i] = LLVMTypeOf(d.v[i]);
	LLVMTypeRef st = lit(ts, d.n);
	free(ts);
	if (d.moff_arr >= 0) {
		uint64_t moff = LLVMOffsetOfElement(be.td, st, (unsigned)(first_arr + d.moff_arr)) -
		                LLVMOffsetOfElement(be.td, st, (unsigned)d.unc_elem);
		d.v[d.moff_elem] = cint(be.t_i32, moff);
	} else if (d.unc_elem >= 0) { // no methods: gc's moff is still the size of the uncommon part
		d.v[d.moff_elem] = cint(be.t_i32, sizeof(GoUncommon));
	}
	LLVMValueRef gv = LLVMAddGlobal(be.mod, st, "");
	for (int i = 0; i < d.nfix; i++) {
		LLVMValueRef idx[2] = {cint(be.t_i32, 0), cint(be.t_i32, (uint64_t)(first_arr + d.fix_arr[i]))};
		d.v[d.fix_elem[i]] = LLVMConstInBoundsGEP2(st, gv, idx, 2);
	}
	LLVMSetInitializer(gv, clit(d.v, d.n));
	LLVMSetGlobalConstant(gv, true);
	LLVMSetAlignment(gv, 8);
	free(d.v);

	LLVMValueRef old = LLVMGetNamedGlobal(be.mod, ri->sym);
	if (old) {
		LLVMReplaceAllUsesWith(old, gv);
		LLVMDeleteGlobal(old);
	}
	LLVMSetValueName2(gv, ri->sym, strlen(ri->sym));
	amd64_make_linkonce(gv, ri->sym);
	if (t->kind == TY_FUNC)
		rcall_entry(t, gv);
	if (!t->named && (t->kind == TY_ARRAY || t->kind == TY_CHAN || t->kind == TY_FUNC || t->kind == TY_MAP ||
	                  t->kind == TY_POINTER || t->kind == TY_SLICE || t->kind == TY_STRUCT))
		section_entry_kept(arena_printf(perm, "%s..typelink", ri->sym), gv, TYPELINK_SECTION, gv, true);
}

LLVMValueRef amd64_type_desc(Type *t) {
	RInfo *ri = rinfo(t);
	LLVMValueRef gv = LLVMGetNamedGlobal(be.mod, ri->sym);
	if (gv)
		return gv;
	gv = LLVMAddGlobal(be.mod, be.t_i8, ri->sym); // placeholder until filled
	vec_push(&rt.pending, t);
	if (rt.filling)
		return gv;
	rt.filling = true;
	while (rt.pending.len)
		fill(vec_pop(&rt.pending));
	rt.filling = false;
	return LLVMGetNamedGlobal(be.mod, ri->sym);
}

/* ---------------- itabs ---------------- */

LLVMValueRef amd64_itab(ItabSym *is) {
	const char *name = arena_printf(perm, "go:itab.%s,%s", rinfo(is->type)->link, rinfo(is->iface)->link);
	LLVMValueRef gv = LLVMGetNamedGlobal(be.mod, name);
	if (gv)
		return gv;
	Type *iu = under(is->iface);
	if (iu->kind != TY_INTERFACE || is->type->kind == TY_INTERFACE)
		ice("itab of %s for %s", rinfo(is->type)->str, rinfo(is->iface)->str);
	LLVMValueRef inter = amd64_type_desc(is->iface);
	LLVMValueRef typ = amd64_type_desc(is->type);
	Vec *ms = method_set(is->type);
	int n = iu->methods.len;
	LLVMValueRef *fun = malloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		Method *im = VEC_AT(iu->methods, i);
		MEntry *e = NULL;
		for (int j = 0; j < ms->len && !e; j++) {
			MEntry *c = VEC_AT(*ms, j);
			if (same_ident(c->name, c->m->pkg, im->name, im->pkg))
				e = c;
		}
		if (!e)
			ice("%s does not implement %s (missing method %s)", rinfo(is->type)->str, rinfo(is->iface)->str, im->name);
		fun[i] = entry_fn(e, e->ifn);
	}
	LLVMValueRef f[5] = {inter, typ, cint(be.t_i32, rinfo(is->type)->hash), cint(be.t_i32, 0),
	                     LLVMConstArray2(be.t_ptr, fun, (uint64_t)n)};
	free(fun);
	LLVMValueRef init = clit(f, 5);
	gv = LLVMAddGlobal(be.mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(gv, init);
	LLVMSetGlobalConstant(gv, true);
	LLVMSetAlignment(gv, 8);
	amd64_make_linkonce(gv, name);

	section_entry(arena_printf(perm, "go:itablink.%s", name + strlen("go:itab.")), gv, ITABLINK_SECTION, gv);
	return gv;
}
