/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * F and D arithmetic edge cases (RISC-V unprivileged spec 20191213,
 * chapters 11-12; IEEE 754-2008): every rounding mode, RMM and dynamic
 * (frm) included, on ties and on non-ties; the five flags exactly;
 * overflow to infinity or to the largest finite value by rounding mode;
 * underflow with tininess detected after rounding; the canonical NaN
 * from every NaN-producing operation, payloads not propagated; sqrt and
 * division corners; fused multiply-add rounding once, and its inf * 0
 * invalid even with a quiet NaN addend; fmin/fmax (IEEE minimumNumber,
 * -0 < +0, signalling NaNs); compares; fclass; sign injection; reserved
 * rounding modes raising illegal-instruction.
 */
#include "test.h"

#define D_ONE   0x3ff0000000000000
#define D_TWO   0x4000000000000000
#define D_THREE 0x4008000000000000
#define D_HALF  0x3fe0000000000000
#define D_MONE  0xbff0000000000000
#define D_EPS2  0x3ca0000000000000      /* 2^-53: half an ulp of 1.0 */
#define D_MAX   0x7fefffffffffffff
#define D_INF   0x7ff0000000000000
#define D_NINF  0xfff0000000000000
#define D_QNAN  0x7ff8000000000000      /* canonical */
#define D_PNAN  0x7ff8000000000123      /* quiet, with a payload */
#define D_SNAN  0x7ff0000000000001
#define D_NZERO 0x8000000000000000
#define D_MIN   0x0010000000000000      /* 2^-1022 */
#define S_ONE   0x3f800000
#define S_TWO   0x40000000
#define S_THREE 0x40400000
#define S_EPS2  0x33800000              /* 2^-24 */
#define S_MAX   0x7f7fffff
#define S_INF   0x7f800000
#define S_NINF  0xff800000
#define S_QNAN  0x7fc00000
#define S_PNAN  0x7fc00123
#define S_SNAN  0x7f800001
#define S_NZERO 0x80000000
#define S_MONE  0xbf800000

#define NX FFLAG_NX
#define UF FFLAG_UF
#define OF FFLAG_OF
#define DZ FFLAG_DZ
#define NV FFLAG_NV

    .text
    .globl main
