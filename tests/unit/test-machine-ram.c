/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-machine-ram.c: unit tests of a machine's RAM (hw/core/machine.c,
 * null-machine.c, backends/hostmem.c): board init takes the RAM
 * backend's region as ms->ram (the implicit backend of -m, or
 * memory-backend=ID), a backend backs one machine only, and machine
 * "none" maps its RAM at 0.  Each board init runs in a subprocess (the
 * phases and the system memory are process-wide).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/keyval.h"
#include "qemu/module.h"
#include "qobject/qdict.h"
#include "qom/object_interfaces.h"
#include "exec/memory.h"
#include "hw/boards.h"
#include "hw/qdev-core.h"
#include "sysemu/hostmem.h"

static MachineState *none_new(const char *props)
{
    MachineState *ms = MACHINE(object_new(MACHINE_TYPE_NAME("none")));
    g_autoptr(QDict) qdict = keyval_parse(props, NULL, NULL, &error_abort);

    object_set_properties_from_keyval(OBJECT(ms), qdict, false,
                                      &error_abort);
    return ms;
}

static void phases_to_board_init(void)
{
    phase_advance(PHASE_MACHINE_CREATED);
    phase_advance(PHASE_ACCEL_CREATED);
    phase_advance(PHASE_LATE_BACKENDS_CREATED);
}

static HostMemoryBackend *backend_new(const char *id, uint64_t size)
{
    Object *obj = object_new(TYPE_MEMORY_BACKEND_RAM);

    object_property_set_int(obj, "size", size, &error_abort);
    object_property_add_child(object_get_objects_root(), id, obj);
    object_unref(obj);
    user_creatable_complete((UserCreatable *)obj, &error_abort);
    return MEMORY_BACKEND(obj);
}

static void test_default_memdev(void)
{
    MachineState *ms;
    hwaddr xlat, plen = 1;

    if (!g_test_subprocess()) {
        g_test_trap_subprocess(NULL, 0, 0);
        g_test_trap_assert_passed();
        return;
    }
    ms = none_new("memory.size=16M");
    phases_to_board_init();
    g_assert_true(machine_run_board_init(ms, NULL, &error_abort));
    g_assert_nonnull(ms->ram);
    g_assert_cmpstr(memory_region_name(ms->ram), ==, "ram");
    g_assert_cmpuint(memory_region_size(ms->ram), ==, 16 * MiB);
    g_assert_true(memory_region_get_ram_ptr(ms->ram) ==
                  host_memory_backend_get_ram_ptr(ms->memdev));
    g_assert_true(host_memory_backend_is_mapped(ms->memdev));
    g_assert_true(address_space_translate(&address_space_memory, 0x1000,
                                          &xlat, &plen, false,
                                          MEMTXATTRS_UNSPECIFIED) == ms->ram);
    stl_le_phys(&address_space_memory, 16 * MiB - 4, 0xfeedf00d);
    g_assert_cmphex(*(uint32_t *)(memory_region_get_ram_ptr(ms->ram) +
                                  16 * MiB - 4), ==, 0xfeedf00d);
    object_unref(OBJECT(ms));
}

static void test_no_ram(void)
{
    MachineState *ms;

    if (!g_test_subprocess()) {
        g_test_trap_subprocess(NULL, 0, 0);
        g_test_trap_assert_passed();
        return;
    }
    ms = none_new("memory.size=0");
    phases_to_board_init();
    g_assert_true(machine_run_board_init(ms, NULL, &error_abort));
    g_assert_null(ms->ram);
    g_assert_null(ms->memdev);
    object_unref(OBJECT(ms));
}

static void test_memdev_used_twice(void)
{
    HostMemoryBackend *b;
    MachineState *ms;
    Error *err = NULL;

    if (!g_test_subprocess()) {
        g_test_trap_subprocess(NULL, 0, 0);
        g_test_trap_assert_passed();
        return;
    }
    b = backend_new("m", 2 * MiB);
    host_memory_backend_set_mapped(b, true);
    ms = none_new("memory.size=2M");
    object_property_set_link(OBJECT(ms), "memory-backend", OBJECT(b),
                             &error_abort);
    phases_to_board_init();
    g_assert_false(machine_run_board_init(ms, NULL, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "memory backend m can't be used multiple times.");
    error_free(err);
    g_assert_null(ms->ram);
    object_unref(OBJECT(ms));
}

static void test_backend_region(void)
{
    Object *obj = object_new(TYPE_MEMORY_BACKEND_RAM);
    HostMemoryBackend *b = MEMORY_BACKEND(obj);
    MemoryRegion *mr;

    g_assert_null(host_memory_backend_get_memory(b));
    object_unref(obj);

    b = backend_new("named", 64 * KiB);
    mr = host_memory_backend_get_memory(b);
    g_assert_nonnull(mr);
    g_assert_true(host_memory_backend_get_memory(b) == mr);
    g_assert_true(memory_region_is_ram(mr));
    g_assert_cmpstr(memory_region_name(mr), ==, "named");
    g_assert_true(mr->owner == OBJECT(b));
    g_assert_true(user_creatable_del("named", &error_abort));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    module_call_init(MODULE_INIT_QOM);
    g_test_add_func("/hw/machine/ram/default-memdev", test_default_memdev);
    g_test_add_func("/hw/machine/ram/none", test_no_ram);
    g_test_add_func("/hw/machine/ram/memdev-twice", test_memdev_used_twice);
    g_test_add_func("/hw/machine/ram/backend-region", test_backend_region);
    return g_test_run();
}
