/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the vCPU threads (system/cpus.c, accel/tcg/
 * tcg-accel-ops.c) with a fake CPU whose cpu_exec only counts: threads
 * start with realize, run while the VM runs, stop for vm_stop, sleep
 * while halted and wake on an interrupt; round robin shares one thread;
 * under -icount the virtual clock is the instruction count and virtual
 * timers fire at their exact deadline.  Each mode runs in a subprocess:
 * the thread model is per process.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/main-loop.h"
#include "qemu/timer.h"
#include "sysemu/accel-ops.h"
#include "sysemu/cpu-timers.h"
#include "sysemu/runstate.h"
#include "../../accel/tcg/tcg-accel-ops.h"

#define TYPE_FAKE_CPU "fake-cpu"

typedef struct FakeCPU {
    CPUState parent_obj;
    int64_t runs;           /* cpu_exec calls (atomic) */
    int64_t insns;          /* instructions "executed" (atomic) */
    bool halt_next;         /* the next cpu_exec executes wfi */
} FakeCPU;

#define FAKE_CPU(obj) ((FakeCPU *)(obj))

static int fake_cpu_exec(CPUState *cs)
{
    FakeCPU *fc = FAKE_CPU(cs);

    qatomic_add(&fc->runs, 1);
    if (qatomic_read(&fc->halt_next)) {
        qatomic_set(&fc->halt_next, false);
        cs->halted = 1;
        return EXCP_HLT;
    }
    if (icount_enabled()) {
        /* run the whole budget, as an interpreter does */
        qatomic_add(&fc->insns, cs->icount_budget);
        cs->icount_budget = 0;
        return EXCP_INTERRUPT;
    }
    g_usleep(100);
    return EXCP_INTERRUPT;
}

static bool fake_has_work(CPUState *cs)
{
    return qatomic_read(&cs->interrupt_request) & CPU_INTERRUPT_HARD;
}

static void fake_cpu_class_init(ObjectClass *oc, void *data)
{
    CPUClass *cc = CPU_CLASS(oc);

    cc->cpu_exec = fake_cpu_exec;
    cc->has_work = fake_has_work;
}

static const TypeInfo fake_cpu_info = {
    .name = TYPE_FAKE_CPU,
    .parent = TYPE_CPU,
    .instance_size = sizeof(FakeCPU),
    .class_size = sizeof(CPUClass),
    .class_init = fake_cpu_class_init,
};

static void setup(void)
{
    module_call_init(MODULE_INIT_QOM);
    type_register_static(&fake_cpu_info);
    runstate_init();
    qemu_init_main_loop(&error_abort);
    qemu_mutex_lock_iothread();
}

static FakeCPU *new_cpu(void)
{
    CPUState *cs = cpu_create(TYPE_FAKE_CPU);

    g_assert_true(cs->created);
    return FAKE_CPU(cs);
}

/* Wait, with the BQL dropped, until *@counter exceeds @than (5 s max). */
static void wait_above(int64_t *counter, int64_t than)
{
    int i;

    for (i = 0; i < 5000 && qatomic_read(counter) <= than; i++) {
        qemu_mutex_unlock_iothread();
        g_usleep(1000);
        qemu_mutex_lock_iothread();
    }
    g_assert_cmpint(qatomic_read(counter), >, than);
}

static void sleep_unlocked(int ms)
{
    qemu_mutex_unlock_iothread();
    g_usleep(ms * 1000);
    qemu_mutex_lock_iothread();
}

static void check_run_stop_halt(FakeCPU *fc)
{
    CPUState *cs = CPU(fc);
    int64_t runs;

    /* Created stopped: nothing runs before the VM starts. */
    sleep_unlocked(20);
    g_assert_cmpint(qatomic_read(&fc->runs), ==, 0);
    vm_start();
    wait_above(&fc->runs, 0);

    vm_stop(RUN_STATE_PAUSED);
    g_assert_true(cs->stopped);
    runs = qatomic_read(&fc->runs);
    sleep_unlocked(20);
    g_assert_cmpint(qatomic_read(&fc->runs), ==, runs);

    /* wfi: the thread sleeps until an interrupt arrives */
    qatomic_set(&fc->halt_next, true);
    vm_start();
    wait_above(&fc->runs, runs);
    sleep_unlocked(20);
    g_assert_true(cs->halted);
    runs = qatomic_read(&fc->runs);
    sleep_unlocked(20);
    g_assert_cmpint(qatomic_read(&fc->runs), ==, runs);
    cpu_interrupt(cs, CPU_INTERRUPT_HARD);
    wait_above(&fc->runs, runs);
    g_assert_false(cs->halted);
    vm_stop(RUN_STATE_PAUSED);
}

