/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-udp.c: the "udp" back end: datagrams to host=:port= (host defaults
 * to localhost), received on localaddr=:localport= (any address, any
 * port by default).  Each write is one datagram; each datagram read is
 * delivered as the front end can take it.
 */
#include "qemu/osdep.h"
#include <netdb.h>
#include <sys/socket.h>
#include "qapi/error.h"
#include "chardev/char.h"

static struct addrinfo *udp_resolve(const char *host, const char *port,
                                    int family, bool passive, Error **errp)
{
    struct addrinfo hints = {
        .ai_family = family,
        .ai_socktype = SOCK_DGRAM,
        .ai_flags = passive ? AI_PASSIVE : 0,
    };
    struct addrinfo *res = NULL;
    int rc = getaddrinfo(host, port, &hints, &res);

    if (rc != 0) {
        error_setg(errp, "address resolution failed for %s:%s: %s",
                   host ? host : "(null)", port, gai_strerror(rc));
        return NULL;
    }
    return res;
}

static int udp_socket(const char *host, const char *port,
                      const char *localaddr, const char *localport,
                      Error **errp)
{
    struct addrinfo *peer = udp_resolve(host, port, AF_UNSPEC, false, errp);
    struct addrinfo *local;
    int fd;

    if (!peer) {
        return -1;
    }
    local = udp_resolve(localaddr, localport, peer->ai_family, true, errp);
    if (!local) {
        freeaddrinfo(peer);
        return -1;
    }
    fd = socket(peer->ai_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (bind(fd, local->ai_addr, local->ai_addrlen) < 0) {
        error_setg_errno(errp, errno, "Failed to bind socket");
    } else if (connect(fd, peer->ai_addr, peer->ai_addrlen) < 0) {
        error_setg_errno(errp, errno, "Failed to connect socket");
    } else {
        freeaddrinfo(peer);
        freeaddrinfo(local);
        return fd;
    }
    close(fd);
    freeaddrinfo(peer);
    freeaddrinfo(local);
    return -1;
}

static bool udp_chr_open(Chardev *chr, QemuOpts *opts, bool *be_opened,
                         Error **errp)
{
    const char *host = qemu_opt_get(opts, "host");
    const char *port = qemu_opt_get(opts, "port");
    const char *localaddr = qemu_opt_get(opts, "localaddr");
    const char *localport = qemu_opt_get(opts, "localport");
    int fd;

    if (!port) {
        error_setg(errp, "chardev: udp: remote port not specified");
        return false;
    }
    if (!host || !host[0]) {
        host = "localhost";
    }
    if (localaddr && !localaddr[0]) {
        localaddr = NULL;
    }
    fd = udp_socket(host, port, localaddr, localport ? localport : "0",
                    errp);
    if (fd < 0) {
        return false;
    }
    qemu_chr_fd_attach(chr, fd, fd);
    return true;
}

/* A refused datagram reports an error on the next read: keep going. */
static void udp_chr_input_error(Chardev *chr)
{
    qemu_chr_fd_accept_input(chr);
}

static void udp_chr_class_init(ObjectClass *oc, void *data)
{
    ChardevClass *cc = CHARDEV_CLASS(oc);

    cc->open = udp_chr_open;
    cc->chr_write = qemu_chr_fd_write;
    cc->chr_add_watch = qemu_chr_fd_add_watch;
    cc->chr_accept_input = qemu_chr_fd_accept_input;
    cc->chr_input_eof = udp_chr_input_error;
}

static const TypeInfo udp_chr_type_info = {
    .name = CHARDEV_TYPE_PREFIX "udp",
    .parent = TYPE_CHARDEV,
    .class_init = udp_chr_class_init,
};

static void udp_chr_register_types(void)
{
    type_register_static(&udp_chr_type_info);
}

type_init(udp_chr_register_types);
