/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * LR/SC and AMOs on two harts (run with -smp 2; RISC-V unprivileged spec
 * 20191213, chapter 8): both harts hammer shared counters with amoadd.d,
 * amoadd.w, an LR/SC increment loop, and a non-atomic increment inside
 * an amoswap spinlock, and set bits with amoor.w and maxima with
 * amomax.d; every total must come out exact.  Then an SC fails after the
 * other hart stored to the reserved address, and a software interrupt
 * (CLINT msip) sent by hart 0 wakes hart 1 from WFI.
 */
#include "test.h"

#define ROUNDS 20000

static volatile uint64_t add_d, lrsc_d, locked_count, max_d;
static volatile uint32_t add_w, or_w, lock;
static volatile uint64_t reserved;
static volatile uint32_t phase[2];       /* per-hart progress marks */
static volatile uint32_t ipi_seen;

static void spin_lock(volatile uint32_t *l)
{
    uint32_t old;

    do {
        __asm__ volatile("amoswap.w.aq %0, %2, (%1)"
                         : "=r"(old) : "r"(l), "r"(1) : "memory");
    } while (old);
}

static void spin_unlock(volatile uint32_t *l)
{
    __asm__ volatile("amoswap.w.rl zero, zero, (%0)" :: "r"(l) : "memory");
}

static void lrsc_increment(volatile uint64_t *p)
{
    uint64_t v, fail;

    do {
        __asm__ volatile("lr.d %0, (%2)\n\t"
                         "addi %0, %0, 1\n\t"
                         "sc.d %1, %0, (%2)"
                         : "=&r"(v), "=&r"(fail) : "r"(p) : "memory");
    } while (fail);
}

static void hammer(unsigned int hart)
{
    uint64_t one = 1, bit = 1u << (hart * 8), me;
    unsigned int i;

    for (i = 0; i < ROUNDS; i++) {
        me = (uint64_t)hart << 32 | i;
        __asm__ volatile("amoadd.d zero, %1, (%0)"
                         :: "r"(&add_d), "r"(one) : "memory");
        __asm__ volatile("amoadd.w zero, %1, (%0)"
                         :: "r"(&add_w), "r"(one) : "memory");
        __asm__ volatile("amoor.w zero, %1, (%0)"
                         :: "r"(&or_w), "r"(bit << (i % 8)) : "memory");
        __asm__ volatile("amomax.d zero, %1, (%0)"
                         :: "r"(&max_d), "r"(me) : "memory");
        lrsc_increment(&lrsc_d);
        spin_lock(&lock);
        locked_count = locked_count + 1;
        spin_unlock(&lock);
    }
}

/* Wait for the other hart, failing after 20 s of guest time */
static void wait_phase(unsigned int hart, uint32_t value)
{
    volatile uint64_t *mtime = (volatile uint64_t *)CLINT_MTIME;
    uint64_t start = *mtime, polls = 0;

    while (phase[hart] < value) {
        if (*mtime - start > 200000000 || ++polls > 2000000000ull) {
            guest_printf("FAIL: hart %u did not reach phase %u\n", hart,
                         value);
            guest_exit(1);
        }
    }
}

static bool ipi_handler(uint64_t cause, unsigned int hart)
{
    if (cause == (CAUSE_INTERRUPT | IRQ_M_SOFT)) {
        *(volatile uint32_t *)(uintptr_t)CLINT_MSIP(hart) = 0;
        ipi_seen = 1;
        return true;
    }
    return false;
}

void secondary_main(unsigned int hart)
{
    if (hart != 1) {
        return;
    }
    phase[1] = 1;
    wait_phase(0, 1);
    hammer(1);
    phase[1] = 2;
    /* break hart 0's reservation when asked */
    wait_phase(0, 2);
    reserved = 0x5678;
    __asm__ volatile("fence rw, rw" ::: "memory");
    phase[1] = 3;
    /* sleep until hart 0's software interrupt */
    csr_write(mie, MIP_MSIP);
    while (!(csr_read(mip) & MIP_MSIP)) {
        phase[1] = 4;
        __asm__ volatile("wfi");
    }
    csr_set(mstatus, MSTATUS_MIE);      /* take it: the handler clears it */
    csr_clear(mstatus, MSTATUS_MIE);
    phase[1] = 5;
    for (;;) {
        __asm__ volatile("wfi");
    }
}

int main(void)
{
    uint64_t v, fail;

    guest_irq_handler = ipi_handler;
    wait_phase(1, 1);
    phase[0] = 1;
    hammer(0);
    wait_phase(1, 2);
    CHECK_EQ(1, add_d, 2 * ROUNDS);
    CHECK_EQ(2, add_w, 2 * ROUNDS);
    CHECK_EQ(3, lrsc_d, 2 * ROUNDS);
    CHECK_EQ(4, locked_count, 2 * ROUNDS);
    CHECK_EQ(5, or_w, 0xffff);
    CHECK_EQ(6, max_d, (1ull << 32) | (ROUNDS - 1));
    /* lr, the other hart stores, sc must fail */
    reserved = 0x1234;
    __asm__ volatile("lr.d %0, (%1)" : "=r"(v) : "r"(&reserved) : "memory");
    phase[0] = 2;
    wait_phase(1, 3);
    __asm__ volatile("sc.d %0, %2, (%1)"
                     : "=r"(fail) : "r"(&reserved), "r"(v + 1) : "memory");
    CHECK_EQ(7, fail != 0, 1);
    CHECK_EQ(8, reserved, 0x5678);
    /* wake hart 1 with a software interrupt */
    wait_phase(1, 4);
    *(volatile uint32_t *)(uintptr_t)CLINT_MSIP(1) = 1;
    wait_phase(1, 5);
    CHECK_EQ(9, ipi_seen, 1);
    CHECK_EQ(10, *(volatile uint32_t *)(uintptr_t)CLINT_MSIP(1), 0);
    return 0;
}
