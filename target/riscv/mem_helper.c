/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mem_helper.c: the slow paths of the hart's memory accesses: misaligned
 * addresses, TLB misses, MMIO (under the BQL), stores to pages holding
 * decoded code, uncached instruction fetches, and the A extension's
 * atomics (RISC-V unprivileged ISA 20191213, chapter 8) and the Zicbom/
 * Zicboz cache-block operations.
 */
#include "qemu/osdep.h"
#include "qemu/main-loop.h"
#include "target/riscv/insn.h"

static uint64_t ldn_host(const void *p, int size)
{
    uint8_t b;
    uint16_t h;
    uint32_t w;
    uint64_t d;

    switch (size) {
    case 1:
        memcpy(&b, p, 1);
        return b;
    case 2:
        memcpy(&h, p, 2);
        return h;
    case 4:
        memcpy(&w, p, 4);
        return w;
    default:
        memcpy(&d, p, 8);
        return d;
    }
}

static void stn_host(void *p, uint64_t val, int size)
{
    memcpy(p, &val, size);          /* little-endian host */
}

/* Run @fn with the BQL held, taking it if this thread does not. */
static bool bql_take(void)
{
    if (qemu_mutex_iothread_locked()) {
        return false;
    }
    qemu_mutex_lock_iothread();
    return true;
}

static void bql_release(bool taken)
{
    if (taken) {
        qemu_mutex_unlock_iothread();
    }
}

static MemTxResult phys_read(hwaddr phys, uint64_t *val, int size)
{
    hwaddr xlat, plen = size;
    MemoryRegion *mr;
    MemTxResult r = MEMTX_DECODE_ERROR;
    bool taken = bql_take();

    mr = address_space_translate(&address_space_memory, phys, &xlat, &plen,
                                 false, MEMTXATTRS_UNSPECIFIED);
    *val = 0;
    if (mr && plen >= (hwaddr)size) {
        r = memory_region_dispatch_read(mr, xlat, val, size,
                                        MEMTXATTRS_UNSPECIFIED);
    }
    bql_release(taken);
    return r;
}

static MemTxResult phys_write(hwaddr phys, uint64_t val, int size)
{
    hwaddr xlat, plen = size;
    MemoryRegion *mr;
    MemTxResult r = MEMTX_DECODE_ERROR;
    bool taken = bql_take();

    mr = address_space_translate(&address_space_memory, phys, &xlat, &plen,
                                 true, MEMTXATTRS_UNSPECIFIED);
    if (mr && plen >= (hwaddr)size) {
        r = memory_region_dispatch_write(mr, xlat, val, size,
                                         MEMTXATTRS_UNSPECIFIED);
    }
    bql_release(taken);
    return r;
}

static uint64_t load_aligned(CPURISCVState *env, target_ulong addr, int size,
                             int mmu_idx)
{
    hwaddr phys;
    uint64_t val;
    void *host;
    bool code;

    host = riscv_tlb_host(env, addr, MMU_DATA_LOAD, mmu_idx, &phys, &code);
    if (host) {
        return ldn_host(host, size);
    }
    if (phys_read(phys, &val, size) != MEMTX_OK) {
        riscv_raise_exception(env, RISCV_EXCP_LOAD_ACCESS_FAULT, addr);
    }
    return val;
}

/*
 * QEMU 8.2 performs misaligned loads and stores (only LR/SC and AMOs
 * must be aligned): byte by byte, little-endian, each byte through the
 * TLB, so a fault names the byte's page.
 */
uint64_t riscv_load_slow(CPURISCVState *env, target_ulong addr, int size,
                         int mmu_idx)
{
    uint64_t val = 0;
    int i;

    if (likely(!(addr & (size - 1)))) {
        return load_aligned(env, addr, size, mmu_idx);
    }
    for (i = 0; i < size; i++) {
        val |= load_aligned(env, addr + i, 1, mmu_idx) << (8 * i);
    }
    return val;
}

uint64_t riscv_load_aligned(CPURISCVState *env, target_ulong addr, int size,
                            int mmu_idx)
{
    if (addr & (size - 1)) {
        riscv_raise_exception(env, RISCV_EXCP_LOAD_ADDR_MIS, addr);
    }
    return load_aligned(env, addr, size, mmu_idx);
}

/*
 * Where a store to @addr goes: RAM host address or NULL for MMIO.
 * *@code: the caller must invalidate decodes after storing (not before:
 * another hart could decode the old bytes in between).
 */
static void *store_target(CPURISCVState *env, target_ulong addr, int size,
                          int mmu_idx, hwaddr *phys, bool *code)
{
    if (addr & (size - 1)) {
        riscv_raise_exception(env, RISCV_EXCP_STORE_AMO_ADDR_MIS, addr);
    }
    return riscv_tlb_host(env, addr, MMU_DATA_STORE, mmu_idx, phys, code);
}

