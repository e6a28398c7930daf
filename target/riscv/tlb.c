/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tlb.c: the hart's software TLB and the decode cache.
 *
 * The TLB (tlb.h) caches, per mmu_idx, the translation of a virtual page
 * to host RAM for one kind of access at a time, as riscv_cpu_tlb_fill
 * granted it; everything it cannot hold (MMIO, ROM writes, pages split
 * by a PMP boundary, misaligned accesses) goes through the slow paths
 * here, MMIO with the BQL held.
 *
 * Decoded instructions live in RISCVCodePages, one per guest physical
 * page that has run code, shared by all harts and never freed.  A page
 * with decodes is write-protected in every hart's TLB (TLB_SLOW), so
 * stores to it come here and reset the slots they touch; writes from
 * elsewhere (DMA, loaders) arrive through tb_invalidate_phys_range;
 * fence.i moves to a new epoch, and a page of an older epoch is reset
 * the next time a hart enters it.
 */
#include "qemu/osdep.h"
#include "qemu/log.h"
#include "qemu/main-loop.h"
#include "disas/riscv.h"
#include "target/riscv/insn.h"

static GMutex code_lock;
static GHashTable *code_pages;      /* phys page number -> RISCVCodePage */
static GPtrArray *harts;            /* every hart's env, for protection */
unsigned riscv_decode_epoch;

void riscv_tlb_register_hart(CPURISCVState *env)
{
    g_mutex_lock(&code_lock);
    if (!harts) {
        harts = g_ptr_array_new();
    }
    g_ptr_array_add(harts, env);
    g_mutex_unlock(&code_lock);
    riscv_tlb_flush(env);
}

void riscv_tlb_unregister_hart(CPURISCVState *env)
{
    g_mutex_lock(&code_lock);
    if (harts) {
        g_ptr_array_remove(harts, env);
    }
    g_mutex_unlock(&code_lock);
}

static RISCVTLBEntry *tlb_entry(CPURISCVState *env, int mmu_idx,
                                target_ulong addr)
{
    return &env->tlb.e[mmu_idx][(addr >> RISCV_PAGE_BITS) &
                                (RISCV_TLB_SIZE - 1)];
}

void riscv_tlb_flush(CPURISCVState *env)
{
    int i, j;

    for (i = 0; i < RISCV_MMU_IDX_COUNT; i++) {
        for (j = 0; j < RISCV_TLB_SIZE; j++) {
            RISCVTLBEntry *e = &env->tlb.e[i][j];

            e->tag_read = e->tag_write = e->tag_exec = TLB_INVALID;
            e->phys = TLB_INVALID;
        }
    }
}

/* ---- the decode cache ---- */

/*
 * Only the op bytes change: another hart may be running an instruction
 * of this page and still reads its other fields.
 */
void riscv_code_page_reset(RISCVCodePage *page)
{
    unsigned i;

    for (i = 0; i < RISCV_PAGE_SLOTS; i++) {
        __atomic_store_n(&page->slot[i].op, OP_DECODE, __ATOMIC_RELAXED);
    }
    page->slot[RISCV_PAGE_SLOTS].op = OP_LOOKUP;
    page->slot[RISCV_PAGE_SLOTS + 1].op = OP_LOOKUP;
    page->epoch = __atomic_load_n(&riscv_decode_epoch, __ATOMIC_ACQUIRE);
}

static RISCVCodePage *code_page_find_locked(hwaddr phys)
{
    if (!code_pages) {
        return NULL;
    }
    return g_hash_table_lookup(code_pages,
                               GSIZE_TO_POINTER(phys >> RISCV_PAGE_BITS));
}

/* Make every hart's stores to @phys take the slow path. */
static void code_page_protect_locked(hwaddr phys)
{
    guint h;
    int i, j;

    for (h = 0; harts && h < harts->len; h++) {
        CPURISCVState *env = g_ptr_array_index(harts, h);

        for (i = 0; i < RISCV_MMU_IDX_COUNT; i++) {
            for (j = 0; j < RISCV_TLB_SIZE; j++) {
                RISCVTLBEntry *e = &env->tlb.e[i][j];

                uint64_t tag = __atomic_load_n(&e->tag_write,
                                               __ATOMIC_RELAXED);

                /*
                 * The owner may flush the entry meanwhile: only a tag
                 * still unchanged gets the flag, never a revived one.
                 */
                if (e->phys == phys) {
                    __atomic_compare_exchange_n(&e->tag_write, &tag,
                                                tag | TLB_SLOW, false,
                                                __ATOMIC_RELAXED,
                                                __ATOMIC_RELAXED);
                }
            }
        }
    }
}

