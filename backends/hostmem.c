/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hostmem.c: the abstract "memory-backend" type, with QEMU 8.2's
 * properties, messages and completion: allocate (the subclass's alloc),
 * apply merge/dump advice, then preallocate when asked.
 *
 * qlite is built without NUMA support, so as in such a QEMU build only
 * policy=default is accepted and host-nodes always fails.  Defaults for
 * merge, dump and prealloc-threads come from the machine (/machine's
 * mem-merge, dump-guest-core and smp.cpus) when one exists.
 */
#include "qemu/osdep.h"
#include <sys/mman.h>
#include "qapi/error.h"
#include "qobject/qdict.h"
#include "qobject/qnum.h"
#include "qom/object_interfaces.h"
#include "qom/qom-qobject.h"
#include "backends-internal.h"

static const char *const host_mem_policy_names[HOST_MEM_POLICY__MAX] = {
    [HOST_MEM_POLICY_DEFAULT] = "default",
    [HOST_MEM_POLICY_PREFERRED] = "preferred",
    [HOST_MEM_POLICY_BIND] = "bind",
    [HOST_MEM_POLICY_INTERLEAVE] = "interleave",
};

static const QEnumLookup host_mem_policy_lookup = {
    .array = host_mem_policy_names,
    .size = HOST_MEM_POLICY__MAX,
};

/* ---- API ---- */

void *host_memory_backend_get_ram_ptr(HostMemoryBackend *backend)
{
    return backend->ram_ptr;
}

MemoryRegion *host_memory_backend_get_memory(HostMemoryBackend *backend)
{
    g_autofree char *name = NULL;

    if (!backend->ram_ptr) {
        return NULL;
    }
    if (!backend->mr.name) {
        name = host_memory_backend_get_name(backend);
        memory_region_init_ram_ptr(&backend->mr, OBJECT(backend), name,
                                   backend->size, backend->ram_ptr);
    }
    return &backend->mr;
}

uint64_t host_memory_backend_get_size(HostMemoryBackend *backend)
{
    return backend->size;
}

bool host_memory_backend_mr_inited(HostMemoryBackend *backend)
{
    return backend->ram_ptr != NULL;
}

bool host_memory_backend_is_mapped(HostMemoryBackend *backend)
{
    return backend->is_mapped;
}

void host_memory_backend_set_mapped(HostMemoryBackend *backend, bool mapped)
{
    backend->is_mapped = mapped;
}

char *host_memory_backend_get_name(HostMemoryBackend *backend)
{
    if (backend->use_canonical_path) {
        return object_get_canonical_path(OBJECT(backend));
    }
    return g_strdup(object_get_canonical_path_component(OBJECT(backend)));
}

size_t host_memory_backend_pagesize(HostMemoryBackend *backend)
{
    return backend->page_size;
}

int host_memory_backend_get_fd(HostMemoryBackend *backend)
{
    return backend->fd;
}

/* ---- Properties ---- */

static void host_memory_backend_get_size_prop(Object *obj, const char *name,
                                              QObject **value, void *opaque,
                                              Error **errp)
{
    *value = QOBJECT(qnum_from_uint(MEMORY_BACKEND(obj)->size));
}

static void host_memory_backend_set_size_prop(Object *obj, const char *name,
                                              QObject **value, void *opaque,
                                              Error **errp)
{
    HostMemoryBackend *backend = MEMORY_BACKEND(obj);
    uint64_t size;

    if (host_memory_backend_mr_inited(backend)) {
        error_setg(errp, "cannot change property %s of %s ", name,
                   object_get_typename(obj));
        return;
    }
    if (!qom_input_size(name, *value, &size, errp)) {
        return;
    }
    if (!size) {
        error_setg(errp, "property '%s' of %s doesn't take value '%" PRIu64
                   "'", name, object_get_typename(obj), size);
        return;
    }
    backend->size = size;
}

static void host_memory_backend_get_host_nodes(Object *obj, const char *name,
                                               QObject **value, void *opaque,
                                               Error **errp)
{
    g_autoptr(GArray) none = g_array_new(false, false, sizeof(uint16_t));

    *value = backends_uint16_list_to_qobject(none);
}

static void host_memory_backend_set_host_nodes(Object *obj, const char *name,
                                               QObject **value, void *opaque,
                                               Error **errp)
{
    g_autoptr(GArray) nodes = NULL;

    /* The value is checked first, as QEMU's option schema does. */
    if (!backends_input_uint16_list(name, *value, &nodes, errp)) {
        return;
    }
    error_setg(errp, "NUMA node binding are not supported by this QEMU");
}

static int host_memory_backend_get_policy(Object *obj, Error **errp)
{
    return MEMORY_BACKEND(obj)->policy;
}

static void host_memory_backend_set_policy(Object *obj, int policy,
                                           Error **errp)
{
    MEMORY_BACKEND(obj)->policy = policy;
    if (policy != HOST_MEM_POLICY_DEFAULT) {
        error_setg(errp, "NUMA policies are not supported by this QEMU");
    }
}

static bool host_memory_backend_get_merge(Object *obj, Error **errp)
{
    return MEMORY_BACKEND(obj)->merge;
}

static void host_memory_backend_set_merge(Object *obj, bool value,
                                          Error **errp)
{
    HostMemoryBackend *backend = MEMORY_BACKEND(obj);

    if (host_memory_backend_mr_inited(backend) && value != backend->merge) {
        madvise(backend->ram_ptr, backend->mapped_size,
                value ? MADV_MERGEABLE : MADV_UNMERGEABLE);
    }
    backend->merge = value;
}

static bool host_memory_backend_get_dump(Object *obj, Error **errp)
{
    return MEMORY_BACKEND(obj)->dump;
}

static void host_memory_backend_set_dump(Object *obj, bool value,
                                         Error **errp)
{
    HostMemoryBackend *backend = MEMORY_BACKEND(obj);

    if (host_memory_backend_mr_inited(backend) && value != backend->dump) {
        madvise(backend->ram_ptr, backend->mapped_size,
                value ? MADV_DODUMP : MADV_DONTDUMP);
    }
    backend->dump = value;
}

static bool host_memory_backend_get_prealloc(Object *obj, Error **errp)
{
    return MEMORY_BACKEND(obj)->prealloc;
}

static void host_memory_backend_set_prealloc(Object *obj, bool value,
                                             Error **errp)
{
    HostMemoryBackend *backend = MEMORY_BACKEND(obj);

    if (!backend->reserve && value) {
        error_setg(errp, "'prealloc=on' and 'reserve=off' are incompatible");
        return;
    }
    if (!host_memory_backend_mr_inited(backend)) {
        backend->prealloc = value;
        return;
    }
    /* Already allocated: preallocate now; turning it off does nothing. */
    if (value && !backend->prealloc) {
        if (!qemu_prealloc_mem(backend->fd, backend->ram_ptr, backend->size,
                               backend->prealloc_threads,
                               backend->prealloc_context, errp)) {
            return;
        }
        backend->prealloc = true;
    }
}

static void host_memory_backend_get_prealloc_threads(Object *obj,
                                                     const char *name,
                                                     QObject **value,
                                                     void *opaque,
                                                     Error **errp)
{
    *value = QOBJECT(qnum_from_uint(MEMORY_BACKEND(obj)->prealloc_threads));
}

static void host_memory_backend_set_prealloc_threads(Object *obj,
                                                     const char *name,
                                                     QObject **value,
                                                     void *opaque,
                                                     Error **errp)
{
    uint32_t threads;

    if (!qom_input_uint32(name, *value, &threads, errp)) {
        return;
    }
    if (!threads) {
        error_setg(errp, "property '%s' of %s doesn't take value '%d'",
                   name, object_get_typename(obj), threads);
        return;
    }
    MEMORY_BACKEND(obj)->prealloc_threads = threads;
}

static bool host_memory_backend_get_share(Object *obj, Error **errp)
{
    return MEMORY_BACKEND(obj)->share;
}

static void host_memory_backend_set_share(Object *obj, bool value,
                                          Error **errp)
{
    HostMemoryBackend *backend = MEMORY_BACKEND(obj);

    if (host_memory_backend_mr_inited(backend)) {
        error_setg(errp, "cannot change property value");
        return;
    }
    backend->share = value;
}

static bool host_memory_backend_get_reserve(Object *obj, Error **errp)
{
    return MEMORY_BACKEND(obj)->reserve;
}

static void host_memory_backend_set_reserve(Object *obj, bool value,
                                            Error **errp)
{
    HostMemoryBackend *backend = MEMORY_BACKEND(obj);

    if (host_memory_backend_mr_inited(backend)) {
        error_setg(errp, "cannot change property value");
        return;
    }
    if (backend->prealloc && !value) {
        error_setg(errp, "'prealloc=on' and 'reserve=off' are incompatible");
        return;
    }
    backend->reserve = value;
}

static bool host_memory_backend_get_use_canonical_path(Object *obj,
                                                       Error **errp)
{
    return MEMORY_BACKEND(obj)->use_canonical_path;
}

static void host_memory_backend_set_use_canonical_path(Object *obj,
                                                       bool value,
                                                       Error **errp)
{
    MEMORY_BACKEND(obj)->use_canonical_path = value;
}

/* ---- Life cycle ---- */

static void host_memory_backend_complete(UserCreatable *uc, Error **errp)
{
    HostMemoryBackend *backend = MEMORY_BACKEND(uc);
    HostMemoryBackendClass *bc = MEMORY_BACKEND_GET_CLASS(uc);

    /*
     * QEMU's option schema requires "size" before QOM sees the object,
     * and the setter refuses 0: an unset size can only mean "missing".
     */
    if (!backend->size) {
        error_setg(errp, "Parameter 'size' is missing");
        return;
    }
    if (!bc->alloc(backend, errp)) {
        return;
    }
    if (backend->merge) {
        madvise(backend->ram_ptr, backend->mapped_size, MADV_MERGEABLE);
    }
    if (!backend->dump) {
        madvise(backend->ram_ptr, backend->mapped_size, MADV_DONTDUMP);
    }
    if (backend->prealloc) {
        qemu_prealloc_mem(backend->fd, backend->ram_ptr, backend->size,
                          backend->prealloc_threads,
                          backend->prealloc_context, errp);
    }
}

static bool host_memory_backend_can_be_deleted(UserCreatable *uc)
{
    return !host_memory_backend_is_mapped(MEMORY_BACKEND(uc));
}

/* A boolean property of the machine, or @def without a machine. */
static bool machine_get_bool(Object *machine, const char *name, bool def)
{
    if (!machine || !object_property_find(machine, name)) {
        return def;
    }
    return object_property_get_bool(machine, name, &error_abort);
}

/* The machine's smp.cpus, or 1 without a machine. */
static uint32_t machine_get_smp_cpus(Object *machine)
{
    g_autoptr(QObject) smp = NULL;
    QNum *cpus;
    uint64_t n;

    if (!machine || !object_property_find(machine, "smp")) {
        return 1;
    }
    smp = object_property_get_qobject(machine, "smp", NULL);
    cpus = qobject_to(QNum, qdict_get(qobject_to(QDict, smp), "cpus"));
    if (!cpus || !qnum_get_try_uint(cpus, &n) || !n || n > UINT32_MAX) {
        return 1;
    }
    return n;
}

static void host_memory_backend_init(Object *obj)
{
    HostMemoryBackend *backend = MEMORY_BACKEND(obj);
    Object *machine = object_resolve_path_component(object_get_root(),
                                                    "machine");

    backend->merge = machine_get_bool(machine, "mem-merge", true);
    backend->dump = machine_get_bool(machine, "dump-guest-core", true);
    backend->prealloc_threads = machine_get_smp_cpus(machine);
    backend->reserve = true;
    backend->fd = -1;
}

static void host_memory_backend_finalize(Object *obj)
{
    HostMemoryBackend *backend = MEMORY_BACKEND(obj);

    /* Mapped into a machine, it lives as long as the process. */
    if (backend->mr.name && !backend->mr.container) {
        memory_region_finalize(&backend->mr);
    }
    if (backend->ram_ptr) {
        munmap(backend->ram_ptr, backend->mapped_size);
    }
    if (backend->fd >= 0) {
        close(backend->fd);
    }
}

static void host_memory_backend_class_init(ObjectClass *oc, void *data)
{
    UserCreatableClass *ucc = USER_CREATABLE_CLASS(oc);

    ucc->complete = host_memory_backend_complete;
    ucc->can_be_deleted = host_memory_backend_can_be_deleted;

    object_class_property_add_bool(oc, "merge",
        host_memory_backend_get_merge, host_memory_backend_set_merge);
    object_class_property_set_description(oc, "merge",
        "Mark memory as mergeable");
    object_class_property_add_bool(oc, "dump",
        host_memory_backend_get_dump, host_memory_backend_set_dump);
    object_class_property_set_description(oc, "dump",
        "Set to 'off' to exclude from core dump");
    object_class_property_add_bool(oc, "prealloc",
        host_memory_backend_get_prealloc, host_memory_backend_set_prealloc);
    object_class_property_set_description(oc, "prealloc",
        "Preallocate memory");
    object_class_property_add(oc, "prealloc-threads", "int",
        host_memory_backend_get_prealloc_threads,
        host_memory_backend_set_prealloc_threads, NULL, NULL);
    object_class_property_set_description(oc, "prealloc-threads",
        "Number of CPU threads to use for prealloc");
    object_class_property_add_link(oc, "prealloc-context",
        TYPE_THREAD_CONTEXT, offsetof(HostMemoryBackend, prealloc_context),
        object_property_allow_set_link, OBJ_PROP_LINK_STRONG);
    object_class_property_set_description(oc, "prealloc-context",
        "Context to use for creating CPU threads for preallocation");
    object_class_property_add(oc, "size", "int",
        host_memory_backend_get_size_prop,
        host_memory_backend_set_size_prop, NULL, NULL);
    object_class_property_set_description(oc, "size",
        "Size of the memory region (ex: 500M)");
    object_class_property_add(oc, "host-nodes", "int",
        host_memory_backend_get_host_nodes,
        host_memory_backend_set_host_nodes, NULL, NULL);
    object_class_property_set_description(oc, "host-nodes",
        "Binds memory to the list of NUMA host nodes");
    object_class_property_add_enum(oc, "policy", "HostMemPolicy",
        &host_mem_policy_lookup,
        host_memory_backend_get_policy, host_memory_backend_set_policy);
    object_class_property_set_description(oc, "policy",
        "Set the NUMA policy");
    object_class_property_add_bool(oc, "share",
        host_memory_backend_get_share, host_memory_backend_set_share);
    object_class_property_set_description(oc, "share",
        "Mark the memory as private to QEMU or shared");
    object_class_property_add_bool(oc, "reserve",
        host_memory_backend_get_reserve, host_memory_backend_set_reserve);
    object_class_property_set_description(oc, "reserve",
        "Reserve swap space (or huge pages) if applicable");
    object_class_property_add_bool(oc, "x-use-canonical-path-for-ramblock-id",
        host_memory_backend_get_use_canonical_path,
        host_memory_backend_set_use_canonical_path);
}

static const TypeInfo host_memory_backend_info = {
    .name = TYPE_MEMORY_BACKEND,
    .parent = TYPE_OBJECT,
    .abstract = true,
    .class_size = sizeof(HostMemoryBackendClass),
    .class_init = host_memory_backend_class_init,
    .instance_size = sizeof(HostMemoryBackend),
    .instance_init = host_memory_backend_init,
    .instance_finalize = host_memory_backend_finalize,
    .interfaces = (InterfaceInfo[]) {
        { TYPE_USER_CREATABLE },
        { }
    },
};

static void host_memory_backend_register_types(void)
{
    type_register_static(&host_memory_backend_info);
}
type_init(host_memory_backend_register_types)
