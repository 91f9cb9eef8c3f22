/* prove.c — gc's prove pass (ssa/prove.go): branches whose outcome follows
 * from the branches that dominate them are decided, so bounds checks that
 * cannot fail disappear.
 *
 * Facts come from three places:
 *   - limits: each value's signed and unsigned range, from its op (constants,
 *     extensions, lengths, `x & c`, `x >> c`, `x % c`, `x + c`...);
 *   - standing facts: x + c against x, len(s) <= cap(s);
 *   - induction variables (gc's findIndVar): a loop-header phi that starts at
 *     init and steps by ±1 while a header comparison holds never passes init
 *     in the other direction, so `for i := 0; i < n; i++` has i >= 0;
 *   - branches: walking the dominator tree, a block whose only predecessor
 *     ends in If learns the condition (or its negation): `i < len(s)` gives
 *     i < len(s) in the true branch, a bounds check that passed gives
 *     0 <= i < len in the rest of the subtree.
 * Relations between two values (<, =, > in the signed or the unsigned
 * domain) live in a fact table undone as the walk leaves a subtree; a
 * query combines the pair's facts, their limits and one chain of ordered
 * facts (i < n, n <= len  ⇒  i < len). Pure values with the same op, aux
 * and arguments are one value for the table (gc relies on cse for that).
 *
 * An If whose condition is decided becomes First (gc: BlockFirst, the dead
 * edge is left to deadcode); a block whose entry fact contradicts the facts
 * above it is unreachable, so its predecessor's If takes the other edge.
 *
 * requires: nothing (sees through Copies).  breaks: leaves dead blocks for
 * deadcode; dominators (edges become dead).
 */
#include "ssa.h"
#include "rewrite.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { LT = 1, EQ = 2, GT = 4, ANY = 7 };
enum { SIGNED, UNSIGNED };

typedef struct Limit {
	int64_t min, max;   /* signed, in the value's width sign-extended */
	uint64_t umin, umax; /* unsigned, in the value's width zero-extended */
} Limit;

typedef struct Fact {
	int a, b;   /* canonical value ids, a < b */
	int dom;    /* SIGNED / UNSIGNED */
	int r;      /* possible relations of a to b (LT|EQ|GT bits) */
	int next_a, next_b; /* the previous fact of a's and b's lists */
} Fact;

typedef struct LimUndo {
	int id;
	Limit old;
} LimUndo;

static struct {
	Func *f;
	Value **canon;   /* by id: the representative of v's class */
	Value **byid;    /* by id: the value */
	Limit *lim;      /* by canonical id */
	bool *limset;
	int *head;       /* by canonical id: newest fact mentioning it, -1 none */
	Fact *facts;
	int nfacts, capfacts;
	int *headundo;   /* per fact: saved heads of a and b */
	LimUndo *lundo;
	int nlundo, caplundo;
} P;

/* ---------------- value classes ---------------- */

static bool pure(Value *v) {
	const OpInfo *oi = &op_info[v->op];
	if (v->op == OpPhi || v->op == OpArg || v->op == OpCopy || v->op == OpInvalid || v->op == OpFwdRef)
		return false;
	if (oi->flags & (OPF_CALL | OPF_SIDEEFFECT | OPF_MEMARG | OPF_NILCHECK | OPF_FAULT0))
		return false;
	if (ssa_op_is_atomic(v->op) || v->op == OpSelectN)
		return false;
	return true;
}

typedef struct Slot {
	Value *v;
	struct Slot *next;
} Slot;

static uint64_t value_hash(Value *v) {
	uint64_t h = (uint64_t)v->op * 0x9e3779b97f4a7c15u ^ (uint64_t)(uintptr_t)v->type ^ (uint64_t)v->auxint * 31 ^
	             (uint64_t)(uintptr_t)v->aux;
	for (int i = 0; i < v->nargs; i++)
		h = h * 1000003u ^ (uint64_t)P.canon[v->args[i]->id]->id;
	return h;
}

static bool same_value(Value *a, Value *b) {
	if (a->op != b->op || a->type != b->type || a->auxint != b->auxint || a->aux != b->aux || a->nargs != b->nargs)
		return false;
	for (int i = 0; i < a->nargs; i++)
		if (P.canon[a->args[i]->id] != P.canon[b->args[i]->id])
			return false;
	return true;
}

