/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * runstate.c: what the machine does on shutdown, reboot, panic and
 * watchdog expiry (-action), and the main loop that waits for the
 * process to be told to stop.
 *
 * The main loop is a GLib loop; SIGINT, SIGTERM and SIGHUP arrive through
 * a signalfd so the sender's pid can be reported as QEMU does
 * ("terminating on signal 15 from pid N (NAME)").
 */
#include "qemu/osdep.h"
#include <signal.h>
#include <sys/signalfd.h>
#include <glib-unix.h>
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/option.h"
#include "sysemu/runstate.h"

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

static GMainLoop *main_loop;
static int exit_status;
static int signal_fd = -1;

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

static gboolean signal_ready(gint fd, GIOCondition cond, gpointer opaque)
{
    struct signalfd_siginfo info;
    g_autofree char *name = NULL;

    if (read(fd, &info, sizeof(info)) != sizeof(info)) {
        return G_SOURCE_CONTINUE;
    }
    if (info.ssi_pid == 0 && info.ssi_code != SI_USER) {
        error_report("terminating on signal %d", info.ssi_signo);
    } else {
        name = qemu_get_pid_name(info.ssi_pid);
        error_report("terminating on signal %d from pid %d (%s)",
                     info.ssi_signo, (int)info.ssi_pid,
                     name ? name : "<unknown process>");
    }
    exit_status = 0;
    g_main_loop_quit(main_loop);
    return G_SOURCE_REMOVE;
}

int qemu_main_loop(void)
{
    main_loop = g_main_loop_new(NULL, FALSE);
    if (signal_fd >= 0) {
        g_unix_fd_add(signal_fd, G_IO_IN, signal_ready, NULL);
    }
    g_main_loop_run(main_loop);
    return exit_status;
}

void qemu_cleanup(void)
{
    if (main_loop) {
        g_main_loop_unref(main_loop);
        main_loop = NULL;
    }
    if (signal_fd >= 0) {
        close(signal_fd);
        signal_fd = -1;
    }
}
