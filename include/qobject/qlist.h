/* SPDX-License-Identifier: GPL-2.0-or-later */
/* qlist.h: JSON arrays. */
#ifndef QOBJECT_QLIST_H
#define QOBJECT_QLIST_H

#include "qobject/qobject.h"

typedef struct QListEntry {
    QObject *value;
    struct QListEntry *next;
} QListEntry;

struct QList {
    QObject base;
    QListEntry *head;
    QListEntry *tail;
};

/* A new empty list (one reference, the caller's). */
QList *qlist_new(void);
/* Append @obj (not NULL), taking over the caller's reference to it. */
void qlist_append_obj(QList *qlist, QObject *obj);
#define qlist_append(qlist, obj) qlist_append_obj(qlist, QOBJECT(obj))
void qlist_append_int(QList *qlist, int64_t value);
void qlist_append_bool(QList *qlist, bool value);
void qlist_append_str(QList *qlist, const char *value);
void qlist_append_null(QList *qlist);

/* Remove the first element and return it (the caller owns it), or NULL. */
QObject *qlist_pop(QList *qlist);
/* The first element (borrowed), or NULL. */
QObject *qlist_peek(QList *qlist);
bool qlist_empty(const QList *qlist);
/* The number of elements (counted: O(n)). */
size_t qlist_size(const QList *qlist);
/* A new list with new references to @src's elements (a shallow copy). */
QList *qlist_copy(QList *src);

static inline const QListEntry *qlist_first(const QList *qlist)
{
    return qlist->head;
}

static inline const QListEntry *qlist_next(const QListEntry *entry)
{
    return entry->next;
}

static inline QObject *qlist_entry_obj(const QListEntry *entry)
{
    return entry->value;
}

#define QLIST_FOREACH_ENTRY(qlist, var) \
    for ((var) = qlist_first(qlist); (var); (var) = qlist_next(var))

/* For qobject_is_equal and qobject_destroy: @x and @y are QLists. */
bool qlist_is_equal(const QObject *x, const QObject *y);
void qlist_destroy_obj(QObject *obj);

QOBJECT_DEFINE_AUTOPTR(QList)

#endif
