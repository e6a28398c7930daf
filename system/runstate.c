/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * runstate.c: the run state machine, what the machine does on shutdown,
 * reboot, panic and watchdog expiry (-action), the requests the main
 * loop acts on, and the main loop itself.
 *
 * Requests only set a flag and wake the loop; main_loop_should_exit
 * consumes the flags between two rounds of main_loop_wait, with the BQL
 * held.  SIGINT, SIGTERM and SIGHUP arrive through a signalfd so that
 * the sender's pid can be reported as QEMU does ("terminating on signal
 * 15 from pid N (NAME)").
 */
#include "qemu/osdep.h"
#include <signal.h>
#include <sys/signalfd.h>
#include <glib-unix.h>
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/main-loop.h"
#include "qemu/option.h"
#include "qemu/timer.h"
#include "qobject/qdict.h"
#include "sysemu/reset.h"
#include "sysemu/runstate.h"
#include "hw/core/cpu.h"
#include "trace.h"

RunstateActions runstate_actions = {
    .reboot = REBOOT_ACTION_RESET,
    .shutdown = SHUTDOWN_ACTION_POWEROFF,
    .panic = PANIC_ACTION_SHUTDOWN,
    .watchdog = WATCHDOG_ACTION_RESET,
};

/* QEMU 8.2's RebootAction: REBOOT_ACTION_EXIT has no name there. */
static const char *const reboot_action_names[] = {
    "reset", "shutdown", NULL,
};
static const char *const shutdown_action_names[] = {
    "poweroff", "pause", NULL,
};
static const char *const panic_action_names[] = {
    "pause", "shutdown", "exit-failure", "none", NULL,
};
static const char *const watchdog_action_names[] = {
    "reset", "shutdown", "poweroff", "pause", "debug", "none", "inject-nmi",
    NULL,
};

/* Index of @value in @names, or -1 after setting @errp. */
static int lookup_action(const char *key, const char *value,
                         const char *const *names, Error **errp)
{
    int i;

    for (i = 0; names[i]; i++) {
        if (!strcmp(names[i], value)) {
            return i;
        }
    }
    error_setg(errp, "Parameter '%s' does not accept value '%s'", key,
               value);
    return -1;
}

static int set_runstate_action(void *opaque, const char *name,
                               const char *value, Error **errp)
{
    static const struct {
        const char *key;
        const char *const *names;
        int *field;
    } actions[] = {
        { "reboot", reboot_action_names, (int *)&runstate_actions.reboot },
        { "shutdown", shutdown_action_names,
          (int *)&runstate_actions.shutdown },
        { "panic", panic_action_names, (int *)&runstate_actions.panic },
        { "watchdog", watchdog_action_names,
          (int *)&runstate_actions.watchdog },
    };
    size_t i;
    int val;

    for (i = 0; i < ARRAY_SIZE(actions); i++) {
        if (strcmp(actions[i].key, name) != 0) {
            continue;
        }
        val = lookup_action(name, value, actions[i].names, errp);
        if (val < 0) {
            return -1;
        }
        *actions[i].field = val;
        return 0;
    }
    error_setg(errp, "Invalid parameter '%s'", name);
    return -1;
}

int process_runstate_actions(void *opaque, QemuOpts *opts, Error **errp)
{
    return qemu_opt_foreach(opts, set_runstate_action, opaque, errp);
}

/* The run state machine. */

