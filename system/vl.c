/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl.c: qemu_init(), the start-up of the system emulator, as the list of
 * named steps QEMU 8.2's system/vl.c runs.
 *
 * The command line is read twice: the first pass only looks for
 * -no-user-config (it decides whether the default config file is read
 * before everything else); the second pass hands each option to its
 * handler in system/vl-parse.c, which drops it into its QemuOpts group,
 * into machine_opts_dict, or into a variable of VlState.  After the parse
 * come validation, sugar options, early options, help options and
 * daemonizing, each a function of its own with QEMU's name.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "qemu/main-loop.h"
#include "qemu/module.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qobject/qstring.h"
#include "qom/object.h"
#include "qemu/accel.h"
#include "hw/boards.h"
#include "hw/qdev-core.h"
#include "monitor/monitor.h"
#include "chardev/char.h"
#include "sysemu/qtest.h"
#include "sysemu/numa.h"
#include "sysemu/arch_init.h"
#include "sysemu/os-posix.h"
#include "sysemu/rtc.h"
#include "sysemu/runstate.h"
#include "sysemu/seccomp.h"
#include "sysemu/sysemu.h"
#include "sysemu/vl.h"
#include "sysemu/vl-opts.h"
#include "trace/control.h"

VlState vl = {
    .has_defaults = true,
    .default_serial = true,
    .default_parallel = true,
    .default_monitor = true,
    .default_net = true,
    .autostart = true,
    .userconfig = true,
};

/*
 * The table of options, in qemu-options.hx order.  "-h" has a row of its
 * own: the .hx describes it together with "-help".
 */
const QEMUOption qemu_options[] = {
    { .name = "h", .flags = 0, .index = QEMU_OPTION_h,
      .arch_mask = QEMU_ARCH_ALL },
#define DEF(option, opt_arg, opt_enum, opt_help, opt_arch) \
    { .name = option, .flags = opt_arg, .index = opt_enum,  \
      .arch_mask = opt_arch },
#define DEFHEADING(text)
#define ARCHHEADING(text, opt_arch)
#include "qemu-options.def"
    { .name = NULL },
};

void version(void)
{
    printf("QEMU emulator version " QEMU_VERSION " (" QEMU_PKGVERSION ")\n"
           "Copyright (c) 2026 the qlite developers\n");
}

