/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * virt-fdt.c: the riscv virt board's device tree, in the layout QEMU 8.2
 * gives it (Linux, OpenSBI and U-Boot find their devices by it): cpus
 * with ISA string, MMU type and interrupt controllers, cpu-map, memory,
 * soc with clint, plic, serial, test finisher, rtc and the virtio-mmio
 * slots, poweroff/reboot through the finisher, chosen.  Each socket (NUMA
 * node) has its cpu-map cluster, memory node, CLINT (with aclint=on its
 * ACLINT MSWI, MTIMER and SSWI) and PLIC, tagged with numa-node-id when
 * -numa is used; -numa dist adds the distance-map.
 */
#include "qemu/osdep.h"
#include <libfdt.h>
#include "qemu/error-report.h"
#include "hw/core/cpu.h"
#include "hw/intc/riscv_aclint.h"
#include "hw/riscv/numa.h"
#include "hw/riscv/virt.h"
#include "sysemu/numa.h"
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

/* A <base size> pair of two cells each, in @cells[0..3]. */
static void reg_cells(uint32_t *cells, hwaddr base, hwaddr size)
{
    cells[0] = base >> 32;
    cells[1] = base;
    cells[2] = size >> 32;
    cells[3] = size;
}

/* reg = <base size> with two cells each. */
static void set_reg(void *fdt, int node, hwaddr base, hwaddr size)
{
    uint32_t cells[4];

    reg_cells(cells, base, size);
    set_cells(fdt, node, "reg", cells, 4);
}

