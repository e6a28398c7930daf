/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl-help.c: the help listings of -machine help, -accel help, -cpu help,
 * -device help, -device DRIVER,help and -display help, in QEMU 8.2's
 * layout.  Each lists the QOM classes registered for this target, so a
 * listing grows as machines, accelerators, CPUs and devices arrive.
 */
#include "qemu/osdep.h"
#include "monitor/qdev.h"
#include "hw/core/cpu.h"
#include "sysemu/arch_init.h"
#include "qemu/error-report.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qom/object.h"
#include "qom/object_interfaces.h"
#include "hw/boards.h"
#include "sysemu/vl.h"

/* The class names of @parent's concrete subclasses, sorted. */
static GSList *class_names_with_suffix(const char *parent,
                                       const char *suffix)
{
    GSList *classes = object_class_get_list_sorted(parent, false);
    GSList *names = NULL, *el;

    for (el = classes; el; el = el->next) {
        const char *name = object_class_get_name(el->data);

        if (g_str_has_suffix(name, suffix)) {
            names = g_slist_append(names,
                                   g_strndup(name, strlen(name) -
                                             strlen(suffix)));
        }
    }
    g_slist_free(classes);
    return names;
}

/*
 * QEMU's order: machines of a family first (families alphabetically,
 * newest version first within one), then the others by name.
 */
static gint machine_class_cmp(gconstpointer a, gconstpointer b)
{
    const MachineClass *mc1 = a, *mc2 = b;
    int res;

    if (!mc1->family || !mc2->family) {
        if (mc1->family || mc2->family) {
            return mc1->family ? -1 : 1;
        }
        return strcmp(mc1->name, mc2->name);
    }
    res = strcmp(mc1->family, mc2->family);
    return res ? res : strcmp(mc2->name, mc1->name);
}

void machine_help_func(const QDict *qdict)
{
    const char *type = qdict_get_try_str(qdict, "type");
    MachineClass *mc = type ? machine_class_find(type) : NULL;
    GSList *machines, *el;

    if (mc) {
        type_print_class_properties(object_class_get_name(OBJECT_CLASS(mc)));
        return;
    }
    printf("Supported machines are:\n");
    machines = object_class_get_list(TYPE_MACHINE, false);
    machines = g_slist_sort(machines, machine_class_cmp);
    for (el = machines; el; el = el->next) {
        mc = el->data;
        if (mc->alias) {
            printf("%-20s %s (alias of %s)\n", mc->alias, mc->desc,
                   mc->name);
        }
        printf("%-20s %s%s%s\n", mc->name, mc->desc,
               mc->is_default ? " (default)" : "",
               mc->deprecation_reason ? " (deprecated)" : "");
    }
    g_slist_free(machines);
}

void accel_help_func(void)
{
    GSList *names = class_names_with_suffix("accel", "-accel");
    GSList *el;

    printf("Accelerators supported in QEMU binary:\n");
    for (el = names; el; el = el->next) {
        /* qtest is for tests only and not listed */
        if (strcmp(el->data, "qtest") != 0) {
            printf("%s\n", (char *)el->data);
        }
    }
    g_slist_free_full(names, g_free);
}

void list_cpus(void)
{
    ObjectClass *base = object_class_by_name(cpu_resolving_type);
    GSList *names;
    GSList *el;

    if (base && object_class_dynamic_cast(base, TYPE_CPU) &&
        CPU_CLASS(base)->list_models) {
        CPU_CLASS(base)->list_models();
        return;
    }
    names = class_names_with_suffix("cpu", "-cpu");
    printf("Available CPUs:\n");
    for (el = names; el; el = el->next) {
        printf("  %s\n", (char *)el->data);
    }
    g_slist_free_full(names, g_free);
}

void display_help_func(void)
{
    printf("Available display backend types:\n"
           "none\n");
}

/*
 * qemu_opts_foreach callback for -device: "help" lists the device types,
 * "DRIVER,help" the properties of DRIVER.  Returns 1 when help was
 * asked for, so qemu_init exits with 0 (as QEMU does even when DRIVER
 * does not exist).
 */
int device_help_func(void *opaque, QemuOpts *opts, Error **errp)
{
    const char *driver = qemu_opt_get(opts, "driver");
    GSList *classes, *el;

    if (driver && is_help_option(driver)) {
        classes = object_class_get_list_sorted("device", false);
        for (el = classes; el; el = el->next) {
            printf("name \"%s\"\n", object_class_get_name(el->data));
        }
        g_slist_free(classes);
        return 1;
    }
    if (!driver || !qemu_opt_has_help_opt(opts)) {
        return 0;
    }
    qdev_device_help_props(driver);
    return 1;
}
