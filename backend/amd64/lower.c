/* lower.c — one scheduled SSA Func → one LLVM function.
 *
 * Blocks are lowered in reverse postorder so every non-phi argument is
 * lowered before its use (ssa_schedule ordered the values inside each block);
 * phis are created empty and filled once every block is done. Blocks not
 * reachable from the entry become a lone `unreachable` and contribute no phi
 * edges. Memory-typed values lower to nothing: the schedule already orders
 * the side effects, and LLVM's own memory model takes over from there.
 *
 * One SSA block may become several LLVM blocks (a nil check splits it; a
 * noreturn panic starts a fresh dead block), so the LLVM block each CFG edge
 * leaves from is recorded per edge (edge_src) for the phis.
 *
 * Go semantics that LLVM would treat as undefined behaviour are spelled out:
 *   - shifts by >= width give 0 (Lsh, RshU) or the sign (Rsh): select;
 *   - MIN / -1 == MIN and MIN % -1 == 0: the divisor -1 is replaced by 1 and
 *     the result selected (the builder already checked for zero);
 *   - float → int uses CVTTSS2SI/CVTTSD2SI (0x80..0 when out of range, as
 *     gc's code gives) and gc's amd64 sequence for float → uint64;
 *   - NilCheck compares with nil and branches to a cold call of rt_panicmem.
 * Integer arithmetic never carries nsw/nuw: Go integers wrap.
 *
 * Per function, each memory-resident local (LocalAddr {x}) gets one alloca
 * in the LLVM entry block (Obj.backend holds it while the function is being
 * lowered and is cleared afterwards).
 */
#include "amd64.h"

typedef struct FnState {
	Func *f;
	LLVMValueRef fn;
	Sig sig;
	Type *recv;                 // the receiver type, or NULL
	LLVMBuilderRef ab;          // positioned in the alloca block
	LLVMBasicBlockRef allocas;  // LLVM entry: allocas, then br to the SSA entry
	LLVMBasicBlockRef *bb;      // by block id: the first LLVM block
	LLVMBasicBlockRef (*edge_src)[2]; // by block id and successor: the LLVM block the edge leaves (NULL: none)
	bool *reachable;            // by block id
	LLVMBasicBlockRef panicmem; // shared nil-check failure block
	Vec phis;                   // Value* phis to fill
	Vec locals;                 // Obj* whose backend holds an alloca
} FnState;

static LLVMValueRef val(Value *v) {
	if (!v->backend)
		ice("v%d (%s) used before it was lowered", v->id, v->op < OP_COUNT ? op_info[v->op].name : "?");
	return v->backend;
}

static LLVMValueRef const_i64(int64_t x) { return LLVMConstInt(be.t_i64, (unsigned long long)x, true); }

static unsigned width(LLVMValueRef v) { return LLVMGetIntTypeWidth(LLVMTypeOf(v)); }

/* A fresh LLVM block after the current one, for code following a split. */
static LLVMBasicBlockRef new_block(FnState *s, const char *name) {
	return LLVMAppendBasicBlockInContext(be.ctx, s->fn, name);
}

/* !prof branch_weights on a conditional branch: likely = LIKELY_YES favours the true edge */
static void set_weights(LLVMValueRef br, int likely) {
	if (likely == LIKELY_UNKNOWN)
		return;
	LLVMMetadataRef md[3];
	md[0] = LLVMMDStringInContext2(be.ctx, "branch_weights", 14);
	md[1] = LLVMValueAsMetadata(LLVMConstInt(be.t_i32, likely == LIKELY_YES ? 2000 : 1, false));
	md[2] = LLVMValueAsMetadata(LLVMConstInt(be.t_i32, likely == LIKELY_YES ? 1 : 2000, false));
	LLVMMetadataRef node = LLVMMDNodeInContext2(be.ctx, md, 3);
	unsigned kind = LLVMGetMDKindIDInContext(be.ctx, "prof", 4);
	LLVMSetMetadata(br, kind, LLVMMetadataAsValue(be.ctx, node));
}

/* After a call that cannot return: end the LLVM block, continue in a dead one. */
static void end_noreturn(FnState *s) {
	LLVMBuildUnreachable(be.b);
	LLVMPositionBuilderAtEnd(be.b, new_block(s, "dead"));
}

/* For GOSSAFUNC's ssa.html: the instruction or parameter made for SSA
 * value vN is named %vN (blocks are %bN anyway), so the page links the
 * two. A value made earlier (a Copy's) keeps its name. */
static void name_after(LLVMValueRef r, int id) {
	size_t n;
	if (!(LLVMIsAInstruction(r) || LLVMIsAArgument(r)) || LLVMGetTypeKind(LLVMTypeOf(r)) == LLVMVoidTypeKind)
		return;
	LLVMGetValueName2(r, &n);
	if (n)
		return;
	char name[32];
	snprintf(name, sizeof name, "v%d", id);
	LLVMSetValueName2(r, name, strlen(name));
}

/* ---------------- arguments ---------------- */

/* The LLVM parameter an `Arg` stands for: the ssa builder's parameter Objs
 * carry their position (Obj.index: the receiver's is < 0, params count from
 * 0, result Objs by result index). An Arg without an Obj is a parameter no
 * one can name (unnamed receiver, `_`): nothing refers to it. */
static LLVMValueRef lower_arg(FnState *s, Value *v) {
	Obj *o = v->aux;
	Type *ft = s->f->type;
	int base = s->sig.has_ctx ? 1 : 0;
	if (v->auxint == 3)
		return LLVMGetParam(s->fn, 0);
	if (v->auxint == 2) { // result pointer: count the non-SSA-able results before it
		int idx = o ? o->index : 0, k = 0;
		for (int i = 0; i < idx && i < ft->results.len; i++)
			if (!ssa_can_ssa(((Field *)VEC_AT(ft->results, i))->type))
				k++;
		return LLVMGetParam(s->fn, (unsigned)(base + k));
	}
	base += s->sig.nresptrs;
	int pbase = base + (s->sig.has_recv ? 1 : 0);
	if (o && o->index < 0 && s->sig.has_recv)
		return LLVMGetParam(s->fn, (unsigned)base);
	if (o && o->index >= 0 && o->index < ft->params.len)
		return LLVMGetParam(s->fn, (unsigned)(pbase + o->index));
	return LLVMGetUndef(amd64_val_type(v->type));
}

/* ---------------- constants ---------------- */

static LLVMValueRef lower_const(Value *v) {
	LLVMTypeRef t = amd64_val_type(v->type);
	union { int64_t i; double d; } bits = {.i = v->auxint};
	switch (v->op) {
	case OpConst8: case OpConst16: case OpConst32: case OpConst64:
		if (LLVMGetTypeKind(t) == LLVMPointerTypeKind)
			return LLVMConstIntToPtr(const_i64(v->auxint), t);
		return LLVMConstInt(t, (unsigned long long)v->auxint, true);
	case OpConstBool:
		return LLVMConstInt(be.t_i1, v->auxint != 0, false);
	case OpConst32F:
		return LLVMConstReal(be.t_f32, bits.d);
	case OpConst64F:
		return LLVMConstReal(be.t_f64, bits.d);
	case OpConstString: {
		SsaString *str = v->aux;
		return amd64_const_string(str->s, str->len);
	}
	case OpConstNil: case OpConstSlice: case OpConstInterface:
		return LLVMConstNull(t);
	default:
		unreachable();
	}
}

