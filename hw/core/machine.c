/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * machine.c: TYPE_MACHINE, the abstract base of every board, with the
 * generic properties QEMU 8.2's machines share (kernel, initrd, append,
 * dtb, firmware, memory, smp, boot, ...) and their checks and messages.
 *
 * Struct-valued properties (smp, memory, boot) take a QDict: from -smp,
 * -m and -boot, or from dotted -machine keys (smp.cpus=2).  Their members
 * are read in QEMU's schema order and unknown members are refused the way
 * QEMU's QAPI input visitor refuses them.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qobject/qbool.h"
#include "qobject/qdict.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"
#include "qom/object_interfaces.h"
#include "qom/qom-qobject.h"
#include "hw/boards.h"
#include "sysemu/hostmem.h"
#include "sysemu/numa.h"
#include "sysemu/qtest.h"

MachineState *current_machine;

static const char *const OnOffAuto_names[] = {
    [ON_OFF_AUTO_AUTO] = "auto",
    [ON_OFF_AUTO_ON] = "on",
    [ON_OFF_AUTO_OFF] = "off",
};

const QEnumLookup OnOffAuto_lookup = {
    .array = OnOffAuto_names,
    .size = ON_OFF_AUTO__MAX,
};

/* ---- String and bool fields, by offset ---- */

#define MACHINE_FIELD(ms, offset, type) \
    ((type *)((char *)(ms) + GPOINTER_TO_SIZE(offset)))

static void machine_get_str_field(Object *obj, const char *name,
                                  QObject **value, void *opaque,
                                  Error **errp)
{
    char *str = *MACHINE_FIELD(obj, opaque, char *);

    *value = QOBJECT(qstring_from_str(str ? str : ""));
}

static void machine_set_str_field(Object *obj, const char *name,
                                  QObject **value, void *opaque,
                                  Error **errp)
{
    char **field = MACHINE_FIELD(obj, opaque, char *);
    char *str;

    if (qom_input_str(name, *value, &str, errp)) {
        g_free(*field);
        *field = str;
    }
}

static void machine_get_bool_field(Object *obj, const char *name,
                                   QObject **value, void *opaque,
                                   Error **errp)
{
    *value = QOBJECT(qbool_from_bool(*MACHINE_FIELD(obj, opaque, bool)));
}

static void machine_set_bool_field(Object *obj, const char *name,
                                   QObject **value, void *opaque,
                                   Error **errp)
{
    qom_input_bool(name, *value, MACHINE_FIELD(obj, opaque, bool), errp);
}

static void machine_add_str(ObjectClass *oc, const char *name, size_t offset,
                            const char *desc)
{
    object_class_property_add(oc, name, "string", machine_get_str_field,
                              machine_set_str_field, NULL,
                              GSIZE_TO_POINTER(offset));
    object_class_property_set_description(oc, name, desc);
}

static void machine_add_bool(ObjectClass *oc, const char *name, size_t offset,
                             const char *desc)
{
    object_class_property_add(oc, name, "bool", machine_get_bool_field,
                              machine_set_bool_field, NULL,
                              GSIZE_TO_POINTER(offset));
    object_class_property_set_description(oc, name, desc);
}

static void machine_get_on_off_auto(Object *obj, const char *name,
                                    QObject **value, void *opaque,
                                    Error **errp)
{
    int v = *MACHINE_FIELD(obj, opaque, OnOffAuto);

    *value = QOBJECT(qstring_from_str(qapi_enum_lookup(&OnOffAuto_lookup,
                                                       v)));
}

static void machine_set_on_off_auto(Object *obj, const char *name,
                                    QObject **value, void *opaque,
                                    Error **errp)
{
    int v;

    if (qom_input_enum(name, *value, &OnOffAuto_lookup, &v, errp)) {
        *MACHINE_FIELD(obj, opaque, OnOffAuto) = v;
    }
}

void machine_class_add_on_off_auto(ObjectClass *oc, const char *name,
                                   size_t offset, const char *desc)
{
    object_class_property_add(oc, name, "OnOffAuto", machine_get_on_off_auto,
                              machine_set_on_off_auto, NULL,
                              GSIZE_TO_POINTER(offset));
    object_class_property_set_description(oc, name, desc);
}

/* ---- Members of struct-valued properties ---- */

