/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sifive_plic.h: the SiFive platform-level interrupt controller of the
 * riscv virt board: per-source priorities and pending bits, per-context
 * enables, thresholds and claim/complete; a context is one privilege
 * mode (M or S) of one hart and drives that hart's MEIP or SEIP.
 */
#ifndef HW_SIFIVE_PLIC_H
#define HW_SIFIVE_PLIC_H

#include "hw/sysbus.h"

#define TYPE_SIFIVE_PLIC "riscv.sifive.plic"
OBJECT_DECLARE_SIMPLE_TYPE(SiFivePLICState, SIFIVE_PLIC)

typedef struct PLICContext {
    uint32_t hartid;
    char mode;                  /* 'M' or 'S' */
} PLICContext;

struct SiFivePLICState {
    SysBusDevice parent_obj;

    MemoryRegion mmio;
    uint32_t num_contexts;
    PLICContext *contexts;
    uint32_t bitfield_words;    /* 32-bit words of one source bitmap */
    uint32_t *source_priority;
    uint32_t *target_priority;  /* threshold per context */
    uint32_t *pending;
    uint32_t *claimed;
    uint32_t *enable;           /* bitfield_words per context */

    /* properties */
    char *hart_config;          /* "MS,MS": the modes of each hart */
    uint32_t hartid_base;
    uint32_t num_sources;
    uint32_t num_priorities;
    uint32_t priority_base;
    uint32_t pending_base;
    uint32_t enable_base;
    uint32_t enable_stride;
    uint32_t context_base;
    uint32_t context_stride;
    uint32_t aperture_size;
};

/* Create, realize and map a PLIC at @addr; inputs are GPIO lines. */
DeviceState *sifive_plic_create(hwaddr addr, const char *hart_config,
                                uint32_t num_harts, uint32_t hartid_base,
                                uint32_t num_sources,
                                uint32_t num_priorities,
                                uint32_t priority_base,
                                uint32_t pending_base, uint32_t enable_base,
                                uint32_t enable_stride,
                                uint32_t context_base,
                                uint32_t context_stride,
                                uint32_t aperture_size);

#endif
