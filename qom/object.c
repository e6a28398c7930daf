/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * object.c: QOM types, classes and instances.
 *
 * The type table maps names to TypeImpl records; registering a type only
 * adds a record.  A type's class is built the first time the type is
 * used: its parent's class first, then a copy of it, per-class copies of
 * the interface classes, class_base_init of each ancestor and finally
 * the type's class_init.  Instances are created, cast, reference counted
 * and finalized here; properties are in object-prop.c, the composition
 * tree in object-tree.c.  The behaviour follows QEMU 8.2's qom/object.c.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qom/object.h"
#include "qom/object_interfaces.h"
#include "qom-internal.h"

typedef struct TypeImpl TypeImpl;

struct TypeImpl {
    TypeInfo info;              /* as registered */
    bool owns_info;             /* name, parent, interfaces are copies */
    TypeImpl *parent_type;      /* resolved on first need */
    size_t class_size;          /* resolved when the class is built */
    size_t instance_size;
    size_t instance_align;
    bool abstract;
    ObjectClass *class;         /* NULL until first use */
};

static TypeImpl *type_interface;
static bool enumerating_types;

static TypeImpl *type_register_internal(const TypeInfo *info, bool copy);

static void object_interface_register(void)
{
    static const TypeInfo interface_info = {
        .name = TYPE_INTERFACE,
        .class_size = sizeof(InterfaceClass),
        .abstract = true,
    };
    static const TypeInfo object_info = {
        .name = TYPE_OBJECT,
        .instance_size = sizeof(Object),
        .class_init = object_class_init_base,
        .abstract = true,
    };

    type_interface = type_register_internal(&interface_info, false);
    type_register_internal(&object_info, false);
    type_register_internal(&container_info, false);
    type_register_internal(&user_creatable_info, false);
}

/*
 * The table is created on first use, with the built-in types in it, so
 * that QOM works whether or not MODULE_INIT_QOM has run yet.
 */
static GHashTable *type_table_get(void)
{
    static GHashTable *type_table;

    if (!type_table) {
        type_table = g_hash_table_new(g_str_hash, g_str_equal);
        object_interface_register();
    }
    return type_table;
}

static TypeImpl *type_table_lookup(const char *name)
{
    return g_hash_table_lookup(type_table_get(), name);
}

static InterfaceInfo *type_copy_interfaces(const InterfaceInfo *src)
{
    InterfaceInfo *copy;
    int n = 0;
    int i;

    while (src && src[n].type) {
        n++;
    }
    copy = g_new0(InterfaceInfo, n + 1);
    for (i = 0; i < n; i++) {
        copy[i].type = g_strdup(src[i].type);
    }
    return copy;
}

static TypeImpl *type_new(const TypeInfo *info, bool copy)
{
    TypeImpl *ti = g_new0(TypeImpl, 1);

    ti->info = *info;
    ti->owns_info = copy;
    if (copy) {
        ti->info.name = g_strdup(info->name);
        ti->info.parent = g_strdup(info->parent);
        ti->info.interfaces = type_copy_interfaces(info->interfaces);
    }
    return ti;
}

static TypeImpl *type_register_internal(const TypeInfo *info, bool copy)
{
    GHashTable *table = type_table_get();
    TypeImpl *ti;

    assert(info->name);
    assert(!enumerating_types);
    if (g_hash_table_lookup(table, info->name)) {
        fprintf(stderr, "Registering `%s' which already exists\n",
                info->name);
        abort();
    }
    ti = type_new(info, copy);
    g_hash_table_insert(table, (gpointer)ti->info.name, ti);
    return ti;
}

Type type_register_static(const TypeInfo *info)
{
    assert(info->parent);
    return type_register_internal(info, false);
}

Type type_register(const TypeInfo *info)
{
    assert(info->parent);
    return type_register_internal(info, true);
}

void type_register_static_array(const TypeInfo *infos, int nr_infos)
{
    int i;

    for (i = 0; i < nr_infos; i++) {
        type_register_static(&infos[i]);
    }
}

static TypeImpl *type_get_parent(TypeImpl *ti)
{
    if (!ti->parent_type && ti->info.parent) {
        ti->parent_type = type_table_lookup(ti->info.parent);
        if (!ti->parent_type) {
            error_report("type '%s' has unknown parent '%s'",
                         ti->info.name, ti->info.parent);
            abort();
        }
    }
    return ti->parent_type;
}

