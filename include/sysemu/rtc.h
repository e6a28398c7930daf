/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * rtc.h: the guest's wall-clock time, as -rtc configures it (QEMU 8.2's
 * system/rtc.c): where it starts (base=utc|localtime|DATETIME) and which
 * clock moves it (clock=host|rt|vm).  RTC devices read the date from
 * here and report the guest's changes back as an offset.
 */
#ifndef SYSEMU_RTC_H
#define SYSEMU_RTC_H

#include <time.h>
#include "qemu/option.h"

/* The clock the RTC follows; QEMU's QEMUClockType values of -rtc clock=. */
typedef enum RtcClock {
    RTC_CLOCK_HOST,         /* host wall time, jumps with it (default) */
    RTC_CLOCK_REALTIME,     /* host monotonic time */
    RTC_CLOCK_VIRTUAL,      /* guest time: stops while the guest does */
} RtcClock;

extern RtcClock rtc_clock;

/*
 * configure_rtc: apply the -rtc options @opts.  Errors end the process
 * with QEMU's messages: "invalid datetime format" plus "valid formats:
 * '2006-06-17T16:01:21' or '2006-06-17'", "invalid option value 'X'"
 * for clock= and driftfix=.  driftfix=slew warns "driftfix 'slew' is
 * not available with this machine" when there is no mc146818rtc device
 * type (the x86 PC RTC) to apply it to.
 */
void configure_rtc(QemuOpts *opts);

/* The guest date and time now, moved by @offset seconds, into @tm. */
void qemu_get_timedate(struct tm *tm, time_t offset);

/*
 * qemu_timedate_diff: how many seconds the date @tm (as the guest set
 * its RTC) is ahead of the current guest date base.
 */
time_t qemu_timedate_diff(struct tm *tm);

/*
 * mktimegm: seconds since the epoch of the UTC date @tm (year, month,
 * day, hour, minute, second; the other fields are ignored), for any
 * proleptic Gregorian date.
 */
time_t mktimegm(const struct tm *tm);

#endif
