/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * CSR read/write behaviour and WARL masks (privileged spec 1.12, chapters
 * 2-3 and 4.1; Zicsr, Zicntr, Zihpm): which bits of each machine and
 * supervisor CSR are writable, read-only CSRs and unknown CSR numbers
 * raising illegal-instruction, csrrs/csrrc with x0 not writing, the
 * counters and mcountinhibit, the FP CSRs and mstatus.FS, the six Zicsr
 * instructions returning old values, and the
 * privilege checks of S- and U-mode accesses (mcounteren/scounteren,
 * TVM).  Bits that exist only with the hypervisor extension are masked
 * out of the comparisons: QEMU enables H by default, qlite has no H.
 * The time CSR and stimecmp raise illegal-instruction here, as on QEMU's
 * spike machine (its CLINT gives the harts no time source).
 */
#include "test.h"

#define MSTATUS_STD     0x7ff9feull   /* bits 1-22 without VS (9-10) */
#define SSTATUS_STD     0x0c6162ull
#define MISA_RV64GCSU   0x14112dull   /* A C D F I M S U */
#define XL_FIELDS       (0xfull << 32)
#define PMPADDR_BITS    ((1ull << 54) - 1)

static uint64_t write_read_mstatus(uint64_t v)
{
    uint64_t old = csr_swap(mstatus, v);
    uint64_t got = csr_read(mstatus);

    csr_write(mstatus, old);
    return got;
}

static void test_mstatus(bool q72)
{
    /*
     * Writes keep UXL/SXL at 0, which no RV64-only hart can hold: QEMU
     * 7.2 would take an all-ones UXL and run U-mode with XLEN 32.
     */
    uint64_t v = write_read_mstatus(~XL_FIELDS);

    CHECK_EQ(1, v & MSTATUS_STD, 0x7e79aa);         /* UBE, XS read 0 */
    CHECK_EQ(2, v >> 63, 1);                        /* SD: FS dirty */
    CHECK_EQ(3, (v >> 34) & 3, 2);                  /* SXL = 64 */
    v = write_read_mstatus(0);
    CHECK_EQ(4, v & MSTATUS_STD, 0);
    CHECK_EQ(5, v >> 63, 0);
    CHECK_EQ(6, (v >> 32) & 3, 2);                  /* UXL = 64 */
    v = write_read_mstatus(MSTATUS_MPP_S | MSTATUS_FS_CLEAN);
    CHECK_EQ(7, v & (MSTATUS_MPP | MSTATUS_FS | (1ull << 63)),
             MSTATUS_MPP_S | MSTATUS_FS_CLEAN);
    if (!q72) {
        /* MPP = 2 is reserved, so cannot be held; nor can UXL = 3 */
        v = write_read_mstatus(2 << 11);
        CHECK_EQ(8, ((v >> 11) & 3) != 2, 1);
        v = write_read_mstatus(3ull << 32);
        CHECK_EQ(9, (v >> 32) & 3, 2);
    }
    /* sstatus is a window on mstatus */
    csr_write(sstatus, ~XL_FIELDS);
    v = csr_read(sstatus);
    CHECK_EQ(10, v & SSTATUS_STD, 0xc6122);
    CHECK_EQ(11, csr_read(mstatus) & MSTATUS_STD, 0xc6122);
    csr_write(sstatus, 0);
    CHECK_EQ(12, csr_read(mstatus) & MSTATUS_STD, 0);
    CHECK_EQ(13, csr_read(sstatus) & (MSTATUS_MIE | MSTATUS_MPIE |
                                      MSTATUS_MPP), 0);
    csr_write(mstatus, MSTATUS_FS_INITIAL);
}

