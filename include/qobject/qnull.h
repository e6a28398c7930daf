/* SPDX-License-Identifier: GPL-2.0-or-later */
/* qnull.h: the JSON null, a shared singleton. */
#ifndef QOBJECT_QNULL_H
#define QOBJECT_QNULL_H

#include "qobject/qobject.h"

struct QNull {
    QObject base;
};

extern QNull qnull_;

/* A new reference to the null singleton. */
static inline QNull *qnull(void)
{
    return qobject_ref(&qnull_);
}

QOBJECT_DEFINE_AUTOPTR(QNull)

#endif
