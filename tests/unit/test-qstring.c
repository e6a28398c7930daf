/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Unit tests for qobject/qstring.c. */
#include "qemu/osdep.h"
#include "qobject/qstring.h"

static void test_new(void)
{
    g_autoptr(QString) qs = qstring_new();

    g_assert_cmpstr(qstring_get_str(qs), ==, "");
    g_assert_cmpuint(qstring_get_length(qs), ==, 0);
    g_assert_cmpint(qobject_type(QOBJECT(qs)), ==, QTYPE_QSTRING);
}

static void test_from_str(void)
{
    char buf[] = "hello";
    g_autoptr(QString) qs = qstring_from_str(buf);

    buf[0] = 'j';           /* the QString has its own copy */
    g_assert_cmpstr(qstring_get_str(qs), ==, "hello");
    g_assert_cmpuint(qstring_get_length(qs), ==, 5);
}

static void test_from_substr(void)
{
    g_autoptr(QString) qs = qstring_from_substr("virtualization", 3, 7);
    g_autoptr(QString) empty = qstring_from_substr("abc", 1, 1);

    g_assert_cmpstr(qstring_get_str(qs), ==, "tual");
    g_assert_cmpstr(qstring_get_str(qs), !=, "tuali");
    g_assert_cmpstr(qstring_get_str(empty), ==, "");
}

static void test_from_gstring(void)
{
    GString *gs = g_string_new("abc");
    g_autoptr(QString) qs = NULL;

    g_string_append(gs, "def");
    qs = qstring_from_gstring(gs);
    g_assert_cmpstr(qstring_get_str(qs), ==, "abcdef");
}

static void test_from_fmt(void)
{
    g_autoptr(QString) qs = qstring_from_fmt("%s-%d", "x", 42);

    g_assert_cmpstr(qstring_get_str(qs), ==, "x-42");
}

static void test_equal(void)
{
    g_autoptr(QString) a = qstring_from_str("a");
    g_autoptr(QString) a2 = qstring_from_str("a");
    g_autoptr(QString) b = qstring_from_str("ab");

    g_assert_true(qstring_is_equal(QOBJECT(a), QOBJECT(a2)));
    g_assert_false(qstring_is_equal(QOBJECT(a), QOBJECT(b)));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/qobject/qstring/new", test_new);
    g_test_add_func("/qobject/qstring/from-str", test_from_str);
    g_test_add_func("/qobject/qstring/from-substr", test_from_substr);
    g_test_add_func("/qobject/qstring/from-gstring", test_from_gstring);
    g_test_add_func("/qobject/qstring/from-fmt", test_from_fmt);
    g_test_add_func("/qobject/qstring/equal", test_equal);
    return g_test_run();
}
