/* ssa.h — goc's SSA, shaped like cmd/compile's (ssa/value.go, block.go, func.go).
 *
 * A Func is a list of Blocks; a Block holds Values and ends in a control kind
 * (Plain, If, Ret, Exit). Every Value has an Op from ops_generic.def, a Type
 * (the front end's Type; TY_MEM for memory, TY_TUPLE for calls), an auxint,
 * an aux and arguments. Side effects are ordered by the memory chain: every
 * Load/Store/call/NilCheck/PanicBounds takes the current memory value and
 * effectful ops produce the next one, exactly as gc does.
 *
 * Which Go types live in SSA values ("SSA-able", ssa_can_ssa): scalars,
 * pointers, strings, slices, complex numbers, interfaces, funcs/maps/chans,
 * and structs of at most 4 SSA-able fields up to 4 words, arrays of length 0
 * or 1 of SSA-able elements. Anything else lives in memory only and is
 * handled with Move/Zero and addresses, never as a value.
 *
 * Calling convention at the SSA level (the backend maps it to LLVM):
 *   - each function's parameters appear as `Arg <T> {name}` values in the
 *     entry block, in order: receiver, params; non-SSA-able params appear as
 *     `Arg <*T> {name} [1]` (auxint 1 = passed by reference to a fresh copy
 *     the caller made; the callee may use it as the variable's storage);
 *   - non-SSA-able results are written through hidden pointers, which come
 *     first: `Arg <*T> {~r0} [2]` (auxint 2 = result pointer), before params;
 *   - closures receive their context pointer as `Arg <unsafe.Pointer> {.closureptr} [3]`,
 *     always the very first parameter of a closure body;
 *   - calls: `StaticLECall <tuple(results..., mem)> {AuxCall} args... mem`,
 *     args in the callee's Arg order: result pointers (for non-SSA-able
 *     results), receiver, params (non-SSA-able ones as pointers to fresh
 *     copies), then memory; the tuple holds the SSA-able results then mem;
 *     `SelectN [i]` picks tuple element i (the memory is the last element);
 *   - `ClosureLECall` takes the func value (closure pointer) as arg0, then
 *     the same args; the callee body receives arg0 as its context Arg;
 *   - func values are pointers to closure objects {code pointer, captured
 *     variable pointers...}; `Addr {f} SB` of a declared function yields a
 *     static closure object (gc's main.f·f) whose code is a wrapper taking
 *     the context; of a function literal without captures, its static
 *     closure object (main.f.func1·f) whose code is the body itself;
 *     `Addr [1] {f} SB` is the code pointer of a function literal body; `Addr [2] {T} SB` (aux a Type*) is T's type descriptor
 *     (runtime/abi.h GoType); `Addr [3] {ItabSym}` is the static itab
 *     (runtime/abi.h GoItab) of a concrete type for a non-empty interface;
 *     plain `Addr {x} SB` of a global var its address;
 *   - interfaces: `IMake <I> tab data` where tab is the type descriptor
 *     (empty interface) or the itab; data is the value itself for
 *     pointer-shaped types (type_is_direct_iface) and otherwise a pointer
 *     to a heap copy; method calls load the code pointer from the itab
 *     (offset 24 + 8*i, i the method's index in the interface's sorted
 *     method list) and use `InterLECall code data args... mem`;
 *   - runtime calls are StaticLECalls whose AuxCall names an abi.def entry
 *     (AuxCall.rt = index+1), args exactly as abi.def lists them (a string
 *     argument is two args ptr, len) then memory; results per abi.def;
 *   - PanicBounds auxint: bounds kind (BOUNDS_*) | BOUNDS_UNSIGNED if the
 *     index was unsigned;
 *   - returns: `MakeResult <tuple(results..., mem)> results... mem` is the
 *     control of the Ret block.
 */
#ifndef GOC_SSA_H
#define GOC_SSA_H

#include "../frontend/frontend.h"

/* ---------------- ops (ops_generic.def) ---------------- */

enum {
	OPF_COMMUTATIVE = 1 << 0, // arg0 and arg1 can be swapped
	OPF_CALL = 1 << 1,        // a call: clobbers memory
	OPF_SIDEEFFECT = 1 << 2,  // must not be removed even if unused
	OPF_NILCHECK = 1 << 3,    // panics if arg0 is nil
	OPF_MEMARG = 1 << 4,      // last argument is memory
	OPF_FAULT0 = 1 << 5,      // faults if arg0 is nil (loads/stores)
};

