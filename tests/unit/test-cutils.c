/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for util/cutils.c: the strict qemu_strto* number parsers,
 * parse_uint, the size parsers and size_to_str, the string helpers and
 * qapi_bool_parse, checked against QEMU 8.2's documented behaviour.
 */
#include "qemu/osdep.h"
#include <math.h>
#include "qemu/cutils.h"
#include "qapi/error.h"

/*
 * Each check parses @str twice: once with an end pointer (expecting
 * @ret, @val and the end offset @off, -1 meaning NULL) and once without
 * (expecting @ret_full and @val_full).
 */
#define CHECK_STRTO(fn, type, str, base, ret, val, off, ret_full, val_full) \
    do {                                                                  \
        const char *s_ = (str);                                           \
        const char *e_ = (const char *)&e_;                               \
        type v_ = (type)0x5a5a;                                           \
        g_assert_cmpint(fn(s_, &e_, (base), &v_), ==, (ret));             \
        g_assert_true(v_ == (type)(val));                                 \
        if ((off) < 0) {                                                  \
            g_assert_null(e_);                                            \
        } else {                                                          \
            g_assert_true(e_ == s_ + (off));                              \
        }                                                                 \
        v_ = (type)0x5a5a;                                                \
        g_assert_cmpint(fn(s_, NULL, (base), &v_), ==, (ret_full));       \
        g_assert_true(v_ == (type)(val_full));                            \
    } while (0)

/* qemu_strtoi */

static void test_strtoi_simple(void)
{
    CHECK_STRTO(qemu_strtoi, int, "12345", 10, 0, 12345, 5, 0, 12345);
    CHECK_STRTO(qemu_strtoi, int, " \t-321", 10, 0, -321, 6, 0, -321);
    CHECK_STRTO(qemu_strtoi, int, "+7", 10, 0, 7, 2, 0, 7);
    CHECK_STRTO(qemu_strtoi, int, "0", 10, 0, 0, 1, 0, 0);
}

static void test_strtoi_bases(void)
{
    CHECK_STRTO(qemu_strtoi, int, "0x1f", 0, 0, 31, 4, 0, 31);
    CHECK_STRTO(qemu_strtoi, int, "1f", 16, 0, 31, 2, 0, 31);
    CHECK_STRTO(qemu_strtoi, int, "017", 0, 0, 15, 3, 0, 15);
    CHECK_STRTO(qemu_strtoi, int, "017", 10, 0, 17, 3, 0, 17);
    CHECK_STRTO(qemu_strtoi, int, "z", 36, 0, 35, 1, 0, 35);
    /* "0x" alone is a zero followed by garbage */
    CHECK_STRTO(qemu_strtoi, int, "0x", 16, 0, 0, 1, -EINVAL, 0);
}

static void test_strtoi_invalid(void)
{
    CHECK_STRTO(qemu_strtoi, int, NULL, 0, -EINVAL, 0, -1, -EINVAL, 0);
    CHECK_STRTO(qemu_strtoi, int, "", 0, -EINVAL, 0, 0, -EINVAL, 0);
    CHECK_STRTO(qemu_strtoi, int, "  \t ", 0, -EINVAL, 0, 0, -EINVAL, 0);
    CHECK_STRTO(qemu_strtoi, int, "x", 0, -EINVAL, 0, 0, -EINVAL, 0);
    CHECK_STRTO(qemu_strtoi, int, "-", 0, -EINVAL, 0, 0, -EINVAL, 0);
}

static void test_strtoi_trailing(void)
{
    CHECK_STRTO(qemu_strtoi, int, "123xxx", 10, 0, 123, 3, -EINVAL, 123);
    CHECK_STRTO(qemu_strtoi, int, "1 ", 10, 0, 1, 1, -EINVAL, 1);
    /* Trailing garbage takes priority over overflow */
    CHECK_STRTO(qemu_strtoi, int, "99999999999x", 10, -ERANGE, INT_MAX, 11,
                -EINVAL, INT_MAX);
}

