/* deadcode.c — remove unreachable blocks and dead values (gc's deadcode.go).
 *
 * A block is reachable if a path of successor edges leads to it from the
 * entry (a First block's second edge does not count). A value is live if a
 * reachable block's control or a reachable call or side-effecting value
 * (OPF_CALL, OPF_SIDEEFFECT) uses it, transitively; phi arguments coming
 * from unreachable predecessors don't count. So a Store, Move or Zero lives
 * exactly as long as the memory it produces is used.
 *
 * ssa_deadcode then: cuts edges from unreachable to reachable blocks (their
 * phis lose the argument and may become Copies), turns reachable First
 * blocks into Plain ones, removes Copy uses (ssa_copyelim), drops dead and
 * duplicate entries from f->names, moves a removed statement mark to a live
 * value of the same line in the block, and finally deletes dead values and
 * unreachable blocks. A deleted value gets op OpInvalid and block NULL, so
 * stale pointers to it (the constant cache) can tell.
 *
 * requires: nothing.  breaks: dominators (blocks go away).
 */
#include "ssa.h"

void ssa_reachable_blocks(Func *f, bool *reachable) {
	int nb = f->next_block_id;
	memset(reachable, 0, sizeof(bool) * (size_t)nb);
	if (!f->entry || f->entry->id <= 0 || f->entry->id >= nb)
		return;
	Vec stack = {0};
	reachable[f->entry->id] = true;
	vec_push(&stack, f->entry);
	while (stack.len) {
		Block *b = vec_pop(&stack);
		int n = b->kind == BlockFirst && b->succs.len > 1 ? 1 : b->succs.len;
		for (int i = 0; i < n; i++) {
			Block *c = VEC_AT(b->succs, i);
			if (c && c->id > 0 && c->id < nb && !reachable[c->id]) {
				reachable[c->id] = true;
				vec_push(&stack, c);
			}
		}
	}
	free(stack.data);
}

void ssa_live_values(Func *f, const bool *reachable, bool *live) {
	int nv = f->next_value_id, nb = f->next_block_id;
	memset(live, 0, sizeof(bool) * (size_t)nv);
	Vec q = {0};
#define MARK(v)                                                          \
	do {                                                                 \
		Value *v_ = (v);                                                 \
		if (v_ && v_->id > 0 && v_->id < nv && !live[v_->id]) {          \
			live[v_->id] = true;                                         \
			vec_push(&q, v_);                                            \
		}                                                                \
	} while (0)
	/* start: controls of reachable blocks; calls and side effects, which
	 * the rest of the program (or the callee) can observe */
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		if (b->id <= 0 || b->id >= nb || !reachable[b->id])
			continue;
		MARK(b->control);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if ((unsigned)v->op < OP_COUNT && (op_info[v->op].flags & (OPF_CALL | OPF_SIDEEFFECT)))
				MARK(v);
			else if (v->type && v->type->kind == TY_VOID)
				MARK(v);
		}
	}
	/* transitive closure over arguments */
	while (q.len) {
		Value *v = vec_pop(&q);
		for (int i = 0; i < v->nargs; i++) {
			if (v->op == OpPhi && v->block) {
				if (i >= v->block->preds.len)
					continue;
				Block *p = VEC_AT(v->block->preds, i);
				if (p->id <= 0 || p->id >= nb || !reachable[p->id])
					continue;
			}
			MARK(v->args[i]);
		}
	}
#undef MARK
	free(q.data);
}

/* gc keeps the statement boundaries of removed values by moving them to a
 * surviving value of the same line; here: to the first live value of that
 * line in the same block, unless one of them already is a statement.
 * One pass over the block with a small table of the lines that lost a mark. */
typedef struct LostLine {
	uint64_t key;      /* file << 32 | line; 0: empty slot */
	Value *first;      /* first live candidate of the line */
	bool has_stmt;     /* a live value of the line is a statement already */
} LostLine;

static LostLine *lost_slot(LostLine *t, int cap, uint64_t key) {
	for (uint64_t i = (key * 0x9e3779b97f4a7c15ull >> 20) & (uint64_t)(cap - 1);; i = (i + 1) & (uint64_t)(cap - 1))
		if (t[i].key == 0 || t[i].key == key)
			return &t[i];
}

