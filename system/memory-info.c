/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * memory-info.c: the text of HMP's `info mtree` (and `info mtree -f`),
 * in QEMU's layout: each address space's region tree, then the regions
 * that aliases point into, or each flat view with its ranges.
 */
#include "qemu/osdep.h"
#include "qemu/accel.h"
#include "hw/boards.h"
#include "system/memory-internal.h"

#define MTREE_RANGE_FMT "%016" PRIx64 "-%016" PRIx64

/* The type word of a region: an alias shows what it points to. */
static const char *mtree_kind_name(const MemoryRegion *mr)
{
    while (mr->kind == MR_ALIAS) {
        mr = mr->alias;
    }
    switch (mr->kind) {
    case MR_RAM:
        return "ram";
    case MR_ROM:
        return "rom";
    default:
        return "i/o";
    }
}

/* Does @a print before @b?  By address, then higher priority first. */
static bool mtree_sorts_before(const MemoryRegion *a, const MemoryRegion *b)
{
    return a->addr < b->addr ||
           (a->addr == b->addr && a->priority > b->priority);
}

/* The enabled subregions of @mr in printing order (a stable sort). */
static GPtrArray *mtree_children(const MemoryRegion *mr)
{
    GPtrArray *list = g_ptr_array_new();
    unsigned i, j;

    for (i = 0; i < mr->nr_subregions; i++) {
        MemoryRegion *sub = mr->subregions[i];

        if (!sub->enabled) {
            continue;
        }
        for (j = list->len; j > 0; j--) {
            if (!mtree_sorts_before(sub, g_ptr_array_index(list, j - 1))) {
                break;
            }
        }
        g_ptr_array_insert(list, j, sub);
    }
    return list;
}

static void mtree_queue_alias(GPtrArray *aliased, MemoryRegion *mr)
{
    if (!g_ptr_array_find(aliased, mr, NULL)) {
        g_ptr_array_add(aliased, mr);
    }
}

static void mtree_print_mr(GString *out, const MemoryRegion *mr,
                           unsigned level, hwaddr base, GPtrArray *aliased)
{
    hwaddr start = base + mr->addr;
    hwaddr end = mr->size ? start + memory_region_last(mr->size) : start;
    g_autoptr(GPtrArray) children = NULL;
    unsigned i;

    g_string_append_printf(out, "%*s" MTREE_RANGE_FMT " (prio %d, %s): ",
                           level * 2, "", start, end, mr->priority,
                           mtree_kind_name(mr));
    if (mr->kind == MR_ALIAS) {
        g_string_append_printf(out, "alias %s @%s " MTREE_RANGE_FMT "\n",
                               mr->name, mr->alias->name, mr->alias_offset,
                               mr->alias_offset +
                               memory_region_last(mr->size));
        mtree_queue_alias(aliased, mr->alias);
        return;
    }
    g_string_append_printf(out, "%s\n", mr->name);
    children = mtree_children(mr);
    for (i = 0; i < children->len; i++) {
        mtree_print_mr(out, g_ptr_array_index(children, i), level + 1, start,
                       aliased);
    }
}

static gint mtree_compare_as_names(gconstpointer a, gconstpointer b)
{
    const AddressSpace *as_a = *(AddressSpace * const *)a;
    const AddressSpace *as_b = *(AddressSpace * const *)b;

    return strcmp(as_a->name, as_b->name);
}

/* The address spaces sharing @root, by name. */
static GPtrArray *mtree_spaces_of_root(MemoryRegion *root)
{
    GPtrArray *list = g_ptr_array_new();
    AddressSpace *as;
    unsigned i;

    for (i = 0; (as = address_space_nth(i)); i++) {
        if (as->root == root) {
            g_ptr_array_add(list, as);
        }
    }
    g_ptr_array_sort(list, mtree_compare_as_names);
    return list;
}

/* Whether an address space before the @n-th has the same root. */
static bool mtree_root_seen(unsigned n)
{
    AddressSpace *as = address_space_nth(n);
    unsigned i;

    for (i = 0; i < n; i++) {
        if (address_space_nth(i)->root == as->root) {
            return true;
        }
    }
    return false;
}