static void test_strtoi_range(void)
{
    CHECK_STRTO(qemu_strtoi, int, "2147483647", 10, 0, INT_MAX, 10,
                0, INT_MAX);
    CHECK_STRTO(qemu_strtoi, int, "-2147483648", 10, 0, INT_MIN, 11,
                0, INT_MIN);
    CHECK_STRTO(qemu_strtoi, int, "2147483648", 10, -ERANGE, INT_MAX, 10,
                -ERANGE, INT_MAX);
    CHECK_STRTO(qemu_strtoi, int, "-2147483649", 10, -ERANGE, INT_MIN, 11,
                -ERANGE, INT_MIN);
    CHECK_STRTO(qemu_strtoi, int, "99999999999999999999999", 10, -ERANGE,
                INT_MAX, 23, -ERANGE, INT_MAX);
    CHECK_STRTO(qemu_strtoi, int, "-99999999999999999999999", 10, -ERANGE,
                INT_MIN, 24, -ERANGE, INT_MIN);
}

/* qemu_strtoui */

static void test_strtoui_simple(void)
{
    CHECK_STRTO(qemu_strtoui, unsigned int, "4294967295", 10, 0, UINT_MAX,
                10, 0, UINT_MAX);
    CHECK_STRTO(qemu_strtoui, unsigned int, "0xffffffff", 0, 0, UINT_MAX,
                10, 0, UINT_MAX);
    CHECK_STRTO(qemu_strtoui, unsigned int, "42abc", 10, 0, 42, 2,
                -EINVAL, 42);
}

static void test_strtoui_negative(void)
{
    /* As 64-bit strtoul: the magnitude is negated modulo 2^32 */
    CHECK_STRTO(qemu_strtoui, unsigned int, "-1", 10, 0, UINT_MAX, 2,
                0, UINT_MAX);
    CHECK_STRTO(qemu_strtoui, unsigned int, " -321", 10, 0, -321U, 5,
                0, -321U);
    CHECK_STRTO(qemu_strtoui, unsigned int, "-4294967295", 10, 0, 1, 11,
                0, 1);
    CHECK_STRTO(qemu_strtoui, unsigned int, "-0", 10, 0, 0, 2, 0, 0);
}

static void test_strtoui_range(void)
{
    CHECK_STRTO(qemu_strtoui, unsigned int, "4294967296", 10, -ERANGE,
                UINT_MAX, 10, -ERANGE, UINT_MAX);
    CHECK_STRTO(qemu_strtoui, unsigned int, "-4294967296", 10, -ERANGE,
                UINT_MAX, 11, -ERANGE, UINT_MAX);
    CHECK_STRTO(qemu_strtoui, unsigned int, "-18446744073709551615", 10,
                -ERANGE, UINT_MAX, 21, -ERANGE, UINT_MAX);
    CHECK_STRTO(qemu_strtoui, unsigned int, "18446744073709551616", 10,
                -ERANGE, UINT_MAX, 20, -ERANGE, UINT_MAX);
}

static void test_strtoui_invalid(void)
{
    CHECK_STRTO(qemu_strtoui, unsigned int, NULL, 0, -EINVAL, 0, -1,
                -EINVAL, 0);
    CHECK_STRTO(qemu_strtoui, unsigned int, " ", 0, -EINVAL, 0, 0,
                -EINVAL, 0);
}

/* qemu_strtol and qemu_strtoul */

static void test_strtol(void)
{
    CHECK_STRTO(qemu_strtol, long, "-9223372036854775808", 10, 0, LONG_MIN,
                20, 0, LONG_MIN);
    CHECK_STRTO(qemu_strtol, long, "9223372036854775808", 10, -ERANGE,
                LONG_MAX, 19, -ERANGE, LONG_MAX);
    CHECK_STRTO(qemu_strtol, long, "-9223372036854775809", 10, -ERANGE,
                LONG_MIN, 20, -ERANGE, LONG_MIN);
    CHECK_STRTO(qemu_strtol, long, "12,", 10, 0, 12, 2, -EINVAL, 12);
    CHECK_STRTO(qemu_strtol, long, "", 10, -EINVAL, 0, 0, -EINVAL, 0);
    CHECK_STRTO(qemu_strtol, long, NULL, 10, -EINVAL, 0, -1, -EINVAL, 0);
}

