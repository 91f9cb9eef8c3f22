/* types.c — Go types as LLVM types, and Go signatures as LLVM function types.
 *
 * Two forms of every type: the memory form (how a value is laid out in
 * memory: bool is i8) and the value form (how it travels in SSA values:
 * bool is i1). They differ only for bool itself; aggregates hold their
 * fields in memory form, so StructSelect of a bool field truncates and
 * StructMake of one extends.
 *
 *   ints           iN by size          float32/64    float/double
 *   pointers, maps, chans, funcs, unsafe.Pointer     ptr (opaque)
 *   string         {ptr, i64}          slice         {ptr, i64, i64}
 *   interface      {ptr, ptr}          complex64/128 {float,float}/{double,double}
 *   [n]T           [n x T]             struct        {fields...} laid out at
 *                                                    Go's offsets (see below)
 *
 * Structs: fields in memory form at their natural LLVM alignment, with
 * [k x i8] padding where Go's offset (Field.offset) is further on, and at the
 * end up to types_size (Go pads a struct ending in a zero-size field). If the
 * natural layout cannot reproduce Go's (it always can on amd64 today), the
 * struct is packed with explicit padding everywhere. Loads, stores, allocas
 * and globals carry Go's alignment explicitly, so packing costs nothing there.
 *
 * Invariant: LLVM's ABI size of amd64_mem_type(t) == types_size(t), and the
 * offset of element amd64_field_index(t, i) == field i's offset.
 */
#include "amd64.h"

typedef struct LType {
	LLVMTypeRef mem;
	int *field_index; // STRUCT: LLVM element index of each Go field
} LType;

static LType *ltype(Type *t);

static int64_t align_up(int64_t x, int64_t a) { return a > 1 ? (x + a - 1) / a * a : x; }

static LLVMTypeRef padding(int64_t n) { return LLVMArrayType2(be.t_i8, (uint64_t)n); }

/* Build the struct with padding; packed: don't rely on natural alignment.
 * Returns the type and fills idx. */
static LLVMTypeRef layout_struct(Type *t, bool packed, int *idx) {
	int nf = t->fields.len;
	LLVMTypeRef *elems = malloc(sizeof(LLVMTypeRef) * (size_t)(2 * nf + 1));
	int n = 0;
	int64_t cur = 0;
	for (int i = 0; i < nf; i++) {
		Field *fl = VEC_AT(t->fields, i);
		LLVMTypeRef ft = amd64_mem_type(fl->type);
		int64_t at = packed ? cur : align_up(cur, LLVMABIAlignmentOfType(be.td, ft));
		if (at < fl->offset) {
			elems[n++] = padding(fl->offset - cur);
			cur = fl->offset;
		} else {
			cur = at;
		}
		idx[i] = n;
		elems[n++] = ft;
		cur += types_size(fl->type);
	}
	int64_t size = types_size(t);
	if (cur < size)
		elems[n++] = padding(size - cur);
	LLVMTypeRef st = LLVMStructTypeInContext(be.ctx, elems, (unsigned)n, packed);
	free(elems);
	return st;
}

static bool layout_matches(Type *t, LLVMTypeRef st, int *idx) {
	if ((int64_t)LLVMABISizeOfType(be.td, st) != types_size(t))
		return false;
	for (int i = 0; i < t->fields.len; i++) {
		Field *fl = VEC_AT(t->fields, i);
		if ((int64_t)LLVMOffsetOfElement(be.td, st, (unsigned)idx[i]) != fl->offset)
			return false;
	}
	return true;
}

static LLVMTypeRef struct_type(Type *t, LType *lt) {
	types_size(t); // sets the field offsets
	lt->field_index = malloc(sizeof(int) * (size_t)(t->fields.len + 1));
	LLVMTypeRef st = layout_struct(t, false, lt->field_index);
	if (!layout_matches(t, st, lt->field_index)) {
		st = layout_struct(t, true, lt->field_index);
		if (!layout_matches(t, st, lt->field_index))
			ice("cannot lay out %s at Go's offsets", type_string(perm, t, true));
	}
	return st;
}

static LLVMTypeRef pair_of(LLVMTypeRef e) {
	return LLVMStructTypeInContext(be.ctx, (LLVMTypeRef[]){e, e}, 2, false);
}

static LType *ltype(Type *t) {
	if (t->backend)
		return t->backend;
	LType *lt = NEW(perm, LType);
	switch (t->kind) {
	case TY_BOOL: case TY_INT8: case TY_UINT8: lt->mem = be.t_i8; break;
	case TY_INT16: case TY_UINT16: lt->mem = be.t_i16; break;
	case TY_INT32: case TY_UINT32: lt->mem = be.t_i32; break;
	case TY_INT64: case TY_INT: case TY_UINT64: case TY_UINT: case TY_UINTPTR:
		lt->mem = be.t_i64;
		break;
	case TY_FLOAT32: lt->mem = be.t_f32; break;
	case TY_FLOAT64: lt->mem = be.t_f64; break;
	case TY_COMPLEX64: lt->mem = pair_of(be.t_f32); break;
	case TY_COMPLEX128: lt->mem = pair_of(be.t_f64); break;
	case TY_STRING: lt->mem = be.t_str; break;
	case TY_UNSAFEPTR: case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC:
	case TY_UNTYPED_NIL:
		lt->mem = be.t_ptr;
		break;
	case TY_SLICE: lt->mem = be.t_slice; break;
	case TY_INTERFACE: lt->mem = be.t_iface; break;
	case TY_ARRAY:
		if (t->len < 0)
			ice("array type of unknown length");
		lt->mem = LLVMArrayType2(amd64_mem_type(t->elem), (uint64_t)t->len);
		break;
	case TY_STRUCT: {
		Type *u = t->under && t->under != t ? t->under : NULL;
		if (u) { // a defined type shares its underlying type's layout
			LType *ul = ltype(u);
			lt->mem = ul->mem;
			lt->field_index = ul->field_index;
		} else {
			lt->mem = struct_type(t, lt);
		}
		break;
	}
	default:
		ice("no LLVM type for Go type kind %d (%s)", t->kind, type_string(perm, t, true));
	}
	t->backend = lt;
	return lt;
}