static Value *canon(Value *v) {
	return P.canon[v->id] ? P.canon[v->id] : v;
}

/* canon[v] for every value, in reverse postorder so that arguments (other
 * than phis', which are never merged) come first */
static void build_classes(Block **order, int n) {
	int nv = P.f->next_value_id;
	int nbuckets = 1;
	while (nbuckets < nv)
		nbuckets <<= 1;
	Slot **tab = calloc((size_t)nbuckets, sizeof *tab);
	Slot *slots = calloc((size_t)nv + 1, sizeof *slots);
	int nslots = 0;
	for (int bi = 0; bi < P.f->blocks.len; bi++) { /* default: itself (phis, unreachable blocks) */
		Block *b = VEC_AT(P.f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			P.canon[v->id] = v;
		}
	}
	for (int k = 0; k < n; k++) {
		Block *b = order[k];
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->op == OpCopy)
				P.canon[v->id] = canon(v->args[0]);
			if (!pure(v))
				continue;
			uint64_t h = value_hash(v) & (uint64_t)(nbuckets - 1);
			Slot *s;
			for (s = tab[h]; s; s = s->next)
				if (same_value(s->v, v))
					break;
			if (s) {
				P.canon[v->id] = s->v;
			} else if (nslots < nv) {
				Slot *ns = &slots[nslots++];
				ns->v = v;
				ns->next = tab[h];
				tab[h] = ns;
			}
		}
	}
	free(tab);
	free(slots);
}


/* ---------------- limits ---------------- */

static int width(Value *v) {
	Type *t = v->type;
	int64_t sz = t && t->size > 0 ? t->size : 8;
	return sz >= 8 ? 64 : (int)sz * 8;
}

static Limit full(int w) {
	if (w >= 64)
		return (Limit){INT64_MIN, INT64_MAX, 0, UINT64_MAX};
	return (Limit){-((int64_t)1 << (w - 1)), ((int64_t)1 << (w - 1)) - 1, 0, ((uint64_t)1 << w) - 1};
}

static int64_t sext(int64_t c, int w) {
	return w >= 64 ? c : (int64_t)((uint64_t)c << (64 - w)) >> (64 - w);
}

static uint64_t zext(int64_t c, int w) {
	return w >= 64 ? (uint64_t)c : (uint64_t)c & (((uint64_t)1 << w) - 1);
}

static Limit exact(int64_t c, int w) {
	return (Limit){sext(c, w), sext(c, w), zext(c, w), zext(c, w)};
}

/* a range known in both domains at once: [lo, hi] with 0 <= lo <= hi */
static Limit nonneg(uint64_t lo, uint64_t hi, int w) {
	Limit l = full(w);
	l.umin = lo;
	l.umax = hi;
	if (hi <= (uint64_t)l.max) {
		l.min = (int64_t)lo;
		l.max = (int64_t)hi;
	}
	return l;
}

/* the two domains agree where a range lies in [0, signed max] */
static Limit tighten(Limit l, int w) {
	Limit f = full(w);
	if (l.min >= 0) {
		if ((uint64_t)l.min > l.umin)
			l.umin = (uint64_t)l.min;
		if ((uint64_t)l.max < l.umax)
			l.umax = (uint64_t)l.max;
	}
	if (l.umax <= (uint64_t)f.max) {
		if ((int64_t)l.umin > l.min)
			l.min = (int64_t)l.umin;
		if ((int64_t)l.umax < l.max)
			l.max = (int64_t)l.umax;
	}
	return l;
}

static Limit *limit(Value *v);

static bool is_const(Value *v, int64_t *c) {
	switch (v->op) {
	case OpConst8: case OpConst16: case OpConst32: case OpConst64:
		*c = v->auxint;
		return true;
	default:
		return false;
	}
}

