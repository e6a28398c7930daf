/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-numa-cpu.c: unit tests of CPU placement in NUMA nodes (hw/core):
 * machine_set_cpu_numa_node with each of its messages, -numa cpu and
 * -numa node,cpus= through it, and the completion at board init (the
 * default mapping, or node 0 with QEMU's warning for a partial one).
 * Two test boards: "test-cpus", whose possible CPUs have socket-id,
 * cluster-id, core-id and thread-id from -smp (default node: socket
 * modulo nodes), and "test-nolist", which has NUMA but no CPU list.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/keyval.h"
#include "qemu/module.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qom/object_interfaces.h"
#include "hw/boards.h"
#include "hw/qdev-core.h"
#include "sysemu/numa.h"
#include "sysemu/qtest.h"

static const CPUArchIdList *test_possible_cpus(MachineState *ms)
{
    const CpuTopology *t = &ms->smp;
    unsigned i;

    if (ms->possible_cpus) {
        return ms->possible_cpus;
    }
    ms->possible_cpus = g_malloc0(sizeof(CPUArchIdList) +
                                  t->max_cpus * sizeof(CPUArchId));
    ms->possible_cpus->len = t->max_cpus;
    for (i = 0; i < t->max_cpus; i++) {
        CpuInstanceProperties *p = &ms->possible_cpus->cpus[i].props;

        ms->possible_cpus->cpus[i].arch_id = i;
        p->has_thread_id = true;
        p->thread_id = i % t->threads;
        p->has_core_id = true;
        p->core_id = i / t->threads % t->cores;
        p->has_cluster_id = true;
        p->cluster_id = i / (t->threads * t->cores) % t->clusters;
        p->has_socket_id = true;
        p->socket_id = i / (t->threads * t->cores * t->clusters);
    }
    return ms->possible_cpus;
}

static CpuInstanceProperties test_index_to_props(MachineState *ms,
                                                 unsigned cpu_index)
{
    return test_possible_cpus(ms)->cpus[cpu_index].props;
}

static int64_t test_default_node(const MachineState *ms, int idx)
{
    return ms->possible_cpus->cpus[idx].props.socket_id %
           ms->numa_state->num_nodes;
}

static void test_cpus_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->desc = "test board with a CPU list";
    mc->max_cpus = 16;
    mc->default_ram_id = "test.ram";
    mc->numa_mem_supported = true;
    mc->numa_supported = true;
    mc->smp_props.clusters_supported = true;
    mc->possible_cpu_arch_ids = test_possible_cpus;
    mc->cpu_index_to_instance_props = test_index_to_props;
    mc->get_default_cpu_node_id = test_default_node;
}

static void test_nolist_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->desc = "test board without a CPU list";
    mc->max_cpus = 4;
    mc->numa_supported = true;
}

static const TypeInfo test_types[] = {
    {
        .name = MACHINE_TYPE_NAME("test-cpus"),
        .parent = TYPE_MACHINE,
        .class_init = test_cpus_class_init,
    }, {
        .name = MACHINE_TYPE_NAME("test-nolist"),
        .parent = TYPE_MACHINE,
        .class_init = test_nolist_class_init,
    },
};

static QemuOptsList numa_opts = {
    .name = "numa",
    .implied_opt_name = "type",
    .desc = { { } },
};

/* A "test-cpus" machine with @props (keyval) set. */
static MachineState *machine_with(const char *props)
{
    MachineState *ms = MACHINE(object_new(MACHINE_TYPE_NAME("test-cpus")));
    g_autoptr(QDict) qdict = keyval_parse(props, NULL, NULL, &error_abort);

    object_set_properties_from_keyval(OBJECT(ms), qdict, false,
                                      &error_abort);
    return ms;
}

/* Apply each of @opts (NULL-terminated) to @ms; the error or NULL. */
static Error *numa_apply(MachineState *ms, const char *const *opts)
{
    Error *err = NULL;

    for (; *opts && !err; opts++) {
        QemuOpts *o = qemu_opts_parse(&numa_opts, *opts, true,
                                      &error_abort);

        numa_apply_opts(ms, o, &err);
        qemu_opts_del(o);
    }
    return err;
}

