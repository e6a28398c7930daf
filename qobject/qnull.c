/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qnull.c: the JSON null.  There is one instance, statically allocated
 * with a reference that is never dropped, so it is never destroyed.
 */
#include "qemu/osdep.h"
#include "qobject/qnull.h"

QNull qnull_ = {
    .base = {
        .type = QTYPE_QNULL,
        .refcnt = 1,
    },
};
