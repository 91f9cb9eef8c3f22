/* frontend.h — the front end's table of contents: positions and diagnostics,
 * tokens, the AST, types, objects, constants, and the checker.
 *
 * Pipeline: lex.l (flex, Go's semicolon rule) → parse.y (bison) builds an
 * untyped AST of Node → check.c resolves names, computes types and constant
 * values and annotates the same nodes in place → ssa/ builds SSA from it.
 *
 * Contract with ssa/ (what "checked" means), for every node the checker has seen:
 *   - every expression node has n->type set (untyped constants are given their
 *     final default/converted type; n->type is never an untyped kind after check);
 *   - constant expressions have n->val set (already converted to n->type) and
 *     the SSA builder never looks below them;
 *   - ambiguous syntax is rewritten in place: N_CALL whose callee is a type
 *     becomes N_CONV; a call of a builtin becomes N_BUILTINCALL with n->builtin;
 *     N_STAR of a value becomes N_DEREF; N_SELECTOR is classified by n->sel_kind;
 *     N_PAREN disappears from expressions (the checker replaces uses by the
 *     inner node via check_unparen) — consumers may still skip N_PAREN;
 *   - N_NAME refers to its Obj in n->obj; blank `_` has n->obj == NULL and is_blank;
 *   - implicit conversions are explicit: when a value is assigned/passed/
 *     returned/compared to a different (but assignable) type, e.g. a concrete
 *     value to an interface, the checker wraps it in an N_CONV node with
 *     n->implicit = true.
 * Details of the same contract (check*.c):
 *   - an explicit conversion T(x) keeps T's type expression in n->y (n->list is
 *     emptied); a call with no results has n->type == NULL;
 *   - values that have no node of their own are not wrapped: the elements of a
 *     multi-value call (v, w = f(); g(f()); return f()), both values of a
 *     comma-ok form (v, ok = m[k] / x.(T) / <-c) and the key/value of a
 *     `for k, v = range` assignment — ssa/ converts those to the target type;
 *   - an N_COMPOSITE with elided type inside another literal may have type *T:
 *     it stands for &T{...};
 *   - the receiver is the first of a method's locals, with index -1; unnamed
 *     parameters are named "~p0", "~p1", ..., unnamed results "~r0", ... and
 *     blank results "~b0", ... (gc's names); each type-switch clause has its
 *     own variable (N_CASE.obj), all in the function's locals;
 *   - generic declarations (Obj.generic: type parameters, or a constraint
 *     interface) and methods of generic types are neither checked nor in any
 *     of pkg's lists: never compiled; any use is a "not supported yet" error;
 *   - pkg->funcs leaves out `func _()` bodies (checked, never compiled), and
 *     pkg->init_order has one N_VARSPEC per variable of an n:n declaration
 *     (the checker splits `var a, b = x, y`; n:1 specs appear once).
 * After the checker, ssa/inl.c (before escape analysis) rewrites the bodies
 * of the package being compiled, gc's way:
 *   - gc's early dead code goes: an `if` on a constant keeps the branch
 *     taken, statements after a taken branch ending in return or panic go,
 *     a switch on a constant keeps its clause;
 *   - an inlined call becomes, in place, an N_INLCALL: list holds
 *     `params := args` (an N_ASSIGN TK_DEFINE; a variadic call's extra
 *     arguments in an implicit N_COMPOSITE, gc's "... argument"), the
 *     results' N_DECLSTMT, then the callee's body copied: its variables are
 *     fresh Objs of the caller (in its locals; unnamed results "~R0"), each
 *     return an assignment to the results and an N_BRANCH TK_BREAK whose
 *     target is the N_INLCALL, its closures new N_FUNCLITs of the caller
 *     (in its funclits); list2 holds the result variables' N_NAMEs (read
 *     after the body), type the call's type (a TY_TUPLE for several);
 *     obj is the callee, orig the call as written (not walked by consumers);
 *   - positions in the copied body have an inline base (POS_INLINED): the
 *     call site and the callee, for -m messages and DWARF.
 */
#ifndef GOC_FRONTEND_H
#define GOC_FRONTEND_H

#include "../util/util.h"
#include <gmp.h>
#include <mpfr.h>