/* @in as the dict of struct property @prop. */
static QDict *machine_input_struct(const char *prop, QObject *in,
                                   Error **errp)
{
    QDict *dict = qobject_to(QDict, in);

    if (!dict) {
        error_setg(errp, "Invalid parameter type for '%s', expected: object",
                   prop);
    }
    return dict;
}

/* Refuse members of @dict not in @members (after reading the others). */
static bool machine_input_struct_end(const char *prop, const QDict *dict,
                                     const char *const *members,
                                     Error **errp)
{
    const QDictEntry *e;

    for (e = qdict_first(dict); e; e = qdict_next(dict, e)) {
        if (!g_strv_contains(members, qdict_entry_key(e))) {
            error_setg(errp, "Parameter '%s.%s' is unexpected", prop,
                       qdict_entry_key(e));
            return false;
        }
    }
    return true;
}

typedef enum MemberKind {
    MEMBER_INT,
    MEMBER_UINT,
    MEMBER_SIZE,
    MEMBER_BOOL,
    MEMBER_STR,
} MemberKind;

/*
 * Read member @member of @dict into @val (int64_t, uint64_t, bool or
 * char *, as @kind says); *@has tells whether it was there.
 */
static bool machine_input_member(const char *prop, const QDict *dict,
                                 const char *member, MemberKind kind,
                                 bool *has, void *val, Error **errp)
{
    QObject *in = qdict_get(dict, member);
    g_autofree char *name = g_strdup_printf("%s.%s", prop, member);

    *has = in != NULL;
    if (!in) {
        return true;
    }
    switch (kind) {
    case MEMBER_INT:
        return qom_input_int(name, in, val, errp);
    case MEMBER_UINT:
        return qom_input_uint(name, in, val, errp);
    case MEMBER_SIZE:
        return qom_input_size(name, in, val, errp);
    case MEMBER_BOOL:
        return qom_input_bool(name, in, val, errp);
    default:
        return qom_input_str(name, in, val, errp);
    }
}

/* ---- smp ---- */

static const char *const smp_members[] = {
    "cpus", "drawers", "books", "sockets", "dies", "clusters", "cores",
    "threads", "maxcpus", NULL
};

static bool smp_config_input(const char *prop, QObject *in,
                             SMPConfiguration *config, Error **errp)
{
    bool *has[] = {
        &config->has_cpus, &config->has_drawers, &config->has_books,
        &config->has_sockets, &config->has_dies, &config->has_clusters,
        &config->has_cores, &config->has_threads, &config->has_maxcpus,
    };
    int64_t *val[] = {
        &config->cpus, &config->drawers, &config->books, &config->sockets,
        &config->dies, &config->clusters, &config->cores, &config->threads,
        &config->maxcpus,
    };
    QDict *dict = machine_input_struct(prop, in, errp);
    size_t i;

    if (!dict) {
        return false;
    }
    for (i = 0; i < ARRAY_SIZE(has); i++) {
        if (!machine_input_member(prop, dict, smp_members[i], MEMBER_INT,
                                  has[i], val[i], errp)) {
            return false;
        }
    }
    return machine_input_struct_end(prop, dict, smp_members, errp);
}

static void machine_get_smp(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    MachineState *ms = MACHINE(obj);
    const unsigned int vals[] = {
        ms->smp.cpus, ms->smp.drawers, ms->smp.books, ms->smp.sockets,
        ms->smp.dies, ms->smp.clusters, ms->smp.cores, ms->smp.threads,
        ms->smp.max_cpus,
    };
    QDict *dict = qdict_new();
    size_t i;

    for (i = 0; i < ARRAY_SIZE(vals); i++) {
        qdict_put_int(dict, smp_members[i], vals[i]);
    }
    *value = QOBJECT(dict);
}

static void machine_set_smp(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    SMPConfiguration config = { 0 };

    if (smp_config_input(name, *value, &config, errp)) {
        machine_parse_smp_config(MACHINE(obj), &config, errp);
    }
}

/* ---- memory ---- */

static const char *const mem_members[] = {
    "size", "max-size", "slots", NULL
};

static bool mem_config_input(const char *prop, QObject *in,
                             MemorySizeConfiguration *mem, Error **errp)
{
    QDict *dict = machine_input_struct(prop, in, errp);

    return dict &&
           machine_input_member(prop, dict, "size", MEMBER_SIZE,
                                &mem->has_size, &mem->size, errp) &&
           machine_input_member(prop, dict, "max-size", MEMBER_SIZE,
                                &mem->has_max_size, &mem->max_size, errp) &&
           machine_input_member(prop, dict, "slots", MEMBER_UINT,
                                &mem->has_slots, &mem->slots, errp) &&
           machine_input_struct_end(prop, dict, mem_members, errp);
}

