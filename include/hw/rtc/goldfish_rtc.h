/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * goldfish_rtc.h: Google's Goldfish RTC on the riscv virt board: a
 * nanosecond wall clock the guest can read and set, with one alarm.
 */
#ifndef HW_RTC_GOLDFISH_RTC_H
#define HW_RTC_GOLDFISH_RTC_H

#include "exec/memory.h"
#include "hw/irq.h"
#include "qemu/timer.h"

typedef struct GoldfishRTCState {
    MemoryRegion iomem;
    QEMUTimer *timer;
    qemu_irq irq;
    QEMUClockType clock;
    uint64_t tick_offset;       /* guest ns minus the clock's ns */
    uint64_t alarm_next;
    uint32_t alarm_running;
    uint32_t irq_pending;
    uint32_t irq_enabled;
    uint32_t time_high;         /* latched by a TIME_LOW read */
} GoldfishRTCState;

/* Map an RTC at @addr of the system address space raising @irq. */
GoldfishRTCState *goldfish_rtc_create(hwaddr addr, qemu_irq irq);

/* The register interface, for the unit tests. */
uint64_t goldfish_rtc_read(void *opaque, hwaddr offset, unsigned size);
void goldfish_rtc_write(void *opaque, hwaddr offset, uint64_t value,
                        unsigned size);

#endif
