/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl-early.c: the options qemu_init processes before anything is built
 * (-name, -add-fd, -msg, -d/-D, the data directories, -daemonize checks)
 * and the help listings of -cpu, -machine, -accel, -device, -display.
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qom/object.h"
#include "chardev/char.h"
#include "sysemu/os-posix.h"
#include "sysemu/vl.h"

int parse_name(void *opaque, QemuOpts *opts, Error **errp)
{
    const char *proc_name = qemu_opt_get(opts, "process");

    if (proc_name) {
        os_set_proc_name(proc_name);
    }
    return 0;
}

int parse_add_fd(void *opaque, QemuOpts *opts, Error **errp)
{
    int fd = qemu_opt_get_number(opts, "fd", -1);
    int64_t fdset_id = qemu_opt_get_number(opts, "set", -1);
    const char *fd_opaque = qemu_opt_get(opts, "opaque");
    int flags, dupfd;

    if (fd < 0) {
        error_setg(errp, "fd option is required and must be non-negative");
        return -1;
    }
    if (fd <= STDERR_FILENO) {
        error_setg(errp, "fd cannot be a standard I/O stream");
        return -1;
    }
    /*
     * A descriptor inherited across exec has FD_CLOEXEC clear; every
     * descriptor we open ourselves has it set.
     */
    flags = fcntl(fd, F_GETFD);
    if (flags == -1 || (flags & FD_CLOEXEC)) {
        error_setg(errp, "fd is not valid or already in use");
        return -1;
    }
    if (fdset_id < 0) {
        error_setg(errp, "set option is required and must be non-negative");
        return -1;
    }
    dupfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (dupfd == -1) {
        error_setg(errp, "error duplicating fd: %s", strerror(errno));
        return -1;
    }
    monitor_fdset_add_fd(dupfd, fdset_id, fd_opaque);
    return 0;
}

void configure_msg(QemuOpts *opts)
{
    message_with_timestamp = qemu_opt_get_bool(opts, "timestamp", false);
    error_with_guestname = qemu_opt_get_bool(opts, "guest-name", false);
}

/* -d MASK and -D FILE; the file is opened even without -d. */
void qemu_configure_log(void)
{
    int mask = 0;

    if (vl.log_mask) {
        mask = qemu_str_to_log_mask(vl.log_mask);
        if (!mask) {
            qemu_print_log_usage(stdout);
            exit(1);
        }
    }
    qemu_set_log_filename_flags(vl.log_file, mask, &error_fatal);
}

void qemu_add_data_dir(const char *dir)
{
    guint i;

    for (i = 0; i < vl.data_dirs->len; i++) {
        if (!strcmp(g_ptr_array_index(vl.data_dirs, i), dir)) {
            return;
        }
    }
    g_ptr_array_add(vl.data_dirs, g_strdup(dir));
}

/*
 * A build-time directory as seen from where the binary runs now: an
 * installed tree moved elsewhere keeps working (QEMU's relocation).
 */
static char *get_relocated_path(const char *dir)
{
    const char *prefix = CONFIG_PREFIX;
    const char *exec_dir = qemu_get_exec_dir();
    size_t len = strlen(prefix);

    if (!exec_dir || strncmp(dir, prefix, len) != 0 ||
        (dir[len] != '/' && dir[len] != '\0')) {
        return g_strdup(dir);
    }
    return g_strdup_printf("%s/..%s", exec_dir, dir + len);
}

void qemu_add_default_firmwarepath(void)
{
    g_auto(GStrv) dirs = g_strsplit(CONFIG_QEMU_FIRMWAREPATH,
                                    G_SEARCHPATH_SEPARATOR_S, 0);
    g_autofree char *datadir = get_relocated_path(CONFIG_QEMU_DATADIR);
    int i;

    for (i = 0; dirs[i]; i++) {
        g_autofree char *dir = get_relocated_path(dirs[i]);

        qemu_add_data_dir(dir);
    }
    qemu_add_data_dir(datadir);
}

