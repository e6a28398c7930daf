/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * json-lexer.c: cuts a byte stream into JSON tokens (RFC 8259 section 2
 * to 7), with QEMU's extensions: single-quoted strings and, when enabled,
 * %-interpolation tokens such as %d or %lld.
 *
 * A state machine that sees one byte at a time, so input may arrive in
 * pieces of any size.  Strings are only delimited here: the parser checks
 * their escapes and UTF-8.  Bytes that cannot start or continue a token
 * make a JSON_ERROR token; the lexer then skips input until a byte that is
 * likely to start afresh (see json_lex_resyncs).
 */
#include "qemu/osdep.h"
#include "json-parser-int.h"

enum {
    LEX_START,
    LEX_START_INTERP,       /* LEX_START, but '%' starts a token */
    LEX_RECOVERY,           /* skipping after an error */
    LEX_DQ,                 /* in "string" */
    LEX_DQ_ESC,             /* after its backslash */
    LEX_SQ,                 /* in 'string' */
    LEX_SQ_ESC,
    LEX_SIGN,               /* - */
    LEX_ZERO,               /* 0 or -0 */
    LEX_INT,                /* 12 */
    LEX_DOT,                /* 1. */
    LEX_FRAC,               /* 1.5 */
    LEX_EXP_E,              /* 1e */
    LEX_EXP_SIGN,           /* 1e- */
    LEX_EXP,                /* 1e5 */
    LEX_KEYWORD,
    LEX_INTERP,
};

/* What the byte being lexed does. */
typedef enum JSONLexAction {
    LEX_SKIP,               /* nothing: whitespace, or skipped garbage */
    LEX_CONSUME,            /* joins the token */
    LEX_END_WITH,           /* joins and ends the token */
    LEX_END_BEFORE,         /* ends the token; then lexed afresh */
    LEX_BAD,                /* joins the token, which is an error */
    LEX_RESUME,             /* ends skipping; then lexed afresh */
} JSONLexAction;

static bool json_is_digit(unsigned char ch)
{
    return ch >= '0' && ch <= '9';
}

/* Bytes allowed between the quotes of a string (or after a backslash). */
static bool json_is_string_byte(unsigned char ch)
{
    return ch >= 0x20 && ch <= 0xFD;
}

/* A token of its own, or 0 (JSON_ERROR) for other bytes. */
static JSONTokenType json_structural_type(unsigned char ch)
{
    switch (ch) {
    case '{':
        return JSON_LCURLY;
    case '}':
        return JSON_RCURLY;
    case '[':
        return JSON_LSQUARE;
    case ']':
        return JSON_RSQUARE;
    case ':':
        return JSON_COLON;
    case ',':
        return JSON_COMMA;
    default:
        return JSON_ERROR;
    }
}

static bool json_is_space(unsigned char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
}

/*
 * After an error, start afresh at a structural character (a likely token
 * boundary) or at a byte that no JSON text holds outside strings (control
 * characters other than tab, and 0xFE/0xFF), which clients send to reset.
 */
static bool json_lex_resyncs(unsigned char ch)
{
    return (ch < 0x20 && ch != '\t') || ch >= 0xFE ||
           json_structural_type(ch) != JSON_ERROR;
}

static JSONLexAction json_lex_start(JSONLexer *lx, unsigned char ch,
                                    JSONTokenType *type)
{
    *type = json_structural_type(ch);
    if (*type != JSON_ERROR) {
        return LEX_END_WITH;
    }
    if (json_is_space(ch)) {
        return LEX_SKIP;
    }
    if (ch == '"') {
        lx->state = LEX_DQ;
    } else if (ch == '\'') {
        lx->state = LEX_SQ;
    } else if (ch == '-') {
        lx->state = LEX_SIGN;
    } else if (ch == '0') {
        lx->state = LEX_ZERO;
    } else if (json_is_digit(ch)) {
        lx->state = LEX_INT;
    } else if (ch >= 'a' && ch <= 'z') {
        lx->state = LEX_KEYWORD;
    } else if (ch == '%' && lx->start_state == LEX_START_INTERP) {
        lx->state = LEX_INTERP;
    } else {
        return LEX_BAD;
    }
    return LEX_CONSUME;
}

