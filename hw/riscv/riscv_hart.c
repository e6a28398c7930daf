/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv_hart.c: the hart array of a RISC-V socket (riscv_hart.h).  Its
 * realize creates the CPUs; each registers its own reset when realized,
 * so the array itself has nothing to reset.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "hw/qdev-properties.h"
#include "hw/riscv/numa.h"
#include "hw/riscv/riscv_hart.h"

static bool riscv_hart_realize(RISCVHartArrayState *s, uint32_t idx,
                               Error **errp)
{
    g_autofree char *name = g_strdup_printf("harts[%u]", idx);
    RISCVCPU *cpu = RISCV_CPU(object_new(s->cpu_type));

    object_property_add_child(OBJECT(s), name, OBJECT(cpu));
    object_unref(OBJECT(cpu));
    cpu->env.mhartid = s->hartid_base + idx;
    cpu->env.resetvec = s->resetvec;
    s->harts[idx] = cpu;
    return qdev_realize(DEVICE(cpu), NULL, errp);
}

static void riscv_harts_realize(DeviceState *dev, Error **errp)
{
    RISCVHartArrayState *s = RISCV_HART_ARRAY(dev);
    uint32_t i;

    if (!s->cpu_type || !object_class_by_name(s->cpu_type)) {
        error_setg(errp, "riscv.hart_array: no such cpu-type '%s'",
                   s->cpu_type ? s->cpu_type : "");
        return;
    }
    s->harts = g_new0(RISCVCPU *, s->num_harts);
    for (i = 0; i < s->num_harts; i++) {
        if (!riscv_hart_realize(s, i, errp)) {
            return;
        }
    }
}

static void riscv_harts_finalize(Object *obj)
{
    g_free(RISCV_HART_ARRAY(obj)->harts);
}

static Property riscv_harts_props[] = {
    DEFINE_PROP_UINT32("num-harts", RISCVHartArrayState, num_harts, 1),
    DEFINE_PROP_UINT32("hartid-base", RISCVHartArrayState, hartid_base, 0),
    DEFINE_PROP_STRING("cpu-type", RISCVHartArrayState, cpu_type),
    DEFINE_PROP_UINT64("resetvec", RISCVHartArrayState, resetvec, 0x1000),
    DEFINE_PROP_END_OF_LIST(),
};

static void riscv_harts_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->realize = riscv_harts_realize;
    device_class_set_props(dc, riscv_harts_props);
}

static const TypeInfo riscv_harts_info = {
    .name = TYPE_RISCV_HART_ARRAY,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(RISCVHartArrayState),
    .instance_finalize = riscv_harts_finalize,
    .class_init = riscv_harts_class_init,
};

static void riscv_harts_register_types(void)
{
    type_register_static(&riscv_harts_info);
}

type_init(riscv_harts_register_types)

RISCVHartArrayState *riscv_create_hart_array(MachineState *ms, int socket,
                                             hwaddr resetvec)
{
    const char *type = ms->cpu_type ? ms->cpu_type
                                    : MACHINE_GET_CLASS(ms)->default_cpu_type;
    DeviceState *dev = DEVICE(object_new(TYPE_RISCV_HART_ARRAY));
    g_autofree char *name = g_strdup_printf("soc%d", socket);

    object_property_add_child(OBJECT(ms), name, OBJECT(dev));
    qdev_prop_set_string(dev, "cpu-type", type);
    qdev_prop_set_uint32(dev, "hartid-base",
                         riscv_socket_first_hartid(ms, socket));
    qdev_prop_set_uint32(dev, "num-harts",
                         riscv_socket_hart_count(ms, socket));
    qdev_prop_set_uint64(dev, "resetvec", resetvec);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    return RISCV_HART_ARRAY(dev);
}
