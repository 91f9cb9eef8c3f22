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

	.section .note.GNU-stack, "", @progbits
