/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * object-prop.c: QOM property tables and the typed property kinds.
 *
 * Each class and each object has a table of properties; an object's
 * properties are its own plus those of its class and ancestors.  This
 * file adds, finds, iterates and deletes properties, and implements the
 * common kinds (bool, string, enum, ranged int, size, integer fields,
 * aliases) on top of the generic accessors.  Reading and writing values
 * is in qom-qobject.c.  Behaviour and messages follow QEMU 8.2.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "qobject/qbool.h"
#include "qobject/qlist.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"
#include "qom/object.h"
#include "qom/qom-qobject.h"
#include "qom-internal.h"

void object_property_free(gpointer data)
{
    ObjectProperty *prop = data;

    g_free(prop->name);
    g_free(prop->type);
    g_free(prop->description);
    qobject_unref(prop->defval);
    g_free(prop);
}

bool object_property_is_child(const ObjectProperty *prop)
{
    return strstart(prop->type, "child<", NULL);
}

static ObjectProperty *object_property_new(const char *name,
                                           const char *type,
                                           ObjectPropertyAccessor *get,
                                           ObjectPropertyAccessor *set,
                                           ObjectPropertyRelease *release,
                                           void *opaque)
{
    ObjectProperty *prop = g_new0(ObjectProperty, 1);

    prop->name = g_strdup(name);
    prop->type = g_strdup(type);
    prop->get = get;
    prop->set = set;
    prop->release = release;
    prop->opaque = opaque;
    return prop;
}

/* "name[*]": the first "name[N]" that is free. */
static ObjectProperty *object_property_add_array(Object *obj,
                                                 const char *name,
                                                 const char *type,
                                                 ObjectPropertyAccessor *get,
                                                 ObjectPropertyAccessor *set,
                                                 ObjectPropertyRelease *rel,
                                                 void *opaque)
{
    g_autofree char *base = g_strndup(name, strlen(name) - 3);
    ObjectProperty *prop = NULL;
    int i;

    for (i = 0; !prop && i < INT16_MAX; i++) {
        g_autofree char *full = g_strdup_printf("%s[%d]", base, i);

        prop = object_property_try_add(obj, full, type, get, set, rel,
                                       opaque, NULL);
    }
    assert(prop);
    return prop;
}

ObjectProperty *object_property_try_add(Object *obj, const char *name,
                                        const char *type,
                                        ObjectPropertyAccessor *get,
                                        ObjectPropertyAccessor *set,
                                        ObjectPropertyRelease *release,
                                        void *opaque, Error **errp)
{
    ObjectProperty *prop;

    if (g_str_has_suffix(name, "[*]")) {
        return object_property_add_array(obj, name, type, get, set,
                                         release, opaque);
    }
    if (object_property_find(obj, name)) {
        error_setg(errp, "attempt to add duplicate property '%s' to object "
                   "(type '%s')", name, object_get_typename(obj));
        return NULL;
    }
    prop = object_property_new(name, type, get, set, release, opaque);
    g_hash_table_insert(obj->properties, prop->name, prop);
    return prop;
}

ObjectProperty *object_property_add(Object *obj, const char *name,
                                    const char *type,
                                    ObjectPropertyAccessor *get,
                                    ObjectPropertyAccessor *set,
                                    ObjectPropertyRelease *release,
                                    void *opaque)
{
    return object_property_try_add(obj, name, type, get, set, release,
                                   opaque, &error_abort);
}

ObjectProperty *object_class_property_add(ObjectClass *klass,
                                          const char *name,
                                          const char *type,
                                          ObjectPropertyAccessor *get,
                                          ObjectPropertyAccessor *set,
                                          ObjectPropertyRelease *release,
                                          void *opaque)
{
    ObjectProperty *prop;

    assert(!object_class_property_find(klass, name));
    prop = object_property_new(name, type, get, set, release, opaque);
    g_hash_table_insert(klass->properties, prop->name, prop);
    return prop;
}

ObjectProperty *object_class_property_find(ObjectClass *klass,
                                           const char *name)
{
    ObjectProperty *prop;

    for (; klass; klass = object_class_get_parent(klass)) {
        prop = g_hash_table_lookup(klass->properties, name);
        if (prop) {
            return prop;
        }
    }
    return NULL;
}

ObjectProperty *object_class_property_find_err(ObjectClass *klass,
                                               const char *name,
                                               Error **errp)
{
    ObjectProperty *prop = object_class_property_find(klass, name);

    if (!prop) {
        error_setg(errp, "Property '.%s' not found", name);
    }
    return prop;
}

