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
 *   type:main.T     the GoType descriptor of main.T (runtime/abi.h)
 *   type:main.T·name  its name, a GoString
 *   (private)       string literal bytes, one global per distinct string
 * Objects more than one package may emit (·f, ·fw, type:) are linkonce_odr
 * in a comdat of their own name, so the linker keeps one copy.
 */
#include "amd64.h"

#include <llvm-c/Comdat.h>

#include "../../runtime/abi.h" // GoType, KIND_*, TFLAG_*

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
}

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

static void make_linkonce(LLVMValueRef g, const char *name) {
	LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
	LLVMSetComdat(g, LLVMGetOrInsertComdat(be.mod, name));
}

LLVMValueRef amd64_func_decl(Obj *fn, bool ctx) {
	const char *sym = fn->linkname ? fn->linkname : fn->name;
	LLVMValueRef f = LLVMGetNamedFunction(be.mod, sym);
	if (f)
		return f;
	Sig s = amd64_sig(fn->type, amd64_func_recv(fn), ctx);
	return LLVMAddFunction(be.mod, sym, s.fnty);
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
	make_linkonce(w, name);
	amd64_set_func_attrs(w);

	LLVMBasicBlockRef saved = LLVMGetInsertBlock(be.b);
	LLVMBasicBlockRef bb = LLVMAppendBasicBlockInContext(be.ctx, w, "entry");
	LLVMPositionBuilderAtEnd(be.b, bb);
	LLVMValueRef *args = malloc(sizeof(LLVMValueRef) * (size_t)(fs.nparams + 1));
	for (int i = 0; i < fs.nparams; i++)
		args[i] = LLVMGetParam(w, (unsigned)i + 1);
	LLVMValueRef call = LLVMBuildCall2(be.b, fs.fnty, target, args, (unsigned)fs.nparams, "");
	LLVMSetTailCall(call, true);
	if (fs.ret == be.t_void)
		LLVMBuildRetVoid(be.b);
	else
		LLVMBuildRet(be.b, call);
	free(args);
	if (saved)
		LLVMPositionBuilderAtEnd(be.b, saved);
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
	make_linkonce(gv, name);
	return gv;
}

/* ---- type descriptors ---- */

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
	default: ice("no type descriptor for type kind %d", t->kind);
	}
}


/* == may compare the bytes (gc's IsRegularMemory): no floats, strings,
 * interfaces, and no padding. */
static bool is_regular_memory(Type *t) {
	switch (t->kind) {
	case TY_BOOL: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
	case TY_POINTER: case TY_CHAN: case TY_UNSAFEPTR:
		return true;
	case TY_ARRAY:
		return is_regular_memory(t->elem);
	case TY_STRUCT: {
		int64_t end = 0;
		types_size(t);
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = VEC_AT(t->fields, i);
			if (f->offset != end || !is_regular_memory(f->type))
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

LLVMValueRef amd64_type_desc(Type *t) {
	if (!t->rtype)
		t->rtype = arena_printf(perm, "type:%s", type_string(perm, t, true));
	const char *name = t->rtype;
	LLVMValueRef gv = LLVMGetNamedGlobal(be.mod, name);
	if (gv)
		return gv;

	const char *tname = name + 5;
	int64_t tlen = (int64_t)strlen(tname);
	const char *nname = arena_printf(perm, "%s·name", name);
	LLVMValueRef nstr = amd64_const_string(tname, tlen);
	LLVMValueRef ngv = LLVMAddGlobal(be.mod, be.t_str, nname);
	LLVMSetInitializer(ngv, nstr);
	LLVMSetGlobalConstant(ngv, true);
	LLVMSetAlignment(ngv, 8);
	make_linkonce(ngv, nname);

	int tflag = (t->named ? TFLAG_NAMED : 0) | (is_regular_memory(t) ? TFLAG_REGULAR_MEMORY : 0);
	int kind = type_kind(t) | (type_is_direct_iface(t) ? KIND_DIRECT_IFACE : 0);
	LLVMValueRef f[10] = {
		LLVMConstInt(be.t_i64, (unsigned long long)types_size(t), false),
		LLVMConstInt(be.t_i64, (unsigned long long)ptrdata(t), false),
		LLVMConstInt(be.t_i32, fnv1a(tname, tlen), false),
		LLVMConstInt(be.t_i8, (unsigned long long)tflag, false),
		LLVMConstInt(be.t_i8, (unsigned long long)types_align(t), false), // align
		LLVMConstInt(be.t_i8, (unsigned long long)types_align(t), false), // fieldAlign
		LLVMConstInt(be.t_i8, (unsigned long long)kind, false),
		LLVMConstNull(be.t_ptr),                                    // equal
		LLVMConstNull(be.t_ptr),                                    // gcdata
		ngv,                                                        // name
	};
	LLVMValueRef init = LLVMConstStructInContext(be.ctx, f, 10, false); // == be.t_gotype
	gv = LLVMAddGlobal(be.mod, be.t_gotype, name);
	LLVMSetInitializer(gv, init);
	LLVMSetGlobalConstant(gv, true);
	LLVMSetAlignment(gv, 8);
	make_linkonce(gv, name);
	return gv;
}
