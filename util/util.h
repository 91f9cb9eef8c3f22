/* util.h — the few containers every compiler component uses.
 *
 * Arenas: the compiler allocates and never frees piece by piece (chibicc, QBE).
 *   perm      holds tokens, AST, types and constants until exit;
 *   fn_arena  holds one function's SSA and is reset when the backend has it.
 * NEW(a, T) returns zeroed memory, so an all-zero struct must be a valid value.
 */
#ifndef GOC_UTIL_H
#define GOC_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- arenas (util.c) ---- */
typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
	ArenaChunk *head;
	size_t used_total;
} Arena;

extern Arena *perm;     /* lives until exit */
extern Arena *fn_arena; /* reset after each function */

void *arena_alloc(Arena *a, size_t n); /* zeroed, 16-byte aligned */
void arena_reset(Arena *a);
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))
#define NEWARRAY(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

/* ---- growable arrays of pointers (util.c) ----
 * Vec stores void*; the element type is documented at each use. Storage comes
 * from malloc so a Vec can outlive fn_arena resets; the compiler exits soon. */
typedef struct Vec {
	void **data;
	int len, cap;
} Vec;
void vec_push(Vec *v, void *x);
void *vec_pop(Vec *v);
void vec_insert(Vec *v, int i, void *x);
void vec_remove(Vec *v, int i); /* keeps order */
#define VEC_AT(v, i) ((v).data[(i)])
#define VEC_LAST(v) ((v).data[(v).len - 1])

/* ---- string builder (util.c) ---- */
typedef struct StrBuf {
	char *s;
	size_t len, cap;
} StrBuf;
void sb_putc(StrBuf *b, char c);
void sb_puts(StrBuf *b, const char *s);
void sb_putn(StrBuf *b, const char *s, size_t n);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap);

/* Pointer-keyed hash map (open addressing; keys are never removed). */
typedef struct PtrMap {
	const void **keys;
	void **vals;
	int cap, len;
} PtrMap;
void *ptrmap_get(PtrMap *m, const void *key);
void ptrmap_put(PtrMap *m, const void *key, void *val);
void ptrmap_free(PtrMap *m);
char *sb_cstr(StrBuf *b); /* NUL-terminated view; stays owned by b */
void sb_free(StrBuf *b);

/* ---- string-keyed hash map (util.c) ---- */
typedef struct StrMapEntry {
	const char *key; /* NULL: empty slot */
	void *val;
} StrMapEntry;
typedef struct StrMap {
	StrMapEntry *e;
	int cap, len;
} StrMap;
void *strmap_get(StrMap *m, const char *key);
void strmap_put(StrMap *m, const char *key, void *val); /* key is not copied */

/* Interned strings: equal names are equal pointers (used for identifiers). */
const char *intern(const char *s, size_t n);

/* ---- files ---- */
char *read_file(const char *path, size_t *len); /* malloc'd, NUL-terminated; NULL on error */

/* ---- compiler bugs (never for user mistakes: those are diag_errorf in frontend.h) ---- */
_Noreturn void ice_at(const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
#define ice(...) ice_at(__FILE__, __LINE__, __VA_ARGS__)
#define unreachable() ice_at(__FILE__, __LINE__, "unreachable")

#endif
