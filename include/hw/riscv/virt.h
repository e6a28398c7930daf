/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * virt.h: the riscv virt board's memory map, interrupt numbers and
 * state, shared by its board code (virt.c) and device tree (virt-fdt.c).
 * Addresses and numbers are QEMU 8.2's.
 */
#ifndef HW_RISCV_VIRT_H
#define HW_RISCV_VIRT_H

#include "hw/boards.h"
#include "exec/memory.h"

#define TYPE_RISCV_VIRT_MACHINE MACHINE_TYPE_NAME("virt")
OBJECT_DECLARE_SIMPLE_TYPE(RISCVVirtState, RISCV_VIRT_MACHINE)

#define VIRT_SOCKETS_MAX 4

struct RISCVVirtState {
    MachineState parent_obj;

    bool have_aclint;

    DeviceState *irqchip[VIRT_SOCKETS_MAX];     /* each socket's PLIC */
    DeviceState *plic;              /* the UART's and RTC's: socket 0's */
    DeviceState *virtio_plic;       /* the virtio-mmio slots' */
    MemoryRegion mrom;
    uint32_t phandle_intc[512];     /* per hart */
    uint32_t phandle_cpu[512];
    uint32_t phandle_plic[VIRT_SOCKETS_MAX];
    uint32_t phandle_test;
};

enum {
    VIRT_MROM,
    VIRT_TEST,
    VIRT_RTC,
    VIRT_CLINT,
    VIRT_ACLINT_SSWI,
    VIRT_PLIC,
    VIRT_UART0,
    VIRT_VIRTIO,
    VIRT_DRAM,
};

typedef struct MemMapEntry {
    hwaddr base;
    hwaddr size;
} MemMapEntry;

extern const MemMapEntry virt_memmap[];

#define VIRT_UART0_IRQ 10
#define VIRT_RTC_IRQ 11
#define VIRT_VIRTIO_IRQ 1           /* first of VIRT_VIRTIO_COUNT */
#define VIRT_VIRTIO_COUNT 8
#define VIRT_IRQCHIP_NUM_SOURCES 96
#define VIRT_IRQCHIP_NUM_PRIO_BITS 3
#define VIRT_PLIC_PRIORITY_BASE 0x00
#define VIRT_PLIC_PENDING_BASE 0x1000
#define VIRT_PLIC_ENABLE_BASE 0x2000
#define VIRT_PLIC_ENABLE_STRIDE 0x80
#define VIRT_PLIC_CONTEXT_BASE 0x200000
#define VIRT_PLIC_CONTEXT_STRIDE 0x1000
#define VIRT_PLIC_SIZE(contexts) \
    (VIRT_PLIC_CONTEXT_BASE + (contexts) * VIRT_PLIC_CONTEXT_STRIDE)
#define VIRT_UART0_CLOCK 3686400
#define VIRT_UART0_BAUDBASE 399193
#define VIRT_TIMEBASE_FREQ 10000000

/*
 * The socket whose PLIC takes the virtio-mmio interrupts: socket 1 when
 * there is one (QEMU spreads its devices' interrupts over the first
 * sockets), else socket 0.
 */
static inline int virt_virtio_socket(int socket_count)
{
    return socket_count > 1 ? 1 : 0;
}

/* Build ms->fdt for the board as created (virt-fdt.c). */
void virt_create_fdt(RISCVVirtState *s);

#endif