static Limit op_limit(Value *v) {
	int w = width(v);
	int64_t c;
	if (is_const(v, &c))
		return exact(c, w);
	switch (v->op) {
	case OpConstBool: return exact(v->auxint, 8);
	case OpZeroExt8to16: case OpZeroExt8to32: case OpZeroExt8to64: return nonneg(0, 0xff, w);
	case OpZeroExt16to32: case OpZeroExt16to64: return nonneg(0, 0xffff, w);
	case OpZeroExt32to64: return nonneg(0, 0xffffffffu, w);
	case OpSignExt8to16: case OpSignExt8to32: case OpSignExt8to64:
	case OpSignExt16to32: case OpSignExt16to64: case OpSignExt32to64: {
		Limit a = *limit(v->args[0]), l = full(w);
		l.min = a.min;
		l.max = a.max;
		return tighten(l, w);
	}
	case OpSliceLen: case OpSliceCap: case OpStringLen: return nonneg(0, INT64_MAX, w);
	case OpAnd8: case OpAnd16: case OpAnd32: case OpAnd64: {
		/* x & c <= c (unsigned); with c >= 0 also 0 <= x & c <= c */
		Limit a = *limit(v->args[0]), b = *limit(v->args[1]);
		uint64_t m = a.umax < b.umax ? a.umax : b.umax;
		Limit l = full(w);
		l.umax = m;
		if (a.min >= 0 || b.min >= 0) {
			l.min = 0;
			l.max = (int64_t)(a.min >= 0 && b.min >= 0 ? (a.max < b.max ? a.max : b.max) : a.min >= 0 ? a.max : b.max);
		}
		return tighten(l, w);
	}
	case OpRsh8Ux64: case OpRsh16Ux64: case OpRsh32Ux64: case OpRsh64Ux64:
	case OpRsh8Ux32: case OpRsh16Ux32: case OpRsh32Ux32: case OpRsh64Ux32:
	case OpRsh8Ux16: case OpRsh16Ux16: case OpRsh32Ux16: case OpRsh64Ux16:
	case OpRsh8Ux8: case OpRsh16Ux8: case OpRsh32Ux8: case OpRsh64Ux8: {
		Limit a = *limit(v->args[0]), s = *limit(v->args[1]);
		uint64_t k = s.umin < 64 ? s.umin : 64;
		return nonneg(0, k >= 64 ? 0 : a.umax >> k, w);
	}
	case OpMod8u: case OpMod16u: case OpMod32u: case OpMod64u: {
		Limit a = *limit(v->args[0]), b = *limit(v->args[1]);
		uint64_t hi = a.umax;
		if (b.umax > 0 && b.umax - 1 < hi)
			hi = b.umax - 1;
		return nonneg(0, hi, w);
	}
	case OpDiv8u: case OpDiv16u: case OpDiv32u: case OpDiv64u: {
		Limit a = *limit(v->args[0]), b = *limit(v->args[1]);
		return nonneg(0, b.umin > 0 ? a.umax / b.umin : a.umax, w);
	}
	case OpAdd8: case OpAdd16: case OpAdd32: case OpAdd64:
	case OpSub8: case OpSub16: case OpSub32: case OpSub64: {
		/* signed range of x ± y when it cannot wrap */
		bool sub = v->op >= OpSub8 && v->op <= OpSub64;
		Limit a = *limit(v->args[0]), b = *limit(v->args[1]), f = full(w), l = f;
		__int128 lo = sub ? (__int128)a.min - b.max : (__int128)a.min + b.min;
		__int128 hi = sub ? (__int128)a.max - b.min : (__int128)a.max + b.max;
		if (lo >= f.min && hi <= f.max) {
			l.min = (int64_t)lo;
			l.max = (int64_t)hi;
		}
		return tighten(l, w);
	}
	default:
		return full(w);
	}
}

static Limit *limit(Value *v) {
	v = canon(v);
	if (!P.limset[v->id]) {
		P.limset[v->id] = true;
		P.lim[v->id] = full(width(v)); /* guards against cycles through phis */
		P.lim[v->id] = op_limit(v);
	}
	return &P.lim[v->id];
}

static void set_limit(Value *v, Limit l) {
	v = canon(v);
	Limit *cur = limit(v);
	if (!memcmp(cur, &l, sizeof l))
		return;
	if (P.nlundo == P.caplundo) {
		P.caplundo = P.caplundo ? 2 * P.caplundo : 64;
		P.lundo = realloc(P.lundo, sizeof *P.lundo * (size_t)P.caplundo);
	}
	P.lundo[P.nlundo++] = (LimUndo){v->id, *cur};
	*cur = l;
}

