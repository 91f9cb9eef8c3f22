/* ssagen.c — build SSA from the type-checked AST (cmd/compile's ssagen/ssa.go).
 *
 * Variables. Each local variable gets a storage class when it is declared:
 *   VK_SSA    SSA-able type, address never taken, not captured: its value is
 *             tracked with Braun et al.'s on-the-fly SSA construction
 *             ("Simple and Efficient Construction of SSA Form", CC 2013):
 *             write_var/read_var per block, phis for unsealed blocks completed
 *             when the block is sealed;
 *   VK_STACK  in memory in this frame (LocalAddr → an alloca);
 *   VK_HEAP   address taken or captured by a closure: a heap cell allocated
 *             each time the declaration runs (escape analysis, a later issue,
 *             will move most of these back to the stack); the cell's pointer
 *             is itself tracked like a VK_SSA variable;
 *   VK_CAPTURED inside a closure body: the variable is in the closure
 *             object at capture_offset (escape.c's Obj.byval: a copy of its
 *             value), or its cell's pointer is (by reference);
 *   VK_GLOBAL package variables: Addr {x} SB.
 * The memory state is one more tracked variable (mem_key), so memory phis
 * come out of the same algorithm, exactly as gc's memory variable does.
 *
 * Inlined calls (N_INLCALL, ssa/inl.c) are built in place: their statements
 * (a return in them is a break out of the N_INLCALL), then their result
 * variables, which are the caller's.
 *
 * Invariants while building:
 *   - b->cur is NULL when the current point is unreachable (after return,
 *     break, panic...); statements there are still walked for their nested
 *     function literals but emit nothing;
 *   - a block is sealed only once all of its predecessors are known; blocks
 *     reachable by goto are sealed when the function ends;
 *   - every value of a non-SSA-able type is handled through its address.
 */
#include "ssa.h"
#include "../runtime/abi.h"

typedef enum VarKind { VK_SSA, VK_STACK, VK_HEAP, VK_CAPTURED, VK_GLOBAL } VarKind;

typedef struct VarInfo {
	Obj *obj;
	VarKind kind;
	int capture_index; // VK_CAPTURED: position in the literal's captures
	int64_t capture_offset; // ... and its byte offset in the closure object
	Value *param_ref;  // VK_STACK params passed by reference: the Arg pointer
} VarInfo;

/* A tiny pointer-keyed map (open addressing) in the per-function arena:
 * util.h's PtrMap, without frees (arena_reset drops it with the function). */
typedef struct FnMap {
	void **keys;
	void **vals;
	int cap, len;
} FnMap;

static void *pm_get(FnMap *m, void *k) {
	if (!m->cap)
		return NULL;
	for (uintptr_t i = ((uintptr_t)k >> 4) & (uintptr_t)(m->cap - 1);; i = (i + 1) & (uintptr_t)(m->cap - 1)) {
		if (m->keys[i] == k)
			return m->vals[i];
		if (!m->keys[i])
			return NULL;
	}
}

static void pm_put(FnMap *m, void *k, void *v) {
	if ((m->len + 1) * 2 >= m->cap) {
		FnMap n = {0};
		n.cap = m->cap ? m->cap * 2 : 16;
		n.keys = arena_alloc(fn_arena, sizeof(void *) * (size_t)n.cap);
		n.vals = arena_alloc(fn_arena, sizeof(void *) * (size_t)n.cap);
		for (int i = 0; i < m->cap; i++)
			if (m->keys[i])
				pm_put(&n, m->keys[i], m->vals[i]);
		*m = n;
	}
	uintptr_t i = ((uintptr_t)k >> 4) & (uintptr_t)(m->cap - 1);
	while (m->keys[i] && m->keys[i] != k)
		i = (i + 1) & (uintptr_t)(m->cap - 1);
	if (!m->keys[i])
		m->len++;
	m->keys[i] = k;
	m->vals[i] = v;
}

typedef struct BlockState {
	FnMap defs;     // var key → Value*
	bool sealed;
	Vec incomplete;  // pairs: key, phi
} BlockState;

/* Targets of break/continue for a statement. */
typedef struct Targets {
	Node *stmt;
	Block *brk, *cont;
} Targets;

typedef struct Builder {
	Func *f;
	Block *cur;
	Node *fn;           // N_FUNCDECL / N_FUNCLIT
	Type *ftype;        // its func type
	Pos pos;            // position for new values
	FnMap vars;        // Obj* → VarInfo*
	Vec bstate;         // BlockState* indexed by block id
	Vec targets;        // Targets*
	FnMap labels;      // N_LABELED → Block*
	Vec result_ptrs;    // Value* per result (NULL for SSA-able results)
	Value *closure_ctx; // closure context Arg
	Block *exit;        // shared return block
	int ntemp;
	Value *deferframe;  // functions with defer: the frame record (runtime/panic.c GoDeferFrame)
	int ndefer;         // deferwrap thunks made for this function
} Builder;

static Builder *B;
static int mem_key_storage;
static void *const mem_key = &mem_key_storage;
static Package *cur_pkg;
static void (*emit_fn)(Func *);
static Vec pending_lits; // N_FUNCLIT still to build

static Value *expr(Node *n);
static Value *map_index(Node *n, Value **okp);
static Value *map_access_ptr(Node *n, Value **okp);
static Value *map_assign_addr(Node *n);
static Value *map_literal(Node *n);
static void pop_targets(Node *label);
static Targets *push_targets(Node *s, Block *brk, Block *cont);
static void continue_at(Block *b);
static Value *iface_type_word(Value *iv, Type *it);
static Value *iface_desc(Type *it);
static bool have_rt(const char *name, Pos pos, const char *what);
static Node *recv_node(Node *n);
static void chan_send(Node *n);
static Value *chan_word(Value *c, int64_t off);
static bool simple_lhs(Node *l);
static bool lhs_in_registers(Node *l);
static Value *lvalue_addr(Node *l);
static Value *chan_recv(Node *cn, Value **okp, bool want);
static void range_chan(Node *n, Node *label, Node *vn);
static Value *to_iface(Type *from, Type *to, Value *v, Value *vaddr);
static Value *iface_to_iface(Value *iv, Type *from, Type *to);
static Value *iface_conv_node(Node *x, Type *to);
static Value *type_assert(Node *n, Value **okp);
static Value *iface_equal(Type *t, Value *x, Value *y);
static int iface_method_index(Type *it, Method *m);
static Value *conversion(Value *v, Type *from, Type *to);
typedef struct CallResult CallResult;
static Value *call_expr(Node *n, CallResult **out);
static Value *addr(Node *n);
static void stmt(Node *n);
static void stmt_list(Vec *l);
static Value *rtcall(const char *name, Value **args, int nargs, Type *res);
static void expr_into(Node *n, Value *dst);
static Value *zero_value(Type *t);

/* ---------------- small helpers ---------------- */

static Node *unparen(Node *n) {
	while (n && n->kind == N_PAREN)
		n = n->x;
	return n;
}

/* A call, or a call inl.c inlined (N_INLCALL): both give a CallResult. */
static bool is_call(Node *n) { return n->kind == N_CALL || n->kind == N_INLCALL; }

static BlockState *bs(Block *b) {
	while (B->bstate.len <= b->id)
		vec_push(&B->bstate, NULL);
	BlockState *s = B->bstate.data[b->id];
	if (!s) {
		s = NEW(fn_arena, BlockState);
		B->bstate.data[b->id] = s;
	}
	return s;
}

static Block *new_block(BlockKind k) { return ssa_block_new(B->f, k); }

static Value *val0(Op op, Type *t) { return ssa_value0(B->cur, op, t, B->pos); }
static Value *val1(Op op, Type *t, Value *a) { return ssa_value1(B->cur, op, t, B->pos, a); }
static Value *val2(Op op, Type *t, Value *a, Value *b) { return ssa_value2(B->cur, op, t, B->pos, a, b); }
static Value *val3(Op op, Type *t, Value *a, Value *b, Value *c) { return ssa_value3(B->cur, op, t, B->pos, a, b, c); }

static StrMap op_names;
static Op op_named(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static Op op_named(const char *fmt, ...) {
	char buf[64];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (!op_names.len)
		for (int i = 1; i < OP_COUNT; i++)
			strmap_put(&op_names, op_info[i].name, (void *)(intptr_t)i);
	intptr_t op = (intptr_t)strmap_get(&op_names, buf);
	if (!op)
		ice("no SSA op %s", buf);
	return (Op)op;
}

static int bits(Type *t) { return (int)types_size(t) * 8; }


/* ---------------- variables: Braun et al. ---------------- */

static Value *read_var(void *key, Type *t, Block *b);

static void write_var(void *key, Block *b, Value *v) { pm_put(&bs(b)->defs, key, v); }

static Value *new_phi(Block *b, Type *t) {
	Value *phi = ssa_value_new(b, OpPhi, t, b->pos);
	/* phis go first */
	vec_remove(&b->values, b->values.len - 1);
	vec_insert(&b->values, 0, phi);
	return phi;
}

static void add_phi_operands(void *key, Value *phi) {
	Block *b = phi->block;
	for (int i = 0; i < b->preds.len; i++)
		ssa_add_arg(phi, read_var(key, phi->type, b->preds.data[i]));
}

static Value *read_var(void *key, Type *t, Block *b) {
	Value *v = pm_get(&bs(b)->defs, key);
	if (v)
		return v;
	BlockState *s = bs(b);
	if (!s->sealed) {
		v = new_phi(b, t);
		vec_push(&s->incomplete, key);
		vec_push(&s->incomplete, v);
	} else if (b->preds.len == 1) {
		/* walk up the chain of single predecessors without recursing; a
		 * cycle of them exists only in unreachable code */
		Block *p = b->preds.data[0];
		int steps = 0, limit = b->func->blocks.len + 1;
		while (!pm_get(&bs(p)->defs, key) && bs(p)->sealed && p->preds.len == 1 && steps < limit) {
			p = p->preds.data[0];
			steps++;
		}
		if (steps >= limit) {
			Block *save = B->cur;
			B->cur = b;
			v = val0(OpUnknown, t);
			B->cur = save;
		} else {
			v = read_var(key, t, p);
		}
	} else if (b->preds.len == 0) {
		/* read before any definition: only on impossible paths */
		Block *save = B->cur;
		B->cur = b;
		v = key == mem_key ? val0(OpUnknown, ty_mem) : val0(OpUnknown, t);
		B->cur = save;
	} else {
		v = new_phi(b, t);
		write_var(key, b, v);
		add_phi_operands(key, v);
	}
	write_var(key, b, v);
	return v;
}

static void seal(Block *b) {
	BlockState *s = bs(b);
	if (s->sealed)
		return;
	s->sealed = true;
	for (int i = 0; i < s->incomplete.len; i += 2)
		add_phi_operands(s->incomplete.data[i], s->incomplete.data[i + 1]);
	s->incomplete.len = 0;
}

static Value *mem(void) { return read_var(mem_key, ty_mem, B->cur); }
static void set_mem(Value *m) { write_var(mem_key, B->cur, m); }

/* Start emitting into b (which must already have its preds, or be sealed later). */
static void start_block(Block *b) { B->cur = b; }

/* End the current block with a jump to target. */
static void jump(Block *target) {
	if (!B->cur)
		return;
	B->cur->kind = BlockPlain;
	ssa_add_edge(B->cur, target);
	B->cur = NULL;
}

/* End the current block with a branch on cond. */
static void branch(Value *cond, Block *yes, Block *no, int likely) {
	Block *b = B->cur;
	b->kind = BlockIf;
	ssa_set_control(b, cond);
	b->likely = likely;
	ssa_add_edge(b, yes);
	ssa_add_edge(b, no);
	B->cur = NULL;
}

/* Where capture i of literal lit lives in its closure object: after the
 * code pointer, each captured variable's value (escape.c's Obj.byval) or
 * its address, in 8-byte aligned slots; i = number of captures gives the
 * object's size. */
static int64_t capture_offset(Node *lit, int i) {
	int64_t off = 8;
	for (int j = 0; j < i && j < lit->captures.len; j++) {
		Obj *o = lit->captures.data[j];
		off += o->byval ? (types_size(o->type) + 7) & ~(int64_t)7 : 8;
	}
	return off;
}

static VarInfo *var_info(Obj *o) {
	VarInfo *vi = pm_get(&B->vars, o);
	if (vi)
		return vi;
	vi = NEW(fn_arena, VarInfo);
	vi->obj = o;
	if (o->vclass == VC_GLOBAL || !o->owner) {
		vi->kind = VK_GLOBAL;
	} else if (o->owner != B->fn) {
		/* a variable of an enclosing function: must be in our captures */
		vi->kind = VK_CAPTURED;
		vi->capture_index = -1;
		for (int i = 0; i < B->fn->captures.len; i++)
			if (B->fn->captures.data[i] == o) {
				vi->capture_index = i;
				vi->capture_offset = capture_offset(B->fn, i);
			}
		if (vi->capture_index < 0)
			ice("variable %s not captured by %s", o->name, B->f->name);
	} else if ((((o->captured && !o->byval) || o->addrtaken) && !o->stackok) || o->heapbig) {
		vi->kind = VK_HEAP;
	} else if ((o->captured && !o->byval) || o->addrtaken) {
		vi->kind = VK_STACK;  // its address does not escape (escape.c)
	} else if (B->deferframe && o->vclass == VC_RESULT) {
		/* read again after a recovered panic resumes the function at its exit */
		vi->kind = VK_STACK;
	} else if (ssa_can_ssa(o->type)) {
		vi->kind = VK_SSA;
	} else {
		vi->kind = VK_STACK;
	}
	pm_put(&B->vars, o, vi);
	return vi;
}

static Type *ptr_to(Type *t) { return type_ptr(t); }

/* A fresh key for a compiler-internal SSA variable (loop indexes, &&/|| results...). */
static void *new_key(void) { return arena_alloc(fn_arena, 1); }

static Value *type_desc(Type *t) {
	Value *sb = val0(OpSB, ty_uintptr);
	Value *v = val1(OpAddr, ptr_to(ty_uint8), sb);
	v->aux = t;
	v->auxint = 2;
	return v;
}

/* memmove(dst, src, nbytes) of values of type et: through the runtime's
 * write barrier when they hold pointers (copy, append). */
static void typed_memmove(Type *et, Value *dst, Value *src, Value *nbytes) {
	if (type_has_pointers(et)) {
		Value *a[] = {type_desc(et), dst, src, nbytes};
		rtcall("wbmemmove", a, 4, NULL);
	} else {
		Value *a[] = {dst, src, nbytes};
		rtcall("memmove", a, 3, NULL);
	}
}

static Value *new_object(Type *t) {
	Value *args[] = {type_desc(t)};
	return rtcall("newobject", args, 1, ptr_to(t));
}

static Value *temp_addr(Type *t);
static void zero(Type *t, Value *dst);

/* The object an allocation site makes: a zeroed slot of the frame if
 * escape analysis found that its address does not escape, else the heap's. */
static Value *alloc_object(Node *site, Type *t) {
	if (site && site->stackalloc) {
		Value *p = temp_addr(t);
		zero(t, p);
		return p;
	}
	return new_object(t);
}

/* The address of a memory-resident variable. */
static Value *var_addr(Obj *o) {
	VarInfo *vi = var_info(o);
	switch (vi->kind) {
	case VK_GLOBAL: {
		Value *v = val1(OpAddr, ptr_to(o->type), val0(OpSB, ty_uintptr));
		v->aux = o;
		return v;
	}
	case VK_STACK:
		if (vi->param_ref)
			return vi->param_ref;
		{
			Value *v = val2(OpLocalAddr, ptr_to(o->type), val0(OpSP, ty_uintptr), mem());
			v->aux = o;
			return v;
		}
	case VK_HEAP:
		return read_var(vi, ptr_to(o->type), B->cur);
	case VK_CAPTURED: {
		if (o->byval) { /* the copy in the closure object (never written) */
			Value *slot = val1(OpOffPtr, ptr_to(o->type), B->closure_ctx);
			slot->auxint = vi->capture_offset;
			return slot;
		}
		Value *slot = val1(OpOffPtr, ptr_to(ptr_to(o->type)), B->closure_ctx);
		slot->auxint = vi->capture_offset;
		return val2(OpLoad, ptr_to(o->type), slot, mem());
	}
	case VK_SSA:
		break;
	}
	ice("address of SSA variable %s", o->name);
}

static Value *load(Type *t, Value *p) { return val2(OpLoad, t, p, mem()); }

static void store(Type *t, Value *p, Value *v) {
	Value *m = val3(OpStore, ty_mem, p, v, mem());
	m->aux = t;
	set_mem(m);
}

static void move(Type *t, Value *dst, Value *src) {
	Value *m = val3(OpMove, ty_mem, dst, src, mem());
	m->aux = t;
	m->auxint = types_size(t);
	set_mem(m);
}

static void zero(Type *t, Value *dst) {
	Value *m = val2(OpZero, ty_mem, dst, mem());
	m->aux = t;
	m->auxint = types_size(t);
	set_mem(m);
}

static void name_value(Obj *o, Value *v) {
	if (!o || !o->name || o->name[0] == '.')
		return;
	for (int i = 0; i < B->f->names.len; i++) {
		NamedValue *nv = B->f->names.data[i];
		if (nv->var == o) {
			vec_push(&nv->values, v);
			return;
		}
	}
	NamedValue *nv = NEW(fn_arena, NamedValue);
	nv->var = o;
	vec_push(&nv->values, v);
	vec_push(&B->f->names, nv);
}

/* Declare a local variable (at its declaration point) with an initial value
 * (NULL: the zero value). For non-SSA-able types init_addr may give the
 * address of the initial value instead. */
static void declare_var(Obj *o, Value *init, Value *init_addr) {
	if (!o)
		return;
	VarInfo *vi = var_info(o);
	switch (vi->kind) {
	case VK_SSA:
		if (!init)
			init = zero_value(o->type);
		write_var(o, B->cur, init);
		name_value(o, init);
		return;
	case VK_HEAP: {
		Value *p = new_object(o->type); /* zeroed */
		write_var(vi, B->cur, p);
		if (init)
			store(o->type, p, init);
		else if (init_addr)
			move(o->type, p, init_addr);
		return;
	}
	case VK_STACK: {
		Value *vd = val1(OpVarDef, ty_mem, mem());
		vd->aux = o;
		set_mem(vd);
		Value *p = var_addr(o);
		if (init)
			store(o->type, p, init);
		else if (init_addr)
			move(o->type, p, init_addr);
		else
			zero(o->type, p);
		bool found = false;
		for (int i = 0; i < B->f->autos.len; i++)
			found |= B->f->autos.data[i] == o;
		if (!found)
			vec_push(&B->f->autos, o);
		return;
	}
	default:
		ice("declare of non-local %s", o->name);
	}
}

/* A fresh compiler temporary in memory (gc's autotmp). */
static Obj *new_temp(Type *t) {
	Obj *o = NEW(perm, Obj);
	o->kind = OBJ_VAR;
	o->vclass = VC_LOCAL;
	o->type = t;
	o->owner = B->fn;
	o->name = arena_printf(perm, ".autotmp_%d", B->ntemp++);
	VarInfo *vi = NEW(fn_arena, VarInfo);
	vi->obj = o;
	vi->kind = VK_STACK;
	pm_put(&B->vars, o, vi);
	vec_push(&B->f->autos, o);
	return o;
}

static Value *temp_addr(Type *t) {
	Obj *o = new_temp(t);
	Value *vd = val1(OpVarDef, ty_mem, mem());
	vd->aux = o;
	set_mem(vd);
	return var_addr(o);
}

static Value *read_local(Obj *o) {
	VarInfo *vi = var_info(o);
	if (vi->kind == VK_SSA)
		return read_var(o, o->type, B->cur);
	return load(o->type, var_addr(o));
}

static void write_local(Obj *o, Value *v) {
	VarInfo *vi = var_info(o);
	if (vi->kind == VK_SSA) {
		write_var(o, B->cur, v);
		name_value(o, v);
		return;
	}
	store(o->type, var_addr(o), v);
}

/* ---------------- constants ---------------- */

static Value *const_int(Type *t, int64_t c) { return ssa_const_int(B->f, t, c); }

static Value *ssa_str_const(const char *s, int64_t len) {
	Value *v = val0(OpConstString, ty_string);
	SsaString *str = NEW(fn_arena, SsaString);
	str->s = s;
	str->len = len;
	v->aux = str;
	return v;
}

static Value *zero_value(Type *t) {
	switch (t->kind) {
	case TY_BOOL:
	case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
		return const_int(t, 0);
	case TY_FLOAT32: case TY_FLOAT64:
		return ssa_const_float(B->f, t, 0);
	case TY_COMPLEX64:
	case TY_COMPLEX128: {
		Type *ft = t->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
		return val2(OpComplexMake, t, ssa_const_float(B->f, ft, 0), ssa_const_float(B->f, ft, 0));
	}
	case TY_STRING:
		return ssa_str_const("", 0);
	case TY_SLICE:
		return val0(OpConstSlice, t);
	case TY_INTERFACE:
		return val0(OpConstInterface, t);
	case TY_POINTER: case TY_UNSAFEPTR: case TY_MAP: case TY_CHAN: case TY_FUNC:
		return val0(OpConstNil, t);
	case TY_STRUCT: {
		Value *v = ssa_value_new(B->cur, op_named("StructMake%d", t->fields.len), t, B->pos);
		for (int i = 0; i < t->fields.len; i++)
			ssa_add_arg(v, zero_value(((Field *)t->fields.data[i])->type));
		return v;
	}
	case TY_ARRAY:
		if (t->len == 0)
			return val0(OpArrayMake0, t);
		return val1(OpArrayMake1, t, zero_value(t->elem));
	default:
		ice("zero value of %s", type_string(perm, t, true));
	}
}

static Value *const_value(Type *t, Const *c) {
	switch (t->kind) {
	case TY_BOOL:
		return const_int(t, c->kind == CV_BOOL ? c->b : const_int64(c) != 0);
	case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
		return const_int(t, (int64_t)const_uint64(c));
	case TY_FLOAT32: case TY_FLOAT64:
		return ssa_const_float(B->f, t, const_float64(c));
	case TY_COMPLEX64:
	case TY_COMPLEX128: {
		Type *ft = t->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
		double re = c->kind == CV_COMPLEX || c->kind == CV_FLOAT || c->kind == CV_INT ? const_float64(c) : 0;
		double im = c->kind == CV_COMPLEX ? const_imag64(c) : 0;
		return val2(OpComplexMake, t, ssa_const_float(B->f, ft, re), ssa_const_float(B->f, ft, im));
	}
	case TY_STRING:
		return ssa_str_const(c->s, c->slen);
	case TY_POINTER: case TY_UNSAFEPTR: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE:
		return zero_value(t); /* nil */
	default:
		ice("constant of type %s", type_string(perm, t, true));
	}
}

/* ---------------- calls ---------------- */

static Type *rt_result_type(RtAbiType code) {
	switch (code) {
	case RTA_I64: return ty_int64;
	case RTA_U64: return ty_uint64;
	case RTA_I32: return ty_int32;
	case RTA_U8: return ty_bool;
	case RTA_F64: return ty_float64;
	case RTA_F32: return ty_float32;
	case RTA_PTR: return ty_unsafeptr;
	case RTA_STR: return ty_string;
	default: return NULL;
	}
}

/* A runtime call: args as abi.def lists them. res: the Go type wanted for a
 * single result (NULL: abi.def's); pair results give two int64 elements. */
static Value *rtcall(const char *name, Value **args, int nargs, Type *res) {
	int idx = rt_entry_index(name);
	if (idx < 0)
		ice("runtime entry %s missing from runtime/abi.def", name);
	RtAbiType ret = rt_entry(idx)->ret;
	Type *elems[3];
	int n = 0;
	if (ret == RTA_PAIR) {
		elems[n++] = ty_int64;
		elems[n++] = ty_int64;
	} else if (ret != RTA_VOID) {
		elems[n++] = res ? res : rt_result_type(ret);
	}
	elems[n++] = ty_mem;
	Value *call = ssa_value_new(B->cur, OpStaticLECall, ssa_tuple_type(elems, n), B->pos);
	AuxCall *ac = NEW(fn_arena, AuxCall);
	ac->fn = arena_printf(fn_arena, "runtime.%s", name);
	ac->rt = idx + 1;
	call->aux = ac;
	for (int i = 0; i < nargs; i++)
		ssa_add_arg(call, args[i]);
	ssa_add_arg(call, mem());
	Value *m = val1(OpSelectN, ty_mem, call);
	m->auxint = n - 1;
	set_mem(m);
	if (n == 1)
		return call;
	if (n == 3)
		return call; /* caller selects both */
	Value *r = val1(OpSelectN, elems[0], call);
	r->auxint = 0;
	return r;
}

static Value *select_n(Value *call, Type *t, int i) {
	Value *v = val1(OpSelectN, t, call);
	v->auxint = i;
	return v;
}

/* Terminate the current block with a call that does not return. */
static void rt_noreturn(const char *name, Value **args, int nargs) {
	rtcall(name, args, nargs, NULL);
	Block *b = B->cur;
	b->kind = BlockExit;
	ssa_set_control(b, mem());
	B->cur = NULL;
}

/* if !cond { panic via name(args) } — the panic path in its own Exit block */
static void check_or_panic(Value *ok, const char *name, Value **args, int nargs) {
	Block *okb = new_block(BlockPlain), *bad = new_block(BlockPlain);
	branch(ok, okb, bad, LIKELY_YES);
	seal(okb);
	seal(bad);
	start_block(bad);
	rt_noreturn(name, args, nargs);
	start_block(okb);
}

static void nil_check(Value *p) {
	Value *m = val2(OpNilCheck, ty_mem, p, mem());
	set_mem(m);
}

static Value *to_int(Value *v, Type *t);

/* bounds check: 0 <= idx < len (slice=false) or <= len (slice=true) */
static void bounds_check(Value *idx, Type *idxt, Value *len, int kind, bool slice) {
	Value *i = to_int(idx, idxt);
	Value *ok = val2(slice ? OpIsSliceInBounds : OpIsInBounds, ty_bool, i, len);
	Block *okb = new_block(BlockPlain), *bad = new_block(BlockPlain);
	branch(ok, okb, bad, LIKELY_YES);
	seal(okb);
	seal(bad);
	start_block(bad);
	Value *m = val3(OpPanicBounds, ty_mem, i, len, mem());
	m->auxint = kind | (type_is_unsigned(idxt) ? BOUNDS_UNSIGNED : 0);
	set_mem(m);
	B->cur->kind = BlockExit;
	ssa_set_control(B->cur, mem());
	B->cur = NULL;
	start_block(okb);
}

/* Extend an integer value to int64 (for indexes and lengths). */
static Value *to_int(Value *v, Type *t) {
	int w = bits(t);
	if (w == 64)
		return v;
	return val1(op_named("%sExt%dto64", type_is_unsigned(t) ? "Zero" : "Sign", w), ty_int, v);
}

/* ---------------- function signatures and calls ---------------- */

/* Evaluate the arguments of a call to a function of type ft into SSA args
 * (appended to call). args: the argument nodes (already matching params,
 * variadic packing done here). */
static void call_args(Value *call, Type *ft, Vec *argnodes, bool has_dots, Value **pre, int npre, Node *site);

static Value *func_value_of_decl(Obj *fn) {
	Value *v = val1(OpAddr, fn->type, val0(OpSB, ty_uintptr));
	v->aux = fn;
	return v;
}

/* Build slice value from ptr,len,cap */
static Value *slice_make(Type *t, Value *p, Value *l, Value *c) { return val3(OpSliceMake, t, p, l, c); }

/* The n-th result of a call (tuple) as a value (or address for memory results). */
struct CallResult {
	Value *call;     // the call value (tuple)
	Type *ftype;
	Value **ptrs;    // result pointers for non-SSA-able results (NULL entries otherwise)
	Value **vals;    // an inlined call's SSA-able results (call is NULL)
	int nres;
};

static Value *call_result(CallResult *cr, int i) {
	Type *rt = ((Field *)cr->ftype->results.data[i])->type;
	if (cr->ptrs[i])
		return load(rt, cr->ptrs[i]); /* only valid for SSA-able t; memory results use ptrs */
	if (cr->vals)
		return cr->vals[i];
	int k = 0;
	for (int j = 0; j < i; j++)
		if (!cr->ptrs[j])
			k++;
	return select_n(cr->call, rt, k);
}

/* Emit a call of fn (an OBJ_FUNC, or NULL for a func value callee) with
 * receiver recv (may be NULL). */
static CallResult *do_call_op(Op op, Node *call, Obj *fn, Value *fnval, Type *ft, Value *recv) {
	CallResult *cr = NEW(fn_arena, CallResult);
	cr->ftype = ft;
	cr->nres = ft->results.len;
	cr->ptrs = NEWARRAY(fn_arena, Value *, cr->nres + 1);
	Value *pre[64];
	int npre = 0;
	if (fnval)
		pre[npre++] = fnval;
	for (int i = 0; i < cr->nres; i++) {
		Type *rt = ((Field *)ft->results.data[i])->type;
		if (!ssa_can_ssa(rt)) {
			cr->ptrs[i] = temp_addr(rt);
			if (npre < 60)
				pre[npre++] = cr->ptrs[i];
		}
	}
	if (recv)
		pre[npre++] = recv;
	Type *elems[64];
	int n = 0;
	for (int i = 0; i < cr->nres && n < 62; i++) {
		Type *rt = ((Field *)ft->results.data[i])->type;
		if (ssa_can_ssa(rt))
			elems[n++] = rt;
	}
	elems[n++] = ty_mem;
	Value *v = ssa_value_new(B->cur, op, ssa_tuple_type(elems, n), B->pos);
	AuxCall *ac = NEW(fn_arena, AuxCall);
	ac->fn = fn ? fn->linkname : NULL;
	ac->func = fn;
	ac->sig = ft;
	v->aux = ac;
	/* the call value must be created before args are evaluated? No: args are
	 * evaluated first (they may contain calls), so build into a detached list */
	vec_remove(&B->cur->values, B->cur->values.len - 1);
	call_args(v, ft, &call->list, call->has_dots, pre, npre, call);
	vec_push(&B->cur->values, v);
	v->block = B->cur;
	ssa_add_arg(v, mem());
	set_mem(select_n(v, ty_mem, n - 1));
	cr->call = v;
	return cr;
}

static Value *slice_literal_at(Type *slice_t, Value **vals, int n, Node *site);
static Value *iface_conv_at(Node *x, Type *to, Node *site);

static CallResult *do_call(Node *call, Obj *fn, Value *fnval, Type *ft, Value *recv) {
	return do_call_op(fnval ? OpClosureLECall : OpStaticLECall, call, fn, fnval, ft, recv);
}

/* One argument: a node still to evaluate, or a value (or address, for
 * non-SSA-able types) already computed (the results of f in g(f())). */
typedef struct ArgSrc {
	Node *n;
	Value *v, *addr;
} ArgSrc;

/* The arguments of a call: a single multi-value call expands into its results. */
static ArgSrc *arg_sources(Vec *argnodes, int *count) {
	if (argnodes->len == 1) {
		Node *a = unparen(argnodes->data[0]);
		if (a->type && a->type->kind == TY_TUPLE && is_call(a)) {
			CallResult *cr = NULL;
			call_expr(a, &cr);
			if (!cr) {
				*count = 0;
				return NULL;
			}
			ArgSrc *src = NEWARRAY(fn_arena, ArgSrc, cr->nres + 1);
			for (int i = 0; i < cr->nres; i++) {
				Type *t = ((Field *)cr->ftype->results.data[i])->type;
				if (ssa_can_ssa(t))
					src[i].v = call_result(cr, i);
				else
					src[i].addr = cr->ptrs[i];
			}
			*count = cr->nres;
			return src;
		}
	}
	ArgSrc *src = NEWARRAY(fn_arena, ArgSrc, argnodes->len + 1);
	for (int i = 0; i < argnodes->len; i++)
		src[i].n = argnodes->data[i];
	*count = argnodes->len;
	return src;
}

static Value *arg_value(ArgSrc *a) { return a->n ? expr(a->n) : a->v; }

/* v (of type from) assigned to a destination of type to: the checker made
 * conversions explicit for expressions, but not for the results of a
 * multi-value call, so those are converted here. */
static Value *assign_conv(Value *v, Type *from, Type *to) {
	if (!v || !to || from == to || type_identical(from, to))
		return v;
	return conversion(v, from, to);
}

/* the value of argument a for a parameter of type t */
static Value *arg_value_as(ArgSrc *a, Type *t) {
	if (a->n)
		return expr(a->n);
	return assign_conv(a->v, a->v->type, t);
}

static void arg_into(ArgSrc *a, Type *t, Value *dst) {
	if (a->n)
		expr_into(a->n, dst);
	else if (a->v)
		store(t, dst, a->v);
	else
		move(t, dst, a->addr);
}

static void call_args(Value *call, Type *ft, Vec *argnodes, bool has_dots, Value **pre, int npre, Node *site) {
	Value *args[256];
	int na = 0;
	for (int i = 0; i < npre; i++)
		args[na++] = pre[i];
	int np = ft->params.len, nsrc;
	ArgSrc *src = arg_sources(argnodes, &nsrc);
	for (int i = 0; i < np; i++) {
		Type *pt = ((Field *)ft->params.data[i])->type;
		Value *av;
		if (ft->variadic && i == np - 1 && !has_dots) {
			int nv = nsrc - i;
			Type *et = pt->elem;
			Value **vals = NEWARRAY(fn_arena, Value *, nv > 0 ? nv : 1);
			for (int j = 0; j < nv; j++) {
				if (ssa_can_ssa(et)) {
					vals[j] = arg_value_as(&src[i + j], et);
				} else {
					vals[j] = temp_addr(et);
					arg_into(&src[i + j], et, vals[j]);
				}
			}
			av = slice_literal_at(pt, vals, nv, site);
		} else if (ssa_can_ssa(pt)) {
			av = arg_value_as(&src[i], pt);
		} else {
			av = temp_addr(pt);
			arg_into(&src[i], pt, av);
		}
		if (na < 250)
			args[na++] = av;
	}
	for (int i = 0; i < na; i++)
		ssa_add_arg(call, args[i]);
}

/* ---------------- expressions ---------------- */

static Value *binary(Node *n);
static Value *builtin_call(Node *n);
static Value *composite_lit(Node *n, Value *dst);

/* Equality of two SSA values of type t (== when eq, != otherwise). */
static Value *equal(Type *t, Value *x, Value *y, bool eq);

/* Can values of t be compared by comparing their bytes? (No floats, strings,
 * interfaces or padding.) */
static bool plain_memory(Type *t) {
	switch (t->kind) {
	case TY_BOOL: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
	case TY_POINTER: case TY_UNSAFEPTR: case TY_CHAN: case TY_MAP: case TY_FUNC:
		return true;
	case TY_ARRAY:
		return plain_memory(t->elem);
	case TY_STRUCT: {
		int64_t sum = 0;
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = t->fields.data[i];
			if (!plain_memory(f->type) || (f->name && !strcmp(f->name, "_")))
				return false;
			sum += types_size(f->type);
		}
		return sum == types_size(t);
	}
	default:
		return false;
	}
}

