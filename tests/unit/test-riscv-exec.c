/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-riscv-exec.c: the RISC-V interpreter on hand-encoded programs:
 * a hart of the rv64 model over RAM at 0x80000000, run with an
 * instruction budget (-icount's) so each test ends at a known point,
 * then its registers and memory checked.  Integer, M, A, C and Zb*
 * edge values, self-modifying code, TLB refills, MMIO and instret.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/main-loop.h"
#include "qemu/module.h"
#include "qemu/log.h"
#include "sysemu/cpu-timers.h"
#include "sysemu/tcg.h"
#include "target/riscv/cpu.h"
#include "riscv-asm.h"

#define RAM_BASE 0x80000000ULL
#define RAM_SIZE (1 * MiB)
#define DATA (RAM_BASE + 0x10000)   /* scratch data area */
#define MMIO_BASE 0x10000000ULL

static RISCVCPU *cpu;
static CPURISCVState *env;
static uint8_t *ram;
static MemoryRegion ram_mr, mmio_mr;
static uint64_t mmio_last_write;
static unsigned mmio_writes;

static uint64_t mmio_read(void *opaque, hwaddr addr, unsigned size)
{
    return 0x1122334455667788ULL >> (8 * (addr & 7));
}

static void mmio_write(void *opaque, hwaddr addr, uint64_t val, unsigned size)
{
    mmio_last_write = val;
    mmio_writes++;
}

static const MemoryRegionOps mmio_ops = {
    .read = mmio_read,
    .write = mmio_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid = { .min_access_size = 1, .max_access_size = 8 },
    .impl = { .min_access_size = 1, .max_access_size = 8 },
};

static void setup(void)
{
    module_call_init(MODULE_INIT_QOM);
    qemu_init_main_loop(&error_abort);
    memory_region_init_ram(&ram_mr, NULL, "ram", RAM_SIZE, &error_abort);
    memory_region_add_subregion(get_system_memory(), RAM_BASE, &ram_mr);
    memory_region_init_io(&mmio_mr, NULL, &mmio_ops, NULL, "mmio", 0x1000);
    memory_region_add_subregion(get_system_memory(), MMIO_BASE, &mmio_mr);
    ram = memory_region_get_ram_ptr(&ram_mr);
    cpu = RISCV_CPU(object_new(TYPE_RISCV_CPU_BASE64));
    qdev_realize(DEVICE(cpu), NULL, &error_abort);
    env = &cpu->env;
    use_icount = 1;
}

/* Reset the hart and put @n instructions at RAM_BASE (+ a self-loop). */
static void load(const uint32_t *code, size_t n)
{
    size_t i;

    cpu_reset(CPU(cpu));
    env->pc = RAM_BASE;
    env->mstatus |= MSTATUS_FS;
    memset(ram, 0, 0x20000);
    for (i = 0; i < n; i++) {
        memcpy(ram + 4 * i, &code[i], 4);
    }
    memcpy(ram + 4 * n, &(uint32_t){ JAL(0, 0) }, 4);
    tb_invalidate_phys_range(RAM_BASE, RAM_BASE + 0x20000);
}

/* Put 16-bit instructions at RAM_BASE, then a self-loop. */
static void load16(const uint16_t *code, size_t n)
{
    uint32_t loop = JAL(0, 0);

    load(NULL, 0);
    memcpy(ram, code, 2 * n);
    memcpy(ram + 2 * n, &loop, 4);
    tb_invalidate_phys_range(RAM_BASE, RAM_BASE + 0x1000);
}

/* Run exactly @insns instructions. */
static void run(int64_t insns)
{
    CPUState *cs = CPU(cpu);
    int ret;

    cs->icount_budget = insns;
    ret = riscv_cpu_exec(cs);
    g_assert_cmpint(ret, ==, EXCP_INTERRUPT);
    g_assert_cmpint(cs->icount_budget, ==, 0);
}

/* Load and run the whole program (and nothing of the self-loop). */
#define RUN(...) do {                                           \
        static const uint32_t code_[] = { __VA_ARGS__ };        \
        load(code_, ARRAY_SIZE(code_));                         \
        run(ARRAY_SIZE(code_));                                 \
    } while (0)

/* Load a 64-bit constant @v into @rd: lui/addi pairs through x31. */
static void set_reg(int rd, uint64_t v)
{
    env->gpr[rd] = v;
}

#define X(n) (env->gpr[n])

static void test_alu(void)
{
    load((uint32_t[]) {
        ADDI(1, 0, -1), SLLI(2, 1, 63), SRLI(3, 1, 63), SRAI(4, 2, 63),
        LUI(5, 0x80000), AUIPC(6, 1), SLTI(7, 1, 0), SLTIU(8, 0, -1),
        ADDIW(9, 5, -1), SLLIW(10, 1, 31), SRLIW(11, 1, 1), SRAIW(12, 10, 4),
        ADD(13, 0, 0), XORI(14, 1, 0x555), ORI(0, 1, 1),
    }, 15);
    run(15);
    g_assert_cmphex(X(1), ==, UINT64_MAX);
    g_assert_cmphex(X(2), ==, 1ULL << 63);
    g_assert_cmphex(X(3), ==, 1);
    g_assert_cmphex(X(4), ==, UINT64_MAX);
    g_assert_cmphex(X(5), ==, 0xffffffff80000000ULL);
    g_assert_cmphex(X(6), ==, RAM_BASE + 5 * 4 + 0x1000);
    g_assert_cmphex(X(7), ==, 1);
    g_assert_cmphex(X(8), ==, 1);
    g_assert_cmphex(X(9), ==, 0x7fffffff);       /* 32-bit wrap */
    g_assert_cmphex(X(10), ==, 0xffffffff80000000ULL);
    g_assert_cmphex(X(11), ==, 0x7fffffff);
    g_assert_cmphex(X(12), ==, 0xfffffffff8000000ULL);
    g_assert_cmphex(X(14), ==, ~0x555ULL);
    g_assert_cmphex(X(0), ==, 0);
    g_assert_cmphex(env->pc, ==, RAM_BASE + 15 * 4);
}

