/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-fe.h: the front-end side of a character device.  A device model
 * (a UART, a monitor) embeds a CharBackend, attaches it to a Chardev with
 * qemu_chr_fe_init() and then reads through handlers and writes through
 * qemu_chr_fe_write().  Everything runs in the main loop's context.
 */
#ifndef CHARDEV_CHAR_FE_H
#define CHARDEV_CHAR_FE_H

#include "chardev/char.h"

/* How many bytes the front end accepts now (0: none; reading pauses). */
typedef int IOCanReadHandler(void *opaque);
/* @size bytes arrived from the back end; never more than can_read said. */
typedef void IOReadHandler(void *opaque, const uint8_t *buf, int size);
/* The back end opened (a client connected) or closed. */
typedef void IOEventHandler(void *opaque, QEMUChrEvent event);

struct CharBackend {
    Chardev *chr;
    IOCanReadHandler *chr_can_read;
    IOReadHandler *chr_read;
    IOEventHandler *chr_event;
    void *opaque;
    int tag;              /* index among a mux chardev's front ends */
    bool fe_is_open;      /* handlers installed */
};

/*
 * qemu_chr_fe_init: attach @b to @s (NULL: a front end with no back end,
 * whose writes are dropped).  A chardev takes one front end, a mux
 * chardev up to MAX_MUX.  Returns false with @errp set ("Device 'ID' is
 * in use") if @s is taken.
 */
bool qemu_chr_fe_init(CharBackend *b, Chardev *s, Error **errp);

/* qemu_chr_fe_deinit: detach @b; with @del, also delete the chardev. */
void qemu_chr_fe_deinit(CharBackend *b, bool del);

/* The chardev @b is attached to, or NULL. */
Chardev *qemu_chr_fe_get_driver(CharBackend *b);

/* True if @b is attached to a chardev. */
bool qemu_chr_fe_backend_connected(CharBackend *b);

/*
 * qemu_chr_fe_set_handlers: install the read and event handlers of @b
 * (all NULL: stop reading).  If the back end is already open, @fd_event
 * gets CHR_EVENT_OPENED at once.
 */
void qemu_chr_fe_set_handlers(CharBackend *b, IOCanReadHandler *fd_can_read,
                              IOReadHandler *fd_read,
                              IOEventHandler *fd_event, void *opaque);

/*
 * qemu_chr_fe_write: hand @len bytes to the back end without blocking.
 * Returns the number of bytes taken (a back end with no connection drops
 * them and still returns @len), or -1 with errno set: EAGAIN when the
 * back end cannot take anything now (its reader is slow and its bounded
 * output buffer is full); qemu_chr_fe_add_watch() tells when to retry.
 */
int qemu_chr_fe_write(CharBackend *b, const uint8_t *buf, int len);

/* qemu_chr_fe_write_all: like qemu_chr_fe_write, for all of @buf. */
int qemu_chr_fe_write_all(CharBackend *b, const uint8_t *buf, int len);

/*
 * qemu_chr_fe_add_watch: call @func(NULL, cond, @opaque) from the main
 * loop when the back end's output can take bytes again (G_IO_OUT in
 * @cond) or failed (G_IO_HUP, G_IO_ERR).  Returns the GLib source id,
 * for g_source_remove(), or 0 if the back end has nothing to wait for
 * (no output fd, no back end): the caller must not wait then.
 */
guint qemu_chr_fe_add_watch(CharBackend *b, GIOCondition cond,
                            FEWatchFunc *func, void *opaque);

/*
 * qemu_chr_fe_accept_input: the front end can read again after its
 * can_read returned 0; the back end resumes delivering input.
 */
void qemu_chr_fe_accept_input(CharBackend *b);

/* qemu_chr_fe_printf: write formatted text, all of it. */
void qemu_chr_fe_printf(CharBackend *b, const char *fmt, ...)
    G_GNUC_PRINTF(2, 3);

#endif
