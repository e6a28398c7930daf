/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the memory core (system/memory.c, physmem.c,
 * memory-info.c): the region tree and its flat view (overlap, priority,
 * aliases, containers, enable/disable), MMIO dispatch (valid and impl
 * rules, byte order), copies through address spaces (holes, ROM, DMA)
 * and the `info mtree` text.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/log.h"
#include "exec/memory.h"
#include "system/memory-internal.h"

#define ATTRS MEMTXATTRS_UNSPECIFIED

/* tb_invalidate_phys_range overrides the memory core's weak default. */
static hwaddr inval_start, inval_end;
static unsigned inval_count;

void tb_invalidate_phys_range(hwaddr start, hwaddr end)
{
    inval_start = start;
    inval_end = end;
    inval_count++;
}

/* A device with 16 byte-wide registers; it logs each access. */
typedef struct TestDev {
    uint8_t regs[16];
    GString *log;
    bool reject;
} TestDev;

static uint64_t dev_read(void *opaque, hwaddr addr, unsigned size)
{
    TestDev *d = opaque;
    uint64_t v = 0;
    unsigned i;

    g_string_append_printf(d->log, "r%" PRIx64 "/%u ", addr, size);
    for (i = 0; i < size && addr + i < 16; i++) {
        v |= (uint64_t)d->regs[addr + i] << (8 * i);
    }
    return v;
}

static void dev_write(void *opaque, hwaddr addr, uint64_t v, unsigned size)
{
    TestDev *d = opaque;
    unsigned i;

    g_string_append_printf(d->log, "w%" PRIx64 "/%u=%" PRIx64 " ", addr,
                           size, v);
    for (i = 0; i < size && addr + i < 16; i++) {
        d->regs[addr + i] = v >> (8 * i);
    }
}

static bool dev_accepts(void *opaque, hwaddr addr, unsigned size,
                        bool is_write, MemTxAttrs attrs)
{
    return !((TestDev *)opaque)->reject;
}

static TestDev *dev_new(void)
{
    TestDev *d = g_new0(TestDev, 1);
    unsigned i;

    for (i = 0; i < 16; i++) {
        d->regs[i] = 0x10 + i;
    }
    d->log = g_string_new("");
    return d;
}

static void dev_free(TestDev *d)
{
    g_string_free(d->log, true);
    g_free(d);
}

/* The log since the last call. */
static char *dev_take_log(TestDev *d)
{
    char *s = g_strdup(d->log->str);

    g_string_truncate(d->log, 0);
    return s;
}

#define CHECK_LOG(d, text) do {                         \
        g_autofree char *log_ = dev_take_log(d);        \
        g_assert_cmpstr(log_, ==, text);                \
    } while (0)

/* A test address space over a fresh root container of 64 KiB. */
typedef struct Fixture {
    MemoryRegion root;
    AddressSpace as;
} Fixture;

static void fixture_init(Fixture *f)
{
    memory_region_init(&f->root, NULL, "root", 0x10000);
    address_space_init(&f->as, &f->root, "test");
}

static void fixture_fini(Fixture *f)
{
    address_space_destroy(&f->as);
    memory_region_finalize(&f->root);
}

static MemoryRegion *ram_new(const char *name, uint64_t size, uint8_t fill)
{
    MemoryRegion *mr = g_new0(MemoryRegion, 1);

    g_assert_true(memory_region_init_ram(mr, NULL, name, size, &error_abort));
    memset(memory_region_get_ram_ptr(mr), fill, size);
    return mr;
}

static void region_free(MemoryRegion *mr)
{
    if (mr->container) {
        memory_region_del_subregion(mr->container, mr);
    }
    memory_region_finalize(mr);
    g_free(mr);
}

/* The leaf at @addr of @as, and the offset in it. */
static MemoryRegion *leaf_at(AddressSpace *as, hwaddr addr, hwaddr *xlat)
{
    hwaddr plen = 1, dummy;

    return address_space_translate(as, addr, xlat ? xlat : &dummy, &plen,
                                   false, ATTRS);
}

