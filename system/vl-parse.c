/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl-parse.c: what each option of the second pass does with its argument.
 *
 * option_actions[] is indexed by QEMU_OPTION_*: an entry either names a
 * QemuOpts group the argument is parsed into, or a handler for options
 * that set variables, fill machine_opts_dict or need more than a parse.
 * Options that qlite accepts but cannot act on yet are flagged, and a
 * warning names each one once the command line is read.  An option of
 * qemu-options.hx with no entry is refused with an error.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/cutils.h"
#include "qemu/error-report.h"
#include "qemu/keyval.h"
#include "qemu/log.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "qobject/qstring.h"
#include "qom/object.h"
#include "qom/object_interfaces.h"
#include "chardev/char.h"
#include "sysemu/os-posix.h"
#include "sysemu/vl.h"
#include "trace/control.h"

typedef struct OptionAction {
    void (*handle)(const char *optarg);  /* NULL: parse into .group */
    const char *group;                   /* QemuOpts group of the option */
    bool permit_abbrev;                  /* implied key allowed */
    bool not_acted_on;                   /* accepted, not used yet */
} OptionAction;

static void parse_into_group(const char *group, const char *optarg,
                             bool permit_abbrev)
{
    if (!qemu_opts_parse_noisily(qemu_find_opts(group), optarg,
                                 permit_abbrev)) {
        exit(1);
    }
}

QemuOpts *drive_add(BlockInterfaceType type, int index, const char *file,
                    const char *optstr)
{
    static const char *const if_name[IF_COUNT] = {
        [IF_NONE] = "none", [IF_IDE] = "ide", [IF_SCSI] = "scsi",
        [IF_FLOPPY] = "floppy", [IF_PFLASH] = "pflash", [IF_MTD] = "mtd",
        [IF_SD] = "sd", [IF_VIRTIO] = "virtio", [IF_XEN] = "xen",
    };
    QemuOpts *opts;

    opts = qemu_opts_parse_noisily(qemu_find_opts("drive"), optstr, false);
    if (!opts) {
        exit(1);
    }
    if (type != IF_DEFAULT) {
        qemu_opt_set(opts, "if", if_name[type], &error_abort);
    }
    if (index >= 0) {
        qemu_opt_set_number(opts, "index", index, &error_abort);
    }
    if (file) {
        qemu_opt_set(opts, "file", file, &error_abort);
    }
    return opts;
}

void add_device_config(DeviceConfigType type, const char *cmdline)
{
    DeviceConfig *conf = g_new0(DeviceConfig, 1);
    DeviceConfig **tail = &vl.device_configs;

    conf->type = type;
    conf->cmdline = cmdline;
    loc_save(&conf->loc);
    while (*tail) {
        tail = &(*tail)->next;
    }
    *tail = conf;
}

bool qemu_merge_machine_opts(const char *prop, QDict *qdict, Error **errp)
{
    g_autoptr(QDict) wrapped = NULL;

    if (!prop) {
        return keyval_merge(vl.machine_opts_dict, qdict, errp);
    }
    wrapped = qdict_new();
    qdict_put(wrapped, prop, qobject_ref(qdict));
    return keyval_merge(vl.machine_opts_dict, wrapped, errp);
}

/*
 * -smp, -boot: keyval into machine_opts_dict under @prop, with the
 * keys of the group's QemuOptsList for `help`.
 */
static void machine_parse_property_opt(const char *group, const char *prop,
                                       const char *optarg)
{
    QemuOptsList *list = qemu_find_opts(group);
    g_autoptr(QDict) qdict = NULL;
    bool help = false;

    qdict = keyval_parse(optarg, list->implied_opt_name, &help,
                         &error_fatal);
    if (help) {
        qemu_opts_print_help(list, true);
        exit(0);
    }
    qemu_merge_machine_opts(prop, qdict, &error_fatal);
}

static void opt_machine(const char *optarg)
{
    bool help = false;

    keyval_parse_into(vl.machine_opts_dict, optarg, "type", &help,
                      &error_fatal);
    if (help) {
        machine_help_func(vl.machine_opts_dict);
        exit(0);
    }
}