#define OPTS(...) ((const char *const[]) { __VA_ARGS__, NULL })

/* Expect the -numa options @opts on a machine with @props to fail. */
static void check_error(const char *props, const char *const *opts,
                        const char *msg)
{
    MachineState *ms = machine_with(props);
    Error *err = numa_apply(ms, opts);

    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
    object_unref(ms);
}

static int64_t node_of(MachineState *ms, int cpu)
{
    const CpuInstanceProperties *p = &ms->possible_cpus->cpus[cpu].props;

    return p->has_node_id ? p->node_id : -1;
}

static void test_unsupported(void)
{
    const char *smp = "smp.cpus=4";

    check_error(smp, OPTS("node", "cpu,node-id=0,die-id=0"),
                "die-id is not supported");
    check_error(smp, OPTS("node", "cpu,node-id=0,book-id=0"),
                "book-id is not supported");
    check_error(smp, OPTS("node", "cpu,node-id=0,drawer-id=0"),
                "drawer-id is not supported");
    /* The first unsupported one in QEMU's order: socket before die. */
    check_error(smp, OPTS("node", "cpu,node-id=0,die-id=0,drawer-id=0"),
                "die-id is not supported");
}

static void test_parse_errors(void)
{
    check_error("", OPTS("node", "cpu,node-id=0,socket-id=x"),
                "Parameter 'socket-id' expects an int64 value");
    check_error("", OPTS("node", "cpu,node-id=0,thread-id=1x"),
                "Parameter 'thread-id' expects an int64 value");
}

static void test_match(void)
{
    MachineState *ms = machine_with("smp.cpus=8,smp.sockets=2,"
                                    "smp.clusters=2,smp.cores=2");

    g_assert_null(numa_apply(ms, OPTS("node", "node",
                                      "cpu,node-id=1,socket-id=1",
                                      "cpu,node-id=0,socket-id=0,"
                                      "cluster-id=1,core-id=0")));
    g_assert_cmpint(node_of(ms, 0), ==, -1);
    g_assert_cmpint(node_of(ms, 2), ==, 0);
    g_assert_cmpint(node_of(ms, 3), ==, -1);
    g_assert_cmpint(node_of(ms, 4), ==, 1);
    g_assert_cmpint(node_of(ms, 7), ==, 1);
    g_assert_true(ms->numa_state->nodes[1].has_cpu);
    object_unref(ms);
}

static void test_same_node_twice(void)
{
    MachineState *ms = machine_with("smp.cpus=2");

    g_assert_null(numa_apply(ms, OPTS("node,cpus=0-1",
                                      "cpu,node-id=0,core-id=1")));
    g_assert_cmpint(node_of(ms, 1), ==, 0);
    object_unref(ms);
}

static void test_already_assigned(void)
{
    check_error("smp.cpus=4,smp.sockets=2",
                OPTS("node", "node", "cpu,node-id=0,socket-id=1",
                     "cpu,node-id=1,socket-id=1,core-id=0"),
                "CPU is already assigned to node-id: 0");
    check_error("smp.cpus=4", OPTS("node,cpus=0-1", "node,cpus=1"),
                "CPU is already assigned to node-id: 0");
}

static void test_no_match(void)
{
    check_error("smp.cpus=4", OPTS("node", "cpu,node-id=0,core-id=4"),
                "no match found");
    check_error("smp.cpus=4", OPTS("node", "cpu,node-id=0,socket-id=-1"),
                "no match found");
}

