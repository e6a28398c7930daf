/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * csr.c: the control and status registers of an RV64 hart with M, S and
 * U modes (privileged spec 1.12, Zicsr, Zicntr, Zihpm, Sstc), with the
 * WARL rules QEMU 8.2 applies to its rv64 CPU.
 *
 * Every CSR number indexes one entry of csr_ops: a predicate saying
 * whether the CSR exists and may be reached from the current state, and
 * either read/write functions or one read-modify-write function (for
 * registers other threads change, such as mip).  The generic checks come
 * from the number itself: bits 9:8 are the lowest privilege that may
 * access it, bits 11:10 == 3 make it read-only.  The counter CSRs live
 * in csr-counters.c.
 */
#include "qemu/osdep.h"
#include "qemu/log.h"
#include "target/riscv/cpu.h"
#include "target/riscv/cpu_bits.h"
#include "target/riscv/csr-internal.h"

/* ---- predicates ---- */

RISCVException csr_any(CPURISCVState *env, int csrno, bool debug)
{
    return RISCV_EXCP_NONE;
}

static RISCVException csr_smode(CPURISCVState *env, int csrno, bool debug)
{
    return riscv_has_ext(env, RVS) ? RISCV_EXCP_NONE
                                   : RISCV_EXCP_ILLEGAL_INST;
}

static RISCVException csr_umode(CPURISCVState *env, int csrno, bool debug)
{
    return riscv_has_ext(env, RVU) ? RISCV_EXCP_NONE
                                   : RISCV_EXCP_ILLEGAL_INST;
}

/* The F CSRs: absent without F, illegal while mstatus.FS is Off. */
static RISCVException csr_fs(CPURISCVState *env, int csrno, bool debug)
{
    if (!riscv_has_ext(env, RVF)) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    if (!debug && !(env->mstatus & MSTATUS_FS)) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    return RISCV_EXCP_NONE;
}

static RISCVException csr_pmp(CPURISCVState *env, int csrno, bool debug)
{
    if (!riscv_cpu_cfg(env)->pmp) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    /* RV64 has only the even pmpcfg registers. */
    if (csrno <= CSR_PMPCFG3 && (csrno & 1)) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    return RISCV_EXCP_NONE;
}

/* ---- floating point ---- */

static void csr_mark_fs_dirty(CPURISCVState *env)
{
    env->mstatus |= MSTATUS_FS;
}

static RISCVException read_fflags(CPURISCVState *env, int csrno,
                                  target_ulong *val)
{
    *val = env->fflags;
    return RISCV_EXCP_NONE;
}

static RISCVException write_fflags(CPURISCVState *env, int csrno,
                                   target_ulong val)
{
    csr_mark_fs_dirty(env);
    env->fflags = val & 0x1f;
    return RISCV_EXCP_NONE;
}

static RISCVException read_frm(CPURISCVState *env, int csrno,
                               target_ulong *val)
{
    *val = env->frm;
    return RISCV_EXCP_NONE;
}

static RISCVException write_frm(CPURISCVState *env, int csrno,
                                target_ulong val)
{
    /* Reserved modes are kept: an instruction using them is illegal. */
    csr_mark_fs_dirty(env);
    env->frm = val & 7;
    return RISCV_EXCP_NONE;
}

static RISCVException read_fcsr(CPURISCVState *env, int csrno,
                                target_ulong *val)
{
    *val = env->fflags | (env->frm << 5);
    return RISCV_EXCP_NONE;
}

static RISCVException write_fcsr(CPURISCVState *env, int csrno,
                                 target_ulong val)
{
    csr_mark_fs_dirty(env);
    env->fflags = val & 0x1f;
    env->frm = (val >> 5) & 7;
    return RISCV_EXCP_NONE;
}

/* ---- mstatus and sstatus ---- */

#define SSTATUS_READ_MASK (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_UBE | \
                           MSTATUS_SPP | MSTATUS_VS | MSTATUS_FS | \
                           MSTATUS_XS | MSTATUS_SUM | MSTATUS_MXR)

