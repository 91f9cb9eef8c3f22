/* runtime/stdasm2_amd64.S — bodyless functions of math/big, crypto/md5,
 * crypto/sha1, crypto/sha256, crypto/sha512, crypto/internal/boring/sig,
 * crypto/internal/edwards25519/field, hash/crc32 and time/tzdata (gc: their _amd64.s files).
 *
 * Most of gc's assembly here is an optimised equivalent of a portable Go
 * function the package has anyway (math/big's addVV_g..., the hashes'
 * blockGeneric) with the same signature: goc's version is a tail jump to
 * it, which passes every argument and result through untouched whatever
 * their registers.  castagnoliSSE42Triple returns three words (%eax, %edx,
 * %ecx, an LLVM struct return), which no C function can produce; the other
 * C-shaped functions are in stdasm2_amd64.c.
 *
 * Arguments are the C ones: %rdi, %rsi, %rdx, %rcx, %r8, %r9, then the
 * stack; a slice is three words (ptr, len, cap).
 *
 * The jump targets are weak references: this object is linked whenever
 * one of the packages is, and the others' functions are then absent (their
 * stubs are unreachable).
 *
 * Invariants: leaves or tail jumps into Go code; no runtime state.
 */

	.text

#define TAILJUMP(name, target) \
	.weak	target; \
	.globl	name; \
	.type	name, @function; \
name: \
	jmp	target; \
	.size	name, . - name

/* math/big (arith_decl.go): the _g versions are arith.go's. */
TAILJUMP("math/big.addVV", "math/big.addVV_g")
TAILJUMP("math/big.subVV", "math/big.subVV_g")
TAILJUMP("math/big.addVW", "math/big.addVW_g")
TAILJUMP("math/big.subVW", "math/big.subVW_g")
TAILJUMP("math/big.shlVU", "math/big.shlVU_g")
TAILJUMP("math/big.shrVU", "math/big.shrVU_g")
TAILJUMP("math/big.mulAddVWW", "math/big.mulAddVWW_g")
TAILJUMP("math/big.addMulVVW", "math/big.addMulVVW_g")

/* func block(dig *digest, p []byte): the packages' blockGeneric.  sha1's
 * and sha512's block choose between blockAVX2 and blockAMD64 by CPU
 * feature; both are blockGeneric here (blockAVX2 is given whole blocks). */
TAILJUMP("crypto/md5.block", "crypto/md5.blockGeneric")
TAILJUMP("crypto/sha1.blockAVX2", "crypto/sha1.blockGeneric")
TAILJUMP("crypto/sha1.blockAMD64", "crypto/sha1.blockGeneric")
TAILJUMP("crypto/sha256.block", "crypto/sha256.blockGeneric")
TAILJUMP("crypto/sha512.blockAVX2", "crypto/sha512.blockGeneric")
TAILJUMP("crypto/sha512.blockAMD64", "crypto/sha512.blockGeneric")

/* crypto/internal/edwards25519/field (fe_amd64.go): fe_generic.go's. */
TAILJUMP("crypto/internal/edwards25519/field.feMul", "crypto/internal/edwards25519/field.feMulGeneric")
TAILJUMP("crypto/internal/edwards25519/field.feSquare", "crypto/internal/edwards25519/field.feSquareGeneric")

/* crypto/internal/boring/sig: empty functions whose only purpose in gc is
 * a byte pattern in the binary that tools look for. */
	.globl	"crypto/internal/boring/sig.BoringCrypto"
	.type	"crypto/internal/boring/sig.BoringCrypto", @function
"crypto/internal/boring/sig.BoringCrypto":
	ret
	.size	"crypto/internal/boring/sig.BoringCrypto", . - "crypto/internal/boring/sig.BoringCrypto"
	.globl	"crypto/internal/boring/sig.FIPSOnly"
	.type	"crypto/internal/boring/sig.FIPSOnly", @function
"crypto/internal/boring/sig.FIPSOnly":
	ret
	.size	"crypto/internal/boring/sig.FIPSOnly", . - "crypto/internal/boring/sig.FIPSOnly"
	.globl	"crypto/internal/boring/sig.StandardCrypto"
	.type	"crypto/internal/boring/sig.StandardCrypto", @function
"crypto/internal/boring/sig.StandardCrypto":
	ret
	.size	"crypto/internal/boring/sig.StandardCrypto", . - "crypto/internal/boring/sig.StandardCrypto"

/* func registerLoadFromEmbeddedTZData(f func(string) (string, error)),
 * gc: a linkname push to package time's function of that name.  time/tzdata
 * does not import time, so the reference is weak: without time in the
 * program there is nobody to register with. */
	.weak	"time.registerLoadFromEmbeddedTZData"
	.globl	"time/tzdata.registerLoadFromEmbeddedTZData"
	.type	"time/tzdata.registerLoadFromEmbeddedTZData", @function
"time/tzdata.registerLoadFromEmbeddedTZData":
	movq	$"time.registerLoadFromEmbeddedTZData", %rax
	testq	%rax, %rax
	jz	1f
	jmp	*%rax
1:	ret
	.size	"time/tzdata.registerLoadFromEmbeddedTZData", . - "time/tzdata.registerLoadFromEmbeddedTZData"

/* func castagnoliSSE42Triple(crcA, crcB, crcC uint32, a, b, c []byte,
 *	rounds uint32) (retA, retB, retC uint32)
 * hash/crc32: three independent CRC-32C streams of 24*rounds bytes each,
 * 8 bytes at a time with SSE4.2's CRC32 (crc32_amd64.go uses it only when
 * cpu.X86.HasSSE42).  In: %edi, %esi, %edx, a = %rcx/%r8/%r9, b = 8..24(%rsp),
 * c = 32..48(%rsp), rounds = 56(%rsp).  Out: %eax, %edx, %ecx. */
	.globl	"hash/crc32.castagnoliSSE42Triple"
	.type	"hash/crc32.castagnoliSSE42Triple", @function
"hash/crc32.castagnoliSSE42Triple":
	movl	%edi, %eax		/* crcA */
	movl	%edx, %r9d		/* crcC */
	movl	%esi, %edx		/* crcB */
	movq	8(%rsp), %r10		/* b.ptr */
	movq	32(%rsp), %r11		/* c.ptr */
	movl	56(%rsp), %r8d		/* rounds */
	testq	%r8, %r8
	jz	2f
1:	crc32q	(%rcx), %rax
	crc32q	(%r10), %rdx
	crc32q	(%r11), %r9
	crc32q	8(%rcx), %rax
	crc32q	8(%r10), %rdx
	crc32q	8(%r11), %r9
	crc32q	16(%rcx), %rax
	crc32q	16(%r10), %rdx
	crc32q	16(%r11), %r9
	addq	$24, %rcx
	addq	$24, %r10
	addq	$24, %r11
	decq	%r8
	jnz	1b
2:	movl	%r9d, %ecx
	ret
	.size	"hash/crc32.castagnoliSSE42Triple", . - "hash/crc32.castagnoliSSE42Triple"

	.section .note.GNU-split-stack, "", @progbits	/* see rt.h */
	.section .note.GNU-stack, "", @progbits
