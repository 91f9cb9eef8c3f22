/* runtime/syscall_linux_amd64.S — the bodyless functions of packages syscall
 * and os whose results C cannot return (gc: syscall/asm_linux_amd64.s,
 * runtime/internal/syscall/asm_linux_amd64.s, and the runtime's linkname
 * hooks that return slices).
 *
 * goc's Go functions use the C calling convention as LLVM lowers it: up to
 * four integer results come back in %rax, %rdx, %rcx, %r8 (an LLVM struct
 * return), which no C function can produce, so (r1, r2 uintptr, err Errno)
 * and []string results are made here.  Arguments are the C ones: %rdi,
 * %rsi, %rdx, %rcx, %r8, %r9, then the stack.
 *
 * The system-call window (entersyscall/exitsyscall, syscall_linux.c and
 * proc.c): runtime_entersyscall pushes the callee-saved registers below its
 * return address and hands their address to rt_entersyscall, which makes it
 * the goroutine's sched_sp while it is in the system call; the collector
 * scans [sched_sp, stack.hi), so values the caller keeps in registers (a
 * buffer passed as a uintptr) stay alive.  Between the two calls the caller
 * runs only leaf code here, which uses no stack below its return address,
 * and runtime_exitsyscall moves %rsp below the saved registers before it
 * calls C, so they stay intact until the goroutine owns a P again.
 *
 * Invariants: the raw system calls are leaves (no stack, no runtime state):
 * RawSyscall runs in a fork child too.
 */

	.text

/* func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)
 * gc's runtime/internal/syscall.Syscall6: on failure r1 = -1, r2 = 0. */
	.globl	"syscall.RawSyscall6"
	.type	"syscall.RawSyscall6", @function
"syscall.RawSyscall6":
	movq	%rdi, %rax		/* trap */
	movq	%rsi, %rdi		/* a1 */
	movq	%rdx, %rsi		/* a2 */
	movq	%rcx, %rdx		/* a3 */
	movq	%r8, %r10		/* a4 */
	movq	%r9, %r8		/* a5 */
	movq	8(%rsp), %r9		/* a6 */
	syscall
	cmpq	$-4095, %rax
	jae	1f
	xorl	%ecx, %ecx		/* err = 0; r2 = %rdx as the kernel left it */
	ret
1:	negq	%rax
	movq	%rax, %rcx		/* err */
	movq	$-1, %rax		/* r1 */
	xorl	%edx, %edx		/* r2 */
	ret
	.size	"syscall.RawSyscall6", . - "syscall.RawSyscall6"

/* func rawSyscallNoError(trap, a1, a2, a3 uintptr) (r1, r2 uintptr) */
	.globl	"syscall.rawSyscallNoError"
	.type	"syscall.rawSyscallNoError", @function
"syscall.rawSyscallNoError":
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	syscall
	ret
	.size	"syscall.rawSyscallNoError", . - "syscall.rawSyscallNoError"

/* func rawVforkSyscall(trap, a1 uintptr) (r1 uintptr, err Errno)
 * forkAndExecInChild1's clone(CLONE_VM|CLONE_VFORK).  gc's child runs on
 * the parent's stack, in that function's frame, until it execs; gc's code
 * there is written for it, but LLVM's reuses stack slots, and the child's
 * stores would overwrite what the parent reloads after the call (a result
 * pointer, found by a crash).  So goc drops CLONE_VM: the child gets a
 * copy-on-write copy of the memory (as gc's own fallback, a plain clone,
 * does) and the parent still waits for its exec (CLONE_VFORK). */
	.globl	"syscall.rawVforkSyscall"
	.type	"syscall.rawVforkSyscall", @function
"syscall.rawVforkSyscall":
	movq	%rdi, %rax		/* trap */
	movq	%rsi, %rdi		/* a1: the flags */
	andq	$~0x100, %rdi		/* without CLONE_VM */
	xorl	%esi, %esi
	xorl	%edx, %edx
	xorl	%r10d, %r10d
	xorl	%r8d, %r8d
	xorl	%r9d, %r9d
	syscall
	cmpq	$-4095, %rax
	jae	1f
	xorl	%edx, %edx		/* err = 0 */
	ret
