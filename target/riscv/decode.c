/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * decode.c: RV64GC instruction decoding into the interpreter's RISCVInsn
 * form (insn.h), after the RISC-V unprivileged ISA 20191213 encoding
 * tables, the privileged 1.12 SYSTEM encodings and the Zba/Zbb/Zbc/Zbs,
 * Zicbo*, Zawrs and Svinval specifications.  Compressed instructions
 * become their 32-bit expansions.
 */
#include "qemu/osdep.h"
#include "target/riscv/insn.h"

#define BITS(x, hi, lo) (((x) >> (lo)) & ((1u << ((hi) - (lo) + 1)) - 1))
#define BIT(x, n) (((x) >> (n)) & 1)

static int32_t sext(uint32_t v, int bits)
{
    return (int32_t)(v << (32 - bits)) >> (32 - bits);
}

static void set(RISCVInsn *insn, RISCVOp op, int rd, int rs1, int rs2,
                int32_t imm)
{
    insn->op = op;
    insn->rd = rd;
    insn->rs1 = rs1;
    insn->rs2 = rs2;
    insn->imm = imm;
}

/* ---- 32-bit encodings ---- */

static int32_t imm_i(uint32_t r)
{
    return (int32_t)r >> 20;
}

static int32_t imm_s(uint32_t r)
{
    return sext((BITS(r, 31, 25) << 5) | BITS(r, 11, 7), 12);
}

static int32_t imm_b(uint32_t r)
{
    return sext((BIT(r, 31) << 12) | (BIT(r, 7) << 11) |
                (BITS(r, 30, 25) << 5) | (BITS(r, 11, 8) << 1), 13);
}

static int32_t imm_j(uint32_t r)
{
    return sext((BIT(r, 31) << 20) | (BITS(r, 19, 12) << 12) |
                (BIT(r, 20) << 11) | (BITS(r, 30, 21) << 1), 21);
}

static RISCVCPUConfig *cfg_of(CPURISCVState *env)
{
    return &env_archcpu(env)->cfg;
}

static RISCVOp decode_op_imm(CPURISCVState *env, uint32_t r)
{
    static const RISCVOp base[8] = {
        OP_ADDI, OP_ILLEGAL, OP_SLTI, OP_SLTIU,
        OP_XORI, OP_ILLEGAL, OP_ORI, OP_ANDI,
    };
    RISCVCPUConfig *cfg = cfg_of(env);
    unsigned f3 = BITS(r, 14, 12), f6 = BITS(r, 31, 26);
    unsigned f12 = BITS(r, 31, 20);

    if (f3 == 1) {
        if (f6 == 0) {
            return OP_SLLI;
        }
        if (cfg->ext_zbs) {
            switch (f6) {
            case 0x12: return OP_BCLRI;
            case 0x1a: return OP_BINVI;
            case 0x0a: return OP_BSETI;
            }
        }
        if (cfg->ext_zbb) {
            switch (f12) {
            case 0x600: return OP_CLZ;
            case 0x601: return OP_CTZ;
            case 0x602: return OP_CPOP;
            case 0x604: return OP_SEXT_B;
            case 0x605: return OP_SEXT_H;
            }
        }
        return OP_ILLEGAL;
    }
    if (f3 == 5) {
        if (f6 == 0) {
            return OP_SRLI;
        }
        if (f6 == 0x10) {
            return OP_SRAI;
        }
        if (cfg->ext_zbs && f6 == 0x12) {
            return OP_BEXTI;
        }
        if (cfg->ext_zbb) {
            if (f6 == 0x18) {
                return OP_RORI;
            }
            if (f12 == 0x287) {
                return OP_ORC_B;
            }
            if (f12 == 0x6b8) {
                return OP_REV8;
            }
        }
        return OP_ILLEGAL;
    }
    return base[f3];
}

