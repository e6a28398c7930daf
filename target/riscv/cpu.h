/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cpu.h: the RISC-V hart (RV64GC, M/S/U modes) and the interfaces
 * between its pieces:
 *
 *   cpu.c          QOM types (rv64, max), -cpu properties, reset, ISA string
 *   translate.c    decode cache, software TLB, the interpreter loop
 *                  (riscv_cpu_exec), integer/A/M/C/Zb*, Zicsr dispatch
 *   csr.c          every CSR: riscv_csrrw with privilege and WARL rules
 *   cpu_helper.c   traps and interrupts, MMU (Sv39/48/57), mret/sret/wfi/
 *                  sfence.vma, mip updates from devices, Sstc timer
 *   pmp.c          physical memory protection
 *   fpu_helper.c   F and D arithmetic over fpu/softfloat
 *
 * The state lives in RISCVCPU.env; XLEN is 64 only.
 */
#ifndef RISCV_CPU_H
#define RISCV_CPU_H

#include "hw/core/cpu.h"
#include "exec/memory.h"
#include "qemu/timer.h"

typedef uint64_t target_ulong;
typedef int64_t target_long;
#define TARGET_FMT_lx "%016" PRIx64

#define TYPE_RISCV_CPU "riscv-cpu"
#define RISCV_CPU_TYPE_SUFFIX "-" TYPE_RISCV_CPU
#define RISCV_CPU_TYPE_NAME(name) (name RISCV_CPU_TYPE_SUFFIX)
#define TYPE_RISCV_CPU_BASE64 RISCV_CPU_TYPE_NAME("rv64")
#define TYPE_RISCV_CPU_MAX RISCV_CPU_TYPE_NAME("max")

OBJECT_DECLARE_TYPE(RISCVCPU, RISCVCPUClass, RISCV_CPU)

/* Privilege levels */
#define PRV_U 0
#define PRV_S 1
#define PRV_M 3

/* misa letters */
#define RVI (1ULL << ('I' - 'A'))
#define RVM (1ULL << ('M' - 'A'))
#define RVA (1ULL << ('A' - 'A'))
#define RVF (1ULL << ('F' - 'A'))
#define RVD (1ULL << ('D' - 'A'))
#define RVC (1ULL << ('C' - 'A'))
#define RVS (1ULL << ('S' - 'A'))
#define RVU (1ULL << ('U' - 'A'))
#define MISA_MXL_64 (2ULL << 62)

/* Exception causes (mcause without the interrupt bit) */
typedef enum RISCVException {
    RISCV_EXCP_NONE = -1,
    RISCV_EXCP_INST_ADDR_MIS = 0x0,
    RISCV_EXCP_INST_ACCESS_FAULT = 0x1,
    RISCV_EXCP_ILLEGAL_INST = 0x2,
    RISCV_EXCP_BREAKPOINT = 0x3,
    RISCV_EXCP_LOAD_ADDR_MIS = 0x4,
    RISCV_EXCP_LOAD_ACCESS_FAULT = 0x5,
    RISCV_EXCP_STORE_AMO_ADDR_MIS = 0x6,
    RISCV_EXCP_STORE_AMO_ACCESS_FAULT = 0x7,
    RISCV_EXCP_U_ECALL = 0x8,
    RISCV_EXCP_S_ECALL = 0x9,
    RISCV_EXCP_M_ECALL = 0xb,
    RISCV_EXCP_INST_PAGE_FAULT = 0xc,
    RISCV_EXCP_LOAD_PAGE_FAULT = 0xd,
    RISCV_EXCP_STORE_PAGE_FAULT = 0xf,
} RISCVException;

/* Interrupt numbers (mip/mie bits) */
#define IRQ_S_SOFT 1
#define IRQ_M_SOFT 3
#define IRQ_S_TIMER 5
#define IRQ_M_TIMER 7
#define IRQ_S_EXT 9
#define IRQ_M_EXT 11
#define MIP_SSIP (1ULL << IRQ_S_SOFT)
#define MIP_MSIP (1ULL << IRQ_M_SOFT)
#define MIP_STIP (1ULL << IRQ_S_TIMER)
#define MIP_MTIP (1ULL << IRQ_M_TIMER)
#define MIP_SEIP (1ULL << IRQ_S_EXT)
#define MIP_MEIP (1ULL << IRQ_M_EXT)

