/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * softfloat.c: what fpu/softfloat costs per operation, and what its
 * host-FPU shortcut saves.
 *
 * For add, mul, div, sqrt and muladd in both widths, times 2,000,000
 * operations on 4,096 precomputed normal operands three ways: the host
 * FPU itself (the floor; binary64 add, mul and div only), softfloat in
 * round-to-nearest with inexact already accrued (the shortcut's case,
 * as in a guest after its first inexact result), and softfloat rounding
 * toward zero (always the software path).  Prints ns per operation;
 * never fails on time.
 */
#include "qemu/osdep.h"
#include "fpu/softfloat.h"

#define N_OPERANDS 4096
#define N_OPS 2000000

enum { B_ADD, B_MUL, B_DIV, B_SQRT, B_FMA, B_NOPS };

static const char *const op_names[B_NOPS] = {
    "add", "mul", "div", "sqrt", "muladd",
};

static uint64_t ops64[N_OPERANDS];
static uint32_t ops32[N_OPERANDS];

static void make_operands(void)
{
    GRand *r = g_rand_new_with_seed(1);
    int i;

    for (i = 0; i < N_OPERANDS; i++) {
        double d = g_rand_double_range(r, 0.5, 2.0);
        float f = (float)g_rand_double_range(r, 0.5, 2.0);

        memcpy(&ops64[i], &d, 8);
        memcpy(&ops32[i], &f, 4);
    }
    g_rand_free(r);
}

static uint64_t soft_op(int op, bool wide, uint64_t a, uint64_t b,
                        uint64_t c, float_status *s)
{
    if (op == B_SQRT) {
        return wide ? float64_sqrt(a, s) : float32_sqrt(a, s);
    }
    if (op == B_FMA) {
        return wide ? float64_muladd(a, b, c, s) : float32_muladd(a, b, c, s);
    }
    if (op == B_DIV) {
        return wide ? float64_div(a, b, s) : float32_div(a, b, s);
    }
    return op == B_ADD ? (wide ? float64_add(a, b, s) : float32_add(a, b, s))
                       : (wide ? float64_mul(a, b, s) : float32_mul(a, b, s));
}

static double host64(int op, double a, double b)
{
    switch (op) {
    case B_ADD:
        return a + b;
    case B_MUL:
        return a * b;
    default:
        return a / b;
    }
}

/* ns per operation; @mode < 0 means the host FPU. */
static double time_ops(int op, bool wide, int mode)
{
    float_status s = { .rounding_mode = mode, .flags = float_flag_inexact };
    volatile uint64_t sink = 0;
    int64_t t0 = g_get_monotonic_time();
    int i, j, k;
    double d[2];

    for (i = 0; i < N_OPS; i++) {
        j = i % N_OPERANDS;
        k = (i * 7 + 1) % N_OPERANDS;
        if (mode >= 0) {
            sink = wide ? soft_op(op, true, ops64[j], ops64[k],
                                  ops64[i & 1023], &s)
                        : soft_op(op, false, ops32[j], ops32[k],
                                  ops32[i & 1023], &s);
        } else {
            memcpy(&d[0], &ops64[j], 8);
            memcpy(&d[1], &ops64[k], 8);
            sink = (uint64_t)host64(op, d[0], d[1]);
        }
    }
    (void)sink;
    return (g_get_monotonic_time() - t0) * 1000.0 / N_OPS;
}

int main(void)
{
    int op, wide;

    make_operands();
    printf("%-10s %10s %14s %14s\n", "op", "host ns", "nearest ns",
           "to-zero ns");
    for (wide = 1; wide >= 0; wide--) {
        for (op = 0; op < B_NOPS; op++) {
            g_autofree char *name =
                g_strdup_printf("f%d %s", wide ? 64 : 32, op_names[op]);

            /* the host column: binary64 add, mul and div only (no libm) */
            printf("%-10s %10.1f %14.1f %14.1f\n", name,
                   wide && op <= B_DIV ? time_ops(op, true, -1) : 0.0,
                   time_ops(op, wide, float_round_nearest_even),
                   time_ops(op, wide, float_round_to_zero));
        }
    }
    return 0;
}
