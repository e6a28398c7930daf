/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * goldfish_rtc.c: the Goldfish RTC.  Time is nanoseconds since the
 * epoch, following the clock -rtc clock= names (host wall time by
 * default) from the date -rtc base= gives; the guest reads it low word
 * first (which latches the high word) and may set it.  Writing the alarm's
 * low word arms it; when the time reaches it the interrupt becomes
 * pending, and the line is up while pending and enabled.
 */
#include "qemu/osdep.h"
#include "qemu/log.h"
#include "hw/rtc/goldfish_rtc.h"
#include "hw/qdev-properties.h"
#include "sysemu/rtc.h"

#define RTC_TIME_LOW            0x00
#define RTC_TIME_HIGH           0x04
#define RTC_ALARM_LOW           0x08
#define RTC_ALARM_HIGH          0x0c
#define RTC_IRQ_ENABLED         0x10
#define RTC_CLEAR_ALARM         0x14
#define RTC_ALARM_STATUS        0x18
#define RTC_CLEAR_INTERRUPT     0x1c

static uint64_t rtc_now(GoldfishRTCState *s)
{
    return s->tick_offset + (uint64_t)qemu_clock_get_ns(s->clock);
}

static void rtc_update_irq(GoldfishRTCState *s)
{
    qemu_set_irq(s->irq, s->irq_pending && s->irq_enabled);
}

static void rtc_clear_alarm(GoldfishRTCState *s)
{
    timer_del(s->timer);
    s->alarm_running = 0;
}

static void rtc_set_alarm(GoldfishRTCState *s)
{
    uint64_t now = rtc_now(s);

    if (s->alarm_next <= now) {
        rtc_clear_alarm(s);
        s->irq_pending = 1;
        rtc_update_irq(s);
        return;
    }
    s->alarm_running = 1;
    timer_mod_ns(s->timer, qemu_clock_get_ns(s->clock) +
                           (int64_t)(s->alarm_next - now));
}

static void rtc_alarm_cb(void *opaque)
{
    GoldfishRTCState *s = opaque;

    s->alarm_running = 0;
    s->irq_pending = 1;
    rtc_update_irq(s);
}

static uint64_t goldfish_rtc_read(void *opaque, hwaddr offset, unsigned size)
{
    GoldfishRTCState *s = opaque;
    uint64_t now;

    switch (offset) {
    case RTC_TIME_LOW:
        now = rtc_now(s);
        s->time_high = now >> 32;
        return (uint32_t)now;
    case RTC_TIME_HIGH:
        return s->time_high;
    case RTC_ALARM_LOW:
        return (uint32_t)s->alarm_next;
    case RTC_ALARM_HIGH:
        return s->alarm_next >> 32;
    case RTC_IRQ_ENABLED:
        return s->irq_enabled;
    case RTC_ALARM_STATUS:
        return s->alarm_running;
    default:
        qemu_log_mask(LOG_GUEST_ERROR, "%s: offset 0x%x is UNIMP.\n",
                      __func__, (uint32_t)offset);
        return 0;
    }
}

/* Set bits [start, start+32) of the time, keeping it running. */
static void rtc_set_time_word(GoldfishRTCState *s, int start, uint32_t value)
{
    uint64_t now = rtc_now(s);

    s->tick_offset += deposit64(now, start, 32, value) - now;
}

