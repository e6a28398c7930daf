/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tcg-accel-ops.c: the vCPU threads of the tcg accelerator (our
 * interpreter).  thread=multi runs one host thread per vCPU;
 * thread=single (and -icount) runs every vCPU in one thread, round robin.
 *
 * Under -icount, QEMU_CLOCK_VIRTUAL is the instruction count: each vCPU
 * slice gets a budget that ends at the next virtual timer deadline, the
 * vCPU thread runs the timers that fall due (with the BQL, so devices see
 * the same order every run), and an idle machine jumps to the next
 * deadline: at once with sleep=off, after waiting that long with sleep=on.
 * Guest time then depends only on the guest's instructions, so runs are
 * deterministic.
 */
#include "qemu/osdep.h"
#include "qemu/main-loop.h"
#include "qemu/timer.h"
#include "sysemu/accel-ops.h"
#include "sysemu/cpu-timers.h"
#include "sysemu/runstate.h"
#include "sysemu/tcg.h"
#include "tcg-accel-ops.h"

/* Round robin: instructions a vCPU runs before the next one's turn. */
#define RR_SLICE_INSNS      (1 << 16)
/* Round robin without icount: how often the running vCPU is kicked. */
#define RR_KICK_PERIOD_NS   (10 * SCALE_MS)

static GThread *rr_thread;
static CPUState *rr_current_cpu;        /* atomic */
static QEMUTimer *rr_kick_timer;

/* -icount state; the instruction counts change with the BQL held. */
static struct {
    int64_t executed;       /* instructions of finished slices */
    int64_t bias;           /* ns added by jumps over idle time */
    int64_t slice_start;    /* budget the running slice started with */
    CPUState *slice_cpu;    /* the vCPU running a slice, or NULL */
} icount;

static int64_t icount_in_flight(void)
{
    CPUState *cpu = qatomic_read(&icount.slice_cpu);

    return cpu ? icount.slice_start - qatomic_read(&cpu->icount_budget) : 0;
}

static int64_t icount_get_ns(void)
{
    return icount.bias +
           ((icount.executed + icount_in_flight()) << icount_get_shift());
}

/*
 * A new earliest virtual deadline: end the running slice at the vCPU's
 * next check, so the next budget ends at the new deadline.  The budget
 * itself is the vCPU's to charge: what ran is slice_start - budget.
 */
static void icount_notify(void)
{
    CPUState *cpu = qatomic_read(&icount.slice_cpu);

    if (cpu) {
        cpu_exit(cpu);
    }
}

/*
 * The budget up to the next virtual deadline (at least one instruction
 * once the due timers have run), capped at @cap.
 */
static int64_t icount_budget(int64_t cap)
{
    int64_t deadline;
    int shift = icount_get_shift();

    qemu_clock_run_timers(QEMU_CLOCK_VIRTUAL);
    deadline = qemu_clock_deadline_ns(QEMU_CLOCK_VIRTUAL);
    if (deadline < 0) {
        return cap;
    }
    return MAX(1, MIN(cap, (deadline + (1 << shift) - 1) >> shift));
}

/*
 * Run @cpu for one slice with the BQL dropped; returns cpu_exec's
 * EXCP_* code.  The caller holds the BQL.
 */
static int tcg_cpu_exec(CPUState *cpu, int64_t cap)
{
    CPUClass *cc = CPU_GET_CLASS(cpu);
    int ret;

    if (icount_enabled()) {
        icount.slice_start = icount_budget(cap);
        cpu->icount_budget = icount.slice_start;
        qatomic_set(&icount.slice_cpu, cpu);
    }
    qemu_mutex_unlock_iothread();
    ret = cc->cpu_exec(cpu);
    qemu_mutex_lock_iothread();
    if (icount_enabled()) {
        qatomic_set(&icount.slice_cpu, NULL);
        icount.executed += icount.slice_start - cpu->icount_budget;
        cpu->icount_budget = 0;
    }
    if (ret == EXCP_DEBUG) {
        qemu_system_debug_request();
    }
    return ret;
}

/* Wake a halted vCPU if an interrupt arrived; true if it may run. */
static bool tcg_cpu_ready(CPUState *cpu)
{
    if (!cpu_can_run(cpu)) {
        return false;
    }
    if (cpu->halted && cpu_has_work(cpu)) {
        cpu->halted = 0;
    }
    return !cpu->halted;
}

/* ---- thread=multi: a thread per vCPU ---- */

static gpointer mttcg_cpu_thread_fn(gpointer arg)
{
    CPUState *cpu = arg;

    current_cpu = cpu;
    cpu->thread_id = gettid();
    qemu_mutex_lock_iothread();
    cpu->thread_running = true;
    cpu_thread_signal_created(cpu);
    for (;;) {
        qatomic_set(&cpu->exit_request, 0);
        if (tcg_cpu_ready(cpu)) {
            tcg_cpu_exec(cpu, INT64_MAX);
        }
        qemu_wait_io_event(cpu);
    }
    return NULL;
}

static void mttcg_create_vcpu_thread(CPUState *cpu)
{
    char *name = g_strdup_printf("CPU %d/TCG", cpu->cpu_index);

    cpu->thread = g_thread_new(name, mttcg_cpu_thread_fn, cpu);
    g_free(name);
}

