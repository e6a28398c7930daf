/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the device core: interrupt lines (hw/core/irq.c),
 * realize, reset and GPIO lines (hw/core/qdev.c), static properties
 * (hw/core/qdev-properties.c), system-bus devices (hw/core/sysbus.c)
 * and the system reset handlers (system/reset.c).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/module.h"
#include "hw/irq.h"
#include "hw/qdev-core.h"
#include "hw/qdev-properties.h"
#include "hw/sysbus.h"
#include "sysemu/reset.h"
#include "monitor/qdev.h"

#define TYPE_TEST_DEV "test-dev"
OBJECT_DECLARE_SIMPLE_TYPE(TestDevState, TEST_DEV)

struct TestDevState {
    DeviceState parent_obj;

    /* properties */
    bool flag;
    uint32_t u32;
    uint64_t u64;
    char *str;
    uint32_t flags;
    uint8_t u8;
    /* what the hooks saw */
    int realizes;
    int unrealizes;
    int resets;
    int last_line;
    int last_level;
    qemu_irq out[2];
};

static void test_dev_realize(DeviceState *dev, Error **errp)
{
    TestDevState *s = TEST_DEV(dev);

    if (s->u32 == 13) {
        error_setg(errp, "test-dev: unlucky");
        return;
    }
    s->realizes++;
}

static void test_dev_unrealize(DeviceState *dev)
{
    TEST_DEV(dev)->unrealizes++;
}

static void test_dev_reset(DeviceState *dev)
{
    TEST_DEV(dev)->resets++;
}

static void test_dev_gpio_in(void *opaque, int n, int level)
{
    TestDevState *s = opaque;

    s->last_line = n;
    s->last_level = level;
}

static Property test_dev_props[] = {
    DEFINE_PROP_BOOL("flag", TestDevState, flag, true),
    DEFINE_PROP_UINT32("u32", TestDevState, u32, 7),
    DEFINE_PROP_UINT64("u64", TestDevState, u64, 0x100000000ULL),
    DEFINE_PROP_STRING("str", TestDevState, str),
    DEFINE_PROP_BIT("bit3", TestDevState, flags, 3, true),
    DEFINE_PROP_UINT8("u8", TestDevState, u8, 5),
    DEFINE_PROP_END_OF_LIST(),
};

static void test_dev_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->realize = test_dev_realize;
    dc->unrealize = test_dev_unrealize;
    dc->reset = test_dev_reset;
    device_class_set_props(dc, test_dev_props);
}

static const TypeInfo test_dev_info = {
    .name = TYPE_TEST_DEV,
    .parent = TYPE_DEVICE,
    .instance_size = sizeof(TestDevState),
    .class_init = test_dev_class_init,
};

static TestDevState *test_dev_new(void)
{
    return TEST_DEV(object_new(TYPE_TEST_DEV));
}

static void irq_handler(void *opaque, int n, int level)
{
    int *levels = opaque;

    levels[n] = level;
}

static void test_irq_lines(void)
{
    int levels[3] = { -1, -1, -1 };
    qemu_irq *irqs = qemu_allocate_irqs(irq_handler, levels, 3);

    qemu_irq_raise(irqs[2]);
    g_assert_cmpint(levels[2], ==, 1);
    g_assert_cmpint(levels[0], ==, -1);
    qemu_irq_lower(irqs[2]);
    g_assert_cmpint(levels[2], ==, 0);
    qemu_set_irq(irqs[0], 5);
    g_assert_cmpint(levels[0], ==, 5);
    qemu_irq_pulse(irqs[1]);
    g_assert_cmpint(levels[1], ==, 0);
    qemu_free_irqs(irqs, 3);
}

static void test_irq_null(void)
{
    qemu_irq irq = qemu_allocate_irq(irq_handler, NULL, 0);

    qemu_set_irq(NULL, 1);          /* nothing happens */
    qemu_free_irq(irq);
}

static void test_realize(void)
{
    TestDevState *s = test_dev_new();
    DeviceState *dev = DEVICE(s);

    g_assert_false(object_property_get_bool(OBJECT(s), "realized",
                                            &error_abort));
    g_assert_true(qdev_realize(dev, NULL, &error_abort));
    g_assert_true(dev->realized);
    g_assert_cmpint(s->realizes, ==, 1);
    g_assert_true(object_property_get_bool(OBJECT(s), "realized",
                                           &error_abort));
    object_ref(OBJECT(s));
    object_unref(OBJECT(s));
    g_assert_cmpint(s->unrealizes, ==, 0);
    object_property_set_bool(OBJECT(s), "realized", false, &error_abort);
    g_assert_cmpint(s->unrealizes, ==, 1);
    g_assert_false(dev->realized);
    object_unref(OBJECT(s));
}

