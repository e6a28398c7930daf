/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * module.c: the registry behind module_init().
 *
 * Each subsystem registers its init function from a constructor, before
 * main() runs; qemu_init() later runs each type's list at the point of
 * start-up where that type of registration makes sense (option groups,
 * then QOM types, ...).  The lists are never freed: registrations live as
 * long as the process.
 */
#include "qemu/osdep.h"
#include "qemu/module.h"

typedef struct ModuleEntry {
    void (*init)(void);
    struct ModuleEntry *next;
} ModuleEntry;

typedef struct ModuleTypeList {
    ModuleEntry *head;
    ModuleEntry *tail;
    ModuleEntry *last_run;      /* NULL until module_call_init ran one */
} ModuleTypeList;

static ModuleTypeList module_lists[MODULE_INIT_MAX];

static ModuleTypeList *module_list(module_init_type type)
{
    assert((unsigned int)type < MODULE_INIT_MAX);
    return &module_lists[type];
}

void register_module_init(void (*fn)(void), module_init_type type)
{
    ModuleTypeList *l = module_list(type);
    ModuleEntry *e = g_new0(ModuleEntry, 1);

    e->init = fn;
    if (l->tail) {
        l->tail->next = e;
    } else {
        l->head = e;
    }
    l->tail = e;
}

void module_call_init(module_init_type type)
{
    ModuleTypeList *l = module_list(type);
    ModuleEntry *e = l->last_run ? l->last_run->next : l->head;

    /*
     * Mark each entry as run before calling it, so that an init function
     * that registers more functions of this type, or calls us again,
     * never makes an entry run twice.
     */
    for (; e; e = e->next) {
        l->last_run = e;
        e->init();
    }
}
