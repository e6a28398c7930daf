/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qnum.c: JSON numbers.  A QNum remembers whether it was made from a
 * signed integer, an unsigned integer or a double; conversions between the
 * three are only done when exact, except qnum_get_double which may round.
 */
#include "qemu/osdep.h"
#include "qobject/qnum.h"

static QNum *qnum_new(QNumKind kind)
{
    QNum *qn = g_new(QNum, 1);

    qobject_init(QOBJECT(qn), QTYPE_QNUM);
    qn->kind = kind;
    return qn;
}

QNum *qnum_from_int(int64_t value)
{
    QNum *qn = qnum_new(QNUM_I64);

    qn->u.i64 = value;
    return qn;
}

QNum *qnum_from_uint(uint64_t value)
{
    QNum *qn = qnum_new(QNUM_U64);

    qn->u.u64 = value;
    return qn;
}

QNum *qnum_from_double(double value)
{
    QNum *qn = qnum_new(QNUM_DOUBLE);

    qn->u.dbl = value;
    return qn;
}

bool qnum_get_try_int(const QNum *qn, int64_t *val)
{
    switch (qn->kind) {
    case QNUM_I64:
        *val = qn->u.i64;
        return true;
    case QNUM_U64:
        if (qn->u.u64 > INT64_MAX) {
            return false;
        }
        *val = qn->u.u64;
        return true;
    default:
        return false;
    }
}

int64_t qnum_get_int(const QNum *qn)
{
    int64_t val = 0;
    bool ok = qnum_get_try_int(qn, &val);

    assert(ok);
    return val;
}

bool qnum_get_try_uint(const QNum *qn, uint64_t *val)
{
    switch (qn->kind) {
    case QNUM_I64:
        if (qn->u.i64 < 0) {
            return false;
        }
        *val = qn->u.i64;
        return true;
    case QNUM_U64:
        *val = qn->u.u64;
        return true;
    default:
        return false;
    }
}

uint64_t qnum_get_uint(const QNum *qn)
{
    uint64_t val = 0;
    bool ok = qnum_get_try_uint(qn, &val);

    assert(ok);
    return val;
}

double qnum_get_double(const QNum *qn)
{
    switch (qn->kind) {
    case QNUM_I64:
        return qn->u.i64;
    case QNUM_U64:
        return qn->u.u64;
    default:
        return qn->u.dbl;
    }
}

char *qnum_to_string(const QNum *qn)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];

    switch (qn->kind) {
    case QNUM_I64:
        return g_strdup_printf("%" PRId64, qn->u.i64);
    case QNUM_U64:
        return g_strdup_printf("%" PRIu64, qn->u.u64);
    default:
        /*
         * 17 significant digits always read back as the same double.
         * The ASCII variant keeps '.' whatever the locale says.
         */
        return g_strdup(g_ascii_formatd(buf, sizeof(buf), "%.17g",
                                        qn->u.dbl));
    }
}

/* True if the double @d holds exactly the integer @i. */
static bool double_is_int(double d, int64_t i)
{
    /* The range test also rejects NaN. */
    if (!(d >= -0x1p63 && d < 0x1p63)) {
        return false;
    }
    return (int64_t)d == i && (double)(int64_t)d == d;
}

static bool double_is_uint(double d, uint64_t u)
{
    if (!(d >= 0 && d < 0x1p64)) {
        return false;
    }
    return (uint64_t)d == u && (double)(uint64_t)d == d;
}

bool qnum_is_equal(const QObject *x, const QObject *y)
{
    const QNum *a = qobject_to(QNum, x);
    const QNum *b = qobject_to(QNum, y);

    if (a->kind > b->kind) {
        const QNum *t = a;

        a = b;
        b = t;
    }
    /* Now a->kind <= b->kind: six cases instead of nine. */
    switch (a->kind) {
    case QNUM_I64:
        switch (b->kind) {
        case QNUM_I64:
            return a->u.i64 == b->u.i64;
        case QNUM_U64:
            return a->u.i64 >= 0 && (uint64_t)a->u.i64 == b->u.u64;
        default:
            return double_is_int(b->u.dbl, a->u.i64);
        }
    case QNUM_U64:
        if (b->kind == QNUM_U64) {
            return a->u.u64 == b->u.u64;
        }
        return double_is_uint(b->u.dbl, a->u.u64);
    default:
        return a->u.dbl == b->u.dbl;
    }
}

void qnum_destroy_obj(QObject *obj)
{
    g_free(qobject_to(QNum, obj));
}
