/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * numa.c: -numa node/dist/cpu/hmat-lb/hmat-cache, checked with QEMU
 * 8.2's rules and messages (hw/core/numa.c).
 *
 * QEMU reads -numa through its QAPI options visitor; the values are read
 * here from the QemuOpts with the same syntax (numbers in any base,
 * "cpus=A-B" ranges and repeated cpus=, sizes with suffixes) and the
 * same wording of errors: value errors in member order first, unknown
 * keys last.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "qemu/error-report.h"
#include "qemu/config-file.h"
#include "qemu/option.h"
#include "qom/object.h"
#include "sysemu/numa.h"

/* The widest cpus=A-B range the options visitor expands. */
#define NUMA_CPUS_RANGE_MAX 65536

/* Across all -numa options, as in QEMU: mem= and memdev= do not mix. */
static bool have_memdevs;
static bool have_mem;
static int max_numa_nodeid;     /* highest node id + 1 */

static const char *const numa_types[] = {
    "node", "dist", "cpu", "hmat-lb", "hmat-cache", NULL
};

static const char *const *const numa_keys[] = {
    (const char *const[]) {
        "type", "nodeid", "cpus", "mem", "memdev", "initiator", NULL
    },
    (const char *const[]) { "type", "src", "dst", "val", NULL },
    (const char *const[]) {
        "type", "node-id", "drawer-id", "book-id", "socket-id", "die-id",
        "cluster-id", "core-id", "thread-id", NULL
    },
    (const char *const[]) {
        "type", "initiator", "target", "hierarchy", "data-type", "latency",
        "bandwidth", NULL
    },
    (const char *const[]) {
        "type", "node-id", "size", "level", "associativity", "policy",
        "line", NULL
    },
};

static int numa_check_key(void *opaque, const char *name, const char *value,
                          Error **errp)
{
    if (!g_strv_contains(opaque, name)) {
        error_setg(errp, "Invalid parameter '%s'", name);
        return -1;
    }
    return 0;
}

/* An unsigned member no larger than @max (@typename names its C type). */
static bool numa_opt_uint(QemuOpts *opts, const char *name, uint64_t max,
                          const char *typename, bool *has, uint64_t *val,
                          Error **errp)
{
    const char *str = qemu_opt_get(opts, name);

    *has = str != NULL;
    *val = 0;
    if (!str) {
        return true;
    }
    if (parse_uint_full(str, 0, val) < 0) {
        error_setg(errp, "Parameter '%s' expects a uint64 value", name);
        return false;
    }
    if (*val > max) {
        error_setg(errp, "Parameter '%s' expects %s", name, typename);
        return false;
    }
    return true;
}

/* A member QEMU requires. */
static bool numa_opt_required(QemuOpts *opts, const char *name,
                              uint64_t max, const char *typename,
                              uint64_t *val, Error **errp)
{
    bool has;

    if (!numa_opt_uint(opts, name, max, typename, &has, val, errp)) {
        return false;
    }
    if (!has) {
        error_setg(errp, "Parameter '%s' is missing", name);
    }
    return has;
}

/* ---- node ---- */

/*
 * CPU index @cpu into node @nodenr: through the machine's list of
 * possible CPUs when it has one (a board without it only records that
 * the node has CPUs).
 */
static bool numa_assign_cpu(MachineState *ms, uint64_t cpu, uint16_t nodenr,
                            Error **errp)
{
    MachineClass *mc = MACHINE_GET_CLASS(ms);
    CpuInstanceProperties props;

    if (cpu >= ms->smp.max_cpus) {
        error_setg(errp, "CPU index (%" PRIu64 ") should be smaller than "
                   "maxcpus (%d)", cpu, ms->smp.max_cpus);
        return false;
    }
    if (mc->cpu_index_to_instance_props) {
        props = mc->cpu_index_to_instance_props(ms, cpu);
        props.has_node_id = true;
        props.node_id = nodenr;
        if (!machine_set_cpu_numa_node(ms, &props, errp)) {
            return false;
        }
    }
    ms->numa_state->nodes[nodenr].has_cpu = true;
    return true;
}