/* numa-node-id = <socket>, when -numa gave the board its nodes. */
static void set_numa_id(MachineState *ms, int node, int socket)
{
    if (ms->numa_state && ms->numa_state->num_nodes > 0) {
        set_cell(ms->fdt, node, "numa-node-id", socket);
    }
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

static void create_fdt_cpu(RISCVVirtState *s, int cpus, CPUState *cs,
                           int socket)
{
    void *fdt = MACHINE(s)->fdt;
    RISCVCPU *cpu = RISCV_CPU(cs);
    int hart = cpu->env.mhartid;
    g_autofree char *isa = riscv_isa_string(cpu);
    int node = add_node(fdt, cpus, "cpu@%d", hart);
    int intc;

    if (cpu->cfg.mmu) {
        set_str(fdt, node, "mmu-type", mmu_type(cpu));
    }
    set_str(fdt, node, "riscv,isa", isa);
    if (cpu->cfg.ext_zicbom) {
        set_cell(fdt, node, "riscv,cbom-block-size",
                 cpu->cfg.cbom_blocksize);
    }
    if (cpu->cfg.ext_zicboz) {
        set_cell(fdt, node, "riscv,cboz-block-size",
                 cpu->cfg.cboz_blocksize);
    }
    set_str(fdt, node, "compatible", "riscv");
    set_str(fdt, node, "status", "okay");
    set_cell(fdt, node, "reg", hart);
    set_str(fdt, node, "device_type", "cpu");
    set_numa_id(MACHINE(s), node, socket);
    set_cell(fdt, node, "phandle", s->phandle_cpu[hart]);
    intc = add_node(fdt, node, "interrupt-controller");
    set_cell(fdt, intc, "phandle", s->phandle_intc[hart]);
    set_str(fdt, intc, "compatible", "riscv,cpu-intc");
    set_empty(fdt, intc, "interrupt-controller");
    set_cell(fdt, intc, "#interrupt-cells", 1);
}

/*
 * Socket @socket's harts under /cpus and its cluster of cpu-map, added
 * in reverse so each list reads in hart order, as QEMU's.  Adding a node
 * moves the ones after it: the parents are looked up again each time.
 */
static void create_fdt_socket_cpus(RISCVVirtState *s, int socket)
{
    void *fdt = MACHINE(s)->fdt;
    int first = riscv_socket_first_hartid(MACHINE(s), socket);
    int last = riscv_socket_last_hartid(MACHINE(s), socket);
    g_autofree char *path = g_strdup_printf("/cpus/cpu-map/cluster%d",
                                            socket);
    int hart, core;

    add_node(fdt, fdt_path_offset(fdt, "/cpus/cpu-map"), "cluster%d",
             socket);
    for (hart = last; hart >= first; hart--) {
        create_fdt_cpu(s, fdt_path_offset(fdt, "/cpus"),
                       qemu_get_cpu(hart), socket);
        core = add_node(fdt, fdt_path_offset(fdt, path), "core%d",
                        hart - first);
        set_cell(fdt, core, "cpu", s->phandle_cpu[hart]);
    }
}

static void create_fdt_cpus(RISCVVirtState *s)
{
    void *fdt = MACHINE(s)->fdt;
    int cpus = add_node(fdt, 0, "cpus");
    int socket;

    set_cell(fdt, cpus, "timebase-frequency", VIRT_TIMEBASE_FREQ);
    set_cell(fdt, cpus, "#size-cells", 0);
    set_cell(fdt, cpus, "#address-cells", 1);
    add_node(fdt, cpus, "cpu-map");
    for (socket = riscv_socket_count(MACHINE(s)) - 1; socket >= 0;
         socket--) {
        create_fdt_socket_cpus(s, socket);
    }
}

/* One memory node per socket: a NUMA node's RAM follows the previous'. */
static void create_fdt_memory(RISCVVirtState *s)
{
    MachineState *ms = MACHINE(s);
    int sockets = riscv_socket_count(ms);
    hwaddr base, size, offset;
    int socket, i, node;

    for (socket = sockets - 1; socket >= 0; socket--) {
        offset = 0;
        size = ms->ram_size;
        if (ms->numa_state && ms->numa_state->num_nodes > 0) {
            for (i = 0; i < socket; i++) {
                offset += ms->numa_state->nodes[i].node_mem;
            }
            size = ms->numa_state->nodes[socket].node_mem;
        }
        base = virt_memmap[VIRT_DRAM].base + offset;
        node = add_node(ms->fdt, 0, "memory@%" HWADDR_PRIx, base);
        set_reg(ms->fdt, node, base, size);
        set_str(ms->fdt, node, "device_type", "memory");
        set_numa_id(ms, node, socket);
    }
}

/*
 * distance-map, when -numa dist gave distances: <from to distance> for
 * every pair of nodes.
 */
static void create_fdt_distance_map(RISCVVirtState *s)
{
    MachineState *ms = MACHINE(s);
    NumaState *numa = ms->numa_state;
    int n = numa ? numa->num_nodes : 0;
    g_autofree uint32_t *cells = NULL;
    int i, j, k = 0, node;

    if (!n || !numa->have_numa_distance) {
        return;
    }
    cells = g_new(uint32_t, n * n * 3);
    for (i = 0; i < n; i++) {
        for (j = 0; j < n; j++) {
            cells[k++] = i;
            cells[k++] = j;
            cells[k++] = numa->nodes[i].distance[j];
        }
    }
    node = add_node(ms->fdt, 0, "distance-map");
    set_str(ms->fdt, node, "compatible", "numa-distance-map-v1");
    set_cells(ms->fdt, node, "distance-matrix", cells, k);
}

/*
 * interrupts-extended = <&intc(hart) irq ...> over socket @socket's
 * harts, with the @n interrupt numbers @irqs for each hart.
 */
static void set_socket_irqs(RISCVVirtState *s, int node, int socket,
                            const uint32_t *irqs, int n)
{
    MachineState *ms = MACHINE(s);
    int first = riscv_socket_first_hartid(ms, socket);
    int harts = riscv_socket_hart_count(ms, socket);
    g_autofree uint32_t *cells = g_new(uint32_t, harts * n * 2);
    int h, i, k = 0;

    for (h = first; h < first + harts; h++) {
        for (i = 0; i < n; i++) {
            cells[k++] = s->phandle_intc[h];
            cells[k++] = irqs[i];
        }
    }
    set_cells(ms->fdt, node, "interrupts-extended", cells, k);
}

/*
 * An interrupt controller of a socket at @base, given its windows.  The
 * caller adds the rest, and numa-node-id last (shown first, as QEMU's).
 */
static int create_fdt_socket_dev(RISCVVirtState *s, int soc,
                                 const char *name, hwaddr base,
                                 const char *compat, const uint32_t *regs,
                                 int nregs)
{
    void *fdt = MACHINE(s)->fdt;
    int node = add_node(fdt, soc, "%s@%" HWADDR_PRIx, name, base);

    set_str(fdt, node, "compatible", compat);
    set_cells(fdt, node, "reg", regs, nregs);
    return node;
}

static void create_fdt_socket_clint(RISCVVirtState *s, int soc, int socket)
{
    static const char *const compat[] = { "sifive,clint0", "riscv,clint0" };
    static const uint32_t irqs[] = { IRQ_M_SOFT, IRQ_M_TIMER };
    const MemMapEntry *m = &virt_memmap[VIRT_CLINT];
    uint32_t reg[4];
    int node;

    reg_cells(reg, m->base + socket * m->size, m->size);
    node = create_fdt_socket_dev(s, soc, "clint",
                                 m->base + socket * m->size, compat[0], reg,
                                 4);
    set_strings(MACHINE(s)->fdt, node, "compatible", compat, 2);
    set_socket_irqs(s, node, socket, irqs, 2);
    set_numa_id(MACHINE(s), node, socket);
}

/* An ACLINT MSWI or SSWI: a controller of its harts' software irqs. */
static void create_fdt_socket_swi(RISCVVirtState *s, int soc, int socket,
                                  bool sswi)
{
    const MemMapEntry *m = &virt_memmap[sswi ? VIRT_ACLINT_SSWI
                                             : VIRT_CLINT];
    uint32_t irq = sswi ? IRQ_S_SOFT : IRQ_M_SOFT;
    hwaddr base = m->base + socket * m->size;
    uint32_t reg[4];
    int node;

    reg_cells(reg, base, RISCV_ACLINT_SWI_SIZE);
    node = create_fdt_socket_dev(s, soc, sswi ? "sswi" : "mswi",
                                 base, sswi ? "riscv,aclint-sswi"
                                            : "riscv,aclint-mswi", reg, 4);
    set_socket_irqs(s, node, socket, &irq, 1);
    set_empty(MACHINE(s)->fdt, node, "interrupt-controller");
    set_cell(MACHINE(s)->fdt, node, "#interrupt-cells", 0);
    set_numa_id(MACHINE(s), node, socket);
}

/*
 * The ACLINT MTIMER after the MSWI: reg names the mtime register (with
 * the rest of the CLINT window after it) then the mtimecmp array.
 */
static void create_fdt_socket_mtimer(RISCVVirtState *s, int soc, int socket)
{
    const MemMapEntry *m = &virt_memmap[VIRT_CLINT];
    hwaddr base = m->base + socket * m->size + RISCV_ACLINT_SWI_SIZE;
    hwaddr size = m->size - RISCV_ACLINT_SWI_SIZE;
    uint32_t irq = IRQ_M_TIMER;
    uint32_t reg[8];
    int node;

    reg_cells(reg, base + RISCV_ACLINT_DEFAULT_MTIME,
              size - RISCV_ACLINT_DEFAULT_MTIME);
    reg_cells(reg + 4, base + RISCV_ACLINT_DEFAULT_MTIMECMP,
              RISCV_ACLINT_DEFAULT_MTIME);
    node = create_fdt_socket_dev(s, soc, "mtimer", base,
                                 "riscv,aclint-mtimer", reg, 8);
    set_socket_irqs(s, node, socket, &irq, 1);
    set_numa_id(MACHINE(s), node, socket);
}

/*
 * Each socket's CLINT, or with aclint=on its MSWI, MTIMER and SSWI
 * (added last first, so they read mswi, mtimer, sswi per socket).
 */
static void create_fdt_clints(RISCVVirtState *s, int soc)
{
    int socket;

    for (socket = riscv_socket_count(MACHINE(s)) - 1; socket >= 0;
         socket--) {
        if (!s->have_aclint) {
            create_fdt_socket_clint(s, soc, socket);
            continue;
        }
        create_fdt_socket_swi(s, soc, socket, false);
        create_fdt_socket_mtimer(s, soc, socket);
        create_fdt_socket_swi(s, soc, socket, true);
    }
}

static void create_fdt_plics(RISCVVirtState *s, int soc)
{
    static const char *const compat[] = {
        "sifive,plic-1.0.0", "riscv,plic0"
    };
    static const uint32_t irqs[] = { IRQ_M_EXT, IRQ_S_EXT };
    MachineState *ms = MACHINE(s);
    const MemMapEntry *m = &virt_memmap[VIRT_PLIC];
    hwaddr base;
    int socket, node;

    for (socket = riscv_socket_count(ms) - 1; socket >= 0; socket--) {
        base = m->base + socket * m->size;
        node = add_node(ms->fdt, soc, "plic@%" HWADDR_PRIx, base);
        set_cell(ms->fdt, node, "#interrupt-cells", 1);
        set_cell(ms->fdt, node, "#address-cells", 0);
        set_strings(ms->fdt, node, "compatible", compat, 2);
        set_empty(ms->fdt, node, "interrupt-controller");
        set_socket_irqs(s, node, socket, irqs, 2);
        set_reg(ms->fdt, node, base, m->size);
        set_cell(ms->fdt, node, "riscv,ndev", VIRT_IRQCHIP_NUM_SOURCES - 1);
        set_numa_id(ms, node, socket);
        set_cell(ms->fdt, node, "phandle", s->phandle_plic[socket]);
    }
}

/* A device of the soc node with a PLIC interrupt (and a clock if @hz). */
static void create_fdt_irq_dev(RISCVVirtState *s, int soc, const char *name,
                               hwaddr base, hwaddr size, const char *compat,
                               uint32_t hz, uint32_t plic, uint32_t irq)
{
    void *fdt = MACHINE(s)->fdt;
    int node = add_node(fdt, soc, "%s@%" HWADDR_PRIx, name, base);

    set_str(fdt, node, "compatible", compat);
    set_reg(fdt, node, base, size);
    if (hz) {
        set_cell(fdt, node, "clock-frequency", hz);
    }
    set_cell(fdt, node, "interrupt-parent", plic);
    set_cell(fdt, node, "interrupts", irq);
}

static void create_fdt_syscon(RISCVVirtState *s, int soc)
{
    static const char *const compat[] = {
        "sifive,test1", "sifive,test0", "syscon"
    };
    void *fdt = MACHINE(s)->fdt;
    const MemMapEntry *m = &virt_memmap[VIRT_TEST];
    int node = add_node(fdt, soc, "test@%" HWADDR_PRIx, m->base);

    set_strings(fdt, node, "compatible", compat, 3);
    set_reg(fdt, node, m->base, m->size);
    set_cell(fdt, node, "phandle", s->phandle_test);
}

/* poweroff and reboot: values the test finisher's register takes. */
static void create_fdt_poweroff_reboot(RISCVVirtState *s)
{
    void *fdt = MACHINE(s)->fdt;
    int i;
    struct {
        const char *name;
        uint32_t value;
    } actions[] = { { "reboot", 0x7777 }, { "poweroff", 0x5555 } };

    for (i = 0; i < 2; i++) {
        g_autofree char *compat = g_strdup_printf("syscon-%s",
                                                  actions[i].name);
        int a = add_node(fdt, 0, "%s", actions[i].name);

        set_str(fdt, a, "compatible", compat);
        set_cell(fdt, a, "regmap", s->phandle_test);
        set_cell(fdt, a, "offset", 0);
        set_cell(fdt, a, "value", actions[i].value);
    }
}

static void create_fdt_soc(RISCVVirtState *s)
{
    void *fdt = MACHINE(s)->fdt;
    int soc = add_node(fdt, 0, "soc");
    uint32_t virtio_plic = s->phandle_plic[virt_virtio_socket(
                               riscv_socket_count(MACHINE(s)))];
    hwaddr base;
    int i;

    set_empty(fdt, soc, "ranges");
    set_str(fdt, soc, "compatible", "simple-bus");
    set_cell(fdt, soc, "#size-cells", 2);
    set_cell(fdt, soc, "#address-cells", 2);
    create_fdt_clints(s, soc);
    create_fdt_plics(s, soc);
    for (i = 0; i < VIRT_VIRTIO_COUNT; i++) {
        base = virt_memmap[VIRT_VIRTIO].base +
               i * virt_memmap[VIRT_VIRTIO].size;
        create_fdt_irq_dev(s, soc, "virtio_mmio", base,
                           virt_memmap[VIRT_VIRTIO].size, "virtio,mmio", 0,
                           virtio_plic, VIRT_VIRTIO_IRQ + i);
    }
    create_fdt_syscon(s, soc);
    create_fdt_irq_dev(s, soc, "serial", virt_memmap[VIRT_UART0].base,
                       virt_memmap[VIRT_UART0].size, "ns16550a",
                       VIRT_UART0_CLOCK, s->phandle_plic[0], VIRT_UART0_IRQ);
    create_fdt_irq_dev(s, soc, "rtc", virt_memmap[VIRT_RTC].base,
                       virt_memmap[VIRT_RTC].size, "google,goldfish-rtc", 0,
                       s->phandle_plic[0], VIRT_RTC_IRQ);
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

/* Numbered as QEMU's: the harts and the PLICs from the last. */
static void assign_phandles(RISCVVirtState *s)
{
    MachineState *ms = MACHINE(s);
    uint32_t next = 1;
    int i;

    for (i = MIN(ms->smp.cpus, ARRAY_SIZE(s->phandle_cpu)) - 1; i >= 0;
         i--) {
        s->phandle_cpu[i] = next++;
        s->phandle_intc[i] = next++;
    }
    for (i = riscv_socket_count(ms) - 1; i >= 0; i--) {
        s->phandle_plic[i] = next++;
    }
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
    /* Nodes and properties go in first: add them last first. */
    set_str(fdt, 0, "model", "riscv-virtio,qemu");
    set_str(fdt, 0, "compatible", "riscv-virtio");
    set_cell(fdt, 0, "#size-cells", 2);
    set_cell(fdt, 0, "#address-cells", 2);
    create_fdt_soc(s);
    create_fdt_cpus(s);
    create_fdt_memory(s);
    create_fdt_distance_map(s);
    create_fdt_poweroff_reboot(s);
    create_fdt_chosen(s);
}
