/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hostmem.h: host memory backends, the user-creatable objects that hold
 * guest RAM (QEMU 8.2's "memory-backend" family).
 *
 * A backend is created with its properties (-object memory-backend-ram,
 * id=m,size=64M, or by the machine for its implicit RAM), then completed:
 * completion maps the memory as ONE host mapping (anonymous, a file or a
 * memfd), applies merge/dump advice and, with prealloc=on, faults in
 * every page with prealloc-threads threads (created through the
 * prealloc-context thread-context when one is linked, so they run on its
 * CPUs).  A machine then takes the backend for its RAM: it checks
 * host_memory_backend_is_mapped() (a backend backs at most one region)
 * and marks it with host_memory_backend_set_mapped(); a mapped backend
 * cannot be deleted.
 *
 * Properties of every backend (QEMU 8.2 names, types and messages):
 *   size                   required, not 0, fixed once allocated
 *   merge, dump            madvise MERGEABLE / DONTDUMP; defaults from
 *                          the machine's mem-merge and dump-guest-core
 *   prealloc               fault in all pages (also settable later)
 *   prealloc-threads       default: the machine's smp.cpus, else 1
 *   prealloc-context       link<thread-context>
 *   share                  MAP_SHARED instead of MAP_PRIVATE
 *   reserve                off: MAP_NORESERVE (incompatible with prealloc)
 *   policy, host-nodes     NUMA binding: only policy=default, no nodes
 *   x-use-canonical-path-for-ramblock-id
 */
#ifndef SYSEMU_HOSTMEM_H
#define SYSEMU_HOSTMEM_H

#include "qom/object.h"
#include "qemu/thread-context.h"
#include "exec/memory.h"

#define TYPE_MEMORY_BACKEND "memory-backend"
OBJECT_DECLARE_TYPE(HostMemoryBackend, HostMemoryBackendClass,
                    MEMORY_BACKEND)

/* Anonymous memory (mmap MAP_ANONYMOUS). */
#define TYPE_MEMORY_BACKEND_RAM "memory-backend-ram"
/* A file or directory (mem-path), e.g. on hugetlbfs. */
#define TYPE_MEMORY_BACKEND_FILE "memory-backend-file"
/* An anonymous memfd (memfd_create), shareable with other processes. */
#define TYPE_MEMORY_BACKEND_MEMFD "memory-backend-memfd"

/* The NUMA policies of the "policy" property (QEMU's HostMemPolicy). */
typedef enum HostMemPolicy {
    HOST_MEM_POLICY_DEFAULT,
    HOST_MEM_POLICY_PREFERRED,
    HOST_MEM_POLICY_BIND,
    HOST_MEM_POLICY_INTERLEAVE,
    HOST_MEM_POLICY__MAX,
} HostMemPolicy;

/*
 * HostMemoryBackendClass: @alloc maps the memory of a backend whose
 * properties are set (size is non-zero), filling in the mapping fields
 * of HostMemoryBackend; returns false with @errp set on failure.
 */
struct HostMemoryBackendClass {
    ObjectClass parent_class;

    bool (*alloc)(HostMemoryBackend *backend, Error **errp);
};

struct HostMemoryBackend {
    Object parent_obj;

    /* properties */
    uint64_t size;              /* bytes, as the user gave it */
    bool merge;
    bool dump;
    bool use_canonical_path;
    bool prealloc;
    bool share;
    bool reserve;
    uint32_t prealloc_threads;
    ThreadContext *prealloc_context;
    HostMemPolicy policy;

    /* state */
    bool is_mapped;             /* in use as some machine's memory */
    void *ram_ptr;              /* the mapping; NULL until allocated */
    uint64_t mapped_size;       /* bytes mapped: size rounded to pages */
    size_t page_size;           /* host page size backing the mapping */
    int fd;                     /* file or memfd, -1 for anonymous RAM */
    MemoryRegion mr;            /* over ram_ptr, once asked for */
};

/*
 * host_memory_backend_get_ram_ptr: the start of @backend's guest RAM,
 * one host mapping of host_memory_backend_get_size() bytes (NULL before
 * the backend is complete).
 */
void *host_memory_backend_get_ram_ptr(HostMemoryBackend *backend);

/*
 * host_memory_backend_get_memory: a RAM region over @backend's mapping,
 * named as its RAM block (host_memory_backend_get_name), of the "size"
 * property's size; NULL before the backend is complete.  The region
 * belongs to the backend: map it, never finalize it.
 */
MemoryRegion *host_memory_backend_get_memory(HostMemoryBackend *backend);

/* host_memory_backend_get_size: the "size" property, in bytes. */
uint64_t host_memory_backend_get_size(HostMemoryBackend *backend);

/* host_memory_backend_mr_inited: whether the memory is allocated. */
bool host_memory_backend_mr_inited(HostMemoryBackend *backend);

/*
 * host_memory_backend_is_mapped / _set_mapped: whether a machine (or
 * device) uses @backend.  The user of a backend checks is_mapped first;
 * QEMU's machine then fails with "memory backend ID can't be used
 * multiple times.".  A mapped backend refuses object-del.
 */
bool host_memory_backend_is_mapped(HostMemoryBackend *backend);
void host_memory_backend_set_mapped(HostMemoryBackend *backend, bool mapped);

/*
 * host_memory_backend_get_name: the name of the RAM block, a new string:
 * the object's id, or its canonical path with
 * x-use-canonical-path-for-ramblock-id=on.
 */
char *host_memory_backend_get_name(HostMemoryBackend *backend);

/* host_memory_backend_pagesize: the host page size backing the memory. */
size_t host_memory_backend_pagesize(HostMemoryBackend *backend);

/* host_memory_backend_get_fd: the file or memfd behind it, or -1. */
int host_memory_backend_get_fd(HostMemoryBackend *backend);

/*
 * qemu_prealloc_mem: fault in (for writing) the @sz bytes at @area,
 * a mapping of @fd (-1 for anonymous memory), so that later accesses do
 * not fault and failures (no huge pages left, a file that cannot grow)
 * show now.  Uses up to @max_threads threads (fewer on small hosts or
 * small areas), created through @tc when not NULL.  Existing contents
 * are kept.  Returns false with @errp set to "qemu_prealloc_mem:
 * preallocating memory failed: REASON" on failure.
 */
bool qemu_prealloc_mem(int fd, char *area, size_t sz, int max_threads,
                       ThreadContext *tc, Error **errp);

#endif