static void test_alu_reg(void)
{
    load((uint32_t[]) {
        SUB(3, 1, 2), SLL(4, 1, 2), SRL(5, 1, 2), SRA(6, 1, 2),
        SLT(7, 1, 2), SLTU(8, 1, 2), ADDW(9, 1, 1), SUBW(10, 0, 1),
        SLLW(11, 1, 2), SRLW(12, 1, 2), SRAW(13, 1, 2), AND(14, 1, 2),
        OR(15, 1, 2), XOR(16, 1, 2),
    }, 14);
    set_reg(1, 0x8000000080000001ULL);
    set_reg(2, 64 + 63);                /* shifts use the low 6 bits */
    run(14);
    g_assert_cmphex(X(3), ==, 0x8000000080000001ULL - 127);
    g_assert_cmphex(X(4), ==, 1ULL << 63);
    g_assert_cmphex(X(5), ==, 1);
    g_assert_cmphex(X(6), ==, UINT64_MAX);
    g_assert_cmphex(X(7), ==, 1);
    g_assert_cmphex(X(8), ==, 0);
    g_assert_cmphex(X(9), ==, 2);
    g_assert_cmphex(X(10), ==, 0x7fffffffULL);
    g_assert_cmphex(X(11), ==, 0xffffffff80000000ULL);     /* << 31 */
    g_assert_cmphex(X(12), ==, 1);
    g_assert_cmphex(X(13), ==, UINT64_MAX);
    g_assert_cmphex(X(14), ==, 0x7f & 0x8000000080000001ULL);
    g_assert_cmphex(X(15), ==, 0x8000000080000001ULL | 0x7f);
    g_assert_cmphex(X(16), ==, 0x8000000080000001ULL ^ 0x7f);
}

static void test_muldiv(void)
{
    load((uint32_t[]) {
        DIV(3, 1, 0), DIVU(4, 1, 0), REM(5, 1, 0), REMU(6, 1, 0),
        DIV(7, 1, 2), REM(8, 1, 2), MULH(9, 1, 1), MULHU(10, 2, 2),
        MULHSU(11, 2, 2), DIVW(12, 20, 2), REMW(13, 20, 2), DIVUW(14, 1, 0),
        REMUW(15, 20, 0), MULW(16, 20, 20), MUL(17, 1, 2), DIVW(18, 20, 0),
    }, 16);
    set_reg(1, 1ULL << 63);             /* INT64_MIN */
    set_reg(2, UINT64_MAX);             /* -1 */
    set_reg(20, 0xffffffff80000000ULL); /* INT32_MIN */
    run(16);
    g_assert_cmphex(X(3), ==, UINT64_MAX);
    g_assert_cmphex(X(4), ==, UINT64_MAX);
    g_assert_cmphex(X(5), ==, 1ULL << 63);
    g_assert_cmphex(X(6), ==, 1ULL << 63);
    g_assert_cmphex(X(7), ==, 1ULL << 63);      /* overflow */
    g_assert_cmphex(X(8), ==, 0);
    g_assert_cmphex(X(9), ==, 1ULL << 62);
    g_assert_cmphex(X(10), ==, UINT64_MAX - 1);
    g_assert_cmphex(X(11), ==, UINT64_MAX);
    g_assert_cmphex(X(12), ==, 0xffffffff80000000ULL);
    g_assert_cmphex(X(13), ==, 0);
    g_assert_cmphex(X(14), ==, UINT64_MAX);
    g_assert_cmphex(X(15), ==, 0xffffffff80000000ULL);
    g_assert_cmphex(X(16), ==, 0);
    g_assert_cmphex(X(17), ==, 1ULL << 63);
    g_assert_cmphex(X(18), ==, UINT64_MAX);
}

