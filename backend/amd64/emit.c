/* emit.c — the LLVM module's life: target machine set-up, function
 * attributes, runtime and intrinsic declarations, and the end of the line
 * (verify, optimise, write the object or assembly).
 *
 * Target: x86_64-unknown-linux-gnu, CPU "x86-64" (the generic baseline, SSE2),
 * static relocation model and small code model: goc links static non-PIE
 * executables with ld.lld, so every symbol sits below 2 GiB and absolute
 * 32-bit addresses are fine.
 *
 * The Go calling convention is LLVM's ccc (see ssa.h for the argument order):
 * the runtime, written in C, calls main.main and main.init directly.
 */
#include "amd64.h"

#include <llvm-c/Comdat.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Transforms/PassBuilder.h>

Backend be;

void amd64_init(void) {
	LLVMInitializeX86TargetInfo();
	LLVMInitializeX86Target();
	LLVMInitializeX86TargetMC();
	LLVMInitializeX86AsmPrinter();
	LLVMInitializeX86AsmParser(); /* inline asm: GetG (lower.c) */

	be.ctx = LLVMContextCreate();
	be.b = LLVMCreateBuilderInContext(be.ctx);
	be.t_void = LLVMVoidTypeInContext(be.ctx);
	be.t_i1 = LLVMInt1TypeInContext(be.ctx);
	be.t_i8 = LLVMInt8TypeInContext(be.ctx);
	be.t_i16 = LLVMInt16TypeInContext(be.ctx);
	be.t_i32 = LLVMInt32TypeInContext(be.ctx);
	be.t_i64 = LLVMInt64TypeInContext(be.ctx);
	be.t_f32 = LLVMFloatTypeInContext(be.ctx);
	be.t_f64 = LLVMDoubleTypeInContext(be.ctx);
	be.t_ptr = LLVMPointerTypeInContext(be.ctx, 0);
	be.t_str = LLVMStructTypeInContext(be.ctx, (LLVMTypeRef[]){be.t_ptr, be.t_i64}, 2, false);
	be.t_pair = LLVMStructTypeInContext(be.ctx, (LLVMTypeRef[]){be.t_i64, be.t_i64}, 2, false);
	be.t_slice = LLVMStructTypeInContext(be.ctx, (LLVMTypeRef[]){be.t_ptr, be.t_i64, be.t_i64}, 3, false);
	be.t_iface = LLVMStructTypeInContext(be.ctx, (LLVMTypeRef[]){be.t_ptr, be.t_ptr}, 2, false);
	/* runtime/abi.h GoType (gc's _type with the name as a pointer):
	 * size, ptrdata, hash, tflag, align, fieldAlign, kind, equal, gcdata, name */
	be.t_gotype = LLVMStructTypeInContext(be.ctx,
		(LLVMTypeRef[]){be.t_i64, be.t_i64, be.t_i32, be.t_i8, be.t_i8, be.t_i8, be.t_i8,
		                be.t_ptr, be.t_ptr, be.t_i32, be.t_i32}, 11, false);
	/* the target machine is made per module in amd64_begin: its
	 * optimisation level comes from the BackendConfig */
}

static LLVMCodeGenOptLevel codegen_level(int optlevel) {
	switch (optlevel) {
	case 0: return LLVMCodeGenLevelNone;
	case 1: return LLVMCodeGenLevelLess;
	default: return LLVMCodeGenLevelDefault;
	}
}

void amd64_begin(const char *pkgpath, const BackendConfig *cfg) {
	const char *triple = "x86_64-unknown-linux-gnu";
	be.cfg = *cfg;
	be.pkgpath = pkgpath;
	if (be.tm)
		LLVMDisposeTargetMachine(be.tm);
	if (be.td)
		LLVMDisposeTargetData(be.td);
	LLVMTargetRef target;
	char *err = NULL;
	if (LLVMGetTargetFromTriple(triple, &target, &err))
		ice("LLVM target %s: %s", triple, err);
	be.tm = LLVMCreateTargetMachine(target, triple, "x86-64", "", codegen_level(cfg->optlevel),
	                                LLVMRelocStatic, LLVMCodeModelSmall);
	be.td = LLVMCreateTargetDataLayout(be.tm);

	amd64_data_reset();
	be.mod = LLVMModuleCreateWithNameInContext(pkgpath, be.ctx);
	LLVMSetTarget(be.mod, triple);
	char *dl = LLVMCopyStringRepOfTargetData(be.td);
	LLVMSetDataLayout(be.mod, dl);
	LLVMDisposeMessage(dl);
	amd64_dwarf_begin(pkgpath);
}