/* Each cpus= value: "N" or "A-B", all below maxcpus. */
static bool numa_node_cpus(MachineState *ms, QemuOpts *opts, uint16_t nodenr,
                           Error **errp)
{
    QemuOptsIter iter;
    const char *str;

    qemu_opt_iter_init(&iter, opts, "cpus");
    while ((str = qemu_opt_iter_next(&iter))) {
        const char *end;
        uint64_t first, last, cpu;

        if (parse_uint(str, &end, 0, &first) < 0 ||
            (*end && (*end != '-' || parse_uint_full(end + 1, 0, &last) < 0 ||
                      last < first || last - first >= NUMA_CPUS_RANGE_MAX))) {
            error_setg(errp, "Parameter 'cpus' expects a uint64 value or "
                       "range");
            return false;
        }
        last = *end ? last : first;
        if (last > UINT16_MAX) {
            error_setg(errp, "Parameter 'cpus' expects uint16_t");
            return false;
        }
        for (cpu = first; cpu <= last; cpu++) {
            if (!numa_assign_cpu(ms, cpu, nodenr, errp)) {
                return false;
            }
        }
    }
    return true;
}

static bool numa_node_mem(MachineState *ms, QemuOpts *opts, NodeInfo *node,
                          Error **errp)
{
    MachineClass *mc = MACHINE_GET_CLASS(ms);
    const char *mem = qemu_opt_get(opts, "mem");
    uint64_t size;

    if (qemu_strtosz(mem, NULL, &size) < 0) {
        error_setg(errp, "Parameter 'mem' expects a size value");
        return false;
    }
    have_mem = true;
    if (have_memdevs) {
        error_setg(errp, "numa configuration should use either mem= or "
                   "memdev=,mixing both is not allowed");
        return false;
    }
    if (!mc->numa_mem_supported) {
        error_setg(errp, "Parameter -numa node,mem is not supported by this"
                   " machine type");
        error_append_hint(errp, "Use -numa node,memdev instead\n");
        return false;
    }
    /* A number without suffix is in MiB, as -m's. */
    qemu_strtosz_MiB(mem, NULL, &node->node_mem);
    warn_report("Parameter -numa node,mem is deprecated,"
                " use -numa node,memdev instead");
    return true;
}

static bool numa_node_memdev(QemuOpts *opts, NodeInfo *node, Error **errp)
{
    const char *id = qemu_opt_get(opts, "memdev");
    Object *o;

    have_memdevs = true;
    if (have_mem) {
        error_setg(errp, "numa configuration should use either mem= or "
                   "memdev=,mixing both is not allowed");
        return false;
    }
    o = object_resolve_path_type(id, "memory-backend", NULL);
    if (!o) {
        error_setg(errp, "memdev=%s is ambiguous", id);
        return false;
    }
    node->node_mem = object_property_get_uint(o, "size", NULL);
    node->node_memdev = (HostMemoryBackend *)object_ref(o);
    return true;
}

static bool numa_parse_node(MachineState *ms, QemuOpts *opts, Error **errp)
{
    NumaState *state = ms->numa_state;
    uint64_t nodenr, initiator;
    bool has_nodeid, has_initiator;
    NodeInfo *node;

    if (!numa_opt_uint(opts, "nodeid", UINT16_MAX, "uint16_t", &has_nodeid,
                       &nodenr, errp) ||
        !numa_opt_uint(opts, "initiator", UINT16_MAX, "uint16_t",
                       &has_initiator, &initiator, errp)) {
        return false;
    }
    nodenr = has_nodeid ? nodenr : (uint64_t)state->num_nodes;
    if (nodenr >= MAX_NODES) {
        error_setg(errp, "Max number of NUMA nodes reached: %" PRIu64,
                   nodenr);
        return false;
    }
    node = &state->nodes[nodenr];
    if (node->present) {
        error_setg(errp, "Duplicate NUMA nodeid: %" PRIu64, nodenr);
        return false;
    }
    node->initiator = MAX_NODES;
    if (has_initiator) {
        if (!state->hmat_enabled) {
            error_setg(errp, "ACPI Heterogeneous Memory Attribute Table "
                       "(HMAT) is disabled, enable it with -machine hmat=on "
                       "before using any of hmat specific options");
            return false;
        }
        node->initiator = initiator;
    }
    if (!numa_node_cpus(ms, opts, nodenr, errp) ||
        (qemu_opt_get(opts, "mem") && !numa_node_mem(ms, opts, node, errp)) ||
        (qemu_opt_get(opts, "memdev") && !numa_node_memdev(opts, node,
                                                           errp))) {
        return false;
    }
    node->present = true;
    max_numa_nodeid = MAX(max_numa_nodeid, (int)nodenr + 1);
    state->num_nodes++;
    return true;
}

/* ---- dist ---- */