/* ---------------- integer and float arithmetic ---------------- */

static LLVMValueRef lower_binary(Value *v, LLVMOpcode op) {
	return LLVMBuildBinOp(be.b, op, val(v->args[0]), val(v->args[1]), "");
}

/* Signed division and remainder without LLVM's UB for MIN / -1:
 * divide by 1 instead and select -x (wrapping) or 0. */
static LLVMValueRef lower_divmod(Value *v, bool is_div) {
	LLVMValueRef x = val(v->args[0]), y = val(v->args[1]);
	LLVMTypeRef t = LLVMTypeOf(x);
	LLVMValueRef m1 = LLVMConstAllOnes(t);
	LLVMValueRef is_m1 = LLVMBuildICmp(be.b, LLVMIntEQ, y, m1, "");
	LLVMValueRef safe = LLVMBuildSelect(be.b, is_m1, LLVMConstInt(t, 1, false), y, "");
	if (is_div) {
		LLVMValueRef q = LLVMBuildSDiv(be.b, x, safe, "");
		LLVMValueRef neg = LLVMBuildSub(be.b, LLVMConstNull(t), x, "");
		return LLVMBuildSelect(be.b, is_m1, neg, q, "");
	}
	LLVMValueRef r = LLVMBuildSRem(be.b, x, safe, "");
	return LLVMBuildSelect(be.b, is_m1, LLVMConstNull(t), r, "");
}

typedef enum { SHL, SHR_S, SHR_U } ShiftKind;

/* x << y, x >> y with Go's meaning for y >= width; y is unsigned. */
static LLVMValueRef lower_shift(Value *v, ShiftKind k) {
	LLVMValueRef x = val(v->args[0]), y = val(v->args[1]);
	LLVMTypeRef t = LLVMTypeOf(x);
	unsigned w = width(x), yw = width(y);
	LLVMValueRef in_range = NULL;
	if (!v->auxint) // the amount may be >= w
		in_range = LLVMBuildICmp(be.b, LLVMIntULT, y, LLVMConstInt(LLVMTypeOf(y), w, false), "");
	if (yw > w)
		y = LLVMBuildTrunc(be.b, y, t, "");
	else if (yw < w)
		y = LLVMBuildZExt(be.b, y, t, "");
	if (k == SHR_S) {
		if (in_range)
			y = LLVMBuildSelect(be.b, in_range, y, LLVMConstInt(t, w - 1, false), "");
		return LLVMBuildAShr(be.b, x, y, "");
	}
	LLVMValueRef r = k == SHL ? LLVMBuildShl(be.b, x, y, "") : LLVMBuildLShr(be.b, x, y, "");
	if (in_range) // a poison shift in the unchosen arm of a select is harmless
		r = LLVMBuildSelect(be.b, in_range, r, LLVMConstNull(t), "");
	return r;
}

static LLVMValueRef lower_icmp(Value *v, LLVMIntPredicate p) {
	return LLVMBuildICmp(be.b, p, val(v->args[0]), val(v->args[1]), "");
}

static LLVMValueRef lower_fcmp(Value *v, LLVMRealPredicate p) {
	return LLVMBuildFCmp(be.b, p, val(v->args[0]), val(v->args[1]), "");
}

static LLVMValueRef call_intrinsic(const char *name, LLVMTypeRef *overload, int n, LLVMValueRef *args, int nargs) {
	LLVMTypeRef fnty;
	LLVMValueRef fn = amd64_intrinsic(name, overload, n, &fnty);
	return LLVMBuildCall2(be.b, fnty, fn, args, (unsigned)nargs, "");
}

/* ---------------- conversions ---------------- */

/* CVTTSS2SI / CVTTSD2SI: truncating conversion; out of range or NaN gives
 * the "integer indefinite" 0x80..0, exactly what gc's code produces. */
static LLVMValueRef cvtt(LLVMValueRef x, unsigned bits) {
	bool is_f32 = LLVMTypeOf(x) == be.t_f32;
	LLVMTypeRef vt = LLVMVectorType(LLVMTypeOf(x), is_f32 ? 4 : 2);
	LLVMValueRef vec = LLVMBuildInsertElement(be.b, LLVMGetPoison(vt), x, LLVMConstInt(be.t_i32, 0, false), "");
	const char *name = is_f32 ? (bits == 64 ? "llvm.x86.sse.cvttss2si64" : "llvm.x86.sse.cvttss2si")
	                          : (bits == 64 ? "llvm.x86.sse2.cvttsd2si64" : "llvm.x86.sse2.cvttsd2si");
	return call_intrinsic(name, NULL, 0, &vec, 1);
}

/* gc's float → uint64 on amd64 (ssagen float64ToUint64):
 *   x < 2^63 ? int64(x) : int64(x - 2^63) | 1<<63   (int64 = CVTTSD2SQ) */
static LLVMValueRef cvt_to_u64(LLVMValueRef x) {
	LLVMTypeRef ft = LLVMTypeOf(x);
	LLVMValueRef cutoff = LLVMConstReal(ft, 9223372036854775808.0);
	LLVMValueRef small = LLVMBuildFCmp(be.b, LLVMRealOLT, x, cutoff, "");
	LLVMValueRef a = cvtt(x, 64);
	LLVMValueRef b = cvtt(LLVMBuildFSub(be.b, x, cutoff, ""), 64);
	b = LLVMBuildOr(be.b, b, const_i64(INT64_MIN), "");
	return LLVMBuildSelect(be.b, small, a, b, "");
}

static LLVMValueRef lower_convert(Value *v) {
	LLVMValueRef x = val(v->args[0]);
	LLVMTypeRef t = amd64_val_type(v->type);
	switch (v->op) {
	case OpSignExt8to16: case OpSignExt8to32: case OpSignExt8to64:
	case OpSignExt16to32: case OpSignExt16to64: case OpSignExt32to64:
		return LLVMBuildSExt(be.b, x, t, "");
	case OpZeroExt8to16: case OpZeroExt8to32: case OpZeroExt8to64:
	case OpZeroExt16to32: case OpZeroExt16to64: case OpZeroExt32to64:
	case OpCvtBoolToUint8: // i1 → i8
		return LLVMBuildZExt(be.b, x, t, "");
	case OpTrunc16to8: case OpTrunc32to8: case OpTrunc32to16:
	case OpTrunc64to8: case OpTrunc64to16: case OpTrunc64to32:
		return LLVMBuildTrunc(be.b, x, t, "");
	case OpCvt32to32F: case OpCvt32to64F: case OpCvt64to32F: case OpCvt64to64F:
		return LLVMBuildSIToFP(be.b, x, t, "");
	case OpCvt64Uto32F: case OpCvt64Uto64F: // correctly rounded, like gc's sequence
		return LLVMBuildUIToFP(be.b, x, t, "");
	case OpCvt32Fto32: case OpCvt64Fto32:
		return cvtt(x, 32);
	case OpCvt32Fto64: case OpCvt64Fto64:
		return cvtt(x, 64);
	case OpCvt32Fto64U: case OpCvt64Fto64U:
		return cvt_to_u64(x);
	case OpCvt32Fto64F:
		return LLVMBuildFPExt(be.b, x, t, "");
	case OpCvt64Fto32F:
		return LLVMBuildFPTrunc(be.b, x, t, "");
	case OpRound32F: case OpRound64F: // SSE arithmetic already rounds to the type
		return x;
	case OpConvertPtr:
		return amd64_coerce(x, t);
	case OpPtrToInt:
		return LLVMBuildPtrToInt(be.b, x, t, "");
	case OpIntToPtr:
		return LLVMBuildIntToPtr(be.b, x, t, "");
	default:
		unreachable();
	}
}

