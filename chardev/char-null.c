/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-null.c: the "null" back end: writes vanish, nothing is ever read.
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

static const TypeInfo null_chr_type_info = {
    .name = CHARDEV_TYPE_PREFIX "null",
    .parent = TYPE_CHARDEV,
    .class_init = null_chr_class_init,
};

static void null_chr_register_types(void)
{
    type_register_static(&null_chr_type_info);
}

type_init(null_chr_register_types);
