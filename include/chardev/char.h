/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char.h: character device back-ends as QOM objects.  TYPE_CHARDEV is the
 * abstract base; each back end ("null", "file", "socket", ...) is a
 * subtype named "chardev-<backend>".  They are created from -chardev
 * QemuOpts or the short syntax of -serial/-monitor, live under the
 * /chardevs container by id, and do their I/O in GLib's default main
 * context without ever blocking it.
 */
#ifndef CHARDEV_CHAR_H
#define CHARDEV_CHAR_H

#include "qemu/option.h"
#include "qom/object.h"

typedef struct CharBackend CharBackend;
/*
 * A watch callback (qemu_chr_fe_add_watch): @cond is what happened.
 * Return G_SOURCE_REMOVE to stop watching, G_SOURCE_CONTINUE to go on.
 */
typedef gboolean FEWatchFunc(void *unused, GIOCondition cond, void *opaque);

typedef enum {
    CHR_EVENT_BREAK,    /* a serial break */
    CHR_EVENT_OPENED,   /* the back end is ready: a client connected */
    CHR_EVENT_MUX_IN,   /* a mux gave this front end the focus */
    CHR_EVENT_MUX_OUT,  /* ... and took it away */
    CHR_EVENT_CLOSED,   /* the connection went away */
} QEMUChrEvent;

#define TYPE_CHARDEV "chardev"
#define CHARDEV_TYPE_PREFIX "chardev-"
#define TYPE_CHARDEV_MUX "chardev-mux"
#define MAX_MUX 4

typedef struct Chardev Chardev;
typedef struct ChardevClass ChardevClass;
DECLARE_OBJ_CHECKERS(Chardev, ChardevClass, CHARDEV, TYPE_CHARDEV)

struct Chardev {
    Object parent_obj;

    char *label;           /* the id */
    char *filename;        /* what info chardev shows: "null", "pty:..." */
    CharBackend *be;       /* the front end attached, if any */
    bool be_open;          /* open: front ends get CHR_EVENT_OPENED */
    /* fd-based back ends (see char-fd.c); -1 when unused */
    int fd_in;
    int fd_out;
    guint in_tag;          /* input watch, 0 while paused or absent */
    guint out_tag;         /* output watch while outbuf is not empty */
    GByteArray *outbuf;    /* bytes the fd has not taken yet */
    bool fd_out_is_socket; /* send() with MSG_NOSIGNAL */
};

struct ChardevClass {
    ObjectClass parent_class;

    /*
     * open: set the back end up from @opts.  Set *@be_opened to false
     * if the back end is not yet open (a server waiting for a client).
     */
    bool (*open)(Chardev *chr, QemuOpts *opts, bool *be_opened,
                 Error **errp);
    /* write without blocking; returns bytes taken or -1 */
    int (*chr_write)(Chardev *chr, const uint8_t *buf, int len);
    /* qemu_chr_fe_add_watch for this back end; 0: nothing to wait for */
    guint (*chr_add_watch)(Chardev *chr, GIOCondition cond,
                           FEWatchFunc *func, void *opaque);
    /* the front end's can_read may have changed: (re)arm input */
    void (*chr_accept_input)(Chardev *chr);
    /* a front end attached or changed handlers (mux: focus bookkeeping) */
    void (*chr_be_event)(Chardev *chr, QEMUChrEvent event);
    /* fd back ends: input reached end of file or failed */
    void (*chr_input_eof)(Chardev *chr);
};

/*
 * qemu_chr_new_from_opts: create the chardev -chardev @opts describes,
 * with @opts' id, and add it under /chardevs.  Errors: a missing id, an
 * unknown backend ("'foo' is not a valid char driver name"), a duplicate
 * id, and the back end's own (bad path, port in use).
 */
Chardev *qemu_chr_new_from_opts(QemuOpts *opts, Error **errp);

/*
 * qemu_chr_new: create a chardev @label from the short syntax @filename
 * ("stdio", "tcp::4444,server=on", ...).  Returns NULL with @errp set.
 */
Chardev *qemu_chr_new(const char *label, const char *filename,
                      Error **errp);

/*
 * qemu_opts_foreach callback creating one -chardev; fails with @errp.
 * For "-chardev help" it prints the back ends and exits with status 0.
 */
int chardev_init_func(void *opaque, QemuOpts *opts, Error **errp);

/* Print "Available chardev backend types:" and one back end a line. */
void qemu_chr_print_backends(void);

/*
 * qemu_chr_set_filename: what query-chardev and info chardev show for
 * @chr (printf-style); by default its back end's name.
 */
void qemu_chr_set_filename(Chardev *chr, const char *fmt, ...)
    G_GNUC_PRINTF(2, 3);

/* The chardev with id @label, or NULL. */
Chardev *qemu_chr_find(const char *label);

/* qemu_chr_cleanup: delete every chardev (qemu_cleanup, after monitors). */
void qemu_chr_cleanup(void);

/* qemu_chr_delete: unparent and free @chr (its front end detached). */
void qemu_chr_delete(Chardev *chr);

/* Back-end side: how many bytes the front end accepts now. */
int qemu_chr_be_can_write(Chardev *s);

/* Back-end side: deliver @len bytes to the front end (at most can_write). */
void qemu_chr_be_write(Chardev *s, const uint8_t *buf, int len);

/* Back-end side: tell the front end about @event (opened, closed). */
void qemu_chr_be_event(Chardev *s, QEMUChrEvent event);

/* qemu_chr_write: write through the back end; with @write_all, all of it. */
int qemu_chr_write(Chardev *s, const uint8_t *buf, int len, bool write_all);

/*
 * Fd-based I/O shared by file, pipe, pty, stdio and socket (char-fd.c).
 * qemu_chr_fd_attach: use @fd_in for input (-1: none) and @fd_out for
 * output (-1: none); both become non-blocking and owned by @chr.
 */
void qemu_chr_fd_attach(Chardev *chr, int fd_in, int fd_out);
/* qemu_chr_fd_detach: stop watching and close the fds; drop output. */
void qemu_chr_fd_detach(Chardev *chr);
/* chr_write for fd back ends: write what the fd takes, buffer the rest. */
int qemu_chr_fd_write(Chardev *chr, const uint8_t *buf, int len);
/* chr_add_watch for fd back ends: a watch on the output fd. */
guint qemu_chr_fd_add_watch(Chardev *chr, GIOCondition cond,
                            FEWatchFunc *func, void *opaque);
/* chr_accept_input for fd back ends. */
void qemu_chr_fd_accept_input(Chardev *chr);

/*
 * qemu_chr_parse_compat: turn the short syntax @filename ("stdio",
 * "mon:stdio", "tcp::4444,server=on,wait=off", "unix:PATH", "file:PATH",
 * "pipe:PATH", "udp:HOST:PORT", "pty", "null", "vc", "/dev/ttyS0") into a
 * -chardev QemuOpts with id @label.  "mon:" (a multiplexed chardev shared
 * with a monitor) is accepted only with @permit_mux_mon.  Returns NULL if
 * @filename is not valid short syntax or @label is taken.
 */
QemuOpts *qemu_chr_parse_compat(const char *label, const char *filename,
                                bool permit_mux_mon);

/* True if the short syntax @filename means the process's stdio. */
bool qemu_chr_spec_uses_stdio(const char *filename);

/* qemu_opts_foreach callback: non-zero for a -chardev stdio. */
int chardev_uses_stdio(void *opaque, QemuOpts *opts, Error **errp);

#endif
