/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hmp-cmds.c: the human monitor's commands and "info" subcommands, with
 * QEMU 8.2's names, parameters, help texts and output.
 *
 * Commands that change the machine run the QMP command of the same
 * meaning, so both monitors behave alike; errors print as "Error: ...".
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qom/object.h"
#include "chardev/char.h"
#include "exec/memory.h"
#include "hw/core/cpu.h"
#include "sysemu/runstate.h"
#include "monitor/hmp.h"
#include "monitor/qdev.h"
#include "monitor/qmp-dispatch.h"
#include "config-host.h"


/* Run QMP command @name with @args (NULL: none); its value or NULL. */
static QObject *hmp_run_qmp(MonitorHMP *mon, const char *name, QDict *args)
{
    const QmpCommand *cmd = qmp_find_command(name);
    g_autoptr(QDict) empty = qdict_new();
    Error *err = NULL;
    QObject *ret;

    assert(cmd);
    ret = cmd->fn(NULL, args ? args : empty, &err);
    if (err) {
        monitor_printf(mon, "Error: %s\n", error_get_pretty(err));
        error_free(err);
    }
    return ret;
}

static void hmp_run_qmp_simple(MonitorHMP *mon, const char *name)
{
    qobject_unref(hmp_run_qmp(mon, name, NULL));
}

static void hmp_stop(MonitorHMP *mon, const QDict *qdict)
{
    hmp_run_qmp_simple(mon, "stop");
}

static void hmp_cont(MonitorHMP *mon, const QDict *qdict)
{
    hmp_run_qmp_simple(mon, "cont");
}

static void hmp_quit(MonitorHMP *mon, const QDict *qdict)
{
    monitor_hmp_suspend(mon);
    hmp_run_qmp_simple(mon, "quit");
}

static void hmp_system_reset(MonitorHMP *mon, const QDict *qdict)
{
    hmp_run_qmp_simple(mon, "system_reset");
}

static void hmp_migrate_incoming(MonitorHMP *mon, const QDict *qdict)
{
    g_autoptr(QDict) args = qdict_new();

    qdict_put_str(args, "uri", qdict_get_str(qdict, "uri"));
    qobject_unref(hmp_run_qmp(mon, "migrate-incoming", args));
}

static void hmp_system_powerdown(MonitorHMP *mon, const QDict *qdict)
{
    hmp_run_qmp_simple(mon, "system_powerdown");
}

static void hmp_info_help(MonitorHMP *mon, const QDict *qdict)
{
    g_autoptr(QDict) args = qdict_new();

    qdict_put_str(args, "name", "info");
    hmp_help(mon, args);
}

static void hmp_info_status(MonitorHMP *mon, const QDict *qdict)
{
    RunState state = runstate_get();
    bool running = runstate_is_running();

    monitor_printf(mon, "VM status: %s", running ? "running" : "paused");
    if (!running && state != RUN_STATE_PAUSED) {
        monitor_printf(mon, " (%s)", RunState_str(state));
    }
    monitor_puts(mon, "\n");
}

static void hmp_info_version(MonitorHMP *mon, const QDict *qdict)
{
    monitor_printf(mon, "%s%s\n", QEMU_VERSION, QEMU_PKGVERSION);
}

/* Print member @key of QMP command @cmd's result dict, if present. */
static void hmp_print_qmp_member(MonitorHMP *mon, const char *cmd,
                                 const char *key)
{
    QObject *ret = hmp_run_qmp(mon, cmd, NULL);
    QDict *info = qobject_to(QDict, ret);
    const char *value = info ? qdict_get_try_str(info, key) : NULL;

    if (value) {
        monitor_printf(mon, "%s\n", value);
    }
    qobject_unref(ret);
}

static void hmp_info_name(MonitorHMP *mon, const QDict *qdict)
{
    hmp_print_qmp_member(mon, "query-name", "name");
}

static void hmp_info_uuid(MonitorHMP *mon, const QDict *qdict)
{
    hmp_print_qmp_member(mon, "query-uuid", "UUID");
}

static void hmp_info_kvm(MonitorHMP *mon, const QDict *qdict)
{
    QObject *ret = hmp_run_qmp(mon, "query-kvm", NULL);
    QDict *info = qobject_to(QDict, ret);

    if (info) {
        monitor_printf(mon, "kvm support: %s\n",
                       !qdict_get_bool(info, "present") ? "not compiled" :
                       qdict_get_bool(info, "enabled") ? "enabled" :
                       "disabled");
    }
    qobject_unref(ret);
}

static void hmp_info_iothreads(MonitorHMP *mon, const QDict *qdict)
{
    /* No -object iothread exists yet: QEMU prints nothing then. */
}

static void hmp_info_chardev(MonitorHMP *mon, const QDict *qdict)
{
    QObject *ret = hmp_run_qmp(mon, "query-chardev", NULL);
    const QListEntry *e;

    for (e = qlist_first(qobject_to(QList, ret)); e; e = qlist_next(e)) {
        QDict *info = qobject_to(QDict, qlist_entry_obj(e));

        monitor_printf(mon, "%s: filename=%s\n",
                       qdict_get_str(info, "label"),
                       qdict_get_str(info, "filename"));
    }
    qobject_unref(ret);
}

static void hmp_info_cpus(MonitorHMP *mon, const QDict *qdict)
{
    CPUState *cur = mon_get_cpu(mon);
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        monitor_printf(mon, "%c CPU #%d: thread_id=%d\n",
                       cpu == cur ? '*' : ' ', cpu->cpu_index,
                       cpu->thread_id);
    }
}

