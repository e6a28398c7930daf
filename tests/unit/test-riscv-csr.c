/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-riscv-csr.c: the CSRs of csr.c, csr-counters.c and pmp.c: the
 * privilege and read-only rules, each register's WARL mask and views,
 * the counters and their enables, Sstc, and the PMP registers.
 */
#include "qemu/osdep.h"
#include "qemu/timer.h"
#include "riscv-hart-helpers.h"

#define ILLEGAL RISCV_EXCP_ILLEGAL_INST
#define NONE RISCV_EXCP_NONE

static void test_privilege(void)
{
    test_hart_new();
    g_assert_cmpint(csr_try_read(CSR_MSTATUS), ==, NONE);
    th.env->priv = PRV_S;
    g_assert_cmpint(csr_try_read(CSR_MSTATUS), ==, ILLEGAL);
    g_assert_cmpint(csr_try_read(CSR_SSTATUS), ==, NONE);
    th.env->priv = PRV_U;
    g_assert_cmpint(csr_try_read(CSR_SSTATUS), ==, ILLEGAL);
    /* No such CSR, or out of range */
    th.env->priv = PRV_M;
    g_assert_cmpint(csr_try_read(0x7c0), ==, ILLEGAL);
    g_assert_cmpint(csr_try_read(0x1000), ==, ILLEGAL);
    g_assert_cmpint(csr_try_read(-1), ==, ILLEGAL);
    /* Debug accesses skip the privilege check */
    th.env->priv = PRV_U;
    g_assert_cmpint(riscv_csrrw_debug(th.env, CSR_MSTATUS, NULL, 0, 0), ==,
                    NONE);
    test_hart_free();
}

static void test_read_only(void)
{
    target_ulong v;

    test_hart_new();
    th.env->mhartid = 3;
    g_assert_cmpuint(csr_read(CSR_MHARTID), ==, 3);
    g_assert_cmpint(csr_try_write(CSR_MHARTID, 0), ==, ILLEGAL);
    g_assert_cmpint(csr_try_write(CSR_MVENDORID, 0), ==, ILLEGAL);
    g_assert_cmpint(csr_try_write(CSR_CYCLE, 0), ==, ILLEGAL);
    /* csrrs with x0: a pure read of a read-only CSR is fine */
    g_assert_cmpint(riscv_csrrw(th.env, CSR_MIMPID, &v, 0, 0), ==, NONE);
    g_assert_cmpuint(csr_read(CSR_MCONFIGPTR), ==, 0);
    th.env->priv_ver = PRIV_VERSION_1_11_0;
    g_assert_cmpint(csr_try_read(CSR_MCONFIGPTR), ==, ILLEGAL);
    g_assert_cmpint(csr_try_read(CSR_MENVCFG), ==, ILLEGAL);
    g_assert_cmpint(csr_try_read(CSR_MCOUNTINHIBIT), ==, NONE);
    th.env->priv_ver = PRIV_VERSION_1_10_0;
    g_assert_cmpint(csr_try_read(CSR_MCOUNTINHIBIT), ==, ILLEGAL);
    test_hart_free();
}

static void test_mstatus_mask(void)
{
    uint64_t writable = MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_MIE |
                        MSTATUS_MPIE | MSTATUS_SPP | MSTATUS_MPP |
                        MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR |
                        MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR | MSTATUS_FS;

    test_hart_new();
    g_assert_cmphex(csr_read(CSR_MSTATUS), ==, (2ULL << 32) | (2ULL << 34));
    csr_write(CSR_MSTATUS, -1);
    g_assert_cmphex(csr_read(CSR_MSTATUS), ==,
                    writable | MSTATUS_SD | (2ULL << 32) | (2ULL << 34));
    g_assert_cmphex(th.env->mstatus, ==, writable);
    csr_write(CSR_MSTATUS, 0);
    g_assert_cmphex(csr_read(CSR_MSTATUS), ==, (2ULL << 32) | (2ULL << 34));
    test_hart_free();
}

