/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-softfloat.c: fpu/softfloat against the host FPU, bit for bit and
 * flag for flag, on random operands biased toward the special cases
 * (zeros, infinities, NaNs, subnormals, the overflow and underflow
 * edges, near-cancellation), in the four rounding modes the host has;
 * ties-away checked against exact double-precision references and hand
 * vectors; RISC-V's own results (canonical NaN, fcvt saturation,
 * fmin/fmax, fclass); and the fpu_helper.c layer (NaN-boxing, fflags
 * accrual).  Built with -ffp-contract=off -frounding-math so the host
 * reference is computed as written.
 */
#include "qemu/osdep.h"
#include <fenv.h>
#include <math.h>
#include "fpu/softfloat.h"
#include "target/riscv/fpu_helper.h"

#define ITERS 12500             /* per operation and rounding mode */

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dull;
}

/* Host rounding modes, indexed by FloatRoundMode (not ties-away). */
static const int host_modes[] = {
    FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD,
};

static unsigned host_flags(void)
{
    int e = fetestexcept(FE_ALL_EXCEPT);

    return (e & FE_INEXACT ? float_flag_inexact : 0) |
           (e & FE_UNDERFLOW ? float_flag_underflow : 0) |
           (e & FE_OVERFLOW ? float_flag_overflow : 0) |
           (e & FE_DIVBYZERO ? float_flag_divbyzero : 0) |
           (e & FE_INVALID ? float_flag_invalid : 0);
}

/*
 * Random operand bits for a format with @fb fraction bits and @eb
 * exponent bits, one special-case family in two.
 */
static uint64_t gen_bits(int fb, int eb)
{
    uint64_t fmask = (1ull << fb) - 1, emax = (1ull << eb) - 1;
    uint64_t sign = (rnd() & 1) << (fb + eb);
    uint64_t frac = rnd() & fmask;
    uint64_t r = rnd();

    switch (r % 16) {
    case 0:
        return sign;                                    /* zero */
    case 1:
        return sign | emax << fb;                       /* infinity */
    case 2:
        return sign | emax << fb | (frac | 1);          /* a NaN */
    case 3:
    case 4:
        return sign | frac;                             /* subnormal */
    case 5:
        return sign | (emax - 1 - (r >> 8) % 3) << fb | frac;  /* huge */
    case 6:
        return sign | (1 + (r >> 8) % 3) << fb | frac;  /* near tiny */
    case 7:
        return sign | ((emax >> 1) + (r >> 8) % 8) << fb |
               (frac & ~(fmask >> ((r >> 16) % 8 + 1)));  /* few bits */
    default:
        return (rnd() & ((sign << 1) - 1)) | sign;      /* anything */
    }
}

static uint32_t gen32(void)
{
    return gen_bits(23, 8);
}

static uint64_t gen64(void)
{
    return gen_bits(52, 11);
}

static float f32(uint32_t b)
{
    float f;

    memcpy(&f, &b, 4);
    return f;
}

static uint32_t b32(float f)
{
    uint32_t b;

    memcpy(&b, &f, 4);
    return b;
}

static double f64(uint64_t b)
{
    double d;

    memcpy(&d, &b, 8);
    return d;
}

static uint64_t b64(double d)
{
    uint64_t b;

    memcpy(&b, &d, 8);
    return b;
}

/* Host NaN results (which propagate payloads) are canonical for us. */
static uint32_t canon32(uint32_t r)
{
    return isnan(f32(r)) ? float32_default_nan : r;
}

static uint64_t canon64(uint64_t r)
{
    return isnan(f64(r)) ? float64_default_nan : r;
}

enum { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_SQRT, OP_FMA };

static float host_op32(int op, float a, float b, float c)
{
    volatile float x = a, y = b, z = c, r;

    switch (op) {
    case OP_ADD:
        r = x + y;
        break;
    case OP_SUB:
        r = x - y;
        break;
    case OP_MUL:
        r = x * y;
        break;
    case OP_DIV:
        r = x / y;
        break;
    case OP_SQRT:
        r = sqrtf(x);
        break;
    default:
        r = fmaf(x, y, z);
        break;
    }
    return r;
}

static double host_op64(int op, double a, double b, double c)
{
    volatile double x = a, y = b, z = c, r;

    switch (op) {
    case OP_ADD:
        r = x + y;
        break;
    case OP_SUB:
        r = x - y;
        break;
    case OP_MUL:
        r = x * y;
        break;
    case OP_DIV:
        r = x / y;
        break;
    case OP_SQRT:
        r = sqrt(x);
        break;
    default:
        r = fma(x, y, z);
        break;
    }
    return r;
}

static float32 sf_op32(int op, float32 a, float32 b, float32 c,
                       float_status *s)
{
    switch (op) {
    case OP_ADD:
        return float32_add(a, b, s);
    case OP_SUB:
        return float32_sub(a, b, s);
    case OP_MUL:
        return float32_mul(a, b, s);
    case OP_DIV:
        return float32_div(a, b, s);
    case OP_SQRT:
        return float32_sqrt(a, s);
    default:
        return float32_muladd(a, b, c, s);
    }
}

static float64 sf_op64(int op, float64 a, float64 b, float64 c,
                       float_status *s)
{
    switch (op) {
    case OP_ADD:
        return float64_add(a, b, s);
    case OP_SUB:
        return float64_sub(a, b, s);
    case OP_MUL:
        return float64_mul(a, b, s);
    case OP_DIV:
        return float64_div(a, b, s);
    case OP_SQRT:
        return float64_sqrt(a, s);
    default:
        return float64_muladd(a, b, c, s);
    }
}

/*
 * Whether the host's flags for fma(a, b, c) are not comparable: IEEE
 * leaves invalid for inf * 0 + qNaN open, and RISC-V raises it.
 */
static bool fma_inf_zero_nan(double a, double b, double c)
{
    return isnan(c) && ((isinf(a) && b == 0) || (a == 0 && isinf(b)));
}

/* Make b near -a (or near a for sub) to exercise cancellation. */
static uint64_t near_cancel(int op, uint64_t a, int sign_shift)
{
    uint64_t b = a ^ (rnd() & 0xff);

    return op == OP_ADD ? b ^ (1ull << sign_shift) : b;
}