static void test_branches(void)
{
    load((uint32_t[]) {
        /* 0 */ BEQ(1, 2, 8),          /* not taken */
        /* 4 */ BNE(1, 2, 8),          /* taken -> 12 */
        /* 8 */ ADDI(10, 0, 99),
        /* 12 */ BLT(2, 1, 8),         /* -1 < 5 -> 20 */
        /* 16 */ ADDI(10, 0, 98),
        /* 20 */ BLTU(2, 1, 8),        /* not taken */
        /* 24 */ BGEU(2, 1, 8),        /* -> 32 */
        /* 28 */ ADDI(10, 0, 97),
        /* 32 */ JAL(5, 8),            /* -> 40, x5 = 36 */
        /* 36 */ ADDI(10, 0, 96),
        /* 40 */ JALR(6, 5, 9),        /* (36+9)&~1 = 44, x6 = 44 */
        /* 44 */ BGE(1, 2, -44),       /* 5 >= -1: -> 0 ... */
    }, 12);
    set_reg(1, 5);
    set_reg(2, UINT64_MAX);
    set_reg(8, 0x1234);     /* bits 11:7 of "bne +8" are not an rd */
    run(8);
    g_assert_cmphex(X(8), ==, 0x1234);
    g_assert_cmphex(X(10), ==, 0);
    g_assert_cmphex(X(5), ==, RAM_BASE + 36);
    g_assert_cmphex(X(6), ==, RAM_BASE + 44);
    g_assert_cmphex(env->pc, ==, RAM_BASE);
}

static void test_loads_stores(void)
{
    load((uint32_t[]) {
        SD(2, 1, 0), LB(3, 1, 7), LBU(4, 1, 7), LH(5, 1, 6), LHU(6, 1, 6),
        LW(7, 1, 4), LWU(8, 1, 4), LD(9, 1, 0), SB(2, 1, 16), SH(2, 1, 24),
        SW(2, 1, 32), LD(10, 1, 16), LD(11, 1, 24), LD(12, 1, 32),
        LD(0, 1, 0),
    }, 15);
    set_reg(1, DATA);
    set_reg(2, 0x8badf00d80706050ULL);
    run(15);
    g_assert_cmphex(X(3), ==, (uint64_t)(int8_t)0x8b);
    g_assert_cmphex(X(4), ==, 0x8b);
    g_assert_cmphex(X(5), ==, (uint64_t)(int16_t)0x8bad);
    g_assert_cmphex(X(6), ==, 0x8bad);
    g_assert_cmphex(X(7), ==, 0xffffffff8badf00dULL);
    g_assert_cmphex(X(8), ==, 0x8badf00dULL);
    g_assert_cmphex(X(9), ==, 0x8badf00d80706050ULL);
    g_assert_cmphex(X(10), ==, 0x50);
    g_assert_cmphex(X(11), ==, 0x6050);
    g_assert_cmphex(X(12), ==, 0x80706050);
    g_assert_cmphex(X(0), ==, 0);
}

static void test_compressed(void)
{
    const uint16_t code[] = {
        C_LI(8, -3), C_ADDI(8, 10), C_LUI(9, 0x1f), C_SLLI(9, 4),
        C_MV(10, 8), C_ADD(10, 8), C_ADDIW(11, -1), C_SRLI(9, 8),
        C_SRAI(10, 1), C_ANDI(10, 0x1e), C_SUB(10, 8), C_XOR(12, 8),
        C_OR(12, 9), C_AND(12, 10), C_SUBW(13, 8), C_ADDW(13, 8),
        C_SW(8, 14, 4), C_LW(15, 14, 4), C_SD(9, 14, 8), C_LD(15, 14, 8),
        C_SDSP(10, 16), C_LDSP(16, 16),
        C_BEQZ(8, 4), C_BNEZ(8, 4), C_NOP, C_J(4), C_NOP, C_NOP,
    };

    load16(code, ARRAY_SIZE(code));
    set_reg(2, DATA + 0x100);
    set_reg(11, 0);
    set_reg(12, 0x0f);
    set_reg(13, 0);
    set_reg(14, DATA);
    run(ARRAY_SIZE(code) - 2);
    g_assert_cmphex(X(8), ==, 7);
    g_assert_cmphex(X(9), ==, 0x1f00);
    g_assert_cmphex(X(11), ==, UINT64_MAX);
    g_assert_cmphex(X(10), ==, UINT64_MAX);     /* (14 >> 1 & 0x1e) - 7 */
    g_assert_cmphex(X(12), ==, 0x1f08);
    g_assert_cmphex(X(13), ==, 0);
    g_assert_cmphex(X(15), ==, 0x1f00);
    g_assert_cmphex(X(16), ==, UINT64_MAX);
    g_assert_cmphex(ldl_le_phys(&address_space_memory, DATA + 4), ==, 7);
    g_assert_cmphex(env->pc, ==, RAM_BASE + 2 * ARRAY_SIZE(code));
}

static void test_atomics(void)
{
    uint64_t v;

    load((uint32_t[]) {
        AMOADD_D(3, 1, 2), AMOSWAP_D(4, 1, 2), AMOADD_W(5, 1, 2),
        AMOMIN_W(6, 1, 2), AMOMAXU_D(7, 1, 2), AMOOR_W(8, 1, 2),
        LR_D(9, 1), SC_D(10, 1, 2), SC_D(11, 1, 2),     /* 2nd: no resv */
        LR_W(12, 1), SC_W(13, 20, 2),                   /* wrong addr */
    }, 11);
    set_reg(1, DATA);
    set_reg(2, 0xfffffffffffffff0ULL);
    set_reg(20, DATA + 8);
    stq_le_phys(&address_space_memory, DATA, 5);
    run(11);
    g_assert_cmphex(X(3), ==, 5);
    g_assert_cmphex(X(4), ==, 5 - 16);
    g_assert_cmphex(X(5), ==, (uint64_t)-16);         /* sign-extended */
    g_assert_cmphex(X(6), ==, (uint64_t)-32);
    g_assert_cmphex(X(10), ==, 0);
    g_assert_cmphex(X(11), ==, 1);
    g_assert_cmphex(X(13), ==, 1);
    g_assert_cmphex(env->load_res, ==, (target_ulong)-1);
    v = ldq_le_phys(&address_space_memory, DATA);
    g_assert_cmphex(v, ==, 0xfffffffffffffff0ULL);
}

