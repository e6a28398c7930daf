/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Sv39, Sv48 and Sv57 address translation (privileged spec 1.12, 4.3-4.5)
 * from S and U mode and from M mode with MPRV: reads, writes and fetches
 * through 4 KiB pages at the top of each mode's address space; page
 * faults (12, 13, 15) for invalid PTEs, missing permissions, U pages from
 * S without SUM, U pages executed from S, S pages from U, reserved
 * W-without-R, reserved PTE bits,
 * misaligned superpages and non-canonical addresses, each with stval =
 * the virtual address; MXR; the A and D bits set by the hardware (as
 * QEMU does by default); sfence.vma making a changed PTE visible; and an
 * access fault (5, not a page fault) for a PTE that points where there is
 * no memory, and access faults (1, 5, 7) when PMP denies the page-table
 * walk itself.  Code and data stay reachable through a 1 GiB identity
 * mapping of RAM (user or supervisor, per test).  QEMU 7.2 lets S-mode
 * execute a U page while SUM = 1; that one check is skipped there.
 */
#include "test.h"

#define PAGE            4096ull
#define POOL_PAGES      40
#define NO_MEMORY       0x40000000ull   /* physical: nothing there */
#define RAM_BASE        0x80000000ull

enum {
    PG_RW, PG_RO, PG_XO, PG_USER, PG_FRESH, PG_INVALID, PG_WO, PG_NOMEM,
    PG_RSVD, NPAGES
};

static uint64_t pool[POOL_PAGES][512] __attribute__((aligned(4096)));
static unsigned int pool_used;
static uint8_t phys[NPAGES][PAGE] __attribute__((aligned(4096)));
static bool qemu72;

typedef struct Space {
    unsigned int levels;        /* 3, 4, 5 */
    uint64_t mode;              /* satp MODE */
    uint64_t base;              /* test pages start here (top half) */
    uint64_t noncanonical;
    uint64_t *root_s;           /* identity map for S */
    uint64_t *root_u;           /* identity map for U */
    uint64_t *pte[NPAGES];      /* leaf PTEs in root_s */
} Space;

static uint64_t *alloc_table(void)
{
    uint64_t *t = pool[pool_used++];
    unsigned int i;

    if (pool_used > POOL_PAGES) {
        guest_puts("FAIL: page table pool exhausted\n");
        guest_exit(2);
    }
    for (i = 0; i < 512; i++) {
        t[i] = 0;
    }
    return t;
}

static uint64_t pte_of(uint64_t pa, uint64_t flags)
{
    return ((pa >> 12) << 10) | flags;
}

/* Install a leaf for va at level leaf (0 = 4 KiB); return its address. */
static uint64_t *map(uint64_t *root, unsigned int levels, uint64_t va,
                     uint64_t leaf_pte, unsigned int leaf)
{
    uint64_t *t = root;
    int lvl;

    for (lvl = levels - 1; lvl > (int)leaf; lvl--) {
        uint64_t *e = &t[(va >> (12 + 9 * lvl)) & 511];

        if (!(*e & PTE_V)) {
            *e = pte_of((uint64_t)alloc_table(), PTE_V);
        }
        t = (uint64_t *)((*e >> 10) << 12);
    }
    t[(va >> (12 + 9 * leaf)) & 511] = leaf_pte;
    return &t[(va >> (12 + 9 * leaf)) & 511];
}

static const uint64_t page_flags[NPAGES] = {
    [PG_RW] = PTE_V | PTE_R | PTE_W | PTE_A | PTE_D,
    [PG_RO] = PTE_V | PTE_R | PTE_A,
    [PG_XO] = PTE_V | PTE_X | PTE_A,
    [PG_USER] = PTE_V | PTE_R | PTE_W | PTE_X | PTE_U | PTE_A | PTE_D,
    [PG_FRESH] = PTE_V | PTE_R | PTE_W,
    [PG_INVALID] = PTE_R | PTE_W,
    [PG_WO] = PTE_V | PTE_W | PTE_A | PTE_D,
    [PG_NOMEM] = PTE_V | PTE_R | PTE_W | PTE_A | PTE_D,
    [PG_RSVD] = PTE_V | PTE_R | PTE_A | (1ull << 60),
};

