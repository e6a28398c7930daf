/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for qobject/qjson.c, json-parser.c, json-lexer.c,
 * json-utf8.c and json-writer.c through qobject_from_json*() and
 * qobject_to_json*(): the JSON grammar, QEMU's extensions, every parse
 * error with its position, interpolation and QEMU's output format.
 */
#include "qemu/osdep.h"
#include <math.h>
#include "qapi/error.h"
#include "qobject/qbool.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "qobject/qlist.h"
#include "qobject/qnull.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"

static QObject *parse_ok(const char *json)
{
    QObject *obj = qobject_from_json(json, &error_abort);

    g_assert_nonnull(obj);
    return obj;
}

static const char *parse_str(const char *json, char **owned)
{
    g_autoptr(QObject) obj = parse_ok(json);
    QString *qs = qobject_to(QString, obj);

    g_assert_nonnull(qs);
    *owned = g_strdup(qstring_get_str(qs));
    return *owned;
}

#define assert_parses_to_str(json, expected) do {            \
        g_autofree char *owned_ = NULL;                       \
        g_assert_cmpstr(parse_str((json), &owned_), ==, (expected)); \
    } while (0)

/* Parsing @json fails with @msg, found at @line:@column. */
static void check_error(const char *json, const char *msg,
                        int line, int column)
{
    JSONLocation loc = { 0, 0 };
    Error *err = NULL;

    g_assert_null(qobject_from_json_loc(json, &loc, &err));
    if (!err) {
        g_error("'%s' parsed", json);
    }
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    if (line != loc.line || column != loc.column) {
        g_error("'%s': error at %d:%d, expected %d:%d", json,
                loc.line, loc.column, line, column);
    }
    error_free(err);
}

static void assert_to_json(QObject *obj, const char *expected)
{
    g_autoptr(GString) json = qobject_to_json(obj);

    g_assert_cmpstr(json->str, ==, expected);
}

/* Parsing @in and writing it back compactly gives @out. */
static void check_reencode(const char *in, const char *out)
{
    g_autoptr(QObject) obj = parse_ok(in);

    assert_to_json(obj, out);
}

static void test_keywords(void)
{
    g_autoptr(QObject) t = parse_ok("true");
    g_autoptr(QObject) f = parse_ok(" false ");
    g_autoptr(QObject) n = parse_ok("null");

    g_assert_true(qbool_get_bool(qobject_to(QBool, t)));
    g_assert_false(qbool_get_bool(qobject_to(QBool, f)));
    g_assert_true(n == QOBJECT(&qnull_));
}

static void check_int(const char *json, int64_t expected)
{
    g_autoptr(QObject) obj = parse_ok(json);
    QNum *qn = qobject_to(QNum, obj);

    g_assert_nonnull(qn);
    g_assert_cmpint(qn->kind, ==, QNUM_I64);
    g_assert_cmpint(qnum_get_int(qn), ==, expected);
}

static void test_integers(void)
{
    check_int("0", 0);
    check_int("-0", 0);
    check_int("42", 42);
    check_int("-42", -42);
    check_int("9223372036854775807", INT64_MAX);
    check_int("-9223372036854775808", INT64_MIN);
}

static void test_integers_beyond_int64(void)
{
    g_autoptr(QObject) u1 = parse_ok("9223372036854775808");
    g_autoptr(QObject) u2 = parse_ok("18446744073709551615");
    g_autoptr(QObject) d1 = parse_ok("18446744073709551616");
    g_autoptr(QObject) d2 = parse_ok("-9223372036854775809");

    g_assert_cmpint(qobject_to(QNum, u1)->kind, ==, QNUM_U64);
    g_assert_cmpuint(qnum_get_uint(qobject_to(QNum, u1)), ==,
                     9223372036854775808ULL);
    g_assert_cmpuint(qnum_get_uint(qobject_to(QNum, u2)), ==, UINT64_MAX);
    g_assert_cmpint(qobject_to(QNum, d1)->kind, ==, QNUM_DOUBLE);
    g_assert_cmpfloat(qnum_get_double(qobject_to(QNum, d1)), ==, 0x1p64);
    g_assert_cmpint(qobject_to(QNum, d2)->kind, ==, QNUM_DOUBLE);
    g_assert_cmpfloat(qnum_get_double(qobject_to(QNum, d2)), ==, -0x1p63);
}