static void test_zb(void)
{
    load((uint32_t[]) {
        SH1ADD(3, 1, 2), SH3ADD(4, 1, 2), ADD_UW(5, 2, 1),
        SH2ADD_UW(6, 2, 1), SLLI_UW(7, 2, 40), ANDN(8, 2, 1), ORN(9, 0, 1),
        XNOR(10, 1, 1), CLZ(11, 1), CTZ(12, 1), CPOP(13, 2), CLZW(14, 0),
        CTZW(15, 0), CPOPW(16, 2), ZMIN(17, 1, 2), ZMINU(18, 1, 2),
        ZMAX(19, 1, 2), ZMAXU(20, 1, 2), SEXT_B(21, 2), SEXT_H(22, 2),
        ZEXT_H(23, 2), ROL(24, 2, 1), ROR(25, 2, 1), RORI(26, 2, 63),
        ROLW(27, 2, 1), RORW(28, 2, 1), RORIW(29, 2, 31), ORC_B(30, 2),
        REV8(31, 2),
    }, 29);
    set_reg(1, 0x10);
    set_reg(2, 0xf0000000f0008081ULL);
    run(29);
    g_assert_cmphex(X(3), ==, 0x20 + 0xf0000000f0008081ULL);
    g_assert_cmphex(X(4), ==, 0x80 + 0xf0000000f0008081ULL);
    g_assert_cmphex(X(5), ==, 0xf0008081ULL + 0x10);
    g_assert_cmphex(X(6), ==, (0xf0008081ULL << 2) + 0x10);
    g_assert_cmphex(X(7), ==, 0xf0008081ULL << 40);
    g_assert_cmphex(X(8), ==, 0xf0000000f0008081ULL);
    g_assert_cmphex(X(9), ==, ~0x10ULL);
    g_assert_cmphex(X(10), ==, UINT64_MAX);
    g_assert_cmphex(X(11), ==, 59);
    g_assert_cmphex(X(12), ==, 4);
    g_assert_cmphex(X(13), ==, 4 + 4 + 2 + 1);
    g_assert_cmphex(X(14), ==, 32);
    g_assert_cmphex(X(15), ==, 32);
    g_assert_cmphex(X(16), ==, 4 + 2 + 1);
    g_assert_cmphex(X(17), ==, 0xf0000000f0008081ULL);
    g_assert_cmphex(X(18), ==, 0x10);
    g_assert_cmphex(X(19), ==, 0x10);
    g_assert_cmphex(X(20), ==, 0xf0000000f0008081ULL);
    g_assert_cmphex(X(21), ==, (uint64_t)(int8_t)0x81);
    g_assert_cmphex(X(22), ==, (uint64_t)(int16_t)0x8081);
    g_assert_cmphex(X(23), ==, 0x8081);
    g_assert_cmphex(X(24), ==, 0x0000f0008081f000ULL);
    g_assert_cmphex(X(25), ==, 0x8081f0000000f000ULL);
    g_assert_cmphex(X(26), ==, (0xf0000000f0008081ULL << 1) |
                    (0xf0000000f0008081ULL >> 63));
    g_assert_cmphex(X(27), ==, 0xffffffff8081f000ULL);
    g_assert_cmphex(X(28), ==, 0xffffffff8081f000ULL);
    g_assert_cmphex(X(29), ==, (uint64_t)(int32_t)0xe0010103);
    g_assert_cmphex(X(30), ==, 0xff000000ff00ffffULL);
    g_assert_cmphex(X(31), ==, 0x818000f0000000f0ULL);
}

static void test_zbs_zbc(void)
{
    load((uint32_t[]) {
        BCLR(3, 2, 1), BEXT(4, 2, 1), BINV(5, 2, 1), BSET(6, 2, 1),
        BCLRI(7, 2, 63), BEXTI(8, 2, 63), BINVI(9, 2, 0), BSETI(10, 0, 62),
        CLMUL(11, 20, 21), CLMULH(12, 20, 21), CLMULR(13, 20, 21),
    }, 11);
    set_reg(1, 64 + 7);                 /* bit 7 */
    set_reg(2, 0x8000000000000081ULL);
    set_reg(20, 0x8000000000000003ULL);
    set_reg(21, 0x3);
    run(11);
    g_assert_cmphex(X(3), ==, 0x8000000000000001ULL);
    g_assert_cmphex(X(4), ==, 1);
    g_assert_cmphex(X(5), ==, 0x8000000000000001ULL);
    g_assert_cmphex(X(6), ==, 0x8000000000000081ULL);
    g_assert_cmphex(X(7), ==, 0x81);
    g_assert_cmphex(X(8), ==, 1);
    g_assert_cmphex(X(9), ==, 0x8000000000000080ULL);
    g_assert_cmphex(X(10), ==, 1ULL << 62);
    /* (2^63 + 3) clmul 3 = 2^63 ^ 2^64 ^ 3 ^ 6 */
    g_assert_cmphex(X(11), ==, 0x8000000000000005ULL);
    g_assert_cmphex(X(12), ==, 1);
    g_assert_cmphex(X(13), ==, 0x3);
}