static size_t type_class_get_size(TypeImpl *ti)
{
    for (; ti; ti = type_get_parent(ti)) {
        if (ti->info.class_size) {
            return ti->info.class_size;
        }
    }
    return sizeof(ObjectClass);
}

static size_t type_object_get_size(TypeImpl *ti)
{
    for (; ti; ti = type_get_parent(ti)) {
        if (ti->info.instance_size) {
            return ti->info.instance_size;
        }
    }
    return 0;
}

static size_t type_object_get_align(TypeImpl *ti)
{
    size_t align = 0;

    for (; ti; ti = type_get_parent(ti)) {
        align = MAX(align, ti->info.instance_align);
    }
    return align;
}

size_t object_type_get_instance_size(const char *typename)
{
    TypeImpl *ti = type_table_lookup(typename);

    assert(ti);
    return type_object_get_size(ti);
}

/* True if @target is @ti or one of its ancestors. */
static bool type_is_ancestor(TypeImpl *ti, TypeImpl *target)
{
    for (; ti; ti = type_get_parent(ti)) {
        if (ti == target) {
            return true;
        }
    }
    return false;
}

static void type_initialize(TypeImpl *ti);

/*
 * Give @ti's class its own copy of @iface's class, derived from
 * @parent_type: @iface itself for a newly implemented interface, or the
 * parent class's copy, so methods set by an ancestor are inherited.
 */
static void type_initialize_interface(TypeImpl *ti, TypeImpl *iface,
                                      TypeImpl *parent_type)
{
    g_autofree char *name = g_strdup_printf("%s::%s", ti->info.name,
                                            iface->info.name);
    TypeInfo info = {
        .name = name,
        .parent = parent_type->info.name,
        .abstract = true,
    };
    TypeImpl *impl = type_new(&info, true);
    InterfaceClass *iface_class;

    impl->parent_type = parent_type;
    type_initialize(impl);

    iface_class = (InterfaceClass *)impl->class;
    iface_class->concrete_class = ti->class;
    iface_class->interface_type = iface;
    ti->class->interfaces = g_slist_append(ti->class->interfaces,
                                           impl->class);
}

static bool type_class_implements(ObjectClass *klass, TypeImpl *iface)
{
    GSList *e;

    for (e = klass->interfaces; e; e = e->next) {
        if (type_is_ancestor(OBJECT_CLASS(e->data)->type, iface)) {
            return true;
        }
    }
    return false;
}

static void type_initialize_interfaces(TypeImpl *ti, TypeImpl *parent)
{
    const InterfaceInfo *ifaces = ti->info.interfaces;
    GSList *e;
    int i;

    for (e = parent->class->interfaces; e; e = e->next) {
        InterfaceClass *iface = e->data;

        type_initialize_interface(ti, iface->interface_type,
                                  OBJECT_CLASS(iface)->type);
    }
    for (i = 0; ifaces && ifaces[i].type; i++) {
        TypeImpl *t = type_table_lookup(ifaces[i].type);

        if (!t) {
            error_report("missing interface '%s' for object '%s'",
                         ifaces[i].type, parent->info.name);
            abort();
        }
        if (!type_class_implements(ti->class, t)) {
            type_initialize_interface(ti, t, t);
        }
    }
}

static void type_initialize(TypeImpl *ti)
{
    TypeImpl *parent;

    if (ti->class) {
        return;
    }
    ti->class_size = type_class_get_size(ti);
    ti->instance_size = type_object_get_size(ti);
    ti->instance_align = type_object_get_align(ti);
    ti->abstract = ti->info.abstract || ti->instance_size == 0;
    if (type_interface && ti != type_interface &&
        type_is_ancestor(ti, type_interface)) {
        assert(!ti->info.instance_init && !ti->info.instance_post_init &&
               !ti->info.instance_finalize);
    }

    /* Set before the parent is built, so class_init may look itself up. */
    ti->class = g_malloc0(ti->class_size);
    parent = type_get_parent(ti);
    if (parent) {
        type_initialize(parent);
        assert(parent->class_size <= ti->class_size);
        assert(parent->instance_size <= ti->instance_size);
        memcpy(ti->class, parent->class, parent->class_size);
        ti->class->interfaces = NULL;
        memset(ti->class->object_cast_cache, 0,
               sizeof(ti->class->object_cast_cache));
        memset(ti->class->class_cast_cache, 0,
               sizeof(ti->class->class_cast_cache));
        type_initialize_interfaces(ti, parent);
    }
    ti->class->properties = g_hash_table_new_full(g_str_hash, g_str_equal,
                                                  NULL,
                                                  object_property_free);
    ti->class->type = ti;

    for (; parent; parent = type_get_parent(parent)) {
        if (parent->info.class_base_init) {
            parent->info.class_base_init(ti->class, ti->info.class_data);
        }
    }
    if (ti->info.class_init) {
        ti->info.class_init(ti->class, ti->info.class_data);
    }
}

