/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for qobject/qobject.c, qnull.c and qbool.c: reference
 * counting, the null singleton, booleans, checked casts and
 * qobject_is_equal across all types.
 */
#include "qemu/osdep.h"
#include <math.h>
#include "qobject/qbool.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qnull.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"

static void test_null_singleton(void)
{
    size_t before = qnull_.base.refcnt;
    QNull *a = qnull();
    QNull *b = qnull();

    g_assert_true(a == &qnull_);
    g_assert_true(a == b);
    g_assert_cmpint(qobject_type(QOBJECT(a)), ==, QTYPE_QNULL);
    g_assert_cmpuint(qnull_.base.refcnt, ==, before + 2);
    qobject_unref(a);
    qobject_unref(b);
    g_assert_cmpuint(qnull_.base.refcnt, ==, before);
}

static void test_bool(void)
{
    QBool *t = qbool_from_bool(true);
    QBool *f = qbool_from_bool(false);

    g_assert_true(qbool_get_bool(t));
    g_assert_false(qbool_get_bool(f));
    g_assert_cmpint(qobject_type(QOBJECT(t)), ==, QTYPE_QBOOL);
    qobject_unref(t);
    qobject_unref(f);
}

static void test_refcount(void)
{
    QString *s = qstring_from_str("x");
    QObject *obj = QOBJECT(s);

    g_assert_cmpuint(obj->refcnt, ==, 1);
    g_assert_true(qobject_ref(s) == s);
    g_assert_cmpuint(obj->refcnt, ==, 2);
    /* qobject_ref and qobject_unref take QObject * as well. */
    g_assert_true(qobject_ref(obj) == obj);
    g_assert_cmpuint(obj->refcnt, ==, 3);
    qobject_unref(obj);
    qobject_unref(s);
    g_assert_cmpuint(obj->refcnt, ==, 1);
    qobject_unref(s);
}

static void test_unref_null(void)
{
    QDict *none = NULL;

    qobject_unref(none);
    g_assert_null(qobject_ref(none));
    g_assert_null(QOBJECT(none));
}

static void test_casts(void)
{
    QObject *objs[] = {
        QOBJECT(qnull()),
        QOBJECT(qbool_from_bool(true)),
        QOBJECT(qnum_from_int(1)),
        QOBJECT(qstring_from_str("s")),
        QOBJECT(qlist_new()),
        QOBJECT(qdict_new()),
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(objs); i++) {
        QType t = qobject_type(objs[i]);

        g_assert_true(!qobject_to(QNull, objs[i]) == (t != QTYPE_QNULL));
        g_assert_true(!qobject_to(QBool, objs[i]) == (t != QTYPE_QBOOL));
        g_assert_true(!qobject_to(QNum, objs[i]) == (t != QTYPE_QNUM));
        g_assert_true(!qobject_to(QString, objs[i]) ==
                      (t != QTYPE_QSTRING));
        g_assert_true(!qobject_to(QList, objs[i]) == (t != QTYPE_QLIST));
        g_assert_true(!qobject_to(QDict, objs[i]) == (t != QTYPE_QDICT));
        qobject_unref(objs[i]);
    }
    g_assert_null(qobject_to(QDict, NULL));
}

static void test_autoptr(void)
{
    g_autoptr(QDict) dict = qdict_new();
    g_autoptr(QList) list = qlist_new();
    g_autoptr(QString) str = qstring_from_str("a");
    g_autoptr(QNum) num = qnum_from_int(3);
    g_autoptr(QBool) b = qbool_from_bool(false);
    g_autoptr(QNull) null = qnull();
    g_autoptr(QObject) obj = QOBJECT(qdict_new());

    qdict_put(dict, "l", qobject_ref(list));
    g_assert_cmpuint(QOBJECT(list)->refcnt, ==, 2);
}

