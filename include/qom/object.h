/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * object.h: the QEMU Object Model (QOM), with QEMU 8.2's API.
 *
 * A type is described by a TypeInfo and registered by name (usually from
 * a type_init() function, before main()).  Registration only records the
 * TypeInfo; a type's class is built lazily, the first time the type is
 * used (object_class_by_name, object_new, class listings), parents first.
 * Single inheritance of classes and instances, plus interfaces: a class
 * may implement any number of interface types, each of which gets a
 * per-class copy of the interface's class struct.
 *
 * Objects are reference counted (object_new returns one reference), carry
 * properties (per-class and per-object, read and written as QObjects) and
 * form a composition tree rooted at object_get_root() through child<T>
 * properties; link<T> properties point at other objects by path.
 *
 * Declaring a type takes a few lines:
 *
 *     #define TYPE_DEMO "demo"
 *     OBJECT_DECLARE_SIMPLE_TYPE(DemoState, DEMO)
 *
 *     struct DemoState {
 *         Object parent_obj;
 *         uint32_t freq;
 *     };
 *
 *     static const TypeInfo demo_info = {
 *         .name = TYPE_DEMO,
 *         .parent = TYPE_OBJECT,
 *         .instance_size = sizeof(DemoState),
 *     };
 *
 *     static void demo_register_types(void)
 *     {
 *         type_register_static(&demo_info);
 *     }
 *     type_init(demo_register_types)
 */
#ifndef QOM_OBJECT_H
#define QOM_OBJECT_H

#include "qemu/module.h"
#include "qapi/util.h"
#include "qobject/qobject.h"

typedef struct TypeImpl *Type;
typedef struct TypeInfo TypeInfo;
typedef struct InterfaceClass InterfaceClass;
typedef struct InterfaceInfo InterfaceInfo;
typedef struct ObjectProperty ObjectProperty;

#define TYPE_OBJECT "object"
#define TYPE_INTERFACE "interface"

/*
 * Property accessors.
 *
 * ObjectPropertyAccessor: read or write the property @name of @obj.
 *   As a getter, *@value is NULL on entry and the getter stores a new
 *   reference to the property's value there (or sets @errp).
 *   As a setter, *@value is the new value, borrowed (the setter does not
 *   change *@value or take its reference); on a bad value it sets @errp.
 *   Setters read scalars with the qom_input_*() helpers of
 *   "qom/qom-qobject.h", which accept the value in each form it may come
 *   in (typed QObject, key=value text, -global string) and report errors
 *   with QEMU's messages.  @opaque is the pointer given when adding the
 *   property.
 * ObjectPropertyResolve: the object a child<> or link<> property points
 *   to, used when resolving paths (@part is the path component).
 * ObjectPropertyRelease: free what @opaque holds; called when the
 *   property is deleted or its object finalized (for class properties:
 *   when each instance is finalized).
 * ObjectPropertyInit: give @prop its default value on a new @obj.
 */
typedef void ObjectPropertyAccessor(Object *obj, const char *name,
                                    QObject **value, void *opaque,
                                    Error **errp);
typedef Object *ObjectPropertyResolve(Object *obj, void *opaque,
                                      const char *part);
typedef void ObjectPropertyRelease(Object *obj, const char *name,
                                   void *opaque);
typedef void ObjectPropertyInit(Object *obj, ObjectProperty *prop);

struct ObjectProperty {
    char *name;
    char *type;                 /* "bool", "string", "child<T>", ... */
    char *description;
    ObjectPropertyAccessor *get;    /* NULL: not readable */
    ObjectPropertyAccessor *set;    /* NULL: not writable */
    ObjectPropertyResolve *resolve;
    ObjectPropertyRelease *release;
    ObjectPropertyInit *init;
    void *opaque;
    QObject *defval;            /* default shown by help, or NULL */
};

/* Called when an object is removed from its parent (e.g. to unrealize). */
typedef void ObjectUnparent(Object *obj);

/* How an object's memory is freed once its last reference is gone. */
typedef void ObjectFree(void *obj);

#define OBJECT_CLASS_CAST_CACHE 4

/*
 * ObjectClass: the base of every class struct.  Only the methods below
 * are for subclasses to set; the other members are QOM's.
 */
struct ObjectClass {
    Type type;
    GSList *interfaces;         /* InterfaceClass of each interface */
    const char *object_cast_cache[OBJECT_CLASS_CAST_CACHE];
    const char *class_cast_cache[OBJECT_CLASS_CAST_CACHE];
    ObjectUnparent *unparent;
    GHashTable *properties;     /* name -> ObjectProperty */
};

/* Object: the base of every instance struct (first member, parent_obj). */
struct Object {
    ObjectClass *class;
    ObjectFree *free;           /* NULL for embedded objects */
    GHashTable *properties;     /* per-object properties */
    uint32_t ref;
    Object *parent;             /* set while a child<> property holds it */
};

/* Each entry names an interface type; an entry with NULL type ends it. */
struct InterfaceInfo {
    const char *type;
};