/* ---------------- addresses ---------------- */

static LLVMValueRef byte_offset(LLVMValueRef p, LLVMValueRef off) {
	/* not inbounds: nil + offset must stay a plain address, not poison */
	return LLVMBuildGEP2(be.b, be.t_i8, p, &off, 1, "");
}

static LLVMValueRef local_slot(FnState *s, Obj *o) {
	if (o->backend)
		return o->backend;
	LLVMValueRef a = LLVMBuildAlloca(s->ab, amd64_mem_type(o->type), o->name ? o->name : "");
	int64_t al = types_align(o->type);
	LLVMSetAlignment(a, (unsigned)(al > 0 ? al : 1));
	o->backend = a;
	vec_push(&s->locals, o);
	return a;
}

static LLVMValueRef lower_addr(FnState *s, Value *v) {
	switch (v->op) {
	case OpAddr:
		switch (v->auxint) {
		case 2: return amd64_type_desc(v->aux);
		case 3: return amd64_itab(v->aux);
		case 1: return amd64_func_decl(v->aux, true);
		default: {
			Obj *o = v->aux;
			return o->kind == OBJ_FUNC ? amd64_funcval(o) : amd64_global_var(o);
		}
		}
	case OpLocalAddr:
		return local_slot(s, v->aux);
	case OpOffPtr:
		if (v->auxint == 0)
			return val(v->args[0]);
		return byte_offset(val(v->args[0]), const_i64(v->auxint));
	case OpAddPtr:
		return byte_offset(val(v->args[0]), amd64_coerce(val(v->args[1]), be.t_i64));
	case OpPtrIndex: {
		Type *elem = v->type->kind == TY_POINTER ? v->type->elem : NULL;
		if (!elem)
			ice("PtrIndex v%d of non-pointer type", v->id);
		LLVMValueRef i = amd64_coerce(val(v->args[1]), be.t_i64);
		return LLVMBuildGEP2(be.b, amd64_mem_type(elem), val(v->args[0]), &i, 1, "");
	}
	default:
		unreachable();
	}
}

/* ---------------- memory ---------------- */

static unsigned go_align(Type *t) {
	int64_t a = t ? types_align(t) : 1;
	return (unsigned)(a > 0 ? a : 1);
}

static LLVMValueRef lower_load(Value *v) {
	LLVMValueRef l = LLVMBuildLoad2(be.b, amd64_mem_type(v->type), val(v->args[0]), "");
	LLVMSetAlignment(l, go_align(v->type));
	return amd64_coerce(l, amd64_val_type(v->type));
}

static void lower_store(Value *v) {
	Type *t = v->aux ? (Type *)v->aux : v->args[1]->type;
	LLVMValueRef x = amd64_coerce(val(v->args[1]), amd64_mem_type(t));
	LLVMValueRef st = LLVMBuildStore(be.b, x, val(v->args[0]));
	LLVMSetAlignment(st, go_align(t));
}

/* ---------------- atomics (sync/atomic intrinsics; ssagen.c intrinsic_call) ----------------
 * Sequentially consistent LLVM atomics: on amd64 a load is a MOV, a store an
 * XCHG, the rest LOCK XADD / XCHG / LOCK CMPXCHG, as gc's intrinsics. The
 * value is the single non-memory element of the op's tuple (SelectN [0]). */

static LLVMTypeRef atomic_width(Op op) {
	switch (op) {
	case OpAtomicLoad32: case OpAtomicStore32: case OpAtomicExchange32: case OpAtomicAdd32: case OpAtomicCompareAndSwap32:
		return LLVMInt32TypeInContext(be.ctx);
	case OpAtomicLoadPtr:
		return be.t_ptr;
	default:
		return be.t_i64;
	}
}

static LLVMValueRef lower_atomic(Value *v) {
	LLVMTypeRef t = atomic_width(v->op);
	unsigned align = t == be.t_i64 || t == be.t_ptr ? 8 : 4;
	LLVMAtomicOrdering sc = LLVMAtomicOrderingSequentiallyConsistent;
	LLVMValueRef p = val(v->args[0]);
	switch (v->op) {
	case OpAtomicLoad32: case OpAtomicLoad64: case OpAtomicLoadPtr: {
		LLVMValueRef l = LLVMBuildLoad2(be.b, t, p, "");
		LLVMSetOrdering(l, sc);
		LLVMSetAlignment(l, align);
		return l;
	}
	case OpAtomicStore32: case OpAtomicStore64: {
		LLVMValueRef st = LLVMBuildStore(be.b, amd64_coerce(val(v->args[1]), t), p);
		LLVMSetOrdering(st, sc);
		LLVMSetAlignment(st, align);
		return NULL;
	}
	case OpAtomicExchange32: case OpAtomicExchange64:
		return LLVMBuildAtomicRMW(be.b, LLVMAtomicRMWBinOpXchg, p, amd64_coerce(val(v->args[1]), t), sc, false);
	case OpAtomicAdd32: case OpAtomicAdd64: {
		LLVMValueRef d = amd64_coerce(val(v->args[1]), t);
		LLVMValueRef old = LLVMBuildAtomicRMW(be.b, LLVMAtomicRMWBinOpAdd, p, d, sc, false);
		return LLVMBuildAdd(be.b, old, d, ""); // Go's Add returns the new value
	}
	case OpAtomicCompareAndSwap32: case OpAtomicCompareAndSwap64: {
		LLVMValueRef x = LLVMBuildAtomicCmpXchg(be.b, p, amd64_coerce(val(v->args[1]), t), amd64_coerce(val(v->args[2]), t),
		                                        sc, sc, false);
		return LLVMBuildExtractValue(be.b, x, 1, "");
	}
	default:
		ice("lower_atomic: op %s", op_info[v->op].name);
	}
}

/* ---------------- write barriers (ssa/writebarrier.c, runtime/mgc.c) ---------------- */

/* runtime.writeBarrier: non-zero while the collector marks.  Read with a
 * relaxed atomic load, so that LLVM never hoists it out of a loop: the flag
 * changes while the goroutine is stopped at a preemption point. */
static LLVMValueRef wb_enabled(void) {
	LLVMValueRef g = LLVMGetNamedGlobal(be.mod, "rt_writeBarrier");
	if (!g) {
		g = LLVMAddGlobal(be.mod, be.t_i32, "rt_writeBarrier");
		LLVMSetLinkage(g, LLVMExternalLinkage);
	}
	LLVMValueRef flag = LLVMBuildLoad2(be.b, be.t_i32, g, "wb");
	LLVMSetOrdering(flag, LLVMAtomicOrderingMonotonic);
	LLVMSetAlignment(flag, 4);
	return LLVMBuildICmp(be.b, LLVMIntNE, flag, LLVMConstInt(be.t_i32, 0, false), "");
}

