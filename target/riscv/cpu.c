/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cpu.c: the RISC-V hart as a QOM device: the abstract riscv-cpu type
 * and the rv64 and max models, their -cpu properties (extension
 * switches and identity, with QEMU 8.2's names and defaults), realize
 * checks with QEMU's messages, reset to the privileged spec's power-on
 * state, the device-tree ISA string and the register dump of
 * `info registers` and -d cpu.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qom/qom-qobject.h"
#include "qobject/qbool.h"
#include "target/riscv/insn.h"

/* QEMU 8.2.0's marchid/mimpid: its version as 0xMMmmuu. */
#define RISCV_CPU_MARCHID 0x080200
#define RISCV_CPU_MIMPID RISCV_CPU_MARCHID
#define RISCV_DEFAULT_RSTVEC 0x1000
#define MENVCFG_ADUE (1ULL << 61)
#define MENVCFG_PBMTE (1ULL << 62)

/* A boolean -cpu property backed by a RISCVCPUConfig field. */
typedef struct RISCVCPUBoolProp {
    const char *name;
    size_t offset;
    bool def;                   /* rv64's default; max enables all */
    const char *isa;            /* its ISA-string name, or NULL */
} RISCVCPUBoolProp;

#define EXT(n, field, d) { n, offsetof(RISCVCPUConfig, field), d, n }
#define OPT(n, field, d) { n, offsetof(RISCVCPUConfig, field), d, NULL }

/* Single letters first, then the rest in the ISA string's order. */
static const RISCVCPUBoolProp riscv_cpu_bool_props[] = {
    OPT("i", ext_i, true), OPT("m", ext_m, true), OPT("a", ext_a, true),
    OPT("f", ext_f, true), OPT("d", ext_d, true), OPT("c", ext_c, true),
    OPT("s", ext_s, true), OPT("u", ext_u, true),
    EXT("zicbom", ext_zicbom, true),
    EXT("zicbop", ext_zicbop, true),
    EXT("zicboz", ext_zicboz, true),
    EXT("zicntr", ext_zicntr, true),
    EXT("zicsr", ext_zicsr, true),
    EXT("zifencei", ext_zifencei, true),
    EXT("zihintpause", ext_zihintpause, true),
    EXT("zihpm", ext_zihpm, true),
    EXT("zawrs", ext_zawrs, true),
    EXT("zfa", ext_zfa, false),
    EXT("zba", ext_zba, true),
    EXT("zbb", ext_zbb, true),
    EXT("zbc", ext_zbc, true),
    EXT("zbs", ext_zbs, true),
    EXT("sstc", ext_sstc, true),
    EXT("svadu", ext_svadu, true),
    EXT("svinval", ext_svinval, false),
    EXT("svnapot", ext_svnapot, false),
    EXT("svpbmt", ext_svpbmt, false),
    OPT("mmu", mmu, true),
    OPT("pmp", pmp, true),
};

static bool *cfg_bool(RISCVCPU *cpu, const RISCVCPUBoolProp *p)
{
    return (bool *)((char *)&cpu->cfg + p->offset);
}

static void riscv_cpu_get_bool(Object *obj, const char *name,
                               QObject **value, void *opaque, Error **errp)
{
    *value = QOBJECT(qbool_from_bool(*cfg_bool(RISCV_CPU(obj), opaque)));
}

static void riscv_cpu_set_bool(Object *obj, const char *name,
                               QObject **value, void *opaque, Error **errp)
{
    bool v;

    if (qom_input_bool(name, *value, &v, errp)) {
        *cfg_bool(RISCV_CPU(obj), opaque) = v;
    }
}

/* ---- priv_spec ---- */

static const char *const priv_spec_names[] = {
    [PRIV_VERSION_1_10_0] = "v1.10.0",
    [PRIV_VERSION_1_11_0] = "v1.11.0",
    [PRIV_VERSION_1_12_0] = "v1.12.0",
};

static char *riscv_cpu_get_priv_spec(Object *obj, Error **errp)
{
    return g_strdup(priv_spec_names[RISCV_CPU(obj)->env.priv_ver]);
}

static void riscv_cpu_set_priv_spec(Object *obj, const char *value,
                                    Error **errp)
{
    int i;

    for (i = 0; i < (int)ARRAY_SIZE(priv_spec_names); i++) {
        if (strcmp(value, priv_spec_names[i]) == 0) {
            RISCV_CPU(obj)->env.priv_ver = i;
            return;
        }
    }
    error_setg(errp, "Unsupported privilege spec version '%s'", value);
}

static void riscv_cpu_add_props(ObjectClass *oc)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(riscv_cpu_bool_props); i++) {
        const RISCVCPUBoolProp *p = &riscv_cpu_bool_props[i];
        ObjectProperty *op;

        op = object_class_property_add(oc, p->name, "bool",
                                       riscv_cpu_get_bool,
                                       riscv_cpu_set_bool, NULL,
                                       (void *)p);
        object_property_set_default_bool(op, p->def);
    }
    object_class_property_add_str(oc, "priv_spec", riscv_cpu_get_priv_spec,
                                  riscv_cpu_set_priv_spec);
}