static void opt_smp(const char *optarg)
{
    machine_parse_property_opt("smp-opts", "smp", optarg);
}

static void opt_boot(const char *optarg)
{
    machine_parse_property_opt("boot-opts", "boot", optarg);
}

static void machine_opt_str(const char *key, const char *value)
{
    qdict_put_str(vl.machine_opts_dict, key, value);
}

static void opt_kernel(const char *optarg)
{
    machine_opt_str("kernel", optarg);
}

static void opt_initrd(const char *optarg)
{
    machine_opt_str("initrd", optarg);
}

static void opt_append(const char *optarg)
{
    machine_opt_str("append", optarg);
}

static void opt_dtb(const char *optarg)
{
    machine_opt_str("dtb", optarg);
}

static void opt_bios(const char *optarg)
{
    machine_opt_str("firmware", optarg);
}

static void opt_enable_kvm(const char *optarg)
{
    machine_opt_str("accel", "kvm");
}

static void opt_usb(const char *optarg)
{
    machine_opt_str("usb", "on");
}

static void opt_accel(const char *optarg)
{
    QemuOpts *opts;
    const char *name;

    opts = qemu_opts_parse_noisily(qemu_find_opts("accel"), optarg, true);
    if (!opts) {
        exit(1);
    }
    name = qemu_opt_get(opts, "accel");
    if (!name || is_help_option(name)) {
        accel_help_func();
        exit(0);
    }
}

static void opt_cpu(const char *optarg)
{
    vl.cpu_option = optarg;
}

static void opt_L(const char *optarg)
{
    if (is_help_option(optarg)) {
        vl.list_data_dirs = true;
    } else {
        qemu_add_data_dir(optarg);
    }
}

static void opt_hda(const char *optarg)
{
    drive_add(IF_DEFAULT, 0, optarg, HD_OPTS);
}

static void opt_hdb(const char *optarg)
{
    drive_add(IF_DEFAULT, 1, optarg, HD_OPTS);
}

static void opt_hdc(const char *optarg)
{
    drive_add(IF_DEFAULT, 2, optarg, HD_OPTS);
}

static void opt_hdd(const char *optarg)
{
    drive_add(IF_DEFAULT, 3, optarg, HD_OPTS);
}

static void opt_cdrom(const char *optarg)
{
    drive_add(IF_DEFAULT, 2, optarg, CDROM_OPTS);
}

static void opt_drive(const char *optarg)
{
    drive_add(IF_DEFAULT, -1, NULL, optarg);
}

static void opt_pflash(const char *optarg)
{
    drive_add(IF_PFLASH, -1, optarg, PFLASH_OPTS);
}

static void opt_snapshot(const char *optarg)
{
    vl.snapshot = true;
}

/* Both `{json}` and `key=value` forms give a QDict; ids checked by QOM. */
static QDict *parse_dict_option(const char *optarg, const char *implied)
{
    QDict *qdict;

    if (optarg[0] == '{') {
        QObject *obj = qobject_from_json(optarg, &error_fatal);

        qdict = qobject_to(QDict, obj);
        if (!qdict) {
            error_report("JSON argument must be an object");
            exit(1);
        }
        return qdict;
    }
    return keyval_parse(optarg, implied, NULL, &error_fatal);
}

static void opt_blockdev(const char *optarg)
{
    QDict *qdict = parse_dict_option(optarg, "driver");

    if (!qdict_haskey(qdict, "driver")) {
        error_report("Parameter 'driver' is missing");
        exit(1);
    }
    g_ptr_array_add(vl.blockdev_opts, qdict);
}

static void opt_device(const char *optarg)
{
    if (optarg[0] == '{') {
        QDict *qdict = parse_dict_option(optarg, NULL);

        if (!qdict_get_try_str(qdict, "driver")) {
            error_report("Parameter 'driver' is missing");
            exit(1);
        }
        qemu_opts_from_qdict(qemu_find_opts("device"), qdict, &error_fatal);
        qobject_unref(qdict);
        return;
    }
    parse_into_group("device", optarg, true);
}

