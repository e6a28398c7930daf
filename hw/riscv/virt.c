/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * virt.c: the RISC-V "virt" board of QEMU 8.2 (hw/riscv/virt.c): its
 * harts, RAM, boot ROM, per-socket CLINT/ACLINT and PLIC, devices and
 * boot.  Of its machine options only those whose hardware exists here
 * are defined (aclint); aia, aia-guests and acpi (AIA interrupt
 * controllers, ACPI tables) are not, so they are refused as unknown
 * properties, as QEMU refuses any other.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "hw/boards.h"
#include "hw/riscv/boot.h"
#include "hw/riscv/riscv_hart.h"
#include "hw/riscv/numa.h"
#include "hw/riscv/virt.h"
#include "hw/char/serial.h"
#include "hw/intc/riscv_aclint.h"
#include "hw/intc/sifive_plic.h"
#include "hw/misc/sifive_test.h"
#include "hw/rtc/goldfish_rtc.h"
#include "hw/virtio/virtio-mmio.h"
#include <libfdt.h>
#include "sysemu/sysemu.h"
#include "target/riscv/cpu.h"
#include "sysemu/qtest.h"
#include "sysemu/tcg.h"

#define VIRT_CPUS_MAX 512

/* ACLINT is emulated by TCG only (qtest drives the same devices). */
static bool virt_aclint_allowed(void)
{
    return tcg_enabled() || qtest_enabled();
}

const MemMapEntry virt_memmap[] = {
    [VIRT_MROM] =   {     0x1000,     0xf000 },
    [VIRT_TEST] =   {   0x100000,     0x1000 },
    [VIRT_RTC] =    {   0x101000,     0x1000 },
    [VIRT_CLINT] =  {  0x2000000,    0x10000 },
    [VIRT_ACLINT_SSWI] = { 0x2f00000,  0x4000 },
    [VIRT_PLIC] =   {  0xc000000, VIRT_PLIC_SIZE(VIRT_CPUS_MAX * 2) },
    [VIRT_UART0] =  { 0x10000000,      0x100 },
    [VIRT_VIRTIO] = { 0x10001000,     0x1000 },
    [VIRT_DRAM] =   { 0x80000000,        0x0 },
};

/* "MS,MS,...": an M and an S context for each hart. */
static char *virt_plic_hart_config(unsigned harts)
{
    GString *s = g_string_new(NULL);
    unsigned i;

    for (i = 0; i < harts; i++) {
        g_string_append(s, i ? ",MS" : "MS");
    }
    return g_string_free(s, false);
}

/*
 * Socket @socket's interrupt controllers, for its harts only: the CLINT
 * (an MSWI with an MTIMER after it; with aclint=on also an SSWI in its
 * own region) and a PLIC, each at its base + socket * its size.
 */
static DeviceState *virt_create_socket(RISCVVirtState *s, int socket)
{
    MachineState *ms = MACHINE(s);
    int base = riscv_socket_first_hartid(ms, socket);
    int harts = riscv_socket_hart_count(ms, socket);
    g_autofree char *hart_config = virt_plic_hart_config(harts);
    hwaddr clint = virt_memmap[VIRT_CLINT].base +
                   socket * virt_memmap[VIRT_CLINT].size;

    riscv_create_hart_array(ms, socket, virt_memmap[VIRT_MROM].base);
    riscv_aclint_swi_create(clint, base, harts, false);
    riscv_aclint_mtimer_create(clint + RISCV_ACLINT_SWI_SIZE,
                               RISCV_ACLINT_DEFAULT_MTIMER_SIZE, base, harts,
                               RISCV_ACLINT_DEFAULT_MTIMECMP,
                               RISCV_ACLINT_DEFAULT_MTIME,
                               VIRT_TIMEBASE_FREQ, true);
    if (s->have_aclint) {
        riscv_aclint_swi_create(virt_memmap[VIRT_ACLINT_SSWI].base +
                                socket * virt_memmap[VIRT_ACLINT_SSWI].size,
                                base, harts, true);
    }
    return sifive_plic_create(virt_memmap[VIRT_PLIC].base +
                              socket * virt_memmap[VIRT_PLIC].size,
                              hart_config, harts, base,
                              VIRT_IRQCHIP_NUM_SOURCES,
                              (1 << VIRT_IRQCHIP_NUM_PRIO_BITS) - 1,
                              VIRT_PLIC_PRIORITY_BASE,
                              VIRT_PLIC_PENDING_BASE,
                              VIRT_PLIC_ENABLE_BASE,
                              VIRT_PLIC_ENABLE_STRIDE,
                              VIRT_PLIC_CONTEXT_BASE,
                              VIRT_PLIC_CONTEXT_STRIDE,
                              virt_memmap[VIRT_PLIC].size);
}

static void virt_create_devices(RISCVVirtState *s)
{
    MachineState *ms = MACHINE(s);
    MemoryRegion *sysmem = get_system_memory();
    int sockets = riscv_socket_count(ms);
    int i;

    for (i = 0; i < sockets; i++) {
        s->irqchip[i] = virt_create_socket(s, i);
    }
    s->plic = s->irqchip[0];
    s->virtio_plic = s->irqchip[virt_virtio_socket(sockets)];
    /* In QEMU's order, which info qtree shows (newest first). */
    sifive_test_create(virt_memmap[VIRT_TEST].base);
    for (i = 0; i < VIRT_VIRTIO_COUNT; i++) {
        sysbus_create_simple(TYPE_VIRTIO_MMIO,
                             virt_memmap[VIRT_VIRTIO].base +
                             i * virt_memmap[VIRT_VIRTIO].size,
                             qdev_get_gpio_in(s->virtio_plic,
                                              VIRT_VIRTIO_IRQ + i));
    }
    serial_mm_init(sysmem, virt_memmap[VIRT_UART0].base, 0,
                   qdev_get_gpio_in(s->plic, VIRT_UART0_IRQ),
                   VIRT_UART0_BAUDBASE, serial_hd(0), DEVICE_LITTLE_ENDIAN);
    sysbus_create_simple(TYPE_GOLDFISH_RTC, virt_memmap[VIRT_RTC].base,
                         qdev_get_gpio_in(s->plic, VIRT_RTC_IRQ));
}

