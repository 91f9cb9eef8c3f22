/* copyelim.c — make every use of a Copy use the copied value instead (gc's
 * copyelim.go): value arguments, block controls and f->names entries. The
 * Copies themselves stay until deadcode removes them.
 *
 * requires: nothing.  breaks: nothing.
 */
#include "ssa.h"

/* The first non-Copy value down v's chain (v is a Copy). Every Copy on the
 * way is pointed straight at it, so long chains cost linear time overall.
 * A cycle of Copies (possible only in unreachable code) is cut by turning
 * one of them into Unknown. */
static Value *copy_source(Value *v) {
	Value *w = v->args[0], *slow = w;
	bool advance = false;
	while (w->op == OpCopy) {
		w = w->args[0];
		if (w == slow) {
			ssa_reset(w, OpUnknown);
			break;
		}
		if (advance)
			slow = slow->args[0];
		advance = !advance;
	}
	while (v != w) {
		Value *x = v->args[0];
		ssa_set_arg(v, 0, w);
		v = x;
	}
	return w;
}

void ssa_copyelim_value(Value *v) {
	for (int i = 0; i < v->nargs; i++) {
		Value *a = v->args[i];
		if (a->op == OpCopy)
			ssa_set_arg(v, i, copy_source(a));
	}
}

void ssa_copyelim(Func *f) {
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++)
			ssa_copyelim_value(VEC_AT(b->values, i));
	}
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		if (b->control && b->control->op == OpCopy)
			ssa_set_control(b, copy_source(b->control));
	}
	for (int i = 0; i < f->names.len; i++) {
		NamedValue *n = VEC_AT(f->names, i);
		for (int j = 0; j < n->values.len; j++) {
			Value *v = VEC_AT(n->values, j);
			if (v->op == OpCopy)
				VEC_AT(n->values, j) = copy_source(v);
		}
	}
}
