/* check.c — the SSA verifier (gc's check.go), run after every pass with
 * -d=ssa/check/on. It checks:
 *   - blocks: ids unique, b->func, the entry first and without preds,
 *     preds/succs cross-linked (as many b→s edges in b->succs as b's in
 *     s->preds), kind fits successors and control, likely only on 2-way blocks;
 *   - values: ids unique, v->block, argument counts (op_info, Phi = preds),
 *     aux/auxint fit the op's aux kind, memory arguments last, a few types
 *     (Load/Store/Addr/LocalAddr/SelectN/calls/MakeResult), phis first once
 *     scheduled (before that, phielim leaves Copies among them, as in gc);
 *   - every argument and control is in the function and its block dominates
 *     the use (phi argument i: the end of pred i); after scheduling, non-phi
 *     arguments from the same block come earlier in b->values;
 *   - v->uses equals a recount of argument slots and controls;
 *   - f->names lists only values of the function;
 *   - the cached dominator tree (f->dom), if any, is the CFG's.
 * gc's single-live-memory check is not done.
 *
 * requires: nothing.  breaks: nothing.
 */
#include "ssa.h"

static bool in_fatal;

_Noreturn void ssa_fatalf(Func *f, const char *fmt, ...) {
	StrBuf sb = {0};
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	fflush(stdout);
	if (f->decl)
		fprintf(stderr, "%s: ", pos_str(f->decl->pos));
	fprintf(stderr, "internal compiler error: '%s': %s\n", f->name, sb_cstr(&sb));
	if (!in_fatal) { /* printing a broken function must not recurse */
		in_fatal = true;
		ssa_print(stderr, f);
		if (f->html) { /* as gc, the phases so far still reach ssa.html */
			ssa_html_flush(f->html, f);
			ssa_html_close(f->html);
			f->html = NULL;
		}
	}
	exit(3);
}

static Func *checked;

_Noreturn static void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn static void fail(const char *fmt, ...) {
	StrBuf sb = {0};
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	ssa_fatalf(checked, "check failed after pass \"%s\": %s", checked->pass ? checked->pass : "start", sb_cstr(&sb));
}

/* for messages */
static const char *vstr(Value *v) { return ssa_value_string(fn_arena, v); }

static bool is_mem(Type *t) { return t && t->kind == TY_MEM; }

/* a tuple whose last element, and only that one, is memory */
static bool is_mem_tuple(Type *t) {
	if (!t || t->kind != TY_TUPLE || t->fields.len == 0)
		return false;
	for (int i = 0; i < t->fields.len; i++)
		if (is_mem(((Field *)VEC_AT(t->fields, i))->type) != (i == t->fields.len - 1))
			return false;
	return true;
}

static int count_block(Vec *v, Block *b) {
	int n = 0;
	for (int i = 0; i < v->len; i++)
		n += VEC_AT(*v, i) == b;
	return n;
}

static void check_block_kind(Block *b) {
	int ns = b->succs.len;
	Value *c = b->control;
	switch (b->kind) {
	case BlockPlain:
		if (ns != 1)
			fail("plain block b%d len(succs)==%d, want 1", b->id, ns);
		if (c)
			fail("plain block b%d has non-nil control %s", b->id, vstr(c));
		break;
	case BlockIf:
		if (ns != 2)
			fail("if block b%d len(succs)==%d, want 2", b->id, ns);
		if (!c)
			fail("if block b%d has no control value", b->id);
		if (!c->type || c->type->kind != TY_BOOL)
			fail("if block b%d has non-bool control value %s", b->id, vstr(c));
		break;
	case BlockRet:
		if (ns != 0)
			fail("ret block b%d has successors", b->id);
		if (!c)
			fail("ret block b%d has nil control", b->id);
		if (c->op != OpMakeResult)
			fail("ret block b%d has non-MakeResult control value %s", b->id, vstr(c));
		break;
	case BlockExit:
		if (ns != 0)
			fail("exit block b%d has successors", b->id);
		if (!c)
			fail("exit block b%d has no control value", b->id);
		if (!is_mem(c->type))
			fail("exit block b%d has non-memory control value %s", b->id, vstr(c));
		break;
	case BlockFirst:
		if (ns != 2)
			fail("plain/dead block b%d len(succs)==%d, want 2", b->id, ns);
		if (c)
			fail("plain/dead block b%d has a control value", b->id);
		break;
	default:
		fail("block b%d has bad kind %d", b->id, (int)b->kind);
	}
	if (ns != 2 && b->likely != LIKELY_UNKNOWN)
		fail("likeliness prediction %d for block b%d with %d successors", b->likely, b->id, ns);
}

