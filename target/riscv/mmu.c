/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mmu.c: address translation of the RISC-V hart: the Sv39, Sv48 and Sv57
 * page walks (privileged spec 1.12, section 4.3-4.5, with Svnapot and
 * Svpbmt), hardware A/D updates (Svadu, on while menvcfg.ADUE is set, as
 * QEMU 8.2 does by default) and the PMP checks of every PTE read and of
 * the final physical address.
 *
 * A PTE that cannot be read gives a page fault, as in QEMU; a PMP
 * refusal gives an access fault.  A/D bits are set with a compare-and-
 * swap on the PTE in RAM; if another hart changed the PTE meanwhile the
 * walk starts again.
 */
#include "qemu/osdep.h"
#include "qemu/log.h"
#include "target/riscv/cpu.h"
#include "target/riscv/cpu_bits.h"

#define PG_SHIFT 12
#define PT_IDX_BITS 9

/* The privilege an mmu_idx stands for. */
static target_ulong riscv_mmu_idx_priv(int mmu_idx)
{
    return mmu_idx == 3 ? PRV_M : mmu_idx == 0 ? PRV_U : PRV_S;
}

/* May a walk for @mode read the PTE at @pte_addr? */
static bool riscv_pte_pmp_ok(CPURISCVState *env, hwaddr pte_addr)
{
    target_ulong tlb_size;
    int prot;

    if (!riscv_cpu_cfg(env)->pmp) {
        return true;
    }
    return pmp_hart_has_privs(env, pte_addr, sizeof(uint64_t), PAGE_READ,
                              &prot, &tlb_size, PRV_S);
}

/*
 * Set A (and D for a store) in the PTE at @pte_addr, atomically.
 * Returns 1 on success, 0 if the PTE changed under us (walk again),
 * -1 if it cannot be updated (not in RAM).
 */