static bool numa_parse_dist(MachineState *ms, QemuOpts *opts, Error **errp)
{
    NodeInfo *nodes = ms->numa_state->nodes;
    uint64_t src, dst, val;

    if (!numa_opt_required(opts, "src", UINT16_MAX, "uint16_t", &src, errp) ||
        !numa_opt_required(opts, "dst", UINT16_MAX, "uint16_t", &dst, errp) ||
        !numa_opt_required(opts, "val", UINT8_MAX, "uint8_t", &val, errp)) {
        return false;
    }
    if (src >= MAX_NODES || dst >= MAX_NODES) {
        error_setg(errp, "Parameter '%s' expects an integer between 0 and %d",
                   src >= MAX_NODES ? "src" : "dst", MAX_NODES - 1);
        return false;
    }
    if (!nodes[src].present || !nodes[dst].present) {
        error_setg(errp, "Source/Destination NUMA node is missing. "
                   "Please use '-numa node' option to declare it first.");
        return false;
    }
    if (val < NUMA_DISTANCE_MIN) {
        error_setg(errp, "NUMA distance (%" PRIu64 ") is invalid, "
                   "it shouldn't be less than %d.", val, NUMA_DISTANCE_MIN);
        return false;
    }
    if (src == dst && val != NUMA_DISTANCE_MIN) {
        error_setg(errp, "Local distance of node %" PRIu64 " should be %d.",
                   src, NUMA_DISTANCE_MIN);
        return false;
    }
    nodes[src].distance[dst] = val;
    ms->numa_state->have_numa_distance = true;
    return true;
}

/* ---- cpu ---- */

/* The topology members of -numa cpu (each an int64 when given). */
static bool numa_cpu_props(QemuOpts *opts, CpuInstanceProperties *props,
                           Error **errp)
{
    const struct {
        const char *name;
        bool *has;
        int64_t *val;
    } ids[] = {
        { "drawer-id", &props->has_drawer_id, &props->drawer_id },
        { "book-id", &props->has_book_id, &props->book_id },
        { "socket-id", &props->has_socket_id, &props->socket_id },
        { "die-id", &props->has_die_id, &props->die_id },
        { "cluster-id", &props->has_cluster_id, &props->cluster_id },
        { "core-id", &props->has_core_id, &props->core_id },
        { "thread-id", &props->has_thread_id, &props->thread_id },
    };
    size_t i;

    memset(props, 0, sizeof(*props));
    for (i = 0; i < ARRAY_SIZE(ids); i++) {
        const char *str = qemu_opt_get(opts, ids[i].name);

        if (!str) {
            continue;
        }
        if (qemu_strtoi64(str, NULL, 0, ids[i].val) < 0) {
            error_setg(errp, "Parameter '%s' expects an int64 value",
                       ids[i].name);
            return false;
        }
        *ids[i].has = true;
    }
    return true;
}

static bool numa_parse_cpu(MachineState *ms, QemuOpts *opts, Error **errp)
{
    const char *str = qemu_opt_get(opts, "node-id");
    CpuInstanceProperties props;
    int64_t node_id;

    if (!str) {
        error_setg(errp, "Missing mandatory node-id property");
        return false;
    }
    if (qemu_strtoi64(str, NULL, 0, &node_id) < 0) {
        error_setg(errp, "Parameter 'node-id' expects an int64 value");
        return false;
    }
    if (!numa_cpu_props(opts, &props, errp)) {
        return false;
    }
    if (node_id < 0 || node_id >= MAX_NODES ||
        !ms->numa_state->nodes[node_id].present) {
        error_setg(errp, "Invalid node-id=%" PRId64 ", NUMA node must be "
                   "defined with -numa node,nodeid=ID before it's used with "
                   "-numa cpu,node-id=ID", node_id);
        return false;
    }
    props.has_node_id = true;
    props.node_id = node_id;
    if (MACHINE_GET_CLASS(ms)->possible_cpu_arch_ids &&
        !machine_set_cpu_numa_node(ms, &props, errp)) {
        return false;
    }
    ms->numa_state->nodes[node_id].has_cpu = true;
    return true;
}

/* ---- hmat-lb, hmat-cache ---- */

static bool numa_parse_hmat(MachineState *ms, QemuOpts *opts, Error **errp)
{
    if (!ms->numa_state->hmat_enabled) {
        error_setg(errp, "ACPI Heterogeneous Memory Attribute Table (HMAT) "
                   "is disabled, enable it with -machine hmat=on before "
                   "using any of hmat specific options");
        return false;
    }
    error_setg(errp, "HMAT options are not supported by qlite yet");
    return false;
}

