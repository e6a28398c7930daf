/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Shared ending of the bench/mips guest programs: print the checksum of
 * the work (so a wrong emulation shows) and the instructions retired, as
 * minstret counts them, in the lines bench/mips.py parses.
 */
#ifndef BENCH_MIPS_H
#define BENCH_MIPS_H

#include "test.h"

static inline int bench_report(const char *name, uint64_t checksum)
{
    uint64_t instret = csr_read(minstret);

    guest_printf("%s checksum %lx\ninstret %lu\n", name, checksum, instret);
    return 0;
}

#endif /* BENCH_MIPS_H */
