/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * csr-internal.h: the CSR table of csr.c and the functions behind the
 * counter, timer and counter-enable CSRs in csr-counters.c.  Internal to
 * target/riscv.
 */
#ifndef RISCV_CSR_INTERNAL_H
#define RISCV_CSR_INTERNAL_H

/* May the CSR be accessed now?  @debug skips the state-dependent rules. */
typedef RISCVException (*RISCVCSRPredicate)(CPURISCVState *env, int csrno,
                                            bool debug);
typedef RISCVException (*RISCVCSRRead)(CPURISCVState *env, int csrno,
                                       target_ulong *val);
typedef RISCVException (*RISCVCSRWrite)(CPURISCVState *env, int csrno,
                                        target_ulong val);
/* Read-modify-write in one step; *@ret may be NULL. */
typedef RISCVException (*RISCVCSRRmw)(CPURISCVState *env, int csrno,
                                      target_ulong *ret, target_ulong val,
                                      target_ulong wmask);

typedef struct RISCVCSROps {
    const char *name;
    RISCVCSRPredicate predicate;    /* NULL: no such CSR */
    RISCVCSRRead read;
    RISCVCSRWrite write;            /* NULL: writes are dropped */
    RISCVCSRRmw rmw;                /* used instead of read/write */
    int min_priv_ver;
} RISCVCSROps;

RISCVException csr_any(CPURISCVState *env, int csrno, bool debug);

/* csr-counters.c */
RISCVException csr_ctr(CPURISCVState *env, int csrno, bool debug);
RISCVException csr_mctr(CPURISCVState *env, int csrno, bool debug);
RISCVException csr_sstc(CPURISCVState *env, int csrno, bool debug);
RISCVException read_counter(CPURISCVState *env, int csrno,
                            target_ulong *val);
RISCVException write_mcounter(CPURISCVState *env, int csrno,
                              target_ulong val);
RISCVException read_time(CPURISCVState *env, int csrno, target_ulong *val);
RISCVException read_zero(CPURISCVState *env, int csrno, target_ulong *val);
RISCVException write_ignore(CPURISCVState *env, int csrno,
                            target_ulong val);
RISCVException read_counteren(CPURISCVState *env, int csrno,
                              target_ulong *val);
RISCVException write_counteren(CPURISCVState *env, int csrno,
                               target_ulong val);
RISCVException read_mcountinhibit(CPURISCVState *env, int csrno,
                                  target_ulong *val);
RISCVException write_mcountinhibit(CPURISCVState *env, int csrno,
                                   target_ulong val);
RISCVException read_stimecmp(CPURISCVState *env, int csrno,
                             target_ulong *val);
RISCVException write_stimecmp(CPURISCVState *env, int csrno,
                              target_ulong val);

#endif
