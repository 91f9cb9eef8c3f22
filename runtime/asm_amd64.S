/* runtime/asm_amd64.S — the process entry point and the few routines C cannot
 * express: switching stacks, the signal-return trampoline, and the frame that
 * makes a faulting instruction look like a call to sigpanic.
 *
 * Invariants:
 *   - Every C function is entered with %rsp = 8 mod 16 (SysV), so each
 *     routine here aligns the stack to 16 before its `call`.
 *   - %rbp = 0 marks the outermost frame of a stack, for frame-pointer walks.
 * gc's counterpart is asm_amd64.s (rt0_go, gogo) and sys_linux_amd64.s (sigreturn).
 */

	.text

/* _start: entered by the kernel with %rsp -> argc, argv[0..argc-1], NULL,
 * envp..., NULL, auxv...  Passes that pointer to rt_rt0_go, which never returns. */
	.globl	_start
	.type	_start, @function
_start:
	xorl	%ebp, %ebp
	movq	%rsp, %rdi
	andq	$-16, %rsp
	call	rt_rt0_go
	ud2
	.size	_start, . - _start

/* Goroutine switches (gc: mcall, gogo).  A G that is not running keeps its
 * context on its own stack: the return pc, then the callee-saved registers
 * rbp, rbx, r12, r13, r14, r15 pushed in that order; G.sched_sp (offset 0)
 * points at the saved r15.  Caller-saved registers need no saving: mcall is
 * an ordinary call.  (MXCSR and the x87 control word are callee-saved too,
 * but no code here changes them.)  The thread-local M block (rt.h) has
 * tls_g at %fs:0, tls_m at %fs:8, g0 at %fs:16 and g0sp at %fs:24. */

/* void rt_mcall(void (*fn)(G *gp)): save the current G's context, switch to
 * g0's stack at m->g0sp and call fn(gp) there.  fn must not return; the G
 * continues after its mcall when some M does rt_gogo(gp). */
	.globl	rt_mcall
	.type	rt_mcall, @function
rt_mcall:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%fs:0, %rsi		/* gp */
	movq	%rsp, 0(%rsi)		/* gp->sched_sp */
	movq	%fs:16, %rax		/* m->g0 */
	movq	%rax, %fs:0		/* setg(g0) */
	movq	%fs:24, %rsp		/* m->g0sp, 16-byte aligned */
	xorl	%ebp, %ebp
	movq	%rdi, %rax
	movq	%rsi, %rdi
	call	*%rax
	ud2
	.size	rt_mcall, . - rt_mcall

/* void rt_gogo(G *gp): make gp current and resume it where its context was
 * saved (after an mcall, or at rt_gostart for a new G).  Never returns. */
	.globl	rt_gogo
	.type	rt_gogo, @function
rt_gogo:
	movq	%rdi, %fs:0		/* setg(gp) */
	movq	8(%rdi), %rax		/* gp->stackguard -> m->stackguard (%fs:0x70) */
	movq	%rax, %fs:0x70
	movq	0(%rdi), %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	rt_gogo, . - rt_gogo

/* The first pc of a new G (newproc builds the context): %r12 is the C
 * function to call, %rbx its argument.  %rbp is 0: the outermost frame. */
	.globl	rt_gostart
	.type	rt_gostart, @function
rt_gostart:
	movq	%rbx, %rdi
	andq	$-16, %rsp
	call	*%r12
	ud2
	.size	rt_gostart, . - rt_gostart

/* int64 rt_clone(flags, stk, M *mp, void (*fn)(M *)): start a thread on
 * stack stk (16-byte aligned top) with %fs = mp (CLONE_SETTLS) running
 * fn(mp) (gc: clone in sys_linux_amd64.s).  Returns the tid or -errno in the
 * parent; fn must not return (the child exits if it does). */
	.globl	rt_clone
	.type	rt_clone, @function