/* ---- Classes ---- */

ObjectClass *object_class_by_name(const char *typename)
{
    TypeImpl *ti = type_table_lookup(typename);

    if (!ti) {
        return NULL;
    }
    type_initialize(ti);
    return ti->class;
}

const char *object_class_get_name(ObjectClass *klass)
{
    return klass->type->info.name;
}

ObjectClass *object_class_get_parent(ObjectClass *klass)
{
    TypeImpl *parent = type_get_parent(klass->type);

    if (!parent) {
        return NULL;
    }
    type_initialize(parent);
    return parent->class;
}

bool object_class_is_abstract(ObjectClass *klass)
{
    return klass->type->abstract;
}

ObjectClass *object_class_dynamic_cast(ObjectClass *klass,
                                       const char *typename)
{
    ObjectClass *ret = NULL;
    TypeImpl *target;
    TypeImpl *ti;
    GSList *e;
    int found = 0;

    if (!klass) {
        return NULL;
    }
    ti = klass->type;
    if (ti->info.name == typename) {
        return klass;
    }
    target = type_table_lookup(typename);
    if (!target) {
        return NULL;
    }
    if (!klass->interfaces || !type_is_ancestor(target, type_interface)) {
        return type_is_ancestor(ti, target) ? klass : NULL;
    }
    for (e = klass->interfaces; e; e = e->next) {
        if (type_is_ancestor(OBJECT_CLASS(e->data)->type, target)) {
            ret = e->data;
            found++;
        }
    }
    /* Two interfaces deriving from @target: the cast is ambiguous. */
    return found == 1 ? ret : NULL;
}

static bool cast_cache_hit(const char *const *cache, const char *typename)
{
    int i;

    for (i = 0; i < OBJECT_CLASS_CAST_CACHE; i++) {
        if (__atomic_load_n(&cache[i], __ATOMIC_RELAXED) == typename) {
            return true;
        }
    }
    return false;
}

static void cast_cache_add(const char **cache, const char *typename)
{
    int i;

    for (i = 1; i < OBJECT_CLASS_CAST_CACHE; i++) {
        __atomic_store_n(&cache[i - 1],
                         __atomic_load_n(&cache[i], __ATOMIC_RELAXED),
                         __ATOMIC_RELAXED);
    }
    __atomic_store_n(&cache[OBJECT_CLASS_CAST_CACHE - 1], typename,
                     __ATOMIC_RELAXED);
}

static void QEMU_NORETURN cast_failed(const void *ptr, const char *typename,
                                      const char *file, int line,
                                      const char *func)
{
    fprintf(stderr, "%s:%d:%s: Object %p is not an instance of type %s\n",
            file, line, func, ptr, typename);
    abort();
}

ObjectClass *object_class_dynamic_cast_assert(ObjectClass *klass,
                                              const char *typename,
                                              const char *file, int line,
                                              const char *func)
{
    ObjectClass *ret;

    if (!klass || cast_cache_hit(klass->class_cast_cache, typename)) {
        return klass;
    }
    ret = object_class_dynamic_cast(klass, typename);
    if (!ret) {
        cast_failed(klass, typename, file, line, func);
    }
    /* Only identity casts can be cached: interface casts return another. */
    if (ret == klass) {
        cast_cache_add(klass->class_cast_cache, typename);
    }
    return ret;
}

typedef struct ClassForeachData {
    void (*fn)(ObjectClass *klass, void *opaque);
    const char *implements_type;
    bool include_abstract;
    void *opaque;
} ClassForeachData;

static void object_class_foreach_one(gpointer key, gpointer value,
                                     gpointer opaque)
{
    ClassForeachData *data = opaque;
    TypeImpl *ti = value;

    type_initialize(ti);
    if (!data->include_abstract && ti->abstract) {
        return;
    }
    if (data->implements_type &&
        !object_class_dynamic_cast(ti->class, data->implements_type)) {
        return;
    }
    data->fn(ti->class, data->opaque);
}

