/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * os-posix.c: process set-up on a POSIX host: daemonizing with a verdict
 * pipe, the locked pid file, chroot, dropping privileges, process name and
 * memory locking, with QEMU 8.2's behaviour and messages (see
 * sysemu/os-posix.h for the order qemu_init() calls them in).
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <glib-unix.h>
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "sysemu/os-posix.h"

/* -runas: a passwd entry, or bare ids; both unset means "stay as we are". */
static struct passwd *runas_pwd;
static uid_t runas_uid = (uid_t)-1;
static gid_t runas_gid = (gid_t)-1;

static const char *chroot_dir;
static bool daemonize;
static int daemon_pipe = -1;    /* write end; the waiting parent reads it */
static char *pidfile_path;      /* resolved, for the exit-time removal */

void os_setup_early_signal_handling(void)
{
    struct sigaction act = { .sa_handler = SIG_IGN };

    sigfillset(&act.sa_mask);
    sigaction(SIGPIPE, &act, NULL);
}

void os_set_proc_name(const char *s)
{
    char name[16];

    if (!s) {
        return;
    }
    g_strlcpy(name, s, sizeof(name));
    if (prctl(PR_SET_NAME, name)) {
        error_report("unable to change process name: %s", strerror(errno));
        exit(1);
    }
}

/* Parse "UID:GID" into ids that fit uid_t/gid_t and are not -1. */
static bool os_parse_ids(const char *s, uid_t *uid, gid_t *gid)
{
    const char *end;
    unsigned long u, g;

    if (qemu_strtoul(s, &end, 0, &u) || *end != ':' ||
        (uid_t)u != u || (uid_t)u == (uid_t)-1) {
        return false;
    }
    if (qemu_strtoul(end + 1, NULL, 0, &g) ||
        (gid_t)g != g || (gid_t)g == (gid_t)-1) {
        return false;
    }
    *uid = u;
    *gid = g;
    return true;
}

bool os_set_runas(const char *user_id)
{
    struct passwd *pwd = getpwnam(user_id);
    uid_t uid;
    gid_t gid;

    if (pwd) {
        runas_pwd = pwd;
        runas_uid = (uid_t)-1;
        runas_gid = (gid_t)-1;
        return true;
    }
    if (!os_parse_ids(user_id, &uid, &gid)) {
        return false;
    }
    runas_pwd = NULL;
    runas_uid = uid;
    runas_gid = gid;
    return true;
}

void os_set_chroot(const char *path)
{
    chroot_dir = path;
}

void os_set_daemonize(bool d)
{
    daemonize = d;
}

bool is_daemonized(void)
{
    return daemonize;
}

/* The original process: wait for the daemon's one-byte verdict. */
static void QEMU_NORETURN os_daemonize_wait(int fd)
{
    uint8_t status;
    ssize_t len;

    do {
        len = read(fd, &status, 1);
    } while (len < 0 && errno == EINTR);
    /* EOF means the daemon went away without saying it is ready. */
    exit(len == 1 && status == 0 ? 0 : 1);
}

void os_daemonize(void)
{
    int fds[2];
    pid_t pid;

    if (!daemonize) {
        return;
    }
    if (!g_unix_open_pipe(fds, FD_CLOEXEC, NULL)) {
        exit(1);
    }
    pid = fork();
    if (pid < 0) {
        exit(1);
    }
    if (pid > 0) {
        close(fds[1]);
        os_daemonize_wait(fds[0]);
    }
    close(fds[0]);
    daemon_pipe = fds[1];

    setsid();
    /* Fork again: a session leader could reacquire a terminal. */
    pid = fork();
    if (pid < 0) {
        exit(1);
    }
    if (pid > 0) {
        exit(0);
    }
    umask(027);
    signal(SIGTSTP, SIG_IGN);
    signal(SIGTTOU, SIG_IGN);
    signal(SIGTTIN, SIG_IGN);
}

static bool os_change_root(Error **errp)
{
    if (!chroot_dir) {
        return true;
    }
    if (chroot(chroot_dir) < 0) {
        error_setg(errp, "chroot failed");
        return false;
    }
    if (chdir("/")) {
        error_setg(errp, "not able to chdir to /: %s", strerror(errno));
        return false;
    }
    return true;
}

/* Supplementary groups: the user's with a name, else just @gid. */
static bool os_change_groups(gid_t gid, Error **errp)
{
    if (runas_pwd) {
        if (initgroups(runas_pwd->pw_name, gid) < 0) {
            error_setg(errp, "Failed to initgroups(\"%s\", %d)",
                       runas_pwd->pw_name, (int)gid);
            return false;
        }
    } else if (setgroups(1, &gid) < 0) {
        error_setg(errp, "Failed to setgroups(1, [%d])", (int)gid);
        return false;
    }
    return true;
}

