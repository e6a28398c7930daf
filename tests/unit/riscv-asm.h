/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv-asm.h: a tiny RV64GC instruction encoder for the hart's unit
 * tests (formats from the RISC-V unprivileged ISA 20191213, chapter 2
 * and 16).  Registers are numbers; immediates are not range-checked.
 */
#ifndef TESTS_RISCV_ASM_H
#define TESTS_RISCV_ASM_H

static inline uint32_t enc_r(int f7, int rs2, int rs1, int f3, int rd,
                             int op)
{
    return ((uint32_t)f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) |
           (rd << 7) | op;
}

static inline uint32_t enc_i(int32_t imm, int rs1, int f3, int rd, int op)
{
    return ((uint32_t)(imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) |
           (rd << 7) | op;
}

static inline uint32_t enc_s(int32_t imm, int rs2, int rs1, int f3, int op)
{
    return ((uint32_t)((imm >> 5) & 0x7f) << 25) | (rs2 << 20) |
           (rs1 << 15) | (f3 << 12) | ((imm & 0x1f) << 7) | op;
}

static inline uint32_t enc_b(int32_t imm, int rs2, int rs1, int f3)
{
    return ((uint32_t)((imm >> 12) & 1) << 31) |
           ((uint32_t)((imm >> 5) & 0x3f) << 25) | (rs2 << 20) |
           (rs1 << 15) | (f3 << 12) | (((imm >> 1) & 0xf) << 8) |
           (((imm >> 11) & 1) << 7) | 0x63;
}

static inline uint32_t enc_j(int32_t imm, int rd)
{
    return ((uint32_t)((imm >> 20) & 1) << 31) |
           (((imm >> 1) & 0x3ff) << 21) | (((imm >> 11) & 1) << 20) |
           (((imm >> 12) & 0xff) << 12) | (rd << 7) | 0x6f;
}

#define LUI(rd, imm20)       (((uint32_t)(imm20) << 12) | ((rd) << 7) | 0x37)
#define AUIPC(rd, imm20)     (((uint32_t)(imm20) << 12) | ((rd) << 7) | 0x17)
#define JAL(rd, off)         enc_j(off, rd)
#define JALR(rd, rs1, off)   enc_i(off, rs1, 0, rd, 0x67)
#define BEQ(a, b, off)       enc_b(off, b, a, 0)
#define BNE(a, b, off)       enc_b(off, b, a, 1)
#define BLT(a, b, off)       enc_b(off, b, a, 4)
#define BGE(a, b, off)       enc_b(off, b, a, 5)
#define BLTU(a, b, off)      enc_b(off, b, a, 6)
#define BGEU(a, b, off)      enc_b(off, b, a, 7)
#define LOAD(f3, rd, rs1, off)   enc_i(off, rs1, f3, rd, 0x03)
#define LB(rd, rs1, off)     LOAD(0, rd, rs1, off)
#define LH(rd, rs1, off)     LOAD(1, rd, rs1, off)
#define LW(rd, rs1, off)     LOAD(2, rd, rs1, off)
#define LD(rd, rs1, off)     LOAD(3, rd, rs1, off)
#define LBU(rd, rs1, off)    LOAD(4, rd, rs1, off)
#define LHU(rd, rs1, off)    LOAD(5, rd, rs1, off)
#define LWU(rd, rs1, off)    LOAD(6, rd, rs1, off)
#define SB(rs2, rs1, off)    enc_s(off, rs2, rs1, 0, 0x23)
#define SH(rs2, rs1, off)    enc_s(off, rs2, rs1, 1, 0x23)
#define SW(rs2, rs1, off)    enc_s(off, rs2, rs1, 2, 0x23)
#define SD(rs2, rs1, off)    enc_s(off, rs2, rs1, 3, 0x23)
#define ADDI(rd, rs1, imm)   enc_i(imm, rs1, 0, rd, 0x13)
#define SLTI(rd, rs1, imm)   enc_i(imm, rs1, 2, rd, 0x13)
#define SLTIU(rd, rs1, imm)  enc_i(imm, rs1, 3, rd, 0x13)
#define XORI(rd, rs1, imm)   enc_i(imm, rs1, 4, rd, 0x13)
#define ORI(rd, rs1, imm)    enc_i(imm, rs1, 6, rd, 0x13)
#define ANDI(rd, rs1, imm)   enc_i(imm, rs1, 7, rd, 0x13)
#define SLLI(rd, rs1, sh)    enc_i(sh, rs1, 1, rd, 0x13)
#define SRLI(rd, rs1, sh)    enc_i(sh, rs1, 5, rd, 0x13)
#define SRAI(rd, rs1, sh)    enc_i(0x400 | (sh), rs1, 5, rd, 0x13)
#define ADDIW(rd, rs1, imm)  enc_i(imm, rs1, 0, rd, 0x1b)
#define SLLIW(rd, rs1, sh)   enc_i(sh, rs1, 1, rd, 0x1b)
#define SRLIW(rd, rs1, sh)   enc_i(sh, rs1, 5, rd, 0x1b)
#define SRAIW(rd, rs1, sh)   enc_i(0x400 | (sh), rs1, 5, rd, 0x1b)
#define OP(f7, f3, rd, a, b)   enc_r(f7, b, a, f3, rd, 0x33)
#define OP32(f7, f3, rd, a, b) enc_r(f7, b, a, f3, rd, 0x3b)
#define ADD(rd, a, b)        OP(0, 0, rd, a, b)
#define SUB(rd, a, b)        OP(0x20, 0, rd, a, b)
#define SLL(rd, a, b)        OP(0, 1, rd, a, b)
#define SLT(rd, a, b)        OP(0, 2, rd, a, b)
#define SLTU(rd, a, b)       OP(0, 3, rd, a, b)
#define XOR(rd, a, b)        OP(0, 4, rd, a, b)
#define SRL(rd, a, b)        OP(0, 5, rd, a, b)
#define SRA(rd, a, b)        OP(0x20, 5, rd, a, b)
#define OR(rd, a, b)         OP(0, 6, rd, a, b)
#define AND(rd, a, b)        OP(0, 7, rd, a, b)
#define ADDW(rd, a, b)       OP32(0, 0, rd, a, b)
#define SUBW(rd, a, b)       OP32(0x20, 0, rd, a, b)
#define SLLW(rd, a, b)       OP32(0, 1, rd, a, b)
#define SRLW(rd, a, b)       OP32(0, 5, rd, a, b)
#define SRAW(rd, a, b)       OP32(0x20, 5, rd, a, b)
#define MUL(rd, a, b)        OP(1, 0, rd, a, b)
#define MULH(rd, a, b)       OP(1, 1, rd, a, b)
#define MULHSU(rd, a, b)     OP(1, 2, rd, a, b)
#define MULHU(rd, a, b)      OP(1, 3, rd, a, b)
#define DIV(rd, a, b)        OP(1, 4, rd, a, b)
#define DIVU(rd, a, b)       OP(1, 5, rd, a, b)
#define REM(rd, a, b)        OP(1, 6, rd, a, b)
#define REMU(rd, a, b)       OP(1, 7, rd, a, b)
#define MULW(rd, a, b)       OP32(1, 0, rd, a, b)
#define DIVW(rd, a, b)       OP32(1, 4, rd, a, b)
#define DIVUW(rd, a, b)      OP32(1, 5, rd, a, b)
#define REMW(rd, a, b)       OP32(1, 6, rd, a, b)
#define REMUW(rd, a, b)      OP32(1, 7, rd, a, b)
#define AMO(f5, f3, rd, addr, src) \
    enc_r((f5) << 2, src, addr, f3, rd, 0x2f)
#define LR_W(rd, a)          AMO(0x02, 2, rd, a, 0)
#define LR_D(rd, a)          AMO(0x02, 3, rd, a, 0)
#define SC_W(rd, a, s)       AMO(0x03, 2, rd, a, s)
#define SC_D(rd, a, s)       AMO(0x03, 3, rd, a, s)
#define AMOSWAP_D(rd, a, s)  AMO(0x01, 3, rd, a, s)
#define AMOADD_W(rd, a, s)   AMO(0x00, 2, rd, a, s)
#define AMOADD_D(rd, a, s)   AMO(0x00, 3, rd, a, s)
#define AMOMIN_W(rd, a, s)   AMO(0x10, 2, rd, a, s)
#define AMOMAXU_D(rd, a, s)  AMO(0x1c, 3, rd, a, s)
#define AMOOR_W(rd, a, s)    AMO(0x08, 2, rd, a, s)
#define FENCE_I              0x0000100f
#define ECALL                0x00000073
#define EBREAK               0x00100073
#define CSRRW(rd, csr, rs1)  enc_i(csr, rs1, 1, rd, 0x73)
#define CSRRS(rd, csr, rs1)  enc_i(csr, rs1, 2, rd, 0x73)
#define FLD(rd, rs1, off)    enc_i(off, rs1, 3, rd, 0x07)
#define FLW(rd, rs1, off)    enc_i(off, rs1, 2, rd, 0x07)
#define FSD(rs2, rs1, off)   enc_s(off, rs2, rs1, 3, 0x27)
#define FMV_X_D(rd, rs1)     enc_r(0x71, 0, rs1, 0, rd, 0x53)
#define FMV_X_W(rd, rs1)     enc_r(0x70, 0, rs1, 0, rd, 0x53)
#define CBO_ZERO(rs1)        enc_i(4, rs1, 2, 0, 0x0f)

/* Zba/Zbb/Zbc/Zbs */
#define SH1ADD(rd, a, b)     OP(0x10, 2, rd, a, b)
#define SH3ADD(rd, a, b)     OP(0x10, 6, rd, a, b)
#define ADD_UW(rd, a, b)     OP32(0x04, 0, rd, a, b)
#define SH2ADD_UW(rd, a, b)  OP32(0x10, 4, rd, a, b)
#define SLLI_UW(rd, a, sh)   enc_i(0x080 | (sh), a, 1, rd, 0x1b)
#define ANDN(rd, a, b)       OP(0x20, 7, rd, a, b)
#define ORN(rd, a, b)        OP(0x20, 6, rd, a, b)
#define XNOR(rd, a, b)       OP(0x20, 4, rd, a, b)
#define CLZ(rd, a)           enc_i(0x600, a, 1, rd, 0x13)
#define CTZ(rd, a)           enc_i(0x601, a, 1, rd, 0x13)
#define CPOP(rd, a)          enc_i(0x602, a, 1, rd, 0x13)
#define SEXT_B(rd, a)        enc_i(0x604, a, 1, rd, 0x13)
#define SEXT_H(rd, a)        enc_i(0x605, a, 1, rd, 0x13)
#define CLZW(rd, a)          enc_i(0x600, a, 1, rd, 0x1b)
#define CTZW(rd, a)          enc_i(0x601, a, 1, rd, 0x1b)
#define CPOPW(rd, a)         enc_i(0x602, a, 1, rd, 0x1b)
#define ZEXT_H(rd, a)        OP32(0x04, 4, rd, a, 0)
#define ZMIN(rd, a, b)        OP(0x05, 4, rd, a, b)
#define ZMINU(rd, a, b)       OP(0x05, 5, rd, a, b)
#define ZMAX(rd, a, b)        OP(0x05, 6, rd, a, b)
#define ZMAXU(rd, a, b)       OP(0x05, 7, rd, a, b)
#define ROL(rd, a, b)        OP(0x30, 1, rd, a, b)
#define ROR(rd, a, b)        OP(0x30, 5, rd, a, b)
#define RORI(rd, a, sh)      enc_i(0x600 | (sh), a, 5, rd, 0x13)
#define ROLW(rd, a, b)       OP32(0x30, 1, rd, a, b)
#define RORW(rd, a, b)       OP32(0x30, 5, rd, a, b)
#define RORIW(rd, a, sh)     enc_i(0x600 | (sh), a, 5, rd, 0x1b)
#define ORC_B(rd, a)         enc_i(0x287, a, 5, rd, 0x13)
#define REV8(rd, a)          enc_i(0x6b8, a, 5, rd, 0x13)
#define CLMUL(rd, a, b)      OP(0x05, 1, rd, a, b)
#define CLMULR(rd, a, b)     OP(0x05, 2, rd, a, b)
#define CLMULH(rd, a, b)     OP(0x05, 3, rd, a, b)
#define BCLR(rd, a, b)       OP(0x24, 1, rd, a, b)
#define BEXT(rd, a, b)       OP(0x24, 5, rd, a, b)
#define BINV(rd, a, b)       OP(0x34, 1, rd, a, b)
#define BSET(rd, a, b)       OP(0x14, 1, rd, a, b)
#define BCLRI(rd, a, sh)     enc_i(0x480 | (sh), a, 1, rd, 0x13)
#define BEXTI(rd, a, sh)     enc_i(0x480 | (sh), a, 5, rd, 0x13)
#define BINVI(rd, a, sh)     enc_i(0x680 | (sh), a, 1, rd, 0x13)
#define BSETI(rd, a, sh)     enc_i(0x280 | (sh), a, 1, rd, 0x13)

/* Compressed (16-bit) forms used by the tests. */
#define C_LI(rd, imm)  (0x4001 | (((imm) & 0x20) << 7) | ((rd) << 7) | \
                        (((imm) & 0x1f) << 2))
