/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-machine.c: unit tests of hw/core: the initialisation phases, the
 * generic machine properties (memory, smp, boot, strings), the -smp
 * topology rules with every message of machine_parse_smp_config, and
 * -numa parsing.  Two test boards are registered here: "test" (riscv
 * virt-like: 8 CPUs, NUMA) and "test-dies" (dies and clusters, prefers
 * sockets, at least 2 CPUs).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/error-report.h"
#include "qemu/keyval.h"
#include "qemu/module.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qobject/qnum.h"
#include "qom/object_interfaces.h"
#include "qom/qom-qobject.h"
#include "hw/boards.h"
#include "hw/qdev-core.h"
#include "sysemu/numa.h"

static int test_inits;

static void test_board_init(MachineState *ms)
{
    test_inits++;
}

static void test_machine_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->desc = "test board";
    mc->init = test_board_init;
    mc->max_cpus = 8;
    mc->default_ram_id = "test.ram";
    mc->numa_mem_supported = true;
    mc->numa_supported = true;
    mc->default_boot_order = "c";
}

static void test_dies_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->desc = "test board with dies";
    mc->max_cpus = 64;
    mc->min_cpus = 2;
    mc->default_cpus = 2;
    mc->smp_props.prefer_sockets = true;
    mc->smp_props.dies_supported = true;
    mc->smp_props.clusters_supported = true;
    mc->smp_props.books_supported = true;
    mc->smp_props.drawers_supported = true;
    mc->alias = "dies";
}

static const TypeInfo test_types[] = {
    {
        .name = MACHINE_TYPE_NAME("test"),
        .parent = TYPE_MACHINE,
        .class_init = test_machine_class_init,
    }, {
        .name = MACHINE_TYPE_NAME("test-dies"),
        .parent = TYPE_MACHINE,
        .class_init = test_dies_class_init,
    },
};

static MachineState *machine_new(const char *type)
{
    return MACHINE(object_new(type));
}

/* Set @props ("key=val,...", keyval) on @ms; returns the error or NULL. */
static Error *set_props(MachineState *ms, const char *props)
{
    g_autoptr(QDict) qdict = keyval_parse(props, NULL, NULL, &error_abort);
    Error *err = NULL;

    object_set_properties_from_keyval(OBJECT(ms), qdict, false, &err);
    return err;
}

/* Expect setting @props on a new @type machine to fail with @msg. */
static void check_error(const char *type, const char *props, const char *msg)
{
    MachineState *ms = machine_new(type);
    Error *err = set_props(ms, props);

    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
    object_unref(ms);
}

/* ---- Phases ---- */

