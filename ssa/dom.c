/* dom.c — block orders and dominators (gc's dom.go and sparsetree.go).
 *
 * ssa_rpo: reverse postorder of the blocks reachable from the entry, from an
 * iterative depth-first search visiting successors in order (gc's
 * postorderWithNumbering, reversed).
 * ssa_dominators: immediate dominators by Cooper, Harvey and Kennedy's
 * iterative algorithm ("A Simple, Fast Dominance Algorithm", 2001), the one
 * gc uses for small functions (dominatorsSimple).
 * ssa_domtree_build: the dominator tree numbered by a depth-first walk
 * (gc's SparseTree): x dominates y iff pre[x] <= pre[y] && post[y] <= post[x],
 * and the blocks x dominates are exactly those whose pre number lies in
 * [pre[x], post[x]], so sorting blocks by pre keeps each subtree together
 * (gc's domorder). Children are visited in f->blocks order.
 * ssa_domtree: the same, cached in f->dom (gc's f.Sdom()) until the pass
 * driver calls ssa_invalidate_cfg after a pass marked PASS_CFG; ssa_check
 * compares the cache with a fresh tree, so a pass that changes the CFG
 * without saying so is caught under -d=ssa/check/on.
 *
 * requires: nothing.  breaks: nothing.
 */
#include "ssa.h"

int ssa_rpo(Func *f, Block **order) {
	int nb = f->next_block_id;
	bool *seen = calloc((size_t)nb, sizeof(bool));
	struct Frame {
		Block *b;
		int next; /* successors already explored */
	} *stack = malloc(sizeof(struct Frame) * (size_t)(f->blocks.len + 1));
	int sp = 0, n = 0, nseen = 1;
	stack[sp++] = (struct Frame){f->entry, 0};
	seen[f->entry->id] = true;
	while (sp > 0) {
		struct Frame *top = &stack[sp - 1];
		Block *b = top->b;
		if (top->next < b->succs.len) {
			Block *s = VEC_AT(b->succs, top->next++);
			if (s->id <= 0 || s->id >= nb)
				ssa_fatalf(f, "block b%d (successor of b%d) is not in the function", s->id, b->id);
			if (!seen[s->id]) {
				if (++nseen > f->blocks.len) /* stack and order hold f->blocks.len */
					ssa_fatalf(f, "block b%d is reachable but not in the function", s->id);
				seen[s->id] = true;
				stack[sp++] = (struct Frame){s, 0};
			}
			continue;
		}
		sp--;
		order[n++] = b; /* postorder for now */
	}
	for (int i = 0, j = n - 1; i < j; i++, j--) {
		Block *t = order[i];
		order[i] = order[j];
		order[j] = t;
	}
	free(stack);
	free(seen);
	return n;
}

static Block *intersect(Block *a, Block *b, Block **idom, const int *rponum) {
	while (a != b) {
		while (rponum[a->id] > rponum[b->id])
			a = idom[a->id];
		while (rponum[b->id] > rponum[a->id])
			b = idom[b->id];
	}
	return a;
}

void ssa_dominators(Func *f, Block **idom) {
	int nb = f->next_block_id;
	Block **rpo = malloc(sizeof(Block *) * (size_t)(f->blocks.len + 1));
	int n = ssa_rpo(f, rpo);
	int *rponum = malloc(sizeof(int) * (size_t)nb);
	for (int i = 0; i < nb; i++) {
		rponum[i] = -1;
		idom[i] = NULL;
	}
	for (int i = 0; i < n; i++)
		rponum[rpo[i]->id] = i;

	idom[f->entry->id] = f->entry; /* the algorithm's sentinel; cleared below */
	for (bool changed = true; changed;) {
		changed = false;
		for (int i = 1; i < n; i++) {
			Block *b = rpo[i], *d = NULL;
			for (int j = 0; j < b->preds.len; j++) {
				Block *p = VEC_AT(b->preds, j);
				if (p->id <= 0 || p->id >= nb || rponum[p->id] < 0 || !idom[p->id])
					continue; /* unreachable, or not processed yet */
				d = d ? intersect(p, d, idom, rponum) : p;
			}
			if (d && idom[b->id] != d) {
				idom[b->id] = d;
				changed = true;
			}
		}
	}
	idom[f->entry->id] = NULL;
	free(rponum);
	free(rpo);
}

DomTree *ssa_domtree_build(Func *f) {
	int nb = f->next_block_id;
	DomTree *t = NEW(fn_arena, DomTree);
	t->nb = nb;
	t->idom = NEWARRAY(fn_arena, Block *, nb);
	t->pre = NEWARRAY(fn_arena, int, nb);
	t->post = NEWARRAY(fn_arena, int, nb);
	t->depth = NEWARRAY(fn_arena, int, nb);
	ssa_dominators(f, t->idom);
	int *child = calloc((size_t)nb, sizeof(int)), *sibling = calloc((size_t)nb, sizeof(int));
	/* children in reverse block order so the walk is in block order */
	for (int i = f->blocks.len - 1; i >= 0; i--) {
		Block *b = VEC_AT(f->blocks, i);
		Block *d = t->idom[b->id];
		if (d) {
			sibling[b->id] = child[d->id];
			child[d->id] = b->id;
		}
	}
	for (int i = 0; i < nb; i++)
		t->pre[i] = t->post[i] = -1;
	int *stack = malloc(sizeof(int) * (size_t)(nb + 1)), *next = malloc(sizeof(int) * (size_t)nb);
	int sp = 0, clock = 0;
	stack[sp++] = f->entry->id;
	t->pre[f->entry->id] = clock++;
	t->depth[f->entry->id] = 0;
	next[f->entry->id] = child[f->entry->id];
	while (sp > 0) {
		int b = stack[sp - 1];
		if (next[b]) {
			int c = next[b];
			next[b] = sibling[c];
			t->pre[c] = clock++;
			t->depth[c] = t->depth[b] + 1;
			next[c] = child[c];
			stack[sp++] = c;
			continue;
		}
		t->post[b] = clock++;
		sp--;
	}
	free(stack);
	free(next);
	free(child);
	free(sibling);
	return t;
}

DomTree *ssa_domtree(Func *f) {
	if (!f->dom)
		f->dom = ssa_domtree_build(f);
	return f->dom;
}

void ssa_invalidate_cfg(Func *f) { f->dom = NULL; }

bool ssa_dominates(const DomTree *t, Block *x, Block *y) {
	if (t->pre[x->id] < 0 || t->pre[y->id] < 0)
		return false;
	return t->pre[x->id] <= t->pre[y->id] && t->post[y->id] <= t->post[x->id];
}

Block *ssa_dom_lca(const DomTree *t, Block *a, Block *b) {
	if (t->pre[a->id] < 0 || t->pre[b->id] < 0)
		return NULL;
	while (t->depth[a->id] > t->depth[b->id])
		a = t->idom[a->id];
	while (t->depth[b->id] > t->depth[a->id])
		b = t->idom[b->id];
	while (a != b) {
		a = t->idom[a->id];
		b = t->idom[b->id];
	}
	return a;
}