/* ---- attributes ---- */

static LLVMAttributeRef enum_attr(const char *name, uint64_t val) {
	unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
	if (!kind)
		ice("no LLVM attribute %s", name);
	return LLVMCreateEnumAttribute(be.ctx, kind, val);
}

static LLVMAttributeRef string_attr(const char *k, const char *v) {
	return LLVMCreateStringAttribute(be.ctx, k, (unsigned)strlen(k), v, (unsigned)strlen(v));
}

/* Every function goc defines: frame pointers (tracebacks, gdb), no unwinding
 * through it, but asynchronous unwind tables so debuggers and profilers can
 * walk the stack; frames over a page are probed page by page so a goroutine
 * stack overflow hits the guard page instead of jumping over it; no red zone
 * and section gotext, for asynchronous preemption. */
void amd64_set_func_flags(LLVMValueRef fn, Func *f) {
	if (f->noinline)
		LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, enum_attr("noinline", 0));
}

void amd64_set_func_attrs(LLVMValueRef fn) {
	/* No tail calls, as gc: every Go call keeps its caller's frame, which
	 * runtime.Caller/Callers count (log's calldepth), tracebacks show, and
	 * recover checks (a deferred function's tail call to a function that
	 * recovers must not make the callee the deferred call) */
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, string_attr("disable-tail-calls", "true"));
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, string_attr("probe-stack", "inline-asm"));
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, string_attr("frame-pointer", "all"));
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, enum_attr("nounwind", 0));
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, enum_attr("uwtable", 2 /* async */));
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, string_attr("target-cpu", "x86-64"));
	/* Preemption (runtime/signal_unix.c) pushes a frame below any Go
	 * instruction's SP, so Go code keeps nothing below its SP; and it runs
	 * only on code in section gotext, which the runtime finds through the
	 * linker's __start_gotext/__stop_gotext. */
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, enum_attr("noredzone", 0));
	LLVMSetSection(fn, "gotext");
	/* A section of its own (a comdat of its name: ELF "gotext",unique): the
	 * linker's --gc-sections then drops every function the program does not
	 * reach, and still gathers the rest into one gotext. */
	LLVMLinkage l = LLVMGetLinkage(fn);
	if (!LLVMGetComdat(fn) && l != LLVMInternalLinkage && l != LLVMPrivateLinkage) {
		size_t n;
		const char *name = LLVMGetValueName2(fn, &n);
		if (n)
			LLVMSetComdat(fn, LLVMGetOrInsertComdat(be.mod, name));
	}
	/* The stack check in every prologue (gc's stackguard; runtime/stack.c):
	 * SP - frame size against %fs:0x70, __morestack when below. */
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, string_attr("split-stack", ""));
}

/* ---- runtime entries (runtime/abi.def via ssa/rtabi.c) ---- */

static LLVMTypeRef rt_type(RtAbiType t) {
	switch (t) {
	case RTA_VOID: return be.t_void;
	case RTA_U8: return be.t_i8;
	case RTA_I32: return be.t_i32;
	case RTA_I64: case RTA_U64: return be.t_i64;
	case RTA_F32: return be.t_f32;
	case RTA_F64: return be.t_f64;
	case RTA_PTR: return be.t_ptr;
	case RTA_STR: return be.t_str;
	case RTA_PAIR: return be.t_pair;
	}
	unreachable();
}

static bool is_noreturn(const char *name) {
	return strncmp(name, "panic", 5) == 0 || strncmp(name, "throw", 5) == 0 ||
	       strncmp(name, "gopanic", 7) == 0;
}

static LLVMTypeRef rt_fnty(const RtEntry *e) {
	LLVMTypeRef params[2 * RT_MAXARGS];
	int n = 0;
	for (int i = 0; i < e->nargs; i++) {
		if (e->args[i] == RTA_STR || e->args[i] == RTA_PAIR) { /* two words in two registers */
			params[n++] = e->args[i] == RTA_STR ? be.t_ptr : be.t_i64;
			params[n++] = be.t_i64;
		} else {
			params[n++] = rt_type(e->args[i]);
		}
	}
	return LLVMFunctionType(rt_type(e->ret), params, (unsigned)n, false);
}

