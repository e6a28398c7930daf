/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sifive_test.h: the SiFive test finisher of the riscv virt board: the
 * guest writes a status (and an exit code in the upper 16 bits) to power
 * off, fail or reset the machine.
 */
#ifndef HW_SIFIVE_TEST_H
#define HW_SIFIVE_TEST_H

#include "exec/memory.h"
#include "hw/sysbus.h"

#define TYPE_SIFIVE_TEST "riscv.sifive.test"
OBJECT_DECLARE_SIMPLE_TYPE(SiFiveTestState, SIFIVE_TEST)

/* MMIO region 0: the finisher register; no properties, no interrupt. */
struct SiFiveTestState {
    SysBusDevice parent_obj;

    MemoryRegion mmio;
};

#define FINISHER_FAIL   0x3333
#define FINISHER_PASS   0x5555
#define FINISHER_RESET  0x7777

/* Create the test device and map it at @addr of the system memory. */
DeviceState *sifive_test_create(hwaddr addr);

#endif