static uint64_t line_key(Pos p) { return (uint64_t)p.file << 32 | p.line; }

static void keep_stmts(Block *b, const bool *live) {
	int nlost = 0;
	for (int i = 0; i < b->values.len; i++) {
		Value *v = VEC_AT(b->values, i);
		nlost += !live[v->id] && v->is_stmt && v->pos.line;
	}
	if (!nlost)
		return;
	int cap = 8;
	while (cap < 2 * nlost)
		cap *= 2;
	LostLine *t = calloc((size_t)cap, sizeof(LostLine));
	for (int i = 0; i < b->values.len; i++) {
		Value *v = VEC_AT(b->values, i);
		if (!live[v->id] && v->is_stmt && v->pos.line)
			lost_slot(t, cap, line_key(v->pos))->key = line_key(v->pos);
	}
	for (int i = 0; i < b->values.len; i++) {
		Value *w = VEC_AT(b->values, i);
		if (!live[w->id] || !w->pos.line || ssa_not_stmt_op(w->op))
			continue;
		LostLine *l = lost_slot(t, cap, line_key(w->pos));
		if (!l->key)
			continue;
		if (w->is_stmt)
			l->has_stmt = true;
		else if (!l->first)
			l->first = w;
	}
	for (int i = 0; i < cap; i++)
		if (t[i].key && !t[i].has_stmt && t[i].first)
			t[i].first->is_stmt = true;
	free(t);
}

void ssa_deadcode(Func *f) {
	int nb = f->next_block_id;
	bool *reachable = calloc((size_t)nb, sizeof(bool));
	ssa_reachable_blocks(f, reachable);

	/* edges from dead to live code */
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		if (reachable[b->id])
			continue;
		for (int i = 0; i < b->succs.len;) {
			Block *s = VEC_AT(b->succs, i);
			if (reachable[s->id])
				ssa_remove_edge(b, i);
			else
				i++;
		}
	}
	/* dead edges from live code */
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		if (!reachable[b->id] || b->kind != BlockFirst)
			continue;
		ssa_remove_edge(b, 1);
		b->kind = BlockPlain;
		b->likely = LIKELY_UNKNOWN;
	}
	/* splice out copies, including those edge removal just made */
	ssa_copyelim(f);

	int nv = f->next_value_id;
	bool *live = calloc((size_t)nv, sizeof(bool));
	ssa_live_values(f, reachable, live);

	/* dead and duplicate entries of f->names */
	int *seen = calloc((size_t)nv, sizeof(int)); /* 1 + index of the name that last listed the value */
	int kept = 0;
	for (int i = 0; i < f->names.len; i++) {
		NamedValue *n = VEC_AT(f->names, i);
		int j = 0;
		for (int k = 0; k < n->values.len; k++) {
			Value *v = VEC_AT(n->values, k);
			if (!live[v->id] || seen[v->id] == i + 1)
				continue;
			seen[v->id] = i + 1;
			VEC_AT(n->values, j++) = v;
		}
		n->values.len = j;
		if (j)
			VEC_AT(f->names, kept++) = n;
	}
	f->names.len = kept;
	free(seen);

	/* unlink dead values (and unreachable controls), keeping statement marks */
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		if (!reachable[b->id])
			ssa_set_control(b, NULL);
		else
			keep_stmts(b, live);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (!live[v->id])
				ssa_reset_args(v);
		}
	}
	/* remove dead values */
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		int j = 0;
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (live[v->id]) {
				VEC_AT(b->values, j++) = v;
			} else {
				v->op = OpInvalid;
				v->block = NULL;
			}
		}
		b->values.len = j;
	}
	/* remove unreachable blocks */
	int j = 0;
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		if (reachable[b->id]) {
			VEC_AT(f->blocks, j++) = b;
			continue;
		}
		if (b->values.len)
			ssa_fatalf(f, "live values in unreachable block b%d", b->id);
		b->succs.len = 0;
		b->preds.len = 0;
		b->func = NULL;
	}
	f->blocks.len = j;
	free(live);
	free(reachable);
}
