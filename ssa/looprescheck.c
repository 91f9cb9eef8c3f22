/* looprescheck.c — "insert resched checks" (gc's loopreschedchecks.go):
 * every loop's back edge asks whether the running goroutine has been asked
 * to yield, so that a loop without calls can be preempted without a signal.
 *
 * goc preempts asynchronously (sysmon's SIGURG, runtime/proc.c), as gc does
 * since 1.14, so the pass is off by default, as gc's is without
 * GOEXPERIMENT=preemptibleloops; -d=ssa/insert_resched_checks/on turns it
 * on. With GODEBUG=asyncpreemptoff=1 these checks are then what preempts a
 * spinning goroutine.
 *
 * Each back edge b → h of a depth-first search from the entry (so every
 * cycle has one, irreducible ones too) becomes b → test → (sched) → join → h:
 *
 *	test:  g = GetG mem; t = AtomicLoad32 (OffPtr [GO_G_PREEMPT_OFFSET] g) mem
 *	       If (Neq32 (SelectN [0] t) 0) -> sched join (unlikely)
 *	sched: StaticLECall {runtime.goschedguarded} (SelectN [1] t); Plain -> join
 *	join:  Plain -> h
 *
 * G.preempt is the word sysmon and the collector set (runtime/rt.h); the
 * load is atomic because another thread writes it and LLVM must not hoist
 * it out of the loop. The call changes memory inside the loop, so the
 * memory SSA is rebuilt: each block's memory at entry and exit is computed
 * before and after the edit (a phi is placed in every block with several
 * predecessors and no memory phi, then phis of one value are folded), and
 * the uses of a block's old entry memory, the memory phis' arguments and
 * Exit controls are moved to the new states. A function whose memory is
 * not one chain per block (two memory values nothing follows) is left as
 * it is.
 *
 * requires: nothing (its own DFS and orders).  breaks: nothing; runs after
 * writebarrier, before schedule (gc: after dse, before lower).
 */
#include "ssa.h"
#include "../runtime/abi.h"

static bool makes_mem(Value *v) {
	Type *t = v->type;
	return t && (t->kind == TY_MEM ||
	             (t->kind == TY_TUPLE && t->fields.len && ((Field *)VEC_LAST(t->fields))->type->kind == TY_MEM));
}

static bool is_mem(Value *v) { return v->type && v->type->kind == TY_MEM; }

typedef struct MemState {
	Value **start, **end; /* by block id: memory at entry (NULL for the entry block) and at exit */
	int nb;
} MemState;

/* The memory b ends with: the last of its own memory values (not a phi;
 * the one no memory value of b takes as an argument), or start if it has
 * none. *ok is cleared if there are two. followed: scratch by value id,
 * all false. */
static Value *block_end_mem(Block *b, Value *start, bool *ok, bool *followed) {
	for (int i = 0; i < b->values.len; i++) {
		Value *w = VEC_AT(b->values, i);
		if (w->op != OpPhi && makes_mem(w))
			for (int k = 0; k < w->nargs; k++)
				followed[w->args[k]->id] = true;
	}
	Value *last = NULL;
	for (int i = 0; i < b->values.len; i++) {
		Value *v = VEC_AT(b->values, i);
		if (!is_mem(v) || v->op == OpPhi || followed[v->id])
			continue;
		if (last)
			*ok = false;
		last = v;
	}
	for (int i = 0; i < b->values.len; i++) {
		Value *w = VEC_AT(b->values, i);
		for (int k = 0; k < w->nargs; k++)
			followed[w->args[k]->id] = false;
	}
	return last ? last : start;
}

static Value *mem_phi(Block *b) {
	for (int i = 0; i < b->values.len; i++) {
		Value *v = VEC_AT(b->values, i);
		if (v->op == OpPhi && is_mem(v))
			return v;
	}
	return NULL;
}

/* Entry and exit memory of the reachable blocks, in reverse postorder;
 * blocks with several preds and no memory phi get one from placeholders
 * (args filled later) if placeholders is given, else take a pred's. */
