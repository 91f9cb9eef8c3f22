/* opt.c — generic rewrites, by hand until tools/rulegen generates
 * rewrite_generic.c from ssa/rules/generic.rules (gc's opt pass:
 * applyRewrite(f, rewriteBlockgeneric, rewriteValuegeneric)). Each rule
 * below is written as its generic.rules line would be.
 *
 * Values are rewritten in place (the result keeps the value's id, type and
 * position, as gc's v.reset does); a rule yielding an existing value makes
 * the matched value a Copy of it. Arguments and controls are copy-eliminated
 * as the pass goes, and everything repeats until nothing changes. Dead values
 * are left for the deadcode pass that follows.
 *
 * Integer constants fold with Go's wrap-around semantics at the op's width;
 * constants' auxint stay sign-extended from their width. Division and
 * modulus by a zero constant are never folded (the program must panic).
 *
 * requires: nothing.  breaks: nothing (leaves dead values and blocks).
 */
#include "ssa.h"

typedef enum FoldKind {
	K_NONE,
	K_ADD, K_SUB, K_MUL, K_AND, K_OR, K_XOR,
	K_DIV, K_DIVU, K_MOD, K_MODU,
	K_NEG, K_COM,
	K_LSH, K_RSH, K_RSHU,              // w: width shifted, w2: width of the amount
	K_EQ, K_NEQ, K_LESS, K_LESSU, K_LEQ, K_LEQU,
	K_SEXT, K_ZEXT, K_TRUNC,           // from w to w2
} FoldKind;

typedef struct FoldInfo {
	unsigned char kind, w, w2;
} FoldInfo;

static FoldInfo fold[OP_COUNT];

static void set(Op op, FoldKind k, int w, int w2) { fold[op] = (FoldInfo){(unsigned char)k, (unsigned char)w, (unsigned char)w2}; }

static void init_fold(void) {
#define W(K, name) set(Op##name##8, K, 8, 0), set(Op##name##16, K, 16, 0), set(Op##name##32, K, 32, 0), set(Op##name##64, K, 64, 0)
#define WU(K, name, u) set(Op##name##8##u, K, 8, 0), set(Op##name##16##u, K, 16, 0), set(Op##name##32##u, K, 32, 0), set(Op##name##64##u, K, 64, 0)
#define SH1(K, name, w, u) set(Op##name##w##u##x8, K, w, 8), set(Op##name##w##u##x16, K, w, 16), set(Op##name##w##u##x32, K, w, 32), set(Op##name##w##u##x64, K, w, 64)
#define SH(K, name, u) SH1(K, name, 8, u), SH1(K, name, 16, u), SH1(K, name, 32, u), SH1(K, name, 64, u)
	W(K_ADD, Add); W(K_SUB, Sub); W(K_MUL, Mul); W(K_AND, And); W(K_OR, Or); W(K_XOR, Xor);
	W(K_DIV, Div); WU(K_DIVU, Div, u); W(K_MOD, Mod); WU(K_MODU, Mod, u);
	W(K_NEG, Neg); W(K_COM, Com);
	SH(K_LSH, Lsh, ); SH(K_RSH, Rsh, ); SH(K_RSHU, Rsh, U);
	W(K_EQ, Eq); W(K_NEQ, Neq); W(K_LESS, Less); WU(K_LESSU, Less, U); W(K_LEQ, Leq); WU(K_LEQU, Leq, U);
#undef W
#undef WU
#undef SH1
#undef SH
	set(OpSignExt8to16, K_SEXT, 8, 16), set(OpSignExt8to32, K_SEXT, 8, 32), set(OpSignExt8to64, K_SEXT, 8, 64);
	set(OpSignExt16to32, K_SEXT, 16, 32), set(OpSignExt16to64, K_SEXT, 16, 64), set(OpSignExt32to64, K_SEXT, 32, 64);
	set(OpZeroExt8to16, K_ZEXT, 8, 16), set(OpZeroExt8to32, K_ZEXT, 8, 32), set(OpZeroExt8to64, K_ZEXT, 8, 64);
	set(OpZeroExt16to32, K_ZEXT, 16, 32), set(OpZeroExt16to64, K_ZEXT, 16, 64), set(OpZeroExt32to64, K_ZEXT, 32, 64);
	set(OpTrunc16to8, K_TRUNC, 16, 8), set(OpTrunc32to8, K_TRUNC, 32, 8), set(OpTrunc32to16, K_TRUNC, 32, 16);
	set(OpTrunc64to8, K_TRUNC, 64, 8), set(OpTrunc64to16, K_TRUNC, 64, 16), set(OpTrunc64to32, K_TRUNC, 64, 32);
}