static void check_aux(Value *v) {
	const OpInfo *oi = &op_info[v->op];
	switch (oi->aux) {
	case AUX_NONE:
		if (v->aux)
			fail("value %s has an aux value but shouldn't", vstr(v));
		if (v->auxint)
			fail("value %s has an auxint value %lld but shouldn't", vstr(v), (long long)v->auxint);
		break;
	case AUX_INT:
		if (v->aux)
			fail("value %s has an aux value but shouldn't", vstr(v));
		if ((v->op == OpConst8 && v->auxint != (int8_t)v->auxint) ||
		    (v->op == OpConst16 && v->auxint != (int16_t)v->auxint) ||
		    (v->op == OpConst32 && v->auxint != (int32_t)v->auxint))
			fail("bad %s auxint value %lld (not sign-extended from its width)", oi->name, (long long)v->auxint);
		break;
	case AUX_BOOL:
		if (v->aux)
			fail("value %s has an aux value but shouldn't", vstr(v));
		if (v->auxint != 0 && v->auxint != 1)
			fail("bad bool auxint value %lld in %s", (long long)v->auxint, vstr(v));
		break;
	case AUX_FLOAT:
		if (v->aux)
			fail("value %s has an aux value but shouldn't", vstr(v));
		if (v->op == OpConst32F) {
			double d;
			memcpy(&d, &v->auxint, sizeof d);
			if (d == d && d != (double)(float)d)
				fail("value %s is not a float32 value", vstr(v));
		}
		break;
	case AUX_SYM:
	case AUX_SYMOFF:
		if (v->op == OpAddr && !v->aux)
			fail("value %s has no symbol", vstr(v));
		break;
	case AUX_TYP:
	case AUX_TYPSIZE:
		if (!v->aux)
			fail("value %s has no type aux", vstr(v));
		if (oi->aux == AUX_TYP && v->auxint)
			fail("value %s has an auxint value %lld but shouldn't", vstr(v), (long long)v->auxint);
		if (oi->aux == AUX_TYPSIZE && v->auxint < 0)
			fail("value %s has a negative size", vstr(v));
		break;
	case AUX_STRING:
		if (v->auxint)
			fail("value %s has an auxint value %lld but shouldn't", vstr(v), (long long)v->auxint);
		break;
	case AUX_CALL:
		if (!v->aux)
			fail("call %s has no AuxCall", vstr(v));
		break;
	}
}

static void check_types(Value *v) {
	Value **a = v->args;
	switch (v->op) {
	case OpInitMem:
		if (!is_mem(v->type))
			fail("bad %s type: want mem", vstr(v));
		break;
	case OpAddr:
		if (a[0]->op != OpSB)
			fail("bad arg to Addr %s", vstr(v));
		break;
	case OpLocalAddr:
		if (a[0]->op != OpSP)
			fail("bad arg 0 to LocalAddr %s", vstr(v));
		break;
	case OpLoad:
		if (is_mem(v->type))
			fail("bad %s type: loads no memory", vstr(v));
		break;
	case OpStore:
	case OpMove:
	case OpStoreWB:
	case OpMoveWB:
	case OpZero:
	case OpVarDef:
	case OpNilCheck:
	case OpPanicBounds:
	case OpKeepAlive:
		if (!is_mem(v->type))
			fail("bad %s type: want mem", vstr(v));
		break;
	case OpCondSelect:
		if (!a[2]->type || a[2]->type->kind != TY_BOOL)
			fail("bad arg 2 type to %s: want boolean", vstr(v));
		break;
	case OpStaticLECall:
	case OpClosureLECall:
	case OpInterLECall:
		if (v->nargs < (v->op == OpStaticLECall ? 1 : 2))
			fail("call %s has too few args", vstr(v));
		if (!is_mem_tuple(v->type))
			fail("call %s does not produce a tuple ending in mem", vstr(v));
		break;
	case OpAtomicLoad32: case OpAtomicLoad64: case OpAtomicLoadPtr:
	case OpAtomicStore32: case OpAtomicStore64:
	case OpAtomicExchange32: case OpAtomicExchange64: case OpAtomicAdd32: case OpAtomicAdd64:
	case OpAtomicCompareAndSwap32: case OpAtomicCompareAndSwap64:
		if (!is_mem_tuple(v->type))
			fail("atomic %s does not produce a tuple ending in mem", vstr(v));
		if (v->type->fields.len != (v->op == OpAtomicStore32 || v->op == OpAtomicStore64 ? 1 : 2))
			fail("atomic %s has the wrong number of results", vstr(v));
		break;
	case OpMakeResult:
		if (v->nargs < 1)
			fail("%s has no memory arg", vstr(v));
		if (!is_mem_tuple(v->type))
			fail("%s does not have a tuple type ending in mem", vstr(v));
		if (v->type->fields.len != v->nargs)
			fail("%s has %d args for %d tuple elements", vstr(v), v->nargs, v->type->fields.len);
		break;
	case OpSelectN: {
		Type *t = a[0]->type;
		if (!t || t->kind != TY_TUPLE)
			fail("SelectN of a non-tuple: %s", vstr(v));
		if (v->auxint < 0 || v->auxint >= t->fields.len)
			fail("SelectN index out of range: %s", vstr(v));
		Type *ft = ((Field *)VEC_AT(t->fields, v->auxint))->type;
		if (!ft || ft->kind != v->type->kind)
			fail("SelectN type does not match tuple element %lld: %s", (long long)v->auxint, vstr(v));
		break;
	}
	case OpPhi:
		for (int i = 0; i < v->nargs; i++)
			if (is_mem(a[i]->type) != is_mem(v->type))
				fail("phi %s mixes memory and non-memory args", vstr(v));
		break;
	case OpConstBool:
		if (v->type->kind != TY_BOOL)
			fail("bad %s type: want bool", vstr(v));
		break;
	default:
		break;
	}
	if (v->type->kind == TY_TUPLE && v->op != OpStaticLECall && v->op != OpClosureLECall && v->op != OpInterLECall && v->op != OpMakeResult &&
	    v->op != OpCopy && !ssa_op_is_atomic(v->op))
		fail("%s has a tuple type", vstr(v));
}

