/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * pmp.c: physical memory protection (privileged spec 1.12, section 3.7)
 * with 16 entries and a 4-byte grain, without Smepmp.
 *
 * Each entry's pmpcfg byte and pmpaddr register are kept as written; the
 * byte range an active entry covers is decoded into pmp_state.addr[] on
 * every change, so a check only compares addresses.  Entries are checked
 * in order and the first one covering any byte of the access decides.
 * M-mode is bound only by locked entries; S and U may access only what an
 * entry grants once PMP is implemented (with no active entry, mret and
 * sret refuse to enter them: see helper_mret).
 */
#include "qemu/osdep.h"
#include "qemu/log.h"
#include "target/riscv/cpu.h"
#include "target/riscv/cpu_bits.h"

#define PMP_PAGE_SIZE 4096ULL

static unsigned pmp_a_field(uint8_t cfg)
{
    return (cfg & PMP_A_MASK) >> PMP_A_SHIFT;
}

static bool pmp_is_locked(CPURISCVState *env, uint32_t i)
{
    return env->pmp_state.pmp[i].cfg_reg & PMP_LOCK;
}

uint32_t pmp_get_num_rules(CPURISCVState *env)
{
    return env->pmp_state.num_rules;
}

/* NAPOT: the trailing ones of pmpaddr give the size, 8 bytes and up. */
static void pmp_decode_napot(target_ulong a, hwaddr *sa, hwaddr *ea)
{
    int ones;

    if (a == UINT64_MAX) {
        *sa = 0;
        *ea = UINT64_MAX;
        return;
    }
    ones = __builtin_ctzll(~a);
    if (ones + 3 >= 64) {
        *sa = 0;
        *ea = UINT64_MAX;
        return;
    }
    *sa = (a & ~((1ULL << ones) - 1)) << 2;
    *ea = *sa + (1ULL << (ones + 3)) - 1;
}

static void pmp_update_rule_addr(CPURISCVState *env, uint32_t i)
{
    pmp_table_t *t = &env->pmp_state;
    target_ulong addr = t->pmp[i].addr_reg;
    target_ulong prev = i ? t->pmp[i - 1].addr_reg : 0;
    hwaddr sa = 0, ea = UINT64_MAX;

    switch (pmp_a_field(t->pmp[i].cfg_reg)) {
    case PMP_AMATCH_TOR:
        /* [pmpaddr(i-1), pmpaddr(i)): empty (sa > ea) if not increasing */
        sa = prev << 2;
        if ((addr << 2) <= sa) {
            sa = 1;
            ea = 0;
        } else {
            ea = (addr << 2) - 1;
        }
        break;
    case PMP_AMATCH_NA4:
        sa = addr << 2;
        ea = sa + 3;
        break;
    case PMP_AMATCH_NAPOT:
        pmp_decode_napot(addr, &sa, &ea);
        break;
    default:
        break;
    }
    t->addr[i].sa = sa;
    t->addr[i].ea = ea;
}

static void pmp_update_rule_nums(CPURISCVState *env)
{
    uint32_t i;

    env->pmp_state.num_rules = 0;
    for (i = 0; i < MAX_RISCV_PMPS; i++) {
        if (pmp_a_field(env->pmp_state.pmp[i].cfg_reg) != PMP_AMATCH_OFF) {
            env->pmp_state.num_rules++;
        }
    }
}

/* Returns true when the entry changed. */
static bool pmp_write_cfg(CPURISCVState *env, uint32_t i, uint8_t val)
{
    if (pmp_is_locked(env, i)) {
        qemu_log_mask(LOG_GUEST_ERROR, "ignoring pmpcfg write - locked\n");
        return false;
    }
    /* R=0 W=1 is reserved: such a write grants neither. */
    if ((val & PMP_WRITE) && !(val & PMP_READ)) {
        val &= ~(PMP_WRITE | PMP_READ);
    }
    if (env->pmp_state.pmp[i].cfg_reg == val) {
        return false;
    }
    env->pmp_state.pmp[i].cfg_reg = val;
    pmp_update_rule_addr(env, i);
    return true;
}

void pmpcfg_csr_write(CPURISCVState *env, uint32_t reg_index,
                      target_ulong val)
{
    bool modified = false;
    int i;

    if (reg_index & 1) {
        qemu_log_mask(LOG_GUEST_ERROR,
                      "ignoring pmpcfg write - incorrect address\n");
        return;
    }
    for (i = 0; i < 8 && reg_index * 4 + i < MAX_RISCV_PMPS; i++) {
        modified |= pmp_write_cfg(env, reg_index * 4 + i, val >> (8 * i));
    }
    if (modified) {
        pmp_update_rule_nums(env);
        riscv_tlb_flush(env);
    }
}

target_ulong pmpcfg_csr_read(CPURISCVState *env, uint32_t reg_index)
{
    target_ulong val = 0;
    int i;

    for (i = 0; i < 8 && reg_index * 4 + i < MAX_RISCV_PMPS; i++) {
        val |= (target_ulong)env->pmp_state.pmp[reg_index * 4 + i].cfg_reg
               << (8 * i);
    }
    return val;
}

/* A locked TOR entry locks the address register below it too. */
static bool pmp_next_locks_addr(CPURISCVState *env, uint32_t i)
{
    uint8_t next;

    if (i + 1 >= MAX_RISCV_PMPS) {
        return false;
    }
    next = env->pmp_state.pmp[i + 1].cfg_reg;
    return (next & PMP_LOCK) && pmp_a_field(next) == PMP_AMATCH_TOR;
}

