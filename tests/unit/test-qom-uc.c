/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for user-creatable objects and help output
 * (qom/object_interfaces.c) and for global and compat properties
 * (qom/object-globals.c), with QEMU 8.2's messages.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "qom/object.h"
#include "qom/object_interfaces.h"

#define TYPE_TEST_UC "test-uc"
#define TYPE_TEST_UC_SUB "test-uc-sub"
#define TYPE_TEST_UC_ABSTRACT "test-uc-abstract"
#define TYPE_TEST_UC_BARE "test-uc-bare"
#define TYPE_TEST_PLAIN "test-plain"
#define TYPE_TEST_GLOBAL "test-global"
#define TYPE_TEST_GLOBAL_SUB "test-global-sub"

typedef struct UcState {
    Object parent_obj;
    int64_t n;
    uint64_t size;
    uint64_t count;
    bool fail;
    bool busy;
    bool completed;
} UcState;

static void check_err(Error **errp, const char *msg)
{
    g_assert_nonnull(*errp);
    g_assert_cmpstr(error_get_pretty(*errp), ==, msg);
    error_free(*errp);
    *errp = NULL;
}

static int64_t uc_get_n(Object *obj, Error **errp)
{
    return ((UcState *)obj)->n;
}

static void uc_set_n(Object *obj, int64_t value, Error **errp)
{
    ((UcState *)obj)->n = value;
}

static uint64_t uc_get_size(Object *obj, Error **errp)
{
    return ((UcState *)obj)->size;
}

static void uc_set_size(Object *obj, uint64_t value, Error **errp)
{
    ((UcState *)obj)->size = value;
}

static bool uc_get_fail(Object *obj, Error **errp)
{
    return ((UcState *)obj)->fail;
}

static void uc_set_fail(Object *obj, bool value, Error **errp)
{
    ((UcState *)obj)->fail = value;
}

static bool uc_get_busy(Object *obj, Error **errp)
{
    return ((UcState *)obj)->busy;
}

static void uc_set_busy(Object *obj, bool value, Error **errp)
{
    ((UcState *)obj)->busy = value;
}

static void uc_complete(UserCreatable *uc, Error **errp)
{
    UcState *s = (UcState *)uc;

    if (s->fail) {
        error_setg(errp, "cannot complete %s", object_get_typename(OBJECT(uc)));
        return;
    }
    s->completed = true;
}

static bool uc_can_be_deleted(UserCreatable *uc)
{
    return !((UcState *)uc)->busy;
}

static void uc_class_init(ObjectClass *oc, void *data)
{
    UserCreatableClass *ucc = USER_CREATABLE_CLASS(oc);
    ObjectProperty *prop;

    ucc->complete = uc_complete;
    ucc->can_be_deleted = uc_can_be_deleted;
    prop = object_class_property_add_int(oc, "n", 0, 1000, uc_get_n,
                                         uc_set_n);
    object_property_set_default_int(prop, 3);
    object_class_property_set_description(oc, "n", "How many");
    prop = object_class_property_add_size(oc, "size", uc_get_size,
                                          uc_set_size);
    object_class_property_set_description(oc, "size", "Size of the thing");
    object_class_property_add_bool(oc, "fail", uc_get_fail, uc_set_fail);
    object_class_property_add_bool(oc, "busy", uc_get_busy, uc_set_busy);
    object_class_property_add_uint64_ptr(oc, "ro-count", NULL,
                                         OBJ_PROP_FLAG_READ);
}

static void uc_init(Object *obj)
{
    object_property_add_uint64_ptr(obj, "count", &((UcState *)obj)->count,
                                   OBJ_PROP_FLAG_READWRITE);
}

static void plain_class_init(ObjectClass *oc, void *data)
{
    object_class_property_add_bool(oc, "fail", uc_get_fail, uc_set_fail);
}

