/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sysbus.h: devices on the system bus (QEMU's SysBusDevice): a device
 * that exposes MMIO regions, which a board maps into the system address
 * space, and numbered interrupt outputs, which a board connects to an
 * interrupt controller's inputs.
 */
#ifndef HW_SYSBUS_H
#define HW_SYSBUS_H

#include "exec/memory.h"
#include "hw/qdev-core.h"

#define QDEV_MAX_MMIO 32
#define QDEV_MAX_IRQ 32

#define TYPE_SYSTEM_BUS "System"
#define TYPE_SYS_BUS_DEVICE "sys-bus-device"
OBJECT_DECLARE_TYPE(SysBusDevice, SysBusDeviceClass, SYS_BUS_DEVICE)

struct SysBusDeviceClass {
    DeviceClass parent_class;
};

struct SysBusDevice {
    DeviceState parent_obj;

    int num_mmio;
    struct {
        hwaddr addr;            /* where it is mapped, or -1 */
        MemoryRegion *memory;
    } mmio[QDEV_MAX_MMIO];
    int num_irq;
    qemu_irq *irqp[QDEV_MAX_IRQ];   /* the device's output slots */
};

/* The main system bus ("main-system-bus"), where sysbus_realize plugs. */
BusState *sysbus_get_default(void);

/* Declare @memory as the device's next MMIO region (number 0, 1...). */
void sysbus_init_mmio(SysBusDevice *dev, MemoryRegion *memory);
/* The device's MMIO region @n. */
MemoryRegion *sysbus_mmio_get_region(SysBusDevice *dev, int n);
/* Map MMIO region @n at @addr of the system memory (moving it if mapped). */
void sysbus_mmio_map(SysBusDevice *dev, int n, hwaddr addr);
/* As sysbus_mmio_map, above regions of lower @priority where they overlap. */
void sysbus_mmio_map_overlap(SysBusDevice *dev, int n, hwaddr addr,
                             int priority);
/* Declare *@p as the device's next interrupt output. */
void sysbus_init_irq(SysBusDevice *dev, qemu_irq *p);
/* Connect interrupt output @n to @irq. */
void sysbus_connect_irq(SysBusDevice *dev, int n, qemu_irq irq);
/* Is interrupt output @n connected? */
bool sysbus_is_irq_connected(SysBusDevice *dev, int n);

/*
 * sysbus_realize: realize @dev on the system bus; it is reset with the
 * machine from then on.  False with @errp set if realize failed.
 */
bool sysbus_realize(SysBusDevice *dev, Error **errp);
/* As sysbus_realize, then drop the caller's reference. */
bool sysbus_realize_and_unref(SysBusDevice *dev, Error **errp);

/* Create a @name device, realize it and map its MMIO region 0 at @addr. */
DeviceState *sysbus_create_simple(const char *name, hwaddr addr,
                                  qemu_irq irq);

#endif