static int riscv_pte_update(hwaddr pte_addr, uint64_t pte, uint64_t new)
{
    hwaddr xlat, len = sizeof(uint64_t);
    MemoryRegion *mr;
    uint64_t *host;

    mr = address_space_translate(&address_space_memory, pte_addr, &xlat,
                                 &len, true, MEMTXATTRS_UNSPECIFIED);
    if (!mr || !memory_region_is_ram(mr) || memory_region_is_rom(mr) ||
        len < sizeof(uint64_t)) {
        return -1;
    }
    host = (uint64_t *)((uint8_t *)memory_region_get_ram_ptr(mr) + xlat);
    if (!__atomic_compare_exchange_n(host, &pte, new, false,
                                     __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
        return 0;
    }
    riscv_decode_cache_invalidate(pte_addr, pte_addr + sizeof(uint64_t));
    return 1;
}

/* Checks of a non-leaf or leaf PTE's reserved encodings. */
static bool riscv_pte_reserved(CPURISCVState *env, uint64_t pte)
{
    if (pte & PTE_RESERVED) {
        return true;
    }
    if ((pte & PTE_PBMT) && !(env->menvcfg & MENVCFG_PBMTE)) {
        return true;
    }
    if ((pte & PTE_N) && !riscv_cpu_cfg(env)->ext_svnapot) {
        return true;
    }
    return false;
}

/* The leaf's permissions for @mode, or -1 when the leaf is not usable. */
static int riscv_leaf_prot(CPURISCVState *env, uint64_t pte, int mmu_idx)
{
    target_ulong mode = riscv_mmu_idx_priv(mmu_idx);
    int prot = 0;

    if ((pte & (PTE_R | PTE_W)) == PTE_W) {
        return -1;                      /* W without R is reserved */
    }
    if (pte & PTE_R) {
        prot |= PAGE_READ;
    }
    if (pte & PTE_W) {
        prot |= PAGE_WRITE;
    }
    if (pte & PTE_X) {
        prot |= PAGE_EXEC;
        if (env->mstatus & MSTATUS_MXR) {
            prot |= PAGE_READ;
        }
    }
    if (pte & PTE_U) {
        if (mode != PRV_U) {
            if (mmu_idx != 2) {
                return -1;              /* U page, S-mode without SUM */
            }
            prot &= PAGE_READ | PAGE_WRITE;
        }
    } else if (mode != PRV_S) {
        return -1;                      /* S page, U-mode */
    }
    return prot;
}

typedef struct RISCVWalk {
    vaddr addr;
    MMUAccessType access_type;
    int mmu_idx;
    int levels;
} RISCVWalk;

/* From a leaf PTE at @level (0 = 4 KiB): the physical address. */
static int riscv_leaf_phys(CPURISCVState *env, const RISCVWalk *w,
                           uint64_t pte, int level, hwaddr *physical)
{
    uint64_t ppn = (pte & PTE_PPN_MASK) >> PTE_PPN_SHIFT;
    uint64_t vpn = w->addr >> PG_SHIFT;
    uint64_t low = (1ULL << (level * PT_IDX_BITS)) - 1;

    if (ppn & low) {
        return TRANSLATE_FAIL;          /* misaligned superpage */
    }
    if (pte & PTE_N) {
        /* Svnapot: only 64 KiB pages (ppn[3:0] = 1000) at level 0. */
        if (level != 0 || (ppn & 0xf) != 8) {
            return TRANSLATE_FAIL;
        }
        low = 0xf;
        ppn &= ~low;
    }
    *physical = ((ppn | (vpn & low)) << PG_SHIFT) |
                (w->addr & ((1ULL << PG_SHIFT) - 1));
    return TRANSLATE_SUCCESS;
}

/*
 * One walk from the root; TRANSLATE_* or -1 when a concurrent PTE
 * change asks for a new walk.
 */
static int riscv_walk_once(CPURISCVState *env, const RISCVWalk *w,
                           hwaddr *physical, int *prot)
{
    hwaddr base = (env->satp & SATP64_PPN) << PG_SHIFT;
    hwaddr pte_addr;
    uint64_t pte, new;
    MemTxResult res;
    int level, lp, ret;

    for (level = w->levels - 1; level >= 0; level--) {
        int shift = PG_SHIFT + level * PT_IDX_BITS;

        pte_addr = base + ((w->addr >> shift) & 0x1ff) * sizeof(uint64_t);
        if (!riscv_pte_pmp_ok(env, pte_addr)) {
            return TRANSLATE_PMP_FAIL;
        }
        pte = address_space_ldq_le(&address_space_memory, pte_addr,
                                   MEMTXATTRS_UNSPECIFIED, &res);
        if (res != MEMTX_OK || !(pte & PTE_V) ||
            riscv_pte_reserved(env, pte)) {
            return TRANSLATE_FAIL;
        }
        if (pte & (PTE_R | PTE_W | PTE_X)) {
            break;
        }
        if (pte & (PTE_D | PTE_A | PTE_U | PTE_N | PTE_PBMT)) {
            return TRANSLATE_FAIL;      /* non-leaf with leaf-only bits */
        }
        base = ((pte & PTE_PPN_MASK) >> PTE_PPN_SHIFT) << PG_SHIFT;
    }
    if (level < 0) {
        return TRANSLATE_FAIL;          /* no leaf at any level */
    }
    lp = riscv_leaf_prot(env, pte, w->mmu_idx);
    if (lp < 0 || !((lp >> w->access_type) & 1)) {
        return TRANSLATE_FAIL;
    }
    new = pte | PTE_A | (w->access_type == MMU_DATA_STORE ? PTE_D : 0);
    if (new != pte) {
        if (!(env->menvcfg & MENVCFG_ADUE)) {
            return TRANSLATE_FAIL;      /* software manages A/D */
        }
        ret = riscv_pte_update(pte_addr, pte, new);
        if (ret <= 0) {
            return ret < 0 ? TRANSLATE_FAIL : -1;
        }
        pte = new;
    }
    /* Writable only once dirty, so the first store walks again. */
    if (!(pte & PTE_D)) {
        lp &= ~PAGE_WRITE;
    }
    *prot = lp;
    return riscv_leaf_phys(env, w, pte, level, physical);
}

/* The levels of the current satp mode, 0 for no translation. */
static int riscv_satp_levels(CPURISCVState *env)
{
    switch (env->satp >> SATP64_MODE_SHIFT) {
    case VM_1_10_SV39:
        return 3;
    case VM_1_10_SV48:
        return 4;
    case VM_1_10_SV57:
        return 5;
    default:
        return 0;
    }
}

static int riscv_translate_va(CPURISCVState *env, hwaddr *physical,
                              int *prot, vaddr addr,
                              MMUAccessType access_type, int mmu_idx)
{
    RISCVWalk w = {
        .addr = addr, .access_type = access_type, .mmu_idx = mmu_idx,
        .levels = riscv_satp_levels(env),
    };
    int va_bits, ret;
    int64_t top;

    if (mmu_idx == 3 || !riscv_cpu_cfg(env)->mmu || !w.levels) {
        *physical = addr;
        *prot = PAGE_READ | PAGE_WRITE | PAGE_EXEC;
        return TRANSLATE_SUCCESS;
    }
    /* Bits above the VA width must copy its top bit. */
    va_bits = PG_SHIFT + w.levels * PT_IDX_BITS;
    top = (int64_t)addr >> (va_bits - 1);
    if (top != 0 && top != -1) {
        return TRANSLATE_FAIL;
    }
    do {
        ret = riscv_walk_once(env, &w, physical, prot);
    } while (ret < 0);
    return ret;
}

/* Translation, then the PMP check of [physical, physical + size). */
static int riscv_translate(CPURISCVState *env, hwaddr *physical, int *prot,
                           target_ulong *tlb_size, vaddr addr, int size,
                           MMUAccessType access_type, int mmu_idx)
{
    int ret, pmp_prot;

    *tlb_size = 1ULL << PG_SHIFT;
    ret = riscv_translate_va(env, physical, prot, addr, access_type,
                             mmu_idx);
    if (ret != TRANSLATE_SUCCESS || !riscv_cpu_cfg(env)->pmp) {
        return ret;
    }
    if (!pmp_hart_has_privs(env, *physical, size, 1 << access_type,
                            &pmp_prot, tlb_size,
                            riscv_mmu_idx_priv(mmu_idx))) {
        return TRANSLATE_PMP_FAIL;
    }
    *prot &= pmp_prot;
    return TRANSLATE_SUCCESS;
}

int riscv_get_physical_address(CPURISCVState *env, hwaddr *physical,
                               int *prot, target_ulong *tlb_size,
                               vaddr addr, MMUAccessType access_type,
                               int mmu_idx)
{
    return riscv_translate(env, physical, prot, tlb_size, addr, 1,
                           access_type, mmu_idx);
}

static RISCVException riscv_mmu_fault(MMUAccessType access_type,
                                      bool pmp_fail)
{
    switch (access_type) {
    case MMU_INST_FETCH:
        return pmp_fail ? RISCV_EXCP_INST_ACCESS_FAULT
                        : RISCV_EXCP_INST_PAGE_FAULT;
    case MMU_DATA_LOAD:
        return pmp_fail ? RISCV_EXCP_LOAD_ACCESS_FAULT
                        : RISCV_EXCP_LOAD_PAGE_FAULT;
    default:
        return pmp_fail ? RISCV_EXCP_STORE_AMO_ACCESS_FAULT
                        : RISCV_EXCP_STORE_PAGE_FAULT;
    }
}

void riscv_cpu_tlb_fill(CPURISCVState *env, vaddr addr, int size,
                        MMUAccessType access_type, int mmu_idx,
                        hwaddr *physical, int *prot,
                        target_ulong *tlb_size)
{
    int ret = riscv_translate(env, physical, prot, tlb_size, addr, size,
                              access_type, mmu_idx);

    qemu_log_mask(CPU_LOG_MMU, "%s ad %" VADDR_PRIx " rw %d mmu_idx %d"
                  " ret %d\n", __func__, addr, access_type, mmu_idx, ret);
    if (ret != TRANSLATE_SUCCESS) {
        riscv_raise_exception(env, riscv_mmu_fault(access_type,
                                                   ret == TRANSLATE_PMP_FAIL),
                              addr);
    }
}
