/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-compat.c: the short chardev syntax of -serial, -monitor, -qmp,
 * -parallel and -gdb ("stdio", "mon:stdio", "tcp::4444,server=on",
 * "unix:/tmp/s", "file:out.txt", ...), turned into a -chardev QemuOpts
 * with the given id, as QEMU's qemu_chr_parse_compat does.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/cutils.h"
#include "qemu/error-report.h"
#include "qemu/option.h"
#include "chardev/char.h"

/* "HOST:PORT" (either may be empty) into host= and port=. */
static bool parse_host_port(QemuOpts *opts, const char *p,
                            const char *host_key, const char *port_key)
{
    const char *colon = strrchr(p, ':');
    g_autofree char *host = NULL;

    if (!colon) {
        return false;
    }
    host = g_strndup(p, colon - p);
    qemu_opt_set(opts, host_key, host, &error_abort);
    qemu_opt_set(opts, port_key, colon + 1, &error_abort);
    return true;
}

/* Backends given by name alone. */
static bool parse_simple_backend(QemuOpts *opts, const char *filename)
{
    static const char *const simple[] = {
        "null", "stdio", "pty", "msmouse", "wctablet", "braille",
        "testdev", "vc",
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(simple); i++) {
        const char *rest;

        if (strstart(filename, simple[i], &rest) &&
            (*rest == '\0' || (!strcmp(simple[i], "vc") && *rest == ':'))) {
            qemu_opt_set(opts, "backend", simple[i], &error_abort);
            return true;
        }
    }
    return false;
}

/* Options after the address, reported here as QEMU does. */
static bool parse_compat_opts(QemuOpts *opts, const char *params,
                              const char *implied)
{
    Error *err = NULL;

    if (!qemu_opts_do_parse(opts, params, implied, &err)) {
        error_report_err(err);
        return false;
    }
    return true;
}

/* tcp:, telnet:, websocket: "HOST:PORT[,opts...]" */
static bool parse_socket_backend(QemuOpts *opts, const char *filename)
{
    const char *p;
    g_autofree char *addr = NULL;
    bool telnet = strstart(filename, "telnet:", &p);

    if (!telnet && !strstart(filename, "tcp:", &p)) {
        return false;
    }
    addr = g_strndup(p, strcspn(p, ","));
    if (!parse_host_port(opts, addr, "host", "port")) {
        return false;
    }
    qemu_opt_set(opts, "backend", "socket", &error_abort);
    if (telnet) {
        qemu_opt_set(opts, "telnet", "on", &error_abort);
    }
    p += strlen(addr);
    return *p == '\0' || parse_compat_opts(opts, p + 1, NULL);
}

static bool parse_path_backend(QemuOpts *opts, const char *filename)
{
    const char *p;

    if (strstart(filename, "file:", &p)) {
        qemu_opt_set(opts, "backend", "file", &error_abort);
        qemu_opt_set(opts, "path", p, &error_abort);
        return true;
    }
    if (strstart(filename, "pipe:", &p)) {
        qemu_opt_set(opts, "backend", "pipe", &error_abort);
        qemu_opt_set(opts, "path", p, &error_abort);
        return true;
    }
    if (strstart(filename, "unix:", &p)) {
        /* The path is the implied first option: ",," is a comma in it. */
        qemu_opt_set(opts, "backend", "socket", &error_abort);
        return parse_compat_opts(opts, p, "path");
    }
    if (strstart(filename, "udp:", &p)) {
        qemu_opt_set(opts, "backend", "udp", &error_abort);
        return parse_host_port(opts, p, "host", "port");
    }
    if (strstart(filename, "/dev/parport", NULL) ||
        strstart(filename, "/dev/ppi", NULL)) {
        qemu_opt_set(opts, "backend", "parallel", &error_abort);
        qemu_opt_set(opts, "path", filename, &error_abort);
        return true;
    }
    if (strstart(filename, "/dev/", NULL)) {
        qemu_opt_set(opts, "backend", "serial", &error_abort);
        qemu_opt_set(opts, "path", filename, &error_abort);
        return true;
    }
    return false;
}

/* Whether @filename starts like a kind above, well-formed or not. */
static bool compat_kind_is_known(const char *filename)
{
    static const char *const prefixes[] = {
        "vc", "tcp:", "telnet:", "file:", "pipe:", "unix:", "udp:", "/dev/",
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(prefixes); i++) {
        if (strstart(filename, prefixes[i], NULL)) {
            return true;
        }
    }
    return false;
}

QemuOpts *qemu_chr_parse_compat(const char *label, const char *filename,
                                bool permit_mux_mon)
{
    QemuOpts *opts;
    const char *rest;
    bool mux = false;

    if (permit_mux_mon && strstart(filename, "mon:", &rest)) {
        filename = rest;
        mux = true;
    }
    opts = qemu_opts_create(qemu_find_opts("chardev"), label, 1, NULL);
    if (!opts) {
        return NULL;
    }
    if (mux) {
        qemu_opt_set(opts, "mux", "on", &error_abort);
        /*
         * As QEMU: a monitor sharing stdio (mon:stdio, so -nographic)
         * passes Ctrl-C to the guest; Ctrl-A x quits.
         */
        if (!strcmp(filename, "stdio")) {
            qemu_opt_set(opts, "signal", "off", &error_abort);
        }
    }
    if (parse_simple_backend(opts, filename) ||
        parse_socket_backend(opts, filename) ||
        parse_path_backend(opts, filename)) {
        return opts;
    }
    /* QEMU names an unknown kind; a malformed known one only fails. */
    if (!compat_kind_is_known(filename)) {
        error_report("'%s' is not a valid char driver", filename);
    }
    qemu_opts_del(opts);
    return NULL;
}

bool qemu_chr_spec_uses_stdio(const char *filename)
{
    strstart(filename, "mon:", &filename);
    return !strcmp(filename, "stdio");
}

int chardev_uses_stdio(void *opaque, QemuOpts *opts, Error **errp)
{
    const char *backend = qemu_opt_get(opts, "backend");

    return backend && !strcmp(backend, "stdio");
}