static void check_op32(int op, int rm, uint32_t a, uint32_t b, uint32_t c)
{
    float_status s = { .rounding_mode = rm };
    uint32_t want, got;
    unsigned want_flags;

    /* Sometimes start with inexact accrued: the host shortcut's case. */
    s.flags = rnd() & 1 ? float_flag_inexact : 0;
    fesetround(host_modes[rm]);
    feclearexcept(FE_ALL_EXCEPT);
    want = canon32(b32(host_op32(op, f32(a), f32(b), f32(c))));
    want_flags = host_flags() | s.flags;
    fesetround(FE_TONEAREST);
    got = sf_op32(op, a, b, c, &s);
    if (op == OP_FMA && fma_inf_zero_nan(f32(a), f32(b), f32(c))) {
        want_flags |= float_flag_invalid;
    }
    if (got != want || s.flags != want_flags) {
        g_test_message("f32 op %d rm %d: %08x %08x %08x -> %08x/%02x, "
                       "host %08x/%02x", op, rm, a, b, c, got, s.flags,
                       want, want_flags);
        g_test_fail();
    }
}

static void check_op64(int op, int rm, uint64_t a, uint64_t b, uint64_t c)
{
    float_status s = { .rounding_mode = rm };
    uint64_t want, got;
    unsigned want_flags;

    s.flags = rnd() & 1 ? float_flag_inexact : 0;
    fesetround(host_modes[rm]);
    feclearexcept(FE_ALL_EXCEPT);
    want = canon64(b64(host_op64(op, f64(a), f64(b), f64(c))));
    want_flags = host_flags() | s.flags;
    fesetround(FE_TONEAREST);
    got = sf_op64(op, a, b, c, &s);
    if (op == OP_FMA && fma_inf_zero_nan(f64(a), f64(b), f64(c))) {
        want_flags |= float_flag_invalid;
    }
    if (got != want || s.flags != want_flags) {
        g_test_message("f64 op %d rm %d: %016" PRIx64 " %016" PRIx64
                       " %016" PRIx64 " -> %016" PRIx64 "/%02x, host %016"
                       PRIx64 "/%02x", op, rm, a, b, c, got, s.flags,
                       want, want_flags);
        g_test_fail();
    }
}

static void test_random_op(gconstpointer opaque)
{
    int op = GPOINTER_TO_INT(opaque);
    int rm, i;
    uint64_t a, b, c;

    for (rm = 0; rm < 4; rm++) {
        for (i = 0; i < ITERS; i++) {
            a = gen32();
            b = i % 8 == 0 ? near_cancel(op, a, 31) : gen32();
            c = i % 8 == 1 ? near_cancel(OP_ADD, b32(f32(a) * f32(b)), 31)
                           : gen32();
            check_op32(op, rm, a, b, c);
            a = gen64();
            b = i % 8 == 0 ? near_cancel(op, a, 63) : gen64();
            c = i % 8 == 1 ? near_cancel(OP_ADD, b64(f64(a) * f64(b)), 63)
                           : gen64();
            check_op64(op, rm, a, b, c);
        }
    }
}

/* Round @x to an integral double in @rm; ties-away by hand. */
static double ref_round(double x, int rm)
{
    volatile double v = x, r;
    double t;

    if (rm == float_round_ties_away) {
        t = trunc(x);
        return fabs(x - t) == 0.5 ? t + copysign(1.0, x) : nearbyint(x);
    }
    fesetround(host_modes[rm]);
    r = nearbyint(v);
    fesetround(FE_TONEAREST);
    return r;
}

/* RISC-V fcvt of the value @x to a @bits-bit integer. */
static uint64_t ref_to_int(double x, int rm, int bits, bool sgn,
                           unsigned *flags)
{
    double lim = ldexp(1.0, sgn ? bits - 1 : bits);
    double r = ref_round(x, rm);
    uint64_t max = sgn ? (1ull << (bits - 1)) - 1 : UINT64_MAX >> (64 - bits);

    if (isnan(x)) {
        *flags = float_flag_invalid;
        return max;
    }
    if (r >= lim || r < (sgn ? -lim : 0)) {
        *flags = float_flag_invalid;
        return x < 0 ? (sgn ? -(max + 1) : 0) : max;
    }
    *flags = r != x ? float_flag_inexact : 0;
    return sgn ? (uint64_t)(int64_t)r : (uint64_t)r;
}

typedef struct ToIntCase {
    int bits;
    bool sgn;
    uint64_t (*fn32)(float32 a, float_status *s);
    uint64_t (*fn64)(float64 a, float_status *s);
} ToIntCase;

#define TO_INT_WRAP(name, type)                                             \
static uint64_t w_##name(type a, float_status *s)                           \
{                                                                           \
    return name(a, s);                                                      \
}
TO_INT_WRAP(float32_to_int32, float32)
TO_INT_WRAP(float32_to_uint32, float32)
TO_INT_WRAP(float32_to_int64, float32)
TO_INT_WRAP(float32_to_uint64, float32)
TO_INT_WRAP(float64_to_int32, float64)
TO_INT_WRAP(float64_to_uint32, float64)
TO_INT_WRAP(float64_to_int64, float64)
TO_INT_WRAP(float64_to_uint64, float64)

static const ToIntCase to_int_cases[] = {
    { 32, true, w_float32_to_int32, w_float64_to_int32 },
    { 32, false, w_float32_to_uint32, w_float64_to_uint32 },
    { 64, true, w_float32_to_int64, w_float64_to_int64 },
    { 64, false, w_float32_to_uint64, w_float64_to_uint64 },
};

/* A double near the integer ranges' edges, or any value. */
static double gen_int_edge(void)
{
    uint64_t r = rnd();
    double base = ldexp(1.0, (int)(r % 4 * 16 + 16 + (r >> 8) % 2));

    switch (r >> 16 & 3) {
    case 0:
        return f64(gen64());
    case 1:
        return ldexp((double)(int64_t)rnd(), -(int)((r >> 20) % 70));
    default:
        return ((r >> 20) & 1 ? -base : base) +
               ldexp((double)((int64_t)rnd() >> 50), -(int)((r >> 24) % 3));
    }
}