static void check_float(const char *json, double expected)
{
    g_autoptr(QObject) obj = parse_ok(json);
    QNum *qn = qobject_to(QNum, obj);

    g_assert_nonnull(qn);
    g_assert_cmpint(qn->kind, ==, QNUM_DOUBLE);
    g_assert_cmpfloat(qnum_get_double(qn), ==, expected);
}

static void test_floats(void)
{
    check_float("1.5", 1.5);
    check_float("-0.25", -0.25);
    check_float("0.0", 0.0);
    check_float("1e3", 1000.0);
    check_float("1E-2", 0.01);
    check_float("2.5e+3", 2500.0);
    check_float("0e5", 0.0);
    check_float("-32.20e-10", -32.20e-10);
    check_float("1e400", HUGE_VAL);
}

static void test_string_escapes(void)
{
    assert_parses_to_str("\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"",
                         "a\"b\\c/d\be\ff\ng\rh\ti");
    assert_parses_to_str("\"\\'\"", "'");
    assert_parses_to_str("\"\"", "");
}

static void test_string_single_quoted(void)
{
    assert_parses_to_str("'abc'", "abc");
    assert_parses_to_str("'a\"b'", "a\"b");
    assert_parses_to_str("'it\\'s'", "it's");
    assert_parses_to_str("\"it's\"", "it's");
    assert_parses_to_str("'%'", "%");
}

static void test_string_unicode_escapes(void)
{
    assert_parses_to_str("\"\\u0041\"", "A");
    assert_parses_to_str("\"\\u00e9\\u00E9\"", "\xC3\xA9\xC3\xA9");
    assert_parses_to_str("\"\\u20AC\"", "\xE2\x82\xAC");
    assert_parses_to_str("\"\\uD83D\\uDE00\"", "\xF0\x9F\x98\x80");
    assert_parses_to_str("\"\\uDBFF\\uDFFD\"", "\xF4\x8F\xBF\xBD");
    /* U+0000 is kept as modified UTF-8, so the C string goes on. */
    assert_parses_to_str("\"a\\u0000b\"", "a\xC0\x80" "b");
}

static void test_string_utf8(void)
{
    assert_parses_to_str("\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"",
                         "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    assert_parses_to_str("\"\xC0\x80\"", "\xC0\x80");
    assert_parses_to_str("\"\x7F\"", "\x7F");
}

static void test_string_bad_utf8(void)
{
    static const char *const bad[] = {
        "\"\x80\"",                 /* lone continuation byte */
        "\"\xC1\x81\"",             /* overlong 'A' */
        "\"\xE0\x80\x80\"",         /* overlong U+0000, three bytes */
        "\"\xE2\x82\"",             /* truncated */
        "\"\xED\xA0\x80\"",         /* surrogate U+D800 */
        "\"\xEF\xBF\xBF\"",         /* noncharacter U+FFFF */
        "\"\xEF\xB7\x90\"",         /* noncharacter U+FDD0 */
        "\"\xF4\x90\x80\x80\"",     /* U+110000 */
        "\"\xF8\x88\x80\x80\x80\"", /* five bytes */
        "\"\xFC\x84\x80\x80\x80\x80\"", /* six bytes */
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(bad); i++) {
        check_error(bad[i], "JSON parse error, invalid UTF-8 sequence in "
                    "string", 1, 2);
    }
    check_error("\"ab\xC3(\"", "JSON parse error, invalid UTF-8 sequence in "
                "string", 1, 4);
}

