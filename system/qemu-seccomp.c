/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qemu-seccomp.c: `-sandbox`, a seccomp-bpf filter built with libseccomp
 * from QEMU 8.2's groups of denied system calls, per-rule actions, option
 * keys and messages (see sysemu/seccomp.h).
 *
 * Everything not listed is allowed.  Process creation is recognised by
 * clone()'s flags: a thread is created with a known set of flags, so a
 * clone missing one of them, or carrying one a thread never uses, is an
 * attempt to spawn and is denied under spawn=deny.
 */
#include "qemu/osdep.h"
#include <sched.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include "qapi/error.h"
#include "qemu/option.h"
#include "sysemu/seccomp.h"

/* s390 passes clone()'s flags second (see NOTES in clone(2)). */
#if defined(__s390__) || defined(__s390x__)
#define CLONE_FLAGS_ARG 1
#else
#define CLONE_FLAGS_ARG 0
#endif

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000
#endif

/* The action that stands for "kill the process" in the table below. */
#define DENY SCMP_ACT_TRAP

typedef struct SeccompRule {
    int syscall;                        /* SCMP_SYS(name) */
    uint32_t set;                       /* QEMU_SECCOMP_SET_* */
    uint32_t action;                    /* DENY or an errno action */
    const struct scmp_arg_cmp *arg;     /* at most one condition, or NULL */
} SeccompRule;

/* sched_setscheduler may still move a thread to SCHED_IDLE. */
static const struct scmp_arg_cmp sched_not_idle = {
    .arg = 1, .op = SCMP_CMP_NE, .datum_a = SCHED_IDLE,
};

/* A clone() with no flag beyond the exit signal is a plain fork. */
static const struct scmp_arg_cmp clone_no_flags = {
    .arg = CLONE_FLAGS_ARG, .op = SCMP_CMP_MASKED_EQ,
    .datum_a = ~(uint64_t)CSIGNAL, .datum_b = 0,
};

static const SeccompRule seccomp_rules[] = {
    { SCMP_SYS(reboot), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(swapon), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(swapoff), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(syslog), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(mount), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(umount), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(kexec_load), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(afs_syscall), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(break), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(ftime), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(getpmsg), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(gtty), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(lock), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(mpx), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(prof), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(profil), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(putpmsg), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(security), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(stty), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(tuxcall), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(ulimit), QEMU_SECCOMP_SET_DEFAULT, DENY },
    { SCMP_SYS(vserver), QEMU_SECCOMP_SET_DEFAULT, DENY },

    { SCMP_SYS(readdir), QEMU_SECCOMP_SET_OBSOLETE, DENY },
    { SCMP_SYS(_sysctl), QEMU_SECCOMP_SET_OBSOLETE, DENY },
    { SCMP_SYS(bdflush), QEMU_SECCOMP_SET_OBSOLETE, DENY },
    { SCMP_SYS(create_module), QEMU_SECCOMP_SET_OBSOLETE, DENY },
    { SCMP_SYS(get_kernel_syms), QEMU_SECCOMP_SET_OBSOLETE, DENY },
    { SCMP_SYS(query_module), QEMU_SECCOMP_SET_OBSOLETE, DENY },
    { SCMP_SYS(sgetmask), QEMU_SECCOMP_SET_OBSOLETE, DENY },
    { SCMP_SYS(ssetmask), QEMU_SECCOMP_SET_OBSOLETE, DENY },
    { SCMP_SYS(sysfs), QEMU_SECCOMP_SET_OBSOLETE, DENY },
    { SCMP_SYS(uselib), QEMU_SECCOMP_SET_OBSOLETE, DENY },
    { SCMP_SYS(ustat), QEMU_SECCOMP_SET_OBSOLETE, DENY },

    { SCMP_SYS(setuid), QEMU_SECCOMP_SET_PRIVILEGED, DENY },
    { SCMP_SYS(setgid), QEMU_SECCOMP_SET_PRIVILEGED, DENY },
    { SCMP_SYS(setpgid), QEMU_SECCOMP_SET_PRIVILEGED, DENY },
    { SCMP_SYS(setsid), QEMU_SECCOMP_SET_PRIVILEGED, DENY },
    { SCMP_SYS(setreuid), QEMU_SECCOMP_SET_PRIVILEGED, DENY },
    { SCMP_SYS(setregid), QEMU_SECCOMP_SET_PRIVILEGED, DENY },
    { SCMP_SYS(setresuid), QEMU_SECCOMP_SET_PRIVILEGED, DENY },
    { SCMP_SYS(setresgid), QEMU_SECCOMP_SET_PRIVILEGED, DENY },
    { SCMP_SYS(setfsuid), QEMU_SECCOMP_SET_PRIVILEGED, DENY },
    { SCMP_SYS(setfsgid), QEMU_SECCOMP_SET_PRIVILEGED, DENY },

    { SCMP_SYS(fork), QEMU_SECCOMP_SET_SPAWN, DENY },
    { SCMP_SYS(vfork), QEMU_SECCOMP_SET_SPAWN, DENY },
    { SCMP_SYS(execve), QEMU_SECCOMP_SET_SPAWN, DENY },
    { SCMP_SYS(clone), QEMU_SECCOMP_SET_SPAWN, DENY, &clone_no_flags },
    /* Its flags are out of a filter's reach: make libc fall back. */
    { SCMP_SYS(clone3), QEMU_SECCOMP_SET_SPAWN, SCMP_ACT_ERRNO(ENOSYS) },
    /* These three kill only the calling thread, as in QEMU. */
    { SCMP_SYS(execveat), QEMU_SECCOMP_SET_SPAWN, SCMP_ACT_KILL_THREAD },
    { SCMP_SYS(setns), QEMU_SECCOMP_SET_SPAWN, SCMP_ACT_KILL_THREAD },
    { SCMP_SYS(unshare), QEMU_SECCOMP_SET_SPAWN, SCMP_ACT_KILL_THREAD },

    { SCMP_SYS(setpriority), QEMU_SECCOMP_SET_RESOURCECTL,
      SCMP_ACT_ERRNO(EPERM) },
    { SCMP_SYS(sched_setparam), QEMU_SECCOMP_SET_RESOURCECTL,
      SCMP_ACT_ERRNO(EPERM) },
    { SCMP_SYS(sched_setscheduler), QEMU_SECCOMP_SET_RESOURCECTL,
      SCMP_ACT_ERRNO(EPERM), &sched_not_idle },
    { SCMP_SYS(sched_setaffinity), QEMU_SECCOMP_SET_RESOURCECTL,
      SCMP_ACT_ERRNO(EPERM) },
};

