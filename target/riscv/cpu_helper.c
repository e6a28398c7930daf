/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cpu_helper.c: traps and interrupts of the RISC-V hart (privileged spec
 * 1.12, chapters 3 and 4): trap entry with delegation and vectoring,
 * interrupt priority, the mip line from devices, mret/sret/wfi/
 * sfence.vma, and the Sstc supervisor timer.  The page walk is in mmu.c.
 *
 * Interrupt signalling: whenever an interrupt is pending and enabled in
 * mie, CPU_INTERRUPT_HARD is raised on the hart; the hart itself lowers
 * it in riscv_cpu_exec_interrupt once nothing is left, so that a device
 * setting mip from another thread can never be lost.
 */
#include "qemu/osdep.h"
#include "qemu/log.h"
#include "qemu/timer.h"
#include "target/riscv/cpu.h"
#include "target/riscv/cpu_bits.h"

/* Fixed encodings, for the tval of an illegal-instruction trap. */
#define INSN_MRET       0x30200073
#define INSN_SRET       0x10200073
#define INSN_WFI        0x10500073
#define INSN_SFENCE_VMA 0x12000073

static const char * const riscv_excp_names[] = {
    "misaligned_fetch", "fault_fetch", "illegal_instruction", "breakpoint",
    "misaligned_load", "fault_load", "misaligned_store", "fault_store",
    "user_ecall", "supervisor_ecall", "hypervisor_ecall", "machine_ecall",
    "exec_page_fault", "load_page_fault", "reserved", "store_page_fault",
    "reserved", "reserved", "reserved", "reserved",
    "guest_exec_page_fault", "guest_load_page_fault", "reserved",
    "guest_store_page_fault",
};

static const char * const riscv_intr_names[] = {
    "u_software", "s_software", "vs_software", "m_software",
    "u_timer", "s_timer", "vs_timer", "m_timer",
    "u_external", "s_external", "vs_external", "m_external",
    "reserved", "reserved", "reserved", "reserved",
};

static const char *riscv_trap_name(target_ulong cause, bool async)
{
    if (async) {
        return cause < ARRAY_SIZE(riscv_intr_names) ?
               riscv_intr_names[cause] : "(unknown)";
    }
    return cause < ARRAY_SIZE(riscv_excp_names) ?
           riscv_excp_names[cause] : "(unknown)";
}

static RISCVCPU *riscv_cpu_of(CPUState *cs)
{
    return container_of(cs, RISCVCPU, parent_obj);
}

int riscv_cpu_mmu_index(CPURISCVState *env, bool ifetch)
{
    target_ulong mode = env->priv;

    if (!ifetch) {
        if (mode == PRV_M && (env->mstatus & MSTATUS_MPRV)) {
            mode = (env->mstatus & MSTATUS_MPP) >> 11;
        }
        if (mode == PRV_S && (env->mstatus & MSTATUS_SUM)) {
            return 2;
        }
    }
    return mode;
}

void riscv_cpu_set_mode(CPURISCVState *env, target_ulong newpriv)
{
    /*
     * The TLB is indexed by mode, so nothing to flush; a reservation
     * must not carry over into another context.
     */
    env->priv = newpriv;
    env->load_res = -1;
}

/* ---- trap entry ---- */

static target_ulong riscv_trap_tval(CPURISCVState *env, target_ulong cause,
                                    bool async)
{
    if (async) {
        return 0;
    }
    switch (cause) {
    case RISCV_EXCP_U_ECALL:
    case RISCV_EXCP_S_ECALL:
    case RISCV_EXCP_M_ECALL:
        return 0;
    default:
        return env->badaddr;
    }
}

/* (x)tvec's base, plus 4 * cause for interrupts in vectored mode. */
static target_ulong riscv_trap_vector(target_ulong tvec, target_ulong cause,
                                      bool async)
{
    target_ulong base = tvec & ~(target_ulong)3;

    return async && (tvec & 3) == 1 ? base + cause * 4 : base;
}

static void riscv_trap_to_s(CPURISCVState *env, target_ulong cause,
                            bool async, target_ulong tval)
{
    uint64_t s = env->mstatus;

    s = (s & ~MSTATUS_SPIE) | ((s & MSTATUS_SIE) ? MSTATUS_SPIE : 0);
    s = (s & ~MSTATUS_SPP) | (env->priv == PRV_S ? MSTATUS_SPP : 0);
    s &= ~MSTATUS_SIE;
    env->mstatus = s;
    env->scause = cause | ((target_ulong)async << 63);
    env->sepc = env->pc;
    env->stval = tval;
    env->pc = riscv_trap_vector(env->stvec, cause, async);
    riscv_cpu_set_mode(env, PRV_S);
}

