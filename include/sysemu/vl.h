/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl.h: what the start-up files of system/ share: the option table, the
 * state the command line fills, and the helpers of each start-up step.
 *
 * system/vl.c runs the steps; system/vl-parse.c handles each option of the
 * second pass; system/vl-early.c holds the early and help options.
 */
#ifndef SYSEMU_VL_H
#define SYSEMU_VL_H

#include "qemu/qemu-options.h"

/* Where a drive created by a legacy option is attached (-hda, -cdrom...). */
typedef enum BlockInterfaceType {
    IF_DEFAULT = -1,
    IF_NONE = 0,
    IF_IDE, IF_SCSI, IF_FLOPPY, IF_PFLASH, IF_MTD, IF_SD, IF_VIRTIO, IF_XEN,
    IF_COUNT
} BlockInterfaceType;

#define HD_OPTS "media=disk"
#define CDROM_OPTS "media=cdrom"
#define FD_OPTS ""
#define PFLASH_OPTS ""
#define MTD_OPTS ""
#define SD_OPTS ""

/* Devices given as a single string, created with the machine. */
typedef enum DeviceConfigType {
    DEV_USB,
    DEV_SERIAL,
    DEV_PARALLEL,
    DEV_DEBUGCON,
    DEV_GDB,
} DeviceConfigType;

typedef struct DeviceConfig {
    DeviceConfigType type;
    const char *cmdline;
    Location loc;
    struct DeviceConfig *next;
} DeviceConfig;

/* Everything the command line sets that is not a QemuOpts group. */
typedef struct VlState {
    QDict *machine_opts_dict;   /* -machine, -m, -smp, -boot, -kernel... */
    bool userconfig;            /* read the default config file */
    bool has_defaults;          /* no -nodefaults */
    bool default_serial, default_parallel, default_monitor, default_net;
    bool autostart;             /* no -S */
    bool nographic;
    bool display_none;          /* -display none (or -nographic) */
    const char *display;        /* -display TYPE[,...] as given */
    const char *cpu_option;     /* -cpu */
    const char *pid_file;
    const char *log_mask;       /* -d */
    const char *log_file;       /* -D */
    const char *incoming;
    const char *loadvm;
    const char *mem_path;
    bool mem_prealloc;
    bool preconfig_requested;
    bool list_data_dirs;        /* -L help */
    const char *qtest_chrdev;
    const char *qtest_log;
    const char *vga_model;
    const char *keyboard_layout;
    FILE *vmstate_dump_file;
    bool enable_mlock, enable_cpu_pm;
    bool one_insn_per_tb;       /* -singlestep */
    bool snapshot;
    uint8_t uuid[16];
    bool uuid_set;
    GPtrArray *data_dirs;       /* -L, then the default firmware path */
    GPtrArray *object_opts;     /* -object, as QDicts, in order */
    GPtrArray *blockdev_opts;   /* -blockdev, as QDicts, in order */
    DeviceConfig *device_configs;
    GPtrArray *not_acted_on;    /* options accepted but not acted on yet */
} VlState;

extern VlState vl;

/* The option table generated from qemu-options.hx, ends with NULL name. */
extern const QEMUOption qemu_options[];

/* vl.c */

/* -version: print the version and copyright. */
void version(void);
/* -help: print the help of this target and exit with @exitcode. */
void QEMU_NORETURN help(int exitcode);

/* vl-serial.c */

/*
 * Create the -serial chardevs (serial_hd) in command-line order; a bad
 * one is reported at its option and exits with status 1.
 */
void qemu_create_serial_backends(void);

/* vl-parse.c */

/* Handle one option of the second pass (the location is already set). */
void qemu_handle_option(int index, const char *optarg);

/* Queue a device given by one string (-serial, -parallel, -gdb...). */
void add_device_config(DeviceConfigType type, const char *cmdline);

/*
 * A monitor on the chardev @optarg (short syntax, or "chardev:ID") in
 * @mode "readline" or "control" (as -monitor, -qmp, -qmp-pretty).
 */
void monitor_parse(const char *optarg, const char *mode, bool pretty);

/* Add a -drive QemuOpts for a legacy disk option or a bare argument. */
QemuOpts *drive_add(BlockInterfaceType type, int index, const char *file,
                    const char *optstr);