/* ---------------- positions and diagnostics (diag.c) ---------------- */

/* A source position, packed in 8 bytes; line and col are 1-based, 0 = unknown.
 * col counts bytes, as gc does. */
typedef struct Pos {
	uint32_t line;
	uint16_t col;
	uint16_t file; /* index into diag_files */
} Pos;
_Static_assert(sizeof(Pos) == 8, "Pos is packed on purpose");

extern Vec diag_files;  /* const char* file names as given on the command line */
extern int diag_nerrors;
extern int diag_nsyntax;  /* syntax errors so far: gc stops after parsing only for these */
extern bool diag_nolimit; /* -e: report every error, no "too many errors" cut-off */
int diag_add_file(const char *name);
const char *pos_file(Pos p);
/* "file:line:col" (file name as given); static buffer rotation, 4 live results */
const char *pos_str(Pos p);
int pos_cmp(Pos a, Pos b); /* source order: file, line, column */

/* Inlining (ssa/inl.c) keeps the line and column of the callee's nodes it
 * copies; their file field names an inline base instead (POS_INLINED set):
 * the original file, the call site (a Pos, itself inlined when the call was)
 * and the callee (gc's src.PosBase with an inlining index).  pos_file and
 * pos_str see through it; -m messages are printed at pos_outer, as gc's are.
 * The bases belong to the package being compiled: pos_inlbase_reset drops
 * them (a stale one reads as not inlined). */
enum { POS_INLINED = 0x8000 };
typedef struct InlBase {
	uint16_t file;         // the original file (never inlined)
	Pos call;              // where the inlined call was
	struct Obj *callee;
} InlBase;
int pos_inlbase_new(uint16_t file, Pos call, struct Obj *callee); /* the new file index; -1 when full */
const InlBase *pos_inlbase(Pos p);  /* NULL if p is not inlined */
Pos pos_outer(Pos p);               /* the outermost call site of an inlined p, else p */
Pos pos_strip(Pos p);               /* p in its original file, without inlining */
void pos_inlbase_reset(void);

/* User errors, gc style: queued, sorted by position, printed as
 * "file:line:col: message", duplicates on the same line dropped, at most 10
 * then "file:line:col: too many errors". diag_flush prints what is queued and
 * returns the number of errors so far. */
void diag_errorf(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_warnf(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3))); /* -m lines: stdout, unsorted */
int diag_flush(void);
void diag_note(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3))); /* pass notes: queued */
void diag_notes_flush(void); /* the notes to stdout, sorted, once each, inlined at their call site */
void *diag_stash(void);            /* take the queued errors away (they still count in diag_nerrors) */
int diag_unstash(void *stash);     /* queue them again; returns how many */
/* diag_flush writes dir (at the start of a line, after a space or "\n\t") as
 * shortdir, as go build shows a package's compiler output; NULL: as is. */
void diag_rewrite_dir(const char *dir, const char *shortdir);
bool diag_error_on_line(Pos p); /* an error is queued on p's line */
/* A feature goc does not implement yet: a clean error, never a crash. */
#define diag_unsupported(p, what) diag_errorf((p), "%s not supported yet by goc", (what))

/* ---------------- tokens (tokens.def, lex.l) ---------------- */

typedef enum TokKind {
#define TOK(name, text) name,
#include "tokens.def"
#undef TOK
	TK_COUNT
} TokKind;
extern const char *tok_text[]; /* "+", "func", ... for messages */

/* ---------------- constants (constant.c) ----------------
 * Exact values of constant expressions, as go/constant keeps them:
 * integers as mpz, floats as mpq when exact and mpfr (512-bit mantissa, like gc)
 * otherwise; complex as two floats. */
typedef enum ConstKind {
	CV_UNKNOWN, // result of an erroneous expression
	CV_BOOL,
	CV_STRING,
	CV_INT,
	CV_FLOAT,
	CV_COMPLEX,
} ConstKind;

