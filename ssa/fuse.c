/* fuse.c — simplify the CFG by joining and bypassing blocks (gc's fuse.go
 * and fuse_branchredirect.go). ssa_fuse applies the chosen transformations
 * to every block, last to first, until none applies:
 *
 *   FUSE_PLAIN  b is Plain and its successor c has no other pred: b's values
 *               move to the front of c, b's preds become c's (gc's
 *               fuseBlockPlain). c's one-argument phis become Copies first.
 *   FUSE_IF     b is an If whose two ways reach one block ss, directly or
 *               through an empty Plain block each, and every used phi of ss
 *               has the same argument on both ways: b becomes Plain (gc's
 *               fuseBlockIf; `switch n { case 1, 2, 3: ... }` makes these).
 *   FUSE_BRANCH_REDIRECT
 *               b is an If holding at most its control; a pred p is an If
 *               whose taken edge to b decides b's control: p's edge goes
 *               straight to the successor b would take (and on, through
 *               further such Ifs p decides; a cycle of them, an infinite
 *               loop, stays as it is). gc derives this with prove's facts
 *               table; here the facts are the ones a single comparison
 *               gives: the same boolean (under Nots), or comparisons of the
 *               same two operands (x < y decides x <= y, y < x, x == y,
 *               ...), signed and unsigned kept apart except for equality.
 *   FUSE_SHORTCIRCUIT
 *               ssa_shortcircuit_block (shortcircuit.c).
 *
 * "early fuse" is FUSE_PLAIN; "late fuse" adds FUSE_IF and
 * FUSE_BRANCH_REDIRECT (gc's fuseEarly and fuseLate). gc's early fuse also
 * merges integer range checks (fuseIntegerComparisons), which only pays
 * with gc's "late opt" rules for the AndB/OrB it builds; goc has neither
 * yet. Empty blocks with several preds are not bypassed: before register
 * allocation such a block nearly always holds a phi (of memory at least),
 * and gc too leaves them to its "trim" pass after regalloc.
 *
 * Blocks emptied by a fusion are BlockInvalid until the end of the round,
 * then leave f->blocks (ssa_drop_invalid_blocks); a block bypassed until it
 * has no preds stays, unreachable, for deadcode.
 *
 * requires: nothing.  breaks: dominators (edges move, blocks go).
 */
#include "ssa.h"

/* b holds nothing live (gc's isEmpty: there may be false negatives) */
static bool is_empty(Block *b) {
	for (int i = 0; i < b->values.len; i++) {
		Value *v = VEC_AT(b->values, i);
		if (v->uses > 0 || (op_info[v->op].flags & (OPF_CALL | OPF_SIDEEFFECT)) || v->type->kind == TY_VOID)
			return false;
	}
	return true;
}

static bool removable(Value *v) {
	return v->type->kind != TY_VOID && v->type->kind != TY_MEM && v->type->kind != TY_TUPLE &&
	       !(op_info[v->op].flags & (OPF_CALL | OPF_SIDEEFFECT));
}

/* Delete b's unused values (and the values of b only they used) now, so
 * that b may count as empty for the next fusion (gc's walkValues). */
static void remove_dead_values(Block *b) {
	Vec work = {0};
	for (int i = 0; i < b->values.len; i++) {
		Value *v = VEC_AT(b->values, i);
		if (v->uses == 0 && removable(v))
			vec_push(&work, v);
	}
	if (!work.len)
		return;
	while (work.len) {
		Value *v = vec_pop(&work);
		if (v->op == OpInvalid || v->uses != 0 || v->block != b || !removable(v))
			continue;
		for (int i = 0; i < v->nargs; i++)
			vec_push(&work, v->args[i]);
		ssa_reset(v, OpInvalid);
	}
	free(work.data);
	int j = 0;
	for (int i = 0; i < b->values.len; i++) {
		Value *v = VEC_AT(b->values, i);
		if (v->op == OpInvalid)
			v->block = NULL;
		else
			VEC_AT(b->values, j++) = v;
	}
	if (j == b->values.len)
		return;
	b->values.len = j;
	/* names of removed values go too (deadcode's job elsewhere) */
	Func *f = b->func;
	for (int i = 0; i < f->names.len; i++) {
		NamedValue *n = VEC_AT(f->names, i);
		int k = 0;
		for (int m = 0; m < n->values.len; m++)
			if (((Value *)VEC_AT(n->values, m))->op != OpInvalid)
				VEC_AT(n->values, k++) = VEC_AT(n->values, m);
		n->values.len = k;
	}
}

