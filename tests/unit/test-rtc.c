/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for -rtc (system/rtc.c): base=utc|localtime|DATETIME,
 * clock=host|rt|vm, driftfix, the guest date and offsets, mktimegm, and
 * QEMU 8.2's messages for bad values (which end the process, so those
 * tests run in a subprocess).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/module.h"
#include "sysemu/rtc.h"

static QemuOptsList rtc_opts = {
    .name = "rtc",
    .merge_lists = true,
    .desc = {
        { .name = "base", .type = QEMU_OPT_STRING },
        { .name = "clock", .type = QEMU_OPT_STRING },
        { .name = "driftfix", .type = QEMU_OPT_STRING },
        { }
    },
};

static void configure(const char *str)
{
    QemuOpts *opts = qemu_opts_parse(&rtc_opts, str, false, &error_abort);

    configure_rtc(opts);
    qemu_opts_del(opts);
}

static void test_mktimegm(void)
{
    struct tm tm = {
        .tm_year = 2006 - 1900, .tm_mon = 5, .tm_mday = 17,
        .tm_hour = 16, .tm_min = 1, .tm_sec = 21,
    };
    struct tm epoch = { .tm_year = 70, .tm_mday = 1 };
    struct tm before = { .tm_year = 69, .tm_mon = 11, .tm_mday = 31,
                         .tm_hour = 23, .tm_min = 59, .tm_sec = 59 };
    struct tm leap = { .tm_year = 2000 - 1900, .tm_mon = 1, .tm_mday = 29 };
    struct tm old = { .tm_year = 1600 - 1900, .tm_mon = 0, .tm_mday = 1 };

    g_assert_cmpint(mktimegm(&tm), ==, 1150560081);
    g_assert_cmpint(mktimegm(&epoch), ==, 0);
    g_assert_cmpint(mktimegm(&before), ==, -1);
    g_assert_cmpint(mktimegm(&leap), ==, 951782400);
    g_assert_cmpint(mktimegm(&old), ==, -11676096000LL);
}

static void test_default(void)
{
    struct tm tm;
    time_t now = time(NULL);

    configure("");
    g_assert_cmpint(rtc_clock, ==, RTC_CLOCK_HOST);
    qemu_get_timedate(&tm, 0);
    g_assert_cmpint(llabs(mktimegm(&tm) - now), <=, 2);
    qemu_get_timedate(&tm, 3600);
    g_assert_cmpint(llabs(mktimegm(&tm) - now - 3600), <=, 2);
}

static void check_start_date(void)
{
    struct tm tm;

    qemu_get_timedate(&tm, 0);
    g_assert_cmpint(tm.tm_year, ==, 2006 - 1900);
    g_assert_cmpint(tm.tm_mon, ==, 5);
    g_assert_cmpint(tm.tm_mday, ==, 17);
    g_assert_cmpint(tm.tm_hour, ==, 16);
    g_assert_cmpint(tm.tm_min, ==, 1);
    g_assert_cmpint(tm.tm_sec, >=, 21);
    g_assert_cmpint(tm.tm_sec, <=, 23);
}

static void test_datetime(void)
{
    static const char *const clocks[] = { "host", "rt", "vm" };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(clocks); i++) {
        g_autofree char *str = g_strdup_printf(
            "base=2006-06-17T16:01:21,clock=%s", clocks[i]);

        configure(str);
        g_assert_cmpint(rtc_clock, ==, i);
        check_start_date();
    }
}

static void test_date_only(void)
{
    struct tm tm;

    configure("base=2006-06-17,clock=vm");
    g_assert_cmpint(rtc_clock, ==, RTC_CLOCK_VIRTUAL);
    qemu_get_timedate(&tm, 0);
    g_assert_cmpint(tm.tm_mday, ==, 17);
    g_assert_cmpint(tm.tm_hour, ==, 0);
    g_assert_cmpint(tm.tm_min, ==, 0);
}

static void test_timedate_diff(void)
{
    struct tm tm;

    configure("base=2006-06-17T16:01:21");
    qemu_get_timedate(&tm, 0);
    tm.tm_hour++;
    g_assert_cmpint(llabs(qemu_timedate_diff(&tm) - 3600), <=, 2);
    configure("base=utc");
    qemu_get_timedate(&tm, -60);
    g_assert_cmpint(llabs(qemu_timedate_diff(&tm) + 60), <=, 2);
}

static void test_localtime(void)
{
    struct tm tm, want;
    time_t now = time(NULL);

    configure("base=localtime,driftfix=none");
    qemu_get_timedate(&tm, 0);
    localtime_r(&now, &want);
    g_assert_cmpint(tm.tm_hour, ==, want.tm_hour);
    g_assert_cmpint(llabs(qemu_timedate_diff(&tm)), <=, 2);
}

static void check_exit(const char *str, const char *stderr_pattern)
{
    if (g_test_subprocess()) {
        configure(str);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr(stderr_pattern);
}

#define DATETIME_ERR \
    "*invalid datetime format\n" \
    "valid formats: '2006-06-17T16:01:21' or '2006-06-17'\n"

static void test_bad_base(void)
{
    check_exit("base=foo", DATETIME_ERR);
}

static void test_base_minus_one(void)
{
    /* mktimegm gives -1, which QEMU takes for a failure */
    check_exit("base=1969-12-31T23:59:59", DATETIME_ERR);
}

static void test_bad_clock(void)
{
    check_exit("clock=foo", "*invalid option value 'foo'\n");
}

static void test_bad_driftfix(void)
{
    check_exit("driftfix=bar", "*invalid option value 'bar'\n");
}

static void test_slew(void)
{
    if (g_test_subprocess()) {
        configure("driftfix=slew");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(
        "*warning: driftfix 'slew' is not available with this machine\n");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    module_call_init(MODULE_INIT_QOM);
    g_test_add_func("/rtc/mktimegm", test_mktimegm);
    g_test_add_func("/rtc/default", test_default);
    g_test_add_func("/rtc/datetime", test_datetime);
    g_test_add_func("/rtc/date-only", test_date_only);
    g_test_add_func("/rtc/timedate-diff", test_timedate_diff);
    g_test_add_func("/rtc/localtime", test_localtime);
    g_test_add_func("/rtc/error/base", test_bad_base);
    g_test_add_func("/rtc/error/base-minus-one", test_base_minus_one);
    g_test_add_func("/rtc/error/clock", test_bad_clock);
    g_test_add_func("/rtc/error/driftfix", test_bad_driftfix);
    g_test_add_func("/rtc/driftfix/slew", test_slew);
    return g_test_run();
}
