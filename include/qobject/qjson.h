/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qjson.h: JSON text to QObject and back.
 *
 * The parser accepts RFC 8259 JSON plus QEMU's extensions: single-quoted
 * strings ('abc', where \' is also an escape, as it is in double-quoted
 * strings) and, in the *jsonf_nofail functions, %-interpolation.  Strings
 * must be valid UTF-8 and are stored as such, except that U+0000 (from
 * \u0000 or the bytes C0 80) is stored as C0 80, as QEMU does, so that it
 * cannot end the C string.  Noncharacters (U+FFFE, U+FDD0...) and
 * unpaired surrogates are rejected.  Integers become QNUM_I64, or QNUM_U64
 * above INT64_MAX, or a double when out of range for both; numbers with a
 * fraction or exponent become doubles.
 *
 * Errors keep QEMU 8.2's texts exactly, for instance
 *   "JSON parse error, expecting value"
 *   "JSON parse error, invalid keyword 'foo'"
 *   "JSON parse error, stray '@'"
 *   "JSON parse error, premature EOI"
 *   "JSON parse error, missing : in object pair"
 *   "JSON parse error, key is not a string in object"
 *   "JSON parse error, duplicate key"
 *   "JSON parse error, expected separator in dict" (and "... in list")
 *   "JSON parse error, invalid escape sequence in string"
 *   "JSON parse error, \uD800 is not a valid Unicode character"
 *   "JSON parse error, invalid UTF-8 sequence in string"
 *   "Expecting a JSON value"              (empty input)
 *   "Expecting at most one JSON value"    (trailing values)
 * plus the limit errors listed in json-parser.h.  The messages carry no
 * position, so that what users see is QEMU's text; the position is
 * available separately through qobject_from_json_loc() (and
 * json_message_parser_location() for streams).
 */
#ifndef QOBJECT_QJSON_H
#define QOBJECT_QJSON_H

#include "qobject/qobject.h"
#include "qobject/json-parser.h"

typedef struct Error Error;

/*
 * Parse one JSON value from @string.  Returns a new QObject, or NULL with
 * @errp set (see above).  Anything but whitespace after the value is an
 * error.
 */
QObject *qobject_from_json(const char *string, Error **errp);

/*
 * qobject_from_json, also storing in *@loc where the first error was
 * found: the offending token or byte, the start of a second value for
 * "Expecting at most one JSON value", the end of input for a premature
 * end.  *@loc is left alone on success.
 */
QObject *qobject_from_json_loc(const char *string, JSONLocation *loc,
                               Error **errp);

/*
 * Parse @string with %-interpolation; failure is a programming error
 * (abort).  Where a value may appear:
 *   %d %ld %lld %" PRId64 "   signed integers (int, long, long long,
 *                             int64_t) as QNUM_I64
 *   %u %lu %llu %" PRIu64 "   unsigned integers as QNUM_U64
 *   %i                        an int, as a QBool (non-zero is true)
 *   %f                        a double
 *   %s                        a C string, as a QString
 *   %p                        a QObject *, whose reference is taken over
 * Inside strings a '%' must be written "%%".
 */
QObject *qobject_from_vjsonf_nofail(const char *string, va_list ap)
    G_GNUC_PRINTF(1, 0);
QObject *qobject_from_jsonf_nofail(const char *string, ...)
    G_GNUC_PRINTF(1, 2);
/* The same, for text that must give a dict. */
QDict *qdict_from_jsonf_nofail(const char *string, ...) G_GNUC_PRINTF(1, 2);
QDict *qdict_from_vjsonf_nofail(const char *string, va_list ap)
    G_GNUC_PRINTF(1, 0);

/*
 * Compact JSON text of @obj (newly allocated GString), in QEMU's format:
 * {"a": 1, "b": [1, 2]} with ": " and ", " separators, dict keys in
 * insertion order.  In strings, '"', '\\', \b \f \n \r \t are escaped as
 * such, other control characters, DEL and all non-ASCII characters as
 * \uXXXX (uppercase hex, surrogate pairs beyond U+FFFF); invalid UTF-8
 * becomes \uFFFD.  Doubles print with 17 significant digits ("%.17g", so
 * 0.1 is 0.10000000000000001), which read back as the same value.
 */
GString *qobject_to_json(const QObject *obj);

/*
 * With @pretty, QEMU's pretty format (as -qmp-pretty prints): each member
 * and element on its own line, indented by four spaces per level, the
 * closing bracket on its own line at the parent's level; an empty dict is
 * "{" newline "}" at that level.  No final newline.  Without @pretty, as
 * qobject_to_json.
 */
GString *qobject_to_json_pretty(const QObject *obj, bool pretty);

#endif
