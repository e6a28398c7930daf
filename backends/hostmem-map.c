/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hostmem-map.c: mapping the guest RAM of a memory backend, anonymous or
 * from a file descriptor, with the checks and messages of QEMU 8.2's RAM
 * block allocation (qemu_ram_alloc*, file_ram_alloc, qemu_ram_mmap).
 *
 * Guest RAM is always one host mapping.  An alignment larger than the
 * page size is obtained by reserving a larger address range first and
 * placing the mapping inside it.
 */
#include "qemu/osdep.h"
#include <sys/mman.h>
#include <sys/vfs.h>
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "backends-internal.h"

#define HUGETLBFS_MAGIC 0x958458f6

size_t qemu_fd_getpagesize(int fd)
{
    struct statfs fs;

    if (fd >= 0 && fstatfs(fd, &fs) == 0 && fs.f_type == HUGETLBFS_MAGIC) {
        return fs.f_bsize;
    }
    return getpagesize();
}

/*
 * Private writable mappings are the only ones the kernel reserves swap
 * for, and it ignores MAP_NORESERVE when overcommit is "never" (2).
 */
static bool map_noreserve_effective(int fd, bool shared, bool readonly,
                                    Error **errp)
{
    g_autofree char *content = NULL;
    uint64_t mode;

    if (readonly || (shared && fd >= 0) ||
        qemu_fd_getpagesize(fd) != (size_t)getpagesize()) {
        return true;
    }
    if (!g_file_get_contents("/proc/sys/vm/overcommit_memory", &content,
                             NULL, NULL)) {
        error_setg(errp, "Skipping reservation of swap space is not "
                   "supported: Could not read: "
                   "\"/proc/sys/vm/overcommit_memory\"");
        return false;
    }
    g_strchomp(content);
    if (qemu_strtou64(content, NULL, 10, &mode) == 0 && mode == 2) {
        error_setg(errp, "Skipping reservation of swap space is not "
                   "supported: \"/proc/sys/vm/overcommit_memory\" is \"2\"");
        return false;
    }
    return true;
}

