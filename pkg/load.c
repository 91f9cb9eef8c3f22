/* load.c — the package loader (cmd/go/internal/load and modload, in the
 * small): from the package named on the command line, find every package
 * of the program, parse their files, and order them so that each comes
 * after the packages it imports.
 *
 * Module: the nearest go.mod above the package directory (file mode: the
 * current directory, as go does); its `module` line gives the module path.
 * Where an import path lives is decided by locate() alone, once
 * resolve_vendor() has turned a standard package's import of
 * golang.org/x/... into GOROOT's vendor/golang.org/x/... (go's vendoring).
 *
 * Packages get:
 *   importpath  "example.com/m/sub"; the main package's is its directory's
 *               ("example.com/m"), or "command-line-arguments" in file mode;
 *   path        the symbol prefix: the import path, "main" for package main
 *               (gc's -p flag as go build sets it);
 *   imports     the imported packages in gc's order (types2 imports them in
 *               the order of their first import declaration, files in name
 *               order; that is the order of the inittask's dependencies).
 * Files of packages found in directories are named by their absolute paths
 * (as go build names them to gc); their messages are shown as go build shows
 * them, with the package directory relative to the current directory when
 * that is shorter ("./x.go" for the current directory's package).
 *
 * Errors (go build 1.19's words, checked against it):
 *   FILE:L:C: no required module provides package P; to add it:\n\tgo get P
 *   FILE:L:C: found packages a (a.go) and b (b.go) in DIR
 *   FILE:L:C: import "P" is a program, not an importable package
 *   FILE:L:C: local import "./x" in non-local package
 *   package M\n\timports A\n\timports M: import cycle not allowed
 *   package M\n\timports P: build constraints exclude all Go files in DIR
 *   go build P: no non-test Go files in DIR
 * where FILE:L:C is the import declaration (the file relative to the
 * current directory, without "./"). Every error is reported; then goc
 * exits with status 1 before type-checking.
 */
#include "pkg.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------- paths ---------------- */

static const char *cwd(void) {
	static char *c;
	if (!c) {
		char buf[PATH_MAX];
		c = getcwd(buf, sizeof buf) ? arena_strdup(perm, buf) : "/";
	}
	return c;
}

/* An absolute, clean path (no symlink resolution, like filepath.Abs). */
static const char *abs_path(const char *p) {
	const char *full = p[0] == '/' ? p : arena_printf(perm, "%s/%s", cwd(), p);
	/* clean: drop "." elements, "//", and resolve ".." lexically */
	size_t n = strlen(full);
	char *out = arena_alloc(perm, n + 2);
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && full[i] == '/')
			i++;
		size_t s = i;
		while (i < n && full[i] != '/')
			i++;
		size_t len = i - s;
		if (len == 0 || (len == 1 && full[s] == '.'))
			continue;
		if (len == 2 && full[s] == '.' && full[s + 1] == '.') {
			while (o > 0 && out[o - 1] != '/')
				o--;
			if (o > 0)
				o--;
			continue;
		}
		out[o++] = '/';
		memcpy(out + o, full + s, len);
		o += len;
	}
	if (o == 0)
		out[o++] = '/';
	out[o] = 0;
	return out;
}

/* filepath.Rel(base, target) for clean absolute paths */
static const char *rel_path(const char *base, const char *target) {
	if (strcmp(base, target) == 0)
		return ".";
	/* common prefix of whole elements */
	size_t i = 0, last = 0;
	size_t bn = strlen(base), tn = strlen(target);
	if (bn == 1)
		bn = 0; /* base "/" */
	while (i < bn && i < tn && base[i] == target[i]) {
		i++;
		if (base[i - 1] == '/')
			last = i - 1;
	}
	if (i == bn && (i == tn || target[i] == '/'))
		last = i;
	else if (i == tn && base[i] == '/')
		last = i;
	StrBuf b = {0};
	/* one ".." per element of base after the common prefix */
	for (size_t k = last; k < bn; k++)
		if (base[k] == '/') {
			if (b.len)
				sb_putc(&b, '/');
			sb_puts(&b, "..");
		}
	if (last < tn) {
		if (b.len)
			sb_putc(&b, '/');
		sb_puts(&b, target + last + 1);
	}
	char *r = arena_strdup(perm, b.len ? sb_cstr(&b) : ".");
	sb_free(&b);
	return r;
}

