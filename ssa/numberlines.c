/* numberlines.c — choose statement boundaries (gc's numberlines.go, in
 * spirit): in each block, the first value of each new source line becomes a
 * statement start (v->is_stmt, printed as (+N)), so debuggers and dumps see
 * where statements begin.
 *
 * Blocks are visited in reverse postorder. A block's first interesting value
 * (known position, not an op like Phi/Copy/Arg that never starts a
 * statement) is a statement start if the block is the entry or its line
 * differs from the line some predecessor ended on. After it, each value on a
 * different line than the previous statement start begins a new one.
 * "Poor" ops that later passes tend to remove (constants, addresses,
 * aggregate make/select) hand the mark to a later value of the same line.
 *
 * requires: nothing.  breaks: nothing (only is_stmt changes).
 */
#include "ssa.h"

bool ssa_not_stmt_op(Op op) {
	switch (op) {
	case OpArg: case OpPhi: case OpCopy: case OpVarDef: case OpFwdRef: case OpUnknown:
		return true;
	default:
		return false;
	}
}

/* gc's isPoorStatementOp: likely to vanish in a rewrite */
static bool poor_stmt_op(Op op) {
	switch (op) {
	case OpAddr: case OpLocalAddr: case OpOffPtr: case OpStructSelect: case OpPhi: case OpITab: case OpIData:
	case OpIMake: case OpStringMake: case OpSliceMake:
	case OpStructMake0: case OpStructMake1: case OpStructMake2: case OpStructMake3: case OpStructMake4:
	case OpConstBool: case OpConst8: case OpConst16: case OpConst32: case OpConst64: case OpConst32F: case OpConst64F:
	case OpSB: case OpSP:
		return true;
	default:
		return false;
	}
}

static bool interesting(Value *v) { return v->pos.line != 0 && !ssa_not_stmt_op(v->op); }

static bool same_line(Pos a, Pos b) { return a.line == b.line && a.file == b.file; }

/* gc's nextGoodStatementIndex: i, or a later index of the same line whose op
 * is not poor */
static int next_good(Block *b, int i) {
	Value *v = VEC_AT(b->values, i);
	if (i >= b->values.len - 1 || !poor_stmt_op(v->op))
		return i;
	for (int j = i + 1; j < b->values.len; j++) {
		Value *u = VEC_AT(b->values, j);
		if (!interesting(u))
			continue;
		if (!same_line(u->pos, v->pos))
			return i;
		if (!poor_stmt_op(u->op))
			return j;
	}
	return i;
}

void ssa_number_lines(Func *f) {
	Block **rpo = malloc(sizeof(Block *) * (size_t)(f->blocks.len + 1));
	int n = ssa_rpo(f, rpo);
	Pos *endline = calloc((size_t)f->next_block_id, sizeof(Pos)); /* line 0: none */
	for (int k = 0; k < n; k++) {
		Block *b = rpo[k];
		int first = -1;
		for (int i = 0; i < b->values.len; i++) {
			if (!interesting(VEC_AT(b->values, i)))
				continue;
			first = next_good(b, i);
			((Value *)VEC_AT(b->values, first))->is_stmt = false;
			break;
		}
		if (first < 0) { /* effectively empty: ends where its predecessors agree they end */
			Pos line = {0};
			for (int j = 0; j < b->preds.len; j++) {
				Pos e = endline[((Block *)VEC_AT(b->preds, j))->id];
				if (j == 0)
					line = e;
				else if (!same_line(e, line)) {
					line = (Pos){0};
					break;
				}
			}
			endline[b->id] = b->pos.line ? b->pos : line;
			continue;
		}
		Value *fv = VEC_AT(b->values, first);
		Pos firstpos = fv->pos;
		if (b->preds.len == 0)
			fv->is_stmt = true;
		for (int j = 0; j < b->preds.len; j++)
			if (!same_line(endline[((Block *)VEC_AT(b->preds, j))->id], firstpos)) {
				fv->is_stmt = true;
				break;
			}
		for (int i = first + 1; i < b->values.len; i++) {
			if (!interesting(VEC_AT(b->values, i)))
				continue;
			i = next_good(b, i);
			Value *v = VEC_AT(b->values, i);
			if (!same_line(v->pos, firstpos)) {
				firstpos = v->pos;
				v->is_stmt = true;
			} else {
				v->is_stmt = false;
			}
		}
		if (b->pos.line && !same_line(b->pos, firstpos))
			firstpos = b->pos;
		endline[b->id] = firstpos;
	}
	free(endline);
	free(rpo);
}
