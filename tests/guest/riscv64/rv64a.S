/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * RV64A on one hart: every AMO in both widths returns the old value and
 * leaves the operation's result in memory (word forms sign-extend the old
 * value and touch only 4 bytes); LR/SC succeeds (rd = 0) on its own
 * reservation, fails (rd = 1, memory unchanged) without one, after a
 * successful SC, and after an SC to another address.  Two-hart tests are
 * in smp-amo.c.  RISC-V unprivileged spec 20191213, chapter 8.
 */
#include "test.h"

/* memory = init; a0 = inst(memory, operand); check a0 = old, memory = new */
#define TEST_AMO(n, inst, ld, init, operand, new) \
    TEST_CASE(n, a0, init, la a1, buf; li a2, init; sd zero, 0(a1); \
              sd zero, 8(a1); sd a2, 0(a1); li a3, operand; \
              inst a0, a3, (a1)); \
    TEST_CASE(n, a4, new, ld a4, 0(a1)); \
    TEST_CASE(n, a5, 0, ld a5, 8(a1))

#define TEST_AMOW(n, inst, init, operand, old, new) \
    TEST_CASE(n, a0, old, la a1, buf; li a2, init; sd zero, 8(a1); \
              sd a2, 0(a1); li a3, operand; inst a0, a3, (a1)); \
    TEST_CASE(n, a4, new, ld a4, 0(a1))

    .text
    .globl main
main:
    TEST_AMO(1, amoswap.d, ld, 0x8000000000000001, 7, 7)
    TEST_AMO(2, amoadd.d, ld, -1, 1, 0)
    TEST_AMO(3, amoand.d, ld, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0,
             0x0f000f000f000f00)
    TEST_AMO(4, amoor.d, ld, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0,
             0xfff0fff0fff0fff0)
    TEST_AMO(5, amoxor.d, ld, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0,
             0xf0f0f0f0f0f0f0f0)
    TEST_AMO(6, amomin.d, ld, 1, -1, -1)
    TEST_AMO(7, amomin.d, ld, 0x8000000000000000, 0x7fffffffffffffff,
             0x8000000000000000)
    TEST_AMO(8, amomax.d, ld, 1, -1, 1)
    TEST_AMO(9, amominu.d, ld, 1, -1, 1)
    TEST_AMO(10, amomaxu.d, ld, 1, -1, -1)
    TEST_AMO(11, amomaxu.d.aqrl, ld, 0x8000000000000000, 0x7fffffffffffffff,
             0x8000000000000000)
    /* word forms: 4 bytes, old value sign-extended, high word untouched */
    TEST_AMOW(12, amoswap.w, 0x5555555580000000, 0x1234567f, 0xffffffff80000000,
              0x555555551234567f)
    TEST_AMOW(13, amoadd.w, 0x55555555ffffffff, 1, -1, 0x5555555500000000)
    TEST_AMOW(14, amoand.w, 0x55555555f0f0f0f0, 0xff00ff00, 0xfffffffff0f0f0f0,
              0x55555555f000f000)
    TEST_AMOW(15, amoor.w, 0x5555555500000001, 0x80000000, 1,
              0x5555555580000001)
    TEST_AMOW(16, amoxor.w, 0x55555555ffffffff, 0x0000ffff, -1,
              0x55555555ffff0000)
    TEST_AMOW(17, amomin.w, 0x5555555500000001, 0x80000000, 1,
              0x5555555580000000)
    TEST_AMOW(18, amomax.w, 0x5555555500000001, 0x80000000, 1,
              0x5555555500000001)
    TEST_AMOW(19, amominu.w, 0x5555555500000001, 0x80000000, 1,
              0x5555555500000001)
    TEST_AMOW(20, amomaxu.w, 0x5555555500000001, 0x80000000, 1,
              0x5555555580000000)
    TEST_AMOW(21, amomin.w.aq, 0xaaaaaaaa7fffffff, 0xffffffff00000000,
              0x7fffffff, 0xaaaaaaaa00000000)
    /* lr/sc on a reservation: sc writes, rd = 0 */
    TEST_CASE(22, a0, 0, la a1, buf; li a2, 5; sd a2, 0(a1); lr.d a3, (a1);
              addi a3, a3, 1; sc.d a0, a3, (a1))
    TEST_CASE(23, a4, 6, ld a4, 0(a1))
    TEST_CASE(24, a3, 0xffffffff80000000, la a1, buf; li a2, 0x80000000; sd a2,
              0(a1); lr.w a3, (a1))
    TEST_CASE(25, a0, 0, li a4, 0x1234567812345678; sc.w a0, a4, (a1))
    TEST_CASE(26, a4, 0x0000000012345678, ld a4, 0(a1))
    /* a second sc without a new lr fails and leaves memory alone */
    TEST_CASE(27, a0, 1, li a4, 99; sc.w a0, a4, (a1))
    TEST_CASE(28, a4, 0x0000000012345678, ld a4, 0(a1))
    /* sc to another address than the reservation fails */
    TEST_CASE(29, a0, 1, la a1, buf; lr.d a3, (a1); li a4, 77; addi a2, a1, 8;
              sc.d a0, a4, (a2))
    TEST_CASE(30, a4, 0x0000000012345678, ld a4, 0(a1))
    /* the classic lr/sc increment loop */
    TEST_CASE(31, a0, 10, la a1, buf; sd zero, 0(a1); li a5, 10; \
              1: lr.d.aq a3, (a1); addi a3, a3, 1; sc.d.rl a4, a3, (a1); \
              bnez a4, 1b; addi a5, a5, -1; bnez a5, 1b; ld a0, 0(a1))
    TEST_PASS

    .data
    .balign 16
buf:
    .dword 0, 0
