/* nilcheck.c — remove nil checks that cannot fail (gc's nilcheckelim,
 * nilcheck.go).
 *
 * A pointer is known to be non-nil
 *   - everywhere, if it is an address (Addr, LocalAddr, SP, SB), a pointer
 *     the caller or the runtime vouches for (a by-reference parameter, a
 *     result pointer, the closure context; what newobject, makeslice and
 *     mallocgc return), or a phi of such pointers;
 *   - in the blocks a NilCheck of it dominates (after the check), and in
 *     those dominated by the true edge of `If (IsNonNil p)` (the only way
 *     into them);
 *   - and so is OffPtr [small] p, AddPtr p _, PtrIndex p _ and ConvertPtr p
 *     of a known p ("small": below 4096, the page that faults; gc's
 *     minZeroPage).
 * The pass walks the dominator tree depth first, keeping the facts of the
 * current path: a NilCheck of a known pointer becomes a Copy of its memory
 * (deadcode removes it, moving its statement mark to a value of its line);
 * an IsNonNil of a known pointer becomes a Copy of true. Within a block the
 * NilChecks are taken in memory order; an IsNonNil there sees only the
 * facts of the dominators, unless it is used only as the block's control,
 * which is evaluated after every value of the block.
 *
 * With -d=nil each NilCheck removed is reported as gc does: "removed nil
 * check" at its position (not on line 1, which is mostly generated code).
 *
 * Unlike gc, SlicePtr is not taken as non-nil (goc has no SlicePtrUnchecked
 * for (*[0]T)(s) of a nil s), nor is an OffPtr of an unknown pointer.
 *
 * requires: nothing (computes dominators).
 * breaks: nothing; leaves Copies for copyelim and deadcode.
 */
#include "ssa.h"

enum { MIN_ZERO_PAGE = 4096 };

typedef struct NilState {
	Func *f;
	int nv;
	bool *known;   // by value id: non-nil on the dominator path being walked
	int *depth;    // by value id: position in its block's memory chain (-1: not computed)
} NilState;

static bool known_nonnil(NilState *s, Value *v) {
	for (int steps = 0; steps < 64; steps++) {
		if (v->id > 0 && v->id < s->nv && s->known[v->id])
			return true;
		switch (v->op) {
		case OpOffPtr:
			if (v->auxint < 0 || v->auxint >= MIN_ZERO_PAGE)
				return false;
			/* fall through */
		case OpAddPtr:
		case OpPtrIndex:
		case OpConvertPtr:
		case OpCopy:
			v = v->args[0];
			continue;
		default:
			return false;
		}
	}
	return false;
}

static bool rt_call_to(Value *call, const char *name) {
	if (call->op != OpStaticLECall || !call->aux)
		return false;
	AuxCall *c = call->aux;
	return c->rt && strcmp(rt_entry_name(c->rt - 1), name) == 0;
}

/* non-nil wherever it is defined */
static bool always_nonnil(Value *v) {
	switch (v->op) {
	case OpAddr:
	case OpLocalAddr:
	case OpSP:
	case OpSB:
	case OpGetClosurePtr:
		return true;
	case OpArg: /* by reference: a fresh copy; result pointers; the closure context */
		return v->auxint == 1 || v->auxint == 2 || v->auxint == 3;
	case OpSelectN: {
		Value *c = v->args[0];
		return v->auxint == 0 &&
		       (rt_call_to(c, "newobject") || rt_call_to(c, "makeslice") || rt_call_to(c, "mallocgc"));
	}
	default:
		return false;
	}
}

/* The value before v in its block's memory chain, or NULL at the block's start. */
static Value *mem_prev(Value *v) {
	Value *m = NULL;
	if (v->op == OpSelectN && v->args[0]->type && v->args[0]->type->kind == TY_TUPLE)
		m = v->args[0];
	else if (v->op != OpPhi) {
		int i = ssa_op_mem_arg(v);
		m = i >= 0 ? v->args[i] : NULL;
	}
	return m && m->block == v->block && m->op != OpPhi ? m : NULL;
}

static int chain_depth(NilState *s, Value *v) {
	Vec path = {0};
	Value *w = v;
	while (w && s->depth[w->id] < 0) {
		vec_push(&path, w);
		w = mem_prev(w);
	}
	int d = w ? s->depth[w->id] : -1;
	while (path.len) {
		Value *x = vec_pop(&path);
		s->depth[x->id] = ++d;
	}
	free(path.data);
	return s->depth[v->id];
}

static NilState *sort_state;
static int by_chain(const void *a, const void *b) {
	int da = sort_state->depth[(*(Value *const *)a)->id], db = sort_state->depth[(*(Value *const *)b)->id];
	return (da > db) - (da < db);
}

