/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * goldfish_rtc.h: Google's Goldfish RTC on the riscv virt board: a
 * nanosecond wall clock the guest can read and set, with one alarm.
 */
#ifndef HW_RTC_GOLDFISH_RTC_H
#define HW_RTC_GOLDFISH_RTC_H

#include "exec/memory.h"
#include "hw/irq.h"
#include "hw/sysbus.h"
#include "qemu/timer.h"

#define TYPE_GOLDFISH_RTC "goldfish_rtc"
OBJECT_DECLARE_SIMPLE_TYPE(GoldfishRTCState, GOLDFISH_RTC)

/* The register block: the rest of the board's 4 KiB slot is unassigned. */
#define GOLDFISH_RTC_MMIO_SIZE 0x24

/* MMIO region 0, IRQ 0 (alarm); property big-endian. */
struct GoldfishRTCState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    QEMUTimer *timer;
    qemu_irq irq;
    QEMUClockType clock;
    bool big_endian;
    uint64_t tick_offset;       /* guest ns minus the clock's ns */
    uint64_t alarm_next;
    uint32_t alarm_running;
    uint32_t irq_pending;
    uint32_t irq_enabled;
    uint32_t time_high;         /* latched by a TIME_LOW read */
};

#endif
