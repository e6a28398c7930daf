/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sifive_plic.c: the SiFive PLIC.  A source's line going high makes it
 * pending (going low clears it); a context sees the highest-priority
 * pending source it enables whose priority is above its threshold, and
 * its hart's external interrupt bit follows that; reading the claim
 * register takes that source (no longer pending, claimed until the
 * context writes its number back to complete it).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "hw/qdev-properties.h"
#include "hw/intc/sifive_plic.h"
#include "sysemu/reset.h"
#include "target/riscv/cpu.h"

static bool bit_get(const uint32_t *map, uint32_t n)
{
    return (map[n >> 5] >> (n & 31)) & 1;
}

static void bit_set(uint32_t *map, uint32_t n, bool value)
{
    if (value) {
        map[n >> 5] |= 1U << (n & 31);
    } else {
        map[n >> 5] &= ~(1U << (n & 31));
    }
}

/* The source context @ctx would take now, or 0. */
static uint32_t plic_best_irq(SiFivePLICState *s, uint32_t ctx)
{
    const uint32_t *enable = &s->enable[ctx * s->bitfield_words];
    uint32_t best = 0;
    uint32_t best_prio = s->target_priority[ctx];
    uint32_t word, bits, irq;

    for (word = 0; word < s->bitfield_words; word++) {
        bits = s->pending[word] & ~s->claimed[word] & enable[word];
        while (bits) {
            irq = word * 32 + __builtin_ctz(bits);
            bits &= bits - 1;
            if (irq && irq < s->num_sources &&
                s->source_priority[irq] > best_prio) {
                best = irq;
                best_prio = s->source_priority[irq];
            }
        }
    }
    return best;
}

static void plic_update(SiFivePLICState *s)
{
    uint32_t ctx;
    CPUState *cpu;
    uint64_t mask;

    for (ctx = 0; ctx < s->num_contexts; ctx++) {
        cpu = qemu_get_cpu(s->contexts[ctx].hartid);
        if (!cpu) {
            continue;
        }
        mask = s->contexts[ctx].mode == 'M' ? MIP_MEIP : MIP_SEIP;
        riscv_cpu_update_mip(&RISCV_CPU(cpu)->env, mask,
                             plic_best_irq(s, ctx) ? mask : 0);
    }
}

static void plic_irq_request(void *opaque, int irq, int level)
{
    SiFivePLICState *s = opaque;

    if (irq <= 0 || (uint32_t)irq >= s->num_sources) {
        return;
    }
    bit_set(s->pending, irq, level > 0);
    plic_update(s);
}

/* WARL: priorities and thresholds keep the bits num_priorities has. */
static uint32_t plic_legal_priority(SiFivePLICState *s, uint32_t value,
                                    uint32_t old)
{
    uint32_t max = s->num_priorities;

    if (!((max + 1) & max)) {
        return value & max;     /* 2^n - 1 levels: a bit mask */
    }
    return value <= max ? value : old;
}

static uint32_t plic_claim(SiFivePLICState *s, uint32_t ctx)
{
    uint32_t irq = plic_best_irq(s, ctx);

    if (irq) {
        bit_set(s->pending, irq, false);
        bit_set(s->claimed, irq, true);
        plic_update(s);
    }
    return irq;
}

static void plic_complete(SiFivePLICState *s, uint32_t ctx, uint32_t irq)
{
    if (irq < s->num_sources &&
        bit_get(&s->enable[ctx * s->bitfield_words], irq)) {
        bit_set(s->claimed, irq, false);
        plic_update(s);
    }
}

/* Which block an offset falls in; *@index and *@reg locate it there. */
typedef enum {
    PLIC_PRIORITY, PLIC_PENDING, PLIC_ENABLE, PLIC_CONTEXT, PLIC_NONE
} PLICBlock;

static PLICBlock plic_decode(SiFivePLICState *s, hwaddr addr,
                             uint32_t *index, uint32_t *reg)
{
    if (addr >= s->priority_base &&
        addr < s->priority_base + 4ULL * s->num_sources) {
        *index = (addr - s->priority_base) >> 2;
        return PLIC_PRIORITY;
    }
    if (addr >= s->pending_base &&
        addr < s->pending_base + 4ULL * s->bitfield_words) {
        *index = (addr - s->pending_base) >> 2;
        return PLIC_PENDING;
    }
    if (addr >= s->enable_base &&
        addr < s->enable_base + (uint64_t)s->num_contexts * s->enable_stride) {
        *index = (addr - s->enable_base) / s->enable_stride;
        *reg = ((addr - s->enable_base) % s->enable_stride) >> 2;
        return *reg < s->bitfield_words ? PLIC_ENABLE : PLIC_NONE;
    }
    if (addr >= s->context_base &&
        addr < s->context_base +
               (uint64_t)s->num_contexts * s->context_stride) {
        *index = (addr - s->context_base) / s->context_stride;
        *reg = (addr - s->context_base) % s->context_stride;
        return *reg <= 4 ? PLIC_CONTEXT : PLIC_NONE;
    }
    return PLIC_NONE;
}

