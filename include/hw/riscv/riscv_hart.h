/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv_hart.h: the harts of one socket as a system-bus device
 * ("riscv.hart_array", QEMU's RISCVHartArrayState): it creates and
 * realizes num-harts CPUs of cpu-type, with mhartid from hartid-base up,
 * starting at resetvec, as its children "harts[N]".
 */
#ifndef HW_RISCV_HART_H
#define HW_RISCV_HART_H

#include "hw/boards.h"
#include "hw/sysbus.h"
#include "target/riscv/cpu.h"

#define TYPE_RISCV_HART_ARRAY "riscv.hart_array"
OBJECT_DECLARE_SIMPLE_TYPE(RISCVHartArrayState, RISCV_HART_ARRAY)

struct RISCVHartArrayState {
    SysBusDevice parent_obj;

    uint32_t num_harts;
    uint32_t hartid_base;
    char *cpu_type;
    uint64_t resetvec;
    RISCVCPU **harts;
};

/*
 * riscv_create_hart_array: the harts of @socket of @ms, of the machine's
 * CPU type (the board's default when start-up has not set one), starting
 * at @resetvec, as the machine's child "socN" (QEMU's layout).
 */
RISCVHartArrayState *riscv_create_hart_array(MachineState *ms, int socket,
                                             hwaddr resetvec);

#endif
