/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qmp-cmds.c: QMP commands about the emulator and the machine:
 * versions, command list, name, UUID, target, machines, command-line
 * options, run state control and leaving preconfig.
 *
 * Values and error texts are QEMU 8.2's (QAPI schema and the commands'
 * implementations in QEMU's monitor/, system/ and hw/core/).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/error-report.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qom/object.h"
#include "hw/boards.h"
#include "hw/qdev-core.h"
#include "sysemu/arch_init.h"
#include "sysemu/runstate.h"
#include "sysemu/vl.h"
#include "monitor/qmp.h"
#include "migration/misc.h"
#include "monitor/qmp-cmds.h"
#include "monitor/qom-cmds.h"
#include "config-host.h"

QObject *qmp_version_info(void)
{
    QDict *info = qdict_new();
    QDict *qemu = qdict_new();
    unsigned int major = 0, minor = 0, micro = 0;

    sscanf(QEMU_VERSION, "%u.%u.%u", &major, &minor, &micro);
    qdict_put_int(qemu, "major", major);
    qdict_put_int(qemu, "minor", minor);
    qdict_put_int(qemu, "micro", micro);
    qdict_put_obj(info, "qemu", QOBJECT(qemu));
    qdict_put_str(info, "package", QEMU_PKGVERSION);
    return QOBJECT(info);
}

static QObject *qmp_cmd_query_version(MonitorQMP *mon, QDict *args,
                                      Error **errp)
{
    return qmp_version_info();
}

static void qmp_add_command_name(const QmpCommand *cmd, void *opaque)
{
    QDict *info = qdict_new();

    qdict_put_str(info, "name", cmd->name);
    qlist_append_obj(opaque, QOBJECT(info));
}

static QObject *qmp_cmd_query_commands(MonitorQMP *mon, QDict *args,
                                       Error **errp)
{
    QList *list = qlist_new();

    qmp_for_each_command(qmp_add_command_name, list);
    return QOBJECT(list);
}

static QObject *qmp_cmd_query_name(MonitorQMP *mon, QDict *args,
                                   Error **errp)
{
    QDict *info = qdict_new();
    QemuOptsList *list = qemu_find_opts_err("name", NULL);
    QemuOpts *opts = list ? qemu_opts_find(list, NULL) : NULL;
    const char *name = opts ? qemu_opt_get(opts, "guest") : NULL;

    if (name) {
        qdict_put_str(info, "name", name);
    }
    return QOBJECT(info);
}

static QObject *qmp_cmd_query_uuid(MonitorQMP *mon, QDict *args,
                                   Error **errp)
{
    QDict *info = qdict_new();
    const uint8_t *u = vl.uuid;
    g_autofree char *text = g_strdup_printf(
        "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
        "%02x%02x%02x%02x%02x%02x",
        u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9],
        u[10], u[11], u[12], u[13], u[14], u[15]);

    qdict_put_str(info, "UUID", text);
    return QOBJECT(info);
}

static QObject *qmp_cmd_query_target(MonitorQMP *mon, QDict *args,
                                     Error **errp)
{
    QDict *info = qdict_new();

    qdict_put_str(info, "arch", target_name);
    return QOBJECT(info);
}

static QObject *qmp_cmd_query_status(MonitorQMP *mon, QDict *args,
                                     Error **errp)
{
    QDict *info = qdict_new();

    qdict_put_bool(info, "running", runstate_is_running());
    qdict_put_bool(info, "singlestep", false);
    qdict_put_str(info, "status", RunState_str(runstate_get()));
    return QOBJECT(info);
}

static QObject *qmp_cmd_stop(MonitorQMP *mon, QDict *args, Error **errp)
{
    if (runstate_check(RUN_STATE_INMIGRATE)) {
        vl.autostart = false;
    } else {
        vm_stop(RUN_STATE_PAUSED);
    }
    return QOBJECT(qdict_new());
}

static QObject *qmp_cmd_cont(MonitorQMP *mon, QDict *args, Error **errp)
{
    if (runstate_needs_reset()) {
        error_setg(errp, "Resetting the Virtual Machine is required");
        return NULL;
    }
    if (runstate_check(RUN_STATE_INMIGRATE)) {
        vl.autostart = true;
    } else if (!runstate_check(RUN_STATE_SUSPENDED)) {
        vm_start();
    }
    return QOBJECT(qdict_new());
}

static QObject *qmp_cmd_quit(MonitorQMP *mon, QDict *args, Error **errp)
{
    runstate_actions.shutdown = SHUTDOWN_ACTION_POWEROFF;
    qemu_system_shutdown_request(SHUTDOWN_CAUSE_HOST_QMP_QUIT);
    return QOBJECT(qdict_new());
}

static QObject *qmp_cmd_system_reset(MonitorQMP *mon, QDict *args,
                                     Error **errp)
{
    qemu_system_reset_request(SHUTDOWN_CAUSE_HOST_QMP_SYSTEM_RESET);
    return QOBJECT(qdict_new());
}

static QObject *qmp_cmd_system_powerdown(MonitorQMP *mon, QDict *args,
                                         Error **errp)
{
    qemu_system_powerdown_request();
    return QOBJECT(qdict_new());
}

static QObject *qmp_cmd_x_exit_preconfig(MonitorQMP *mon, QDict *args,
                                         Error **errp)
{
    if (phase_check(PHASE_MACHINE_INITIALIZED)) {
        error_setg(errp, "The command is permitted only before machine "
                   "initialization");
        return NULL;
    }
    qmp_x_exit_preconfig(errp);
    if (!phase_check(PHASE_MACHINE_READY)) {
        return NULL;
    }
    return QOBJECT(qdict_new());
}