/* Integer identity and cache-block sizes: instance pointers. */
static void riscv_cpu_add_int_props(Object *obj)
{
    RISCVCPU *cpu = RISCV_CPU(obj);

    object_property_add_uint16_ptr(obj, "cbom_blocksize",
                                   &cpu->cfg.cbom_blocksize,
                                   OBJ_PROP_FLAG_READWRITE);
    object_property_add_uint16_ptr(obj, "cboz_blocksize",
                                   &cpu->cfg.cboz_blocksize,
                                   OBJ_PROP_FLAG_READWRITE);
    object_property_add_uint32_ptr(obj, "mvendorid", &cpu->cfg.mvendorid,
                                   OBJ_PROP_FLAG_READWRITE);
    object_property_add_uint64_ptr(obj, "marchid", &cpu->cfg.marchid,
                                   OBJ_PROP_FLAG_READWRITE);
    object_property_add_uint64_ptr(obj, "mimpid", &cpu->cfg.mimpid,
                                   OBJ_PROP_FLAG_READWRITE);
}

/* ---- instances ---- */

static void riscv_cpu_init(Object *obj)
{
    RISCVCPU *cpu = RISCV_CPU(obj);
    CPURISCVState *env = &cpu->env;
    size_t i;

    CPU(obj)->env_ptr = env;
    for (i = 0; i < ARRAY_SIZE(riscv_cpu_bool_props); i++) {
        *cfg_bool(cpu, &riscv_cpu_bool_props[i]) =
            riscv_cpu_bool_props[i].def;
    }
    cpu->cfg.cbom_blocksize = 64;
    cpu->cfg.cboz_blocksize = 64;
    cpu->cfg.marchid = RISCV_CPU_MARCHID;
    cpu->cfg.mimpid = RISCV_CPU_MIMPID;
    env->priv_ver = PRIV_VERSION_1_12_0;
    env->resetvec = RISCV_DEFAULT_RSTVEC;
    env->load_res = -1;
    riscv_tlb_flush(env);
    riscv_cpu_add_int_props(obj);
}

/* max: every extension we implement. */
static void riscv_max_cpu_init(Object *obj)
{
    RISCVCPU *cpu = RISCV_CPU(obj);
    size_t i;

    for (i = 0; i < ARRAY_SIZE(riscv_cpu_bool_props); i++) {
        if (riscv_cpu_bool_props[i].offset !=
            offsetof(RISCVCPUConfig, ext_zfa)) {
            *cfg_bool(cpu, &riscv_cpu_bool_props[i]) = true;
        }
    }
}

static void riscv_cpu_finalize(Object *obj)
{
    riscv_tlb_unregister_hart(&RISCV_CPU(obj)->env);
}

/* ---- realize ---- */

static bool is_pow2_in(unsigned v, unsigned lo, unsigned hi)
{
    return v >= lo && v <= hi && (v & (v - 1)) == 0;
}

static bool riscv_cpu_check_exts(RISCVCPU *cpu, Error **errp)
{
    RISCVCPUConfig *cfg = &cpu->cfg;

    if (!cfg->ext_i) {
        error_setg(errp, "Either I or E extension must be set");
        return false;
    }
    if (cfg->ext_d && !cfg->ext_f) {
        error_setg(errp, "D extension requires F extension");
        return false;
    }
    if (cfg->ext_f && !cfg->ext_zicsr) {
        error_setg(errp, "F extension requires Zicsr");
        return false;
    }
    if (cfg->ext_s && !cfg->ext_u) {
        error_setg(errp,
                   "Setting S extension without U extension is illegal");
        return false;
    }
    if (cfg->ext_zfa && !cfg->ext_f) {
        error_setg(errp, "Zfa extension requires F extension");
        return false;
    }
    if (cfg->ext_zfa) {
        error_setg(errp, "zfa is not supported by this emulator");
        return false;
    }
    if (!is_pow2_in(cfg->cbom_blocksize, 8, 4096) ||
        !is_pow2_in(cfg->cboz_blocksize, 8, 4096)) {
        error_setg(errp, "cbom_blocksize and cboz_blocksize must be "
                   "powers of 2 from 8 to 4096");
        return false;
    }
    /* Counters need the CSR instructions; QEMU drops them silently. */
    if (!cfg->ext_zicsr) {
        cfg->ext_zicntr = false;
        cfg->ext_zihpm = false;
    }
    return true;
}

