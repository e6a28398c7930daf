/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-socket.c: the "socket" back end, a stream socket over a Unix path
 * (path=) or TCP (host=, port=), or a socket inherited from the parent
 * process (fd=N: listening with server=on, else connected).  As a server
 * (server=on) it listens and serves one client at a time; with wait=on
 * (the default) start-up blocks until the first client connects.  As a client it connects at start-up,
 * or with reconnect=SECONDS keeps retrying in the background.  The
 * connection's I/O is char-fd.c's; messages are QEMU 8.2's.
 */
#include "qemu/osdep.h"
#include <glib-unix.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "qemu/error-report.h"
#include "chardev/char.h"

#define TYPE_CHARDEV_SOCKET CHARDEV_TYPE_PREFIX "socket"

typedef struct SocketChardev {
    Chardev parent_obj;

    bool is_unix;
    bool is_listen;
    bool nodelay;
    char *path;          /* unix */
    char *host;          /* tcp */
    char *port;
    int64_t reconnect;   /* seconds; 0: no reconnection */
    int listen_fd;
    int given_fd;        /* fd=; -1 when absent */
    guint listen_tag;
    guint reconnect_tag;
    bool connected;
    bool connect_err_reported;  /* since the last connection */
} SocketChardev;

DECLARE_INSTANCE_CHECKER(SocketChardev, SOCKET_CHARDEV, TYPE_CHARDEV_SOCKET)

static char *socket_describe(SocketChardev *s)
{
    if (s->is_unix) {
        return g_strdup_printf("unix:%s%s", s->path,
                               s->is_listen ? ",server=on" : "");
    }
    return g_strdup_printf("tcp:%s:%s%s", s->host, s->port,
                           s->is_listen ? ",server=on" : "");
}

/* The filename while disconnected, or once connected on @fd. */
static void socket_update_filename(SocketChardev *s, int fd)
{
    g_autofree char *desc = socket_describe(s);
    char host[NI_MAXHOST], port[NI_MAXSERV];
    struct sockaddr_storage peer;
    socklen_t len = sizeof(peer);

    if (fd < 0) {
        qemu_chr_set_filename(&s->parent_obj, "disconnected:%s", desc);
    } else if (!s->is_unix &&
               getpeername(fd, (struct sockaddr *)&peer, &len) == 0 &&
               getnameinfo((struct sockaddr *)&peer, len, host,
                           sizeof(host), port, sizeof(port),
                           NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
        qemu_chr_set_filename(&s->parent_obj, "%s <-> %s:%s", desc, host,
                              port);
    } else {
        qemu_chr_set_filename(&s->parent_obj, "%s", desc);
    }
}

static void socket_set_connected(SocketChardev *s, int fd)
{
    Chardev *chr = &s->parent_obj;
    int one = 1;

    if (!s->is_unix && s->nodelay) {
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    }
    s->connected = true;
    s->connect_err_reported = false;
    socket_update_filename(s, fd);
    qemu_chr_fd_attach(chr, fd, fd);
    qemu_chr_be_event(chr, CHR_EVENT_OPENED);
}

static gboolean socket_accept_cb(int fd, GIOCondition cond, gpointer opaque)
{
    SocketChardev *s = opaque;
    int cfd = accept4(fd, NULL, NULL, SOCK_CLOEXEC);

    if (cfd < 0) {
        return G_SOURCE_CONTINUE;
    }
    s->listen_tag = 0;
    socket_set_connected(s, cfd);
    return G_SOURCE_REMOVE;
}

static void socket_watch_listener(SocketChardev *s)
{
    s->listen_tag = g_unix_fd_add(s->listen_fd, G_IO_IN, socket_accept_cb, s);
}

/* Resolve @s's TCP address, for listening when @passive. */
static struct addrinfo *socket_resolve(SocketChardev *s, bool passive,
                                       Error **errp)
{
    struct addrinfo hints = {
        .ai_family = AF_UNSPEC,
        .ai_socktype = SOCK_STREAM,
        .ai_flags = passive ? AI_PASSIVE : 0,
    };
    struct addrinfo *res = NULL;
    const char *host = s->host[0] ? s->host : NULL;
    int rc = getaddrinfo(host, s->port, &hints, &res);

    if (rc != 0) {
        error_setg(errp, "address resolution failed for %s:%s: %s",
                   s->host, s->port, gai_strerror(rc));
        return NULL;
    }
    return res;
}

static int socket_unix_addr(SocketChardev *s, struct sockaddr_un *un,
                            Error **errp)
{
    memset(un, 0, sizeof(*un));
    un->sun_family = AF_UNIX;
    if (strlen(s->path) >= sizeof(un->sun_path)) {
        error_setg(errp, "UNIX socket path '%s' is too long", s->path);
        return -1;
    }
    strcpy(un->sun_path, s->path);
    return 0;
}

static int socket_listen_unix(SocketChardev *s, Error **errp)
{
    struct sockaddr_un un;
    int fd;

    if (socket_unix_addr(s, &un, errp) < 0) {
        return -1;
    }
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (unlink(s->path) < 0 && errno != ENOENT) {
        error_setg_errno(errp, errno, "Failed to unlink socket %s", s->path);
        close(fd);
        return -1;
    }
    if (bind(fd, (struct sockaddr *)&un, sizeof(un)) < 0) {
        error_setg_errno(errp, errno, "Failed to bind socket to %s",
                         s->path);
        close(fd);
        return -1;
    }
    listen(fd, 1);
    return fd;
}

static int socket_listen_tcp(SocketChardev *s, Error **errp)
{
    struct addrinfo *res = socket_resolve(s, true, errp);
    struct addrinfo *ai;
    int one = 1;
    int err = 0;
    int fd = -1;

    for (ai = res; ai && fd < 0; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC,
                    ai->ai_protocol);
        if (fd < 0) {
            err = errno;
            continue;
        }
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
        if (bind(fd, ai->ai_addr, ai->ai_addrlen) < 0 || listen(fd, 1) < 0) {
            err = errno;
            close(fd);
            fd = -1;
        }
    }
    if (res) {
        freeaddrinfo(res);
        if (fd < 0) {
            error_setg_errno(errp, err, "Failed to find an available port");
        }
    }
    return fd;
}

