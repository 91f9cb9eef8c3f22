/* shortcircuit.c — branches whose direction a preceding branch already
 * decided jump straight to their target (gc's shortcircuit.go). This is what
 * makes `a && b` and `a || b` cheap: the builder evaluates them into a bool
 * phi that an If then tests again.
 *
 * Step 1: a bool phi argument that is the control of the If block it comes
 * from is, along that edge, a constant: true on the If's first edge, false
 * on its second.
 *
 *	p: If a -> b q          b: v = Phi (true from p) (x from q)
 *	                           If v -> t u
 *
 * Step 2 (ssa_shortcircuit_block, run by fuse together with plain-block
 * merging): b is an If block holding nothing but its control, a phi (maybe
 * under Copy/Not wrappers used only there), and that phi has a constant
 * argument from p: the edge p→b is redirected to the successor the constant
 * selects (t), and b loses p. If b holds other phis (only with two preds),
 * they must be moved out of b first; shortcircuit_phi_plan recognises the
 * few CFG shapes in which their values can be rebuilt in t, u or the block
 * where t and u merge (gc's cases, same order).
 *
 * Invariants kept: phi arguments in preds order (ssa_redirect_edge), and b
 * is never its own p or t (an infinite loop stays as it is). A b left
 * without preds stays in the function, unreachable, for the following
 * deadcode pass (gc marks it BlockInvalid; goc's verifier wants every block
 * in f->blocks well-formed).
 *
 * requires: nothing.  breaks: dominators (edges move); leaves unreachable
 * blocks and Copies for deadcode.
 */
#include "ssa.h"

/* Step 1 */
static void constant_phi_args(Func *f) {
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->op != OpPhi || v->type->kind != TY_BOOL)
				continue;
			for (int j = 0; j < v->nargs; j++) {
				Block *p = VEC_AT(b->preds, j);
				if (p->kind != BlockIf || p->control != v->args[j])
					continue;
				int taken = ssa_succ_index(b, j) == 0; /* the first edge is the true one */
				ssa_set_arg(v, j, ssa_const_int(f, v->type, taken));
			}
		}
	}
}

void ssa_shortcircuit(Func *f) {
	constant_phi_args(f);
	ssa_fuse(f, FUSE_PLAIN | FUSE_SHORTCIRCUIT);
}

/* How to rebuild a phi w of b (other than the control) once the edge p→b
 * is gone: wp is w's argument from p, wq the one from q (b's other pred).
 * The plans are gc's; each says where w's uses can find its value. */
typedef enum PhiPlan {
	PLAN_NONE,
	PLAN_MERGE,     // t and u each lead only to m, m's only preds
	PLAN_T_JOINS_U, // u leads only to t; t's preds are b and u
	PLAN_U_JOINS_T, // t leads only to u; u's preds are b and t
	PLAN_T_EXITS,   // t has no successors
	PLAN_U_EXITS,   // u has no successors
} PhiPlan;

static PhiPlan shortcircuit_phi_plan(Block *b, Block *t, Block *u) {
	/* b's preds entirely distinct from its succs keeps the reasoning simple (gc #44465) */
	Block *p0 = VEC_AT(b->preds, 0), *p1 = VEC_AT(b->preds, 1);
	if (p0 == t || p1 == t || p0 == u || p1 == u)
		return PLAN_NONE;
	if (t->preds.len == 1 && t->succs.len == 1 && u->preds.len == 1 && u->succs.len == 1 &&
	    VEC_AT(t->succs, 0) == VEC_AT(u->succs, 0) && ((Block *)VEC_AT(t->succs, 0))->preds.len == 2)
		return PLAN_MERGE;
	if (t->preds.len == 2 && u->preds.len == 1 && u->succs.len == 1 && VEC_AT(u->succs, 0) == t)
		return PLAN_T_JOINS_U;
	if (u->preds.len == 2 && t->preds.len == 1 && t->succs.len == 1 && VEC_AT(t->succs, 0) == u)
		return PLAN_U_JOINS_T;
	if (t->preds.len == 1 && u->preds.len == 1 && t->succs.len == 0)
		return PLAN_T_EXITS;
	if (u->preds.len == 1 && t->preds.len == 1 && u->succs.len == 0)
		return PLAN_U_EXITS;
	return PLAN_NONE;
}

/* A phi in t standing for w on t's two edges, (b: wq, p: wp); t's preds
 * are (b, p) once the edge p→t exists. */
static Value *phi_in_t(Block *t, Value *w, Value *wq, Value *wp) {
	Value *phi = ssa_value_new(t, OpPhi, w->type, w->pos);
	ssa_add_arg(phi, wq);
	ssa_add_arg(phi, wp);
	ssa_replace_uses_in_block(t, w, phi);
	return phi;
}

static void set_args(Value *w, Value **args, int n) {
	ssa_reset_args(w);
	for (int i = 0; i < n; i++)
		ssa_add_arg(w, args[i]);
}

/* Carry out plan for w = b->values[i]; w already has only its q argument.
 * Returns whether w left b. */
