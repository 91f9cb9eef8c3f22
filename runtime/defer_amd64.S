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

/* The frame may be on the goroutine's first segment while the panic ran on
 * its big one (stack.c): the guard becomes the one of the segment the
 * saved SP is on, G.bigstack's if it is there, else G.stackguard0 --
 * after the switch of SP, so that no C code runs with the first segment's
 * guard on the big segment. */
#define G_STACKGUARD	8	/* rt.h checks these */
#define G_BIG_LO	40
#define G_BIG_HI	48
#define G_STACKGUARD0	56
#define STACK_RESERVE	(256 << 10)

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
	movq	%fs:0, %rcx		/* gp */
	movq	G_STACKGUARD0(%rcx), %rdx
	movq	%rsp, %rax
	subq	G_BIG_LO(%rcx), %rax
	movq	G_BIG_HI(%rcx), %rsi
	subq	G_BIG_LO(%rcx), %rsi
	cmpq	%rsi, %rax
	jae	1f
	movq	G_BIG_LO(%rcx), %rdx
	addq	$STACK_RESERVE, %rdx
1:	movq	%rdx, G_STACKGUARD(%rcx)
	movq	%rdx, %fs:0x70
	movl	$1, %eax
	jmpq	*56(%rdi)
	.size	rt_resumedeferframe, .-rt_resumedeferframe
	.section .note.GNU-split-stack,"",@progbits	/* see rt.h */
	.section .note.GNU-stack,"",@progbits
