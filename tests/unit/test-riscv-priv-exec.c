/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-riscv-priv-exec.c: the privileged architecture through the
 * interpreter: hand-encoded programs on a hart of the rv64 model that
 * drop from M to S and U, take and delegate traps, run with Sv39
 * paging (A/D bits set by the walk), meet PMP, take a vectored
 * interrupt raised on mip, and halt in wfi.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/main-loop.h"
#include "qemu/module.h"
#include "sysemu/cpu-timers.h"
#include "target/riscv/cpu.h"
#include "target/riscv/cpu_bits.h"
#include "riscv-asm.h"

#define RAM_BASE 0x80000000ULL
#define RAM_SIZE (1 * MiB)
#define M_CODE (RAM_BASE + 0x0000)      /* the program starts here, in M */
#define M_TRAP (RAM_BASE + 0x1000)      /* mtvec */
#define S_TRAP (RAM_BASE + 0x2000)      /* stvec */
#define LOW_CODE (RAM_BASE + 0x3000)    /* S- or U-mode code */
#define PT_ROOT (RAM_BASE + 0x10000)    /* Sv39 tables */
#define PT_L1 (RAM_BASE + 0x11000)
#define PT_L0 (RAM_BASE + 0x12000)
#define DATA (RAM_BASE + 0x20000)

#define MRET 0x30200073
#define WFI 0x10500073
#define LOOP JAL(0, 0)

static RISCVCPU *cpu;
static CPURISCVState *env;
static uint8_t *ram;
static MemoryRegion ram_mr;

static void setup(void)
{
    module_call_init(MODULE_INIT_QOM);
    qemu_init_main_loop(&error_abort);
    memory_region_init_ram(&ram_mr, NULL, "ram", RAM_SIZE, &error_abort);
    memory_region_add_subregion(get_system_memory(), RAM_BASE, &ram_mr);
    ram = memory_region_get_ram_ptr(&ram_mr);
    cpu = RISCV_CPU(object_new(TYPE_RISCV_CPU_BASE64));
    qdev_realize(DEVICE(cpu), NULL, &error_abort);
    env = &cpu->env;
    use_icount = 1;
}

static void place(hwaddr addr, const uint32_t *code, size_t n)
{
    memcpy(ram + (addr - RAM_BASE), code, 4 * n);
}

#define PLACE(addr, ...) do {                                   \
        const uint32_t code_[] = { __VA_ARGS__ };               \
        place(addr, code_, ARRAY_SIZE(code_));                  \
    } while (0)

/* A fresh hart in M-mode at M_CODE, RAM cleared. */
static void reset(void)
{
    cpu_reset(CPU(cpu));
    pmp_reset(env);
    memset(ram, 0, RAM_SIZE);
    tb_invalidate_phys_range(RAM_BASE, RAM_BASE + RAM_SIZE);
    env->pc = M_CODE;
    env->mtvec = M_TRAP;
    env->stvec = S_TRAP;
}

static void csr_set(int csrno, target_ulong val)
{
    g_assert_cmpint(riscv_csrrw_debug(env, csrno, NULL, val, -1), ==,
                    RISCV_EXCP_NONE);
}

/* PMP entry 0 opens all memory to S and U. */
static void pmp_open_all(void)
{
    csr_set(CSR_PMPADDR0, -1);
    csr_set(CSR_PMPCFG0, (PMP_AMATCH_NAPOT << PMP_A_SHIFT) |
                         PMP_READ | PMP_WRITE | PMP_EXEC);
}

/* mret from M_CODE into @mode at LOW_CODE. */
static void enter(target_ulong mode)
{
    env->mepc = LOW_CODE;
    env->mstatus = (env->mstatus & ~MSTATUS_MPP) | (mode << 11);
    PLACE(M_CODE, MRET);
}

/* Run @insns instructions (ending in a self-loop is fine). */
static int run(int64_t insns)
{
    CPUState *cs = CPU(cpu);

    tb_invalidate_phys_range(RAM_BASE, RAM_BASE + RAM_SIZE);
    cs->icount_budget = insns;
    return riscv_cpu_exec(cs);
}

/* The trap handlers record cause, epc and tval in x10, x11, x12. */
static void place_handlers(void)
{
    PLACE(M_TRAP, CSRRS(10, CSR_MCAUSE, 0), CSRRS(11, CSR_MEPC, 0),
          CSRRS(12, CSR_MTVAL, 0), LOOP);
    PLACE(S_TRAP, CSRRS(10, CSR_SCAUSE, 0), CSRRS(11, CSR_SEPC, 0),
          CSRRS(12, CSR_STVAL, 0), LOOP);
}

