/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * runstate.h: the VM's run state and its transitions, what happens on
 * guest shutdown, reboot, panic and watchdog expiry (-action, -no-reboot,
 * -no-shutdown), the shutdown/reset/powerdown/debug requests that the
 * main loop handles, notifiers, and the main loop itself.
 *
 * Requests may come from any thread (a vCPU, a signal): they set a flag
 * and wake the main loop, whose main_loop_should_exit acts on them with
 * the BQL held.
 */
#ifndef SYSEMU_RUNSTATE_H
#define SYSEMU_RUNSTATE_H

#include "qemu/notify.h"

typedef enum { REBOOT_ACTION_RESET, REBOOT_ACTION_SHUTDOWN,
               REBOOT_ACTION_EXIT } RebootAction;
typedef enum { SHUTDOWN_ACTION_POWEROFF, SHUTDOWN_ACTION_PAUSE }
    ShutdownAction;
typedef enum { PANIC_ACTION_PAUSE, PANIC_ACTION_SHUTDOWN,
               PANIC_ACTION_EXIT_FAILURE, PANIC_ACTION_NONE } PanicAction;
typedef enum { WATCHDOG_ACTION_RESET, WATCHDOG_ACTION_SHUTDOWN,
               WATCHDOG_ACTION_POWEROFF, WATCHDOG_ACTION_PAUSE,
               WATCHDOG_ACTION_DEBUG, WATCHDOG_ACTION_NONE,
               WATCHDOG_ACTION_INJECT_NMI } WatchdogAction;

typedef struct RunstateActions {
    RebootAction reboot;
    ShutdownAction shutdown;
    PanicAction panic;
    WatchdogAction watchdog;
} RunstateActions;

/* The -action settings (QEMU's defaults until the command line changes
 * them). */
extern RunstateActions runstate_actions;

/* QEMU's RunState, in QAPI order (RunState_str gives the QMP name). */
typedef enum RunState {
    RUN_STATE_DEBUG,
    RUN_STATE_INMIGRATE,
    RUN_STATE_INTERNAL_ERROR,
    RUN_STATE_IO_ERROR,
    RUN_STATE_PAUSED,
    RUN_STATE_POSTMIGRATE,
    RUN_STATE_PRELAUNCH,
    RUN_STATE_FINISH_MIGRATE,
    RUN_STATE_RESTORE_VM,
    RUN_STATE_RUNNING,
    RUN_STATE_SAVE_VM,
    RUN_STATE_SHUTDOWN,
    RUN_STATE_SUSPENDED,
    RUN_STATE_WATCHDOG,
    RUN_STATE_GUEST_PANICKED,
    RUN_STATE_COLO,
    RUN_STATE__MAX
} RunState;

/* Why a shutdown or reset was requested (QAPI ShutdownCause order). */
typedef enum ShutdownCause {
    SHUTDOWN_CAUSE_NONE,
    SHUTDOWN_CAUSE_HOST_ERROR,
    SHUTDOWN_CAUSE_HOST_QMP_QUIT,
    SHUTDOWN_CAUSE_HOST_QMP_SYSTEM_RESET,
    SHUTDOWN_CAUSE_HOST_SIGNAL,
    SHUTDOWN_CAUSE_HOST_UI,
    SHUTDOWN_CAUSE_GUEST_SHUTDOWN,
    SHUTDOWN_CAUSE_GUEST_RESET,
    SHUTDOWN_CAUSE_GUEST_PANIC,
    SHUTDOWN_CAUSE_SUBSYSTEM_RESET,
    SHUTDOWN_CAUSE_SNAPSHOT_LOAD,
    SHUTDOWN_CAUSE__MAX
} ShutdownCause;

/* RunState_str: "prelaunch", "running", ... as QMP spells them. */
const char *RunState_str(RunState state);
/* ShutdownCause_str: "host-signal", "guest-shutdown", ... */
const char *ShutdownCause_str(ShutdownCause cause);

/* shutdown_caused_by_guest: the "guest" member of SHUTDOWN and RESET. */
bool shutdown_caused_by_guest(ShutdownCause cause);

/*
 * process_runstate_actions: qemu_opts_foreach callback applying an
 * "action" QemuOpts.  Errors: "Parameter 'KEY' does not accept value
 * 'VALUE'" and "Invalid parameter 'KEY'".
 */
int process_runstate_actions(void *opaque, QemuOpts *opts, Error **errp);

/*
 * runstate_init: the state becomes prelaunch; block SIGINT/SIGTERM/SIGHUP
 * (the main loop reads them from a signalfd) and run the exit notifiers
 * at exit.
 */
void runstate_init(void);

