/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * accel-common.c: the abstract "accel" QOM type and what every
 * accelerator shares: finding one by name, making one the machine's
 * accelerator, and asking which one is in use.  Behaviour follows QEMU
 * 8.2's accel/accel-common.c and accel/accel-system.c.
 */
#include "qemu/osdep.h"
#include "qemu/accel.h"
#include "hw/boards.h"

bool tcg_allowed;
bool kvm_allowed;
bool qtest_allowed;

AccelClass *accel_find(const char *opt_name)
{
    g_autofree char *name = g_strconcat(opt_name, ACCEL_CLASS_SUFFIX, NULL);
    ObjectClass *oc = object_class_by_name(name);

    if (!oc || !object_class_dynamic_cast(oc, TYPE_ACCEL)) {
        return NULL;
    }
    return ACCEL_CLASS(oc);
}

int accel_init_machine(AccelState *accel, MachineState *ms)
{
    AccelClass *acc = ACCEL_GET_CLASS(accel);
    int ret;

    /* init_machine may look at the accelerator through the machine. */
    ms->accelerator = accel;
    *acc->allowed = true;
    ret = acc->init_machine(ms);
    if (ret < 0) {
        ms->accelerator = NULL;
        *acc->allowed = false;
        object_unref(OBJECT(accel));
        return ret;
    }
    object_set_accelerator_compat_props(acc->compat_props);
    return ret;
}

AccelState *current_accel(void)
{
    return current_machine ? current_machine->accelerator : NULL;
}

const char *current_accel_name(void)
{
    return ACCEL_GET_CLASS(current_accel())->name;
}

void accel_setup_post(MachineState *ms)
{
    AccelClass *acc = ACCEL_GET_CLASS(ms->accelerator);

    if (acc->setup_post) {
        acc->setup_post(ms, ms->accelerator);
    }
}

static const TypeInfo accel_type = {
    .name = TYPE_ACCEL,
    .parent = TYPE_OBJECT,
    .class_size = sizeof(AccelClass),
    .instance_size = sizeof(AccelState),
    .abstract = true,
};

static void accel_register_types(void)
{
    type_register_static(&accel_type);
}

type_init(accel_register_types)