void pmpaddr_csr_write(CPURISCVState *env, uint32_t addr_index,
                       target_ulong val)
{
    if (addr_index >= MAX_RISCV_PMPS) {
        qemu_log_mask(LOG_GUEST_ERROR,
                      "ignoring pmpaddr write - out of bounds\n");
        return;
    }
    if (pmp_next_locks_addr(env, addr_index)) {
        qemu_log_mask(LOG_GUEST_ERROR,
                      "ignoring pmpaddr write - pmpcfg + 1 locked\n");
        return;
    }
    if (pmp_is_locked(env, addr_index)) {
        qemu_log_mask(LOG_GUEST_ERROR, "ignoring pmpaddr write - locked\n");
        return;
    }
    if (env->pmp_state.pmp[addr_index].addr_reg == val) {
        return;
    }
    env->pmp_state.pmp[addr_index].addr_reg = val;
    pmp_update_rule_addr(env, addr_index);
    if (addr_index + 1 < MAX_RISCV_PMPS) {
        pmp_update_rule_addr(env, addr_index + 1);  /* its TOR base */
    }
    riscv_tlb_flush(env);
}

target_ulong pmpaddr_csr_read(CPURISCVState *env, uint32_t addr_index)
{
    if (addr_index >= MAX_RISCV_PMPS) {
        return 0;
    }
    return env->pmp_state.pmp[addr_index].addr_reg;
}

/* Reset zeroes every entry's A and L fields: all entries off, unlocked. */
void pmp_reset(CPURISCVState *env)
{
    uint32_t i;

    for (i = 0; i < MAX_RISCV_PMPS; i++) {
        env->pmp_state.pmp[i].cfg_reg &= ~(PMP_LOCK | PMP_A_MASK);
        pmp_update_rule_addr(env, i);
    }
    pmp_update_rule_nums(env);
    env->mseccfg = 0;
}

/* Without Smepmp (or Zkr) mseccfg has no writable field. */
void mseccfg_csr_write(CPURISCVState *env, target_ulong val)
{
    qemu_log_mask(LOG_GUEST_ERROR, "ignoring mseccfg write: no Smepmp\n");
}

target_ulong mseccfg_csr_read(CPURISCVState *env)
{
    return env->mseccfg;
}

static bool pmp_in_range(CPURISCVState *env, uint32_t i, hwaddr addr)
{
    return addr >= env->pmp_state.addr[i].sa &&
           addr <= env->pmp_state.addr[i].ea;
}

/*
 * The size of the block around @addr for which the decision holds: the
 * page, unless the first entry touching the page covers only part of it.
 */
static target_ulong pmp_tlb_size(CPURISCVState *env, hwaddr addr)
{
    hwaddr page_sa = addr & ~(PMP_PAGE_SIZE - 1);
    hwaddr page_ea = page_sa + PMP_PAGE_SIZE - 1;
    uint32_t i;

    for (i = 0; i < MAX_RISCV_PMPS; i++) {
        hwaddr sa = env->pmp_state.addr[i].sa;
        hwaddr ea = env->pmp_state.addr[i].ea;

        if (pmp_a_field(env->pmp_state.pmp[i].cfg_reg) == PMP_AMATCH_OFF ||
            sa > ea) {
            continue;
        }
        if (sa <= page_sa && ea >= page_ea) {
            return PMP_PAGE_SIZE;
        }
        if ((sa >= page_sa && sa <= page_ea) ||
            (ea >= page_sa && ea <= page_ea)) {
            return 1;
        }
    }
    return PMP_PAGE_SIZE;
}

/* No entry matched: only M-mode, or a hart without PMP, may go on. */
static bool pmp_default_privs(CPURISCVState *env, int *allowed_prot,
                              target_ulong mode)
{
    if (!riscv_cpu_cfg(env)->pmp || mode == PRV_M) {
        *allowed_prot = PAGE_READ | PAGE_WRITE | PAGE_EXEC;
        return true;
    }
    *allowed_prot = 0;
    return false;
}

bool pmp_hart_has_privs(CPURISCVState *env, hwaddr addr, target_ulong size,
                        int privs, int *allowed_prot,
                        target_ulong *tlb_size, target_ulong mode)
{
    hwaddr last;
    uint32_t i;

    *tlb_size = PMP_PAGE_SIZE;
    if (!riscv_cpu_cfg(env)->pmp || pmp_get_num_rules(env) == 0) {
        return pmp_default_privs(env, allowed_prot, mode);
    }
    *tlb_size = pmp_tlb_size(env, addr);
    if (size == 0) {
        /* Unknown size: the rest of the page. */
        size = PMP_PAGE_SIZE - (addr & (PMP_PAGE_SIZE - 1));
    }
    last = addr + size - 1;
    for (i = 0; i < MAX_RISCV_PMPS; i++) {
        uint8_t cfg = env->pmp_state.pmp[i].cfg_reg;
        bool s = pmp_in_range(env, i, addr);
        bool e = pmp_in_range(env, i, last);

        if (pmp_a_field(cfg) == PMP_AMATCH_OFF || (!s && !e)) {
            continue;
        }
        if (s != e) {
            qemu_log_mask(LOG_GUEST_ERROR,
                          "pmp violation - access is partially inside\n");
            *allowed_prot = 0;
            return false;
        }
        *allowed_prot = PAGE_READ | PAGE_WRITE | PAGE_EXEC;
        if (mode != PRV_M || (cfg & PMP_LOCK)) {
            *allowed_prot &= cfg;   /* PMP_R/W/X are PAGE_READ/WRITE/EXEC */
        }
        return (privs & *allowed_prot) == privs;
    }
    return pmp_default_privs(env, allowed_prot, mode);
}
