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

/* Offsets in G and M that the code below uses (rt.h checks them). */
#define G_STACKGUARD	8
#define G_STACK_LO	16
#define G_BIG_LO	40
#define G_BIG_HI	48
#define G_STACKGUARD0	56
#define G_MORESTACKFP	64
#define G_SEGMENTED	72
#define M_G0		16	/* %fs:16 */
#define M_G0SP		24	/* %fs:24 */
#define M_STACKGUARD	0x70	/* %fs:0x70 */
#define SMALL_STACK_SIZE	2048		/* rt.h */
#define STACK_RESERVE	(256 << 10)	/* rt.h */

/* _start: entered by the kernel with %rsp -> argc, argv[0..argc-1], NULL,
 * envp..., NULL, auxv...  Points %fs at m0 first, since every C function's
 * prologue reads M.stackguard (%fs:0x70, 0 in m0: no checks on g0), then
 * passes the stack pointer to rt_rt0_go, which never returns. */
	.globl	_start
	.type	_start, @function
_start:
	xorl	%ebp, %ebp
	movq	%rsp, %r12
	movl	$158, %eax		/* SYS_arch_prctl */
	movl	$0x1002, %edi		/* ARCH_SET_FS */
	movq	$rt_m0, %rsi
	syscall
	testq	%rax, %rax
	jnz	1f
	movq	%r12, %rdi
	andq	$-16, %rsp
	call	rt_rt0_go
	ud2
1:	movl	$1, %eax		/* SYS_write */
	movl	$2, %edi
	movq	$start_msg, %rsi
	movl	$start_msg_end - start_msg, %edx
	syscall
	movl	$231, %eax		/* SYS_exit_group */
	movl	$2, %edi
	syscall
	ud2
	.size	_start, . - _start
	.section .rodata
start_msg:
	.ascii	"fatal error: arch_prctl(ARCH_SET_FS) failed\n"
start_msg_end:
	.text

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
	movq	$0, %fs:0x70		/* g0 runs C code only: no stack checks (stack.c) */
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
	.cfi_startproc
	.cfi_undefined rip		/* the outermost frame, for debuggers */
	movq	%rbx, %rdi
	andq	$-16, %rsp
	call	*%r12
	ud2
	.cfi_endproc
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

/* __morestack: the split-stack prologue of every function, Go's (LLVM) and
 * the runtime's C (gcc -fsplit-stack), calls it when the frame would take
 * SP below %fs:0x70 (M.stackguard, the current segment's guard), with
 * the frame size in %r10 and the size of its stack arguments in %r11:
 *
 *     F:  cmp %fs:0x70, %rsp (or lea -framesize(%rsp), %r11; cmp ...)
 *         jb/jbe 1f
 *     body: ...
 *     1:  mov $framesize, %r10; mov $argsize, %r11
 *         call __morestack
 *         ret                   F_cont: the return address we get
 *         (jmp body)            gcc: F_cont + 1 jumps to the body; LLVM: is the body
 *
 * On a goroutine's first (small) segment, F's body moves to the big one
 * (stack.c): the frame F would have had becomes ours, shaped like F's own
 * ([caller's rbp][F's return address], the word that held F_cont now
 * holding the rbp), so frame-pointer walks and gdb (the CFI below) pass
 * from F's body to F's caller through it; G.morestackfp points at it for
 * the collector and tracebacks.  F's stack arguments are copied to the top
 * of the big segment, the guard becomes the big segment's, and F_cont + 1
 * is called there; when the body returns to rt_morestack_ret we switch
 * back and return to F's caller with F's results still in their registers
 * (rax, rdx, rcx, r8, xmm0-3: LLVM returns up to four values).  Nothing
 * but SP says which segment a G is on: a recovered panic may resume a
 * frame on the first segment while the switch's frame is abandoned
 * (defer_amd64.S sets the guard from SP).
 *
 * The first time, the big segment is allocated by rt_morestack_alloc, C
 * code run on g0's stack (free while a goroutine runs; the first segment
 * has no room) with M.stackguard 0 and every argument register saved.
 * Anywhere else -- on the big segment, on goroutine 1's or g0's only
 * segment, or a frame larger than the big segment -- the stack is used up:
 * gc's "goroutine stack exceeds" fatal error, reported on g0's stack (or
 * on the current one for g0 itself).
 *
 * Below the guard: our 8-byte return address and two pushed registers on
 * top of the prologues' 256-byte slack (rt.h: SMALL_STACK_RESERVE). */
	.globl	__morestack
	.type	__morestack, @function