static int64_t sext(uint64_t x, int w) {
	switch (w) {
	case 8: return (int8_t)x;
	case 16: return (int16_t)x;
	case 32: return (int32_t)x;
	default: return (int64_t)x;
	}
}

static uint64_t zext(int64_t x, int w) { return w >= 64 ? (uint64_t)x : (uint64_t)x & ((1ull << w) - 1); }

static Op const_op(int w) {
	switch (w) {
	case 8: return OpConst8;
	case 16: return OpConst16;
	case 32: return OpConst32;
	default: return OpConst64;
	}
}

static bool is_iconst(Value *v) {
	return v->op == OpConst8 || v->op == OpConst16 || v->op == OpConst32 || v->op == OpConst64;
}

static bool is_iconst_val(Value *v, int64_t c) { return is_iconst(v) && v->auxint == c; }

static bool to_const(Value *v, Op op, int64_t c) {
	ssa_reset(v, op);
	v->auxint = c;
	return true;
}

static bool to_copy(Value *v, Value *a) {
	ssa_copy_of(v, a);
	return true;
}

/* (Op (Const [c]) (Const [d])) => (Const [c op d]) for every integer op */
static bool fold_consts(Value *v, FoldInfo fi) {
	int w = fi.w;
	Value *x = v->args[0];
	if (!is_iconst(x))
		return false;
	int64_t c = x->auxint;
	switch (fi.kind) {
	case K_NEG: return to_const(v, const_op(w), sext(-(uint64_t)c, w));
	case K_COM: return to_const(v, const_op(w), sext(~(uint64_t)c, w));
	case K_SEXT: return to_const(v, const_op(fi.w2), sext((uint64_t)c, w));
	case K_ZEXT: return to_const(v, const_op(fi.w2), sext(zext(c, w), fi.w2));
	case K_TRUNC: return to_const(v, const_op(fi.w2), sext((uint64_t)c, fi.w2));
	default: break;
	}
	Value *y = v->args[1];
	if (!is_iconst(y))
		return false;
	int64_t d = y->auxint;
	uint64_t uc = zext(c, w), ud = zext(d, w);
	switch (fi.kind) {
	case K_ADD: return to_const(v, const_op(w), sext((uint64_t)c + (uint64_t)d, w));
	case K_SUB: return to_const(v, const_op(w), sext((uint64_t)c - (uint64_t)d, w));
	case K_MUL: return to_const(v, const_op(w), sext((uint64_t)c * (uint64_t)d, w));
	case K_AND: return to_const(v, const_op(w), c & d);
	case K_OR: return to_const(v, const_op(w), c | d);
	case K_XOR: return to_const(v, const_op(w), c ^ d);
	case K_DIV:
		if (d == 0)
			return false;
		if (d == -1) /* MIN / -1 wraps to MIN */
			return to_const(v, const_op(w), sext(-(uint64_t)c, w));
		return to_const(v, const_op(w), sext((uint64_t)(c / d), w));
	case K_MOD:
		if (d == 0)
			return false;
		return to_const(v, const_op(w), d == -1 ? 0 : c % d);
	case K_DIVU:
		if (ud == 0)
			return false;
		return to_const(v, const_op(w), sext(uc / ud, w));
	case K_MODU:
		if (ud == 0)
			return false;
		return to_const(v, const_op(w), sext(uc % ud, w));
	case K_LSH: {
		uint64_t s = zext(d, fi.w2);
		return to_const(v, const_op(w), s >= (uint64_t)w ? 0 : sext((uint64_t)c << s, w));
	}
	case K_RSH: {
		uint64_t s = zext(d, fi.w2);
		return to_const(v, const_op(w), s >= (uint64_t)w ? (c < 0 ? -1 : 0) : c >> s);
	}
	case K_RSHU: {
		uint64_t s = zext(d, fi.w2);
		return to_const(v, const_op(w), s >= (uint64_t)w ? 0 : sext(uc >> s, w));
	}
	case K_EQ: return to_const(v, OpConstBool, c == d);
	case K_NEQ: return to_const(v, OpConstBool, c != d);
	case K_LESS: return to_const(v, OpConstBool, c < d);
	case K_LEQ: return to_const(v, OpConstBool, c <= d);
	case K_LESSU: return to_const(v, OpConstBool, uc < ud);
	case K_LEQU: return to_const(v, OpConstBool, uc <= ud);
	default: return false;
	}
}