static RISCVOp decode_op_imm32(CPURISCVState *env, uint32_t r)
{
    RISCVCPUConfig *cfg = cfg_of(env);
    unsigned f3 = BITS(r, 14, 12), f7 = BITS(r, 31, 25);
    unsigned rs2 = BITS(r, 24, 20);

    switch (f3) {
    case 0:
        return OP_ADDIW;
    case 1:
        if (f7 == 0) {
            return OP_SLLIW;
        }
        if (cfg->ext_zba && BITS(r, 31, 26) == 0x02) {
            return OP_SLLI_UW;
        }
        if (cfg->ext_zbb && f7 == 0x30 && rs2 <= 2) {
            return rs2 == 0 ? OP_CLZW : rs2 == 1 ? OP_CTZW : OP_CPOPW;
        }
        return OP_ILLEGAL;
    case 5:
        if (f7 == 0) {
            return OP_SRLIW;
        }
        if (f7 == 0x20) {
            return OP_SRAIW;
        }
        if (cfg->ext_zbb && f7 == 0x30) {
            return OP_RORIW;
        }
        return OP_ILLEGAL;
    }
    return OP_ILLEGAL;
}

static RISCVOp decode_op_bitmanip(RISCVCPUConfig *cfg, unsigned f7,
                                  unsigned f3)
{
    static const RISCVOp zbc[8] = {
        OP_ILLEGAL, OP_CLMUL, OP_CLMULR, OP_CLMULH,
    };
    static const RISCVOp minmax[8] = {
        [4] = OP_MIN, [5] = OP_MINU, [6] = OP_MAX, [7] = OP_MAXU,
    };

    switch (f7) {
    case 0x10:
        if (cfg->ext_zba && (f3 == 2 || f3 == 4 || f3 == 6)) {
            return f3 == 2 ? OP_SH1ADD : f3 == 4 ? OP_SH2ADD : OP_SH3ADD;
        }
        break;
    case 0x05:
        if (cfg->ext_zbc && f3 >= 1 && f3 <= 3) {
            return zbc[f3];
        }
        if (cfg->ext_zbb && f3 >= 4) {
            return minmax[f3];
        }
        break;
    case 0x20:
        if (cfg->ext_zbb && f3 >= 4 && f3 != 5) {
            return f3 == 4 ? OP_XNOR : f3 == 6 ? OP_ORN : OP_ANDN;
        }
        break;
    case 0x30:
        if (cfg->ext_zbb && (f3 == 1 || f3 == 5)) {
            return f3 == 1 ? OP_ROL : OP_ROR;
        }
        break;
    case 0x24:
        if (cfg->ext_zbs && (f3 == 1 || f3 == 5)) {
            return f3 == 1 ? OP_BCLR : OP_BEXT;
        }
        break;
    case 0x34:
        return cfg->ext_zbs && f3 == 1 ? OP_BINV : OP_ILLEGAL;
    case 0x14:
        return cfg->ext_zbs && f3 == 1 ? OP_BSET : OP_ILLEGAL;
    }
    return OP_ILLEGAL;
}

static RISCVOp decode_op(CPURISCVState *env, uint32_t r)
{
    static const RISCVOp base[8] = {
        OP_ADD, OP_SLL, OP_SLT, OP_SLTU, OP_XOR, OP_SRL, OP_OR, OP_AND,
    };
    static const RISCVOp muldiv[8] = {
        OP_MUL, OP_MULH, OP_MULHSU, OP_MULHU,
        OP_DIV, OP_DIVU, OP_REM, OP_REMU,
    };
    unsigned f3 = BITS(r, 14, 12), f7 = BITS(r, 31, 25);

    if (f7 == 0) {
        return base[f3];
    }
    if (f7 == 0x20 && (f3 == 0 || f3 == 5)) {
        return f3 == 0 ? OP_SUB : OP_SRA;
    }
    if (f7 == 1) {
        return riscv_has_ext(env, RVM) ? muldiv[f3] : OP_ILLEGAL;
    }
    return decode_op_bitmanip(cfg_of(env), f7, f3);
}

