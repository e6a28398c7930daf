/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * softfloat.c: IEEE 754-2019 binary32/binary64 add, subtract, multiply,
 * divide, square root and fused multiply-add, correctly rounded in all
 * five rounding modes, with the exception flags RISC-V defines (tininess
 * detected after rounding) and the default NaN for every NaN result.
 *
 * Operands are unpacked into FloatParts (softfloat-internal.h); the exact
 * result, or a value carrying a sticky bit for everything below its
 * guard bits, is then rounded once by sf_round_pack.
 */
#include "qemu/osdep.h"
#include <float.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "softfloat-internal.h"

const FloatFmt sf_fmt32 = {
    .frac_bits = 23, .exp_max = 255, .bias = 127,
    .default_nan = float32_default_nan,
};
const FloatFmt sf_fmt64 = {
    .frac_bits = 52, .exp_max = 2047, .bias = 1023,
    .default_nan = float64_default_nan,
};

typedef unsigned __int128 uint128;

/*
 * The host's correctly rounded square root (SSE2: sqrtsd, sqrtss), for
 * the round-to-nearest shortcut and for the software root's first guess.
 */
#ifdef __SSE2__
#define SF_HAVE_HOST_SQRT true

static inline double sf_host_sqrt(double x)
{
    return _mm_cvtsd_f64(_mm_sqrt_sd(_mm_setzero_pd(), _mm_set_sd(x)));
}

static inline float sf_host_sqrtf(float x)
{
    return _mm_cvtss_f32(_mm_sqrt_ss(_mm_set_ss(x)));
}

/* within a few thousand units of the root of x (2^124 <= x < 2^126) */
static inline uint64_t sf_sqrt_guess(uint128 x)
{
    return (uint64_t)sf_host_sqrt((double)x);
}
#else
#define SF_HAVE_HOST_SQRT false

static inline double sf_host_sqrt(double x)
{
    g_assert_not_reached();
}

static inline float sf_host_sqrtf(float x)
{
    g_assert_not_reached();
}

/* above the root: one past isqrt(2^125), or 2^63 - 1 */
static inline uint64_t sf_sqrt_guess(uint128 x)
{
    return x >> 125 ? UINT64_MAX >> 1 : 0x5a827999fcef3243ull;
}
#endif

/*
 * The host's fused multiply-add (FMA3), where the CPU has it; the check
 * is a load and a test of the CPU model libgcc fills in at startup.
 */
#ifdef __x86_64__
static inline bool sf_have_host_fma(void)
{
    return __builtin_cpu_supports("fma");
}

__attribute__((target("fma")))
static double sf_host_fma(double a, double b, double c)
{
    return __builtin_fma(a, b, c);
}

__attribute__((target("fma")))
static float sf_host_fmaf(float a, float b, float c)
{
    return __builtin_fmaf(a, b, c);
}
#else
static inline bool sf_have_host_fma(void)
{
    return false;
}

static double sf_host_fma(double a, double b, double c)
{
    g_assert_not_reached();
}

static float sf_host_fmaf(float a, float b, float c)
{
    g_assert_not_reached();
}
#endif

uint64_t sf_round_bits(uint64_t sig, int shift, bool sign, int rm,
                       bool *inexact)
{
    uint64_t rem = sig & ((1ull << shift) - 1);
    uint64_t half = 1ull << (shift - 1);
    uint64_t q = sig >> shift;

    *inexact = rem != 0;
    switch (rm) {
    case float_round_nearest_even:
        q += rem > half || (rem == half && (q & 1));
        break;
    case float_round_ties_away:
        q += rem >= half;
        break;
    case float_round_down:
        q += rem && sign;
        break;
    case float_round_up:
        q += rem && !sign;
        break;
    default:                    /* to zero */
        break;
    }
    return q;
}

static uint64_t sf_overflow(bool sign, const FloatFmt *f, float_status *s)
{
    uint64_t sbit = (uint64_t)sign << sf_sign_shift(f);
    uint64_t inf = sbit | (uint64_t)f->exp_max << f->frac_bits;
    int rm = s->rounding_mode;

    s->flags |= float_flag_overflow | float_flag_inexact;
    if (rm == float_round_to_zero || (rm == float_round_down && !sign) ||
        (rm == float_round_up && sign)) {
        return inf - 1;         /* the largest finite magnitude */
    }
    return inf;
}