/* x dominates y (reflexive); uses in unreachable blocks are not checked */
static bool dominates(DomTree *t, Block *x, Block *y) {
	if (t->pre[y->id] < 0)
		return true;
	return ssa_dominates(t, x, y);
}

/* The cached tree (if any) must be the tree of the CFG as it is: a pass that
 * changes the CFG says so in the pass table (PASS_CFG), and the driver then
 * drops the cache. The fresh tree becomes the cache, so the next pass is
 * checked too. */
static void check_dom_cache(Func *f, DomTree *fresh) {
	DomTree *c = f->dom;
	if (c) {
		if (c->nb != fresh->nb)
			fail("cached dominator tree is stale (made for %d block ids, now %d): the pass changes the CFG "
			     "but its table entry lacks PASS_CFG", c->nb, fresh->nb);
		for (int bi = 0; bi < f->blocks.len; bi++) {
			Block *b = VEC_AT(f->blocks, bi);
			if (c->idom[b->id] != fresh->idom[b->id] || (c->pre[b->id] < 0) != (fresh->pre[b->id] < 0))
				fail("cached dominator tree is stale at b%d (idom b%d, now b%d): the pass changes the CFG "
				     "but its table entry lacks PASS_CFG", b->id, c->idom[b->id] ? c->idom[b->id]->id : 0,
				     fresh->idom[b->id] ? fresh->idom[b->id]->id : 0);
		}
	}
	f->dom = fresh;
}