#define C_ADDI(rd, imm) (0x0001 | (((imm) & 0x20) << 7) | ((rd) << 7) | \
                         (((imm) & 0x1f) << 2))
#define C_ADDIW(rd, imm) (0x2001 | (((imm) & 0x20) << 7) | ((rd) << 7) | \
                          (((imm) & 0x1f) << 2))
#define C_LUI(rd, imm)  (0x6001 | (((imm) & 0x20) << 7) | ((rd) << 7) | \
                         (((imm) & 0x1f) << 2))
#define C_SLLI(rd, sh)  (0x0002 | (((sh) & 0x20) << 7) | ((rd) << 7) | \
                         (((sh) & 0x1f) << 2))
#define C_MV(rd, rs)    (0x8002 | ((rd) << 7) | ((rs) << 2))
#define C_ADD(rd, rs)   (0x9002 | ((rd) << 7) | ((rs) << 2))
#define C_JR(rs)        (0x8002 | ((rs) << 7))
#define C_JALR(rs)      (0x9002 | ((rs) << 7))
#define C_EBREAK        0x9002
/* rd', rs' are x8..x15 */
#define C_SRLI(rd, sh)  (0x8001 | (((sh) & 0x20) << 7) | (((rd) - 8) << 7) | \
                         (((sh) & 0x1f) << 2))
