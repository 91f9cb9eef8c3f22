/* layout.c — the order of f->blocks, which is the order the back end emits
 * them in (gc's layout.go): a depth-first topological order that tries to
 * put each block right after a predecessor, so that branches fall through.
 *
 * Blocks that lead only to Exit blocks (panics) go last. From the entry,
 * repeatedly: take the likely successor of the block just placed if there
 * is one; else a block whose preds are all placed (the most recently
 * freed first); else the most recently seen successor of a placed block
 * (inside loops); else any remaining block; else an exit block.
 * Successors are visited last to first, as gc does, so that the first
 * successor (an If's true branch) is tried first.
 *
 * Invariants: the entry stays first; every block appears once.
 *
 * requires: nothing.  breaks: nothing (only the order of f->blocks).
 */
#include "ssa.h"

/* a set of block ids with pop of the last added (gc's sparseSet) */
typedef struct IdSet {
	int *dense, *sparse, n;
} IdSet;

static bool set_has(IdSet *s, int id) { return s->sparse[id] < s->n && s->dense[s->sparse[id]] == id; }

static void set_add(IdSet *s, int id) {
	if (set_has(s, id))
		return;
	s->dense[s->n] = id;
	s->sparse[id] = s->n++;
}

static void set_remove(IdSet *s, int id) {
	if (!set_has(s, id))
		return;
	int i = s->sparse[id], last = s->dense[--s->n];
	s->dense[i] = last;
	s->sparse[last] = i;
}

static int set_pop(IdSet *s) { return s->dense[--s->n]; }

void ssa_layout(Func *f) {
	int nb = f->next_block_id, n = f->blocks.len;
	Block **by_id = calloc((size_t)nb, sizeof(Block *));
	Block **order = malloc(sizeof(Block *) * (size_t)(n + 1));
	bool *scheduled = calloc((size_t)nb, sizeof(bool));
	int *indegree = calloc((size_t)nb, sizeof(int));
	int *zerodegree = malloc(sizeof(int) * (size_t)(n + 1)), nzero = 0;
	Vec succs = {0}; /* ids, as pointers: successors seen, most recent last */
	IdSet posdegree = {calloc((size_t)nb, sizeof(int)), calloc((size_t)nb, sizeof(int)), 0};
	IdSet exit = {calloc((size_t)nb, sizeof(int)), calloc((size_t)nb, sizeof(int)), 0};

	for (int i = 0; i < n; i++) {
		Block *b = VEC_AT(f->blocks, i);
		by_id[b->id] = b;
		if (b->kind == BlockExit)
			set_add(&exit, b->id);
	}
	/* blocks all of whose successors are exit blocks are exit blocks */
	for (bool changed = true; changed;) {
		changed = false;
		for (int k = 0; k < exit.n; k++) {
			Block *b = by_id[exit.dense[k]];
			for (int i = 0; i < b->preds.len; i++) {
				Block *p = VEC_AT(b->preds, i);
				if (set_has(&exit, p->id))
					continue;
				bool all = true;
				for (int j = 0; j < p->succs.len && all; j++)
					all = set_has(&exit, ((Block *)VEC_AT(p->succs, j))->id);
				if (all && p != f->entry) {
					set_add(&exit, p->id);
					changed = true;
				}
			}
		}
	}
	for (int i = 0; i < n; i++) {
		Block *b = VEC_AT(f->blocks, i);
		if (set_has(&exit, b->id))
			continue; /* placed last */
		indegree[b->id] = b->preds.len;
		if (b->preds.len == 0)
			zerodegree[nzero++] = b->id;
		else
			set_add(&posdegree, b->id);
	}

	int len = 0;
	int bid = f->entry->id;
	for (;;) {
		Block *b = by_id[bid];
		order[len++] = b;
		scheduled[bid] = true;
		if (len == n)
			break;
		for (int i = b->succs.len - 1; i >= 0; i--) {
			Block *c = VEC_AT(b->succs, i);
			if (--indegree[c->id] == 0) {
				set_remove(&posdegree, c->id);
				zerodegree[nzero++] = c->id;
			} else {
				vec_push(&succs, (void *)(intptr_t)c->id);
			}
		}
		Block *likely = b->likely == LIKELY_YES ? VEC_AT(b->succs, 0)
		              : b->likely == LIKELY_NO  ? VEC_AT(b->succs, 1)
		                                        : NULL;
		if (likely && !scheduled[likely->id]) {
			bid = likely->id;
			continue;
		}
		bid = 0;
		while (!bid && nzero > 0) {
			int c = zerodegree[--nzero];
			if (!scheduled[c])
				bid = c;
		}
		while (!bid && succs.len > 0) {
			int c = (int)(intptr_t)vec_pop(&succs);
			if (!scheduled[c])
				bid = c;
		}
		while (!bid && posdegree.n > 0) {
			int c = set_pop(&posdegree);
			if (!scheduled[c])
				bid = c;
		}
		while (!bid && exit.n > 0) {
			int c = set_pop(&exit);
			if (!scheduled[c])
				bid = c;
		}
		if (!bid)
			ssa_fatalf(f, "layout: %d of %d blocks placed, none left to place", len, n);
	}
	memcpy(f->blocks.data, order, sizeof(Block *) * (size_t)n);

	free(exit.dense);
	free(exit.sparse);
	free(posdegree.dense);
	free(posdegree.sparse);
	free(succs.data);
	free(zerodegree);
	free(indegree);
	free(scheduled);
	free(order);
	free(by_id);
}