static void machine_get_mem(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    MachineState *ms = MACHINE(obj);
    QDict *dict = qdict_new();

    qdict_put_int(dict, "size", ms->ram_size);
    qdict_put_int(dict, "max-size", ms->maxram_size);
    qdict_put_int(dict, "slots", ms->ram_slots);
    *value = QOBJECT(dict);
}

/* Check @mem (sizes already defaulted and aligned) and apply it to @ms. */
static bool machine_apply_mem(MachineState *ms,
                              const MemorySizeConfiguration *mem,
                              Error **errp)
{
    if (mem->has_max_size) {
        if (mem->max_size < mem->size) {
            error_setg(errp, "invalid value of maxmem: maximum memory size "
                       "(0x%" PRIx64 ") must be at least the initial memory "
                       "size (0x%" PRIx64 ")", mem->max_size, mem->size);
            return false;
        }
        if (mem->has_slots && mem->slots && mem->max_size == mem->size) {
            error_setg(errp, "invalid value of maxmem: memory slots were "
                       "specified but maximum memory size (0x%" PRIx64
                       ") is equal to the initial memory size (0x%" PRIx64
                       ")", mem->max_size, mem->size);
            return false;
        }
        ms->maxram_size = mem->max_size;
    } else {
        if (mem->has_slots) {
            error_setg(errp, "slots specified but no max-size");
            return false;
        }
        ms->maxram_size = mem->size;
    }
    ms->ram_size = mem->size;
    ms->ram_slots = mem->has_slots ? mem->slots : 0;
    return true;
}

static void machine_set_mem(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    MachineState *ms = MACHINE(obj);
    MemorySizeConfiguration mem = { 0 };

    if (!mem_config_input(name, *value, &mem, errp)) {
        return;
    }
    if (!mem.has_size) {
        mem.has_size = true;
        mem.size = MACHINE_GET_CLASS(ms)->default_ram_size;
    }
    /* RAM comes in whole 8 KiB pages, whatever the target's page size. */
    mem.size = (mem.size + 8191) / 8192 * 8192;
    machine_apply_mem(ms, &mem, errp);
}

/* ---- boot ---- */

static const char *const boot_members[] = {
    "order", "once", "menu", "splash", "splash-time", "reboot-timeout",
    "strict", NULL
};

bool machine_check_boot_devices(const char *devices, Error **errp)
{
    uint32_t seen = 0;
    const char *p;

    for (p = devices; *p; p++) {
        if (*p < 'a' || *p > 'p') {
            error_setg(errp, "Invalid boot device '%c'", *p);
            return false;
        }
        if (seen & (1u << (*p - 'a'))) {
            error_setg(errp, "Boot device '%c' was given twice", *p);
            return false;
        }
        seen |= 1u << (*p - 'a');
    }
    return true;
}

static void boot_config_free(BootConfiguration *config)
{
    g_free(config->order);
    g_free(config->once);
    g_free(config->splash);
}

static bool boot_config_input(const char *prop, QObject *in,
                              BootConfiguration *b, Error **errp)
{
    QDict *dict = machine_input_struct(prop, in, errp);
    bool has;

    return dict &&
           machine_input_member(prop, dict, "order", MEMBER_STR, &has,
                                &b->order, errp) &&
           machine_input_member(prop, dict, "once", MEMBER_STR, &has,
                                &b->once, errp) &&
           machine_input_member(prop, dict, "menu", MEMBER_BOOL,
                                &b->has_menu, &b->menu, errp) &&
           machine_input_member(prop, dict, "splash", MEMBER_STR, &has,
                                &b->splash, errp) &&
           machine_input_member(prop, dict, "splash-time", MEMBER_INT,
                                &b->has_splash_time, &b->splash_time,
                                errp) &&
           machine_input_member(prop, dict, "reboot-timeout", MEMBER_INT,
                                &b->has_reboot_timeout, &b->reboot_timeout,
                                errp) &&
           machine_input_member(prop, dict, "strict", MEMBER_BOOL,
                                &b->has_strict, &b->strict, errp) &&
           machine_input_struct_end(prop, dict, boot_members, errp);
}