/* intersect v's limit with l; false if that leaves nothing */
static bool restrict_limit(Value *v, Limit l) {
	Limit cur = *limit(v);
	if (l.min > cur.min) cur.min = l.min;
	if (l.max < cur.max) cur.max = l.max;
	if (l.umin > cur.umin) cur.umin = l.umin;
	if (l.umax < cur.umax) cur.umax = l.umax;
	cur = tighten(cur, width(v));
	if (cur.min > cur.max || cur.umin > cur.umax)
		return false;
	set_limit(v, cur);
	return true;
}

/* ---------------- relations ---------------- */

static int flip(int r) {
	return (r & EQ) | (r & LT ? GT : 0) | (r & GT ? LT : 0);
}

/* the relations the limits allow between a and b */
static int limit_rel(Value *a, Value *b, int dom) {
	Limit la = *limit(a), lb = *limit(b);
	int r = ANY;
	if (dom == SIGNED) {
		if (la.max < lb.min) r &= LT;
		if (la.min > lb.max) r &= GT;
		if (la.max <= lb.min) r &= LT | EQ;
		if (la.min >= lb.max) r &= GT | EQ;
		if (la.max < lb.min || la.min > lb.max) r &= ~EQ;
	} else {
		if (la.umax < lb.umin) r &= LT;
		if (la.umin > lb.umax) r &= GT;
		if (la.umax <= lb.umin) r &= LT | EQ;
		if (la.umin >= lb.umax) r &= GT | EQ;
		if (la.umax < lb.umin || la.umin > lb.umax) r &= ~EQ;
	}
	return r;
}

static bool const_arg(Value *v, Value **x, int64_t *c);

/* v >= 0 by its limit, or v = x + c with x's limit as it is now (limits of
 * sums are computed once; what the walk learns later about x is seen
 * here, as gc's isNonNegative does) */
static bool known_nonneg(Value *v) {
	if (limit(v)->min >= 0)
		return true;
	Value *x;
	int64_t c;
	if (const_arg(v, &x, &c)) {
		Limit lx = *limit(x);
		if (c < 0 ? c != INT64_MIN && lx.min >= -c : lx.min >= 0 && lx.max <= INT64_MAX - c)
			return true;
	}
	/* a fact x <= v (signed) with x >= 0: an induction variable that
	 * starts at an index checked since (j := i; for j < n; j++) */
	int iv = canon(v)->id;
	for (int k = P.head[iv]; k >= 0;) {
		Fact *fa = &P.facts[k];
		bool first = fa->a == iv;
		int other = first ? fa->b : fa->a;
		int rel = first ? flip(fa->r) : fa->r; /* other R v */
		k = first ? fa->next_a : fa->next_b;
		if (fa->dom == SIGNED && !(rel & GT) && limit(P.byid[other])->min >= 0)
			return true;
	}
	return false;
}

static bool both_nonneg(Value *a, Value *b) {
	return known_nonneg(a) && known_nonneg(b);
}

/* the newest fact on (a, b) in dom, as relations of a to b */
static int fact_rel(Value *a, Value *b, int dom) {
	int ia = canon(a)->id, ib = canon(b)->id;
	bool swap = ia > ib;
	int lo = swap ? ib : ia, hi = swap ? ia : ib;
	for (int k = P.head[lo]; k >= 0;) {
		Fact *fa = &P.facts[k];
		if (fa->a == lo && fa->b == hi && fa->dom == dom)
			return swap ? flip(fa->r) : fa->r;
		k = fa->a == lo ? fa->next_a : fa->next_b;
	}
	return ANY;
}

static int direct_rel(Value *a, Value *b, int dom) {
	if (canon(a) == canon(b))
		return EQ;
	int r = fact_rel(a, b, dom) & limit_rel(a, b, dom);
	if (both_nonneg(a, b)) /* the other domain's facts hold too */
		r &= fact_rel(a, b, !dom) & limit_rel(a, b, !dom);
	return r;
}

/* ---------------- the fact table ---------------- */

