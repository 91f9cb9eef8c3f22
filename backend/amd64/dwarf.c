/* dwarf.c — debugging information through LLVM's DIBuilder: a compile unit
 * per package, a subprogram per function named as Go names it
 * ("main.main", "main.(*T).String", "main.main.func1"), and a line-table
 * location for every instruction, from the SSA values' positions.  gdb
 * then breaks on Go names and file:line, steps by source line and shows
 * Go names with file:line in backtraces.
 *
 * Variables: each named Go variable is described with a DWARF type shaped
 * as gc shapes it (strings {str, len}, slices {array, len, cap},
 * interfaces {tab or _type, data}, structs, pointers, arrays; maps,
 * channels and funcs as pointers), located by dbg.value records on the
 * SSA values that hold it, so `info locals` and `print` work at -O0 and
 * where LLVM keeps the values at -O2.
 * A parameter never assigned is spilled to a stack slot described by a
 * declare record, as clang does (a dbg.value on an aggregate argument
 * describes only its first register).
 * TEMPORARY: parameters are described as locals (no `info args`), no
 * is_stmt marks of gc's kind; the runtime's C carries its own -g info.
 *
 * Invariants: when be.cfg.dwarf is off, every function here does nothing;
 * a function with a subprogram gives every instruction a location (LLVM's
 * verifier requires it of calls): its value's line, else the line before,
 * else the function's.
 */
#include "amd64.h"

#include <llvm-c/DebugInfo.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static struct {
	LLVMDIBuilderRef dib;
	LLVMMetadataRef cu;
	LLVMMetadataRef scope;  // the current function's subprogram, or NULL
	Pos fnpos;              // its declaration
	StrMap files;           // source name -> DIFile
	const char *cwd;
	StrMap types;           // type string -> DIType (this module's)
	StrMap building;        // type strings whose DIType is being built (recursion)
	PtrMap inlined;         // Obj* (a function inlined here) -> its DISubprogram in this module
} dw;

static LLVMMetadataRef difile(const char *name) {
	LLVMMetadataRef f = strmap_get(&dw.files, name);
	if (f)
		return f;
	const char *slash = strrchr(name, '/');
	const char *dir = dw.cwd, *base = name;
	if (slash) {
		base = slash + 1;
		dir = name[0] == '/' ? arena_strndup(perm, name, (size_t)(slash - name))
		                     : arena_printf(perm, "%s/%.*s", dw.cwd, (int)(slash - name), name);
	}
	f = LLVMDIBuilderCreateFile(dw.dib, base, strlen(base), dir, strlen(dir));
	strmap_put(&dw.files, name, f);
	return f;
}

static const char *dw_pos_file(Pos p) {
	p = pos_strip(p);
	return p.file < diag_files.len ? (const char *)diag_files.data[p.file] : NULL;
}

void amd64_dwarf_begin(const char *pkgpath) {
	if (!be.cfg.dwarf)
		return;
	char buf[4096];
	dw.cwd = getcwd(buf, sizeof buf) ? arena_printf(perm, "%s", buf) : ".";
	memset(&dw.files, 0, sizeof dw.files);
	memset(&dw.types, 0, sizeof dw.types);
	memset(&dw.building, 0, sizeof dw.building);
	ptrmap_free(&dw.inlined);
	dw.scope = NULL;
	dw.dib = LLVMCreateDIBuilder(be.mod);
	LLVMMetadataRef file = LLVMDIBuilderCreateFile(dw.dib, pkgpath, strlen(pkgpath), dw.cwd, strlen(dw.cwd));
	const char *producer = "goc " GOC_VERSION;
	dw.cu = LLVMDIBuilderCreateCompileUnit(dw.dib, LLVMDWARFSourceLanguageGo, file, producer, strlen(producer),
	                                       be.cfg.optlevel > 0, "", 0, 0, "", 0, LLVMDWARFEmissionFull, 0, false,
	                                       false, "", 0, "", 0);
	LLVMAddModuleFlag(be.mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
	                  LLVMValueAsMetadata(LLVMConstInt(be.t_i32, LLVMDebugMetadataVersion(), false)));
	LLVMAddModuleFlag(be.mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
	                  LLVMValueAsMetadata(LLVMConstInt(be.t_i32, 4, false)));
}

