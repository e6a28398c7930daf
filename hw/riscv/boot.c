/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * boot.c: loading firmware, kernel and device tree for the RISC-V
 * boards, and the mask-ROM reset vector, laid out as QEMU 8.2 lays them
 * out (see boot.h).  The reset vector's code is written here from the
 * RV64 instruction encodings; the information block after it is
 * OpenSBI's fw_dynamic_info (version 2).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/bitops.h"
#include "qemu/error-report.h"
#include <libfdt.h>
#include "hw/riscv/boot.h"
#include "target/riscv/cpu.h"
#include "sysemu/qtest.h"

#define EM_RISCV 243

/* OpenSBI's fw_dynamic_info */
#define FW_DYNAMIC_INFO_MAGIC 0x4942534f    /* "OSBI" */
#define FW_DYNAMIC_INFO_VERSION 2
#define FW_DYNAMIC_INFO_NEXT_MODE_S 1

char *riscv_find_firmware(const char *firmware, const char *default_name)
{
    const char *name = firmware && strcmp(firmware, "default") ?
                       firmware : default_name;
    char *filename;

    if (!strcmp(name, "none")) {
        return NULL;
    }
    filename = qemu_find_file(QEMU_FILE_TYPE_BIOS, name);
    /*
     * Debian's opensbi package (without QEMU's firmware package) has the
     * default image under its own name.
     */
    if (!filename && !strcmp(name, RISCV64_BIOS_BIN)) {
        filename = qemu_find_file(QEMU_FILE_TYPE_BIOS, RISCV64_BIOS_FALLBACK);
    }
    /* qtest runs boards without their firmware. */
    if (!filename && !qtest_enabled()) {
        error_report("Unable to load the RISC-V firmware \"%s\"", name);
        exit(1);
    }
    return filename;
}

hwaddr riscv_load_firmware(const char *filename, hwaddr *load_addr,
                           ElfSymbolFn sym_cb)
{
    uint64_t entry, high;
    ssize_t size;

    if (load_elf(filename, &address_space_memory, EM_RISCV, sym_cb, NULL,
                 &entry, NULL, &high) > 0) {
        *load_addr = entry;
        return high;
    }
    size = load_image_targphys_as(filename, *load_addr,
                                  current_machine->ram_size,
                                  &address_space_memory);
    if (size > 0) {
        return *load_addr + size;
    }
    error_report("could not load firmware '%s'", filename);
    exit(1);
}

hwaddr riscv_calc_kernel_start_addr(hwaddr firmware_end)
{
    return QEMU_ALIGN_UP(firmware_end, 2 * MiB);
}

uint64_t riscv_load_kernel(MachineState *ms, hwaddr kernel_start,
                           ElfSymbolFn sym_cb)
{
    const char *filename = ms->kernel_filename;
    uint64_t entry = kernel_start;

    if (load_elf(filename, &address_space_memory, EM_RISCV, sym_cb, NULL,
                 &entry, NULL, NULL) <= 0 &&
        load_image_targphys_as(filename, kernel_start, ms->ram_size,
                               &address_space_memory) <= 0) {
        error_report("could not load kernel '%s'", filename);
        exit(1);
    }
    return entry;
}

void riscv_load_initrd(MachineState *ms, uint64_t kernel_entry,
                       hwaddr dram_base, hwaddr *start, hwaddr *end)
{
    hwaddr dram_end = dram_base + ms->ram_size;
    ssize_t size = -1;

    /*
     * Far enough above the kernel that it can uncompress itself: half
     * of a small RAM, else 128 MiB in.
     */
    *start = kernel_entry + MIN(ms->ram_size / 2, 128 * MiB);
    if (*start < dram_end) {
        size = load_image_targphys_as(ms->initrd_filename, *start,
                                      dram_end - *start,
                                      &address_space_memory);
    }
    if (size < 0) {
        error_report("could not load ramdisk '%s'", ms->initrd_filename);
        exit(1);
    }
    *end = *start + size;
}

hwaddr riscv_compute_fdt_addr(hwaddr dram_base, MachineState *ms)
{
    hwaddr dram_end = dram_base + ms->ram_size;
    hwaddr top;
    int size;

    g_assert(fdt_pack(ms->fdt) == 0);
    size = fdt_totalsize(ms->fdt);
    top = dram_base < 3072 * MiB ? MIN(dram_end, 3072 * MiB) : dram_end;
    return QEMU_ALIGN_DOWN(top - size, 2 * MiB);
}

/*
 * -machine dumpdtb=FILE: write the device tree and stop there (QEMU's
 * qemu_fdt_dumpdtb, whose name its failure message carries).
 */
static void riscv_dump_fdt(MachineState *ms)
{
    if (!g_file_set_contents(ms->dumpdtb, ms->fdt, fdt_totalsize(ms->fdt),
                             NULL)) {
        error_report("qemu_fdt_dumpdtb: Failed dumping dtb to %s",
                     ms->dumpdtb);
        exit(1);
    }
    info_report("dtb dumped to %s. Exiting.", ms->dumpdtb);
    exit(0);
}

void riscv_load_fdt(hwaddr fdt_addr, MachineState *ms)
{
    if (ms->dumpdtb) {
        riscv_dump_fdt(ms);
    }
    rom_add_blob_fixed_as("fdt", ms->fdt, fdt_totalsize(ms->fdt), fdt_addr,
                          &address_space_memory);
}

/*
 * The reset vector, from rom_base:
 *   auipc t0, 0          t0 = rom_base
 *   addi  a2, t0, 40     the fw_dynamic block after this code
 *   csrr  a0, mhartid
 *   ld    a1, 32(t0)     the FDT address
 *   ld    t0, 24(t0)     the start address
 *   jr    t0
 *   .dword start_addr, fdt_load_addr
 */
#define RESET_VEC_WORDS 10

void riscv_setup_rom_reset_vec(hwaddr start_addr, hwaddr rom_base,
                               hwaddr rom_size, uint64_t kernel_entry,
                               uint64_t fdt_load_addr)
{
    uint32_t vec[RESET_VEC_WORDS] = {
        0x00000297, 0x02828613, 0xf1402573, 0x0202b583, 0x0182b283,
        0x00028067,
        (uint32_t)start_addr, start_addr >> 32,
        (uint32_t)fdt_load_addr, fdt_load_addr >> 32,
    };
    uint64_t info[6] = {
        FW_DYNAMIC_INFO_MAGIC, FW_DYNAMIC_INFO_VERSION, kernel_entry,
        FW_DYNAMIC_INFO_NEXT_MODE_S, 0 /* options */, 0 /* boot hart */,
    };
    uint8_t rom[sizeof(vec) + sizeof(info)];
    int i;

    QEMU_BUILD_BUG_ON(sizeof(rom) > 0x1000);
    assert(rom_size >= sizeof(rom));
    for (i = 0; i < RESET_VEC_WORDS; i++) {
        vec[i] = GUINT32_TO_LE(vec[i]);
    }
    for (i = 0; i < 6; i++) {
        info[i] = GUINT64_TO_LE(info[i]);
    }
    memcpy(rom, vec, sizeof(vec));
    memcpy(rom + sizeof(vec), info, sizeof(info));
    rom_add_blob_fixed_as("mrom.reset", rom, sizeof(rom), rom_base,
                          &address_space_memory);
}