void ssa_check(Func *f) {
	checked = f;
	int nb = f->next_block_id, nv = f->next_value_id;
	if (!f->entry || f->blocks.len == 0)
		fail("no entry block");
	if (VEC_AT(f->blocks, 0) != f->entry)
		fail("entry block b%d is not the first block", f->entry->id);
	bool *block_mark = calloc((size_t)nb, sizeof(bool));
	bool *value_mark = calloc((size_t)nv, sizeof(bool));
	int *uses = calloc((size_t)nv, sizeof(int));
	int *index = calloc((size_t)nv, sizeof(int)); /* position in its block */

	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		if (!b)
			fail("nil block at index %d", bi);
		if (b->id <= 0 || b->id >= nb)
			fail("block b%d has an id outside 1..%d", b->id, nb - 1);
		if (block_mark[b->id])
			fail("block b%d appears twice in %s!", b->id, f->name);
		block_mark[b->id] = true;
		if (b->func != f)
			fail("b%d.func=%s, want %s", b->id, b->func ? b->func->name : "nil", f->name);
		check_block_kind(b);

		bool seen_non_phi = false;
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (!v)
				fail("nil value at index %d of b%d", i, b->id);
			if (v->id <= 0 || v->id >= nv)
				fail("value v%d has an id outside 1..%d", v->id, nv - 1);
			if (value_mark[v->id])
				fail("value %s appears twice!", vstr(v));
			value_mark[v->id] = true;
			index[v->id] = i;
			if (v->block != b)
				fail("v%d.block != b%d", v->id, b->id);
			if ((unsigned)v->op >= OP_COUNT || v->op == OpInvalid)
				fail("value v%d has bad op %d", v->id, (int)v->op);
			if (!v->type)
				fail("value v%d (%s) has no type", v->id, op_info[v->op].name);
			const OpInfo *oi = &op_info[v->op];
			for (int j = 0; j < v->nargs; j++)
				if (!v->args[j])
					fail("value v%d (%s) has nil arg %d", v->id, oi->name, j);
			if (oi->nargs != -1 && v->nargs != oi->nargs)
				fail("value %s has %d args, expected %d", vstr(v), v->nargs, oi->nargs);
			if (v->op == OpPhi) {
				/* only once scheduled: phielim turns phis into Copies in place, as gc's does */
				if (seen_non_phi && f->scheduled)
					fail("phi after non-phi @ b%d: %s", b->id, vstr(v));
				if (v->nargs != b->preds.len)
					fail("phi length %s does not match pred length %d for block b%d", vstr(v), b->preds.len,
					     b->id);
			} else {
				seen_non_phi = true;
				for (int j = 0; j < v->nargs; j++)
					if (is_mem(v->args[j]->type) && j != v->nargs - 1)
						fail("value %s has non-final memory arg (%d < %d)", vstr(v), j, v->nargs - 1);
			}
			if ((oi->flags & OPF_MEMARG) && (v->nargs == 0 || !is_mem(v->args[v->nargs - 1]->type)))
				fail("value %s has no memory arg", vstr(v));
			check_aux(v);
			check_types(v);
			for (int j = 0; j < v->nargs; j++)
				if (v->args[j]->id > 0 && v->args[j]->id < nv)
					uses[v->args[j]->id]++;
		}
		if (b->control && b->control->id > 0 && b->control->id < nv)
			uses[b->control->id]++;
	}

	if (f->entry->preds.len)
		fail("entry block b%d of %s has predecessor(s)", f->entry->id, f->name);
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->preds.len; i++) {
			Block *p = VEC_AT(b->preds, i);
			if (!p || p->id <= 0 || p->id >= nb || !block_mark[p->id])
				fail("predecessor block b%d for b%d is missing", p ? p->id : 0, b->id);
			if (count_block(&p->succs, b) != count_block(&b->preds, p))
				fail("block pred/succ not crosslinked correctly: b%d in preds of b%d", p->id, b->id);
		}
		for (int i = 0; i < b->succs.len; i++) {
			Block *s = VEC_AT(b->succs, i);
			if (!s || s->id <= 0 || s->id >= nb || !block_mark[s->id])
				fail("successor block b%d for b%d is missing", s ? s->id : 0, b->id);
			if (count_block(&s->preds, b) != count_block(&b->succs, s))
				fail("block succ/pred not crosslinked correctly: b%d in succs of b%d", s->id, b->id);
		}
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			for (int j = 0; j < v->nargs; j++) {
				Value *a = v->args[j];
				if (a->id <= 0 || a->id >= nv || !value_mark[a->id] || !a->block || a->block->func != f)
					fail("v%d, arg %d of %s, is missing", a->id, j, vstr(v));
			}
		}
		Value *c = b->control;
		if (c && (c->id <= 0 || c->id >= nv || !value_mark[c->id] || !c->block || c->block->func != f))
			fail("control value for b%d is missing: v%d", b->id, c->id);
	}

	for (int i = 0; i < f->names.len; i++) {
		NamedValue *n = VEC_AT(f->names, i);
		for (int j = 0; j < n->values.len; j++) {
			Value *v = VEC_AT(n->values, j);
			if (!v || v->id <= 0 || v->id >= nv || !value_mark[v->id] || v->block->func != f)
				fail("name %s refers to v%d, which is not in the function", n->var ? n->var->name : "?",
				     v ? v->id : 0);
		}
	}

	/* arguments dominate their uses */
	DomTree *dt = ssa_domtree_build(f);
	check_dom_cache(f, dt);
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			for (int j = 0; j < v->nargs; j++) {
				Value *a = v->args[j];
				Block *use = v->op == OpPhi ? VEC_AT(b->preds, j) : b;
				if (!dominates(dt, a->block, use))
					fail("arg %d of value %s does not dominate, arg=%s", j, vstr(v), vstr(a));
				if (f->scheduled && v->op != OpPhi && a->block == b && index[a->id] >= i)
					fail("arg %d of value %s is scheduled after it, arg=%s", j, vstr(v), vstr(a));
			}
		}
		if (b->control && !dominates(dt, b->control->block, b))
			fail("control value v%d for b%d doesn't dominate", b->control->id, b->id);
	}

	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->uses != uses[v->id])
				fail("v%d has %d uses, but has uses=%d", v->id, uses[v->id], v->uses);
		}
	}
	free(index);
	free(uses);
	free(value_mark);
	free(block_mark);
	checked = NULL;
}
