/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Constants and test macros shared by the guest test programs, usable
 * from assembly (.S) and C.  Addresses follow QEMU's spike machine (CLINT
 * at 0x2000000); CSR bits follow the RISC-V privileged spec 1.12.
 *
 * Assembly tests use TEST_CASE(n, reg, expected, code...): run code, then
 * compare register reg with expected; on a mismatch the program prints
 * "FAIL: test n: got ..., expected ..." and exits with status 1.  The
 * macros keep the test number in gp and use t2 for the expected value, so
 * neither may be the register checked; tp holds the hart id (crt.S sets it)
 * and must be preserved; code may use every other register.
 */
#ifndef GUEST_TEST_H
#define GUEST_TEST_H

#define GUEST_MAX_HARTS     4
#define GUEST_TRAP_STACK    2048
#define GUEST_FRAME_SIZE    256
#define GUEST_ECALL_TO_M    0x4d4d
#define TRAPREC_CAUSE       0       /* offsets in TrapRecord */
#define TRAPREC_RESUME      48

#define CLINT_BASE          0x2000000
#define CLINT_MSIP(h)       (CLINT_BASE + 4 * (h))
#define CLINT_MTIMECMP(h)   (CLINT_BASE + 0x4000 + 8 * (h))
#define CLINT_MTIME         (CLINT_BASE + 0xbff8)

#define MSTATUS_SIE         (1 << 1)
#define MSTATUS_MIE         (1 << 3)
#define MSTATUS_SPIE        (1 << 5)
#define MSTATUS_UBE         (1 << 6)
#define MSTATUS_MPIE        (1 << 7)
#define MSTATUS_SPP         (1 << 8)
#define MSTATUS_MPP         (3 << 11)
#define MSTATUS_MPP_S       (1 << 11)
#define MSTATUS_MPP_M       (3 << 11)
#define MSTATUS_FS          (3 << 13)
#define MSTATUS_FS_INITIAL  (1 << 13)
#define MSTATUS_FS_CLEAN    (2 << 13)
#define MSTATUS_FS_DIRTY    (3 << 13)
#define MSTATUS_MPRV        (1 << 17)
#define MSTATUS_SUM         (1 << 18)
#define MSTATUS_MXR         (1 << 19)
#define MSTATUS_TVM         (1 << 20)
#define MSTATUS_TW          (1 << 21)
#define MSTATUS_TSR         (1 << 22)

#define IRQ_S_SOFT          1
#define IRQ_M_SOFT          3
#define IRQ_S_TIMER         5
#define IRQ_M_TIMER         7
#define IRQ_S_EXT           9
#define IRQ_M_EXT           11
#define MIP_SSIP            (1 << IRQ_S_SOFT)
#define MIP_MSIP            (1 << IRQ_M_SOFT)
#define MIP_STIP            (1 << IRQ_S_TIMER)
#define MIP_MTIP            (1 << IRQ_M_TIMER)
#define MIP_SEIP            (1 << IRQ_S_EXT)
#define MIP_MEIP            (1 << IRQ_M_EXT)

#define CAUSE_MISALIGNED_FETCH      0
#define CAUSE_FETCH_ACCESS          1
#define CAUSE_ILLEGAL_INSN          2
#define CAUSE_BREAKPOINT            3
#define CAUSE_MISALIGNED_LOAD       4
#define CAUSE_LOAD_ACCESS           5
#define CAUSE_MISALIGNED_STORE      6
#define CAUSE_STORE_ACCESS          7
#define CAUSE_USER_ECALL            8
#define CAUSE_SUPERVISOR_ECALL      9
#define CAUSE_MACHINE_ECALL         11
#define CAUSE_FETCH_PAGE_FAULT      12
#define CAUSE_LOAD_PAGE_FAULT       13
#define CAUSE_STORE_PAGE_FAULT      15
#define CAUSE_INTERRUPT             (1ull << 63)

#define PMP_R               0x01
#define PMP_W               0x02
#define PMP_X               0x04
#define PMP_TOR             0x08
#define PMP_NA4             0x10
#define PMP_NAPOT           0x18
#define PMP_L               0x80

