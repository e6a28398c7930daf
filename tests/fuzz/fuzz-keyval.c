/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-keyval.c: fuzz target for keyval_parse (util/keyval.c) and the
 * QDict flatten/crumple pair it is used with (qobject/block-qdict.c).
 *
 * Input: one flags byte, then up to two parameter strings separated by
 * a NUL byte.  The flags pick the implied key and whether "help" may be
 * asked for.  The first string is parsed with keyval_parse; the second,
 * if any, is parsed into the same dict with keyval_parse_into and also
 * on its own, then merged with keyval_merge.  The result goes through
 * qobject_to_json (both styles), and must survive qdict_flatten followed
 * by qdict_crumple unchanged when no key contains a '.' (only downstream
 * names such as "__org.example_x" can; crumple would split them).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/keyval.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qjson.h"
#include "fuzz.h"

#define FLAG_IMPLIED_MASK   0x03
#define FLAG_HELP           0x04

static const char *const fuzz_implied_keys[] = {
    NULL, "type", "qom-type", "a.b",
};

/* True if a key anywhere in @obj contains a '.'. */
static bool has_dotted_key(QObject *obj)
{
    QDict *dict = qobject_to(QDict, obj);
    QList *list = qobject_to(QList, obj);
    const QDictEntry *ent;
    const QListEntry *item;

    if (dict) {
        for (ent = qdict_first(dict); ent; ent = qdict_next(dict, ent)) {
            if (strchr(qdict_entry_key(ent), '.') ||
                has_dotted_key(qdict_entry_value(ent))) {
                return true;
            }
        }
    } else if (list) {
        for (item = qlist_first(list); item; item = qlist_next(item)) {
            if (has_dotted_key(qlist_entry_obj(item))) {
                return true;
            }
        }
    }
    return false;
}

/* Flattening then crumpling @qdict gives @qdict back. */
static void check_crumple_round_trip(QDict *qdict)
{
    QDict *flat = qdict_clone_shallow(qdict);
    QObject *crumpled;
    Error *err = NULL;

    qdict_flatten(flat);
    crumpled = qdict_crumple(flat, &err);
    if (!has_dotted_key(QOBJECT(qdict))) {
        fuzz_check(crumpled, "qdict_crumple accepts a flattened result");
        fuzz_check(qobject_is_equal(crumpled, QOBJECT(qdict)),
                   "flatten/crumple round trip");
    }
    error_free(err);
    qobject_unref(crumpled);
    qobject_unref(flat);
}

static void check_result(QDict *qdict)
{
    g_string_free(qobject_to_json(QOBJECT(qdict)), true);
    g_string_free(qobject_to_json_pretty(QOBJECT(qdict), true), true);
    check_crumple_round_trip(qdict);
}

/* Parse @more into @qdict, and merge its parse of its own into @merged. */
static void parse_more(QDict *qdict, QDict *merged, const char *more,
                       bool *p_help)
{
    Error *err = NULL;
    QDict *second;

    if (keyval_parse_into(qdict, more, NULL, p_help, &err)) {
        check_result(qdict);
    }
    error_free(err);
    err = NULL;

    second = keyval_parse(more, NULL, p_help, &err);
    if (second) {
        if (keyval_merge(merged, second, &err)) {
            check_result(merged);
        }
        qobject_unref(second);
    }
    error_free(err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *implied_key;
    g_autofree char *params = NULL;
    const char *more;
    Error *err = NULL;
    QDict *qdict, *merged;
    bool help;
    bool *p_help;

    if (size < 1) {
        return 0;
    }
    implied_key = fuzz_implied_keys[data[0] & FLAG_IMPLIED_MASK];
    p_help = data[0] & FLAG_HELP ? &help : NULL;
    /* a copy with a NUL after the end, so the last string ends too */
    params = g_malloc(size + 1);
    memcpy(params, data + 1, size - 1);
    params[size - 1] = '\0';
    params[size] = '\0';
    more = memchr(params, '\0', size - 1) ? params + strlen(params) + 1
                                          : NULL;

    qdict = keyval_parse(params, implied_key, p_help, &err);
    error_free(err);
    if (!qdict) {
        return 0;
    }
    check_result(qdict);
    if (more && *more) {
        /* a deep copy, as parse_more changes @qdict's nested dicts */
        merged = qdict_new();
        keyval_merge(merged, qdict, &error_abort);
        parse_more(qdict, merged, more, p_help);
        qobject_unref(merged);
    }
    qobject_unref(qdict);
    return 0;
}