static const char *const runstate_names[RUN_STATE__MAX] = {
    [RUN_STATE_DEBUG] = "debug",
    [RUN_STATE_INMIGRATE] = "inmigrate",
    [RUN_STATE_INTERNAL_ERROR] = "internal-error",
    [RUN_STATE_IO_ERROR] = "io-error",
    [RUN_STATE_PAUSED] = "paused",
    [RUN_STATE_POSTMIGRATE] = "postmigrate",
    [RUN_STATE_PRELAUNCH] = "prelaunch",
    [RUN_STATE_FINISH_MIGRATE] = "finish-migrate",
    [RUN_STATE_RESTORE_VM] = "restore-vm",
    [RUN_STATE_RUNNING] = "running",
    [RUN_STATE_SAVE_VM] = "save-vm",
    [RUN_STATE_SHUTDOWN] = "shutdown",
    [RUN_STATE_SUSPENDED] = "suspended",
    [RUN_STATE_WATCHDOG] = "watchdog",
    [RUN_STATE_GUEST_PANICKED] = "guest-panicked",
    [RUN_STATE_COLO] = "colo",
};

static const char *const shutdown_cause_names[SHUTDOWN_CAUSE__MAX] = {
    [SHUTDOWN_CAUSE_NONE] = "none",
    [SHUTDOWN_CAUSE_HOST_ERROR] = "host-error",
    [SHUTDOWN_CAUSE_HOST_QMP_QUIT] = "host-qmp-quit",
    [SHUTDOWN_CAUSE_HOST_QMP_SYSTEM_RESET] = "host-qmp-system-reset",
    [SHUTDOWN_CAUSE_HOST_SIGNAL] = "host-signal",
    [SHUTDOWN_CAUSE_HOST_UI] = "host-ui",
    [SHUTDOWN_CAUSE_GUEST_SHUTDOWN] = "guest-shutdown",
    [SHUTDOWN_CAUSE_GUEST_RESET] = "guest-reset",
    [SHUTDOWN_CAUSE_GUEST_PANIC] = "guest-panic",
    [SHUTDOWN_CAUSE_SUBSYSTEM_RESET] = "subsystem-reset",
    [SHUTDOWN_CAUSE_SNAPSHOT_LOAD] = "snapshot-load",
};

#define RS(x) (1u << RUN_STATE_##x)

/* For each state, the set of states QEMU 8.2 lets it move to. */
static const unsigned runstate_next[RUN_STATE__MAX] = {
    [RUN_STATE_DEBUG] = RS(RUNNING) | RS(FINISH_MIGRATE) | RS(PRELAUNCH) |
                        RS(SUSPENDED),
    [RUN_STATE_INMIGRATE] = RS(INTERNAL_ERROR) | RS(IO_ERROR) | RS(PAUSED) |
                            RS(RUNNING) | RS(SHUTDOWN) | RS(SUSPENDED) |
                            RS(WATCHDOG) | RS(GUEST_PANICKED) |
                            RS(FINISH_MIGRATE) | RS(PRELAUNCH) |
                            RS(POSTMIGRATE) | RS(COLO),
    [RUN_STATE_INTERNAL_ERROR] = RS(PAUSED) | RS(FINISH_MIGRATE) |
                                 RS(PRELAUNCH),
    [RUN_STATE_IO_ERROR] = RS(RUNNING) | RS(FINISH_MIGRATE) | RS(PRELAUNCH),
    [RUN_STATE_PAUSED] = RS(RUNNING) | RS(FINISH_MIGRATE) |
                         RS(POSTMIGRATE) | RS(PRELAUNCH) | RS(COLO),
    [RUN_STATE_POSTMIGRATE] = RS(RUNNING) | RS(FINISH_MIGRATE) |
                              RS(PRELAUNCH),
    [RUN_STATE_PRELAUNCH] = RS(RUNNING) | RS(FINISH_MIGRATE) |
                            RS(INMIGRATE),
    [RUN_STATE_FINISH_MIGRATE] = RS(RUNNING) | RS(PAUSED) |
                                 RS(POSTMIGRATE) | RS(PRELAUNCH) | RS(COLO) |
                                 RS(INTERNAL_ERROR) | RS(IO_ERROR) |
                                 RS(SHUTDOWN) | RS(SUSPENDED) |
                                 RS(WATCHDOG) | RS(GUEST_PANICKED),
    [RUN_STATE_RESTORE_VM] = RS(RUNNING) | RS(PRELAUNCH),
    [RUN_STATE_COLO] = RS(RUNNING) | RS(PRELAUNCH) | RS(SHUTDOWN),
    [RUN_STATE_RUNNING] = RS(DEBUG) | RS(INTERNAL_ERROR) | RS(IO_ERROR) |
                          RS(PAUSED) | RS(FINISH_MIGRATE) |
                          RS(RESTORE_VM) | RS(SAVE_VM) | RS(SHUTDOWN) |
                          RS(WATCHDOG) | RS(GUEST_PANICKED) | RS(COLO) |
                          RS(SUSPENDED),
    [RUN_STATE_SAVE_VM] = RS(RUNNING),
    [RUN_STATE_SHUTDOWN] = RS(PAUSED) | RS(FINISH_MIGRATE) |
                           RS(PRELAUNCH) | RS(COLO),
    [RUN_STATE_SUSPENDED] = RS(RUNNING) | RS(FINISH_MIGRATE) |
                            RS(PRELAUNCH) | RS(COLO),
    [RUN_STATE_WATCHDOG] = RS(RUNNING) | RS(FINISH_MIGRATE) |
                           RS(PRELAUNCH) | RS(COLO),
    [RUN_STATE_GUEST_PANICKED] = RS(RUNNING) | RS(FINISH_MIGRATE) |
                                 RS(PRELAUNCH),
};