/* identities with one constant or equal operands */
static bool fold_identities(Value *v, FoldInfo fi) {
	int w = fi.w;
	Value *x = v->args[0], *y = v->nargs > 1 ? v->args[1] : NULL;
	switch (fi.kind) {
	case K_ADD: /* (Add x (Const [0])) => x */
	case K_OR:  /* (Or x (Const [0])) => x */
	case K_XOR: /* (Xor x (Const [0])) => x */
		if (is_iconst_val(y, 0))
			return to_copy(v, x);
		if (is_iconst_val(x, 0))
			return to_copy(v, y);
		if (fi.kind == K_XOR && x == y) /* (Xor x x) => (Const [0]) */
			return to_const(v, const_op(w), 0);
		if (fi.kind == K_OR) {
			if (x == y) /* (Or x x) => x */
				return to_copy(v, x);
			if (is_iconst_val(x, -1) || is_iconst_val(y, -1)) /* (Or x (Const [-1])) => (Const [-1]) */
				return to_const(v, const_op(w), -1);
		}
		return false;
	case K_SUB:
		if (is_iconst_val(y, 0)) /* (Sub x (Const [0])) => x */
			return to_copy(v, x);
		if (x == y) /* (Sub x x) => (Const [0]) */
			return to_const(v, const_op(w), 0);
		return false;
	case K_MUL:
		if (is_iconst_val(x, 0) || is_iconst_val(y, 0)) /* (Mul x (Const [0])) => (Const [0]) */
			return to_const(v, const_op(w), 0);
		if (is_iconst_val(y, 1)) /* (Mul x (Const [1])) => x */
			return to_copy(v, x);
		if (is_iconst_val(x, 1))
			return to_copy(v, y);
		return false;
	case K_AND:
		if (is_iconst_val(x, 0) || is_iconst_val(y, 0)) /* (And x (Const [0])) => (Const [0]) */
			return to_const(v, const_op(w), 0);
		if (is_iconst_val(y, -1)) /* (And x (Const [-1])) => x */
			return to_copy(v, x);
		if (is_iconst_val(x, -1))
			return to_copy(v, y);
		if (x == y) /* (And x x) => x */
			return to_copy(v, x);
		return false;
	case K_LSH:
	case K_RSH:
	case K_RSHU:
		if (is_iconst_val(y, 0)) /* (Lsh x (Const [0])) => x */
			return to_copy(v, x);
		if (is_iconst_val(x, 0)) /* (Lsh (Const [0]) _) => (Const [0]) */
			return to_const(v, const_op(w), 0);
		return false;
	case K_EQ: case K_LEQ: case K_LEQU: /* (Eq x x) => (ConstBool [true]) */
		return x == y && to_const(v, OpConstBool, 1);
	case K_NEQ: case K_LESS: case K_LESSU: /* (Neq x x) => (ConstBool [false]) */
		return x == y && to_const(v, OpConstBool, 0);
	default:
		return false;
	}
}

