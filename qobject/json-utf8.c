/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * json-utf8.c: the UTF-8 rules of JSON strings, as QEMU applies them.
 *
 * Strings are "modified UTF-8": the two-byte form C0 80 stands for U+0000
 * so that a string may hold it and still be a C string.  Everything else
 * follows RFC 3629, and in addition noncharacters are refused.
 */
#include "qemu/osdep.h"
#include "json-parser-int.h"

static bool json_utf8_is_valid(unsigned cp)
{
    if (cp > 0x10FFFF) {
        return false;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
        return false;               /* surrogates */
    }
    /* Noncharacters: U+FDD0..U+FDEF and the last two of every plane. */
    return !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE;
}

int json_utf8_decode(const char *s, size_t n, const char **end)
{
    /* The smallest code point that needs a sequence of each length. */
    static const unsigned min_cp[7] = {
        0, 0, 0x80, 0x800, 0x10000, 0x200000, 0x4000000,
    };
    const unsigned char *p = (const unsigned char *)s;
    unsigned lead, cp;
    size_t len, i;

    if (n == 0 || !*p) {
        *end = s;
        return -1;
    }
    lead = *p++;
    if (lead < 0x80) {
        *end = (const char *)p;
        return lead;
    }
    if (lead < 0xC0 || lead >= 0xFE) {
        /* A stray continuation byte, or bytes no UTF-8 text holds. */
        *end = (const char *)p;
        return -1;
    }
    for (len = 0; lead & (0x80 >> len); len++) {
        continue;
    }
    cp = lead & (0x7F >> len);
    for (i = 1; i < len; i++) {
        if (i >= n || (*p & 0xC0) != 0x80) {
            *end = (const char *)p;
            return -1;
        }
        cp = (cp << 6) | (*p++ & 0x3F);
    }
    *end = (const char *)p;
    if (len == 2 && cp == 0) {
        return 0;
    }
    if (cp < min_cp[len] || !json_utf8_is_valid(cp)) {
        return -1;
    }
    return cp;
}

int json_utf8_encode(char buf[5], int cp)
{
    unsigned char *p = (unsigned char *)buf;
    int len;

    if (cp < 0 || !json_utf8_is_valid(cp)) {
        return -1;
    }
    if (cp > 0 && cp < 0x80) {
        p[0] = cp;
        len = 1;
    } else if (cp < 0x800) {
        p[0] = 0xC0 | (cp >> 6);
        p[1] = 0x80 | (cp & 0x3F);
        len = 2;
    } else if (cp < 0x10000) {
        p[0] = 0xE0 | (cp >> 12);
        p[1] = 0x80 | ((cp >> 6) & 0x3F);
        p[2] = 0x80 | (cp & 0x3F);
        len = 3;
    } else {
        p[0] = 0xF0 | (cp >> 18);
        p[1] = 0x80 | ((cp >> 12) & 0x3F);
        p[2] = 0x80 | ((cp >> 6) & 0x3F);
        p[3] = 0x80 | (cp & 0x3F);
        len = 4;
    }
    p[len] = 0;
    return len;
}
