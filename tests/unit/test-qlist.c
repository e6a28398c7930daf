/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Unit tests for qobject/qlist.c. */
#include "qemu/osdep.h"
#include "qobject/qbool.h"
#include "qobject/qlist.h"
#include "qobject/qnull.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"

static void test_new(void)
{
    g_autoptr(QList) list = qlist_new();

    g_assert_true(qlist_empty(list));
    g_assert_cmpuint(qlist_size(list), ==, 0);
    g_assert_null(qlist_peek(list));
    g_assert_null(qlist_pop(list));
    g_assert_null(qlist_first(list));
    g_assert_cmpint(qobject_type(QOBJECT(list)), ==, QTYPE_QLIST);
}

static void test_append_typed(void)
{
    g_autoptr(QList) list = qlist_new();
    const QListEntry *e;

    qlist_append_int(list, 7);
    qlist_append_bool(list, true);
    qlist_append_str(list, "s");
    qlist_append_null(list);
    g_assert_false(qlist_empty(list));
    g_assert_cmpuint(qlist_size(list), ==, 4);

    e = qlist_first(list);
    g_assert_cmpint(qnum_get_int(qobject_to(QNum, qlist_entry_obj(e))), ==,
                    7);
    e = qlist_next(e);
    g_assert_true(qbool_get_bool(qobject_to(QBool, qlist_entry_obj(e))));
    e = qlist_next(e);
    g_assert_cmpstr(qstring_get_str(qobject_to(QString,
                                               qlist_entry_obj(e))), ==, "s");
    e = qlist_next(e);
    g_assert_nonnull(qobject_to(QNull, qlist_entry_obj(e)));
    g_assert_null(qlist_next(e));
}

static void test_append_takes_reference(void)
{
    g_autoptr(QList) list = qlist_new();
    QString *s = qstring_from_str("x");

    qlist_append(list, s);
    g_assert_cmpuint(QOBJECT(s)->refcnt, ==, 1);
    g_assert_true(qlist_peek(list) == QOBJECT(s));
}

static void test_pop_order(void)
{
    g_autoptr(QList) list = qlist_new();
    QObject *obj;
    int64_t i;

    for (i = 0; i < 5; i++) {
        qlist_append_int(list, i);
    }
    for (i = 0; i < 5; i++) {
        obj = qlist_pop(list);
        g_assert_cmpint(qnum_get_int(qobject_to(QNum, obj)), ==, i);
        qobject_unref(obj);
    }
    g_assert_true(qlist_empty(list));
    /* The tail is reset too: appending after emptying works. */
    qlist_append_int(list, 9);
    g_assert_cmpuint(qlist_size(list), ==, 1);
}

static void test_foreach(void)
{
    g_autoptr(QList) list = qlist_new();
    const QListEntry *e;
    int64_t sum = 0;

    qlist_append_int(list, 1);
    qlist_append_int(list, 2);
    qlist_append_int(list, 3);
    QLIST_FOREACH_ENTRY(list, e) {
        sum += qnum_get_int(qobject_to(QNum, qlist_entry_obj(e)));
    }
    g_assert_cmpint(sum, ==, 6);
}

static void test_copy_is_shallow(void)
{
    g_autoptr(QList) list = qlist_new();
    g_autoptr(QList) copy = NULL;
    QList *inner = qlist_new();

    qlist_append(list, inner);
    qlist_append_int(list, 1);
    copy = qlist_copy(list);
    g_assert_cmpuint(qlist_size(copy), ==, 2);
    g_assert_true(qlist_peek(copy) == QOBJECT(inner));
    g_assert_cmpuint(QOBJECT(inner)->refcnt, ==, 2);
    g_assert_true(qobject_is_equal(QOBJECT(list), QOBJECT(copy)));
}

static void test_equal(void)
{
    g_autoptr(QList) a = qlist_new();
    g_autoptr(QList) b = qlist_new();

    qlist_append_int(a, 1);
    qlist_append_int(b, 2);
    g_assert_false(qlist_is_equal(QOBJECT(a), QOBJECT(b)));
    qobject_unref(qlist_pop(b));
    qlist_append_int(b, 1);
    g_assert_true(qlist_is_equal(QOBJECT(a), QOBJECT(b)));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/qobject/qlist/new", test_new);
    g_test_add_func("/qobject/qlist/append-typed", test_append_typed);
    g_test_add_func("/qobject/qlist/append-takes-reference",
                    test_append_takes_reference);
    g_test_add_func("/qobject/qlist/pop-order", test_pop_order);
    g_test_add_func("/qobject/qlist/foreach", test_foreach);
    g_test_add_func("/qobject/qlist/copy-is-shallow", test_copy_is_shallow);
    g_test_add_func("/qobject/qlist/equal", test_equal);
    return g_test_run();
}
