/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv-crypto.c: the scalar cryptography extensions for the RISC-V
 * disassembler (Zbkb, Zbkx, Zknd, Zkne, Zknh, Zksed, Zksh of the
 * scalar crypto spec 1.0.1) and RV128's OP-64/OP-IMM-64 operations,
 * which QEMU decodes even on RV64.  The operands are QEMU's: aes32* and
 * sm4* print rs1,rs2,bs; sha512sum0/sum1/sig0/sig1 print the rs2 field
 * as a third register; xperm8 prints two operands.
 */
#include "qemu/osdep.h"
#include "riscv-internal.h"

/* aes32* and sm4*, by bits 29:25; bits 31:30 are the byte select. */
static const char *const rvd_bs_ops[32] = {
    [0x11] = "aes32esi", [0x13] = "aes32esmi", [0x15] = "aes32dsi",
    [0x17] = "aes32dsmi", [0x18] = "sm4ed", [0x1a] = "sm4ks",
};

/* The register-register forms with funct3 0, by funct7. */
static const char *const rvd_rrr_ops[128] = {
    [0x19] = "aes64es", [0x1b] = "aes64esm", [0x1d] = "aes64ds",
    [0x1f] = "aes64dsm", [0x3f] = "aes64ks2", [0x28] = "sha512sum0r",
    [0x29] = "sha512sum1r", [0x2a] = "sha512sig0l", [0x2b] = "sha512sig1l",
    [0x2e] = "sha512sig0h", [0x2f] = "sha512sig1h",
};

static void rvd_set_rrr(RiscvDisasText *t, const char *name, uint32_t i)
{
    rvd_set(t, name, "%s,%s,%s", rvd_xreg[RV_RD(i)], rvd_xreg[RV_RS1(i)],
            rvd_xreg[RV_RS2(i)]);
}

bool riscv_disas_decode_op_crypto(uint32_t i, RiscvDisasText *t)
{
    unsigned int f7 = RV_FUNCT7(i), f3 = RV_FUNCT3(i);
    const char *bs_op = rvd_bs_ops[f7 & 0x1f];

    if (bs_op) {
        /* QEMU ignores funct3 here and does not print rd. */
        rvd_set(t, bs_op, "%s,%s,%u", rvd_xreg[RV_RS1(i)],
                rvd_xreg[RV_RS2(i)], i >> 30);
    } else if (f3 == 0 && rvd_rrr_ops[f7]) {
        rvd_set_rrr(t, rvd_rrr_ops[f7], i);
    } else if (f7 == 0x04 && (f3 == 4 || f3 == 7)) {
        rvd_set_rrr(t, f3 == 4 ? "pack" : "packh", i);
    } else if (f7 == 0x14 && f3 == 2) {
        rvd_set_rrr(t, "xperm4", i);
    } else if (f7 == 0x14 && f3 == 4) {
        rvd_set(t, "xperm8", "%s,%s", rvd_xreg[RV_RD(i)],
                rvd_xreg[RV_RS1(i)]);
    } else {
        return false;
    }
    return true;
}

bool riscv_disas_decode_op_imm_crypto(uint32_t i, RiscvDisasText *t)
{
    static const char *const unary[10] = {
        "sha256sum0", "sha256sum1", "sha256sig0", "sha256sig1",
        "sha512sum0", "sha512sum1", "sha512sig0", "sha512sig1",
        "sm3p0", "sm3p1",
    };
    unsigned int imm = RV_IMM12(i);
    bool right = RV_FUNCT3(i) == 5;
    const char *rd = rvd_xreg[RV_RD(i)], *rs1 = rvd_xreg[RV_RS1(i)];

    if (imm == 0x08f) {
        rvd_set(t, right ? "unzip" : "zip", "%s,%s", rd, rs1);
    } else if (right) {
        if (imm != 0x687) {
            return false;
        }
        rvd_set(t, "brev8", "%s,%s", rd, rs1);
    } else if (imm >= 0x104 && imm <= 0x107) {
        /* QEMU prints the rs2 field of these RV32-only encodings too. */
        rvd_set(t, unary[imm - 0x100], "%s,%s,%s", rd, rs1,
                rvd_xreg[imm & 0x1f]);
    } else if (imm >= 0x100 && imm <= 0x109) {
        rvd_set(t, unary[imm - 0x100], "%s,%s", rd, rs1);
    } else if (imm == 0x300) {
        rvd_set(t, "aes64im", "%s,%s", rd, rs1);
    } else if ((imm & 0xff0) == 0x310) {
        rvd_set(t, "aes64ks1i", "%s,%s,%u", rd, rs1, imm & 0xf);
    } else {
        return false;
    }
    return true;
}

/* OP-IMM-64: addid and the doubleword shifts. */
static void rvd_decode_op_imm_64(uint32_t i, RiscvDisasText *t)
{
    static const char *const shifts[2][64] = {
        { [0x00] = "sllid" },
        { [0x00] = "srlid", [0x10] = "sraid" },
    };
    unsigned int f3 = RV_FUNCT3(i);
    const char *name = NULL;

    if (f3 == 0) {
        rvd_set(t, "addid", "%s,%s,%d", rvd_xreg[RV_RD(i)],
                rvd_xreg[RV_RS1(i)], (int32_t)i >> 20);
        return;
    }
    if (f3 == 1 || f3 == 5) {
        name = shifts[f3 == 5][i >> 26];
    }
    if (name) {
        rvd_set(t, name, "%s,%s,%u", rvd_xreg[RV_RD(i)], rvd_xreg[RV_RS1(i)],
                (i >> 20) & 0x3f);
    } else {
        rvd_illegal(t);
    }
}

/* OP-64: the doubleword ALU and M operations. */
static void rvd_decode_op_64(uint32_t i, RiscvDisasText *t)
{
    static const char *const base[16] = {
        [0] = "addd", [1] = "slld", [5] = "srld", [8] = "subd", [13] = "srad",
    };
    static const char *const mul[8] = {
        [0] = "muld", [4] = "divd", [5] = "divud", [6] = "remd",
        [7] = "remud",
    };
    unsigned int f7 = RV_FUNCT7(i), f3 = RV_FUNCT3(i);
    const char *name = NULL;

    if (f7 == 0x00 || f7 == 0x20) {
        name = base[(f7 ? 8 : 0) | f3];
    } else if (f7 == 0x01) {
        name = mul[f3];
    }
    if (name) {
        rvd_set_rrr(t, name, i);
    } else {
        rvd_illegal(t);
    }
}

void riscv_disas_decode_rv128(uint32_t i, RiscvDisasText *t)
{
    if (RV_OPCODE(i) == 0x16) {
        rvd_decode_op_imm_64(i, t);
    } else {
        rvd_decode_op_64(i, t);
    }
}
