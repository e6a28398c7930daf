/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * block-qdict.c: conversions between nested dicts and flat dicts with
 * dotted keys, as the command line's dotted options ("a.b.c=1") need.
 *
 * qdict_flatten turns {"a": {"b": 1}, "l": [2]} into {"a.b": 1, "l.0": 2};
 * qdict_crumple goes back, turning dicts whose keys are 0..n-1 into lists.
 * In a crumpled key ".." stands for a literal '.' within one level.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"

static void qdict_flatten_value(QDict *target, const char *key,
                                QObject *value);

static void qdict_flatten_dict(QDict *target, const char *prefix,
                               const QDict *src)
{
    const QDictEntry *e;

    for (e = qdict_first(src); e; e = qdict_next(src, e)) {
        g_autofree char *key = NULL;

        if (prefix) {
            key = g_strdup_printf("%s.%s", prefix, e->key);
        }
        qdict_flatten_value(target, key ? key : e->key, e->value);
    }
}

static void qdict_flatten_list(QDict *target, const char *prefix,
                               const QList *src)
{
    const QListEntry *e;
    size_t i = 0;

    QLIST_FOREACH_ENTRY(src, e) {
        g_autofree char *key = g_strdup_printf("%s.%zu", prefix, i++);

        qdict_flatten_value(target, key, e->value);
    }
}

/* Empty dicts and lists stay as values: they have nothing to flatten. */
static void qdict_flatten_value(QDict *target, const char *key,
                                QObject *value)
{
    QDict *dict = qobject_to(QDict, value);
    QList *list = qobject_to(QList, value);

    if (dict && qdict_size(dict)) {
        qdict_flatten_dict(target, key, dict);
    } else if (list && !qlist_empty(list)) {
        qdict_flatten_list(target, key, list);
    } else {
        qdict_put_obj(target, key, qobject_ref(value));
    }
}

void qdict_flatten(QDict *qdict)
{
    QDict *flat = qdict_new();
    QDict old;

    /*
     * Build the flat dict aside, so flattened keys take the place of the
     * nested value they came from, then swap contents: @flat ends up
     * holding (and freeing) the old entries.  Nested containers are not
     * modified, as someone else may hold references to them.
     */
    qdict_flatten_dict(flat, NULL, qdict);
    old = *qdict;
    qdict->size = flat->size;
    qdict->table = flat->table;
    qdict->head = flat->head;
    qdict->tail = flat->tail;
    flat->size = old.size;
    flat->table = old.table;
    flat->head = old.head;
    flat->tail = old.tail;
    qobject_unref(flat);
}

void qdict_extract_subqdict(QDict *src, QDict **dst, const char *start)
{
    const QDictEntry *e = qdict_first(src);
    const QDictEntry *next;
    size_t len = strlen(start);

    *dst = qdict_new();
    while (e) {
        next = qdict_next(src, e);
        if (!strncmp(e->key, start, len)) {
            qdict_put_obj(*dst, e->key + len, qobject_ref(e->value));
            qdict_del(src, e->key);
        }
        e = next;
    }
}

/*
 * Split @key at its first '.' that is not part of a ".." pair.  Returns
 * the part before it with each ".." unescaped to '.', newly allocated;
 * *@suffix points into @key after the separator, or is NULL if there is
 * none.
 */
static char *qdict_split_flat_key(const char *key, const char **suffix)
{
    GString *prefix = g_string_new(NULL);
    const char *p = key;

    *suffix = NULL;
    while (*p) {
        if (p[0] == '.' && p[1] == '.') {
            g_string_append_c(prefix, '.');
            p += 2;
        } else if (p[0] == '.') {
            *suffix = p + 1;
            break;
        } else {
            g_string_append_c(prefix, *p++);
        }
    }
    return g_string_free(prefix, false);
}

/* A key is a list index if it parses fully as a decimal int64. */
static bool qdict_key_is_index(const char *key, int64_t *index)
{
    char *end;

    errno = 0;
    *index = strtoll(key, &end, 10);
    return end != key && !*end && errno != ERANGE;
}

/*
 * Whether the keys of @dict make it a list: all keys are indices (1), or
 * none is (0).  A mix, or indices with gaps, is an error (-1).
 */