uint64_t sf_round_pack(bool sign, int32_t exp, uint64_t sig,
                       const FloatFmt *f, float_status *s)
{
    int shift = SF_LEAD_BIT - f->frac_bits;
    uint64_t sbit = (uint64_t)sign << sf_sign_shift(f);
    int rm = s->rounding_mode;
    int32_t e;
    uint64_t q;
    bool inexact, tiny;

    if (sig == 0) {
        return sbit;
    }
    if (sig >> 63) {
        sig = (sig >> 1) | (sig & 1);
        exp++;
    } else {
        int lz = __builtin_clzll(sig) - 1;
        sig <<= lz;
        exp -= lz;
    }
    e = exp + f->bias;
    if (e >= 1) {
        q = sf_round_bits(sig, shift, sign, rm, &inexact);
        if (q >> (f->frac_bits + 1)) {
            q >>= 1;
            e++;
        }
        if (e >= f->exp_max) {
            return sf_overflow(sign, f, s);
        }
        s->flags |= inexact ? float_flag_inexact : 0;
        return sbit | ((uint64_t)e << f->frac_bits) |
               (q & ((1ull << f->frac_bits) - 1));
    }
    /* Tiny after rounding unless rounding to full precision carries. */
    tiny = e < 0 ||
           !(sf_round_bits(sig, shift, sign, rm, &inexact) >>
             (f->frac_bits + 1));
    q = sf_round_bits(sf_shift_right_jam(sig, 1 - e), shift, sign, rm,
                      &inexact);
    if (inexact) {
        s->flags |= float_flag_inexact | (tiny ? float_flag_underflow : 0);
    }
    /* q == 2^frac_bits carries into the exponent field: the least normal */
    return sbit | q;
}

uint64_t sf_pack(const FloatParts *p, const FloatFmt *f, float_status *s)
{
    uint64_t sbit = (uint64_t)p->sign << sf_sign_shift(f);

    switch (p->cls) {
    case SF_ZERO:
        return sbit;
    case SF_INF:
        return sbit | (uint64_t)f->exp_max << f->frac_bits;
    case SF_NORMAL:
        return sf_round_pack(p->sign, p->exp, p->sig, f, s);
    default:
        return f->default_nan;
    }
}

void sf_check_snan(const FloatParts *p, int n, float_status *s)
{
    int i;

    for (i = 0; i < n; i++) {
        if (p[i].cls == SF_SNAN) {
            s->flags |= float_flag_invalid;
        }
    }
}

static FloatParts sf_nan(void)
{
    FloatParts r = { .cls = SF_QNAN };

    return r;
}

static FloatParts sf_invalid(float_status *s)
{
    s->flags |= float_flag_invalid;
    return sf_nan();
}

/* An exact zero sum: +0 unless rounding down (or both addends are -0). */
static FloatParts sf_zero_sum(bool sa, bool sb, float_status *s)
{
    FloatParts r = { .cls = SF_ZERO };

    r.sign = sa == sb ? sa : s->rounding_mode == float_round_down;
    return r;
}

/* Both finite and nonzero: add magnitudes or subtract them. */
static FloatParts sf_add_normal(FloatParts a, FloatParts b, float_status *s)
{
    FloatParts t;
    int diff;

    if (a.exp < b.exp || (a.exp == b.exp && a.sig < b.sig)) {
        t = a;
        a = b;
        b = t;
    }
    diff = a.exp - b.exp;
    b.sig = sf_shift_right_jam(b.sig, diff);
    if (a.sign == b.sign) {
        a.sig += b.sig;
    } else if (a.sig == b.sig) {
        return sf_zero_sum(a.sign, b.sign, s);
    } else {
        a.sig -= b.sig;
    }
    return a;
}

static FloatParts sf_add_parts(FloatParts a, FloatParts b, float_status *s)
{
    if (sf_is_nan(&a) || sf_is_nan(&b)) {
        sf_check_snan(&a, 1, s);
        sf_check_snan(&b, 1, s);
        return sf_nan();
    }
    if (a.cls == SF_INF || b.cls == SF_INF) {
        if (a.cls == SF_INF && b.cls == SF_INF && a.sign != b.sign) {
            return sf_invalid(s);
        }
        return a.cls == SF_INF ? a : b;
    }
    if (a.cls == SF_ZERO && b.cls == SF_ZERO) {
        return sf_zero_sum(a.sign, b.sign, s);
    }
    if (a.cls == SF_ZERO || b.cls == SF_ZERO) {
        return a.cls == SF_ZERO ? b : a;
    }
    return sf_add_normal(a, b, s);
}

