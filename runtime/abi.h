/* runtime/abi.h — C views of Go values, shared by the compiler and the runtime.
 *
 * Everything here is a layout contract with compiled code: the backend lays out
 * strings, slices, interfaces and type descriptors exactly like these structs,
 * and calls the entry points listed in runtime/abi.def.  Both the hosted
 * compiler and the freestanding runtime include this file, so it includes
 * nothing but compiler-provided headers.
 *
 * Invariants:
 *   - GoString, GoSlice and GoEface have gc's amd64 layout (16, 24, 16 bytes).
 *   - Type descriptors have gc 1.19's layout field for field (runtime/type.go,
 *     reflect/type.go), so that reflect and internal/reflectlite compile from
 *     Go's own source and read them; only the meaning of the 32-bit offsets
 *     differs (absolute addresses, see GoNameOff).
 *   - Every entry point `name` of abi.def is the C function rt_name declared
 *     below with the C types of the abi.def type codes.
 */
#ifndef GOC_RUNTIME_ABI_H
#define GOC_RUNTIME_ABI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct GoString {
	const uint8_t *ptr;
	int64_t len;
} GoString;

typedef struct GoSlice {
	void *ptr;
	int64_t len, cap;
} GoSlice;

/* Two words returned in RAX:RDX (abi.def type code `pair`). */
typedef struct GoPair {
	int64_t r0, r1;
} GoPair;

typedef struct GoType GoType;

/* interface{}: data points to the value, or IS the value when
 * type->kind & KIND_DIRECT_IFACE (pointer-shaped types). */
typedef struct GoEface {
	const GoType *type;
	void *data;
} GoEface;

/* A Go func value (gc: funcval): a pointer to an object whose first word is
 * the code; the code is called with the object as its first (context)
 * argument, then the function's own arguments. */
typedef struct GoFuncVal {
	void *fn;
} GoFuncVal;

struct GoType {
	uintptr_t size;
	uintptr_t ptrdata;   // bytes of prefix that can contain pointers; 0 = no pointers
	uint32_t hash;       // hash of the type, for maps and type switches
	uint8_t tflag;       // TFLAG_*
	uint8_t align;       // alignment of a variable of this type
	uint8_t fieldAlign;  // alignment of a struct field of this type
	uint8_t kind;        // KIND_* | KIND_DIRECT_IFACE | KIND_GC_PROG
	const GoFuncVal *equal; // func(a, b unsafe.Pointer) bool; NULL: the type is not comparable
	const uint8_t *gcdata; // pointer bitmap, one bit per word of ptrdata
	int32_t str;         // GoNameOff of gc's t.string(): "main.T", "int", "*main.T"
	int32_t ptrToThis;   // GoTypeOff of *T, 0 when the program has none
};
_Static_assert(sizeof(GoType) == 48, "GoType must keep gc's _type size");
_Static_assert(offsetof(GoType, kind) == 23, "GoType.kind at gc's offset");
_Static_assert(offsetof(GoType, equal) == 24, "GoType.equal at gc's offset");
_Static_assert(offsetof(GoType, str) == 40 && offsetof(GoType, ptrToThis) == 44, "gc's str/ptrToThis");

/* Offsets in descriptors (gc: nameOff, typeOff, textOff).  gc makes them
 * relative to its module's types or text section; goc's are the absolute
 * address of the name, descriptor or code (static non-PIE binaries below
 * 2 GiB, code model small, so every one fits in an int32), resolved by
 * rt_resolveoff.  Negative ones index the run-time table of reflect's
 * addReflectOff (types made by reflect.StructOf, FuncOf ...).  0: none. */
typedef int32_t GoNameOff, GoTypeOff, GoTextOff;

/* A name (gc: reflect's name): a pointer to bytes
 *   flags (NAME_*), varint length, the name's bytes,
 *   [varint length, tag bytes when NAME_TAG],
 *   [4-byte GoNameOff of the package path when NAME_PKGPATH]. */