/* Compare two memory-resident values of type t. */
static Value *equal_mem(Type *t, Value *px, Value *py) {
	switch (t->kind) {
	case TY_ARRAY: {
		if (t->len == 0)
			return const_int(ty_bool, 1);
		if (plain_memory(t)) {
			Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, px), val1(OpConvertPtr, ty_unsafeptr, py),
			              const_int(ty_int, types_size(t))};
			return rtcall("memequal", a, 3, ty_bool);
		}
		if (t->len <= 4) {
			Value *acc = const_int(ty_bool, 1);
			for (int64_t i = 0; i < t->len; i++) {
				Value *off = val1(OpOffPtr, ptr_to(t->elem), px);
				off->auxint = i * types_size(t->elem);
				Value *off2 = val1(OpOffPtr, ptr_to(t->elem), py);
				off2->auxint = i * types_size(t->elem);
				Value *e = ssa_can_ssa(t->elem) ? equal(t->elem, load(t->elem, off), load(t->elem, off2), true)
				                                : equal_mem(t->elem, off, off2);
				acc = val2(OpAndB, ty_bool, acc, e);
			}
			return acc;
		}
		/* for i := 0; i < len; i++ { if x[i] != y[i] { result = false; break } } */
		void *res = new_key(), *ik = new_key();
		write_var(res, B->cur, const_int(ty_bool, 1));
		write_var(ik, B->cur, const_int(ty_int, 0));
		Block *header = new_block(BlockPlain), *body = new_block(BlockPlain), *next = new_block(BlockPlain);
		Block *differ = new_block(BlockPlain), *done = new_block(BlockPlain);
		jump(header);
		start_block(header);
		Value *i = read_var(ik, ty_int, header);
		branch(val2(OpLess64, ty_bool, i, const_int(ty_int, t->len)), body, done, LIKELY_YES);
		seal(body);
		start_block(body);
		Value *ex = val2(OpPtrIndex, ptr_to(t->elem), px, i), *ey = val2(OpPtrIndex, ptr_to(t->elem), py, i);
		Value *e = ssa_can_ssa(t->elem) ? equal(t->elem, load(t->elem, ex), load(t->elem, ey), true)
		                                : equal_mem(t->elem, ex, ey);
		branch(e, next, differ, LIKELY_YES);
		seal(next);
		seal(differ);
		start_block(next);
		write_var(ik, B->cur, val2(OpAdd64, ty_int, read_var(ik, ty_int, next), const_int(ty_int, 1)));
		jump(header);
		seal(header);
		start_block(differ);
		write_var(res, B->cur, const_int(ty_bool, 0));
		jump(done);
		seal(done);
		start_block(done);
		return read_var(res, ty_bool, done);
	}
	case TY_STRUCT: {
		Value *acc = const_int(ty_bool, 1);
		for (int i = 0; i < t->fields.len; i++) {
			Field *fl = t->fields.data[i];
			if (fl->name && !strcmp(fl->name, "_"))
				continue;
			types_size(t);
			Value *off = val1(OpOffPtr, ptr_to(fl->type), px);
			off->auxint = fl->offset;
			Value *off2 = val1(OpOffPtr, ptr_to(fl->type), py);
			off2->auxint = fl->offset;
			Value *e = ssa_can_ssa(fl->type) ? equal(fl->type, load(fl->type, off), load(fl->type, off2), true)
			                                 : equal_mem(fl->type, off, off2);
			acc = val2(OpAndB, ty_bool, acc, e);
		}
		return acc;
	}
	default:
		return equal(t, load(t, px), load(t, py), true);
	}
}

/* x == c for a constant string c of at most 16 bytes, without a call (gc's
 * walkCompareString): len(x) == len(c) && x's bytes == c's, 8, 4, 2 or 1
 * at a time, each chunk assembled from byte loads with shifts and ors
 * (LLVM merges them into one load; the bytes are in bounds once the
 * lengths agree).  NULL when c is longer. */
static Value *equal_short_const(Value *x, SsaString *c) {
	if (c->len > 16)
		return NULL;
	Value *sameLen = val2(OpEq64, ty_bool, val1(OpStringLen, ty_int, x), const_int(ty_int, c->len));
	if (c->len == 0)
		return sameLen;
	Block *cmp = new_block(BlockPlain), *done = new_block(BlockPlain);
	void *key = new_key();
	write_var(key, B->cur, const_int(ty_bool, 0));
	branch(sameLen, cmp, done, LIKELY_UNKNOWN);
	seal(cmp);
	start_block(cmp);
	Value *p = val1(OpStringPtr, ptr_to(ty_uint8), x);
	Value *acc = NULL;
	for (int64_t i = 0; i < c->len;) {
		int64_t left = c->len - i, step = left >= 8 ? 8 : left >= 4 ? 4 : left >= 2 ? 2 : 1;
		Type *wt = step == 8 ? ty_uint64 : step == 4 ? ty_uint32 : step == 2 ? ty_uint16 : ty_uint8;
		Value *w = NULL;
		uint64_t k = 0;
		for (int64_t j = 0; j < step; j++) {
			Value *bp = val1(OpOffPtr, ptr_to(ty_uint8), p);
			bp->auxint = i + j;
			Value *b = load(ty_uint8, bp);
			if (step > 1) {
				b = val1(op_named("ZeroExt8to%d", 8 * (int)step), wt, b);
				if (j > 0)
					b = val2(op_named("Lsh%dx64", 8 * (int)step), wt, b, const_int(ty_uint64, 8 * j));
			}
			w = w ? val2(op_named("Or%d", 8 * (int)step), wt, w, b) : b;
			k |= (uint64_t)(unsigned char)c->s[i + j] << (8 * j);
		}
		Value *e = val2(op_named("Eq%d", 8 * (int)step), ty_bool, w, const_int(wt, (int64_t)k));
		acc = acc ? val2(OpAndB, ty_bool, acc, e) : e;
		i += step;
	}
	write_var(key, B->cur, acc);
	jump(done);
	seal(done);
	start_block(done);
	return read_var(key, ty_bool, done);
}

static Value *equal(Type *t, Value *x, Value *y, bool eq) {
	Value *r;
	switch (t->kind) {
	case TY_BOOL:
		return val2(eq ? OpEqB : OpNeqB, ty_bool, x, y);
	case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT:
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
		return val2(op_named("%s%d", eq ? "Eq" : "Neq", bits(t)), ty_bool, x, y);
	case TY_FLOAT32:
	case TY_FLOAT64:
		return val2(op_named("%s%dF", eq ? "Eq" : "Neq", bits(t)), ty_bool, x, y);
	case TY_COMPLEX64:
	case TY_COMPLEX128: {
		Type *ft = t->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
		Value *re = equal(ft, val1(OpComplexReal, ft, x), val1(OpComplexReal, ft, y), true);
		Value *im = equal(ft, val1(OpComplexImag, ft, x), val1(OpComplexImag, ft, y), true);
		r = val2(OpAndB, ty_bool, re, im);
		return eq ? r : val1(OpNot, ty_bool, r);
	}
	case TY_POINTER: case TY_UNSAFEPTR: case TY_MAP: case TY_CHAN: case TY_FUNC:
		return val2(eq ? OpEqPtr : OpNeqPtr, ty_bool, x, y);
	case TY_SLICE: /* only against nil */
		return val2(eq ? OpEqPtr : OpNeqPtr, ty_bool, val1(OpSlicePtr, ptr_to(t->elem), x),
		            val1(OpSlicePtr, ptr_to(t->elem), y));
	case TY_STRING: {
		if (x->op == OpConstString && y->op != OpConstString)
			r = equal_short_const(y, x->aux);
		else if (y->op == OpConstString && x->op != OpConstString)
			r = equal_short_const(x, y->aux);
		else
			r = NULL;
		if (r)
			return eq ? r : val1(OpNot, ty_bool, r);
		/* len(x) == len(y) && memequal(x.ptr, y.ptr, len) */
		Value *lx = val1(OpStringLen, ty_int, x), *ly = val1(OpStringLen, ty_int, y);
		Value *sameLen = val2(OpEq64, ty_bool, lx, ly);
		Block *cmp = new_block(BlockPlain), *done = new_block(BlockPlain);
		Block *from = B->cur;
		void *key = new_key();
		write_var(key, from, const_int(ty_bool, 0));
		branch(sameLen, cmp, done, LIKELY_UNKNOWN);
		seal(cmp);
		start_block(cmp);
		Value *args[] = {val1(OpStringPtr, ptr_to(ty_uint8), x), val1(OpStringPtr, ptr_to(ty_uint8), y), lx};
		Value *same = rtcall("memequal", args, 3, ty_bool);
		write_var(key, B->cur, same);
		jump(done);
		seal(done);
		start_block(done);
		r = read_var(key, ty_bool, done);
		return eq ? r : val1(OpNot, ty_bool, r);
	}
	case TY_STRUCT: {
		Value *acc = const_int(ty_bool, 1);
		for (int i = 0; i < t->fields.len; i++) {
			Field *fl = t->fields.data[i];
			if (fl->name && !strcmp(fl->name, "_"))
				continue;
			Value *fx = val1(OpStructSelect, fl->type, x);
			fx->auxint = i;
			Value *fy = val1(OpStructSelect, fl->type, y);
			fy->auxint = i;
			acc = val2(OpAndB, ty_bool, acc, equal(fl->type, fx, fy, true));
		}
		return eq ? acc : val1(OpNot, ty_bool, acc);
	}
	case TY_ARRAY: {
		if (t->len == 0)
			return const_int(ty_bool, eq);
		Value *ex = val1(OpArraySelect, t->elem, x), *ey = val1(OpArraySelect, t->elem, y);
		return equal(t->elem, ex, ey, eq);
	}
	case TY_INTERFACE: {
		Value *r = iface_equal(t, x, y);
		return eq ? r : val1(OpNot, ty_bool, r);
	}
	default:
		diag_unsupported(B->pos, arena_printf(perm, "comparison of %s values", type_string(perm, t, false)));
		return const_int(ty_bool, 0);
	}
}

static Value *compare(int op, Type *t, Value *x, Value *y) {
	if (op == TK_EQL || op == TK_NEQ)
		return equal(t, x, y, op == TK_EQL);
	/* ordered: swap > and >= into < and <= */
	bool swap = op == TK_GTR || op == TK_GEQ;
	bool strict = op == TK_LSS || op == TK_GTR;
	if (swap) {
		Value *tmp = x;
		x = y;
		y = tmp;
	}
	if (t->kind == TY_STRING) {
		Value *args[] = {val1(OpStringPtr, ptr_to(ty_uint8), x), val1(OpStringLen, ty_int, x),
		                 val1(OpStringPtr, ptr_to(ty_uint8), y), val1(OpStringLen, ty_int, y)};
		Value *c = rtcall("cmpstring", args, 4, ty_int);
		return val2(strict ? OpLess64 : OpLeq64, ty_bool, c, const_int(ty_int, 0));
	}
	if (type_is_float(t))
		return val2(op_named("%s%dF", strict ? "Less" : "Leq", bits(t)), ty_bool, x, y);
	return val2(op_named("%s%d%s", strict ? "Less" : "Leq", bits(t), type_is_unsigned(t) ? "U" : ""), ty_bool, x, y);
}

static Value *shift(int op, Type *t, Value *x, Value *y, Type *yt) {
	/* negative signed shift counts panic (Go 1.13) */
	if (!type_is_unsigned(yt)) {
		Value *ok = val2(op_named("Leq%d", bits(yt)), ty_bool, const_int(yt, 0), y);
		check_or_panic(ok, "panicshift", NULL, 0);
	}
	const char *base = op == TK_SHL ? "Lsh" : (type_is_unsigned(t) ? "Rsh%dU" : "Rsh");
	char name[32];
	if (op == TK_SHL)
		snprintf(name, sizeof name, "Lsh%dx%d", bits(t), bits(yt));
	else if (type_is_unsigned(t))
		snprintf(name, sizeof name, "Rsh%dUx%d", bits(t), bits(yt));
	else
		snprintf(name, sizeof name, "Rsh%dx%d", bits(t), bits(yt));
	(void)base;
	return val2(op_named("%s", name), t, x, y);
}

/* The site of the string conversion or concatenation being built (set
 * once its operands are evaluated), and the frame buffer the runtime may
 * fill instead of allocating when escape.c found the result does not
 * escape: a nil pointer otherwise (gc: the tmpBuf argument). */
static Node *str_site;

static Value *str_buf(int64_t size) {
	Node *site = str_site;
	str_site = NULL;
	if (site && site->stackalloc)
		return val1(OpConvertPtr, ty_unsafeptr, alloc_object(site, type_array(ty_uint8, size)));
	return val0(OpConstNil, ty_unsafeptr);
}

static Value *arith(int op, Type *t, Value *x, Value *y, Type *yt) {
	if (op == TK_SHL || op == TK_SHR)
		return shift(op, t, x, y, yt);
	if (t->kind == TY_STRING) {
		Value *args[] = {str_buf(32), val1(OpStringPtr, ptr_to(ty_uint8), x), val1(OpStringLen, ty_int, x),
		                 val1(OpStringPtr, ptr_to(ty_uint8), y), val1(OpStringLen, ty_int, y)};
		return rtcall("concatstring2", args, 5, ty_string);
	}
	if (type_is_complex(t)) {
		Type *ft = t->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
		int w = bits(ft);
		Value *a = val1(OpComplexReal, ft, x), *b = val1(OpComplexImag, ft, x);
		Value *c = val1(OpComplexReal, ft, y), *d = val1(OpComplexImag, ft, y);
		switch (op) {
		case TK_ADD:
			return val2(OpComplexMake, t, val2(op_named("Add%dF", w), ft, a, c), val2(op_named("Add%dF", w), ft, b, d));
		case TK_SUB:
			return val2(OpComplexMake, t, val2(op_named("Sub%dF", w), ft, a, c), val2(op_named("Sub%dF", w), ft, b, d));
		case TK_MUL: {
			Op mul = op_named("Mul%dF", w);
			Value *re = val2(op_named("Sub%dF", w), ft, val2(mul, ft, a, c), val2(mul, ft, b, d));
			Value *im = val2(op_named("Add%dF", w), ft, val2(mul, ft, a, d), val2(mul, ft, b, c));
			return val2(OpComplexMake, t, re, im);
		}
		case TK_QUO: {
			/* runtime.complex128div, in float64 for complex64 too (as gc) */
			Value *parts[] = {a, b, c, d};
			if (w == 32)
				for (int i = 0; i < 4; i++)
					parts[i] = val1(OpCvt32Fto64F, ty_float64, parts[i]);
			Value *out = temp_addr(ty_complex128);
			Value *args[] = {val1(OpConvertPtr, ty_unsafeptr, out), parts[0], parts[1], parts[2], parts[3]};
			rtcall("complex128div", args, 5, NULL);
			Value *q = load(ty_complex128, out);
			if (w == 32) {
				Value *re = val1(OpCvt64Fto32F, ty_float32, val1(OpComplexReal, ty_float64, q));
				Value *im = val1(OpCvt64Fto32F, ty_float32, val1(OpComplexImag, ty_float64, q));
				return val2(OpComplexMake, t, re, im);
			}
			return t == ty_complex128 ? q : val1(OpCopy, t, q);
		}
		}
	}
	if (type_is_float(t)) {
		const char *o = op == TK_ADD ? "Add" : op == TK_SUB ? "Sub" : op == TK_MUL ? "Mul" : "Div";
		return val2(op_named("%s%dF", o, bits(t)), t, x, y);
	}
	int w = bits(t);
	bool u = type_is_unsigned(t);
	switch (op) {
	case TK_ADD: return val2(op_named("Add%d", w), t, x, y);
	case TK_SUB: return val2(op_named("Sub%d", w), t, x, y);
	case TK_MUL: return val2(op_named("Mul%d", w), t, x, y);
	case TK_AND: return val2(op_named("And%d", w), t, x, y);
	case TK_OR: return val2(op_named("Or%d", w), t, x, y);
	case TK_XOR: return val2(op_named("Xor%d", w), t, x, y);
	case TK_AND_NOT: return val2(op_named("And%d", w), t, x, val1(op_named("Com%d", w), t, y));
	case TK_QUO:
	case TK_REM: {
		Value *nz = val2(op_named("Neq%d", w), ty_bool, y, const_int(t, 0));
		check_or_panic(nz, "panicdivide", NULL, 0);
		return val2(op_named("%s%d%s", op == TK_QUO ? "Div" : "Mod", w, u ? "u" : ""), t, x, y);
	}
	}
	ice("arith op %d", op);
}

static Value *logical(Node *n) {
	/* x && y / x || y with short-circuit evaluation */
	void *key = new_key();
	Value *x = expr(n->x);
	Block *rhs = new_block(BlockPlain), *done = new_block(BlockPlain);
	write_var(key, B->cur, x);
	if (n->op == TK_LAND)
		branch(x, rhs, done, LIKELY_UNKNOWN);
	else
		branch(x, done, rhs, LIKELY_UNKNOWN);
	seal(rhs);
	start_block(rhs);
	Value *y = expr(n->y);
	write_var(key, B->cur, y);
	jump(done);
	seal(done);
	start_block(done);
	return read_var(key, n->type, done);
}

static Value *binary(Node *n) {
	if (n->op == TK_LAND || n->op == TK_LOR)
		return logical(n);
	Type *ot = n->x->type;
	switch (n->op) {
	case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ: {
		if (!ssa_can_ssa(ot)) {
			Value *px = addr(n->x), *py = addr(n->y);
			Value *r = equal_mem(ot, px, py);
			return n->op == TK_EQL ? r : val1(OpNot, ty_bool, r);
		}
		Value *x = expr(n->x), *y = expr(n->y);
		return compare(n->op, ot, x, y);
	}
	}
	Value *x = expr(n->x), *y = expr(n->y);
	str_site = n;
	Value *r = arith(n->op, n->type, x, y, n->y->type);
	str_site = NULL;
	return r;
}

static Value *unary(Node *n) {
	switch (n->op) {
	case TK_ADD:
		return expr(n->x);
	case TK_SUB: {
		Value *x = expr(n->x);
		Type *t = n->type;
		if (type_is_float(t))
			return val1(op_named("Neg%dF", bits(t)), t, x);
		if (type_is_complex(t)) {
			Type *ft = t->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
			Op neg = op_named("Neg%dF", bits(ft));
			return val2(OpComplexMake, t, val1(neg, ft, val1(OpComplexReal, ft, x)), val1(neg, ft, val1(OpComplexImag, ft, x)));
		}
		return val1(op_named("Neg%d", bits(t)), t, x);
	}
	case TK_XOR:
		return val1(op_named("Com%d", bits(n->type)), n->type, expr(n->x));
	case TK_NOT:
		return val1(OpNot, ty_bool, expr(n->x));
	case TK_AND: {
		Node *x = unparen(n->x);
		if (x->kind == N_COMPOSITE) {
			Value *p = alloc_object(n, x->type);
			composite_lit(x, p);
			return p;
		}
		return addr(x);
	}
	case TK_ARROW:
		return chan_recv(n->x, NULL, true);
	}
	ice("unary op %d", n->op);
}

/* Address of element i of an indexable x (array in memory, slice, string, *array). */
static Value *index_addr(Node *n, bool *is_string_byte) {
	Node *x = unparen(n->x);
	Type *t = x->type;
	Type *it = n->y->type;
	*is_string_byte = false;
	if (t->kind == TY_STRING) {
		Value *s = expr(x);
		Value *i = expr(n->y);
		Value *len = val1(OpStringLen, ty_int, s);
		if (!ssa_index_bounded(n))
			bounds_check(i, it, len, BOUNDS_INDEX, false);
		*is_string_byte = true;
		return val2(OpPtrIndex, ptr_to(ty_uint8), val1(OpStringPtr, ptr_to(ty_uint8), s), to_int(i, it));
	}
	if (t->kind == TY_SLICE) {
		Value *s = expr(x);
		Value *i = expr(n->y);
		Value *len = val1(OpSliceLen, ty_int, s);
		bounds_check(i, it, len, BOUNDS_INDEX, false);
		return val2(OpPtrIndex, ptr_to(t->elem), val1(OpSlicePtr, ptr_to(t->elem), s), to_int(i, it));
	}
	Value *base;
	Type *at = t;
	if (t->kind == TY_POINTER) {
		at = t->elem;
		base = expr(x);
		nil_check(base);
	} else {
		base = addr(x);
	}
	Value *i = expr(n->y);
	/* constant indexes were checked by the checker; bounded ones (x&7 into
	 * [8]T, a byte into [256]T) need no check (gc's walkIndex) */
	if (!n->y->val && !ssa_index_bounded(n))
		bounds_check(i, it, const_int(ty_int, at->len), BOUNDS_INDEX, false);
	return val2(OpPtrIndex, ptr_to(at->elem), base, to_int(i, it));
}

static Value *index_expr(Node *n) {
	Node *x = unparen(n->x);
	if (x->type->kind == TY_MAP)
		return map_index(n, NULL);
	/* an SSA-able array value that is not addressable: [1]T only */
	if (x->type->kind == TY_ARRAY && ssa_can_ssa(x->type) && !n->y->val) {
		/* fallthrough to memory path via a temp */
	}
	bool sb;
	Value *p = index_addr(n, &sb);
	return load(n->type, p);
}

/* x[lo:hi:max] */
static Value *slice_expr(Node *n) {
	Node *x = unparen(n->x);
	Type *t = x->type;
	Value *ptr, *len, *cap;
	Type *elem;
	bool is_str = t->kind == TY_STRING;
	if (is_str) {
		Value *s = expr(x);
		ptr = val1(OpStringPtr, ptr_to(ty_uint8), s);
		len = val1(OpStringLen, ty_int, s);
		cap = len;
		elem = ty_uint8;
	} else if (t->kind == TY_SLICE) {
		Value *s = expr(x);
		elem = t->elem;
		ptr = val1(OpSlicePtr, ptr_to(elem), s);
		len = val1(OpSliceLen, ty_int, s);
		cap = val1(OpSliceCap, ty_int, s);
	} else {
		Type *at = t;
		if (t->kind == TY_POINTER) {
			at = t->elem;
			ptr = expr(x);
			nil_check(ptr);
		} else {
			ptr = addr(x);
		}
		elem = at->elem;
		ptr = val1(OpConvertPtr, ptr_to(elem), ptr);
		len = cap = const_int(ty_int, at->len);
	}
	Value *lo = n->y ? to_int(expr(n->y), n->y->type) : const_int(ty_int, 0);
	Value *hi = n->z ? to_int(expr(n->z), n->z->type) : len;
	Value *max = n->w ? to_int(expr(n->w), n->w->type) : cap;
	bool arr = t->kind == TY_ARRAY || t->kind == TY_POINTER;
	/* checks in gc's order: max <= cap, hi <= max, lo <= hi */
	if (n->slice3) {
		bounds_check(max, n->w->type, cap, arr ? BOUNDS_SLICE3_ALEN : BOUNDS_SLICE3_ACAP, true);
		bounds_check(hi, n->z->type, max, BOUNDS_SLICE3_B, true);
		bounds_check(lo, n->y ? n->y->type : ty_int, hi, BOUNDS_SLICE3_C, true);
	} else {
		if (n->z)
			bounds_check(hi, n->z->type, is_str ? len : cap,
			             is_str || arr ? BOUNDS_SLICE_ALEN : BOUNDS_SLICE_ACAP, true);
		bounds_check(lo, n->y ? n->y->type : ty_int, hi, BOUNDS_SLICE_B, true);
	}
	Value *nlen = val2(OpSub64, ty_int, hi, lo);
	Value *ncap = val2(OpSub64, ty_int, max, lo);
	/* new pointer: ptr + lo*elemsize, but not past the end when the result is
	 * empty (gc masks it the same way so no pointer points past an object) */
	Value *np = ptr;
	int64_t esz = types_size(elem);
	if (n->y && esz > 0 && !(lo->op == OpConst64 && lo->auxint == 0)) {
		Value *left = is_str ? nlen : ncap;
		Value *mask = val2(OpRsh64x64, ty_int, val1(OpNeg64, ty_int, left), const_int(ty_uint64, 63)); // gc: Slicemask
		mask->auxint = 1;
		Value *delta = val2(OpAnd64, ty_int, val2(OpMul64, ty_int, lo, const_int(ty_int, esz)), mask);
		np = val2(OpAddPtr, ptr_to(elem), ptr, delta);
	}
	if (is_str)
		return val2(OpStringMake, n->type, np, nlen);
	return slice_make(n->type, np, nlen, ncap);
}

