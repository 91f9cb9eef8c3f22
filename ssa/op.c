/* op.c — the op table, generated from ops_generic.def by the X-macro
 * (cmd/compile/internal/ssa/opGen.go's opcodeTable, for the generic ops). */
#include "ssa.h"

const OpInfo op_info[OP_COUNT] = {
	[OpInvalid] = {"Invalid", 0, AUX_NONE, 0, "an invalid or removed value"},
#define OP(name, nargs, aux, flags, doc) [Op##name] = {#name, nargs, aux, flags, doc},
#include "ops_generic.def"
#undef OP
};

const char *block_kind_name[] = {
	[BlockInvalid] = "Invalid",
	[BlockPlain] = "Plain",
	[BlockIf] = "If",
	[BlockRet] = "Ret",
	[BlockExit] = "Exit",
	[BlockFirst] = "First",
};

bool ssa_op_is_atomic(Op op) { return op >= OpAtomicLoad32 && op <= OpAtomicCompareAndSwap64; }
