/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * uint16-list.c: list-of-uint16 property values, as QEMU 8.2's QAPI
 * visitors accept them for "host-nodes", "cpu-affinity" and
 * "node-affinity".
 *
 * QEMU parses -object key=value text with its opts visitor, where a list
 * element may be a range "N-M" (at most 65536 values); JSON gives a
 * list of integers.  Range checking of each value to uint16 happens after
 * the element is read, with the visitor's nameless "null" in the message.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "qobject/qlist.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"
#include "qom/qom-qobject.h"
#include "backends-internal.h"

/* QEMU's opts visitor refuses ranges of this many values or more. */
#define UINT16_LIST_RANGE_MAX 65536

static bool uint16_list_append(GArray *values, uint64_t value, Error **errp)
{
    uint16_t v = value;

    if (value > UINT16_MAX) {
        error_setg(errp, "Parameter '%s' expects %s", "null", "uint16_t");
        return false;
    }
    g_array_append_val(values, v);
    return true;
}

/* Text "N" or "N-M" of list property @name. */
static bool uint16_list_parse_text(const char *name, const char *text,
                                   GArray *values, Error **errp)
{
    const char *end;
    uint64_t lo, hi;

    if (parse_uint(text, &end, 0, &lo) == 0) {
        if (*end == '\0') {
            return uint16_list_append(values, lo, errp);
        }
        if (*end == '-' && parse_uint_full(end + 1, 0, &hi) == 0 &&
            lo <= hi && hi - lo < UINT16_LIST_RANGE_MAX) {
            for (; lo <= hi; lo++) {
                if (!uint16_list_append(values, lo, errp)) {
                    return false;
                }
            }
            return true;
        }
    }
    error_setg(errp, "Parameter '%s' expects %s", name,
               "a uint64 value or range");
    return false;
}

static bool uint16_list_parse_list(const char *name, QList *list,
                                   GArray *values, Error **errp)
{
    const QListEntry *e;
    int i = 0;

    for (e = qlist_first(list); e; e = qlist_next(e), i++) {
        g_autofree char *elem_name = g_strdup_printf("%s[%d]", name, i);
        uint64_t value;

        if (!qom_input_uint(elem_name, qlist_entry_obj(e), &value, errp) ||
            !uint16_list_append(values, value, errp)) {
            return false;
        }
    }
    return true;
}

bool backends_input_uint16_list(const char *name, QObject *in, GArray **out,
                                Error **errp)
{
    g_autoptr(GArray) values = g_array_new(false, false, sizeof(uint16_t));
    QString *text = qobject_to(QString, in);
    QList *list = qobject_to(QList, in);

    if (text) {
        if (!uint16_list_parse_text(name, qstring_get_str(text), values,
                                    errp)) {
            return false;
        }
    } else if (list) {
        if (!uint16_list_parse_list(name, list, values, errp)) {
            return false;
        }
    } else {
        error_setg(errp, "Invalid parameter type for '%s', expected: array",
                   name);
        return false;
    }
    *out = g_steal_pointer(&values);
    return true;
}

QObject *backends_uint16_list_to_qobject(const GArray *values)
{
    QList *list = qlist_new();
    guint i;

    for (i = 0; i < values->len; i++) {
        qlist_append_int(list, g_array_index(values, uint16_t, i));
    }
    return QOBJECT(list);
}