static void build_root(Space *sp, uint64_t *root, uint64_t ram_flags)
{
    unsigned int i;

    map(root, sp->levels, RAM_BASE, pte_of(RAM_BASE, ram_flags), 2);
    for (i = 0; i < NPAGES; i++) {
        uint64_t pa = i == PG_NOMEM ? NO_MEMORY : (uint64_t)phys[i];
        uint64_t *e = map(root, sp->levels, sp->base + i * PAGE,
                          pte_of(pa, page_flags[i]), 0);

        if (root == sp->root_s) {
            sp->pte[i] = e;
        }
    }
    /* a 2 MiB leaf whose PPN is not 2 MiB aligned */
    map(root, sp->levels, sp->base + 0x200000,
        pte_of(RAM_BASE + PAGE, PTE_V | PTE_R | PTE_A), 1);
}

static void build_space(Space *sp, unsigned int levels)
{
    uint64_t rwx = PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;
    unsigned int vabits = 12 + 9 * levels;

    pool_used = 0;
    sp->levels = levels;
    sp->mode = (levels + 5ull) << 60;
    sp->base = -(1ull << (vabits - 1)) + 0x40000000;
    sp->noncanonical = 1ull << (vabits - 1);
    sp->root_s = alloc_table();
    sp->root_u = alloc_table();
    build_root(sp, sp->root_s, rwx);
    build_root(sp, sp->root_u, rwx | PTE_U);
}

static void use_root(Space *sp, uint64_t *root)
{
    csr_write(satp, sp->mode | ((uint64_t)root >> 12));
    __asm__ volatile("sfence.vma" ::: "memory");
}

static uint64_t va(Space *sp, unsigned int page)
{
    return sp->base + page * PAGE;
}