static void test_mstatus_mpp(void)
{
    test_hart_new();
    csr_write(CSR_MSTATUS, 1ULL << 11);             /* S */
    g_assert_cmphex(th.env->mstatus & MSTATUS_MPP, ==, 1ULL << 11);
    csr_write(CSR_MSTATUS, 2ULL << 11);             /* reserved: kept */
    g_assert_cmphex(th.env->mstatus & MSTATUS_MPP, ==, 1ULL << 11);
    th.env->misa &= ~RVS;
    csr_write(CSR_MSTATUS, 1ULL << 11);             /* no S-mode: kept */
    g_assert_cmphex(th.env->mstatus & MSTATUS_MPP, ==, 1ULL << 11);
    csr_write(CSR_MSTATUS, 0);
    g_assert_cmphex(th.env->mstatus & MSTATUS_MPP, ==, 0);
    test_hart_free();
}

static void test_mstatus_flush(void)
{
    test_hart_new();
    csr_write(CSR_MSTATUS, MSTATUS_SUM);    /* SUM is in the TLB index */
    g_assert_cmpint(th.flushes, ==, 0);
    csr_write(CSR_MSTATUS, MSTATUS_MXR);
    g_assert_cmpint(th.flushes, ==, 1);
    csr_write(CSR_MSTATUS, MSTATUS_MXR | MSTATUS_MPRV);
    g_assert_cmpint(th.flushes, ==, 2);
    csr_write(CSR_MSTATUS, MSTATUS_MXR | MSTATUS_MPRV | (1ULL << 11));
    g_assert_cmpint(th.flushes, ==, 3);
    test_hart_free();
}

static void test_sstatus(void)
{
    test_hart_new();
    csr_write(CSR_MSTATUS, -1);
    g_assert_cmphex(csr_read(CSR_SSTATUS), ==,
                    MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS |
                    MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SD | (2ULL << 32));
    csr_write(CSR_SSTATUS, 0);
    g_assert_cmphex(th.env->mstatus, ==,
                    MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV |
                    MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR);
    test_hart_free();
}

static void test_fp_csrs(void)
{
    test_hart_new();
    g_assert_cmpint(csr_try_read(CSR_FFLAGS), ==, ILLEGAL);   /* FS off */
    g_assert_cmpint(csr_try_read(CSR_FCSR), ==, ILLEGAL);
    th.env->mstatus |= 1ULL << 13;                            /* Initial */
    csr_write(CSR_FCSR, -1);
    g_assert_cmphex(csr_read(CSR_FCSR), ==, 0xff);
    g_assert_cmphex(csr_read(CSR_FRM), ==, 7);
    g_assert_cmphex(csr_read(CSR_FFLAGS), ==, 0x1f);
    g_assert_cmphex(th.env->mstatus & MSTATUS_FS, ==, MSTATUS_FS);
    g_assert_cmphex(csr_read(CSR_MSTATUS) & MSTATUS_SD, ==, MSTATUS_SD);
    csr_write(CSR_FFLAGS, 0x21);
    g_assert_cmphex(th.env->fflags, ==, 1);
    csr_write(CSR_FRM, 0x1a);
    g_assert_cmphex(th.env->frm, ==, 2);
    g_assert_cmphex(csr_read(CSR_FCSR), ==, 0x41);
    th.env->misa &= ~(RVF | RVD);
    g_assert_cmpint(csr_try_read(CSR_FRM), ==, ILLEGAL);
    test_hart_free();
}

static void test_misa(void)
{
    target_ulong misa;

    test_hart_new();
    misa = csr_read(CSR_MISA);
    g_assert_cmphex(misa, ==, th.env->misa);
    csr_write(CSR_MISA, 0);
    g_assert_cmphex(csr_read(CSR_MISA), ==, misa);
    test_hart_free();
}

static void test_deleg_masks(void)
{
    test_hart_new();
    csr_write(CSR_MEDELEG, -1);
    g_assert_cmphex(csr_read(CSR_MEDELEG), ==, 0xbbff);
    csr_write(CSR_MIDELEG, -1);
    g_assert_cmphex(csr_read(CSR_MIDELEG), ==, 0x222);
    csr_write(CSR_MIE, -1);
    g_assert_cmphex(csr_read(CSR_MIE), ==, 0xaaa);
    th.env->misa &= ~RVS;
    g_assert_cmpint(csr_try_read(CSR_MEDELEG), ==, ILLEGAL);
    test_hart_free();
}

