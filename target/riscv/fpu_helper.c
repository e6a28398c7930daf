/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fpu_helper.c: the RISC-V F and D instructions' arithmetic over our
 * fpu/softfloat (unprivileged ISA 20191213, chapters 11 and 12).
 *
 * Each helper runs softfloat with the resolved rounding mode and the
 * accrued fflags as its status, and writes the flags back: accruing is
 * an OR, and seeing inexact already set lets softfloat use the host FPU.
 * Single-precision values live NaN-boxed in the 64-bit registers.
 */
#include "qemu/osdep.h"
#include "fpu/softfloat.h"
#include "target/riscv/fpu_helper.h"

QEMU_BUILD_BUG_ON(float_flag_inexact != FPEXC_NX ||
                  float_flag_underflow != FPEXC_UF ||
                  float_flag_overflow != FPEXC_OF ||
                  float_flag_divbyzero != FPEXC_DZ ||
                  float_flag_invalid != FPEXC_NV);
QEMU_BUILD_BUG_ON(float_round_nearest_even != RISCV_FRM_RNE ||
                  float_round_to_zero != RISCV_FRM_RTZ ||
                  float_round_down != RISCV_FRM_RDN ||
                  float_round_up != RISCV_FRM_RUP ||
                  float_round_ties_away != RISCV_FRM_RMM);

#define NANBOX_S 0xffffffff00000000ull

static inline uint64_t box_s(float32 f)
{
    return NANBOX_S | f;
}

/* An improperly boxed single reads as the canonical NaN. */
static inline float32 unbox_s(uint64_t v)
{
    return (v & NANBOX_S) == NANBOX_S ? (float32)v : float32_default_nan;
}

static inline float_status fpu_status(CPURISCVState *env, int rm)
{
    float_status s = { .rounding_mode = rm, .flags = env->fflags };

    return s;
}

static inline void fpu_accrue(CPURISCVState *env, const float_status *s)
{
    env->fflags = s->flags;
}

#define DEFINE_BINOP(op, sf_s, sf_d)                                        \
uint64_t helper_##op##_s(CPURISCVState *env, uint64_t a, uint64_t b,        \
                         int rm)                                            \
{                                                                           \
    float_status s = fpu_status(env, rm);                                   \
    float32 r = sf_s(unbox_s(a), unbox_s(b), &s);                           \
                                                                            \
    fpu_accrue(env, &s);                                                    \
    return box_s(r);                                                        \
}                                                                           \
uint64_t helper_##op##_d(CPURISCVState *env, uint64_t a, uint64_t b,        \
                         int rm)                                            \
{                                                                           \
    float_status s = fpu_status(env, rm);                                   \
    float64 r = sf_d(a, b, &s);                                             \
                                                                            \
    fpu_accrue(env, &s);                                                    \
    return r;                                                               \
}

DEFINE_BINOP(fadd, float32_add, float64_add)
DEFINE_BINOP(fsub, float32_sub, float64_sub)
DEFINE_BINOP(fmul, float32_mul, float64_mul)
DEFINE_BINOP(fdiv, float32_div, float64_div)
DEFINE_BINOP(fmin, float32_minimum_number, float64_minimum_number)
DEFINE_BINOP(fmax, float32_maximum_number, float64_maximum_number)

uint64_t helper_fsqrt_s(CPURISCVState *env, uint64_t a, int rm)
{
    float_status s = fpu_status(env, rm);
    float32 r = float32_sqrt(unbox_s(a), &s);

    fpu_accrue(env, &s);
    return box_s(r);
}

uint64_t helper_fsqrt_d(CPURISCVState *env, uint64_t a, int rm)
{
    float_status s = fpu_status(env, rm);
    float64 r = float64_sqrt(a, &s);

    fpu_accrue(env, &s);
    return r;
}

/*
 * The negated forms flip operand signs before the one rounding:
 * -(a * b) is (-a) * b exactly, and a NaN's sign does not matter since
 * every NaN result is canonical.
 */
#define DEFINE_FMAOP(op, neg_a, neg_c)                                      \
uint64_t helper_##op##_s(CPURISCVState *env, uint64_t a, uint64_t b,        \
                         uint64_t c, int rm)                                \
{                                                                           \
    float_status s = fpu_status(env, rm);                                   \
    float32 r = float32_muladd(unbox_s(a) ^ ((uint32_t)neg_a << 31),        \
                               unbox_s(b),                                  \
                               unbox_s(c) ^ ((uint32_t)neg_c << 31), &s);   \
                                                                            \
    fpu_accrue(env, &s);                                                    \
    return box_s(r);                                                        \
}                                                                           \
uint64_t helper_##op##_d(CPURISCVState *env, uint64_t a, uint64_t b,        \
                         uint64_t c, int rm)                                \
{                                                                           \
    float_status s = fpu_status(env, rm);                                   \
    float64 r = float64_muladd(a ^ ((uint64_t)neg_a << 63), b,              \
                               c ^ ((uint64_t)neg_c << 63), &s);            \
                                                                            \
    fpu_accrue(env, &s);                                                    \
    return r;                                                               \
}

DEFINE_FMAOP(fmadd, 0, 0)
DEFINE_FMAOP(fmsub, 0, 1)
DEFINE_FMAOP(fnmsub, 1, 0)
DEFINE_FMAOP(fnmadd, 1, 1)

