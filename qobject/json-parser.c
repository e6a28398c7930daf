/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * json-parser.c: builds a QObject from the tokens of one JSON value
 * (RFC 8259 section 2 to 7), by recursive descent.
 *
 * The streamer bounds the nesting depth, so recursion is bounded too.
 * Only the first error found is reported, with QEMU's wording; a caller
 * further up that would report a consequence of it stays silent.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qbool.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qnull.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"
#include "json-parser-int.h"

typedef struct JSONParserContext {
    const JSONToken *tokens;
    size_t n;
    const char *text;       /* token texts, at each token's offset */
    size_t next;            /* index of the next token */
    va_list *ap;            /* interpolation arguments, or NULL */
    Error *err;             /* the first error */
    JSONLocation err_loc;
    JSONLocation eoi;       /* where the tokens end */
} JSONParserContext;

static QObject *parse_value(JSONParserContext *ctxt);

static const JSONToken *parser_peek(JSONParserContext *ctxt)
{
    return ctxt->next < ctxt->n ? &ctxt->tokens[ctxt->next] : NULL;
}

static const JSONToken *parser_pop(JSONParserContext *ctxt)
{
    const JSONToken *token = parser_peek(ctxt);

    if (token) {
        ctxt->next++;
    }
    return token;
}

static const char *token_str(JSONParserContext *ctxt, const JSONToken *token)
{
    return ctxt->text + token->offset;
}

/*
 * Record an error found @offset bytes into @token (NULL: at the end of
 * the tokens), unless one is recorded already.
 */
static void G_GNUC_PRINTF(4, 5)
parse_error_at(JSONParserContext *ctxt, const JSONToken *token, int offset,
               const char *fmt, ...)
{
    g_autofree char *msg = NULL;
    va_list ap;

    if (ctxt->err) {
        return;
    }
    va_start(ap, fmt);
    msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    error_setg(&ctxt->err, "JSON parse error, %s", msg);
    ctxt->err_loc = token ? token->loc : ctxt->eoi;
    ctxt->err_loc.column += offset;
}

#define parse_error(ctxt, token, ...) \
    parse_error_at((ctxt), (token), 0, __VA_ARGS__)

/* Four hex digits at @s as a number, or -1. */
static int parse_hex4(const char *s)
{
    int i, cp = 0;

    for (i = 0; i < 4; i++) {
        if (!g_ascii_isxdigit(s[i])) {
            return -1;
        }
        cp = cp * 16 + g_ascii_xdigit_value(s[i]);
    }
    return cp;
}

/*
 * The \u escape at @p (pointing at the 'u'), with a surrogate pair's
 * second half if there is one.  Returns the code point, or -1 if it is no
 * valid character, and sets *@end after the escape.
 */
static int parse_unicode_escape(const char *p, const char **end)
{
    int cp = parse_hex4(p + 1);
    int low;

    /* A bad escape's extent is 4 bytes, whatever they are. */
    *end = p + 5;
    if (cp < 0xD800 || cp > 0xDBFF || strncmp(*end, "\\u", 2)) {
        return cp;
    }
    low = parse_hex4(*end + 2);
    if (low < 0xDC00 || low > 0xDFFF) {
        return -1;
    }
    *end += 6;
    return 0x10000 + ((cp & 0x3FF) << 10) + (low & 0x3FF);
}

/*
 * The escape sequence at @p (after the backslash), appended to @str.
 * Returns a pointer after it, or NULL after reporting an error.
 */
static const char *parse_escape(JSONParserContext *ctxt,
                                const JSONToken *token, const char *p,
                                GString *str)
{
    static const char from[] = "\"'\\/bfnrt";
    static const char to[] = "\"'\\/\b\f\n\r\t";
    int offset = p - 1 - token_str(ctxt, token);
    const char *s = *p ? strchr(from, *p) : NULL;
    const char *end;
    char utf8[5];
    int cp;

    if (s) {
        g_string_append_c(str, to[s - from]);
        return p + 1;
    }
    if (*p != 'u') {
        parse_error_at(ctxt, token, offset,
                       "invalid escape sequence in string");
        return NULL;
    }
    cp = parse_unicode_escape(p, &end);
    if (json_utf8_encode(utf8, cp) < 0) {
        /* Name the escape as written, but not beyond the token. */
        parse_error_at(ctxt, token, offset,
                       "%.*s is not a valid Unicode character",
                       (int)strnlen(p - 1, end - (p - 1)), p - 1);
        return NULL;
    }
    g_string_append(str, utf8);
    return end;
}

/*
 * The number of bytes at @p that stand for themselves: ASCII other than
 * the quote, backslash and '%'.  (The lexer let no control characters in.)
 */
static size_t parse_string_plain_run(const char *p, char quote)
{
    const unsigned char *q = (const unsigned char *)p;

    while (*q && *q < 0x80 && *q != quote && *q != '\\' && *q != '%') {
        q++;
    }
    return q - (const unsigned char *)p;
}

