/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * virt-fdt.c: the riscv virt board's device tree, in the layout QEMU 8.2
 * gives it (Linux, OpenSBI and U-Boot find their devices by it): cpus
 * with ISA string, MMU type and interrupt controllers, cpu-map, memory,
 * soc with clint, plic, serial, test finisher, rtc and the virtio-mmio
 * slots, poweroff/reboot through the finisher, chosen.
 */
#include "qemu/osdep.h"
#include <libfdt.h>
#include "qemu/error-report.h"
#include "hw/core/cpu.h"
#include "hw/riscv/virt.h"
#include "target/riscv/cpu.h"

#define FDT_INITIAL_SIZE 0x100000

/* Give up on a libfdt error: our own tree is wrong, not the user's input. */
static void fdt_check(int ret, const char *what)
{
    if (ret < 0) {
        error_report("%s: %s", what, fdt_strerror(ret));
        exit(1);
    }
}

static int add_node(void *fdt, int parent, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);

static int add_node(void *fdt, int parent, const char *fmt, ...)
{
    g_autofree char *name = NULL;
    va_list ap;
    int node;

    va_start(ap, fmt);
    name = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    node = fdt_add_subnode(fdt, parent, name);
    fdt_check(node, name);
    return node;
}

static void set_str(void *fdt, int node, const char *prop, const char *val)
{
    fdt_check(fdt_setprop_string(fdt, node, prop, val), prop);
}

static void set_cell(void *fdt, int node, const char *prop, uint32_t val)
{
    fdt_check(fdt_setprop_cell(fdt, node, prop, val), prop);
}

static void set_empty(void *fdt, int node, const char *prop)
{
    fdt_check(fdt_setprop_empty(fdt, node, prop), prop);
}

/* A list of strings: "a\0b\0". */
static void set_strings(void *fdt, int node, const char *prop,
                        const char *const *strs, int n)
{
    GString *buf = g_string_new(NULL);
    int i;

    for (i = 0; i < n; i++) {
        g_string_append_len(buf, strs[i], strlen(strs[i]) + 1);
    }
    fdt_check(fdt_setprop(fdt, node, prop, buf->str, buf->len), prop);
    g_string_free(buf, true);
}

static void set_cells(void *fdt, int node, const char *prop,
                      const uint32_t *cells, int n)
{
    g_autofree fdt32_t *be = g_new(fdt32_t, n);
    int i;

    for (i = 0; i < n; i++) {
        be[i] = cpu_to_fdt32(cells[i]);
    }
    fdt_check(fdt_setprop(fdt, node, prop, be, n * sizeof(fdt32_t)), prop);
}

/* reg = <base size> with two cells each. */
static void set_reg(void *fdt, int node, hwaddr base, hwaddr size)
{
    uint32_t cells[4] = { base >> 32, (uint32_t)base, size >> 32,
                          (uint32_t)size };

    set_cells(fdt, node, "reg", cells, 4);
}

static const char *mmu_type(RISCVCPU *cpu)
{
    switch (cpu->cfg.satp_mode_max) {
    case VM_1_10_SV57:
        return "riscv,sv57";
    case VM_1_10_SV48:
        return "riscv,sv48";
    case VM_1_10_SV39:
        return "riscv,sv39";
    default:
        return "riscv,none";
    }
}