static void check_to_int(const ToIntCase *tc, int rm, double x, bool is32)
{
    float_status s = { .rounding_mode = rm };
    unsigned want_flags;
    uint64_t want = ref_to_int(x, rm, tc->bits, tc->sgn, &want_flags);
    uint64_t got = is32 ? tc->fn32(b32((float)x), &s) : tc->fn64(b64(x), &s);

    if (tc->bits == 32) {
        want = tc->sgn ? (uint64_t)(int32_t)want : (uint32_t)want;
    }
    if (got != want || s.flags != want_flags) {
        g_test_message("to_int%d%s rm %d f%d %a -> %" PRIx64 "/%02x, want %"
                       PRIx64 "/%02x", tc->bits, tc->sgn ? "" : "u", rm,
                       is32 ? 32 : 64, x, got, s.flags, want, want_flags);
        g_test_fail();
    }
}

static void test_random_to_int(void)
{
    int rm, i, k;
    double x;

    for (rm = 0; rm <= float_round_ties_away; rm++) {
        for (i = 0; i < ITERS; i++) {
            x = gen_int_edge();
            k = i % 4;
            check_to_int(&to_int_cases[k], rm, x, false);
            /* the same value narrowed to binary32 (exactly, toward 0) */
            fesetround(FE_TOWARDZERO);
            x = isnan(x) ? x : (double)(volatile float)x;
            fesetround(FE_TONEAREST);
            check_to_int(&to_int_cases[k], rm, x, true);
        }
    }
}

/*
 * The binary32 ties-away rounding of the exact double @x, and its flags
 * (those of round-to-nearest: a tie changes neither tininess nor
 * overflow, the tied neighbours being on the same side of both edges).
 */
static uint32_t ref_rmm32(double x, unsigned *flags)
{
    volatile double v = x;
    float rne, lo, hi;
    double mid;

    feclearexcept(FE_ALL_EXCEPT);
    rne = (float)v;
    *flags = host_flags();
    fesetround(FE_TOWARDZERO);
    lo = (float)v;
    fesetround(FE_TONEAREST);
    if (isnan(x) || (double)lo == x) {
        return canon32(b32(rne));
    }
    hi = nextafterf(lo, x > 0 ? INFINITY : -INFINITY);
    mid = ((double)lo + (double)hi) / 2;
    return isinf(hi) || x != mid ? b32(rne) : b32(hi);
}

static uint64_t gen_int_bits(void)
{
    uint64_t r = rnd();

    return (rnd() >> (r % 64)) * ((r >> 8) & 1 ? -1 : 1);
}

#define FROM_INT_CHECK(name, itype, ftype, canon, host_t)                   \
static void check_##name(int rm, itype a)                                   \
{                                                                           \
    float_status s = { .rounding_mode = rm };                               \
    volatile itype va = a;                                                  \
    uint64_t want, got;                                                     \
    unsigned want_flags;                                                    \
                                                                            \
    fesetround(host_modes[rm]);                                             \
    feclearexcept(FE_ALL_EXCEPT);                                           \
    want = canon((volatile host_t)va);                                      \
    want_flags = host_flags();                                              \
    fesetround(FE_TONEAREST);                                               \
    got = name(a, &s);                                                      \
    if (got != want || s.flags != want_flags) {                             \
        g_test_message(#name " rm %d %" PRIx64 " -> %" PRIx64 "/%02x, "     \
                       "host %" PRIx64 "/%02x", rm, (uint64_t)a, got,       \
                       s.flags, want, want_flags);                          \
        g_test_fail();                                                      \
    }                                                                       \
}
FROM_INT_CHECK(int32_to_float32, int32_t, float32, b32, float)
FROM_INT_CHECK(uint32_to_float32, uint32_t, float32, b32, float)
FROM_INT_CHECK(int64_to_float32, int64_t, float32, b32, float)
FROM_INT_CHECK(uint64_to_float32, uint64_t, float32, b32, float)
FROM_INT_CHECK(int32_to_float64, int32_t, float64, b64, double)
FROM_INT_CHECK(uint32_to_float64, uint32_t, float64, b64, double)
FROM_INT_CHECK(int64_to_float64, int64_t, float64, b64, double)
FROM_INT_CHECK(uint64_to_float64, uint64_t, float64, b64, double)

static void test_random_from_int(void)
{
    int rm, i;
    uint64_t v;

    for (rm = 0; rm < 4; rm++) {
        for (i = 0; i < ITERS; i++) {
            v = gen_int_bits();
            check_int32_to_float32(rm, v);
            check_uint32_to_float32(rm, v);
            check_int64_to_float32(rm, v);
            check_uint64_to_float32(rm, v);
            check_int32_to_float64(rm, v);
            check_uint32_to_float64(rm, v);
            check_int64_to_float64(rm, v);
            check_uint64_to_float64(rm, v);
        }
    }
}

static void check_f32_f64(int rm, uint32_t a, uint64_t d)
{
    float_status s = { .rounding_mode = rm };
    volatile float va = f32(a);
    volatile double vd = f64(d);
    uint64_t want64, got64;
    uint32_t want32, got32;
    unsigned flags64, flags32;

    fesetround(host_modes[rm]);
    feclearexcept(FE_ALL_EXCEPT);
    want64 = canon64(b64((double)va));
    flags64 = host_flags();
    feclearexcept(FE_ALL_EXCEPT);
    want32 = canon32(b32((float)vd));
    flags32 = host_flags();
    fesetround(FE_TONEAREST);
    got64 = float32_to_float64(a, &s);
    g_assert_cmphex(got64, ==, want64);
    g_assert_cmphex(s.flags, ==, flags64);
    s.flags = 0;
    got32 = float64_to_float32(d, &s);
    if (got32 != want32 || s.flags != flags32) {
        g_test_message("f64->f32 rm %d %016" PRIx64 " -> %08x/%02x, host "
                       "%08x/%02x", rm, d, got32, s.flags, want32, flags32);
        g_test_fail();
    }
}

static void test_random_f32_f64(void)
{
    int rm, i;
    uint64_t d;

    for (rm = 0; rm < 4; rm++) {
        for (i = 0; i < ITERS; i++) {
            /* binary32's range and just beyond it, or anything */
            d = i & 1 ? gen64()
                      : (gen64() & 0x800fffffffffffffull) |
                        (uint64_t)(1023 - 152 + rnd() % 282) << 52;
            check_f32_f64(rm, gen32(), d);
        }
    }
}

