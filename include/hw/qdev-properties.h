/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev-properties.h: a device's static properties, declared as a table
 * of Property entries (a name, a type and the offset of the field in
 * the device's state) ending with DEFINE_PROP_END_OF_LIST().
 * device_class_set_props turns each entry into a QOM class property,
 * so -device, -global and QMP reach the fields; a property given a
 * default gets it on every new instance before instance_init runs.
 * Properties can only be set before the device is realized.
 */
#ifndef HW_QDEV_PROPERTIES_H
#define HW_QDEV_PROPERTIES_H

#include "hw/qdev-core.h"
#include "chardev/char-fe.h"

typedef struct Property Property;

/* How a kind of property reads, writes and defaults its field. */
typedef struct PropertyInfo {
    const char *name;           /* the QOM type: "uint32", "bool"... */
    const char *description;    /* for help listings, or NULL */
    ObjectPropertyAccessor *get;
    ObjectPropertyAccessor *set;
    void (*set_default_value)(ObjectProperty *op, const Property *prop);
    ObjectPropertyRelease *release;
} PropertyInfo;

struct Property {
    const char *name;
    const PropertyInfo *info;
    ptrdiff_t offset;           /* of the field in the device's state */
    uint8_t bitnr;              /* DEFINE_PROP_BIT: the bit of the field */
    bool set_default;
    union {
        uint64_t u;
        const char *s;
    } defval;
};

extern const PropertyInfo qdev_prop_bool;
extern const PropertyInfo qdev_prop_uint8;
extern const PropertyInfo qdev_prop_bit;
extern const PropertyInfo qdev_prop_uint32;
extern const PropertyInfo qdev_prop_uint64;
extern const PropertyInfo qdev_prop_string;
extern const PropertyInfo qdev_prop_chr;

/* 0, and a compile error unless the field has type @_type. */
#define QDEV_PROP_TYPE_CHECK(_type, _state, _field)                 \
    ((_type *)0 - (__typeof__(((_state *)0)->_field) *)0)

#define DEFINE_PROP(_name, _state, _field, _info, _type, ...) {     \
        .name = (_name),                                            \
        .info = &(_info),                                           \
        .offset = offsetof(_state, _field) +                        \
            QDEV_PROP_TYPE_CHECK(_type, _state, _field),            \
        __VA_ARGS__                                                 \
    }

#define DEFINE_PROP_BOOL(_name, _state, _field, _default)           \
    DEFINE_PROP(_name, _state, _field, qdev_prop_bool, bool,        \
                .set_default = true, .defval.u = (bool)(_default))
/* Bit @_bit of the uint32_t @_field, as an on/off property. */
#define DEFINE_PROP_BIT(_name, _state, _field, _bit, _default)      \
    DEFINE_PROP(_name, _state, _field, qdev_prop_bit, uint32_t,     \
                .bitnr = (_bit), .set_default = true,               \
                .defval.u = (bool)(_default))
#define DEFINE_PROP_UINT8(_name, _state, _field, _default)          \
    DEFINE_PROP(_name, _state, _field, qdev_prop_uint8, uint8_t,    \
                .set_default = true, .defval.u = (uint8_t)(_default))
#define DEFINE_PROP_UINT32(_name, _state, _field, _default)         \
    DEFINE_PROP(_name, _state, _field, qdev_prop_uint32, uint32_t,  \
                .set_default = true, .defval.u = (uint32_t)(_default))
#define DEFINE_PROP_UINT64(_name, _state, _field, _default)         \
    DEFINE_PROP(_name, _state, _field, qdev_prop_uint64, uint64_t,  \
                .set_default = true, .defval.u = (uint64_t)(_default))
/* A string property: NULL until set; the device's field owns it. */
#define DEFINE_PROP_STRING(_name, _state, _field)                   \
    DEFINE_PROP(_name, _state, _field, qdev_prop_string, char *)
/* A chardev, set by its id ("" for none); the field is a CharBackend. */
#define DEFINE_PROP_CHR(_name, _state, _field)                      \
    DEFINE_PROP(_name, _state, _field, qdev_prop_chr, CharBackend)
#define DEFINE_PROP_END_OF_LIST() { }

/*
 * device_class_set_props: make each entry of @props (which lives as
 * long as the program: a static table) a class property of @dc.
 */
void device_class_set_props(DeviceClass *dc, Property *props);

/* Setters for boards wiring up devices; a bad name or value aborts. */
void qdev_prop_set_bit(DeviceState *dev, const char *name, bool value);
void qdev_prop_set_uint8(DeviceState *dev, const char *name, uint8_t value);
void qdev_prop_set_uint32(DeviceState *dev, const char *name,
                          uint32_t value);
void qdev_prop_set_uint64(DeviceState *dev, const char *name,
                          uint64_t value);
void qdev_prop_set_string(DeviceState *dev, const char *name,
                          const char *value);
/* @chr may be NULL: no back end. */
void qdev_prop_set_chr(DeviceState *dev, const char *name, Chardev *chr);

/* For PropertyInfo implementations: the field @prop describes in @obj. */
void *qdev_prop_field(Object *obj, const Property *prop);
/* False (with @errp set, QEMU's message) if @obj is realized already. */
bool qdev_prop_may_set(Object *obj, const char *name, Error **errp);

#endif
