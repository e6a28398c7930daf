/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qjson.c: JSON text to a QObject, for text that holds exactly one value
 * (command-line JSON, tests).  Streams such as QMP use the message parser
 * of json-parser.h directly.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"

typedef struct JSONParsingState {
    JSONMessageParser *parser;
    QObject *result;
    Error *err;             /* the first error; later ones are dropped */
    JSONLocation err_loc;
} JSONParsingState;

static void consume_json(void *opaque, QObject *json, Error *err)
{
    JSONParsingState *s = opaque;

    assert(!json != !err);
    if (s->result) {
        /* A second value: the first one is no longer the answer. */
        qobject_unref(s->result);
        s->result = NULL;
        error_setg(&s->err, "Expecting at most one JSON value");
        s->err_loc = json_message_parser_location(s->parser);
    }
    if (s->err) {
        qobject_unref(json);
        error_free(err);
        return;
    }
    s->result = json;
    s->err = err;
    if (err) {
        s->err_loc = json_message_parser_location(s->parser);
    }
}

static QObject *qobject_from_jsonv(const char *string, va_list *ap,
                                   JSONLocation *loc, Error **errp)
{
    JSONParsingState s = { 0 };

    s.parser = json_message_parser_new(consume_json, &s, ap);
    json_message_parser_feed(s.parser, string, strlen(string));
    json_message_parser_flush(s.parser);
    if (!s.result && !s.err) {
        error_setg(&s.err, "Expecting a JSON value");
        s.err_loc = json_message_parser_location(s.parser);
    }
    json_message_parser_free(s.parser);
    if (s.err && loc) {
        *loc = s.err_loc;
    }
    error_propagate(errp, s.err);
    return s.result;
}

QObject *qobject_from_json(const char *string, Error **errp)
{
    return qobject_from_jsonv(string, NULL, NULL, errp);
}

QObject *qobject_from_json_loc(const char *string, JSONLocation *loc,
                               Error **errp)
{
    return qobject_from_jsonv(string, NULL, loc, errp);
}

QObject *qobject_from_vjsonf_nofail(const char *string, va_list ap)
{
    va_list ap_copy;
    QObject *obj;

    /* Through a copy: va_list may be an array type, not addressable. */
    va_copy(ap_copy, ap);
    obj = qobject_from_jsonv(string, &ap_copy, NULL, &error_abort);
    va_end(ap_copy);
    assert(obj);
    return obj;
}

QObject *qobject_from_jsonf_nofail(const char *string, ...)
{
    QObject *obj;
    va_list ap;

    va_start(ap, string);
    obj = qobject_from_vjsonf_nofail(string, ap);
    va_end(ap);
    return obj;
}

QDict *qdict_from_vjsonf_nofail(const char *string, va_list ap)
{
    QObject *obj = qobject_from_vjsonf_nofail(string, ap);
    QDict *qdict = qobject_to(QDict, obj);

    assert(qdict);
    return qdict;
}

QDict *qdict_from_jsonf_nofail(const char *string, ...)
{
    QDict *qdict;
    va_list ap;

    va_start(ap, string);
    qdict = qdict_from_vjsonf_nofail(string, ap);
    va_end(ap);
    return qdict;
}