/* record a R b (dom); refines both limits; false if the facts contradict */
static bool refine(Value *a, Value *b, int dom, int r) {
	Limit la = *limit(a), lb = *limit(b), na = full(width(a)), nb = full(width(b));
	if (r == EQ) {
		na = lb;
		nb = la;
	} else if (!(r & GT)) { /* a <= b, or a < b */
		int64_t d = r == LT;
		if (dom == SIGNED) {
			if (d && (lb.max == INT64_MIN || la.min == INT64_MAX))
				return false;
			na.max = lb.max - d;
			nb.min = la.min + d;
		} else {
			if (d && (lb.umax == 0 || la.umin == UINT64_MAX))
				return false;
			na.umax = lb.umax - (uint64_t)d;
			nb.umin = la.umin + (uint64_t)d;
		}
	} else if (!(r & LT)) { /* a >= b, or a > b */
		return refine(b, a, dom, flip(r));
	} else {
		return true;
	}
	return restrict_limit(a, na) && restrict_limit(b, nb);
}

static bool add_fact(Value *a, Value *b, int dom, int r) {
	a = canon(a);
	b = canon(b);
	if (a == b)
		return (r & EQ) != 0;
	r &= direct_rel(a, b, dom);
	if (!r)
		return false;
	if (a->id > b->id) {
		Value *t = a;
		a = b;
		b = t;
		r = flip(r);
	}
	if (P.nfacts == P.capfacts) {
		P.capfacts = P.capfacts ? 2 * P.capfacts : 64;
		P.facts = realloc(P.facts, sizeof *P.facts * (size_t)P.capfacts);
	}
	int k = P.nfacts++;
	P.facts[k] = (Fact){a->id, b->id, dom, r, P.head[a->id], P.head[b->id]};
	P.head[a->id] = k;
	P.head[b->id] = k;
	return refine(a, b, dom, r);
}

static void undo_to(int nfacts, int nlundo) {
	while (P.nfacts > nfacts) {
		Fact *fa = &P.facts[--P.nfacts];
		P.head[fa->a] = fa->next_a;
		P.head[fa->b] = fa->next_b;
	}
	while (P.nlundo > nlundo) {
		LimUndo *u = &P.lundo[--P.nlundo];
		P.lim[u->id] = u->old;
	}
}

/* ---------------- queries ---------------- */

/* a < b (strict) or a <= b through a chain a R x1 R ... R b of facts, each
 * R one of <, <=, = in dom; depth-bounded */
static bool chain(Value *a, Value *b, int dom, bool strict, int depth, bool *seen) {
	int r = direct_rel(a, b, dom);
	if (strict ? !(r & ~LT) : !(r & GT))
		return true;
	if (depth == 0)
		return false;
	int ia = canon(a)->id;
	seen[ia] = true;
	bool found = false;
	for (int k = P.head[ia]; k >= 0 && !found;) {
		Fact *fa = &P.facts[k];
		bool first = fa->a == ia;
		int other = first ? fa->b : fa->a;
		int rel = first ? fa->r : flip(fa->r);
		k = first ? fa->next_a : fa->next_b;
		if (fa->dom != dom || seen[other] || (rel & GT))
			continue;
		found = chain(P.byid[other], b, dom, strict && (rel & EQ), depth - 1, seen);
	}
	seen[ia] = false;
	return found;
}

static bool *chain_seen;

static bool provably_less(Value *a, Value *b, int dom, bool strict) {
	return chain(a, b, dom, strict, 4, chain_seen);
}

