/* data.c — module-level objects: string constants, package variables,
 * function declarations, static closure objects and type descriptors.
 *
 * Names (all found again with LLVMGetNamed*, never cached across modules):
 *   main.x          package variable (Obj.linkname), zero-initialised unless
 *                   ssa/staticinit.c gave it static contents
 *   main..stmp_N    static temp (private): the backing object of a slice,
 *                   &T{...}, interface value or closure in static data
 *   main.f          a Go function (ccc, signature per ssa.h, see types.c)
 *   main.f·f        the static closure object for main.f as a func value:
 *                   { ptr main.f·fw } (gc's name); for a function literal
 *                   without captures main.f.func1·f = { ptr main.f.func1 }
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

/* ---- static data (ssa/staticinit.c) ----
 * An object with static contents is defined with the LLVM type of its
 * layout, not of its Go type: a packed struct of byte runs ([n x i8]) and
 * pointer words (ptr), exactly types_size bytes. The objects are writable
 * (never `constant`), so they land in .data/.bss, which the collector scans
 * as roots (runtime/mgc.c). */

static int reloc_cmp(const void *a, const void *b) {
	const StaticReloc *x = *(StaticReloc *const *)a, *y = *(StaticReloc *const *)b;
	return x->off < y->off ? -1 : x->off > y->off;
}

static LLVMValueRef reloc_target(StaticReloc *r) {
	switch (r->kind) {
	case SR_ADDR: {
		LLVMValueRef g = amd64_global_var(r->sym);
		if (!r->add)
			return g;
		LLVMValueRef off = LLVMConstInt(be.t_i64, (unsigned long long)r->add, false);
		return LLVMConstGEP2(be.t_i8, g, &off, 1);
	}
	case SR_FUNC: return amd64_funcval(r->sym);
	case SR_BYTES: {
		SsaString *s = r->sym;
		return amd64_const_bytes(s->s, s->len);
	}
	case SR_TYPE: return amd64_type_desc(r->sym);
	case SR_ITAB: return amd64_itab(r->sym);
	}
	unreachable();
}

/* sd's layout (types, for the global) or contents (values, for its
 * initializer): byte runs between the pointer words. Returns the count. */
static int static_layout(StaticData *sd, LLVMTypeRef *types, LLVMValueRef *values) {
	int64_t size = types_size(sd->var->type), at = 0;
	int n = 0;
	for (int i = 0; i <= sd->relocs.len; i++) {
		StaticReloc *r = i < sd->relocs.len ? sd->relocs.data[i] : NULL;
		int64_t end = r ? r->off : size;
		if (end < at)
			ice("static data of %s: two pointers at %lld", sd->var->name, (long long)end);
		if (end > at) {
			types[n] = LLVMArrayType2(be.t_i8, (uint64_t)(end - at));
			if (values)
				values[n] = LLVMConstStringInContext(be.ctx, (const char *)sd->bytes + at, (unsigned)(end - at), true);
			n++;
		}
		if (r) {
			types[n] = be.t_ptr;
			if (values)
				values[n] = reloc_target(r);
			n++;
			at = r->off + 8;
		}
	}
	return n;
}

void amd64_static_data(StaticInit *si) {
	/* every object first, with its layout's type, so that pointers between
	 * them find their targets */
	for (int i = 0; i < si->data.len; i++) {
		StaticData *sd = si->data.data[i];
		if (sd->relocs.len > 1)
			qsort(sd->relocs.data, (size_t)sd->relocs.len, sizeof(void *), reloc_cmp);
		LLVMTypeRef *types = malloc(sizeof(LLVMTypeRef) * (size_t)(2 * sd->relocs.len + 1));
		int n = static_layout(sd, types, NULL);
		LLVMTypeRef ty = LLVMStructTypeInContext(be.ctx, types, (unsigned)n, true);
		free(types);
		const char *sym = var_symbol(sd->var);
		if (LLVMGetNamedGlobal(be.mod, sym))
			ice("static data for %s defined twice", sym);
		LLVMValueRef gv = LLVMAddGlobal(be.mod, ty, sym);
		LLVMSetAlignment(gv, (unsigned)types_align(sd->var->type));
		if (sd->temp)
			LLVMSetLinkage(gv, LLVMInternalLinkage);
	}
	for (int i = 0; i < si->data.len; i++) {
		StaticData *sd = si->data.data[i];
		LLVMTypeRef *types = malloc(sizeof(LLVMTypeRef) * (size_t)(2 * sd->relocs.len + 1));
		LLVMValueRef *values = malloc(sizeof(LLVMValueRef) * (size_t)(2 * sd->relocs.len + 1));
		int n = static_layout(sd, types, values);
		LLVMValueRef gv = LLVMGetNamedGlobal(be.mod, var_symbol(sd->var));
		LLVMSetInitializer(gv, LLVMConstStructInContext(be.ctx, values, (unsigned)n, true));
		free(types);
		free(values);
	}
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
	/* a function literal (without captures: ssagen gives the others heap
	 * closures) takes the context already */
	bool lit = fn->decl && fn->decl->kind == N_FUNCLIT;
	LLVMValueRef code = lit ? amd64_func_decl(fn, true) : funcval_wrapper(fn, arena_printf(perm, "%s·fw", sym));
	LLVMValueRef init = LLVMConstStructInContext(be.ctx, &code, 1, false);
	gv = LLVMAddGlobal(be.mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(gv, init);
	LLVMSetGlobalConstant(gv, true);
	LLVMSetAlignment(gv, 8);
	amd64_make_linkonce(gv, name);
	return gv;
}