static FloatParts sf_mul_parts(FloatParts a, FloatParts b, float_status *s)
{
    FloatParts r = { .sign = a.sign ^ b.sign };
    uint128 prod;

    if (sf_is_nan(&a) || sf_is_nan(&b)) {
        sf_check_snan(&a, 1, s);
        sf_check_snan(&b, 1, s);
        return sf_nan();
    }
    if (a.cls == SF_INF || b.cls == SF_INF) {
        if (a.cls == SF_ZERO || b.cls == SF_ZERO) {
            return sf_invalid(s);
        }
        r.cls = SF_INF;
        return r;
    }
    if (a.cls == SF_ZERO || b.cls == SF_ZERO) {
        r.cls = SF_ZERO;
        return r;
    }
    prod = (uint128)a.sig * b.sig;
    r.cls = SF_NORMAL;
    r.sig = (uint64_t)(prod >> SF_LEAD_BIT) |
            ((uint64_t)prod & ((1ull << SF_LEAD_BIT) - 1) ? 1 : 0);
    r.exp = a.exp + b.exp;
    return r;
}

static FloatParts sf_div_parts(FloatParts a, FloatParts b, float_status *s)
{
    FloatParts r = { .sign = a.sign ^ b.sign };
    uint128 num;

    if (sf_is_nan(&a) || sf_is_nan(&b)) {
        sf_check_snan(&a, 1, s);
        sf_check_snan(&b, 1, s);
        return sf_nan();
    }
    if (a.cls == b.cls && (a.cls == SF_INF || a.cls == SF_ZERO)) {
        return sf_invalid(s);
    }
    if (a.cls == SF_INF || b.cls == SF_ZERO) {
        if (a.cls != SF_INF) {
            s->flags |= float_flag_divbyzero;
        }
        r.cls = SF_INF;
        return r;
    }
    if (a.cls == SF_ZERO || b.cls == SF_INF) {
        r.cls = SF_ZERO;
        return r;
    }
    /* a.sig * 2^62 / b.sig lies in (2^61, 2^63): 62 bits or more */
    num = (uint128)a.sig << SF_LEAD_BIT;
    r.cls = SF_NORMAL;
    r.sig = (uint64_t)(num / b.sig) | (num % b.sig != 0);
    r.exp = a.exp - b.exp;
    return r;
}

/*
 * floor(sqrt(x)) for 2^124 <= x < 2^126; *exact when x is a perfect
 * square.  One Newton step from any guess lands at or above the floor
 * of the root, and from there the steps decrease to it; the host's
 * square root, where we have one, makes that one or two divisions.
 */
static uint64_t sf_isqrt128(uint128 x, bool *exact)
{
    uint64_t r = sf_sqrt_guess(x);
    uint64_t y;

    r = (uint64_t)(((uint128)r + x / r) >> 1);
    for (;;) {
        y = (uint64_t)(((uint128)r + x / r) >> 1);
        if (y >= r) {
            break;
        }
        r = y;
    }
    *exact = (uint128)r * r == x;
    return r;
}

static FloatParts sf_sqrt_parts(FloatParts a, float_status *s)
{
    uint128 x;
    bool exact;

    if (sf_is_nan(&a)) {
        sf_check_snan(&a, 1, s);
        return sf_nan();
    }
    if (a.cls == SF_ZERO) {
        return a;               /* sqrt(-0) is -0 */
    }
    if (a.sign) {
        return sf_invalid(s);
    }
    if (a.cls == SF_INF) {
        return a;
    }
    /* Make the exponent even; the root of sig * 2^62 or 2^63 has 63 bits */
    x = (uint128)a.sig << (SF_LEAD_BIT + (a.exp & 1));
    a.sig = sf_isqrt128(x, &exact);
    a.sig |= !exact;
    a.exp >>= 1;
    return a;
}

