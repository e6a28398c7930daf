/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * null-machine.c: machine "none", an empty board on every target: no
 * CPU unless -cpu asks for one, no RAM unless -m does (QEMU 8.2's
 * hw/core/null-machine.c).
 */
#include "qemu/osdep.h"
#include "exec/memory.h"
#include "hw/boards.h"

static void machine_none_init(MachineState *ms)
{
    /* -m gives RAM at address 0. */
    if (ms->ram) {
        memory_region_add_subregion(get_system_memory(), 0, ms->ram);
    }
}

static void machine_none_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->desc = "empty machine";
    mc->init = machine_none_init;
    mc->max_cpus = 1;
    mc->default_ram_size = 0;
    mc->default_ram_id = "ram";
    mc->no_serial = 1;
    mc->no_parallel = 1;
    mc->no_floppy = 1;
    mc->no_cdrom = 1;
    mc->no_sdcard = 1;
}

static const TypeInfo machine_none_info = {
    .name = MACHINE_TYPE_NAME("none"),
    .parent = TYPE_MACHINE,
    .class_init = machine_none_class_init,
};

static void machine_none_register_types(void)
{
    type_register_static(&machine_none_info);
}

type_init(machine_none_register_types)