#define PTE_V               (1 << 0)
#define PTE_R               (1 << 1)
#define PTE_W               (1 << 2)
#define PTE_X               (1 << 3)
#define PTE_U               (1 << 4)
#define PTE_G               (1 << 5)
#define PTE_A               (1 << 6)
#define PTE_D               (1 << 7)

#define SATP_MODE_SV39      (8ull << 60)
#define SATP_MODE_SV48      (9ull << 60)
#define SATP_MODE_SV57      (10ull << 60)

#define FFLAG_NX            0x01
#define FFLAG_UF            0x02
#define FFLAG_OF            0x04
#define FFLAG_DZ            0x08
#define FFLAG_NV            0x10

#define RM_RNE              0
#define RM_RTZ              1
#define RM_RDN              2
#define RM_RUP              3
#define RM_RMM              4

#ifdef __ASSEMBLER__

/* Compare \reg with \expect; on a mismatch report test gp and exit 1. */
.macro CHECK reg, expect
    li t2, \expect
    beq \reg, t2, .Lcheck_ok\@
    mv a1, \reg
    mv a2, t2
    mv a0, gp
    j test_fail_asm
.Lcheck_ok\@:
.endm

#define TEST_CASE(n, reg, expect, ...) \
    li gp, n; __VA_ARGS__; CHECK reg, expect

/* a0 = inst(v1, v2), also with the destination equal to a source */
#define TEST_RR(n, inst, expect, v1, v2) \
    TEST_CASE(n, a0, expect, li a1, v1; li a2, v2; inst a0, a1, a2); \
    TEST_CASE(n, a1, expect, li a1, v1; li a2, v2; inst a1, a1, a2)

#define TEST_RI(n, inst, expect, v1, imm) \
    TEST_CASE(n, a0, expect, li a1, v1; inst a0, a1, imm); \
    TEST_CASE(n, a1, expect, li a1, v1; inst a1, a1, imm)

#define TEST_R(n, inst, expect, v1) \
    TEST_CASE(n, a0, expect, li a1, v1; inst a0, a1); \
    TEST_CASE(n, a1, expect, li a1, v1; inst a1, a1)

/* fflags must read exactly \expect; reading clears them for the next test */
#define TEST_FFLAGS(n, expect) \
    TEST_CASE(n, a3, expect, csrrw a3, fflags, zero)

#define TEST_PASS \
    li a0, 0; call guest_exit

/* a0 = the raw bits of an FP result (singles zero-extended) */
#define FP_RES_D    fmv.x.d a0, fa0
#define FP_RES_S    fmv.x.w a0, fa0; slli a0, a0, 32; srli a0, a0, 32
#define FP_ARGS(a, b, c, ld) \
    li a1, a; li a2, b; li a3, c; ld fa1, a1; ld fa2, a2; ld fa3, a3; \
    csrw fflags, zero

/*
 * FP tests: result bits res and exactly the flags fl.  Operands are raw
 * bit patterns (singles are NaN-boxed by fmv.w.x).  _RM forms take a
 * static rounding mode; _N forms are instructions without one.
 */
#define FP_OP(n, res, fl, a, b, c, ld, out, ...) \
    TEST_CASE(n, a0, res, FP_ARGS(a, b, c, ld); __VA_ARGS__; out); \
    TEST_FFLAGS(n, fl)
#define FP_D2(n, inst, rm, res, fl, a, b) \
    FP_OP(n, res, fl, a, b, 0, fmv.d.x, FP_RES_D, inst fa0, fa1, fa2, rm)
#define FP_S2(n, inst, rm, res, fl, a, b) \
    FP_OP(n, res, fl, a, b, 0, fmv.w.x, FP_RES_S, inst fa0, fa1, fa2, rm)
#define FP_D2N(n, inst, res, fl, a, b) \
    FP_OP(n, res, fl, a, b, 0, fmv.d.x, FP_RES_D, inst fa0, fa1, fa2)
