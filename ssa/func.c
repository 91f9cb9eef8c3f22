/* func.c — building and editing SSA: functions, blocks, values, arguments
 * with use counts, CFG edges, per-function constants and tuple types
 * (the constructors of gc's func.go, block.go and value.go).
 *
 * Invariants kept here (ssa_check verifies them):
 *   - ids count from 1 in each Func, like gc's b1/v1;
 *   - v->uses is the number of argument slots and block controls that refer
 *     to v; every edit below keeps it exact;
 *   - edges: the k-th occurrence of `to` in from->succs and the k-th
 *     occurrence of `from` in to->preds are the same edge (two edges between
 *     the same blocks are possible, e.g. `If c -> b2 b2`); phi arguments are
 *     in preds order.
 */
#include "ssa.h"

/* ---------------- functions, blocks, values ---------------- */

Func *ssa_func_new(const char *name) {
	Func *f = NEW(fn_arena, Func);
	f->name = name;
	f->next_value_id = 1;
	f->next_block_id = 1;
	return f;
}

Block *ssa_block_new(Func *f, BlockKind k) {
	Block *b = NEW(fn_arena, Block);
	b->id = f->next_block_id++;
	b->kind = k;
	b->func = f;
	vec_push(&f->blocks, b);
	if (!f->entry)
		f->entry = b;
	return b;
}

static Value *value_alloc(Block *b, Op op, Type *t, Pos pos) {
	Value *v = NEW(fn_arena, Value);
	v->id = b->func->next_value_id++;
	v->op = op;
	v->type = t;
	v->pos = pos;
	v->block = b;
	v->args = v->argstorage;
	return v;
}

Value *ssa_value_new(Block *b, Op op, Type *t, Pos pos) {
	Value *v = value_alloc(b, op, t, pos);
	vec_push(&b->values, v);
	return v;
}

Value *ssa_value0(Block *b, Op op, Type *t, Pos pos) { return ssa_value_new(b, op, t, pos); }

Value *ssa_value1(Block *b, Op op, Type *t, Pos pos, Value *a) {
	Value *v = ssa_value_new(b, op, t, pos);
	ssa_add_arg(v, a);
	return v;
}

Value *ssa_value2(Block *b, Op op, Type *t, Pos pos, Value *a, Value *c) {
	Value *v = ssa_value_new(b, op, t, pos);
	ssa_add_arg(v, a);
	ssa_add_arg(v, c);
	return v;
}

Value *ssa_value3(Block *b, Op op, Type *t, Pos pos, Value *a, Value *c, Value *d) {
	Value *v = ssa_value_new(b, op, t, pos);
	ssa_add_arg(v, a);
	ssa_add_arg(v, c);
	ssa_add_arg(v, d);
	return v;
}

Value *ssa_valueN(Block *b, Op op, Type *t, Pos pos, Value **args, int n) {
	Value *v = ssa_value_new(b, op, t, pos);
	for (int i = 0; i < n; i++)
		ssa_add_arg(v, args[i]);
	return v;
}

/* ---------------- arguments ---------------- */

/* A lower bound of the capacity of v->args for nargs arguments: argstorage
 * holds 3, arena arrays have power-of-two sizes from 4. A shrunken array is
 * larger than this says, which only costs a needless copy when it regrows. */
static int args_cap(int nargs) {
	if (nargs <= 3)
		return 3;
	int c = 4;
	while (c < nargs)
		c *= 2;
	return c;
}

void ssa_add_arg(Value *v, Value *a) {
	if (!a)
		ice("ssa_add_arg: nil argument for v%d", v->id);
	if (!v->args)
		v->args = v->argstorage;
	if (v->nargs == args_cap(v->nargs)) {
		Value **na = NEWARRAY(fn_arena, Value *, args_cap(v->nargs + 1));
		memcpy(na, v->args, sizeof(Value *) * (size_t)v->nargs);
		v->args = na;
	}
	v->args[v->nargs++] = a;
	a->uses++;
}

void ssa_set_arg(Value *v, int i, Value *a) {
	if (i < 0 || i >= v->nargs)
		ice("ssa_set_arg: v%d has no arg %d", v->id, i);
	v->args[i]->uses--;
	v->args[i] = a;
	a->uses++;
}

void ssa_reset_args(Value *v) {
	for (int i = 0; i < v->nargs; i++)
		v->args[i]->uses--;
	v->nargs = 0;
	v->args = v->argstorage;
	memset(v->argstorage, 0, sizeof v->argstorage);
}

void ssa_reset(Value *v, Op op) {
	ssa_reset_args(v);
	v->op = op;
	v->auxint = 0;
	v->aux = NULL;
}

