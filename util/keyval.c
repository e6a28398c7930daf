/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * keyval.c: parse KEY=VALUE,... strings with dotted keys into QDicts.
 *
 * This is the parser QEMU 8.2 uses for options whose values map onto
 * QAPI types (-machine, -smp, -object, -device, ...).  The syntax, the
 * result's shape and the error messages are described in
 * include/qemu/keyval.h.  Parsing works in two steps: each param is put
 * into a tree of QDicts, then QDicts whose keys are list indices are
 * turned into QLists.
 */
#include "qemu/osdep.h"
#include "qemu/keyval.h"
#include "qemu/cutils.h"
#include "qapi/error.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qstring.h"

/* Longest key fragment, in characters. */
#define KEYVAL_FRAGMENT_MAX 127

/* How long the "help" or "?" at the start of @s is, or 0. */
static size_t keyval_help_len(const char *s)
{
    if (*s == '?') {
        return 1;
    }
    return g_str_has_prefix(s, "help") ? 4 : 0;
}

/*
 * The length of the QAPI name at the start of @s, or 0 if there is none:
 * a letter then letters, digits, '-' and '_', optionally behind a
 * downstream prefix "__RFQDN_" where RFQDN has letters, digits, '-' and
 * '.'.
 */
static size_t keyval_name_len(const char *s)
{
    const char *p = s;

    if (p[0] == '_') {
        if (p[1] != '_') {
            return 0;
        }
        p += 2;
        while (g_ascii_isalnum(*p) || *p == '-' || *p == '.') {
            p++;
        }
        if (*p != '_') {
            return 0;
        }
        p++;
    }
    if (!g_ascii_isalpha(*p)) {
        return 0;
    }
    for (p++; g_ascii_isalnum(*p) || *p == '-' || *p == '_'; p++) {
        continue;
    }
    return p - s;
}

/*
 * The list index that @key starts with (digits only; huge ones saturate
 * to INT_MAX), or -1.  With a NULL @end all of @key must be the index;
 * else *@end is set after the digits.
 */
static int keyval_index(const char *key, const char **end)
{
    unsigned long index;
    int ret;

    if (!g_ascii_isdigit(*key)) {
        return -1;
    }
    ret = qemu_strtoul(key, end, 10, &index);
    if (ret == -ERANGE) {
        return INT_MAX;
    }
    if (ret) {
        return -1;
    }
    return MIN(index, (unsigned long)INT_MAX);
}

/*
 * Make @key_in_cur of @cur hold @value, or a QDict when @value is NULL.
 * An existing QDict is kept; an existing QString is replaced (the last
 * value wins).  Anything else is a conflict, reported with the part of
 * the key between @key and @key_cursor.  Takes over the reference to
 * @value.  Returns what @key_in_cur now maps to, or NULL on error.
 */
static QObject *keyval_parse_put(QDict *cur, const char *key_in_cur,
                                 QString *value, const char *key,
                                 const char *key_cursor, Error **errp)
{
    QObject *old = qdict_get(cur, key_in_cur);
    QObject *new;

    if (old) {
        if (qobject_type(old) != (value ? QTYPE_QSTRING : QTYPE_QDICT)) {
            error_setg(errp, "Parameters '%.*s.*' used inconsistently",
                       (int)(key_cursor - key), key);
            qobject_unref(value);
            return NULL;
        }
        if (!value) {
            return old;
        }
    }
    new = value ? QOBJECT(value) : QOBJECT(qdict_new());
    qdict_put_obj(cur, key_in_cur, new);
    return new;
}

/*
 * Walk the dotted key from @key to @key_end down from @qdict, creating
 * QDicts for all fragments but the last, which is copied to @last.
 * Returns the QDict the last fragment belongs in, or NULL on error.
 */
static QDict *keyval_parse_key(QDict *qdict, const char *key,
                               const char *key_end, char *last, Error **errp)
{
    QDict *cur = qdict;
    const char *s = key;
    const char *end;
    QObject *next;
    size_t len;

    for (;;) {
        /* A list index is fine anywhere but in first place. */
        if (s != key && keyval_index(s, &end) >= 0) {
            len = end - s;
        } else {
            len = keyval_name_len(s);
        }
        assert(s + len <= key_end);
        if (!len || (s + len < key_end && s[len] != '.')) {
            error_setg(errp, "Invalid parameter '%.*s'",
                       (int)(key_end - key), key);
            return NULL;
        }
        if (len > KEYVAL_FRAGMENT_MAX) {
            error_setg(errp, "Parameter%s '%.*s' is too long",
                       s != key || s + len != key_end ? " fragment" : "",
                       (int)len, s);
            return NULL;
        }
        if (s != key) {
            next = keyval_parse_put(cur, last, NULL, key, s - 1, errp);
            if (!next) {
                return NULL;
            }
            cur = qobject_to(QDict, next);
        }
        memcpy(last, s, len);
        last[len] = '\0';
        s += len;
        if (s == key_end) {
            return cur;
        }
        s++;                    /* the '.' */
    }
}

