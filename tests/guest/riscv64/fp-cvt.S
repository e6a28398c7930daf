/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * F and D conversions and moves (RISC-V unprivileged spec 20191213,
 * 11.7, 12.2 and 12.5-12.6): float-to-integer conversions in each
 * rounding mode with the spec's saturation table (NaN and +inf give the
 * largest value, -inf and too-negative values the smallest, NV set;
 * rounding to an in-range value only NX), 32-bit results sign-extended,
 * integer-to-float rounding, single<->double narrowing with overflow and
 * NaNs, and NaN-boxing: singles written to FP registers are boxed with
 * ones, single operations reading an unboxed value see the canonical NaN,
 * while fmv.x.w and fsw move the low 32 bits untouched.
 */
#include "test.h"

#define NX FFLAG_NX
#define UF FFLAG_UF
#define OF FFLAG_OF
#define NV FFLAG_NV

#define D_QNAN  0x7ff8000000000000
#define S_QNAN  0x7fc00000
#define S_MAX   0x7f7fffff
#define UNBOXED 0x123456789abcdef0      /* upper half not all ones */

    .text
    .globl main
main:
    /* float -> int32: rounding modes, saturation, sign extension */
    FP_D1XR(1, fcvt.w.d, rne, 2, NX, 0x4004000000000000)         /* 2.5 */
    FP_D1XR(2, fcvt.w.d, rtz, 2, NX, 0x4004000000000000)
    FP_D1XR(3, fcvt.w.d, rdn, 2, NX, 0x4004000000000000)
    FP_D1XR(4, fcvt.w.d, rup, 3, NX, 0x4004000000000000)
    FP_D1XR(5, fcvt.w.d, rmm, 3, NX, 0x4004000000000000)
    FP_D1XR(6, fcvt.w.d, rne, -2, NX, 0xc004000000000000)        /* -2.5 */
    FP_D1XR(7, fcvt.w.d, rtz, -2, NX, 0xc004000000000000)
    FP_D1XR(8, fcvt.w.d, rdn, -3, NX, 0xc004000000000000)
    FP_D1XR(9, fcvt.w.d, rup, -2, NX, 0xc004000000000000)
    FP_D1XR(10, fcvt.w.d, rmm, -3, NX, 0xc004000000000000)
    FP_D1XR(11, fcvt.w.d, rne, 0x7fffffff, NV, 0x4202a05f20000000)   /* 1e10 */
    FP_D1XR(12, fcvt.w.d, rne, 0xffffffff80000000, NV, 0xc202a05f20000000)
    FP_D1XR(13, fcvt.w.d, rne, 0x7fffffff, NV, D_QNAN)
    FP_D1XR(14, fcvt.w.d, rne, 0x7fffffff, NV, 0xfff8000000000000)    /* -NaN */
    FP_D1XR(15, fcvt.w.d, rne, 0x7fffffff, NV, 0x7ff0000000000000)
    FP_D1XR(16, fcvt.w.d, rne, 0xffffffff80000000, NV, 0xfff0000000000000)
    FP_D1XR(17, fcvt.w.d, rtz, 0x7fffffff, NX,
            0x41dfffffffffffff)  /* 2^31 - tiny */
    FP_D1XR(18, fcvt.w.d, rtz, 0xffffffff80000000, 0,
            0xc1e0000000000000)  /* -2^31 */
    FP_D1XR(19, fcvt.w.d, rdn, 0xffffffff80000000, NV,
            0xc1e0000000200000)  /* -2^31 - 1 */
    FP_S1XR(20, fcvt.w.s, rne, 0x7fffffff, NV, 0x4f32d05e)       /* 3e9 */
    FP_S1XR(21, fcvt.w.s, rne, 0xffffffff80000000, NV, 0xcf32d05e)
    FP_S1XR(22, fcvt.w.s, rne, 0x7fffffff, NV, S_QNAN)
    FP_S1XR(23, fcvt.w.s, rne, 0, NX, 0x3f000000)                /* 0.5 */
    FP_S1XR(24, fcvt.w.s, rmm, 1, NX, 0x3f000000)
    FP_S1XR(25, fcvt.w.s, rne, 0xffffffffffffffff, 0, 0xbf800000)
    /* float -> uint32: negative values give 0, results sign-extended */
    FP_S1XR(30, fcvt.wu.s, rne, 0, NV, 0xbf800000)               /* -1 */
    FP_S1XR(31, fcvt.wu.s, rtz, 0, NX, 0xbf000000)               /* -0.5 */
    FP_S1XR(32, fcvt.wu.s, rne, 0xffffffffffffffff, NV, S_QNAN)
    FP_S1XR(33, fcvt.wu.s, rne, 0xffffffffffffffff, NV, 0x4f9502f9)   /* 5e9 */
    FP_S1XR(34, fcvt.wu.s, rne, 0xffffffff80000000, 0, 0x4f000000)    /* 2^31 */
    FP_S1XR(35, fcvt.wu.s, rne, 0, NV, 0xff800000)
    FP_D1XR(36, fcvt.wu.d, rne, 0xffffffffffffffff, 0, 0x41efffffffe00000)
    FP_D1XR(37, fcvt.wu.d, rne, 0, 0, 0x8000000000000000)        /* -0 */
    FP_D1XR(38, fcvt.wu.d, rup, 0, NV, 0xbff0000000000000)
    /* float -> int64 and uint64 */
    FP_D1XR(40, fcvt.l.d, rne, 0x7fffffffffffffff, NV, D_QNAN)
    FP_D1XR(41, fcvt.l.d, rne, 0x8000000000000000, NV, 0xfff0000000000000)
    FP_D1XR(42, fcvt.l.d, rne, 0x7fffffffffffffff, NV,
            0x43e158e460913d00)  /* 1e19 */
    FP_D1XR(43, fcvt.l.d, rne, 0x8000000000000000, 0,
            0xc3e0000000000000)  /* -2^63 */
    FP_D1XR(44, fcvt.l.d, rne, 4, NX, 0x400c000000000000)        /* 3.5 */
    FP_D1XR(45, fcvt.l.d, rtz, 3, NX, 0x400c000000000000)
    FP_D1XR(46, fcvt.lu.d, rne, 0, NV, 0xfff0000000000000)
    FP_D1XR(47, fcvt.lu.d, rne, 0xffffffffffffffff, NV, D_QNAN)
    FP_D1XR(48, fcvt.lu.d, rne, 0xffffffffffffffff, NV,
            0x43f0000000000000)  /* 2^64 */
    FP_D1XR(49, fcvt.lu.d, rne, 0xfffffffffffff800, 0, 0x43efffffffffffff)
    FP_S1XR(50, fcvt.l.s, rmm, -2, NX, 0xbfc00000)               /* -1.5 */
    FP_S1XR(51, fcvt.l.s, rne, 0x7fffffffffffffff, NV, 0x7f800000)
    FP_S1XR(52, fcvt.lu.s, rne, 0x8000000000000000, 0, 0x5f000000)    /* 2^63 */
    FP_S1XR(53, fcvt.lu.s, rne, 0, NV, 0xbf800000)
    /* int -> float */
    FP_XS(60, fcvt.s.w, rne, 0x4f000000, NX, 0x7fffffff)
    FP_XS(61, fcvt.s.w, rtz, 0x4effffff, NX, 0x7fffffff)
    FP_XS(62, fcvt.s.w, rne, 0xcf000000, 0, 0x80000000)
    FP_XS(63, fcvt.s.wu, rne, 0x4f800000, NX, 0xffffffff)
    FP_XS(64, fcvt.s.wu, rdn, 0x4f7fffff, NX, 0xffffffff)
    FP_XS(65, fcvt.s.l, rne, 0xbf800000, 0, -1)
    FP_XS(66, fcvt.s.lu, rne, 0x5f800000, NX, -1)
    FP_XS(67, fcvt.s.w, rne, 0xbf800000, 0, 0x12345678ffffffff)  /* low 32 */
    FP_OP(68, 0xbff0000000000000, 0, 0, 0, 0, fmv.d.x, FP_RES_D, li a1,
          0x12345678ffffffff; fcvt.d.w fa0, a1)
    FP_OP(69, 0x41efffffffe00000, 0, 0, 0, 0, fmv.d.x, FP_RES_D, li a1,
          0xffffffff; fcvt.d.wu fa0, a1)
    FP_XD(70, fcvt.d.l, rne, 0xc3e0000000000000, 0, 0x8000000000000000)
    FP_XD(71, fcvt.d.lu, rne, 0x43f0000000000000, NX, -1)
    FP_XD(72, fcvt.d.lu, rtz, 0x43efffffffffffff, NX, -1)
    FP_XD(73, fcvt.d.l, rmm, 0x4340000000000002, NX, 0x20000000000003)
    FP_XD(74, fcvt.d.l, rtz, 0x4340000000000001, NX, 0x20000000000003)
    FP_XD(75, fcvt.d.l, rne, 0x4340000000000002, NX, 0x20000000000003)
    FP_XD(76, fcvt.d.l, rne, 0x4340000000000002, NX, 0x20000000000005)
    /* double <-> single */
    FP_OP(80, 0x7f800000, OF | NX, 0x7e37e43c8800759c, 0, 0, fmv.d.x, FP_RES_S,
          fcvt.s.d fa0, fa1, rne)
    FP_OP(81, S_MAX, OF | NX, 0x7e37e43c8800759c, 0, 0, fmv.d.x, FP_RES_S,
          fcvt.s.d fa0, fa1, rtz)
    FP_OP(82, 0x3dcccccd, NX, 0x3fb999999999999a, 0, 0, fmv.d.x, FP_RES_S,
          fcvt.s.d fa0, fa1, rne)
    FP_OP(83, 0x3dcccccc, NX, 0x3fb999999999999a, 0, 0, fmv.d.x, FP_RES_S,
          fcvt.s.d fa0, fa1, rdn)
    FP_OP(84, S_QNAN, 0, 0x7ff8000000000123, 0, 0, fmv.d.x, FP_RES_S,
          fcvt.s.d fa0, fa1, rne)
    FP_OP(85, S_QNAN, NV, 0x7ff0000000000001, 0, 0, fmv.d.x, FP_RES_S,
          fcvt.s.d fa0, fa1, rne)
    FP_OP(86, 0x80000000, UF | NX, 0x8000000000000001, 0, 0, fmv.d.x, FP_RES_S,
          fcvt.s.d fa0, fa1, rne)
    FP_OP(87, 0x3fb99999a0000000, 0, 0x3dcccccd, 0, 0, fmv.w.x, FP_RES_D,
          fcvt.d.s fa0, fa1)
    FP_OP(88, D_QNAN, NV, 0x7f800001, 0, 0, fmv.w.x, FP_RES_D, fcvt.d.s fa0,
          fa1)
    FP_OP(89, D_QNAN, 0, 0xffc00001, 0, 0, fmv.w.x, FP_RES_D, fcvt.d.s fa0, fa1)
    FP_OP(90, 0x36a0000000000000, 0, 0x00000001, 0, 0, fmv.w.x, FP_RES_D,
          fcvt.d.s fa0, fa1)
    /* NaN-boxing */
    TEST_CASE(100, a0, 0xffffffff3f800000, li a1, 0x3f800000; fmv.w.x fa0, a1;
              fmv.x.d a0, fa0)
    TEST_CASE(101, a0, 0xffffffffc0000000, la a1, fdata; flw fa0, 0(a1);
              fmv.x.d a0, fa0)
    TEST_CASE(102, a0, 0xffffffff40400000, li a1, 0x3f800000; fmv.w.x fa1, a1;
              fadd.s fa0, fa1, fa1; fadd.s fa0, fa0, fa1; fmv.x.d a0, fa0)
    TEST_CASE(103, a0, 0xffffffff7fc00000, li a1, UNBOXED; fmv.d.x fa1, a1;
              li a2, 0x3f800000; fmv.w.x fa2, a2; fadd.s fa0, fa1, fa2;
              fmv.x.d a0, fa0)
    TEST_FFLAGS(104, 0)
    TEST_CASE(105, a0, 0xffffffff7fc00000, li a1, UNBOXED; fmv.d.x fa1, a1;
              li a2, 0xbf800000; fmv.w.x fa2, a2; fsgnj.s fa0, fa1, fa2;
              fsgnjn.s fa0, fa0, fa2; fmv.x.d a0, fa0)
    TEST_CASE(106, a0, 0x200, li a1, UNBOXED; fmv.d.x fa1, a1; fclass.s a0, fa1)
    TEST_CASE(107, a0, 0x3f800000, li a1, UNBOXED; fmv.d.x fa1, a1; li a2,
              0x3f800000; fmv.w.x fa2, a2; fmin.s fa0, fa1, fa2; FP_RES_S)
    TEST_CASE(108, a0, D_QNAN, li a1, 0x000000003f800000; fmv.d.x fa1, a1;
              fcvt.d.s fa0, fa1; fmv.x.d a0, fa0)
    TEST_CASE(109, a0, 0xffffffff9abcdef0, li a1, UNBOXED; fmv.d.x fa1, a1;
              fmv.x.w a0, fa1)
    TEST_CASE(110, a0, 0x9abcdef0, li a1, UNBOXED; fmv.d.x fa1, a1; la a2,
              fdata; fsw fa1, 4(a2); lwu a0, 4(a2))
    TEST_CASE(111, a0, 0, li a1, UNBOXED; fmv.d.x fa1, a1; li a2, 0x3f800000;
              fmv.w.x fa2, a2; feq.s a0, fa1, fa2)
    TEST_FFLAGS(112, 0)
    TEST_CASE(113, a0, 0x7fffffff, li a1, 0x00000000bf800000; fmv.d.x fa1, a1;
              fcvt.w.s a0, fa1)
    TEST_FFLAGS(114, NV)
    /* moves: raw bits, no canonicalisation */
    TEST_CASE(120, a0, 0x7ff0000000000001, li a1, 0x7ff0000000000001;
              fmv.d.x fa0, a1; fmv.x.d a0, fa0)
    TEST_CASE(121, a0, 0xffffffff80000000, li a1, 0x80000000; fmv.w.x fa0, a1;
              fmv.x.w a0, fa0)
    TEST_CASE(122, a0, 0x7f800001, li a1, 0x7f800001; fmv.w.x fa0, a1; FP_RES_S)
    TEST_FFLAGS(123, 0)
    TEST_CASE(124, a0, 0x0123456789abcdef, la a1, fdata; li a2,
              0x0123456789abcdef; sd a2, 8(a1); fld fa0, 8(a1); fsd fa0, 16(a1);
              ld a0, 16(a1))
    TEST_CASE(125, a0, 0x7f800001, la a1, fdata; li a2, 0x7f800001; sw a2,
              24(a1); flw fa0, 24(a1); fsw fa0, 28(a1); lwu a0, 28(a1))
    TEST_PASS

    .data
    .balign 8
fdata:
    .word 0xc0000000, 0
    .dword 0, 0, 0
