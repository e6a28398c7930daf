/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv-rvc.c: the compressed (C) instructions of RV64 for the RISC-V
 * disassembler (unprivileged spec 20191213, chapter 16).  Each one is
 * expanded to the 32-bit instruction it stands for, which is what
 * QEMU's -d in_asm prints ("c.addi sp,-16" shows as "addi sp,sp,-16",
 * c.mv as "mv").  Reserved encodings print "illegal", except those QEMU
 * decodes anyway (c.lwsp with rd x0, c.jr x0, c.lui x0 ...), which the
 * corpus of test-riscv-disas pins down.
 */
#include "qemu/osdep.h"
#include "riscv-internal.h"

/* Base opcodes (bits 6:0) of the expansions. */
enum {
    RVD_LOAD = 0x03,
    RVD_LOAD_FP = 0x07,
    RVD_OP_IMM = 0x13,
    RVD_OP_IMM_32 = 0x1b,
    RVD_STORE = 0x23,
    RVD_STORE_FP = 0x27,
    RVD_OP = 0x33,
    RVD_LUI = 0x37,
    RVD_OP_32 = 0x3b,
    RVD_BRANCH = 0x63,
    RVD_JALR = 0x67,
    RVD_JAL = 0x6f,
    RVD_SYSTEM = 0x73,
};

#define RVD_SP 2

/* Bits @lo..@lo+@n-1 of @x, moved to bit @to. */
static uint32_t rvd_bits(uint32_t x, int lo, int n, int to)
{
    return ((x >> lo) & ((1u << n) - 1)) << to;
}

/* @x, whose top bit is bit @bit, sign-extended. */
static int32_t rvd_sext(uint32_t x, int bit)
{
    return (int32_t)(x << (31 - bit)) >> (31 - bit);
}

