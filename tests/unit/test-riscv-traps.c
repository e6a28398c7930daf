/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-riscv-traps.c: cpu_helper.c: trap entry (delegation, xEPC,
 * xCAUSE, xTVAL, xPP/xPIE/xIE, vectored mode) and its -d int line,
 * interrupt priority and enables, the mip line, mret/sret, wfi,
 * sfence.vma and the TLB index.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/log.h"
#include "riscv-hart-helpers.h"

static CPUState *cs(void)
{
    return env_cpu(th.env);
}

static void take(int index)
{
    cs()->exception_index = index;
    riscv_cpu_do_interrupt(cs());
}

static void test_exception_to_m(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    env->pc = 0x80001000;
    env->mtvec = 0x80000101;            /* vectored: exceptions use base */
    env->mstatus = MSTATUS_MIE;
    env->badaddr = 0x1234;
    take(RISCV_EXCP_LOAD_PAGE_FAULT);
    g_assert_cmphex(env->pc, ==, 0x80000100);
    g_assert_cmphex(env->mepc, ==, 0x80001000);
    g_assert_cmphex(env->mcause, ==, RISCV_EXCP_LOAD_PAGE_FAULT);
    g_assert_cmphex(env->mtval, ==, 0x1234);
    g_assert_cmphex(env->mstatus, ==, MSTATUS_MPIE | MSTATUS_MPP);
    g_assert_cmpint(env->priv, ==, PRV_M);
    g_assert_cmpint(cs()->exception_index, ==, -1);
    test_hart_free();
}

static void test_ecall_cause_and_tval(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    env->badaddr = 0x55;
    env->priv = PRV_U;
    take(RISCV_EXCP_U_ECALL);
    g_assert_cmphex(env->mcause, ==, RISCV_EXCP_U_ECALL);
    g_assert_cmphex(env->mtval, ==, 0);
    g_assert_cmphex(env->mstatus & MSTATUS_MPP, ==, 0);
    env->priv = PRV_S;
    take(RISCV_EXCP_U_ECALL);           /* the caller's mode decides */
    g_assert_cmphex(env->mcause, ==, RISCV_EXCP_S_ECALL);
    g_assert_cmphex(env->mstatus & MSTATUS_MPP, ==, 1ULL << 11);
    take(RISCV_EXCP_U_ECALL);
    g_assert_cmphex(env->mcause, ==, RISCV_EXCP_M_ECALL);
    env->badaddr = 0x30200073;
    take(RISCV_EXCP_ILLEGAL_INST);
    g_assert_cmphex(env->mtval, ==, 0x30200073);
    test_hart_free();
}

static void test_delegation(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    env->medeleg = 1 << RISCV_EXCP_BREAKPOINT;
    env->stvec = 0xc0000000;
    env->mtvec = 0x80000000;
    env->mstatus = MSTATUS_SIE;
    env->priv = PRV_U;
    env->pc = 0x1000;
    env->badaddr = 0x1000;
    take(RISCV_EXCP_BREAKPOINT);
    g_assert_cmpint(env->priv, ==, PRV_S);
    g_assert_cmphex(env->pc, ==, 0xc0000000);
    g_assert_cmphex(env->sepc, ==, 0x1000);
    g_assert_cmphex(env->scause, ==, RISCV_EXCP_BREAKPOINT);
    g_assert_cmphex(env->stval, ==, 0x1000);
    g_assert_cmphex(env->mstatus, ==, MSTATUS_SPIE);   /* SPP = U */
    /* From S: SPP records S */
    take(RISCV_EXCP_BREAKPOINT);
    g_assert_cmphex(env->mstatus & MSTATUS_SPP, ==, MSTATUS_SPP);
    /* Never delegated out of M-mode */
    env->priv = PRV_M;
    take(RISCV_EXCP_BREAKPOINT);
    g_assert_cmpint(env->priv, ==, PRV_M);
    g_assert_cmphex(env->pc, ==, 0x80000000);
    /* Not delegated: to M */
    env->priv = PRV_U;
    take(RISCV_EXCP_ILLEGAL_INST);
    g_assert_cmpint(env->priv, ==, PRV_M);
    test_hart_free();
}