/* mstatus fields */
#define MSTATUS_SIE     0x00000002ULL
#define MSTATUS_MIE     0x00000008ULL
#define MSTATUS_SPIE    0x00000020ULL
#define MSTATUS_UBE     0x00000040ULL
#define MSTATUS_MPIE    0x00000080ULL
#define MSTATUS_SPP     0x00000100ULL
#define MSTATUS_VS      0x00000600ULL
#define MSTATUS_MPP     0x00001800ULL
#define MSTATUS_FS      0x00006000ULL
#define MSTATUS_XS      0x00018000ULL
#define MSTATUS_MPRV    0x00020000ULL
#define MSTATUS_SUM     0x00040000ULL
#define MSTATUS_MXR     0x00080000ULL
#define MSTATUS_TVM     0x00100000ULL
#define MSTATUS_TW      0x00200000ULL
#define MSTATUS_TSR     0x00400000ULL
#define MSTATUS_UXL     0x0000000300000000ULL
#define MSTATUS_SXL     0x0000000C00000000ULL
#define MSTATUS_SD      0x8000000000000000ULL
#define MSTATUS_FS_OFF      0
#define MSTATUS_FS_INITIAL  1
#define MSTATUS_FS_CLEAN    2
#define MSTATUS_FS_DIRTY    3

/* Floating-point rounding modes (frm and the rm field) and flags */
#define RISCV_FRM_RNE 0
#define RISCV_FRM_RTZ 1
#define RISCV_FRM_RDN 2
#define RISCV_FRM_RUP 3
#define RISCV_FRM_RMM 4
#define RISCV_FRM_DYN 7
#define FPEXC_NX 0x01
#define FPEXC_UF 0x02
#define FPEXC_OF 0x04
#define FPEXC_DZ 0x08
#define FPEXC_NV 0x10

/* PMP */
#define MAX_RISCV_PMPS 16

typedef struct pmp_entry_t {
    target_ulong addr_reg;
    uint8_t cfg_reg;
} pmp_entry_t;

typedef struct pmp_addr_t {
    hwaddr sa;
    hwaddr ea;
} pmp_addr_t;

typedef struct pmp_table_t {
    pmp_entry_t pmp[MAX_RISCV_PMPS];
    pmp_addr_t addr[MAX_RISCV_PMPS];
    uint32_t num_rules;
} pmp_table_t;

/* The -cpu properties: which extensions, and the hart's identity. */
typedef struct RISCVCPUConfig {
    bool ext_i, ext_m, ext_a, ext_f, ext_d, ext_c, ext_s, ext_u;
    bool ext_zicsr, ext_zifencei, ext_zicntr, ext_zihpm;
    bool ext_zba, ext_zbb, ext_zbc, ext_zbs;
    bool ext_zicbom, ext_zicboz, ext_zicbop;
    bool ext_zihintpause, ext_zawrs, ext_zfa;
    bool ext_sstc, ext_svadu, ext_svinval, ext_svnapot, ext_svpbmt;
    bool mmu, pmp;
    uint16_t cbom_blocksize, cboz_blocksize;
    uint32_t mvendorid;
    uint64_t marchid, mimpid;
    uint8_t satp_mode_max;      /* VM_1_10_SV39/48/57 */
} RISCVCPUConfig;

/* The software TLB and decode cache; translate.c owns their contents. */
#include "target/riscv/tlb.h"