/* SD summarises FS, VS and XS; UXL and SXL are fixed at 64 bits. */
static uint64_t csr_status_view(CPURISCVState *env, uint64_t status)
{
    status &= ~(MSTATUS_SD | MSTATUS_UXL | MSTATUS_SXL);
    if ((status & MSTATUS_FS) == MSTATUS_FS ||
        (status & MSTATUS_VS) == MSTATUS_VS ||
        (status & MSTATUS_XS) == MSTATUS_XS) {
        status |= MSTATUS_SD;
    }
    if (riscv_has_ext(env, RVU)) {
        status |= 2ULL << 32;
    }
    return status;
}

static RISCVException read_mstatus(CPURISCVState *env, int csrno,
                                   target_ulong *val)
{
    *val = csr_status_view(env, env->mstatus);
    if (riscv_has_ext(env, RVS)) {
        *val |= 2ULL << 34;
    }
    return RISCV_EXCP_NONE;
}

/* MPP takes only modes that exist; other values leave it unchanged. */
static uint64_t csr_legalize_mpp(CPURISCVState *env, uint64_t old,
                                 uint64_t val)
{
    uint64_t mpp = (val & MSTATUS_MPP) >> 11;
    bool valid = mpp == PRV_M ||
                 (mpp == PRV_S && riscv_has_ext(env, RVS)) ||
                 (mpp == PRV_U && riscv_has_ext(env, RVU));

    return valid ? val : (val & ~MSTATUS_MPP) | (old & MSTATUS_MPP);
}

static void csr_set_mstatus(CPURISCVState *env, uint64_t val)
{
    uint64_t old = env->mstatus;
    uint64_t mask = MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_MIE |
                    MSTATUS_MPIE | MSTATUS_SPP | MSTATUS_MPP |
                    MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR |
                    MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR;
    uint64_t new;

    if (riscv_has_ext(env, RVF)) {
        mask |= MSTATUS_FS;
    }
    new = (old & ~mask) | (csr_legalize_mpp(env, old, val) & mask);
    env->mstatus = new;
    /*
     * SUM and the MPRV mode are part of the TLB index; MXR widens what
     * cached read permissions mean, and MPRV switches which index data
     * accesses of M-mode use.
     */
    if ((old ^ new) & (MSTATUS_MXR | MSTATUS_MPRV) ||
        ((new & MSTATUS_MPRV) && ((old ^ new) & MSTATUS_MPP))) {
        riscv_tlb_flush(env);
    }
}

static RISCVException write_mstatus(CPURISCVState *env, int csrno,
                                    target_ulong val)
{
    csr_set_mstatus(env, val);
    return RISCV_EXCP_NONE;
}

static RISCVException read_sstatus(CPURISCVState *env, int csrno,
                                   target_ulong *val)
{
    *val = csr_status_view(env, env->mstatus & SSTATUS_READ_MASK);
    return RISCV_EXCP_NONE;
}

static RISCVException write_sstatus(CPURISCVState *env, int csrno,
                                    target_ulong val)
{
    uint64_t mask = MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP |
                    MSTATUS_FS | MSTATUS_SUM | MSTATUS_MXR;

    csr_set_mstatus(env, (env->mstatus & ~mask) | (val & mask));
    return RISCV_EXCP_NONE;
}

static RISCVException read_misa(CPURISCVState *env, int csrno,
                                target_ulong *val)
{
    *val = env->misa;
    return RISCV_EXCP_NONE;
}

static RISCVException write_misa(CPURISCVState *env, int csrno,
                                 target_ulong val)
{
    /* misa is not writable (QEMU's misa-w defaults to off). */
    return RISCV_EXCP_NONE;
}

/* ---- interrupts and delegation ---- */

/* Exceptions medeleg may delegate: every cause M- or S-mode can see. */
#define DELEGABLE_EXCPS 0xbbffULL

static RISCVException read_medeleg(CPURISCVState *env, int csrno,
                                   target_ulong *val)
{
    *val = env->medeleg;
    return RISCV_EXCP_NONE;
}

static RISCVException write_medeleg(CPURISCVState *env, int csrno,
                                    target_ulong val)
{
    env->medeleg = val & DELEGABLE_EXCPS;
    return RISCV_EXCP_NONE;
}

static RISCVException read_mideleg(CPURISCVState *env, int csrno,
                                   target_ulong *val)
{
    *val = env->mideleg;
    return RISCV_EXCP_NONE;
}

