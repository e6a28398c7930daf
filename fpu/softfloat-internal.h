/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * softfloat-internal.h: the unpacked form shared by fpu/softfloat.c
 * (arithmetic) and fpu/softfloat-convert.c (conversions, comparisons).
 *
 * Both widths use one representation: a finite nonzero value is
 * sig * 2^(exp - 62) with bit 62 of sig the leading one, so the binary64
 * significand has 10 bits below it and binary32's 39; those guard bits
 * and a sticky bit 0 carry everything rounding needs.
 */
#ifndef FPU_SOFTFLOAT_INTERNAL_H
#define FPU_SOFTFLOAT_INTERNAL_H

#include "fpu/softfloat.h"

typedef struct FloatFmt {
    int frac_bits;              /* stored fraction: 23 or 52 */
    int exp_max;                /* all-ones exponent field: 255 or 2047 */
    int bias;                   /* 127 or 1023 */
    uint64_t default_nan;
} FloatFmt;

extern const FloatFmt sf_fmt32;
extern const FloatFmt sf_fmt64;

typedef enum FloatClass {
    SF_ZERO,
    SF_NORMAL,                  /* any finite nonzero value */
    SF_INF,
    SF_QNAN,
    SF_SNAN,
} FloatClass;

typedef struct FloatParts {
    uint64_t sig;               /* SF_NORMAL: bit 62 set */
    int32_t exp;                /* unbiased exponent of bit 62 */
    bool sign;
    uint8_t cls;                /* FloatClass */
} FloatParts;

#define SF_LEAD_BIT 62

static inline int sf_sign_shift(const FloatFmt *f)
{
    return f->frac_bits == 23 ? 31 : 63;
}

static inline bool sf_is_nan(const FloatParts *p)
{
    return p->cls >= SF_QNAN;
}

/* x >> n, with every bit shifted out ORed into bit 0 */
static inline uint64_t sf_shift_right_jam(uint64_t x, int n)
{
    if (n <= 0) {
        return x;
    }
    if (n >= 64) {
        return x != 0;
    }
    return (x >> n) | ((x << (64 - n)) != 0);
}

static inline FloatParts sf_unpack(uint64_t bits, const FloatFmt *f)
{
    FloatParts p;
    uint64_t frac = bits & ((1ull << f->frac_bits) - 1);
    int e = (bits >> f->frac_bits) & f->exp_max;
    int sh;

    p.sign = (bits >> sf_sign_shift(f)) & 1;
    p.exp = 0;
    p.sig = 0;
    if (e == f->exp_max) {
        if (frac == 0) {
            p.cls = SF_INF;
        } else {
            p.cls = (frac >> (f->frac_bits - 1)) & 1 ? SF_QNAN : SF_SNAN;
        }
    } else if (e == 0) {
        if (frac == 0) {
            p.cls = SF_ZERO;
        } else {
            /* subnormal: normalise so bit 62 leads */
            sh = __builtin_clzll(frac) - 1;
            p.cls = SF_NORMAL;
            p.sig = frac << sh;
            p.exp = 1 - f->bias - f->frac_bits - sh + SF_LEAD_BIT;
        }
    } else {
        p.cls = SF_NORMAL;
        p.sig = (frac | (1ull << f->frac_bits))
                << (SF_LEAD_BIT - f->frac_bits);
        p.exp = e - f->bias;
    }
    return p;
}

/*
 * Drop the low @shift bits of @sig (1 <= shift <= 62) rounding in mode
 * @rm for a value of sign @sign; *inexact tells whether any dropped bit
 * was set.
 */
uint64_t sf_round_bits(uint64_t sig, int shift, bool sign, int rm,
                       bool *inexact);

/*
 * sf_round_pack: round sign * sig * 2^(exp - 62) to the format, raising
 * inexact, overflow and underflow.  @sig may be any nonzero value (bits
 * 0..63); a zero @sig gives a zero of @sign.
 */
uint64_t sf_round_pack(bool sign, int32_t exp, uint64_t sig,
                       const FloatFmt *f, float_status *s);

/* Pack a special (zero, infinity, NaN) or round a normal value. */
uint64_t sf_pack(const FloatParts *p, const FloatFmt *f, float_status *s);

/* Invalid for any signalling NaN among @n parts. */
void sf_check_snan(const FloatParts *p, int n, float_status *s);

#endif