typedef const uint8_t *GoName;
enum {
	NAME_EXPORTED = 1 << 0,
	NAME_TAG = 1 << 1,
	NAME_PKGPATH = 1 << 2,
	NAME_EMBEDDED = 1 << 3,
};

/* gc's typekind.go */
enum {
	KIND_BOOL = 1,       // bool
	KIND_INT,            // int
	KIND_INT8,           // int8
	KIND_INT16,          // int16
	KIND_INT32,          // int32, rune
	KIND_INT64,          // int64
	KIND_UINT,           // uint
	KIND_UINT8,          // uint8, byte
	KIND_UINT16,         // uint16
	KIND_UINT32,         // uint32
	KIND_UINT64,         // uint64
	KIND_UINTPTR,        // uintptr
	KIND_FLOAT32,        // float32
	KIND_FLOAT64,        // float64
	KIND_COMPLEX64,      // complex64
	KIND_COMPLEX128,     // complex128
	KIND_ARRAY,          // [N]T
	KIND_CHAN,           // chan T
	KIND_FUNC,           // func(...)
	KIND_INTERFACE,      // interface{...}
	KIND_MAP,            // map[K]V
	KIND_PTR,            // *T
	KIND_SLICE,          // []T
	KIND_STRING,         // string
	KIND_STRUCT,         // struct{...}
	KIND_UNSAFE_POINTER, // unsafe.Pointer = 26

	KIND_DIRECT_IFACE = 1 << 5, // value stored in the interface data word itself
	KIND_GC_PROG = 1 << 6,      // gcdata is a GC program (unused by goc)
	KIND_MASK = (1 << 5) - 1,   // kind & KIND_MASK is the KIND_* above
};

/* gc's type.go tflag bits */
enum {
	TFLAG_UNCOMMON = 1 << 0,        // an uncommontype (methods, pkgpath) follows
	TFLAG_EXTRA_STAR = 1 << 1,      // gc only: name has a leading '*' to drop (goc names never do)
	TFLAG_NAMED = 1 << 2,           // the type has a name
	TFLAG_REGULAR_MEMORY = 1 << 3,  // equal and hash may treat the value as plain memory
};

/* ---- kind-specific descriptors: gc 1.19's runtime/type.go and reflect/type.go,
 * field for field, with the offsets above ----
 * Each starts with its GoType. When tflag & TFLAG_UNCOMMON, a GoUncommon
 * follows the kind-specific struct (for a func type, before its parameter
 * list), and its moff leads to the method table.
 * Descriptors are emitted by the back end as linkonce_odr globals named
 * "type:" + the type's link string, so there is exactly one per type in a
 * binary: two types the compiler made are identical iff their descriptors
 * have the same address. */

typedef struct GoMethod {        // a method in a named type's method set (gc: method)
	GoNameOff name;              // method name
	GoTypeOff mtyp;              // its func type, without the receiver
	GoTextOff ifn;               // code called through interfaces: the receiver is the data word
	GoTextOff tfn;               // code called normally (receiver as declared)
} GoMethod;

typedef struct GoUncommon {      // gc: uncommontype
	GoNameOff pkgpath;           // "main"
	uint16_t mcount;             // number of methods
	uint16_t xcount;             // number of exported methods
	uint32_t moff;               // offset from this GoUncommon to its [mcount]GoMethod
	uint32_t _unused;
} GoUncommon;

typedef struct GoPtrType {       // *T
	GoType typ;
	const GoType *elem;
} GoPtrType;

typedef struct GoSliceType {     // []T
	GoType typ;
	const GoType *elem;
} GoSliceType;

typedef struct GoArrayType {     // [N]T
	GoType typ;
	const GoType *elem;
	const GoType *slice;         // []T
	uintptr_t len;
} GoArrayType;

