/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev.c: the device model core.  For now only the machine
 * initialisation phases (QEMU 8.2's phase_advance/phase_check/phase_get):
 * start-up moves through them one step at a time, and code that needs a
 * machine, an accelerator or realized devices asks which phase it is in.
 */
#include "qemu/osdep.h"
#include "hw/qdev-core.h"

static MachineInitPhase machine_phase = PHASE_NO_MACHINE;

MachineInitPhase phase_get(void)
{
    return machine_phase;
}

bool phase_check(MachineInitPhase phase)
{
    return machine_phase >= phase;
}

void phase_advance(MachineInitPhase phase)
{
    assert(machine_phase == phase - 1);
    machine_phase = phase;
}