static void create_fdt_cpu(RISCVVirtState *s, int cpus, CPUState *cs)
{
    void *fdt = MACHINE(s)->fdt;
    RISCVCPU *cpu = RISCV_CPU(cs);
    int hart = cpu->env.mhartid;
    g_autofree char *isa = riscv_isa_string(cpu);
    int node = add_node(fdt, cpus, "cpu@%d", hart);
    int intc;

    set_cell(fdt, node, "phandle", s->phandle_cpu[hart]);
    set_str(fdt, node, "device_type", "cpu");
    set_cell(fdt, node, "reg", hart);
    set_str(fdt, node, "status", "okay");
    set_str(fdt, node, "compatible", "riscv");
    set_str(fdt, node, "riscv,isa", isa);
    if (cpu->cfg.mmu) {
        set_str(fdt, node, "mmu-type", mmu_type(cpu));
    }
    if (cpu->cfg.ext_zicbom) {
        set_cell(fdt, node, "riscv,cbom-block-size",
                 cpu->cfg.cbom_blocksize);
    }
    if (cpu->cfg.ext_zicboz) {
        set_cell(fdt, node, "riscv,cboz-block-size",
                 cpu->cfg.cboz_blocksize);
    }
    intc = add_node(fdt, node, "interrupt-controller");
    set_cell(fdt, intc, "#interrupt-cells", 1);
    set_empty(fdt, intc, "interrupt-controller");
    set_str(fdt, intc, "compatible", "riscv,cpu-intc");
    set_cell(fdt, intc, "phandle", s->phandle_intc[hart]);
}

static void create_fdt_cpus(RISCVVirtState *s)
{
    void *fdt = MACHINE(s)->fdt;
    int cpus = add_node(fdt, 0, "cpus");
    int map, cluster, core;
    CPUState *cs;
    int n = 0;

    set_cell(fdt, cpus, "#address-cells", 1);
    set_cell(fdt, cpus, "#size-cells", 0);
    set_cell(fdt, cpus, "timebase-frequency", VIRT_TIMEBASE_FREQ);
    map = add_node(fdt, cpus, "cpu-map");
    cluster = add_node(fdt, map, "cluster0");
    CPU_FOREACH(cs) {
        n++;
    }
    /*
     * Added in reverse, so each list reads in hart order, as QEMU's.
     * Adding a node moves the ones after it: look the parents up again.
     */
    for (; n > 0; n--) {
        cs = qemu_get_cpu(n - 1);
        create_fdt_cpu(s, fdt_path_offset(fdt, "/cpus"), cs);
        cluster = fdt_path_offset(fdt, "/cpus/cpu-map/cluster0");
        core = add_node(fdt, cluster, "core%d", n - 1);
        set_cell(fdt, core, "cpu", s->phandle_cpu[n - 1]);
    }
}

static void create_fdt_memory(RISCVVirtState *s)
{
    MachineState *ms = MACHINE(s);
    hwaddr base = virt_memmap[VIRT_DRAM].base;
    int node = add_node(ms->fdt, 0, "memory@%" HWADDR_PRIx, base);

    set_str(ms->fdt, node, "device_type", "memory");
    set_reg(ms->fdt, node, base, ms->ram_size);
}

/* interrupts-extended = <&intc(hart) irq_a &intc(hart) irq_b ...> */
static void set_per_hart_irqs(RISCVVirtState *s, int node, uint32_t irq_a,
                              uint32_t irq_b)
{
    MachineState *ms = MACHINE(s);
    unsigned n = ms->smp.cpus;
    g_autofree uint32_t *cells = g_new(uint32_t, n * 4);
    unsigned i;

    for (i = 0; i < n; i++) {
        cells[i * 4 + 0] = s->phandle_intc[i];
        cells[i * 4 + 1] = irq_a;
        cells[i * 4 + 2] = s->phandle_intc[i];
        cells[i * 4 + 3] = irq_b;
    }
    set_cells(ms->fdt, node, "interrupts-extended", cells, n * 4);
}

static void create_fdt_clint(RISCVVirtState *s, int soc)
{
    static const char *const compat[] = { "sifive,clint0", "riscv,clint0" };
    void *fdt = MACHINE(s)->fdt;
    const MemMapEntry *m = &virt_memmap[VIRT_CLINT];
    int node = add_node(fdt, soc, "clint@%" HWADDR_PRIx, m->base);

    set_strings(fdt, node, "compatible", compat, 2);
    set_reg(fdt, node, m->base, m->size);
    set_per_hart_irqs(s, node, IRQ_M_SOFT, IRQ_M_TIMER);
}