static void test_strtoul(void)
{
    CHECK_STRTO(qemu_strtoul, unsigned long, "18446744073709551615", 10,
                0, ULONG_MAX, 20, 0, ULONG_MAX);
    CHECK_STRTO(qemu_strtoul, unsigned long, "-1", 10, 0, ULONG_MAX, 2,
                0, ULONG_MAX);
    CHECK_STRTO(qemu_strtoul, unsigned long, "-18446744073709551615", 10,
                0, 1, 21, 0, 1);
    CHECK_STRTO(qemu_strtoul, unsigned long, "18446744073709551616", 10,
                -ERANGE, ULONG_MAX, 20, -ERANGE, ULONG_MAX);
    CHECK_STRTO(qemu_strtoul, unsigned long, "-18446744073709551616", 10,
                -ERANGE, ULONG_MAX, 21, -ERANGE, ULONG_MAX);
    CHECK_STRTO(qemu_strtoul, unsigned long, "7 ", 10, 0, 7, 1, -EINVAL, 7);
    CHECK_STRTO(qemu_strtoul, unsigned long, "\n", 10, -EINVAL, 0, 0,
                -EINVAL, 0);
}

/* qemu_strtoi64 and qemu_strtou64 */

static void test_strtoi64(void)
{
    CHECK_STRTO(qemu_strtoi64, int64_t, "-0x8000000000000000", 0, 0,
                INT64_MIN, 19, 0, INT64_MIN);
    CHECK_STRTO(qemu_strtoi64, int64_t, "0x8000000000000000", 0, -ERANGE,
                INT64_MAX, 18, -ERANGE, INT64_MAX);
    CHECK_STRTO(qemu_strtoi64, int64_t, "-9223372036854775809", 10,
                -ERANGE, INT64_MIN, 20, -ERANGE, INT64_MIN);
    CHECK_STRTO(qemu_strtoi64, int64_t, "0b1", 0, 0, 0, 1, -EINVAL, 0);
    CHECK_STRTO(qemu_strtoi64, int64_t, "abc", 10, -EINVAL, 0, 0,
                -EINVAL, 0);
}

static void test_strtou64(void)
{
    CHECK_STRTO(qemu_strtou64, uint64_t, "0xffffffffffffffff", 0, 0,
                UINT64_MAX, 18, 0, UINT64_MAX);
    CHECK_STRTO(qemu_strtou64, uint64_t, "-1", 10, 0, UINT64_MAX, 2,
                0, UINT64_MAX);
    CHECK_STRTO(qemu_strtou64, uint64_t, "0x10000000000000000", 0, -ERANGE,
                UINT64_MAX, 19, -ERANGE, UINT64_MAX);
    CHECK_STRTO(qemu_strtou64, uint64_t, "-18446744073709551616", 10,
                -ERANGE, UINT64_MAX, 21, -ERANGE, UINT64_MAX);
    CHECK_STRTO(qemu_strtou64, uint64_t, "5k", 10, 0, 5, 1, -EINVAL, 5);
    CHECK_STRTO(qemu_strtou64, uint64_t, NULL, 10, -EINVAL, 0, -1,
                -EINVAL, 0);
}

/* qemu_strtod and qemu_strtod_finite */

typedef int (*StrtodFn)(const char *, const char **, double *);

static void check_strtod(StrtodFn fn, const char *str, int ret, double val,
                         int off, int ret_full)
{
    const char *end = (const char *)&end;
    double res = 42.0;

    g_assert_cmpint(fn(str, &end, &res), ==, ret);
    if (isnan(val)) {
        g_assert_true(isnan(res));
    } else {
        g_assert_true(res == val);
        g_assert_cmpint(!!signbit(res), ==, !!signbit(val));
    }
    if (off < 0) {
        g_assert_null(end);
    } else {
        g_assert_true(end == str + off);
    }
    res = 42.0;
    g_assert_cmpint(fn(str, NULL, &res), ==, ret_full);
}

static void test_strtod_simple(void)
{
    check_strtod(qemu_strtod, "1.5", 0, 1.5, 3, 0);
    check_strtod(qemu_strtod, " -0.25e1", 0, -2.5, 8, 0);
    check_strtod(qemu_strtod, "0x1p4", 0, 16.0, 5, 0);
    check_strtod(qemu_strtod, "-0", 0, -0.0, 2, 0);
    check_strtod(qemu_strtod, "inf", 0, INFINITY, 3, 0);
    check_strtod(qemu_strtod, "-inf", 0, -INFINITY, 4, 0);
    check_strtod(qemu_strtod, "nan", 0, NAN, 3, 0);
}