static JSONLexAction json_lex_string(JSONLexer *lx, unsigned char ch,
                                     JSONTokenType *type)
{
    bool dq = lx->state == LEX_DQ || lx->state == LEX_DQ_ESC;

    if (!json_is_string_byte(ch)) {
        return LEX_BAD;
    }
    if (lx->state == LEX_DQ_ESC || lx->state == LEX_SQ_ESC) {
        lx->state = dq ? LEX_DQ : LEX_SQ;
    } else if (ch == '\\') {
        lx->state = dq ? LEX_DQ_ESC : LEX_SQ_ESC;
    } else if (ch == (dq ? '"' : '\'')) {
        *type = JSON_STRING;
        return LEX_END_WITH;
    }
    return LEX_CONSUME;
}

/* Go to @state if @ok, else the byte makes the number invalid. */
static JSONLexAction json_lex_need(JSONLexer *lx, bool ok, int state)
{
    if (!ok) {
        return LEX_BAD;
    }
    lx->state = state;
    return LEX_CONSUME;
}

/*
 * After digits of a number that may end here (a token of type @type):
 * '.' and an exponent may follow where the number's grammar allows.
 */
static JSONLexAction json_lex_number_end(JSONLexer *lx, unsigned char ch,
                                         JSONTokenType *type)
{
    if (lx->state != LEX_EXP && (ch == 'e' || ch == 'E')) {
        lx->state = LEX_EXP_E;
        return LEX_CONSUME;
    }
    if ((lx->state == LEX_ZERO || lx->state == LEX_INT) && ch == '.') {
        lx->state = LEX_DOT;
        return LEX_CONSUME;
    }
    if (json_is_digit(ch)) {
        /* No leading zeros: "01" is no number. */
        return lx->state == LEX_ZERO ? LEX_BAD : LEX_CONSUME;
    }
    *type = lx->state == LEX_ZERO || lx->state == LEX_INT
        ? JSON_INTEGER : JSON_FLOAT;
    return LEX_END_BEFORE;
}

static bool json_is_interp_byte(unsigned char ch)
{
    return g_ascii_isalnum(ch);
}

static JSONLexAction json_lex_step(JSONLexer *lx, unsigned char ch,
                                   JSONTokenType *type)
{
    switch (lx->state) {
    case LEX_START:
    case LEX_START_INTERP:
        return json_lex_start(lx, ch, type);
    case LEX_RECOVERY:
        return json_lex_resyncs(ch) ? LEX_RESUME : LEX_SKIP;
    case LEX_DQ:
    case LEX_DQ_ESC:
    case LEX_SQ:
    case LEX_SQ_ESC:
        return json_lex_string(lx, ch, type);
    case LEX_SIGN:
        return json_lex_need(lx, json_is_digit(ch),
                             ch == '0' ? LEX_ZERO : LEX_INT);
    case LEX_DOT:
        return json_lex_need(lx, json_is_digit(ch), LEX_FRAC);
    case LEX_EXP_E:
        if (ch == '+' || ch == '-') {
            return json_lex_need(lx, true, LEX_EXP_SIGN);
        }
        /* fall through */
    case LEX_EXP_SIGN:
        return json_lex_need(lx, json_is_digit(ch), LEX_EXP);
    case LEX_ZERO:
    case LEX_INT:
    case LEX_FRAC:
    case LEX_EXP:
        return json_lex_number_end(lx, ch, type);
    case LEX_KEYWORD:
        if (ch >= 'a' && ch <= 'z') {
            return LEX_CONSUME;
        }
        *type = JSON_KEYWORD;
        return LEX_END_BEFORE;
    case LEX_INTERP:
        if (json_is_interp_byte(ch)) {
            return LEX_CONSUME;
        }
        *type = JSON_INTERP;
        return LEX_END_BEFORE;
    default:
        g_assert_not_reached();
    }
}

/* Add @len bytes to the token, up to JSON_MAX_SIZE bytes. */
static void json_lexer_append(JSONLexer *lx, const char *bytes, size_t len)
{
    size_t room = JSON_MAX_SIZE - lx->token->len;

    if (!lx->token->len && !lx->too_big) {
        lx->start = lx->pos;
    }
    if (len > room) {
        lx->too_big = true;
        len = room;
    }
    if (len == 1) {
        g_string_append_c(lx->token, *bytes);       /* inline in GLib */
    } else {
        g_string_append_len(lx->token, bytes, len);
    }
}

