/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Determinism under -icount shift=N with one TCG thread: prints the
 * CLINT's mtime, minstret and mcycle (and what reading the time CSR
 * does) around pieces of work of different lengths and around WFI waits
 * for timer deadlines, and, with -smp 2, how far hart 1 got counting
 * meanwhile (so the round-robin order of the harts must repeat too).
 * The runner starts the program twice and requires byte-identical
 * output, times included; the values must also move forward.
 */
#include "test.h"

#define ROUNDS 12

/* With -smp 2, hart 1 counts here while hart 0 works and samples it */
static volatile uint64_t hart1_count;

static uint64_t mtime(void)
{
    return *(volatile uint64_t *)CLINT_MTIME;
}

static volatile uint64_t *mtimecmp(void)
{
    return (volatile uint64_t *)(uintptr_t)CLINT_MTIMECMP(0);
}

static uint64_t work(unsigned int n)
{
    uint64_t x = 88172645463325252ull;
    unsigned int i;

    for (i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x;
}

static void wait_timer(uint64_t ticks)
{
    unsigned int n;

    *mtimecmp() = mtime() + ticks;
    csr_write(mie, MIP_MTIP);
    for (n = 0; !(csr_read(mip) & MIP_MTIP) && n < 10000000; n++) {
        __asm__ volatile("wfi");
    }
    CHECK_EQ(2, csr_read(mip) & MIP_MTIP, MIP_MTIP);
    csr_write(mie, 0);
    *mtimecmp() = -1ull;
}

void secondary_main(unsigned int hart)
{
    if (hart != 1) {
        return;
    }
    for (;;) {
        __atomic_fetch_add(&hart1_count, 1, __ATOMIC_RELAXED);
    }
}

int main(void)
{
    uint64_t t0 = mtime(), i0 = csr_read(minstret), prev = t0, v, cause;
    unsigned int r;

    cause = TRY_M("csrr %[v], time", [v] "=r"(v));
    guest_printf("time CSR: %s\n", cause == NO_TRAP ? "readable" : "traps");
    for (r = 0; r < ROUNDS; r++) {
        uint64_t x = work(1000 * (r + 1));
        uint64_t t = mtime(), i = csr_read(minstret), c = csr_read(mcycle);

        guest_printf("round %u: mtime +%lu instret +%lu cycle %lu x %lx "
                     "hart1 %lu\n", r, t - t0, i - i0, c, x & 0xffff,
                     hart1_count);
        CHECK_EQ(1, t >= prev, 1);
        prev = t;
        if (r % 4 == 3) {
            wait_timer(5000);
            guest_printf("  after wfi: mtime +%lu\n", mtime() - t0);
        }
    }
    return 0;
}