static RISCVException write_mideleg(CPURISCVState *env, int csrno,
                                    target_ulong val)
{
    env->mideleg = val & S_MODE_INTERRUPTS;
    return RISCV_EXCP_NONE;
}

static void csr_set_mie(CPURISCVState *env, uint64_t val, uint64_t mask)
{
    env->mie = (env->mie & ~mask) | (val & mask);
    riscv_cpu_update_mip(env, 0, 0);    /* re-evaluate the interrupt line */
}

static RISCVException read_mie(CPURISCVState *env, int csrno,
                               target_ulong *val)
{
    *val = env->mie;
    return RISCV_EXCP_NONE;
}

static RISCVException write_mie(CPURISCVState *env, int csrno,
                                target_ulong val)
{
    csr_set_mie(env, val, M_MODE_INTERRUPTS | S_MODE_INTERRUPTS);
    return RISCV_EXCP_NONE;
}

static RISCVException read_sie(CPURISCVState *env, int csrno,
                               target_ulong *val)
{
    *val = env->mie & env->mideleg & S_MODE_INTERRUPTS;
    return RISCV_EXCP_NONE;
}

static RISCVException write_sie(CPURISCVState *env, int csrno,
                                target_ulong val)
{
    csr_set_mie(env, val, env->mideleg & S_MODE_INTERRUPTS);
    return RISCV_EXCP_NONE;
}

/*
 * mip: only the supervisor bits are software-writable, and with Sstc
 * enabled in menvcfg M-mode no longer drives STIP (stimecmp does).  The
 * update goes through riscv_cpu_update_mip so that bits devices set at
 * the same time are not lost.
 */
static RISCVException rmw_mip(CPURISCVState *env, int csrno,
                              target_ulong *ret, target_ulong val,
                              target_ulong wmask)
{
    uint64_t mask = wmask & S_MODE_INTERRUPTS;
    uint64_t old;

    if (riscv_cpu_cfg(env)->ext_sstc && env->priv == PRV_M &&
        (env->menvcfg & MENVCFG_STCE)) {
        mask &= ~MIP_STIP;
    }
    old = mask ? riscv_cpu_update_mip(env, mask, val)
               : __atomic_load_n(&env->mip, __ATOMIC_ACQUIRE);
    if (ret) {
        *ret = old;
    }
    return RISCV_EXCP_NONE;
}

static RISCVException rmw_sip(CPURISCVState *env, int csrno,
                              target_ulong *ret, target_ulong val,
                              target_ulong wmask)
{
    uint64_t mask = wmask & env->mideleg & MIP_SSIP;
    uint64_t old;

    old = mask ? riscv_cpu_update_mip(env, mask, val)
               : __atomic_load_n(&env->mip, __ATOMIC_ACQUIRE);
    if (ret) {
        *ret = old & env->mideleg & S_MODE_INTERRUPTS;
    }
    return RISCV_EXCP_NONE;
}

/* ---- trap setup and handling registers ---- */

static target_ulong *csr_plain_reg(CPURISCVState *env, int csrno)
{
    switch (csrno) {
    case CSR_MSCRATCH:
        return &env->mscratch;
    case CSR_MCAUSE:
        return &env->mcause;
    case CSR_MTVAL:
        return &env->mtval;
    case CSR_SSCRATCH:
        return &env->sscratch;
    case CSR_SCAUSE:
        return &env->scause;
    case CSR_STVAL:
        return &env->stval;
    default:
        g_assert_not_reached();
    }
}

static RISCVException read_plain(CPURISCVState *env, int csrno,
                                 target_ulong *val)
{
    *val = *csr_plain_reg(env, csrno);
    return RISCV_EXCP_NONE;
}

static RISCVException write_plain(CPURISCVState *env, int csrno,
                                  target_ulong val)
{
    *csr_plain_reg(env, csrno) = val;
    return RISCV_EXCP_NONE;
}

static RISCVException read_tvec(CPURISCVState *env, int csrno,
                                target_ulong *val)
{
    *val = csrno == CSR_MTVEC ? env->mtvec : env->stvec;
    return RISCV_EXCP_NONE;
}