static void test_sie_sip_views(void)
{
    test_hart_new();
    csr_write(CSR_MIE, -1);
    g_assert_cmphex(csr_read(CSR_SIE), ==, 0);          /* no delegation */
    csr_write(CSR_MIDELEG, MIP_STIP | MIP_SSIP);
    g_assert_cmphex(csr_read(CSR_SIE), ==, MIP_STIP | MIP_SSIP);
    csr_write(CSR_SIE, 0);
    g_assert_cmphex(csr_read(CSR_MIE), ==, 0xaaa & ~(MIP_STIP | MIP_SSIP));
    /* sip: only SSIP is writable, and only when delegated */
    csr_write(CSR_SIP, -1);
    g_assert_cmphex(th.env->mip, ==, MIP_SSIP);
    th.env->mip |= MIP_STIP | MIP_SEIP | MIP_MTIP;
    g_assert_cmphex(csr_read(CSR_SIP), ==, MIP_SSIP | MIP_STIP);
    csr_write(CSR_MIDELEG, 0);
    csr_write(CSR_SIP, 0);
    g_assert_cmphex(th.env->mip & MIP_SSIP, ==, MIP_SSIP);
    test_hart_free();
}

static void test_mip(void)
{
    test_hart_new();
    th.env->mip = MIP_MTIP;
    csr_write(CSR_MIP, -1);         /* M bits belong to devices */
    g_assert_cmphex(csr_read(CSR_MIP), ==, MIP_MTIP | 0x222);
    csr_write(CSR_MIP, 0);
    g_assert_cmphex(csr_read(CSR_MIP), ==, MIP_MTIP);
    /* Sstc enabled: stimecmp, not M-mode, drives STIP */
    csr_write(CSR_MENVCFG, MENVCFG_STCE);
    csr_write(CSR_MIP, -1);
    g_assert_cmphex(csr_read(CSR_MIP), ==, MIP_MTIP | MIP_SSIP | MIP_SEIP);
    test_hart_free();
}

static void test_mip_raises_interrupt(void)
{
    CPUState *cs;

    test_hart_new();
    cs = env_cpu(th.env);
    csr_write(CSR_MIP, MIP_SSIP);
    g_assert_cmpint(cs->interrupt_request & CPU_INTERRUPT_HARD, ==, 0);
    csr_write(CSR_MIE, MIP_SSIP);   /* pending and now enabled */
    g_assert_cmpint(cs->interrupt_request & CPU_INTERRUPT_HARD, !=, 0);
    test_hart_free();
}

static void test_tvec(void)
{
    test_hart_new();
    csr_write(CSR_MTVEC, 0x80000101);
    g_assert_cmphex(csr_read(CSR_MTVEC), ==, 0x80000101);
    csr_write(CSR_MTVEC, 0x80000202);   /* reserved mode: ignored */
    g_assert_cmphex(csr_read(CSR_MTVEC), ==, 0x80000101);
    csr_write(CSR_MTVEC, -1);
    g_assert_cmphex(csr_read(CSR_MTVEC), ==, 0x80000101);
    csr_write(CSR_STVEC, 0x1000);
    csr_write(CSR_STVEC, 0x1003);
    g_assert_cmphex(csr_read(CSR_STVEC), ==, 0x1000);
    test_hart_free();
}

static void test_epc(void)
{
    test_hart_new();
    csr_write(CSR_MEPC, -1);
    g_assert_cmphex(csr_read(CSR_MEPC), ==, ~1ULL);
    csr_write(CSR_SEPC, 0x1003);
    g_assert_cmphex(csr_read(CSR_SEPC), ==, 0x1002);
    th.env->misa &= ~RVC;               /* IALIGN 32 */
    g_assert_cmphex(csr_read(CSR_SEPC), ==, 0x1000);
    test_hart_free();
}

