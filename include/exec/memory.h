/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * memory.h: the guest's physical memory map, in QEMU's shape.
 *
 * A board builds a tree of MemoryRegions under get_system_memory(): RAM
 * (one host mapping each), ROM, MMIO regions whose accesses call a
 * device's read/write ops, aliases (a window onto part of another region)
 * and containers (regions that only hold subregions).  Subregions may
 * overlap; the one with the higher priority wins, and among equal
 * priorities the one added last.  Each AddressSpace flattens its root
 * region into a sorted list of ranges, rebuilt whenever the tree changes
 * (memory_region_transaction_begin/commit batch the rebuilds), and every
 * access looks the address up in that flat view.
 *
 * Values passed to and returned by read/write ops and by
 * memory_region_dispatch_read/write are the access's value as the guest
 * sees it in little-endian byte order (all our guests are little-endian):
 * a 4-byte read of bytes 11 22 33 44 yields 0x44332211.  A region whose
 * ops say DEVICE_BIG_ENDIAN gets its values byte-swapped.
 *
 * Locking: the tree is changed, and MMIO ops run, with the BQL held.
 * Reads and writes of RAM need no lock.
 */
#ifndef EXEC_MEMORY_H
#define EXEC_MEMORY_H

#include "exec/hwaddr.h"

typedef struct MemoryRegion MemoryRegion;
typedef struct AddressSpace AddressSpace;
typedef struct FlatView FlatView;

/* The result of an access: a bit set, OR-ed together over a range. */
typedef uint32_t MemTxResult;
#define MEMTX_OK 0
#define MEMTX_ERROR         (1U << 0)   /* the device reported an error */
#define MEMTX_DECODE_ERROR  (1U << 1)   /* nothing is mapped there */
#define MEMTX_ACCESS_ERROR  (1U << 2)   /* size or alignment not allowed */

/* Who makes an access. */
typedef struct MemTxAttrs {
    unsigned int unspecified:1;
    unsigned int secure:1;
    unsigned int user:1;
    unsigned int requester_id:16;
} MemTxAttrs;

#define MEMTXATTRS_UNSPECIFIED ((MemTxAttrs) { .unspecified = 1 })

typedef enum device_endian {
    DEVICE_NATIVE_ENDIAN,       /* the target's: little for our targets */
    DEVICE_BIG_ENDIAN,
    DEVICE_LITTLE_ENDIAN,
} device_endian;

/*
 * What a device does on an access to its MMIO region.  @valid says which
 * accesses the guest may make (others fail with MEMTX_ACCESS_ERROR, or,
 * with @accepts returning false, MEMTX_DECODE_ERROR); @impl says which the
 * ops can take (others are split into, or widened to, those).  A size of
 * 0 means: min 1, max 4.
 */
typedef struct MemoryRegionOps {
    uint64_t (*read)(void *opaque, hwaddr addr, unsigned size);
    void (*write)(void *opaque, hwaddr addr, uint64_t data, unsigned size);
    /* Used instead of read/write when set. */
    MemTxResult (*read_with_attrs)(void *opaque, hwaddr addr, uint64_t *data,
                                   unsigned size, MemTxAttrs attrs);
    MemTxResult (*write_with_attrs)(void *opaque, hwaddr addr, uint64_t data,
                                    unsigned size, MemTxAttrs attrs);
    device_endian endianness;
    struct {
        unsigned min_access_size;
        unsigned max_access_size;
        bool unaligned;
        bool (*accepts)(void *opaque, hwaddr addr, unsigned size,
                        bool is_write, MemTxAttrs attrs);
    } valid;
    struct {
        unsigned min_access_size;
        unsigned max_access_size;
        bool unaligned;
    } impl;
} MemoryRegionOps;

/* The kinds of region; a reader of the tree (info mtree) prints them. */
typedef enum MemoryRegionKind {
    MR_CONTAINER,
    MR_RAM,
    MR_ROM,             /* RAM the guest reads; guest writes are ignored */
    MR_IO,
    MR_ALIAS,
} MemoryRegionKind;

/*
 * A region.  Boards and devices embed it and use only the functions
 * below; the fields are the memory core's.
 */
struct MemoryRegion {
    Object *owner;              /* the device or machine, or NULL */
    char *name;
    MemoryRegionKind kind;
    uint64_t size;              /* UINT64_MAX stands for 2^64 */
    bool enabled;
    bool readonly;              /* set for ROM */
    /* MR_RAM/MR_ROM */
    uint8_t *ram_ptr;
    bool ram_owned;             /* we mmap()ed it: munmap on finalize */
    /* MR_IO */
    const MemoryRegionOps *ops;
    void *opaque;
    /* MR_ALIAS */
    MemoryRegion *alias;
    hwaddr alias_offset;
    /* Position in the parent */
    MemoryRegion *container;
    hwaddr addr;
    int priority;
    bool may_overlap;
    /* Children, in the order the flat view considers them */
    MemoryRegion **subregions;
    unsigned nr_subregions;
};