static bool fuse_block_if(Block *b) {
	if (b->kind != BlockIf)
		return false;
	/* sK: the empty Plain block on way K, or b itself if there is none;
	 * ssK: where way K ends; iK: the index of its last edge in ssK's preds */
	Block *s0 = VEC_AT(b->succs, 0), *ss0, *s1 = VEC_AT(b->succs, 1), *ss1;
	int i0, i1;
	if (s0->kind != BlockPlain || !is_empty(s0)) {
		ss0 = s0, s0 = b, i0 = ssa_pred_index(b, 0);
	} else {
		ss0 = VEC_AT(s0->succs, 0), i0 = ssa_pred_index(s0, 0);
	}
	if (s1->kind != BlockPlain || !is_empty(s1)) {
		ss1 = s1, s1 = b, i1 = ssa_pred_index(b, 1);
	} else {
		ss1 = VEC_AT(s1->succs, 0), i1 = ssa_pred_index(s1, 0);
	}
	if (ss0 != ss1) {
		/* both ways through empty blocks, one of which leads to the other */
		if (s0 == b || s1 == b)
			return false;
		if (s0 == ss1)
			s0 = b, ss0 = ss1, i0 = ssa_pred_index(b, 0);
		else if (ss0 == s1)
			s1 = b, ss1 = ss0, i1 = ssa_pred_index(b, 1);
		else
			return false;
	}
	Block *ss = ss0;
	for (int i = 0; i < ss->values.len; i++) {
		Value *v = VEC_AT(ss->values, i);
		if (v->op == OpPhi && v->uses > 0 && v->args[i0] != v->args[i1])
			return false;
	}

	/* The preds of s0 and s1 need no redirection: plain fusion does that. */
	ssa_remove_edge(b, 0);
	if (s0 != b && s0->preds.len == 0) {
		ssa_remove_edge(s0, 0);
		for (int i = 0; i < s0->values.len; i++) { /* dead: deadcode or remove_dead_values deletes them */
			Value *v = VEC_AT(s0->values, i);
			v->block = b;
			vec_push(&b->values, v);
		}
		ssa_clobber_block(s0);
	}
	b->kind = BlockPlain;
	b->likely = LIKELY_UNKNOWN;
	ssa_set_control(b, NULL);
	remove_dead_values(b);
	return true;
}

static bool fuse_block_plain(Block *b) {
	if (b->kind != BlockPlain)
		return false;
	Block *c = VEC_AT(b->succs, 0);
	if (c == b || c->preds.len != 1)
		return false;
	/* c's phis have one argument; a phi of itself is a dead loop: leave it */
	for (int i = 0; i < c->values.len; i++) {
		Value *v = VEC_AT(c->values, i);
		if (v->op == OpPhi && v->args[0] == v)
			return false;
	}
	for (int i = 0; i < c->values.len; i++) {
		Value *v = VEC_AT(c->values, i);
		if (v->op == OpPhi)
			ssa_copy_of(v, v->args[0]);
	}

	/* b's values first, in order (gc keeps the order for debug info) */
	Vec vals = {0};
	for (int i = 0; i < b->values.len; i++) {
		Value *v = VEC_AT(b->values, i);
		v->block = c;
		vec_push(&vals, v);
	}
	for (int i = 0; i < c->values.len; i++)
		vec_push(&vals, VEC_AT(c->values, i));
	free(c->values.data);
	c->values = vals;

	/* the edge b→c is replaced by preds(b)→c, in b's preds order */
	int np = b->preds.len;
	int *si = malloc(sizeof(int) * (size_t)(np + 1));
	for (int i = 0; i < np; i++)
		si[i] = ssa_succ_index(b, i);
	c->preds.len = 0;
	for (int i = 0; i < np; i++) {
		Block *p = VEC_AT(b->preds, i);
		VEC_AT(p->succs, si[i]) = c;
		vec_push(&c->preds, p);
	}
	free(si);
	Func *f = b->func;
	if (f->entry == b)
		f->entry = c;
	ssa_clobber_block(b);
	return true;
}

/* ---- branch redirection ---- */

enum { LT = 1, EQ = 2, GT = 4, ALL = LT | EQ | GT };
enum { DOM_ANY, DOM_SIGNED, DOM_UNSIGNED };

/* The comparison v as "x REL y": the outcomes (LT/EQ/GT) for which v is
 * true in its domain. False if v is no integer or pointer comparison. */
static bool relation(Value *v, Value **x, Value **y, int *dom, unsigned *mask) {
	switch (v->op) {
	case OpEq8: case OpEq16: case OpEq32: case OpEq64: case OpEqPtr: case OpEqB:
		*dom = DOM_ANY, *mask = EQ;
		break;
	case OpNeq8: case OpNeq16: case OpNeq32: case OpNeq64: case OpNeqPtr: case OpNeqB:
		*dom = DOM_ANY, *mask = LT | GT;
		break;
	case OpLess8: case OpLess16: case OpLess32: case OpLess64:
		*dom = DOM_SIGNED, *mask = LT;
		break;
	case OpLeq8: case OpLeq16: case OpLeq32: case OpLeq64:
		*dom = DOM_SIGNED, *mask = LT | EQ;
		break;
	case OpLess8U: case OpLess16U: case OpLess32U: case OpLess64U:
		*dom = DOM_UNSIGNED, *mask = LT;
		break;
	case OpLeq8U: case OpLeq16U: case OpLeq32U: case OpLeq64U:
		*dom = DOM_UNSIGNED, *mask = LT | EQ;
		break;
	default:
		return false;
	}
	*x = v->args[0];
	*y = v->args[1];
	return true;
}