static bool is_ssa_var_ref(Node *x);
static bool is_ssa_struct_ref(Node *x);
static bool is_struct_value(Node *x);
static Value *method_value(Node *n);
static Value *iface_method_expr(Node *n);
static Value *promoted_method_expr(Node *n, Type *xt);
static Func *begin_func(const char *symbol, Node *fn, Type *ftype);
static Value *new_arg(Obj *o, Type *t, int kind);
static Obj *param_obj(const char *name, Type *t, VarClass vc, int index);
static Obj *wrapper_func_obj(const char *sym, Method *m, Type *recv);

static int field_index(Type *st, Field *f) {
	for (int j = 0; j < st->fields.len; j++)
		if (st->fields.data[j] == f)
			return j;
	ice("field %s not in struct", f->name ? f->name : "?");
}

/* Does the selector path of n, starting from an SSA struct value, pass
 * through a pointer (so that the field has an address)? */
static bool path_has_pointer(Node *n) {
	for (int i = 0; i + 1 < n->path.len; i++)
		if (((Field *)n->path.data[i])->type->kind == TY_POINTER)
			return true;
	return false;
}

/* x.f: the address of the selected field. Each Field on n->path is a step;
 * embedded pointers are followed (with nil checks). When x is a struct held
 * in SSA registers, the walk starts with StructSelects up to the first
 * pointer field. */
static Value *field_addr(Node *n) {
	Node *x = unparen(n->x);
	Value *p;
	Type *t = x->type;
	int start = 0;
	if (t->kind == TY_POINTER) {
		p = expr(x);
		nil_check(p);
		t = t->elem;
	} else if (is_ssa_struct_ref(x) || (t->kind == TY_STRUCT && ssa_can_ssa(t) && is_call(x))) {
		Value *v = expr(x);
		for (;; start++) {
			if (start >= n->path.len)
				ice("field of a register struct has no address");
			Field *f = n->path.data[start];
			Value *sel = val1(OpStructSelect, f->type, v);
			sel->auxint = field_index(t, f);
			v = sel;
			t = f->type;
			if (t->kind == TY_POINTER) {
				start++;
				break;
			}
		}
		p = v;
		nil_check(p);
		t = t->elem;
	} else {
		p = addr(x);
	}
	for (int i = start; i < n->path.len; i++) {
		Field *f = n->path.data[i];
		types_size(t); /* lays out t's fields */
		Value *q = val1(OpOffPtr, ptr_to(f->type), p);
		q->auxint = f->offset;
		p = q;
		t = f->type;
		if (i + 1 < n->path.len && t->kind == TY_POINTER) {
			p = load(t, p);
			nil_check(p);
			t = t->elem;
		}
	}
	return p;
}

/* Can x be evaluated as an SSA value (rather than needing an address)? */
static bool is_ssa_var_ref(Node *x) {
	x = unparen(x);
	if (x->kind != N_NAME || !x->obj || x->obj->kind != OBJ_VAR)
		return false;
	VarInfo *vi = var_info(x->obj);
	return vi->kind == VK_SSA;
}

static bool is_ssa_struct_ref(Node *x) { return unparen(x)->type->kind == TY_STRUCT && is_ssa_var_ref(x); }

/* Is x a struct value that is not in memory (a register variable or a call result)? */
static bool is_struct_value(Node *x) {
	x = unparen(x);
	if (x->type->kind != TY_STRUCT || !ssa_can_ssa(x->type))
		return false;
	if (is_ssa_var_ref(x))
		return true;
	return is_call(x) || x->kind == N_CONV || x->kind == N_COMPOSITE;
}

/* For a chain of field selectors x.a.b.c rooted at a register struct
 * variable with no pointer on the way, the root variable and the whole
 * path of fields (into *path); NULL otherwise. */
static Node *register_field_root(Node *n, Vec *path) {
	n = unparen(n);
	if (n->kind != N_SELECTOR || n->sel_kind != SEL_FIELD)
		return NULL;
	Vec rev = {0}; /* selectors from outermost to innermost */
	Node *x = n;
	while (x->kind == N_SELECTOR && x->sel_kind == SEL_FIELD) {
		vec_push(&rev, x);
		x = unparen(x->x);
	}
	if (!is_ssa_struct_ref(x)) {
		free(rev.data);
		return NULL;
	}
	path->len = 0;
	for (int i = rev.len - 1; i >= 0; i--) {
		Node *sel = rev.data[i];
		for (int j = 0; j < sel->path.len; j++)
			vec_push(path, sel->path.data[j]);
	}
	free(rev.data);
	for (int i = 0; i < path->len; i++)
		if (((Field *)path->data[i])->type->kind == TY_POINTER && i + 1 < path->len)
			return NULL;
	return x;
}

/* old with the field at path[i..] replaced by v (no pointers on the path). */
static Value *struct_update(Value *old, Type *t, Vec *path, int i, Value *v) {
	Field *f = path->data[i];
	int idx = field_index(t, f);
	Value *nv = ssa_value_new(B->cur, op_named("StructMake%d", t->fields.len), t, B->pos);
	for (int j = 0; j < t->fields.len; j++) {
		Field *g = t->fields.data[j];
		Value *sel = val1(OpStructSelect, g->type, old);
		sel->auxint = j;
		if (j == idx)
			sel = i + 1 == path->len ? v : struct_update(sel, g->type, path, i + 1, v);
		ssa_add_arg(nv, sel);
	}
	return nv;
}

static Value *selector(Node *n) {
	switch (n->sel_kind) {
	case SEL_FIELD: {
		Node *x = unparen(n->x);
		if (is_struct_value(x) && !path_has_pointer(n)) {
			Value *v = expr(x);
			Type *t = x->type;
			for (int i = 0; i < n->path.len; i++) {
				Field *f = n->path.data[i];
				v = val1(OpStructSelect, f->type, v);
				v->auxint = field_index(t, f);
				t = f->type;
			}
			return v;
		}
		return load(n->type, field_addr(n));
	}
	case SEL_QUALIFIED:
		if (n->obj && n->obj->kind == OBJ_VAR)
			return load(n->type, var_addr(n->obj));
		if (n->obj && n->obj->kind == OBJ_FUNC)
			return func_value_of_decl(n->obj);
		break;
	case SEL_METHOD:
	case SEL_METHODEXPR:
		return method_value(n);
	default:
		break;
	}
	diag_unsupported(n->pos, "this selector");
	return zero_value(n->type);
}

/* Closure objects ({code, captured variables...}) are allocated as arrays
 * of unsafe.Pointer: the collector treats every word as a possible pointer
 * (TEMPORARY: a struct type per closure would make them precise). */
static Value *func_lit(Node *n) {
	vec_push(&pending_lits, n);
	int nc = n->captures.len;
	if (nc == 0) {
		/* nothing captured: the literal's static closure object (gc's
		 * "closure converted to global", main.f.func1·f) */
		Value *v = func_value_of_decl(n->obj);
		v->type = n->type;
		return v;
	}
	Type *arr = type_array(ty_unsafeptr, capture_offset(n, nc) / 8);
	Value *code = val1(OpAddr, ty_unsafeptr, val0(OpSB, ty_uintptr));
	code->aux = n->obj;
	code->auxint = 1;
	Value *clo = alloc_object(n, arr);
	store(ty_unsafeptr, clo, code);
	for (int i = 0; i < nc; i++) {
		Obj *o = n->captures.data[i];
		Value *slot = val1(OpOffPtr, ptr_to(o->byval ? o->type : ptr_to(o->type)), clo);
		slot->auxint = capture_offset(n, i);
		if (!o->byval)
			store(ptr_to(o->type), slot, var_addr(o));
		else if (ssa_can_ssa(o->type))
			store(o->type, slot, read_local(o));
		else
			move(o->type, slot, var_addr(o));
	}
	return val1(OpConvertPtr, n->type, clo);
}

Value *expr(Node *n) {
	Pos save = B->pos;
	if (n->pos.line)
		B->pos = n->pos;
	Value *v = NULL;
	if (n->val && n->type && n->type->kind != TY_TUPLE) {
		v = const_value(n->type, n->val);
		goto out;
	}
	switch (n->kind) {
	case N_PAREN:
		v = expr(n->x);
		break;
	case N_NAME: {
		Obj *o = n->obj;
		if (!o) {
			diag_errorf(n->pos, "cannot use _ as value");
			v = zero_value(n->type);
		} else if (o->kind == OBJ_VAR) {
			v = read_local(o);
		} else if (o->kind == OBJ_FUNC) {
			v = func_value_of_decl(o);
		} else if (o->kind == OBJ_NIL) {
			v = zero_value(n->type);
		} else if (o->kind == OBJ_CONST) {
			v = const_value(n->type, o->val);
		} else {
			ice("name %s of kind %d", o->name, o->kind);
		}
		break;
	}
	case N_BINARY:
		v = binary(n);
		break;
	case N_UNARY:
		v = unary(n);
		break;
	case N_CALL:
	case N_INLCALL:
		v = call_expr(n, NULL);
		break;
	case N_BUILTINCALL:
		v = builtin_call(n);
		break;
	case N_CONV: {
		Node *x = unparen(n->x);
		Type *from = x->type, *to = n->type;
		if (to->kind == TY_INTERFACE) {
			v = iface_conv_at(x, to, n);
			break;
		}
		if (!ssa_can_ssa(to)) {
			v = load(to, addr(x)); /* cannot happen: guarded by ssa_can_ssa callers */
			break;
		}
		{
			Value *xv = expr(x);
			str_site = n;  // string(b), []byte(s), string(r): escape.c may give them a frame buffer
			v = conversion(xv, from, to);
			str_site = NULL;
		}
		break;
	}
	case N_INDEX:
		v = index_expr(n);
		break;
	case N_SLICEEXPR:
		v = slice_expr(n);
		break;
	case N_SELECTOR:
		v = selector(n);
		break;
	case N_DEREF: {
		Value *p = expr(n->x);
		nil_check(p);
		v = load(n->type, p);
		break;
	}
	case N_STAR: /* the checker should have made this N_DEREF */
		v = load(n->type, expr(n->x));
		break;
	case N_COMPOSITE: {
		if (n->type->kind == TY_POINTER) {
			/* {..} for an element of type *T inside another literal means &T{..} */
			Type *pt = n->type;
			Value *p = alloc_object(n, pt->elem);
			n->type = pt->elem;
			composite_lit(n, p);
			n->type = pt;
			v = p;
			break;
		}
		if (n->type->kind == TY_SLICE) {
			v = composite_lit(n, NULL);
			break;
		}
		if (n->type->kind == TY_MAP) {
			v = map_literal(n);
			break;
		}
		Value *tmp = temp_addr(n->type);
		composite_lit(n, tmp);
		v = load(n->type, tmp);
		break;
	}
	case N_FUNCLIT:
		v = func_lit(n);
		break;
	case N_TYPEASSERT:
		v = type_assert(n, NULL);
		break;
	default:
		diag_unsupported(n->pos, arena_printf(perm, "expression %s", node_kind_name(n->kind)));
		v = n->type && n->type->kind != TY_INVALID && n->type->kind != TY_TUPLE ? zero_value(n->type) : const_int(ty_int, 0);
		break;
	}
out:
	B->pos = save;
	return v;
}

/* The address of a memory-resident expression (or a temp holding its value). */
static Value *addr(Node *n) {
	Pos save = B->pos;
	if (n->pos.line)
		B->pos = n->pos;
	Value *v = NULL;
	n = unparen(n);
	switch (n->kind) {
	case N_NAME:
		if (n->obj && n->obj->kind == OBJ_VAR && var_info(n->obj)->kind != VK_SSA) {
			v = var_addr(n->obj);
			break;
		}
		goto temp;
	case N_DEREF:
	case N_STAR:
		v = expr(n->x);
		nil_check(v);
		break;
	case N_SELECTOR:
		if (n->sel_kind == SEL_FIELD) {
			Node *x = unparen(n->x);
			if (is_struct_value(x) && !path_has_pointer(n))
				goto temp;
			{
				Vec path = {0};
				bool in_regs = register_field_root(x, &path) != NULL;
				free(path.data);
				if (in_regs && !path_has_pointer(n))
					goto temp;
			}
			v = field_addr(n);
			break;
		}
		if (n->sel_kind == SEL_QUALIFIED && n->obj && n->obj->kind == OBJ_VAR) {
			v = var_addr(n->obj);
			break;
		}
		goto temp;
	case N_INDEX: {
		Node *x = unparen(n->x);
		if (x->type->kind == TY_MAP) {
			/* reading through the element (m[k].f, m[k][i], comparisons): a
			 * read-only pointer; stores use lvalue_addr */
			v = map_access_ptr(n, NULL);
			break;
		}
		if (x->type->kind == TY_ARRAY && is_ssa_var_ref(x))
			goto temp;
		bool sb;
		v = index_addr(n, &sb);
		break;
	}
	case N_COMPOSITE:
		if (n->type->kind != TY_SLICE && n->type->kind != TY_MAP) {
			v = temp_addr(n->type);
			composite_lit(n, v);
			break;
		}
		goto temp;
	case N_CALL:
	case N_INLCALL: {
		CallResult *cr = NULL;
		Value *r = call_expr(n, &cr);
		if (cr && cr->nres == 1 && cr->ptrs[0]) {
			v = cr->ptrs[0];
			break;
		}
		v = temp_addr(n->type);
		store(n->type, v, r);
		break;
	}
	default:
	temp:
		if (!ssa_can_ssa(n->type)) {
			v = temp_addr(n->type);
			if (n->kind == N_CONV || is_call(n) || n->kind == N_COMPOSITE || n->kind == N_TYPEASSERT ||
			    (n->kind == N_UNARY && n->op == TK_ARROW) || (n->kind == N_INDEX && unparen(n->x)->type->kind == TY_MAP))
				expr_into(n, v);
			else
				diag_unsupported(n->pos, arena_printf(perm, "%s of a %s value", node_kind_name(n->kind),
				                                      type_string(perm, n->type, false)));
			break;
		}
		v = temp_addr(n->type);
		store(n->type, v, expr(n));
		break;
	}
	B->pos = save;
	return v;
}

/* Evaluate n and store its value at dst (dst has n's type). */
static void expr_into(Node *n, Value *dst) {
	Node *u = unparen(n);
	Type *t = u->type;
	if (ssa_can_ssa(t)) {
		store(t, dst, expr(u));
		return;
	}
	if (u->kind == N_COMPOSITE) {
		composite_lit(u, dst);
		return;
	}
	if (u->kind == N_CONV) {
		expr_into(u->x, dst);
		return;
	}
	if (is_call(u)) {
		CallResult *cr = NULL;
		call_expr(u, &cr);
		if (cr && cr->ptrs[0])
			move(t, dst, cr->ptrs[0]);
		return;
	}
	if (u->kind == N_INDEX && unparen(u->x)->type->kind == TY_MAP) {
		move(t, dst, map_access_ptr(u, NULL));
		return;
	}
	if (u->kind == N_UNARY && u->op == TK_ARROW) {
		Value *p = chan_recv(u->x, NULL, true);
		if (p)
			move(t, dst, p);
		return;
	}
	if (u->kind == N_TYPEASSERT) {
		/* x.(T) for a T too big for registers: check, then copy from the data word */
		Node *xn = unparen(u->x);
		Value *iv = expr(xn);
		Value *typ = iface_type_word(iv, xn->type);
		Value *want = iface_desc(t);
		Block *good = new_block(BlockPlain), *bad = new_block(BlockPlain);
		branch(val2(OpEqPtr, ty_bool, typ, want), good, bad, LIKELY_YES);
		seal(good);
		seal(bad);
		start_block(bad);
		Value *args[] = {typ, want, iface_desc(xn->type)};
		rt_noreturn("panicdottypeE", args, 3);
		start_block(good);
		move(t, dst, val1(OpConvertPtr, ptr_to(t), val1(OpIData, ty_unsafeptr, iv)));
		return;
	}
	move(t, dst, addr(u));
}

/* the elements of array or slice literal n into the zeroed array at p */
static void elems_into(Node *n, Value *p) {
	Type *et = n->type->elem;
	int64_t idx = 0;
	for (int i = 0; i < n->list.len; i++) {
		Node *e = n->list.data[i];
		Node *val = e;
		if (e->kind == N_KEYVALUE) {
			idx = const_int64(e->x->val);
			val = e->y;
		}
		Value *q = val1(OpOffPtr, ptr_to(et), p);
		q->auxint = idx * types_size(et);
		expr_into(val, q);
		idx++;
	}
}

/* Composite literals: build into dst (memory of n->type). Slices return the
 * slice value (backing array on the heap unless escape analysis keeps it). */
static Value *composite_lit(Node *n, Value *dst) {
	Type *t = n->type;
	switch (t->kind) {
	case TY_STRUCT: {
		zero(t, dst);
		for (int i = 0; i < n->list.len; i++) {
			Node *e = n->list.data[i];
			Field *f;
			Node *val;
			if (e->kind == N_KEYVALUE) {
				f = NULL;
				const char *name = unparen(e->x)->name;
				for (int j = 0; j < t->fields.len; j++)
					if (((Field *)t->fields.data[j])->name == name)
						f = t->fields.data[j];
				if (!f)
					ice("composite field %s", name ? name : "?");
				val = e->y;
			} else {
				f = t->fields.data[i];
				val = e;
			}
			types_size(t);
			if (f->name && strcmp(f->name, "_") == 0) {
				/* a blank field stays zero (gc): its value is evaluated only */
				if (ssa_can_ssa(f->type))
					expr(val);
				else
					expr_into(val, temp_addr(f->type));
				continue;
			}
			Value *p = val1(OpOffPtr, ptr_to(f->type), dst);
			p->auxint = f->offset;
			expr_into(val, p);
		}
		return NULL;
	}
	case TY_ARRAY:
		zero(t, dst);
		elems_into(n, dst);
		return NULL;
	case TY_SLICE: {
		int64_t len = complit_slice_len(n);
		Type *at = type_array(t->elem, len);
		Value *p = alloc_object(n, at);
		elems_into(n, p);
		Value *l = const_int(ty_int, len);
		Value *s = slice_make(t, val1(OpConvertPtr, ptr_to(t->elem), p), l, l);
		if (dst)
			store(t, dst, s);
		return s;
	}
	default:
		diag_unsupported(n->pos, arena_printf(perm, "composite literal of type %s", type_string(perm, t, false)));
		return NULL;
	}
}

static Value *slice_literal_at(Type *slice_t, Value **vals, int n, Node *site);
/* site: the call whose "... argument" this is, for escape.c's decision */
static Value *slice_literal_at(Type *slice_t, Value **vals, int n, Node *site) {
	if (n == 0)
		return val0(OpConstSlice, slice_t);
	Type *et = slice_t->elem;
	/* uintptr elements are allocated as unsafe.Pointers, so that the
	 * collector sees them: gc keeps the objects of uintptr(unsafe.Pointer(x))
	 * arguments alive for //go:uintptrescapes functions, variadic ones
	 * included (test/fixedbugs/issue24491a.go) */
	Type *at = type_array((et->under ? et->under : et)->kind == TY_UINTPTR ? ty_unsafeptr : et, n);
	Value *p = alloc_object(site, at);
	for (int i = 0; i < n; i++) {
		Value *q = val1(OpOffPtr, ptr_to(et), p);
		q->auxint = i * types_size(et);
		if (ssa_can_ssa(et))
			store(et, q, vals[i]);
		else
			move(et, q, vals[i]); /* vals[i] is the address of the element */
	}
	Value *l = const_int(ty_int, n);
	return slice_make(slice_t, val1(OpConvertPtr, ptr_to(et), p), l, l);
}

/* ---------------- conversions ---------------- */

static Value *int_convert(Value *v, Type *from, Type *to) {
	int fw = bits(from), tw = bits(to);
	if (fw == tw)
		return fw == 64 && from != to ? val1(OpCopy, to, v) : (from == to ? v : val1(OpCopy, to, v));
	if (fw > tw)
		return val1(op_named("Trunc%dto%d", fw, tw), to, v);
	return val1(op_named("%sExt%dto%d", type_is_unsigned(from) ? "Zero" : "Sign", fw, tw), to, v);
}

static Value *conversion(Value *v, Type *from, Type *to) {
	Type *fu = from->under ? from->under : from, *tu = to->under ? to->under : to;
	if (type_identical(fu, tu)) {
		if (from == to)
			return v;
		return val1(OpCopy, to, v);
	}
	if (type_is_integer(from) && type_is_integer(to))
		return int_convert(v, from, to);
	if (type_is_integer(from) && type_is_float(to)) {
		int fw = bits(from), tw = bits(to);
		if (type_is_unsigned(from)) {
			if (fw < 64)
				return val1(op_named("Cvt64to%dF", tw), to, val1(op_named("ZeroExt%dto64", fw), ty_uint64, v));
			return val1(op_named("Cvt64Uto%dF", tw), to, v);
		}
		if (fw < 32)
			v = val1(op_named("SignExt%dto32", fw), ty_int32, v), fw = 32;
		return val1(op_named("Cvt%dto%dF", fw, tw), to, v);
	}
	if (type_is_float(from) && type_is_integer(to)) {
		int fw = bits(from), tw = bits(to);
		if (type_is_unsigned(to)) {
			if (tw == 64)
				return val1(op_named("Cvt%dFto64U", fw), to, v);
			/* gc: convert via int64 then truncate */
			Value *w = val1(op_named("Cvt%dFto64", fw), ty_int64, v);
			return tw == 64 ? w : val1(op_named("Trunc64to%d", tw), to, w);
		}
		if (tw == 64)
			return val1(op_named("Cvt%dFto64", fw), to, v);
		Value *w = val1(op_named("Cvt%dFto32", fw), ty_int32, v);
		return tw == 32 ? w : val1(op_named("Trunc32to%d", tw), to, w);
	}
	if (type_is_float(from) && type_is_float(to)) {
		if (bits(from) == bits(to))
			return val1(op_named("Round%dF", bits(to)), to, v);
		return val1(bits(from) == 32 ? OpCvt32Fto64F : OpCvt64Fto32F, to, v);
	}
	if (type_is_complex(from) && type_is_complex(to)) {
		Type *ff = fu->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
		Type *tf = tu->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
		Value *re = conversion(val1(OpComplexReal, ff, v), ff, tf);
		Value *im = conversion(val1(OpComplexImag, ff, v), ff, tf);
		return val2(OpComplexMake, to, re, im);
	}
	if (tu->kind == TY_STRING && type_is_integer(from)) {
		Value *args[] = {str_buf(4), v};
		if (bits(from) < 64)
			args[1] = val1(op_named("%sExt%dto64", type_is_unsigned(from) ? "Zero" : "Sign", bits(from)), ty_int64, v);
		else if (type_is_unsigned(from)) /* runes beyond int64: any huge value is invalid */
			args[1] = val3(OpCondSelect, ty_int64, v, const_int(ty_int64, 0xFFFD), val2(OpLeq64U, ty_bool, v, const_int(ty_uint64, 0x10FFFF)));
		return rtcall("intstring", args, 2, to);
	}
	if (tu->kind == TY_STRING && fu->kind == TY_SLICE) {
		if (fu->elem->kind == TY_UINT8) {
			Value *args[] = {str_buf(32), val1(OpSlicePtr, ptr_to(fu->elem), v), val1(OpSliceLen, ty_int, v)};
			return rtcall("slicebytetostring", args, 3, to);
		}
		Value *args[] = {str_buf(32), val1(OpSlicePtr, ptr_to(fu->elem), v), val1(OpSliceLen, ty_int, v)};
		return rtcall("slicerunetostring", args, 3, to);
	}
	if (tu->kind == TY_SLICE && fu->kind == TY_STRING) {
		if (tu->elem->kind == TY_UINT8 && v->op == OpConstString && ((SsaString *)v->aux)->len > 0) {
			/* gc's walkStringToBytes: a constant's bytes are copied into a
			 * [n]byte — in the frame if the result does not escape — so the
			 * slice's length is the constant n */
			int64_t n = ((SsaString *)v->aux)->len;
			Node *site = str_site;
			str_site = NULL;
			Type *at = type_array(ty_uint8, n);
			Value *p = alloc_object(site && n <= 65536 ? site : NULL, at);
			move(at, p, val1(OpConvertPtr, ptr_to(at), val1(OpStringPtr, ptr_to(ty_uint8), v)));
			Value *len = const_int(ty_int, n);
			return val3(OpSliceMake, to, val1(OpConvertPtr, ptr_to(ty_uint8), p), len, len);
		}
		Value *out = temp_addr(to);
		if (tu->elem->kind == TY_UINT8) {
			Value *args[] = {out, str_buf(32), val1(OpStringPtr, ptr_to(ty_uint8), v), val1(OpStringLen, ty_int, v)};
			rtcall("stringtoslicebyte", args, 4, NULL);
		} else {
			Node *site = str_site;  // a [32]rune buffer in the frame (gc's runeBuf)
			str_site = NULL;
			Value *buf = site && site->stackalloc
			                 ? val1(OpConvertPtr, ty_unsafeptr, alloc_object(site, type_array(ty_int32, 32)))
			                 : val0(OpConstNil, ty_unsafeptr);
			Value *args[] = {out, buf, val1(OpStringPtr, ptr_to(ty_uint8), v), val1(OpStringLen, ty_int, v)};
			rtcall("stringtoslicerune", args, 4, NULL);
		}
		return load(to, out);
	}
	if ((fu->kind == TY_POINTER || fu->kind == TY_UNSAFEPTR) && (tu->kind == TY_POINTER || tu->kind == TY_UNSAFEPTR))
		return val1(OpConvertPtr, to, v);
	if (fu->kind == TY_UNSAFEPTR && type_is_integer(to))
		return val1(OpPtrToInt, to, v);
	if (type_is_integer(from) && tu->kind == TY_UNSAFEPTR)
		return val1(OpIntToPtr, to, v);
	if (tu->kind == TY_INTERFACE) {
		if (fu->kind == TY_INTERFACE)
			return iface_to_iface(v, from, to);
		return to_iface(from, to, v, NULL);
	}
	if (fu->kind == TY_SLICE && tu->kind == TY_POINTER) {
		/* (*[N]T)(s): panics if len(s) < N (Go 1.17) */
		int64_t n = tu->elem->len;
		Value *len = val1(OpSliceLen, ty_int, v);
		Value *ok = val2(OpLeq64, ty_bool, const_int(ty_int, n), len);
		Block *okb = new_block(BlockPlain), *bad = new_block(BlockPlain);
		branch(ok, okb, bad, LIKELY_YES);
		seal(okb);
		seal(bad);
		start_block(bad);
		Value *m = val3(OpPanicBounds, ty_mem, const_int(ty_int, n), len, mem());
		m->auxint = BOUNDS_CONVERT;
		set_mem(m);
		B->cur->kind = BlockExit;
		ssa_set_control(B->cur, mem());
		B->cur = NULL;
		start_block(okb);
		return val1(OpConvertPtr, to, val1(OpSlicePtr, ptr_to(fu->elem), v));
	}
	/* identical underlying types modulo struct tags etc. */
	return val1(OpCopy, to, v);
}


/* ---------------- interfaces ---------------- */

static bool is_empty_iface(Type *t) { return t->kind == TY_INTERFACE && t->methods.len == 0; }

static Value *itab_addr(Type *concrete, Type *iface) {
	ItabSym *is = NEW(perm, ItabSym);
	is->type = concrete;
	is->iface = iface;
	Value *v = val1(OpAddr, ty_unsafeptr, val0(OpSB, ty_uintptr));
	v->aux = is;
	v->auxint = 3;
	return v;
}

/* The data word of a direct-iface value v (pointer-shaped). */
static Value *direct_word(Value *v, Type *t) {
	while (t->kind == TY_STRUCT || t->kind == TY_ARRAY) {
		Type *et = t->kind == TY_STRUCT ? ((Field *)t->fields.data[0])->type : t->elem;
		v = val1(t->kind == TY_STRUCT ? OpStructSelect : OpArraySelect, et, v);
		v->auxint = 0;
		t = et;
	}
	return val1(OpConvertPtr, ty_unsafeptr, v);
}

/* The value of type t held in a direct-iface data word. */
static Value *from_direct_word(Value *w, Type *t) {
	if (t->kind == TY_STRUCT) {
		Field *f = t->fields.data[0];
		return val1(OpStructMake1, t, from_direct_word(w, f->type));
	}
	if (t->kind == TY_ARRAY)
		return val1(OpArrayMake1, t, from_direct_word(w, t->elem));
	return val1(OpConvertPtr, t, w);
}

