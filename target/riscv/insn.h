/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * insn.h: the interpreter's pre-decoded instruction form and the
 * interfaces between the decoder (decode.c), the decode cache and TLB
 * (tlb.c) and the execution loop (translate.c).  Internal to target/riscv.
 *
 * Every 2-byte position of a guest physical code page has one RISCVInsn
 * slot; an instruction is decoded into the slot of its first byte the
 * first time it runs, and compressed instructions decode to the same
 * operations as their 32-bit expansions.
 */
#ifndef RISCV_INSN_H
#define RISCV_INSN_H

#include "target/riscv/cpu.h"

#if G_BYTE_ORDER != G_LITTLE_ENDIAN
#error "the interpreter reads guest memory in host byte order"
#endif

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

#define RISCV_OPS(X) \
    X(DECODE) X(LOOKUP) X(UNCACHED) X(ILLEGAL) X(NOP) \
    X(LUI) X(AUIPC) X(JAL) X(JALR) \
    X(BEQ) X(BNE) X(BLT) X(BGE) X(BLTU) X(BGEU) \
    X(LB) X(LH) X(LW) X(LD) X(LBU) X(LHU) X(LWU) \
    X(SB) X(SH) X(SW) X(SD) \
    X(ADDI) X(SLTI) X(SLTIU) X(XORI) X(ORI) X(ANDI) \
    X(SLLI) X(SRLI) X(SRAI) \
    X(ADD) X(SUB) X(SLL) X(SLT) X(SLTU) X(XOR) X(SRL) X(SRA) X(OR) X(AND) \
    X(ADDIW) X(SLLIW) X(SRLIW) X(SRAIW) \
    X(ADDW) X(SUBW) X(SLLW) X(SRLW) X(SRAW) \
    X(FENCE_I) X(ECALL) X(EBREAK) X(MRET) X(SRET) X(WFI) X(SFENCE_VMA) \
    X(CSRRW) X(CSRRS) X(CSRRC) X(CSRRWI) X(CSRRSI) X(CSRRCI) \
    X(MUL) X(MULH) X(MULHSU) X(MULHU) X(DIV) X(DIVU) X(REM) X(REMU) \
    X(MULW) X(DIVW) X(DIVUW) X(REMW) X(REMUW) \
    X(LR_W) X(LR_D) X(SC_W) X(SC_D) \
    X(AMOSWAP_W) X(AMOADD_W) X(AMOXOR_W) X(AMOAND_W) X(AMOOR_W) \
    X(AMOMIN_W) X(AMOMAX_W) X(AMOMINU_W) X(AMOMAXU_W) \
    X(AMOSWAP_D) X(AMOADD_D) X(AMOXOR_D) X(AMOAND_D) X(AMOOR_D) \
    X(AMOMIN_D) X(AMOMAX_D) X(AMOMINU_D) X(AMOMAXU_D) \
    X(SH1ADD) X(SH2ADD) X(SH3ADD) X(ADD_UW) \
    X(SH1ADD_UW) X(SH2ADD_UW) X(SH3ADD_UW) X(SLLI_UW) \
    X(ANDN) X(ORN) X(XNOR) X(CLZ) X(CTZ) X(CPOP) X(CLZW) X(CTZW) X(CPOPW) \
    X(MAX) X(MAXU) X(MIN) X(MINU) X(SEXT_B) X(SEXT_H) X(ZEXT_H) \
    X(ROL) X(ROR) X(RORI) X(ROLW) X(RORW) X(RORIW) X(ORC_B) X(REV8) \
    X(CLMUL) X(CLMULH) X(CLMULR) \
    X(BCLR) X(BCLRI) X(BEXT) X(BEXTI) X(BINV) X(BINVI) X(BSET) X(BSETI) \
    X(CBO_CLEAN) X(CBO_FLUSH) X(CBO_INVAL) X(CBO_ZERO) \
    X(FLW) X(FLD) X(FSW) X(FSD) \
    X(FMADD_S) X(FMSUB_S) X(FNMSUB_S) X(FNMADD_S) \
    X(FMADD_D) X(FMSUB_D) X(FNMSUB_D) X(FNMADD_D) \
    X(FADD_S) X(FSUB_S) X(FMUL_S) X(FDIV_S) X(FMIN_S) X(FMAX_S) \
    X(FADD_D) X(FSUB_D) X(FMUL_D) X(FDIV_D) X(FMIN_D) X(FMAX_D) \
    X(FSQRT_S) X(FSQRT_D) X(FSGNJ_S) X(FSGNJ_D) \
    X(FCVT_W_S) X(FCVT_WU_S) X(FCVT_L_S) X(FCVT_LU_S) \
    X(FCVT_W_D) X(FCVT_WU_D) X(FCVT_L_D) X(FCVT_LU_D) \
    X(FCVT_S_W) X(FCVT_S_WU) X(FCVT_S_L) X(FCVT_S_LU) \
    X(FCVT_D_W) X(FCVT_D_WU) X(FCVT_D_L) X(FCVT_D_LU) \
    X(FCVT_S_D) X(FCVT_D_S) \
    X(FMV_X_W) X(FMV_W_X) X(FMV_X_D) X(FMV_D_X) \
    X(FEQ_S) X(FLT_S) X(FLE_S) X(FEQ_D) X(FLT_D) X(FLE_D) \
    X(FCLASS_S) X(FCLASS_D)

#define RISCV_OP_ENUM(name) OP_##name,
typedef enum RISCVOp {
    RISCV_OPS(RISCV_OP_ENUM)
    OP_COUNT
} RISCVOp;
#undef RISCV_OP_ENUM