static RISCVOp decode_op32(CPURISCVState *env, uint32_t r)
{
    static const RISCVOp muldiv[8] = {
        OP_MULW, OP_ILLEGAL, OP_ILLEGAL, OP_ILLEGAL,
        OP_DIVW, OP_DIVUW, OP_REMW, OP_REMUW,
    };
    RISCVCPUConfig *cfg = cfg_of(env);
    unsigned f3 = BITS(r, 14, 12), f7 = BITS(r, 31, 25);
    unsigned rs2 = BITS(r, 24, 20);

    switch (f7) {
    case 0x00:
        return f3 == 0 ? OP_ADDW : f3 == 1 ? OP_SLLW :
               f3 == 5 ? OP_SRLW : OP_ILLEGAL;
    case 0x20:
        return f3 == 0 ? OP_SUBW : f3 == 5 ? OP_SRAW : OP_ILLEGAL;
    case 0x01:
        return riscv_has_ext(env, RVM) ? muldiv[f3] : OP_ILLEGAL;
    case 0x04:
        if (cfg->ext_zba && f3 == 0) {
            return OP_ADD_UW;
        }
        if (cfg->ext_zbb && f3 == 4 && rs2 == 0) {
            return OP_ZEXT_H;
        }
        return OP_ILLEGAL;
    case 0x10:
        if (cfg->ext_zba && (f3 == 2 || f3 == 4 || f3 == 6)) {
            return f3 == 2 ? OP_SH1ADD_UW :
                   f3 == 4 ? OP_SH2ADD_UW : OP_SH3ADD_UW;
        }
        return OP_ILLEGAL;
    case 0x30:
        if (cfg->ext_zbb && (f3 == 1 || f3 == 5)) {
            return f3 == 1 ? OP_ROLW : OP_RORW;
        }
        return OP_ILLEGAL;
    }
    return OP_ILLEGAL;
}

static RISCVOp decode_system(CPURISCVState *env, uint32_t r)
{
    static const RISCVOp csr[8] = {
        OP_ILLEGAL, OP_CSRRW, OP_CSRRS, OP_CSRRC,
        OP_ILLEGAL, OP_CSRRWI, OP_CSRRSI, OP_CSRRCI,
    };
    RISCVCPUConfig *cfg = cfg_of(env);
    unsigned f3 = BITS(r, 14, 12);

    if (f3 != 0) {
        return cfg->ext_zicsr ? csr[f3] : OP_ILLEGAL;
    }
    switch (r) {
    case 0x00000073: return OP_ECALL;
    case 0x00100073: return OP_EBREAK;
    case 0x30200073: return OP_MRET;
    case 0x10200073: return OP_SRET;
    case 0x10500073: return OP_WFI;
    case 0x00d00073:
    case 0x01d00073:
        return cfg->ext_zawrs ? OP_NOP : OP_ILLEGAL;
    case 0x18000073:
    case 0x18100073:
        return cfg->ext_svinval ? OP_NOP : OP_ILLEGAL;
    }
    if (BITS(r, 11, 7) == 0 && BITS(r, 31, 25) == 0x09) {
        return OP_SFENCE_VMA;
    }
    if (BITS(r, 11, 7) == 0 && BITS(r, 31, 25) == 0x0b && cfg->ext_svinval) {
        return OP_SFENCE_VMA;
    }
    return OP_ILLEGAL;
}

static RISCVOp decode_amo(CPURISCVState *env, uint32_t r)
{
    static const RISCVOp amo_w[32] = {
        [0x00] = OP_AMOADD_W, [0x01] = OP_AMOSWAP_W, [0x02] = OP_LR_W,
        [0x03] = OP_SC_W, [0x04] = OP_AMOXOR_W, [0x08] = OP_AMOOR_W,
        [0x0c] = OP_AMOAND_W, [0x10] = OP_AMOMIN_W, [0x14] = OP_AMOMAX_W,
        [0x18] = OP_AMOMINU_W, [0x1c] = OP_AMOMAXU_W,
    };
    unsigned f3 = BITS(r, 14, 12), f5 = BITS(r, 31, 27);
    RISCVOp op;

    if (!riscv_has_ext(env, RVA) || (f3 != 2 && f3 != 3)) {
        return OP_ILLEGAL;
    }
    op = amo_w[f5];
    if (op == 0 || (op == OP_LR_W && BITS(r, 24, 20) != 0)) {
        return OP_ILLEGAL;
    }
    if (f3 == 3) {
        /* The D forms follow the W forms in the same order. */
        op = op == OP_LR_W ? OP_LR_D : op == OP_SC_W ? OP_SC_D :
             op + (OP_AMOSWAP_D - OP_AMOSWAP_W);
    }
    return op;
}

