/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for qobject/json-streamer.c and json-lexer.c through the
 * JSONMessageParser API: splitting a stream into values, independence
 * from how the input is cut, recovery after garbage, the limits, and
 * interpolation errors.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/json-parser.h"
#include "qobject/qjson.h"
#include "qobject/qstring.h"

/* Everything the parser emitted, one line per value or error. */
typedef struct Collector {
    JSONMessageParser *parser;
    GString *log;
    int values;
    int errors;
} Collector;

static void collect(void *opaque, QObject *json, Error *err)
{
    Collector *c = opaque;
    JSONLocation loc = json_message_parser_location(c->parser);

    g_assert_true(!json != !err);
    g_string_append_printf(c->log, "%d:%d ", loc.line, loc.column);
    if (json) {
        g_autoptr(GString) text = qobject_to_json(json);

        g_string_append_printf(c->log, "%s\n", text->str);
        qobject_unref(json);
        c->values++;
    } else {
        g_string_append_printf(c->log, "error: %s\n", error_get_pretty(err));
        error_free(err);
        c->errors++;
    }
}

static void collector_init(Collector *c, va_list *ap)
{
    c->parser = json_message_parser_new(collect, c, ap);
    c->log = g_string_new(NULL);
    c->values = 0;
    c->errors = 0;
}

static char *collector_finish(Collector *c)
{
    json_message_parser_flush(c->parser);
    json_message_parser_free(c->parser);
    return g_string_free(c->log, false);
}

/*
 * Feed @len bytes of @input in pieces of @chunk bytes (0: all at once,
 * -1: random sizes), then flush; return the log.
 */
static char *stream(const char *input, size_t len, int chunk)
{
    Collector c;
    size_t pos = 0, n;

    collector_init(&c, NULL);
    while (pos < len) {
        n = chunk > 0 ? (size_t)chunk
            : chunk < 0 ? (size_t)g_test_rand_int_range(1, 8) : len;
        n = MIN(n, len - pos);
        json_message_parser_feed(c.parser, input + pos, n);
        pos += n;
    }
    return collector_finish(&c);
}

static void check_stream(const char *input, const char *expected)
{
    g_autofree char *log = stream(input, strlen(input), 0);

    g_assert_cmpstr(log, ==, expected);
}

static void test_values(void)
{
    check_stream("{\"a\": 1}[2] 3 \"s\" true null -1.5 {}",
                 "1:1 {\"a\": 1}\n"
                 "1:9 [2]\n"
                 "1:13 3\n"
                 "1:15 \"s\"\n"
                 "1:19 true\n"
                 "1:24 null\n"
                 "1:29 -1.5\n"
                 "1:34 {}\n");
}

static void test_value_complete_at_close(void)
{
    Collector c;
    g_autofree char *log = NULL;

    collector_init(&c, NULL);
    json_message_parser_feed(c.parser, "{\"execute\": ", 12);
    g_assert_cmpint(c.values, ==, 0);
    json_message_parser_feed(c.parser, "\"qmp_capabilities\"}", 19);
    /* Emitted at the closing brace, without waiting for more input. */
    g_assert_cmpint(c.values, ==, 1);
    log = collector_finish(&c);
    g_assert_cmpstr(log, ==, "1:1 {\"execute\": \"qmp_capabilities\"}\n");
}

static void test_scalar_needs_delimiter(void)
{
    Collector c;
    g_autofree char *log = NULL;

    collector_init(&c, NULL);
    json_message_parser_feed(c.parser, "12", 2);
    /* "12" may go on as "123": the number ends at the next byte. */
    g_assert_cmpint(c.values, ==, 0);
    json_message_parser_feed(c.parser, "3\n", 2);
    g_assert_cmpint(c.values, ==, 1);
    json_message_parser_feed(c.parser, "tru", 3);
    json_message_parser_feed(c.parser, "e", 1);
    g_assert_cmpint(c.values, ==, 1);
    log = collector_finish(&c);
    g_assert_cmpstr(log, ==, "1:1 123\n2:1 true\n");
}

