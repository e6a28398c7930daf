/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for QOM properties (qom/object-prop.c, qom/qom-qobject.c):
 * adding, finding, iterating and deleting them, the typed kinds, values
 * in each form (typed, key=value, -global string) with QEMU's messages,
 * defaults, aliases and printing.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qbool.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qnull.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"
#include "qom/object.h"
#include "qom/object_interfaces.h"
#include "qom/qom-qobject.h"

#define TYPE_TEST_PROPS "test-props"
#define TYPE_TEST_PROPS_SUB "test-props-sub"

typedef enum TestColor {
    TEST_COLOR_RED,
    TEST_COLOR_GREEN,
    TEST_COLOR_BLUE,
} TestColor;

static const char *const test_color_names[] = { "red", "green", "blue" };
static const QEnumLookup test_color_lookup = {
    .array = test_color_names,
    .size = ARRAY_SIZE(test_color_names),
};

OBJECT_DECLARE_SIMPLE_TYPE(PropsState, TEST_PROPS)

struct PropsState {
    Object parent_obj;
    bool b;
    char *s;
    int color;
    int64_t i;
    uint64_t size;
    uint8_t u8;
    uint16_t u16;
    uint32_t u32;
    uint64_t u64;
    int32_t i32;
    double num;
    bool fail_get;          /* getters fail */
    bool b_at_init;         /* value of b when instance_init ran */
    int releases;
};

static uint32_t shared_u32;

/* *@errp holds an error with message @msg; free it and clear *@errp. */
static void check_err(Error **errp, const char *msg)
{
    g_assert_nonnull(*errp);
    g_assert_cmpstr(error_get_pretty(*errp), ==, msg);
    error_free(*errp);
    *errp = NULL;
}

static bool get_b(Object *obj, Error **errp)
{
    if (TEST_PROPS(obj)->fail_get) {
        error_setg(errp, "no b today");
        return false;
    }
    return TEST_PROPS(obj)->b;
}

static void set_b(Object *obj, bool value, Error **errp)
{
    TEST_PROPS(obj)->b = value;
}

static char *get_s(Object *obj, Error **errp)
{
    if (TEST_PROPS(obj)->fail_get) {
        error_setg(errp, "no s today");
        return NULL;
    }
    return g_strdup(TEST_PROPS(obj)->s);
}

static void set_s(Object *obj, const char *value, Error **errp)
{
    if (g_str_equal(value, "bad")) {
        error_setg(errp, "'bad' is not a good value");
        return;
    }
    g_free(TEST_PROPS(obj)->s);
    TEST_PROPS(obj)->s = g_strdup(value);
}

static int get_color(Object *obj, Error **errp)
{
    if (TEST_PROPS(obj)->fail_get) {
        error_setg(errp, "no color today");
        return -1;
    }
    return TEST_PROPS(obj)->color;
}

static void set_color(Object *obj, int value, Error **errp)
{
    TEST_PROPS(obj)->color = value;
}

static int64_t get_i(Object *obj, Error **errp)
{
    if (TEST_PROPS(obj)->fail_get) {
        error_setg(errp, "no i today");
        return 0;
    }
    return TEST_PROPS(obj)->i;
}

static void set_i(Object *obj, int64_t value, Error **errp)
{
    TEST_PROPS(obj)->i = value;
}

static uint64_t get_size(Object *obj, Error **errp)
{
    if (TEST_PROPS(obj)->fail_get) {
        error_setg(errp, "no size today");
        return 0;
    }
    return TEST_PROPS(obj)->size;
}

static void set_size(Object *obj, uint64_t value, Error **errp)
{
    TEST_PROPS(obj)->size = value;
}

/* Raw accessors exercising the qom_input_* helpers not used elsewhere. */
static void get_i32(Object *obj, const char *name, QObject **value,
                    void *opaque, Error **errp)
{
    *value = QOBJECT(qnum_from_int(TEST_PROPS(obj)->i32));
}

static void set_i32(Object *obj, const char *name, QObject **value,
                    void *opaque, Error **errp)
{
    qom_input_int32(name, *value, &TEST_PROPS(obj)->i32, errp);
}

static void set_i8(Object *obj, const char *name, QObject **value,
                   void *opaque, Error **errp)
{
    int8_t v;

    if (qom_input_int8(name, *value, &v, errp)) {
        TEST_PROPS(obj)->i32 = v;
    }
}

static void set_i16(Object *obj, const char *name, QObject **value,
                    void *opaque, Error **errp)
{
    int16_t v;

    if (qom_input_int16(name, *value, &v, errp)) {
        TEST_PROPS(obj)->i32 = v;
    }
}

static void get_num(Object *obj, const char *name, QObject **value,
                    void *opaque, Error **errp)
{
    *value = QOBJECT(qnum_from_double(TEST_PROPS(obj)->num));
}