/*
 * An address space: a root region and its flat view.  Devices that do
 * DMA take an AddressSpace; the CPU uses address_space_memory.
 */
struct AddressSpace {
    char *name;
    MemoryRegion *root;
    FlatView *current_map;
};

/* The machine's physical address space and its root container. */
extern AddressSpace address_space_memory;
MemoryRegion *get_system_memory(void);

/* Initialisers.  @owner may be NULL; @name is copied. */
void memory_region_init(MemoryRegion *mr, Object *owner, const char *name,
                        uint64_t size);
void memory_region_init_io(MemoryRegion *mr, Object *owner,
                           const MemoryRegionOps *ops, void *opaque,
                           const char *name, uint64_t size);
/* RAM of its own (anonymous mmap, zeroed). */
bool memory_region_init_ram(MemoryRegion *mr, Object *owner,
                            const char *name, uint64_t size, Error **errp);
/* RAM over a host mapping the caller owns (a memory backend's). */
void memory_region_init_ram_ptr(MemoryRegion *mr, Object *owner,
                                const char *name, uint64_t size, void *ptr);
/* ROM: the guest reads it, guest writes are ignored; loaders can write. */
bool memory_region_init_rom(MemoryRegion *mr, Object *owner,
                            const char *name, uint64_t size, Error **errp);
void memory_region_init_alias(MemoryRegion *mr, Object *owner,
                              const char *name, MemoryRegion *orig,
                              hwaddr offset, uint64_t size);
/* Drop what the region holds (its mapping, name); it must be unmapped. */
void memory_region_finalize(MemoryRegion *mr);

/* Map @subregion at @offset in @mr; it must not be mapped elsewhere. */
void memory_region_add_subregion(MemoryRegion *mr, hwaddr offset,
                                 MemoryRegion *subregion);
void memory_region_add_subregion_overlap(MemoryRegion *mr, hwaddr offset,
                                         MemoryRegion *subregion,
                                         int priority);
void memory_region_del_subregion(MemoryRegion *mr, MemoryRegion *subregion);
void memory_region_set_enabled(MemoryRegion *mr, bool enabled);
void memory_region_set_address(MemoryRegion *mr, hwaddr addr);
void memory_region_set_alias_offset(MemoryRegion *mr, hwaddr offset);

uint64_t memory_region_size(MemoryRegion *mr);
const char *memory_region_name(const MemoryRegion *mr);
bool memory_region_is_ram(MemoryRegion *mr);       /* RAM or ROM */
bool memory_region_is_rom(MemoryRegion *mr);
/* The host address of a RAM/ROM region's first byte (after aliases). */
void *memory_region_get_ram_ptr(MemoryRegion *mr);

/* Batch changes: the flat views are rebuilt once, at the outer commit. */
void memory_region_transaction_begin(void);
void memory_region_transaction_commit(void);

/*
 * An access to one region (no alias, no container: what
 * address_space_translate returns) of @size 1, 2, 4 or 8 bytes at
 * offset @addr, with the @valid/@impl rules of its ops.  RAM regions are
 * read and written directly (ROM ignores writes).
 */
MemTxResult memory_region_dispatch_read(MemoryRegion *mr, hwaddr addr,
                                        uint64_t *pval, unsigned size,
                                        MemTxAttrs attrs);
MemTxResult memory_region_dispatch_write(MemoryRegion *mr, hwaddr addr,
                                         uint64_t val, unsigned size,
                                         MemTxAttrs attrs);

void address_space_init(AddressSpace *as, MemoryRegion *root,
                        const char *name);
void address_space_destroy(AddressSpace *as);

/*
 * The leaf region that @addr falls in, with aliases followed: *@xlat is
 * the offset in it and *@plen is cut down to the bytes left in that
 * range of the flat view.  An address where nothing is mapped returns
 * NULL.  The CPU's TLB fill uses this: a RAM leaf gives
 * memory_region_get_ram_ptr(mr) + *xlat as the host address.
 */
MemoryRegion *address_space_translate(AddressSpace *as, hwaddr addr,
                                      hwaddr *xlat, hwaddr *plen,
                                      bool is_write, MemTxAttrs attrs);

/*
 * Copy @len bytes between the address space and @buf, range by range:
 * RAM by memcpy, MMIO by the largest accesses its ops allow.  Holes give
 * MEMTX_DECODE_ERROR (reads of holes give zeroes, writes are dropped),
 * ORed into the result; the rest of the copy still happens.
 * Writes into RAM drop the CPU's cached decodes of those pages.
 */
