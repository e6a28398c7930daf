/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for system/qemu-seccomp.c: the -sandbox keys and their
 * messages, and, each in a subprocess since a filter cannot be removed,
 * what the installed filter does: the process is in seccomp filter mode,
 * denied calls kill it or fail with EPERM / ENOSYS as in QEMU, and
 * threads can still be created under spawn=deny.
 *
 * A subprocess that installed spawn=deny ends with spawn_deny_exit(): the
 * leak checker of AddressSanitizer builds would clone() a tracer at exit
 * and be killed by the filter, so there the exit hooks are skipped.
 */
#include "qemu/osdep.h"
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include "qapi/error.h"
#include "qemu/option.h"
#include "sysemu/seccomp.h"

#ifdef __SANITIZE_ADDRESS__
#define spawn_deny_exit() _exit(0)
#else
#define spawn_deny_exit() exit(0)
#endif

/* Parse @params as -sandbox does; the options must be valid. */
static QemuOpts *sandbox_opts(const char *params)
{
    return qemu_opts_parse(&qemu_sandbox_opts, params, true, &error_abort);
}

/* parse_sandbox on @params; returns its result, with @errp. */
static int sandbox(const char *params, Error **errp)
{
    QemuOpts *opts = sandbox_opts(params);
    int ret = parse_sandbox(NULL, opts, errp);

    qemu_opts_del(opts);
    return ret;
}

/* The "Seccomp:" mode of /proc/self/status. */
static int seccomp_mode(void)
{
    g_autofree char *status = NULL;
    const char *line;

    g_assert_true(g_file_get_contents("/proc/self/status", &status, NULL,
                                      NULL));
    line = strstr(status, "\nSeccomp:");
    g_assert_nonnull(line);
    return atoi(line + strlen("\nSeccomp:"));
}

/* Run the subprocess branch; it must die (by SIGSYS) or pass. */
static void expect_subprocess(bool killed)
{
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    if (killed) {
        g_test_trap_assert_failed();
        g_test_trap_assert_stdout("reached\n");
    } else {
        g_test_trap_assert_passed();
    }
}

static void test_supported(void)
{
    g_assert_true(qemu_seccomp_is_supported());
}

static void test_off(void)
{
    g_assert_cmpint(sandbox("off", &error_abort), ==, 0);
    g_assert_cmpint(sandbox("enable=off,spawn=bogus", &error_abort), ==, 0);
    g_assert_cmpint(seccomp_mode(), ==, 0);
}

static void test_invalid(gconstpointer data)
{
    const char *key = data;
    g_autofree char *params = g_strdup_printf("on,%s=maybe", key);
    g_autofree char *msg = g_strdup_printf("invalid argument for %s", key);
    Error *err = NULL;

    g_assert_cmpint(sandbox(params, &err), ==, -1);
    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
    g_assert_cmpint(seccomp_mode(), ==, 0);
}

/* The keys are checked in QEMU's order; the first bad one is named. */
static void test_invalid_order(void)
{
    Error *err = NULL;

    g_assert_cmpint(sandbox("on,resourcecontrol=x,spawn=y", &err), ==, -1);
    g_assert_cmpstr(error_get_pretty(err), ==, "invalid argument for spawn");
    error_free(err);
}

static void test_installed(void)
{
    if (g_test_subprocess()) {
        g_assert_cmpint(sandbox("on", &error_abort), ==, 0);
        g_assert_cmpint(seccomp_mode(), ==, 2);
        /* Ordinary work goes on. */
        g_assert_cmpint(getpid(), >, 0);
        return;
    }
    expect_subprocess(false);
}

static void test_default_denies(void)
{
    if (g_test_subprocess()) {
        g_assert_cmpint(sandbox("on", &error_abort), ==, 0);
        printf("reached\n");
        fflush(stdout);
        syscall(SYS_swapoff, "/nonexistent");
        printf("survived\n");
        return;
    }
    expect_subprocess(true);
}

static void test_obsolete_denied(void)
{
    if (g_test_subprocess()) {
        g_assert_cmpint(sandbox("on,obsolete=deny", &error_abort), ==, 0);
        printf("reached\n");
        fflush(stdout);
        syscall(SYS_sysfs, 3);
        printf("survived\n");
        return;
    }
    expect_subprocess(true);
}

static void test_obsolete_allowed(void)
{
    if (g_test_subprocess()) {
        g_assert_cmpint(sandbox("on,obsolete=allow", &error_abort), ==, 0);
        /* sysfs(3): the number of filesystem types the kernel knows. */
        g_assert_cmpint(syscall(SYS_sysfs, 3), >, 0);
        return;
    }
    expect_subprocess(false);
}

static void test_privileges_denied(void)
{
    if (g_test_subprocess()) {
        g_assert_cmpint(sandbox("on,elevateprivileges=deny", &error_abort),
                        ==, 0);
        printf("reached\n");
        fflush(stdout);
        syscall(SYS_setuid, getuid());
        printf("survived\n");
        return;
    }
    expect_subprocess(true);
}

static void test_privileges_allowed(void)
{
    if (g_test_subprocess()) {
        g_assert_cmpint(sandbox("on,elevateprivileges=allow",
                                &error_abort), ==, 0);
        g_assert_cmpint(syscall(SYS_setuid, getuid()), ==, 0);
        return;
    }
    expect_subprocess(false);
}

