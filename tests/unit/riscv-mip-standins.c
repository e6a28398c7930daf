/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The hart's side of the mip and rdtime interface, as cpu_helper.c does
 * it, for unit tests that link devices (ACLINT, boards) without the hart.
 */
#include "qemu/osdep.h"
#include "target/riscv/cpu.h"

uint64_t riscv_cpu_update_mip(CPURISCVState *env, uint64_t mask,
                              uint64_t value)
{
    uint64_t old = env->mip;

    env->mip = (old & ~mask) | (value & mask);
    return old;
}

void riscv_cpu_set_rdtime_fn(CPURISCVState *env, uint64_t (*fn)(void *),
                             void *arg)
{
    env->rdtime_fn = fn;
    env->rdtime_fn_arg = arg;
}
