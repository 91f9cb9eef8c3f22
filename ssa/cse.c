/* cse.c — common-subexpression elimination (gc's cse.go).
 *
 * Two values are equivalent if they have the same op, type, auxint, aux and
 * number of arguments, are in the same block if they are phis, and their
 * arguments are pairwise equivalent. The pass finds the classes by
 * partition refinement: a coarse partition by everything but the
 * arguments, then classes are split by their arguments' classes until
 * nothing splits (commutative ops get their two arguments ordered by class
 * first, so a+b and b+a meet). In each class a value replaces every other
 * member its block dominates; the first member in dominator-tree preorder
 * is tried first. Replaced values lose their uses and are left for the
 * following deadcode pass.
 *
 * Never merged: values of memory, tuple (calls, atomics) or void type, and
 * ops that are calls or have side effects (OPF_CALL, OPF_SIDEEFFECT) —
 * equal arguments do not make two of those one. Loads merge when address
 * and memory are the same: they read the same state. A NilCheck passes its
 * memory through unchanged (goc threads nil checks on the memory chain to
 * order them; gc's are void and do not), so memory arguments compare by
 * the state below their NilChecks and Copies: a load after `m.f`'s nil
 * check and one before it read the same memory, and the dominating one
 * replaces the other, as in gc.
 *
 * Equality of aux compares what it means (a ConstString's bytes, an itab's
 * type pair) and otherwise the pointer. Types compare by pointer, which
 * only misses merges. Class numbers come from first appearance, so the
 * result does not depend on addresses.
 *
 * Statement marks: a replaced value's mark moves to its user in the same
 * block and line, as gc does. f->names follow the replacement.
 *
 * requires: dominators (ssa_domtree).  breaks: nothing (leaves dead values).
 */
#include "ssa.h"

static uint64_t mix(uint64_t h, uint64_t x) {
	h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h;
}

/* v's aux as the hash of what it means; see aux_equal */
static uint64_t aux_hash(Value *v) {
	if (!v->aux)
		return 0;
	if (op_info[v->op].aux == AUX_STRING) {
		SsaString *s = v->aux;
		uint64_t h = (uint64_t)s->len;
		for (int64_t i = 0; i < s->len; i++)
			h = h * 31 + (unsigned char)s->s[i];
		return h;
	}
	if (v->op == OpAddr && v->auxint == 3) {
		ItabSym *is = v->aux;
		return mix((uint64_t)(uintptr_t)is->type, (uint64_t)(uintptr_t)is->iface);
	}
	return (uint64_t)(uintptr_t)v->aux;
}

/* v and w have the same op and auxint; do their aux values mean the same? */
static bool aux_equal(Value *v, Value *w) {
	if (v->aux == w->aux)
		return true;
	if (!v->aux || !w->aux)
		return false;
	if (op_info[v->op].aux == AUX_STRING) {
		SsaString *a = v->aux, *b = w->aux;
		return a->len == b->len && (a->len == 0 || memcmp(a->s, b->s, (size_t)a->len) == 0);
	}
	if (v->op == OpAddr && v->auxint == 3) {
		ItabSym *a = v->aux, *b = w->aux;
		return a->type == b->type && a->iface == b->iface;
	}
	return false;
}

uint64_t ssa_cse_key_hash(Value *v) {
	return mix(mix(mix((uint64_t)v->op, (uint64_t)v->auxint), (uint64_t)(uintptr_t)v->type), aux_hash(v));
}

bool ssa_cse_key_equal(Value *v, Value *w) {
	return v->op == w->op && v->auxint == w->auxint && v->type == w->type && aux_equal(v, w);
}

bool ssa_cse_candidate(Value *v) {
	int k = v->type->kind;
	if (k == TY_MEM || k == TY_TUPLE || k == TY_VOID)
		return false;
	return !(op_info[v->op].flags & (OPF_CALL | OPF_SIDEEFFECT)) && v->op != OpInvalid && v->op != OpFwdRef;
}

/* ---- numbering types and auxes by first appearance ---- */

typedef struct Interned {
	Value **slot; /* a value carrying the aux; NULL: empty */
	int *id;
	int cap, n;
} Interned;