static void test_plain_regs(void)
{
    static const int regs[] = {
        CSR_MSCRATCH, CSR_MCAUSE, CSR_MTVAL, CSR_SSCRATCH, CSR_SCAUSE,
        CSR_STVAL,
    };
    size_t i;

    test_hart_new();
    for (i = 0; i < ARRAY_SIZE(regs); i++) {
        csr_write(regs[i], 0x123456789abcdef0ULL + i);
        g_assert_cmphex(csr_read(regs[i]), ==, 0x123456789abcdef0ULL + i);
    }
    test_hart_free();
}

static void test_satp(void)
{
    test_hart_new();
    csr_write(CSR_SATP, 0x8000000000012345ULL);
    g_assert_cmphex(csr_read(CSR_SATP), ==, 0x8000000000012345ULL);
    g_assert_cmpint(th.flushes, ==, 1);
    csr_write(CSR_SATP, 0xa000000000012345ULL);     /* Sv57 */
    g_assert_cmphex(csr_read(CSR_SATP), ==, 0xa000000000012345ULL);
    csr_write(CSR_SATP, 0xb000000000000001ULL);     /* Sv64: ignored */
    g_assert_cmphex(csr_read(CSR_SATP), ==, 0xa000000000012345ULL);
    csr_write(CSR_SATP, 0x1000000000000001ULL);     /* reserved: ignored */
    g_assert_cmphex(csr_read(CSR_SATP), ==, 0xa000000000012345ULL);
    th.cpu->cfg.satp_mode_max = VM_1_10_SV39;
    csr_write(CSR_SATP, 0x9000000000000001ULL);     /* Sv48 absent */
    g_assert_cmphex(csr_read(CSR_SATP), ==, 0xa000000000012345ULL);
    csr_write(CSR_SATP, 0);
    g_assert_cmphex(csr_read(CSR_SATP), ==, 0);
    /* TVM: S-mode may not touch satp */
    th.env->mstatus |= MSTATUS_TVM;
    th.env->priv = PRV_S;
    g_assert_cmpint(csr_try_read(CSR_SATP), ==, ILLEGAL);
    g_assert_cmpint(csr_try_write(CSR_SATP, 0), ==, ILLEGAL);
    g_assert_cmpint(riscv_csrrw_debug(th.env, CSR_SATP, NULL, 0, 0), ==,
                    NONE);
    th.env->mstatus &= ~MSTATUS_TVM;
    g_assert_cmpint(csr_try_read(CSR_SATP), ==, NONE);
    /* Without an MMU satp reads 0 and ignores writes */
    th.cpu->cfg.mmu = false;
    csr_write(CSR_SATP, 0x8000000000000001ULL);
    g_assert_cmphex(csr_read(CSR_SATP), ==, 0);
    test_hart_free();
}

static void test_envcfg(void)
{
    test_hart_new();
    csr_write(CSR_MENVCFG, -1);
    g_assert_cmphex(csr_read(CSR_MENVCFG), ==,
                    MENVCFG_FIOM | MENVCFG_CBIE | MENVCFG_CBCFE |
                    MENVCFG_CBZE | MENVCFG_STCE | MENVCFG_ADUE);
    csr_write(CSR_MENVCFG, 0);
    th.cpu->cfg.ext_svpbmt = true;
    th.cpu->cfg.ext_zicboz = false;
    csr_write(CSR_MENVCFG, -1);
    g_assert_cmphex(csr_read(CSR_MENVCFG), ==,
                    MENVCFG_FIOM | MENVCFG_CBIE | MENVCFG_CBCFE |
                    MENVCFG_PBMTE | MENVCFG_STCE | MENVCFG_ADUE);
    csr_write(CSR_SENVCFG, -1);
    g_assert_cmphex(csr_read(CSR_SENVCFG), ==,
                    MENVCFG_FIOM | MENVCFG_CBIE | MENVCFG_CBCFE);
    test_hart_free();
}