__morestack:
	.cfi_startproc
	pushq	%rax
	.cfi_adjust_cfa_offset 8
	pushq	%rbx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbx, 0
	.cfi_remember_state
	movq	%fs:0, %rbx		/* gp */
	cmpb	$0, G_SEGMENTED(%rbx)
	je	.Lnoroom
	leaq	16(%rsp), %rax		/* our frame-to-be, where F_cont is */
	subq	G_STACK_LO(%rbx), %rax
	cmpq	$SMALL_STACK_SIZE, %rax
	jae	.Lnoroom		/* not on the first segment: the big one is used up */
	cmpq	$0, G_BIG_HI(%rbx)
	jne	.Lhavebig

	/* rt_morestack_alloc(gp) on g0's stack, preserving F's arguments */
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%fs:M_G0SP, %rsp
	subq	$192, %rsp
	movq	%rdi, 0(%rsp)
	movq	%rsi, 8(%rsp)
	movq	%rdx, 16(%rsp)
	movq	%rcx, 24(%rsp)
	movq	%r8, 32(%rsp)
	movq	%r9, 40(%rsp)
	movq	%r10, 48(%rsp)
	movq	%r11, 56(%rsp)
	movups	%xmm0, 64(%rsp)
	movups	%xmm1, 80(%rsp)
	movups	%xmm2, 96(%rsp)
	movups	%xmm3, 112(%rsp)
	movups	%xmm4, 128(%rsp)
	movups	%xmm5, 144(%rsp)
	movups	%xmm6, 160(%rsp)
	movups	%xmm7, 176(%rsp)
	movq	$0, %fs:M_STACKGUARD
	movq	%rbx, %rdi
	call	rt_morestack_alloc
	movq	G_STACKGUARD(%rbx), %rax
	movq	%rax, %fs:M_STACKGUARD
	movq	0(%rsp), %rdi
	movq	8(%rsp), %rsi
	movq	16(%rsp), %rdx
	movq	24(%rsp), %rcx
	movq	32(%rsp), %r8
	movq	40(%rsp), %r9
	movq	48(%rsp), %r10
	movq	56(%rsp), %r11
	movups	64(%rsp), %xmm0
	movups	80(%rsp), %xmm1
	movups	96(%rsp), %xmm2
	movups	112(%rsp), %xmm3
	movups	128(%rsp), %xmm4
	movups	144(%rsp), %xmm5
	movups	160(%rsp), %xmm6
	movups	176(%rsp), %xmm7
	movq	%rbp, %rsp
	popq	%rbp
	.cfi_restore_state
	.cfi_remember_state

.Lhavebig:
	/* room for F's frame and arguments above the big segment's guard? */
	movq	G_BIG_HI(%rbx), %rax
	subq	%r10, %rax
	jb	.Lnoroom
	subq	%r11, %rax
	jb	.Lnoroom
	subq	$STACK_RESERVE + 256, %rax
	jb	.Lnoroom
	cmpq	G_BIG_LO(%rbx), %rax
	jb	.Lnoroom

	/* our frame, in place of F's */
	movq	16(%rsp), %r10		/* F_cont */
	movq	%rbp, 16(%rsp)
	leaq	16(%rsp), %rbp
	.cfi_def_cfa %rbp, 16
	.cfi_offset %rbp, -16
	.cfi_offset %rbx, -32
	movq	%rbp, G_MORESTACKFP(%rbx)
	movq	G_BIG_LO(%rbx), %rax
	addq	$STACK_RESERVE, %rax
	movq	%rax, G_STACKGUARD(%rbx)
	movq	%rax, %fs:M_STACKGUARD

	/* onto the big segment, with a copy of F's stack arguments */
	addq	$7, %r11
	andq	$-8, %r11
	movq	%r11, %rax
	addq	$15, %rax
	andq	$-16, %rax
	negq	%rax
	addq	G_BIG_HI(%rbx), %rax
	movq	%rax, %rsp
	testq	%r11, %r11
	jz	2f
1:	subq	$8, %r11
	movq	16(%rbp,%r11), %rax
	movq	%rax, (%rsp,%r11)
	jnz	1b
2:	leaq	1(%r10), %r11		/* F's body */
	movq	-8(%rbp), %rax
	movq	-16(%rbp), %rbx
	.cfi_restore %rbx
	call	*%r11

	/* back to the first segment, and to F's caller */
	.globl	rt_morestack_ret
rt_morestack_ret:
	movq	%fs:0, %r11
	movq	G_STACKGUARD0(%r11), %r10
	movq	%r10, G_STACKGUARD(%r11)
	movq	%r10, %fs:M_STACKGUARD
	movq	%rbp, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	ret

	/* The stack is used up: report it (no return).  Two frames stay on
	 * the goroutine's stack for the traceback: F's own, shaped as above
	 * ([caller's rbp][F's return address]), and below it one returning
	 * to F_cont, which shows F at its entry, as gc does.  The report runs
	 * on g0's stack unless gp is g0. */
.Lnoroom:
	.cfi_restore_state
	popq	%rbx
	.cfi_adjust_cfa_offset -8
	.cfi_restore %rbx
	popq	%rax
	.cfi_adjust_cfa_offset -8
	pushq	(%rsp)			/* F_cont */
	.cfi_adjust_cfa_offset 8
	movq	%rbp, 8(%rsp)		/* F's frame */
	leaq	8(%rsp), %rbp
	pushq	%rbp			/* the frame returning to F_cont */
	movq	%rsp, %rbp
	.cfi_def_cfa %rbp, 24		/* F's SP at its call: our return address F_cont */
	.cfi_offset 16, -16		/* is in the second frame, */
	.cfi_offset %rbp, -8		/* and F's rbp (its caller's) in F's */
	movq	$0, %fs:M_STACKGUARD
	movq	%fs:0, %rdi		/* gp */
	leaq	32(%rbp), %rsi		/* sp: F's, at its call to us */
	cmpq	%fs:M_G0, %rdi
	je	3f
	movq	%fs:M_G0SP, %rsp
3:	andq	$-16, %rsp
	call	rt_stackoverflow
	.globl	rt_morestack_noroom
rt_morestack_noroom:
	ud2
	.globl	rt_morestack_end
rt_morestack_end:
	.cfi_endproc
	.size	__morestack, . - __morestack

/* A Go function that calls code without split-stack checks would be
 * changed by ld.lld to call __morestack_non_split unconditionally, with
 * %r10 = its frame size plus room for that code.  If the stack has that
 * much room it continues the function: the return address points at the
 * `ret` after the call, and the body starts right after that `ret`.  (All
 * of the runtime has the checks, so lld finds nothing to change today.) */
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