static void test_ecall_delegated(void)
{
    reset();
    place_handlers();
    pmp_open_all();
    env->medeleg = 1 << RISCV_EXCP_U_ECALL;
    enter(PRV_U);
    PLACE(LOW_CODE, ADDI(5, 0, 7), ECALL, LOOP);
    run(50);
    g_assert_cmpint(env->priv, ==, PRV_S);
    g_assert_cmphex(env->gpr[5], ==, 7);
    g_assert_cmphex(env->gpr[10], ==, RISCV_EXCP_U_ECALL);
    g_assert_cmphex(env->gpr[11], ==, LOW_CODE + 4);
    g_assert_cmphex(env->gpr[12], ==, 0);
    g_assert_cmphex(env->pc, ==, S_TRAP + 12);
    g_assert_cmphex(env->mstatus & MSTATUS_SPP, ==, 0);
}

static void test_illegal_csr_from_u(void)
{
    uint32_t insn = CSRRS(1, CSR_MSTATUS, 0);

    reset();
    place_handlers();
    pmp_open_all();
    enter(PRV_U);
    place(LOW_CODE, &insn, 1);
    run(50);
    g_assert_cmpint(env->priv, ==, PRV_M);
    g_assert_cmphex(env->gpr[10], ==, RISCV_EXCP_ILLEGAL_INST);
    g_assert_cmphex(env->gpr[11], ==, LOW_CODE);
    g_assert_cmphex(env->gpr[12], ==, insn);
    g_assert_cmphex(env->mstatus & MSTATUS_MPP, ==, 0);
}

/* mret into S without any PMP entry is refused (S could not run). */
static void test_mret_needs_pmp(void)
{
    reset();
    place_handlers();
    enter(PRV_S);
    run(20);
    g_assert_cmpint(env->priv, ==, PRV_M);
    g_assert_cmphex(env->gpr[10], ==, RISCV_EXCP_ILLEGAL_INST);
    g_assert_cmphex(env->gpr[11], ==, M_CODE);
}

static uint64_t pte_at(hwaddr a)
{
    uint64_t v;

    memcpy(&v, ram + (a - RAM_BASE), 8);
    return v;
}

static void pte_put(hwaddr a, uint64_t v)
{
    memcpy(ram + (a - RAM_BASE), &v, 8);
}

/*
 * Sv39: RAM identity-mapped by a 1 GiB page (supervisor, RWX, A/D set);
 * VA 0x40001000 -> DATA through 4 KiB tables, A and D clear.
 */
static void build_sv39(void)
{
    pte_put(PT_ROOT + 8 * 2, (RAM_BASE >> 12 << 10) | PTE_V | PTE_R |
            PTE_W | PTE_X | PTE_A | PTE_D);
    pte_put(PT_ROOT + 8 * 1, (PT_L1 >> 12 << 10) | PTE_V);
    pte_put(PT_L1 + 8 * 0, (PT_L0 >> 12 << 10) | PTE_V);
    pte_put(PT_L0 + 8 * 1, (DATA >> 12 << 10) | PTE_V | PTE_R | PTE_W);
    csr_set(CSR_SATP, (8ULL << 60) | (PT_ROOT >> 12));
}

static void test_sv39_paging(void)
{
    reset();
    place_handlers();
    pmp_open_all();
    build_sv39();
    pte_put(DATA, 0x1234);
    enter(PRV_S);
    /* t0 = 0x40001000: load, store back at +8, then load unmapped */
    PLACE(LOW_CODE, LUI(5, 0x40001), LD(6, 5, 0), SD(6, 5, 8),
          LUI(7, 0x40002), LD(8, 7, 0), LOOP);
    run(50);
    g_assert_cmphex(env->gpr[6], ==, 0x1234);
    g_assert_cmphex(pte_at(DATA + 8), ==, 0x1234);
    g_assert_cmphex(pte_at(PT_L0 + 8) & (PTE_A | PTE_D), ==, PTE_A | PTE_D);
    g_assert_cmpint(env->priv, ==, PRV_M);
    g_assert_cmphex(env->gpr[10], ==, RISCV_EXCP_LOAD_PAGE_FAULT);
    g_assert_cmphex(env->gpr[11], ==, LOW_CODE + 16);
    g_assert_cmphex(env->gpr[12], ==, 0x40002000);
}

