/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cutils.c: strict number and size parsing, and small string helpers.
 *
 * The qemu_strto* wrappers give the C library's strto* functions the
 * stricter contract of QEMU 8.2 (see include/qemu/cutils.h): a return
 * code instead of errno, a defined result on every path, and rejection
 * of empty input and trailing garbage.  qemu_strtosz and friends parse
 * the size syntax of the command line ("64M", "1.5G", "0x1000").
 */
#include "qemu/osdep.h"
#include <math.h>
#include "qemu/cutils.h"
#include "qapi/error.h"

static bool strtox_base_is_valid(int base)
{
    return (unsigned int)base <= 36 && base != 1;
}

/*
 * The return value shared by every qemu_strto*: @ep is where the C
 * library stopped and @err the errno it left.  No conversion at all
 * (which includes a NULL @nptr) wins over everything else; then
 * trailing characters when the caller wants the whole string.
 */
static int strtox_result(const char *nptr, const char *ep,
                         const char **endptr, int err)
{
    if (endptr) {
        *endptr = ep;
    }
    if (ep == nptr) {
        return -EINVAL;
    }
    if (!endptr && *ep) {
        return -EINVAL;
    }
    return -err;
}

/* Parse a signed number and clamp it to [@min, @max]. */
static int strtox_signed(const char *nptr, const char **endptr, int base,
                         int64_t min, int64_t max, int64_t *result)
{
    char *ep = (char *)nptr;
    long long val = 0;
    int err = 0;

    assert(strtox_base_is_valid(base));
    if (nptr) {
        errno = 0;
        val = strtoll(nptr, &ep, base);
        err = errno;
    }
    if (val < min) {
        val = min;
        err = ERANGE;
    } else if (val > max) {
        val = max;
        err = ERANGE;
    }
    *result = val;
    return strtox_result(nptr, ep, endptr, err);
}

/*
 * Parse an unsigned number of at most @max (2^N - 1).  strtoull negates
 * "-x" modulo 2^64, so undo that to check the magnitude against @max,
 * then negate modulo 2^N: "-1" is @max, "-(max + 1)" is out of range.
 */
static int strtox_unsigned(const char *nptr, const char **endptr, int base,
                           uint64_t max, uint64_t *result)
{
    char *ep = (char *)nptr;
    unsigned long long val = 0;
    uint64_t magnitude;
    bool negative;
    int err = 0;

    assert(strtox_base_is_valid(base));
    if (nptr) {
        errno = 0;
        val = strtoull(nptr, &ep, base);
        err = errno;
    }
    if (err == ERANGE) {
        val = max;
    } else if (nptr) {
        negative = memchr(nptr, '-', ep - nptr) != NULL;
        magnitude = negative ? -val : val;
        if (magnitude > max) {
            val = max;
            err = ERANGE;
        } else {
            val = negative ? -magnitude & max : magnitude;
        }
    }
    *result = val;
    return strtox_result(nptr, ep, endptr, err);
}

int qemu_strtoi(const char *nptr, const char **endptr, int base, int *result)
{
    int64_t val;
    int ret = strtox_signed(nptr, endptr, base, INT_MIN, INT_MAX, &val);

    *result = val;
    return ret;
}

int qemu_strtoui(const char *nptr, const char **endptr, int base,
                 unsigned int *result)
{
    uint64_t val;
    int ret = strtox_unsigned(nptr, endptr, base, UINT_MAX, &val);

    *result = val;
    return ret;
}

int qemu_strtol(const char *nptr, const char **endptr, int base, long *result)
{
    int64_t val;
    int ret = strtox_signed(nptr, endptr, base, LONG_MIN, LONG_MAX, &val);

    *result = val;
    return ret;
}

int qemu_strtoul(const char *nptr, const char **endptr, int base,
                 unsigned long *result)
{
    uint64_t val;
    int ret = strtox_unsigned(nptr, endptr, base, ULONG_MAX, &val);

    *result = val;
    return ret;
}

int qemu_strtoi64(const char *nptr, const char **endptr, int base,
                  int64_t *result)
{
    return strtox_signed(nptr, endptr, base, INT64_MIN, INT64_MAX, result);
}

int qemu_strtou64(const char *nptr, const char **endptr, int base,
                  uint64_t *result)
{
    return strtox_unsigned(nptr, endptr, base, UINT64_MAX, result);
}