/* -initrd and -append go into /chosen for the kernel to find. */
static void virt_chosen_kernel_args(MachineState *ms, uint64_t kernel_entry)
{
    int chosen = fdt_path_offset(ms->fdt, "/chosen");
    hwaddr start, end;

    if (ms->initrd_filename) {
        riscv_load_initrd(ms, kernel_entry, virt_memmap[VIRT_DRAM].base,
                          &start, &end);
        fdt_setprop_u64(ms->fdt, chosen, "linux,initrd-start", start);
        fdt_setprop_u64(ms->fdt, chosen, "linux,initrd-end", end);
    }
    if (ms->kernel_cmdline && *ms->kernel_cmdline) {
        fdt_setprop_string(ms->fdt, chosen, "bootargs", ms->kernel_cmdline);
    }
}

/*
 * Firmware at the start of RAM, the kernel after it, the device tree
 * near the top, and the reset vector that starts them (QEMU's
 * virt_machine_done).
 */
static void virt_boot(RISCVVirtState *s)
{
    MachineState *ms = MACHINE(s);
    hwaddr start_addr = virt_memmap[VIRT_DRAM].base;
    hwaddr firmware_end = start_addr;
    hwaddr load_addr = start_addr;
    uint64_t kernel_entry = 0;
    hwaddr fdt_addr;
    g_autofree char *firmware = riscv_find_firmware(ms->firmware,
                                                    RISCV64_BIOS_BIN);

    if (firmware) {
        firmware_end = riscv_load_firmware(firmware, &load_addr, NULL);
    }
    if (ms->kernel_filename) {
        kernel_entry = riscv_load_kernel(
            ms, riscv_calc_kernel_start_addr(firmware_end), NULL);
        virt_chosen_kernel_args(ms, kernel_entry);
    }
    fdt_addr = riscv_compute_fdt_addr(virt_memmap[VIRT_DRAM].base, ms);
    riscv_load_fdt(fdt_addr, ms);
    riscv_setup_rom_reset_vec(start_addr, virt_memmap[VIRT_MROM].base,
                              virt_memmap[VIRT_MROM].size, kernel_entry,
                              fdt_addr);
}

static void virt_machine_init(MachineState *ms)
{
    RISCVVirtState *s = RISCV_VIRT_MACHINE(ms);
    MemoryRegion *sysmem = get_system_memory();

    if (riscv_socket_count(ms) > VIRT_SOCKETS_MAX) {
        error_report("number of sockets/nodes should be less than %d",
                     VIRT_SOCKETS_MAX);
        exit(1);
    }
    if (s->have_aclint && !virt_aclint_allowed()) {
        error_report("'aclint' is only available with TCG acceleration");
        exit(1);
    }
    riscv_socket_check_all(ms, &error_fatal);

    memory_region_add_subregion(sysmem, virt_memmap[VIRT_DRAM].base,
                                ms->ram);
    memory_region_init_rom(&s->mrom, NULL, "riscv_virt_board.mrom",
                           virt_memmap[VIRT_MROM].size, &error_fatal);
    memory_region_add_subregion(sysmem, virt_memmap[VIRT_MROM].base,
                                &s->mrom);
    virt_create_devices(s);
    virt_create_fdt(s);
    virt_boot(s);
}

static bool virt_get_aclint(Object *obj, Error **errp)
{
    return RISCV_VIRT_MACHINE(obj)->have_aclint;
}

static void virt_set_aclint(Object *obj, bool value, Error **errp)
{
    RISCV_VIRT_MACHINE(obj)->have_aclint = value;
}

static void virt_machine_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->desc = "RISC-V VirtIO board";
    mc->init = virt_machine_init;
    mc->max_cpus = VIRT_CPUS_MAX;
    mc->default_cpu_type = "rv64-riscv-cpu";
    mc->default_ram_id = "riscv_virt_board.ram";
    mc->numa_mem_supported = true;
    mc->numa_supported = true;
    mc->possible_cpu_arch_ids = riscv_numa_possible_cpu_arch_ids;
    mc->cpu_index_to_instance_props = riscv_numa_cpu_index_to_props;
    mc->get_default_cpu_node_id = riscv_numa_get_default_cpu_node_id;

    object_class_property_add_bool(oc, "aclint", virt_get_aclint,
                                   virt_set_aclint);
    object_class_property_set_description(oc, "aclint", "Set on/off to "
                                          "enable/disable emulating ACLINT "
                                          "devices");
}

static const TypeInfo virt_machine_info = {
    .name = TYPE_RISCV_VIRT_MACHINE,
    .parent = TYPE_MACHINE,
    .instance_size = sizeof(RISCVVirtState),
    .class_init = virt_machine_class_init,
};

static void virt_machine_register_types(void)
{
    type_register_static(&virt_machine_info);
}

type_init(virt_machine_register_types)
