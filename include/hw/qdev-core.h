/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev-core.h: the device model core.  For now only the machine
 * initialisation phases: where start-up is, so code that needs a machine,
 * an accelerator or realized devices can check that they exist.
 *
 * The phases and their order are QEMU 8.2's (include/hw/qdev-core.h).
 */
#ifndef HW_QDEV_CORE_H
#define HW_QDEV_CORE_H

/* Where start-up is; each phase includes the ones before it. */
typedef enum MachineInitPhase {
    /* -machine has not been read; no machine object exists. */
    PHASE_NO_MACHINE,
    /* The machine object exists and its properties are set. */
    PHASE_MACHINE_CREATED,
    /* The accelerator exists; the machine is not initialised yet. */
    PHASE_ACCEL_CREATED,
    /* The -object back-ends created after the accelerator exist. */
    PHASE_LATE_BACKENDS_CREATED,
    /* The board's init function has run. */
    PHASE_MACHINE_INITIALIZED,
    /* -device devices are created; the machine is complete. */
    PHASE_MACHINE_READY,
} MachineInitPhase;

/* The phase start-up has reached. */
MachineInitPhase phase_get(void);

/* True once start-up has reached @phase (or gone past it). */
bool phase_check(MachineInitPhase phase);

/*
 * phase_advance: move to @phase, which must be the one right after the
 * current phase (anything else is a bug and aborts).
 */
void phase_advance(MachineInitPhase phase);

#endif
