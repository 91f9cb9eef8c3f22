/* runtime/atomic_amd64.c — package sync/atomic's functions (gc: asm.s, which
 * jumps to runtime/internal/atomic's assembly).
 *
 * Every operation is sequentially consistent, as Go's memory model asks of
 * sync/atomic: on amd64 a load is a plain MOV, a store an XCHG, the
 * read-modify-writes LOCK-prefixed instructions (the __atomic builtins give
 * exactly these).  A nil address faults on the access, which the signal
 * handler turns into Go's nil-dereference panic as for compiled code.
 *
 * Pointer stores (StorePointer, SwapPointer, CompareAndSwapPointer) write
 * into memory the collector may have scanned already: they shade the new
 * pointer first (the Dijkstra insertion barrier, rt_wbptr), as a StoreWB
 * of compiled code does.
 *
 * Go's results map to C return values and parameters to C parameters in
 * order (goc's calling convention is LLVM's C one); bool is returned in AL.
 * Nothing here allocates, blocks or touches the scheduler.
 */
#include "rt.h"

#define SYM(name) __asm__("\"sync/atomic." #name "\"")

/* Int32 */
int32_t atomic_SwapInt32(int32_t *addr, int32_t v) SYM(SwapInt32);
bool atomic_CompareAndSwapInt32(int32_t *addr, int32_t old, int32_t new) SYM(CompareAndSwapInt32);
int32_t atomic_AddInt32(int32_t *addr, int32_t delta) SYM(AddInt32);
int32_t atomic_LoadInt32(int32_t *addr) SYM(LoadInt32);
void atomic_StoreInt32(int32_t *addr, int32_t v) SYM(StoreInt32);

int32_t atomic_SwapInt32(int32_t *addr, int32_t v) { return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST); }
bool atomic_CompareAndSwapInt32(int32_t *addr, int32_t old, int32_t new)
{
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
int32_t atomic_AddInt32(int32_t *addr, int32_t delta) { return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST); }
int32_t atomic_LoadInt32(int32_t *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void atomic_StoreInt32(int32_t *addr, int32_t v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }

/* Uint32 */
uint32_t atomic_SwapUint32(uint32_t *addr, uint32_t v) SYM(SwapUint32);
bool atomic_CompareAndSwapUint32(uint32_t *addr, uint32_t old, uint32_t new) SYM(CompareAndSwapUint32);
uint32_t atomic_AddUint32(uint32_t *addr, uint32_t delta) SYM(AddUint32);
uint32_t atomic_LoadUint32(uint32_t *addr) SYM(LoadUint32);
void atomic_StoreUint32(uint32_t *addr, uint32_t v) SYM(StoreUint32);

uint32_t atomic_SwapUint32(uint32_t *addr, uint32_t v) { return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST); }
bool atomic_CompareAndSwapUint32(uint32_t *addr, uint32_t old, uint32_t new)
{
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
uint32_t atomic_AddUint32(uint32_t *addr, uint32_t delta) { return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST); }
uint32_t atomic_LoadUint32(uint32_t *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void atomic_StoreUint32(uint32_t *addr, uint32_t v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }

/* Int64 */
int64_t atomic_SwapInt64(int64_t *addr, int64_t v) SYM(SwapInt64);
bool atomic_CompareAndSwapInt64(int64_t *addr, int64_t old, int64_t new) SYM(CompareAndSwapInt64);
int64_t atomic_AddInt64(int64_t *addr, int64_t delta) SYM(AddInt64);
int64_t atomic_LoadInt64(int64_t *addr) SYM(LoadInt64);
void atomic_StoreInt64(int64_t *addr, int64_t v) SYM(StoreInt64);

int64_t atomic_SwapInt64(int64_t *addr, int64_t v) { return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST); }
bool atomic_CompareAndSwapInt64(int64_t *addr, int64_t old, int64_t new)
{
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
int64_t atomic_AddInt64(int64_t *addr, int64_t delta) { return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST); }
int64_t atomic_LoadInt64(int64_t *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void atomic_StoreInt64(int64_t *addr, int64_t v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }

/* Uint64 */
uint64_t atomic_SwapUint64(uint64_t *addr, uint64_t v) SYM(SwapUint64);
bool atomic_CompareAndSwapUint64(uint64_t *addr, uint64_t old, uint64_t new) SYM(CompareAndSwapUint64);
uint64_t atomic_AddUint64(uint64_t *addr, uint64_t delta) SYM(AddUint64);
uint64_t atomic_LoadUint64(uint64_t *addr) SYM(LoadUint64);
void atomic_StoreUint64(uint64_t *addr, uint64_t v) SYM(StoreUint64);

uint64_t atomic_SwapUint64(uint64_t *addr, uint64_t v) { return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST); }
bool atomic_CompareAndSwapUint64(uint64_t *addr, uint64_t old, uint64_t new)
{
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
uint64_t atomic_AddUint64(uint64_t *addr, uint64_t delta) { return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST); }
uint64_t atomic_LoadUint64(uint64_t *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void atomic_StoreUint64(uint64_t *addr, uint64_t v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }

/* Uintptr */
uintptr_t atomic_SwapUintptr(uintptr_t *addr, uintptr_t v) SYM(SwapUintptr);
bool atomic_CompareAndSwapUintptr(uintptr_t *addr, uintptr_t old, uintptr_t new) SYM(CompareAndSwapUintptr);
uintptr_t atomic_AddUintptr(uintptr_t *addr, uintptr_t delta) SYM(AddUintptr);
uintptr_t atomic_LoadUintptr(uintptr_t *addr) SYM(LoadUintptr);
void atomic_StoreUintptr(uintptr_t *addr, uintptr_t v) SYM(StoreUintptr);

uintptr_t atomic_SwapUintptr(uintptr_t *addr, uintptr_t v) { return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST); }
bool atomic_CompareAndSwapUintptr(uintptr_t *addr, uintptr_t old, uintptr_t new)
{
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
uintptr_t atomic_AddUintptr(uintptr_t *addr, uintptr_t delta) { return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST); }
uintptr_t atomic_LoadUintptr(uintptr_t *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void atomic_StoreUintptr(uintptr_t *addr, uintptr_t v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }

/* Pointer: with the write barrier */
void *atomic_SwapPointer(void **addr, void *v) SYM(SwapPointer);
bool atomic_CompareAndSwapPointer(void **addr, void *old, void *new) SYM(CompareAndSwapPointer);
void *atomic_LoadPointer(void **addr) SYM(LoadPointer);
void atomic_StorePointer(void **addr, void *v) SYM(StorePointer);

void *atomic_SwapPointer(void **addr, void *v)
{
	rt_wbptr(v);
	return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);
}
bool atomic_CompareAndSwapPointer(void **addr, void *old, void *new)
{
	rt_wbptr(new);
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
void *atomic_LoadPointer(void **addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }
void atomic_StorePointer(void **addr, void *v)
{
	rt_wbptr(v);
	__atomic_store_n(addr, v, __ATOMIC_SEQ_CST);
}