static uint64_t plic_read(void *opaque, hwaddr addr, unsigned size)
{
    SiFivePLICState *s = opaque;
    uint32_t index = 0, reg = 0;

    switch (plic_decode(s, addr, &index, &reg)) {
    case PLIC_PRIORITY:
        return s->source_priority[index];
    case PLIC_PENDING:
        return s->pending[index];
    case PLIC_ENABLE:
        return s->enable[index * s->bitfield_words + reg];
    case PLIC_CONTEXT:
        return reg == 0 ? s->target_priority[index] : plic_claim(s, index);
    default:
        qemu_log_mask(LOG_GUEST_ERROR, "%s: Invalid register read 0x%"
                      HWADDR_PRIx "\n", __func__, addr);
        return 0;
    }
}

static void plic_write(void *opaque, hwaddr addr, uint64_t value,
                       unsigned size)
{
    SiFivePLICState *s = opaque;
    uint32_t index = 0, reg = 0;

    switch (plic_decode(s, addr, &index, &reg)) {
    case PLIC_PRIORITY:
        if (index) {
            s->source_priority[index] =
                plic_legal_priority(s, value, s->source_priority[index]);
            plic_update(s);
        }
        return;
    case PLIC_ENABLE:
        s->enable[index * s->bitfield_words + reg] =
            reg ? value : value & ~1U;  /* source 0 does not exist */
        plic_update(s);
        return;
    case PLIC_CONTEXT:
        if (reg == 0) {
            s->target_priority[index] =
                plic_legal_priority(s, value, s->target_priority[index]);
            plic_update(s);
        } else {
            plic_complete(s, index, value);
        }
        return;
    case PLIC_PENDING:
        qemu_log_mask(LOG_GUEST_ERROR, "%s: invalid pending write: 0x%"
                      HWADDR_PRIx "\n", __func__, addr);
        return;
    default:
        qemu_log_mask(LOG_GUEST_ERROR, "%s: Invalid register write 0x%"
                      HWADDR_PRIx "\n", __func__, addr);
    }
}

static const MemoryRegionOps plic_ops = {
    .read = plic_read,
    .write = plic_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid.min_access_size = 4,
    .valid.max_access_size = 4,
};

static void plic_reset(DeviceState *dev)
{
    SiFivePLICState *s = SIFIVE_PLIC(dev);
    size_t words = s->bitfield_words;

    memset(s->source_priority, 0, sizeof(uint32_t) * s->num_sources);
    memset(s->target_priority, 0, sizeof(uint32_t) * s->num_contexts);
    memset(s->pending, 0, sizeof(uint32_t) * words);
    memset(s->claimed, 0, sizeof(uint32_t) * words);
    memset(s->enable, 0, sizeof(uint32_t) * words * s->num_contexts);
    plic_update(s);
}

/* "MS,MS,...": one group of mode letters per hart, from hartid_base. */
static bool plic_parse_hart_config(SiFivePLICState *s, Error **errp)
{
    const char *p;
    uint32_t hart = s->hartid_base;
    GArray *ctxs = g_array_new(false, false, sizeof(PLICContext));
    PLICContext c;

    for (p = s->hart_config ? s->hart_config : ""; *p; p++) {
        if (*p == ',') {
            hart++;
        } else if (*p == 'M' || *p == 'S') {
            c.hartid = hart;
            c.mode = *p;
            g_array_append_val(ctxs, c);
        } else {
            error_setg(errp, "plic: invalid mode '%c'", *p);
            g_array_free(ctxs, true);
            return false;
        }
    }
    s->num_contexts = ctxs->len;
    s->contexts = (PLICContext *)g_array_free(ctxs, false);
    return true;
}

