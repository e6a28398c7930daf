/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * icount-stub.c: -icount in a binary without tcg (x86_64), where no
 * instruction is counted: configuring it is an error, as in a QEMU 8.2
 * built without TCG.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "sysemu/cpu-timers.h"

int use_icount;

bool icount_configure(QemuOpts *opts, Error **errp)
{
    error_setg(errp, "cannot configure icount, TCG support not available");
    return false;
}

int icount_get_shift(void)
{
    return 0;
}

bool icount_get_sleep(void)
{
    return true;
}

bool icount_get_align(void)
{
    return false;
}
