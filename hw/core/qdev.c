/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev.c: the device model core.  TYPE_DEVICE is the abstract base of
 * every device: a device is created with object_new, given its
 * properties, then realized by setting its "realized" property (the
 * class's realize hook runs then), and reset by its class's reset hook.
 * A device's GPIO lines are qemu_irqs: inputs it owns and hands out,
 * outputs that point at another device's inputs.
 *
 * Also the machine initialisation phases (QEMU 8.2's phase_advance/
 * phase_check/phase_get): start-up moves through them one step at a
 * time, and code that needs a machine, an accelerator or realized
 * devices asks which phase it is in.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "hw/boards.h"
#include "hw/qdev-core.h"
#include "qdev-internal.h"

static MachineInitPhase machine_phase = PHASE_NO_MACHINE;

MachineInitPhase phase_get(void)
{
    return machine_phase;
}

bool phase_check(MachineInitPhase phase)
{
    return machine_phase >= phase;
}

void phase_advance(MachineInitPhase phase)
{
    assert(machine_phase == phase - 1);
    machine_phase = phase;
}

/*
 * A device realized without a parent becomes /machine/unattached/
 * device[N], as in QEMU, so that qom-list finds it.  Without a machine
 * (unit tests) it stays where it is.
 */
static void device_attach_if_orphan(DeviceState *dev)
{
    static int unattached_count;
    Object *obj = OBJECT(dev);
    g_autofree char *name = NULL;

    if (obj->parent || !current_machine) {
        return;
    }
    name = g_strdup_printf("device[%d]", unattached_count++);
    object_property_add_child(container_get(OBJECT(current_machine),
                                            "/unattached"), name, obj);
}

static bool device_get_realized(Object *obj, Error **errp)
{
    return DEVICE(obj)->realized;
}

static void device_set_realized(Object *obj, bool value, Error **errp)
{
    DeviceState *dev = DEVICE(obj);
    DeviceClass *dc = DEVICE_GET_CLASS(dev);
    Error *local_err = NULL;

    if (value == dev->realized) {
        return;
    }
    if (!value) {
        if (dc->unrealize) {
            dc->unrealize(dev);
        }
        dev->realized = false;
        return;
    }
    device_attach_if_orphan(dev);
    if (dc->realize) {
        dc->realize(dev, &local_err);
        if (local_err) {
            error_propagate(errp, local_err);
            return;
        }
    }
    dev->realized = true;
}

bool qdev_realize(DeviceState *dev, BusState *bus, Error **errp)
{
    assert(!dev->realized && !dev->parent_bus);
    if (bus) {
        bus_add_child(bus, dev);
    }
    if (!object_property_set_bool(OBJECT(dev), "realized", true, errp)) {
        bus_remove_child(dev);
        return false;
    }
    return true;
}

bool qdev_realize_and_unref(DeviceState *dev, BusState *bus, Error **errp)
{
    bool ok = qdev_realize(dev, bus, errp);

    object_unref(OBJECT(dev));
    return ok;
}

void device_cold_reset(DeviceState *dev)
{
    DeviceClass *dc = DEVICE_GET_CLASS(dev);
    GSList *el;

    if (dc->reset) {
        dc->reset(dev);
    }
    for (el = dev->child_bus; el; el = el->next) {
        bus_cold_reset(el->data);
    }
}

void qdev_init_gpio_in(DeviceState *dev, qemu_irq_handler handler, int n)
{
    int i;

    dev->gpio_in = g_renew(qemu_irq, dev->gpio_in, dev->num_gpio_in + n);
    for (i = 0; i < n; i++) {
        dev->gpio_in[dev->num_gpio_in + i] =
            qemu_allocate_irq(handler, dev, dev->num_gpio_in + i);
    }
    dev->num_gpio_in += n;
}

void qdev_init_gpio_out(DeviceState *dev, qemu_irq *pins, int n)
{
    int i;

    dev->gpio_out = g_renew(qemu_irq *, dev->gpio_out,
                            dev->num_gpio_out + n);
    for (i = 0; i < n; i++) {
        pins[i] = NULL;
        dev->gpio_out[dev->num_gpio_out + i] = &pins[i];
    }
    dev->num_gpio_out += n;
}

qemu_irq qdev_get_gpio_in(DeviceState *dev, int n)
{
    assert(n >= 0 && n < dev->num_gpio_in);
    return dev->gpio_in[n];
}

void qdev_connect_gpio_out(DeviceState *dev, int n, qemu_irq pin)
{
    assert(n >= 0 && n < dev->num_gpio_out);
    *dev->gpio_out[n] = pin;
}

static void device_finalize(Object *obj)
{
    DeviceState *dev = DEVICE(obj);

    if (dev->realized) {
        object_property_set_bool(obj, "realized", false, &error_abort);
    }
    bus_remove_child(dev);
    qemu_free_irqs(dev->gpio_in, dev->num_gpio_in);
    g_free(dev->gpio_out);
    g_free(dev->id);
}

/* Each class lists only its own static properties (info qtree). */
static void device_class_base_init(ObjectClass *oc, void *data)
{
    DEVICE_CLASS(oc)->props_ = NULL;
}

static void device_class_init(ObjectClass *oc, void *data)
{
    object_class_property_add_bool(oc, "realized", device_get_realized,
                                   device_set_realized);
}

static const TypeInfo device_type_info = {
    .name = TYPE_DEVICE,
    .parent = TYPE_OBJECT,
    .instance_size = sizeof(DeviceState),
    .instance_finalize = device_finalize,
    .abstract = true,
    .class_size = sizeof(DeviceClass),
    .class_init = device_class_init,
    .class_base_init = device_class_base_init,
};

static void qdev_register_types(void)
{
    type_register_static(&device_type_info);
}

type_init(qdev_register_types)
