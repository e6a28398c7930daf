/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cpu-common.c: TYPE_CPU, the abstract device every target's CPU derives
 * from: the list of CPUs, realize (join the list, start the vCPU
 * thread), and the requests other threads make of a running CPU
 * (interrupt, exit, kick).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/main-loop.h"
#include "sysemu/accel-ops.h"
#include "sysemu/reset.h"
#include "hw/core/cpu.h"

CPUState *first_cpu;
__thread CPUState *current_cpu;

CPUState *qemu_get_cpu(int index)
{
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        if (cpu->cpu_index == index) {
            return cpu;
        }
    }
    return NULL;
}

static void cpu_list_add(CPUState *cpu)
{
    CPUState **link = &first_cpu;
    int index = 0;

    while (*link) {
        index = MAX(index, (*link)->cpu_index + 1);
        link = &(*link)->next_cpu;
    }
    cpu->cpu_index = index;
    *link = cpu;
}

static void cpu_list_remove(CPUState *cpu)
{
    CPUState **link;

    for (link = &first_cpu; *link; link = &(*link)->next_cpu) {
        if (*link == cpu) {
            *link = cpu->next_cpu;
            cpu->next_cpu = NULL;
            return;
        }
    }
}

CPUState *cpu_create(const char *typename)
{
    Error *err = NULL;
    CPUState *cpu = CPU(object_new(typename));

    if (!qdev_realize(DEVICE(cpu), NULL, &err)) {
        error_report_err(err);
        object_unref(OBJECT(cpu));
        exit(EXIT_FAILURE);
    }
    return cpu;
}

void cpu_reset(CPUState *cpu)
{
    device_cold_reset(DEVICE(cpu));
}

void cpu_exit(CPUState *cpu)
{
    qatomic_set(&cpu->exit_request, 1);
}

void cpu_interrupt(CPUState *cpu, int mask)
{
    qatomic_or(&cpu->interrupt_request, mask);
    qemu_cpu_kick(cpu);
}

void cpu_reset_interrupt(CPUState *cpu, int mask)
{
    qatomic_and(&cpu->interrupt_request, ~mask);
}

bool cpu_has_work(CPUState *cpu)
{
    CPUClass *cc = CPU_GET_CLASS(cpu);

    return cc->has_work ? cc->has_work(cpu) : false;
}

G_NORETURN void cpu_loop_exit(CPUState *cpu)
{
    siglongjmp(cpu->jmp_env, 1);
}

void cpu_dump_state(CPUState *cpu, FILE *f, int flags)
{
    CPUClass *cc = CPU_GET_CLASS(cpu);

    if (cc->dump_state) {
        cc->dump_state(cpu, f, flags);
    }
}

int cpu_memory_rw_debug(CPUState *cpu, vaddr addr, void *buf, size_t len,
                        bool is_write)
{
    CPUClass *cc = CPU_GET_CLASS(cpu);

    if (!cc->memory_rw_debug) {
        return -1;
    }
    return cc->memory_rw_debug(cpu, addr, buf, len, is_write);
}

/* Every CPU goes back to its power-on state with the machine. */
static void cpu_reset_handler(void *opaque)
{
    cpu_reset(opaque);
}

static void cpu_common_realize(DeviceState *dev, Error **errp)
{
    CPUState *cpu = CPU(dev);

    cpu_list_add(cpu);
    qemu_register_reset(cpu_reset_handler, cpu);
    qemu_init_vcpu(cpu);
}

static void cpu_common_unrealize(DeviceState *dev)
{
    qemu_unregister_reset(cpu_reset_handler, dev);
    cpu_list_remove(CPU(dev));
}

static void cpu_common_reset(DeviceState *dev)
{
    CPUState *cpu = CPU(dev);

    cpu->interrupt_request = 0;
    cpu->halted = 0;
    cpu->exception_index = -1;
    cpu->crash_occurred = false;
    qatomic_set(&cpu->exit_request, 0);
}

static void cpu_common_initfn(Object *obj)
{
    CPUState *cpu = CPU(obj);

    cpu->cpu_index = -1;
    cpu->exception_index = -1;
    cpu->nr_cores = 1;
    cpu->nr_threads = 1;
    cpu->stopped = true;
    g_cond_init(&cpu->halt_cond);
}

static void cpu_common_finalize(Object *obj)
{
    CPUState *cpu = CPU(obj);

    cpu_list_remove(cpu);
    g_cond_clear(&cpu->halt_cond);
}

static void cpu_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);

    dc->realize = cpu_common_realize;
    dc->unrealize = cpu_common_unrealize;
    dc->reset = cpu_common_reset;
    /* CPUs come from -smp and the board, not from -device. */
    dc->user_creatable = false;
}

static const TypeInfo cpu_type_info = {
    .name = TYPE_CPU,
    .parent = TYPE_DEVICE,
    .instance_size = sizeof(CPUState),
    .instance_init = cpu_common_initfn,
    .instance_finalize = cpu_common_finalize,
    .abstract = true,
    .class_size = sizeof(CPUClass),
    .class_init = cpu_class_init,
};

static void cpu_register_types(void)
{
    type_register_static(&cpu_type_info);
}

type_init(cpu_register_types)
