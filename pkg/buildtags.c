/* buildtags.c — build constraints: which files of a package directory
 * go build compiles for linux/amd64 (go/build's goodOSArchFile,
 * shouldBuild and matchTag; go/build/constraint's expression parser).
 *
 *   x_linux.go, x_amd64.go, x_linux_amd64.go   kept; x_windows.go,
 *   x_arm64.go, x_linux_arm64.go dropped (only known GOOS/GOARCH values
 *   count: x_unix.go is kept, "unix" is no GOOS);
 *   //go:build linux && (amd64 || arm64)       the header's //go:build
 *   line decides; without one, every // +build line must hold (space =
 *   or, comma = and, ! = not).
 *
 * The header is the leading run of blank lines and // comments (and
 * block comments) before the first other text; // +build lines count only
 * up to the last blank line before that text, so that a doc comment is no
 * constraint. The tag set is one table (on_tags) plus go1.1 … go1.19; the
 * standard-library work reads GOROOT packages through the same functions.
 */
#include "pkg.h"

#include <ctype.h>

/* go/build/syslist.go */
static const char *const known_os[] = {
	"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
	"linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos",
};
static const char *const known_arch[] = {
	"386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle",
	"mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv",
	"riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
};

/* GOOS, GOARCH, "unix" (linux is a unixOS), the compiler, and gc 1.19's
 * default tool tags on amd64 (GOEXPERIMENT baseline). */
static const char *const on_tags[] = {
	"linux", "amd64", "unix", "gc", "goexperiment.regabiwrappers", "goexperiment.regabiargs",
};
enum { GO_MINOR = 19 }; /* release tags go1.1 … go1.19 */

static bool in(const char *s, size_t n, const char *const *list, size_t len) {
	for (size_t i = 0; i < len; i++)
		if (strlen(list[i]) == n && memcmp(list[i], s, n) == 0)
			return true;
	return false;
}
#define IN(s, n, list) in((s), (n), (list), sizeof(list) / sizeof((list)[0]))

static bool tag_on(const char *s, size_t n) {
	if (IN(s, n, on_tags))
		return true;
	if (n > 4 && memcmp(s, "go1.", 4) == 0) {
		int minor = 0;
		for (size_t i = 4; i < n; i++) {
			if (s[i] < '0' || s[i] > '9' || minor > 1000)
				return false;
			minor = minor * 10 + (s[i] - '0');
		}
		return s[4] != '0' && minor >= 1 && minor <= GO_MINOR;
	}
	return false;
}

bool pkg_tag_on(const char *tag) { return tag_on(tag, strlen(tag)); }

/* letters, digits, '_' and '.'; bytes >= 0x80 are taken as letters */
static bool tag_char(unsigned char c) { return isalnum(c) || c == '_' || c == '.' || c >= 0x80; }

/* ---------------- //go:build expressions ---------------- */

typedef struct Parser {
	const char *s;
	size_t i;
	const char *tok; /* "(" ")" "!" "&&" "||", a tag, or "" at the end */
	size_t toklen;
	bool is_tag;
	int depth; /* of parentheses: the C stack is finite */
	const char *err;
} Parser;

static void lex(Parser *p) {
	p->is_tag = false;
	while (p->s[p->i] == ' ' || p->s[p->i] == '\t')
		p->i++;
	const char *c = p->s + p->i;
	p->tok = c;
	if (!*c) {
		p->toklen = 0;
		return;
	}
	if (*c == '(' || *c == ')' || *c == '!') {
		p->toklen = 1;
		p->i++;
		return;
	}
	if (*c == '&' || *c == '|') {
		if (c[1] != c[0]) {
			if (!p->err)
				p->err = *c == '&' ? "invalid syntax at &" : "invalid syntax at |";
			p->toklen = 0;
			p->tok = "";
			return;
		}
		p->toklen = 2;
		p->i += 2;
		return;
	}
	size_t n = 0;
	while (c[n] && tag_char((unsigned char)c[n]))
		n++;
	if (n == 0) {
		if (!p->err)
			p->err = "invalid syntax";
		p->toklen = 0;
		p->tok = "";
		return;
	}
	p->toklen = n;
	p->i += n;
	p->is_tag = true;
}