/* A 128-bit value r * 2^(exp - 125), normalised to FloatParts. */
static FloatParts sf_norm128(bool sign, int32_t exp, uint128 r)
{
    FloatParts p = { .sign = sign, .cls = SF_NORMAL };
    uint64_t hi = r >> 64;
    int lead = hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll(r);

    if (lead > SF_LEAD_BIT) {
        p.sig = (uint64_t)(r >> (lead - SF_LEAD_BIT)) |
                ((r & (((uint128)1 << (lead - SF_LEAD_BIT)) - 1)) != 0);
    } else {
        p.sig = (uint64_t)r << (SF_LEAD_BIT - lead);
    }
    p.exp = exp + lead - 125;
    return p;
}

static uint128 sf_shift_right_jam128(uint128 x, int n)
{
    if (n <= 0) {
        return x;
    }
    if (n >= 128) {
        return x != 0;
    }
    return (x >> n) | ((x & (((uint128)1 << n) - 1)) != 0);
}

/*
 * The exact product a * b (both finite nonzero) plus c (finite nonzero),
 * each held as a 128-bit significand with its leading one at bit 125.
 * The low 20 or more bits of both are zero, so aligning them loses
 * nothing when the exponents are close enough for a deep cancellation;
 * when they are further apart, at most one bit cancels and the sticky
 * bit stays far below the rounding point.
 */
static FloatParts sf_fma_normal(FloatParts a, FloatParts b, FloatParts c,
                                float_status *s)
{
    uint128 p = (uint128)a.sig * b.sig;
    uint128 q = (uint128)c.sig << 63;
    int32_t ep = a.exp + b.exp, eq = c.exp;
    bool sp = a.sign ^ b.sign, sq = c.sign;

    if (p >> 125) {
        ep++;
    } else {
        p <<= 1;
    }
    if (ep < eq || (ep == eq && p < q)) {
        uint128 t = p;
        int32_t te = ep;
        bool ts = sp;

        p = q;
        ep = eq;
        sp = sq;
        q = t;
        eq = te;
        sq = ts;
    }
    q = sf_shift_right_jam128(q, ep - eq);
    if (sp == sq) {
        p += q;
    } else if (p == q) {
        return sf_zero_sum(sp, sq, s);
    } else {
        p -= q;
    }
    return sf_norm128(sp, ep, p);
}

static FloatParts sf_muladd_parts(FloatParts a, FloatParts b, FloatParts c,
                                  float_status *s)
{
    bool inf_zero = (a.cls == SF_INF && b.cls == SF_ZERO) ||
                    (a.cls == SF_ZERO && b.cls == SF_INF);
    FloatParts prod;

    if (sf_is_nan(&a) || sf_is_nan(&b) || sf_is_nan(&c)) {
        sf_check_snan(&a, 1, s);
        sf_check_snan(&b, 1, s);
        sf_check_snan(&c, 1, s);
        /* RISC-V: inf * 0 is invalid even when the addend is a NaN */
        s->flags |= inf_zero ? float_flag_invalid : 0;
        return sf_nan();
    }
    if (a.cls != SF_NORMAL || b.cls != SF_NORMAL || c.cls != SF_NORMAL) {
        /* A special operand: the product is exact, one rounding remains */
        prod = sf_mul_parts(a, b, s);
        return sf_is_nan(&prod) ? prod : sf_add_parts(prod, c, s);
    }
    return sf_fma_normal(a, b, c, s);
}

/*
 * The host-FPU shortcut: in round-to-nearest, with inexact already
 * accrued, normal operands and a normal finite result, the host's
 * correctly rounded result and our flags (none new: no invalid, no
 * division by zero, no overflow, no tininess) are exactly ours.
 */
static inline bool sf_host_ok(const float_status *s)
{
    /* FLT_EVAL_METHOD 0: float and double arithmetic round once, as typed */
    return FLT_EVAL_METHOD == 0 &&
           s->rounding_mode == float_round_nearest_even &&
           (s->flags & float_flag_inexact);
}

static inline bool sf_float32_normal(float32 a)
{
    return ((a >> 23) & 0xff) - 1u < 0xfe;
}

static inline bool sf_float64_normal(float64 a)
{
    return ((a >> 52) & 0x7ff) - 1u < 0x7fe;
}

static inline float sf_float32_host(float32 a)
{
    float f;

    memcpy(&f, &a, sizeof(f));
    return f;
}

static inline double sf_float64_host(float64 a)
{
    double d;

    memcpy(&d, &a, sizeof(d));
    return d;
}

