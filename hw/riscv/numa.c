/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * numa.c: sockets and NUMA placement of the RISC-V boards (virt, spike).
 * A socket is a NUMA node; its harts must have contiguous ids since each
 * socket's interrupt controllers cover a range of hart ids.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "hw/riscv/numa.h"
#include "sysemu/numa.h"

static bool riscv_numa_enabled(const MachineState *ms)
{
    return ms->numa_state && ms->numa_state->num_nodes > 0;
}

int riscv_socket_count(const MachineState *ms)
{
    return riscv_numa_enabled(ms) ? ms->numa_state->num_nodes : 1;
}

/* Whether present CPU @i is in node @socket_id. */
static bool riscv_hart_in_socket(const MachineState *ms, unsigned i,
                                 int socket_id)
{
    return ms->possible_cpus->cpus[i].props.node_id == socket_id;
}

int riscv_socket_first_hartid(const MachineState *ms, int socket_id)
{
    unsigned i;

    if (!riscv_numa_enabled(ms)) {
        return socket_id == 0 ? 0 : -1;
    }
    for (i = 0; i < ms->smp.cpus; i++) {
        if (riscv_hart_in_socket(ms, i, socket_id)) {
            return i;
        }
    }
    return -1;
}

int riscv_socket_last_hartid(const MachineState *ms, int socket_id)
{
    unsigned i;

    if (!riscv_numa_enabled(ms)) {
        return socket_id == 0 ? (int)ms->smp.cpus - 1 : -1;
    }
    for (i = ms->smp.cpus; i > 0; i--) {
        if (riscv_hart_in_socket(ms, i - 1, socket_id)) {
            return i - 1;
        }
    }
    return -1;
}

int riscv_socket_hart_count(const MachineState *ms, int socket_id)
{
    int first = riscv_socket_first_hartid(ms, socket_id);
    int last = riscv_socket_last_hartid(ms, socket_id);

    if (first < 0 || last < 0) {
        return -1;
    }
    return last - first + 1;
}

bool riscv_socket_check_hartids(const MachineState *ms, int socket_id)
{
    int first = riscv_socket_first_hartid(ms, socket_id);
    int last = riscv_socket_last_hartid(ms, socket_id);
    int i;

    if (first < 0 || last < 0) {
        return false;
    }
    if (!riscv_numa_enabled(ms)) {
        return true;
    }
    for (i = first; i <= last; i++) {
        if (!riscv_hart_in_socket(ms, i, socket_id)) {
            return false;
        }
    }
    return true;
}

bool riscv_socket_check_all(const MachineState *ms, Error **errp)
{
    int i;

    for (i = 0; i < riscv_socket_count(ms); i++) {
        if (!riscv_socket_check_hartids(ms, i)) {
            error_setg(errp, "discontinuous hartids in socket%d", i);
            return false;
        }
        /* Unreachable once the ids are contiguous; kept as QEMU has them. */
        if (riscv_socket_first_hartid(ms, i) < 0) {
            error_setg(errp, "can't find hartid base for socket%d", i);
            return false;
        }
        if (riscv_socket_hart_count(ms, i) < 0) {
            error_setg(errp, "can't find hart count for socket%d", i);
            return false;
        }
    }
    return true;
}

const CPUArchIdList *riscv_numa_possible_cpu_arch_ids(MachineState *ms)
{
    unsigned i, n = ms->smp.max_cpus;

    if (ms->possible_cpus) {
        assert(ms->possible_cpus->len == (int)n);
        return ms->possible_cpus;
    }
    ms->possible_cpus = g_malloc0(sizeof(CPUArchIdList) +
                                  n * sizeof(CPUArchId));
    ms->possible_cpus->len = n;
    for (i = 0; i < n; i++) {
        CPUArchId *cpu = &ms->possible_cpus->cpus[i];

        cpu->arch_id = i;
        cpu->vcpus_count = 1;
        cpu->props.has_core_id = true;
        cpu->props.core_id = i;
    }
    return ms->possible_cpus;
}

CpuInstanceProperties riscv_numa_cpu_index_to_props(MachineState *ms,
                                                    unsigned cpu_index)
{
    const CPUArchIdList *cpus = riscv_numa_possible_cpu_arch_ids(ms);

    assert(cpu_index < (unsigned)cpus->len);
    return cpus->cpus[cpu_index].props;
}

int64_t riscv_numa_get_default_cpu_node_id(const MachineState *ms, int idx)
{
    int nodes = ms->numa_state->num_nodes;
    int64_t node;

    if (nodes > (int)ms->smp.cpus) {
        error_report("Number of NUMA nodes (%d) cannot exceed the number "
                     "of available CPUs (%u).", nodes, ms->smp.cpus);
        exit(1);
    }
    node = idx / (ms->smp.cpus / nodes);
    return MIN(node, nodes - 1);
}