/* Ties-away: binary32 results of exact double computations. */
static void check_rmm32(const char *what, uint32_t got, unsigned got_flags,
                        double exact, unsigned op_flags)
{
    unsigned flags;
    uint32_t want = ref_rmm32(exact, &flags);

    flags |= op_flags;
    if (got != want || got_flags != flags) {
        g_test_message("rmm %s %a -> %08x/%02x, want %08x/%02x", what,
                       exact, got, got_flags, want, flags);
        g_test_fail();
    }
}

/*
 * One exact double computation of binary32 operands; returns false if
 * the double result was rounded.
 */
static bool exact_double(int op, uint32_t a, uint32_t b, uint32_t c,
                         double *r, unsigned *flags)
{
    volatile float x = f32(a), y = f32(b), z = f32(c);
    volatile double v;

    feclearexcept(FE_ALL_EXCEPT);
    switch (op) {
    case OP_ADD:
        v = (double)x + (double)y;
        break;
    case OP_MUL:
        v = (double)x * (double)y;
        break;
    default:
        v = fma((double)x, (double)y, (double)z);
        break;
    }
    *flags = host_flags();
    *r = v;
    return !(*flags & float_flag_inexact);
}

static void test_random_rmm(void)
{
    static const int ops[] = { OP_ADD, OP_MUL, OP_FMA };
    float_status s = { .rounding_mode = float_round_ties_away };
    uint32_t a, b, c, got;
    unsigned op_flags;
    int i, op;
    double x;

    for (i = 0; i < 3 * ITERS; i++) {
        op = ops[i % 3];
        a = gen32();
        /* half of the adds are ties: b is half a unit in a's last place */
        b = op == OP_ADD && i % 2 && isnormal(f32(a))
            ? b32(ldexpf(rnd() & 1 ? 1 : -1, ilogbf(f32(a)) - 24)) : gen32();
        c = i % 2 ? near_cancel(OP_ADD, b32(f32(a) * f32(b)), 31) : gen32();
        if (!exact_double(op, a, b, c, &x, &op_flags)) {
            continue;
        }
        if (op == OP_FMA && fma_inf_zero_nan(f32(a), f32(b), f32(c))) {
            op_flags |= float_flag_invalid;
        }
        s.flags = 0;
        got = sf_op32(op, a, b, c, &s);
        check_rmm32("op", got, s.flags, x, op_flags);
        /* the narrowing conversion rounds the same way */
        x = f64(i % 2 ? gen64()
                      : (gen64() & ~0x1fffffffull) | 0x10000000);  /* tie */
        s.flags = 0;
        got = float64_to_float32(b64(x), &s);
        check_rmm32("f64->f32", got, s.flags,
                    x, issignaling(x) ? float_flag_invalid : 0);
        x = (int32_t)gen_int_bits();
        s.flags = 0;
        got = int32_to_float32((int32_t)x, &s);
        check_rmm32("i32->f32", got, s.flags, x, 0);
    }
}

/*
 * binary64 ties-away from exact x87 extended (64-bit significand)
 * references, as ref_rmm32 does from doubles: sums of operands whose
 * exponents are close, and 64-bit integers.
 */
static uint64_t ref_rmm64(long double x, unsigned *flags)
{
    volatile long double v = x;
    double rne, lo, hi;

    feclearexcept(FE_ALL_EXCEPT);
    rne = (double)v;
    *flags = host_flags();
    fesetround(FE_TOWARDZERO);
    lo = (double)v;
    fesetround(FE_TONEAREST);
    if (isnan(x) || (long double)lo == x) {
        return canon64(b64(rne));
    }
    hi = nextafter(lo, x > 0 ? INFINITY : -INFINITY);
    return isinf(hi) || x != ((long double)lo + hi) / 2 ? b64(rne) : b64(hi);
}

static void check_rmm64(const char *what, uint64_t got, unsigned got_flags,
                        long double exact, unsigned op_flags)
{
    unsigned flags;
    uint64_t want = ref_rmm64(exact, &flags);

    flags |= op_flags;
    if (got != want || got_flags != flags) {
        g_test_message("rmm %s %La -> %016" PRIx64 "/%02x, want %016" PRIx64
                       "/%02x", what, exact, got, got_flags, want, flags);
        g_test_fail();
    }
}

static void test_random_rmm64(void)
{
    float_status s = { .rounding_mode = float_round_ties_away };
    volatile long double x, y, sum;
    uint64_t a, b, v;
    unsigned op_flags;
    int i;

    for (i = 0; i < 2 * ITERS; i++) {
        a = gen64();
        /* b's exponent within 11 of a's, so the sum fits 64 bits */
        b = (gen64() & 0x800fffffffffffffull) |
            ((((a >> 52) & 0x7ff) + rnd() % 23 - 11) & 0x7ff) << 52;
        b &= i % 2 ? ~0ull : ~0x3ffull;     /* ties need zero low bits */
        x = f64(a);
        y = f64(b);
        feclearexcept(FE_ALL_EXCEPT);
        sum = x + y;
        /* (widening a signalling NaN raised invalid before the clear) */
        op_flags = host_flags() |
                   (issignaling(f64(a)) || issignaling(f64(b))
                    ? float_flag_invalid : 0);
        if (!(op_flags & float_flag_inexact)) {
            s.flags = 0;
            v = float64_add(a, b, &s);
            check_rmm64("add", v, s.flags, sum, op_flags);
        }
        v = gen_int_bits();
        s.flags = 0;
        a = int64_to_float64(v, &s);
        check_rmm64("i64->f64", a, s.flags, (long double)(int64_t)v, 0);
        s.flags = 0;
        a = uint64_to_float64(v, &s);
        check_rmm64("u64->f64", a, s.flags, (long double)v, 0);
    }
}

static void add_convert_tests(void)
{
    g_test_add_func("/fpu/softfloat/random/to-int", test_random_to_int);
    g_test_add_func("/fpu/softfloat/random/from-int", test_random_from_int);
    g_test_add_func("/fpu/softfloat/random/f32-f64", test_random_f32_f64);
    g_test_add_func("/fpu/softfloat/random/ties-away", test_random_rmm);
    g_test_add_func("/fpu/softfloat/random/ties-away-f64",
                    test_random_rmm64);
}