static bool tok_is(Parser *p, const char *t) { return p->toklen == strlen(t) && memcmp(p->tok, t, p->toklen) == 0; }

static bool or_expr(Parser *p);

/* atom := '(' or ')' | tag — its first token is already read */
static bool atom(Parser *p) {
	if (p->err)
		return false;
	if (tok_is(p, "(")) {
		if (++p->depth > 1000) {
			p->err = "expression too complex";
			return false;
		}
		bool v = or_expr(p);
		p->depth--;
		if (p->err && strcmp(p->err, "unexpected end of expression") == 0)
			p->err = "missing close paren";
		if (p->err)
			return false;
		if (!tok_is(p, ")")) {
			p->err = "missing close paren";
			return false;
		}
		lex(p);
		return v;
	}
	if (!p->is_tag) {
		p->err = p->toklen == 0 ? "unexpected end of expression" : "unexpected token";
		return false;
	}
	bool v = tag_on(p->tok, p->toklen);
	lex(p);
	return v;
}

/* not := '!' atom | atom */
static bool not_expr(Parser *p) {
	lex(p);
	if (!p->err && tok_is(p, "!")) {
		lex(p);
		if (!p->err && tok_is(p, "!"))
			p->err = "double negation not allowed";
		return !atom(p);
	}
	return atom(p);
}

/* and := not ('&&' not)* */
static bool and_expr(Parser *p) {
	bool v = not_expr(p);
	while (!p->err && tok_is(p, "&&")) {
		bool w = not_expr(p);
		v = v && w;
	}
	return v;
}

/* or := and ('||' and)* */
static bool or_expr(Parser *p) {
	bool v = and_expr(p);
	while (!p->err && tok_is(p, "||")) {
		bool w = and_expr(p);
		v = v || w;
	}
	return v;
}

int pkg_eval_build_expr(const char *expr, const char **err) {
	Parser p = {.s = expr};
	bool v = or_expr(&p);
	if (!p.err && p.toklen != 0)
		p.err = "unexpected token";
	if (p.err) {
		if (err)
			*err = p.err;
		return -1;
	}
	return v;
}

/* ---------------- // +build lines ---------------- */

/* "linux,amd64 !windows": any space-separated option whose comma-separated
 * terms all hold */
static bool plus_build(const char *s, size_t n) {
	size_t i = 0;
	bool any = false;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		size_t start = i;
		while (i < n && s[i] != ' ' && s[i] != '\t')
			i++;
		if (i == start)
			break;
		bool all = true;
		for (size_t j = start; j < i;) {
			size_t k = j;
			while (k < i && s[k] != ',')
				k++;
			const char *t = s + j;
			size_t tn = k - j;
			bool neg = false;
			if (tn && *t == '!') {
				neg = true;
				t++;
				tn--;
			}
			bool valid = tn > 0;
			for (size_t q = 0; q < tn; q++)
				valid &= tag_char((unsigned char)t[q]);
			bool v = valid && tag_on(t, tn);
			if (neg)
				v = valid && !v;
			all &= v;
			j = k < i ? k + 1 : k;
		}
		any |= all;
	}
	return any;
}

/* ---------------- files ---------------- */

