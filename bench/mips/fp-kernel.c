/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bench/mips fp-kernel: double-precision floating point: a 48x48 matrix
 * multiply (fused multiply-adds) repeated with the result fed back and
 * renormalised with a division and a square root per round.
 */
#include "bench.h"

#define N 48
#define ROUNDS 150

static double a[N][N], b[N][N], c[N][N];

static double matmul(void)
{
    double norm = 0;
    int i, j, k;

    for (i = 0; i < N; i++) {
        for (j = 0; j < N; j++) {
            double s = 0;

            for (k = 0; k < N; k++) {
                s += a[i][k] * b[k][j];
            }
            c[i][j] = s;
            norm += s * s;
        }
    }
    __asm__("fsqrt.d %0, %1" : "=f"(norm) : "f"(norm));
    return norm;
}

int main(void)
{
    double norm = 0;
    uint64_t bits;
    int i, j, r;

    for (i = 0; i < N; i++) {
        for (j = 0; j < N; j++) {
            a[i][j] = (double)((i * 7 + j * 3) % 11) / 8.0 - 0.6;
            b[i][j] = (double)((i * 5 + j * 9) % 13) / 16.0 - 0.4;
        }
    }
    for (r = 0; r < ROUNDS; r++) {
        norm = matmul();
        for (i = 0; i < N; i++) {
            for (j = 0; j < N; j++) {
                a[i][j] = c[i][j] / norm + 0.001 * (i - j);
            }
        }
    }
    __builtin_memcpy(&bits, &norm, sizeof(bits));
    return bench_report("fp-kernel", bits);
}