static void test_priority(void)
{
    Fixture f;
    MemoryRegion *low = ram_new("low", 0x2000, 1);
    MemoryRegion *high = ram_new("high", 0x1000, 2);
    MemoryRegion *late = ram_new("late", 0x1000, 3);

    fixture_init(&f);
    memory_region_add_subregion_overlap(&f.root, 0x1000, high, 1);
    memory_region_add_subregion_overlap(&f.root, 0x0, low, 0);
    g_assert_true(leaf_at(&f.as, 0x0fff, NULL) == low);
    g_assert_true(leaf_at(&f.as, 0x1000, NULL) == high);
    g_assert_true(leaf_at(&f.as, 0x1fff, NULL) == high);
    g_assert_null(leaf_at(&f.as, 0x2000, NULL));

    /* Equal priority: the one added last wins. */
    memory_region_add_subregion_overlap(&f.root, 0x800, late, 0);
    g_assert_true(leaf_at(&f.as, 0x7ff, NULL) == low);
    g_assert_true(leaf_at(&f.as, 0x800, NULL) == late);
    g_assert_true(leaf_at(&f.as, 0x1000, NULL) == high);

    memory_region_del_subregion(&f.root, high);
    g_assert_true(leaf_at(&f.as, 0x1000, NULL) == late);
    g_assert_true(leaf_at(&f.as, 0x1800, NULL) == low);
    region_free(high);
    region_free(low);
    region_free(late);
    fixture_fini(&f);
}

static void test_alias(void)
{
    Fixture f;
    MemoryRegion *ram = ram_new("ram", 0x1000, 0);
    MemoryRegion alias;
    uint8_t *p = memory_region_get_ram_ptr(ram);
    hwaddr xlat;

    fixture_init(&f);
    memory_region_add_subregion(&f.root, 0x0, ram);
    memory_region_init_alias(&alias, NULL, "win", ram, 0x800, 0x100);
    memory_region_add_subregion(&f.root, 0x4000, &alias);
    p[0x810] = 0xab;
    g_assert_true(leaf_at(&f.as, 0x4010, &xlat) == ram);
    g_assert_cmphex(xlat, ==, 0x810);
    g_assert_cmphex(ldub_phys(&f.as, 0x4010), ==, 0xab);
    g_assert_null(leaf_at(&f.as, 0x4100, NULL));
    g_assert_true((uint8_t *)memory_region_get_ram_ptr(&alias) == p + 0x800);

    memory_region_set_alias_offset(&alias, 0x810);
    g_assert_cmphex(ldub_phys(&f.as, 0x4000), ==, 0xab);
    memory_region_set_address(&alias, 0x5000);
    g_assert_cmphex(ldub_phys(&f.as, 0x5000), ==, 0xab);
    g_assert_null(leaf_at(&f.as, 0x4000, NULL));

    memory_region_del_subregion(&f.root, &alias);
    memory_region_finalize(&alias);
    region_free(ram);
    fixture_fini(&f);
}

static void test_container(void)
{
    Fixture f;
    MemoryRegion box, inner;
    MemoryRegion *ram = ram_new("ram", 0x100, 0x5a);
    hwaddr xlat;

    fixture_init(&f);
    memory_region_init(&box, NULL, "box", 0x1000);
    memory_region_init(&inner, NULL, "inner", 0x800);
    memory_region_add_subregion(&inner, 0x200, ram);
    memory_region_add_subregion(&box, 0x400, &inner);
    memory_region_add_subregion(&f.root, 0x8000, &box);
    g_assert_true(leaf_at(&f.as, 0x8600, &xlat) == ram);
    g_assert_cmphex(xlat, ==, 0);
    g_assert_true(leaf_at(&f.as, 0x86ff, &xlat) == ram);
    g_assert_null(leaf_at(&f.as, 0x8700, NULL));
    g_assert_null(leaf_at(&f.as, 0x85ff, NULL));

    /* A subregion is clipped to its container. */
    memory_region_set_address(ram, 0x7c0);
    g_assert_true(leaf_at(&f.as, 0x8bff, NULL) == ram);
    g_assert_null(leaf_at(&f.as, 0x8c00, NULL));

    region_free(ram);
    memory_region_del_subregion(&box, &inner);
    memory_region_del_subregion(&f.root, &box);
    memory_region_finalize(&inner);
    memory_region_finalize(&box);
    fixture_fini(&f);
}

static void test_enabled(void)
{
    Fixture f;
    MemoryRegion *under = ram_new("under", 0x1000, 1);
    MemoryRegion *over = ram_new("over", 0x1000, 2);

    fixture_init(&f);
    memory_region_add_subregion_overlap(&f.root, 0, under, 0);
    memory_region_add_subregion_overlap(&f.root, 0, over, 1);
    g_assert_true(leaf_at(&f.as, 0, NULL) == over);
    memory_region_set_enabled(over, false);
    g_assert_true(leaf_at(&f.as, 0, NULL) == under);
    memory_region_set_enabled(under, false);
    g_assert_null(leaf_at(&f.as, 0, NULL));
    memory_region_set_enabled(over, true);
    g_assert_true(leaf_at(&f.as, 0, NULL) == over);
    region_free(under);
    region_free(over);
    fixture_fini(&f);
}