static void test_phase_advance(void)
{
    if (g_test_subprocess()) {
        g_assert_cmpint(phase_get(), ==, PHASE_NO_MACHINE);
        g_assert_true(phase_check(PHASE_NO_MACHINE));
        g_assert_false(phase_check(PHASE_MACHINE_CREATED));
        phase_advance(PHASE_MACHINE_CREATED);
        phase_advance(PHASE_ACCEL_CREATED);
        g_assert_true(phase_check(PHASE_MACHINE_CREATED));
        g_assert_false(phase_check(PHASE_MACHINE_INITIALIZED));
        phase_advance(PHASE_LATE_BACKENDS_CREATED);
        phase_advance(PHASE_MACHINE_INITIALIZED);
        phase_advance(PHASE_MACHINE_READY);
        g_assert_cmpint(phase_get(), ==, PHASE_MACHINE_READY);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
}

static void test_phase_skip(void)
{
    if (g_test_subprocess()) {
        phase_advance(PHASE_ACCEL_CREATED);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
}

/* ---- Classes ---- */

static void test_class_defaults(void)
{
    MachineClass *mc = machine_class_find("test");

    g_assert_nonnull(mc);
    g_assert_cmpstr(mc->name, ==, "test");
    g_assert_cmpuint(mc->default_ram_size, ==, 128 * MiB);
    g_assert_cmpint(mc->min_cpus, ==, 1);
    g_assert_true(machine_class_find("dies") == machine_class_find(
                      "test-dies"));
    g_assert_null(machine_class_find("nosuch"));
    g_assert_null(machine_class_find_default());
}

static void test_instance_defaults(void)
{
    MachineState *ms = machine_new(MACHINE_TYPE_NAME("test"));

    g_assert_cmpuint(ms->ram_size, ==, 128 * MiB);
    g_assert_cmpuint(ms->maxram_size, ==, 128 * MiB);
    g_assert_cmpuint(ms->smp.cpus, ==, 1);
    g_assert_cmpuint(ms->smp.max_cpus, ==, 1);
    g_assert_true(ms->dump_guest_core && ms->mem_merge && ms->graphics);
    g_assert_cmpstr(ms->kernel_cmdline, ==, "");
    g_assert_cmpstr(ms->boot_config.order, ==, "c");
    g_assert_nonnull(ms->numa_state);
    object_unref(ms);
}

/* ---- Simple properties ---- */

static void test_props_strings(void)
{
    MachineState *ms = machine_new(MACHINE_TYPE_NAME("test"));
    g_autofree char *append = NULL;

    g_assert_null(set_props(ms, "kernel=k,initrd=i,append=a b,dtb=d,"
                            "dumpdtb=o,firmware=f,dt-compatible=c,"
                            "usb=on,graphics=off,mem-merge=off,"
                            "dump-guest-core=off,suppress-vmdesc=on,"
                            "phandle-start=5,hmat=on"));
    g_assert_cmpstr(ms->kernel_filename, ==, "k");
    g_assert_cmpstr(ms->initrd_filename, ==, "i");
    g_assert_cmpstr(ms->kernel_cmdline, ==, "a b");
    g_assert_cmpstr(ms->firmware, ==, "f");
    g_assert_true(ms->usb && !ms->usb_disabled && !ms->graphics);
    g_assert_false(ms->mem_merge || ms->dump_guest_core);
    g_assert_cmpint(ms->phandle_start, ==, 5);
    g_assert_true(ms->numa_state->hmat_enabled);
    g_assert_true(object_property_get_bool(OBJECT(ms), "hmat",
                                           &error_abort));
    g_assert_false(object_property_get_bool(OBJECT(ms), "graphics",
                                            &error_abort));
    g_assert_true(object_property_get_bool(OBJECT(ms), "usb",
                                           &error_abort));
    append = object_property_get_str(OBJECT(ms), "append", &error_abort);
    g_assert_cmpstr(append, ==, "a b");
    object_unref(ms);
}

static void test_props_errors(void)
{
    const char *t = MACHINE_TYPE_NAME("test");

    check_error(t, "x=1", "Property 'test-machine.x' not found");
    check_error(t, "usb=maybe", "Parameter 'usb' expects 'on' or 'off'");
    check_error(t, "phandle-start=x",
                "Parameter 'phandle-start' expects integer");
    check_error(t, "memory-encryption=foo",
                "No such memory encryption object 'foo'");
    check_error(t, "kernel.x=1",
                "Invalid parameter type for 'kernel', expected: string");
}

static void test_memory_encryption_get(void)
{
    MachineState *ms = machine_new(MACHINE_TYPE_NAME("test"));
    g_autofree char *s = object_property_get_str(OBJECT(ms),
                                                 "memory-encryption",
                                                 &error_abort);

    g_assert_cmpstr(s, ==, "");
    object_unref(ms);
}

/* ---- memory ---- */

static void test_memory_sizes(void)
{
    MachineState *ms = machine_new(MACHINE_TYPE_NAME("test"));
    g_autoptr(QDict) got = NULL;

    g_assert_null(set_props(ms, "memory.size=1000,memory.max-size=4G,"
                            "memory.slots=2"));
    g_assert_cmpuint(ms->ram_size, ==, 8192);   /* rounded up to 8 KiB */
    g_assert_cmpuint(ms->maxram_size, ==, 4 * GiB);
    g_assert_cmpuint(ms->ram_slots, ==, 2);
    got = qobject_to(QDict, object_property_get_qobject(OBJECT(ms), "memory",
                                                        &error_abort));
    g_assert_cmpint(qdict_get_int(got, "max-size"), ==, 4 * GiB);
    object_unref(ms);
}

static void test_memory_default_size(void)
{
    MachineState *ms = machine_new(MACHINE_TYPE_NAME("test"));

    g_assert_null(set_props(ms, "memory.max-size=1G"));
    g_assert_cmpuint(ms->ram_size, ==, 128 * MiB);
    g_assert_cmpuint(ms->maxram_size, ==, 1 * GiB);
    g_assert_cmpuint(ms->ram_slots, ==, 0);
    object_unref(ms);
}

static void test_memory_errors(void)
{
    const char *t = MACHINE_TYPE_NAME("test");

    check_error(t, "memory.size=1G,memory.max-size=512M",
                "invalid value of maxmem: maximum memory size (0x20000000) "
                "must be at least the initial memory size (0x40000000)");
    check_error(t, "memory.size=1G,memory.max-size=1G,memory.slots=2",
                "invalid value of maxmem: memory slots were specified but "
                "maximum memory size (0x40000000) is equal to the initial "
                "memory size (0x40000000)");
    check_error(t, "memory.slots=2", "slots specified but no max-size");
    check_error(t, "memory.size=x", "Parameter 'memory.size' expects size");
    check_error(t, "memory.slots=x",
                "Parameter 'memory.slots' expects integer");
    check_error(t, "memory.foo=1", "Parameter 'memory.foo' is unexpected");
    check_error(t, "memory=1",
                "Invalid parameter type for 'memory', expected: object");
}

/* ---- boot ---- */

static void test_boot(void)
{
    MachineState *ms = machine_new(MACHINE_TYPE_NAME("test"));
    g_autoptr(QDict) got = NULL;

    g_assert_null(set_props(ms, "boot.order=dc,boot.once=n,boot.menu=on,"
                            "boot.splash=s,boot.splash-time=5,"
                            "boot.reboot-timeout=6,boot.strict=on"));
    g_assert_cmpstr(ms->boot_config.order, ==, "dc");
    got = qobject_to(QDict, object_property_get_qobject(OBJECT(ms), "boot",
                                                        &error_abort));
    g_assert_cmpstr(qdict_get_str(got, "once"), ==, "n");
    g_assert_cmpstr(qdict_get_str(got, "splash"), ==, "s");
    g_assert_true(qdict_get_bool(got, "menu"));
    g_assert_true(qdict_get_bool(got, "strict"));
    g_assert_cmpint(qdict_get_int(got, "splash-time"), ==, 5);
    g_assert_cmpint(qdict_get_int(got, "reboot-timeout"), ==, 6);
    object_unref(ms);
}

static void test_boot_errors(void)
{
    const char *t = MACHINE_TYPE_NAME("test");

    check_error(t, "boot.order=z", "Invalid boot device 'z'");
    check_error(t, "boot.order=cc", "Boot device 'c' was given twice");
    check_error(t, "boot.once=q", "Invalid boot device 'q'");
    check_error(t, "boot.foo=1", "Parameter 'boot.foo' is unexpected");
    check_error(t, "boot.menu=x", "Parameter 'boot.menu' expects 'on' or "
                "'off'");
}

/* ---- smp ---- */

static MachineState *smp_machine(const char *type, const char *props)
{
    MachineState *ms = machine_new(type);

    g_assert_null(set_props(ms, props));
    return ms;
}

static void check_topo(MachineState *ms, unsigned cpus, unsigned sockets,
                       unsigned cores, unsigned threads, unsigned max)
{
    g_assert_cmpuint(ms->smp.cpus, ==, cpus);
    g_assert_cmpuint(ms->smp.sockets, ==, sockets);
    g_assert_cmpuint(ms->smp.cores, ==, cores);
    g_assert_cmpuint(ms->smp.threads, ==, threads);
    g_assert_cmpuint(ms->smp.max_cpus, ==, max);
    object_unref(ms);
}

static void test_smp_compute(void)
{
    const char *t = MACHINE_TYPE_NAME("test");
    const char *d = MACHINE_TYPE_NAME("test-dies");

    /* cores take the remainder on current machines */
    check_topo(smp_machine(t, "smp.cpus=4"), 4, 1, 4, 1, 4);
    check_topo(smp_machine(t, "smp.cpus=4,smp.sockets=2"), 4, 2, 2, 1, 4);
    check_topo(smp_machine(t, "smp.cpus=2,smp.maxcpus=8,smp.cores=2"),
               2, 4, 2, 1, 8);
    check_topo(smp_machine(t, "smp.sockets=2,smp.cores=2"), 4, 2, 2, 1, 4);
    check_topo(smp_machine(t, "smp.cpus=8,smp.sockets=2,smp.cores=2"),
               8, 2, 2, 2, 8);
    /* sockets first on machines that prefer them */
    check_topo(smp_machine(d, "smp.cpus=4"), 4, 4, 1, 1, 4);
    check_topo(smp_machine(d, "smp.cpus=8,smp.sockets=2"), 8, 2, 4, 1, 8);
    check_topo(smp_machine(d, "smp.cpus=8,smp.sockets=2,smp.dies=2,"
                           "smp.clusters=2,smp.cores=1"), 8, 2, 1, 1, 8);
}

static void test_smp_get(void)
{
    MachineState *ms = smp_machine(MACHINE_TYPE_NAME("test"),
                                   "smp.cpus=2,smp.threads=2");
    g_autoptr(QDict) got = qobject_to(QDict,
        object_property_get_qobject(OBJECT(ms), "smp", &error_abort));

    g_assert_cmpint(qdict_get_int(got, "cpus"), ==, 2);
    g_assert_cmpint(qdict_get_int(got, "threads"), ==, 2);
    g_assert_cmpint(qdict_get_int(got, "maxcpus"), ==, 2);
    object_unref(ms);
}

static void test_smp_zero(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        check_topo(smp_machine(MACHINE_TYPE_NAME("test"),
                               "smp.cpus=0,smp.sockets=2"), 2, 2, 1, 1, 2);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("prog: warning: Deprecated CPU topology "
                              "(considered invalid): CPU topology parameters "
                              "must be greater than zero\n");
}

static void test_smp_errors(void)
{
    const char *t = MACHINE_TYPE_NAME("test");
    const char *d = MACHINE_TYPE_NAME("test-dies");

    check_error(t, "smp.dies=2",
                "dies not supported by this machine's CPU topology");
    check_error(t, "smp.clusters=2",
                "clusters not supported by this machine's CPU topology");
    check_error(t, "smp.books=2",
                "books not supported by this machine's CPU topology");
    check_error(t, "smp.drawers=2",
                "drawers not supported by this machine's CPU topology");
    check_error(t, "smp.cpus=4,smp.sockets=3",
                "Invalid CPU topology: product of the hierarchy must match "
                "maxcpus: sockets (3) * cores (1) * threads (1) != maxcpus "
                "(4)");
    check_error(d, "smp.cpus=8,smp.sockets=3,smp.cores=2,smp.threads=1",
                "Invalid CPU topology: product of the hierarchy must match "
                "maxcpus: drawers (1) * books (1) * sockets (3) * dies (1) "
                "* clusters (1) * cores (2) * threads (1) != maxcpus (8)");
    check_error(t, "smp.cpus=4,smp.maxcpus=2",
                "Invalid CPU topology: maxcpus must be equal to or greater "
                "than smp: sockets (1) * cores (2) * threads (1) == maxcpus "
                "(2) < smp_cpus (4)");
    check_error(t, "smp.cpus=9",
                "Invalid SMP CPUs 9. The max CPUs supported by machine "
                "'test' is 8");
    check_error(d, "smp.cpus=1",
                "Invalid SMP CPUs 1. The min CPUs supported by machine "
                "'test-dies' is 2");
    check_error(t, "smp.cpus=abc", "Parameter 'smp.cpus' expects integer");
    check_error(t, "smp.foo=1", "Parameter 'smp.foo' is unexpected");
    check_error(t, "smp=2",
                "Invalid parameter type for 'smp', expected: object");
}

/* ---- numa ---- */

static QemuOptsList numa_opts = {
    .name = "numa",
    .implied_opt_name = "type",
    .desc = { { } },
};

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

/* Expect the -numa options @opts on a fresh @type machine to fail. */
static void check_numa_error(const char *type, const char *props,
                             const char *const *opts, const char *msg)
{
    MachineState *ms = machine_new(type);
    Error *err;

    g_assert_null(set_props(ms, props));
    err = numa_apply(ms, opts);
    if (!err) {
        numa_complete_configuration(ms, &err);
    }
    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
    object_unref(ms);
}

#define OPTS(...) ((const char *const[]) { __VA_ARGS__, NULL })

static void test_numa_nodes(void)
{
    MachineState *ms = machine_new(MACHINE_TYPE_NAME("test"));
    NumaState *ns = ms->numa_state;

    g_assert_null(set_props(ms, "smp.cpus=4"));
    g_assert_null(numa_apply(ms, OPTS("node,cpus=0-1,cpus=3",
                                      "node,nodeid=1,cpus=2",
                                      "dist,src=0,dst=1,val=20")));
    g_assert_true(numa_uses_legacy_mem());
    g_assert_cmpint(ns->num_nodes, ==, 2);
    g_assert_true(ns->nodes[0].has_cpu && ns->nodes[1].has_cpu);
    object_unref(ms);
}

static void test_numa_mem(void)
{
    if (g_test_subprocess()) {
        MachineState *ms = machine_new(MACHINE_TYPE_NAME("test"));
        NumaState *ns = ms->numa_state;

        error_init("prog");
        g_assert_null(numa_apply(ms, OPTS("node,mem=64", "node,mem=64M",
                                          "dist,src=0,dst=1,val=20",
                                          "dist,src=1,dst=1,val=10")));
        g_assert_cmpuint(ns->nodes[0].node_mem, ==, 64 * MiB);
        g_assert_true(numa_complete_configuration(ms, &error_abort));
        g_assert_cmpint(ns->nodes[1].distance[0], ==, 20);
        g_assert_cmpint(ns->nodes[0].distance[0], ==, 10);
        g_assert_true(ns->have_numa_distance);
        object_unref(ms);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("prog: warning: Parameter -numa node,mem is "
                              "deprecated, use -numa node,memdev instead\n*");
}

static void test_numa_errors(void)
{
    const char *t = MACHINE_TYPE_NAME("test");
    const char *d = MACHINE_TYPE_NAME("test-dies");

    check_numa_error(t, "", OPTS("foo"),
                     "Parameter 'type' does not accept value 'foo'");
    check_numa_error(t, "", OPTS("nodeid=1"), "Parameter 'type' is missing");
    check_numa_error(t, "", OPTS("node,foo=1"), "Invalid parameter 'foo'");
    check_numa_error(t, "", OPTS("node,nodeid=x"),
                     "Parameter 'nodeid' expects a uint64 value");
    check_numa_error(t, "", OPTS("node,nodeid=70000"),
                     "Parameter 'nodeid' expects uint16_t");
    check_numa_error(t, "", OPTS("node,nodeid=128"),
                     "Max number of NUMA nodes reached: 128");
    check_numa_error(t, "", OPTS("node,nodeid=0", "node,nodeid=0"),
                     "Duplicate NUMA nodeid: 0");
    check_numa_error(t, "", OPTS("node,cpus=5"),
                     "CPU index (5) should be smaller than maxcpus (1)");
    check_numa_error(t, "", OPTS("node,cpus=1-0"),
                     "Parameter 'cpus' expects a uint64 value or range");
    check_numa_error(t, "", OPTS("node,cpus=70000"),
                     "Parameter 'cpus' expects uint16_t");
    check_numa_error(t, "", OPTS("node,mem=x"),
                     "Parameter 'mem' expects a size value");
    check_numa_error(t, "", OPTS("node,memdev=m0"), "memdev=m0 is ambiguous");
    check_numa_error(t, "", OPTS("node,mem=1M", "node,memdev=m0"),
                     "numa configuration should use either mem= or memdev=,"
                     "mixing both is not allowed");
    check_numa_error(d, "", OPTS("node"),
                     "NUMA is not supported by this machine-type");
    check_numa_error(t, "", OPTS("node,initiator=0"),
                     "ACPI Heterogeneous Memory Attribute Table (HMAT) is "
                     "disabled, enable it with -machine hmat=on before using "
                     "any of hmat specific options");
    check_numa_error(t, "", OPTS("hmat-lb,initiator=0"),
                     "ACPI Heterogeneous Memory Attribute Table (HMAT) is "
                     "disabled, enable it with -machine hmat=on before using "
                     "any of hmat specific options");
    check_numa_error(t, "hmat=on", OPTS("node,initiator=0", "hmat-cache"),
                     "HMAT options are not supported by qlite yet");
    check_numa_error(t, "", OPTS("dist,src=0,dst=1,val=20"),
                     "Source/Destination NUMA node is missing. Please use "
                     "'-numa node' option to declare it first.");
    check_numa_error(t, "", OPTS("node", "dist,src=0"),
                     "Parameter 'dst' is missing");
    check_numa_error(t, "", OPTS("node", "dist,src=0,dst=0,val=300"),
                     "Parameter 'val' expects uint8_t");
    check_numa_error(t, "", OPTS("node", "dist,src=200,dst=0,val=20"),
                     "Parameter 'src' expects an integer between 0 and 127");
    check_numa_error(t, "", OPTS("node", "node", "dist,src=0,dst=1,val=5"),
                     "NUMA distance (5) is invalid, it shouldn't be less "
                     "than 10.");
    check_numa_error(t, "", OPTS("node", "dist,src=0,dst=0,val=20"),
                     "Local distance of node 0 should be 10.");
    check_numa_error(t, "", OPTS("node", "cpu"),
                     "Missing mandatory node-id property");
    check_numa_error(t, "", OPTS("node", "cpu,node-id=x"),
                     "Parameter 'node-id' expects an int64 value");
    check_numa_error(t, "", OPTS("node,nodeid=0", "cpu,node-id=1"),
                     "Invalid node-id=1, NUMA node must be defined with "
                     "-numa node,nodeid=ID before it's used with -numa "
                     "cpu,node-id=ID");
    check_numa_error(t, "", OPTS("node,nodeid=1"), "numa: Node ID missing: 0");
    check_numa_error(t, "", OPTS("node", "node"),
                     "total memory for NUMA nodes (0x0) should equal RAM "
                     "size (0x8000000)");
    check_numa_error(t, "memory.size=2M", OPTS("node,mem=1M", "node,mem=1M",
                                               "node,mem=0",
                                               "dist,src=0,dst=2,val=20"),
                     "The distance between node 0 and 1 is missing, at "
                     "least one distance value between each nodes should be "
                     "provided.");
    check_numa_error(t, "memory.size=2M", OPTS("node,mem=1M", "node,mem=1M",
                                               "node,mem=0",
                                               "dist,src=0,dst=1,val=20",
                                               "dist,src=1,dst=0,val=30",
                                               "dist,src=0,dst=2,val=20",
                                               "dist,src=1,dst=2,val=20"),
                     "At least one asymmetrical pair of distances is given, "
                     "please provide distances for both directions of all "
                     "node pairs.");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    type_register_static_array(test_types, ARRAY_SIZE(test_types));
    module_call_init(MODULE_INIT_QOM);
    g_test_add_func("/hw/phase/advance", test_phase_advance);
    g_test_add_func("/hw/phase/skip", test_phase_skip);
    g_test_add_func("/hw/machine/class-defaults", test_class_defaults);
    g_test_add_func("/hw/machine/instance-defaults", test_instance_defaults);
    g_test_add_func("/hw/machine/props/strings", test_props_strings);
    g_test_add_func("/hw/machine/props/errors", test_props_errors);
    g_test_add_func("/hw/machine/props/memory-encryption",
                    test_memory_encryption_get);
    g_test_add_func("/hw/machine/memory/sizes", test_memory_sizes);
    g_test_add_func("/hw/machine/memory/default-size",
                    test_memory_default_size);
    g_test_add_func("/hw/machine/memory/errors", test_memory_errors);
    g_test_add_func("/hw/machine/boot/set", test_boot);
    g_test_add_func("/hw/machine/boot/errors", test_boot_errors);
    g_test_add_func("/hw/machine/smp/compute", test_smp_compute);
    g_test_add_func("/hw/machine/smp/get", test_smp_get);
    g_test_add_func("/hw/machine/smp/zero", test_smp_zero);
    g_test_add_func("/hw/machine/smp/errors", test_smp_errors);
    g_test_add_func("/hw/numa/nodes", test_numa_nodes);
    g_test_add_func("/hw/numa/mem", test_numa_mem);
    g_test_add_func("/hw/numa/errors", test_numa_errors);
    return g_test_run();
}