static bool memory_states(Func *f, MemState *m, Vec *placeholders) {
	Block **rpo = malloc(sizeof(Block *) * (size_t)(f->blocks.len + 1));
	int n = ssa_rpo(f, rpo);
	bool ok = true;
	bool *followed = calloc((size_t)f->next_value_id + (placeholders ? (size_t)n : 0), sizeof(bool));
	for (int i = 0; i < n && ok; i++) {
		Block *b = rpo[i];
		Value *start = mem_phi(b);
		if (!start && b->preds.len == 1) {
			start = m->end[((Block *)VEC_AT(b->preds, 0))->id];
		} else if (!start && b->preds.len > 1) {
			if (placeholders) {
				start = ssa_value_new(b, OpPhi, ty_mem, (Pos){0});
				vec_push(placeholders, start);
			} else {
				for (int j = 0; j < b->preds.len && !start; j++)
					start = m->end[((Block *)VEC_AT(b->preds, j))->id];
			}
		}
		m->start[b->id] = start;
		m->end[b->id] = block_end_mem(b, start, &ok, followed);
	}
	free(followed);
	free(rpo);
	return ok;
}

/* DFS back edges: pairs (block, successor index) whose target is on the stack */
static void back_edges(Func *f, Vec *from, Vec *index) {
	int nb = f->next_block_id;
	char *state = calloc((size_t)nb, 1); /* 0 new, 1 on the stack, 2 done */
	struct Frame {
		Block *b;
		int next;
	} *stack = malloc(sizeof(struct Frame) * (size_t)(f->blocks.len + 1));
	int sp = 0;
	stack[sp++] = (struct Frame){f->entry, 0};
	state[f->entry->id] = 1;
	while (sp > 0) {
		struct Frame *t = &stack[sp - 1];
		if (t->next == t->b->succs.len) {
			state[t->b->id] = 2;
			sp--;
			continue;
		}
		int k = t->next++;
		Block *s = VEC_AT(t->b->succs, k);
		if (state[s->id] == 1) {
			vec_push(from, t->b);
			vec_push(index, (void *)(intptr_t)k);
		} else if (state[s->id] == 0) {
			state[s->id] = 1;
			stack[sp++] = (struct Frame){s, 0};
		}
	}
	free(stack);
	free(state);
}

static Value *rt_call(Block *b, const char *name, Value *mem, Pos pos) {
	int idx = rt_entry_index(name);
	if (idx < 0)
		ice("runtime entry %s missing from runtime/abi.def", name);
	Value *call = ssa_value1(b, OpStaticLECall, ssa_tuple_type(&ty_mem, 1), pos, mem);
	AuxCall *ac = NEW(fn_arena, AuxCall);
	ac->fn = arena_printf(fn_arena, "runtime.%s", name);
	ac->rt = idx + 1;
	call->aux = ac;
	return call;
}