static void mttcg_kick_vcpu_thread(CPUState *cpu)
{
    cpu_exit(cpu);
}

static const AccelOps mttcg_ops = {
    .create_vcpu_thread = mttcg_create_vcpu_thread,
    .kick_vcpu_thread = mttcg_kick_vcpu_thread,
};

/* ---- thread=single: one thread, round robin ---- */

static bool rr_all_idle(void)
{
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        if (cpu->stop || qatomic_read(&cpu->exit_request)) {
            return false;
        }
        if (cpu_can_run(cpu) && (!cpu->halted || cpu_has_work(cpu))) {
            return false;
        }
    }
    return true;
}

/* A vCPU that may run but waits for an interrupt (wfi). */
static bool rr_any_halted_runnable(void)
{
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        if (cpu_can_run(cpu) && cpu->halted) {
            return true;
        }
    }
    return false;
}

/*
 * Every runnable vCPU waits for an interrupt and guest time only moves
 * with instructions: move it to the next virtual deadline.  The BQL is
 * dropped for a moment each time, so the main loop is never starved.
 */
static void rr_icount_warp(void)
{
    int64_t deadline = qemu_clock_deadline_ns(QEMU_CLOCK_VIRTUAL);

    if (deadline < 0) {
        qemu_cond_wait_iothread(&first_cpu->halt_cond);
        return;
    }
    if (icount_get_sleep()) {
        if (qemu_cond_timedwait_iothread(&first_cpu->halt_cond, deadline)) {
            return;             /* woken early: look again */
        }
    } else {
        qemu_mutex_unlock_iothread();
        qemu_mutex_lock_iothread();
    }
    if (!rr_all_idle() || !rr_any_halted_runnable()) {
        return;                 /* something changed meanwhile */
    }
    icount.bias += deadline;
    qemu_clock_run_timers(QEMU_CLOCK_VIRTUAL);
}

static void rr_wait_io_event(void)
{
    CPUState *cpu;

    while (rr_all_idle()) {
        if (icount_enabled() && runstate_is_running() &&
            rr_any_halted_runnable()) {
            rr_icount_warp();
        } else {
            qemu_cond_wait_iothread(&first_cpu->halt_cond);
        }
    }
    CPU_FOREACH(cpu) {
        if (cpu->stop) {
            qemu_cpu_stop(cpu);
        }
    }
}

static void rr_run_cpus(void)
{
    CPUState *cpu;
    int ret;

    CPU_FOREACH(cpu) {
        qatomic_set(&cpu->exit_request, 0);
        if (!tcg_cpu_ready(cpu)) {
            continue;
        }
        qatomic_set(&rr_current_cpu, cpu);
        ret = tcg_cpu_exec(cpu, RR_SLICE_INSNS);
        qatomic_set(&rr_current_cpu, NULL);
        if (ret == EXCP_DEBUG || cpu->stop) {
            break;
        }
    }
}

static gpointer rr_cpu_thread_fn(gpointer arg)
{
    CPUState *cpu = arg;

    cpu->thread_id = gettid();
    qemu_mutex_lock_iothread();
    cpu->thread_running = true;
    cpu_thread_signal_created(cpu);
    for (;;) {
        rr_run_cpus();
        rr_wait_io_event();
    }
    return NULL;
}

static void rr_kick_cb(void *opaque)
{
    CPUState *cpu = qatomic_read(&rr_current_cpu);

    if (cpu) {
        cpu_exit(cpu);
    }
    timer_mod_ns(rr_kick_timer,
                 qemu_clock_get_ns(QEMU_CLOCK_REALTIME) + RR_KICK_PERIOD_NS);
}

static void rr_create_vcpu_thread(CPUState *cpu)
{
    if (!rr_thread) {
        /* The first vCPU starts the thread all of them share. */
        rr_thread = g_thread_new("ALL CPUs/TCG", rr_cpu_thread_fn, cpu);
        cpu->thread = rr_thread;
        return;
    }
    cpu->thread = rr_thread;
    cpu->thread_id = first_cpu->thread_id;     /* the shared thread's */
    cpu->thread_running = true;
    cpu_thread_signal_created(cpu);
    if (!icount_enabled() && !rr_kick_timer) {
        /* Two or more vCPUs share the thread: take turns. */
        rr_kick_timer = timer_new_ns(QEMU_CLOCK_REALTIME, rr_kick_cb, NULL);
        rr_kick_cb(NULL);
    }
}

static void rr_kick_vcpu_thread(CPUState *cpu)
{
    CPUState *running = qatomic_read(&rr_current_cpu);

    g_cond_broadcast(&first_cpu->halt_cond);
    cpu_exit(cpu);
    if (running) {
        cpu_exit(running);
    }
}

static const AccelOps rr_ops = {
    .create_vcpu_thread = rr_create_vcpu_thread,
    .kick_vcpu_thread = rr_kick_vcpu_thread,
    .get_virtual_clock = icount_get_ns,
};

void tcg_accel_ops_init(bool multi_threaded)
{
    if (icount_enabled()) {
        qemu_clock_set_virtual_source(icount_get_ns, icount_notify);
    }
    cpus_register_accel(multi_threaded ? &mttcg_ops : &rr_ops);
}