static RISCVOp decode_misc_mem(CPURISCVState *env, uint32_t r)
{
    RISCVCPUConfig *cfg = cfg_of(env);
    unsigned f3 = BITS(r, 14, 12);

    switch (f3) {
    case 0:
        return OP_NOP;          /* fence, pause: memory is coherent */
    case 1:
        return cfg->ext_zifencei ? OP_FENCE_I : OP_ILLEGAL;
    case 2:
        if (BITS(r, 11, 7) != 0) {
            return OP_ILLEGAL;
        }
        switch (BITS(r, 31, 20)) {
        case 0: return cfg->ext_zicbom ? OP_CBO_INVAL : OP_ILLEGAL;
        case 1: return cfg->ext_zicbom ? OP_CBO_CLEAN : OP_ILLEGAL;
        case 2: return cfg->ext_zicbom ? OP_CBO_FLUSH : OP_ILLEGAL;
        case 4: return cfg->ext_zicboz ? OP_CBO_ZERO : OP_ILLEGAL;
        }
        return OP_ILLEGAL;
    }
    return OP_ILLEGAL;
}

/* F and D: @d selects double.  Returns OP_ILLEGAL if the format is off. */
static RISCVOp fp_fmt(CPURISCVState *env, bool d, RISCVOp s_op, RISCVOp d_op)
{
    if (!riscv_has_ext(env, d ? RVD : RVF)) {
        return OP_ILLEGAL;
    }
    return d ? d_op : s_op;
}

static bool fp_rm_valid(unsigned rm)
{
    return rm != 5 && rm != 6;
}

static RISCVOp decode_fcvt(CPURISCVState *env, uint32_t r, bool d,
                           bool to_int)
{
    static const RISCVOp ops[2][2][4] = {
        { { OP_FCVT_S_W, OP_FCVT_S_WU, OP_FCVT_S_L, OP_FCVT_S_LU },
          { OP_FCVT_W_S, OP_FCVT_WU_S, OP_FCVT_L_S, OP_FCVT_LU_S } },
        { { OP_FCVT_D_W, OP_FCVT_D_WU, OP_FCVT_D_L, OP_FCVT_D_LU },
          { OP_FCVT_W_D, OP_FCVT_WU_D, OP_FCVT_L_D, OP_FCVT_LU_D } },
    };
    unsigned rs2 = BITS(r, 24, 20);

    if (rs2 > 3 || !fp_rm_valid(BITS(r, 14, 12))) {
        return OP_ILLEGAL;
    }
    return fp_fmt(env, d, ops[d][to_int][rs2], ops[d][to_int][rs2]);
}