/*
 * TypeInfo: what a type registers.
 *
 * @name: unique type name.  @parent: parent type name (TYPE_OBJECT for
 * plain objects, TYPE_INTERFACE for interfaces).
 * @instance_size / @class_size: 0 inherits the parent's.  A type whose
 * instance size ends up 0 (interfaces) is abstract.
 * @instance_align: alignment of instances if above malloc's (0: default).
 * @instance_init: runs on each new instance, ancestors' first.
 * @instance_post_init: runs after all instance_init, the type's own
 * first, then its ancestors'.
 * @instance_finalize: runs when the last reference is dropped, after the
 * object's properties are released, the type's own first, then its
 * ancestors'.
 * @abstract: no instances can be made of the type itself.
 * @class_init: runs once when the class is built, after the parent
 * class has been copied into it.  @class_base_init: runs for every
 * descendant class before that descendant's class_init.  Both get
 * @class_data (of the class being built).
 * @interfaces: implemented interfaces, ending with { NULL }.
 */
struct TypeInfo {
    const char *name;
    const char *parent;

    size_t instance_size;
    size_t instance_align;
    void (*instance_init)(Object *obj);
    void (*instance_post_init)(Object *obj);
    void (*instance_finalize)(Object *obj);

    bool abstract;
    size_t class_size;

    void (*class_init)(ObjectClass *klass, void *data);
    void (*class_base_init)(ObjectClass *klass, void *data);
    void *class_data;

    InterfaceInfo *interfaces;
};

/* InterfaceClass: the base of every interface's class struct. */
struct InterfaceClass {
    ObjectClass parent_class;
    ObjectClass *concrete_class;    /* the class implementing it */
    Type interface_type;
};

/* ---- Checked casts and type declaration helpers ---- */

/* @obj as an Object *, unchecked (every instance starts with one). */
#define OBJECT(obj) ((Object *)(obj))

/* @class as an ObjectClass *, unchecked. */
#define OBJECT_CLASS(class) ((ObjectClass *)(class))

/*
 * OBJECT_CHECK: @obj cast to @type *, aborting with a message naming the
 * caller when @obj is not an instance of @name.  NULL stays NULL.
 */
#define OBJECT_CHECK(type, obj, name) \
    ((type *)object_dynamic_cast_assert(OBJECT(obj), (name), \
                                        __FILE__, __LINE__, __func__))

/* OBJECT_CLASS_CHECK: the same for classes (and interface classes). */
#define OBJECT_CLASS_CHECK(class_type, class, name) \
    ((class_type *)object_class_dynamic_cast_assert(OBJECT_CLASS(class), \
                                               (name), __FILE__, __LINE__, \
                                               __func__))

/* OBJECT_GET_CLASS: the class of @obj, checked to be a @name class. */
#define OBJECT_GET_CLASS(class, obj, name) \
    OBJECT_CLASS_CHECK(class, object_get_class(OBJECT(obj)), name)

/* An interface "instance" pointer is the implementing object itself. */
#define INTERFACE_CHECK(interface, obj, name) \
    ((interface *)object_dynamic_cast_assert(OBJECT((obj)), (name), \
                                             __FILE__, __LINE__, __func__))

#define INTERFACE_CLASS(klass) \
    OBJECT_CLASS_CHECK(InterfaceClass, klass, TYPE_INTERFACE)

/* Define OBJ_NAME(obj): the checked instance cast. */
#define DECLARE_INSTANCE_CHECKER(InstanceType, OBJ_NAME, TYPENAME) \
    static inline G_GNUC_UNUSED InstanceType *OBJ_NAME(const void *obj) \
    { \
        return OBJECT_CHECK(InstanceType, obj, TYPENAME); \
    }

/* Define OBJ_NAME_GET_CLASS(obj) and OBJ_NAME_CLASS(klass). */
#define DECLARE_CLASS_CHECKERS(ClassType, OBJ_NAME, TYPENAME) \
    static inline G_GNUC_UNUSED ClassType * \
    OBJ_NAME##_GET_CLASS(const void *obj) \
    { \
        return OBJECT_GET_CLASS(ClassType, obj, TYPENAME); \
    } \
    static inline G_GNUC_UNUSED ClassType * \
    OBJ_NAME##_CLASS(const void *klass) \
    { \
        return OBJECT_CLASS_CHECK(ClassType, klass, TYPENAME); \
    }

#define DECLARE_OBJ_CHECKERS(InstanceType, ClassType, OBJ_NAME, TYPENAME) \
    DECLARE_INSTANCE_CHECKER(InstanceType, OBJ_NAME, TYPENAME) \
    DECLARE_CLASS_CHECKERS(ClassType, OBJ_NAME, TYPENAME)

/*
 * OBJECT_DECLARE_TYPE: typedef InstanceType and ClassType (the structs
 * are defined by the caller), g_autoptr(InstanceType) support and the
 * MODULE_OBJ_NAME(), MODULE_OBJ_NAME_GET_CLASS() and
 * MODULE_OBJ_NAME_CLASS() casts, checked against TYPE_MODULE_OBJ_NAME.
 */