/* Connect to @s's address; returns the fd or -1 with @errp set. */
static int socket_connect(SocketChardev *s, Error **errp)
{
    struct addrinfo *res, *ai;
    struct sockaddr_un un;
    int fd;
    int err = 0;

    if (s->is_unix) {
        if (socket_unix_addr(s, &un, errp) < 0) {
            return -1;
        }
        fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (connect(fd, (struct sockaddr *)&un, sizeof(un)) < 0) {
            error_setg_errno(errp, errno, "Failed to connect to '%s'",
                             s->path);
            close(fd);
            return -1;
        }
        return fd;
    }
    res = socket_resolve(s, false, errp);
    if (!res) {
        return -1;
    }
    fd = -1;
    for (ai = res; ai && fd < 0; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC,
                    ai->ai_protocol);
        if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) < 0) {
            err = errno;
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(res);
    if (fd < 0) {
        error_setg_errno(errp, err, "Failed to connect to '%s:%s'",
                         s->host, s->port);
    }
    return fd;
}

static gboolean socket_reconnect_cb(gpointer opaque);

static void socket_try_connect(SocketChardev *s)
{
    Error *err = NULL;
    int fd = socket_connect(s, &err);

    if (fd >= 0) {
        socket_set_connected(s, fd);
        return;
    }
    /* As QEMU: the first failure is reported, then quiet retries. */
    if (s->connect_err_reported) {
        error_free(err);
    } else {
        error_prepend(&err, "Unable to connect character device %s: ",
                      s->parent_obj.label);
        error_report_err(err);
        s->connect_err_reported = true;
    }
    s->reconnect_tag = g_timeout_add_seconds(s->reconnect,
                                             socket_reconnect_cb, s);
}