static target_ulong riscv_cpu_misa(RISCVCPUConfig *cfg)
{
    target_ulong misa = MISA_MXL_64;

    misa |= cfg->ext_i ? RVI : 0;
    misa |= cfg->ext_m ? RVM : 0;
    misa |= cfg->ext_a ? RVA : 0;
    misa |= cfg->ext_f ? RVF : 0;
    misa |= cfg->ext_d ? RVD : 0;
    misa |= cfg->ext_c ? RVC : 0;
    misa |= cfg->ext_s ? RVS : 0;
    misa |= cfg->ext_u ? RVU : 0;
    return misa;
}

static void riscv_cpu_realize(DeviceState *dev, Error **errp)
{
    RISCVCPU *cpu = RISCV_CPU(dev);
    RISCVCPUClass *rcc = RISCV_CPU_GET_CLASS(dev);
    CPURISCVState *env = &cpu->env;

    if (!riscv_cpu_check_exts(cpu, errp)) {
        return;
    }
    env->misa = riscv_cpu_misa(&cpu->cfg);
    env->misa_ext_mask = env->misa & ~MISA_MXL_64;
    cpu->cfg.satp_mode_max = cpu->cfg.mmu ? VM_1_10_SV57 : VM_1_10_MBARE;
    riscv_tlb_register_hart(env);
    if (rcc->parent_realize) {
        rcc->parent_realize(dev, errp);
    }
}

/* ---- reset ---- */

#define MSTATUS64_UXL_SXL_64 ((2ULL << 32) | (2ULL << 34))

static void riscv_cpu_reset(DeviceState *dev)
{
    RISCVCPU *cpu = RISCV_CPU(dev);
    RISCVCPUClass *rcc = RISCV_CPU_GET_CLASS(dev);
    CPURISCVState *env = &cpu->env;

    if (rcc->parent_reset) {
        rcc->parent_reset(dev);
    }
    memset(env->gpr, 0, sizeof(env->gpr));
    memset(env->fpr, 0, sizeof(env->fpr));
    env->priv = PRV_M;
    env->pc = env->resetvec;
    env->misa = riscv_cpu_misa(&cpu->cfg);
    env->mstatus = MSTATUS64_UXL_SXL_64;
    env->mie = env->mideleg = env->medeleg = 0;
    env->mcause = env->mtval = env->mepc = 0;
    env->load_res = -1;
    env->load_val = 0;
    env->fflags = env->frm = 0;
    env->menvcfg = (cpu->cfg.ext_svpbmt ? MENVCFG_PBMTE : 0) |
                   (cpu->cfg.ext_svadu ? MENVCFG_ADUE : 0);
    env->senvcfg = 0;
    env->satp = 0;
    env->badaddr = 0;
    CPU(dev)->exception_index = -1;
    CPU(dev)->halted = 0;
    riscv_tlb_flush(env);
}

/* ---- the ISA string ---- */

char *riscv_isa_string(RISCVCPU *cpu)
{
    static const char letters[] = "iemafdqcpvh";
    GString *s = g_string_new("rv64");
    size_t i;

    for (i = 0; letters[i]; i++) {
        if (riscv_has_ext(&cpu->env, 1ULL << (letters[i] - 'a'))) {
            g_string_append_c(s, letters[i]);
        }
    }
    for (i = 0; i < ARRAY_SIZE(riscv_cpu_bool_props); i++) {
        const RISCVCPUBoolProp *p = &riscv_cpu_bool_props[i];

        if (p->isa && *cfg_bool(cpu, p)) {
            g_string_append_printf(s, "_%s", p->isa);
        }
    }
    return g_string_free(s, false);
}

/* ---- info registers, -d cpu ---- */