static void test_interrupt_entry(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    env->mtvec = 0x80000001;            /* vectored */
    env->stvec = 0xc0000000;            /* direct */
    env->mideleg = MIP_STIP;
    env->priv = PRV_S;
    env->badaddr = 0x99;
    take(RISCV_EXCP_INT_FLAG | IRQ_M_TIMER);
    g_assert_cmphex(env->pc, ==, 0x80000000 + 4 * IRQ_M_TIMER);
    g_assert_cmphex(env->mcause, ==, (1ULL << 63) | IRQ_M_TIMER);
    g_assert_cmphex(env->mtval, ==, 0);
    env->priv = PRV_U;
    take(RISCV_EXCP_INT_FLAG | IRQ_S_TIMER);
    g_assert_cmphex(env->pc, ==, 0xc0000000);
    g_assert_cmphex(env->scause, ==, (1ULL << 63) | IRQ_S_TIMER);
    env->stvec = 0xc0000001;
    take(RISCV_EXCP_INT_FLAG | IRQ_S_TIMER);
    g_assert_cmphex(env->pc, ==, 0xc0000000 + 4 * IRQ_S_TIMER);
    test_hart_free();
}

static void test_int_log(void)
{
    g_autofree char *path = g_build_filename(g_get_tmp_dir(),
                                             "test-riscv-traps.log", NULL);
    g_autofree char *text = NULL;

    test_hart_new();
    g_assert_true(qemu_set_log_filename_flags(path, CPU_LOG_INT,
                                              &error_abort));
    th.env->pc = 0x80000004;
    th.env->badaddr = 0x30200073;
    take(RISCV_EXCP_ILLEGAL_INST);
    take(RISCV_EXCP_INT_FLAG | IRQ_S_EXT);
    g_assert_true(qemu_set_log_filename_flags(NULL, 0, &error_abort));
    g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
    g_assert_cmpstr(text, ==,
        "riscv_cpu_do_interrupt: hart:0, async:0, cause:0000000000000002, "
        "epc:0x0000000080000004, tval:0x0000000030200073, "
        "desc=illegal_instruction\n"
        "riscv_cpu_do_interrupt: hart:0, async:1, cause:0000000000000009, "
        "epc:0x0000000000000000, tval:0x0000000000000000, "
        "desc=s_external\n");
    unlink(path);
    test_hart_free();
}

static void test_irq_priority(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    env->mie = 0xaaa;
    env->mstatus = MSTATUS_MIE;
    env->mip = MIP_STIP | MIP_SSIP | MIP_SEIP | MIP_MTIP | MIP_MSIP |
               MIP_MEIP;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, IRQ_M_EXT);
    env->mip &= ~MIP_MEIP;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, IRQ_M_SOFT);
    env->mip &= ~MIP_MSIP;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, IRQ_M_TIMER);
    env->mip &= ~MIP_MTIP;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, IRQ_S_EXT);
    env->mip &= ~MIP_SEIP;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, IRQ_S_SOFT);
    env->mip &= ~MIP_SSIP;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, IRQ_S_TIMER);
    env->mie = 0;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, -1);
    test_hart_free();
}

static void test_irq_enables(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    env->mie = MIP_MTIP | MIP_STIP;
    env->mip = MIP_MTIP;
    /* M-mode: MIE gates M interrupts; below M they are always on */
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, -1);
    env->priv = PRV_S;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, IRQ_M_TIMER);
    /* Delegated STIP: in S gated by SIE, in U always, in M never */
    env->mip = MIP_STIP;
    env->mideleg = MIP_STIP;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, -1);
    env->mstatus = MSTATUS_SIE;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, IRQ_S_TIMER);
    env->mstatus = 0;
    env->priv = PRV_U;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, IRQ_S_TIMER);
    env->priv = PRV_M;
    env->mstatus = MSTATUS_MIE | MSTATUS_SIE;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, -1);
    /* A non-delegated S interrupt goes to M, below M's own */
    env->mideleg = 0;
    g_assert_cmpint(riscv_cpu_local_irq_pending(env), ==, IRQ_S_TIMER);
    test_hart_free();
}

