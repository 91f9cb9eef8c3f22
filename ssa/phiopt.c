/* phiopt.c — phis that only restate the branch that chose them (gc's
 * phiopt.go).
 *
 *	x := false
 *	if c { x = true }        b0: If c -> b1 b2;  b1: Plain -> b2
 *	                         b2: x = Phi (true) (false)   →   x = Copy c
 *
 * For a block b with two preds, follow each pred up through blocks with one
 * pred and one successor; if both chains start at the same If block b0,
 * then on b's pred `reverse` b0's condition was true, and for each phi v:
 *   - bool constants true/false → Copy c, false/true → Not c;
 *   - (true, x) → OrB c x and (x, false) → AndB c x, when x dominates b
 *     (so it was computed whichever way b0 went);
 *   - integer constants 1/0 (or 0/1) → the zero-extended CvtBoolToUint8 of
 *     c (or of Not c) (gc's phioptint).
 * Then gc's second round: a phi of bool constants in b with two preds, when
 * the nearest common dominator of the preds is an If b0 and each of b0's
 * successors dominates one pred, is b0's condition or its negation. Unlike
 * gc, the special cases where a pred is b0 itself also require b0's other
 * successor to have b0 as its only pred: without that, a path can leave b0
 * towards b, loop back through that successor and reach the other pred,
 * and the phi would not match the condition of b0's last run.
 *
 * Block kinds: only an If decides (a First block has two successors but no
 * condition); the chains follow blocks with one successor (Plain). The k-th
 * edge from b0 to b is b's k-th pred from b0, so `If c -> b b` works too.
 *
 * requires: dominators.  breaks: nothing (the CFG is unchanged; values are
 * rewritten in place, new ones added to b).
 */
#include "ssa.h"

/* Climb from b's pred i through blocks with one pred and one successor:
 * returns the first other block, *last the block before it on the way. */
static Block *climb(Func *f, Block *b, int i, Block **last) {
	Block *pb = b, *x = VEC_AT(b->preds, i);
	for (int n = 0; x->succs.len == 1 && x->preds.len == 1 && n <= f->blocks.len; n++) {
		pb = x;
		x = VEC_AT(x->preds, 0);
	}
	*last = pb;
	return x;
}

static bool is_int_const(Value *v) {
	return v->op == OpConst8 || v->op == OpConst16 || v->op == OpConst32 || v->op == OpConst64;
}

static void phiopt_int(Value *v, Block *b0, int reverse) {
	Value *a0 = v->args[0], *a1 = v->args[1];
	if (a0->op != a1->op || !is_int_const(a0))
		return;
	bool negate;
	if (a0->auxint == 0 && a1->auxint == 1)
		negate = true;
	else if (a0->auxint == 1 && a1->auxint == 0)
		negate = false;
	else
		return;
	if (reverse)
		negate = !negate;
	Block *b = v->block;
	Value *c = b0->control;
	if (negate)
		c = ssa_value1(b, OpNot, c->type, v->pos, c);
	Value *cvt = ssa_value1(b, OpCvtBoolToUint8, ty_uint8, v->pos, c);
	Op op;
	switch (types_size(v->type)) {
	case 1: op = OpCopy; break;
	case 2: op = OpZeroExt8to16; break;
	case 4: op = OpZeroExt8to32; break;
	case 8: op = OpZeroExt8to64; break;
	default: ssa_fatalf(b->func, "phiopt: bad int size %lld for v%d", (long long)types_size(v->type), v->id);
	}
	ssa_reset(v, op);
	ssa_add_arg(v, cvt);
}

/* v = Phi of two different bool constants; b0's condition was true on
 * the way to v's arg `reverse` */
static void convert_phi(Block *b0, Value *v, int reverse) {
	Op op = v->args[reverse]->auxint ? OpCopy : OpNot;
	ssa_reset(v, op);
	ssa_add_arg(v, b0->control);
}

