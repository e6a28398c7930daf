/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-qtest.c: the -qtest protocol through libqtest: guest RAM reads
 * and writes of every width, buffers in hex and base64, memset, the
 * virtual clock of the qtest accelerator, error replies, and QMP on the
 * side.  Machine "none" with -m maps its RAM at address 0.
 */
#include "qemu/osdep.h"
#include "libqtest.h"

#define RAM_SIZE (16 * 1024 * 1024)

static QTestState *qts;

static void test_widths(void)
{
    qtest_writeq(qts, 0x100, 0x0807060504030201ULL);
    g_assert_cmphex(qtest_readb(qts, 0x100), ==, 0x01);
    g_assert_cmphex(qtest_readw(qts, 0x101), ==, 0x0302);
    g_assert_cmphex(qtest_readl(qts, 0x104), ==, 0x08070605);
    g_assert_cmphex(qtest_readq(qts, 0x100), ==, 0x0807060504030201ULL);
    qtest_writeb(qts, 0x200, 0xab);
    qtest_writew(qts, 0x202, 0xcdef);
    qtest_writel(qts, 0x204, 0x12345678);
    g_assert_cmphex(qtest_readq(qts, 0x200), ==, 0x12345678cdef00abULL);
    /* The last bytes of RAM, and the hole after it (zeroes, dropped). */
    qtest_writel(qts, RAM_SIZE - 4, 0xdeadbeef);
    g_assert_cmphex(qtest_readl(qts, RAM_SIZE - 4), ==, 0xdeadbeef);
    qtest_writel(qts, RAM_SIZE, 0xffffffff);
    g_assert_cmphex(qtest_readl(qts, RAM_SIZE), ==, 0);
}

static void test_buffers(void)
{
    uint8_t out[300], in[300];
    g_autofree char *reply = NULL;
    size_t i;

    for (i = 0; i < sizeof(out); i++) {
        out[i] = i * 7;
    }
    qtest_memwrite(qts, 0x1000, out, sizeof(out));
    qtest_memread(qts, 0x1000, in, sizeof(in));
    g_assert_cmpmem(in, sizeof(in), out, sizeof(out));
    qtest_memset(qts, 0x1001, 0x5a, 3);
    g_assert_cmphex(qtest_readl(qts, 0x1000), ==, 0x5a5a5a00);
    reply = qtest_command(qts, "b64read 0x1000 4");
    g_assert_cmpstr(reply, ==, "OK AFpaWg==");
    g_free(reply);
    reply = qtest_command(qts, "b64write 0x1000 4 AQIDBA==");
    g_assert_cmpstr(reply, ==, "OK");
    g_assert_cmphex(qtest_readl(qts, 0x1000), ==, 0x04030201);
    g_free(reply);
    /* Missing bytes of "write" are zero. */
    reply = qtest_command(qts, "write 0x1000 4 0xaabb");
    g_assert_cmpstr(reply, ==, "OK");
    g_assert_cmphex(qtest_readl(qts, 0x1000), ==, 0x0000bbaa);
}

static void test_clock(void)
{
    int64_t t0 = qtest_clock_step(qts, 0);

    g_assert_cmpint(qtest_clock_step(qts, 1000), ==, t0 + 1000);
    g_assert_cmpint(qtest_clock_set(qts, t0 + 5000), ==, t0 + 5000);
    /* The clock never goes back. */
    g_assert_cmpint(qtest_clock_set(qts, t0), ==, t0 + 5000);
}

static void test_errors(void)
{
    static const struct {
        const char *cmd;
        const char *reply;
    } cases[] = {
        { "bogus 1", "FAIL Unknown command 'bogus'" },
        { "readb", "FAIL invalid arguments to 'readb'" },
        { "readl zz", "FAIL invalid arguments to 'readl'" },
        { "writeb 0x0", "FAIL invalid arguments to 'writeb'" },
        { "read 0x0 0x7fffffffffff", "FAIL size too large" },
        { "write 0x0 2 0xzz", "FAIL invalid hex data '0xzz'" },
        { "write 0x0 2", "FAIL invalid arguments to 'write'" },
        { "memset 0x0 2", "FAIL invalid arguments to 'memset'" },
        { "clock_set", "FAIL invalid arguments to 'clock_set'" },
        { "irq_intercept_in /machine/nope", "FAIL Unknown device" },
        { "irq_intercept_out /machine", "FAIL Unknown device" },
        { "endianness", "OK little" },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *reply = qtest_command(qts, "%s", cases[i].cmd);

        g_assert_cmpstr(reply, ==, cases[i].reply);
    }
}

static void test_qmp_side(void)
{
    QDict *rsp = qtest_qmp(qts, "{\"execute\": \"query-status\"}");
    QDict *ret = qdict_get_qdict(rsp, "return");

    g_assert_nonnull(ret);
    g_assert_cmpstr(qdict_get_str(ret, "status"), ==, "running");
    qobject_unref(rsp);
}

int main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/qtest/memory/widths", test_widths);
    g_test_add_func("/qtest/memory/buffers", test_buffers);
    g_test_add_func("/qtest/clock", test_clock);
    g_test_add_func("/qtest/errors", test_errors);
    g_test_add_func("/qtest/qmp", test_qmp_side);
    qts = qtest_init("-M none -m 16M");
    ret = g_test_run();
    g_assert_cmpint(qtest_quit(qts), ==, 0);
    return ret;
}
