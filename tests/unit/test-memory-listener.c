/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for MemoryListeners (system/memory-listener.c): the ranges
 * reported at registration, the deletions and additions when a view
 * changes (a region mapped, overlaid, moved, unmapped), read-only ROM,
 * a transaction reporting once, other address spaces left alone, and
 * no calls after unregistering.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "exec/memory.h"

/* A listener that logs "+name@start/size/offset" and "-..." calls. */
typedef struct LogListener {
    MemoryListener listener;
    GString *log;
} LogListener;

static void log_section(MemoryListener *l, char sign,
                        MemoryRegionSection *s)
{
    LogListener *ll = container_of(l, LogListener, listener);

    g_string_append_printf(ll->log, "%c%s%s@%" PRIx64 "/%" PRIx64 "/%"
                           PRIx64 " ", sign, s->readonly ? "ro:" : "",
                           memory_region_name(s->mr),
                           s->offset_within_address_space, s->size,
                           s->offset_within_region);
}

static void log_add(MemoryListener *l, MemoryRegionSection *s)
{
    log_section(l, '+', s);
}

static void log_del(MemoryListener *l, MemoryRegionSection *s)
{
    log_section(l, '-', s);
}

static void log_init(LogListener *ll)
{
    ll->listener = (MemoryListener) {
        .region_add = log_add,
        .region_del = log_del,
        .name = "test",
    };
    ll->log = g_string_new(NULL);
}

/* The log so far, which is then cleared. */
static char *log_take(LogListener *ll)
{
    char *s = g_strdup(ll->log->str);

    g_string_truncate(ll->log, 0);
    return s;
}

#define assert_log(ll, want) do {                                       \
        g_autofree char *got_ = log_take(ll);                           \
        g_assert_cmpstr(got_, ==, want);                                \
    } while (0)

static void test_changes(void)
{
    MemoryRegion root, ram, rom, alias;
    AddressSpace as;
    LogListener ll;

    memory_region_init(&root, NULL, "root", 1ULL << 32);
    memory_region_init_ram(&ram, NULL, "ram", 0x10000, &error_abort);
    memory_region_init_rom(&rom, NULL, "rom", 0x1000, &error_abort);
    memory_region_init_alias(&alias, NULL, "alias", &ram, 0x8000, 0x8000);
    memory_region_add_subregion(&root, 0x100000, &ram);
    address_space_init(&as, &root, "test");
    log_init(&ll);

    memory_listener_register(&ll.listener, &as);
    assert_log(&ll, "+ram@100000/10000/0 ");

    /* A ROM over the middle of the RAM splits it in three. */
    memory_region_add_subregion_overlap(&root, 0x104000, &rom, 1);
    assert_log(&ll, "-ram@100000/10000/0 +ram@100000/4000/0 "
               "+ro:rom@104000/1000/0 +ram@105000/b000/5000 ");

    /* An alias reports the region it shows, at its offset. */
    memory_region_add_subregion(&root, 0x200000, &alias);
    assert_log(&ll, "+ram@200000/8000/8000 ");
    memory_region_set_address(&alias, 0x300000);
    assert_log(&ll, "-ram@200000/8000/8000 +ram@300000/8000/8000 ");

    /* A transaction reports once, at its commit. */
    memory_region_transaction_begin();
    memory_region_del_subregion(&root, &rom);
    memory_region_del_subregion(&root, &alias);
    assert_log(&ll, "");
    memory_region_transaction_commit();
    assert_log(&ll, "-ram@100000/4000/0 -ro:rom@104000/1000/0 "
               "-ram@105000/b000/5000 -ram@300000/8000/8000 "
               "+ram@100000/10000/0 ");

    /* Disabling is unmapping; no change, no call. */
    memory_region_set_enabled(&ram, false);
    assert_log(&ll, "-ram@100000/10000/0 ");
    memory_region_set_enabled(&ram, false);
    assert_log(&ll, "");

    memory_listener_unregister(&ll.listener);
    memory_region_set_enabled(&ram, true);
    assert_log(&ll, "");
    g_assert_null(ll.listener.address_space);

    memory_region_del_subregion(&root, &ram);
    address_space_destroy(&as);
    memory_region_finalize(&alias);
    memory_region_finalize(&rom);
    memory_region_finalize(&ram);
    memory_region_finalize(&root);
    g_string_free(ll.log, true);
}

/* A listener hears only its own address space. */
static void test_other_space(void)
{
    MemoryRegion root1, root2, ram;
    AddressSpace as1, as2;
    LogListener ll;

    memory_region_init(&root1, NULL, "root1", 1ULL << 32);
    memory_region_init(&root2, NULL, "root2", 1ULL << 32);
    memory_region_init_ram(&ram, NULL, "ram", 0x1000, &error_abort);
    address_space_init(&as1, &root1, "as1");
    address_space_init(&as2, &root2, "as2");
    log_init(&ll);
    memory_listener_register(&ll.listener, &as1);
    assert_log(&ll, "");

    memory_region_add_subregion(&root2, 0, &ram);
    assert_log(&ll, "");
    memory_region_del_subregion(&root2, &ram);
    memory_region_add_subregion(&root1, 0x2000, &ram);
    assert_log(&ll, "+ram@2000/1000/0 ");

    /* Destroying the space reports its ranges as gone. */
    address_space_destroy(&as1);
    assert_log(&ll, "-ram@2000/1000/0 ");
    memory_listener_unregister(&ll.listener);

    memory_region_del_subregion(&root1, &ram);
    address_space_destroy(&as2);
    memory_region_finalize(&ram);
    memory_region_finalize(&root2);
    memory_region_finalize(&root1);
    g_string_free(ll.log, true);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/memory/listener/changes", test_changes);
    g_test_add_func("/memory/listener/other-space", test_other_space);
    return g_test_run();
}