/* if (runtime.writeBarrier) { shade } — leaves the builder after the test. */
static LLVMBasicBlockRef wb_begin(FnState *s, LLVMBasicBlockRef *done) {
	LLVMBasicBlockRef wb = new_block(s, "wb");
	*done = new_block(s, "wbdone");
	LLVMValueRef br = LLVMBuildCondBr(be.b, wb_enabled(), wb, *done);
	set_weights(br, LIKELY_NO);
	LLVMPositionBuilderAtEnd(be.b, wb);
	return wb;
}

static void wb_call(const char *name, LLVMValueRef *args, unsigned n) {
	LLVMTypeRef fnty;
	LLVMValueRef fn = amd64_rt_func_named(name, &fnty);
	LLVMBuildCall2(be.b, fnty, fn, args, n, "");
}

/* StoreWB: shade the pointers of the stored value, then store. */
static void lower_store_wb(FnState *s, Value *v) {
	Type *t = v->aux;
	LLVMTypeRef mt = amd64_mem_type(t);
	LLVMValueRef x = amd64_coerce(val(v->args[1]), mt);
	LLVMBasicBlockRef done;
	wb_begin(s, &done);
	if (LLVMGetTypeKind(mt) == LLVMPointerTypeKind) {
		wb_call("wbshade", &x, 1);
	} else {
		LLVMValueRef tmp = LLVMBuildAlloca(s->ab, mt, "wbtmp");
		LLVMSetAlignment(LLVMBuildStore(be.b, x, tmp), go_align(t));
		LLVMValueRef a[2] = {amd64_type_desc(t), tmp};
		wb_call("wbshadetyped", a, 2);
	}
	LLVMBuildBr(be.b, done);
	LLVMPositionBuilderAtEnd(be.b, done);
	LLVMValueRef st = LLVMBuildStore(be.b, x, val(v->args[0]));
	LLVMSetAlignment(st, go_align(t));
}

static void lower_move(Value *v);

/* MoveWB: shade the pointers of the source value, then copy. */
static void lower_move_wb(FnState *s, Value *v) {
	LLVMBasicBlockRef done;
	wb_begin(s, &done);
	LLVMValueRef a[2] = {amd64_type_desc(v->aux), val(v->args[1])};
	wb_call("wbshadetyped", a, 2);
	LLVMBuildBr(be.b, done);
	LLVMPositionBuilderAtEnd(be.b, done);
	lower_move(v);
}

static void lower_move(Value *v) {
	if (v->auxint == 0)
		return;
	unsigned al = go_align(v->aux);
	LLVMBuildMemMove(be.b, val(v->args[0]), al, val(v->args[1]), al, const_i64(v->auxint));
}

static void lower_zero(Value *v) {
	if (v->auxint == 0)
		return;
	LLVMBuildMemSet(be.b, val(v->args[0]), LLVMConstInt(be.t_i8, 0, false), const_i64(v->auxint), go_align(v->aux));
}

/* ---------------- aggregates ---------------- */

static LLVMValueRef extract(LLVMValueRef agg, unsigned i, Type *t) {
	return amd64_coerce(LLVMBuildExtractValue(be.b, agg, i, ""), amd64_val_type(t));
}

static LLVMValueRef make_agg(LLVMTypeRef t, LLVMValueRef *elems, unsigned *idx, int n) {
	LLVMValueRef r = LLVMConstNull(t); // padding elements stay zero, never poison
	for (int i = 0; i < n; i++) {
		unsigned k = idx ? idx[i] : (unsigned)i;
		LLVMTypeRef et = LLVMGetTypeKind(t) == LLVMArrayTypeKind ? LLVMGetElementType(t) : LLVMStructGetTypeAtIndex(t, k);
		r = LLVMBuildInsertValue(be.b, r, amd64_coerce(elems[i], et), k, "");
	}
	return r;
}

static LLVMValueRef lower_aggregate(Value *v) {
	LLVMValueRef a[4];
	unsigned idx[4];
	for (int i = 0; i < v->nargs && i < 4; i++)
		a[i] = val(v->args[i]);
	switch (v->op) {
	case OpStringMake: case OpSliceMake: case OpComplexMake: case OpIMake:
	case OpArrayMake0: case OpArrayMake1:
		return make_agg(amd64_mem_type(v->type), a, NULL, v->nargs);
	case OpStructMake0: case OpStructMake1: case OpStructMake2: case OpStructMake3: case OpStructMake4:
		for (int i = 0; i < v->nargs; i++)
			idx[i] = (unsigned)amd64_field_index(v->type, i);
		return make_agg(amd64_mem_type(v->type), a, idx, v->nargs);
	case OpStringPtr: case OpSlicePtr: case OpComplexReal: case OpITab:
		return extract(a[0], 0, v->type);
	case OpStringLen: case OpSliceLen: case OpComplexImag: case OpIData:
		return extract(a[0], 1, v->type);
	case OpSliceCap:
		return extract(a[0], 2, v->type);
	case OpStructSelect:
		return extract(a[0], (unsigned)amd64_field_index(v->args[0]->type, (int)v->auxint), v->type);
	case OpArraySelect:
		return extract(a[0], (unsigned)v->auxint, v->type);
	default:
		unreachable();
	}
}

/* ---------------- checks ---------------- */

static LLVMBasicBlockRef panicmem_block(FnState *s) {
	if (s->panicmem)
		return s->panicmem;
	LLVMBasicBlockRef saved = LLVMGetInsertBlock(be.b);
	s->panicmem = new_block(s, "panicmem");
	LLVMPositionBuilderAtEnd(be.b, s->panicmem);
	LLVMTypeRef fnty;
	LLVMValueRef fn = amd64_rt_func_named("panicmem", &fnty);
	LLVMBuildCall2(be.b, fnty, fn, NULL, 0, "");
	LLVMBuildUnreachable(be.b);
	LLVMPositionBuilderAtEnd(be.b, saved);
	return s->panicmem;
}

static void lower_nilcheck(FnState *s, Value *v) {
	if (ssa_config.debug_nil && v->pos.line > 1) /* gc's -d=nil: every check that reaches code */
		diag_note(v->pos, "generated nil check");
	LLVMValueRef p = val(v->args[0]);
	LLVMValueRef isnil = LLVMBuildICmp(be.b, LLVMIntEQ, p, LLVMConstNull(LLVMTypeOf(p)), "");
	LLVMBasicBlockRef ok = new_block(s, "nonnil");
	LLVMValueRef br = LLVMBuildCondBr(be.b, isnil, panicmem_block(s), ok);
	set_weights(br, LIKELY_NO);
	LLVMPositionBuilderAtEnd(be.b, ok);
}

/* gc's runtime.panicIndex etc., by boundsErrorCode; the U variants take an
 * unsigned index. */