#undef RS

struct VMChangeStateEntry {
    VMChangeStateHandler *cb;
    void *opaque;
};

static RunState current_run_state = RUN_STATE_PRELAUNCH;
static GList *vm_change_state_head;     /* of VMChangeStateEntry, newest
                                         * first */
static NotifierList exit_notifiers = NOTIFIER_LIST_INITIALIZER(exit);
static NotifierList shutdown_notifiers = NOTIFIER_LIST_INITIALIZER(sd);
static NotifierList powerdown_notifiers = NOTIFIER_LIST_INITIALIZER(pd);
static RunstateEventEmitter *event_emitter;

/* Pending requests: set from any thread, consumed by the main loop. */
static int shutdown_requested;          /* a ShutdownCause */
static int reset_requested;             /* a ShutdownCause */
static int powerdown_requested;
static int debug_requested;
static int vmstop_requested = RUN_STATE__MAX;
static int shutdown_signal;
static pid_t shutdown_pid;
static int shutdown_exit_code = EXIT_SUCCESS;

static int signal_fd = -1;

/* Post a request (any thread, or a signal handler). */
static void request_set(int *flag, int value)
{
    __atomic_store_n(flag, value, __ATOMIC_SEQ_CST);
}

/* Take a request, leaving @none in its place. */
static int request_take(int *flag, int none)
{
    return __atomic_exchange_n(flag, none, __ATOMIC_SEQ_CST);
}

const char *RunState_str(RunState state)
{
    g_assert(state >= 0 && state < RUN_STATE__MAX);
    return runstate_names[state];
}

const char *ShutdownCause_str(ShutdownCause cause)
{
    g_assert(cause >= 0 && cause < SHUTDOWN_CAUSE__MAX);
    return shutdown_cause_names[cause];
}

bool shutdown_caused_by_guest(ShutdownCause cause)
{
    return cause >= SHUTDOWN_CAUSE_GUEST_SHUTDOWN &&
           cause != SHUTDOWN_CAUSE_SUBSYSTEM_RESET;
}

bool runstate_check(RunState state)
{
    return current_run_state == state;
}

RunState runstate_get(void)
{
    return current_run_state;
}

bool runstate_is_running(void)
{
    return runstate_check(RUN_STATE_RUNNING);
}

bool runstate_needs_reset(void)
{
    return runstate_check(RUN_STATE_INTERNAL_ERROR) ||
           runstate_check(RUN_STATE_SHUTDOWN);
}

bool runstate_is_valid_transition(RunState from, RunState to)
{
    g_assert(from >= 0 && from < RUN_STATE__MAX);
    g_assert(to >= 0 && to < RUN_STATE__MAX);
    return runstate_next[from] & (1u << to);
}

