/* check.h — internals shared by the semantic half of the front end:
 * constant.c (exact arithmetic), types.c (type helpers beyond frontend.h),
 * universe.c, and the checker proper (check*.c). Nothing outside frontend/
 * includes this file; the contract with ssa/ is frontend.h.
 */
#ifndef GOC_CHECK_H
#define GOC_CHECK_H

#include "frontend.h"

/* ---------------- constant.c ----------------
 * Values follow go/constant: a kind (bool, string, int, float, complex) that
 * need not match the operand's type until the value is converted; floats are
 * 512-bit MPFR numbers; complex values are pairs of floats. Operations never
 * modify their operands and return fresh values; an overflowing or undefined
 * float result becomes CV_UNKNOWN (reported by the caller). */
#define CONST_PREC 512

Const *const_unknown(void);
Const *const_make_bool(bool b);
Const *const_make_int64(int64_t v);
Const *const_make_uint64(uint64_t v);
Const *const_make_string(const char *s, int64_t len);
Const *const_make_float64(double d);
Const *const_make_complex(Const *re, Const *im); /* re, im: CV_INT or CV_FLOAT */
/* The value of a literal as written (tok: TK_INT, TK_FLOAT, TK_IMAG, TK_CHAR,
 * TK_STRING); NULL if malformed. */
Const *const_from_literal(int tok, const char *lit);
Const *const_to_int(Const *x);     /* exact integer value, else CV_UNKNOWN */
Const *const_to_float(Const *x);   /* int or float (or complex with zero imag) → CV_FLOAT, else CV_UNKNOWN */
Const *const_to_complex(Const *x); /* numeric → CV_COMPLEX */
Const *const_real(Const *x);
Const *const_imag(Const *x);
/* op is a TokKind: TK_ADD TK_SUB TK_XOR TK_NOT; prec > 0 limits ^x to prec bits (unsigned types) */
Const *const_unary(int op, Const *x, int prec);
/* arithmetic/logical op; intdiv forces truncated integer division for TK_QUO */
Const *const_binary(int op, Const *x, Const *y, bool intdiv);
Const *const_shift(int op, Const *x, unsigned s); /* x must be CV_INT */
bool const_compare(int op, Const *x, Const *y);   /* TK_EQL ... TK_GEQ */
int const_sign(Const *x);                          /* numeric: -1, 0, 1 (complex: 0 iff zero) */
int64_t const_bitlen(Const *x);                    /* CV_INT: bits of |x| */
bool const_is_int64(Const *x);                     /* CV_INT fits int64 */
bool const_is_uint64(Const *x);                    /* CV_INT fits uint64 */
/* Representable as a value of basic type t (typed or untyped)? If so and
 * rounded != NULL, *rounded is the value as t holds it (ints as CV_INT,
 * floats rounded to float32/float64). */
bool const_representable(Const *x, Type *t, Const **rounded);
/* gc's exact-key view for duplicate detection: equal iff same kind & value after normalisation */
bool const_equal_key(Const *x, Const *y);
/* string(x) for an integer constant x (rune → UTF-8; invalid → U+FFFD) */
Const *const_int_to_string(Const *x);

/* ---------------- types.c ---------------- */
extern Type *ty_byte, *ty_rune;        /* spelling-only twins of ty_uint8/ty_int32, gone after check */
Type *type_alias_canon(Type *t);       /* byte → uint8, rune → int32 */
Type *check_default(Type *t);          /* type_default, but untyped rune → rune */
Type *type_under(Type *t);             /* t->under, or t for robustness */
Type *type_new_named(Obj *name);       /* defined type, incomplete (TY_INVALID) until type_set_underlying */
void type_set_underlying(Type *named, Type *under);
Type *type_func(Vec *params, Vec *results, bool variadic); /* of Field* */
Type *type_struct(Vec *fields);        /* of Field* */
Field *field_new(const char *name, Type *t, Pos p);
bool type_identical_ignore_tags(Type *a, Type *b);
bool type_is_interface(Type *t);
bool type_is_const_type(Type *t);      /* basic types a constant can have (bool, numeric, string) */
bool type_is_ordered(Type *t);
bool type_has_nil(Type *t);
bool type_is_basic(Type *t);           /* bool, numeric, string, unsafe.Pointer, untyped */
bool type_is_pointer(Type *t);
/* Unified lookup (go/types lookupFieldOrMethod): result is one of */
typedef enum LookupResult {
	LOOKUP_NOTFOUND,
	LOOKUP_FIELD,
	LOOKUP_METHOD,     // concrete method (m->func != NULL) or interface method
	LOOKUP_AMBIGUOUS,
	LOOKUP_PTRRECV,    // method needs a pointer/addressable receiver
} LookupResult;
LookupResult type_lookup(Type *t, bool addressable, const char *pkg, const char *name, Vec *path,
                         Field **fld, Method **m, bool *indirect);
