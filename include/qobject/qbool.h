/* SPDX-License-Identifier: GPL-2.0-or-later */
/* qbool.h: JSON true/false. */
#ifndef QOBJECT_QBOOL_H
#define QOBJECT_QBOOL_H

#include "qobject/qobject.h"

struct QBool {
    QObject base;
    bool value;
};

/* A new QBool holding @value (one reference, the caller's). */
QBool *qbool_from_bool(bool value);
bool qbool_get_bool(const QBool *qb);
/* For qobject_destroy only. */
void qbool_destroy_obj(QObject *obj);

QOBJECT_DEFINE_AUTOPTR(QBool)

#endif
