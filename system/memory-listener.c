/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * memory-listener.c: MemoryListeners, told about each range an address
 * space's flat view gains or loses (see include/exec/memory.h).
 *
 * When memory.c publishes a new view of an address space it hands the
 * old and the new one here.  Both are sorted lists of disjoint ranges,
 * so one merge-like walk finds the ranges of the old view missing from
 * the new one (region_del) and then those of the new view missing from
 * the old one (region_add).  A range counts as present only if start,
 * end, leaf region and offset all match.
 */
#include "qemu/osdep.h"
#include "system/memory-internal.h"

static GPtrArray *memory_listeners;     /* MemoryListener *, in order */

static bool flat_range_equal(const FlatRange *a, const FlatRange *b)
{
    return a->start == b->start && a->last == b->last && a->mr == b->mr &&
           a->offset == b->offset;
}

/* Whether @fv holds exactly @fr. */
static bool flatview_has_range(const FlatView *fv, const FlatRange *fr)
{
    const FlatRange *r = fv ? flatview_lookup(fv, fr->start) : NULL;

    return r && flat_range_equal(r, fr);
}

static void memory_listener_call(MemoryListener *l, bool add,
                                 const FlatRange *fr)
{
    MemoryRegionSection section = {
        .mr = fr->mr,
        .offset_within_region = fr->offset,
        .offset_within_address_space = fr->start,
        .size = fr->last - fr->start + 1,
        .readonly = fr->mr->readonly,
    };

    if (!section.size) {
        return;         /* all of 2^64: see memory.h */
    }
    if (add && l->region_add) {
        l->region_add(l, &section);
    } else if (!add && l->region_del) {
        l->region_del(l, &section);
    }
}

/* Tell @l about each range of @fv that @other lacks. */
static void memory_listener_diff(MemoryListener *l, bool add,
                                 const FlatView *fv, const FlatView *other)
{
    unsigned i;

    for (i = 0; fv && i < fv->nr; i++) {
        if (!flatview_has_range(other, &fv->ranges[i])) {
            memory_listener_call(l, add, &fv->ranges[i]);
        }
    }
}

void memory_listeners_view_changed(AddressSpace *as, const FlatView *old,
                                   const FlatView *fv)
{
    unsigned i;

    if (old == fv || !memory_listeners) {
        return;
    }
    for (i = 0; i < memory_listeners->len; i++) {
        MemoryListener *l = g_ptr_array_index(memory_listeners, i);

        if (l->address_space == as) {
            memory_listener_diff(l, false, old, fv);
            memory_listener_diff(l, true, fv, old);
        }
    }
}

void memory_listener_register(MemoryListener *listener, AddressSpace *as)
{
    if (!memory_listeners) {
        memory_listeners = g_ptr_array_new();
    }
    listener->address_space = as;
    g_ptr_array_add(memory_listeners, listener);
    memory_listener_diff(listener, true, address_space_get_flatview(as),
                         NULL);
}

void memory_listener_unregister(MemoryListener *listener)
{
    if (memory_listeners) {
        g_ptr_array_remove(memory_listeners, listener);
    }
    listener->address_space = NULL;
}
