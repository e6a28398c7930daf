/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qmp-machine-cmds.c: QMP commands about the running machine's CPUs and
 * accelerator, and the bridge to the human monitor:
 * query-cpus-fast, query-kvm, query-iothreads, human-monitor-command.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qstring.h"
#include "qom/object.h"
#include "hw/core/cpu.h"
#include "sysemu/arch_init.h"
#include "sysemu/kvm.h"
#include "monitor/hmp.h"
#include "monitor/qmp-cmds.h"
#include "monitor/qmp-dispatch.h"

static QObject *qmp_cpu_info_fast(CPUState *cpu)
{
    QDict *info = qdict_new();
    g_autofree char *path = object_get_canonical_path(OBJECT(cpu));

    qdict_put_int(info, "cpu-index", cpu->cpu_index);
    qdict_put_str(info, "qom-path", path ? path : "");
    qdict_put_int(info, "thread-id", cpu->thread_id);
    if (arch_type == QEMU_ARCH_RISCV) {
        QDict *props = qdict_new();

        qdict_put_int(props, "core-id", cpu->cpu_index);
        qdict_put_obj(info, "props", QOBJECT(props));
    }
    qdict_put_str(info, "target", target_name);
    return QOBJECT(info);
}

static QObject *qmp_cmd_query_cpus_fast(MonitorQMP *mon, QDict *args,
                                        Error **errp)
{
    QList *list = qlist_new();
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        qlist_append_obj(list, qmp_cpu_info_fast(cpu));
    }
    return QOBJECT(list);
}

static QObject *qmp_cmd_query_kvm(MonitorQMP *mon, QDict *args,
                                  Error **errp)
{
    QDict *info = qdict_new();

    /* KVM is built into the x86_64 binary only. */
    qdict_put_bool(info, "enabled", kvm_enabled());
    qdict_put_bool(info, "present", arch_type == QEMU_ARCH_I386);
    return QOBJECT(info);
}

static QObject *qmp_cmd_query_iothreads(MonitorQMP *mon, QDict *args,
                                        Error **errp)
{
    /* No iothread objects exist yet. */
    return QOBJECT(qlist_new());
}

static QObject *qmp_cmd_human_monitor_command(MonitorQMP *mon, QDict *args,
                                              Error **errp)
{
    CPUState *cpu = NULL;
    g_autofree char *out = NULL;

    if (qdict_haskey(args, "cpu-index")) {
        int64_t index = qdict_get_int(args, "cpu-index");

        cpu = index >= 0 && index <= INT_MAX ? qemu_get_cpu(index) : NULL;
        if (!cpu) {
            error_setg(errp, "Parameter 'cpu-index' expects a CPU number");
            return NULL;
        }
    }
    out = hmp_run_command_line(qdict_get_str(args, "command-line"), cpu);
    return QOBJECT(qstring_from_str(out));
}

static const QmpArg qmp_hmp_args[] = {
    { .name = "command-line", .type = QMP_ARG_STR },
    { .name = "cpu-index", .type = QMP_ARG_INT, .optional = true },
    { NULL }
};

static const QmpCommand qmp_machine_cmds[] = {
    { .name = "query-cpus-fast", .fn = qmp_cmd_query_cpus_fast },
    { .name = "query-kvm", .fn = qmp_cmd_query_kvm },
    { .name = "query-iothreads", .fn = qmp_cmd_query_iothreads,
      .allow_preconfig = true },
    { .name = "human-monitor-command", .fn = qmp_cmd_human_monitor_command,
      .args = qmp_hmp_args },
};

void qmp_machine_register_commands(void)
{
    qmp_register_commands(qmp_machine_cmds, ARRAY_SIZE(qmp_machine_cmds));
}