typedef struct CPUArchState {
    target_ulong gpr[32];
    uint64_t fpr[32];           /* singles are NaN-boxed */
    target_ulong pc;
    target_ulong load_res;      /* LR reservation address, -1 for none */
    target_ulong load_val;

    uint32_t fflags;            /* accrued exceptions (FPEXC_*) */
    uint32_t frm;               /* dynamic rounding mode */

    target_ulong priv;          /* PRV_U, PRV_S or PRV_M */
    target_ulong misa;
    target_ulong misa_ext_mask;
    int priv_ver;               /* PRIV_VERSION_* */
    target_ulong mhartid;
    target_ulong resetvec;

    uint64_t mstatus;
    uint64_t mip;               /* atomic: devices set bits from any thread */
    uint64_t mie;
    uint64_t mideleg;
    uint64_t medeleg;
    uint64_t miclaim;

    target_ulong mtvec, mepc, mcause, mtval, mscratch;
    target_ulong stvec, sepc, scause, stval, sscratch;
    target_ulong satp;
    target_ulong badaddr;       /* tval of the exception being raised */
    uint64_t menvcfg, senvcfg;
    uint64_t mseccfg;
    uint32_t mcounteren, scounteren, mcountinhibit;
    uint64_t mcycle_base, minstret_base;   /* written-value offsets */
    /* Instructions retired: translate.c keeps it exact at helper calls. */
    uint64_t instret;

    uint64_t stimecmp;          /* Sstc */
    QEMUTimer *stimer;

    pmp_table_t pmp_state;

    /* The machine's time source for rdtime/time CSRs (10 MHz ticks). */
    uint64_t (*rdtime_fn)(void *opaque);
    void *rdtime_fn_arg;

    RISCVTLB tlb;               /* translate.c */
} CPURISCVState;

#define PRIV_VERSION_1_10_0 0
#define PRIV_VERSION_1_11_0 1
#define PRIV_VERSION_1_12_0 2

/* satp modes (RV64) */
#define VM_1_10_MBARE 0
#define VM_1_10_SV39 8
#define VM_1_10_SV48 9
#define VM_1_10_SV57 10

struct RISCVCPU {
    CPUState parent_obj;
    CPURISCVState env;
    RISCVCPUConfig cfg;
};

struct RISCVCPUClass {
    CPUClass parent_class;
    DeviceRealize parent_realize;
    DeviceReset parent_reset;
};

static inline RISCVCPU *env_archcpu(CPURISCVState *env)
{
    return container_of(env, RISCVCPU, env);
}

static inline CPUState *env_cpu(CPURISCVState *env)
{
    return &env_archcpu(env)->parent_obj;
}

static inline bool riscv_has_ext(CPURISCVState *env, target_ulong ext)
{
    return (env->misa & ext) != 0;
}

/* ---- cpu.c ---- */
/* The ISA string for the device tree: "rv64imafdc_zicsr_..." (g_free). */
char *riscv_isa_string(RISCVCPU *cpu);
void riscv_cpu_list(void);                  /* -cpu help */
/* The machine's timer: rdtime and Sstc read it. */
void riscv_cpu_set_rdtime_fn(CPURISCVState *env, uint64_t (*fn)(void *),
                             void *arg);

/* ---- translate.c ---- */
int riscv_cpu_exec(CPUState *cs);           /* CPUClass.cpu_exec */
/* Raise @cause with tval @tval: leaves the instruction, never returns. */
G_NORETURN void riscv_raise_exception(CPURISCVState *env,
                                      RISCVException cause,
                                      target_ulong tval);
/* Drop all TLB entries (satp, privilege, PMP, mstatus MPRV/MXR changes). */
void riscv_tlb_flush(CPURISCVState *env);
/* Drop cached decodes of guest physical [start, end). */
void riscv_decode_cache_invalidate(hwaddr start, hwaddr end);
void riscv_cpu_dump_state(CPUState *cs, FILE *f, int flags);

/* ---- csr.c ---- */
/*
 * Read-modify-write CSR @csrno: *@ret_value gets the old value (when
 * non-NULL), then bits in @write_mask are set from @new_value.  A
 * write_mask of 0 is a pure read (csrrs/csrrc with x0).  Returns the
 * exception to raise (illegal instruction, virtual...) or
 * RISCV_EXCP_NONE.
 */
RISCVException riscv_csrrw(CPURISCVState *env, int csrno,
                           target_ulong *ret_value, target_ulong new_value,
                           target_ulong write_mask);