static QString *parse_string(JSONParserContext *ctxt,
                             const JSONToken *token)
{
    const char *start = token_str(ctxt, token);
    g_autoptr(GString) str = g_string_sized_new(strlen(start));
    const char *p = start;
    char quote = *p++;
    const char *end;
    char utf8[5];
    size_t run;
    int cp;

    while (*p != quote) {
        run = parse_string_plain_run(p, quote);
        if (run) {
            g_string_append_len(str, p, run);
            p += run;
            continue;
        }
        if (*p == '\\') {
            p = parse_escape(ctxt, token, p + 1, str);
            if (!p) {
                return NULL;
            }
            continue;
        }
        if (*p == '%' && ctxt->ap) {
            /* With interpolation, a '%' in a string must be "%%". */
            if (p[1] != '%') {
                parse_error_at(ctxt, token, p - start,
                               "can't interpolate into string");
                return NULL;
            }
            p++;
        }
        cp = json_utf8_decode(p, 6, &end);
        if (cp < 0) {
            parse_error_at(ctxt, token, p - start,
                           "invalid UTF-8 sequence in string");
            return NULL;
        }
        json_utf8_encode(utf8, cp);
        g_string_append(str, utf8);
        p = end;
    }
    return qstring_from_gstring(g_steal_pointer(&str));
}

/* The lexer checked the syntax; strtod's rounding suits us. */
static QNum *parse_float(const char *str)
{
    return qnum_from_double(g_ascii_strtod(str, NULL));
}

/* Integers as int64 if they fit, else uint64, else as a double. */
static QNum *parse_integer(const char *str)
{
    char *end;
    int64_t i64;
    uint64_t u64;

    errno = 0;
    i64 = g_ascii_strtoll(str, &end, 10);
    if (errno != ERANGE) {
        return qnum_from_int(i64);
    }
    if (*str != '-') {
        errno = 0;
        u64 = g_ascii_strtoull(str, &end, 10);
        if (errno != ERANGE) {
            return qnum_from_uint(u64);
        }
    }
    return parse_float(str);
}

static QObject *parse_keyword(JSONParserContext *ctxt,
                              const JSONToken *token)
{
    const char *s = token_str(ctxt, token);

    if (!strcmp(s, "true")) {
        return QOBJECT(qbool_from_bool(true));
    }
    if (!strcmp(s, "false")) {
        return QOBJECT(qbool_from_bool(false));
    }
    if (!strcmp(s, "null")) {
        return QOBJECT(qnull());
    }
    parse_error(ctxt, token, "invalid keyword '%s'", s);
    return NULL;
}

/*
 * The value of an interpolation token.  %p hands over the caller's
 * reference; a NULL %p makes NULL without an error, which the callers
 * report as a missing value.
 */
static QObject *parse_interpolation(JSONParserContext *ctxt,
                                    const JSONToken *token)
{
    va_list *ap = ctxt->ap;
    const char *s = token_str(ctxt, token);

    if (!strcmp(s, "%p")) {
        return va_arg(*ap, QObject *);
    } else if (!strcmp(s, "%i")) {
        return QOBJECT(qbool_from_bool(va_arg(*ap, int)));
    } else if (!strcmp(s, "%d")) {
        return QOBJECT(qnum_from_int(va_arg(*ap, int)));
    } else if (!strcmp(s, "%ld")) {
        return QOBJECT(qnum_from_int(va_arg(*ap, long)));
    } else if (!strcmp(s, "%lld")) {
        return QOBJECT(qnum_from_int(va_arg(*ap, long long)));
    } else if (!strcmp(s, "%" PRId64)) {
        return QOBJECT(qnum_from_int(va_arg(*ap, int64_t)));
    } else if (!strcmp(s, "%u")) {
        return QOBJECT(qnum_from_uint(va_arg(*ap, unsigned int)));
    } else if (!strcmp(s, "%lu")) {
        return QOBJECT(qnum_from_uint(va_arg(*ap, unsigned long)));
    } else if (!strcmp(s, "%llu")) {
        return QOBJECT(qnum_from_uint(va_arg(*ap, unsigned long long)));
    } else if (!strcmp(s, "%" PRIu64)) {
        return QOBJECT(qnum_from_uint(va_arg(*ap, uint64_t)));
    } else if (!strcmp(s, "%s")) {
        return QOBJECT(qstring_from_str(va_arg(*ap, const char *)));
    } else if (!strcmp(s, "%f")) {
        return QOBJECT(qnum_from_double(va_arg(*ap, double)));
    }
    parse_error(ctxt, token, "invalid interpolation '%s'", s);
    return NULL;
}

