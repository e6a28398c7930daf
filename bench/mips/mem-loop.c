/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bench/mips mem-loop: memory-bound: a pointer chase through a 2 MiB
 * array in a pseudo-random cyclic order (every load depends on the one
 * before, across many pages), interleaved with a streaming
 * read-modify-write pass over the same array.
 */
#include "bench.h"

#define ENTRIES (256 * 1024)            /* 2 MiB of uint64_t */
#define ROUNDS 4

static uint64_t table[ENTRIES];

/* Sattolo's shuffle: one cycle through every entry */
static void build_cycle(void)
{
    uint64_t x = 0x9e3779b97f4a7c15ull;
    uint32_t i, j;

    for (i = 0; i < ENTRIES; i++) {
        table[i] = i;
    }
    for (i = ENTRIES - 1; i > 0; i--) {
        uint64_t t;

        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        j = x % i;
        t = table[i];
        table[i] = table[j];
        table[j] = t;
    }
}

int main(void)
{
    uint64_t sum = 0, p = 0;
    uint32_t r, i;

    build_cycle();
    for (r = 0; r < ROUNDS; r++) {
        for (i = 0; i < ENTRIES; i++) {
            p = table[p];
            sum += p;
        }
        for (i = 0; i < ENTRIES; i += 8) {
            table[i] ^= 0;          /* store back the same links */
            sum += table[i + 3];
        }
    }
    return bench_report("mem-loop", sum ^ p);
}
