/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv-csr.c: the SYSTEM opcode for the RISC-V disassembler: Zicsr
 * with the CSR names, the trap returns, wfi and sfence.vma.  The CSR
 * names are those QEMU's -d in_asm prints (the
 * privileged spec's registers plus a few historic ones such as
 * mucounteren and mtohost); any other number prints as hex.
 */
#include "qemu/osdep.h"

#include "riscv-internal.h"

typedef struct RiscvCsrName {
    unsigned int csr;
    const char *name;
} RiscvCsrName;

/* Sorted by number, for the binary search below. */
static const RiscvCsrName riscv_csr_names[] = {
    { 0x000, "ustatus" },
    { 0x001, "fflags" },
    { 0x002, "frm" },
    { 0x003, "fcsr" },
    { 0x004, "uie" },
    { 0x005, "utvec" },
    { 0x008, "vstart" },
    { 0x009, "vxsat" },
    { 0x00a, "vxrm" },
    { 0x00f, "vcsr" },
    { 0x015, "seed" },
    { 0x040, "uscratch" },
    { 0x041, "uepc" },
    { 0x042, "ucause" },
    { 0x043, "utval" },
    { 0x044, "uip" },
    { 0x100, "sstatus" },
    { 0x104, "sie" },
    { 0x105, "stvec" },
    { 0x106, "scounteren" },
    { 0x140, "sscratch" },
    { 0x141, "sepc" },
    { 0x142, "scause" },
    { 0x143, "stval" },
    { 0x144, "sip" },
    { 0x180, "satp" },
    { 0x200, "hstatus" },
    { 0x202, "hedeleg" },
    { 0x203, "hideleg" },
    { 0x204, "hie" },
    { 0x205, "htvec" },
    { 0x240, "hscratch" },
    { 0x241, "hepc" },
    { 0x242, "hcause" },
    { 0x243, "hbadaddr" },
    { 0x244, "hip" },
    { 0x300, "mstatus" },
    { 0x301, "misa" },
    { 0x302, "medeleg" },
    { 0x303, "mideleg" },
    { 0x304, "mie" },
    { 0x305, "mtvec" },
    { 0x306, "mcounteren" },
    { 0x320, "mucounteren" },
    { 0x321, "mscounteren" },
    { 0x322, "mhcounteren" },
    { 0x340, "mscratch" },
    { 0x341, "mepc" },
    { 0x342, "mcause" },
    { 0x343, "mtval" },
    { 0x344, "mip" },
    { 0x380, "mbase" },
    { 0x381, "mbound" },
    { 0x382, "mibase" },
    { 0x383, "mibound" },
    { 0x384, "mdbase" },
    { 0x385, "mdbound" },
    { 0x780, "mtohost" },
    { 0x781, "mfromhost" },
    { 0x782, "mreset" },
    { 0x783, "mipi" },
    { 0x784, "miobase" },
    { 0x7a0, "tselect" },
    { 0x7a1, "tdata1" },
    { 0x7a2, "tdata2" },
    { 0x7a3, "tdata3" },
    { 0x7b0, "dcsr" },
    { 0x7b1, "dpc" },
    { 0x7b2, "dscratch" },
    { 0xb00, "mcycle" },
    { 0xb01, "mtime" },
    { 0xb02, "minstret" },
    { 0xb80, "mcycleh" },
    { 0xb81, "mtimeh" },
    { 0xb82, "minstreth" },
    { 0xc00, "cycle" },
    { 0xc01, "time" },
    { 0xc02, "instret" },
    { 0xc20, "vl" },
    { 0xc21, "vtype" },
    { 0xc22, "vlenb" },
    { 0xc80, "cycleh" },
    { 0xc81, "timeh" },
    { 0xc82, "instreth" },
    { 0xd00, "scycle" },
    { 0xd01, "stime" },
    { 0xd02, "sinstret" },
    { 0xd80, "scycleh" },
    { 0xd81, "stimeh" },
    { 0xd82, "sinstreth" },
    { 0xe00, "hcycle" },
    { 0xe01, "htime" },
    { 0xe02, "hinstret" },
    { 0xe80, "hcycleh" },
    { 0xe81, "htimeh" },
    { 0xe82, "hinstreth" },
    { 0xf11, "mvendorid" },
    { 0xf12, "marchid" },
    { 0xf13, "mimpid" },
    { 0xf14, "mhartid" },
};

