/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for qobject/qnum.c: the three representations, exact
 * conversions between them, text output and equality.
 */
#include "qemu/osdep.h"
#include <math.h>
#include "qobject/qnum.h"

static void test_from_int(void)
{
    g_autoptr(QNum) qn = qnum_from_int(-42);
    int64_t i;
    uint64_t u;

    g_assert_cmpint(qn->kind, ==, QNUM_I64);
    g_assert_cmpint(qobject_type(QOBJECT(qn)), ==, QTYPE_QNUM);
    g_assert_cmpint(qnum_get_int(qn), ==, -42);
    g_assert_true(qnum_get_try_int(qn, &i));
    g_assert_cmpint(i, ==, -42);
    g_assert_false(qnum_get_try_uint(qn, &u));
    g_assert_cmpfloat(qnum_get_double(qn), ==, -42.0);
}

static void test_from_uint(void)
{
    g_autoptr(QNum) big = qnum_from_uint(UINT64_MAX);
    g_autoptr(QNum) small = qnum_from_uint(7);
    int64_t i;
    uint64_t u;

    g_assert_cmpint(big->kind, ==, QNUM_U64);
    g_assert_cmpuint(qnum_get_uint(big), ==, UINT64_MAX);
    g_assert_false(qnum_get_try_int(big, &i));
    g_assert_cmpfloat(qnum_get_double(big), ==, 18446744073709551616.0);
    g_assert_true(qnum_get_try_int(small, &i));
    g_assert_cmpint(i, ==, 7);
    g_assert_true(qnum_get_try_uint(small, &u));
    g_assert_cmpuint(u, ==, 7);
}

static void test_int_as_uint(void)
{
    g_autoptr(QNum) qn = qnum_from_int(INT64_MAX);

    g_assert_cmpuint(qnum_get_uint(qn), ==, INT64_MAX);
}

static void test_from_double(void)
{
    g_autoptr(QNum) qn = qnum_from_double(2.0);
    int64_t i;
    uint64_t u;

    g_assert_cmpint(qn->kind, ==, QNUM_DOUBLE);
    g_assert_cmpfloat(qnum_get_double(qn), ==, 2.0);
    /* A double is never an integer, even when integral. */
    g_assert_false(qnum_get_try_int(qn, &i));
    g_assert_false(qnum_get_try_uint(qn, &u));
}

static void check_to_string(QNum *qn, const char *expected)
{
    g_autofree char *s = qnum_to_string(qn);

    g_assert_cmpstr(s, ==, expected);
    qobject_unref(qn);
}

static void test_to_string(void)
{
    check_to_string(qnum_from_int(0), "0");
    check_to_string(qnum_from_int(INT64_MIN), "-9223372036854775808");
    check_to_string(qnum_from_uint(UINT64_MAX), "18446744073709551615");
    check_to_string(qnum_from_double(1.5), "1.5");
    check_to_string(qnum_from_double(-32.12313), "-32.123130000000003");
    check_to_string(qnum_from_double(-32.20e-10), "-3.22e-09");
    check_to_string(qnum_from_double(0.1), "0.10000000000000001");
    check_to_string(qnum_from_double(1e100), "1e+100");
    check_to_string(qnum_from_double(42.0), "42");
    check_to_string(qnum_from_double(-0.0), "-0");
    check_to_string(qnum_from_double(INFINITY), "inf");
}

static void test_to_string_round_trips(void)
{
    static const double values[] = {
        0.1, 1.0 / 3, 2.2250738585072014e-308, 1.7976931348623157e308,
        4.9e-324, 123456789.123456789, -1e-7,
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(values); i++) {
        g_autoptr(QNum) qn = qnum_from_double(values[i]);
        g_autofree char *s = qnum_to_string(qn);

        g_assert_cmpfloat(g_ascii_strtod(s, NULL), ==, values[i]);
    }
}

static bool num_equal(QNum *a, QNum *b)
{
    bool eq = qobject_is_equal(QOBJECT(a), QOBJECT(b));

    g_assert_true(eq == qobject_is_equal(QOBJECT(b), QOBJECT(a)));
    qobject_unref(a);
    qobject_unref(b);
    return eq;
}

static void test_equal(void)
{
    g_assert_true(num_equal(qnum_from_int(5), qnum_from_int(5)));
    g_assert_false(num_equal(qnum_from_int(5), qnum_from_int(6)));
    g_assert_true(num_equal(qnum_from_int(5), qnum_from_uint(5)));
    g_assert_false(num_equal(qnum_from_int(-1), qnum_from_uint(UINT64_MAX)));
    g_assert_true(num_equal(qnum_from_int(5), qnum_from_double(5.0)));
    g_assert_false(num_equal(qnum_from_int(5), qnum_from_double(5.5)));
    g_assert_true(num_equal(qnum_from_uint(UINT64_MAX),
                            qnum_from_uint(UINT64_MAX)));
    g_assert_false(num_equal(qnum_from_uint(1), qnum_from_uint(2)));
    g_assert_true(num_equal(qnum_from_uint(1ULL << 63),
                            qnum_from_double(0x1p63)));
    g_assert_false(num_equal(qnum_from_uint(UINT64_MAX),
                             qnum_from_double(0x1p64)));
    g_assert_false(num_equal(qnum_from_uint(1), qnum_from_double(NAN)));
    g_assert_true(num_equal(qnum_from_double(0.5), qnum_from_double(0.5)));
    g_assert_true(num_equal(qnum_from_double(0.0), qnum_from_double(-0.0)));
}

static void test_equal_is_exact(void)
{
    /* 2^53 + 1 rounds to 2^53 as a double, but they are not equal. */
    g_assert_false(num_equal(qnum_from_int((1LL << 53) + 1),
                             qnum_from_double(0x1p53)));
    g_assert_true(num_equal(qnum_from_int(1LL << 53),
                            qnum_from_double(0x1p53)));
    g_assert_false(num_equal(qnum_from_int(INT64_MAX),
                             qnum_from_double(0x1p63)));
    g_assert_true(num_equal(qnum_from_int(INT64_MIN),
                            qnum_from_double(-0x1p63)));
    g_assert_false(num_equal(qnum_from_int(0), qnum_from_double(NAN)));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/qobject/qnum/from-int", test_from_int);
    g_test_add_func("/qobject/qnum/from-uint", test_from_uint);
    g_test_add_func("/qobject/qnum/int-as-uint", test_int_as_uint);
    g_test_add_func("/qobject/qnum/from-double", test_from_double);
    g_test_add_func("/qobject/qnum/to-string", test_to_string);
    g_test_add_func("/qobject/qnum/to-string-round-trips",
                    test_to_string_round_trips);
    g_test_add_func("/qobject/qnum/equal", test_equal);
    g_test_add_func("/qobject/qnum/equal-is-exact", test_equal_is_exact);
    return g_test_run();
}
