/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hostmem-ram.c: "memory-backend-ram", guest RAM in anonymous memory
 * (MAP_PRIVATE, or MAP_SHARED with share=on), as in QEMU 8.2.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "backends-internal.h"

static bool ram_backend_memory_alloc(HostMemoryBackend *backend,
                                     Error **errp)
{
    return host_memory_backend_map_anon(backend, errp);
}

static void ram_backend_class_init(ObjectClass *oc, void *data)
{
    HostMemoryBackendClass *bc = MEMORY_BACKEND_CLASS(oc);

    bc->alloc = ram_backend_memory_alloc;
}

static const TypeInfo ram_backend_info = {
    .name = TYPE_MEMORY_BACKEND_RAM,
    .parent = TYPE_MEMORY_BACKEND,
    .class_init = ram_backend_class_init,
};

static void ram_backend_register_types(void)
{
    type_register_static(&ram_backend_info);
}
type_init(ram_backend_register_types)
