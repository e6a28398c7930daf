/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv-fp.c: the floating-point part of the RISC-V disassembler:
 * the fused multiply-adds and OP-FP of the F, D and Q extensions
 * (RISC-V unprivileged spec 20191213, chapters 11-13), printed as
 * QEMU's -d in_asm does: the rounding mode first ("fadd.d
 * dyn,fa0,fa1,fa2"), "inv" for the reserved modes 5 and 6.
 */
#include "qemu/osdep.h"
#include "riscv-internal.h"

static const char *const rvd_rm[8] = {
    "rne", "rtz", "rdn", "rup", "rmm", "inv", "inv", "dyn",
};

/* The width suffix from the fmt field; fmt 2 (half) is not decoded. */
static const char rvd_fmt_suffix[4] = { 's', 'd', 0, 'q' };

/* "<base>.<fmt>" into @buf. */
static const char *rvd_fp_name(char *buf, size_t size, const char *base,
                               unsigned int fmt)
{
    snprintf(buf, size, "%s.%c", base, rvd_fmt_suffix[fmt]);
    return buf;
}

void riscv_disas_decode_fma(uint32_t i, RiscvDisasText *t)
{
    static const char *const names[4] = {
        "fmadd", "fmsub", "fnmsub", "fnmadd",
    };
    unsigned int fmt = (i >> 25) & 3;
    char name[16];

    if (!rvd_fmt_suffix[fmt]) {
        rvd_illegal(t);
        return;
    }
    rvd_set(t, rvd_fp_name(name, sizeof(name), names[RV_OPCODE(i) & 3], fmt),
            "%s,%s,%s,%s,%s", rvd_rm[RV_FUNCT3(i)], rvd_freg[RV_RD(i)],
            rvd_freg[RV_RS1(i)], rvd_freg[RV_RS2(i)], rvd_freg[RV_RS3(i)]);
}

/* fsgnj, fsgnjn, fsgnjx and their one-source pseudo-instructions. */
static void rvd_decode_fsgnj(uint32_t i, unsigned int fmt, RiscvDisasText *t)
{
    static const char *const names[3] = { "fsgnj", "fsgnjn", "fsgnjx" };
    static const char *const pseudo[3] = { "fmv", "fneg", "fabs" };
    unsigned int f3 = RV_FUNCT3(i);
    char name[16];

    if (f3 > 2) {
        rvd_illegal(t);
    } else if (RV_RS1(i) == RV_RS2(i)) {
        rvd_set(t, rvd_fp_name(name, sizeof(name), pseudo[f3], fmt),
                "%s,%s", rvd_freg[RV_RD(i)], rvd_freg[RV_RS1(i)]);
    } else {
        rvd_set(t, rvd_fp_name(name, sizeof(name), names[f3], fmt),
                "%s,%s,%s", rvd_freg[RV_RD(i)], rvd_freg[RV_RS1(i)],
                rvd_freg[RV_RS2(i)]);
    }
}

/* fcvt between two floating-point formats: rs2 is the source's fmt. */
static void rvd_decode_fcvt_ff(uint32_t i, unsigned int fmt,
                               RiscvDisasText *t)
{
    unsigned int src = RV_RS2(i);
    char name[16];

    if (src > 3 || src == fmt || !rvd_fmt_suffix[src]) {
        rvd_illegal(t);
        return;
    }
    snprintf(name, sizeof(name), "fcvt.%c.%c", rvd_fmt_suffix[fmt],
             rvd_fmt_suffix[src]);
    rvd_set(t, name, "%s,%s,%s", rvd_rm[RV_FUNCT3(i)], rvd_freg[RV_RD(i)],
            rvd_freg[RV_RS1(i)]);
}

/* fcvt between integer and floating point, in either direction. */
static void rvd_decode_fcvt_int(uint32_t i, unsigned int fmt, bool to_int,
                                RiscvDisasText *t)
{
    static const char *const ints[4] = { "w", "wu", "l", "lu" };
    unsigned int kind = RV_RS2(i);
    char name[16];

    if (kind > 3) {
        rvd_illegal(t);
    } else if (to_int) {
        snprintf(name, sizeof(name), "fcvt.%s.%c", ints[kind],
                 rvd_fmt_suffix[fmt]);
        rvd_set(t, name, "%s,%s,%s", rvd_rm[RV_FUNCT3(i)],
                rvd_xreg[RV_RD(i)], rvd_freg[RV_RS1(i)]);
    } else {
        snprintf(name, sizeof(name), "fcvt.%c.%s", rvd_fmt_suffix[fmt],
                 ints[kind]);
        rvd_set(t, name, "%s,%s,%s", rvd_rm[RV_FUNCT3(i)],
                rvd_freg[RV_RD(i)], rvd_xreg[RV_RS1(i)]);
    }
}

