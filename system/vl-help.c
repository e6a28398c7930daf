/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl-help.c: the help listings of -machine help, -accel help, -cpu help,
 * -device help, -device DRIVER,help and -display help, in QEMU 8.2's
 * layout.  Each lists the QOM classes registered for this target, so a
 * listing grows as machines, accelerators, CPUs and devices arrive.
 */
#include "qemu/osdep.h"
#include "qemu/error-report.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qom/object.h"
#include "qom/object_interfaces.h"
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

void machine_help_func(const QDict *qdict)
{
    const char *type = qdict_get_try_str(qdict, "type");
    GSList *names, *el;

    if (type && !is_help_option(type)) {
        g_autofree char *typename = g_strconcat(type, "-machine", NULL);

        if (type_print_class_properties(typename)) {
            return;
        }
        /* As in QEMU: an unknown type gets the list of machines. */
    }
    printf("Supported machines are:\n");
    names = class_names_with_suffix("machine", "-machine");
    for (el = names; el; el = el->next) {
        printf("%s\n", (char *)el->data);
    }
    g_slist_free_full(names, g_free);
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
    GSList *names = class_names_with_suffix("cpu", "-cpu");
    GSList *el;

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
    if (!type_print_class_properties(driver)) {
        error_report("Device '%s' not found", driver);
    }
    return 1;
}
