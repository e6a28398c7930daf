/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * arch_init.h: what the common code knows about the target it is linked
 * into.  Each target binary defines these in system/arch_init.c.
 */
#ifndef SYSEMU_ARCH_INIT_H
#define SYSEMU_ARCH_INIT_H

/*
 * Bits of the arch mask of an option in qemu-options.hx: an option is
 * accepted (and listed by -help) only by targets whose bit is set.  The
 * bit positions are QEMU's.
 */
enum {
    QEMU_ARCH_ALL = -1,
    QEMU_ARCH_ALPHA = (1 << 0),
    QEMU_ARCH_ARM = (1 << 1),
    QEMU_ARCH_CRIS = (1 << 2),
    QEMU_ARCH_I386 = (1 << 3),
    QEMU_ARCH_M68K = (1 << 4),
    QEMU_ARCH_MICROBLAZE = (1 << 6),
    QEMU_ARCH_MIPS = (1 << 7),
    QEMU_ARCH_PPC = (1 << 8),
    QEMU_ARCH_S390X = (1 << 9),
    QEMU_ARCH_SH4 = (1 << 10),
    QEMU_ARCH_SPARC = (1 << 11),
    QEMU_ARCH_XTENSA = (1 << 12),
    QEMU_ARCH_OPENRISC = (1 << 13),
    QEMU_ARCH_TRICORE = (1 << 16),
    QEMU_ARCH_NIOS2 = (1 << 17),
    QEMU_ARCH_HPPA = (1 << 18),
    QEMU_ARCH_RISCV = (1 << 19),
    QEMU_ARCH_RX = (1 << 20),
    QEMU_ARCH_AVR = (1 << 21),
    QEMU_ARCH_HEXAGON = (1 << 22),
    QEMU_ARCH_LOONGARCH = (1 << 23),
};

/* The QEMU_ARCH_* bit of this binary's target. */
extern const uint32_t arch_type;
/* "riscv64" or "x86_64". */
extern const char target_name[];

/* The abstract CPU type whose class resolves -cpu model names. */
extern const char cpu_resolving_type[];

#endif