static void test_counters(void)
{
    test_hart_new();
    th.env->instret = 1000;
    g_assert_cmpuint(csr_read(CSR_CYCLE), ==, 1000);
    g_assert_cmpuint(csr_read(CSR_INSTRET), ==, 1000);
    csr_write(CSR_MINSTRET, 50);
    th.env->instret++;                  /* the csrw retires */
    g_assert_cmpuint(csr_read(CSR_INSTRET), ==, 50);
    g_assert_cmpuint(csr_read(CSR_MCYCLE), ==, 1001);
    /* Inhibited counters stand still */
    csr_write(CSR_MCOUNTINHIBIT, -1);
    g_assert_cmphex(csr_read(CSR_MCOUNTINHIBIT), ==, 0x7fffd);
    th.env->instret += 10;
    g_assert_cmpuint(csr_read(CSR_INSTRET), ==, 50);
    csr_write(CSR_MCYCLE, 7);
    g_assert_cmpuint(csr_read(CSR_MCYCLE), ==, 7);
    csr_write(CSR_MCOUNTINHIBIT, 0);
    th.env->instret += 5;
    g_assert_cmpuint(csr_read(CSR_INSTRET), ==, 55);
    g_assert_cmpuint(csr_read(CSR_CYCLE), ==, 12);
    /* hpm counters 3..18 read 0; 19..31 do not exist */
    g_assert_cmpuint(csr_read(CSR_HPMCOUNTER3), ==, 0);
    g_assert_cmpuint(csr_read(CSR_HPMCOUNTER3 + 15), ==, 0);
    g_assert_cmpint(csr_try_read(CSR_HPMCOUNTER3 + 16), ==, ILLEGAL);
    g_assert_cmpint(csr_try_read(CSR_MHPMCOUNTER3 + 16), ==, ILLEGAL);
    csr_write(CSR_MHPMCOUNTER3, 5);
    g_assert_cmpuint(csr_read(CSR_MHPMCOUNTER3), ==, 0);
    csr_write(CSR_MHPMEVENT3 + 28, 5);
    g_assert_cmpuint(csr_read(CSR_MHPMEVENT3 + 28), ==, 0);
    th.cpu->cfg.ext_zihpm = false;
    g_assert_cmpint(csr_try_read(CSR_HPMCOUNTER3), ==, ILLEGAL);
    test_hart_free();
}

static void test_counter_enables(void)
{
    test_hart_new();
    th.time = 77;
    g_assert_cmpuint(csr_read(CSR_TIME), ==, 77);
    th.env->priv = PRV_S;
    g_assert_cmpint(csr_try_read(CSR_TIME), ==, ILLEGAL);
    th.env->priv = PRV_M;
    csr_write(CSR_MCOUNTEREN, COUNTEREN_TM | COUNTEREN_CY);
    th.env->priv = PRV_S;
    g_assert_cmpuint(csr_read(CSR_TIME), ==, 77);
    g_assert_cmpint(csr_try_read(CSR_INSTRET), ==, ILLEGAL);
    th.env->priv = PRV_U;
    g_assert_cmpint(csr_try_read(CSR_TIME), ==, ILLEGAL);
    th.env->scounteren = COUNTEREN_TM | COUNTEREN_IR;
    g_assert_cmpuint(csr_read(CSR_TIME), ==, 77);
    g_assert_cmpint(csr_try_read(CSR_INSTRET), ==, ILLEGAL);  /* not in M */
    g_assert_cmpint(csr_try_read(CSR_CYCLE), ==, ILLEGAL);    /* not in S */
    /* No timer: no time CSR */
    th.env->priv = PRV_M;
    th.env->rdtime_fn = NULL;
    g_assert_cmpint(csr_try_read(CSR_TIME), ==, ILLEGAL);
    th.cpu->cfg.ext_zicntr = false;
    g_assert_cmpint(csr_try_read(CSR_CYCLE), ==, ILLEGAL);
    test_hart_free();
}

