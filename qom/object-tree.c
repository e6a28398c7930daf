/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * object-tree.c: the QOM composition tree.
 *
 * An object's children are its child<T> properties, each holding a
 * reference; link<T> properties point at objects elsewhere in the tree
 * and are written as paths.  Canonical paths run from the root through
 * child properties; paths are resolved through child and link properties,
 * and a partial path matches wherever it fits in the tree.  Behaviour and
 * messages follow QEMU 8.2.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qstring.h"
#include "qom/object.h"
#include "qom/qom-qobject.h"
#include "qom-internal.h"

/* ---- Children ---- */

static void object_get_child_property(Object *obj, const char *name,
                                      QObject **value, void *opaque,
                                      Error **errp)
{
    g_autofree char *path = object_get_canonical_path(opaque);

    *value = QOBJECT(qstring_from_str(path ? path : ""));
}

static Object *object_resolve_child_property(Object *parent, void *opaque,
                                             const char *part)
{
    return opaque;
}

static void object_finalize_child_property(Object *obj, const char *name,
                                           void *opaque)
{
    Object *child = opaque;

    if (child->class->unparent) {
        child->class->unparent(child);
    }
    child->parent = NULL;
    object_unref(child);
}

ObjectProperty *object_property_try_add_child(Object *obj, const char *name,
                                              Object *child, Error **errp)
{
    g_autofree char *type = NULL;
    ObjectProperty *prop;

    assert(!child->parent);
    type = g_strdup_printf("child<%s>", object_get_typename(child));
    prop = object_property_try_add(obj, name, type,
                                   object_get_child_property, NULL,
                                   object_finalize_child_property, child,
                                   errp);
    if (!prop) {
        return NULL;
    }
    prop->resolve = object_resolve_child_property;
    object_ref(child);
    child->parent = obj;
    return prop;
}

ObjectProperty *object_property_add_child(Object *obj, const char *name,
                                          Object *child)
{
    return object_property_try_add_child(obj, name, child, &error_abort);
}

void object_unparent(Object *obj)
{
    Object *parent = obj->parent;
    const char *name;

    if (!parent) {
        return;
    }
    name = object_get_canonical_path_component(obj);
    object_property_del(parent, name);
}

static int do_object_child_foreach(Object *obj,
                                   int (*fn)(Object *child, void *opaque),
                                   void *opaque, bool recurse)
{
    GHashTableIter iter;
    ObjectProperty *prop;
    int ret;

    g_hash_table_iter_init(&iter, obj->properties);
    while (g_hash_table_iter_next(&iter, NULL, (gpointer *)&prop)) {
        if (!object_property_is_child(prop)) {
            continue;
        }
        ret = fn(prop->opaque, opaque);
        if (ret == 0 && recurse) {
            ret = do_object_child_foreach(prop->opaque, fn, opaque, true);
        }
        if (ret) {
            return ret;
        }
    }
    return 0;
}

int object_child_foreach(Object *obj, int (*fn)(Object *child, void *opaque),
                         void *opaque)
{
    return do_object_child_foreach(obj, fn, opaque, false);
}

int object_child_foreach_recursive(Object *obj,
                                   int (*fn)(Object *child, void *opaque),
                                   void *opaque)
{
    return do_object_child_foreach(obj, fn, opaque, true);
}

/* ---- Links ---- */

typedef struct LinkProperty {
    union {
        Object **targetp;
        Object *target;         /* OBJ_PROP_LINK_DIRECT */
        ptrdiff_t offset;       /* OBJ_PROP_LINK_CLASS */
    };
    void (*check)(const Object *, const char *, Object *, Error **);
    ObjectPropertyLinkFlags flags;
} LinkProperty;

void object_property_allow_set_link(const Object *obj, const char *name,
                                    Object *val, Error **errp)
{
}

static Object **object_link_get_targetp(Object *obj, LinkProperty *lprop)
{
    if (lprop->flags & OBJ_PROP_LINK_DIRECT) {
        return &lprop->target;
    }
    if (lprop->flags & OBJ_PROP_LINK_CLASS) {
        return (Object **)((char *)obj + lprop->offset);
    }
    return lprop->targetp;
}

static void object_get_link_property(Object *obj, const char *name,
                                     QObject **value, void *opaque,
                                     Error **errp)
{
    Object *target = *object_link_get_targetp(obj, opaque);
    g_autofree char *path = target ? object_get_canonical_path(target)
                                   : NULL;

    *value = QOBJECT(qstring_from_str(path ? path : ""));
}