static void test_no_list(void)
{
    MachineState *ms = MACHINE(object_new(MACHINE_TYPE_NAME("test-nolist")));
    CpuInstanceProperties props = { .has_node_id = true };
    Error *err = NULL;

    /* -numa still works; the CPUs just are not placed. */
    g_assert_null(numa_apply(ms, OPTS("node,cpus=0", "cpu,node-id=0")));
    g_assert_false(machine_set_cpu_numa_node(ms, &props, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "mapping of CPUs to NUMA node is not supported");
    error_free(err);
    object_unref(ms);
}

/* Run board init on @ms after -numa @opts; its RAM is 2 MiB. */
static void board_init(MachineState *ms, const char *const *opts)
{
    g_assert_null(numa_apply(ms, opts));
    phase_advance(PHASE_MACHINE_CREATED);
    phase_advance(PHASE_ACCEL_CREATED);
    phase_advance(PHASE_LATE_BACKENDS_CREATED);
    g_assert_true(machine_run_board_init(ms, NULL, &error_abort));
}

static void test_default_mapping(void)
{
    if (g_test_subprocess()) {
        MachineState *ms = machine_with("smp.cpus=4,smp.sockets=4,"
                                        "memory.size=2M");

        error_init("prog");
        board_init(ms, OPTS("node,mem=1M", "node,mem=1M"));
        g_assert_cmpint(node_of(ms, 0), ==, 0);
        g_assert_cmpint(node_of(ms, 1), ==, 1);
        g_assert_cmpint(node_of(ms, 2), ==, 0);
        g_assert_cmpint(node_of(ms, 3), ==, 1);
        object_unref(ms);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr_unmatched("*not present in any NUMA*");
}

#define PARTIAL_WARNING                                                    \
    "*prog: warning: CPU(s) not present in any NUMA nodes: CPU 1 "         \
    "[socket-id: 0, cluster-id: 0, core-id: 1, thread-id: 0], CPU 3 "      \
    "[socket-id: 0, cluster-id: 0, core-id: 3, thread-id: 0]\n"            \
    "prog: warning: All CPU(s) up to maxcpus should be described in NUMA " \
    "config, ability to start up with partial NUMA mappings is obsoleted " \
    "and will be removed in future\n"

static void test_partial_mapping(void)
{
    if (g_test_subprocess()) {
        MachineState *ms = machine_with("smp.cpus=4,memory.size=2M");

        error_init("prog");
        board_init(ms, OPTS("node,mem=1M,cpus=0", "node,mem=1M,cpus=2"));
        g_assert_cmpint(node_of(ms, 1), ==, 0);
        g_assert_cmpint(node_of(ms, 2), ==, 1);
        g_assert_cmpint(node_of(ms, 3), ==, 0);
        object_unref(ms);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(PARTIAL_WARNING);
}

static void test_partial_mapping_qtest(void)
{
    if (g_test_subprocess()) {
        MachineState *ms = machine_with("smp.cpus=4,memory.size=2M");

        error_init("prog");
        qtest_allowed = true;
        board_init(ms, OPTS("node,mem=1M,cpus=0", "node,mem=1M,cpus=2"));
        g_assert_cmpint(node_of(ms, 3), ==, 0);
        object_unref(ms);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr_unmatched("*not present in any NUMA*");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    type_register_static_array(test_types, ARRAY_SIZE(test_types));
    module_call_init(MODULE_INIT_QOM);
    g_test_add_func("/numa-cpu/set/unsupported", test_unsupported);
    g_test_add_func("/numa-cpu/set/parse-errors", test_parse_errors);
    g_test_add_func("/numa-cpu/set/match", test_match);
    g_test_add_func("/numa-cpu/set/same-node-twice", test_same_node_twice);
    g_test_add_func("/numa-cpu/set/already-assigned", test_already_assigned);
    g_test_add_func("/numa-cpu/set/no-match", test_no_match);
    g_test_add_func("/numa-cpu/set/no-list", test_no_list);
    g_test_add_func("/numa-cpu/init/default", test_default_mapping);
    g_test_add_func("/numa-cpu/init/partial", test_partial_mapping);
    g_test_add_func("/numa-cpu/init/partial-qtest",
                    test_partial_mapping_qtest);
    return g_test_run();
}