static void machine_get_boot(Object *obj, const char *name, QObject **value,
                             void *opaque, Error **errp)
{
    BootConfiguration *b = &MACHINE(obj)->boot_config;
    QDict *dict = qdict_new();

    if (b->order) {
        qdict_put_str(dict, "order", b->order);
    }
    if (b->once) {
        qdict_put_str(dict, "once", b->once);
    }
    if (b->has_menu) {
        qdict_put_bool(dict, "menu", b->menu);
    }
    if (b->splash) {
        qdict_put_str(dict, "splash", b->splash);
    }
    if (b->has_splash_time) {
        qdict_put_int(dict, "splash-time", b->splash_time);
    }
    if (b->has_reboot_timeout) {
        qdict_put_int(dict, "reboot-timeout", b->reboot_timeout);
    }
    if (b->has_strict) {
        qdict_put_bool(dict, "strict", b->strict);
    }
    *value = QOBJECT(dict);
}

/* Replace @ms's boot configuration, defaulting the order. */
static void machine_copy_boot_config(MachineState *ms,
                                     const BootConfiguration *config)
{
    boot_config_free(&ms->boot_config);
    ms->boot_config = *config;
    if (!config->order) {
        ms->boot_config.order =
            g_strdup(MACHINE_GET_CLASS(ms)->default_boot_order);
    }
}

static void machine_set_boot(Object *obj, const char *name, QObject **value,
                             void *opaque, Error **errp)
{
    BootConfiguration config = { 0 };

    if (!boot_config_input(name, *value, &config, errp) ||
        (config.order && !machine_check_boot_devices(config.order, errp)) ||
        (config.once && !machine_check_boot_devices(config.once, errp))) {
        boot_config_free(&config);
        return;
    }
    machine_copy_boot_config(MACHINE(obj), &config);
}

/* ---- Other properties ---- */

static void machine_get_phandle_start(Object *obj, const char *name,
                                      QObject **value, void *opaque,
                                      Error **errp)
{
    *value = QOBJECT(qnum_from_int(MACHINE(obj)->phandle_start));
}

static void machine_set_phandle_start(Object *obj, const char *name,
                                      QObject **value, void *opaque,
                                      Error **errp)
{
    int32_t v;

    if (qom_input_int32(name, *value, &v, errp)) {
        MACHINE(obj)->phandle_start = v;
    }
}

static void machine_set_usb(Object *obj, bool value, Error **errp)
{
    MachineState *ms = MACHINE(obj);

    ms->usb = value;
    ms->usb_disabled = !value;
}

static bool machine_get_usb(Object *obj, Error **errp)
{
    return MACHINE(obj)->usb;
}

static char *machine_get_memory_encryption(Object *obj, Error **errp)
{
    MachineState *ms = MACHINE(obj);

    if (ms->cgs) {
        return g_strdup(object_get_canonical_path_component(ms->cgs));
    }
    return g_strdup("");
}

static void machine_set_memory_encryption(Object *obj, const char *value,
                                          Error **errp)
{
    Object *cgs = object_resolve_path_component(object_get_objects_root(),
                                                value);

    if (!cgs) {
        error_setg(errp, "No such memory encryption object '%s'", value);
        return;
    }
    object_property_set_link(obj, "confidential-guest-support", cgs, errp);
}

static bool machine_get_hmat(Object *obj, Error **errp)
{
    return MACHINE(obj)->numa_state->hmat_enabled;
}

static void machine_set_hmat(Object *obj, bool value, Error **errp)
{
    MACHINE(obj)->numa_state->hmat_enabled = value;
}

static void machine_class_add_struct_props(ObjectClass *oc)
{
    object_class_property_add(oc, "boot", "BootConfiguration",
                              machine_get_boot, machine_set_boot, NULL,
                              NULL);
    object_class_property_set_description(oc, "boot", "Boot configuration");
    object_class_property_add(oc, "smp", "SMPConfiguration",
                              machine_get_smp, machine_set_smp, NULL, NULL);
    object_class_property_set_description(oc, "smp", "CPU topology");
    object_class_property_add(oc, "memory", "MemorySizeConfiguration",
                              machine_get_mem, machine_set_mem, NULL, NULL);
    object_class_property_set_description(oc, "memory",
                                          "Memory size configuration");
}