static bool const_bool_pair(Value *v) {
	return v->op == OpPhi && v->nargs == 2 && v->args[0]->op == OpConstBool && v->args[1]->op == OpConstBool &&
	       v->args[0]->auxint != v->args[1]->auxint;
}

void ssa_phiopt(Func *f) {
	DomTree *dt = ssa_domtree(f);
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		if (b->preds.len != 2 || b->values.len == 0)
			continue; /* TODO (gc too): more preds, as in a || b || c */
		Block *pb0, *pb1;
		Block *b0 = climb(f, b, 0, &pb0), *b1 = climb(f, b, 1, &pb1);
		if (b0 != b1 || b0->kind != BlockIf)
			continue;
		int reverse;
		if (VEC_AT(b0->succs, 0) == pb0 && VEC_AT(b0->succs, 1) == pb1)
			reverse = 0;
		else if (VEC_AT(b0->succs, 0) == pb1 && VEC_AT(b0->succs, 1) == pb0)
			reverse = 1;
		else
			ssa_fatalf(f, "phiopt: invalid predecessors of b%d", b->id);

		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->op != OpPhi)
				continue;
			if (type_is_integer(v->type)) {
				phiopt_int(v, b0, reverse);
				continue;
			}
			if (v->type->kind != TY_BOOL)
				continue;
			Value *t = v->args[reverse], *e = v->args[1 - reverse]; /* c ? t : e */
			if (t->op == OpConstBool && e->op == OpConstBool && t->auxint != e->auxint) {
				convert_phi(b0, v, reverse);
				continue;
			}
			/* the other argument must have been computed however b0 went */
			if (t->op == OpConstBool && t->auxint == 1 && ssa_dominates(dt, e->block, b)) {
				ssa_reset(v, OpOrB);
				ssa_add_arg(v, b0->control);
				ssa_add_arg(v, e);
				continue;
			}
			if (e->op == OpConstBool && e->auxint == 0 && ssa_dominates(dt, t->block, b)) {
				ssa_reset(v, OpAndB);
				ssa_add_arg(v, b0->control);
				ssa_add_arg(v, t);
				continue;
			}
		}
	}

	/* the condition decided further up: b0 is the preds' nearest common dominator */
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		if (b->preds.len != 2 || b->values.len == 0)
			continue;
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (!const_bool_pair(v))
				continue;
			Block *pb0 = VEC_AT(b->preds, 0), *pb1 = VEC_AT(b->preds, 1);
			Block *idom = dt->idom[b->id];
			int k = pb0->kind == BlockIf && pb0 == idom ? 0 : pb1->kind == BlockIf && pb1 == idom ? 1 : -1;
			if (k >= 0) {
				/* b0, pred k, goes to b directly on its edge ei; its other
				 * successor must lead to the other pred */
				Block *b0 = VEC_AT(b->preds, k), *other = VEC_AT(b->preds, 1 - k);
				int ei = ssa_succ_index(b, k);
				Block *sb = VEC_AT(b0->succs, 1 - ei);
				if (sb->preds.len == 1 && ssa_dominates(dt, sb, other)) {
					convert_phi(b0, v, k ^ ei); /* the true value comes in on pred k iff ei is the true edge */
					break;
				}
			} else {
				Block *b0 = ssa_dom_lca(dt, pb0, pb1);
				if (!b0 || b0->kind != BlockIf)
					break;
				Block *sb0 = VEC_AT(b0->succs, 0), *sb1 = VEC_AT(b0->succs, 1);
				int reverse;
				if (ssa_dominates(dt, sb0, pb0) && ssa_dominates(dt, sb1, pb1))
					reverse = 0;
				else if (ssa_dominates(dt, sb1, pb0) && ssa_dominates(dt, sb0, pb1))
					reverse = 1;
				else
					break;
				/* if a || b { x = true }: b0's way must be the only one in */
				if (sb0->preds.len != 1 || sb1->preds.len != 1)
					break;
				convert_phi(b0, v, reverse);
			}
		}
	}
}
