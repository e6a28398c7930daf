/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * virtio-mmio.h: the virtio-mmio transport (virtio 1.2 section 4.2) as
 * a system-bus device.  For now the empty slots of the riscv virt board:
 * the transport with nothing on its bus.
 */
#ifndef HW_VIRTIO_MMIO_H
#define HW_VIRTIO_MMIO_H

#include "exec/memory.h"
#include "hw/sysbus.h"

#define TYPE_VIRTIO_BUS "virtio-bus"
#define TYPE_VIRTIO_MMIO_BUS "virtio-mmio-bus"
#define TYPE_VIRTIO_MMIO "virtio-mmio"
OBJECT_DECLARE_SIMPLE_TYPE(VirtIOMMIOProxy, VIRTIO_MMIO)

#define VIRTIO_IOMMIO_FLAG_USE_IOEVENTFD_BIT 1
#define VIRTIO_IOMMIO_FLAG_USE_IOEVENTFD \
    (1U << VIRTIO_IOMMIO_FLAG_USE_IOEVENTFD_BIT)

/* The transport's registers (the board's slot may be larger). */
#define VIRTIO_MMIO_REGION_SIZE 0x200

/*
 * MMIO region 0, IRQ 0 and the bus "virtio-mmio-bus.N"; properties
 * format_transport_address, force-legacy and ioeventfd (always off).
 */
struct VirtIOMMIOProxy {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    qemu_irq irq;
    BusState bus;
    bool format_transport_address;
    bool legacy;
    uint32_t flags;             /* VIRTIO_IOMMIO_FLAG_* */
};

#endif
