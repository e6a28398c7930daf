/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the 16550A UART (hw/char/serial.c) through its register
 * interface: reset values as QEMU's, divisor latch, scratch, transmit to
 * a ringbuf chardev with THR-empty interrupts, receive FIFO with trigger
 * level, backpressure and overrun, loopback, IIR priorities, and output
 * held in the transmitter while a socket's reader is stopped.
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include "qapi/error.h"
#include "chardev/char.h"
#include "chardev/char-ringbuf.h"
#include "qemu/main-loop.h"
#include "hw/char/serial.h"
#include "hw/qdev-properties.h"
#include "sysemu/vl-opts.h"
#include "qemu/config-file.h"

static int irq_level;

static void irq_handler(void *opaque, int n, int level)
{
    irq_level = level;
}

static SerialState *new_uart(Chardev *chr)
{
    SerialState *s = SERIAL(object_new(TYPE_SERIAL));

    s->irq = qemu_allocate_irq(irq_handler, NULL, 0);
    qdev_prop_set_uint32(DEVICE(s), "baudbase", 399193);
    qdev_prop_set_chr(DEVICE(s), "chardev", chr);
    qdev_realize(DEVICE(s), NULL, &error_abort);
    return s;
}

static void free_uart(SerialState *s)
{
    qemu_irq irq = s->irq;

    object_unref(OBJECT(s));
    qemu_free_irq(irq);
}

static uint8_t rd(SerialState *s, int reg)
{
    return serial_ioport_read(s, reg, 1);
}

static void wr(SerialState *s, int reg, uint8_t v)
{
    serial_ioport_write(s, reg, v, 1);
}

static void test_reset_values(void)
{
    SerialState *s = new_uart(NULL);

    /* what QEMU's virt UART reads after reset */
    g_assert_cmphex(rd(s, 5), ==, 0x60);    /* LSR: THRE | TEMT */
    g_assert_cmphex(rd(s, 2), ==, 0x01);    /* IIR: none pending */
    g_assert_cmphex(rd(s, 6), ==, 0xb0);    /* MSR: DCD DSR CTS */
    g_assert_cmphex(rd(s, 4), ==, 0x08);    /* MCR: OUT2 */
    wr(s, 7, 0x5a);
    g_assert_cmphex(rd(s, 7), ==, 0x5a);
    /* divisor latch behind DLAB */
    wr(s, 3, 0x80);
    wr(s, 0, 0x34);
    wr(s, 1, 0x12);
    g_assert_cmphex(rd(s, 0), ==, 0x34);
    g_assert_cmphex(rd(s, 1), ==, 0x12);
    wr(s, 3, 0x03);
    g_assert_cmphex(rd(s, 1), ==, 0x00);    /* IER again */
    g_assert_cmphex(s->divider, ==, 0x1234);
    free_uart(s);
}

static void test_transmit(void)
{
    QemuOpts *opts = qemu_opts_parse(qemu_find_opts("chardev"),
                                     "ringbuf,id=tx", true, &error_abort);
    Chardev *chr = qemu_chr_new_from_opts(opts, &error_abort);
    SerialState *s = new_uart(chr);
    char out[8] = "";

    wr(s, 1, 0x02);                         /* THRI */
    g_assert_cmpint(irq_level, ==, 1);      /* THR empty at once */
    g_assert_cmphex(rd(s, 2) & 0x0f, ==, 0x02);
    g_assert_cmpint(irq_level, ==, 0);      /* reading IIR acknowledged */
    wr(s, 0, 'h');
    wr(s, 0, 'i');
    g_assert_cmpint(irq_level, ==, 1);
    g_assert_cmpuint(ringbuf_chr_read(chr, (uint8_t *)out, 7), ==, 2);
    g_assert_cmpstr(out, ==, "hi");
    g_assert_cmphex(rd(s, 5) & 0x60, ==, 0x60);
    free_uart(s);
    qemu_chr_delete(chr);
}