const char *pkg_short_path(const char *path) {
	const char *a = abs_path(path);
	const char *r = rel_path(cwd(), a);
	return strlen(r) < strlen(a) ? r : a;
}

static bool is_dir(const char *p) {
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *p) {
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static const char *dir_of(const char *file) {
	const char *a = abs_path(file);
	const char *slash = strrchr(a, '/');
	return slash == a ? "/" : arena_strndup(perm, a, (size_t)(slash - a));
}

/* ---------------- the module ---------------- */

static struct {
	const char *root; /* directory holding go.mod, NULL if none */
	const char *path; /* its module path */
} mod;

/* The module path of a go.mod: the `module` directive, maybe quoted. */
static const char *module_line(const char *src) {
	for (const char *p = src; *p;) {
		const char *eol = strchr(p, '\n');
		size_t n = eol ? (size_t)(eol - p) : strlen(p);
		const char *l = p;
		p = eol ? eol + 1 : p + n;
		while (n && (*l == ' ' || *l == '\t'))
			l++, n--;
		if (n < 7 || memcmp(l, "module", 6) != 0 || (l[6] != ' ' && l[6] != '\t' && l[6] != '"'))
			continue;
		l += 6, n -= 6;
		while (n && (*l == ' ' || *l == '\t'))
			l++, n--;
		size_t k = 0;
		if (n && (*l == '"' || *l == '`')) {
			char q = *l++;
			n--;
			while (k < n && l[k] != q)
				k++;
		} else {
			while (k < n && l[k] != ' ' && l[k] != '\t' && l[k] != '\r' && !(l[k] == '/' && k + 1 < n && l[k + 1] == '/'))
				k++;
		}
		if (k)
			return arena_strndup(perm, l, k);
	}
	return NULL;
}

static void find_module(const char *from) {
	char *d = arena_strdup(perm, abs_path(from));
	for (;;) {
		const char *gm = arena_printf(perm, "%s/go.mod", strcmp(d, "/") ? d : "");
		if (is_file(gm)) {
			char *src = read_file(gm, NULL);
			const char *mp = src ? module_line(src) : NULL;
			free(src);
			if (mp) {
				mod.root = d;
				mod.path = mp;
			}
			return;
		}
		char *slash = strrchr(d, '/');
		if (!slash || slash == d)
			return;
		*slash = 0;
	}
}

/* ---------------- where an import path lives ---------------- */

typedef enum Where {
	IN_UNSAFE,   // the checker's own package
	IN_STD,      // standard library: not resolved yet (the checker says "could not import")
	IN_OVERLAY,  // a standard package goc provides itself (overlay/PATH): runtime
	IN_GOROOT,   // a standard package goc compiles from GOROOT/src/PATH as it is
	IN_NOGOROOT, // looks like the standard library's but is not in GOROOT/src
	IN_MODULE,   // a directory of the main module
	IN_NOWHERE,  // go's "no required module provides package"
	IN_LOCAL,    // "./x": not in module mode
} Where;

/* GOROOT as go build reports it (its own; the sources are the same as
 * /usr/share/go-1.19/src) */
#ifndef GOC_GOROOT
#define GOC_GOROOT "/usr/lib/go-1.19"
#endif
static const char *goroot(void) {
	const char *g = getenv("GOROOT");
	return g && *g ? g : GOC_GOROOT;
}

/* goc's overlay directory: the Go side of packages goc provides instead of
 * GOROOT's (overlay/README.md).  Installed as <prefix>/lib/goc/overlay next
 * to bin/goc; a build tree uses the source tree's. */
static const char *overlay_root(void) {
	static const char *root;
	if (root)
		return *root ? root : NULL;
	root = "";
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = 0;
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = 0;
			const char *d = arena_printf(perm, "%s/../lib/goc/overlay", exe);
			if (is_dir(d))
				return root = d;
		}
	}