/* The type word of an interface value (itab->type for non-empty ones, nil-safe). */
static Value *iface_type_word(Value *iv, Type *it) {
	Value *tab = val1(OpITab, ty_unsafeptr, iv);
	if (is_empty_iface(it))
		return tab;
	/* tab == nil ? nil : tab->type */
	void *key = new_key();
	write_var(key, B->cur, tab);
	Block *load_b = new_block(BlockPlain), *done = new_block(BlockPlain);
	branch(val1(OpIsNonNil, ty_bool, tab), load_b, done, LIKELY_YES);
	seal(load_b);
	start_block(load_b);
	Value *p = val1(OpOffPtr, ptr_to(ty_unsafeptr), tab);
	p->auxint = 8;
	write_var(key, B->cur, load(ty_unsafeptr, p));
	jump(done);
	seal(done);
	start_block(done);
	return read_var(key, ty_unsafeptr, done);
}

/* Box a concrete value for an interface: data is the value itself when
 * pointer-shaped, else a pointer to a heap copy. x gives the value (SSA-able
 * types: v non-NULL; otherwise addr points at it). */
static Node *box_site;  // the conversion the next box is for (escape.c's decision)

/* &runtime.staticuint64s[x]: the 8-byte slot holding the small value x */
static Value *small_value_addr(Value *x) {
	static Obj *small;
	if (!small) {
		small = NEW(perm, Obj);
		small->kind = OBJ_VAR;
		small->vclass = VC_GLOBAL;
		small->name = "staticuint64s";
		small->pkg = "runtime";
		small->linkname = "rt_staticuint64s";
		small->type = type_array(ty_uint64, 256);
	}
	Value *base = val1(OpAddr, ptr_to(small->type), val0(OpSB, ty_uintptr));
	base->aux = small;
	return val2(OpPtrIndex, ptr_to(ty_uint64), val1(OpConvertPtr, ptr_to(ty_uint64), base), x);
}

static Value *box(Type *t, Value *v, Value *vaddr) {
	Node *site = box_site;
	box_site = NULL;
	if (type_is_direct_iface(t))
		return direct_word(v ? v : load(t, vaddr), t);
	if (types_size(t) == 0)
		return val1(OpConvertPtr, ty_unsafeptr, new_object(t));
	if (types_size(t) == 1) {
		/* a bool or a byte: point at the runtime's table of the 256 small
		 * values instead of allocating (gc: staticuint64s; little-endian,
		 * so byte 0 of entry v is v) */
		Value *tmp = temp_addr(t);
		if (v)
			store(t, tmp, v);
		else
			move(t, tmp, vaddr);
		Value *b = load(ty_uint8, val1(OpConvertPtr, ptr_to(ty_uint8), tmp));
		return val1(OpConvertPtr, ty_unsafeptr, small_value_addr(val1(OpZeroExt8to64, ty_uint64, b)));
	}
	Type *u = t->under ? t->under : t;
	int64_t size = types_size(t);
	int w = (size == 2 || size == 4 || size == 8) && types_align(t) == size && !type_has_pointers(t) ? (int)size * 8 : 0;
	if (w && !(site && site->stackalloc)) {
		/* 2, 4 or 8 bytes without pointers whose bits, read as an unsigned
		 * integer, are below 256 (gc's convT16/32/64: integers, floats,
		 * small structs and arrays alike): the table too; others are copied
		 * to the heap */
		Type *ut = w == 16 ? ty_uint16 : w == 32 ? ty_uint32 : ty_uint64;
		Value *bits;
		if (v && type_is_integer(u)) {
			bits = v;
		} else {
			Value *at = vaddr;
			if (v) {
				at = temp_addr(t);
				store(t, at, v);
			}
			bits = load(ut, val1(OpConvertPtr, ptr_to(ut), at));
		}
		Value *x = w == 64 ? val1(OpCopy, ty_uint64, bits) : val1(op_named("ZeroExt%dto64", w), ty_uint64, bits);
		void *key = new_key();
		Block *smallb = new_block(BlockPlain), *bigb = new_block(BlockPlain), *done = new_block(BlockPlain);
		branch(val2(OpLess64U, ty_bool, x, const_int(ty_uint64, 256)), smallb, bigb, LIKELY_UNKNOWN);
		seal(smallb);
		seal(bigb);
		start_block(smallb);
		write_var(key, B->cur, val1(OpConvertPtr, ty_unsafeptr, small_value_addr(x)));
		jump(done);
		start_block(bigb);
		Value *p = new_object(t);
		if (v)
			store(t, p, v);
		else
			move(t, p, vaddr);
		write_var(key, B->cur, val1(OpConvertPtr, ty_unsafeptr, p));
		jump(done);
		seal(done);
		start_block(done);
		return read_var(key, ty_unsafeptr, done);
	}
	Value *p = alloc_object(site, t);
	if (v)
		store(t, p, v);
	else
		move(t, p, vaddr);
	return val1(OpConvertPtr, ty_unsafeptr, p);
}

/* concrete → interface */
static Value *to_iface(Type *from, Type *to, Value *v, Value *vaddr) {
	Value *data = box(from, v, vaddr);
	Value *tab = is_empty_iface(to) ? val1(OpConvertPtr, ty_unsafeptr, type_desc(from)) : itab_addr(from, to);
	return val2(OpIMake, to, tab, data);
}

static Value *iface_desc(Type *it) { return val1(OpConvertPtr, ty_unsafeptr, type_desc(it)); }

/* interface → interface */
static Value *iface_to_iface(Value *iv, Type *from, Type *to) {
	if (is_empty_iface(to)) {
		if (is_empty_iface(from))
			return val1(OpCopy, to, iv);
		return val2(OpIMake, to, iface_type_word(iv, from), val1(OpIData, ty_unsafeptr, iv));
	}
	/* non-empty target: nil stays nil, otherwise look up the itab */
	Value *typ = iface_type_word(iv, from);
	void *key = new_key();
	write_var(key, B->cur, zero_value(to));
	Block *conv = new_block(BlockPlain), *done = new_block(BlockPlain);
	branch(val1(OpIsNonNil, ty_bool, typ), conv, done, LIKELY_YES);
	seal(conv);
	start_block(conv);
	Value *args[] = {iface_desc(to), typ};
	Value *tab = rtcall("assertE2I", args, 2, ty_unsafeptr);
	write_var(key, B->cur, val2(OpIMake, to, tab, val1(OpIData, ty_unsafeptr, iv)));
	jump(done);
	seal(done);
	start_block(done);
	return read_var(key, to, done);
}

/* Convert the value of node x to interface type to. */
static Value *iface_conv_at(Node *x, Type *to, Node *site) {
	Type *from = x->type;
	if (from->kind == TY_INTERFACE)
		return iface_to_iface(expr(x), from, to);
	if (ssa_can_ssa(from)) {
		Value *v = expr(x);
		box_site = site;
		return to_iface(from, to, v, NULL);
	}
	Value *tmp = temp_addr(from);
	expr_into(x, tmp);
	box_site = site;
	return to_iface(from, to, NULL, tmp);
}

static Value *iface_conv_node(Node *x, Type *to) { return iface_conv_at(x, to, NULL); }

static int iface_method_index(Type *it, Method *m) {
	for (int i = 0; i < it->methods.len; i++) {
		Method *im = it->methods.data[i];
		if (same_ident(im->name, im->pkg, m->name, m->pkg))
			return i;
	}
	ice("interface has no method %s", m->name);
}

/* x.(T): the result (value, and ok when comma_ok) */
static Value *type_assert(Node *n, Value **okp) {
	Node *xn = unparen(n->x);
	Type *xt = xn->type, *T = n->type;
	bool comma_ok = okp != NULL;
	Value *iv = expr(xn);
	Value *typ = iface_type_word(iv, xt);
	Value *data = val1(OpIData, ty_unsafeptr, iv);
	void *rk = new_key(), *okk = new_key();
	Block *good = new_block(BlockPlain), *bad = new_block(BlockPlain), *done = new_block(BlockPlain);
	/* a T that is not SSA-able (an array, a big struct) meets its zero
	 * value in a temporary, not in a phi */
	Value *tmp = comma_ok && T->kind != TY_INTERFACE && !ssa_can_ssa(T) ? temp_addr(T) : NULL;
	if (T->kind != TY_INTERFACE) {
		Value *want = iface_desc(T);
		branch(val2(OpEqPtr, ty_bool, typ, want), good, bad, LIKELY_YES);
		seal(good);
		seal(bad);
		start_block(good);
		if (tmp)
			move(T, tmp, val1(OpConvertPtr, ptr_to(T), data));
		else
			write_var(rk, B->cur, type_is_direct_iface(T) ? from_direct_word(data, T)
			                                              : load(T, val1(OpConvertPtr, ptr_to(T), data)));
		write_var(okk, B->cur, const_int(ty_bool, 1));
		jump(done);
		start_block(bad);
		if (comma_ok) {
			if (tmp)
				zero(T, tmp);
			else
				write_var(rk, B->cur, zero_value(T));
			write_var(okk, B->cur, const_int(ty_bool, 0));
			jump(done);
		} else {
			Value *args[] = {typ, want, iface_desc(xt)};
			rt_noreturn("panicdottypeE", args, 3);
		}
	} else {
		/* to an interface: nil fails; empty target needs no itab */
		branch(val1(OpIsNonNil, ty_bool, typ), good, bad, LIKELY_YES);
		seal(good);
		seal(bad);
		start_block(good);
		if (is_empty_iface(T)) {
			write_var(rk, B->cur, val2(OpIMake, T, typ, data));
			write_var(okk, B->cur, const_int(ty_bool, 1));
			jump(done);
		} else {
			Value *args[] = {iface_desc(T), typ};
			if (comma_ok) {
				Value *tab = rtcall("assertE2I2", args, 2, ty_unsafeptr);
				Value *has = val1(OpIsNonNil, ty_bool, tab);
				Value *r = val3(OpCondSelect, T, val2(OpIMake, T, tab, data), zero_value(T), has);
				write_var(rk, B->cur, r);
				write_var(okk, B->cur, has);
			} else {
				Value *tab = rtcall("assertE2I", args, 2, ty_unsafeptr);
				write_var(rk, B->cur, val2(OpIMake, T, tab, data));
				write_var(okk, B->cur, const_int(ty_bool, 1));
			}
			jump(done);
		}
		start_block(bad);
		if (comma_ok) {
			write_var(rk, B->cur, zero_value(T));
			write_var(okk, B->cur, const_int(ty_bool, 0));
			jump(done);
		} else {
			Value *args[] = {iface_desc(T)};
			rt_noreturn("panicnildottype", args, 1);
		}
	}
	seal(done);
	start_block(done);
	if (okp)
		*okp = read_var(okk, ty_bool, done);
	return tmp ? load(T, tmp) : read_var(rk, T, done);
}

/* i == j for interface values of type t */
static Value *iface_equal(Type *t, Value *x, Value *y) {
	Value *tx = val1(OpITab, ty_unsafeptr, x), *ty = val1(OpITab, ty_unsafeptr, y);
	void *key = new_key();
	write_var(key, B->cur, const_int(ty_bool, 0));
	Block *same = new_block(BlockPlain), *done = new_block(BlockPlain);
	branch(val2(OpEqPtr, ty_bool, tx, ty), same, done, LIKELY_UNKNOWN);
	seal(same);
	start_block(same);
	Value *args[] = {tx, val1(OpIData, ty_unsafeptr, x), val1(OpIData, ty_unsafeptr, y)};
	write_var(key, B->cur, rtcall(is_empty_iface(t) ? "efaceeq" : "ifaceeq", args, 3, ty_bool));
	jump(done);
	seal(done);
	start_block(done);
	return read_var(key, ty_bool, done);
}


/* ---------------- maps (runtime/map.c holds gc's hashmap) ---------------- */

/* The key of a map operation, in memory (the runtime takes a pointer). */
static Value *map_key_addr(Node *kn, Type *kt) {
	Value *tmp = temp_addr(kt);
	if (kn->type && kn->type != kt && !type_identical(kn->type, kt) && kt->kind == TY_INTERFACE)
		store(kt, tmp, iface_conv_node(kn, kt));
	else
		expr_into(kn, tmp);
	return val1(OpConvertPtr, ty_unsafeptr, tmp);
}

/* A pointer to m[k]'s element (or to a zero value when absent); with okp, the comma-ok form */
static Value *map_access_ptr(Node *n, Value **okp) {
	Node *mn = unparen(n->x);
	Type *mt = mn->type;
	Value *m = expr(mn);
	Value *k = map_key_addr(n->y, mt->key);
	Value *args[] = {val1(OpConvertPtr, ty_unsafeptr, type_desc(mt)), val1(OpConvertPtr, ty_unsafeptr, m), k};
	Value *p;
	if (okp) {
		Value *call = rtcall("mapaccess2", args, 3, NULL);
		p = val1(OpIntToPtr, ptr_to(mt->elem), select_n(call, ty_int64, 0));
		*okp = val2(OpNeq64, ty_bool, select_n(call, ty_int64, 1), const_int(ty_int64, 0));
	} else {
		p = val1(OpConvertPtr, ptr_to(mt->elem), rtcall("mapaccess1", args, 3, ty_unsafeptr));
	}
	return p;
}

/* m[k] as a value (SSA-able element types); with okp, the comma-ok form */
static Value *map_index(Node *n, Value **okp) {
	Value *p = map_access_ptr(n, okp);
	Type *et = unparen(n->x)->type->elem;
	if (!ssa_can_ssa(et)) {
		Value *tmp = temp_addr(et);
		move(et, tmp, p);
		return NULL;
	}
	return load(et, p);
}

/* The address of m[k]'s slot for assignment (inserting k if absent). */
/* the element slot of key k (its address) in map m, inserted if absent */
static Value *map_assign_slot(Type *mt, Value *m, Value *k) {
	Value *args[] = {val1(OpConvertPtr, ty_unsafeptr, type_desc(mt)), val1(OpConvertPtr, ty_unsafeptr, m), k};
	return val1(OpConvertPtr, ptr_to(mt->elem), rtcall("mapassign", args, 3, ty_unsafeptr));
}

static Value *map_assign_addr(Node *n) {
	Node *mn = unparen(n->x);
	Type *mt = mn->type;
	Value *m = expr(mn);
	return map_assign_slot(mt, m, map_key_addr(n->y, mt->key));
}

/* make(map) at site; a map that does not escape (escape.c) has its Hmap
 * in the frame, and its first bucket too when the hint is a constant of
 * at most 8 (gc's walkMakeMap) */
static Value *make_map(Node *site, Type *mt, Value *hint) {
	Value *t = val1(OpConvertPtr, ty_unsafeptr, type_desc(mt));
	if (!site || !site->stackalloc) {
		Value *args[] = {t, hint};
		return val1(OpConvertPtr, mt, rtcall("makemap", args, 2, ty_unsafeptr));
	}
	Value *h = temp_addr(type_array(ty_uintptr, 8));  // runtime/map.c's Hmap: 64 bytes
	Value *b = val0(OpConstNil, ty_unsafeptr);
	int64_t bsize = 0;
	if (hint->op == OpConst64 && hint->auxint <= 8) {
		/* a bucket: 8 tophash bytes, 8 keys, 8 elements (pointers to
		 * those over 128 bytes), the overflow pointer */
		int64_t ks = types_size(mt->key) > 128 ? 8 : types_size(mt->key);
		int64_t es = types_size(mt->elem) > 128 ? 8 : types_size(mt->elem);
		bsize = 8 + 8 * (ks + es) + 8;
		b = val1(OpConvertPtr, ty_unsafeptr, temp_addr(type_array(ty_uintptr, (bsize + 7) / 8)));
	}
	Value *args[] = {t, hint, val1(OpConvertPtr, ty_unsafeptr, h), b, const_int(ty_int64, bsize)};
	return val1(OpConvertPtr, mt, rtcall("makemap_at", args, 5, ty_unsafeptr));
}

static Value *map_literal(Node *n) {
	Type *mt = n->type;
	Value *m = make_map(n, mt, const_int(ty_int, n->list.len));
	for (int i = 0; i < n->list.len; i++) {
		Node *kv = n->list.data[i];
		Value *k = map_key_addr(kv->x, mt->key);
		Value *args[] = {val1(OpConvertPtr, ty_unsafeptr, type_desc(mt)), val1(OpConvertPtr, ty_unsafeptr, m), k};
		Value *slot = val1(OpConvertPtr, ptr_to(mt->elem), rtcall("mapassign", args, 3, ty_unsafeptr));
		expr_into(kv->y, slot);
	}
	return m;
}

static Value *map_len(Value *m) {
	/* hmap.count is the first word; a nil map has length 0 */
	void *key = new_key();
	write_var(key, B->cur, const_int(ty_int, 0));
	Block *nonnil = new_block(BlockPlain), *done = new_block(BlockPlain);
	branch(val1(OpIsNonNil, ty_bool, m), nonnil, done, LIKELY_YES);
	seal(nonnil);
	start_block(nonnil);
	write_var(key, B->cur, load(ty_int, val1(OpConvertPtr, ptr_to(ty_int), m)));
	jump(done);
	seal(done);
	start_block(done);
	return read_var(key, ty_int, done);
}

/* ---------------- builtins ---------------- */


static void print_value(Type *t, Value *v) {
	Type *u = t;
	switch (u->kind) {
	case TY_BOOL: {
		Value *a[] = {v};
		rtcall("printbool", a, 1, NULL);
		return;
	}
	case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_INT: {
		Value *a[] = {to_int(v, t)};
		rtcall("printint", a, 1, NULL);
		return;
	}
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINT: case TY_UINTPTR: {
		Value *a[] = {bits(t) == 64 ? v : val1(op_named("ZeroExt%dto64", bits(t)), ty_uint64, v)};
		rtcall("printuint", a, 1, NULL);
		return;
	}
	case TY_FLOAT32: case TY_FLOAT64: {
		Value *a[] = {u->kind == TY_FLOAT32 ? val1(OpCvt32Fto64F, ty_float64, v) : v};
		rtcall("printfloat", a, 1, NULL);
		return;
	}
	case TY_COMPLEX64: case TY_COMPLEX128: {
		Type *ft = u->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
		Value *re = val1(OpComplexReal, ft, v), *im = val1(OpComplexImag, ft, v);
		if (ft == ty_float32) {
			re = val1(OpCvt32Fto64F, ty_float64, re);
			im = val1(OpCvt32Fto64F, ty_float64, im);
		}
		Value *a[] = {re, im};
		rtcall("printcomplex", a, 2, NULL);
		return;
	}
	case TY_STRING: {
		Value *a[] = {val1(OpStringPtr, ptr_to(ty_uint8), v), val1(OpStringLen, ty_int, v)};
		rtcall("printstring", a, 2, NULL);
		return;
	}
	case TY_POINTER: case TY_UNSAFEPTR: case TY_MAP: case TY_CHAN: case TY_FUNC: {
		Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, v)};
		rtcall("printpointer", a, 1, NULL);
		return;
	}
	case TY_SLICE: {
		Value *a[] = {val1(OpSlicePtr, ptr_to(u->elem), v), val1(OpSliceLen, ty_int, v), val1(OpSliceCap, ty_int, v)};
		rtcall("printslice", a, 3, NULL);
		return;
	}
	case TY_INTERFACE: {
		Value *a[] = {val1(OpITab, ty_unsafeptr, v), val1(OpIData, ty_unsafeptr, v)};
		rtcall(is_empty_iface(u) ? "printeface" : "printiface", a, 2, NULL);
		return;
	}
	default:
		diag_unsupported(B->pos, arena_printf(perm, "printing %s values", type_string(perm, t, false)));
	}
}

/* append(s, elems...) */
static Value *append_call(Node *n) {
	Type *st = n->type;
	Type *et = st->elem;
	int64_t esz = types_size(et);
	int nsrc;
	ArgSrc *src = arg_sources(&n->list, &nsrc);
	Value *s = arg_value(&src[0]);
	/* the values to append */
	Value *src_ptr = NULL, *src_len = NULL;
	Value **vals = NULL;
	int nv = 0;
	if (n->has_dots) {
		Value *o = arg_value(&src[1]);
		Type *ot = src[1].n ? src[1].n->type : o->type;
		if (ot->kind == TY_STRING) {
			src_ptr = val1(OpStringPtr, ptr_to(ty_uint8), o);
			src_len = val1(OpStringLen, ty_int, o);
		} else {
			src_ptr = val1(OpSlicePtr, ptr_to(et), o);
			src_len = val1(OpSliceLen, ty_int, o);
		}
	} else {
		nv = nsrc - 1;
		vals = NEWARRAY(fn_arena, Value *, nv + 1);
		for (int i = 0; i < nv; i++) {
			if (ssa_can_ssa(et)) {
				vals[i] = arg_value_as(&src[i + 1], et);
			} else {
				vals[i] = temp_addr(et);
				arg_into(&src[i + 1], et, vals[i]);
			}
		}
		if (nv == 0)
			return s;
		src_len = const_int(ty_int, nv);
	}
	void *kp = new_key();
	Value *ptr = val1(OpSlicePtr, ptr_to(et), s);
	Value *len = val1(OpSliceLen, ty_int, s);
	Value *cap = val1(OpSliceCap, ty_int, s);
	Value *newlen = val2(OpAdd64, ty_int, len, src_len);
	write_var(kp, B->cur, ptr);
	void *kc = new_key();
	write_var(kc, B->cur, cap);
	Value *fits = val2(OpLeq64U, ty_bool, newlen, cap);
	Block *grow = new_block(BlockPlain), *done = new_block(BlockPlain);
	branch(fits, done, grow, LIKELY_YES);
	seal(grow);
	start_block(grow);
	Value *out = temp_addr(st);
	Value *args[] = {out, type_desc(et), ptr, len, cap, newlen};
	rtcall("growslice", args, 6, NULL);
	Value *ns = load(st, out);
	write_var(kp, B->cur, val1(OpSlicePtr, ptr_to(et), ns));
	write_var(kc, B->cur, val1(OpSliceCap, ty_int, ns));
	jump(done);
	seal(done);
	start_block(done);
	Value *p = read_var(kp, ptr_to(et), done);
	Value *c = read_var(kc, ty_int, done);
	if (vals) {
		for (int i = 0; i < nv; i++) {
			Value *idx = val2(OpAdd64, ty_int, len, const_int(ty_int, i));
			Value *q = val2(OpPtrIndex, ptr_to(et), p, idx);
			if (ssa_can_ssa(et))
				store(et, q, vals[i]);
			else
				move(et, q, vals[i]);
		}
	} else {
		Value *q = val2(OpPtrIndex, ptr_to(et), p, len);
		Value *nbytes = val2(OpMul64, ty_int, src_len, const_int(ty_int, esz));
		typed_memmove(et, val1(OpConvertPtr, ty_unsafeptr, q), val1(OpConvertPtr, ty_unsafeptr, src_ptr), nbytes);
	}
	return slice_make(st, p, newlen, c);
}

static Value *builtin_call(Node *n) {
	switch (n->builtin) {
	case BI_LEN:
	case BI_CAP: {
		Node *x = unparen(n->list.data[0]);
		Type *t = x->type;
		if (t->kind == TY_POINTER)
			t = t->elem;
		if (t->kind == TY_ARRAY) {
			/* not a constant (the checker folds those): x has calls or
			 * receives, which must happen; the length itself is known */
			if (ssa_can_ssa(x->type))
				expr(x);
			else
				addr(x);
			return const_int(ty_int, t->len);
		}
		Value *v = expr(x);
		if (t->kind == TY_STRING)
			return val1(OpStringLen, ty_int, v);
		if (t->kind == TY_SLICE)
			return val1(n->builtin == BI_LEN ? OpSliceLen : OpSliceCap, ty_int, v);
		if (t->kind == TY_MAP && n->builtin == BI_LEN)
			return map_len(v);
		if (t->kind == TY_CHAN)
			return chan_word(val1(OpConvertPtr, ty_unsafeptr, v), n->builtin == BI_LEN ? 0 : 8);
		diag_unsupported(n->pos, arena_printf(perm, "len/cap of %s", type_string(perm, t, false)));
		return const_int(ty_int, 0);
	}
	case BI_NEW: {
		Node *tn = n->list.data[0];
		return alloc_object(n, tn->type);
	}
	case BI_MAKE: {
		Type *t = ((Node *)n->list.data[0])->type;
		if (t->kind == TY_MAP) {
			Node *hn = n->list.len > 1 ? n->list.data[1] : NULL;
			return make_map(n, t, hn ? to_int(expr(hn), hn->type) : const_int(ty_int, 0));
		}
		if (t->kind == TY_CHAN) {
			if (!have_rt("makechan", n->pos, "channels"))
				return zero_value(n->type);
			Node *sn = n->list.len > 1 ? n->list.data[1] : NULL;
			Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, type_desc(t)), sn ? to_int(expr(sn), sn->type) : const_int(ty_int, 0)};
			return val1(OpConvertPtr, t, rtcall("makechan", a, 2, ty_unsafeptr));
		}
		Node *ln = n->list.data[1];
		Node *cn = n->list.len > 2 ? n->list.data[2] : NULL;
		Value *l = to_int(expr(ln), ln->type);
		Value *c = cn ? to_int(expr(cn), cn->type) : l;
		if (n->stackalloc) {  // a constant capacity (escape.c)
			int64_t capn = const_int64((cn ? cn : ln)->val);
			if (!ln->val) {  // a variable length must fit (gc: panicmakeslicelen): makeslice panics
				Block *bad = new_block(BlockPlain), *ok = new_block(BlockPlain);
				branch(val2(OpLeq64U, ty_bool, l, const_int(ty_int, capn)), ok, bad, LIKELY_YES);
				seal(bad);
				start_block(bad);
				Value *args[] = {type_desc(t->elem), l, c};
				rtcall("makeslice", args, 3, ptr_to(t->elem));
				jump(ok);
				seal(ok);
				start_block(ok);
			}
			Value *p = alloc_object(n, type_array(t->elem, capn));
			return slice_make(n->type, val1(OpConvertPtr, ptr_to(t->elem), p), l, c);
		}
		Value *args[] = {type_desc(t->elem), l, c};
		Value *p = rtcall("makeslice", args, 3, ptr_to(t->elem));
		return slice_make(n->type, p, l, c);
	}
	case BI_APPEND:
		return append_call(n);
	case BI_COPY: {
		int nsrc;
		ArgSrc *src = arg_sources(&n->list, &nsrc);
		if (nsrc != 2)
			ice("copy with %d arguments", nsrc);
		Value *d = arg_value(&src[0]), *s = arg_value(&src[1]);
		Type *et = d->type->elem;
		Value *dl = val1(OpSliceLen, ty_int, d);
		Value *sl, *sp;
		if (s->type->kind == TY_STRING) {
			sl = val1(OpStringLen, ty_int, s);
			sp = val1(OpStringPtr, ty_unsafeptr, s);
		} else {
			sl = val1(OpSliceLen, ty_int, s);
			sp = val1(OpConvertPtr, ty_unsafeptr, val1(OpSlicePtr, ptr_to(et), s));
		}
		Value *lt = val2(OpLess64, ty_bool, sl, dl);
		Value *nn = val3(OpCondSelect, ty_int, sl, dl, lt);
		Value *nbytes = val2(OpMul64, ty_int, nn, const_int(ty_int, types_size(et)));
		typed_memmove(et, val1(OpConvertPtr, ty_unsafeptr, val1(OpSlicePtr, ptr_to(et), d)), sp, nbytes);
		return nn;
	}
	case BI_PANIC: {
		Node *x = unparen(n->list.data[0]);
		/* panic's parameter is interface{}: box the concrete value ourselves */
		while (x->kind == N_CONV && x->implicit && x->type->kind == TY_INTERFACE)
			x = unparen(x->x);
		Type *t = x->type;
		if (t->kind == TY_INTERFACE) {
			Value *ev = iface_to_iface(expr(x), t, ty_any);
			Value *a[] = {val1(OpITab, ty_unsafeptr, ev), val1(OpIData, ty_unsafeptr, ev)};
			rt_noreturn("gopanic", a, 2);
			return NULL;
		}
		/* box the value: panic(v) takes an interface{} — type descriptor + data pointer */
		Value *data;
		if (t->kind == TY_POINTER || t->kind == TY_UNSAFEPTR || t->kind == TY_MAP || t->kind == TY_CHAN || t->kind == TY_FUNC) {
			data = val1(OpConvertPtr, ty_unsafeptr, expr(x));
		} else {
			data = new_object(t);
			expr_into(x, data);
			data = val1(OpConvertPtr, ty_unsafeptr, data);
		}
		Value *a[] = {type_desc(t), data};
		rt_noreturn("gopanic", a, 2);
		return NULL;
	}
	case BI_PRINT:
	case BI_PRINTLN: {
		int nsrc;
		ArgSrc *src = arg_sources(&n->list, &nsrc);
		Value **vals = NEWARRAY(fn_arena, Value *, nsrc + 1);
		Type **types = NEWARRAY(fn_arena, Type *, nsrc + 1);
		for (int i = 0; i < nsrc; i++) {
			vals[i] = arg_value(&src[i]);
			types[i] = src[i].n ? src[i].n->type : vals[i] ? vals[i]->type : ty_int;
		}
		rtcall("printlock", NULL, 0, NULL);
		for (int i = 0; i < nsrc; i++) {
			if (n->builtin == BI_PRINTLN && i > 0)
				rtcall("printsp", NULL, 0, NULL);
			if (vals[i])
				print_value(types[i], vals[i]);
		}
		if (n->builtin == BI_PRINTLN)
			rtcall("printnl", NULL, 0, NULL);
		rtcall("printunlock", NULL, 0, NULL);
		return NULL;
	}
	case BI_COMPLEX: {
		int nsrc;
		ArgSrc *src = arg_sources(&n->list, &nsrc);
		if (nsrc != 2)
			ice("complex with %d arguments", nsrc);
		Value *re = arg_value(&src[0]), *im = arg_value(&src[1]);
		return val2(OpComplexMake, n->type, re, im);
	}
	case BI_REAL:
	case BI_IMAG: {
		Value *c = expr(n->list.data[0]);
		return val1(n->builtin == BI_REAL ? OpComplexReal : OpComplexImag, n->type, c);
	}
	case BI_CLOSE: {
		if (!have_rt("closechan", n->pos, "channels"))
			return NULL;
		Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, expr(n->list.data[0]))};
		rtcall("closechan", a, 1, NULL);
		return NULL;
	}
	case BI_DELETE: {
		int nsrc;
		ArgSrc *src = arg_sources(&n->list, &nsrc);
		Value *m = arg_value(&src[0]);
		Type *mt = m->type;
		Value *k;
		if (src[1].n) {
			k = map_key_addr(src[1].n, mt->key);
		} else {
			Value *tmp = temp_addr(mt->key);
			store(mt->key, tmp, assign_conv(src[1].v, src[1].v->type, mt->key));
			k = val1(OpConvertPtr, ty_unsafeptr, tmp);
		}
		Value *args[] = {val1(OpConvertPtr, ty_unsafeptr, type_desc(mt)), val1(OpConvertPtr, ty_unsafeptr, m), k};
		rtcall("mapdelete", args, 3, NULL);
		return NULL;
	}
	case BI_RECOVER: {
		/* our frame must be the one the deferred call made: not inlined
		 * into a caller (and no tail calls anywhere: backend/amd64/emit.c) */
		B->f->noinline = true;
		/* effective only in a function called directly by a deferred call:
		 * the runtime compares our caller's frame with the one it recorded */
		Value *a[] = {val0(OpGetCallerSP, ty_unsafeptr)};
		Value *call = rtcall("gorecover", a, 1, NULL);
		Value *t = val1(OpIntToPtr, ty_unsafeptr, select_n(call, ty_int64, 0));
		Value *d = val1(OpIntToPtr, ty_unsafeptr, select_n(call, ty_int64, 1));
		return val2(OpIMake, n->type, t, d);
	}
	case BI_UNSAFE_ADD: { // unsafe.Add(ptr, len): ptr + int(len)
		Node *ln = n->list.data[1];
		Value *p = expr(n->list.data[0]);
		Value *l = to_int(expr(ln), ln->type);
		return val2(OpAddPtr, n->type, p, l);
	}
	case BI_UNSAFE_SLICE: { // unsafe.Slice(ptr, len): []T{ptr, len, len}, checked as gc's unsafeslice
		Node *ln = n->list.data[1];
		Value *p = expr(n->list.data[0]);
		Value *l = to_int(expr(ln), ln->type);
		Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, type_desc(n->type->elem)), val1(OpConvertPtr, ty_unsafeptr, p), l};
		rtcall("unsafeslicecheck", a, 3, NULL);
		return slice_make(n->type, p, l, l);
	}
	default:
		diag_unsupported(n->pos, "this builtin");
		return n->type && n->type->kind != TY_TUPLE && n->type->kind != TY_INVALID ? zero_value(n->type) : NULL;
	}
}