rt_clone:
	movq	%rcx, -8(%rsi)		/* fn and mp where the child will find them */
	movq	%rdx, -16(%rsi)
	subq	$16, %rsi
	movq	%rdx, %r8		/* tls = mp */
	xorl	%edx, %edx		/* parent_tid */
	xorl	%r10d, %r10d		/* child_tid */
	movl	$56, %eax		/* SYS_clone */
	syscall
	testq	%rax, %rax
	jnz	1f
	/* child: %rsp = stk - 16 */
	popq	%rdi			/* mp */
	popq	%rax			/* fn; %rsp = stk, aligned */
	xorl	%ebp, %ebp
	call	*%rax
	movl	$111, %edi
	movl	$60, %eax		/* SYS_exit */
	syscall
	ud2
1:	ret
	.size	rt_clone, . - rt_clone

/* The sa_restorer of every handler: rt_sigreturn(2). */
	.globl	rt_sigreturn_tramp
	.type	rt_sigreturn_tramp, @function
rt_sigreturn_tramp:
	movl	$15, %eax
	syscall
	ud2
	.size	rt_sigreturn_tramp, . - rt_sigreturn_tramp

/* The signal handler makes a synchronous fault (nil dereference, divide by
 * zero) return here as if the faulting instruction had called rt_sigpanic0:
 * the faulting pc is on the stack as the return address.  Build a frame so the
 * frame-pointer chain stays intact, realign, and call the C rt_sigpanic, which
 * panics and does not return (gc: sigpanic0 -> sigpanic). */
	.globl	rt_sigpanic0
	.type	rt_sigpanic0, @function
rt_sigpanic0:
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	call	rt_sigpanic
	ud2
	.size	rt_sigpanic0, . - rt_sigpanic0

/* The signal handler makes a preempted goroutine "call" rt_asyncPreempt from
 * the interrupted pc (gc: asyncPreempt).  Nothing was saved: save the flags,
 * every general-purpose register and xmm0-15 on the goroutine's stack, call
 * rt_asyncPreempt2 (which yields the P and returns when the goroutine is
 * scheduled again, on any M), restore everything and return to the
 * interrupted instruction.  The collector scans this frame conservatively
 * with the rest of the stack, so pointers held only in registers survive. */
	.globl	rt_asyncPreempt
	.type	rt_asyncPreempt, @function
rt_asyncPreempt:
	pushq	%rbp
	movq	%rsp, %rbp
	pushfq
	pushq	%rax
	pushq	%rbx
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	pushq	%rdi
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	andq	$-16, %rsp
	subq	$256, %rsp
	movups	%xmm0, 0(%rsp)
	movups	%xmm1, 16(%rsp)
	movups	%xmm2, 32(%rsp)
	movups	%xmm3, 48(%rsp)
	movups	%xmm4, 64(%rsp)
	movups	%xmm5, 80(%rsp)
	movups	%xmm6, 96(%rsp)
	movups	%xmm7, 112(%rsp)
	movups	%xmm8, 128(%rsp)
	movups	%xmm9, 144(%rsp)
	movups	%xmm10, 160(%rsp)
	movups	%xmm11, 176(%rsp)
	movups	%xmm12, 192(%rsp)
	movups	%xmm13, 208(%rsp)
	movups	%xmm14, 224(%rsp)
	movups	%xmm15, 240(%rsp)
	call	rt_asyncPreempt2
	movups	0(%rsp), %xmm0
	movups	16(%rsp), %xmm1
	movups	32(%rsp), %xmm2
	movups	48(%rsp), %xmm3
	movups	64(%rsp), %xmm4
	movups	80(%rsp), %xmm5
	movups	96(%rsp), %xmm6
	movups	112(%rsp), %xmm7
	movups	128(%rsp), %xmm8
	movups	144(%rsp), %xmm9
	movups	160(%rsp), %xmm10
	movups	176(%rsp), %xmm11
	movups	192(%rsp), %xmm12
	movups	208(%rsp), %xmm13
	movups	224(%rsp), %xmm14
	movups	240(%rsp), %xmm15
	leaq	-120(%rbp), %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rdi
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rbx
	popq	%rax
	popfq
	popq	%rbp
	ret
	.size	rt_asyncPreempt, . - rt_asyncPreempt