static void create_fdt_plic(RISCVVirtState *s, int soc)
{
    static const char *const compat[] = {
        "sifive,plic-1.0.0", "riscv,plic0"
    };
    MachineState *ms = MACHINE(s);
    const MemMapEntry *m = &virt_memmap[VIRT_PLIC];
    int node = add_node(ms->fdt, soc, "plic@%" HWADDR_PRIx, m->base);

    set_cell(ms->fdt, node, "#interrupt-cells", 1);
    set_cell(ms->fdt, node, "#address-cells", 0);
    set_strings(ms->fdt, node, "compatible", compat, 2);
    set_empty(ms->fdt, node, "interrupt-controller");
    set_per_hart_irqs(s, node, IRQ_M_EXT, IRQ_S_EXT);
    set_reg(ms->fdt, node, m->base, m->size);
    set_cell(ms->fdt, node, "riscv,ndev", VIRT_IRQCHIP_NUM_SOURCES - 1);
    set_cell(ms->fdt, node, "phandle", s->phandle_plic);
}

/* A device of the soc node with a PLIC interrupt. */
static int create_fdt_irq_dev(RISCVVirtState *s, int soc, const char *name,
                              hwaddr base, hwaddr size, const char *compat,
                              uint32_t irq)
{
    void *fdt = MACHINE(s)->fdt;
    int node = add_node(fdt, soc, "%s@%" HWADDR_PRIx, name, base);

    set_str(fdt, node, "compatible", compat);
    set_reg(fdt, node, base, size);
    set_cell(fdt, node, "interrupt-parent", s->phandle_plic);
    set_cell(fdt, node, "interrupts", irq);
    return node;
}

static void create_fdt_syscon(RISCVVirtState *s, int soc)
{
    static const char *const compat[] = {
        "sifive,test1", "sifive,test0", "syscon"
    };
    void *fdt = MACHINE(s)->fdt;
    const MemMapEntry *m = &virt_memmap[VIRT_TEST];
    int node = add_node(fdt, soc, "test@%" HWADDR_PRIx, m->base);
    int i;
    struct {
        const char *name;
        uint32_t value;
    } actions[] = { { "reboot", 0x7777 }, { "poweroff", 0x5555 } };

    set_cell(fdt, node, "phandle", s->phandle_test);
    set_reg(fdt, node, m->base, m->size);
    set_strings(fdt, node, "compatible", compat, 3);
    for (i = 0; i < 2; i++) {
        g_autofree char *compat1 = g_strdup_printf("syscon-%s",
                                                   actions[i].name);
        int a = add_node(fdt, 0, "%s", actions[i].name);

        set_cell(fdt, a, "value", actions[i].value);
        set_cell(fdt, a, "offset", 0);
        set_cell(fdt, a, "regmap", s->phandle_test);
        set_str(fdt, a, "compatible", compat1);
    }
}

static void create_fdt_soc(RISCVVirtState *s)
{
    void *fdt = MACHINE(s)->fdt;
    int soc = add_node(fdt, 0, "soc");
    int i, node;
    hwaddr base;

    set_cell(fdt, soc, "#address-cells", 2);
    set_cell(fdt, soc, "#size-cells", 2);
    set_str(fdt, soc, "compatible", "simple-bus");
    set_empty(fdt, soc, "ranges");
    create_fdt_clint(s, soc);
    create_fdt_plic(s, soc);
    for (i = 0; i < VIRT_VIRTIO_COUNT; i++) {
        base = virt_memmap[VIRT_VIRTIO].base +
               i * virt_memmap[VIRT_VIRTIO].size;
        create_fdt_irq_dev(s, soc, "virtio_mmio", base,
                           virt_memmap[VIRT_VIRTIO].size, "virtio,mmio",
                           VIRT_VIRTIO_IRQ + i);
    }
    create_fdt_syscon(s, soc);
    /* The poweroff and reboot nodes went in before /soc: find it again. */
    soc = fdt_path_offset(fdt, "/soc");
    node = create_fdt_irq_dev(s, soc, "serial",
                              virt_memmap[VIRT_UART0].base,
                              virt_memmap[VIRT_UART0].size, "ns16550a",
                              VIRT_UART0_IRQ);
    set_cell(fdt, node, "clock-frequency", VIRT_UART0_CLOCK);
    create_fdt_irq_dev(s, soc, "rtc", virt_memmap[VIRT_RTC].base,
                       virt_memmap[VIRT_RTC].size, "google,goldfish-rtc",
                       VIRT_RTC_IRQ);
}

