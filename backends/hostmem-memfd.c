/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hostmem-memfd.c: "memory-backend-memfd", guest RAM in an anonymous
 * memfd (shared by default, so another process such as a vhost-user
 * backend can map it), optionally on huge pages and sealed against
 * growing and shrinking, as in QEMU 8.2.
 *
 * The "hugetlb" property exists only when the host kernel supports
 * memfd_create(MFD_HUGETLB).
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include <sys/mman.h>
#include "qapi/error.h"
#include "qobject/qnum.h"
#include "qom/qom-qobject.h"
#include "backends-internal.h"

OBJECT_DECLARE_SIMPLE_TYPE(HostMemoryBackendMemfd, MEMORY_BACKEND_MEMFD)

struct HostMemoryBackendMemfd {
    HostMemoryBackend parent_obj;

    bool hugetlb;
    uint64_t hugetlbsize;       /* bytes, 0 for the default huge page */
    bool seal;
};

/* memfd_create's huge page size field: log2(size) at bit 26. */
#define MEMFD_HUGE_SHIFT 26

/*
 * Create the memfd of @size bytes, as QEMU's qemu_memfd_create (with
 * its messages).  Returns the fd, or -1 with @errp set.
 */
static int memfd_backend_create(HostMemoryBackendMemfd *m, uint64_t size,
                                Error **errp)
{
    unsigned int seals = F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL;
    unsigned int flags = MFD_CLOEXEC;
    int shift = m->hugetlbsize ? __builtin_ctzll(m->hugetlbsize) : 0;
    int fd;

    if (shift && 1ULL << shift != m->hugetlbsize) {
        error_setg(errp, "Hugepage size must be a power of 2");
        return -1;
    }
    if (m->seal) {
        flags |= MFD_ALLOW_SEALING;
    }
    if (m->hugetlb) {
        flags |= MFD_HUGETLB | (unsigned int)shift << MEMFD_HUGE_SHIFT;
    }
    fd = memfd_create(TYPE_MEMORY_BACKEND_MEMFD, flags);
    if (fd < 0) {
        error_setg_errno(errp, errno, "failed to create memfd with flags 0x%x",
                         flags);
        return -1;
    }
    if (ftruncate(fd, size) == -1) {
        error_setg_errno(errp, errno, "failed to resize memfd to %" PRIu64,
                         size);
        goto fail;
    }
    if (m->seal && fcntl(fd, F_ADD_SEALS, seals) == -1) {
        error_setg_errno(errp, errno, "failed to add seals 0x%x", seals);
        goto fail;
    }
    return fd;

fail:
    close(fd);
    return -1;
}

static bool memfd_backend_memory_alloc(HostMemoryBackend *backend,
                                       Error **errp)
{
    HostMemoryBackendMemfd *m = MEMORY_BACKEND_MEMFD(backend);
    HostMemoryMapFd map = { .fd = -1 };

    map.fd = memfd_backend_create(m, backend->size, errp);
    if (map.fd < 0) {
        return false;
    }
    return host_memory_backend_map_fd(backend, &map, errp);
}

static bool memfd_backend_get_hugetlb(Object *o, Error **errp)
{
    return MEMORY_BACKEND_MEMFD(o)->hugetlb;
}

static void memfd_backend_set_hugetlb(Object *o, bool value, Error **errp)
{
    MEMORY_BACKEND_MEMFD(o)->hugetlb = value;
}

static void memfd_backend_get_hugetlbsize(Object *o, const char *name,
                                          QObject **value, void *opaque,
                                          Error **errp)
{
    *value = QOBJECT(qnum_from_uint(MEMORY_BACKEND_MEMFD(o)->hugetlbsize));
}

static void memfd_backend_set_hugetlbsize(Object *o, const char *name,
                                          QObject **value, void *opaque,
                                          Error **errp)
{
    uint64_t size;

    if (host_memory_backend_mr_inited(MEMORY_BACKEND(o))) {
        error_setg(errp, "cannot change property value");
        return;
    }
    if (!qom_input_size(name, *value, &size, errp)) {
        return;
    }
    if (!size) {
        error_setg(errp, "Property '%s.%s' doesn't take value '%" PRIu64 "'",
                   object_get_typename(o), name, size);
        return;
    }
    MEMORY_BACKEND_MEMFD(o)->hugetlbsize = size;
}

static bool memfd_backend_get_seal(Object *o, Error **errp)
{
    return MEMORY_BACKEND_MEMFD(o)->seal;
}

static void memfd_backend_set_seal(Object *o, bool value, Error **errp)
{
    MEMORY_BACKEND_MEMFD(o)->seal = value;
}

static void memfd_backend_instance_init(Object *obj)
{
    MEMORY_BACKEND_MEMFD(obj)->seal = true;
    MEMORY_BACKEND(obj)->share = true;
}

/* Whether this kernel can create huge page memfds. */
static bool memfd_hugetlb_supported(void)
{
    int fd = memfd_create("memfd-check", MFD_CLOEXEC | MFD_HUGETLB);

    if (fd < 0) {
        return false;
    }
    close(fd);
    return true;
}

static void memfd_backend_class_init(ObjectClass *oc, void *data)
{
    HostMemoryBackendClass *bc = MEMORY_BACKEND_CLASS(oc);

    bc->alloc = memfd_backend_memory_alloc;

    if (memfd_hugetlb_supported()) {
        object_class_property_add_bool(oc, "hugetlb",
            memfd_backend_get_hugetlb, memfd_backend_set_hugetlb);
        object_class_property_set_description(oc, "hugetlb",
            "Use huge pages");
        object_class_property_add(oc, "hugetlbsize", "int",
            memfd_backend_get_hugetlbsize, memfd_backend_set_hugetlbsize,
            NULL, NULL);
        object_class_property_set_description(oc, "hugetlbsize",
            "Huge pages size (ex: 2M, 1G)");
    }
    object_class_property_add_bool(oc, "seal",
        memfd_backend_get_seal, memfd_backend_set_seal);
    object_class_property_set_description(oc, "seal",
        "Seal growing & shrinking");
}

static const TypeInfo memfd_backend_info = {
    .name = TYPE_MEMORY_BACKEND_MEMFD,
    .parent = TYPE_MEMORY_BACKEND,
    .class_init = memfd_backend_class_init,
    .instance_init = memfd_backend_instance_init,
    .instance_size = sizeof(HostMemoryBackendMemfd),
};

static void memfd_backend_register_types(void)
{
    type_register_static(&memfd_backend_info);
}
type_init(memfd_backend_register_types)
