/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * arch_init.c: the per-target constants the common code reads.  Compiled
 * once per target binary with TARGET_NAME and QEMU_ARCH defined by meson.
 */
#include "qemu/osdep.h"
#include "sysemu/arch_init.h"

const uint32_t arch_type = QEMU_ARCH;
const char target_name[] = TARGET_NAME;
const char cpu_resolving_type[] = CPU_RESOLVING_TYPE;
