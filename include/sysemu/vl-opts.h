/* SPDX-License-Identifier: GPL-2.0-or-later */
/* vl-opts.h: the QemuOpts groups of the command line (system/vl-opts.c). */
#ifndef SYSEMU_VL_OPTS_H
#define SYSEMU_VL_OPTS_H

/* Register every group of system/vl-opts.c with qemu_add_opts. */
void qemu_add_vl_opts(void);

#endif
