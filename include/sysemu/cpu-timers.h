/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cpu-timers.h: instruction counting (-icount), where guest time follows
 * the number of instructions executed instead of the host clock.
 *
 * Only tcg counts instructions: in a binary without tcg (x86_64)
 * icount_configure always fails, as in a QEMU 8.2 built without TCG.
 */
#ifndef SYSEMU_CPU_TIMERS_H
#define SYSEMU_CPU_TIMERS_H

#include "qemu/option.h"

/* Largest shift=N: 2^N ns of guest time per instruction. */
#define MAX_ICOUNT_SHIFT 10

/* 0: icount off, 1: fixed shift=N, 2: shift=auto (adaptive). */
extern int use_icount;

static inline bool icount_enabled(void)
{
    return use_icount != 0;
}

/*
 * icount_configure: apply the -icount options @opts (the "icount" group:
 * shift, align, sleep).  Without shift nothing is enabled (but align
 * alone is an error).  Errors, as QEMU 8.2's:
 *   "Please specify shift option when using align"
 *   "align=on and sleep=off are incompatible"
 *   "icount: Invalid shift value" (not auto, not 0..MAX_ICOUNT_SHIFT)
 *   "shift=auto and align=on are incompatible",
 *   "shift=auto and sleep=off are incompatible": QEMU compares auto with
 *     the align/sleep settings of an earlier icount_configure, not with
 *     @opts, so a single -icount never gives these two;
 *   "cannot configure icount, TCG support not available" (no tcg).
 * Returns false with @errp set on error.
 */
bool icount_configure(QemuOpts *opts, Error **errp);

/* The settings icount_configure made (meaningful when icount_enabled). */
int icount_get_shift(void);         /* 2^shift ns per instruction */
bool icount_get_sleep(void);        /* sleep=on: idle guests wait */
bool icount_get_align(void);        /* align=on: stay close to host time */

#endif