void ssa_copy_of(Value *v, Value *a) {
	if (v == a)
		return;
	ssa_reset(v, OpCopy);
	ssa_add_arg(v, a);
}

void ssa_set_control(Block *b, Value *v) {
	if (b->control)
		b->control->uses--;
	b->control = v;
	if (v)
		v->uses++;
}

/* ---------------- edges ---------------- */

void ssa_add_edge(Block *from, Block *to) {
	vec_push(&from->succs, to);
	vec_push(&to->preds, from);
}

static void remove_phi_arg(Value *phi, int i) {
	phi->args[i]->uses--;
	memmove(&phi->args[i], &phi->args[i + 1], sizeof(Value *) * (size_t)(phi->nargs - 1 - i));
	phi->nargs--;
	phi->args[phi->nargs] = NULL;
}

void ssa_remove_pred(Block *b, int i) {
	int n = b->preds.len;
	if (i < 0 || i >= n)
		ice("ssa_remove_pred: b%d has no pred %d", b->id, i);
	for (int j = 0; j < b->values.len; j++) {
		Value *v = VEC_AT(b->values, j);
		if (v->op != OpPhi)
			continue;
		if (v->nargs != n)
			ssa_fatalf(b->func, "inconsistent state in b%d: %d predecessors, v%d has %d args", b->id, n,
			           v->id, v->nargs);
		remove_phi_arg(v, i);
	}
	vec_remove(&b->preds, i);
}

void ssa_remove_edge(Block *from, int succ_index) {
	if (succ_index < 0 || succ_index >= from->succs.len)
		ice("ssa_remove_edge: b%d has no successor %d", from->id, succ_index);
	Block *to = VEC_AT(from->succs, succ_index);
	int k = 0; /* this edge is the k-th from→to edge */
	for (int j = 0; j < succ_index; j++)
		if (VEC_AT(from->succs, j) == to)
			k++;
	int pi = -1;
	for (int j = 0; j < to->preds.len; j++)
		if (VEC_AT(to->preds, j) == from && k-- == 0) {
			pi = j;
			break;
		}
	if (pi < 0)
		ssa_fatalf(from->func, "edge b%d -> b%d has no matching predecessor", from->id, to->id);
	vec_remove(&from->succs, succ_index);
	if (from->succs.len != 2)
		from->likely = LIKELY_UNKNOWN;
	ssa_remove_pred(to, pi);
	/* As gc's removeEdge: a phi left with one distinct argument becomes a
	 * Copy. (Unsafe only in unreachable loops, which deadcode removes.) */
	for (int j = 0; j < to->values.len; j++) {
		Value *v = VEC_AT(to->values, j);
		if (v->op == OpPhi)
			ssa_phielim_value(v);
	}
}

/* The index in to->preds of the edge from->succs[si] (the k-th from→to edge
 * in from->succs is the k-th occurrence of from in to->preds). */
int ssa_pred_index(Block *from, int si) {
	Block *to = VEC_AT(from->succs, si);
	int k = 0;
	for (int j = 0; j < si; j++)
		k += VEC_AT(from->succs, j) == to;
	for (int j = 0; j < to->preds.len; j++)
		if (VEC_AT(to->preds, j) == from && k-- == 0)
			return j;
	ssa_fatalf(from->func, "edge b%d -> b%d has no matching predecessor", from->id, to->id);
}

/* The index in from->succs of the edge to->preds[pi]. */
int ssa_succ_index(Block *to, int pi) {
	Block *from = VEC_AT(to->preds, pi);
	int k = 0;
	for (int j = 0; j < pi; j++)
		k += VEC_AT(to->preds, j) == from;
	for (int j = 0; j < from->succs.len; j++)
		if (VEC_AT(from->succs, j) == to && k-- == 0)
			return j;
	ssa_fatalf(to->func, "edge b%d -> b%d has no matching successor", from->id, to->id);
}

static void insert_phi_arg(Value *phi, int i, Value *a) {
	ssa_add_arg(phi, a);
	memmove(&phi->args[i + 1], &phi->args[i], sizeof(Value *) * (size_t)(phi->nargs - 1 - i));
	phi->args[i] = a;
}