static void test_strtod_invalid(void)
{
    check_strtod(qemu_strtod, NULL, -EINVAL, 0.0, -1, -EINVAL);
    check_strtod(qemu_strtod, "", -EINVAL, 0.0, 0, -EINVAL);
    check_strtod(qemu_strtod, "  ", -EINVAL, 0.0, 0, -EINVAL);
    check_strtod(qemu_strtod, "x1", -EINVAL, 0.0, 0, -EINVAL);
    check_strtod(qemu_strtod, "1.5x", 0, 1.5, 3, -EINVAL);
}

static void test_strtod_range(void)
{
    check_strtod(qemu_strtod, "1e400", -ERANGE, HUGE_VAL, 5, -ERANGE);
    check_strtod(qemu_strtod, "-1e400", -ERANGE, -HUGE_VAL, 6, -ERANGE);
    check_strtod(qemu_strtod, "1e-400", -ERANGE, 0.0, 6, -ERANGE);
    check_strtod(qemu_strtod, "-1e-400", -ERANGE, -0.0, 7, -ERANGE);
    check_strtod(qemu_strtod, "1e400x", -ERANGE, HUGE_VAL, 5, -EINVAL);
}

static void test_strtod_finite(void)
{
    check_strtod(qemu_strtod_finite, "1.5", 0, 1.5, 3, 0);
    check_strtod(qemu_strtod_finite, "2.5 ", 0, 2.5, 3, -EINVAL);
    check_strtod(qemu_strtod_finite, NULL, -EINVAL, 0.0, -1, -EINVAL);
    check_strtod(qemu_strtod_finite, "", -EINVAL, 0.0, 0, -EINVAL);
    /* Non-finite results count as no conversion at all */
    check_strtod(qemu_strtod_finite, "inf", -EINVAL, 0.0, 0, -EINVAL);
    check_strtod(qemu_strtod_finite, "-infinity", -EINVAL, 0.0, 0, -EINVAL);
    check_strtod(qemu_strtod_finite, "nan", -EINVAL, 0.0, 0, -EINVAL);
    check_strtod(qemu_strtod_finite, "-1e400", -EINVAL, 0.0, 0, -EINVAL);
    check_strtod(qemu_strtod_finite, "1e400x", -EINVAL, 0.0, 0, -EINVAL);
    /* Underflow keeps its sign and its -ERANGE */
    check_strtod(qemu_strtod_finite, "-1e-400", -ERANGE, -0.0, 7, -ERANGE);
    check_strtod(qemu_strtod_finite, "1e-400x", -ERANGE, 0.0, 6, -EINVAL);
}

/* parse_uint */

static void check_parse_uint(const char *str, int base, int ret,
                             uint64_t val, int off, int ret_full,
                             uint64_t val_full)
{
    const char *end = (const char *)&end;
    uint64_t res = 42;

    g_assert_cmpint(parse_uint(str, &end, base, &res), ==, ret);
    g_assert_cmpuint(res, ==, val);
    if (off < 0) {
        g_assert_null(end);
    } else {
        g_assert_true(end == str + off);
    }
    res = 42;
    g_assert_cmpint(parse_uint_full(str, base, &res), ==, ret_full);
    g_assert_cmpuint(res, ==, val_full);
}

static void test_parse_uint(void)
{
    check_parse_uint("123", 0, 0, 123, 3, 0, 123);
    check_parse_uint(" 0x10", 0, 0, 16, 5, 0, 16);
    check_parse_uint("17 ", 8, 0, 15, 2, -EINVAL, 0);
    check_parse_uint("18446744073709551615", 10, 0, UINT64_MAX, 20,
                     0, UINT64_MAX);
}

static void test_parse_uint_errors(void)
{
    check_parse_uint(NULL, 0, -EINVAL, 0, -1, -EINVAL, 0);
    check_parse_uint("", 0, -EINVAL, 0, 0, -EINVAL, 0);
    check_parse_uint(" x", 0, -EINVAL, 0, 0, -EINVAL, 0);
    check_parse_uint(" \t-321", 0, -ERANGE, 0, 6, -ERANGE, 0);
    check_parse_uint(" -0", 0, -ERANGE, 0, 3, -ERANGE, 0);
    check_parse_uint("-1x", 0, -ERANGE, 0, 2, -EINVAL, 0);
    check_parse_uint("18446744073709551616", 10, -ERANGE, UINT64_MAX, 20,
                     -ERANGE, UINT64_MAX);
    check_parse_uint("-18446744073709551616", 10, -ERANGE, 0, 21,
                     -ERANGE, 0);
}

