/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * weak-stubs.c: placeholder definitions of the hart's internal
 * interfaces (cpu.h), so the binary links while its pieces are written
 * in parallel.  Each real definition overrides the weak one here; the
 * file goes away once every piece has landed.
 */
#include "qemu/osdep.h"
#include "target/riscv/cpu.h"

#define WEAK __attribute__((weak))

WEAK char *riscv_isa_string(RISCVCPU *cpu)
{
    return g_strdup("rv64");
}

WEAK void riscv_cpu_list(void)
{
}

WEAK void riscv_cpu_set_rdtime_fn(CPURISCVState *env, uint64_t (*fn)(void *),
                                  void *arg)
{
    env->rdtime_fn = fn;
    env->rdtime_fn_arg = arg;
}

WEAK int riscv_cpu_exec(CPUState *cs)
{
    return EXCP_HLT;
}

WEAK void riscv_raise_exception(CPURISCVState *env, RISCVException cause,
                                target_ulong tval)
{
    abort();
}

WEAK void riscv_tlb_flush(CPURISCVState *env)
{
}

WEAK void riscv_decode_cache_invalidate(hwaddr start, hwaddr end)
{
}

WEAK void riscv_cpu_dump_state(CPUState *cs, FILE *f, int flags)
{
}

WEAK RISCVException riscv_csrrw(CPURISCVState *env, int csrno,
                                target_ulong *ret_value,
                                target_ulong new_value,
                                target_ulong write_mask)
{
    return RISCV_EXCP_ILLEGAL_INST;
}

WEAK RISCVException riscv_csrrw_debug(CPURISCVState *env, int csrno,
                                      target_ulong *ret_value,
                                      target_ulong new_value,
                                      target_ulong write_mask)
{
    return RISCV_EXCP_ILLEGAL_INST;
}

WEAK const char *riscv_csr_name(int csrno)
{
    return NULL;
}

WEAK int riscv_cpu_mmu_index(CPURISCVState *env, bool ifetch)
{
    return PRV_M;
}

WEAK int riscv_get_physical_address(CPURISCVState *env, hwaddr *physical,
                                    int *prot, target_ulong *tlb_size,
                                    vaddr addr, MMUAccessType access_type,
                                    int mmu_idx)
{
    *physical = addr;
    *prot = PAGE_READ | PAGE_WRITE | PAGE_EXEC;
    *tlb_size = 4096;
    return TRANSLATE_SUCCESS;
}

WEAK void riscv_cpu_tlb_fill(CPURISCVState *env, vaddr addr, int size,
                             MMUAccessType access_type, int mmu_idx,
                             hwaddr *physical, int *prot,
                             target_ulong *tlb_size)
{
    riscv_get_physical_address(env, physical, prot, tlb_size, addr,
                               access_type, mmu_idx);
}

WEAK void riscv_cpu_do_interrupt(CPUState *cs)
{
}

WEAK bool riscv_cpu_exec_interrupt(CPUState *cs, int interrupt_request)
{
    return false;
}

WEAK int riscv_cpu_local_irq_pending(CPURISCVState *env)
{
    return -1;
}

WEAK bool riscv_cpu_has_work(CPUState *cs)
{
    return false;
}

WEAK uint64_t riscv_cpu_update_mip(CPURISCVState *env, uint64_t mask,
                                   uint64_t value)
{
    uint64_t old = env->mip;

    env->mip = (old & ~mask) | (value & mask);
    return old;
}

WEAK void riscv_cpu_set_mode(CPURISCVState *env, target_ulong newpriv)
{
    env->priv = newpriv;
}

WEAK target_ulong helper_mret(CPURISCVState *env)
{
    return env->mepc;
}

WEAK target_ulong helper_sret(CPURISCVState *env)
{
    return env->sepc;
}

WEAK void helper_wfi(CPURISCVState *env)
{
}

WEAK void helper_sfence_vma(CPURISCVState *env)
{
}

WEAK void riscv_timer_write_timecmp(CPURISCVState *env, uint64_t value)
{
}

WEAK bool pmp_hart_has_privs(CPURISCVState *env, hwaddr addr,
                             target_ulong size, int privs, int *allowed_prot,
                             target_ulong *tlb_size, target_ulong mode)
{
    *allowed_prot = PAGE_READ | PAGE_WRITE | PAGE_EXEC;
    *tlb_size = 4096;
    return true;
}

WEAK void pmpcfg_csr_write(CPURISCVState *env, uint32_t reg_index,
                           target_ulong val)
{
}

WEAK target_ulong pmpcfg_csr_read(CPURISCVState *env, uint32_t reg_index)
{
    return 0;
}

WEAK void pmpaddr_csr_write(CPURISCVState *env, uint32_t addr_index,
                            target_ulong val)
{
}

WEAK target_ulong pmpaddr_csr_read(CPURISCVState *env, uint32_t addr_index)
{
    return 0;
}

WEAK void mseccfg_csr_write(CPURISCVState *env, target_ulong val)
{
}

WEAK target_ulong mseccfg_csr_read(CPURISCVState *env)
{
    return 0;
}