typedef struct Const Const;
struct Const {
	ConstKind kind;
	bool b;           // CV_BOOL
	const char *s;    // CV_STRING: bytes (may contain NUL)
	int64_t slen;     //   its length
	mpz_t i;          // CV_INT
	mpfr_t f;         // CV_FLOAT, CV_COMPLEX real part
	mpfr_t im;        // CV_COMPLEX imaginary part
	bool has_q;       // CV_FLOAT: q holds the exact value (f is q rounded), as go/constant's ratVal
	mpq_t q;
};

/* Accessors the SSA builder uses on values already converted to their type. */
int64_t const_int64(const Const *c);   /* CV_INT (two's complement wrap for uint64) or CV_BOOL */
uint64_t const_uint64(const Const *c);
double const_float64(const Const *c);  /* CV_FLOAT, CV_INT */
double const_imag64(const Const *c);   /* CV_COMPLEX */
char *const_string(Arena *a, const Const *c); /* gc-style rendering for messages: 1, 1.5, "x", true */
bool const_compare(int op, Const *x, Const *y); /* TK_EQL ... TK_GEQ on values of one kind */

/* ---------------- types (types.c) ---------------- */

typedef enum TypeKind {
	TY_INVALID, // result of an erroneous expression
	TY_BOOL,
	TY_INT8, TY_INT16, TY_INT32, TY_INT64, TY_INT,
	TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINT, TY_UINTPTR,
	TY_FLOAT32, TY_FLOAT64,
	TY_COMPLEX64, TY_COMPLEX128,
	TY_STRING,
	TY_UNSAFEPTR,
	/* untyped constant kinds: never survive the checker */
	TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
	TY_UNTYPED_COMPLEX, TY_UNTYPED_STRING, TY_UNTYPED_NIL,
	/* composite */
	TY_ARRAY,     // [len]elem
	TY_SLICE,     // []elem
	TY_STRUCT,    // struct{fields}
	TY_POINTER,   // *elem
	TY_FUNC,      // func(params) results
	TY_INTERFACE, // interface{methods}
	TY_MAP,       // map[key]elem
	TY_CHAN,      // chan elem
	TY_TUPLE,     // multiple results of a call; fields are the results
	/* SSA-only kinds (ssa/ creates them; the checker never does) */
	TY_MEM,   // the memory state
	TY_FLAGS, // condition flags (after lowering)
	TY_VOID,
	TY_KIND_COUNT
} TypeKind;

typedef struct Type Type;
typedef struct Obj Obj;
typedef struct Node Node;
typedef struct Package Package;

typedef struct Field {
	const char *name;  // interned; NULL or "_" for blank; for embedded fields the type's name
	Type *type;
	int64_t offset;    // struct fields: byte offset, set by types_size
	bool embedded;
	const char *tag;   // struct tag text or NULL
	const char *pkg;   // package path of the declaring package: an unexported name is
	                   // distinct from the same name declared in another package
	Pos pos;
} Field;

/* A method of a defined type (or an interface). */
typedef struct Method {
	const char *name;
	Type *type;        // the method's func type without the receiver
	Obj *func;         // the declared function (NULL for interface methods)
	bool ptr_recv;     // declared with a pointer receiver
	const char *pkg;   // package path of the declaring package (see Field.pkg)
	Pos pos;
} Method;

/* Chan directions */
enum { CHAN_BOTH = 3, CHAN_SEND = 1, CHAN_RECV = 2 };

/* A Type. Defined (named) types are distinct Type objects whose `kind` and
 * structural fields (elem, key, fields, params, ...) equal their underlying
 * type's — consumers can switch on t->kind for any type. `named` is the type
 * name's Obj for defined and predeclared types; `under` points at the
 * underlying unnamed type (t itself for unnamed types). */
