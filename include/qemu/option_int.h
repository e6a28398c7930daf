/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * option_int.h: the insides of QemuOpt and QemuOpts.
 *
 * For util/qemu-option.c and the few callers that walk the options of a
 * QemuOpts themselves; everybody else uses the functions of option.h.
 */
#ifndef QEMU_OPTION_INT_H
#define QEMU_OPTION_INT_H

#include "qemu/option.h"
#include "qemu/error-report.h"

struct QemuOpt {
    char *name;
    char *str;                  /* the value as given */
    const QemuOptDesc *desc;    /* NULL for a list accepting any key */
    union {
        bool boolean;
        uint64_t uint;          /* QEMU_OPT_NUMBER and QEMU_OPT_SIZE */
    } value;
    QemuOpts *opts;             /* the QemuOpts holding this option */
    QemuOpt *next;
    QemuOpt *prev;
};

struct QemuOpts {
    char *id;
    QemuOptsList *list;
    Location loc;               /* where it was created, for reports */
    QemuOpt *first;             /* options in the order they were added */
    QemuOpt *last;
    QemuOpts *next;             /* siblings in list->head */
    QemuOpts *prev;
};

#endif