static RISCVOp decode_op_fp_misc(CPURISCVState *env, uint32_t r, bool d)
{
    unsigned f5 = BITS(r, 31, 27), f3 = BITS(r, 14, 12);
    unsigned rs2 = BITS(r, 24, 20);

    switch (f5) {
    case 0x04:                  /* fsgnj: rm is the kind */
        return f3 <= 2 ? fp_fmt(env, d, OP_FSGNJ_S, OP_FSGNJ_D) : OP_ILLEGAL;
    case 0x05:
        if (f3 > 1) {
            return OP_ILLEGAL;
        }
        return f3 == 0 ? fp_fmt(env, d, OP_FMIN_S, OP_FMIN_D) :
                         fp_fmt(env, d, OP_FMAX_S, OP_FMAX_D);
    case 0x14:
        switch (f3) {
        case 0: return fp_fmt(env, d, OP_FLE_S, OP_FLE_D);
        case 1: return fp_fmt(env, d, OP_FLT_S, OP_FLT_D);
        case 2: return fp_fmt(env, d, OP_FEQ_S, OP_FEQ_D);
        }
        return OP_ILLEGAL;
    case 0x1c:
        if (rs2 != 0 || f3 > 1) {
            return OP_ILLEGAL;
        }
        return f3 == 0 ? fp_fmt(env, d, OP_FMV_X_W, OP_FMV_X_D) :
                         fp_fmt(env, d, OP_FCLASS_S, OP_FCLASS_D);
    case 0x1e:
        if (rs2 != 0 || f3 != 0) {
            return OP_ILLEGAL;
        }
        return fp_fmt(env, d, OP_FMV_W_X, OP_FMV_D_X);
    case 0x08:                  /* fcvt.s.d (d=0, rs2=1), fcvt.d.s */
        if (rs2 != (d ? 0 : 1) || !fp_rm_valid(f3) ||
            !riscv_has_ext(env, RVD)) {
            return OP_ILLEGAL;
        }
        return d ? OP_FCVT_D_S : OP_FCVT_S_D;
    case 0x0b:
        if (rs2 != 0 || !fp_rm_valid(f3)) {
            return OP_ILLEGAL;
        }
        return fp_fmt(env, d, OP_FSQRT_S, OP_FSQRT_D);
    case 0x18:
    case 0x1a:
        return decode_fcvt(env, r, d, f5 == 0x18);
    }
    return OP_ILLEGAL;
}

static RISCVOp decode_op_fp(CPURISCVState *env, uint32_t r)
{
    static const RISCVOp arith[2][4] = {
        { OP_FADD_S, OP_FSUB_S, OP_FMUL_S, OP_FDIV_S },
        { OP_FADD_D, OP_FSUB_D, OP_FMUL_D, OP_FDIV_D },
    };
    unsigned f5 = BITS(r, 31, 27), fmt = BITS(r, 26, 25);
    bool d = fmt == 1;

    if (fmt > 1) {
        return OP_ILLEGAL;
    }
    if (f5 < 4) {
        if (!fp_rm_valid(BITS(r, 14, 12))) {
            return OP_ILLEGAL;
        }
        return fp_fmt(env, d, arith[0][f5], arith[1][f5]);
    }
    return decode_op_fp_misc(env, r, d);
}

static void decode_fma(CPURISCVState *env, uint32_t r, RISCVInsn *insn)
{
    unsigned fmt = BITS(r, 26, 25), kind = BITS(r, 3, 2);

    insn->rs3 = BITS(r, 31, 27);
    insn->op = OP_ILLEGAL;
    if (fmt <= 1 && fp_rm_valid(insn->rm)) {
        insn->op = fp_fmt(env, fmt == 1, OP_FMADD_S + kind,
                          OP_FMADD_D + kind);
    }
}

static void decode32_mem(CPURISCVState *env, uint32_t r, RISCVInsn *insn)
{
    static const RISCVOp loads[8] = {
        OP_LB, OP_LH, OP_LW, OP_LD, OP_LBU, OP_LHU, OP_LWU, OP_ILLEGAL,
    };
    static const RISCVOp stores[8] = {
        OP_SB, OP_SH, OP_SW, OP_SD,
        OP_ILLEGAL, OP_ILLEGAL, OP_ILLEGAL, OP_ILLEGAL,
    };
    unsigned f3 = BITS(r, 14, 12);

    switch (BITS(r, 6, 0)) {
    case 0x03:
        insn->op = loads[f3];
        insn->imm = imm_i(r);
        break;
    case 0x23:
        insn->op = stores[f3];
        insn->imm = imm_s(r);
        break;
    case 0x07:
        insn->op = f3 == 2 ? fp_fmt(env, false, OP_FLW, OP_FLW) :
                   f3 == 3 ? fp_fmt(env, true, OP_FLD, OP_FLD) : OP_ILLEGAL;
        insn->imm = imm_i(r);
        break;
    case 0x27:
        insn->op = f3 == 2 ? fp_fmt(env, false, OP_FSW, OP_FSW) :
                   f3 == 3 ? fp_fmt(env, true, OP_FSD, OP_FSD) : OP_ILLEGAL;
        insn->imm = imm_s(r);
        break;
    }
}