typedef enum AuxKind {
	AUX_NONE,
	AUX_INT,      // auxint is an integer constant ([3])
	AUX_BOOL,     // auxint is 0/1 ([true])
	AUX_FLOAT,    // auxint holds the float64 bits (Const32F keeps the float64 value too)
	AUX_SYM,      // aux is an Obj* (variable, function) ({x})
	AUX_SYMOFF,   // aux Obj* and auxint offset
	AUX_TYP,      // aux is a Type* ({int})
	AUX_TYPSIZE,  // aux Type*, auxint size
	AUX_STRING,   // aux is a SsaString* (ConstString)
	AUX_CALL,     // aux is an AuxCall* ({AuxCall{main.f}})
} AuxKind;

typedef enum Op {
	OpInvalid,
#define OP(name, nargs, aux, flags, doc) Op##name,
#include "ops_generic.def"
#undef OP
	OP_COUNT
} Op;

typedef struct OpInfo {
	const char *name; // "Add64"
	int nargs;        // -1: variadic
	AuxKind aux;
	unsigned flags;   // OPF_*
	const char *doc;
} OpInfo;
extern const OpInfo op_info[OP_COUNT];

/* PanicBounds kinds, in gc's boundsErrorCode order (runtime/error.go) */
enum {
	BOUNDS_INDEX,       // s[x]: 0 <= x < len(s)
	BOUNDS_SLICE_ALEN,  // s[?:x]: 0 <= x <= len(s)
	BOUNDS_SLICE_ACAP,  // s[?:x]: 0 <= x <= cap(s)
	BOUNDS_SLICE_B,     // s[x:y]: 0 <= x <= y
	BOUNDS_SLICE3_ALEN, // s[?:?:x]: 0 <= x <= len(s) (arrays)
	BOUNDS_SLICE3_ACAP, // s[?:?:x]: 0 <= x <= cap(s)
	BOUNDS_SLICE3_B,    // s[?:x:y]: 0 <= x <= y
	BOUNDS_SLICE3_C,    // s[x:y:?]: 0 <= x <= y
	BOUNDS_CONVERT,     // (*[x]T)(s): 0 <= x <= len(s)
	BOUNDS_UNSIGNED = 0x100,
};

/* ---------------- values, blocks, functions ---------------- */

typedef struct Value Value;
typedef struct Block Block;
typedef struct Func Func;
typedef struct HtmlWriter HtmlWriter;

typedef struct SsaString { // aux of ConstString
	const char *s;
	int64_t len;
} SsaString;

typedef struct ItabSym { // aux of `Addr [3]`: the static itab for (type, iface)
	Type *type;         // concrete type
	Type *iface;        // non-empty interface type
} ItabSym;

typedef struct AuxCall { // aux of calls
	const char *fn;     // symbol: "main.f", "rt_printint" for runtime entries
	Obj *func;          // the Go function, if any
	Type *sig;          // the callee's func type (NULL for runtime calls: see rt)
	int rt;             // runtime entry index + 1 (see abi.def), 0 if not a runtime call
} AuxCall;

struct Value {
	int id;
	Op op;
	Type *type;
	int64_t auxint;
	void *aux;
	Value **args;
	int nargs;
	int uses;         // number of args/controls referring to this value
	Block *block;
	Pos pos;
	bool is_stmt;     // position starts a statement: printed as (+N)
	Value *argstorage[3];
	void *backend;    // LLVMValueRef during lowering
};

typedef enum BlockKind {
	BlockInvalid,
	BlockPlain, // one successor
	BlockIf,    // control is bool: succs[0] if true, succs[1] if false
	BlockRet,   // control is MakeResult
	BlockExit,  // no successors: the function panics/exits (control is memory)
	BlockFirst, // two successors, always takes the first (a dead-branch placeholder)
} BlockKind;
extern const char *block_kind_name[];

enum { LIKELY_UNKNOWN = 0, LIKELY_YES = 1, LIKELY_NO = -1 };