static void stored(bool code, hwaddr phys, int size)
{
    if (code) {
        riscv_decode_cache_invalidate(phys, phys + size);
    }
}

static void store_aligned(CPURISCVState *env, target_ulong addr,
                          uint64_t val, int size, int mmu_idx)
{
    hwaddr phys;
    bool code;
    void *host = riscv_tlb_host(env, addr, MMU_DATA_STORE, mmu_idx, &phys,
                                &code);

    if (host) {
        stn_host(host, val, size);
        stored(code, phys, size);
    } else if (phys_write(phys, val, size) != MEMTX_OK) {
        riscv_raise_exception(env, RISCV_EXCP_STORE_AMO_ACCESS_FAULT, addr);
    }
}

void riscv_store_slow(CPURISCVState *env, target_ulong addr, uint64_t val,
                      int size, int mmu_idx)
{
    hwaddr phys;
    bool code;
    int i;

    if (likely(!(addr & (size - 1)))) {
        store_aligned(env, addr, val, size, mmu_idx);
        return;
    }
    /* Both pages must be writable before any byte is. */
    riscv_tlb_host(env, addr, MMU_DATA_STORE, mmu_idx, &phys, &code);
    riscv_tlb_host(env, addr + size - 1, MMU_DATA_STORE, mmu_idx, &phys,
                   &code);
    for (i = 0; i < size; i++) {
        store_aligned(env, addr + i, val >> (8 * i), 1, mmu_idx);
    }
}

static uint32_t fetch16(CPURISCVState *env, target_ulong addr, int mmu_idx)
{
    target_ulong tlb_size;
    hwaddr phys;
    uint64_t val;
    int prot;

    riscv_cpu_tlb_fill(env, addr, 2, MMU_INST_FETCH, mmu_idx, &phys, &prot,
                       &tlb_size);
    if (phys_read(phys, &val, 2) != MEMTX_OK) {
        riscv_raise_exception(env, RISCV_EXCP_INST_ACCESS_FAULT, addr);
    }
    return val;
}

uint32_t riscv_fetch_uncached(CPURISCVState *env, target_ulong pc,
                              int mmu_idx)
{
    uint32_t raw = fetch16(env, pc, mmu_idx);

    if ((raw & 3) == 3) {
        raw |= fetch16(env, pc + 2, mmu_idx) << 16;
    }
    return raw;
}

/* ---- atomics ---- */

static uint64_t amo_compute(RISCVOp op, uint64_t old, uint64_t src, bool w)
{
    int64_t so = w ? (int32_t)old : (int64_t)old;
    int64_t ss = w ? (int32_t)src : (int64_t)src;
    uint64_t uo = w ? (uint32_t)old : old, us = w ? (uint32_t)src : src;

    switch (op) {
    case OP_AMOSWAP_W: case OP_AMOSWAP_D: return src;
    case OP_AMOADD_W: case OP_AMOADD_D: return old + src;
    case OP_AMOXOR_W: case OP_AMOXOR_D: return old ^ src;
    case OP_AMOAND_W: case OP_AMOAND_D: return old & src;
    case OP_AMOOR_W: case OP_AMOOR_D: return old | src;
    case OP_AMOMIN_W: case OP_AMOMIN_D: return so < ss ? old : src;
    case OP_AMOMAX_W: case OP_AMOMAX_D: return so > ss ? old : src;
    case OP_AMOMINU_W: case OP_AMOMINU_D: return uo < us ? old : src;
    case OP_AMOMAXU_W: case OP_AMOMAXU_D: return uo > us ? old : src;
    default:
        g_assert_not_reached();
    }
}

static bool op_is_w(RISCVOp op)
{
    return op <= OP_AMOMAXU_W || op == OP_LR_W || op == OP_SC_W;
}

/* A compare-and-swap loop on host RAM: exact across threads. */
static uint64_t amo_ram(void *host, RISCVOp op, uint64_t src, bool w)
{
    if (w) {
        uint32_t old = __atomic_load_n((uint32_t *)host, __ATOMIC_RELAXED);
        uint32_t new;

        do {
            new = amo_compute(op, old, src, true);
        } while (!__atomic_compare_exchange_n((uint32_t *)host, &old, new,
                                              true, __ATOMIC_SEQ_CST,
                                              __ATOMIC_RELAXED));
        return (int32_t)old;
    } else {
        uint64_t old = __atomic_load_n((uint64_t *)host, __ATOMIC_RELAXED);
        uint64_t new;

        do {
            new = amo_compute(op, old, src, false);
        } while (!__atomic_compare_exchange_n((uint64_t *)host, &old, new,
                                              true, __ATOMIC_SEQ_CST,
                                              __ATOMIC_RELAXED));
        return old;
    }
}