static void set_num(Object *obj, const char *name, QObject **value,
                    void *opaque, Error **errp)
{
    qom_input_number(name, *value, &TEST_PROPS(obj)->num, errp);
}

static void get_list(Object *obj, const char *name, QObject **value,
                     void *opaque, Error **errp)
{
    QList *list = qlist_new();

    qlist_append_int(list, 1);
    *value = QOBJECT(list);
}

static void get_null(Object *obj, const char *name, QObject **value,
                     void *opaque, Error **errp)
{
    *value = QOBJECT(qnull());
}

static void set_any(Object *obj, const char *name, QObject **value,
                    void *opaque, Error **errp)
{
}

static void count_release(Object *obj, const char *name, void *opaque)
{
    TEST_PROPS(obj)->releases++;
}

static void props_class_init(ObjectClass *oc, void *data)
{
    ObjectProperty *prop;

    prop = object_class_property_add_bool(oc, "b", get_b, set_b);
    object_property_set_default_bool(prop, true);
    object_class_property_set_description(oc, "b", "a boolean");
    prop = object_class_property_add_str(oc, "s", get_s, set_s);
    object_property_set_default_str(prop, "hello");
    prop = object_class_property_add_enum(oc, "color", "TestColor",
                                          &test_color_lookup, get_color,
                                          set_color);
    object_property_set_default_str(prop, "green");
    prop = object_class_property_add_int(oc, "i", -5, 10, get_i, set_i);
    object_property_set_default_int(prop, -1);
    prop = object_class_property_add_size(oc, "size", get_size, set_size);
    object_property_set_default_uint(prop, 1 * MiB);
    object_class_property_add_uint32_ptr(oc, "shared", &shared_u32,
                                         OBJ_PROP_FLAG_READWRITE);
    object_class_property_add_bool(oc, "ro", get_b, NULL);
    object_class_property_add_bool(oc, "wo", NULL, set_b);
    object_class_property_add_str(oc, "s-ro", get_s, NULL);
    object_class_property_add_enum(oc, "color-ro", "TestColor",
                                   &test_color_lookup, get_color, NULL);
    object_class_property_add_int(oc, "i-ro", 0, 1, get_i, NULL);
    object_class_property_add_size(oc, "size-ro", get_size, NULL);
    object_class_property_add(oc, "i32", "int32", get_i32, set_i32, NULL,
                              NULL);
    object_class_property_add(oc, "i8", "int8", NULL, set_i8, NULL, NULL);
    object_class_property_add(oc, "i16", "int16", NULL, set_i16, NULL,
                              NULL);
    object_class_property_add(oc, "num", "number", get_num, set_num, NULL,
                              NULL);
    object_class_property_add(oc, "list", "list", get_list, set_any, NULL,
                              NULL);
    object_class_property_add(oc, "null", "null", get_null, NULL, NULL,
                              NULL);
}

static void props_init(Object *obj)
{
    PropsState *s = TEST_PROPS(obj);

    s->b_at_init = s->b;
    object_property_add_uint8_ptr(obj, "u8", &s->u8,
                                  OBJ_PROP_FLAG_READWRITE);
    object_property_add_uint16_ptr(obj, "u16", &s->u16,
                                   OBJ_PROP_FLAG_READWRITE);
    object_property_add_uint32_ptr(obj, "u32", &s->u32, OBJ_PROP_FLAG_READ);
    object_property_add_uint64_ptr(obj, "u64", &s->u64,
                                   OBJ_PROP_FLAG_READWRITE);
    object_property_add_bool(obj, "ib", get_b, set_b);
    object_property_add_str(obj, "is", get_s, set_s);
    object_property_add_enum(obj, "icolor", "TestColor",
                             &test_color_lookup, get_color, set_color);
    object_property_add_int(obj, "ii", 0, 100, get_i, set_i);
    object_property_add_size(obj, "isize", get_size, set_size);
    object_property_add(obj, "counted", "int", NULL, NULL, count_release,
                        NULL);
}

static void props_finalize(Object *obj)
{
    g_free(TEST_PROPS(obj)->s);
}

static const TypeInfo props_info = {
    .name = TYPE_TEST_PROPS,
    .parent = TYPE_OBJECT,
    .instance_size = sizeof(PropsState),
    .instance_init = props_init,
    .instance_finalize = props_finalize,
    .class_init = props_class_init,
};

static void props_sub_class_init(ObjectClass *oc, void *data)
{
    object_class_property_add_uint8_ptr(oc, "c8", NULL, 0);
    object_class_property_add_uint16_ptr(oc, "c16", NULL, 0);
    object_class_property_add_uint64_ptr(oc, "c64", NULL, 0);
}