/* The subprogram of fn, at f's declaration; later locations are in it. */
void amd64_dwarf_func(LLVMValueRef fn, Func *f) {
	dw.scope = NULL;
	if (!be.cfg.dwarf)
		return;
	Pos p = f->decl ? f->decl->pos : (Pos){0};
	const char *name = dw_pos_file(p);
	LLVMMetadataRef file = name ? difile(name) : LLVMDIScopeGetFile(dw.cu);
	LLVMMetadataRef ty = LLVMDIBuilderCreateSubroutineType(dw.dib, file, NULL, 0, LLVMDIFlagZero);
	const char *sym = f->symbol;
	dw.scope = LLVMDIBuilderCreateFunction(dw.dib, file, sym, strlen(sym), sym, strlen(sym), file, p.line, ty, false,
	                                       true, p.line, LLVMDIFlagPrototyped, be.cfg.optlevel > 0);
	LLVMSetSubprogram(fn, dw.scope);
	dw.fnpos = p;
	LLVMSetCurrentDebugLocation2(be.b, LLVMDIBuilderCreateDebugLocation(be.ctx, p.line, p.col, dw.scope, NULL));
}

/* The subprogram of a function inlined into this module's code (ssa/inl.c):
 * a definition no LLVM function carries, which LLVM emits as the abstract
 * origin of its DW_TAG_inlined_subroutine entries (gdb's inlined frames,
 * the runtime's tracebacks: runtime/symtab.c). */
static LLVMMetadataRef inlined_subprogram(Obj *fn) {
	LLVMMetadataRef sp = ptrmap_get(&dw.inlined, fn);
	if (sp)
		return sp;
	Pos p = fn->decl ? pos_strip(fn->decl->pos) : fn->pos;
	const char *name = dw_pos_file(p);
	LLVMMetadataRef file = name ? difile(name) : LLVMDIScopeGetFile(dw.cu);
	LLVMMetadataRef ty = LLVMDIBuilderCreateSubroutineType(dw.dib, file, NULL, 0, LLVMDIFlagZero);
	const char *sym = fn->linkname ? fn->linkname : fn->name;
	sp = LLVMDIBuilderCreateFunction(dw.dib, file, sym, strlen(sym), sym, strlen(sym), file, p.line, ty, false, true,
	                                 p.line, LLVMDIFlagPrototyped, be.cfg.optlevel > 0);
	ptrmap_put(&dw.inlined, fn, sp);
	return sp;
}

/* The location of pos in scope sp: a lexical block file when pos is in
 * another file than sp's. */
static LLVMMetadataRef loc_in(LLVMMetadataRef sp, Pos pos, LLVMMetadataRef inlinedat) {
	const char *name = dw_pos_file(pos);
	LLVMMetadataRef scope = sp;
	if (name && LLVMDIScopeGetFile(sp) != difile(name))
		scope = LLVMDIBuilderCreateLexicalBlockFile(dw.dib, sp, difile(name), 0);
	return LLVMDIBuilderCreateDebugLocation(be.ctx, pos.line, pos.col, scope, inlinedat);
}

/* pos's location; a position in inlined code is in its callee's
 * subprogram, inlined at the call's location (itself maybe inlined). */
static LLVMMetadataRef diloc(Pos pos, int depth) {
	const InlBase *ib = pos_inlbase(pos);
	if (!ib || depth > 100)
		return loc_in(dw.scope, pos, NULL);
	LLVMMetadataRef at = diloc(ib->call, depth + 1);
	return loc_in(inlined_subprogram(ib->callee), pos, at);
}

/* Instructions built from now on come from pos.  A value without a
 * position (line 0) keeps the current line, so that a statement's
 * instructions stay one range and gdb's `next` stops once per line. */
void amd64_dwarf_loc(Pos pos) {
	if (!dw.scope || pos.line == 0)
		return;
	LLVMSetCurrentDebugLocation2(be.b, diloc(pos, 0));
}

/* ---- types: shaped as gc describes them, so gdb prints Go values ---- */