/* An -object waiting for its turn to be created, and where it came from. */
typedef struct QueuedObject {
    QDict *qdict;
    bool keyval;        /* values are strings, as keyval_parse gives */
    Location loc;
} QueuedObject;

static void queued_object_free(gpointer p)
{
    QueuedObject *obj = p;

    qobject_unref(obj->qdict);
    g_free(obj);
}

static bool queue_object(QDict *qdict, bool keyval, Error **errp)
{
    QueuedObject *obj;

    if (!qdict_get_try_str(qdict, "qom-type")) {
        error_setg(errp, "Parameter 'qom-type' is missing");
        return false;
    }
    if (!vl.object_opts) {
        vl.object_opts = g_ptr_array_new_with_free_func(queued_object_free);
    }
    obj = g_new0(QueuedObject, 1);
    obj->qdict = qobject_ref(qdict);
    obj->keyval = keyval;
    loc_save(&obj->loc);
    g_ptr_array_add(vl.object_opts, obj);
    return true;
}

bool qemu_queue_object_dict(QDict *qdict, Error **errp)
{
    return queue_object(qdict, true, errp);
}

void object_option_foreach_add(bool (*type_opt_predicate)(const char *))
{
    guint i = 0;

    while (vl.object_opts && i < vl.object_opts->len) {
        QueuedObject *obj = g_ptr_array_index(vl.object_opts, i);

        if (!type_opt_predicate(qdict_get_str(obj->qdict, "qom-type"))) {
            i++;
            continue;
        }
        loc_push_restore(&obj->loc);
        user_creatable_add_dict(obj->qdict, obj->keyval, &error_fatal);
        loc_pop(&obj->loc);
        g_ptr_array_remove_index(vl.object_opts, i);
    }
}

/* -global DRIVER.PROP=VALUE or driver=,property=,value= */
static void opt_global(const char *optarg)
{
    const char *dot = strchr(optarg, '.');
    const char *eq = strchr(optarg, '=');
    QemuOpts *opts;

    if (dot && eq && dot < eq && dot > optarg && eq > dot + 1) {
        g_autofree char *driver = g_strndup(optarg, dot - optarg);
        g_autofree char *prop = g_strndup(dot + 1, eq - dot - 1);

        opts = qemu_opts_create(qemu_find_opts("global"), NULL, 0,
                                &error_abort);
        qemu_opt_set(opts, "driver", driver, &error_abort);
        qemu_opt_set(opts, "property", prop, &error_abort);
        qemu_opt_set(opts, "value", eq + 1, &error_abort);
        return;
    }
    opts = qemu_opts_parse_noisily(qemu_find_opts("global"), optarg, false);
    if (!opts) {
        exit(1);
    }
    if (!qemu_opt_get(opts, "driver") || !qemu_opt_get(opts, "property") ||
        !qemu_opt_get(opts, "value")) {
        error_report("options 'driver', 'property', and 'value'"
                     " are required");
        exit(1);
    }
}

static void opt_object(const char *optarg)
{
    g_autoptr(QDict) qdict = NULL;
    const char *type;
    bool help = false;

    if (optarg[0] == '{') {
        qdict = parse_dict_option(optarg, NULL);
        queue_object(qdict, false, &error_fatal);
        return;
    }
    qdict = keyval_parse(optarg, "qom-type", &help, &error_fatal);
    type = qdict_get_try_str(qdict, "qom-type");
    if (!type || is_help_option(type)) {
        if (help || type) {
            user_creatable_print_types();
            exit(0);
        }
    } else if (help) {
        /* QEMU's ObjectType enum: a type it does not know is refused. */
        if (!type_print_class_properties(type)) {
            error_report("Parameter 'qom-type' does not accept value '%s'",
                         type);
            exit(1);
        }
        exit(0);
    }
    queue_object(qdict, true, &error_fatal);
}

