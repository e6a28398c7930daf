/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tcg-accel-ops.h: the tcg accelerator hands its vCPU threads to
 * system/cpus.c when it initialises.
 */
#ifndef TCG_ACCEL_OPS_H
#define TCG_ACCEL_OPS_H

/* Register the vCPU thread model: one per vCPU, or one round robin. */
void tcg_accel_ops_init(bool multi_threaded);

#endif
