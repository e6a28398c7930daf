/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for qobject/qdict.c and qobject/block-qdict.c: lookup,
 * insertion order, typed getters, join and clone, and the conversions
 * between nested and flat dotted-key dicts.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qbool.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "qobject/qlist.h"
#include "qobject/qnull.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"

/* @dict's JSON text, for checking contents and order at once. */
static char *to_json(QDict *dict)
{
    return g_string_free(qobject_to_json(QOBJECT(dict)), false);
}

static void assert_json(QObject *obj, const char *expected)
{
    g_autoptr(GString) json = qobject_to_json(obj);

    g_assert_cmpstr(json->str, ==, expected);
}

static void test_new(void)
{
    g_autoptr(QDict) dict = qdict_new();

    g_assert_cmpuint(qdict_size(dict), ==, 0);
    g_assert_null(qdict_first(dict));
    g_assert_cmpint(qobject_type(QOBJECT(dict)), ==, QTYPE_QDICT);
}

static void test_put_get(void)
{
    g_autoptr(QDict) dict = qdict_new();
    QNum *num = qnum_from_int(42);

    qdict_put(dict, "n", num);
    g_assert_cmpuint(qdict_size(dict), ==, 1);
    g_assert_true(qdict_get(dict, "n") == QOBJECT(num));
    g_assert_cmpuint(QOBJECT(num)->refcnt, ==, 1);
    g_assert_true(qdict_haskey(dict, "n"));
    g_assert_false(qdict_haskey(dict, "m"));
    g_assert_null(qdict_get(dict, "m"));
}

static void test_put_typed(void)
{
    g_autoptr(QDict) dict = qdict_new();

    qdict_put_int(dict, "i", -3);
    qdict_put_bool(dict, "b", true);
    qdict_put_str(dict, "s", "str");
    qdict_put_null(dict, "z");
    qdict_put(dict, "d", qnum_from_double(0.5));
    qdict_put(dict, "l", qlist_new());
    qdict_put(dict, "q", qdict_new());
    g_assert_cmpint(qdict_get_int(dict, "i"), ==, -3);
    g_assert_true(qdict_get_bool(dict, "b"));
    g_assert_cmpstr(qdict_get_str(dict, "s"), ==, "str");
    g_assert_nonnull(qobject_to(QNull, qdict_get(dict, "z")));
    g_assert_cmpfloat(qdict_get_double(dict, "d"), ==, 0.5);
    g_assert_cmpfloat(qdict_get_double(dict, "i"), ==, -3.0);
    g_assert_nonnull(qdict_get_qlist(dict, "l"));
    g_assert_nonnull(qdict_get_qdict(dict, "q"));
    /* The container getters return NULL for another type or no key. */
    g_assert_null(qdict_get_qlist(dict, "q"));
    g_assert_null(qdict_get_qdict(dict, "l"));
    g_assert_null(qdict_get_qdict(dict, "nope"));
}

static void test_replace_keeps_position(void)
{
    g_autoptr(QDict) dict = qdict_new();
    g_autofree char *json = NULL;

    qdict_put_int(dict, "a", 1);
    qdict_put_int(dict, "b", 2);
    qdict_put_int(dict, "c", 3);
    qdict_put_str(dict, "b", "two");
    g_assert_cmpuint(qdict_size(dict), ==, 3);
    json = to_json(dict);
    g_assert_cmpstr(json, ==, "{\"a\": 1, \"b\": \"two\", \"c\": 3}");
}

static void test_iteration_order(void)
{
    g_autoptr(QDict) dict = qdict_new();
    const QDictEntry *e;
    GString *keys = g_string_new(NULL);
    int i;

    for (i = 9; i >= 0; i--) {
        g_autofree char *key = g_strdup_printf("k%d", i);

        qdict_put_int(dict, key, i);
    }
    for (e = qdict_first(dict); e; e = qdict_next(dict, e)) {
        g_string_append(keys, qdict_entry_key(e));
        g_assert_cmpint(qnum_get_int(qobject_to(QNum, qdict_entry_value(e))),
                        ==, qdict_entry_key(e)[1] - '0');
    }
    g_assert_cmpstr(keys->str, ==, "k9k8k7k6k5k4k3k2k1k0");
    g_string_free(keys, true);
}