static void machine_class_add_links(ObjectClass *oc)
{
    object_class_property_add_link(oc, "confidential-guest-support",
                                   "confidential-guest-support",
                                   offsetof(MachineState, cgs),
                                   object_property_allow_set_link,
                                   OBJ_PROP_LINK_STRONG);
    object_class_property_set_description(oc, "confidential-guest-support",
                                          "Set confidential guest scheme "
                                          "to support");
    object_class_property_add_str(oc, "memory-encryption",
                                  machine_get_memory_encryption,
                                  machine_set_memory_encryption);
    object_class_property_set_description(oc, "memory-encryption",
                                          "Set memory encryption object "
                                          "to use");
    object_class_property_add_link(oc, "memory-backend", "memory-backend",
                                   offsetof(MachineState, memdev),
                                   object_property_allow_set_link,
                                   OBJ_PROP_LINK_STRONG);
    object_class_property_set_description(oc, "memory-backend",
                                          "Set RAM backend"
                                          "Valid value is ID of hostmem "
                                          "based backend");
}

static void machine_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->default_ram_size = 128 * MiB;
    machine_add_str(oc, "kernel", offsetof(MachineState, kernel_filename),
                    "Linux kernel image file");
    machine_add_str(oc, "initrd", offsetof(MachineState, initrd_filename),
                    "Linux initial ramdisk file");
    machine_add_str(oc, "append", offsetof(MachineState, kernel_cmdline),
                    "Linux kernel command line");
    machine_add_str(oc, "dtb", offsetof(MachineState, dtb),
                    "Linux kernel device tree file");
    machine_add_str(oc, "dumpdtb", offsetof(MachineState, dumpdtb),
                    "Dump current dtb to a file and quit");
    machine_class_add_struct_props(oc);
    object_class_property_add(oc, "phandle-start", "int",
                              machine_get_phandle_start,
                              machine_set_phandle_start, NULL, NULL);
    object_class_property_set_description(oc, "phandle-start",
                                          "The first phandle ID we may "
                                          "generate dynamically");
    machine_add_str(oc, "dt-compatible", offsetof(MachineState, dt_compatible),
                    "Overrides the \"compatible\" property of the dt root "
                    "node");
    machine_add_bool(oc, "dump-guest-core",
                     offsetof(MachineState, dump_guest_core),
                     "Include guest memory in a core dump");
    machine_add_bool(oc, "mem-merge", offsetof(MachineState, mem_merge),
                     "Enable/disable memory merge support");
    object_class_property_add_bool(oc, "usb", machine_get_usb,
                                   machine_set_usb);
    object_class_property_set_description(oc, "usb", "Set on/off to "
                                          "enable/disable usb");
    machine_add_bool(oc, "graphics", offsetof(MachineState, graphics),
                     "Set on/off to enable/disable graphics emulation");
    machine_add_str(oc, "firmware", offsetof(MachineState, firmware),
                    "Firmware image");
    machine_add_bool(oc, "suppress-vmdesc",
                     offsetof(MachineState, suppress_vmdesc),
                     "Set on to disable self-describing migration");
    machine_class_add_links(oc);
}

/* Every board gets its name from its type name, and sane limits. */
static void machine_class_base_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);
    const char *cname = object_class_get_name(oc);

    mc->max_cpus = mc->max_cpus ? mc->max_cpus : 1;
    mc->min_cpus = mc->min_cpus ? mc->min_cpus : 1;
    mc->default_cpus = mc->default_cpus ? mc->default_cpus : 1;
    if (!object_class_is_abstract(oc)) {
        assert(g_str_has_suffix(cname, TYPE_MACHINE_SUFFIX));
        mc->name = g_strndup(cname,
                             strlen(cname) - strlen(TYPE_MACHINE_SUFFIX));
        mc->compat_props = g_ptr_array_new();
    }
}

static void machine_initfn(Object *obj)
{
    MachineState *ms = MACHINE(obj);
    MachineClass *mc = MACHINE_GET_CLASS(obj);

    ms->dump_guest_core = true;
    ms->mem_merge = true;
    ms->graphics = true;
    ms->kernel_cmdline = g_strdup("");
    ms->ram_size = mc->default_ram_size;
    ms->maxram_size = mc->default_ram_size;
    if (mc->numa_supported) {
        ms->numa_state = numa_state_new();
        object_property_add_bool(obj, "hmat", machine_get_hmat,
                                 machine_set_hmat);
        object_property_set_description(obj, "hmat",
                                        "Set on/off to enable/disable "
                                        "ACPI Heterogeneous Memory "
                                        "Attribute Table (HMAT)");
    }
    ms->smp = (CpuTopology) {
        .cpus = mc->default_cpus, .max_cpus = mc->default_cpus,
        .drawers = 1, .books = 1, .sockets = 1, .dies = 1, .clusters = 1,
        .cores = 1, .threads = 1,
    };
    machine_copy_boot_config(ms, &(BootConfiguration) { 0 });
}

