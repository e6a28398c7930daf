/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-reset.c: unit tests of the system reset handlers (hw/core/reset.c):
 * registration order, removal, a handler removing itself while the
 * handlers run.
 */
#include "qemu/osdep.h"
#include "sysemu/reset.h"

static GString *trace;

static void note(void *opaque)
{
    g_string_append_printf(trace, "%s;", (const char *)opaque);
}

static void note_once(void *opaque)
{
    note(opaque);
    qemu_unregister_reset(note_once, opaque);
}

static void test_order(void)
{
    trace = g_string_new("");
    qemu_register_reset(note, "a");
    qemu_register_reset(note, "b");
    qemu_register_reset(note, "a");
    qemu_register_reset(note_once, "once");
    qemu_register_reset(note, "c");
    qemu_devices_reset();
    g_assert_cmpstr(trace->str, ==, "a;b;a;once;c;");

    g_string_truncate(trace, 0);
    qemu_unregister_reset(note, "a");
    qemu_unregister_reset(note, "zzz");     /* not registered: no-op */
    qemu_devices_reset();
    g_assert_cmpstr(trace->str, ==, "b;a;c;");

    qemu_unregister_reset(note, "a");
    qemu_unregister_reset(note, "b");
    qemu_unregister_reset(note, "c");
    g_string_truncate(trace, 0);
    qemu_devices_reset();
    g_assert_cmpstr(trace->str, ==, "");
    g_string_free(trace, true);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/reset/order", test_order);
    return g_test_run();
}