ObjectProperty *object_property_find(Object *obj, const char *name)
{
    ObjectProperty *prop = object_class_property_find(obj->class, name);

    return prop ? prop : g_hash_table_lookup(obj->properties, name);
}

ObjectProperty *object_property_find_err(Object *obj, const char *name,
                                         Error **errp)
{
    ObjectProperty *prop = object_property_find(obj, name);

    if (!prop) {
        error_setg(errp, "Property '%s.%s' not found",
                   object_get_typename(obj), name);
    }
    return prop;
}

void object_property_del(Object *obj, const char *name)
{
    ObjectProperty *prop = g_hash_table_lookup(obj->properties, name);

    assert(prop);
    if (prop->release) {
        prop->release(obj, name, prop->opaque);
    }
    g_hash_table_remove(obj->properties, name);
}

void object_property_iter_init(ObjectPropertyIterator *iter, Object *obj)
{
    g_hash_table_iter_init(&iter->iter, obj->properties);
    iter->nextclass = obj->class;
}

void object_class_property_iter_init(ObjectPropertyIterator *iter,
                                     ObjectClass *klass)
{
    g_hash_table_iter_init(&iter->iter, klass->properties);
    iter->nextclass = object_class_get_parent(klass);
}

ObjectProperty *object_property_iter_next(ObjectPropertyIterator *iter)
{
    gpointer key, value;

    while (!g_hash_table_iter_next(&iter->iter, &key, &value)) {
        if (!iter->nextclass) {
            return NULL;
        }
        g_hash_table_iter_init(&iter->iter, iter->nextclass->properties);
        iter->nextclass = object_class_get_parent(iter->nextclass);
    }
    return value;
}

void object_property_del_all(Object *obj)
{
    g_autoptr(GHashTable) done = g_hash_table_new(NULL, NULL);
    ObjectPropertyIterator iter;
    ObjectProperty *prop;
    bool released;

    /*
     * A release function may add or delete properties (unparenting a
     * child may run arbitrary code), so start over after each one.
     */
    do {
        released = false;
        object_property_iter_init(&iter, obj);
        while ((prop = object_property_iter_next(&iter))) {
            if (g_hash_table_add(done, prop) && prop->release) {
                prop->release(obj, prop->name, prop->opaque);
                released = true;
                break;
            }
        }
    } while (released);
    g_hash_table_unref(obj->properties);
    obj->properties = NULL;
}

void object_property_set_description(Object *obj, const char *name,
                                     const char *description)
{
    ObjectProperty *prop = object_property_find_err(obj, name, &error_abort);

    g_free(prop->description);
    prop->description = g_strdup(description);
}

void object_class_property_set_description(ObjectClass *klass,
                                           const char *name,
                                           const char *description)
{
    ObjectProperty *prop = g_hash_table_lookup(klass->properties, name);

    assert(prop);
    g_free(prop->description);
    prop->description = g_strdup(description);
}

/* ---- Defaults ---- */

static void object_property_init_defval(Object *obj, ObjectProperty *prop)
{
    object_property_set_as(obj, prop->name, prop->defval, QOM_INPUT_TYPED,
                           &error_abort);
}

static void object_property_set_default(ObjectProperty *prop,
                                        QObject *defval)
{
    assert(!prop->defval && !prop->init && prop->set);
    prop->defval = defval;
    prop->init = object_property_init_defval;
}

void object_property_set_default_bool(ObjectProperty *prop, bool value)
{
    object_property_set_default(prop, QOBJECT(qbool_from_bool(value)));
}

void object_property_set_default_str(ObjectProperty *prop, const char *value)
{
    object_property_set_default(prop, QOBJECT(qstring_from_str(value)));
}

void object_property_set_default_int(ObjectProperty *prop, int64_t value)
{
    object_property_set_default(prop, QOBJECT(qnum_from_int(value)));
}

void object_property_set_default_uint(ObjectProperty *prop, uint64_t value)
{
    object_property_set_default(prop, QOBJECT(qnum_from_uint(value)));
}

void object_property_set_default_list(ObjectProperty *prop)
{
    object_property_set_default(prop, QOBJECT(qlist_new()));
}

void object_class_property_init_all(Object *obj)
{
    ObjectPropertyIterator iter;
    ObjectProperty *prop;

    object_class_property_iter_init(&iter, obj->class);
    while ((prop = object_property_iter_next(&iter))) {
        if (prop->init) {
            prop->init(obj, prop);
        }
    }
}