LLVMValueRef amd64_rt_func(int index, LLVMTypeRef *fnty) {
	const RtEntry *e = rt_entry(index);
	char sym[128];
	snprintf(sym, sizeof sym, "rt_%s", e->name);
	*fnty = rt_fnty(e);
	LLVMValueRef fn = LLVMGetNamedFunction(be.mod, sym);
	if (fn)
		return fn;
	fn = LLVMAddFunction(be.mod, sym, *fnty);
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, enum_attr("nounwind", 0));
	if (!strcmp(e->name, "setdeferframe")) /* setjmp-like: the function may be resumed at this call */
		LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, enum_attr("returns_twice", 0));
	if (is_noreturn(e->name)) {
		LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, enum_attr("noreturn", 0));
		LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, enum_attr("cold", 0));
	}
	/* as clang declares C's uint8_t/bool (zeroext) and int32_t (signext) */
	if (e->ret == RTA_U8 || e->ret == RTA_I32)
		LLVMAddAttributeAtIndex(fn, LLVMAttributeReturnIndex, enum_attr(e->ret == RTA_U8 ? "zeroext" : "signext", 0));
	for (int i = 0, k = 0; i < e->nargs; i++, k++) {
		if (e->args[i] == RTA_U8 || e->args[i] == RTA_I32)
			LLVMAddAttributeAtIndex(fn, (unsigned)k + 1, enum_attr(e->args[i] == RTA_U8 ? "zeroext" : "signext", 0));
		if (e->args[i] == RTA_STR || e->args[i] == RTA_PAIR)
			k++;
	}
	return fn;
}

LLVMValueRef amd64_rt_func_named(const char *name, LLVMTypeRef *fnty) {
	int i = rt_entry_index(name);
	if (i < 0)
		ice("runtime entry %s is not in runtime/abi.def", name);
	return amd64_rt_func(i, fnty);
}

/* llvm.* intrinsics; overload: the overloaded types, if any. */
LLVMValueRef amd64_intrinsic(const char *name, LLVMTypeRef *overload, int n, LLVMTypeRef *fnty) {
	unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
	if (!id)
		ice("no LLVM intrinsic %s", name);
	*fnty = LLVMIntrinsicGetType(be.ctx, id, overload, (size_t)n);
	return LLVMGetIntrinsicDeclaration(be.mod, id, overload, (size_t)n);
}

/* ---- package variables ---- */

void amd64_globals(Package *pkg) {
	for (int i = 0; i < pkg->globals.len; i++)
		amd64_global_var(VEC_AT(pkg->globals, i));
}

void amd64_func(Func *f) {
	amd64_lower_func(f);
	amd64_listing_func(f);
}

/* ---- verify, optimise, emit ---- */

/* -S: the assembly with the Go source interleaved, as gc's -S shows which
 * line each instruction came from.  The line-table directives (.file N
 * "dir" "name", .loc N LINE COL) say where each run of instructions comes
 * from; before a run from a new line, print that line as a comment:
 *	# dbg.go:7	s += t.b */
typedef struct SrcFile {
	char *text;        // the file's contents (NULL: unreadable)
	size_t len;
	const char *base;  // for the comment
} SrcFile;

static void print_source_line(SrcFile *f, long line, FILE *out) {
	if (!f->text || line <= 0)
		return;
	const char *p = f->text, *end = f->text + f->len;
	for (long l = 1; l < line && p < end; l++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			return;
		p = nl + 1;
	}
	const char *e = memchr(p, '\n', (size_t)(end - p));
	if (!e)
		e = end;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	fprintf(out, "\t# %s:%ld\t%.*s\n", f->base, line, (int)(e - p), p);
}