static RISCVCodePage *code_page_get_locked(hwaddr phys, uint8_t *host)
{
    RISCVCodePage *page = code_page_find_locked(phys);

    if (!code_pages) {
        code_pages = g_hash_table_new(g_direct_hash, g_direct_equal);
    }
    if (!page) {
        page = g_new0(RISCVCodePage, 1);
        page->phys = phys;
        page->host = host;
        riscv_code_page_reset(page);
        g_hash_table_insert(code_pages,
                            GSIZE_TO_POINTER(phys >> RISCV_PAGE_BITS), page);
        code_page_protect_locked(phys);
    } else if (page->host != host) {
        /* The memory map moved RAM under this address. */
        page->host = host;
        riscv_code_page_reset(page);
    }
    return page;
}

void riscv_decode_cache_invalidate(hwaddr start, hwaddr end)
{
    hwaddr page_addr;

    if (end <= start) {
        return;
    }
    g_mutex_lock(&code_lock);
    for (page_addr = start & RISCV_PAGE_MASK; page_addr < end;
         page_addr += RISCV_PAGE_SIZE) {
        RISCVCodePage *page = code_page_find_locked(page_addr);
        hwaddr lo, hi, i;

        if (page) {
            /* A 4-byte instruction may start 2 bytes before @start. */
            lo = MAX(start, page_addr + 2) - 2 - page_addr;
            hi = MIN(end, page_addr + RISCV_PAGE_SIZE) - page_addr;
            for (i = lo / 2; i < (hi + 1) / 2; i++) {
                __atomic_store_n(&page->slot[i].op, OP_DECODE,
                                 __ATOMIC_RELAXED);
            }
        }
        if (page_addr + RISCV_PAGE_SIZE < page_addr) {
            break;
        }
    }
    g_mutex_unlock(&code_lock);
}

void riscv_decode_cache_flush(void)
{
    __atomic_add_fetch(&riscv_decode_epoch, 1, __ATOMIC_RELEASE);
}

/* The memory core calls this for RAM writes other than the harts'. */
void tb_invalidate_phys_range(hwaddr start, hwaddr end)
{
    riscv_decode_cache_invalidate(start, end);
}

static uint32_t lduw_host(const uint8_t *p)
{
    uint16_t v;

    memcpy(&v, p, 2);
    return v;
}

static void log_in_asm(CPURISCVState *env, RISCVCodePage *page,
                       unsigned first, unsigned end, target_ulong pc)
{
    FILE *f = qemu_log_trylock();

    if (f) {
        fprintf(f, "----------------\nIN: \nPriv: %d; Virt: 0\n",
                (int)env->priv);
        riscv_disas_block(f, pc, page->host + first * 2,
                          (end - first) * 2);
        fprintf(f, "\n");
        qemu_log_unlock(f);
    }
}

/*
 * Publish @insn into @slot: the fields first, the op last with release
 * ordering, so a hart that reads the op (with acquire) sees its fields.
 * Harts decoding the same bytes concurrently write the same values.
 */
static void slot_publish(RISCVInsn *slot, const RISCVInsn *insn)
{
    uint8_t op = insn->op;

    slot->rd = insn->rd;
    slot->rs1 = insn->rs1;
    slot->rs2 = insn->rs2;
    slot->imm = insn->imm;
    slot->raw = insn->raw;
    slot->rs3 = insn->rs3;
    slot->rm = insn->rm;
    slot->len = insn->len;
    slot->ends_block = insn->ends_block;
    __atomic_store_n(&slot->op, op, __ATOMIC_RELEASE);
}

void riscv_code_page_decode(CPURISCVState *env, RISCVCodePage *page,
                            unsigned idx, target_ulong pc)
{
    unsigned i = idx;
    RISCVInsn insn;

    while (i < RISCV_PAGE_SLOTS) {
        RISCVInsn *s = &page->slot[i];
        uint32_t raw = lduw_host(page->host + i * 2);

        if (i != idx &&
            __atomic_load_n(&s->op, __ATOMIC_ACQUIRE) != OP_DECODE) {
            break;
        }
        if ((raw & 3) == 3 && i == RISCV_PAGE_SLOTS - 1) {
            /* It crosses into the next page: fetched every time. */
            memset(&insn, 0, sizeof(insn));
            insn.op = OP_UNCACHED;
            insn.len = 4;
            slot_publish(s, &insn);
            i++;
            break;
        }
        if ((raw & 3) == 3) {
            raw |= lduw_host(page->host + i * 2 + 2) << 16;
        }
        riscv_decode(env, raw, &insn);
        slot_publish(s, &insn);
        i += insn.len / 2;
        if (insn.ends_block || one_insn_per_tb_mode()) {
            break;
        }
    }
    if (unlikely(qemu_loglevel_mask(CPU_LOG_TB_IN_ASM))) {
        log_in_asm(env, page, idx, MIN(i, RISCV_PAGE_SLOTS), pc);
    }
}

/* ---- translation and the slow paths ---- */

/*
 * The RAM host address of the whole page at @page_phys, or NULL when
 * the page is not entirely one RAM range (or is ROM and @write).
 */