static void machine_finalize(Object *obj)
{
    MachineState *ms = MACHINE(obj);

    boot_config_free(&ms->boot_config);
    g_free(ms->kernel_filename);
    g_free(ms->initrd_filename);
    g_free(ms->kernel_cmdline);
    g_free(ms->dtb);
    g_free(ms->dumpdtb);
    g_free(ms->dt_compatible);
    g_free(ms->firmware);
    g_free(ms->ram_memdev_id);
    g_free(ms->possible_cpus);
    g_free(ms->accel);
    g_free(ms->fdt);
    numa_state_free(ms->numa_state);
}

/*
 * The class of the type "@name-machine", if it is a concrete machine.
 * Looking it up by name initializes only its own class chain, not every
 * class as a walk over the machines does: -M none starts faster.
 */
static MachineClass *machine_class_by_type_name(const char *name)
{
    g_autofree char *type = g_strconcat(name, TYPE_MACHINE_SUFFIX, NULL);
    ObjectClass *oc = object_class_dynamic_cast(object_class_by_name(type),
                                                TYPE_MACHINE);

    if (!oc || object_class_is_abstract(oc)) {
        return NULL;
    }
    return MACHINE_CLASS(oc);
}

MachineClass *machine_class_find(const char *name)
{
    MachineClass *found = machine_class_by_type_name(name);
    GSList *machines;
    GSList *el;

    if (found && g_str_equal(found->name, name)) {
        return found;
    }
    /* An alias, or no such machine. */
    found = NULL;
    machines = object_class_get_list(TYPE_MACHINE, false);

    for (el = machines; el && !found; el = el->next) {
        MachineClass *mc = el->data;

        if (g_str_equal(mc->name, name) ||
            (mc->alias && g_str_equal(mc->alias, name))) {
            found = mc;
        }
    }
    g_slist_free(machines);
    return found;
}

MachineClass *machine_class_find_default(void)
{
    GSList *machines = object_class_get_list(TYPE_MACHINE, false);
    MachineClass *found = NULL;
    GSList *el;

    for (el = machines; el && !found; el = el->next) {
        MachineClass *mc = el->data;

        if (mc->is_default) {
            found = mc;
        }
    }
    g_slist_free(machines);
    return found;
}

/* The RAM backend -m asks for, at /objects/<default_ram_id>. */
static bool machine_create_default_memdev(MachineState *ms,
                                          const char *mem_path,
                                          Error **errp)
{
    MachineClass *mc = MACHINE_GET_CLASS(ms);
    Object *obj = object_new(mem_path ? "memory-backend-file"
                                      : "memory-backend-ram");
    bool ok = false;

    if (mem_path &&
        !object_property_set_str(obj, "mem-path", mem_path, errp)) {
        goto out;
    }
    if (!object_property_set_int(obj, "size", ms->ram_size, errp)) {
        goto out;
    }
    object_property_add_child(object_get_objects_root(), mc->default_ram_id,
                              obj);
    if (!user_creatable_complete((UserCreatable *)obj, errp)) {
        goto out;
    }
    ok = object_property_set_link(OBJECT(ms), "memory-backend", obj, errp);
out:
    object_unref(obj);
    return ok;
}

static bool machine_check_ram(MachineState *ms, const char *mem_path,
                              Error **errp)
{
    MachineClass *mc = MACHINE_GET_CLASS(ms);

    if (ms->memdev) {
        if (object_property_get_uint(OBJECT(ms->memdev), "size",
                                     &error_abort) != ms->ram_size) {
            error_setg(errp, "Machine memory size does not match the size "
                       "of the memory backend");
            return false;
        }
        return true;
    }
    if (!mc->default_ram_id || !ms->ram_size ||
        !numa_uses_legacy_mem()) {
        return true;
    }
    if (object_property_find(object_get_objects_root(), mc->default_ram_id)) {
        error_setg(errp, "object's id '%s' is reserved for the default RAM "
                   "backend, it can't be used for any other purposes",
                   mc->default_ram_id);
        error_append_hint(errp, "Change the object's 'id' to something else "
                          "or disable automatic creation of the default RAM "
                          "backend by setting 'memory-backend=%s' with "
                          "'-machine'.\n", mc->default_ram_id);
        return false;
    }
    return machine_create_default_memdev(ms, mem_path, errp);
}

