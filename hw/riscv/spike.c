/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * spike.c: the RISC-V "spike" board of QEMU 8.2 (hw/riscv/spike.c), the
 * riscv64 target's default machine.  For now its class only; the HTIF
 * console and CLINT come later.
 */
#include "qemu/osdep.h"
#include "hw/boards.h"

#define SPIKE_CPUS_MAX 8

static void spike_board_init(MachineState *ms)
{
}

static void spike_machine_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->desc = "RISC-V Spike board";
    mc->init = spike_board_init;
    mc->max_cpus = SPIKE_CPUS_MAX;
    mc->is_default = true;
    mc->default_cpu_type = "rv64-riscv-cpu";
    mc->default_ram_id = "riscv.spike.ram";
    mc->numa_mem_supported = true;
    mc->numa_supported = true;
}

static const TypeInfo spike_machine_info = {
    .name = MACHINE_TYPE_NAME("spike"),
    .parent = TYPE_MACHINE,
    .class_init = spike_machine_class_init,
};

static void spike_machine_register_types(void)
{
    type_register_static(&spike_machine_info);
}

type_init(spike_machine_register_types)
