/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fpu_helper.h: the F and D instructions' arithmetic (fpu_helper.c, over
 * our fpu/softfloat).  The interpreter checks mstatus.FS, resolves the
 * rounding mode (rm 7 means frm) and raises illegal instruction for a
 * reserved one before calling; @rm here is always RISCV_FRM_RNE..RMM.
 * The helpers accrue exception flags into env->fflags.  Single-precision
 * operands are NaN-boxed 64-bit values (an improperly boxed one reads as
 * the canonical NaN); single results come back NaN-boxed.
 */
#ifndef RISCV_FPU_HELPER_H
#define RISCV_FPU_HELPER_H

#include "target/riscv/cpu.h"

#define RISCV_FPU_BINOPS(X) \
    X(fadd) X(fsub) X(fmul) X(fdiv) X(fmin) X(fmax)

#define DECLARE_BINOP(op) \
    uint64_t helper_##op##_s(CPURISCVState *env, uint64_t a, uint64_t b, \
                             int rm); \
    uint64_t helper_##op##_d(CPURISCVState *env, uint64_t a, uint64_t b, \
                             int rm);
RISCV_FPU_BINOPS(DECLARE_BINOP)
#undef DECLARE_BINOP

uint64_t helper_fsqrt_s(CPURISCVState *env, uint64_t a, int rm);
uint64_t helper_fsqrt_d(CPURISCVState *env, uint64_t a, int rm);

/* fmadd: a*b+c, fmsub: a*b-c, fnmsub: -(a*b)+c, fnmadd: -(a*b)-c */
#define RISCV_FPU_FMAOPS(X) X(fmadd) X(fmsub) X(fnmsub) X(fnmadd)
#define DECLARE_FMAOP(op) \
    uint64_t helper_##op##_s(CPURISCVState *env, uint64_t a, uint64_t b, \
                             uint64_t c, int rm); \
    uint64_t helper_##op##_d(CPURISCVState *env, uint64_t a, uint64_t b, \
                             uint64_t c, int rm);
RISCV_FPU_FMAOPS(DECLARE_FMAOP)
#undef DECLARE_FMAOP

/* Comparisons give 0 or 1 (feq quiet, flt/fle signalling). */
target_ulong helper_feq_s(CPURISCVState *env, uint64_t a, uint64_t b);
target_ulong helper_flt_s(CPURISCVState *env, uint64_t a, uint64_t b);
target_ulong helper_fle_s(CPURISCVState *env, uint64_t a, uint64_t b);
target_ulong helper_feq_d(CPURISCVState *env, uint64_t a, uint64_t b);
target_ulong helper_flt_d(CPURISCVState *env, uint64_t a, uint64_t b);
target_ulong helper_fle_d(CPURISCVState *env, uint64_t a, uint64_t b);
target_ulong helper_fclass_s(CPURISCVState *env, uint64_t a);
target_ulong helper_fclass_d(CPURISCVState *env, uint64_t a);

/* Sign injection (no flags). */
uint64_t helper_fsgnj_s(uint64_t a, uint64_t b, int kind); /* 0 j, 1 n, 2 x */
uint64_t helper_fsgnj_d(uint64_t a, uint64_t b, int kind);

/* Float to integer: results sign-extended to 64 bits as the ISA says. */
target_ulong helper_fcvt_w_s(CPURISCVState *env, uint64_t a, int rm);
target_ulong helper_fcvt_wu_s(CPURISCVState *env, uint64_t a, int rm);
target_ulong helper_fcvt_l_s(CPURISCVState *env, uint64_t a, int rm);
target_ulong helper_fcvt_lu_s(CPURISCVState *env, uint64_t a, int rm);
target_ulong helper_fcvt_w_d(CPURISCVState *env, uint64_t a, int rm);
target_ulong helper_fcvt_wu_d(CPURISCVState *env, uint64_t a, int rm);
target_ulong helper_fcvt_l_d(CPURISCVState *env, uint64_t a, int rm);
target_ulong helper_fcvt_lu_d(CPURISCVState *env, uint64_t a, int rm);
/* Integer to float */
uint64_t helper_fcvt_s_w(CPURISCVState *env, target_ulong a, int rm);
uint64_t helper_fcvt_s_wu(CPURISCVState *env, target_ulong a, int rm);
uint64_t helper_fcvt_s_l(CPURISCVState *env, target_ulong a, int rm);
uint64_t helper_fcvt_s_lu(CPURISCVState *env, target_ulong a, int rm);
uint64_t helper_fcvt_d_w(CPURISCVState *env, target_ulong a, int rm);
uint64_t helper_fcvt_d_wu(CPURISCVState *env, target_ulong a, int rm);
uint64_t helper_fcvt_d_l(CPURISCVState *env, target_ulong a, int rm);
uint64_t helper_fcvt_d_lu(CPURISCVState *env, target_ulong a, int rm);
/* Between precisions */
uint64_t helper_fcvt_s_d(CPURISCVState *env, uint64_t a, int rm);
uint64_t helper_fcvt_d_s(CPURISCVState *env, uint64_t a, int rm);

#endif