static bool rewrite_value(Value *v) {
	FoldInfo fi = fold[v->op];
	if (fi.kind != K_NONE)
		return fold_consts(v, fi) || fold_identities(v, fi);
	Value *x = v->nargs > 0 ? v->args[0] : NULL, *y = v->nargs > 1 ? v->args[1] : NULL;
	switch (v->op) {
	case OpNot:
		if (x->op == OpConstBool) /* (Not (ConstBool [c])) => (ConstBool [!c]) */
			return to_const(v, OpConstBool, !x->auxint);
		if (x->op == OpNot) /* (Not (Not x)) => x */
			return to_copy(v, x->args[0]);
		return false;
	case OpEqB:
	case OpNeqB:
		if (x->op == OpConstBool && y->op == OpConstBool)
			return to_const(v, OpConstBool, (x->auxint == y->auxint) == (v->op == OpEqB));
		return false;
	case OpAndB:
	case OpOrB: {
		bool and = v->op == OpAndB;
		for (int i = 0; i < 2; i++) {
			Value *c = v->args[i], *o = v->args[1 - i];
			if (c->op != OpConstBool)
				continue;
			/* (AndB (ConstBool [true]) x) => x; (AndB (ConstBool [false]) _) => (ConstBool [false]) */
			if (c->auxint == and)
				return to_copy(v, o);
			return to_const(v, OpConstBool, !and);
		}
		return false;
	}
	case OpStringLen:
		if (x->op == OpStringMake) /* (StringLen (StringMake _ len)) => len */
			return to_copy(v, x->args[1]);
		if (x->op == OpConstString) { /* (StringLen (ConstString {s})) => (Const64 [len(s)]) */
			SsaString *s = x->aux;
			return to_const(v, OpConst64, s ? s->len : 0);
		}
		return false;
	case OpStringPtr:
		return x->op == OpStringMake && to_copy(v, x->args[0]); /* (StringPtr (StringMake ptr _)) => ptr */
	case OpSlicePtr:
		return x->op == OpSliceMake && to_copy(v, x->args[0]); /* (SlicePtr (SliceMake ptr _ _)) => ptr */
	case OpSliceLen:
		return x->op == OpSliceMake && to_copy(v, x->args[1]); /* (SliceLen (SliceMake _ len _)) => len */
	case OpSliceCap:
		return x->op == OpSliceMake && to_copy(v, x->args[2]); /* (SliceCap (SliceMake _ _ cap)) => cap */
	case OpComplexReal:
		return x->op == OpComplexMake && to_copy(v, x->args[0]);
	case OpComplexImag:
		return x->op == OpComplexMake && to_copy(v, x->args[1]);
	case OpITab:
		return x->op == OpIMake && to_copy(v, x->args[0]);
	case OpIData:
		return x->op == OpIMake && to_copy(v, x->args[1]);
	case OpStructSelect: /* (StructSelect [i] (StructMakeN ... xi ...)) => xi */
		if ((x->op == OpStructMake1 || x->op == OpStructMake2 || x->op == OpStructMake3 || x->op == OpStructMake4) &&
		    v->auxint >= 0 && v->auxint < x->nargs)
			return to_copy(v, x->args[v->auxint]);
		return false;
	case OpArraySelect: /* (ArraySelect [0] (ArrayMake1 x)) => x */
		return x->op == OpArrayMake1 && v->auxint == 0 && to_copy(v, x->args[0]);
	case OpCopy:
		return false; /* copyelim handles chains */
	default:
		return false;
	}
}

static bool rewrite_block(Block *b) {
	if (b->kind != BlockIf || !b->control)
		return false;
	Value *c = b->control;
	if (c->op == OpConstBool) {
		/* (If (ConstBool [c]) yes no) => (Plain yes) or (Plain no), dropping the dead edge */
		ssa_remove_edge(b, c->auxint ? 1 : 0);
		b->kind = BlockPlain;
		b->likely = LIKELY_UNKNOWN;
		ssa_set_control(b, NULL);
		return true;
	}
	if (c->op == OpNot) { /* (If (Not cond) yes no) => (If cond no yes) */
		ssa_set_control(b, c->args[0]);
		void *t = VEC_AT(b->succs, 0);
		VEC_AT(b->succs, 0) = VEC_AT(b->succs, 1);
		VEC_AT(b->succs, 1) = t;
		b->likely = -b->likely;
		return true;
	}
	return false;
}

void ssa_opt(Func *f) {
	static bool initialised;
	if (!initialised) {
		init_fold();
		initialised = true;
	}
	for (bool change = true; change;) {
		change = false;
		for (int bi = 0; bi < f->blocks.len; bi++) {
			Block *b = VEC_AT(f->blocks, bi);
			for (int i = 0; i < b->values.len; i++) {
				Value *v = VEC_AT(b->values, i);
				ssa_copyelim_value(v);
				if (rewrite_value(v))
					change = true;
			}
			if (b->control && b->control->op == OpCopy) {
				Value *w = b->control;
				/* bounded: a cycle of Copies can only be unreachable */
				for (int n = 0; w->op == OpCopy && n < f->next_value_id; n++)
					w = w->args[0];
				ssa_set_control(b, w);
			}
			if (rewrite_block(b))
				change = true;
		}
	}
}
