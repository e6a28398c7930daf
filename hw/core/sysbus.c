/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sysbus.c: devices on the system bus (TYPE_SYS_BUS_DEVICE).  A device
 * declares its MMIO regions and interrupt outputs in order; the board
 * maps region N into the system address space and connects output N to
 * an interrupt controller.  A realized system-bus device is reset with
 * the machine (qemu_register_reset), in realize order.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "hw/boards.h"
#include "hw/sysbus.h"
#include "sysemu/reset.h"

void sysbus_init_mmio(SysBusDevice *dev, MemoryRegion *memory)
{
    int n = dev->num_mmio++;

    assert(n < QDEV_MAX_MMIO);
    dev->mmio[n].addr = (hwaddr)-1;
    dev->mmio[n].memory = memory;
}

MemoryRegion *sysbus_mmio_get_region(SysBusDevice *dev, int n)
{
    assert(n >= 0 && n < dev->num_mmio);
    return dev->mmio[n].memory;
}

static void sysbus_mmio_map_common(SysBusDevice *dev, int n, hwaddr addr,
                                   bool may_overlap, int priority)
{
    MemoryRegion *mr = sysbus_mmio_get_region(dev, n);

    if (dev->mmio[n].addr == addr) {
        return;
    }
    if (dev->mmio[n].addr != (hwaddr)-1) {
        memory_region_del_subregion(get_system_memory(), mr);
    }
    dev->mmio[n].addr = addr;
    if (may_overlap) {
        memory_region_add_subregion_overlap(get_system_memory(), addr, mr,
                                            priority);
    } else {
        memory_region_add_subregion(get_system_memory(), addr, mr);
    }
}

void sysbus_mmio_map(SysBusDevice *dev, int n, hwaddr addr)
{
    sysbus_mmio_map_common(dev, n, addr, false, 0);
}

void sysbus_mmio_map_overlap(SysBusDevice *dev, int n, hwaddr addr,
                             int priority)
{
    sysbus_mmio_map_common(dev, n, addr, true, priority);
}

void sysbus_init_irq(SysBusDevice *dev, qemu_irq *p)
{
    int n = dev->num_irq++;

    assert(n < QDEV_MAX_IRQ);
    *p = NULL;
    dev->irqp[n] = p;
}

void sysbus_connect_irq(SysBusDevice *dev, int n, qemu_irq irq)
{
    assert(n >= 0 && n < dev->num_irq);
    *dev->irqp[n] = irq;
}

bool sysbus_is_irq_connected(SysBusDevice *dev, int n)
{
    assert(n >= 0 && n < dev->num_irq);
    return *dev->irqp[n] != NULL;
}

static void sysbus_device_reset(void *opaque)
{
    device_cold_reset(opaque);
}

/*
 * The main system bus, made on first use; it never goes away (the
 * machine's /unattached/sysbus child is a second reference).
 */
BusState *sysbus_get_default(void)
{
    static BusState *main_system_bus;

    if (!main_system_bus) {
        main_system_bus = g_new0(BusState, 1);
        qbus_init(main_system_bus, sizeof(BusState), TYPE_SYSTEM_BUS, NULL,
                  "main-system-bus");
        OBJECT(main_system_bus)->free = g_free;
        if (current_machine) {
            object_property_add_child(container_get(OBJECT(current_machine),
                                                    "/unattached"),
                                      "sysbus", OBJECT(main_system_bus));
        }
    }
    return main_system_bus;
}

bool sysbus_realize(SysBusDevice *dev, Error **errp)
{
    if (!qdev_realize(DEVICE(dev), sysbus_get_default(), errp)) {
        return false;
    }
    qemu_register_reset(sysbus_device_reset, dev);
    return true;
}

bool sysbus_realize_and_unref(SysBusDevice *dev, Error **errp)
{
    bool ok = sysbus_realize(dev, errp);

    object_unref(OBJECT(dev));
    return ok;
}

DeviceState *sysbus_create_simple(const char *name, hwaddr addr,
                                  qemu_irq irq)
{
    DeviceState *dev = DEVICE(object_new(name));
    SysBusDevice *sbd = SYS_BUS_DEVICE(dev);

    sysbus_realize_and_unref(sbd, &error_fatal);
    sysbus_mmio_map(sbd, 0, addr);
    if (irq) {
        sysbus_connect_irq(sbd, 0, irq);
    }
    return dev;
}

static void sysbus_device_unrealize_reset(SysBusDevice *dev)
{
    qemu_unregister_reset(sysbus_device_reset, dev);
}

static void sysbus_device_finalize(Object *obj)
{
    SysBusDevice *dev = SYS_BUS_DEVICE(obj);
    int n;

    sysbus_device_unrealize_reset(dev);
    /* A subclass's finalize may have unmapped (and dropped) its regions. */
    for (n = 0; n < dev->num_mmio; n++) {
        if (dev->mmio[n].addr != (hwaddr)-1 &&
            dev->mmio[n].memory->container == get_system_memory()) {
            memory_region_del_subregion(get_system_memory(),
                                        dev->mmio[n].memory);
        }
    }
}

static void sysbus_device_class_init(ObjectClass *oc, void *data)
{
    DEVICE_CLASS(oc)->bus_type = TYPE_SYSTEM_BUS;
}

static const TypeInfo system_bus_info = {
    .name = TYPE_SYSTEM_BUS,
    .parent = TYPE_BUS,
    .instance_size = sizeof(BusState),
};

static const TypeInfo sysbus_device_type_info = {
    .name = TYPE_SYS_BUS_DEVICE,
    .parent = TYPE_DEVICE,
    .instance_size = sizeof(SysBusDevice),
    .instance_finalize = sysbus_device_finalize,
    .abstract = true,
    .class_size = sizeof(SysBusDeviceClass),
    .class_init = sysbus_device_class_init,
};

static void sysbus_register_types(void)
{
    type_register_static(&system_bus_info);
    type_register_static(&sysbus_device_type_info);
}

type_init(sysbus_register_types)
