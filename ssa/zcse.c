/* zcse.c — one value for each distinct argument-less value (gc's zcse.go):
 * constants, SP, SB, Unknown and the like, keyed by op, auxint, type and
 * aux (ssa_cse_key_equal). The first of each kind, in block order, is kept
 * and moved to the entry block, where it dominates every use (without its
 * position: see move_to_entry); the others lose their uses (arguments,
 * controls, f->names) and are left for deadcode.
 * It runs even at -O0, as in gc, and makes generic cse's work smaller.
 * Memory values and ops with side effects are never merged
 * (ssa_cse_candidate).
 *
 * requires: nothing.  breaks: nothing (leaves dead values).
 */
#include "ssa.h"

typedef struct Table {
	Value **slot; /* representative; NULL: empty */
	int cap, n;
} Table;

static Value **lookup(Table *t, Value *v) {
	uint64_t j = ssa_cse_key_hash(v) & (uint64_t)(t->cap - 1);
	while (t->slot[j] && !ssa_cse_key_equal(t->slot[j], v))
		j = (j + 1) & (uint64_t)(t->cap - 1);
	return &t->slot[j];
}

/* v = b->values[i] leaves b for the entry block. Its line means nothing
 * there (gdb would see it as the function's first statement): it goes,
 * and a statement mark it carried moves to another value of b on that
 * line, as deadcode keeps the marks of removed values. */
static void move_to_entry(Value *v, int i) {
	Block *b = v->block;
	if (v->is_stmt)
		for (int j = 0; j < b->values.len; j++) {
			Value *w = VEC_AT(b->values, j);
			if (w != v && w->pos.line == v->pos.line && w->pos.file == v->pos.file && !ssa_not_stmt_op(w->op)) {
				w->is_stmt = true;
				break;
			}
		}
	v->is_stmt = false;
	v->pos = (Pos){0};
	ssa_move_value(v, i, b->func->entry);
}

static bool zero_arg(Value *v) { return op_info[v->op].nargs == 0 && ssa_cse_candidate(v); }

void ssa_zcse(Func *f) {
	Table t = {0};
	int n = 0;
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++)
			n += zero_arg(VEC_AT(b->values, i));
	}
	t.cap = 16;
	while (t.cap < 2 * n)
		t.cap *= 2;
	t.slot = calloc((size_t)t.cap, sizeof(Value *));

	Value **rep = calloc((size_t)f->next_value_id, sizeof(Value *));
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (!zero_arg(v))
				continue;
			Value **s = lookup(&t, v);
			if (*s) {
				rep[v->id] = *s;
				continue;
			}
			*s = v;
			if (b != f->entry) {
				move_to_entry(v, i);
				i--;
			}
		}
	}

	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			for (int j = 0; j < v->nargs; j++)
				if (rep[v->args[j]->id])
					ssa_set_arg(v, j, rep[v->args[j]->id]);
		}
		if (b->control && rep[b->control->id])
			ssa_set_control(b, rep[b->control->id]);
	}
	for (int i = 0; i < f->names.len; i++) {
		NamedValue *nm = VEC_AT(f->names, i);
		for (int j = 0; j < nm->values.len; j++) {
			Value *v = VEC_AT(nm->values, j);
			if (rep[v->id])
				VEC_AT(nm->values, j) = rep[v->id];
		}
	}
	free(rep);
	free(t.slot);
}
