/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Interrupts (privileged spec 1.12, 3.1.6.1, 3.1.7, 3.1.9, 3.3.3, 4.1):
 * the machine timer (CLINT mtimecmp/mtime) and software interrupt
 * (CLINT msip) through direct and vectored mtvec, the priority of
 * several pending interrupts, global enables (M interrupts are taken in
 * S and U mode even with mstatus.MIE = 0; S interrupts are taken in U
 * whatever sstatus.SIE says), delegation of the S interrupts with
 * mideleg to a vectored stvec, and WFI waking on a pending but disabled
 * interrupt.  CLINT layout as on QEMU's spike machine.
 */
#include "test.h"

#define MAX_LOG 8

static volatile uint64_t irq_log[MAX_LOG];
static volatile uint64_t irq_prev[MAX_LOG];    /* the mode interrupted */
static volatile unsigned int irq_count;
static volatile uint64_t mtime_at_irq;

static volatile uint32_t *msip(void)
{
    return (volatile uint32_t *)(uintptr_t)CLINT_MSIP(guest_hartid());
}

static volatile uint64_t *mtimecmp(void)
{
    return (volatile uint64_t *)(uintptr_t)CLINT_MTIMECMP(guest_hartid());
}

static uint64_t mtime(void)
{
    return *(volatile uint64_t *)CLINT_MTIME;
}

static void log_irq(uint64_t cause, uint64_t prev)
{
    if (irq_count < MAX_LOG) {
        irq_log[irq_count] = cause;
        irq_prev[irq_count] = prev;
    }
    irq_count++;
}

/* M-mode: quieten the source, log the cause */
static bool m_irq(uint64_t cause, unsigned int hart)
{
    log_irq(cause, mtrap_rec[hart].prev_priv);
    switch (cause & ~CAUSE_INTERRUPT) {
    case IRQ_M_SOFT:
        *msip() = 0;
        return true;
    case IRQ_M_TIMER:
        mtime_at_irq = mtime();
        *mtimecmp() = -1ull;
        return true;
    case IRQ_S_SOFT:
        csr_clear(mip, MIP_SSIP);
        return true;
    case IRQ_S_TIMER:
        csr_clear(mip, MIP_STIP);
        return true;
    }
    return false;
}

/* S-mode: SSIP can be cleared here; STIP only masked */
static bool s_irq(uint64_t cause, unsigned int hart)
{
    log_irq(cause, strap_rec[hart].prev_priv);
    switch (cause & ~CAUSE_INTERRUPT) {
    case IRQ_S_SOFT:
        csr_clear(sip, MIP_SSIP);
        return true;
    case IRQ_S_TIMER:
        csr_clear(sie, MIP_STIP);
        return true;
    }
    return false;
}

static void reset_log(void)
{
    unsigned int i;

    for (i = 0; i < MAX_LOG; i++) {
        irq_log[i] = 0;
    }
    irq_count = 0;
}

/* up to 1 s of guest time (or 10^8 polls, should mtime stand still) */
static void wait_irqs(unsigned int n)
{
    uint64_t start = mtime();
    unsigned int polls = 0;

    while (irq_count < n && mtime() - start < 10000000 &&
           ++polls < 100000000) {
        /* the interrupt arrives through m_irq */
    }
}

static void test_timer_direct(void)
{
    uint64_t when;

    reset_log();
    *mtimecmp() = -1ull;
    CHECK_EQ(1, csr_read(mip) & MIP_MTIP, 0);
    csr_write(mie, MIP_MTIP);
    csr_set(mstatus, MSTATUS_MIE);
    when = mtime() + 1000;          /* 100 us at 10 MHz */
    *mtimecmp() = when;
    wait_irqs(1);
    csr_clear(mstatus, MSTATUS_MIE);
    CHECK_EQ(2, irq_count, 1);
    CHECK_EQ(3, irq_log[0], CAUSE_INTERRUPT | IRQ_M_TIMER);
    CHECK_EQ(4, mtime_at_irq >= when, 1);
    CHECK_EQ(5, mtrap_rec[0].vector, -1);
    CHECK_EQ(6, csr_read(mip) & MIP_MTIP, 0);
    /* mtimecmp <= mtime makes MTIP pending, and reading shows it */
    *mtimecmp() = 0;
    CHECK_EQ(7, csr_read(mip) & MIP_MTIP, MIP_MTIP);
    *mtimecmp() = -1ull;
    CHECK_EQ(8, csr_read(mip) & MIP_MTIP, 0);
    csr_write(mie, 0);
}

/*
 * The spec's priority is MEI, MSI, MTI, SEI, SSI, STI.  QEMU (7.2, and
 * 8.2 without AIA) takes the lowest-numbered pending interrupt first;
 * on 7.2 the check expects that order instead.
 */
