/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * RV64M: multiplications (low and each high-half signedness) and
 * divisions with the spec's special cases: division by zero gives all
 * ones (remainder: the dividend), INT_MIN / -1 gives INT_MIN (remainder
 * 0), quotients round toward zero, and the word forms use only the low
 * 32 bits of their sources and sign-extend their results, the unsigned
 * ones included.  RISC-V unprivileged spec 20191213, chapter 7.
 */
#include "test.h"

#define MIN64 0x8000000000000000
#define MAX64 0x7fffffffffffffff

    .text
    .globl main
main:
    TEST_RR(1, mul, 0x0000000200000001, 0x100000001, 0x100000001)
    TEST_RR(2, mul, 1, -1, -1)
    TEST_RR(3, mul, MIN64, MIN64, -1)
    TEST_RR(4, mul, 0, MIN64, 2)
    TEST_RR(5, mul, 0xfc962fc962fc9630, 0xfedcba9876543210, 3)
    TEST_RR(6, mulh, 0, -1, -1)
    TEST_RR(7, mulh, 0x4000000000000000, MIN64, MIN64)
    TEST_RR(8, mulh, 0xc000000000000000, MIN64, MAX64)
    TEST_RR(9, mulh, -1, -1, 1)
    TEST_RR(10, mulhu, 0xfffffffffffffffe, -1, -1)
    TEST_RR(11, mulhu, 1, MIN64, 2)
    TEST_RR(12, mulhu, 0, 0xffffffff, 0xffffffff)
    TEST_RR(13, mulhsu, -1, -1, -1)
    TEST_RR(14, mulhsu, MIN64, MIN64, -1)
    TEST_RR(15, mulhsu, 0x7ffffffffffffffe, MAX64, -1)
    TEST_RR(16, mulhsu, 0, 1, -1)
    TEST_RR(17, mulw, -2, 0x7fffffff, 2)
    TEST_RR(18, mulw, 15, 0x100000003, 0x100000005)
    TEST_RR(19, mulw, 0xffffffff80000000, 0x80000000, 1)
    TEST_RR(20, mulw, 0, 0x10000, 0x10000)
    TEST_RR(21, div, -3, -7, 2)
    TEST_RR(22, div, -3, 7, -2)
    TEST_RR(23, div, 3, -7, -2)
    TEST_RR(24, div, -1, 5, 0)
    TEST_RR(25, div, MIN64, MIN64, -1)
    TEST_RR(26, divu, 0x7fffffffffffffff, -1, 2)
    TEST_RR(27, divu, -1, 5, 0)
    TEST_RR(28, divu, 0, MIN64, -1)
    TEST_RR(29, rem, -1, -7, 2)
    TEST_RR(30, rem, 1, 7, -2)
    TEST_RR(31, rem, -5, -5, 0)
    TEST_RR(32, rem, 0, MIN64, -1)
    TEST_RR(33, remu, 1, -1, 2)
    TEST_RR(34, remu, -5, -5, 0)
    TEST_RR(35, remu, MIN64, MIN64, -1)
    TEST_RR(36, divw, 0xffffffff80000000, 0x80000000, -1)
    TEST_RR(37, divw, -1, 0x1234, 0x100000000)
    TEST_RR(38, divw, -3, -7, 2)
    TEST_RR(39, divw, 2, 0xabcd000000000006, 0x1200000003)
    TEST_RR(40, divuw, -1, 0xffffffff, 0)
    TEST_RR(41, divuw, 0xffffffff80000000, 0x80000000, 1)
    TEST_RR(42, divuw, 0x7ffffffc, -7, 2)
    TEST_RR(43, remw, 0x23456789, 0x123456789, 0)
    TEST_RR(44, remw, 0, 0x80000000, -1)
    TEST_RR(45, remw, -1, -7, 2)
    TEST_RR(46, remuw, 0xffffffff80000005, 0x80000005, 0)
    TEST_RR(47, remuw, 1, -7, 2)
    TEST_RR(48, remuw, 0, 0x500000000, 0x300000000)
    TEST_PASS
