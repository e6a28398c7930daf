/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * translate.c: the interpreter loop, riscv_cpu_exec (CPUClass.cpu_exec
 * of the tcg accelerator) and exceptions.
 *
 * Instructions run from the decode cache (insn.h): the loop dispatches
 * on the pre-decoded slot with computed gotos, falls through to the next
 * slot of the same page, and re-enters the TLB only for jumps out of the
 * page.  Loads and stores hit the software TLB inline; everything else
 * is in mem_helper.c, tlb.c and op_helper.c.  The loop runs a "round" of
 * at most ROUND_INSNS instructions; between rounds riscv_cpu_exec looks
 * at interrupts and exit requests.  Instructions that change the state
 * the loop caches (privilege, translation, interrupt enables) end the
 * round.  env->pc and env->instret are exact before every call that can
 * raise an exception or read them.
 */
#include "qemu/osdep.h"
#include "qemu/log.h"
#include "qemu/main-loop.h"
#include "sysemu/cpu-timers.h"
#include "sysemu/tcg.h"
#include "target/riscv/insn.h"
#include "target/riscv/fpu_helper.h"

#define ROUND_INSNS 4096

bool one_insn_per_tb_mode(void)
{
    return one_insn_per_tb;
}

G_NORETURN void riscv_raise_exception(CPURISCVState *env,
                                      RISCVException cause,
                                      target_ulong tval)
{
    CPUState *cs = env_cpu(env);

    cs->exception_index = cause;
    env->badaddr = tval;
    siglongjmp(cs->jmp_env, 1);
}

static uint64_t sext32(uint64_t v)
{
    return (uint64_t)(int64_t)(int32_t)v;
}

static int64_t div64(int64_t a, int64_t b)
{
    return b == 0 ? -1 : (a == INT64_MIN && b == -1) ? a : a / b;
}

static int64_t rem64(int64_t a, int64_t b)
{
    return b == 0 ? a : (a == INT64_MIN && b == -1) ? 0 : a % b;
}

static uint64_t orc_b(uint64_t v)
{
    uint64_t r = 0;
    int i;

    for (i = 0; i < 64; i += 8) {
        if ((v >> i) & 0xff) {
            r |= 0xffULL << i;
        }
    }
    return r;
}

static uint64_t rol64(uint64_t v, unsigned n)
{
    n &= 63;
    return n ? (v << n) | (v >> (64 - n)) : v;
}

static uint32_t rol32(uint32_t v, unsigned n)
{
    n &= 31;
    return n ? (v << n) | (v >> (32 - n)) : v;
}

#define RD      x[insn->rd]
#define RS1     x[insn->rs1]
#define RS2     x[insn->rs2]
#define IMM     ((int64_t)insn->imm)
#define TLB_IDX(a) (((a) >> RISCV_PAGE_BITS) & (RISCV_TLB_SIZE - 1))
#define NANBOX_S(v) ((uint64_t)(uint32_t)(v) | 0xffffffff00000000ULL)

/*
 * The guest pc of the slot @insn points at.  Slots are 16 bytes for 2
 * bytes of code, so the pc is the slot's host address / 8 plus a delta
 * set whenever @insn moves to another page (exact for any alignment of
 * the slot array: slots of one array are a multiple of 8 bytes apart).
 * Straight-line code then needs no pc update at all.
 */
#define PC()    ((target_ulong)((uintptr_t)insn >> 3) + pc_delta)
#define SET_PC_DELTA() (pc_delta = pc - ((uintptr_t)insn >> 3))

/* State for a helper that may trap: the current instruction not done. */
#define SYNC() do {                                         \
        env->pc = PC();                                     \
        env->instret = base + (budget - left) - 1;          \
    } while (0)
/* The same between instructions (fetch faults). */
#define SYNC_NEXT() do {                                    \
        env->pc = pc;                                       \
        env->instret = base + (budget - left);              \
    } while (0)

#define DISPATCH() do {                                     \
        left--;                                             \
        DISPATCH_COUNTED();                                 \
    } while (0)
#define DISPATCH_COUNTED() do {                             \
        if (unlikely(left < 0)) {                           \
            goto out;                                       \
        }                                                   \
        op = __atomic_load_n(&insn->op, __ATOMIC_ACQUIRE);  \
        goto *labels[op];                                   \
    } while (0)
