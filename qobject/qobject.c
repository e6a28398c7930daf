/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qobject.c: the QObject header shared by all value types: destruction by
 * type, checked downcasts and structural equality.
 */
#include "qemu/osdep.h"
#include "qobject/qbool.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qnull.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"

/* QOBJECT() is a plain cast: the header must come first in every type. */
QEMU_BUILD_BUG_ON(offsetof(QNull, base) != 0);
QEMU_BUILD_BUG_ON(offsetof(QBool, base) != 0);
QEMU_BUILD_BUG_ON(offsetof(QNum, base) != 0);
QEMU_BUILD_BUG_ON(offsetof(QString, base) != 0);
QEMU_BUILD_BUG_ON(offsetof(QList, base) != 0);
QEMU_BUILD_BUG_ON(offsetof(QDict, base) != 0);

void qobject_init(QObject *obj, QType type)
{
    assert(QTYPE_NONE < type && type < QTYPE__MAX);
    obj->type = type;
    obj->refcnt = 1;
}

void qobject_destroy(QObject *obj)
{
    assert(!obj->refcnt);
    switch (qobject_type(obj)) {
    case QTYPE_QBOOL:
        qbool_destroy_obj(obj);
        break;
    case QTYPE_QNUM:
        qnum_destroy_obj(obj);
        break;
    case QTYPE_QSTRING:
        qstring_destroy_obj(obj);
        break;
    case QTYPE_QLIST:
        qlist_destroy_obj(obj);
        break;
    case QTYPE_QDICT:
        qdict_destroy_obj(obj);
        break;
    default:
        /* The null singleton is static: its count never reaches zero. */
        g_assert_not_reached();
    }
}

static void *qobject_cast(const QObject *obj, QType type)
{
    if (!obj || qobject_type(obj) != type) {
        return NULL;
    }
    return (void *)obj;
}

QNull *qobject_to_qnull(const QObject *obj)
{
    return qobject_cast(obj, QTYPE_QNULL);
}

QBool *qobject_to_qbool(const QObject *obj)
{
    return qobject_cast(obj, QTYPE_QBOOL);
}

QNum *qobject_to_qnum(const QObject *obj)
{
    return qobject_cast(obj, QTYPE_QNUM);
}

QString *qobject_to_qstring(const QObject *obj)
{
    return qobject_cast(obj, QTYPE_QSTRING);
}

QList *qobject_to_qlist(const QObject *obj)
{
    return qobject_cast(obj, QTYPE_QLIST);
}

QDict *qobject_to_qdict(const QObject *obj)
{
    return qobject_cast(obj, QTYPE_QDICT);
}

bool qobject_is_equal(const QObject *x, const QObject *y)
{
    /* Not x == y first: a NaN is not equal to itself. */
    if (!x || !y) {
        return !x && !y;
    }
    if (qobject_type(x) != qobject_type(y)) {
        return false;
    }
    switch (qobject_type(x)) {
    case QTYPE_QNULL:
        return true;
    case QTYPE_QBOOL:
        return qbool_get_bool(qobject_to(QBool, x)) ==
               qbool_get_bool(qobject_to(QBool, y));
    case QTYPE_QNUM:
        return qnum_is_equal(x, y);
    case QTYPE_QSTRING:
        return qstring_is_equal(x, y);
    case QTYPE_QLIST:
        return qlist_is_equal(x, y);
    case QTYPE_QDICT:
        return qdict_is_equal(x, y);
    default:
        g_assert_not_reached();
    }
}