static void test_string_bad_escapes(void)
{
    check_error("\"a\\x\"", "JSON parse error, invalid escape sequence in "
                "string", 1, 3);
    check_error("'\\a'", "JSON parse error, invalid escape sequence in "
                "string", 1, 2);
    check_error("\"\\uD800\"", "JSON parse error, \\uD800 is not a valid "
                "Unicode character", 1, 2);
    check_error("\"\\uD800\\u0041\"", "JSON parse error, \\uD800 is not a "
                "valid Unicode character", 1, 2);
    check_error("\"\\uD800\\uZZZZ\"", "JSON parse error, \\uD800 is not a "
                "valid Unicode character", 1, 2);
    check_error("\"x\\uDC00\"", "JSON parse error, \\uDC00 is not a valid "
                "Unicode character", 1, 3);
    check_error("\"\\uFFFF\"", "JSON parse error, \\uFFFF is not a valid "
                "Unicode character", 1, 2);
    check_error("\"\\u12G4\"", "JSON parse error, \\u12G4 is not a valid "
                "Unicode character", 1, 2);
    /* The escape is named as far as the token goes. */
    check_error("\"\\u1\"", "JSON parse error, \\u1\" is not a valid "
                "Unicode character", 1, 2);
}

static void test_string_control_chars(void)
{
    check_error("\"a\nb\"", "JSON parse error, stray '\"a\n'", 1, 1);
    check_error("\"a\tb\"", "JSON parse error, stray '\"a\t'", 1, 1);
    check_error("\"\\\n\"", "JSON parse error, stray '\"\\\n'", 1, 1);
}

static void test_containers(void)
{
    check_reencode(" { \"a\" : [ 1 , { } , [ ] ] ,\n\t\"b\" : { \"c\" : "
                   "null } } ", "{\"a\": [1, {}, []], \"b\": {\"c\": null}}");
    check_reencode("[]", "[]");
    check_reencode("{}", "{}");
    check_reencode("[[[[]]]]", "[[[[]]]]");
    check_reencode("{'z': 1, 'a': 2, 'm': 3}",
                   "{\"z\": 1, \"a\": 2, \"m\": 3}");
}

static void test_errors_empty(void)
{
    check_error("", "Expecting a JSON value", 1, 1);
    check_error("  \n ", "Expecting a JSON value", 2, 2);
}

static void test_errors_trailing(void)
{
    check_error("1 2", "Expecting at most one JSON value", 1, 3);
    check_error("{\"a\": 1}}", "Expecting at most one JSON value", 1, 9);
    check_error("[]\n[]", "Expecting at most one JSON value", 2, 1);
    /* A leading zero starts a second number. */
    check_error("0 1", "Expecting at most one JSON value", 1, 3);
}

static void test_errors_syntax(void)
{
    check_error("[1,]", "JSON parse error, expecting value", 1, 4);
    check_error("[,1]", "JSON parse error, expecting value", 1, 2);
    check_error("[1 2]", "JSON parse error, expected separator in list",
                1, 4);
    check_error("[1:2]", "JSON parse error, expected separator in list",
                1, 3);
    check_error("{\"a\" 1}", "JSON parse error, missing : in object pair",
                1, 6);
    check_error("{1: 2}", "JSON parse error, key is not a string in object",
                1, 2);
    check_error("{[]: 2}", "JSON parse error, key is not a string in object",
                1, 2);
    check_error("{\"a\": 1, \"a\": 2}", "JSON parse error, duplicate key",
                1, 10);
    check_error("{\"a\": 1 \"b\": 2}",
                "JSON parse error, expected separator in dict", 1, 9);
    check_error("{\"a\": }", "JSON parse error, expecting value", 1, 7);
    check_error("{\"a\": 1,}", "JSON parse error, expecting value", 1, 9);
    check_error("{]", "JSON parse error, expecting value", 1, 2);
    check_error("[}", "JSON parse error, expecting value", 1, 2);
    check_error("}", "JSON parse error, expecting value", 1, 1);
    check_error("]", "JSON parse error, expecting value", 1, 1);
    check_error(":", "JSON parse error, expecting value", 1, 1);
    check_error(",", "JSON parse error, expecting value", 1, 1);
}

