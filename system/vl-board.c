/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl-board.c: the steps of qemu_init around machine creation that decide
 * what gets built besides the board, in QEMU 8.2's order:
 *
 *   user_register_global_props     -global into the global property list
 *   qemu_disable_default_devices   what -nodefaults and the machine rule out
 *   qemu_create_default_devices    default serial, parallel and monitor
 *   qemu_create_early_backends     -object back-ends the machine may name
 *   qemu_create_late_backends      the rest, after the accelerator
 *   qmp_x_exit_preconfig           board init, -device, machine ready
 *
 * Objects are split between early and late creation as QEMU splits them:
 * memory back-ends are late so that a large allocation cannot delay the
 * monitor; a few types need the accelerator or the network first.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "qemu/option.h"
#include "chardev/char.h"
#include "hw/boards.h"
#include "hw/qdev-core.h"
#include "monitor/monitor.h"
#include "monitor/qdev.h"
#include "sysemu/qtest.h"
#include "migration/misc.h"
#include "sysemu/runstate.h"
#include "sysemu/vl.h"

static int global_init_func(void *opaque, QemuOpts *opts, Error **errp)
{
    object_register_global(qemu_opt_get(opts, "driver"),
                           qemu_opt_get(opts, "property"),
                           qemu_opt_get(opts, "value"));
    return 0;
}

void user_register_global_props(void)
{
    qemu_opts_foreach(qemu_find_opts("global"), global_init_func, NULL,
                      NULL);
}

void qemu_disable_default_devices(void)
{
    MachineClass *mc = MACHINE_GET_CLASS(current_machine);

    if (!vl.has_defaults || mc->no_serial) {
        vl.default_serial = false;
    }
    if (!vl.has_defaults || mc->no_parallel) {
        vl.default_parallel = false;
    }
    if (!vl.has_defaults) {
        vl.default_monitor = false;
        vl.default_net = false;
    }
}

/*
 * With -nographic the serial port and monitor share stdio; otherwise they
 * go to a virtual console, which without a display shows nothing.
 */
void qemu_create_default_devices(void)
{
    if (vl.nographic) {
        if (vl.default_parallel) {
            add_device_config(DEV_PARALLEL, "null");
        }
        if (vl.default_serial && vl.default_monitor) {
            add_device_config(DEV_SERIAL, "mon:stdio");
        } else {
            if (vl.default_serial) {
                add_device_config(DEV_SERIAL, "stdio");
            }
            if (vl.default_monitor) {
                monitor_parse("stdio", "readline", false);
            }
        }
        return;
    }
    if (vl.default_serial) {
        add_device_config(DEV_SERIAL, "vc:80Cx24C");
    }
    if (vl.default_parallel) {
        add_device_config(DEV_PARALLEL, "vc:80Cx24C");
    }
    if (vl.default_monitor) {
        monitor_parse("vc:80Cx24C", "readline", false);
    }
}

/* Types created late: they need the accelerator, the network or time. */
static bool object_create_late(const char *type)
{
    static const char *const late_types[] = {
        "rng-egd", "qtest", "cryptodev-vhost-user", "vhost-user-blk-server",
        "colo-compare",
    };
    size_t i;

    if (g_str_has_prefix(type, "memory-backend-") ||
        g_str_has_prefix(type, "filter-")) {
        return true;
    }
    for (i = 0; i < ARRAY_SIZE(late_types); i++) {
        if (g_str_equal(type, late_types[i])) {
            return true;
        }
    }
    return false;
}

static bool object_create_early(const char *type)
{
    return !object_create_late(type) && !object_create_pre_sandbox(type);
}

void qemu_create_early_backends(void)
{
    object_option_foreach_add(object_create_early);
    qemu_opts_foreach(qemu_find_opts("chardev"), chardev_init_func, NULL,
                      &error_fatal);
}

void qemu_create_late_backends(void)
{
    if (vl.qtest_chrdev) {
        qtest_server_init(vl.qtest_chrdev, vl.qtest_log, &error_fatal);
    }
    object_option_foreach_add(object_create_late);
    qemu_opts_foreach(qemu_find_opts("mon"), monitor_init_opts, NULL,
                      &error_fatal);
    qemu_create_serial_backends();
}

/*
 * -dump-vmstate: the machine's name and, once devices with migration
 * state exist, a description of each, in QEMU's layout (two-space
 * indentation, the machine first under "vmschkmachine").
 */
void dump_vmstate_json_to_file(FILE *out)
{
    MachineClass *mc = MACHINE_GET_CLASS(current_machine);

    fprintf(out, "{\n"
                 "  \"vmschkmachine\": {\n"
                 "    \"Name\": \"%s\"\n"
                 "  }\n"
                 "}\n", mc->name);
    fclose(out);
}

static int device_init_func(void *opaque, QemuOpts *opts, Error **errp)
{
    return qdev_device_add(opts, errp) ? 0 : -1;
}

/* The -device devices, in command-line order, once the board exists. */
static void qemu_create_cli_devices(void)
{
    qemu_opts_foreach(qemu_find_opts("device"), device_init_func, NULL,
                      &error_fatal);
    qemu_log_startup_step("qemu_create_cli_devices");
}

/* Start-up is done with the board: it exists with its RAM. */
static void qemu_init_board(void)
{
    if (!machine_run_board_init(current_machine, vl.mem_path,
                                &error_fatal)) {
        exit(1);
    }
}

void qmp_x_exit_preconfig(Error **errp)
{
    if (phase_check(PHASE_MACHINE_INITIALIZED)) {
        error_setg(errp, "The command is permitted only before machine "
                   "initialization");
        return;
    }
    qemu_init_board();
    qemu_log_startup_step("qemu_init_board");
    qemu_create_cli_devices();
    phase_advance(PHASE_MACHINE_READY);
    object_prop_check_globals();
    /* Devices and CPUs start from their power-on state. */
    qemu_system_reset(SHUTDOWN_CAUSE_NONE);
    qemu_log_startup_step("qemu_machine_creation_done");
    if (vl.incoming) {
        migration_incoming_cmdline(vl.incoming);
    } else if (vl.autostart) {
        vm_start();
    }
}
