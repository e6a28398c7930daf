/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-riscv-mmu.c: mmu.c and pmp.c: Sv39/Sv48/Sv57 walks over page
 * tables written into guest RAM, superpages, permission and reserved-bit
 * faults, A/D updates, page vs access faults, and PMP matching.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "riscv-hart-helpers.h"

#define RAM_BASE 0x80000000ULL
#define RAM_SIZE (16 * 1024 * 1024)
#define PT_BASE (RAM_BASE + 0x800000)   /* page tables from here */
#define ROM_BASE 0x1000ULL

#define MMU_U 0
#define MMU_S 1
#define MMU_S_SUM 2
#define MMU_M 3

static MemoryRegion ram, rom;
static hwaddr next_table;

static uint64_t pte_read(hwaddr a)
{
    return ldq_le_phys(&address_space_memory, a);
}

static void pte_write(hwaddr a, uint64_t v)
{
    stq_le_phys(&address_space_memory, a, v);
}

static hwaddr new_table(void)
{
    hwaddr t = next_table;
    uint8_t zero[4096] = { 0 };

    next_table += 4096;
    address_space_write(&address_space_memory, t, MEMTXATTRS_UNSPECIFIED,
                        zero, sizeof(zero));
    return t;
}

/* A fresh hart with an empty root table for @mode (levels @levels). */
static hwaddr setup(unsigned mode)
{
    hwaddr root;

    test_hart_new();
    next_table = PT_BASE;
    root = new_table();
    th.env->satp = ((uint64_t)mode << 60) | (root >> 12);
    th.cpu->cfg.pmp = false;
    return root;
}

/* The address of @va's PTE at @level, creating tables down to it. */
static hwaddr pte_slot(hwaddr root, int levels, uint64_t va, int level)
{
    hwaddr table = root;
    int l;

    for (l = levels - 1; l > level; l--) {
        hwaddr slot = table + ((va >> (12 + 9 * l)) & 0x1ff) * 8;
        uint64_t pte = pte_read(slot);

        if (!(pte & PTE_V)) {
            pte = (new_table() >> 12 << 10) | PTE_V;
            pte_write(slot, pte);
        }
        table = (pte >> 10) << 12;
    }
    return table + ((va >> (12 + 9 * level)) & 0x1ff) * 8;
}

static hwaddr map(hwaddr root, int levels, uint64_t va, hwaddr pa,
                  uint64_t flags, int level)
{
    hwaddr slot = pte_slot(root, levels, va, level);

    pte_write(slot, (pa >> 12 << 10) | flags | PTE_V);
    return slot;
}

static int xlate(uint64_t va, MMUAccessType type, int mmu_idx, hwaddr *pa,
                 int *prot)
{
    target_ulong tlb_size;

    return riscv_get_physical_address(th.env, pa, prot, &tlb_size, va, type,
                                      mmu_idx);
}

#define RWX (PTE_R | PTE_W | PTE_X)
#define AD (PTE_A | PTE_D)