static const TypeInfo uc_types[] = {
    {
        .name = TYPE_TEST_UC_ABSTRACT,
        .parent = TYPE_OBJECT,
        .abstract = true,
        .instance_size = sizeof(UcState),
        .interfaces = (InterfaceInfo[]) {
            { TYPE_USER_CREATABLE },
            { }
        },
    }, {
        .name = TYPE_TEST_UC,
        .parent = TYPE_TEST_UC_ABSTRACT,
        .instance_init = uc_init,
        .class_init = uc_class_init,
    }, {
        .name = TYPE_TEST_UC_SUB,
        .parent = TYPE_TEST_UC,
    }, {
        /* User-creatable without complete/can_be_deleted methods. */
        .name = TYPE_TEST_UC_BARE,
        .parent = TYPE_OBJECT,
        .instance_size = sizeof(UcState),
        .interfaces = (InterfaceInfo[]) {
            { TYPE_USER_CREATABLE },
            { }
        },
    }, {
        .name = TYPE_TEST_PLAIN,
        .parent = TYPE_OBJECT,
        .instance_size = sizeof(UcState),
    }, {
        .name = TYPE_TEST_GLOBAL,
        .parent = TYPE_OBJECT,
        .instance_size = sizeof(UcState),
        .class_init = plain_class_init,
        .instance_init = uc_init,
    }, {
        .name = TYPE_TEST_GLOBAL_SUB,
        .parent = TYPE_TEST_GLOBAL,
    },
};

static QemuOptsList test_object_opts = {
    .name = "object",
    .implied_opt_name = "qom-type",
    .desc = { { } },
};

static UcState *find_uc(const char *id)
{
    return (UcState *)object_resolve_path_component(
        object_get_objects_root(), id);
}

/* ---- The interface ---- */

static void test_complete(void)
{
    Object *obj = object_new(TYPE_TEST_UC_SUB);
    Object *bare = object_new(TYPE_TEST_UC_BARE);
    Error *err = NULL;

    /* The subclass inherits the interface and its methods. */
    g_assert_true(user_creatable_complete(USER_CREATABLE(obj), NULL));
    g_assert_true(((UcState *)obj)->completed);
    g_assert_true(user_creatable_can_be_deleted(USER_CREATABLE(obj)));
    ((UcState *)obj)->fail = true;
    g_assert_false(user_creatable_complete(USER_CREATABLE(obj), &err));
    check_err(&err, "cannot complete test-uc-sub");
    ((UcState *)obj)->busy = true;
    g_assert_false(user_creatable_can_be_deleted(USER_CREATABLE(obj)));
    /* Without methods: nothing to complete, always deletable. */
    g_assert_true(user_creatable_complete(USER_CREATABLE(bare), NULL));
    g_assert_true(user_creatable_can_be_deleted(USER_CREATABLE(bare)));
    object_unref(obj);
    object_unref(bare);
}

static void test_add_type(void)
{
    g_autoptr(QDict) props = qdict_new();
    Object *obj;

    qdict_put_int(props, "n", 7);
    qdict_put_int(props, "count", 9);
    obj = user_creatable_add_type(TYPE_TEST_UC, "uc1", props, false, NULL);
    g_assert_nonnull(obj);
    g_assert_true(find_uc("uc1") == (UcState *)obj);
    g_assert_cmpint(((UcState *)obj)->n, ==, 7);
    g_assert_cmpuint(((UcState *)obj)->count, ==, 9);
    g_assert_true(((UcState *)obj)->completed);
    g_assert_cmpint(obj->ref, ==, 2);
    object_unref(obj);
    g_assert_true(user_creatable_del("uc1", NULL));
    g_assert_null(find_uc("uc1"));
}

static void test_add_type_keyval(void)
{
    g_autoptr(QDict) props = qdict_new();
    Error *err = NULL;
    Object *obj;

    qdict_put_str(props, "size", "2M");
    obj = user_creatable_add_type(TYPE_TEST_UC, NULL, props, true, NULL);
    g_assert_cmpuint(((UcState *)obj)->size, ==, 2 * MiB);
    g_assert_null(obj->parent);
    object_unref(obj);
    qdict_put_str(props, "size", "2X");
    g_assert_null(user_creatable_add_type(TYPE_TEST_UC, NULL, props, true,
                                          &err));
    check_err(&err, "Parameter 'size' expects size");
}

static void test_add_type_errors(void)
{
    g_autoptr(QDict) props = qdict_new();
    g_autoptr(QDict) empty = qdict_new();
    Error *err = NULL;

    g_assert_null(user_creatable_add_type(TYPE_TEST_UC, "1x", empty, false,
                                          &err));
    check_err(&err, "Parameter 'id' expects an identifier");
    g_assert_null(user_creatable_add_type("nope", "x", empty, false, &err));
    check_err(&err, "invalid object type: nope");
    g_assert_null(user_creatable_add_type(TYPE_TEST_PLAIN, "x", empty,
                                          false, &err));
    check_err(&err, "object type 'test-plain' isn't supported by "
              "object-add");
    g_assert_null(user_creatable_add_type(TYPE_TEST_UC_ABSTRACT, "x", empty,
                                          false, &err));
    check_err(&err, "object type 'test-uc-abstract' is abstract");
    qdict_put_int(props, "nope", 1);
    g_assert_null(user_creatable_add_type(TYPE_TEST_UC, "x", props, false,
                                          &err));
    check_err(&err, "Property 'test-uc.nope' not found");
    g_assert_null(find_uc("x"));
}

