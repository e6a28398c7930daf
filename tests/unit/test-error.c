/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for util/error.c and util/error-report.c: Error objects,
 * propagation, hints, the sentinels, and the message prefixes that
 * Locations give.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"

static void test_setg(void)
{
    Error *err = NULL;

    error_setg(&err, "value %d is bad", 42);
    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, "value 42 is bad");
    g_assert_cmpint(error_get_class(err), ==, ERROR_CLASS_GENERIC_ERROR);
    error_free(err);
}

static void test_set_class(void)
{
    Error *err = NULL;

    error_set(&err, ERROR_CLASS_COMMAND_NOT_FOUND, "no %s", "cmd");
    g_assert_cmpint(error_get_class(err), ==, ERROR_CLASS_COMMAND_NOT_FOUND);
    g_assert_cmpstr(error_class_name(error_get_class(err)), ==,
                    "CommandNotFound");
    g_assert_cmpstr(error_class_name(ERROR_CLASS_GENERIC_ERROR), ==,
                    "GenericError");
    g_assert_cmpstr(error_class_name(ERROR_CLASS_KVM_MISSING), ==,
                    "KVMMissing");
    error_free(err);
}

static void test_setg_errno(void)
{
    Error *err = NULL;

    errno = 7;
    error_setg_errno(&err, ENOENT, "cannot open '%s'", "x");
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "cannot open 'x': No such file or directory");
    g_assert_cmpint(errno, ==, 7);
    error_free_or_abort(&err);

    error_setg_errno(&err, 0, "plain");
    g_assert_cmpstr(error_get_pretty(err), ==, "plain");
    error_free(err);
}

static void test_null_errp(void)
{
    error_setg(NULL, "ignored");
    error_prepend(NULL, "x");
    error_append_hint(NULL, "x");
    error_propagate(NULL, NULL);
    error_free(NULL);
}

static void test_propagate(void)
{
    Error *dst = NULL;
    Error *local = NULL;
    Error *second = NULL;

    error_setg(&local, "first");
    error_propagate(&dst, local);
    g_assert_cmpstr(error_get_pretty(dst), ==, "first");

    /* A second error is dropped: the first one wins. */
    error_setg(&second, "second");
    error_propagate(&dst, second);
    g_assert_cmpstr(error_get_pretty(dst), ==, "first");

    /* Propagating nothing changes nothing. */
    error_propagate(&dst, NULL);
    g_assert_cmpstr(error_get_pretty(dst), ==, "first");

    local = NULL;
    error_setg(&local, "dropped");
    error_propagate(NULL, local);
    error_free_or_abort(&dst);
    g_assert_null(dst);
}

static void test_propagate_prepend(void)
{
    Error *dst = NULL;
    Error *local = NULL;

    error_setg(&local, "inner");
    error_propagate_prepend(&dst, local, "outer %d: ", 1);
    g_assert_cmpstr(error_get_pretty(dst), ==, "outer 1: inner");

    local = NULL;
    error_setg(&local, "other");
    error_propagate_prepend(&dst, local, "not applied: ");
    g_assert_cmpstr(error_get_pretty(dst), ==, "outer 1: inner");
    error_free(dst);
}

static void test_prepend(void)
{
    Error *err = NULL;

    error_prepend(&err, "nothing to prepend to");
    g_assert_null(err);
    error_setg(&err, "msg");
    error_prepend(&err, "a: ");
    error_prepend(&err, "%s: ", "b");
    g_assert_cmpstr(error_get_pretty(err), ==, "b: a: msg");
    error_free(err);
}

static void test_copy(void)
{
    Error *err = NULL;
    Error *copy;

    error_set(&err, ERROR_CLASS_DEVICE_NOT_FOUND, "gone");
    error_append_hint(&err, "hint\n");
    copy = error_copy(err);
    error_free(err);
    g_assert_cmpstr(error_get_pretty(copy), ==, "gone");
    g_assert_cmpint(error_get_class(copy), ==, ERROR_CLASS_DEVICE_NOT_FOUND);
    error_free(copy);
}