/* ---- Typed kinds ---- */

static void property_release_data(Object *obj, const char *name,
                                  void *opaque)
{
    g_free(opaque);
}

/* Add to @obj, or to @klass when @obj is NULL (data then lives forever). */
static ObjectProperty *property_add_either(Object *obj, ObjectClass *klass,
                                           const char *name,
                                           const char *type,
                                           ObjectPropertyAccessor *get,
                                           ObjectPropertyAccessor *set,
                                           void *data)
{
    if (obj) {
        return object_property_add(obj, name, type, get, set,
                                   property_release_data, data);
    }
    return object_class_property_add(klass, name, type, get, set, NULL,
                                     data);
}

typedef struct BoolProperty {
    bool (*get)(Object *, Error **);
    void (*set)(Object *, bool, Error **);
} BoolProperty;

static void property_get_bool(Object *obj, const char *name,
                              QObject **value, void *opaque, Error **errp)
{
    BoolProperty *prop = opaque;
    Error *err = NULL;
    bool v = prop->get(obj, &err);

    if (err) {
        error_propagate(errp, err);
        return;
    }
    *value = QOBJECT(qbool_from_bool(v));
}

static void property_set_bool(Object *obj, const char *name,
                              QObject **value, void *opaque, Error **errp)
{
    BoolProperty *prop = opaque;
    bool v;

    if (qom_input_bool(name, *value, &v, errp)) {
        prop->set(obj, v, errp);
    }
}

static ObjectProperty *add_bool(Object *obj, ObjectClass *klass,
                                const char *name,
                                bool (*get)(Object *, Error **),
                                void (*set)(Object *, bool, Error **))
{
    BoolProperty *prop = g_new0(BoolProperty, 1);

    prop->get = get;
    prop->set = set;
    return property_add_either(obj, klass, name, "bool",
                               get ? property_get_bool : NULL,
                               set ? property_set_bool : NULL, prop);
}

ObjectProperty *object_property_add_bool(Object *obj, const char *name,
                                         bool (*get)(Object *, Error **),
                                         void (*set)(Object *, bool,
                                                     Error **))
{
    return add_bool(obj, NULL, name, get, set);
}

ObjectProperty *object_class_property_add_bool(ObjectClass *klass,
                                               const char *name,
                                               bool (*get)(Object *,
                                                           Error **),
                                               void (*set)(Object *, bool,
                                                           Error **))
{
    return add_bool(NULL, klass, name, get, set);
}

typedef struct StringProperty {
    char *(*get)(Object *, Error **);
    void (*set)(Object *, const char *, Error **);
} StringProperty;

static void property_get_str(Object *obj, const char *name,
                             QObject **value, void *opaque, Error **errp)
{
    StringProperty *prop = opaque;
    Error *err = NULL;
    g_autofree char *v = prop->get(obj, &err);

    if (err) {
        error_propagate(errp, err);
        return;
    }
    *value = QOBJECT(qstring_from_str(v ? v : ""));
}

static void property_set_str(Object *obj, const char *name,
                             QObject **value, void *opaque, Error **errp)
{
    StringProperty *prop = opaque;
    g_autofree char *v = NULL;

    if (qom_input_str(name, *value, &v, errp)) {
        prop->set(obj, v, errp);
    }
}

static ObjectProperty *add_str(Object *obj, ObjectClass *klass,
                               const char *name,
                               char *(*get)(Object *, Error **),
                               void (*set)(Object *, const char *, Error **))
{
    StringProperty *prop = g_new0(StringProperty, 1);

    prop->get = get;
    prop->set = set;
    return property_add_either(obj, klass, name, "string",
                               get ? property_get_str : NULL,
                               set ? property_set_str : NULL, prop);
}

ObjectProperty *object_property_add_str(Object *obj, const char *name,
                                        char *(*get)(Object *, Error **),
                                        void (*set)(Object *, const char *,
                                                    Error **))
{
    return add_str(obj, NULL, name, get, set);
}

ObjectProperty *object_class_property_add_str(ObjectClass *klass,
                                              const char *name,
                                              char *(*get)(Object *,
                                                           Error **),
                                              void (*set)(Object *,
                                                          const char *,
                                                          Error **))
{
    return add_str(NULL, klass, name, get, set);
}