static void test_realize_fails(void)
{
    TestDevState *s = test_dev_new();
    Error *err = NULL;

    qdev_prop_set_uint32(DEVICE(s), "u32", 13);
    g_assert_false(qdev_realize_and_unref(DEVICE(s), NULL, &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "test-dev: unlucky");
    error_free(err);
}

static void test_cold_reset(void)
{
    TestDevState *s = test_dev_new();

    device_cold_reset(DEVICE(s));
    device_cold_reset(DEVICE(s));
    g_assert_cmpint(s->resets, ==, 2);
    object_unref(OBJECT(s));
}

#define TYPE_TEST_BUS "Test-Bus"

static const TypeInfo test_bus_info = {
    .name = TYPE_TEST_BUS,
    .parent = TYPE_BUS,
    .instance_size = sizeof(BusState),
};

/*
 * Buses: named after the parent's id, else after their type with a
 * counter; a device realized on one is listed (newest first), reset
 * with the bus's parent, and leaves the list when it goes away.
 */
static void test_bus(void)
{
    TestDevState *parent = test_dev_new();
    TestDevState *anon = test_dev_new();
    TestDevState *a = test_dev_new(), *b = test_dev_new();
    BusState *bus1 = g_new0(BusState, 1), *bus2 = g_new0(BusState, 1);
    BusState *bus3 = g_new0(BusState, 1);

    DEVICE(parent)->id = g_strdup("par");
    qbus_init(bus1, sizeof(BusState), TYPE_TEST_BUS, DEVICE(parent), NULL);
    qbus_init(bus2, sizeof(BusState), TYPE_TEST_BUS, DEVICE(parent), NULL);
    qbus_init(bus3, sizeof(BusState), TYPE_TEST_BUS, DEVICE(anon), NULL);
    OBJECT(bus1)->free = OBJECT(bus2)->free = OBJECT(bus3)->free = g_free;
    g_assert_cmpstr(bus1->name, ==, "par.0");
    g_assert_cmpstr(bus2->name, ==, "par.1");
    g_assert_cmpstr(bus3->name, ==, "test-bus.0");
    g_assert_true(qdev_get_child_bus(DEVICE(parent), "par.1") == bus2);
    g_assert_null(qdev_get_child_bus(DEVICE(parent), "par.2"));
    g_assert_true(object_resolve_path_component(OBJECT(parent), "par.0") ==
                  OBJECT(bus1));

    g_assert_true(qdev_realize(DEVICE(a), bus1, &error_abort));
    g_assert_true(qdev_realize(DEVICE(b), bus1, &error_abort));
    g_assert_true(DEVICE(a)->parent_bus == bus1);
    g_assert_true(g_queue_peek_head(&bus1->children) == b);
    g_assert_true(g_queue_peek_tail(&bus1->children) == a);
    device_cold_reset(DEVICE(parent));
    g_assert_cmpint(parent->resets, ==, 1);
    g_assert_cmpint(a->resets, ==, 1);
    g_assert_cmpint(b->resets, ==, 1);
    object_unref(OBJECT(a));
    g_assert_cmpint(g_queue_get_length(&bus1->children), ==, 1);
    /* The bus goes first: b is no longer on it. */
    object_unref(OBJECT(parent));
    g_assert_null(DEVICE(b)->parent_bus);
    object_unref(OBJECT(b));
    object_unref(OBJECT(anon));
}

static void test_gpio(void)
{
    TestDevState *a = test_dev_new();
    TestDevState *b = test_dev_new();

    qdev_init_gpio_in(DEVICE(b), test_dev_gpio_in, 2);
    qdev_init_gpio_in(DEVICE(b), test_dev_gpio_in, 1);
    qdev_init_gpio_out(DEVICE(a), a->out, 2);
    g_assert_null(a->out[0]);
    qdev_connect_gpio_out(DEVICE(a), 1, qdev_get_gpio_in(DEVICE(b), 2));
    g_assert_null(a->out[0]);
    qemu_irq_raise(a->out[1]);
    g_assert_cmpint(b->last_line, ==, 2);
    g_assert_cmpint(b->last_level, ==, 1);
    qemu_irq_raise(a->out[0]);      /* unconnected: nothing */
    g_assert_cmpint(b->last_line, ==, 2);
    object_unref(OBJECT(a));
    object_unref(OBJECT(b));
}

static void test_prop_defaults(void)
{
    TestDevState *s = test_dev_new();

    g_assert_true(s->flag);
    g_assert_cmpuint(s->u32, ==, 7);
    g_assert_cmpuint(s->u64, ==, 0x100000000ULL);
    g_assert_null(s->str);
    g_assert_cmphex(s->flags, ==, 1 << 3);
    g_assert_cmpuint(s->u8, ==, 5);
    g_assert_cmpuint(object_property_get_uint(OBJECT(s), "u64",
                                              &error_abort),
                     ==, 0x100000000ULL);
    object_unref(OBJECT(s));
}

static void test_prop_set(void)
{
    TestDevState *s = test_dev_new();
    g_autofree char *str = NULL;
    Error *err = NULL;

    qdev_prop_set_bit(DEVICE(s), "flag", false);
    qdev_prop_set_uint32(DEVICE(s), "u32", 0xffffffff);
    qdev_prop_set_uint64(DEVICE(s), "u64", 1);
    qdev_prop_set_string(DEVICE(s), "str", "hello");
    qdev_prop_set_string(DEVICE(s), "str", "world");
    g_assert_false(s->flag);
    g_assert_cmpuint(s->u32, ==, 0xffffffff);
    g_assert_cmpuint(s->u64, ==, 1);
    g_assert_cmpstr(s->str, ==, "world");
    str = object_property_get_str(OBJECT(s), "str", &error_abort);
    g_assert_cmpstr(str, ==, "world");
    g_assert_false(object_property_set_uint(OBJECT(s), "u32",
                                            0x100000000ULL, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'u32' expects uint32_t");
    error_free(err);
    g_assert_true(object_property_parse(OBJECT(s), "u32", "42",
                                        &error_abort));
    g_assert_cmpuint(s->u32, ==, 42);
    object_unref(OBJECT(s));        /* frees the string */
}

static void test_prop_after_realize(void)
{
    TestDevState *s = test_dev_new();
    Error *err = NULL;

    qdev_realize(DEVICE(s), NULL, &error_abort);
    g_assert_false(object_property_set_uint(OBJECT(s), "u32", 1, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Attempt to set property 'u32' on anonymous device "
                    "(type 'test-dev') after it was realized");
    error_free(err);
    err = NULL;
    DEVICE(s)->id = g_strdup("d0");
    g_assert_false(object_property_set_bool(OBJECT(s), "flag", false,
                                            &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Attempt to set property 'flag' on device 'd0' "
                    "(type 'test-dev') after it was realized");
    error_free(err);
    g_assert_cmpuint(s->u32, ==, 7);
    g_assert_true(s->flag);
    object_unref(OBJECT(s));
}

#define TYPE_TEST_SBD "test-sbd"
OBJECT_DECLARE_SIMPLE_TYPE(TestSbdState, TEST_SBD)

struct TestSbdState {
    SysBusDevice parent_obj;

    MemoryRegion regs[2];
    qemu_irq irq[2];
    int resets;
    uint64_t last_write;
};

static uint64_t test_sbd_read(void *opaque, hwaddr addr, unsigned size)
{
    return 0x1000 + addr;
}

static void test_sbd_write(void *opaque, hwaddr addr, uint64_t val,
                           unsigned size)
{
    TestSbdState *s = opaque;

    s->last_write = val;
    qemu_set_irq(s->irq[1], val & 1);
}

static const MemoryRegionOps test_sbd_ops = {
    .read = test_sbd_read,
    .write = test_sbd_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
};

static void test_sbd_init(Object *obj)
{
    TestSbdState *s = TEST_SBD(obj);
    int i;

    for (i = 0; i < 2; i++) {
        memory_region_init_io(&s->regs[i], obj, &test_sbd_ops, s, "sbd",
                              0x100);
        sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->regs[i]);
        sysbus_init_irq(SYS_BUS_DEVICE(obj), &s->irq[i]);
    }
}

static void test_sbd_finalize(Object *obj)
{
    TestSbdState *s = TEST_SBD(obj);
    int i;

    for (i = 0; i < 2; i++) {
        if (s->regs[i].container == get_system_memory()) {
            memory_region_del_subregion(get_system_memory(), &s->regs[i]);
        }
        if (!s->regs[i].container) {
            memory_region_finalize(&s->regs[i]);
        }
    }
}

static void test_sbd_reset(DeviceState *dev)
{
    TEST_SBD(dev)->resets++;
}

static void test_sbd_class_init(ObjectClass *oc, void *data)
{
    DEVICE_CLASS(oc)->reset = test_sbd_reset;
}

static const TypeInfo test_sbd_info = {
    .name = TYPE_TEST_SBD,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(TestSbdState),
    .instance_init = test_sbd_init,
    .instance_finalize = test_sbd_finalize,
    .class_init = test_sbd_class_init,
};

static void test_sysbus_mmio(void)
{
    TestSbdState *s = TEST_SBD(object_new(TYPE_TEST_SBD));
    SysBusDevice *sbd = SYS_BUS_DEVICE(s);
    AddressSpace *as = &address_space_memory;

    g_assert_true(sysbus_realize(sbd, &error_abort));
    g_assert_true(sysbus_mmio_get_region(sbd, 1) == &s->regs[1]);
    sysbus_mmio_map(sbd, 1, 0x10000);
    g_assert_cmphex(ldl_le_phys(as, 0x10004), ==, 0x1004);
    stl_le_phys(as, 0x10000, 42);
    g_assert_cmpuint(s->last_write, ==, 42);
    /* Mapping again moves the region. */
    sysbus_mmio_map(sbd, 1, 0x20000);
    g_assert_cmphex(ldl_le_phys(as, 0x20008), ==, 0x1008);
    g_assert_cmphex(ldl_le_phys(as, 0x10008), ==, 0);
    /* An overlapping mapping with a higher priority wins. */
    sysbus_mmio_map_overlap(sbd, 0, 0x20000, 1);
    stl_le_phys(as, 0x20000, 7);
    g_assert_cmpuint(s->last_write, ==, 7);
    object_unparent(OBJECT(s));
    object_unref(OBJECT(s));
    g_assert_cmphex(ldl_le_phys(as, 0x20008), ==, 0);
}

static void test_sysbus_irq(void)
{
    TestSbdState *s = TEST_SBD(object_new(TYPE_TEST_SBD));
    SysBusDevice *sbd = SYS_BUS_DEVICE(s);
    TestDevState *intc = test_dev_new();

    qdev_init_gpio_in(DEVICE(intc), test_dev_gpio_in, 4);
    g_assert_false(sysbus_is_irq_connected(sbd, 1));
    sysbus_connect_irq(sbd, 1, qdev_get_gpio_in(DEVICE(intc), 3));
    g_assert_true(sysbus_is_irq_connected(sbd, 1));
    g_assert_false(sysbus_is_irq_connected(sbd, 0));
    test_sbd_write(s, 0, 1, 4);
    g_assert_cmpint(intc->last_line, ==, 3);
    g_assert_cmpint(intc->last_level, ==, 1);
    object_unref(OBJECT(s));
    object_unref(OBJECT(intc));
}

static int reset_order[4];
static int reset_count;

static void record_reset(void *opaque)
{
    reset_order[reset_count++] = GPOINTER_TO_INT(opaque);
}

static void test_system_reset(void)
{
    TestSbdState *s = TEST_SBD(object_new(TYPE_TEST_SBD));

    qemu_register_reset(record_reset, GINT_TO_POINTER(1));
    g_assert_true(sysbus_realize(SYS_BUS_DEVICE(s), &error_abort));
    qemu_register_reset(record_reset, GINT_TO_POINTER(2));
    qemu_register_reset(record_reset, GINT_TO_POINTER(3));
    qemu_unregister_reset(record_reset, GINT_TO_POINTER(2));
    qemu_devices_reset();
    g_assert_cmpint(reset_count, ==, 2);
    g_assert_cmpint(reset_order[0], ==, 1);
    g_assert_cmpint(reset_order[1], ==, 3);
    g_assert_cmpint(s->resets, ==, 1);
    /* A finalized device is no longer reset. */
    object_unref(OBJECT(s));
    qemu_devices_reset();
    g_assert_cmpint(reset_count, ==, 4);
}

/* DEFINE_PROP_BIT flips one bit of its field; uint8 checks its range. */
static void test_prop_bit_uint8(void)
{
    TestDevState *s = test_dev_new();
    ObjectProperty *op = object_property_find(OBJECT(s), "bit3");
    Error *err = NULL;

    s->flags |= 0x11;
    qdev_prop_set_bit(DEVICE(s), "bit3", false);
    g_assert_cmphex(s->flags, ==, 0x11);
    g_assert_true(object_property_parse(OBJECT(s), "bit3", "on",
                                        &error_abort));
    g_assert_cmphex(s->flags, ==, 0x19);
    g_assert_true(object_property_get_bool(OBJECT(s), "bit3", &error_abort));
    g_assert_cmpstr(op->description, ==, "on/off");
    qdev_prop_set_uint8(DEVICE(s), "u8", 255);
    g_assert_cmpuint(s->u8, ==, 255);
    g_assert_false(object_property_set_uint(OBJECT(s), "u8", 256, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'u8' expects uint8_t");
    error_free(err);
    object_unref(OBJECT(s));
}

#define TYPE_TEST_UC_DEV "test-uc-dev"

static void test_uc_dev_class_init(ObjectClass *oc, void *data)
{
    DEVICE_CLASS(oc)->user_creatable = true;
}

static const TypeInfo test_uc_dev_info = {
    .name = TYPE_TEST_UC_DEV,
    .parent = TYPE_TEST_DEV,
    .class_init = test_uc_dev_class_init,
};

static QemuOptsList test_device_opts = {
    .name = "device",
    .implied_opt_name = "driver",
    .desc = { { } },
};

/* -device @params: the device, or NULL with the error's text in @msg. */
static DeviceState *device_add(const char *params, char **msg)
{
    QemuOpts *opts = qemu_opts_parse(&test_device_opts, params, true,
                                     &error_abort);
    Error *err = NULL;
    DeviceState *dev = qdev_device_add(opts, &err);

    *msg = err ? g_strdup(error_get_pretty(err)) : NULL;
    error_free(err);
    qemu_opts_del(opts);
    return dev;
}

/* -device: QEMU's checks, then id, properties and realize. */
static void test_device_add(void)
{
    static const char *const refused[][2] = {
        { "nosuch", "'nosuch' is not a valid device model name" },
        { "test-bus", "'test-bus' is not a valid device model name" },
        { "sys-bus-device",
          "Parameter 'driver' expects a non-abstract device type" },
        { "test-dev", "Parameter 'driver' expects a pluggable device type" },
        { "test-uc-dev,id=d1", "Duplicate device ID 'd1'" },
        { "test-uc-dev,u32=13", "test-dev: unlucky" },
        { "test-uc-dev,bus=nope", "Bus 'nope' not found" },
        { "test-uc-dev,u32=x", "Parameter 'u32' expects uint64" },
    };
    DeviceState *dev;
    char *msg;
    size_t i;

    dev = device_add("test-uc-dev,id=d1,u32=9,bit3=off", &msg);
    g_assert_null(msg);
    g_assert_true(dev->realized);
    g_assert_cmpstr(dev->id, ==, "d1");
    g_assert_cmpuint(TEST_DEV(dev)->u32, ==, 9);
    g_assert_cmphex(TEST_DEV(dev)->flags, ==, 0);
    g_assert_true(object_resolve_path("/machine/peripheral/d1", NULL) ==
                  OBJECT(dev));
    for (i = 0; i < G_N_ELEMENTS(refused); i++) {
        g_assert_null(device_add(refused[i][0], &msg));
        g_assert_cmpstr(msg, ==, refused[i][1]);
        g_free(msg);
    }
    /* What failed left nothing behind. */
    g_assert_null(object_resolve_path("/machine/peripheral-anon/device[0]",
                                      NULL));
    object_unparent(OBJECT(dev));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    module_call_init(MODULE_INIT_QOM);
    type_register_static(&test_dev_info);
    type_register_static(&test_sbd_info);
    type_register_static(&test_bus_info);
    type_register_static(&test_uc_dev_info);
    g_test_add_func("/hw/irq/lines", test_irq_lines);
    g_test_add_func("/hw/irq/null", test_irq_null);
    g_test_add_func("/hw/qdev/realize", test_realize);
    g_test_add_func("/hw/qdev/realize-fails", test_realize_fails);
    g_test_add_func("/hw/qdev/cold-reset", test_cold_reset);
    g_test_add_func("/hw/qdev/gpio", test_gpio);
    g_test_add_func("/hw/qdev/bus", test_bus);
    g_test_add_func("/hw/qdev/props/bit-uint8", test_prop_bit_uint8);
    g_test_add_func("/hw/qdev/device-add", test_device_add);
    g_test_add_func("/hw/qdev/props/defaults", test_prop_defaults);
    g_test_add_func("/hw/qdev/props/set", test_prop_set);
    g_test_add_func("/hw/qdev/props/after-realize", test_prop_after_realize);
    g_test_add_func("/hw/sysbus/mmio", test_sysbus_mmio);
    g_test_add_func("/hw/sysbus/irq", test_sysbus_irq);
    g_test_add_func("/system/reset/handlers", test_system_reset);
    return g_test_run();
}