static const char *const riscv_int_regnames[32] = {
    "x0/zero", "x1/ra", "x2/sp", "x3/gp", "x4/tp", "x5/t0", "x6/t1",
    "x7/t2", "x8/s0", "x9/s1", "x10/a0", "x11/a1", "x12/a2", "x13/a3",
    "x14/a4", "x15/a5", "x16/a6", "x17/a7", "x18/s2", "x19/s3", "x20/s4",
    "x21/s5", "x22/s6", "x23/s7", "x24/s8", "x25/s9", "x26/s10", "x27/s11",
    "x28/t3", "x29/t4", "x30/t5", "x31/t6",
};

static const char *const riscv_fpr_regnames[32] = {
    "f0/ft0", "f1/ft1", "f2/ft2", "f3/ft3", "f4/ft4", "f5/ft5", "f6/ft6",
    "f7/ft7", "f8/fs0", "f9/fs1", "f10/fa0", "f11/fa1", "f12/fa2",
    "f13/fa3", "f14/fa4", "f15/fa5", "f16/fa6", "f17/fa7", "f18/fs2",
    "f19/fs3", "f20/fs4", "f21/fs5", "f22/fs6", "f23/fs7", "f24/fs8",
    "f25/fs9", "f26/fs10", "f27/fs11", "f28/ft8", "f29/ft9", "f30/ft10",
    "f31/ft11",
};

typedef struct RISCVDumpCSR {
    const char *name;
    int csrno;
    size_t offset;              /* the env field when the CSR code fails */
} RISCVDumpCSR;

#define DUMP_CSR(n, no, f) { n, no, offsetof(CPURISCVState, f) }

static const RISCVDumpCSR riscv_dump_csrs[] = {
    DUMP_CSR("mhartid", 0xf14, mhartid),
    DUMP_CSR("mstatus", 0x300, mstatus),
    DUMP_CSR("mip", 0x344, mip),
    DUMP_CSR("mie", 0x304, mie),
    DUMP_CSR("mideleg", 0x303, mideleg),
    DUMP_CSR("medeleg", 0x302, medeleg),
    DUMP_CSR("mtvec", 0x305, mtvec),
    DUMP_CSR("stvec", 0x105, stvec),
    DUMP_CSR("mepc", 0x341, mepc),
    DUMP_CSR("sepc", 0x141, sepc),
    DUMP_CSR("mcause", 0x342, mcause),
    DUMP_CSR("scause", 0x142, scause),
    DUMP_CSR("mtval", 0x343, mtval),
    DUMP_CSR("stval", 0x143, stval),
    DUMP_CSR("mscratch", 0x340, mscratch),
    DUMP_CSR("sscratch", 0x140, sscratch),
    DUMP_CSR("satp", 0x180, satp),
};

void riscv_cpu_dump_state(CPUState *cs, FILE *f, int flags)
{
    CPURISCVState *env = &RISCV_CPU(cs)->env;
    size_t i;

    fprintf(f, " %s " TARGET_FMT_lx "\n", "pc      ", env->pc);
    for (i = 0; i < ARRAY_SIZE(riscv_dump_csrs); i++) {
        const RISCVDumpCSR *c = &riscv_dump_csrs[i];
        target_ulong val;

        if (riscv_csrrw_debug(env, c->csrno, &val, 0, 0) !=
            RISCV_EXCP_NONE) {
            val = *(target_ulong *)((char *)env + c->offset);
        }
        fprintf(f, " %-8s " TARGET_FMT_lx "\n", c->name, val);
    }
    for (i = 0; i < 32; i++) {
        fprintf(f, " %-8s " TARGET_FMT_lx, riscv_int_regnames[i],
                env->gpr[i]);
        if ((i & 3) == 3) {
            fprintf(f, "\n");
        }
    }
    if (flags & CPU_DUMP_FPU) {
        for (i = 0; i < 32; i++) {
            fprintf(f, " %-8s %016" PRIx64, riscv_fpr_regnames[i],
                    env->fpr[i]);
            if ((i & 3) == 3) {
                fprintf(f, "\n");
            }
        }
    }
}

/* ---- CPUClass hooks ---- */

static void riscv_cpu_set_pc(CPUState *cs, vaddr value)
{
    RISCV_CPU(cs)->env.pc = value;
}

static vaddr riscv_cpu_get_pc(CPUState *cs)
{
    return RISCV_CPU(cs)->env.pc;
}

static int64_t riscv_cpu_get_arch_id(CPUState *cs)
{
    return RISCV_CPU(cs)->env.mhartid;
}

