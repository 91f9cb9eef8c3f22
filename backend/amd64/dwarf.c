/* dwarf.c — debugging information through LLVM's DIBuilder: a compile unit
 * per package, a subprogram per function named as Go names it
 * ("main.main", "main.(*T).String", "main.main.func1"), and a line-table
 * location for every instruction, from the SSA values' positions.  gdb
 * then breaks on Go names and file:line, steps by source line and shows
 * Go names with file:line in backtraces.
 *
 * TEMPORARY: no variables or types yet (info locals, print), and no
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
	return p.file < diag_files.len ? (const char *)diag_files.data[p.file] : NULL;
}

void amd64_dwarf_begin(const char *pkgpath) {
	if (!be.cfg.dwarf)
		return;
	char buf[4096];
	dw.cwd = getcwd(buf, sizeof buf) ? arena_printf(perm, "%s", buf) : ".";
	memset(&dw.files, 0, sizeof dw.files);
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

/* Instructions built from now on come from pos.  A value without a
 * position (line 0) keeps the current line, so that a statement's
 * instructions stay one range and gdb's `next` stops once per line. */
void amd64_dwarf_loc(Pos pos) {
	if (!dw.scope || pos.line == 0)
		return;
	const char *name = dw_pos_file(pos);
	LLVMMetadataRef scope = dw.scope;
	if (name && pos.line && LLVMDIScopeGetFile(dw.scope) != difile(name))
		scope = LLVMDIBuilderCreateLexicalBlockFile(dw.dib, dw.scope, difile(name), 0);
	LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(be.ctx, pos.line, pos.col, scope, NULL);
	LLVMSetCurrentDebugLocation2(be.b, loc);
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
