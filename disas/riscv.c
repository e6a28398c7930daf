/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv.c: the RISC-V disassembler behind -d in_asm and HMP x/i.
 *
 * Decodes RV64I, M, A, F, D (and Q), C, Zicsr, Zifencei, Zba, Zbb,
 * Zbc, Zbs, the scalar crypto extensions (riscv-crypto.c) and the
 * privileged instructions from the encodings of the RISC-V unprivileged
 * (20191213) and privileged (1.12) specifications.
 * The text is QEMU's, character for character: its mnemonics, its
 * pseudo-instructions (mv, nop, ret, j, beqz, bgt ...), rounding modes
 * printed first ("fadd.d dyn,fa0,fa1,fa2"), "# 0x..." targets after
 * pc-relative operands, and its column layout.  The expected text of
 * every instruction class is recorded from QEMU in the unit test
 * test-riscv-disas; that corpus also pins QEMU's oddities (andn prints
 * two operands, cbo.* print as lq, slli.uw's shift amount prints as a
 * register), which we keep so that logs compare equal side by side.
 */
#include "qemu/osdep.h"
#include "disas/riscv.h"
#include "riscv-internal.h"

#define RV_MNEM_COLUMN 24
#define RV_COMMENT_COLUMN 48

const char *const rvd_xreg[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
    "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
    "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
    "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

const char *const rvd_freg[32] = {
    "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7",
    "fs0", "fs1", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5",
    "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7",
    "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
};

void rvd_set(RiscvDisasText *t, const char *mnem, const char *fmt, ...)
{
    va_list ap;

    g_strlcpy(t->mnem, mnem, sizeof(t->mnem));
    va_start(ap, fmt);
    vsnprintf(t->ops, sizeof(t->ops), fmt, ap);
    va_end(ap);
}

void rvd_illegal(RiscvDisasText *t)
{
    rvd_set(t, "illegal", "%s", "");
}

static int32_t rv_imm_i(uint32_t i)
{
    return (int32_t)i >> 20;
}

/* The low @bits bits of @x, sign-extended. */
static int32_t rv_sext(uint32_t x, int bits)
{
    return (int32_t)(x << (32 - bits)) >> (32 - bits);
}

static int32_t rv_imm_s(uint32_t i)
{
    return rv_sext(((i >> 25) << 5) | RV_RD(i), 12);
}

static int32_t rv_imm_b(uint32_t i)
{
    return rv_sext(((i >> 31) << 12) | (((i >> 7) & 1) << 11) |
                   (((i >> 25) & 0x3f) << 5) | (((i >> 8) & 0xf) << 1), 13);
}

static int32_t rv_imm_j(uint32_t i)
{
    return rv_sext(((i >> 31) << 20) | (i & 0xff000) |
                   (((i >> 20) & 1) << 11) | (((i >> 21) & 0x3ff) << 1), 21);
}

/* "rd,rs1,rs2" with integer registers. */
static void rv_set_rrr(RiscvDisasText *t, const char *mnem, uint32_t i)
{
    rvd_set(t, mnem, "%s,%s,%s", rvd_xreg[RV_RD(i)], rvd_xreg[RV_RS1(i)],
            rvd_xreg[RV_RS2(i)]);
}

/* "rd,rs1" with integer registers. */
static void rv_set_rr(RiscvDisasText *t, const char *mnem, uint32_t i)
{
    rvd_set(t, mnem, "%s,%s", rvd_xreg[RV_RD(i)], rvd_xreg[RV_RS1(i)]);
}

static void rv_set_target(RiscvDisasText *t, uint64_t pc, int64_t off)
{
    t->has_target = true;
    t->target = pc + off;
}

/* "reg,imm(base)" of a load or store; a NULL @name is illegal. */
static void rv_set_mem(RiscvDisasText *t, const char *name, const char *reg,
                       int32_t imm, unsigned int base)
{
    if (name) {
        rvd_set(t, name, "%s,%d(%s)", reg, imm, rvd_xreg[base]);
    } else {
        rvd_illegal(t);
    }
}

static void rv_decode_load(uint32_t i, RiscvDisasText *t)
{
    static const char *const names[8] = {
        "lb", "lh", "lw", "ld", "lbu", "lhu", "lwu", "ldu",
    };

    rv_set_mem(t, names[RV_FUNCT3(i)], rvd_xreg[RV_RD(i)], rv_imm_i(i),
               RV_RS1(i));
}

static void rv_decode_store(uint32_t i, RiscvDisasText *t)
{
    static const char *const names[8] = { "sb", "sh", "sw", "sd", "sq" };

    rv_set_mem(t, names[RV_FUNCT3(i)], rvd_xreg[RV_RS2(i)], rv_imm_s(i),
               RV_RS1(i));
}

static void rv_decode_load_fp(uint32_t i, RiscvDisasText *t)
{
    static const char *const names[8] = {
        [2] = "flw", [3] = "fld", [4] = "flq",
    };

    rv_set_mem(t, names[RV_FUNCT3(i)], rvd_freg[RV_RD(i)], rv_imm_i(i),
               RV_RS1(i));
}

static void rv_decode_store_fp(uint32_t i, RiscvDisasText *t)
{
    static const char *const names[8] = {
        [2] = "fsw", [3] = "fsd", [4] = "fsq",
    };

    rv_set_mem(t, names[RV_FUNCT3(i)], rvd_freg[RV_RS2(i)], rv_imm_s(i),
               RV_RS1(i));
}

/* "iorw" letters of a fence's predecessor or successor set. */
static void rv_fence_set(char *buf, unsigned int set)
{
    static const char letters[4] = { 'w', 'r', 'o', 'i' };
    int bit;

    for (bit = 3; bit >= 0; bit--) {
        if (set & (1u << bit)) {
            *buf++ = letters[bit];
        }
    }
    *buf = '\0';
}

static void rv_decode_misc_mem(uint32_t i, RiscvDisasText *t)
{
    char pred[5], succ[5];

    switch (RV_FUNCT3(i)) {
    case 0:
        rv_fence_set(pred, (i >> 24) & 0xf);
        rv_fence_set(succ, (i >> 20) & 0xf);
        rvd_set(t, "fence", "%s,%s", pred, succ);
        break;
    case 1:
        rvd_set(t, "fence.i", "%s", "");
        break;
    case 2:
        /* QEMU reads this (and so Zicbom/Zicboz) as RV128's lq. */
        rv_set_mem(t, "lq", rvd_xreg[RV_RD(i)], rv_imm_i(i), RV_RS1(i));
        break;
    default:
        rvd_illegal(t);
    }
}

/*
 * The shifts and the Zbb/Zbs forms of OP-IMM funct3 1 and 5.  QEMU
 * decodes their funct5 (bits 31:27) and prints the 7-bit shift amount
 * of RV128 (bits 26:20).
 */
static void rv_decode_op_imm_shift(uint32_t i, RiscvDisasText *t)
{
    static const char *const names[2][32] = {
        { [0x00] = "slli", [0x05] = "bseti", [0x09] = "bclri",
          [0x0d] = "binvi" },
        { [0x00] = "srli", [0x08] = "srai", [0x09] = "bexti",
          [0x0c] = "rori" },
    };
    static const char *const unary[8] = {
        "clz", "ctz", "cpop", NULL, "sext.b", "sext.h",
    };
    bool right = RV_FUNCT3(i) == 5;
    const char *name = names[right][i >> 27];

    if (!right && RV_IMM12(i) >= 0x600 && RV_IMM12(i) <= 0x605 &&
        unary[RV_IMM12(i) - 0x600]) {
        rv_set_rr(t, unary[RV_IMM12(i) - 0x600], i);
    } else if (right && (i >> 27) == 0x05) {
        rv_set_rr(t, "orc.b", i);
    } else if (right && (RV_IMM12(i) == 0x6b8 || RV_IMM12(i) == 0x698)) {
        /* RV64's rev8, and RV32's, which QEMU takes too. */
        rv_set_rr(t, "rev8", i);
    } else if (name) {
        rvd_set(t, name, "%s,%s,%u", rvd_xreg[RV_RD(i)], rvd_xreg[RV_RS1(i)],
                (i >> 20) & 0x7f);
    } else if (!riscv_disas_decode_op_imm_crypto(i, t)) {
        rvd_illegal(t);
    }
}

static void rv_decode_op_imm(uint32_t i, RiscvDisasText *t)
{
    static const char *const names[8] = {
        "addi", NULL, "slti", "sltiu", "xori", NULL, "ori", "andi",
    };
    unsigned int f3 = RV_FUNCT3(i);
    int32_t imm = rv_imm_i(i);

    if (f3 == 1 || f3 == 5) {
        rv_decode_op_imm_shift(i, t);
    } else if (f3 == 0 && imm == 0 && RV_RD(i) == 0 && RV_RS1(i) == 0) {
        rvd_set(t, "nop", "%s", "");
    } else if (f3 == 0 && imm == 0) {
        rv_set_rr(t, "mv", i);
    } else if (f3 == 3 && imm == 1) {
        rv_set_rr(t, "seqz", i);
    } else if (f3 == 4 && imm == -1) {
        rv_set_rr(t, "not", i);
    } else {
        rvd_set(t, names[f3], "%s,%s,%d", rvd_xreg[RV_RD(i)],
                rvd_xreg[RV_RS1(i)], imm);
    }
}

static void rv_decode_op_imm_32(uint32_t i, RiscvDisasText *t)
{
    static const char *const unary_w[3] = { "clzw", "ctzw", "cpopw" };
    unsigned int f7 = RV_FUNCT7(i);
    unsigned int shamt = RV_RS2(i);

    switch (RV_FUNCT3(i)) {
    case 0:
        if (rv_imm_i(i) == 0) {
            rv_set_rr(t, "sext.w", i);
        } else {
            rvd_set(t, "addiw", "%s,%s,%d", rvd_xreg[RV_RD(i)],
                    rvd_xreg[RV_RS1(i)], rv_imm_i(i));
        }
        return;
    case 1:
        if (RV_IMM12(i) >= 0x600 && RV_IMM12(i) <= 0x602) {
            rv_set_rr(t, unary_w[RV_IMM12(i) - 0x600], i);
        } else if (f7 == 0x00) {
            rvd_set(t, "slliw", "%s,%s,%u", rvd_xreg[RV_RD(i)],
                    rvd_xreg[RV_RS1(i)], shamt);
        } else if (f7 == 0x04) {
            /* QEMU prints slli.uw's shift amount as a register. */
            rv_set_rrr(t, "slli.uw", i);
        } else {
            break;
        }
        return;
    case 5:
        if (f7 == 0x00 || f7 == 0x20 || f7 == 0x30) {
            rvd_set(t, f7 == 0 ? "srliw" : f7 == 0x20 ? "sraiw" : "roriw",
                    "%s,%s,%u", rvd_xreg[RV_RD(i)], rvd_xreg[RV_RS1(i)], shamt);
            return;
        }
        break;
    }
    rvd_illegal(t);
}

/* OP, funct7 0 and 0x20: the base ALU operations and their pseudos. */
static void rv_decode_op_base(uint32_t i, RiscvDisasText *t)
{
    static const char *const names[16] = {
        "add", "sll", "slt", "sltu", "xor", "srl", "or", "and",
        "sub", NULL, NULL, NULL, "xnor", "sra", "orn", "andn",
    };
    unsigned int f3 = RV_FUNCT3(i);
    unsigned int rs1 = RV_RS1(i), rs2 = RV_RS2(i);
    const char *name = names[(RV_FUNCT7(i) ? 8 : 0) | f3];

    if (!name) {
        rvd_illegal(t);
    } else if (RV_FUNCT7(i) && (f3 == 4 || f3 == 6 || f3 == 7)) {
        /* QEMU prints andn, orn and xnor without their rs2. */
        rv_set_rr(t, name, i);
    } else if (RV_FUNCT7(i) && f3 == 0 && rs1 == 0) {
        rvd_set(t, "neg", "%s,%s", rvd_xreg[RV_RD(i)], rvd_xreg[rs2]);
    } else if (f3 == 2 && rs2 == 0) {
        rv_set_rr(t, "sltz", i);
    } else if (f3 == 2 && rs1 == 0) {
        rvd_set(t, "sgtz", "%s,%s", rvd_xreg[RV_RD(i)], rvd_xreg[rs2]);
    } else if (f3 == 3 && rs1 == 0) {
        rvd_set(t, "snez", "%s,%s", rvd_xreg[RV_RD(i)], rvd_xreg[rs2]);
    } else {
        rv_set_rrr(t, name, i);
    }
}

static void rv_decode_op(uint32_t i, RiscvDisasText *t)
{
    static const char *const mul[8] = {
        "mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu",
    };
    static const char *const minmax[8] = {
        NULL, "clmul", "clmulr", "clmulh", "min", "minu", "max", "maxu",
    };
    static const char *const shadd[8] = {
        [2] = "sh1add", [4] = "sh2add", [6] = "sh3add",
    };
    unsigned int f3 = RV_FUNCT3(i);
    const char *name = NULL;

    switch (RV_FUNCT7(i)) {
    case 0x00:
    case 0x20:
        rv_decode_op_base(i, t);
        return;
    case 0x01:
        name = mul[f3];
        break;
    case 0x05:
        name = minmax[f3];
        break;
    case 0x10:
        name = shadd[f3];
        break;
    case 0x14:
        name = f3 == 1 ? "bset" : NULL;
        break;
    case 0x24:
        name = f3 == 1 ? "bclr" : f3 == 5 ? "bext" : NULL;
        break;
    case 0x30:
        name = f3 == 1 ? "rol" : f3 == 5 ? "ror" : NULL;
        break;
    case 0x34:
        name = f3 == 1 ? "binv" : NULL;
        break;
    }
    if (name) {
        rv_set_rrr(t, name, i);
    } else if (!riscv_disas_decode_op_crypto(i, t)) {
        rvd_illegal(t);
    }
}

static void rv_decode_op_32(uint32_t i, RiscvDisasText *t)
{
    static const char *const base[16] = {
        "addw", "sllw", NULL, NULL, NULL, "srlw", NULL, NULL,
        "subw", NULL, NULL, NULL, NULL, "sraw", NULL, NULL,
    };
    static const char *const mul[8] = {
        "mulw", NULL, NULL, NULL, "divw", "divuw", "remw", "remuw",
    };
    static const char *const shadd[8] = {
        [2] = "sh1add.uw", [4] = "sh2add.uw", [6] = "sh3add.uw",
    };
    unsigned int f3 = RV_FUNCT3(i);
    const char *name = NULL;

    switch (RV_FUNCT7(i)) {
    case 0x00:
        name = base[f3];
        break;
    case 0x20:
        if (f3 == 0 && RV_RS1(i) == 0) {
            rvd_set(t, "negw", "%s,%s", rvd_xreg[RV_RD(i)],
                    rvd_xreg[RV_RS2(i)]);
            return;
        }
        name = base[8 | f3];
        break;
    case 0x01:
        name = mul[f3];
        break;
    case 0x04:
        if (f3 == 4 && RV_RS2(i) == 0) {
            rv_set_rr(t, "zext.h", i);
            return;
        }
        name = f3 == 0 ? "add.uw" : f3 == 4 ? "packw" : NULL;
        break;
    case 0x10:
        name = shadd[f3];
        break;
    case 0x30:
        name = f3 == 1 ? "rolw" : f3 == 5 ? "rorw" : NULL;
        break;
    }
    if (name) {
        rv_set_rrr(t, name, i);
    } else {
        rvd_illegal(t);
    }
}

static void rv_decode_amo(uint32_t i, RiscvDisasText *t)
{
    static const char *const ops[32] = {
        [0x00] = "amoadd", [0x01] = "amoswap", [0x02] = "lr",
        [0x03] = "sc", [0x04] = "amoxor", [0x08] = "amoor",
        [0x0c] = "amoand", [0x10] = "amomin", [0x14] = "amomax",
        [0x18] = "amominu", [0x1c] = "amomaxu",
    };
    static const char *const order[4] = { "", ".rl", ".aq", ".aq.rl" };
    static const char width[8] = { [2] = 'w', [3] = 'd', [4] = 'q' };
    const char *op = ops[i >> 27];
    char mnem[sizeof(t->mnem)];

    if (!op || !width[RV_FUNCT3(i)] ||
        (!strcmp(op, "lr") && RV_RS2(i) != 0)) {
        rvd_illegal(t);
        return;
    }
    snprintf(mnem, sizeof(mnem), "%s.%c%s", op, width[RV_FUNCT3(i)],
             order[(i >> 25) & 3]);
    if (!strcmp(op, "lr")) {
        rvd_set(t, mnem, "%s,(%s)", rvd_xreg[RV_RD(i)], rvd_xreg[RV_RS1(i)]);
    } else {
        rvd_set(t, mnem, "%s,%s,(%s)", rvd_xreg[RV_RD(i)], rvd_xreg[RV_RS2(i)],
                rvd_xreg[RV_RS1(i)]);
    }
}

static void rv_decode_branch(uint64_t pc, uint32_t i, RiscvDisasText *t)
{
    static const char *const names[8] = {
        "beq", "bne", NULL, NULL, "blt", "bge", "bltu", "bgeu",
    };
    /* QEMU prints blt/bge/bltu/bgeu with swapped operands. */
    static const char *const swapped[8] = {
        [4] = "bgt", [5] = "ble", [6] = "bgtu", [7] = "bleu",
    };
    static const char *const vs_zero[8] = {
        "beqz", "bnez", NULL, NULL, "bltz", "bgez",
    };
    unsigned int f3 = RV_FUNCT3(i), rs1 = RV_RS1(i), rs2 = RV_RS2(i);
    int32_t off = rv_imm_b(i);

    if (!names[f3]) {
        rvd_illegal(t);
        return;
    }
    if (f3 == 5 && rs1 == 0) {
        /* bge zero,zero prints as blez: QEMU tests rs1 first here. */
        rvd_set(t, "blez", "%s,%d", rvd_xreg[rs2], off);
    } else if (rs2 == 0 && vs_zero[f3]) {
        rvd_set(t, vs_zero[f3], "%s,%d", rvd_xreg[rs1], off);
    } else if (f3 == 4 && rs1 == 0) {
        rvd_set(t, "bgtz", "%s,%d", rvd_xreg[rs2], off);
    } else if (swapped[f3]) {
        rvd_set(t, swapped[f3], "%s,%s,%d", rvd_xreg[rs2], rvd_xreg[rs1], off);
    } else {
        rvd_set(t, names[f3], "%s,%s,%d", rvd_xreg[rs1], rvd_xreg[rs2], off);
    }
    rv_set_target(t, pc, off);
}

static void rv_decode_jalr(uint32_t i, RiscvDisasText *t)
{
    if (RV_FUNCT3(i) != 0) {
        rvd_illegal(t);
    } else if (RV_RD(i) == 0 && RV_RS1(i) == 1) {
        rvd_set(t, "ret", "%s", "");
    } else if (RV_RD(i) == 0 && rv_imm_i(i) == 0) {
        rvd_set(t, "jr", "%s", rvd_xreg[RV_RS1(i)]);
    } else {
        rvd_set(t, "jalr", "%s,%s,%d", rvd_xreg[RV_RD(i)], rvd_xreg[RV_RS1(i)],
                rv_imm_i(i));
    }
}

static void rv_decode_jal(uint64_t pc, uint32_t i, RiscvDisasText *t)
{
    int32_t off = rv_imm_j(i);

    if (RV_RD(i) == 0) {
        rvd_set(t, "j", "%d", off);
    } else {
        rvd_set(t, "jal", "%s,%d", rvd_xreg[RV_RD(i)], off);
    }
    rv_set_target(t, pc, off);
}

static void rv_decode_upper(uint64_t pc, uint32_t i, RiscvDisasText *t)
{
    int32_t imm = (int32_t)(i & 0xfffff000);

    if (RV_OPCODE(i) == 0x05) {
        rvd_set(t, "auipc", "%s,%d", rvd_xreg[RV_RD(i)], imm);
        rv_set_target(t, pc, imm);
    } else {
        rvd_set(t, "lui", "%s,%d", rvd_xreg[RV_RD(i)], imm);
    }
}

void riscv_disas_decode32(uint64_t pc, uint32_t insn, RiscvDisasText *t)
{
    t->has_target = false;
    if ((insn & 3) != 3) {
        rvd_illegal(t);
        return;
    }
    switch (RV_OPCODE(insn)) {
    case 0x00:
        rv_decode_load(insn, t);
        break;
    case 0x01:
        rv_decode_load_fp(insn, t);
        break;
    case 0x03:
        rv_decode_misc_mem(insn, t);
        break;
    case 0x04:
        rv_decode_op_imm(insn, t);
        break;
    case 0x05:
    case 0x0d:
        rv_decode_upper(pc, insn, t);
        break;
    case 0x06:
        rv_decode_op_imm_32(insn, t);
        break;
    case 0x08:
        rv_decode_store(insn, t);
        break;
    case 0x09:
        rv_decode_store_fp(insn, t);
        break;
    case 0x0b:
        rv_decode_amo(insn, t);
        break;
    case 0x0c:
        rv_decode_op(insn, t);
        break;
    case 0x0e:
        rv_decode_op_32(insn, t);
        break;
    case 0x10 ... 0x13:
        riscv_disas_decode_fma(insn, t);
        break;
    case 0x14:
        riscv_disas_decode_op_fp(insn, t);
        break;
    case 0x16:
    case 0x1e:
        riscv_disas_decode_rv128(insn, t);
        break;
    case 0x18:
        rv_decode_branch(pc, insn, t);
        break;
    case 0x19:
        rv_decode_jalr(insn, t);
        break;
    case 0x1b:
        rv_decode_jal(pc, insn, t);
        break;
    case 0x1c:
        riscv_disas_decode_system(insn, t);
        break;
    default:
        rvd_illegal(t);
    }
}

/* Decode the instruction at the start of @insn; returns its length. */
static int rv_decode(uint64_t pc, uint32_t insn, RiscvDisasText *t)
{
    uint32_t expanded;

    t->has_target = false;
    if ((insn & 3) == 3) {
        riscv_disas_decode32(pc, insn, t);
        return 4;
    }
    expanded = riscv_disas_expand_rvc(insn & 0xffff);
    if (expanded) {
        riscv_disas_decode32(pc, expanded, t);
    } else {
        rvd_illegal(t);
    }
    return 2;
}

int riscv_disas_insn(uint64_t pc, uint32_t insn, char *buf, size_t buflen)
{
    RiscvDisasText t;
    int len = rv_decode(pc, insn, &t);

    if (t.has_target) {
        snprintf(buf, buflen, "%s %s # 0x%" PRIx64, t.mnem, t.ops, t.target);
    } else if (t.ops[0]) {
        snprintf(buf, buflen, "%s %s", t.mnem, t.ops);
    } else {
        snprintf(buf, buflen, "%s", t.mnem);
    }
    return len;
}

/*
 * QEMU's columns: the mnemonic padded to 24 characters, then the
 * operands, then for a pc-relative operand "# <target>" at column 48.
 */
static void rv_layout(const RiscvDisasText *t, char *buf, size_t buflen)
{
    int n = snprintf(buf, buflen, "%-*s%s", RV_MNEM_COLUMN, t->mnem, t->ops);

    if (t->has_target && n >= 0 && (size_t)n < buflen) {
        snprintf(buf + n, buflen - n, "%*s# 0x%" PRIx64,
                 n < RV_COMMENT_COLUMN ? RV_COMMENT_COLUMN - n : 1, "",
                 t->target);
    }
}

/* A trailing piece shorter than its instruction, as ".byte" data. */
static void rv_print_partial(FILE *out, uint64_t pc, const uint8_t *code,
                             size_t len)
{
    char hex[8] = "", bytes[32] = "";
    size_t i;

    for (i = 0; i < len; i++) {
        snprintf(hex + 2 * i, sizeof(hex) - 2 * i, "%02x", code[len - 1 - i]);
        snprintf(bytes + strlen(bytes), sizeof(bytes) - strlen(bytes),
                 "%s0x%02x", i ? "," : "", code[i]);
    }
    fprintf(out, "0x%016" PRIx64 ":  %-16s  %-*s%s\n", pc, hex,
            RV_MNEM_COLUMN, ".byte", bytes);
}

void riscv_disas_block(FILE *out, uint64_t pc, const uint8_t *code,
                       size_t len)
{
    size_t pos = 0;

    while (pos < len) {
        size_t left = len - pos;
        uint32_t insn;
        RiscvDisasText t;
        char hex[16], text[128];
        int n;

        insn = left >= 2 ? code[pos] | (code[pos + 1] << 8) : 0;
        if (left < 2 || ((insn & 3) == 3 && left < 4)) {
            rv_print_partial(out, pc + pos, code + pos, left);
            return;
        }
        if ((insn & 3) == 3) {
            insn |= (uint32_t)code[pos + 2] << 16 |
                    (uint32_t)code[pos + 3] << 24;
        }
        n = rv_decode(pc + pos, insn, &t);
        snprintf(hex, sizeof(hex), n == 4 ? "%08" PRIx32 : "%04" PRIx32,
                 insn);
        rv_layout(&t, text, sizeof(text));
        fprintf(out, "0x%016" PRIx64 ":  %-16s  %s\n", pc + pos, hex, text);
        pos += n;
    }
}
