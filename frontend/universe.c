/* universe.c — the predeclared identifiers (the universe block) and the
 * members of package unsafe (go/types universe.go).
 *
 * byte and rune are aliases of uint8 and int32; while checking they denote
 * ty_byte and ty_rune (identical twins that print as written), which
 * check.c maps to ty_uint8 and ty_int32 at the end.
 */
#include "check.h"

Obj *universe_iota, *universe_nil, *universe_true, *universe_false, *universe_any, *universe_byte, *universe_rune;

static StrMap universe, unsafe_scope;

Obj *obj_new(ObjKind k, const char *name, Pos p) {
	Obj *o = NEW(perm, Obj);
	o->kind = k;
	o->name = name;
	o->pos = p;
	return o;
}

static Obj *def(StrMap *scope, ObjKind k, const char *name, Type *t) {
	Obj *o = obj_new(k, intern(name, strlen(name)), (Pos){0});
	o->type = t;
	strmap_put(scope, o->name, o);
	return o;
}

static void def_type(Type *t) { strmap_put(&universe, t->named->name, t->named); }

static void def_builtin(StrMap *scope, const char *name, BuiltinKind b, const char *pkg) {
	Obj *o = def(scope, OBJ_BUILTIN, name, ty_invalid);
	o->builtin = b;
	o->pkg = pkg;
}

void universe_init(void) {
	if (universe_nil)
		return;
	types_init();
	Type *basics[] = {ty_bool, ty_int8, ty_int16, ty_int32, ty_int64, ty_int, ty_uint8, ty_uint16, ty_uint32,
	                  ty_uint64, ty_uint, ty_uintptr, ty_float32, ty_float64, ty_complex64, ty_complex128,
	                  ty_string, ty_error};
	for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++)
		def_type(basics[i]);
	universe_byte = def(&universe, OBJ_TYPE, "byte", ty_byte);
	universe_rune = def(&universe, OBJ_TYPE, "rune", ty_int32);
	universe_rune->type = ty_rune;
	universe_any = def(&universe, OBJ_TYPE, "any", ty_any);
	/* comparable: only meaningful as a type constraint (generics are not supported) */
	Obj *co = def(&universe, OBJ_TYPE, "comparable", NULL);
	co->type = type_new_named(co);
	type_set_underlying(co->type, type_new(TY_INTERFACE));

	universe_true = def(&universe, OBJ_CONST, "true", ty_untyped_bool);
	universe_true->val = const_make_bool(true);
	universe_false = def(&universe, OBJ_CONST, "false", ty_untyped_bool);
	universe_false->val = const_make_bool(false);
	universe_iota = def(&universe, OBJ_CONST, "iota", ty_untyped_int);
	universe_iota->val = const_make_int64(0);
	universe_nil = def(&universe, OBJ_NIL, "nil", ty_untyped_nil);

	static const struct {
		const char *name;
		BuiltinKind b;
	} builtins[] = {
		{"append", BI_APPEND}, {"cap", BI_CAP}, {"close", BI_CLOSE}, {"complex", BI_COMPLEX},
		{"copy", BI_COPY}, {"delete", BI_DELETE}, {"imag", BI_IMAG}, {"len", BI_LEN},
		{"make", BI_MAKE}, {"new", BI_NEW}, {"panic", BI_PANIC}, {"print", BI_PRINT},
		{"println", BI_PRINTLN}, {"real", BI_REAL}, {"recover", BI_RECOVER},
	};
	for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
		def_builtin(&universe, builtins[i].name, builtins[i].b, NULL);

	strmap_put(&unsafe_scope, ty_unsafeptr->named->name, ty_unsafeptr->named);
	def_builtin(&unsafe_scope, "Alignof", BI_ALIGNOF, "unsafe");
	def_builtin(&unsafe_scope, "Offsetof", BI_OFFSETOF, "unsafe");
	def_builtin(&unsafe_scope, "Sizeof", BI_SIZEOF, "unsafe");
	def_builtin(&unsafe_scope, "Add", BI_UNSAFE_ADD, "unsafe");
	def_builtin(&unsafe_scope, "Slice", BI_UNSAFE_SLICE, "unsafe");
}

Obj *universe_lookup(const char *name) {
	if (!universe_nil)
		universe_init();
	return strmap_get(&universe, name);
}

Obj *unsafe_lookup(const char *name) {
	if (!universe_nil)
		universe_init();
	return strmap_get(&unsafe_scope, name);
}