static void hmp_dump_cpu(MonitorHMP *mon, CPUState *cpu)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);

    monitor_printf(mon, "\nCPU#%d\n", cpu->cpu_index);
    if (f) {
        cpu_dump_state(cpu, f, CPU_DUMP_FPU);
        fclose(f);
        monitor_puts(mon, text);
    }
    free(text);
}

static void hmp_info_registers(MonitorHMP *mon, const QDict *qdict)
{
    bool all = qdict_get_try_bool(qdict, "cpustate_all", false);
    int64_t vcpu = qdict_haskey(qdict, "vcpu") ? qdict_get_int(qdict, "vcpu")
                                               : -1;
    CPUState *cpu = NULL;

    if (all) {
        CPU_FOREACH(cpu) {
            hmp_dump_cpu(mon, cpu);
        }
        return;
    }
    if (vcpu < 0) {
        cpu = mon_get_cpu(mon);
    } else {
        cpu = vcpu <= INT_MAX ? qemu_get_cpu(vcpu) : NULL;
    }
    if (!cpu) {
        if (vcpu >= 0) {
            monitor_printf(mon, "CPU#%" PRId64 " not available\n", vcpu);
        } else {
            monitor_puts(mon, "No CPU available\n");
        }
        return;
    }
    hmp_dump_cpu(mon, cpu);
}

static void hmp_info_mtree(MonitorHMP *mon, const QDict *qdict)
{
    g_autoptr(GString) out = g_string_new(NULL);

    mtree_info(out, qdict_get_try_bool(qdict, "flatview", false));
    monitor_puts(mon, out->str);
}

static void hmp_info_qtree(MonitorHMP *mon, const QDict *qdict)
{
    g_autoptr(GString) out = g_string_new(NULL);

    qdev_qtree_info(out);
    monitor_puts(mon, out->str);
}

static void hmp_info_history(MonitorHMP *mon, const QDict *qdict)
{
    const char *line;
    unsigned int i;

    for (i = 0; (line = monitor_hmp_history(mon, i)); i++) {
        monitor_printf(mon, "%u: '%s'\n", i, line);
    }
}

const HMPCommand hmp_info_cmds[] = {
    { .name = "chardev", .args_type = "", .params = "",
      .help = "show the character devices", .cmd = hmp_info_chardev },
    { .name = "cpus", .args_type = "", .params = "",
      .help = "show infos for each CPU", .cmd = hmp_info_cpus },
    { .name = "history", .args_type = "", .params = "",
      .help = "show the command line history", .cmd = hmp_info_history },
    { .name = "iothreads", .args_type = "", .params = "",
      .help = "show iothreads", .cmd = hmp_info_iothreads },
    { .name = "kvm", .args_type = "", .params = "",
      .help = "show KVM information", .cmd = hmp_info_kvm },
    { .name = "mtree",
      .args_type = "flatview:-f,dispatch_tree:-d,owner:-o,disabled:-D",
      .params = "[-f][-d][-o][-D]",
      .help = "show memory tree (-f: dump flat view for address spaces;"
              "-d: dump dispatch tree, valid with -f only);"
              "-o: dump region owners/parents;"
              "-D: dump disabled regions",
      .cmd = hmp_info_mtree },
    { .name = "name", .args_type = "", .params = "",
      .help = "show the current VM name", .cmd = hmp_info_name },
    { .name = "qtree", .args_type = "", .params = "",
      .help = "show device tree", .cmd = hmp_info_qtree },
    { .name = "registers", .args_type = "cpustate_all:-a,vcpu:i?",
      .params = "[-a|vcpu]",
      .help = "show the cpu registers (-a: show register info for all "
              "cpus; vcpu: specific vCPU to query; show the current CPU's "
              "registers if no argument is specified)",
      .cmd = hmp_info_registers },
    { .name = "status", .args_type = "", .params = "",
      .help = "show the current VM status (running|paused)",
      .cmd = hmp_info_status },
    { .name = "uuid", .args_type = "", .params = "",
      .help = "show the current VM UUID", .cmd = hmp_info_uuid },
    { .name = "version", .args_type = "", .params = "",
      .help = "show the version of QEMU", .cmd = hmp_info_version },
    { NULL }
};

const HMPCommand hmp_cmds[] = {
    { .name = "cont|c", .args_type = "", .params = "",
      .help = "resume emulation", .cmd = hmp_cont },
    { .name = "help|?", .args_type = "name:S?", .params = "[cmd]",
      .help = "show the help", .cmd = hmp_help },
    { .name = "info", .args_type = "item:s?", .params = "[subcommand]",
      .help = "show various information about the system state",
      .cmd = hmp_info_help, .sub_table = hmp_info_cmds },
    { .name = "migrate_incoming", .args_type = "uri:s", .params = "uri",
      .help = "Continue an incoming migration from an -incoming defer",
      .cmd = hmp_migrate_incoming },
    { .name = "quit|q", .args_type = "", .params = "",
      .help = "quit the emulator", .cmd = hmp_quit },
    { .name = "stop|s", .args_type = "", .params = "",
      .help = "stop emulation", .cmd = hmp_stop },
    { .name = "system_powerdown", .args_type = "", .params = "",
      .help = "send system power down event", .cmd = hmp_system_powerdown },
    { .name = "system_reset", .args_type = "", .params = "",
      .help = "reset the system", .cmd = hmp_system_reset },
    { .name = "x", .args_type = "fmt:/,addr:l", .params = "/fmt addr",
      .help = "virtual memory dump starting at 'addr'",
      .cmd = hmp_memory_dump },
    { .name = "xp", .args_type = "fmt:/,addr:l", .params = "/fmt addr",
      .help = "physical memory dump starting at 'addr'",
      .cmd = hmp_physical_memory_dump },
    { NULL }
};