static bool fix_phi(PhiPlan plan, Value *w, int i, Block *t, Block *u, Value *wp, Value *wq) {
	Block *m;
	Value *phi;
	switch (plan) {
	case PLAN_MERGE:
		/* uses in u see wq, in t a phi of both; everything after, in m */
		m = VEC_AT(t->succs, 0);
		ssa_replace_uses_in_block(u, w, wq);
		phi = phi_in_t(t, w, wq, wp);
		if (w->uses == 0)
			return false;
		ssa_move_value(w, i, m);
		if (VEC_AT(m->preds, 0) == t)
			set_args(w, (Value *[]){phi, wq}, 2);
		else
			set_args(w, (Value *[]){wq, phi}, 2);
		return true;
	case PLAN_T_JOINS_U:
		/* t's preds: b and u in some order, then p */
		ssa_replace_uses_in_block(u, w, wq);
		ssa_move_value(w, i, t);
		set_args(w, (Value *[]){wq, wq, wp}, 3);
		return true;
	case PLAN_U_JOINS_T:
		phi = phi_in_t(t, w, wq, wp);
		if (w->uses == 0)
			return false;
		ssa_move_value(w, i, u);
		set_args(w, VEC_AT(u->preds, 0) == t ? (Value *[]){phi, wq} : (Value *[]){wq, phi}, 2);
		return true;
	case PLAN_T_EXITS:
		phi_in_t(t, w, wq, wp);
		if (w->uses == 0)
			return false;
		ssa_move_value(w, i, u);
		set_args(w, (Value *[]){wq}, 1);
		return true;
	case PLAN_U_EXITS:
		ssa_replace_uses_in_block(u, w, wq);
		ssa_move_value(w, i, t);
		set_args(w, (Value *[]){wq, wp}, 2);
		return true;
	case PLAN_NONE:
		break;
	}
	unreachable();
}

bool ssa_shortcircuit_block(Block *b) {
	if (b->kind != BlockIf)
		return false;
	/* the control: Copy/Not wrappers of a phi of b, each used only there */
	Value *ctl = b->control;
	int nval = 1, swap = 0;
	while (ctl->uses == 1 && ctl->block == b && (ctl->op == OpCopy || ctl->op == OpNot)) {
		if (ctl->op == OpNot)
			swap ^= 1;
		ctl = ctl->args[0];
		nval++;
	}
	if (ctl->op != OpPhi || ctl->block != b || ctl->uses != 1)
		return false;
	int nother = 0;
	for (int i = 0; i < b->values.len; i++) {
		Value *w = VEC_AT(b->values, i);
		nother += w->op == OpPhi && w != ctl;
	}
	if (nother > 0 && b->preds.len != 2)
		return false; /* the plans reason about two preds */
	if (b->values.len != nval + nother)
		return false;
	/* a phi of b using another phi of b makes the substitutions order-dependent (gc #45175) */
	for (int i = 0; nother > 0 && i < b->values.len; i++) {
		Value *w = VEC_AT(b->values, i);
		if (w->op != OpPhi)
			continue;
		for (int j = 0; j < w->nargs; j++)
			if (w->args[j] != w && w->args[j]->op == OpPhi && w->args[j]->block == b)
				return false;
	}

	int cidx = -1;
	for (int i = 0; i < ctl->nargs; i++)
		if (ctl->args[i]->op == OpConstBool) {
			cidx = i;
			break;
		}
	if (cidx < 0)
		return false;
	Block *p = VEC_AT(b->preds, cidx);
	int pi = ssa_succ_index(b, cidx);
	int ti = (int)(1 ^ ctl->args[cidx]->auxint ^ swap); /* where p's edge always leads */
	Block *t = VEC_AT(b->succs, ti), *u = VEC_AT(b->succs, 1 ^ ti);
	if (p == b || t == b)
		return false; /* an infinite loop: leave it (gc #33903) */
	PhiPlan plan = PLAN_NONE;
	if (nother > 0) {
		plan = shortcircuit_phi_plan(b, t, u);
		if (plan == PLAN_NONE)
			return false;
	}

	/* committed: remember the other phis' arguments, then move the edge */
	int nv = b->values.len;
	Value **wp = malloc(sizeof(Value *) * (size_t)nv), **wq = malloc(sizeof(Value *) * (size_t)nv);
	Value **phis = malloc(sizeof(Value *) * (size_t)nv);
	int nphis = 0;
	for (int i = 0; i < nv; i++) {
		Value *w = VEC_AT(b->values, i);
		if (w->op != OpPhi || w == ctl)
			continue;
		phis[nphis] = w;
		wp[nphis] = w->args[cidx];
		wq[nphis] = w->args[1 ^ cidx];
		nphis++;
	}
	ssa_redirect_edge(p, pi, t, ssa_pred_index(b, ti));

	for (int k = 0; k < nphis; k++) {
		Value *w = phis[k];
		if (w->uses == 0)
			continue;
		int i = 0;
		while (VEC_AT(b->values, i) != w)
			i++;
		if (!fix_phi(plan, w, i, t, u, wp[k], wq[k]))
			continue;
		/* w is now computed in its new block: phis there that used w (the
		 * value it had on entry) take the corresponding argument of w */
		Block *nb = w->block;
		for (int j = 0; j < nb->values.len; j++) {
			Value *x = VEC_AT(nb->values, j);
			if (x->op != OpPhi || x == w)
				continue;
			for (int a = 0; a < x->nargs; a++)
				if (x->args[a] == w)
					ssa_set_arg(x, a, w->args[a]);
		}
		if (w->uses != 0)
			ssa_phielim_value(w);
	}
	free(phis);
	free(wp);
	free(wq);
	ssa_phielim_value(ctl);
	return true;
}
