/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * virtio-mmio-empty.c: the virtio-mmio transport ("virtio-mmio", a
 * system-bus device with a "virtio-mmio-bus" for a virtio device), so far
 * always without a device on its bus, as the riscv virt board's eight
 * slots look until -device puts something there: the magic value, the
 * version (1, the legacy transport, unless force-legacy=off makes it 2),
 * device ID 0 (none) and the vendor ID; every other register reads 0 and
 * writes are ignored.  Guests skip such slots.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "hw/qdev-properties.h"
#include "hw/virtio/virtio-mmio.h"

#define VIRTIO_MMIO_MAGIC_VALUE     0x000
#define VIRTIO_MMIO_VERSION         0x004
#define VIRTIO_MMIO_DEVICE_ID       0x008
#define VIRTIO_MMIO_VENDOR_ID       0x00c
#define VIRT_MAGIC 0x74726976       /* "virt" */
#define VIRT_VENDOR 0x554d4551      /* "QEMU" */

static uint64_t virtio_mmio_read(void *opaque, hwaddr addr, unsigned size)
{
    VirtIOMMIOProxy *proxy = opaque;

    if (size != 4) {
        return 0;
    }
    switch (addr) {
    case VIRTIO_MMIO_MAGIC_VALUE:
        return VIRT_MAGIC;
    case VIRTIO_MMIO_VERSION:
        return proxy->legacy ? 1 : 2;
    case VIRTIO_MMIO_VENDOR_ID:
        return VIRT_VENDOR;
    default:
        return 0;       /* device ID 0: nothing here */
    }
}

static void virtio_mmio_write(void *opaque, hwaddr addr, uint64_t val,
                              unsigned size)
{
}

static const MemoryRegionOps virtio_mmio_ops = {
    .read = virtio_mmio_read,
    .write = virtio_mmio_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 4,
};

static void virtio_mmio_realize(DeviceState *dev, Error **errp)
{
    VirtIOMMIOProxy *proxy = VIRTIO_MMIO(dev);
    SysBusDevice *sbd = SYS_BUS_DEVICE(dev);

    qbus_init(&proxy->bus, sizeof(proxy->bus), TYPE_VIRTIO_MMIO_BUS, dev,
              NULL);
    /* No KVM ioeventfds here: the property reads back off, as in QEMU. */
    proxy->flags &= ~VIRTIO_IOMMIO_FLAG_USE_IOEVENTFD;
    sysbus_init_irq(sbd, &proxy->irq);
    memory_region_init_io(&proxy->iomem, OBJECT(dev), &virtio_mmio_ops,
                          proxy, TYPE_VIRTIO_MMIO, VIRTIO_MMIO_REGION_SIZE);
    sysbus_init_mmio(sbd, &proxy->iomem);
}

static Property virtio_mmio_props[] = {
    DEFINE_PROP_BOOL("format_transport_address", VirtIOMMIOProxy,
                     format_transport_address, true),
    DEFINE_PROP_BOOL("force-legacy", VirtIOMMIOProxy, legacy, true),
    DEFINE_PROP_BIT("ioeventfd", VirtIOMMIOProxy, flags,
                    VIRTIO_IOMMIO_FLAG_USE_IOEVENTFD_BIT, true),
    DEFINE_PROP_END_OF_LIST(),
};

static void virtio_mmio_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->realize = virtio_mmio_realize;
    device_class_set_props(dc, virtio_mmio_props);
}

static const TypeInfo virtio_mmio_types[] = {
    {
        .name = TYPE_VIRTIO_MMIO,
        .parent = TYPE_SYS_BUS_DEVICE,
        .instance_size = sizeof(VirtIOMMIOProxy),
        .class_init = virtio_mmio_class_init,
    }, {
        .name = TYPE_VIRTIO_BUS,
        .parent = TYPE_BUS,
        .instance_size = sizeof(BusState),
        .abstract = true,
    }, {
        .name = TYPE_VIRTIO_MMIO_BUS,
        .parent = TYPE_VIRTIO_BUS,
        .instance_size = sizeof(BusState),
    },
};

DEFINE_TYPES(virtio_mmio_types)
