/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tcg.h: whether the tcg accelerator runs the guest, and the settings of
 * its -accel tcg properties that the CPU loop reads (QEMU 8.2 keeps these
 * in sysemu/tcg.h, hw/core/cpu.h and exec/cpu-common.h).
 */
#ifndef SYSEMU_TCG_H
#define SYSEMU_TCG_H

#include "qemu/accel.h"

#define TYPE_TCG_ACCEL ACCEL_CLASS_NAME("tcg")

/* True once -accel tcg initialised for the machine. */
static inline bool tcg_enabled(void)
{
    return tcg_allowed;
}

/* thread=multi: one host thread per vCPU (set when tcg initialises). */
extern bool mttcg_enabled;

/* one-insn-per-tb=on (or -singlestep): one guest instruction per block. */
extern bool one_insn_per_tb;

#endif