/*
 * One decoded instruction.  @imm is the sign-extended immediate (LUI and
 * AUIPC: already shifted; CSR ops: the CSR number; shifts: the amount).
 * @rs3 is the third FP source; @rm the rounding mode (FSGNJ: its kind).
 * @raw is the instruction as fetched (16 bits for a compressed one), the
 * tval of an illegal-instruction exception.
 */
typedef struct RISCVInsn {
    uint8_t op;
    uint8_t rd;
    uint8_t rs1;
    uint8_t rs2;
    int32_t imm;
    uint32_t raw;
    uint8_t rs3;
    uint8_t rm;
    uint8_t len;                /* 2 or 4 */
    uint8_t ends_block;         /* control transfer or system insn */
} RISCVInsn;

/* Slots per page, plus two OP_LOOKUP sentinels past the end. */
#define RISCV_PAGE_SLOTS (RISCV_PAGE_SIZE / 2)

typedef struct RISCVCodePage {
    RISCVInsn slot[RISCV_PAGE_SLOTS + 2];
    hwaddr phys;                /* page address */
    uint8_t *host;              /* the page's bytes */
    unsigned epoch;             /* decode_epoch its slots belong to */
} RISCVCodePage;

/* ---- decode.c ---- */
/*
 * Decode the instruction whose bits are @raw (the low 16 bits for a
 * compressed one) for @env's extensions into @insn.  Unknown or disabled
 * encodings become OP_ILLEGAL.
 */
void riscv_decode(CPURISCVState *env, uint32_t raw, RISCVInsn *insn);
/* 2 for a compressed encoding (low bits != 11), else 4. */
static inline int riscv_insn_len(uint32_t raw)
{
    return (raw & 3) == 3 ? 4 : 2;
}

/* ---- tlb.c ---- */
/* Fill @insn from the code at @page's slot @idx and the following ones. */
void riscv_code_page_decode(CPURISCVState *env, RISCVCodePage *page,
                            unsigned idx, target_ulong pc);
/*
 * The code page for fetching at @pc (its entry is refilled when
 * missing).  Returns NULL when @pc must be fetched one instruction at a
 * time (MMIO, a PMP boundary inside the page); raises fetch faults.
 */
RISCVCodePage *riscv_tlb_code_page(CPURISCVState *env, target_ulong pc,
                                   int mmu_idx);
/* Fetch the instruction at @pc without the cache (may cross pages). */
uint32_t riscv_fetch_uncached(CPURISCVState *env, target_ulong pc,
                              int mmu_idx);
/*
 * Slow paths of loads and stores: misalignment (performed, as QEMU
 * does), TLB refill, MMIO, code pages.  Raise faults with tval @addr.
 * riscv_load_aligned raises load-address-misaligned instead (LR).
 */
uint64_t riscv_load_aligned(CPURISCVState *env, target_ulong addr, int size,
                            int mmu_idx);
uint64_t riscv_load_slow(CPURISCVState *env, target_ulong addr, int size,
                         int mmu_idx);
void riscv_store_slow(CPURISCVState *env, target_ulong addr, uint64_t val,
                      int size, int mmu_idx);

/* ---- mem_helper.c ---- */
/* AMOs, LR and SC (rd's value); raise the access's exceptions. */
uint64_t riscv_amo(CPURISCVState *env, RISCVOp op, target_ulong addr,
                   uint64_t src, int mmu_idx);
uint64_t riscv_lr(CPURISCVState *env, RISCVOp op, target_ulong addr,
                  int mmu_idx);
uint64_t riscv_sc(CPURISCVState *env, RISCVOp op, target_ulong addr,
                  uint64_t src, int mmu_idx);
/* Are the menvcfg/senvcfg @bits set for the current privilege? */
bool riscv_cbo_enabled(CPURISCVState *env, uint64_t bits);
void riscv_cbo_mgmt(CPURISCVState *env, target_ulong addr, int mmu_idx);
void riscv_cbo_zero(CPURISCVState *env, target_ulong addr, int mmu_idx);
#define ENVCFG_CBIE (3ULL << 4)
#define ENVCFG_CBCFE (1ULL << 6)
#define ENVCFG_CBZE (1ULL << 7)
/*
 * Translate @addr for @access (MMU_DATA_LOAD or MMU_DATA_STORE) through
 * the TLB, refilling it, and return its RAM host address (NULL for MMIO
 * and ROM stores; *@phys set either way).  *@code tells a store that it
 * must invalidate decodes.  Raises the access's faults.
 */
void *riscv_tlb_host(CPURISCVState *env, target_ulong addr,
                     MMUAccessType access, int mmu_idx, hwaddr *phys,
                     bool *code);
void riscv_tlb_register_hart(CPURISCVState *env);
void riscv_tlb_unregister_hart(CPURISCVState *env);
/* Drop every cached decode (fence.i). */
void riscv_decode_cache_flush(void);
/* The current decode epoch: a page of another epoch must be reset. */
extern unsigned riscv_decode_epoch;
void riscv_code_page_reset(RISCVCodePage *page);

/* ---- op_helper.c ---- */
/* Zicsr; returns true when the CSR was written (state may change). */
bool riscv_csr_op(CPURISCVState *env, const RISCVInsn *insn);
G_NORETURN void riscv_ecall(CPURISCVState *env);
void riscv_cbo(CPURISCVState *env, const RISCVInsn *insn, int mmu_idx);
uint64_t riscv_clmul(uint64_t a, uint64_t b, int which);
/* Raises illegal instruction if mstatus.FS is off. */
void riscv_fp_check(CPURISCVState *env, const RISCVInsn *insn);
/* Every F/D instruction but loads and stores. */
void riscv_fp_op(CPURISCVState *env, const RISCVInsn *insn);

/* ---- translate.c ---- */
/* -accel tcg,one-insn-per-tb=on or a per-block log: blocks of one. */
bool one_insn_per_tb_mode(void);

#endif