/*
 * Merge a keyval @qdict of a machine option group into machine_opts_dict:
 * under @prop ("memory", "smp", "boot") or, with @prop NULL, at the top
 * level (for -machine).
 */
bool qemu_merge_machine_opts(const char *prop, QDict *qdict, Error **errp);

/* Queue an -object given as a QDict (from a config file or JSON). */
bool qemu_queue_object_dict(QDict *qdict, Error **errp);

/* -readconfig FILE, in order among the options; exits on error. */
void qemu_read_config(const char *filename);

/* Warn about each option accepted but not acted on yet. */
void qemu_warn_not_acted_on(void);

/* vl-accel.c */

/*
 * configure_accelerators: apply -icount, then make the first of the
 * -accel options (or of the default list) that initialises the
 * accelerator of current_machine, with QEMU 8.2's messages; exits on
 * failure.  @progname is argv[0] (a name ending in "kvm" prefers kvm).
 */
void configure_accelerators(const char *progname);

/* vl-machine.c */

/* -m: merge the "memory" QemuOpts into machine_opts_dict["memory"]. */
void parse_memory_options(void);
/*
 * qemu_create_machine: create current_machine at /machine from @qdict's
 * "type" (removed from @qdict) or the target's default machine; exits
 * with QEMU's message when there is no such machine.
 */
void qemu_create_machine(QDict *qdict);
/* Take the -machine keys that are no machine properties out of @qdict. */
void qemu_apply_legacy_machine_options(QDict *qdict);
/* Set each key of @qdict as a property of current_machine; exits on error. */
void qemu_apply_machine_options(QDict *qdict);
/*
 * "Machine type 'X' is deprecated: REASON" when it is, unless the qtest
 * accelerator runs (tests use deprecated machines on purpose).
 */
void qemu_warn_deprecated_machine(void);
/* -machine memory-backend=ID: link the backend (which must exist now). */
void qemu_resolve_machine_memdev(void);

/* vl-board.c */

/* -global options into the global property list. */
void user_register_global_props(void);
/* Drop the default devices -nodefaults or the machine rules out. */
void qemu_disable_default_devices(void);
/* Queue the default serial, parallel and monitor devices. */
void qemu_create_default_devices(void);
/* -object back-ends needed before the machine options are applied. */
void qemu_create_early_backends(void);
/* The remaining -object back-ends, once the accelerator exists. */
void qemu_create_late_backends(void);
/* -dump-vmstate: write the JSON description to @out and close it. */
void dump_vmstate_json_to_file(FILE *out);
/* Board init and -device creation: leaves the preconfig state. */
void qmp_x_exit_preconfig(Error **errp);

/* vl-early.c */

void qemu_validate_daemonize(void);
int parse_name(void *opaque, QemuOpts *opts, Error **errp);
int parse_add_fd(void *opaque, QemuOpts *opts, Error **errp);
void configure_msg(QemuOpts *opts);
void qemu_configure_log(void);
void qemu_add_data_dir(const char *dir);
void qemu_add_default_firmwarepath(void);
void qemu_list_data_dirs(void);
void qemu_init_exec_dir(const char *argv0);
const char *qemu_get_exec_dir(void);
bool qemu_uuid_parse(const char *str, uint8_t uuid[16]);
/* Keep @fd (owned from now on) in fd set @fdset_id for the monitor. */
void monitor_fdset_add_fd(int fd, int64_t fdset_id, const char *opaque);

/* Object types the sandbox must not stop: created before it. */
bool object_create_pre_sandbox(const char *type);
void object_option_foreach_add(bool (*type_opt_predicate)(const char *));

/* Help listings; each prints to stdout. */
void list_cpus(void);
void machine_help_func(const QDict *qdict);
void accel_help_func(void);
void display_help_func(void);
int device_help_func(void *opaque, QemuOpts *opts, Error **errp);

/*
 * parse_cpu_option: the CPU type -cpu MODEL,PROP=VALUE names, with the
 * properties registered as its globals; exits with QEMU's message for an
 * empty or unknown model or a malformed property.
 */
const char *parse_cpu_option(const char *cpu_option);

#endif
