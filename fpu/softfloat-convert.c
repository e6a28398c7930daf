/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * softfloat-convert.c: IEEE 754 comparisons, minimumNumber and
 * maximumNumber, classification, and conversions between binary32,
 * binary64 and 32/64-bit integers, with the results RISC-V specifies
 * where IEEE leaves them open (saturating float-to-integer conversion,
 * the default NaN).
 */
#include "qemu/osdep.h"
#include "softfloat-internal.h"

/* -1, 0 or 1 as a < b, a == b, a > b; neither operand is a NaN. */
static int sf_compare_ordered(const FloatParts *a, const FloatParts *b)
{
    int mag;

    if (a->cls == SF_ZERO && b->cls == SF_ZERO) {
        return 0;
    }
    if (a->sign != b->sign) {
        return a->sign ? -1 : 1;
    }
    if (a->cls != b->cls) {
        /* zero < normal < infinity in magnitude */
        mag = a->cls == SF_INF || b->cls == SF_ZERO ? 1 : -1;
    } else if (a->cls != SF_NORMAL || (a->exp == b->exp && a->sig == b->sig)) {
        return 0;
    } else if (a->exp != b->exp) {
        mag = a->exp > b->exp ? 1 : -1;
    } else {
        mag = a->sig > b->sig ? 1 : -1;
    }
    return a->sign ? -mag : mag;
}

/*
 * Compare @a and @b of format @f; returns -1, 0, 1, or 2 for unordered.
 * A NaN raises invalid if @signalling, else only a signalling NaN does.
 */
static int sf_compare(uint64_t a, uint64_t b, const FloatFmt *f,
                      bool signalling, float_status *s)
{
    FloatParts p[2] = { sf_unpack(a, f), sf_unpack(b, f) };

    if (sf_is_nan(&p[0]) || sf_is_nan(&p[1])) {
        if (signalling) {
            s->flags |= float_flag_invalid;
        }
        sf_check_snan(p, 2, s);
        return 2;
    }
    return sf_compare_ordered(&p[0], &p[1]);
}

static uint64_t sf_min_max(uint64_t a, uint64_t b, const FloatFmt *f,
                           bool is_max, float_status *s)
{
    FloatParts p[2] = { sf_unpack(a, f), sf_unpack(b, f) };
    int cmp;

    sf_check_snan(p, 2, s);
    if (sf_is_nan(&p[0])) {
        return sf_is_nan(&p[1]) ? f->default_nan : b;
    }
    if (sf_is_nan(&p[1])) {
        return a;
    }
    cmp = sf_compare_ordered(&p[0], &p[1]);
    if (cmp == 0) {
        /* equal values differ only for zeros: -0 < +0 */
        cmp = p[0].sign == p[1].sign ? 0 : (p[0].sign ? -1 : 1);
    }
    return (cmp > 0) == is_max ? a : b;
}

static unsigned sf_classify(uint64_t a, const FloatFmt *f)
{
    FloatParts p = sf_unpack(a, f);
    bool subnormal = ((a >> f->frac_bits) & f->exp_max) == 0;
    unsigned pos;

    switch (p.cls) {
    case SF_SNAN:
        return float_class_snan;
    case SF_QNAN:
        return float_class_qnan;
    case SF_INF:
        pos = float_class_pos_inf;
        break;
    case SF_ZERO:
        pos = float_class_pos_zero;
        break;
    default:
        pos = subnormal ? float_class_pos_subnormal : float_class_pos_normal;
        break;
    }
    /* the negative classes mirror the positive ones around bits 3/4 */
    return p.sign ? 1u << (7 - __builtin_ctz(pos)) : pos;
}

/*
 * Round a finite value to an integer magnitude.  Returns false when the
 * magnitude does not fit in 64 bits.
 */
static bool sf_round_to_uint(const FloatParts *p, int rm, uint64_t *mag,
                             bool *inexact)
{
    uint64_t sig = p->sig;
    int shift;

    *inexact = false;
    if (p->cls == SF_ZERO) {
        *mag = 0;
        return true;
    }
    if (p->exp > 63) {
        return false;
    }
    if (p->exp >= SF_LEAD_BIT) {
        *mag = sig << (p->exp - SF_LEAD_BIT);
        return true;
    }
    shift = SF_LEAD_BIT - p->exp;
    if (shift > SF_LEAD_BIT) {
        /* below 1/4: keep a fraction with the rest in the sticky bit */
        sig = sf_shift_right_jam(sig, shift - SF_LEAD_BIT);
        shift = SF_LEAD_BIT;
    }
    *mag = sf_round_bits(sig, shift, p->sign, rm, inexact);
    return true;
}