int ssa_redirect_edge(Block *from, int si, Block *to, int like) {
	Block *old = VEC_AT(from->succs, si);
	ssa_remove_pred(old, ssa_pred_index(from, si));
	VEC_AT(from->succs, si) = to;
	/* the new edge is the m-th from→to edge in from->succs: it goes before
	 * the m-th occurrence of from in to->preds, or last */
	int m = 0;
	for (int j = 0; j < si; j++)
		m += VEC_AT(from->succs, j) == to;
	int pos = to->preds.len;
	for (int j = 0; j < to->preds.len; j++)
		if (VEC_AT(to->preds, j) == from && m-- == 0) {
			pos = j;
			break;
		}
	for (int j = 0; j < to->values.len; j++) {
		Value *v = VEC_AT(to->values, j);
		if (v->op != OpPhi)
			continue;
		if (like < 0 || like >= v->nargs)
			ssa_fatalf(from->func, "redirecting b%d -> b%d: phi v%d has no argument %d to copy", from->id, to->id,
			           v->id, like);
		insert_phi_arg(v, pos, v->args[like]);
	}
	vec_insert(&to->preds, pos, from);
	return pos;
}

void ssa_replace_uses_in_block(Block *b, Value *old, Value *new) {
	for (int i = 0; i < b->values.len; i++) {
		Value *v = VEC_AT(b->values, i);
		for (int j = 0; j < v->nargs; j++)
			if (v->args[j] == old)
				ssa_set_arg(v, j, new);
	}
	if (b->control == old)
		ssa_set_control(b, new);
}

void ssa_move_value(Value *v, int i, Block *dst) {
	Block *src = v->block;
	if (src->func->scheduled)
		ssa_fatalf(src->func, "moving v%d after scheduling", v->id);
	if (i < 0 || i >= src->values.len || VEC_AT(src->values, i) != v)
		ssa_fatalf(src->func, "moving v%d: bad index %d in b%d", v->id, i, src->id);
	if (src == dst)
		return;
	vec_remove(&src->values, i);
	v->block = dst;
	vec_push(&dst->values, v);
}

void ssa_clobber_block(Block *b) {
	if (b->control)
		ssa_set_control(b, NULL);
	b->values.len = 0;
	b->succs.len = 0;
	b->preds.len = 0;
	b->likely = LIKELY_UNKNOWN;
	b->kind = BlockInvalid;
}

void ssa_drop_invalid_blocks(Func *f) {
	int j = 0;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = VEC_AT(f->blocks, i);
		if (b->kind != BlockInvalid) {
			VEC_AT(f->blocks, j++) = b;
			continue;
		}
		if (b == f->entry || b->values.len || b->succs.len || b->preds.len)
			ssa_fatalf(f, "dropping b%d, which is still in use", b->id);
		b->func = NULL;
	}
	f->blocks.len = j;
	for (int i = 1; i < f->blocks.len; i++)
		if (VEC_AT(f->blocks, i) == f->entry) {
			vec_remove(&f->blocks, i);
			vec_insert(&f->blocks, 0, f->entry);
			break;
		}
}

/* ---------------- tuple types ---------------- */

static StrMap tuple_cache; /* "%p,%p,..." of the element types → Type* (perm) */

Type *ssa_tuple_type(Type **elems, int n) {
	StrBuf key = {0};
	for (int i = 0; i < n; i++)
		sb_printf(&key, "%p,", (void *)elems[i]);
	const char *k = sb_cstr(&key);
	Type *t = strmap_get(&tuple_cache, k);
	if (!t) {
		t = type_new(TY_TUPLE);
		for (int i = 0; i < n; i++) {
			Field *fl = NEW(perm, Field);
			fl->type = elems[i];
			vec_push(&t->fields, fl);
		}
		strmap_put(&tuple_cache, arena_strdup(perm, k), t);
	}
	sb_free(&key);
	return t;
}

/* ---------------- which types live in SSA values ---------------- */

bool ssa_can_ssa(Type *t) {
	if (!t)
		return false;
	switch (t->kind) {
	case TY_BOOL:
	case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
	case TY_FLOAT32: case TY_FLOAT64:
	case TY_COMPLEX64: case TY_COMPLEX128:
	case TY_STRING:
	case TY_UNSAFEPTR:
	case TY_POINTER:
	case TY_SLICE:
	case TY_FUNC:
	case TY_INTERFACE:
	case TY_MAP:
	case TY_CHAN:
		return true;
	case TY_ARRAY:
		if (types_size(t) > 4 * 8)
			return false;
		return t->len <= 1 && t->len >= 0 && ssa_can_ssa(t->elem);
	case TY_STRUCT:
		if (types_size(t) > 4 * 8 || t->fields.len > 4)
			return false;
		for (int i = 0; i < t->fields.len; i++)
			if (!ssa_can_ssa(((Field *)VEC_AT(t->fields, i))->type))
				return false;
		return true;
	default:
		return false;
	}
}

