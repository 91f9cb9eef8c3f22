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
 *   - GoType has gc 1.19's _type layout (48 bytes) except at offset 40, where
 *     gc's two int32 offsets str/ptrToThis are replaced by one pointer to the
 *     type's string (gc's t.string(): "main.T", "int", "*main.T", "[]int").
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

/* Reports whether the two values of the type at a and b are equal (gc:
 * _type.equal).  NULL means not comparable, except that the runtime compares
 * strings, floats, complexes and TFLAG_REGULAR_MEMORY types by kind, so
 * those need no function. */
typedef uint8_t (*GoEqualFn)(const void *a, const void *b);

struct GoType {
	uintptr_t size;
	uintptr_t ptrdata;   // bytes of prefix that can contain pointers; 0 = no pointers
	uint32_t hash;       // hash of the type, for maps and type switches
	uint8_t tflag;       // TFLAG_*
	uint8_t align;       // alignment of a variable of this type
	uint8_t fieldAlign;  // alignment of a struct field of this type
	uint8_t kind;        // KIND_* | KIND_DIRECT_IFACE | KIND_GC_PROG
	GoEqualFn equal;
	const uint8_t *gcdata; // pointer bitmap, one bit per word of ptrdata
	const GoString *name;  // gc's t.string(); replaces gc's str/ptrToThis
};
_Static_assert(sizeof(GoType) == 48, "GoType must keep gc's _type size");
_Static_assert(offsetof(GoType, kind) == 23, "GoType.kind at gc's offset");
_Static_assert(offsetof(GoType, equal) == 24, "GoType.equal at gc's offset");
_Static_assert(offsetof(GoType, name) == 40, "GoType.name replaces str/ptrToThis");
_Static_assert(sizeof(GoString) == 16 && sizeof(GoSlice) == 24 && sizeof(GoEface) == 16, "Go value layouts");

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
