/* pkg.h — which packages make up a program, and which files make up a
 * package: goc's share of the go command (cmd/go/internal/load and modload,
 * go/build's file selection and go/build/constraint).
 *
 * goc build/run take a list of .go files (package main), a directory, or
 * nothing (= "."). The loader finds the module by walking up from the
 * package directory to go.mod and reads its `module` line; an import path
 * <module>/sub/pkg lives in <root>/sub/pkg. One function, locate() in
 * load.c, decides where an import path lives: "unsafe" (the checker's),
 * the standard library (no dot in the first path element; not resolved
 * yet, so the checker reports "could not import"), the main module, or
 * nowhere (go's "no required module provides package" error).
 *
 * A package is the directory's .go files, sorted by name, minus _test.go
 * files, files whose names start with '_' or '.', and files excluded by
 * build constraints for linux/amd64 with the gc tool chain (buildtags.c).
 * Packages are loaded depth-first from the main package; the result lists
 * them in dependency order (every package after the ones it imports),
 * which is the order goc type-checks and compiles them in. Loading errors
 * are printed as go build prints them (positions relative to the current
 * directory, import stacks for cycles and excluded packages) and end the
 * build with exit status 1.
 */
#ifndef GOC_PKG_H
#define GOC_PKG_H

#include "../frontend/frontend.h"

/* ---------------- buildtags.c ---------------- */

/* Is the build tag on for linux/amd64, gc, go1.19? (go/build matchTag:
 * linux, amd64, unix, gc, go1.1 … go1.19, the default GOEXPERIMENT tags;
 * cgo is off; goc itself is not a tag.) */
bool pkg_tag_on(const char *tag);
/* Evaluate a //go:build expression (the text after "//go:build"): 1 true,
 * 0 false, -1 a syntax error (*err says which, go/build/constraint's words). */
int pkg_eval_build_expr(const char *expr, const char **err);
/* Do the file name's _GOOS, _GOARCH or _GOOS_GOARCH suffixes (before .go,
 * after an optional _test) allow linux/amd64? (go/build goodOSArchFile) */
bool pkg_match_file_name(const char *name);
/* Do the build constraints in the file's header allow it? A //go:build
 * line decides if there is one, else all // +build lines must hold
 * (go/build shouldBuild). Returns -1 with *err set for a malformed
 * //go:build line. */
int pkg_match_file_header(const char *src, size_t len, const char **err);

/* ---------------- load.c ---------------- */

typedef struct Program {
	Vec pkgs;       // Package*, dependency order: imported packages before their importers; main last
	Package *main;  // the package named on the command line
} Program;

/* Load the package in directory dir and everything it imports. Returns
 * NULL after printing go build's errors. */
Program *pkg_load_dir(const char *dir);
/* Load the package made of these .go files (go's command-line-arguments)
 * and everything it imports; module imports resolve from the module that
 * holds the first file. */
Program *pkg_load_files(Vec *files);
/* ---------------- cache.c ---------------- */

/* The build-cache key of p's object (SHA-256 hex of goc, the options, p's
 * files and its imports' keys, which must be computed first), or NULL when
 * the cache is off or something could not be read. */
const char *pkg_cache_key(Package *p, const char *options);
/* The cached object for key, or NULL. */
const char *pkg_cache_lookup(const char *key);
/* Keep a copy of the object at objpath under key (errors are ignored). */
void pkg_cache_store(const char *key, const char *objpath);

/* The name a file or directory is shown by in messages: relative to the
 * current directory when that is shorter (cmd/go's base.ShortPath). */
const char *pkg_short_path(const char *path);

#endif