typedef struct EnumProperty {
    const QEnumLookup *lookup;
    int (*get)(Object *, Error **);
    void (*set)(Object *, int, Error **);
} EnumProperty;

static void property_get_enum(Object *obj, const char *name,
                              QObject **value, void *opaque, Error **errp)
{
    EnumProperty *prop = opaque;
    Error *err = NULL;
    int v = prop->get(obj, &err);

    if (err) {
        error_propagate(errp, err);
        return;
    }
    *value = QOBJECT(qstring_from_str(qapi_enum_lookup(prop->lookup, v)));
}

static void property_set_enum(Object *obj, const char *name,
                              QObject **value, void *opaque, Error **errp)
{
    EnumProperty *prop = opaque;
    int v;

    if (qom_input_enum(name, *value, prop->lookup, &v, errp)) {
        prop->set(obj, v, errp);
    }
}

static ObjectProperty *add_enum(Object *obj, ObjectClass *klass,
                                const char *name, const char *typename,
                                const QEnumLookup *lookup,
                                int (*get)(Object *, Error **),
                                void (*set)(Object *, int, Error **))
{
    EnumProperty *prop = g_new0(EnumProperty, 1);

    prop->lookup = lookup;
    prop->get = get;
    prop->set = set;
    return property_add_either(obj, klass, name, typename,
                               get ? property_get_enum : NULL,
                               set ? property_set_enum : NULL, prop);
}

ObjectProperty *object_property_add_enum(Object *obj, const char *name,
                                         const char *typename,
                                         const QEnumLookup *lookup,
                                         int (*get)(Object *, Error **),
                                         void (*set)(Object *, int,
                                                     Error **))
{
    return add_enum(obj, NULL, name, typename, lookup, get, set);
}

ObjectProperty *object_class_property_add_enum(ObjectClass *klass,
                                               const char *name,
                                               const char *typename,
                                               const QEnumLookup *lookup,
                                               int (*get)(Object *,
                                                          Error **),
                                               void (*set)(Object *, int,
                                                           Error **))
{
    return add_enum(NULL, klass, name, typename, lookup, get, set);
}

typedef struct IntProperty {
    int64_t min;
    int64_t max;
    int64_t (*get)(Object *, Error **);
    void (*set)(Object *, int64_t, Error **);
} IntProperty;

static void property_get_int(Object *obj, const char *name,
                             QObject **value, void *opaque, Error **errp)
{
    IntProperty *prop = opaque;
    Error *err = NULL;
    int64_t v = prop->get(obj, &err);

    if (err) {
        error_propagate(errp, err);
        return;
    }
    *value = QOBJECT(qnum_from_int(v));
}

static void property_set_int(Object *obj, const char *name,
                             QObject **value, void *opaque, Error **errp)
{
    IntProperty *prop = opaque;
    int64_t v;

    if (!qom_input_int(name, *value, &v, errp)) {
        return;
    }
    if (v < prop->min || v > prop->max) {
        error_setg(errp, "Property %s.%s doesn't take value %" PRId64
                   " (minimum: %" PRId64 ", maximum: %" PRId64 ")",
                   object_get_typename(obj), name, v, prop->min, prop->max);
        return;
    }
    prop->set(obj, v, errp);
}

static ObjectProperty *add_int(Object *obj, ObjectClass *klass,
                               const char *name, int64_t min, int64_t max,
                               int64_t (*get)(Object *, Error **),
                               void (*set)(Object *, int64_t, Error **))
{
    IntProperty *prop = g_new0(IntProperty, 1);

    assert(min <= max);
    prop->min = min;
    prop->max = max;
    prop->get = get;
    prop->set = set;
    return property_add_either(obj, klass, name, "int",
                               get ? property_get_int : NULL,
                               set ? property_set_int : NULL, prop);
}

ObjectProperty *object_property_add_int(Object *obj, const char *name,
                                        int64_t min, int64_t max,
                                        int64_t (*get)(Object *, Error **),
                                        void (*set)(Object *, int64_t,
                                                    Error **))
{
    return add_int(obj, NULL, name, min, max, get, set);
}

ObjectProperty *object_class_property_add_int(ObjectClass *klass,
                                              const char *name,
                                              int64_t min, int64_t max,
                                              int64_t (*get)(Object *,
                                                             Error **),
                                              void (*set)(Object *, int64_t,
                                                          Error **))
{
    return add_int(NULL, klass, name, min, max, get, set);
}