/*
 * Convert to an integer of @bits bits (32 or 64), signed or not, with
 * RISC-V's saturation.  The result is the two's complement bit pattern.
 */
static uint64_t sf_to_int(uint64_t a, const FloatFmt *f, int bits,
                          bool is_signed, float_status *s)
{
    FloatParts p = sf_unpack(a, f);
    uint64_t max = is_signed ? (1ull << (bits - 1)) - 1
                             : UINT64_MAX >> (64 - bits);
    uint64_t neg_max = is_signed ? max + 1 : 0;  /* largest -result */
    uint64_t mag;
    bool inexact;

    if (sf_is_nan(&p)) {
        s->flags |= float_flag_invalid;
        return max;
    }
    if (p.cls == SF_INF ||
        !sf_round_to_uint(&p, s->rounding_mode, &mag, &inexact) ||
        mag > (p.sign ? neg_max : max)) {
        s->flags |= float_flag_invalid;
        return p.sign ? -neg_max : max;
    }
    s->flags |= inexact ? float_flag_inexact : 0;
    return p.sign ? -mag : mag;
}

static uint64_t sf_from_int(uint64_t mag, bool sign, const FloatFmt *f,
                            float_status *s)
{
    return sf_round_pack(sign, SF_LEAD_BIT, mag, f, s);
}

static uint64_t sf_convert(uint64_t a, const FloatFmt *from,
                           const FloatFmt *to, float_status *s)
{
    FloatParts p = sf_unpack(a, from);

    sf_check_snan(&p, 1, s);
    return sf_pack(&p, to, s);
}

#define SF_FMT_FUNCS(fw, fmt)                                               \
bool fw##_eq_quiet(fw a, fw b, float_status *s)                             \
{                                                                           \
    return sf_compare(a, b, &fmt, false, s) == 0;                           \
}                                                                           \
bool fw##_lt(fw a, fw b, float_status *s)                                   \
{                                                                           \
    return sf_compare(a, b, &fmt, true, s) == -1;                           \
}                                                                           \
bool fw##_le(fw a, fw b, float_status *s)                                   \
{                                                                           \
    int c = sf_compare(a, b, &fmt, true, s);                                \
    return c == -1 || c == 0;                                               \
}                                                                           \
fw fw##_minimum_number(fw a, fw b, float_status *s)                         \
{                                                                           \
    return sf_min_max(a, b, &fmt, false, s);                                \
}                                                                           \
fw fw##_maximum_number(fw a, fw b, float_status *s)                         \
{                                                                           \
    return sf_min_max(a, b, &fmt, true, s);                                 \
}                                                                           \
unsigned fw##_classify(fw a)                                                \
{                                                                           \
    return sf_classify(a, &fmt);                                            \
}                                                                           \
int32_t fw##_to_int32(fw a, float_status *s)                                \
{                                                                           \
    return (int32_t)sf_to_int(a, &fmt, 32, true, s);                        \
}                                                                           \
uint32_t fw##_to_uint32(fw a, float_status *s)                              \
{                                                                           \
    return (uint32_t)sf_to_int(a, &fmt, 32, false, s);                      \
}                                                                           \
int64_t fw##_to_int64(fw a, float_status *s)                                \
{                                                                           \
    return (int64_t)sf_to_int(a, &fmt, 64, true, s);                        \
}                                                                           \
uint64_t fw##_to_uint64(fw a, float_status *s)                              \
{                                                                           \
    return sf_to_int(a, &fmt, 64, false, s);                                \
}                                                                           \
fw int32_to_##fw(int32_t a, float_status *s)                                \
{                                                                           \
    return sf_from_int(a < 0 ? -(uint64_t)a : (uint64_t)a, a < 0, &fmt, s); \
}                                                                           \
fw uint32_to_##fw(uint32_t a, float_status *s)                              \
{                                                                           \
    return sf_from_int(a, false, &fmt, s);                                  \
}                                                                           \
fw int64_to_##fw(int64_t a, float_status *s)                                \
{                                                                           \
    return sf_from_int(a < 0 ? -(uint64_t)a : (uint64_t)a, a < 0, &fmt, s); \
}                                                                           \
fw uint64_to_##fw(uint64_t a, float_status *s)                              \
{                                                                           \
    return sf_from_int(a, false, &fmt, s);                                  \
}

SF_FMT_FUNCS(float32, sf_fmt32)
SF_FMT_FUNCS(float64, sf_fmt64)

float64 float32_to_float64(float32 a, float_status *s)
{
    return sf_convert(a, &sf_fmt32, &sf_fmt64, s);
}

float32 float64_to_float32(float64 a, float_status *s)
{
    return sf_convert(a, &sf_fmt64, &sf_fmt32, s);
}