/* The same without privilege checks (debugger, HMP, reset). */
RISCVException riscv_csrrw_debug(CPURISCVState *env, int csrno,
                                 target_ulong *ret_value,
                                 target_ulong new_value,
                                 target_ulong write_mask);
/* The name of CSR @csrno for -d cpu and the disassembler, or NULL. */
const char *riscv_csr_name(int csrno);

/* ---- cpu_helper.c ---- */
/* The TLB index for an access: 0 U, 1 S, 2 S with SUM, 3 M (MPRV applied). */
int riscv_cpu_mmu_index(CPURISCVState *env, bool ifetch);
#define RISCV_MMU_IDX_COUNT 4

#define TRANSLATE_SUCCESS 0
#define TRANSLATE_FAIL 1
#define TRANSLATE_PMP_FAIL 2
/*
 * Translate @addr for @access_type at @mmu_idx: *@physical and *@prot
 * (PAGE_READ|PAGE_WRITE|PAGE_EXEC) on success.  *@tlb_size is the size
 * of the naturally aligned block around @addr for which the result holds
 * (a page, or less when a PMP region boundary falls inside the page: the
 * TLB must then not cache it).  Updates A/D bits in the page tables.
 */
int riscv_get_physical_address(CPURISCVState *env, hwaddr *physical,
                               int *prot, target_ulong *tlb_size,
                               vaddr addr, MMUAccessType access_type,
                               int mmu_idx);
/*
 * As above, but a failure raises the right page-fault or access-fault
 * exception with tval @addr (never returns then).  The TLB calls it.
 */
void riscv_cpu_tlb_fill(CPURISCVState *env, vaddr addr, int size,
                        MMUAccessType access_type, int mmu_idx,
                        hwaddr *physical, int *prot,
                        target_ulong *tlb_size);
/* Take the trap in cs->exception_index (or the interrupt) now. */
void riscv_cpu_do_interrupt(CPUState *cs);
/* If an interrupt is pending and enabled, take it and return true. */
bool riscv_cpu_exec_interrupt(CPUState *cs, int interrupt_request);
/* The interrupt number to take now, or -1. */
int riscv_cpu_local_irq_pending(CPURISCVState *env);
bool riscv_cpu_has_work(CPUState *cs);
/*
 * Devices (CLINT, PLIC) change mip bits in @mask to @value, with the BQL
 * held; the hart is kicked when an interrupt becomes pending.  Returns
 * the old mip.
 */
uint64_t riscv_cpu_update_mip(CPURISCVState *env, uint64_t mask,
                              uint64_t value);
void riscv_cpu_set_mode(CPURISCVState *env, target_ulong newpriv);
target_ulong helper_mret(CPURISCVState *env);   /* returns the new pc */
target_ulong helper_sret(CPURISCVState *env);
void helper_wfi(CPURISCVState *env);            /* may halt the hart */
void helper_sfence_vma(CPURISCVState *env);
/* Sstc: re-arm the S timer after stimecmp or time changes. */
void riscv_timer_write_timecmp(CPURISCVState *env, uint64_t value);

/* ---- pmp.c ---- */
#define PAGE_READ 0x1
#define PAGE_WRITE 0x2
#define PAGE_EXEC 0x4
/*
 * May @mode access [addr, addr+size)?  *@allowed_prot gets the
 * permissions, *@tlb_size as for riscv_get_physical_address.
 */
bool pmp_hart_has_privs(CPURISCVState *env, hwaddr addr, target_ulong size,
                        int privs, int *allowed_prot,
                        target_ulong *tlb_size, target_ulong mode);
void pmpcfg_csr_write(CPURISCVState *env, uint32_t reg_index,
                      target_ulong val);
target_ulong pmpcfg_csr_read(CPURISCVState *env, uint32_t reg_index);
void pmpaddr_csr_write(CPURISCVState *env, uint32_t addr_index,
                       target_ulong val);
target_ulong pmpaddr_csr_read(CPURISCVState *env, uint32_t addr_index);
void mseccfg_csr_write(CPURISCVState *env, target_ulong val);
target_ulong mseccfg_csr_read(CPURISCVState *env);

#endif