#define C_SRAI(rd, sh)  (0x8401 | (((sh) & 0x20) << 7) | (((rd) - 8) << 7) | \
                         (((sh) & 0x1f) << 2))
#define C_ANDI(rd, imm) (0x8801 | (((imm) & 0x20) << 7) | \
                         (((rd) - 8) << 7) | (((imm) & 0x1f) << 2))
#define C_ALU(f, w, rd, rs) (0x8c01 | ((w) << 12) | (((rd) - 8) << 7) | \
                             ((f) << 5) | (((rs) - 8) << 2))
#define C_SUB(rd, rs)   C_ALU(0, 0, rd, rs)
#define C_XOR(rd, rs)   C_ALU(1, 0, rd, rs)
#define C_OR(rd, rs)    C_ALU(2, 0, rd, rs)
#define C_AND(rd, rs)   C_ALU(3, 0, rd, rs)
#define C_SUBW(rd, rs)  C_ALU(0, 1, rd, rs)
#define C_ADDW(rd, rs)  C_ALU(1, 1, rd, rs)
/* c.lw/c.sw with offset 4*k (k < 32), c.ld/c.sd with offset 8*k */
#define C_LW(rd, rs1, off) (0x4000 | ((((off) >> 3) & 7) << 10) | \
                            (((rs1) - 8) << 7) | ((((off) >> 2) & 1) << 6) | \
                            ((((off) >> 6) & 1) << 5) | (((rd) - 8) << 2))