static void test_del(void)
{
    g_autoptr(QDict) dict = qdict_new();
    g_autofree char *json = NULL;

    qdict_put_int(dict, "a", 1);
    qdict_put_int(dict, "b", 2);
    qdict_put_int(dict, "c", 3);
    qdict_del(dict, "b");
    qdict_del(dict, "nope");
    g_assert_false(qdict_haskey(dict, "b"));
    g_assert_cmpuint(qdict_size(dict), ==, 2);
    qdict_del(dict, "a");
    qdict_del(dict, "c");
    g_assert_null(qdict_first(dict));
    /* Head and tail were reset: the dict is usable again. */
    qdict_put_int(dict, "x", 1);
    qdict_put_int(dict, "a", 2);
    json = to_json(dict);
    g_assert_cmpstr(json, ==, "{\"x\": 1, \"a\": 2}");
}

static void test_del_last(void)
{
    g_autoptr(QDict) dict = qdict_new();
    g_autofree char *json = NULL;

    qdict_put_int(dict, "a", 1);
    qdict_put_int(dict, "b", 2);
    qdict_del(dict, "b");
    qdict_put_int(dict, "c", 3);
    json = to_json(dict);
    g_assert_cmpstr(json, ==, "{\"a\": 1, \"c\": 3}");
}

static void test_take(void)
{
    g_autoptr(QDict) dict = qdict_new();
    QObject *obj;

    qdict_put_str(dict, "s", "v");
    obj = qdict_take(dict, "s");
    g_assert_cmpstr(qstring_get_str(qobject_to(QString, obj)), ==, "v");
    g_assert_cmpuint(obj->refcnt, ==, 1);
    g_assert_false(qdict_haskey(dict, "s"));
    g_assert_null(qdict_take(dict, "s"));
    qobject_unref(obj);
}

static void test_get_try(void)
{
    g_autoptr(QDict) dict = qdict_new();

    qdict_put_int(dict, "i", 5);
    qdict_put(dict, "big", qnum_from_uint(UINT64_MAX));
    qdict_put(dict, "dbl", qnum_from_double(1.0));
    qdict_put_bool(dict, "b", true);
    qdict_put_str(dict, "s", "x");
    g_assert_cmpint(qdict_get_try_int(dict, "i", -1), ==, 5);
    g_assert_cmpint(qdict_get_try_int(dict, "none", -1), ==, -1);
    g_assert_cmpint(qdict_get_try_int(dict, "s", -1), ==, -1);
    g_assert_cmpint(qdict_get_try_int(dict, "big", -1), ==, -1);
    g_assert_cmpint(qdict_get_try_int(dict, "dbl", -1), ==, -1);
    g_assert_true(qdict_get_try_bool(dict, "b", false));
    g_assert_false(qdict_get_try_bool(dict, "none", false));
    g_assert_true(qdict_get_try_bool(dict, "i", true));
    g_assert_cmpstr(qdict_get_try_str(dict, "s"), ==, "x");
    g_assert_null(qdict_get_try_str(dict, "i"));
    g_assert_null(qdict_get_try_str(dict, "none"));
}

static void test_clone_shallow(void)
{
    g_autoptr(QDict) dict = qdict_new();
    g_autoptr(QDict) clone = NULL;
    QList *list = qlist_new();

    qdict_put(dict, "l", list);
    qdict_put_int(dict, "a", 1);
    clone = qdict_clone_shallow(dict);
    g_assert_true(qobject_is_equal(QOBJECT(dict), QOBJECT(clone)));
    g_assert_true(qdict_get(clone, "l") == QOBJECT(list));
    g_assert_cmpuint(QOBJECT(list)->refcnt, ==, 2);
    qdict_del(clone, "a");
    g_assert_true(qdict_haskey(dict, "a"));
    assert_json(QOBJECT(clone), "{\"l\": []}");
}

static void test_join(void)
{
    g_autoptr(QDict) dest = qdict_from_jsonf_nofail("{'a': 1, 'b': 2}");
    g_autoptr(QDict) src = qdict_from_jsonf_nofail("{'b': 20, 'c': 30}");

    /* Without overwrite, clashing entries stay in @src. */
    qdict_join(dest, src, false);
    assert_json(QOBJECT(dest), "{\"a\": 1, \"b\": 2, \"c\": 30}");
    assert_json(QOBJECT(src), "{\"b\": 20}");
}