/* ---------------- method receivers, method values ---------------- */

/* The receiver argument for calling fn->method (fn is x.M): walks the embedded
 * path, takes the address or loads the value as the method's receiver
 * wants. Non-SSA-able value receivers are passed as a pointer to a fresh copy. */
static Value *method_recv(Node *fn) {
	Method *m = fn->method;
	Obj *mf = m->func;
	Node *x = unparen(fn->x);
	Type *rt = x->type;
	Value *p = NULL;
	bool have_ptr = false;
	if (fn->path.len == 0) {
		if (rt->kind == TY_POINTER) {
			p = expr(x);
			have_ptr = true;
		}
	} else {
		/* address of the embedded field holding the receiver */
		Type *st;
		if (rt->kind == TY_POINTER) {
			p = expr(x);
			nil_check(p);
			st = rt->elem;
		} else if (is_struct_value(x)) {
			/* a register struct: spill it (the method may take its address) */
			p = temp_addr(rt);
			store(rt, p, expr(x));
			st = rt;
		} else {
			p = addr(x);
			st = rt;
		}
		for (int i = 0; i < fn->path.len; i++) {
			Field *f = fn->path.data[i];
			types_size(st);
			Value *q = val1(OpOffPtr, ptr_to(f->type), p);
			q->auxint = f->offset;
			p = q;
			if (f->type->kind == TY_POINTER) {
				p = load(f->type, p);
				if (i + 1 < fn->path.len)
					nil_check(p);
				st = f->type->elem;
			} else {
				st = f->type;
			}
		}
		have_ptr = true;
	}
	Type *vt = mf->type->recv ? mf->type->recv->type : NULL;
	if (m->ptr_recv)
		return have_ptr ? p : addr(x);
	if (!vt)
		ice("method %s without receiver type", mf->name);
	if (have_ptr) {
		nil_check(p);
		if (ssa_can_ssa(vt))
			return load(vt, p);
		Value *tmp = temp_addr(vt);
		move(vt, tmp, p);
		return tmp;
	}
	if (ssa_can_ssa(vt))
		return expr(x);
	Value *tmp = temp_addr(vt);
	expr_into(x, tmp);
	return tmp;
}

/* Wrappers sit between a deferred call and the function it names: they
 * move the running panic's frame record to their own (runtime/defer.c) so a
 * recover() in that function still counts, and must keep their frame. */
static void wrapper_prologue(void) {
	Value *adj[] = {val0(OpGetCallerSP, ty_unsafeptr), val0(OpGetFP, ty_unsafeptr)};
	rtcall("adjustdeferframe", adj, 2, NULL);
	B->f->deferwrapper = true;
}

/* Bound method values x.M are closures {code: M's -fm wrapper, receiver};
 * the wrappers are built after the current function (gc: main.T.M-fm). */
typedef struct Wrapper {
	Method *m;
	Obj *sym;     // OBJ_FUNC standing for the wrapper (linkname main.T.M-fm)
	Type *iface;  // interface method values (main.I.M-fm): the interface type
	bool is_expr; // I.M method expression: the interface is the first parameter, no closure
} Wrapper;
static Vec pending_wrappers; // Wrapper*
static StrMap wrappers_made;


/* An OBJ_FUNC standing for a generated function (a wrapper) named sym with
 * m's signature and, unless recv is NULL, a receiver of type recv first. */
static Obj *wrapper_func_obj(const char *sym, Method *m, Type *recv) {
	Obj *fo = NEW(perm, Obj);
	fo->kind = OBJ_FUNC;
	fo->name = sym;
	fo->linkname = sym;
	fo->type = m->type;
	if (recv) {
		Type *wt = type_new(TY_FUNC);
		wt->params = m->type->params;
		wt->results = m->type->results;
		wt->variadic = m->type->variadic;
		wt->recv = NEW(perm, Field);
		wt->recv->type = recv;
		fo->type = wt;
	}
	return fo;
}

/* ---------------- wrapper bodies ----------------
 * Wrappers (bound method values, method expressions, (*T).M, interface
 * method values) all forward their parameters to one call and return its
 * results. */

/* The hidden result-pointer Args of a function of type ft. */
static int wrapper_result_args(Type *ft, Value **args) {
	int na = 0;
	for (int i = 0; i < ft->results.len && na < 200; i++) {
		Type *t = ((Field *)ft->results.data[i])->type;
		if (!ssa_can_ssa(t))
			args[na++] = new_arg(param_obj(arena_printf(perm, "~r%d", i), t, VC_RESULT, i), ptr_to(t), 2);
	}
	return na;
}

/* The parameter Args of a function of type ft, appended at args[na]. */
static int wrapper_param_args(Type *ft, Value **args, int na) {
	for (int i = 0; i < ft->params.len && na < 250; i++) {
		Type *t = ((Field *)ft->params.data[i])->type;
		Obj *o = param_obj(arena_printf(perm, "~p%d", i), t, VC_PARAM, i);
		args[na++] = ssa_can_ssa(t) ? new_arg(o, t, 0) : new_arg(o, ptr_to(t), 1);
	}
	return na;
}

/* Call (op: StaticLECall to callee, or InterLECall through code) with args,
 * return the results of ft, and hand the finished function to the back end. */
static void wrapper_call_and_return(Op op, Obj *callee, Type *sig, Type *ft, Value *code, Value **args, int na) {
	Type *elems[64];
	int n = 0;
	for (int i = 0; i < ft->results.len && n < 62; i++) {
		Type *t = ((Field *)ft->results.data[i])->type;
		if (ssa_can_ssa(t))
			elems[n++] = t;
	}
	elems[n++] = ty_mem;
	Value *call = ssa_value_new(B->cur, op, ssa_tuple_type(elems, n), B->pos);
	AuxCall *ac = NEW(fn_arena, AuxCall);
	ac->fn = callee ? callee->linkname : NULL;
	ac->func = callee;
	ac->sig = sig;
	call->aux = ac;
	if (code)
		ssa_add_arg(call, code);
	for (int i = 0; i < na; i++)
		ssa_add_arg(call, args[i]);
	ssa_add_arg(call, mem());
	set_mem(select_n(call, ty_mem, n - 1));
	Block *ret = B->cur;
	ret->kind = BlockRet;
	Value *mr = ssa_value_new(ret, OpMakeResult, ssa_tuple_type(elems, n), B->pos);
	for (int i = 0; i < n - 1; i++)
		ssa_add_arg(mr, select_n(call, elems[i], i));
	ssa_add_arg(mr, mem());
	/* MakeResult last: the SelectNs above were appended after it */
	for (int i = 0; i < ret->values.len; i++)
		if (ret->values.data[i] == mr) {
			vec_remove(&ret->values, i);
			break;
		}
	vec_push(&ret->values, mr);
	ssa_set_control(ret, mr);
	B->cur = NULL;
	emit_fn(B->f);
	arena_reset(fn_arena);
	B = NULL;
}

/* T.M / (*T).M for a method promoted through embedded fields (or a value
 * method through a pointer): a wrapper "main.(*T).M" taking the receiver
 * first, which walks the embedded path like a call x.M would. */
/* Wrappers are named after the package of the type they belong to (gc
 * makes them there, DUPOK, wherever they are needed); unnamed types: the
 * package being compiled. */
static const char *type_pkg_path(Type *t) {
	if (t && !t->named && t->kind == TY_POINTER)
		t = t->elem;
	if (t && t->named && t->named->pkg)
		return t->named->pkg;
	return cur_pkg->path ? cur_pkg->path : "main";
}

static Vec pending_ptr_wrappers;  /* Type* T, Method* m pairs: (*T).M wrappers to build, DUPOK */
static StrMap ptr_wrappers_made;   /* symbol → Method* */
static void build_ptr_wrapper(Type *T, Method *m, bool dupok);

typedef struct ExprWrapper {
	Node *sel;   /* the method expression (its path and method) */
	Type *xt;    /* receiver type of the wrapper */
	Obj *sym;
} ExprWrapper;
static Vec pending_expr_wrappers; /* ExprWrapper* */
static StrMap expr_wrappers_made; /* symbol → ExprWrapper* */

static Value *promoted_method_expr(Node *n, Type *xt) {
	Method *m = n->method;
	const char *tn = xt->kind == TY_POINTER && xt->elem->named
	                     ? arena_printf(perm, "(*%s)", xt->elem->named->name)
	                     : xt->named ? xt->named->name : type_string(perm, xt, true);
	const char *mname = m->name;
	if (!ident_exported(mname) && m->pkg && strcmp(m->pkg, type_pkg_path(xt)) != 0)
		mname = arena_printf(perm, "%s.%s", m->pkg, mname); /* as rtype.c's wrapper_sym */
	const char *sym = arena_printf(perm, "%s.%s.%s", type_pkg_path(xt), tn, mname);
	ExprWrapper *w = strmap_get(&expr_wrappers_made, sym);
	if (!w) {
		w = NEW(perm, ExprWrapper);
		w->sel = n;
		w->xt = xt;
		w->sym = wrapper_func_obj(sym, m, xt);
		strmap_put(&expr_wrappers_made, sym, w);
		vec_push(&pending_expr_wrappers, w);
	}
	Value *v = func_value_of_decl(w->sym);
	v->type = n->type;
	return v;
}

static Value *method_recv(Node *fn);

static void build_expr_wrapper(ExprWrapper *w) {
	static Node fake;
	fake.kind = N_FUNCDECL;
	Method *m = w->sel->method;
	Type *ft = m->type, *xt = w->xt;
	begin_func(w->sym->linkname, &fake, ft);
	B->f->obj = w->sym;
	B->f->dupok = true;
	wrapper_prologue();
	Value *args[256];
	int na = wrapper_result_args(ft, args);
	/* the receiver parameter, as a variable the selector walk can start from */
	Obj *rv = param_obj("~p", xt, VC_PARAM, -1);
	rv->owner = B->fn;
	Value *ra = ssa_can_ssa(xt) ? new_arg(rv, xt, 0) : new_arg(rv, ptr_to(xt), 1);
	declare_var(rv, ssa_can_ssa(xt) ? ra : NULL, ssa_can_ssa(xt) ? NULL : ra);
	Node *xname = node_new(N_NAME, w->sel->pos);
	xname->obj = rv;
	xname->type = xt;
	xname->name = rv->name;
	Node *sel = node_new(N_SELECTOR, w->sel->pos);
	sel->x = xname;
	sel->path = w->sel->path;
	sel->method = m;
	sel->sel_kind = SEL_METHOD;
	sel->type = ft;
	args[na++] = method_recv(sel);
	na = wrapper_param_args(ft, args, na);
	wrapper_call_and_return(OpStaticLECall, m->func, m->func->type, ft, NULL, args, na);
}

/* The wrapper for interface method m of n's interface: "main.I.M" taking
 * the interface first (is_expr, for I.M) or "main.I.M-fm" reading it from
 * its closure (for the method value i.M). Made once per symbol. */
static Wrapper *iface_wrapper(Node *n, bool is_expr) {
	Method *m = n->method;
	Type *it = unparen(n->x)->type;
	const char *tn = it->named ? arena_printf(perm, "%s.%s", type_pkg_path(it), it->named->name)
	                           : type_string(perm, it, true);
	const char *sym = arena_printf(perm, "%s.%s%s", tn, m->name, is_expr ? "" : "-fm");
	Wrapper *w = strmap_get(&wrappers_made, sym);
	if (!w) {
		w = NEW(perm, Wrapper);
		w->m = m;
		w->iface = it;
		w->is_expr = is_expr;
		w->sym = wrapper_func_obj(sym, m, is_expr ? it : NULL);
		strmap_put(&wrappers_made, sym, w);
		vec_push(&pending_wrappers, w);
	}
	return w;
}

/* I.M as a func value: a function whose first parameter is the interface value. */
static Value *iface_method_expr(Node *n) {
	Value *v = func_value_of_decl(iface_wrapper(n, true)->sym);
	v->type = n->type;
	return v;
}

/* i.M as a func value: a closure holding the interface value */
static Value *iface_method_value(Node *n) {
	Type *it = unparen(n->x)->type;
	Wrapper *w = iface_wrapper(n, false);
	Value *iv = expr(n->x);
	nil_check(val1(OpITab, ty_unsafeptr, iv)); /* evaluating a method value of a nil interface panics */
	Value *clo = alloc_object(n, type_array(ty_unsafeptr, 3));  // (in the frame if it does not escape)
	Value *code = val1(OpAddr, ty_unsafeptr, val0(OpSB, ty_uintptr));
	code->aux = w->sym;
	code->auxint = 1;
	store(ty_unsafeptr, clo, code);
	Value *slot = val1(OpOffPtr, ptr_to(it), clo);
	slot->auxint = 8;
	store(it, slot, iv);
	return val1(OpConvertPtr, n->type, clo);
}

static Value *method_value(Node *n) {
	Method *m = n->method;
	if (m && !m->func && n->sel_kind == SEL_METHOD && unparen(n->x)->type->kind == TY_INTERFACE && n->path.len == 0)
		return iface_method_value(n);
	if (m && !m->func && n->sel_kind == SEL_METHODEXPR && unparen(n->x)->type->kind == TY_INTERFACE)
		return iface_method_expr(n);
	if (!m || !m->func) {
		diag_unsupported(n->pos, "this method expression");
		return zero_value(n->type);
	}
	Obj *mf = m->func;
	Type *rt = mf->type->recv ? mf->type->recv->type : NULL;
	if (n->sel_kind == SEL_METHODEXPR) {
		/* T.M / (*T).M where the receiver matches: the method itself, receiver first */
		Type *xt = unparen(n->x)->type;
		if (rt && type_identical(xt, rt)) {
			Value *v = func_value_of_decl(mf);
			v->type = n->type;
			return v;
		}
		if (rt && xt->kind == TY_POINTER && type_identical(xt->elem, rt) && rt->named) {
			/* (*T).M for a value method: gc's (*T).M wrapper, receiver first.
			 * T's package defines it unless T is pointer-shaped (its itabs
			 * do not need it); otherwise (and for T of another package,
			 * harmlessly) this package defines it too, DUPOK. */
			const char *wsym = arena_printf(perm, "%s.(*%s).%s", type_pkg_path(rt), rt->named->name, m->name);
			bool defined_by_owner = rt->named->pkg && cur_pkg->path && strcmp(rt->named->pkg, cur_pkg->path) == 0 &&
			                        !type_is_direct_iface(rt);
			if (!defined_by_owner && !strmap_get(&ptr_wrappers_made, wsym)) {
				strmap_put(&ptr_wrappers_made, wsym, m);
				vec_push(&pending_ptr_wrappers, rt);
				vec_push(&pending_ptr_wrappers, m);
			}
			Obj *fo = wrapper_func_obj(wsym, m, xt);
			Value *v = func_value_of_decl(fo);
			v->type = n->type;
			return v;
		}
		return promoted_method_expr(n, xt);
	}
	const char *sym = arena_printf(perm, "%s-fm", mf->linkname);
	Wrapper *w = strmap_get(&wrappers_made, sym);
	if (!w) {
		w = NEW(perm, Wrapper);
		w->m = m;
		w->sym = wrapper_func_obj(sym, m, NULL);
		strmap_put(&wrappers_made, sym, w);
		vec_push(&pending_wrappers, w);
	}
	Value *recv = method_recv(n);
	int64_t rsize = types_size(rt);
	Value *clo = alloc_object(n, type_array(ty_unsafeptr, 1 + (rsize + 7) / 8));
	Value *code = val1(OpAddr, ty_unsafeptr, val0(OpSB, ty_uintptr));
	code->aux = w->sym;
	code->auxint = 1;
	store(ty_unsafeptr, clo, code);
	Value *slot = val1(OpOffPtr, ptr_to(rt), clo);
	slot->auxint = 8;
	if (ssa_can_ssa(rt))
		store(rt, slot, recv);
	else
		move(rt, slot, recv);
	return val1(OpConvertPtr, n->type, clo);
}

static Func *begin_func(const char *symbol, Node *fn, Type *ftype);
static Value *new_arg(Obj *o, Type *t, int kind);

static Obj *param_obj(const char *name, Type *t, VarClass vc, int index) {
	Obj *o = NEW(perm, Obj);
	o->kind = OBJ_VAR;
	o->name = name;
	o->type = t;
	o->vclass = vc;
	o->index = index;
	return o;
}

/* func(params) results { return recv.M(params) } with recv stored in the closure */
static void build_wrapper(Wrapper *w) {
	static Node fake;
	fake.kind = N_FUNCLIT;
	Method *m = w->m;
	Obj *mf = m->func;
	Type *ft = m->type;
	Type *rt = w->iface ? w->iface : mf->type->recv->type;
	begin_func(w->sym->linkname, &fake, ft);
	B->f->dupok = true;
	Value *ctx = NULL;
	if (w->is_expr) {
		B->f->obj = w->sym; /* its type has the receiver */
	} else {
		B->f->is_closure = true;
		ctx = new_arg(param_obj(".closureptr", ty_unsafeptr, VC_PARAM, 0), ty_unsafeptr, 3);
	}
	wrapper_prologue();
	Value *args[256];
	int na = wrapper_result_args(ft, args);
	Value *slot = NULL;
	if (ctx) {
		slot = val1(OpOffPtr, ptr_to(rt), ctx);
		slot->auxint = 8;
	}
	Value *recv, *code = NULL;
	if (w->iface) {
		Value *iv = w->is_expr ? new_arg(param_obj("~p", rt, VC_PARAM, -1), rt, 0) : load(rt, slot);
		Value *tab = val1(OpITab, ty_unsafeptr, iv);
		Value *cs = val1(OpOffPtr, ptr_to(ty_unsafeptr), tab);
		cs->auxint = 24 + 8 * iface_method_index(w->iface, m);
		code = load(ty_unsafeptr, cs);
		recv = val1(OpIData, ty_unsafeptr, iv);
	} else if (ssa_can_ssa(rt)) {
		recv = load(rt, slot);
	} else {
		recv = temp_addr(rt);
		move(rt, recv, slot);
	}
	args[na++] = recv;
	na = wrapper_param_args(ft, args, na);
	wrapper_call_and_return(code ? OpInterLECall : OpStaticLECall, mf, mf ? mf->type : ft, ft, code, args, na);
}

/* ---------------- calls ---------------- */

/* sync/atomic's functions on integers, and LoadPointer, as intrinsics (gc
 * makes them intrinsics too): OpAtomic* values shaped like the call they
 * replace, a tuple of the results and memory. Pointer stores keep calling
 * the runtime's versions, which have the write barrier; so do func values
 * of all of them. NULL: not an intrinsic. */
static CallResult *intrinsic_call(Node *call, Obj *fn, Type *ft) {
	if (!fn->pkg || strcmp(fn->pkg, "sync/atomic") != 0 || !fn->decl || fn->decl->kind != N_FUNCDECL ||
	    fn->decl->body || fn->decl->recv || call->has_dots || !ft || ft->kind != TY_FUNC)
		return NULL;
	static const struct {
		const char *prefix;
		Op op32, op64, opptr;
	} kinds[] = {
		{"Load", OpAtomicLoad32, OpAtomicLoad64, OpAtomicLoadPtr},
		{"Store", OpAtomicStore32, OpAtomicStore64, OpInvalid},
		{"Swap", OpAtomicExchange32, OpAtomicExchange64, OpInvalid},
		{"Add", OpAtomicAdd32, OpAtomicAdd64, OpInvalid},
		{"CompareAndSwap", OpAtomicCompareAndSwap32, OpAtomicCompareAndSwap64, OpInvalid},
	};
	const char *name = fn->name;
	Op op = OpInvalid;
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		size_t pl = strlen(kinds[k].prefix);
		if (strncmp(name, kinds[k].prefix, pl) != 0)
			continue;
		const char *t = name + pl;
		if (!strcmp(t, "Int32") || !strcmp(t, "Uint32"))
			op = kinds[k].op32;
		else if (!strcmp(t, "Int64") || !strcmp(t, "Uint64") || !strcmp(t, "Uintptr"))
			op = kinds[k].op64;
		else if (!strcmp(t, "Pointer"))
			op = kinds[k].opptr;
		break;
	}
	if (op == OpInvalid || call->list.len != ft->params.len || call->list.len > 3 || ft->results.len > 1)
		return NULL;
	Value *args[3];
	for (int i = 0; i < call->list.len; i++)
		args[i] = expr(call->list.data[i]);
	Type *elems[2];
	int n = 0;
	if (ft->results.len)
		elems[n++] = ((Field *)ft->results.data[0])->type;
	elems[n++] = ty_mem;
	Value *v = ssa_value_new(B->cur, op, ssa_tuple_type(elems, n), B->pos);
	for (int i = 0; i < call->list.len; i++)
		ssa_add_arg(v, args[i]);
	ssa_add_arg(v, mem());
	set_mem(select_n(v, ty_mem, n - 1));
	CallResult *cr = NEW(fn_arena, CallResult);
	cr->call = v;
	cr->ftype = ft;
	cr->nres = ft->results.len;
	cr->ptrs = NEWARRAY(fn_arena, Value *, cr->nres + 1);
	return cr;
}

/* A call inl.c inlined: its statements (a return in them is a break out
 * of it), then its result variables.  The block after it may have no
 * predecessor (the callee always panics): code still goes there, and
 * deadcode removes it. */
static CallResult *inl_call(Node *n) {
	Block *after = new_block(BlockPlain);
	push_targets(n, after, NULL);
	stmt_list(&n->list);
	B->targets.len--;
	jump(after);
	seal(after);
	start_block(after);
	CallResult *cr = NEW(fn_arena, CallResult);
	cr->ftype = n->obj->type;
	cr->nres = n->list2.len;
	cr->ptrs = NEWARRAY(fn_arena, Value *, cr->nres + 1);
	cr->vals = NEWARRAY(fn_arena, Value *, cr->nres + 1);
	for (int i = 0; i < cr->nres; i++) {
		Obj *r = ((Node *)n->list2.data[i])->obj;
		if (ssa_can_ssa(r->type))
			cr->vals[i] = read_local(r);
		else
			cr->ptrs[i] = var_addr(r);
	}
	return cr;
}

static Value *call_expr(Node *n, CallResult **out) {
	Node *fn = unparen(n->x);
	Type *ft = fn ? fn->type : NULL;
	CallResult *cr = NULL;
	if (n->kind == N_INLCALL) {
		cr = inl_call(n);
		goto done;
	}
	if ((fn->kind == N_NAME || (fn->kind == N_SELECTOR && fn->sel_kind == SEL_QUALIFIED)) && fn->obj &&
	    fn->obj->kind == OBJ_FUNC) {
		/* f(x) and pkg.F(x): a direct call */
		cr = intrinsic_call(n, fn->obj, ft);
		if (!cr)
			cr = do_call(n, fn->obj, NULL, ft, NULL);
	} else if (fn->kind == N_SELECTOR && fn->sel_kind == SEL_METHOD && fn->method && fn->method->func) {
		Method *m = fn->method;
		Obj *mf = m->func;
		Value *recv = method_recv(fn);
		cr = do_call(n, mf, NULL, m->type, recv);
	} else if (ft && ft->kind == TY_FUNC) {
		if (fn->kind == N_SELECTOR && fn->sel_kind == SEL_METHOD && fn->method && !fn->method->func) {
			/* interface method call: code from the itab, the data word as receiver */
			Node *x = unparen(fn->x);
			Value *iv;
			Type *it;
			if (fn->path.len == 0) {
				iv = expr(x);
				it = x->type;
			} else {
				/* the interface is an embedded field: walk to it */
				Value *p;
				Type *st = x->type;
				if (st->kind == TY_POINTER) {
					p = expr(x);
					nil_check(p);
					st = st->elem;
				} else {
					p = addr(x);
				}
				Type *ft2 = st;
				for (int i = 0; i < fn->path.len; i++) {
					Field *f = fn->path.data[i];
					types_size(st);
					Value *q = val1(OpOffPtr, ptr_to(f->type), p);
					q->auxint = f->offset;
					p = q;
					ft2 = f->type;
					if (ft2->kind == TY_POINTER && i + 1 < fn->path.len) {
						p = load(ft2, p);
						nil_check(p);
						st = ft2->elem;
					} else {
						st = ft2;
					}
				}
				it = ft2;
				iv = load(it, p);
			}
			Value *tab = val1(OpITab, ty_unsafeptr, iv);
			nil_check(tab);
			Value *slot = val1(OpOffPtr, ptr_to(ty_unsafeptr), tab);
			slot->auxint = 24 + 8 * iface_method_index(it, fn->method);
			Value *code = load(ty_unsafeptr, slot);
			Value *data = val1(OpIData, ty_unsafeptr, iv);
			cr = do_call_op(OpInterLECall, n, NULL, code, fn->method->type, data);
			goto done;
		}
		Value *fv = expr(fn);
		nil_check(fv);
		cr = do_call(n, NULL, fv, ft, NULL);
	} else {
		diag_unsupported(n->pos, "this call");
		return NULL;
	}
done:
	if (out)
		*out = cr;
	if (cr->nres == 1 && !cr->ptrs[0])
		return call_result(cr, 0);
	if (cr->nres == 1)
		return ssa_can_ssa(n->type) ? load(n->type, cr->ptrs[0]) : NULL;
	return NULL; /* 0 or several results: see CallResult */
}

/* ---------------- assignments ---------------- */

