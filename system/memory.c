/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * memory.c: the MemoryRegion tree and the flat view of each AddressSpace.
 *
 * Regions form a tree under each address space's root.  Whenever the
 * tree changes (outside a transaction, or at the outer commit of one)
 * every address space renders its root into a FlatView: a sorted array
 * of disjoint ranges, each naming the leaf region (RAM, ROM or I/O, with
 * aliases already followed) and the offset in it.  Lookups are a binary
 * search over that array.
 *
 * Rendering gives each address to the first region that claims it:
 * a container renders its subregions highest priority first (among equal
 * priorities the one added last first), then a leaf fills whatever its
 * subregions left uncovered.
 *
 * Lifetime of views: vCPU threads look views up without the BQL, so a
 * new view is published with an atomic pointer store and a replaced one
 * is retired, not freed.  Readers bracket their use of a view with
 * flatview_read_begin/end, which count them; the writer (BQL held)
 * frees the retired views whenever, after publishing, it sees no reader
 * at all.  The count is incremented before the view pointer is loaded
 * and the writer reads the count after its store (both sequentially
 * consistent), so a reader the writer does not see can only have loaded
 * the new view.  The writer never waits: a reader may be inside an MMIO
 * callback that needs the BQL.  Retired views left over wait for the
 * next change, and stay reachable until exit.
 */
#include "qemu/osdep.h"
#include <sys/mman.h>
#include "qapi/error.h"
#include "system/memory-internal.h"

static MemoryRegion system_memory;
AddressSpace address_space_memory;
/* The 64 KiB port I/O space every QEMU machine has ("I/O"), empty here. */
static MemoryRegion system_io;
static AddressSpace address_space_io;

static GPtrArray *address_spaces;   /* AddressSpace *, creation order */
static unsigned transaction_depth;
static bool update_pending;
static FlatView *retired_views;
static unsigned flatview_readers;

/* Initialisers */

static void memory_region_init_common(MemoryRegion *mr, Object *owner,
                                      const char *name, uint64_t size,
                                      MemoryRegionKind kind)
{
    memset(mr, 0, sizeof(*mr));
    mr->owner = owner;
    mr->name = g_strdup(name);
    mr->kind = kind;
    mr->size = size;
    mr->enabled = true;
}

void memory_region_init(MemoryRegion *mr, Object *owner, const char *name,
                        uint64_t size)
{
    memory_region_init_common(mr, owner, name, size, MR_CONTAINER);
}

void memory_region_init_io(MemoryRegion *mr, Object *owner,
                           const MemoryRegionOps *ops, void *opaque,
                           const char *name, uint64_t size)
{
    memory_region_init_common(mr, owner, name, size, MR_IO);
    mr->ops = ops;
    mr->opaque = opaque;
}

