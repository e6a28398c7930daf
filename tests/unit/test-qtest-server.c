/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-qtest-server.c: the -qtest server in process, over a unix
 * socket chardev: interrupt lines of a device intercepted in both
 * directions and reported as "IRQ raise/lower N", once per change, and
 * the one-device rule.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/module.h"
#include "hw/irq.h"
#include "hw/qdev-core.h"
#include "qom/object.h"
#include "sysemu/arch_init.h"
#include "sysemu/qtest.h"
#include "sysemu/vl-opts.h"
#include "chardev/char.h"
#include "socket-helpers.h"

const uint32_t arch_type = QEMU_ARCH_RISCV;
const char target_name[] = "riscv64";

static int device_level[2];

static void device_irq_in(void *opaque, int n, int level)
{
    device_level[n] = level;
}

static void expect(int fd, const char *cmd, const char *reply)
{
    g_autofree char *got = NULL;

    if (cmd) {
        g_assert_cmpint(write(fd, cmd, strlen(cmd)), ==, (ssize_t)strlen(cmd));
    }
    got = unix_read_until(fd, reply);
    g_assert_cmpstr(got, ==, reply);
}

#define TYPE_GPIO_DEV "test-gpio-dev"

static const TypeInfo gpio_dev_info = {
    .name = TYPE_GPIO_DEV,
    .parent = TYPE_DEVICE,
    .instance_size = sizeof(DeviceState),
};

/* A device with two input and two output lines, at /@name. */
static DeviceState *new_device(const char *name, qemu_irq *out)
{
    DeviceState *dev = DEVICE(object_new(TYPE_GPIO_DEV));

    qdev_init_gpio_in(dev, device_irq_in, 2);
    qdev_init_gpio_out(dev, out, 2);
    object_property_add_child(object_get_root(), name, OBJECT(dev));
    return dev;
}

static int start_server(const char *dir, int round)
{
    g_autofree char *path = g_strdup_printf("%s/q%d.sock", dir, round);
    g_autofree char *spec = g_strdup_printf("unix:%s,server=on,wait=off",
                                            path);
    g_assert_true(qtest_server_init(spec, "none", &error_abort));
    return unix_connect(path);
}

static void stop_server(int fd)
{
    close(fd);
    qtest_server_cleanup();
    qemu_chr_delete(qemu_chr_find("qtest"));
}

static void test_intercept(void)
{
    g_autofree char *dir = g_dir_make_tmp("test-qtest-XXXXXX", NULL);
    static qemu_irq out_a[2], out_b[2], out_c[2];
    DeviceState *a = new_device("a", out_a);
    DeviceState *c = new_device("c", out_c);
    int fd;

    new_device("b", out_b);
    /* Outputs: the device's lines now report to the test. */
    fd = start_server(dir, 0);
    expect(fd, "irq_intercept_out /a\n", "OK\n");
    expect(fd, "irq_intercept_out /a\n", "OK\n");
    expect(fd, "irq_intercept_in /b\n", "FAIL IRQ intercept already "
           "enabled\n");
    qemu_set_irq(out_a[1], 1);
    qemu_set_irq(out_a[1], 1);          /* no change: no line */
    qemu_set_irq(out_a[0], 1);
    qemu_set_irq(out_a[1], 0);
    expect(fd, NULL, "IRQ raise 1\nIRQ raise 0\nIRQ lower 1\n");
    stop_server(fd);

    /* Inputs: whoever drives them now reaches the test, not the device. */
    fd = start_server(dir, 1);
    expect(fd, "irq_intercept_in /c\n", "OK\n");
    qemu_set_irq(qdev_get_gpio_in(c, 1), 1);
    expect(fd, NULL, "IRQ raise 1\n");
    g_assert_cmpint(device_level[1], ==, 0);
    expect(fd, "irq_intercept_in /nope\n", "FAIL Unknown device\n");
    stop_server(fd);
    g_assert_true(a != NULL);
    rmdir(dir);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    qemu_add_vl_opts();
    module_call_init(MODULE_INIT_QOM);
    type_register_static(&gpio_dev_info);
    g_test_add_func("/qtest-server/irq-intercept", test_intercept);
    return g_test_run();
}