bool numa_apply_opts(MachineState *ms, QemuOpts *opts, Error **errp)
{
    static bool (*const parse[])(MachineState *, QemuOpts *, Error **) = {
        numa_parse_node, numa_parse_dist, numa_parse_cpu, numa_parse_hmat,
        numa_parse_hmat,
    };
    const char *type = qemu_opt_get(opts, "type");
    int i;

    if (!type) {
        error_setg(errp, "Parameter 'type' is missing");
        return false;
    }
    for (i = 0; numa_types[i] && strcmp(numa_types[i], type); i++) {
        continue;
    }
    if (!numa_types[i]) {
        error_setg(errp, "Parameter 'type' does not accept value '%s'", type);
        return false;
    }
    if (!ms->numa_state) {
        error_setg(errp, "NUMA is not supported by this machine-type");
        return false;
    }
    return parse[i](ms, opts, errp) &&
           qemu_opt_foreach(opts, numa_check_key, (void *)numa_keys[i],
                            errp) == 0;
}

static int parse_numa(void *opaque, QemuOpts *opts, Error **errp)
{
    Error *err = NULL;

    /* Not straight into &error_fatal: that would lose the hints. */
    if (!numa_apply_opts(opaque, opts, &err)) {
        error_propagate(errp, err);
        return -1;
    }
    return 0;
}

void parse_numa_opts(MachineState *ms)
{
    qemu_opts_foreach(qemu_find_opts("numa"), parse_numa, ms, &error_fatal);
}

/* ---- After every -numa ---- */

static bool numa_validate_distance(NumaState *state, Error **errp)
{
    NodeInfo *nodes = state->nodes;
    bool asymmetric = false;
    int src, dst;

    for (src = 0; src < state->num_nodes; src++) {
        for (dst = src + 1; dst < state->num_nodes; dst++) {
            uint8_t there = nodes[src].distance[dst];
            uint8_t back = nodes[dst].distance[src];

            if (!there && !back) {
                error_setg(errp, "The distance between node %d and %d is "
                           "missing, at least one distance value between "
                           "each nodes should be provided.", src, dst);
                return false;
            }
            asymmetric |= there && back && there != back;
        }
    }
    for (src = 0; asymmetric && src < state->num_nodes; src++) {
        for (dst = 0; dst < state->num_nodes; dst++) {
            if (src != dst && !nodes[src].distance[dst]) {
                error_setg(errp, "At least one asymmetrical pair of "
                           "distances is given, please provide distances "
                           "for both directions of all node pairs.");
                return false;
            }
        }
    }
    return true;
}

/* Distances not given: the other direction's, else local or default. */
static void numa_complete_distance(NumaState *state)
{
    NodeInfo *nodes = state->nodes;
    int src, dst;

    for (src = 0; src < state->num_nodes; src++) {
        for (dst = 0; dst < state->num_nodes; dst++) {
            if (nodes[src].distance[dst]) {
                continue;
            }
            nodes[src].distance[dst] = src == dst ? NUMA_DISTANCE_MIN
                                                  : nodes[dst].distance[src];
        }
    }
}

bool numa_complete_configuration(MachineState *ms, Error **errp)
{
    NumaState *state = ms->numa_state;
    uint64_t total = 0;
    int i;

    /* Holes are not supported; name the highest missing id first. */
    for (i = max_numa_nodeid - 1; i >= 0; i--) {
        if (!state->nodes[i].present) {
            error_setg(errp, "numa: Node ID missing: %d", i);
            return false;
        }
    }
    if (!state->num_nodes) {
        return true;
    }
    for (i = 0; i < state->num_nodes; i++) {
        total += state->nodes[i].node_mem;
    }
    if (total != ms->ram_size) {
        error_setg(errp, "total memory for NUMA nodes (0x%" PRIx64 ") should "
                   "equal RAM size (0x%" PRIx64 ")", total, ms->ram_size);
        return false;
    }
    if (!numa_uses_legacy_mem() && ms->memdev) {
        error_setg(errp, "'-machine memory-backend' and '-numa memdev' "
                   "properties are mutually exclusive");
        return false;
    }
    if (state->have_numa_distance) {
        if (!numa_validate_distance(state, errp)) {
            return false;
        }
        numa_complete_distance(state);
    }
    return true;
}

NumaState *numa_state_new(void)
{
    have_memdevs = false;
    have_mem = false;
    max_numa_nodeid = 0;
    return g_new0(NumaState, 1);
}

bool numa_uses_legacy_mem(void)
{
    return !have_memdevs;
}

void numa_state_free(NumaState *state)
{
    int i;

    if (!state) {
        return;
    }
    for (i = 0; i < MAX_NODES; i++) {
        if (state->nodes[i].node_memdev) {
            object_unref(state->nodes[i].node_memdev);
        }
    }
    g_free(state);
}
