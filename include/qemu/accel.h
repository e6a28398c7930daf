/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * accel.h: accelerators, the engines that run the guest CPUs (tcg, kvm,
 * qtest), as QOM classes named "<name>-accel" below the abstract "accel".
 *
 * The model is QEMU 8.2's AccelClass: configure_accelerators (system/
 * vl-accel.c) creates one instance per -accel option, in order, sets its
 * properties and calls accel_init_machine until one succeeds; that one is
 * the machine's accelerator for the rest of the run.
 */
#ifndef QEMU_ACCEL_H
#define QEMU_ACCEL_H

#include "qom/object.h"

typedef struct MachineState MachineState;
typedef struct AddressSpace AddressSpace;
typedef struct CPUState CPUState;
typedef uint64_t hwaddr;

/* Single-step flags an accelerator's gdbstub support may offer. */
#ifndef SSTEP_ENABLE
#define SSTEP_ENABLE  0x1   /* single-stepping */
#define SSTEP_NOIRQ   0x2   /* no interrupts while stepping */
#define SSTEP_NOTIMER 0x4   /* no timers while stepping */
#endif

#define TYPE_ACCEL "accel"
#define ACCEL_CLASS_SUFFIX "-" TYPE_ACCEL
#define ACCEL_CLASS_NAME(a) (a ACCEL_CLASS_SUFFIX)

OBJECT_DECLARE_TYPE(AccelState, AccelClass, ACCEL)

struct AccelState {
    Object parent_obj;
};

struct AccelClass {
    ObjectClass parent_class;

    const char *name;           /* as current_accel_name() reports it */
    /*
     * Set up the accelerator for @ms (its accelerator is already set).
     * Returns 0, or a negative errno that configure_accelerators prints
     * as "failed to initialize NAME: strerror(-ret)".
     */
    int (*init_machine)(MachineState *ms);
    /* After the machine is built and the displays are up; may be NULL. */
    void (*setup_post)(MachineState *ms, AccelState *accel);
    /* Whether the accelerator maps guest memory [start, start+size). */
    bool (*has_memory)(MachineState *ms, AddressSpace *as,
                       hwaddr start_addr, hwaddr size);
    /* Accelerator part of a CPU's realize; may be NULL. */
    bool (*cpu_common_realize)(CPUState *cpu, Error **errp);
    /* SSTEP_* flags the gdbstub may use; NULL means none. */
    int (*gdbstub_supported_sstep_flags)(void);
    /* Set to true while this accelerator is the one in use. */
    bool *allowed;
    /*
     * GlobalProperty * defaults for other types when this accelerator
     * is in use (owned by the class), or NULL.
     */
    GPtrArray *compat_props;
};

/*
 * accel_find: the class of accelerator @opt_name ("tcg" finds
 * "tcg-accel"), or NULL when this binary has none of that name.
 */
AccelClass *accel_find(const char *opt_name);

/*
 * accel_init_machine: make @accel the accelerator of @ms and initialise
 * it.  On success the accelerator's compat properties become active and
 * 0 is returned.  On failure the machine has no accelerator again,
 * *allowed is false, the reference to @accel is dropped and the
 * init_machine's negative errno is returned.  Either way the caller's
 * reference to @accel is consumed.
 */
int accel_init_machine(AccelState *accel, MachineState *ms);

/* The accelerator in use, or NULL before accel_init_machine succeeded. */
AccelState *current_accel(void);

/* The name (AccelClass::name) of the accelerator in use. */
const char *current_accel_name(void);

/* Call the setup_post hook of @ms's accelerator, if it has one. */
void accel_setup_post(MachineState *ms);

/*
 * Which accelerator is in use; each is set by accel_init_machine through
 * AccelClass::allowed.  The *_enabled() predicates read them
 * (sysemu/tcg.h, sysemu/kvm.h, sysemu/qtest.h).
 */
extern bool tcg_allowed;
extern bool kvm_allowed;
extern bool qtest_allowed;

#endif
