/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * object-globals.c: global and compat properties.
 *
 * A GlobalProperty sets a property on every new object of a type: the
 * accelerator's and the machine's compat properties, "sugar" properties
 * of legacy options (-mem-prealloc ...) and -global.  They are applied in
 * that order, so the user's -global wins, at the end of each object's
 * creation.  Messages follow QEMU 8.2.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qom/object.h"

enum {
    COMPAT_ACCEL,
    COMPAT_MACHINE,
    COMPAT_SUGAR,
    COMPAT_GLOBAL,      /* -global */
    COMPAT__MAX,
};

static GPtrArray *object_compat_props[COMPAT__MAX];

bool object_apply_global_props(Object *obj, const GPtrArray *props,
                               Error **errp)
{
    guint i;

    if (!props) {
        return true;
    }
    for (i = 0; i < props->len; i++) {
        GlobalProperty *p = g_ptr_array_index(props, i);
        Error *err = NULL;

        if (!object_dynamic_cast(obj, p->driver)) {
            continue;
        }
        if (p->optional && !object_property_find(obj, p->property)) {
            continue;
        }
        p->used = true;
        if (object_property_parse(obj, p->property, p->value, &err)) {
            continue;
        }
        error_prepend(&err, "can't apply global %s.%s=%s: ",
                      p->driver, p->property, p->value);
        if (errp) {
            error_propagate(errp, err);
            return false;
        }
        /* Without @errp: warn and go on with the others. */
        warn_report_err(err);
    }
    return true;
}

void object_set_machine_compat_props(GPtrArray *compat_props)
{
    assert(!object_compat_props[COMPAT_MACHINE]);
    object_compat_props[COMPAT_MACHINE] = compat_props;
}

void object_set_accelerator_compat_props(GPtrArray *compat_props)
{
    assert(!object_compat_props[COMPAT_ACCEL]);
    object_compat_props[COMPAT_ACCEL] = compat_props;
}

static void object_compat_add(int slot, GlobalProperty *prop)
{
    if (!object_compat_props[slot]) {
        object_compat_props[slot] = g_ptr_array_new();
    }
    g_ptr_array_add(object_compat_props[slot], prop);
}

static GlobalProperty *global_property_new(const char *driver,
                                           const char *property,
                                           const char *value, bool optional)
{
    GlobalProperty *g = g_new0(GlobalProperty, 1);

    g->driver = g_strdup(driver);
    g->property = g_strdup(property);
    g->value = g_strdup(value);
    g->optional = optional;
    return g;
}

void object_register_sugar_prop(const char *driver, const char *prop,
                                const char *value, bool optional)
{
    object_compat_add(COMPAT_SUGAR,
                      global_property_new(driver, prop, value, optional));
}

void object_prop_register_global(GlobalProperty *prop)
{
    object_compat_add(COMPAT_GLOBAL, prop);
}

void object_register_global(const char *driver, const char *property,
                            const char *value)
{
    object_prop_register_global(global_property_new(driver, property,
                                                    value, false));
}

void object_apply_compat_props(Object *obj)
{
    int i;

    for (i = 0; i < COMPAT__MAX; i++) {
        /* Built-in defaults must apply: a failure is our bug. */
        object_apply_global_props(obj, object_compat_props[i],
                                  i < COMPAT_SUGAR ? &error_abort
                                                   : &error_fatal);
    }
}

int object_prop_check_globals(void)
{
    GPtrArray *props = object_compat_props[COMPAT_GLOBAL];
    int ret = 0;
    guint i;

    for (i = 0; props && i < props->len; i++) {
        GlobalProperty *p = g_ptr_array_index(props, i);

        if (p->used) {
            continue;
        }
        if (!object_class_by_name(p->driver)) {
            warn_report("global %s.%s has invalid class name",
                        p->driver, p->property);
        } else {
            warn_report("global %s.%s=%s not used",
                        p->driver, p->property, p->value);
        }
        ret = 1;
    }
    return ret;
}
