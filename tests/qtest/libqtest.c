/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * libqtest.c: the -qtest client (see libqtest.h).  The test listens on
 * two unix sockets in a temporary directory, starts the emulator, which
 * connects to both, and then talks the line protocol on one and QMP on
 * the other.  Asynchronous "IRQ raise/lower N" lines are recorded as
 * they arrive between replies.
 */
#include "qemu/osdep.h"
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include "qobject/qjson.h"
#include "libqtest.h"

struct QTestState {
    pid_t pid;
    int qtest_fd;
    int qmp_fd;
    GString *rx;                /* bytes read from the qtest socket */
    GString *qmp_rx;
    bool irq_level[64];
    char *dir;
};

static int qtest_listen(const char *path)
{
    struct sockaddr_un un = { .sun_family = AF_UNIX };
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);

    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpuint(strlen(path), <, sizeof(un.sun_path));
    strcpy(un.sun_path, path);
    g_assert_cmpint(bind(fd, (struct sockaddr *)&un, sizeof(un)), ==, 0);
    g_assert_cmpint(listen(fd, 1), ==, 0);
    return fd;
}

static pid_t qtest_spawn(const char *cmdline)
{
    pid_t pid = fork();

    g_assert_cmpint(pid, >=, 0);
    if (pid == 0) {
        execlp("/bin/sh", "sh", "-c", cmdline, (char *)NULL);
        _exit(127);
    }
    return pid;
}

