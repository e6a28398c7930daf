/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cutils.h: strict number and size parsing, and small string helpers.
 *
 * The qemu_strto* functions wrap the C library's strto* functions with an
 * interface that is harder to misuse, with QEMU 8.2's semantics:
 *
 * - They return 0 on success or a negative errno, and always store a
 *   value in *@result.
 * - @nptr may be NULL; NULL, empty, whitespace-only or non-numeric input
 *   is "no conversion": *@result = 0, *@endptr = @nptr, -EINVAL.
 * - With a NULL @endptr the whole string must be consumed: trailing
 *   characters give -EINVAL, with *@result holding the parsed value.
 *   With a non-NULL @endptr, parsing stops at the first character that
 *   is not part of the number and *@endptr points there.
 * - Overflow gives -ERANGE with *@result clamped (INT_MAX, INT_MIN,
 *   UINT_MAX, ...).
 * - Leading whitespace and a '+' or '-' sign are accepted; @base is as
 *   for strtol (0 or 2..36).
 * - The unsigned forms accept '-': the magnitude is parsed, checked for
 *   overflow, then negated in the result's type ("-1" is UINT_MAX), as
 *   64-bit strtoul does.
 */
#ifndef QEMU_CUTILS_H
#define QEMU_CUTILS_H

int qemu_strtoi(const char *nptr, const char **endptr, int base, int *result);
int qemu_strtoui(const char *nptr, const char **endptr, int base,
                 unsigned int *result);
int qemu_strtol(const char *nptr, const char **endptr, int base, long *result);
int qemu_strtoul(const char *nptr, const char **endptr, int base,
                 unsigned long *result);
int qemu_strtoi64(const char *nptr, const char **endptr, int base,
                  int64_t *result);
int qemu_strtou64(const char *nptr, const char **endptr, int base,
                  uint64_t *result);

/*
 * qemu_strtod: strtod with the conventions above.  No conversion stores
 * +0.0; overflow stores +/-HUGE_VAL and underflow +/-0.0 (or a denormal),
 * both with -ERANGE.
 */
int qemu_strtod(const char *nptr, const char **endptr, double *result);

/*
 * qemu_strtod_finite: qemu_strtod that rejects "inf", "nan" and values
 * that overflow with -EINVAL as if nothing had been converted (*@result
 * is 0.0 and *@endptr is @nptr).  Underflow is still -ERANGE.
 */
int qemu_strtod_finite(const char *nptr, const char **endptr, double *result);

/*
 * parse_uint: parse an unsigned integer, rejecting negative numbers.
 *
 * Syntax as strtoull: whitespace, an optional sign, an optional "0x" for
 * @base 0 or 16, digits.  No number (or NULL @s): -EINVAL, *@value = 0,
 * *@endptr = @s.  A negative number (even "-0"): -ERANGE, *@value = 0.
 * Overflow: -ERANGE, *@value = UINT64_MAX.  Both with *@endptr after the
 * number.  Otherwise 0.  A NULL @endptr requires the whole of @s to be
 * consumed: trailing characters are -EINVAL with *@value = 0.
 */
int parse_uint(const char *s, const char **endptr, int base, uint64_t *value);

/* parse_uint that also fails with -EINVAL unless all of @s is consumed. */
int parse_uint_full(const char *s, int base, uint64_t *value);

/*
 * Sizes, as QEMU 8.2 parses them:
 *
 * - a decimal number with an optional fraction ("1.5", ".5", "1."),
 *   then an optional suffix B, K, M, G, T, P or E (either case) scaling
 *   by powers of 1024 (qemu_strtosz, qemu_strtosz_MiB) or 1000
 *   (qemu_strtosz_metric);
 * - or a hexadecimal number "0x..." with neither fraction nor suffix
 *   ("0x1b" is 27: 'b' is a hex digit);
 * - without a suffix the unit is bytes, or MiB for qemu_strtosz_MiB;
 * - "1e3" is 1 EiB followed by trailing "3": there are no exponents.
 *
 * The result is rounded to a whole number of bytes, but a non-zero
 * fraction with byte scale ("1.1B", "0.5") is -EINVAL.  Negative numbers
 * (even "-0") and results above UINT64_MAX are -ERANGE with *@end after
 * what was parsed; -EINVAL (no number, hex with suffix or fraction,
 * "inf") leaves *@end = @nptr.  Trailing characters with a NULL @end
 * are -EINVAL.  *@result is 0 on every error.
 */
int qemu_strtosz(const char *nptr, const char **end, uint64_t *result);
int qemu_strtosz_MiB(const char *nptr, const char **end, uint64_t *result);
int qemu_strtosz_metric(const char *nptr, const char **end, uint64_t *result);

/*
 * size_to_str: @val as text in the largest binary unit that keeps the
 * number below 1000, three significant digits: "512 B", "1 KiB",
 * "1.5 GiB", "0.977 KiB" (1000), "16 EiB".  The caller frees it.
 */
char *size_to_str(uint64_t val);

/*
 * pstrcpy: copy @str into @buf of @buf_size bytes, truncating; the result
 * is always NUL-terminated (nothing happens if @buf_size <= 0).
 */
void pstrcpy(char *buf, int buf_size, const char *str);

/*
 * strstart: if @str starts with @val, set *@ptr (when not NULL) to the
 * rest of @str and return 1; else return 0.  stristart ignores ASCII
 * case.
 */
int strstart(const char *str, const char *val, const char **ptr);
int stristart(const char *str, const char *val, const char **ptr);

/*
 * qapi_bool_parse: "on", "yes", "true", "y" are true; "off", "no",
 * "false", "n" are false (case matters).  Anything else fails with
 * "Parameter '@name' expects 'on' or 'off'" and leaves *@obj alone.
 */
bool qapi_bool_parse(const char *name, const char *value, bool *obj,
                     Error **errp);

#endif