static QObject *qmp_machine_info(MachineClass *mc)
{
    QDict *info = qdict_new();

    qdict_put_str(info, "name", mc->name);
    if (mc->alias) {
        qdict_put_str(info, "alias", mc->alias);
    }
    if (mc->is_default) {
        qdict_put_bool(info, "is-default", true);
    }
    qdict_put_int(info, "cpu-max", mc->max_cpus);
    qdict_put_bool(info, "hotpluggable-cpus", false);
    qdict_put_bool(info, "numa-mem-supported", mc->numa_mem_supported);
    qdict_put_bool(info, "deprecated", mc->deprecation_reason != NULL);
    if (mc->default_cpu_type) {
        qdict_put_str(info, "default-cpu-type", mc->default_cpu_type);
    }
    if (mc->default_ram_id) {
        qdict_put_str(info, "default-ram-id", mc->default_ram_id);
    }
    qdict_put_bool(info, "acpi", false);
    return QOBJECT(info);
}

static QObject *qmp_cmd_query_machines(MonitorQMP *mon, QDict *args,
                                       Error **errp)
{
    GSList *classes = object_class_get_list(TYPE_MACHINE, false);
    QList *list = qlist_new();
    GSList *l;

    for (l = classes; l; l = l->next) {
        qlist_append_obj(list, qmp_machine_info(l->data));
    }
    g_slist_free(classes);
    return QOBJECT(list);
}

static const char *qmp_opt_type_name(QemuOptType type)
{
    switch (type) {
    case QEMU_OPT_BOOL:
        return "boolean";
    case QEMU_OPT_NUMBER:
        return "number";
    case QEMU_OPT_SIZE:
        return "size";
    default:
        return "string";
    }
}

static QObject *qmp_opts_list_info(const QemuOptsList *list)
{
    QDict *info = qdict_new();
    QList *params = qlist_new();
    int i, n;

    for (n = 0; list->desc[n].name; n++) {
        continue;
    }
    /* QEMU prepends each parameter: the last one comes first. */
    for (i = n - 1; i >= 0; i--) {
        const QemuOptDesc *d = &list->desc[i];
        QDict *param = qdict_new();

        qdict_put_str(param, "name", d->name);
        qdict_put_str(param, "type", qmp_opt_type_name(d->type));
        if (d->help) {
            qdict_put_str(param, "help", d->help);
        }
        if (d->def_value_str) {
            qdict_put_str(param, "default", d->def_value_str);
        }
        qlist_append_obj(params, QOBJECT(param));
    }
    qdict_put_obj(info, "parameters", QOBJECT(params));
    qdict_put_str(info, "option", list->name);
    return QOBJECT(info);
}

static QObject *qmp_cmd_query_command_line_options(MonitorQMP *mon,
                                                   QDict *args,
                                                   Error **errp)
{
    const char *option = qdict_get_try_str(args, "option");
    QemuOptsList **groups = qemu_config_groups();
    QList *list = qlist_new();
    int i, n;

    for (n = 0; groups[n]; n++) {
        continue;
    }
    /* QEMU builds its list by prepending: the last group comes first. */
    for (i = n - 1; i >= 0; i--) {
        if (!option || !strcmp(option, groups[i]->name)) {
            qlist_append_obj(list, qmp_opts_list_info(groups[i]));
        }
    }
    if (option && qlist_empty(list)) {
        qobject_unref(list);
        error_setg(errp, "invalid option name: %s", option);
        return NULL;
    }
    return QOBJECT(list);
}

static const QmpArg qmp_query_command_line_options_args[] = {
    { .name = "option", .type = QMP_ARG_STR, .optional = true },
    { NULL }
};

static const QmpCommand qmp_system_cmds[] = {
    { .name = "query-version", .fn = qmp_cmd_query_version,
      .allow_preconfig = true },
    { .name = "query-commands", .fn = qmp_cmd_query_commands,
      .allow_preconfig = true },
    { .name = "query-name", .fn = qmp_cmd_query_name,
      .allow_preconfig = true },
    { .name = "query-uuid", .fn = qmp_cmd_query_uuid,
      .allow_preconfig = true },
    { .name = "query-target", .fn = qmp_cmd_query_target,
      .allow_preconfig = true },
    { .name = "query-machines", .fn = qmp_cmd_query_machines,
      .allow_preconfig = true },
    { .name = "query-command-line-options",
      .fn = qmp_cmd_query_command_line_options,
      .args = qmp_query_command_line_options_args,
      .allow_preconfig = true },
    { .name = "query-status", .fn = qmp_cmd_query_status,
      .allow_preconfig = true },
    { .name = "stop", .fn = qmp_cmd_stop },
    { .name = "cont", .fn = qmp_cmd_cont },
    { .name = "quit", .fn = qmp_cmd_quit, .allow_preconfig = true },
    { .name = "system_reset", .fn = qmp_cmd_system_reset },
    { .name = "system_powerdown", .fn = qmp_cmd_system_powerdown },
    { .name = "x-exit-preconfig", .fn = qmp_cmd_x_exit_preconfig,
      .allow_preconfig = true },
};

void qmp_init_commands(void)
{
    static bool done;
    size_t i;

    if (done) {
        return;
    }
    done = true;
    qmp_register_command(&qmp_capabilities_cmd);
    for (i = 0; i < ARRAY_SIZE(qmp_system_cmds); i++) {
        qmp_register_command(&qmp_system_cmds[i]);
    }
    qom_register_commands();
    qmp_char_register_commands();
    qmp_machine_register_commands();
    migration_register_commands();
    runstate_set_event_emitter(qapi_event_emit);
}
