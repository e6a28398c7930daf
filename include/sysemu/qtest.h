/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qtest.h: whether the qtest accelerator is in use.  It runs no guest
 * code: a test drives the machine through the -qtest protocol instead.
 */
#ifndef SYSEMU_QTEST_H
#define SYSEMU_QTEST_H

#include "qemu/accel.h"

#define TYPE_QTEST_ACCEL ACCEL_CLASS_NAME("qtest")

static inline bool qtest_enabled(void)
{
    return qtest_allowed;
}

#endif