enum { ATE_BOOLEAN = 0x02, ATE_COMPLEX = 0x03, ATE_FLOAT = 0x04, ATE_SIGNED = 0x05, ATE_UNSIGNED = 0x08 };

static LLVMMetadataRef basic(const char *name, int64_t bytes, unsigned enc) {
	return LLVMDIBuilderCreateBasicType(dw.dib, name, strlen(name), (uint64_t)bytes * 8, enc, LLVMDIFlagZero);
}

static LLVMMetadataRef member(LLVMMetadataRef scope, const char *name, int64_t off, int64_t size, LLVMMetadataRef t) {
	return LLVMDIBuilderCreateMemberType(dw.dib, scope, name, strlen(name), NULL, 0, (uint64_t)size * 8, 64,
	                                     (uint64_t)off * 8, LLVMDIFlagZero, t);
}

static LLVMMetadataRef structof(const char *name, int64_t size, LLVMMetadataRef *m, int n) {
	return LLVMDIBuilderCreateStructType(dw.dib, dw.cu, name, strlen(name), NULL, 0, (uint64_t)size * 8, 64,
	                                     LLVMDIFlagZero, NULL, m, (unsigned)n, 0, NULL, name, strlen(name));
}

static LLVMMetadataRef pointerto(LLVMMetadataRef t, const char *name) {
	return LLVMDIBuilderCreatePointerType(dw.dib, t, 64, 64, 0, name, strlen(name));
}

/* gdb names a pointer by its target ("(hash<string,int> *)"); a typedef
 * makes it say "(map[string]int)" as it does for gc's binaries. */
static LLVMMetadataRef typedef_of(LLVMMetadataRef t, const char *name) {
	return LLVMDIBuilderCreateTypedef(dw.dib, t, name, strlen(name), NULL, 0, dw.cu, 0);
}

static LLVMMetadataRef ditype(Type *t);