/* Direct (0) and vectored (1) modes; a reserved mode is not written. */
static RISCVException write_tvec(CPURISCVState *env, int csrno,
                                 target_ulong val)
{
    if ((val & 3) >= 2) {
        qemu_log_mask(LOG_UNIMP, "CSR_%s: reserved mode not supported\n",
                      csrno == CSR_MTVEC ? "MTVEC" : "STVEC");
        return RISCV_EXCP_NONE;
    }
    if (csrno == CSR_MTVEC) {
        env->mtvec = val;
    } else {
        env->stvec = val;
    }
    return RISCV_EXCP_NONE;
}

/* xEPC bit 0 is zero; bit 1 reads as zero while C is off (IALIGN 32). */
static RISCVException read_epc(CPURISCVState *env, int csrno,
                               target_ulong *val)
{
    target_ulong epc = csrno == CSR_MEPC ? env->mepc : env->sepc;

    *val = riscv_has_ext(env, RVC) ? epc : epc & ~(target_ulong)3;
    return RISCV_EXCP_NONE;
}

static RISCVException write_epc(CPURISCVState *env, int csrno,
                                target_ulong val)
{
    if (csrno == CSR_MEPC) {
        env->mepc = val & ~(target_ulong)1;
    } else {
        env->sepc = val & ~(target_ulong)1;
    }
    return RISCV_EXCP_NONE;
}

/* ---- address translation ---- */

static bool csr_satp_mode_valid(CPURISCVState *env, unsigned mode)
{
    return mode == VM_1_10_MBARE ||
           (mode >= VM_1_10_SV39 && mode <= riscv_cpu_cfg(env)->satp_mode_max);
}

/* mstatus.TVM keeps S-mode away from satp. */
static RISCVException csr_satp(CPURISCVState *env, int csrno, bool debug)
{
    if (!riscv_has_ext(env, RVS)) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    if (!debug && env->priv == PRV_S && (env->mstatus & MSTATUS_TVM)) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    return RISCV_EXCP_NONE;
}

static RISCVException read_satp(CPURISCVState *env, int csrno,
                                target_ulong *val)
{
    *val = riscv_cpu_cfg(env)->mmu ? env->satp : 0;
    return RISCV_EXCP_NONE;
}

/* A write selecting a mode the hart lacks has no effect at all. */
static RISCVException write_satp(CPURISCVState *env, int csrno,
                                 target_ulong val)
{
    if (!riscv_cpu_cfg(env)->mmu) {
        return RISCV_EXCP_NONE;
    }
    if (!csr_satp_mode_valid(env, val >> SATP64_MODE_SHIFT)) {
        return RISCV_EXCP_NONE;
    }
    if (val != env->satp) {
        env->satp = val;
        riscv_tlb_flush(env);
    }
    return RISCV_EXCP_NONE;
}

/* ---- environment configuration ---- */

static uint64_t csr_envcfg_cbo_mask(CPURISCVState *env)
{
    const RISCVCPUConfig *cfg = riscv_cpu_cfg(env);

    return MENVCFG_FIOM |
           (cfg->ext_zicbom ? MENVCFG_CBIE | MENVCFG_CBCFE : 0) |
           (cfg->ext_zicboz ? MENVCFG_CBZE : 0);
}

static RISCVException read_envcfg(CPURISCVState *env, int csrno,
                                  target_ulong *val)
{
    *val = csrno == CSR_MENVCFG ? env->menvcfg : env->senvcfg;
    return RISCV_EXCP_NONE;
}

static RISCVException write_menvcfg(CPURISCVState *env, int csrno,
                                    target_ulong val)
{
    const RISCVCPUConfig *cfg = riscv_cpu_cfg(env);
    uint64_t mask = csr_envcfg_cbo_mask(env) |
                    (cfg->ext_svpbmt ? MENVCFG_PBMTE : 0) |
                    (cfg->ext_sstc ? MENVCFG_STCE : 0) |
                    (cfg->ext_svadu ? MENVCFG_ADUE : 0);
    uint64_t old = env->menvcfg;

    env->menvcfg = (old & ~mask) | (val & mask);
    if ((old ^ env->menvcfg) & (MENVCFG_PBMTE | MENVCFG_ADUE)) {
        riscv_tlb_flush(env);
    }
    return RISCV_EXCP_NONE;
}

