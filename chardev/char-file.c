/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-file.c: the "file" back end: output goes to path= (truncated, or
 * appended to with append=on), created with mode 0666 less the umask.
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include "qapi/error.h"
#include "chardev/char.h"

static bool file_chr_open(Chardev *chr, QemuOpts *opts, bool *be_opened,
                          Error **errp)
{
    const char *path = qemu_opt_get(opts, "path");
    int flags = O_WRONLY | O_CREAT | O_CLOEXEC;
    int fd;

    if (!path) {
        error_setg(errp, "chardev: file: no filename given");
        return false;
    }
    flags |= qemu_opt_get_bool(opts, "append", false) ? O_APPEND : O_TRUNC;
    fd = open(path, flags, 0666);
    if (fd < 0) {
        error_setg_errno(errp, errno, "Could not open '%s'", path);
        return false;
    }
    qemu_chr_fd_attach(chr, -1, fd);
    return true;
}

static void file_chr_class_init(ObjectClass *oc, void *data)
{
    ChardevClass *cc = CHARDEV_CLASS(oc);

    cc->open = file_chr_open;
    cc->chr_write = qemu_chr_fd_write;
    cc->chr_add_watch = qemu_chr_fd_add_watch;
}

static const TypeInfo file_chr_type_info = {
    .name = CHARDEV_TYPE_PREFIX "file",
    .parent = TYPE_CHARDEV,
    .class_init = file_chr_class_init,
};

static void file_chr_register_types(void)
{
    type_register_static(&file_chr_type_info);
}

type_init(file_chr_register_types);