static bool os_change_uid(Error **errp)
{
    uid_t uid = runas_pwd ? runas_pwd->pw_uid : runas_uid;
    gid_t gid = runas_pwd ? runas_pwd->pw_gid : runas_gid;

    if (!runas_pwd && runas_uid == (uid_t)-1) {
        return true;
    }
    /* Groups first: once the uid is gone, so is the right to change them. */
    if (setgid(gid) < 0) {
        error_setg(errp, "Failed to setgid(%d)", (int)gid);
        return false;
    }
    if (!os_change_groups(gid, errp)) {
        return false;
    }
    if (setuid(uid) < 0) {
        error_setg(errp, "Failed to setuid(%d)", (int)uid);
        return false;
    }
    if (setuid(0) != -1) {
        error_setg(errp, "Dropping privileges failed");
        return false;
    }
    return true;
}

/* Detach the standard streams and release the waiting parent. */
static void os_daemon_ready(int null_fd)
{
    uint8_t status = 0;
    ssize_t len;

    dup2(null_fd, STDIN_FILENO);
    dup2(null_fd, STDOUT_FILENO);
    /* With -D, stderr already is the log file: keep it. */
    if (!qemu_log_enabled()) {
        dup2(null_fd, STDERR_FILENO);
    }
    close(null_fd);
    do {
        len = write(daemon_pipe, &status, 1);
    } while (len < 0 && errno == EINTR);
    if (len != 1) {
        exit(1);
    }
}

void os_setup_post(void)
{
    Error *err = NULL;
    int null_fd = -1;

    if (daemonize) {
        if (chdir("/")) {
            error_report("not able to chdir to /: %s", strerror(errno));
            exit(1);
        }
        /* Opened before -chroot, which may have no /dev. */
        null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
        if (null_fd < 0) {
            exit(1);
        }
    }
    if (!os_change_root(&err) || !os_change_uid(&err)) {
        error_report_err(err);
        exit(1);
    }
    if (daemonize) {
        os_daemon_ready(null_fd);
    }
}

void os_set_line_buffering(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
}

int os_mlock(bool on_fault)
{
    int flags = MCL_CURRENT | MCL_FUTURE | (on_fault ? MCL_ONFAULT : 0);
    int err;

    if (mlockall(flags) < 0) {
        err = errno;
        error_report("mlockall: %s", strerror(err));
        return -err;
    }
    return 0;
}

/*
 * Open and lock @path; true with *@fd set once the file we locked is the
 * one @path names, false with *@fd -1 to start over, or false with @errp.
 */
static bool os_lock_pidfile(const char *path, int *fd, Error **errp)
{
    struct flock lock = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
    struct stat locked, named;

    *fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (*fd < 0) {
        error_setg_errno(errp, errno, "Could not create '%s'", path);
        return false;
    }
    if (fstat(*fd, &locked) < 0) {
        error_setg_errno(errp, errno, "Cannot stat file");
        goto fail;
    }
    if (fcntl(*fd, F_SETLK, &lock)) {
        error_setg_errno(errp, errno, "Cannot lock pid file");
        goto fail;
    }
    /* The previous owner may have removed or replaced it meanwhile. */
    if (stat(path, &named) == 0 && named.st_dev == locked.st_dev &&
        named.st_ino == locked.st_ino) {
        return true;
    }
fail:
    close(*fd);
    *fd = -1;
    return false;
}

bool qemu_write_pidfile(const char *path, Error **errp)
{
    ERRP_GUARD();
    g_autofree char *pid = g_strdup_printf("%d\n", (int)getpid());
    size_t len = strlen(pid);
    int fd;

    while (!os_lock_pidfile(path, &fd, errp)) {
        if (*errp) {
            return false;
        }
    }
    if (ftruncate(fd, 0) < 0) {
        error_setg_errno(errp, errno, "Failed to truncate pid file");
        goto fail_unlink;
    }
    if (write(fd, pid, len) != (ssize_t)len) {
        error_setg(errp, "Failed to write pid file");
        goto fail_unlink;
    }
    return true;

fail_unlink:
    unlink(path);
    close(fd);
    return false;
}

static void os_remove_pidfile(void)
{
    unlink(pidfile_path);
}

void qemu_pidfile_register_removal(const char *path)
{
    char *resolved = realpath(path, NULL);

    if (!resolved) {
        if (errno != ENOENT) {
            warn_report("not removing PID file on exit: cannot resolve PID "
                        "file path: %s: %s", path, strerror(errno));
        }
        return;
    }
    if (!pidfile_path) {
        atexit(os_remove_pidfile);
    }
    g_free(pidfile_path);
    pidfile_path = resolved;
}