static LLVMMetadataRef ditype_new(Type *t, const char *name) {
	int64_t size = types_size(t);
	Type *u = t->under ? t->under : t;
	switch (u->kind) {
	case TY_BOOL: return basic(name, 1, ATE_BOOLEAN);
	case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
		return basic(name, size, ATE_SIGNED);
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
		return basic(name, size, ATE_UNSIGNED);
	case TY_FLOAT32: case TY_FLOAT64: return basic(name, size, ATE_FLOAT);
	case TY_COMPLEX64: case TY_COMPLEX128: return basic(name, size, ATE_COMPLEX);
	case TY_STRING: {
		LLVMMetadataRef m[2] = {member(dw.cu, "str", 0, 8, pointerto(basic("uint8", 1, ATE_UNSIGNED), "*uint8")),
		                        member(dw.cu, "len", 8, 8, basic("int", 8, ATE_SIGNED))};
		return structof(name, 16, m, 2);
	}
	case TY_SLICE: {
		LLVMMetadataRef e = ditype(u->elem);
		LLVMMetadataRef m[3] = {member(dw.cu, "array", 0, 8, pointerto(e, "")),
		                        member(dw.cu, "len", 8, 8, basic("int", 8, ATE_SIGNED)),
		                        member(dw.cu, "cap", 16, 8, basic("int", 8, ATE_SIGNED))};
		return structof(name, 24, m, 3);
	}
	case TY_INTERFACE: {
		LLVMMetadataRef p = pointerto(basic("uint8", 1, ATE_UNSIGNED), "*uint8");
		LLVMMetadataRef m[2] = {member(dw.cu, u->methods.len ? "tab" : "_type", 0, 8, p),
		                        member(dw.cu, "data", 8, 8, p)};
		return structof(name, 16, m, 2);
	}
	case TY_POINTER:
		return pointerto(ditype(u->elem), name);
	case TY_STRUCT: {
		types_size(u);
		int n = u->fields.len;
		LLVMMetadataRef *m = malloc(sizeof(LLVMMetadataRef) * (size_t)(n + 1));
		for (int i = 0; i < n; i++) {
			Field *f = VEC_AT(u->fields, i);
			const char *fn = f->name ? f->name : "_";
			m[i] = member(dw.cu, fn, f->offset, types_size(f->type), ditype(f->type));
		}
		LLVMMetadataRef st = structof(name, size, m, n);
		free(m);
		return st;
	}
	case TY_ARRAY: {
		LLVMMetadataRef sub = LLVMDIBuilderGetOrCreateSubrange(dw.dib, 0, u->len < 0 ? 0 : u->len);
		return LLVMDIBuilderCreateArrayType(dw.dib, (uint64_t)size * 8, 64, ditype(u->elem), &sub, 1);
	}
	case TY_MAP: { // gc: map[K]V is a pointer to hash<K,V>, the runtime's hmap (runtime/map.c)
		const char *hn = arena_printf(perm, "hash<%s,%s>", type_string(perm, u->key, true), type_string(perm, u->elem, true));
		LLVMMetadataRef p = pointerto(basic("uint8", 1, ATE_UNSIGNED), "unsafe.Pointer");
		LLVMMetadataRef m[8] = {member(dw.cu, "count", 0, 8, basic("int", 8, ATE_SIGNED)),
		                        member(dw.cu, "flags", 8, 1, basic("uint8", 1, ATE_UNSIGNED)),
		                        member(dw.cu, "B", 9, 1, basic("uint8", 1, ATE_UNSIGNED)),
		                        member(dw.cu, "noverflow", 10, 2, basic("uint16", 2, ATE_UNSIGNED)),
		                        member(dw.cu, "hash0", 12, 4, basic("uint32", 4, ATE_UNSIGNED)),
		                        member(dw.cu, "buckets", 16, 8, p),
		                        member(dw.cu, "oldbuckets", 24, 8, p),
		                        member(dw.cu, "nevacuate", 32, 8, basic("uintptr", 8, ATE_UNSIGNED))};
		return typedef_of(pointerto(structof(hn, 64, m, 8), ""), name);
	}
	case TY_CHAN: { // gc: chan T is a pointer to hchan<T> (runtime/abi.h GoHchan)
		const char *hn = arena_printf(perm, "hchan<%s>", type_string(perm, u->elem, true));
		LLVMMetadataRef m[7] = {member(dw.cu, "qcount", 0, 8, basic("uint", 8, ATE_UNSIGNED)),
		                        member(dw.cu, "dataqsiz", 8, 8, basic("uint", 8, ATE_UNSIGNED)),
		                        member(dw.cu, "buf", 16, 8, pointerto(ditype(u->elem), "")),
		                        member(dw.cu, "elemsize", 24, 2, basic("uint16", 2, ATE_UNSIGNED)),
		                        member(dw.cu, "closed", 28, 4, basic("uint32", 4, ATE_UNSIGNED)),
		                        member(dw.cu, "sendx", 40, 8, basic("uint", 8, ATE_UNSIGNED)),
		                        member(dw.cu, "recvx", 48, 8, basic("uint", 8, ATE_UNSIGNED))};
		return typedef_of(pointerto(structof(hn, 96, m, 7), ""), name);
	}
	default: // funcs, unsafe.Pointer: a pointer gdb prints as an address
		return pointerto(basic("uint8", 1, ATE_UNSIGNED), name);
	}
}

static LLVMMetadataRef ditype(Type *t) {
	const char *name = type_string(perm, t, true);
	LLVMMetadataRef d = strmap_get(&dw.types, name);
	if (d)
		return d;
	/* A recursive type (type node struct{ next *node }): the inner
	 * reference gets a temporary node, replaced by the finished type. */
	LLVMMetadataRef *fwd = strmap_get(&dw.building, name);
	if (fwd) {
		if (!*fwd)
			*fwd = LLVMDIBuilderCreateReplaceableCompositeType(dw.dib, 0x13 /* DW_TAG_structure_type */, name,
			                                                    strlen(name), dw.cu, NULL, 0, 0, 0, 0,
			                                                    LLVMDIFlagFwdDecl, NULL, 0);
		return *fwd;
	}
	LLVMMetadataRef pending = NULL;
	strmap_put(&dw.building, name, &pending);
	d = ditype_new(t, name);
	if (pending)
		LLVMMetadataReplaceAllUsesWith(pending, d);
	strmap_put(&dw.types, name, d);
	strmap_put(&dw.building, name, NULL);
	return d;
}

