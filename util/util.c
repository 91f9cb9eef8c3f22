/* util.c — arenas, vectors, string builders, hash maps, interning. See util.h. */
#include "util.h"

struct ArenaChunk {
	ArenaChunk *next;
	size_t used, cap;
	_Alignas(16) char mem[];
};

static Arena perm_arena, fn_arena_arena;
Arena *perm = &perm_arena;
Arena *fn_arena = &fn_arena_arena;

void *arena_alloc(Arena *a, size_t n) {
	n = (n + 15) & ~(size_t)15;
	ArenaChunk *c = a->head;
	if (!c || c->used + n > c->cap) {
		size_t cap = n > (1u << 20) ? n : (1u << 20);
		c = malloc(sizeof(ArenaChunk) + cap);
		if (!c) {
			fprintf(stderr, "goc: out of memory\n");
			exit(1);
		}
		c->used = 0;
		c->cap = cap;
		c->next = a->head;
		a->head = c;
	}
	void *p = c->mem + c->used;
	c->used += n;
	a->used_total += n;
	memset(p, 0, n);
	return p;
}

void arena_reset(Arena *a) {
	ArenaChunk *c = a->head;
	while (c) {
		ArenaChunk *next = c->next;
		free(c);
		c = next;
	}
	a->head = NULL;
	a->used_total = 0;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *arena_strdup(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

char *arena_printf(Arena *a, const char *fmt, ...) {
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return p;
}

void vec_push(Vec *v, void *x) {
	if (v->len == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->data = realloc(v->data, sizeof(void *) * (size_t)v->cap);
	}
	v->data[v->len++] = x;
}

void *vec_pop(Vec *v) { return v->len ? v->data[--v->len] : NULL; }

void vec_insert(Vec *v, int i, void *x) {
	vec_push(v, NULL);
	memmove(&v->data[i + 1], &v->data[i], sizeof(void *) * (size_t)(v->len - 1 - i));
	v->data[i] = x;
}

void vec_remove(Vec *v, int i) {
	memmove(&v->data[i], &v->data[i + 1], sizeof(void *) * (size_t)(v->len - 1 - i));
	v->len--;
}

static void sb_grow(StrBuf *b, size_t n) {
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 64;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->s = realloc(b->s, cap);
		b->cap = cap;
	}
}

void sb_putn(StrBuf *b, const char *s, size_t n) {
	sb_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = 0;
}
void sb_putc(StrBuf *b, char c) { sb_putn(b, &c, 1); }
void sb_puts(StrBuf *b, const char *s) { sb_putn(b, s, strlen(s)); }

void sb_vprintf(StrBuf *b, const char *fmt, va_list ap) {
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	sb_grow(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	b->len += (size_t)n;
}

void sb_printf(StrBuf *b, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(b, fmt, ap);
	va_end(ap);
}

char *sb_cstr(StrBuf *b) {
	sb_grow(b, 0);
	b->s[b->len] = 0;
	return b->s;
}

void sb_free(StrBuf *b) {
	free(b->s);
	memset(b, 0, sizeof *b);
}

static uint64_t hash_str(const char *s) {
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static StrMapEntry *strmap_slot(StrMapEntry *e, int cap, const char *key) {
	for (uint64_t i = hash_str(key) & (uint64_t)(cap - 1);; i = (i + 1) & (uint64_t)(cap - 1))
		if (!e[i].key || strcmp(e[i].key, key) == 0)
			return &e[i];
}

void *strmap_get(StrMap *m, const char *key) {
	if (!m->cap)
		return NULL;
	StrMapEntry *s = strmap_slot(m->e, m->cap, key);
	return s->key ? s->val : NULL;
}

void strmap_put(StrMap *m, const char *key, void *val) {
	if ((m->len + 1) * 4 >= m->cap * 3) {
		int cap = m->cap ? m->cap * 2 : 64;
		StrMapEntry *e = calloc((size_t)cap, sizeof *e);
		for (int i = 0; i < m->cap; i++)
			if (m->e[i].key)
				*strmap_slot(e, cap, m->e[i].key) = m->e[i];
		free(m->e);
		m->e = e;
		m->cap = cap;
	}
	StrMapEntry *s = strmap_slot(m->e, m->cap, key);
	if (!s->key)
		m->len++;
	s->key = key;
	s->val = val;
}

const char *intern(const char *s, size_t n) {
	static StrMap table;
	char buf[256];
	char *k = n < sizeof buf ? buf : malloc(n + 1);
	memcpy(k, s, n);
	k[n] = 0;
	const char *hit = strmap_get(&table, k);
	if (!hit) {
		hit = arena_strndup(perm, s, n);
		strmap_put(&table, hit, (void *)hit);
	}
	if (k != buf)
		free(k);
	return hit;
}

char *read_file(const char *path, size_t *len) {
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	StrBuf b = {0};
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		sb_putn(&b, tmp, n);
	fclose(f);
	if (len)
		*len = b.len;
	return sb_cstr(&b);
}

void ice_at(const char *file, int line, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "goc: internal compiler error: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, " [%s:%d]\n", file, line);
	va_end(ap);
	exit(3);
}

/* ---------------- pointer maps ---------------- */

static uint64_t hash_ptr(const void *p) {
	uint64_t x = (uint64_t)(uintptr_t)p;
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return x;
}

void *ptrmap_get(PtrMap *m, const void *key) {
	if (!m->cap)
		return NULL;
	for (uint64_t i = hash_ptr(key) & (uint64_t)(m->cap - 1);; i = (i + 1) & (uint64_t)(m->cap - 1)) {
		if (m->keys[i] == key)
			return m->vals[i];
		if (!m->keys[i])
			return NULL;
	}
}

void ptrmap_put(PtrMap *m, const void *key, void *val) {
	if ((m->len + 1) * 4 >= m->cap * 3) {
		int cap = m->cap ? m->cap * 2 : 64;
		const void **keys = calloc((size_t)cap, sizeof *keys);
		void **vals = calloc((size_t)cap, sizeof *vals);
		for (int i = 0; i < m->cap; i++) {
			if (!m->keys[i])
				continue;
			uint64_t j = hash_ptr(m->keys[i]) & (uint64_t)(cap - 1);
			while (keys[j])
				j = (j + 1) & (uint64_t)(cap - 1);
			keys[j] = m->keys[i];
			vals[j] = m->vals[i];
		}
		free(m->keys);
		free(m->vals);
		m->keys = keys;
		m->vals = vals;
		m->cap = cap;
	}
	uint64_t i = hash_ptr(key) & (uint64_t)(m->cap - 1);
	while (m->keys[i] && m->keys[i] != key)
		i = (i + 1) & (uint64_t)(m->cap - 1);
	if (!m->keys[i])
		m->len++;
	m->keys[i] = key;
	m->vals[i] = val;
}

void ptrmap_free(PtrMap *m) {
	free(m->keys);
	free(m->vals);
	*m = (PtrMap){0};
}
