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
