/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for util/log.c: the -d item names and help text, where the
 * log goes (stderr, a -D file, "%d" templates, per-thread files, a
 * daemon's stderr), -dfilter ranges and the `startup` step lines.  The log
 * is process-wide state, so every test that configures it runs in a
 * subprocess of its own.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/log.h"
#include "sysemu/os-posix.h"
#include "tmpdir-helpers.h"

static void test_mask_items(void)
{
    g_assert_cmpint(qemu_str_to_log_mask("int"), ==, CPU_LOG_INT);
    g_assert_cmpint(qemu_str_to_log_mask("int,exec,guest_errors"), ==,
                    CPU_LOG_INT | CPU_LOG_EXEC | LOG_GUEST_ERROR);
    g_assert_cmpint(qemu_str_to_log_mask("startup"), ==, LOG_STARTUP);
    g_assert_cmpint(qemu_str_to_log_mask("tid"), ==, LOG_PER_THREAD);
}

static void test_mask_unknown(void)
{
    g_assert_cmpint(qemu_str_to_log_mask("int,bogus"), ==, 0);
    g_assert_cmpint(qemu_str_to_log_mask("help"), ==, 0);
    g_assert_cmpint(qemu_str_to_log_mask(""), ==, 0);
    g_assert_cmpint(qemu_str_to_log_mask("int,"), ==, 0);
    g_assert_cmpint(qemu_str_to_log_mask("trace:foo"), ==, 0);
}

static void test_mask_all(void)
{
    int mask = qemu_str_to_log_mask("all");
    const QEMULogItem *item;

    for (item = qemu_log_items; item->mask; item++) {
        g_assert_cmpint(mask & item->mask, ==, item->mask);
    }
    g_assert_cmpint(mask & LOG_TRACE, ==, 0);
}

static char *hooked_pattern;

static void trace_hook(const char *pattern)
{
    g_free(hooked_pattern);
    hooked_pattern = g_strdup(pattern);
}

static void test_mask_trace(void)
{
    qemu_log_set_trace_hook(trace_hook);
    g_assert_cmpint(qemu_str_to_log_mask("trace:virtio_*,int"), ==,
                    LOG_TRACE | CPU_LOG_INT);
    g_assert_cmpstr(hooked_pattern, ==, "virtio_*");
    g_assert_cmpint(qemu_str_to_log_mask("trace:"), ==, 0);
    qemu_log_set_trace_hook(NULL);
    g_free(hooked_pattern);
    hooked_pattern = NULL;
}

static void test_usage(void)
{
    static const char expected[] =
        "Log items (comma separated):\n"
        "out_asm         show generated host assembly code for each "
        "compiled TB\n"
        "in_asm          show target assembly code for each compiled TB\n"
        "op              show micro ops for each compiled TB\n"
        "op_opt          show micro ops after optimization\n"
        "op_ind          show micro ops before indirect lowering\n"
        "int             show interrupts/exceptions in short format\n"
        "exec            show trace before each executed TB (lots of logs)\n"
        "cpu             show CPU registers before entering a TB (lots of "
        "logs)\n"
        "fpu             include FPU registers in the 'cpu' logging\n"
        "mmu             log MMU-related activities\n"
        "pcall           x86 only: show protected mode far "
        "calls/returns/exceptions\n"
        "cpu_reset       show CPU state before CPU resets\n"
        "unimp           log unimplemented functionality\n"
        "guest_errors    log when the guest OS does something invalid (eg "
        "accessing a\n"
        "non-existent register)\n"
        "page            dump pages at beginning of user mode emulation\n"
        "nochain         do not chain compiled TBs so that \"exec\" and "
        "\"cpu\" show\n"
        "complete traces\n"
        "plugin          output from TCG plugins\n"
        "strace          log every user-mode syscall, its input, and its "
        "result\n"
        "tid             open a separate log file per thread; filename "
        "must contain '%d'\n"
        "startup         log each start-up step with its time\n"
        "trace:PATTERN   enable trace events\n"
        "\n"
        "Use \"-d trace:help\" to get a list of trace events.\n"
        "\n";
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);

    qemu_print_log_usage(f);
    fclose(f);
    g_assert_cmpstr(buf, ==, expected);
    free(buf);
}