static void test_add_type_id_hint(void)
{
    g_autoptr(QDict) empty = qdict_new();

    if (g_test_subprocess()) {
        user_creatable_add_type(TYPE_TEST_UC, "a b", empty, false,
                                &error_fatal);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*Parameter 'id' expects an identifier\n"
                              "Identifiers consist of letters, digits, "
                              "'-', '.', '_', starting with a letter.\n");
}

static void test_add_type_duplicate(void)
{
    g_autoptr(QDict) empty = qdict_new();
    Error *err = NULL;
    Object *obj;

    obj = user_creatable_add_type(TYPE_TEST_UC, "dup", empty, false, NULL);
    object_unref(obj);
    g_assert_null(user_creatable_add_type(TYPE_TEST_UC, "dup", empty, false,
                                          &err));
    check_err(&err, "attempt to add duplicate property 'dup' to object "
              "(type 'container')");
    g_assert_true(user_creatable_del("dup", NULL));
}

static void test_add_type_complete_fails(void)
{
    g_autoptr(QDict) props = qdict_new();
    Error *err = NULL;

    qdict_put_bool(props, "fail", true);
    g_assert_null(user_creatable_add_type(TYPE_TEST_UC, "f", props, false,
                                          &err));
    check_err(&err, "cannot complete test-uc");
    /* Nothing is left in the tree. */
    g_assert_null(find_uc("f"));
    g_assert_null(user_creatable_add_type(TYPE_TEST_UC, NULL, props, false,
                                          &err));
    check_err(&err, "cannot complete test-uc");
}

static void test_add_dict(void)
{
    g_autoptr(QDict) args = qdict_new();

    qdict_put_str(args, "qom-type", TYPE_TEST_UC);
    qdict_put_str(args, "id", "d1");
    qdict_put_int(args, "n", 5);
    g_assert_true(user_creatable_add_dict(args, false, NULL));
    g_assert_cmpint(find_uc("d1")->n, ==, 5);
    /* The caller's dict is left alone; only /objects holds the object. */
    g_assert_true(qdict_haskey(args, "qom-type"));
    g_assert_cmpint(OBJECT(find_uc("d1"))->ref, ==, 1);
    g_assert_true(user_creatable_del("d1", NULL));

    qdict_put_str(args, "n", "6");
    qdict_put_str(args, "size", "1K");
    g_assert_true(user_creatable_add_dict(args, true, NULL));
    g_assert_cmpint(find_uc("d1")->n, ==, 6);
    g_assert_cmpuint(find_uc("d1")->size, ==, 1024);
    g_assert_true(user_creatable_del("d1", NULL));
}

static void add_dict_expect(const char *json, bool keyval, const char *msg)
{
    QObject *obj = qobject_from_json(json, &error_abort);
    QDict *args = qobject_to(QDict, obj);
    Error *err = NULL;

    g_assert_false(user_creatable_add_dict(args, keyval, &err));
    check_err(&err, msg);
    qobject_unref(obj);
}