/* Flags pthread_create() always passes to clone(). */
static const uint64_t clone_thread_flags[] = {
    CLONE_VM, CLONE_FS, CLONE_FILES, CLONE_SIGHAND, CLONE_THREAD,
    CLONE_SYSVSEM, CLONE_SETTLS, CLONE_PARENT_SETTID, CLONE_CHILD_CLEARTID,
};

/* Flags no thread creation uses: a new process, namespace or tracee. */
static const uint64_t clone_spawn_flags[] = {
    CLONE_PIDFD, CLONE_PTRACE, CLONE_VFORK, CLONE_PARENT, CLONE_NEWNS,
    CLONE_UNTRACED, CLONE_NEWCGROUP, CLONE_NEWUTS, CLONE_NEWIPC,
    CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET, CLONE_IO,
};

QemuOptsList qemu_sandbox_opts = {
    .name = "sandbox",
    .implied_opt_name = "enable",
    .desc = {
        { .name = "enable", .type = QEMU_OPT_BOOL },
        { .name = "obsolete", .type = QEMU_OPT_STRING },
        { .name = "elevateprivileges", .type = QEMU_OPT_STRING },
        { .name = "spawn", .type = QEMU_OPT_STRING },
        { .name = "resourcecontrol", .type = QEMU_OPT_STRING },
        { /* end of list */ }
    },
};

static int qemu_seccomp(unsigned int op, unsigned int flags, void *args)
{
    return syscall(__NR_seccomp, op, flags, args);
}

bool qemu_seccomp_is_supported(void)
{
    /* With a NULL program, a kernel that knows TSYNC fails on the copy. */
    return qemu_seccomp(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC,
                        NULL) < 0 && errno == EFAULT;
}

/* DENY kills the whole process where the kernel can, else SIGSYS. */
static uint32_t seccomp_action(uint32_t action)
{
    static int kill_process = -1;
    uint32_t probe = SECCOMP_RET_KILL_PROCESS;

    if (action != DENY) {
        return action;
    }
    if (kill_process < 0) {
        kill_process =
            qemu_seccomp(SECCOMP_GET_ACTION_AVAIL, 0, &probe) == 0;
    }
    return kill_process ? SCMP_ACT_KILL_PROCESS : SCMP_ACT_TRAP;
}

static int seccomp_add(scmp_filter_ctx ctx, uint32_t action, int syscall,
                       const struct scmp_arg_cmp *arg)
{
    return seccomp_rule_add_array(ctx, seccomp_action(action), syscall,
                                  arg ? 1 : 0, arg);
}

