/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-json-streamer.c: fuzz target for the JSON streamer, lexer, parser
 * and writer (qobject/json-*.c).
 *
 * Input: four bytes seeding the chunk sizes, then the byte stream.  The
 * stream is fed to one parser in a single piece and to another in pieces
 * of 1 to 64 bytes chosen from the seed; json-parser.h promises the same
 * callbacks either way, with the same locations.  Each value emitted is
 * written with qobject_to_json, and with its pretty form, and each text
 * must parse back to an equal value (unless it holds a number JSON cannot
 * spell, such as an overflowed double).  Each dict also goes through
 * qdict_crumple as it is, and through qdict_flatten then qdict_crumple,
 * which must give it back when its keys allow (see check_crumple).
 */
#include "qemu/osdep.h"
#include <math.h>
#include "qapi/error.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qnum.h"
#include "qobject/qjson.h"
#include "qobject/json-parser.h"
#include "fuzz.h"

#define SEED_BYTES      4
#define MAX_CHUNK       64

/* What one parser emitted: one line of text per callback. */
typedef struct FuzzEmitLog {
    JSONMessageParser *parser;
    GPtrArray *events;
} FuzzEmitLog;

/* True if every number in @obj is finite (so its JSON text reads back). */
static bool is_spellable(QObject *obj)
{
    QDict *dict = qobject_to(QDict, obj);
    QList *list = qobject_to(QList, obj);
    QNum *num = qobject_to(QNum, obj);
    const QDictEntry *ent;
    const QListEntry *item;

    if (num) {
        return isfinite(qnum_get_double(num));
    }
    if (dict) {
        for (ent = qdict_first(dict); ent; ent = qdict_next(dict, ent)) {
            if (!is_spellable(qdict_entry_value(ent))) {
                return false;
            }
        }
    } else if (list) {
        for (item = qlist_first(list); item; item = qlist_next(item)) {
            if (!is_spellable(qlist_entry_obj(item))) {
                return false;
            }
        }
    }
    return true;
}

/*
 * Equality for a value and its reading back: a double with an integral
 * value is written like an integer and reads back as one, so numbers
 * compare by value, not by kind.
 */
static bool values_are_equal(QObject *x, QObject *y)
{
    QNum *nx = qobject_to(QNum, x), *ny = qobject_to(QNum, y);
    QDict *dx = qobject_to(QDict, x), *dy = qobject_to(QDict, y);
    QList *lx = qobject_to(QList, x), *ly = qobject_to(QList, y);
    const QDictEntry *ent;
    const QListEntry *ix, *iy;
    QObject *other;

    if (nx && ny) {
        return nx->kind != QNUM_DOUBLE && ny->kind != QNUM_DOUBLE
               ? qnum_is_equal(x, y)
               : qnum_get_double(nx) == qnum_get_double(ny);
    }
    if (dx && dy) {
        if (qdict_size(dx) != qdict_size(dy)) {
            return false;
        }
        for (ent = qdict_first(dx); ent; ent = qdict_next(dx, ent)) {
            other = qdict_get(dy, qdict_entry_key(ent));
            if (!other || !values_are_equal(qdict_entry_value(ent), other)) {
                return false;
            }
        }
        return true;
    }
    if (lx && ly) {
        for (ix = qlist_first(lx), iy = qlist_first(ly); ix && iy;
             ix = qlist_next(ix), iy = qlist_next(iy)) {
            if (!values_are_equal(qlist_entry_obj(ix),
                                  qlist_entry_obj(iy))) {
                return false;
            }
        }
        return !ix && !iy;
    }
    return qobject_is_equal(x, y);
}

/* @text, written from @obj, parses back to a value equal to @obj. */
static void check_reads_back(QObject *obj, const char *text)
{
    QObject *back = qobject_from_json(text, &error_abort);

    fuzz_check(values_are_equal(obj, back), "JSON round trip");
    qobject_unref(back);
}

/*
 * True if every dict key in @obj survives qdict_flatten and qdict_crumple
 * as it is: it starts with a letter (so it is no list index) and has no
 * '.' (which crumple would split).
 */
