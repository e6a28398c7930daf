/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cutils.h: strict number and size parsing, and small string helpers.
 *
 * The qemu_strto* functions return 0 on success or a negative errno:
 * -EINVAL for NULL, empty or non-numeric input, or trailing characters when
 * @endptr is NULL; -ERANGE on overflow (the result is then clamped as
 * strtol does).  With a non-NULL @endptr, parsing stops at the first
 * character that is not part of the number and *endptr points there.
 * Leading whitespace is skipped.  The unsigned forms accept a leading '-'
 * as strtoul does (negated modulo 2^N) but report -ERANGE when the
 * magnitude overflows.
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
int qemu_strtod(const char *nptr, const char **endptr, double *result);
/* qemu_strtod, but -EINVAL for NaN and -ERANGE for infinity. */
int qemu_strtod_finite(const char *nptr, const char **endptr, double *result);

/*
 * Sizes: a number (decimal, or hexadecimal with 0x and no fraction) with an
 * optional fraction and an optional suffix B, K/k, M, G, T, P, E (powers of
 * 1024).  Without a suffix the unit is bytes (qemu_strtosz), MiB
 * (qemu_strtosz_MiB) or bytes with 'B' not needed (qemu_strtosz_metric uses
 * powers of 1000).  "1.5G" is 1.5 GiB; a result that is not a whole number
 * of bytes, a negative number, or one above UINT64_MAX is an error
 * (-EINVAL / -ERANGE).
 */
int qemu_strtosz(const char *nptr, const char **end, uint64_t *result);
int qemu_strtosz_MiB(const char *nptr, const char **end, uint64_t *result);
int qemu_strtosz_metric(const char *nptr, const char **end, uint64_t *result);

/* "1 KiB", "1.5 GiB", "512 B" style text for @val (newly allocated). */
char *size_to_str(uint64_t val);

/* Copy @str into @buf of @buf_size, truncating; always NUL-terminated. */
void pstrcpy(char *buf, int buf_size, const char *str);
/* If @str starts with @val, set *@ptr after it and return 1; else 0. */
int strstart(const char *str, const char *val, const char **ptr);
int stristart(const char *str, const char *val, const char **ptr);

/* Parse "on"/"yes"/"true"/"y" and "off"/"no"/"false"/"n" (QEMU's set). */
bool qapi_bool_parse(const char *name, const char *value, bool *obj,
                     Error **errp);

#endif