/* Does t implement interface iface? If not, *missing is the first missing
 * method and *alt a method of t with that name (wrong type or pointer receiver). */
bool type_implements(Type *t, Type *iface, Method **missing, Method **alt, bool *ptrrecv);
Method *type_iface_method(Type *iface, const char *pkg, const char *name);
void type_string_to(StrBuf *b, Type *t, bool qualify);
/* func signature without "func": "(x int) (int, error)" */
void type_signature_to(StrBuf *b, Type *t, bool qualify);

/* ---------------- universe.c ---------------- */
extern Obj *universe_iota, *universe_nil, *universe_true, *universe_false, *universe_any, *universe_byte, *universe_rune;
Obj *unsafe_lookup(const char *name);
Obj *obj_new(ObjKind k, const char *name, Pos p);


/* ---------------- the checker (check*.c) ---------------- */


typedef struct Scope Scope;
struct Scope {
	Scope *parent;
	Vec objs;      // Obj* in declaration order
	StrMap map;    // name → Obj*, built once objs grows past a few entries
	bool is_func;  // a function's outermost scope (parameters and results)
};

/* Operand modes (go/types operand.go) */
typedef enum OpMode {
	OM_INVALID,  // an erroneous expression; errors were reported
	OM_NOVALUE,  // call of a function without results
	OM_BUILTIN,  // a builtin function (must be called)
	OM_TYPEXPR,  // a type
	OM_CONST,    // a constant: val set
	OM_VAR,      // an addressable variable
	OM_MAPINDEX, // m[k]: assignable, and comma-ok on the right-hand side
	OM_VALUE,    // a computed value
	OM_NIL,      // the predeclared nil
	OM_COMMAOK,  // like value, but may be used in v, ok = ...
} OpMode;

typedef struct Operand {
	OpMode mode;
	Node *expr;   // the expression denoting the operand (NULL if synthesised)
	Node **slot;  // where expr hangs in the tree, for implicit conversions (may be NULL)
	Type *type;
	Const *val;
	BuiltinKind id;
} Operand;

/* What an expression may be used for (go/types exprKind) */
typedef enum ExprKind { EK_CONVERSION, EK_EXPRESSION, EK_STATEMENT } ExprKind;

/* A package-level (or local type) declaration, for lazy, cycle-checked resolution. */
typedef struct DeclInfo {
	Obj *obj;
	Node *spec;     // N_CONSTSPEC, N_VARSPEC, N_TYPESPEC or N_FUNCDECL
	Scope *fscope;  // the file scope (imports)
	int file;       // file index of the declaration
	Node *typ;      // declared type expression, or NULL
	Node **init;    // slot of the initialisation expression, or NULL
	Vec lhs;        // n:1 variable declarations: every Obj* on the left
	bool inherited; // constant whose expression is repeated from an earlier spec
	int iota;
	int order;      // source order
	int color;      // 0 white, 1 black, >= 2 grey (2 + index in objpath)
	Vec deps;       // Obj* (consts, vars, funcs) this declaration refers to; a set
	Vec methods;    // OBJ_TYPE: DeclInfo* of methods declared on it
} DeclInfo;

typedef struct Checker {
	Package *pkg;
	Scope *pkgscope;
	PtrMap decls;        // Obj* → DeclInfo*
	Vec decl_list;       // DeclInfo* of package-level objects, in source order
	Vec objpath;         // Obj* being resolved (grey), for cycle detection
	Vec named;           // Type* of declared types, for the validity check
	Vec pending_ifaces;  // interfaces whose method sets await embedded interfaces
	Vec imports;         // OBJ_PKG objects, for "imported and not used"
	PtrMap dot_imports;  // members of dot-imported packages → their OBJ_PKG
	Vec dot_used;        // OBJ_PKG of dot imports whose members were used
	PtrMap lhs_shift;    // Node* → marker: untyped lhs of a non-constant shift
	bool *muted;         // per file: a failed import silences the rest of the file
	int nmuted;
	bool any_error;
	/* environment: saved and restored around declarations and function bodies */
	DeclInfo *decl;      // package-level declaration being checked (collects deps)
	Scope *scope;
	Const *iota;         // value of iota, NULL outside constant declarations
	Pos errpos;          // inherited constant expressions report here
	bool has_errpos;
	Type *sig;           // signature of the function being checked
	Node *func;          // N_FUNCDECL or N_FUNCLIT being checked
	Vec funcstack;       // enclosing N_FUNCDECL/N_FUNCLIT nodes, innermost last
	bool has_call_or_recv;
	bool has_label;
} Checker;
extern Checker chk;

