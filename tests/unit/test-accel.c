/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the accelerator core (accel/accel-common.c), the tcg
 * accelerator's properties (accel/tcg/tcg-all.c) and qtest
 * (accel/qtest/qtest.c): finding a class, initialising for a machine,
 * undoing a failure, compat properties, the tcg settings and messages.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qom/object.h"
#include "hw/boards.h"
#include "sysemu/cpu-timers.h"
#include "sysemu/qtest.h"
#include "sysemu/tcg.h"

#define TYPE_TEST_ACCEL ACCEL_CLASS_NAME("test")
#define TYPE_NOT_ACCEL "bogus-accel"
#define TYPE_TEST_TARGET "test-accel-target"

static bool test_allowed;
static int test_init_ret;
static int test_finalized;
static int test_setup_post_calls;
static bool allowed_during_init;
static AccelState *accel_during_init;

/* The object the test accelerator's compat property applies to. */
typedef struct TargetState {
    Object parent_obj;
    char *mode;
} TargetState;

static char *target_get_mode(Object *obj, Error **errp)
{
    return g_strdup(((TargetState *)obj)->mode);
}

static void target_set_mode(Object *obj, const char *value, Error **errp)
{
    TargetState *s = (TargetState *)obj;

    g_free(s->mode);
    s->mode = g_strdup(value);
}

static void target_finalize(Object *obj)
{
    g_free(((TargetState *)obj)->mode);
}

static void target_class_init(ObjectClass *oc, void *data)
{
    object_class_property_add_str(oc, "mode", target_get_mode,
                                  target_set_mode);
}

static int test_accel_init(MachineState *ms)
{
    allowed_during_init = test_allowed;
    accel_during_init = ms->accelerator;
    return test_init_ret;
}

static void test_accel_setup_post(MachineState *ms, AccelState *accel)
{
    g_assert_true(accel == ms->accelerator);
    test_setup_post_calls++;
}

static void test_accel_finalize(Object *obj)
{
    test_finalized++;
}

static GlobalProperty test_compat = {
    .driver = TYPE_TEST_TARGET, .property = "mode", .value = "fast",
};

static void test_accel_class_init(ObjectClass *oc, void *data)
{
    AccelClass *ac = ACCEL_CLASS(oc);

    ac->name = "Test";
    ac->init_machine = test_accel_init;
    ac->setup_post = test_accel_setup_post;
    ac->allowed = &test_allowed;
    ac->compat_props = g_ptr_array_new();
    g_ptr_array_add(ac->compat_props, &test_compat);
}

static const TypeInfo test_types[] = {
    {
        .name = TYPE_TEST_ACCEL,
        .parent = TYPE_ACCEL,
        .class_init = test_accel_class_init,
        .instance_finalize = test_accel_finalize,
    }, {
        .name = TYPE_NOT_ACCEL,
        .parent = TYPE_OBJECT,
    }, {
        .name = TYPE_TEST_TARGET,
        .parent = TYPE_OBJECT,
        .instance_size = sizeof(TargetState),
        .class_init = target_class_init,
        .instance_finalize = target_finalize,
    },
};

static MachineState test_machine;

static void reset_machine(void)
{
    memset(&test_machine, 0, sizeof(test_machine));
    current_machine = &test_machine;
}

static void test_find(void)
{
    g_assert_nonnull(accel_find("tcg"));
    g_assert_nonnull(accel_find("qtest"));
    g_assert_nonnull(accel_find("test"));
    g_assert_null(accel_find("nope"));
    /* "bogus-accel" exists but is no accelerator */
    g_assert_null(accel_find("bogus"));
    g_assert_cmpstr(accel_find("tcg")->name, ==, "tcg");
    g_assert_cmpstr(accel_find("qtest")->name, ==, "QTest");
}

static void test_abstract(void)
{
    ObjectClass *oc = object_class_by_name(TYPE_ACCEL);

    g_assert_nonnull(oc);
    g_assert_true(object_class_is_abstract(oc));
}

/* Runs in a subprocess: the compat properties can be set only once. */
static void test_init_success(void)
{
    Object *accel;
    Object *target;

    if (!g_test_subprocess()) {
        g_test_trap_subprocess(NULL, 0, 0);
        g_test_trap_assert_passed();
        return;
    }
    accel = object_new(TYPE_TEST_ACCEL);
    reset_machine();
    test_init_ret = 0;
    g_assert_cmpint(accel_init_machine(ACCEL(accel), &test_machine), ==, 0);
    g_assert_true(allowed_during_init);
    g_assert_true(accel_during_init == ACCEL(accel));
    g_assert_true(test_allowed);
    g_assert_true(current_accel() == ACCEL(accel));
    g_assert_cmpstr(current_accel_name(), ==, "Test");

    /* the accelerator's compat properties now apply to new objects */
    target = object_new(TYPE_TEST_TARGET);
    g_assert_cmpstr(((TargetState *)target)->mode, ==, "fast");
    object_unref(target);

    accel_setup_post(&test_machine);
    g_assert_cmpint(test_setup_post_calls, ==, 1);

    test_allowed = false;
    object_unref(accel);
}

static void test_init_failure(void)
{
    Object *accel = object_new(TYPE_TEST_ACCEL);
    int finalized = test_finalized;

    reset_machine();
    test_init_ret = -ENODEV;
    g_assert_cmpint(accel_init_machine(ACCEL(accel), &test_machine), ==,
                    -ENODEV);
    g_assert_true(allowed_during_init);
    g_assert_false(test_allowed);
    g_assert_null(test_machine.accelerator);
    g_assert_null(current_accel());
    /* the failed accelerator was dropped */
    g_assert_cmpint(test_finalized, ==, finalized + 1);
}