/* 1 true, 0 false, -1 unknown */
static int decide(Value *c) {
	Value *a = c->nargs > 0 ? c->args[0] : NULL, *b = c->nargs > 1 ? c->args[1] : NULL;
	switch (c->op) {
	case OpNot: {
		int d = decide(a);
		return d < 0 ? d : !d;
	}
	case OpLess8: case OpLess16: case OpLess32: case OpLess64:
	case OpLess8U: case OpLess16U: case OpLess32U: case OpLess64U: {
		int dom = c->op == OpLess8U || c->op == OpLess16U || c->op == OpLess32U || c->op == OpLess64U;
		if (provably_less(a, b, dom, true))
			return 1;
		if (provably_less(b, a, dom, false))
			return 0;
		return -1;
	}
	case OpLeq8: case OpLeq16: case OpLeq32: case OpLeq64:
	case OpLeq8U: case OpLeq16U: case OpLeq32U: case OpLeq64U: {
		int dom = c->op == OpLeq8U || c->op == OpLeq16U || c->op == OpLeq32U || c->op == OpLeq64U;
		if (provably_less(a, b, dom, false))
			return 1;
		if (provably_less(b, a, dom, true))
			return 0;
		return -1;
	}
	case OpEq8: case OpEq16: case OpEq32: case OpEq64: case OpEqPtr:
	case OpNeq8: case OpNeq16: case OpNeq32: case OpNeq64: case OpNeqPtr: {
		bool eq = c->op == OpEq8 || c->op == OpEq16 || c->op == OpEq32 || c->op == OpEq64 || c->op == OpEqPtr;
		/* the domains order differently (-1 < 0 signed, > 0 unsigned):
		 * their relation sets do not intersect, but either one alone
		 * can show a == b or a != b */
		int rs = direct_rel(a, b, SIGNED), ru = direct_rel(a, b, UNSIGNED);
		if (rs == EQ || ru == EQ)
			return eq;
		if (!(rs & EQ) || !(ru & EQ))
			return !eq;
		return -1;
	}
	case OpIsInBounds: /* 0 <= a < b */
		if (provably_less(a, b, UNSIGNED, true) || (known_nonneg(a) && provably_less(a, b, SIGNED, true)))
			return 1;
		return -1;
	case OpIsSliceInBounds: /* 0 <= a <= b */
		if (provably_less(a, b, UNSIGNED, false) || (known_nonneg(a) && provably_less(a, b, SIGNED, false)))
			return 1;
		return -1;
	default:
		return -1;
	}
}

/* c is known to be `outcome`: record what that says; false if impossible */
static bool learn(Value *c, bool outcome) {
	Value *a = c->nargs > 0 ? c->args[0] : NULL, *b = c->nargs > 1 ? c->args[1] : NULL;
	switch (c->op) {
	case OpConstBool:
		return (c->auxint != 0) == outcome;
	case OpNot:
		return learn(a, !outcome);
	case OpAndB:
		return !outcome || (learn(a, true) && learn(b, true));
	case OpOrB:
		return outcome || (learn(a, false) && learn(b, false));
	case OpLess8: case OpLess16: case OpLess32: case OpLess64:
		return add_fact(a, b, SIGNED, outcome ? LT : EQ | GT);
	case OpLess8U: case OpLess16U: case OpLess32U: case OpLess64U:
		return add_fact(a, b, UNSIGNED, outcome ? LT : EQ | GT);
	case OpLeq8: case OpLeq16: case OpLeq32: case OpLeq64:
		return add_fact(a, b, SIGNED, outcome ? LT | EQ : GT);
	case OpLeq8U: case OpLeq16U: case OpLeq32U: case OpLeq64U:
		return add_fact(a, b, UNSIGNED, outcome ? LT | EQ : GT);
	case OpEq8: case OpEq16: case OpEq32: case OpEq64: case OpEqPtr:
		outcome = !outcome;
		/* fall through */
	case OpNeq8: case OpNeq16: case OpNeq32: case OpNeq64: case OpNeqPtr:
		return add_fact(a, b, SIGNED, outcome ? LT | GT : EQ) && add_fact(a, b, UNSIGNED, outcome ? LT | GT : EQ);
	case OpIsInBounds:
	case OpIsSliceInBounds: {
		int r = c->op == OpIsInBounds ? LT : LT | EQ;
		if (!outcome)
			return true; /* the panic path: nothing worth knowing */
		Limit l = full(width(a));
		l.min = 0;
		return restrict_limit(a, l) && add_fact(a, b, UNSIGNED, r) && add_fact(a, b, SIGNED, r);
	}
	default:
		return true;
	}
}

/* ---------------- induction variables and other standing facts ---------------- */

static Block **idom;

static bool dominates(Block *a, Block *b) {
	for (int n = 0; b && n <= P.f->blocks.len; n++) {
		if (a == b)
			return true;
		if (b == P.f->entry)
			return false;
		b = idom[b->id];
	}
	return false;
}

