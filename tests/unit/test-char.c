/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the chardev core and back ends (chardev/): creation from
 * -chardev options with QEMU 8.2's messages, and a fake front end that
 * reads and writes through null, file, ringbuf, mux, socket, pipe and udp
 * chardevs, driving GLib's default main context by hand.
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <termios.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/module.h"
#include "qemu/option.h"
#include "chardev/char-fe.h"
#include "chardev/char-ringbuf.h"
#include "sysemu/vl-opts.h"

static char *tmp_dir;

/* A front end that records what it reads and the events it sees. */
typedef struct FakeFe {
    CharBackend be;
    GByteArray *got;
    int can_read;         /* what can_read answers */
    int opened;
    int closed;
    int breaks;
} FakeFe;

static int fake_can_read(void *opaque)
{
    return ((FakeFe *)opaque)->can_read;
}

static void fake_read(void *opaque, const uint8_t *buf, int size)
{
    FakeFe *fe = opaque;

    g_assert_cmpint(size, <=, fe->can_read);
    g_byte_array_append(fe->got, buf, size);
}

static void fake_event(void *opaque, QEMUChrEvent event)
{
    FakeFe *fe = opaque;

    fe->opened += event == CHR_EVENT_OPENED;
    fe->closed += event == CHR_EVENT_CLOSED;
    fe->breaks += event == CHR_EVENT_BREAK;
}

static void fake_attach(FakeFe *fe, Chardev *chr)
{
    memset(fe, 0, sizeof(*fe));
    fe->got = g_byte_array_new();
    fe->can_read = 4096;
    g_assert_true(qemu_chr_fe_init(&fe->be, chr, &error_abort));
    qemu_chr_fe_set_handlers(&fe->be, fake_can_read, fake_read, fake_event,
                             fe);
}

static void fake_detach(FakeFe *fe, bool del)
{
    qemu_chr_fe_deinit(&fe->be, del);
    g_byte_array_unref(fe->got);
}

/* Run the main context until @cond or about two seconds. */
#define WAIT_FOR(cond) \
    do { \
        gint64 end_ = g_get_monotonic_time() + 2 * G_USEC_PER_SEC; \
        while (!(cond) && g_get_monotonic_time() < end_) { \
            g_main_context_iteration(NULL, FALSE); \
            g_usleep(1000); \
        } \
        g_assert_true(cond); \
    } while (0)