static void test_mttcg(void)
{
    if (!g_test_subprocess()) {
        g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
        g_test_trap_assert_passed();
        return;
    }
    setup();
    tcg_accel_ops_init(true);
    check_run_stop_halt(new_cpu());
}

static void test_rr_two_cpus(void)
{
    FakeCPU *a, *b;

    if (!g_test_subprocess()) {
        g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
        g_test_trap_assert_passed();
        return;
    }
    setup();
    tcg_accel_ops_init(false);
    a = new_cpu();
    b = new_cpu();
    g_assert_true(CPU(a)->thread == CPU(b)->thread);
    g_assert_cmpint(CPU(b)->cpu_index, ==, 1);
    g_assert_true(qemu_get_cpu(1) == CPU(b));
    vm_start();
    /* both take turns in the one thread */
    wait_above(&a->runs, 2);
    wait_above(&b->runs, 2);
    vm_stop(RUN_STATE_PAUSED);
    g_assert_true(CPU(a)->stopped && CPU(b)->stopped);
}

static int64_t fired_at = -1;

static void record_cb(void *opaque)
{
    fired_at = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
}

/* A timer that re-arms itself and never wakes the vCPU. */
static QEMUTimer *periodic;
static int periodic_runs;

static void periodic_cb(void *opaque)
{
    periodic_runs++;
    timer_mod_ns(periodic, qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) + 1000);
}

static QemuOptsList icount_opts = {
    .name = "icount",
    .implied_opt_name = "shift",
    .merge_lists = true,
    .desc = {
        { .name = "shift", .type = QEMU_OPT_STRING },
        { .name = "align", .type = QEMU_OPT_BOOL },
        { .name = "sleep", .type = QEMU_OPT_BOOL },
        { }
    },
};

static void test_icount_deadline(void)
{
    QEMUTimer *t;
    FakeCPU *fc;

    if (!g_test_subprocess()) {
        g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
        g_test_trap_assert_passed();
        return;
    }
    g_assert_true(icount_configure(qemu_opts_parse(&icount_opts,
                                                   "shift=2,sleep=off",
                                                   true, &error_abort),
                                   &error_abort));
    setup();
    tcg_accel_ops_init(false);
    fc = new_cpu();
    t = timer_new_ns(QEMU_CLOCK_VIRTUAL, record_cb, NULL);
    vm_start();
    g_assert_cmpint(qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL), <, 1000);
    timer_mod_ns(t, 1000);
    while (fired_at < 0) {
        sleep_unlocked(1);
    }
    /* 4 ns an instruction: the slice ended exactly at the deadline */
    g_assert_cmpint(fired_at, ==, 1000);
    vm_stop(RUN_STATE_PAUSED);
    g_assert_cmpint(qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL), ==,
                    qatomic_read(&fc->insns) * 4);

    /* all halted, sleep=off: guest time jumps to the next deadline */
    qatomic_set(&fc->halt_next, true);
    fired_at = -1;
    timer_mod_ns(t, qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) + 5 * 1000 * 1000);
    vm_start();
    while (fired_at < 0) {
        sleep_unlocked(1);
    }
    g_assert_true(CPU(fc)->halted);
    g_assert_cmpint(fired_at % 4, ==, 0);
    vm_stop(RUN_STATE_PAUSED);
    timer_free(t);

    /*
     * Halted for good while a timer keeps re-arming: guest time races
     * ahead, yet the main loop still gets the BQL and can stop the VM.
     */
    periodic = timer_new_ns(QEMU_CLOCK_VIRTUAL, periodic_cb, NULL);
    periodic_cb(NULL);
    vm_start();
    while (periodic_runs < 100) {
        sleep_unlocked(1);
    }
    vm_stop(RUN_STATE_PAUSED);
    g_assert_true(CPU(fc)->stopped);
    timer_free(periodic);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/tcg-ops/mttcg/run-stop-halt", test_mttcg);
    g_test_add_func("/tcg-ops/rr/two-cpus", test_rr_two_cpus);
    g_test_add_func("/tcg-ops/icount/deadline", test_icount_deadline);
    return g_test_run();
}