struct Type {
	TypeKind kind;
	Obj *named;        // type name, or NULL for type literals
	Type *under;       // underlying type (== self when unnamed)
	Type *elem;        // ARRAY, SLICE, POINTER, MAP (value), CHAN
	Type *key;         // MAP
	int64_t len;       // ARRAY; -1 while unknown ([...]T before the literal is checked)
	int chandir;       // CHAN: CHAN_BOTH/SEND/RECV
	Vec fields;        // STRUCT: Field*; TUPLE: Field* (one per result)
	Vec params;        // FUNC: Field*
	Vec results;       // FUNC: Field*
	bool variadic;     // FUNC: last param is ...T (its type is []T)
	Field *recv;       // FUNC: the receiver, for method types seen as functions (else NULL)
	Vec methods;       // INTERFACE: Method* sorted by name (embedded ones flattened);
	                   // defined types: Method* declared on it (value and pointer receivers)
	Vec embeddeds;     // INTERFACE: Type* embedded interfaces, as written
	Type *ptr_to;      // cache for type_ptr(t)
	Type *slice_of;    // cache for type_slice(t)
	int64_t size;      // set by types_size; -1 while not computed
	int64_t align;
	int id;            // unique, for hashing and stable ordering
	void *backend;     // per-backend cache (e.g. LLVM type)
	void *rtype;       // per-backend cache (e.g. type descriptor global)
};

/* Predeclared types, set up by types_init (also reachable by name through the universe). */
extern Type *ty_bool, *ty_int8, *ty_int16, *ty_int32, *ty_int64, *ty_int,
	*ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uint, *ty_uintptr,
	*ty_float32, *ty_float64, *ty_complex64, *ty_complex128, *ty_string,
	*ty_unsafeptr, *ty_error, *ty_any, /* interface{} */
	*ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float,
	*ty_untyped_complex, *ty_untyped_string, *ty_untyped_nil, *ty_invalid,
	*ty_mem, *ty_flags, *ty_void;
/* byte and rune are aliases: ty_uint8 and ty_int32 themselves. */