bool pkg_match_file_name(const char *name) {
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	size_t n = strcspn(base, "."); /* the name up to its first dot */
	const char *us = memchr(base, '_', n);
	if (!us)
		return true;
	/* the '_'-separated elements after the first '_', without a final "test" */
	const char *el[64];
	size_t len[64];
	int ne = 0;
	for (const char *p = us; p < base + n && ne < 64;) {
		p++;
		const char *q = p;
		while (q < base + n && *q != '_')
			q++;
		el[ne] = p;
		len[ne++] = (size_t)(q - p);
		p = q;
	}
	if (ne > 0 && len[ne - 1] == 4 && memcmp(el[ne - 1], "test", 4) == 0)
		ne--;
	if (ne >= 2 && IN(el[ne - 2], len[ne - 2], known_os) && IN(el[ne - 1], len[ne - 1], known_arch))
		return tag_on(el[ne - 1], len[ne - 1]) && tag_on(el[ne - 2], len[ne - 2]);
	if (ne >= 1 && (IN(el[ne - 1], len[ne - 1], known_os) || IN(el[ne - 1], len[ne - 1], known_arch)))
		return tag_on(el[ne - 1], len[ne - 1]);
	return true;
}

static bool has_prefix(const char *s, size_t n, const char *p) {
	size_t m = strlen(p);
	return n >= m && memcmp(s, p, m) == 0;
}

int pkg_match_file_header(const char *src, size_t len, const char **err) {
	size_t end = 0;     /* header (for +build lines) ends at the last blank line */
	bool ended = false; /* past the first non-blank, non-// line */
	bool in_block = false;
	const char *gobuild = NULL;
	size_t gobuild_len = 0;
	size_t pos = 0;
	while (pos < len) {
		size_t eol = pos;
		while (eol < len && src[eol] != '\n')
			eol++;
		size_t next = eol < len ? eol + 1 : eol;
		/* trim */
		size_t a = pos, b = eol;
		while (a < b && isspace((unsigned char)src[a]))
			a++;
		while (b > a && isspace((unsigned char)src[b - 1]))
			b--;
		const char *line = src + a;
		size_t n = b - a;
		pos = next;
		if (n == 0 && !ended) {
			end = pos;
			continue;
		}
		if (!has_prefix(line, n, "//"))
			ended = true;
		if (!in_block && has_prefix(line, n, "//go:build") && (n == 10 || line[10] == ' ' || line[10] == '\t')) {
			if (gobuild) {
				if (err)
					*err = "multiple //go:build comments";
				return -1;
			}
			gobuild = line + 10;
			gobuild_len = n - 10;
		}
		/* stop at the first text that is not a comment */
		bool stop = false;
		while (n > 0) {
			if (in_block) {
				const char *e = NULL;
				for (size_t k = 0; k + 1 < n; k++)
					if (line[k] == '*' && line[k + 1] == '/') {
						e = line + k;
						break;
					}
				if (!e)
					break;
				in_block = false;
				n -= (size_t)(e + 2 - line);
				line = e + 2;
				while (n > 0 && isspace((unsigned char)*line))
					line++, n--;
				continue;
			}
			if (has_prefix(line, n, "//"))
				break;
			if (has_prefix(line, n, "/*")) {
				in_block = true;
				line += 2;
				n -= 2;
				while (n > 0 && isspace((unsigned char)*line))
					line++, n--;
				continue;
			}
			stop = true;
			break;
		}
		if (stop)
			break;
	}
	if (gobuild) {
		char *e = arena_strndup(perm, gobuild, gobuild_len);
		return pkg_eval_build_expr(e, err);
	}
	/* // +build lines in the header before its last blank line */
	bool ok = true;
	for (size_t p = 0; p < end;) {
		size_t eol = p;
		while (eol < end && src[eol] != '\n')
			eol++;
		size_t a = p, b = eol;
		p = eol < end ? eol + 1 : eol;
		while (a < b && isspace((unsigned char)src[a]))
			a++;
		while (b > a && isspace((unsigned char)src[b - 1]))
			b--;
		if (!has_prefix(src + a, b - a, "//"))
			continue;
		a += 2;
		while (a < b && isspace((unsigned char)src[a]))
			a++;
		if (!has_prefix(src + a, b - a, "+build") || (b - a > 6 && src[a + 6] != ' ' && src[a + 6] != '\t'))
			continue;
		if (!plus_build(src + a + 6, b - a - 6))
			ok = false;
	}
	return ok;
}
