/* cache.c — the build cache: compiled package objects, reused when nothing
 * they depend on changed (the role of cmd/go/internal/cache).
 *
 * A package's key is the SHA-256 of everything its object depends on:
 * goc itself (the bytes of its executable: the compiler, abi.def and LLVM
 * are all in it), the options that change code (-O level), the package's
 * import path and symbol prefix, the name and bytes of each of its files,
 * and the keys of the packages it imports (so a change anywhere below
 * reaches every importer).  The object lives at DIR/xx/KEY.o, written to a
 * temporary name and renamed, so concurrent builds never see half a file.
 *
 * DIR is $GOCCACHE, else $XDG_CACHE_HOME/goc, else $HOME/.cache/goc;
 * GOCCACHE=off turns the cache off, as GOCACHE=off does for go.  Nothing
 * is ever evicted yet: `rm -r` the directory to reclaim space.
 *
 * Invariants: a cached object is only ever used for the key it was stored
 * under; failures to read or write the cache only cost a recompilation.
 */
#include "pkg.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------- SHA-256 (FIPS 180-4) ---------------- */

typedef struct Sha256 {
	uint32_t h[8];
	uint8_t buf[64];
	uint64_t len;
} Sha256;

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static void sha_block(Sha256 *s, const uint8_t *p) {
	uint32_t w[64];
	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4], f = s->h[5], g = s->h[6], h = s->h[7];
	for (int i = 0; i < 64; i++) {
		uint32_t t1 = h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
		uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
		h = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
	}
	s->h[0] += a, s->h[1] += b, s->h[2] += c, s->h[3] += d;
	s->h[4] += e, s->h[5] += f, s->h[6] += g, s->h[7] += h;
}

static void sha_init(Sha256 *s) {
	static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	                               0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
	memcpy(s->h, h0, sizeof h0);
	s->len = 0;
}

static void sha_write(Sha256 *s, const void *data, size_t n) {
	const uint8_t *p = data;
	while (n > 0) {
		size_t off = s->len % 64, k = 64 - off < n ? 64 - off : n;
		memcpy(s->buf + off, p, k);
		s->len += k;
		p += k;
		n -= k;
		if (s->len % 64 == 0)
			sha_block(s, s->buf);
	}
}

/* A string field: its length first, so that fields cannot run together. */
static void sha_str(Sha256 *s, const char *str, size_t n) {
	uint64_t len = n;
	sha_write(s, &len, sizeof len);
	sha_write(s, str, n);
}

static void sha_hex(Sha256 *s, char out[65]) {
	uint64_t bits = s->len * 8;
	uint8_t pad = 0x80;
	sha_write(s, &pad, 1);
	uint8_t zero = 0;
	while (s->len % 64 != 56)
		sha_write(s, &zero, 1);
	uint8_t be[8];
	for (int i = 0; i < 8; i++)
		be[i] = (uint8_t)(bits >> (56 - 8 * i));
	sha_write(s, be, 8);
	for (int i = 0; i < 8; i++)
		snprintf(out + 8 * i, 9, "%08x", s->h[i]);
}

/* ---------------- the cache ---------------- */

static const char *cache_dir(void) {
	static const char *dir;
	static bool done;
	if (done)
		return dir;
	done = true;
	const char *env = getenv("GOCCACHE");
	if (env && !strcmp(env, "off"))
		return dir = NULL;
	if (env && *env)
		dir = env;
	else if ((env = getenv("XDG_CACHE_HOME")) && *env)
		dir = arena_printf(perm, "%s/goc", env);
	else if ((env = getenv("HOME")) && *env)
		dir = arena_printf(perm, "%s/.cache/goc", env);
	return dir;
}

/* mkdir -p for the cache's directories. */
static bool mkdirs(const char *path) {
	char *p = arena_printf(perm, "%s", path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = 0;
		if (mkdir(p, 0777) < 0 && errno != EEXIST)
			return false;
		*s = '/';
	}
	return mkdir(p, 0777) == 0 || errno == EEXIST;
}

/* The digest of goc's own executable, once per process. */
static const char *self_digest(void) {
	static char hex[65];
	if (hex[0])
		return hex;
	Sha256 s;
	sha_init(&s);
	FILE *f = fopen("/proc/self/exe", "rb");
	if (!f)
		return NULL;
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sha_write(&s, buf, n);
	fclose(f);
	sha_hex(&s, hex);
	return hex;
}

const char *pkg_cache_key(Package *p, const char *options) {
	if (!cache_dir() || !self_digest())
		return NULL;
	Sha256 s;
	sha_init(&s);
	sha_str(&s, "goc build cache 1", 17);
	sha_str(&s, self_digest(), 64);
	sha_str(&s, options, strlen(options));
	sha_str(&s, p->importpath ? p->importpath : "", p->importpath ? strlen(p->importpath) : 0);
	sha_str(&s, p->path ? p->path : "", p->path ? strlen(p->path) : 0);
	for (int i = 0; i < p->files.len; i++) {
		Node *f = p->files.data[i];
		const char *name = f->pos.file < diag_files.len ? diag_files.data[f->pos.file] : "";
		size_t len;
		char *src = read_file(name, &len);
		if (!src)
			return NULL;
		sha_str(&s, name, strlen(name));
		sha_str(&s, src, len);
		free(src);
	}
	for (int i = 0; i < p->imports.len; i++) {
		Package *q = p->imports.data[i];
		if (!q->cachekey)
			return NULL;
		sha_str(&s, q->cachekey, strlen(q->cachekey));
	}
	char hex[65];
	sha_hex(&s, hex);
	return p->cachekey = arena_printf(perm, "%s", hex);
}

static const char *object_path(const char *key) {
	return arena_printf(perm, "%s/%.2s/%s.o", cache_dir(), key, key);
}

const char *pkg_cache_lookup(const char *key) {
	if (!key)
		return NULL;
	const char *path = object_path(key);
	return access(path, R_OK) == 0 ? path : NULL;
}

void pkg_cache_store(const char *key, const char *objpath) {
	if (!key)
		return;
	const char *path = object_path(key);
	const char *dir = arena_printf(perm, "%s/%.2s", cache_dir(), key);
	if (!mkdirs(dir))
		return;
	const char *tmp = arena_printf(perm, "%s.tmp%d", path, (int)getpid());
	FILE *in = fopen(objpath, "rb"), *out = in ? fopen(tmp, "wb") : NULL;
	if (!in || !out) {
		if (in)
			fclose(in);
		return;
	}
	char buf[65536];
	size_t n;
	bool ok = true;
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		ok &= fwrite(buf, 1, n, out) == n;
	fclose(in);
	ok &= fclose(out) == 0;
	if (!ok || rename(tmp, path) < 0)
		unlink(tmp);
}
