/* deadstore.c — stores nobody can read (gc's deadstore.go): two passes.
 *
 * dse: within a block, a Store or Zero whose bytes are all written again
 * later in the block, with nothing in between that may read them, is
 * dead. The block's memory chain is walked backwards from its last memory
 * value, keeping the "shadowed" ranges: [lo, hi) bytes from a base address
 * (the address with its constant OffPtrs stripped; bases compare as
 * isSamePtr does, so two LocalAddr {x} are one base) that later stores
 * overwrite. A store inside a shadowed range becomes a Copy of its memory
 * argument; any other Store or Zero adds its range (joined with an
 * overlapping or adjacent one of the same base). A memory state that
 * something other than a Store, Zero or VarDef consumes (a Load, a call,
 * a NilCheck, a Move) may be read: the ranges are forgotten there. Unlike
 * gc, a LocalAddr does not count: it takes memory only to come after its
 * variable's VarDef. The chain runs through calls (their tuple, then SelectN of its
 * memory). Like gc, one block at a time, and a block whose memory does
 * not form a single chain (two memory values nothing in the block
 * follows) is left alone.
 *
 * dead auto elim: a local variable (a VC_LOCAL Obj; gc's PAUTO) whose
 * address only ever reaches Stores, Moves and Zeros to it, and whose
 * VarDefs are all it has besides, is never read: those stores and VarDefs
 * become Copies of their memory (gc's elimDeadAutosGeneric). The address
 * is followed through the values computed from it (OffPtr, PtrIndex, ...).
 * It is used, and kept, if it reaches a phi, a block control, a value that
 * takes memory (a Load, a call, a NilCheck...) or a value stored
 * somewhere; a value with no uses does not count.
 *
 * Both leave Copies and dead address computations for generic deadcode.
 *
 * requires: nothing.  breaks: nothing.
 */
#include "rewrite.h"

/* ---------------- dse ---------------- */

typedef struct Range {
	Value *base;
	int64_t lo, hi;
} Range;

static bool is_mem(Value *v) { return v->type && v->type->kind == TY_MEM; }

/* v is in the memory chain: it makes memory, or a tuple ending in memory (calls) */
static bool makes_mem(Value *v) {
	Type *t = v->type;
	return t && (t->kind == TY_MEM ||
	             (t->kind == TY_TUPLE && t->fields.len &&
	              ((Field *)VEC_LAST(t->fields))->type->kind == TY_MEM));
}

/* the memory value v comes after in the chain: its memory argument, or the
 * call a SelectN takes memory from */
static Value *mem_prev(Value *v) {
	if (v->op == OpSelectN)
		return makes_mem(v->args[0]) ? v->args[0] : NULL;
	int i = ssa_op_mem_arg(v);
	return i >= 0 ? v->args[i] : NULL;
}

/* addr = base + *off with constant offsets */
static Value *split_addr(Value *addr, int64_t *off) {
	*off = 0;
	while (addr->op == OpOffPtr) {
		*off += addr->auxint;
		addr = addr->args[0];
	}
	return addr;
}

/* the bytes a Store or Zero writes; false for other values */
static bool written(Value *v, Range *r) {
	int64_t size;
	if (v->op == OpStore)
		size = types_size(v->aux);
	else if (v->op == OpZero)
		size = v->auxint;
	else
		return false;
	int64_t off;
	r->base = split_addr(v->args[0], &off);
	r->lo = off;
	r->hi = off + size;
	return size > 0;
}

static bool shadowed(Vec *ranges, Range *r) {
	for (int i = 0; i < ranges->len; i++) {
		Range *s = VEC_AT(*ranges, i);
		if (isSamePtr(s->base, r->base) && s->lo <= r->lo && r->hi <= s->hi)
			return true;
	}
	return false;
}

static void shadow(Vec *ranges, Range *r) {
	for (int i = 0; i < ranges->len; i++) {
		Range *s = VEC_AT(*ranges, i);
		if (isSamePtr(s->base, r->base) && r->lo <= s->hi && s->lo <= r->hi) {
			if (r->lo < s->lo)
				s->lo = r->lo;
			if (r->hi > s->hi)
				s->hi = r->hi;
			return;
		}
	}
	Range *n = NEW(fn_arena, Range);
	*n = *r;
	vec_push(ranges, n);
}