static void test_mip_line(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    env->mie = MIP_MEIP;
    g_assert_cmphex(riscv_cpu_update_mip(env, MIP_MTIP, -1), ==, 0);
    g_assert_cmphex(env->mip, ==, MIP_MTIP);
    g_assert_cmpint(cs()->interrupt_request, ==, 0);    /* not enabled */
    g_assert_false(riscv_cpu_has_work(cs()));
    riscv_cpu_update_mip(env, MIP_MEIP, MIP_MEIP);
    g_assert_cmpint(cs()->interrupt_request, ==, CPU_INTERRUPT_HARD);
    g_assert_true(riscv_cpu_has_work(cs()));
    /* globally disabled in M: nothing taken, the line stays up */
    g_assert_false(riscv_cpu_exec_interrupt(cs(), CPU_INTERRUPT_HARD));
    g_assert_cmpint(cs()->interrupt_request, ==, CPU_INTERRUPT_HARD);
    env->mstatus = MSTATUS_MIE;
    env->mtvec = 0x80000000;
    g_assert_true(riscv_cpu_exec_interrupt(cs(), CPU_INTERRUPT_HARD));
    g_assert_cmphex(env->mcause, ==, (1ULL << 63) | IRQ_M_EXT);
    /* The device drops it: the hart lowers the line itself */
    riscv_cpu_update_mip(env, MIP_MEIP, 0);
    g_assert_false(riscv_cpu_exec_interrupt(cs(), CPU_INTERRUPT_HARD));
    g_assert_cmpint(cs()->interrupt_request, ==, 0);
    test_hart_free();
}

static void test_mret(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    th.cpu->cfg.pmp = false;
    env->mepc = 0x1000;
    env->mstatus = MSTATUS_MPIE | (1ULL << 11) | MSTATUS_MPRV;
    env->load_res = 0x80;
    g_assert_cmphex(helper_mret(env), ==, 0x1000);
    g_assert_cmpint(env->priv, ==, PRV_S);
    g_assert_cmphex(env->mstatus, ==, MSTATUS_MIE | MSTATUS_MPIE);
    g_assert_cmphex(env->load_res, ==, (target_ulong)-1);
    /* Only M-mode may */
    g_assert_false(TEST_HART_TRY(helper_mret(env)));
    g_assert_cmpint(th.cause, ==, RISCV_EXCP_ILLEGAL_INST);
    g_assert_cmphex(th.tval, ==, 0x30200073);
    /* To M, MPRV stays */
    env->priv = PRV_M;
    env->mstatus = MSTATUS_MPP | MSTATUS_MPRV;
    helper_mret(env);
    g_assert_cmphex(env->mstatus, ==, MSTATUS_MPIE | MSTATUS_MPRV);
    test_hart_free();
}

static void test_mret_pmp_and_alignment(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    /* PMP without any active entry: S/U could not run; mret refuses */
    env->mstatus = 0;                               /* MPP = U */
    g_assert_false(TEST_HART_TRY(helper_mret(env)));
    g_assert_cmpint(th.cause, ==, RISCV_EXCP_ILLEGAL_INST);
    pmpaddr_csr_write(env, 0, -1);
    pmpcfg_csr_write(env, 0, 0x1f);
    g_assert_true(TEST_HART_TRY(helper_mret(env)));
    g_assert_cmpint(env->priv, ==, PRV_U);
    /* Without C, a mepc that is not 4-byte aligned faults */
    env->priv = PRV_M;
    env->misa &= ~RVC;
    env->mepc = 0x1002;
    g_assert_false(TEST_HART_TRY(helper_mret(env)));
    g_assert_cmpint(th.cause, ==, RISCV_EXCP_INST_ADDR_MIS);
    test_hart_free();
}

static void test_sret(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    env->sepc = 0x2000;
    env->mstatus = MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_MPRV;
    g_assert_cmphex(helper_sret(env), ==, 0x2000);
    g_assert_cmpint(env->priv, ==, PRV_S);
    g_assert_cmphex(env->mstatus, ==, MSTATUS_SIE | MSTATUS_SPIE);
    g_assert_cmphex(helper_sret(env), ==, 0x2000);
    g_assert_cmpint(env->priv, ==, PRV_U);
    g_assert_false(TEST_HART_TRY(helper_sret(env)));    /* from U */
    g_assert_cmphex(th.tval, ==, 0x10200073);
    env->priv = PRV_S;
    env->mstatus |= MSTATUS_TSR;
    g_assert_false(TEST_HART_TRY(helper_sret(env)));
    env->priv = PRV_M;                      /* TSR does not bind M */
    g_assert_true(TEST_HART_TRY(helper_sret(env)));
    test_hart_free();
}