static uint64_t try_load(uint64_t a, uint64_t *v)
{
    return TRY_M("ld %[v], 0(%[a])", [v] "=&r"(*v), [a] "+r"(a));
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

static void test_supervisor(Space *sp, unsigned int n)
{
    uint64_t v = 0, (*fn)(void) = (uint64_t (*)(void))va(sp, PG_XO);

    use_root(sp, sp->root_s);
    goto_smode();
    CHECK_EQ(n + 1, try_load(va(sp, PG_RW) + 8, &v), NO_TRAP);
    CHECK_EQ(n + 2, v, 0x1111);
    CHECK_EQ(n + 3, try_store(va(sp, PG_RW) + 16, 0x2222), NO_TRAP);
    CHECK_EQ(n + 4, try_load(va(sp, PG_RO), &v), NO_TRAP);
    CHECK_EQ(n + 5, v, 0x3333);
    check_fault(n + 6, try_store(va(sp, PG_RO) + 8, 1),
                CAUSE_STORE_PAGE_FAULT, va(sp, PG_RO) + 8);
    CHECK_EQ(n + 8, fn(), 42);                      /* execute-only */
    check_fault(n + 9, try_load(va(sp, PG_XO), &v),
                CAUSE_LOAD_PAGE_FAULT, va(sp, PG_XO));
    csr_set(sstatus, MSTATUS_MXR);                  /* X readable */
    CHECK_EQ(n + 11, try_load(va(sp, PG_XO), &v), NO_TRAP);
    CHECK_EQ(n + 12, v, 0x0000806702a00513ull);
    csr_clear(sstatus, MSTATUS_MXR);
    check_fault(n + 13, try_jump(va(sp, PG_RW)), CAUSE_FETCH_PAGE_FAULT,
                va(sp, PG_RW));
    CHECK_EQ(n + 15, mtrap_rec[0].epc, va(sp, PG_RW));
    check_fault(n + 16, try_load(va(sp, PG_USER), &v),
                CAUSE_LOAD_PAGE_FAULT, va(sp, PG_USER));
    csr_set(sstatus, MSTATUS_SUM);                  /* U pages readable */
    CHECK_EQ(n + 18, try_load(va(sp, PG_USER), &v), NO_TRAP);
    CHECK_EQ(n + 19, v, 0x4444);
    if (!qemu72) {
        /* S never executes U pages, SUM or not (7.2 does with SUM) */
        check_fault(n + 38, try_jump(va(sp, PG_USER)),
                    CAUSE_FETCH_PAGE_FAULT, va(sp, PG_USER));
    }
    csr_clear(sstatus, MSTATUS_SUM);
    check_fault(n + 40, try_jump(va(sp, PG_USER)), CAUSE_FETCH_PAGE_FAULT,
                va(sp, PG_USER));
    check_fault(n + 20, try_load(va(sp, PG_INVALID), &v),
                CAUSE_LOAD_PAGE_FAULT, va(sp, PG_INVALID));
    check_fault(n + 22, try_store(va(sp, PG_INVALID), 0),
                CAUSE_STORE_PAGE_FAULT, va(sp, PG_INVALID));
    check_fault(n + 24, try_load(va(sp, PG_WO), &v),
                CAUSE_LOAD_PAGE_FAULT, va(sp, PG_WO));
    check_fault(n + 26, try_load(va(sp, PG_RSVD), &v),
                CAUSE_LOAD_PAGE_FAULT, va(sp, PG_RSVD));
    check_fault(n + 28, try_load(sp->base + 0x200000, &v),
                CAUSE_LOAD_PAGE_FAULT, sp->base + 0x200000);
    check_fault(n + 30, try_load(sp->noncanonical, &v),
                CAUSE_LOAD_PAGE_FAULT, sp->noncanonical);
    check_fault(n + 32, try_load(va(sp, PG_NOMEM) + 24, &v),
                CAUSE_LOAD_ACCESS, va(sp, PG_NOMEM) + 24);
    check_fault(n + 34, try_store(va(sp, PG_NOMEM), 0),
                CAUSE_STORE_ACCESS, va(sp, PG_NOMEM));
    goto_mmode();
    CHECK_EQ(n + 36, ((uint64_t *)phys[PG_RW])[2], 0x2222);
}

static void test_accessed_dirty(Space *sp, unsigned int n)
{
    uint64_t v;

    use_root(sp, sp->root_s);
    goto_smode();
    try_load(va(sp, PG_FRESH), &v);
    goto_mmode();
    CHECK_EQ(n + 44, *sp->pte[PG_FRESH] & (PTE_A | PTE_D), PTE_A);
    goto_smode();
    try_store(va(sp, PG_FRESH), 5);
    goto_mmode();
    CHECK_EQ(n + 45, *sp->pte[PG_FRESH] & (PTE_A | PTE_D), PTE_A | PTE_D);
    /* a changed PTE is used after sfence.vma */
    *sp->pte[PG_RO] = pte_of((uint64_t)phys[PG_RW], page_flags[PG_RO]);
    goto_smode();
    __asm__ volatile("sfence.vma" ::: "memory");
    try_load(va(sp, PG_RO) + 8, &v);
    goto_mmode();
    CHECK_EQ(n + 46, v, 0x1111);
    *sp->pte[PG_RO] = pte_of((uint64_t)phys[PG_RO], page_flags[PG_RO]);
}

static void test_user(Space *sp, unsigned int n)
{
    uint64_t v = 0;

    use_root(sp, sp->root_u);
    goto_umode();
    CHECK_EQ(n + 50, try_load(va(sp, PG_USER), &v), NO_TRAP);
    CHECK_EQ(n + 51, v, 0x4444);
    check_fault(n + 52, try_load(va(sp, PG_RW), &v),
                CAUSE_LOAD_PAGE_FAULT, va(sp, PG_RW));
    check_fault(n + 54, try_store(va(sp, PG_RW), 0),
                CAUSE_STORE_PAGE_FAULT, va(sp, PG_RW));
    goto_mmode();
}

/* M-mode loads translate with MPRV = 1 and MPP = S */
static void test_mprv(Space *sp, unsigned int n)
{
    uint64_t v = 0;

    use_root(sp, sp->root_s);
    csr_clear(mstatus, MSTATUS_MPP);
    csr_set(mstatus, MSTATUS_MPP_S | MSTATUS_MPRV);
    CHECK_EQ(n + 60, try_load(va(sp, PG_RO), &v), NO_TRAP);
    CHECK_EQ(n + 61, v, 0x3333);
    check_fault(n + 62, try_load(va(sp, PG_INVALID), &v),
                CAUSE_LOAD_PAGE_FAULT, va(sp, PG_INVALID));
    csr_clear(mstatus, MSTATUS_MPRV);
    csr_write(satp, 0);
}

/*
 * PMP checks the implicit page-table reads too: with the leaf table of
 * the test pages closed to S, walks through it raise access faults (of
 * the access's kind, tval = the virtual address), not page faults.
 * Entry 0 denies the table; entry 1 opens the rest, as crt.S's entry 0
 * did.
 */
static void test_pmp_on_walk(Space *sp, unsigned int n)
{
    uint64_t table = (uint64_t)sp->pte[PG_RW] & ~(PAGE - 1), v;

    csr_write(pmpaddr1, -1ull);
    csr_write(pmpcfg0, (uint64_t)(PMP_NAPOT | PMP_R | PMP_W | PMP_X) << 8);
    csr_write(pmpaddr0, (table | (PAGE / 2 - 1)) >> 2);
    csr_set(pmpcfg0, PMP_NAPOT);
    use_root(sp, sp->root_s);
    goto_smode();
    check_fault(n + 70, try_load(va(sp, PG_RW), &v), CAUSE_LOAD_ACCESS,
                va(sp, PG_RW));
    check_fault(n + 72, try_store(va(sp, PG_RW), 1), CAUSE_STORE_ACCESS,
                va(sp, PG_RW));
    check_fault(n + 74, try_jump(va(sp, PG_XO)), CAUSE_FETCH_ACCESS,
                va(sp, PG_XO));
    goto_mmode();
    csr_write(satp, 0);
    csr_write(pmpaddr0, -1ull);
    csr_write(pmpcfg0, PMP_NAPOT | PMP_R | PMP_W | PMP_X);
}

static void fill_pages(void)
{
    static const uint32_t code[2] = { 0x02a00513, 0x00008067 };

    ((uint64_t *)phys[PG_RW])[1] = 0x1111;
    ((uint64_t *)phys[PG_RO])[0] = 0x3333;
    ((uint64_t *)phys[PG_USER])[0] = 0x4444;
    ((uint32_t *)phys[PG_XO])[0] = code[0];     /* li a0, 42 */
    ((uint32_t *)phys[PG_XO])[1] = code[1];     /* ret */
    __asm__ volatile("fence.i" ::: "memory");
}

int main(void)
{
    static Space spaces[3];
    unsigned int i;

    qemu72 = running_on_qemu72();
    fill_pages();
    for (i = 0; i < 3; i++) {
        Space *sp = &spaces[i];

        build_space(sp, 3 + i);
        test_supervisor(sp, 1000 * (i + 1));
        test_accessed_dirty(sp, 1000 * (i + 1));
        test_user(sp, 1000 * (i + 1));
        test_mprv(sp, 1000 * (i + 1));
        test_pmp_on_walk(sp, 1000 * (i + 1));
    }
    return 0;
}
