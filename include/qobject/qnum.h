/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qnum.h: JSON numbers, kept in the representation they were made with:
 * a signed 64-bit integer, an unsigned 64-bit integer (only for values
 * above INT64_MAX) or a double.
 */
#ifndef QOBJECT_QNUM_H
#define QOBJECT_QNUM_H

#include "qobject/qobject.h"

typedef enum QNumKind {
    QNUM_I64,
    QNUM_U64,
    QNUM_DOUBLE,
} QNumKind;

struct QNum {
    QObject base;
    QNumKind kind;
    union {
        int64_t i64;
        uint64_t u64;
        double dbl;
    } u;
};

/* Constructors: a new QNum (one reference, the caller's). */
QNum *qnum_from_int(int64_t value);
QNum *qnum_from_uint(uint64_t value);
QNum *qnum_from_double(double value);

/* The value as int64_t if representable exactly (integers only). */
bool qnum_get_try_int(const QNum *qn, int64_t *val);
int64_t qnum_get_int(const QNum *qn);          /* asserts representable */
/* The value as uint64_t if representable exactly (integers only). */
bool qnum_get_try_uint(const QNum *qn, uint64_t *val);
uint64_t qnum_get_uint(const QNum *qn);        /* asserts representable */
/* The value as a double (integers convert, possibly rounding). */
double qnum_get_double(const QNum *qn);

/*
 * The number as JSON text (newly allocated): integers in decimal, doubles
 * as "%.17g" (QEMU's choice: always reads back as the same double, but
 * 0.1 prints as 0.10000000000000001), "inf"/"nan" for non-finite ones.
 */
char *qnum_to_string(const QNum *qn);

/*
 * For qobject_is_equal: @x and @y are QNums.  Equal if they hold the same
 * number exactly, whatever the representation: 1 == 1u == 1.0, but
 * 2^53 + 1 != (double)2^53.
 */
bool qnum_is_equal(const QObject *x, const QObject *y);
/* For qobject_destroy only. */
void qnum_destroy_obj(QObject *obj);

QOBJECT_DEFINE_AUTOPTR(QNum)

#endif