static void test_wfi(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    env->mip = MIP_MTIP;
    env->mie = MIP_MTIP;
    /* pending and enabled (even with MIE off): a no-op */
    g_assert_true(TEST_HART_TRY(helper_wfi(env)));
    g_assert_cmpint(cs()->halted, ==, 0);
    /* nothing pending: halt and leave the loop */
    env->mie = 0;
    {
        sigjmp_buf jb;

        if (!sigsetjmp(jb, 0)) {
            memcpy(&cs()->jmp_env, &jb, sizeof(jb));
            helper_wfi(env);
            g_assert_not_reached();
        }
    }
    g_assert_cmpint(cs()->halted, ==, 1);
    g_assert_cmpint(cs()->exception_index, ==, EXCP_HLT);
    /* U with S present: illegal; S with TW: illegal */
    env->priv = PRV_U;
    g_assert_false(TEST_HART_TRY(helper_wfi(env)));
    g_assert_cmphex(th.tval, ==, 0x10500073);
    env->priv = PRV_S;
    env->mstatus = MSTATUS_TW;
    g_assert_false(TEST_HART_TRY(helper_wfi(env)));
    test_hart_free();
}

static void test_sfence_vma(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    helper_sfence_vma(env);
    g_assert_cmpint(th.flushes, ==, 1);
    env->priv = PRV_S;
    helper_sfence_vma(env);
    g_assert_cmpint(th.flushes, ==, 2);
    env->mstatus = MSTATUS_TVM;
    g_assert_false(TEST_HART_TRY(helper_sfence_vma(env)));
    env->mstatus = 0;
    env->priv = PRV_U;
    g_assert_false(TEST_HART_TRY(helper_sfence_vma(env)));
    g_assert_cmpint(th.flushes, ==, 2);
    test_hart_free();
}

static void test_mmu_index(void)
{
    CPURISCVState *env;

    test_hart_new();
    env = th.env;
    g_assert_cmpint(riscv_cpu_mmu_index(env, false), ==, 3);
    env->mstatus = MSTATUS_MPRV | (1ULL << 11) | MSTATUS_SUM;
    g_assert_cmpint(riscv_cpu_mmu_index(env, false), ==, 2);
    g_assert_cmpint(riscv_cpu_mmu_index(env, true), ==, 3);
    env->mstatus = MSTATUS_MPRV;
    g_assert_cmpint(riscv_cpu_mmu_index(env, false), ==, 0);
    env->priv = PRV_S;
    g_assert_cmpint(riscv_cpu_mmu_index(env, false), ==, 1);
    env->mstatus = MSTATUS_SUM;
    g_assert_cmpint(riscv_cpu_mmu_index(env, false), ==, 2);
    g_assert_cmpint(riscv_cpu_mmu_index(env, true), ==, 1);
    env->priv = PRV_U;
    g_assert_cmpint(riscv_cpu_mmu_index(env, false), ==, 0);
    test_hart_free();
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/riscv/trap/exception-to-m", test_exception_to_m);
    g_test_add_func("/riscv/trap/ecall", test_ecall_cause_and_tval);
    g_test_add_func("/riscv/trap/delegation", test_delegation);
    g_test_add_func("/riscv/trap/interrupt-entry", test_interrupt_entry);
    g_test_add_func("/riscv/trap/int-log", test_int_log);
    g_test_add_func("/riscv/irq/priority", test_irq_priority);
    g_test_add_func("/riscv/irq/enables", test_irq_enables);
    g_test_add_func("/riscv/irq/mip-line", test_mip_line);
    g_test_add_func("/riscv/insn/mret", test_mret);
    g_test_add_func("/riscv/insn/mret-pmp-align",
                    test_mret_pmp_and_alignment);
    g_test_add_func("/riscv/insn/sret", test_sret);
    g_test_add_func("/riscv/insn/wfi", test_wfi);
    g_test_add_func("/riscv/insn/sfence-vma", test_sfence_vma);
    g_test_add_func("/riscv/mmu-index", test_mmu_index);
    return g_test_run();
}