/* Assign value v (SSA-able) or the memory at src (non-SSA-able, v NULL) to lhs. */
static void assign_value(Node *lhs, Value *v, Value *src) {
	lhs = unparen(lhs);
	if (lhs->kind == N_NAME && lhs->is_blank)
		return;
	if (lhs->kind == N_NAME && lhs->obj && lhs->obj->kind == OBJ_VAR) {
		VarInfo *vi = var_info(lhs->obj);
		if (vi->kind == VK_SSA) {
			write_local(lhs->obj, v);
			return;
		}
		if (v)
			store(lhs->type, var_addr(lhs->obj), v);
		else
			move(lhs->type, var_addr(lhs->obj), src);
		return;
	}
	/* x.f = v where x is a struct in registers: rebuild x (gc does the same) */
	{
		Vec path = {0};
		Node *root = register_field_root(lhs, &path);
		if (root) {
			if (!v)
				v = load(lhs->type, src);
			write_local(root->obj, struct_update(read_local(root->obj), root->type, &path, 0, v));
			free(path.data);
			return;
		}
	}
	if (lhs->kind == N_INDEX && unparen(lhs->x)->type->kind == TY_MAP) {
		Value *slot = map_assign_addr(lhs);
		if (v)
			store(lhs->type, slot, v);
		else
			move(lhs->type, slot, src);
		return;
	}
	if (lhs->kind == N_INDEX && unparen(lhs->x)->type->kind == TY_ARRAY && is_ssa_var_ref(lhs->x)) {
		/* [1]T array in a register */
		Node *x = unparen(lhs->x);
		Value *i = expr(lhs->y);
		if (!lhs->y->val)
			bounds_check(i, lhs->y->type, const_int(ty_int, x->type->len), BOUNDS_INDEX, false);
		write_local(x->obj, val1(OpArrayMake1, x->type, v));
		return;
	}
	Value *p = addr(lhs);
	if (v)
		store(lhs->type, p, v);
	else
		move(lhs->type, p, src);
}


/* The address to store to for an assignable lhs: m[k] inserts k. */
static Value *lvalue_addr(Node *l) {
	l = unparen(l);
	if (l->kind == N_INDEX && unparen(l->x)->type->kind == TY_MAP)
		return map_assign_addr(l);
	return addr(l);
}

/* Is l a field of a register struct (assigned by rebuilding the struct)? */
static bool lhs_in_registers(Node *l) {
	Vec path = {0};
	bool r = register_field_root(l, &path) != NULL;
	free(path.data);
	return r;
}

/* Is lhs a "simple" destination whose evaluation has no side effects? */
static bool simple_lhs(Node *l) {
	l = unparen(l);
	return l->kind == N_NAME;
}


/* v, ok = r for the comma-ok forms x.(T), m[k] (and <-c, later).
 * Returns false (after reporting) for forms not supported. */
static bool comma_ok(Node *r, Value **v, Value **ok) {
	r = unparen(r);
	if (r->kind == N_TYPEASSERT) {
		*v = type_assert(r, ok);
		return true;
	}
	if (r->kind == N_INDEX && unparen(r->x)->type->kind == TY_MAP) {
		*v = map_index(r, ok);
		return true;
	}
	if (r->kind == N_UNARY && r->op == TK_ARROW) {
		*v = chan_recv(r->x, ok, true);
		return true;
	}
	diag_unsupported(r->pos, "this comma-ok form");
	return false;
}

/* Assign or declare (define) lhs = v (SSA-able v of type vt). */
static void assign_or_define(Node *lhs, Value *v, Type *vt, bool define) {
	Node *l = unparen(lhs);
	if (l->kind == N_NAME && l->is_blank)
		return;
	Type *lt = l->type ? l->type : l->obj ? l->obj->type : NULL;
	if (lt)
		v = assign_conv(v, vt, lt);
	if (define && l->kind == N_NAME && l->obj && l->obj->kind == OBJ_VAR && !pm_get(&B->vars, l->obj))
		declare_var(l->obj, v, NULL);
	else
		assign_value(l, v, NULL);
}

static void assign_stmt(Node *n) {
	int nl = n->list.len, nr = n->list2.len;
	if (n->op != TK_ASSIGN && n->op != TK_DEFINE) {
		/* x op= y: evaluate the address of x once */
		static const struct { int aop, op; } ops[] = {
			{TK_ADD_ASSIGN, TK_ADD}, {TK_SUB_ASSIGN, TK_SUB}, {TK_MUL_ASSIGN, TK_MUL}, {TK_QUO_ASSIGN, TK_QUO},
			{TK_REM_ASSIGN, TK_REM}, {TK_AND_ASSIGN, TK_AND}, {TK_OR_ASSIGN, TK_OR}, {TK_XOR_ASSIGN, TK_XOR},
			{TK_SHL_ASSIGN, TK_SHL}, {TK_SHR_ASSIGN, TK_SHR}, {TK_AND_NOT_ASSIGN, TK_AND_NOT},
		};
		int op = 0;
		for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
			if (ops[i].aop == n->op)
				op = ops[i].op;
		Node *l = unparen(n->list.data[0]);
		Node *r = n->list2.data[0];
		if (simple_lhs(l) || lhs_in_registers(l)) {
			Value *x = expr(l);
			Value *y = expr(r);
			assign_value(l, arith(op, l->type, x, y, r->type), NULL);
		} else if (l->kind == N_INDEX && unparen(l->x)->type->kind == TY_MAP) {
			/* m[k] op= y: read m[k], compute, then insert: a panic in y or
			 * in op leaves m unchanged (gc: issue 22881) */
			Type *mt = unparen(l->x)->type;
			Value *m = val1(OpConvertPtr, ty_unsafeptr, expr(unparen(l->x)));
			Value *k = map_key_addr(l->y, mt->key);
			Value *args[] = {val1(OpConvertPtr, ty_unsafeptr, type_desc(mt)), m, k};
			Value *x = load(l->type, val1(OpConvertPtr, ptr_to(mt->elem), rtcall("mapaccess1", args, 3, ty_unsafeptr)));
			Value *y = expr(r);
			Value *res = arith(op, l->type, x, y, r->type);
			Value *slot = val1(OpConvertPtr, ptr_to(mt->elem), rtcall("mapassign", args, 3, ty_unsafeptr));
			store(l->type, slot, res);
		} else {
			Value *p = lvalue_addr(l);
			Value *x = load(l->type, p);
			Value *y = expr(r);
			store(l->type, p, arith(op, l->type, x, y, r->type));
		}
		return;
	}
	if (nr == 1 && nl > 1) {
		/* a, b = f() */
		Node *r = unparen(n->list2.data[0]);
		/* phase 1 of the assignment: operands of index expressions and
		 * pointer indirections on the left, then the right-hand side */
		Value **dst = NEWARRAY(fn_arena, Value *, nl);
		Value **mapm = NEWARRAY(fn_arena, Value *, nl), **mapk = NEWARRAY(fn_arena, Value *, nl);
		for (int i = 0; i < nl && n->op != TK_DEFINE; i++) {
			Node *l = unparen(n->list.data[i]);
			if (l->kind == N_INDEX && unparen(l->x)->type->kind == TY_MAP) {
				/* m[k]: m and k now, in order with the others (m[f()], *g() = ...
				 * calls f first); the insertion when the value is stored */
				mapm[i] = expr(unparen(l->x));
				mapk[i] = map_key_addr(l->y, unparen(l->x)->type->key);
			} else if (!(l->kind == N_NAME) && !lhs_in_registers(l)) {
				dst[i] = addr(l);
			}
		}
		if (!is_call(r)) {
			Value *v, *ok;
			if (nl == 2 && comma_ok(r, &v, &ok)) {
				Type *ts[2] = {r->type, ty_bool};
				Value *vs[2] = {v, ok};
				for (int i = 0; i < 2; i++) {
					Node *l = unparen(n->list.data[i]);
					if (mapm[i])
						dst[i] = map_assign_slot(unparen(l->x)->type, mapm[i], mapk[i]);
					if (dst[i])
						store(l->type, dst[i], assign_conv(vs[i], ts[i], l->type));
					else
						assign_or_define(l, vs[i], ts[i], n->op == TK_DEFINE);
				}
			}
			return;
		}
		CallResult *cr = NULL;
		call_expr(r, &cr);
		if (!cr)
			return;
		Value **vals = NEWARRAY(fn_arena, Value *, nl);
		for (int i = 0; i < nl && i < cr->nres; i++) {
			Type *t = ((Field *)cr->ftype->results.data[i])->type;
			vals[i] = ssa_can_ssa(t) ? call_result(cr, i) : NULL;
		}
		for (int i = 0; i < nl && i < cr->nres; i++) {
			Node *l = n->list.data[i];
			Node *lu = unparen(l);
			Type *ct = ((Field *)cr->ftype->results.data[i])->type;
			if (!vals[i] && !(lu->kind == N_NAME && lu->is_blank) && lu->type && ssa_can_ssa(lu->type))
				vals[i] = to_iface(ct, lu->type, NULL, cr->ptrs[i]);  // a value in memory into an interface
			if (vals[i] && !(lu->kind == N_NAME && lu->is_blank) && lu->type)
				vals[i] = assign_conv(vals[i], vals[i]->type, lu->type);
			if (mapm[i])
				dst[i] = map_assign_slot(unparen(lu->x)->type, mapm[i], mapk[i]);
			if (n->op == TK_DEFINE && unparen(l)->kind == N_NAME && unparen(l)->obj && unparen(l)->obj->owner == B->fn &&
			    !pm_get(&B->vars, unparen(l)->obj))
				declare_var(unparen(l)->obj, vals[i], vals[i] ? NULL : cr->ptrs[i]);
			else if (dst[i] && vals[i])
				store(unparen(l)->type, dst[i], vals[i]);
			else if (dst[i])
				move(unparen(l)->type, dst[i], cr->ptrs[i]);
			else
				assign_value(l, vals[i], vals[i] ? NULL : cr->ptrs[i]);
		}
		return;
	}
	if (nl != nr)
		ice("assignment count mismatch");
	if (nl == 1) {
		Node *l = n->list.data[0], *r = n->list2.data[0];
		Node *lu = unparen(l);
		bool define = n->op == TK_DEFINE && lu->kind == N_NAME && lu->obj && lu->obj->kind == OBJ_VAR &&
		              !pm_get(&B->vars, lu->obj);
		if (lu->kind == N_NAME && lu->is_blank) {
			Node *ru = unparen(r);
			if (ssa_can_ssa(ru->type))
				expr(ru);
			else
				addr(ru);
			return;
		}
		if (ssa_can_ssa(l->type ? l->type : r->type)) {
			Value *v = expr(r);
			if (define)
				declare_var(lu->obj, v, NULL);
			else
				assign_value(l, v, NULL);
		} else {
			if (define) {
				declare_var(lu->obj, NULL, NULL);
				expr_into(r, var_addr(lu->obj));
			} else if (simple_lhs(l)) {
				/* evaluate into a temp first: the rhs may read l */
				Value *tmp = temp_addr(r->type);
				expr_into(r, tmp);
				assign_value(l, NULL, tmp);
			} else {
				Value *tmp = temp_addr(r->type);
				expr_into(r, tmp);
				move(l->type, lvalue_addr(l), tmp);
			}
		}
		return;
	}
	/* parallel assignment: phase 1 evaluates lhs index operands and all rhs values */
	Value **addrs = NEWARRAY(fn_arena, Value *, nl);
	Value **vals = NEWARRAY(fn_arena, Value *, nl);
	Value **maps = NEWARRAY(fn_arena, Value *, nl), **keys = NEWARRAY(fn_arena, Value *, nl);
	for (int i = 0; i < nl; i++) {
		Node *l = unparen(n->list.data[i]);
		bool define = n->op == TK_DEFINE && l->kind == N_NAME && l->obj && !pm_get(&B->vars, l->obj);
		maps[i] = keys[i] = NULL;
		if (l->kind == N_NAME || define || lhs_in_registers(l)) {
			addrs[i] = NULL;
		} else if (l->kind == N_INDEX && unparen(l->x)->type->kind == TY_MAP) {
			/* m and k now, the insertion in phase 3 (`i, m[i] = 1, 2` uses the old i) */
			addrs[i] = NULL;
			maps[i] = expr(unparen(l->x));
			keys[i] = map_key_addr(l->y, unparen(l->x)->type->key);
		} else {
			addrs[i] = addr(l);
		}
	}
	for (int i = 0; i < nl; i++) {
		Node *r = n->list2.data[i];
		if (ssa_can_ssa(r->type)) {
			vals[i] = expr(r);
		} else {
			Value *tmp = temp_addr(r->type);
			expr_into(r, tmp);
			vals[i] = tmp;
		}
	}
	for (int i = 0; i < nl; i++) {
		Node *l = unparen(n->list.data[i]);
		Node *r = n->list2.data[i];
		bool ssa = ssa_can_ssa(r->type);
		bool define = n->op == TK_DEFINE && l->kind == N_NAME && l->obj && l->obj->kind == OBJ_VAR &&
		              !pm_get(&B->vars, l->obj);
		if (maps[i]) {
			Type *mt = unparen(l->x)->type;
			Value *args[] = {val1(OpConvertPtr, ty_unsafeptr, type_desc(mt)), val1(OpConvertPtr, ty_unsafeptr, maps[i]),
			                 keys[i]};
			addrs[i] = val1(OpConvertPtr, ptr_to(mt->elem), rtcall("mapassign", args, 3, ty_unsafeptr));
		}
		if (define) {
			declare_var(l->obj, ssa ? vals[i] : NULL, ssa ? NULL : vals[i]);
		} else if (addrs[i]) {
			if (ssa)
				store(l->type, addrs[i], vals[i]);
			else
				move(l->type, addrs[i], vals[i]);
		} else {
			assign_value(l, ssa ? vals[i] : NULL, ssa ? NULL : vals[i]);
		}
	}
}

/* ---------------- statements ---------------- */

static Targets *push_targets(Node *s, Block *brk, Block *cont) {
	Targets *t = NEW(fn_arena, Targets);
	t->stmt = s;
	t->brk = brk;
	t->cont = cont;
	vec_push(&B->targets, t);
	return t;
}

/* Pop the targets pushed for a statement (and its label). */
static void pop_targets(Node *label) { B->targets.len -= label ? 2 : 1; }

/* Continue after a statement at its join block b; unreachable if nothing jumps there. */
static void continue_at(Block *b) {
	seal(b);
	start_block(b);
	if (b->preds.len == 0)
		B->cur = NULL;
}

static Targets *find_targets(Node *s) {
	for (int i = B->targets.len - 1; i >= 0; i--) {
		Targets *t = B->targets.data[i];
		if (t->stmt == s)
			return t;
	}
	return NULL;
}

static Block *label_block(Node *labeled) {
	Block *b = pm_get(&B->labels, labeled);
	if (!b) {
		b = new_block(BlockPlain);
		pm_put(&B->labels, labeled, b);
	}
	return b;
}

/* Walk a subtree that cannot run (unreachable code), only to find function literals. */
static void find_lits(Node *n) {
	if (!n)
		return;
	if (n->kind == N_FUNCLIT) {
		vec_push(&pending_lits, n);
		return;
	}
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		find_lits(kids[i]);
	for (int i = 0; i < n->list.len; i++)
		find_lits(n->list.data[i]);
	for (int i = 0; i < n->list2.len; i++)
		find_lits(n->list2.data[i]);
}

static void do_return(void);

static void var_spec(Node *spec) {
	int nn = spec->list.len, nv = spec->list2.len;
	if (nv == 0) {
		for (int i = 0; i < nn; i++) {
			Node *name = spec->list.data[i];
			if (name->obj)
				declare_var(name->obj, NULL, NULL);
		}
		return;
	}
	if (nv == 1 && nn > 1) {
		Node *r = unparen(spec->list2.data[0]);
		if (!is_call(r)) {
			Value *v, *ok;
			if (nn == 2 && comma_ok(r, &v, &ok)) {
				assign_or_define(spec->list.data[0], v, r->type, true);
				assign_or_define(spec->list.data[1], ok, ty_bool, true);
			}
			return;
		}
		CallResult *cr = NULL;
		call_expr(r, &cr);
		if (!cr)
			return;
		for (int i = 0; i < nn && i < cr->nres; i++) {
			Node *name = spec->list.data[i];
			Type *t = ((Field *)cr->ftype->results.data[i])->type;
			Value *v = ssa_can_ssa(t) ? call_result(cr, i) : NULL;
			if (!v && name->obj && ssa_can_ssa(name->obj->type))
				v = to_iface(t, name->obj->type, NULL, cr->ptrs[i]);  // a value in memory into an interface
			if (name->obj && v)
				v = assign_conv(v, t, name->obj->type);
			if (name->obj)
				declare_var(name->obj, v, v ? NULL : cr->ptrs[i]);
		}
		return;
	}
	/* evaluate all values first (they cannot refer to the new names) */
	Value **vals = NEWARRAY(fn_arena, Value *, nn);
	for (int i = 0; i < nn; i++) {
		Node *name = spec->list.data[i];
		Node *r = spec->list2.data[i];
		Type *t = name->obj ? name->obj->type : r->type;
		if (ssa_can_ssa(t)) {
			vals[i] = expr(r);
		} else {
			vals[i] = temp_addr(t);
			expr_into(r, vals[i]);
		}
	}
	for (int i = 0; i < nn; i++) {
		Node *name = spec->list.data[i];
		if (!name->obj)
			continue;
		bool ssa = ssa_can_ssa(name->obj->type);
		declare_var(name->obj, ssa ? vals[i] : NULL, ssa ? NULL : vals[i]);
	}
}

static void if_stmt(Node *n) {
	if (n->init)
		stmt(n->init);
	if (!B->cur) {
		find_lits(n->body);
		find_lits(n->els);
		return;
	}
	Value *c = expr(n->cond);
	Block *then = new_block(BlockPlain), *done = new_block(BlockPlain);
	Block *els = n->els ? new_block(BlockPlain) : done;
	branch(c, then, els, LIKELY_UNKNOWN);
	seal(then);
	start_block(then);
	stmt(n->body);
	jump(done);
	if (n->els) {
		seal(els);
		start_block(els);
		stmt(n->els);
		jump(done);
	}
	continue_at(done);
}

static void for_stmt(Node *n, Node *label) {
	if (n->init)
		stmt(n->init);
	Block *header = new_block(BlockPlain), *body = new_block(BlockPlain);
	Block *post = new_block(BlockPlain), *exit = new_block(BlockPlain);
	jump(header);
	start_block(header);
	if (n->cond) {
		Value *c = expr(n->cond);
		branch(c, body, exit, LIKELY_YES);
	} else {
		jump(body);
	}
	seal(body);
	push_targets(n, exit, post);
	if (label)
		push_targets(label, exit, post);
	start_block(body);
	stmt(n->body);
	jump(post);
	seal(post);
	start_block(post);
	if (post->preds.len == 0) {
		B->cur = NULL;
		find_lits(n->post);
	} else if (n->post) {
		stmt(n->post);
	}
	jump(header);
	seal(header);
	pop_targets(label);
	continue_at(exit);
}

/* for k, v := range m: a gc hiter in the frame (runtime/abi.h GoHiter:
 * key pointer at 0, elem pointer at 8; a nil key pointer ends the loop). */
static void range_map(Node *n, Node *label, Node *kn, Node *vn) {
	Node *x = unparen(n->z);
	Type *mt = x->type;
	Value *m = expr(x);
	if (n->op == TK_DEFINE) {
		if (kn)
			declare_var(unparen(kn)->obj, NULL, NULL);
		if (vn)
			declare_var(unparen(vn)->obj, NULL, NULL);
	}
	Value *it = val1(OpConvertPtr, ty_unsafeptr, temp_addr(type_array(ty_uintptr, 12)));
	Value *args[] = {val1(OpConvertPtr, ty_unsafeptr, type_desc(mt)), val1(OpConvertPtr, ty_unsafeptr, m), it};
	rtcall("mapiterinit", args, 3, NULL);
	Block *header = new_block(BlockPlain), *body = new_block(BlockPlain);
	Block *post = new_block(BlockPlain), *exit = new_block(BlockPlain);
	jump(header);
	start_block(header);
	Value *kp = load(ptr_to(mt->key), val1(OpConvertPtr, ptr_to(ptr_to(mt->key)), it));
	branch(val1(OpIsNonNil, ty_bool, kp), body, exit, LIKELY_YES);
	seal(body);
	start_block(body);
	if (kn) {
		if (ssa_can_ssa(mt->key))
			assign_value(kn, assign_conv(load(mt->key, kp), mt->key, unparen(kn)->type), NULL);
		else
			assign_value(kn, NULL, kp);
	}
	if (vn) {
		Value *slot = val1(OpOffPtr, ptr_to(ptr_to(mt->elem)), it);
		slot->auxint = 8;
		Value *ep = load(ptr_to(mt->elem), slot);
		if (ssa_can_ssa(mt->elem))
			assign_value(vn, assign_conv(load(mt->elem, ep), mt->elem, unparen(vn)->type), NULL);
		else
			assign_value(vn, NULL, ep);
	}
	push_targets(n, exit, post);
	if (label)
		push_targets(label, exit, post);
	stmt(n->body);
	jump(post);
	seal(post);
	start_block(post);
	if (post->preds.len == 0) {
		B->cur = NULL;
	} else {
		Value *a[] = {it};
		rtcall("mapiternext", a, 1, NULL);
		jump(header);
	}
	seal(header);
	pop_targets(label);
	continue_at(exit);
}

/* for v := range c: receive until c is closed and drained */
static void range_chan(Node *n, Node *label, Node *vn) {
	Node *x = unparen(n->z);
	Type *ct = x->type;
	if (!have_rt("chanrecv2", n->pos, "channels"))
		return;
	Value *c = expr(x);
	if (n->op == TK_DEFINE && vn)
		declare_var(unparen(vn)->obj, NULL, NULL);
	Value *buf = temp_addr(ct->elem);
	Block *header = new_block(BlockPlain), *body = new_block(BlockPlain), *exit = new_block(BlockPlain);
	jump(header);
	start_block(header);
	Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, c), val1(OpConvertPtr, ty_unsafeptr, buf)};
	Value *ok = rtcall("chanrecv2", a, 2, ty_bool);
	branch(ok, body, exit, LIKELY_YES);
	seal(body);
	start_block(body);
	if (vn) {
		if (ssa_can_ssa(ct->elem))
			assign_value(vn, assign_conv(load(ct->elem, buf), ct->elem, unparen(vn)->type), NULL);
		else
			assign_value(vn, NULL, buf);
	}
	push_targets(n, exit, header);
	if (label)
		push_targets(label, exit, header);
	stmt(n->body);
	jump(header);
	seal(header);
	pop_targets(label);
	continue_at(exit);
}

static void range_stmt(Node *n, Node *label) {
	Node *x = unparen(n->z);
	Type *t = x->type;
	Type *kt = NULL, *vt = NULL;
	Node *kn = n->x && !(unparen(n->x)->kind == N_NAME && unparen(n->x)->is_blank) ? n->x : NULL;
	Node *vn = n->y && !(unparen(n->y)->kind == N_NAME && unparen(n->y)->is_blank) ? n->y : NULL;
	if (t->kind == TY_CHAN) {
		range_chan(n, label, kn);
		return;
	}
	if (t->kind == TY_MAP) {
		range_map(n, label, kn, vn);
		return;
	}
	void *hv = new_key(); /* hidden index */
	Value *len, *base = NULL, *str = NULL;
	Type *elem = NULL;
	kt = ty_int;
	if (t->kind == TY_STRING) {
		str = expr(x);
		len = val1(OpStringLen, ty_int, str);
		vt = ty_int32;
	} else if (t->kind == TY_SLICE) {
		Value *s = expr(x);
		elem = t->elem;
		base = val1(OpSlicePtr, ptr_to(elem), s);
		len = val1(OpSliceLen, ty_int, s);
		vt = elem;
	} else {
		Type *at = t->kind == TY_POINTER ? t->elem : t;
		elem = at->elem;
		vt = elem;
		len = const_int(ty_int, at->len);
		if (vn || t->kind == TY_POINTER) {
			if (t->kind == TY_POINTER) {
				base = expr(x);
				if (vn)
					nil_check(base);
			} else {
				/* the range expression is evaluated (copied) once */
				Value *tmp = temp_addr(at);
				expr_into(x, tmp);
				base = tmp;
			}
			base = val1(OpConvertPtr, ptr_to(elem), base);
		} else if (x->kind != N_NAME) {
			/* evaluate for side effects (len is constant) */
			if (ssa_can_ssa(x->type))
				expr(x);
			else
				addr(x);
		}
	}
	/* Go 1.19: the iteration variables are declared once for the whole loop */
	if (n->op == TK_DEFINE) {
		if (kn)
			declare_var(unparen(kn)->obj, NULL, NULL);
		if (vn)
			declare_var(unparen(vn)->obj, NULL, NULL);
	}
	write_var(hv, B->cur, const_int(ty_int, 0));
	Block *header = new_block(BlockPlain), *body = new_block(BlockPlain);
	Block *post = new_block(BlockPlain), *exit = new_block(BlockPlain);
	jump(header);
	start_block(header);
	Value *i = read_var(hv, ty_int, header);
	branch(val2(OpLess64, ty_bool, i, len), body, exit, LIKELY_YES);
	seal(body);
	start_block(body);
	void *next = new_key();
	Value *k = read_var(hv, ty_int, body);
	Value *v = NULL;
	if (str) {
		/* c := s[i]; if c < RuneSelf { v, next = c, i+1 } else { v, next = decoderune(s, i) } */
		Value *p = val2(OpPtrIndex, ptr_to(ty_uint8), val1(OpStringPtr, ptr_to(ty_uint8), str), k);
		Value *c = load(ty_uint8, p);
		Block *ascii = new_block(BlockPlain), *multi = new_block(BlockPlain), *join = new_block(BlockPlain);
		void *rv = new_key();
		branch(val2(OpLess8U, ty_bool, c, const_int(ty_uint8, 0x80)), ascii, multi, LIKELY_YES);
		seal(ascii);
		seal(multi);
		start_block(ascii);
		write_var(rv, B->cur, val1(OpZeroExt8to32, ty_int32, c));
		write_var(next, B->cur, val2(OpAdd64, ty_int, k, const_int(ty_int, 1)));
		jump(join);
		start_block(multi);
		Value *args[] = {val1(OpStringPtr, ptr_to(ty_uint8), str), len, k};
		Value *call = rtcall("decoderune", args, 3, NULL);
		Value *r = select_n(call, ty_int64, 0);
		write_var(rv, B->cur, val1(OpTrunc64to32, ty_int32, r));
		write_var(next, B->cur, select_n(call, ty_int64, 1));
		jump(join);
		seal(join);
		start_block(join);
		v = read_var(rv, ty_int32, join);
	} else {
		write_var(next, B->cur, val2(OpAdd64, ty_int, k, const_int(ty_int, 1)));
	}
	Value *elem_addr = NULL;
	if (vn && !str) {
		elem_addr = val2(OpPtrIndex, ptr_to(elem), base, k);
		if (ssa_can_ssa(elem))
			v = load(elem, elem_addr);
	}
	/* range = assignments get no implicit conversion node from the checker;
	 * `for i, x[i] = range`: like a parallel assignment, x[i]'s operands are
	 * evaluated before i is assigned */
	Value *vdst = NULL;
	if (kn && vn && n->op != TK_DEFINE && !simple_lhs(vn) && !lhs_in_registers(vn))
		vdst = lvalue_addr(vn);
	if (kn)
		assign_value(kn, assign_conv(k, ty_int, unparen(kn)->type), NULL);
	if (vn && vdst) {
		if (v)
			store(unparen(vn)->type, vdst, assign_conv(v, vt, unparen(vn)->type));
		else
			move(unparen(vn)->type, vdst, elem_addr);
	} else if (vn) {
		assign_value(vn, v ? assign_conv(v, vt, unparen(vn)->type) : NULL, v ? NULL : elem_addr);
	}
	(void)kt;
	push_targets(n, exit, post);
	if (label)
		push_targets(label, exit, post);
	stmt(n->body);
	jump(post);
	seal(post);
	start_block(post);
	if (post->preds.len == 0) {
		B->cur = NULL;
	} else {
		write_var(hv, B->cur, read_var(next, ty_int, post));
		jump(header);
	}
	seal(header);
	pop_targets(label);
	continue_at(exit);
}

