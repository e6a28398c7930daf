/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdict.c: JSON objects.  Entries live in a doubly linked list that keeps
 * insertion order (what iteration and JSON output show).  Once a dict
 * grows beyond QDICT_SMALL_SIZE entries they are also indexed by a
 * GHashTable on the key for O(1) lookup; most dicts (QMP arguments,
 * options) stay below that and are searched linearly.  The entry owns its
 * key; the hash table borrows it.
 */
#include "qemu/osdep.h"
#include "qobject/qbool.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qnull.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"

QDict *qdict_new(void)
{
    QDict *qdict = g_new0(QDict, 1);

    qobject_init(QOBJECT(qdict), QTYPE_QDICT);
    return qdict;
}

size_t qdict_size(const QDict *qdict)
{
    return qdict->size;
}

const char *qdict_entry_key(const QDictEntry *entry)
{
    return entry->key;
}

QObject *qdict_entry_value(const QDictEntry *entry)
{
    return entry->value;
}

const QDictEntry *qdict_first(const QDict *qdict)
{
    return qdict->head;
}

const QDictEntry *qdict_next(const QDict *qdict, const QDictEntry *entry)
{
    return entry->next;
}

static QDictEntry *qdict_find(const QDict *qdict, const char *key)
{
    QDictEntry *e;

    if (qdict->table) {
        return g_hash_table_lookup(qdict->table, key);
    }
    for (e = qdict->head; e; e = e->next) {
        if (!strcmp(e->key, key)) {
            return e;
        }
    }
    return NULL;
}

/* Index @entry, creating the index when the dict stops being small. */
static void qdict_index(QDict *qdict, QDictEntry *entry)
{
    QDictEntry *e;

    if (qdict->table) {
        g_hash_table_insert(qdict->table, entry->key, entry);
    } else if (qdict->size > QDICT_SMALL_SIZE) {
        qdict->table = g_hash_table_new(g_str_hash, g_str_equal);
        for (e = qdict->head; e; e = e->next) {
            g_hash_table_insert(qdict->table, e->key, e);
        }
    }
}

void qdict_put_obj(QDict *qdict, const char *key, QObject *value)
{
    QDictEntry *entry = qdict_find(qdict, key);

    assert(value);
    if (entry) {
        /* Replacing keeps the key's place in the order. */
        qobject_unref(entry->value);
        entry->value = value;
        return;
    }
    entry = g_new(QDictEntry, 1);
    entry->key = g_strdup(key);
    entry->value = value;
    entry->prev = qdict->tail;
    entry->next = NULL;
    if (qdict->tail) {
        qdict->tail->next = entry;
    } else {
        qdict->head = entry;
    }
    qdict->tail = entry;
    qdict->size++;
    qdict_index(qdict, entry);
}

void qdict_put_int(QDict *qdict, const char *key, int64_t value)
{
    qdict_put(qdict, key, qnum_from_int(value));
}

void qdict_put_bool(QDict *qdict, const char *key, bool value)
{
    qdict_put(qdict, key, qbool_from_bool(value));
}

void qdict_put_str(QDict *qdict, const char *key, const char *value)
{
    qdict_put(qdict, key, qstring_from_str(value));
}

void qdict_put_null(QDict *qdict, const char *key)
{
    qdict_put(qdict, key, qnull());
}

/* Unlink @entry and free it and its key; returns its value. */
static QObject *qdict_unlink(QDict *qdict, QDictEntry *entry)
{
    QObject *value = entry->value;

    if (qdict->table) {
        g_hash_table_remove(qdict->table, entry->key);
    }
    qdict->size--;
    if (entry->prev) {
        entry->prev->next = entry->next;
    } else {
        qdict->head = entry->next;
    }
    if (entry->next) {
        entry->next->prev = entry->prev;
    } else {
        qdict->tail = entry->prev;
    }
    g_free(entry->key);
    g_free(entry);
    return value;
}

QObject *qdict_take(QDict *qdict, const char *key)
{
    QDictEntry *entry = qdict_find(qdict, key);

    return entry ? qdict_unlink(qdict, entry) : NULL;
}