typedef struct SizeProperty {
    uint64_t (*get)(Object *, Error **);
    void (*set)(Object *, uint64_t, Error **);
} SizeProperty;

static void property_get_size(Object *obj, const char *name,
                              QObject **value, void *opaque, Error **errp)
{
    SizeProperty *prop = opaque;
    Error *err = NULL;
    uint64_t v = prop->get(obj, &err);

    if (err) {
        error_propagate(errp, err);
        return;
    }
    *value = QOBJECT(qnum_from_uint(v));
}

static void property_set_size(Object *obj, const char *name,
                              QObject **value, void *opaque, Error **errp)
{
    SizeProperty *prop = opaque;
    uint64_t v;

    if (qom_input_size(name, *value, &v, errp)) {
        prop->set(obj, v, errp);
    }
}

static ObjectProperty *add_size(Object *obj, ObjectClass *klass,
                                const char *name,
                                uint64_t (*get)(Object *, Error **),
                                void (*set)(Object *, uint64_t, Error **))
{
    SizeProperty *prop = g_new0(SizeProperty, 1);

    prop->get = get;
    prop->set = set;
    return property_add_either(obj, klass, name, "size",
                               get ? property_get_size : NULL,
                               set ? property_set_size : NULL, prop);
}

ObjectProperty *object_property_add_size(Object *obj, const char *name,
                                         uint64_t (*get)(Object *,
                                                         Error **),
                                         void (*set)(Object *, uint64_t,
                                                     Error **))
{
    return add_size(obj, NULL, name, get, set);
}

ObjectProperty *object_class_property_add_size(ObjectClass *klass,
                                               const char *name,
                                               uint64_t (*get)(Object *,
                                                               Error **),
                                               void (*set)(Object *,
                                                           uint64_t,
                                                           Error **))
{
    return add_size(NULL, klass, name, get, set);
}

/* ---- Integer fields ---- */