static bool has_only_plain_keys(QObject *obj)
{
    QDict *dict = qobject_to(QDict, obj);
    QList *list = qobject_to(QList, obj);
    const QDictEntry *ent;
    const QListEntry *item;
    const char *key;

    if (dict) {
        for (ent = qdict_first(dict); ent; ent = qdict_next(dict, ent)) {
            key = qdict_entry_key(ent);
            if (!g_ascii_isalpha(key[0]) || strchr(key, '.') ||
                !has_only_plain_keys(qdict_entry_value(ent))) {
                return false;
            }
        }
    } else if (list) {
        for (item = qlist_first(list); item; item = qlist_next(item)) {
            if (!has_only_plain_keys(qlist_entry_obj(item))) {
                return false;
            }
        }
    }
    return true;
}

/*
 * qdict_crumple on the dict @obj as it came (any keys, nested values: it
 * must fail cleanly), then flattened, when it must give @obj back if its
 * keys allow.
 */
static void check_crumple(QObject *obj)
{
    QDict *dict = qobject_to(QDict, obj);
    QObject *crumpled;
    Error *err = NULL;
    QDict *flat;

    if (!dict) {
        return;
    }
    crumpled = qdict_crumple(dict, &err);
    fuzz_check(!crumpled != !err, "qdict_crumple: a result or an error");
    qobject_unref(crumpled);
    error_free(err);
    err = NULL;

    flat = qdict_clone_shallow(dict);
    qdict_flatten(flat);
    crumpled = qdict_crumple(flat, &err);
    if (has_only_plain_keys(obj)) {
        fuzz_check(crumpled && qobject_is_equal(crumpled, obj),
                   "flatten/crumple round trip");
    }
    qobject_unref(crumpled);
    error_free(err);
    qobject_unref(flat);
}

static void fuzz_emit(void *opaque, QObject *json, Error *err)
{
    FuzzEmitLog *log = opaque;
    JSONLocation loc = json_message_parser_location(log->parser);
    GString *text;

    if (err) {
        g_ptr_array_add(log->events,
                        g_strdup_printf("%d:%d error %s", loc.line,
                                        loc.column, error_get_pretty(err)));
        error_free(err);
        return;
    }
    text = qobject_to_json(json);
    g_ptr_array_add(log->events, g_strdup_printf("%d:%d value %s", loc.line,
                                                 loc.column, text->str));
    if (is_spellable(json)) {
        check_reads_back(json, text->str);
        g_string_free(text, true);
        text = qobject_to_json_pretty(json, true);
        check_reads_back(json, text->str);
    }
    g_string_free(text, true);
    check_crumple(json);
    qobject_unref(json);
}

/* A small xorshift generator: the chunk sizes must be reproducible. */
static uint32_t next_random(uint32_t *state)
{
    uint32_t x = *state;

    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

/*
 * Feed @size bytes of @data to a new parser, in pieces drawn from @seed
 * (or in one piece when @seed is 0), then flush.  Returns the events.
 */
static GPtrArray *run_parser(const char *data, size_t size, uint32_t seed)
{
    FuzzEmitLog log = {
        .events = g_ptr_array_new_with_free_func(g_free),
    };
    size_t pos = 0, len;

    log.parser = json_message_parser_new(fuzz_emit, &log, NULL);
    while (pos < size) {
        len = seed ? 1 + next_random(&seed) % MAX_CHUNK : size;
        len = MIN(len, size - pos);
        json_message_parser_feed(log.parser, data + pos, len);
        pos += len;
    }
    json_message_parser_flush(log.parser);
    json_message_parser_free(log.parser);
    return log.events;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    GPtrArray *whole, *chunked;
    uint32_t seed = 0;
    guint i;

    if (size < SEED_BYTES) {
        return 0;
    }
    memcpy(&seed, data, SEED_BYTES);
    seed |= 1;                  /* xorshift must not start at 0 */
    data += SEED_BYTES;
    size -= SEED_BYTES;

    whole = run_parser((const char *)data, size, 0);
    chunked = run_parser((const char *)data, size, seed);
    fuzz_check(whole->len == chunked->len, "same number of callbacks");
    for (i = 0; i < whole->len; i++) {
        fuzz_check(strcmp(g_ptr_array_index(whole, i),
                          g_ptr_array_index(chunked, i)) == 0,
                   "same callbacks whatever the chunks");
    }
    g_ptr_array_unref(whole);
    g_ptr_array_unref(chunked);
    return 0;
}
