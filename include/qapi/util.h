/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * util.h: enumeration name tables, as QAPI generates them in QEMU.
 *
 * A QEnumLookup maps the values 0..size-1 of a C enum to their names, so
 * that an enum can travel as a string (QOM enum properties, -object and
 * -device options, QMP).
 */
#ifndef QAPI_UTIL_H
#define QAPI_UTIL_H

#include "qapi/error.h"

typedef struct QEnumLookup {
    const char *const *array;   /* array[value] is the name of value */
    int size;                   /* number of values */
} QEnumLookup;

/*
 * qapi_enum_lookup: the name of @val in @lookup.  @val must be in range
 * (asserted).
 */
static inline const char *qapi_enum_lookup(const QEnumLookup *lookup, int val)
{
    assert(val >= 0 && val < lookup->size);
    return lookup->array[val];
}

/*
 * qapi_enum_parse: the value whose name is @buf.
 *
 * Returns @def when @buf is NULL.  When @buf names no value, sets @errp
 * to "invalid parameter value: BUF" and returns @def.
 */
static inline int qapi_enum_parse(const QEnumLookup *lookup, const char *buf,
                                  int def, Error **errp)
{
    int i;

    if (!buf) {
        return def;
    }
    for (i = 0; i < lookup->size; i++) {
        if (g_str_equal(buf, lookup->array[i])) {
            return i;
        }
    }
    error_setg(errp, "invalid parameter value: %s", buf);
    return def;
}

#endif