static void decode32(CPURISCVState *env, uint32_t r, RISCVInsn *insn)
{
    static const RISCVOp branches[8] = {
        OP_BEQ, OP_BNE, OP_ILLEGAL, OP_ILLEGAL,
        OP_BLT, OP_BGE, OP_BLTU, OP_BGEU,
    };
    unsigned f3 = BITS(r, 14, 12);

    set(insn, OP_ILLEGAL, BITS(r, 11, 7), BITS(r, 19, 15), BITS(r, 24, 20),
        imm_i(r));
    insn->rm = f3;
    switch (BITS(r, 6, 0)) {
    case 0x37:
        set(insn, OP_LUI, insn->rd, 0, 0, r & 0xfffff000);
        break;
    case 0x17:
        set(insn, OP_AUIPC, insn->rd, 0, 0, r & 0xfffff000);
        break;
    case 0x6f:
        set(insn, OP_JAL, insn->rd, 0, 0, imm_j(r));
        break;
    case 0x67:
        insn->op = f3 == 0 ? OP_JALR : OP_ILLEGAL;
        break;
    case 0x63:
        insn->op = branches[f3];
        insn->imm = imm_b(r);
        break;
    case 0x03: case 0x23: case 0x07: case 0x27:
        decode32_mem(env, r, insn);
        break;
    case 0x13:
        insn->op = decode_op_imm(env, r);
        if (f3 == 1 || f3 == 5) {
            insn->imm = BITS(r, 25, 20);        /* the shift amount */
        }
        break;
    case 0x1b:
        insn->op = decode_op_imm32(env, r);
        if (f3 == 1 || f3 == 5) {
            insn->imm = insn->op == OP_SLLI_UW ? BITS(r, 25, 20) :
                                                 BITS(r, 24, 20);
        }
        break;
    case 0x33:
        insn->op = decode_op(env, r);
        break;
    case 0x3b:
        insn->op = decode_op32(env, r);
        break;
    case 0x0f:
        insn->op = decode_misc_mem(env, r);
        break;
    case 0x73:
        insn->op = decode_system(env, r);
        insn->imm = BITS(r, 31, 20);        /* the CSR number */
        break;
    case 0x2f:
        insn->op = decode_amo(env, r);
        break;
    case 0x43: case 0x47: case 0x4b: case 0x4f:
        decode_fma(env, r, insn);
        break;
    case 0x53:
        insn->op = decode_op_fp(env, r);
        break;
    }
}

/* ---- compressed encodings (RV64C) ---- */

#define CREG(x, lo) (8 + BITS(x, (lo) + 2, lo))

static void decode16_q0(CPURISCVState *env, uint32_t r, RISCVInsn *insn)
{
    unsigned rd = CREG(r, 2), rs1 = CREG(r, 7);
    unsigned uimm_d = (BITS(r, 12, 10) << 3) | (BITS(r, 6, 5) << 6);
    unsigned uimm_w = (BITS(r, 12, 10) << 3) | (BIT(r, 6) << 2) |
                      (BIT(r, 5) << 6);
    unsigned nz;

    switch (BITS(r, 15, 13)) {
    case 0:
        nz = (BITS(r, 12, 11) << 4) | (BITS(r, 10, 7) << 6) |
             (BIT(r, 6) << 2) | (BIT(r, 5) << 3);
        if (nz) {
            set(insn, OP_ADDI, rd, 2, 0, nz);
        }
        break;
    case 1:
        set(insn, fp_fmt(env, true, OP_FLD, OP_FLD), rd, rs1, 0, uimm_d);
        break;
    case 2:
        set(insn, OP_LW, rd, rs1, 0, uimm_w);
        break;
    case 3:
        set(insn, OP_LD, rd, rs1, 0, uimm_d);
        break;
    case 5:
        set(insn, fp_fmt(env, true, OP_FSD, OP_FSD), 0, rs1, rd, uimm_d);
        break;
    case 6:
        set(insn, OP_SW, 0, rs1, rd, uimm_w);
        break;
    case 7:
        set(insn, OP_SD, 0, rs1, rd, uimm_d);
        break;
    }
}