static void test_no_machine(void)
{
    current_machine = NULL;
    g_assert_null(current_accel());
}

static void test_setup_post_none(void)
{
    Object *accel = object_new(TYPE_QTEST_ACCEL);

    reset_machine();
    g_assert_cmpint(accel_init_machine(ACCEL(accel), &test_machine), ==, 0);
    g_assert_true(qtest_enabled());
    g_assert_cmpstr(current_accel_name(), ==, "QTest");
    /* qtest has no setup_post: nothing to call */
    accel_setup_post(&test_machine);
    qtest_allowed = false;
    object_unref(accel);
}

static Object *new_tcg(void)
{
    return object_new(TYPE_TCG_ACCEL);
}

static void check_parse_error(Object *obj, const char *name,
                              const char *value, const char *msg)
{
    Error *err = NULL;

    g_assert_false(object_property_parse(obj, name, value, &err));
    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
}

static void test_tcg_thread(void)
{
    Object *tcg = new_tcg();
    char *s;

    s = object_property_get_str(tcg, "thread", &error_abort);
    g_assert_cmpstr(s, ==, "multi");
    g_free(s);
    g_assert_true(object_property_parse(tcg, "thread", "single",
                                        &error_abort));
    s = object_property_get_str(tcg, "thread", &error_abort);
    g_assert_cmpstr(s, ==, "single");
    g_free(s);
    g_assert_true(object_property_parse(tcg, "thread", "multi",
                                        &error_abort));
    check_parse_error(tcg, "thread", "bogus",
                      "Invalid 'thread' setting bogus");
    object_unref(tcg);
}

static void test_tcg_thread_icount(void)
{
    Object *tcg;
    char *s;

    use_icount = 1;
    tcg = new_tcg();
    /* icount needs one thread: the default follows */
    s = object_property_get_str(tcg, "thread", &error_abort);
    g_assert_cmpstr(s, ==, "single");
    g_free(s);
    check_parse_error(tcg, "thread", "multi",
                      "No MTTCG when icount is enabled");
    use_icount = 0;
    object_unref(tcg);
}

static void test_tcg_tb_size(void)
{
    Object *tcg = new_tcg();

    g_assert_cmpuint(object_property_get_uint(tcg, "tb-size", &error_abort),
                     ==, 0);
    g_assert_true(object_property_parse(tcg, "tb-size", "64", &error_abort));
    g_assert_cmpuint(object_property_get_uint(tcg, "tb-size", &error_abort),
                     ==, 64);
    check_parse_error(tcg, "tb-size", "foo",
                      "Parameter 'tb-size' expects uint64");
    check_parse_error(tcg, "tb-size", "4294967296",
                      "Parameter 'tb-size' expects uint32_t");
    object_unref(tcg);
}

static void test_tcg_bools(void)
{
    Object *tcg = new_tcg();

    g_assert_false(object_property_get_bool(tcg, "split-wx", &error_abort));
    g_assert_true(object_property_parse(tcg, "split-wx", "on",
                                        &error_abort));
    g_assert_true(object_property_get_bool(tcg, "split-wx", &error_abort));
    g_assert_false(object_property_get_bool(tcg, "one-insn-per-tb",
                                            &error_abort));
    g_assert_true(object_property_parse(tcg, "one-insn-per-tb", "on",
                                        &error_abort));
    g_assert_true(object_property_get_bool(tcg, "one-insn-per-tb",
                                           &error_abort));
    g_assert_true(one_insn_per_tb);
    g_assert_true(object_property_parse(tcg, "one-insn-per-tb", "off",
                                        &error_abort));
    g_assert_false(one_insn_per_tb);
    check_parse_error(tcg, "split-wx", "maybe",
                      "Parameter 'split-wx' expects 'on' or 'off'");
    check_parse_error(tcg, "foo", "1", "Property 'tcg-accel.foo' not found");
    object_unref(tcg);
}

static void test_tcg_init(void)
{
    Object *tcg = new_tcg();
    AccelClass *ac = ACCEL_GET_CLASS(tcg);

    reset_machine();
    g_assert_true(object_property_parse(tcg, "thread", "single",
                                        &error_abort));
    mttcg_enabled = true;
    g_assert_cmpint(accel_init_machine(ACCEL(tcg), &test_machine), ==, 0);
    g_assert_true(tcg_enabled());
    g_assert_false(mttcg_enabled);
    g_assert_cmpstr(current_accel_name(), ==, "tcg");
    g_assert_cmpint(ac->gdbstub_supported_sstep_flags(), ==,
                    SSTEP_ENABLE | SSTEP_NOIRQ | SSTEP_NOTIMER);
    tcg_allowed = false;
    object_unref(tcg);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    type_register_static_array(test_types, ARRAY_SIZE(test_types));
    module_call_init(MODULE_INIT_QOM);

    g_test_add_func("/accel/find", test_find);
    g_test_add_func("/accel/abstract", test_abstract);
    g_test_add_func("/accel/init/success", test_init_success);
    g_test_add_func("/accel/init/failure", test_init_failure);
    g_test_add_func("/accel/init/no-machine", test_no_machine);
    g_test_add_func("/accel/setup-post/none", test_setup_post_none);
    g_test_add_func("/accel/tcg/thread", test_tcg_thread);
    g_test_add_func("/accel/tcg/thread-icount", test_tcg_thread_icount);
    g_test_add_func("/accel/tcg/tb-size", test_tcg_tb_size);
    g_test_add_func("/accel/tcg/bools", test_tcg_bools);
    g_test_add_func("/accel/tcg/init", test_tcg_init);
    return g_test_run();
}