#ifdef GOC_SOURCE_DIR
	if (is_dir(GOC_SOURCE_DIR "/overlay"))
		return root = GOC_SOURCE_DIR "/overlay";
#endif
	return NULL;
}

/* The standard packages goc compiles from GOROOT's source unchanged so far
 * (the README's table; each has a smoke test in testdata/run/std_*.go).
 * Others still get the checker's "could not import": most depend on
 * internal/reflectlite, internal/cpu or assembly, which need goc versions
 * in overlay/ first.  GOC_STD=all tries every standard package (for
 * working on them). */
static const char *const std_compiled[] = {
	"container/list", "container/ring", "image/color", "internal/cpu", "internal/goarch", "internal/goos",
	"internal/itoa", "math", "math/bits", "math/cmplx", "unicode", "unicode/utf16", "unicode/utf8",
	"internal/bytealg", "internal/race", "sync", "sync/atomic", "strconv", "strings", "bytes", "sort", "io",
	"container/heap", "math/rand", "errors", "internal/reflectlite",
	"internal/oserror", "internal/unsafeheader", "internal/goexperiment", "syscall", "internal/syscall/unix",
	"internal/testlog", "internal/safefilepath", "internal/syscall/execenv", "path", "io/fs", "internal/poll", "os",
	"time", "reflect", "internal/abi", "internal/fmtsort", "fmt", "bufio", "flag", "text/tabwriter",
	"regexp", "regexp/syntax", "encoding/json", "encoding/binary", "encoding/hex", "encoding/base64",
	"encoding", "text/template", "text/template/parse", "hash", "hash/fnv", "path/filepath", "io/ioutil",
	"html", "net/url", "encoding/csv", "os/exec", "internal/godebug", "context",
	/* issue 8: their assembly is runtime/stdasm2_amd64.{c,S}; tools/stdsmoke.sh tests them */
	"math/big", "hash/crc32", "hash/crc64", "hash/adler32", "hash/maphash", "compress/flate", "compress/gzip",
	"compress/zlib", "compress/lzw", "compress/bzip2", "archive/tar", "archive/zip", "os/user", "crypto",
	"crypto/md5", "crypto/sha1", "crypto/sha256", "crypto/sha512", "crypto/hmac", "crypto/subtle", "crypto/cipher",
	"crypto/des", "crypto/rc4", "crypto/rand", "crypto/rsa", "crypto/ed25519", "crypto/internal/boring",
	"crypto/internal/boring/bbig", "crypto/internal/boring/sig", "crypto/internal/edwards25519",
	"crypto/internal/edwards25519/field", "crypto/internal/randutil", "crypto/internal/subtle",
	"encoding/ascii85", "encoding/asn1", "encoding/base32", "encoding/gob", "encoding/pem", "encoding/xml",
	"mime", "mime/quotedprintable", "text/scanner", "image", "image/draw", "image/internal/imageutil",
	"image/color/palette", "image/png", "image/jpeg", "index/suffixarray", "log", "time/tzdata", "net/netip",
	"internal/intern", "debug/elf", "debug/dwarf", "go/build/constraint", "html/template", "runtime/debug",
	/* the network: goc's poller is runtime/netpoll_epoll.c */
	"net", "internal/nettrace", "internal/singleflight", "vendor/golang.org/x/net/dns/dnsmessage",
};

static bool std_compiles(const char *path) {
	const char *all = getenv("GOC_STD");
	if (all && !strcmp(all, "all"))
		return true;
	for (size_t i = 0; i < sizeof std_compiled / sizeof std_compiled[0]; i++)
		if (!strcmp(std_compiled[i], path))
			return true;
	return false;
}

static bool is_std_path(const char *path) {
	size_t n = strcspn(path, "/");
	return memchr(path, '.', n) == NULL;
}

/* The one place that decides where an import path lives. The standard
 * library's packages will be GOROOT/src/PATH (*dir is set already). */
