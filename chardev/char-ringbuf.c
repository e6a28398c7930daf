/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-ringbuf.c: the "ringbuf" back end (alias "memory"): output is kept
 * in a ring of size= bytes (a power of two, 64 KiB by default); when it is
 * full the oldest bytes are overwritten.  ringbuf_chr_read() takes bytes
 * out, as QMP's ringbuf-read does.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "chardev/char.h"
#include "chardev/char-ringbuf.h"

#define RINGBUF_DEFAULT_SIZE (64 * KiB)

struct RingBufChardev {
    Chardev parent_obj;

    size_t size;      /* a power of two */
    uint64_t prod;    /* bytes ever written */
    uint64_t cons;    /* bytes ever read */
    uint8_t *cbuf;
};

size_t ringbuf_chr_count(Chardev *chr)
{
    RingBufChardev *d = RINGBUF_CHARDEV(chr);

    return d->prod - d->cons;
}

static int ringbuf_chr_write(Chardev *chr, const uint8_t *buf, int len)
{
    RingBufChardev *d = RINGBUF_CHARDEV(chr);
    int i;

    for (i = 0; i < len; i++) {
        d->cbuf[d->prod++ & (d->size - 1)] = buf[i];
        if (d->prod - d->cons > d->size) {
            d->cons = d->prod - d->size;
        }
    }
    return len;
}

size_t ringbuf_chr_read(Chardev *chr, uint8_t *buf, size_t len)
{
    RingBufChardev *d = RINGBUF_CHARDEV(chr);
    size_t i;

    for (i = 0; i < len && d->cons != d->prod; i++) {
        buf[i] = d->cbuf[d->cons++ & (d->size - 1)];
    }
    return i;
}

static bool ringbuf_chr_open(Chardev *chr, QemuOpts *opts, bool *be_opened,
                             Error **errp)
{
    RingBufChardev *d = RINGBUF_CHARDEV(chr);
    uint64_t size = qemu_opt_get_size(opts, "size", RINGBUF_DEFAULT_SIZE);

    if (size == 0 || (size & (size - 1))) {
        error_setg(errp, "size of ringbuf chardev must be power of two");
        return false;
    }
    d->size = size;
    d->cbuf = g_malloc0(size);
    return true;
}

static void ringbuf_chr_finalize(Object *obj)
{
    g_free(RINGBUF_CHARDEV(obj)->cbuf);
}

static void ringbuf_chr_class_init(ObjectClass *oc, void *data)
{
    ChardevClass *cc = CHARDEV_CLASS(oc);

    cc->open = ringbuf_chr_open;
    cc->chr_write = ringbuf_chr_write;
}

static const TypeInfo ringbuf_chr_type_infos[] = {
    {
        .name = TYPE_CHARDEV_RINGBUF,
        .parent = TYPE_CHARDEV,
        .instance_size = sizeof(RingBufChardev),
        .instance_finalize = ringbuf_chr_finalize,
        .class_init = ringbuf_chr_class_init,
    },
    {
        .name = CHARDEV_TYPE_PREFIX "memory",
        .parent = TYPE_CHARDEV_RINGBUF,
    },
};

DEFINE_TYPES(ringbuf_chr_type_infos)