static int intern_aux(Interned *t, Value *v) {
	if (!v->aux)
		return 0;
	if (2 * (t->n + 1) > t->cap) {
		Interned old = *t;
		t->cap = t->cap ? 2 * t->cap : 64;
		t->slot = calloc((size_t)t->cap, sizeof(Value *));
		t->id = calloc((size_t)t->cap, sizeof(int));
		t->n = 0;
		for (int i = 0; i < old.cap; i++)
			if (old.slot[i]) {
				uint64_t j = aux_hash(old.slot[i]) & (uint64_t)(t->cap - 1);
				while (t->slot[j])
					j = (j + 1) & (uint64_t)(t->cap - 1);
				t->slot[j] = old.slot[i];
				t->id[j] = old.id[i];
				t->n++;
			}
		free(old.slot);
		free(old.id);
	}
	uint64_t j = aux_hash(v) & (uint64_t)(t->cap - 1);
	for (; t->slot[j]; j = (j + 1) & (uint64_t)(t->cap - 1)) {
		Value *w = t->slot[j];
		/* aux kinds are per op: compare only like with like */
		if (op_info[w->op].aux == op_info[v->op].aux && (w->op == OpAddr) == (v->op == OpAddr) &&
		    (w->op != OpAddr || (w->auxint == 3) == (v->auxint == 3)) && aux_equal(w, v))
			return t->id[j];
	}
	t->slot[j] = v;
	t->id[j] = ++t->n;
	return t->n;
}

/* ---- sorting ---- */

typedef struct Key {
	int op, nargs, phiblock, type, aux;
	int64_t auxint;
} Key;

static const Key *sort_keys; /* by value id */
static const int *sort_class; /* by value id */

static int cmp_int(long long a, long long b) { return a < b ? -1 : a > b; }

static int cmp_key(const void *pa, const void *pb) {
	Value *v = *(Value *const *)pa, *w = *(Value *const *)pb;
	const Key *a = &sort_keys[v->id], *b = &sort_keys[w->id];
	int c;
	if ((c = cmp_int(a->op, b->op)) || (c = cmp_int(a->auxint, b->auxint)) || (c = cmp_int(a->nargs, b->nargs)) ||
	    (c = cmp_int(a->phiblock, b->phiblock)) || (c = cmp_int(a->type, b->type)) || (c = cmp_int(a->aux, b->aux)))
		return c;
	return cmp_int(v->id, w->id);
}

static bool same_key(const Key *a, const Key *b) {
	return a->op == b->op && a->auxint == b->auxint && a->nargs == b->nargs && a->phiblock == b->phiblock &&
	       a->type == b->type && a->aux == b->aux;
}

/* the memory state a memory value stands for: below NilChecks and Copies,
 * and a Phi whose arguments all stand for one state is that state (the
 * join of two paths that only nil-checked).  Memoised by id in memo;
 * a phi being visited stands for itself, which ends cycles. */
static Value **memo;

static Value *memstate(Value *m) {
	while (m->op == OpNilCheck || m->op == OpCopy)
		m = m->args[m->nargs - 1];
	if (m->op != OpPhi)
		return m;
	if (memo[m->id])
		return memo[m->id];
	memo[m->id] = m;
	Value *s = NULL;
	for (int i = 0; i < m->nargs; i++) {
		Value *a = memstate(m->args[i]);
		if (a == m)
			continue;
		if (s && a != s) {
			s = m;
			break;
		}
		s = a;
	}
	memo[m->id] = s ? s : m;
	return memo[m->id];
}

/* the class of v's argument i (a memory argument: of its state) */
static int argclass(const int *cls, Value *v, int i) {
	Value *a = v->args[i];
	if (a->type->kind == TY_MEM)
		a = memstate(a);
	return cls[a->id];
}

static int cmp_arg_classes(const void *pa, const void *pb) {
	Value *v = *(Value *const *)pa, *w = *(Value *const *)pb;
	for (int i = 0; i < v->nargs; i++) {
		int c = cmp_int(argclass(sort_class, v, i), argclass(sort_class, w, i));
		if (c)
			return c;
	}
	return cmp_int(v->id, w->id);
}

static const DomTree *sort_dom;

static int cmp_domorder(const void *pa, const void *pb) {
	Value *v = *(Value *const *)pa, *w = *(Value *const *)pb;
	int c = cmp_int(sort_dom->pre[v->block->id], sort_dom->pre[w->block->id]);
	return c ? c : cmp_int(v->id, w->id);
}

typedef struct Range {
	int start, len; /* a class: a[start .. start+len) */
} Range;

