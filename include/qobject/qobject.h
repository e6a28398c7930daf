/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qobject.h: reference-counted dynamic values (the JSON data model).
 *
 * Every value type (QNull, QBool, QNum, QString, QList, QDict) starts with a
 * QObject header holding its type and reference count.  A new object has a
 * count of 1; qobject_unref frees it when the count drops to zero.
 * Containers own a reference to each element.
 */
#ifndef QOBJECT_QOBJECT_H
#define QOBJECT_QOBJECT_H

typedef enum QType {
    QTYPE_NONE,
    QTYPE_QNULL,
    QTYPE_QNUM,
    QTYPE_QSTRING,
    QTYPE_QDICT,
    QTYPE_QLIST,
    QTYPE_QBOOL,
    QTYPE__MAX,
} QType;

typedef struct QObject {
    QType type;
    size_t refcnt;
} QObject;

typedef struct QNull QNull;
typedef struct QBool QBool;
typedef struct QNum QNum;
typedef struct QString QString;
typedef struct QList QList;
typedef struct QDict QDict;

/*
 * The QObject header of any value pointer (NULL stays NULL).  Every value
 * type has its QObject header as first member (the .c files assert it), so
 * the conversion is a cast; the _Generic list makes a pointer of any other
 * type a compile-time error.  @obj is evaluated once.
 */
#define QOBJECT(obj) ((QObject *)_Generic((obj),              \
    QObject *: (obj), const QObject *: (obj),                 \
    QNull *: (obj), const QNull *: (obj),                     \
    QBool *: (obj), const QBool *: (obj),                     \
    QNum *: (obj), const QNum *: (obj),                       \
    QString *: (obj), const QString *: (obj),                 \
    QList *: (obj), const QList *: (obj),                     \
    QDict *: (obj), const QDict *: (obj)))

/* For the value types' constructors: set @type and a count of 1. */
void qobject_init(QObject *obj, QType type);

/* Destroy @obj; called by qobject_unref when the count reaches zero. */
void qobject_destroy(QObject *obj);

static inline void qobject_ref_impl(QObject *obj)
{
    if (obj) {
        obj->refcnt++;
    }
}

static inline void qobject_unref_impl(QObject *obj)
{
    assert(!obj || obj->refcnt);
    if (obj && --obj->refcnt == 0) {
        qobject_destroy(obj);
    }
}

/* Take a reference; returns @obj for convenience. */
#define qobject_ref(obj) ({                                   \
    __typeof__(obj) r_ = (obj);                               \
    qobject_ref_impl(QOBJECT(r_));                            \
    r_;                                                       \
})

/* Drop a reference (NULL is fine). */
#define qobject_unref(obj) qobject_unref_impl(QOBJECT(obj))

static inline QType qobject_type(const QObject *obj)
{
    assert(QTYPE_NONE < obj->type && obj->type < QTYPE__MAX);
    return obj->type;
}

/* @obj cast to a QDict, QList, ... or NULL if it is another type. */
QNull *qobject_to_qnull(const QObject *obj);
QBool *qobject_to_qbool(const QObject *obj);
QNum *qobject_to_qnum(const QObject *obj);
QString *qobject_to_qstring(const QObject *obj);
QList *qobject_to_qlist(const QObject *obj);
QDict *qobject_to_qdict(const QObject *obj);

/* qobject_to(QDict, obj) and friends. */
#define qobject_to_QNull(obj) qobject_to_qnull(obj)
#define qobject_to_QBool(obj) qobject_to_qbool(obj)
#define qobject_to_QNum(obj) qobject_to_qnum(obj)
#define qobject_to_QString(obj) qobject_to_qstring(obj)
#define qobject_to_QList(obj) qobject_to_qlist(obj)
#define qobject_to_QDict(obj) qobject_to_qdict(obj)
#define qobject_to(type, obj) qobject_to_##type(obj)

/*
 * True if @x and @y hold the same value.  Numbers compare by value across
 * representations where exact (1 == 1.0); NaN differs from itself.
 */
bool qobject_is_equal(const QObject *x, const QObject *y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(QObject, qobject_unref_impl)

/* g_autoptr(Type) support for a value type; use after its struct. */
#define QOBJECT_DEFINE_AUTOPTR(Type)                                  \
    static inline void Type##_autoptr_unref_(Type *p)                 \
    {                                                                 \
        qobject_unref(p);                                             \
    }                                                                 \
    G_DEFINE_AUTOPTR_CLEANUP_FUNC(Type, Type##_autoptr_unref_)

#endif
