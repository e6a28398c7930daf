/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qlist.c: JSON arrays as a singly linked list with a tail pointer, so
 * appending and popping the head are O(1).
 */
#include "qemu/osdep.h"
#include "qobject/qbool.h"
#include "qobject/qlist.h"
#include "qobject/qnull.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"

QList *qlist_new(void)
{
    QList *qlist = g_new0(QList, 1);

    qobject_init(QOBJECT(qlist), QTYPE_QLIST);
    return qlist;
}

void qlist_append_obj(QList *qlist, QObject *obj)
{
    QListEntry *entry = g_new(QListEntry, 1);

    assert(obj);
    entry->value = obj;
    entry->next = NULL;
    if (qlist->tail) {
        qlist->tail->next = entry;
    } else {
        qlist->head = entry;
    }
    qlist->tail = entry;
}

void qlist_append_int(QList *qlist, int64_t value)
{
    qlist_append(qlist, qnum_from_int(value));
}

void qlist_append_bool(QList *qlist, bool value)
{
    qlist_append(qlist, qbool_from_bool(value));
}

void qlist_append_str(QList *qlist, const char *value)
{
    qlist_append(qlist, qstring_from_str(value));
}

void qlist_append_null(QList *qlist)
{
    qlist_append(qlist, qnull());
}

QObject *qlist_pop(QList *qlist)
{
    QListEntry *entry = qlist->head;
    QObject *obj;

    if (!entry) {
        return NULL;
    }
    qlist->head = entry->next;
    if (!qlist->head) {
        qlist->tail = NULL;
    }
    obj = entry->value;
    g_free(entry);
    return obj;
}

QObject *qlist_peek(QList *qlist)
{
    return qlist->head ? qlist->head->value : NULL;
}

bool qlist_empty(const QList *qlist)
{
    return !qlist->head;
}

size_t qlist_size(const QList *qlist)
{
    const QListEntry *entry;
    size_t n = 0;

    QLIST_FOREACH_ENTRY(qlist, entry) {
        n++;
    }
    return n;
}

QList *qlist_copy(QList *src)
{
    QList *dst = qlist_new();
    const QListEntry *entry;

    QLIST_FOREACH_ENTRY(src, entry) {
        qlist_append_obj(dst, qobject_ref(entry->value));
    }
    return dst;
}

bool qlist_is_equal(const QObject *x, const QObject *y)
{
    const QListEntry *a = qlist_first(qobject_to(QList, x));
    const QListEntry *b = qlist_first(qobject_to(QList, y));

    while (a && b) {
        if (!qobject_is_equal(a->value, b->value)) {
            return false;
        }
        a = a->next;
        b = b->next;
    }
    return !a && !b;
}

void qlist_destroy_obj(QObject *obj)
{
    QList *qlist = qobject_to(QList, obj);
    QObject *value;

    while ((value = qlist_pop(qlist))) {
        qobject_unref(value);
    }
    g_free(qlist);
}