/* check.c: errors, scopes, declarations */
void check_errorf(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void check_soft_errorf(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Scope *scope_new(Scope *parent, bool is_func);
Obj *scope_lookup_local(Scope *s, const char *name);
Obj *scope_insert(Scope *s, Obj *o);           /* returns the existing object on conflict */
Obj *check_lookup(const char *name);
void check_open_scope(bool is_func);
void check_close_scope(void);
void check_declare(Scope *s, Node *id, Obj *o); /* reports redeclarations */
void check_obj_decl(Obj *o, Type *def);
void check_add_dep(Obj *o);
void check_decl_stmt(Node *n);
void check_type_decl(Obj *o, Node *spec, Type *def);
void check_local_types_done(void);
Obj *check_new_var(const char *name, Pos p, Type *t, VarClass vc);
bool is_generic_spec(Node *typespec);        /* type parameters, or a constraint interface */
void mark_generic_imports(Node *decl, Scope *s); /* imports named in unchecked generic code are used */
void check_generic_use(Pos p, Obj *o);          /* reports the use of a generic object */
char *check_sprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
const char *tstr(Type *t);
const char *estr(Node *n);
const char *opstr(Operand *x);
Pos start_pos(Node *n);
Node *unparen(Node *n);

/* check_typexpr.c: type expressions */
Type *check_typ(Node **np);
Type *check_var_type(Node **np);
Type *check_defined_type(Node **np, Type *def);
/* A function type; with params != NULL the parameter and result objects are
 * created (receiver first if recv) and appended to it. */
Type *check_func_type(Node *ft, Node *recv, Vec *params, bool *ok);
int64_t check_array_length(Node **np);
void check_complete_interfaces(void); /* also runs delayed type checks */
void check_valid_type(Type *t);
Node *embedded_field_ident(Node *t);

/* check_expr.c: expressions */
ExprKind check_raw_expr(Operand *x, Node **np, Type *hint);
void check_expr(Operand *x, Node **np);
void check_multi_expr(Operand *x, Node **np);
void check_expr_with_hint(Operand *x, Node **np, Type *hint);
void check_expr_or_type(Operand *x, Node **np);
void check_single_value(Operand *x);
void check_use(Node **np);
void check_ident(Operand *x, Node **np, Type *def, bool want_type);
void check_use_list(Vec *list);
void check_convert_untyped(Operand *x, Type *target);
void check_update_expr_type(Node *n, Type *t, bool final);
void check_assignment(Operand *x, Type *T, const char *context);
bool check_assignable_to(Operand *x, Type *T, char **reason);
void check_implicit_conv(Operand *x, Type *T);
/* where an implicit conversion made now is placed, of a variable operand
 * and of a constant one (line 0: at the operand): gc's positions, e.g. a
 * call's "(" for variables, an assignment's left side for both */
extern Pos check_convpos, check_convpos_const;
void check_binary(Operand *x, Node *e, Node **lhs, Node **rhs, int op);
void check_comparison(Operand *x, Operand *y, int op, bool switch_case);
void check_set_node(Operand *x);
bool check_is_valid_index(Operand *x, const char *what, bool allow_negative);
Type *check_index(Node **np, int64_t max, int64_t *val);
void check_type_assertion(Node *e, Operand *x, Type *T, bool type_switch);
char *missing_method_reason(Type *V, Type *T, Method *m, Method *alt, bool ptrrecv);

/* check_call.c: calls, builtins, selectors, conversions */
ExprKind check_call_expr(Operand *x, Node **np);
void check_selector(Operand *x, Node **np, Type *def);
void check_conversion(Operand *x, Type *T);
bool check_convertible_to(Operand *x, Type *T, char **cause);
/* Evaluate a list of expressions (given by their slots); a single call may
 * produce several values. Returns the number of operands in *out (perm). */
int check_expr_list(Node ***list, int n, bool allow_comma_ok, Operand **out, bool *comma_ok);
Node ***slots_of(Vec *v); /* the slots of a Vec's elements */
void check_arguments(Node *call, Type *sig, Operand *args, int nargs);

/* check_stmt.c: statements and function bodies */
void check_func_body(Node *fn, Type *sig, Node *body);
void check_all_branches(Node *file);
void check_funclit(Operand *x, Node *n);
void check_stmt_list(int ctxt, Vec *list);
void check_init_vars(Obj **lhs, int nlhs, Node ***rhs, int nrhs, Node *return_stmt);
void check_init_var(Obj *lhs, Operand *x, const char *context);
void check_assign_vars(Node ***lhs, int nlhs, Node ***rhs, int nrhs);
Type *check_assign_var(Node **lhs, Operand *x);

#endif
