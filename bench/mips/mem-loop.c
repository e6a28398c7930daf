/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bench/mips mem-loop: memory-bound: nearly every instruction is a load
 * or a store.  Each round streams through two 256 KiB arrays (a running
 * sum written back, loads and stores on 128 pages) and then follows a
 * pointer chain through a 256 KiB table in a pseudo-random cyclic order
 * (each load depends on the previous one, pages visited at random).
 */
#include "bench.h"

#define WORDS (32 * 1024)               /* 256 KiB of uint64_t each */
#define ROUNDS 800

static uint64_t src[WORDS], dst[WORDS], chain[WORDS];

/* Sattolo's shuffle: one cycle through every entry */
static void build_chain(void)
{
    uint64_t x = 0x9e3779b97f4a7c15ull;
    uint32_t i, j;

    for (i = 0; i < WORDS; i++) {
        chain[i] = i;
        src[i] = i * 7;
    }
    for (i = WORDS - 1; i > 0; i--) {
        uint64_t t;

        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        j = x % i;
        t = chain[i];
        chain[i] = chain[j];
        chain[j] = t;
    }
}

int main(void)
{
    uint64_t sum = 0, p = 0;
    uint32_t r, i;

    build_chain();
    for (r = 0; r < ROUNDS; r++) {
        for (i = 1; i < WORDS; i++) {
            dst[i] = dst[i - 1] + src[i];
        }
        for (i = 0; i < WORDS / 4; i++) {
            p = chain[p];
            sum += p;
        }
        sum += dst[WORDS - 1];
    }
    return bench_report("mem-loop", sum ^ p);
}
