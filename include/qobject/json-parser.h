/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * json-parser.h: a streaming JSON splitter and parser, as QMP needs.
 *
 * Bytes are fed in arbitrary pieces with json_message_parser_feed; each
 * complete top-level value (any JSON value, scalars included) is parsed and
 * handed to the emit callback with either a QObject (which the callback
 * owns) or an Error (owned too), never both.  Feeding the same bytes in
 * different pieces, down to one byte at a time, gives the same callbacks.
 *
 * Error texts are QEMU's:
 *   "JSON parse error, stray '<text>'"    bytes that are no JSON token;
 *                                         the lexer then skips to the next
 *                                         structural character ({}[]:,),
 *                                         control character or 0xFE/0xFF
 *   "JSON parse error, <what>"            a syntax error (see qjson.h)
 *   "JSON nesting depth limit exceeded"   deeper than JSON_MAX_DEPTH
 *   "JSON token count limit exceeded"     more than JSON_MAX_TOKENS tokens
 *   "JSON token size limit exceeded"      more than JSON_MAX_SIZE bytes
 * After a lexical or syntax error the splitter starts afresh with the next
 * token, as QEMU's does, so a stray '}' or ']' is an error of its own.
 * After a limit error it drops the rest of the offending value (up to the
 * bracket that closes it) without further errors.
 *
 * Bytes 0xFE and 0xFF and ASCII control characters are lexical errors
 * wherever they appear (tab, CR and LF are whitespace outside strings): a
 * QMP client sends one to bring the parser back into a known state.
 */
#ifndef QOBJECT_JSON_PARSER_H
#define QOBJECT_JSON_PARSER_H

#include "qobject/qobject.h"

typedef struct Error Error;

#define JSON_MAX_DEPTH 1024
#define JSON_MAX_TOKENS (2 * 1024 * 1024)
#define JSON_MAX_SIZE (64 * 1024 * 1024)

/*
 * A position in the input: 1-based line and 1-based column, counted in
 * bytes from the start of the line.  Lines end at '\n'.
 */
typedef struct JSONLocation {
    int line;
    int column;
} JSONLocation;

typedef void JSONMessageEmit(void *opaque, QObject *json, Error *err);

typedef struct JSONMessageParser JSONMessageParser;

/*
 * A new parser calling @emit(@opaque, ...) for each value or error.
 * @ap enables %-interpolation (see qjson.h) and supplies its arguments;
 * pass NULL for wire input, where '%' is then a lexical error.
 */
JSONMessageParser *json_message_parser_new(JSONMessageEmit *emit,
                                           void *opaque, va_list *ap);
/* Feed @size bytes (which may include NUL bytes). */
void json_message_parser_feed(JSONMessageParser *parser,
                              const char *buffer, size_t size);
/*
 * End of input: a value still incomplete is parsed as is (and so gives an
 * error, e.g. "JSON parse error, premature EOI"), then the parser is ready
 * for new input.
 */
void json_message_parser_flush(JSONMessageParser *parser);
void json_message_parser_free(JSONMessageParser *parser);

/*
 * Called from the emit callback: where the value being emitted starts, or
 * where the error being emitted was found (the offending token or byte;
 * the end of the input for a premature end).  Lines and columns count
 * from the parser's creation.
 */
JSONLocation json_message_parser_location(const JSONMessageParser *parser);

#endif