/* One "key": value member of the object being built in @dict. */
static bool parse_pair(JSONParserContext *ctxt, QDict *dict)
{
    const JSONToken *key_token = parser_peek(ctxt);
    g_autoptr(QObject) key_obj = parse_value(ctxt);
    QString *key = qobject_to(QString, key_obj);
    const JSONToken *token;
    QObject *value;

    if (!key) {
        parse_error(ctxt, key_token, "key is not a string in object");
        return false;
    }
    token = parser_pop(ctxt);
    if (!token) {
        parse_error(ctxt, NULL, "premature EOI");
        return false;
    }
    if (token->type != JSON_COLON) {
        parse_error(ctxt, token, "missing : in object pair");
        return false;
    }
    value = parse_value(ctxt);
    if (!value) {
        parse_error(ctxt, token, "Missing value in dict");
        return false;
    }
    if (qdict_haskey(dict, qstring_get_str(key))) {
        qobject_unref(value);
        parse_error(ctxt, key_token, "duplicate key");
        return false;
    }
    qdict_put_obj(dict, qstring_get_str(key), value);
    return true;
}

/*
 * After a member or element: the closing @close (true), or a comma
 * (false, more follows), or else an error (false too, with ctxt->err).
 */
static bool parse_separator(JSONParserContext *ctxt, JSONTokenType close,
                            const char *what)
{
    const JSONToken *token = parser_pop(ctxt);

    if (!token) {
        parse_error(ctxt, NULL, "premature EOI");
    } else if (token->type == close) {
        return true;
    } else if (token->type != JSON_COMMA) {
        parse_error(ctxt, token, "expected separator in %s", what);
    }
    return false;
}

/* After the '{'. */
static QObject *parse_object(JSONParserContext *ctxt)
{
    g_autoptr(QDict) dict = qdict_new();
    const JSONToken *peek = parser_peek(ctxt);

    if (!peek) {
        parse_error(ctxt, NULL, "premature EOI");
        return NULL;
    }
    if (peek->type == JSON_RCURLY) {
        parser_pop(ctxt);
        return QOBJECT(g_steal_pointer(&dict));
    }
    do {
        if (!parse_pair(ctxt, dict)) {
            return NULL;
        }
    } while (!parse_separator(ctxt, JSON_RCURLY, "dict") && !ctxt->err);
    return ctxt->err ? NULL : QOBJECT(g_steal_pointer(&dict));
}

/* After the '['. */
static QObject *parse_array(JSONParserContext *ctxt)
{
    g_autoptr(QList) list = qlist_new();
    const JSONToken *peek = parser_peek(ctxt);
    QObject *elem;

    if (!peek) {
        parse_error(ctxt, NULL, "premature EOI");
        return NULL;
    }
    if (peek->type == JSON_RSQUARE) {
        parser_pop(ctxt);
        return QOBJECT(g_steal_pointer(&list));
    }
    do {
        peek = parser_peek(ctxt);
        elem = parse_value(ctxt);
        if (!elem) {
            parse_error(ctxt, peek, "expecting value");
            return NULL;
        }
        qlist_append_obj(list, elem);
    } while (!parse_separator(ctxt, JSON_RSQUARE, "list") && !ctxt->err);
    return ctxt->err ? NULL : QOBJECT(g_steal_pointer(&list));
}

static QObject *parse_value(JSONParserContext *ctxt)
{
    const JSONToken *token = parser_pop(ctxt);

    if (!token) {
        parse_error(ctxt, NULL, "premature EOI");
        return NULL;
    }
    switch (token->type) {
    case JSON_LCURLY:
        return parse_object(ctxt);
    case JSON_LSQUARE:
        return parse_array(ctxt);
    case JSON_INTERP:
        return parse_interpolation(ctxt, token);
    case JSON_STRING:
        return QOBJECT(parse_string(ctxt, token));
    case JSON_INTEGER:
        return QOBJECT(parse_integer(token_str(ctxt, token)));
    case JSON_FLOAT:
        return QOBJECT(parse_float(token_str(ctxt, token)));
    case JSON_KEYWORD:
        return parse_keyword(ctxt, token);
    default:
        parse_error(ctxt, token, "expecting value");
        return NULL;
    }
}

QObject *json_parser_parse(const JSONToken *tokens, size_t n,
                           const char *text, va_list *ap,
                           JSONLocation eoi, JSONLocation *err_loc,
                           Error **errp)
{
    JSONParserContext ctxt = {
        .tokens = tokens,
        .n = n,
        .text = text,
        .ap = ap,
        .eoi = eoi,
    };
    QObject *result = parse_value(&ctxt);

    if (!result) {
        /* A NULL %p at top level is a missing value, too. */
        parse_error(&ctxt, &tokens[0], "expecting value");
        *err_loc = ctxt.err_loc;
        error_propagate(errp, ctxt.err);
        return NULL;
    }
    /* The streamer hands over exactly one value's tokens. */
    assert(ctxt.next == n);
    return result;
}