static void test_privileges_children(void)
{
    if (g_test_subprocess()) {
        g_assert_cmpint(sandbox("on,elevateprivileges=children",
                                &error_abort), ==, 0);
        g_assert_cmpint(prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0), ==, 1);
        return;
    }
    expect_subprocess(false);
}

static gpointer thread_fn(gpointer data)
{
    return data;
}

static void test_spawn_threads(void)
{
    if (g_test_subprocess()) {
        GThread *t;

        g_assert_cmpint(sandbox("on,spawn=deny", &error_abort), ==, 0);
        t = g_thread_new("sandboxed", thread_fn, &t);
        g_assert_true(g_thread_join(t) == &t);
        /* clone3's flags are hidden from filters: libc must fall back. */
        g_assert_cmpint(syscall(SYS_clone3, NULL, 0), ==, -1);
        g_assert_cmpint(errno, ==, ENOSYS);
        spawn_deny_exit();
    }
    expect_subprocess(false);
}

static void test_spawn_fork(void)
{
    if (g_test_subprocess()) {
        g_assert_cmpint(sandbox("on,spawn=deny", &error_abort), ==, 0);
        printf("reached\n");
        fflush(stdout);
        fork();
        printf("survived\n");
        spawn_deny_exit();
    }
    expect_subprocess(true);
}

static void test_spawn_allowed(void)
{
    if (g_test_subprocess()) {
        pid_t pid;
        int status;

        g_assert_cmpint(sandbox("on,spawn=allow", &error_abort), ==, 0);
        pid = fork();
        if (pid == 0) {
            _exit(7);
        }
        g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
        g_assert_cmpint(WEXITSTATUS(status), ==, 7);
        return;
    }
    expect_subprocess(false);
}

static void test_resourcecontrol(void)
{
    if (g_test_subprocess()) {
        struct sched_param param = { 0 };

        g_assert_cmpint(sandbox("on,resourcecontrol=deny", &error_abort),
                        ==, 0);
        g_assert_cmpint(setpriority(PRIO_PROCESS, 0, 1), ==, -1);
        g_assert_cmpint(errno, ==, EPERM);
        g_assert_cmpint(sched_setscheduler(0, SCHED_BATCH, &param), ==, -1);
        g_assert_cmpint(errno, ==, EPERM);
        /* Giving the CPU away is still allowed. */
        g_assert_cmpint(sched_setscheduler(0, SCHED_IDLE, &param), ==, 0);
        return;
    }
    expect_subprocess(false);
}

static void test_resourcecontrol_allowed(void)
{
    if (g_test_subprocess()) {
        g_assert_cmpint(sandbox("on,resourcecontrol=allow", &error_abort),
                        ==, 0);
        g_assert_cmpint(setpriority(PRIO_PROCESS, 0, 1), ==, 0);
        return;
    }
    expect_subprocess(false);
}

/* The kernel caps the instructions of stacked filters: loading fails. */
static void test_load_error(void)
{
    if (g_test_subprocess()) {
        Error *err = NULL;
        int i;

        for (i = 0; i < 10000 && !err; i++) {
            sandbox("on,spawn=deny,resourcecontrol=deny,"
                    "elevateprivileges=deny", &err);
        }
        g_assert_nonnull(err);
        g_assert_cmpstr(error_get_pretty(err), ==,
                        "failed to load seccomp syscall filter in kernel: "
                        "Cannot allocate memory");
        error_free(err);
        spawn_deny_exit();
    }
    expect_subprocess(false);
}

int main(int argc, char **argv)
{
    static const char *const keys[] = {
        "obsolete", "elevateprivileges", "spawn", "resourcecontrol",
    };
    size_t i;

    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/seccomp/supported", test_supported);
    g_test_add_func("/seccomp/opts/off", test_off);
    for (i = 0; i < ARRAY_SIZE(keys); i++) {
        g_autofree char *path = g_strdup_printf("/seccomp/opts/invalid/%s",
                                                keys[i]);

        g_test_add_data_func(path, keys[i], test_invalid);
    }
    g_test_add_func("/seccomp/opts/invalid-order", test_invalid_order);
    g_test_add_func("/seccomp/filter/installed", test_installed);
    g_test_add_func("/seccomp/filter/default", test_default_denies);
    g_test_add_func("/seccomp/filter/obsolete/deny", test_obsolete_denied);
    g_test_add_func("/seccomp/filter/obsolete/allow", test_obsolete_allowed);
    g_test_add_func("/seccomp/filter/privileges/deny",
                    test_privileges_denied);
    g_test_add_func("/seccomp/filter/privileges/allow",
                    test_privileges_allowed);
    g_test_add_func("/seccomp/filter/privileges/children",
                    test_privileges_children);
    g_test_add_func("/seccomp/filter/spawn/threads", test_spawn_threads);
    g_test_add_func("/seccomp/filter/spawn/fork", test_spawn_fork);
    g_test_add_func("/seccomp/filter/spawn/allow", test_spawn_allowed);
    g_test_add_func("/seccomp/filter/resourcecontrol/deny",
                    test_resourcecontrol);
    g_test_add_func("/seccomp/filter/resourcecontrol/allow",
                    test_resourcecontrol_allowed);
    g_test_add_func("/seccomp/filter/load-error", test_load_error);
    return g_test_run();
}
