/* defer_amd64.S — setjmp/longjmp for recovered panics (see defer.c).
 * GoDeferFrame: rbx 0, rbp 8, r12 16, r13 24, r14 32, r15 40, rsp 48, rip 56. */
	.text
	.globl	rt_setdeferframe
	.type	rt_setdeferframe, @function
rt_setdeferframe:		/* int64 rt_setdeferframe(GoDeferFrame *f): 0 now, 1 when resumed */
	movq	%rbx, 0(%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	leaq	8(%rsp), %rax
	movq	%rax, 48(%rdi)
	movq	(%rsp), %rax
	movq	%rax, 56(%rdi)
	xorl	%eax, %eax
	ret
	.size	rt_setdeferframe, .-rt_setdeferframe

	.globl	rt_resumedeferframe
	.type	rt_resumedeferframe, @function
rt_resumedeferframe:		/* noreturn: continue after f's setdeferframe call, returning 1 */
	movq	0(%rdi), %rbx
	movq	8(%rdi), %rbp
	movq	16(%rdi), %r12
	movq	24(%rdi), %r13
	movq	32(%rdi), %r14
	movq	40(%rdi), %r15
	movq	48(%rdi), %rsp
	movl	$1, %eax
	jmpq	*56(%rdi)
	.size	rt_resumedeferframe, .-rt_resumedeferframe
	.section .note.GNU-split-stack,"",@progbits	/* see rt.h */
	.section .note.GNU-stack,"",@progbits
