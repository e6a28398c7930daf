/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for util/module.c: registration through module_init
 * constructors and at run time, and module_call_init running each
 * function of a type once, in registration order.
 */
#include "qemu/osdep.h"
#include "qemu/module.h"

static GString *trace;

static void record(const char *name)
{
    if (!trace) {
        trace = g_string_new(NULL);
    }
    g_string_append(trace, name);
}

/* Take the calls recorded so far and start a new trace. */
static char *take_trace(void)
{
    char *s = trace ? g_string_free(trace, false) : g_strdup("");

    trace = NULL;
    return s;
}

static void qom_a(void)
{
    record("a");
}

static void qom_b(void)
{
    record("b");
}

static void opts_c(void)
{
    record("c");
}

static void late_d(void)
{
    record("d");
}

static void late_e(void)
{
    record("e");
}

static void trace_f(void)
{
    record("f");
}

/* Registers another function of its own type while the list runs. */
static void block_g(void)
{
    record("g");
    register_module_init(late_e, MODULE_INIT_BLOCK);
}

type_init(qom_a)
type_init(qom_b)
opts_init(opts_c)
trace_init(trace_f)
block_init(block_g)

static void test_constructors_ran_nothing(void)
{
    g_autofree char *s = take_trace();

    /* Registration alone must not call anything. */
    g_assert_cmpstr(s, ==, "");
}

static void test_call_order(void)
{
    g_autofree char *s = NULL;

    module_call_init(MODULE_INIT_QOM);
    s = take_trace();
    g_assert_cmpstr(s, ==, "ab");
}

static void test_call_per_type(void)
{
    g_autofree char *s1 = NULL;
    g_autofree char *s2 = NULL;
    g_autofree char *s3 = NULL;

    module_call_init(MODULE_INIT_OPTS);
    s1 = take_trace();
    g_assert_cmpstr(s1, ==, "c");

    module_call_init(MODULE_INIT_TRACE);
    s2 = take_trace();
    g_assert_cmpstr(s2, ==, "f");

    module_call_init(MODULE_INIT_MIGRATION);
    s3 = take_trace();
    g_assert_cmpstr(s3, ==, "");
}

static void test_call_once(void)
{
    g_autofree char *s1 = NULL;
    g_autofree char *s2 = NULL;

    module_call_init(MODULE_INIT_QOM);
    s1 = take_trace();
    module_call_init(MODULE_INIT_QOM);
    s2 = take_trace();
    /* Already run by /module/call/order (or by this test's first call). */
    g_assert_cmpstr(s2, ==, "");
    g_assert_true(g_str_equal(s1, "ab") || g_str_equal(s1, ""));
}

static void test_call_new_only(void)
{
    g_autofree char *s1 = NULL;
    g_autofree char *s2 = NULL;

    module_call_init(MODULE_INIT_XEN_BACKEND);
    g_free(take_trace());

    register_module_init(late_d, MODULE_INIT_XEN_BACKEND);
    register_module_init(late_e, MODULE_INIT_XEN_BACKEND);
    module_call_init(MODULE_INIT_XEN_BACKEND);
    s1 = take_trace();
    g_assert_cmpstr(s1, ==, "de");

    register_module_init(late_d, MODULE_INIT_XEN_BACKEND);
    module_call_init(MODULE_INIT_XEN_BACKEND);
    s2 = take_trace();
    g_assert_cmpstr(s2, ==, "d");
}

static void test_register_while_running(void)
{
    g_autofree char *s1 = NULL;
    g_autofree char *s2 = NULL;

    /* block_g appends late_e, which runs in the same pass, once. */
    module_call_init(MODULE_INIT_BLOCK);
    s1 = take_trace();
    g_assert_cmpstr(s1, ==, "ge");

    module_call_init(MODULE_INIT_BLOCK);
    s2 = take_trace();
    g_assert_cmpstr(s2, ==, "");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/module/register/lazy", test_constructors_ran_nothing);
    g_test_add_func("/module/call/order", test_call_order);
    g_test_add_func("/module/call/per-type", test_call_per_type);
    g_test_add_func("/module/call/once", test_call_once);
    g_test_add_func("/module/call/new-only", test_call_new_only);
    g_test_add_func("/module/call/register-while-running",
                    test_register_while_running);
    return g_test_run();
}
