/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the machine steps of qemu_init (system/vl-machine.c)
 * that no real board can show: the warning for a deprecated machine type,
 * printed unless the qtest accelerator is in use.  A test-only deprecated
 * board is registered here.  Each test runs in a subprocess, since the
 * warning goes to stderr.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/module.h"
#include "hw/boards.h"
#include "sysemu/arch_init.h"
#include "sysemu/qtest.h"
#include "sysemu/vl.h"

/* vl.c, which holds the command-line state, wants a target. */
const uint32_t arch_type = QEMU_ARCH_ALL;
const char target_name[] = "test";

#define DEPRECATION_WARNING \
    "*warning: Machine type 'test-old' is deprecated: use test-new " \
    "instead\n"

static void test_old_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->desc = "deprecated test board";
    mc->deprecation_reason = "use test-new instead";
}

static void test_new_class_init(ObjectClass *oc, void *data)
{
    MACHINE_CLASS(oc)->desc = "current test board";
}

static const TypeInfo test_types[] = {
    {
        .name = MACHINE_TYPE_NAME("test-old"),
        .parent = TYPE_MACHINE,
        .class_init = test_old_class_init,
    }, {
        .name = MACHINE_TYPE_NAME("test-new"),
        .parent = TYPE_MACHINE,
        .class_init = test_new_class_init,
    },
};

/* Make an instance of machine @name the current machine and warn. */
static void warn_for(const char *name)
{
    g_autofree char *type = g_strconcat(name, TYPE_MACHINE_SUFFIX, NULL);

    current_machine = MACHINE(object_new(type));
    qemu_warn_deprecated_machine();
    object_unref(OBJECT(current_machine));
    current_machine = NULL;
}

static void test_deprecated_warns(void)
{
    if (g_test_subprocess()) {
        warn_for("test-old");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(DEPRECATION_WARNING);
}

static void test_current_silent(void)
{
    if (g_test_subprocess()) {
        warn_for("test-new");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("");
}

static void test_deprecated_qtest_silent(void)
{
    if (g_test_subprocess()) {
        qtest_allowed = true;
        g_assert_true(qtest_enabled());
        warn_for("test-old");
        qtest_allowed = false;
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    type_register_static_array(test_types, ARRAY_SIZE(test_types));
    module_call_init(MODULE_INIT_QOM);
    g_test_add_func("/vl-machine/deprecated/warns", test_deprecated_warns);
    g_test_add_func("/vl-machine/deprecated/current-silent",
                    test_current_silent);
    g_test_add_func("/vl-machine/deprecated/qtest-silent",
                    test_deprecated_qtest_silent);
    return g_test_run();
}