static void test_instret(void)
{
    uint64_t before;

    load((uint32_t[]) { ADDI(1, 1, 1), JAL(0, -4) }, 2);
    before = env->instret;
    run(1001);
    g_assert_cmpuint(env->instret - before, ==, 1001);
    g_assert_cmpuint(X(1), ==, 501);
    g_assert_cmphex(env->pc, ==, RAM_BASE + 4);
}

/* A store over a decoded instruction is seen by the next execution. */
static void test_self_modifying(void)
{
    load((uint32_t[]) {
        /* 0 */ ADDI(5, 5, 1),
        /* 4 */ SW(2, 1, 0),       /* overwrite insn 0 with x2 */
        /* 8 */ JAL(0, -8),
    }, 3);
    set_reg(1, RAM_BASE);
    set_reg(2, ADDI(5, 5, 16));
    run(3);
    g_assert_cmpuint(X(5), ==, 1);
    run(3);
    g_assert_cmpuint(X(5), ==, 17);
}

/* fence.i and writes from outside the hart (DMA, loaders). */
static void test_external_write(void)
{
    uint32_t insn = ADDI(5, 5, 100);

    load((uint32_t[]) { ADDI(5, 5, 1), JAL(0, -4), FENCE_I, JAL(0, -12) },
         4);
    run(2);
    g_assert_cmpuint(X(5), ==, 1);
    address_space_write(&address_space_memory, RAM_BASE,
                        MEMTXATTRS_UNSPECIFIED, &insn, 4);
    run(2);
    g_assert_cmpuint(X(5), ==, 101);
    /* A write behind the decoder's back is picked up after fence.i. */
    insn = ADDI(5, 5, 1000);
    memcpy(ram, &insn, 4);
    run(2);
    g_assert_cmpuint(X(5), ==, 201);
    env->pc = RAM_BASE + 8;
    run(3);
    g_assert_cmpuint(X(5), ==, 1201);
}

static void test_tlb_flush(void)
{
    load((uint32_t[]) { LD(3, 1, 0), SD(3, 1, 8), JAL(0, -8) }, 3);
    set_reg(1, DATA);
    stq_le_phys(&address_space_memory, DATA, 42);
    run(3);
    g_assert_cmpuint(ldq_le_phys(&address_space_memory, DATA + 8), ==, 42);
    riscv_tlb_flush(env);
    stq_le_phys(&address_space_memory, DATA, 43);
    run(3);
    g_assert_cmpuint(X(3), ==, 43);
    g_assert_cmpuint(ldq_le_phys(&address_space_memory, DATA + 8), ==, 43);
}

static void test_mmio(void)
{
    load((uint32_t[]) { LW(3, 1, 0), LBU(4, 1, 1), SD(2, 1, 8),
                        SH(2, 1, 16) }, 4);
    set_reg(1, MMIO_BASE);
    set_reg(2, 0xabcdef0123456789ULL);
    mmio_writes = 0;
    run(4);
    g_assert_cmphex(X(3), ==, 0x55667788);
    g_assert_cmphex(X(4), ==, 0x77);
    g_assert_cmpuint(mmio_writes, ==, 2);
    g_assert_cmphex(mmio_last_write, ==, 0x6789);
}

/* Execution from RAM that is then unmapped by a code page crossing. */
static void test_page_crossing_insn(void)
{
    uint32_t addi = ADDI(7, 7, 3);
    uint16_t cnop = C_NOP;
    uint32_t loop = JAL(0, 0);

    load(NULL, 0);
    /* A 4-byte instruction at 0xffe straddles two pages. */
    env->pc = RAM_BASE + 0xffc;
    memcpy(ram + 0xffc, &cnop, 2);
    memcpy(ram + 0xffe, &addi, 4);
    memcpy(ram + 0x1002, &loop, 4);
    tb_invalidate_phys_range(RAM_BASE, RAM_BASE + 0x2000);
    run(2);
    g_assert_cmpuint(X(7), ==, 3);
    g_assert_cmphex(env->pc, ==, RAM_BASE + 0x1002);
    addi = ADDI(7, 7, 5);
    memcpy(ram + 0xffe, &addi, 4);      /* re-fetched every time */
    env->pc = RAM_BASE + 0xffe;
    run(1);
    g_assert_cmpuint(X(7), ==, 8);
}

/*
 * Taken branches near a page end: one that straddles the pages (run
 * uncached), one from the last word to the next page, and one back.
 */