static RISCVException write_senvcfg(CPURISCVState *env, int csrno,
                                    target_ulong val)
{
    uint64_t mask = csr_envcfg_cbo_mask(env);

    env->senvcfg = (env->senvcfg & ~mask) | (val & mask);
    return RISCV_EXCP_NONE;
}

/* ---- identification ---- */

static RISCVException read_id(CPURISCVState *env, int csrno,
                              target_ulong *val)
{
    const RISCVCPUConfig *cfg = riscv_cpu_cfg(env);

    switch (csrno) {
    case CSR_MVENDORID:
        *val = cfg->mvendorid;
        break;
    case CSR_MARCHID:
        *val = cfg->marchid;
        break;
    case CSR_MIMPID:
        *val = cfg->mimpid;
        break;
    case CSR_MHARTID:
        *val = env->mhartid;
        break;
    default:
        *val = 0;       /* mconfigptr: no configuration structure */
        break;
    }
    return RISCV_EXCP_NONE;
}

/* ---- PMP ---- */

static RISCVException read_pmpcfg(CPURISCVState *env, int csrno,
                                  target_ulong *val)
{
    *val = pmpcfg_csr_read(env, csrno - CSR_PMPCFG0);
    return RISCV_EXCP_NONE;
}

static RISCVException write_pmpcfg(CPURISCVState *env, int csrno,
                                   target_ulong val)
{
    pmpcfg_csr_write(env, csrno - CSR_PMPCFG0, val);
    return RISCV_EXCP_NONE;
}

static RISCVException read_pmpaddr(CPURISCVState *env, int csrno,
                                   target_ulong *val)
{
    *val = pmpaddr_csr_read(env, csrno - CSR_PMPADDR0);
    return RISCV_EXCP_NONE;
}

static RISCVException write_pmpaddr(CPURISCVState *env, int csrno,
                                    target_ulong val)
{
    pmpaddr_csr_write(env, csrno - CSR_PMPADDR0, val);
    return RISCV_EXCP_NONE;
}

/*
 * ---- debug triggers ----
 * Two address-match triggers are announced (tinfo) but none can be
 * programmed: tselect stays 0 and tdata writes are dropped.
 */
static RISCVException read_trigger(CPURISCVState *env, int csrno,
                                   target_ulong *val)
{
    switch (csrno) {
    case CSR_TDATA1:
        *val = 2ULL << 60;      /* type 2: address/data match, disabled */
        break;
    case CSR_TINFO:
        *val = (1 << 2) | (1 << 6);
        break;
    default:
        *val = 0;
        break;
    }
    return RISCV_EXCP_NONE;
}

static RISCVException write_trigger(CPURISCVState *env, int csrno,
                                    target_ulong val)
{
    qemu_log_mask(LOG_UNIMP, "trigger CSR 0x%x: write ignored\n", csrno);
    return RISCV_EXCP_NONE;
}

/* ---- the table ---- */

#define CSR(num, nm, pred, rd, wr) \
    [num] = { .name = nm, .predicate = pred, .read = rd, .write = wr }
#define CSR_RMW(num, nm, pred, op) \
    [num] = { .name = nm, .predicate = pred, .rmw = op }
/* CSRs that privileged spec 1.12 introduced */
#define CSR_1_12(num, nm, pred, rd, wr) \
    [num] = { .name = nm, .predicate = pred, .read = rd, .write = wr, \
              .min_priv_ver = PRIV_VERSION_1_12_0 }