static unsigned mirror(unsigned m) { return (m & EQ) | (m & LT ? GT : 0) | (m & GT ? LT : 0); }

static Value *strip_not(Value *v, int *neg) {
	while (v->op == OpNot || v->op == OpCopy) {
		if (v->op == OpNot)
			*neg ^= 1;
		v = v->args[0];
	}
	return v;
}

/* Given that pc evaluated to taken (1 true, 0 false), what is bc? 1 true,
 * 0 false, -1 unknown. */
static int implied(Value *pc, int taken, Value *bc) {
	int pneg = 0, bneg = 0;
	pc = strip_not(pc, &pneg);
	bc = strip_not(bc, &bneg);
	taken ^= pneg;
	if (pc == bc)
		return taken ^ bneg;
	Value *px, *py, *bx, *by;
	int pd, bd;
	unsigned pm, bm;
	if (!relation(pc, &px, &py, &pd, &pm) || !relation(bc, &bx, &by, &bd, &bm))
		return -1;
	if (bx == py && by == px && bx != by)
		bm = mirror(bm);
	else if (bx != px || by != py)
		return -1;
	/* a signed order says nothing about the unsigned one and vice versa;
	 * equality (DOM_ANY) holds in both */
	if (pd != bd && pd != DOM_ANY && bd != DOM_ANY)
		return -1;
	unsigned fact = taken ? pm : ALL & ~pm; /* the outcomes still possible */
	int r = -1;
	if ((fact & ~bm) == 0)
		r = 1;
	else if ((fact & bm) == 0)
		r = 0;
	return r < 0 ? -1 : r ^ bneg;
}

/* an If holding nothing but, maybe, its control (used only there) */
static bool bare_if(Block *b) {
	if (b->kind != BlockIf)
		return false;
	Value *ctl = b->control;
	if (ctl->block != b)
		return b->values.len == 0;
	return b->values.len == 1 && ctl->uses == 1;
}

static bool fuse_branch_redirect(Func *f) {
	bool changed = false;
	for (int bi = f->blocks.len - 1; bi >= 0; bi--) {
		Block *b = VEC_AT(f->blocks, bi);
		if (!bare_if(b))
			continue;
		for (int k = 0; k < b->preds.len; k++) {
			Block *p = VEC_AT(b->preds, k);
			if (p->kind != BlockIf || p == b)
				continue;
			int psi = ssa_succ_index(b, k);
			/* follow the bare Ifs p's outcome decides, from b on; a cycle
			 * of them is an infinite loop: leave it */
			Block *prev = NULL, *cur = b;
			int out = 0;
			for (int steps = 0; cur != p && bare_if(cur); steps++) {
				int r = implied(p->control, psi == 0, cur->control);
				if (r < 0)
					break;
				Block *next = VEC_AT(cur->succs, r ? 0 : 1);
				if (next == b || steps > f->blocks.len) {
					cur = b;
					break;
				}
				prev = cur, out = r ? 0 : 1, cur = next;
			}
			if (cur == b)
				continue;
			/* the blocks passed hold no phis and no value cur's phis
			 * use, so those arguments are available at the end of p */
			ssa_redirect_edge(p, psi, cur, ssa_pred_index(prev, out));
			changed = true;
			k--;
		}
	}
	return changed;
}

void ssa_fuse(Func *f, unsigned types) {
	for (bool changed = true; changed;) {
		changed = false;
		/* last to first: fusing plain chains stays linear (gc #13554) */
		for (int i = f->blocks.len - 1; i >= 0; i--) {
			Block *b = VEC_AT(f->blocks, i);
			if (types & FUSE_IF)
				changed |= fuse_block_if(b);
			if (types & FUSE_PLAIN)
				changed |= fuse_block_plain(b);
			if (types & FUSE_SHORTCIRCUIT)
				changed |= ssa_shortcircuit_block(b);
		}
		if (types & FUSE_BRANCH_REDIRECT)
			changed |= fuse_branch_redirect(f);
		ssa_drop_invalid_blocks(f);
	}
}

void ssa_fuse_early(Func *f) { ssa_fuse(f, FUSE_PLAIN); }

void ssa_fuse_late(Func *f) { ssa_fuse(f, FUSE_PLAIN | FUSE_IF | FUSE_BRANCH_REDIRECT); }