/* Inputs good and bad, for the cutting-independence test. */
static const char *const corpus[] = {
    "{\"execute\": \"query-status\", \"arguments\": {\"a\": [1, 2.5e3, "
    "-0, true, false, null, \"\\u00e9\\uD83D\\uDE00\\n\"]}, \"id\": 'x'}",
    "[1, 2] {\"a\": {}} 3 \"s\" 4.5e-3 'q'",
    "@@@ {\"a\": 1}",
    "}{\"a\": 1}]]",
    "{\"a\": [1, \xFF\n{\"b\": 2}",
    "{\"execute\": \"x\", \"id\": \"\x01\"}\n{\"b\": 1}",
    "{'a': @, 'b': 1}",
    "[1 2] [3,] {\"a\" 1} {1: 2} tru 01 -x 1.e \"\\x\" \"\\uD800\"",
    "\"\xC3\xA9\xF0\x9F\x98\x80\" \"\xC3(\" \"\xED\xA0\x80\"",
    "{\"a\": 1, \"a\": 2} [nul] 'abc",
    "\n\n  {\"a\":\n [1,\n 2]} \t 7",
    "[[[[[[[[[[]]]]]]]]]] {\"x\": [{\"y\": [{}]}]}",
    "%d 12 %",
    "\"unterminated",
    "{\"a\": [1, 2",
    "-",
    "123",
};

static void test_any_cutting(void)
{
    size_t i;
    int round;

    for (i = 0; i < ARRAY_SIZE(corpus); i++) {
        size_t len = strlen(corpus[i]);
        g_autofree char *whole = stream(corpus[i], len, 0);
        g_autofree char *bytes = stream(corpus[i], len, 1);

        g_assert_cmpstr(bytes, ==, whole);
        for (round = 0; round < 10; round++) {
            g_autofree char *pieces = stream(corpus[i], len, -1);

            g_assert_cmpstr(pieces, ==, whole);
        }
    }
}

static void test_stray_close(void)
{
    check_stream("}{\"a\": 1}]",
                 "1:1 error: JSON parse error, expecting value\n"
                 "1:2 {\"a\": 1}\n"
                 "1:10 error: JSON parse error, expecting value\n");
}

static void test_garbage_resync(void)
{
    /* One error per stretch of garbage, then the next value. */
    check_stream("@@@ garbage\tmore {\"a\": 1} @x\n[2]",
                 "1:1 error: JSON parse error, stray '@'\n"
                 "1:18 {\"a\": 1}\n"
                 "1:27 error: JSON parse error, stray '@'\n"
                 "2:1 [2]\n");
}

static void test_0xff_resets(void)
{
    /* In the middle of a string: the string so far is the error. */
    check_stream("{\"execute\": \"qmp_ca\xFF{\"execute\": \"x\"}",
                 "1:13 error: JSON parse error, stray '\"qmp_ca\xFF'\n"
                 "1:21 {\"execute\": \"x\"}\n");
    /* Between tokens. */
    check_stream("{\"a\": [1, \xFF\n{\"b\": 2}",
                 "1:11 error: JSON parse error, stray '\xFF'\n"
                 "2:1 {\"b\": 2}\n");
}

static void test_control_chars(void)
{
    check_stream("{\x01 [1]",
                 "1:2 error: JSON parse error, stray '\x01'\n"
                 "1:4 [1]\n");
    check_stream("{'id': 'a\n{'b': 1}",
                 "1:8 error: JSON parse error, stray ''a\n'\n"
                 "2:1 {\"b\": 1}\n");
}

static void test_nul_byte(void)
{
    g_autofree char *log = stream("[\0]", 3, 0);

    g_assert_cmpstr(log, ==,
                    "1:2 error: JSON parse error, stray ''\n"
                    "1:3 error: JSON parse error, expecting value\n");
}

static void test_error_inside_value(void)
{
    /*
     * As QEMU: after an error the splitter starts afresh, so what follows
     * the bad token is taken token by token.
     */
    check_stream("{'a': @, 'b': 1}",
                 "1:7 error: JSON parse error, stray '@'\n"
                 "1:8 error: JSON parse error, expecting value\n"
                 "1:10 \"b\"\n"
                 "1:13 error: JSON parse error, expecting value\n"
                 "1:15 1\n"
                 "1:16 error: JSON parse error, expecting value\n");
}

static void test_flush_incomplete(void)
{
    Collector c;
    g_autofree char *log = NULL;

    collector_init(&c, NULL);
    json_message_parser_feed(c.parser, "{\"a\": [1", 8);
    json_message_parser_flush(c.parser);
    g_assert_cmpint(c.errors, ==, 1);
    /* The parser starts afresh after a flush. */
    json_message_parser_feed(c.parser, "[1]", 3);
    json_message_parser_feed(c.parser, "\"abc", 4);
    json_message_parser_flush(c.parser);
    json_message_parser_feed(c.parser, "12", 2);
    json_message_parser_flush(c.parser);
    json_message_parser_feed(c.parser, "tr", 2);
    log = collector_finish(&c);
    g_assert_cmpstr(log, ==,
                    "1:9 error: JSON parse error, premature EOI\n"
                    "1:9 [1]\n"
                    "1:12 error: JSON parse error, stray '\"abc'\n"
                    "1:16 12\n"
                    "1:18 error: JSON parse error, invalid keyword 'tr'\n");
}