static const char *bounds_entry[][2] = {
	[BOUNDS_INDEX] = {"panicIndex", "panicIndexU"},
	[BOUNDS_SLICE_ALEN] = {"panicSliceAlen", "panicSliceAlenU"},
	[BOUNDS_SLICE_ACAP] = {"panicSliceAcap", "panicSliceAcapU"},
	[BOUNDS_SLICE_B] = {"panicSliceB", "panicSliceBU"},
	[BOUNDS_SLICE3_ALEN] = {"panicSlice3Alen", "panicSlice3AlenU"},
	[BOUNDS_SLICE3_ACAP] = {"panicSlice3Acap", "panicSlice3AcapU"},
	[BOUNDS_SLICE3_B] = {"panicSlice3B", "panicSlice3BU"},
	[BOUNDS_SLICE3_C] = {"panicSlice3C", "panicSlice3CU"},
	[BOUNDS_CONVERT] = {"panicSliceConvert", "panicSliceConvert"},
};

static void lower_panicbounds(FnState *s, Value *v) {
	int kind = (int)(v->auxint & 0xff);
	bool u = (v->auxint & BOUNDS_UNSIGNED) != 0;
	if (kind > BOUNDS_CONVERT)
		ice("PanicBounds v%d: bad kind %d", v->id, kind);
	LLVMTypeRef fnty;
	LLVMValueRef fn = amd64_rt_func_named(bounds_entry[kind][u], &fnty);
	LLVMValueRef x = val(v->args[0]), y = val(v->args[1]);
	/* widen to the runtime's words: the index by its signedness, the length signed */
	if (LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMIntegerTypeKind && width(x) < 64)
		x = u ? LLVMBuildZExt(be.b, x, be.t_i64, "") : LLVMBuildSExt(be.b, x, be.t_i64, "");
	if (LLVMGetTypeKind(LLVMTypeOf(y)) == LLVMIntegerTypeKind && width(y) < 64)
		y = LLVMBuildSExt(be.b, y, be.t_i64, "");
	LLVMTypeRef pt[2];
	if (LLVMCountParamTypes(fnty) != 2)
		ice("runtime %s: expected two arguments", bounds_entry[kind][u]);
	LLVMGetParamTypes(fnty, pt);
	LLVMValueRef args[2] = {amd64_coerce(x, pt[0]), amd64_coerce(y, pt[1])};
	LLVMBuildCall2(be.b, fnty, fn, args, 2, "");
	end_noreturn(s);
}

/* ---------------- calls ---------------- */

/* SSA-able results of a call's tuple type (every element but the memory). */
static int tuple_results(Type *t) {
	if (!t || t->kind != TY_TUPLE)
		return 0;
	int n = 0;
	for (int i = 0; i < t->fields.len; i++)
		if (((Field *)VEC_AT(t->fields, i))->type->kind != TY_MEM)
			n++;
	return n;
}

/* A call without a Go signature to go by: the types of what is passed. */
static LLVMTypeRef fnty_from_call(Value *v, int first, int nargs) {
	LLVMTypeRef *pt = malloc(sizeof(LLVMTypeRef) * (size_t)(nargs + 1));
	for (int i = 0; i < nargs; i++)
		pt[i] = LLVMTypeOf(val(v->args[first + i]));
	LLVMTypeRef rt[8];
	int nr = 0;
	for (int i = 0; v->type->kind == TY_TUPLE && i < v->type->fields.len; i++) {
		Type *et = ((Field *)VEC_AT(v->type->fields, i))->type;
		if (et->kind != TY_MEM && nr < 8)
			rt[nr++] = amd64_val_type(et);
	}
	LLVMTypeRef ret = nr == 0 ? be.t_void : nr == 1 ? rt[0] : LLVMStructTypeInContext(be.ctx, rt, (unsigned)nr, false);
	LLVMTypeRef fnty = LLVMFunctionType(ret, pt, (unsigned)nargs, false);
	free(pt);
	return fnty;
}

/* The signature a static call to a Go function uses: from AuxCall.sig, the
 * receiver from the callee Obj (or, for a method type without one, the
 * argument in the receiver's place). */
static LLVMTypeRef go_call_fnty(Value *v, AuxCall *ac, int first, int nargs, bool ctx) {
	if (!ac->sig)
		return fnty_from_call(v, first, nargs);
	Type *recv = ac->func ? amd64_func_recv(ac->func) : NULL;
	Sig s = amd64_sig(ac->sig, recv, ctx);
	int have = nargs + (ctx ? 1 : 0);
	if (s.nparams + 1 == have && !s.has_recv) { // a method whose sig lacks the receiver
		Type *rt = v->args[first + s.nresptrs]->type;
		s = amd64_sig(ac->sig, rt, ctx);
	}
	if (s.nparams != have)
		ice("call v%d to %s: %d arguments for %d parameters", v->id, ac->fn ? ac->fn : "?", have, s.nparams);
	return s.fnty;
}

static LLVMValueRef lower_call(Value *v) {
	AuxCall *ac = v->aux;
	int nargs = v->nargs - 1; // the last argument is memory
	LLVMTypeRef fnty;
	LLVMValueRef fn;
	int first = 0;
	bool ctx = false;
	if (!ac)
		ice("call v%d without AuxCall", v->id);
	if (v->op == OpClosureLECall) {
		ctx = true;
		first = 1;
		nargs--;
		LLVMValueRef fv = val(v->args[0]);
		fnty = go_call_fnty(v, ac, first, nargs, true);
		LLVMValueRef code = LLVMBuildLoad2(be.b, be.t_ptr, fv, "");
		LLVMSetAlignment(code, 8);
		fn = code;
	} else if (v->op == OpInterLECall) {
		/* arg0: the code pointer from an itab; then as for StaticLECall
		 * (result pointers, the receiver — the interface's data word, an
		 * unsafe.Pointer —, params), then memory */
		if (!ac->sig)
			ice("InterLECall v%d without a signature", v->id);
		first = 1;
		nargs--;
		fnty = amd64_sig(ac->sig, ty_unsafeptr, false).fnty;
		fn = val(v->args[0]);
	} else if (ac->rt) {
		fn = amd64_rt_func(ac->rt - 1, &fnty);
	} else {
		fnty = go_call_fnty(v, ac, 0, nargs, false);
		const char *sym = ac->fn ? ac->fn : ac->func ? ac->func->linkname : NULL;
		if (!sym)
			ice("call v%d without a callee symbol", v->id);
		fn = LLVMGetNamedFunction(be.mod, sym);
		if (!fn) {
			fn = LLVMAddFunction(be.mod, sym, fnty);
			LLVMSetFunctionCallConv(fn, amd64_callconv(sym));
		} else if (LLVMGlobalGetValueType(fn) != fnty) {
			char *a = LLVMPrintTypeToString(fnty), *b = LLVMPrintTypeToString(LLVMGlobalGetValueType(fn));
			ice("call v%d to %s: signature %s, declared %s", v->id, sym, a, b);
		}
	}
	unsigned np = LLVMCountParamTypes(fnty);
	int total = nargs + (ctx ? 1 : 0);
	if ((int)np != total)
		ice("call v%d to %s: %d arguments for %u parameters", v->id, ac->fn ? ac->fn : "?", total, np);
	LLVMTypeRef *pt = malloc(sizeof(LLVMTypeRef) * (size_t)(np + 1));
	LLVMValueRef *args = malloc(sizeof(LLVMValueRef) * (size_t)(np + 1));
	LLVMGetParamTypes(fnty, pt);
	int k = 0;
	if (ctx)
		args[k++] = val(v->args[0]);
	for (int i = 0; i < nargs; i++, k++)
		args[k] = amd64_coerce(val(v->args[first + i]), pt[k]);
	LLVMValueRef call = LLVMBuildCall2(be.b, fnty, fn, args, np, "");
	if (LLVMIsAFunction(fn))
		LLVMSetInstructionCallConv(call, LLVMGetFunctionCallConv(fn));
	if (v->block->func->deferwrapper)  /* the callee keeps its own frame: recover checks it */
		LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex,
		                         LLVMCreateEnumAttribute(be.ctx, LLVMGetEnumAttributeKindForName("noinline", 8), 0));
	free(pt);
	free(args);
	return LLVMGetReturnType(fnty) == be.t_void ? NULL : call;
}