static void create_fdt_chosen(RISCVVirtState *s)
{
    void *fdt = MACHINE(s)->fdt;
    int node = add_node(fdt, 0, "chosen");
    g_autofree char *stdout_path = g_strdup_printf(
        "/soc/serial@%" HWADDR_PRIx, virt_memmap[VIRT_UART0].base);
    uint8_t seed[32];
    int i;

    set_str(fdt, node, "stdout-path", stdout_path);
    for (i = 0; i < 32; i++) {
        seed[i] = g_random_int();
    }
    fdt_check(fdt_setprop(fdt, node, "rng-seed", seed, sizeof(seed)),
              "rng-seed");
}

static void assign_phandles(RISCVVirtState *s)
{
    MachineState *ms = MACHINE(s);
    uint32_t next = 1;
    unsigned i;

    for (i = 0; i < ms->smp.cpus && i < ARRAY_SIZE(s->phandle_cpu); i++) {
        s->phandle_cpu[i] = next++;
        s->phandle_intc[i] = next++;
    }
    s->phandle_plic = next++;
    s->phandle_test = next++;
}

/*
 * -dtb FILE: the user's tree instead of ours, with room for /chosen's
 * bootargs and initrd properties; NULL if it is not a valid tree.
 */
static void *load_device_tree(const char *path)
{
    g_autofree char *data = NULL;
    gsize len;
    void *fdt;
    int ret;

    if (!g_file_get_contents(path, &data, &len, NULL)) {
        error_report("Unable to get size of device tree file '%s'", path);
        return NULL;
    }
    if (len < sizeof(struct fdt_header)) {
        /* A short file: let libfdt judge a zero-padded header. */
        data = g_realloc(data, sizeof(struct fdt_header));
        memset(data + len, 0, sizeof(struct fdt_header) - len);
    }
    fdt = g_malloc0(len + FDT_INITIAL_SIZE);
    ret = fdt_open_into(data, fdt, len + FDT_INITIAL_SIZE);
    if (ret) {
        error_report("%s: Unable to copy device tree into memory: %s",
                     __func__, fdt_strerror(ret));
        g_free(fdt);
        return NULL;
    }
    if (fdt_path_offset(fdt, "/chosen") < 0) {
        fdt_add_subnode(fdt, 0, "chosen");
    }
    return fdt;
}

void virt_create_fdt(RISCVVirtState *s)
{
    MachineState *ms = MACHINE(s);
    void *fdt;

    if (ms->dtb) {
        ms->fdt = load_device_tree(ms->dtb);
        if (!ms->fdt) {
            error_report("load_device_tree() failed");
            exit(1);
        }
        return;
    }
    fdt = g_malloc0(FDT_INITIAL_SIZE);

    fdt_check(fdt_create_empty_tree(fdt, FDT_INITIAL_SIZE), "fdt");
    ms->fdt = fdt;
    assign_phandles(s);
    set_cell(fdt, 0, "#address-cells", 2);
    set_cell(fdt, 0, "#size-cells", 2);
    set_str(fdt, 0, "compatible", "riscv-virtio");
    set_str(fdt, 0, "model", "riscv-virtio,qemu");
    create_fdt_soc(s);
    create_fdt_cpus(s);
    create_fdt_memory(s);
    create_fdt_chosen(s);
}
