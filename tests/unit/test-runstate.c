/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-runstate.c: the run state machine, vm_start/vm_stop, requests and
 * how main_loop_should_exit acts on them under -action, the exit status,
 * notifiers, events and the termination signals (system/runstate.c).
 */
#include "qemu/osdep.h"
#include <signal.h>
#include "qapi/error.h"
#include "qemu/main-loop.h"
#include "qemu/timer.h"
#include "qobject/qdict.h"
#include "sysemu/reset.h"
#include "sysemu/runstate.h"

static GString *events;         /* "NAME guest/reason;" per event */
static GString *changes;        /* "+state" / "-state" per notify */

static void record_event(const char *event, QDict *data)
{
    g_string_append(events, event);
    if (data) {
        g_string_append_printf(events, " %s/%s",
                               qdict_get_bool(data, "guest") ? "guest"
                                                             : "host",
                               qdict_get_str(data, "reason"));
    }
    g_string_append_c(events, ';');
}

static void record_change(void *opaque, bool running, RunState state)
{
    g_string_append_printf(changes, "%s%s%s;", (char *)opaque,
                           running ? "+" : "-", RunState_str(state));
}

/* Back to prelaunch, default actions, nothing recorded. */
static void reset(void)
{
    int status = 0;

    if (runstate_is_running()) {
        vm_stop(RUN_STATE_PAUSED);
    }
    runstate_set(RUN_STATE_PRELAUNCH);
    runstate_actions = (RunstateActions) {
        .reboot = REBOOT_ACTION_RESET,
        .shutdown = SHUTDOWN_ACTION_POWEROFF,
        .panic = PANIC_ACTION_SHUTDOWN,
        .watchdog = WATCHDOG_ACTION_RESET,
    };
    qemu_shutdown_requested_get();
    qemu_reset_requested_get();
    main_loop_should_exit(&status);     /* drops other requests */
    g_string_truncate(events, 0);
    g_string_truncate(changes, 0);
}

static void test_names(void)
{
    g_assert_cmpstr(RunState_str(RUN_STATE_PRELAUNCH), ==, "prelaunch");
    g_assert_cmpstr(RunState_str(RUN_STATE_GUEST_PANICKED), ==,
                    "guest-panicked");
    g_assert_cmpstr(RunState_str(RUN_STATE_FINISH_MIGRATE), ==,
                    "finish-migrate");
    g_assert_cmpstr(ShutdownCause_str(SHUTDOWN_CAUSE_HOST_SIGNAL), ==,
                    "host-signal");
    g_assert_cmpstr(ShutdownCause_str(SHUTDOWN_CAUSE_HOST_QMP_SYSTEM_RESET),
                    ==, "host-qmp-system-reset");
    g_assert_false(shutdown_caused_by_guest(SHUTDOWN_CAUSE_HOST_QMP_QUIT));
    g_assert_true(shutdown_caused_by_guest(SHUTDOWN_CAUSE_GUEST_PANIC));
    g_assert_false(shutdown_caused_by_guest(SHUTDOWN_CAUSE_SUBSYSTEM_RESET));
    g_assert_true(shutdown_caused_by_guest(SHUTDOWN_CAUSE_SNAPSHOT_LOAD));
}

static void test_transitions(void)
{
    reset();
    g_assert_true(runstate_check(RUN_STATE_PRELAUNCH));
    g_assert_cmpint(runstate_get(), ==, RUN_STATE_PRELAUNCH);
    g_assert_true(runstate_is_valid_transition(RUN_STATE_PRELAUNCH,
                                               RUN_STATE_RUNNING));
    g_assert_true(runstate_is_valid_transition(RUN_STATE_PRELAUNCH,
                                               RUN_STATE_INMIGRATE));
    g_assert_false(runstate_is_valid_transition(RUN_STATE_PRELAUNCH,
                                                RUN_STATE_PAUSED));
    g_assert_true(runstate_is_valid_transition(RUN_STATE_RUNNING,
                                               RUN_STATE_SUSPENDED));
    g_assert_false(runstate_is_valid_transition(RUN_STATE_SAVE_VM,
                                                RUN_STATE_PAUSED));
    g_assert_true(runstate_is_valid_transition(RUN_STATE_SHUTDOWN,
                                               RUN_STATE_PRELAUNCH));
    runstate_set(RUN_STATE_PRELAUNCH);  /* same state: nothing */
    runstate_set(RUN_STATE_RUNNING);
    g_assert_true(runstate_is_running());
    runstate_set(RUN_STATE_SHUTDOWN);
    g_assert_true(runstate_needs_reset());
    runstate_set(RUN_STATE_PRELAUNCH);
    g_assert_false(runstate_needs_reset());
}