static int qtest_accept(int listen_fd)
{
    int fd;

    do {
        fd = accept4(listen_fd, NULL, NULL, SOCK_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    g_assert_cmpint(fd, >=, 0);
    close(listen_fd);
    return fd;
}

/* One line from @fd (without its "\n"), buffering the rest in @rx. */
static char *qtest_read_line(int fd, GString *rx)
{
    char buf[4096];
    char *nl;
    char *line;
    ssize_t n;

    while (!(nl = memchr(rx->str, '\n', rx->len))) {
        n = read(fd, buf, sizeof(buf));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        g_assert_cmpint(n, >, 0);
        g_string_append_len(rx, buf, n);
    }
    line = g_strndup(rx->str, nl - rx->str);
    g_string_erase(rx, 0, nl - rx->str + 1);
    g_strchomp(line);
    return line;
}

static void qtest_write_all(int fd, const char *text)
{
    size_t len = strlen(text);

    while (len) {
        ssize_t n = write(fd, text, len);

        if (n < 0 && errno == EINTR) {
            continue;
        }
        g_assert_cmpint(n, >, 0);
        text += n;
        len -= n;
    }
}

QTestState *qtest_init(const char *extra_args)
{
    const char *binary = g_getenv("QTEST_QEMU_BINARY");
    QTestState *s = g_new0(QTestState, 1);
    g_autofree char *qtest_path = NULL;
    g_autofree char *qmp_path = NULL;
    g_autofree char *cmdline = NULL;
    g_autofree char *greeting = NULL;
    QDict *rsp;
    int qtest_listen_fd, qmp_listen_fd;

    g_assert_nonnull(binary);
    s->dir = g_dir_make_tmp("libqtest-XXXXXX", NULL);
    g_assert_nonnull(s->dir);
    qtest_path = g_build_filename(s->dir, "qtest.sock", NULL);
    qmp_path = g_build_filename(s->dir, "qmp.sock", NULL);
    qtest_listen_fd = qtest_listen(qtest_path);
    qmp_listen_fd = qtest_listen(qmp_path);
    cmdline = g_strdup_printf("exec %s -qtest unix:%s -qtest-log /dev/null "
                              "-chardev socket,path=%s,id=char0 "
                              "-mon chardev=char0,mode=control "
                              "-display none -accel qtest %s", binary,
                              qtest_path, qmp_path, extra_args);
    s->pid = qtest_spawn(cmdline);
    s->qtest_fd = qtest_accept(qtest_listen_fd);
    s->qmp_fd = qtest_accept(qmp_listen_fd);
    s->rx = g_string_new(NULL);
    s->qmp_rx = g_string_new(NULL);
    greeting = qtest_read_line(s->qmp_fd, s->qmp_rx);
    g_assert_true(g_str_has_prefix(greeting, "{\"QMP\": "));
    rsp = qtest_qmp(s, "{\"execute\": \"qmp_capabilities\"}");
    g_assert_true(qdict_haskey(rsp, "return"));
    qobject_unref(rsp);
    return s;
}

int qtest_quit(QTestState *s)
{
    int status = -1;
    g_autofree char *qtest_path = g_build_filename(s->dir, "qtest.sock",
                                                   NULL);
    g_autofree char *qmp_path = g_build_filename(s->dir, "qmp.sock", NULL);

    kill(s->pid, SIGTERM);
    while (waitpid(s->pid, &status, 0) < 0 && errno == EINTR) {
        continue;
    }
    close(s->qtest_fd);
    close(s->qmp_fd);
    unlink(qtest_path);
    unlink(qmp_path);
    rmdir(s->dir);
    g_free(s->dir);
    g_string_free(s->rx, true);
    g_string_free(s->qmp_rx, true);
    g_free(s);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Record an "IRQ raise|lower N" line; false for any other line. */
static bool qtest_async_irq(QTestState *s, const char *line)
{
    int n;

    if (sscanf(line, "IRQ raise %d", &n) == 1 ||
        sscanf(line, "IRQ lower %d", &n) == 1) {
        g_assert_cmpint(n, >=, 0);
        g_assert_cmpint(n, <, (int)G_N_ELEMENTS(s->irq_level));
        s->irq_level[n] = g_str_has_prefix(line, "IRQ raise");
        return true;
    }
    return false;
}

char *qtest_command(QTestState *s, const char *fmt, ...)
{
    g_autofree char *cmd = NULL;
    char *line;
    va_list ap;

    va_start(ap, fmt);
    cmd = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    qtest_write_all(s->qtest_fd, cmd);
    qtest_write_all(s->qtest_fd, "\n");
    for (;;) {
        line = qtest_read_line(s->qtest_fd, s->rx);
        if (!qtest_async_irq(s, line)) {
            return line;
        }
        g_free(line);
    }
}

/* Run @cmd and check the reply is "OK" or "OK VALUE"; the value or "". */
static char *qtest_ok(QTestState *s, char *reply)
{
    char *value;

    if (strcmp(reply, "OK") && !g_str_has_prefix(reply, "OK ")) {
        g_error("qtest: unexpected reply '%s'", reply);
    }
    value = g_strdup(reply[2] ? reply + 3 : "");
    g_free(reply);
    return value;
}

static uint64_t qtest_read_value(QTestState *s, const char *cmd,
                                 uint64_t addr)
{
    g_autofree char *value = qtest_ok(s, qtest_command(
        s, "%s 0x%" PRIx64, cmd, addr));

    return g_ascii_strtoull(value, NULL, 0);
}

static void qtest_write_value(QTestState *s, const char *cmd,
                              uint64_t addr, uint64_t value)
{
    g_free(qtest_ok(s, qtest_command(s, "%s 0x%" PRIx64 " 0x%" PRIx64, cmd,
                                     addr, value)));
}

uint8_t qtest_readb(QTestState *s, uint64_t addr)
{
    return qtest_read_value(s, "readb", addr);
}

uint16_t qtest_readw(QTestState *s, uint64_t addr)
{
    return qtest_read_value(s, "readw", addr);
}

uint32_t qtest_readl(QTestState *s, uint64_t addr)
{
    return qtest_read_value(s, "readl", addr);
}

uint64_t qtest_readq(QTestState *s, uint64_t addr)
{
    return qtest_read_value(s, "readq", addr);
}

void qtest_writeb(QTestState *s, uint64_t addr, uint8_t value)
{
    qtest_write_value(s, "writeb", addr, value);
}

void qtest_writew(QTestState *s, uint64_t addr, uint16_t value)
{
    qtest_write_value(s, "writew", addr, value);
}

void qtest_writel(QTestState *s, uint64_t addr, uint32_t value)
{
    qtest_write_value(s, "writel", addr, value);
}

void qtest_writeq(QTestState *s, uint64_t addr, uint64_t value)
{
    qtest_write_value(s, "writeq", addr, value);
}

void qtest_memread(QTestState *s, uint64_t addr, void *buf, size_t size)
{
    g_autofree char *value = qtest_ok(s, qtest_command(
        s, "read 0x%" PRIx64 " 0x%zx", addr, size));
    uint8_t *out = buf;
    size_t i;

    g_assert_cmpuint(strlen(value), ==, 2 + 2 * size);
    for (i = 0; i < size; i++) {
        out[i] = g_ascii_xdigit_value(value[2 + 2 * i]) << 4 |
                 g_ascii_xdigit_value(value[3 + 2 * i]);
    }
}

void qtest_memwrite(QTestState *s, uint64_t addr, const void *buf,
                    size_t size)
{
    g_autoptr(GString) hex = g_string_new("0x");
    const uint8_t *in = buf;
    size_t i;

    for (i = 0; i < size; i++) {
        g_string_append_printf(hex, "%02x", in[i]);
    }
    g_free(qtest_ok(s, qtest_command(s, "write 0x%" PRIx64 " 0x%zx %s",
                                     addr, size, hex->str)));
}

void qtest_memset(QTestState *s, uint64_t addr, uint8_t value, size_t size)
{
    g_free(qtest_ok(s, qtest_command(s, "memset 0x%" PRIx64 " 0x%zx 0x%02x",
                                     addr, size, value)));
}

int64_t qtest_clock_step(QTestState *s, int64_t ns)
{
    g_autofree char *value = qtest_ok(s, ns < 0 ?
        qtest_command(s, "clock_step") :
        qtest_command(s, "clock_step %" PRId64, ns));

    return g_ascii_strtoll(value, NULL, 0);
}

int64_t qtest_clock_set(QTestState *s, int64_t ns)
{
    g_autofree char *value = qtest_ok(s, qtest_command(
        s, "clock_set %" PRId64, ns));

    return g_ascii_strtoll(value, NULL, 0);
}

void qtest_irq_intercept_in(QTestState *s, const char *qom_path)
{
    g_free(qtest_ok(s, qtest_command(s, "irq_intercept_in %s", qom_path)));
}

void qtest_irq_intercept_out(QTestState *s, const char *qom_path)
{
    g_free(qtest_ok(s, qtest_command(s, "irq_intercept_out %s",
                                     qom_path)));
}

bool qtest_get_irq(QTestState *s, int num)
{
    g_assert_cmpint(num, >=, 0);
    g_assert_cmpint(num, <, (int)G_N_ELEMENTS(s->irq_level));
    return s->irq_level[num];
}

QDict *qtest_qmp(QTestState *s, const char *json)
{
    for (qtest_write_all(s->qmp_fd, json);;) {
        g_autofree char *line = qtest_read_line(s->qmp_fd, s->qmp_rx);
        QDict *rsp = qobject_to(QDict, qobject_from_json(line, NULL));

        g_assert_nonnull(rsp);
        if (!qdict_haskey(rsp, "event")) {
            return rsp;
        }
        qobject_unref(rsp);
    }
}
