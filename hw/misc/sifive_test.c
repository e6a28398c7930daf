/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sifive_test.c: the test finisher.  A 32-bit write at offset 0 of
 * FINISHER_PASS or FINISHER_FAIL with a code in bits 31:16 shuts the
 * machine down with that code as qlite's exit status; FINISHER_RESET
 * resets it.  Reads give 0; anything else is a guest error.
 */
#include "qemu/osdep.h"
#include "qemu/log.h"
#include "hw/misc/sifive_test.h"
#include "sysemu/runstate.h"

static uint64_t sifive_test_read(void *opaque, hwaddr addr, unsigned size)
{
    return 0;
}

static void sifive_test_write(void *opaque, hwaddr addr, uint64_t val,
                              unsigned size)
{
    int status = val & 0xffff;
    int code = (val >> 16) & 0xffff;

    if (addr == 0) {
        switch (status) {
        case FINISHER_FAIL:
        case FINISHER_PASS:
            qemu_system_shutdown_request_with_code(
                SHUTDOWN_CAUSE_GUEST_SHUTDOWN, code);
            return;
        case FINISHER_RESET:
            qemu_system_reset_request(SHUTDOWN_CAUSE_GUEST_RESET);
            return;
        }
    }
    qemu_log_mask(LOG_GUEST_ERROR, "%s: write: addr=0x%x val=0x%016" PRIx64
                  "\n", __func__, (int)addr, val);
}

static const MemoryRegionOps sifive_test_ops = {
    .read = sifive_test_read,
    .write = sifive_test_write,
    .endianness = DEVICE_NATIVE_ENDIAN,
    .valid.min_access_size = 2,
    .valid.max_access_size = 4,
};

static void sifive_test_init(Object *obj)
{
    SiFiveTestState *s = SIFIVE_TEST(obj);

    memory_region_init_io(&s->mmio, obj, &sifive_test_ops, s,
                          TYPE_SIFIVE_TEST, 0x1000);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->mmio);
}

static const TypeInfo sifive_test_info = {
    .name = TYPE_SIFIVE_TEST,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(SiFiveTestState),
    .instance_init = sifive_test_init,
};

static void sifive_test_register_types(void)
{
    type_register_static(&sifive_test_info);
}

type_init(sifive_test_register_types)

DeviceState *sifive_test_create(hwaddr addr)
{
    return sysbus_create_simple(TYPE_SIFIVE_TEST, addr, NULL);
}