#define FP_S2N(n, inst, res, fl, a, b) \
    FP_OP(n, res, fl, a, b, 0, fmv.w.x, FP_RES_S, inst fa0, fa1, fa2)
#define FP_D1(n, inst, rm, res, fl, a) \
    FP_OP(n, res, fl, a, 0, 0, fmv.d.x, FP_RES_D, inst fa0, fa1, rm)
#define FP_S1(n, inst, rm, res, fl, a) \
    FP_OP(n, res, fl, a, 0, 0, fmv.w.x, FP_RES_S, inst fa0, fa1, rm)
#define FP_D3(n, inst, rm, res, fl, a, b, c) \
    FP_OP(n, res, fl, a, b, c, fmv.d.x, FP_RES_D, inst fa0, fa1, fa2, fa3, rm)
#define FP_S3(n, inst, rm, res, fl, a, b, c) \
    FP_OP(n, res, fl, a, b, c, fmv.w.x, FP_RES_S, inst fa0, fa1, fa2, fa3, rm)
/* integer results: compares, fclass, conversions to integers */
#define FP_D2X(n, inst, res, fl, a, b) \
    FP_OP(n, res, fl, a, b, 0, fmv.d.x, , inst a0, fa1, fa2)
#define FP_S2X(n, inst, res, fl, a, b) \
    FP_OP(n, res, fl, a, b, 0, fmv.w.x, , inst a0, fa1, fa2)
#define FP_D1X(n, inst, res, fl, a) \
    FP_OP(n, res, fl, a, 0, 0, fmv.d.x, , inst a0, fa1)
#define FP_S1X(n, inst, res, fl, a) \
    FP_OP(n, res, fl, a, 0, 0, fmv.w.x, , inst a0, fa1)
#define FP_D1XR(n, inst, rm, res, fl, a) \
    FP_OP(n, res, fl, a, 0, 0, fmv.d.x, , inst a0, fa1, rm)
#define FP_S1XR(n, inst, rm, res, fl, a) \
    FP_OP(n, res, fl, a, 0, 0, fmv.w.x, , inst a0, fa1, rm)
/* integer to FP */
#define FP_XD(n, inst, rm, res, fl, a) \
    FP_OP(n, res, fl, 0, 0, 0, fmv.d.x, FP_RES_D, li a1, a; inst fa0, a1, rm)
#define FP_XS(n, inst, rm, res, fl, a) \
    FP_OP(n, res, fl, 0, 0, 0, fmv.w.x, FP_RES_S, li a1, a; inst fa0, a1, rm)

/*
 * TEST_TRAP(n, cause, code...): code must trap into M-mode with cause
 * (hart 0; the handler resumes after code).  Uses t0, t1.
 */
#define TEST_TRAP(n, cause, ...) \
    TEST_CASE(n, a0, cause, la t1, mtrap_rec; li t0, -1; \
              sd t0, TRAPREC_CAUSE(t1); la t0, 9f; sd t0, TRAPREC_RESUME(t1); \
              __VA_ARGS__; 9: la t1, mtrap_rec; ld a0, TRAPREC_CAUSE(t1); \
              sd zero, TRAPREC_RESUME(t1))

#else /* C */

#include <stdbool.h>
#include <stdint.h>

/* The registers saved on trap entry: x[i] at index i, x[2] the old sp. */
typedef struct TrapFrame {
    uint64_t x[32];
} TrapFrame;

/* What the last trap into M (or S) mode recorded. */
typedef struct TrapRecord {
    uint64_t cause;
    uint64_t tval;
    uint64_t epc;
    uint64_t prev_priv;     /* 0 = U, 1 = S, 3 = M */
    uint64_t status;        /* mstatus (sstatus) as the handler found it */
    uint64_t count;
    uint64_t resume;        /* if nonzero, the trap returns here (once) */
    int64_t vector;         /* the vector table entry taken, or -1 */
} TrapRecord;

extern volatile TrapRecord mtrap_rec[GUEST_MAX_HARTS];
extern volatile TrapRecord strap_rec[GUEST_MAX_HARTS];