struct Block {
	int id;
	BlockKind kind;
	Vec values;      // Value*: phis first, then others in a valid order (see ssa_schedule)
	Vec succs;       // Block*
	Vec preds;       // Block*; phi arguments are in preds order
	Value *control;
	int likely;      // LIKELY_*
	Pos pos;
	Func *func;
	void *backend;   // LLVMBasicBlockRef
	int flags;       // scratch for passes
};

/* A named source variable's SSA values, for "name x[int]: [v7]" lines. */
typedef struct NamedValue {
	Obj *var;
	Vec values;      // Value*
} NamedValue;

struct Func {
	const char *name;   // "main.f" as gc prints it in dumps ("f" for main.f)
	const char *symbol; // linker symbol
	Obj *obj;           // the function (OBJ_FUNC) — NULL for synthesised ones
	Node *decl;         // N_FUNCDECL or N_FUNCLIT
	Type *type;         // the Go func type (without closure context)
	Vec blocks;         // Block*; blocks[0] is the entry
	Block *entry;
	int next_value_id, next_block_id;
	Vec names;          // NamedValue*
	Vec autos;          // Obj* of memory-resident locals (LocalAddr targets)
	bool is_closure;    // has the closure context Arg
	bool noinline;      // calls recover(): its caller's frame identifies it (gc: not inlinable)
	bool deferwrapper;  // a defer thunk or wrapper (adjustdeferframe): its callee stands for the deferred
	                    // call, whose frame recover checks: no call is inlined into it
	bool dupok;         // a wrapper any package may define: linkonce_odr (gc: DUPOK)
	bool has_result_ptrs;
	void *backend;      // LLVMValueRef of the function
	/* debugging */
	bool dump;          // GOSSAFUNC=name+ matched: print after every pass on stdout
	HtmlWriter *html;   // GOSSAFUNC matched: ssa.html (html.c); whoever lowers f closes it
	int dump_seq;       // -d=ssa/PASS/dump files written so far (the NN of f_NN__PASS.dump)
	const char *pass;   // name of the pass being run
	/* pass state (func.c, schedule.c) */
	bool scheduled;     // ssa_schedule ran: b->values order is final (printed and checked as is)
	struct DomTree *dom;// ssa_domtree's cache (dom.c); NULL once a pass changed the CFG
	void *const_cache;  // ssa_const_int/ssa_const_float CSE table (func.c); a pass that
	                    // drops a value sets its op to OpInvalid and block to NULL
	                    // (ssa_deadcode does) so the table never hands it out again
};

/* func.c: constructors and editing */
Func *ssa_func_new(const char *name);
Block *ssa_block_new(Func *f, BlockKind k);
Value *ssa_value_new(Block *b, Op op, Type *t, Pos pos);        /* appended to b->values */
Value *ssa_value0(Block *b, Op op, Type *t, Pos pos);
Value *ssa_value1(Block *b, Op op, Type *t, Pos pos, Value *a);
Value *ssa_value2(Block *b, Op op, Type *t, Pos pos, Value *a, Value *c);
Value *ssa_value3(Block *b, Op op, Type *t, Pos pos, Value *a, Value *c, Value *d);
Value *ssa_valueN(Block *b, Op op, Type *t, Pos pos, Value **args, int n);
Value *ssa_const_int(Func *f, Type *t, int64_t c);   /* Const8..64 / ConstBool by type, in entry */
/* (Const8/16/32 keep auxint sign-extended from their width whatever the type's
 * signedness, as gc does: uint8(255) is Const8 <uint8> [-1]; ssa_check insists) */
Value *ssa_const_float(Func *f, Type *t, double c);  /* Const32F/Const64F, in entry */
void ssa_add_arg(Value *v, Value *a);
void ssa_set_arg(Value *v, int i, Value *a);
void ssa_reset_args(Value *v);                      /* drops all args (uses updated) */
void ssa_reset(Value *v, Op op);                    /* like gc's v.reset: new op, no args, aux cleared */
void ssa_copy_of(Value *v, Value *a);               /* v becomes Copy a */
void ssa_set_control(Block *b, Value *v);
void ssa_add_edge(Block *from, Block *to);          /* appends to from->succs and to->preds */
void ssa_remove_pred(Block *b, int i);              /* also removes phi arg i */
void ssa_remove_edge(Block *from, int succ_index);  /* + to's phi arg; phis left with one distinct arg become Copies (gc) */
int ssa_pred_index(Block *from, int succ_index);    /* index in to->preds of the edge from->succs[succ_index] */
int ssa_succ_index(Block *to, int pred_index);      /* index in from->succs of the edge to->preds[pred_index] */
/* point from->succs[si] at `to` instead (the old target loses the pred and
 * its phi args, nothing more); to's phis get, for the new edge, their
 * argument at pred index `like`; returns the new edge's index in to->preds */