static bool memory_region_map_ram(MemoryRegion *mr, Error **errp)
{
    void *p = MAP_FAILED;

    if (mr->size && mr->size <= SIZE_MAX / 2) {
        p = mmap(NULL, mr->size, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    } else {
        errno = mr->size ? ENOMEM : EINVAL;
    }
    if (p == MAP_FAILED) {
        error_setg_errno(errp, errno, "cannot set up guest memory '%s'",
                         mr->name);
        return false;
    }
    mr->ram_ptr = p;
    mr->ram_owned = true;
    return true;
}

bool memory_region_init_ram(MemoryRegion *mr, Object *owner,
                            const char *name, uint64_t size, Error **errp)
{
    memory_region_init_common(mr, owner, name, size, MR_RAM);
    return memory_region_map_ram(mr, errp);
}

void memory_region_init_ram_ptr(MemoryRegion *mr, Object *owner,
                                const char *name, uint64_t size, void *ptr)
{
    memory_region_init_common(mr, owner, name, size, MR_RAM);
    mr->ram_ptr = ptr;
}

bool memory_region_init_rom(MemoryRegion *mr, Object *owner,
                            const char *name, uint64_t size, Error **errp)
{
    memory_region_init_common(mr, owner, name, size, MR_ROM);
    mr->readonly = true;
    return memory_region_map_ram(mr, errp);
}

void memory_region_init_alias(MemoryRegion *mr, Object *owner,
                              const char *name, MemoryRegion *orig,
                              hwaddr offset, uint64_t size)
{
    memory_region_init_common(mr, owner, name, size, MR_ALIAS);
    mr->alias = orig;
    mr->alias_offset = offset;
}

void memory_region_finalize(MemoryRegion *mr)
{
    unsigned i;

    assert(!mr->container);
    for (i = 0; i < mr->nr_subregions; i++) {
        mr->subregions[i]->container = NULL;
    }
    if (mr->ram_owned) {
        munmap(mr->ram_ptr, mr->size);
    }
    g_free(mr->subregions);
    g_free(mr->name);
    memset(mr, 0, sizeof(*mr));
}

/* Changing the tree */

static void memory_region_changed(void)
{
    memory_region_transaction_begin();
    update_pending = true;
    memory_region_transaction_commit();
}

static void memory_region_insert_subregion(MemoryRegion *mr,
                                           MemoryRegion *sub)
{
    unsigned i = 0;

    /* Highest priority first; a newcomer goes before its equals. */
    while (i < mr->nr_subregions &&
           mr->subregions[i]->priority > sub->priority) {
        i++;
    }
    mr->subregions = g_renew(MemoryRegion *, mr->subregions,
                             mr->nr_subregions + 1);
    memmove(&mr->subregions[i + 1], &mr->subregions[i],
            (mr->nr_subregions - i) * sizeof(MemoryRegion *));
    mr->subregions[i] = sub;
    mr->nr_subregions++;
}

static void memory_region_add_subregion_common(MemoryRegion *mr,
                                               hwaddr offset,
                                               MemoryRegion *subregion,
                                               int priority, bool overlap)
{
    assert(!subregion->container);
    subregion->container = mr;
    subregion->addr = offset;
    subregion->priority = priority;
    subregion->may_overlap = overlap;
    memory_region_insert_subregion(mr, subregion);
    memory_region_changed();
}

void memory_region_add_subregion(MemoryRegion *mr, hwaddr offset,
                                 MemoryRegion *subregion)
{
    memory_region_add_subregion_common(mr, offset, subregion, 0, false);
}

void memory_region_add_subregion_overlap(MemoryRegion *mr, hwaddr offset,
                                         MemoryRegion *subregion,
                                         int priority)
{
    memory_region_add_subregion_common(mr, offset, subregion, priority, true);
}

void memory_region_del_subregion(MemoryRegion *mr, MemoryRegion *subregion)
{
    unsigned i;

    assert(subregion->container == mr);
    for (i = 0; mr->subregions[i] != subregion; i++) {
        assert(i + 1 < mr->nr_subregions);
    }
    memmove(&mr->subregions[i], &mr->subregions[i + 1],
            (mr->nr_subregions - i - 1) * sizeof(MemoryRegion *));
    mr->nr_subregions--;
    subregion->container = NULL;
    memory_region_changed();
}

void memory_region_set_enabled(MemoryRegion *mr, bool enabled)
{
    if (mr->enabled != enabled) {
        mr->enabled = enabled;
        memory_region_changed();
    }
}

void memory_region_set_address(MemoryRegion *mr, hwaddr addr)
{
    if (mr->addr != addr) {
        mr->addr = addr;
        memory_region_changed();
    }
}

void memory_region_set_alias_offset(MemoryRegion *mr, hwaddr offset)
{
    assert(mr->kind == MR_ALIAS);
    if (mr->alias_offset != offset) {
        mr->alias_offset = offset;
        memory_region_changed();
    }
}

/* Queries */

uint64_t memory_region_size(MemoryRegion *mr)
{
    return mr->size;
}

const char *memory_region_name(const MemoryRegion *mr)
{
    return mr->name;
}

bool memory_region_is_ram(MemoryRegion *mr)
{
    return mr->kind == MR_RAM || mr->kind == MR_ROM;
}

bool memory_region_is_rom(MemoryRegion *mr)
{
    return mr->kind == MR_ROM;
}

void *memory_region_get_ram_ptr(MemoryRegion *mr)
{
    hwaddr offset = 0;

    while (mr->kind == MR_ALIAS) {
        offset += mr->alias_offset;
        mr = mr->alias;
    }
    assert(mr->kind == MR_RAM || mr->kind == MR_ROM);
    return mr->ram_ptr + offset;
}

/* Rendering flat views */

typedef struct FlatViewBuilder {
    GArray *ranges;     /* FlatRange, sorted and disjoint */
} FlatViewBuilder;

/* Index of the first range ending at or after @addr. */
static unsigned flat_ranges_search(const FlatRange *r, unsigned nr,
                                   hwaddr addr)
{
    unsigned lo = 0, hi = nr;

    while (lo < hi) {
        unsigned mid = lo + (hi - lo) / 2;

        if (r[mid].last < addr) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

/* Give the uncovered parts of [start, last] to @mr (offset at @start). */
static void flatview_fill_holes(FlatViewBuilder *b, hwaddr start,
                                hwaddr last, MemoryRegion *mr,
                                hwaddr offset)
{
    unsigned i = flat_ranges_search((FlatRange *)b->ranges->data,
                                    b->ranges->len, start);
    hwaddr pos = start;

    for (;;) {
        FlatRange *next = i < b->ranges->len ?
                          &g_array_index(b->ranges, FlatRange, i) : NULL;
        FlatRange fr;

        if (next && next->start <= pos) {
            if (next->last >= last) {
                return;
            }
            pos = next->last + 1;
            i++;
            continue;
        }
        fr.start = pos;
        fr.last = next && next->start <= last ? next->start - 1 : last;
        fr.mr = mr;
        fr.offset = offset + (pos - start);
        g_array_insert_val(b->ranges, i, fr);
        if (fr.last == last) {
            return;
        }
        pos = fr.last + 1;
        i++;
    }
}

/*
 * Render @mr, whose byte 0 is at address @base (modulo 2^64), clipped
 * to the addresses [cs, cl].
 */
static void flatview_render(FlatViewBuilder *b, MemoryRegion *mr,
                            hwaddr base, hwaddr cs, hwaddr cl)
{
    hwaddr os = cs - base, ol = cl - base;
    unsigned i;

    if (!mr->enabled || !mr->size) {
        return;
    }
    if (os > ol) {
        /* The clip crosses offset 2^64 of the region: two pieces. */
        flatview_render(b, mr, base, cs, cs + (UINT64_MAX - os));
        flatview_render(b, mr, base, cl - ol, cl);
        return;
    }
    if (os > memory_region_last(mr->size)) {
        return;
    }
    ol = MIN(ol, memory_region_last(mr->size));
    cl = cs + (ol - os);
    if (mr->kind == MR_ALIAS) {
        flatview_render(b, mr->alias, base - mr->alias_offset, cs, cl);
        return;
    }
    for (i = 0; i < mr->nr_subregions; i++) {
        MemoryRegion *sub = mr->subregions[i];

        flatview_render(b, sub, base + sub->addr, cs, cl);
    }
    if (mr->kind != MR_CONTAINER) {
        flatview_fill_holes(b, cs, cl, mr, os);
    }
}

/* Join neighbours that continue the same region. */
static void flatview_simplify(GArray *ranges)
{
    FlatRange *r = (FlatRange *)ranges->data;
    unsigned i, n = 0;

    for (i = 0; i < ranges->len; i++) {
        if (n && r[n - 1].mr == r[i].mr && r[n - 1].last + 1 == r[i].start &&
            r[n - 1].offset + (r[i].start - r[n - 1].start) == r[i].offset) {
            r[n - 1].last = r[i].last;
        } else {
            r[n++] = r[i];
        }
    }
    g_array_set_size(ranges, n);
}

static FlatView *flatview_build(MemoryRegion *root)
{
    FlatViewBuilder b = {
        .ranges = g_array_new(false, false, sizeof(FlatRange)),
    };
    FlatView *fv = g_new0(FlatView, 1);

    if (root) {
        flatview_render(&b, root, 0, 0, UINT64_MAX);
    }
    flatview_simplify(b.ranges);
    fv->nr = b.ranges->len;
    fv->ranges = (FlatRange *)g_array_free(b.ranges, false);
    return fv;
}

const FlatRange *flatview_lookup(const FlatView *fv, hwaddr addr)
{
    unsigned i = flat_ranges_search(fv->ranges, fv->nr, addr);

    if (i < fv->nr && fv->ranges[i].start <= addr) {
        return &fv->ranges[i];
    }
    return NULL;
}

const FlatRange *flatview_next(const FlatView *fv, hwaddr addr)
{
    unsigned i = flat_ranges_search(fv->ranges, fv->nr, addr);

    if (i < fv->nr && fv->ranges[i].start <= addr) {
        i++;
    }
    return i < fv->nr ? &fv->ranges[i] : NULL;
}

/* Address spaces */

FlatView *address_space_get_flatview(AddressSpace *as)
{
    return __atomic_load_n(&as->current_map, __ATOMIC_ACQUIRE);
}

FlatView *flatview_read_begin(AddressSpace *as)
{
    __atomic_add_fetch(&flatview_readers, 1, __ATOMIC_SEQ_CST);
    return __atomic_load_n(&as->current_map, __ATOMIC_SEQ_CST);
}

void flatview_read_end(void)
{
    __atomic_sub_fetch(&flatview_readers, 1, __ATOMIC_RELEASE);
}

static void flatview_free(FlatView *fv)
{
    g_free(fv->ranges);
    g_free(fv);
}

/* Replace the view of @as by @fv; free the retired ones if unused. */
static void address_space_set_view(AddressSpace *as, FlatView *fv)
{
    FlatView *old = as->current_map;

    memory_listeners_view_changed(as, old, fv);
    if (fv) {
        fv->users++;
    }
    __atomic_store_n(&as->current_map, fv, __ATOMIC_SEQ_CST);
    if (old && --old->users == 0) {
        old->next_retired = retired_views;
        retired_views = old;
    }
    if (__atomic_load_n(&flatview_readers, __ATOMIC_SEQ_CST) == 0) {
        while (retired_views) {
            old = retired_views;
            retired_views = old->next_retired;
            flatview_free(old);
        }
    }
}

/*
 * Give @as the view of its root: the one of an address space before it
 * in the list with the same root (already up to date), else a new one.
 * Address spaces over one root (the CPUs' and "memory") share a view.
 */
static void address_space_update_view(AddressSpace *as)
{
    AddressSpace *other;
    unsigned i;

    for (i = 0; (other = address_space_nth(i)) != as; i++) {
        if (other->root == as->root) {
            address_space_set_view(as, other->current_map);
            return;
        }
    }
    address_space_set_view(as, flatview_build(as->root));
}

unsigned flatview_retired_count(void)
{
    FlatView *fv;
    unsigned n = 0;

    for (fv = retired_views; fv; fv = fv->next_retired) {
        n++;
    }
    return n;
}

void memory_region_transaction_begin(void)
{
    transaction_depth++;
}

void memory_region_transaction_commit(void)
{
    unsigned i;

    assert(transaction_depth);
    if (--transaction_depth || !update_pending) {
        return;
    }
    update_pending = false;
    for (i = 0; address_spaces && i < address_spaces->len; i++) {
        address_space_update_view(g_ptr_array_index(address_spaces, i));
    }
}

void address_space_init(AddressSpace *as, MemoryRegion *root,
                        const char *name)
{
    if (!address_spaces) {
        address_spaces = g_ptr_array_new();
    }
    as->name = g_strdup(name);
    as->root = root;
    as->current_map = NULL;
    g_ptr_array_add(address_spaces, as);
    address_space_update_view(as);
}

void address_space_destroy(AddressSpace *as)
{
    g_ptr_array_remove(address_spaces, as);
    as->root = NULL;
    address_space_set_view(as, NULL);
    g_free(as->name);
    as->name = NULL;
}

AddressSpace *address_space_nth(unsigned n)
{
    if (!address_spaces || n >= address_spaces->len) {
        return NULL;
    }
    return g_ptr_array_index(address_spaces, n);
}

static uint64_t system_io_read(void *opaque, hwaddr addr, unsigned size)
{
    return 0;
}

static void system_io_write(void *opaque, hwaddr addr, uint64_t val,
                            unsigned size)
{
}

static const MemoryRegionOps system_io_ops = {
    .read = system_io_read,
    .write = system_io_write,
    .endianness = DEVICE_NATIVE_ENDIAN,
};

MemoryRegion *get_system_memory(void)
{
    if (!system_memory.name) {
        memory_region_init(&system_memory, NULL, "system", UINT64_MAX);
        address_space_init(&address_space_memory, &system_memory, "memory");
        memory_region_init_io(&system_io, NULL, &system_io_ops, NULL, "io",
                              0x10000);
        address_space_init(&address_space_io, &system_io, "I/O");
    }
    return &system_memory;
}