static uint8_t *ram_page(hwaddr page_phys, bool write)
{
    hwaddr xlat, plen = RISCV_PAGE_SIZE;
    MemoryRegion *mr = address_space_translate(&address_space_memory,
                                               page_phys, &xlat, &plen,
                                               write, MEMTXATTRS_UNSPECIFIED);

    if (!mr || !memory_region_is_ram(mr) || plen < RISCV_PAGE_SIZE ||
        (write && memory_region_is_rom(mr))) {
        return NULL;
    }
    return (uint8_t *)memory_region_get_ram_ptr(mr) + xlat;
}

/* The host address of one byte of RAM at @phys (not ROM when @write). */
static uint8_t *ram_byte(hwaddr phys, bool write)
{
    hwaddr xlat, plen = 1;
    MemoryRegion *mr = address_space_translate(&address_space_memory, phys,
                                               &xlat, &plen, write,
                                               MEMTXATTRS_UNSPECIFIED);

    if (!mr || !memory_region_is_ram(mr) ||
        (write && memory_region_is_rom(mr))) {
        return NULL;
    }
    return (uint8_t *)memory_region_get_ram_ptr(mr) + xlat;
}

/* Point @e at @vpage -> @host_page; other tags of another page go. */
static void tlb_entry_set(RISCVTLBEntry *e, target_ulong vpage,
                          uint8_t *host_page, hwaddr phys)
{
    uintptr_t addend = (uintptr_t)host_page - vpage;

    if (e->addend != addend || e->phys != phys) {
        e->tag_read = e->tag_write = e->tag_exec = TLB_INVALID;
        e->addend = addend;
        e->phys = phys;
    }
}

/* A TLB hit for @access at @addr: its host address, or NULL. */
static void *tlb_hit(RISCVTLBEntry *e, target_ulong addr,
                     MMUAccessType access, hwaddr *phys, bool *code)
{
    target_ulong vpage = addr & RISCV_PAGE_MASK;
    uint64_t tag = access == MMU_DATA_LOAD ? e->tag_read : e->tag_write;

    if ((tag & ~TLB_SLOW) != vpage) {
        return NULL;
    }
    *phys = e->phys | (addr & ~RISCV_PAGE_MASK);
    *code = tag & TLB_SLOW;
    return (void *)(e->addend + addr);
}

void *riscv_tlb_host(CPURISCVState *env, target_ulong addr,
                     MMUAccessType access, int mmu_idx, hwaddr *phys,
                     bool *code)
{
    target_ulong vpage = addr & RISCV_PAGE_MASK, tlb_size;
    bool write = access == MMU_DATA_STORE;
    RISCVTLBEntry *e = tlb_entry(env, mmu_idx, addr);
    uint8_t *host = tlb_hit(e, addr, access, phys, code);
    hwaddr paddr;
    int prot;

    if (host) {
        return host;
    }
    riscv_cpu_tlb_fill(env, addr, 1, access, mmu_idx, &paddr, &prot,
                       &tlb_size);
    *phys = paddr;
    *code = true;               /* unknown: let the caller invalidate */
    host = tlb_size >= RISCV_PAGE_SIZE ?
           ram_page(paddr & RISCV_PAGE_MASK, write) : NULL;
    if (!host) {
        return ram_byte(paddr, write);
    }
    g_mutex_lock(&code_lock);
    tlb_entry_set(e, vpage, host, paddr & RISCV_PAGE_MASK);
    if (write) {
        *code = code_page_find_locked(paddr & RISCV_PAGE_MASK) != NULL;
        e->tag_write = vpage | (*code ? TLB_SLOW : 0);
    } else {
        e->tag_read = vpage;
    }
    g_mutex_unlock(&code_lock);
    return host + (addr & ~RISCV_PAGE_MASK);
}

RISCVCodePage *riscv_tlb_code_page(CPURISCVState *env, target_ulong pc,
                                   int mmu_idx)
{
    target_ulong vpage = pc & RISCV_PAGE_MASK, tlb_size;
    RISCVTLBEntry *e = tlb_entry(env, mmu_idx, pc);
    RISCVCodePage *page;
    uint8_t *host;
    hwaddr paddr;
    int prot;

    if (e->tag_exec != vpage) {
        riscv_cpu_tlb_fill(env, pc, 2, MMU_INST_FETCH, mmu_idx, &paddr,
                           &prot, &tlb_size);
        host = tlb_size >= RISCV_PAGE_SIZE ?
               ram_page(paddr & RISCV_PAGE_MASK, false) : NULL;
        if (!host) {
            return NULL;
        }
        g_mutex_lock(&code_lock);
        page = code_page_get_locked(paddr & RISCV_PAGE_MASK, host);
        tlb_entry_set(e, vpage, host, paddr & RISCV_PAGE_MASK);
        e->code = page;
        e->tag_exec = vpage;
        g_mutex_unlock(&code_lock);
    }
    page = e->code;
    if (page->epoch != __atomic_load_n(&riscv_decode_epoch,
                                       __ATOMIC_ACQUIRE)) {
        riscv_code_page_reset(page);
    }
    return page;
}