void qemu_list_data_dirs(void)
{
    guint i;

    for (i = 0; i < vl.data_dirs->len; i++) {
        printf("%s\n", (const char *)g_ptr_array_index(vl.data_dirs, i));
    }
}

static char *exec_dir;

void qemu_init_exec_dir(const char *argv0)
{
    g_autofree char *exe = g_file_read_link("/proc/self/exe", NULL);

    if (!exe && argv0) {
        exe = realpath(argv0, NULL);
    }
    if (exe) {
        exec_dir = g_path_get_dirname(exe);
    }
}

const char *qemu_get_exec_dir(void)
{
    return exec_dir;
}

/* RFC 4122 text form: 8-4-4-4-12 hexadecimal digits. */
bool qemu_uuid_parse(const char *str, uint8_t uuid[16])
{
    static const int dash_at[] = { 8, 13, 18, 23 };
    int i, j = 0, d = 0;

    if (strlen(str) != 36) {
        return false;
    }
    for (i = 0; i < 36; i++) {
        if (d < 4 && i == dash_at[d]) {
            if (str[i] != '-') {
                return false;
            }
            d++;
            continue;
        }
        if (!g_ascii_isxdigit(str[i])) {
            return false;
        }
        if (j % 2 == 0) {
            uuid[j / 2] = g_ascii_xdigit_value(str[i]) << 4;
        } else {
            uuid[j / 2] |= g_ascii_xdigit_value(str[i]);
        }
        j++;
    }
    return true;
}

/* -add-fd: descriptors kept for the monitor's fd sets. */
typedef struct FdsetFd {
    int fd;
    int64_t fdset_id;
    char *opaque;
} FdsetFd;

static GArray *fdset_fds;

void monitor_fdset_add_fd(int fd, int64_t fdset_id, const char *opaque)
{
    FdsetFd entry = {
        .fd = fd, .fdset_id = fdset_id, .opaque = g_strdup(opaque),
    };

    if (!fdset_fds) {
        fdset_fds = g_array_new(FALSE, FALSE, sizeof(FdsetFd));
    }
    g_array_append_val(fdset_fds, entry);
}

/* Report a stdio chardev at the option that asked for it. */
static int check_chardev_stdio(void *opaque, QemuOpts *opts, Error **errp)
{
    if (chardev_uses_stdio(opaque, opts, errp)) {
        qemu_opts_loc_restore(opts);
        error_report("cannot use stdio with -daemonize");
        exit(1);
    }
    return 0;
}

/* The stdio users that cannot work once the process is a daemon. */
void qemu_validate_daemonize(void)
{
    static const DeviceConfigType kinds[] = {
        DEV_SERIAL, DEV_PARALLEL, DEV_DEBUGCON, DEV_GDB,
    };
    DeviceConfig *conf;
    size_t i;

    if (!is_daemonized()) {
        return;
    }
    /*
     * -nographic puts the default serial, parallel and monitor on stdio;
     * with each of them redirected or disabled it is harmless.
     */
    if (vl.nographic && vl.has_defaults &&
        (vl.default_serial || vl.default_parallel || vl.default_monitor)) {
        error_report("-nographic cannot be used with -daemonize");
        exit(1);
    }
    qemu_opts_foreach(qemu_find_opts("chardev"), check_chardev_stdio, NULL,
                      NULL);
    /* QEMU opens them kind by kind, in this order, so it finds them so. */
    for (i = 0; i < ARRAY_SIZE(kinds); i++) {
        for (conf = vl.device_configs; conf; conf = conf->next) {
            if (conf->type == kinds[i] &&
                qemu_chr_spec_uses_stdio(conf->cmdline)) {
                loc_push_restore(&conf->loc);
                error_report("cannot use stdio with -daemonize");
                exit(1);
            }
        }
    }
}
