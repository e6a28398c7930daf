/* SPDX-License-Identifier: GPL-2.0-or-later */
/* qbool.c: JSON true and false as reference-counted values. */
#include "qemu/osdep.h"
#include "qobject/qbool.h"

QBool *qbool_from_bool(bool value)
{
    QBool *qb = g_new(QBool, 1);

    qobject_init(QOBJECT(qb), QTYPE_QBOOL);
    qb->value = value;
    return qb;
}

bool qbool_get_bool(const QBool *qb)
{
    return qb->value;
}

void qbool_destroy_obj(QObject *obj)
{
    g_free(qobject_to(QBool, obj));
}