static void goldfish_rtc_write(void *opaque, hwaddr offset, uint64_t value,
                               unsigned size)
{
    GoldfishRTCState *s = opaque;

    switch (offset) {
    case RTC_TIME_LOW:
        rtc_set_time_word(s, 0, value);
        break;
    case RTC_TIME_HIGH:
        rtc_set_time_word(s, 32, value);
        break;
    case RTC_ALARM_LOW:
        s->alarm_next = deposit64(s->alarm_next, 0, 32, value);
        rtc_set_alarm(s);
        break;
    case RTC_ALARM_HIGH:
        s->alarm_next = deposit64(s->alarm_next, 32, 32, value);
        break;
    case RTC_IRQ_ENABLED:
        s->irq_enabled = value & 1;
        rtc_update_irq(s);
        break;
    case RTC_CLEAR_ALARM:
        rtc_clear_alarm(s);
        break;
    case RTC_CLEAR_INTERRUPT:
        s->irq_pending = 0;
        rtc_update_irq(s);
        break;
    default:
        qemu_log_mask(LOG_GUEST_ERROR, "%s: offset 0x%x is UNIMP.\n",
                      __func__, (uint32_t)offset);
    }
}

#define GOLDFISH_RTC_OPS(_endian) {             \
        .read = goldfish_rtc_read,              \
        .write = goldfish_rtc_write,            \
        .endianness = (_endian),                \
        .valid.min_access_size = 4,             \
        .valid.max_access_size = 4,             \
    }

/* Indexed by the big-endian property. */
static const MemoryRegionOps goldfish_rtc_ops[2] = {
    GOLDFISH_RTC_OPS(DEVICE_LITTLE_ENDIAN),
    GOLDFISH_RTC_OPS(DEVICE_BIG_ENDIAN),
};

static QEMUClockType rtc_qemu_clock(void)
{
    switch (rtc_clock) {
    case RTC_CLOCK_REALTIME:
        return QEMU_CLOCK_REALTIME;
    case RTC_CLOCK_VIRTUAL:
        return QEMU_CLOCK_VIRTUAL;
    default:
        return QEMU_CLOCK_HOST;
    }
}

static void goldfish_rtc_reset(DeviceState *dev)
{
    GoldfishRTCState *s = GOLDFISH_RTC(dev);
    struct tm tm;

    rtc_clear_alarm(s);
    qemu_get_timedate(&tm, 0);
    s->tick_offset = (uint64_t)mktimegm(&tm) * NANOSECONDS_PER_SECOND -
                     qemu_clock_get_ns(s->clock);
    s->alarm_next = 0;
    s->irq_pending = 0;
    s->irq_enabled = 0;
    s->time_high = 0;
    rtc_update_irq(s);
}

static void goldfish_rtc_realize(DeviceState *dev, Error **errp)
{
    GoldfishRTCState *s = GOLDFISH_RTC(dev);

    s->clock = rtc_qemu_clock();
    s->timer = timer_new_ns(s->clock, rtc_alarm_cb, s);
    memory_region_init_io(&s->iomem, OBJECT(dev),
                          &goldfish_rtc_ops[s->big_endian], s,
                          "goldfish_rtc", GOLDFISH_RTC_MMIO_SIZE);
    sysbus_init_mmio(SYS_BUS_DEVICE(dev), &s->iomem);
    sysbus_init_irq(SYS_BUS_DEVICE(dev), &s->irq);
}

static void goldfish_rtc_unrealize(DeviceState *dev)
{
    GoldfishRTCState *s = GOLDFISH_RTC(dev);

    timer_free(s->timer);
    s->timer = NULL;
}

static Property goldfish_rtc_props[] = {
    DEFINE_PROP_BOOL("big-endian", GoldfishRTCState, big_endian, false),
    DEFINE_PROP_END_OF_LIST(),
};

static void goldfish_rtc_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->realize = goldfish_rtc_realize;
    dc->unrealize = goldfish_rtc_unrealize;
    dc->reset = goldfish_rtc_reset;
    device_class_set_props(dc, goldfish_rtc_props);
}

static const TypeInfo goldfish_rtc_info = {
    .name = TYPE_GOLDFISH_RTC,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(GoldfishRTCState),
    .class_init = goldfish_rtc_class_init,
};

static void goldfish_rtc_register_types(void)
{
    type_register_static(&goldfish_rtc_info);
}

type_init(goldfish_rtc_register_types)