const RISCVCSROps csr_ops[CSR_TABLE_SIZE] = {
    CSR(CSR_FFLAGS, "fflags", csr_fs, read_fflags, write_fflags),
    CSR(CSR_FRM, "frm", csr_fs, read_frm, write_frm),
    CSR(CSR_FCSR, "fcsr", csr_fs, read_fcsr, write_fcsr),

    CSR(CSR_SSTATUS, "sstatus", csr_smode, read_sstatus, write_sstatus),
    CSR(CSR_SIE, "sie", csr_smode, read_sie, write_sie),
    CSR(CSR_STVEC, "stvec", csr_smode, read_tvec, write_tvec),
    CSR_1_12(CSR_SENVCFG, "senvcfg", csr_smode, read_envcfg, write_senvcfg),
    CSR(CSR_SSCRATCH, "sscratch", csr_smode, read_plain, write_plain),
    CSR(CSR_SEPC, "sepc", csr_smode, read_epc, write_epc),
    CSR(CSR_SCAUSE, "scause", csr_smode, read_plain, write_plain),
    CSR(CSR_STVAL, "stval", csr_smode, read_plain, write_plain),
    CSR_RMW(CSR_SIP, "sip", csr_smode, rmw_sip),
    CSR(CSR_SATP, "satp", csr_satp, read_satp, write_satp),

    CSR(CSR_MVENDORID, "mvendorid", csr_any, read_id, NULL),
    CSR(CSR_MARCHID, "marchid", csr_any, read_id, NULL),
    CSR(CSR_MIMPID, "mimpid", csr_any, read_id, NULL),
    CSR(CSR_MHARTID, "mhartid", csr_any, read_id, NULL),
    CSR_1_12(CSR_MCONFIGPTR, "mconfigptr", csr_any, read_id, NULL),
    CSR(CSR_MSTATUS, "mstatus", csr_any, read_mstatus, write_mstatus),
    CSR(CSR_MISA, "misa", csr_any, read_misa, write_misa),
    CSR(CSR_MEDELEG, "medeleg", csr_smode, read_medeleg, write_medeleg),
    CSR(CSR_MIDELEG, "mideleg", csr_smode, read_mideleg, write_mideleg),
    CSR(CSR_MIE, "mie", csr_any, read_mie, write_mie),
    CSR(CSR_MTVEC, "mtvec", csr_any, read_tvec, write_tvec),
    CSR_1_12(CSR_MENVCFG, "menvcfg", csr_umode, read_envcfg, write_menvcfg),
    CSR(CSR_MSCRATCH, "mscratch", csr_any, read_plain, write_plain),
    CSR(CSR_MEPC, "mepc", csr_any, read_epc, write_epc),
    CSR(CSR_MCAUSE, "mcause", csr_any, read_plain, write_plain),
    CSR(CSR_MTVAL, "mtval", csr_any, read_plain, write_plain),
    CSR_RMW(CSR_MIP, "mip", csr_any, rmw_mip),

    CSR(CSR_PMPCFG0 + 0, "pmpcfg0", csr_pmp, read_pmpcfg, write_pmpcfg),
    CSR(CSR_PMPCFG0 + 1, "pmpcfg1", csr_pmp, read_pmpcfg, write_pmpcfg),
    CSR(CSR_PMPCFG0 + 2, "pmpcfg2", csr_pmp, read_pmpcfg, write_pmpcfg),
    CSR(CSR_PMPCFG0 + 3, "pmpcfg3", csr_pmp, read_pmpcfg, write_pmpcfg),
#define PMPADDR(n) \
    CSR(CSR_PMPADDR0 + n, "pmpaddr" #n, csr_pmp, read_pmpaddr, write_pmpaddr)
    PMPADDR(0), PMPADDR(1), PMPADDR(2), PMPADDR(3),
    PMPADDR(4), PMPADDR(5), PMPADDR(6), PMPADDR(7),
    PMPADDR(8), PMPADDR(9), PMPADDR(10), PMPADDR(11),
    PMPADDR(12), PMPADDR(13), PMPADDR(14), PMPADDR(15),

    CSR(CSR_TSELECT, "tselect", csr_any, read_trigger, write_trigger),
    CSR(CSR_TDATA1, "tdata1", csr_any, read_trigger, write_trigger),
    CSR(CSR_TDATA2, "tdata2", csr_any, read_trigger, write_trigger),
    CSR(CSR_TDATA3, "tdata3", csr_any, read_trigger, write_trigger),
    CSR(CSR_TINFO, "tinfo", csr_any, read_trigger, write_trigger),

    CSR(CSR_MCOUNTEREN, "mcounteren", csr_umode, read_counteren,
        write_counteren),
    CSR(CSR_SCOUNTEREN, "scounteren", csr_smode, read_counteren,
        write_counteren),
    [CSR_MCOUNTINHIBIT] = {
        .name = "mcountinhibit", .predicate = csr_any,
        .read = read_mcountinhibit, .write = write_mcountinhibit,
        .min_priv_ver = PRIV_VERSION_1_11_0,    /* new in 1.11 */
    },
    CSR_1_12(CSR_STIMECMP, "stimecmp", csr_sstc, read_stimecmp,
             write_stimecmp),
    CSR(CSR_CYCLE, "cycle", csr_ctr, read_counter, NULL),
    CSR(CSR_TIME, "time", csr_ctr, read_time, NULL),
    CSR(CSR_INSTRET, "instret", csr_ctr, read_counter, NULL),
    CSR(CSR_MCYCLE, "mcycle", csr_any, read_counter, write_mcounter),
    CSR(CSR_MINSTRET, "minstret", csr_any, read_counter, write_mcounter),
#define HPM(n) \
    CSR(CSR_CYCLE + n, "hpmcounter" #n, csr_ctr, read_counter, NULL), \
    CSR(CSR_MCYCLE + n, "mhpmcounter" #n, csr_mctr, read_zero, \
        write_ignore), \
    CSR(CSR_MCOUNTINHIBIT + n, "mhpmevent" #n, csr_any, read_zero, \
        write_ignore)
    HPM(3), HPM(4), HPM(5), HPM(6), HPM(7), HPM(8), HPM(9), HPM(10),
    HPM(11), HPM(12), HPM(13), HPM(14), HPM(15), HPM(16), HPM(17),
    HPM(18), HPM(19), HPM(20), HPM(21), HPM(22), HPM(23), HPM(24),
    HPM(25), HPM(26), HPM(27), HPM(28), HPM(29), HPM(30), HPM(31),
};

/* ---- access ---- */

static RISCVException csr_check(CPURISCVState *env, int csrno,
                                const RISCVCSROps *op, target_ulong wmask,
                                bool debug)
{
    if (!op->predicate || env->priv_ver < op->min_priv_ver) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    if (!debug) {
        if (wmask && (csrno & 0xc00) == 0xc00) {
            return RISCV_EXCP_ILLEGAL_INST;     /* read-only CSR */
        }
        if (env->priv < ((csrno >> 8) & 3)) {
            return RISCV_EXCP_ILLEGAL_INST;     /* too little privilege */
        }
    }
    return op->predicate(env, csrno, debug);
}

static RISCVException csr_access(CPURISCVState *env, int csrno,
                                 target_ulong *ret_value,
                                 target_ulong new_value,
                                 target_ulong write_mask, bool debug)
{
    const RISCVCSROps *op;
    target_ulong old;
    RISCVException ex;

    if (csrno < 0 || csrno >= CSR_TABLE_SIZE) {
        return RISCV_EXCP_ILLEGAL_INST;
    }
    op = &csr_ops[csrno];
    ex = csr_check(env, csrno, op, write_mask, debug);
    if (ex != RISCV_EXCP_NONE) {
        return ex;
    }
    if (op->rmw) {
        return op->rmw(env, csrno, ret_value, new_value, write_mask);
    }
    ex = op->read(env, csrno, &old);
    if (ex != RISCV_EXCP_NONE) {
        return ex;
    }
    if (write_mask && op->write) {
        ex = op->write(env, csrno, (old & ~write_mask) |
                                   (new_value & write_mask));
        if (ex != RISCV_EXCP_NONE) {
            return ex;
        }
    }
    if (ret_value) {
        *ret_value = old;
    }
    return RISCV_EXCP_NONE;
}

RISCVException riscv_csrrw(CPURISCVState *env, int csrno,
                           target_ulong *ret_value, target_ulong new_value,
                           target_ulong write_mask)
{
    return csr_access(env, csrno, ret_value, new_value, write_mask, false);
}

RISCVException riscv_csrrw_debug(CPURISCVState *env, int csrno,
                                 target_ulong *ret_value,
                                 target_ulong new_value,
                                 target_ulong write_mask)
{
    return csr_access(env, csrno, ret_value, new_value, write_mask, true);
}

const char *riscv_csr_name(int csrno)
{
    if (csrno < 0 || csrno >= CSR_TABLE_SIZE) {
        return NULL;
    }
    return csr_ops[csrno].name;
}