typedef struct GoChanType {      // chan T
	GoType typ;
	const GoType *elem;
	uintptr_t dir;               // 1 recv, 2 send, 3 both (gc's ChanDir)
} GoChanType;

typedef struct GoMapType {       // map[K]V (gc: maptype)
	GoType typ;
	const GoType *key;
	const GoType *elem;
	const GoType *bucket;        // internal bucket type
	const GoFuncVal *hasher;     // func(key unsafe.Pointer, seed uintptr) uintptr; NULL: the runtime hashes by key descriptor
	uint8_t keysize;             // size of key slot (8 when the key is stored indirectly)
	uint8_t elemsize;            // size of elem slot
	uint16_t bucketsize;         // size of a bucket
	uint32_t flags;              // 1 indirect key, 2 indirect elem, 4 reflexive key, 8 need key update, 16 hash might panic
} GoMapType;

typedef struct GoFuncType {      // func(in...) out... (gc: functype)
	GoType typ;
	uint16_t inCount;
	uint16_t outCount;           // top bit set: variadic
	uint32_t _pad;
	// then the GoUncommon if any, then inCount + outCount const GoType *
} GoFuncType;

typedef struct GoIMethod {       // a method of an interface type (gc: imethod)
	GoNameOff name;
	GoTypeOff ityp;              // func type without receiver
} GoIMethod;

typedef struct GoInterfaceType { // interface{...} (gc: interfacetype)
	GoType typ;
	GoName pkgpath;
	const GoIMethod *methods;    // sorted by name (gc's mhdr slice: ptr, len, cap)
	int64_t nmethods;
	int64_t capmethods;
} GoInterfaceType;

typedef struct GoStructField {   // gc: structField
	GoName name;                 // NAME_EMBEDDED for an embedded field
	const GoType *typ;
	uintptr_t offset;
} GoStructField;

typedef struct GoStructType {    // struct{...} (gc: structtype)
	GoType typ;
	GoName pkgpath;
	const GoStructField *fields; // gc's fields slice: ptr, len, cap
	int64_t nfields;
	int64_t capfields;
} GoStructType;

/* A non-empty interface's first word (gc: itab). fun[0] == 0 means the
 * type does not implement the interface (a cached negative answer).
 * Static itabs are emitted by the back end as linkonce_odr globals named
 * "go:itab." + type string + "," + interface string.  Each should also get a
 * pointer to it in section "go_itablinks" (a retained global, in the itab's
 * comdat, e.g. "go:itablink." + the same suffix, listed in @llvm.used): the
 * runtime enters those into its itab cache at start-up (gc: itabsinit), so
 * that a program has one itab per (interface, type) and compiled code may
 * compare itab words by address. */
typedef struct GoItab {
	const GoInterfaceType *inter;
	const GoType *type;
	uint32_t hash;               // copy of type->hash, for type switches
	uint32_t _pad;
	void *fun[];                 // inter->nmethods entries: GoMethod.ifn of each, in inter's order
} GoItab;

typedef struct GoIface {         // non-empty interface value
	const GoItab *tab;
	void *data;
} GoIface;

/* A map iteration in progress (gc: hiter), in the frame of the function
 * with the range loop: mapiterinit fills it, mapiternext advances it.
 * Compiled code reads only key and elem; key == NULL means the iteration is
 * over.  The map itself (gc's hmap) is private to runtime/map.c except that
 * its first word is the int count, so len(m) is a load (0 for a nil map). */