static inline bool sf_float32_host_result(float r, float32 *out)
{
    memcpy(out, &r, sizeof(r));
    return sf_float32_normal(*out) && (*out & 0x7fffffffu) != 0x00800000u;
}

static inline bool sf_float64_host_result(double r, float64 *out)
{
    memcpy(out, &r, sizeof(r));
    return sf_float64_normal(*out) &&
           (*out & ~(1ull << 63)) != 0x0010000000000000ull;
}

#define SF_BINOP_W(fw, host_t, fmt, name, expr, parts_fn, sign_b)           \
fw fw##_##name(fw a, fw b, float_status *s)                                 \
{                                                                           \
    FloatParts pa, pb;                                                      \
    fw r;                                                                   \
                                                                            \
    if (sf_host_ok(s) && sf_##fw##_normal(a) && sf_##fw##_normal(b)) {      \
        host_t x = sf_##fw##_host(a), y = sf_##fw##_host(b);                \
        if (sf_##fw##_host_result(expr, &r)) {                              \
            return r;                                                       \
        }                                                                   \
    }                                                                       \
    pa = sf_unpack(a, &fmt);                                                \
    pb = sf_unpack(b, &fmt);                                                \
    pb.sign ^= sign_b;                                                      \
    pa = parts_fn(pa, pb, s);                                               \
    return sf_pack(&pa, &fmt, s);                                           \
}
#define SF_BINOP(name, expr, parts_fn, sign_b)                              \
    SF_BINOP_W(float32, float, sf_fmt32, name, expr, parts_fn, sign_b)      \
    SF_BINOP_W(float64, double, sf_fmt64, name, expr, parts_fn, sign_b)

SF_BINOP(add, x + y, sf_add_parts, 0)
SF_BINOP(sub, x - y, sf_add_parts, 1)
SF_BINOP(mul, x * y, sf_mul_parts, 0)
SF_BINOP(div, x / y, sf_div_parts, 0)

/* A positive normal's root is normal: only inexact, already accrued. */
#define SF_SQRT(fw, host_t, host_fn, sign_bit, fmt)                         \
fw fw##_sqrt(fw a, float_status *s)                                         \
{                                                                           \
    FloatParts p;                                                           \
    fw r;                                                                   \
                                                                            \
    if (SF_HAVE_HOST_SQRT && sf_host_ok(s) && sf_##fw##_normal(a) &&        \
        !(a >> sign_bit)) {                                                 \
        host_t h = host_fn(sf_##fw##_host(a));                              \
        memcpy(&r, &h, sizeof(r));                                          \
        return r;                                                           \
    }                                                                       \
    p = sf_unpack(a, &fmt);                                                 \
    p = sf_sqrt_parts(p, s);                                                \
    return sf_pack(&p, &fmt, s);                                            \
}

SF_SQRT(float32, float, sf_host_sqrtf, 31, sf_fmt32)
SF_SQRT(float64, double, sf_host_sqrt, 63, sf_fmt64)

/* Normal operands and a normal result: no flag but inexact can arise. */
#define SF_MULADD(fw, host_t, host_fn, fmt)                                 \
fw fw##_muladd(fw a, fw b, fw c, float_status *s)                           \
{                                                                           \
    FloatParts pa, pb, pc;                                                  \
    fw r;                                                                   \
                                                                            \
    if (sf_host_ok(s) && sf_##fw##_normal(a) && sf_##fw##_normal(b) &&      \
        sf_##fw##_normal(c) && sf_have_host_fma()) {                        \
        host_t h = host_fn(sf_##fw##_host(a), sf_##fw##_host(b),            \
                           sf_##fw##_host(c));                              \
        if (sf_##fw##_host_result(h, &r)) {                                 \
            return r;                                                       \
        }                                                                   \
    }                                                                       \
    pa = sf_unpack(a, &fmt);                                                \
    pb = sf_unpack(b, &fmt);                                                \
    pc = sf_unpack(c, &fmt);                                                \
    pa = sf_muladd_parts(pa, pb, pc, s);                                    \
    return sf_pack(&pa, &fmt, s);                                           \
}

SF_MULADD(float32, float, sf_host_fmaf, sf_fmt32)
SF_MULADD(float64, double, sf_host_fma, sf_fmt64)
