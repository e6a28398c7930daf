/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev-core.h: the device model core: devices as QOM objects that are
 * created, given properties, then realized (brought to life) and reset;
 * and the machine initialisation phases, so code that needs a machine,
 * an accelerator or realized devices can check that they exist.
 *
 * The phases and their order are QEMU 8.2's (include/hw/qdev-core.h).
 */
#ifndef HW_QDEV_CORE_H
#define HW_QDEV_CORE_H

#include "qom/object.h"
#include "hw/irq.h"

#define TYPE_DEVICE "device"
OBJECT_DECLARE_TYPE(DeviceState, DeviceClass, DEVICE)

#define TYPE_BUS "bus"
OBJECT_DECLARE_TYPE(BusState, BusClass, BUS)

typedef struct Property Property;
typedef void (*DeviceRealize)(DeviceState *dev, Error **errp);
typedef void (*DeviceUnrealize)(DeviceState *dev);
typedef void (*DeviceReset)(DeviceState *dev);

struct DeviceClass {
    ObjectClass parent_class;

    const char *desc;
    bool user_creatable;        /* -device may create it */
    bool hotpluggable;
    const char *bus_type;       /* the bus it plugs into, or NULL */
    DeviceRealize realize;
    DeviceUnrealize unrealize;
    DeviceReset reset;          /* back to the power-on state */
    Property *props_;           /* device_class_set_props' table, or NULL */
};

struct DeviceState {
    Object parent_obj;

    char *id;                   /* -device id=, or NULL */
    bool realized;
    BusState *parent_bus;
    /* GPIO lines (qdev_init_gpio_in/out) */
    qemu_irq *gpio_in;          /* the lines this device receives */
    int num_gpio_in;
    qemu_irq **gpio_out;        /* the device's own output slots */
    int num_gpio_out;
    /* The buses this device provides (qbus_init), oldest first. */
    GSList *child_bus;
    int num_child_bus;
};

struct BusClass {
    ObjectClass parent_class;

    int automatic_ids;          /* N of the next unnamed "<type>.N" */
};

/*
 * A bus: where devices of its kind plug in.  It belongs to the device
 * that provides it (none for the main system bus) and lists the devices
 * realized on it, the newest first (the order info qtree shows).
 */
struct BusState {
    Object obj;

    DeviceState *parent;
    char *name;
    GQueue children;            /* DeviceState * (not referenced) */
};

/*
 * qbus_init: initialise the bus of type @typename at @bus (@size bytes,
 * embedded in @parent's state), provided by @parent, named @name or, when
 * NULL, "PARENTID.N" (N counting @parent's buses) or "TYPE.N" (N counting
 * buses of the type).  It becomes @parent's QOM child of that name.
 */
void qbus_init(void *bus, size_t size, const char *typename,
               DeviceState *parent, const char *name);
/* The bus of @dev called @name, or NULL. */
BusState *qdev_get_child_bus(DeviceState *dev, const char *name);
/* Reset every device on @bus, and what hangs below them. */
void bus_cold_reset(BusState *bus);

/*
 * qdev_realize: realize @dev (plugged into @bus, or no bus when NULL);
 * false with @errp set if its realize failed.
 */
bool qdev_realize(DeviceState *dev, BusState *bus, Error **errp);
/* As qdev_realize, then drop the caller's reference. */
bool qdev_realize_and_unref(DeviceState *dev, BusState *bus, Error **errp);
/* Reset @dev (and what hangs below it) to its power-on state. */
void device_cold_reset(DeviceState *dev);

/* GPIO lines: inputs a device receives, outputs it drives. */
void qdev_init_gpio_in(DeviceState *dev, qemu_irq_handler handler, int n);
void qdev_init_gpio_out(DeviceState *dev, qemu_irq *pins, int n);
qemu_irq qdev_get_gpio_in(DeviceState *dev, int n);
void qdev_connect_gpio_out(DeviceState *dev, int n, qemu_irq pin);

/* Where start-up is; each phase includes the ones before it. */
typedef enum MachineInitPhase {
    /* -machine has not been read; no machine object exists. */
    PHASE_NO_MACHINE,
    /* The machine object exists and its properties are set. */
    PHASE_MACHINE_CREATED,
    /* The accelerator exists; the machine is not initialised yet. */
    PHASE_ACCEL_CREATED,
    /* The -object back-ends created after the accelerator exist. */
    PHASE_LATE_BACKENDS_CREATED,
    /* The board's init function has run. */
    PHASE_MACHINE_INITIALIZED,
    /* -device devices are created; the machine is complete. */
    PHASE_MACHINE_READY,
} MachineInitPhase;

/* The phase start-up has reached. */
MachineInitPhase phase_get(void);

/* True once start-up has reached @phase (or gone past it). */
bool phase_check(MachineInitPhase phase);

/*
 * phase_advance: move to @phase, which must be the one right after the
 * current phase (anything else is a bug and aborts).
 */
void phase_advance(MachineInitPhase phase);

#endif
