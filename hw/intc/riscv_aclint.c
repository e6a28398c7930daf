/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv_aclint.c: the RISC-V ACLINT devices (riscv-aclint spec 1.0) as
 * QEMU 8.2's boards use them.
 *
 * MTIMER: mtime counts at timebase-freq Hz from QEMU_CLOCK_VIRTUAL and
 * may be written; hart N's MTIP is pending while mtime >= its mtimecmp.
 * A virtual-clock timer per hart fires when mtime reaches mtimecmp.
 * Registers take 4-byte (either half) and 8-byte accesses.
 *
 * MSWI/SSWI: one 32-bit register per hart; bit 0 is the hart's MSIP
 * (MSWI) or sets its SSIP (SSWI, whose registers read as zero).
 *
 * Guest mistakes (registers of harts that do not exist, offsets with no
 * register) are logged under -d guest_errors; reads give zero and writes
 * are dropped.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/log.h"
#include "qemu/timer.h"
#include "hw/qdev-properties.h"
#include "hw/intc/riscv_aclint.h"
#include "target/riscv/cpu.h"

/* ---- MTIMER ---- */

static uint64_t aclint_clock_ticks(uint32_t freq)
{
    int64_t ns = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);

    return (unsigned __int128)ns * freq / NANOSECONDS_PER_SECOND;
}

uint64_t riscv_aclint_mtimer_read_time(RISCVAclintMTimerState *s)
{
    return aclint_clock_ticks(s->timebase_freq) + s->time_delta;
}

static uint64_t aclint_rdtime(void *opaque)
{
    return riscv_aclint_mtimer_read_time(opaque);
}

/* The virtual-clock time (ns) at which mtime reaches @cmp, from @now. */
static int64_t aclint_deadline_ns(RISCVAclintMTimerState *s, uint64_t cmp,
                                  uint64_t now)
{
    unsigned __int128 ns = (unsigned __int128)(cmp - now) *
                           NANOSECONDS_PER_SECOND / s->timebase_freq;
    int64_t clock = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);

    if (ns > (unsigned __int128)(INT64_MAX - clock)) {
        return INT64_MAX;
    }
    return clock + (int64_t)ns;
}

/* Set hart @i's mtimecmp to @value: update MTIP and the timer. */
static void aclint_mtimer_write_timecmp(RISCVAclintMTimerState *s,
                                        uint32_t i, uint64_t value)
{
    uint64_t now = riscv_aclint_mtimer_read_time(s);
    CPURISCVState *env = s->harts[i];

    s->timecmp[i] = value;
    if (value <= now) {
        timer_del(s->timers[i]);
        riscv_cpu_update_mip(env, MIP_MTIP, MIP_MTIP);
        return;
    }
    riscv_cpu_update_mip(env, MIP_MTIP, 0);
    timer_mod(s->timers[i], aclint_deadline_ns(s, value, now));
}

typedef struct AclintTimerCtx {
    RISCVAclintMTimerState *s;
    uint32_t index;
} AclintTimerCtx;

/*
 * The clock may reach the deadline a little before mtime does (rounding):
 * re-evaluating re-arms the timer in that case.
 */
static void aclint_mtimer_cb(void *opaque)
{
    AclintTimerCtx *ctx = opaque;

    aclint_mtimer_write_timecmp(ctx->s, ctx->index,
                                ctx->s->timecmp[ctx->index]);
}

/* Merge a 4- or 8-byte write at byte @shift (0 or 4) into @old. */
static uint64_t aclint_merge(uint64_t old, uint64_t value, unsigned size,
                             unsigned shift)
{
    if (size == 8) {
        return value;
    }
    shift *= 8;
    return (old & ~(0xffffffffULL << shift)) |
           ((value & 0xffffffffULL) << shift);
}

/* The 4- or 8-byte part of @reg at byte @shift (0 or 4) of it. */
static uint64_t aclint_extract(uint64_t reg, unsigned size, unsigned shift)
{
    return size == 8 ? reg : (uint32_t)(reg >> (shift * 8));
}

/*
 * The mtimecmp index @addr falls in, or -1 when it is not an mtimecmp
 * register or its hart does not exist (logged).
 */
static int aclint_mtimer_hart(RISCVAclintMTimerState *s, hwaddr addr)
{
    uint64_t i;

    if (addr < s->timecmp_base ||
        addr >= s->timecmp_base + (uint64_t)s->num_harts * 8) {
        return -1;
    }
    i = (addr - s->timecmp_base) >> 3;
    if (!s->harts[i]) {
        qemu_log_mask(LOG_GUEST_ERROR, "aclint-mtimer: invalid hartid: %"
                      PRIu64 "\n", s->hartid_base + i);
        return -2;
    }
    return i;
}