void qdict_del(QDict *qdict, const char *key)
{
    qobject_unref(qdict_take(qdict, key));
}

bool qdict_haskey(const QDict *qdict, const char *key)
{
    return qdict_find(qdict, key) != NULL;
}

QObject *qdict_get(const QDict *qdict, const char *key)
{
    QDictEntry *entry = qdict_find(qdict, key);

    return entry ? entry->value : NULL;
}

int64_t qdict_get_int(const QDict *qdict, const char *key)
{
    QNum *qn = qobject_to(QNum, qdict_get(qdict, key));

    assert(qn);
    return qnum_get_int(qn);
}

double qdict_get_double(const QDict *qdict, const char *key)
{
    QNum *qn = qobject_to(QNum, qdict_get(qdict, key));

    assert(qn);
    return qnum_get_double(qn);
}

bool qdict_get_bool(const QDict *qdict, const char *key)
{
    QBool *qb = qobject_to(QBool, qdict_get(qdict, key));

    assert(qb);
    return qbool_get_bool(qb);
}

QList *qdict_get_qlist(const QDict *qdict, const char *key)
{
    return qobject_to(QList, qdict_get(qdict, key));
}

QDict *qdict_get_qdict(const QDict *qdict, const char *key)
{
    return qobject_to(QDict, qdict_get(qdict, key));
}

const char *qdict_get_str(const QDict *qdict, const char *key)
{
    QString *qs = qobject_to(QString, qdict_get(qdict, key));

    assert(qs);
    return qstring_get_str(qs);
}

int64_t qdict_get_try_int(const QDict *qdict, const char *key,
                          int64_t def_value)
{
    QNum *qn = qobject_to(QNum, qdict_get(qdict, key));
    int64_t val;

    if (!qn || !qnum_get_try_int(qn, &val)) {
        return def_value;
    }
    return val;
}

bool qdict_get_try_bool(const QDict *qdict, const char *key, bool def_value)
{
    QBool *qb = qobject_to(QBool, qdict_get(qdict, key));

    return qb ? qbool_get_bool(qb) : def_value;
}

const char *qdict_get_try_str(const QDict *qdict, const char *key)
{
    QString *qs = qobject_to(QString, qdict_get(qdict, key));

    return qs ? qstring_get_str(qs) : NULL;
}

QDict *qdict_clone_shallow(const QDict *src)
{
    QDict *dst = qdict_new();
    const QDictEntry *e;

    for (e = qdict_first(src); e; e = qdict_next(src, e)) {
        qdict_put_obj(dst, e->key, qobject_ref(e->value));
    }
    return dst;
}

void qdict_join(QDict *dest, QDict *src, bool overwrite)
{
    const QDictEntry *e = qdict_first(src);
    const QDictEntry *next;

    while (e) {
        next = qdict_next(src, e);
        if (overwrite || !qdict_haskey(dest, e->key)) {
            /* Put before delete: the delete frees e->key. */
            qdict_put_obj(dest, e->key, qobject_ref(e->value));
            qdict_del(src, e->key);
        }
        e = next;
    }
}

bool qdict_is_equal(const QObject *x, const QObject *y)
{
    const QDict *a = qobject_to(QDict, x);
    const QDict *b = qobject_to(QDict, y);
    const QDictEntry *e;

    if (qdict_size(a) != qdict_size(b)) {
        return false;
    }
    for (e = qdict_first(a); e; e = qdict_next(a, e)) {
        if (!qobject_is_equal(e->value, qdict_get(b, e->key))) {
            return false;
        }
    }
    return true;
}

void qdict_destroy_obj(QObject *obj)
{
    QDict *qdict = qobject_to(QDict, obj);
    QDictEntry *e = qdict->head;
    QDictEntry *next;

    while (e) {
        next = e->next;
        qobject_unref(e->value);
        g_free(e->key);
        g_free(e);
        e = next;
    }
    if (qdict->table) {
        g_hash_table_destroy(qdict->table);
    }
    g_free(qdict);
}