/*
 * Parse a value at @s up to an unescaped ',' or the end into @val.
 * Returns where the next param starts.
 */
static const char *keyval_parse_value(const char *s, GString *val)
{
    while (*s) {
        if (*s == ',') {
            s++;
            if (*s != ',') {
                break;
            }
        }
        g_string_append_c(val, *s++);
    }
    return s;
}

/*
 * Parse the param at @params into @qdict, or note a help request in
 * *@help.  Returns where the next param starts, or NULL on error.
 */
static const char *keyval_parse_one(QDict *qdict, const char *params,
                                    const char *implied_key, bool *help,
                                    Error **errp)
{
    const char *key = params;
    const char *val_end = NULL;
    size_t len = strcspn(params, "=,");
    char last[KEYVAL_FRAGMENT_MAX + 1];
    const char *s;
    GString *val;
    QDict *cur;

    if (len && params[len] != '=') {
        if (keyval_help_len(params) == len) {
            *help = true;
            return params[len] ? params + len + 1 : params + len;
        }
        if (implied_key) {
            key = implied_key;
            val_end = params + len;
            len = strlen(implied_key);
        }
    }

    cur = keyval_parse_key(qdict, key, key + len, last, errp);
    if (!cur) {
        return NULL;
    }

    if (key == implied_key) {
        /* The bare value ends at the first ',': no ',,' escapes here. */
        val = g_string_new_len(params, val_end - params);
        s = *val_end ? val_end + 1 : val_end;
    } else {
        s = key + len;
        if (*s != '=') {
            error_setg(errp, "Expected '=' after parameter '%.*s'",
                       (int)len, key);
            return NULL;
        }
        val = g_string_new(NULL);
        s = keyval_parse_value(s + 1, val);
    }

    if (!keyval_parse_put(cur, last, qstring_from_gstring(val),
                          key, key + len, errp)) {
        return NULL;
    }
    return s;
}

/* The dotted key of @key_path (innermost fragment first), with a '.' */
static char *keyval_path_str(GSList *key_path)
{
    GString *s = g_string_new(NULL);
    GSList *p;

    for (p = key_path; p; p = p->next) {
        g_string_prepend_c(s, '.');
        g_string_prepend(s, p->data);
    }
    return g_string_free(s, false);
}

/*
 * Turn @cur, whose keys are all list indices, into a QList.  Each index
 * from 0 to the largest must be present; the first hole is reported.
 * (Keys such as "1" and "01" are one index: the last one in @cur wins.)
 */
static QObject *keyval_dict_to_list(QDict *cur, GSList *key_of_cur,
                                    Error **errp)
{
    size_t n = qdict_size(cur);
    g_autofree QObject **elt = g_new0(QObject *, n + 1);
    const QDictEntry *ent;
    size_t i, limit = 0;
    QList *list;
    int index;

    for (ent = qdict_first(cur); ent; ent = qdict_next(cur, ent)) {
        index = keyval_index(ent->key, NULL);
        assert(index >= 0);
        limit = MAX(limit, (size_t)index + 1);
        /* An index >= n leaves a hole below n, found by the loop below */
        if ((size_t)index < n) {
            elt[index] = ent->value;
        }
    }

    list = qlist_new();
    for (i = 0; i < MIN(limit, n + 1); i++) {
        if (!elt[i]) {
            g_autofree char *prefix = keyval_path_str(key_of_cur);

            error_setg(errp, "Parameter '%s%zu' missing", prefix, i);
            qobject_unref(list);
            return NULL;
        }
        qlist_append_obj(list, qobject_ref(elt[i]));
    }
    return QOBJECT(list);
}

/*
 * Replace, depth first, the QDicts below @cur whose keys are all list
 * indices by QLists.  @key_of_cur leads from the root to @cur, innermost
 * first.  Returns @cur or the QList replacing it, or NULL on error.
 */