/* internal/cpu's assembly (gc: internal/cpu/cpu_x86.s), for goc's calling
 * convention as LLVM lowers it: cpuid's four uint32 results come back
 * through a hidden result pointer (sret, %rdi) with the arguments after it;
 * xgetbv's two in %eax and %edx. */
	.globl	"internal/cpu.cpuid"
	.type	"internal/cpu.cpuid", @function
"internal/cpu.cpuid":
	pushq	%rbx
	movl	%esi, %eax
	movl	%edx, %ecx
	cpuid
	movl	%eax, 0(%rdi)
	movl	%ebx, 4(%rdi)
	movl	%ecx, 8(%rdi)
	movl	%edx, 12(%rdi)
	movq	%rdi, %rax
	popq	%rbx
	ret
	.size	"internal/cpu.cpuid", . - "internal/cpu.cpuid"

	.globl	"internal/cpu.xgetbv"
	.type	"internal/cpu.xgetbv", @function
"internal/cpu.xgetbv":
	xorl	%ecx, %ecx
	xgetbv
	ret
	.size	"internal/cpu.xgetbv", . - "internal/cpu.xgetbv"

/* goc generates code for the baseline x86-64 (GOAMD64=v1). */
	.globl	"internal/cpu.getGOAMD64level"
	.type	"internal/cpu.getGOAMD64level", @function
"internal/cpu.getGOAMD64level":
	movl	$1, %eax
	ret
	.size	"internal/cpu.getGOAMD64level", . - "internal/cpu.getGOAMD64level"

/* Every Go function starts by comparing its future SP with %fs:0x70 (LLVM's
 * "split-stack" prologue) and calls __morestack when it would go below: the
 * goroutine's stack is used up.  goc's stacks do not grow (stack.c), so this
 * is gc's fatal "goroutine stack exceeds" error, reported on the remaining
 * STACK_RESERVE.
 *
 * A Go function that calls C code is changed by ld.lld to call
 * __morestack_non_split unconditionally (C code has no such checks), with
 * %r10 = its frame size plus room for that C code.  If the stack has that
 * much room it continues the function: the return address points at the
 * `ret` after the call, and the body starts right after that `ret`. */
	.globl	__morestack
	.type	__morestack, @function
__morestack:
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	movq	%fs:0, %rdi		/* gp */
	movq	%rbp, %rsi		/* sp */
	call	rt_stackoverflow
	ud2
	.size	__morestack, . - __morestack

	.globl	__morestack_non_split
	.type	__morestack_non_split, @function
__morestack_non_split:
	movq	%rsp, %rax
	subq	%r10, %rax
	jb	__morestack		/* wrapped around */
	cmpq	%fs:0x70, %rax
	jbe	__morestack
	popq	%rax			/* the `ret` after the call */
	incq	%rax			/* the function's body */
	jmp	*%rax
	.size	__morestack_non_split, . - __morestack_non_split

	.section .note.GNU-split-stack, "", @progbits	/* see rt.h */
	.section .note.GNU-stack, "", @progbits

/* runtime.GC, called by compiled code with LLVM's preserve_none convention
 * (backend: amd64_callconv), so the caller keeps nothing in callee-saved
 * registers across it: live values are in its frame, where the collector
 * finds them, and dead ones are gone.  The registers are cleared before the
 * C collector runs, so that a pointer the caller no longer uses, left in
 * rbx or r12-r15, is not pushed by the runtime's C frames and then taken for
 * a root (issue24491b: runtime.GC() must finalize what the program dropped,
 * even with stacks scanned conservatively). */
	.text
	.globl	runtime.GC
	.type	runtime.GC, @function
runtime.GC:
	xorl	%ebx, %ebx
	xorl	%r12d, %r12d
	xorl	%r13d, %r13d
	xorl	%r14d, %r14d
	xorl	%r15d, %r15d
	jmp	rt_GC
	.size	runtime.GC, .-runtime.GC
