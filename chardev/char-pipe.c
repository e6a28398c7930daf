/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-pipe.c: the "pipe" back end: named pipes PATH.in (input) and
 * PATH.out (output) when both exist, else PATH for both directions.
 * They are opened read-write so that opening never waits for a peer.
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include "qapi/error.h"
#include "chardev/char.h"

static int pipe_chr_open_one(const char *path, Error **errp)
{
    int fd = open(path, O_RDWR | O_CLOEXEC);

    if (fd < 0) {
        error_setg_errno(errp, errno, "Could not open '%s'", path);
    }
    return fd;
}

static bool pipe_chr_open(Chardev *chr, QemuOpts *opts, bool *be_opened,
                          Error **errp)
{
    const char *path = qemu_opt_get(opts, "path");
    g_autofree char *in = NULL;
    g_autofree char *out = NULL;
    int fd_in, fd_out;

    if (!path) {
        error_setg(errp, "chardev: pipe: no device path given");
        return false;
    }
    in = g_strdup_printf("%s.in", path);
    out = g_strdup_printf("%s.out", path);
    fd_in = open(in, O_RDWR | O_CLOEXEC);
    fd_out = open(out, O_RDWR | O_CLOEXEC);
    if (fd_in < 0 || fd_out < 0) {
        if (fd_in >= 0) {
            close(fd_in);
        }
        if (fd_out >= 0) {
            close(fd_out);
        }
        fd_in = fd_out = pipe_chr_open_one(path, errp);
        if (fd_in < 0) {
            return false;
        }
    }
    qemu_chr_fd_attach(chr, fd_in, fd_out);
    return true;
}

static void pipe_chr_class_init(ObjectClass *oc, void *data)
{
    ChardevClass *cc = CHARDEV_CLASS(oc);

    cc->open = pipe_chr_open;
    cc->chr_write = qemu_chr_fd_write;
    cc->chr_add_watch = qemu_chr_fd_add_watch;
    cc->chr_accept_input = qemu_chr_fd_accept_input;
}

static const TypeInfo pipe_chr_type_info = {
    .name = CHARDEV_TYPE_PREFIX "pipe",
    .parent = TYPE_CHARDEV,
    .class_init = pipe_chr_class_init,
};

static void pipe_chr_register_types(void)
{
    type_register_static(&pipe_chr_type_info);
}

type_init(pipe_chr_register_types);