static void test_errors_premature_end(void)
{
    static const char *const cut[] = {
        "[", "{", "{\"a\"", "{\"a\":", "{\"a\": 1", "{\"a\": 1,",
        "[1", "[1,", "[[]",
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(cut); i++) {
        check_error(cut[i], "JSON parse error, premature EOI",
                    1, strlen(cut[i]) + 1);
    }
}

static void test_errors_keywords(void)
{
    check_error("tru", "JSON parse error, invalid keyword 'tru'", 1, 1);
    check_error("[nul]", "JSON parse error, invalid keyword 'nul'", 1, 2);
    check_error("truefalse", "JSON parse error, invalid keyword 'truefalse'",
                1, 1);
    check_error("True", "JSON parse error, stray 'T'", 1, 1);
}

static void test_errors_lexical(void)
{
    check_error("@", "JSON parse error, stray '@'", 1, 1);
    check_error("[1, @]", "JSON parse error, stray '@'", 1, 5);
    check_error("01", "JSON parse error, stray '01'", 1, 1);
    check_error("-", "JSON parse error, stray '-'", 1, 1);
    check_error("-x", "JSON parse error, stray '-x'", 1, 1);
    check_error("1.", "JSON parse error, stray '1.'", 1, 1);
    check_error("1.e5", "JSON parse error, stray '1.e'", 1, 1);
    check_error("1e", "JSON parse error, stray '1e'", 1, 1);
    check_error("1e+", "JSON parse error, stray '1e+'", 1, 1);
    check_error(".5", "JSON parse error, stray '.'", 1, 1);
    check_error("\"abc", "JSON parse error, stray '\"abc'", 1, 1);
    check_error("'abc\\", "JSON parse error, stray ''abc\\'", 1, 1);
    check_error("%d", "JSON parse error, stray '%'", 1, 1);
    check_error("\xFF", "JSON parse error, stray '\xFF'", 1, 1);
    check_error("{\x01}", "JSON parse error, stray '\x01'", 1, 2);
}

static void test_errors_location(void)
{
    check_error("{\n  \"a\": [1,\n     2,,\n  ]}",
                "JSON parse error, expecting value", 3, 8);
    check_error("\n\n   tru", "JSON parse error, invalid keyword 'tru'",
                3, 4);
}

static void test_location_untouched_on_success(void)
{
    JSONLocation loc = { 7, 9 };
    g_autoptr(QObject) obj = qobject_from_json_loc("[1]", &loc,
                                                   &error_abort);

    g_assert_nonnull(obj);
    g_assert_cmpint(loc.line, ==, 7);
    g_assert_cmpint(loc.column, ==, 9);
}

static void test_error_null_errp(void)
{
    g_assert_null(qobject_from_json("[", NULL));
    g_assert_null(qobject_from_json_loc("", NULL, NULL));
}

static void test_interp_signed(void)
{
    g_autoptr(QObject) obj = qobject_from_jsonf_nofail(
        "[%d, %ld, %lld, %" PRId64 "]", -1, -2L, -3LL, INT64_MIN);

    assert_to_json(obj, "[-1, -2, -3, -9223372036854775808]");
    g_assert_cmpint(qobject_to(QNum, qlist_peek(qobject_to(QList, obj)))
                    ->kind, ==, QNUM_I64);
}

static void test_interp_unsigned(void)
{
    g_autoptr(QObject) obj = qobject_from_jsonf_nofail(
        "[%u, %lu, %llu, %" PRIu64 "]", UINT_MAX, 2UL, 3ULL, UINT64_MAX);

    assert_to_json(obj, "[4294967295, 2, 3, 18446744073709551615]");
    g_assert_cmpint(qobject_to(QNum, qlist_peek(qobject_to(QList, obj)))
                    ->kind, ==, QNUM_U64);
}