static const TypeInfo props_sub_info = {
    .name = TYPE_TEST_PROPS_SUB,
    .parent = TYPE_TEST_PROPS,
    .class_init = props_sub_class_init,
};

static Object *new_props(void)
{
    return object_new(TYPE_TEST_PROPS);
}

/* ---- The property table ---- */

static void test_find(void)
{
    Object *obj = new_props();
    ObjectClass *oc = object_get_class(obj);
    Error *err = NULL;

    g_assert_nonnull(object_property_find(obj, "b"));
    g_assert_nonnull(object_property_find(obj, "u8"));
    g_assert_nonnull(object_property_find(obj, "type"));
    g_assert_null(object_property_find(obj, "nope"));
    g_assert_null(object_property_find_err(obj, "nope", &err));
    check_err(&err, "Property 'test-props.nope' not found");
    g_assert_nonnull(object_class_property_find_err(oc, "type", NULL));
    g_assert_null(object_class_property_find(oc, "u8"));
    g_assert_null(object_class_property_find_err(oc, "nope", &err));
    check_err(&err, "Property '.nope' not found");
    g_assert_cmpstr(object_property_get_type(obj, "b", NULL), ==, "bool");
    g_assert_cmpstr(object_property_get_type(obj, "s", NULL), ==, "string");
    g_assert_cmpstr(object_property_get_type(obj, "color", NULL), ==,
                    "TestColor");
    g_assert_cmpstr(object_property_get_type(obj, "u16", NULL), ==,
                    "uint16");
    g_assert_cmpstr(object_property_get_type(obj, "size", NULL), ==, "size");
    g_assert_null(object_property_get_type(obj, "nope", &err));
    check_err(&err, "Property 'test-props.nope' not found");
    object_unref(obj);
}

static void test_duplicate(void)
{
    Object *obj = new_props();
    Error *err = NULL;

    /* A class property blocks an object property of the same name. */
    g_assert_null(object_property_try_add(obj, "b", "bool", NULL, NULL,
                                          NULL, NULL, &err));
    check_err(&err, "attempt to add duplicate property 'b' to object "
              "(type 'test-props')");
    g_assert_null(object_property_try_add(obj, "u8", "int", NULL, NULL,
                                          NULL, NULL, &err));
    check_err(&err, "attempt to add duplicate property 'u8' to object "
              "(type 'test-props')");
    object_unref(obj);
}

static void test_array_name(void)
{
    Object *obj = new_props();
    ObjectProperty *p0, *p1;

    p0 = object_property_add(obj, "slot[*]", "int", NULL, NULL, NULL, NULL);
    p1 = object_property_add(obj, "slot[*]", "int", NULL, NULL, NULL, NULL);
    g_assert_cmpstr(p0->name, ==, "slot[0]");
    g_assert_cmpstr(p1->name, ==, "slot[1]");
    object_property_del(obj, "slot[0]");
    p0 = object_property_add(obj, "slot[*]", "int", NULL, NULL, NULL, NULL);
    g_assert_cmpstr(p0->name, ==, "slot[0]");
    object_unref(obj);
}

static void test_del(void)
{
    Object *obj = new_props();

    object_property_del(obj, "counted");
    g_assert_cmpint(TEST_PROPS(obj)->releases, ==, 1);
    g_assert_null(object_property_find(obj, "counted"));
    object_property_del(obj, "u8");
    g_assert_null(object_property_find(obj, "u8"));
    object_unref(obj);
}

static void test_release_on_finalize(void)
{
    PropsState s;

    /* Embedded, so the state can be looked at after finalization. */
    object_initialize(&s, sizeof(s), TYPE_TEST_PROPS);
    object_unref(&s);
    g_assert_cmpint(s.releases, ==, 1);
}

static void test_iter(void)
{
    Object *obj = new_props();
    g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
    ObjectPropertyIterator iter;
    ObjectProperty *prop;

    object_property_iter_init(&iter, obj);
    while ((prop = object_property_iter_next(&iter))) {
        g_assert_true(g_hash_table_add(seen, prop->name));
    }
    g_assert_true(g_hash_table_contains(seen, "u8"));
    g_assert_true(g_hash_table_contains(seen, "b"));
    g_assert_true(g_hash_table_contains(seen, "type"));

    g_hash_table_remove_all(seen);
    object_class_property_iter_init(&iter, object_get_class(obj));
    while ((prop = object_property_iter_next(&iter))) {
        g_assert_true(g_hash_table_add(seen, prop->name));
    }
    g_assert_false(g_hash_table_contains(seen, "u8"));
    g_assert_true(g_hash_table_contains(seen, "b"));
    g_assert_true(g_hash_table_contains(seen, "type"));
    object_unref(obj);
}

