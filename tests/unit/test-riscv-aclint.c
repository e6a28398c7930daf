/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests of the ACLINT devices (hw/intc/riscv_aclint.c): each device
 * is realized over its own MMIO region, driving harts that are bare
 * CPURISCVState structures, with a virtual clock the test moves by hand.
 * Guest accesses go through memory_region_dispatch_read/write, so the
 * access-size rules of the ops apply as they do for a guest.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/module.h"
#include "qemu/timer.h"
#include "hw/qdev-properties.h"
#include "hw/intc/riscv_aclint.h"
#include "target/riscv/cpu.h"

#define NUM_HARTS 2
#define FREQ RISCV_ACLINT_DEFAULT_TIMEBASE_FREQ
#define NS_PER_TICK (NANOSECONDS_PER_SECOND / FREQ)     /* 100 ns */
#define MTIME RISCV_ACLINT_DEFAULT_MTIME

static int64_t fake_ns;
static CPURISCVState *harts[NUM_HARTS];

static int64_t fake_clock(void)
{
    return fake_ns;
}

static void clock_advance(int64_t ns)
{
    fake_ns += ns;
    qemu_clock_run_timers(QEMU_CLOCK_VIRTUAL);
}

/* A realized @type with @num_harts harts, hart 1 missing if @hole. */
static DeviceState *aclint_new(const char *type, bool hole)
{
    DeviceState *dev = DEVICE(object_new(type));
    int i;

    qdev_prop_set_uint32(dev, "num-harts", NUM_HARTS);
    qdev_prop_set_uint32(dev, "hartid-base", 4);
    if (!strcmp(type, TYPE_RISCV_ACLINT_MTIMER)) {
        qdev_prop_set_uint32(dev, "timebase-freq", FREQ);
    }
    qdev_realize(dev, NULL, &error_abort);
    for (i = 0; i < NUM_HARTS; i++) {
        memset(harts[i], 0, sizeof(*harts[i]));
        if (!(hole && i == 1)) {
            riscv_aclint_connect_hart(dev, i, harts[i]);
        }
    }
    device_cold_reset(dev);
    return dev;
}

static uint64_t rd(DeviceState *dev, hwaddr addr, unsigned size)
{
    MemoryRegion *mr = sysbus_mmio_get_region(SYS_BUS_DEVICE(dev), 0);
    uint64_t val = 0xdead;

    g_assert_cmpuint(memory_region_dispatch_read(mr, addr, &val, size,
                                                 MEMTXATTRS_UNSPECIFIED),
                     ==, MEMTX_OK);
    return val;
}

static void wr(DeviceState *dev, hwaddr addr, uint64_t val, unsigned size)
{
    MemoryRegion *mr = sysbus_mmio_get_region(SYS_BUS_DEVICE(dev), 0);

    g_assert_cmpuint(memory_region_dispatch_write(mr, addr, val, size,
                                                  MEMTXATTRS_UNSPECIFIED),
                     ==, MEMTX_OK);
}

static bool mtip(int hart)
{
    return harts[hart]->mip & MIP_MTIP;
}

static void test_mtime_counts(void)
{
    DeviceState *dev = aclint_new(TYPE_RISCV_ACLINT_MTIMER, false);

    g_assert_cmpuint(rd(dev, MTIME, 8), ==, 0);
    clock_advance(1000 * NS_PER_TICK);
    g_assert_cmpuint(rd(dev, MTIME, 8), ==, 1000);
    g_assert_cmpuint(rd(dev, MTIME, 4), ==, 1000);
    g_assert_cmpuint(rd(dev, MTIME + 4, 4), ==, 0);
    /* Writes move the counter, which keeps counting from there. */
    wr(dev, MTIME + 4, 0x12, 4);
    g_assert_cmpuint(rd(dev, MTIME, 8), ==, 0x12000003e8ULL);
    wr(dev, MTIME, 5, 8);
    clock_advance(3 * NS_PER_TICK);
    g_assert_cmpuint(rd(dev, MTIME, 8), ==, 8);
    g_assert_cmpuint(riscv_aclint_mtimer_read_time(RISCV_ACLINT_MTIMER(dev)),
                     ==, 8);
    /* Reset clears mtime. */
    device_cold_reset(dev);
    g_assert_cmpuint(rd(dev, MTIME, 8), ==, 0);
    object_unref(dev);
}

static void test_mtimecmp_mtip(void)
{
    DeviceState *dev = aclint_new(TYPE_RISCV_ACLINT_MTIMER, false);

    /* mtimecmp is 0 after power-on: MTIP is pending at once. */
    g_assert_true(mtip(0));
    g_assert_true(mtip(1));
    wr(dev, 8, 100, 8);                       /* hart 1 (id 5) */
    g_assert_true(mtip(0));
    g_assert_false(mtip(1));
    g_assert_cmpuint(rd(dev, 8, 8), ==, 100);
    clock_advance(99 * NS_PER_TICK);
    g_assert_false(mtip(1));
    clock_advance(NS_PER_TICK);               /* the timer fires */
    g_assert_true(mtip(1));
    /* Further out again: MTIP drops. */
    wr(dev, 8, 1000, 8);
    g_assert_false(mtip(1));
    /* Moving mtime past mtimecmp raises it without a timer. */
    wr(dev, MTIME, 1000, 8);
    g_assert_true(mtip(1));
    object_unref(dev);
}