/* qemu_strtosz and friends */

typedef int (*StrtoszFn)(const char *, const char **, uint64_t *);

/*
 * Parse @str with @fn with an end pointer (expect @ret, @val, end offset
 * @off) and without (expect @ret_full, and @val when that is 0).
 */
static void check_sz(StrtoszFn fn, const char *str, int ret, uint64_t val,
                     int off, int ret_full)
{
    const char *end = (const char *)&end;
    uint64_t res = 0xbaadf00d;

    g_assert_cmpint(fn(str, &end, &res), ==, ret);
    g_assert_cmpuint(res, ==, val);
    if (off < 0) {
        g_assert_null(end);
    } else {
        g_assert_true(end == str + off);
    }
    res = 0xbaadf00d;
    g_assert_cmpint(fn(str, NULL, &res), ==, ret_full);
    g_assert_cmpuint(res, ==, ret_full ? 0 : val);
}

#define SZ(str, ret, val, off, ret_full) \
    check_sz(qemu_strtosz, (str), (ret), (val), (off), (ret_full))

static void test_strtosz_simple(void)
{
    SZ("0", 0, 0, 1, 0);
    SZ("12345", 0, 12345, 5, 0);
    SZ(" \t12345", 0, 12345, 7, 0);
    /* Decimal, not octal */
    SZ("08", 0, 8, 2, 0);
    SZ("18446744073709551615", 0, UINT64_MAX, 20, 0);
    SZ("9007199254740993", 0, 9007199254740993ULL, 16, 0);
}

static void test_strtosz_units(void)
{
    SZ("1B", 0, 1, 2, 0);
    SZ("1b", 0, 1, 2, 0);
    SZ("1K", 0, KiB, 2, 0);
    SZ("1k", 0, KiB, 2, 0);
    SZ("1M", 0, MiB, 2, 0);
    SZ("1m", 0, MiB, 2, 0);
    SZ("1G", 0, GiB, 2, 0);
    SZ("1g", 0, GiB, 2, 0);
    SZ("1T", 0, TiB, 2, 0);
    SZ("1t", 0, TiB, 2, 0);
    SZ("1P", 0, PiB, 2, 0);
    SZ("1p", 0, PiB, 2, 0);
    SZ("1E", 0, EiB, 2, 0);
    SZ("1e", 0, EiB, 2, 0);
    SZ("15E", 0, 15 * (uint64_t)EiB, 3, 0);
}

static void test_strtosz_hex(void)
{
    SZ("0x0", 0, 0, 3, 0);
    SZ("0xab", 0, 171, 4, 0);
    SZ(" 0X7fEE", 0, 0x7fee, 7, 0);
    /* 'b' and 'e' are hex digits, not suffixes */
    SZ("0x1b", 0, 27, 4, 0);
    SZ("0x1E", 0, 30, 4, 0);
    SZ("0xffffffffffffffff", 0, UINT64_MAX, 18, 0);
    /* "0x" alone is zero followed by an 'x' */
    SZ("0x", 0, 0, 1, -EINVAL);
}

static void test_strtosz_hex_invalid(void)
{
    /* No suffix and no fraction in hex */
    SZ("0x20M", -EINVAL, 0, 0, -EINVAL);
    SZ("0x1k", -EINVAL, 0, 0, -EINVAL);
    SZ("0x1p3", -EINVAL, 0, 0, -EINVAL);
    SZ("0x1.8", -EINVAL, 0, 0, -EINVAL);
    SZ("0x1.8k", -EINVAL, 0, 0, -EINVAL);
    SZ("0x10000000000000000", -ERANGE, 0, 19, -ERANGE);
}

static void test_strtosz_float(void)
{
    SZ("0.5k", 0, 512, 4, 0);
    SZ("1.5G", 0, GiB + GiB / 2, 4, 0);
    SZ("1.k", 0, KiB, 3, 0);
    SZ(" .5k", 0, 512, 4, 0);
    SZ("1.0B", 0, 1, 4, 0);
    SZ("1.", 0, 1, 2, 0);
    SZ("0.0", 0, 0, 3, 0);
    SZ("12.345M", 0, (uint64_t)(12.345 * MiB + 0.5), 7, 0);
    /* Rounding of the fraction */
    SZ("1.9999k", 0, 2048, 7, 0);
    SZ("1.99999999999999999999999999999k", 0, 2048, 32, 0);
    SZ("1.5e", 0, EiB + EiB / 2, 4, 0);
}