#define DEFINE_CMP(op, sf_s, sf_d)                                          \
target_ulong helper_##op##_s(CPURISCVState *env, uint64_t a, uint64_t b)    \
{                                                                           \
    float_status s = fpu_status(env, RISCV_FRM_RNE);                        \
    bool r = sf_s(unbox_s(a), unbox_s(b), &s);                              \
                                                                            \
    fpu_accrue(env, &s);                                                    \
    return r;                                                               \
}                                                                           \
target_ulong helper_##op##_d(CPURISCVState *env, uint64_t a, uint64_t b)    \
{                                                                           \
    float_status s = fpu_status(env, RISCV_FRM_RNE);                        \
    bool r = sf_d(a, b, &s);                                                \
                                                                            \
    fpu_accrue(env, &s);                                                    \
    return r;                                                               \
}

DEFINE_CMP(feq, float32_eq_quiet, float64_eq_quiet)
DEFINE_CMP(flt, float32_lt, float64_lt)
DEFINE_CMP(fle, float32_le, float64_le)

target_ulong helper_fclass_s(CPURISCVState *env, uint64_t a)
{
    return float32_classify(unbox_s(a));
}

target_ulong helper_fclass_d(CPURISCVState *env, uint64_t a)
{
    return float64_classify(a);
}

static uint64_t fsgnj(uint64_t a, uint64_t b, int kind, int sign_bit)
{
    uint64_t sign = 1ull << sign_bit;

    switch (kind) {
    case 0:
        return (a & ~sign) | (b & sign);
    case 1:
        return (a & ~sign) | (~b & sign);
    default:
        return a ^ (b & sign);
    }
}

uint64_t helper_fsgnj_s(uint64_t a, uint64_t b, int kind)
{
    return box_s(fsgnj(unbox_s(a), unbox_s(b), kind, 31));
}

uint64_t helper_fsgnj_d(uint64_t a, uint64_t b, int kind)
{
    return fsgnj(a, b, kind, 63);
}

/* Float to integer; 32-bit results are sign-extended as the ISA says. */
#define DEFINE_FCVT_TO_INT(op, sf, unbox, itype)                        \
target_ulong helper_fcvt_##op(CPURISCVState *env, uint64_t a, int rm)       \
{                                                                           \
    float_status s = fpu_status(env, rm);                                   \
    itype r = sf(unbox(a), &s);                                             \
                                                                            \
    fpu_accrue(env, &s);                                                    \
    return (target_ulong)(target_long)r;                                    \
}

#define UNBOX_D(a) (a)
DEFINE_FCVT_TO_INT(w_s, float32_to_int32, unbox_s, int32_t)
DEFINE_FCVT_TO_INT(wu_s, float32_to_uint32, unbox_s, int32_t)
DEFINE_FCVT_TO_INT(l_s, float32_to_int64, unbox_s, int64_t)
DEFINE_FCVT_TO_INT(lu_s, float32_to_uint64, unbox_s, uint64_t)
DEFINE_FCVT_TO_INT(w_d, float64_to_int32, UNBOX_D, int32_t)
DEFINE_FCVT_TO_INT(wu_d, float64_to_uint32, UNBOX_D, int32_t)
DEFINE_FCVT_TO_INT(l_d, float64_to_int64, UNBOX_D, int64_t)
DEFINE_FCVT_TO_INT(lu_d, float64_to_uint64, UNBOX_D, uint64_t)

/* Integer to float: the source is the low 32 bits for w/wu. */
#define DEFINE_FCVT_FROM_INT(op, sf, itype, box)                            \
uint64_t helper_fcvt_##op(CPURISCVState *env, target_ulong a, int rm)       \
{                                                                           \
    float_status s = fpu_status(env, rm);                                   \
    uint64_t r = box(sf((itype)a, &s));                                     \
                                                                            \
    fpu_accrue(env, &s);                                                    \
    return r;                                                               \
}

#define BOX_D(r) (r)
DEFINE_FCVT_FROM_INT(s_w, int32_to_float32, int32_t, box_s)
DEFINE_FCVT_FROM_INT(s_wu, uint32_to_float32, uint32_t, box_s)
DEFINE_FCVT_FROM_INT(s_l, int64_to_float32, int64_t, box_s)
DEFINE_FCVT_FROM_INT(s_lu, uint64_to_float32, uint64_t, box_s)
DEFINE_FCVT_FROM_INT(d_w, int32_to_float64, int32_t, BOX_D)
DEFINE_FCVT_FROM_INT(d_wu, uint32_to_float64, uint32_t, BOX_D)
DEFINE_FCVT_FROM_INT(d_l, int64_to_float64, int64_t, BOX_D)
DEFINE_FCVT_FROM_INT(d_lu, uint64_to_float64, uint64_t, BOX_D)

uint64_t helper_fcvt_s_d(CPURISCVState *env, uint64_t a, int rm)
{
    float_status s = fpu_status(env, rm);
    float32 r = float64_to_float32(a, &s);

    fpu_accrue(env, &s);
    return box_s(r);
}

uint64_t helper_fcvt_d_s(CPURISCVState *env, uint64_t a, int rm)
{
    float_status s = fpu_status(env, rm);
    float64 r = float32_to_float64(unbox_s(a), &s);

    fpu_accrue(env, &s);
    return r;
}
