/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qemu-options.h: the command-line option table of the system emulator.
 *
 * Every option is described once, in qemu-options.hx at the top of the
 * tree; scripts/hxtool.py turns it into qemu-options.def, a list of
 *
 *   DEFHEADING(text)
 *   ARCHHEADING(text, arch_mask)
 *   DEF(option, opt_arg, opt_enum, opt_help, arch_mask)
 *
 * macro calls that a file includes after defining the three macros to
 * build what it needs (this header builds the QEMU_OPTION_* enum; vl.c
 * builds the table and the -help text).  The .def undefines the macros at
 * its end, so it can be included again with other definitions.  A target
 * whose sources include this header lists qemu_options_def among them.
 */
#ifndef QEMU_QEMU_OPTIONS_H
#define QEMU_QEMU_OPTIONS_H

/* QEMUOption.flags: the option takes an argument (the next argv word). */
#define HAS_ARG 0x0001

/*
 * One option of the command line, as lookup_opt() finds it.
 * @arch_mask holds the QEMU_ARCH_* bits (sysemu/arch_init.h) of the
 * targets that accept the option; QEMU_ARCH_ALL sets them all.
 */
typedef struct QEMUOption {
    const char *name;           /* without the leading '-' */
    int flags;                  /* HAS_ARG or 0 */
    int index;                  /* QEMU_OPTION_* */
    uint32_t arch_mask;
} QEMUOption;

/* QEMU_OPTION_*: one value per DEF() of qemu-options.hx, in file order. */
enum {
#define DEF(option, opt_arg, opt_enum, opt_help, arch_mask) opt_enum,
#define DEFHEADING(text)
#define ARCHHEADING(text, arch_mask)
#include "qemu-options.def"
    QEMU_OPTION__COUNT
};

#endif
