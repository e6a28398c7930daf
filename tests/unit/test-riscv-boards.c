/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-riscv-boards.c: unit tests of the RISC-V boards' init-time checks
 * (hw/riscv/virt.c, spike.c, numa.c) that the riscv64 binary cannot show
 * or only shows through exit: "'aclint' is only available with TCG
 * acceleration" needs an accelerator other than tcg and qtest; and the
 * socket helpers with and without NUMA.  Each init that may exit runs in
 * a subprocess.
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
#include "hw/riscv/numa.h"
#include "sysemu/numa.h"
#include "sysemu/qtest.h"
#include "sysemu/sysemu.h"
#include "target/riscv/cpu.h"
#include "sysemu/tcg.h"

static QemuOptsList numa_opts = {
    .name = "numa",
    .implied_opt_name = "type",
    .desc = { { } },
};

/* A @board machine with @props (keyval) and -numa @opts applied. */
static MachineState *board_new(const char *board, const char *props,
                               const char *const *opts)
{
    g_autofree char *type = g_strconcat(board, TYPE_MACHINE_SUFFIX, NULL);
    MachineState *ms = MACHINE(object_new(type));
    g_autoptr(QDict) qdict = keyval_parse(props, NULL, NULL, &error_abort);

    object_set_properties_from_keyval(OBJECT(ms), qdict, false,
                                      &error_abort);
    for (; opts && *opts; opts++) {
        QemuOpts *o = qemu_opts_parse(&numa_opts, *opts, true,
                                      &error_abort);

        numa_apply_opts(ms, o, &error_abort);
        qemu_opts_del(o);
    }
    return ms;
}

/* Board init (exits on a failed check), in the phases it needs. */
static void board_init(MachineState *ms)
{
    phase_advance(PHASE_MACHINE_CREATED);
    phase_advance(PHASE_ACCEL_CREATED);
    phase_advance(PHASE_LATE_BACKENDS_CREATED);
    g_assert_true(machine_run_board_init(ms, NULL, &error_abort));
}

/* Board init of a machine the test does not look at afterwards. */
static void board_init_free(MachineState *ms)
{
    board_init(ms);
    object_unref(ms);
}

/*
 * What the boards use of vl.c and of the hart, which are not linked in:
 * the checks tested here fail before any hart or serial port exists.
 */
Chardev *serial_hd(int i)
{
    return NULL;
}

char *riscv_isa_string(RISCVCPU *cpu)
{
    g_assert_not_reached();
}

uint64_t riscv_cpu_update_mip(CPURISCVState *env, uint64_t mask,
                              uint64_t value)
{
    g_assert_not_reached();
}

void riscv_cpu_set_rdtime_fn(CPURISCVState *env, uint64_t (*fn)(void *),
                             void *arg)
{
    g_assert_not_reached();
}

#define OPTS(...) ((const char *const[]) { __VA_ARGS__, NULL })

static void test_aclint_no_tcg(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        board_init_free(board_new("virt", "aclint=on", NULL));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("prog: 'aclint' is only available with TCG "
                              "acceleration\n");
}

static void test_too_many_sockets(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        board_init_free(board_new("virt", "smp.cpus=5,memory.size=5M",
                             OPTS("node,mem=1M", "node,mem=1M", "node,mem=1M",
                                  "node,mem=1M", "node,mem=1M")));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*prog: number of sockets/nodes should be "
                              "less than 4\n");
}

static void test_discontinuous(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        board_init_free(board_new("virt", "smp.cpus=4,memory.size=2M",
                             OPTS("node,mem=1M,cpus=0,cpus=2",
                                  "node,mem=1M,cpus=1,cpus=3")));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*prog: discontinuous hartids in socket0\n");
}

static void test_spike_discontinuous(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        board_init_free(board_new("spike", "smp.cpus=4,memory.size=2M",
                             OPTS("node,mem=1M,cpus=0-3", "node,mem=1M")));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*prog: discontinuous hartids in socket1\n");
}

static void test_too_many_nodes(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        board_init_free(board_new("spike", "smp.cpus=1,memory.size=2M",
                             OPTS("node,mem=1M", "node,mem=1M")));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*prog: Number of NUMA nodes (2) cannot "
                              "exceed the number of available CPUs (1).\n");
}

static void test_sockets_without_numa(void)
{
    MachineState *ms = board_new("virt", "smp.cpus=3", NULL);

    g_assert_cmpint(riscv_socket_count(ms), ==, 1);
    g_assert_cmpint(riscv_socket_first_hartid(ms, 0), ==, 0);
    g_assert_cmpint(riscv_socket_last_hartid(ms, 0), ==, 2);
    g_assert_cmpint(riscv_socket_hart_count(ms, 0), ==, 3);
    g_assert_true(riscv_socket_check_hartids(ms, 0));
    g_assert_cmpint(riscv_socket_first_hartid(ms, 1), ==, -1);
    g_assert_cmpint(riscv_socket_last_hartid(ms, 1), ==, -1);
    g_assert_cmpint(riscv_socket_hart_count(ms, 1), ==, -1);
    g_assert_false(riscv_socket_check_hartids(ms, 1));
    object_unref(ms);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    module_call_init(MODULE_INIT_QOM);
    g_test_add_func("/riscv/virt/aclint/no-tcg", test_aclint_no_tcg);
    g_test_add_func("/riscv/virt/too-many-sockets", test_too_many_sockets);
    g_test_add_func("/riscv/virt/discontinuous", test_discontinuous);
    g_test_add_func("/riscv/spike/discontinuous", test_spike_discontinuous);
    g_test_add_func("/riscv/spike/too-many-nodes", test_too_many_nodes);
    g_test_add_func("/riscv/sockets/no-numa", test_sockets_without_numa);
    return g_test_run();
}