static void switch_stmt(Node *n, Node *label) {
	if (n->init)
		stmt(n->init);
	if (!B->cur) {
		for (int i = 0; i < n->list.len; i++)
			find_lits(n->list.data[i]);
		return;
	}
	Type *tagt = n->x ? n->x->type : ty_bool;
	Value *tag = NULL, *tag_addr = NULL;
	if (n->x && !ssa_can_ssa(tagt)) {
		tag_addr = temp_addr(tagt);
		expr_into(n->x, tag_addr);
		tag = tag_addr; /* non-NULL: there is a tag */
	} else if (n->x) {
		tag = expr(n->x);
	}
	Block *exit = new_block(BlockPlain);
	int nc = n->list.len;
	Block **bodies = NEWARRAY(fn_arena, Block *, nc + 1);
	Node *deflt = NULL;
	int defi = -1;
	for (int i = 0; i < nc; i++) {
		bodies[i] = new_block(BlockPlain);
		Node *c = n->list.data[i];
		if (c->list.len == 0) {
			deflt = c;
			defi = i;
		}
	}
	/* tests in source order */
	for (int i = 0; i < nc; i++) {
		Node *c = n->list.data[i];
		for (int j = 0; j < c->list.len; j++) {
			Node *e = c->list.data[j];
			Value *cond;
			Pos savepos = B->pos;
			B->pos = e->pos;  /* gc: the comparison is at the case expression (tracebacks, gdb) */
			if (tag) {
				Type *ct = tagt;
				Value *ev = expr(e);
				if (!ssa_can_ssa(ct)) {
					cond = equal_mem(ct, tag_addr, addr(e));
				} else {
					cond = equal(ct, tag, ev, true);
				}
			} else if ((e->type->under ? e->type->under : e->type)->kind == TY_INTERFACE) { // case i: is true == i
				cond = equal(e->type, to_iface(ty_bool, e->type, const_int(ty_bool, 1), NULL), expr(e), true);
			} else {
				cond = expr(e);
			}
			B->pos = savepos;
			Block *next = new_block(BlockPlain);
			branch(cond, bodies[i], next, LIKELY_UNKNOWN);
			seal(next);
			start_block(next);
		}
	}
	jump(deflt ? bodies[defi] : exit);
	push_targets(n, exit, NULL);
	if (label)
		push_targets(label, exit, NULL);
	for (int i = 0; i < nc; i++) {
		Node *c = n->list.data[i];
		/* the previous body's fallthrough is an edge into this one */
		seal(bodies[i]);
		start_block(bodies[i]);
		if (bodies[i]->preds.len == 0)
			B->cur = NULL;
		bool falls = false;
		for (int j = 0; j < c->list2.len; j++) {
			Node *s = c->list2.data[j];
			if (s->kind == N_BRANCH && s->op == TK_FALLTHROUGH) {
				falls = true;
				break;
			}
			stmt(s);
		}
		if (falls && i + 1 < nc) {
			/* bodies[i+1] not sealed yet: unseal trick — we seal after adding this edge */
			jump(bodies[i + 1]);
		} else {
			jump(exit);
		}
	}
	pop_targets(label);
	continue_at(exit);
}


/* switch y := x.(type) { case T1, T2: ... } */
static void type_switch_stmt(Node *n, Node *label) {
	if (n->init)
		stmt(n->init);
	if (!B->cur) {
		for (int i = 0; i < n->list.len; i++)
			find_lits(n->list.data[i]);
		return;
	}
	Node *xn = unparen(n->x);
	Type *xt = xn->type;
	Value *iv = expr(xn);
	Value *typ = iface_type_word(iv, xt);
	Value *data = val1(OpIData, ty_unsafeptr, iv);
	Block *exit = new_block(BlockPlain);
	int nc = n->list.len, defi = -1;
	Block **bodies = NEWARRAY(fn_arena, Block *, nc + 1);
	for (int i = 0; i < nc; i++) {
		bodies[i] = new_block(BlockPlain);
		if (((Node *)n->list.data[i])->list.len == 0)
			defi = i;
	}
	for (int i = 0; i < nc; i++) {
		Node *c = n->list.data[i];
		for (int j = 0; j < c->list.len; j++) {
			Node *e = c->list.data[j];
			Type *et = e->type;
			Value *cond;
			Node *eu = unparen(e);
			bool is_nil = eu->kind == N_NAME && (!eu->obj || eu->obj->kind == OBJ_NIL);
			if (is_nil || !et || et == ty_untyped_nil || et->kind == TY_UNTYPED_NIL) {
				cond = val1(OpNot, ty_bool, val1(OpIsNonNil, ty_bool, typ));
			} else if (et->kind == TY_INTERFACE) {
				if (is_empty_iface(et)) {
					cond = val1(OpIsNonNil, ty_bool, typ);
				} else {
					/* typ != nil && assertE2I2(et, typ) != nil */
					void *key = new_key();
					write_var(key, B->cur, const_int(ty_bool, 0));
					Block *chk = new_block(BlockPlain), *done = new_block(BlockPlain);
					branch(val1(OpIsNonNil, ty_bool, typ), chk, done, LIKELY_YES);
					seal(chk);
					start_block(chk);
					Value *args[] = {iface_desc(et), typ};
					write_var(key, B->cur, val1(OpIsNonNil, ty_bool, rtcall("assertE2I2", args, 2, ty_unsafeptr)));
					jump(done);
					seal(done);
					start_block(done);
					cond = read_var(key, ty_bool, done);
				}
			} else {
				cond = val2(OpEqPtr, ty_bool, typ, iface_desc(et));
			}
			Block *next = new_block(BlockPlain);
			branch(cond, bodies[i], next, LIKELY_UNKNOWN);
			seal(next);
			start_block(next);
		}
	}
	jump(defi >= 0 ? bodies[defi] : exit);
	push_targets(n, exit, NULL);
	if (label)
		push_targets(label, exit, NULL);
	for (int i = 0; i < nc; i++) {
		Node *c = n->list.data[i];
		seal(bodies[i]);
		start_block(bodies[i]);
		if (bodies[i]->preds.len == 0)
			B->cur = NULL;
		if (B->cur && c->obj) {
			Obj *o = c->obj;
			Type *ot = o->type;
			Value *v;
			if (ot->kind != TY_INTERFACE && !ssa_can_ssa(ot)) {
				declare_var(o, NULL, val1(OpConvertPtr, ptr_to(ot), data));
				v = NULL;
			} else if (ot->kind != TY_INTERFACE) {
				v = type_is_direct_iface(ot) ? from_direct_word(data, ot)
				                              : load(ot, val1(OpConvertPtr, ptr_to(ot), data));
			} else if (type_identical(ot, xt)) {
				v = iv;
			} else if (is_empty_iface(ot)) {
				v = val2(OpIMake, ot, typ, data);
			} else {
				Value *args[] = {iface_desc(ot), typ};
				v = val2(OpIMake, ot, rtcall("assertE2I", args, 2, ty_unsafeptr), data);
			}
			if (v)
				declare_var(o, v, NULL);
		}
		stmt_list(&c->list2);
		jump(exit);
	}
	pop_targets(label);
	continue_at(exit);
}


/* ---------------- defer ----------------
 * A function with defer statements keeps a GoDeferFrame (runtime/panic.c) in
 * its frame. Entry calls setdeferframe (returns twice, like setjmp): 0 at
 * entry, non-zero when a deferred call recovered a panic and the runtime
 * resumes the function, which then jumps to its exit: deferreturn runs the
 * remaining deferred calls and the (memory-resident) results are returned.
 * `defer f(args)` evaluates f and args now into a closure {thunk, values...}
 * (gc's wrapGoDefer); `defer func(){...}()` pushes the literal's closure.
 * A defer outside loops (escape.c sets stackalloc) keeps closure and record
 * in the frame: deferprocstack, no allocation. */

static bool has_defer(Node *n) {
	if (!n || n->kind == N_FUNCLIT)
		return false;
	if (n->kind == N_DEFER)
		return true;
	Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (has_defer(kids[i]))
			return true;
	for (int i = 0; i < n->list.len; i++)
		if (has_defer(n->list.data[i]))
			return true;
	for (int i = 0; i < n->list2.len; i++)
		if (has_defer(n->list2.data[i]))
			return true;
	return false;
}

static void defer_prologue(void) {
	B->deferframe = val1(OpConvertPtr, ty_unsafeptr, temp_addr(type_array(ty_uintptr, 16)));
	/* The results are read again after a resume. Like C's locals around
	 * setjmp they must not live in registers: storing their addresses into
	 * the frame record (words 8..15, which the runtime ignores) makes them
	 * escape, so LLVM keeps them in memory across setdeferframe. */
	int nres = 0;
	for (int i = 0; i < B->fn->locals.len; i++) {
		Obj *o = B->fn->locals.data[i];
		if (o->vclass != VC_RESULT)
			continue;
		VarInfo *vi = var_info(o);
		if (vi->kind != VK_STACK)
			continue;
		if (nres == 8) {
			diag_unsupported(o->pos, "more than 8 results in a function with defer");
			break;
		}
		Value *slot = val1(OpOffPtr, ptr_to(ty_unsafeptr), B->deferframe);
		slot->auxint = 64 + 8 * nres++;
		store(ty_unsafeptr, slot, val1(OpConvertPtr, ty_unsafeptr, var_addr(o)));
	}
	Value *a[] = {B->deferframe};
	Value *r = rtcall("setdeferframe", a, 1, ty_int64);
	Block *resumed = new_block(BlockPlain), *body = new_block(BlockPlain);
	branch(val2(OpNeq64, ty_bool, r, const_int(ty_int64, 0)), resumed, body, LIKELY_NO);
	seal(resumed);
	seal(body);
	start_block(resumed);
	do_return();
	start_block(body);
}

/* One value the deferred call needs, stored in the closure object. */
typedef struct DeferSlot {
	Type *type;
	int64_t off;
	Type *slice;  // the slot holds the array of a slice argument the thunk builds (gc builds a slice
	Node *site;   // literal in the go/defer wrapper): the slice's type, the literal (escape.c's decision)
} DeferSlot;

typedef struct DeferPlan {
	int kind;            // 0 static function, 1 method (static, with receiver), 2 func value, 3 interface method,
	                     // 4 print/println, 5 panic, 6 delete, 7 copy, 8 recover, 9 close
	Obj *fn;             // kinds 0, 1
	Type *ft;            // the callee's func type (kinds 0-3)
	Method *m;           // kind 3
	Type *iface;         // kind 3
	BuiltinKind bi;      // kinds 4, 5
	int nslots;
	DeferSlot slots[64]; // [recv or fnval or iface], params... (kind 4/5: the operands)
	int64_t size;
	const char *sym;
} DeferPlan;

static int defer_add_slot(DeferPlan *dp, Type *t) {
	int64_t sz = ssa_can_ssa(t) ? types_size(t) : types_size(t);
	int64_t al = types_align(t) < 8 ? 8 : types_align(t);
	dp->size = (dp->size + al - 1) / al * al;
	dp->slots[dp->nslots].type = t;
	dp->slots[dp->nslots].off = dp->size;
	dp->size += sz;
	return dp->nslots++;
}

static Value *slot_addr(Value *base, DeferSlot *sl) {
	Value *p = val1(OpOffPtr, ptr_to(sl->type), base);
	p->auxint = sl->off;
	return p;
}

static void put_slot(Value *clo, DeferSlot *sl, Value *v, Value *vaddr) {
	Value *p = slot_addr(clo, sl);
	if (v)
		store(sl->type, p, v);
	else
		move(sl->type, p, vaddr);
}

static Func *begin_func(const char *symbol, Node *fn, Type *ftype);

/* The thunk: load the saved values from the closure and make the call. */
static void build_defer_thunk(DeferPlan *dp) {
	static Node fake;
	fake.kind = N_FUNCLIT;
	Type *ft0 = type_new(TY_FUNC);
	begin_func(dp->sym, &fake, ft0);
	B->f->is_closure = true;
	B->f->deferwrapper = true;
	Value *ctx = new_arg(param_obj(".closureptr", ty_unsafeptr, VC_PARAM, 0), ty_unsafeptr, 3);
	/* a recover in the deferred function itself must work: tell the
	 * runtime that our callee stands for the deferred call */
	Value *adj[] = {val0(OpGetCallerSP, ty_unsafeptr), val0(OpGetFP, ty_unsafeptr)};
	rtcall("adjustdeferframe", adj, 2, NULL);
	Value *vals[64];
	for (int i = 0; i < dp->nslots; i++) {
		DeferSlot *sl = &dp->slots[i];
		Value *p = slot_addr(ctx, sl);
		if (ssa_can_ssa(sl->type) && !sl->slice) {
			vals[i] = load(sl->type, p);
		} else {
			Value *tmp = temp_addr(sl->type); /* a fresh copy: by-reference params may be modified */
			move(sl->type, tmp, p);
			vals[i] = tmp;
		}
		if (sl->slice) {  /* the slice literal, here in the wrapper's frame unless it escapes */
			Value *arr = vals[i];
			if (!sl->site->stackalloc) {
				arr = new_object(sl->type);
				move(sl->type, arr, vals[i]);
			}
			Value *l = const_int(ty_int, sl->type->len);
			vals[i] = slice_make(sl->slice, val1(OpConvertPtr, ptr_to(sl->slice->elem), arr), l, l);
		}
	}
	if (dp->kind == 4) {
		rtcall("printlock", NULL, 0, NULL);
		for (int i = 0; i < dp->nslots; i++) {
			if (dp->bi == BI_PRINTLN && i > 0)
				rtcall("printsp", NULL, 0, NULL);
			print_value(dp->slots[i].type, vals[i]);
		}
		if (dp->bi == BI_PRINTLN)
			rtcall("printnl", NULL, 0, NULL);
		rtcall("printunlock", NULL, 0, NULL);
	} else if (dp->kind == 5) {
		Value *a[] = {val1(OpITab, ty_unsafeptr, vals[0]), val1(OpIData, ty_unsafeptr, vals[0])};
		rtcall("gopanic", a, 2, NULL);
	} else if (dp->kind == 6) {
		Type *mt = dp->slots[0].type;
		Value *k = temp_addr(mt->key);
		store(mt->key, k, vals[1]);
		Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, type_desc(mt)), val1(OpConvertPtr, ty_unsafeptr, vals[0]),
		              val1(OpConvertPtr, ty_unsafeptr, k)};
		rtcall("mapdelete", a, 3, NULL);
	} else if (dp->kind == 7) {
		Type *dt = dp->slots[0].type, *st = dp->slots[1].type;
		Type *et = dt->elem;
		Value *d = vals[0], *sv = vals[1];
		Value *dl = val1(OpSliceLen, ty_int, d);
		Value *sl = st->kind == TY_STRING ? val1(OpStringLen, ty_int, sv) : val1(OpSliceLen, ty_int, sv);
		Value *sp = st->kind == TY_STRING ? val1(OpStringPtr, ty_unsafeptr, sv)
		                                  : val1(OpConvertPtr, ty_unsafeptr, val1(OpSlicePtr, ptr_to(et), sv));
		Value *nn = val3(OpCondSelect, ty_int, sl, dl, val2(OpLess64, ty_bool, sl, dl));
		typed_memmove(et, val1(OpConvertPtr, ty_unsafeptr, val1(OpSlicePtr, ptr_to(et), d)), sp,
		              val2(OpMul64, ty_int, nn, const_int(ty_int, types_size(et))));
	} else if (dp->kind == 8) {
		Value *a[] = {vals[0]};
		rtcall("gorecover", a, 1, NULL);
	} else if (dp->kind == 9) {
		Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, vals[0])};
		rtcall("closechan", a, 1, NULL);
	} else {
		Type *ft = dp->ft;
		int first = dp->kind == 0 ? 0 : 1;
		Value *code = NULL, *recv = NULL;
		Op op = OpStaticLECall;
		if (dp->kind == 1) {
			recv = vals[0];
		} else if (dp->kind == 2) {
			op = OpClosureLECall;
			code = vals[0];
			nil_check(code);
		} else if (dp->kind == 3) {
			op = OpInterLECall;
			Value *tab = val1(OpITab, ty_unsafeptr, vals[0]);
			nil_check(tab);
			Value *slot = val1(OpOffPtr, ptr_to(ty_unsafeptr), tab);
			slot->auxint = 24 + 8 * iface_method_index(dp->iface, dp->m);
			code = load(ty_unsafeptr, slot);
			recv = val1(OpIData, ty_unsafeptr, vals[0]);
		}
		Type *elems[64];
		int n = 0;
		for (int i = 0; i < ft->results.len && n < 62; i++) {
			Type *t = ((Field *)ft->results.data[i])->type;
			if (ssa_can_ssa(t))
				elems[n++] = t;
		}
		elems[n++] = ty_mem;
		Value *call = ssa_value_new(B->cur, op, ssa_tuple_type(elems, n), B->pos);
		AuxCall *ac = NEW(fn_arena, AuxCall);
		ac->fn = dp->fn ? dp->fn->linkname : NULL;
		ac->func = dp->fn;
		ac->sig = dp->kind == 1 ? dp->fn->type : ft;
		call->aux = ac;
		if (code)
			ssa_add_arg(call, code);
		for (int i = 0; i < ft->results.len; i++) {
			Type *t = ((Field *)ft->results.data[i])->type;
			if (!ssa_can_ssa(t))
				ssa_add_arg(call, temp_addr(t)); /* results of deferred calls are discarded */
		}
		if (recv)
			ssa_add_arg(call, recv);
		for (int i = first; i < dp->nslots; i++)
			ssa_add_arg(call, vals[i]);
		ssa_add_arg(call, mem());
		set_mem(select_n(call, ty_mem, n - 1));
	}
	Block *ret = B->cur;
	ret->kind = BlockRet;
	Type *me[] = {ty_mem};
	Value *mr = ssa_value_new(ret, OpMakeResult, ssa_tuple_type(me, 1), B->pos);
	ssa_add_arg(mr, mem());
	ssa_set_control(ret, mr);
	B->cur = NULL;
}

static Vec pending_thunks; // DeferPlan*

/* The closure a defer or go statement runs later: the call's function and
 * arguments are evaluated now (kind: "defer" or "go", for thunk names). */
static Value *deferred_closure(Node *n, const char *kind) {
	Node *call = unparen(n->x);
	Value *clo = NULL;
	Node *fn = call->kind == N_CALL ? unparen(call->x) : NULL;
	if (fn && fn->kind == N_FUNCLIT && call->list.len == 0 && fn->type->results.len == 0) {
		clo = expr(fn); /* the literal is the deferred call itself */
	} else {
		DeferPlan *dp = NEW(perm, DeferPlan);
		dp->sym = arena_printf(perm, "%s.%swrap%d", B->f->symbol, kind, ++B->ndefer);
		Value *items[64];
		Value *addrs[64] = {0};
		int ni = 0;
		if (call->kind == N_BUILTINCALL) {
			dp->bi = call->builtin;
			if (call->builtin == BI_PRINT || call->builtin == BI_PRINTLN) {
				dp->kind = 4;
				for (int i = 0; i < call->list.len && ni < 60; i++) {
					Node *a = call->list.data[i];
					defer_add_slot(dp, a->type);
					items[ni++] = expr(a);
				}
			} else if (call->builtin == BI_PANIC) {
				dp->kind = 5;
				Node *a = call->list.data[0];
				defer_add_slot(dp, ty_any);
				items[ni++] = a->type->kind == TY_INTERFACE ? expr(a) : iface_conv_node(a, ty_any);
			} else if (call->builtin == BI_DELETE || call->builtin == BI_COPY) {
				dp->kind = call->builtin == BI_DELETE ? 6 : 7;
				int nsrc;
				ArgSrc *src = arg_sources(&call->list, &nsrc);
				Value *a0 = arg_value(&src[0]);
				defer_add_slot(dp, a0->type);
				items[ni++] = a0;
				Type *t1 = call->builtin == BI_DELETE ? a0->type->key : (src[1].n ? src[1].n->type : src[1].v->type);
				defer_add_slot(dp, t1);
				items[ni++] = arg_value_as(&src[1], t1);
			} else if (call->builtin == BI_CLOSE) {
				dp->kind = 9;
				Node *a = call->list.data[0];
				defer_add_slot(dp, a->type);
				items[ni++] = expr(a);
			} else if (call->builtin == BI_RECOVER) {
				/* defer recover(): as gc, recover's frame argument (its
				 * caller's SP) is evaluated at the defer statement, so the
				 * deferred recover recovers when the deferring function is
				 * the one a panic called (test/recover1.go test5, test6) */
				dp->kind = 8;
				B->f->noinline = true;
				defer_add_slot(dp, ty_unsafeptr);
				items[ni++] = val0(OpGetCallerSP, ty_unsafeptr);
			} else {
				diag_unsupported(n->pos, arena_printf(perm, "%s of this builtin", kind));
				return NULL;
			}
		} else {
			Type *ft = fn->type;
			dp->ft = ft;
			if ((fn->kind == N_NAME || (fn->kind == N_SELECTOR && fn->sel_kind == SEL_QUALIFIED)) && fn->obj &&
			    fn->obj->kind == OBJ_FUNC) {
				dp->kind = 0;
				dp->fn = fn->obj;
			} else if (fn->kind == N_SELECTOR && fn->sel_kind == SEL_METHOD && fn->method && fn->method->func) {
				dp->kind = 1;
				dp->fn = fn->method->func;
				dp->ft = fn->method->type;
				Value *r = method_recv(fn);
				Type *rt = dp->fn->type->recv->type;
				defer_add_slot(dp, rt);
				if (ssa_can_ssa(rt))
					items[ni++] = r;
				else
					addrs[ni] = r, items[ni++] = NULL;
			} else if (fn->kind == N_SELECTOR && fn->sel_kind == SEL_METHOD && fn->method && !fn->method->func &&
			           unparen(fn->x)->type->kind == TY_INTERFACE && fn->path.len == 0) {
				dp->kind = 3;
				dp->m = fn->method;
				dp->iface = unparen(fn->x)->type;
				dp->ft = fn->method->type;
				defer_add_slot(dp, dp->iface);
				Value *iv = expr(fn->x);
				nil_check(val1(OpITab, ty_unsafeptr, iv)); /* evaluating x.M of a nil interface panics now */
				items[ni++] = iv;
			} else {
				dp->kind = 2;
				defer_add_slot(dp, ft);
				items[ni++] = expr(fn);
			}
			/* the arguments, evaluated now (variadic packing included) */
			Type *pft = dp->ft;
			int nsrc;
			ArgSrc *src = arg_sources(&call->list, &nsrc);
			int np = pft->params.len;
			for (int i = 0; i < np && ni < 60; i++) {
				Type *pt = ((Field *)pft->params.data[i])->type;
				/* a slice the call gets from a literal, the "... argument" of
				 * a variadic call included, is built by the thunk (gc: in the
				 * wrapper) from the elements evaluated now: the slot holds them */
				bool va = pft->variadic && i == np - 1 && !call->has_dots && nsrc - i > 0;
				Node *lit = !va && src && i < nsrc && src[i].n ? unparen(src[i].n) : NULL;
				if (lit && !(lit->kind == N_COMPOSITE && lit->type->kind == TY_SLICE))
					lit = NULL;
				Type *at = va ? type_array(pt->elem, nsrc - i) : lit ? type_array(lit->type->elem, complit_slice_len(lit)) : NULL;
				int si = defer_add_slot(dp, at ? at : pt);
				if (at) {
					dp->slots[si].slice = pt;
					dp->slots[si].site = va ? call : lit;
				}
				if (va) {
					int nv = nsrc - i;
					Type *et = pt->elem;
					Value *arr = temp_addr(at);
					for (int j = 0; j < nv; j++) {
						Value *q = val1(OpOffPtr, ptr_to(et), arr);
						q->auxint = j * types_size(et);
						arg_into(&src[i + j], et, q);
					}
					addrs[ni] = arr;
					items[ni++] = NULL;
				} else if (pft->variadic && i == np - 1 && !call->has_dots) {
					items[ni++] = val0(OpConstSlice, pt);
				} else if (lit) {
					Value *arr = temp_addr(at);
					zero(at, arr);
					elems_into(lit, arr);
					addrs[ni] = arr;
					items[ni++] = NULL;
				} else if (ssa_can_ssa(pt)) {
					items[ni++] = arg_value_as(&src[i], pt);
				} else {
					Value *tmp = temp_addr(pt);
					arg_into(&src[i], pt, tmp);
					addrs[ni] = tmp;
					items[ni++] = NULL;
				}
			}
		}
		/* the closure object: {thunk, slots...} */
		int64_t base = 8;
		for (int i = 0; i < dp->nslots; i++)
			dp->slots[i].off += base;
		int64_t size = base + dp->size;
		Value *c = alloc_object(n, type_array(ty_unsafeptr, (size + 7) / 8));
		Obj *thunk = NEW(perm, Obj);
		thunk->kind = OBJ_FUNC;
		thunk->name = dp->sym;
		thunk->linkname = dp->sym;
		thunk->type = type_new(TY_FUNC);
		Value *code = val1(OpAddr, ty_unsafeptr, val0(OpSB, ty_uintptr));
		code->aux = thunk;
		code->auxint = 1;
		store(ty_unsafeptr, c, code);
		for (int i = 0; i < ni; i++)
			put_slot(c, &dp->slots[i], items[i], addrs[i]);
		clo = val1(OpConvertPtr, ty_unsafeptr, c);
		vec_push(&pending_thunks, dp);
	}
	return clo;
}

static void defer_stmt(Node *n) {
	if (!B->deferframe)
		ice("defer without a defer frame");
	Value *clo = deferred_closure(n, "defer");
	if (!clo)
		return;
	if (n->stackalloc) {  // outside loops (escape.c): the record in the frame
		Value *rec = temp_addr(type_array(ty_uintptr, GO_DEFER_RECORD_SIZE / 8));
		Value *a[] = {B->deferframe, val1(OpConvertPtr, ty_unsafeptr, clo), val1(OpConvertPtr, ty_unsafeptr, rec)};
		rtcall("deferprocstack", a, 3, NULL);
		return;
	}
	Value *a[] = {B->deferframe, val1(OpConvertPtr, ty_unsafeptr, clo)};
	rtcall("deferproc", a, 2, NULL);
}

/* The runtime may not have an entry yet (features land in steps): a clean
 * "not supported" instead of a compiler crash. */
static bool have_rt(const char *name, Pos pos, const char *what) {
	if (rt_entry_index(name) >= 0)
		return true;
	diag_unsupported(pos, what);
	return false;
}

/* go f(x): the same closure as for defer, run by a new goroutine */
static void go_stmt(Node *n) {
	if (!have_rt("newproc", n->pos, "go statements"))
		return;
	Value *clo = deferred_closure(n, "go");
	if (!clo)
		return;
	Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, clo)};
	rtcall("newproc", a, 1, NULL);
}

/* ---------------- channels (runtime: gc's hchan) ---------------- */

static Value *chan_word(Value *c, int64_t off) {
	/* len: hchan.qcount (offset 0), cap: hchan.dataqsiz (offset 8); nil → 0 */
	void *key = new_key();
	write_var(key, B->cur, const_int(ty_int, 0));
	Block *nonnil = new_block(BlockPlain), *done = new_block(BlockPlain);
	branch(val1(OpIsNonNil, ty_bool, c), nonnil, done, LIKELY_YES);
	seal(nonnil);
	start_block(nonnil);
	Value *p = val1(OpOffPtr, ptr_to(ty_int), c);
	p->auxint = off;
	write_var(key, B->cur, load(ty_int, p));
	jump(done);
	seal(done);
	start_block(done);
	return read_var(key, ty_int, done);
}

/* <-c; with okp the comma-ok form; want=false drops the value */
static Value *chan_recv(Node *cn, Value **okp, bool want) {
	Type *ct = unparen(cn)->type;
	if (!have_rt("chanrecv1", cn->pos, "channel receive"))
		return want ? zero_value(ct->elem) : NULL;
	Value *c = expr(cn);
	Value *dst = want || okp ? temp_addr(ct->elem) : NULL;
	Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, c), dst ? val1(OpConvertPtr, ty_unsafeptr, dst) : val0(OpConstNil, ty_unsafeptr)};
	if (okp)
		*okp = rtcall("chanrecv2", a, 2, ty_bool);
	else
		rtcall("chanrecv1", a, 2, NULL);
	if (!want || !ssa_can_ssa(ct->elem))
		return dst; /* the address, for memory-resident element types */
	return load(ct->elem, dst);
}

static void chan_send(Node *n) {
	Node *cn = n->x, *vn = n->y;
	Type *ct = unparen(cn)->type;
	if (!have_rt("chansend1", n->pos, "channel send"))
		return;
	Value *c = expr(cn);
	Value *tmp = temp_addr(ct->elem);
	expr_into(vn, tmp);
	Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, c), val1(OpConvertPtr, ty_unsafeptr, tmp)};
	rtcall("chansend1", a, 2, NULL);
}

/* The <-c of a select case (under the checker's implicit conversion, if any). */
static Node *recv_node(Node *n) {
	n = unparen(n);
	while (n->kind == N_CONV && n->implicit)
		n = unparen(n->x);
	if (n->kind == N_EXPRSTMT)
		n = unparen(n->x);
	return n;
}

/* select { case ...: } — gc's selectgo over an array of {c, elem} cases,
 * sends first then receives, in source order within each group */