#define OBJECT_DECLARE_TYPE(InstanceType, ClassType, MODULE_OBJ_NAME) \
    typedef struct InstanceType InstanceType; \
    typedef struct ClassType ClassType; \
    G_DEFINE_AUTOPTR_CLEANUP_FUNC(InstanceType, object_unref) \
    DECLARE_OBJ_CHECKERS(InstanceType, ClassType, MODULE_OBJ_NAME, \
                         TYPE_##MODULE_OBJ_NAME)

/* OBJECT_DECLARE_SIMPLE_TYPE: the same for a type without its own class. */
#define OBJECT_DECLARE_SIMPLE_TYPE(InstanceType, MODULE_OBJ_NAME) \
    typedef struct InstanceType InstanceType; \
    G_DEFINE_AUTOPTR_CLEANUP_FUNC(InstanceType, object_unref) \
    DECLARE_INSTANCE_CHECKER(InstanceType, MODULE_OBJ_NAME, \
                             TYPE_##MODULE_OBJ_NAME)

/*
 * OBJECT_DEFINE_TYPE_EXTENDED: define and register (with type_init) the
 * TypeInfo of a type whose functions are named module_obj_name_init,
 * module_obj_name_finalize and module_obj_name_class_init (declared
 * here, defined by the caller), with instance ModuleObjName and class
 * ModuleObjName##Class.  The trailing arguments are InterfaceInfo
 * entries, ending with { NULL }.
 */
#define OBJECT_DEFINE_TYPE_EXTENDED(ModuleObjName, module_obj_name, \
                                    MODULE_OBJ_NAME, \
                                    PARENT_MODULE_OBJ_NAME, \
                                    ABSTRACT, ...) \
    static void module_obj_name##_finalize(Object *obj); \
    static void module_obj_name##_class_init(ObjectClass *oc, void *data); \
    static void module_obj_name##_init(Object *obj); \
    static const TypeInfo module_obj_name##_info = { \
        .parent = TYPE_##PARENT_MODULE_OBJ_NAME, \
        .name = TYPE_##MODULE_OBJ_NAME, \
        .instance_size = sizeof(ModuleObjName), \
        .instance_align = __alignof__(ModuleObjName), \
        .instance_init = module_obj_name##_init, \
        .instance_finalize = module_obj_name##_finalize, \
        .class_size = sizeof(ModuleObjName##Class), \
        .class_init = module_obj_name##_class_init, \
        .abstract = ABSTRACT, \
        .interfaces = (InterfaceInfo[]) { __VA_ARGS__ }, \
    }; \
    static void module_obj_name##_register_types(void) \
    { \
        type_register_static(&module_obj_name##_info); \
    } \
    type_init(module_obj_name##_register_types)

#define OBJECT_DEFINE_TYPE(ModuleObjName, module_obj_name, MODULE_OBJ_NAME, \
                           PARENT_MODULE_OBJ_NAME) \
    OBJECT_DEFINE_TYPE_EXTENDED(ModuleObjName, module_obj_name, \
                                MODULE_OBJ_NAME, PARENT_MODULE_OBJ_NAME, \
                                false, { NULL })

#define OBJECT_DEFINE_TYPE_WITH_INTERFACES(ModuleObjName, module_obj_name, \
                                           MODULE_OBJ_NAME, \
                                           PARENT_MODULE_OBJ_NAME, ...) \
    OBJECT_DEFINE_TYPE_EXTENDED(ModuleObjName, module_obj_name, \
                                MODULE_OBJ_NAME, PARENT_MODULE_OBJ_NAME, \
                                false, __VA_ARGS__)

#define OBJECT_DEFINE_ABSTRACT_TYPE(ModuleObjName, module_obj_name, \
                                    MODULE_OBJ_NAME, PARENT_MODULE_OBJ_NAME) \
    OBJECT_DEFINE_TYPE_EXTENDED(ModuleObjName, module_obj_name, \
                                MODULE_OBJ_NAME, PARENT_MODULE_OBJ_NAME, \
                                true, { NULL })