static void decode16_q1_alu(uint32_t r, RISCVInsn *insn)
{
    static const RISCVOp ops[2][4] = {
        { OP_SUB, OP_XOR, OP_OR, OP_AND },
        { OP_SUBW, OP_ADDW, OP_ILLEGAL, OP_ILLEGAL },
    };
    unsigned rd = CREG(r, 7);
    int32_t imm6 = sext((BIT(r, 12) << 5) | BITS(r, 6, 2), 6);

    switch (BITS(r, 11, 10)) {
    case 0:
        set(insn, OP_SRLI, rd, rd, 0, imm6 & 63);
        break;
    case 1:
        set(insn, OP_SRAI, rd, rd, 0, imm6 & 63);
        break;
    case 2:
        set(insn, OP_ANDI, rd, rd, 0, imm6);
        break;
    case 3:
        set(insn, ops[BIT(r, 12)][BITS(r, 6, 5)], rd, rd, CREG(r, 2), 0);
        break;
    }
}

static int32_t imm_cj(uint32_t r)
{
    return sext((BIT(r, 12) << 11) | (BIT(r, 11) << 4) |
                (BITS(r, 10, 9) << 8) | (BIT(r, 8) << 10) |
                (BIT(r, 7) << 6) | (BIT(r, 6) << 7) |
                (BITS(r, 5, 3) << 1) | (BIT(r, 2) << 5), 12);
}

static int32_t imm_cb(uint32_t r)
{
    return sext((BIT(r, 12) << 8) | (BITS(r, 11, 10) << 3) |
                (BITS(r, 6, 5) << 6) | (BITS(r, 4, 3) << 1) |
                (BIT(r, 2) << 5), 9);
}

static void decode16_q1(uint32_t r, RISCVInsn *insn)
{
    unsigned rd = BITS(r, 11, 7);
    int32_t imm6 = sext((BIT(r, 12) << 5) | BITS(r, 6, 2), 6);
    int32_t imm;

    switch (BITS(r, 15, 13)) {
    case 0:
        set(insn, rd ? OP_ADDI : OP_NOP, rd, rd, 0, imm6);
        break;
    case 1:
        if (rd) {
            set(insn, OP_ADDIW, rd, rd, 0, imm6);
        }
        break;
    case 2:
        set(insn, rd ? OP_ADDI : OP_NOP, rd, 0, 0, imm6);
        break;
    case 3:
        if (rd == 2) {
            imm = sext((BIT(r, 12) << 9) | (BIT(r, 6) << 4) |
                       (BIT(r, 5) << 6) | (BITS(r, 4, 3) << 7) |
                       (BIT(r, 2) << 5), 10);
            if (imm) {
                set(insn, OP_ADDI, 2, 2, 0, imm);
            }
        } else if (imm6) {
            set(insn, rd ? OP_LUI : OP_NOP, rd, 0, 0,
                (int32_t)((uint32_t)imm6 << 12));
        }
        break;
    case 4:
        decode16_q1_alu(r, insn);
        break;
    case 5:
        set(insn, OP_JAL, 0, 0, 0, imm_cj(r));
        break;
    case 6:
    case 7:
        set(insn, BIT(r, 13) ? OP_BNE : OP_BEQ, 0, CREG(r, 7), 0,
            imm_cb(r));
        break;
    }
}

