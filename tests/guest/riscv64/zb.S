/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Zba, Zbb and Zbs (bit-manipulation extensions 1.0.0): every
 * instruction, with the unsigned-word (.uw) zero extension, counts of 0
 * and of all ones, the word forms ignoring the high 32 bits and
 * sign-extending their results, and register shift/bit indices taken
 * modulo XLEN (modulo 32 for the word forms).
 */
#include "test.h"

    .text
    .globl main
main:
    /* Zba */
    TEST_RR(1, add.uw, 0x80000001, 0xffffffff80000000, 1)
    TEST_RR(2, add.uw, 0x100000000, 0xffffffffffffffff, 1)
    TEST_RR(3, sh1add, 7, 0x8000000000000001, 5)
    TEST_RR(4, sh2add, -4, -1, 0)
    TEST_RR(5, sh3add, 9, 1, 1)
    TEST_RR(6, sh3add, 0, 0x2000000000000000, 0)
    TEST_RR(7, sh1add.uw, 0x100000002, 0xffffffff80000001, 0)
    TEST_RR(8, sh2add.uw, 0x3fffffffd, -1, 1)
    TEST_RR(9, sh3add.uw, 8, 0x100000001, 0)
    TEST_RI(10, slli.uw, 0x800000010, 0xffffffff80000001, 4)
    TEST_RI(11, slli.uw, 0x8000000000000000, -1, 63)
    TEST_RI(12, slli.uw, 0x12345678, 0xabcdef0012345678, 0)
    /* Zbb: logic with negation */
    TEST_RR(13, andn, 0xf000f000f000f000, 0xff00ff00ff00ff00,
            0x0ff00ff00ff00ff0)
    TEST_RR(14, orn, 0xff0fff0fff0fff0f, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
    TEST_RR(15, xnor, 0x0f0f0f0f0f0f0f0f, 0xff00ff00ff00ff00,
            0x0ff00ff00ff00ff0)
    /* counts */
    TEST_R(16, clz, 64, 0)
    TEST_R(17, clz, 63, 1)
    TEST_R(18, clz, 0, -1)
    TEST_R(19, clz, 16, 0x0000800000000000)
    TEST_R(20, clzw, 32, 0xffffffff00000000)
    TEST_R(21, clzw, 31, 0xffffffff00000001)
    TEST_R(22, clzw, 0, 0x80000000)
    TEST_R(23, ctz, 64, 0)
    TEST_R(24, ctz, 63, 0x8000000000000000)
    TEST_R(25, ctz, 0, -1)
    TEST_R(26, ctzw, 32, 0x100000000)
    TEST_R(27, ctzw, 31, 0x80000000)
    TEST_R(28, cpop, 64, -1)
    TEST_R(29, cpop, 0, 0)
    TEST_R(30, cpop, 32, 0x5555555555555555)
    TEST_R(31, cpopw, 32, -1)
    TEST_R(32, cpopw, 2, 0xffffffff00000003)
    /* min/max, signed and unsigned */
    TEST_RR(33, max, 1, -1, 1)
    TEST_RR(34, maxu, -1, -1, 1)
    TEST_RR(35, min, -1, -1, 1)
    TEST_RR(36, minu, 1, -1, 1)
    TEST_RR(37, min, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
    TEST_RR(38, maxu, 0x8000000000000000, 0x8000000000000000,
            0x7fffffffffffffff)
    /* extensions */
    TEST_R(39, sext.b, 0xffffffffffffff80, 0x80)
    TEST_R(40, sext.b, 0x7f, 0xffffffffffffff7f)
    TEST_R(41, sext.h, 0xffffffffffff8000, 0x8000)
    TEST_R(42, sext.h, 0x7fff, 0x12347fff)
    TEST_R(43, zext.h, 0x8000, 0xffffffffffff8000)
    /* rotations */
    TEST_RR(44, rol, 3, 0x8000000000000001, 1)
    TEST_RR(45, rol, 0x8000000000000001, 0x8000000000000001, 64)
    TEST_RR(46, rol, 3, 0x8000000000000001, 65)
    TEST_RR(47, ror, 0x8000000000000000, 1, 1)
    TEST_RR(48, ror, 0x2, 1, 63)
    TEST_RI(49, rori, 0xf0123456789abcde, 0x0123456789abcdef, 4)
    TEST_RI(50, rori, 0x0123456789abcdef, 0x0123456789abcdef, 0)
    TEST_RI(51, rori, 0x02468acf13579bde, 0x0123456789abcdef, 63)
    TEST_RR(52, rolw, 3, 0x80000001, 1)
    TEST_RR(53, rolw, 0xffffffff80000000, 0x40000000, 1)
    TEST_RR(54, rolw, 0xffffffff80000000, 0xffffffff00000001, 31)
    TEST_RR(55, rolw, 0x12345678, 0x12345678, 32)
    TEST_RR(56, rorw, 0xffffffff80000000, 1, 1)
    TEST_RR(57, rorw, 1, 1, 32)
    TEST_RI(58, roriw, 1, 2, 1)
    TEST_RI(59, roriw, 0xffffffff92345678, 0x123456789, 4)
    TEST_RI(60, roriw, 0x0000000012345678, 0xffffffff12345678, 0)
    /* byte ops */
    TEST_R(61, orc.b, 0xff00ff0000ff0000, 0x0100ff0000800000)
    TEST_R(62, orc.b, 0, 0)
    TEST_R(63, rev8, 0xefcdab8967452301, 0x0123456789abcdef)
    /* Zbs */
    TEST_RR(64, bclr, 0x7fffffffffffffff, -1, 63)
    TEST_RR(65, bclr, 0xfffffffffffffffe, -1, 64)
    TEST_RI(66, bclri, 0xffffffff7fffffff, -1, 31)
    TEST_RR(67, bext, 1, 0x8000000000000000, 63)
    TEST_RR(68, bext, 1, 0x8000000000000000, 127)
    TEST_RR(69, bext, 0, 0x7fffffffffffffff, 63)
    TEST_RI(70, bexti, 1, 0x10, 4)
    TEST_RI(71, bexti, 0, 0x10, 3)
    TEST_RR(72, binv, 0x8000000000000000, 0, 63)
    TEST_RI(73, binvi, -2, -1, 0)
    TEST_RI(74, binvi, 0x0000000100000000, 0, 32)
    TEST_RR(75, bset, 0x100000000, 0, 32)
    TEST_RI(76, bseti, 0x8000000000000000, 0, 63)
    TEST_RR(77, bset, 2, 0, 65)
    TEST_RR(78, bset, -1, -1, 5)
    TEST_PASS
