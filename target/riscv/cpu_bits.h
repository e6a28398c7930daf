/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cpu_bits.h: CSR numbers and register fields of the RISC-V privileged
 * architecture (privileged spec 1.12) that csr.c, cpu_helper.c and
 * pmp.c share with their tests.  Internal to target/riscv.
 */
#ifndef RISCV_CPU_BITS_H
#define RISCV_CPU_BITS_H

/* Unprivileged CSRs */
#define CSR_FFLAGS          0x001
#define CSR_FRM             0x002
#define CSR_FCSR            0x003
#define CSR_CYCLE           0xc00
#define CSR_TIME            0xc01
#define CSR_INSTRET         0xc02
#define CSR_HPMCOUNTER3     0xc03
#define CSR_HPMCOUNTER31    0xc1f

/* Supervisor CSRs */
#define CSR_SSTATUS         0x100
#define CSR_SIE             0x104
#define CSR_STVEC           0x105
#define CSR_SCOUNTEREN      0x106
#define CSR_SENVCFG         0x10a
#define CSR_SSCRATCH        0x140
#define CSR_SEPC            0x141
#define CSR_SCAUSE          0x142
#define CSR_STVAL           0x143
#define CSR_SIP             0x144
#define CSR_STIMECMP        0x14d
#define CSR_SATP            0x180

/* Machine CSRs */
#define CSR_MVENDORID       0xf11
#define CSR_MARCHID         0xf12
#define CSR_MIMPID          0xf13
#define CSR_MHARTID         0xf14
#define CSR_MCONFIGPTR      0xf15
#define CSR_MSTATUS         0x300
#define CSR_MISA            0x301
#define CSR_MEDELEG         0x302
#define CSR_MIDELEG         0x303
#define CSR_MIE             0x304
#define CSR_MTVEC           0x305
#define CSR_MCOUNTEREN      0x306
#define CSR_MENVCFG         0x30a
#define CSR_MCOUNTINHIBIT   0x320
#define CSR_MHPMEVENT3      0x323
#define CSR_MHPMEVENT31     0x33f
#define CSR_MSCRATCH        0x340
#define CSR_MEPC            0x341
#define CSR_MCAUSE          0x342
#define CSR_MTVAL           0x343
#define CSR_MIP             0x344
#define CSR_PMPCFG0         0x3a0
#define CSR_PMPCFG3         0x3a3
#define CSR_PMPADDR0        0x3b0
#define CSR_PMPADDR15       0x3bf
#define CSR_MSECCFG         0x747
#define CSR_TSELECT         0x7a0
#define CSR_TDATA1          0x7a1
#define CSR_TDATA2          0x7a2
#define CSR_TDATA3          0x7a3
#define CSR_TINFO           0x7a4
#define CSR_MCYCLE          0xb00
#define CSR_MINSTRET        0xb02
#define CSR_MHPMCOUNTER3    0xb03
#define CSR_MHPMCOUNTER31   0xb1f

#define CSR_TABLE_SIZE      0x1000

/* mcounteren, scounteren and mcountinhibit bits */
#define COUNTEREN_CY        (1U << 0)
#define COUNTEREN_TM        (1U << 1)
#define COUNTEREN_IR        (1U << 2)
/* The hpm counters that exist: 3..18, as QEMU 8.2's default pmu-mask. */
#define RISCV_HPM_AVAIL     0x0007fff8U

/* menvcfg / senvcfg */
#define MENVCFG_FIOM        (1ULL << 0)
#define MENVCFG_CBIE        (3ULL << 4)
#define MENVCFG_CBCFE       (1ULL << 6)
#define MENVCFG_CBZE        (1ULL << 7)
#define MENVCFG_ADUE        (1ULL << 61)    /* Svadu: hardware A/D */
#define MENVCFG_PBMTE       (1ULL << 62)
#define MENVCFG_STCE        (1ULL << 63)

/* satp (RV64) */
#define SATP64_MODE         0xf000000000000000ULL
#define SATP64_ASID         0x0ffff00000000000ULL
#define SATP64_PPN          0x00000fffffffffffULL
#define SATP64_MODE_SHIFT   60

/* Page table entries (Sv39/48/57) */
#define PTE_V               0x001ULL
#define PTE_R               0x002ULL
#define PTE_W               0x004ULL
#define PTE_X               0x008ULL
#define PTE_U               0x010ULL
#define PTE_G               0x020ULL
#define PTE_A               0x040ULL
#define PTE_D               0x080ULL
#define PTE_PPN_MASK        0x003ffffffffffc00ULL
#define PTE_PPN_SHIFT       10
#define PTE_RESERVED        0x1fc0000000000000ULL
#define PTE_PBMT            0x6000000000000000ULL
#define PTE_N               0x8000000000000000ULL

/* pmpcfg bytes */
#define PMP_READ            0x01
#define PMP_WRITE           0x02
#define PMP_EXEC            0x04
#define PMP_A_SHIFT         3
#define PMP_A_MASK          0x18
#define PMP_LOCK            0x80
#define PMP_AMATCH_OFF      0
#define PMP_AMATCH_TOR      1
#define PMP_AMATCH_NA4      2
#define PMP_AMATCH_NAPOT    3

/* CPUState.exception_index of an interrupt: the flag | its number */
#define RISCV_EXCP_INT_FLAG 0x80000000U
#define RISCV_EXCP_INT_MASK 0x7fffffffU

/* Interrupts M-mode and S-mode software can enable in mie */
#define M_MODE_INTERRUPTS   (MIP_MSIP | MIP_MTIP | MIP_MEIP)
#define S_MODE_INTERRUPTS   (MIP_SSIP | MIP_STIP | MIP_SEIP)

/* The machine timer's frequency (rdtime ticks per second) */
#define RISCV_TIMEBASE_FREQ 10000000ULL

/* The configuration of the hart that owns @env. */
static inline const RISCVCPUConfig *riscv_cpu_cfg(CPURISCVState *env)
{
    return &env_archcpu(env)->cfg;
}

/* PMP: the number of active entries (pmpcfg.A != OFF) */
uint32_t pmp_get_num_rules(CPURISCVState *env);
/* PMP at hart reset: every entry off and unlocked (cpu.c calls it). */
void pmp_reset(CPURISCVState *env);

#endif