static void test_transaction(void)
{
    Fixture f;
    MemoryRegion *a = ram_new("a", 0x1000, 1);
    MemoryRegion *b = ram_new("b", 0x1000, 2);
    FlatView *before;

    fixture_init(&f);
    before = f.as.current_map;
    memory_region_transaction_begin();
    memory_region_add_subregion(&f.root, 0, a);
    memory_region_add_subregion(&f.root, 0x1000, b);
    g_assert_true(f.as.current_map == before);
    g_assert_null(leaf_at(&f.as, 0, NULL));
    memory_region_transaction_commit();
    g_assert_true(f.as.current_map != before);
    g_assert_true(leaf_at(&f.as, 0, NULL) == a);
    g_assert_true(leaf_at(&f.as, 0x1000, NULL) == b);
    region_free(a);
    region_free(b);
    fixture_fini(&f);
}

/* Replaced views are freed once no reader can hold them. */
static void test_view_reclaim(void)
{
    Fixture f;
    MemoryRegion *a = ram_new("a", 0x1000, 1);
    FlatView *held;
    unsigned i, views = 0;

    fixture_init(&f);
    memory_region_add_subregion(&f.root, 0, a);
    for (i = 0; i < 1000; i++) {
        memory_region_set_enabled(a, i & 1);
    }
    g_assert_cmpuint(flatview_retired_count(), ==, 0);

    /* Count the distinct views: each is rebuilt at each change. */
    for (i = 0; address_space_nth(i); i++) {
        unsigned j = 0;

        while (address_space_nth(j)->root != address_space_nth(i)->root) {
            j++;
        }
        views += i == j;
    }
    held = flatview_read_begin(&f.as);
    g_assert_nonnull(flatview_lookup(held, 0));
    memory_region_set_enabled(a, false);
    memory_region_set_enabled(a, true);
    g_assert_cmpuint(flatview_retired_count(), ==, 2 * views);
    /* The held view is intact (ASan would see a use after free). */
    g_assert_true(flatview_lookup(held, 0)->mr == a);
    flatview_read_end();
    memory_region_set_enabled(a, false);
    g_assert_cmpuint(flatview_retired_count(), ==, 0);
    region_free(a);
    fixture_fini(&f);
}

static gpointer reader_thread(gpointer opaque)
{
    Fixture *f = opaque;
    unsigned i;

    for (i = 0; i < 50000; i++) {
        uint32_t v = ldl_le_phys(&f->as, 0x10);

        g_assert_true(v == 0 || v == 0x01010101);
    }
    return NULL;
}

/* A reader thread without the lock while the map keeps changing. */
static void test_view_concurrent(void)
{
    Fixture f;
    MemoryRegion *a = ram_new("a", 0x1000, 1);
    GThread *reader;
    unsigned i;

    fixture_init(&f);
    memory_region_add_subregion(&f.root, 0, a);
    reader = g_thread_new("reader", reader_thread, &f);
    for (i = 0; i < 5000; i++) {
        memory_region_set_enabled(a, i & 1);
    }
    g_thread_join(reader);
    region_free(a);
    fixture_fini(&f);
}

static void test_translate(void)
{
    Fixture f;
    MemoryRegion *a = ram_new("a", 0x1000, 1);
    hwaddr xlat, plen;

    fixture_init(&f);
    memory_region_add_subregion(&f.root, 0x3000, a);
    plen = 0x10000;
    g_assert_true(address_space_translate(&f.as, 0x3800, &xlat, &plen,
                                          false, ATTRS) == a);
    g_assert_cmphex(xlat, ==, 0x800);
    g_assert_cmphex(plen, ==, 0x800);
    plen = 4;
    g_assert_true(address_space_translate(&f.as, 0x3800, &xlat, &plen,
                                          true, ATTRS) == a);
    g_assert_cmphex(plen, ==, 4);
    /* In a hole, @plen is cut to the start of the next range. */
    plen = 0x10000;
    g_assert_null(address_space_translate(&f.as, 0x2000, &xlat, &plen,
                                          false, ATTRS));
    g_assert_cmphex(plen, ==, 0x1000);
    region_free(a);
    fixture_fini(&f);
}

/* The full 2^64 space: a region at the very top, an alias wrapping. */
static void test_top_of_space(void)
{
    MemoryRegion root, *top = ram_new("top", 0x1000, 7);
    AddressSpace as;
    hwaddr xlat, plen = UINT64_MAX;

    memory_region_init(&root, NULL, "whole", UINT64_MAX);
    address_space_init(&as, &root, "whole");
    memory_region_add_subregion(&root, UINT64_MAX - 0xfff, top);
    g_assert_true(address_space_translate(&as, UINT64_MAX, &xlat, &plen,
                                          false, ATTRS) == top);
    g_assert_cmphex(xlat, ==, 0xfff);
    g_assert_cmphex(plen, ==, 1);
    g_assert_cmphex(ldub_phys(&as, UINT64_MAX), ==, 7);
    g_assert_null(leaf_at(&as, 0, NULL));
    region_free(top);
    address_space_destroy(&as);
    memory_region_finalize(&root);
}