/* Is [addr, addr+size) a whole register or its low or high half? */
static bool aclint_access_is_aligned(hwaddr addr, unsigned size)
{
    return (addr & (size - 1)) == 0 && (size == 4 || size == 8);
}

static uint64_t aclint_mtimer_read(void *opaque, hwaddr addr, unsigned size)
{
    RISCVAclintMTimerState *s = opaque;
    int i;

    if (aclint_access_is_aligned(addr, size)) {
        i = aclint_mtimer_hart(s, addr);
        if (i >= 0) {
            return aclint_extract(s->timecmp[i], size, addr & 4);
        }
        if (i == -2) {
            return 0;
        }
        if (addr == s->time_base || (size == 4 && addr == s->time_base + 4)) {
            return aclint_extract(riscv_aclint_mtimer_read_time(s), size,
                                  addr - s->time_base);
        }
    }
    qemu_log_mask(LOG_GUEST_ERROR, "aclint-mtimer: invalid read: %08x\n",
                  (uint32_t)addr);
    return 0;
}

static void aclint_mtimer_write_time(RISCVAclintMTimerState *s,
                                     hwaddr offset, uint64_t value,
                                     unsigned size)
{
    uint64_t mtime = aclint_merge(riscv_aclint_mtimer_read_time(s), value,
                                  size, offset);
    uint32_t i;

    s->time_delta = mtime - aclint_clock_ticks(s->timebase_freq);
    for (i = 0; i < s->num_harts; i++) {
        if (s->harts[i]) {
            aclint_mtimer_write_timecmp(s, i, s->timecmp[i]);
        }
    }
}

static void aclint_mtimer_write(void *opaque, hwaddr addr, uint64_t value,
                                unsigned size)
{
    RISCVAclintMTimerState *s = opaque;
    int i;

    if (aclint_access_is_aligned(addr, size)) {
        i = aclint_mtimer_hart(s, addr);
        if (i >= 0) {
            aclint_mtimer_write_timecmp(s, i, aclint_merge(s->timecmp[i],
                                                           value, size,
                                                           addr & 4));
            return;
        }
        if (i == -2) {
            return;
        }
        if (addr == s->time_base || (size == 4 && addr == s->time_base + 4)) {
            aclint_mtimer_write_time(s, addr - s->time_base, value, size);
            return;
        }
    }
    qemu_log_mask(LOG_GUEST_ERROR, "aclint-mtimer: invalid write: %08x\n",
                  (uint32_t)addr);
}

static const MemoryRegionOps aclint_mtimer_ops = {
    .read = aclint_mtimer_read,
    .write = aclint_mtimer_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid = {
        .min_access_size = 4,
        .max_access_size = 8,
    },
    .impl = {
        .min_access_size = 4,
        .max_access_size = 8,
    },
};

static bool aclint_check_harts(uint32_t num_harts, Error **errp)
{
    if (num_harts == 0 || num_harts > RISCV_ACLINT_MAX_HARTS) {
        error_setg(errp, "invalid num_harts: %u (1..%u)", num_harts,
                   RISCV_ACLINT_MAX_HARTS);
        return false;
    }
    return true;
}

static void aclint_mtimer_realize(DeviceState *dev, Error **errp)
{
    RISCVAclintMTimerState *s = RISCV_ACLINT_MTIMER(dev);
    AclintTimerCtx *ctx;
    uint32_t i;

    if (!aclint_check_harts(s->num_harts, errp)) {
        return;
    }
    if (s->timebase_freq == 0) {
        error_setg(errp, "timebase-freq must be set");
        return;
    }
    memory_region_init_io(&s->mmio, OBJECT(dev), &aclint_mtimer_ops, s,
                          TYPE_RISCV_ACLINT_MTIMER, s->aperture_size);
    sysbus_init_mmio(SYS_BUS_DEVICE(dev), &s->mmio);
    s->timecmp = g_new0(uint64_t, s->num_harts);
    s->timers = g_new0(QEMUTimer *, s->num_harts);
    s->harts = g_new0(CPURISCVState *, s->num_harts);
    ctx = g_new(AclintTimerCtx, s->num_harts);
    s->timer_ctx = ctx;
    for (i = 0; i < s->num_harts; i++) {
        ctx[i] = (AclintTimerCtx) { .s = s, .index = i };
        s->timers[i] = timer_new_ns(QEMU_CLOCK_VIRTUAL, aclint_mtimer_cb,
                                    &ctx[i]);
    }
}

static void aclint_mtimer_unrealize(DeviceState *dev)
{
    RISCVAclintMTimerState *s = RISCV_ACLINT_MTIMER(dev);
    uint32_t i;

    for (i = 0; i < s->num_harts; i++) {
        timer_free(s->timers[i]);
    }
    g_free(s->timer_ctx);
    g_free(s->timers);
    g_free(s->timecmp);
    g_free(s->harts);
    memory_region_finalize(&s->mmio);
}