static void test_flush_empty(void)
{
    check_stream("", "");
    check_stream(" \n\t\r ", "");
}

/* @n opening brackets, alternating {"k": and [, then closing ones. */
static GString *make_nest(int n)
{
    GString *s = g_string_new(NULL);
    int i;

    for (i = 0; i < n; i++) {
        g_string_append(s, i % 2 ? "[" : "{\"k\":");
    }
    for (i = n - 1; i >= 0; i--) {
        g_string_append_c(s, i % 2 ? ']' : '}');
    }
    return s;
}

static void test_depth_limit(void)
{
    g_autoptr(GString) ok = make_nest(JSON_MAX_DEPTH);
    g_autoptr(GString) deep = make_nest(JSON_MAX_DEPTH + 6);
    g_autofree char *log_ok = NULL;
    g_autofree char *log_deep = NULL;
    g_autofree char *expected = NULL;

    log_ok = stream(ok->str, ok->len, 0);
    g_assert_true(g_str_has_prefix(log_ok, "1:1 {\"k\": [{\"k\": ["));
    /*
     * One error at the first bracket too deep; the rest of the value,
     * deeper brackets included, is dropped; the next value parses.
     */
    expected = g_strdup_printf(
        "1:3073 error: JSON nesting depth limit exceeded\n"
        "1:%zu [\"next\"]\n", deep->len + 2);
    g_string_append(deep, " [\"next\"]");
    log_deep = stream(deep->str, deep->len, 0);
    g_assert_cmpstr(log_deep, ==, expected);
}

static void test_depth_limit_skip_ends_at_error(void)
{
    g_autoptr(GString) deep = make_nest(JSON_MAX_DEPTH + 1);
    g_autofree char *log = NULL;

    g_string_truncate(deep, deep->len - 10);
    g_string_append(deep, "@ [1]");
    log = stream(deep->str, deep->len, 0);
    g_assert_cmpstr(log, ==,
                    "1:3073 error: JSON nesting depth limit exceeded\n"
                    "1:4093 error: JSON parse error, stray '@'\n"
                    "1:4095 [1]\n");
}

static void test_token_count_limit(void)
{
    g_autoptr(GString) s = g_string_new("[");
    g_autofree char *log = NULL;
    g_autofree char *expected = NULL;
    int i;

    /* '[' and JSON_MAX_TOKENS / 2 "0," pairs: one token too many. */
    for (i = 0; i < JSON_MAX_TOKENS / 2; i++) {
        g_string_append(s, "0,");
    }
    g_string_append(s, "0] [1]");
    log = stream(s->str, s->len, 0);
    expected = g_strdup_printf(
        "1:%d error: JSON token count limit exceeded\n1:%zu [1]\n",
        JSON_MAX_TOKENS + 1, s->len - 2);
    g_assert_cmpstr(log, ==, expected);
}

static void test_token_size_limit(void)
{
    g_autoptr(GString) s = g_string_sized_new(JSON_MAX_SIZE + 16);
    g_autofree char *log = NULL;

    /* A single string token longer than the limit. */
    g_string_append_c(s, '"');
    g_string_set_size(s, JSON_MAX_SIZE + 1);
    memset(s->str + 1, 'a', JSON_MAX_SIZE);
    g_string_append(s, "\" [1]");
    log = stream(s->str, s->len, 0);
    g_assert_cmpstr(log, ==,
                    "1:1 error: JSON token size limit exceeded\n"
                    "1:67108868 [1]\n");
}

static void test_total_size_limit(void)
{
    g_autoptr(GString) s = g_string_new("[\"");
    size_t half = JSON_MAX_SIZE / 2;
    g_autofree char *log = NULL;

    /* Two strings, each within the limit, together beyond it. */
    g_string_set_size(s, 2 + half);
    memset(s->str + 2, 'a', half);
    g_string_append(s, "\", \"");
    g_string_set_size(s, s->len + half);
    memset(s->str + s->len - half, 'b', half);
    g_string_append(s, "\"] 7");
    log = stream(s->str, s->len, 0);
    g_assert_cmpstr(log, ==,
                    "1:33554438 error: JSON token size limit exceeded\n"
                    "1:67108874 7\n");
}

