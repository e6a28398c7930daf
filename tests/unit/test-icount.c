/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for -icount configuration (accel/tcg/icount-common.c):
 * modes, shift parsing and each of QEMU 8.2's messages, including the
 * two that compare shift=auto with an earlier configuration.  Tests that
 * change the settings run in a subprocess, so each starts from scratch.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "sysemu/cpu-timers.h"

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

/* Configure from @str; returns the error message (or NULL), to free. */
static char *configure(const char *str)
{
    QemuOpts *opts = qemu_opts_parse(&icount_opts, str, true, &error_abort);
    Error *err = NULL;
    char *msg = NULL;
    bool ok = icount_configure(opts, &err);

    g_assert_true(ok == !err);
    if (err) {
        msg = g_strdup(error_get_pretty(err));
        error_free(err);
    }
    qemu_opts_del(opts);
    return msg;
}

static void check_error(const char *str, const char *want)
{
    g_autofree char *msg = configure(str);

    g_assert_cmpstr(msg, ==, want);
}

static void check_ok(const char *str)
{
    check_error(str, NULL);
}

static bool in_subprocess(void)
{
    if (g_test_subprocess()) {
        return true;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    return false;
}

static void test_no_shift(void)
{
    if (!in_subprocess()) {
        return;
    }
    check_ok("sleep=off");
    g_assert_false(icount_enabled());
    check_error("align=off", "Please specify shift option when using align");
    check_error("align=on", "Please specify shift option when using align");
}

static void test_align_sleep(void)
{
    check_error("shift=3,align=on,sleep=off",
                "align=on and sleep=off are incompatible");
    g_assert_false(icount_enabled());
}

static void test_invalid_shift(void)
{
    static const char *const bad[] = {
        "foo", "11", "-1", "3x", "", "99999999999999999999",
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(bad); i++) {
        g_autofree char *str = g_strdup_printf("shift=%s", bad[i]);

        check_error(str, "icount: Invalid shift value");
    }
    g_assert_false(icount_enabled());
}

static void test_fixed(void)
{
    if (!in_subprocess()) {
        return;
    }
    check_ok("7");
    g_assert_true(icount_enabled());
    g_assert_cmpint(use_icount, ==, 1);
    g_assert_cmpint(icount_get_shift(), ==, 7);
    g_assert_true(icount_get_sleep());
    g_assert_false(icount_get_align());
    check_ok("shift=0xa,align=on");
    g_assert_cmpint(icount_get_shift(), ==, 10);
    g_assert_true(icount_get_align());
    check_ok("shift=0,sleep=off");
    g_assert_cmpint(icount_get_shift(), ==, 0);
    g_assert_false(icount_get_sleep());
}

static void test_auto(void)
{
    if (!in_subprocess()) {
        return;
    }
    /* As in QEMU, the new align/sleep are not what auto is checked with */
    check_ok("shift=auto,align=on");
    g_assert_cmpint(use_icount, ==, 2);
    g_assert_cmpint(icount_get_shift(), ==, 3);
    g_assert_true(icount_get_align());
}

static void test_auto_after_align(void)
{
    if (!in_subprocess()) {
        return;
    }
    check_ok("shift=2,align=on");
    check_error("shift=auto", "shift=auto and align=on are incompatible");
    g_assert_cmpint(use_icount, ==, 1);
}

static void test_auto_after_sleep_off(void)
{
    if (!in_subprocess()) {
        return;
    }
    check_ok("shift=2,sleep=off");
    check_error("shift=auto", "shift=auto and sleep=off are incompatible");
    g_assert_cmpint(use_icount, ==, 1);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/icount/no-shift", test_no_shift);
    g_test_add_func("/icount/align-sleep", test_align_sleep);
    g_test_add_func("/icount/invalid-shift", test_invalid_shift);
    g_test_add_func("/icount/fixed", test_fixed);
    g_test_add_func("/icount/auto", test_auto);
    g_test_add_func("/icount/auto-after-align", test_auto_after_align);
    g_test_add_func("/icount/auto-after-sleep-off",
                    test_auto_after_sleep_off);
    return g_test_run();
}
