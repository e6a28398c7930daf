/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * boot.h: how QEMU 8.2's RISC-V boards boot (hw/riscv/boot.c): the
 * firmware (-bios: OpenSBI's fw_dynamic by default, a file, or none),
 * the kernel (-kernel: an ELF, else a raw image) after it, the device
 * tree at the top of RAM, and the reset vector in the mask ROM that
 * jumps to it all with a0 = mhartid, a1 = the FDT, a2 = the fw_dynamic
 * information block.
 */
#ifndef HW_RISCV_BOOT_H
#define HW_RISCV_BOOT_H

#include "hw/boards.h"
#include "hw/loader.h"

#define RISCV64_BIOS_BIN "opensbi-riscv64-generic-fw_dynamic.bin"
/* The same image as Debian's opensbi package names it. */
#define RISCV64_BIOS_FALLBACK "fw_dynamic.bin"

/*
 * riscv_find_firmware: the firmware to load for -bios @firmware (NULL:
 * the board's @default_name, or else RISCV64_BIOS_FALLBACK when the
 * default is RISCV64_BIOS_BIN), or NULL for "none".  A file that is not
 * found is a configuration error ("Unable to load the RISC-V firmware
 * "NAME"", exit 1).  g_free the result.
 */
char *riscv_find_firmware(const char *firmware, const char *default_name);

/*
 * riscv_load_firmware: load @filename (an ELF, else a raw image at
 * *@load_addr).  An ELF's symbols go to @sym_cb, and *@load_addr
 * becomes its entry.  Returns the end of what was loaded; a file that
 * cannot be loaded exits ("could not load firmware 'FILE'").
 */
hwaddr riscv_load_firmware(const char *filename, hwaddr *load_addr,
                           ElfSymbolFn sym_cb);

/* Where a kernel goes after firmware ending at @firmware_end (2 MiB up). */
hwaddr riscv_calc_kernel_start_addr(hwaddr firmware_end);

/*
 * riscv_load_kernel: load -kernel (an ELF at its addresses, else a raw
 * image at @kernel_start).  Returns the kernel's entry; a file that
 * cannot be loaded exits ("could not load kernel 'FILE'").
 */
uint64_t riscv_load_kernel(MachineState *ms, hwaddr kernel_start,
                           ElfSymbolFn sym_cb);

/*
 * riscv_load_initrd: load -initrd above the kernel at @kernel_entry
 * (half the RAM up, at most 128 MiB); [*@start, *@end) is where it went.
 * A file that does not fit or cannot be read exits ("could not load
 * ramdisk 'FILE'").
 */
void riscv_load_initrd(MachineState *ms, uint64_t kernel_entry,
                       hwaddr dram_base, hwaddr *start, hwaddr *end);

/*
 * riscv_compute_fdt_addr: where the (packed) ms->fdt goes: the highest
 * 2 MiB boundary that leaves room for it below the end of the RAM at
 * @dram_base (or below 3 GiB, whichever is lower).
 */
hwaddr riscv_compute_fdt_addr(hwaddr dram_base, MachineState *ms);
/*
 * Put ms->fdt at @fdt_addr (and re-put it at every reset); with
 * -machine dumpdtb=FILE, write it to FILE and exit instead.
 */
void riscv_load_fdt(hwaddr fdt_addr, MachineState *ms);

/*
 * riscv_setup_rom_reset_vec: fill the mask ROM at @rom_base: the code
 * every hart runs from reset, jumping to @start_addr with the FDT
 * address and the fw_dynamic block telling the firmware to continue
 * at @kernel_entry in S-mode.
 */
void riscv_setup_rom_reset_vec(hwaddr start_addr, hwaddr rom_base,
                               hwaddr rom_size, uint64_t kernel_entry,
                               uint64_t fdt_load_addr);

#endif