static void test_oversized_error_token(void)
{
    g_autoptr(GString) s = g_string_new("\"");
    g_autofree char *log = NULL;

    /* Unterminated at the flush: too big is what counts. */
    g_string_set_size(s, JSON_MAX_SIZE + 2);
    memset(s->str + 1, 'a', JSON_MAX_SIZE + 1);
    log = stream(s->str, s->len, 0);
    g_assert_cmpstr(log, ==, "1:1 error: JSON token size limit exceeded\n");
}

/* Stream @input with interpolation of the variable arguments. */
static char *stream_interp(const char *input, ...)
{
    Collector c;
    va_list ap;
    char *log;

    va_start(ap, input);
    collector_init(&c, &ap);
    json_message_parser_feed(c.parser, input, strlen(input));
    log = collector_finish(&c);
    va_end(ap);
    return log;
}

static void test_interp_errors(void)
{
    g_autofree char *bad = stream_interp("%x");
    g_autofree char *bad2 = stream_interp("[%lx]");
    g_autofree char *in_str = stream_interp("'%d'", 1);
    g_autofree char *list = stream_interp("[%p]", (QObject *)NULL);
    g_autofree char *value = stream_interp("{'a': %p}", (QObject *)NULL);
    g_autofree char *key = stream_interp("{%p: 1}", (QObject *)NULL);
    g_autofree char *top = stream_interp("%p", (QObject *)NULL);
    g_autofree char *twice = stream_interp("%d %s", 1, "x");

    g_assert_cmpstr(bad, ==,
                    "1:1 error: JSON parse error, invalid interpolation "
                    "'%x'\n");
    g_assert_cmpstr(bad2, ==,
                    "1:2 error: JSON parse error, invalid interpolation "
                    "'%lx'\n");
    g_assert_cmpstr(in_str, ==,
                    "1:2 error: JSON parse error, can't interpolate into "
                    "string\n");
    g_assert_cmpstr(list, ==,
                    "1:2 error: JSON parse error, expecting value\n");
    g_assert_cmpstr(value, ==,
                    "1:5 error: JSON parse error, Missing value in dict\n");
    g_assert_cmpstr(key, ==,
                    "1:2 error: JSON parse error, key is not a string in "
                    "object\n");
    g_assert_cmpstr(top, ==,
                    "1:1 error: JSON parse error, expecting value\n");
    g_assert_cmpstr(twice, ==, "1:1 1\n1:4 \"x\"\n");
}

static void test_free_null(void)
{
    json_message_parser_free(NULL);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/qobject/json-streamer/values", test_values);
    g_test_add_func("/qobject/json-streamer/value-complete-at-close",
                    test_value_complete_at_close);
    g_test_add_func("/qobject/json-streamer/scalar-needs-delimiter",
                    test_scalar_needs_delimiter);
    g_test_add_func("/qobject/json-streamer/any-cutting", test_any_cutting);
    g_test_add_func("/qobject/json-streamer/stray-close", test_stray_close);
    g_test_add_func("/qobject/json-streamer/garbage-resync",
                    test_garbage_resync);
    g_test_add_func("/qobject/json-streamer/0xff-resets", test_0xff_resets);
    g_test_add_func("/qobject/json-streamer/control-chars",
                    test_control_chars);
    g_test_add_func("/qobject/json-streamer/nul-byte", test_nul_byte);
    g_test_add_func("/qobject/json-streamer/error-inside-value",
                    test_error_inside_value);
    g_test_add_func("/qobject/json-streamer/flush-incomplete",
                    test_flush_incomplete);
    g_test_add_func("/qobject/json-streamer/flush-empty", test_flush_empty);
    g_test_add_func("/qobject/json-streamer/limit/depth", test_depth_limit);
    g_test_add_func("/qobject/json-streamer/limit/depth-skip-ends-at-error",
                    test_depth_limit_skip_ends_at_error);
    g_test_add_func("/qobject/json-streamer/limit/token-count",
                    test_token_count_limit);
    g_test_add_func("/qobject/json-streamer/limit/token-size",
                    test_token_size_limit);
    g_test_add_func("/qobject/json-streamer/limit/total-size",
                    test_total_size_limit);
    g_test_add_func("/qobject/json-streamer/limit/oversized-error-token",
                    test_oversized_error_token);
    g_test_add_func("/qobject/json-streamer/interp-errors",
                    test_interp_errors);
    g_test_add_func("/qobject/json-streamer/free-null", test_free_null);
    return g_test_run();
}
