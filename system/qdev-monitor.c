/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev-monitor.c: devices as the monitor shows them.  info qtree walks
 * the buses from the main system bus down; for each device it prints its
 * type and id, its GPIO lines, its static properties (most derived class
 * first, in table order, human-formatted), its MMIO regions when it is on
 * the system bus, then the buses it provides, indented two more spaces
 * at each level, in QEMU's layout.
 */
#include "qemu/osdep.h"
#include "exec/memory.h"
#include "hw/qdev-core.h"
#include "hw/qdev-properties.h"
#include "hw/sysbus.h"
#include "monitor/qdev.h"

static void qtree_print_bus(GString *out, BusState *bus, int indent);

static void qtree_print_gpios(GString *out, DeviceState *dev, int indent)
{
    SysBusDevice *sbd = (SysBusDevice *)
        object_dynamic_cast(OBJECT(dev), TYPE_SYS_BUS_DEVICE);

    if (dev->num_gpio_in) {
        g_string_append_printf(out, "%*sgpio-in \"\" %d\n", indent, "",
                               dev->num_gpio_in);
    }
    if (dev->num_gpio_out) {
        g_string_append_printf(out, "%*sgpio-out \"\" %d\n", indent, "",
                               dev->num_gpio_out);
    }
    if (sbd && sbd->num_irq) {
        g_string_append_printf(out, "%*sgpio-out \"sysbus-irq\" %d\n",
                               indent, "", sbd->num_irq);
    }
}

/* The static properties of each class from @dev's own up to "device". */
static void qtree_print_props(GString *out, DeviceState *dev, int indent)
{
    ObjectClass *device_class = object_class_by_name(TYPE_DEVICE);
    ObjectClass *oc;
    Property *prop;

    for (oc = object_get_class(OBJECT(dev)); oc && oc != device_class;
         oc = object_class_get_parent(oc)) {
        for (prop = DEVICE_CLASS(oc)->props_; prop && prop->name; prop++) {
            g_autofree char *value =
                object_property_print(OBJECT(dev), prop->name, true, NULL);

            if (value) {
                g_string_append_printf(out, "%*s%s = %s\n", indent, "",
                                       prop->name, value);
            }
        }
    }
}

static void qtree_print_mmio(GString *out, DeviceState *dev, int indent)
{
    SysBusDevice *sbd = (SysBusDevice *)
        object_dynamic_cast(OBJECT(dev), TYPE_SYS_BUS_DEVICE);
    int i;

    for (i = 0; sbd && i < sbd->num_mmio; i++) {
        g_string_append_printf(out, "%*smmio %016" PRIx64 "/%016" PRIx64
                               "\n", indent, "",
                               (uint64_t)sbd->mmio[i].addr,
                               memory_region_size(sbd->mmio[i].memory));
    }
}

static void qtree_print_dev(GString *out, DeviceState *dev, int indent)
{
    GSList *el;

    g_string_append_printf(out, "%*sdev: %s, id \"%s\"\n", indent, "",
                           object_get_typename(OBJECT(dev)),
                           dev->id ? dev->id : "");
    indent += 2;
    qtree_print_gpios(out, dev, indent);
    qtree_print_props(out, dev, indent);
    qtree_print_mmio(out, dev, indent);
    for (el = dev->child_bus; el; el = el->next) {
        qtree_print_bus(out, el->data, indent);
    }
}

static void qtree_print_bus(GString *out, BusState *bus, int indent)
{
    GList *el;

    g_string_append_printf(out, "%*sbus: %s\n", indent, "", bus->name);
    indent += 2;
    g_string_append_printf(out, "%*stype %s\n", indent, "",
                           object_get_typename(OBJECT(bus)));
    for (el = bus->children.head; el; el = el->next) {
        qtree_print_dev(out, el->data, indent);
    }
}

void qdev_qtree_info(GString *out)
{
    qtree_print_bus(out, sysbus_get_default(), 0);
}