/* A slot per 2 bytes, 16 bytes a slot: the next is len * 8 bytes on. */
QEMU_BUILD_BUG_ON(sizeof(RISCVInsn) != 16);
QEMU_BUILD_BUG_ON(sizeof(RISCVTLBEntry) != 64);
#define NEXT() do {                                         \
        left--;                                             \
        insn = (RISCVInsn *)((uintptr_t)insn +              \
                             ((uintptr_t)insn->len << 3));  \
        DISPATCH_COUNTED();                                 \
    } while (0)
#define ALU(name, expr) L_##name: RD = (expr); NEXT();
/* Jump to @t, writing @link to rd (after the alignment check). */
#define JUMP_LINK(t, link) do {                             \
        target_ulong t_ = (t), l_ = (link);                 \
        if (unlikely(t_ & ialign)) {                        \
            SYNC();                                         \
            riscv_raise_exception(env, RISCV_EXCP_INST_ADDR_MIS, t_); \
        }                                                   \
        RD = l_;                                            \
        x[0] = 0;                                           \
        pc = t_;                                            \
        goto jump;                                          \
    } while (0)
/* Jump to @t without a link (branches have no rd). */
#define JUMP(t) do {                                        \
        target_ulong t_ = (t);                              \
        if (unlikely(t_ & ialign)) {                        \
            SYNC();                                         \
            riscv_raise_exception(env, RISCV_EXCP_INST_ADDR_MIS, t_); \
        }                                                   \
        pc = t_;                                            \
        goto jump;                                          \
    } while (0)
/*
 * A taken branch within the page moves to its target's slot directly
 * (slots are 8 bytes of host memory per byte of code).  page_vaddr is 1
 * while running an uncached instruction, which then takes JUMP.
 */
#define BRANCH_TAKEN() do {                                 \
        target_ulong bt_ = PC() + IMM;                      \
        if (likely((bt_ & RISCV_PAGE_MASK) == page_vaddr && \
                   !(bt_ & ialign) && !stop_at_jumps)) {    \
            insn = (RISCVInsn *)((uintptr_t)insn + IMM * 8); \
            DISPATCH();                                     \
        }                                                   \
        JUMP(bt_);                                          \
    } while (0)
/* A block ends at a branch, taken or not (seen in per-block logs). */
#define BRANCH(name, cond) \
    L_##name: if (cond) { BRANCH_TAKEN(); } \
    if (unlikely(stop_at_jumps)) { pc = PC() + insn->len; goto done; } \
    NEXT();
#define WRITE_RD(v) do { RD = (v); x[0] = 0; } while (0)

#define LOAD(T, size, addr, out) do {                                   \
        target_ulong a_ = (addr);                                       \
        RISCVTLBEntry *e_ = &dtlb[TLB_IDX(a_)];                         \
        if (likely(e_->tag_read ==                                      \
                   (a_ & (RISCV_PAGE_MASK | ((size) - 1))))) {          \
            T v_;                                                       \
            memcpy(&v_, (void *)(e_->addend + a_), size);               \
            out = v_;                                                   \
        } else {                                                        \
            SYNC();                                                     \
            out = (T)riscv_load_slow(env, a_, size, data_idx);          \
        }                                                               \
    } while (0)
#define STORE(T, size, addr, val) do {                                  \
        target_ulong a_ = (addr);                                       \
        RISCVTLBEntry *e_ = &dtlb[TLB_IDX(a_)];                         \
        if (likely(e_->tag_write ==                                     \
                   (a_ & (RISCV_PAGE_MASK | ((size) - 1))))) {          \
            T v_ = (val);                                               \
            memcpy((void *)(e_->addend + a_), &v_, size);               \
        } else {                                                        \
            SYNC();                                                     \
            riscv_store_slow(env, a_, (T)(val), size, data_idx);        \
        }                                                               \
    } while (0)
#define LOADOP(name, T, size) \
    L_##name: { T v; LOAD(T, size, RS1 + IMM, v); WRITE_RD((int64_t)v); } \
    NEXT();
#define STOREOP(name, T, size) \
    L_##name: STORE(T, size, RS1 + IMM, RS2); NEXT();

/*
 * The common F/D arithmetic calls its helper directly; mstatus.FS off
 * or a reserved rounding mode go the generic way (riscv_fp_op), which
 * raises the illegal-instruction exception.
 */
