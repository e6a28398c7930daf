/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * spike.c: the RISC-V "spike" board of QEMU 8.2, the riscv64 target's
 * default machine: harts with their reset vector in a mask ROM, RAM at
 * 0x80000000, a CLINT (ACLINT MSWI + MTIMER) per socket, the HTIF
 * console and exit device, and a device tree describing them.
 *
 * Boot: -bios none runs whatever -kernel put at the start of RAM (in
 * M-mode); otherwise the firmware (OpenSBI's fw_dynamic by default)
 * runs at the start of RAM and continues at the kernel's entry.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include <libfdt.h>
#include "hw/boards.h"
#include "hw/char/riscv_htif.h"
#include "hw/intc/riscv_aclint.h"
#include "hw/riscv/boot.h"
#include "hw/riscv/riscv_hart.h"
#include "hw/riscv/numa.h"
#include "sysemu/sysemu.h"
#include "target/riscv/cpu.h"

#define SPIKE_CPUS_MAX 8
#define SPIKE_DEFAULT_RESETVEC 0x1000

#define TYPE_SPIKE_MACHINE MACHINE_TYPE_NAME("spike")
OBJECT_DECLARE_SIMPLE_TYPE(SpikeState, SPIKE_MACHINE)

struct SpikeState {
    MachineState parent_obj;

    MemoryRegion mask_rom;
    hwaddr initrd_start;        /* both 0 without -initrd */
    hwaddr initrd_end;
};

enum {
    SPIKE_MROM,
    SPIKE_HTIF,
    SPIKE_CLINT,
    SPIKE_DRAM,
};

static const struct {
    hwaddr base;
    hwaddr size;
} spike_memmap[] = {
    [SPIKE_MROM] = { 0x1000, 0xf000 },
    [SPIKE_HTIF] = { 0x1000000, 0x1000 },
    [SPIKE_CLINT] = { 0x2000000, 0x10000 },
    [SPIKE_DRAM] = { 0x80000000, 0x0 },
};

/* The harts of each socket, and the socket's CLINT. */
static void spike_create_sockets(MachineState *ms)
{
    int socket, base, count;
    hwaddr clint;

    for (socket = 0; socket < riscv_socket_count(ms); socket++) {
        base = riscv_socket_first_hartid(ms, socket);
        count = riscv_socket_hart_count(ms, socket);
        riscv_create_hart_array(ms, socket, SPIKE_DEFAULT_RESETVEC);
        clint = spike_memmap[SPIKE_CLINT].base +
                socket * spike_memmap[SPIKE_CLINT].size;
        riscv_aclint_swi_create(clint, base, count, false);
        riscv_aclint_mtimer_create(clint + RISCV_ACLINT_SWI_SIZE,
                                   RISCV_ACLINT_DEFAULT_MTIMER_SIZE, base,
                                   count, RISCV_ACLINT_DEFAULT_MTIMECMP,
                                   RISCV_ACLINT_DEFAULT_MTIME,
                                   RISCV_ACLINT_DEFAULT_TIMEBASE_FREQ,
                                   false);
    }
}

static void spike_create_memory(SpikeState *s)
{
    MachineState *ms = MACHINE(s);
    MemoryRegion *sysmem = get_system_memory();

    memory_region_add_subregion(sysmem, spike_memmap[SPIKE_DRAM].base,
                                ms->ram);
    memory_region_init_rom(&s->mask_rom, OBJECT(s), "riscv.spike.mrom",
                           spike_memmap[SPIKE_MROM].size, &error_fatal);
    memory_region_add_subregion(sysmem, spike_memmap[SPIKE_MROM].base,
                                &s->mask_rom);
}

/*
 * The firmware and kernel, whose ELF symbols may place the HTIF.
 * Returns the firmware's start address; *@kernel_entry gets the
 * kernel's (0 without -kernel: the firmware does not go on).
 */
static hwaddr spike_load_images(SpikeState *s, uint64_t *kernel_entry)
{
    MachineState *ms = MACHINE(s);
    hwaddr start = spike_memmap[SPIKE_DRAM].base;
    hwaddr firmware_end = start;
    g_autofree char *firmware = NULL;

    firmware = riscv_find_firmware(ms->firmware, RISCV64_BIOS_BIN);
    if (firmware) {
        firmware_end = riscv_load_firmware(firmware, &start,
                                           htif_symbol_callback);
    }
    *kernel_entry = 0;
    if (ms->kernel_filename) {
        *kernel_entry = riscv_load_kernel(
            ms, riscv_calc_kernel_start_addr(firmware_end),
            htif_symbol_callback);
        if (ms->initrd_filename) {
            riscv_load_initrd(ms, *kernel_entry,
                              spike_memmap[SPIKE_DRAM].base,
                              &s->initrd_start, &s->initrd_end);
        }
    }
    return start;
}

/* ---- Device tree ---- */

/*
 * The tree is written front to back with libfdt's sequential-write
 * calls, in the order QEMU's tree comes out (QEMU builds it node by
 * node, and libfdt puts each new node and property first, so its
 * source order is the reverse of this).  Phandles are numbered as QEMU
 * numbers them: from the last hart down, each hart's then its
 * interrupt controller's.
 */
#define SPIKE_FDT_SIZE (64 * KiB)

static uint32_t spike_cpu_phandle(MachineState *ms, int hartid)
{
    return 2 * (ms->smp.cpus - 1 - hartid) + 1;
}

static uint32_t spike_intc_phandle(MachineState *ms, int hartid)
{
    return spike_cpu_phandle(ms, hartid) + 1;
}

static void spike_fdt_cells(void *fdt, const char *name,
                            const uint32_t *cells, int n)
{
    g_autofree fdt32_t *be = g_new(fdt32_t, n);
    int i;

    for (i = 0; i < n; i++) {
        be[i] = cpu_to_fdt32(cells[i]);
    }
    fdt_property(fdt, name, be, n * sizeof(fdt32_t));
}

/* reg = <0 base 0 size> with two address and two size cells. */
static void spike_fdt_reg(void *fdt, uint64_t base, uint64_t size)
{
    uint32_t reg[4] = { base >> 32, base, size >> 32, size };

    spike_fdt_cells(fdt, "reg", reg, 4);
}

static const char *spike_mmu_type(RISCVCPU *cpu)
{
    switch (cpu->cfg.satp_mode_max) {
    case VM_1_10_SV39:
        return "riscv,sv39";
    case VM_1_10_SV48:
        return "riscv,sv48";
    case VM_1_10_SV57:
        return "riscv,sv57";
    default:
        return "riscv,none";
    }
}

/* /chosen: what -append and -initrd add, and the console. */
static void spike_fdt_chosen(void *fdt, SpikeState *s)
{
    MachineState *ms = MACHINE(s);

    fdt_begin_node(fdt, "chosen");
    if (ms->kernel_cmdline && *ms->kernel_cmdline) {
        fdt_property_string(fdt, "bootargs", ms->kernel_cmdline);
    }
    if (s->initrd_end) {
        fdt_property_u64(fdt, "linux,initrd-end", s->initrd_end);
        fdt_property_u64(fdt, "linux,initrd-start", s->initrd_start);
    }
    fdt_property_string(fdt, "stdout-path", "/htif");
    fdt_end_node(fdt);
}

static void spike_fdt_cpu(void *fdt, MachineState *ms, CPUState *cs)
{
    RISCVCPU *cpu = RISCV_CPU(cs);
    int hartid = cpu->env.mhartid;
    g_autofree char *name = g_strdup_printf("cpu@%d", hartid);
    g_autofree char *isa = riscv_isa_string(cpu);

    fdt_begin_node(fdt, name);
    fdt_property_cell(fdt, "phandle", spike_cpu_phandle(ms, hartid));
    fdt_property_string(fdt, "device_type", "cpu");
    fdt_property_cell(fdt, "reg", hartid);
    fdt_property_string(fdt, "status", "okay");
    fdt_property_string(fdt, "compatible", "riscv");
    fdt_property_string(fdt, "riscv,isa", isa);
    fdt_property_string(fdt, "mmu-type", spike_mmu_type(cpu));
    fdt_begin_node(fdt, "interrupt-controller");
    fdt_property_cell(fdt, "#interrupt-cells", 1);
    fdt_property(fdt, "interrupt-controller", NULL, 0);
    fdt_property_string(fdt, "compatible", "riscv,cpu-intc");
    fdt_property_cell(fdt, "phandle", spike_intc_phandle(ms, hartid));
    fdt_end_node(fdt);
    fdt_end_node(fdt);
}

/* cpu-map: a cluster per socket, a core per hart. */
static void spike_fdt_cpu_map(void *fdt, MachineState *ms)
{
    int socket, i, base;

    fdt_begin_node(fdt, "cpu-map");
    for (socket = 0; socket < riscv_socket_count(ms); socket++) {
        g_autofree char *cluster = g_strdup_printf("cluster%d", socket);

        base = riscv_socket_first_hartid(ms, socket);
        fdt_begin_node(fdt, cluster);
        for (i = 0; i < riscv_socket_hart_count(ms, socket); i++) {
            g_autofree char *core = g_strdup_printf("core%d", i);

            fdt_begin_node(fdt, core);
            fdt_property_cell(fdt, "cpu", spike_cpu_phandle(ms, base + i));
            fdt_end_node(fdt);
        }
        fdt_end_node(fdt);
    }
    fdt_end_node(fdt);
}

static void spike_fdt_cpus(void *fdt, MachineState *ms)
{
    CPUState *cs;

    fdt_begin_node(fdt, "cpus");
    fdt_property_cell(fdt, "#address-cells", 1);
    fdt_property_cell(fdt, "#size-cells", 0);
    fdt_property_cell(fdt, "timebase-frequency",
                      RISCV_ACLINT_DEFAULT_TIMEBASE_FREQ);
    CPU_FOREACH(cs) {
        spike_fdt_cpu(fdt, ms, cs);
    }
    spike_fdt_cpu_map(fdt, ms);
    fdt_end_node(fdt);
}

/* A socket's CLINT: M software and M timer interrupts of its harts. */
static void spike_fdt_clint(void *fdt, MachineState *ms, int socket)
{
    static const char compat[] = "sifive,clint0\0riscv,clint0";
    int base = riscv_socket_first_hartid(ms, socket);
    int count = riscv_socket_hart_count(ms, socket);
    g_autofree uint32_t *irqs = g_new(uint32_t, count * 4);
    hwaddr addr = spike_memmap[SPIKE_CLINT].base +
                  socket * spike_memmap[SPIKE_CLINT].size;
    g_autofree char *name = g_strdup_printf("clint@%" PRIx64,
                                            (uint64_t)addr);
    int i;

    for (i = 0; i < count; i++) {
        irqs[i * 4] = spike_intc_phandle(ms, base + i);
        irqs[i * 4 + 1] = IRQ_M_SOFT;
        irqs[i * 4 + 2] = spike_intc_phandle(ms, base + i);
        irqs[i * 4 + 3] = IRQ_M_TIMER;
    }
    fdt_begin_node(fdt, name);
    spike_fdt_cells(fdt, "interrupts-extended", irqs, count * 4);
    spike_fdt_reg(fdt, addr, spike_memmap[SPIKE_CLINT].size);
    fdt_property(fdt, "compatible", compat, sizeof(compat));
    fdt_end_node(fdt);
}

static void spike_fdt_soc(void *fdt, MachineState *ms)
{
    int socket;

    fdt_begin_node(fdt, "soc");
    fdt_property_cell(fdt, "#address-cells", 2);
    fdt_property_cell(fdt, "#size-cells", 2);
    fdt_property_string(fdt, "compatible", "simple-bus");
    fdt_property(fdt, "ranges", NULL, 0);
    for (socket = 0; socket < riscv_socket_count(ms); socket++) {
        spike_fdt_clint(fdt, ms, socket);
    }
    fdt_end_node(fdt);
}

/* The device tree; the harts exist, the images are loaded. */
static void spike_create_fdt(SpikeState *s, bool htif_custom_base)
{
    MachineState *ms = MACHINE(s);
    void *fdt = g_malloc0(SPIKE_FDT_SIZE);

    fdt_create(fdt, SPIKE_FDT_SIZE);
    fdt_finish_reservemap(fdt);
    fdt_begin_node(fdt, "");
    fdt_property_cell(fdt, "#address-cells", 2);
    fdt_property_cell(fdt, "#size-cells", 2);
    fdt_property_string(fdt, "compatible", "ucbbar,spike-bare-dev");
    fdt_property_string(fdt, "model", "ucbbar,spike-bare,qemu");
    spike_fdt_chosen(fdt, s);
    fdt_begin_node(fdt, "memory@80000000");
    fdt_property_string(fdt, "device_type", "memory");
    spike_fdt_reg(fdt, spike_memmap[SPIKE_DRAM].base, ms->ram_size);
    fdt_end_node(fdt);
    spike_fdt_cpus(fdt, ms);
    spike_fdt_soc(fdt, ms);
    fdt_begin_node(fdt, "htif");
    if (htif_custom_base) {
        spike_fdt_reg(fdt, spike_memmap[SPIKE_HTIF].base,
                      spike_memmap[SPIKE_HTIF].size);
    }
    fdt_property_string(fdt, "compatible", "ucb,htif0");
    fdt_end_node(fdt);
    fdt_end_node(fdt);
    /* Only a tree too big for the buffer fails, and ours is small. */
    g_assert(fdt_finish(fdt) == 0);
    ms->fdt = fdt;
}

/* ---- The board ---- */

static void spike_board_init(MachineState *ms)
{
    SpikeState *s = SPIKE_MACHINE(ms);
    uint64_t kernel_entry, fdt_addr;
    bool htif_custom_base;
    hwaddr start;

    riscv_socket_check_all(ms, &error_fatal);
    spike_create_sockets(ms);
    spike_create_memory(s);
    start = spike_load_images(s, &kernel_entry);
    /* An image without tohost/fromhost symbols uses the fixed base. */
    htif_custom_base = !htif_uses_elf_symbols();
    spike_create_fdt(s, htif_custom_base);       /* harts exist by now */
    fdt_addr = riscv_compute_fdt_addr(spike_memmap[SPIKE_DRAM].base, ms);
    riscv_load_fdt(fdt_addr, ms);
    riscv_setup_rom_reset_vec(start, spike_memmap[SPIKE_MROM].base,
                              spike_memmap[SPIKE_MROM].size, kernel_entry,
                              fdt_addr);
    htif_mm_init(get_system_memory(), serial_hd(0),
                 spike_memmap[SPIKE_HTIF].base, htif_custom_base);
}

static void spike_machine_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->desc = "RISC-V Spike board";
    mc->init = spike_board_init;
    mc->max_cpus = SPIKE_CPUS_MAX;
    mc->is_default = true;
    mc->default_cpu_type = TYPE_RISCV_CPU_BASE64;
    mc->default_ram_id = "riscv.spike.ram";
    mc->numa_mem_supported = true;
    mc->numa_supported = true;
    mc->possible_cpu_arch_ids = riscv_numa_possible_cpu_arch_ids;
    mc->cpu_index_to_instance_props = riscv_numa_cpu_index_to_props;
    mc->get_default_cpu_node_id = riscv_numa_get_default_cpu_node_id;
}

static const TypeInfo spike_machine_info = {
    .name = TYPE_SPIKE_MACHINE,
    .parent = TYPE_MACHINE,
    .instance_size = sizeof(SpikeState),
    .class_init = spike_machine_class_init,
};

static void spike_machine_register_types(void)
{
    type_register_static(&spike_machine_info);
}

type_init(spike_machine_register_types)
