/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Physical memory protection (privileged spec 1.12, 3.7): NAPOT, TOR
 * and NA4 regions with R/W/X checked on S and U accesses and fetches
 * (access faults 1, 5, 7 with tval = the address), the lowest-numbered
 * matching entry deciding, S/U accesses that match no entry failing
 * while M-mode ones succeed, MPRV making M-mode loads and stores obey
 * the U-mode rules, and the lock bit: a locked entry binds M-mode too and
 * ignores writes to its pmpcfg byte and pmpaddr (until reset, so the
 * lock test runs last).  Entry 15 opens everything to S and U for the
 * code and stack while the tests use the lower entries.
 */
#include "test.h"

#define PAGE 4096

enum { PG_A, PG_B, PG_C, PG_D, PG_E, PG_F, PG_G, NPAGES };

static uint8_t pages[NPAGES][PAGE] __attribute__((aligned(8192)));

#define PMPADDR_CASE(i) \
    case i: \
        csr_write(pmpaddr##i, v); \
        break

static void set_pmpaddr(unsigned int i, uint64_t v)
{
    switch (i) {
    PMPADDR_CASE(0); PMPADDR_CASE(1); PMPADDR_CASE(2); PMPADDR_CASE(3);
    PMPADDR_CASE(4); PMPADDR_CASE(5); PMPADDR_CASE(6); PMPADDR_CASE(7);
    PMPADDR_CASE(8); PMPADDR_CASE(9); PMPADDR_CASE(10); PMPADDR_CASE(11);
    PMPADDR_CASE(12); PMPADDR_CASE(13); PMPADDR_CASE(14); PMPADDR_CASE(15);
    }
}

static uint64_t get_cfg_reg(unsigned int i)
{
    return i < 8 ? csr_read(pmpcfg0) : csr_read(pmpcfg2);
}

static void set_cfg(unsigned int i, uint8_t cfg)
{
    unsigned int shift = (i % 8) * 8;
    uint64_t v = get_cfg_reg(i);

    v = (v & ~(0xffull << shift)) | ((uint64_t)cfg << shift);
    if (i < 8) {
        csr_write(pmpcfg0, v);
    } else {
        csr_write(pmpcfg2, v);
    }
}

static uint8_t get_cfg(unsigned int i)
{
    return get_cfg_reg(i) >> ((i % 8) * 8);
}

static void set_entry(unsigned int i, uint64_t addr, uint8_t cfg)
{
    set_cfg(i, 0);
    set_pmpaddr(i, addr);
    set_cfg(i, cfg);
}

static uint64_t napot(void *base, uint64_t size)
{
    return ((uint64_t)base | (size / 2 - 1)) >> 2;
}

static uint64_t try_load(uint64_t a, uint64_t *v)
{
    return TRY_M("ld %[v], 0(%[a])", [v] "=&r"(*v), [a] "+r"(a));
}

static uint64_t try_load_w(uint64_t a, uint64_t *v)
{
    return TRY_M("lw %[v], 0(%[a])", [v] "=&r"(*v), [a] "+r"(a));
}

static uint64_t try_store(uint64_t a, uint64_t v)
{
    return TRY_M("sd %[v], 0(%[a])", [v] "+r"(v), [a] "+r"(a));
}

static uint64_t try_jump(uint64_t a)
{
    return TRY_M("jr %[a]", [a] "+r"(a));
}

static void check_fault(unsigned int n, uint64_t got, uint64_t cause,
                        uint64_t addr)
{
    CHECK_EQ(n, got, cause);
    CHECK_EQ(n + 1, mtrap_rec[0].tval, addr);
}

static uint64_t pg(unsigned int i)
{
    return (uint64_t)pages[i];
}

static void setup(void)
{
    static const uint32_t code[2] = { 0x02a00513, 0x00008067 };

    ((uint32_t *)pages[PG_D])[0] = code[0];     /* li a0, 42 */
    ((uint32_t *)pages[PG_D])[1] = code[1];     /* ret */
    __asm__ volatile("fence.i" ::: "memory");
    set_entry(15, -1ull, PMP_NAPOT | PMP_R | PMP_W | PMP_X);
    set_cfg(0, 0);
    set_entry(0, napot(pages[PG_A], PAGE), PMP_NAPOT | PMP_R);
    set_pmpaddr(1, pg(PG_B) >> 2);              /* bottom of entry 2 */
    set_entry(2, (pg(PG_B) + PAGE) >> 2, PMP_TOR);
    set_entry(3, (pg(PG_C) + 8) >> 2, PMP_NA4);
    set_entry(4, napot(pages[PG_D], PAGE), PMP_NAPOT | PMP_R);
    set_entry(5, napot(pages[PG_E], PAGE), PMP_NAPOT | PMP_R | PMP_W);
    set_entry(6, napot(pages[PG_E], 2 * PAGE), PMP_NAPOT);
}

static void test_regions(int priv, unsigned int n)
{
    uint64_t v;

    if (priv == 1) {
        goto_smode();
    } else {
        goto_umode();
    }
    CHECK_EQ(n, try_load(pg(PG_A), &v), NO_TRAP);
    check_fault(n + 1, try_store(pg(PG_A) + 8, 1), CAUSE_STORE_ACCESS,
                pg(PG_A) + 8);
    check_fault(n + 3, try_load(pg(PG_B) + 4088, &v), CAUSE_LOAD_ACCESS,
                pg(PG_B) + 4088);
    CHECK_EQ(n + 5, try_load(pg(PG_B) + PAGE, &v), NO_TRAP);
    check_fault(n + 6, try_load_w(pg(PG_C) + 8, &v), CAUSE_LOAD_ACCESS,
                pg(PG_C) + 8);
    CHECK_EQ(n + 8, try_load_w(pg(PG_C) + 12, &v), NO_TRAP);
    CHECK_EQ(n + 9, try_load_w(pg(PG_C) + 4, &v), NO_TRAP);
    check_fault(n + 10, try_jump(pg(PG_D)), CAUSE_FETCH_ACCESS, pg(PG_D));
    CHECK_EQ(n + 12, mtrap_rec[0].epc, pg(PG_D));
    CHECK_EQ(n + 13, try_store(pg(PG_E), 2), NO_TRAP);   /* entry 5 wins */
    check_fault(n + 14, try_load(pg(PG_E) + PAGE, &v), CAUSE_LOAD_ACCESS,
                pg(PG_E) + PAGE);
    goto_mmode();
    CHECK_EQ(n + 16, mtrap_rec[0].prev_priv, priv);
}

static void test_execute(unsigned int n)
{
    uint64_t (*fn)(void) = (uint64_t (*)(void))pages[PG_D];

    set_cfg(4, PMP_NAPOT | PMP_X);
    goto_smode();
    CHECK_EQ(n, fn(), 42);
    goto_mmode();
}

/* M-mode: unlocked entries do not apply; MPRV with MPP = U makes them */
static void test_machine(unsigned int n)
{
    uint64_t v;

    CHECK_EQ(n, try_store(pg(PG_A), 3), NO_TRAP);
    CHECK_EQ(n + 1, try_load(pg(PG_B), &v), NO_TRAP);
    csr_clear(mstatus, MSTATUS_MPP);
    csr_set(mstatus, MSTATUS_MPRV);
    check_fault(n + 2, try_store(pg(PG_A), 4), CAUSE_STORE_ACCESS, pg(PG_A));
    CHECK_EQ(n + 4, try_load(pg(PG_A), &v), NO_TRAP);
    csr_clear(mstatus, MSTATUS_MPRV);
}

/*
 * Nothing matches page F: S fails, M succeeds.  Entry 12 covers [0, F)
 * (TOR from pmpaddr11 = 0), entry 14 [F + 4 KiB, top) (TOR from
 * pmpaddr13); entries 13 and 15 are off.
 */
static void test_no_match(unsigned int n)
{
    const uint8_t rwx = PMP_TOR | PMP_R | PMP_W | PMP_X;
    unsigned int i;
    uint64_t v;

    for (i = 11; i <= 14; i++) {
        set_cfg(i, 0);
    }
    set_pmpaddr(11, 0);
    set_pmpaddr(12, pg(PG_F) >> 2);
    set_pmpaddr(13, (pg(PG_F) + PAGE) >> 2);
    set_pmpaddr(14, -1ull);
    set_cfg(12, rwx);
    set_cfg(14, rwx);
    set_cfg(15, 0);
    goto_smode();
    check_fault(n, try_load(pg(PG_F) + 16, &v), CAUSE_LOAD_ACCESS,
                pg(PG_F) + 16);
    CHECK_EQ(n + 2, try_load(pg(PG_F) + PAGE, &v), NO_TRAP);
    CHECK_EQ(n + 3, try_load(pg(PG_F) - 8, &v), NO_TRAP);
    goto_mmode();
    CHECK_EQ(n + 4, try_load(pg(PG_F) + 16, &v), NO_TRAP);
}

static void test_lock(unsigned int n)
{
    uint8_t cfg = PMP_L | PMP_NAPOT | PMP_R;
    uint64_t v;

    set_entry(7, napot(pages[PG_G], PAGE), cfg);
    check_fault(n, try_store(pg(PG_G), 5), CAUSE_STORE_ACCESS, pg(PG_G));
    CHECK_EQ(n + 2, try_load(pg(PG_G), &v), NO_TRAP);
    set_cfg(7, PMP_NAPOT | PMP_R | PMP_W);      /* ignored */
    CHECK_EQ(n + 3, get_cfg(7), cfg);
    set_pmpaddr(7, 0);                           /* ignored */
    CHECK_EQ(n + 4, csr_read(pmpaddr7), napot(pages[PG_G], PAGE));
    check_fault(n + 5, try_store(pg(PG_G) + 8, 5), CAUSE_STORE_ACCESS,
                pg(PG_G) + 8);
}

int main(void)
{
    setup();
    CHECK_EQ(1, get_cfg(0), PMP_NAPOT | PMP_R);
    CHECK_EQ(2, csr_read(pmpaddr0), napot(pages[PG_A], PAGE));
    test_regions(1, 100);
    test_regions(0, 200);
    test_execute(300);
    test_machine(400);
    test_no_match(500);
    test_lock(600);
    return 0;
}