static void fold_isnonnil(NilState *s, Value *v) {
	ssa_copy_of(v, ssa_const_int(s->f, v->type, 1));
}

/* v is used only as b's control */
static bool only_control(Block *b, Value *v) { return b->control == v && v->uses == 1; }

void ssa_nilcheckelim(Func *f) {
	int nb = f->next_block_id;
	NilState s = {.f = f, .nv = f->next_value_id};
	s.known = calloc((size_t)s.nv, sizeof(bool));
	s.depth = malloc(sizeof(int) * (size_t)s.nv);
	for (int i = 0; i < s.nv; i++)
		s.depth[i] = -1;

	/* facts that hold everywhere; phis of known pointers, to a fixed point */
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (always_nonnil(v))
				s.known[v->id] = true;
		}
	}
	for (bool changed = true; changed;) {
		changed = false;
		for (int bi = 0; bi < f->blocks.len; bi++) {
			Block *b = VEC_AT(f->blocks, bi);
			for (int i = 0; i < b->values.len; i++) {
				Value *v = VEC_AT(b->values, i);
				if (v->op != OpPhi || s.known[v->id] || v->type->kind == TY_MEM)
					continue;
				bool all = v->nargs > 0;
				for (int j = 0; j < v->nargs && all; j++)
					all = known_nonnil(&s, v->args[j]);
				if (all)
					s.known[v->id] = changed = true;
			}
		}
	}

	/* the dominator tree, children in block order */
	Block **idom = malloc(sizeof(Block *) * (size_t)nb);
	ssa_dominators(f, idom);
	Block **child = calloc((size_t)nb, sizeof(Block *)), **sibling = calloc((size_t)nb, sizeof(Block *));
	for (int bi = f->blocks.len - 1; bi >= 0; bi--) {
		Block *b = VEC_AT(f->blocks, bi);
		Block *d = idom[b->id];
		if (d) {
			sibling[b->id] = child[d->id];
			child[d->id] = b;
		}
	}

	/* depth first: a block, or (block NULL) a pointer whose fact ends here */
	typedef struct Work {
		Block *b;
		Value *ptr;
	} Work;
	Work *stack = malloc(sizeof(Work) * (size_t)(nb + s.nv + 1));
	int sp = 0;
	stack[sp++] = (Work){f->entry, NULL};
	Vec checks = {0};
	while (sp > 0) {
		Work w = stack[--sp];
		if (!w.b) {
			s.known[w.ptr->id] = false;
			continue;
		}
		Block *b = w.b;
		/* the true edge of If (IsNonNil p) is the only way here */
		if (b->preds.len == 1) {
			Block *p = VEC_AT(b->preds, 0);
			if (p->kind == BlockIf && p->control->op == OpIsNonNil && VEC_AT(p->succs, 0) == b &&
			    VEC_AT(p->succs, 1) != b) {
				Value *ptr = p->control->args[0];
				if (!known_nonnil(&s, ptr)) {
					s.known[ptr->id] = true;
					stack[sp++] = (Work){NULL, ptr};
				}
			}
		}
		/* explicit checks of what the dominators established */
		checks.len = 0;
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->op == OpIsNonNil && v->id < s.nv && known_nonnil(&s, v->args[0]))
				fold_isnonnil(&s, v);
			else if (v->op == OpNilCheck)
				vec_push(&checks, v);
		}
		/* the block's nil checks in memory order */
		for (int i = 0; i < checks.len; i++)
			chain_depth(&s, VEC_AT(checks, i));
		sort_state = &s;
		qsort(checks.data, (size_t)checks.len, sizeof(void *), by_chain);
		for (int i = 0; i < checks.len; i++) {
			Value *v = VEC_AT(checks, i);
			Value *ptr = v->args[0];
			if (known_nonnil(&s, ptr)) {
				if (ssa_config.debug_nil && v->pos.line > 1)
					diag_note(v->pos, "removed nil check");
				ssa_copy_of(v, v->args[1]);
				continue;
			}
			s.known[ptr->id] = true;
			stack[sp++] = (Work){NULL, ptr};
		}
		if (b->control && b->control->op == OpIsNonNil && only_control(b, b->control) &&
		    known_nonnil(&s, b->control->args[0]))
			fold_isnonnil(&s, b->control);
		for (Block *c = child[b->id]; c; c = sibling[c->id])
			stack[sp++] = (Work){c, NULL};
	}
	free(checks.data);
	free(stack);
	free(child);
	free(sibling);
	free(idom);
	free(s.depth);
	free(s.known);
}
