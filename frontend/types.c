/* types.c — Go types: constructors, predicates, identity, gc's spelling,
 * sizes and alignment for amd64, and field/method lookup through embedded
 * fields (go/types lookup.go, cmd/compile/internal/types/size.go).
 *
 * A defined type is its own Type whose kind and structural fields are copied
 * from the underlying type when the declaration is complete (see
 * type_set_underlying); until then its kind is TY_INVALID. Identity of
 * defined types is pointer identity; unnamed types are compared structurally.
 */
#include "check.h"

Type *ty_bool, *ty_int8, *ty_int16, *ty_int32, *ty_int64, *ty_int,
	*ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uint, *ty_uintptr,
	*ty_float32, *ty_float64, *ty_complex64, *ty_complex128, *ty_string,
	*ty_unsafeptr, *ty_error, *ty_any,
	*ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float,
	*ty_untyped_complex, *ty_untyped_string, *ty_untyped_nil, *ty_invalid,
	*ty_mem, *ty_flags, *ty_void;

/* The checker's byte and rune: the same types as uint8 and int32 (identical,
 * same kind and size), kept apart only so that messages spell them as the
 * source did; check.c maps them back to ty_uint8/ty_int32 before handing the
 * tree to ssa/, so frontend.h's promise holds. */
Type *ty_byte, *ty_rune;

static int next_type_id;

Type *type_new(TypeKind k) {
	Type *t = NEW(perm, Type);
	t->kind = k;
	t->under = t;
	t->size = -1;
	t->align = -1;
	t->len = k == TY_ARRAY ? -1 : 0;
	t->chandir = CHAN_BOTH;
	t->id = ++next_type_id;
	return t;
}

static Type *basic(TypeKind k, const char *name, int64_t size, int64_t align, const char *pkg) {
	Type *t = type_new(k);
	Obj *o = obj_new(OBJ_TYPE, intern(name, strlen(name)), (Pos){0});
	o->type = t;
	o->pkg = pkg;
	t->named = o;
	t->size = size;
	t->align = align;
	return t;
}

void types_init(void) {
	if (ty_bool)
		return;
	/* big.Float's exponent range, which go/constant inherits */
	mpfr_set_emax(2147483647);
	mpfr_set_emin(-2147483647 - 1);
	ty_invalid = basic(TY_INVALID, "invalid type", 0, 1, NULL);
	ty_bool = basic(TY_BOOL, "bool", 1, 1, NULL);
	ty_int8 = basic(TY_INT8, "int8", 1, 1, NULL);
	ty_int16 = basic(TY_INT16, "int16", 2, 2, NULL);
	ty_int32 = basic(TY_INT32, "int32", 4, 4, NULL);
	ty_rune = basic(TY_INT32, "rune", 4, 4, NULL);
	ty_int64 = basic(TY_INT64, "int64", 8, 8, NULL);
	ty_int = basic(TY_INT, "int", 8, 8, NULL);
	ty_uint8 = basic(TY_UINT8, "uint8", 1, 1, NULL);
	ty_byte = basic(TY_UINT8, "byte", 1, 1, NULL);
	ty_uint16 = basic(TY_UINT16, "uint16", 2, 2, NULL);
	ty_uint32 = basic(TY_UINT32, "uint32", 4, 4, NULL);
	ty_uint64 = basic(TY_UINT64, "uint64", 8, 8, NULL);
	ty_uint = basic(TY_UINT, "uint", 8, 8, NULL);
	ty_uintptr = basic(TY_UINTPTR, "uintptr", 8, 8, NULL);
	ty_float32 = basic(TY_FLOAT32, "float32", 4, 4, NULL);
	ty_float64 = basic(TY_FLOAT64, "float64", 8, 8, NULL);
	ty_complex64 = basic(TY_COMPLEX64, "complex64", 8, 4, NULL);
	ty_complex128 = basic(TY_COMPLEX128, "complex128", 16, 8, NULL);
	ty_string = basic(TY_STRING, "string", 16, 8, NULL);
	ty_unsafeptr = basic(TY_UNSAFEPTR, "Pointer", 8, 8, "unsafe");
	ty_untyped_bool = basic(TY_UNTYPED_BOOL, "untyped bool", 1, 1, NULL);
	ty_untyped_int = basic(TY_UNTYPED_INT, "untyped int", 8, 8, NULL);
	ty_untyped_rune = basic(TY_UNTYPED_RUNE, "untyped rune", 4, 4, NULL);
	ty_untyped_float = basic(TY_UNTYPED_FLOAT, "untyped float", 8, 8, NULL);
	ty_untyped_complex = basic(TY_UNTYPED_COMPLEX, "untyped complex", 16, 8, NULL);
	ty_untyped_string = basic(TY_UNTYPED_STRING, "untyped string", 16, 8, NULL);
	ty_untyped_nil = basic(TY_UNTYPED_NIL, "untyped nil", 8, 8, NULL);
	ty_mem = basic(TY_MEM, "mem", 0, 1, NULL);
	ty_flags = basic(TY_FLAGS, "flags", 0, 1, NULL);
	ty_void = basic(TY_VOID, "void", 0, 1, NULL);

	/* any = interface{} (an alias: unnamed) */
	ty_any = type_new(TY_INTERFACE);

	/* type error interface { Error() string } */
	Obj *eo = obj_new(OBJ_TYPE, intern("error", 5), (Pos){0});
	ty_error = type_new_named(eo);
	eo->type = ty_error;
	Type *iface = type_new(TY_INTERFACE);
	Vec res = {0};
	vec_push(&res, field_new(NULL, ty_string, (Pos){0}));
	Vec params = {0};
	Method *m = NEW(perm, Method);
	m->name = intern("Error", 5);
	m->type = type_func(&params, &res, false);
	vec_push(&iface->methods, m);
	type_set_underlying(ty_error, iface);
}