/* Numbered families: names[i] is CSR @first + i. */
typedef struct RiscvCsrFamily {
    unsigned int first;
    unsigned int last;
    const char *names[64];
} RiscvCsrFamily;

#define CSR_NAMES_3_31(p, s) \
    p "3" s, p "4" s, p "5" s, p "6" s, p "7" s, p "8" s, p "9" s, \
    p "10" s, p "11" s, p "12" s, p "13" s, p "14" s, p "15" s, \
    p "16" s, p "17" s, p "18" s, p "19" s, p "20" s, p "21" s, \
    p "22" s, p "23" s, p "24" s, p "25" s, p "26" s, p "27" s, \
    p "28" s, p "29" s, p "30" s, p "31" s
#define CSR_NAMES_0_15(p) \
    p "0", p "1", p "2", p "3", p "4", p "5", p "6", p "7", p "8", \
    p "9", p "10", p "11", p "12", p "13", p "14", p "15"
#define CSR_NAMES_16_31(p) \
    p "16", p "17", p "18", p "19", p "20", p "21", p "22", p "23", \
    p "24", p "25", p "26", p "27", p "28", p "29", p "30", p "31"
#define CSR_NAMES_32_47(p) \
    p "32", p "33", p "34", p "35", p "36", p "37", p "38", p "39", \
    p "40", p "41", p "42", p "43", p "44", p "45", p "46", p "47"
#define CSR_NAMES_48_63(p) \
    p "48", p "49", p "50", p "51", p "52", p "53", p "54", p "55", \
    p "56", p "57", p "58", p "59", p "60", p "61", p "62", p "63"

static const RiscvCsrFamily riscv_csr_families[] = {
    { .first = 0x323, .last = 0x33f,
      .names = { CSR_NAMES_3_31("mhpmevent", "") } },
    { .first = 0x3a0, .last = 0x3af,
      .names = { CSR_NAMES_0_15("pmpcfg") } },
    { .first = 0x3b0, .last = 0x3ef,
      .names = { CSR_NAMES_0_15("pmpaddr"), CSR_NAMES_16_31("pmpaddr"),
                 CSR_NAMES_32_47("pmpaddr"), CSR_NAMES_48_63("pmpaddr") } },
    { .first = 0xb03, .last = 0xb1f,
      .names = { CSR_NAMES_3_31("mhpmcounter", "") } },
    { .first = 0xb83, .last = 0xb9f,
      .names = { CSR_NAMES_3_31("mhpmcounter", "h") } },
};

const char *riscv_disas_csr_name(unsigned int csr)
{
    size_t lo = 0, hi = sizeof(riscv_csr_names) / sizeof(riscv_csr_names[0]);
    size_t i;

    for (i = 0; i < sizeof(riscv_csr_families) /
                    sizeof(riscv_csr_families[0]); i++) {
        const RiscvCsrFamily *f = &riscv_csr_families[i];

        if (csr >= f->first && csr <= f->last) {
            return f->names[csr - f->first];
        }
    }
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;

        if (riscv_csr_names[mid].csr == csr) {
            return riscv_csr_names[mid].name;
        }
        if (riscv_csr_names[mid].csr < csr) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return NULL;
}

