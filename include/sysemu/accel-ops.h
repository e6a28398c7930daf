/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * accel-ops.h: how the accelerator in use runs vCPUs (QEMU's
 * AccelOpsClass, as a plain table: one accelerator runs per process).
 * The accelerator registers its table in init_machine; system/cpus.c
 * calls it when CPUs are realized, kicked or asked to stop.
 */
#ifndef SYSEMU_ACCEL_OPS_H
#define SYSEMU_ACCEL_OPS_H

#include "hw/core/cpu.h"

typedef struct AccelOps {
    /* Start @cpu's thread; it sets cpu->created and signals when up. */
    void (*create_vcpu_thread)(CPUState *cpu);
    /* Make @cpu's thread leave guest code and look at its requests. */
    void (*kick_vcpu_thread)(CPUState *cpu);
    /* The guest's notion of QEMU_CLOCK_VIRTUAL (icount), or NULL. */
    int64_t (*get_virtual_clock)(void);
} AccelOps;

void cpus_register_accel(const AccelOps *ops);
const AccelOps *cpus_get_accel(void);

/*
 * For vCPU thread loops, with the BQL held: sleep while the CPU has
 * nothing to do (halted with no work, or stopped), and acknowledge stop
 * requests; returns when there is work.
 */
void qemu_wait_io_event(CPUState *cpu);
/* True if @cpu may run guest code now. */
bool cpu_can_run(CPUState *cpu);
/* The vCPU thread reached the stopped state it was asked for. */
void qemu_cpu_stop(CPUState *cpu);
/* Tell the creator the thread is up (sets cpu->created). */
void cpu_thread_signal_created(CPUState *cpu);

#endif