static void test_join_overwrite(void)
{
    g_autoptr(QDict) dest = qdict_from_jsonf_nofail("{'a': 1, 'b': 2}");
    g_autoptr(QDict) src = qdict_from_jsonf_nofail("{'b': 20, 'c': 30}");

    qdict_join(dest, src, true);
    assert_json(QOBJECT(dest), "{\"a\": 1, \"b\": 20, \"c\": 30}");
    g_assert_cmpuint(qdict_size(src), ==, 0);
}

static void test_equal(void)
{
    g_autoptr(QDict) a = qdict_from_jsonf_nofail("{'x': [1, {'y': null}]}");
    g_autoptr(QDict) b = qdict_from_jsonf_nofail("{'x': [1, {'y': null}]}");
    g_autoptr(QDict) c = qdict_from_jsonf_nofail("{'x': [1, {'y': 0}]}");

    g_assert_true(qdict_is_equal(QOBJECT(a), QOBJECT(b)));
    g_assert_false(qdict_is_equal(QOBJECT(a), QOBJECT(c)));
}

static void test_many_keys(void)
{
    g_autoptr(QDict) dict = qdict_new();
    int i;

    for (i = 0; i < 20000; i++) {
        g_autofree char *key = g_strdup_printf("key%d", i);

        qdict_put_int(dict, key, i);
    }
    g_assert_cmpuint(qdict_size(dict), ==, 20000);
    for (i = 0; i < 20000; i += 2) {
        g_autofree char *key = g_strdup_printf("key%d", i);

        g_assert_cmpint(qdict_get_int(dict, key), ==, i);
        qdict_del(dict, key);
    }
    g_assert_cmpuint(qdict_size(dict), ==, 10000);
    g_assert_cmpstr(qdict_entry_key(qdict_first(dict)), ==, "key1");
}

/* block-qdict.c */

static void test_extract_subqdict(void)
{
    g_autoptr(QDict) src = qdict_from_jsonf_nofail(
        "{'a.x': 1, 'b': 2, 'a.y': 3, 'ab': 4}");
    g_autoptr(QDict) dst = NULL;

    qdict_extract_subqdict(src, &dst, "a.");
    assert_json(QOBJECT(dst), "{\"x\": 1, \"y\": 3}");
    assert_json(QOBJECT(src), "{\"b\": 2, \"ab\": 4}");
}

static void test_extract_subqdict_none(void)
{
    g_autoptr(QDict) src = qdict_from_jsonf_nofail("{'a': 1}");
    g_autoptr(QDict) dst = NULL;

    qdict_extract_subqdict(src, &dst, "z.");
    g_assert_cmpuint(qdict_size(dst), ==, 0);
    g_assert_cmpuint(qdict_size(src), ==, 1);
}

static void test_flatten(void)
{
    g_autoptr(QDict) dict = qdict_from_jsonf_nofail(
        "{'a': 0, 'b': {'c': 1, 'd': {'e': 2}}, 'f': [3, {'g': 4}, [5]],"
        " 'h': 6}");

    qdict_flatten(dict);
    assert_json(QOBJECT(dict),
                "{\"a\": 0, \"b.c\": 1, \"b.d.e\": 2, \"f.0\": 3, "
                "\"f.1.g\": 4, \"f.2.0\": 5, \"h\": 6}");
}

static void test_flatten_keeps_empty(void)
{
    g_autoptr(QDict) dict = qdict_from_jsonf_nofail(
        "{'a': {}, 'b': [], 'c': {'d': {}, 'e': []}, 'f': [{}, []]}");

    qdict_flatten(dict);
    assert_json(QOBJECT(dict),
                "{\"a\": {}, \"b\": [], \"c.d\": {}, \"c.e\": [], "
                "\"f.0\": {}, \"f.1\": []}");
}

