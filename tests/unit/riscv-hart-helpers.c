/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv-hart-helpers.c: the bare hart of riscv-hart-helpers.h, and the
 * translate.c functions the tested files call.
 */
#include "qemu/osdep.h"
#include "riscv-hart-helpers.h"

TestHart th;

void riscv_raise_exception(CPURISCVState *env, RISCVException cause,
                           target_ulong tval)
{
    th.raised = true;
    th.cause = cause;
    th.tval = tval;
    g_assert_nonnull(th.jmp);
    siglongjmp(*th.jmp, 1);
}

void riscv_tlb_flush(CPURISCVState *env)
{
    th.flushes++;
}

void riscv_decode_cache_invalidate(hwaddr start, hwaddr end)
{
}

static uint64_t test_rdtime(void *opaque)
{
    return th.time;
}

void test_hart_new(void)
{
    RISCVCPU *cpu = g_new0(RISCVCPU, 1);
    CPURISCVState *env = &cpu->env;
    RISCVCPUConfig *cfg = &cpu->cfg;

    *cfg = (RISCVCPUConfig) {
        .ext_i = true, .ext_m = true, .ext_a = true, .ext_f = true,
        .ext_d = true, .ext_c = true, .ext_s = true, .ext_u = true,
        .ext_zicsr = true, .ext_zifencei = true, .ext_zicntr = true,
        .ext_zihpm = true, .ext_zicbom = true, .ext_zicboz = true,
        .ext_sstc = true, .ext_svadu = true, .mmu = true, .pmp = true,
        .satp_mode_max = VM_1_10_SV57,
    };
    env->misa = MISA_MXL_64 | RVI | RVM | RVA | RVF | RVD | RVC | RVS | RVU;
    env->priv = PRV_M;
    env->priv_ver = PRIV_VERSION_1_12_0;
    env->load_res = -1;
    env->menvcfg = MENVCFG_ADUE;
    env->rdtime_fn = test_rdtime;
    cpu->parent_obj.env_ptr = env;
    th = (TestHart) { .cpu = cpu, .env = env };
}

void test_hart_free(void)
{
    if (th.env->stimer) {
        timer_free(th.env->stimer);
    }
    g_free(th.cpu);
    th.cpu = NULL;
    th.env = NULL;
}

target_ulong csr_read(int csrno)
{
    target_ulong val = 0xdeadbeef;

    g_assert_cmpint(riscv_csrrw(th.env, csrno, &val, 0, 0), ==,
                    RISCV_EXCP_NONE);
    return val;
}

void csr_write(int csrno, target_ulong val)
{
    g_assert_cmpint(riscv_csrrw(th.env, csrno, NULL, val, -1), ==,
                    RISCV_EXCP_NONE);
}

RISCVException csr_try_write(int csrno, target_ulong val)
{
    return riscv_csrrw(th.env, csrno, NULL, val, -1);
}

RISCVException csr_try_read(int csrno)
{
    target_ulong val;

    return riscv_csrrw(th.env, csrno, &val, 0, 0);
}
