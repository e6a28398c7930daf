/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qtest.c: the "qtest-accel" accelerator of both binaries.  It runs no
 * guest code (the CPUs stay idle while a test drives the machine through
 * the -qtest protocol), so initialising it cannot fail.  As in QEMU 8.2
 * it is left out of -accel help.
 */
#include "qemu/osdep.h"
#include "qemu/timer.h"
#include "sysemu/qtest.h"

static int qtest_init_accel(MachineState *ms)
{
    /* Virtual time moves only when the test says (clock_step). */
    qemu_clock_set_virtual_source(qtest_get_virtual_clock, NULL);
    return 0;
}

static void qtest_accel_class_init(ObjectClass *oc, void *data)
{
    AccelClass *ac = ACCEL_CLASS(oc);

    ac->name = "QTest";
    ac->init_machine = qtest_init_accel;
    ac->allowed = &qtest_allowed;
}

static const TypeInfo qtest_accel_type = {
    .name = TYPE_QTEST_ACCEL,
    .parent = TYPE_ACCEL,
    .class_init = qtest_accel_class_init,
};

static void qtest_accel_register_types(void)
{
    type_register_static(&qtest_accel_type);
}

type_init(qtest_accel_register_types)