/* The object @path names, which must be of the link's target type. */
static Object *object_resolve_link(Object *obj, const char *name,
                                   const char *path, Error **errp)
{
    const char *type = object_property_get_type(obj, name, &error_abort);
    g_autofree char *target_type = NULL;
    bool ambiguous = false;
    Object *target;

    /* link<FOO> -> FOO */
    target_type = g_strndup(type + 5, strlen(type) - 6);
    target = object_resolve_path_type(path, target_type, &ambiguous);
    if (ambiguous) {
        error_setg(errp, "Path '%s' does not uniquely identify an object",
                   path);
        return NULL;
    }
    if (target) {
        return target;
    }
    if (object_resolve_path(path, &ambiguous) || ambiguous) {
        error_setg(errp, "Invalid parameter type for '%s', expected: %s",
                   name, target_type);
    } else {
        error_set(errp, ERROR_CLASS_DEVICE_NOT_FOUND,
                  "Device '%s' not found", path);
    }
    return NULL;
}

static void object_set_link_property(Object *obj, const char *name,
                                     QObject **value, void *opaque,
                                     Error **errp)
{
    LinkProperty *lprop = opaque;
    Object **targetp = object_link_get_targetp(obj, lprop);
    Object *old_target = *targetp;
    Object *new_target = NULL;
    g_autofree char *path = NULL;
    Error *err = NULL;

    if (!qom_input_str(name, *value, &path, errp)) {
        return;
    }
    if (*path) {
        new_target = object_resolve_link(obj, name, path, errp);
        if (!new_target) {
            return;
        }
    }
    lprop->check(obj, name, new_target, &err);
    if (err) {
        error_propagate(errp, err);
        return;
    }
    *targetp = new_target;
    if (lprop->flags & OBJ_PROP_LINK_STRONG) {
        object_ref(new_target);
        object_unref(old_target);
    }
}

static Object *object_resolve_link_property(Object *parent, void *opaque,
                                            const char *part)
{
    return *object_link_get_targetp(parent, opaque);
}

static void object_release_link_property(Object *obj, const char *name,
                                         void *opaque)
{
    LinkProperty *lprop = opaque;
    Object **targetp = object_link_get_targetp(obj, lprop);

    if ((lprop->flags & OBJ_PROP_LINK_STRONG) && *targetp) {
        object_unref(*targetp);
    }
    /* A class link's data is shared by every instance. */
    if (!(lprop->flags & OBJ_PROP_LINK_CLASS)) {
        g_free(lprop);
    }
}

static ObjectProperty *object_add_link_prop(Object *obj, const char *name,
                                            const char *type, void *ptr,
                                            void (*check)(const Object *,
                                                          const char *,
                                                          Object *,
                                                          Error **),
                                            ObjectPropertyLinkFlags flags)
{
    LinkProperty *lprop = g_new0(LinkProperty, 1);
    g_autofree char *full_type = g_strdup_printf("link<%s>", type);
    ObjectProperty *prop;

    if (flags & OBJ_PROP_LINK_DIRECT) {
        lprop->target = ptr;
    } else {
        lprop->targetp = ptr;
    }
    lprop->check = check;
    lprop->flags = flags;
    prop = object_property_add(obj, name, full_type,
                               object_get_link_property,
                               check ? object_set_link_property : NULL,
                               object_release_link_property, lprop);
    prop->resolve = object_resolve_link_property;
    return prop;
}

ObjectProperty *object_property_add_link(Object *obj, const char *name,
                                         const char *type, Object **targetp,
                                         void (*check)(const Object *obj,
                                                       const char *name,
                                                       Object *val,
                                                       Error **errp),
                                         ObjectPropertyLinkFlags flags)
{
    return object_add_link_prop(obj, name, type, targetp, check, flags);
}

ObjectProperty *object_class_property_add_link(ObjectClass *oc,
                                               const char *name,
                                               const char *type,
                                               ptrdiff_t offset,
                                               void (*check)(const Object *obj,
                                                             const char *name,
                                                             Object *val,
                                                             Error **errp),
                                               ObjectPropertyLinkFlags flags)
{
    LinkProperty *lprop = g_new0(LinkProperty, 1);
    g_autofree char *full_type = g_strdup_printf("link<%s>", type);
    ObjectProperty *prop;

    lprop->offset = offset;
    lprop->check = check;
    lprop->flags = flags | OBJ_PROP_LINK_CLASS;
    prop = object_class_property_add(oc, name, full_type,
                                     object_get_link_property,
                                     check ? object_set_link_property : NULL,
                                     object_release_link_property, lprop);
    prop->resolve = object_resolve_link_property;
    return prop;
}