static bool guarded_fail(Error **errp)
{
    ERRP_GUARD();

    error_setg(errp, "guarded");
    error_append_hint(errp, "with a hint\n");
    g_assert_nonnull(*errp);
    return false;
}

static void test_errp_guard(void)
{
    Error *err = NULL;

    g_assert_false(guarded_fail(NULL));
    g_assert_false(guarded_fail(&err));
    g_assert_cmpstr(error_get_pretty(err), ==, "guarded");
    error_free(err);
}

static void test_autoptr(void)
{
    g_autoptr(Error) err = NULL;

    error_setg(&err, "freed automatically");
    g_assert_nonnull(err);
}

/* Everything below runs in a subprocess so stderr can be checked. */

static void test_report_plain(void)
{
    if (g_test_subprocess()) {
        error_init("/usr/bin/qlite-system-riscv64");
        g_assert_cmpstr(error_get_progname(), ==, "qlite-system-riscv64");
        error_report("plain %d", 1);
        warn_report("careful");
        info_report("fyi");
        error_printf("raw\n");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("qlite-system-riscv64: plain 1\n"
                              "qlite-system-riscv64: warning: careful\n"
                              "qlite-system-riscv64: info: fyi\n"
                              "raw\n");
}

static void test_report_cmdline(void)
{
    static char *argv[] = { "prog", "-m", "foo", "-bogus", NULL };

    if (g_test_subprocess()) {
        error_init("prog");
        loc_set_cmdline(argv, 1, 2);
        error_report("bad size");
        warn_report("also");
        loc_set_cmdline(argv, 3, 1);
        error_report("invalid option");
        loc_set_none();
        error_report("no location");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("prog: -m foo: bad size\n"
                              "prog: -m foo: warning: also\n"
                              "prog: -bogus: invalid option\n"
                              "prog: no location\n");
}

static void test_report_file(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        loc_set_file("vm.cfg", 12);
        error_report("parse error");
        loc_set_file(NULL, 13);
        warn_report("next line");
        loc_set_file("other.cfg", 0);
        error_report("whole file");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("prog:vm.cfg:12: parse error\n"
                              "prog:vm.cfg:13: warning: next line\n"
                              "prog:other.cfg: whole file\n");
}

static void test_loc_stack(void)
{
    static char *argv[] = { "prog", "-readconfig", "x.cfg", NULL };

    if (g_test_subprocess()) {
        Location loc = {};
        Location saved = {};

        error_init("prog");
        loc_set_cmdline(argv, 1, 2);
        loc_save(&saved);
        loc_push_none(&loc);
        loc_set_file("x.cfg", 3);
        error_report("inside");
        loc_pop(&loc);
        error_report("outside");
        loc_set_none();
        loc_restore(&saved);
        error_report("restored");
        loc_push_restore(&loc);
        error_report("pushed saved");
        loc_pop(&loc);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("prog:x.cfg:3: inside\n"
                              "prog: -readconfig x.cfg: outside\n"
                              "prog: -readconfig x.cfg: restored\n"
                              "prog:x.cfg:3: pushed saved\n");
}

static void test_report_err_hint(void)
{
    if (g_test_subprocess()) {
        Error *err = NULL;

        error_init("prog");
        error_setg(&err, "bad");
        error_append_hint(&err, "Try %s.\n", "this");
        error_append_hint(&err, "Or that.\n");
        error_report_err(err);
        err = NULL;
        error_setg(&err, "meh");
        warn_report_err(err);
        err = NULL;
        error_setg(&err, "inner");
        error_reportf_err(err, "outer %d: ", 2);
        err = NULL;
        error_setg(&err, "winner");
        warn_reportf_err(err, "w: ");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("prog: bad\nTry this.\nOr that.\n"
                              "prog: warning: meh\n"
                              "prog: outer 2: inner\n"
                              "prog: warning: w: winner\n");
}

static void test_error_fatal(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        error_setg(&error_fatal, "fatal %s", "thing");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("prog: fatal thing\n");
}

static void test_error_fatal_propagate(void)
{
    if (g_test_subprocess()) {
        Error *err = NULL;

        error_init("prog");
        error_setg(&err, "propagated");
        error_propagate(&error_fatal, err);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("prog: propagated\n");
}

static void test_error_fatal_guard_hint(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        guarded_fail(&error_fatal);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("prog: guarded\nwith a hint\n");
}

static void test_error_abort(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        error_setg(&error_abort, "our bug");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("Unexpected error in test_error_abort() at "
                              "*test-error.c:*:\nprog: our bug\n");
}

static void test_error_warn(void)
{
    if (g_test_subprocess()) {
        Error *err = NULL;

        error_init("prog");
        error_setg(&error_warn, "just a warning");
        error_setg(&err, "propagated warning");
        error_propagate(&error_warn, err);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("prog: warning: just a warning\n"
                              "prog: warning: propagated warning\n");
}

static void test_timestamp_guestname(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        message_with_timestamp = true;
        error_with_guestname = true;
        error_guest_name = "vm1";
        error_report("stamped");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("*-*-*T*:*:*.*Z vm1 "
                              "prog: stamped\n");
}

static int hook_count;
static GString *hook_out;

static int test_hook(const char *fmt, va_list ap)
{
    hook_count++;
    g_string_append_vprintf(hook_out, fmt, ap);
    return 0;
}

static void test_printf_hook(void)
{
    static char *argv[] = { "prog", "-x", NULL };

    hook_out = g_string_new(NULL);
    error_init("prog");
    loc_set_cmdline(argv, 1, 1);
    message_with_timestamp = true;
    error_set_printf_hook(test_hook);
    error_report("to the monitor");
    error_set_printf_hook(NULL);
    message_with_timestamp = false;
    loc_set_none();
    /* Monitors print no program name and no timestamp. */
    g_assert_cmpstr(hook_out->str, ==, "-x: to the monitor\n");
    g_assert_cmpint(hook_count, >, 0);
    g_string_free(hook_out, TRUE);
}

static void test_report_once(void)
{
    if (g_test_subprocess()) {
        int i;

        error_init("prog");
        for (i = 0; i < 3; i++) {
            error_report_once("once %d", i);
            warn_report_once("warn once %d", i);
        }
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("prog: once 0\nprog: warning: warn once 0\n");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/util/error/setg", test_setg);
    g_test_add_func("/util/error/set-class", test_set_class);
    g_test_add_func("/util/error/setg-errno", test_setg_errno);
    g_test_add_func("/util/error/null-errp", test_null_errp);
    g_test_add_func("/util/error/propagate", test_propagate);
    g_test_add_func("/util/error/propagate-prepend", test_propagate_prepend);
    g_test_add_func("/util/error/prepend", test_prepend);
    g_test_add_func("/util/error/copy", test_copy);
    g_test_add_func("/util/error/errp-guard", test_errp_guard);
    g_test_add_func("/util/error/autoptr", test_autoptr);
    g_test_add_func("/util/error/fatal", test_error_fatal);
    g_test_add_func("/util/error/fatal-propagate", test_error_fatal_propagate);
    g_test_add_func("/util/error/fatal-guard-hint",
                    test_error_fatal_guard_hint);
    g_test_add_func("/util/error/abort", test_error_abort);
    g_test_add_func("/util/error/warn", test_error_warn);
    g_test_add_func("/util/error-report/plain", test_report_plain);
    g_test_add_func("/util/error-report/cmdline", test_report_cmdline);
    g_test_add_func("/util/error-report/file", test_report_file);
    g_test_add_func("/util/error-report/loc-stack", test_loc_stack);
    g_test_add_func("/util/error-report/err-hint", test_report_err_hint);
    g_test_add_func("/util/error-report/timestamp-guestname",
                    test_timestamp_guestname);
    g_test_add_func("/util/error-report/printf-hook", test_printf_hook);
    g_test_add_func("/util/error-report/once", test_report_once);
    return g_test_run();
}
