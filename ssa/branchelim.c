/* branchelim.c — small diamonds that only choose a value become CondSelect
 * (gc's branchelim.go; the back end emits an LLVM select, a CMOV).
 *
 *	dom            dom
 *	 | \          /   \
 *	 | simple   yes    no      ← Plain, one pred, at most 2 (resp. 1)
 *	 | /          \   /           values, all safe to run speculatively
 *	post           post        ← exactly these two preds, has phis
 *
 * Every phi of post becomes `CondSelect <T> a b c` (c ? a : b, c dom's
 * condition), or a Copy if both its arguments are one value; the values of the arm(s) and of post move into dom, which
 * takes over post's kind, control and successors. gc's limits for amd64:
 *   - the phis' types fit a register and have a CMOV: integers of 2, 4 or
 *     8 bytes and pointer-shaped types (pointers, unsafe.Pointer, maps,
 *     chans, funcs) — no bool or byte (no byte CMOV), no floats;
 *   - no phi value is used (transitively, through integer and pointer
 *     arithmetic) to compute a load address: a select would make the load
 *     wait for the condition, where a predicted branch would not (gc #26306);
 *   - dom has no likely direction (a predictable branch is cheaper);
 *   - the arm holds no phi, division, memory op or side effect; for if/else,
 *     one phi only, or two whose post has no values using the arms' (gc's
 *     cost estimate: each select costs 1, the limit is 2).
 *
 * requires: nothing.  breaks: dominators (blocks merge).
 */
#include "ssa.h"

static bool is_div_mod(Op op) {
	switch (op) {
	case OpDiv8: case OpDiv8u: case OpDiv16: case OpDiv16u: case OpDiv32: case OpDiv32u:
	case OpDiv64: case OpDiv64u: case OpDiv32F: case OpDiv64F:
	case OpMod8: case OpMod8u: case OpMod16: case OpMod16u: case OpMod32: case OpMod32u:
	case OpMod64: case OpMod64u:
		return true;
	default:
		return false;
	}
}

/* every value of b can run whichever way the branch goes: no memory
 * accesses, panics or other side effects (gc's canSpeculativelyExecute) */
static bool can_speculate(Block *b) {
	for (int i = 0; i < b->values.len; i++) {
		Value *v = VEC_AT(b->values, i);
		int k = v->type->kind;
		if (v->op == OpPhi || is_div_mod(v->op) || k == TY_MEM || k == TY_TUPLE || k == TY_VOID ||
		    ssa_op_mem_arg(v) >= 0 || (op_info[v->op].flags & (OPF_MEMARG | OPF_CALL | OPF_SIDEEFFECT)))
			return false;
	}
	return true;
}

static bool int_or_ptr(Type *t) {
	switch (t->kind) {
	case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
	case TY_POINTER: case TY_UNSAFEPTR: case TY_MAP: case TY_CHAN: case TY_FUNC:
		return true;
	default:
		return false;
	}
}

static bool can_cond_select(Value *v, const bool *load_addr) {
	if (load_addr[v->id])
		return false;
	Type *t = v->type;
	switch (t->kind) {
	case TY_POINTER: case TY_UNSAFEPTR: case TY_MAP: case TY_CHAN: case TY_FUNC:
		return true;
	case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
	case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
		return true;
	default: /* bytes and bools: no CMOV on amd64; floats, aggregates: not in a register */
		return false;
	}
}

/* Can every phi of post become a CondSelect?  *hasphis: post has one. */
static bool phis_selectable(Block *post, const bool *load_addr, bool *hasphis) {
	*hasphis = false;
	for (int i = 0; i < post->values.len; i++) {
		Value *v = VEC_AT(post->values, i);
		if (v->op == OpPhi) {
			*hasphis = true;
			if (!can_cond_select(v, load_addr))
				return false;
		}
	}
	return true;
}

/* the values feeding a load address, through integer and pointer values */
static bool *load_addresses(Func *f) {
	int nv = f->next_value_id;
	bool *set = calloc((size_t)nv, sizeof(bool));
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			switch (v->op) {
			case OpLoad: case OpAtomicLoad32: case OpAtomicLoad64: case OpAtomicLoadPtr:
				set[v->args[0]->id] = true;
				break;
			case OpMove: case OpMoveWB:
				set[v->args[1]->id] = true;
				break;
			default:
				break;
			}
		}
	}
	for (bool changed = true; changed;) {
		changed = false;
		for (int bi = f->blocks.len - 1; bi >= 0; bi--) {
			Block *b = VEC_AT(f->blocks, bi);
			for (int i = b->values.len - 1; i >= 0; i--) {
				Value *v = VEC_AT(b->values, i);
				if (!set[v->id])
					continue;
				for (int j = 0; j < v->nargs; j++) {
					Value *a = v->args[j];
					if (!set[a->id] && int_or_ptr(a->type)) {
						set[a->id] = true;
						changed = true;
					}
				}
			}
		}
	}
	return set;
}

static bool leaf_plain(Block *b) { return b->kind == BlockPlain && b->preds.len == 1; }