/* MMIO dispatch */

static const MemoryRegionOps split_ops = {
    .read = dev_read,
    .write = dev_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid = { .min_access_size = 1, .max_access_size = 8 },
    .impl = { .min_access_size = 1, .max_access_size = 1 },
};

static void test_io_split(void)
{
    TestDev *d = dev_new();
    MemoryRegion mr;
    uint64_t v;

    memory_region_init_io(&mr, NULL, &split_ops, d, "split", 16);
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 4, &v, 4, ATTRS), ==,
                     MEMTX_OK);
    g_assert_cmphex(v, ==, 0x17161514);
    CHECK_LOG(d, "r4/1 r5/1 r6/1 r7/1 ");
    g_assert_cmpuint(memory_region_dispatch_write(&mr, 8, 0xa1b2, 2, ATTRS),
                     ==, MEMTX_OK);
    CHECK_LOG(d, "w8/1=b2 w9/1=a1 ");
    memory_region_finalize(&mr);
    dev_free(d);
}

static const MemoryRegionOps wide_ops = {
    .read = dev_read,
    .write = dev_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid = { .min_access_size = 1, .max_access_size = 4 },
    .impl = { .min_access_size = 4, .max_access_size = 4 },
};

static void test_io_widen(void)
{
    TestDev *d = dev_new();
    MemoryRegion mr;
    uint64_t v;

    memory_region_init_io(&mr, NULL, &wide_ops, d, "wide", 16);
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 5, &v, 1, ATTRS), ==,
                     MEMTX_OK);
    g_assert_cmphex(v, ==, 0x15);
    CHECK_LOG(d, "r4/4 ");
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 2, &v, 2, ATTRS), ==,
                     MEMTX_OK);
    g_assert_cmphex(v, ==, 0x1312);
    CHECK_LOG(d, "r0/4 ");
    /* A narrow write reaches the device as its aligned unit. */
    g_assert_cmpuint(memory_region_dispatch_write(&mr, 9, 0xee, 1, ATTRS),
                     ==, MEMTX_OK);
    CHECK_LOG(d, "w8/4=ee00 ");
    memory_region_finalize(&mr);
    dev_free(d);
}

static const MemoryRegionOps be_ops = {
    .read = dev_read,
    .write = dev_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid = { .min_access_size = 1, .max_access_size = 8 },
    .impl = { .min_access_size = 2, .max_access_size = 2 },
};

static void test_io_big_endian(void)
{
    TestDev *d = dev_new();
    MemoryRegion mr;
    uint64_t v;

    memory_region_init_io(&mr, NULL, &be_ops, d, "be", 16);
    /* Guest bytes 11 22 33 44 at 0: the device sees 0x1122, 0x3344. */
    g_assert_cmpuint(memory_region_dispatch_write(&mr, 0, 0x44332211, 4,
                                                  ATTRS), ==, MEMTX_OK);
    CHECK_LOG(d, "w0/2=1122 w2/2=3344 ");
    /* The device's 0x1122 at 0 and 0x3344 at 2 are guest 0x44332211. */
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 0, &v, 4, ATTRS), ==,
                     MEMTX_OK);
    g_assert_cmphex(v, ==, 0x44332211);
    CHECK_LOG(d, "r0/2 r2/2 ");
    memory_region_finalize(&mr);
    dev_free(d);
}

static const MemoryRegionOps strict_ops = {
    .read = dev_read,
    .write = dev_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid = { .min_access_size = 2, .max_access_size = 4,
               .accepts = dev_accepts },
};

static void test_io_valid(void)
{
    TestDev *d = dev_new();
    MemoryRegion mr;
    uint64_t v = 1;

    memory_region_init_io(&mr, NULL, &strict_ops, d, "strict", 16);
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 0, &v, 8, ATTRS), ==,
                     MEMTX_ACCESS_ERROR);
    g_assert_cmphex(v, ==, 0);
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 0, &v, 1, ATTRS), ==,
                     MEMTX_ACCESS_ERROR);
    g_assert_cmpuint(memory_region_dispatch_write(&mr, 2, 0, 4, ATTRS), ==,
                     MEMTX_ACCESS_ERROR);
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 16, &v, 2, ATTRS), ==,
                     MEMTX_DECODE_ERROR);
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 0, &v, 3, ATTRS), ==,
                     MEMTX_ACCESS_ERROR);
    CHECK_LOG(d, "");
    d->reject = true;
    g_assert_cmpuint(memory_region_dispatch_write(&mr, 0, 0, 4, ATTRS), ==,
                     MEMTX_DECODE_ERROR);
    CHECK_LOG(d, "");
    d->reject = false;
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 4, &v, 4, ATTRS), ==,
                     MEMTX_OK);
    g_assert_cmphex(v, ==, 0x17161514);
    memory_region_finalize(&mr);
    dev_free(d);
}