static void annotate_asm(const char *text, size_t len, FILE *out) {
	enum { MAXFILES = 256 };
	SrcFile files[MAXFILES] = {{0}};
	long curfile = -1, curline = -1;
	const char *p = text, *end = text + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		const char *q = p;
		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		long n, line;
		char dir[1024], name[1024];
		if (sscanf(q, ".file %ld \"%1023[^\"]\" \"%1023[^\"]\"", &n, dir, name) == 3 && n >= 0 && n < MAXFILES) {
			char path[2100];
			snprintf(path, sizeof path, "%s/%s", dir, name);
			size_t flen;
			files[n].text = read_file(path, &flen);
			files[n].len = files[n].text ? flen : 0;
			files[n].base = arena_printf(perm, "%s", name);
		} else if (sscanf(q, ".loc %ld %ld", &n, &line) == 2 && n >= 0 && n < MAXFILES) {
			if ((n != curfile || line != curline) && line > 0) {
				print_source_line(&files[n], line, out);
				curfile = n;
				curline = line;
			}
			p = nl ? nl + 1 : end;
			continue;  // the directive itself says nothing more to a reader
		}
		fwrite(p, 1, (size_t)(e - p) + (nl ? 1 : 0), out);
		p = nl ? nl + 1 : end;
	}
	for (int i = 0; i < MAXFILES; i++)
		free(files[i].text);
}

static int emit(LLVMModuleRef m, const char *path, LLVMCodeGenFileType kind) {
	char *err = NULL;
	if (strcmp(path, "-") == 0) {
		LLVMMemoryBufferRef buf;
		if (LLVMTargetMachineEmitToMemoryBuffer(be.tm, m, kind, &err, &buf)) {
			fprintf(stderr, "goc: %s\n", err);
			LLVMDisposeMessage(err);
			return 1;
		}
		if (kind == LLVMAssemblyFile && be.cfg.dwarf)
			annotate_asm(LLVMGetBufferStart(buf), LLVMGetBufferSize(buf), stdout);
		else
			fwrite(LLVMGetBufferStart(buf), 1, LLVMGetBufferSize(buf), stdout);
		fflush(stdout);
		LLVMDisposeMemoryBuffer(buf);
		return 0;
	}
	/* LLVMTargetMachineEmitToFile takes a non-const char* */
	char *p = arena_strdup(perm, path);
	if (LLVMTargetMachineEmitToFile(be.tm, m, p, kind, &err)) {
		fprintf(stderr, "goc: writing %s: %s\n", path, err);
		LLVMDisposeMessage(err);
		return 1;
	}
	return 0;
}

int amd64_finish(const char *obj_path, const char *asm_path) {
	char *msg = NULL;
	amd64_rtype_finish();
	amd64_dwarf_finish();
	if (be.cfg.debug_ir)
		LLVMDumpModule(be.mod);
	amd64_listing_ir("llvm", "LLVM IR", true);
	if (LLVMVerifyModule(be.mod, LLVMReturnStatusAction, &msg)) {
		fprintf(stderr, "goc: internal compiler error: LLVM verifier: %s\n", msg);
		LLVMDisposeMessage(msg);
		amd64_listing_close();
		return 1;
	}
	LLVMDisposeMessage(msg);

	static const char *pipelines[] = {"default<O0>", "default<O1>", "default<O2>"};
	int lvl = be.cfg.optlevel < 0 ? 0 : be.cfg.optlevel > 2 ? 2 : be.cfg.optlevel;
	LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
	LLVMErrorRef perr = LLVMRunPasses(be.mod, pipelines[lvl], be.tm, opts);
	LLVMDisposePassBuilderOptions(opts);
	if (perr) {
		char *m = LLVMGetErrorMessage(perr);
		fprintf(stderr, "goc: internal compiler error: LLVM passes: %s\n", m);
		LLVMDisposeErrorMessage(m);
		amd64_listing_close();
		return 1;
	}
	char title[64];
	snprintf(title, sizeof title, "LLVM IR optimised (%s)", pipelines[lvl]);
	amd64_listing_ir("llvm-opt", title, false);
	amd64_listing_asm();
	amd64_listing_close();

	int rc = 0;
	if (asm_path) {
		/* code generation changes the module a little: give it a copy when
		 * the object is wanted too */
		LLVMModuleRef m = obj_path ? LLVMCloneModule(be.mod) : be.mod;
		rc |= emit(m, asm_path, LLVMAssemblyFile);
		if (m != be.mod)
			LLVMDisposeModule(m);
	}
	if (obj_path && !rc)
		rc |= emit(be.mod, obj_path, LLVMObjectFile);
	LLVMDisposeModule(be.mod);
	be.mod = NULL;
	return rc;
}