static void test_description(void)
{
    Object *obj = new_props();

    g_assert_cmpstr(object_property_find(obj, "b")->description, ==,
                    "a boolean");
    object_property_set_description(obj, "u8", "eight bits");
    g_assert_cmpstr(object_property_find(obj, "u8")->description, ==,
                    "eight bits");
    object_property_set_description(obj, "u8", NULL);
    g_assert_null(object_property_find(obj, "u8")->description);
    object_unref(obj);
}

static void test_defaults(void)
{
    Object *obj = new_props();
    PropsState *s = TEST_PROPS(obj);
    ObjectProperty *prop = object_property_find(obj, "size");

    /* Defaults are set before instance_init runs. */
    g_assert_true(s->b_at_init);
    g_assert_true(s->b);
    g_assert_cmpstr(s->s, ==, "hello");
    g_assert_cmpint(s->color, ==, TEST_COLOR_GREEN);
    g_assert_cmpint(s->i, ==, -1);
    g_assert_cmpuint(s->size, ==, 1 * MiB);
    g_assert_cmpint(qobject_type(prop->defval), ==, QTYPE_QNUM);
    object_unref(obj);
}

static void test_default_list(void)
{
    Object *obj = new_props();
    ObjectProperty *prop = object_property_add(obj, "l", "list", NULL,
                                               set_any, NULL, NULL);

    object_property_set_default_list(prop);
    g_assert_cmpint(qobject_type(prop->defval), ==, QTYPE_QLIST);
    object_unref(obj);
}

/* ---- Typed kinds ---- */

static void test_bool(void)
{
    Object *obj = new_props();
    Error *err = NULL;

    g_assert_true(object_property_set_bool(obj, "b", false, NULL));
    g_assert_false(object_property_get_bool(obj, "b", NULL));
    g_assert_true(object_property_parse(obj, "b", "yes", NULL));
    g_assert_true(object_property_get_bool(obj, "ib", NULL));
    g_assert_true(object_property_parse(obj, "ib", "off", NULL));
    g_assert_false(object_property_get_bool(obj, "b", NULL));
    g_assert_false(object_property_parse(obj, "b", "maybe", &err));
    check_err(&err, "Parameter 'b' expects 'on' or 'off'");
    g_assert_false(object_property_set_str(obj, "b", "on", &err));
    check_err(&err, "Invalid parameter type for 'b', expected: boolean");
    object_unref(obj);
}

static void test_str(void)
{
    Object *obj = new_props();
    Error *err = NULL;
    g_autofree char *s = NULL;

    g_assert_true(object_property_set_str(obj, "s", "abc", NULL));
    s = object_property_get_str(obj, "is", NULL);
    g_assert_cmpstr(s, ==, "abc");
    g_assert_true(object_property_parse(obj, "is", "def", NULL));
    g_assert_cmpstr(TEST_PROPS(obj)->s, ==, "def");
    g_assert_false(object_property_set_int(obj, "s", 1, &err));
    check_err(&err, "Invalid parameter type for 's', expected: string");
    /* The setter's own error. */
    g_assert_false(object_property_set_str(obj, "s", "bad", &err));
    check_err(&err, "'bad' is not a good value");
    g_assert_cmpstr(TEST_PROPS(obj)->s, ==, "def");
    object_unref(obj);
}

static void test_type_prop(void)
{
    Object *obj = new_props();
    g_autofree char *type = object_property_get_str(obj, "type", NULL);
    Error *err = NULL;

    g_assert_cmpstr(type, ==, TYPE_TEST_PROPS);
    g_assert_false(object_property_set_str(obj, "type", "x", &err));
    check_err(&err, "Property 'test-props.type' is not writable");
    object_unref(obj);
}

static void test_enum(void)
{
    Object *obj = new_props();
    Error *err = NULL;
    g_autofree char *s = NULL;

    g_assert_true(object_property_set_str(obj, "color", "blue", NULL));
    g_assert_cmpint(TEST_PROPS(obj)->color, ==, TEST_COLOR_BLUE);
    s = object_property_get_str(obj, "icolor", NULL);
    g_assert_cmpstr(s, ==, "blue");
    g_assert_cmpint(object_property_get_enum(obj, "color", "TestColor",
                                             NULL), ==, TEST_COLOR_BLUE);
    g_assert_true(object_property_parse(obj, "icolor", "red", NULL));
    g_assert_cmpint(TEST_PROPS(obj)->color, ==, TEST_COLOR_RED);
    g_assert_false(object_property_parse(obj, "color", "pink", &err));
    check_err(&err, "Parameter 'color' does not accept value 'pink'");
    g_assert_false(object_property_set_int(obj, "color", 1, &err));
    check_err(&err, "Invalid parameter type for 'color', expected: string");
    g_assert_cmpint(object_property_get_enum(obj, "color", "Other", &err),
                    ==, -1);
    check_err(&err, "Property color on test-props is not 'Other' enum type");
    g_assert_cmpint(object_property_get_enum(obj, "nope", "Other", &err),
                    ==, -1);
    check_err(&err, "Property 'test-props.nope' not found");
    TEST_PROPS(obj)->fail_get = true;
    g_assert_cmpint(object_property_get_enum(obj, "color", "TestColor",
                                             &err), ==, -1);
    check_err(&err, "no color today");
    object_unref(obj);
}