static Where locate(const char *path, const char **dir) {
	*dir = NULL;
	if (strcmp(path, "unsafe") == 0)
		return IN_UNSAFE;
	if (strcmp(path, "C") == 0) /* cgo: not supported; the checker says so */
		return IN_STD;
	if (path[0] == '.' && (path[1] == 0 || path[1] == '/' || (path[1] == '.' && (path[2] == 0 || path[2] == '/'))))
		return IN_LOCAL;
	if (mod.path) {
		size_t n = strlen(mod.path);
		if (strncmp(path, mod.path, n) == 0 && (path[n] == 0 || path[n] == '/')) {
			*dir = path[n] ? arena_printf(perm, "%s%s", mod.root, path + n) : mod.root;
			return IN_MODULE;
		}
	}
	if (is_std_path(path)) {
		const char *ov = overlay_root();
		if (ov && is_dir(arena_printf(perm, "%s/%s", ov, path))) {
			*dir = arena_printf(perm, "%s/%s", ov, path);
			return IN_OVERLAY;
		}
		*dir = arena_printf(perm, "%s/src/%s", goroot(), path);
		if (!is_dir(*dir))
			return IN_NOGOROOT;
		return std_compiles(path) ? IN_GOROOT : IN_STD;
	}
	return IN_NOWHERE;
}

/* ---------------- errors ---------------- */

static Vec abs_files; /* const char*: absolute name of diag file i (NULL: not loaded here) */
static Vec errors;    /* LoadError*, printed sorted by package path when loading ends */

typedef struct LoadError {
	const char *key; /* import path of the package the error is about */
	const char *msg;
	int seq;
} LoadError;