bool machine_set_cpu_numa_node(MachineState *ms,
                               const CpuInstanceProperties *props,
                               Error **errp)
{
    MachineClass *mc = MACHINE_GET_CLASS(ms);
    const CPUArchIdList *cpus;
    bool match = false;
    int i;

    if (!mc->possible_cpu_arch_ids) {
        error_setg(errp, "mapping of CPUs to NUMA node is not supported");
        return false;
    }
    assert(props->has_node_id);
    cpus = mc->possible_cpu_arch_ids(ms);
    for (i = 0; i < cpus->len; i++) {
        CpuInstanceProperties *slot = &ms->possible_cpus->cpus[i].props;
        /* In the order QEMU checks them: the first unsupported one wins. */
        const struct {
            const char *name;
            bool asked, has;
            int64_t want, val;
        } ids[] = {
            { "thread-id", props->has_thread_id, slot->has_thread_id,
              props->thread_id, slot->thread_id },
            { "core-id", props->has_core_id, slot->has_core_id,
              props->core_id, slot->core_id },
            { "cluster-id", props->has_cluster_id, slot->has_cluster_id,
              props->cluster_id, slot->cluster_id },
            { "socket-id", props->has_socket_id, slot->has_socket_id,
              props->socket_id, slot->socket_id },
            { "die-id", props->has_die_id, slot->has_die_id,
              props->die_id, slot->die_id },
            { "book-id", props->has_book_id, slot->has_book_id,
              props->book_id, slot->book_id },
            { "drawer-id", props->has_drawer_id, slot->has_drawer_id,
              props->drawer_id, slot->drawer_id },
        };
        bool differs = false;
        size_t j;

        for (j = 0; j < ARRAY_SIZE(ids); j++) {
            if (ids[j].asked && !ids[j].has) {
                error_setg(errp, "%s is not supported", ids[j].name);
                return false;
            }
            differs |= ids[j].asked && ids[j].want != ids[j].val;
        }
        if (differs) {
            continue;
        }
        /* The same node twice is accepted (a thread of a mapped core). */
        if (slot->has_node_id && slot->node_id != props->node_id) {
            error_setg(errp, "CPU is already assigned to node-id: %" PRId64,
                       slot->node_id);
            return false;
        }
        match = true;
        slot->has_node_id = true;
        slot->node_id = props->node_id;
    }
    if (!match) {
        error_setg(errp, "no match found");
        return false;
    }
    return true;
}

/* "socket-id: 0, core-id: 1" for the warning about unplaced CPUs. */
static char *cpu_slot_to_string(const CPUArchId *cpu)
{
    const CpuInstanceProperties *p = &cpu->props;
    const struct {
        const char *name;
        bool has;
        int64_t val;
    } ids[] = {
        { "socket-id", p->has_socket_id, p->socket_id },
        { "die-id", p->has_die_id, p->die_id },
        { "cluster-id", p->has_cluster_id, p->cluster_id },
        { "core-id", p->has_core_id, p->core_id },
        { "thread-id", p->has_thread_id, p->thread_id },
    };
    GString *s = g_string_new(NULL);
    size_t i;

    for (i = 0; i < ARRAY_SIZE(ids); i++) {
        if (ids[i].has) {
            g_string_append_printf(s, "%s%s: %" PRId64, s->len ? ", " : "",
                                   ids[i].name, ids[i].val);
        }
    }
    return g_string_free(s, false);
}

/*
 * Every possible CPU gets a node: the board's default when -numa placed
 * none at all, else node 0 with a warning (QEMU calls partial mappings
 * obsolete).
 */