static void test_int_range(void)
{
    Object *obj = new_props();
    Error *err = NULL;

    g_assert_true(object_property_set_int(obj, "i", 10, NULL));
    g_assert_cmpint(object_property_get_int(obj, "i", NULL), ==, 10);
    g_assert_true(object_property_parse(obj, "i", "-5", NULL));
    g_assert_cmpint(object_property_get_int(obj, "ii", NULL), ==, -5);
    g_assert_true(object_property_parse(obj, "ii", "0x10", NULL));
    g_assert_cmpint(TEST_PROPS(obj)->i, ==, 16);
    g_assert_false(object_property_set_int(obj, "i", 11, &err));
    check_err(&err, "Property test-props.i doesn't take value 11 "
              "(minimum: -5, maximum: 10)");
    g_assert_false(object_property_parse(obj, "i", "-6", &err));
    check_err(&err, "Property test-props.i doesn't take value -6 "
              "(minimum: -5, maximum: 10)");
    g_assert_false(object_property_parse(obj, "i", "abc", &err));
    check_err(&err, "Parameter 'i' expects int64");
    g_assert_false(object_property_set_str(obj, "i", "1", &err));
    check_err(&err, "Invalid parameter type for 'i', expected: integer");
    g_assert_false(object_property_set_uint(obj, "i", UINT64_MAX, &err));
    check_err(&err, "Invalid parameter type for 'i', expected: integer");
    g_assert_cmpint(TEST_PROPS(obj)->i, ==, 16);
    object_unref(obj);
}

static void test_size(void)
{
    Object *obj = new_props();
    Error *err = NULL;

    g_assert_true(object_property_parse(obj, "size", "4K", NULL));
    g_assert_cmpuint(object_property_get_uint(obj, "size", NULL), ==, 4096);
    g_assert_true(object_property_parse(obj, "isize", "1.5M", NULL));
    g_assert_cmpuint(TEST_PROPS(obj)->size, ==, 1536 * KiB);
    g_assert_true(object_property_set_uint(obj, "size", 7, NULL));
    g_assert_cmpuint(object_property_get_uint(obj, "isize", NULL), ==, 7);
    g_assert_false(object_property_parse(obj, "size", "1Q", &err));
    check_err(&err, "Parameter 'size' expects size");
    g_assert_false(object_property_set_str(obj, "size", "1M", &err));
    check_err(&err, "Parameter 'size' expects uint64");
    object_unref(obj);
}

static void test_uint_ptr(void)
{
    Object *obj = new_props();
    PropsState *s = TEST_PROPS(obj);
    Error *err = NULL;

    g_assert_true(object_property_parse(obj, "u8", "255", NULL));
    g_assert_cmpuint(s->u8, ==, 255);
    g_assert_false(object_property_parse(obj, "u8", "256", &err));
    check_err(&err, "Parameter 'u8' expects uint8_t");
    g_assert_true(object_property_set_uint(obj, "u16", 65535, NULL));
    g_assert_cmpuint(object_property_get_uint(obj, "u16", NULL), ==, 65535);
    g_assert_false(object_property_parse(obj, "u16", "-1", &err));
    check_err(&err, "Parameter 'u16' expects uint16_t");
    s->u32 = 7;
    g_assert_cmpuint(object_property_get_uint(obj, "u32", NULL), ==, 7);
    g_assert_false(object_property_set_uint(obj, "u32", 1, &err));
    check_err(&err, "Property 'test-props.u32' is not writable");
    g_assert_true(object_property_set_uint(obj, "shared", 99, NULL));
    g_assert_cmpuint(shared_u32, ==, 99);
    g_assert_false(object_property_set_uint(obj, "shared", 1ULL << 32,
                                            &err));
    check_err(&err, "Parameter 'shared' expects uint32_t");
    g_assert_false(object_property_parse(obj, "u64", "abc", &err));
    check_err(&err, "Parameter 'u64' expects uint64");
    g_assert_false(object_property_set_bool(obj, "u64", true, &err));
    check_err(&err, "Parameter 'u64' expects uint64");
    /* Negative numbers wrap, for compatibility. */
    g_assert_true(object_property_set_int(obj, "u64", -1, NULL));
    g_assert_cmpuint(s->u64, ==, UINT64_MAX);
    g_assert_true(object_property_parse(obj, "u64", "-2", NULL));
    g_assert_cmpuint(s->u64, ==, UINT64_MAX - 1);
    object_unref(obj);
}