static gboolean socket_reconnect_cb(gpointer opaque)
{
    SocketChardev *s = opaque;

    s->reconnect_tag = 0;
    socket_try_connect(s);
    return G_SOURCE_REMOVE;
}

static void socket_chr_disconnect(Chardev *chr)
{
    SocketChardev *s = SOCKET_CHARDEV(chr);

    if (!s->connected) {
        return;
    }
    s->connected = false;
    socket_update_filename(s, -1);
    qemu_chr_fd_detach(chr);
    qemu_chr_be_event(chr, CHR_EVENT_CLOSED);
    if (s->is_listen) {
        socket_watch_listener(s);
    } else if (s->reconnect) {
        s->reconnect_tag = g_timeout_add_seconds(s->reconnect,
                                                 socket_reconnect_cb, s);
    }
}

/* fd=@str: the number of an open socket. */
static int socket_parse_fd(const char *str, Error **errp)
{
    int fd, type;
    socklen_t len = sizeof(type);

    if (qemu_strtoi(str, NULL, 10, &fd) < 0 || fd < 0) {
        error_setg(errp, "Unable to parse FD number %s", str);
        return -1;
    }
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) < 0) {
        error_setg(errp, "File descriptor '%s' is not a socket", str);
        return -1;
    }
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    return fd;
}

/* The address of an inherited socket, for the chardev's filename. */
static void socket_adopt_fd(SocketChardev *s, int fd)
{
    struct sockaddr_storage ss;
    struct sockaddr_un *un = (struct sockaddr_un *)&ss;
    socklen_t len = sizeof(ss);
    char host[NI_MAXHOST] = "", port[NI_MAXSERV] = "";

    s->given_fd = fd;
    memset(&ss, 0, sizeof(ss));
    getsockname(fd, (struct sockaddr *)&ss, &len);
    s->is_unix = ss.ss_family == AF_UNIX;
    if (s->is_unix) {
        /* An abstract or unnamed socket's name starts with a NUL. */
        s->path = g_strndup(un->sun_path, sizeof(un->sun_path));
        return;
    }
    getnameinfo((struct sockaddr *)&ss, len, host, sizeof(host), port,
                sizeof(port), NI_NUMERICHOST | NI_NUMERICSERV);
    s->host = g_strdup(host);
    s->port = g_strdup(port);
}

static bool socket_parse(SocketChardev *s, QemuOpts *opts, Error **errp)
{
    const char *path = qemu_opt_get(opts, "path");
    const char *host = qemu_opt_get(opts, "host");
    const char *port = qemu_opt_get(opts, "port");

    if (!!path + !!host + !!qemu_opt_get(opts, "fd") > 1) {
        error_setg(errp,
                   "None or one of 'path', 'fd' or 'host' option required.");
        return false;
    }
    if (!path && !host) {
        int fd = socket_parse_fd(qemu_opt_get(opts, "fd") ?: "", errp);

        if (fd < 0) {
            return false;
        }
        socket_adopt_fd(s, fd);
    }
    if (host && !port) {
        error_setg(errp, "chardev: socket: no port given");
        return false;
    }
    s->is_listen = qemu_opt_get_bool(opts, "server", false);
    s->reconnect = qemu_opt_get_number(opts, "reconnect", 0);
    if (s->is_listen && s->reconnect) {
        error_setg(errp, "'reconnect' option is incompatible with socket "
                   "in server listen mode");
        return false;
    }
    if (s->given_fd >= 0) {
        /* An inherited socket cannot be reopened. */
        s->reconnect = 0;
    } else {
        s->is_unix = path != NULL;
        s->path = g_strdup(path);
        s->host = g_strdup(host);
        s->port = g_strdup(port);
    }
    s->nodelay = qemu_opt_get_bool(opts, "nodelay", false) ||
                 !qemu_opt_get_bool(opts, "delay", true);
    return true;
}

