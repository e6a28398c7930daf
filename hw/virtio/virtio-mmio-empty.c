/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * virtio-mmio-empty.c: a virtio-mmio transport with no device plugged
 * in, as the riscv virt board's eight slots look until -device puts
 * something there: the magic value, version 1 (QEMU's default legacy
 * transport), device ID 0 (none) and the vendor ID; every other
 * register reads 0 and writes are ignored.  Guests skip such slots.
 */
#include "qemu/osdep.h"
#include "hw/virtio/virtio-mmio.h"

#define VIRTIO_MMIO_MAGIC_VALUE     0x000
#define VIRTIO_MMIO_VERSION         0x004
#define VIRTIO_MMIO_DEVICE_ID       0x008
#define VIRTIO_MMIO_VENDOR_ID       0x00c
#define VIRT_MAGIC 0x74726976       /* "virt" */
#define VIRT_VENDOR 0x554d4551      /* "QEMU" */

static uint64_t virtio_mmio_empty_read(void *opaque, hwaddr addr,
                                       unsigned size)
{
    if (size != 4) {
        return 0;
    }
    switch (addr) {
    case VIRTIO_MMIO_MAGIC_VALUE:
        return VIRT_MAGIC;
    case VIRTIO_MMIO_VERSION:
        return 1;
    case VIRTIO_MMIO_VENDOR_ID:
        return VIRT_VENDOR;
    default:
        return 0;       /* device ID 0: nothing here */
    }
}

static void virtio_mmio_empty_write(void *opaque, hwaddr addr,
                                    uint64_t val, unsigned size)
{
}

static const MemoryRegionOps virtio_mmio_empty_ops = {
    .read = virtio_mmio_empty_read,
    .write = virtio_mmio_empty_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 4,
};

void virtio_mmio_empty_create(hwaddr addr, hwaddr size)
{
    MemoryRegion *mr = g_new0(MemoryRegion, 1);

    memory_region_init_io(mr, NULL, &virtio_mmio_empty_ops, NULL,
                          "virtio-mmio", size);
    memory_region_add_subregion(get_system_memory(), addr, mr);
}