static MemTxResult dev_read_attrs(void *opaque, hwaddr addr, uint64_t *data,
                                  unsigned size, MemTxAttrs attrs)
{
    *data = dev_read(opaque, addr, size);
    return addr >= 8 ? MEMTX_ERROR : MEMTX_OK;
}

static MemTxResult dev_write_attrs(void *opaque, hwaddr addr, uint64_t data,
                                   unsigned size, MemTxAttrs attrs)
{
    dev_write(opaque, addr, data, size);
    return attrs.secure ? MEMTX_ERROR : MEMTX_OK;
}

static const MemoryRegionOps attrs_ops = {
    .read_with_attrs = dev_read_attrs,
    .write_with_attrs = dev_write_attrs,
    .endianness = DEVICE_NATIVE_ENDIAN,
    .valid = { .max_access_size = 8 },
};

/* The *_with_attrs ops are used, and their results passed on. */
static void test_io_attrs(void)
{
    TestDev *d = dev_new();
    MemoryRegion mr;
    MemTxAttrs secure = { .secure = 1 };
    uint64_t v;

    memory_region_init_io(&mr, NULL, &attrs_ops, d, "attrs", 16);
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 4, &v, 4, ATTRS), ==,
                     MEMTX_OK);
    g_assert_cmphex(v, ==, 0x17161514);
    /* impl defaults to at most 4 bytes: two reads, one fails. */
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 0, &v, 8, ATTRS), ==,
                     MEMTX_OK);
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 8, &v, 8, ATTRS), ==,
                     MEMTX_ERROR);
    g_assert_cmphex(v, ==, 0x1f1e1d1c1b1a1918ULL);
    CHECK_LOG(d, "r4/4 r0/4 r4/4 r8/4 rc/4 ");
    g_assert_cmpuint(memory_region_dispatch_write(&mr, 0, 1, 1, secure), ==,
                     MEMTX_ERROR);
    CHECK_LOG(d, "w0/1=1 ");
    memory_region_finalize(&mr);
    dev_free(d);
}

static const MemoryRegionOps unaligned_ops = {
    .read = dev_read,
    .write = dev_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid = { .unaligned = true },
    .impl = { .min_access_size = 4 },
};

/* An unaligned access the guest may make, over aligned device units. */
static void test_io_unaligned(void)
{
    TestDev *d = dev_new();
    MemoryRegion mr;
    uint64_t v;

    memory_region_init_io(&mr, NULL, &unaligned_ops, d, "unaligned", 16);
    g_assert_cmpuint(memory_region_dispatch_read(&mr, 6, &v, 4, ATTRS), ==,
                     MEMTX_OK);
    g_assert_cmphex(v, ==, 0x19181716);
    CHECK_LOG(d, "r4/4 r8/4 ");
    g_assert_cmpuint(memory_region_dispatch_write(&mr, 3, 0xaabb, 2, ATTRS),
                     ==, MEMTX_OK);
    CHECK_LOG(d, "w0/4=bb000000 w4/4=aa ");
    memory_region_finalize(&mr);
    dev_free(d);
}

/* Copies through an address space */

static void test_rw_holes(void)
{
    Fixture f;
    MemoryRegion *ram = ram_new("ram", 0x100, 0x5a);
    TestDev *d = dev_new();
    MemoryRegion io;
    uint8_t buf[0x300];
    uint8_t want[8] = { 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17 };

    fixture_init(&f);
    memory_region_init_io(&io, NULL, &strict_ops, d, "io", 16);
    memory_region_add_subregion(&f.root, 0x1000, ram);
    memory_region_add_subregion(&f.root, 0x1200, &io);
    memset(buf, 0xff, sizeof(buf));
    g_assert_cmpuint(address_space_read(&f.as, 0x1000, ATTRS, buf, 0x208),
                     ==, MEMTX_DECODE_ERROR);
    g_assert_cmphex(buf[0], ==, 0x5a);
    g_assert_cmphex(buf[0xff], ==, 0x5a);
    g_assert_cmphex(buf[0x100], ==, 0);
    g_assert_cmphex(buf[0x1ff], ==, 0);
    g_assert_cmpmem(buf + 0x200, 8, want, 8);
    CHECK_LOG(d, "r0/4 r4/4 ");

    g_assert_cmpuint(address_space_read(&f.as, 0x1000, ATTRS, buf, 0x10), ==,
                     MEMTX_OK);
    g_assert_cmphex(ldl_le_phys(&f.as, 0x2000), ==, 0);
    inval_count = 0;
    g_assert_cmpuint(address_space_write(&f.as, 0x10f0, ATTRS, buf, 0x20),
                     ==, MEMTX_DECODE_ERROR);
    g_assert_cmpuint(inval_count, ==, 1);
    g_assert_cmphex(inval_start, ==, 0x10f0);
    g_assert_cmphex(inval_end, ==, 0x1100);

    memory_region_del_subregion(&f.root, &io);
    memory_region_finalize(&io);
    region_free(ram);
    dev_free(d);
    fixture_fini(&f);
}