static void test_machine_info(void)
{
    uint64_t v, misa = csr_read(misa);

    CHECK_EQ(20, misa >> 62, 2);
    CHECK_EQ(21, misa & MISA_RV64GCSU, MISA_RV64GCSU);
    CHECK_EQ(22, misa & (1 << ('E' - 'A')), 0);
    csr_write(misa, 0);         /* misa is not writable by default */
    CHECK_EQ(23, csr_read(misa), misa);
    CHECK_EQ(24, csr_read(mhartid), 0);
    CHECK_EQ(25, TRY_M("csrw mvendorid, zero"), CAUSE_ILLEGAL_INSN);
    CHECK_EQ(26, TRY_M("csrw marchid, zero"), CAUSE_ILLEGAL_INSN);
    CHECK_EQ(27, TRY_M("csrw mimpid, zero"), CAUSE_ILLEGAL_INSN);
    CHECK_EQ(28, TRY_M("csrw mhartid, zero"), CAUSE_ILLEGAL_INSN);
    /* reading a read-only CSR with csrrs/csrrc x0 or csrrsi 0 is fine */
    CHECK_EQ(29, TRY_M("csrrs %[v], mhartid, zero", [v] "=r"(v)), NO_TRAP);
    CHECK_EQ(30, TRY_M("csrrc %[v], cycle, zero", [v] "=r"(v)), NO_TRAP);
    CHECK_EQ(31, TRY_M("csrrsi %[v], instret, 0", [v] "=r"(v)), NO_TRAP);
    CHECK_EQ(32, TRY_M("csrrw %[v], cycle, zero", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    CHECK_EQ(33, TRY_M("csrrsi %[v], cycle, 1", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    /* CSR numbers that name nothing */
    CHECK_EQ(34, TRY_M("csrr %[v], 0x8c0", [v] "=r"(v)), CAUSE_ILLEGAL_INSN);
    CHECK_EQ(35, TRY_M("csrr %[v], 0x7c0", [v] "=r"(v)), CAUSE_ILLEGAL_INSN);
    CHECK_EQ(36, TRY_M("csrr %[v], pmpcfg1", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);                   /* odd: RV32 only */
    CHECK_EQ(37, TRY_M("csrr %[v], time", [v] "=r"(v)), CAUSE_ILLEGAL_INSN);
    CHECK_EQ(39, TRY_M("csrr %[v], 0x31a", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);                   /* menvcfgh: RV32 */
    CHECK_EQ(19, TRY_M("csrr %[v], cycleh", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);                   /* RV32 only */
    CHECK_EQ(38, TRY_M("csrw stimecmp, zero"), CAUSE_ILLEGAL_INSN);
}

static void test_interrupt_csrs(void)
{
    uint64_t v;

    csr_write(mie, -1ull);
    v = csr_read(mie);
    CHECK_EQ(40, v & 0xaaa, 0xaaa);                 /* S and M bits */
    CHECK_EQ(41, v & 0x111, 0);                     /* no U interrupts */
    csr_write(mie, 0);
    CHECK_EQ(42, csr_read(mie) & 0xfff, 0);
    csr_write(mip, -1ull);                          /* SSIP STIP SEIP */
    CHECK_EQ(43, csr_read(mip) & 0xb2a, 0x222);
    csr_write(mip, 0);
    CHECK_EQ(44, csr_read(mip) & 0x222, 0);
    csr_write(mideleg, -1ull);
    v = csr_read(mideleg);
    CHECK_EQ(45, v & 0xaaa, 0x222);                 /* M bits stay 0 */
    csr_write(mideleg, 0);
    CHECK_EQ(46, csr_read(mideleg) & 0x222, 0);
    csr_write(medeleg, -1ull);
    v = csr_read(medeleg);
    CHECK_EQ(47, v & 0xf3ff, 0xb3ff);               /* 14 is reserved */
    csr_write(medeleg, 0);
    CHECK_EQ(48, csr_read(medeleg), 0);
    /* sie/sip show only what mideleg delegates */
    csr_write(mideleg, MIP_SSIP);
    csr_write(mie, MIP_SSIP | MIP_STIP | MIP_MSIP);
    CHECK_EQ(49, csr_read(sie) & 0xfff, MIP_SSIP);
    csr_write(sie, 0);
    CHECK_EQ(50, csr_read(mie) & 0xfff, MIP_STIP | MIP_MSIP);
    csr_set(sip, MIP_SSIP);
    CHECK_EQ(51, csr_read(mip) & MIP_SSIP, MIP_SSIP);
    csr_clear(sip, MIP_SSIP);
    CHECK_EQ(52, csr_read(mip) & MIP_SSIP, 0);
    csr_write(mideleg, 0);
    csr_write(mie, 0);
}

static void test_trap_csrs(bool q72)
{
    uint64_t old = csr_read(mtvec);

    csr_write(mtvec, 0x80001001);                   /* vectored */
    CHECK_EQ(60, csr_read(mtvec), 0x80001001);
    csr_write(mtvec, 0x80001002);                   /* mode 2: reserved */
    CHECK_EQ(61, csr_read(mtvec) & 3, 1);
    csr_write(mtvec, old);
    csr_write(stvec, 0x80002000);
    csr_write(stvec, 0x80001003);
    CHECK_EQ(62, csr_read(stvec), 0x80002000);
    csr_write(stvec, 0x80001001);
    CHECK_EQ(63, csr_read(stvec), 0x80001001);
    csr_write(mepc, 0x80000002);                    /* IALIGN 16 */
    CHECK_EQ(64, csr_read(mepc), 0x80000002);
    csr_write(sepc, 0xfffffffffffffffe);
    CHECK_EQ(65, csr_read(sepc), 0xfffffffffffffffe);
    if (!q72) {
        csr_write(mepc, -1ull);                     /* bit 0 is always 0 */
        CHECK_EQ(66, csr_read(mepc), 0xfffffffffffffffe);
        csr_write(sepc, 1);
        CHECK_EQ(67, csr_read(sepc), 0);
    }
    csr_write(mcause, 0x8000000000000005);
    CHECK_EQ(68, csr_read(mcause), 0x8000000000000005);
    csr_write(scause, 13);
    CHECK_EQ(69, csr_read(scause), 13);
    csr_write(mtval, -1ull);
    CHECK_EQ(70, csr_read(mtval), -1ull);
    csr_write(stval, 0x1234);
    CHECK_EQ(71, csr_read(stval), 0x1234);
    csr_write(mscratch, 0x0123456789abcdef);
    CHECK_EQ(72, csr_read(mscratch), 0x0123456789abcdef);
    csr_write(sscratch, -1ull);
    CHECK_EQ(73, csr_read(sscratch), -1ull);
}

/* Zicsr: each of the six instructions returns the old value */
static void test_csr_instructions(void)
{
    uint64_t old;

    csr_write(sscratch, 0xf0);
    __asm__ volatile("csrrs %0, sscratch, %1" : "=r"(old) : "r"(0x0f));
    CHECK_EQ(170, old, 0xf0);
    __asm__ volatile("csrrc %0, sscratch, %1" : "=r"(old) : "r"(0x30));
    CHECK_EQ(171, old, 0xff);
    __asm__ volatile("csrrw %0, sscratch, %1" : "=r"(old) : "r"(-1ull));
    CHECK_EQ(172, old, 0xcf);
    __asm__ volatile("csrrci %0, sscratch, 31" : "=r"(old));
    CHECK_EQ(173, old, -1ull);
    CHECK_EQ(174, csr_read(sscratch), ~31ull);
    __asm__ volatile("csrrwi %0, sscratch, 17" : "=r"(old));
    CHECK_EQ(175, old, ~31ull);
    __asm__ volatile("csrrsi %0, sscratch, 8" : "=r"(old));
    CHECK_EQ(176, old, 17);
    CHECK_EQ(177, csr_read(sscratch), 25);
    /* csrrw with rd = x0 still writes; csrrs/csrrc with x0 do not */
    __asm__ volatile("csrrw zero, sscratch, %0" :: "r"(5));
    __asm__ volatile("csrrs zero, sscratch, zero");
    __asm__ volatile("csrrci zero, sscratch, 0");
    CHECK_EQ(178, csr_read(sscratch), 5);
}

/* crt.S put this hart's trap stack top in mscratch; keep it */
static uint64_t saved_mscratch;

static void test_satp(void)
{
    uint64_t sv39 = SATP_MODE_SV39 | (0xffffull << 44) | 0xfffffffffffull;

    csr_write(satp, sv39);          /* no effect on M-mode accesses */
    CHECK_EQ(80, csr_read(satp), sv39);
    csr_write(satp, SATP_MODE_SV48 | 5);
    CHECK_EQ(81, csr_read(satp), SATP_MODE_SV48 | 5);
    csr_write(satp, SATP_MODE_SV57 | 6);
    CHECK_EQ(82, csr_read(satp), SATP_MODE_SV57 | 6);
    csr_write(satp, (5ull << 60) | 7);   /* unsupported mode: no effect */
    CHECK_EQ(83, csr_read(satp), SATP_MODE_SV57 | 6);
    csr_write(satp, 0);
    CHECK_EQ(84, csr_read(satp), 0);
}

static void test_pmp_csrs(bool q72)
{
    csr_write(pmpaddr1, -1ull);
    CHECK_EQ(90, csr_read(pmpaddr1) & PMPADDR_BITS, PMPADDR_BITS);
    csr_write(pmpaddr1, 0x1234);
    CHECK_EQ(91, csr_read(pmpaddr1), 0x1234);
    csr_write(pmpaddr1, 0);
    csr_write(pmpcfg2, 0x0f0e0d0c0b0a0908ull & 0x1f1f1f1f1f1f1f1full);
    /*
     * R=0 W=1 is reserved: QEMU 8.2 (without Smepmp's MML) clears R and
     * W of such a byte (0x0a -> 0x08, 0x0e -> 0x0c); 7.2 kept it.
     */
    CHECK_EQ(92, csr_read(pmpcfg2),
             q72 ? 0x0f0e0d0c0b0a0908ull : 0x0f0c0d0c0b080908ull);
    if (!q72) {
        csr_write(pmpcfg2, 0x03);
        csr_write(pmpcfg2, 0x02);
        CHECK_EQ(93, csr_read(pmpcfg2) & 0xff, 0x00);
    }
    csr_write(pmpcfg2, 0);
    CHECK_EQ(94, csr_read(pmpcfg2), 0);
    CHECK_EQ(95, csr_read(pmpcfg0) & 0xff, PMP_NAPOT | PMP_R | PMP_W |
             PMP_X);
}

static void test_counters(bool q72)
{
    uint64_t a, b;

    if (!q72) {
        csr_write(mcountinhibit, 7);        /* TM is read-only zero */
        CHECK_EQ(99, csr_read(mcountinhibit) & 7, 5);
    }
    csr_write(mcountinhibit, 5);                    /* CY and IR */
    CHECK_EQ(100, csr_read(mcountinhibit) & 7, 5);
    csr_write(minstret, 1000);
    csr_write(mcycle, 2000);
    CHECK_EQ(101, csr_read(minstret), 1000);
    CHECK_EQ(102, csr_read(instret), 1000);
    CHECK_EQ(103, csr_read(mcycle), 2000);
    CHECK_EQ(104, csr_read(cycle), 2000);
    csr_write(mcountinhibit, 0);
    a = csr_read(minstret);
    b = csr_read(minstret);
    CHECK_EQ(105, b > a, 1);                        /* counts again */
    CHECK_EQ(106, a >= 1000, 1);
    CHECK_EQ(107, csr_read(mhpmcounter3), 0);       /* Zihpm: reads 0 */
    CHECK_EQ(108, csr_read(hpmcounter4), 0);
    csr_write(mhpmevent3, 0);
    CHECK_EQ(109, csr_read(mhpmevent3), 0);
}

static void test_fp_csrs(void)
{
    uint64_t v;

    csr_write(fcsr, -1ull);
    CHECK_EQ(110, csr_read(fcsr), 0xff);
    CHECK_EQ(111, csr_read(frm), 7);
    CHECK_EQ(112, csr_read(fflags), 0x1f);
    csr_write(fflags, 0);
    CHECK_EQ(113, csr_read(fcsr), 0xe0);
    csr_write(frm, 0x9);
    CHECK_EQ(114, csr_read(fcsr), 0x20);
    CHECK_EQ(115, csr_swap(fcsr, 0), 0x20);
    /* FS tracks state: a write to an FP register or CSR makes it dirty */
    csr_clear(mstatus, MSTATUS_FS);
    csr_set(mstatus, MSTATUS_FS_CLEAN);
    CHECK_EQ(116, csr_read(mstatus) >> 63, 0);
    __asm__ volatile("fmv.d.x fa0, zero");
    CHECK_EQ(117, csr_read(mstatus) & MSTATUS_FS, MSTATUS_FS_DIRTY);
    CHECK_EQ(118, csr_read(mstatus) >> 63, 1);
    CHECK_EQ(124, csr_read(sstatus) >> 63, 1);     /* SD in sstatus too */
    csr_clear(mstatus, MSTATUS_FS);
    csr_set(mstatus, MSTATUS_FS_INITIAL);
    csr_write(fflags, 0);
    CHECK_EQ(119, csr_read(mstatus) & MSTATUS_FS, MSTATUS_FS_DIRTY);
    /* FS = Off: FP CSRs and instructions are illegal */
    csr_clear(mstatus, MSTATUS_FS);
    CHECK_EQ(120, TRY_M("csrr %[v], fflags", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    CHECK_EQ(121, TRY_M("csrw fcsr, zero"), CAUSE_ILLEGAL_INSN);
    CHECK_EQ(122, TRY_M("fmv.x.d %[v], fa0", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    CHECK_EQ(123, mtrap_rec[0].tval & 0xfe00707f, 0xe2000053);
    csr_set(mstatus, MSTATUS_FS_INITIAL);
}

static void test_envcfg(void)
{
    csr_write(menvcfg, -1ull);
    CHECK_EQ(130, csr_read(menvcfg) & 0x80000000000000ffull,
             0x80000000000000f1ull);        /* STCE CBZE CBCFE CBIE FIOM */
    csr_write(menvcfg, 0);
    CHECK_EQ(131, csr_read(menvcfg), 0);
    csr_write(senvcfg, -1ull);
    CHECK_EQ(132, csr_read(senvcfg) & 0xff, 0xf1);
    csr_write(senvcfg, 0);
    CHECK_EQ(133, csr_read(senvcfg), 0);
    csr_write(mcounteren, -1ull);
    CHECK_EQ(134, csr_read(mcounteren) & 7, 7);
    csr_write(scounteren, -1ull);
    CHECK_EQ(135, csr_read(scounteren) & 7, 7);
}

/* Accesses from S and U mode: privilege and the counter enables */
static void test_lower_privilege(void)
{
    uint64_t v;

    csr_write(mcounteren, 0);
    csr_write(scounteren, 0);
    goto_smode();
    CHECK_EQ(140, TRY_M("csrr %[v], mstatus", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    CHECK_EQ(141, TRY_M("csrr %[v], cycle", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    CHECK_EQ(142, TRY_M("csrr %[v], instret", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    CHECK_EQ(143, TRY_M("csrr %[v], satp", [v] "=r"(v)), NO_TRAP);
    CHECK_EQ(144, TRY_M("csrr %[v], sstatus", [v] "=r"(v)), NO_TRAP);
    CHECK_EQ(145, TRY_M("csrr %[v], mscratch", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    CHECK_EQ(146, TRY_M("csrr %[v], hpmcounter3", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    goto_mmode();
    csr_write(mcounteren, 5);                       /* CY IR */
    csr_set(mstatus, MSTATUS_TVM);
    goto_smode();
    CHECK_EQ(150, TRY_M("csrr %[v], cycle", [v] "=r"(v)), NO_TRAP);
    CHECK_EQ(151, TRY_M("csrr %[v], instret", [v] "=r"(v)), NO_TRAP);
    CHECK_EQ(152, TRY_M("csrr %[v], satp", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    CHECK_EQ(153, TRY_M("sfence.vma"), CAUSE_ILLEGAL_INSN);
    goto_mmode();
    csr_clear(mstatus, MSTATUS_TVM);
    goto_umode();
    CHECK_EQ(160, TRY_M("csrr %[v], cycle", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);                   /* scounteren = 0 */
    CHECK_EQ(161, TRY_M("csrr %[v], sstatus", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    CHECK_EQ(162, TRY_M("csrr %[v], fflags", [v] "=r"(v)), NO_TRAP);
    CHECK_EQ(163, TRY_M("sfence.vma"), CAUSE_ILLEGAL_INSN);
    goto_mmode();
    csr_write(scounteren, 1);
    goto_umode();
    CHECK_EQ(164, TRY_M("csrr %[v], cycle", [v] "=r"(v)), NO_TRAP);
    CHECK_EQ(165, TRY_M("csrr %[v], instret", [v] "=r"(v)),
             CAUSE_ILLEGAL_INSN);
    goto_mmode();
    csr_write(mcounteren, 0);
    csr_write(scounteren, 0);
}

int main(void)
{
    bool q72 = running_on_qemu72();

    saved_mscratch = csr_read(mscratch);
    test_mstatus(q72);
    test_machine_info();
    test_interrupt_csrs();
    test_trap_csrs(q72);
    csr_write(mscratch, saved_mscratch);
    test_satp();
    test_pmp_csrs(q72);
    test_counters(q72);
    test_fp_csrs();
    test_envcfg();
    test_lower_privilege();
    test_csr_instructions();
    if (q72) {
        guest_puts("csr: QEMU 7.2: skipped the checks of reserved MPP/UXL, "
                   "mepc/sepc bit 0, pmpcfg R=0 W=1 and mcountinhibit.TM\n");
    }
    return 0;
}