/* Deny clone() calls whose flags do not look like a new thread. */
static int seccomp_add_clone_rules(scmp_filter_ctx ctx)
{
    struct scmp_arg_cmp cmp = {
        .arg = CLONE_FLAGS_ARG, .op = SCMP_CMP_MASKED_EQ,
    };
    size_t i;
    int rc = 0;

    for (i = 0; rc == 0 && i < ARRAY_SIZE(clone_thread_flags); i++) {
        cmp.datum_a = clone_thread_flags[i];
        cmp.datum_b = 0;
        rc = seccomp_add(ctx, DENY, SCMP_SYS(clone), &cmp);
    }
    for (i = 0; rc == 0 && i < ARRAY_SIZE(clone_spawn_flags); i++) {
        cmp.datum_a = clone_spawn_flags[i];
        cmp.datum_b = clone_spawn_flags[i];
        rc = seccomp_add(ctx, DENY, SCMP_SYS(clone), &cmp);
    }
    return rc;
}

static int seccomp_add_rules(scmp_filter_ctx ctx, uint32_t sets)
{
    size_t i;
    int rc;

    for (i = 0; i < ARRAY_SIZE(seccomp_rules); i++) {
        const SeccompRule *r = &seccomp_rules[i];

        if (sets & r->set) {
            rc = seccomp_add(ctx, r->action, r->syscall, r->arg);
            if (rc < 0) {
                return rc;
            }
        }
    }
    return sets & QEMU_SECCOMP_SET_SPAWN ? seccomp_add_clone_rules(ctx) : 0;
}

/* Build the filter for @sets and load it for every thread. */
static bool seccomp_start(uint32_t sets, Error **errp)
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    bool ok = false;
    int rc;

    if (!ctx) {
        error_setg(errp, "failed to initialize seccomp context");
        return false;
    }
    /* First, so that the calls below return the kernel's errno. */
    rc = seccomp_attr_set(ctx, SCMP_FLTATR_API_SYSRAWRC, 1);
    if (rc) {
        error_setg_errno(errp, -rc, "failed to set seccomp rawrc attribute");
        goto out;
    }
    rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_TSYNC, 1);
    if (rc) {
        error_setg_errno(errp, -rc,
                         "failed to set seccomp thread synchronization");
        goto out;
    }
    rc = seccomp_add_rules(ctx, sets);
    if (rc < 0) {
        error_setg_errno(errp, -rc, "failed to add seccomp denylist rules");
        goto out;
    }
    rc = seccomp_load(ctx);
    if (rc < 0) {
        error_setg_errno(errp, -rc,
                         "failed to load seccomp syscall filter in kernel");
        goto out;
    }
    ok = true;
out:
    seccomp_release(ctx);
    return ok;
}

/* Key @name: "deny" adds group @set to *@sets, "allow" takes it out. */
static bool sandbox_key(QemuOpts *opts, const char *name, uint32_t set,
                        uint32_t *sets, Error **errp)
{
    const char *value = qemu_opt_get(opts, name);

    if (!value) {
        return true;
    }
    if (g_str_equal(value, "deny")) {
        *sets |= set;
    } else if (g_str_equal(value, "allow")) {
        *sets &= ~set;
    } else {
        error_setg(errp, "invalid argument for %s", name);
        return false;
    }
    return true;
}

/* elevateprivileges also takes "children": deny, and for children too. */
static bool sandbox_elevate_key(QemuOpts *opts, uint32_t *sets,
                                Error **errp)
{
    const char *value = qemu_opt_get(opts, "elevateprivileges");

    if (g_strcmp0(value, "children")) {
        return sandbox_key(opts, "elevateprivileges",
                           QEMU_SECCOMP_SET_PRIVILEGED, sets, errp);
    }
    *sets |= QEMU_SECCOMP_SET_PRIVILEGED;
    /* So that programs it might still execve() cannot gain privileges. */
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)) {
        error_setg(errp, "failed to set no_new_privs aborting");
        return false;
    }
    return true;
}

int parse_sandbox(void *opaque, QemuOpts *opts, Error **errp)
{
    uint32_t sets = QEMU_SECCOMP_SET_DEFAULT | QEMU_SECCOMP_SET_OBSOLETE;

    if (!qemu_opt_get_bool(opts, "enable", false)) {
        return 0;
    }
    /* QEMU checks the keys in this order; the first bad one is reported. */
    if (!sandbox_key(opts, "obsolete", QEMU_SECCOMP_SET_OBSOLETE, &sets,
                     errp) ||
        !sandbox_elevate_key(opts, &sets, errp) ||
        !sandbox_key(opts, "spawn", QEMU_SECCOMP_SET_SPAWN, &sets, errp) ||
        !sandbox_key(opts, "resourcecontrol", QEMU_SECCOMP_SET_RESOURCECTL,
                     &sets, errp) ||
        !seccomp_start(sets, errp)) {
        return -1;
    }
    return 0;
}