void ssa_dse(Func *f) {
	int nv = f->next_value_id;
	bool *load_use = calloc((size_t)nv, sizeof(bool));  /* this memory state may be read in the block */
	bool *store_use = calloc((size_t)nv, sizeof(bool)); /* the next memory value of the block follows it */
	Vec chain = {0}, ranges = {0};
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		chain.len = 0;
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->op == OpPhi)
				continue; /* first in the chain, never removed */
			if (makes_mem(v)) {
				vec_push(&chain, v);
				Value *m = mem_prev(v);
				if (m && m->block == b) {
					store_use[m->id] = true;
					if (v->op != OpStore && v->op != OpZero && v->op != OpVarDef && v->op != OpSelectN)
						load_use[m->id] = true; /* calls, Moves, NilChecks read memory */
				}
				continue;
			}
			if (v->op == OpLocalAddr)
				continue; /* it takes memory to come after its VarDef, and reads none */
			for (int j = 0; j < v->nargs; j++)
				if (v->args[j]->block == b && is_mem(v->args[j]))
					load_use[v->args[j]->id] = true; /* Load, ... */
		}
		/* the block's last memory value: the one nothing in the block follows */
		Value *last = NULL;
		bool single = true;
		for (int i = 0; i < chain.len; i++) {
			Value *v = VEC_AT(chain, i);
			if (store_use[v->id])
				continue;
			single = !last;
			last = v;
		}
		if (last && single) {
			ranges.len = 0;
			for (Value *v = last; v;) {
				if (load_use[v->id])
					ranges.len = 0;
				Value *prev = mem_prev(v);
				if (!prev || prev->block != b || prev->op == OpPhi)
					prev = NULL;
				Range r;
				if (written(v, &r)) {
					if (shadowed(&ranges, &r))
						ssa_copy_of(v, v->args[v->nargs - 1]); /* a dead store: its memory passes through */
					else
						shadow(&ranges, &r);
				}
				v = prev;
			}
		}
		for (int i = 0; i < chain.len; i++) {
			Value *m = mem_prev(VEC_AT(chain, i));
			if (m)
				store_use[m->id] = false;
		}
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			for (int j = 0; j < v->nargs; j++)
				load_use[v->args[j]->id] = false;
		}
	}
	free(chain.data);
	free(ranges.data);
	free(store_use);
	free(load_use);
}

/* ---------------- dead auto elim ---------------- */

static Obj *auto_of(Value *v) {
	Obj *o = v->aux;
	return o && o->kind == OBJ_VAR && o->vclass == VC_LOCAL ? o : NULL;
}

void ssa_elim_dead_autos(Func *f) {
	int nv = f->next_value_id;
	Obj **addr = calloc((size_t)nv, sizeof(Obj *)); /* the auto whose address v is (or is computed from) */
	Obj **elim = calloc((size_t)nv, sizeof(Obj *)); /* v goes if its auto does */
	PtrMap used = {0};                             /* Obj* → non-NULL: must stay */
#define USE(o)                                        \
	do {                                              \
		if (!ptrmap_get(&used, (o))) {                \
			ptrmap_put(&used, (o), (void *)1);        \
			changed = true;                           \
		}                                             \
	} while (0)

	/* gc gives up after 4 rounds: what is not settled by then is kept */
	bool settled = false;
	for (int round = 0; round < 4 && !settled; round++) {
		bool changed = false;
		for (int bi = 0; bi < f->blocks.len; bi++) {
			Block *b = VEC_AT(f->blocks, bi);
			for (int i = 0; i < b->values.len; i++) {
				Value *v = VEC_AT(b->values, i);
				Value **args = v->args;
				int nargs = v->nargs;
				switch (v->op) {
				case OpLocalAddr:
					if (auto_of(v) && !addr[v->id]) {
						addr[v->id] = auto_of(v);
						changed = true;
					}
					continue;
				case OpVarDef:
					if (auto_of(v) && !elim[v->id]) {
						elim[v->id] = auto_of(v);
						changed = true;
					}
					continue;
				case OpStore:
				case OpMove:
				case OpZero:
					if (addr[args[0]->id] && !elim[v->id]) {
						elim[v->id] = addr[args[0]->id];
						changed = true;
					}
					args++, nargs--; /* a stored value may be an auto's address */
					break;
				default:
					break;
				}
				if (nargs == 0)
					continue;
				if (v->uses == 0 && v->op != OpNilCheck && !(op_info[v->op].flags & (OPF_CALL | OPF_SIDEEFFECT)))
					continue; /* dead: uses nothing */
				/* reaching memory, a phi or a value that takes memory keeps the auto */
				if (is_mem(v) || v->op == OpPhi || ssa_op_mem_arg(v) >= 0 ||
				    (v->type && v->type->kind == TY_TUPLE)) {
					for (int j = 0; j < nargs; j++)
						if (addr[args[j]->id])
							USE(addr[args[j]->id]);
					continue;
				}
				/* otherwise the address flows on through v */
				Obj *node = NULL;
				for (int j = 0; j < nargs; j++) {
					Obj *o = addr[args[j]->id];
					if (!o || ptrmap_get(&used, o))
						continue;
					if (!node)
						node = o;
					else if (node != o)
						USE(o); /* two autos reach v: keep it simple, keep the second */
				}
				if (!node)
					continue;
				if (!addr[v->id]) {
					addr[v->id] = node;
					changed = true;
				} else if (addr[v->id] != node) {
					USE(node);
				}
			}
			if (b->control && addr[b->control->id])
				USE(addr[b->control->id]); /* keep the auto if its address decides a branch */
		}
		settled = !changed;
	}
#undef USE
	if (settled) {
		for (int bi = 0; bi < f->blocks.len; bi++) {
			Block *b = VEC_AT(f->blocks, bi);
			for (int i = 0; i < b->values.len; i++) {
				Value *v = VEC_AT(b->values, i);
				if (v->id < nv && elim[v->id] && !ptrmap_get(&used, elim[v->id]))
					ssa_copy_of(v, v->args[v->nargs - 1]);
			}
		}
	}
	ptrmap_free(&used);
	free(elim);
	free(addr);
}
