/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl-machine.c: the steps of qemu_init that create the machine, as QEMU
 * 8.2's system/vl.c runs them: -m turned into the "memory" machine
 * property (parse_memory_options), the machine class chosen and
 * instantiated at /machine (qemu_create_machine), the -machine keys that
 * are no machine properties taken out (qemu_apply_legacy_machine_options),
 * the rest set as properties (qemu_apply_machine_options), and later the
 * RAM backend resolved (qemu_resolve_machine_memdev).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/keyval.h"
#include "qemu/config-file.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qom/object.h"
#include "qom/object_interfaces.h"
#include "hw/boards.h"
#include "sysemu/qtest.h"
#include "sysemu/vl.h"

/* -M memory.size or -m size given: a -machine memory-backend keeps it. */
static bool have_custom_ram_size;

void parse_memory_options(void)
{
    QemuOpts *opts = qemu_opts_find(qemu_find_opts("memory"), NULL);
    g_autoptr(QDict) dict = qdict_new();
    QDict *prop = qdict_new();
    const char *str;
    Location loc;

    loc_push_none(&loc);
    if (opts) {
        qemu_opts_loc_restore(opts);
    }
    if (qemu_opt_get_size(opts, "size", 0) != 0) {
        str = qemu_opt_get(opts, "size");
        /* A number without suffix is in MiB. */
        if (g_ascii_isdigit(str[strlen(str) - 1])) {
            g_autofree char *mib = g_strdup_printf("%sM", str);

            qdict_put_str(prop, "size", mib);
        } else {
            qdict_put_str(prop, "size", str);
        }
    }
    if (qemu_opt_get(opts, "maxmem")) {
        qdict_put_str(prop, "max-size", qemu_opt_get(opts, "maxmem"));
    }
    if (qemu_opt_get(opts, "slots")) {
        qdict_put_str(prop, "slots", qemu_opt_get(opts, "slots"));
    }
    qdict_put(dict, "memory", prop);
    keyval_merge(vl.machine_opts_dict, dict, &error_fatal);
    loc_pop(&loc);
}

/* "type" from @qdict (removed from it), else the target's default. */
static MachineClass *select_machine(QDict *qdict, Error **errp)
{
    ERRP_GUARD();
    const char *type = qdict_get_try_str(qdict, "type");
    MachineClass *mc;

    if (type) {
        mc = machine_class_find(type);
        if (!mc) {
            error_setg(errp, "unsupported machine type: \"%s\"", type);
        }
        qdict_del(qdict, "type");
    } else {
        mc = machine_class_find_default();
        if (!mc) {
            error_setg(errp, "No machine specified, and there is no "
                       "default");
        }
    }
    if (!mc) {
        error_append_hint(errp, "Use -machine help to list supported "
                          "machines\n");
    }
    return mc;
}

void qemu_create_machine(QDict *qdict)
{
    MachineClass *mc = select_machine(qdict, &error_fatal);

    object_set_machine_compat_props(mc->compat_props);
    current_machine = MACHINE(object_new_with_class(OBJECT_CLASS(mc)));
    object_property_add_child(object_get_root(), "machine",
                              OBJECT(current_machine));
    container_get(OBJECT(current_machine), "/unattached");
    if (mc->default_machine_opts) {
        QDict *opts = keyval_parse(mc->default_machine_opts, NULL, NULL,
                                   &error_abort);

        qemu_apply_legacy_machine_options(opts);
        object_set_properties_from_keyval(OBJECT(current_machine), opts,
                                          false, &error_abort);
        qobject_unref(opts);
    }
}

/* Keys with '_' become '-' (kernel_irqchip is kernel-irqchip). */
static void keyval_dashify(QDict *qdict, Error **errp)
{
    const QDictEntry *e, *next;

    for (e = qdict_first(qdict); e; e = next) {
        g_autofree char *key = g_strdup(qdict_entry_key(e));

        next = qdict_next(qdict, e);
        if (!strchr(key, '_')) {
            continue;
        }
        g_strdelimit(key, "_", '-');
        if (qdict_haskey(qdict, key)) {
            error_setg(errp, "Conflict between '%s' and '%s'",
                       qdict_entry_key(e), key);
            return;
        }
        qdict_put_obj(qdict, key, qobject_ref(qdict_entry_value(e)));
        qdict_del(qdict, qdict_entry_key(e));
    }
}

/* A -machine key that is a property of accelerator @accel. */
static void machine_opt_to_accel(QDict *qdict, const char *key,
                                 const char *const *accels)
{
    const char *value = qdict_get_try_str(qdict, key);

    if (!value) {
        return;
    }
    for (; *accels; accels++) {
        g_autofree char *type = g_strconcat(*accels, "-accel", NULL);

        object_register_sugar_prop(type, key, value, false);
    }
    qdict_del(qdict, key);
}

void qemu_apply_legacy_machine_options(QDict *qdict)
{
    const char *value;
    QObject *prop;

    keyval_dashify(qdict, &error_fatal);
    value = qdict_get_try_str(qdict, "accel");
    if (value) {
        g_free(current_machine->accel);
        current_machine->accel = g_strdup(value);
        qdict_del(qdict, "accel");
    }
    machine_opt_to_accel(qdict, "igd-passthru",
                         (const char *const[]) { "xen", NULL });
    machine_opt_to_accel(qdict, "kvm-shadow-mem",
                         (const char *const[]) { "kvm", NULL });
    machine_opt_to_accel(qdict, "kernel-irqchip",
                         (const char *const[]) { "kvm", "whpx", NULL });
    value = qdict_get_try_str(qdict, "memory-backend");
    if (value) {
        if (vl.mem_path) {
            error_report("'-mem-path' can't be used together with"
                         "'-machine memory-backend'");
            exit(1);
        }
        /* Resolved once the backends exist. */
        g_free(current_machine->ram_memdev_id);
        current_machine->ram_memdev_id = g_strdup(value);
        qdict_del(qdict, "memory-backend");
    }
    prop = qdict_get(qdict, "memory");
    if (prop) {
        have_custom_ram_size = qobject_type(prop) == QTYPE_QDICT &&
            qdict_haskey(qobject_to(QDict, prop), "size");
    }
}

void qemu_apply_machine_options(QDict *qdict)
{
    object_set_properties_from_keyval(OBJECT(current_machine), qdict, false,
                                      &error_fatal);
}

void qemu_warn_deprecated_machine(void)
{
    MachineClass *mc = MACHINE_GET_CLASS(current_machine);

    /* Tests run deprecated machines on purpose: no warning under qtest. */
    if (!qtest_enabled() && mc->deprecation_reason) {
        warn_report("Machine type '%s' is deprecated: %s", mc->name,
                    mc->deprecation_reason);
    }
}

void qemu_resolve_machine_memdev(void)
{
    const char *id = current_machine->ram_memdev_id;
    Object *backend;

    if (!id) {
        return;
    }
    backend = object_resolve_path_type(id, "memory-backend", NULL);
    if (!backend) {
        error_report("Memory backend '%s' not found", id);
        exit(1);
    }
    if (!have_custom_ram_size) {
        current_machine->ram_size =
            object_property_get_uint(backend, "size", &error_abort);
    }
    object_property_set_link(OBJECT(current_machine), "memory-backend",
                             backend, &error_fatal);
}