static LLVMValueRef lower_selectn(Value *v) {
	if (v->type->kind == TY_MEM)
		return NULL;
	Value *t = v->args[0];
	LLVMValueRef r = val(t);
	if (tuple_results(t->type) > 1)
		r = LLVMBuildExtractValue(be.b, r, (unsigned)v->auxint, "");
	return amd64_coerce(r, amd64_val_type(v->type));
}

static void lower_ret(FnState *s, Value *mr) {
	int n = mr ? mr->nargs - 1 : 0;
	if (n != s->sig.nresults)
		ice("%s: MakeResult with %d results, signature has %d", s->f->symbol, n, s->sig.nresults);
	if (n == 0) {
		LLVMBuildRetVoid(be.b);
	} else if (n == 1) {
		LLVMBuildRet(be.b, amd64_coerce(val(mr->args[0]), s->sig.ret));
	} else {
		LLVMValueRef *a = malloc(sizeof(LLVMValueRef) * (size_t)n);
		for (int i = 0; i < n; i++)
			a[i] = val(mr->args[i]);
		LLVMBuildRet(be.b, make_agg(s->sig.ret, a, NULL, n));
		free(a);
	}
}

/* ---------------- the op switch ---------------- */

static void lower_value(FnState *s, Value *v) {
	LLVMValueRef r = NULL;
	switch (v->op) {
	/* memory, glue: nothing to emit */
	case OpInitMem: case OpVarDef: case OpKeepAlive: case OpSP: case OpSB:
	case OpInvalid: // removed by a pass but still listed
		break;
	case OpArg:
		r = lower_arg(s, v);
		break;
	case OpPhi:
		if (v->type->kind != TY_MEM) {
			r = LLVMBuildPhi(be.b, amd64_val_type(v->type), "");
			vec_push(&s->phis, v);
		}
		break;
	case OpCopy:
		r = v->args[0]->backend;
		break;
	case OpUnknown:
		if (v->type->kind != TY_MEM)
			r = LLVMConstNull(amd64_val_type(v->type));
		break;
	case OpFwdRef:
		ice("%s: FwdRef v%d reached the back end", s->f->symbol, v->id);
	case OpGetFP:
	case OpGetCallerSP: {
		/* frame pointers are kept everywhere ("frame-pointer"="all") */
		LLVMValueRef level = LLVMConstInt(LLVMInt32TypeInContext(be.ctx), v->op == OpGetCallerSP ? 1 : 0, false);
		r = call_intrinsic("llvm.frameaddress", &be.t_ptr, 1, &level, 1);
		break;
	}
	case OpGetG: {
		/* %fs points at the M, whose first word is the running G
		 * (runtime/rt.h). Not a load from addrspace(257) null: LLVM takes
		 * %fs:0 for the ELF TLS self-pointer and folds the G away. */
		static const char movq[] = "movq %fs:0, $0";
		LLVMTypeRef fnty = LLVMFunctionType(be.t_ptr, NULL, 0, 0);
		LLVMValueRef asm_ = LLVMGetInlineAsm(fnty, movq, sizeof movq - 1, "=r", 2, false, false,
		                                     LLVMInlineAsmDialectATT, false);
		r = LLVMBuildCall2(be.b, fnty, asm_, NULL, 0, "g");
		break;
	}
	case OpGetClosurePtr:
		if (!s->sig.has_ctx)
			ice("%s: GetClosurePtr in a function without a closure context", s->f->symbol);
		r = LLVMGetParam(s->fn, 0);
		break;

	case OpAddr: case OpLocalAddr: case OpOffPtr: case OpAddPtr: case OpPtrIndex:
		r = lower_addr(s, v);
		break;
	case OpLoad: r = lower_load(v); break;
	case OpStore: lower_store(v); break;
	case OpMove: lower_move(v); break;
	case OpStoreWB: lower_store_wb(s, v); break;
	case OpMoveWB: lower_move_wb(s, v); break;
	case OpZero: lower_zero(v); break;
	case OpAtomicLoad32: case OpAtomicLoad64: case OpAtomicLoadPtr:
	case OpAtomicStore32: case OpAtomicStore64:
	case OpAtomicExchange32: case OpAtomicExchange64: case OpAtomicAdd32: case OpAtomicAdd64:
	case OpAtomicCompareAndSwap32: case OpAtomicCompareAndSwap64:
		r = lower_atomic(v);
		break;

	case OpConst8: case OpConst16: case OpConst32: case OpConst64:
	case OpConst32F: case OpConst64F: case OpConstBool: case OpConstString:
	case OpConstNil: case OpConstSlice: case OpConstInterface:
		r = lower_const(v);
		break;

	case OpAdd8: case OpAdd16: case OpAdd32: case OpAdd64: r = lower_binary(v, LLVMAdd); break;
	case OpSub8: case OpSub16: case OpSub32: case OpSub64: r = lower_binary(v, LLVMSub); break;
	case OpMul8: case OpMul16: case OpMul32: case OpMul64: r = lower_binary(v, LLVMMul); break;
	case OpAnd8: case OpAnd16: case OpAnd32: case OpAnd64: case OpAndB: r = lower_binary(v, LLVMAnd); break;
	case OpOr8: case OpOr16: case OpOr32: case OpOr64: case OpOrB: r = lower_binary(v, LLVMOr); break;
	case OpXor8: case OpXor16: case OpXor32: case OpXor64: r = lower_binary(v, LLVMXor); break;
	case OpDiv8u: case OpDiv16u: case OpDiv32u: case OpDiv64u: r = lower_binary(v, LLVMUDiv); break;
	case OpMod8u: case OpMod16u: case OpMod32u: case OpMod64u: r = lower_binary(v, LLVMURem); break;
	case OpDiv8: case OpDiv16: case OpDiv32: case OpDiv64: r = lower_divmod(v, true); break;
	case OpMod8: case OpMod16: case OpMod32: case OpMod64: r = lower_divmod(v, false); break;
	case OpNeg8: case OpNeg16: case OpNeg32: case OpNeg64:
		r = LLVMBuildNeg(be.b, val(v->args[0]), "");
		break;
	case OpCom8: case OpCom16: case OpCom32: case OpCom64: case OpNot:
		r = LLVMBuildNot(be.b, val(v->args[0]), "");
		break;

	case OpLsh8x8: case OpLsh8x16: case OpLsh8x32: case OpLsh8x64:
	case OpLsh16x8: case OpLsh16x16: case OpLsh16x32: case OpLsh16x64:
	case OpLsh32x8: case OpLsh32x16: case OpLsh32x32: case OpLsh32x64:
	case OpLsh64x8: case OpLsh64x16: case OpLsh64x32: case OpLsh64x64:
		r = lower_shift(v, SHL);
		break;
	case OpRsh8x8: case OpRsh8x16: case OpRsh8x32: case OpRsh8x64:
	case OpRsh16x8: case OpRsh16x16: case OpRsh16x32: case OpRsh16x64:
	case OpRsh32x8: case OpRsh32x16: case OpRsh32x32: case OpRsh32x64:
	case OpRsh64x8: case OpRsh64x16: case OpRsh64x32: case OpRsh64x64:
		r = lower_shift(v, SHR_S);
		break;
	case OpRsh8Ux8: case OpRsh8Ux16: case OpRsh8Ux32: case OpRsh8Ux64:
	case OpRsh16Ux8: case OpRsh16Ux16: case OpRsh16Ux32: case OpRsh16Ux64:
	case OpRsh32Ux8: case OpRsh32Ux16: case OpRsh32Ux32: case OpRsh32Ux64:
	case OpRsh64Ux8: case OpRsh64Ux16: case OpRsh64Ux32: case OpRsh64Ux64:
		r = lower_shift(v, SHR_U);
		break;

	case OpEq8: case OpEq16: case OpEq32: case OpEq64: case OpEqPtr: case OpEqB:
		r = lower_icmp(v, LLVMIntEQ);
		break;
	case OpNeq8: case OpNeq16: case OpNeq32: case OpNeq64: case OpNeqPtr: case OpNeqB:
		r = lower_icmp(v, LLVMIntNE);
		break;
	case OpLess8: case OpLess16: case OpLess32: case OpLess64: r = lower_icmp(v, LLVMIntSLT); break;
	case OpLess8U: case OpLess16U: case OpLess32U: case OpLess64U: r = lower_icmp(v, LLVMIntULT); break;
	case OpLeq8: case OpLeq16: case OpLeq32: case OpLeq64: r = lower_icmp(v, LLVMIntSLE); break;
	case OpLeq8U: case OpLeq16U: case OpLeq32U: case OpLeq64U: r = lower_icmp(v, LLVMIntULE); break;
	case OpEq32F: case OpEq64F: r = lower_fcmp(v, LLVMRealOEQ); break;
	case OpNeq32F: case OpNeq64F: r = lower_fcmp(v, LLVMRealUNE); break;
	case OpLess32F: case OpLess64F: r = lower_fcmp(v, LLVMRealOLT); break;
	case OpLeq32F: case OpLeq64F: r = lower_fcmp(v, LLVMRealOLE); break;
	case OpCondSelect:
		r = LLVMBuildSelect(be.b, val(v->args[2]), val(v->args[0]), val(v->args[1]), "");
		break;

	case OpAdd32F: case OpAdd64F: r = lower_binary(v, LLVMFAdd); break;
	case OpSub32F: case OpSub64F: r = lower_binary(v, LLVMFSub); break;
	case OpMul32F: case OpMul64F: r = lower_binary(v, LLVMFMul); break;
	case OpDiv32F: case OpDiv64F: r = lower_binary(v, LLVMFDiv); break;
	case OpNeg32F: case OpNeg64F: r = LLVMBuildFNeg(be.b, val(v->args[0]), ""); break;
	case OpSqrt: {
		LLVMValueRef x = val(v->args[0]);
		r = call_intrinsic("llvm.sqrt", &be.t_f64, 1, &x, 1);
		break;
	}

	case OpSignExt8to16: case OpZeroExt8to16: case OpSignExt8to32: case OpZeroExt8to32:
	case OpSignExt8to64: case OpZeroExt8to64: case OpSignExt16to32: case OpZeroExt16to32:
	case OpSignExt16to64: case OpZeroExt16to64: case OpSignExt32to64: case OpZeroExt32to64:
	case OpTrunc16to8: case OpTrunc32to8: case OpTrunc32to16: case OpTrunc64to8:
	case OpTrunc64to16: case OpTrunc64to32:
	case OpCvt32to32F: case OpCvt32to64F: case OpCvt32Fto32: case OpCvt64Fto32:
	case OpCvt64to32F: case OpCvt64to64F: case OpCvt32Fto64: case OpCvt64Fto64:
	case OpCvt64Uto32F: case OpCvt64Uto64F: case OpCvt32Fto64U: case OpCvt64Fto64U:
	case OpCvt32Fto64F: case OpCvt64Fto32F: case OpRound32F: case OpRound64F:
	case OpConvertPtr: case OpPtrToInt: case OpIntToPtr: case OpCvtBoolToUint8:
		r = lower_convert(v);
		break;

	case OpStringMake: case OpStringPtr: case OpStringLen:
	case OpSliceMake: case OpSlicePtr: case OpSliceLen: case OpSliceCap:
	case OpComplexMake: case OpComplexReal: case OpComplexImag:
	case OpStructMake0: case OpStructMake1: case OpStructMake2: case OpStructMake3: case OpStructMake4:
	case OpStructSelect: case OpArrayMake0: case OpArrayMake1: case OpArraySelect:
	case OpIMake: case OpITab: case OpIData:
		r = lower_aggregate(v);
		break;

	case OpNilCheck: lower_nilcheck(s, v); break;
	case OpIsNonNil: {
		LLVMValueRef p = val(v->args[0]);
		r = LLVMBuildICmp(be.b, LLVMIntNE, p, LLVMConstNull(LLVMTypeOf(p)), "");
		break;
	}
	case OpIsInBounds: r = lower_icmp(v, LLVMIntULT); break;
	case OpIsSliceInBounds: r = lower_icmp(v, LLVMIntULE); break;
	case OpPanicBounds: lower_panicbounds(s, v); break;

	case OpStaticLECall: case OpClosureLECall: case OpInterLECall: r = lower_call(v); break;
	case OpSelectN: r = lower_selectn(v); break;
	case OpMakeResult: break; // lowered as the Ret block's control

	default:
		ice("%s: v%d: op %s has no LLVM lowering", s->f->symbol, v->id,
		    v->op < OP_COUNT ? op_info[v->op].name : "?");
	}
	v->backend = r;
	if (r && s->f->html)
		name_after(r, v->id);
}

