/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv-hart-helpers.h: a bare RISC-V hart for the unit tests of csr.c,
 * cpu_helper.c, mmu.c and pmp.c, without the interpreter: the test
 * defines what translate.c would (raising an exception jumps back into
 * the test, TLB flushes are counted).
 */
#ifndef TESTS_RISCV_HART_HELPERS_H
#define TESTS_RISCV_HART_HELPERS_H

#include "target/riscv/cpu.h"
#include "target/riscv/cpu_bits.h"

typedef struct TestHart {
    RISCVCPU *cpu;
    CPURISCVState *env;
    int flushes;                /* riscv_tlb_flush calls */
    bool raised;                /* an exception was raised */
    RISCVException cause;
    target_ulong tval;
    sigjmp_buf *jmp;            /* where riscv_raise_exception goes */
    uint64_t time;              /* what rdtime returns */
} TestHart;

extern TestHart th;

/* A fresh hart in M-mode with the rv64 defaults QEMU 8.2 has. */
void test_hart_new(void);
void test_hart_free(void);

/*
 * Run @stmt; true if it completed, false if it raised an exception
 * (th.cause and th.tval say which).
 */
#define TEST_HART_TRY(stmt) ({                                  \
    sigjmp_buf jb_;                                             \
    volatile bool ok_ = false;                                  \
    th.raised = false;                                          \
    th.jmp = &jb_;                                              \
    if (!sigsetjmp(jb_, 0)) {                                   \
        stmt;                                                   \
        ok_ = true;                                             \
    }                                                           \
    th.jmp = NULL;                                              \
    ok_;                                                        \
})

/* CSR shorthands: read (write_mask 0), write, and the exception. */
target_ulong csr_read(int csrno);
void csr_write(int csrno, target_ulong val);
RISCVException csr_try_write(int csrno, target_ulong val);
RISCVException csr_try_read(int csrno);

#endif
