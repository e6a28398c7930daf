/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev-properties.c: a device's static properties (qdev-properties.h):
 * QOM class properties whose accessors read and write a field at a
 * fixed offset in the device's state, and refuse writes once the
 * device is realized, with QEMU's message.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qbool.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"
#include "qom/qom-qobject.h"
#include "hw/qdev-properties.h"

void *qdev_prop_field(Object *obj, const Property *prop)
{
    return (char *)obj + prop->offset;
}

bool qdev_prop_may_set(Object *obj, const char *name, Error **errp)
{
    DeviceState *dev = DEVICE(obj);

    if (!dev->realized) {
        return true;
    }
    if (dev->id) {
        error_setg(errp, "Attempt to set property '%s' on device '%s' "
                   "(type '%s') after it was realized", name, dev->id,
                   object_get_typename(obj));
    } else {
        error_setg(errp, "Attempt to set property '%s' on anonymous device "
                   "(type '%s') after it was realized", name,
                   object_get_typename(obj));
    }
    return false;
}

static void prop_get_bool(Object *obj, const char *name, QObject **value,
                          void *opaque, Error **errp)
{
    *value = QOBJECT(qbool_from_bool(*(bool *)qdev_prop_field(obj, opaque)));
}

static void prop_set_bool(Object *obj, const char *name, QObject **value,
                          void *opaque, Error **errp)
{
    bool v;

    if (qdev_prop_may_set(obj, name, errp) &&
        qom_input_bool(name, *value, &v, errp)) {
        *(bool *)qdev_prop_field(obj, opaque) = v;
    }
}

static void prop_default_bool(ObjectProperty *op, const Property *prop)
{
    object_property_set_default_bool(op, prop->defval.u);
}

const PropertyInfo qdev_prop_bool = {
    .name = "bool",
    .get = prop_get_bool,
    .set = prop_set_bool,
    .set_default_value = prop_default_bool,
};

static void prop_get_bit(Object *obj, const char *name, QObject **value,
                         void *opaque, Error **errp)
{
    const Property *prop = opaque;
    uint32_t *field = qdev_prop_field(obj, prop);

    *value = QOBJECT(qbool_from_bool(*field & (1U << prop->bitnr)));
}

static void prop_set_bit(Object *obj, const char *name, QObject **value,
                         void *opaque, Error **errp)
{
    const Property *prop = opaque;
    uint32_t *field = qdev_prop_field(obj, prop);
    bool v;

    if (qdev_prop_may_set(obj, name, errp) &&
        qom_input_bool(name, *value, &v, errp)) {
        *field = v ? *field | (1U << prop->bitnr)
                   : *field & ~(1U << prop->bitnr);
    }
}

const PropertyInfo qdev_prop_bit = {
    .name = "bool",
    .description = "on/off",
    .get = prop_get_bit,
    .set = prop_set_bit,
    .set_default_value = prop_default_bool,
};

static void prop_get_uint8(Object *obj, const char *name, QObject **value,
                           void *opaque, Error **errp)
{
    uint8_t *field = qdev_prop_field(obj, opaque);

    *value = QOBJECT(qnum_from_uint(*field));
}

static void prop_set_uint8(Object *obj, const char *name, QObject **value,
                           void *opaque, Error **errp)
{
    uint8_t v;

    if (qdev_prop_may_set(obj, name, errp) &&
        qom_input_uint8(name, *value, &v, errp)) {
        *(uint8_t *)qdev_prop_field(obj, opaque) = v;
    }
}

static void prop_default_uint(ObjectProperty *op, const Property *prop)
{
    object_property_set_default_uint(op, prop->defval.u);
}

const PropertyInfo qdev_prop_uint8 = {
    .name = "uint8",
    .get = prop_get_uint8,
    .set = prop_set_uint8,
    .set_default_value = prop_default_uint,
};

static void prop_get_uint32(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    uint32_t *field = qdev_prop_field(obj, opaque);

    *value = QOBJECT(qnum_from_uint(*field));
}

static void prop_set_uint32(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    uint32_t v;

    if (qdev_prop_may_set(obj, name, errp) &&
        qom_input_uint32(name, *value, &v, errp)) {
        *(uint32_t *)qdev_prop_field(obj, opaque) = v;
    }
}

const PropertyInfo qdev_prop_uint32 = {
    .name = "uint32",
    .get = prop_get_uint32,
    .set = prop_set_uint32,
    .set_default_value = prop_default_uint,
};

static void prop_get_uint64(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    uint64_t *field = qdev_prop_field(obj, opaque);

    *value = QOBJECT(qnum_from_uint(*field));
}

static void prop_set_uint64(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    uint64_t v;

    if (qdev_prop_may_set(obj, name, errp) &&
        qom_input_uint(name, *value, &v, errp)) {
        *(uint64_t *)qdev_prop_field(obj, opaque) = v;
    }
}

const PropertyInfo qdev_prop_uint64 = {
    .name = "uint64",
    .get = prop_get_uint64,
    .set = prop_set_uint64,
    .set_default_value = prop_default_uint,
};

static void prop_get_string(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    char *s = *(char **)qdev_prop_field(obj, opaque);

    *value = QOBJECT(qstring_from_str(s ? s : ""));
}

static void prop_set_string(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    char **field = qdev_prop_field(obj, opaque);
    char *v;

    if (qdev_prop_may_set(obj, name, errp) &&
        qom_input_str(name, *value, &v, errp)) {
        g_free(*field);
        *field = v;
    }
}

static void prop_release_string(Object *obj, const char *name, void *opaque)
{
    char **field = qdev_prop_field(obj, opaque);

    g_free(*field);
    *field = NULL;
}

const PropertyInfo qdev_prop_string = {
    .name = "str",
    .get = prop_get_string,
    .set = prop_set_string,
    .release = prop_release_string,
};

void device_class_set_props(DeviceClass *dc, Property *props)
{
    ObjectClass *oc = OBJECT_CLASS(dc);
    ObjectProperty *op;
    Property *prop;

    dc->props_ = props;
    for (prop = props; prop->name; prop++) {
        op = object_class_property_add(oc, prop->name, prop->info->name,
                                       prop->info->get, prop->info->set,
                                       prop->info->release, prop);
        if (prop->info->description) {
            object_class_property_set_description(oc, prop->name,
                                                  prop->info->description);
        }
        if (prop->set_default && prop->info->set_default_value) {
            prop->info->set_default_value(op, prop);
        }
    }
}

void qdev_prop_set_bit(DeviceState *dev, const char *name, bool value)
{
    object_property_set_bool(OBJECT(dev), name, value, &error_abort);
}

void qdev_prop_set_uint8(DeviceState *dev, const char *name, uint8_t value)
{
    object_property_set_uint(OBJECT(dev), name, value, &error_abort);
}

void qdev_prop_set_uint32(DeviceState *dev, const char *name,
                          uint32_t value)
{
    object_property_set_uint(OBJECT(dev), name, value, &error_abort);
}

void qdev_prop_set_uint64(DeviceState *dev, const char *name,
                          uint64_t value)
{
    object_property_set_uint(OBJECT(dev), name, value, &error_abort);
}

void qdev_prop_set_string(DeviceState *dev, const char *name,
                          const char *value)
{
    object_property_set_str(OBJECT(dev), name, value, &error_abort);
}