static Chardev *chr_new(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
static Chardev *chr_new(const char *fmt, ...)
{
    g_autofree char *str = NULL;
    QemuOpts *opts;
    Chardev *chr;
    va_list ap;

    va_start(ap, fmt);
    str = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    opts = qemu_opts_parse(qemu_find_opts("chardev"), str, true,
                           &error_abort);
    chr = qemu_chr_new_from_opts(opts, &error_abort);
    qemu_opts_del(opts);
    return chr;
}

static void chr_new_err(const char *str, const char *msg)
{
    QemuOpts *opts;
    Error *err = NULL;

    opts = qemu_opts_parse(qemu_find_opts("chardev"), str, true,
                           &error_abort);
    g_assert_null(qemu_chr_new_from_opts(opts, &err));
    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
    qemu_opts_del(opts);
}

static char *tmp_path(const char *name)
{
    return g_build_filename(tmp_dir, name, NULL);
}

static void test_errors(void)
{
    chr_new_err("foo,id=x", "'foo' is not a valid char driver name");
    chr_new_err("mux,id=x", "'mux' is not a valid char driver name");
    chr_new_err("null", "chardev: no id specified");
    chr_new_err("id=x", "chardev: \"x\" missing backend");
    chr_new_err("file,id=f", "chardev: file: no filename given");
    chr_new_err("file,id=f,path=/nonexistent/x",
                "Could not open '/nonexistent/x': No such file or directory");
    chr_new_err("ringbuf,id=r,size=3",
                "size of ringbuf chardev must be power of two");
    g_assert_null(qemu_chr_find("x"));
    g_assert_null(qemu_chr_find("f"));
}

static void test_duplicate(void)
{
    Chardev *chr = chr_new("null,id=dup");

    chr_new_err("null,id=dup", "Duplicate ID 'dup' for chardev");
    g_assert_true(qemu_chr_find("dup") == chr);
    qemu_chr_delete(chr);
    g_assert_null(qemu_chr_find("dup"));
}

static void test_null(void)
{
    Chardev *chr = chr_new("null,id=n");
    FakeFe fe;

    g_assert_nonnull(object_dynamic_cast(OBJECT(chr), "chardev-null"));
    g_assert_cmpstr(chr->label, ==, "n");
    fake_attach(&fe, chr);
    g_assert_cmpint(fe.opened, ==, 1);
    g_assert_true(qemu_chr_fe_backend_connected(&fe.be));
    g_assert_true(qemu_chr_fe_get_driver(&fe.be) == chr);
    g_assert_cmpint(qemu_chr_fe_write(&fe.be, (const uint8_t *)"ab", 2),
                    ==, 2);
    fake_detach(&fe, true);
    g_assert_null(qemu_chr_find("n"));
}

static void test_in_use(void)
{
    Chardev *chr = chr_new("null,id=busy");
    CharBackend a, b;
    Error *err = NULL;

    g_assert_true(qemu_chr_fe_init(&a, chr, &error_abort));
    g_assert_false(qemu_chr_fe_init(&b, chr, &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "Device 'busy' is in use");
    error_free(err);
    qemu_chr_fe_deinit(&a, true);
}

static void test_fe_unattached(void)
{
    CharBackend b;

    g_assert_true(qemu_chr_fe_init(&b, NULL, &error_abort));
    g_assert_false(qemu_chr_fe_backend_connected(&b));
    g_assert_cmpint(qemu_chr_fe_write(&b, (const uint8_t *)"x", 1), ==, 1);
    g_assert_cmpint(qemu_chr_fe_write_all(&b, (const uint8_t *)"x", 1),
                    ==, 1);
    qemu_chr_fe_set_handlers(&b, NULL, NULL, NULL, NULL);
    qemu_chr_fe_accept_input(&b);
    qemu_chr_fe_deinit(&b, false);
}

static char *read_file(const char *path)
{
    char *text = NULL;

    g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
    return text;
}

static void test_file(void)
{
    g_autofree char *path = tmp_path("out.txt");
    g_autofree char *text = NULL;
    Chardev *chr;
    FakeFe fe;

    g_file_set_contents(path, "old", -1, NULL);
    chr = chr_new("file,id=f,path=%s", path);
    fake_attach(&fe, chr);
    qemu_chr_fe_printf(&fe.be, "hello %d\n", 42);
    fake_detach(&fe, true);
    text = read_file(path);
    g_assert_cmpstr(text, ==, "hello 42\n");
}

static void test_file_append(void)
{
    g_autofree char *path = tmp_path("append.txt");
    g_autofree char *text = NULL;
    Chardev *chr;
    FakeFe fe;

    g_file_set_contents(path, "old\n", -1, NULL);
    chr = chr_new("file,id=f,path=%s,append=on", path);
    fake_attach(&fe, chr);
    qemu_chr_fe_write_all(&fe.be, (const uint8_t *)"new\n", 4);
    fake_detach(&fe, true);
    text = read_file(path);
    g_assert_cmpstr(text, ==, "old\nnew\n");
}

static void test_ringbuf(void)
{
    Chardev *chr = chr_new("ringbuf,id=r,size=8");
    uint8_t buf[16];
    FakeFe fe;

    fake_attach(&fe, chr);
    qemu_chr_fe_write_all(&fe.be, (const uint8_t *)"abc", 3);
    g_assert_cmpuint(ringbuf_chr_count(chr), ==, 3);
    g_assert_cmpuint(ringbuf_chr_read(chr, buf, 2), ==, 2);
    g_assert_cmpmem(buf, 2, "ab", 2);
    /* 1 + 10 bytes into 8: the oldest three are overwritten. */
    qemu_chr_fe_write_all(&fe.be, (const uint8_t *)"0123456789", 10);
    g_assert_cmpuint(ringbuf_chr_count(chr), ==, 8);
    g_assert_cmpuint(ringbuf_chr_read(chr, buf, sizeof(buf)), ==, 8);
    g_assert_cmpmem(buf, 8, "23456789", 8);
    fake_detach(&fe, true);
}

static void test_ringbuf_memory_alias(void)
{
    Chardev *chr = chr_new("memory,id=m");
    uint8_t buf[4];

    qemu_chr_write(chr, (const uint8_t *)"xy", 2, true);
    g_assert_cmpuint(ringbuf_chr_read(chr, buf, sizeof(buf)), ==, 2);
    qemu_chr_delete(chr);
}

/* A ringbuf under a mux: input is injected into the mux's base. */
static void test_mux(void)
{
    Chardev *mux = chr_new("ringbuf,id=mx,mux=on");
    Chardev *base = qemu_chr_find("mx-base");
    FakeFe serial, mon;
    uint8_t buf[512];
    size_t n;

    g_assert_nonnull(base);
    g_assert_nonnull(object_dynamic_cast(OBJECT(mux), TYPE_CHARDEV_MUX));
    fake_attach(&mon, mux);
    fake_attach(&serial, mux);   /* the last set up gets the focus */
    g_assert_cmpint(serial.opened, ==, 1);
    qemu_chr_be_write(base, (const uint8_t *)"a\001\001b", 4);
    g_assert_cmpmem(serial.got->data, serial.got->len, "a\001b", 3);
    qemu_chr_be_write(base, (const uint8_t *)"\001c", 2);
    qemu_chr_be_write(base, (const uint8_t *)"m\001b\001z", 5);
    g_assert_cmpmem(mon.got->data, mon.got->len, "m", 1);
    g_assert_cmpint(mon.breaks, ==, 1);
    qemu_chr_fe_write_all(&serial.be, (const uint8_t *)"S", 1);
    qemu_chr_fe_write_all(&mon.be, (const uint8_t *)"M", 1);
    n = ringbuf_chr_read(base, buf, sizeof(buf));
    g_assert_cmpmem(buf, n, "SM", 2);
    qemu_chr_be_write(base, (const uint8_t *)"\001h", 2);
    n = ringbuf_chr_read(base, buf, sizeof(buf) - 1);
    buf[n] = 0;
    g_assert_true(g_str_has_prefix((char *)buf,
                                   "\n\rC-a h    print this help\n\r"));
    g_assert_true(g_str_has_suffix((char *)buf, "C-a C-a  sends C-a\n\r"));
    fake_detach(&serial, false);
    fake_detach(&mon, true);
    qemu_chr_delete(base);
}

/*
 * Input for a front end that cannot take it waits in the mux (up to 32
 * bytes), and the escapes keep working meanwhile.
 */
static void test_mux_queue(void)
{
    Chardev *mux = chr_new("ringbuf,id=mq2,mux=on");
    Chardev *base = qemu_chr_find("mq2-base");
    FakeFe serial, mon;
    int i;

    fake_attach(&mon, mux);
    fake_attach(&serial, mux);
    serial.can_read = 0;        /* a paused guest's full UART */
    g_assert_cmpint(qemu_chr_be_can_write(base), ==, 1);
    qemu_chr_be_write(base, (const uint8_t *)"xyzcm", 6);
    g_assert_cmpuint(serial.got->len, ==, 0);
    g_assert_cmpmem(mon.got->data, mon.got->len, "m", 1);
    qemu_chr_be_write(base, (const uint8_t *)"c", 2);
    g_assert_cmpuint(serial.got->len, ==, 0);
    /* Room for 29 more bytes behind "xyz", then the mux stops reading. */
    for (i = 0; i < 29; i++) {
        g_assert_cmpint(qemu_chr_be_can_write(base), ==, 1);
        qemu_chr_be_write(base, (const uint8_t *)"q", 1);
    }
    g_assert_cmpint(qemu_chr_be_can_write(base), ==, 0);
    serial.can_read = 4096;
    qemu_chr_fe_accept_input(&serial.be);
    g_assert_cmpuint(serial.got->len, ==, 32);
    g_assert_cmpmem(serial.got->data, 4, "xyzq", 4);
    qemu_chr_be_write(base, (const uint8_t *)"!", 1);
    g_assert_cmpuint(serial.got->len, ==, 33);
    g_assert_cmpint(serial.got->data[32], ==, '!');
    fake_detach(&serial, false);
    fake_detach(&mon, true);
    qemu_chr_delete(base);
}

/* Ctrl-A t: output lines start with the time since the first stamp. */
static void test_mux_timestamps(void)
{
    Chardev *mux = chr_new("ringbuf,id=mt,mux=on");
    Chardev *base = qemu_chr_find("mt-base");
    FakeFe serial;
    uint8_t buf[256];
    size_t n;

    fake_attach(&serial, mux);
    qemu_chr_be_write(base, (const uint8_t *)"\001t", 2);
    qemu_chr_fe_write_all(&serial.be, (const uint8_t *)"a\nb\nc", 5);
    n = ringbuf_chr_read(base, buf, sizeof(buf) - 1);
    buf[n] = '\0';
    /* The first stamp is 0; the next, a moment later. */
    g_assert_true(g_regex_match_simple("^a\\n\\[00:00:00\\.000\\] b\\n"
                                       "\\[00:00:00\\.0\\d\\d\\] c$",
                                       (char *)buf, 0, 0));
    qemu_chr_be_write(base, (const uint8_t *)"\001t", 2);
    qemu_chr_fe_write_all(&serial.be, (const uint8_t *)"\nd\n", 3);
    n = ringbuf_chr_read(base, buf, sizeof(buf));
    g_assert_cmpmem(buf, n, "\nd\n", 3);
    fake_detach(&serial, true);
    qemu_chr_delete(base);
}

static void test_mux_too_many(void)
{
    Chardev *mux = chr_new("null,id=mm,mux=on");
    CharBackend b[MAX_MUX + 1];
    Error *err = NULL;
    int i;

    for (i = 0; i < MAX_MUX; i++) {
        g_assert_true(qemu_chr_fe_init(&b[i], mux, &error_abort));
    }
    g_assert_false(qemu_chr_fe_init(&b[MAX_MUX], mux, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "too many uses of multiplexed chardev 'mm'");
    error_free(err);
    for (i = 0; i < MAX_MUX; i++) {
        qemu_chr_fe_deinit(&b[i], false);
    }
    qemu_chr_delete(mux);
    qemu_chr_delete(qemu_chr_find("mm-base"));
}

static void test_mux_exit(void)
{
    g_autofree char *path = tmp_path("mux-exit.txt");

    if (g_test_subprocess()) {
        Chardev *mux = chr_new("file,id=mq,mux=on,path=%s", path);
        FakeFe fe;

        fake_attach(&fe, mux);
        qemu_chr_be_write(qemu_chr_find("mq-base"),
                          (const uint8_t *)"\001x", 2);
        g_assert_not_reached();
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed();
    {
        g_autofree char *text = read_file(path);
        g_assert_cmpstr(text, ==, "QEMU: Terminated\n\r");
    }
}

static void test_short_syntax(void)
{
    Error *err = NULL;
    Chardev *chr = qemu_chr_new("short", "null", &error_abort);

    g_assert_nonnull(object_dynamic_cast(OBJECT(chr), "chardev-null"));
    qemu_chr_delete(chr);
    g_assert_null(qemu_chr_new("short", "bogus:", &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "chardev: 'bogus:' is not a valid chardev");
    error_free(err);
}

/* Connect to the Unix socket @path. */
static int unix_connect(const char *path)
{
    struct sockaddr_un un = { .sun_family = AF_UNIX };
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);

    g_strlcpy(un.sun_path, path, sizeof(un.sun_path));
    g_assert_cmpint(connect(fd, (struct sockaddr *)&un, sizeof(un)), ==, 0);
    return fd;
}

/* A TCP listener on 127.0.0.1 at a free port. */
static int tcp_listen(int *port)
{
    struct sockaddr_in sin = { .sin_family = AF_INET };
    socklen_t len = sizeof(sin);
    int fd = socket(AF_INET, SOCK_STREAM, 0);

    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    g_assert_cmpint(bind(fd, (struct sockaddr *)&sin, sizeof(sin)), ==, 0);
    g_assert_cmpint(listen(fd, 1), ==, 0);
    getsockname(fd, (struct sockaddr *)&sin, &len);
    *port = ntohs(sin.sin_port);
    return fd;
}

/* Exchange a few bytes both ways over the connected peer @fd. */
static void check_exchange(FakeFe *fe, int fd)
{
    char buf[16];

    g_assert_cmpint(write(fd, "ping", 4), ==, 4);
    WAIT_FOR(fe->got->len == 4);
    g_assert_cmpmem(fe->got->data, 4, "ping", 4);
    qemu_chr_fe_write_all(&fe->be, (const uint8_t *)"pong", 4);
    g_assert_cmpint(read(fd, buf, sizeof(buf)), ==, 4);
    g_assert_cmpmem(buf, 4, "pong", 4);
    g_byte_array_set_size(fe->got, 0);
}

static void test_socket_unix_server(void)
{
    g_autofree char *path = tmp_path("server.sock");
    Chardev *chr = chr_new("socket,id=s,path=%s,server=on,wait=off", path);
    FakeFe fe;
    int fd;

    fake_attach(&fe, chr);
    g_assert_cmpint(fe.opened, ==, 0);
    /* Nobody connected: output is dropped. */
    g_assert_cmpint(qemu_chr_fe_write(&fe.be, (const uint8_t *)"x", 1),
                    ==, 1);
    fd = unix_connect(path);
    WAIT_FOR(fe.opened == 1);
    check_exchange(&fe, fd);
    close(fd);
    WAIT_FOR(fe.closed == 1);
    /* The server takes the next client. */
    fd = unix_connect(path);
    WAIT_FOR(fe.opened == 2);
    check_exchange(&fe, fd);
    fake_detach(&fe, true);
    close(fd);
}

/* A front end that cannot read holds the input back in the socket. */
static void test_socket_backpressure(void)
{
    g_autofree char *path = tmp_path("bp.sock");
    Chardev *chr = chr_new("socket,id=s,path=%s,server=on,wait=off", path);
    FakeFe fe;
    int fd, i;

    fake_attach(&fe, chr);
    fd = unix_connect(path);
    WAIT_FOR(fe.opened == 1);
    fe.can_read = 2;
    g_assert_cmpint(write(fd, "abcdef", 6), ==, 6);
    WAIT_FOR(fe.got->len == 2);
    fe.can_read = 0;
    g_byte_array_set_size(fe.got, 0);
    for (i = 0; i < 20; i++) {
        g_main_context_iteration(NULL, FALSE);
    }
    g_assert_cmpuint(fe.got->len, <=, 2);
    fe.can_read = 100;
    qemu_chr_fe_accept_input(&fe.be);
    WAIT_FOR(fe.got->len >= 4);
    fake_detach(&fe, true);
    close(fd);
}

/* Output to a peer that does not read is buffered, never blocking. */
static void test_socket_slow_reader(void)
{
    g_autofree char *path = tmp_path("slow.sock");
    Chardev *chr = chr_new("socket,id=s,path=%s,server=on,wait=off", path);
    static uint8_t chunk[4096];
    const size_t total = 256 * 4096;
    size_t got = 0;
    char buf[65536];
    FakeFe fe;
    ssize_t n;
    int fd, i;

    fake_attach(&fe, chr);
    fd = unix_connect(path);
    WAIT_FOR(fe.opened == 1);
    for (i = 0; i < 256; i++) {
        g_assert_cmpint(qemu_chr_fe_write(&fe.be, chunk, sizeof(chunk)),
                        ==, sizeof(chunk));
    }
    g_assert_cmpuint(chr->outbuf->len, >, 0);
    fcntl(fd, F_SETFL, O_NONBLOCK);
    while (got < total) {
        g_main_context_iteration(NULL, FALSE);
        n = read(fd, buf, sizeof(buf));
        if (n > 0) {
            got += n;
        }
    }
    g_assert_cmpuint(got, ==, total);
    g_assert_cmpuint(chr->outbuf->len, ==, 0);
    fake_detach(&fe, true);
    close(fd);
}

static gboolean watch_fired(void *unused, GIOCondition cond, void *opaque)
{
    *(int *)opaque += 1;
    return G_SOURCE_REMOVE;
}

/*
 * A peer that stops reading: once the bounded buffer is full a write
 * fails with EAGAIN (nothing silently dropped), and a watch says when
 * output can go again.  Without a peer nothing waits.
 */
static void test_socket_write_watch(void)
{
    g_autofree char *path = tmp_path("watch.sock");
    Chardev *chr = chr_new("socket,id=s,path=%s,server=on,wait=off", path);
    static uint8_t chunk[4096];
    char buf[65536];
    size_t taken = 0;
    int fired = 0;
    FakeFe fe;
    int fd, n;

    fake_attach(&fe, chr);
    g_assert_cmpuint(qemu_chr_fe_add_watch(&fe.be, G_IO_OUT, watch_fired,
                                           &fired), ==, 0);
    fd = unix_connect(path);
    WAIT_FOR(fe.opened == 1);
    while ((n = qemu_chr_fe_write(&fe.be, chunk, sizeof(chunk))) > 0) {
        taken += n;
        g_assert_cmpuint(taken, <, 64 * MiB);
    }
    g_assert_cmpint(n, ==, -1);
    g_assert_cmpint(errno, ==, EAGAIN);
    g_assert_cmpuint(chr->outbuf->len, <=, 1 * MiB);
    g_assert_cmpuint(qemu_chr_fe_add_watch(&fe.be, G_IO_OUT, watch_fired,
                                           &fired), !=, 0);
    fcntl(fd, F_SETFL, O_NONBLOCK);
    while (!fired) {
        if (read(fd, buf, sizeof(buf)) < 0) {
            g_assert_cmpint(errno, ==, EAGAIN);
        }
        g_main_context_iteration(NULL, FALSE);
    }
    g_assert_cmpint(qemu_chr_fe_write(&fe.be, chunk, 1), ==, 1);
    fake_detach(&fe, true);
    close(fd);
}

static void test_socket_tcp_client(void)
{
    int port;
    int lfd = tcp_listen(&port);
    Chardev *chr = chr_new("socket,id=c,host=127.0.0.1,port=%d,nodelay=on",
                           port);
    FakeFe fe;
    int fd = accept(lfd, NULL, NULL);

    fake_attach(&fe, chr);
    g_assert_cmpint(fe.opened, ==, 1);
    check_exchange(&fe, fd);
    close(fd);
    WAIT_FOR(fe.closed == 1);
    fake_detach(&fe, true);
    close(lfd);
}

static void test_socket_tcp_server(void)
{
    struct sockaddr_in sin = { .sin_family = AF_INET };
    g_autofree char *again = NULL;
    int port;
    int lfd = tcp_listen(&port);
    Chardev *chr;
    FakeFe fe;
    int fd;

    close(lfd);
    chr = chr_new("socket,id=t,host=127.0.0.1,port=%d,server=on,wait=off",
                  port);
    again = g_strdup_printf("socket,id=t2,host=127.0.0.1,port=%d,"
                            "server=on,wait=off", port);
    chr_new_err(again,
                "Failed to find an available port: Address already in use");
    fake_attach(&fe, chr);
    fd = socket(AF_INET, SOCK_STREAM, 0);
    sin.sin_port = htons(port);
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    g_assert_cmpint(connect(fd, (struct sockaddr *)&sin, sizeof(sin)),
                    ==, 0);
    WAIT_FOR(fe.opened == 1);
    check_exchange(&fe, fd);
    fake_detach(&fe, true);
    close(fd);
}

static void test_socket_reconnect(void)
{
    g_autofree char *path = tmp_path("later.sock");
    struct sockaddr_un un = { .sun_family = AF_UNIX };
    Chardev *chr;
    FakeFe fe;
    int lfd, fd;

    chr = chr_new("socket,id=r,path=%s,reconnect=1", path);
    fake_attach(&fe, chr);
    g_assert_cmpint(fe.opened, ==, 0);
    lfd = socket(AF_UNIX, SOCK_STREAM, 0);
    g_strlcpy(un.sun_path, path, sizeof(un.sun_path));
    g_assert_cmpint(bind(lfd, (struct sockaddr *)&un, sizeof(un)), ==, 0);
    listen(lfd, 1);
    WAIT_FOR(fe.opened == 1);
    fd = accept(lfd, NULL, NULL);
    check_exchange(&fe, fd);
    fake_detach(&fe, true);
    close(fd);
    close(lfd);
}

static void test_socket_errors(void)
{
    chr_new_err("socket,id=s,path=/nonexistent/s,server=on,wait=off",
                "Failed to bind socket to /nonexistent/s: "
                "No such file or directory");
    chr_new_err("socket,id=s,path=/nonexistent/s",
                "Failed to connect to '/nonexistent/s': "
                "No such file or directory");
    chr_new_err("socket,id=s", "Unable to parse FD number ");
    chr_new_err("socket,id=s,path=/tmp/a,host=x",
                "None or one of 'path', 'fd' or 'host' option required.");
    chr_new_err("socket,id=s,host=127.0.0.1",
                "chardev: socket: no port given");
    chr_new_err("socket,id=s,path=/tmp/x.sock,server=on,reconnect=1",
                "'reconnect' option is incompatible with socket in server "
                "listen mode");
    chr_new_err("socket,id=s,host=nosuchhost.invalid,port=1",
                "address resolution failed for nosuchhost.invalid:1: "
                "Name or service not known");
}

static void test_pty(void)
{
    Chardev *chr = chr_new("pty,id=p");
    char name[64];
    struct termios tty;
    FakeFe fe;
    int fd;

    fake_attach(&fe, chr);
    g_assert_cmpint(ptsname_r(chr->fd_in, name, sizeof(name)), ==, 0);
    fd = open(name, O_RDWR | O_NOCTTY);
    g_assert_cmpint(fd, >=, 0);
    tcgetattr(fd, &tty);
    g_assert_false(tty.c_lflag & ICANON);   /* raw */
    check_exchange(&fe, fd);
    close(fd);
    /* With the slave closed reads fail; the chardev keeps polling. */
    for (int i = 0; i < 20; i++) {
        g_main_context_iteration(NULL, FALSE);
    }
    fake_detach(&fe, true);
}

static gboolean never_fires(void *unused, GIOCondition cond, void *opaque)
{
    g_assert_not_reached();
}

/*
 * With no program on the pty's slave, output is discarded once the
 * buffers are full: nothing would ever read it, so nobody may wait.
 * With the slave open, a full buffer refuses writes and a watch waits.
 */
static void test_pty_nobody(void)
{
    Chardev *chr = chr_new("pty,id=p");
    static uint8_t chunk[4096];
    char name[64];
    FakeFe fe;
    int fd, i, n;

    fake_attach(&fe, chr);
    for (i = 0; i < 1024; i++) {
        g_assert_cmpint(qemu_chr_fe_write_all(&fe.be, chunk, sizeof(chunk)),
                        ==, sizeof(chunk));
    }
    g_assert_cmpuint(qemu_chr_fe_add_watch(&fe.be, G_IO_OUT, never_fires,
                                           NULL), ==, 0);
    g_assert_cmpint(ptsname_r(chr->fd_in, name, sizeof(name)), ==, 0);
    fd = open(name, O_RDWR | O_NOCTTY);
    g_assert_cmpint(fd, >=, 0);
    for (i = 0; i < 1024; i++) {
        n = qemu_chr_fe_write(&fe.be, chunk, sizeof(chunk));
        if (n < 0) {
            break;
        }
    }
    g_assert_cmpint(n, ==, -1);
    g_assert_cmpint(errno, ==, EAGAIN);
    i = qemu_chr_fe_add_watch(&fe.be, G_IO_OUT, never_fires, NULL);
    g_assert_cmpint(i, !=, 0);
    g_source_remove(i);
    close(fd);
    fake_detach(&fe, true);
}

static void test_pipe(void)
{
    g_autofree char *base = tmp_path("pipe");
    g_autofree char *in = g_strdup_printf("%s.in", base);
    g_autofree char *out = g_strdup_printf("%s.out", base);
    Chardev *chr;
    char buf[8];
    FakeFe fe;
    int fd_in, fd_out;

    g_assert_cmpint(mkfifo(in, 0600), ==, 0);
    g_assert_cmpint(mkfifo(out, 0600), ==, 0);
    chr = chr_new("pipe,id=p,path=%s", base);
    fake_attach(&fe, chr);
    fd_in = open(in, O_WRONLY);
    fd_out = open(out, O_RDONLY);
    g_assert_cmpint(write(fd_in, "in", 2), ==, 2);
    WAIT_FOR(fe.got->len == 2);
    g_assert_cmpmem(fe.got->data, 2, "in", 2);
    qemu_chr_fe_write_all(&fe.be, (const uint8_t *)"out", 3);
    g_assert_cmpint(read(fd_out, buf, sizeof(buf)), ==, 3);
    g_assert_cmpmem(buf, 3, "out", 3);
    fake_detach(&fe, true);
    close(fd_in);
    close(fd_out);
}

static void test_pipe_single(void)
{
    g_autofree char *path = tmp_path("single");
    g_autofree char *text = NULL;
    Chardev *chr;
    FakeFe fe;

    g_file_set_contents(path, "", 0, NULL);
    chr = chr_new("pipe,id=p,path=%s", path);
    fake_attach(&fe, chr);
    qemu_chr_fe_write_all(&fe.be, (const uint8_t *)"one", 3);
    fake_detach(&fe, true);
    text = read_file(path);
    g_assert_cmpstr(text, ==, "one");
}

static void test_pipe_errors(void)
{
    chr_new_err("pipe,id=p", "chardev: pipe: no device path given");
    chr_new_err("pipe,id=p,path=/nonexistent/p",
                "Could not open '/nonexistent/p': No such file or directory");
}

static void test_udp(void)
{
    struct sockaddr_in sin = { .sin_family = AF_INET };
    socklen_t len = sizeof(sin);
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    Chardev *chr;
    char buf[16];
    FakeFe fe;
    ssize_t n;

    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    g_assert_cmpint(bind(fd, (struct sockaddr *)&sin, sizeof(sin)), ==, 0);
    getsockname(fd, (struct sockaddr *)&sin, &len);
    chr = chr_new("udp,id=u,host=127.0.0.1,port=%d,localaddr=127.0.0.1",
                  ntohs(sin.sin_port));
    fake_attach(&fe, chr);
    qemu_chr_fe_write_all(&fe.be, (const uint8_t *)"dgram", 5);
    n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&sin, &len);
    g_assert_cmpint(n, ==, 5);
    g_assert_cmpint(sendto(fd, "back", 4, 0, (struct sockaddr *)&sin, len),
                    ==, 4);
    WAIT_FOR(fe.got->len == 4);
    g_assert_cmpmem(fe.got->data, 4, "back", 4);
    fake_detach(&fe, true);
    close(fd);
}

static void test_udp_errors(void)
{
    chr_new_err("udp,id=u", "chardev: udp: remote port not specified");
    chr_new_err("udp,id=u,host=nosuch.invalid,port=1234",
                "address resolution failed for nosuch.invalid:1234: "
                "Name or service not known");
    chr_new_err("udp,id=u,port=1234,localport=x",
                "address resolution failed for (null):x: "
                "Servname not supported for ai_socktype");
}

/* stdio on a terminal: raw while the chardev lives, restored after. */
static void test_stdio(void)
{
    struct termios tty;
    Chardev *chr;
    char name[64];
    int master, slave;

    if (!g_test_subprocess()) {
        g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
        g_test_trap_assert_passed();
        return;
    }
    master = posix_openpt(O_RDWR | O_NOCTTY);
    grantpt(master);
    unlockpt(master);
    ptsname_r(master, name, sizeof(name));
    slave = open(name, O_RDWR | O_NOCTTY);
    dup2(slave, 0);
    chr = chr_new("stdio,id=s,signal=off");
    chr_new_err("stdio,id=s2",
                "cannot use stdio by multiple character devices");
    tcgetattr(0, &tty);
    g_assert_false(tty.c_lflag & (ICANON | ECHO | ISIG));
    g_assert_true(fcntl(0, F_GETFL) & O_NONBLOCK);
    qemu_chr_delete(chr);
    tcgetattr(0, &tty);
    g_assert_true(tty.c_lflag & ICANON);
    g_assert_false(fcntl(0, F_GETFL) & O_NONBLOCK);
    chr = chr_new("stdio,id=s");
    tcgetattr(0, &tty);
    g_assert_true(tty.c_lflag & ISIG);
    qemu_chr_delete(chr);
}

/* The terminal comes back as it was when the process exits. */
static void test_stdio_exit(void)
{
    struct termios tty;
    char name[64];
    int master, slave;

    master = posix_openpt(O_RDWR | O_NOCTTY);
    grantpt(master);
    unlockpt(master);
    ptsname_r(master, name, sizeof(name));
    slave = open(name, O_RDWR | O_NOCTTY);
    if (fork() == 0) {
        dup2(slave, 0);
        chr_new("stdio,id=s");
        exit(0);
    }
    wait(NULL);
    tcgetattr(slave, &tty);
    g_assert_true(tty.c_lflag & ICANON);
    close(slave);
    close(master);
}

int main(int argc, char **argv)
{
    g_autofree char *cmd = NULL;
    int ret;

    g_test_init(&argc, &argv, NULL);
    qemu_add_vl_opts();
    module_call_init(MODULE_INIT_QOM);
    /* Subprocesses (g_test_trap_subprocess) share the parent's folder. */
    if (g_getenv("TEST_CHAR_TMPDIR")) {
        tmp_dir = g_strdup(g_getenv("TEST_CHAR_TMPDIR"));
    } else {
        tmp_dir = g_dir_make_tmp("test-char-XXXXXX", NULL);
        g_setenv("TEST_CHAR_TMPDIR", tmp_dir, TRUE);
        cmd = g_strdup_printf("rm -rf '%s'", tmp_dir);
    }
    g_test_add_func("/chardev/errors", test_errors);
    g_test_add_func("/chardev/duplicate", test_duplicate);
    g_test_add_func("/chardev/null", test_null);
    g_test_add_func("/chardev/in-use", test_in_use);
    g_test_add_func("/chardev/fe-unattached", test_fe_unattached);
    g_test_add_func("/chardev/file", test_file);
    g_test_add_func("/chardev/file-append", test_file_append);
    g_test_add_func("/chardev/ringbuf", test_ringbuf);
    g_test_add_func("/chardev/ringbuf-memory", test_ringbuf_memory_alias);
    g_test_add_func("/chardev/mux", test_mux);
    g_test_add_func("/chardev/mux-queue", test_mux_queue);
    g_test_add_func("/chardev/mux-timestamps", test_mux_timestamps);
    g_test_add_func("/chardev/mux-too-many", test_mux_too_many);
    g_test_add_func("/chardev/mux-exit", test_mux_exit);
    g_test_add_func("/chardev/short-syntax", test_short_syntax);
    g_test_add_func("/chardev/socket/unix-server", test_socket_unix_server);
    g_test_add_func("/chardev/socket/backpressure", test_socket_backpressure);
    g_test_add_func("/chardev/socket/slow-reader", test_socket_slow_reader);
    g_test_add_func("/chardev/socket/write-watch", test_socket_write_watch);
    g_test_add_func("/chardev/socket/tcp-client", test_socket_tcp_client);
    g_test_add_func("/chardev/socket/tcp-server", test_socket_tcp_server);
    g_test_add_func("/chardev/socket/reconnect", test_socket_reconnect);
    g_test_add_func("/chardev/socket/errors", test_socket_errors);
    g_test_add_func("/chardev/pty", test_pty);
    g_test_add_func("/chardev/pty-nobody", test_pty_nobody);
    g_test_add_func("/chardev/pipe/in-out", test_pipe);
    g_test_add_func("/chardev/pipe/single", test_pipe_single);
    g_test_add_func("/chardev/pipe/errors", test_pipe_errors);
    g_test_add_func("/chardev/udp/exchange", test_udp);
    g_test_add_func("/chardev/udp/errors", test_udp_errors);
    g_test_add_func("/chardev/stdio/raw", test_stdio);
    g_test_add_func("/chardev/stdio/exit", test_stdio_exit);
    ret = g_test_run();
    if (cmd) {
        (void)!system(cmd);
    }
    g_free(tmp_dir);
    return ret;
}