#define FP_RM() (insn->rm == RISCV_FRM_DYN ? (int)env->frm : insn->rm)
#define FP_DIRECT(name, res) \
    L_##name: {                                                         \
        int rm_ = FP_RM();                                              \
        if (unlikely(!(env->mstatus & MSTATUS_FS) ||                    \
                     rm_ > RISCV_FRM_RMM)) {                            \
            goto fp_generic;                                            \
        }                                                               \
        env->fpr[insn->rd] = (res);                                     \
        env->mstatus |= MSTATUS_FS | MSTATUS_SD;                        \
    }                                                                   \
    NEXT();
#define FP_BINOP(NAME, fn) \
    FP_DIRECT(NAME##_S, helper_##fn##_s(env, FRS1, FRS2, rm_))          \
    FP_DIRECT(NAME##_D, helper_##fn##_d(env, FRS1, FRS2, rm_))
#define FP_FMAOP(NAME, fn) \
    FP_DIRECT(NAME##_S, helper_##fn##_s(env, FRS1, FRS2, FRS3, rm_))    \
    FP_DIRECT(NAME##_D, helper_##fn##_d(env, FRS1, FRS2, FRS3, rm_))
#define FRS1    env->fpr[insn->rs1]
#define FRS2    env->fpr[insn->rs2]
#define FRS3    env->fpr[insn->rs3]

#define LABEL(name) [OP_##name] = &&L_##name,
/*
 * The slot as dispatched, for helpers: another hart may reset the slot's
 * op meanwhile (its other fields only ever get the same values again).
 */
#define CUR() (cur = *insn, cur.op = op, &cur)

/*
 * -d exec / -d cpu: a line (then the registers) per block, after its
 * -d in_asm text as QEMU prints them; @slot stands for the host code.
 */
static void log_block_start(CPURISCVState *env, const void *slot)
{
    CPUState *cs = env_cpu(env);
    FILE *f = qemu_log_trylock();

    if (!f) {
        return;
    }
    if (qemu_loglevel_mask(CPU_LOG_EXEC)) {
        fprintf(f, "Trace %d: %p [00000000/" TARGET_FMT_lx
                "/%08x/%08x] \n", cs->cpu_index, slot, env->pc,
                (unsigned)env->priv, 0u);
    }
    if (qemu_loglevel_mask(CPU_LOG_TB_CPU)) {
        riscv_cpu_dump_state(cs, f, 0);
    }
    qemu_log_unlock(f);
}

/*
 * Run at most @budget instructions from env->pc; returns early when an
 * instruction ends the round, or with @stop_at_jumps after a taken
 * control transfer (per-block logging).  Exceptions leave by longjmp.
 */
static void
riscv_run(CPURISCVState *env, int64_t budget, bool stop_at_jumps)
{
    static const void *const labels[OP_COUNT] = { RISCV_OPS(LABEL) };
    uint64_t *const x = env->gpr;
    const int data_idx = riscv_cpu_mmu_index(env, false);
    const int exec_idx = riscv_cpu_mmu_index(env, true);
    RISCVTLBEntry *const dtlb = env->tlb.e[data_idx];
    RISCVTLBEntry *const itlb = env->tlb.e[exec_idx];
    const target_ulong ialign = riscv_has_ext(env, RVC) ? 0 : 2;
    const uint64_t base = env->instret;
    target_ulong pc = env->pc, page_vaddr = 1, pc_delta = 0;
    int64_t left = budget;
    RISCVCodePage *page = NULL;
    RISCVInsn tmp[3], cur;
    RISCVInsn *insn;
    uintptr_t op;

    goto lookup;

jump:
    if (unlikely(stop_at_jumps)) {
        goto done;
    }
    if (likely((pc & RISCV_PAGE_MASK) == page_vaddr)) {
        insn = &page->slot[(pc & ~RISCV_PAGE_MASK) >> 1];
        DISPATCH();
    }
lookup:
    {
        RISCVTLBEntry *e = &itlb[TLB_IDX(pc)];

        if (likely(e->tag_exec == (pc & RISCV_PAGE_MASK) &&
                   e->code->epoch == riscv_decode_epoch)) {
            page = e->code;
        } else {
            SYNC_NEXT();
            page = riscv_tlb_code_page(env, pc, exec_idx);
            if (!page) {
                goto uncached;
            }
        }
        page_vaddr = pc & RISCV_PAGE_MASK;
        insn = &page->slot[(pc & ~RISCV_PAGE_MASK) >> 1];
        SET_PC_DELTA();
        if (unlikely(stop_at_jumps)) {
            if (insn->op == OP_DECODE) {
                riscv_code_page_decode(env, page, insn - page->slot, pc);
            }
            SYNC_NEXT();
            log_block_start(env, insn);
        }
        DISPATCH();
    }
uncached:
    SYNC_NEXT();
    riscv_decode(env, riscv_fetch_uncached(env, pc, exec_idx), &tmp[0]);
    tmp[1].op = tmp[2].op = OP_LOOKUP;
    page_vaddr = 1;
    insn = tmp;
    SET_PC_DELTA();
    DISPATCH();

L_DECODE:
    riscv_code_page_decode(env, page, insn - page->slot, PC());
    op = __atomic_load_n(&insn->op, __ATOMIC_ACQUIRE);
    goto *labels[op];
L_LOOKUP:
    pc = PC();
    left++;
    goto lookup;
L_UNCACHED:
    pc = PC();
    left++;
    goto uncached;
L_ILLEGAL:
    SYNC();
    riscv_raise_exception(env, RISCV_EXCP_ILLEGAL_INST, insn->raw);
L_NOP:
    NEXT();

    ALU(LUI, IMM)
    ALU(AUIPC, PC() + IMM)
L_JAL:
    JUMP_LINK(PC() + IMM, PC() + insn->len);
L_JALR:
    JUMP_LINK((RS1 + IMM) & ~(target_ulong)1, PC() + insn->len);
    BRANCH(BEQ, RS1 == RS2)
    BRANCH(BNE, RS1 != RS2)
    BRANCH(BLT, (int64_t)RS1 < (int64_t)RS2)
    BRANCH(BGE, (int64_t)RS1 >= (int64_t)RS2)
    BRANCH(BLTU, RS1 < RS2)
    BRANCH(BGEU, RS1 >= RS2)

    LOADOP(LB, int8_t, 1)
    LOADOP(LH, int16_t, 2)
    LOADOP(LW, int32_t, 4)
    LOADOP(LD, int64_t, 8)
    LOADOP(LBU, uint8_t, 1)
    LOADOP(LHU, uint16_t, 2)
    LOADOP(LWU, uint32_t, 4)
    STOREOP(SB, uint8_t, 1)
    STOREOP(SH, uint16_t, 2)
    STOREOP(SW, uint32_t, 4)
    STOREOP(SD, uint64_t, 8)

    ALU(ADDI, RS1 + IMM)
    ALU(SLTI, (int64_t)RS1 < IMM)
    ALU(SLTIU, RS1 < (uint64_t)IMM)
    ALU(XORI, RS1 ^ IMM)
    ALU(ORI, RS1 | IMM)
    ALU(ANDI, RS1 & IMM)
    ALU(SLLI, RS1 << insn->imm)
    ALU(SRLI, RS1 >> insn->imm)
    ALU(SRAI, (int64_t)RS1 >> insn->imm)
    ALU(ADD, RS1 + RS2)
    ALU(SUB, RS1 - RS2)
    ALU(SLL, RS1 << (RS2 & 63))
    ALU(SLT, (int64_t)RS1 < (int64_t)RS2)
    ALU(SLTU, RS1 < RS2)
    ALU(XOR, RS1 ^ RS2)
    ALU(SRL, RS1 >> (RS2 & 63))
    ALU(SRA, (int64_t)RS1 >> (RS2 & 63))
    ALU(OR, RS1 | RS2)
    ALU(AND, RS1 & RS2)
    ALU(ADDIW, sext32(RS1 + IMM))
    ALU(SLLIW, sext32((uint32_t)RS1 << insn->imm))
    ALU(SRLIW, sext32((uint32_t)RS1 >> insn->imm))
    ALU(SRAIW, (int64_t)((int32_t)RS1 >> insn->imm))
    ALU(ADDW, sext32(RS1 + RS2))
    ALU(SUBW, sext32(RS1 - RS2))
    ALU(SLLW, sext32((uint32_t)RS1 << (RS2 & 31)))
    ALU(SRLW, sext32((uint32_t)RS1 >> (RS2 & 31)))
    ALU(SRAW, (int64_t)((int32_t)RS1 >> (RS2 & 31)))

    ALU(MUL, RS1 * RS2)
    ALU(MULH, (uint64_t)(((__int128)(int64_t)RS1 *
                          (__int128)(int64_t)RS2) >> 64))
    ALU(MULHSU, (uint64_t)(((__int128)(int64_t)RS1 *
                            (unsigned __int128)RS2) >> 64))
    ALU(MULHU, (uint64_t)(((unsigned __int128)RS1 * RS2) >> 64))
    ALU(DIV, div64(RS1, RS2))
    ALU(DIVU, RS2 ? RS1 / RS2 : UINT64_MAX)
    ALU(REM, rem64(RS1, RS2))
    ALU(REMU, RS2 ? RS1 % RS2 : RS1)
    ALU(MULW, sext32(RS1 * RS2))
    ALU(DIVW, sext32(div64((int32_t)RS1, (int32_t)RS2)))
    ALU(DIVUW, (uint32_t)RS2 ? sext32((uint32_t)RS1 / (uint32_t)RS2) :
               UINT64_MAX)
    ALU(REMW, sext32(rem64((int32_t)RS1, (int32_t)RS2)))
    ALU(REMUW, sext32((uint32_t)RS2 ? (uint32_t)RS1 % (uint32_t)RS2 :
                      (uint32_t)RS1))

    ALU(SH1ADD, (RS1 << 1) + RS2)
    ALU(SH2ADD, (RS1 << 2) + RS2)
    ALU(SH3ADD, (RS1 << 3) + RS2)
    ALU(ADD_UW, (uint64_t)(uint32_t)RS1 + RS2)
    ALU(SH1ADD_UW, ((uint64_t)(uint32_t)RS1 << 1) + RS2)
    ALU(SH2ADD_UW, ((uint64_t)(uint32_t)RS1 << 2) + RS2)
    ALU(SH3ADD_UW, ((uint64_t)(uint32_t)RS1 << 3) + RS2)
    ALU(SLLI_UW, (uint64_t)(uint32_t)RS1 << insn->imm)
    ALU(ANDN, RS1 & ~RS2)
    ALU(ORN, RS1 | ~RS2)
    ALU(XNOR, ~(RS1 ^ RS2))
    ALU(CLZ, RS1 ? __builtin_clzll(RS1) : 64)
    ALU(CTZ, RS1 ? __builtin_ctzll(RS1) : 64)
    ALU(CPOP, __builtin_popcountll(RS1))
    ALU(CLZW, (uint32_t)RS1 ? __builtin_clz((uint32_t)RS1) : 32)
    ALU(CTZW, (uint32_t)RS1 ? __builtin_ctz((uint32_t)RS1) : 32)
    ALU(CPOPW, __builtin_popcount((uint32_t)RS1))
    ALU(MAX, (int64_t)RS1 > (int64_t)RS2 ? RS1 : RS2)
    ALU(MAXU, RS1 > RS2 ? RS1 : RS2)
    ALU(MIN, (int64_t)RS1 < (int64_t)RS2 ? RS1 : RS2)
    ALU(MINU, RS1 < RS2 ? RS1 : RS2)
    ALU(SEXT_B, (int64_t)(int8_t)RS1)
    ALU(SEXT_H, (int64_t)(int16_t)RS1)
    ALU(ZEXT_H, (uint16_t)RS1)
    ALU(ROL, rol64(RS1, RS2))
    ALU(ROR, rol64(RS1, 64 - (RS2 & 63)))
    ALU(RORI, rol64(RS1, 64 - insn->imm))
    ALU(ROLW, sext32(rol32(RS1, RS2)))
    ALU(RORW, sext32(rol32(RS1, 32 - (RS2 & 31))))
    ALU(RORIW, sext32(rol32(RS1, 32 - insn->imm)))
    ALU(ORC_B, orc_b(RS1))
    ALU(REV8, __builtin_bswap64(RS1))
    ALU(CLMUL, riscv_clmul(RS1, RS2, 0))
    ALU(CLMULH, riscv_clmul(RS1, RS2, 1))
    ALU(CLMULR, riscv_clmul(RS1, RS2, 2))
    ALU(BCLR, RS1 & ~(1ULL << (RS2 & 63)))
    ALU(BCLRI, RS1 & ~(1ULL << insn->imm))
    ALU(BEXT, (RS1 >> (RS2 & 63)) & 1)
    ALU(BEXTI, (RS1 >> insn->imm) & 1)
    ALU(BINV, RS1 ^ (1ULL << (RS2 & 63)))
    ALU(BINVI, RS1 ^ (1ULL << insn->imm))
    ALU(BSET, RS1 | (1ULL << (RS2 & 63)))
    ALU(BSETI, RS1 | (1ULL << insn->imm))

L_LR_W:
L_LR_D:
    SYNC();
    WRITE_RD(riscv_lr(env, op, RS1, data_idx));
    NEXT();
L_SC_W:
L_SC_D:
    SYNC();
    WRITE_RD(riscv_sc(env, op, RS1, RS2, data_idx));
    NEXT();
L_AMOSWAP_W: L_AMOADD_W: L_AMOXOR_W: L_AMOAND_W: L_AMOOR_W:
L_AMOMIN_W: L_AMOMAX_W: L_AMOMINU_W: L_AMOMAXU_W:
L_AMOSWAP_D: L_AMOADD_D: L_AMOXOR_D: L_AMOAND_D: L_AMOOR_D:
L_AMOMIN_D: L_AMOMAX_D: L_AMOMINU_D: L_AMOMAXU_D:
    SYNC();
    WRITE_RD(riscv_amo(env, op, RS1, RS2, data_idx));
    NEXT();

L_CBO_CLEAN:
L_CBO_FLUSH:
L_CBO_INVAL:
L_CBO_ZERO:
    SYNC();
    riscv_cbo(env, CUR(), data_idx);
    NEXT();

L_FLW:
L_FLD:
    if (unlikely(!(env->mstatus & MSTATUS_FS))) {
        goto L_ILLEGAL;
    }
    if (op == OP_FLW) {
        uint32_t v;

        LOAD(uint32_t, 4, RS1 + IMM, v);
        env->fpr[insn->rd] = NANBOX_S(v);
    } else {
        LOAD(uint64_t, 8, RS1 + IMM, env->fpr[insn->rd]);
    }
    env->mstatus |= MSTATUS_FS | MSTATUS_SD;
    NEXT();
L_FSW:
    if (unlikely(!(env->mstatus & MSTATUS_FS))) {
        goto L_ILLEGAL;
    }
    STORE(uint32_t, 4, RS1 + IMM, env->fpr[insn->rs2]);
    NEXT();
L_FSD:
    if (unlikely(!(env->mstatus & MSTATUS_FS))) {
        goto L_ILLEGAL;
    }
    STORE(uint64_t, 8, RS1 + IMM, env->fpr[insn->rs2]);
    NEXT();

    FP_FMAOP(FMADD, fmadd)
    FP_FMAOP(FMSUB, fmsub)
    FP_FMAOP(FNMSUB, fnmsub)
    FP_FMAOP(FNMADD, fnmadd)
    FP_BINOP(FADD, fadd)
    FP_BINOP(FSUB, fsub)
    FP_BINOP(FMUL, fmul)
    FP_BINOP(FDIV, fdiv)
fp_generic:
L_FMIN_S: L_FMAX_S: L_FMIN_D: L_FMAX_D:
L_FSQRT_S: L_FSQRT_D: L_FSGNJ_S: L_FSGNJ_D:
L_FCVT_W_S: L_FCVT_WU_S: L_FCVT_L_S: L_FCVT_LU_S:
L_FCVT_W_D: L_FCVT_WU_D: L_FCVT_L_D: L_FCVT_LU_D:
L_FCVT_S_W: L_FCVT_S_WU: L_FCVT_S_L: L_FCVT_S_LU:
L_FCVT_D_W: L_FCVT_D_WU: L_FCVT_D_L: L_FCVT_D_LU:
L_FCVT_S_D: L_FCVT_D_S:
L_FMV_X_W: L_FMV_W_X: L_FMV_X_D: L_FMV_D_X:
L_FEQ_S: L_FLT_S: L_FLE_S: L_FEQ_D: L_FLT_D: L_FLE_D:
L_FCLASS_S: L_FCLASS_D:
    SYNC();
    riscv_fp_op(env, CUR());
    NEXT();

L_CSRRW: L_CSRRS: L_CSRRC: L_CSRRWI: L_CSRRSI: L_CSRRCI:
    SYNC();
    if (riscv_csr_op(env, CUR()) || stop_at_jumps) {
        pc = PC() + insn->len;
        goto done;
    }
    NEXT();
L_ECALL:
    SYNC();
    riscv_ecall(env);
L_EBREAK:
    SYNC();
    riscv_raise_exception(env, RISCV_EXCP_BREAKPOINT, PC());
L_MRET:
    SYNC();
    pc = helper_mret(env);
    goto done;
L_SRET:
    SYNC();
    pc = helper_sret(env);
    goto done;
L_WFI:
    SYNC();
    pc = PC() + insn->len;
    env->tlb.wfi_next_pc = pc;
    helper_wfi(env);
    goto done;
L_SFENCE_VMA:
    SYNC();
    helper_sfence_vma(env);
    pc = PC() + insn->len;
    goto done;
L_FENCE_I:
    riscv_decode_cache_flush();
    pc = PC() + insn->len;
    goto done;

done:
    env->pc = pc;
    env->instret = base + (budget - left);
    return;
out:
    env->pc = PC();
    env->instret = base + budget;
}

static bool per_block_mode(void)
{
    return qemu_loglevel_mask(CPU_LOG_EXEC | CPU_LOG_TB_CPU |
                              CPU_LOG_TB_NOCHAIN);
}

/* Interrupts and exit requests between rounds: an EXCP_* or 0. */
static int exec_check_requests(CPUState *cs)
{
    uint32_t irq = __atomic_load_n(&cs->interrupt_request, __ATOMIC_ACQUIRE);

    if (unlikely(irq)) {
        if (irq & CPU_INTERRUPT_HARD) {
            bool taken = !qemu_mutex_iothread_locked();

            if (taken) {
                qemu_mutex_lock_iothread();
            }
            riscv_cpu_exec_interrupt(cs, irq);
            if (taken) {
                qemu_mutex_unlock_iothread();
            }
        }
        if (irq & CPU_INTERRUPT_EXITTB) {
            __atomic_and_fetch(&cs->interrupt_request, ~CPU_INTERRUPT_EXITTB,
                               __ATOMIC_SEQ_CST);
        }
    }
    if (unlikely(__atomic_load_n(&cs->exit_request, __ATOMIC_ACQUIRE))) {
        __atomic_store_n(&cs->exit_request, 0, __ATOMIC_RELEASE);
        return EXCP_INTERRUPT;
    }
    if (icount_enabled() && cs->icount_budget <= 0) {
        return EXCP_INTERRUPT;
    }
    return 0;
}

/* -icount: charge what ran since the round began. */
static void exec_charge(CPUState *cs, CPURISCVState *env)
{
    if (icount_enabled()) {
        cs->icount_budget -= env->instret - env->tlb.round_start;
    }
    env->tlb.round_start = env->instret;
}

static int64_t exec_round_size(CPUState *cs)
{
    int64_t n = one_insn_per_tb ? 1 : ROUND_INSNS;

    if (icount_enabled() && cs->icount_budget < n) {
        n = cs->icount_budget;
    }
    return n;
}

/* After a longjmp: EXCP_* to return, or 0 once the trap is taken. */
static int exec_handle_exception(CPUState *cs, CPURISCVState *env)
{
    int excp = cs->exception_index;

    if (excp == EXCP_HLT) {
        /* helper_wfi halted the hart: the wfi retired. */
        env->pc = env->tlb.wfi_next_pc;
        env->instret++;
    }
    exec_charge(cs, env);
    if (excp >= EXCP_INTERRUPT) {
        cs->exception_index = -1;
        return excp;
    }
    riscv_cpu_do_interrupt(cs);
    cs->exception_index = -1;
    return 0;
}

int riscv_cpu_exec(CPUState *cs)
{
    CPURISCVState *env = &container_of(cs, RISCVCPU, parent_obj)->env;
    int ret;

    if (cs->halted) {
        if (!riscv_cpu_has_work(cs)) {
            return EXCP_HALTED;
        }
        cs->halted = 0;
    }
    env->tlb.round_start = env->instret;
    if (sigsetjmp(cs->jmp_env, 0) != 0) {
        ret = exec_handle_exception(cs, env);
        if (ret) {
            return ret;
        }
    }
    for (;;) {
        ret = exec_check_requests(cs);
        if (ret) {
            return ret;
        }
        riscv_run(env, exec_round_size(cs), per_block_mode());
        exec_charge(cs, env);
    }
}
