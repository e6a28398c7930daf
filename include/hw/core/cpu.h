/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cpu.h: the target-independent part of a virtual CPU (QEMU's CPUState
 * and CPUClass).  A CPU is a device; the target's CPU type (riscv-cpu,
 * x86 under kvm) derives from TYPE_CPU and embeds its register state
 * after the CPUState.  The accelerator runs each CPU in a vCPU thread
 * (system/cpus.c, accel/tcg, accel/kvm).
 *
 * Threads: a vCPU thread runs guest code without the BQL and takes it
 * for MMIO and for device interrupts; other threads make it stop or look
 * at interrupts with cpu_interrupt(), cpu_exit() and qemu_cpu_kick().
 */
#ifndef HW_CORE_CPU_H
#define HW_CORE_CPU_H

#include <setjmp.h>
#include "hw/qdev-core.h"
#include "exec/hwaddr.h"

typedef uint64_t vaddr;
#define VADDR_PRIx PRIx64

#define TYPE_CPU "cpu"
OBJECT_DECLARE_TYPE(CPUState, CPUClass, CPU)

/* Why cpu_exec returned; below 0x10000 it is a target exception number. */
#define EXCP_INTERRUPT  0x10000 /* exit_request or an interrupt to look at */
#define EXCP_HLT        0x10001 /* the CPU halted (wfi) */
#define EXCP_DEBUG      0x10002 /* a breakpoint or single step hit */
#define EXCP_HALTED     0x10003 /* the CPU was halted on entry */
#define EXCP_YIELD      0x10004 /* let the other vCPUs run (round robin) */
#define EXCP_ATOMIC     0x10005

/* cpu->interrupt_request bits */
#define CPU_INTERRUPT_HARD      0x0002  /* the target's interrupt lines */
#define CPU_INTERRUPT_EXITTB    0x0004  /* leave the block, re-check state */
#define CPU_INTERRUPT_HALT      0x0020
#define CPU_INTERRUPT_DEBUG     0x0080
#define CPU_INTERRUPT_RESET     0x0400

/* MMU access types, as QEMU numbers them. */
typedef enum MMUAccessType {
    MMU_DATA_LOAD = 0,
    MMU_DATA_STORE = 1,
    MMU_INST_FETCH = 2,
} MMUAccessType;

/* Flags for cpu_dump_state (-d cpu, info registers). */
#define CPU_DUMP_CODE   0x00010000
#define CPU_DUMP_FPU    0x00020000

struct CPUClass {
    DeviceClass parent_class;

    /* -cpu NAME to a class (NULL: no such model). */
    ObjectClass *(*class_by_name)(const char *cpu_model);
    /* -cpu help: print the models, as the target's QEMU does. */
    void (*list_models)(void);
    bool (*has_work)(CPUState *cpu);    /* an interrupt would wake it */
    void (*dump_state)(CPUState *cpu, FILE *f, int flags);
    int64_t (*get_arch_id)(CPUState *cpu);
    void (*set_pc)(CPUState *cpu, vaddr value);
    vaddr (*get_pc)(CPUState *cpu);
    /* Guest-virtual accesses for the debugger and HMP x; 0 or -1. */
    int (*memory_rw_debug)(CPUState *cpu, vaddr addr, uint8_t *buf,
                           int len, bool is_write);
    /* The physical address of @addr's page, or -1 if unmapped. */
    hwaddr (*get_phys_page_debug)(CPUState *cpu, vaddr addr);
    /*
     * tcg: run guest code until something needs the vCPU loop's
     * attention; returns an EXCP_* code.  Called without the BQL.
     */
    int (*cpu_exec)(CPUState *cpu);
    /* tcg: drop every cached translation of this CPU (TLB, decodes). */
    void (*tlb_flush)(CPUState *cpu);
    DeviceRealize parent_realize;
    DeviceReset parent_reset;
};

struct CPUState {
    DeviceState parent_obj;

    int cpu_index;              /* 0..smp.cpus-1 */
    int cluster_index;
    void *env_ptr;              /* the target's register state */
    GThread *thread;
    int thread_id;              /* its Linux tid, for info cpus */
    GCond halt_cond;            /* the halted vCPU thread waits here */
    bool thread_running;
    bool created;               /* the vCPU thread is up */
    bool stop;                  /* asked to stop (pause_all_vcpus) */
    bool stopped;               /* not running guest code */
    bool unplug;
    bool crash_occurred;
    uint32_t halted;            /* waiting for an interrupt (wfi) */
    /* Read by the running CPU between instructions; set by any thread. */
    uint32_t interrupt_request;
    int32_t exit_request;
    int exception_index;        /* target exception, or -1 */
    sigjmp_buf jmp_env;         /* cpu_loop_exit() lands here */
    int singlestep_enabled;
    int64_t icount_budget;      /* -icount: instructions left to run */
    int64_t icount_extra;
    int nr_cores;
    int nr_threads;
    /* kvm */
    int kvm_fd;
    struct kvm_run *kvm_run;
    bool vcpu_dirty;

    CPUState *next_cpu;         /* the cpus list, in cpu_index order */
};

/* Every CPU, in creation order. */
extern CPUState *first_cpu;
#define CPU_FOREACH(cpu) for ((cpu) = first_cpu; (cpu); (cpu) = (cpu)->next_cpu)
#define CPU_NEXT(cpu) ((cpu)->next_cpu)

/* The CPU this thread runs, or NULL outside vCPU threads. */
extern __thread CPUState *current_cpu;

/* The CPU with index @index, or NULL. */
CPUState *qemu_get_cpu(int index);

/* Create a CPU of @typename and realize it (exits on failure). */
CPUState *cpu_create(const char *typename);

/* Back to the power-on state. */
void cpu_reset(CPUState *cpu);

/* Set @mask in interrupt_request and kick the CPU so it looks. */
void cpu_interrupt(CPUState *cpu, int mask);
void cpu_reset_interrupt(CPUState *cpu, int mask);
/* Make the CPU leave cpu_exec soon (at the next block end). */
void cpu_exit(CPUState *cpu);
/* Wake the vCPU thread and make it leave guest code. */
void qemu_cpu_kick(CPUState *cpu);
bool qemu_cpu_is_self(CPUState *cpu);
bool cpu_is_stopped(CPUState *cpu);
bool cpu_has_work(CPUState *cpu);

/* Leave guest code now, back to cpu_exec's sigsetjmp; never returns. */
G_NORETURN void cpu_loop_exit(CPUState *cpu);

void cpu_dump_state(CPUState *cpu, FILE *f, int flags);
int cpu_memory_rw_debug(CPUState *cpu, vaddr addr, void *buf, size_t len,
                        bool is_write);

/* CPUs stop and go with the run state (system/cpus.c). */
void pause_all_vcpus(void);
void resume_all_vcpus(void);
bool all_cpu_threads_idle(void);
/* Called by the accelerator when it creates a CPU's thread. */
void qemu_init_vcpu(CPUState *cpu);

#endif