static void mtree_print_tree(GString *out)
{
    g_autoptr(GPtrArray) aliased = g_ptr_array_new();
    AddressSpace *as;
    unsigned i, j;

    for (i = 0; (as = address_space_nth(i)); i++) {
        g_autoptr(GPtrArray) spaces = NULL;

        if (mtree_root_seen(i)) {
            continue;
        }
        spaces = mtree_spaces_of_root(as->root);
        for (j = 0; j < spaces->len; j++) {
            g_string_append_printf(out, "address-space: %s\n",
                ((AddressSpace *)g_ptr_array_index(spaces, j))->name);
        }
        if (as->root) {
            mtree_print_mr(out, as->root, 1, 0, aliased);
        }
        g_string_append(out, "\n");
    }
    /* The list grows while it is printed: aliases of aliased regions. */
    for (i = 0; i < aliased->len; i++) {
        MemoryRegion *mr = g_ptr_array_index(aliased, i);

        g_string_append_printf(out, "memory-region: %s\n", mr->name);
        mtree_print_mr(out, mr, 1, 0, aliased);
        g_string_append(out, "\n");
    }
}

/* " KVM" after a range the accelerator maps for one of @spaces. */
static void mtree_print_accel(GString *out, const FlatRange *fr,
                              GPtrArray *spaces)
{
    AccelClass *ac = current_machine && current_machine->accelerator ?
                     ACCEL_GET_CLASS(current_machine->accelerator) : NULL;
    unsigned i;

    for (i = 0; ac && ac->has_memory && i < spaces->len; i++) {
        if (ac->has_memory(current_machine, g_ptr_array_index(spaces, i),
                           fr->start, fr->last - fr->start + 1)) {
            g_string_append_printf(out, " %s", ac->name);
        }
    }
}

static void mtree_print_ranges(GString *out, const FlatView *fv,
                               GPtrArray *spaces)
{
    unsigned i;

    if (!fv || !fv->nr) {
        g_string_append(out, "  No rendered FlatView\n\n");
        return;
    }
    for (i = 0; i < fv->nr; i++) {
        const FlatRange *fr = &fv->ranges[i];

        g_string_append_printf(out, "  " MTREE_RANGE_FMT " (prio %d, %s): %s",
                               fr->start, fr->last, fr->mr->priority,
                               mtree_kind_name(fr->mr), fr->mr->name);
        if (fr->offset) {
            g_string_append_printf(out, " @%016" PRIx64, fr->offset);
        }
        mtree_print_accel(out, fr, spaces);
        g_string_append(out, "\n");
    }
    g_string_append(out, "\n");
}

static void mtree_print_flatviews(GString *out)
{
    AddressSpace *as;
    unsigned i, j, counter = 0;

    for (i = 0; (as = address_space_nth(i)); i++) {
        g_autoptr(GPtrArray) spaces = NULL;
        FlatView *fv = address_space_get_flatview(as);

        if (mtree_root_seen(i)) {
            continue;
        }
        g_string_append_printf(out, "FlatView #%u\n", counter++);
        spaces = mtree_spaces_of_root(as->root);
        for (j = 0; j < spaces->len; j++) {
            AddressSpace *s = g_ptr_array_index(spaces, j);

            g_string_append_printf(out, " AS \"%s\", root: %s", s->name,
                                   s->root ? s->root->name : "(none)");
            if (s->root && s->root->kind == MR_ALIAS) {
                g_string_append_printf(out, ", alias %s",
                                       s->root->alias->name);
            }
            g_string_append(out, "\n");
        }
        g_string_append_printf(out, " Root memory region: %s\n",
                               fv && fv->nr ? as->root->name : "(none)");
        mtree_print_ranges(out, fv, spaces);
    }
}

void mtree_info(GString *out, bool flatview)
{
    get_system_memory();    /* the machine's spaces exist, even if empty */
    if (flatview) {
        mtree_print_flatviews(out);
    } else {
        mtree_print_tree(out);
    }
}