int qemu_strtod(const char *nptr, const char **endptr, double *result)
{
    char *ep = (char *)nptr;
    int err = 0;

    *result = 0.0;
    if (nptr) {
        errno = 0;
        *result = strtod(nptr, &ep);
        err = errno;
    }
    return strtox_result(nptr, ep, endptr, err);
}

int qemu_strtod_finite(const char *nptr, const char **endptr, double *result)
{
    const char *tail;
    int ret = qemu_strtod(nptr, &tail, result);

    if (!isfinite(*result)) {
        /* Infinity, NaN and overflow count as "nothing converted". */
        *result = 0.0;
        tail = nptr;
        ret = -EINVAL;
    }
    if (endptr) {
        *endptr = tail;
    } else if (tail && *tail) {
        ret = -EINVAL;
    }
    return ret;
}

int parse_uint(const char *s, const char **endptr, int base, uint64_t *value)
{
    const char *ep = s;
    const char *p;
    unsigned long long val = 0;
    int ret = 0;

    assert(strtox_base_is_valid(base));
    if (!s) {
        ret = -EINVAL;
        goto out;
    }
    errno = 0;
    val = strtoull(s, (char **)&ep, base);
    if (ep == s) {
        ret = -EINVAL;
        goto out;
    }
    if (errno) {
        ret = -errno;
    }
    /* strtoull happily negates; a size or count must not be negative. */
    for (p = s; g_ascii_isspace(*p); p++) {
        continue;
    }
    if (*p == '-') {
        val = 0;
        ret = -ERANGE;
    }

out:
    if (endptr) {
        *endptr = ep;
    } else if (s && *ep) {
        val = 0;
        ret = -EINVAL;
    }
    *value = val;
    return ret;
}

int parse_uint_full(const char *s, int base, uint64_t *value)
{
    return parse_uint(s, NULL, base, value);
}

/* The multiplier of size suffix @c, or -1 if @c is not a suffix. */
static int64_t size_suffix_mul(char c, int64_t unit)
{
    static const char suffixes[] = "BKMGTPE";
    const char *pos;
    int64_t mul = 1;

    if (!c) {
        return -1;
    }
    pos = strchr(suffixes, g_ascii_toupper(c));
    if (!pos) {
        return -1;
    }
    for (; pos > suffixes; pos--) {
        mul *= unit;
    }
    return mul;
}

/*
 * Parse the fractional part of a size at *@p into 64.64 fixed point
 * (*@valf), carrying a fraction that rounds to 1.0 into *@val.  @ret is
 * what parse_uint returned for the integer part: when it found no digits,
 * *@p is the start of the input and may hold a sign, as in "-.5".
 * A digit-less tail as in "1.k" is accepted.  'e' and 'E' are scaling
 * suffixes here, not exponents, so strtod only sees what precedes them.
 */
static int strtosz_fraction(const char **p, int ret, uint64_t *val,
                            uint64_t *valf)
{
    g_autofree char *copy = NULL;
    const char *tail;
    double fraction;

    if (ret == 0 && **p == '.' && !g_ascii_isdigit((*p)[1])) {
        (*p)++;
        return 0;
    }
    copy = g_strdup(*p);
    copy[strcspn(copy, "eE")] = '\0';
    ret = qemu_strtod_finite(copy, &tail, &fraction);
    *p += tail - copy;
    if (signbit(fraction)) {
        return -ERANGE;
    }
    if (ret == -EINVAL) {
        return ret;
    }
    if (fraction == 1.0) {
        if (*val == UINT64_MAX) {
            return -ERANGE;
        }
        (*val)++;
    } else if (ret == -ERANGE) {
        /* Underflow: too small to represent, but still not zero. */
        *valf = 1;
    } else {
        *valf = (uint64_t)(fraction * 0x1p64);
        if (*valf == 0 && fraction > 0.0) {
            *valf = 1;
        }
    }
    return 0;
}

/* *@val (+ @valf / 2^64) times @mul, rounded to nearest; false on overflow */
static bool strtosz_scale(uint64_t *val, uint64_t valf, int64_t mul)
{
    unsigned __int128 whole = (unsigned __int128)*val * (uint64_t)mul;
    unsigned __int128 part = (unsigned __int128)valf * (uint64_t)mul;

    whole += (part >> 64) + ((part >> 63) & 1);
    if (whole > UINT64_MAX) {
        return false;
    }
    *val = whole;
    return true;
}