#define C_SW(rs2, rs1, off) (C_LW(rs2, rs1, off) | 0x8000)
#define C_LD(rd, rs1, off) (0x6000 | ((((off) >> 3) & 7) << 10) | \
                            (((rs1) - 8) << 7) | ((((off) >> 6) & 3) << 5) | \
                            (((rd) - 8) << 2))
#define C_SD(rs2, rs1, off) (C_LD(rs2, rs1, off) | 0x8000)
#define C_LDSP(rd, off) (0x6002 | ((((off) >> 5) & 1) << 12) | ((rd) << 7) | \
                         ((((off) >> 3) & 3) << 5) | \
                         ((((off) >> 6) & 7) << 2))
#define C_SDSP(rs2, off) (0xe002 | ((((off) >> 3) & 7) << 10) | \
                          ((((off) >> 6) & 7) << 7) | ((rs2) << 2))
#define C_BEQZ(rs, off) (0xc001 | (((rs) - 8) << 7) | c_boff(off))
#define C_BNEZ(rs, off) (0xe001 | (((rs) - 8) << 7) | c_boff(off))
#define C_J(off)        (0xa001 | c_joff(off))
#define C_NOP           0x0001

static inline uint32_t c_boff(int32_t o)
{
    return (((o >> 8) & 1) << 12) | (((o >> 3) & 3) << 10) |
           (((o >> 6) & 3) << 5) | (((o >> 1) & 3) << 3) |
           (((o >> 5) & 1) << 2);
}

static inline uint32_t c_joff(int32_t o)
{
    return (((o >> 11) & 1) << 12) | (((o >> 4) & 1) << 11) |
           (((o >> 8) & 3) << 9) | (((o >> 10) & 1) << 8) |
           (((o >> 6) & 1) << 7) | (((o >> 7) & 1) << 6) |
           (((o >> 1) & 7) << 3) | (((o >> 5) & 1) << 2);
}

#endif
