/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-pty.c: the "pty" back end: a new pseudo-terminal in raw mode whose
 * slave's name is printed to stderr ("char device redirected to
 * /dev/pts/N (label ID)") for the user to attach a terminal program to.
 * While no program has the slave open, reads fail; input is polled for
 * again every second.
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include "qapi/error.h"
#include "chardev/char.h"

#define TYPE_CHARDEV_PTY CHARDEV_TYPE_PREFIX "pty"

typedef struct PtyChardev {
    Chardev parent_obj;

    guint retry_tag;     /* re-arms input while no slave is open */
} PtyChardev;

DECLARE_INSTANCE_CHECKER(PtyChardev, PTY_CHARDEV, TYPE_CHARDEV_PTY)

static gboolean pty_chr_retry_cb(gpointer opaque)
{
    PtyChardev *s = opaque;

    s->retry_tag = 0;
    qemu_chr_fd_accept_input(&s->parent_obj);
    return G_SOURCE_REMOVE;
}

static void pty_chr_input_eof(Chardev *chr)
{
    PtyChardev *s = PTY_CHARDEV(chr);

    if (!s->retry_tag) {
        s->retry_tag = g_timeout_add_seconds(1, pty_chr_retry_cb, s);
    }
}

/* True while a program has the slave open (else the master hangs up). */
static bool pty_chr_connected(Chardev *chr)
{
    struct pollfd pfd = { .fd = chr->fd_out, .events = POLLOUT };

    return poll(&pfd, 1, 0) >= 0 && !(pfd.revents & POLLHUP);
}

/* With no slave open, what does not fit is discarded, as QEMU does. */
static int pty_chr_write(Chardev *chr, const uint8_t *buf, int len)
{
    int n = qemu_chr_fd_write(chr, buf, len);

    if (n < 0 && errno == EAGAIN && !pty_chr_connected(chr)) {
        return len;
    }
    return n;
}

static guint pty_chr_add_watch(Chardev *chr, GIOCondition cond,
                               FEWatchFunc *func, void *opaque)
{
    if (!pty_chr_connected(chr)) {
        return 0;
    }
    return qemu_chr_fd_add_watch(chr, cond, func, opaque);
}

static bool pty_chr_open(Chardev *chr, QemuOpts *opts, bool *be_opened,
                         Error **errp)
{
    struct termios tty;
    char name[64];
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    int slave;

    if (fd < 0 || grantpt(fd) < 0 || unlockpt(fd) < 0 ||
        ptsname_r(fd, name, sizeof(name)) != 0) {
        error_setg_errno(errp, errno, "Failed to create PTY");
        if (fd >= 0) {
            close(fd);
        }
        return false;
    }
    /*
     * Open the slave once and close it: until a program opens it again
     * the master reports a hang-up, which is how output knows that
     * nobody is there to wait for.
     */
    slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave >= 0) {
        close(slave);
    }
    if (tcgetattr(fd, &tty) == 0) {
        cfmakeraw(&tty);
        tcsetattr(fd, TCSAFLUSH, &tty);
    }
    fprintf(stderr, "char device redirected to %s (label %s)\n", name,
            chr->label);
    qemu_chr_set_filename(chr, "pty:%s", name);
    qemu_chr_fd_attach(chr, fd, fd);
    return true;
}

static void pty_chr_finalize(Object *obj)
{
    PtyChardev *s = PTY_CHARDEV(obj);

    if (s->retry_tag) {
        g_source_remove(s->retry_tag);
    }
}

static void pty_chr_class_init(ObjectClass *oc, void *data)
{
    ChardevClass *cc = CHARDEV_CLASS(oc);

    cc->open = pty_chr_open;
    cc->chr_write = pty_chr_write;
    cc->chr_add_watch = pty_chr_add_watch;
    cc->chr_accept_input = qemu_chr_fd_accept_input;
    cc->chr_input_eof = pty_chr_input_eof;
}

static const TypeInfo pty_chr_type_info = {
    .name = TYPE_CHARDEV_PTY,
    .parent = TYPE_CHARDEV,
    .instance_size = sizeof(PtyChardev),
    .instance_finalize = pty_chr_finalize,
    .class_init = pty_chr_class_init,
};

static void pty_chr_register_types(void)
{
    type_register_static(&pty_chr_type_info);
}

type_init(pty_chr_register_types);
