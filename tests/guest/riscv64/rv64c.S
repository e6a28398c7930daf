/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * RV64C: each compressed instruction, written with its c. mnemonic so
 * the assembler cannot pick the 32-bit form, with immediates at the ends
 * of their ranges (sign-extended 6-bit, scaled offsets, c.lui's 18-bit
 * value, 6-bit shift amounts); c.jal and c.jalr link pc + 2.  Then
 * Zifencei: code rewritten in memory runs its new bytes after fence.i,
 * twice over, and the result of a 32-bit instruction at a 2-byte
 * aligned address.  RISC-V unprivileged spec 20191213, chapters 3, 16.
 */
#include "test.h"

    .text
    .globl main
main:
    mv s2, sp
    TEST_CASE(1, a0, -32, c.li a0, -32)
    TEST_CASE(2, a0, 31, c.li a0, 31)
    TEST_CASE(3, a0, 0x8000000000000000 + 30, li a0, 0x7fffffffffffffff;
              c.addi a0, 31)
    TEST_CASE(4, a0, -33, li a0, -1; c.addi a0, -32)
    TEST_CASE(5, a0, 0xffffffff80000000, li a0, 0x7fffffff; c.addiw a0, 1)
    TEST_CASE(6, a0, 0x0000000012345678, li a0, 0xabcdef0012345678; c.addiw a0,
              0)
    TEST_CASE(7, a0, 0x000000000001f000, c.lui a0, 0x1f)
    TEST_CASE(8, a0, 0xfffffffffffe0000, c.lui a0, 0xfffe0)
    TEST_CASE(9, a0, 0xfffffffffffff000, c.lui a0, 0xfffff)
    TEST_CASE(10, a0, 1, li a0, 0x8000000000000000; c.srli a0, 63)
    TEST_CASE(11, a0, -1, li a0, 0x8000000000000000; c.srai a0, 63)
    TEST_CASE(12, a0, 0x00000000ffffffff, li a0, -1; c.srli a0, 32)
    TEST_CASE(13, a0, 0x8000000000000000, li a0, 1; c.slli a0, 63)
    TEST_CASE(14, a0, 0xffffffffffffffe0, li a0, -1; c.andi a0, -32)
    TEST_CASE(15, a0, 0x1f, li a0, 0xffff; c.andi a0, 31)
    TEST_CASE(16, a0, -1, li a0, 0; li a1, 1; c.sub a0, a1)
    TEST_CASE(17, a0, 0xf0, li a0, 0xff; li a1, 0x0f; c.xor a0, a1)
    TEST_CASE(18, a0, 0xff, li a0, 0xf0; li a1, 0x0f; c.or a0, a1)
    TEST_CASE(19, a0, 0x00, li a0, 0xf0; li a1, 0x0f; c.and a0, a1)
    TEST_CASE(20, a0, 0xffffffff80000000, li a0, 0x7fffffff; li a1, -1;
              c.subw a0, a1)
    TEST_CASE(21, a0, 0, li a0, 0xffffffff; li a1, 1; c.addw a0, a1)
    TEST_CASE(22, a0, 0x1234, li a1, 0x1234; c.mv a0, a1)
    TEST_CASE(23, a0, 3, li a0, 1; li a1, 2; c.add a0, a1)
    TEST_CASE(24, a0, 5, li a0, 5; c.nop)
    /* loads and stores relative to a register (x8-x15) and to sp */
    TEST_CASE(25, a0, 0xffffffff80000000, la a1, buf; li a2, 0x80000000; sd a2,
              124(a1); c.lw a0, 124(a1))
    TEST_CASE(26, a0, 0x0123456789abcdef, la a1, buf; li a2, 0x0123456789abcdef;
              sd a2, 248(a1); c.ld a0, 248(a1))
    TEST_CASE(27, a0, 0x0000000089abcdef, la a1, buf; sd zero, 0(a1); li a2,
              0x0123456789abcdef; c.sw a2, 0(a1); ld a0, 0(a1))
    TEST_CASE(28, a0, 0x0123456789abcdef, la a1, buf; c.sd a2, 8(a1); ld a0,
              8(a1))
    TEST_CASE(29, a0, 0x3ff0000000000000, la a1, buf; li a2, 0x3ff0000000000000;
              sd a2, 16(a1); c.fld fa0, 16(a1); c.fsd fa0, 24(a1); ld a0,
              24(a1))
    TEST_CASE(30, a0, 0xffffffff89abcdef, la sp, buf; li a2, -1; sd a2, 248(sp);
              li a2, 0x0123456789abcdef; c.swsp a2, 248(sp); c.lwsp a0, 248(sp))
    TEST_CASE(30, a0, 0xffffffff89abcdef, ld a0, 248(sp))
    TEST_CASE(31, a0, 0x0123456789abcdef, la sp, buf; c.sdsp a2, 504(sp);
              c.ldsp a0, 504(sp))
    TEST_CASE(32, a0, 0x0123456789abcdef, la sp, buf; c.fldsp fa1, 504(sp);
              c.fsdsp fa1, 496(sp); ld a0, 496(sp))
    /* sp adjustments */
    TEST_CASE(33, a0, -512, li sp, 0; c.addi16sp sp, -512; mv a0, sp)
    TEST_CASE(34, a0, 496, li sp, 0; c.addi16sp sp, 496; mv a0, sp)
    TEST_CASE(35, a0, 1020 + 64, li sp, 64; c.addi4spn a0, sp, 1020)
    TEST_CASE(36, a0, 68, li sp, 64; c.addi4spn a0, sp, 4)
    mv sp, s2
    /* control transfer */
    TEST_CASE(37, a0, 1, li a0, 0; c.j 1f; li a0, 2; j 2f; 1: li a0, 1; 2:)
    TEST_CASE(38, a0, 1, li a1, 0; li a0, 0; c.beqz a1, 1f; li a0, 2; j 2f;
              1: li a0, 1; 2:)
    TEST_CASE(39, a0, 2, li a1, 5; li a0, 0; c.beqz a1, 1f; li a0, 2; j 2f;
              1: li a0, 1; 2:)
    TEST_CASE(40, a0, 1, li a1, -1; li a0, 0; c.bnez a1, 1f; li a0, 2; j 2f;
              1: li a0, 1; 2:)
    TEST_CASE(41, a0, 1, la a1, 1f; li a0, 0; c.jr a1; li a0, 2; j 2f; 1: li a0,
              1; 2:)
    TEST_CASE(42, a0, 0, la a1, 1f; c.jalr a1; 3: li a0, 1; j 2f; 1: la a2, 3b;
              sub a0, ra, a2; 2:)

    /* Zifencei: rewrite patch_site's first instruction, run it */
    TEST_CASE(43, a0, 42, li a1, 0x02a00513; la a2, patch_site; sw a1, 0(a2);
              fence.i; jalr ra, 0(a2))
    TEST_CASE(44, a0, 43, li a1, 0x02b00513; la a2, patch_site; sw a1, 0(a2);
              fence.i; jalr ra, 0(a2))
    TEST_CASE(45, a0, 7, call odd_site)
    TEST_PASS

    .option push
    .option norvc
    .balign 4
patch_site:
    li a0, 0
    ret
    .option pop

    /* a 32-bit instruction at an address that is 2 mod 4 */
    .balign 4
odd_site:
    c.nop
    .option push
    .option norvc
    addi a0, zero, 7
    .option pop
    c.jr ra

    .data
    .balign 8
buf:
    .fill 64, 8, 0