static void test_bare_and_m(void)
{
    hwaddr pa;
    int prot;

    setup(VM_1_10_SV39);
    g_assert_cmpint(xlate(0x1234, MMU_DATA_LOAD, MMU_M, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    g_assert_cmphex(pa, ==, 0x1234);
    g_assert_cmpint(prot, ==, PAGE_READ | PAGE_WRITE | PAGE_EXEC);
    th.env->satp = 0;
    g_assert_cmpint(xlate(0x5678, MMU_INST_FETCH, MMU_U, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    g_assert_cmphex(pa, ==, 0x5678);
    test_hart_free();
}

static void check_mode(unsigned mode, int levels)
{
    uint64_t va = 0x12345678ULL << 12 & ((1ULL << (12 + 9 * levels - 1)) - 1);
    hwaddr root = setup(mode);
    hwaddr pa;
    int prot;

    map(root, levels, va, RAM_BASE + 0x3000, RWX | AD, 0);
    g_assert_cmpint(xlate(va + 0x10, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    g_assert_cmphex(pa, ==, RAM_BASE + 0x3010);
    g_assert_cmpint(prot, ==, PAGE_READ | PAGE_WRITE | PAGE_EXEC);
    /* the neighbour page is not mapped */
    g_assert_cmpint(xlate(va + 0x1000, MMU_DATA_LOAD, MMU_S, &pa, &prot),
                    ==, TRANSLATE_FAIL);
    /* addresses must be sign-extended from the top VA bit */
    g_assert_cmpint(xlate(va | (1ULL << (12 + 9 * levels)), MMU_DATA_LOAD,
                          MMU_S, &pa, &prot), ==, TRANSLATE_FAIL);
    test_hart_free();
}

static void test_sv39(void)
{
    check_mode(VM_1_10_SV39, 3);
}

static void test_sv48(void)
{
    check_mode(VM_1_10_SV48, 4);
}

static void test_sv57(void)
{
    check_mode(VM_1_10_SV57, 5);
}

static void test_sign_extended_high_half(void)
{
    hwaddr root = setup(VM_1_10_SV39);
    uint64_t va = 0xffffffffc0001000ULL;
    hwaddr pa;
    int prot;

    map(root, 3, va, RAM_BASE + 0x5000, PTE_R | PTE_A, 0);
    g_assert_cmpint(xlate(va, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    g_assert_cmphex(pa, ==, RAM_BASE + 0x5000);
    g_assert_cmpint(prot, ==, PAGE_READ);
    test_hart_free();
}

static void test_superpages(void)
{
    hwaddr root = setup(VM_1_10_SV39);
    hwaddr pa;
    int prot;

    map(root, 3, 0x40000000, RAM_BASE, RWX | AD, 1);            /* 2 MiB */
    g_assert_cmpint(xlate(0x401fe123, MMU_DATA_LOAD, MMU_S, &pa, &prot),
                    ==, TRANSLATE_SUCCESS);
    g_assert_cmphex(pa, ==, RAM_BASE + 0x1fe123);
    map(root, 3, 0x80000000, RAM_BASE, RWX | AD, 2);            /* 1 GiB */
    g_assert_cmpint(xlate(0x8abcd123, MMU_DATA_LOAD, MMU_S, &pa, &prot),
                    ==, TRANSLATE_SUCCESS);
    g_assert_cmphex(pa, ==, RAM_BASE + 0xabcd123);
    /* misaligned superpage: a page fault */
    map(root, 3, 0x40200000, RAM_BASE + 0x1000, RWX | AD, 1);
    g_assert_cmpint(xlate(0x40200000, MMU_DATA_LOAD, MMU_S, &pa, &prot),
                    ==, TRANSLATE_FAIL);
    test_hart_free();
}

static void test_permissions(void)
{
    hwaddr root = setup(VM_1_10_SV39);
    hwaddr pa;
    int prot;

    map(root, 3, 0x1000, RAM_BASE, PTE_R | PTE_A, 0);
    map(root, 3, 0x2000, RAM_BASE, PTE_X | PTE_A, 0);
    map(root, 3, 0x3000, RAM_BASE, PTE_W | PTE_A | PTE_D, 0);  /* W only */
    map(root, 3, 0x4000, RAM_BASE, PTE_R | PTE_U | PTE_A, 0);
    map(root, 3, 0x5000, RAM_BASE, RWX | PTE_U | AD, 0);

    g_assert_cmpint(xlate(0x1000, MMU_DATA_STORE, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);
    g_assert_cmpint(xlate(0x1000, MMU_INST_FETCH, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);
    g_assert_cmpint(xlate(0x2000, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);
    th.env->mstatus |= MSTATUS_MXR;         /* execute-only now readable */
    g_assert_cmpint(xlate(0x2000, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    g_assert_cmpint(xlate(0x3000, MMU_DATA_STORE, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);        /* reserved encoding */
    /* U pages: U-mode yes; S-mode only with SUM, and never to execute */
    g_assert_cmpint(xlate(0x4000, MMU_DATA_LOAD, MMU_U, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    g_assert_cmpint(xlate(0x4000, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);
    g_assert_cmpint(xlate(0x4000, MMU_DATA_LOAD, MMU_S_SUM, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    g_assert_cmpint(xlate(0x5000, MMU_INST_FETCH, MMU_S_SUM, &pa, &prot),
                    ==, TRANSLATE_FAIL);
    g_assert_cmpint(xlate(0x5000, MMU_INST_FETCH, MMU_U, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    /* S pages are not for U-mode */
    g_assert_cmpint(xlate(0x1000, MMU_DATA_LOAD, MMU_U, &pa, &prot), ==,
                    TRANSLATE_FAIL);
    test_hart_free();
}

static void test_reserved_bits(void)
{
    hwaddr root = setup(VM_1_10_SV39);
    hwaddr slot;
    hwaddr pa;
    int prot;

    slot = map(root, 3, 0x1000, RAM_BASE, PTE_R | PTE_A, 0);
    pte_write(slot, pte_read(slot) | (1ULL << 54));          /* reserved */
    g_assert_cmpint(xlate(0x1000, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);
    pte_write(slot, (pte_read(slot) & ~(1ULL << 54)) | (1ULL << 61));
    g_assert_cmpint(xlate(0x1000, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);                          /* PBMT off */
    th.env->menvcfg |= MENVCFG_PBMTE;
    g_assert_cmpint(xlate(0x1000, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    pte_write(slot, pte_read(slot) | PTE_N);                  /* no Svnapot */
    g_assert_cmpint(xlate(0x1000, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);
    /* A non-leaf PTE with A set is reserved too */
    slot = pte_slot(root, 3, 0x200000000ULL, 0);
    map(root, 3, 0x200000000ULL, RAM_BASE, PTE_R | PTE_A, 0);
    pte_write(root + 8 * 8, pte_read(root + 8 * 8) | PTE_A);
    g_assert_cmpint(xlate(0x200000000ULL, MMU_DATA_LOAD, MMU_S, &pa, &prot),
                    ==, TRANSLATE_FAIL);
    test_hart_free();
}

static void test_svnapot(void)
{
    hwaddr root = setup(VM_1_10_SV39);
    hwaddr slot = 0;
    int i;
    hwaddr pa;
    int prot;

    th.cpu->cfg.ext_svnapot = true;
    /* A 64 KiB page at 0x80080000: ppn[3:0] = 1000, in all 16 slots */
    for (i = 0; i < 16; i++) {
        slot = map(root, 3, 0x10000 + i * 0x1000, RAM_BASE + 0x88000,
                   PTE_R | PTE_A | PTE_N, 0);
    }
    g_assert_cmpint(xlate(0x1f456, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    g_assert_cmphex(pa, ==, RAM_BASE + 0x8f456);
    pte_write(slot, pte_read(slot) ^ (1ULL << 10));   /* ppn[3:0] = 1001 */
    g_assert_cmpint(xlate(0x1f456, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);
    test_hart_free();
}

static void test_accessed_dirty(void)
{
    hwaddr root = setup(VM_1_10_SV39);
    hwaddr slot = map(root, 3, 0x1000, RAM_BASE, PTE_R | PTE_W, 0);
    hwaddr pa;
    int prot;

    g_assert_cmpint(xlate(0x1000, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    g_assert_cmphex(pte_read(slot) & AD, ==, PTE_A);
    g_assert_cmpint(prot, ==, PAGE_READ);   /* not dirty yet: no write */
    g_assert_cmpint(xlate(0x1000, MMU_DATA_STORE, MMU_S, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    g_assert_cmphex(pte_read(slot) & AD, ==, AD);
    g_assert_cmpint(prot, ==, PAGE_READ | PAGE_WRITE);
    /* Without Svadu enabled a missing A or D bit is a page fault */
    th.env->menvcfg &= ~MENVCFG_ADUE;
    slot = map(root, 3, 0x2000, RAM_BASE, PTE_R | PTE_W | PTE_A, 0);
    g_assert_cmpint(xlate(0x2000, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_SUCCESS);
    g_assert_cmpint(xlate(0x2000, MMU_DATA_STORE, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);
    g_assert_cmphex(pte_read(slot) & PTE_D, ==, 0);
    test_hart_free();
}

static void test_pte_in_rom(void)
{
    hwaddr root = setup(VM_1_10_SV39);
    hwaddr pa;
    int prot;
    uint64_t pte = (ROM_BASE >> 12 << 10) | PTE_V;
    uint64_t leaf = (RAM_BASE >> 12 << 10) | PTE_V | PTE_R;

    /* root[0] -> a level-1 table in ROM, whose entry 0 -> ROM level 0 */
    pte_write(root, pte);
    address_space_write_rom(&address_space_memory, ROM_BASE,
                            MEMTXATTRS_UNSPECIFIED, &pte, 8);
    address_space_write_rom(&address_space_memory, ROM_BASE + 8,
                            MEMTXATTRS_UNSPECIFIED, &leaf, 8);
    /* VA 0x1000: root[0] -> rom[0] -> rom[1]: no A bit, cannot set it */
    g_assert_cmpint(xlate(0x1000, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);
    /* A PTE outside any memory: a page fault too */
    pte_write(root, (0x40000000ULL >> 12 << 10) | PTE_V);
    g_assert_cmpint(xlate(0x1000, MMU_DATA_LOAD, MMU_S, &pa, &prot), ==,
                    TRANSLATE_FAIL);
    test_hart_free();
}

static void test_tlb_fill_faults(void)
{
    hwaddr root = setup(VM_1_10_SV39);
    target_ulong tlb_size;
    hwaddr pa;
    int prot;

    map(root, 3, 0x1000, RAM_BASE, PTE_R | PTE_A, 0);
    g_assert_true(TEST_HART_TRY(riscv_cpu_tlb_fill(th.env, 0x1008, 8,
                                MMU_DATA_LOAD, MMU_S, &pa, &prot,
                                &tlb_size)));
    g_assert_cmphex(pa, ==, RAM_BASE + 8);
    g_assert_cmpuint(tlb_size, ==, 4096);
    g_assert_false(TEST_HART_TRY(riscv_cpu_tlb_fill(th.env, 0x1008, 8,
                                 MMU_DATA_STORE, MMU_S, &pa, &prot,
                                 &tlb_size)));
    g_assert_cmpint(th.cause, ==, RISCV_EXCP_STORE_PAGE_FAULT);
    g_assert_cmphex(th.tval, ==, 0x1008);
    g_assert_false(TEST_HART_TRY(riscv_cpu_tlb_fill(th.env, 0x1000, 4,
                                 MMU_INST_FETCH, MMU_S, &pa, &prot,
                                 &tlb_size)));
    g_assert_cmpint(th.cause, ==, RISCV_EXCP_INST_PAGE_FAULT);
    g_assert_false(TEST_HART_TRY(riscv_cpu_tlb_fill(th.env, 0x9000, 1,
                                 MMU_DATA_LOAD, MMU_S, &pa, &prot,
                                 &tlb_size)));
    g_assert_cmpint(th.cause, ==, RISCV_EXCP_LOAD_PAGE_FAULT);
    g_assert_cmphex(th.tval, ==, 0x9000);
    test_hart_free();
}

/* ---- PMP ---- */

static void pmp_set(int i, uint8_t cfg, target_ulong addr)
{
    target_ulong old = pmpcfg_csr_read(th.env, (i / 8) * 2);
    int sh = (i % 8) * 8;

    pmpaddr_csr_write(th.env, i, addr);
    pmpcfg_csr_write(th.env, (i / 8) * 2,
                     (old & ~(0xffULL << sh)) | ((target_ulong)cfg << sh));
}

#define NAPOT (PMP_AMATCH_NAPOT << PMP_A_SHIFT)
#define TOR (PMP_AMATCH_TOR << PMP_A_SHIFT)
#define NA4 (PMP_AMATCH_NA4 << PMP_A_SHIFT)

static bool pmp_ok(hwaddr a, target_ulong size, int privs, target_ulong mode)
{
    target_ulong tlb_size;
    int prot;

    return pmp_hart_has_privs(th.env, a, size, privs, &prot, &tlb_size,
                              mode);
}

static void test_pmp_default(void)
{
    test_hart_new();
    /* No entry: M may do anything, S and U nothing */
    g_assert_true(pmp_ok(RAM_BASE, 8, PAGE_WRITE, PRV_M));
    g_assert_false(pmp_ok(RAM_BASE, 8, PAGE_READ, PRV_S));
    g_assert_false(pmp_ok(RAM_BASE, 8, PAGE_READ, PRV_U));
    th.cpu->cfg.pmp = false;
    g_assert_true(pmp_ok(RAM_BASE, 8, PAGE_READ, PRV_U));
    test_hart_free();
}

static void test_pmp_napot_tor_na4(void)
{
    test_hart_new();
    /* 0x80000000-0x80000fff read-only (NAPOT 4 KiB) */
    pmp_set(0, NAPOT | PMP_READ, (RAM_BASE >> 2) | 0x1ff);
    /* 0x80001000-0x80001fff via TOR: RW */
    pmp_set(1, 0, (RAM_BASE + 0x1000) >> 2);
    pmp_set(2, TOR | PMP_READ | PMP_WRITE, (RAM_BASE + 0x2000) >> 2);
    /* 4 bytes at 0x80002000: X only */
    pmp_set(3, NA4 | PMP_EXEC, (RAM_BASE + 0x2000) >> 2);
    g_assert_cmpint(th.env->pmp_state.num_rules, ==, 3);

    g_assert_true(pmp_ok(RAM_BASE + 0xff8, 8, PAGE_READ, PRV_S));
    g_assert_false(pmp_ok(RAM_BASE + 0xff8, 8, PAGE_WRITE, PRV_S));
    g_assert_true(pmp_ok(RAM_BASE + 0xff8, 8, PAGE_WRITE, PRV_M));
    g_assert_true(pmp_ok(RAM_BASE + 0x1800, 8, PAGE_WRITE, PRV_U));
    g_assert_false(pmp_ok(RAM_BASE + 0x1800, 4, PAGE_EXEC, PRV_U));
    g_assert_true(pmp_ok(RAM_BASE + 0x2000, 4, PAGE_EXEC, PRV_U));
    g_assert_false(pmp_ok(RAM_BASE + 0x2004, 4, PAGE_EXEC, PRV_U));
    /* an access straddling two entries fails */
    g_assert_false(pmp_ok(RAM_BASE + 0xffc, 8, PAGE_READ, PRV_S));
    /* no match for S: denied; M: allowed */
    g_assert_false(pmp_ok(RAM_BASE + 0x10000, 4, PAGE_READ, PRV_S));
    g_assert_true(pmp_ok(RAM_BASE + 0x10000, 4, PAGE_READ, PRV_M));
    test_hart_free();
}

static void test_pmp_lock(void)
{
    test_hart_new();
    pmp_set(0, NAPOT | PMP_READ | PMP_LOCK, (RAM_BASE >> 2) | 0x1ff);
    /* A locked entry binds M-mode too */
    g_assert_false(pmp_ok(RAM_BASE, 8, PAGE_WRITE, PRV_M));
    g_assert_true(pmp_ok(RAM_BASE, 8, PAGE_READ, PRV_M));
    /* and can no longer change */
    pmp_set(0, NAPOT | PMP_READ | PMP_WRITE, 0);
    g_assert_cmphex(pmpcfg_csr_read(th.env, 0) & 0xff, ==,
                    NAPOT | PMP_READ | PMP_LOCK);
    g_assert_cmphex(pmpaddr_csr_read(th.env, 0), ==,
                    (RAM_BASE >> 2) | 0x1ff);
    /* A locked TOR entry locks the address below it */
    pmp_set(1, 0, 0x1000);
    pmp_set(2, TOR | PMP_READ | PMP_LOCK, 0x2000);
    pmpaddr_csr_write(th.env, 1, 0x1800);
    g_assert_cmphex(pmpaddr_csr_read(th.env, 1), ==, 0x1000);
    test_hart_free();
}

static void test_pmp_reset(void)
{
    test_hart_new();
    pmp_set(0, NAPOT | PMP_READ | PMP_LOCK, (RAM_BASE >> 2) | 0x1ff);
    pmp_set(1, TOR | PMP_READ | PMP_WRITE, (RAM_BASE + 0x2000) >> 2);
    pmp_reset(th.env);
    g_assert_cmpint(th.env->pmp_state.num_rules, ==, 0);
    g_assert_cmphex(pmpcfg_csr_read(th.env, 0), ==, 0x0301);
    g_assert_true(pmp_ok(RAM_BASE, 8, PAGE_WRITE, PRV_M));
    pmp_set(0, NAPOT | PMP_EXEC, 0);        /* unlocked again */
    g_assert_cmphex(pmpaddr_csr_read(th.env, 0), ==, 0);
    test_hart_free();
}

static void test_pmp_all_memory(void)
{
    test_hart_new();
    pmp_set(0, NAPOT | PMP_READ | PMP_WRITE | PMP_EXEC, -1);
    g_assert_true(pmp_ok(0, 8, PAGE_WRITE, PRV_U));
    g_assert_true(pmp_ok(UINT64_MAX - 7, 8, PAGE_EXEC, PRV_S));
    /* 2^64 and 2^65 bytes: the whole space too */
    pmp_set(0, NAPOT | PMP_READ, INT64_MAX);
    g_assert_true(pmp_ok(UINT64_MAX - 7, 8, PAGE_READ, PRV_S));
    pmp_set(0, NAPOT | PMP_READ, UINT64_MAX >> 2);
    g_assert_true(pmp_ok(RAM_BASE, 8, PAGE_READ, PRV_S));
    test_hart_free();
}

/* A TOR entry whose top is not above the entry below matches nothing. */
static void test_pmp_tor_empty(void)
{
    test_hart_new();
    pmp_set(0, TOR | PMP_READ, 0);                  /* [0, 0) */
    g_assert_false(pmp_ok(0, 4, PAGE_READ, PRV_S));
    g_assert_false(pmp_ok(RAM_BASE, 4, PAGE_READ, PRV_S));
    pmp_set(1, 0, 0x2000);
    pmp_set(2, TOR | PMP_READ, 0x1000);             /* [0x8000, 0x4000) */
    g_assert_false(pmp_ok(0x5000, 4, PAGE_READ, PRV_S));
    pmp_set(3, NAPOT | PMP_READ | PMP_WRITE, -1);   /* the rest: RW */
    g_assert_true(pmp_ok(0x5000, 4, PAGE_WRITE, PRV_S));
    g_assert_true(pmp_ok(0, 4, PAGE_WRITE, PRV_S));
    test_hart_free();
}

static void test_pmp_tlb_size(void)
{
    target_ulong tlb_size;
    int prot;

    test_hart_new();
    pmp_set(0, NA4 | PMP_READ, (RAM_BASE + 0x100) >> 2);
    pmp_set(1, NAPOT | PMP_READ | PMP_WRITE, (RAM_BASE >> 2) | 0x3ff);
    g_assert_true(pmp_hart_has_privs(th.env, RAM_BASE + 0x200, 8, PAGE_READ,
                                     &prot, &tlb_size, PRV_S));
    g_assert_cmpuint(tlb_size, ==, 1);          /* page partly covered */
    g_assert_true(pmp_hart_has_privs(th.env, RAM_BASE + 0x1200, 8,
                                     PAGE_WRITE, &prot, &tlb_size, PRV_S));
    g_assert_cmpuint(tlb_size, ==, 4096);
    g_assert_cmpint(prot, ==, PAGE_READ | PAGE_WRITE);
    test_hart_free();
}

static void test_pmp_walk_faults(void)
{
    hwaddr root = setup(VM_1_10_SV39);
    target_ulong tlb_size;
    hwaddr pa;
    int prot;

    map(root, 3, 0x1000, RAM_BASE, PTE_R | PTE_W | PTE_A | PTE_D, 0);
    th.cpu->cfg.pmp = true;
    /* The page tables readable, the data page not */
    pmp_set(0, NAPOT | PMP_READ, (PT_BASE >> 2) | 0x3ffff);
    g_assert_false(TEST_HART_TRY(riscv_cpu_tlb_fill(th.env, 0x1000, 8,
                                 MMU_DATA_LOAD, MMU_S, &pa, &prot,
                                 &tlb_size)));
    g_assert_cmpint(th.cause, ==, RISCV_EXCP_LOAD_ACCESS_FAULT);
    g_assert_cmphex(th.tval, ==, 0x1000);
    pmp_set(1, NAPOT | PMP_READ, (RAM_BASE >> 2) | 0x1ff);
    g_assert_true(TEST_HART_TRY(riscv_cpu_tlb_fill(th.env, 0x1000, 8,
                                MMU_DATA_LOAD, MMU_S, &pa, &prot,
                                &tlb_size)));
    g_assert_cmpint(prot, ==, PAGE_READ);   /* PMP took the write away */
    g_assert_false(TEST_HART_TRY(riscv_cpu_tlb_fill(th.env, 0x1000, 8,
                                 MMU_DATA_STORE, MMU_S, &pa, &prot,
                                 &tlb_size)));
    g_assert_cmpint(th.cause, ==, RISCV_EXCP_STORE_AMO_ACCESS_FAULT);
    /* Page tables outside PMP: the walk itself faults */
    pmp_set(0, NAPOT, (PT_BASE >> 2) | 0x3ffff);
    g_assert_false(TEST_HART_TRY(riscv_cpu_tlb_fill(th.env, 0x1000, 4,
                                 MMU_INST_FETCH, MMU_S, &pa, &prot,
                                 &tlb_size)));
    g_assert_cmpint(th.cause, ==, RISCV_EXCP_INST_ACCESS_FAULT);
    test_hart_free();
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_assert_true(memory_region_init_ram(&ram, NULL, "ram", RAM_SIZE,
                                         &error_abort));
    memory_region_add_subregion(get_system_memory(), RAM_BASE, &ram);
    g_assert_true(memory_region_init_rom(&rom, NULL, "rom", 0x1000,
                                         &error_abort));
    memory_region_add_subregion(get_system_memory(), ROM_BASE, &rom);

    g_test_add_func("/riscv/mmu/bare-and-m", test_bare_and_m);
    g_test_add_func("/riscv/mmu/sv39", test_sv39);
    g_test_add_func("/riscv/mmu/sv48", test_sv48);
    g_test_add_func("/riscv/mmu/sv57", test_sv57);
    g_test_add_func("/riscv/mmu/high-half", test_sign_extended_high_half);
    g_test_add_func("/riscv/mmu/superpages", test_superpages);
    g_test_add_func("/riscv/mmu/permissions", test_permissions);
    g_test_add_func("/riscv/mmu/reserved-bits", test_reserved_bits);
    g_test_add_func("/riscv/mmu/svnapot", test_svnapot);
    g_test_add_func("/riscv/mmu/accessed-dirty", test_accessed_dirty);
    g_test_add_func("/riscv/mmu/pte-in-rom", test_pte_in_rom);
    g_test_add_func("/riscv/mmu/tlb-fill-faults", test_tlb_fill_faults);
    g_test_add_func("/riscv/pmp/default", test_pmp_default);
    g_test_add_func("/riscv/pmp/napot-tor-na4", test_pmp_napot_tor_na4);
    g_test_add_func("/riscv/pmp/lock", test_pmp_lock);
    g_test_add_func("/riscv/pmp/reset", test_pmp_reset);
    g_test_add_func("/riscv/pmp/all-memory", test_pmp_all_memory);
    g_test_add_func("/riscv/pmp/tor-empty", test_pmp_tor_empty);
    g_test_add_func("/riscv/pmp/tlb-size", test_pmp_tlb_size);
    g_test_add_func("/riscv/pmp/walk-faults", test_pmp_walk_faults);
    return g_test_run();
}