static uint32_t rvd_enc_i(uint32_t op, unsigned int rd, unsigned int f3,
                          unsigned int rs1, int32_t imm)
{
    return ((uint32_t)imm << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
}

static uint32_t rvd_enc_r(uint32_t op, unsigned int rd, unsigned int f3,
                          unsigned int rs1, unsigned int rs2, unsigned int f7)
{
    return (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) |
           op;
}

static uint32_t rvd_enc_s(uint32_t op, unsigned int f3, unsigned int rs1,
                          unsigned int rs2, int32_t imm)
{
    return ((uint32_t)(imm >> 5) << 25) | (rs2 << 20) | (rs1 << 15) |
           (f3 << 12) | ((imm & 0x1f) << 7) | op;
}

static uint32_t rvd_enc_b(unsigned int f3, unsigned int rs1, int32_t imm)
{
    uint32_t u = imm;

    return rvd_bits(u, 12, 1, 31) | rvd_bits(u, 5, 6, 25) | (rs1 << 15) |
           (f3 << 12) | rvd_bits(u, 1, 4, 8) | rvd_bits(u, 11, 1, 7) |
           RVD_BRANCH;
}

static uint32_t rvd_enc_j(unsigned int rd, int32_t imm)
{
    uint32_t u = imm;

    return rvd_bits(u, 20, 1, 31) | rvd_bits(u, 1, 10, 21) |
           rvd_bits(u, 11, 1, 20) | rvd_bits(u, 12, 8, 12) | (rd << 7) |
           RVD_JAL;
}

/* The 3-bit register fields of the compressed formats: x8-x15. */
static unsigned int rvd_creg(uint16_t c, int lo)
{
    return 8 + ((c >> lo) & 7);
}

/* Offsets of the doubleword (c.ld, c.fld) and word (c.lw) forms. */
static int32_t rvd_cl_d_off(uint16_t c)
{
    return rvd_bits(c, 10, 3, 3) | rvd_bits(c, 5, 2, 6);
}

static int32_t rvd_cl_w_off(uint16_t c)
{
    return rvd_bits(c, 10, 3, 3) | rvd_bits(c, 6, 1, 2) | rvd_bits(c, 5, 1, 6);
}

static uint32_t rvd_expand_q0(uint16_t c)
{
    unsigned int rd = rvd_creg(c, 2), rs1 = rvd_creg(c, 7);
    int32_t imm;

    switch (c >> 13) {
    case 0:
        imm = rvd_bits(c, 11, 2, 4) | rvd_bits(c, 7, 4, 6) |
              rvd_bits(c, 6, 1, 2) | rvd_bits(c, 5, 1, 3);
        return imm ? rvd_enc_i(RVD_OP_IMM, rd, 0, RVD_SP, imm) : 0;
    case 1:
        return rvd_enc_i(RVD_LOAD_FP, rd, 3, rs1, rvd_cl_d_off(c));
    case 2:
        return rvd_enc_i(RVD_LOAD, rd, 2, rs1, rvd_cl_w_off(c));
    case 3:
        return rvd_enc_i(RVD_LOAD, rd, 3, rs1, rvd_cl_d_off(c));
    case 5:
        return rvd_enc_s(RVD_STORE_FP, 3, rs1, rd, rvd_cl_d_off(c));
    case 6:
        return rvd_enc_s(RVD_STORE, 2, rs1, rd, rvd_cl_w_off(c));
    case 7:
        return rvd_enc_s(RVD_STORE, 3, rs1, rd, rvd_cl_d_off(c));
    }
    return 0;
}

/* The 6-bit signed immediate of c.addi, c.li, c.andi ... */
static int32_t rvd_ci_imm(uint16_t c)
{
    return rvd_sext(rvd_bits(c, 12, 1, 5) | rvd_bits(c, 2, 5, 0), 5);
}

/* Quadrant 1, funct3 4: shifts, c.andi and the register-register ALU. */
static uint32_t rvd_expand_q1_alu(uint16_t c)
{
    static const unsigned int f3s[4] = { 0, 4, 6, 7 };
    unsigned int rd = rvd_creg(c, 7), rs2 = rvd_creg(c, 2);
    unsigned int shamt = rvd_bits(c, 12, 1, 5) | rvd_bits(c, 2, 5, 0);
    unsigned int op2 = (c >> 5) & 3;

    switch ((c >> 10) & 3) {
    case 0:
        return shamt ? rvd_enc_i(RVD_OP_IMM, rd, 5, rd, shamt) : 0;
    case 1:
        return shamt ? rvd_enc_i(RVD_OP_IMM, rd, 5, rd, shamt | 0x400) : 0;
    case 2:
        return rvd_enc_i(RVD_OP_IMM, rd, 7, rd, rvd_ci_imm(c));
    }
    if (!(c & 0x1000)) {
        return rvd_enc_r(RVD_OP, rd, f3s[op2], rd, rs2, op2 ? 0 : 0x20);
    }
    if (op2 < 2) {
        return rvd_enc_r(RVD_OP_32, rd, 0, rd, rs2, op2 ? 0 : 0x20);
    }
    return 0;
}

static uint32_t rvd_expand_q1(uint16_t c)
{
    unsigned int rd = RV_RD(c);
    int32_t imm;

    switch (c >> 13) {
    case 0:
        /* c.nop is the only c.addi QEMU takes with a zero immediate. */
        imm = rvd_ci_imm(c);
        return imm || !rd ? rvd_enc_i(RVD_OP_IMM, rd, 0, rd, imm) : 0;
    case 1:
        return rvd_enc_i(RVD_OP_IMM_32, rd, 0, rd, rvd_ci_imm(c));
    case 2:
        return rvd_enc_i(RVD_OP_IMM, rd, 0, 0, rvd_ci_imm(c));
    case 3:
        if (rd == RVD_SP) {
            imm = rvd_sext(rvd_bits(c, 12, 1, 9) | rvd_bits(c, 3, 2, 7) |
                           rvd_bits(c, 5, 1, 6) | rvd_bits(c, 2, 1, 5) |
                           rvd_bits(c, 6, 1, 4), 9);
            return imm ? rvd_enc_i(RVD_OP_IMM, rd, 0, rd, imm) : 0;
        }
        imm = rvd_ci_imm(c);
        return imm ? ((uint32_t)imm << 12) | (rd << 7) | RVD_LUI : 0;
    case 4:
        return rvd_expand_q1_alu(c);
    case 5:
        imm = rvd_sext(rvd_bits(c, 12, 1, 11) | rvd_bits(c, 11, 1, 4) |
                       rvd_bits(c, 9, 2, 8) | rvd_bits(c, 8, 1, 10) |
                       rvd_bits(c, 7, 1, 6) | rvd_bits(c, 6, 1, 7) |
                       rvd_bits(c, 3, 3, 1) | rvd_bits(c, 2, 1, 5), 11);
        return rvd_enc_j(0, imm);
    default:
        imm = rvd_sext(rvd_bits(c, 12, 1, 8) | rvd_bits(c, 10, 2, 3) |
                       rvd_bits(c, 5, 2, 6) | rvd_bits(c, 3, 2, 1) |
                       rvd_bits(c, 2, 1, 5), 8);
        return rvd_enc_b((c >> 13) & 1, rvd_creg(c, 7), imm);
    }
}

/* Quadrant 2, funct3 4: c.jr, c.mv, c.ebreak, c.jalr and c.add. */
static uint32_t rvd_expand_q2_jr(uint16_t c)
{
    unsigned int rd = RV_RD(c), rs2 = (c >> 2) & 0x1f;

    if (!(c & 0x1000)) {
        return rs2 ? rvd_enc_i(RVD_OP_IMM, rd, 0, rs2, 0)
                   : rvd_enc_i(RVD_JALR, 0, 0, rd, 0);
    }
    if (rs2) {
        return rvd_enc_r(RVD_OP, rd, 0, rd, rs2, 0);
    }
    return rd ? rvd_enc_i(RVD_JALR, 1, 0, rd, 0) : 0x00100000 | RVD_SYSTEM;
}

static uint32_t rvd_expand_q2(uint16_t c)
{
    unsigned int rd = RV_RD(c), rs2 = (c >> 2) & 0x1f;
    int32_t imm;
    int32_t d_off = rvd_bits(c, 12, 1, 5) | rvd_bits(c, 5, 2, 3) |
                    rvd_bits(c, 2, 3, 6);
    int32_t w_off = rvd_bits(c, 12, 1, 5) | rvd_bits(c, 4, 3, 2) |
                    rvd_bits(c, 2, 2, 6);
    int32_t sd_off = rvd_bits(c, 10, 3, 3) | rvd_bits(c, 7, 3, 6);
    int32_t sw_off = rvd_bits(c, 9, 4, 2) | rvd_bits(c, 7, 2, 6);

    switch (c >> 13) {
    case 0:
        imm = rvd_bits(c, 12, 1, 5) | rvd_bits(c, 2, 5, 0);
        return imm ? rvd_enc_i(RVD_OP_IMM, rd, 1, rd, imm) : 0;
    case 1:
        return rvd_enc_i(RVD_LOAD_FP, rd, 3, RVD_SP, d_off);
    case 2:
        return rvd_enc_i(RVD_LOAD, rd, 2, RVD_SP, w_off);
    case 3:
        return rvd_enc_i(RVD_LOAD, rd, 3, RVD_SP, d_off);
    case 4:
        return rvd_expand_q2_jr(c);
    case 5:
        return rvd_enc_s(RVD_STORE_FP, 3, RVD_SP, rs2, sd_off);
    case 6:
        return rvd_enc_s(RVD_STORE, 2, RVD_SP, rs2, sw_off);
    default:
        return rvd_enc_s(RVD_STORE, 3, RVD_SP, rs2, sd_off);
    }
}

uint32_t riscv_disas_expand_rvc(uint16_t insn)
{
    switch (insn & 3) {
    case 0:
        return rvd_expand_q0(insn);
    case 1:
        return rvd_expand_q1(insn);
    case 2:
        return rvd_expand_q2(insn);
    }
    return 0;
}
