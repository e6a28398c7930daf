/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-ringbuf.h: reading the "ringbuf" chardev's buffer (QMP
 * ringbuf-read and tests).
 */
#ifndef CHARDEV_CHAR_RINGBUF_H
#define CHARDEV_CHAR_RINGBUF_H

#include "chardev/char.h"

#define TYPE_CHARDEV_RINGBUF CHARDEV_TYPE_PREFIX "ringbuf"
typedef struct RingBufChardev RingBufChardev;
DECLARE_INSTANCE_CHECKER(RingBufChardev, RINGBUF_CHARDEV,
                         TYPE_CHARDEV_RINGBUF)

/* Bytes held by ringbuf chardev @chr. */
size_t ringbuf_chr_count(Chardev *chr);

/* ringbuf_chr_read: move up to @len oldest bytes to @buf; returns count. */
size_t ringbuf_chr_read(Chardev *chr, uint8_t *buf, size_t len);

#endif