static bool socket_open_server(SocketChardev *s, bool wait, bool *be_opened,
                               Error **errp)
{
    g_autofree char *desc = NULL;
    int cfd;

    if (s->given_fd >= 0) {
        s->listen_fd = s->given_fd;
        if (listen(s->listen_fd, 1) < 0) {
            error_setg_errno(errp, errno, "Failed to listen on socket");
            return false;
        }
    } else {
        s->listen_fd = s->is_unix ? socket_listen_unix(s, errp)
                                  : socket_listen_tcp(s, errp);
    }
    if (s->listen_fd < 0) {
        return false;
    }
    *be_opened = false;
    if (wait) {
        desc = socket_describe(s);
        info_report("QEMU waiting for connection on: disconnected:%s", desc);
        do {
            cfd = accept4(s->listen_fd, NULL, NULL, SOCK_CLOEXEC);
        } while (cfd < 0 && errno == EINTR);
        if (cfd >= 0) {
            socket_set_connected(s, cfd);
            return true;
        }
    }
    socket_watch_listener(s);
    return true;
}

static bool socket_chr_open(Chardev *chr, QemuOpts *opts, bool *be_opened,
                            Error **errp)
{
    SocketChardev *s = SOCKET_CHARDEV(chr);
    Error *err = NULL;
    int fd;

    if (!socket_parse(s, opts, errp)) {
        return false;
    }
    socket_update_filename(s, -1);
    if (s->is_listen) {
        return socket_open_server(s, qemu_opt_get_bool(opts, "wait", true),
                                  be_opened, errp);
    }
    *be_opened = false;
    if (s->reconnect) {
        /* Connect from the main loop, as QEMU does in the background. */
        s->reconnect_tag = g_idle_add(socket_reconnect_cb, s);
        return true;
    }
    fd = s->given_fd >= 0 ? s->given_fd : socket_connect(s, &err);
    if (fd < 0) {
        error_propagate(errp, err);
        return false;
    }
    socket_set_connected(s, fd);
    return true;
}

static int socket_chr_write(Chardev *chr, const uint8_t *buf, int len)
{
    /* Without a peer, output is dropped, as on an unplugged line. */
    if (!SOCKET_CHARDEV(chr)->connected) {
        return len;
    }
    return qemu_chr_fd_write(chr, buf, len);
}

static guint socket_chr_add_watch(Chardev *chr, GIOCondition cond,
                                  FEWatchFunc *func, void *opaque)
{
    /* No peer: writes are discarded, there is nothing to wait for. */
    if (!SOCKET_CHARDEV(chr)->connected) {
        return 0;
    }
    return qemu_chr_fd_add_watch(chr, cond, func, opaque);
}

static void socket_chr_init(Object *obj)
{
    SOCKET_CHARDEV(obj)->listen_fd = -1;
    SOCKET_CHARDEV(obj)->given_fd = -1;
}

static void socket_chr_finalize(Object *obj)
{
    SocketChardev *s = SOCKET_CHARDEV(obj);

    if (s->listen_tag) {
        g_source_remove(s->listen_tag);
    }
    if (s->reconnect_tag) {
        g_source_remove(s->reconnect_tag);
    }
    if (s->listen_fd >= 0) {
        close(s->listen_fd);
    }
    g_free(s->path);
    g_free(s->host);
    g_free(s->port);
}

static void socket_chr_class_init(ObjectClass *oc, void *data)
{
    ChardevClass *cc = CHARDEV_CLASS(oc);

    cc->open = socket_chr_open;
    cc->chr_write = socket_chr_write;
    cc->chr_add_watch = socket_chr_add_watch;
    cc->chr_accept_input = qemu_chr_fd_accept_input;
    cc->chr_input_eof = socket_chr_disconnect;
}

static const TypeInfo socket_chr_type_info = {
    .name = TYPE_CHARDEV_SOCKET,
    .parent = TYPE_CHARDEV,
    .instance_size = sizeof(SocketChardev),
    .instance_init = socket_chr_init,
    .instance_finalize = socket_chr_finalize,
    .class_init = socket_chr_class_init,
};

static void socket_chr_register_types(void)
{
    type_register_static(&socket_chr_type_info);
}

type_init(socket_chr_register_types);