static void test_ld_st(void)
{
    Fixture f;
    MemoryRegion *ram = ram_new("ram", 0x100, 0);
    uint8_t *p = memory_region_get_ram_ptr(ram);
    MemTxResult r = 1;

    fixture_init(&f);
    memory_region_add_subregion(&f.root, 0x1000, ram);
    stq_le_phys(&f.as, 0x1000, 0x0807060504030201ULL);
    g_assert_cmphex(p[0], ==, 1);
    g_assert_cmphex(p[7], ==, 8);
    g_assert_cmphex(lduw_le_phys(&f.as, 0x1001), ==, 0x0302);
    g_assert_cmphex(ldl_le_phys(&f.as, 0x1004), ==, 0x08070605);
    g_assert_cmphex(ldq_le_phys(&f.as, 0x1000), ==, 0x0807060504030201ULL);
    stw_le_phys(&f.as, 0x1010, 0xbeef);
    stl_le_phys(&f.as, 0x1020, 0xdeadbeef);
    stb_phys(&f.as, 0x1030, 0x99);
    g_assert_cmphex(address_space_lduw_le(&f.as, 0x1010, ATTRS, &r), ==,
                    0xbeef);
    g_assert_cmpuint(r, ==, MEMTX_OK);
    g_assert_cmphex(address_space_ldl_le(&f.as, 0x1020, ATTRS, NULL), ==,
                    0xdeadbeef);
    g_assert_cmphex(address_space_ldub(&f.as, 0x1030, ATTRS, NULL), ==, 0x99);
    g_assert_cmphex(address_space_ldq_le(&f.as, 0x10fc, ATTRS, &r), ==, 0);
    g_assert_cmpuint(r, ==, MEMTX_DECODE_ERROR);
    address_space_stl_le(&f.as, 0x5000, 1, ATTRS, &r);
    g_assert_cmpuint(r, ==, MEMTX_DECODE_ERROR);
    address_space_stb(&f.as, 0x1040, 1, ATTRS, &r);
    address_space_stw_le(&f.as, 0x1042, 0x0302, ATTRS, NULL);
    address_space_stq_le(&f.as, 0x1048, 4, ATTRS, NULL);
    g_assert_cmphex(ldq_le_phys(&f.as, 0x1040), ==, 0x03020001ULL);
    g_assert_cmphex(ldq_le_phys(&f.as, 0x1048), ==, 4);
    region_free(ram);
    fixture_fini(&f);
}

static void test_rom(void)
{
    Fixture f;
    MemoryRegion rom;
    uint8_t *p;
    uint32_t v = 0x11223344;

    fixture_init(&f);
    g_assert_true(memory_region_init_rom(&rom, NULL, "rom", 0x1000,
                                         &error_abort));
    g_assert_true(memory_region_is_rom(&rom));
    g_assert_true(memory_region_is_ram(&rom));
    p = memory_region_get_ram_ptr(&rom);
    memory_region_add_subregion(&f.root, 0x1000, &rom);
    inval_count = 0;
    g_assert_cmpuint(address_space_write(&f.as, 0x1000, ATTRS, &v, 4), ==,
                     MEMTX_OK);
    g_assert_cmphex(ldl_le_phys(&f.as, 0x1000), ==, 0);
    g_assert_cmpuint(inval_count, ==, 0);
    g_assert_cmpuint(memory_region_dispatch_write(&rom, 0, 1, 1, ATTRS), ==,
                     MEMTX_OK);
    g_assert_cmphex(p[0], ==, 0);
    g_assert_cmpuint(address_space_write_rom(&f.as, 0x1000, ATTRS, &v, 4),
                     ==, MEMTX_OK);
    g_assert_cmphex(ldl_le_phys(&f.as, 0x1000), ==, 0x11223344);
    g_assert_cmpuint(inval_count, ==, 1);
    memory_region_del_subregion(&f.root, &rom);
    memory_region_finalize(&rom);
    fixture_fini(&f);
}