void runstate_set(RunState state)
{
    trace_runstate_set(current_run_state, RunState_str(current_run_state),
                       state, RunState_str(state));
    if (current_run_state == state) {
        return;
    }
    if (!runstate_is_valid_transition(current_run_state, state)) {
        error_report("invalid runstate transition: '%s' -> '%s'",
                     RunState_str(current_run_state), RunState_str(state));
        abort();
    }
    current_run_state = state;
}

/* Events. */

void runstate_set_event_emitter(RunstateEventEmitter *emit)
{
    event_emitter = emit;
}

static void runstate_emit(const char *event, QDict *data)
{
    if (event_emitter) {
        event_emitter(event, data);
    }
    qobject_unref(data);
}

/* The data of SHUTDOWN and RESET: {"guest": B, "reason": CAUSE}. */
static QDict *cause_data(ShutdownCause cause)
{
    QDict *data = qdict_new();

    qdict_put_bool(data, "guest", shutdown_caused_by_guest(cause));
    qdict_put_str(data, "reason", ShutdownCause_str(cause));
    return data;
}

/* VM change state handlers, vm_start and vm_stop. */

VMChangeStateEntry *qemu_add_vm_change_state_handler(
    VMChangeStateHandler *cb, void *opaque)
{
    VMChangeStateEntry *e = g_new0(VMChangeStateEntry, 1);

    e->cb = cb;
    e->opaque = opaque;
    vm_change_state_head = g_list_prepend(vm_change_state_head, e);
    return e;
}

void qemu_del_vm_change_state_handler(VMChangeStateEntry *e)
{
    vm_change_state_head = g_list_remove(vm_change_state_head, e);
    g_free(e);
}

void vm_state_notify(bool running, RunState state)
{
    GList *l;
    GList *next;

    /* Oldest first when starting, newest first when stopping. */
    if (running) {
        for (l = g_list_last(vm_change_state_head); l; l = next) {
            next = l->prev;
            ((VMChangeStateEntry *)l->data)->cb(
                ((VMChangeStateEntry *)l->data)->opaque, running, state);
        }
        return;
    }
    for (l = vm_change_state_head; l; l = next) {
        next = l->next;
        ((VMChangeStateEntry *)l->data)->cb(
            ((VMChangeStateEntry *)l->data)->opaque, running, state);
    }
}

int vm_prepare_start(bool step_pending)
{
    if (runstate_is_running()) {
        runstate_emit("STOP", NULL);
        runstate_emit("RESUME", NULL);
        return -1;
    }
    runstate_emit("RESUME", NULL);
    qemu_clock_enable(QEMU_CLOCK_VIRTUAL, true);
    runstate_set(RUN_STATE_RUNNING);
    vm_state_notify(true, RUN_STATE_RUNNING);
    return 0;
}

void vm_start(void)
{
    if (!vm_prepare_start(false)) {
        resume_all_vcpus();
    }
}

static int do_vm_stop(RunState state, bool send_stop)
{
    if (runstate_is_running()) {
        pause_all_vcpus();
        qemu_clock_enable(QEMU_CLOCK_VIRTUAL, false);
        runstate_set(state);
        vm_state_notify(false, state);
        if (send_stop) {
            runstate_emit("STOP", NULL);
        }
    }
    return 0;
}

int vm_stop(RunState state)
{
    return do_vm_stop(state, true);
}

int vm_stop_force_state(RunState state)
{
    if (runstate_is_running()) {
        return vm_stop(state);
    }
    runstate_set(state);
    return 0;
}

int vm_shutdown(void)
{
    return do_vm_stop(RUN_STATE_SHUTDOWN, false);
}

/* Notifiers. */

void qemu_register_shutdown_notifier(Notifier *notifier)
{
    notifier_list_add(&shutdown_notifiers, notifier);
}

