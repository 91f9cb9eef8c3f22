/* writebarrier.c — mark the stores the collector must see (gc's
 * writebarrier.go).
 *
 * While the collector marks concurrently with the program, every pointer
 * written into memory that may be the heap or a global must be shaded
 * (runtime/mgc.c: a Dijkstra-style insertion barrier; stacks and globals
 * are rescanned when marking ends).  This pass turns each Store and Move
 * of a type containing pointers into StoreWB / MoveWB unless the
 * destination is provably on the stack or the stored value is nil; the
 * back end lowers them as gc does: a test of runtime.writeBarrier inline,
 * the shading out of line, then the ordinary store.
 *
 * requires: stores in their final form (after opt and deadcode).
 * breaks: nothing (the new ops keep the memory chain of the old ones).
 */
#include "ssa.h"

/* dst is an address in this function's frame: a local, or an offset/index into one. */
static bool on_stack(Value *dst) {
	for (;;) {
		switch (dst->op) {
		case OpLocalAddr:
		case OpSP:
			return true;
		case OpOffPtr:
		case OpPtrIndex:
		case OpAddPtr:
		case OpCopy:
		case OpConvertPtr:
			dst = dst->args[0];
			continue;
		default:
			return false;
		}
	}
}

static bool is_nil(Value *v) {
	return v->op == OpConstNil || v->op == OpConstSlice || v->op == OpConstInterface || v->op == OpConstString;
}

void ssa_writebarrier(Func *f) {
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->op != OpStore && v->op != OpMove)
				continue;
			Type *t = v->aux;
			if (!t || !type_has_pointers(t) || on_stack(v->args[0]))
				continue;
			if (v->op == OpStore && is_nil(v->args[1]))
				continue;
			v->op = v->op == OpStore ? OpStoreWB : OpMoveWB;
		}
	}
}
