/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * runstate.h: what happens on guest shutdown, reboot, panic and watchdog
 * expiry (-action, -no-reboot, -no-shutdown), and the main loop.
 */
#ifndef SYSEMU_RUNSTATE_H
#define SYSEMU_RUNSTATE_H

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

/*
 * process_runstate_actions: qemu_opts_foreach callback applying an
 * "action" QemuOpts.  Errors: "Parameter 'KEY' does not accept value
 * 'VALUE'" and "Invalid parameter 'KEY'".
 */
int process_runstate_actions(void *opaque, QemuOpts *opts, Error **errp);

/* Block SIGINT/SIGTERM/SIGHUP; the main loop receives them. */
void runstate_init(void);

/* Run until asked to stop; returns the process exit status. */
int qemu_main_loop(void);

/* Release what the main loop holds. */
void qemu_cleanup(void);

#endif
