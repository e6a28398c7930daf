/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-fd.c: I/O for back ends built on file descriptors (file, pipe,
 * pty, stdio, connected sockets).  Input is read by a GLib fd watch only
 * while the front end can take bytes; output is written without blocking
 * and what the fd does not take is buffered and flushed by a second
 * watch, so a slow reader never stalls the main loop.
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include <glib-unix.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include "chardev/char.h"

/*
 * Output held for a reader that does not keep up; beyond it, writes take
 * only what fits and fail with EAGAIN when nothing does.
 */
#define CHR_FD_OUTBUF_MAX (1 * MiB)

static gboolean fd_chr_read_cb(int fd, GIOCondition cond, gpointer opaque)
{
    Chardev *chr = opaque;
    ChardevClass *cc = CHARDEV_GET_CLASS(chr);
    uint8_t buf[4096];
    int avail = qemu_chr_be_can_write(chr);
    ssize_t n;

    if (avail <= 0) {
        /* Paused until qemu_chr_fe_accept_input(). */
        chr->in_tag = 0;
        return G_SOURCE_REMOVE;
    }
    n = read(fd, buf, MIN((size_t)avail, sizeof(buf)));
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
        return G_SOURCE_CONTINUE;
    }
    if (n <= 0) {
        chr->in_tag = 0;
        if (cc->chr_input_eof) {
            cc->chr_input_eof(chr);
        }
        return G_SOURCE_REMOVE;
    }
    qemu_chr_be_write(chr, buf, n);
    return G_SOURCE_CONTINUE;
}

void qemu_chr_fd_accept_input(Chardev *chr)
{
    if (chr->fd_in >= 0 && !chr->in_tag && qemu_chr_be_can_write(chr) > 0) {
        chr->in_tag = g_unix_fd_add(chr->fd_in, G_IO_IN | G_IO_HUP | G_IO_ERR,
                                    fd_chr_read_cb, chr);
    }
}

static ssize_t fd_chr_send(Chardev *chr, const uint8_t *buf, size_t len)
{
    ssize_t n;

    do {
        if (chr->fd_out_is_socket) {
            /* A peer that went away must not kill us with SIGPIPE. */
            n = send(chr->fd_out, buf, len, MSG_NOSIGNAL);
        } else {
            n = write(chr->fd_out, buf, len);
        }
    } while (n < 0 && errno == EINTR);
    if (n < 0 && errno == EAGAIN) {
        n = 0;
    }
    return n;
}

static gboolean fd_chr_flush_cb(int fd, GIOCondition cond, gpointer opaque)
{
    Chardev *chr = opaque;
    ssize_t n = fd_chr_send(chr, chr->outbuf->data, chr->outbuf->len);

    if (n < 0) {
        g_byte_array_set_size(chr->outbuf, 0);
    } else {
        g_byte_array_remove_range(chr->outbuf, 0, n);
    }
    if (chr->outbuf->len) {
        return G_SOURCE_CONTINUE;
    }
    chr->out_tag = 0;
    return G_SOURCE_REMOVE;
}

int qemu_chr_fd_write(Chardev *chr, const uint8_t *buf, int len)
{
    ssize_t n = 0;
    size_t room, kept;

    if (chr->fd_out < 0) {
        return len;
    }
    if (!chr->outbuf->len) {
        n = fd_chr_send(chr, buf, len);
        if (n < 0) {
            return -1;
        }
    }
    room = CHR_FD_OUTBUF_MAX - MIN(chr->outbuf->len, CHR_FD_OUTBUF_MAX);
    kept = MIN((size_t)(len - n), room);
    g_byte_array_append(chr->outbuf, buf + n, kept);
    if (chr->outbuf->len && !chr->out_tag) {
        chr->out_tag = g_unix_fd_add(chr->fd_out, G_IO_OUT, fd_chr_flush_cb,
                                     chr);
    }
    if (n + kept == 0) {
        errno = EAGAIN;
        return -1;
    }
    return n + kept;
}

typedef struct FdChrWatch {
    FEWatchFunc *func;
    void *opaque;
} FdChrWatch;

static gboolean fd_chr_watch_cb(int fd, GIOCondition cond, gpointer opaque)
{
    FdChrWatch *w = opaque;

    return w->func(NULL, cond, w->opaque);
}

guint qemu_chr_fd_add_watch(Chardev *chr, GIOCondition cond,
                            FEWatchFunc *func, void *opaque)
{
    FdChrWatch *w;

    if (chr->fd_out < 0) {
        return 0;
    }
    w = g_new(FdChrWatch, 1);
    w->func = func;
    w->opaque = opaque;
    return g_unix_fd_add_full(G_PRIORITY_DEFAULT, chr->fd_out,
                              cond | G_IO_HUP | G_IO_ERR, fd_chr_watch_cb,
                              w, g_free);
}

static void fd_chr_set_nonblock(int fd)
{
    int flags = fcntl(fd, F_GETFL);

    if (flags >= 0) {
        fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    }
}

void qemu_chr_fd_attach(Chardev *chr, int fd_in, int fd_out)
{
    struct stat st;

    chr->fd_in = fd_in;
    chr->fd_out = fd_out;
    chr->fd_out_is_socket = false;
    if (!chr->outbuf) {
        chr->outbuf = g_byte_array_new();
    }
    if (fd_in >= 0) {
        fd_chr_set_nonblock(fd_in);
    }
    if (fd_out >= 0) {
        fd_chr_set_nonblock(fd_out);
        chr->fd_out_is_socket = fstat(fd_out, &st) == 0 &&
                                S_ISSOCK(st.st_mode);
    }
    qemu_chr_fd_accept_input(chr);
}

void qemu_chr_fd_detach(Chardev *chr)
{
    if (chr->in_tag) {
        g_source_remove(chr->in_tag);
        chr->in_tag = 0;
    }
    if (chr->out_tag) {
        g_source_remove(chr->out_tag);
        chr->out_tag = 0;
    }
    if (chr->fd_out >= 0 && chr->outbuf && chr->outbuf->len) {
        /* A last try, so that output written just before exit shows. */
        fd_chr_send(chr, chr->outbuf->data, chr->outbuf->len);
    }
    if (chr->outbuf) {
        g_byte_array_set_size(chr->outbuf, 0);
    }
    if (chr->fd_in >= 0) {
        close(chr->fd_in);
    }
    if (chr->fd_out >= 0 && chr->fd_out != chr->fd_in) {
        close(chr->fd_out);
    }
    chr->fd_in = -1;
    chr->fd_out = -1;
}
