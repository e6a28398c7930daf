/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Start-up and trap entry code shared by the guest test programs.
 *
 * Every hart enters _start in M-mode with a0 = mhartid, as on the spike
 * machine with -bios none.  Each hart gets its own stack and M-mode trap
 * frame, a PMP entry that opens the whole address space to S and U mode
 * (the privileged spec denies S/U accesses that match no entry), FS set
 * to Initial so FP instructions work, its CLINT mtimecmp at the maximum
 * (no timer interrupt pending), and mtvec pointing at mtrap_entry.
 * Hart 0 then calls main(hartid) and exits with its return value; other
 * harts call secondary_main(hartid), which parks them unless the program
 * defines it.  RAM is zero at reset, so .bss is not cleared here (hart 1
 * may already be writing it while hart 0 starts).
 */
#include "test.h"

    .section .text.init, "ax", @progbits
    .globl _start
_start:
    li t0, GUEST_MAX_HARTS
    bgeu a0, t0, park
    /* sp = top of this hart's stack; mscratch = its M-mode trap stack */
    la sp, _stacks_end
    slli t0, a0, 13
    sub sp, sp, t0
    csrw mscratch, sp
    addi sp, sp, -GUEST_TRAP_STACK
    la t0, mtrap_entry
    csrw mtvec, t0
    li t0, -1
    csrw pmpaddr0, t0
    li t0, PMP_NAPOT | PMP_R | PMP_W | PMP_X
    csrw pmpcfg0, t0
    /*
     * mtimecmp resets to 0, so MTIP would stay pending: masked, but it
     * makes QEMU leave its translated code at every block boundary.
     */
    li t0, CLINT_BASE + 0x4000
    slli t1, a0, 3
    add t0, t0, t1
    li t1, -1
    sd t1, 0(t0)
    li t0, MSTATUS_FS_INITIAL
    csrs mstatus, t0
    fscsr zero
    mv tp, a0
    bnez a0, 1f
    call main
    call guest_exit
1:  call secondary_main
park:
    wfi
    j park

    .weak secondary_main
    .type secondary_main, @function
secondary_main:
    j park

/*
 * Trap entries: save every register but sp in a frame on the trap stack
 * (xscratch holds its top while the hart runs outside the handler), call
 * the C dispatcher with the frame, restore, return.  The dispatcher may
 * change the saved registers, xepc and xstatus.
 */
.macro SAVE_FRAME scratch
    csrrw sp, \scratch, sp
    addi sp, sp, -GUEST_FRAME_SIZE
    .irp r, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16
    sd x\r, (\r * 8)(sp)
    .endr
    .irp r, 17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sd x\r, (\r * 8)(sp)
    .endr
    csrr t0, \scratch
    sd t0, 16(sp)
.endm

.macro RESTORE_FRAME scratch
    addi t0, sp, GUEST_FRAME_SIZE
    csrw \scratch, t0
    ld t0, 16(sp)
    .irp r, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16
    ld x\r, (\r * 8)(sp)
    .endr
    .irp r, 17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    ld x\r, (\r * 8)(sp)
    .endr
    ld sp, 16(sp)
.endm

    .text
    .balign 4
    .globl mtrap_entry
mtrap_entry:
    SAVE_FRAME mscratch
    li a1, -1
mtrap_common:
    mv a0, sp
    call mtrap_dispatch
    RESTORE_FRAME mscratch
    mret

    .balign 4
    .globl strap_entry
strap_entry:
    SAVE_FRAME sscratch
    li a1, -1
strap_common:
    mv a0, sp
    call strap_dispatch
    RESTORE_FRAME sscratch
    sret

/*
 * Vector tables for mtvec/stvec in vectored mode (base | 1): entry i
 * jumps to a stub that tells the dispatcher it came through entry i.
 */
.macro VECTOR_TABLE name, scratch, common
    .balign 64
    .globl \name
\name:
    .option push
    .option norvc
    .irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    j \name\()_\i
    .endr
    .option pop
    .irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
\name\()_\i:
    SAVE_FRAME \scratch
    li a1, \i
    j \common
    .endr
.endm

    VECTOR_TABLE mtrap_vector, mscratch, mtrap_common
    VECTOR_TABLE strap_vector, sscratch, strap_common

/*
 * goto_smode / goto_umode: return to the caller in S or U mode (mret with
 * MPP set).  goto_mmode: back to M-mode through the ecall convention that
 * mtrap_dispatch knows (a7 = GUEST_ECALL_TO_M); from S-mode this works
 * only while ecall is not delegated to S.
 */
    .globl goto_smode
goto_smode:
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0
    csrw mepc, ra
    mret

    .globl goto_umode
goto_umode:
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    csrw mepc, ra
    mret

    .globl goto_mmode
goto_mmode:
    li a7, GUEST_ECALL_TO_M
    ecall
    ret

/* goto_mmode_ebreak: the same through ebreak, for tests delegating ecall */
    .globl goto_mmode_ebreak
goto_mmode_ebreak:
    li a7, GUEST_ECALL_TO_M
    .option push
    .option norvc
    ebreak
    .option pop
    ret

/* test_fail_asm: a0 = test number, a1 = value seen, a2 = value expected */
    .globl test_fail_asm
test_fail_asm:
    j test_fail

    .section .tohost, "aw", @progbits
    .balign 8
    .globl tohost
tohost:
    .dword 0
    .size tohost, 8
    .globl fromhost
fromhost:
    .dword 0
    .size fromhost, 8
