/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for configure_accelerators (system/vl-accel.c) with fake
 * "tcg" and "kvm" accelerators, to show what neither real binary can:
 * the default list when a binary has both (the program name decides
 * the order), and the message of a binary that has neither.  Each test
 * runs in a subprocess, since a configured accelerator stays.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/error-report.h"
#include "qemu/option.h"
#include "hw/boards.h"
#include "sysemu/arch_init.h"
#include "sysemu/kvm.h"
#include "sysemu/tcg.h"
#include "sysemu/vl.h"
#include "sysemu/vl-opts.h"

/* Set in the environment of a subprocess that must see no tcg or kvm. */
#define NO_ACCELS_ENV "TEST_VL_ACCEL_NO_ACCELS"

/* vl.c, which holds the command-line state, wants a target. */
const uint32_t arch_type = QEMU_ARCH_ALL;
const char target_name[] = "test";

static int fake_kvm_ret = -ENOENT;

static int fake_tcg_init(MachineState *ms)
{
    return 0;
}

static int fake_kvm_init(MachineState *ms)
{
    return fake_kvm_ret;
}

static void fake_tcg_class_init(ObjectClass *oc, void *data)
{
    AccelClass *ac = ACCEL_CLASS(oc);

    ac->name = "tcg";
    ac->init_machine = fake_tcg_init;
    ac->allowed = &tcg_allowed;
}

static void fake_kvm_class_init(ObjectClass *oc, void *data)
{
    AccelClass *ac = ACCEL_CLASS(oc);

    ac->name = "KVM";
    ac->init_machine = fake_kvm_init;
    ac->allowed = &kvm_allowed;
}

static const TypeInfo fake_accels[] = {
    {
        .name = TYPE_TCG_ACCEL,
        .parent = TYPE_ACCEL,
        .class_init = fake_tcg_class_init,
    }, {
        .name = TYPE_KVM_ACCEL,
        .parent = TYPE_ACCEL,
        .class_init = fake_kvm_class_init,
    },
};

static MachineState test_machine;

static void run_configure(const char *progname, const char *machine_accel)
{
    current_machine = &test_machine;
    test_machine.accel = g_strdup(machine_accel);
    configure_accelerators(progname);
}

/* Run @fn in a subprocess; it must pass and print what @pattern says. */
static bool in_subprocess(bool passes, const char *pattern)
{
    if (g_test_subprocess()) {
        return true;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    if (passes) {
        g_test_trap_assert_passed();
    } else {
        g_test_trap_assert_failed();
    }
    g_test_trap_assert_stderr(pattern);
    return false;
}

static void test_default_tcg_first(void)
{
    if (in_subprocess(true, "")) {
        run_configure("/usr/bin/qemu-system-riscv64", NULL);
        g_assert_cmpstr(current_accel_name(), ==, "tcg");
    }
}

static void test_default_kvm_first(void)
{
    if (in_subprocess(true, "*failed to initialize kvm: No such file or "
                      "directory\n*falling back to tcg\n")) {
        run_configure("/tmp/x/qemu-kvm", NULL);
        g_assert_cmpstr(current_accel_name(), ==, "tcg");
    }
}

static void test_default_kvm_works(void)
{
    if (in_subprocess(true, "")) {
        fake_kvm_ret = 0;
        run_configure("qemu-kvm", NULL);
        g_assert_true(kvm_enabled());
        g_assert_false(tcg_enabled());
    }
}

static void test_machine_accel(void)
{
    if (in_subprocess(true, "*invalid accelerator foo\n"
                      "*failed to initialize kvm: No such file or "
                      "directory\n*falling back to tcg\n")) {
        run_configure("qemu", "foo:kvm:tcg");
    }
}

static void test_qtest_kvm_quiet(void)
{
    /* under qtest, a missing kvm is not worth a message */
    if (in_subprocess(true, "")) {
        vl.qtest_chrdev = "null";
        run_configure("qemu", "kvm:tcg");
        g_assert_true(tcg_enabled());
    }
}

static void test_missing_name(void)
{
    if (in_subprocess(false, "*Parameter 'accel' is missing\n")) {
        qemu_opts_create(qemu_find_opts("accel"), NULL, 0, &error_abort);
        run_configure("qemu", NULL);
    }
}

static void test_no_default(void)
{
    if (g_test_subprocess()) {
        run_configure("qemu", NULL);
        return;
    }
    g_setenv(NO_ACCELS_ENV, "1", true);
    g_test_trap_subprocess(NULL, 0, 0);
    g_unsetenv(NO_ACCELS_ENV);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*No accelerator selected and no default "
                              "accelerator available\n");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    qemu_add_vl_opts();
    if (!g_getenv(NO_ACCELS_ENV)) {
        type_register_static_array(fake_accels, ARRAY_SIZE(fake_accels));
    }
    module_call_init(MODULE_INIT_QOM);

    g_test_add_func("/vl-accel/default/tcg-first", test_default_tcg_first);
    g_test_add_func("/vl-accel/default/kvm-first", test_default_kvm_first);
    g_test_add_func("/vl-accel/default/kvm-works", test_default_kvm_works);
    g_test_add_func("/vl-accel/machine-accel", test_machine_accel);
    g_test_add_func("/vl-accel/qtest-kvm-quiet", test_qtest_kvm_quiet);
    g_test_add_func("/vl-accel/missing-name", test_missing_name);
    g_test_add_func("/vl-accel/no-default", test_no_default);
    return g_test_run();
}
