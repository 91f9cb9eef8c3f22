/* schedule.c — order the values of each block for emission (gc's
 * schedule.go, simplified). Afterwards f->scheduled is set and b->values is
 * an order the backend can emit as is:
 *   - phis first, in their original order;
 *   - every non-phi argument from the same block before its use;
 *   - memory order: a value that reads memory m without producing memory
 *     (a Load, a LocalAddr) comes before the value in the same block that
 *     consumes m and produces the next memory (a Store, a call, a NilCheck),
 *     which would otherwise clobber what it reads;
 *   - the block's control as late as its uses allow (last, normally).
 * Among values ready at the same time the original order wins, so dumps
 * stay close to the builder's order. A cycle (e.g. a load of m that also
 * depends on the store consuming m: two live memories) is reported as gc
 * does, "dependency cycle!".
 *
 * requires: nothing.  breaks: nothing.  Passes after it must keep the order.
 */
#include "ssa.h"

static bool produces_mem(Value *v) {
	return v->type && (v->type->kind == TY_MEM || v->type->kind == TY_TUPLE);
}

/* min-heap of local indices by key */
typedef struct Heap {
	int *a, n;
	const int *key;
} Heap;

static void heap_push(Heap *h, int x) {
	int i = h->n++;
	h->a[i] = x;
	while (i > 0) {
		int p = (i - 1) / 2;
		if (h->key[h->a[p]] <= h->key[h->a[i]])
			break;
		int t = h->a[p];
		h->a[p] = h->a[i];
		h->a[i] = t;
		i = p;
	}
}

static int heap_pop(Heap *h) {
	int top = h->a[0];
	h->a[0] = h->a[--h->n];
	for (int i = 0;;) {
		int l = 2 * i + 1, r = l + 1, m = i;
		if (l < h->n && h->key[h->a[l]] < h->key[h->a[m]])
			m = l;
		if (r < h->n && h->key[h->a[r]] < h->key[h->a[m]])
			m = r;
		if (m == i)
			break;
		int t = h->a[m];
		h->a[m] = h->a[i];
		h->a[i] = t;
		i = m;
	}
	return top;
}

typedef struct Edge {
	int from, to;
} Edge;

static void schedule_block(Func *f, Block *b, int *local, Value **store_of) {
	int n = b->values.len;
	if (n <= 0)
		return;
	Value **vals = malloc(sizeof(Value *) * (size_t)n);
	memcpy(vals, b->values.data, sizeof(Value *) * (size_t)n);
	for (int i = 0; i < n; i++)
		local[vals[i]->id] = i;

	/* the memory consumer that produces the next memory, per memory value */
	for (int i = 0; i < n; i++) {
		Value *s = vals[i];
		int mi = ssa_op_mem_arg(s);
		if (mi < 0 || !produces_mem(s))
			continue;
		Value *m = s->args[mi];
		if (store_of[m->id] && store_of[m->id]->block == b && store_of[m->id] != s)
			ssa_fatalf(f, "two stores live simultaneously: v%d and v%d both consume v%d", store_of[m->id]->id, s->id,
			           m->id);
		store_of[m->id] = s;
	}

	Edge *edges = NULL;
	int ne = 0, cap = 0;
#define ADD_EDGE(a, c)                                                        \
	do {                                                                      \
		if (ne == cap) {                                                      \
			cap = cap ? 2 * cap : 64;                                         \
			edges = realloc(edges, sizeof(Edge) * (size_t)cap);               \
		}                                                                     \
		edges[ne++] = (Edge){(a), (c)};                                       \
	} while (0)
	for (int i = 0; i < n; i++) {
		Value *v = vals[i];
		if (v->op == OpPhi)
			continue;
		for (int j = 0; j < v->nargs; j++) {
			Value *a = v->args[j];
			if (a->block == b && a->op != OpPhi)
				ADD_EDGE(local[a->id], i);
		}
		int mi = ssa_op_mem_arg(v);
		if (mi >= 0 && !produces_mem(v)) { /* a reader of memory m: before m's next store */
			Value *s = store_of[v->args[mi]->id];
			if (s && s->block == b && s != v)
				ADD_EDGE(i, local[s->id]);
		}
	}
#undef ADD_EDGE

	/* successors in CSR form; in-degrees */
	int *indeg = calloc((size_t)n, sizeof(int)), *start = calloc((size_t)n + 1, sizeof(int));
	int *succ = malloc(sizeof(int) * (size_t)(ne + 1));
	for (int e = 0; e < ne; e++) {
		start[edges[e].from + 1]++;
		indeg[edges[e].to]++;
	}
	for (int i = 0; i < n; i++)
		start[i + 1] += start[i];
	int *fill = malloc(sizeof(int) * (size_t)n);
	memcpy(fill, start, sizeof(int) * (size_t)n);
	for (int e = 0; e < ne; e++)
		succ[fill[edges[e].from]++] = edges[e].to;

	/* priority: original position; the control after everything else */
	int *key = malloc(sizeof(int) * (size_t)n);
	for (int i = 0; i < n; i++)
		key[i] = vals[i] == b->control ? n + i : i;
	Heap h = {malloc(sizeof(int) * (size_t)n), 0, key};
	int k = 0;
	for (int i = 0; i < n; i++)
		if (vals[i]->op == OpPhi)
			VEC_AT(b->values, k++) = vals[i];
	for (int i = 0; i < n; i++)
		if (vals[i]->op != OpPhi && indeg[i] == 0)
			heap_push(&h, i);
	while (h.n) {
		int i = heap_pop(&h);
		VEC_AT(b->values, k++) = vals[i];
		for (int e = start[i]; e < start[i + 1]; e++)
			if (--indeg[succ[e]] == 0)
				heap_push(&h, succ[e]);
	}
	if (k != n) {
		StrBuf sb = {0};
		for (int i = 0; i < n; i++)
			if (vals[i]->op != OpPhi && indeg[i] > 0)
				sb_printf(&sb, " v%d", vals[i]->id);
		memcpy(b->values.data, vals, sizeof(Value *) * (size_t)n); /* leave the block whole for the dump */
		ssa_fatalf(f, "dependency cycle! in b%d: cannot schedule%s", b->id, sb_cstr(&sb));
	}
	for (int i = 0; i < n; i++) {
		Value *s = vals[i];
		int mi = ssa_op_mem_arg(s);
		if (mi >= 0 && store_of[s->args[mi]->id] == s)
			store_of[s->args[mi]->id] = NULL;
	}
	free(h.a);
	free(key);
	free(fill);
	free(succ);
	free(start);
	free(indeg);
	free(edges);
	free(vals);
}

void ssa_schedule(Func *f) {
	int nv = f->next_value_id;
	int *local = calloc((size_t)nv, sizeof(int));
	Value **store_of = calloc((size_t)nv, sizeof(Value *));
	for (int bi = 0; bi < f->blocks.len; bi++)
		schedule_block(f, VEC_AT(f->blocks, bi), local, store_of);
	free(store_of);
	free(local);
	f->scheduled = true;
}
