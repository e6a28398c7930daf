/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * numa.h: the guest's NUMA topology from -numa (node, dist, cpu), with
 * QEMU 8.2's rules and messages (hw/core/numa.c).
 */
#ifndef SYSEMU_NUMA_H
#define SYSEMU_NUMA_H

#include "hw/boards.h"

#define MAX_NODES 128
#define NUMA_DISTANCE_MIN 10
#define NUMA_DISTANCE_DEFAULT 20
#define NUMA_DISTANCE_MAX 254
#define NUMA_DISTANCE_UNREACHABLE 255

typedef struct NodeInfo {
    uint64_t node_mem;              /* bytes */
    HostMemoryBackend *node_memdev; /* memdev=, referenced */
    bool present;
    bool has_cpu;
    uint16_t initiator;
    uint8_t distance[MAX_NODES];    /* 0: not given */
} NodeInfo;

struct NumaState {
    int num_nodes;
    bool have_numa_distance;        /* some -numa dist was given */
    bool hmat_enabled;              /* -machine hmat=on */
    NodeInfo nodes[MAX_NODES];
};

/*
 * parse_numa_opts: apply every -numa option to @ms, in order, exiting
 * with QEMU's message (at the option's location) on the first bad one.
 */
void parse_numa_opts(MachineState *ms);

/*
 * numa_apply_opts: apply one -numa option's @opts to @ms.  Returns false
 * with @errp set when it is invalid.
 */
bool numa_apply_opts(MachineState *ms, QemuOpts *opts, Error **errp);

/*
 * numa_complete_configuration: the checks that need every node: node
 * ids without holes, memory of the nodes adding up to the RAM size, a
 * full distance table.  With no -numa node and a machine that wants
 * memdev-only NUMA nothing is done.  Returns false with @errp set.
 */
bool numa_complete_configuration(MachineState *ms, Error **errp);

/* True unless -numa node,memdev= was used (the RAM is then per node). */
bool numa_uses_legacy_mem(void);

/*
 * numa_state_new: the NUMA state of a new machine (QEMU has one machine
 * per process; the checks across -numa options start afresh).
 */
NumaState *numa_state_new(void);

/* Free @state and drop its references to backends (NULL is fine). */
void numa_state_free(NumaState *state);

#endif
