/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * icount-common.c: -icount configuration for tcg, with QEMU 8.2's rules
 * and messages (accel/tcg/icount-common.c there).  The clock that
 * counts instructions comes with the CPU loop; this file decides the
 * mode and keeps the settings.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "sysemu/cpu-timers.h"

/* Shift QEMU starts shift=auto with: about 125 MIPS, adjusted later. */
#define ICOUNT_AUTO_INITIAL_SHIFT 3

int use_icount;

static int icount_time_shift;
static bool icount_sleep = true;
static bool icount_align_option;

int icount_get_shift(void)
{
    return icount_time_shift;
}

bool icount_get_sleep(void)
{
    return icount_sleep;
}

bool icount_get_align(void)
{
    return icount_align_option;
}

/* shift=N: a number in 0..MAX_ICOUNT_SHIFT, any base strtol takes. */
static bool icount_parse_shift(const char *str, long *shift, Error **errp)
{
    if (qemu_strtol(str, NULL, 0, shift) < 0 || *shift < 0 ||
        *shift > MAX_ICOUNT_SHIFT) {
        error_setg(errp, "icount: Invalid shift value");
        return false;
    }
    return true;
}

bool icount_configure(QemuOpts *opts, Error **errp)
{
    const char *shift_str = qemu_opt_get(opts, "shift");
    bool sleep = qemu_opt_get_bool(opts, "sleep", true);
    bool align = qemu_opt_get_bool(opts, "align", false);
    long shift = -1;

    if (!shift_str) {
        if (qemu_opt_get(opts, "align")) {
            error_setg(errp, "Please specify shift option when using align");
            return false;
        }
        return true;
    }
    if (align && !sleep) {
        error_setg(errp, "align=on and sleep=off are incompatible");
        return false;
    }
    if (strcmp(shift_str, "auto") != 0) {
        if (!icount_parse_shift(shift_str, &shift, errp)) {
            return false;
        }
    } else if (icount_align_option) {
        /* QEMU checks the setting already in force, not @opts. */
        error_setg(errp, "shift=auto and align=on are incompatible");
        return false;
    } else if (!icount_sleep) {
        error_setg(errp, "shift=auto and sleep=off are incompatible");
        return false;
    }

    icount_sleep = sleep;
    icount_align_option = align;
    if (shift >= 0) {
        icount_time_shift = shift;
        use_icount = 1;
    } else {
        icount_time_shift = ICOUNT_AUTO_INITIAL_SHIFT;
        use_icount = 2;
    }
    return true;
}
