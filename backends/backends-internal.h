/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * backends-internal.h: what the files of backends/ share and nobody else
 * needs.
 */
#ifndef BACKENDS_BACKENDS_INTERNAL_H
#define BACKENDS_BACKENDS_INTERNAL_H

#include "qobject/qobject.h"
#include "sysemu/hostmem.h"

#define BACKENDS_ROUND_UP(n, d) (((n) + (d) - 1) / (d) * (d))

/*
 * backends_input_uint16_list: read a list-of-uint16 property value (the
 * "host-nodes" and "*-affinity" properties) into a new GArray of
 * uint16_t, stored in *@out (the caller frees it).
 *
 * @in is a list of integers (JSON [0, 1], or keyval "name.0=0,name.1=1"),
 * or text "N" or "N-M" (a range, as QEMU's -object option parser
 * accepts).  Errors are QEMU's:
 *   Invalid parameter type for 'NAME', expected: array
 *   Parameter 'NAME' expects a uint64 value or range   (bad text)
 *   Parameter 'NAME[I]' expects ...                    (bad element)
 *   Parameter 'null' expects uint16_t                  (above 65535)
 * Returns false with @errp set on error.
 */
bool backends_input_uint16_list(const char *name, QObject *in, GArray **out,
                                Error **errp);

/* A QList of the uint16_t values in @values (a new reference). */
QObject *backends_uint16_list_to_qobject(const GArray *values);

/* ---- Mapping guest RAM (hostmem-map.c) ---- */

/*
 * qemu_fd_getpagesize: the page size of memory mapped from @fd: the huge
 * page size on hugetlbfs, else the host page size (also for @fd -1).
 */
size_t qemu_fd_getpagesize(int fd);

/*
 * host_memory_backend_map_anon: map @backend->size bytes of anonymous
 * memory (shared with share=on, without swap reservation with
 * reserve=off) and record the mapping in @backend.  Error: "cannot set
 * up guest memory 'NAME': REASON".
 */
bool host_memory_backend_map_anon(HostMemoryBackend *backend,
                                  Error **errp);

/*
 * HostMemoryMapFd: how to map a file for host_memory_backend_map_fd.
 * @readonly_fd: the file was opened
 * read-only (it is then never grown).  @rom: map it read-only.
 */
typedef struct HostMemoryMapFd {
    int fd;
    uint64_t offset;            /* of the memory in the file */
    uint64_t align;             /* of the mapping, 0 for the page size */
    bool readonly_fd;
    bool rom;
} HostMemoryMapFd;

/*
 * host_memory_backend_map_fd: map @backend->size bytes of @map->fd as
 * QEMU's qemu_ram_alloc_from_fd does: the size is rounded up to the page
 * size; a file shorter than offset + size is grown (unless it already
 * holds part of that range: "backing store size 0x.. does not match
 * 'size' option 0x.."); align and offset must be multiples of the page
 * size ("alignment 0x.. must be multiples of page size 0x..", "alignment
 * 0x.. must be a power of two", "offset 0x.. must be multiples of page
 * size 0x..") and the size at least one page ("memory size 0x.. must be
 * equal to or larger than page size 0x..").  A failing mmap gives
 * "unable to map backing store for guest RAM: REASON".  On success the
 * backend owns the fd; on failure it is closed.
 */
bool host_memory_backend_map_fd(HostMemoryBackend *backend,
                                const HostMemoryMapFd *map, Error **errp);

/* ---- Preallocation (hostmem-prealloc.c) ---- */

/*
 * Test seams: with prealloc_force_touch, qemu_prealloc_mem touches the
 * pages instead of using MADV_POPULATE_WRITE; prealloc_thread_start_hook,
 * when set, runs at the start of each preallocation thread.
 */
extern bool prealloc_force_touch;
extern void (*prealloc_thread_start_hook)(void);

#endif