/*
 * Interrupt handlers a test installs for M and S mode; each returns true
 * if it handled the interrupt (and quietened its source).  Called with
 * the hart id.
 */
typedef bool GuestIrqHandler(uint64_t cause, unsigned int hartid);
extern GuestIrqHandler *volatile guest_irq_handler;
extern GuestIrqHandler *volatile guest_sirq_handler;

/* crt.S: the vector tables for mtvec and stvec in vectored mode */
extern char mtrap_vector[], strap_vector[], mtrap_entry[], strap_entry[];

void guest_putchar(int c);
void guest_puts(const char *s);
void guest_put_hex(uint64_t v);
void guest_put_dec(int64_t v);
void guest_printf(const char *fmt, ...);
void guest_exit(int code) __attribute__((noreturn));
void test_fail(uint64_t num, uint64_t got, uint64_t expect)
    __attribute__((noreturn));
void strap_install(void);

void goto_smode(void);
void goto_umode(void);
void goto_mmode(void);
void goto_mmode_ebreak(void);

#define csr_read(csr) ({ uint64_t v_; \
    __asm__ volatile("csrr %0, " #csr : "=r"(v_)); v_; })
#define csr_write(csr, v) \
    __asm__ volatile("csrw " #csr ", %0" :: "rK"((uint64_t)(v)) : "memory")
#define csr_set(csr, v) \
    __asm__ volatile("csrs " #csr ", %0" :: "rK"((uint64_t)(v)) : "memory")
#define csr_clear(csr, v) \
    __asm__ volatile("csrc " #csr ", %0" :: "rK"((uint64_t)(v)) : "memory")
#define csr_swap(csr, v) ({ uint64_t v_; \
    __asm__ volatile("csrrw %0, " #csr ", %1" : "=r"(v_) \
                     : "rK"((uint64_t)(v)) : "memory"); v_; })

/* crt.S keeps the hart id in tp, readable in every mode */
static inline unsigned int guest_hartid(void)
{
    uint64_t id;

    __asm__("mv %0, tp" : "=r"(id));
    return id;
}

#define NO_TRAP ((uint64_t)-1)

/*
 * TRY_IN(rec, insn, outputs...): run the asm statement insn (outputs as
 * in an asm's output list, named operands only) with a trap into the
 * mode that rec records armed to resume right after it.  Returns the
 * cause of the trap it raised, or NO_TRAP.  insn may use t0 and a7.
 * TRY_M and TRY_S name the record of the M-mode and the S-mode handler.
 */
#define TRY_IN(rec, insn, ...) ({ \
        volatile TrapRecord *r_ = &(rec)[guest_hartid()]; \
        uint64_t n_ = r_->count; \
        __asm__ volatile("la t0, 1f\n\tsd t0, 0(%[res_])\n\t" insn "\n1:" \
                         : __VA_ARGS__ : [res_] "r"(&r_->resume) \
                         : "t0", "a7", "memory"); \
        r_->resume = 0; \
        r_->count != n_ ? r_->cause : NO_TRAP; \
    })
#define TRY_M(insn, ...) TRY_IN(mtrap_rec, insn, __VA_ARGS__)
#define TRY_S(insn, ...) TRY_IN(strap_rec, insn, __VA_ARGS__)

/*
 * QEMU 7.2 (Debian's, which the programs are checked on) departs from the
 * spec in a few WARL corners; checks of those corners are skipped when
 * mimpid says 7.2 (QEMU puts its version there).  M-mode only.
 */
static inline bool running_on_qemu72(void)
{
    return (csr_read(mimpid) >> 8) == 0x702;
}

/* C-level checks: report test n as failed when the values differ. */
#define CHECK_EQ(n, got, expect) do { \
        uint64_t g_ = (uint64_t)(got), e_ = (uint64_t)(expect); \
        if (g_ != e_) { \
            test_fail((n), g_, e_); \
        } \
    } while (0)

#endif /* __ASSEMBLER__ */
#endif /* GUEST_TEST_H */