ObjectProperty *object_property_add_const_link(Object *obj, const char *name,
                                               Object *target)
{
    return object_add_link_prop(obj, name, object_get_typename(target),
                                target, NULL, OBJ_PROP_LINK_DIRECT);
}

/* ---- Paths ---- */

const char *object_get_canonical_path_component(const Object *obj)
{
    GHashTableIter iter;
    ObjectProperty *prop;

    if (!obj->parent) {
        return NULL;
    }
    g_hash_table_iter_init(&iter, obj->parent->properties);
    while (g_hash_table_iter_next(&iter, NULL, (gpointer *)&prop)) {
        if (object_property_is_child(prop) && prop->opaque == obj) {
            return prop->name;
        }
    }
    /* A parent always holds its child through a child property. */
    g_assert_not_reached();
}

char *object_get_canonical_path(const Object *obj)
{
    Object *root = object_get_root();
    GString *path;

    if (obj == root) {
        return g_strdup("/");
    }
    path = g_string_new(NULL);
    for (; obj != root; obj = obj->parent) {
        const char *component = object_get_canonical_path_component(obj);

        if (!component) {
            /* Not attached to the root: there is no canonical path. */
            g_string_free(path, true);
            return NULL;
        }
        g_string_prepend(path, component);
        g_string_prepend_c(path, '/');
    }
    return g_string_free(path, false);
}

Object *object_resolve_path_component(Object *parent, const char *part)
{
    ObjectProperty *prop = object_property_find(parent, part);

    if (!prop || !prop->resolve) {
        return NULL;
    }
    return prop->resolve(parent, prop->opaque, part);
}

static Object *object_resolve_abs_path(Object *parent, char **parts,
                                       const char *typename)
{
    for (; *parts; parts++) {
        /* Empty components ("a//b", a trailing "/") are skipped. */
        if (!**parts) {
            continue;
        }
        parent = object_resolve_path_component(parent, *parts);
        if (!parent) {
            return NULL;
        }
    }
    return object_dynamic_cast(parent, typename);
}

/*
 * Every match of @parts below @parent and @parent itself.  Sets
 * *@ambiguous and returns NULL as soon as there are two.
 */
static Object *object_resolve_partial_path(Object *parent, char **parts,
                                           const char *typename,
                                           bool *ambiguous)
{
    Object *obj = object_resolve_abs_path(parent, parts, typename);
    GHashTableIter iter;
    ObjectProperty *prop;

    g_hash_table_iter_init(&iter, parent->properties);
    while (g_hash_table_iter_next(&iter, NULL, (gpointer *)&prop)) {
        Object *found;

        if (!object_property_is_child(prop)) {
            continue;
        }
        found = object_resolve_partial_path(prop->opaque, parts, typename,
                                            ambiguous);
        if (found) {
            if (obj) {
                *ambiguous = true;
                return NULL;
            }
            obj = found;
        }
        if (*ambiguous) {
            return NULL;
        }
    }
    return obj;
}

Object *object_resolve_path_type(const char *path, const char *typename,
                                 bool *ambiguousp)
{
    g_auto(GStrv) parts = g_strsplit(path, "/", 0);
    bool ambiguous = false;
    Object *obj;

    if (parts[0] && !*parts[0]) {
        obj = object_resolve_abs_path(object_get_root(), parts + 1,
                                      typename);
    } else {
        obj = object_resolve_partial_path(object_get_root(), parts,
                                          typename, &ambiguous);
    }
    if (ambiguousp) {
        *ambiguousp = ambiguous;
    }
    return obj;
}

Object *object_resolve_path(const char *path, bool *ambiguous)
{
    return object_resolve_path_type(path, TYPE_OBJECT, ambiguous);
}

Object *object_resolve_path_at(Object *parent, const char *path)
{
    g_auto(GStrv) parts = g_strsplit(path, "/", 0);

    if (*path == '/') {
        return object_resolve_abs_path(object_get_root(), parts + 1,
                                       TYPE_OBJECT);
    }
    return object_resolve_abs_path(parent, parts, TYPE_OBJECT);
}