static void test_dma(void)
{
    Fixture f;
    MemoryRegion *ram = ram_new("ram", 0x1000, 0x11);
    MemoryRegion rom;
    uint8_t buf[0x20];
    g_autofree char *log_path = NULL;
    g_autofree char *log = NULL;

    fixture_init(&f);
    g_assert_true(memory_region_init_rom(&rom, NULL, "rom", 0x1000,
                                         &error_abort));
    memory_region_add_subregion(&f.root, 0x0, &rom);
    memory_region_add_subregion(&f.root, 0x1000, ram);
    memset(buf, 0xcc, sizeof(buf));
    log_path = g_build_filename(g_get_tmp_dir(), "test-memory-XXXXXX", NULL);
    close(g_mkstemp(log_path));
    g_assert_true(qemu_set_log_filename_flags(log_path, LOG_GUEST_ERROR,
                                              &error_abort));
    g_assert_cmpuint(dma_memory_read(&f.as, 0x1ff0, buf, 0x20, "dev"), ==,
                     MEMTX_DECODE_ERROR);
    g_assert_true(qemu_set_log_filename_flags(NULL, 0, &error_abort));
    g_assert_true(g_file_get_contents(log_path, &log, NULL, NULL));
    g_assert_cmpstr(log, ==, "dev: DMA read of 0x20 bytes at 0x1ff0 is "
                    "outside guest RAM\n");
    unlink(log_path);
    g_assert_cmphex(buf[0], ==, 0xcc);
    g_assert_cmpuint(dma_memory_read(&f.as, 0x0ff0, buf, 0x20, "dev"), ==,
                     MEMTX_OK);
    g_assert_cmphex(buf[0], ==, 0);
    g_assert_cmphex(buf[0x1f], ==, 0x11);
    /* ROM takes no DMA writes; nothing of the RAM part is written. */
    memset(buf, 0x77, sizeof(buf));
    g_assert_cmpuint(dma_memory_write(&f.as, 0x0ff0, buf, 0x20, "dev"), ==,
                     MEMTX_DECODE_ERROR);
    g_assert_cmphex(ldub_phys(&f.as, 0x1000), ==, 0x11);
    inval_count = 0;
    g_assert_cmpuint(dma_memory_write(&f.as, 0x1010, buf, 0x20, "dev"), ==,
                     MEMTX_OK);
    g_assert_cmphex(ldub_phys(&f.as, 0x102f), ==, 0x77);
    g_assert_cmpuint(inval_count, ==, 1);
    /* A length that wraps past 2^64 is refused. */
    g_assert_cmpuint(dma_memory_read(&f.as, 0x1000, buf, UINT64_MAX, "dev"),
                     ==, MEMTX_DECODE_ERROR);
    region_free(ram);
    memory_region_del_subregion(&f.root, &rom);
    memory_region_finalize(&rom);
    fixture_fini(&f);
}

static void test_ram_errors(void)
{
    MemoryRegion mr;
    Error *err = NULL;

    g_assert_false(memory_region_init_ram(&mr, NULL, "huge", UINT64_MAX / 2,
                                          &err));
    g_assert_nonnull(err);
    g_assert_true(g_str_has_prefix(error_get_pretty(err),
                                   "cannot set up guest memory 'huge': "));
    error_free(err);
    memory_region_finalize(&mr);
}

/* info mtree */