typedef struct GoHiter {
	void *key;                   // the current key, NULL when done
	void *elem;                  // the current element
	const GoMapType *t;
	void *h;                     // the map
	void *buckets;               // the map's bucket array when the iteration started
	void *bptr;                  // the bucket being walked
	void *overflow;              // keeps the overflow buckets of buckets alive (pointer-free buckets)
	void *oldoverflow;           // the same for the old buckets during a growth
	uintptr_t startBucket;       // the bucket the iteration started at
	uint8_t offset;              // the slot each bucket's walk starts at
	uint8_t wrapped;             // went from the last bucket back to bucket 0
	uint8_t B;                   // log2 of the bucket count when the iteration started
	uint8_t i;                   // next slot of bptr
	uint32_t _pad;
	uintptr_t bucket;            // next bucket
	uintptr_t checkBucket;       // during a growth: the new bucket whose entries an old bucket is walked for
} GoHiter;
_Static_assert(sizeof(GoHiter) == 96 && offsetof(GoHiter, key) == 0 && offsetof(GoHiter, elem) == 8,
               "gc's hiter layout: 12 words, key then elem");

/* A deferred call's record (rt.h Defer, gc's _defer).  A defer outside any
 * loop keeps it in its function's frame (rt_deferprocstack, gc's
 * deferprocStack): the compiler reserves this many bytes, the runtime
 * asserts the size. */
#define GO_DEFER_RECORD_SIZE 40

_Static_assert(sizeof(GoPtrType) == 56 && sizeof(GoArrayType) == 72 && sizeof(GoMapType) == 88 &&
               sizeof(GoFuncType) == 56 && sizeof(GoUncommon) == 16 && sizeof(GoMethod) == 16 &&
               sizeof(GoInterfaceType) == 80 && sizeof(GoStructType) == 80 && sizeof(GoStructField) == 24,
               "descriptor layouts are a contract with the back end");
_Static_assert(offsetof(GoItab, fun) == 24, "itab method table at gc's offset");

/* A channel (gc: hchan).  Compiled code reads only qcount and dataqsiz:
 * len(c) and cap(c) are loads of words 0 and 1 (0 for a nil channel).  The
 * rest is private to runtime/chan.c, guarded by lock. */
typedef struct GoWaitQ {
	void *first, *last;          // sudogs (runtime/rt.h), FIFO
} GoWaitQ;
typedef struct GoHchan {
	uint64_t qcount;             // values in the buffer: len(c)
	uint64_t dataqsiz;           // size of the circular buffer: cap(c)
	void *buf;                   // dataqsiz elements
	uint16_t elemsize;
	uint32_t closed;
	const GoType *elemtype;
	uint64_t sendx;              // send index into buf
	uint64_t recvx;              // receive index into buf
	GoWaitQ recvq;               // blocked receivers
	GoWaitQ sendq;               // blocked senders
	uint32_t lock;               // runtime Mutex
} GoHchan;
_Static_assert(offsetof(GoHchan, qcount) == 0 && offsetof(GoHchan, dataqsiz) == 8, "len/cap of a channel are its first two words");

/* One case of a select statement (gc: scase), in an array the compiler
 * builds in the frame: sends first, then receives.  elem: the value to send,
 * or where to store the received value (NULL: drop it). */
typedef struct GoSCase {
	void *c;                     // *GoHchan; NULL (a nil channel) never proceeds
	void *elem;
} GoSCase;
_Static_assert(sizeof(GoSCase) == 16, "gc's scase: two words");

/* The running goroutine's G is the word at %fs:0 (rt.h: M.tls_g); the
 * checks -d=ssa/insert_resched_checks/on puts on loops' back edges load its
 * preempt word (rt.h: G.preempt, nonzero when sysmon or the collector asks
 * the G to stop) at this offset, and call goschedguarded when it is set. */
enum { GO_G_PREEMPT_OFFSET = 188 };

/* The entry points of abi.def as C prototypes.  The type-code macros exist
 * only while abi.def is read. */
#define u8 uint8_t
#define i32 int32_t
#define i64 int64_t
#define u64 uint64_t
#define f32 float
#define f64 double
#define ptr void *
#define str GoString
#define pair GoPair
#define RT(name, ret, args) ret rt_##name args;
#include "abi.def"
#undef RT
#undef u8
#undef i32
#undef i64
#undef u64
#undef f32
#undef f64
#undef ptr
#undef str
#undef pair

#endif