static void test_strtosz_float_underflow(void)
{
    g_autofree char *str = g_strdup_printf("1.%0350d1k", 0);

    /* An underflowing fraction is tiny but not zero */
    SZ(str, 0, KiB, 354, 0);
    g_free(str);
    str = g_strdup_printf("1.%0350d1B", 0);
    SZ(str, -EINVAL, 0, 0, -EINVAL);
    g_free(str);
    str = g_strdup_printf(" -.%0350d1M", 0);
    SZ(str, -ERANGE, 0, 354, -EINVAL);
}

static void test_strtosz_invalid(void)
{
    SZ(NULL, -EINVAL, 0, -1, -EINVAL);
    SZ("", -EINVAL, 0, 0, -EINVAL);
    SZ(" \t ", -EINVAL, 0, 0, -EINVAL);
    SZ(".", -EINVAL, 0, 0, -EINVAL);
    SZ(" .k", -EINVAL, 0, 0, -EINVAL);
    SZ("crap", -EINVAL, 0, 0, -EINVAL);
    SZ("inf", -EINVAL, 0, 0, -EINVAL);
    SZ("NaN", -EINVAL, 0, 0, -EINVAL);
    SZ("x.5", -EINVAL, 0, 0, -EINVAL);
    /* A fraction needs a unit above bytes */
    SZ("1.1", -EINVAL, 0, 0, -EINVAL);
    SZ("0.5", -EINVAL, 0, 0, -EINVAL);
    SZ("1.1B", -EINVAL, 0, 0, -EINVAL);
    SZ("1.00001B", -EINVAL, 0, 0, -EINVAL);
    SZ("1.00000000000000000001B", -EINVAL, 0, 0, -EINVAL);
}

static void test_strtosz_trailing(void)
{
    SZ("123xxx", 0, 123, 3, -EINVAL);
    SZ("1kiB", 0, KiB, 2, -EINVAL);
    SZ("1k ", 0, KiB, 2, -EINVAL);
    SZ("00x1", 0, 0, 2, -EINVAL);
    SZ("0b1000", 0, 0, 2, -EINVAL);
    /* No exponents: 'e' is the suffix */
    SZ("1e3", 0, EiB, 2, -EINVAL);
    SZ("1.5e1k", 0, EiB + EiB / 2, 4, -EINVAL);
    SZ("1.5E999", 0, EiB + EiB / 2, 4, -EINVAL);
    SZ("123-45", 0, 123, 3, -EINVAL);
}

static void test_strtosz_erange(void)
{
    SZ("-1", -ERANGE, 0, 2, -ERANGE);
    SZ(" -0", -ERANGE, 0, 3, -ERANGE);
    SZ("-2M", -ERANGE, 0, 2, -EINVAL);
    SZ(" -.0", -ERANGE, 0, 4, -ERANGE);
    SZ("-.1k", -ERANGE, 0, 3, -EINVAL);
    SZ("18446744073709551616", -ERANGE, 0, 20, -ERANGE);
    SZ("16E", -ERANGE, 0, 3, -ERANGE);
    SZ("20E", -ERANGE, 0, 3, -ERANGE);
    SZ("18446744073709551615.5k", -ERANGE, 0, 23, -ERANGE);
    SZ("18446744073709551615.9999999999999999999", -ERANGE, 0, 40,
       -ERANGE);
    SZ("15.99999999999999999999999999999E", -ERANGE, 0, 33, -ERANGE);
    /* Trailing garbage takes priority over overflow */
    SZ("100000Pjunk", -ERANGE, 0, 7, -EINVAL);
}

static void test_strtosz_mib(void)
{
    check_sz(qemu_strtosz_MiB, "12", 0, 12 * MiB, 2, 0);
    check_sz(qemu_strtosz_MiB, "0.5", 0, MiB / 2, 3, 0);
    check_sz(qemu_strtosz_MiB, "12B", 0, 12, 3, 0);
    check_sz(qemu_strtosz_MiB, "1.5k", 0, 1536, 4, 0);
    check_sz(qemu_strtosz_MiB, "0x10", 0, 16 * MiB, 4, 0);
    check_sz(qemu_strtosz_MiB, "17592186044415", 0, UINT64_MAX - MiB + 1,
             14, 0);
    check_sz(qemu_strtosz_MiB, "17592186044416", -ERANGE, 0, 14, -ERANGE);
    check_sz(qemu_strtosz_MiB, "x", -EINVAL, 0, 0, -EINVAL);
}

