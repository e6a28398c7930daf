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

/*
 * qtest_server_init: serve the -qtest protocol (system/qtest.c) on a
 * chardev "qtest" made from the short syntax @spec ("unix:PATH",
 * "stdio", ...), logging to the file @log (NULL: stderr; "none": no
 * log).  Returns false with @errp set ('Failed to initialize device for
 * qtest: "SPEC"').
 */
bool qtest_server_init(const char *spec, const char *log, Error **errp);
void qtest_server_cleanup(void);

/* The qtest accelerator's virtual clock, moved by clock_step/clock_set. */
int64_t qtest_get_virtual_clock(void);

#endif