static void test_branch_page_ends(void)
{
    uint16_t cnop = C_NOP;
    uint32_t first[] = {
        ADDI(8, 8, 1),          /* 0xff4 */
        BEQ(0, 0, 0xe),         /* 0xff8: -> 0x1006 */
    };
    uint32_t second[] = {
        BEQ(0, 0, 8),           /* 0xffe, straddling: -> 0x1006 */
        ADDI(7, 7, 100),        /* 0x1002: skipped */
        ADDI(7, 7, 1),          /* 0x1006 */
        BNE(7, 0, -0x16),       /* 0x100a: -> 0xff4 */
    };

    load(NULL, 0);
    memcpy(ram + 0xff4, first, sizeof(first));
    memcpy(ram + 0xffc, &cnop, 2);
    memcpy(ram + 0xffe, second, sizeof(second));
    tb_invalidate_phys_range(RAM_BASE, RAM_BASE + 0x2000);
    env->pc = RAM_BASE + 0xffc;
    run(3);                             /* c.nop, beq, addi */
    g_assert_cmpuint(X(7), ==, 1);
    g_assert_cmphex(env->pc, ==, RAM_BASE + 0x100a);
    run(1);                             /* bne back to the first page */
    g_assert_cmphex(env->pc, ==, RAM_BASE + 0xff4);
    run(2);                             /* addi, beq to the next page */
    g_assert_cmpuint(X(8), ==, 1);
    g_assert_cmphex(env->pc, ==, RAM_BASE + 0x1006);
    run(1);
    g_assert_cmpuint(X(7), ==, 2);
}

static void test_misaligned(void)
{
    load((uint32_t[]) {
        LD(3, 1, 1), LW(4, 8, -3), SD(2, 8, 3), LD(5, 8, 3),
        SH(2, 1, 0x7), LHU(6, 1, 0x7),
    }, 6);
    set_reg(1, DATA);
    set_reg(8, DATA + 0x1000);
    set_reg(2, 0x0123456789abcdefULL);
    stq_le_phys(&address_space_memory, DATA, 0x8877665544332211ULL);
    stq_le_phys(&address_space_memory, DATA + 8, 0xffeeddccbbaa9900ULL);
    stl_le_phys(&address_space_memory, DATA + 0xffc, 0x44332211);
    stl_le_phys(&address_space_memory, DATA + 0x1000, 0x88776655);
    run(6);
    g_assert_cmphex(X(3), ==, 0x0088776655443322ULL);
    g_assert_cmphex(X(4), ==, 0x55443322);       /* across a page */
    g_assert_cmphex(X(5), ==, 0x0123456789abcdefULL);
    g_assert_cmphex(X(6), ==, 0xcdef);
}

/* With the trap code of cpu_helper.c: cause, tval, epc of a fault. */
static void check_trap(uint32_t insn, uint64_t addr, uint64_t cause,
                       uint64_t tval)
{
    load((uint32_t[]) { insn }, 1);
    env->mtvec = RAM_BASE + 0x800;
    memcpy(ram + 0x800, &(uint32_t){ JAL(0, 0) }, 4);
    set_reg(1, addr);
    run(1);     /* the faulting insn does not retire: the loop does */
    g_assert_cmphex(env->mcause, ==, cause);
    g_assert_cmphex(env->mtval, ==, tval);
    /* A fetch fault's epc is the address fetched. */
    g_assert_cmphex(env->mepc, ==,
                    cause == RISCV_EXCP_INST_ACCESS_FAULT ? tval : RAM_BASE);
    g_assert_cmphex(env->pc, ==, RAM_BASE + 0x800);
}

static void test_traps(void)
{
    check_trap(LR_W(3, 1), DATA + 1, RISCV_EXCP_LOAD_ADDR_MIS, DATA + 1);
    check_trap(AMOADD_W(3, 1, 2), DATA + 2, RISCV_EXCP_STORE_AMO_ADDR_MIS,
               DATA + 2);
    check_trap(LD(3, 1, 0), 0x1000000, RISCV_EXCP_LOAD_ACCESS_FAULT,
               0x1000000);
    check_trap(SD(3, 1, 8), 0x1000000, RISCV_EXCP_STORE_AMO_ACCESS_FAULT,
               0x1000008);
    check_trap(0xffffffff, 0, RISCV_EXCP_ILLEGAL_INST, 0xffffffff);
    check_trap(ECALL, 0, RISCV_EXCP_M_ECALL, 0);
    check_trap(JALR(0, 1, 0), 0x1000000, RISCV_EXCP_INST_ACCESS_FAULT,
               0x1000000);
}

static void test_fp_mem(void)
{
    load((uint32_t[]) { FLW(1, 1, 0), FLD(2, 1, 0), FSD(1, 1, 8),
                        FMV_X_W(3, 1) }, 4);
    set_reg(1, DATA);
    stq_le_phys(&address_space_memory, DATA, 0x400921fb54442d18ULL);
    run(4);
    g_assert_cmphex(env->fpr[1], ==, 0xffffffff54442d18ULL);  /* boxed */
    g_assert_cmphex(env->fpr[2], ==, 0x400921fb54442d18ULL);
    g_assert_cmphex(ldq_le_phys(&address_space_memory, DATA + 8), ==,
                    0xffffffff54442d18ULL);
    g_assert_cmphex(X(3), ==, 0x54442d18);
    g_assert_cmphex(env->mstatus & MSTATUS_FS, ==, MSTATUS_FS);
}

static void test_fp_off(void)
{
    load((uint32_t[]) { FLD(2, 1, 0) }, 1);
    env->mstatus &= ~MSTATUS_FS;
    env->mtvec = RAM_BASE + 0x800;
    memcpy(ram + 0x800, &(uint32_t){ JAL(0, 0) }, 4);
    run(1);
    g_assert_cmphex(env->mcause, ==, RISCV_EXCP_ILLEGAL_INST);
    g_assert_cmphex(env->mtval, ==, FLD(2, 1, 0));
}

