/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * json-streamer.c: splits the lexer's tokens into top-level values.
 *
 * Tokens are collected while brackets are open; when they balance (or a
 * closing bracket has no partner) the collected tokens go to the parser
 * and the result to the emit callback.  The limits on depth, token count
 * and total size keep a peer from making us allocate without bound.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "json-parser-int.h"

struct JSONMessageParser {
    JSONMessageEmit *emit;
    void *opaque;
    va_list *ap;
    JSONLexer lexer;
    GArray *tokens;         /* JSONToken, of the value being collected */
    GString *text;          /* their texts, each NUL-terminated */
    int brace_count;        /* { minus } so far in the value */
    int bracket_count;      /* [ minus ] */
    size_t token_size;      /* bytes of the collected tokens */
    int skip_depth;         /* > 0: dropping an over-limit value */
    JSONLocation loc;       /* see json_message_parser_location */
};

static void json_message_reset(JSONMessageParser *parser)
{
    g_array_set_size(parser->tokens, 0);
    g_string_truncate(parser->text, 0);
    parser->brace_count = 0;
    parser->bracket_count = 0;
    parser->token_size = 0;
}

static void json_message_add_token(JSONMessageParser *parser,
                                   JSONTokenType type, const GString *text,
                                   JSONLocation loc)
{
    JSONToken token = {
        .type = type,
        .loc = loc,
        .offset = parser->text->len,
    };

    g_array_append_val(parser->tokens, token);
    g_string_append_len(parser->text, text->str, text->len + 1);
    parser->token_size += text->len;
}

/*
 * While dropping the rest of an over-limit value: track its brackets.
 * Returns false for tokens that end the dropping and need handling.
 */
static bool json_message_skip(JSONMessageParser *parser, JSONTokenType type)
{
    switch (type) {
    case JSON_LCURLY:
    case JSON_LSQUARE:
        parser->skip_depth++;
        return true;
    case JSON_RCURLY:
    case JSON_RSQUARE:
        parser->skip_depth--;
        return true;
    case JSON_ERROR:
    case JSON_END_OF_INPUT:
        parser->skip_depth = 0;
        return false;
    default:
        return true;
    }
}

/*
 * Check a new token of @len bytes against the limits (the counts already
 * include it).  On failure, set @errp and arrange for the rest of the
 * value to be dropped.
 */
static bool json_message_check_limits(JSONMessageParser *parser,
                                      size_t len, bool too_big,
                                      Error **errp)
{
    if (too_big || parser->token_size + len + 1 > JSON_MAX_SIZE) {
        error_setg(errp, "JSON token size limit exceeded");
    } else if (parser->tokens->len + 1 > JSON_MAX_TOKENS) {
        error_setg(errp, "JSON token count limit exceeded");
    } else if (parser->brace_count + parser->bracket_count >
               JSON_MAX_DEPTH) {
        error_setg(errp, "JSON nesting depth limit exceeded");
    } else {
        return true;
    }
    parser->skip_depth = parser->brace_count + parser->bracket_count;
    return false;
}

/* Parse what was collected; the tokens end at @eoi. */
static QObject *json_message_parse(JSONMessageParser *parser,
                                   JSONLocation eoi, Error **errp)
{
    parser->loc = g_array_index(parser->tokens, JSONToken, 0).loc;
    return json_parser_parse((const JSONToken *)parser->tokens->data,
                             parser->tokens->len, parser->text->str,
                             parser->ap, eoi, &parser->loc, errp);
}

static void json_message_process_token(void *opaque, JSONTokenType type,
                                       const GString *text,
                                       JSONLocation loc, bool too_big)
{
    JSONMessageParser *parser = opaque;
    QObject *json = NULL;
    Error *err = NULL;

    if (parser->skip_depth > 0 && json_message_skip(parser, type)) {
        return;
    }
    parser->loc = loc;
    switch (type) {
    case JSON_ERROR:
        if (too_big) {
            error_setg(&err, "JSON token size limit exceeded");
        } else {
            error_setg(&err, "JSON parse error, stray '%s'", text->str);
        }
        goto out_emit;
    case JSON_END_OF_INPUT:
        if (!parser->tokens->len) {
            return;
        }
        json = json_message_parse(parser, loc, &err);
        goto out_emit;
    case JSON_LCURLY:
        parser->brace_count++;
        break;
    case JSON_RCURLY:
        parser->brace_count--;
        break;
    case JSON_LSQUARE:
        parser->bracket_count++;
        break;
    case JSON_RSQUARE:
        parser->bracket_count--;
        break;
    default:
        break;
    }
    if (!json_message_check_limits(parser, text->len, too_big, &err)) {
        goto out_emit;
    }
    json_message_add_token(parser, type, text, loc);
    if ((parser->brace_count > 0 || parser->bracket_count > 0) &&
        parser->brace_count >= 0 && parser->bracket_count >= 0) {
        return;                         /* the value goes on */
    }
    /* Balanced, or a closing bracket too many: parse what we have. */
    json = json_message_parse(parser, loc, &err);

out_emit:
    /* Reset first: the callback may feed more input. */
    json_message_reset(parser);
    parser->emit(parser->opaque, json, err);
}

JSONMessageParser *json_message_parser_new(JSONMessageEmit *emit,
                                           void *opaque, va_list *ap)
{
    JSONMessageParser *parser = g_new0(JSONMessageParser, 1);

    parser->emit = emit;
    parser->opaque = opaque;
    parser->ap = ap;
    parser->tokens = g_array_new(false, false, sizeof(JSONToken));
    parser->text = g_string_new(NULL);
    json_lexer_init(&parser->lexer, ap != NULL,
                    json_message_process_token, parser);
    parser->loc = parser->lexer.pos;
    return parser;
}

void json_message_parser_feed(JSONMessageParser *parser,
                              const char *buffer, size_t size)
{
    json_lexer_feed(&parser->lexer, buffer, size);
}

void json_message_parser_flush(JSONMessageParser *parser)
{
    json_lexer_flush(&parser->lexer);
    assert(!parser->tokens->len);
}

void json_message_parser_free(JSONMessageParser *parser)
{
    if (!parser) {
        return;
    }
    json_lexer_destroy(&parser->lexer);
    g_array_free(parser->tokens, true);
    g_string_free(parser->text, true);
    g_free(parser);
}

JSONLocation json_message_parser_location(const JSONMessageParser *parser)
{
    return parser->loc;
}