/*
 * The spec clears mtime on reset (mtimecmp is left as it was); with the
 * registers at zero after power-on, MTIP is then pending.
 */
static void aclint_mtimer_reset(DeviceState *dev)
{
    RISCVAclintMTimerState *s = RISCV_ACLINT_MTIMER(dev);

    aclint_mtimer_write_time(s, 0, 0, 8);
}

static Property aclint_mtimer_props[] = {
    DEFINE_PROP_UINT32("hartid-base", RISCVAclintMTimerState, hartid_base,
                       0),
    DEFINE_PROP_UINT32("num-harts", RISCVAclintMTimerState, num_harts, 1),
    DEFINE_PROP_UINT32("timecmp-base", RISCVAclintMTimerState, timecmp_base,
                       RISCV_ACLINT_DEFAULT_MTIMECMP),
    DEFINE_PROP_UINT32("time-base", RISCVAclintMTimerState, time_base,
                       RISCV_ACLINT_DEFAULT_MTIME),
    DEFINE_PROP_UINT32("aperture-size", RISCVAclintMTimerState,
                       aperture_size, RISCV_ACLINT_DEFAULT_MTIMER_SIZE),
    DEFINE_PROP_UINT32("timebase-freq", RISCVAclintMTimerState,
                       timebase_freq, 0),
    DEFINE_PROP_END_OF_LIST(),
};

static void aclint_mtimer_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->realize = aclint_mtimer_realize;
    dc->unrealize = aclint_mtimer_unrealize;
    dc->reset = aclint_mtimer_reset;
    device_class_set_props(dc, aclint_mtimer_props);
}

/* ---- MSWI / SSWI ---- */

/* The hart index of register @addr, or -1 (logged) if there is none. */
static int aclint_swi_hart(RISCVAclintSwiState *s, hwaddr addr, bool write)
{
    uint64_t i = addr >> 2;

    if (i >= s->num_harts) {
        qemu_log_mask(LOG_GUEST_ERROR, "aclint-swi: invalid %s: %08x\n",
                      write ? "write" : "read", (uint32_t)addr);
        return -1;
    }
    if (!s->harts[i]) {
        qemu_log_mask(LOG_GUEST_ERROR, "aclint-swi: invalid hartid: %"
                      PRIu64 "\n", s->hartid_base + i);
        return -1;
    }
    return i;
}

static uint64_t aclint_swi_read(void *opaque, hwaddr addr, unsigned size)
{
    RISCVAclintSwiState *s = opaque;
    int i = aclint_swi_hart(s, addr, false);

    if (i < 0 || s->sswi) {
        return 0;
    }
    return (qatomic_read(&s->harts[i]->mip) & MIP_MSIP) != 0;
}

static void aclint_swi_write(void *opaque, hwaddr addr, uint64_t value,
                             unsigned size)
{
    RISCVAclintSwiState *s = opaque;
    int i = aclint_swi_hart(s, addr, true);

    if (i < 0) {
        return;
    }
    if (s->sswi) {
        /* SSWI registers only raise; the hart clears SSIP itself. */
        if (value & 1) {
            riscv_cpu_update_mip(s->harts[i], MIP_SSIP, MIP_SSIP);
        }
        return;
    }
    riscv_cpu_update_mip(s->harts[i], MIP_MSIP, (value & 1) ? MIP_MSIP : 0);
}

static const MemoryRegionOps aclint_swi_ops = {
    .read = aclint_swi_read,
    .write = aclint_swi_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid = {
        .min_access_size = 4,
        .max_access_size = 4,
    },
    .impl = {
        .min_access_size = 4,
        .max_access_size = 4,
    },
};

static void aclint_swi_realize(DeviceState *dev, Error **errp)
{
    RISCVAclintSwiState *s = RISCV_ACLINT_SWI(dev);

    if (!aclint_check_harts(s->num_harts, errp)) {
        return;
    }
    memory_region_init_io(&s->mmio, OBJECT(dev), &aclint_swi_ops, s,
                          TYPE_RISCV_ACLINT_SWI, RISCV_ACLINT_SWI_SIZE);
    sysbus_init_mmio(SYS_BUS_DEVICE(dev), &s->mmio);
    s->harts = g_new0(CPURISCVState *, s->num_harts);
}

static void aclint_swi_unrealize(DeviceState *dev)
{
    RISCVAclintSwiState *s = RISCV_ACLINT_SWI(dev);

    g_free(s->harts);
    memory_region_finalize(&s->mmio);
}