void qemu_register_powerdown_notifier(Notifier *notifier)
{
    notifier_list_add(&powerdown_notifiers, notifier);
}

void qemu_add_exit_notifier(Notifier *notify)
{
    notifier_list_add(&exit_notifiers, notify);
}

void qemu_remove_exit_notifier(Notifier *notify)
{
    notifier_remove(notify);
}

static void qemu_run_exit_notifiers(void)
{
    notifier_list_notify(&exit_notifiers, NULL);
}

/* Requests. */

void qemu_system_shutdown_request(ShutdownCause reason)
{
    trace_qemu_system_shutdown_request(reason);
    request_set(&shutdown_requested, reason);
    qemu_notify_event();
}

void qemu_system_shutdown_request_with_code(ShutdownCause reason,
                                            int exit_code)
{
    shutdown_exit_code = exit_code;
    qemu_system_shutdown_request(reason);
}

void qemu_system_reset_request(ShutdownCause reason)
{
    if (runstate_actions.reboot == REBOOT_ACTION_SHUTDOWN &&
        reason != SHUTDOWN_CAUSE_SUBSYSTEM_RESET) {
        request_set(&shutdown_requested, reason);
    } else {
        request_set(&reset_requested, reason);
    }
    qemu_notify_event();
}

void qemu_system_powerdown_request(void)
{
    trace_qemu_system_powerdown_request();
    request_set(&powerdown_requested, 1);
    qemu_notify_event();
}

void qemu_system_debug_request(void)
{
    request_set(&debug_requested, 1);
    qemu_notify_event();
}

void qemu_system_vmstop_request(RunState state)
{
    request_set(&vmstop_requested, state);
    qemu_notify_event();
}

void qemu_system_guest_panicked(void)
{
    if (runstate_actions.panic == PANIC_ACTION_PAUSE) {
        vm_stop(RUN_STATE_GUEST_PANICKED);
    } else if (runstate_actions.panic == PANIC_ACTION_SHUTDOWN ||
               runstate_actions.panic == PANIC_ACTION_EXIT_FAILURE) {
        qemu_system_shutdown_request(SHUTDOWN_CAUSE_GUEST_PANIC);
    }
}

void qemu_system_killed(int signal, pid_t pid)
{
    shutdown_signal = signal;
    shutdown_pid = pid;
    /* A host's request to stop wins over -no-shutdown. */
    runstate_actions.shutdown = SHUTDOWN_ACTION_POWEROFF;
    request_set(&shutdown_requested, SHUTDOWN_CAUSE_HOST_SIGNAL);
    qemu_notify_event();
}

ShutdownCause qemu_shutdown_requested_get(void)
{
    return request_take(&shutdown_requested, SHUTDOWN_CAUSE_NONE);
}

ShutdownCause qemu_reset_requested_get(void)
{
    return request_take(&reset_requested, SHUTDOWN_CAUSE_NONE);
}

/* The first word of /proc/PID/cmdline, or NULL. */
static char *qemu_get_pid_name(pid_t pid)
{
    g_autofree char *path = g_strdup_printf("/proc/%d/cmdline", (int)pid);
    char *contents = NULL;

    if (!g_file_get_contents(path, &contents, NULL, NULL)) {
        return NULL;
    }
    return contents;
}

/* The line QEMU prints when a signal stops it. */
static void qemu_kill_report(void)
{
    g_autofree char *name = NULL;

    if (!shutdown_signal) {
        return;
    }
    if (shutdown_pid == 0) {
        error_report("terminating on signal %d", shutdown_signal);
    } else {
        name = qemu_get_pid_name(shutdown_pid);
        error_report("terminating on signal %d from pid %d (%s)",
                     shutdown_signal, (int)shutdown_pid,
                     name ? name : "<unknown process>");
    }
    shutdown_signal = 0;
}

static void qemu_system_shutdown(ShutdownCause cause)
{
    runstate_emit("SHUTDOWN", cause_data(cause));
    notifier_list_notify(&shutdown_notifiers, &cause);
}