/* -help: the options of this target, from qemu-options.hx. */
void help(int exitcode)
{
    version();
    printf("usage: %s [options] [disk_image]\n\n"
           "'disk_image' is a raw hard disk image for IDE hard disk 0\n\n",
           error_get_progname());
#define DEF(option, opt_arg, opt_enum, opt_help, opt_arch) \
    if ((opt_arch) & arch_type) {                           \
        fputs(opt_help, stdout);                            \
    }
#define ARCHHEADING(text, opt_arch) \
    if ((opt_arch) & arch_type) {   \
        puts(#text);                \
    }
#define DEFHEADING(text) ARCHHEADING(text, QEMU_ARCH_ALL)
#include "qemu-options.def"
    printf("\nWhen using -nographic, press 'ctrl-a h' to get some help.\n");
    exit(exitcode);
}

/*
 * lookup_opt: the option at argv[*poptind] (with "--foo" meaning "-foo"),
 * and its argument if it takes one.  Sets the command-line location to the
 * option (and its argument) so every later message names it.  An unknown
 * option or a missing argument ends the process.
 */
static const QEMUOption *lookup_opt(int argc, char **argv,
                                    const char **poptarg, int *poptind)
{
    const QEMUOption *popt;
    int optind = *poptind;
    const char *name = argv[optind];

    loc_set_cmdline(argv, optind, 1);
    optind++;
    if (name[1] == '-') {
        name++;
    }
    for (popt = qemu_options; popt->name; popt++) {
        if (!strcmp(popt->name, name + 1)) {
            break;
        }
    }
    if (!popt->name) {
        error_report("invalid option");
        exit(1);
    }
    *poptarg = NULL;
    if (popt->flags & HAS_ARG) {
        if (optind >= argc) {
            error_report("requires an argument");
            exit(1);
        }
        *poptarg = argv[optind++];
        loc_set_cmdline(argv, optind - 2, 2);
    }
    *poptind = optind;
    return popt;
}

/* Pass 1: only -no-user-config matters before the default config file. */
static void qemu_parse_first_pass(int argc, char **argv)
{
    const QEMUOption *popt;
    const char *optarg;
    int optind = 1;

    while (optind < argc) {
        if (argv[optind][0] != '-') {
            optind++;
            continue;
        }
        popt = lookup_opt(argc, argv, &optarg, &optind);
        if (popt->index == QEMU_OPTION_nouserconfig) {
            vl.userconfig = false;
        }
    }
}

/* The current location is accepted but not used yet: warn once parsed. */
static void note_not_acted_on(void)
{
    Location *loc = g_new0(Location, 1);

    loc_save(loc);
    g_ptr_array_add(vl.not_acted_on, loc);
}

/* Pass 2: every option, in order, to its handler. */
static void qemu_parse_second_pass(int argc, char **argv)
{
    const QEMUOption *popt;
    const char *optarg;
    int optind = 1;

    while (optind < argc) {
        if (argv[optind][0] != '-') {
            /* A bare argument is a disk image, opened later. */
            loc_set_cmdline(argv, optind, 1);
            drive_add(IF_DEFAULT, 0, argv[optind++], HD_OPTS);
            note_not_acted_on();
            continue;
        }
        popt = lookup_opt(argc, argv, &optarg, &optind);
        if (!(popt->arch_mask & arch_type)) {
            error_report("Option not supported for this target");
            exit(1);
        }
        qemu_handle_option(popt->index, optarg);
    }
}

/*
 * qemu_parse_config_group: a -readconfig (or default config file) section.
 * Groups that the command line turns into keyval (machine, smp, boot)
 * merge into machine_opts_dict; the rest, memory included (-m is QemuOpts
 * in QEMU 8.2), become QemuOpts.
 */
static void qemu_parse_config_group(const char *group, QDict *qdict,
                                    void *opaque, Error **errp)
{
    static const struct {
        const char *group, *prop;
    } machine_groups[] = {
        { "machine", NULL },
        { "smp-opts", "smp" },
        { "boot-opts", "boot" },
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(machine_groups); i++) {
        if (!strcmp(group, machine_groups[i].group)) {
            qemu_merge_machine_opts(machine_groups[i].prop, qdict, errp);
            return;
        }
    }
    if (!strcmp(group, "object")) {
        qemu_queue_object_dict(qdict, errp);
        return;
    }
    qemu_config_do_parse(group, qdict, opaque, errp);
}

void qemu_read_config(const char *filename)
{
    if (qemu_read_config_file(filename, qemu_parse_config_group,
                              &error_fatal) < 0) {
        exit(1);
    }
}

/* The checks QEMU makes once the whole command line is known. */
static void qemu_validate_options(const QDict *machine_opts)
{
    const char *kernel = qdict_get_try_str(machine_opts, "kernel");
    const char *initrd = qdict_get_try_str(machine_opts, "initrd");
    const char *append = qdict_get_try_str(machine_opts, "append");

    if (!kernel && append) {
        error_report("-append only allowed with -kernel option");
        exit(1);
    }
    if (!kernel && initrd) {
        error_report("-initrd only allowed with -kernel option");
        exit(1);
    }
    if (vl.loadvm && vl.incoming) {
        error_report("'incoming' and 'loadvm' options are mutually "
                     "exclusive");
        exit(1);
    }
    if (vl.loadvm && vl.preconfig_requested) {
        error_report("'preconfig' and 'loadvm' options are "
                     "mutually exclusive");
        exit(1);
    }
    if (vl.incoming && vl.preconfig_requested &&
        strcmp(vl.incoming, "defer") != 0) {
        error_report("'preconfig' supports '-incoming defer' only");
        exit(1);
    }
    qemu_validate_daemonize();
}

/* Options that only set properties others will read (-mem-prealloc). */
static void qemu_process_sugar_options(void)
{
    QDict *smp;
    const char *cpus;

    if (!vl.mem_prealloc) {
        return;
    }
    smp = qobject_to(QDict, qdict_get(vl.machine_opts_dict, "smp"));
    cpus = smp ? qdict_get_try_str(smp, "cpus") : NULL;
    if (cpus) {
        object_register_sugar_prop("memory-backend", "prealloc-threads",
                                   cpus, false);
    }
    object_register_sugar_prop("memory-backend", "prealloc", "on", false);
}

/*
 * Objects are created as late as they can be; these few must exist before
 * the sandbox forbids what creating them needs.
 */
bool object_create_pre_sandbox(const char *type)
{
    /* -sandbox resourcecontrol=deny forbids setting thread affinity. */
    return g_str_equal(type, "thread-context");
}

static void qemu_process_early_options(void)
{
    qemu_opts_foreach(qemu_find_opts("name"), parse_name, NULL,
                      &error_fatal);
    object_option_foreach_add(object_create_pre_sandbox);
    if (qemu_find_opts_err("sandbox", NULL) &&
        qemu_opts_foreach(qemu_find_opts("sandbox"), parse_sandbox, NULL,
                          &error_fatal)) {
        exit(1);
    }
    if (qemu_opts_foreach(qemu_find_opts("action"), process_runstate_actions,
                          NULL, &error_fatal)) {
        exit(1);
    }
    if (qemu_opts_foreach(qemu_find_opts("add-fd"), parse_add_fd, NULL,
                          &error_fatal)) {
        exit(1);
    }
    qemu_configure_log();
    qemu_add_default_firmwarepath();
}

static void qemu_process_help_options(void)
{
    if (vl.cpu_option && is_help_option(vl.cpu_option)) {
        list_cpus();
        exit(0);
    }
    if (qemu_opts_foreach(qemu_find_opts("device"), device_help_func, NULL,
                          NULL)) {
        exit(0);
    }
    if (vl.list_data_dirs) {
        qemu_list_data_dirs();
        exit(0);
    }
}

static void qemu_maybe_daemonize(const char *pid_file)
{
    Error *err = NULL;

    os_daemonize();
    qemu_log_startup_step("os_daemonize");
    if (pid_file) {
        if (!qemu_write_pidfile(pid_file, &err)) {
            error_reportf_err(err, "cannot create PID file: ");
            exit(1);
        }
        qemu_pidfile_register_removal(pid_file);
    }
}

static void qemu_init_subsystems(void)
{
    module_call_init(MODULE_INIT_TRACE);
    qemu_log_set_trace_hook(trace_enable_events);
    runstate_init();
    qemu_mutex_lock_iothread();
    module_call_init(MODULE_INIT_QOM);
}

/*
 * The machine exists, with its properties set, at PHASE_MACHINE_CREATED.
 * The configuration the machine reads from NUMA comes after the accel.
 */
/*
 * Steps 6-8 of the spine: the machine object, its back-ends and options,
 * the accelerator, then (unless -preconfig) the board itself.
 */
static void qemu_create_machine_steps(const char *argv0)
{
    user_register_global_props();
    parse_memory_options();
    qemu_log_startup_step("parse_memory_options");
    qemu_create_machine(vl.machine_opts_dict);
    qemu_log_startup_step("qemu_create_machine");
    qemu_disable_default_devices();
    qemu_create_default_devices();
    qemu_create_early_backends();
    qemu_log_startup_step("qemu_create_early_backends");
    qemu_apply_legacy_machine_options(vl.machine_opts_dict);
    qemu_apply_machine_options(vl.machine_opts_dict);
    qobject_unref(vl.machine_opts_dict);
    vl.machine_opts_dict = NULL;
    phase_advance(PHASE_MACHINE_CREATED);
    qemu_log_startup_step("qemu_apply_machine_options");
    /* Reads machine properties (kernel-irqchip...): after the options. */
    configure_accelerators(argv0);
    phase_advance(PHASE_ACCEL_CREATED);
    qemu_log_startup_step("configure_accelerators");
    qemu_warn_deprecated_machine();
    qemu_create_late_backends();
    phase_advance(PHASE_LATE_BACKENDS_CREATED);
    qemu_log_startup_step("qemu_create_late_backends");
    current_machine->cpu_type =
        MACHINE_GET_CLASS(current_machine)->default_cpu_type;
    if (vl.cpu_option) {
        current_machine->cpu_type = parse_cpu_option(vl.cpu_option);
    }
    qemu_resolve_machine_memdev();
    qemu_log_startup_step("qemu_resolve_machine_memdev");
    parse_numa_opts(current_machine);
    qemu_log_startup_step("parse_numa_opts");
    if (vl.vmstate_dump_file) {
        dump_vmstate_json_to_file(vl.vmstate_dump_file);
        exit(0);
    }
    if (vl.incoming) {
        runstate_set(RUN_STATE_INMIGRATE);   /* already under -preconfig */
    }
    if (!vl.preconfig_requested) {
        qmp_x_exit_preconfig(&error_fatal);
    }
    accel_setup_post(current_machine);
    qemu_log_startup_step("accel_setup_post");
}

static void qobject_free_func(gpointer obj)
{
    qobject_unref((QObject *)obj);
}

void qemu_init(int argc, char **argv)
{
    vl.data_dirs = g_ptr_array_new_with_free_func(g_free);
    vl.not_acted_on = g_ptr_array_new_with_free_func(g_free);
    vl.blockdev_opts = g_ptr_array_new_with_free_func(qobject_free_func);
    qemu_add_vl_opts();
    qemu_add_opts(&qemu_trace_opts);
    if (qemu_seccomp_is_supported()) {
        qemu_add_opts(&qemu_sandbox_opts);
    }
    module_call_init(MODULE_INIT_OPTS);
    error_init(argv[0]);
    os_setup_early_signal_handling();
    os_set_line_buffering();
    qemu_init_exec_dir(argv[0]);
    qemu_init_subsystems();
    qemu_log_startup_step("qemu_init_subsystems");

    qemu_parse_first_pass(argc, argv);
    qemu_log_startup_step("qemu_parse_first_pass");
    vl.machine_opts_dict = qdict_new();
    if (vl.userconfig) {
        qemu_read_default_config_file(qemu_parse_config_group,
                                      &error_fatal);
    }
    qemu_parse_second_pass(argc, argv);
    loc_set_none();
    qemu_log_startup_step("command line parsed");

    qemu_validate_options(vl.machine_opts_dict);
    qemu_log_startup_step("qemu_validate_options");
    qemu_process_sugar_options();
    qemu_process_early_options();
    qemu_log_startup_step("qemu_process_early_options");
    qemu_process_help_options();
    qemu_log_startup_step("qemu_process_help_options");
    qemu_maybe_daemonize(vl.pid_file);
    qemu_log_startup_step("qemu_maybe_daemonize");

    if (!trace_init_backends()) {
        exit(1);
    }
    trace_init_file();
    qemu_log_startup_step("trace_init_backends");
    qemu_init_main_loop(&error_fatal);
    qemu_log_startup_step("qemu_init_main_loop");
    configure_rtc(qemu_find_opts_singleton("rtc"));
    qemu_log_startup_step("configure_rtc");
    qemu_create_machine_steps(argv[0]);
    qemu_warn_not_acted_on();
    os_setup_post();
    qemu_log_startup_step("os_setup_post");
    monitor_startup_done();
}

int qemu_main(void)
{
    int status;

    qemu_log_startup_step("main loop");
    status = qemu_main_loop();

    qemu_cleanup(status);
    /* As QEMU's qemu_cleanup ends: front ends, then their chardevs. */
    monitor_cleanup();
    qtest_server_cleanup();
    qemu_chr_cleanup();
    return status;
}