void ssa_cse(Func *f) {
	int nv = f->next_value_id;
	DomTree *dt = ssa_domtree(f);
	memo = calloc((size_t)nv, sizeof *memo);

	/* candidates in reachable blocks, with their coarse keys */
	Value **a = malloc(sizeof(Value *) * (size_t)(nv + 1));
	Key *keys = calloc((size_t)nv, sizeof(Key));
	PtrMap typeids = {0};
	Interned auxids = {0};
	int n = 0, ntypes = 0;
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		if (dt->pre[b->id] < 0)
			continue;
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (!ssa_cse_candidate(v))
				continue;
			intptr_t tid = (intptr_t)ptrmap_get(&typeids, v->type);
			if (!tid) {
				tid = ++ntypes;
				ptrmap_put(&typeids, v->type, (void *)tid);
			}
			keys[v->id] = (Key){.op = v->op, .nargs = v->nargs, .phiblock = v->op == OpPhi ? b->id : 0,
			                    .type = (int)tid, .aux = intern_aux(&auxids, v), .auxint = v->auxint};
			a[n++] = v;
		}
	}
	sort_keys = keys;
	qsort(a, (size_t)n, sizeof(Value *), cmp_key);

	/* class numbers: positive for the classes being refined, -id for a
	 * value alone in its class (non-candidates too) */
	int *cls = malloc(sizeof(int) * (size_t)nv);
	for (int i = 0; i < nv; i++)
		cls[i] = -i;
	Range *part = malloc(sizeof(Range) * (size_t)(n + 1));
	int nparts = 0, nclass = 0;
	for (int i = 0; i < n;) {
		int j = i + 1;
		while (j < n && same_key(&keys[a[i]->id], &keys[a[j]->id]))
			j++;
		if (j - i > 1) {
			nclass++;
			for (int k = i; k < j; k++)
				cls[a[k]->id] = nclass;
			part[nparts++] = (Range){i, j - i};
		}
		i = j;
	}

	/* split classes whose members have arguments of different classes */
	sort_class = cls;
	for (bool changed = true; changed;) {
		changed = false;
		/* classes appended while looping are visited in the same sweep */
		for (int pi = 0; pi < nparts; pi++) {
			Range e = part[pi];
			Value **m = a + e.start;
			if ((op_info[m[0]->op].flags & OPF_COMMUTATIVE) && m[0]->nargs >= 2)
				for (int k = 0; k < e.len; k++) {
					Value *v = m[k];
					if (cls[v->args[0]->id] > cls[v->args[1]->id]) {
						Value *t = v->args[0];
						v->args[0] = v->args[1];
						v->args[1] = t;
					}
				}
			qsort(m, (size_t)e.len, sizeof(Value *), cmp_arg_classes);
			bool split = false;
			for (int k = 1; k < e.len && !split; k++)
				for (int x = 0; x < m[k]->nargs; x++)
					if (argclass(cls, m[k - 1], x) != argclass(cls, m[k], x)) {
						split = true;
						break;
					}
			if (!split)
				continue;
			part[pi--] = part[--nparts];
			for (int s = 0; s < e.len;) {
				int t = s + 1;
				for (; t < e.len; t++) {
					bool eq = true;
					for (int x = 0; x < m[s]->nargs && eq; x++)
						eq = argclass(cls, m[s], x) == argclass(cls, m[t], x);
					if (!eq)
						break;
				}
				if (t - s == 1) {
					cls[m[s]->id] = -m[s]->id;
				} else {
					nclass++;
					for (int k = s; k < t; k++)
						cls[m[k]->id] = nclass;
					part[nparts++] = (Range){e.start + s, t - s};
				}
				s = t;
			}
			changed = true;
		}
	}

	/* in each class, a member replaces those its block dominates */
	Value **rewrite = calloc((size_t)nv, sizeof(Value *));
	sort_dom = dt;
	for (int pi = 0; pi < nparts; pi++) {
		Value **m = a + part[pi].start;
		int len = part[pi].len;
		qsort(m, (size_t)len, sizeof(Value *), cmp_domorder);
		for (int i = 0; i < len - 1; i++) {
			Value *v = m[i];
			if (!v)
				continue;
			m[i] = NULL;
			for (int j = i + 1; j < len; j++) {
				Value *w = m[j];
				if (!w)
					continue;
				/* preorder: the blocks v's block dominates come in one run */
				if (!ssa_dominates(dt, v->block, w->block))
					break;
				rewrite[w->id] = v;
				m[j] = NULL;
			}
		}
	}

	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			for (int j = 0; j < v->nargs; j++) {
				Value *w = v->args[j], *x = rewrite[w->id];
				if (!x)
					continue;
				if (w->is_stmt && w->block == v->block && w->pos.line == v->pos.line && w->pos.file == v->pos.file &&
				    !ssa_not_stmt_op(v->op)) {
					v->is_stmt = true; /* the statement starts at v now */
					w->is_stmt = false;
				}
				ssa_set_arg(v, j, x);
			}
		}
		if (b->control && rewrite[b->control->id])
			ssa_set_control(b, rewrite[b->control->id]);
	}
	for (int i = 0; i < f->names.len; i++) {
		NamedValue *nm = VEC_AT(f->names, i);
		for (int j = 0; j < nm->values.len; j++) {
			Value *v = VEC_AT(nm->values, j);
			if (v->id > 0 && v->id < nv && rewrite[v->id])
				VEC_AT(nm->values, j) = rewrite[v->id];
		}
	}

	free(rewrite);
	free(memo);
	memo = NULL;
	free(part);
	free(cls);
	free(auxids.slot);
	free(auxids.id);
	ptrmap_free(&typeids);
	free(keys);
	free(a);
}