static void decode16_q2_jr(uint32_t r, RISCVInsn *insn)
{
    unsigned rd = BITS(r, 11, 7), rs2 = BITS(r, 6, 2);

    if (!BIT(r, 12)) {
        if (rs2) {
            set(insn, rd ? OP_ADD : OP_NOP, rd, 0, rs2, 0);
        } else if (rd) {
            set(insn, OP_JALR, 0, rd, 0, 0);
        }
    } else if (rs2) {
        set(insn, rd ? OP_ADD : OP_NOP, rd, rd, rs2, 0);
    } else if (rd) {
        set(insn, OP_JALR, 1, rd, 0, 0);
    } else {
        set(insn, OP_EBREAK, 0, 0, 0, 0);
    }
}

static void decode16_q2(CPURISCVState *env, uint32_t r, RISCVInsn *insn)
{
    unsigned rd = BITS(r, 11, 7), rs2 = BITS(r, 6, 2);
    unsigned ld_d = (BIT(r, 12) << 5) | (BITS(r, 6, 5) << 3) |
                    (BITS(r, 4, 2) << 6);
    unsigned ld_w = (BIT(r, 12) << 5) | (BITS(r, 6, 4) << 2) |
                    (BITS(r, 3, 2) << 6);
    unsigned st_d = (BITS(r, 12, 10) << 3) | (BITS(r, 9, 7) << 6);
    unsigned st_w = (BITS(r, 12, 9) << 2) | (BITS(r, 8, 7) << 6);

    switch (BITS(r, 15, 13)) {
    case 0:
        set(insn, rd ? OP_SLLI : OP_NOP, rd, rd, 0,
            (BIT(r, 12) << 5) | rs2);
        break;
    case 1:
        set(insn, fp_fmt(env, true, OP_FLD, OP_FLD), rd, 2, 0, ld_d);
        break;
    case 2:
        if (rd) {
            set(insn, OP_LW, rd, 2, 0, ld_w);
        }
        break;
    case 3:
        if (rd) {
            set(insn, OP_LD, rd, 2, 0, ld_d);
        }
        break;
    case 4:
        decode16_q2_jr(r, insn);
        break;
    case 5:
        set(insn, fp_fmt(env, true, OP_FSD, OP_FSD), 0, 2, rs2, st_d);
        break;
    case 6:
        set(insn, OP_SW, 0, 2, rs2, st_w);
        break;
    case 7:
        set(insn, OP_SD, 0, 2, rs2, st_d);
        break;
    }
}

static void decode16(CPURISCVState *env, uint32_t r, RISCVInsn *insn)
{
    set(insn, OP_ILLEGAL, 0, 0, 0, 0);
    if (!riscv_has_ext(env, RVC)) {
        return;
    }
    switch (r & 3) {
    case 0:
        decode16_q0(env, r, insn);
        break;
    case 1:
        decode16_q1(r, insn);
        break;
    case 2:
        decode16_q2(env, r, insn);
        break;
    }
}

/* Pure register writes to x0 do nothing: skip them at run time. */
static bool op_is_pure_alu(RISCVOp op)
{
    return (op >= OP_LUI && op <= OP_AUIPC) ||
           (op >= OP_ADDI && op <= OP_SRAW) ||
           (op >= OP_MUL && op <= OP_REMUW) ||
           (op >= OP_SH1ADD && op <= OP_BSETI);
}

static bool op_ends_block(RISCVOp op)
{
    return (op >= OP_JAL && op <= OP_BGEU) ||
           (op >= OP_FENCE_I && op <= OP_CSRRCI) ||
           op == OP_ILLEGAL || op == OP_UNCACHED;
}

void riscv_decode(CPURISCVState *env, uint32_t raw, RISCVInsn *insn)
{
    memset(insn, 0, sizeof(*insn));
    insn->len = riscv_insn_len(raw);
    if (insn->len == 2) {
        raw &= 0xffff;
        decode16(env, raw, insn);
    } else {
        decode32(env, raw, insn);
    }
    insn->raw = raw;
    if (insn->rd == 0 && op_is_pure_alu(insn->op)) {
        insn->op = OP_NOP;
    }
    insn->ends_block = op_ends_block(insn->op);
}
