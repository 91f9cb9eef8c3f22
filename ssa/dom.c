/* dom.c — block orders and dominators (gc's dom.go).
 *
 * ssa_rpo: reverse postorder of the blocks reachable from the entry, from an
 * iterative depth-first search visiting successors in order (gc's
 * postorderWithNumbering, reversed).
 * ssa_dominators: immediate dominators by Cooper, Harvey and Kennedy's
 * iterative algorithm ("A Simple, Fast Dominance Algorithm", 2001), the one
 * gc uses for small functions (dominatorsSimple).
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
