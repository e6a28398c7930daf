/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tlb.h: the hart's software TLB (translate.c owns it).
 */
#ifndef RISCV_TLB_H
#define RISCV_TLB_H

typedef struct RISCVTLB {
    int unused;                 /* filled in by translate.c */
} RISCVTLB;

#endif