static void test_uint_ptr_flags(void)
{
    Object *obj = object_new(TYPE_TEST_PROPS_SUB);
    ObjectProperty *prop = object_property_find(obj, "c8");

    /* Without flags a field property is neither readable nor writable. */
    g_assert_null(prop->get);
    g_assert_null(prop->set);
    g_assert_cmpstr(object_property_find(obj, "c16")->type, ==, "uint16");
    g_assert_cmpstr(object_property_find(obj, "c64")->type, ==, "uint64");
    object_unref(obj);
}

static void test_small_ints(void)
{
    Object *obj = new_props();
    Error *err = NULL;

    g_assert_true(object_property_parse(obj, "i32", "-2147483648", NULL));
    g_assert_cmpint(TEST_PROPS(obj)->i32, ==, INT32_MIN);
    g_assert_false(object_property_set_int(obj, "i32", 1LL << 31, &err));
    check_err(&err, "Parameter 'i32' expects int32_t");
    g_assert_true(object_property_set_int(obj, "i8", -128, NULL));
    g_assert_cmpint(TEST_PROPS(obj)->i32, ==, -128);
    g_assert_false(object_property_set_int(obj, "i8", 128, &err));
    check_err(&err, "Parameter 'i8' expects int8_t");
    g_assert_true(object_property_set_int(obj, "i16", 32767, NULL));
    g_assert_cmpint(TEST_PROPS(obj)->i32, ==, 32767);
    g_assert_false(object_property_set_int(obj, "i16", -32769, &err));
    check_err(&err, "Parameter 'i16' expects int16_t");
    object_unref(obj);
}

static void test_number(void)
{
    Object *obj = new_props();
    g_autoptr(QNum) half = qnum_from_double(0.5);
    g_autoptr(QNum) two = qnum_from_int(2);
    Error *err = NULL;

    g_assert_true(object_property_set_qobject(obj, "num", QOBJECT(half),
                                              NULL));
    g_assert_true(TEST_PROPS(obj)->num == 0.5);
    g_assert_true(object_property_set_qobject(obj, "num", QOBJECT(two),
                                              NULL));
    g_assert_true(TEST_PROPS(obj)->num == 2.0);
    g_assert_true(object_property_parse(obj, "num", "1.25", NULL));
    g_assert_true(TEST_PROPS(obj)->num == 1.25);
    g_assert_false(object_property_parse(obj, "num", "abc", &err));
    check_err(&err, "Parameter 'num' expects number");
    g_assert_false(object_property_set_str(obj, "num", "1", &err));
    check_err(&err, "Invalid parameter type for 'num', expected: number");
    object_unref(obj);
}

static void test_input_null_name(void)
{
    g_autoptr(QString) qstr = qstring_from_str("x");
    Error *err = NULL;
    bool b;

    g_assert_false(qom_input_bool(NULL, QOBJECT(qstr), &b, &err));
    check_err(&err, "Invalid parameter type for 'null', expected: boolean");
}

static void test_access_errors(void)
{
    Object *obj = new_props();
    Error *err = NULL;

    g_assert_false(object_property_set_bool(obj, "ro", true, &err));
    check_err(&err, "Property 'test-props.ro' is not writable");
    g_assert_false(object_property_get_bool(obj, "wo", &err));
    check_err(&err, "Property 'test-props.wo' is not readable");
    g_assert_false(object_property_set_bool(obj, "nope", true, &err));
    check_err(&err, "Property 'test-props.nope' not found");
    g_assert_null(object_property_get_qobject(obj, "nope", &err));
    check_err(&err, "Property 'test-props.nope' not found");
    g_assert_true(object_property_set_bool(obj, "wo", false, NULL));
    g_assert_false(object_property_get_bool(obj, "ro", NULL));
    g_assert_false(object_property_parse(obj, "s-ro", "x", &err));
    check_err(&err, "Property 'test-props.s-ro' is not writable");
    object_unref(obj);
}