int ssa_redirect_edge(Block *from, int si, Block *to, int like);
void ssa_replace_uses_in_block(Block *b, Value *old, Value *new); /* args and control (gc's b.replaceUses) */
void ssa_move_value(Value *v, int i, Block *dst);   /* v is src->values[i]; appended to dst (gc's v.moveTo) */
void ssa_clobber_block(Block *b);                   /* empty it, kind BlockInvalid: its values were moved away */
void ssa_drop_invalid_blocks(Func *f);              /* remove BlockInvalid blocks from f->blocks; entry first */
Type *ssa_tuple_type(Type **elems, int n);          /* tuple types for calls (cached) */
bool ssa_can_ssa(Type *t);
int ssa_op_mem_arg(Value *v);                       /* index of v's memory arg or -1 */
bool ssa_op_is_atomic(Op op);                      /* OpAtomic*: sync/atomic intrinsics, tuple (results, mem) */

/* numberlines.c: ops that never start a statement (gc's notStmtBoundary:
 * Arg, Phi, Copy, VarDef, FwdRef, Unknown); dumps print them as (-N) */
bool ssa_not_stmt_op(Op op);

/* phielim.c, copyelim.c: single-value helpers the other passes share */
bool ssa_phielim_value(Value *v);                   /* Phi of one distinct arg (ignoring itself) → Copy */
void ssa_copyelim_value(Value *v);                  /* no arg of v is a Copy afterwards */

/* deadcode.c: gc's ReachableBlocks/liveValues; arrays indexed by id, sized
 * f->next_block_id and f->next_value_id */
void ssa_reachable_blocks(Func *f, bool *reachable);
void ssa_live_values(Func *f, const bool *reachable, bool *live);

/* print.c: gc's text format (ssa/print.go) */
void ssa_print(FILE *out, Func *f);                 /* dead values and blocks too, marked DEAD */
void ssa_fprint(FILE *out, Func *f, bool print_dead);
char *ssa_aux_string(Arena *a, Value *v);           /* " [3]", " {x}": gc's Value.auxString */
/* gc's funcPrinter: ssa_fprint_func walks f in print order and calls these;
 * names: v's variables "x[int], y[int]" or NULL; slot: "x[int]" */
typedef struct FuncPrinter {
	void *ctx;
	void (*header)(void *ctx, Func *f);
	void (*start_block)(void *ctx, Block *b, bool reachable);
	void (*end_block)(void *ctx, Block *b, bool reachable);
	void (*value)(void *ctx, Value *v, bool live, const char *names);
	void (*start_dep_cycle)(void *ctx);
	void (*end_dep_cycle)(void *ctx);
	void (*named)(void *ctx, NamedValue *n, const char *slot);
} FuncPrinter;
void ssa_fprint_func(const FuncPrinter *p, Func *f);
char *ssa_value_string(Arena *a, Value *v);         /* "v4 = Add64 <int> v2 v3" */
char *ssa_type_string(Arena *a, Type *t);           /* "<int>", "<mem>", "<int,mem>" */

/* parse.c: print.c's text read back (testdata/ssa, -d=ssa/roundtrip). named
 * maps the spellings of named types ("T", "main.T") to them; on a syntax
 * error ssa_parse returns NULL and "line N: message" in *err. */
Func *ssa_parse(const char *text, StrMap *named, char **err);
Type *ssa_parse_type(const char *text, StrMap *named, char **err); /* "struct{a int}" */
void ssa_named_types(Func *f, StrMap *named);     /* adds the named types f mentions */
void ssa_roundtrip(Func *f);                      /* print(parse(print(f))) == print(f), or ssa_fatalf */

