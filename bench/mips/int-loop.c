/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bench/mips int-loop: a tight integer loop, registers only: four
 * independent xorshift/add/multiply chains, about 30 instructions per
 * iteration with one backward branch.
 */
#include "bench.h"

#define ITERATIONS 60000000u

int main(void)
{
    uint64_t a = 1, b = 2, c = 3, d = 4;
    uint32_t i;

    for (i = 0; i < ITERATIONS; i++) {
        a ^= a << 13;
        a ^= a >> 7;
        a ^= a << 17;
        b = b * 6364136223846793005ull + 1442695040888963407ull;
        c += (a >> 3) ^ (b << 1);
        d = (d + c) * 3 + (i & 15);
        __asm__ volatile("" : "+r"(a), "+r"(b), "+r"(c), "+r"(d));
    }
    return bench_report("int-loop", a ^ b ^ c ^ d);
}