static void test_flatten_leaves_shared_alone(void)
{
    g_autoptr(QDict) inner = qdict_from_jsonf_nofail("{'x': {'y': 1}}");
    g_autoptr(QDict) dict = qdict_new();

    qdict_put(dict, "i", qobject_ref(inner));
    qdict_flatten(dict);
    assert_json(QOBJECT(dict), "{\"i.x.y\": 1}");
    assert_json(QOBJECT(inner), "{\"x\": {\"y\": 1}}");
    g_assert_cmpuint(QOBJECT(inner)->refcnt, ==, 1);
}

static QDict *dict_from_json(const char *json)
{
    QDict *dict = qobject_to(QDict, qobject_from_json(json, &error_abort));

    g_assert_nonnull(dict);
    return dict;
}

/* Crumple @flat_json; expect @expected_json. */
static void check_crumple(const char *flat_json, const char *expected_json)
{
    g_autoptr(QDict) flat = dict_from_json(flat_json);
    g_autoptr(QObject) expected = qobject_from_json(expected_json,
                                                    &error_abort);
    g_autoptr(QObject) result = qdict_crumple(flat, &error_abort);
    g_autoptr(GString) want = qobject_to_json(expected);
    g_autoptr(GString) got = qobject_to_json(result);

    g_assert_cmpstr(got->str, ==, want->str);
}

static void check_crumple_error(const char *flat_json, const char *msg)
{
    g_autoptr(QDict) flat = dict_from_json(flat_json);
    Error *err = NULL;

    g_assert_null(qdict_crumple(flat, &err));
    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
}

static void test_crumple_nested(void)
{
    check_crumple("{'a.b': 1, 'a.c': 2, 'd': 3, 'e.f.g': 4}",
                  "{\"a\": {\"b\": 1, \"c\": 2}, \"d\": 3,"
                  " \"e\": {\"f\": {\"g\": 4}}}");
}

static void test_crumple_lists(void)
{
    check_crumple("{'l.1': 'b', 'l.0': 'a', 'm.0.x': 1, 'm.1.x': 2}",
                  "{\"l\": [\"a\", \"b\"], \"m\": [{\"x\": 1}, {\"x\": 2}]}");
    check_crumple("{'0': 'a', '1': 'b'}", "[\"a\", \"b\"]");
    check_crumple("{'0.0': 1, '0.1': 2}", "[[1, 2]]");
    /* Out of int64 range: no index. */
    check_crumple("{'a.99999999999999999999': 1}",
                  "{\"a\": {\"99999999999999999999\": 1}}");
}

static void test_crumple_empty(void)
{
    check_crumple("{}", "{}");
    check_crumple("{'a': {}, 'b': []}", "{\"a\": {}, \"b\": []}");
}

static void test_crumple_escaped_dots(void)
{
    check_crumple("{'a..b.c': 1, 'a..b.d..e': 2, 'x..': 3}",
                  "{\"a.b\": {\"c\": 1, \"d.e\": 2}, \"x.\": 3}");
    check_crumple("{'a.': 1}", "{\"a\": {\"\": 1}}");
}

static void test_crumple_round_trip(void)
{
    const char *json = "{'a': {'b': [1, {'c': 2}], 'd': 'x'}, 'e': null}";
    g_autoptr(QDict) dict = dict_from_json(json);
    g_autoptr(QDict) orig = dict_from_json(json);
    g_autoptr(QObject) back = NULL;

    qdict_flatten(dict);
    back = qdict_crumple(dict, &error_abort);
    g_assert_true(qobject_is_equal(back, QOBJECT(orig)));
}

static void test_crumple_merges_into_empty_dict(void)
{
    g_autoptr(QDict) flat = qdict_from_jsonf_nofail("{'a': {}, 'a.b': 1}");
    g_autoptr(QObject) result = qdict_crumple(flat, &error_abort);

    assert_json(result, "{\"a\": {\"b\": 1}}");
    /* @flat's own empty dict did not change. */
    assert_json(QOBJECT(flat), "{\"a\": {}, \"a.b\": 1}");
}

static void test_crumple_not_flat(void)
{
    check_crumple_error("{'a': {'b': 1}}", "Value a is not flat");
    check_crumple_error("{'x': 1, 'l': [1]}", "Value l is not flat");
}

static void test_crumple_scalar_and_dict(void)
{
    check_crumple_error("{'a': 1, 'a.b': 2}",
                        "Cannot mix scalar and non-scalar keys");
    check_crumple_error("{'a.b': 2, 'a': 1}",
                        "Cannot mix scalar and non-scalar keys");
}