static void test_strtosz_metric(void)
{
    check_sz(qemu_strtosz_metric, "12345k", 0, 12345000, 6, 0);
    check_sz(qemu_strtosz_metric, "1M", 0, 1000000, 2, 0);
    check_sz(qemu_strtosz_metric, "1.5G", 0, 1500000000, 4, 0);
    check_sz(qemu_strtosz_metric, "18E", 0, 18000000000000000000ULL, 3, 0);
    check_sz(qemu_strtosz_metric, "19E", -ERANGE, 0, 3, -ERANGE);
    check_sz(qemu_strtosz_metric, "12345", 0, 12345, 5, 0);
    check_sz(qemu_strtosz_metric, "1.5", -EINVAL, 0, 0, -EINVAL);
}

/* size_to_str */

static void check_size_to_str(uint64_t val, const char *expected)
{
    g_autofree char *str = size_to_str(val);

    g_assert_cmpstr(str, ==, expected);
}

static void test_size_to_str(void)
{
    check_size_to_str(0, "0 B");
    check_size_to_str(1, "1 B");
    check_size_to_str(512, "512 B");
    check_size_to_str(999, "999 B");
    check_size_to_str(1000, "0.977 KiB");
    check_size_to_str(1023, "0.999 KiB");
    check_size_to_str(KiB, "1 KiB");
    check_size_to_str(1536, "1.5 KiB");
    check_size_to_str(MiB, "1 MiB");
    check_size_to_str(1000 * KiB, "0.977 MiB");
    check_size_to_str(GiB + GiB / 2, "1.5 GiB");
    check_size_to_str(12345678, "11.8 MiB");
    check_size_to_str(TiB, "1 TiB");
    check_size_to_str(PiB, "1 PiB");
    check_size_to_str(EiB, "1 EiB");
    check_size_to_str(UINT64_MAX, "16 EiB");
}

/* String helpers */

static void test_pstrcpy(void)
{
    char buf[8];

    memset(buf, 'x', sizeof(buf));
    pstrcpy(buf, sizeof(buf), "abc");
    g_assert_cmpstr(buf, ==, "abc");

    pstrcpy(buf, sizeof(buf), "0123456789");
    g_assert_cmpstr(buf, ==, "0123456");

    pstrcpy(buf, 1, "abc");
    g_assert_cmpstr(buf, ==, "");

    buf[0] = 'q';
    pstrcpy(buf, 0, "abc");
    g_assert_cmpint(buf[0], ==, 'q');
    pstrcpy(buf, -1, "abc");
    g_assert_cmpint(buf[0], ==, 'q');
}

static void test_strstart(void)
{
    const char *rest = NULL;

    g_assert_cmpint(strstart("foobar", "foo", &rest), ==, 1);
    g_assert_cmpstr(rest, ==, "bar");
    g_assert_cmpint(strstart("foo", "foo", &rest), ==, 1);
    g_assert_cmpstr(rest, ==, "");
    g_assert_cmpint(strstart("foo", "", NULL), ==, 1);

    rest = NULL;
    g_assert_cmpint(strstart("fo", "foo", &rest), ==, 0);
    g_assert_cmpint(strstart("Foobar", "foo", &rest), ==, 0);
    g_assert_null(rest);
}

static void test_stristart(void)
{
    const char *rest = NULL;

    g_assert_cmpint(stristart("FooBar", "fOO", &rest), ==, 1);
    g_assert_cmpstr(rest, ==, "Bar");
    g_assert_cmpint(stristart("foo", "FOO", NULL), ==, 1);

    rest = NULL;
    g_assert_cmpint(stristart("fo", "foo", &rest), ==, 0);
    g_assert_cmpint(stristart("fxo", "FOO", &rest), ==, 0);
    g_assert_null(rest);
}

/* qapi_bool_parse */