static hwaddr riscv_cpu_get_phys_page_debug(CPUState *cs, vaddr addr)
{
    CPURISCVState *env = &RISCV_CPU(cs)->env;
    target_ulong tlb_size;
    hwaddr phys;
    int prot;

    if (riscv_get_physical_address(env, &phys, &prot, &tlb_size, addr,
                                   MMU_DATA_LOAD,
                                   riscv_cpu_mmu_index(env, false)) !=
        TRANSLATE_SUCCESS) {
        return -1;
    }
    return phys & RISCV_PAGE_MASK;
}

static int riscv_cpu_memory_rw_debug(CPUState *cs, vaddr addr, uint8_t *buf,
                                     int len, bool is_write)
{
    while (len > 0) {
        hwaddr page = riscv_cpu_get_phys_page_debug(cs, addr);
        int n = MIN(len, RISCV_PAGE_SIZE - (int)(addr & ~RISCV_PAGE_MASK));

        if (page == (hwaddr)-1) {
            return -1;
        }
        page |= addr & ~RISCV_PAGE_MASK;
        if (is_write) {
            address_space_write_rom(&address_space_memory, page,
                                    MEMTXATTRS_UNSPECIFIED, buf, n);
        } else {
            address_space_read(&address_space_memory, page,
                               MEMTXATTRS_UNSPECIFIED, buf, n);
        }
        addr += n;
        buf += n;
        len -= n;
    }
    return 0;
}

static void riscv_cpu_tlb_flush_hook(CPUState *cs)
{
    riscv_tlb_flush(&RISCV_CPU(cs)->env);
    riscv_decode_cache_flush();
}

void riscv_cpu_set_rdtime_fn(CPURISCVState *env, uint64_t (*fn)(void *),
                             void *arg)
{
    env->rdtime_fn = fn;
    env->rdtime_fn_arg = arg;
}

/* ---- -cpu NAME ---- */

static ObjectClass *riscv_cpu_class_by_name(const char *cpu_model)
{
    g_autofree char *typename = NULL;
    ObjectClass *oc;

    if (!cpu_model) {
        return NULL;
    }
    typename = g_strdup_printf(RISCV_CPU_TYPE_NAME("%s"), cpu_model);
    oc = object_class_by_name(typename);
    if (!oc || object_class_is_abstract(oc) ||
        !object_class_dynamic_cast(oc, TYPE_RISCV_CPU)) {
        return NULL;
    }
    return oc;
}

void riscv_cpu_list(void)
{
    /* The models, sorted, as QEMU 8.2's riscv_cpu_list prints them. */
    printf("max\nrv64\n");
}

static void riscv_cpu_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);
    CPUClass *cc = CPU_CLASS(oc);
    RISCVCPUClass *rcc = RISCV_CPU_CLASS(oc);

    rcc->parent_realize = dc->realize;
    dc->realize = riscv_cpu_realize;
    rcc->parent_reset = dc->reset;
    dc->reset = riscv_cpu_reset;
    cc->class_by_name = riscv_cpu_class_by_name;
    cc->list_models = riscv_cpu_list;
    cc->has_work = riscv_cpu_has_work;
    cc->dump_state = riscv_cpu_dump_state;
    cc->get_arch_id = riscv_cpu_get_arch_id;
    cc->set_pc = riscv_cpu_set_pc;
    cc->get_pc = riscv_cpu_get_pc;
    cc->memory_rw_debug = riscv_cpu_memory_rw_debug;
    cc->get_phys_page_debug = riscv_cpu_get_phys_page_debug;
    cc->cpu_exec = riscv_cpu_exec;
    cc->tlb_flush = riscv_cpu_tlb_flush_hook;
    riscv_cpu_add_props(oc);
}

static const TypeInfo riscv_cpu_types[] = {
    {
        .name = TYPE_RISCV_CPU,
        .parent = TYPE_CPU,
        .instance_size = sizeof(RISCVCPU),
        .instance_init = riscv_cpu_init,
        .instance_finalize = riscv_cpu_finalize,
        .abstract = true,
        .class_size = sizeof(RISCVCPUClass),
        .class_init = riscv_cpu_class_init,
    },
    {
        .name = TYPE_RISCV_CPU_BASE64,
        .parent = TYPE_RISCV_CPU,
    },
    {
        .name = TYPE_RISCV_CPU_MAX,
        .parent = TYPE_RISCV_CPU,
        .instance_init = riscv_max_cpu_init,
    },
};

DEFINE_TYPES(riscv_cpu_types)