void qemu_system_reset(ShutdownCause reason)
{
    qemu_devices_reset();
    if (reason && reason != SHUTDOWN_CAUSE_SUBSYSTEM_RESET) {
        runstate_emit("RESET", cause_data(reason));
    }
}

static void qemu_system_powerdown(void)
{
    runstate_emit("POWERDOWN", NULL);
    notifier_list_notify(&powerdown_notifiers, NULL);
}

/* A shutdown request: true (and *@status) if the process should exit. */
static bool handle_shutdown(ShutdownCause request, int *status)
{
    qemu_kill_report();
    qemu_system_shutdown(request);
    if (runstate_actions.shutdown == SHUTDOWN_ACTION_PAUSE) {
        vm_stop(RUN_STATE_SHUTDOWN);
        return false;
    }
    if (shutdown_exit_code != EXIT_SUCCESS) {
        *status = shutdown_exit_code;
    } else if (request == SHUTDOWN_CAUSE_GUEST_PANIC &&
               runstate_actions.panic == PANIC_ACTION_EXIT_FAILURE) {
        *status = EXIT_FAILURE;
    }
    return true;
}

static void handle_reset(ShutdownCause request)
{
    pause_all_vcpus();
    qemu_system_reset(request);
    resume_all_vcpus();
    if (!runstate_check(RUN_STATE_RUNNING) &&
        !runstate_check(RUN_STATE_INMIGRATE) &&
        !runstate_check(RUN_STATE_FINISH_MIGRATE)) {
        runstate_set(RUN_STATE_PRELAUNCH);
    }
}

/* Read a request without taking it. */
static int request_peek(int *flag)
{
    return __atomic_load_n(flag, __ATOMIC_SEQ_CST);
}

bool qemu_system_requests_pending(void)
{
    return request_peek(&debug_requested) ||
           request_peek(&shutdown_requested) ||
           request_peek(&reset_requested) ||
           request_peek(&powerdown_requested) ||
           request_peek(&vmstop_requested) != RUN_STATE__MAX;
}

bool main_loop_should_exit(int *status)
{
    ShutdownCause request;
    int state;

    if (request_take(&debug_requested, 0)) {
        vm_stop(RUN_STATE_DEBUG);
    }
    request = qemu_shutdown_requested_get();
    if (request && handle_shutdown(request, status)) {
        return true;
    }
    request = qemu_reset_requested_get();
    if (request) {
        handle_reset(request);
    }
    if (request_take(&powerdown_requested, 0)) {
        qemu_system_powerdown();
    }
    state = request_take(&vmstop_requested, RUN_STATE__MAX);
    if (state != RUN_STATE__MAX) {
        vm_stop(state);
    }
    return false;
}

/* Signals and the loop. */

static void signal_fd_read(void *opaque)
{
    struct signalfd_siginfo info;

    while (read(signal_fd, &info, sizeof(info)) == sizeof(info)) {
        qemu_system_killed(info.ssi_signo, info.ssi_pid);
    }
}

void runstate_init(void)
{
    sigset_t set;

    /*
     * Block the stop signals in every thread from the start; the main
     * loop reads them from a signalfd.
     */
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal_fd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
    if (signal_fd >= 0) {
        qemu_set_fd_handler(signal_fd, signal_fd_read, NULL, NULL);
    }
    current_run_state = RUN_STATE_PRELAUNCH;
    atexit(qemu_run_exit_notifiers);
}

int qemu_main_loop(void)
{
    int status = EXIT_SUCCESS;

    while (!main_loop_should_exit(&status)) {
        main_loop_wait(false);
    }
    return status;
}

void qemu_cleanup(int status)
{
    vm_shutdown();
    if (signal_fd >= 0) {
        qemu_set_fd_handler(signal_fd, NULL, NULL, NULL);
        close(signal_fd);
        signal_fd = -1;
    }
}