/* ---------------- blocks ---------------- */

static int succ_count(Block *b) { return b->succs.len; }
static Block *succ(Block *b, int i) { return VEC_AT(b->succs, i); }

static void lower_block(FnState *s, Block *b) {
	LLVMPositionBuilderAtEnd(be.b, s->bb[b->id]);
	for (int i = 0; i < b->values.len; i++) {
		Value *v = VEC_AT(b->values, i);
		amd64_dwarf_loc(v->pos);
		lower_value(s, v);
	}
	amd64_dwarf_loc(b->pos);
	LLVMBasicBlockRef cur = LLVMGetInsertBlock(be.b);
	switch (b->kind) {
	case BlockPlain:
		LLVMBuildBr(be.b, s->bb[succ(b, 0)->id]);
		s->edge_src[b->id][0] = cur;
		break;
	case BlockFirst:
		LLVMBuildBr(be.b, s->bb[succ(b, 0)->id]);
		s->edge_src[b->id][0] = cur;
		break;
	case BlockIf: {
		if (succ_count(b) != 2)
			ice("%s: If block b%d with %d successors", s->f->symbol, b->id, succ_count(b));
		LLVMBasicBlockRef t = s->bb[succ(b, 0)->id], e = s->bb[succ(b, 1)->id];
		LLVMBasicBlockRef src1 = cur;
		if (succ(b, 0) == succ(b, 1)) { // two edges to one block: give the second its own LLVM block
			LLVMBasicBlockRef tramp = new_block(s, "edge");
			LLVMPositionBuilderAtEnd(be.b, tramp);
			LLVMBuildBr(be.b, e);
			LLVMPositionBuilderAtEnd(be.b, cur);
			e = src1 = tramp;
		}
		LLVMValueRef br = LLVMBuildCondBr(be.b, val(b->control), t, e);
		set_weights(br, b->likely);
		s->edge_src[b->id][0] = cur;
		s->edge_src[b->id][1] = src1;
		break;
	}
	case BlockRet:
		lower_ret(s, b->control);
		break;
	case BlockExit:
		LLVMBuildUnreachable(be.b);
		break;
	default:
		ice("%s: block b%d of kind %d", s->f->symbol, b->id, b->kind);
	}
}

