/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * csr-counters.c: the counter CSRs (Zicntr, Zihpm), their enables
 * (mcounteren, scounteren, mcountinhibit) and the Sstc stimecmp.
 *
 * cycle and instret both count retired instructions (env->instret), as
 * QEMU's do under -icount; mcycle/minstret writes store an offset.  While
 * a counter is inhibited its base holds the frozen value instead.  The
 * hpm counters 3..18 exist and read zero (no events are counted).
 */
#include "qemu/osdep.h"
#include "target/riscv/cpu.h"
#include "target/riscv/cpu_bits.h"
#include "target/riscv/csr-internal.h"

static uint32_t csr_hpm_avail(CPURISCVState *env)
{
    return riscv_cpu_cfg(env)->ext_zihpm ? RISCV_HPM_AVAIL : 0;
}

/* cycle, time, instret, hpmcounterN: mcounteren/scounteren gate them. */
RISCVException csr_ctr(CPURISCVState *env, int csrno, bool debug)
{
    int idx = csrno - CSR_CYCLE;
    uint32_t bit = 1U << idx;

    if (idx <= 2) {
        if (!riscv_cpu_cfg(env)->ext_zicntr ||
            (csrno == CSR_TIME && !env->rdtime_fn)) {
            return RISCV_EXCP_ILLEGAL_INST;
        }
    } else if (!(csr_hpm_avail(env) & bit)) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    if (debug) {
        return RISCV_EXCP_NONE;
    }
    if (env->priv < PRV_M && !(env->mcounteren & bit)) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    if (env->priv == PRV_U && riscv_has_ext(env, RVS) &&
        !(env->scounteren & bit)) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    return RISCV_EXCP_NONE;
}

/* mhpmcounterN exists for the available counters only. */
RISCVException csr_mctr(CPURISCVState *env, int csrno, bool debug)
{
    int idx = csrno - CSR_MCYCLE;

    return csr_hpm_avail(env) & (1U << idx) ? RISCV_EXCP_NONE
                                             : RISCV_EXCP_ILLEGAL_INST;
}

/* stimecmp: S-mode needs menvcfg.STCE and mcounteren.TM. */
RISCVException csr_sstc(CPURISCVState *env, int csrno, bool debug)
{
    if (!riscv_cpu_cfg(env)->ext_sstc || !env->rdtime_fn ||
        !riscv_has_ext(env, RVS)) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    if (debug || env->priv == PRV_M) {
        return RISCV_EXCP_NONE;
    }
    if (!(env->mcounteren & COUNTEREN_TM) ||
        !(env->menvcfg & MENVCFG_STCE)) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    return RISCV_EXCP_NONE;
}

/* The base of counter @idx (0 cycle, 2 instret). */
static uint64_t *csr_counter_base(CPURISCVState *env, int idx)
{
    return idx == 0 ? &env->mcycle_base : &env->minstret_base;
}

static uint64_t csr_counter_value(CPURISCVState *env, int idx)
{
    uint64_t base = *csr_counter_base(env, idx);

    if (env->mcountinhibit & (1U << idx)) {
        return base;
    }
    return env->instret + base;
}

RISCVException read_counter(CPURISCVState *env, int csrno,
                            target_ulong *val)
{
    int idx = csrno & 0x1f;

    *val = idx == 0 || idx == 2 ? csr_counter_value(env, idx) : 0;
    return RISCV_EXCP_NONE;
}

/*
 * A write takes effect once the writing instruction has retired: the
 * next instruction reads the value written.
 */
RISCVException write_mcounter(CPURISCVState *env, int csrno,
                              target_ulong val)
{
    int idx = csrno & 0x1f;

    if (env->mcountinhibit & (1U << idx)) {
        *csr_counter_base(env, idx) = val;
    } else {
        *csr_counter_base(env, idx) = val - (env->instret + 1);
    }
    return RISCV_EXCP_NONE;
}

RISCVException read_time(CPURISCVState *env, int csrno, target_ulong *val)
{
    *val = env->rdtime_fn(env->rdtime_fn_arg);
    return RISCV_EXCP_NONE;
}

RISCVException read_zero(CPURISCVState *env, int csrno, target_ulong *val)
{
    *val = 0;
    return RISCV_EXCP_NONE;
}

RISCVException write_ignore(CPURISCVState *env, int csrno,
                            target_ulong val)
{
    return RISCV_EXCP_NONE;
}

RISCVException read_counteren(CPURISCVState *env, int csrno,
                              target_ulong *val)
{
    *val = csrno == CSR_MCOUNTEREN ? env->mcounteren : env->scounteren;
    return RISCV_EXCP_NONE;
}

RISCVException write_counteren(CPURISCVState *env, int csrno,
                               target_ulong val)
{
    if (csrno == CSR_MCOUNTEREN) {
        env->mcounteren = val;
    } else {
        env->scounteren = val;
    }
    return RISCV_EXCP_NONE;
}

RISCVException read_mcountinhibit(CPURISCVState *env, int csrno,
                                  target_ulong *val)
{
    *val = env->mcountinhibit;
    return RISCV_EXCP_NONE;
}

/* Freeze or resume cycle (0) and instret (2) when their bit changes. */
static void csr_counter_inhibit(CPURISCVState *env, int idx, bool inhibit)
{
    uint64_t *base = csr_counter_base(env, idx);

    if (inhibit) {
        *base += env->instret;
    } else {
        *base -= env->instret;
    }
}

/* TM (bit 1) does not exist; neither do absent hpm counters. */
RISCVException write_mcountinhibit(CPURISCVState *env, int csrno,
                                   target_ulong val)
{
    uint32_t mask = COUNTEREN_CY | COUNTEREN_IR | csr_hpm_avail(env);
    uint32_t new = val & mask;
    uint32_t changed = new ^ env->mcountinhibit;

    if (changed & COUNTEREN_CY) {
        csr_counter_inhibit(env, 0, new & COUNTEREN_CY);
    }
    if (changed & COUNTEREN_IR) {
        csr_counter_inhibit(env, 2, new & COUNTEREN_IR);
    }
    env->mcountinhibit = new;
    return RISCV_EXCP_NONE;
}

RISCVException read_stimecmp(CPURISCVState *env, int csrno,
                             target_ulong *val)
{
    *val = env->stimecmp;
    return RISCV_EXCP_NONE;
}

RISCVException write_stimecmp(CPURISCVState *env, int csrno,
                              target_ulong val)
{
    env->stimecmp = val;
    riscv_timer_write_timecmp(env, val);
    return RISCV_EXCP_NONE;
}