static void select_stmt(Node *n, Node *label) {
	if (!have_rt("selectgo", n->pos, "select"))
		return;
	if (n->list.len == 1 && ((Node *)n->list.data[0])->x) {
		/* one case, no default: just that channel operation (as gc compiles
		 * it, which shows in the goroutine's wait reason) */
		Node *cc = n->list.data[0];
		Node *comm = cc->x;
		Block *exit = new_block(BlockPlain);
		push_targets(n, exit, NULL);
		if (label)
			push_targets(label, exit, NULL);
		B->pos = cc->pos;  /* gc: the operation is at its case (tracebacks, gdb) */
		if (comm->kind == N_SEND) {
			chan_send(comm);
		} else if (comm->kind == N_ASSIGN) {
			Node *rx = recv_node(comm->list2.data[0]);
			Type *et = unparen(rx->x)->type->elem;
			bool define = comm->op == TK_DEFINE;
			Value *ok = NULL;
			Value *v = chan_recv(rx->x, comm->list.len > 1 ? &ok : NULL, true);
			Node *vn = unparen(comm->list.data[0]);
			if (ssa_can_ssa(et))
				assign_or_define(vn, v, et, define);
			else if (define && vn->kind == N_NAME && vn->obj && !vn->is_blank)
				declare_var(vn->obj, NULL, v);
			else if (!(vn->kind == N_NAME && vn->is_blank))
				assign_value(vn, NULL, v);
			if (ok)
				assign_or_define(comm->list.data[1], ok, ty_bool, define);
		} else {
			chan_recv(recv_node(comm)->x, NULL, false);
		}
		stmt_list(&cc->list2);
		jump(exit);
		B->targets.len -= label ? 2 : 1;
		continue_at(exit);
		return;
	}
	int nc = n->list.len, nsend = 0, nrecv = 0, defi = -1;
	for (int i = 0; i < nc; i++) {
		Node *cc = n->list.data[i];
		if (!cc->x)
			defi = i;
		else if (cc->x->kind == N_SEND)
			nsend++;
		else
			nrecv++;
	}
	int ncase = nsend + nrecv;
	int *index = NEWARRAY(fn_arena, int, nc + 1);   /* clause → case index */
	Value **recvbuf = NEWARRAY(fn_arena, Value *, nc + 1);
	Value *cases = ncase ? temp_addr(type_array(ty_uintptr, 2 * ncase)) : val0(OpConstNil, ty_unsafeptr);
	Value *order = ncase ? temp_addr(type_array(ty_uint16, 2 * ncase)) : val0(OpConstNil, ty_unsafeptr);
	int si = 0, ri = nsend;
	/* evaluate channels and sent values in source order */
	for (int i = 0; i < nc; i++) {
		Node *cc = n->list.data[i];
		Node *comm = cc->x;
		if (!comm)
			continue;
		Value *c, *elem;
		int k;
		if (comm->kind == N_SEND) {
			Type *ct = unparen(comm->x)->type;
			c = expr(comm->x);
			elem = temp_addr(ct->elem);
			expr_into(comm->y, elem);
			k = si++;
		} else {
			Node *rx = comm->kind == N_ASSIGN ? comm->list2.data[0] : comm->x;
			rx = recv_node(rx);
			Node *cn = rx->x; /* <-cn */
			Type *ct = unparen(cn)->type;
			c = expr(cn);
			elem = comm->kind == N_ASSIGN ? temp_addr(ct->elem) : NULL;
			recvbuf[i] = elem;
			k = ri++;
		}
		index[i] = k;
		Value *pc = val1(OpOffPtr, ptr_to(ty_unsafeptr), cases);
		pc->auxint = 16 * k;
		store(ty_unsafeptr, pc, val1(OpConvertPtr, ty_unsafeptr, c));
		Value *pe = val1(OpOffPtr, ptr_to(ty_unsafeptr), cases);
		pe->auxint = 16 * k + 8;
		store(ty_unsafeptr, pe, elem ? val1(OpConvertPtr, ty_unsafeptr, elem) : val0(OpConstNil, ty_unsafeptr));
	}
	Value *a[] = {val1(OpConvertPtr, ty_unsafeptr, cases), val1(OpConvertPtr, ty_unsafeptr, order),
	              const_int(ty_int64, nsend), const_int(ty_int64, nrecv), const_int(ty_bool, defi < 0)};
	Value *call = rtcall("selectgo", a, 5, NULL);
	Value *chosen = select_n(call, ty_int64, 0);
	Value *recvok = val2(OpNeq64, ty_bool, select_n(call, ty_int64, 1), const_int(ty_int64, 0));
	Block *exit = new_block(BlockPlain);
	push_targets(n, exit, NULL);
	if (label)
		push_targets(label, exit, NULL);
	for (int i = 0; i < nc; i++) {
		Node *cc = n->list.data[i];
		Block *body = new_block(BlockPlain), *next = new_block(BlockPlain);
		Value *is = val2(OpEq64, ty_bool, chosen, const_int(ty_int64, cc->x ? index[i] : -1));
		branch(is, body, next, LIKELY_UNKNOWN);
		seal(body);
		seal(next);
		start_block(body);
		Node *comm = cc->x;
		if (comm && comm->kind == N_ASSIGN) {
			Node *rx = recv_node(comm->list2.data[0]);
			Type *et = unparen(rx->x)->type->elem;
			bool define = comm->op == TK_DEFINE;
			Node *vn = comm->list.data[0];
			if (ssa_can_ssa(et)) {
				assign_or_define(vn, load(et, recvbuf[i]), et, define);
			} else {
				Node *l = unparen(vn);
				if (define && l->kind == N_NAME && l->obj && !l->is_blank)
					declare_var(l->obj, NULL, recvbuf[i]);
				else if (!(l->kind == N_NAME && l->is_blank))
					assign_value(l, NULL, recvbuf[i]);
			}
			if (comm->list.len > 1)
				assign_or_define(comm->list.data[1], recvok, ty_bool, define);
		}
		stmt_list(&cc->list2);
		jump(exit);
		start_block(next);
	}
	/* select {} (no cases): selectgo parks the goroutine forever */
	jump(exit);
	pop_targets(label);
	continue_at(exit);
}

static void stmt_list(Vec *l) {
	for (int i = 0; i < l->len; i++)
		stmt(l->data[i]);
}

static void stmt(Node *n) {
	if (!n)
		return;
	if (!B->cur && n->kind != N_LABELED) {
		find_lits(n);
		return;
	}
	Pos save = B->pos;
	if (n->pos.line)
		B->pos = n->pos;
	switch (n->kind) {
	case N_EMPTY:
	case N_BAD:
		break;
	case N_BLOCK:
		stmt_list(&n->list);
		break;
	case N_EXPRSTMT: {
		Node *x = unparen(n->x);
		if (is_call(x)) {
			CallResult *cr = NULL;
			if (x->type && x->type->kind != TY_TUPLE && x->type->kind != TY_INVALID && ssa_can_ssa(x->type))
				expr(x);
			else
				call_expr(x, &cr);
		} else if (x->kind == N_BUILTINCALL) {
			builtin_call(x);
		} else if (x->kind == N_UNARY && x->op == TK_ARROW) {
			chan_recv(x->x, NULL, false);
		} else {
			expr(x);
		}
		break;
	}
	case N_ASSIGN:
		assign_stmt(n);
		break;
	case N_INCDEC: {
		Node *l = unparen(n->x);
		Value *one;
		if (type_is_complex(l->type)) {
			Type *ft = l->type->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
			one = val2(OpComplexMake, l->type, ssa_const_float(B->f, ft, 1), ssa_const_float(B->f, ft, 0));
		} else if (type_is_float(l->type)) {
			one = ssa_const_float(B->f, l->type, 1);
		} else {
			one = const_int(l->type, 1);
		}
		if (simple_lhs(l) || lhs_in_registers(l)) {
			Value *x = expr(l);
			assign_value(l, arith(n->op == TK_INC ? TK_ADD : TK_SUB, l->type, x, one, l->type), NULL);
		} else {
			Value *p = lvalue_addr(l);
			Value *x = load(l->type, p);
			store(l->type, p, arith(n->op == TK_INC ? TK_ADD : TK_SUB, l->type, x, one, l->type));
		}
		break;
	}
	case N_DECLSTMT:
		for (int i = 0; i < n->list.len; i++) {
			Node *s = n->list.data[i];
			if (s->kind == N_VARSPEC)
				var_spec(s);
		}
		break;
	case N_VARSPEC:
		var_spec(n);
		break;
	case N_CONSTSPEC:
	case N_TYPESPEC:
		break;
	case N_IF:
		if_stmt(n);
		break;
	case N_FOR:
		for_stmt(n, NULL);
		break;
	case N_RANGE:
		range_stmt(n, NULL);
		break;
	case N_SWITCH:
		switch_stmt(n, NULL);
		break;
	case N_LABELED: {
		Block *lb = label_block(n);
		jump(lb);
		start_block(lb);
		Node *s = n->body;
		if (s && s->kind == N_FOR)
			for_stmt(s, n);
		else if (s && s->kind == N_RANGE)
			range_stmt(s, n);
		else if (s && s->kind == N_SWITCH)
			switch_stmt(s, n);
		else if (s && s->kind == N_TYPESWITCH)
			type_switch_stmt(s, n);
		else if (s && s->kind == N_SELECT)
			select_stmt(s, n);
		else if (s && (s->kind == N_BLOCK || s->kind == N_IF)) {
			Block *after = new_block(BlockPlain);
			push_targets(n, after, NULL);
			stmt(s);
			B->targets.len--;
			jump(after);
			continue_at(after);
		} else
			stmt(s);
		break;
	}
	case N_BRANCH: {
		if (n->op == TK_GOTO) {
			jump(label_block(n->target));
			break;
		}
		if (n->op == TK_FALLTHROUGH)
			break; /* handled by switch_stmt */
		Targets *t = find_targets(n->target);
		if (!t) {
			ice("no target for %s", tok_text[n->op]);
		}
		jump(n->op == TK_BREAK ? t->brk : t->cont);
		break;
	}
	case N_RETURN: {
		Type *ft = B->ftype;
		int nres = ft->results.len;
		Vec *rl = &n->list;
		if (rl->len == 1 && nres > 1) {
			Node *r = unparen(rl->data[0]);
			CallResult *cr = NULL;
			call_expr(r, &cr);
			Obj **res = NEWARRAY(fn_arena, Obj *, nres);
			for (int i = 0; i < nres; i++) {
				Obj *o = NULL;
				for (int j = 0; j < B->fn->locals.len; j++) {
					Obj *c = B->fn->locals.data[j];
					if (c->vclass == VC_RESULT && c->index == i)
						o = c;
				}
				res[i] = o;
			}
			for (int i = 0; i < nres && cr; i++) {
				Type *t = ((Field *)ft->results.data[i])->type;
				Type *ct = ((Field *)cr->ftype->results.data[i])->type;  // may differ: return f() converts
				if (ssa_can_ssa(t) && ssa_can_ssa(ct)) {
					Value *v = call_result(cr, i);
					if (res[i])
						write_local(res[i], assign_conv(v, ct, res[i]->type));
				} else if (ssa_can_ssa(t)) {  // a value in memory into an interface result
					if (res[i])
						write_local(res[i], to_iface(ct, res[i]->type, NULL, cr->ptrs[i]));
				} else if (res[i]) {
					move(t, var_addr(res[i]), cr->ptrs[i]);
				}
			}
		} else if (rl->len > 0) {
			Value **vals = NEWARRAY(fn_arena, Value *, rl->len);
			for (int i = 0; i < rl->len; i++) {
				Node *r = rl->data[i];
				Type *t = ((Field *)ft->results.data[i])->type;
				if (ssa_can_ssa(t)) {
					vals[i] = expr(r);
				} else {
					vals[i] = temp_addr(t);
					expr_into(r, vals[i]);
				}
			}
			for (int i = 0; i < rl->len; i++) {
				Obj *o = NULL;
				for (int j = 0; j < B->fn->locals.len; j++) {
					Obj *c = B->fn->locals.data[j];
					if (c->vclass == VC_RESULT && c->index == i)
						o = c;
				}
				if (!o)
					continue;
				Type *t = ((Field *)ft->results.data[i])->type;
				if (ssa_can_ssa(t))
					write_local(o, vals[i]);
				else
					move(t, var_addr(o), vals[i]);
			}
		}
		do_return();
		break;
	}
	case N_GO:
		go_stmt(n);
		break;
	case N_DEFER:
		defer_stmt(n);
		break;
	case N_SELECT:
		select_stmt(n, NULL);
		break;
	case N_SEND:
		chan_send(n);
		break;
	case N_TYPESWITCH:
		type_switch_stmt(n, NULL);
		break;
	default:
		diag_unsupported(n->pos, arena_printf(perm, "statement %s", node_kind_name(n->kind)));
		break;
	}
	B->pos = save;
}

/* Jump to the function's shared exit, which returns the result variables. */
static void do_return(void) {
	if (!B->exit)
		B->exit = new_block(BlockRet);
	jump(B->exit);
}

static void finish_exit(void) {
	Block *ex = B->exit;
	if (!ex)
		return;
	seal(ex);
	if (ex->preds.len == 0) {
		ex->kind = BlockExit; /* unreachable; deadcode removes it */
		B->cur = ex;
		ssa_set_control(ex, mem());
		B->cur = NULL;
		return;
	}
	start_block(ex);
	ex->kind = BlockRet;
	if (B->deferframe) {
		/* at the closing brace, as gc's deferreturn: runtime.Caller(1) in a
		 * deferred function reports that line (test/fixedbugs/issue14646.go) */
		Pos saved = B->pos;
		if (B->fn && B->fn->body && B->fn->body->epos.line)
			B->pos = B->fn->body->epos;
		Value *a[] = {B->deferframe};
		rtcall("deferreturn", a, 1, NULL);
		B->pos = saved;
	}
	Type *ft = B->ftype;
	int nres = ft->results.len;
	Value *mr = ssa_value_new(ex, OpMakeResult, NULL, B->pos);
	Type *elems[64];
	int n = 0;
	for (int i = 0; i < nres; i++) {
		Type *t = ((Field *)ft->results.data[i])->type;
		Obj *o = NULL;
		for (int j = 0; j < B->fn->locals.len; j++) {
			Obj *c = B->fn->locals.data[j];
			if (c->vclass == VC_RESULT && c->index == i)
				o = c;
		}
		if (!o)
			ice("result %d has no variable", i);
		if (ssa_can_ssa(t)) {
			ssa_add_arg(mr, read_local(o));
			if (n < 62)
				elems[n++] = t;
		} else {
			move(t, B->result_ptrs.data[i], var_addr(o));
		}
	}
	ssa_add_arg(mr, mem());
	elems[n++] = ty_mem;
	mr->type = ssa_tuple_type(elems, n);
	/* MakeResult must come after the moves above */
	for (int i = 0; i < ex->values.len; i++)
		if (ex->values.data[i] == mr) {
			vec_remove(&ex->values, i);
			break;
		}
	vec_push(&ex->values, mr);
	ssa_set_control(ex, mr);
	B->cur = NULL;
}

/* ---------------- functions ---------------- */

static const char *short_name(const char *linkname) {
	/* gc's dumps name functions without the package: main.f → f, main.(*T).M → (*T).M,
	 * example.com/m/sub.F → F (the package path ends at the first dot after its last slash) */
	const char *slash = strrchr(linkname, '/');
	const char *paren = strchr(linkname, '(');
	if (slash && paren && paren < slash) /* a slash inside (*T) cannot happen; be safe */
		slash = NULL;
	const char *dot = strchr(slash ? slash : linkname, '.');
	return dot ? dot + 1 : linkname;
}

static Func *begin_func(const char *symbol, Node *fn, Type *ftype) {
	B = NEW(fn_arena, Builder);
	Func *f = ssa_func_new(short_name(symbol));
	f->symbol = symbol;
	f->decl = fn;
	f->type = ftype;
	if (fn && fn->kind == N_FUNCDECL && (lex_pragmas_before(fn->pos) & PRAGMA_NOINLINE))
		f->noinline = true;  /* //go:noinline */
	B->f = f;
	B->fn = fn;
	B->ftype = ftype;
	B->pos = fn ? fn->pos : (Pos){0};
	f->entry = new_block(BlockPlain);
	seal(f->entry);
	start_block(f->entry);
	write_var(mem_key, f->entry, val0(OpInitMem, ty_mem));
	return f;
}

static void end_func(void) {
	if (B->cur)
		do_return();
	/* seal everything left (goto targets) */
	for (int i = 0; i < B->f->blocks.len; i++)
		if (B->f->blocks.data[i] != B->exit)
			seal(B->f->blocks.data[i]);
	finish_exit();
	for (int i = 0; i < B->f->blocks.len; i++)
		seal(B->f->blocks.data[i]);
	/* blocks never terminated are join points nothing reaches (both arms of
	 * an if returned, a loop without exit...): drop them */
	Vec keep = {0};
	for (int i = 0; i < B->f->blocks.len; i++) {
		Block *b = B->f->blocks.data[i];
		if (b->kind == BlockPlain && b->succs.len == 0) {
			if (b->preds.len)
				ice("block b%d left open in %s", b->id, B->f->name);
			for (int j = 0; j < b->values.len; j++) {
				Value *v = b->values.data[j];
				ssa_reset_args(v);
				v->op = OpInvalid;
				v->block = NULL;
			}
			continue;
		}
		vec_push(&keep, b);
	}
	free(B->f->blocks.data);
	B->f->blocks = keep;
}

static Value *new_arg(Obj *o, Type *t, int kind) {
	Value *a = val0(OpArg, t);
	a->aux = o;
	a->auxint = kind;
	return a;
}

/* Params, results and captured context of fn. */
static void func_prologue(Node *fn, Type *ft, bool closure) {
	Func *f = B->f;
	if (closure) {
		Obj *ctx = NEW(perm, Obj);
		ctx->kind = OBJ_VAR;
		ctx->name = ".closureptr";
		ctx->type = ty_unsafeptr;
		B->closure_ctx = new_arg(ctx, ty_unsafeptr, 3);
		f->is_closure = true;
	}
	Obj *recv = NULL;
	Vec params = {0}, results = {0};
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = fn->locals.data[i];
		if (o->vclass == VC_PARAM) {
			if (o->index < 0)
				recv = o;
			else
				vec_push(&params, o);
		} else if (o->vclass == VC_RESULT) {
			vec_push(&results, o);
		}
	}
	/* results: pointers first */
	for (int i = 0; i < ft->results.len; i++) {
		Type *t = ((Field *)ft->results.data[i])->type;
		Value *rp = NULL;
		if (!ssa_can_ssa(t)) {
			Obj *ro = NULL;
			for (int j = 0; j < results.len; j++)
				if (((Obj *)results.data[j])->index == i)
					ro = results.data[j];
			rp = new_arg(ro, ptr_to(t), 2);
			f->has_result_ptrs = true;
		}
		vec_push(&B->result_ptrs, rp);
	}
	/* receiver then params, in order; values first, declarations after */
	Vec order = {0};
	if (recv)
		vec_push(&order, recv);
	else if (fn->kind == N_FUNCDECL && fn->recv) {
		/* unnamed receiver: still an argument */
		vec_push(&order, NULL);
	}
	for (int i = 0; i < ft->params.len; i++) {
		Obj *po = NULL;
		for (int j = 0; j < params.len; j++)
			if (((Obj *)params.data[j])->index == i)
				po = params.data[j];
		vec_push(&order, po);
	}
	Vec argvals = {0};
	for (int i = 0; i < order.len; i++) {
		Obj *o = order.data[i];
		Type *t;
		if (fn->kind == N_FUNCDECL && fn->recv && i == 0)
			t = o ? o->type : fn->recv->type ? fn->recv->type : fn->recv->x->type;
		else
			t = ((Field *)ft->params.data[i - (fn->kind == N_FUNCDECL && fn->recv ? 1 : 0)])->type;
		Value *a = ssa_can_ssa(t) ? new_arg(o, t, 0) : new_arg(o, ptr_to(t), 1);
		vec_push(&argvals, a);
	}
	for (int i = 0; i < order.len; i++) {
		Obj *o = order.data[i];
		Value *a = argvals.data[i];
		if (!o || (o->name && o->name[0] == '_' && o->name[1] == 0))
			continue;
		VarInfo *vi = var_info(o);
		if (a->auxint == 1) {
			if (vi->kind == VK_STACK) {
				vi->param_ref = a;
				continue;
			}
			declare_var(o, NULL, a);
		} else {
			declare_var(o, a, NULL);
		}
	}
	/* results start as zero values */
	for (int i = 0; i < results.len; i++)
		declare_var(results.data[i], NULL, NULL);
	if (B->deferframe)
		defer_prologue();
}

static void build_body(Node *fn, const char *symbol, Type *ft, Node *body, bool closure) {
	begin_func(symbol, fn, ft);
	if (has_defer(body))
		B->deferframe = (Value *)1; /* placeholder: results go to memory; set by defer_prologue */
	func_prologue(fn, ft, closure);
	stmt(body);
	end_func();
	emit_fn(B->f);
	arena_reset(fn_arena);
	B = NULL;
}

static void build_func(Node *fn) {
	Obj *o = fn->obj;
	if (!fn->body)
		return; /* declared without body (assembly): the runtime provides it */
	build_body(fn, o->linkname, o->type, fn->body, false);
}

static void build_defer_thunk(DeferPlan *dp);

static void build_lits(void) {
	while (pending_lits.len || pending_wrappers.len || pending_thunks.len || pending_expr_wrappers.len ||
	       pending_ptr_wrappers.len) {
		if (pending_ptr_wrappers.len) {
			Method *m = vec_pop(&pending_ptr_wrappers);
			Type *T = vec_pop(&pending_ptr_wrappers);
			build_ptr_wrapper(T, m, true);
			continue;
		}
		if (pending_expr_wrappers.len) {
			build_expr_wrapper(vec_pop(&pending_expr_wrappers));
			continue;
		}
		if (pending_thunks.len) {
			build_defer_thunk(vec_pop(&pending_thunks));
			emit_fn(B->f);
			arena_reset(fn_arena);
			B = NULL;
			continue;
		}
		if (pending_wrappers.len) {
			build_wrapper(vec_pop(&pending_wrappers));
			continue;
		}
		Node *lit = vec_pop(&pending_lits);
		build_body(lit, lit->obj->linkname, lit->type, lit->body, true);
	}
}

/* A call of a Go function without parameters or results. */
static void call_void(Obj *fo) {
	Value *call = ssa_value_new(B->cur, OpStaticLECall, NULL, B->pos);
	Type *elems[] = {ty_mem};
	call->type = ssa_tuple_type(elems, 1);
	AuxCall *ac = NEW(fn_arena, AuxCall);
	ac->fn = fo->linkname;
	ac->func = fo;
	ac->sig = fo->type;
	call->aux = ac;
	ssa_add_arg(call, mem());
	set_mem(select_n(call, ty_mem, 0));
}

/* The package's init function P.init plays the role of gc's inittask
 * (runtime.doInit) too: it runs once (the flag P..inittask), first the init
 * functions of the packages P imports, in pkg->imports order, then P's
 * variable initialisation, then P's init functions in file order. The
 * runtime calls main.init, so every package is initialised exactly once,
 * imported packages first, in gc's order. */
static Obj *init_func_obj(Package *p) {
	Obj *fo = NEW(perm, Obj);
	fo->kind = OBJ_FUNC;
	fo->name = "init";
	fo->pkg = p->path;
	fo->linkname = arena_printf(perm, "%s.init", p->path ? p->path : "main");
	fo->type = type_new(TY_FUNC);
	return fo;
}

/* One step of pkg->init_order that staticinit.c left as it stands. */
static void init_stmt(Node *s) {
	B->pos = s->pos;
	if (s->kind == N_VARSPEC) {
		int nn = s->list.len, nv = s->list2.len;
		if (nv == 0)
			return;
		if (nv == 1 && nn > 1) {
			Node *r = unparen(s->list2.data[0]);
			CallResult *cr = NULL;
			if (r->kind == N_CALL) {
				call_expr(r, &cr);
			} else {
				Value *v, *ok;
				if (nn == 2 && comma_ok(r, &v, &ok)) {
					Node *n0 = s->list.data[0], *n1 = s->list.data[1];
					if (n0->obj)
						store(n0->obj->type, var_addr(n0->obj), assign_conv(v, r->type, n0->obj->type));
					if (n1->obj)
						store(n1->obj->type, var_addr(n1->obj), assign_conv(ok, ty_bool, n1->obj->type));
				}
				return;
			}
			for (int j = 0; cr && j < nn && j < cr->nres; j++) {
				Node *name = s->list.data[j];
				Type *t = ((Field *)cr->ftype->results.data[j])->type;
				if (!name->obj)
					continue;
				if (ssa_can_ssa(t))
					store(name->obj->type, var_addr(name->obj), assign_conv(call_result(cr, j), t, name->obj->type));
				else
					move(t, var_addr(name->obj), cr->ptrs[j]);
			}
			return;
		}
		for (int j = 0; j < nn && j < nv; j++) {
			Node *name = s->list.data[j];
			Node *r = s->list2.data[j];
			if (!name->obj) {
				if (ssa_can_ssa(r->type))
					expr(r);
				else
					addr(r);
				continue;
			}
			expr_into(r, var_addr(name->obj));
		}
	} else {
		stmt(s);
	}
}

static void build_init(Package *pkg, StaticInit *si) {
	static Node fake;
	fake.kind = N_FUNCDECL;
	Obj *self = init_func_obj(pkg);
	begin_func(self->linkname, &fake, self->type);
	Obj *done = NEW(perm, Obj);
	done->kind = OBJ_VAR;
	done->vclass = VC_GLOBAL;
	done->name = "..inittask";
	done->type = ty_bool;
	done->pkg = pkg->path;
	done->linkname = arena_printf(perm, "%s..inittask", pkg->path ? pkg->path : "main");
	Value *flag = var_addr(done);
	Block *again = new_block(BlockPlain), *first = new_block(BlockPlain);
	branch(load(ty_bool, flag), again, first, LIKELY_NO);
	seal(again);
	start_block(again);
	do_return();
	seal(first);
	start_block(first);
	store(ty_bool, flag, const_int(ty_bool, 1));
	for (int i = 0; i < pkg->imports.len; i++)
		call_void(init_func_obj(pkg->imports.data[i]));
	for (int i = 0; i < si->steps.len && B->cur; i++) {
		InitStep *st = si->steps.data[i];
		if (st->stmt) {
			init_stmt(st->stmt);
			continue;
		}
		B->pos = st->expr ? st->expr->pos : B->pos;
		Value *dst = val1(OpOffPtr, ptr_to(st->type), var_addr(st->dst));
		dst->auxint = st->off;
		if (st->expr) {
			expr_into(st->expr, dst);
			continue;
		}
		Value *src = val1(OpOffPtr, ptr_to(st->type), var_addr(st->src));
		src->auxint = st->srcoff;
		if (ssa_can_ssa(st->type))
			store(st->type, dst, load(st->type, src));
		else
			move(st->type, dst, src);
	}
	for (int i = 0; i < pkg->inits.len && B->cur; i++)
		call_void(pkg->inits.data[i]);
	B->fn->locals.len = 0;
	end_func();
	emit_fn(B->f);
	arena_reset(fn_arena);
	B = NULL;
}


/* gc's autogenerated (*T).M for value methods: the method set of *T includes
 * T's value methods, and an interface holding a non-pointer-shaped T keeps a
 * *T in its data word, so itabs point at these (runtime/abi.h GoMethod.ifn). */
static void build_ptr_wrapper(Type *T, Method *m, bool dupok) {
	static Node fake;
	fake.kind = N_FUNCDECL;
	Obj *mf = m->func;
	Type *ft = m->type;
	Type *pt = ptr_to(T);
	const char *sym = arena_printf(perm, "%s.(*%s).%s", type_pkg_path(T), T->named->name, m->name);
	Obj *fo = wrapper_func_obj(sym, m, pt);
	begin_func(sym, &fake, ft);
	B->f->obj = fo;
	B->f->dupok = dupok;
	wrapper_prologue();
	Value *args[256];
	int na = wrapper_result_args(ft, args);
	Value *p = new_arg(param_obj("~p", pt, VC_PARAM, -1), pt, 0);
	{ /* a nil receiver: gc's panicwrap */
		Block *okb = new_block(BlockPlain), *bad = new_block(BlockPlain);
		branch(val1(OpIsNonNil, ty_bool, p), okb, bad, LIKELY_YES);
		seal(okb);
		seal(bad);
		start_block(bad);
		const char *text = arena_printf(perm, "value method %s.%s.%s called using nil *%s pointer", type_pkg_path(T),
		                                T->named->name, m->name, T->named->name);
		Value *str = ssa_str_const(text, (int64_t)strlen(text));
		Value *a[] = {val1(OpStringPtr, ty_unsafeptr, str), val1(OpStringLen, ty_int, str)};
		rt_noreturn("panicwrap", a, 2);
		start_block(okb);
	}
	if (ssa_can_ssa(T)) {
		args[na++] = load(T, p);
	} else {
		Value *tmp = temp_addr(T);
		move(T, tmp, p);
		args[na++] = tmp;
	}
	na = wrapper_param_args(ft, args, na);
	wrapper_call_and_return(OpStaticLECall, mf, mf->type, ft, NULL, args, na);
}

static void build_ptr_wrappers(Package *pkg) {
	for (int i = 0; i < pkg->types.len; i++) {
		Type *T = pkg->types.data[i];
		if (!T || !T->named || T->kind == TY_INTERFACE || T->kind == TY_POINTER || type_is_direct_iface(T))
			continue;
		for (int j = 0; j < T->methods.len; j++) {
			Method *m = T->methods.data[j];
			if (!m->ptr_recv && m->func && m->func->type && m->func->type->recv)
				build_ptr_wrapper(T, m, false);
		}
	}
}

void ssagen_package(Package *pkg, StaticInit *si, void (*emit)(Func *f)) {
	cur_pkg = pkg;
	emit_fn = emit;
	/* each package's module defines the wrappers it uses (DUPOK) */
	free(wrappers_made.e);
	memset(&wrappers_made, 0, sizeof wrappers_made);
	free(expr_wrappers_made.e);
	memset(&expr_wrappers_made, 0, sizeof expr_wrappers_made);
	free(ptr_wrappers_made.e);
	memset(&ptr_wrappers_made, 0, sizeof ptr_wrappers_made);
	for (int i = 0; i < pkg->funcs.len; i++) {
		build_func(pkg->funcs.data[i]);
		build_lits();
	}
	for (int i = 0; i < si->funclits.len; i++)
		vec_push(&pending_lits, si->funclits.data[i]); /* closures in static data */
	build_init(pkg, si);
	build_lits();
	build_ptr_wrappers(pkg);
}
