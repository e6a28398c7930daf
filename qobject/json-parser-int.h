/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * json-parser-int.h: the pieces of the JSON reader, private to qobject/.
 *
 * Bytes go through the lexer (json-lexer.c), which cuts them into tokens;
 * the streamer (json-streamer.c) collects the tokens of one top-level
 * value and hands them to the parser (json-parser.c), which builds the
 * QObject.  json-utf8.c has the UTF-8 rules the parser and the writer
 * share.
 */
#ifndef QOBJECT_JSON_PARSER_INT_H
#define QOBJECT_JSON_PARSER_INT_H

#include "qobject/json-parser.h"

typedef enum JSONTokenType {
    JSON_ERROR,             /* bytes that are no token */
    JSON_LCURLY,
    JSON_RCURLY,
    JSON_LSQUARE,
    JSON_RSQUARE,
    JSON_COLON,
    JSON_COMMA,
    JSON_INTEGER,
    JSON_FLOAT,
    JSON_KEYWORD,           /* any run of a-z: the parser checks it */
    JSON_STRING,            /* with its quotes; escapes not yet checked */
    JSON_INTERP,            /* '%' and its letters and digits */
    JSON_END_OF_INPUT,
} JSONTokenType;

/* A token of a value being collected; its text is kept elsewhere. */
typedef struct JSONToken {
    JSONTokenType type;
    JSONLocation loc;       /* of the token's first byte */
    size_t offset;          /* of its NUL-terminated text in the buffer */
} JSONToken;

/*
 * Called by the lexer for each token, each stretch of bad bytes
 * (JSON_ERROR) and at the end of input (JSON_END_OF_INPUT, empty @text).
 * @too_big: the token was longer than JSON_MAX_SIZE; @text holds only its
 * beginning.
 */
typedef void JSONLexerEmit(void *opaque, JSONTokenType type,
                           const GString *text, JSONLocation loc,
                           bool too_big);

typedef struct JSONLexer {
    JSONLexerEmit *emit;
    void *opaque;
    int state;
    int start_state;        /* differs when interpolation is enabled */
    GString *token;         /* bytes of the token so far */
    bool too_big;           /* bytes were dropped from @token */
    JSONLocation pos;       /* of the byte being lexed */
    JSONLocation start;     /* of the token's first byte */
} JSONLexer;

void json_lexer_init(JSONLexer *lexer, bool enable_interpolation,
                     JSONLexerEmit *emit, void *opaque);
void json_lexer_feed(JSONLexer *lexer, const char *buffer, size_t size);
/* End of input: finish or reject a pending token, then END_OF_INPUT. */
void json_lexer_flush(JSONLexer *lexer);
void json_lexer_destroy(JSONLexer *lexer);

/*
 * Parse the @n tokens at @tokens, whose texts are in @text, and which
 * hold exactly one value unless they are erroneous.  @ap is for
 * interpolation (NULL: none).  Returns the value, or NULL with @errp set
 * and *@err_loc set to where the error was found (@eoi if the tokens ran
 * out).
 */
QObject *json_parser_parse(const JSONToken *tokens, size_t n,
                           const char *text, va_list *ap,
                           JSONLocation eoi, JSONLocation *err_loc,
                           Error **errp);

/*
 * Decode the UTF-8 sequence at @s (at most @n bytes, stopping at a NUL).
 * Returns its code point and sets *@end after it, or returns -1 for an
 * invalid sequence (overlong forms other than C0 80, surrogates,
 * noncharacters, beyond U+10FFFF, truncated), setting *@end after the
 * bytes that were examined (at least one unless @n is 0 or *@s is NUL).
 */
int json_utf8_decode(const char *s, size_t n, const char **end);

/*
 * Encode @cp as UTF-8 into @buf, NUL-terminated; U+0000 becomes C0 80.
 * Returns the length, or -1 if @cp is no valid character (as above).
 */
int json_utf8_encode(char buf[5], int cp);

#endif
