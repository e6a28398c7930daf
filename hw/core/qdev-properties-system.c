/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev-properties-system.c: static properties that name objects of
 * other subsystems by their id: "chardev" (a CharBackend field, attached
 * to the chardev of that id when set, detached when the device goes).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qstring.h"
#include "qom/qom-qobject.h"
#include "chardev/char.h"
#include "hw/qdev-properties.h"

static void prop_get_chr(Object *obj, const char *name, QObject **value,
                         void *opaque, Error **errp)
{
    CharBackend *be = qdev_prop_field(obj, opaque);
    Chardev *chr = be->chr;

    *value = QOBJECT(qstring_from_str(chr && chr->label ? chr->label : ""));
}

static void prop_set_chr(Object *obj, const char *name, QObject **value,
                         void *opaque, Error **errp)
{
    CharBackend *be = qdev_prop_field(obj, opaque);
    g_autofree char *id = NULL;
    Chardev *chr;

    if (!qdev_prop_may_set(obj, name, errp) ||
        !qom_input_str(name, *value, &id, errp)) {
        return;
    }
    if (!*id) {
        be->chr = NULL;
        return;
    }
    chr = qemu_chr_find(id);
    if (!chr) {
        error_setg(errp, "Property '%s.%s' can't find value '%s'",
                   object_get_typename(obj), name, id);
    } else if (!qemu_chr_fe_init(be, chr, errp)) {
        error_prepend(errp, "Property '%s.%s' can't take value '%s': ",
                      object_get_typename(obj), name, id);
    }
}

static void prop_release_chr(Object *obj, const char *name, void *opaque)
{
    qemu_chr_fe_deinit(qdev_prop_field(obj, opaque), false);
}

const PropertyInfo qdev_prop_chr = {
    .name = "str",
    .description = "ID of a chardev to use as a backend",
    .get = prop_get_chr,
    .set = prop_set_chr,
    .release = prop_release_chr,
};

void qdev_prop_set_chr(DeviceState *dev, const char *name, Chardev *chr)
{
    assert(!chr || chr->label);
    object_property_set_str(OBJECT(dev), name, chr ? chr->label : "",
                            &error_abort);
}
