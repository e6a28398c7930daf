/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * numa.h: the RISC-V boards' CPUs and NUMA nodes, as QEMU 8.2's
 * hw/riscv/numa.c sees them: one socket per NUMA node (one socket when
 * there is no -numa node), each socket a contiguous run of hart ids, and
 * the possible CPUs identified by core-id only (hart id = CPU index).
 */
#ifndef HW_RISCV_NUMA_H
#define HW_RISCV_NUMA_H

#include "hw/boards.h"

/* Number of sockets: the NUMA nodes, or 1 without -numa node. */
int riscv_socket_count(const MachineState *ms);

/* First hart id of socket @socket_id, or -1 if it has none. */
int riscv_socket_first_hartid(const MachineState *ms, int socket_id);

/* Last hart id of socket @socket_id, or -1 if it has none. */
int riscv_socket_last_hartid(const MachineState *ms, int socket_id);

/* Harts from the first to the last of socket @socket_id, or -1. */
int riscv_socket_hart_count(const MachineState *ms, int socket_id);

/* True if socket @socket_id has harts and they are contiguous. */
bool riscv_socket_check_hartids(const MachineState *ms, int socket_id);

/*
 * riscv_socket_check_all: the checks the boards make for each socket
 * before building it, with QEMU's messages: "discontinuous hartids in
 * socketN", "can't find hartid base for socketN", "can't find hart count
 * for socketN".  Returns false with @errp set.
 */
bool riscv_socket_check_all(const MachineState *ms, Error **errp);

/* MachineClass hooks for NUMA placement (see include/hw/boards.h). */
const CPUArchIdList *riscv_numa_possible_cpu_arch_ids(MachineState *ms);
CpuInstanceProperties riscv_numa_cpu_index_to_props(MachineState *ms,
                                                    unsigned cpu_index);
/*
 * The default node of CPU @idx: the CPUs split evenly over the nodes, the
 * rest in the last one.  More nodes than CPUs ends the process with
 * "Number of NUMA nodes (N) cannot exceed the number of available CPUs
 * (M)." as QEMU does.
 */
int64_t riscv_numa_get_default_cpu_node_id(const MachineState *ms, int idx);

#endif
