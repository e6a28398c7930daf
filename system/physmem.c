/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * physmem.c: accesses through the memory map.
 *
 * memory_region_dispatch_read/write make one access to one leaf region:
 * RAM directly, MMIO through the device's ops under the rules of its
 * MemoryRegionOps (the @valid sizes the guest may use, the @impl sizes
 * the callbacks take, the device's byte order).  The address_space_*
 * functions walk a flat view range by range on top of that; the DMA
 * helpers refuse anything that is not entirely RAM.
 *
 * An MMIO access is modelled as bytes: the guest's value is laid out in
 * little-endian order, each @impl-sized unit the device sees is those
 * bytes read in the device's byte order.  Splitting a wide access, or
 * widening a narrow one to an aligned unit (reads keep the bytes asked
 * for; writes send zeroes in the other bytes), then needs no special
 * case for big-endian devices.
 */
#include "qemu/osdep.h"
#include "qemu/log.h"
#include "system/memory-internal.h"

/* Byte order helpers */

static uint64_t ldn_le(const uint8_t *p, unsigned size)
{
    uint64_t v = 0;
    unsigned i;

    for (i = 0; i < size; i++) {
        v |= (uint64_t)p[i] << (8 * i);
    }
    return v;
}

static void stn_le(uint8_t *p, uint64_t v, unsigned size)
{
    unsigned i;

    for (i = 0; i < size; i++) {
        p[i] = v >> (8 * i);
    }
}

static uint64_t ldn_dev(const MemoryRegion *mr, const uint8_t *p,
                        unsigned size)
{
    uint64_t v = 0;
    unsigned i;

    if (mr->ops->endianness != DEVICE_BIG_ENDIAN) {
        return ldn_le(p, size);
    }
    for (i = 0; i < size; i++) {
        v = (v << 8) | p[i];
    }
    return v;
}

static void stn_dev(const MemoryRegion *mr, uint8_t *p, uint64_t v,
                    unsigned size)
{
    unsigned i;

    if (mr->ops->endianness != DEVICE_BIG_ENDIAN) {
        stn_le(p, v, size);
        return;
    }
    for (i = 0; i < size; i++) {
        p[size - 1 - i] = v >> (8 * i);
    }
}

/* The default for accelerators that cache no decoded code. */
void __attribute__((weak)) tb_invalidate_phys_range(hwaddr start, hwaddr end)
{
}

/* Checks of one access against a region */

static bool access_size_is_valid(unsigned size)
{
    return size == 1 || size == 2 || size == 4 || size == 8;
}

/* Whether [addr, addr + size) lies inside @mr. */
static bool region_holds(const MemoryRegion *mr, hwaddr addr, unsigned size)
{
    uint64_t last = memory_region_last(mr->size);

    return mr->size && addr <= last && size - 1 <= last - addr;
}

static MemTxResult io_invalid(const MemoryRegion *mr, hwaddr addr,
                              unsigned size, bool is_write,
                              const char *reason, MemTxResult r)
{
    qemu_log_mask(LOG_GUEST_ERROR, "Invalid %s at addr 0x%" PRIX64
                  ", size %u, region '%s', reason: %s\n",
                  is_write ? "write" : "read", addr, size, mr->name, reason);
    return r;
}

static MemTxResult io_check_valid(MemoryRegion *mr, hwaddr addr,
                                  unsigned size, bool is_write,
                                  MemTxAttrs attrs)
{
    const MemoryRegionOps *ops = mr->ops;
    unsigned vmin = ops->valid.min_access_size ?: 1;
    unsigned vmax = ops->valid.max_access_size ?: 4;

    if (!region_holds(mr, addr, size)) {
        return io_invalid(mr, addr, size, is_write, "out of range",
                          MEMTX_DECODE_ERROR);
    }
    if (!ops->valid.unaligned && (addr & (size - 1))) {
        return io_invalid(mr, addr, size, is_write, "unaligned",
                          MEMTX_ACCESS_ERROR);
    }
    if (size < vmin || size > vmax) {
        g_autofree char *why = g_strdup_printf("invalid size (min:%u max:%u)",
                                               vmin, vmax);

        return io_invalid(mr, addr, size, is_write, why, MEMTX_ACCESS_ERROR);
    }
    if (ops->valid.accepts &&
        !ops->valid.accepts(mr->opaque, addr, size, is_write, attrs)) {
        return io_invalid(mr, addr, size, is_write, "rejected",
                          MEMTX_DECODE_ERROR);
    }
    return MEMTX_OK;
}

/* MMIO: one unit the device's ops take */

static MemTxResult io_read_unit(MemoryRegion *mr, hwaddr addr, uint8_t *p,
                                unsigned size, MemTxAttrs attrs)
{
    const MemoryRegionOps *ops = mr->ops;
    MemTxResult r = MEMTX_OK;
    uint64_t v = 0;

    if (ops->read_with_attrs) {
        r = ops->read_with_attrs(mr->opaque, addr, &v, size, attrs);
    } else if (ops->read) {
        v = ops->read(mr->opaque, addr, size);
    }
    stn_dev(mr, p, v, size);
    return r;
}

static MemTxResult io_write_unit(MemoryRegion *mr, hwaddr addr,
                                 const uint8_t *p, unsigned size,
                                 MemTxAttrs attrs)
{
    const MemoryRegionOps *ops = mr->ops;
    uint64_t v = ldn_dev(mr, p, size);

    if (ops->write_with_attrs) {
        return ops->write_with_attrs(mr->opaque, addr, v, size, attrs);
    }
    if (ops->write) {
        ops->write(mr->opaque, addr, v, size);
    }
    return MEMTX_OK;
}

/*
 * The bytes [addr, addr + size) of an MMIO region, in units of the
 * size its @impl rules allow, aligned unless they allow unaligned ones.
 */
static MemTxResult io_access(MemoryRegion *mr, hwaddr addr, uint8_t *buf,
                             unsigned size, bool is_write, MemTxAttrs attrs)
{
    const MemoryRegionOps *ops = mr->ops;
    unsigned unit_size = MAX(size, ops->impl.min_access_size ?: 1);
    hwaddr unit, end = addr + size;
    MemTxResult r = MEMTX_OK;

    unit_size = MIN(unit_size, ops->impl.max_access_size ?: 4);
    unit = ops->impl.unaligned ? addr : addr & ~(hwaddr)(unit_size - 1);
    for (; unit < end; unit += unit_size) {
        uint8_t bytes[8] = { 0 };
        hwaddr from = MAX(unit, addr), to = MIN(unit + unit_size, end);

        if (is_write) {
            memcpy(bytes + (from - unit), buf + (from - addr), to - from);
            r |= io_write_unit(mr, unit, bytes, unit_size, attrs);
        } else {
            r |= io_read_unit(mr, unit, bytes, unit_size, attrs);
            memcpy(buf + (from - addr), bytes + (from - unit), to - from);
        }
    }
    return r;
}

MemTxResult memory_region_dispatch_read(MemoryRegion *mr, hwaddr addr,
                                        uint64_t *pval, unsigned size,
                                        MemTxAttrs attrs)
{
    uint8_t bytes[8] = { 0 };
    MemTxResult r;

    *pval = 0;
    if (!access_size_is_valid(size)) {
        return MEMTX_ACCESS_ERROR;
    }
    if (memory_region_is_ram(mr)) {
        if (!region_holds(mr, addr, size)) {
            return MEMTX_DECODE_ERROR;
        }
        *pval = ldn_le(mr->ram_ptr + addr, size);
        return MEMTX_OK;
    }
    if (mr->kind != MR_IO) {
        return MEMTX_DECODE_ERROR;
    }
    r = io_check_valid(mr, addr, size, false, attrs);
    if (r == MEMTX_OK) {
        r = io_access(mr, addr, bytes, size, false, attrs);
        *pval = ldn_le(bytes, size);
    }
    return r;
}

MemTxResult memory_region_dispatch_write(MemoryRegion *mr, hwaddr addr,
                                         uint64_t val, unsigned size,
                                         MemTxAttrs attrs)
{
    uint8_t bytes[8];
    MemTxResult r;

    if (!access_size_is_valid(size)) {
        return MEMTX_ACCESS_ERROR;
    }
    if (memory_region_is_ram(mr)) {
        if (!region_holds(mr, addr, size)) {
            return MEMTX_DECODE_ERROR;
        }
        if (!mr->readonly) {
            stn_le(mr->ram_ptr + addr, val, size);
        }
        return MEMTX_OK;
    }
    if (mr->kind != MR_IO) {
        return MEMTX_DECODE_ERROR;
    }
    r = io_check_valid(mr, addr, size, true, attrs);
    if (r == MEMTX_OK) {
        stn_le(bytes, val, size);
        r = io_access(mr, addr, bytes, size, true, attrs);
    }
    return r;
}

/* Translation */

static MemoryRegion *flatview_translate(const FlatView *fv, hwaddr addr,
                                        hwaddr *xlat, hwaddr *plen)
{
    const FlatRange *fr = fv ? flatview_lookup(fv, addr) : NULL;

    if (!fr) {
        const FlatRange *next = fv ? flatview_next(fv, addr) : NULL;

        if (next && next->start - addr < *plen) {
            *plen = next->start - addr;
        }
        return NULL;
    }
    *xlat = fr->offset + (addr - fr->start);
    if (*plen && *plen - 1 > fr->last - addr) {
        *plen = fr->last - addr + 1;
    }
    return fr->mr;
}

MemoryRegion *address_space_translate(AddressSpace *as, hwaddr addr,
                                      hwaddr *xlat, hwaddr *plen,
                                      bool is_write, MemTxAttrs attrs)
{
    MemoryRegion *mr = flatview_translate(flatview_read_begin(as), addr,
                                          xlat, plen);

    flatview_read_end();
    return mr;
}

/* Copies through an address space */

/* The largest access to @mr at @xlat, at most @len bytes, its ops allow. */
static unsigned io_chunk_size(const MemoryRegion *mr, hwaddr xlat, hwaddr len)
{
    unsigned max = mr->ops->valid.max_access_size ?: 4;
    unsigned size = MIN(len, MIN(max, 8));

    if (!mr->ops->valid.unaligned && xlat) {
        size = MIN(size, xlat & -xlat);
    }
    while (size & (size - 1)) {
        size &= size - 1;
    }
    return size;
}

static MemTxResult io_copy(MemoryRegion *mr, hwaddr xlat, uint8_t *buf,
                           hwaddr *plen, bool is_write, MemTxAttrs attrs)
{
    unsigned size = io_chunk_size(mr, xlat, *plen);
    MemTxResult r;
    uint64_t v;

    *plen = size;
    if (is_write) {
        return memory_region_dispatch_write(mr, xlat, ldn_le(buf, size), size,
                                            attrs);
    }
    r = memory_region_dispatch_read(mr, xlat, &v, size, attrs);
    stn_le(buf, v, size);
    return r;
}

/* How address_space_access treats RAM and ROM. */
typedef enum AccessKind {
    ACCESS_READ,
    ACCESS_WRITE,           /* ROM ignores it */
    ACCESS_WRITE_ROM,       /* ROM takes it too */
} AccessKind;

static MemTxResult ram_copy(MemoryRegion *mr, hwaddr addr, hwaddr xlat,
                            uint8_t *buf, hwaddr len, AccessKind kind)
{
    uint8_t *host = mr->ram_ptr + xlat;

    if (kind == ACCESS_READ) {
        memcpy(buf, host, len);
    } else if (!mr->readonly || kind == ACCESS_WRITE_ROM) {
        memcpy(host, buf, len);
        tb_invalidate_phys_range(addr, addr + len);
    }
    return MEMTX_OK;
}

static MemTxResult flatview_access(const FlatView *fv, hwaddr addr,
                                   MemTxAttrs attrs, uint8_t *buf,
                                   hwaddr len, AccessKind kind)
{
    MemTxResult r = MEMTX_OK;

    while (len) {
        hwaddr l = len, xlat;
        MemoryRegion *mr = flatview_translate(fv, addr, &xlat, &l);

        if (!mr) {
            if (kind == ACCESS_READ) {
                memset(buf, 0, l);
            }
            r |= MEMTX_DECODE_ERROR;
        } else if (memory_region_is_ram(mr)) {
            r |= ram_copy(mr, addr, xlat, buf, l, kind);
        } else {
            r |= io_copy(mr, xlat, buf, &l, kind != ACCESS_READ, attrs);
        }
        len -= l;
        addr += l;
        buf += l;
    }
    return r;
}

static MemTxResult address_space_access(AddressSpace *as, hwaddr addr,
                                        MemTxAttrs attrs, uint8_t *buf,
                                        hwaddr len, AccessKind kind)
{
    MemTxResult r = flatview_access(flatview_read_begin(as), addr, attrs, buf,
                                    len, kind);

    flatview_read_end();
    return r;
}

MemTxResult address_space_read(AddressSpace *as, hwaddr addr, MemTxAttrs attrs,
                               void *buf, hwaddr len)
{
    return address_space_access(as, addr, attrs, buf, len, ACCESS_READ);
}

MemTxResult address_space_write(AddressSpace *as, hwaddr addr,
                                MemTxAttrs attrs, const void *buf,
                                hwaddr len)
{
    return address_space_access(as, addr, attrs, (uint8_t *)buf, len,
                                ACCESS_WRITE);
}

MemTxResult address_space_rw(AddressSpace *as, hwaddr addr, MemTxAttrs attrs,
                             void *buf, hwaddr len, bool is_write)
{
    return address_space_access(as, addr, attrs, buf, len,
                                is_write ? ACCESS_WRITE : ACCESS_READ);
}

MemTxResult address_space_write_rom(AddressSpace *as, hwaddr addr,
                                    MemTxAttrs attrs, const void *buf,
                                    hwaddr len)
{
    return address_space_access(as, addr, attrs, (uint8_t *)buf, len,
                                ACCESS_WRITE_ROM);
}

/* Fixed-size accesses */

static uint64_t address_space_ldn(AddressSpace *as, hwaddr addr,
                                  unsigned size, MemTxAttrs attrs,
                                  MemTxResult *result)
{
    uint8_t bytes[8];
    MemTxResult r = address_space_read(as, addr, attrs, bytes, size);

    if (result) {
        *result = r;
    }
    return ldn_le(bytes, size);
}

static void address_space_stn(AddressSpace *as, hwaddr addr, uint64_t val,
                              unsigned size, MemTxAttrs attrs,
                              MemTxResult *result)
{
    uint8_t bytes[8];
    MemTxResult r;

    stn_le(bytes, val, size);
    r = address_space_write(as, addr, attrs, bytes, size);
    if (result) {
        *result = r;
    }
}

uint32_t address_space_ldub(AddressSpace *as, hwaddr addr, MemTxAttrs attrs,
                            MemTxResult *result)
{
    return address_space_ldn(as, addr, 1, attrs, result);
}

uint32_t address_space_lduw_le(AddressSpace *as, hwaddr addr,
                               MemTxAttrs attrs, MemTxResult *result)
{
    return address_space_ldn(as, addr, 2, attrs, result);
}

uint32_t address_space_ldl_le(AddressSpace *as, hwaddr addr,
                              MemTxAttrs attrs, MemTxResult *result)
{
    return address_space_ldn(as, addr, 4, attrs, result);
}

uint64_t address_space_ldq_le(AddressSpace *as, hwaddr addr,
                              MemTxAttrs attrs, MemTxResult *result)
{
    return address_space_ldn(as, addr, 8, attrs, result);
}

void address_space_stb(AddressSpace *as, hwaddr addr, uint32_t val,
                       MemTxAttrs attrs, MemTxResult *result)
{
    address_space_stn(as, addr, val, 1, attrs, result);
}

void address_space_stw_le(AddressSpace *as, hwaddr addr, uint32_t val,
                          MemTxAttrs attrs, MemTxResult *result)
{
    address_space_stn(as, addr, val, 2, attrs, result);
}

void address_space_stl_le(AddressSpace *as, hwaddr addr, uint32_t val,
                          MemTxAttrs attrs, MemTxResult *result)
{
    address_space_stn(as, addr, val, 4, attrs, result);
}

void address_space_stq_le(AddressSpace *as, hwaddr addr, uint64_t val,
                          MemTxAttrs attrs, MemTxResult *result)
{
    address_space_stn(as, addr, val, 8, attrs, result);
}

uint32_t ldub_phys(AddressSpace *as, hwaddr addr)
{
    return address_space_ldn(as, addr, 1, MEMTXATTRS_UNSPECIFIED, NULL);
}

uint32_t lduw_le_phys(AddressSpace *as, hwaddr addr)
{
    return address_space_ldn(as, addr, 2, MEMTXATTRS_UNSPECIFIED, NULL);
}

uint32_t ldl_le_phys(AddressSpace *as, hwaddr addr)
{
    return address_space_ldn(as, addr, 4, MEMTXATTRS_UNSPECIFIED, NULL);
}

uint64_t ldq_le_phys(AddressSpace *as, hwaddr addr)
{
    return address_space_ldn(as, addr, 8, MEMTXATTRS_UNSPECIFIED, NULL);
}

void stb_phys(AddressSpace *as, hwaddr addr, uint32_t val)
{
    address_space_stn(as, addr, val, 1, MEMTXATTRS_UNSPECIFIED, NULL);
}

void stw_le_phys(AddressSpace *as, hwaddr addr, uint32_t val)
{
    address_space_stn(as, addr, val, 2, MEMTXATTRS_UNSPECIFIED, NULL);
}

void stl_le_phys(AddressSpace *as, hwaddr addr, uint32_t val)
{
    address_space_stn(as, addr, val, 4, MEMTXATTRS_UNSPECIFIED, NULL);
}

void stq_le_phys(AddressSpace *as, hwaddr addr, uint64_t val)
{
    address_space_stn(as, addr, val, 8, MEMTXATTRS_UNSPECIFIED, NULL);
}

/* DMA */

/* Whether all of [addr, addr + len) is RAM (writable RAM for a write). */
static bool dma_range_is_ram(const FlatView *fv, hwaddr addr, hwaddr len,
                             bool is_write)
{
    if (len && len - 1 > UINT64_MAX - addr) {
        return false;
    }
    while (len) {
        hwaddr l = len, xlat;
        MemoryRegion *mr = flatview_translate(fv, addr, &xlat, &l);

        if (!mr || !memory_region_is_ram(mr) || (is_write && mr->readonly)) {
            return false;
        }
        len -= l;
        addr += l;
    }
    return true;
}

/* The check and the copy see the same view: all of it happens or none. */
static MemTxResult dma_memory_access(AddressSpace *as, hwaddr addr,
                                     uint8_t *buf, hwaddr len,
                                     const char *who, AccessKind kind)
{
    const FlatView *fv = flatview_read_begin(as);
    MemTxResult r = MEMTX_DECODE_ERROR;

    if (dma_range_is_ram(fv, addr, len, kind != ACCESS_READ)) {
        r = flatview_access(fv, addr, MEMTXATTRS_UNSPECIFIED, buf, len, kind);
    } else {
        qemu_log_mask(LOG_GUEST_ERROR, "%s: DMA %s of 0x%" PRIx64
                      " bytes at 0x%" PRIx64 " is outside guest RAM\n",
                      who, kind == ACCESS_READ ? "read" : "write", len, addr);
    }
    flatview_read_end();
    return r;
}

MemTxResult dma_memory_read(AddressSpace *as, hwaddr addr, void *buf,
                            hwaddr len, const char *who)
{
    return dma_memory_access(as, addr, buf, len, who, ACCESS_READ);
}

MemTxResult dma_memory_write(AddressSpace *as, hwaddr addr, const void *buf,
                             hwaddr len, const char *who)
{
    return dma_memory_access(as, addr, (uint8_t *)buf, len, who,
                             ACCESS_WRITE);
}
