/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * rtc.c: -rtc and the guest date it sets, with QEMU 8.2's rules and
 * messages (system/rtc.c there).
 *
 * The guest date is a reference clock plus an offset: with clock=host it
 * is the host's wall time (minus the distance to base=DATETIME), with
 * clock=rt or clock=vm it is the start date plus the time that clock
 * has run since start-up.
 */
#include "qemu/osdep.h"
#include "qemu/error-report.h"
#include "qom/object.h"
#include "sysemu/rtc.h"

/* The PC CMOS RTC, the one device with a lost_tick_policy. */
#define TYPE_MC146818_RTC "mc146818rtc"

typedef enum RtcBaseType {
    RTC_BASE_UTC,
    RTC_BASE_LOCALTIME,
    RTC_BASE_DATETIME,
} RtcBaseType;

RtcClock rtc_clock;
static RtcBaseType rtc_base_type = RTC_BASE_UTC;
static time_t rtc_ref_start_datetime;       /* guest date at start-up */
static time_t rtc_realtime_clock_offset;    /* rt clock at start-up */
static time_t rtc_virtual_clock_offset;     /* host monotonic at start */
static time_t rtc_host_datetime_offset = -1; /* host minus base=DATETIME */

/*
 * Seconds on @clock.  Until guest time exists the vm clock counts from
 * start-up on the host's monotonic clock.
 */
static time_t rtc_clock_get_sec(RtcClock clock)
{
    switch (clock) {
    case RTC_CLOCK_HOST:
        return g_get_real_time() / G_USEC_PER_SEC;
    case RTC_CLOCK_REALTIME:
        return g_get_monotonic_time() / G_USEC_PER_SEC;
    case RTC_CLOCK_VIRTUAL:
        return g_get_monotonic_time() / G_USEC_PER_SEC -
               rtc_virtual_clock_offset;
    }
    g_assert_not_reached();
}

/* The guest date (seconds since the epoch) according to @clock. */
static time_t qemu_ref_timedate(RtcClock clock)
{
    time_t value = rtc_clock_get_sec(clock);

    switch (clock) {
    case RTC_CLOCK_REALTIME:
        return value - rtc_realtime_clock_offset + rtc_ref_start_datetime;
    case RTC_CLOCK_VIRTUAL:
        return value + rtc_ref_start_datetime;
    case RTC_CLOCK_HOST:
        if (rtc_base_type == RTC_BASE_DATETIME) {
            value -= rtc_host_datetime_offset;
        }
        return value;
    }
    g_assert_not_reached();
}

void qemu_get_timedate(struct tm *tm, time_t offset)
{
    time_t ti = qemu_ref_timedate(rtc_clock) + offset;

    if (rtc_base_type == RTC_BASE_LOCALTIME) {
        localtime_r(&ti, tm);
    } else {
        gmtime_r(&ti, tm);
    }
}

time_t qemu_timedate_diff(struct tm *tm)
{
    time_t seconds;

    if (rtc_base_type == RTC_BASE_LOCALTIME) {
        struct tm local = *tm;

        local.tm_isdst = -1;    /* let the time zone decide */
        seconds = mktime(&local);
    } else {
        seconds = mktimegm(tm);
    }
    return seconds - qemu_ref_timedate(RTC_CLOCK_HOST);
}

/* Days from 1970-01-01 to year/month/day, for any Gregorian date. */
static int64_t days_from_civil(int64_t year, int64_t month, int64_t day)
{
    int64_t era;
    int64_t yoe, doy, doe;

    /* Count years from March, so that leap days end a year. */
    year -= month <= 2;
    era = (year >= 0 ? year : year - 399) / 400;
    yoe = year - era * 400;
    doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

time_t mktimegm(const struct tm *tm)
{
    int64_t days = days_from_civil((int64_t)tm->tm_year + 1900,
                                   tm->tm_mon + 1, tm->tm_mday);

    return days * 86400 + (int64_t)tm->tm_hour * 3600 +
           (int64_t)tm->tm_min * 60 + tm->tm_sec;
}

static void QEMU_NORETURN rtc_datetime_invalid(void)
{
    error_report("invalid datetime format");
    error_printf("valid formats: '2006-06-17T16:01:21' or '2006-06-17'\n");
    exit(1);
}

/* base=DATETIME: "Y-M-DTh:m:s" or "Y-M-D" (midnight), in UTC. */
static void configure_rtc_base_datetime(const char *startdate)
{
    struct tm tm = { 0 };
    time_t start;

    if (sscanf(startdate, "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon,
               &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6) {
        tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
        if (sscanf(startdate, "%d-%d-%d", &tm.tm_year, &tm.tm_mon,
                   &tm.tm_mday) != 3) {
            rtc_datetime_invalid();
        }
    }
    tm.tm_year -= 1900;
    tm.tm_mon--;
    start = mktimegm(&tm);
    /* QEMU reads -1 as mktime's failure, so 1969-12-31T23:59:59 is too. */
    if (start == -1) {
        rtc_datetime_invalid();
    }
    rtc_host_datetime_offset = rtc_ref_start_datetime - start;
    rtc_ref_start_datetime = start;
}

static void configure_rtc_base(const char *value)
{
    if (!strcmp(value, "utc")) {
        rtc_base_type = RTC_BASE_UTC;
    } else if (!strcmp(value, "localtime")) {
        rtc_base_type = RTC_BASE_LOCALTIME;
    } else {
        rtc_base_type = RTC_BASE_DATETIME;
        configure_rtc_base_datetime(value);
    }
}

static void configure_rtc_clock(const char *value)
{
    if (!strcmp(value, "host")) {
        rtc_clock = RTC_CLOCK_HOST;
    } else if (!strcmp(value, "rt")) {
        rtc_clock = RTC_CLOCK_REALTIME;
    } else if (!strcmp(value, "vm")) {
        rtc_clock = RTC_CLOCK_VIRTUAL;
    } else {
        error_report("invalid option value '%s'", value);
        exit(1);
    }
}

static void configure_rtc_driftfix(const char *value)
{
    if (!strcmp(value, "slew")) {
        object_register_sugar_prop(TYPE_MC146818_RTC, "lost_tick_policy",
                                   "slew", false);
        if (!object_class_by_name(TYPE_MC146818_RTC)) {
            warn_report("driftfix 'slew' is not available with this "
                        "machine");
        }
    } else if (strcmp(value, "none") != 0) {
        error_report("invalid option value '%s'", value);
        exit(1);
    }
}

void configure_rtc(QemuOpts *opts)
{
    const char *value;

    rtc_clock = RTC_CLOCK_HOST;
    rtc_ref_start_datetime = rtc_clock_get_sec(RTC_CLOCK_HOST);
    rtc_realtime_clock_offset = rtc_clock_get_sec(RTC_CLOCK_REALTIME);
    rtc_virtual_clock_offset = rtc_realtime_clock_offset;

    value = qemu_opt_get(opts, "base");
    if (value) {
        configure_rtc_base(value);
    }
    value = qemu_opt_get(opts, "clock");
    if (value) {
        configure_rtc_clock(value);
    }
    value = qemu_opt_get(opts, "driftfix");
    if (value) {
        configure_rtc_driftfix(value);
    }
}