/* A store to a read-only page faults, and leaves D clear. */
static void test_sv39_store_fault(void)
{
    reset();
    place_handlers();
    pmp_open_all();
    build_sv39();
    pte_put(PT_L0 + 8, (DATA >> 12 << 10) | PTE_V | PTE_R);
    enter(PRV_S);
    PLACE(LOW_CODE, LUI(5, 0x40001), LD(6, 5, 0), SD(6, 5, 8), LOOP);
    run(50);
    g_assert_cmphex(env->gpr[10], ==, RISCV_EXCP_STORE_PAGE_FAULT);
    g_assert_cmphex(env->gpr[12], ==, 0x40001008);
    g_assert_cmphex(pte_at(PT_L0 + 8) & (PTE_A | PTE_D), ==, PTE_A);
}

/* S-mode may read only what PMP grants: an access fault otherwise. */
static void test_pmp_access_fault(void)
{
    reset();
    place_handlers();
    /* entry 0: the first 64 KiB of RAM (code), entry 1 nothing else */
    csr_set(CSR_PMPADDR0, (RAM_BASE >> 2) | 0x1fff);
    csr_set(CSR_PMPCFG0, (PMP_AMATCH_NAPOT << PMP_A_SHIFT) | PMP_READ |
                         PMP_EXEC);
    enter(PRV_S);
    PLACE(LOW_CODE, LUI(5, 0x40010), SLLI(5, 5, 1), LD(6, 5, 0), LOOP);
    run(50);
    g_assert_cmphex(env->gpr[10], ==, RISCV_EXCP_LOAD_ACCESS_FAULT);
    g_assert_cmphex(env->gpr[12], ==, DATA);
}

static void test_vectored_interrupt(void)
{
    reset();
    env->mtvec = M_TRAP | 1;
    PLACE(M_TRAP + 4 * IRQ_M_SOFT, CSRRS(10, CSR_MCAUSE, 0),
          CSRRS(11, CSR_MEPC, 0), LOOP);
    PLACE(M_CODE, LOOP);
    csr_set(CSR_MIE, MIP_MSIP);
    env->mstatus |= MSTATUS_MIE;
    riscv_cpu_update_mip(env, MIP_MSIP, MIP_MSIP);
    run(20);            /* the kick may end the first round early */
    run(20);
    g_assert_cmphex(env->gpr[10], ==, (1ULL << 63) | IRQ_M_SOFT);
    g_assert_cmphex(env->gpr[11], ==, M_CODE);
    g_assert_cmphex(env->mstatus & (MSTATUS_MIE | MSTATUS_MPIE), ==,
                    MSTATUS_MPIE);
    riscv_cpu_update_mip(env, MIP_MSIP, 0);
}

static void test_wfi_halts(void)
{
    CPUState *cs = CPU(cpu);

    reset();
    PLACE(M_CODE, WFI, ADDI(5, 0, 1), LOOP);
    g_assert_cmpint(run(20), ==, EXCP_HLT);
    g_assert_cmpint(cs->halted, ==, 1);
    g_assert_cmphex(env->pc, ==, M_CODE + 4);
    /* halted: stays so until an interrupt is pending and enabled */
    g_assert_cmpint(run(20), ==, EXCP_HALTED);
    csr_set(CSR_MIE, MIP_MSIP);
    riscv_cpu_update_mip(env, MIP_MSIP, MIP_MSIP);
    run(20);
    run(20);
    g_assert_cmpint(cs->halted, ==, 0);
    g_assert_cmphex(env->gpr[5], ==, 1);        /* MIE off: no trap */
    riscv_cpu_update_mip(env, MIP_MSIP, 0);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    setup();
    g_test_add_func("/riscv/priv-exec/ecall-delegated",
                    test_ecall_delegated);
    g_test_add_func("/riscv/priv-exec/illegal-csr-from-u",
                    test_illegal_csr_from_u);
    g_test_add_func("/riscv/priv-exec/mret-needs-pmp", test_mret_needs_pmp);
    g_test_add_func("/riscv/priv-exec/sv39", test_sv39_paging);
    g_test_add_func("/riscv/priv-exec/sv39-store-fault",
                    test_sv39_store_fault);
    g_test_add_func("/riscv/priv-exec/pmp-access-fault",
                    test_pmp_access_fault);
    g_test_add_func("/riscv/priv-exec/vectored-interrupt",
                    test_vectored_interrupt);
    g_test_add_func("/riscv/priv-exec/wfi", test_wfi_halts);
    return g_test_run();
}
