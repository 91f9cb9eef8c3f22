/* data.c — module-level objects: string constants, package variables,
 * function declarations, static closure objects and type descriptors.
 *
 * Names (all found again with LLVMGetNamed*, never cached across modules):
 *   main.x          package variable (Obj.linkname), zero-initialised
 *   main.f          a Go function (ccc, signature per ssa.h, see types.c)
 *   main.f·f        the static closure object for main.f as a func value:
 *                   { ptr main.f·fw } (gc's name)
 *   main.f·fw       the wrapper a func value's code pointer points at: takes
 *                   the closure context first, drops it, tail-calls main.f
 *   (private)       string literal bytes, one global per distinct string
 *                   (also the bytes of GC pointer bitmaps)
 * Type descriptors, itabs and method wrappers are rtype.c's.
 * Objects more than one package may emit (·f, ·fw) are linkonce_odr in a
 * comdat of their own name, so the linker keeps one copy.
 */
#include "amd64.h"

#include <llvm-c/Comdat.h>

/* ---- strings ---- */

typedef struct StrEntry {
	const char *s;
	int64_t len;
	LLVMValueRef gv;
} StrEntry;

static struct {
	StrEntry *e;
	int cap, len;
} strtab; // of the current module: emptied by amd64_data_reset

static uint32_t fnv1a(const char *s, int64_t n) {
	uint32_t h = 2166136261u;
	for (int64_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static StrEntry *str_slot(StrEntry *e, int cap, const char *s, int64_t len) {
	uint32_t i = fnv1a(s, len) & (uint32_t)(cap - 1);
	while (e[i].s && !(e[i].len == len && memcmp(e[i].s, s, (size_t)len) == 0))
		i = (i + 1) & (uint32_t)(cap - 1);
	return &e[i];
}

static LLVMValueRef string_bytes(const char *s, int64_t len) {
	if (2 * (strtab.len + 1) > strtab.cap) {
		int ncap = strtab.cap ? 2 * strtab.cap : 256;
		StrEntry *ne = calloc((size_t)ncap, sizeof(StrEntry));
		for (int i = 0; i < strtab.cap; i++)
			if (strtab.e[i].s)
				*str_slot(ne, ncap, strtab.e[i].s, strtab.e[i].len) = strtab.e[i];
		free(strtab.e);
		strtab.e = ne;
		strtab.cap = ncap;
	}
	StrEntry *se = str_slot(strtab.e, strtab.cap, s, len);
	if (se->s)
		return se->gv;
	LLVMValueRef init = LLVMConstStringInContext(be.ctx, s, (unsigned)len, true);
	LLVMValueRef gv = LLVMAddGlobal(be.mod, LLVMTypeOf(init), "go:string");
	LLVMSetInitializer(gv, init);
	LLVMSetGlobalConstant(gv, true);
	LLVMSetLinkage(gv, LLVMPrivateLinkage);
	LLVMSetUnnamedAddress(gv, LLVMGlobalUnnamedAddr);
	LLVMSetAlignment(gv, 1);
	se->s = arena_strndup(perm, s, (size_t)len);
	se->len = len;
	se->gv = gv;
	strtab.len++;
	return gv;
}

void amd64_data_reset(void) {
	free(strtab.e);
	memset(&strtab, 0, sizeof strtab);
	amd64_rtype_reset();
}

LLVMValueRef amd64_const_bytes(const char *s, int64_t len) { return string_bytes(s, len); }

LLVMValueRef amd64_const_string(const char *s, int64_t len) {
	LLVMValueRef f[2];
	f[0] = len ? string_bytes(s, len) : LLVMConstNull(be.t_ptr);
	f[1] = LLVMConstInt(be.t_i64, (unsigned long long)len, false);
	return LLVMConstStructInContext(be.ctx, f, 2, false);
}

/* ---- package variables ---- */

static const char *var_symbol(Obj *v) {
	if (v->linkname)
		return v->linkname;
	return arena_printf(perm, "%s.%s", v->pkg ? v->pkg : be.pkgpath, v->name);
}

LLVMValueRef amd64_global_var(Obj *v) {
	const char *sym = var_symbol(v);
	LLVMValueRef gv = LLVMGetNamedGlobal(be.mod, sym);
	if (gv)
		return gv;
	gv = LLVMAddGlobal(be.mod, amd64_mem_type(v->type), sym);
	LLVMSetAlignment(gv, (unsigned)types_align(v->type));
	if (!v->pkg || strcmp(v->pkg, be.pkgpath) == 0) // defined here; else a declaration
		LLVMSetInitializer(gv, LLVMConstNull(amd64_mem_type(v->type)));
	return gv;
}

/* ---- functions and func values ---- */

void amd64_make_linkonce(LLVMValueRef g, const char *name) {
	LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
	LLVMSetComdat(g, LLVMGetOrInsertComdat(be.mod, name));
}

/* The calling convention of the Go function sym: the C one, except for the
 * runtime's entry points that want their callers to keep nothing in
 * registers (runtime/asm_amd64.S's runtime.GC: LLVM's preserve_none). */
unsigned amd64_callconv(const char *sym) {
	return strcmp(sym, "runtime.GC") == 0 ? 21 /* llvm::CallingConv::PreserveNone */ : LLVMCCallConv;
}

LLVMValueRef amd64_func_decl(Obj *fn, bool ctx) {
	const char *sym = fn->linkname ? fn->linkname : fn->name;
	LLVMValueRef f = LLVMGetNamedFunction(be.mod, sym);
	if (f)
		return f;
	Sig s = amd64_sig(fn->type, amd64_func_recv(fn), ctx);
	f = LLVMAddFunction(be.mod, sym, s.fnty);
	LLVMSetFunctionCallConv(f, amd64_callconv(sym));
	return f;
}

/* main.f·fw(ctx, args...) = main.f(args...) */
static LLVMValueRef funcval_wrapper(Obj *fn, const char *name) {
	LLVMValueRef w = LLVMGetNamedFunction(be.mod, name);
	if (w)
		return w;
	Type *recv = amd64_func_recv(fn);
	Sig ws = amd64_sig(fn->type, recv, true);
	Sig fs = amd64_sig(fn->type, recv, false);
	LLVMValueRef target = amd64_func_decl(fn, false);
	w = LLVMAddFunction(be.mod, name, ws.fnty);
	amd64_make_linkonce(w, name);
	amd64_set_func_attrs(w);

	LLVMBasicBlockRef saved = LLVMGetInsertBlock(be.b);
	LLVMMetadataRef savedloc = LLVMGetCurrentDebugLocation2(be.b);  // another function's
	LLVMSetCurrentDebugLocation2(be.b, NULL);
	LLVMBasicBlockRef bb = LLVMAppendBasicBlockInContext(be.ctx, w, "entry");
	LLVMPositionBuilderAtEnd(be.b, bb);
	/* A wrapper frame between a deferred call and its function: recover()
	 * in the function must still count as called by the deferred call, so
	 * the wrapper moves the panic's recorded frame to its own (defer.c), and
	 * keeps its frame (no tail call). */
	LLVMTypeRef adj_ty;
	LLVMValueRef adj = amd64_rt_func_named("adjustdeferframe", &adj_ty);
	LLVMTypeRef fa_ty;
	LLVMValueRef fa = amd64_intrinsic("llvm.frameaddress", &be.t_ptr, 1, &fa_ty);
	LLVMValueRef lv1 = LLVMConstInt(LLVMInt32TypeInContext(be.ctx), 1, false);
	LLVMValueRef lv0 = LLVMConstInt(LLVMInt32TypeInContext(be.ctx), 0, false);
	LLVMValueRef frames[2] = {LLVMBuildCall2(be.b, fa_ty, fa, &lv1, 1, ""), LLVMBuildCall2(be.b, fa_ty, fa, &lv0, 1, "")};
	LLVMBuildCall2(be.b, adj_ty, adj, frames, 2, "");
	LLVMAddAttributeAtIndex(w, LLVMAttributeFunctionIndex,
	                        LLVMCreateStringAttribute(be.ctx, "disable-tail-calls", 18, "true", 4));
	LLVMValueRef *args = malloc(sizeof(LLVMValueRef) * (size_t)(fs.nparams + 1));
	for (int i = 0; i < fs.nparams; i++)
		args[i] = LLVMGetParam(w, (unsigned)i + 1);
	LLVMValueRef call = LLVMBuildCall2(be.b, fs.fnty, target, args, (unsigned)fs.nparams, "");
	LLVMSetInstructionCallConv(call, LLVMGetFunctionCallConv(target));
	if (fs.ret == be.t_void)
		LLVMBuildRetVoid(be.b);
	else
		LLVMBuildRet(be.b, call);
	free(args);
	if (saved)
		LLVMPositionBuilderAtEnd(be.b, saved);
	LLVMSetCurrentDebugLocation2(be.b, savedloc);
	return w;
}

LLVMValueRef amd64_funcval(Obj *fn) {
	const char *sym = fn->linkname ? fn->linkname : fn->name;
	const char *name = arena_printf(perm, "%s·f", sym);
	LLVMValueRef gv = LLVMGetNamedGlobal(be.mod, name);
	if (gv)
		return gv;
	LLVMValueRef code = funcval_wrapper(fn, arena_printf(perm, "%s·fw", sym));
	LLVMValueRef init = LLVMConstStructInContext(be.ctx, &code, 1, false);
	gv = LLVMAddGlobal(be.mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(gv, init);
	LLVMSetGlobalConstant(gv, true);
	LLVMSetAlignment(gv, 8);
	amd64_make_linkonce(gv, name);
	return gv;
}
