/* amd64.h — the back end: goc SSA → LLVM IR (LLVM-C API, LLVM 19) → amd64
 * object file or assembly.
 *
 * Use: amd64_init once; amd64_begin per package; amd64_func for each Func
 * right after ssa_compile (before fn_arena is reset: the back end must not
 * keep pointers into a Func after amd64_func returns — Types and Objs live in
 * perm and may be kept), after amd64_static_data has defined the objects
 * initialised at link time; amd64_globals for the other package variables; amd64_finish
 * defines the method wrappers the method tables need and nobody defined
 * (rtype.c), runs LLVMVerifyModule, the optimisation pipeline and emits the
 * object.
 *
 * Go semantics are made explicit here where LLVM would see UB: shifts by
 * >= width, signed MIN/-1 division, float→int conversion out of range
 * (CVTTSD2SQ results, as gc's amd64 code gives), nil checks (explicit
 * compare and branch to rt_panicmem).
 */
#ifndef GOC_AMD64_H
#define GOC_AMD64_H

#include "../../ssa/ssa.h"

typedef struct BackendConfig {
	int optlevel;          // 0..2: LLVM pipeline "default<O0>" .. "default<O2>"
	bool debug_ir;         // -d=llvm: print the module before optimisation
	bool dwarf;            // emit DWARF (dwarf.c); -dwarf=false turns it off
} BackendConfig;

void amd64_init(void);
void amd64_begin(const char *pkgpath, const BackendConfig *cfg);
void amd64_func(Func *f);
void amd64_globals(Package *pkg); /* defines pkg->globals not yet referenced */
void amd64_static_data(StaticInit *si); /* data.c: right after amd64_begin, before any amd64_func */
/* Verify, optimise, emit. obj_path: ELF object to write (NULL: none);
 * asm_path: assembly listing to write ("-" for stdout, NULL: none).
 * Returns 0 on success; on an LLVM verifier failure prints it as an
 * internal compiler error and returns 1. */
int amd64_finish(const char *obj_path, const char *asm_path);

/* ---------------- internals shared by the backend/amd64 files ----------------
 * One LLVM context for the whole run (LLVM types are cached in Type.backend),
 * one module per amd64_begin. Module-level objects (functions, globals, type
 * descriptors, strings) are found again by symbol name, never cached in
 * perm-lived structures, so a second module starts clean. */

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>

typedef struct Backend {
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	LLVMTargetMachineRef tm;
	LLVMTargetDataRef td;
	BackendConfig cfg;
	const char *pkgpath;
	/* common types */
	LLVMTypeRef t_void, t_i1, t_i8, t_i16, t_i32, t_i64, t_f32, t_f64, t_ptr;
	LLVMTypeRef t_str;   // {ptr, i64}: string, and abi.def `str`
	LLVMTypeRef t_pair;  // {i64, i64}: abi.def `pair`
	LLVMTypeRef t_slice; // {ptr, i64, i64}
	LLVMTypeRef t_iface; // {ptr, ptr}
	LLVMTypeRef t_gotype; // runtime/abi.h GoType
} Backend;
extern Backend be;

/* dwarf.c */
void amd64_dwarf_begin(const char *pkgpath);
void amd64_dwarf_func(LLVMValueRef fn, Func *f);
void amd64_dwarf_loc(Pos pos);
void amd64_dwarf_vars(Func *f, LLVMValueRef fn, LLVMBasicBlockRef entry, LLVMBasicBlockRef body);
void amd64_dwarf_endfunc(void);
void amd64_dwarf_finish(void);

/* emit.c */
void amd64_set_func_attrs(LLVMValueRef fn);
void amd64_set_func_flags(LLVMValueRef fn, Func *f); /* Func.noinline */
LLVMValueRef amd64_rt_func(int index, LLVMTypeRef *fnty);   /* declares rt_NAME lazily */
LLVMValueRef amd64_rt_func_named(const char *name, LLVMTypeRef *fnty);
LLVMValueRef amd64_intrinsic(const char *name, LLVMTypeRef *overload, int n, LLVMTypeRef *fnty);

/* types.c: Go types → LLVM types */
LLVMTypeRef amd64_mem_type(Type *t);  /* in memory: bool is i8 */
LLVMTypeRef amd64_val_type(Type *t);  /* in SSA values: bool is i1 */
int amd64_field_index(Type *st, int field); /* LLVM element of Go field `field` */
/* A Go function's LLVM signature, per ssa.h's calling convention:
 * [ctx ptr] [result ptrs] [recv] params → void | result | {results}. */
typedef struct Sig {
	LLVMTypeRef fnty;
	LLVMTypeRef ret;     // void, one value type, or a literal struct
	int nresults;        // SSA-able results (in ret)
	int nresptrs;        // non-SSA-able results (hidden pointer params)
	int nparams;         // LLVM params in all
	bool has_recv, has_ctx;
} Sig;
Sig amd64_sig(Type *ft, Type *recv, bool ctx);
Type *amd64_func_recv(Obj *fn);       /* a method's receiver type, or NULL */
LLVMValueRef amd64_coerce(LLVMValueRef v, LLVMTypeRef to);

/* data.c: module-level data */
void amd64_data_reset(void);                                  /* a new module: forget the strings */
LLVMValueRef amd64_const_string(const char *s, int64_t len);  /* {ptr, len} */
LLVMValueRef amd64_const_bytes(const char *s, int64_t len);   /* private constant bytes (shared) */
LLVMValueRef amd64_global_var(Obj *v);
unsigned amd64_callconv(const char *sym);  /* preserve_none for runtime.GC, else C */
LLVMValueRef amd64_func_decl(Obj *fn, bool ctx);              /* declared Go function / closure body */
LLVMValueRef amd64_funcval(Obj *fn);                          /* static closure object main.f·f */
void amd64_make_linkonce(LLVMValueRef g, const char *name);   /* linkonce_odr in comdat `name` */

/* rtype.c: runtime type information (runtime/abi.h layouts) */
void amd64_rtype_reset(void);                                 /* a new module */
LLVMValueRef amd64_type_desc(Type *t);                        /* type:T, complete, with everything it points at */
LLVMValueRef amd64_itab(ItabSym *is);                         /* go:itab.T,I */
void amd64_rtype_finish(void);                                /* define the method wrappers nobody defined */

/* lower.c */
void amd64_lower_func(Func *f);

/* listing.c: GOSSAFUNC's ssa.html columns and -d=ssa/genssa/dump */
void amd64_listing_func(Func *f);   /* after lowering: takes f->html */
/* the listed functions' IR now; link_names: %vN is still SSA value vN (before
 * optimisation: LLVM's clones of %v11 are %v112, %v113, ...) */
void amd64_listing_ir(const char *phase, const char *title, bool link_names);
void amd64_listing_asm(void);       /* their assembly, and the genssa dumps */
void amd64_listing_close(void);     /* close the pages: "dumped SSA to ..." */

#endif