static bool const_arg(Value *v, Value **x, int64_t *c) {
	if (v->op != OpAdd64 || v->nargs != 2)
		return false;
	for (int i = 0; i < 2; i++)
		if (is_const(v->args[i], c)) {
			*x = v->args[1 - i];
			return true;
		}
	return false;
}

/* ind = Phi(init, ind + step) in header h, stepping only through h's
 * true successor while cmp holds */
static void induction(Block *h) {
	Value *c = h->control;
	if (h->kind != BlockIf || !c || (c->op != OpLess64 && c->op != OpLeq64) || h->preds.len != 2)
		return;
	Block *body = VEC_AT(h->succs, 0);
	if (body == h || body->preds.len != 1)
		return;
	for (int side = 0; side < 2; side++) {
		Value *ind = c->args[side], *bound = c->args[1 - side];
		if (ind->op != OpPhi || ind->block != h || ind->nargs != 2)
			continue;
		for (int j = 0; j < 2; j++) {
			Value *step = ind->args[j], *init = ind->args[1 - j], *x;
			int64_t k;
			if (!const_arg(step, &x, &k) || x != ind)
				continue;
			Block *back = VEC_AT(h->preds, j), *entry = VEC_AT(h->preds, 1 - j);
			if (!dominates(body, back) || dominates(body, entry))
				continue;
			if (side == 0 && k == 1) { /* for ind := init; ind < bound; ind++ */
				if (c->op == OpLeq64 && limit(bound)->max == INT64_MAX)
					continue; /* ind <= MaxInt64 would wrap */
				Limit l = full(64);
				l.min = limit(init)->min;
				restrict_limit(ind, l);
				add_fact(init, ind, SIGNED, LT | EQ);
			} else if (side == 1 && k == -1) { /* for ind := init; bound < ind; ind-- */
				if (c->op == OpLeq64 && limit(bound)->min == INT64_MIN)
					continue;
				Limit l = full(64);
				l.max = limit(init)->max;
				restrict_limit(ind, l);
				add_fact(ind, init, SIGNED, LT | EQ);
			}
		}
	}
}

/* x + c against x, where it cannot wrap */
static void offset_facts(Value *v) {
	Value *x;
	int64_t c;
	if (!const_arg(v, &x, &c) || c == 0 || x == v)
		return;
	Limit lx = *limit(x);
	if (c > 0 ? lx.max <= INT64_MAX - c : lx.min >= INT64_MIN - c)
		add_fact(v, x, SIGNED, c > 0 ? GT : LT);
}

/* len(s) <= cap(s): the two of one slice value (lens: by the slice's id) */
static void lencap_fact(Value *v, Value **lens) {
	if (v->op == OpSliceCap && lens[v->args[0]->id]) {
		add_fact(lens[v->args[0]->id], v, SIGNED, LT | EQ);
		add_fact(lens[v->args[0]->id], v, UNSIGNED, LT | EQ);
	}
}

/* ---------------- the walk ---------------- */

static bool changed;

static void decide_block(Block *b) {
	if (b->kind != BlockIf || !b->control)
		return;
	int d = decide(b->control);
	if (d < 0)
		return;
	if (!d)
		swap_successors(b);
	b->kind = BlockFirst;
	ssa_set_control(b, NULL);
	changed = true;
}

