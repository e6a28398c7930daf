/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-null.c: the "null" back end: writes vanish, nothing is ever read.
 * Also "vc", a graphical text console in QEMU: qlite has no graphical
 * display, so a vc (the default monitor's and serial port's home unless
 * -nographic) behaves as null.
 */
#include "qemu/osdep.h"
#include "chardev/char.h"

static int null_chr_write(Chardev *chr, const uint8_t *buf, int len)
{
    return len;
}

static void null_chr_class_init(ObjectClass *oc, void *data)
{
    ChardevClass *cc = CHARDEV_CLASS(oc);

    cc->chr_write = null_chr_write;
}

static const TypeInfo null_chr_type_infos[] = {
    {
        .name = CHARDEV_TYPE_PREFIX "null",
        .parent = TYPE_CHARDEV,
        .class_init = null_chr_class_init,
    },
    {
        .name = CHARDEV_TYPE_PREFIX "vc",
        .parent = CHARDEV_TYPE_PREFIX "null",
    },
};

DEFINE_TYPES(null_chr_type_infos)
