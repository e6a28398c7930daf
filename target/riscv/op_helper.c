/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * op_helper.c: the instructions the interpreter loop hands off: Zicsr
 * (with the unprivileged spec's rules on which forms read and write),
 * ecall, carry-less multiplication (Zbc), the Zicbo* checks, and the F
 * and D instructions other than loads and stores (mstatus.FS, rounding
 * mode resolution, then fpu_helper.h).
 */
#include "qemu/osdep.h"
#include "target/riscv/insn.h"
#include "target/riscv/fpu_helper.h"

G_NORETURN static void illegal(CPURISCVState *env, const RISCVInsn *insn)
{
    riscv_raise_exception(env, RISCV_EXCP_ILLEGAL_INST, insn->raw);
}

/*
 * csrrw with rd = x0 does not read; csrrs/csrrc with rs1 = x0 (or a
 * zero immediate) do not write.  Returns true if the CSR was written.
 */
bool riscv_csr_op(CPURISCVState *env, const RISCVInsn *insn)
{
    target_ulong src, old = 0, newv, mask;
    RISCVException ret;
    bool imm = insn->op >= OP_CSRRWI;
    RISCVOp base = imm ? insn->op - (OP_CSRRWI - OP_CSRRW) : insn->op;

    src = imm ? insn->rs1 : env->gpr[insn->rs1];
    switch (base) {
    case OP_CSRRW:
        newv = src;
        mask = -1;
        break;
    case OP_CSRRS:
        newv = -1;
        mask = insn->rs1 ? src : 0;
        break;
    default:
        newv = 0;
        mask = insn->rs1 ? src : 0;
        break;
    }
    if (base != OP_CSRRW && insn->rs1 == 0) {
        ret = riscv_csrrw(env, insn->imm, &old, 0, 0);
    } else {
        ret = riscv_csrrw(env, insn->imm,
                          base == OP_CSRRW && insn->rd == 0 ? NULL : &old,
                          newv, mask);
    }
    if (ret != RISCV_EXCP_NONE) {
        riscv_raise_exception(env, ret, ret == RISCV_EXCP_ILLEGAL_INST ?
                              insn->raw : 0);
    }
    if (insn->rd) {
        env->gpr[insn->rd] = old;
    }
    return base == OP_CSRRW || insn->rs1 != 0;
}

G_NORETURN void riscv_ecall(CPURISCVState *env)
{
    static const RISCVException causes[4] = {
        RISCV_EXCP_U_ECALL, RISCV_EXCP_S_ECALL,
        RISCV_EXCP_ILLEGAL_INST, RISCV_EXCP_M_ECALL,
    };

    riscv_raise_exception(env, causes[env->priv & 3], 0);
}

void riscv_cbo(CPURISCVState *env, const RISCVInsn *insn, int mmu_idx)
{
    target_ulong addr = env->gpr[insn->rs1];
    uint64_t bits = insn->op == OP_CBO_ZERO ? ENVCFG_CBZE :
                    insn->op == OP_CBO_INVAL ? ENVCFG_CBIE : ENVCFG_CBCFE;

    if (!riscv_cbo_enabled(env, bits)) {
        illegal(env, insn);
    }
    if (insn->op == OP_CBO_ZERO) {
        riscv_cbo_zero(env, addr, mmu_idx);
    } else {
        riscv_cbo_mgmt(env, addr, mmu_idx);
    }
}

/* Carry-less products: @which 0 low half, 1 high half, 2 reversed. */
uint64_t riscv_clmul(uint64_t a, uint64_t b, int which)
{
    uint64_t lo = 0, hi = 0;
    int i;

    for (i = 0; i < 64; i++) {
        if ((b >> i) & 1) {
            lo ^= a << i;
            hi ^= i ? a >> (64 - i) : 0;
        }
    }
    switch (which) {
    case 0:
        return lo;
    case 1:
        return hi;
    default:
        return (hi << 1) | (lo >> 63);
    }
}

/* ---- F and D ---- */

static int fp_rm(CPURISCVState *env, const RISCVInsn *insn)
{
    int rm = insn->rm == RISCV_FRM_DYN ? (int)env->frm : insn->rm;

    if (rm > RISCV_FRM_RMM) {
        illegal(env, insn);
    }
    return rm;
}

static void fp_set_dirty(CPURISCVState *env)
{
    env->mstatus |= MSTATUS_FS | MSTATUS_SD;
}

/* mstatus.FS off makes every F/D instruction illegal. */
void riscv_fp_check(CPURISCVState *env, const RISCVInsn *insn)
{
    if (!(env->mstatus & MSTATUS_FS)) {
        illegal(env, insn);
    }
}

#define NANBOX_S(v) ((uint64_t)(uint32_t)(v) | 0xffffffff00000000ULL)

static bool fp_arith(CPURISCVState *env, const RISCVInsn *insn,
                     uint64_t *res)
{
    uint64_t *f = env->fpr;
    uint64_t a = f[insn->rs1], b = f[insn->rs2], c = f[insn->rs3];

    switch (insn->op) {
#define BIN(OP, fn) \
    case OP_##OP##_S: \
        *res = helper_##fn##_s(env, a, b, fp_rm(env, insn)); return true; \
    case OP_##OP##_D: \
        *res = helper_##fn##_d(env, a, b, fp_rm(env, insn)); return true;
    BIN(FADD, fadd) BIN(FSUB, fsub) BIN(FMUL, fmul) BIN(FDIV, fdiv)
#undef BIN
#define FMA(OP, fn) \
    case OP_##OP##_S: \
        *res = helper_##fn##_s(env, a, b, c, fp_rm(env, insn)); return true; \
    case OP_##OP##_D: \
        *res = helper_##fn##_d(env, a, b, c, fp_rm(env, insn)); return true;
    FMA(FMADD, fmadd) FMA(FMSUB, fmsub) FMA(FNMSUB, fnmsub)
    FMA(FNMADD, fnmadd)
#undef FMA
    case OP_FMIN_S: *res = helper_fmin_s(env, a, b, 0); return true;
    case OP_FMAX_S: *res = helper_fmax_s(env, a, b, 0); return true;
    case OP_FMIN_D: *res = helper_fmin_d(env, a, b, 0); return true;
    case OP_FMAX_D: *res = helper_fmax_d(env, a, b, 0); return true;
    case OP_FSQRT_S: *res = helper_fsqrt_s(env, a, fp_rm(env, insn));
        return true;
    case OP_FSQRT_D: *res = helper_fsqrt_d(env, a, fp_rm(env, insn));
        return true;
    case OP_FSGNJ_S: *res = helper_fsgnj_s(a, b, insn->rm); return true;
    case OP_FSGNJ_D: *res = helper_fsgnj_d(a, b, insn->rm); return true;
    case OP_FCVT_S_D: *res = helper_fcvt_s_d(env, a, fp_rm(env, insn));
        return true;
    case OP_FCVT_D_S: *res = helper_fcvt_d_s(env, a, fp_rm(env, insn));
        return true;
    default:
        return false;
    }
}

/* Integer sources to an FP destination. */
static bool fp_from_int(CPURISCVState *env, const RISCVInsn *insn,
                        uint64_t *res)
{
    target_ulong x = env->gpr[insn->rs1];

    switch (insn->op) {
#define CVT(OP, fn) \
    case OP_##OP: *res = helper_##fn(env, x, fp_rm(env, insn)); return true;
    CVT(FCVT_S_W, fcvt_s_w) CVT(FCVT_S_WU, fcvt_s_wu)
    CVT(FCVT_S_L, fcvt_s_l) CVT(FCVT_S_LU, fcvt_s_lu)
    CVT(FCVT_D_W, fcvt_d_w) CVT(FCVT_D_WU, fcvt_d_wu)
    CVT(FCVT_D_L, fcvt_d_l) CVT(FCVT_D_LU, fcvt_d_lu)
#undef CVT
    case OP_FMV_W_X: *res = NANBOX_S(x); return true;
    case OP_FMV_D_X: *res = x; return true;
    default:
        return false;
    }
}

/* FP sources to an integer destination. */
static target_ulong fp_to_int(CPURISCVState *env, const RISCVInsn *insn)
{
    uint64_t a = env->fpr[insn->rs1], b = env->fpr[insn->rs2];

    switch (insn->op) {
#define CVT(OP, fn) \
    case OP_##OP: return helper_##fn(env, a, fp_rm(env, insn));
    CVT(FCVT_W_S, fcvt_w_s) CVT(FCVT_WU_S, fcvt_wu_s)
    CVT(FCVT_L_S, fcvt_l_s) CVT(FCVT_LU_S, fcvt_lu_s)
    CVT(FCVT_W_D, fcvt_w_d) CVT(FCVT_WU_D, fcvt_wu_d)
    CVT(FCVT_L_D, fcvt_l_d) CVT(FCVT_LU_D, fcvt_lu_d)
#undef CVT
    case OP_FMV_X_W: return (int32_t)a;
    case OP_FMV_X_D: return a;
    case OP_FEQ_S: return helper_feq_s(env, a, b);
    case OP_FLT_S: return helper_flt_s(env, a, b);
    case OP_FLE_S: return helper_fle_s(env, a, b);
    case OP_FEQ_D: return helper_feq_d(env, a, b);
    case OP_FLT_D: return helper_flt_d(env, a, b);
    case OP_FLE_D: return helper_fle_d(env, a, b);
    case OP_FCLASS_S: return helper_fclass_s(env, a);
    case OP_FCLASS_D: return helper_fclass_d(env, a);
    default:
        g_assert_not_reached();
    }
}

void riscv_fp_op(CPURISCVState *env, const RISCVInsn *insn)
{
    uint64_t res;
    target_ulong x;

    riscv_fp_check(env, insn);
    if (fp_arith(env, insn, &res) || fp_from_int(env, insn, &res)) {
        env->fpr[insn->rd] = res;
        fp_set_dirty(env);
        return;
    }
    x = fp_to_int(env, insn);
    if (insn->rd) {
        env->gpr[insn->rd] = x;
    }
}