/* The direct F/D arithmetic handlers trap with FS off too. */
static void test_fp_off_arith(void)
{
    static const uint32_t ops[] = {
        0x02c58553,             /* fadd.d fa0, fa1, fa2, rne */
        0x6ac58543,             /* fmadd.d fa0, fa1, fa2, fa3, rne */
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(ops); i++) {
        load(&ops[i], 1);
        env->fpr[10] = 0x1234;
        env->mstatus &= ~MSTATUS_FS;
        env->mtvec = RAM_BASE + 0x800;
        memcpy(ram + 0x800, &(uint32_t){ JAL(0, 0) }, 4);
        run(1);
        g_assert_cmphex(env->mcause, ==, RISCV_EXCP_ILLEGAL_INST);
        g_assert_cmphex(env->mtval, ==, ops[i]);
        g_assert_cmphex(env->fpr[10], ==, 0x1234);
        g_assert_cmphex(env->mepc, ==, RAM_BASE);
    }
}

static void test_cbo_zero(void)
{
    load((uint32_t[]) { CBO_ZERO(1) }, 1);
    set_reg(1, DATA + 0x47);            /* zeroes the 64-byte block */
    memset(ram + 0x10000, 0xaa, 0x100);
    run(1);
    g_assert_cmphex(ram[0x10000 + 0x3f], ==, 0xaa);
    g_assert_cmphex(ram[0x10000 + 0x40], ==, 0);
    g_assert_cmphex(ram[0x10000 + 0x7f], ==, 0);
    g_assert_cmphex(ram[0x10000 + 0x80], ==, 0xaa);
}

/* csrrs with rs1 = x0 only reads: fine on a read-only CSR. */
static void test_csr_x0(void)
{
    load((uint32_t[]) { CSRRS(3, 0xf14, 0), CSRRS(4, 0xc02, 0) }, 2);
    set_reg(4, 1);
    env->mhartid = 0;
    run(2);
    g_assert_cmphex(X(3), ==, 0);
    g_assert_cmphex(env->pc, ==, RAM_BASE + 8);
    check_trap(CSRRS(3, 0xf14, 1), 5, RISCV_EXCP_ILLEGAL_INST,
               CSRRS(3, 0xf14, 1));
}

static void test_illegal_compressed(void)
{
    uint16_t zero = 0;

    load(NULL, 0);
    env->mtvec = RAM_BASE + 0x800;
    memcpy(ram + 0x800, &(uint32_t){ JAL(0, 0) }, 4);
    memcpy(ram, &zero, 2);
    tb_invalidate_phys_range(RAM_BASE, RAM_BASE + 0x1000);
    run(1);
    g_assert_cmphex(env->mcause, ==, RISCV_EXCP_ILLEGAL_INST);
    g_assert_cmphex(env->mtval, ==, 0);
    g_assert_cmphex(env->mepc, ==, RAM_BASE);
}

/* -d in_asm: one block per decode run, QEMU's header, then the text. */
static void test_log_in_asm(void)
{
    g_autofree char *path = g_build_filename(g_get_tmp_dir(),
                                             "test-riscv-exec.log", NULL);
    g_autofree char *text = NULL;

    load((uint32_t[]) { ADDI(1, 0, 5), BEQ(0, 0, 8) }, 2);
    g_assert_true(qemu_set_log_filename(path, &error_abort));
    g_assert_true(qemu_set_log(CPU_LOG_TB_IN_ASM, &error_abort));
    run(2);
    g_assert_true(qemu_set_log(0, &error_abort));
    g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
    unlink(path);
    g_assert_true(g_str_has_prefix(text, "----------------\nIN: \n"
                                   "Priv: 3; Virt: 0\n"
                                   "0x0000000080000000:  00500093"));
    g_assert_nonnull(strstr(text, "0x0000000080000004:  00000463"));
    /* The block ends at the branch. */
    g_assert_null(strstr(text, "0x0000000080000008:"));
}

/* one-insn-per-tb=on: rounds of one instruction, results unchanged. */
static void test_one_insn_per_tb(void)
{
    one_insn_per_tb = true;
    test_muldiv();
    test_compressed();
    one_insn_per_tb = false;
}

static gpointer hart_thread(gpointer opaque)
{
    CPUState *cs = opaque;

    cs->icount_budget = 2000000;
    riscv_cpu_exec(cs);
    return NULL;
}

/* Two harts in two threads: AMOs and LR/SC loops lose no update. */
static void test_smp_atomics(void)
{
    const uint32_t code[] = {
        LUI(5, 3), ADDI(6, 0, 1),
        /* 8 */ AMOADD_D(0, 1, 6),
        /* 12 */ LR_D(7, 2), ADDI(7, 7, 1), SC_D(8, 2, 7), BNE(8, 0, -12),
        /* 28 */ ADDI(5, 5, -1), BNE(5, 0, -24),
    };
    RISCVCPU *cpu2 = RISCV_CPU(object_new(TYPE_RISCV_CPU_BASE64));
    RISCVCPU *harts[2] = { cpu, cpu2 };
    GThread *threads[2];
    int i;

    qdev_realize(DEVICE(cpu2), NULL, &error_abort);
    load(code, ARRAY_SIZE(code));
    for (i = 0; i < 2; i++) {
        if (i) {
            cpu_reset(CPU(cpu2));
        }
        harts[i]->env.pc = RAM_BASE;
        harts[i]->env.gpr[1] = DATA;
        harts[i]->env.gpr[2] = DATA + 64;
    }
    for (i = 0; i < 2; i++) {
        threads[i] = g_thread_new("hart", hart_thread, CPU(harts[i]));
    }
    for (i = 0; i < 2; i++) {
        g_thread_join(threads[i]);
        g_assert_cmpuint(harts[i]->env.gpr[5], ==, 0);   /* finished */
    }
    g_assert_cmpuint(ldq_le_phys(&address_space_memory, DATA), ==,
                     2 * 3 * 4096);
    g_assert_cmpuint(ldq_le_phys(&address_space_memory, DATA + 64), ==,
                     2 * 3 * 4096);
    object_unparent(OBJECT(cpu2));
}