/* check.c: the verifier (ssa/check.go) */
void ssa_check(Func *f);                           /* on failure: prints f and exits 3 naming f->pass */
/* "internal compiler error: 'f': MESSAGE", then the function; exits 3 */
_Noreturn void ssa_fatalf(Func *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* compile.c: the pass table and pass driver (ssa/compile.go) */
typedef struct SsaConfig {
	int optlevel;        // 0..2
	bool check;          // -d=ssa/check/on
	bool check_bce;      // -d=ssa/check_bce/debug=1: "Found IsInBounds" for each surviving check
	bool roundtrip;      // -d=ssa/roundtrip: every dump must parse back (parse.c)
	bool debug_nil;      // -d=nil: report removed and generated nil checks (gc's -d=nil)
	const char *dumpfunc;// GOSSAFUNC (function name, with trailing '+' for stdout dumps)
	const char *dumpdir; // GOSSADIR: where ssa.html and the dump files go (NULL: .)
	bool dump_files;     // some -d=ssa/PASS/dump=name was given
} SsaConfig;
extern SsaConfig ssa_config;
void ssa_compile(Func *f);                         /* runs every pass in order */
/* -d=ssa/PHASE/FLAG[=VALUE] (gc's PhaseOption): NULL, or the error to report.
 * FLAG dump names a function: its SSA after PHASE goes to f_NN__PHASE.dump. */
const char *ssa_phase_option(const char *phase, const char *flag, const char *value);
bool ssa_run_pass(Func *f, const char *name);      /* one pass of the table by name ("opt", "deadcode"); false if none */
int ssa_test_main(int argc, char **argv);          /* ssatest.c: goc ssatest [-u] FILE.ssa... */
void ssa_phase_help(FILE *out);                    /* -d=ssa/help */
bool ssa_genssa_dump_wanted(Func *f);              /* -d=ssa/genssa/dump=f (or all) */
char *ssa_dump_path(Func *f, const char *phase);   /* the next dump file's name (malloc'd) */

/* html.c: GOSSAFUNC's ssa.html (gc's ssa/html.go). The pass driver opens
 * it and writes the SSA columns; the back end appends its listings and
 * closes it, which prints "dumped SSA to ./ssa.html". NULL writers are
 * ignored. */
HtmlWriter *ssa_html_open(Func *f);                /* NULL if the file cannot be written (said on stderr) */
void ssa_html_phase(HtmlWriter *w, Func *f, const char *phase, const char *title); /* title is HTML */
void ssa_html_flush(HtmlWriter *w, Func *f);       /* the phases still waiting for a column */
typedef struct HtmlLine {
	const char *text;   // one line of a listing, plain text
	const char *file;   // the source file it comes from (NULL: the function's own)
	int line;           // its source line, 0 if none
} HtmlLine;
enum { HTML_LINK_NAMES = 1 << 0 }; // %vN and %bN in the text are SSA value vN and block bN
void ssa_html_listing(HtmlWriter *w, const char *phase, const char *title, const HtmlLine *lines, int n,
                      unsigned flags);
void ssa_html_close(HtmlWriter *w);

/* passes (one file each, named after gc's) */
void ssa_number_lines(Func *f);   /* numberlines.c */
void ssa_phielim(Func *f);        /* phielim.c */
void ssa_copyelim(Func *f);       /* copyelim.c */
void ssa_deadcode(Func *f);       /* deadcode.c */
void ssa_opt(Func *f);            /* opt.c: generic rewrites (constant folding etc.) */
void ssa_shortcircuit(Func *f);   /* shortcircuit.c: && and || jump straight to where a known operand leads */
bool ssa_shortcircuit_block(Block *b); /* shortcircuit.c: one redirection around b (a fuse type) */
void ssa_decompose_user(Func *f);    /* decompose.c: phis of structs and arrays → phis of their parts */
void ssa_zcse(Func *f);           /* zcse.c: one value per zero-argument value, in the entry block */
void ssa_cse(Func *f);            /* cse.c: common subexpressions replaced by a dominating equal value */
/* cse.c, for zcse too: which values may merge, and their key without arguments
 * (op, auxint, type, and aux by meaning) */
bool ssa_cse_candidate(Value *v);
uint64_t ssa_cse_key_hash(Value *v);
bool ssa_cse_key_equal(Value *v, Value *w);
void ssa_phiopt(Func *f);         /* phiopt.c: phis of constants behind a diamond → the condition */
void ssa_nilcheckelim(Func *f);   /* nilcheck.c: nil checks dominated by another or of known non-nil pointers go */
void ssa_prove(Func *f);          /* prove.c: branches decided by dominating facts (bounds checks) */
/* fuse.c: CFG simplification (gc's fuse types) */
enum {
	FUSE_PLAIN = 1 << 0,           // merge a plain block into its only successor if it is that block's only pred
	FUSE_IF = 1 << 1,              // an If whose two ways reach the same block with the same phi args → Plain
	FUSE_BRANCH_REDIRECT = 1 << 2, // a pred If whose outcome decides b's If jumps straight to b's successor
	FUSE_SHORTCIRCUIT = 1 << 3,    // ssa_shortcircuit_block
};
void ssa_fuse(Func *f, unsigned types);
void ssa_fuse_early(Func *f);     /* FUSE_PLAIN */
void ssa_fuse_late(Func *f);      /* FUSE_PLAIN | FUSE_IF | FUSE_BRANCH_REDIRECT */
void ssa_decompose_builtin(Func *f); /* decompose.c: phis of strings, slices, interfaces, complex numbers */
void ssa_elim_dead_autos(Func *f);   /* deadstore.c: stores to locals nothing reads go */
void ssa_check_bce(Func *f);      /* prove.c: -d=ssa/check_bce/debug=1 reports */
void ssa_branchelim(Func *f);     /* branchelim.c: small diamonds computing a value → CondSelect */
void ssa_dse(Func *f);            /* deadstore.c: stores overwritten later in the block go */
void ssa_insert_resched_checks(Func *f); /* looprescheck.c: loops' back edges yield when asked (off by default) */
void ssa_critical(Func *f);       /* critical.c: split critical edges */
void ssa_layout(Func *f);         /* layout.c: order f->blocks for emission */

/* rewrite_generic.c (generated by tools/rulegen from ssa/rules/generic.rules):
 * one rewrite of v or b in place if a rule matches; true if one did */
bool rewrite_value_generic(Value *v);
bool rewrite_block_generic(Block *b);
/* rewrite.c: GOC_RULESTATS=path counts rule hits, appended to path at exit */
void ssa_rulestats_init(void);
void ssa_writebarrier(Func *f);   /* writebarrier.c: Store/Move of pointers to memory that may be the heap get barriers */
void ssa_schedule(Func *f);       /* schedule.c: order values in each block; backend requires it */
/* dom.c: block orders and the dominator tree */
void ssa_dominators(Func *f, Block **idom); /* idom indexed by block id */
int ssa_rpo(Func *f, Block **order);         /* reverse postorder of reachable blocks */
typedef struct DomTree {
	int nb;             // f->next_block_id when built
	Block **idom;       // by block id; NULL for the entry and unreachable blocks
	int *pre, *post;    // by block id: depth-first numbers in the tree, -1 if unreachable
	int *depth;         // by block id: the entry is at depth 0
} DomTree;
DomTree *ssa_domtree_build(Func *f);         /* a fresh tree (fn_arena) */
DomTree *ssa_domtree(Func *f);               /* the cached tree (f->dom), built on demand */
void ssa_invalidate_cfg(Func *f);            /* drop the cache: the CFG changed */
bool ssa_dominates(const DomTree *t, Block *x, Block *y); /* reflexive; false if either is unreachable */
Block *ssa_dom_lca(const DomTree *t, Block *a, Block *b); /* nearest common dominator; NULL if unreachable */

/* rtabi.c: runtime/abi.def parsed once: RT(name, ret, (args)), C function rt_NAME */
typedef enum RtAbiType {
	RTA_VOID, RTA_U8, RTA_I32, RTA_I64, RTA_U64, RTA_F32, RTA_F64,
	RTA_PTR,  // any pointer
	RTA_STR,  // GoString: as an argument two args (ptr, len); as a result {ptr, i64}
	RTA_PAIR, // result only: two words {i64, i64}
} RtAbiType;
enum { RT_MAXARGS = 16 };
typedef struct RtEntry {
	const char *name;  // "printint": the C function is rt_printint
	RtAbiType ret;
	int nargs;
	RtAbiType args[RT_MAXARGS];
} RtEntry;
int rt_entry_count(void);
int rt_entry_index(const char *name);   /* "printint" or "rt_printint"; -1 if absent */
const char *rt_entry_name(int index);   /* "printint" */
const RtEntry *rt_entry(int index);

/* staticinit.c: package variables initialised at link time (gc's staticinit).
 * staticinit_package splits pkg->init_order into the objects' initial
 * contents (StaticData: bytes and relocations, for the back end) and the
 * steps left for P.init (InitStep, for ssagen_package), in order. */
typedef enum StaticRelocKind {
	SR_ADDR,  // sym: Obj* of a package variable or static temp; its address + add
	SR_FUNC,  // sym: Obj* of a declared function or a function literal without
	          // captures; its static closure object (main.f·f, as `Addr {f}`)
	SR_BYTES, // sym: SsaString*; the string's bytes (read-only, shared)
	SR_TYPE,  // sym: Type*; its type descriptor
	SR_ITAB,  // sym: ItabSym*; the itab
} StaticRelocKind;

typedef struct StaticReloc {
	int64_t off;         // of the pointer word in the object (a multiple of 8)
	StaticRelocKind kind;
	void *sym;
	int64_t add;
} StaticReloc;

typedef struct StaticData {
	Obj *var;            // a package variable of this package, or a static temp
	bool temp;           // a static temp (P..stmp_N): private to the package's object
	uint8_t *bytes;      // types_size(var->type) bytes as in memory; pointer words are 0
	Vec relocs;          // StaticReloc*, in no particular order, one per pointer word
} StaticData;

/* What P.init still does, in order: a statement of pkg->init_order as it
 * stands (stmt), or dst+off = expr, or dst+off = src+srcoff (of type type). */
typedef struct InitStep {
	Node *stmt;
	Obj *dst;
	int64_t off;
	Type *type;
	Node *expr;
	Obj *src;
	int64_t srcoff;
} InitStep;

typedef struct StaticInit {
	Vec data;            // StaticData*: every static temp, and the variables with non-zero contents
	Vec steps;           // InitStep*
	Vec funclits;        // N_FUNCLIT only static data refers to: their bodies still have to be built
} StaticInit;
StaticInit *staticinit_package(Package *pkg);

/* ssagen.c: AST → SSA (the role of cmd/compile/internal/ssagen).
 * Builds every function of the package — declared functions and methods,
 * function literals (named main.f.func1 ...), the package initialiser
 * "main.init" (the steps of si, then the user's init functions) — one at
 * a time, handing each to emit(f) (which compiles and lowers it; fn_arena
 * is reset after each call). Errors for unsupported constructs go to
 * diag_errorf. */
void ssagen_package(Package *pkg, StaticInit *si, void (*emit)(Func *f));
/* inl.c: gc's inliner on the checked AST, before escape analysis: which
 * functions can be inlined (gc's cost model) and -m's "can inline f". A
 * package is analysed once; its imports are analysed first. */
extern int inline_level;     /* gc's -l after its swap: 0 off, 1 default, 4 (-l=4) non-leaf calls cost 1 */
extern int debug_m;          /* -m level */
extern bool inline_closures; /* -d=inlfuncswithclosures */
extern bool flag_race;       /* -race */
void inline_package(Package *pkg, bool report);
const char *inl_funcname(Obj *fn); /* as gc's messages name it: f, (*T).M, f.func1, bytes.(*Buffer).String */
/* fmt.c: the AST as gc's -m messages print its IR */
void fmt_stmts(StrBuf *b, Vec *list); /* "; "-separated statements */
void fmt_node(StrBuf *b, Node *n);     /* a statement or an expression */
extern bool fmt_method_calls;          /* ... with method calls as calls of method expressions (gc's escape) */
void fmt_typeexpr(StrBuf *b, Node *texpr, Type *t); /* t, with byte and rune as written in texpr */
void fmt_functype(StrBuf *b, Obj *fn); /* func(int) int, method(T) func() int */
/* escape.c: decide which addresses escape (Obj.stackok, Node.stackalloc); -m prints why */
void escape_package(Package *pkg, bool report);
bool ssa_index_bounded(Node *n);  /* escape.c: x[i] with i in range by its type and shape (gc's walk.bounded) */
extern bool escape_debug;

#endif
