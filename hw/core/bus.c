/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bus.c: buses (TYPE_BUS).  A bus is provided by a device (or, for the
 * main system bus, by the machine) and lists the devices realized on
 * it, newest first; info qtree walks these lists from the main system
 * bus down, and a device's cold reset goes down through its buses.
 * The list does not hold references: a device leaves its bus when it is
 * unrealized or finalized, and a bus going away lets go of its devices.
 */
#include "qemu/osdep.h"
#include "hw/qdev-core.h"
#include "qdev-internal.h"

/*
 * The name of a bus given none: "PARENTID.N" (N counting the parent's
 * buses), else the type in lower case and ".N" (N counting the type's).
 */
static char *qbus_auto_name(BusState *bus, DeviceState *parent)
{
    g_autofree char *type = NULL;

    if (parent && parent->id) {
        return g_strdup_printf("%s.%d", parent->id, parent->num_child_bus);
    }
    type = g_ascii_strdown(object_get_typename(OBJECT(bus)), -1);
    return g_strdup_printf("%s.%d", type, BUS_GET_CLASS(bus)->automatic_ids++);
}

void qbus_init(void *bus, size_t size, const char *typename,
               DeviceState *parent, const char *name)
{
    BusState *b = bus;

    object_initialize(b, size, typename);
    b->parent = parent;
    b->name = name ? g_strdup(name) : qbus_auto_name(b, parent);
    if (parent) {
        parent->child_bus = g_slist_append(parent->child_bus, b);
        parent->num_child_bus++;
        object_property_add_child(OBJECT(parent), b->name, OBJECT(b));
        object_unref(OBJECT(b));
    }
}

BusState *qdev_get_child_bus(DeviceState *dev, const char *name)
{
    GSList *el;

    for (el = dev->child_bus; el; el = el->next) {
        BusState *bus = el->data;

        if (g_str_equal(bus->name, name)) {
            return bus;
        }
    }
    return NULL;
}

void bus_cold_reset(BusState *bus)
{
    GList *el;

    for (el = bus->children.head; el; el = el->next) {
        device_cold_reset(el->data);
    }
}

void bus_add_child(BusState *bus, DeviceState *dev)
{
    assert(!dev->parent_bus);
    dev->parent_bus = bus;
    g_queue_push_head(&bus->children, dev);
}

void bus_remove_child(DeviceState *dev)
{
    if (dev->parent_bus) {
        g_queue_remove(&dev->parent_bus->children, dev);
        dev->parent_bus = NULL;
    }
}

static void bus_finalize(Object *obj)
{
    BusState *bus = BUS(obj);
    DeviceState *dev;

    while ((dev = g_queue_pop_head(&bus->children))) {
        dev->parent_bus = NULL;
    }
    if (bus->parent) {
        bus->parent->child_bus = g_slist_remove(bus->parent->child_bus, bus);
    }
    g_free(bus->name);
}

static const TypeInfo bus_type_info = {
    .name = TYPE_BUS,
    .parent = TYPE_OBJECT,
    .instance_size = sizeof(BusState),
    .instance_finalize = bus_finalize,
    .abstract = true,
    .class_size = sizeof(BusClass),
};

static void bus_register_types(void)
{
    type_register_static(&bus_type_info);
}

type_init(bus_register_types)
