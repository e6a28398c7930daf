/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * memory-internal.h: what the files of the memory core share (memory.c
 * builds the flat views, physmem.c accesses through them, memory-info.c
 * prints them).  Not for use outside system/.
 */
#ifndef SYSTEM_MEMORY_INTERNAL_H
#define SYSTEM_MEMORY_INTERNAL_H

#include "exec/memory.h"

/*
 * One range of a flat view: guest addresses [start, last] (inclusive, so
 * a range may end at 2^64 - 1) are bytes [offset, offset + last - start]
 * of the leaf region @mr.
 */
typedef struct FlatRange {
    hwaddr start;
    hwaddr last;
    MemoryRegion *mr;
    hwaddr offset;
} FlatRange;

/*
 * A flat view: sorted, disjoint ranges.  A view is never changed once
 * published; a new one replaces it (see memory.c for its lifetime).
 */
struct FlatView {
    FlatRange *ranges;
    unsigned nr;
    unsigned users;             /* address spaces showing it (BQL) */
    FlatView *next_retired;
};

/* The current view of @as, or NULL, for a caller holding the BQL. */
FlatView *address_space_get_flatview(AddressSpace *as);

/*
 * The current view of @as, or NULL, for any thread: it stays valid until
 * the matching flatview_read_end (calls nest).
 */
FlatView *flatview_read_begin(AddressSpace *as);
void flatview_read_end(void);

/* How many replaced views wait to be freed (for tests). */
unsigned flatview_retired_count(void);

/* The range of @fv holding @addr, or NULL. */
const FlatRange *flatview_lookup(const FlatView *fv, hwaddr addr);

/* The first range of @fv that starts after @addr, or NULL. */
const FlatRange *flatview_next(const FlatView *fv, hwaddr addr);

/* Each address space, in the order they were created; NULL ends it. */
AddressSpace *address_space_nth(unsigned n);

/*
 * Tell the listeners of @as what changed from view @old to view @fv
 * (either may be NULL); called before @old can be freed.
 */
void memory_listeners_view_changed(AddressSpace *as, const FlatView *old,
                                   const FlatView *fv);

/* The value of the last byte of a region of @size bytes (size - 1). */
static inline uint64_t memory_region_last(uint64_t size)
{
    return size == UINT64_MAX ? UINT64_MAX : size - 1;
}

#endif
