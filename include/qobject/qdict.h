/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdict.h: JSON objects: string keys to QObject values.
 *
 * Lookup by key is a hash lookup (a short linear search while the dict has
 * at most QDICT_SMALL_SIZE entries, which is cheaper than hashing and
 * spares small dicts the hash table); iteration (qdict_first/qdict_next)
 * and JSON output follow insertion order.  Putting an existing key
 * replaces its value in place (its position is kept).
 */
#ifndef QOBJECT_QDICT_H
#define QOBJECT_QDICT_H

#include "qobject/qobject.h"
#include "qobject/qnum.h"

typedef struct QDictEntry {
    char *key;
    QObject *value;
    struct QDictEntry *prev;
    struct QDictEntry *next;
} QDictEntry;

#define QDICT_SMALL_SIZE 8

struct QDict {
    QObject base;
    size_t size;             /* number of entries */
    GHashTable *table;       /* key -> QDictEntry; NULL while small */
    QDictEntry *head;        /* insertion order */
    QDictEntry *tail;
};

/* A new empty dict (one reference, the caller's). */
QDict *qdict_new(void);
size_t qdict_size(const QDict *qdict);
/*
 * Iteration in insertion order: qdict_first is NULL for an empty dict,
 * qdict_next NULL after the last entry.  An entry stays valid until its
 * key is deleted, so fetch the next entry before deleting the current one.
 */
const QDictEntry *qdict_first(const QDict *qdict);
const QDictEntry *qdict_next(const QDict *qdict, const QDictEntry *entry);
/* The entry's key and (borrowed) value. */
const char *qdict_entry_key(const QDictEntry *entry);
QObject *qdict_entry_value(const QDictEntry *entry);

/*
 * Insert or replace @key (copied), taking over the caller's reference to
 * @value (not NULL).  The qdict_put_TYPE forms make the value.
 */
void qdict_put_obj(QDict *qdict, const char *key, QObject *value);
#define qdict_put(qdict, key, obj) qdict_put_obj(qdict, key, QOBJECT(obj))
void qdict_put_int(QDict *qdict, const char *key, int64_t value);
void qdict_put_bool(QDict *qdict, const char *key, bool value);
void qdict_put_str(QDict *qdict, const char *key, const char *value);
void qdict_put_null(QDict *qdict, const char *key);

/* Remove @key and drop its value's reference; no-op if absent. */
void qdict_del(QDict *qdict, const char *key);
bool qdict_haskey(const QDict *qdict, const char *key);

/* Borrowed references, NULL when absent. */
QObject *qdict_get(const QDict *qdict, const char *key);
/*
 * Typed getters that assert the key exists with that type (and, for
 * qdict_get_int, that the number is an integer within int64_t).
 */
int64_t qdict_get_int(const QDict *qdict, const char *key);
double qdict_get_double(const QDict *qdict, const char *key);
bool qdict_get_bool(const QDict *qdict, const char *key);
const char *qdict_get_str(const QDict *qdict, const char *key);
/* Borrowed; NULL when absent or of another type, as in QEMU. */
QList *qdict_get_qlist(const QDict *qdict, const char *key);
QDict *qdict_get_qdict(const QDict *qdict, const char *key);
/* Typed getters returning @def_value when absent or of another type. */
int64_t qdict_get_try_int(const QDict *qdict, const char *key,
                          int64_t def_value);
bool qdict_get_try_bool(const QDict *qdict, const char *key, bool def_value);
const char *qdict_get_try_str(const QDict *qdict, const char *key);

/* Remove @key and return its value (the caller owns it), or NULL. */
QObject *qdict_take(QDict *qdict, const char *key);

/* A new dict holding new references to @src's values. */
QDict *qdict_clone_shallow(const QDict *src);

/*
 * Flatten nested dicts and lists into dotted keys in place:
 * {"a": {"b": 1}, "l": [2]} becomes {"a.b": 1, "l.0": 2}.  Empty nested
 * dicts and lists are kept as values.  Flattened keys take the place of
 * the value they came from; nested containers themselves are left alone
 * (others may hold references).  Dots within keys are not escaped.
 */
void qdict_flatten(QDict *qdict);

/*
 * Split @src's entries whose key starts with @start into a new dict
 * *@dst (keys without the prefix), removing them from @src.
 */
void qdict_extract_subqdict(QDict *src, QDict **dst, const char *start);

/*
 * The opposite of qdict_flatten: split each key of @src at its first '.'
 * (".." stands for a literal '.' and does not split) into nested dicts;
 * a dict whose keys are all integers 0..n-1 becomes a list.  @src's values
 * must be scalars or empty containers.  Returns a new QDict or QList, or
 * NULL with @errp set to QEMU's messages:
 *   "Value KEY is not flat"                    (a non-empty container)
 *   "Cannot mix scalar and non-scalar keys"    ("a" and "a.b")
 *   "Cannot mix list and non-list keys"        ("a.0" and "a.x")
 *   "List indices are not contiguous, saw N elements but M largest index"
 *   "Missing list index N"                     (e.g. "00" instead of "0")
 * @src is not modified.
 */
typedef struct Error Error;
QObject *qdict_crumple(const QDict *src, Error **errp);

/*
 * Move each entry of @src whose key @dest lacks into @dest (with
 * @overwrite: every entry, replacing @dest's values).  Entries moved are
 * removed from @src; the others stay there.
 */
void qdict_join(QDict *dest, QDict *src, bool overwrite);

/* For qobject_is_equal: @x and @y are QDicts; the order does not count. */
bool qdict_is_equal(const QObject *x, const QObject *y);
/* For qobject_destroy only. */
void qdict_destroy_obj(QObject *obj);

QOBJECT_DEFINE_AUTOPTR(QDict)

#endif