static void test_add_dict_errors(void)
{
    add_dict_expect("{'id': 'x'}", false, "Parameter 'qom-type' is missing");
    add_dict_expect("{'qom-type': 1, 'id': 'x'}", false,
                    "Invalid parameter type for 'qom-type', expected: "
                    "string");
    add_dict_expect("{'qom-type': 'nope', 'id': 'x'}", true,
                    "Parameter 'qom-type' does not accept value 'nope'");
    add_dict_expect("{'qom-type': 'test-plain', 'id': 'x'}", true,
                    "Parameter 'qom-type' does not accept value "
                    "'test-plain'");
    add_dict_expect("{'qom-type': 'test-uc-abstract', 'id': 'x'}", true,
                    "Parameter 'qom-type' does not accept value "
                    "'test-uc-abstract'");
    add_dict_expect("{'qom-type': 'test-uc'}", true,
                    "Parameter 'id' is missing");
    add_dict_expect("{'qom-type': 'test-uc', 'id': 5}", false,
                    "Invalid parameter type for 'id', expected: string");
    add_dict_expect("{'qom-type': 'test-uc', 'id': 'x', 'nope': 1}", false,
                    "Parameter 'nope' is unexpected");
    add_dict_expect("{'qom-type': 'test-uc', 'id': 'x', 'nope': '1'}", true,
                    "Invalid parameter 'nope'");
    add_dict_expect("{'qom-type': 'test-uc', 'id': 'x', 'type': 'y'}", true,
                    "Invalid parameter 'type'");
    add_dict_expect("{'qom-type': 'test-uc', 'id': 'x', 'ro-count': '1'}",
                    true, "Invalid parameter 'ro-count'");
    add_dict_expect("{'qom-type': 'test-uc', 'id': '-x'}", true,
                    "Parameter 'id' expects an identifier");
    g_assert_null(find_uc("x"));
}

static void test_add_dict_opts_messages(void)
{
    add_dict_expect("{'qom-type': 'test-uc', 'id': 'x', 'n': 'abc'}", true,
                    "Parameter 'n' expects an int64 value");
    add_dict_expect("{'qom-type': 'test-uc', 'id': 'x', 'n': '2000'}", true,
                    "Property test-uc.n doesn't take value 2000 "
                    "(minimum: 0, maximum: 1000)");
    add_dict_expect("{'qom-type': 'test-uc', 'id': 'x', 'size': 'big'}",
                    true, "Parameter 'size' expects a size value");
    add_dict_expect("{'qom-type': 'test-uc', 'id': 'x', 'count': '-'}",
                    true, "Parameter 'count' expects a uint64 value");
    add_dict_expect("{'qom-type': 'test-uc', 'id': 'x', 'fail': 'maybe'}",
                    true, "Parameter 'fail' expects 'on' or 'off'");
    add_dict_expect("{'qom-type': 'test-uc', 'id': 'x', 'size': '1M'}",
                    false, "Parameter 'size' expects uint64");
    add_dict_expect("{'qom-type': 'test-uc', 'id': 'x', 'n': 1.5}", false,
                    "Invalid parameter type for 'n', expected: integer");
}

static void test_parse_str(void)
{
    Error *err = NULL;
    QDict *args;
    bool keyval;

    args = user_creatable_parse_str("test-uc,id=p,n=4", &keyval, NULL);
    g_assert_nonnull(args);
    g_assert_true(keyval);
    g_assert_cmpstr(qdict_get_str(args, "qom-type"), ==, TYPE_TEST_UC);
    g_assert_cmpstr(qdict_get_str(args, "n"), ==, "4");
    qobject_unref(args);
    args = user_creatable_parse_str("{\"qom-type\": \"test-uc\", \"n\": 4}",
                                    &keyval, NULL);
    g_assert_nonnull(args);
    g_assert_false(keyval);
    g_assert_cmpint(qdict_get_int(args, "n"), ==, 4);
    qobject_unref(args);
    g_assert_null(user_creatable_parse_str("{\"qom-type\"", &keyval, &err));
    g_assert_nonnull(err);
    error_free(err);
    err = NULL;
    g_assert_null(user_creatable_parse_str("test-uc,=x", &keyval, &err));
    g_assert_nonnull(err);
    error_free(err);
}

static void test_add_from_str(void)
{
    Error *err = NULL;

    g_assert_true(user_creatable_add_from_str("test-uc,id=s1,n=8", NULL));
    g_assert_cmpint(find_uc("s1")->n, ==, 8);
    g_assert_true(user_creatable_add_from_str(
                      "{\"qom-type\": \"test-uc\", \"id\": \"s2\"}", NULL));
    g_assert_cmpint(find_uc("s2")->n, ==, 3);
    g_assert_false(user_creatable_add_from_str("test-uc,id=s1", &err));
    check_err(&err, "attempt to add duplicate property 's1' to object "
              "(type 'container')");
    g_assert_false(user_creatable_add_from_str("{", &err));
    g_assert_nonnull(err);
    error_free(err);
    g_assert_true(user_creatable_del("s1", NULL));
    g_assert_true(user_creatable_del("s2", NULL));
}

static void test_process_cmdline(void)
{
    if (g_test_subprocess()) {
        user_creatable_process_cmdline("test-uc,id=c1");
        g_assert_nonnull(find_uc("c1"));
        user_creatable_process_cmdline("test-uc,id=c1");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*attempt to add duplicate property 'c1' to "
                              "object (type 'container')\n");
}