static void test_isa_string(void)
{
    g_autofree char *isa = riscv_isa_string(cpu);

    g_assert_true(g_str_has_prefix(isa, "rv64imafdc_zicbom_"));
    g_assert_nonnull(strstr(isa, "_zicsr_zifencei_"));
    g_assert_nonnull(strstr(isa, "_zba_zbb_zbc_zbs_sstc_svadu"));
}

static void test_props(void)
{
    Object *o = object_new(TYPE_RISCV_CPU_BASE64);
    Error *err = NULL;

    g_assert_true(object_property_parse(o, "zba", "false", &error_abort));
    g_assert_false(RISCV_CPU(o)->cfg.ext_zba);
    g_assert_true(object_property_parse(o, "f", "false", &error_abort));
    g_assert_false(qdev_realize(DEVICE(o), NULL, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "D extension requires F extension");
    error_free(err);
    err = NULL;
    g_assert_false(object_property_parse(o, "priv_spec", "v9", &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Unsupported privilege spec version 'v9'");
    error_free(err);
    object_unref(o);
    g_assert_nonnull(CPU_CLASS(object_get_class(OBJECT(cpu)))
                     ->class_by_name("max"));
    g_assert_null(CPU_CLASS(object_get_class(OBJECT(cpu)))
                  ->class_by_name("nope"));
}

static void test_dump_state(void)
{
    g_autofree char *buf = NULL;
    size_t len;
    FILE *f = open_memstream(&buf, &len);

    load(NULL, 0);
    env->gpr[10] = 0x1234;
    riscv_cpu_dump_state(CPU(cpu), f, 0);
    fclose(f);
    g_assert_true(g_str_has_prefix(buf, " pc       0000000080000000\n"
                                   " mhartid  0000000000000000\n"));
    g_assert_nonnull(strstr(buf, "\n x0/zero  0000000000000000 x1/ra    "
                            "0000000000000000 x2/sp"));
    g_assert_nonnull(strstr(buf, " x10/a0   0000000000001234 "));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    setup();
    g_test_add_func("/riscv/exec/alu", test_alu);
    g_test_add_func("/riscv/exec/alu-reg", test_alu_reg);
    g_test_add_func("/riscv/exec/muldiv", test_muldiv);
    g_test_add_func("/riscv/exec/branches", test_branches);
    g_test_add_func("/riscv/exec/loads-stores", test_loads_stores);
    g_test_add_func("/riscv/exec/compressed", test_compressed);
    g_test_add_func("/riscv/exec/atomics", test_atomics);
    g_test_add_func("/riscv/exec/zba-zbb", test_zb);
    g_test_add_func("/riscv/exec/zbs-zbc", test_zbs_zbc);
    g_test_add_func("/riscv/exec/instret", test_instret);
    g_test_add_func("/riscv/exec/self-modifying", test_self_modifying);
    g_test_add_func("/riscv/exec/external-write", test_external_write);
    g_test_add_func("/riscv/exec/tlb-flush", test_tlb_flush);
    g_test_add_func("/riscv/exec/mmio", test_mmio);
    g_test_add_func("/riscv/exec/page-crossing", test_page_crossing_insn);
    g_test_add_func("/riscv/exec/branch-page-ends", test_branch_page_ends);
    g_test_add_func("/riscv/exec/misaligned", test_misaligned);
    g_test_add_func("/riscv/exec/traps", test_traps);
    g_test_add_func("/riscv/exec/fp-mem", test_fp_mem);
    g_test_add_func("/riscv/exec/fp-off", test_fp_off);
    g_test_add_func("/riscv/exec/fp-off-arith", test_fp_off_arith);
    g_test_add_func("/riscv/exec/cbo-zero", test_cbo_zero);
    g_test_add_func("/riscv/exec/csr-x0", test_csr_x0);
    g_test_add_func("/riscv/exec/illegal-compressed",
                    test_illegal_compressed);
    g_test_add_func("/riscv/exec/log-in-asm", test_log_in_asm);
    g_test_add_func("/riscv/exec/smp-atomics", test_smp_atomics);
    g_test_add_func("/riscv/exec/one-insn-per-tb", test_one_insn_per_tb);
    g_test_add_func("/riscv/cpu/isa-string", test_isa_string);
    g_test_add_func("/riscv/cpu/props", test_props);
    g_test_add_func("/riscv/cpu/dump-state", test_dump_state);
    return g_test_run();
}