void ssa_insert_resched_checks(Func *f) {
	Vec from = {0}, index = {0};
	back_edges(f, &from, &index);
	if (!from.len)
		return;
	/* room for the blocks and values added below */
	int nb = f->next_block_id + 3 * from.len;
	MemState old = {calloc((size_t)nb, sizeof(Value *)), calloc((size_t)nb, sizeof(Value *)), nb};
	MemState now = {calloc((size_t)nb, sizeof(Value *)), calloc((size_t)nb, sizeof(Value *)), nb};
	Vec placeholders = {0};
	if (!memory_states(f, &old, NULL))
		goto done;

	Type *load_type = ssa_tuple_type((Type *[]){ty_uint32, ty_mem}, 2);
	for (int e = 0; e < from.len; e++) {
		Block *b = VEC_AT(from, e);
		int k = (int)(intptr_t)VEC_AT(index, e);
		Block *h = VEC_AT(b->succs, k);
		Value *m = old.end[b->id];
		Pos pos = b->control ? b->control->pos : b->pos;
		Block *test = ssa_block_new(f, BlockIf), *sched = ssa_block_new(f, BlockPlain),
		      *join = ssa_block_new(f, BlockPlain);
		/* b → h becomes b → test, join → h in the same slot of h's preds */
		int nth = 0;
		for (int j = 0; j < k; j++)
			nth += VEC_AT(b->succs, j) == h;
		for (int j = 0; j < h->preds.len; j++)
			if (VEC_AT(h->preds, j) == b && nth-- == 0) {
				VEC_AT(h->preds, j) = join;
				break;
			}
		VEC_AT(b->succs, k) = test;
		vec_push(&test->preds, b);
		vec_push(&join->succs, h);

		Value *g = ssa_value1(test, OpGetG, ty_unsafeptr, pos, m);
		Value *p = ssa_value1(test, OpOffPtr, type_ptr(ty_uint32), pos, g);
		p->auxint = GO_G_PREEMPT_OFFSET;
		Value *t = ssa_value2(test, OpAtomicLoad32, load_type, pos, p, m);
		Value *flag = ssa_value1(test, OpSelectN, ty_uint32, pos, t);
		Value *tm = ssa_value1(test, OpSelectN, ty_mem, pos, t);
		tm->auxint = 1;
		ssa_set_control(test, ssa_value2(test, OpNeq32, ty_bool, pos, flag, ssa_const_int(f, ty_uint32, 0)));
		test->likely = LIKELY_NO;
		ssa_add_edge(test, sched);
		ssa_add_edge(test, join);
		ssa_value1(sched, OpSelectN, ty_mem, pos, rt_call(sched, "goschedguarded", m, pos));
		ssa_add_edge(sched, join);
		/* test and sched start from b's end memory as it is now; join passes it on */
		old.start[test->id] = old.start[sched->id] = old.end[test->id] = old.end[join->id] = m;
	}

	/* the memory states of the new graph; a placeholder phi where paths meet */
	if (!memory_states(f, &now, &placeholders))
		ice("%s: resched checks broke the memory chain", f->name);
	/* uses of a block's entry memory, memory phis' arguments, Exit controls */
	for (int bi = 0; bi < f->blocks.len; bi++) {
		Block *b = VEC_AT(f->blocks, bi);
		Value *os = old.start[b->id], *ns = now.start[b->id];
		for (int i = 0; i < b->values.len; i++) {
			Value *v = VEC_AT(b->values, i);
			if (v->op == OpPhi) {
				if (!is_mem(v) || v->nargs != b->preds.len)
					continue; /* placeholders have no args yet */
				for (int j = 0; j < v->nargs; j++) {
					Block *p = VEC_AT(b->preds, j);
					if (v->args[j] == old.end[p->id] && now.end[p->id] && v->args[j] != now.end[p->id])
						ssa_set_arg(v, j, now.end[p->id]);
				}
				continue;
			}
			if (!os || !ns || os == ns)
				continue;
			for (int j = 0; j < v->nargs; j++)
				if (v->args[j] == os && is_mem(os))
					ssa_set_arg(v, j, ns);
		}
		if (b->kind == BlockExit && b->control == os && os && ns && os != ns && b->control->block != b)
			ssa_set_control(b, ns);
	}
	for (int i = 0; i < placeholders.len; i++) {
		Value *phi = VEC_AT(placeholders, i);
		Block *b = phi->block;
		for (int j = 0; j < b->preds.len; j++) {
			Value *e = now.end[((Block *)VEC_AT(b->preds, j))->id];
			ssa_add_arg(phi, e ? e : phi);
		}
	}
	/* placeholders of one value were not needed: fold them away */
	for (bool changed = true; changed;) {
		changed = false;
		for (int i = 0; i < placeholders.len; i++) {
			Value *phi = VEC_AT(placeholders, i);
			ssa_copyelim_value(phi);
			changed |= ssa_phielim_value(phi);
		}
	}
	ssa_copyelim(f);
	for (int i = 0; i < placeholders.len; i++) {
		Value *v = VEC_AT(placeholders, i);
		if (v->op != OpCopy)
			continue;
		Block *b = v->block;
		for (int j = 0; j < b->values.len; j++)
			if (VEC_AT(b->values, j) == v) {
				vec_remove(&b->values, j);
				break;
			}
		ssa_reset_args(v);
		v->op = OpInvalid;
		v->block = NULL;
	}
done:
	free(placeholders.data);
	free(old.start);
	free(old.end);
	free(now.start);
	free(now.end);
	free(from.data);
	free(index.data);
}