static void test_get_type_mismatch(void)
{
    Object *obj = new_props();
    Error *err = NULL;

    g_assert_null(object_property_get_str(obj, "b", &err));
    check_err(&err, "Invalid parameter type for 'b', expected: string");
    g_assert_false(object_property_get_bool(obj, "s", &err));
    check_err(&err, "Invalid parameter type for 's', expected: boolean");
    g_assert_cmpint(object_property_get_int(obj, "s", &err), ==, -1);
    check_err(&err, "Invalid parameter type for 's', expected: int");
    g_assert_cmpuint(object_property_get_uint(obj, "i", &err), ==, 0);
    check_err(&err, "Invalid parameter type for 'i', expected: uint");
    g_assert_null(object_property_get_str(obj, "nope", NULL));
    g_assert_false(object_property_get_bool(obj, "nope", NULL));
    g_assert_cmpint(object_property_get_int(obj, "nope", NULL), ==, -1);
    g_assert_cmpuint(object_property_get_uint(obj, "nope", NULL), ==, 0);
    object_unref(obj);
}

static void test_getter_errors(void)
{
    Object *obj = new_props();
    Error *err = NULL;

    TEST_PROPS(obj)->fail_get = true;
    g_assert_false(object_property_get_bool(obj, "b", &err));
    check_err(&err, "no b today");
    g_assert_null(object_property_get_str(obj, "s", &err));
    check_err(&err, "no s today");
    g_assert_null(object_property_get_str(obj, "color", &err));
    check_err(&err, "no color today");
    g_assert_cmpint(object_property_get_int(obj, "i", &err), ==, -1);
    check_err(&err, "no i today");
    g_assert_cmpuint(object_property_get_uint(obj, "size", &err), ==, 0);
    check_err(&err, "no size today");
    g_assert_null(object_property_print(obj, "s", false, &err));
    check_err(&err, "no s today");
    object_unref(obj);
}

static void test_qobject(void)
{
    Object *obj = new_props();
    g_autoptr(QBool) qfalse = qbool_from_bool(false);
    g_autoptr(QObject) value = NULL;

    g_assert_true(object_property_set_qobject(obj, "b", QOBJECT(qfalse),
                                              NULL));
    value = object_property_get_qobject(obj, "b", NULL);
    g_assert_nonnull(value);
    g_assert_false(qbool_get_bool(qobject_to(QBool, value)));
    object_unref(obj);
}

static void test_keyval(void)
{
    Object *obj = new_props();
    g_autoptr(QDict) good = qdict_new();
    g_autoptr(QDict) bad = qdict_new();
    g_autoptr(QDict) typed = qdict_new();
    Error *err = NULL;

    qdict_put_str(good, "b", "off");
    qdict_put_str(good, "i", "0x3");
    qdict_put_str(good, "size", "2K");
    qdict_put_str(good, "color", "red");
    qdict_put_str(good, "u8", "7");
    g_assert_true(object_set_properties_from_keyval(obj, good, false, NULL));
    g_assert_false(TEST_PROPS(obj)->b);
    g_assert_cmpint(TEST_PROPS(obj)->i, ==, 3);
    g_assert_cmpuint(TEST_PROPS(obj)->size, ==, 2048);
    g_assert_cmpint(TEST_PROPS(obj)->color, ==, TEST_COLOR_RED);
    g_assert_cmpuint(TEST_PROPS(obj)->u8, ==, 7);

    qdict_put_str(bad, "i", "abc");
    g_assert_false(object_set_properties_from_keyval(obj, bad, false, &err));
    check_err(&err, "Parameter 'i' expects integer");
    qdict_put_str(bad, "i", "1");
    qdict_put_str(bad, "u16", "x");
    g_assert_false(object_set_properties_from_keyval(obj, bad, false, &err));
    check_err(&err, "Parameter 'u16' expects integer");
    qdict_del(bad, "u16");
    qdict_put_str(bad, "size", "big");
    g_assert_false(object_set_properties_from_keyval(obj, bad, false, &err));
    check_err(&err, "Parameter 'size' expects size");
    qdict_del(bad, "size");
    qdict_put_str(bad, "u8", "300");
    g_assert_false(object_set_properties_from_keyval(obj, bad, false, &err));
    check_err(&err, "Parameter 'u8' expects uint8_t");
    qdict_del(bad, "u8");
    qdict_put_str(bad, "nope", "1");
    g_assert_false(object_set_properties_from_keyval(obj, bad, false, &err));
    check_err(&err, "Property 'test-props.nope' not found");

    /* Typed values are accepted in key=value form too. */
    qdict_put_int(typed, "i", 4);
    qdict_put_bool(typed, "b", true);
    g_assert_true(object_set_properties_from_keyval(obj, typed, false,
                                                    NULL));
    g_assert_true(object_set_properties_from_keyval(obj, typed, true, NULL));
    g_assert_cmpint(TEST_PROPS(obj)->i, ==, 4);
    qdict_put_str(typed, "i", "5");
    g_assert_false(object_set_properties_from_keyval(obj, typed, true,
                                                     &err));
    check_err(&err, "Invalid parameter type for 'i', expected: integer");
    object_unref(obj);
}