static void load_errorf(const char *key, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void load_errorf(const char *key, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	StrBuf b = {0};
	sb_vprintf(&b, fmt, ap);
	va_end(ap);
	LoadError *e = NEW(perm, LoadError);
	e->key = key ? key : "";
	e->msg = arena_strdup(perm, sb_cstr(&b));
	e->seq = errors.len;
	sb_free(&b);
	vec_push(&errors, e);
}

static int cmp_error(const void *a, const void *b) {
	const LoadError *x = *(LoadError *const *)a, *y = *(LoadError *const *)b;
	int c = strcmp(x->key, y->key);
	return c ? c : (x->seq > y->seq) - (x->seq < y->seq);
}

/* go build prints its loading errors ordered by the path of the package
 * each is about (the order of its package list) */
static bool flush_errors(void) {
	if (errors.len > 1)
		qsort(errors.data, (size_t)errors.len, sizeof(void *), cmp_error);
	for (int i = 0; i < errors.len; i++)
		fprintf(stderr, "%s\n", ((LoadError *)errors.data[i])->msg);
	fflush(stderr);
	bool any = errors.len > 0;
	errors.len = 0;
	return any;
}

/* "a/a.go:3:8" for an import declaration */
static const char *import_pos(Pos p) {
	const char *f = p.file < abs_files.len && abs_files.data[p.file] ? abs_files.data[p.file] : pos_file(p);
	return arena_printf(perm, "%s:%u:%u", pkg_short_path(f), (unsigned)p.line, (unsigned)p.col);
}

/* ---------------- loading ---------------- */

typedef struct Loading {
	Package *pkg;
	int state;       /* 1 loading (on the stack), 2 done */
	bool failed;     /* an error was reported for this package */
} Loading;

static StrMap loaded; /* importpath → Loading* */
static Vec stack;     /* importpaths being loaded, outermost first */
static Program *prog;

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* "package M\n\timports A\n\timports B" for the import stack plus path */
static char *import_stack(const char *path) {
	StrBuf b = {0};
	for (int i = 0; i < stack.len; i++)
		sb_printf(&b, i ? "\n\timports %s" : "package %s", (const char *)stack.data[i]);
	if (path)
		sb_printf(&b, stack.len ? "\n\timports %s" : "package %s", path);
	char *s = arena_strdup(perm, sb_cstr(&b));
	sb_free(&b);
	return s;
}

typedef struct DirFiles {
	Vec go;       /* const char* names of the files to compile, sorted */
	int ngo;      /* .go files seen (not _ or . prefixed) */
	int ntest;    /* _test.go files among them */
	int nexcl;    /* excluded by build constraints */
	const char *bad_constraint; /* "x.go: parsing //go:build line: ..." */
	bool hasasm;  /* it has .s files for linux/amd64 (go build then omits -complete) */
} DirFiles;

/* go/build's selection of a directory's files */
static bool read_dir(const char *dir, DirFiles *df) {
	memset(df, 0, sizeof *df);
	DIR *d = opendir(dir);
	if (!d)
		return false;
	Vec names = {0};
	for (struct dirent *e; (e = readdir(d));) {
		size_t n = strlen(e->d_name);
		if (n > 2 && strcmp(e->d_name + n - 2, ".s") == 0 && e->d_name[0] != '_' && e->d_name[0] != '.') {
			char *asgo = arena_printf(perm, "%.*s.go", (int)(n - 2), e->d_name); /* name rules as for .go */
			if (pkg_match_file_name(asgo))
				df->hasasm = true;
			continue;
		}
		if (n < 4 || strcmp(e->d_name + n - 3, ".go") != 0)
			continue;
		const char *full = arena_printf(perm, "%s/%s", dir, e->d_name);
		if (!is_file(full))
			continue;
		vec_push(&names, arena_strdup(perm, e->d_name));
	}
	closedir(d);
	if (names.len > 1)
		qsort(names.data, (size_t)names.len, sizeof(void *), cmp_str);
	for (int i = 0; i < names.len; i++) {
		const char *name = names.data[i];
		if (name[0] == '_' || name[0] == '.')
			continue;
		df->ngo++;
		size_t n = strlen(name);
		if (n >= 8 && strcmp(name + n - 8, "_test.go") == 0) {
			df->ntest++;
			continue;
		}
		if (!pkg_match_file_name(name)) {
			df->nexcl++;
			continue;
		}
		size_t len;
		char *src = read_file(arena_printf(perm, "%s/%s", dir, name), &len);
		const char *err = NULL;
		int ok = src ? pkg_match_file_header(src, len, &err) : 1;
		free(src);
		if (ok < 0) {
			if (!df->bad_constraint)
				df->bad_constraint = arena_printf(perm, "%s: parsing //go:build line: %s", name, err);
			df->nexcl++;
			continue;
		}
		if (!ok) {
			df->nexcl++;
			continue;
		}
		vec_push(&df->go, (void *)name);
	}
	free(names.data);
	return true;
}

/* Parse one file, shown as `shown`; its N_FILE (never NULL). */
static Node *parse_one(const char *abs, const char *shown) {
	size_t len;
	char *src = read_file(abs, &len);
	if (!src) {
		fprintf(stderr, "open %s: %s\n", shown, strerror(errno));
		exit(1);
	}
	Node *f = parse_file(shown, src, len);
	while (abs_files.len <= f->pos.file)
		vec_push(&abs_files, NULL);
	abs_files.data[f->pos.file] = (void *)abs;
	return f;
}


static Package *load_import(const char *path, Pos at);

/* What import "path" means in package importer: standard packages see
 * GOROOT/src/vendor's copies of golang.org/x/... as vendor/PATH (go's
 * vendoring inside GOROOT: net imports golang.org/x/net/dns/dnsmessage,
 * which is the package vendor/golang.org/x/net/dns/dnsmessage).  Other
 * paths, and imports from the main module, are themselves. */
static const char *resolve_vendor(const char *importer, const char *path) {
	if (!importer || is_std_path(path) || !is_std_path(importer) || strcmp(importer, "command-line-arguments") == 0)
		return path;
	if (mod.path) {
		size_t n = strlen(mod.path);
		if (strncmp(importer, mod.path, n) == 0 && (importer[n] == 0 || importer[n] == '/'))
			return path;
	}
	const char *dir = arena_printf(perm, "%s/src/vendor/%s", goroot(), path);
	if (!is_dir(dir))
		return path;
	const char *v = arena_printf(perm, "vendor/%s", path);
	return intern(v, strlen(v));
}

/* The import path an import declaration names, NULL if it is malformed
 * (the checker reports it). */
static const char *decl_path(Node *imp) {
	if (!imp || imp->kind != N_IMPORT || !imp->lit || (imp->lit[0] != '"' && imp->lit[0] != '`'))
		return NULL;
	size_t n = strlen(imp->lit);
	if (n < 2)
		return NULL;
	const char *path = arena_strndup(perm, imp->lit + 1, n - 2);
	if (imp->lit[0] == '"' && strchr(path, '\\'))
		return NULL; /* escapes: left to the checker's "invalid import path" */
	return intern(path, strlen(path));
}

typedef struct ImportRef {
	const char *path;
	Pos pos; /* its first import declaration */
} ImportRef;

static int cmp_ref(const void *a, const void *b) {
	return strcmp((*(ImportRef *const *)a)->path, (*(ImportRef *const *)b)->path);
}

/* Load what p imports, depth-first. go visits a package's imports sorted
 * by path, each at its first declaration, which fixes the order of its
 * error messages; p->imports gets gc's order (first declaration first). */
static void load_imports(Package *p) {
	Vec refs = {0};
	StrMap seen = {0};
	for (int fi = 0; fi < p->files.len; fi++) {
		Node *file = p->files.data[fi];
		for (int i = 0; i < file->list.len; i++) {
			const char *path = decl_path(file->list.data[i]);
			if (!path || strmap_get(&seen, path))
				continue;
			ImportRef *r = NEW(perm, ImportRef);
			r->path = path;
			r->pos = ((Node *)file->list.data[i])->pos;
			strmap_put(&seen, path, r);
			vec_push(&refs, r);
		}
	}
	Vec sorted = {0};
	for (int i = 0; i < refs.len; i++)
		vec_push(&sorted, refs.data[i]);
	if (sorted.len > 1)
		qsort(sorted.data, (size_t)sorted.len, sizeof(void *), cmp_ref);
	for (int i = 0; i < sorted.len; i++) {
		ImportRef *r = sorted.data[i];
		load_import(r->path, r->pos);
	}
	for (int i = 0; i < refs.len; i++) {
		ImportRef *r = refs.data[i];
		Loading *l = strmap_get(&loaded, resolve_vendor(p->importpath, r->path));
		if (l && l->state == 2 && l->pkg && !l->failed)
			vec_push(&p->imports, l->pkg);
	}
	free(refs.data);
	free(sorted.data);
	free(seen.e);
}

/* go build omits -complete for these standard packages too: their bodyless
 * functions are supplied by package runtime (cmd/go's gc.go). */
static bool runtime_provided(const char *importpath, const char *dir) {
	static const char *const list[] = {"bytes", "internal/poll", "net", "os", "runtime/metrics", "runtime/pprof",
	                                   "runtime/trace", "sync", "syscall", "time"};
	const char *root = goroot();
	size_t n = strlen(root);
	if (!is_std_path(importpath) || strncmp(dir, root, n) != 0 || dir[n] != '/')
		return false;
	for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
		if (!strcmp(list[i], importpath))
			return true;
	return false;
}

/* Read and parse the files of the package in dir; NULL (after an error
 * message) if there are none to compile. at: the importing declaration
 * (line 0 for the package named on the command line). */
static Package *read_package(const char *importpath, const char *dir, Pos at) {
	DirFiles df;
	bool exists = read_dir(dir, &df);
	if (!exists || df.ngo == 0) {
		if (at.line)
			load_errorf(importpath, "%s: no required module provides package %s; to add it:\n\tgo get %s", import_pos(at),
			            importpath, importpath);
		else if (!exists)
			load_errorf(importpath, "stat %s: directory not found", dir);
		else
			load_errorf(importpath, "no Go files in %s", dir);
		return NULL;
	}
	if (df.go.len == 0) {
		/* go/build's NoGoError; with test files it is the build step's error */
		if (df.bad_constraint) {
			load_errorf(importpath, "%s/%s", pkg_short_path(dir), df.bad_constraint);
			return NULL;
		}
		const char *why = arena_printf(perm, "%s in %s",
		                               df.nexcl ? "build constraints exclude all Go files" : "no non-test Go files", dir);
		if (df.ntest)
			load_errorf(importpath, "go build %s: %s", importpath, why);
		else if (at.line)
			load_errorf(importpath, "%s: %s", import_stack(importpath), why);
		else
			load_errorf(importpath, "package %s: %s", importpath, why);
		return NULL;
	}
	Package *p = NEW(perm, Package);
	p->importpath = importpath;
	p->dir = dir;
	p->has_asm = df.hasasm || runtime_provided(importpath, dir);
	int nsyntax = diag_nsyntax;
	for (int i = 0; i < df.go.len; i++) {
		/* named absolutely, as go build names them to gc; goc.c shortens
		 * them when it prints the package's errors */
		const char *abs = arena_printf(perm, "%s/%s", dir, (const char *)df.go.data[i]);
		vec_push(&p->files, parse_one(abs, abs));
	}
	/* gc reports them when it compiles the package, after loading */
	p->nsyntax = diag_nsyntax - nsyntax;
	p->parse_errors = diag_stash();
	/* one package name per directory */
	const char *first = NULL, *first_file = NULL;
	for (int i = 0; i < p->files.len; i++) {
		Node *f = p->files.data[i];
		if (!f->name)
			continue;
		if (!first) {
			first = f->name;
			first_file = df.go.data[i];
		} else if (strcmp(first, f->name) != 0) {
			const char *msg = arena_printf(perm, "found packages %s (%s) and %s (%s) in %s", first, first_file, f->name,
			                               (const char *)df.go.data[i], dir);
			if (at.line)
				load_errorf(importpath, "%s: %s", import_pos(at), msg);
			else
				load_errorf(importpath, "%s", msg);
			return NULL;
		}
	}
	if (!first) { /* no package clause parsed: the syntax errors say why */
		const char *slash = strrchr(importpath, '/');
		first = slash ? slash + 1 : importpath;
	}
	p->name = first;
	return p;
}

/* go's internal rule: a path with an element "internal" may be imported
 * only from the tree rooted at the parent of its last such element. */
static bool internal_allowed(const char *importer, const char *path) {
	const char *cut = NULL;
	for (const char *p = path; (p = strstr(p, "internal")); p++) {
		bool start = p == path || p[-1] == '/';
		bool end = p[8] == 0 || p[8] == '/';
		if (start && end)
			cut = p;
	}
	if (!cut || !importer || strcmp(importer, "command-line-arguments") == 0)
		return true;
	size_t n = cut > path ? (size_t)(cut - path - 1) : 0; /* the parent, without its '/' */
	if (n == 0)
		return true; /* "internal/x": the standard library's */
	return strncmp(importer, path, n) == 0 && (importer[n] == 0 || importer[n] == '/');
}

static Package *load_import(const char *path, Pos at) {
	path = resolve_vendor(stack.len ? stack.data[stack.len - 1] : NULL, path);
	const char *dir;
	Where where = locate(path, &dir);
	switch (where) {
	case IN_UNSAFE:
	case IN_STD:
		return NULL;
	case IN_LOCAL:
		load_errorf(path, "%s: local import \"%s\" in non-local package", import_pos(at), path);
		return NULL;
	case IN_NOGOROOT:
		load_errorf(path, "%s: package %s is not in GOROOT (%s)", import_pos(at), path, dir);
		return NULL;
	case IN_NOWHERE:
		if (mod.path)
			load_errorf(path, "%s: no required module provides package %s; to add it:\n\tgo get %s", import_pos(at), path, path);
		else
			load_errorf(path, "%s: no required module provides package %s: go.mod file not found in current directory or any "
			            "parent directory; see 'go help modules'",
			            import_pos(at), path);
		return NULL;
	case IN_MODULE:
	case IN_OVERLAY:
	case IN_GOROOT:
		break;
	}
	path = intern(path, strlen(path));
	const char *importer = stack.len ? stack.data[stack.len - 1] : NULL;
	if (!internal_allowed(importer, path)) {
		static StrMap reported; /* once per package, as go build */
		if (!strmap_get(&reported, path)) {
			strmap_put(&reported, path, (void *)path);
			load_errorf(path, "%s\n\t%s: use of internal package %s not allowed", import_stack(NULL), import_pos(at),
			            path);
		}
		return NULL;
	}
	Loading *l = strmap_get(&loaded, path);
	if (l) {
		if (l->state == 1 && !l->failed) {
			l->failed = true;
			load_errorf(path, "%s: import cycle not allowed", import_stack(path));
			if (l->pkg && strcmp(l->pkg->name, "main") == 0) /* back to the command line's package */
				load_errorf(path, "%s: import \"%s\" is a program, not an importable package", import_pos(at), path);
		}
		return l->state == 2 ? l->pkg : NULL;
	}
	l = NEW(perm, Loading);
	l->state = 1;
	strmap_put(&loaded, path, l);
	Package *p = read_package(path, dir, at);
	if (!p) {
		l->failed = true;
		l->state = 2;
		return NULL;
	}
	l->pkg = p;
	if (strcmp(p->name, "main") == 0) {
		load_errorf(path, "%s: import \"%s\" is a program, not an importable package", import_pos(at), path);
		l->failed = true;
		l->state = 2;
		return NULL;
	}
	p->path = path;
	p->goc_overlay = strncmp(dir, overlay_root() ? overlay_root() : "", strlen(overlay_root() ? overlay_root() : "")) == 0 &&
	                 overlay_root() != NULL;
	p->std = where == IN_OVERLAY || where == IN_GOROOT;
	vec_push(&stack, (void *)path);
	load_imports(p);
	stack.len--;
	l->state = 2;
	vec_push(&prog->pkgs, p);
	return p;
}

static Program *finish(Package *root) {
	vec_push(&stack, (void *)root->importpath);
	load_imports(root);
	stack.len--;
	if (flush_errors())
		return NULL;
	vec_push(&prog->pkgs, root);
	prog->main = root;
	return prog;
}

static Program *load_dir(const char *dirarg) {
	prog = NEW(perm, Program);
	const char *dir = abs_path(dirarg);
	if (!is_dir(dir)) {
		load_errorf(NULL, "stat %s: directory not found", dir);
		return NULL;
	}
	find_module(dir);
	const char *ip = "command-line-arguments";
	if (mod.root) {
		const char *r = rel_path(mod.root, dir);
		if (strcmp(r, ".") == 0)
			ip = mod.path;
		else if (strncmp(r, "..", 2) != 0)
			ip = arena_printf(perm, "%s/%s", mod.path, r);
	}
	ip = intern(ip, strlen(ip));
	Loading *l = NEW(perm, Loading);
	l->state = 1;
	strmap_put(&loaded, ip, l);
	Package *p = read_package(ip, dir, (Pos){0});
	if (!p)
		return NULL;
	l->pkg = p;
	p->path = strcmp(p->name, "main") == 0 ? "main" : ip;
	return finish(p);
}

static Program *load_files(Vec *files) {
	prog = NEW(perm, Program);
	find_module(cwd());
	Package *p = NEW(perm, Package);
	p->importpath = "command-line-arguments";
	const char *dir = NULL;
	for (int i = 0; i < files->len; i++) {
		const char *name = files->data[i];
		const char *d = dir_of(name);
		if (!dir)
			dir = d;
		else if (strcmp(dir, d) != 0) {
			load_errorf(NULL, "named files must all be in one directory; have %s and %s", pkg_short_path(dir),
			            pkg_short_path(d));
			return NULL;
		}
		int nsyntax = diag_nsyntax;
		vec_push(&p->files, parse_one(abs_path(name), name));
		p->nsyntax += diag_nsyntax - nsyntax;
	}
	p->dir = dir;
	p->parse_errors = diag_stash();
	Node *f0 = p->files.len ? p->files.data[0] : NULL;
	p->name = f0 && f0->name ? f0->name : "main";
	p->path = strcmp(p->name, "main") == 0 ? "main" : p->importpath;
	return finish(p);
}

Program *pkg_load_dir(const char *dir) {
	Program *p = load_dir(dir);
	flush_errors();
	return p;
}

Program *pkg_load_files(Vec *files) {
	Program *p = load_files(files);
	flush_errors();
	return p;
}
