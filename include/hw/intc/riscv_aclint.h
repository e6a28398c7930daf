/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv_aclint.h: the RISC-V ACLINT (Advanced Core Local Interruptor,
 * riscv-aclint spec 1.0): the machine-level timer device MTIMER (a
 * shared 64-bit mtime counter and one mtimecmp per hart; mtime >=
 * mtimecmp holds the hart's MTIP) and the software interrupt devices
 * MSWI/SSWI (one 32-bit register per hart driving MSIP or SSIP).  Laid
 * out as QEMU 8.2's boards use them, they form the SiFive CLINT.
 */
#ifndef HW_INTC_RISCV_ACLINT_H
#define HW_INTC_RISCV_ACLINT_H

#include "qemu/timer.h"
#include "hw/sysbus.h"

#define TYPE_RISCV_ACLINT_MTIMER "riscv.aclint.mtimer"
OBJECT_DECLARE_SIMPLE_TYPE(RISCVAclintMTimerState, RISCV_ACLINT_MTIMER)

#define TYPE_RISCV_ACLINT_SWI "riscv.aclint.swi"
OBJECT_DECLARE_SIMPLE_TYPE(RISCVAclintSwiState, RISCV_ACLINT_SWI)

typedef struct CPUArchState CPURISCVState;

struct RISCVAclintMTimerState {
    SysBusDevice parent_obj;

    MemoryRegion mmio;
    int64_t time_delta;         /* mtime = clock ticks + time_delta */
    uint64_t *timecmp;          /* per hart */
    QEMUTimer **timers;         /* per hart: fires when mtime hits cmp */
    void *timer_ctx;            /* the timers' opaques */
    CPURISCVState **harts;      /* per hart, NULL where none exists */
    /* properties */
    uint32_t hartid_base;
    uint32_t num_harts;
    uint32_t timecmp_base;      /* offset of hart 0's mtimecmp */
    uint32_t time_base;         /* offset of mtime */
    uint32_t aperture_size;
    uint32_t timebase_freq;     /* Hz */
};

struct RISCVAclintSwiState {
    SysBusDevice parent_obj;

    MemoryRegion mmio;
    CPURISCVState **harts;      /* per hart, NULL where none exists */
    /* properties */
    uint32_t hartid_base;
    uint32_t num_harts;
    uint32_t sswi;              /* non-zero: drives SSIP (else MSIP) */
};

#define RISCV_ACLINT_MAX_HARTS 4095
#define RISCV_ACLINT_SWI_SIZE 0x4000
#define RISCV_ACLINT_DEFAULT_MTIMECMP 0x0
#define RISCV_ACLINT_DEFAULT_MTIME 0x7ff8
#define RISCV_ACLINT_DEFAULT_MTIMER_SIZE 0x8000
#define RISCV_ACLINT_DEFAULT_TIMEBASE_FREQ 10000000

/*
 * riscv_aclint_mtimer_create: an MTIMER for harts @hartid_base ..
 * @hartid_base + @num_harts - 1, mapped at @addr with @size bytes,
 * mtimecmp registers at @timecmp_base and mtime at @time_base (offsets
 * in the region), counting at @timebase_freq Hz.  Each existing hart
 * gets its MTIP from it and, with @provide_rdtime, reads its time CSR
 * from it.
 */
DeviceState *riscv_aclint_mtimer_create(hwaddr addr, hwaddr size,
                                        uint32_t hartid_base,
                                        uint32_t num_harts,
                                        uint32_t timecmp_base,
                                        uint32_t time_base,
                                        uint32_t timebase_freq,
                                        bool provide_rdtime);

/*
 * riscv_aclint_swi_create: an MSWI (or, with @sswi, an SSWI) for
 * @num_harts harts from @hartid_base, mapped at @addr.
 */
DeviceState *riscv_aclint_swi_create(hwaddr addr, uint32_t hartid_base,
                                     uint32_t num_harts, bool sswi);

/*
 * riscv_aclint_connect_hart: the device (either kind) drives hart number
 * @index (of its @num_harts) through @env.  The create functions call
 * it for every hart that exists; tests give it harts of their own.
 */
void riscv_aclint_connect_hart(DeviceState *dev, uint32_t index,
                               CPURISCVState *env);

/* mtime as the guest reads it now (the harts' rdtime_fn). */
uint64_t riscv_aclint_mtimer_read_time(RISCVAclintMTimerState *s);

#endif
