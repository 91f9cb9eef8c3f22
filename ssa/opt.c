/* opt.c — the generic rewrites (gc's opt pass: applyRewrite(f,
 * rewriteBlockgeneric, rewriteValuegeneric)). The rules are in
 * ssa/rules/generic.rules; tools/rulegen turns them into
 * rewrite_generic.c, whose rewrite_value_generic and rewrite_block_generic
 * this pass applies to every value and block until nothing changes.
 *
 * Values are rewritten in place (the result keeps the value's id, type and
 * position, as gc's v.reset does); a rule yielding an existing value makes
 * the matched value a Copy of it. What stays here is what rules cannot say:
 * the fix-point loop itself and the copy elimination of arguments and
 * controls before each rewrite, so that rules see through the Copies
 * earlier rewrites made (gc's applyRewrite does both). Dead values are left
 * for the deadcode pass that follows; If on a constant becomes First, whose
 * dead edge deadcode removes.
 *
 * requires: nothing.  breaks: nothing (leaves dead values and blocks).
 */
#include "ssa.h"

void ssa_opt(Func *f) {
	ssa_rulestats_init();
	for (bool change = true; change;) {
		change = false;
		for (int bi = 0; bi < f->blocks.len; bi++) {
			Block *b = VEC_AT(f->blocks, bi);
			for (int i = 0; i < b->values.len; i++) {
				Value *v = VEC_AT(b->values, i);
				ssa_copyelim_value(v);
				if (rewrite_value_generic(v))
					change = true;
			}
			if (b->control && b->control->op == OpCopy) {
				Value *w = b->control;
				/* bounded: a cycle of Copies can only be unreachable */
				for (int n = 0; w->op == OpCopy && n < f->next_value_id; n++)
					w = w->args[0];
				ssa_set_control(b, w);
			}
			if (rewrite_block_generic(b))
				change = true;
		}
	}
}