static void test_crumple_list_and_dict(void)
{
    check_crumple_error("{'a.0': 1, 'a.x': 2}",
                        "Cannot mix list and non-list keys");
    check_crumple_error("{'a.x': 1, 'a.0': 2}",
                        "Cannot mix list and non-list keys");
    check_crumple_error("{'x': 1, '0': 2}",
                        "Cannot mix list and non-list keys");
}

static void test_crumple_list_gaps(void)
{
    check_crumple_error("{'a.0': 1, 'a.2': 2}",
                        "List indices are not contiguous, "
                        "saw 2 elements but 2 largest index");
    check_crumple_error("{'a.-1': 1}",
                        "List indices are not contiguous, "
                        "saw 1 elements but -1 largest index");
}

static void test_crumple_list_index_max(void)
{
    /* found by tests/fuzz/fuzz-json-streamer: max + 1 overflowed */
    check_crumple_error("{'a.9223372036854775807': 1}",
                        "List indices are not contiguous, "
                        "saw 1 elements but 9223372036854775807 largest "
                        "index");
}

static void test_crumple_list_index_form(void)
{
    /* "00" counts as index 0, but the list needs key "0" itself. */
    check_crumple_error("{'a.00': 1}", "Missing list index 0");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/qobject/qdict/new", test_new);
    g_test_add_func("/qobject/qdict/put-get", test_put_get);
    g_test_add_func("/qobject/qdict/put-typed", test_put_typed);
    g_test_add_func("/qobject/qdict/replace-keeps-position",
                    test_replace_keeps_position);
    g_test_add_func("/qobject/qdict/iteration-order", test_iteration_order);
    g_test_add_func("/qobject/qdict/del", test_del);
    g_test_add_func("/qobject/qdict/del-last", test_del_last);
    g_test_add_func("/qobject/qdict/take", test_take);
    g_test_add_func("/qobject/qdict/get-try", test_get_try);
    g_test_add_func("/qobject/qdict/clone-shallow", test_clone_shallow);
    g_test_add_func("/qobject/qdict/join", test_join);
    g_test_add_func("/qobject/qdict/join-overwrite", test_join_overwrite);
    g_test_add_func("/qobject/qdict/equal", test_equal);
    g_test_add_func("/qobject/qdict/many-keys", test_many_keys);
    g_test_add_func("/qobject/qdict/extract-subqdict",
                    test_extract_subqdict);
    g_test_add_func("/qobject/qdict/extract-subqdict-none",
                    test_extract_subqdict_none);
    g_test_add_func("/qobject/qdict/flatten", test_flatten);
    g_test_add_func("/qobject/qdict/flatten-keeps-empty",
                    test_flatten_keeps_empty);
    g_test_add_func("/qobject/qdict/flatten-leaves-shared-alone",
                    test_flatten_leaves_shared_alone);
    g_test_add_func("/qobject/qdict/crumple/nested", test_crumple_nested);
    g_test_add_func("/qobject/qdict/crumple/lists", test_crumple_lists);
    g_test_add_func("/qobject/qdict/crumple/empty", test_crumple_empty);
    g_test_add_func("/qobject/qdict/crumple/escaped-dots",
                    test_crumple_escaped_dots);
    g_test_add_func("/qobject/qdict/crumple/round-trip",
                    test_crumple_round_trip);
    g_test_add_func("/qobject/qdict/crumple/merges-into-empty-dict",
                    test_crumple_merges_into_empty_dict);
    g_test_add_func("/qobject/qdict/crumple/not-flat",
                    test_crumple_not_flat);
    g_test_add_func("/qobject/qdict/crumple/scalar-and-dict",
                    test_crumple_scalar_and_dict);
    g_test_add_func("/qobject/qdict/crumple/list-and-dict",
                    test_crumple_list_and_dict);
    g_test_add_func("/qobject/qdict/crumple/list-gaps",
                    test_crumple_list_gaps);
    g_test_add_func("/qobject/qdict/crumple/list-index-max",
                    test_crumple_list_index_max);
    g_test_add_func("/qobject/qdict/crumple/list-index-form",
                    test_crumple_list_index_form);
    return g_test_run();
}