static uint64_t amo_mmio(CPURISCVState *env, target_ulong addr, hwaddr phys,
                         RISCVOp op, uint64_t src, bool w)
{
    int size = w ? 4 : 8;
    uint64_t old;
    bool taken = bql_take();
    bool ok = phys_read(phys, &old, size) == MEMTX_OK &&
              phys_write(phys, amo_compute(op, old, src, w), size) ==
              MEMTX_OK;

    bql_release(taken);
    if (!ok) {
        riscv_raise_exception(env, RISCV_EXCP_STORE_AMO_ACCESS_FAULT, addr);
    }
    return w ? (uint64_t)(int32_t)old : old;
}

uint64_t riscv_amo(CPURISCVState *env, RISCVOp op, target_ulong addr,
                   uint64_t src, int mmu_idx)
{
    bool w = op_is_w(op), code;
    hwaddr phys;
    void *host = store_target(env, addr, w ? 4 : 8, mmu_idx, &phys, &code);
    uint64_t old;

    if (!host) {
        return amo_mmio(env, addr, phys, op, src, w);
    }
    old = amo_ram(host, op, src, w);
    stored(code, phys, w ? 4 : 8);
    return old;
}

uint64_t riscv_lr(CPURISCVState *env, RISCVOp op, target_ulong addr,
                  int mmu_idx)
{
    bool w = op == OP_LR_W;
    uint64_t val = riscv_load_aligned(env, addr, w ? 4 : 8, mmu_idx);

    if (w) {
        val = (int32_t)val;
    }
    env->load_res = addr;
    env->load_val = val;
    return val;
}

static bool sc_cas(void *host, uint64_t expect, uint64_t src, bool w)
{
    if (w) {
        uint32_t e = expect;

        return __atomic_compare_exchange_n((uint32_t *)host, &e,
                                           (uint32_t)src, false,
                                           __ATOMIC_SEQ_CST,
                                           __ATOMIC_SEQ_CST);
    }
    return __atomic_compare_exchange_n((uint64_t *)host, &expect, src,
                                       false, __ATOMIC_SEQ_CST,
                                       __ATOMIC_SEQ_CST);
}

/* 0 on success, 1 on failure, as sc writes rd. */
uint64_t riscv_sc(CPURISCVState *env, RISCVOp op, target_ulong addr,
                  uint64_t src, int mmu_idx)
{
    bool w = op == OP_SC_W;
    hwaddr phys;
    uint64_t cur;
    void *host;
    bool ok, code;

    if (env->load_res != addr) {
        env->load_res = -1;
        return 1;
    }
    host = store_target(env, addr, w ? 4 : 8, mmu_idx, &phys, &code);
    if (host) {
        ok = sc_cas(host, env->load_val, src, w);
        stored(code && ok, phys, w ? 4 : 8);
    } else {
        bool taken = bql_take();

        ok = phys_read(phys, &cur, w ? 4 : 8) == MEMTX_OK &&
             (w ? (uint32_t)cur == (uint32_t)env->load_val :
                  cur == env->load_val) &&
             phys_write(phys, src, w ? 4 : 8) == MEMTX_OK;
        bql_release(taken);
    }
    env->load_res = -1;
    return !ok;
}

/* ---- Zicbom / Zicboz ---- */

/* The menvcfg/senvcfg enables of a cache-block operation. */
bool riscv_cbo_enabled(CPURISCVState *env, uint64_t bits)
{
    if (env->priv < PRV_M && !(env->menvcfg & bits)) {
        return false;
    }
    return env->priv != PRV_U || (env->senvcfg & bits);
}

/*
 * cbo.clean/flush/inval: no cache to manage, but the block must be
 * accessible by a load or a store; a store fault is raised otherwise.
 */
void riscv_cbo_mgmt(CPURISCVState *env, target_ulong addr, int mmu_idx)
{
    RISCVCPU *cpu = env_archcpu(env);
    target_ulong base = addr & ~(target_ulong)(cpu->cfg.cbom_blocksize - 1);
    target_ulong tlb_size;
    hwaddr phys;
    int prot;

    if (riscv_get_physical_address(env, &phys, &prot, &tlb_size, base,
                                   MMU_DATA_LOAD, mmu_idx) ==
        TRANSLATE_SUCCESS) {
        return;
    }
    riscv_cpu_tlb_fill(env, base, cpu->cfg.cbom_blocksize, MMU_DATA_STORE,
                       mmu_idx, &phys, &prot, &tlb_size);
}

void riscv_cbo_zero(CPURISCVState *env, target_ulong addr, int mmu_idx)
{
    unsigned bs = env_archcpu(env)->cfg.cboz_blocksize;
    target_ulong base = addr & ~(target_ulong)(bs - 1);
    unsigned i;

    /* The first store refills the TLB; the rest hit it. */
    for (i = 0; i < bs; i += 8) {
        riscv_store_slow(env, base + i, 0, 8, mmu_idx);
    }
}