main:
    /* ties and non-ties in every static rounding mode */
    FP_D2(1, fadd.d, rne, D_ONE, NX, D_ONE, D_EPS2)
    FP_D2(2, fadd.d, rtz, D_ONE, NX, D_ONE, D_EPS2)
    FP_D2(3, fadd.d, rdn, D_ONE, NX, D_ONE, D_EPS2)
    FP_D2(4, fadd.d, rup, 0x3ff0000000000001, NX, D_ONE, D_EPS2)
    FP_D2(5, fadd.d, rmm, 0x3ff0000000000001, NX, D_ONE, D_EPS2)
    FP_D2(6, fadd.d, rne, D_MONE, NX, D_MONE, 0xbca0000000000000)
    FP_D2(7, fadd.d, rdn, 0xbff0000000000001, NX, D_MONE, 0xbca0000000000000)
    FP_D2(8, fadd.d, rup, D_MONE, NX, D_MONE, 0xbca0000000000000)
    FP_D2(9, fadd.d, rmm, 0xbff0000000000001, NX, D_MONE, 0xbca0000000000000)
    FP_D2(10, fadd.d, rtz, D_MONE, NX, D_MONE, 0xbca0000000000000)
    FP_D2(11, fadd.d, rne, 0x3ff0000000000002, NX, 0x3ff0000000000001, D_EPS2)
    FP_D2(12, fadd.d, rtz, 0x3ff0000000000001, NX, 0x3ff0000000000001, D_EPS2)
    FP_D2(13, fadd.d, rmm, 0x3ff0000000000002, NX, 0x3ff0000000000001, D_EPS2)
    FP_D2(14, fdiv.d, rne, 0x3fd5555555555555, NX, D_ONE, D_THREE)
    FP_D2(15, fdiv.d, rup, 0x3fd5555555555556, NX, D_ONE, D_THREE)
    FP_D2(16, fdiv.d, rdn, 0x3fd5555555555555, NX, D_ONE, D_THREE)
    FP_D2(17, fdiv.d, rmm, 0x3fd5555555555555, NX, D_ONE, D_THREE)
    FP_D2(18, fdiv.d, rdn, 0xbfd5555555555556, NX, D_MONE, D_THREE)
    FP_D2(19, fdiv.d, rup, 0xbfd5555555555555, NX, D_MONE, D_THREE)
    FP_S2(20, fadd.s, rne, S_ONE, NX, S_ONE, S_EPS2)
    FP_S2(21, fadd.s, rup, 0x3f800001, NX, S_ONE, S_EPS2)
    FP_S2(22, fadd.s, rmm, 0x3f800001, NX, S_ONE, S_EPS2)
    FP_S2(23, fadd.s, rdn, S_ONE, NX, S_ONE, S_EPS2)
    FP_S2(24, fdiv.s, rne, 0x3eaaaaab, NX, S_ONE, S_THREE)
    FP_S2(25, fdiv.s, rtz, 0x3eaaaaaa, NX, S_ONE, S_THREE)
    FP_S2(26, fdiv.s, rmm, 0x3eaaaaab, NX, S_ONE, S_THREE)
    FP_S2(27, fmul.s, rne, 0x40c00000, 0, S_TWO, S_THREE)
    FP_S2(28, fsub.s, rne, S_NZERO, 0, S_NZERO, 0)
    FP_S2(29, fsub.s, rdn, S_NZERO, 0, S_ONE, S_ONE)
    FP_D2(30, fsub.d, rne, 0, 0, D_ONE, D_ONE)
    FP_D2(31, fsub.d, rdn, D_NZERO, 0, D_ONE, D_ONE)
    /* dynamic rounding from frm */
    TEST_CASE(32, a0, 0x3ff0000000000001, csrwi frm, RM_RUP;
              FP_ARGS(D_ONE, D_EPS2, 0, fmv.d.x); fadd.d fa0, fa1, fa2, dyn;
              FP_RES_D)
    TEST_CASE(33, a0, 0x3ff0000000000001, csrwi frm, RM_RMM;
              FP_ARGS(D_ONE, D_EPS2, 0, fmv.d.x); fadd.d fa0, fa1, fa2;
              FP_RES_D)
    TEST_CASE(34, a0, D_ONE, csrwi frm, RM_RTZ;
              FP_ARGS(D_ONE, D_EPS2, 0, fmv.d.x); fadd.d fa0, fa1, fa2, dyn;
              FP_RES_D)
    TEST_CASE(35, a0, 3, csrwi frm, RM_RUP;
              FP_ARGS(0x4004000000000000, 0, 0, fmv.d.x); fcvt.w.d a0, fa1, dyn)
    TEST_CASE(36, a0, 0x21, csrwi frm, RM_RTZ; csrr a0, fcsr)
    csrwi frm, RM_RNE
    /* reserved rounding modes: static 5 and 6, dynamic with frm 5-7 */
    TEST_TRAP(37, CAUSE_ILLEGAL_INSN, .word 0x02c5d553)
    TEST_TRAP(38, CAUSE_ILLEGAL_INSN, .word 0x02c5e553)
    TEST_TRAP(39, CAUSE_ILLEGAL_INSN, csrwi frm, 5; fadd.d fa0, fa1, fa2, dyn)
    TEST_TRAP(40, CAUSE_ILLEGAL_INSN, csrwi frm, 7; fcvt.w.d a0, fa1, dyn)
    TEST_TRAP(41, -1, csrwi frm, 7; fadd.d fa0, fa1, fa2, rne)
    csrwi frm, RM_RNE
    /* overflow: infinity or the largest finite value by rounding mode */
    FP_D2(50, fmul.d, rne, D_INF, OF | NX, D_MAX, D_TWO)
    FP_D2(51, fmul.d, rtz, D_MAX, OF | NX, D_MAX, D_TWO)
    FP_D2(52, fmul.d, rdn, D_MAX, OF | NX, D_MAX, D_TWO)
    FP_D2(53, fmul.d, rup, D_INF, OF | NX, D_MAX, D_TWO)
    FP_D2(54, fmul.d, rmm, D_INF, OF | NX, D_MAX, D_TWO)
    FP_D2(55, fmul.d, rup, 0xffefffffffffffff, OF | NX, D_MAX,
          0xc000000000000000)
    FP_D2(56, fmul.d, rdn, D_NINF, OF | NX, D_MAX, 0xc000000000000000)
    FP_S2(57, fmul.s, rtz, S_MAX, OF | NX, S_MAX, S_TWO)
    FP_S2(58, fadd.s, rne, S_INF, OF | NX, S_MAX, 0x73800000)
    FP_D2(59, fadd.d, rne, D_INF, 0, D_INF, D_MAX)
    /* underflow: exact subnormals raise nothing; tiny and inexact: UF NX */
    FP_D2(60, fmul.d, rne, 0x0008000000000000, 0, D_MIN, D_HALF)
    FP_D2(61, fmul.d, rne, 0x0008000000000000, UF | NX, D_MIN,
          0x3fe0000000000001)
    FP_D2(62, fmul.d, rup, 0x0008000000000001, UF | NX, D_MIN,
          0x3fe0000000000001)
    FP_D2(63, fmul.d, rne, 0, UF | NX, 1, D_HALF)
    FP_D2(64, fmul.d, rup, 1, UF | NX, 1, D_HALF)
    FP_D2(65, fmul.d, rdn, 0x8000000000000001, UF | NX, 1, 0xbfe0000000000000)
    FP_D2(65, fmul.d, rup, D_NZERO, UF | NX, 1, 0xbfe0000000000000)
    FP_S2(66, fmul.s, rne, 0x00400000, 0, 0x00800000, 0x3f000000)
    FP_S2(67, fmul.s, rmm, 1, UF | NX, 1, 0x3f000000)
    /* tininess after rounding: rounds up to the smallest normal, no UF */
    FP_OP(68, 0x00800000, NX, 0x380ffffff0000000, 0, 0, fmv.d.x, FP_RES_S,
          fcvt.s.d fa0, fa1, rne)
    FP_OP(69, 0x007fffff, UF | NX, 0x380ffffff0000000, 0, 0, fmv.d.x, FP_RES_S,
          fcvt.s.d fa0, fa1, rtz)
    /* division and square root */
    FP_D2(70, fdiv.d, rne, D_INF, DZ, D_ONE, 0)
    FP_D2(71, fdiv.d, rne, D_NINF, DZ, D_MONE, 0)
    FP_D2(72, fdiv.d, rne, D_QNAN, NV, 0, 0)
    FP_D2(73, fdiv.d, rne, D_QNAN, NV, D_INF, D_INF)
    FP_D2(74, fdiv.d, rne, 0, 0, D_ONE, D_INF)
    FP_S2(75, fdiv.s, rne, S_INF, DZ, S_ONE, 0)
    FP_S2(76, fdiv.s, rne, S_QNAN, NV, 0, S_NZERO)
    FP_D1(77, fsqrt.d, rne, D_TWO, 0, 0x4010000000000000)
    FP_D1(78, fsqrt.d, rne, 0x3ff6a09e667f3bcd, NX, D_TWO)
    FP_D1(79, fsqrt.d, rdn, 0x3ff6a09e667f3bcc, NX, D_TWO)
    FP_D1(79, fsqrt.d, rup, 0x3ff6a09e667f3bcd, NX, D_TWO)
    FP_D1(80, fsqrt.d, rne, D_NZERO, 0, D_NZERO)
    FP_D1(81, fsqrt.d, rne, D_QNAN, NV, D_MONE)
    FP_D1(82, fsqrt.d, rne, D_INF, 0, D_INF)
    FP_S1(83, fsqrt.s, rne, 0x3fb504f3, NX, S_TWO)
    FP_S1(84, fsqrt.s, rne, S_QNAN, NV, S_NINF)
    FP_S1(85, fsqrt.s, rne, S_QNAN, 0, S_PNAN)
    /* NaNs: the canonical NaN, no payloads; signalling inputs raise NV */
    FP_D2(90, fadd.d, rne, D_QNAN, 0, D_PNAN, D_ONE)
    FP_D2(91, fadd.d, rne, D_QNAN, NV, D_SNAN, D_ONE)
    FP_D2(92, fsub.d, rne, D_QNAN, NV, D_INF, D_INF)
    FP_D2(93, fmul.d, rne, D_QNAN, NV, D_INF, 0)
    FP_D2(94, fmul.d, rne, D_QNAN, 0, D_ONE, 0xfff8000000000456)
    FP_S2(95, fadd.s, rne, S_QNAN, 0, S_PNAN, S_ONE)
    FP_S2(96, fmul.s, rne, S_QNAN, NV, S_SNAN, S_PNAN)
    FP_S2(97, fadd.s, rne, S_QNAN, NV, S_INF, S_NINF)
    /* fused multiply-add: one rounding */
    FP_D3(100, fmadd.d, rne, 0x3c90000000000000, 0, 0x3ff0000002000000,
          0x3ff0000002000000, 0xbff0000004000000)
    FP_D3(101, fmsub.d, rne, 0x3c90000000000000, 0, 0x3ff0000002000000,
          0x3ff0000002000000, 0x3ff0000004000000)
    FP_D3(102, fnmsub.d, rne, 0xbc90000000000000, 0, 0x3ff0000002000000,
          0x3ff0000002000000, 0x3ff0000004000000)
    FP_D3(103, fnmadd.d, rne, 0xbc90000000000000, 0, 0x3ff0000002000000,
          0x3ff0000002000000, 0xbff0000004000000)
    FP_S3(104, fmadd.s, rne, 0x33800000, 0, 0x3f800800, 0x3f800800, 0xbf801000)
    FP_S3(105, fnmadd.s, rne, 0xb3800000, 0, 0x3f800800, 0x3f800800, 0xbf801000)
    FP_S3(113, fmsub.s, rne, 0x33800000, 0, 0x3f800800, 0x3f800800, 0x3f801000)
    FP_S3(114, fnmsub.s, rne, 0xb3800000, 0, 0x3f800800, 0x3f800800, 0x3f801000)
    FP_S3(115, fmsub.s, rtz, 0x3f7fffff, NX, 0x3f800000, 0x3f800000, 0x33000000)
    FP_S3(116, fmsub.s, rne, 0x3f800000, NX, 0x3f800000, 0x3f800000, 0x33000000)
    FP_D3(106, fmadd.d, rne, 0, 0, D_ONE, D_ONE, D_MONE)
    FP_D3(107, fmadd.d, rdn, D_NZERO, 0, D_ONE, D_ONE, D_MONE)
    FP_D3(108, fmadd.d, rne, D_QNAN, NV, D_INF, 0, D_QNAN)
    FP_S3(109, fmadd.s, rne, S_QNAN, NV, 0, S_NINF, S_PNAN)
    FP_D3(110, fmadd.d, rne, D_QNAN, NV, D_INF, D_ONE, D_NINF)
    FP_D3(111, fmadd.d, rup, 0x3ff0000000000001, NX, D_ONE, D_ONE, 1)
    FP_D3(112, fmadd.d, rne, D_INF, OF | NX, D_MAX, D_TWO, D_MONE)
    /* fmin/fmax: minimumNumber/maximumNumber, -0 < +0 */
    FP_D2N(120, fmin.d, D_NZERO, 0, D_NZERO, 0)
    FP_D2N(121, fmin.d, D_NZERO, 0, 0, D_NZERO)
    FP_D2N(122, fmax.d, 0, 0, D_NZERO, 0)
    FP_D2N(123, fmax.d, 0, 0, 0, D_NZERO)
    FP_D2N(124, fmin.d, D_ONE, 0, D_PNAN, D_ONE)
    FP_D2N(125, fmax.d, D_ONE, NV, D_ONE, D_SNAN)
    FP_D2N(126, fmin.d, D_QNAN, 0, D_PNAN, D_PNAN)
    FP_D2N(127, fmax.d, D_QNAN, NV, D_SNAN, D_PNAN)
    FP_D2N(128, fmin.d, D_NINF, 0, D_NINF, D_INF)
    FP_S2N(129, fmin.s, S_NZERO, 0, 0, S_NZERO)
    FP_S2N(130, fmax.s, S_ONE, NV, S_SNAN, S_ONE)
    FP_S2N(131, fmax.s, S_QNAN, 0, S_PNAN, S_QNAN)
    /* compares: quiet feq, signalling flt/fle */
    FP_D2X(140, feq.d, 0, 0, D_PNAN, D_ONE)
    FP_D2X(141, flt.d, 0, NV, D_PNAN, D_ONE)
    FP_D2X(142, fle.d, 0, NV, D_ONE, D_PNAN)
    FP_D2X(143, feq.d, 0, NV, D_SNAN, D_ONE)
    FP_D2X(144, feq.d, 1, 0, D_NZERO, 0)
    FP_D2X(145, flt.d, 0, 0, D_NZERO, 0)
    FP_D2X(146, fle.d, 1, 0, D_NZERO, 0)
    FP_D2X(147, flt.d, 1, 0, D_NINF, D_MIN)
    FP_D2X(148, fle.d, 0, 0, D_TWO, D_ONE)
    FP_S2X(149, feq.s, 1, 0, S_ONE, S_ONE)
    FP_S2X(150, flt.s, 0, NV, S_QNAN, S_QNAN)
    FP_S2X(151, feq.s, 0, NV, S_SNAN, S_SNAN)
    FP_S2X(152, fle.s, 1, 0, S_NINF, S_NINF)
    /* fclass: all ten classes */
    FP_D1X(160, fclass.d, 0x001, 0, D_NINF)
    FP_D1X(161, fclass.d, 0x002, 0, D_MONE)
    FP_D1X(162, fclass.d, 0x004, 0, 0x800fffffffffffff)
    FP_D1X(163, fclass.d, 0x008, 0, D_NZERO)
    FP_D1X(164, fclass.d, 0x010, 0, 0)
    FP_D1X(165, fclass.d, 0x020, 0, 1)
    FP_D1X(166, fclass.d, 0x040, 0, D_MIN)
    FP_D1X(167, fclass.d, 0x080, 0, D_INF)
    FP_D1X(168, fclass.d, 0x100, 0, D_SNAN)
    FP_D1X(169, fclass.d, 0x200, 0, D_PNAN)
    FP_D1X(170, fclass.d, 0x100, 0, 0xfff4000000000000)
    FP_S1X(171, fclass.s, 0x001, 0, S_NINF)
    FP_S1X(172, fclass.s, 0x002, 0, S_MONE)
    FP_S1X(173, fclass.s, 0x004, 0, 0x80000001)
    FP_S1X(174, fclass.s, 0x008, 0, S_NZERO)
    FP_S1X(175, fclass.s, 0x010, 0, 0)
    FP_S1X(176, fclass.s, 0x020, 0, 0x007fffff)
    FP_S1X(177, fclass.s, 0x040, 0, S_MAX)
    FP_S1X(178, fclass.s, 0x080, 0, S_INF)
    FP_S1X(179, fclass.s, 0x100, 0, S_SNAN)
    FP_S1X(180, fclass.s, 0x200, 0, S_QNAN)
    /* sign injection: bits only, NaNs kept, no flags */
    FP_D2N(190, fsgnj.d, D_MONE, 0, D_ONE, 0xc000000000000000)
    FP_D2N(191, fsgnjn.d, D_ONE, 0, D_ONE, 0xc000000000000000)
    FP_D2N(192, fsgnjx.d, D_ONE, 0, D_MONE, 0xc000000000000000)
    FP_D2N(193, fsgnjx.d, D_MONE, 0, D_MONE, D_TWO)
    FP_D2N(194, fsgnjn.d, 0xfff8000000000123, 0, D_PNAN, D_ONE)
    FP_D2N(195, fsgnj.d, 0xfff0000000000001, 0, D_SNAN, D_NINF)
    FP_S2N(196, fsgnjn.s, 0xff800001, 0, S_SNAN, S_ONE)
    FP_S2N(197, fsgnjx.s, 0x3f800000, 0, S_MONE, S_NZERO)
    TEST_PASS
