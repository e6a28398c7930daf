/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tlb.h: the hart's software TLB (translate.c and tlb.c own it).
 *
 * One direct-mapped table per mmu_idx.  An entry maps one 4 KiB virtual
 * page to host memory: host address = vaddr + addend.  It holds separate
 * tags for reads, writes and fetches; a tag is the page address when that
 * access may use the fast path, or has low flag bits set (TLB_INVALID,
 * TLB_SLOW) so that the inline compare of a page-masked address fails and
 * the access takes the slow path.  Because the compare keeps the low bits
 * of the address that must be zero for an aligned access, misaligned
 * accesses miss too.
 */
#ifndef RISCV_TLB_H
#define RISCV_TLB_H

#define RISCV_TLB_BITS 8
#define RISCV_TLB_SIZE (1 << RISCV_TLB_BITS)
#define RISCV_PAGE_BITS 12
#define RISCV_PAGE_SIZE (1 << RISCV_PAGE_BITS)
#define RISCV_PAGE_MASK (~(uint64_t)(RISCV_PAGE_SIZE - 1))

#define TLB_INVALID ((uint64_t)-1)
#define TLB_SLOW    (1ULL << 8)     /* writes to a page holding decodes */

struct RISCVCodePage;

typedef struct RISCVTLBEntry {
    uint64_t tag_read;
    uint64_t tag_write;
    uint64_t tag_exec;
    uintptr_t addend;               /* host address - guest virtual */
    uint64_t phys;                  /* the guest physical page */
    struct RISCVCodePage *code;     /* decodes of the page (exec only) */
    uint64_t pad[2];                /* 64 bytes: indexing is a shift */
} RISCVTLBEntry;

typedef struct RISCVTLB {
    RISCVTLBEntry e[4][RISCV_TLB_SIZE];    /* per mmu_idx */
    uint64_t round_start;       /* instret when the current run began */
    uint64_t wfi_next_pc;       /* where a wfi that halts resumes */
} RISCVTLB;

#endif