static void test_invalid_transition(void)
{
    if (g_test_subprocess()) {
        runstate_set(RUN_STATE_PAUSED);     /* from prelaunch */
        return;
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*invalid runstate transition: 'prelaunch' "
                              "-> 'paused'\n");
}

static void test_vm_start_stop(void)
{
    VMChangeStateEntry *a;
    VMChangeStateEntry *b;
    int64_t frozen;

    reset();
    a = qemu_add_vm_change_state_handler(record_change, "a");
    b = qemu_add_vm_change_state_handler(record_change, "b");
    frozen = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    g_usleep(1000);
    g_assert_cmpint(qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL), ==, frozen);

    vm_start();
    g_assert_true(runstate_is_running());
    g_assert_true(qemu_clock_is_enabled(QEMU_CLOCK_VIRTUAL));
    g_usleep(1000);
    g_assert_cmpint(qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL), >, frozen);
    g_assert_cmpint(vm_prepare_start(false), ==, -1);   /* running */

    g_assert_cmpint(vm_stop(RUN_STATE_PAUSED), ==, 0);
    g_assert_true(runstate_check(RUN_STATE_PAUSED));
    g_assert_false(qemu_clock_is_enabled(QEMU_CLOCK_VIRTUAL));
    frozen = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    g_usleep(1000);
    g_assert_cmpint(qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL), ==, frozen);
    vm_stop(RUN_STATE_DEBUG);   /* not running: nothing */
    g_assert_true(runstate_check(RUN_STATE_PAUSED));

    g_assert_cmpstr(events->str, ==, "RESUME;STOP;RESUME;STOP;");
    g_assert_cmpstr(changes->str, ==, "a+running;b+running;b-paused;"
                    "a-paused;");
    qemu_del_vm_change_state_handler(a);
    qemu_del_vm_change_state_handler(b);
    vm_stop_force_state(RUN_STATE_PRELAUNCH);
    vm_start();
    vm_stop_force_state(RUN_STATE_FINISH_MIGRATE);
    g_assert_true(runstate_check(RUN_STATE_FINISH_MIGRATE));
    g_assert_cmpstr(changes->str, ==, "a+running;b+running;b-paused;"
                    "a-paused;");
    runstate_set(RUN_STATE_RUNNING);
    vm_shutdown();              /* no STOP event */
    g_assert_true(runstate_check(RUN_STATE_SHUTDOWN));
    g_assert_cmpstr(events->str, ==, "RESUME;STOP;RESUME;STOP;RESUME;STOP;");
}

static ShutdownCause notified_cause;
static int powerdowns;

static void shutdown_notify(Notifier *n, void *data)
{
    notified_cause = *(ShutdownCause *)data;
}

static void powerdown_notify(Notifier *n, void *data)
{
    g_assert_null(data);
    powerdowns++;
}

static Notifier shutdown_notifier = { .notify = shutdown_notify };
static Notifier powerdown_notifier = { .notify = powerdown_notify };

static void test_shutdown_exits(void)
{
    int status = 42;

    reset();
    vm_start();
    g_assert_false(main_loop_should_exit(&status));
    qemu_system_shutdown_request(SHUTDOWN_CAUSE_GUEST_SHUTDOWN);
    g_assert_true(main_loop_should_exit(&status));
    g_assert_cmpint(status, ==, 42);    /* left as it was: success */
    g_assert_cmpint(notified_cause, ==, SHUTDOWN_CAUSE_GUEST_SHUTDOWN);
    g_assert_cmpstr(events->str, ==, "RESUME;SHUTDOWN guest/guest-shutdown;");
    g_assert_false(main_loop_should_exit(&status));     /* consumed */
}