static int do_strtosz(const char *nptr, const char **end, char default_suffix,
                      int64_t unit, uint64_t *result)
{
    const char *p;
    uint64_t val = 0, valf = 0;
    int64_t mul;
    int ret;

    ret = parse_uint(nptr, &p, 10, &val);
    if (ret == -ERANGE || !nptr) {
        goto out;
    }
    if (ret == 0 && val == 0 && (*p == 'x' || *p == 'X')) {
        /* Hexadecimal takes neither a fraction nor a suffix. */
        ret = qemu_strtou64(nptr, &p, 16, &val);
        if (ret) {
            goto out;
        }
        if (*p == '.' || size_suffix_mul(*p, unit) > 0) {
            ret = -EINVAL;
            goto out;
        }
    } else if (*p == '.' || (p == nptr && strchr(nptr, '.'))) {
        ret = strtosz_fraction(&p, ret, &val, &valf);
    }
    if (ret) {
        goto out;
    }

    mul = size_suffix_mul(*p, unit);
    if (mul > 0) {
        p++;
    } else {
        mul = size_suffix_mul(default_suffix, unit);
    }
    if (mul == 1 && valf) {
        /* A fraction needs a unit larger than a byte to make sense. */
        ret = -EINVAL;
    } else if (!strtosz_scale(&val, valf, mul)) {
        ret = -ERANGE;
    }

out:
    if (end) {
        *end = ret == -EINVAL ? nptr : p;
    } else if (nptr && *p) {
        ret = -EINVAL;
    }
    *result = ret ? 0 : val;
    return ret;
}

int qemu_strtosz(const char *nptr, const char **end, uint64_t *result)
{
    return do_strtosz(nptr, end, 'B', 1024, result);
}

int qemu_strtosz_MiB(const char *nptr, const char **end, uint64_t *result)
{
    return do_strtosz(nptr, end, 'M', 1024, result);
}

int qemu_strtosz_metric(const char *nptr, const char **end, uint64_t *result)
{
    return do_strtosz(nptr, end, 'B', 1000, result);
}

char *size_to_str(uint64_t val)
{
    static const char *const prefixes[] = {
        "", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei",
    };
    int exp;
    int idx;

    /*
     * Use the largest power of 1024 that leaves the number below 1000:
     * 1000..1023 bytes print as "0.977 KiB", never as "1e+03 B".  Scaling
     * by 1024/1000 before taking log2 moves the switch point there.
     */
    frexp(val / (1000.0 / 1024.0), &exp);
    idx = exp > 0 ? (exp - 1) / 10 : 0;
    return g_strdup_printf("%0.3g %sB",
                           (double)val / (double)(UINT64_C(1) << (idx * 10)),
                           prefixes[idx]);
}

void pstrcpy(char *buf, int buf_size, const char *str)
{
    size_t len;

    if (buf_size <= 0) {
        return;
    }
    len = strnlen(str, buf_size - 1);
    memcpy(buf, str, len);
    buf[len] = '\0';
}

int strstart(const char *str, const char *val, const char **ptr)
{
    size_t len = strlen(val);

    if (strncmp(str, val, len) != 0) {
        return 0;
    }
    if (ptr) {
        *ptr = str + len;
    }
    return 1;
}

int stristart(const char *str, const char *val, const char **ptr)
{
    size_t len = strlen(val);

    if (g_ascii_strncasecmp(str, val, len) != 0) {
        return 0;
    }
    if (ptr) {
        *ptr = str + len;
    }
    return 1;
}

bool qapi_bool_parse(const char *name, const char *value, bool *obj,
                     Error **errp)
{
    static const char *const yes[] = { "on", "yes", "true", "y" };
    static const char *const no[] = { "off", "no", "false", "n" };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(yes); i++) {
        if (g_str_equal(value, yes[i])) {
            *obj = true;
            return true;
        }
        if (g_str_equal(value, no[i])) {
            *obj = false;
            return true;
        }
    }
    error_setg(errp, "Parameter '%s' expects 'on' or 'off'", name);
    return false;
}
