/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qjson.h: JSON text to QObject and back.
 *
 * The parser accepts RFC 8259 JSON plus QEMU's extensions: single-quoted
 * strings ('abc', with \' escapes) and, in qobject_from_jsonf_nofail,
 * %-interpolation (%d %i %ld %lld %PRId64 %u %s %p %f %%... as QEMU's).
 * Numbers without fraction or exponent become QNUM_I64 (or QNUM_U64 above
 * INT64_MAX); others become doubles.
 */
#ifndef QOBJECT_QJSON_H
#define QOBJECT_QJSON_H

#include "qobject/qobject.h"

typedef struct Error Error;

/*
 * Parse one JSON value from @string.  Returns a new QObject, or NULL with
 * @errp set ("JSON parse error, LINE:COL: ..." style messages naming where
 * the input went wrong; "Expecting a JSON value" for empty input).
 * Trailing garbage after the value is an error.
 */
QObject *qobject_from_json(const char *string, Error **errp);

/* Interpolating forms (for tests and internal use). */
QObject *qobject_from_vjsonf_nofail(const char *string, va_list ap)
    G_GNUC_PRINTF(1, 0);
QObject *qobject_from_jsonf_nofail(const char *string, ...)
    G_GNUC_PRINTF(1, 2);
QDict *qdict_from_jsonf_nofail(const char *string, ...) G_GNUC_PRINTF(1, 2);
QDict *qdict_from_vjsonf_nofail(const char *string, va_list ap)
    G_GNUC_PRINTF(1, 0);

/* Compact JSON text of @obj (newly allocated GString). */
GString *qobject_to_json(const QObject *obj);
/* With @pretty: two-space indentation and newlines, as QMP pretty mode. */
GString *qobject_to_json_pretty(const QObject *obj, bool pretty);

#endif