/* The spec clears the MSIP registers on reset. */
static void aclint_swi_reset(DeviceState *dev)
{
    RISCVAclintSwiState *s = RISCV_ACLINT_SWI(dev);
    uint32_t i;

    for (i = 0; i < s->num_harts && !s->sswi; i++) {
        if (s->harts[i]) {
            riscv_cpu_update_mip(s->harts[i], MIP_MSIP, 0);
        }
    }
}

static Property aclint_swi_props[] = {
    DEFINE_PROP_UINT32("hartid-base", RISCVAclintSwiState, hartid_base, 0),
    DEFINE_PROP_UINT32("num-harts", RISCVAclintSwiState, num_harts, 1),
    DEFINE_PROP_UINT32("sswi", RISCVAclintSwiState, sswi, false),
    DEFINE_PROP_END_OF_LIST(),
};

static void aclint_swi_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->realize = aclint_swi_realize;
    dc->unrealize = aclint_swi_unrealize;
    dc->reset = aclint_swi_reset;
    device_class_set_props(dc, aclint_swi_props);
}

/* ---- Board helpers ---- */

void riscv_aclint_connect_hart(DeviceState *dev, uint32_t index,
                               CPURISCVState *env)
{
    Object *obj = OBJECT(dev);
    RISCVAclintMTimerState *mt;
    RISCVAclintSwiState *swi;

    mt = (RISCVAclintMTimerState *)object_dynamic_cast(obj,
                                                       TYPE_RISCV_ACLINT_MTIMER);
    if (mt) {
        assert(index < mt->num_harts);
        mt->harts[index] = env;
        return;
    }
    swi = RISCV_ACLINT_SWI(obj);
    assert(index < swi->num_harts);
    swi->harts[index] = env;
}

/* The hart whose mhartid is @hartid, or NULL. */
static CPURISCVState *aclint_find_hart(uint32_t hartid)
{
    CPUState *cs;

    CPU_FOREACH(cs) {
        CPURISCVState *env = cs->env_ptr;

        if (env && env->mhartid == hartid) {
            return env;
        }
    }
    return NULL;
}

DeviceState *riscv_aclint_mtimer_create(hwaddr addr, hwaddr size,
                                        uint32_t hartid_base,
                                        uint32_t num_harts,
                                        uint32_t timecmp_base,
                                        uint32_t time_base,
                                        uint32_t timebase_freq,
                                        bool provide_rdtime)
{
    DeviceState *dev = DEVICE(object_new(TYPE_RISCV_ACLINT_MTIMER));
    CPURISCVState *env;
    uint32_t i;

    qdev_prop_set_uint32(dev, "hartid-base", hartid_base);
    qdev_prop_set_uint32(dev, "num-harts", num_harts);
    qdev_prop_set_uint32(dev, "timecmp-base", timecmp_base);
    qdev_prop_set_uint32(dev, "time-base", time_base);
    qdev_prop_set_uint32(dev, "aperture-size", size);
    qdev_prop_set_uint32(dev, "timebase-freq", timebase_freq);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, addr);
    for (i = 0; i < num_harts; i++) {
        env = aclint_find_hart(hartid_base + i);
        if (!env) {
            continue;
        }
        riscv_aclint_connect_hart(dev, i, env);
        if (provide_rdtime) {
            riscv_cpu_set_rdtime_fn(env, aclint_rdtime, dev);
        }
    }
    return dev;
}

DeviceState *riscv_aclint_swi_create(hwaddr addr, uint32_t hartid_base,
                                     uint32_t num_harts, bool sswi)
{
    DeviceState *dev = DEVICE(object_new(TYPE_RISCV_ACLINT_SWI));
    CPURISCVState *env;
    uint32_t i;

    qdev_prop_set_uint32(dev, "hartid-base", hartid_base);
    qdev_prop_set_uint32(dev, "num-harts", num_harts);
    qdev_prop_set_uint32(dev, "sswi", sswi);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, addr);
    for (i = 0; i < num_harts; i++) {
        env = aclint_find_hart(hartid_base + i);
        if (env) {
            riscv_aclint_connect_hart(dev, i, env);
        }
    }
    return dev;
}

static const TypeInfo aclint_types[] = {
    {
        .name = TYPE_RISCV_ACLINT_MTIMER,
        .parent = TYPE_SYS_BUS_DEVICE,
        .instance_size = sizeof(RISCVAclintMTimerState),
        .class_init = aclint_mtimer_class_init,
    }, {
        .name = TYPE_RISCV_ACLINT_SWI,
        .parent = TYPE_SYS_BUS_DEVICE,
        .instance_size = sizeof(RISCVAclintSwiState),
        .class_init = aclint_swi_class_init,
    },
};

static void aclint_register_types(void)
{
    type_register_static_array(aclint_types, ARRAY_SIZE(aclint_types));
}

type_init(aclint_register_types)