/* Comparisons: host values; invalid for sNaN (quiet) or any NaN. */
#define CHECK_COMPARE(fw, bits, host_t, to_host)                            \
static void check_compare_##fw(bits a, bits b)                              \
{                                                                           \
    volatile host_t x = to_host(a), y = to_host(b);                         \
    unsigned nan_flag = isnan(x) || isnan(y) ? float_flag_invalid : 0;      \
    bool snan = issignaling(x) || issignaling(y);                           \
    float_status s = { 0 };                                                 \
                                                                            \
    g_assert_cmpint(fw##_eq_quiet(a, b, &s), ==, x == y);                   \
    g_assert_cmphex(s.flags, ==, snan ? float_flag_invalid : 0);            \
    s.flags = 0;                                                            \
    g_assert_cmpint(fw##_lt(a, b, &s), ==, x < y);                          \
    g_assert_cmphex(s.flags, ==, nan_flag);                                 \
    s.flags = 0;                                                            \
    g_assert_cmpint(fw##_le(a, b, &s), ==, x <= y);                         \
    g_assert_cmphex(s.flags, ==, nan_flag);                                 \
}
CHECK_COMPARE(float32, uint32_t, float, f32)
CHECK_COMPARE(float64, uint64_t, double, f64)

/* minimumNumber/maximumNumber from the host's ordering. */
static uint64_t ref_min_max(uint64_t a, uint64_t b, double x, double y,
                            bool is_max, uint64_t nan)
{
    if (isnan(x)) {
        return isnan(y) ? nan : b;
    }
    if (isnan(y)) {
        return a;
    }
    if (x == y) {
        /* only zeros differ: -0 is the minimum */
        return (signbit(x) != 0) == is_max ? b : a;
    }
    return (x > y) == is_max ? a : b;
}

static void check_min_max(uint64_t a, uint64_t b, bool is64)
{
    double x = is64 ? f64(a) : f32(a), y = is64 ? f64(b) : f32(b);
    bool snan = is64 ? issignaling(f64(a)) || issignaling(f64(b))
                     : issignaling(f32(a)) || issignaling(f32(b));
    uint64_t nan = is64 ? float64_default_nan : float32_default_nan;
    float_status s = { 0 };
    int is_max;

    for (is_max = 0; is_max < 2; is_max++) {
        uint64_t got = is64
            ? (is_max ? float64_maximum_number : float64_minimum_number)
                (a, b, &s)
            : (is_max ? float32_maximum_number : float32_minimum_number)
                (a, b, &s);

        g_assert_cmphex(got, ==, ref_min_max(a, b, x, y, is_max, nan));
        g_assert_cmphex(s.flags, ==, snan ? float_flag_invalid : 0);
        s.flags = 0;
    }
}

static unsigned ref_classify(double x, bool snan, bool subnormal)
{
    int shift;

    if (isnan(x)) {
        return snan ? float_class_snan : float_class_qnan;
    }
    shift = isinf(x) ? 7 : x == 0 ? 4 : subnormal ? 5 : 6;
    return signbit(x) ? 1u << (7 - shift) : 1u << shift;
}

static void test_random_compare(void)
{
    int i;
    uint32_t a, b;
    uint64_t d, e;

    for (i = 0; i < 4 * ITERS; i++) {
        a = gen32();
        d = gen64();
        /* equal or opposite operands a quarter of the time */
        b = i % 4 ? gen32() : a ^ ((uint32_t)(i & 4) << 29);
        e = i % 4 ? gen64() : d ^ ((uint64_t)(i & 4) << 61);
        check_compare_float32(a, b);
        check_compare_float64(d, e);
        check_min_max(a, b, false);
        check_min_max(d, e, true);
        g_assert_cmphex(float32_classify(a), ==,
                        ref_classify(f32(a), issignaling(f32(a)),
                                     fpclassify(f32(a)) == FP_SUBNORMAL));
        g_assert_cmphex(float64_classify(d), ==,
                        ref_classify(f64(d), issignaling(f64(d)),
                                     fpclassify(f64(d)) == FP_SUBNORMAL));
    }
}

typedef struct Vec32 {
    int op, rm;
    uint32_t a, b, c, want;
    unsigned flags;
} Vec32;

typedef struct Vec64 {
    int op, rm;
    uint64_t a, b, c, want;
    unsigned flags;
} Vec64;

#define NX float_flag_inexact
#define UF float_flag_underflow
#define OF float_flag_overflow
#define DZ float_flag_divbyzero
#define NV float_flag_invalid
#define RNE float_round_nearest_even
#define RMM float_round_ties_away

/* Worked by hand: ties-away, RISC-V's NaN and fma rules, tininess. */
static const Vec32 vec32[] = {
    /* 1 + 2^-24 is a tie: away gives 1 + 2^-23, even gives 1 */
    { OP_ADD, RMM, 0x3f800000, 0x33800000, 0, 0x3f800001, NX },
    { OP_ADD, RNE, 0x3f800000, 0x33800000, 0, 0x3f800000, NX },
    { OP_ADD, RMM, 0xbf800000, 0xb3800000, 0, 0xbf800001, NX },
    /* 1 + 3 * 2^-25 is not a tie: nearest is 1 + 2^-23 either way */
    { OP_ADD, RMM, 0x3f800000, 0x33c00000, 0, 0x3f800001, NX },
    /* 2^-150 = half the least subnormal: away rounds up, tiny */
    { OP_MUL, RMM, 0x00000001, 0x3f000000, 0, 0x00000001, UF | NX },
    { OP_MUL, RNE, 0x00000001, 0x3f000000, 0, 0x00000000, UF | NX },
    /* largest finite * 2 overflows to infinity in ties-away */
    { OP_MUL, RMM, 0x7f7fffff, 0x40000000, 0, 0x7f800000, OF | NX },
    /* (2^-126 - 2^-150) * (1 + 2^-23): rounds to 2^-126, not tiny */
    { OP_MUL, RNE, 0x007fffff, 0x3f800001, 0, 0x00800000, NX },
    /* 0x007fffff * (1 - 2^-24): stays below 2^-126, tiny: underflow */
    { OP_MUL, RNE, 0x00ffffff, 0x3effffff, 0, 0x007fffff, UF | NX },
    /* an exact subnormal result raises nothing */
    { OP_MUL, RNE, 0x00000002, 0x3f000000, 0, 0x00000001, 0 },
    /* every NaN result is canonical, whatever the operands' payloads */
    { OP_ADD, RNE, 0xffc12345, 0x3f800000, 0, 0x7fc00000, 0 },
    { OP_MUL, RNE, 0x7f812345, 0x3f800000, 0, 0x7fc00000, NV },
    { OP_SQRT, RNE, 0xbf800000, 0, 0, 0x7fc00000, NV },
    { OP_SQRT, RNE, 0x80000000, 0, 0, 0x80000000, 0 },
    { OP_DIV, RNE, 0x3f800000, 0x80000000, 0, 0xff800000, DZ },
    { OP_DIV, RNE, 0x00000000, 0x00000000, 0, 0x7fc00000, NV },
    /* fma: inf * 0 is invalid even with a quiet NaN addend */
    { OP_FMA, RNE, 0x7f800000, 0x00000000, 0x7fc00000, 0x7fc00000, NV },
    { OP_FMA, RNE, 0x3f800000, 0x3f800000, 0x7fc00000, 0x7fc00000, 0 },
    /* fma rounds once: (1 + 2^-12)^2 - 1 keeps the 2^-24 term */
    { OP_FMA, RNE, 0x3f800800, 0x3f800800, 0xbf800000, 0x3a000400, 0 },
    /* exact cancellation: +0, or -0 rounding down */
    { OP_FMA, RNE, 0x3f800000, 0x3f800000, 0xbf800000, 0x00000000, 0 },
    { OP_FMA, float_round_down, 0x3f800000, 0x3f800000, 0xbf800000,
      0x80000000, 0 },
};

static const Vec64 vec64[] = {
    { OP_ADD, RMM, 0x3ff0000000000000ull, 0x3ca0000000000000ull, 0,
      0x3ff0000000000001ull, NX },
    { OP_ADD, RNE, 0x3ff0000000000000ull, 0x3ca0000000000000ull, 0,
      0x3ff0000000000000ull, NX },
    { OP_MUL, RMM, 0x0000000000000001ull, 0x3fe0000000000000ull, 0,
      0x0000000000000001ull, UF | NX },
    { OP_MUL, RMM, 0xffefffffffffffffull, 0x4000000000000000ull, 0,
      0xfff0000000000000ull, OF | NX },
    { OP_MUL, float_round_to_zero, 0xffefffffffffffffull,
      0x4000000000000000ull, 0, 0xffefffffffffffffull, OF | NX },
    { OP_DIV, RNE, 0x7ff0000000000000ull, 0x7ff0000000000000ull, 0,
      0x7ff8000000000000ull, NV },
    { OP_SQRT, RMM, 0x4000000000000000ull, 0, 0, 0x3ff6a09e667f3bcdull,
      NX },
    { OP_FMA, RNE, 0x0000000000000000ull, 0xfff0000000000000ull,
      0x7ff8000000000000ull, 0x7ff8000000000000ull, NV },
    { OP_FMA, RNE, 0x3ff0000004000000ull, 0x3ff0000004000000ull,
      0xbff0000000000000ull, 0x3e60000002000000ull, 0 },
    { OP_ADD, RNE, 0x7ff0000000000000ull, 0xfff0000000000000ull, 0,
      0x7ff8000000000000ull, NV },
};

static void test_vectors(void)
{
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(vec32); i++) {
        const Vec32 *v = &vec32[i];
        float_status s = { .rounding_mode = v->rm };

        g_assert_cmphex(sf_op32(v->op, v->a, v->b, v->c, &s), ==, v->want);
        g_assert_cmphex(s.flags, ==, v->flags);
    }
    for (i = 0; i < G_N_ELEMENTS(vec64); i++) {
        const Vec64 *v = &vec64[i];
        float_status s = { .rounding_mode = v->rm };

        g_assert_cmphex(sf_op64(v->op, v->a, v->b, v->c, &s), ==, v->want);
        g_assert_cmphex(s.flags, ==, v->flags);
    }
}

/* fcvt saturation and rounding, from the ISA's table. */
static void test_fcvt_saturation(void)
{
    float_status s = { .rounding_mode = RNE };

    g_assert_cmpint(float32_to_int32(0x7fc00000, &s), ==, INT32_MAX);
    g_assert_cmphex(s.flags, ==, NV);
    s.flags = 0;
    g_assert_cmpuint(float64_to_uint64(float64_default_nan, &s), ==,
                     UINT64_MAX);
    g_assert_cmpint(float32_to_int64(0xff800000, &s), ==, INT64_MIN);
    g_assert_cmpuint(float32_to_uint32(0xff800000, &s), ==, 0);
    g_assert_cmpuint(float64_to_uint32(0x41f0000000000000ull, &s), ==,
                     UINT32_MAX);                       /* 2^32 */
    g_assert_cmpint(float64_to_int32(0xc1e0000000200000ull, &s), ==,
                    INT32_MIN);                         /* -2^31 - 1 */
    g_assert_cmphex(s.flags, ==, NV);
    s.flags = 0;
    /* -0.5 rounds to 0 for unsigned: inexact, not invalid */
    g_assert_cmpuint(float32_to_uint32(0xbf000000, &s), ==, 0);
    g_assert_cmphex(s.flags, ==, NX);
    s.flags = 0;
    g_assert_cmpint(float64_to_int32(0xc1e0000000000000ull, &s), ==,
                    INT32_MIN);
    g_assert_cmphex(s.flags, ==, 0);
    /* ties-away: 2.5 -> 3, -2.5 -> -3; nearest-even: 2.5 -> 2 */
    s.rounding_mode = RMM;
    g_assert_cmpint(float32_to_int32(0x40200000, &s), ==, 3);
    g_assert_cmpint(float64_to_int64(0xc004000000000000ull, &s), ==, -3);
    s.rounding_mode = RNE;
    g_assert_cmpint(float32_to_int32(0x40200000, &s), ==, 2);
    g_assert_cmphex(s.flags, ==, NX);
    /* int to float in ties-away: 2^24 + 1 is a tie for binary32 */
    s.rounding_mode = RMM;
    g_assert_cmphex(int32_to_float32(0x1000001, &s), ==, 0x4b800001);
    g_assert_cmphex(uint64_to_float64(UINT64_MAX, &s), ==,
                    0x43f0000000000000ull);
}

static void test_min_max_vectors(void)
{
    float_status s = { 0 };

    g_assert_cmphex(float32_minimum_number(0x00000000, 0x80000000, &s), ==,
                    0x80000000);
    g_assert_cmphex(float32_maximum_number(0x80000000, 0x00000000, &s), ==,
                    0x00000000);
    g_assert_cmphex(float32_minimum_number(0x7fc00000, 0x3f800000, &s), ==,
                    0x3f800000);
    g_assert_cmphex(s.flags, ==, 0);
    g_assert_cmphex(float64_maximum_number(0x7ff0000000000001ull,
                                           0xbff0000000000000ull, &s), ==,
                    0xbff0000000000000ull);
    g_assert_cmphex(s.flags, ==, NV);
    g_assert_cmphex(float32_maximum_number(0x7f800001, 0xffc00001, &s), ==,
                    0x7fc00000);
}

static void test_classify_vectors(void)
{
    g_assert_cmphex(float32_classify(0xff800000), ==, 1 << 0);
    g_assert_cmphex(float32_classify(0xbf800000), ==, 1 << 1);
    g_assert_cmphex(float32_classify(0x80000001), ==, 1 << 2);
    g_assert_cmphex(float32_classify(0x80000000), ==, 1 << 3);
    g_assert_cmphex(float32_classify(0x00000000), ==, 1 << 4);
    g_assert_cmphex(float64_classify(0x000fffffffffffffull), ==, 1 << 5);
    g_assert_cmphex(float64_classify(0x0010000000000000ull), ==, 1 << 6);
    g_assert_cmphex(float64_classify(0x7ff0000000000000ull), ==, 1 << 7);
    g_assert_cmphex(float64_classify(0x7ff0000000000001ull), ==, 1 << 8);
    g_assert_cmphex(float32_classify(0xffc00000), ==, 1 << 9);
}

/*
 * The random comparisons rely on the host (x86 SSE) detecting tininess
 * after rounding, as RISC-V does: (2^-126 - 2^-150) * (1 + 2^-23) rounds
 * up to 2^-126 and raises inexact without underflow.
 */
static void test_host_tininess(void)
{
    volatile float x = f32(0x007fffff), y = f32(0x3f800001), r;

    feclearexcept(FE_ALL_EXCEPT);
    r = x * y;
    g_assert_cmphex(b32(r), ==, 0x00800000);
    g_assert_cmphex(host_flags(), ==, float_flag_inexact);
}

static void add_vector_tests(void)
{
    g_test_add_func("/fpu/softfloat/random/compare", test_random_compare);
    g_test_add_func("/fpu/softfloat/host-tininess", test_host_tininess);
    g_test_add_func("/fpu/softfloat/vectors/arith", test_vectors);
    g_test_add_func("/fpu/softfloat/vectors/fcvt", test_fcvt_saturation);
    g_test_add_func("/fpu/softfloat/vectors/min-max", test_min_max_vectors);
    g_test_add_func("/fpu/softfloat/vectors/classify",
                    test_classify_vectors);
}

/* fpu_helper.c: NaN-boxing, the fused forms' signs, fflags accrual. */
#define BOX(x) (0xffffffff00000000ull | (x))
#define F32_1 0x3f800000u
#define F32_2 0x40000000u
#define F32_3 0x40400000u
#define F64_1 0x3ff0000000000000ull
#define F64_2 0x4000000000000000ull
#define F64_3 0x4008000000000000ull

static CPURISCVState test_env;

static void test_helper_nanbox(void)
{
    CPURISCVState *env = &test_env;

    env->fflags = 0;
    g_assert_cmphex(helper_fadd_s(env, BOX(F32_1), BOX(F32_2), RNE), ==,
                    BOX(F32_3));
    /* an improperly boxed operand reads as the (quiet) canonical NaN */
    g_assert_cmphex(helper_fadd_s(env, F32_1, BOX(F32_2), RNE), ==,
                    BOX(0x7fc00000));
    g_assert_cmphex(helper_fmin_s(env, 0x00000000ffffffffull, BOX(F32_2),
                                  RNE), ==, BOX(F32_2));
    g_assert_cmpuint(helper_feq_s(env, F32_1, F32_1), ==, 0);
    g_assert_cmpuint(helper_fclass_s(env, BOX(F32_1) & ~(1ull << 40)), ==,
                     1 << 9);
    g_assert_cmphex(env->fflags, ==, 0);
    /* sign injection works on the unboxed value and boxes the result */
    g_assert_cmphex(helper_fsgnj_s(BOX(F32_1), BOX(0x80000000), 0), ==,
                    BOX(0xbf800000));
    g_assert_cmphex(helper_fsgnj_s(F32_1, BOX(0x80000000), 1), ==,
                    BOX(0x7fc00000));
    g_assert_cmphex(helper_fsgnj_s(BOX(0xbf800000), BOX(0xbf800000), 2), ==,
                    BOX(F32_1));
    g_assert_cmphex(helper_fsgnj_d(F64_1, 0x8000000000000000ull, 0), ==,
                    0xbff0000000000000ull);
    g_assert_cmphex(helper_fsgnj_d(0xbff0000000000000ull, 0, 1), ==,
                    0xbff0000000000000ull);
    g_assert_cmphex(helper_fcvt_s_d(env, F64_3, RNE), ==, BOX(F32_3));
    g_assert_cmphex(helper_fcvt_d_s(env, BOX(F32_3), RNE), ==, F64_3);
    g_assert_cmphex(helper_fsqrt_s(env, 0x40800000, RNE), ==,
                    BOX(0x7fc00000));
    g_assert_cmphex(env->fflags, ==, 0);
}

static void test_helper_fma_signs(void)
{
    CPURISCVState *env = &test_env;

    /* 2 * 3 with 1: fmadd 7, fmsub 5, fnmsub -5, fnmadd -7 */
    g_assert_cmphex(helper_fmadd_s(env, BOX(F32_2), BOX(F32_3), BOX(F32_1),
                                   RNE), ==, BOX(0x40e00000));
    g_assert_cmphex(helper_fmsub_s(env, BOX(F32_2), BOX(F32_3), BOX(F32_1),
                                   RNE), ==, BOX(0x40a00000));
    g_assert_cmphex(helper_fnmsub_s(env, BOX(F32_2), BOX(F32_3), BOX(F32_1),
                                    RNE), ==, BOX(0xc0a00000));
    g_assert_cmphex(helper_fnmadd_s(env, BOX(F32_2), BOX(F32_3), BOX(F32_1),
                                    RNE), ==, BOX(0xc0e00000));
    g_assert_cmphex(helper_fmadd_d(env, F64_2, F64_3, F64_1, RNE), ==,
                    0x401c000000000000ull);
    g_assert_cmphex(helper_fmsub_d(env, F64_2, F64_3, F64_1, RNE), ==,
                    0x4014000000000000ull);
    g_assert_cmphex(helper_fnmsub_d(env, F64_2, F64_3, F64_1, RNE), ==,
                    0xc014000000000000ull);
    g_assert_cmphex(helper_fnmadd_d(env, F64_2, F64_3, F64_1, RNE), ==,
                    0xc01c000000000000ull);
    /* fnmsub -(1 * 1) + 1 rounding down is -0 (not a negated +0) */
    g_assert_cmphex(helper_fnmsub_d(env, F64_1, F64_1, F64_1,
                                    float_round_down), ==,
                    0x8000000000000000ull);
}

static void test_helper_flags(void)
{
    CPURISCVState *env = &test_env;

    env->fflags = FPEXC_DZ;
    helper_fdiv_d(env, F64_1, F64_3, RNE);
    g_assert_cmphex(env->fflags, ==, FPEXC_DZ | FPEXC_NX);
    helper_fadd_d(env, F64_1, F64_2, RNE);
    g_assert_cmphex(env->fflags, ==, FPEXC_DZ | FPEXC_NX);
    g_assert_cmpuint(helper_flt_d(env, F64_1, 0x7ff8000000000000ull), ==, 0);
    g_assert_cmphex(env->fflags, ==, FPEXC_DZ | FPEXC_NX | FPEXC_NV);
    env->fflags = 0;
    g_assert_cmpuint(helper_fle_s(env, BOX(F32_1), BOX(F32_1)), ==, 1);
    g_assert_cmpuint(helper_feq_d(env, 0x7ff8000000000000ull, F64_1), ==, 0);
    g_assert_cmphex(env->fflags, ==, 0);
    g_assert_cmphex(helper_fmul_s(env, BOX(0x7f7fffff), BOX(F32_2),
                                  float_round_to_zero), ==, BOX(0x7f7fffff));
    g_assert_cmphex(env->fflags, ==, FPEXC_OF | FPEXC_NX);
    env->fflags = 0;
    g_assert_cmphex(helper_fdiv_s(env, BOX(F32_1), BOX(0), RNE), ==,
                    BOX(0x7f800000));
    g_assert_cmphex(env->fflags, ==, FPEXC_DZ);
    env->fflags = 0;
    g_assert_cmphex(helper_fcvt_d_s(env, BOX(0x7f800001), RNE), ==,
                    0x7ff8000000000000ull);
    g_assert_cmphex(env->fflags, ==, FPEXC_NV);
}

static void test_helper_fcvt(void)
{
    CPURISCVState *env = &test_env;

    env->fflags = 0;
    /* 32-bit results are sign-extended, the unsigned ones too */
    g_assert_cmphex(helper_fcvt_wu_s(env, BOX(0x4f32d05e), RNE), ==,
                    0xffffffffb2d05e00ull);
    g_assert_cmphex(helper_fcvt_w_d(env, 0xc000000000000000ull, RNE), ==,
                    (uint64_t)-2);
    g_assert_cmphex(helper_fcvt_wu_d(env, 0x41f0000000000000ull, RNE), ==,
                    UINT64_MAX);
    g_assert_cmphex(env->fflags, ==, FPEXC_NV);
    env->fflags = 0;
    g_assert_cmphex(helper_fcvt_lu_s(env, BOX(0xbf800000), RNE), ==, 0);
    g_assert_cmphex(helper_fcvt_l_s(env, F32_1, RNE), ==, INT64_MAX);
    g_assert_cmphex(env->fflags, ==, FPEXC_NV);
    env->fflags = 0;
    g_assert_cmphex(helper_fcvt_l_d(env, 0x3ff8000000000000ull,
                                    RISCV_FRM_RMM), ==, 2);
    g_assert_cmphex(helper_fcvt_lu_d(env, 0x3ff8000000000000ull,
                                     RISCV_FRM_RTZ), ==, 1);
    g_assert_cmphex(env->fflags, ==, FPEXC_NX);
    /* w/wu sources are the low 32 bits of the register */
    g_assert_cmphex(helper_fcvt_s_w(env, 0x12345678fffffffeull, RNE), ==,
                    BOX(0xc0000000));
    g_assert_cmphex(helper_fcvt_s_wu(env, 0xffffffff00000003ull, RNE), ==,
                    BOX(F32_3));
    g_assert_cmphex(helper_fcvt_d_w(env, 0xffffffff, RNE), ==,
                    0xbff0000000000000ull);
    g_assert_cmphex(helper_fcvt_d_wu(env, 0x1ffffffffull, RNE), ==,
                    0x41efffffffe00000ull);
    g_assert_cmphex(helper_fcvt_s_l(env, (uint64_t)-3, RNE), ==,
                    BOX(0xc0400000));
    g_assert_cmphex(helper_fcvt_s_lu(env, 3, RNE), ==, BOX(F32_3));
    g_assert_cmphex(helper_fcvt_d_l(env, (uint64_t)-1, RNE), ==,
                    0xbff0000000000000ull);
    g_assert_cmphex(helper_fcvt_d_lu(env, UINT64_MAX, RISCV_FRM_RTZ), ==,
                    0x43efffffffffffffull);
    g_assert_cmphex(env->fflags, ==, FPEXC_NX);
}

static void add_helper_tests(void)
{
    g_test_add_func("/fpu/riscv-helper/nanbox", test_helper_nanbox);
    g_test_add_func("/fpu/riscv-helper/fma-signs", test_helper_fma_signs);
    g_test_add_func("/fpu/riscv-helper/flags", test_helper_flags);
    g_test_add_func("/fpu/riscv-helper/fcvt", test_helper_fcvt);
}

int main(int argc, char **argv)
{
    static const char *const names[] = {
        "add", "sub", "mul", "div", "sqrt", "muladd",
    };
    int op;

    g_test_init(&argc, &argv, NULL);
    for (op = OP_ADD; op <= OP_FMA; op++) {
        g_autofree char *path =
            g_strdup_printf("/fpu/softfloat/random/%s", names[op]);
        g_test_add_data_func(path, GINT_TO_POINTER(op), test_random_op);
    }
    add_convert_tests();
    add_vector_tests();
    add_helper_tests();
    return g_test_run();
}