void object_class_foreach(void (*fn)(ObjectClass *klass, void *opaque),
                          const char *implements_type, bool include_abstract,
                          void *opaque)
{
    ClassForeachData data = {
        .fn = fn,
        .implements_type = implements_type,
        .include_abstract = include_abstract,
        .opaque = opaque,
    };

    GHashTable *table = type_table_get();   /* may register built-ins */

    enumerating_types = true;
    g_hash_table_foreach(table, object_class_foreach_one, &data);
    enumerating_types = false;
}

static void object_class_prepend(ObjectClass *klass, void *opaque)
{
    GSList **list = opaque;

    *list = g_slist_prepend(*list, klass);
}

GSList *object_class_get_list(const char *implements_type,
                              bool include_abstract)
{
    GSList *list = NULL;

    object_class_foreach(object_class_prepend, implements_type,
                         include_abstract, &list);
    return list;
}

static gint object_class_cmp(gconstpointer a, gconstpointer b)
{
    return g_ascii_strcasecmp(object_class_get_name((ObjectClass *)a),
                              object_class_get_name((ObjectClass *)b));
}

GSList *object_class_get_list_sorted(const char *implements_type,
                                     bool include_abstract)
{
    return g_slist_sort(object_class_get_list(implements_type,
                                              include_abstract),
                        object_class_cmp);
}

/* ---- Instances ---- */

static void object_init_with_type(Object *obj, TypeImpl *ti)
{
    TypeImpl *parent = type_get_parent(ti);

    if (parent) {
        object_init_with_type(obj, parent);
    }
    if (ti->info.instance_init) {
        ti->info.instance_init(obj);
    }
}

static void object_post_init_with_type(Object *obj, TypeImpl *ti)
{
    TypeImpl *parent = type_get_parent(ti);

    if (ti->info.instance_post_init) {
        ti->info.instance_post_init(obj);
    }
    if (parent) {
        object_post_init_with_type(obj, parent);
    }
}

static void object_initialize_with_type(Object *obj, size_t size,
                                        TypeImpl *ti)
{
    type_initialize(ti);
    assert(ti->instance_size >= sizeof(Object));
    assert(!ti->abstract);
    assert(size >= ti->instance_size);

    memset(obj, 0, ti->instance_size);
    obj->class = ti->class;
    object_ref(obj);
    obj->properties = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                            object_property_free);
    object_class_property_init_all(obj);
    object_init_with_type(obj, ti);
    object_post_init_with_type(obj, ti);
    object_apply_compat_props(obj);
}

static TypeImpl *type_get_or_die(const char *typename)
{
    TypeImpl *ti = type_table_lookup(typename);

    if (!ti) {
        error_setg(&error_fatal, "unknown type '%s'", typename);
    }
    return ti;
}

void object_initialize(void *data, size_t size, const char *typename)
{
    object_initialize_with_type(data, size, type_get_or_die(typename));
}

static void object_free_aligned(void *obj)
{
    free(obj);
}

static Object *object_new_with_type(TypeImpl *ti)
{
    ObjectFree *obj_free = g_free;
    void *mem;

    type_initialize(ti);
    if (ti->instance_align > __alignof__(max_align_t)) {
        if (posix_memalign(&mem, ti->instance_align, ti->instance_size)) {
            g_error("out of memory for a '%s' object", ti->info.name);
        }
        obj_free = object_free_aligned;
    } else {
        mem = g_malloc(ti->instance_size);
    }
    object_initialize_with_type(mem, ti->instance_size, ti);
    ((Object *)mem)->free = obj_free;
    return mem;
}

Object *object_new(const char *typename)
{
    return object_new_with_type(type_get_or_die(typename));
}

Object *object_new_with_class(ObjectClass *klass)
{
    return object_new_with_type(klass->type);
}

bool object_set_propv(Object *obj, Error **errp, va_list vargs)
{
    const char *name;

    while ((name = va_arg(vargs, const char *))) {
        const char *value = va_arg(vargs, const char *);

        assert(value);
        if (!object_property_parse(obj, name, value, errp)) {
            return false;
        }
    }
    return true;
}

bool object_set_props(Object *obj, Error **errp, ...)
{
    va_list vargs;
    bool ok;

    va_start(vargs, errp);
    ok = object_set_propv(obj, errp, vargs);
    va_end(vargs);
    return ok;
}

