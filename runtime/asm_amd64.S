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

/* void rt_gogo(uintptr_t sp, void (*fn)(void)): switch to the stack whose top
 * is sp (16-byte aligned) and call fn there.  fn must not return. */
	.globl	rt_gogo
	.type	rt_gogo, @function
rt_gogo:
	movq	%rdi, %rsp
	andq	$-16, %rsp
	xorl	%ebp, %ebp
	call	*%rsi
	ud2
	.size	rt_gogo, . - rt_gogo

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