/* Hand the token over and start the next one. */
static void json_lexer_emit(JSONLexer *lx, JSONTokenType type)
{
    lx->emit(lx->opaque, type, lx->token, lx->start, lx->too_big);
    g_string_truncate(lx->token, 0);
    lx->too_big = false;
    lx->state = type == JSON_ERROR ? LEX_RECOVERY : lx->start_state;
}

static void json_lexer_feed_byte(JSONLexer *lx, char byte)
{
    JSONTokenType type = JSON_ERROR;

    for (;;) {
        switch (json_lex_step(lx, byte, &type)) {
        case LEX_SKIP:
            return;
        case LEX_CONSUME:
            json_lexer_append(lx, &byte, 1);
            return;
        case LEX_END_WITH:
            json_lexer_append(lx, &byte, 1);
            json_lexer_emit(lx, type);
            return;
        case LEX_BAD:
            json_lexer_append(lx, &byte, 1);
            json_lexer_emit(lx, JSON_ERROR);
            return;
        case LEX_END_BEFORE:
            json_lexer_emit(lx, type);
            break;
        case LEX_RESUME:
            lx->state = lx->start_state;
            break;
        }
    }
}

/* The number of ordinary bytes of a string at @buf (no quote, escape). */
static size_t json_lexer_string_run(const JSONLexer *lx, const char *buf,
                                    size_t size)
{
    char quote = lx->state == LEX_DQ ? '"' : '\'';
    size_t i;

    for (i = 0; i < size; i++) {
        unsigned char ch = buf[i];

        if (!json_is_string_byte(ch) || ch == quote || ch == '\\') {
            break;
        }
    }
    return i;
}

void json_lexer_feed(JSONLexer *lx, const char *buffer, size_t size)
{
    size_t i = 0, run;

    while (i < size) {
        /* Fast path: most bytes of a document are plain string bytes. */
        if (lx->state == LEX_DQ || lx->state == LEX_SQ) {
            run = json_lexer_string_run(lx, buffer + i, size - i);
            if (run) {
                json_lexer_append(lx, buffer + i, run);
                lx->pos.column += run;      /* no newline among them */
                i += run;
                continue;
            }
        }
        json_lexer_feed_byte(lx, buffer[i]);
        if (buffer[i] == '\n') {
            lx->pos.line++;
            lx->pos.column = 1;
        } else {
            lx->pos.column++;
        }
        i++;
    }
}

void json_lexer_flush(JSONLexer *lx)
{
    switch (lx->state) {
    case LEX_START:
    case LEX_START_INTERP:
    case LEX_RECOVERY:
        break;
    case LEX_ZERO:
    case LEX_INT:
        json_lexer_emit(lx, JSON_INTEGER);
        break;
    case LEX_FRAC:
    case LEX_EXP:
        json_lexer_emit(lx, JSON_FLOAT);
        break;
    case LEX_KEYWORD:
        json_lexer_emit(lx, JSON_KEYWORD);
        break;
    case LEX_INTERP:
        json_lexer_emit(lx, JSON_INTERP);
        break;
    default:
        /* A token cut short: an unterminated string, "1.", "-"... */
        json_lexer_emit(lx, JSON_ERROR);
        break;
    }
    lx->state = lx->start_state;
    lx->emit(lx->opaque, JSON_END_OF_INPUT, lx->token, lx->pos, false);
}

void json_lexer_init(JSONLexer *lx, bool enable_interpolation,
                     JSONLexerEmit *emit, void *opaque)
{
    lx->emit = emit;
    lx->opaque = opaque;
    lx->start_state = enable_interpolation ? LEX_START_INTERP : LEX_START;
    lx->state = lx->start_state;
    lx->token = g_string_sized_new(64);
    lx->too_big = false;
    lx->pos = (JSONLocation) { .line = 1, .column = 1 };
    lx->start = lx->pos;
}

void json_lexer_destroy(JSONLexer *lx)
{
    g_string_free(lx->token, true);
}
