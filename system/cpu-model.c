/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cpu-model.c: -cpu MODEL[,PROP=VALUE...].  The model names a CPU class
 * (the target's class_by_name resolves it); each PROP=VALUE becomes a
 * global property of that type, so every CPU the board creates gets it.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qom/object.h"
#include "hw/core/cpu.h"
#include "sysemu/arch_init.h"
#include "sysemu/vl.h"

/* Overridden by the binaries' arch_init.c; unit tests keep this one. */
__attribute__((weak)) const char cpu_resolving_type[] = TYPE_CPU;

static ObjectClass *cpu_class_by_name(const char *model)
{
    ObjectClass *base = object_class_by_name(cpu_resolving_type);
    CPUClass *cc;

    if (!base || !object_class_dynamic_cast(base, TYPE_CPU)) {
        return NULL;
    }
    cc = CPU_CLASS(base);
    return cc->class_by_name ? cc->class_by_name(model) : NULL;
}

/* "key=value,..." into global properties of @typename. */
static void cpu_parse_features(const char *typename, const char *features,
                               Error **errp)
{
    g_auto(GStrv) feats = NULL;
    char *val;
    int i;

    if (!features) {
        return;
    }
    feats = g_strsplit(features, ",", -1);
    for (i = 0; feats[i]; i++) {
        if (!*feats[i]) {
            continue;
        }
        val = strchr(feats[i], '=');
        if (!val) {
            error_setg(errp, "Expected key=value format, found %s.",
                       feats[i]);
            return;
        }
        *val++ = '\0';
        object_register_global(typename, feats[i], val);
    }
}

const char *parse_cpu_option(const char *cpu_option)
{
    g_auto(GStrv) pieces = g_strsplit(cpu_option, ",", 2);
    ObjectClass *oc;
    const char *type;

    if (!pieces[0] || !*pieces[0]) {
        error_report("-cpu option cannot be empty");
        exit(1);
    }
    oc = cpu_class_by_name(pieces[0]);
    if (!oc) {
        error_report("unable to find CPU model '%s'", pieces[0]);
        exit(1);
    }
    type = object_class_get_name(oc);
    cpu_parse_features(type, pieces[1], &error_fatal);
    return type;
}