static void test_mtree(void)
{
    MemoryRegion *sys = get_system_memory();
    MemoryRegion *ram = ram_new("board.ram", 0x8000000, 0);
    MemoryRegion rom, io, alias, win;
    TestDev *d = dev_new();
    AddressSpace cpu_as;
    g_autoptr(GString) out = g_string_new("");

    g_assert_true(memory_region_init_rom(&rom, NULL, "board.mrom", 0xf000,
                                         &error_abort));
    memory_region_init_io(&io, NULL, &split_ops, d, "serial", 8);
    memory_region_init(&win, NULL, "window", 0x100000);
    memory_region_init_alias(&alias, NULL, "low-ram", ram, 0x1000, 0x1000);
    memory_region_add_subregion(sys, 0x80000000, ram);
    memory_region_add_subregion(sys, 0x10000000, &io);
    memory_region_add_subregion(sys, 0x1000, &rom);
    memory_region_add_subregion(sys, 0x20000000, &win);
    memory_region_add_subregion_overlap(&win, 0x2000, &alias, 1);
    address_space_init(&cpu_as, sys, "cpu-memory-0");
    /* Address spaces over one root share its view. */
    g_assert_true(cpu_as.current_map == address_space_memory.current_map);
    g_assert_cmpuint(cpu_as.current_map->users, ==, 2);

    mtree_info(out, false);
    g_assert_cmpstr(out->str, ==,
        "address-space: cpu-memory-0\n"
        "address-space: memory\n"
        "  0000000000000000-ffffffffffffffff (prio 0, i/o): system\n"
        "    0000000000001000-000000000000ffff (prio 0, rom): board.mrom\n"
        "    0000000010000000-0000000010000007 (prio 0, i/o): serial\n"
        "    0000000020000000-00000000200fffff (prio 0, i/o): window\n"
        "      0000000020002000-0000000020002fff (prio 1, ram): alias "
        "low-ram @board.ram 0000000000001000-0000000000001fff\n"
        "    0000000080000000-0000000087ffffff (prio 0, ram): board.ram\n"
        "\n"
        "address-space: I/O\n"
        "  0000000000000000-000000000000ffff (prio 0, i/o): io\n"
        "\n"
        "memory-region: board.ram\n"
        "  0000000080000000-0000000087ffffff (prio 0, ram): board.ram\n"
        "\n");

    g_string_truncate(out, 0);
    mtree_info(out, true);
    g_assert_cmpstr(out->str, ==,
        "FlatView #0\n"
        " AS \"cpu-memory-0\", root: system\n"
        " AS \"memory\", root: system\n"
        " Root memory region: system\n"
        "  0000000000001000-000000000000ffff (prio 0, rom): board.mrom\n"
        "  0000000010000000-0000000010000007 (prio 0, i/o): serial\n"
        "  0000000020002000-0000000020002fff (prio 0, ram): board.ram"
        " @0000000000001000\n"
        "  0000000080000000-0000000087ffffff (prio 0, ram): board.ram\n"
        "\n"
        "FlatView #1\n"
        " AS \"I/O\", root: io\n"
        " Root memory region: io\n"
        "  0000000000000000-000000000000ffff (prio 0, i/o): io\n"
        "\n");

    address_space_destroy(&cpu_as);
    memory_region_transaction_begin();
    memory_region_del_subregion(&win, &alias);
    memory_region_del_subregion(sys, &win);
    memory_region_del_subregion(sys, &io);
    memory_region_del_subregion(sys, &rom);
    memory_region_transaction_commit();
    g_string_truncate(out, 0);
    mtree_info(out, true);
    g_assert_cmpstr(out->str, ==,
        "FlatView #0\n"
        " AS \"memory\", root: system\n"
        " Root memory region: system\n"
        "  0000000080000000-0000000087ffffff (prio 0, ram): board.ram\n"
        "\n"
        "FlatView #1\n"
        " AS \"I/O\", root: io\n"
        " Root memory region: io\n"
        "  0000000000000000-000000000000ffff (prio 0, i/o): io\n"
        "\n");
    memory_region_finalize(&alias);
    memory_region_finalize(&win);
    memory_region_finalize(&io);
    memory_region_finalize(&rom);
    region_free(ram);
    g_string_truncate(out, 0);
    mtree_info(out, true);
    g_assert_cmpstr(out->str, ==,
        "FlatView #0\n"
        " AS \"memory\", root: system\n"
        " Root memory region: (none)\n"
        "  No rendered FlatView\n"
        "\n"
        "FlatView #1\n"
        " AS \"I/O\", root: io\n"
        " Root memory region: io\n"
        "  0000000000000000-000000000000ffff (prio 0, i/o): io\n"
        "\n");
    dev_free(d);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/memory/tree/priority", test_priority);
    g_test_add_func("/memory/tree/alias", test_alias);
    g_test_add_func("/memory/tree/container", test_container);
    g_test_add_func("/memory/tree/enabled", test_enabled);
    g_test_add_func("/memory/tree/transaction", test_transaction);
    g_test_add_func("/memory/tree/translate", test_translate);
    g_test_add_func("/memory/tree/view-reclaim", test_view_reclaim);
    g_test_add_func("/memory/tree/view-concurrent", test_view_concurrent);
    g_test_add_func("/memory/tree/top-of-space", test_top_of_space);
    g_test_add_func("/memory/io/split", test_io_split);
    g_test_add_func("/memory/io/widen", test_io_widen);
    g_test_add_func("/memory/io/big-endian", test_io_big_endian);
    g_test_add_func("/memory/io/valid", test_io_valid);
    g_test_add_func("/memory/io/attrs", test_io_attrs);
    g_test_add_func("/memory/io/unaligned", test_io_unaligned);
    g_test_add_func("/memory/rw/holes", test_rw_holes);
    g_test_add_func("/memory/rw/ld-st", test_ld_st);
    g_test_add_func("/memory/rw/rom", test_rom);
    g_test_add_func("/memory/rw/dma", test_dma);
    g_test_add_func("/memory/ram/errors", test_ram_errors);
    g_test_add_func("/memory/mtree", test_mtree);
    return g_test_run();
}