static void opt_netdev(const char *optarg)
{
    vl.default_net = false;
    if (optarg[0] == '{') {
        g_autoptr(QDict) qdict = parse_dict_option(optarg, "type");

        qemu_opts_from_qdict(qemu_find_opts("netdev"), qdict, &error_fatal);
        return;
    }
    parse_into_group("netdev", optarg, true);
}

static void opt_nic(const char *optarg)
{
    vl.default_net = false;
    parse_into_group("nic", optarg, true);
}

static void opt_net(const char *optarg)
{
    vl.default_net = false;
    parse_into_group("net", optarg, true);
}

static void opt_serial(const char *optarg)
{
    add_device_config(DEV_SERIAL, optarg);
    vl.default_serial = false;
    if (strstart(optarg, "mon:", NULL)) {
        vl.default_monitor = false;
    }
}

static void opt_parallel(const char *optarg)
{
    add_device_config(DEV_PARALLEL, optarg);
    vl.default_parallel = false;
}

static void opt_debugcon(const char *optarg)
{
    add_device_config(DEV_DEBUGCON, optarg);
}

/*
 * -monitor, -qmp, -qmp-pretty: a chardev spec plus a mon group entry,
 * as QEMU's monitor_parse: "none" disables, otherwise the argument is a
 * chardev (an existing one with "chardev:ID").
 */
void monitor_parse(const char *optarg, const char *mode, bool pretty)
{
    static int monitor_device_index;
    g_autofree char *label = NULL;
    const char *chardev;
    QemuOpts *opts;

    vl.default_monitor = false;
    if (strstart(optarg, "chardev:", &chardev)) {
        label = g_strdup(chardev);
    } else {
        label = g_strdup_printf("compat_monitor%d", monitor_device_index);
        if (!qemu_chr_parse_compat(label, optarg, true)) {
            error_report("parse error: %s", optarg);
            exit(1);
        }
    }
    opts = qemu_opts_create(qemu_find_opts("mon"), label, 1, &error_fatal);
    qemu_opt_set(opts, "mode", mode, &error_abort);
    qemu_opt_set(opts, "chardev", label, &error_abort);
    if (!strcmp(mode, "control")) {
        qemu_opt_set_bool(opts, "pretty", pretty, &error_abort);
    }
    monitor_device_index++;
}

static void opt_monitor(const char *optarg)
{
    vl.default_monitor = false;
    if (strncmp(optarg, "none", 4)) {
        monitor_parse(optarg, "readline", false);
    }
}

static void opt_qmp(const char *optarg)
{
    monitor_parse(optarg, "control", false);
}

static void opt_qmp_pretty(const char *optarg)
{
    monitor_parse(optarg, "control", true);
}

static void opt_mon(const char *optarg)
{
    vl.default_monitor = false;
    parse_into_group("mon", optarg, true);
}

static void opt_nographic(const char *optarg)
{
    machine_opt_str("graphics", "off");
    vl.nographic = true;
    vl.display_none = true;
}

/*
 * -display TYPE[,...]: qlite has no display backend, so like a QEMU 8.2
 * built without any, it knows only "none" and "default" (which falls back
 * to none).
 */
static void opt_display(const char *optarg)
{
    g_autofree char *type = g_strndup(optarg, strcspn(optarg, ","));

    if (is_help_option(type)) {
        display_help_func();
        exit(0);
    }
    if (strcmp(type, "none") != 0 && strcmp(type, "default") != 0) {
        error_report("Parameter 'type' does not accept value '%s'", type);
        exit(1);
    }
    vl.display = optarg;
    vl.display_none = true;
}

static void opt_nodefaults(const char *optarg)
{
    vl.has_defaults = false;
}

static void opt_readconfig(const char *optarg)
{
    qemu_read_config(optarg);
}

static void opt_S(const char *optarg)
{
    vl.autostart = false;
}

static void opt_s(const char *optarg)
{
    add_device_config(DEV_GDB, "tcp::1234");
}

static void opt_gdb(const char *optarg)
{
    add_device_config(DEV_GDB, optarg);
}