/* mmap @size bytes of @fd at an @align-aligned address, or MAP_FAILED. */
static void *map_aligned(int fd, uint64_t size, uint64_t align, int prot,
                         int flags, uint64_t offset)
{
    uint8_t *reserved, *aligned, *ptr;
    uint64_t total = size + align;

    if (align <= (uint64_t)getpagesize()) {
        return mmap(NULL, size, prot, flags, fd, offset);
    }
    reserved = mmap(NULL, total, PROT_NONE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (reserved == MAP_FAILED) {
        return MAP_FAILED;
    }
    aligned = (uint8_t *)BACKENDS_ROUND_UP((uintptr_t)reserved, align);
    ptr = mmap(aligned, size, prot, flags | MAP_FIXED, fd, offset);
    if (ptr == MAP_FAILED) {
        int saved_errno = errno;

        munmap(reserved, total);
        errno = saved_errno;
        return MAP_FAILED;
    }
    if (aligned > reserved) {
        munmap(reserved, aligned - reserved);
    }
    if (reserved + total > aligned + size) {
        munmap(aligned + size, reserved + total - (aligned + size));
    }
    return ptr;
}

static void backend_set_mapping(HostMemoryBackend *backend, void *ptr,
                                uint64_t size, size_t page_size, int fd)
{
    backend->ram_ptr = ptr;
    backend->mapped_size = size;
    backend->page_size = page_size;
    backend->fd = fd;
}

bool host_memory_backend_map_anon(HostMemoryBackend *backend, Error **errp)
{
    ERRP_GUARD();
    size_t page_size = getpagesize();
    uint64_t size = BACKENDS_ROUND_UP(backend->size, page_size);
    int flags = MAP_ANONYMOUS | (backend->share ? MAP_SHARED : MAP_PRIVATE);
    g_autofree char *name = host_memory_backend_get_name(backend);
    void *ptr;

    if (!backend->reserve) {
        if (!map_noreserve_effective(-1, backend->share, false, errp)) {
            error_prepend(errp, "cannot set up guest memory '%s': ", name);
            return false;
        }
        flags |= MAP_NORESERVE;
    }
    ptr = mmap(NULL, size, PROT_READ | PROT_WRITE, flags, -1, 0);
    if (ptr == MAP_FAILED) {
        error_setg_errno(errp, errno, "cannot set up guest memory '%s'",
                         name);
        return false;
    }
    backend_set_mapping(backend, ptr, size, page_size, -1);
    return true;
}

static bool map_fd_check(const HostMemoryMapFd *map, uint64_t size,
                         size_t page_size, Error **errp)
{
    if (map->align % page_size) {
        error_setg(errp, "alignment 0x%" PRIx64
                   " must be multiples of page size 0x%zx",
                   map->align, page_size);
        return false;
    }
    if (map->align && (map->align & (map->align - 1))) {
        error_setg(errp, "alignment 0x%" PRIx64 " must be a power of two",
                   map->align);
        return false;
    }
    if (map->offset % page_size) {
        error_setg(errp, "offset 0x%" PRIx64
                   " must be multiples of page size 0x%zx",
                   map->offset, page_size);
        return false;
    }
    if (size < page_size) {
        error_setg(errp, "memory size 0x%" PRIx64
                   " must be equal to or larger than page size 0x%zx",
                   size, page_size);
        return false;
    }
    return true;
}

/* The mmap of map_fd, once the checks passed. */
static void *map_fd_mmap(HostMemoryBackend *backend,
                         const HostMemoryMapFd *map, uint64_t size,
                         size_t page_size, Error **errp)
{
    int prot = map->rom ? PROT_READ : PROT_READ | PROT_WRITE;
    int flags = backend->share ? MAP_SHARED : MAP_PRIVATE;
    void *ptr;

    if (!backend->reserve) {
        if (!map_noreserve_effective(map->fd, backend->share, map->rom,
                                     errp)) {
            return NULL;
        }
        flags |= MAP_NORESERVE;
    }
    ptr = map_aligned(map->fd, size, MAX(map->align, page_size), prot,
                      flags, map->offset);
    if (ptr == MAP_FAILED) {
        error_setg_errno(errp, errno,
                         "unable to map backing store for guest RAM");
        return NULL;
    }
    return ptr;
}

bool host_memory_backend_map_fd(HostMemoryBackend *backend,
                                const HostMemoryMapFd *map, Error **errp)
{
    size_t page_size = qemu_fd_getpagesize(map->fd);
    uint64_t size = BACKENDS_ROUND_UP(backend->size, getpagesize());
    off_t file_size = lseek(map->fd, 0, SEEK_END);
    void *ptr;

    if (file_size > 0 && (uint64_t)file_size > map->offset &&
        (uint64_t)file_size < map->offset + size) {
        error_setg(errp, "backing store size 0x%" PRIx64
                   " does not match 'size' option 0x%" PRIx64,
                   (uint64_t)file_size, size);
        goto fail;
    }
    if (!map_fd_check(map, size, page_size, errp)) {
        goto fail;
    }
    size = BACKENDS_ROUND_UP(size, page_size);
    /*
     * As QEMU: a file that cannot grow (hugetlbfs on old hosts) is
     * reported but not fatal, since the mmap below fails if it matters.
     */
    if (file_size >= 0 && (uint64_t)file_size < map->offset + size &&
        !map->readonly_fd && ftruncate(map->fd, map->offset + size)) {
        perror("ftruncate");
    }
    ptr = map_fd_mmap(backend, map, size, page_size, errp);
    if (!ptr) {
        goto fail;
    }
    backend_set_mapping(backend, ptr, size, page_size, map->fd);
    return true;

fail:
    close(map->fd);
    return false;
}