/* ---- variables ---- */

/* Describe f's named variables: an SSA value that holds one gets a
 * dbg.value record after it (before the first body instruction for a
 * parameter), a variable kept in memory a declare record on its slot. */
void amd64_dwarf_vars(Func *f, LLVMValueRef fn, LLVMBasicBlockRef entry, LLVMBasicBlockRef body) {
	if (!dw.scope)
		return;
	LLVMMetadataRef expr = LLVMDIBuilderCreateExpression(dw.dib, NULL, 0);
	for (int i = 0; i < f->names.len; i++) {
		NamedValue *nv = VEC_AT(f->names, i);
		Obj *o = nv->var;
		if (!o || !o->name || !o->type || o->name[0] == '~' || o->name[0] == '.')
			continue;
		if (pos_inlbase(o->pos))
			continue;  // a variable of inlined code: not described (TEMPORARY: gc gives them the inlined scope)
		LLVMMetadataRef file = dw_pos_file(o->pos) ? difile(dw_pos_file(o->pos)) : LLVMDIScopeGetFile(dw.scope);
		LLVMMetadataRef var;
		if (o->vclass == VC_PARAM) { // gdb's `info args`; numbered in declaration order, receiver first
			unsigned argno = 1;
			for (int j = 0; j < f->names.len; j++) {
				Obj *p = ((NamedValue *)VEC_AT(f->names, j))->var;
				if (p && p != o && p->vclass == VC_PARAM && p->kind == OBJ_VAR &&
				    (p->pos.line < o->pos.line || (p->pos.line == o->pos.line && p->pos.col < o->pos.col)))
					argno++;
			}
			var = LLVMDIBuilderCreateParameterVariable(dw.dib, dw.scope, o->name, strlen(o->name), argno, file,
			                                           o->pos.line, ditype(o->type), true, LLVMDIFlagZero);
		} else {
			var = LLVMDIBuilderCreateAutoVariable(dw.dib, dw.scope, o->name, strlen(o->name), file, o->pos.line,
			                                      ditype(o->type), true, LLVMDIFlagZero, 0);
		}
		LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(be.ctx, o->pos.line, o->pos.col, dw.scope, NULL);
		if (LLVMABISizeOfType(be.td, amd64_mem_type(o->type)) != (unsigned long long)types_size(o->type))
			continue;  // a representation that does not match the Go layout: say nothing rather than garbage
		for (int k = 0; k < nv->values.len; k++) {
			Value *v = VEC_AT(nv->values, k);
			LLVMValueRef x = v ? v->backend : NULL;
			if (!x || LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMVoidTypeKind)
				continue;
			if (LLVMIsAInstruction(x) && !LLVMIsAPHINode(x)) {
				LLVMValueRef next = LLVMGetNextInstruction(x);
				if (next)
					LLVMDIBuilderInsertDbgValueRecordBefore(dw.dib, x, var, expr, loc, next);
			} else if (LLVMIsAArgument(x) && body && entry && nv->values.len == 1) {
				/* A parameter never assigned: give it a stack slot, as clang
				 * does at -O0 (a dbg.value on an aggregate argument would
				 * describe only its first register). */
				LLVMBuilderRef b = LLVMCreateBuilderInContext(be.ctx);
				LLVMPositionBuilderAtEnd(b, entry);
				LLVMValueRef slot = LLVMBuildAlloca(b, LLVMTypeOf(x), o->name);
				LLVMBuildStore(b, x, slot);
				LLVMDisposeBuilder(b);
				LLVMDIBuilderInsertDeclareRecordAtEnd(dw.dib, slot, var, expr, loc, entry);  // before the br (built later)
			}
		}
	}
	(void)fn;
}

/* The end of a function: builders must not carry its location on. */
void amd64_dwarf_endfunc(void) {
	if (!dw.scope)
		return;
	LLVMSetCurrentDebugLocation2(be.b, NULL);
	dw.scope = NULL;
}

void amd64_dwarf_finish(void) {
	if (!dw.dib)
		return;
	LLVMDIBuilderFinalize(dw.dib);
	LLVMDisposeDIBuilder(dw.dib);
	dw.dib = NULL;
}