static void test_interp_others(void)
{
    QString *mine = qstring_from_str("p");
    g_autoptr(QObject) obj = qobject_from_jsonf_nofail(
        "{'b': %i, 'c': %i, 's': %s, 'f': %f, 'p': %p}",
        true, 0, "str", 0.5, mine);

    assert_to_json(obj, "{\"b\": true, \"c\": false, \"s\": \"str\", "
                   "\"f\": 0.5, \"p\": \"p\"}");
    /* The reference was taken over, not copied. */
    g_assert_cmpuint(QOBJECT(mine)->refcnt, ==, 1);
}

static void test_interp_percent_in_string(void)
{
    g_autoptr(QObject) obj = qobject_from_jsonf_nofail("['100%%', %d]", 5);

    assert_to_json(obj, "[\"100%\", 5]");
}

static void test_interp_qdict(void)
{
    g_autoptr(QDict) dict = qdict_from_jsonf_nofail("{'n': %d}", 3);

    g_assert_cmpint(qdict_get_int(dict, "n"), ==, 3);
}

static void test_to_json_compact(void)
{
    g_autoptr(QObject) obj = parse_ok(
        "{\"a\": 1, \"b\": [1, 2], \"c\": {\"d\": null, \"e\": true}, "
        "\"f\": false, \"g\": \"s\", \"h\": {}, \"i\": []}");

    assert_to_json(obj, "{\"a\": 1, \"b\": [1, 2], \"c\": {\"d\": null, "
                   "\"e\": true}, \"f\": false, \"g\": \"s\", \"h\": {}, "
                   "\"i\": []}");
}

static void test_to_json_scalars(void)
{
    g_autoptr(QNum) d = qnum_from_double(0.1);
    g_autoptr(QNum) u = qnum_from_uint(UINT64_MAX);
    g_autoptr(QBool) b = qbool_from_bool(false);

    assert_to_json(QOBJECT(d), "0.10000000000000001");
    assert_to_json(QOBJECT(u), "18446744073709551615");
    assert_to_json(QOBJECT(b), "false");
    assert_to_json(QOBJECT(&qnull_), "null");
}

static void check_pretty(const char *in, const char *out)
{
    g_autoptr(QObject) obj = parse_ok(in);
    g_autoptr(GString) pretty = qobject_to_json_pretty(obj, true);
    g_autoptr(GString) compact = qobject_to_json_pretty(obj, false);
    g_autoptr(GString) plain = qobject_to_json(obj);

    g_assert_cmpstr(pretty->str, ==, out);
    g_assert_cmpstr(compact->str, ==, plain->str);
}

static void test_to_json_pretty(void)
{
    check_pretty("{\"return\": {}}", "{\n    \"return\": {\n    }\n}");
    check_pretty("{\"a\": 1, \"b\": [1, [], {\"c\": \"d\"}]}",
                 "{\n"
                 "    \"a\": 1,\n"
                 "    \"b\": [\n"
                 "        1,\n"
                 "        [\n"
                 "        ],\n"
                 "        {\n"
                 "            \"c\": \"d\"\n"
                 "        }\n"
                 "    ]\n"
                 "}");
    check_pretty("{}", "{\n}");
    check_pretty("[]", "[\n]");
    check_pretty("42", "42");
}

static void check_string_out(const char *str, const char *json)
{
    g_autoptr(QString) qs = qstring_from_str(str);

    assert_to_json(QOBJECT(qs), json);
}

static void test_to_json_string_escapes(void)
{
    check_string_out("\"\\\b\f\n\r\t/", "\"\\\"\\\\\\b\\f\\n\\r\\t/\"");
    check_string_out("\x01\x1F\x7F ~", "\"\\u0001\\u001F\\u007F ~\"");
    check_string_out("\xC3\xA9\xE2\x82\xAC", "\"\\u00E9\\u20AC\"");
    check_string_out("\xF0\x9F\x98\x80", "\"\\uD83D\\uDE00\"");
    check_string_out("\xC0\x80", "\"\\u0000\"");
    check_string_out("a\xFF" "b", "\"a\\uFFFDb\"");
    check_string_out("\xC3(", "\"\\uFFFD(\"");
    check_string_out("\xEF\xBF\xBF", "\"\\uFFFD\"");
}