static void test_stimecmp(void)
{
    test_hart_new();
    th.time = 1000;
    csr_write(CSR_STIMECMP, 500);           /* in the past: pending */
    g_assert_cmphex(th.env->mip & MIP_STIP, ==, MIP_STIP);
    csr_write(CSR_STIMECMP, 1500);          /* in the future: armed */
    g_assert_cmphex(th.env->mip & MIP_STIP, ==, 0);
    g_assert_true(timer_pending(th.env->stimer));
    g_assert_cmpint(timer_expire_time_ns(th.env->stimer) -
                    qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL), <=, 500 * 100);
    g_assert_cmpint(timer_expire_time_ns(th.env->stimer) -
                    qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL), >, 400 * 100);
    csr_write(CSR_STIMECMP, -1);            /* never */
    g_assert_true(timer_pending(th.env->stimer));
    g_assert_cmpuint(csr_read(CSR_STIMECMP), ==, UINT64_MAX);
    /* S-mode needs menvcfg.STCE and mcounteren.TM */
    th.env->priv = PRV_S;
    g_assert_cmpint(csr_try_read(CSR_STIMECMP), ==, ILLEGAL);
    th.env->mcounteren = COUNTEREN_TM;
    g_assert_cmpint(csr_try_read(CSR_STIMECMP), ==, ILLEGAL);
    th.env->menvcfg |= MENVCFG_STCE;
    g_assert_cmpint(csr_try_read(CSR_STIMECMP), ==, NONE);
    th.cpu->cfg.ext_sstc = false;
    g_assert_cmpint(csr_try_read(CSR_STIMECMP), ==, ILLEGAL);
    test_hart_free();
}

/* The armed timer fires on QEMU_CLOCK_VIRTUAL and checks the time. */
static void test_stimecmp_timer(void)
{
    test_hart_new();
    qemu_clock_enable(QEMU_CLOCK_VIRTUAL, true);
    th.time = 1000;
    csr_write(CSR_STIMECMP, 1001);          /* 100 ns from now */
    g_usleep(1000);
    qemu_clock_run_timers(QEMU_CLOCK_VIRTUAL);
    /* rdtime has not reached stimecmp yet: armed again, not pending */
    g_assert_cmphex(th.env->mip & MIP_STIP, ==, 0);
    g_assert_true(timer_pending(th.env->stimer));
    th.time = 1001;
    g_usleep(1000);
    qemu_clock_run_timers(QEMU_CLOCK_VIRTUAL);
    g_assert_cmphex(th.env->mip & MIP_STIP, ==, MIP_STIP);
    g_assert_false(timer_pending(th.env->stimer));
    qemu_clock_enable(QEMU_CLOCK_VIRTUAL, false);
    test_hart_free();
}

static void test_pmp_csrs(void)
{
    test_hart_new();
    g_assert_cmpint(csr_try_read(CSR_PMPCFG0 + 1), ==, ILLEGAL);
    g_assert_cmpint(csr_try_read(CSR_PMPCFG0 + 3), ==, ILLEGAL);
    csr_write(CSR_PMPADDR0 + 15, -1);
    g_assert_cmphex(csr_read(CSR_PMPADDR0 + 15), ==, UINT64_MAX);
    /* R=0 W=1 is reserved: neither is kept */
    csr_write(CSR_PMPCFG0, 0x1e);
    g_assert_cmphex(csr_read(CSR_PMPCFG0), ==, 0x1c);
    csr_write(CSR_PMPCFG0 + 2, 0x9f00000000000000ULL);   /* entry 15 */
    g_assert_cmphex(csr_read(CSR_PMPCFG0 + 2), ==, 0x9f00000000000000ULL);
    g_assert_cmpint(th.env->pmp_state.num_rules, ==, 2);
    /* entry 15 is locked now: neither its cfg nor address changes */
    csr_write(CSR_PMPCFG0 + 2, 0);
    g_assert_cmphex(csr_read(CSR_PMPCFG0 + 2), ==, 0x9f00000000000000ULL);
    csr_write(CSR_PMPADDR0 + 15, 0);
    g_assert_cmphex(csr_read(CSR_PMPADDR0 + 15), ==, UINT64_MAX);
    th.cpu->cfg.pmp = false;
    g_assert_cmpint(csr_try_read(CSR_PMPCFG0), ==, ILLEGAL);
    test_hart_free();
}