Field *field_new(const char *name, Type *t, Pos p) {
	Field *f = NEW(perm, Field);
	f->name = name;
	f->type = t;
	f->pos = p;
	return f;
}

/* ---------------- packages and names ---------------- */

const char *types_local_pkg = "main";
static StrMap pkg_names; /* package path → its name */

void types_register_pkg(const char *path, const char *name) { strmap_put(&pkg_names, path, (void *)name); }

const char *types_pkg_name(const char *path) {
	if (!path)
		return "";
	const char *n = strmap_get(&pkg_names, path);
	if (n)
		return n;
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

/* Does the name start with an upper-case letter (Unicode class Lu)? The
 * ranges below are the upper-case letters of Latin-1, Latin Extended-A
 * (even code points), Greek and Cyrillic; other scripts count as lower. */
bool ident_exported(const char *name) {
	const unsigned char *s = (const unsigned char *)name;
	if (!s || !*s)
		return false;
	if (*s < 0x80)
		return *s >= 'A' && *s <= 'Z';
	unsigned r;
	if ((*s & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80)
		r = (unsigned)(*s & 0x1F) << 6 | (s[1] & 0x3F);
	else if ((*s & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
		r = (unsigned)(*s & 0x0F) << 12 | (unsigned)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
	else
		return false;
	return (r >= 0xC0 && r <= 0xDE && r != 0xD7) || (r >= 0x100 && r <= 0x17F && r % 2 == 0) ||
	       (r >= 0x391 && r <= 0x3A9) || (r >= 0x400 && r <= 0x42F);
}

bool same_ident(const char *a, const char *apkg, const char *b, const char *bpkg) {
	if (!a || !b)
		return a == b;
	if (a != b && strcmp(a, b) != 0)
		return false;
	if (ident_exported(a) || !apkg || !bpkg || apkg == bpkg)
		return true;
	return strcmp(apkg, bpkg) == 0;
}

Type *type_under(Type *t) { return t && t->under ? t->under : ty_invalid; }

Type *type_new_named(Obj *name) {
	Type *t = type_new(TY_INVALID);
	t->named = name;
	t->under = ty_invalid;
	return t;
}

void type_set_underlying(Type *t, Type *u) {
	if (!u)
		u = ty_invalid;
	u = u->under ? u->under : u;
	t->under = u;
	t->kind = u->kind;
	t->elem = u->elem;
	t->key = u->key;
	t->len = u->len;
	t->chandir = u->chandir;
	t->fields = u->fields;
	t->params = u->params;
	t->results = u->results;
	t->variadic = u->variadic;
	t->recv = u->recv;
	if (u->kind == TY_INTERFACE) {
		t->methods = u->methods;
		t->embeddeds = u->embeddeds;
	}
	t->size = -1;
	t->align = -1;
}

Type *type_ptr(Type *elem) {
	if (!elem->ptr_to) {
		Type *t = type_new(TY_POINTER);
		t->elem = elem;
		elem->ptr_to = t;
	}
	return elem->ptr_to;
}

Type *type_slice(Type *elem) {
	if (!elem->slice_of) {
		Type *t = type_new(TY_SLICE);
		t->elem = elem;
		elem->slice_of = t;
	}
	return elem->slice_of;
}

Type *type_array(Type *elem, int64_t len) {
	Type *t = type_new(TY_ARRAY);
	t->elem = elem;
	t->len = len;
	return t;
}

Type *type_map(Type *key, Type *elem) {
	Type *t = type_new(TY_MAP);
	t->key = key;
	t->elem = elem;
	return t;
}

Type *type_chan(Type *elem, int dir) {
	Type *t = type_new(TY_CHAN);
	t->elem = elem;
	t->chandir = dir;
	return t;
}

Type *type_tuple(Vec *types) {
	Type *t = type_new(TY_TUPLE);
	for (int i = 0; i < types->len; i++)
		vec_push(&t->fields, field_new(NULL, types->data[i], (Pos){0}));
	return t;
}

Type *type_func(Vec *params, Vec *results, bool variadic) {
	Type *t = type_new(TY_FUNC);
	if (params)
		t->params = *params;
	if (results)
		t->results = *results;
	t->variadic = variadic;
	return t;
}

Type *type_struct(Vec *fields) {
	Type *t = type_new(TY_STRUCT);
	if (fields)
		t->fields = *fields;
	return t;
}

/* ---------------- predicates ---------------- */

static TypeKind ukind(Type *t) { return t ? type_under(t)->kind : TY_INVALID; }

bool type_is_integer(Type *t) {
	TypeKind k = ukind(t);
	return (k >= TY_INT8 && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}
bool type_is_unsigned(Type *t) {
	TypeKind k = ukind(t);
	return k >= TY_UINT8 && k <= TY_UINTPTR;
}
bool type_is_float(Type *t) {
	TypeKind k = ukind(t);
	return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}
bool type_is_complex(Type *t) {
	TypeKind k = ukind(t);
	return k == TY_COMPLEX64 || k == TY_COMPLEX128 || k == TY_UNTYPED_COMPLEX;
}
bool type_is_numeric(Type *t) { return type_is_integer(t) || type_is_float(t) || type_is_complex(t); }
bool type_is_string(Type *t) {
	TypeKind k = ukind(t);
	return k == TY_STRING || k == TY_UNTYPED_STRING;
}
bool type_is_boolean(Type *t) {
	TypeKind k = ukind(t);
	return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}
bool type_is_untyped(Type *t) {
	TypeKind k = t ? t->kind : TY_INVALID;
	return k >= TY_UNTYPED_BOOL && k <= TY_UNTYPED_NIL;
}
bool type_is_named(Type *t) { return t && t->named != NULL; }
bool type_is_interface(Type *t) { return ukind(t) == TY_INTERFACE; }
bool type_is_pointer(Type *t) { return ukind(t) == TY_POINTER; }
bool type_is_basic(Type *t) {
	TypeKind k = ukind(t);
	return k >= TY_BOOL && k <= TY_UNTYPED_NIL;
}
bool type_is_const_type(Type *t) {
	TypeKind k = ukind(t);
	return (k >= TY_BOOL && k <= TY_STRING) || (k >= TY_UNTYPED_BOOL && k <= TY_UNTYPED_STRING);
}
bool type_is_ordered(Type *t) { return type_is_integer(t) || type_is_float(t) || type_is_string(t); }
bool type_has_nil(Type *t) {
	switch (ukind(t)) {
	case TY_UNSAFEPTR: case TY_SLICE: case TY_POINTER: case TY_FUNC: case TY_MAP: case TY_CHAN: case TY_INTERFACE:
		return true;
	default:
		return false;
	}
}

bool type_is_direct_iface(Type *t) {
	switch (t->kind) {
	case TY_POINTER: case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFEPTR:
		return true;
	case TY_ARRAY:
		return t->len == 1 && type_is_direct_iface(t->elem);
	case TY_STRUCT:
		return t->fields.len == 1 && type_is_direct_iface(((Field *)t->fields.data[0])->type);
	default:
		return false;
	}
}

bool type_has_pointers(Type *t) {
	switch (ukind(t)) {
	case TY_STRING: case TY_UNSAFEPTR: case TY_SLICE: case TY_POINTER: case TY_FUNC:
	case TY_MAP: case TY_CHAN: case TY_INTERFACE: case TY_UNTYPED_STRING: case TY_UNTYPED_NIL:
		return true;
	case TY_ARRAY:
		return t->len > 0 && type_has_pointers(t->elem);
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (type_has_pointers(((Field *)t->fields.data[i])->type))
				return true;
		return false;
	default:
		return false;
	}
}

static bool comparable_rec(Type *t, int depth) {
	if (depth > 100)
		return true;
	switch (ukind(t)) {
	case TY_SLICE: case TY_FUNC: case TY_MAP: case TY_UNTYPED_NIL: case TY_TUPLE:
		return false;
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (!comparable_rec(((Field *)t->fields.data[i])->type, depth + 1))
				return false;
		return true;
	case TY_ARRAY:
		return comparable_rec(t->elem, depth + 1);
	default:
		return true;
	}
}
bool type_comparable(Type *t) { return comparable_rec(t, 0); }

Type *type_alias_canon(Type *t) { return t == ty_byte ? ty_uint8 : t == ty_rune ? ty_int32 : t; }

Type *check_default(Type *t) { return t && t->kind == TY_UNTYPED_RUNE ? ty_rune : type_default(t); }

Type *type_default(Type *t) {
	if (!t)
		return t;
	switch (t->kind) {
	case TY_UNTYPED_BOOL: return ty_bool;
	case TY_UNTYPED_INT: return ty_int;
	case TY_UNTYPED_RUNE: return ty_int32;
	case TY_UNTYPED_FLOAT: return ty_float64;
	case TY_UNTYPED_COMPLEX: return ty_complex128;
	case TY_UNTYPED_STRING: return ty_string;
	default: return t;
	}
}

/* ---------------- identity ---------------- */

static bool identical0(Type *a, Type *b, bool tags);

static bool fields_identical(Vec *a, Vec *b, bool names, bool tags) {
	if (a->len != b->len)
		return false;
	for (int i = 0; i < a->len; i++) {
		Field *f = a->data[i], *g = b->data[i];
		if (names) {
			if (f->embedded != g->embedded)
				return false;
			const char *fn = f->name ? f->name : "", *gn = g->name ? g->name : "";
			if (!same_ident(fn, f->pkg, gn, g->pkg))
				return false;
			const char *ft = f->tag ? f->tag : "", *gt = g->tag ? g->tag : "";
			if (tags && strcmp(ft, gt) != 0)
				return false;
		}
		if (!identical0(f->type, g->type, tags))
			return false;
	}
	return true;
}

bool type_identical(Type *a, Type *b) { return identical0(a, b, true); }
bool type_identical_ignore_tags(Type *a, Type *b) { return identical0(a, b, false); }

/* interface pairs being compared: identical by assumption (cycles through
 * unnamed interfaces, go/types ifacePair) */
typedef struct IfacePair {
	Type *a, *b;
	struct IfacePair *prev;
} IfacePair;
static IfacePair *iface_pairs;

static bool identical0(Type *a, Type *b, bool tags) {
	a = type_alias_canon(a);
	b = type_alias_canon(b);
	if (a == b)
		return true;
	if (!a || !b)
		return false;
	if (a->named || b->named)
		return false;
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case TY_ARRAY:
		return a->len == b->len && identical0(a->elem, b->elem, tags);
	case TY_SLICE:
	case TY_POINTER:
		return identical0(a->elem, b->elem, tags);
	case TY_STRUCT:
		return fields_identical(&a->fields, &b->fields, true, tags);
	case TY_TUPLE:
		return fields_identical(&a->fields, &b->fields, false, tags);
	case TY_FUNC:
		return a->variadic == b->variadic && fields_identical(&a->params, &b->params, false, tags) &&
		       fields_identical(&a->results, &b->results, false, tags);
	case TY_INTERFACE: {
		if (a->methods.len != b->methods.len)
			return false;
		for (IfacePair *p = iface_pairs; p; p = p->prev)
			if ((p->a == a && p->b == b) || (p->a == b && p->b == a))
				return true;
		IfacePair pair = {a, b, iface_pairs};
		iface_pairs = &pair;
		bool ok = true;
		for (int i = 0; i < a->methods.len && ok; i++) {
			Method *m = a->methods.data[i], *n = b->methods.data[i];
			if (!same_ident(m->name, m->pkg, n->name, n->pkg) || !identical0(m->type, n->type, tags))
				ok = false;
		}
		iface_pairs = pair.prev;
		return ok;
	}
	case TY_MAP:
		return identical0(a->key, b->key, tags) && identical0(a->elem, b->elem, tags);
	case TY_CHAN:
		return a->chandir == b->chandir && identical0(a->elem, b->elem, tags);
	default:
		/* basic types are unique objects, so a != b means different */
		return false;
	}
}

/* ---------------- spelling ---------------- */

static void tuple_to(StrBuf *b, Vec *fields, bool variadic, bool qualify) {
	sb_putc(b, '(');
	for (int i = 0; i < fields->len; i++) {
		Field *f = fields->data[i];
		if (i > 0)
			sb_puts(b, ", ");
		if (f->name && *f->name) {
			sb_puts(b, f->name);
			sb_putc(b, ' ');
		}
		if (variadic && i == fields->len - 1 && f->type && f->type->kind == TY_SLICE) {
			sb_puts(b, "...");
			type_string_to(b, f->type->elem, qualify);
		} else {
			type_string_to(b, f->type, qualify);
		}
	}
	sb_putc(b, ')');
}

void type_signature_to(StrBuf *b, Type *t, bool qualify) {
	tuple_to(b, &t->params, t->variadic, qualify);
	if (t->results.len == 0)
		return;
	sb_putc(b, ' ');
	Field *r0 = t->results.data[0];
	if (t->results.len == 1 && !(r0->name && *r0->name)) {
		type_string_to(b, r0->type, qualify);
		return;
	}
	tuple_to(b, &t->results, false, qualify);
}

Method *type_iface_method(Type *iface, const char *pkg, const char *name) {
	if (!iface)
		return NULL;
	for (int i = 0; i < iface->methods.len; i++) {
		Method *m = iface->methods.data[i];
		if (same_ident(m->name, m->pkg, name, pkg))
			return m;
	}
	return NULL;
}

void type_string_to(StrBuf *b, Type *t, bool qualify) {
	if (!t) {
		sb_puts(b, "<nil>");
		return;
	}
	if (t->named) {
		Obj *o = t->named;
		if (o->pkg && (qualify || !types_local_pkg || strcmp(o->pkg, types_local_pkg) != 0)) {
			sb_puts(b, qualify ? o->pkg : types_pkg_name(o->pkg));
			sb_putc(b, '.');
		}
		sb_puts(b, o->name);
		return;
	}
	switch (t->kind) {
	case TY_ARRAY:
		sb_printf(b, "[%lld]", (long long)t->len);
		type_string_to(b, t->elem, qualify);
		break;
	case TY_SLICE:
		sb_puts(b, "[]");
		type_string_to(b, t->elem, qualify);
		break;
	case TY_POINTER:
		sb_putc(b, '*');
		type_string_to(b, t->elem, qualify);
		break;
	case TY_STRUCT:
		sb_puts(b, "struct{");
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = t->fields.data[i];
			if (i > 0)
				sb_puts(b, "; ");
			if (!f->embedded) {
				sb_puts(b, f->name ? f->name : "_");
				sb_putc(b, ' ');
			}
			type_string_to(b, f->type, qualify);
			if (f->tag && *f->tag) {
				sb_putc(b, ' ');
				Const *c = const_make_string(f->tag, (int64_t)strlen(f->tag));
				sb_puts(b, const_string(perm, c));
			}
		}
		sb_putc(b, '}');
		break;
	case TY_TUPLE:
		tuple_to(b, &t->fields, false, qualify);
		break;
	case TY_FUNC:
		sb_puts(b, "func");
		type_signature_to(b, t, qualify);
		break;
	case TY_INTERFACE: {
		if (t == ty_any) {
			sb_puts(b, "any");
			break;
		}
		sb_puts(b, "interface{");
		bool first = true;
		for (int i = 0; i < t->methods.len; i++) {
			Method *m = t->methods.data[i];
			bool inherited = false;
			for (int j = 0; j < t->embeddeds.len && !inherited; j++)
				inherited = type_iface_method(t->embeddeds.data[j], m->pkg, m->name) != NULL;
			if (inherited)
				continue;
			if (!first)
				sb_puts(b, "; ");
			first = false;
			sb_puts(b, m->name);
			type_signature_to(b, m->type, qualify);
		}
		for (int j = 0; j < t->embeddeds.len; j++) {
			if (!first)
				sb_puts(b, "; ");
			first = false;
			type_string_to(b, t->embeddeds.data[j], qualify);
		}
		sb_putc(b, '}');
		break;
	}
	case TY_MAP:
		sb_puts(b, "map[");
		type_string_to(b, t->key, qualify);
		sb_putc(b, ']');
		type_string_to(b, t->elem, qualify);
		break;
	case TY_CHAN: {
		bool parens = false;
		if (t->chandir == CHAN_SEND)
			sb_puts(b, "chan<- ");
		else if (t->chandir == CHAN_RECV)
			sb_puts(b, "<-chan ");
		else {
			sb_puts(b, "chan ");
			parens = t->elem && t->elem->kind == TY_CHAN && !t->elem->named && t->elem->chandir == CHAN_RECV;
		}
		if (parens)
			sb_putc(b, '(');
		type_string_to(b, t->elem, qualify);
		if (parens)
			sb_putc(b, ')');
		break;
	}
	case TY_INVALID:
		sb_puts(b, "invalid type");
		break;
	default:
		sb_puts(b, "?");
		break;
	}
}

char *type_string(Arena *a, Type *t, bool qualify) {
	StrBuf b = {0};
	type_string_to(&b, t, qualify);
	char *s = arena_strdup(a, sb_cstr(&b));
	sb_free(&b);
	return s;
}

/* ---------------- sizes (amd64, gc's rules) ---------------- */

static int64_t rnd(int64_t o, int64_t a) { return a <= 1 ? o : (o + a - 1) / a * a; }

static void compute_size(Type *t) {
	if (t->size >= 0)
		return;
	if (t->size == -2) { /* invalid recursive type: reported by the checker */
		t->size = 0;
		t->align = 1;
		return;
	}
	t->size = -2;
	int64_t size = 0, align = 1;
	switch (t->kind) {
	case TY_BOOL: case TY_INT8: case TY_UINT8: size = align = 1; break;
	case TY_INT16: case TY_UINT16: size = align = 2; break;
	case TY_INT32: case TY_UINT32: case TY_FLOAT32: size = align = 4; break;
	case TY_INT64: case TY_UINT64: case TY_INT: case TY_UINT: case TY_UINTPTR:
	case TY_FLOAT64: case TY_UNSAFEPTR: case TY_POINTER: case TY_FUNC: case TY_MAP: case TY_CHAN:
		size = align = 8;
		break;
	case TY_COMPLEX64: size = 8; align = 4; break;
	case TY_COMPLEX128: size = 16; align = 8; break;
	case TY_STRING: case TY_INTERFACE: size = 16; align = 8; break;
	case TY_SLICE: size = 24; align = 8; break;
	case TY_ARRAY: {
		int64_t es = types_size(t->elem);
		align = types_align(t->elem);
		size = t->len > 0 ? es * t->len : 0;
		break;
	}
	case TY_STRUCT:
	case TY_TUPLE: {
		int64_t o = 0, lastzero = -1;
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = t->fields.data[i];
			int64_t fs = types_size(f->type), fa = types_align(f->type);
			if (fa > align)
				align = fa;
			o = rnd(o, fa);
			f->offset = o;
			o += fs;
			if (fs == 0)
				lastzero = o;
		}
		/* a non-zero-sized struct ending in a zero-sized field gets a byte of padding
		 * so &s.last cannot point at the next object (gc, issue 9401) */
		if (o > 0 && o == lastzero)
			o++;
		size = rnd(o, align);
		break;
	}
	default:
		size = 0;
		align = 1;
		break;
	}
	t->size = size;
	t->align = align;
}

int64_t types_size(Type *t) {
	if (!t)
		return 0;
	compute_size(t);
	return t->size;
}

int64_t types_align(Type *t) {
	if (!t)
		return 1;
	compute_size(t);
	return t->align < 1 ? 1 : t->align;
}

/* ---------------- lookup through embedded fields ---------------- */

typedef struct Embedded {
	Type *type;
	Vec path; /* Field* */
	bool indirect;
	bool multiples;
} Embedded;

static Type *deref(Type *t, bool *isptr) {
	if (t && !t->named && t->kind == TY_POINTER) {
		*isptr = true;
		return t->elem ? t->elem : ty_invalid;
	}
	*isptr = false;
	return t;
}

static void path_copy(Vec *dst, Vec *src) {
	dst->len = 0;
	for (int i = 0; i < src->len; i++)
		vec_push(dst, src->data[i]);
}

static Method *named_method(Type *t, const char *pkg, const char *name) {
	for (int i = 0; i < t->methods.len; i++) {
		Method *m = t->methods.data[i];
		if (same_ident(m->name, m->pkg, name, pkg))
			return m;
	}
	return NULL;
}

static LookupResult lookup_rec(Type *T, bool addressable, const char *pkg, const char *name, Vec *path, Field **fld,
                               Method **meth, bool *indirect) {
	*fld = NULL;
	*meth = NULL;
	*indirect = false;
	path->len = 0;
	if (!T || !name || strcmp(name, "_") == 0)
		return LOOKUP_NOTFOUND;

	/* methods cannot be associated with a named pointer type */
	if (T->named && T->kind == TY_POINTER) {
		LookupResult r = lookup_rec(T->under, false, pkg, name, path, fld, meth, indirect);
		if (r == LOOKUP_METHOD || r == LOOKUP_PTRRECV) {
			*meth = NULL;
			path->len = 0;
			return LOOKUP_NOTFOUND;
		}
		return r;
	}

	bool isptr;
	Type *typ = deref(T, &isptr);
	if (isptr && type_is_interface(typ))
		return LOOKUP_NOTFOUND;

	Vec current = {0}, next = {0}, seen = {0};
	Embedded *e0 = NEW(perm, Embedded);
	e0->type = typ;
	e0->indirect = isptr;
	vec_push(&current, e0);
	LookupResult result = LOOKUP_NOTFOUND;

	while (current.len > 0) {
		next.len = 0;
		Field *ffound = NULL;
		Method *mfound = NULL;
		int found = 0;
		for (int ci = 0; ci < current.len; ci++) {
			Embedded *e = current.data[ci];
			Type *t = e->type;
			if (!t)
				continue;
			if (t->named) {
				bool dup = false;
				for (int i = 0; i < seen.len && !dup; i++)
					dup = seen.data[i] == t;
				if (dup)
					continue;
				vec_push(&seen, t);
				if (t->kind != TY_INTERFACE) {
					Method *m = named_method(t, pkg, name);
					if (m) {
						if (found || e->multiples)
							goto ambiguous;
						found++;
						mfound = m;
						path_copy(path, &e->path);
						*indirect = e->indirect;
						continue;
					}
				}
			}
			Type *u = type_under(t);
			if (u->kind == TY_STRUCT) {
				for (int i = 0; i < u->fields.len; i++) {
					Field *f = u->fields.data[i];
					if (f->name && same_ident(f->name, f->pkg, name, pkg)) {
						if (found || e->multiples)
							goto ambiguous;
						found++;
						ffound = f;
						path_copy(path, &e->path);
						vec_push(path, f);
						*indirect = e->indirect;
						continue;
					}
					if (!found && f->embedded) {
						bool p;
						Type *ft = deref(f->type, &p);
						Embedded *ne = NEW(perm, Embedded);
						ne->type = ft;
						path_copy(&ne->path, &e->path);
						vec_push(&ne->path, f);
						ne->indirect = e->indirect || p;
						ne->multiples = e->multiples;
						vec_push(&next, ne);
					}
				}
			} else if (u->kind == TY_INTERFACE) {
				Method *m = type_iface_method(u, pkg, name);
				if (m) {
					if (found || e->multiples)
						goto ambiguous;
					found++;
					mfound = m;
					path_copy(path, &e->path);
					*indirect = e->indirect;
				}
			}
		}
		if (found) {
			if (ffound) {
				*fld = ffound;
				result = LOOKUP_FIELD;
			} else {
				*meth = mfound;
				result = LOOKUP_METHOD;
				if (mfound->ptr_recv && mfound->func && !*indirect && !addressable) {
					*meth = mfound;
					result = LOOKUP_PTRRECV;
				}
			}
			goto done;
		}
		/* consolidate multiples */
		Vec cons = {0};
		for (int i = 0; i < next.len; i++) {
			Embedded *e = next.data[i];
			bool dup = false;
			for (int j = 0; j < cons.len; j++) {
				Embedded *c = cons.data[j];
				if (type_identical(c->type, e->type)) {
					c->multiples = true;
					dup = true;
					break;
				}
			}
			if (!dup)
				vec_push(&cons, e);
		}
		free(current.data);
		current = cons;
	}
	goto done;
ambiguous:
	result = LOOKUP_AMBIGUOUS;
	*fld = NULL;
	*meth = NULL;
done:
	free(current.data);
	free(next.data);
	free(seen.data);
	return result;
}

LookupResult type_lookup(Type *t, bool addressable, const char *pkg, const char *name, Vec *path, Field **fld, Method **m,
                         bool *indirect) {
	Vec tmp = {0};
	Field *f0;
	Method *m0;
	bool ind0;
	LookupResult r = lookup_rec(t, addressable, pkg, name, path ? path : &tmp, fld ? fld : &f0, m ? m : &m0,
	                            indirect ? indirect : &ind0);
	free(tmp.data);
	return r;
}

Method *type_lookup_method(Type *t, const char *pkg, const char *name, Vec *path, bool *indirect) {
	Field *f;
	Method *m;
	bool ind;
	Vec tmp = {0};
	LookupResult r = lookup_rec(t, true, pkg, name, path ? path : &tmp, &f, &m, &ind);
	free(tmp.data);
	if (indirect)
		*indirect = ind;
	return r == LOOKUP_METHOD ? m : NULL;
}

Field *type_lookup_field(Type *t, const char *pkg, const char *name, Vec *path, bool *ambiguous) {
	Field *f;
	Method *m;
	bool ind;
	Vec tmp = {0};
	LookupResult r = lookup_rec(t, true, pkg, name, path ? path : &tmp, &f, &m, &ind);
	free(tmp.data);
	if (ambiguous)
		*ambiguous = r == LOOKUP_AMBIGUOUS;
	return r == LOOKUP_FIELD ? f : NULL;
}

/* ---------------- interface satisfaction ---------------- */

bool type_implements(Type *V, Type *T, Method **missing, Method **alt, bool *ptrrecv) {
	*missing = NULL;
	*alt = NULL;
	if (ptrrecv)
		*ptrrecv = false;
	Type *Tu = type_under(T);
	if (Tu->kind != TY_INTERFACE)
		return false;
	if (Tu->methods.len == 0)
		return true;
	Type *Vu = type_under(V);
	if (Vu->kind == TY_INVALID)
		return true;
	if (Vu->kind == TY_INTERFACE) {
		for (int i = 0; i < Tu->methods.len; i++) {
			Method *m = Tu->methods.data[i];
			Method *f = type_iface_method(Vu, m->pkg, m->name);
			if (!f) {
				*missing = m;
				return false;
			}
			if (!type_identical(f->type, m->type)) {
				*missing = m;
				*alt = f;
				return false;
			}
		}
		return true;
	}
	for (int i = 0; i < Tu->methods.len; i++) {
		Method *m = Tu->methods.data[i];
		Field *f;
		Method *fm;
		bool ind;
		Vec path = {0};
		LookupResult r = lookup_rec(V, false, m->pkg, m->name, &path, &f, &fm, &ind);
		bool found = r == LOOKUP_METHOD;
		if (!found) {
			r = lookup_rec(type_ptr(V), false, m->pkg, m->name, &path, &f, &fm, &ind);
			if (r == LOOKUP_METHOD && ptrrecv)
				*ptrrecv = true;
		}
		free(path.data);
		if (r != LOOKUP_METHOD) {
			*missing = m;
			return false;
		}
		if (!found || !type_identical(fm->type, m->type)) {
			*missing = m;
			*alt = fm;
			return false;
		}
	}
	return true;
}