/* Reverse postorder of the blocks reachable from the entry. */
static int rpo(Func *f, int nb, Block **order, bool *seen) {
	Block **stack = malloc(sizeof(Block *) * (size_t)(nb + 1));
	int *next = calloc((size_t)nb + 1, sizeof(int));
	int sp = 0, n = 0;
	Block **postorder = malloc(sizeof(Block *) * (size_t)(nb + 1));
	Block *entry = f->entry ? f->entry : VEC_AT(f->blocks, 0);
	stack[sp++] = entry;
	seen[entry->id] = true;
	while (sp) {
		Block *b = stack[sp - 1];
		if (next[b->id] < b->succs.len) {
			Block *c = VEC_AT(b->succs, next[b->id]++);
			if (b->kind == BlockFirst && next[b->id] == 2)
				continue; // the untaken edge
			if (!seen[c->id]) {
				seen[c->id] = true;
				stack[sp++] = c;
			}
		} else {
			postorder[n++] = b;
			sp--;
		}
	}
	for (int i = 0; i < n; i++)
		order[i] = postorder[n - 1 - i];
	free(stack);
	free(next);
	free(postorder);
	return n;
}

/* The index in p->succs of the edge that is b's i-th predecessor edge. */
static int edge_index(Block *b, int i) {
	Block *p = VEC_AT(b->preds, i);
	int k = 0;
	for (int j = 0; j < i; j++)
		if (VEC_AT(b->preds, j) == p)
			k++;
	for (int j = 0; j < p->succs.len; j++)
		if (VEC_AT(p->succs, j) == b && k-- == 0)
			return j;
	ice("b%d: predecessor b%d has no matching successor edge", b->id, p->id);
}

static void fill_phis(FnState *s) {
	for (int i = 0; i < s->phis.len; i++) {
		Value *phi = VEC_AT(s->phis, i);
		Block *b = phi->block;
		LLVMValueRef lp = phi->backend;
		for (int j = 0; j < phi->nargs && j < b->preds.len; j++) {
			Block *p = VEC_AT(b->preds, j);
			LLVMBasicBlockRef src = s->edge_src[p->id][edge_index(b, j)];
			if (!src)
				continue; // no such edge in LLVM (unreachable or untaken)
			LLVMValueRef x = phi->args[j]->backend;
			if (!x)
				x = LLVMConstNull(LLVMTypeOf(lp));
			if (LLVMTypeOf(x) != LLVMTypeOf(lp))
				ice("%s: phi v%d argument v%d has a different LLVM type", s->f->symbol, phi->id, phi->args[j]->id);
			LLVMAddIncoming(lp, &x, &src, 1);
		}
	}
}

static LLVMValueRef define_func(FnState *s) {
	Func *f = s->f;
	s->recv = f->obj ? amd64_func_recv(f->obj) : NULL;
	s->sig = amd64_sig(f->type, s->recv, f->is_closure);
	LLVMValueRef fn = LLVMGetNamedFunction(be.mod, f->symbol);
	if (fn) {
		if (LLVMGlobalGetValueType(fn) != s->sig.fnty) {
			char *a = LLVMPrintTypeToString(s->sig.fnty), *b = LLVMPrintTypeToString(LLVMGlobalGetValueType(fn));
			ice("%s: signature %s, but called as %s", f->symbol, a, b);
		}
		if (LLVMCountBasicBlocks(fn))
			ice("%s defined twice", f->symbol);
	} else {
		fn = LLVMAddFunction(be.mod, f->symbol, s->sig.fnty);
	}
	if (f->dupok)
		amd64_make_linkonce(fn, f->symbol);
	else
		LLVMSetLinkage(fn, LLVMExternalLinkage);
	amd64_set_func_attrs(fn);
	amd64_set_func_flags(fn, f);
	return fn;
}

void amd64_lower_func(Func *f) {
	FnState s = {.f = f};
	s.fn = define_func(&s);
	f->backend = s.fn;
	amd64_dwarf_func(s.fn, f);
	int nb = f->next_block_id > 0 ? f->next_block_id : 1;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = VEC_AT(f->blocks, i);
		if (b->id >= nb)
			nb = b->id + 1;
	}
	s.bb = calloc((size_t)nb, sizeof *s.bb);
	s.edge_src = calloc((size_t)nb, sizeof *s.edge_src);
	s.reachable = calloc((size_t)nb, sizeof *s.reachable);
	Block **order = malloc(sizeof(Block *) * (size_t)nb);

	s.allocas = LLVMAppendBasicBlockInContext(be.ctx, s.fn, "entry");
	s.ab = LLVMCreateBuilderInContext(be.ctx);
	LLVMPositionBuilderAtEnd(s.ab, s.allocas);
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = VEC_AT(f->blocks, i);
		char name[32];
		snprintf(name, sizeof name, "b%d", b->id);
		s.bb[b->id] = LLVMAppendBasicBlockInContext(be.ctx, s.fn, name);
		b->backend = s.bb[b->id];
	}

	int n = rpo(f, nb, order, s.reachable);
	for (int i = 0; i < n; i++)
		lower_block(&s, order[i]);
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = VEC_AT(f->blocks, i);
		if (!s.reachable[b->id]) {
			LLVMPositionBuilderAtEnd(be.b, s.bb[b->id]);
			LLVMBuildUnreachable(be.b);
		}
	}
	fill_phis(&s);
	Block *entry = f->entry ? f->entry : VEC_AT(f->blocks, 0);
	amd64_dwarf_vars(f, s.fn, s.allocas, s.bb[entry->id]);
	LLVMBuildBr(s.ab, s.bb[entry->id]);

	/* nothing may point into the Func once we return */
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = VEC_AT(f->blocks, i);
		b->backend = NULL;
		for (int j = 0; j < b->values.len; j++)
			((Value *)VEC_AT(b->values, j))->backend = NULL;
	}
	amd64_dwarf_endfunc();
	for (int i = 0; i < s.locals.len; i++)
		((Obj *)VEC_AT(s.locals, i))->backend = NULL;
	free(s.locals.data);
	free(s.phis.data);
	LLVMDisposeBuilder(s.ab);
	free(s.bb);
	free(s.edge_src);
	free(s.reachable);
	free(order);
	f->backend = NULL;
}