static void test_print(void)
{
    Object *obj = new_props();
    PropsState *s = TEST_PROPS(obj);
    Error *err = NULL;
    char *str;

#define CHECK_PRINT(name, human, expect) \
    do { \
        str = object_property_print(obj, name, human, NULL); \
        g_assert_cmpstr(str, ==, expect); \
        g_free(str); \
    } while (0)

    s->u64 = UINT64_MAX;
    CHECK_PRINT("s", false, "hello");
    CHECK_PRINT("s", true, "\"hello\"");
    CHECK_PRINT("b", false, "true");
    CHECK_PRINT("color", false, "green");
    CHECK_PRINT("i", false, "-1");
    CHECK_PRINT("i", true, "-1 (0xffffffffffffffff)");
    CHECK_PRINT("size", false, "1048576");
    CHECK_PRINT("size", true, "1048576 (1 MiB)");
    CHECK_PRINT("u64", false, "18446744073709551615");
    CHECK_PRINT("u64", true, "18446744073709551615 (0xffffffffffffffff)");
    s->u8 = 42;
    CHECK_PRINT("u8", true, "42 (0x2a)");
    s->num = 0.5;
    CHECK_PRINT("num", false, "0.5");
    CHECK_PRINT("list", false, "[1]");
    CHECK_PRINT("null", false, "");
    CHECK_PRINT("null", true, "<null>");
    g_assert_true(object_property_set_uint(obj, "size", UINT64_MAX, NULL));
    CHECK_PRINT("size", true, "18446744073709551615 (16 EiB)");
#undef CHECK_PRINT
    g_assert_null(object_property_print(obj, "wo", false, &err));
    check_err(&err, "Property 'test-props.wo' is not readable");
    object_unref(obj);
}

static void test_alias(void)
{
    Object *obj = new_props();
    Object *other = new_props();
    ObjectProperty *prop;
    Error *err = NULL;

    prop = object_property_add_alias(other, "alias-i", obj, "i");
    g_assert_cmpstr(prop->type, ==, "int");
    prop = object_property_add_alias(other, "alias-b", obj, "b");
    g_assert_cmpstr(prop->description, ==, "a boolean");
    g_assert_nonnull(prop->defval);
    g_assert_true(object_property_set_int(other, "alias-i", 3, NULL));
    g_assert_cmpint(TEST_PROPS(obj)->i, ==, 3);
    g_assert_cmpint(object_property_get_int(other, "alias-i", NULL), ==, 3);
    /* The target parses the text in the form it was given. */
    g_assert_false(object_property_parse(other, "alias-i", "x", &err));
    check_err(&err, "Parameter 'i' expects int64");
    g_assert_null(object_resolve_path_component(other, "alias-i"));
    object_unref(other);
    object_unref(obj);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    type_register_static(&props_info);
    type_register_static(&props_sub_info);

    g_test_add_func("/qom/prop/find", test_find);
    g_test_add_func("/qom/prop/duplicate", test_duplicate);
    g_test_add_func("/qom/prop/array-name", test_array_name);
    g_test_add_func("/qom/prop/del", test_del);
    g_test_add_func("/qom/prop/release-on-finalize",
                    test_release_on_finalize);
    g_test_add_func("/qom/prop/iter", test_iter);
    g_test_add_func("/qom/prop/description", test_description);
    g_test_add_func("/qom/prop/defaults", test_defaults);
    g_test_add_func("/qom/prop/default-list", test_default_list);
    g_test_add_func("/qom/prop/bool", test_bool);
    g_test_add_func("/qom/prop/str", test_str);
    g_test_add_func("/qom/prop/type", test_type_prop);
    g_test_add_func("/qom/prop/enum", test_enum);
    g_test_add_func("/qom/prop/int-range", test_int_range);
    g_test_add_func("/qom/prop/size", test_size);
    g_test_add_func("/qom/prop/uint-ptr", test_uint_ptr);
    g_test_add_func("/qom/prop/uint-ptr-flags", test_uint_ptr_flags);
    g_test_add_func("/qom/prop/small-ints", test_small_ints);
    g_test_add_func("/qom/prop/number", test_number);
    g_test_add_func("/qom/prop/input-null-name", test_input_null_name);
    g_test_add_func("/qom/prop/access-errors", test_access_errors);
    g_test_add_func("/qom/prop/get-type-mismatch", test_get_type_mismatch);
    g_test_add_func("/qom/prop/getter-errors", test_getter_errors);
    g_test_add_func("/qom/prop/qobject", test_qobject);
    g_test_add_func("/qom/prop/keyval", test_keyval);
    g_test_add_func("/qom/prop/print", test_print);
    g_test_add_func("/qom/prop/alias", test_alias);
    return g_test_run();
}