static void riscv_trap_to_m(CPURISCVState *env, target_ulong cause,
                            bool async, target_ulong tval)
{
    uint64_t s = env->mstatus;

    s = (s & ~MSTATUS_MPIE) | ((s & MSTATUS_MIE) ? MSTATUS_MPIE : 0);
    s = (s & ~MSTATUS_MPP) | ((uint64_t)env->priv << 11);
    s &= ~MSTATUS_MIE;
    env->mstatus = s;
    env->mcause = cause | ((target_ulong)async << 63);
    env->mepc = env->pc;
    env->mtval = tval;
    env->pc = riscv_trap_vector(env->mtvec, cause, async);
    riscv_cpu_set_mode(env, PRV_M);
}

void riscv_cpu_do_interrupt(CPUState *cs)
{
    CPURISCVState *env = &riscv_cpu_of(cs)->env;
    uint32_t index = cs->exception_index;
    bool async = index & RISCV_EXCP_INT_FLAG;
    target_ulong cause = index & RISCV_EXCP_INT_MASK;
    uint64_t deleg = async ? env->mideleg : env->medeleg;
    target_ulong tval;

    if (!async && (cause == RISCV_EXCP_U_ECALL ||
                   cause == RISCV_EXCP_S_ECALL ||
                   cause == RISCV_EXCP_M_ECALL)) {
        cause = RISCV_EXCP_U_ECALL + env->priv;     /* the caller's mode */
    }
    tval = riscv_trap_tval(env, cause, async);
    qemu_log_mask(CPU_LOG_INT, "%s: hart:%" PRId64 ", async:%d, cause:"
                  TARGET_FMT_lx ", epc:0x" TARGET_FMT_lx ", tval:0x"
                  TARGET_FMT_lx ", desc=%s\n", __func__,
                  (int64_t)env->mhartid, async, cause, env->pc, tval,
                  riscv_trap_name(cause, async));
    if (env->priv <= PRV_S && cause < 64 && ((deleg >> cause) & 1)) {
        riscv_trap_to_s(env, cause, async, tval);
    } else {
        riscv_trap_to_m(env, cause, async, tval);
    }
    cs->exception_index = -1;
}

/* ---- interrupts ---- */

/* Highest priority first: MEI, MSI, MTI, SEI, SSI, STI (spec 3.1.9). */
static const int riscv_irq_order[] = {
    IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER, IRQ_S_EXT, IRQ_S_SOFT, IRQ_S_TIMER,
};

static int riscv_irq_highest(uint64_t irqs)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(riscv_irq_order); i++) {
        if (irqs & (1ULL << riscv_irq_order[i])) {
            return riscv_irq_order[i];
        }
    }
    return __builtin_ctzll(irqs);
}

int riscv_cpu_local_irq_pending(CPURISCVState *env)
{
    uint64_t pending = __atomic_load_n(&env->mip, __ATOMIC_ACQUIRE) &
                       env->mie;
    bool m_on = env->priv < PRV_M || (env->mstatus & MSTATUS_MIE);
    bool s_on = env->priv < PRV_S ||
                (env->priv == PRV_S && (env->mstatus & MSTATUS_SIE));
    uint64_t irqs = m_on ? pending & ~env->mideleg : 0;

    if (!irqs && s_on) {
        irqs = pending & env->mideleg;
    }
    return irqs ? riscv_irq_highest(irqs) : -1;
}

bool riscv_cpu_exec_interrupt(CPUState *cs, int interrupt_request)
{
    CPURISCVState *env = &riscv_cpu_of(cs)->env;
    int irq;

    if (!(interrupt_request & CPU_INTERRUPT_HARD)) {
        return false;
    }
    irq = riscv_cpu_local_irq_pending(env);
    if (irq >= 0) {
        cs->exception_index = RISCV_EXCP_INT_FLAG | irq;
        riscv_cpu_do_interrupt(cs);
        return true;
    }
    if (!riscv_cpu_has_work(cs)) {
        /* Lower the line, then look again: a device may just have set. */
        cpu_reset_interrupt(cs, CPU_INTERRUPT_HARD);
        if (riscv_cpu_has_work(cs)) {
            cpu_interrupt(cs, CPU_INTERRUPT_HARD);
        }
    }
    return false;
}

/* WFI wakes on any interrupt pending in mip and enabled in mie. */
bool riscv_cpu_has_work(CPUState *cs)
{
    CPURISCVState *env = &riscv_cpu_of(cs)->env;

    return (__atomic_load_n(&env->mip, __ATOMIC_ACQUIRE) & env->mie) != 0;
}

uint64_t riscv_cpu_update_mip(CPURISCVState *env, uint64_t mask,
                              uint64_t value)
{
    uint64_t old = __atomic_load_n(&env->mip, __ATOMIC_RELAXED);
    uint64_t new;

    do {
        new = (old & ~mask) | (value & mask);
    } while (!__atomic_compare_exchange_n(&env->mip, &old, new, false,
                                          __ATOMIC_SEQ_CST,
                                          __ATOMIC_SEQ_CST));
    if (new & env->mie) {
        cpu_interrupt(env_cpu(env), CPU_INTERRUPT_HARD);
    }
    return old;
}

/* ---- privileged instructions ---- */

