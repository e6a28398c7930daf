/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tcg-all.c: the "tcg-accel" accelerator of the riscv64 binary and its
 * -accel tcg properties (thread, tb-size, one-insn-per-tb, split-wx),
 * with QEMU 8.2's names, defaults and messages.  The code that runs the
 * guest (our interpreter) comes with the CPU; initialising the
 * accelerator only fixes its settings.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qnum.h"
#include "qom/qom-qobject.h"
#include "sysemu/cpu-timers.h"
#include "sysemu/tcg.h"
#include "tcg-accel-ops.h"

OBJECT_DECLARE_SIMPLE_TYPE(TCGState, TCG_ACCEL)

struct TCGState {
    AccelState parent_obj;

    bool mttcg_enabled;         /* thread=multi */
    bool one_insn_per_tb;
    bool splitwx_enabled;       /* accepted; an interpreter has no jit */
    uint32_t tb_size;           /* MiB; 0: the default size */
};

bool mttcg_enabled;
bool one_insn_per_tb;

/*
 * One thread per vCPU unless icount is on: counting needs one thread.
 * riscv guests run under multi-threaded tcg on every host we build for
 * (the guest's memory model is no stronger than the host's).
 */
static bool tcg_default_mttcg(void)
{
    return !icount_enabled();
}

static void tcg_accel_instance_init(Object *obj)
{
    TCGState *s = TCG_ACCEL(obj);

    s->mttcg_enabled = tcg_default_mttcg();
}

static int tcg_init_machine(MachineState *ms)
{
    TCGState *s = TCG_ACCEL(current_accel());

    mttcg_enabled = s->mttcg_enabled;
    tcg_accel_ops_init(mttcg_enabled);
    return 0;
}

static char *tcg_get_thread(Object *obj, Error **errp)
{
    return g_strdup(TCG_ACCEL(obj)->mttcg_enabled ? "multi" : "single");
}

static void tcg_set_thread(Object *obj, const char *value, Error **errp)
{
    TCGState *s = TCG_ACCEL(obj);

    if (strcmp(value, "multi") == 0) {
        if (icount_enabled()) {
            error_setg(errp, "No MTTCG when icount is enabled");
            return;
        }
        s->mttcg_enabled = true;
    } else if (strcmp(value, "single") == 0) {
        s->mttcg_enabled = false;
    } else {
        error_setg(errp, "Invalid 'thread' setting %s", value);
    }
}

static void tcg_get_tb_size(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    *value = QOBJECT(qnum_from_uint(TCG_ACCEL(obj)->tb_size));
}

static void tcg_set_tb_size(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    uint32_t size;

    if (qom_input_uint32(name, *value, &size, errp)) {
        TCG_ACCEL(obj)->tb_size = size;
    }
}

static bool tcg_get_splitwx(Object *obj, Error **errp)
{
    return TCG_ACCEL(obj)->splitwx_enabled;
}

static void tcg_set_splitwx(Object *obj, bool value, Error **errp)
{
    TCG_ACCEL(obj)->splitwx_enabled = value;
}

static bool tcg_get_one_insn_per_tb(Object *obj, Error **errp)
{
    return TCG_ACCEL(obj)->one_insn_per_tb;
}

/* Takes effect at once, as in QEMU: the CPU loop reads the global. */
static void tcg_set_one_insn_per_tb(Object *obj, bool value, Error **errp)
{
    TCG_ACCEL(obj)->one_insn_per_tb = value;
    one_insn_per_tb = value;
}

static int tcg_gdbstub_supported_sstep_flags(void)
{
    return SSTEP_ENABLE | SSTEP_NOIRQ | SSTEP_NOTIMER;
}

static void tcg_accel_class_init(ObjectClass *oc, void *data)
{
    AccelClass *ac = ACCEL_CLASS(oc);

    ac->name = "tcg";
    ac->init_machine = tcg_init_machine;
    ac->allowed = &tcg_allowed;
    ac->gdbstub_supported_sstep_flags = tcg_gdbstub_supported_sstep_flags;

    object_class_property_add_str(oc, "thread", tcg_get_thread,
                                  tcg_set_thread);
    object_class_property_add(oc, "tb-size", "int", tcg_get_tb_size,
                              tcg_set_tb_size, NULL, NULL);
    object_class_property_set_description(oc, "tb-size",
        "TCG translation block cache size");
    object_class_property_add_bool(oc, "split-wx", tcg_get_splitwx,
                                   tcg_set_splitwx);
    object_class_property_set_description(oc, "split-wx",
        "Map jit pages into separate RW and RX regions");
    object_class_property_add_bool(oc, "one-insn-per-tb",
                                   tcg_get_one_insn_per_tb,
                                   tcg_set_one_insn_per_tb);
    object_class_property_set_description(oc, "one-insn-per-tb",
        "Only put one guest insn in each translation block");
}

static const TypeInfo tcg_accel_type = {
    .name = TYPE_TCG_ACCEL,
    .parent = TYPE_ACCEL,
    .instance_init = tcg_accel_instance_init,
    .class_init = tcg_accel_class_init,
    .instance_size = sizeof(TCGState),
};

static void tcg_accel_register_types(void)
{
    type_register_static(&tcg_accel_type);
}

type_init(tcg_accel_register_types)