static void opt_name(const char *optarg)
{
    QemuOpts *opts;

    opts = qemu_opts_parse_noisily(qemu_find_opts("name"), optarg, true);
    if (!opts) {
        exit(1);
    }
    /* -msg guest-name=on may come later and needs the name. */
    error_guest_name = qemu_opt_get(opts, "guest");
}

static void opt_uuid(const char *optarg)
{
    if (!qemu_uuid_parse(optarg, vl.uuid)) {
        error_report("failed to parse UUID string: wrong format");
        exit(1);
    }
    vl.uuid_set = true;
}

static void opt_sandbox(const char *optarg)
{
    parse_into_group("sandbox", optarg, true);
}

static void opt_d(const char *optarg)
{
    vl.log_mask = optarg;
}

static void opt_D(const char *optarg)
{
    vl.log_file = optarg;
}

static void opt_dfilter(const char *optarg)
{
    qemu_set_dfilter_ranges(optarg, &error_fatal);
}

static void opt_trace(const char *optarg)
{
    trace_opt_parse(optarg);
}

static void opt_daemonize(const char *optarg)
{
    os_set_daemonize(true);
}

static void opt_pidfile(const char *optarg)
{
    vl.pid_file = optarg;
}

static void opt_singlestep(const char *optarg)
{
    vl.one_insn_per_tb = true;
}

static void opt_incoming(const char *optarg)
{
    vl.incoming = optarg;
}

static void opt_loadvm(const char *optarg)
{
    vl.loadvm = optarg;
}

static void opt_preconfig(const char *optarg)
{
    vl.preconfig_requested = true;
}

static void opt_mem_prealloc(const char *optarg)
{
    vl.mem_prealloc = true;
}

static void opt_mem_path(const char *optarg)
{
    vl.mem_path = optarg;
}

static void opt_msg(const char *optarg)
{
    QemuOpts *opts;

    opts = qemu_opts_parse_noisily(qemu_find_opts("msg"), optarg, false);
    if (!opts) {
        exit(1);
    }
    configure_msg(opts);
}

static void opt_no_reboot(const char *optarg)
{
    parse_into_group("action", "reboot=shutdown", false);
}

static void opt_no_shutdown(const char *optarg)
{
    parse_into_group("action", "shutdown=pause", false);
}

static void opt_watchdog_action(const char *optarg)
{
    QemuOpts *opts = qemu_opts_create(qemu_find_opts("action"), NULL, 0,
                                      &error_abort);

    qemu_opt_set(opts, "watchdog", optarg, &error_abort);
}

static void opt_dump_vmstate(const char *optarg)
{
    vl.vmstate_dump_file = fopen(optarg, "w");
    if (!vl.vmstate_dump_file) {
        error_report("open %s: %s", optarg, strerror(errno));
        exit(1);
    }
}

static void opt_qtest(const char *optarg)
{
    vl.qtest_chrdev = optarg;
}

static void opt_qtest_log(const char *optarg)
{
    vl.qtest_log = optarg;
}

static void opt_overcommit(const char *optarg)
{
    QemuOpts *opts;

    opts = qemu_opts_parse_noisily(qemu_find_opts("overcommit"), optarg,
                                   false);
    if (!opts) {
        exit(1);
    }
    vl.enable_mlock = qemu_opt_get_bool(opts, "mem-lock", false);
    vl.enable_cpu_pm = qemu_opt_get_bool(opts, "cpu-pm", false);
}

static void opt_run_with(const char *optarg)
{
    QemuOpts *opts;
    const char *dir;

    opts = qemu_opts_parse_noisily(qemu_find_opts("run-with"), optarg,
                                   false);
    if (!opts) {
        exit(1);
    }
    dir = qemu_opt_get(opts, "chroot");
    if (dir) {
        os_set_chroot(dir);
    }
}

static void opt_chroot(const char *optarg)
{
    warn_report("option is deprecated, use '-run-with chroot=...' instead");
    os_set_chroot(optarg);
}

static void opt_runas(const char *optarg)
{
    if (!os_set_runas(optarg)) {
        error_report("User \"%s\" doesn't exist"
                     " (and is not <uid>:<gid>)", optarg);
        exit(1);
    }
}

