/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * socket-helpers.h: what unit tests that talk to a socket chardev of
 * their own process share: the client side of a unix socket, read while
 * the main context runs so the chardev can answer.
 */
#ifndef TESTS_UNIT_SOCKET_HELPERS_H
#define TESTS_UNIT_SOCKET_HELPERS_H

#include <sys/socket.h>
#include <sys/un.h>

/* Read from @fd, running the main context, until @want has arrived. */
static inline char *unix_read_until(int fd, const char *want)
{
    GString *s = g_string_new("");
    char buf[4096];
    ssize_t n;
    int i;

    for (i = 0; i < 2000 && !strstr(s->str, want); i++) {
        g_main_context_iteration(NULL, false);
        n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);
        if (n > 0) {
            g_string_append_len(s, buf, n);
        } else {
            g_usleep(1000);
        }
    }
    return g_string_free(s, false);
}

static inline int unix_connect(const char *path)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);

    g_strlcpy(addr.sun_path, path, sizeof(addr.sun_path));
    g_assert_cmpint(connect(fd, (struct sockaddr *)&addr, sizeof(addr)),
                    ==, 0);
    return fd;
}

#endif