static void test_to_json_key_escapes(void)
{
    g_autoptr(QDict) dict = qdict_new();

    qdict_put_int(dict, "a\"b\xC3\xA9", 1);
    assert_to_json(QOBJECT(dict), "{\"a\\\"b\\u00E9\": 1}");
}

static void test_round_trip(void)
{
    const char *json = "{\"s\": \"\\u0000\\u00E9\\uD83D\\uDE00\\n\", "
        "\"n\": [-9223372036854775808, 18446744073709551615, 0.1, 1e+300, "
        "-0.5], \"x\": {\"y\": [true, false, null, {}, []]}}";
    g_autoptr(QObject) obj = parse_ok(json);
    g_autoptr(GString) compact = qobject_to_json(obj);
    g_autoptr(GString) pretty = qobject_to_json_pretty(obj, true);
    g_autoptr(QObject) back = parse_ok(compact->str);
    g_autoptr(QObject) back_pretty = parse_ok(pretty->str);

    g_assert_true(qobject_is_equal(obj, back));
    g_assert_true(qobject_is_equal(obj, back_pretty));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/qobject/json/keywords", test_keywords);
    g_test_add_func("/qobject/json/integers", test_integers);
    g_test_add_func("/qobject/json/integers-beyond-int64",
                    test_integers_beyond_int64);
    g_test_add_func("/qobject/json/floats", test_floats);
    g_test_add_func("/qobject/json/string/escapes", test_string_escapes);
    g_test_add_func("/qobject/json/string/single-quoted",
                    test_string_single_quoted);
    g_test_add_func("/qobject/json/string/unicode-escapes",
                    test_string_unicode_escapes);
    g_test_add_func("/qobject/json/string/utf8", test_string_utf8);
    g_test_add_func("/qobject/json/string/bad-utf8", test_string_bad_utf8);
    g_test_add_func("/qobject/json/string/bad-escapes",
                    test_string_bad_escapes);
    g_test_add_func("/qobject/json/string/control-chars",
                    test_string_control_chars);
    g_test_add_func("/qobject/json/containers", test_containers);
    g_test_add_func("/qobject/json/error/empty", test_errors_empty);
    g_test_add_func("/qobject/json/error/trailing", test_errors_trailing);
    g_test_add_func("/qobject/json/error/syntax", test_errors_syntax);
    g_test_add_func("/qobject/json/error/premature-end",
                    test_errors_premature_end);
    g_test_add_func("/qobject/json/error/keywords", test_errors_keywords);
    g_test_add_func("/qobject/json/error/lexical", test_errors_lexical);
    g_test_add_func("/qobject/json/error/location", test_errors_location);
    g_test_add_func("/qobject/json/error/location-untouched-on-success",
                    test_location_untouched_on_success);
    g_test_add_func("/qobject/json/error/null-errp", test_error_null_errp);
    g_test_add_func("/qobject/json/interp/signed", test_interp_signed);
    g_test_add_func("/qobject/json/interp/unsigned", test_interp_unsigned);
    g_test_add_func("/qobject/json/interp/others", test_interp_others);
    g_test_add_func("/qobject/json/interp/percent-in-string",
                    test_interp_percent_in_string);
    g_test_add_func("/qobject/json/interp/qdict", test_interp_qdict);
    g_test_add_func("/qobject/json/to-json/compact", test_to_json_compact);
    g_test_add_func("/qobject/json/to-json/scalars", test_to_json_scalars);
    g_test_add_func("/qobject/json/to-json/pretty", test_to_json_pretty);
    g_test_add_func("/qobject/json/to-json/string-escapes",
                    test_to_json_string_escapes);
    g_test_add_func("/qobject/json/to-json/key-escapes",
                    test_to_json_key_escapes);
    g_test_add_func("/qobject/json/round-trip", test_round_trip);
    return g_test_run();
}
