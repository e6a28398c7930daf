/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * spike.c: the RISC-V "spike" board of QEMU 8.2 (hw/riscv/spike.c), the
 * riscv64 target's default machine.  For now its class and the checks
 * of its NUMA layout; the HTIF console and CLINT come later.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "hw/boards.h"
#include "hw/riscv/numa.h"

#define SPIKE_CPUS_MAX 8

/*
 * QEMU also limits spike to 8 sockets, which its 8 CPUs and the rule of
 * no more nodes than CPUs already enforce.
 */
static void spike_board_init(MachineState *ms)
{
    riscv_socket_check_all(ms, &error_fatal);
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
    mc->possible_cpu_arch_ids = riscv_numa_possible_cpu_arch_ids;
    mc->cpu_index_to_instance_props = riscv_numa_cpu_index_to_props;
    mc->get_default_cpu_node_id = riscv_numa_get_default_cpu_node_id;
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