MemTxResult address_space_read(AddressSpace *as, hwaddr addr, MemTxAttrs attrs,
                               void *buf, hwaddr len);
MemTxResult address_space_write(AddressSpace *as, hwaddr addr,
                                MemTxAttrs attrs, const void *buf,
                                hwaddr len);
MemTxResult address_space_rw(AddressSpace *as, hwaddr addr, MemTxAttrs attrs,
                             void *buf, hwaddr len, bool is_write);
/* As address_space_write, but ROM takes the bytes too (firmware loaders). */
MemTxResult address_space_write_rom(AddressSpace *as, hwaddr addr,
                                    MemTxAttrs attrs, const void *buf,
                                    hwaddr len);

/* Fixed-size little-endian accesses; @result may be NULL. */
uint32_t address_space_ldub(AddressSpace *as, hwaddr addr, MemTxAttrs attrs,
                            MemTxResult *result);
uint32_t address_space_lduw_le(AddressSpace *as, hwaddr addr,
                               MemTxAttrs attrs, MemTxResult *result);
uint32_t address_space_ldl_le(AddressSpace *as, hwaddr addr,
                              MemTxAttrs attrs, MemTxResult *result);
uint64_t address_space_ldq_le(AddressSpace *as, hwaddr addr,
                              MemTxAttrs attrs, MemTxResult *result);
void address_space_stb(AddressSpace *as, hwaddr addr, uint32_t val,
                       MemTxAttrs attrs, MemTxResult *result);
void address_space_stw_le(AddressSpace *as, hwaddr addr, uint32_t val,
                          MemTxAttrs attrs, MemTxResult *result);
void address_space_stl_le(AddressSpace *as, hwaddr addr, uint32_t val,
                          MemTxAttrs attrs, MemTxResult *result);
void address_space_stq_le(AddressSpace *as, hwaddr addr, uint64_t val,
                          MemTxAttrs attrs, MemTxResult *result);

/* The same with unspecified attributes and the result ignored. */
uint32_t ldub_phys(AddressSpace *as, hwaddr addr);
uint32_t lduw_le_phys(AddressSpace *as, hwaddr addr);
uint32_t ldl_le_phys(AddressSpace *as, hwaddr addr);
uint64_t ldq_le_phys(AddressSpace *as, hwaddr addr);
void stb_phys(AddressSpace *as, hwaddr addr, uint32_t val);
void stw_le_phys(AddressSpace *as, hwaddr addr, uint32_t val);
void stl_le_phys(AddressSpace *as, hwaddr addr, uint32_t val);
void stq_le_phys(AddressSpace *as, hwaddr addr, uint64_t val);

/*
 * DMA-style access for devices: like address_space_read/write, but an
 * access that is not entirely RAM fails as a whole (nothing is copied)
 * and is reported under -d guest_errors with the device's @who name.
 */
MemTxResult dma_memory_read(AddressSpace *as, hwaddr addr, void *buf,
                            hwaddr len, const char *who);
MemTxResult dma_memory_write(AddressSpace *as, hwaddr addr, const void *buf,
                             hwaddr len, const char *who);

/*
 * Implemented by the accelerator that caches decoded guest code (tcg);
 * a no-op elsewhere.  The memory core calls it for every write into RAM
 * made other than by the CPU's own stores: [start, end) changed.
 */
void tb_invalidate_phys_range(hwaddr start, hwaddr end);

/*
 * Memory listeners: code that mirrors an address space's map elsewhere
 * (KVM's memory slots).  A section is one range of the flat view:
 * @size bytes of the leaf region @mr (aliases followed) from
 * @offset_within_region, at @offset_within_address_space.  Ranges
 * covering the whole 2^64 space are not reported.
 */
typedef struct MemoryRegionSection {
    MemoryRegion *mr;
    hwaddr offset_within_region;
    hwaddr offset_within_address_space;
    uint64_t size;
    bool readonly;
} MemoryRegionSection;

typedef struct MemoryListener MemoryListener;

/*
 * When a view changes, @region_del is called for each range that went
 * away (or changed), then @region_add for each new one, in address
 * order; registering calls @region_add for the current ranges.  Either
 * callback may be NULL.  Called with the BQL held.
 */
struct MemoryListener {
    void (*region_add)(MemoryListener *listener,
                       MemoryRegionSection *section);
    void (*region_del)(MemoryListener *listener,
                       MemoryRegionSection *section);
    const char *name;
    /* the memory core's */
    AddressSpace *address_space;
};

void memory_listener_register(MemoryListener *listener, AddressSpace *as);
/* Stops the calls; no region_del is made for the current ranges. */
void memory_listener_unregister(MemoryListener *listener);

/* HMP info mtree: the tree of each address space, as QEMU prints it. */
void mtree_info(GString *out, bool flatview);

#endif