/* DEFINE_TYPES: register every TypeInfo of the array @type_array. */
#define DEFINE_TYPES(type_array) \
    static void do_qemu_init_ ## type_array(void) \
    { \
        type_register_static_array(type_array, ARRAY_SIZE(type_array)); \
    } \
    type_init(do_qemu_init_ ## type_array)

/* ---- Types ---- */

/*
 * type_register_static: register @info, which must stay valid for the
 * life of the program (its strings and interface array are used in
 * place).  A second type of the same name is a bug: it aborts with
 * "Registering `NAME' which already exists".  Returns the new type.
 */
Type type_register_static(const TypeInfo *info);

/* type_register: like type_register_static, but copies what it keeps. */
Type type_register(const TypeInfo *info);

/* Register @nr_infos types of the array @infos. */
void type_register_static_array(const TypeInfo *infos, int nr_infos);

/* The instance size of type @typename (which must exist). */
size_t object_type_get_instance_size(const char *typename);

/* ---- Classes ---- */

/*
 * object_class_by_name: the class of type @typename, built now if this
 * is its first use.  NULL if no such type is registered.
 */
ObjectClass *object_class_by_name(const char *typename);

/* The type name of @klass. */
const char *object_class_get_name(ObjectClass *klass);

/* The parent class of @klass, or NULL for TYPE_OBJECT/TYPE_INTERFACE. */
ObjectClass *object_class_get_parent(ObjectClass *klass);

/* True if @klass cannot be instantiated. */
bool object_class_is_abstract(ObjectClass *klass);

/*
 * object_class_dynamic_cast: @klass if it is @typename or a descendant;
 * for an interface @typename, the class's InterfaceClass for it.  NULL
 * when @klass is NULL, @typename is unknown, the class is not of that
 * type, or it implements more than one descendant of the interface.
 */
ObjectClass *object_class_dynamic_cast(ObjectClass *klass,
                                       const char *typename);

/*
 * object_class_dynamic_cast_assert: object_class_dynamic_cast that
 * aborts, printing "FILE:LINE:FUNC: Object %p is not an instance of type
 * TYPENAME", when a non-NULL @klass does not cast.  For the _CHECK macros.
 */
ObjectClass *object_class_dynamic_cast_assert(ObjectClass *klass,
                                              const char *typename,
                                              const char *file, int line,
                                              const char *func);

/*
 * object_class_foreach: call @fn(klass, @opaque) for each registered
 * type's class (building classes not built yet) that casts to
 * @implements_type (NULL: all) and, unless @include_abstract, is not
 * abstract.  The order is unspecified.  @fn must not register types.
 */
void object_class_foreach(void (*fn)(ObjectClass *klass, void *opaque),
                          const char *implements_type, bool include_abstract,
                          void *opaque);

/*
 * object_class_get_list: the classes object_class_foreach would visit, as
 * a new list the caller frees with g_slist_free (the classes are QOM's).
 * object_class_get_list_sorted: the same, by name, case-insensitively.
 */
GSList *object_class_get_list(const char *implements_type,
                              bool include_abstract);
GSList *object_class_get_list_sorted(const char *implements_type,
                                     bool include_abstract);

/* ---- Objects ---- */

/*
 * object_new: a new instance of the non-abstract type @typename (an
 * unknown type is fatal: "unknown type 'NAME'"), with one reference owned
 * by the caller.  Class property defaults are applied, then the
 * instance_init and instance_post_init functions run, then the global
 * and compat properties matching the type are applied (see
 * object_apply_compat_props).
 */
Object *object_new(const char *typename);

/* object_new for the type of @klass. */
Object *object_new_with_class(ObjectClass *klass);

/*
 * object_new_with_props: create an object of @typename, set properties
 * from the NULL-terminated (name, value-string) varargs as
 * object_property_parse does, add it as child @id of @parent, and
 * complete it if it is user-creatable.  Returns the object, whose only
 * reference is the one @parent holds, or NULL with @errp set:
 * "invalid object type: NAME", "object type 'NAME' is abstract", or the
 * property, duplicate-child or completion error.
 */
Object *object_new_with_props(const char *typename, Object *parent,
                              const char *id, Error **errp, ...)
    G_GNUC_NULL_TERMINATED;
Object *object_new_with_propv(const char *typename, Object *parent,
                              const char *id, Error **errp, va_list vargs);

/*
 * object_set_props: set properties from NULL-terminated (name, value)
 * string pairs with object_property_parse.  Stops at the first failure.
 */
bool object_set_props(Object *obj, Error **errp, ...) G_GNUC_NULL_TERMINATED;
bool object_set_propv(Object *obj, Error **errp, va_list vargs);

/*
 * object_initialize: make the @size bytes at @data (a struct embedded in
 * another, not heap-allocated by QOM) an instance of @typename.  It holds
 * one reference; when it drops to zero the object is finalized but not
 * freed.
 */
void object_initialize(void *data, size_t size, const char *typename);

/*
 * object_initialize_child: object_initialize @child (a struct member,
 * whose size is taken from its type) as type @type and add it as child
 * @propname of @parent, which then holds its only reference.  Failure
 * is a bug (aborts).
 */
#define object_initialize_child(parent, propname, child, type) \
    object_initialize_child_internal((parent), (propname), \
                                     (child), sizeof(*(child)), (type))
void object_initialize_child_internal(Object *parent, const char *propname,
                                      void *child, size_t size,
                                      const char *type);

/*
 * object_initialize_child_with_props: the same, setting the
 * NULL-terminated (name, value-string) varargs first and completing a
 * user-creatable child.  Returns false with @errp set on failure (the
 * child is then finalized and not in the tree).
 */
bool object_initialize_child_with_props(Object *parentobj,
                                        const char *propname,
                                        void *childobj, size_t size,
                                        const char *type,
                                        Error **errp, ...)
    G_GNUC_NULL_TERMINATED;
bool object_initialize_child_with_propsv(Object *parentobj,
                                         const char *propname,
                                         void *childobj, size_t size,
                                         const char *type,
                                         Error **errp, va_list vargs);

/* object_ref: take a reference to @obj (NULL is fine).  Returns @obj. */
Object *object_ref(void *obj);

/*
 * object_unref: drop a reference to @obj (NULL is fine).  The last one
 * finalizes it: every property is released (children are unparented),
 * the instance_finalize functions run (the type's own first), then the
 * memory is freed.
 */
void object_unref(void *obj);

/*
 * object_dynamic_cast: @obj if it is an instance of @typename (a class or
 * interface type), else NULL.
 */
Object *object_dynamic_cast(Object *obj, const char *typename);

/* object_dynamic_cast that aborts like object_class_dynamic_cast_assert. */
Object *object_dynamic_cast_assert(Object *obj, const char *typename,
                                   const char *file, int line,
                                   const char *func);

/* The class of @obj. */
ObjectClass *object_get_class(Object *obj);

/* The type name of @obj. */
const char *object_get_typename(const Object *obj);

/* ---- Properties ---- */

/*
 * object_property_try_add: add property @name of type @type to @obj.  A
 * name ending in "[*]" takes the first free "name[N]".  Returns the new
 * property, or NULL with @errp set to "attempt to add duplicate property
 * 'NAME' to object (type 'TYPE')" when @obj (or its class) has one.
 * object_property_add: the same, where a duplicate is a bug.
 */
ObjectProperty *object_property_try_add(Object *obj, const char *name,
                                        const char *type,
                                        ObjectPropertyAccessor *get,
                                        ObjectPropertyAccessor *set,
                                        ObjectPropertyRelease *release,
                                        void *opaque, Error **errp);
ObjectProperty *object_property_add(Object *obj, const char *name,
                                    const char *type,
                                    ObjectPropertyAccessor *get,
                                    ObjectPropertyAccessor *set,
                                    ObjectPropertyRelease *release,
                                    void *opaque);

/*
 * object_class_property_add: add a property every instance of @klass and
 * of its descendants has.  A duplicate (also in an ancestor) is a bug.
 */
ObjectProperty *object_class_property_add(ObjectClass *klass,
                                          const char *name,
                                          const char *type,
                                          ObjectPropertyAccessor *get,
                                          ObjectPropertyAccessor *set,
                                          ObjectPropertyRelease *release,
                                          void *opaque);

/* Delete the per-object property @name (which must exist) of @obj. */
void object_property_del(Object *obj, const char *name);

/*
 * object_property_find: the property @name of @obj (class properties
 * first), or NULL.  object_property_find_err: the same, setting @errp to
 * "Property 'TYPE.NAME' not found" when there is none.
 */
ObjectProperty *object_property_find(Object *obj, const char *name);
ObjectProperty *object_property_find_err(Object *obj, const char *name,
                                         Error **errp);

/*
 * object_class_property_find: the class property @name of @klass or an
 * ancestor, or NULL.  The _err form sets "Property '.NAME' not found".
 */
ObjectProperty *object_class_property_find(ObjectClass *klass,
                                           const char *name);
ObjectProperty *object_class_property_find_err(ObjectClass *klass,
                                               const char *name,
                                               Error **errp);

/* Set the description help shows for a property (which must exist). */
void object_property_set_description(Object *obj, const char *name,
                                     const char *description);
void object_class_property_set_description(ObjectClass *klass,
                                           const char *name,
                                           const char *description);

/*
 * Default values of class properties: set on each new instance (through
 * the property's setter, before instance_init) and shown by help.  At
 * most one default per property.
 */
void object_property_set_default_bool(ObjectProperty *prop, bool value);
void object_property_set_default_str(ObjectProperty *prop, const char *value);
void object_property_set_default_int(ObjectProperty *prop, int64_t value);
void object_property_set_default_uint(ObjectProperty *prop, uint64_t value);
void object_property_set_default_list(ObjectProperty *prop);

/*
 * Iterating over properties: every per-object property of @obj, then
 * the class properties of its class and ancestors (or, with
 * object_class_property_iter_init, only the class properties of @klass
 * and its ancestors).  The order within each table is unspecified.
 * Properties must not be added or deleted while iterating.
 */
typedef struct ObjectPropertyIterator {
    ObjectClass *nextclass;
    GHashTableIter iter;
} ObjectPropertyIterator;

void object_property_iter_init(ObjectPropertyIterator *iter, Object *obj);
void object_class_property_iter_init(ObjectPropertyIterator *iter,
                                     ObjectClass *klass);
/* The next property, or NULL at the end. */
ObjectProperty *object_property_iter_next(ObjectPropertyIterator *iter);

/*
 * Reading and writing properties.  Every function fails with @errp set
 * to "Property 'TYPE.NAME' not found", "Property 'TYPE.NAME' is not
 * readable" / "... is not writable", or the accessor's own error.
 *
 * object_property_set_str/bool/int/uint pass a typed value (a string
 * does not convert to an integer: "Invalid parameter type for 'NAME',
 * expected: integer").  The getters fail with "Invalid parameter type
 * for 'NAME', expected: string" (boolean, int, uint) when the value has
 * another type; on failure get_str returns NULL, get_bool false,
 * get_int -1 and get_uint 0.  get_str's result is the caller's to free.
 */
bool object_property_set_str(Object *obj, const char *name,
                             const char *value, Error **errp);
char *object_property_get_str(Object *obj, const char *name, Error **errp);
bool object_property_set_bool(Object *obj, const char *name,
                              bool value, Error **errp);
bool object_property_get_bool(Object *obj, const char *name, Error **errp);
bool object_property_set_int(Object *obj, const char *name,
                             int64_t value, Error **errp);
int64_t object_property_get_int(Object *obj, const char *name,
                                Error **errp);
bool object_property_set_uint(Object *obj, const char *name,
                              uint64_t value, Error **errp);
uint64_t object_property_get_uint(Object *obj, const char *name,
                                  Error **errp);

/*
 * object_property_set_link: point link property @name at @value (NULL
 * clears it).  object_property_get_link: the object the property's path
 * names, or NULL (also with @errp "Device 'PATH' not found").
 */
bool object_property_set_link(Object *obj, const char *name,
                              Object *value, Error **errp);
Object *object_property_get_link(Object *obj, const char *name,
                                 Error **errp);

/*
 * object_property_get_enum: the value of enum property @name, whose type
 * must be @typename ("Property NAME on TYPE is not 'TYPENAME' enum type"
 * otherwise).  Returns -1 with @errp set on failure.
 */
int object_property_get_enum(Object *obj, const char *name,
                             const char *typename, Error **errp);

/*
 * object_property_parse: set property @name from the text @string, as
 * -global and compat properties do: "on"/"off" (yes/no/true/false/y/n)
 * for bool, decimal/0x/0 octal numbers for integers, suffixed sizes, enum
 * names.  Errors are QEMU's ("Parameter 'NAME' expects 'on' or 'off'",
 * "Parameter 'NAME' expects int64" / "uint64" / "size", "Parameter 'NAME'
 * expects uint32_t" for a value out of the property's range, "Parameter
 * 'NAME' does not accept value 'VALUE'").
 */
bool object_property_parse(Object *obj, const char *name,
                           const char *string, Error **errp);

/*
 * object_property_print: the value of property @name as text (the
 * caller frees it), or NULL with @errp set.  Strings print as they are,
 * booleans as true/false, numbers in decimal.  With @human, strings are
 * quoted, integers are followed by their hex form ("42 (0x2a)") and
 * "size" properties by their size ("1048576 (1 MiB)").
 */
char *object_property_print(Object *obj, const char *name, bool human,
                            Error **errp);

/* The type of property @name, or NULL with @errp set ("not found"). */
const char *object_property_get_type(Object *obj, const char *name,
                                     Error **errp);

/* ---- Typed property helpers ---- */

/*
 * Boolean ("bool"), string ("string"), enum (type @typename, values
 * named by @lookup), integer ("int", limited to @min..@max, else
 * "Property TYPE.NAME doesn't take value V (minimum: MIN, maximum: MAX)")
 * and size ("size", accepting suffixes like 4K or 1G in text) properties
 * reached through typed callbacks.  A NULL @get makes the property
 * write-only, a NULL @set read-only.  The callbacks report failure
 * through their Error **.  Strings returned by @get are freed by QOM.
 */
ObjectProperty *object_property_add_bool(Object *obj, const char *name,
                                         bool (*get)(Object *, Error **),
                                         void (*set)(Object *, bool,
                                                     Error **));
ObjectProperty *object_class_property_add_bool(ObjectClass *klass,
                                               const char *name,
                                               bool (*get)(Object *,
                                                           Error **),
                                               void (*set)(Object *, bool,
                                                           Error **));
ObjectProperty *object_property_add_str(Object *obj, const char *name,
                                        char *(*get)(Object *, Error **),
                                        void (*set)(Object *, const char *,
                                                    Error **));
ObjectProperty *object_class_property_add_str(ObjectClass *klass,
                                              const char *name,
                                              char *(*get)(Object *,
                                                           Error **),
                                              void (*set)(Object *,
                                                          const char *,
                                                          Error **));
ObjectProperty *object_property_add_enum(Object *obj, const char *name,
                                         const char *typename,
                                         const QEnumLookup *lookup,
                                         int (*get)(Object *, Error **),
                                         void (*set)(Object *, int,
                                                     Error **));
ObjectProperty *object_class_property_add_enum(ObjectClass *klass,
                                               const char *name,
                                               const char *typename,
                                               const QEnumLookup *lookup,
                                               int (*get)(Object *,
                                                          Error **),
                                               void (*set)(Object *, int,
                                                           Error **));
ObjectProperty *object_property_add_int(Object *obj, const char *name,
                                        int64_t min, int64_t max,
                                        int64_t (*get)(Object *, Error **),
                                        void (*set)(Object *, int64_t,
                                                    Error **));
ObjectProperty *object_class_property_add_int(ObjectClass *klass,
                                              const char *name,
                                              int64_t min, int64_t max,
                                              int64_t (*get)(Object *,
                                                             Error **),
                                              void (*set)(Object *, int64_t,
                                                          Error **));
ObjectProperty *object_property_add_size(Object *obj, const char *name,
                                         uint64_t (*get)(Object *,
                                                         Error **),
                                         void (*set)(Object *, uint64_t,
                                                     Error **));
ObjectProperty *object_class_property_add_size(ObjectClass *klass,
                                               const char *name,
                                               uint64_t (*get)(Object *,
                                                               Error **),
                                               void (*set)(Object *,
                                                           uint64_t,
                                                           Error **));

typedef enum ObjectPropertyFlags {
    OBJ_PROP_FLAG_READ = 1 << 0,
    OBJ_PROP_FLAG_WRITE = 1 << 1,
    OBJ_PROP_FLAG_READWRITE = (OBJ_PROP_FLAG_READ | OBJ_PROP_FLAG_WRITE),
} ObjectPropertyFlags;

/*
 * Integer properties stored at @v ("uint8" ... "uint64"), readable and/or
 * writable as @flags says.  A written value out of range fails with
 * "Parameter 'NAME' expects uint8_t" (uint16_t, uint32_t).  The class
 * forms point every instance at the same variable @v, as QEMU's do.
 */
ObjectProperty *object_property_add_uint8_ptr(Object *obj, const char *name,
                                              const uint8_t *v,
                                              ObjectPropertyFlags flags);
ObjectProperty *object_class_property_add_uint8_ptr(ObjectClass *klass,
                                                    const char *name,
                                                    const uint8_t *v,
                                                    ObjectPropertyFlags flags);
ObjectProperty *object_property_add_uint16_ptr(Object *obj, const char *name,
                                               const uint16_t *v,
                                               ObjectPropertyFlags flags);
ObjectProperty *object_class_property_add_uint16_ptr(ObjectClass *klass,
                                                     const char *name,
                                                     const uint16_t *v,
                                                     ObjectPropertyFlags flags);
ObjectProperty *object_property_add_uint32_ptr(Object *obj, const char *name,
                                               const uint32_t *v,
                                               ObjectPropertyFlags flags);
ObjectProperty *object_class_property_add_uint32_ptr(ObjectClass *klass,
                                                     const char *name,
                                                     const uint32_t *v,
                                                     ObjectPropertyFlags flags);
ObjectProperty *object_property_add_uint64_ptr(Object *obj, const char *name,
                                               const uint64_t *v,
                                               ObjectPropertyFlags flags);
ObjectProperty *object_class_property_add_uint64_ptr(ObjectClass *klass,
                                                     const char *name,
                                                     const uint64_t *v,
                                                     ObjectPropertyFlags flags);

/*
 * object_property_add_alias: property @name of @obj forwards to property
 * @target_name of @target_obj (same type, except that a child<T> target
 * appears as link<T>; same description and default).
 */
ObjectProperty *object_property_add_alias(Object *obj, const char *name,
                                          Object *target_obj,
                                          const char *target_name);

/* ---- Composition tree: children and links ---- */

/*
 * object_property_try_add_child: add @child (which must have no parent)
 * as property @name ("child<TYPE>") of @obj, which takes a reference to
 * it.  Reading the property gives the child's canonical path.  Returns
 * NULL with @errp set on a duplicate name.  object_property_add_child:
 * the same, where a duplicate is a bug.
 */
ObjectProperty *object_property_try_add_child(Object *obj, const char *name,
                                              Object *child, Error **errp);
ObjectProperty *object_property_add_child(Object *obj, const char *name,
                                          Object *child);

/*
 * object_unparent: remove @obj from its parent (dropping the parent's
 * reference, which may finalize it).  Does nothing without a parent.
 */
void object_unparent(Object *obj);

typedef enum ObjectPropertyLinkFlags {
    OBJ_PROP_LINK_STRONG = 0x1,     /* the link holds a reference */
    OBJ_PROP_LINK_DIRECT = 0x2,     /* QOM stores the pointer itself */
    OBJ_PROP_LINK_CLASS = 0x4,      /* class property, field at offset */
} ObjectPropertyLinkFlags;

/* A link check that accepts any target. */
void object_property_allow_set_link(const Object *obj, const char *name,
                                    Object *val, Error **errp);

/*
 * object_property_add_link: link property @name ("link<TYPE>") stored
 * in *@targetp.  Written with a path (absolute or partial) or "" for
 * none; read as the target's canonical path or "".  The new target must
 * be of @type ("Invalid parameter type for 'NAME', expected: TYPE"), the
 * path must resolve ("Device 'PATH' not found") unambiguously ("Path
 * 'PATH' does not uniquely identify an object") and @check must accept
 * it.  A NULL @check makes the link read-only.  With
 * OBJ_PROP_LINK_STRONG the link holds a reference to its target.
 */
ObjectProperty *object_property_add_link(Object *obj, const char *name,
                                         const char *type, Object **targetp,
                                         void (*check)(const Object *obj,
                                                       const char *name,
                                                       Object *val,
                                                       Error **errp),
                                         ObjectPropertyLinkFlags flags);

/* The class form: the Object * field is at @offset in each instance. */
ObjectProperty *object_class_property_add_link(ObjectClass *oc,
                                               const char *name,
                                               const char *type,
                                               ptrdiff_t offset,
                                               void (*check)(const Object *obj,
                                                             const char *name,
                                                             Object *val,
                                                             Error **errp),
                                               ObjectPropertyLinkFlags flags);

/* A read-only link property to @target. */
ObjectProperty *object_property_add_const_link(Object *obj, const char *name,
                                               Object *target);

/* ---- Paths ---- */

/* The root of the composition tree, "/" (a "container"). */
Object *object_get_root(void);

/* The container of user-created objects, "/objects". */
Object *object_get_objects_root(void);

/* A container outside the tree, for objects not meant to be found. */
Object *object_get_internal_root(void);

/*
 * container_get: the object at the absolute @path below @root, creating
 * "container" objects for missing components ("/machine/peripheral").
 */
Object *container_get(Object *root, const char *path);

#define TYPE_CONTAINER "container"

/*
 * object_get_canonical_path_component: the name of the child property
 * of @obj's parent that holds @obj (owned by the property), or NULL when
 * @obj has no parent.
 */
const char *object_get_canonical_path_component(const Object *obj);

/*
 * object_get_canonical_path: "/a/b/c" for an object in the tree ("/" for
 * the root), a new string; NULL when @obj is not attached to the root.
 */
char *object_get_canonical_path(const Object *obj);

/*
 * object_resolve_path_type: the object at @path that is of @typename.
 * An absolute path ("/machine/x") follows child and link properties from
 * the root.  A partial path ("x", "peripheral/x") matches any object
 * whose path ends with it and is of @typename: exactly one must match,
 * else NULL is returned and *@ambiguous (if not NULL) tells whether
 * there were several.
 */
Object *object_resolve_path_type(const char *path, const char *typename,
                                 bool *ambiguous);

/* object_resolve_path_type for any type. */
Object *object_resolve_path(const char *path, bool *ambiguous);

/*
 * object_resolve_path_at: @path relative to @parent (or absolute when it
 * starts with "/"), following properties exactly.
 */
Object *object_resolve_path_at(Object *parent, const char *path);

/* The object property @part (child or link) of @parent points to. */
Object *object_resolve_path_component(Object *parent, const char *part);

/*
 * object_child_foreach: call @fn(child, @opaque) for each child of @obj
 * until one returns non-zero, which is then returned (0 otherwise).
 * object_child_foreach_recursive: the same, depth first over the whole
 * subtree.  @fn must not add or remove children of the object being
 * iterated.
 */
int object_child_foreach(Object *obj, int (*fn)(Object *child, void *opaque),
                         void *opaque);
int object_child_foreach_recursive(Object *obj,
                                   int (*fn)(Object *child, void *opaque),
                                   void *opaque);

/* ---- Global and compat properties ---- */

/*
 * GlobalProperty: "set @property to @value on every object of type
 * @driver (or a descendant) at creation".  @used is set once it applied
 * to some object; an @optional one is skipped for objects that lack the
 * property.
 */
typedef struct GlobalProperty {
    const char *driver;
    const char *property;
    const char *value;
    bool used;
    bool optional;
} GlobalProperty;

/*
 * object_apply_global_props: apply each matching entry of @props (an
 * array of GlobalProperty *, may be NULL) to @obj in order, with
 * object_property_parse.  A failure becomes "can't apply global
 * DRIVER.PROP=VALUE: REASON": with @errp it is returned (false) and the
 * rest is skipped; with a NULL @errp it is reported as a warning and
 * the rest is applied.
 */
bool object_apply_global_props(Object *obj, const GPtrArray *props,
                               Error **errp);

/*
 * Compat properties: the accelerator's and the machine's defaults (each
 * set at most once; the array stays the caller's) and the "sugar"
 * properties of legacy options.  object_apply_compat_props applies them
 * in that order and then the -global list (object_prop_register_global).
 * Every new object gets them automatically at the end of its creation;
 * a failure of an accelerator or machine compat property is a bug
 * (abort), of a sugar or -global property a fatal configuration error.
 */
void object_set_machine_compat_props(GPtrArray *compat_props);
void object_set_accelerator_compat_props(GPtrArray *compat_props);
void object_register_sugar_prop(const char *driver, const char *prop,
                                const char *value, bool optional);
void object_apply_compat_props(Object *obj);

/*
 * object_prop_register_global: add @prop (kept by pointer, the caller's
 * for the rest of the program) to the -global list.
 * object_register_global: the same from copies of the strings.
 */
void object_prop_register_global(GlobalProperty *prop);
void object_register_global(const char *driver, const char *property,
                            const char *value);

/*
 * object_prop_check_globals: warn about each -global entry that was never
 * used: "global DRIVER.PROP has invalid class name" when DRIVER is no
 * type, "global DRIVER.PROP=VALUE not used" otherwise.  Returns 1 if it
 * warned, else 0.
 */
int object_prop_check_globals(void);

#endif