#define DEFINE_UINT_PTR_ACCESSORS(bits)                                     \
static void property_get_uint##bits##_ptr(Object *obj, const char *name,   \
                                          QObject **value, void *opaque,   \
                                          Error **errp)                    \
{                                                                          \
    *value = QOBJECT(qnum_from_uint(*(uint##bits##_t *)opaque));           \
}                                                                          \
                                                                           \
static void property_set_uint##bits##_ptr(Object *obj, const char *name,   \
                                          QObject **value, void *opaque,   \
                                          Error **errp)                    \
{                                                                          \
    uint##bits##_t v;                                                      \
                                                                           \
    if (qom_input_uint##bits(name, *value, &v, errp)) {                    \
        *(uint##bits##_t *)opaque = v;                                     \
    }                                                                      \
}

DEFINE_UINT_PTR_ACCESSORS(8)
DEFINE_UINT_PTR_ACCESSORS(16)
DEFINE_UINT_PTR_ACCESSORS(32)

static bool qom_input_uint64(const char *name, QObject *in, uint64_t *val,
                             Error **errp)
{
    return qom_input_uint(name, in, val, errp);
}

DEFINE_UINT_PTR_ACCESSORS(64)

static ObjectProperty *add_uint_ptr(Object *obj, ObjectClass *klass,
                                    const char *name, const char *type,
                                    ObjectPropertyAccessor *get,
                                    ObjectPropertyAccessor *set,
                                    const void *v, ObjectPropertyFlags flags)
{
    if (!(flags & OBJ_PROP_FLAG_READ)) {
        get = NULL;
    }
    if (!(flags & OBJ_PROP_FLAG_WRITE)) {
        set = NULL;
    }
    if (obj) {
        return object_property_add(obj, name, type, get, set, NULL,
                                   (void *)v);
    }
    return object_class_property_add(klass, name, type, get, set, NULL,
                                     (void *)v);
}

ObjectProperty *object_property_add_uint8_ptr(Object *obj, const char *name,
                                              const uint8_t *v,
                                              ObjectPropertyFlags flags)
{
    return add_uint_ptr(obj, NULL, name, "uint8", property_get_uint8_ptr,
                        property_set_uint8_ptr, v, flags);
}

ObjectProperty *object_class_property_add_uint8_ptr(ObjectClass *klass,
                                                    const char *name,
                                                    const uint8_t *v,
                                                    ObjectPropertyFlags flags)
{
    return add_uint_ptr(NULL, klass, name, "uint8", property_get_uint8_ptr,
                        property_set_uint8_ptr, v, flags);
}

ObjectProperty *object_property_add_uint16_ptr(Object *obj, const char *name,
                                               const uint16_t *v,
                                               ObjectPropertyFlags flags)
{
    return add_uint_ptr(obj, NULL, name, "uint16", property_get_uint16_ptr,
                        property_set_uint16_ptr, v, flags);
}

ObjectProperty *object_class_property_add_uint16_ptr(ObjectClass *klass,
                                                     const char *name,
                                                     const uint16_t *v,
                                                     ObjectPropertyFlags flags)
{
    return add_uint_ptr(NULL, klass, name, "uint16",
                        property_get_uint16_ptr, property_set_uint16_ptr,
                        v, flags);
}

ObjectProperty *object_property_add_uint32_ptr(Object *obj, const char *name,
                                               const uint32_t *v,
                                               ObjectPropertyFlags flags)
{
    return add_uint_ptr(obj, NULL, name, "uint32", property_get_uint32_ptr,
                        property_set_uint32_ptr, v, flags);
}

ObjectProperty *object_class_property_add_uint32_ptr(ObjectClass *klass,
                                                     const char *name,
                                                     const uint32_t *v,
                                                     ObjectPropertyFlags flags)
{
    return add_uint_ptr(NULL, klass, name, "uint32",
                        property_get_uint32_ptr, property_set_uint32_ptr,
                        v, flags);
}

ObjectProperty *object_property_add_uint64_ptr(Object *obj, const char *name,
                                               const uint64_t *v,
                                               ObjectPropertyFlags flags)
{
    return add_uint_ptr(obj, NULL, name, "uint64", property_get_uint64_ptr,
                        property_set_uint64_ptr, v, flags);
}

ObjectProperty *object_class_property_add_uint64_ptr(ObjectClass *klass,
                                                     const char *name,
                                                     const uint64_t *v,
                                                     ObjectPropertyFlags flags)
{
    return add_uint_ptr(NULL, klass, name, "uint64",
                        property_get_uint64_ptr, property_set_uint64_ptr,
                        v, flags);
}

/* ---- Aliases ---- */

typedef struct AliasProperty {
    Object *target_obj;
    char *target_name;
} AliasProperty;

static void property_get_alias(Object *obj, const char *name,
                               QObject **value, void *opaque, Error **errp)
{
    AliasProperty *prop = opaque;

    *value = object_property_get_qobject(prop->target_obj,
                                         prop->target_name, errp);
}

static void property_set_alias(Object *obj, const char *name,
                               QObject **value, void *opaque, Error **errp)
{
    AliasProperty *prop = opaque;

    /* Keep the form of the value: the target parses it, not us. */
    object_property_set_as(prop->target_obj, prop->target_name, *value,
                           qom_input_kind(), errp);
}

static Object *property_resolve_alias(Object *obj, void *opaque,
                                      const char *part)
{
    AliasProperty *prop = opaque;

    return object_resolve_path_component(prop->target_obj,
                                         prop->target_name);
}

static void property_release_alias(Object *obj, const char *name,
                                   void *opaque)
{
    AliasProperty *prop = opaque;

    g_free(prop->target_name);
    g_free(prop);
}

ObjectProperty *object_property_add_alias(Object *obj, const char *name,
                                          Object *target_obj,
                                          const char *target_name)
{
    ObjectProperty *target = object_property_find_err(target_obj,
                                                      target_name,
                                                      &error_abort);
    g_autofree char *type = NULL;
    AliasProperty *prop;
    ObjectProperty *op;

    if (object_property_is_child(target)) {
        type = g_strdup_printf("link%s", target->type + strlen("child"));
    } else {
        type = g_strdup(target->type);
    }
    prop = g_new0(AliasProperty, 1);
    prop->target_obj = target_obj;
    prop->target_name = g_strdup(target_name);

    op = object_property_add(obj, name, type, property_get_alias,
                             property_set_alias, property_release_alias,
                             prop);
    op->resolve = property_resolve_alias;
    if (target->defval) {
        op->defval = qobject_ref(target->defval);
    }
    object_property_set_description(obj, op->name, target->description);
    return op;
}

/* ---- TYPE_OBJECT ---- */

static char *object_get_type(Object *obj, Error **errp)
{
    return g_strdup(object_get_typename(obj));
}

void object_class_init_base(ObjectClass *klass, void *data)
{
    object_class_property_add_str(klass, "type", object_get_type, NULL);
}
