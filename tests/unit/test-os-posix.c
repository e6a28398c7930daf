/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for system/os-posix.c: daemonizing (the parent's exit status
 * follows the daemon's verdict), the locked pid file and its removal,
 * -runas, -chroot, the process name, memory locking and SIGPIPE.  Each
 * test that changes the process runs in a subprocess of its own; the
 * privilege tests need root and are skipped without it.
 */
#include "qemu/osdep.h"
#include <linux/capability.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "sysemu/os-posix.h"
#include "tmpdir-helpers.h"

#define NOBODY_ID 65534

/* AddressSanitizer replaces mlockall() by a no-op that succeeds. */
#ifdef __SANITIZE_ADDRESS__
#define MLOCK_IS_REAL false
#else
#define MLOCK_IS_REAL true
#endif

static bool skip_unless_root(void)
{
    if (geteuid() != 0) {
        g_test_skip("needs root");
        return true;
    }
    return false;
}

/* Wait up to ten seconds for a daemon to leave @path behind. */
static char *wait_for_file(const char *path)
{
    char *text = NULL;
    int i;

    for (i = 0; i < 1000; i++) {
        if (g_file_get_contents(path, &text, NULL, NULL)) {
            return text;
        }
        g_usleep(10000);
    }
    g_assert_not_reached();
}

static void test_proc_name(void)
{
    if (g_test_subprocess()) {
        os_set_proc_name(NULL);
        os_set_proc_name("a-rather-long-process-name");
        assert_file("/proc/self/comm", "a-rather-long-p\n");
        return;
    }
    run_subprocess();
}

static void test_sigpipe_ignored(void)
{
    if (g_test_subprocess()) {
        struct sigaction act;
        int fds[2];

        os_setup_early_signal_handling();
        g_assert_cmpint(sigaction(SIGPIPE, NULL, &act), ==, 0);
        g_assert_true(act.sa_handler == SIG_IGN);
        g_assert_cmpint(pipe(fds), ==, 0);
        close(fds[0]);
        g_assert_cmpint(write(fds[1], "x", 1), ==, -1);
        g_assert_cmpint(errno, ==, EPIPE);
        close(fds[1]);
        return;
    }
    run_subprocess();
}

static void test_line_buffering(void)
{
    if (g_test_subprocess()) {
        /* stdout is a pipe here, fully buffered until this call. */
        os_set_line_buffering();
        printf("one line\n");
        printf("lost");
        _exit(0);
    }
    run_subprocess();
    g_test_trap_assert_stdout("one line\n");
}

static void test_runas_parse(void)
{
    g_assert_true(os_set_runas("root"));
    g_assert_true(os_set_runas("0:0"));
    g_assert_true(os_set_runas("1000:0x10"));
    g_assert_false(os_set_runas("no-such-user-for-qlite"));
    g_assert_false(os_set_runas("1000"));
    g_assert_false(os_set_runas("1000:"));
    g_assert_false(os_set_runas(":1000"));
    g_assert_false(os_set_runas("1000:1000x"));
    g_assert_false(os_set_runas("4294967295:0"));
    g_assert_false(os_set_runas("0:4294967295"));
    g_assert_false(os_set_runas("4294967296:0"));
    g_assert_false(os_set_runas("0:4294967296"));
}

static void test_runas_ids(void)
{
    if (skip_unless_root()) {
        return;
    }
    if (g_test_subprocess()) {
        gid_t groups[4];

        g_assert_true(os_set_runas("65534:65533"));
        os_setup_post();
        g_assert_cmpint(getuid(), ==, NOBODY_ID);
        g_assert_cmpint(geteuid(), ==, NOBODY_ID);
        g_assert_cmpint(getgid(), ==, NOBODY_ID - 1);
        g_assert_cmpint(getgroups(ARRAY_SIZE(groups), groups), ==, 1);
        g_assert_cmpint(groups[0], ==, NOBODY_ID - 1);
        /* Not needed after the drop: no way back to root. */
        g_assert_cmpint(setuid(0), ==, -1);
        /* Exit hooks (coverage data) may no longer write their files. */
        _exit(0);
    }
    run_subprocess();
}

static void test_runas_name(void)
{
    if (skip_unless_root()) {
        return;
    }
    if (g_test_subprocess()) {
        struct passwd *pwd = getpwnam("nobody");

        if (!pwd) {
            return;
        }
        g_assert_true(os_set_runas("nobody"));
        os_setup_post();
        g_assert_cmpint(getuid(), ==, pwd->pw_uid);
        g_assert_cmpint(getgid(), ==, pwd->pw_gid);
        _exit(0);
    }
    run_subprocess();
}

/* A -runas failure: the capability taken away first, and the message. */
typedef struct RunasFailure {
    const char *user;
    int cap;                    /* -1: none */
    const char *msg;
} RunasFailure;

static const RunasFailure runas_failures[] = {
    { "65534:65534", CAP_SETGID, "Failed to setgid(65534)" },
    /* setgid to our own gid needs no capability, setgroups does. */
    { "65534:0", CAP_SETGID, "Failed to setgroups(1, [0])" },
    { "root", CAP_SETGID, "Failed to initgroups(\"root\", 0)" },
    { "65534:65534", CAP_SETUID, "Failed to setuid(65534)" },
    /* Still root afterwards: refuse to go on. */
    { "0:0", -1, "Dropping privileges failed" },
};

/* Remove @cap from the effective set, keeping uid 0. */
static void drop_capability(int cap)
{
    struct __user_cap_header_struct hdr = {
        .version = _LINUX_CAPABILITY_VERSION_3,
    };
    struct __user_cap_data_struct data[2];

    g_assert_cmpint(syscall(SYS_capget, &hdr, data), ==, 0);
    data[cap / 32].effective &= ~(1u << (cap % 32));
    g_assert_cmpint(syscall(SYS_capset, &hdr, data), ==, 0);
}

static void test_runas_error(gconstpointer opaque)
{
    const RunasFailure *f = opaque;
    g_autofree char *pattern = NULL;

    if (skip_unless_root()) {
        return;
    }
    if (g_test_subprocess()) {
        g_assert_true(os_set_runas(f->user));
        if (f->cap >= 0) {
            drop_capability(f->cap);
        }
        os_setup_post();
        return;
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_failed();
    pattern = g_strdup_printf("*: %s\n", f->msg);
    g_test_trap_assert_stderr(pattern);
}

static void test_chroot(void)
{
    g_autofree char *root = tmp_path("root");
    g_autofree char *marker = tmp_path("root/marker");

    if (skip_unless_root()) {
        return;
    }
    if (g_test_subprocess()) {
        char cwd[16];

        os_set_chroot(root);
        os_setup_post();
        g_assert_nonnull(getcwd(cwd, sizeof(cwd)));
        g_assert_cmpstr(cwd, ==, "/");
        g_assert_true(g_file_test("/marker", G_FILE_TEST_EXISTS));
        /* Exit hooks (leak checker, coverage) need the real root. */
        _exit(0);
    }
    g_assert_cmpint(mkdir(root, 0700), ==, 0);
    g_assert_true(g_file_set_contents(marker, "", 0, NULL));
    run_subprocess();
    unlink(marker);
    rmdir(root);
}

static void test_chroot_error(void)
{
    if (g_test_subprocess()) {
        os_set_chroot("/nonexistent-qlite-root");
        os_setup_post();
        return;
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*: chroot failed\n");
}

static void test_mlock(void)
{
    if (g_test_subprocess()) {
        g_assert_cmpint(os_mlock(true), ==, 0);
        return;
    }
    run_subprocess();
}

static void test_mlock_error(void)
{
    if (skip_unless_root()) {
        return;
    }
    if (!MLOCK_IS_REAL) {
        g_test_skip("mlockall() cannot fail under AddressSanitizer");
        return;
    }
    if (g_test_subprocess()) {
        struct rlimit none = { 0, 0 };

        /* Without CAP_IPC_LOCK, the limit applies. */
        g_assert_cmpint(setrlimit(RLIMIT_MEMLOCK, &none), ==, 0);
        drop_capability(CAP_IPC_LOCK);
        g_assert_cmpint(os_mlock(false), ==, -EPERM);
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("*: mlockall: Operation not permitted\n");
}

static void test_pidfile_write(void)
{
    g_autofree char *path = tmp_path("write.pid");
    g_autofree char *expected = NULL;

    if (g_test_subprocess()) {
        struct stat st;

        expected = g_strdup_printf("%d\n", getpid());
        /* An old, longer content must go. */
        g_assert_true(g_file_set_contents(path, "1234567890\n", -1, NULL));
        g_assert_true(qemu_write_pidfile(path, &error_abort));
        assert_file(path, expected);
        g_assert_cmpint(stat(path, &st), ==, 0);
        unlink(path);
        g_assert_true(qemu_write_pidfile(path, &error_abort));
        g_assert_cmpint(stat(path, &st), ==, 0);
        g_assert_cmpint(st.st_mode & 0777, ==, 0600);
        return;
    }
    run_subprocess();
}

static void test_pidfile_locked(void)
{
    g_autofree char *path = tmp_path("locked.pid");

    if (g_test_subprocess()) {
        Error *err = NULL;
        pid_t pid;
        int status;

        g_assert_true(qemu_write_pidfile(path, &error_abort));
        pid = fork();
        g_assert_cmpint(pid, >=, 0);
        if (pid == 0) {
            assert_error(qemu_write_pidfile(path, &err), &err,
                         "Cannot lock pid file: "
                         "Resource temporarily unavailable");
            exit(0);
        }
        g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
        g_assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        return;
    }
    run_subprocess();
}

static void test_pidfile_create_error(void)
{
    Error *err = NULL;

    assert_error(qemu_write_pidfile("/nonexistent-qlite/x.pid", &err), &err,
                 "Could not create '/nonexistent-qlite/x.pid': "
                 "No such file or directory");
}

static void test_pidfile_truncate_error(void)
{
    g_autofree char *path = tmp_path("full.pid");

    if (g_test_subprocess()) {
        Error *err = NULL;

        /* A device cannot be truncated; the link is what gets removed. */
        g_assert_cmpint(symlink("/dev/full", path), ==, 0);
        assert_error(qemu_write_pidfile(path, &err), &err,
                     "Failed to truncate pid file: Invalid argument");
        g_assert_false(g_file_test(path, G_FILE_TEST_IS_SYMLINK));
        g_assert_true(g_file_test("/dev/full", G_FILE_TEST_EXISTS));
        return;
    }
    run_subprocess();
}

static void test_pidfile_write_error(void)
{
    g_autofree char *path = tmp_path("short.pid");

    if (g_test_subprocess()) {
        struct rlimit one = { 1, RLIM_INFINITY };
        struct rlimit old;
        Error *err = NULL;
        bool ok;

        signal(SIGXFSZ, SIG_IGN);
        g_assert_cmpint(getrlimit(RLIMIT_FSIZE, &old), ==, 0);
        g_assert_cmpint(setrlimit(RLIMIT_FSIZE, &one), ==, 0);
        ok = qemu_write_pidfile(path, &err);
        g_assert_cmpint(setrlimit(RLIMIT_FSIZE, &old), ==, 0);
        assert_error(ok, &err, "Failed to write pid file");
        g_assert_false(g_file_test(path, G_FILE_TEST_EXISTS));
        return;
    }
    run_subprocess();
}

static void test_pidfile_removal(void)
{
    g_autofree char *path = tmp_path("removed.pid");

    if (g_test_subprocess()) {
        g_assert_true(chdir(tmpdir) == 0);
        g_assert_true(qemu_write_pidfile("removed.pid", &error_abort));
        qemu_pidfile_register_removal("removed.pid");
        qemu_pidfile_register_removal("removed.pid");
        /* The path was resolved: leaving the directory changes nothing. */
        g_assert_true(chdir("/") == 0);
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("");
    g_assert_false(g_file_test(path, G_FILE_TEST_EXISTS));
}

static void test_pidfile_removal_unresolved(void)
{
    g_autofree char *file = tmp_path("plain-file");
    g_autofree char *below = tmp_path("plain-file/x.pid");
    g_autofree char *missing = tmp_path("missing.pid");

    if (g_test_subprocess()) {
        qemu_pidfile_register_removal(missing);
        qemu_pidfile_register_removal(below);
        return;
    }
    g_assert_true(g_file_set_contents(file, "", 0, NULL));
    run_subprocess();
    unlink(file);
    g_test_trap_assert_stderr("*warning: not removing PID file on exit: "
                              "cannot resolve PID file path: *"
                              "/plain-file/x.pid: Not a directory\n");
}

static void test_not_daemonized(void)
{
    if (g_test_subprocess()) {
        pid_t pid = getpid();

        g_assert_false(is_daemonized());
        os_daemonize();
        os_setup_post();
        g_assert_cmpint(getpid(), ==, pid);
        printf("still here\n");
        return;
    }
    run_subprocess();
    g_test_trap_assert_stdout("still here\n");
}

/* The daemon's side of /os-posix/daemonize/ok: what it looks like. */
static void daemon_report(const char *report, const char *pidfile)
{
    g_autofree char *text = NULL;
    mode_t mask = umask(0);
    struct stat in, null;
    char cwd[16];

    g_assert_true(qemu_write_pidfile(pidfile, &error_abort));
    os_setup_post();
    g_assert_nonnull(getcwd(cwd, sizeof(cwd)));
    g_assert_cmpint(fstat(STDIN_FILENO, &in), ==, 0);
    g_assert_cmpint(stat("/dev/null", &null), ==, 0);
    text = g_strdup_printf("%d %d %03o %s %d", (int)getpid(),
                           (int)getsid(0), (unsigned)mask, cwd,
                           in.st_rdev == null.st_rdev);
    g_assert_true(g_file_set_contents(report, text, -1, NULL));
}

static void test_daemonize_ok(void)
{
    g_autofree char *report = tmp_path("daemon-ok.txt");
    g_autofree char *pidfile = tmp_path("daemon-ok.pid");
    g_autofree char *text = NULL;
    g_autofree char *pid_text = NULL;
    char cwd[16];
    int pid, sid, null;
    unsigned mask;

    if (g_test_subprocess()) {
        os_set_daemonize(true);
        g_assert_true(is_daemonized());
        os_daemonize();
        daemon_report(report, pidfile);
        exit(0);
    }
    run_subprocess();
    text = wait_for_file(report);
    g_assert_cmpint(sscanf(text, "%d %d %o %15s %d", &pid, &sid, &mask, cwd,
                           &null), ==, 5);
    g_assert_true(g_file_get_contents(pidfile, &pid_text, NULL, NULL));
    g_assert_cmpint(atoi(pid_text), ==, pid);
    /* A session of its own, of which it is not the leader. */
    g_assert_cmpint(sid, !=, getsid(0));
    g_assert_cmpint(sid, !=, pid);
    g_assert_cmpuint(mask, ==, 027);
    g_assert_cmpstr(cwd, ==, "/");
    g_assert_cmpint(null, ==, 1);
}

/* A daemon that gives up before os_setup_post fails its parent. */
static void test_daemonize_fail(void)
{
    if (g_test_subprocess()) {
        os_set_daemonize(true);
        os_daemonize();
        fprintf(stderr, "daemon gave up\n");
        exit(1);
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("daemon gave up\n");
}

/* A daemon that dies by a signal fails its parent too. */
static void test_daemonize_killed(void)
{
    if (g_test_subprocess()) {
        os_set_daemonize(true);
        os_daemonize();
        raise(SIGKILL);
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_failed();
}

/* With -D, the daemon's stderr stays the log file. */
static void test_daemonize_log(void)
{
    g_autofree char *log = tmp_path("daemon.log");
    g_autofree char *done = tmp_path("daemon-log.done");

    if (g_test_subprocess()) {
        os_set_daemonize(true);
        g_assert_true(qemu_set_log_filename_flags(log, LOG_UNIMP,
                                                  &error_abort));
        os_daemonize();
        os_setup_post();
        fprintf(stderr, "after setup\n");
        printf("to /dev/null\n");
        fflush(stdout);
        g_assert_true(g_file_set_contents(done, "", 0, NULL));
        exit(0);
    }
    run_subprocess();
    g_free(wait_for_file(done));
    assert_file(log, "after setup\n");
}

int main(int argc, char **argv)
{
    size_t i;
    int ret;

    g_test_init(&argc, &argv, NULL);
    error_init(argv[0]);
    tmpdir = g_strdup(g_getenv("TEST_OS_POSIX_TMPDIR"));
    if (!tmpdir) {
        tmpdir = g_dir_make_tmp("test-os-posix-XXXXXX", NULL);
        g_setenv("TEST_OS_POSIX_TMPDIR", tmpdir, true);
    }

    g_test_add_func("/os-posix/proc-name", test_proc_name);
    g_test_add_func("/os-posix/sigpipe-ignored", test_sigpipe_ignored);
    g_test_add_func("/os-posix/line-buffering", test_line_buffering);
    g_test_add_func("/os-posix/runas/parse", test_runas_parse);
    g_test_add_func("/os-posix/runas/ids", test_runas_ids);
    g_test_add_func("/os-posix/runas/name", test_runas_name);
    for (i = 0; i < ARRAY_SIZE(runas_failures); i++) {
        g_autofree char *name = g_strdup_printf("/os-posix/runas/error/%zu",
                                                i);

        g_test_add_data_func(name, &runas_failures[i], test_runas_error);
    }
    g_test_add_func("/os-posix/chroot/ok", test_chroot);
    g_test_add_func("/os-posix/chroot/error", test_chroot_error);
    g_test_add_func("/os-posix/mlock/ok", test_mlock);
    g_test_add_func("/os-posix/mlock/error", test_mlock_error);
    g_test_add_func("/os-posix/pidfile/write", test_pidfile_write);
    g_test_add_func("/os-posix/pidfile/locked", test_pidfile_locked);
    g_test_add_func("/os-posix/pidfile/create-error",
                    test_pidfile_create_error);
    g_test_add_func("/os-posix/pidfile/truncate-error",
                    test_pidfile_truncate_error);
    g_test_add_func("/os-posix/pidfile/write-error",
                    test_pidfile_write_error);
    g_test_add_func("/os-posix/pidfile/removal", test_pidfile_removal);
    g_test_add_func("/os-posix/pidfile/removal-unresolved",
                    test_pidfile_removal_unresolved);
    g_test_add_func("/os-posix/daemonize/off", test_not_daemonized);
    g_test_add_func("/os-posix/daemonize/ok", test_daemonize_ok);
    g_test_add_func("/os-posix/daemonize/fail", test_daemonize_fail);
    g_test_add_func("/os-posix/daemonize/killed", test_daemonize_killed);
    g_test_add_func("/os-posix/daemonize/log", test_daemonize_log);

    ret = g_test_run();
    /* Subprocesses share the top-level process's directory. */
    if (!g_test_subprocess()) {
        remove_tmpdir();
    }
    g_free(tmpdir);
    return ret;
}