static void test_mtimecmp_halves(void)
{
    DeviceState *dev = aclint_new(TYPE_RISCV_ACLINT_MTIMER, false);

    wr(dev, 0, UINT64_MAX, 8);
    g_assert_false(mtip(0));
    wr(dev, 0, 0x11223344, 4);
    g_assert_cmpuint(rd(dev, 0, 8), ==, 0xffffffff11223344ULL);
    wr(dev, 4, 0, 4);
    g_assert_cmpuint(rd(dev, 0, 8), ==, 0x11223344);
    g_assert_cmpuint(rd(dev, 4, 4), ==, 0);
    g_assert_cmpuint(rd(dev, 0, 4), ==, 0x11223344);
    g_assert_false(mtip(0));
    /* A far deadline does not overflow the clock. */
    wr(dev, 0, UINT64_MAX, 8);
    clock_advance(NANOSECONDS_PER_SECOND);
    g_assert_false(mtip(0));
    object_unref(dev);
}

static void test_mtimer_bad_accesses(void)
{
    DeviceState *dev = aclint_new(TYPE_RISCV_ACLINT_MTIMER, true);
    MemoryRegion *mr = sysbus_mmio_get_region(SYS_BUS_DEVICE(dev), 0);
    uint64_t val;

    /* Hart 1 does not exist: its mtimecmp reads 0, writes do nothing. */
    wr(dev, 8, 5, 8);
    g_assert_cmpuint(rd(dev, 8, 8), ==, 0);
    /* Holes read zero and ignore writes. */
    g_assert_cmpuint(rd(dev, 0x100, 4), ==, 0);
    wr(dev, 0x100, 1, 8);
    g_assert_cmpuint(rd(dev, 0x100, 8), ==, 0);
    /* Byte and misaligned accesses are refused by the ops' rules. */
    g_assert_cmpuint(memory_region_dispatch_read(mr, 0, &val, 1,
                                                 MEMTXATTRS_UNSPECIFIED),
                     !=, MEMTX_OK);
    g_assert_cmpuint(memory_region_dispatch_read(mr, MTIME + 4, &val, 8,
                                                 MEMTXATTRS_UNSPECIFIED),
                     !=, MEMTX_OK);
    object_unref(dev);
}

static void test_mtimer_props(void)
{
    DeviceState *dev = DEVICE(object_new(TYPE_RISCV_ACLINT_MTIMER));
    Error *err = NULL;

    g_assert_false(qdev_realize(dev, NULL, &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "timebase-freq must be set");
    error_free(err);
    err = NULL;
    qdev_prop_set_uint32(dev, "num-harts", 0);
    g_assert_false(qdev_realize(dev, NULL, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "invalid num_harts: 0 (1..4095)");
    error_free(err);
    object_unref(dev);
}

static void test_mswi(void)
{
    DeviceState *dev = aclint_new(TYPE_RISCV_ACLINT_SWI, true);

    wr(dev, 0, 1, 4);
    g_assert_true(harts[0]->mip & MIP_MSIP);
    g_assert_cmpuint(rd(dev, 0, 4), ==, 1);
    wr(dev, 0, 0xfffffffe, 4);
    g_assert_false(harts[0]->mip & MIP_MSIP);
    g_assert_cmpuint(rd(dev, 0, 4), ==, 0);
    /* Missing hart 1 and harts beyond num-harts: ignored, read zero. */
    wr(dev, 4, 1, 4);
    g_assert_false(harts[1]->mip & MIP_MSIP);
    g_assert_cmpuint(rd(dev, 4, 4), ==, 0);
    wr(dev, 0x3ffc, 1, 4);
    g_assert_cmpuint(rd(dev, 0x3ffc, 4), ==, 0);
    /* Reset clears MSIP. */
    wr(dev, 0, 1, 4);
    device_cold_reset(dev);
    g_assert_false(harts[0]->mip & MIP_MSIP);
    object_unref(dev);
}

static void test_sswi(void)
{
    DeviceState *dev = DEVICE(object_new(TYPE_RISCV_ACLINT_SWI));

    qdev_prop_set_uint32(dev, "sswi", 1);
    qdev_realize(dev, NULL, &error_abort);
    memset(harts[0], 0, sizeof(*harts[0]));
    riscv_aclint_connect_hart(dev, 0, harts[0]);
    wr(dev, 0, 1, 4);
    g_assert_true(harts[0]->mip & MIP_SSIP);
    g_assert_false(harts[0]->mip & MIP_MSIP);
    g_assert_cmpuint(rd(dev, 0, 4), ==, 0);
    wr(dev, 0, 0, 4);                         /* only the hart clears it */
    g_assert_true(harts[0]->mip & MIP_SSIP);
    object_unref(dev);
}

int main(int argc, char **argv)
{
    int i;

    g_test_init(&argc, &argv, NULL);
    module_call_init(MODULE_INIT_QOM);
    qemu_clock_set_virtual_source(fake_clock, NULL);
    qemu_clock_enable(QEMU_CLOCK_VIRTUAL, true);
    for (i = 0; i < NUM_HARTS; i++) {
        harts[i] = g_new0(CPURISCVState, 1);
    }
    g_test_add_func("/riscv-aclint/mtimer/mtime", test_mtime_counts);
    g_test_add_func("/riscv-aclint/mtimer/mtimecmp", test_mtimecmp_mtip);
    g_test_add_func("/riscv-aclint/mtimer/halves", test_mtimecmp_halves);
    g_test_add_func("/riscv-aclint/mtimer/bad-accesses",
                    test_mtimer_bad_accesses);
    g_test_add_func("/riscv-aclint/mtimer/props", test_mtimer_props);
    g_test_add_func("/riscv-aclint/mswi", test_mswi);
    g_test_add_func("/riscv-aclint/sswi", test_sswi);
    return g_test_run();
}