static void test_shutdown_with_code(void)
{
    int status = 0;

    if (g_test_subprocess()) {
        qemu_system_shutdown_request_with_code(SHUTDOWN_CAUSE_GUEST_SHUTDOWN,
                                               3);
        g_assert_true(main_loop_should_exit(&status));
        exit(status);
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_failed();        /* status 3 */
}

static void test_shutdown_pause(void)
{
    int status = 0;

    reset();
    runstate_actions.shutdown = SHUTDOWN_ACTION_PAUSE;  /* -no-shutdown */
    vm_start();
    qemu_system_shutdown_request(SHUTDOWN_CAUSE_HOST_QMP_QUIT);
    g_assert_false(main_loop_should_exit(&status));
    g_assert_true(runstate_check(RUN_STATE_SHUTDOWN));
    g_assert_cmpstr(events->str, ==,
                    "RESUME;SHUTDOWN host/host-qmp-quit;STOP;");
    /* A signal stops the process all the same. */
    qemu_system_killed(SIGTERM, 0);
    g_assert_true(main_loop_should_exit(&status));
    g_assert_cmpint(runstate_actions.shutdown, ==, SHUTDOWN_ACTION_POWEROFF);
}

static void test_panic_actions(void)
{
    int status = 0;

    reset();
    vm_start();
    runstate_actions.panic = PANIC_ACTION_NONE;
    qemu_system_guest_panicked();
    g_assert_false(main_loop_should_exit(&status));
    g_assert_true(runstate_is_running());
    runstate_actions.panic = PANIC_ACTION_PAUSE;
    qemu_system_guest_panicked();
    g_assert_true(runstate_check(RUN_STATE_GUEST_PANICKED));
    runstate_set(RUN_STATE_RUNNING);
    runstate_actions.panic = PANIC_ACTION_SHUTDOWN;
    qemu_system_guest_panicked();
    g_assert_true(main_loop_should_exit(&status));
    g_assert_cmpint(status, ==, 0);
    runstate_actions.panic = PANIC_ACTION_EXIT_FAILURE;
    qemu_system_guest_panicked();
    g_assert_true(main_loop_should_exit(&status));
    g_assert_cmpint(status, ==, 1);
}

static void test_reset(void)
{
    int status = 0;

    reset();
    vm_start();
    qemu_system_reset_request(SHUTDOWN_CAUSE_GUEST_RESET);
    g_assert_false(main_loop_should_exit(&status));
    g_assert_true(runstate_is_running());
    vm_stop(RUN_STATE_SHUTDOWN);
    qemu_system_reset_request(SHUTDOWN_CAUSE_HOST_QMP_SYSTEM_RESET);
    g_assert_false(main_loop_should_exit(&status));
    g_assert_true(runstate_check(RUN_STATE_PRELAUNCH));
    /* A subsystem reset has no RESET event. */
    qemu_system_reset_request(SHUTDOWN_CAUSE_SUBSYSTEM_RESET);
    g_assert_false(main_loop_should_exit(&status));
    g_assert_cmpstr(events->str, ==, "RESUME;RESET guest/guest-reset;STOP;"
                    "RESET host/host-qmp-system-reset;");
}

static void note_devices_reset(void *opaque)
{
    g_string_append(events, "devices-reset;");
}

/* The reset handlers run before the RESET event is sent. */
static void test_reset_handlers(void)
{
    int status = 0;

    reset();
    qemu_register_reset(note_devices_reset, NULL);
    qemu_system_reset_request(SHUTDOWN_CAUSE_HOST_QMP_SYSTEM_RESET);
    g_assert_false(main_loop_should_exit(&status));
    qemu_system_reset(SHUTDOWN_CAUSE_NONE);
    qemu_unregister_reset(note_devices_reset, NULL);
    g_assert_cmpstr(events->str, ==, "devices-reset;"
                    "RESET host/host-qmp-system-reset;devices-reset;");
}

static void test_no_reboot(void)
{
    int status = 0;

    reset();
    runstate_actions.reboot = REBOOT_ACTION_SHUTDOWN;   /* -no-reboot */
    qemu_system_reset_request(SHUTDOWN_CAUSE_SUBSYSTEM_RESET);
    g_assert_false(main_loop_should_exit(&status));
    qemu_system_reset_request(SHUTDOWN_CAUSE_GUEST_RESET);
    g_assert_true(main_loop_should_exit(&status));
    g_assert_cmpint(status, ==, 0);
    g_assert_cmpstr(events->str, ==, "SHUTDOWN guest/guest-reset;");
}

static void test_powerdown_debug_vmstop(void)
{
    int status = 0;

    reset();
    powerdowns = 0;
    qemu_system_powerdown_request();
    g_assert_false(main_loop_should_exit(&status));
    g_assert_cmpint(powerdowns, ==, 1);
    vm_start();
    qemu_system_debug_request();
    g_assert_false(main_loop_should_exit(&status));
    g_assert_true(runstate_check(RUN_STATE_DEBUG));
    runstate_set(RUN_STATE_RUNNING);
    qemu_system_vmstop_request(RUN_STATE_PAUSED);
    g_assert_false(main_loop_should_exit(&status));
    g_assert_true(runstate_check(RUN_STATE_PAUSED));
    g_assert_cmpstr(events->str, ==, "POWERDOWN;RESUME;STOP;STOP;");
}

static void test_kill_report(void)
{
    int status = 0;

    if (g_test_subprocess()) {
        qemu_system_killed(SIGHUP, 0);
        g_assert_true(main_loop_should_exit(&status));
        qemu_system_killed(SIGINT, 0x7ffffffe);     /* no such process */
        g_assert_true(main_loop_should_exit(&status));
        qemu_system_killed(SIGTERM, getpid());
        g_assert_true(main_loop_should_exit(&status));
        return;
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("*terminating on signal 1\n"
                              "*terminating on signal 2 from pid 2147483646 "
                              "(<unknown process>)\n"
                              "*terminating on signal 15 from pid * (*"
                              "test-runstate)\n");
}

static void exit_notify(Notifier *n, void *data)
{
    printf("exit notifier %s\n", n->notify == exit_notify ? "ran" : "?");
}

static Notifier exit_notifier = { .notify = exit_notify };
static Notifier removed_notifier = { .notify = exit_notify };

static gboolean raise_term(gpointer opaque)
{
    raise(SIGTERM);
    return G_SOURCE_REMOVE;
}

static void test_main_loop_signal(void)
{
    if (g_test_subprocess()) {
        runstate_init();
        qemu_init_main_loop(&error_abort);
        qemu_mutex_lock_iothread();
        qemu_add_exit_notifier(&exit_notifier);
        qemu_add_exit_notifier(&removed_notifier);
        qemu_remove_exit_notifier(&removed_notifier);
        qemu_remove_exit_notifier(&removed_notifier);   /* twice: no-op */
        g_idle_add(raise_term, NULL);
        g_assert_cmpint(qemu_main_loop(), ==, 0);
        qemu_cleanup(0);
        exit(0);
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("exit notifier ran\n");
    g_test_trap_assert_stderr("*terminating on signal 15 from pid *\n");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    events = g_string_new(NULL);
    changes = g_string_new(NULL);
    runstate_set_event_emitter(record_event);
    qemu_register_shutdown_notifier(&shutdown_notifier);
    qemu_register_powerdown_notifier(&powerdown_notifier);
    g_test_add_func("/runstate/names", test_names);
    g_test_add_func("/runstate/transitions", test_transitions);
    g_test_add_func("/runstate/invalid-transition-aborts",
                    test_invalid_transition);
    g_test_add_func("/runstate/vm-start-stop", test_vm_start_stop);
    g_test_add_func("/runstate/shutdown/exits", test_shutdown_exits);
    g_test_add_func("/runstate/shutdown/exit-code", test_shutdown_with_code);
    g_test_add_func("/runstate/shutdown/pause", test_shutdown_pause);
    g_test_add_func("/runstate/panic", test_panic_actions);
    g_test_add_func("/runstate/reset", test_reset);
    g_test_add_func("/runstate/reset-handlers", test_reset_handlers);
    g_test_add_func("/runstate/reset/no-reboot", test_no_reboot);
    g_test_add_func("/runstate/powerdown-debug-vmstop",
                    test_powerdown_debug_vmstop);
    g_test_add_func("/runstate/kill-report", test_kill_report);
    g_test_add_func("/runstate/main-loop/signal", test_main_loop_signal);
    return g_test_run();
}