void types_init(void);
Type *type_new(TypeKind k);          /* unnamed type of kind k, size unknown */
Type *type_ptr(Type *elem);          /* canonical *elem */
Type *type_slice(Type *elem);        /* canonical []elem */
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *elem);
Type *type_chan(Type *elem, int dir);
Type *type_tuple(Vec *types);        /* of Type* */
int64_t types_size(Type *t);         /* computes size/align/offsets once (amd64: int=8) */
int64_t types_align(Type *t);
bool type_identical(Type *a, Type *b);
bool type_is_integer(Type *t);       /* incl. untyped int/rune */
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);         /* incl. untyped float */
bool type_is_complex(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_boolean(Type *t);
bool type_is_untyped(Type *t);
bool type_is_named(Type *t);         /* has a name (defined or predeclared) */
bool type_has_pointers(Type *t);     /* contains pointers the GC must see */
bool type_is_direct_iface(Type *t);  /* pointer-shaped: an interface holds the value itself (gc's types.IsDirectIface) */
bool type_comparable(Type *t);
Type *type_default(Type *t);         /* untyped → default type; else t */
/* gc's spelling: "int", "[]string", "map[string]int", "func(int) (int, error)",
 * "main.T" when qualify (the package path: "example.com/m/sub.T"), otherwise
 * "T" for types of types_local_pkg and "sub.T" (the package name) for
 * others; "untyped int" for untyped kinds. */
char *type_string(Arena *a, Type *t, bool qualify);
/* Method lookup through embedded fields: returns the Method (or NULL) and sets
 * *path to the Field* chain of embedded fields walked, *indirect if a pointer
 * was followed along the way. An unexported name matches only names declared
 * in package pkg (a path; NULL matches any package). */
Method *type_lookup_method(Type *t, const char *pkg, const char *name, Vec *path, bool *indirect);
/* Field lookup through embedded fields; path gets every Field* walked
 * including the final one. Ambiguity is reported by returning NULL and *ambiguous. */
Field *type_lookup_field(Type *t, const char *pkg, const char *name, Vec *path, bool *ambiguous);
/* Packages in names. Unexported names of different packages differ
 * (go/types sameId; a NULL package matches any). Types of the package
 * types_local_pkg (the one being checked) are spelled unqualified in
 * messages, others as "name.T" with the name the package registered. */
extern const char *types_local_pkg;
void types_register_pkg(const char *path, const char *name);
const char *types_pkg_name(const char *path); /* registered name, else the path's last element */
bool ident_exported(const char *name);
bool same_ident(const char *a, const char *apkg, const char *b, const char *bpkg);

/* ---------------- objects (names) ---------------- */

typedef enum ObjKind {
	OBJ_BAD,
	OBJ_CONST,   // constant: val
	OBJ_TYPE,    // type name: type
	OBJ_VAR,     // variable: global, local, parameter or result
	OBJ_FUNC,    // declared function or method
	OBJ_BUILTIN, // builtin function: builtin
	OBJ_NIL,     // the predeclared nil
	OBJ_PKG,     // imported package
	OBJ_LABEL,   // statement label
} ObjKind;

typedef enum BuiltinKind {
	BI_NONE,
	BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG,
	BI_LEN, BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
	/* package unsafe */
	BI_ALIGNOF, BI_OFFSETOF, BI_SIZEOF, BI_UNSAFE_ADD, BI_UNSAFE_SLICE,
} BuiltinKind;

/* Storage classes of OBJ_VAR */
typedef enum VarClass {
	VC_GLOBAL,   // package-level
	VC_LOCAL,    // function-local
	VC_PARAM,    // parameter (incl. receiver)
	VC_RESULT,   // named or unnamed result ("~r0" for unnamed, as gc names them)
} VarClass;

struct Obj {
	ObjKind kind;
	const char *name;   // interned
	Pos pos;            // declaring position
	Type *type;
	Node *decl;         // declaring node (N_FUNCDECL, N_VARSPEC, ..), may be NULL
	const char *pkg;    // package path, as Package.path ("main", "example.com/m/sub"); NULL for universe objects
	/* OBJ_CONST */
	Const *val;
	int iota;           // the iota of its spec
	/* OBJ_BUILTIN */
	BuiltinKind builtin;
	/* OBJ_PKG */
	Package *imported;  // the package an import declaration names (NULL: unsafe, or it could not be imported)
	/* OBJ_VAR */
	VarClass vclass;
	int index;          // PARAM/RESULT: position in the signature
	Node *owner;        // enclosing N_FUNCDECL or N_FUNCLIT (NULL for globals)
	bool addrtaken;     // &x taken, or x.f / x[i] of an array variable whose address is taken
	bool captured;      // referred to by a closure other than its owner
	bool byval;         // captured, but by value: never reassigned, address not taken, at most 128
	bool heapbig;       // escape.c: a local too large for the frame (gc's maxStackVarSize): on the heap
	                    // bytes, so closures hold a copy (gc's Byval; decided by ssa/escape.c)
	bool used;          // for "declared but not used"
	bool stackok;       // addrtaken or captured, but escape analysis keeps it in the frame (ssa/escape.c)
	/* OBJ_FUNC */
	Type *recv_base;    // method: the receiver's base type (the T in T or *T)
	/* OBJ_TYPE, OBJ_FUNC */
	bool generic;       // declared with type parameters (or a constraint interface): never
	                    // checked or compiled; a use is reported as not supported yet
	const char *linkname; // symbol name: "main.f", "main.T.M", "main.(*T).M", "main.init.0"
	/* for the back end */
	void *ssa;          // per-function cache in ssa/ (e.g. variable slot)
	void *backend;      // LLVM global/function
};

/* ---------------- the AST ---------------- */

typedef enum NodeKind {
	N_BAD, // a syntax error was reported here
	/* expressions */
	N_NAME,        // name (identifier)
	N_BASICLIT,    // lit: literal text; op: TK_INT/TK_FLOAT/TK_IMAG/TK_CHAR/TK_STRING
	N_COMPOSITE,   // x{list} — x is the type expr (NULL when elided inside another literal); list: elements, N_KEYVALUE for keyed
	N_KEYVALUE,    // x: y inside a composite literal
	N_FUNCLIT,     // func literal: x is the N_FUNCTYPE, body; captures (Obj*) after check
	N_PAREN,       // (x)
	N_SELECTOR,    // x.name
	N_INDEX,       // x[y]
	N_SLICEEXPR,   // x[y:z] or x[y:z:w]; y/z/w may be NULL; slice3 says if 3-index
	N_TYPEASSERT,  // x.(y); y == NULL for x.(type) in a type switch
	N_CALL,        // x(list); has_dots for f(a, b...)
	N_STAR,        // *x (a pointer type or a dereference before the checker decides)
	N_UNARY,       // op x: op is TK_ADD TK_SUB TK_NOT TK_XOR TK_AND(&x) TK_ARROW(<-x)
	N_BINARY,      // x op y: arithmetic, comparison, && ||
	/* after check */
	N_CONV,        // conversion T(x): type is T, x the operand; implicit if inserted by the checker
	N_BUILTINCALL, // builtin(list): builtin set; for make/new the first arg is a type expr
	N_DEREF,       // *x where x is a pointer value
	/* after inlining (ssa/inl.c) */
	N_INLCALL,     // an inlined call: list = statements (parameters assigned, the callee's body, each
	               // return an assignment to the results then an N_BRANCH TK_BREAK whose target is this
	               // node), list2 = N_NAMEs of the result variables; obj = the callee; orig = the call
	/* type expressions */
	N_ARRAYTYPE,   // [x]y; x == NULL for a slice type, x is N_ELLIPSIS for [...]T
	N_STRUCTTYPE,  // struct{list of N_FIELD}
	N_FIELD,       // names (Vec of N_NAME, may be empty for embedded) + x type + lit tag; also parameters/results
	N_FUNCTYPE,    // func(list: params N_FIELD) (list2: results N_FIELD)
	N_INTERFACETYPE, // interface{list: N_FIELD methods (one name, x N_FUNCTYPE) or embedded (no name, x type)}
	N_MAPTYPE,     // map[x]y
	N_CHANTYPE,    // chan y, with op = CHAN_BOTH/SEND/RECV
	N_ELLIPSIS,    // ...x (variadic parameter type) or [...] in array types (x NULL)
	/* statements */
	N_EMPTY,
	N_BLOCK,       // { list }
	N_EXPRSTMT,    // x
	N_SEND,        // x <- y
	N_INCDEC,      // x++ (op TK_INC) or x-- (op TK_DEC)
	N_ASSIGN,      // list = list2, or op=: op is TK_ASSIGN, TK_DEFINE (:=) or TK_ADD_ASSIGN ...
	N_GO,          // go x (x is N_CALL)
	N_DEFER,       // defer x
	N_RETURN,      // return list
	N_BRANCH,      // op: TK_BREAK TK_CONTINUE TK_GOTO TK_FALLTHROUGH; label name or NULL; target after check
	N_LABELED,     // label: body (name = label)
	N_IF,          // if init; cond { body } else els (els: N_BLOCK or N_IF or NULL)
	N_SWITCH,      // switch init; x { list of N_CASE } — x may be NULL (switch true)
	N_TYPESWITCH,  // switch init; y := x.(type) { list of N_CASE }: name = y or NULL, x = the N_TYPEASSERT operand
	N_CASE,        // case list: body(list2 stmts); list empty = default. In type switches list holds type exprs (N_NAME "nil" for nil); obj = the implicit variable for this clause
	N_SELECT,      // select { list of N_COMMCLAUSE }
	N_COMMCLAUSE,  // case x (N_SEND, N_EXPRSTMT of <-, or N_ASSIGN): list2 stmts; x == NULL = default
	N_FOR,         // for init; cond; post { body }
	N_RANGE,       // for x, y := range z { body }: op is TK_DEFINE, TK_ASSIGN or 0 (no vars); x/y may be NULL
	N_DECLSTMT,    // a var/const/type declaration inside a function: list of specs
	/* declarations */
	N_IMPORT,      // import name "path": name (may be NULL, ".", "_"), lit = path
	N_VARSPEC,     // var names(list of N_NAME) type(x) = values(list2)
	N_CONSTSPEC,   // const names(list) type(x) = values(list2); iota set; implicit repetition filled in by the parser
	N_TYPESPEC,    // type name x  (alias if is_alias)
	N_FUNCDECL,    // func (recv) name type body: recv is an N_FIELD or NULL, x the N_FUNCTYPE, body or NULL
	N_FILE,        // package name; list: imports; list2: top-level declarations (specs and funcs)
	N_KIND_COUNT
} NodeKind;

typedef enum SelKind {
	SEL_NONE,
	SEL_FIELD,      // x.f: path = embedded fields walked (Field*), last is f; x is the struct or pointer to it
	SEL_METHOD,     // x.m as a call target or method value; method set, path as for fields
	SEL_METHODEXPR, // T.m or (*T).m
	SEL_QUALIFIED,  // pkg.Name: obj is the package member
} SelKind;

struct Node {
	NodeKind kind;
	Pos pos;           // where gc's syntax package puts it: a binary expr at its operator, a call at
	                   // its '(', a selector at its '.', an assignment at its operator (see node_start_pos)
	Pos epos;          // closing brace/paren: N_BLOCK, N_SWITCH, N_TYPESWITCH, N_SELECT, N_COMPOSITE, N_CALL;
	                   // N_SELECTOR: the selected name (gc's Sel); N_FUNCDECL of a method: the receiver's
	                   // '(' (gc's position of a FuncDecl: the token after `func`); N_RANGE: the
	                   // `range` keyword (gc's position of a range statement)
	int op;            // operator token / builtin-specific flags, see NodeKind comments
	const char *name;  // N_NAME, label names, N_SELECTOR field name, N_FUNCDECL name (interned)
	const char *lit;   // N_BASICLIT source text; N_IMPORT path; N_FIELD tag
	Node *x, *y, *z, *w;
	Node *init, *cond, *post; // IF / SWITCH / FOR
	Node *body;        // N_BLOCK for functions, loops, if; N_LABELED's statement
	Node *els;
	Node *recv;        // N_FUNCDECL receiver field
	Vec list, list2;   // Node*
	bool has_dots;     // call with ... ; N_COMPOSITE [...]T
	bool slice3;       // N_SLICEEXPR with 3 indices
	bool is_alias;     // N_TYPESPEC type A = B
	bool implicit;     // N_CONV inserted by the checker; N_CONSTSPEC repeated from above
	bool is_blank;     // N_NAME "_"
	bool is_instance;  // N_INDEX written as an instantiation: T[A, B] (y is the first
	                   // argument, list the others), or a type name followed by [...] in a type
	Vec tparams;       // N_TYPESPEC, N_FUNCDECL: the type parameters' names (N_NAME), parsed only
	int iota;          // N_CONSTSPEC
	/* filled in by the checker */
	Type *type;        // expression type; type expressions: the denoted type
	Const *val;        // constant value, converted to type
	Obj *obj;          // N_NAME: the referenced object; N_FUNCDECL/N_FUNCLIT: the function;
	                   // N_LABELED: the label; N_CASE (type switch): implicit var
	BuiltinKind builtin;
	SelKind sel_kind;
	Vec path;          // N_SELECTOR: Field* walked (see SelKind); method: embedded fields to the receiver
	Method *method;    // N_SELECTOR with SEL_METHOD/SEL_METHODEXPR
	bool sel_indirect; // a pointer is dereferenced somewhere along path (or for the receiver)
	Node *target;      // N_BRANCH: the statement (N_FOR/N_RANGE/N_SWITCH/N_TYPESWITCH/N_SELECT or N_LABELED for goto) it leaves/continues/jumps to
	Vec captures;      // N_FUNCLIT: Obj* of free variables (captured by reference)
	Vec locals;        // N_FUNCDECL / N_FUNCLIT: every OBJ_VAR declared in it (params, results, locals; not nested literals')
	Vec funclits;      // N_FUNCDECL / N_FUNCLIT: the N_FUNCLITs directly inside it, in source order (main.f.func1, func2, ...)
	bool is_comma_ok;  // v, ok = m[k] / x.(T) / <-c : set on the N_INDEX/N_TYPEASSERT/N_UNARY(<-) node
	bool stackalloc;   // an allocation site (new, &T{}, make, literal) that does not escape (ssa/escape.c)
	void *ssa;         // per-node cache for ssa/
	Node *orig;        // N_INLCALL: the N_CALL it replaced, as written (never walked: the inliner
	                   // copies a callee's body from it, so bodies stay as the checker left them)
};

Node *node_new(NodeKind k, Pos p);
Pos node_start_pos(Node *n); /* leftmost position of an expression or simple statement (gc's syntax.StartPos) */
/* Visit n and the nodes under it in source order (n, then init, x, y, z, w,
 * cond, post, list, list2, body, els); visit says whether to go on into a
 * node's children, skip them, or stop; node_walk returns true if it stopped. */
typedef enum { WALK_CONTINUE, WALK_SKIP, WALK_STOP } WalkAction;
int64_t complit_slice_len(Node *n); /* a checked slice literal's length: its largest index + 1 */
bool node_walk(Node *n, WalkAction (*visit)(Node *n, void *arg), void *arg);
const char *node_kind_name(NodeKind k);
void ast_dump(FILE *f, Node *n, int indent); /* debugging: goc -d=ast */

/* ---------------- packages ---------------- */

/* A package of the program. pkg/ (the loader) fills in the names, the files
 * and the imports; the checker does the rest. Packages are checked and
 * compiled one at a time, imported packages first, in one goc process:
 * the Objs and Types of a checked package stay valid (perm) and the
 * packages importing it refer to them directly. */
struct Package {
	const char *name;   // the package clause's name: "main", "sub"
	const char *path;   // symbol prefix: the import path, "main" for package main (gc's -p)
	const char *importpath; // as go list shows it: "example.com/m/sub", "example.com/m",
	                    // "command-line-arguments" (files named on the command line)
	const char *dir;    // absolute directory of its files (NULL if unknown)
	Vec files;          // N_FILE nodes
	Vec imports;        // Package* it imports (not unsafe, not unresolved paths), in the order of their
	                    // first import declarations (files in order): gc's inittask dependency order
	Vec funcs;          // N_FUNCDECL (with bodies) in source order, incl. methods and init functions
	Vec globals;        // Obj* package-level variables, in declaration order
	Vec init_order;     // N_VARSPEC / N_ASSIGN-like initialisation steps in gc's dependency order (Node*)
	Vec inits;          // Obj* of the user's init functions, in order (main.init.0, ...)
	Vec types;          // Type* of declared named types (for method tables, descriptors)
	void *scope;        // the checker's package scope, for importers (Scope*, check.h)
	void *parse_errors; // errors found while parsing its files (diag_stash), reported when it is checked
	int nsyntax;        // how many of them are syntax errors: then it is not checked (gc stops after parsing)
	const char *cachekey; // its build-cache key (pkg/cache.c), once computed
	bool has_asm;       // its directory has assembly (.s) for linux/amd64: bodyless functions
	                    // are not errors (go build omits gc's -complete); goc's runtime provides them
	bool goc_overlay;   // goc's own source for a standard package (overlay/): its bodyless
	                    // functions are implemented by the C runtime under their Go names
	bool std;           // a standard package (GOROOT or overlay): its files are named absolutely,
	                    // so its object does not depend on the current directory (build cache)
};

/* parse.y / lex.l: parse one file; errors go to diag_errorf. Returns N_FILE (never NULL). */
Node *parse_file(const char *filename, const char *src, size_t len);

/* lex.l: the //go: directives goc honours, on the lines right above a
 * declaration at pos (the declaration's comment group). */
enum {
	PRAGMA_NOINLINE = 1 << 0, PRAGMA_NOSPLIT = 1 << 1, PRAGMA_LINKNAME = 1 << 2, PRAGMA_NOESCAPE = 1 << 3,
	/* the ones that only keep a function from being inlined (ssa/inl.c) */
	PRAGMA_NORACE = 1 << 4, PRAGMA_NOCHECKPTR = 1 << 5, PRAGMA_CGO_UNSAFE_ARGS = 1 << 6,
	PRAGMA_UINTPTRKEEPALIVE = 1 << 7, PRAGMA_UINTPTRESCAPES = 1 << 8, PRAGMA_YESWRITEBARRIERREC = 1 << 9,
};
unsigned lex_pragmas_before(Pos pos);

/* check.c: type-check a whole package (all its files); the packages in
 * pkg->imports must have been checked before. Errors via diag_errorf.
 * Returns false if there were errors. */
bool check_package(Package *pkg);
/* gc's -complete (go build sets it for packages without assembly): a
 * function without a body is an error, except in goc's overlay packages. */
extern bool check_complete;
Node *check_unparen(Node *n);

/* universe.c */
void universe_init(void);
Obj *universe_lookup(const char *name);

#endif