static void test_equal_scalars(void)
{
    g_autoptr(QBool) t1 = qbool_from_bool(true);
    g_autoptr(QBool) t2 = qbool_from_bool(true);
    g_autoptr(QBool) f = qbool_from_bool(false);
    g_autoptr(QString) s1 = qstring_from_str("abc");
    g_autoptr(QString) s2 = qstring_from_str("abc");
    g_autoptr(QString) s3 = qstring_from_str("abd");
    g_autoptr(QNum) one = qnum_from_int(1);

    g_assert_true(qobject_is_equal(NULL, NULL));
    g_assert_false(qobject_is_equal(QOBJECT(t1), NULL));
    g_assert_false(qobject_is_equal(NULL, QOBJECT(t1)));
    g_assert_true(qobject_is_equal(QOBJECT(&qnull_), QOBJECT(&qnull_)));
    g_assert_true(qobject_is_equal(QOBJECT(t1), QOBJECT(t2)));
    g_assert_false(qobject_is_equal(QOBJECT(t1), QOBJECT(f)));
    g_assert_true(qobject_is_equal(QOBJECT(s1), QOBJECT(s2)));
    g_assert_false(qobject_is_equal(QOBJECT(s1), QOBJECT(s3)));
    /* Different types never compare equal, not even true and 1. */
    g_assert_false(qobject_is_equal(QOBJECT(t1), QOBJECT(one)));
    g_assert_false(qobject_is_equal(QOBJECT(&qnull_), QOBJECT(f)));
}

static void test_equal_containers(void)
{
    g_autoptr(QList) l1 = qlist_new();
    g_autoptr(QList) l2 = qlist_new();
    g_autoptr(QDict) d1 = qdict_new();
    g_autoptr(QDict) d2 = qdict_new();

    g_assert_true(qobject_is_equal(QOBJECT(l1), QOBJECT(l2)));
    g_assert_true(qobject_is_equal(QOBJECT(d1), QOBJECT(d2)));
    qlist_append_int(l1, 1);
    qlist_append(l2, qnum_from_double(1.0));
    g_assert_true(qobject_is_equal(QOBJECT(l1), QOBJECT(l2)));
    qlist_append_null(l1);
    g_assert_false(qobject_is_equal(QOBJECT(l1), QOBJECT(l2)));
    g_assert_false(qobject_is_equal(QOBJECT(l2), QOBJECT(l1)));
    qlist_append_str(l2, "x");
    g_assert_false(qobject_is_equal(QOBJECT(l1), QOBJECT(l2)));

    /* Dict equality ignores order. */
    qdict_put_int(d1, "a", 1);
    qdict_put(d1, "b", qobject_ref(l1));
    qdict_put(d2, "b", qlist_copy(l1));
    qdict_put_int(d2, "a", 1);
    g_assert_true(qobject_is_equal(QOBJECT(d1), QOBJECT(d2)));
    qdict_put_int(d2, "a", 2);
    g_assert_false(qobject_is_equal(QOBJECT(d1), QOBJECT(d2)));
    qdict_del(d2, "a");
    g_assert_false(qobject_is_equal(QOBJECT(d1), QOBJECT(d2)));
    qdict_put_int(d2, "c", 1);
    g_assert_false(qobject_is_equal(QOBJECT(d1), QOBJECT(d2)));
}

static void test_equal_nan(void)
{
    g_autoptr(QNum) nan = qnum_from_double(NAN);

    /* A NaN differs even from itself. */
    g_assert_false(qobject_is_equal(QOBJECT(nan), QOBJECT(nan)));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/qobject/null/singleton", test_null_singleton);
    g_test_add_func("/qobject/bool/from-get", test_bool);
    g_test_add_func("/qobject/refcount", test_refcount);
    g_test_add_func("/qobject/unref-null", test_unref_null);
    g_test_add_func("/qobject/casts", test_casts);
    g_test_add_func("/qobject/autoptr", test_autoptr);
    g_test_add_func("/qobject/equal/scalars", test_equal_scalars);
    g_test_add_func("/qobject/equal/containers", test_equal_containers);
    g_test_add_func("/qobject/equal/nan", test_equal_nan);
    return g_test_run();
}