static void test_bool_parse_true(void)
{
    static const char *const words[] = { "on", "yes", "true", "y" };
    size_t i;
    bool val;

    for (i = 0; i < ARRAY_SIZE(words); i++) {
        val = false;
        g_assert_true(qapi_bool_parse("p", words[i], &val, &error_abort));
        g_assert_true(val);
    }
}

static void test_bool_parse_false(void)
{
    static const char *const words[] = { "off", "no", "false", "n" };
    size_t i;
    bool val;

    for (i = 0; i < ARRAY_SIZE(words); i++) {
        val = true;
        g_assert_true(qapi_bool_parse("p", words[i], &val, &error_abort));
        g_assert_false(val);
    }
}

static void test_bool_parse_invalid(void)
{
    static const char *const words[] = { "ON", "1", "", "yess", "of" };
    Error *err = NULL;
    size_t i;
    bool val;

    for (i = 0; i < ARRAY_SIZE(words); i++) {
        val = true;
        g_assert_false(qapi_bool_parse("prealloc", words[i], &val, &err));
        g_assert_nonnull(err);
        g_assert_cmpstr(error_get_pretty(err), ==,
                        "Parameter 'prealloc' expects 'on' or 'off'");
        g_assert_true(val);
        error_free_or_abort(&err);
    }
    g_assert_false(qapi_bool_parse("x", "maybe", &val, NULL));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/cutils/strtoi/simple", test_strtoi_simple);
    g_test_add_func("/cutils/strtoi/bases", test_strtoi_bases);
    g_test_add_func("/cutils/strtoi/invalid", test_strtoi_invalid);
    g_test_add_func("/cutils/strtoi/trailing", test_strtoi_trailing);
    g_test_add_func("/cutils/strtoi/range", test_strtoi_range);
    g_test_add_func("/cutils/strtoui/simple", test_strtoui_simple);
    g_test_add_func("/cutils/strtoui/negative", test_strtoui_negative);
    g_test_add_func("/cutils/strtoui/range", test_strtoui_range);
    g_test_add_func("/cutils/strtoui/invalid", test_strtoui_invalid);
    g_test_add_func("/cutils/strtol", test_strtol);
    g_test_add_func("/cutils/strtoul", test_strtoul);
    g_test_add_func("/cutils/strtoi64", test_strtoi64);
    g_test_add_func("/cutils/strtou64", test_strtou64);
    g_test_add_func("/cutils/strtod/simple", test_strtod_simple);
    g_test_add_func("/cutils/strtod/invalid", test_strtod_invalid);
    g_test_add_func("/cutils/strtod/range", test_strtod_range);
    g_test_add_func("/cutils/strtod/finite", test_strtod_finite);
    g_test_add_func("/cutils/parse_uint/simple", test_parse_uint);
    g_test_add_func("/cutils/parse_uint/errors", test_parse_uint_errors);
    g_test_add_func("/cutils/strtosz/simple", test_strtosz_simple);
    g_test_add_func("/cutils/strtosz/units", test_strtosz_units);
    g_test_add_func("/cutils/strtosz/hex", test_strtosz_hex);
    g_test_add_func("/cutils/strtosz/hex-invalid", test_strtosz_hex_invalid);
    g_test_add_func("/cutils/strtosz/float", test_strtosz_float);
    g_test_add_func("/cutils/strtosz/float-underflow",
                    test_strtosz_float_underflow);
    g_test_add_func("/cutils/strtosz/invalid", test_strtosz_invalid);
    g_test_add_func("/cutils/strtosz/trailing", test_strtosz_trailing);
    g_test_add_func("/cutils/strtosz/erange", test_strtosz_erange);
    g_test_add_func("/cutils/strtosz/MiB", test_strtosz_mib);
    g_test_add_func("/cutils/strtosz/metric", test_strtosz_metric);
    g_test_add_func("/cutils/size_to_str", test_size_to_str);
    g_test_add_func("/cutils/pstrcpy", test_pstrcpy);
    g_test_add_func("/cutils/strstart", test_strstart);
    g_test_add_func("/cutils/stristart", test_stristart);
    g_test_add_func("/cutils/qapi_bool_parse/true", test_bool_parse_true);
    g_test_add_func("/cutils/qapi_bool_parse/false", test_bool_parse_false);
    g_test_add_func("/cutils/qapi_bool_parse/invalid",
                    test_bool_parse_invalid);
    return g_test_run();
}