int ssa_op_mem_arg(Value *v) {
	if (v->op == OpPhi || v->nargs == 0)
		return -1;
	Type *t = v->args[v->nargs - 1]->type;
	return t && t->kind == TY_MEM ? v->nargs - 1 : -1;
}

/* ---------------- constants ----------------
 * One value per (op, type, auxint) in the entry block, as gc's f.constVal.
 * The cache validates its hits: a value removed by a pass (deadcode sets
 * op = OpInvalid, block = NULL) or rewritten in place is simply replaced. */

typedef struct ConstEntry {
	Op op;
	Type *type;
	int64_t auxint;
	Value *v;
} ConstEntry;

typedef struct ConstCache {
	ConstEntry *e;
	int cap, len;
} ConstCache;

static uint64_t const_hash(Op op, Type *t, int64_t c) {
	uint64_t h = (uint64_t)op * 0x9e3779b97f4a7c15ull;
	h ^= (uint64_t)(uintptr_t)t + 0x632be59bd9b4e019ull + (h << 6) + (h >> 2);
	h ^= (uint64_t)c + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h ^ (h >> 29);
}

static ConstEntry *const_slot(ConstCache *cc, Op op, Type *t, int64_t c) {
	for (uint64_t i = const_hash(op, t, c) & (uint64_t)(cc->cap - 1);; i = (i + 1) & (uint64_t)(cc->cap - 1)) {
		ConstEntry *e = &cc->e[i];
		if (!e->v || (e->op == op && e->type == t && e->auxint == c))
			return e;
	}
}

static Value *const_value(Func *f, Op op, Type *t, int64_t c) {
	if (!f->entry)
		ice("ssa_const: function %s has no entry block", f->name);
	ConstCache *cc = f->const_cache;
	if (!cc) {
		cc = f->const_cache = NEW(fn_arena, ConstCache);
		cc->cap = 64;
		cc->e = NEWARRAY(fn_arena, ConstEntry, cc->cap);
	}
	ConstEntry *e = const_slot(cc, op, t, c);
	if (e->v) {
		Value *v = e->v;
		if (v->op == op && v->type == t && v->auxint == c && v->block == f->entry)
			return v;
	} else {
		if (2 * (cc->len + 1) > cc->cap) {
			ConstCache old = *cc;
			cc->cap *= 2;
			cc->e = NEWARRAY(fn_arena, ConstEntry, cc->cap);
			for (int i = 0; i < old.cap; i++)
				if (old.e[i].v)
					*const_slot(cc, old.e[i].op, old.e[i].type, old.e[i].auxint) = old.e[i];
			e = const_slot(cc, op, t, c);
		}
		cc->len++;
	}
	Value *v = value_alloc(f->entry, op, t, (Pos){0});
	v->auxint = c;
	/* After scheduling, entry's order is final: a new constant goes first
	 * (the entry block has no phis) so every later use sees it defined. */
	if (f->scheduled)
		vec_insert(&f->entry->values, 0, v);
	else
		vec_push(&f->entry->values, v);
	e->op = op;
	e->type = t;
	e->auxint = c;
	e->v = v;
	return v;
}

/* auxint of Const8/16/32 is kept sign-extended from the constant's width,
 * whatever the signedness of its type (gc's convention: uint8(255) is [-1]). */
Value *ssa_const_int(Func *f, Type *t, int64_t c) {
	Op op;
	switch (t->kind) {
	case TY_BOOL:
		return const_value(f, OpConstBool, t, c != 0);
	case TY_INT8: case TY_UINT8:
		op = OpConst8, c = (int8_t)c;
		break;
	case TY_INT16: case TY_UINT16:
		op = OpConst16, c = (int16_t)c;
		break;
	case TY_INT32: case TY_UINT32:
		op = OpConst32, c = (int32_t)c;
		break;
	case TY_INT64: case TY_UINT64: case TY_INT: case TY_UINT: case TY_UINTPTR:
		op = OpConst64;
		break;
	default:
		ice("ssa_const_int: not an integer or boolean type (kind %d)", (int)t->kind);
	}
	return const_value(f, op, t, c);
}

Value *ssa_const_float(Func *f, Type *t, double c) {
	int64_t bits;
	switch (t->kind) {
	case TY_FLOAT32: {
		double d = (float)c; /* a float32 constant holds a float32 value */
		memcpy(&bits, &d, sizeof bits);
		return const_value(f, OpConst32F, t, bits);
	}
	case TY_FLOAT64:
		memcpy(&bits, &c, sizeof bits);
		return const_value(f, OpConst64F, t, bits);
	default:
		ice("ssa_const_float: not a float type (kind %d)", (int)t->kind);
	}
}
