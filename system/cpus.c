/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cpus.c: vCPUs against the run state.  The accelerator starts a thread
 * per vCPU (or one for all); this file stops and resumes them with the VM
 * (pause_all_vcpus waits until every thread has left guest code), wakes
 * them (qemu_cpu_kick) and puts idle ones to sleep (qemu_wait_io_event).
 * Stop requests and sleeping happen with the BQL held.
 */
#include "qemu/osdep.h"
#include "qemu/main-loop.h"
#include "sysemu/accel-ops.h"
#include "sysemu/runstate.h"

static const AccelOps *accel_ops;
static GCond qemu_cpu_cond;     /* a vCPU thread came up */
static GCond qemu_pause_cond;   /* a vCPU thread stopped */

void cpus_register_accel(const AccelOps *ops)
{
    accel_ops = ops;
}

const AccelOps *cpus_get_accel(void)
{
    return accel_ops;
}

bool qemu_cpu_is_self(CPUState *cpu)
{
    return current_cpu == cpu;
}

bool cpu_is_stopped(CPUState *cpu)
{
    return cpu->stopped || !runstate_is_running();
}

bool cpu_can_run(CPUState *cpu)
{
    return !cpu->stop && !cpu_is_stopped(cpu);
}

static bool cpu_thread_is_idle(CPUState *cpu)
{
    if (cpu->stop || qatomic_read(&cpu->exit_request)) {
        return false;
    }
    if (cpu_is_stopped(cpu)) {
        return true;
    }
    return cpu->halted && !cpu_has_work(cpu);
}

bool all_cpu_threads_idle(void)
{
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        if (!cpu_thread_is_idle(cpu)) {
            return false;
        }
    }
    return true;
}

void qemu_cpu_kick(CPUState *cpu)
{
    g_cond_broadcast(&cpu->halt_cond);
    if (accel_ops && accel_ops->kick_vcpu_thread) {
        accel_ops->kick_vcpu_thread(cpu);
    } else {
        cpu_exit(cpu);
    }
}

void qemu_cpu_stop(CPUState *cpu)
{
    cpu->stop = false;
    cpu->stopped = true;
    cpu_exit(cpu);
    g_cond_broadcast(&qemu_pause_cond);
}

void qemu_wait_io_event(CPUState *cpu)
{
    while (cpu_thread_is_idle(cpu)) {
        qemu_cond_wait_iothread(&cpu->halt_cond);
    }
    if (cpu->stop) {
        qemu_cpu_stop(cpu);
    }
    /* exit_request is consumed by the accelerator's loop */
}

void cpu_thread_signal_created(CPUState *cpu)
{
    cpu->created = true;
    g_cond_broadcast(&qemu_cpu_cond);
}

void qemu_init_vcpu(CPUState *cpu)
{
    cpu->stopped = true;
    if (!accel_ops || !accel_ops->create_vcpu_thread) {
        /* qtest and a machine without an accelerator: no thread. */
        cpu->thread_id = gettid();
        cpu->created = true;
        return;
    }
    accel_ops->create_vcpu_thread(cpu);
    while (!cpu->created) {
        qemu_cond_wait_iothread(&qemu_cpu_cond);
    }
}

static bool all_vcpus_paused(void)
{
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        if (cpu->thread && !cpu->stopped) {
            return false;
        }
    }
    return true;
}

void pause_all_vcpus(void)
{
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        if (!cpu->thread) {
            cpu->stopped = true;
        } else if (qemu_cpu_is_self(cpu)) {
            qemu_cpu_stop(cpu);
        } else {
            cpu->stop = true;
            qemu_cpu_kick(cpu);
        }
    }
    while (!all_vcpus_paused()) {
        qemu_cond_wait_iothread(&qemu_pause_cond);
        CPU_FOREACH(cpu) {
            if (cpu->stop) {
                qemu_cpu_kick(cpu);
            }
        }
    }
}

void resume_all_vcpus(void)
{
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        cpu->stop = false;
        cpu->stopped = false;
        qemu_cpu_kick(cpu);
    }
}