static int qdict_is_list(const QDict *dict, Error **errp)
{
    const QDictEntry *e;
    int64_t index, max = -1;
    int64_t count = 0;
    int is_list = -1;

    for (e = qdict_first(dict); e; e = qdict_next(dict, e)) {
        bool is_index = qdict_key_is_index(e->key, &index);

        if (is_list == -1) {
            is_list = is_index;
        } else if (is_index != is_list) {
            error_setg(errp, "Cannot mix list and non-list keys");
            return -1;
        }
        if (is_index) {
            count++;
            max = MAX(max, index);
        }
    }
    /* not max + 1: an index may be INT64_MAX */
    if (count - 1 != max) {
        error_setg(errp, "List indices are not contiguous, saw %" PRId64
                   " elements but %" PRId64 " largest index", count, max);
        return -1;
    }
    return is_list == 1;
}

/*
 * Step 1 of crumpling: split each key of @src at its first separator,
 * giving a dict of scalars and of dicts keyed by the rest of the key.
 */
static QDict *qdict_crumple_split(const QDict *src, Error **errp)
{
    g_autoptr(QDict) two_level = qdict_new();
    const QDictEntry *e;

    for (e = qdict_first(src); e; e = qdict_next(src, e)) {
        QDict *dict_val = qobject_to(QDict, e->value);
        QList *list_val = qobject_to(QList, e->value);
        const char *suffix;
        g_autofree char *prefix = NULL;
        QObject *child;
        QDict *child_dict;

        if ((dict_val && qdict_size(dict_val)) ||
            (list_val && !qlist_empty(list_val))) {
            error_setg(errp, "Value %s is not flat", e->key);
            return NULL;
        }
        prefix = qdict_split_flat_key(e->key, &suffix);
        child = qdict_get(two_level, prefix);
        child_dict = qobject_to(QDict, child);
        if (child && (!child_dict || !suffix)) {
            error_setg(errp, "Cannot mix scalar and non-scalar keys");
            return NULL;
        }
        if (!suffix) {
            /*
             * An empty dict may still receive "prefix.x" keys below: give
             * it a fresh one, so @src's own dict is never modified.
             */
            qdict_put_obj(two_level, prefix,
                          dict_val ? QOBJECT(qdict_new())
                                   : qobject_ref(e->value));
            continue;
        }
        if (!child_dict) {
            child_dict = qdict_new();
            qdict_put(two_level, prefix, child_dict);
        }
        qdict_put_obj(child_dict, suffix, qobject_ref(e->value));
    }
    return g_steal_pointer(&two_level);
}

/* Step 3 of crumpling: @dict's keys are 0..n-1; make it a list. */
static QList *qdict_crumple_to_list(const QDict *dict, Error **errp)
{
    g_autoptr(QList) list = qlist_new();
    size_t i, n = qdict_size(dict);

    for (i = 0; i < n; i++) {
        g_autofree char *key = g_strdup_printf("%zu", i);
        QObject *child = qdict_get(dict, key);

        if (!child) {
            /* Keys such as "00" or "+1" are indices, but not canonical. */
            error_setg(errp, "Missing list index %zu", i);
            return NULL;
        }
        qlist_append_obj(list, qobject_ref(child));
    }
    return g_steal_pointer(&list);
}

QObject *qdict_crumple(const QDict *src, Error **errp)
{
    g_autoptr(QDict) two_level = qdict_crumple_split(src, errp);
    g_autoptr(QDict) multi_level = NULL;
    const QDictEntry *e;
    int is_list;

    if (!two_level) {
        return NULL;
    }
    /* Step 2: crumple each nested dict in turn. */
    multi_level = qdict_new();
    for (e = qdict_first(two_level); e; e = qdict_next(two_level, e)) {
        QDict *dict_val = qobject_to(QDict, e->value);
        QObject *child = qobject_ref(e->value);

        if (dict_val && qdict_size(dict_val)) {
            qobject_unref(child);
            child = qdict_crumple(dict_val, errp);
            if (!child) {
                return NULL;
            }
        }
        qdict_put_obj(multi_level, e->key, child);
    }
    is_list = qdict_is_list(multi_level, errp);
    if (is_list < 0) {
        return NULL;
    }
    if (is_list) {
        return QOBJECT(qdict_crumple_to_list(multi_level, errp));
    }
    return QOBJECT(g_steal_pointer(&multi_level));
}
