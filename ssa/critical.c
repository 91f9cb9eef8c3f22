/* critical.c — split critical edges (gc's critical.go): an edge from a
 * block with several successors to a block with several preds gets a new
 * empty Plain block on it. gc's register allocator needs that to place phi
 * moves; here it gives each phi input an edge of its own, which the back end
 * can then emit without a trampoline (`If c -> b b` included).
 *
 * If b has exactly one phi, the critical edges carrying the same phi
 * argument share one new block (gc's trick against a block per edge in
 * large switches); b then loses the extra preds and phi args, and a phi
 * left with one argument becomes a Copy.
 *
 * New blocks go at the end of f->blocks and are visited too; their
 * position is the branching block's.
 *
 * requires: nothing.  breaks: dominators (blocks are added).
 */
#include "ssa.h"

void ssa_critical(Func *f) {
	/* phi argument id → the block made for it, valid within one b */
	Block **blocks = calloc((size_t)f->next_value_id, sizeof(Block *));
	for (int j = 0; j < f->blocks.len; j++) {
		Block *b = VEC_AT(f->blocks, j);
		if (b->preds.len <= 1)
			continue;
		Value *phi = NULL;
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->op != OpPhi)
				continue;
			if (phi) {
				phi = NULL;
				break;
			}
			phi = v;
		}
		if (phi)
			for (int i = 0; i < phi->nargs; i++)
				blocks[phi->args[i]->id] = NULL;

		for (int i = 0; i < b->preds.len;) {
			Block *p = VEC_AT(b->preds, i);
			if (p->succs.len <= 1) {
				i++;
				continue;
			}
			int pi = ssa_succ_index(b, i);
			Block *d = phi ? blocks[phi->args[i]->id] : NULL;
			if (d) {
				/* p's edge joins the block made for the same argument */
				VEC_AT(p->succs, pi) = d;
				vec_push(&d->preds, p);
				ssa_remove_pred(b, i);
				if (b->preds.len == 1 && phi->op == OpPhi)
					ssa_copy_of(phi, phi->args[0]);
				continue; /* pred i is the next one now */
			}
			d = ssa_block_new(f, BlockPlain);
			d->pos = p->pos;
			if (phi)
				blocks[phi->args[i]->id] = d;
			VEC_AT(p->succs, pi) = d;
			VEC_AT(b->preds, i) = d;
			vec_push(&d->preds, p);
			vec_push(&d->succs, b);
			i++;
		}
	}
	free(blocks);
}