/* post's phis → CondSelect on dom's condition; arms and post merge into
 * dom. first: the block on dom's true way into post (dom or an arm). */
static void merge_diamond(Block *dom, Block *first, Block *post, Block *arm0, Block *arm1) {
	Value *cond = dom->control;
	bool swap = VEC_AT(post->preds, 0) != first; /* phi arg 0 must be the true value */
	for (int i = 0; i < post->values.len; i++) {
		Value *v = VEC_AT(post->values, i);
		if (v->op != OpPhi)
			continue;
		if (v->args[0] == v->args[1]) { /* no choice to make */
			ssa_copy_of(v, v->args[0]);
			continue;
		}
		v->op = OpCondSelect;
		if (swap) {
			Value *t = v->args[0];
			v->args[0] = v->args[1];
			v->args[1] = t;
		}
		ssa_add_arg(v, cond);
	}

	/* dom takes post's place in the CFG */
	while (dom->succs.len)
		vec_pop(&dom->succs);
	dom->kind = post->kind;
	ssa_set_control(dom, post->control);
	dom->likely = post->likely;
	for (int i = 0; i < post->succs.len; i++) {
		Block *s = VEC_AT(post->succs, i);
		vec_push(&dom->succs, s);
		for (int j = 0; j < s->preds.len; j++)
			if (VEC_AT(s->preds, j) == post) /* every post→s edge, in order */
				VEC_AT(s->preds, j) = dom;
	}
	Block *parts[] = {arm0, arm1, post};
	for (int k = 0; k < 3; k++) {
		Block *x = parts[k];
		if (!x)
			continue;
		for (int i = 0; i < x->values.len; i++) {
			Value *v = VEC_AT(x->values, i);
			v->block = dom;
			vec_push(&dom->values, v);
		}
		ssa_clobber_block(x);
	}
}

/* dom → simple → post and dom → post */
static bool elim_if(Block *dom, const bool *load_addr) {
	if (dom->kind != BlockIf || dom->likely != LIKELY_UNKNOWN)
		return false;
	Block *simple = NULL, *post = NULL;
	int si = -1;
	for (int i = 0; i < 2; i++) {
		Block *bb = VEC_AT(dom->succs, i), *other = VEC_AT(dom->succs, i ^ 1);
		if (leaf_plain(bb) && VEC_AT(bb->succs, 0) == other) {
			simple = bb, post = other, si = i;
			break;
		}
	}
	if (!simple || post->preds.len != 2 || post == dom)
		return false;
	bool hasphis;
	if (!phis_selectable(post, load_addr, &hasphis))
		return false;
	/* at most this many useless values run to make the select's other input */
	enum { MAX_FUSE_INSTS = 2 };
	if (!hasphis || simple->values.len > MAX_FUSE_INSTS || !can_speculate(simple))
		return false;
	merge_diamond(dom, si == 0 ? simple : dom, post, simple, NULL);
	return true;
}

/* gc's cost estimate for amd64: one per select, plus, with more than one
 * select, one per use in post of the arms' values (the flags may have to
 * be recomputed); branching wins from 2 up */
static bool should_elim_if_else(Block *no, Block *yes, Block *post) {
	int phi = 0, other = 0;
	for (int i = 0; i < post->values.len; i++) {
		Value *v = VEC_AT(post->values, i);
		if (v->op == OpPhi)
			phi++;
		for (int j = 0; j < v->nargs; j++)
			if (v->args[j]->block == no || v->args[j]->block == yes)
				other++;
	}
	int cost = phi;
	if (phi > 1)
		cost += other;
	return cost < 2;
}

/* dom → yes → post and dom → no → post */
static bool elim_if_else(Block *b, const bool *load_addr) {
	if (b->kind != BlockIf || b->likely != LIKELY_UNKNOWN)
		return false;
	Block *yes = VEC_AT(b->succs, 0), *no = VEC_AT(b->succs, 1);
	if (yes == no || !leaf_plain(yes) || yes->values.len > 1 || !can_speculate(yes))
		return false;
	if (!leaf_plain(no) || no->values.len > 1 || !can_speculate(no))
		return false;
	Block *post = VEC_AT(yes->succs, 0);
	if (VEC_AT(no->succs, 0) != post || post->preds.len != 2 || post == b)
		return false;
	bool hasphis;
	if (!phis_selectable(post, load_addr, &hasphis))
		return false;
	if (!hasphis || !should_elim_if_else(no, yes, post))
		return false;
	merge_diamond(b, yes, post, yes, no);
	return true;
}

void ssa_branchelim(Func *f) {
	bool *load_addr = load_addresses(f);
	for (bool change = true; change;) {
		change = false;
		for (int bi = 0; bi < f->blocks.len; bi++) {
			Block *b = VEC_AT(f->blocks, bi);
			if (elim_if(b, load_addr) || elim_if_else(b, load_addr))
				change = true;
		}
		ssa_drop_invalid_blocks(f);
	}
	free(load_addr);
}