Object *object_new_with_propv(const char *typename, Object *parent,
                              const char *id, Error **errp, va_list vargs)
{
    ObjectClass *klass = object_class_by_name(typename);
    UserCreatable *uc;
    Object *obj;

    if (!klass) {
        error_setg(errp, "invalid object type: %s", typename);
        return NULL;
    }
    if (object_class_is_abstract(klass)) {
        error_setg(errp, "object type '%s' is abstract", typename);
        return NULL;
    }
    obj = object_new_with_class(klass);
    if (!object_set_propv(obj, errp, vargs)) {
        goto fail;
    }
    if (id && !object_property_try_add_child(parent, id, obj, errp)) {
        goto fail;
    }
    uc = (UserCreatable *)object_dynamic_cast(obj, TYPE_USER_CREATABLE);
    if (uc && !user_creatable_complete(uc, errp)) {
        object_unparent(obj);
        goto fail;
    }
    /* The parent's reference is the one that remains. */
    object_unref(obj);
    return obj;

fail:
    object_unref(obj);
    return NULL;
}

Object *object_new_with_props(const char *typename, Object *parent,
                              const char *id, Error **errp, ...)
{
    va_list vargs;
    Object *obj;

    va_start(vargs, errp);
    obj = object_new_with_propv(typename, parent, id, errp, vargs);
    va_end(vargs);
    return obj;
}

bool object_initialize_child_with_propsv(Object *parentobj,
                                         const char *propname,
                                         void *childobj, size_t size,
                                         const char *type,
                                         Error **errp, va_list vargs)
{
    Object *obj = childobj;
    UserCreatable *uc;
    bool ok = false;

    object_initialize(childobj, size, type);
    if (!object_set_propv(obj, errp, vargs)) {
        goto out;
    }
    object_property_add_child(parentobj, propname, obj);
    uc = (UserCreatable *)object_dynamic_cast(obj, TYPE_USER_CREATABLE);
    if (uc && !user_creatable_complete(uc, errp)) {
        object_unparent(obj);
        goto out;
    }
    ok = true;

out:
    /*
     * Drop object_initialize's reference: on success the parent's stays,
     * on failure the object is finalized.
     */
    object_unref(obj);
    return ok;
}

bool object_initialize_child_with_props(Object *parentobj,
                                        const char *propname,
                                        void *childobj, size_t size,
                                        const char *type,
                                        Error **errp, ...)
{
    va_list vargs;
    bool ok;

    va_start(vargs, errp);
    ok = object_initialize_child_with_propsv(parentobj, propname, childobj,
                                             size, type, errp, vargs);
    va_end(vargs);
    return ok;
}

void object_initialize_child_internal(Object *parent, const char *propname,
                                      void *child, size_t size,
                                      const char *type)
{
    object_initialize_child_with_props(parent, propname, child, size, type,
                                       &error_abort, NULL);
}

static void object_deinit(Object *obj, TypeImpl *ti)
{
    for (; ti; ti = type_get_parent(ti)) {
        if (ti->info.instance_finalize) {
            ti->info.instance_finalize(obj);
        }
    }
}

static void object_finalize(Object *obj)
{
    object_property_del_all(obj);
    object_deinit(obj, obj->class->type);

    assert(obj->ref == 0);
    assert(!obj->parent);
    if (obj->free) {
        obj->free(obj);
    }
}

Object *object_ref(void *objptr)
{
    Object *obj = objptr;
    uint32_t old;

    if (!obj) {
        return NULL;
    }
    old = __atomic_fetch_add(&obj->ref, 1, __ATOMIC_SEQ_CST);
    assert(old < INT_MAX);
    return obj;
}

void object_unref(void *objptr)
{
    Object *obj = objptr;

    if (!obj) {
        return;
    }
    assert(obj->ref > 0);
    if (__atomic_fetch_sub(&obj->ref, 1, __ATOMIC_SEQ_CST) == 1) {
        object_finalize(obj);
    }
}

Object *object_dynamic_cast(Object *obj, const char *typename)
{
    if (obj && object_class_dynamic_cast(obj->class, typename)) {
        return obj;
    }
    return NULL;
}

Object *object_dynamic_cast_assert(Object *obj, const char *typename,
                                   const char *file, int line,
                                   const char *func)
{
    if (!obj || cast_cache_hit(obj->class->object_cast_cache, typename)) {
        return obj;
    }
    if (!object_dynamic_cast(obj, typename)) {
        cast_failed(obj, typename, file, line, func);
    }
    cast_cache_add(obj->class->object_cast_cache, typename);
    return obj;
}

ObjectClass *object_get_class(Object *obj)
{
    return obj->class;
}

const char *object_get_typename(const Object *obj)
{
    return obj->class->type->info.name;
}