1:	negq	%rax
	movq	%rax, %rdx		/* err */
	movq	$-1, %rax		/* r1 */
	ret
	.size	"syscall.rawVforkSyscall", . - "syscall.rawVforkSyscall"

/* func runtime_entersyscall() (gc: runtime.entersyscall via linkname).
 * %rsi = the caller's SP, %rdi = the six callee-saved registers. */
	.globl	"syscall.runtime_entersyscall"
	.type	"syscall.runtime_entersyscall", @function
"syscall.runtime_entersyscall":
	leaq	8(%rsp), %rsi
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, %rdi
	subq	$8, %rsp		/* 8 (return pc) + 48 + 8 = 64: aligned */
	call	rt_entersyscall
	addq	$8, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	"syscall.runtime_entersyscall", . - "syscall.runtime_entersyscall"

/* func runtime_exitsyscall(): C runs below the registers saved above. */
	.globl	"syscall.runtime_exitsyscall"
	.type	"syscall.runtime_exitsyscall", @function
"syscall.runtime_exitsyscall":
	subq	$56, %rsp		/* past the 48 bytes of registers; aligned */
	call	rt_exitsyscall
	addq	$56, %rsp
	ret
	.size	"syscall.runtime_exitsyscall", . - "syscall.runtime_exitsyscall"

/* func runtime_doAllThreadsSyscall(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, err uintptr)
 * Not supported: ENOTSUP, as gc answers when cgo is linked. */
	.globl	"syscall.runtime_doAllThreadsSyscall"
	.type	"syscall.runtime_doAllThreadsSyscall", @function
"syscall.runtime_doAllThreadsSyscall":
	movq	$-1, %rax
	movq	$-1, %rdx
	movq	$95, %rcx		/* ENOTSUP */
	ret
	.size	"syscall.runtime_doAllThreadsSyscall", . - "syscall.runtime_doAllThreadsSyscall"

/* Functions returning a []string: C fills a GoSlice on the stack
 * (void f(GoSlice *out)), which is then returned in %rax, %rdx, %rcx. */
#define SLICE_RESULT(goname, cname)		\
	.globl	goname;				\
	.type	goname, @function;		\
goname:						\
	subq	$40, %rsp;			\
	movq	%rsp, %rdi;			\
	call	cname;				\
	movq	0(%rsp), %rax;			\
	movq	8(%rsp), %rdx;			\
	movq	16(%rsp), %rcx;			\
	addq	$40, %rsp;			\
	ret;					\
	.size	goname, . - goname

SLICE_RESULT("syscall.runtime_envs", rt_syscall_runtime_envs)
SLICE_RESULT("os.runtime_args", rt_os_runtime_args)

/* internal/syscall/unix's net.go pulls these from package syscall with
 * //go:linkname, which goc does not read: its bodyless declarations jump
 * to syscall's functions, which have the same signatures. */
#define PULL(goname, target)			\
	.globl	goname;				\
	.type	goname, @function;		\
goname:						\
	jmp	target;				\
	.size	goname, . - goname

PULL("internal/syscall/unix.RecvfromInet4", "syscall.recvfromInet4")
PULL("internal/syscall/unix.RecvfromInet6", "syscall.recvfromInet6")
PULL("internal/syscall/unix.SendtoInet4", "syscall.sendtoInet4")
PULL("internal/syscall/unix.SendtoInet6", "syscall.sendtoInet6")
PULL("internal/syscall/unix.SendmsgNInet4", "syscall.sendmsgNInet4")
PULL("internal/syscall/unix.SendmsgNInet6", "syscall.sendmsgNInet6")
PULL("internal/syscall/unix.RecvmsgInet4", "syscall.recvmsgInet4")
PULL("internal/syscall/unix.RecvmsgInet6", "syscall.recvmsgInet6")

	.section .note.GNU-split-stack, "", @progbits	/* see rt.h */
	.section .note.GNU-stack, "", @progbits