static void test_off_by_default(void)
{
    if (g_test_subprocess()) {
        g_assert_false(qemu_log_enabled());
        g_assert_false(qemu_log_separate());
        g_assert_null(qemu_log_trylock());
        qemu_log("lost\n");
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("");
}

static void test_stderr(void)
{
    if (g_test_subprocess()) {
        g_assert_true(qemu_set_log(LOG_GUEST_ERROR, &error_abort));
        g_assert_true(qemu_log_enabled());
        g_assert_false(qemu_log_separate());
        g_assert_true(qemu_loglevel_mask(LOG_GUEST_ERROR));
        g_assert_false(qemu_loglevel_mask(LOG_UNIMP));
        qemu_log_mask(LOG_UNIMP, "not shown\n");
        qemu_log_mask(LOG_GUEST_ERROR, "bad %s\n", "write");
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("bad write\n");
}

/* Trace events go to the log, so even an empty mask opens it. */
static void test_empty_mask_opens(void)
{
    if (g_test_subprocess()) {
        g_assert_true(qemu_set_log(0, &error_abort));
        g_assert_true(qemu_log_enabled());
        g_assert_true(qemu_loglevel_mask(LOG_TRACE));
        qemu_log("traced\n");
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("traced\n");
}

static void test_nested_lock(void)
{
    if (g_test_subprocess()) {
        FILE *f;

        g_assert_true(qemu_set_log(LOG_UNIMP, &error_abort));
        f = qemu_log_trylock();
        g_assert_true(f == stderr);
        fprintf(f, "a");
        qemu_log("b");
        qemu_log_unlock(f);
        qemu_log_unlock(NULL);
        qemu_log("c\n");
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("abc\n");
}

static void test_file_opened_at_once(void)
{
    g_autofree char *path = tmp_path("at-once.log");

    if (g_test_subprocess()) {
        g_assert_true(qemu_set_log_filename_flags(path, 0, &error_abort));
        g_assert_true(g_file_test(path, G_FILE_TEST_EXISTS));
        g_assert_true(qemu_log_separate());
        qemu_log("to the file\n");
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("");
    assert_file(path, "to the file\n");
}

static void test_file_switch(void)
{
    g_autofree char *first = tmp_path("first.log");
    g_autofree char *second = tmp_path("second.log");

    if (g_test_subprocess()) {
        g_assert_true(qemu_set_log_filename(first, &error_abort));
        g_assert_true(qemu_set_log(LOG_UNIMP, &error_abort));
        qemu_log("one\n");
        g_assert_true(qemu_set_log_filename(second, &error_abort));
        g_assert_true(qemu_loglevel_mask(LOG_UNIMP));
        qemu_log("two\n");
        g_assert_true(qemu_set_log_filename(NULL, &error_abort));
        qemu_log("three\n");
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("three\n");
    assert_file(first, "one\n");
    assert_file(second, "two\n");
}

static void test_pid_template(void)
{
    g_autofree char *template = tmp_path("pid-%d.log");

    if (g_test_subprocess()) {
        g_autofree char *name = g_strdup_printf("pid-%d.log", getpid());
        g_autofree char *path = tmp_path(name);

        g_assert_true(qemu_set_log_filename_flags(template, LOG_UNIMP,
                                                  &error_abort));
        g_assert_true(g_file_test(path, G_FILE_TEST_EXISTS));
        return;
    }
    run_subprocess();
}

static void test_bad_template(void)
{
    Error *err = NULL;

    assert_error(qemu_set_log_filename("log-%s", &err), &err,
                 "Bad logfile template: log-%s");
    assert_error(qemu_set_log_filename("log-%d-%d", &err), &err,
                 "Bad logfile template: log-%d-%d");
    assert_error(qemu_set_log_filename("log-%", &err), &err,
                 "Bad logfile template: log-%");
}

static void test_open_error(void)
{
    if (g_test_subprocess()) {
        Error *err = NULL;

        assert_error(qemu_set_log_filename_flags("/nonexistent/qlite.log",
                                                 LOG_UNIMP, &err), &err,
                     "Error opening logfile /nonexistent/qlite.log: "
                     "No such file or directory");
        return;
    }
    run_subprocess();
}

static void test_tid_needs_template(void)
{
    if (g_test_subprocess()) {
        g_autofree char *plain = tmp_path("plain-tid.log");
        Error *err = NULL;

        assert_error(qemu_set_log_filename_flags(NULL, LOG_PER_THREAD,
                                                 &err), &err,
                     "Filename template with '%d' required for 'tid'");
        assert_error(qemu_set_log(LOG_PER_THREAD | LOG_UNIMP, &err), &err,
                     "Filename template with '%d' required for 'tid'");
        assert_error(qemu_set_log_filename_flags(plain, LOG_PER_THREAD,
                                                 &err), &err,
                     "Filename template with '%d' required for 'tid'");
        return;
    }
    run_subprocess();
}

/* Once a plain file is named, `tid` is quietly dropped, as in QEMU. */
static void test_tid_after_name(void)
{
    g_autofree char *path = tmp_path("named-first.log");

    if (g_test_subprocess()) {
        g_assert_true(qemu_set_log_filename_flags(path, LOG_UNIMP,
                                                  &error_abort));
        g_assert_true(qemu_set_log(LOG_PER_THREAD | LOG_UNIMP,
                                   &error_abort));
        qemu_log("shared\n");
        return;
    }
    run_subprocess();
    assert_file(path, "shared\n");
}

static gpointer tid_thread(gpointer data)
{
    int *tid = data;

    *tid = gettid();
    qemu_log("from thread\n");
    return NULL;
}

static void test_tid_files(void)
{
    g_autofree char *template = tmp_path("tid-%d.log");

    if (g_test_subprocess()) {
        g_autofree char *name = NULL;
        g_autofree char *path = NULL;
        Error *err = NULL;
        int tid = 0;

        g_assert_true(qemu_set_log_filename_flags(template,
                                                  LOG_PER_THREAD | LOG_UNIMP,
                                                  &error_abort));
        qemu_log("from main\n");
        g_thread_join(g_thread_new("logger", tid_thread, &tid));
        name = g_strdup_printf("tid-%d.log", tid);
        path = tmp_path(name);
        assert_file(path, "from thread\n");

        g_assert_true(qemu_log_enabled());
        g_assert_true(qemu_log_separate());
        g_assert_true(qemu_set_log(LOG_UNIMP, &error_abort));
        assert_error(qemu_set_log_filename("other.log", &err), &err,
                     "Cannot change log filename after setting 'tid'");
        return;
    }
    run_subprocess();
}

static void test_daemon_needs_file(void)
{
    if (g_test_subprocess()) {
        os_set_daemonize(true);
        g_assert_true(qemu_set_log(LOG_UNIMP, &error_abort));
        g_assert_false(qemu_log_enabled());
        qemu_log("nowhere\n");
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("");
}

static void test_daemon_stderr_is_log(void)
{
    g_autofree char *path = tmp_path("daemon.log");

    if (g_test_subprocess()) {
        os_set_daemonize(true);
        g_assert_true(qemu_set_log_filename_flags(path, LOG_UNIMP,
                                                  &error_abort));
        g_assert_true(qemu_log_enabled());
        g_assert_false(qemu_log_separate());
        qemu_log("logged\n");
        fprintf(stderr, "stderr\n");
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("");
    assert_file(path, "logged\nstderr\n");
}

static void test_daemon_tid(void)
{
    g_autofree char *template = tmp_path("daemon-tid-%d.log");

    if (g_test_subprocess()) {
        g_autofree char *name = g_strdup_printf("daemon-tid-%d.log",
                                                (int)gettid());
        g_autofree char *path = tmp_path(name);

        os_set_daemonize(true);
        g_assert_true(qemu_set_log_filename_flags(template,
                                                  LOG_PER_THREAD | LOG_UNIMP,
                                                  &error_abort));
        qemu_log("main\n");
        g_assert_true(qemu_set_log(LOG_UNIMP | LOG_GUEST_ERROR,
                                   &error_abort));
        qemu_log("again\n");
        assert_file(path, "main\nagain\n");
        return;
    }
    run_subprocess();
}

static void test_daemon_tid_error(void)
{
    if (g_test_subprocess()) {
        g_autofree char *msg = NULL;
        Error *err = NULL;
        int tid = gettid();

        os_set_daemonize(true);
        msg = g_strdup_printf("Error opening logfile /nonexistent/t-%d.log "
                              "for thread %d: No such file or directory",
                              tid, tid);
        assert_error(qemu_set_log_filename_flags("/nonexistent/t-%d.log",
                                                 LOG_PER_THREAD, &err),
                     &err, msg);
        return;
    }
    run_subprocess();
}

static void test_dfilter_none(void)
{
    if (g_test_subprocess()) {
        g_assert_true(qemu_log_in_addr_range(0));
        g_assert_true(qemu_log_in_addr_range(UINT64_MAX));
        return;
    }
    run_subprocess();
}

static void test_dfilter_ranges(void)
{
    g_assert_true(qemu_set_dfilter_ranges("0x1000+0x100,0x2000-0x10,"
                                          "0x3000..0x3fff", &error_abort));
    g_assert_false(qemu_log_in_addr_range(0xfff));
    g_assert_true(qemu_log_in_addr_range(0x1000));
    g_assert_true(qemu_log_in_addr_range(0x10ff));
    g_assert_false(qemu_log_in_addr_range(0x1100));
    g_assert_false(qemu_log_in_addr_range(0x1ff0));
    g_assert_true(qemu_log_in_addr_range(0x1ff1));
    g_assert_true(qemu_log_in_addr_range(0x2000));
    g_assert_false(qemu_log_in_addr_range(0x2001));
    g_assert_true(qemu_log_in_addr_range(0x3000));
    g_assert_true(qemu_log_in_addr_range(0x3fff));
    g_assert_false(qemu_log_in_addr_range(0x4000));

    g_assert_true(qemu_set_dfilter_ranges("16+1", &error_abort));
    g_assert_true(qemu_log_in_addr_range(16));
    g_assert_false(qemu_log_in_addr_range(0x1000));
}

static void test_dfilter_errors(void)
{
    Error *err = NULL;

    assert_error(qemu_set_dfilter_ranges("0x1000", &err), &err,
                 "Bad range specifier");
    assert_error(qemu_set_dfilter_ranges("zz+1", &err), &err,
                 "Invalid number to the left of +");
    assert_error(qemu_set_dfilter_ranges("1+zz", &err), &err,
                 "Invalid number to the right of +");
    assert_error(qemu_set_dfilter_ranges("1..", &err), &err,
                 "Invalid number to the right of ..");
    assert_error(qemu_set_dfilter_ranges("5..1", &err), &err,
                 "Invalid range");
    assert_error(qemu_set_dfilter_ranges("0x1000+0", &err), &err,
                 "Invalid range");
}

/* The ranges before a bad one stay in force. */
static void test_dfilter_partial(void)
{
    Error *err = NULL;

    assert_error(qemu_set_dfilter_ranges("0x10+1,bad", &err), &err,
                 "Bad range specifier");
    g_assert_true(qemu_log_in_addr_range(0x10));
    g_assert_false(qemu_log_in_addr_range(0x11));
}

static void test_startup_steps(void)
{
    if (g_test_subprocess()) {
        qemu_log_startup_step("registration");
        qemu_log_startup_step("first pass");
        g_assert_true(qemu_set_log(LOG_STARTUP, &error_abort));
        qemu_log_startup_step("daemonize");
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("startup: * us: registration\n"
                              "startup: * us: first pass\n"
                              "startup: * us: daemonize\n");
}

static void test_startup_times(void)
{
    g_autofree char *path = tmp_path("startup.log");

    if (g_test_subprocess()) {
        qemu_log_startup_step("a");
        g_usleep(2000);
        g_assert_true(qemu_set_log_filename_flags(path, LOG_STARTUP,
                                                  &error_abort));
        qemu_log_startup_step("b");
        return;
    }
    run_subprocess();
    {
        g_autofree char *text = read_file(path);
        unsigned long a, b;

        g_assert_cmpint(sscanf(text, "startup: %lu us: a\n"
                               "startup: %lu us: b\n", &a, &b), ==, 2);
        g_assert_cmpuint(b, >=, a + 2000);
    }
}

static void test_startup_off(void)
{
    if (g_test_subprocess()) {
        qemu_log_startup_step("kept");
        g_assert_true(qemu_set_log(LOG_UNIMP, &error_abort));
        qemu_log_startup_step("later");
        qemu_log("only this\n");
        return;
    }
    run_subprocess();
    g_test_trap_assert_stderr("only this\n");
}

int main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    tmpdir = g_strdup(g_getenv("TEST_LOG_TMPDIR"));
    if (!tmpdir) {
        tmpdir = g_dir_make_tmp("test-log-XXXXXX", NULL);
        g_setenv("TEST_LOG_TMPDIR", tmpdir, true);
    }

    g_test_add_func("/util/log/mask/items", test_mask_items);
    g_test_add_func("/util/log/mask/unknown", test_mask_unknown);
    g_test_add_func("/util/log/mask/all", test_mask_all);
    g_test_add_func("/util/log/mask/trace", test_mask_trace);
    g_test_add_func("/util/log/usage", test_usage);
    g_test_add_func("/util/log/off-by-default", test_off_by_default);
    g_test_add_func("/util/log/stderr", test_stderr);
    g_test_add_func("/util/log/empty-mask-opens", test_empty_mask_opens);
    g_test_add_func("/util/log/nested-lock", test_nested_lock);
    g_test_add_func("/util/log/file/at-once", test_file_opened_at_once);
    g_test_add_func("/util/log/file/switch", test_file_switch);
    g_test_add_func("/util/log/file/pid-template", test_pid_template);
    g_test_add_func("/util/log/file/bad-template", test_bad_template);
    g_test_add_func("/util/log/file/open-error", test_open_error);
    g_test_add_func("/util/log/tid/needs-template", test_tid_needs_template);
    g_test_add_func("/util/log/tid/after-name", test_tid_after_name);
    g_test_add_func("/util/log/tid/files", test_tid_files);
    g_test_add_func("/util/log/daemon/needs-file", test_daemon_needs_file);
    g_test_add_func("/util/log/daemon/stderr-is-log",
                    test_daemon_stderr_is_log);
    g_test_add_func("/util/log/daemon/tid", test_daemon_tid);
    g_test_add_func("/util/log/daemon/tid-error", test_daemon_tid_error);
    g_test_add_func("/util/log/dfilter/none", test_dfilter_none);
    g_test_add_func("/util/log/dfilter/ranges", test_dfilter_ranges);
    g_test_add_func("/util/log/dfilter/errors", test_dfilter_errors);
    g_test_add_func("/util/log/dfilter/partial", test_dfilter_partial);
    g_test_add_func("/util/log/startup/steps", test_startup_steps);
    g_test_add_func("/util/log/startup/times", test_startup_times);
    g_test_add_func("/util/log/startup/off", test_startup_off);

    ret = g_test_run();
    /* Subprocesses share the top-level process's directory. */
    if (!g_test_subprocess()) {
        remove_tmpdir();
    }
    g_free(tmpdir);
    return ret;
}