/* runstate_check: true if the current state is @state. */
bool runstate_check(RunState state);
/* runstate_get: the current state. */
RunState runstate_get(void);
/* runstate_is_running: the state is running. */
bool runstate_is_running(void);
/* runstate_needs_reset: the guest stopped for good (shutdown, panic). */
bool runstate_needs_reset(void);
/* runstate_is_valid_transition: QEMU allows @from -> @to. */
bool runstate_is_valid_transition(RunState from, RunState to);
/*
 * runstate_set: move to @state (nothing if already there).  A transition
 * QEMU does not allow prints "invalid runstate transition: 'A' -> 'B'"
 * and aborts.
 */
void runstate_set(RunState state);

/*
 * VM change state handlers: called with running true after vm_start
 * enters running, and false (with the new state) after vm_stop leaves it.
 */
typedef void VMChangeStateHandler(void *opaque, bool running,
                                  RunState state);
typedef struct VMChangeStateEntry VMChangeStateEntry;
VMChangeStateEntry *qemu_add_vm_change_state_handler(
    VMChangeStateHandler *cb, void *opaque);
void qemu_del_vm_change_state_handler(VMChangeStateEntry *e);
/* vm_state_notify: call the handlers (newest first when stopping). */
void vm_state_notify(bool running, RunState state);

/*
 * vm_start: unless running already, enable the virtual clock, move to
 * running, notify handlers and emit RESUME.  vm_prepare_start does all
 * but resuming vCPUs; it returns -1 if the VM was running already (then
 * emitting STOP and RESUME, as QEMU does).
 */
int vm_prepare_start(bool step_pending);
void vm_start(void);
/*
 * vm_stop: if running, stop the virtual clock, move to @state, notify
 * handlers and emit STOP.  Returns 0.
 */
int vm_stop(RunState state);
/* vm_stop_force_state: vm_stop, or just runstate_set when not running. */
int vm_stop_force_state(RunState state);
/* vm_shutdown: stop without a STOP event, on the way out. */
int vm_shutdown(void);

/* Requests (any thread). */
void qemu_system_shutdown_request(ShutdownCause reason);
/* ... with the process exit status a test device asks for. */
void qemu_system_shutdown_request_with_code(ShutdownCause reason,
                                            int exit_code);
/* -action reboot=shutdown turns a reset into a shutdown request. */
void qemu_system_reset_request(ShutdownCause reason);
void qemu_system_powerdown_request(void);
void qemu_system_debug_request(void);
/* vm_stop(@state) from the main loop. */
void qemu_system_vmstop_request(RunState state);
/* Guest panic: -action panic=pause|shutdown|exit-failure|none. */
void qemu_system_guest_panicked(void);
/*
 * qemu_system_killed: the host asked us to stop with @signal (sent by
 * @pid, 0 if by the kernel): shut down even under -no-shutdown, after
 * printing "terminating on signal N[ from pid PID (NAME)]".
 */
void qemu_system_killed(int signal, pid_t pid);

/*
 * qemu_system_requests_pending: whether a request waits for
 * main_loop_should_exit (the QMP monitor holds the reply to a command
 * that made one until the main loop has acted on it, as QEMU's does).
 */
bool qemu_system_requests_pending(void);

/* What main_loop_should_exit consumes (each returns and clears). */
ShutdownCause qemu_shutdown_requested_get(void);
ShutdownCause qemu_reset_requested_get(void);

/* qemu_system_reset: reset the machine; emit RESET for a real cause. */
void qemu_system_reset(ShutdownCause reason);

/* Notifiers: data is a ShutdownCause * for shutdown, NULL otherwise. */
void qemu_register_shutdown_notifier(Notifier *notifier);
void qemu_register_powerdown_notifier(Notifier *notifier);
/* Exit notifiers run once, at process exit (data NULL). */
void qemu_add_exit_notifier(Notifier *notify);
void qemu_remove_exit_notifier(Notifier *notify);

/*
 * QMP events (STOP, RESUME, RESET, SHUTDOWN, POWERDOWN): the monitor
 * sets one emitter; @data (may be NULL) is the event's "data" member,
 * owned by the caller.
 */
typedef void RunstateEventEmitter(const char *event, QDict *data);
void runstate_set_event_emitter(RunstateEventEmitter *emit);

/*
 * main_loop_should_exit: act on pending requests (debug, shutdown,
 * reset, powerdown, vmstop).  True when the process should exit, with
 * *@status its exit status: 0, the guest's code from
 * qemu_system_shutdown_request_with_code, or 1 after a guest panic under
 * -action panic=exit-failure.  Under -action shutdown=pause a guest
 * shutdown stops the VM (state shutdown) instead.
 */
bool main_loop_should_exit(int *status);

/* Run until main_loop_should_exit; returns the process exit status. */
int qemu_main_loop(void);

/* qemu_cleanup: stop the VM and release what the main loop holds. */
void qemu_cleanup(int status);

#endif
