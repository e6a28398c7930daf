/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * json-writer.c: QObject to JSON text, in QEMU's layout.
 *
 * Compact: {"a": 1, "b": [1, 2]}.  Pretty (QMP's pretty mode): every
 * member or element on a new line indented four spaces per level, and the
 * closing bracket on a new line at the parent's level, even when the
 * container is empty.  Strings come out as pure ASCII.
 */
#include "qemu/osdep.h"
#include "qobject/qbool.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "qobject/qlist.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"
#include "json-parser-int.h"

typedef struct JSONWriter {
    GString *out;
    bool pretty;
    int depth;              /* containers open */
} JSONWriter;

static void json_write_value(JSONWriter *w, const QObject *obj);

static void json_write_newline(JSONWriter *w)
{
    g_string_append_printf(w->out, "\n%*s", w->depth * 4, "");
}

/* Before the member or element number @index of the open container. */
static void json_write_separator(JSONWriter *w, size_t index)
{
    if (index) {
        g_string_append_c(w->out, ',');
        if (!w->pretty) {
            g_string_append_c(w->out, ' ');
        }
    }
    if (w->pretty) {
        json_write_newline(w);
    }
}

static void json_write_open(JSONWriter *w, char bracket)
{
    g_string_append_c(w->out, bracket);
    w->depth++;
}

static void json_write_close(JSONWriter *w, char bracket)
{
    w->depth--;
    if (w->pretty) {
        json_write_newline(w);
    }
    g_string_append_c(w->out, bracket);
}

/* The end of the run of bytes at @p that need no escaping. */
static const char *json_write_plain_run(const char *p)
{
    const unsigned char *q = (const unsigned char *)p;

    while (*q >= 0x20 && *q < 0x7F && *q != '"' && *q != '\\') {
        q++;
    }
    return (const char *)q;
}

static void json_write_string(JSONWriter *w, const char *str)
{
    static const char from[] = "\"\\\b\f\n\r\t";
    static const char to[] = "\"\\bfnrt";
    const char *p = str, *end, *s;
    int cp;

    g_string_append_c(w->out, '"');
    while (*p) {
        end = json_write_plain_run(p);
        if (end != p) {
            g_string_append_len(w->out, p, end - p);
            p = end;
            continue;
        }
        cp = json_utf8_decode(p, 6, &end);
        p = end;
        if (cp > 0 && cp < 0x80 && (s = strchr(from, cp))) {
            g_string_append_c(w->out, '\\');
            g_string_append_c(w->out, to[s - from]);
        } else if (cp > 0xFFFF) {
            cp -= 0x10000;
            g_string_append_printf(w->out, "\\u%04X\\u%04X",
                                   0xD800 | (cp >> 10),
                                   0xDC00 | (cp & 0x3FF));
        } else {
            /*
             * Control characters, DEL and non-ASCII (printable ASCII took
             * the fast path); invalid UTF-8 comes out as U+FFFD.
             */
            g_string_append_printf(w->out, "\\u%04X", cp < 0 ? 0xFFFD : cp);
        }
    }
    g_string_append_c(w->out, '"');
}

static void json_write_dict(JSONWriter *w, const QDict *dict)
{
    const QDictEntry *e;
    size_t i = 0;

    json_write_open(w, '{');
    for (e = qdict_first(dict); e; e = qdict_next(dict, e)) {
        json_write_separator(w, i++);
        json_write_string(w, qdict_entry_key(e));
        g_string_append(w->out, ": ");
        json_write_value(w, qdict_entry_value(e));
    }
    json_write_close(w, '}');
}

static void json_write_list(JSONWriter *w, const QList *list)
{
    const QListEntry *e;
    size_t i = 0;

    json_write_open(w, '[');
    QLIST_FOREACH_ENTRY(list, e) {
        json_write_separator(w, i++);
        json_write_value(w, qlist_entry_obj(e));
    }
    json_write_close(w, ']');
}

static void json_write_value(JSONWriter *w, const QObject *obj)
{
    g_autofree char *num = NULL;

    switch (qobject_type(obj)) {
    case QTYPE_QNULL:
        g_string_append(w->out, "null");
        break;
    case QTYPE_QBOOL:
        g_string_append(w->out, qbool_get_bool(qobject_to(QBool, obj))
                                ? "true" : "false");
        break;
    case QTYPE_QNUM:
        num = qnum_to_string(qobject_to(QNum, obj));
        g_string_append(w->out, num);
        break;
    case QTYPE_QSTRING:
        json_write_string(w, qstring_get_str(qobject_to(QString, obj)));
        break;
    case QTYPE_QDICT:
        json_write_dict(w, qobject_to(QDict, obj));
        break;
    case QTYPE_QLIST:
        json_write_list(w, qobject_to(QList, obj));
        break;
    default:
        g_assert_not_reached();
    }
}

GString *qobject_to_json_pretty(const QObject *obj, bool pretty)
{
    JSONWriter w = {
        .out = g_string_new(NULL),
        .pretty = pretty,
    };

    json_write_value(&w, obj);
    return w.out;
}

GString *qobject_to_json(const QObject *obj)
{
    return qobject_to_json_pretty(obj, false);
}