static QObject *keyval_listify(QDict *cur, GSList *key_of_cur, Error **errp)
{
    GSList key_node = { .next = key_of_cur };
    bool has_index = false, has_member = false;
    const QDictEntry *ent;
    QObject *val;
    QDict *sub;

    for (ent = qdict_first(cur); ent; ent = qdict_next(cur, ent)) {
        if (keyval_index(ent->key, NULL) >= 0) {
            has_index = true;
        } else {
            has_member = true;
        }
        sub = qobject_to(QDict, ent->value);
        if (!sub) {
            continue;
        }
        key_node.data = ent->key;
        val = keyval_listify(sub, &key_node, errp);
        if (!val) {
            return NULL;
        }
        if (val != ent->value) {
            /* Replacing keeps @ent in place, so iterating goes on. */
            qdict_put_obj(cur, ent->key, val);
        }
    }

    if (has_index && has_member) {
        g_autofree char *prefix = keyval_path_str(key_of_cur);

        error_setg(errp, "Parameters '%s*' used inconsistently", prefix);
        return NULL;
    }
    if (!has_index) {
        return QOBJECT(cur);
    }
    return keyval_dict_to_list(cur, key_of_cur, errp);
}

QDict *keyval_parse_into(QDict *qdict, const char *params,
                         const char *implied_key, bool *p_help,
                         Error **errp)
{
    bool help = false;
    const char *s = params;
    QObject *listified;

    while (*s) {
        s = keyval_parse_one(qdict, s, implied_key, &help, errp);
        if (!s) {
            return NULL;
        }
        /* Only the first param may omit its key. */
        implied_key = NULL;
    }

    if (p_help) {
        *p_help = help;
    } else if (help) {
        error_setg(errp, "Help is not available for this option");
        return NULL;
    }

    listified = keyval_listify(qdict, NULL, errp);
    if (!listified) {
        return NULL;
    }
    /* The root's keys are names, never indices, so it stays a QDict. */
    assert(listified == QOBJECT(qdict));
    return qdict;
}

QDict *keyval_parse(const char *params, const char *implied_key,
                    bool *p_help, Error **errp)
{
    QDict *qdict = qdict_new();

    if (!keyval_parse_into(qdict, params, implied_key, p_help, errp)) {
        qobject_unref(qdict);
        return NULL;
    }
    return qdict;
}

/* A copy of @obj: containers are copied deeply, scalars shared. */
static QObject *keyval_clone(QObject *obj)
{
    const QDictEntry *ent;
    const QListEntry *item;
    QDict *dict;
    QList *list;

    switch (qobject_type(obj)) {
    case QTYPE_QDICT:
        dict = qdict_new();
        for (ent = qdict_first(qobject_to(QDict, obj)); ent;
             ent = qdict_next(qobject_to(QDict, obj), ent)) {
            qdict_put_obj(dict, ent->key, keyval_clone(ent->value));
        }
        return QOBJECT(dict);
    case QTYPE_QLIST:
        list = qlist_new();
        QLIST_FOREACH_ENTRY(qobject_to(QList, obj), item) {
            qlist_append_obj(list, keyval_clone(item->value));
        }
        return QOBJECT(list);
    default:
        return qobject_ref(obj);
    }
}

/* keyval_merge below the dotted key prefix @path. */
static bool keyval_do_merge(QDict *dest, const QDict *merged, GString *path,
                            Error **errp)
{
    size_t path_len = path->len;
    const QDictEntry *ent;
    const QListEntry *item;
    QObject *old;
    bool ok;

    for (ent = qdict_first(merged); ent; ent = qdict_next(merged, ent)) {
        old = qdict_get(dest, ent->key);
        if (!old) {
            qdict_put_obj(dest, ent->key, keyval_clone(ent->value));
            continue;
        }
        if (qobject_type(old) != qobject_type(ent->value)) {
            error_setg(errp, "Parameter '%s%s' used inconsistently",
                       path->str, ent->key);
            return false;
        }
        switch (qobject_type(old)) {
        case QTYPE_QDICT:
            g_string_append_printf(path, "%s.", ent->key);
            ok = keyval_do_merge(qobject_to(QDict, old),
                                 qobject_to(QDict, ent->value), path, errp);
            g_string_truncate(path, path_len);
            if (!ok) {
                return false;
            }
            break;
        case QTYPE_QLIST:
            QLIST_FOREACH_ENTRY(qobject_to(QList, ent->value), item) {
                qlist_append_obj(qobject_to(QList, old),
                                 keyval_clone(item->value));
            }
            break;
        default:
            qdict_put_obj(dest, ent->key, qobject_ref(ent->value));
            break;
        }
    }
    return true;
}

bool keyval_merge(QDict *dest, const QDict *merged, Error **errp)
{
    g_autoptr(GString) path = g_string_new(NULL);

    return keyval_do_merge(dest, merged, path, errp);
}
