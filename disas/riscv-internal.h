/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv-internal.h: pieces shared by the files of the RISC-V
 * disassembler (riscv.c decodes and prints, riscv-rvc.c expands
 * compressed instructions, riscv-csr.c names the CSRs).
 */
#ifndef DISAS_RISCV_INTERNAL_H
#define DISAS_RISCV_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <glib.h>

/* Instruction fields. */
#define RV_OPCODE(i) (((i) >> 2) & 0x1f)
#define RV_RD(i)     (((i) >> 7) & 0x1f)
#define RV_FUNCT3(i) (((i) >> 12) & 0x7)
#define RV_RS1(i)    (((i) >> 15) & 0x1f)
#define RV_RS2(i)    (((i) >> 20) & 0x1f)
#define RV_RS3(i)    (((i) >> 27) & 0x1f)
#define RV_FUNCT7(i) (((i) >> 25) & 0x7f)
#define RV_IMM12(i)  (((i) >> 20) & 0xfff)

/* ABI names of the integer and floating-point registers. */
extern const char *const rvd_xreg[32];
extern const char *const rvd_freg[32];

/* One decoded instruction, before layout. */
typedef struct RiscvDisasText {
    char mnem[24];          /* "addi", "amoadd.w.aq.rl" */
    char ops[64];           /* "sp,sp,-16"; empty when there are none */
    bool has_target;        /* branch, jump or auipc: print its target */
    uint64_t target;
} RiscvDisasText;

/* Fill @t: mnemonic @mnem, operands from @fmt; no target. */
void G_GNUC_PRINTF(3, 4)
rvd_set(RiscvDisasText *t, const char *mnem, const char *fmt, ...);

/* Fill @t as QEMU prints an encoding it does not know. */
void rvd_illegal(RiscvDisasText *t);

/*
 * The name QEMU prints for CSR @csr, or NULL when it prints the
 * number ("0x7c0").
 */
const char *riscv_disas_csr_name(unsigned int csr);

/*
 * The 32-bit instruction that the compressed instruction @insn stands
 * for, as the disassembler prints it, or 0 when @insn is illegal
 * (reserved, or an encoding QEMU does not accept).
 */
uint32_t riscv_disas_expand_rvc(uint16_t insn);

/* Decode the 32-bit instruction @insn at @pc into @t. */
void riscv_disas_decode32(uint64_t pc, uint32_t insn, RiscvDisasText *t);

/* The decoders of riscv-fp.c: MADD/MSUB/NMSUB/NMADD and OP-FP. */
void riscv_disas_decode_fma(uint32_t insn, RiscvDisasText *t);
void riscv_disas_decode_op_fp(uint32_t insn, RiscvDisasText *t);

/*
 * The decoders of riscv-crypto.c: the scalar crypto forms of OP and
 * OP-IMM (true when @insn is one), and RV128's OP-64 and OP-IMM-64.
 */
bool riscv_disas_decode_op_crypto(uint32_t insn, RiscvDisasText *t);
bool riscv_disas_decode_op_imm_crypto(uint32_t insn, RiscvDisasText *t);
void riscv_disas_decode_rv128(uint32_t insn, RiscvDisasText *t);

/* The decoder of riscv-csr.c: SYSTEM (Zicsr and privileged). */
void riscv_disas_decode_system(uint32_t insn, RiscvDisasText *t);

#endif