static void opt_vga(const char *optarg)
{
    vl.vga_model = optarg;
}

static void opt_k(const char *optarg)
{
    vl.keyboard_layout = optarg;
}

static void opt_noop(const char *optarg)
{
}

static void opt_h(const char *optarg)
{
    help(0);
}

static void opt_version(const char *optarg)
{
    version();
    exit(0);
}

#define ACT(fn) { .handle = (fn) }
#define ACT_LATER(fn) { .handle = (fn), .not_acted_on = true }
#define GROUP(name, abbrev) { .group = (name), .permit_abbrev = (abbrev) }
#define GROUP_LATER(name, abbrev) \
    { .group = (name), .permit_abbrev = (abbrev), .not_acted_on = true }

static const OptionAction option_actions[QEMU_OPTION__COUNT] = {
    [QEMU_OPTION_h] = ACT(opt_h),
    [QEMU_OPTION_version] = ACT(opt_version),
    [QEMU_OPTION_machine] = ACT(opt_machine),
    [QEMU_OPTION_M] = ACT(opt_machine),
    [QEMU_OPTION_cpu] = ACT(opt_cpu),
    [QEMU_OPTION_accel] = ACT(opt_accel),
    [QEMU_OPTION_enable_kvm] = ACT(opt_enable_kvm),
    [QEMU_OPTION_smp] = ACT(opt_smp),
    [QEMU_OPTION_m] = GROUP("memory", true),
    [QEMU_OPTION_boot] = ACT_LATER(opt_boot),
    [QEMU_OPTION_kernel] = ACT(opt_kernel),
    [QEMU_OPTION_initrd] = ACT(opt_initrd),
    [QEMU_OPTION_append] = ACT(opt_append),
    [QEMU_OPTION_dtb] = ACT(opt_dtb),
    [QEMU_OPTION_bios] = ACT(opt_bios),
    [QEMU_OPTION_acpitable] = ACT_LATER(opt_noop),
    [QEMU_OPTION_L] = ACT(opt_L),
    [QEMU_OPTION_usb] = ACT_LATER(opt_usb),
    [QEMU_OPTION_hda] = ACT_LATER(opt_hda),
    [QEMU_OPTION_hdb] = ACT_LATER(opt_hdb),
    [QEMU_OPTION_hdc] = ACT_LATER(opt_hdc),
    [QEMU_OPTION_hdd] = ACT_LATER(opt_hdd),
    [QEMU_OPTION_cdrom] = ACT_LATER(opt_cdrom),
    [QEMU_OPTION_drive] = ACT_LATER(opt_drive),
    [QEMU_OPTION_pflash] = ACT_LATER(opt_pflash),
    [QEMU_OPTION_snapshot] = ACT_LATER(opt_snapshot),
    [QEMU_OPTION_blockdev] = ACT_LATER(opt_blockdev),
    [QEMU_OPTION_device] = ACT(opt_device),
    [QEMU_OPTION_object] = ACT(opt_object),
    [QEMU_OPTION_global] = ACT(opt_global),
    [QEMU_OPTION_netdev] = ACT_LATER(opt_netdev),
    [QEMU_OPTION_nic] = ACT_LATER(opt_nic),
    [QEMU_OPTION_net] = ACT_LATER(opt_net),
    [QEMU_OPTION_chardev] = GROUP("chardev", true),
    [QEMU_OPTION_serial] = ACT(opt_serial),
    [QEMU_OPTION_parallel] = ACT_LATER(opt_parallel),
    [QEMU_OPTION_debugcon] = ACT_LATER(opt_debugcon),
    [QEMU_OPTION_monitor] = ACT(opt_monitor),
    [QEMU_OPTION_qmp] = ACT(opt_qmp),
    [QEMU_OPTION_qmp_pretty] = ACT(opt_qmp_pretty),
    [QEMU_OPTION_mon] = ACT(opt_mon),
    [QEMU_OPTION_nographic] = ACT(opt_nographic),
    [QEMU_OPTION_display] = ACT(opt_display),
    [QEMU_OPTION_vga] = ACT_LATER(opt_vga),
    [QEMU_OPTION_k] = ACT_LATER(opt_k),
    [QEMU_OPTION_nodefaults] = ACT(opt_nodefaults),
    [QEMU_OPTION_nouserconfig] = ACT(opt_noop),
    [QEMU_OPTION_readconfig] = ACT(opt_readconfig),
    [QEMU_OPTION_S] = ACT(opt_S),
    [QEMU_OPTION_s] = ACT_LATER(opt_s),
    [QEMU_OPTION_gdb] = ACT_LATER(opt_gdb),
    [QEMU_OPTION_name] = ACT(opt_name),
    [QEMU_OPTION_uuid] = ACT(opt_uuid),  /* query-uuid, info uuid */
    [QEMU_OPTION_sandbox] = ACT(opt_sandbox),
    [QEMU_OPTION_action] = GROUP("action", false),
    [QEMU_OPTION_no_reboot] = ACT(opt_no_reboot),
    [QEMU_OPTION_no_shutdown] = ACT(opt_no_shutdown),
    [QEMU_OPTION_watchdog_action] = ACT(opt_watchdog_action),
    [QEMU_OPTION_add_fd] = GROUP("add-fd", false),
    [QEMU_OPTION_d] = ACT(opt_d),
    [QEMU_OPTION_D] = ACT(opt_D),
    [QEMU_OPTION_DFILTER] = ACT(opt_dfilter),
    [QEMU_OPTION_trace] = ACT(opt_trace),
    [QEMU_OPTION_daemonize] = ACT(opt_daemonize),
    [QEMU_OPTION_pidfile] = ACT(opt_pidfile),
    [QEMU_OPTION_icount] = GROUP("icount", true),
    [QEMU_OPTION_singlestep] = ACT(opt_singlestep),
    [QEMU_OPTION_rtc] = GROUP("rtc", false),
    [QEMU_OPTION_incoming] = ACT(opt_incoming),
    [QEMU_OPTION_loadvm] = ACT_LATER(opt_loadvm),
    [QEMU_OPTION_preconfig] = ACT(opt_preconfig),
    [QEMU_OPTION_mem_prealloc] = ACT(opt_mem_prealloc),
    [QEMU_OPTION_mempath] = ACT(opt_mem_path),
    [QEMU_OPTION_msg] = ACT(opt_msg),
    [QEMU_OPTION_dump_vmstate] = ACT(opt_dump_vmstate),
    [QEMU_OPTION_qtest] = ACT(opt_qtest),
    [QEMU_OPTION_qtest_log] = ACT(opt_qtest_log),
    [QEMU_OPTION_overcommit] = ACT_LATER(opt_overcommit),
    [QEMU_OPTION_numa] = GROUP("numa", true),
    [QEMU_OPTION_run_with] = ACT(opt_run_with),
    [QEMU_OPTION_chroot] = ACT(opt_chroot),
    [QEMU_OPTION_runas] = ACT(opt_runas),
    [QEMU_OPTION_option_rom] = GROUP_LATER("option-rom", true),
    [QEMU_OPTION_fwcfg] = GROUP_LATER("fw_cfg", true),
};

void qemu_handle_option(int index, const char *optarg)
{
    const OptionAction *act = &option_actions[index];

    if (act->handle) {
        act->handle(optarg);
    } else if (act->group) {
        parse_into_group(act->group, optarg, act->permit_abbrev);
    } else {
        error_report("option not supported by qlite");
        exit(1);
    }
    if (act->not_acted_on) {
        Location *loc = g_new0(Location, 1);

        loc_save(loc);
        g_ptr_array_add(vl.not_acted_on, loc);
    }
}

void qemu_warn_not_acted_on(void)
{
    guint i;

    for (i = 0; i < vl.not_acted_on->len; i++) {
        Location *loc = g_ptr_array_index(vl.not_acted_on, i);

        loc_push_restore(loc);
        warn_report("accepted but not acted on: qlite does not support "
                    "this option yet");
        loc_pop(loc);
    }
    g_ptr_array_set_size(vl.not_acted_on, 0);
}