/* The pseudo-instructions QEMU prints for some CSR accesses. */
static const char *rvd_csr_pseudo(unsigned int f3, unsigned int csr,
                                  unsigned int rs1)
{
    static const char *const reads[3] = { "frflags", "frrm", "frcsr" };
    static const char *const counters[3] = { "rdcycle", "rdtime",
                                             "rdinstret" };
    static const char *const counters_h[3] = { "rdcycleh", "rdtimeh",
                                               "rdinstreth" };
    static const char *const writes[3] = { "fsflags", "fsrm", "fscsr" };
    static const char *const writes_imm[3] = { "fsflagsi", "fsrmi", NULL };

    if (f3 == 2 && rs1 == 0) {
        if (csr >= 1 && csr <= 3) {
            return reads[csr - 1];
        }
        if (csr >= 0xc00 && csr <= 0xc02) {
            return counters[csr - 0xc00];
        }
        if (csr >= 0xc80 && csr <= 0xc82) {
            return counters_h[csr - 0xc80];
        }
    } else if (f3 == 1 && csr >= 1 && csr <= 3) {
        return writes[csr - 1];
    } else if (f3 == 5 && csr >= 1 && csr <= 3) {
        return writes_imm[csr - 1];
    }
    return NULL;
}

static void rvd_decode_csr(uint32_t i, RiscvDisasText *t)
{
    static const char *const names[8] = {
        NULL, "csrrw", "csrrs", "csrrc", NULL, "csrrwi", "csrrsi", "csrrci",
    };
    unsigned int f3 = RV_FUNCT3(i), csr = RV_IMM12(i);
    const char *pseudo = rvd_csr_pseudo(f3, csr, RV_RS1(i));
    const char *name = riscv_disas_csr_name(csr);
    char num[8];

    if (pseudo && f3 == 2) {
        rvd_set(t, pseudo, "%s", rvd_xreg[RV_RD(i)]);
    } else if (pseudo && f3 == 1) {
        rvd_set(t, pseudo, "%s,%s", rvd_xreg[RV_RD(i)], rvd_xreg[RV_RS1(i)]);
    } else if (pseudo) {
        rvd_set(t, pseudo, "%s,%u", rvd_xreg[RV_RD(i)], RV_RS1(i));
    } else {
        if (!name) {
            snprintf(num, sizeof(num), "0x%03x", csr);
            name = num;
        }
        if (f3 & 4) {
            rvd_set(t, names[f3], "%s,%s,%u", rvd_xreg[RV_RD(i)], name,
                    RV_RS1(i));
        } else {
            rvd_set(t, names[f3], "%s,%s,%s", rvd_xreg[RV_RD(i)], name,
                    rvd_xreg[RV_RS1(i)]);
        }
    }
}

/* Environment calls, trap returns, wfi and the fences of SYSTEM. */
static void rvd_decode_priv(uint32_t i, RiscvDisasText *t)
{
    static const struct {
        uint32_t insn;
        const char *name;
    } fixed[] = {
        { 0x00000073, "ecall" }, { 0x00100073, "ebreak" },
        { 0x00200073, "uret" }, { 0x10200073, "sret" },
        { 0x20200073, "hret" }, { 0x30200073, "mret" },
        { 0x7b200073, "dret" }, { 0x10500073, "wfi" },
    };
    size_t n;

    for (n = 0; n < sizeof(fixed) / sizeof(fixed[0]); n++) {
        if (i == fixed[n].insn) {
            rvd_set(t, fixed[n].name, "%s", "");
            return;
        }
    }
    if (RV_FUNCT7(i) == 0x09 && RV_RD(i) == 0) {
        rvd_set(t, "sfence.vma", "%s,%s", rvd_xreg[RV_RS1(i)],
                rvd_xreg[RV_RS2(i)]);
    } else if ((i & 0xfff07fff) == 0x10400073) {
        rvd_set(t, "sfence.vm", "%s", rvd_xreg[RV_RS1(i)]);
    } else {
        rvd_illegal(t);
    }
}

void riscv_disas_decode_system(uint32_t i, RiscvDisasText *t)
{
    switch (RV_FUNCT3(i)) {
    case 0:
        rvd_decode_priv(i, t);
        break;
    case 4:
        rvd_illegal(t);
        break;
    default:
        rvd_decode_csr(i, t);
    }
}
