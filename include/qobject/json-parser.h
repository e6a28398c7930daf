/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * json-parser.h: a streaming JSON splitter and parser, as QMP needs.
 *
 * Bytes are fed in arbitrary pieces with json_message_parser_feed; each
 * complete top-level value is parsed and handed to the emit callback with
 * either a QObject (which the callback owns) or an Error (owned too).
 * A value that is too deep (> JSON_MAX_DEPTH) or too large
 * (> JSON_MAX_TOKENS tokens or JSON_MAX_SIZE bytes) yields an error and the
 * splitter resynchronises; garbage between values yields an error for the
 * garbage and parsing continues with the next value.  json_message_parser_
 * flush ends the input (an incomplete value yields an error).
 */
#ifndef QOBJECT_JSON_PARSER_H
#define QOBJECT_JSON_PARSER_H

#include "qobject/qobject.h"

typedef struct Error Error;

#define JSON_MAX_DEPTH 1024
#define JSON_MAX_TOKENS (2 * 1024 * 1024)
#define JSON_MAX_SIZE (64 * 1024 * 1024)

typedef void JSONMessageEmit(void *opaque, QObject *json, Error *err);

typedef struct JSONMessageParser JSONMessageParser;

/* @ap is for %-interpolation (NULL for wire input). */
JSONMessageParser *json_message_parser_new(JSONMessageEmit *emit,
                                           void *opaque, va_list *ap);
void json_message_parser_feed(JSONMessageParser *parser,
                              const char *buffer, size_t size);
void json_message_parser_flush(JSONMessageParser *parser);
void json_message_parser_free(JSONMessageParser *parser);

#endif
