/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-fe.c: the front-end API (char-fe.h): attaching a device model to
 * a chardev, its read and event handlers, and writing to the back end.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "chardev/char-fe.h"
#include "chardev-internal.h"

bool qemu_chr_fe_init(CharBackend *b, Chardev *s, Error **errp)
{
    memset(b, 0, sizeof(*b));
    if (!s) {
        return true;
    }
    if (chardev_is_mux(s)) {
        if (!mux_chr_attach_frontend(s, b, errp)) {
            return false;
        }
    } else if (s->be) {
        error_setg(errp, "Device '%s' is in use", s->label);
        return false;
    } else {
        s->be = b;
    }
    b->chr = s;
    return true;
}

void qemu_chr_fe_deinit(CharBackend *b, bool del)
{
    Chardev *s = b->chr;

    if (!s) {
        return;
    }
    qemu_chr_fe_set_handlers(b, NULL, NULL, NULL, NULL);
    if (chardev_is_mux(s)) {
        mux_chr_detach_frontend(s, b);
    } else if (s->be == b) {
        s->be = NULL;
    }
    b->chr = NULL;
    if (del) {
        qemu_chr_delete(s);
    }
}

Chardev *qemu_chr_fe_get_driver(CharBackend *b)
{
    return b->chr;
}

bool qemu_chr_fe_backend_connected(CharBackend *b)
{
    return b->chr != NULL;
}

void qemu_chr_fe_set_handlers(CharBackend *b, IOCanReadHandler *fd_can_read,
                              IOReadHandler *fd_read,
                              IOEventHandler *fd_event, void *opaque)
{
    Chardev *s = b->chr;
    ChardevClass *cc;

    if (!s) {
        return;
    }
    b->chr_can_read = fd_can_read;
    b->chr_read = fd_read;
    b->chr_event = fd_event;
    b->opaque = opaque;
    b->fe_is_open = fd_can_read || fd_read || fd_event;
    if (chardev_is_mux(s) && b->fe_is_open) {
        /* The front end set up last gets the input, as in QEMU. */
        mux_set_focus(s, b->tag);
    }
    cc = CHARDEV_GET_CLASS(s);
    if (b->fe_is_open && cc->chr_accept_input) {
        cc->chr_accept_input(s);
    }
    if (fd_event && s->be_open) {
        fd_event(opaque, CHR_EVENT_OPENED);
    }
}

int qemu_chr_fe_write(CharBackend *b, const uint8_t *buf, int len)
{
    return b->chr ? qemu_chr_write(b->chr, buf, len, false) : len;
}

int qemu_chr_fe_write_all(CharBackend *b, const uint8_t *buf, int len)
{
    return b->chr ? qemu_chr_write(b->chr, buf, len, true) : len;
}

guint qemu_chr_fe_add_watch(CharBackend *b, GIOCondition cond,
                            FEWatchFunc *func, void *opaque)
{
    ChardevClass *cc;

    if (!b->chr) {
        return 0;
    }
    cc = CHARDEV_GET_CLASS(b->chr);
    return cc->chr_add_watch ? cc->chr_add_watch(b->chr, cond, func, opaque)
                             : 0;
}

void qemu_chr_fe_accept_input(CharBackend *b)
{
    ChardevClass *cc;

    if (!b->chr) {
        return;
    }
    cc = CHARDEV_GET_CLASS(b->chr);
    if (cc->chr_accept_input) {
        cc->chr_accept_input(b->chr);
    }
}

void qemu_chr_fe_printf(CharBackend *b, const char *fmt, ...)
{
    g_autofree char *text = NULL;
    va_list ap;

    va_start(ap, fmt);
    text = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    qemu_chr_fe_write_all(b, (const uint8_t *)text, strlen(text));
}
