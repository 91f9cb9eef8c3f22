/* decompose.c — phis of aggregates become aggregates of phis (gc's
 * decompose.go), so that the rules see through them: after
 *
 *	v = Phi <string> a b          v = StringMake p l
 *	                       ==>    p = Phi <*uint8> (StringPtr a) (StringPtr b)
 *	                              l = Phi <int> (StringLen a) (StringLen b)
 *
 * StringLen v is l, and StringLen a folds too if a is a StringMake or a
 * constant (generic.rules).
 *
 * "decompose user" (before opt) splits phis of structs (StructMake0..4 of
 * a phi per field, StructSelect [i] of each argument) and of arrays of
 * length 0 or 1 (ArrayMake0/1), recursively, so a field that is itself a
 * struct is split too. "decompose builtin" (after prove, before late opt)
 * splits phis of strings, slices, interfaces (ITab and IData words, both
 * unsafe.Pointer as goc's builder makes them) and complex numbers. The
 * phi keeps its id and becomes the Make, so what named it still does; the
 * new phis follow the block's values and the selectors sit in the
 * argument's block, which dominates the edge it flows along.
 *
 * What gc also does here and goc does not:
 *   - rewrite loads, stores and arguments of these types into their parts
 *     (gc's dec.rules): goc's back end lowers strings, slices, interfaces
 *     and small structs as LLVM first-class aggregates, whose loads and
 *     stores LLVM splits itself (SROA) where only parts are used;
 *   - split named variables into per-part slots (x.ptr, x.len): goc's
 *     NamedValue names a whole variable, and the back end's debug
 *     information describes it whole, from the Make;
 *   - split 64-bit integers: goc targets amd64 only;
 *   - run at -O0: goc's back end lowers phis of aggregates as they are, so
 *     the passes are optional (compile.c).
 *
 * requires: nothing.  breaks: nothing (the old arguments may become dead).
 */
#include "ssa.h"

static Value *new_phi(Block *b, Type *t, Pos pos) { return ssa_value_new(b, OpPhi, t, pos); }

/* v = Phi args... becomes v = make (Phi (sel_i args)...)..., one phi per part */
static Value **split_phi(Value *v, Op make, int nparts, const Op *sel, const int64_t *auxint, Type **types) {
	Value **parts = NEWARRAY(fn_arena, Value *, nparts > 0 ? nparts : 1);
	for (int k = 0; k < nparts; k++)
		parts[k] = new_phi(v->block, types[k], v->pos);
	for (int i = 0; i < v->nargs; i++) {
		Value *a = v->args[i];
		for (int k = 0; k < nparts; k++) {
			Value *s = ssa_value1(a->block, sel[k], types[k], v->pos, a);
			s->auxint = auxint ? auxint[k] : 0;
			ssa_add_arg(parts[k], s);
		}
	}
	ssa_reset(v, make);
	for (int k = 0; k < nparts; k++)
		ssa_add_arg(v, parts[k]);
	return parts;
}

/* ---------------- decompose user: structs and arrays ---------------- */

static void decompose_user_phi(Value *v);

static void decompose_struct_phi(Value *v) {
	static const Op makes[] = {OpStructMake0, OpStructMake1, OpStructMake2, OpStructMake3, OpStructMake4};
	Type *t = v->type;
	int n = t->fields.len;
	if (n > 4)
		ssa_fatalf(v->block->func, "phi of a struct of %d fields: %s", n, ssa_value_string(fn_arena, v));
	Op sel[4] = {0};
	int64_t idx[4] = {0};
	Type *types[4] = {0};
	for (int i = 0; i < n; i++) {
		sel[i] = OpStructSelect;
		idx[i] = i;
		types[i] = ((Field *)VEC_AT(t->fields, i))->type;
	}
	Value **parts = split_phi(v, makes[n], n, sel, idx, types);
	for (int i = 0; i < n; i++)
		decompose_user_phi(parts[i]);
}

static void decompose_array_phi(Value *v) {
	Type *t = v->type;
	if (t->len == 0) {
		ssa_reset(v, OpArrayMake0);
		return;
	}
	if (t->len != 1)
		ssa_fatalf(v->block->func, "phi of an array of %lld elements: %s", (long long)t->len,
		           ssa_value_string(fn_arena, v));
	Op sel = OpArraySelect;
	int64_t idx = 0;
	Type *elem = t->elem;
	Value **parts = split_phi(v, OpArrayMake1, 1, &sel, &idx, &elem);
	decompose_user_phi(parts[0]);
}

static void decompose_user_phi(Value *v) {
	if (v->type->kind == TY_STRUCT)
		decompose_struct_phi(v);
	else if (v->type->kind == TY_ARRAY)
		decompose_array_phi(v);
}

/* the phis of b now, not those the splitting adds */
static void for_each_phi(Func *f, void (*fn)(Value *)) {
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		int n = b->values.len;
		for (int i = 0; i < n; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->op == OpPhi)
				fn(v);
		}
	}
}

void ssa_decompose_user(Func *f) { for_each_phi(f, decompose_user_phi); }

/* ---------------- decompose builtin: strings, slices, interfaces, complex ---------------- */

static void decompose_builtin_phi(Value *v) {
	Type *t = v->type;
	switch (t->kind) {
	case TY_STRING: {
		Op sel[] = {OpStringPtr, OpStringLen};
		Type *types[] = {type_ptr(ty_uint8), ty_int};
		split_phi(v, OpStringMake, 2, sel, NULL, types);
		break;
	}
	case TY_SLICE: {
		Op sel[] = {OpSlicePtr, OpSliceLen, OpSliceCap};
		Type *types[] = {type_ptr(t->elem), ty_int, ty_int};
		split_phi(v, OpSliceMake, 3, sel, NULL, types);
		break;
	}
	case TY_INTERFACE: {
		Op sel[] = {OpITab, OpIData};
		Type *types[] = {ty_unsafeptr, ty_unsafeptr};
		split_phi(v, OpIMake, 2, sel, NULL, types);
		break;
	}
	case TY_COMPLEX64:
	case TY_COMPLEX128: {
		Op sel[] = {OpComplexReal, OpComplexImag};
		Type *part = t->kind == TY_COMPLEX64 ? ty_float32 : ty_float64;
		Type *types[] = {part, part};
		split_phi(v, OpComplexMake, 2, sel, NULL, types);
		break;
	}
	default:
		break;
	}
}

void ssa_decompose_builtin(Func *f) { for_each_phi(f, decompose_builtin_phi); }