static void test_process_cmdline_help(void)
{
    if (g_test_subprocess()) {
        user_creatable_process_cmdline("help");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("List of user creatable objects:\n"
                              "  test-uc\n"
                              "  test-uc-bare\n"
                              "  test-uc-sub\n");
}

static void test_del(void)
{
    g_autoptr(QDict) empty = qdict_new();
    Error *err = NULL;
    Object *obj;

    g_assert_false(user_creatable_del("nope", &err));
    check_err(&err, "object 'nope' not found");
    obj = user_creatable_add_type(TYPE_TEST_UC, "busy", empty, false, NULL);
    ((UcState *)obj)->busy = true;
    g_assert_false(user_creatable_del("busy", &err));
    check_err(&err, "object 'busy' is in use, can not be deleted");
    ((UcState *)obj)->busy = false;
    g_assert_true(user_creatable_del("busy", NULL));
    object_unref(obj);
}

static void test_del_removes_opts(void)
{
    g_autoptr(QDict) empty = qdict_new();
    QemuOpts *opts;
    Object *obj;

    qemu_add_opts(&test_object_opts);
    opts = qemu_opts_parse_noisily(&test_object_opts, "test-uc,id=o1",
                                   true);
    g_assert_nonnull(opts);
    obj = user_creatable_add_type(TYPE_TEST_UC, "o1", empty, false, NULL);
    object_unref(obj);
    g_assert_true(user_creatable_del("o1", NULL));
    g_assert_null(qemu_opts_find(&test_object_opts, "o1"));
    /* No option entry for this one. */
    obj = user_creatable_add_type(TYPE_TEST_UC, "o2", empty, false, NULL);
    object_unref(obj);
    g_assert_true(user_creatable_del("o2", NULL));
}

static void test_cleanup(void)
{
    g_autoptr(QDict) empty = qdict_new();
    Object *objects = object_get_objects_root();
    Object *obj;

    obj = user_creatable_add_type(TYPE_TEST_UC, "c", empty, false, NULL);
    g_assert_true(obj->parent == objects);
    user_creatable_cleanup();
    /* /objects is gone, and released what it held. */
    g_assert_null(obj->parent);
    g_assert_cmpint(obj->ref, ==, 1);
    g_assert_null(object_resolve_path("/objects", NULL));
    object_unref(obj);
    /* A new /objects appears on demand. */
    g_assert_nonnull(object_get_objects_root());
    g_assert_nonnull(object_resolve_path("/objects", NULL));
}

static void test_new_with_props(void)
{
    Object *parent = object_get_objects_root();
    Error *err = NULL;
    Object *obj;

    obj = object_new_with_props(TYPE_TEST_UC, parent, "w1", &err,
                                "n", "9", "size", "4K", NULL);
    g_assert_nonnull(obj);
    g_assert_cmpint(((UcState *)obj)->n, ==, 9);
    g_assert_true(((UcState *)obj)->completed);
    g_assert_cmpint(obj->ref, ==, 1);
    g_assert_null(object_new_with_props("nope", parent, "w2", &err, NULL));
    check_err(&err, "invalid object type: nope");
    g_assert_null(object_new_with_props(TYPE_TEST_UC_ABSTRACT, parent, "w2",
                                        &err, NULL));
    check_err(&err, "object type 'test-uc-abstract' is abstract");
    g_assert_null(object_new_with_props(TYPE_TEST_UC, parent, "w2", &err,
                                        "n", "x", NULL));
    check_err(&err, "Parameter 'n' expects int64");
    g_assert_null(object_new_with_props(TYPE_TEST_UC, parent, "w1", &err,
                                        NULL));
    check_err(&err, "attempt to add duplicate property 'w1' to object "
              "(type 'container')");
    g_assert_null(object_new_with_props(TYPE_TEST_UC, parent, "w2", &err,
                                        "fail", "on", NULL));
    check_err(&err, "cannot complete test-uc");
    g_assert_null(find_uc("w2"));
    obj = object_new_with_props(TYPE_TEST_PLAIN, parent, "w3", NULL, NULL);
    g_assert_nonnull(obj);
    object_unparent(obj);
    object_unparent(object_resolve_path_component(parent, "w1"));
}

static void test_set_props(void)
{
    Object *obj = object_new(TYPE_TEST_UC);
    Error *err = NULL;

    g_assert_true(object_set_props(obj, NULL, "n", "11", NULL));
    g_assert_cmpint(((UcState *)obj)->n, ==, 11);
    g_assert_false(object_set_props(obj, &err, "n", "12", "nope", "1",
                                    NULL));
    check_err(&err, "Property 'test-uc.nope' not found");
    g_assert_cmpint(((UcState *)obj)->n, ==, 12);
    object_unref(obj);
}

typedef struct UcHolder {
    Object parent_obj;
    UcState child;
} UcHolder;

static void test_initialize_child_with_props(void)
{
    Object *parent = object_new(TYPE_TEST_PLAIN);
    UcHolder holder;
    Error *err = NULL;

    g_assert_true(object_initialize_child_with_props(
                      parent, "kid", &holder.child, sizeof(holder.child),
                      TYPE_TEST_UC, NULL, "n", "2", NULL));
    g_assert_cmpint(holder.child.n, ==, 2);
    g_assert_true(holder.child.completed);
    g_assert_cmpint(OBJECT(&holder.child)->ref, ==, 1);
    object_unparent(OBJECT(&holder.child));
    g_assert_false(object_initialize_child_with_props(
                       parent, "kid", &holder.child, sizeof(holder.child),
                       TYPE_TEST_UC, &err, "n", "x", NULL));
    check_err(&err, "Parameter 'n' expects int64");
    g_assert_false(object_initialize_child_with_props(
                       parent, "kid", &holder.child, sizeof(holder.child),
                       TYPE_TEST_UC, &err, "fail", "yes", NULL));
    check_err(&err, "cannot complete test-uc");
    g_assert_null(object_property_find(parent, "kid"));
    object_unref(parent);
}

/* ---- Help ---- */

static void test_property_help(void)
{
    g_autoptr(QObject) zero = qobject_from_json("0", &error_abort);
    g_autoptr(QObject) str = qobject_from_json("'x'", &error_abort);
    char *line;

    line = object_property_help("romfile", "str", NULL, NULL);
    g_assert_cmpstr(line, ==, "  romfile=<str>");
    g_free(line);
    line = object_property_help("acpi-index", "uint32", zero, NULL);
    g_assert_cmpstr(line, ==, "  acpi-index=<uint32>    -  (default: 0)");
    g_free(line);
    line = object_property_help("netdev", "str", NULL, "ID of a netdev");
    g_assert_cmpstr(line, ==, "  netdev=<str>           - ID of a netdev");
    g_free(line);
    line = object_property_help("x-long-property-name", "bool", str, "on");
    g_assert_cmpstr(line, ==,
                    "  x-long-property-name=<bool> - on (default: \"x\")");
    g_free(line);
}

static void test_print_class_properties(void)
{
    if (g_test_subprocess()) {
        g_assert_true(type_print_class_properties(TYPE_TEST_UC_SUB));
        g_assert_true(type_print_class_properties(TYPE_TEST_PLAIN));
        g_assert_false(type_print_class_properties("nope"));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout(
        "test-uc-sub options:\n"
        "  busy=<bool>\n"
        "  fail=<bool>\n"
        "  n=<int>                - How many (default: 3)\n"
        "  size=<size>            - Size of the thing\n"
        "There are no options for test-plain.\n");
}

static void test_print_types(void)
{
    if (g_test_subprocess()) {
        user_creatable_print_types();
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("List of user creatable objects:\n"
                              "  test-uc\n"
                              "  test-uc-bare\n"
                              "  test-uc-sub\n");
}

static void test_print_help_opts(void)
{
    QemuOpts *opts;

    if (g_test_subprocess()) {
        opts = qemu_opts_parse_noisily(&test_object_opts, "test-uc,help",
                                       true);
        g_assert_true(user_creatable_print_help("help", NULL));
        g_assert_true(user_creatable_print_help(TYPE_TEST_UC, opts));
        qemu_opts_del(opts);
        opts = qemu_opts_parse_noisily(&test_object_opts, "test-uc,id=x",
                                       true);
        g_assert_false(user_creatable_print_help(TYPE_TEST_UC, opts));
        qemu_opts_del(opts);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("List of user creatable objects:\n"
                              "*"
                              "test-uc options:\n"
                              "  busy=<bool>\n*");
}

static void test_print_help_keyval(void)
{
    bool keyval;

    if (g_test_subprocess()) {
        g_assert_null(user_creatable_parse_str("test-uc,help", &keyval,
                                               &error_abort));
        g_assert_null(user_creatable_parse_str("nope,help", &keyval,
                                               &error_abort));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("test-uc options:\n"
                              "*"
                              "List of user creatable objects:\n*");
}

/* ---- Global and compat properties ---- */

static void test_global_apply(void)
{
    static GlobalProperty g = {
        .driver = TYPE_TEST_GLOBAL, .property = "count", .value = "5",
    };
    Object *obj;
    Object *sub;
    Object *other;

    object_prop_register_global(&g);
    g_assert_false(g.used);
    other = object_new(TYPE_TEST_UC);
    g_assert_false(g.used);
    obj = object_new(TYPE_TEST_GLOBAL);
    sub = object_new(TYPE_TEST_GLOBAL_SUB);
    g_assert_true(g.used);
    g_assert_cmpuint(((UcState *)obj)->count, ==, 5);
    g_assert_cmpuint(((UcState *)sub)->count, ==, 5);
    g_assert_cmpuint(((UcState *)other)->count, ==, 0);
    object_unref(obj);
    object_unref(sub);
    object_unref(other);
}

static GPtrArray *global_array(GlobalProperty *props, int n)
{
    GPtrArray *array = g_ptr_array_new();
    int i;

    for (i = 0; i < n; i++) {
        g_ptr_array_add(array, &props[i]);
    }
    return array;
}

static void test_global_errors(void)
{
    GlobalProperty props[] = {
        { .driver = TYPE_TEST_GLOBAL, .property = "nope", .value = "1",
          .optional = true },
        { .driver = TYPE_TEST_GLOBAL, .property = "count", .value = "x" },
        { .driver = TYPE_TEST_GLOBAL, .property = "fail", .value = "on" },
    };
    g_autoptr(GPtrArray) array = global_array(props, ARRAY_SIZE(props));
    Object *obj = object_new(TYPE_TEST_GLOBAL);
    Error *err = NULL;

    g_assert_true(object_apply_global_props(obj, NULL, &err));
    g_assert_false(object_apply_global_props(obj, array, &err));
    check_err(&err, "can't apply global test-global.count=x: "
              "Parameter 'count' expects uint64");
    /* An optional property the object lacks is skipped. */
    g_assert_false(props[0].used);
    g_assert_true(props[1].used);
    /* With an error, the rest was not applied. */
    g_assert_false(((UcState *)obj)->fail);
    object_unref(obj);
}

static void test_global_warn(void)
{
    GlobalProperty props[] = {
        { .driver = TYPE_TEST_GLOBAL, .property = "count", .value = "x" },
        { .driver = TYPE_TEST_GLOBAL, .property = "fail", .value = "on" },
    };
    g_autoptr(GPtrArray) array = global_array(props, ARRAY_SIZE(props));
    Object *obj;

    if (g_test_subprocess()) {
        obj = object_new(TYPE_TEST_GLOBAL);
        g_assert_true(object_apply_global_props(obj, array, NULL));
        /* Without errp the others are still applied. */
        g_assert_true(((UcState *)obj)->fail);
        object_unref(obj);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("*warning: can't apply global "
                              "test-global.count=x: Parameter 'count' "
                              "expects uint64\n");
}

static void test_global_fatal(void)
{
    if (g_test_subprocess()) {
        object_register_global(TYPE_TEST_GLOBAL, "count", "-x");
        object_new(TYPE_TEST_GLOBAL);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*can't apply global test-global.count=-x: "
                              "Parameter 'count' expects uint64\n");
}

static void test_compat_order(void)
{
    GlobalProperty accel[] = {
        { .driver = TYPE_TEST_GLOBAL, .property = "count", .value = "1" },
        { .driver = TYPE_TEST_GLOBAL, .property = "fail", .value = "on" },
    };
    GlobalProperty machine[] = {
        { .driver = TYPE_TEST_GLOBAL, .property = "count", .value = "2" },
    };
    Object *obj;

    if (g_test_subprocess()) {
        object_set_accelerator_compat_props(global_array(accel, 2));
        object_set_machine_compat_props(global_array(machine, 1));
        obj = object_new(TYPE_TEST_GLOBAL);
        g_assert_cmpuint(((UcState *)obj)->count, ==, 2);
        g_assert_true(((UcState *)obj)->fail);
        object_unref(obj);
        object_register_sugar_prop(TYPE_TEST_GLOBAL, "count", "3", false);
        obj = object_new(TYPE_TEST_GLOBAL);
        g_assert_cmpuint(((UcState *)obj)->count, ==, 3);
        object_unref(obj);
        object_register_global(TYPE_TEST_GLOBAL, "count", "4");
        obj = object_new(TYPE_TEST_GLOBAL_SUB);
        g_assert_cmpuint(((UcState *)obj)->count, ==, 4);
        object_unref(obj);
        object_register_sugar_prop(TYPE_TEST_GLOBAL, "nope", "3", true);
        obj = object_new(TYPE_TEST_GLOBAL);
        object_unref(obj);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
}

static void test_compat_machine_bug(void)
{
    GlobalProperty machine[] = {
        { .driver = TYPE_TEST_GLOBAL, .property = "count", .value = "x" },
    };

    if (g_test_subprocess()) {
        object_set_machine_compat_props(global_array(machine, 1));
        object_new(TYPE_TEST_GLOBAL);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*can't apply global test-global.count=x*");
}

static void test_check_globals(void)
{
    static GlobalProperty unused = {
        .driver = TYPE_TEST_PLAIN, .property = "count", .value = "1",
    };

    if (g_test_subprocess()) {
        g_assert_cmpint(object_prop_check_globals(), ==, 0);
        object_register_global("nope", "x", "1");
        object_prop_register_global(&unused);
        object_register_global(TYPE_TEST_GLOBAL, "fail", "on");
        object_unref(object_new(TYPE_TEST_GLOBAL));
        g_assert_cmpint(object_prop_check_globals(), ==, 1);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("*warning: global nope.x has invalid class "
                              "name\n"
                              "*warning: global test-plain.count=1 not "
                              "used\n");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    type_register_static_array(uc_types, ARRAY_SIZE(uc_types));

    g_test_add_func("/qom/uc/complete", test_complete);
    g_test_add_func("/qom/uc/add-type", test_add_type);
    g_test_add_func("/qom/uc/add-type-keyval", test_add_type_keyval);
    g_test_add_func("/qom/uc/add-type-errors", test_add_type_errors);
    g_test_add_func("/qom/uc/add-type-id-hint", test_add_type_id_hint);
    g_test_add_func("/qom/uc/add-type-duplicate", test_add_type_duplicate);
    g_test_add_func("/qom/uc/add-type-complete-fails",
                    test_add_type_complete_fails);
    g_test_add_func("/qom/uc/add-dict", test_add_dict);
    g_test_add_func("/qom/uc/add-dict-errors", test_add_dict_errors);
    g_test_add_func("/qom/uc/add-dict-opts-messages",
                    test_add_dict_opts_messages);
    g_test_add_func("/qom/uc/parse-str", test_parse_str);
    g_test_add_func("/qom/uc/add-from-str", test_add_from_str);
    g_test_add_func("/qom/uc/process-cmdline", test_process_cmdline);
    g_test_add_func("/qom/uc/process-cmdline-help",
                    test_process_cmdline_help);
    g_test_add_func("/qom/uc/del", test_del);
    g_test_add_func("/qom/uc/del-removes-opts", test_del_removes_opts);
    g_test_add_func("/qom/uc/cleanup", test_cleanup);
    g_test_add_func("/qom/uc/new-with-props", test_new_with_props);
    g_test_add_func("/qom/uc/set-props", test_set_props);
    g_test_add_func("/qom/uc/initialize-child-with-props",
                    test_initialize_child_with_props);
    g_test_add_func("/qom/help/property-help", test_property_help);
    g_test_add_func("/qom/help/class-properties",
                    test_print_class_properties);
    g_test_add_func("/qom/help/types", test_print_types);
    g_test_add_func("/qom/help/opts", test_print_help_opts);
    g_test_add_func("/qom/help/keyval", test_print_help_keyval);
    g_test_add_func("/qom/global/apply", test_global_apply);
    g_test_add_func("/qom/global/errors", test_global_errors);
    g_test_add_func("/qom/global/warn", test_global_warn);
    g_test_add_func("/qom/global/fatal", test_global_fatal);
    g_test_add_func("/qom/global/compat-order", test_compat_order);
    g_test_add_func("/qom/global/compat-machine-bug",
                    test_compat_machine_bug);
    g_test_add_func("/qom/global/check", test_check_globals);
    return g_test_run();
}