/* Comparisons, fclass and the moves to and from integer registers. */
static void rvd_decode_fp_int(uint32_t i, unsigned int fmt,
                              RiscvDisasText *t)
{
    static const char *const cmp[4] = { "fle", "flt", "feq", NULL };
    unsigned int f3 = RV_FUNCT3(i), op = i >> 27;
    char name[16];

    if (op == 0x14 && f3 < 3) {
        rvd_set(t, rvd_fp_name(name, sizeof(name), cmp[f3], fmt),
                "%s,%s,%s", rvd_xreg[RV_RD(i)], rvd_freg[RV_RS1(i)],
                rvd_freg[RV_RS2(i)]);
    } else if (op == 0x1c && f3 == 0 && RV_RS2(i) == 0) {
        rvd_set(t, rvd_fp_name(name, sizeof(name), "fmv.x", fmt), "%s,%s",
                rvd_xreg[RV_RD(i)], rvd_freg[RV_RS1(i)]);
    } else if (op == 0x1c && f3 == 1 && RV_RS2(i) == 0) {
        rvd_set(t, rvd_fp_name(name, sizeof(name), "fclass", fmt), "%s,%s",
                rvd_xreg[RV_RD(i)], rvd_freg[RV_RS1(i)]);
    } else if (op == 0x1e && f3 == 0 && RV_RS2(i) == 0) {
        snprintf(name, sizeof(name), "fmv.%c.x", rvd_fmt_suffix[fmt]);
        rvd_set(t, name, "%s,%s", rvd_freg[RV_RD(i)], rvd_xreg[RV_RS1(i)]);
    } else {
        rvd_illegal(t);
    }
}

/* fadd, fsub, fmul, fdiv, fsqrt, fmin and fmax. */
static void rvd_decode_fp_arith(uint32_t i, unsigned int fmt,
                                RiscvDisasText *t)
{
    static const char *const arith[4] = { "fadd", "fsub", "fmul", "fdiv" };
    unsigned int op = i >> 27, f3 = RV_FUNCT3(i);
    char name[16];

    if (op < 4) {
        rvd_set(t, rvd_fp_name(name, sizeof(name), arith[op], fmt),
                "%s,%s,%s,%s", rvd_rm[f3], rvd_freg[RV_RD(i)],
                rvd_freg[RV_RS1(i)], rvd_freg[RV_RS2(i)]);
    } else if (op == 0x0b && RV_RS2(i) == 0) {
        rvd_set(t, rvd_fp_name(name, sizeof(name), "fsqrt", fmt),
                "%s,%s,%s", rvd_rm[f3], rvd_freg[RV_RD(i)],
                rvd_freg[RV_RS1(i)]);
    } else if (op == 0x05 && f3 < 2) {
        rvd_set(t, rvd_fp_name(name, sizeof(name), f3 ? "fmax" : "fmin",
                               fmt),
                "%s,%s,%s", rvd_freg[RV_RD(i)], rvd_freg[RV_RS1(i)],
                rvd_freg[RV_RS2(i)]);
    } else {
        rvd_illegal(t);
    }
}

void riscv_disas_decode_op_fp(uint32_t i, RiscvDisasText *t)
{
    unsigned int fmt = (i >> 25) & 3;

    if (!rvd_fmt_suffix[fmt]) {
        rvd_illegal(t);
        return;
    }
    switch (i >> 27) {
    case 0x04:
        rvd_decode_fsgnj(i, fmt, t);
        break;
    case 0x08:
        rvd_decode_fcvt_ff(i, fmt, t);
        break;
    case 0x14:
    case 0x1c:
    case 0x1e:
        rvd_decode_fp_int(i, fmt, t);
        break;
    case 0x18:
    case 0x1a:
        rvd_decode_fcvt_int(i, fmt, (i >> 27) == 0x18, t);
        break;
    default:
        rvd_decode_fp_arith(i, fmt, t);
    }
}