LLVMTypeRef amd64_mem_type(Type *t) { return ltype(t)->mem; }

LLVMTypeRef amd64_val_type(Type *t) {
	if (t->kind == TY_BOOL)
		return be.t_i1;
	return ltype(t)->mem;
}

int amd64_field_index(Type *st, int field) {
	LType *lt = ltype(st);
	if (st->kind != TY_STRUCT || field < 0 || field >= st->fields.len)
		ice("field %d of non-struct or out of range", field);
	return lt->field_index[field];
}

/* ---- signatures ---- */

Type *amd64_func_recv(Obj *fn) {
	if (fn->type && fn->type->recv)
		return fn->type->recv->type;
	Node *d = fn->decl;
	if (d && d->kind == N_FUNCDECL && d->recv) {
		if (d->recv->type)
			return d->recv->type;
		if (d->recv->x && d->recv->x->type)
			return d->recv->x->type;
	}
	return NULL;
}

static LLVMTypeRef param_type(Type *t) {
	return ssa_can_ssa(t) ? amd64_val_type(t) : be.t_ptr;
}

Sig amd64_sig(Type *ft, Type *recv, bool ctx) {
	Sig s = {0};
	int cap = 2 + ft->params.len + ft->results.len;
	LLVMTypeRef *params = malloc(sizeof(LLVMTypeRef) * (size_t)cap);
	LLVMTypeRef *rets = malloc(sizeof(LLVMTypeRef) * (size_t)(ft->results.len + 1));
	int n = 0;
	if (!recv && ft->recv)
		recv = ft->recv->type;
	if (ctx)
		params[n++] = be.t_ptr;
	for (int i = 0; i < ft->results.len; i++) {
		Field *r = VEC_AT(ft->results, i);
		if (ssa_can_ssa(r->type))
			rets[s.nresults++] = amd64_val_type(r->type);
		else
			params[n++] = be.t_ptr, s.nresptrs++;
	}
	if (recv)
		params[n++] = param_type(recv);
	for (int i = 0; i < ft->params.len; i++) {
		Field *p = VEC_AT(ft->params, i);
		params[n++] = param_type(p->type);
	}
	if (s.nresults == 0)
		s.ret = be.t_void;
	else if (s.nresults == 1)
		s.ret = rets[0];
	else
		s.ret = LLVMStructTypeInContext(be.ctx, rets, (unsigned)s.nresults, false);
	s.fnty = LLVMFunctionType(s.ret, params, (unsigned)n, false);
	s.nparams = n;
	s.has_recv = recv != NULL;
	s.has_ctx = ctx;
	free(params);
	free(rets);
	return s;
}

/* Convert between representations of the same Go value: i1 ↔ i8 (bools),
 * integer widths (runtime u8/i32 results), ints ↔ pointers (runtime `pair`
 * words), and element-wise for structs of the same shape. */
LLVMValueRef amd64_coerce(LLVMValueRef v, LLVMTypeRef to) {
	LLVMTypeRef from = LLVMTypeOf(v);
	if (from == to)
		return v;
	LLVMTypeKind fk = LLVMGetTypeKind(from), tk = LLVMGetTypeKind(to);
	if (fk == LLVMIntegerTypeKind && tk == LLVMIntegerTypeKind) {
		unsigned fw = LLVMGetIntTypeWidth(from), tw = LLVMGetIntTypeWidth(to);
		if (tw == 1)
			return LLVMBuildICmp(be.b, LLVMIntNE, v, LLVMConstNull(from), "");
		if (tw < fw)
			return LLVMBuildTrunc(be.b, v, to, "");
		return fw <= 8 ? LLVMBuildZExt(be.b, v, to, "") : LLVMBuildSExt(be.b, v, to, "");
	}
	if (fk == LLVMPointerTypeKind && tk == LLVMIntegerTypeKind)
		return amd64_coerce(LLVMBuildPtrToInt(be.b, v, be.t_i64, ""), to);
	if (fk == LLVMIntegerTypeKind && tk == LLVMPointerTypeKind)
		return LLVMBuildIntToPtr(be.b, amd64_coerce(v, be.t_i64), to, "");
	if (fk == LLVMStructTypeKind && tk == LLVMStructTypeKind &&
	    LLVMCountStructElementTypes(from) == LLVMCountStructElementTypes(to)) {
		LLVMValueRef r = LLVMGetUndef(to);
		unsigned n = LLVMCountStructElementTypes(to);
		for (unsigned i = 0; i < n; i++) {
			LLVMValueRef e = LLVMBuildExtractValue(be.b, v, i, "");
			r = LLVMBuildInsertValue(be.b, r, amd64_coerce(e, LLVMStructGetTypeAtIndex(to, i)), i, "");
		}
		return r;
	}
	char *a = LLVMPrintTypeToString(from), *b = LLVMPrintTypeToString(to);
	ice("cannot convert LLVM %s to %s", a, b);
}