static void plic_realize(DeviceState *dev, Error **errp)
{
    SiFivePLICState *s = SIFIVE_PLIC(dev);

    if (!s->num_sources || s->num_sources > 1024) {
        error_setg(errp, "plic: invalid number of sources %u",
                   s->num_sources);
        return;
    }
    if (!s->enable_stride || !s->context_stride ||
        !plic_parse_hart_config(s, errp)) {
        if (!*errp) {
            error_setg(errp, "plic: invalid register strides");
        }
        return;
    }
    s->bitfield_words = DIV_ROUND_UP(s->num_sources, 32);
    s->source_priority = g_new0(uint32_t, s->num_sources);
    s->target_priority = g_new0(uint32_t, s->num_contexts);
    s->pending = g_new0(uint32_t, s->bitfield_words);
    s->claimed = g_new0(uint32_t, s->bitfield_words);
    s->enable = g_new0(uint32_t, s->bitfield_words * s->num_contexts);
    memory_region_init_io(&s->mmio, OBJECT(dev), &plic_ops, s,
                          TYPE_SIFIVE_PLIC, s->aperture_size);
    sysbus_init_mmio(SYS_BUS_DEVICE(dev), &s->mmio);
    qdev_init_gpio_in(dev, plic_irq_request, s->num_sources);
}

static void plic_finalize(Object *obj)
{
    SiFivePLICState *s = SIFIVE_PLIC(obj);

    g_free(s->contexts);
    g_free(s->source_priority);
    g_free(s->target_priority);
    g_free(s->pending);
    g_free(s->claimed);
    g_free(s->enable);
}

static Property plic_properties[] = {
    DEFINE_PROP_STRING("hart-config", SiFivePLICState, hart_config),
    DEFINE_PROP_UINT32("hartid-base", SiFivePLICState, hartid_base, 0),
    DEFINE_PROP_UINT32("num-sources", SiFivePLICState, num_sources, 0),
    DEFINE_PROP_UINT32("num-priorities", SiFivePLICState, num_priorities, 0),
    DEFINE_PROP_UINT32("priority-base", SiFivePLICState, priority_base, 0),
    DEFINE_PROP_UINT32("pending-base", SiFivePLICState, pending_base, 0),
    DEFINE_PROP_UINT32("enable-base", SiFivePLICState, enable_base, 0),
    DEFINE_PROP_UINT32("enable-stride", SiFivePLICState, enable_stride, 0),
    DEFINE_PROP_UINT32("context-base", SiFivePLICState, context_base, 0),
    DEFINE_PROP_UINT32("context-stride", SiFivePLICState, context_stride, 0),
    DEFINE_PROP_UINT32("aperture-size", SiFivePLICState, aperture_size, 0),
    DEFINE_PROP_END_OF_LIST(),
};

static void plic_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->realize = plic_realize;
    dc->reset = plic_reset;
    device_class_set_props(dc, plic_properties);
}

static const TypeInfo plic_info = {
    .name = TYPE_SIFIVE_PLIC,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(SiFivePLICState),
    .instance_finalize = plic_finalize,
    .class_init = plic_class_init,
};

static void plic_register_types(void)
{
    type_register_static(&plic_info);
}

type_init(plic_register_types)

DeviceState *sifive_plic_create(hwaddr addr, const char *hart_config,
                                uint32_t num_harts, uint32_t hartid_base,
                                uint32_t num_sources,
                                uint32_t num_priorities,
                                uint32_t priority_base,
                                uint32_t pending_base, uint32_t enable_base,
                                uint32_t enable_stride,
                                uint32_t context_base,
                                uint32_t context_stride,
                                uint32_t aperture_size)
{
    DeviceState *dev = DEVICE(object_new(TYPE_SIFIVE_PLIC));

    qdev_prop_set_string(dev, "hart-config", hart_config);
    qdev_prop_set_uint32(dev, "hartid-base", hartid_base);
    qdev_prop_set_uint32(dev, "num-sources", num_sources);
    qdev_prop_set_uint32(dev, "num-priorities", num_priorities);
    qdev_prop_set_uint32(dev, "priority-base", priority_base);
    qdev_prop_set_uint32(dev, "pending-base", pending_base);
    qdev_prop_set_uint32(dev, "enable-base", enable_base);
    qdev_prop_set_uint32(dev, "enable-stride", enable_stride);
    qdev_prop_set_uint32(dev, "context-base", context_base);
    qdev_prop_set_uint32(dev, "context-stride", context_stride);
    qdev_prop_set_uint32(dev, "aperture-size", aperture_size);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, addr);
    return dev;
}