static void test_vectored_and_priority(void)
{
    static const uint64_t spec[3] = { IRQ_M_SOFT, IRQ_M_TIMER, IRQ_S_SOFT };
    static const uint64_t q72[3] = { IRQ_S_SOFT, IRQ_M_SOFT, IRQ_M_TIMER };
    const uint64_t *order = running_on_qemu72() ? q72 : spec;
    uint64_t old = csr_read(mtvec);

    reset_log();
    csr_write(mtvec, (uint64_t)mtrap_vector | 1);
    *msip() = 1;
    *mtimecmp() = 0;
    csr_set(mip, MIP_SSIP);
    CHECK_EQ(10, csr_read(mip) & (MIP_MSIP | MIP_MTIP | MIP_SSIP),
             MIP_MSIP | MIP_MTIP | MIP_SSIP);
    csr_write(mie, MIP_MSIP | MIP_MTIP | MIP_SSIP);
    csr_set(mstatus, MSTATUS_MIE);  /* all three at once: MSI, MTI, SSI */
    csr_clear(mstatus, MSTATUS_MIE);
    CHECK_EQ(11, irq_count, 3);
    CHECK_EQ(12, irq_log[0], CAUSE_INTERRUPT | order[0]);
    CHECK_EQ(13, irq_log[1], CAUSE_INTERRUPT | order[1]);
    CHECK_EQ(14, irq_log[2], CAUSE_INTERRUPT | order[2]);
    CHECK_EQ(15, mtrap_rec[0].vector, order[2]);
    /* exceptions go to the base in vectored mode */
    CHECK_EQ(16, TRY_M(".word 0"), CAUSE_ILLEGAL_INSN);
    CHECK_EQ(17, mtrap_rec[0].vector, 0);
    csr_write(mie, 0);
    csr_write(mtvec, old);
}

/* M interrupts preempt S and U mode whatever mstatus.MIE says */
static void test_lower_mode_preemption(void)
{
    reset_log();
    csr_clear(mstatus, MSTATUS_MIE | MSTATUS_MPIE);
    csr_write(mie, MIP_MSIP);
    *msip() = 1;
    CHECK_EQ(20, irq_count, 0);
    goto_smode();
    goto_mmode();
    CHECK_EQ(21, irq_count, 1);
    CHECK_EQ(22, irq_log[0], CAUSE_INTERRUPT | IRQ_M_SOFT);
    CHECK_EQ(23, irq_prev[0], 1);
    *msip() = 1;
    goto_umode();
    goto_mmode();
    CHECK_EQ(24, irq_count, 2);
    CHECK_EQ(25, irq_prev[1], 0);
    csr_write(mie, 0);
}

/* S interrupts delegated to a vectored stvec */
static void test_delegated(void)
{
    reset_log();
    strap_install();
    csr_write(stvec, (uint64_t)strap_vector | 1);
    csr_write(mideleg, MIP_SSIP | MIP_STIP);
    csr_write(mie, MIP_SSIP | MIP_STIP);
    csr_set(mip, MIP_SSIP);
    /* in S with SIE = 0: held pending */
    goto_smode();
    CHECK_EQ(30, irq_count, 0);
    csr_set(sstatus, MSTATUS_SIE);
    csr_clear(sstatus, MSTATUS_SIE);
    CHECK_EQ(31, irq_count, 1);
    CHECK_EQ(32, irq_log[0], CAUSE_INTERRUPT | IRQ_S_SOFT);
    CHECK_EQ(33, strap_rec[0].vector, IRQ_S_SOFT);
    CHECK_EQ(34, irq_prev[0], 1);
    goto_mmode();
    /* in U, S interrupts are taken even with SIE = 0 */
    csr_set(mip, MIP_STIP);
    goto_umode();
    goto_mmode();
    CHECK_EQ(35, irq_count, 2);
    CHECK_EQ(36, irq_log[1], CAUSE_INTERRUPT | IRQ_S_TIMER);
    CHECK_EQ(37, strap_rec[0].vector, IRQ_S_TIMER);
    CHECK_EQ(38, irq_prev[1], 0);
    CHECK_EQ(39, csr_read(mie) & MIP_STIP, 0);  /* masked by s_irq */
    csr_clear(mip, MIP_STIP);
    /* a delegated interrupt is not taken in M mode */
    csr_write(mie, MIP_SSIP);
    csr_set(mip, MIP_SSIP);
    csr_set(mstatus, MSTATUS_MIE | MSTATUS_SIE);
    csr_clear(mstatus, MSTATUS_MIE | MSTATUS_SIE);
    CHECK_EQ(40, irq_count, 2);
    csr_clear(mip, MIP_SSIP);
    csr_write(mideleg, 0);
    csr_write(mie, 0);
}

/* WFI returns on a pending enabled interrupt even with MIE = 0 */
static void test_wfi(void)
{
    unsigned int n;

    reset_log();
    csr_clear(mstatus, MSTATUS_MIE);
    csr_write(mie, MIP_MTIP);
    *mtimecmp() = mtime() + 2000;
    for (n = 0; !(csr_read(mip) & MIP_MTIP) && n < 10000000; n++) {
        __asm__ volatile("wfi");
    }
    CHECK_EQ(52, csr_read(mip) & MIP_MTIP, MIP_MTIP);
    CHECK_EQ(50, irq_count, 0);
    CHECK_EQ(51, mtime() >= *mtimecmp(), 1);
    *mtimecmp() = -1ull;
    csr_write(mie, 0);
}

int main(void)
{
    guest_irq_handler = m_irq;
    guest_sirq_handler = s_irq;
    test_timer_direct();
    test_vectored_and_priority();
    test_lower_mode_preemption();
    test_delegated();
    test_wfi();
    return 0;
}