static void test_receive_fifo(void)
{
    SerialState *s = new_uart(NULL);
    uint8_t buf[20];
    int i;

    for (i = 0; i < 20; i++) {
        buf[i] = 'a' + i;
    }
    /* FIFOs off: one byte at a time */
    g_assert_cmpint(serial_can_receive(s), ==, 1);
    serial_receive(s, buf, 1);
    g_assert_cmpint(serial_can_receive(s), ==, 0);
    g_assert_cmphex(rd(s, 5) & 1, ==, 1);
    g_assert_cmphex(rd(s, 0), ==, 'a');
    g_assert_cmphex(rd(s, 5) & 1, ==, 0);

    /* FIFOs on, trigger level 4 */
    wr(s, 2, 0x41);
    wr(s, 1, 0x01);                         /* RDI */
    g_assert_cmpint(serial_can_receive(s), ==, 16);
    serial_receive(s, buf, 3);
    g_assert_cmpint(irq_level, ==, 0);      /* below the trigger */
    serial_receive(s, buf + 3, 1);
    g_assert_cmpint(irq_level, ==, 1);
    g_assert_cmphex(rd(s, 2), ==, 0xc4);    /* FIFOs on, RDI */
    serial_receive(s, buf + 4, serial_can_receive(s));
    g_assert_cmpint(serial_can_receive(s), ==, 0);   /* backpressure */
    for (i = 0; i < 16; i++) {
        g_assert_cmphex(rd(s, 0), ==, 'a' + i);
    }
    g_assert_cmpint(irq_level, ==, 0);
    g_assert_cmphex(rd(s, 5) & 1, ==, 0);

    /* a sender ignoring can_receive overruns, and LSR reports it once */
    serial_receive(s, buf, 17);
    g_assert_cmphex(rd(s, 5) & 0x02, ==, 0x02);
    g_assert_cmphex(rd(s, 5) & 0x02, ==, 0);
    free_uart(s);
}

static void test_loopback(void)
{
    SerialState *s = new_uart(NULL);

    wr(s, 4, 0x10 | 0x03);                  /* LOOP, RTS, DTR */
    g_assert_cmphex(rd(s, 6) & 0xf0, ==, 0x30);     /* CTS, DSR */
    wr(s, 0, 'x');
    g_assert_cmphex(rd(s, 5) & 1, ==, 1);
    g_assert_cmphex(rd(s, 0), ==, 'x');
    g_assert_cmpint(serial_can_receive(s), ==, 0);  /* input held off */
    free_uart(s);
}

/* The byte at @i of the stream test_slow_reader sends. */
static uint8_t pattern(size_t i)
{
    return i * 7 + i / 251;
}

/*
 * A socket peer that stops reading: once the chardev's bounded buffer is
 * full the UART keeps the bytes (THRE and TEMT clear, no interrupt);
 * when the peer reads again they all arrive, in order, and THRE
 * interrupts.
 */
static void test_slow_reader(void)
{
    g_autofree char *dir = g_dir_make_tmp("serial-XXXXXX", NULL);
    g_autofree char *path = g_build_filename(dir, "s.sock", NULL);
    g_autofree char *spec =
        g_strdup_printf("socket,id=sk,path=%s,server=on,wait=off", path);
    QemuOpts *opts = qemu_opts_parse(qemu_find_opts("chardev"), spec, true,
                                     &error_abort);
    Chardev *chr = qemu_chr_new_from_opts(opts, &error_abort);
    struct sockaddr_un sa = { .sun_family = AF_UNIX };
    SerialState *s = new_uart(chr);
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    size_t sent = 0, got = 0, i;
    uint8_t buf[65536];
    ssize_t n;

    g_strlcpy(sa.sun_path, path, sizeof(sa.sun_path));
    g_assert_cmpint(connect(fd, (struct sockaddr *)&sa, sizeof(sa)), ==, 0);
    while (!s->chr.chr->be_open) {
        g_main_context_iteration(NULL, TRUE);
    }
    wr(s, 2, 0x01);                         /* FIFOs on */
    wr(s, 1, 0x02);                         /* THRI */
    while (rd(s, 5) & 0x20) {
        for (i = 0; i < 16; i++) {
            wr(s, 0, pattern(sent++));
        }
        g_assert_cmpuint(sent, <, 64 * MiB);
    }
    g_assert_cmpuint(sent, >=, 1 * MiB);
    g_assert_cmphex(rd(s, 5) & 0x60, ==, 0);
    g_assert_cmpint(irq_level, ==, 0);
    fcntl(fd, F_SETFL, O_NONBLOCK);
    while (got < sent) {
        g_main_context_iteration(NULL, FALSE);
        n = read(fd, buf, sizeof(buf));
        for (i = 0; n > 0 && i < (size_t)n; i++) {
            g_assert_cmphex(buf[i], ==, pattern(got + i));
        }
        got += MAX(n, 0);
    }
    g_assert_cmpuint(got, ==, sent);
    g_assert_cmphex(rd(s, 5) & 0x60, ==, 0x60);
    g_assert_cmpint(irq_level, ==, 1);
    free_uart(s);
    qemu_chr_delete(chr);
    close(fd);
    unlink(path);
    rmdir(dir);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    qemu_add_vl_opts();
    module_call_init(MODULE_INIT_QOM);
    qemu_init_main_loop(&error_abort);
    g_test_add_func("/serial/reset-values", test_reset_values);
    g_test_add_func("/serial/transmit", test_transmit);
    g_test_add_func("/serial/receive-fifo", test_receive_fifo);
    g_test_add_func("/serial/loopback", test_loopback);
    g_test_add_func("/serial/slow-reader", test_slow_reader);
    return g_test_run();
}
