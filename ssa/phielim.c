/* phielim.c — replace redundant phis by copies (gc's phielim.go).
 *
 * A phi is redundant if all its arguments other than itself are one value:
 * v = Phi x x x and v = Phi x v x v both become v = Copy x. Repeated to a
 * fixed point, so v = Phi x (Phi x x) goes too. A phi referring only to
 * itself sits in a dead loop and is left alone.
 *
 * requires: nothing.  breaks: nothing (leaves Copies for copyelim/deadcode).
 */
#include "ssa.h"

bool ssa_phielim_value(Value *v) {
	if (v->op != OpPhi)
		return false;
	Value *w = NULL;
	for (int i = 0; i < v->nargs; i++) {
		Value *x = v->args[i];
		if (x == v || x == w)
			continue;
		if (w)
			return false; /* two distinct arguments: the phi stays */
		w = x;
	}
	if (!w)
		return false;
	ssa_copy_of(v, w);
	return true;
}

void ssa_phielim(Func *f) {
	for (bool change = true; change;) {
		change = false;
		for (int bi = 0; bi < f->blocks.len; bi++) {
			Block *b = VEC_AT(f->blocks, bi);
			for (int i = 0; i < b->values.len; i++) {
				Value *v = VEC_AT(b->values, i);
				ssa_copyelim_value(v);
				change |= ssa_phielim_value(v);
			}
		}
	}
}