void ssa_prove(Func *f) {
	int nb = f->next_block_id, nv = f->next_value_id;
	memset(&P, 0, sizeof P);
	P.f = f;
	P.canon = calloc((size_t)nv, sizeof *P.canon);
	P.byid = calloc((size_t)nv, sizeof *P.byid);
	P.lim = calloc((size_t)nv, sizeof *P.lim);
	P.limset = calloc((size_t)nv, sizeof *P.limset);
	P.head = malloc(sizeof *P.head * (size_t)nv);
	for (int i = 0; i < nv; i++)
		P.head[i] = -1;
	chain_seen = calloc((size_t)nv, sizeof *chain_seen);
	idom = calloc((size_t)nb, sizeof *idom);
	Block **order = malloc(sizeof *order * (size_t)(f->blocks.len + 1));
	int n = ssa_rpo(f, order);
	ssa_dominators(f, idom);
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			P.byid[v->id] = v;
		}
	}
	build_classes(order, n);

	/* standing facts, true everywhere: never undone */
	for (int k = 0; k < n; k++)
		induction(order[k]);
	Value **lens = calloc((size_t)nv, sizeof *lens);
	for (int k = 0; k < n; k++)
		for (int i = 0; i < order[k]->values.len; i++) {
			Value *v = VEC_AT(order[k]->values, i);
			if (v->op == OpSliceLen)
				lens[v->args[0]->id] = v;
		}
	for (int k = 0; k < n; k++)
		for (int i = 0; i < order[k]->values.len; i++) {
			offset_facts(VEC_AT(order[k]->values, i));
			lencap_fact(VEC_AT(order[k]->values, i), lens);
		}
	free(lens);
	/* every value's limit now, from its op and the standing facts: a limit
	 * first computed inside the walk would be derived from facts of one
	 * subtree (x in [1, 10] makes x+1 [2, 11]) yet outlive it */
	for (int k = 0; k < n; k++)
		for (int i = 0; i < order[k]->values.len; i++)
			limit(VEC_AT(order[k]->values, i));

	/* children in the dominator tree, in reverse postorder */
	int *first = malloc(sizeof *first * (size_t)nb), *next = malloc(sizeof *next * (size_t)nb);
	for (int i = 0; i < nb; i++)
		first[i] = next[i] = -1;
	for (int k = n - 1; k > 0; k--) {
		Block *b = order[k], *p = idom[b->id];
		if (!p)
			continue;
		next[b->id] = first[p->id];
		first[p->id] = b->id;
	}
	Block **byid = calloc((size_t)nb, sizeof *byid);
	for (int k = 0; k < n; k++)
		byid[order[k]->id] = order[k];

	/* depth-first over the dominator tree; a frame remembers the table's
	 * size on entry to undo the block's facts on the way out */
	struct Frame {
		Block *b;
		int child, nfacts, nlundo;
	} *stack = malloc(sizeof *stack * (size_t)(n + 1));
	int sp = 0;
	changed = false;
	stack[sp++] = (struct Frame){f->entry, -2, 0, 0};
	while (sp > 0) {
		struct Frame *fr = &stack[sp - 1];
		Block *b = fr->b;
		if (fr->child == -2) { /* entering b */
			fr->nfacts = P.nfacts;
			fr->nlundo = P.nlundo;
			fr->child = first[b->id];
			bool dead = false;
			if (b->preds.len == 1) {
				Block *p = VEC_AT(b->preds, 0);
				if (p->kind == BlockIf && p->control && VEC_AT(p->succs, 0) != VEC_AT(p->succs, 1)) {
					bool outcome = VEC_AT(p->succs, 0) == b;
					if (!learn(p->control, outcome)) {
						/* b cannot be reached: p always takes its other edge */
						if (outcome)
							swap_successors(p);
						p->kind = BlockFirst;
						ssa_set_control(p, NULL);
						changed = true;
						dead = true;
					}
				}
			}
			if (dead)
				fr->child = -1; /* nothing below b needs deciding */
			else
				decide_block(b);
			continue;
		}
		if (fr->child >= 0) {
			Block *c = byid[fr->child];
			fr->child = next[fr->child];
			if (c)
				stack[sp++] = (struct Frame){c, -2, 0, 0};
			continue;
		}
		undo_to(fr->nfacts, fr->nlundo);
		sp--;
	}
	(void)changed;
	free(stack);
	free(byid);
	free(first);
	free(next);
	free(order);
	free(idom);
	free(chain_seen);
	free(P.canon);
	free(P.byid);
	free(P.lim);
	free(P.limset);
	free(P.head);
	free(P.facts);
	free(P.lundo);
	idom = NULL;
}

/* check bce (gc's checkbce): with -d=ssa/check_bce/debug=1, report every
 * bounds check that survived, at its position, in gc's words */
void ssa_check_bce(Func *f) {
	if (!ssa_config.check_bce)
		return;
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->op == OpIsInBounds || v->op == OpIsSliceInBounds)
				diag_note(v->pos, "Found %s", op_info[v->op].name);
		}
	}
}