static void machine_numa_finish_cpu_init(MachineState *ms)
{
    MachineClass *mc = MACHINE_GET_CLASS(ms);
    const CPUArchIdList *cpus = mc->possible_cpu_arch_ids(ms);
    g_autoptr(GString) unplaced = g_string_new(NULL);
    bool default_mapping = true;
    int i;

    for (i = 0; i < cpus->len; i++) {
        default_mapping &= !cpus->cpus[i].props.has_node_id;
    }
    for (i = 0; i < cpus->len; i++) {
        CpuInstanceProperties props = cpus->cpus[i].props;

        if (props.has_node_id) {
            continue;
        }
        if (default_mapping) {
            props.node_id = mc->get_default_cpu_node_id(ms, i);
        } else {
            g_autofree char *where = cpu_slot_to_string(&cpus->cpus[i]);

            g_string_append_printf(unplaced, "%sCPU %d [%s]",
                                   unplaced->len ? ", " : "", i, where);
            props.node_id = 0;
        }
        props.has_node_id = true;
        machine_set_cpu_numa_node(ms, &props, &error_abort);
    }
    if (unplaced->len && !qtest_enabled()) {
        warn_report("CPU(s) not present in any NUMA nodes: %s",
                    unplaced->str);
        warn_report("All CPU(s) up to maxcpus should be described in NUMA "
                    "config, ability to start up with partial NUMA "
                    "mappings is obsoleted and will be removed in future");
    }
}

/* @backend's region, marked as used: a backend backs one machine. */
static MemoryRegion *machine_consume_backend(HostMemoryBackend *backend,
                                             Error **errp)
{
    MemoryRegion *mr;

    if (host_memory_backend_is_mapped(backend)) {
        error_setg(errp, "memory backend %s can't be used multiple times.",
                   object_get_canonical_path_component(OBJECT(backend)));
        return NULL;
    }
    mr = host_memory_backend_get_memory(backend);
    if (!mr) {
        error_setg(errp, "memory backend %s is not allocated",
                   object_get_canonical_path_component(OBJECT(backend)));
        return NULL;
    }
    host_memory_backend_set_mapped(backend, true);
    return mr;
}

/* Take the RAM backend's region as ms->ram. */
static bool machine_consume_memdev(MachineState *ms, Error **errp)
{
    ms->ram = machine_consume_backend(ms->memdev, errp);
    return ms->ram != NULL;
}

/*
 * -numa node,memdev=: guest RAM is a container holding each node's
 * backend in node order, as QEMU builds it.
 */
static bool machine_numa_ram_container(MachineState *ms, Error **errp)
{
    MachineClass *mc = MACHINE_GET_CLASS(ms);
    NumaState *numa = ms->numa_state;
    MemoryRegion *seg;
    uint64_t addr = 0;
    int i;

    ms->ram = g_new0(MemoryRegion, 1);
    memory_region_init(ms->ram, OBJECT(ms), mc->default_ram_id,
                       ms->ram_size);
    for (i = 0; i < numa->num_nodes; i++) {
        if (!numa->nodes[i].node_memdev) {
            continue;
        }
        seg = machine_consume_backend(numa->nodes[i].node_memdev, errp);
        if (!seg) {
            return false;
        }
        memory_region_add_subregion(ms->ram, addr, seg);
        addr += numa->nodes[i].node_mem;
    }
    return true;
}

/* True if some -numa node has a memdev. */
static bool machine_numa_has_memdev(MachineState *ms)
{
    int i;

    for (i = 0; ms->numa_state && i < ms->numa_state->num_nodes; i++) {
        if (ms->numa_state->nodes[i].node_memdev) {
            return true;
        }
    }
    return false;
}

bool machine_run_board_init(MachineState *ms, const char *mem_path,
                            Error **errp)
{
    MachineClass *mc = MACHINE_GET_CLASS(ms);

    if (!machine_check_ram(ms, mem_path, errp)) {
        return false;
    }
    if (ms->numa_state && !numa_complete_configuration(ms, errp)) {
        return false;
    }
    if (ms->numa_state && ms->numa_state->num_nodes &&
        mc->possible_cpu_arch_ids) {
        machine_numa_finish_cpu_init(ms);
    }
    if (ms->memdev && !machine_consume_memdev(ms, errp)) {
        return false;
    }
    if (!ms->ram && machine_numa_has_memdev(ms) &&
        !machine_numa_ram_container(ms, errp)) {
        return false;
    }
    if (mc->init) {
        mc->init(ms);
    }
    phase_advance(PHASE_MACHINE_INITIALIZED);
    return true;
}

static const TypeInfo machine_info = {
    .name = TYPE_MACHINE,
    .parent = TYPE_OBJECT,
    .abstract = true,
    .class_size = sizeof(MachineClass),
    .class_init = machine_class_init,
    .class_base_init = machine_class_base_init,
    .instance_size = sizeof(MachineState),
    .instance_init = machine_initfn,
    .instance_finalize = machine_finalize,
};

static void machine_register_types(void)
{
    type_register_static(&machine_info);
}

type_init(machine_register_types)
