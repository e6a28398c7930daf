/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * os-posix.h: the process-level set-up of a POSIX host, as QEMU 8.2's
 * os-posix.c and qemu_write_pidfile() do it: -daemonize, -pidfile, -runas,
 * -chroot (and -run-with chroot=), -name process=, -mlock / -overcommit
 * mem-lock, and SIGPIPE.
 *
 * The order qemu_init() follows:
 *
 *   os_setup_early_signal_handling()     first thing
 *   os_set_daemonize/os_set_runas/os_set_chroot/os_set_proc_name
 *                                        while parsing options
 *   os_daemonize()                       qemu_maybe_daemonize(), after the
 *                                        log is set up
 *   qemu_write_pidfile() and
 *   qemu_pidfile_register_removal()      right after os_daemonize()
 *   os_setup_post()                      last step of qemu_init()
 *
 * Like QEMU's, the functions that run after the options were accepted
 * (os_daemonize, os_setup_post) report failures themselves and exit(1):
 * there is no caller left that could do better.
 */
#ifndef SYSEMU_OS_POSIX_H
#define SYSEMU_OS_POSIX_H

/* Ignore SIGPIPE, so a closed socket or pipe is an error, not death. */
void os_setup_early_signal_handling(void);

/*
 * os_set_proc_name: set the name `ps` and `top` show (PR_SET_NAME) to the
 * first 15 characters of @s; NULL does nothing.  Reports "unable to
 * change process name: REASON" and exits with 1 if the kernel refuses.
 */
void os_set_proc_name(const char *s);

/*
 * os_set_runas: remember to drop privileges to @user_id in
 * os_setup_post(): a user name (its uid, gid and supplementary groups) or
 * "UID:GID" in numbers (no supplementary group but GID).  Returns false,
 * changing nothing, if @user_id is neither; the caller then reports
 * "User \"USER\" doesn't exist (and is not <uid>:<gid>)".
 */
bool os_set_runas(const char *user_id);

/* Remember to chroot to @path in os_setup_post().  @path must live on. */
void os_set_chroot(const char *path);

/* -daemonize: whether os_daemonize() and os_setup_post() detach. */
void os_set_daemonize(bool d);

/* True once -daemonize was asked for (even before os_daemonize runs). */
bool is_daemonized(void);

/*
 * os_daemonize: with -daemonize, fork; the original process waits for
 * the daemon's verdict and exits: 0 when os_setup_post() reports success,
 * 1 if the daemon exits or dies first.  The first child starts a new
 * session and forks again, so the daemon (the grandchild) can never
 * regain a terminal; it returns with umask 027 and the terminal job
 * control signals ignored.  Without -daemonize it does nothing.  Exits
 * with 1, silently as QEMU does, if pipe() or fork() fails.
 */
void os_daemonize(void);

/*
 * os_setup_post: the end of start-up.  With -daemonize, chdir to "/";
 * then apply -chroot and -runas; then, with -daemonize, point stdin and
 * stdout (and stderr unless the log has taken it) at /dev/null and tell
 * the waiting parent that start-up succeeded.  On failure reports one of
 * QEMU's messages ("not able to chdir to /: REASON", "chroot failed",
 * "Failed to setgid(GID)", "Failed to initgroups(\"USER\", GID)",
 * "Failed to setgroups(1, [GID])", "Failed to setuid(UID)", "Dropping
 * privileges failed") and exits with 1.
 */
void os_setup_post(void);

/* Make stdout line-buffered, so a monitor on stdio shows each line. */
void os_set_line_buffering(void);

/*
 * os_mlock: lock all current and future memory (-overcommit mem-lock=on);
 * with @on_fault, pages are locked as they are first touched instead of
 * at once.  Returns 0, or a negative errno after reporting
 * "mlockall: REASON"; QEMU's caller then says "locking memory failed".
 */
int os_mlock(bool on_fault);

/*
 * qemu_write_pidfile: create @path (mode 0600) if needed, take an
 * exclusive lock on it that lasts as long as the process, and write the
 * pid and a newline into it.  If another process replaces or removes the
 * file while we lock it, start over on the new file.  The descriptor
 * stays open (close-on-exec) to keep the lock.
 *
 * Returns false with @errp set: "Could not create 'PATH': REASON",
 * "Cannot lock pid file: REASON" (another instance holds it), "Failed to
 * truncate pid file: REASON" or "Failed to write pid file" (these two
 * remove the file).  QEMU reports it with the prefix
 * "cannot create PID file: ".
 */
bool qemu_write_pidfile(const char *path, Error **errp);

/*
 * qemu_pidfile_register_removal: remove the pid file @path when the
 * process exits normally.  The path is resolved now, as a later -chroot
 * or chdir would change its meaning; if that fails for any reason but
 * ENOENT, warns "not removing PID file on exit: cannot resolve PID file
 * path: PATH: REASON".  Call it after os_daemonize(), so that only the
 * daemon removes the file.
 */
void qemu_pidfile_register_removal(const char *path);

#endif