static void test_absent_csrs(void)
{
    test_hart_new();
    g_assert_cmpint(csr_try_read(CSR_MSECCFG), ==, ILLEGAL);
    g_assert_cmpint(csr_try_read(0x3a4), ==, ILLEGAL);    /* pmpcfg4 */
    g_assert_cmpint(csr_try_read(0x3c0), ==, ILLEGAL);    /* pmpaddr16 */
    g_assert_cmpint(csr_try_read(0x34a), ==, ILLEGAL);    /* mtinst: no H */
    g_assert_cmpint(csr_try_read(0x600), ==, ILLEGAL);    /* hstatus */
    g_assert_cmpint(csr_try_read(0x7a5), ==, ILLEGAL);    /* tcontrol */
    /* The triggers QEMU announces, none programmable */
    g_assert_cmphex(csr_read(CSR_TSELECT), ==, 0);
    csr_write(CSR_TSELECT, 1);
    g_assert_cmphex(csr_read(CSR_TSELECT), ==, 0);
    g_assert_cmphex(csr_read(CSR_TDATA1), ==, 2ULL << 60);
    g_assert_cmphex(csr_read(CSR_TINFO), ==, 0x44);
    test_hart_free();
}

static void test_names(void)
{
    g_assert_cmpstr(riscv_csr_name(CSR_MSTATUS), ==, "mstatus");
    g_assert_cmpstr(riscv_csr_name(CSR_FCSR), ==, "fcsr");
    g_assert_cmpstr(riscv_csr_name(CSR_HPMCOUNTER31), ==, "hpmcounter31");
    g_assert_cmpstr(riscv_csr_name(CSR_MHPMEVENT3), ==, "mhpmevent3");
    g_assert_cmpstr(riscv_csr_name(CSR_PMPADDR15), ==, "pmpaddr15");
    g_assert_cmpstr(riscv_csr_name(CSR_STIMECMP), ==, "stimecmp");
    g_assert_null(riscv_csr_name(0x7c0));
    g_assert_null(riscv_csr_name(4096));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/riscv/csr/privilege", test_privilege);
    g_test_add_func("/riscv/csr/read-only", test_read_only);
    g_test_add_func("/riscv/csr/mstatus/mask", test_mstatus_mask);
    g_test_add_func("/riscv/csr/mstatus/mpp", test_mstatus_mpp);
    g_test_add_func("/riscv/csr/mstatus/flush", test_mstatus_flush);
    g_test_add_func("/riscv/csr/sstatus", test_sstatus);
    g_test_add_func("/riscv/csr/fp", test_fp_csrs);
    g_test_add_func("/riscv/csr/misa", test_misa);
    g_test_add_func("/riscv/csr/deleg-masks", test_deleg_masks);
    g_test_add_func("/riscv/csr/sie-sip", test_sie_sip_views);
    g_test_add_func("/riscv/csr/mip", test_mip);
    g_test_add_func("/riscv/csr/mip-interrupt", test_mip_raises_interrupt);
    g_test_add_func("/riscv/csr/tvec", test_tvec);
    g_test_add_func("/riscv/csr/epc", test_epc);
    g_test_add_func("/riscv/csr/plain", test_plain_regs);
    g_test_add_func("/riscv/csr/satp", test_satp);
    g_test_add_func("/riscv/csr/envcfg", test_envcfg);
    g_test_add_func("/riscv/csr/counters", test_counters);
    g_test_add_func("/riscv/csr/counter-enables", test_counter_enables);
    g_test_add_func("/riscv/csr/stimecmp", test_stimecmp);
    g_test_add_func("/riscv/csr/stimecmp-timer", test_stimecmp_timer);
    g_test_add_func("/riscv/csr/pmp", test_pmp_csrs);
    g_test_add_func("/riscv/csr/absent", test_absent_csrs);
    g_test_add_func("/riscv/csr/names", test_names);
    return g_test_run();
}
