/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev-monitor.c: devices as the monitor shows them.  info qtree walks
 * the buses from the main system bus down; for each device it prints its
 * type and id, its GPIO lines, its static properties (most derived class
 * first, in table order, human-formatted), its MMIO regions when it is on
 * the system bus, then the buses it provides, indented two more spaces
 * at each level, in QEMU's layout.
 *
 * And -device: the driver is checked as QEMU checks it (a device type,
 * not abstract, user-creatable), the device is created, given its id
 * and properties, and realized on the bus named by bus= or the first
 * bus of its kind below the main system bus.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/option.h"
#include "exec/memory.h"
#include "hw/qdev-core.h"
#include "hw/qdev-properties.h"
#include "hw/sysbus.h"
#include "monitor/qdev.h"
#include "qemu/error-report.h"
#include "qom/object_interfaces.h"

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

static DeviceClass *qdev_get_device_class(const char *driver, Error **errp)
{
    ObjectClass *oc = object_class_by_name(driver);
    DeviceClass *dc;

    if (!oc || !object_class_dynamic_cast(oc, TYPE_DEVICE)) {
        error_setg(errp, "'%s' is not a valid device model name", driver);
        return NULL;
    }
    if (object_class_is_abstract(oc)) {
        error_setg(errp, "Parameter 'driver' expects a non-abstract device "
                   "type");
        return NULL;
    }
    dc = DEVICE_CLASS(oc);
    if (!dc->user_creatable ||
        (phase_check(PHASE_MACHINE_READY) && !dc->hotpluggable)) {
        error_setg(errp, "Parameter 'driver' expects a pluggable device "
                   "type");
        return NULL;
    }
    return dc;
}

/* The first bus below @bus (itself included) named @name or of @type. */
static BusState *qbus_find_recursive(BusState *bus, const char *name,
                                     const char *type)
{
    GList *el;
    GSList *cb;
    BusState *found;

    if ((!name || g_str_equal(bus->name, name)) &&
        (!type || object_dynamic_cast(OBJECT(bus), type))) {
        return bus;
    }
    for (el = bus->children.head; el; el = el->next) {
        DeviceState *dev = el->data;

        for (cb = dev->child_bus; cb; cb = cb->next) {
            found = qbus_find_recursive(cb->data, name, type);
            if (found) {
                return found;
            }
        }
    }
    return NULL;
}

static BusState *qdev_device_bus(DeviceClass *dc, const char *driver,
                                 const char *path, Error **errp)
{
    BusState *bus;

    if (path) {
        bus = qbus_find_recursive(sysbus_get_default(), path, NULL);
        if (!bus) {
            error_setg(errp, "Bus '%s' not found", path);
        } else if (!dc->bus_type ||
                   !object_dynamic_cast(OBJECT(bus), dc->bus_type)) {
            error_setg(errp, "Device '%s' can't go on %s bus", driver,
                       object_get_typename(OBJECT(bus)));
            bus = NULL;
        }
        return bus;
    }
    if (!dc->bus_type) {
        return NULL;
    }
    bus = qbus_find_recursive(sysbus_get_default(), NULL, dc->bus_type);
    if (!bus) {
        error_setg(errp, "No '%s' bus found for device '%s'", dc->bus_type,
                   driver);
    }
    return bus;
}

static int qdev_set_opt(void *opaque, const char *name, const char *value,
                        Error **errp)
{
    if (g_str_equal(name, "driver") || g_str_equal(name, "bus") ||
        g_str_equal(name, "id")) {
        return 0;
    }
    return object_property_parse(opaque, name, value, errp) ? 0 : -1;
}

/* Give @dev its id as /machine/peripheral/ID, else an anonymous name. */
static bool qdev_set_id(DeviceState *dev, const char *id, Error **errp)
{
    static int anon_count;
    Object *root = object_get_root();
    g_autofree char *name = NULL;

    if (id) {
        if (!object_property_try_add_child(
                container_get(root, "/machine/peripheral"), id, OBJECT(dev),
                NULL)) {
            error_setg(errp, "Duplicate device ID '%s'", id);
            return false;
        }
        dev->id = g_strdup(id);
        return true;
    }
    name = g_strdup_printf("device[%d]", anon_count++);
    object_property_add_child(container_get(root, "/machine/peripheral-anon"),
                              name, OBJECT(dev));
    return true;
}

DeviceState *qdev_device_add(QemuOpts *opts, Error **errp)
{
    const char *driver = qemu_opt_get(opts, "driver");
    Error *local_err = NULL;
    DeviceClass *dc;
    DeviceState *dev;
    BusState *bus;

    if (!driver) {
        error_setg(errp, "Parameter 'driver' is missing");
        return NULL;
    }
    dc = qdev_get_device_class(driver, errp);
    if (!dc) {
        return NULL;
    }
    bus = qdev_device_bus(dc, driver, qemu_opt_get(opts, "bus"),
                          &local_err);
    if (local_err) {
        error_propagate(errp, local_err);
        return NULL;
    }
    dev = DEVICE(object_new(driver));
    if (qemu_opt_foreach(opts, qdev_set_opt, dev, errp) ||
        !qdev_set_id(dev, qemu_opts_id(opts), errp) ||
        !qdev_realize(dev, bus, errp)) {
        object_unparent(OBJECT(dev));
        object_unref(OBJECT(dev));
        return NULL;
    }
    object_unref(OBJECT(dev));
    return dev;
}

bool qdev_prop_hidden_from_lists(const char *name)
{
    static const char *const hidden[] = {
        "type", "realized", "hotpluggable", "hotplugged", "parent_bus",
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(hidden); i++) {
        if (g_str_equal(name, hidden[i])) {
            return true;
        }
    }
    return g_str_has_prefix(name, "legacy-");
}

void qdev_device_help_props(const char *driver)
{
    ObjectClass *oc = object_class_by_name(driver);
    g_autoptr(GPtrArray) lines = NULL;
    ObjectPropertyIterator iter;
    ObjectProperty *prop;
    Object *obj;

    if (!oc) {
        error_report("Device '%s' not found", driver);
        return;
    }
    if (!object_class_dynamic_cast(oc, TYPE_DEVICE) ||
        object_class_is_abstract(oc)) {
        error_report("Parameter 'typename' expects a non-abstract device "
                     "type");
        return;
    }
    lines = g_ptr_array_new_with_free_func(g_free);
    obj = object_new(driver);
    object_property_iter_init(&iter, obj);
    while ((prop = object_property_iter_next(&iter))) {
        if (!qdev_prop_hidden_from_lists(prop->name)) {
            g_ptr_array_add(lines, object_property_help(prop->name,
                                                        prop->type,
                                                        prop->defval,
                                                        prop->description));
        }
    }
    object_unref(obj);
    object_property_print_help_lines(driver, lines);
}
