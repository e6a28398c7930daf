/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * seccomp.h: `-sandbox`, a seccomp filter that denies groups of system
 * calls QEMU never needs, with QEMU 8.2's option syntax and semantics:
 *
 *   -sandbox on[,obsolete=allow|deny][,elevateprivileges=allow|deny|children]
 *              [,spawn=allow|deny][,resourcecontrol=allow|deny]
 *
 * `on` denies the default and obsolete groups; each key adds or removes a
 * group.  A denied call kills the process (SIGSYS), except the resource
 * control calls, which fail with EPERM, and clone3, which fails with
 * ENOSYS so that the C library falls back to clone.
 */
#ifndef SYSEMU_SECCOMP_H
#define SYSEMU_SECCOMP_H

/* The groups of denied system calls (QEMU's values). */
#define QEMU_SECCOMP_SET_DEFAULT     (1 << 0)
#define QEMU_SECCOMP_SET_OBSOLETE    (1 << 1)
#define QEMU_SECCOMP_SET_PRIVILEGED  (1 << 2)
#define QEMU_SECCOMP_SET_SPAWN       (1 << 3)
#define QEMU_SECCOMP_SET_RESOURCECTL (1 << 4)

/*
 * The "sandbox" option group (implied key "enable").  Register it with
 * qemu_add_opts() only if qemu_seccomp_is_supported(), as QEMU does: on a
 * host without it, -sandbox is an unknown option group.
 */
extern QemuOptsList qemu_sandbox_opts;

/*
 * qemu_seccomp_is_supported: true if the kernel can install a filter on
 * all threads at once (SECCOMP_FILTER_FLAG_TSYNC), which -sandbox needs
 * because threads may already exist when it is applied.
 */
bool qemu_seccomp_is_supported(void);

/*
 * parse_sandbox: a qemu_opts_foreach() callback for the "sandbox" group.
 * If "enable" is on, builds the filter the keys describe and installs it
 * in the kernel for every thread; this cannot be undone.  @opaque is
 * unused.  Returns 0, or -1 with @errp set: "invalid argument for KEY"
 * for a value the key does not take, "failed to set no_new_privs
 * aborting", or a libseccomp failure ("failed to initialize seccomp
 * context", "failed to set seccomp thread synchronization: REASON",
 * "failed to add seccomp denylist rules: REASON", "failed to load seccomp
 * syscall filter in kernel: REASON").
 */
int parse_sandbox(void *opaque, QemuOpts *opts, Error **errp);

#endif