target_ulong helper_mret(CPURISCVState *env)
{
    uint64_t s = env->mstatus;
    target_ulong prev = (s & MSTATUS_MPP) >> 11;
    target_ulong retpc = env->mepc;

    if (env->priv != PRV_M) {
        riscv_raise_exception(env, RISCV_EXCP_ILLEGAL_INST, INSN_MRET);
    }
    if (!riscv_has_ext(env, RVC) && (retpc & 3)) {
        riscv_raise_exception(env, RISCV_EXCP_INST_ADDR_MIS, retpc);
    }
    /* With PMP but no active entry, S and U could not run at all. */
    if (riscv_cpu_cfg(env)->pmp && pmp_get_num_rules(env) == 0 &&
        prev != PRV_M) {
        riscv_raise_exception(env, RISCV_EXCP_ILLEGAL_INST, INSN_MRET);
    }
    s = (s & ~MSTATUS_MIE) | ((s & MSTATUS_MPIE) ? MSTATUS_MIE : 0);
    s |= MSTATUS_MPIE;
    s = (s & ~MSTATUS_MPP) |
        ((uint64_t)(riscv_has_ext(env, RVU) ? PRV_U : PRV_M) << 11);
    if (prev != PRV_M) {
        s &= ~MSTATUS_MPRV;
    }
    env->mstatus = s;
    riscv_cpu_set_mode(env, prev);
    return retpc;
}

target_ulong helper_sret(CPURISCVState *env)
{
    uint64_t s = env->mstatus;
    target_ulong prev = (s & MSTATUS_SPP) ? PRV_S : PRV_U;
    target_ulong retpc = env->sepc;

    if (!riscv_has_ext(env, RVS) || env->priv < PRV_S ||
        (env->priv == PRV_S && (s & MSTATUS_TSR))) {
        riscv_raise_exception(env, RISCV_EXCP_ILLEGAL_INST, INSN_SRET);
    }
    if (!riscv_has_ext(env, RVC) && (retpc & 3)) {
        riscv_raise_exception(env, RISCV_EXCP_INST_ADDR_MIS, retpc);
    }
    s = (s & ~MSTATUS_SIE) | ((s & MSTATUS_SPIE) ? MSTATUS_SIE : 0);
    s |= MSTATUS_SPIE;
    s &= ~MSTATUS_SPP;
    if (env->priv_ver >= PRIV_VERSION_1_12_0) {
        s &= ~MSTATUS_MPRV;
    }
    env->mstatus = s;
    riscv_cpu_set_mode(env, prev);
    return retpc;
}

void helper_wfi(CPURISCVState *env)
{
    CPUState *cs = env_cpu(env);
    bool rvs = riscv_has_ext(env, RVS);
    bool tw = env->mstatus & MSTATUS_TW;

    if ((env->priv == PRV_U && (rvs || tw)) ||
        (env->priv == PRV_S && tw)) {
        riscv_raise_exception(env, RISCV_EXCP_ILLEGAL_INST, INSN_WFI);
    }
    if (riscv_cpu_has_work(cs)) {
        return;         /* an interrupt would wake the hart at once */
    }
    cs->halted = 1;
    cs->exception_index = EXCP_HLT;
    cpu_loop_exit(cs);
}

void helper_sfence_vma(CPURISCVState *env)
{
    if (env->priv == PRV_U ||
        (env->priv == PRV_S && (env->mstatus & MSTATUS_TVM))) {
        riscv_raise_exception(env, RISCV_EXCP_ILLEGAL_INST, INSN_SFENCE_VMA);
    }
    riscv_tlb_flush(env);
}

/* ---- Sstc ---- */

/* Time is up, unless the machine's time source disagrees: look again. */
static void riscv_stimer_cb(void *opaque)
{
    CPURISCVState *env = opaque;

    riscv_timer_write_timecmp(env, env->stimecmp);
}

/*
 * STIP is pending while time >= stimecmp: set it now if the compare
 * value is already reached, else clear it and arm the timer for the
 * moment time gets there (ticks at RISCV_TIMEBASE_FREQ).
 */
void riscv_timer_write_timecmp(CPURISCVState *env, uint64_t value)
{
    const uint64_t ns_per_tick = NANOSECONDS_PER_SECOND /
                                 RISCV_TIMEBASE_FREQ;
    uint64_t now, ticks;
    int64_t deadline;

    if (!env->rdtime_fn) {
        return;
    }
    if (!env->stimer) {
        env->stimer = timer_new_ns(QEMU_CLOCK_VIRTUAL, riscv_stimer_cb, env);
    }
    now = env->rdtime_fn(env->rdtime_fn_arg);
    if (value <= now) {
        timer_del(env->stimer);
        riscv_cpu_update_mip(env, MIP_STIP, MIP_STIP);
        return;
    }
    riscv_cpu_update_mip(env, MIP_STIP, 0);
    ticks = value - now;
    deadline = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    if (ticks >= (uint64_t)(INT64_MAX - deadline) / ns_per_tick) {
        deadline = INT64_MAX;       /* never, in practice */
    } else {
        deadline += ticks * ns_per_tick;
    }
    timer_mod(env->stimer, deadline);
}
