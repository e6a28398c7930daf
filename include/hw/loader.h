/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * loader.h: putting firmware, kernels and initrds into guest memory.
 *
 * Everything loaded is also remembered as a blob and written again at
 * every system reset, so a guest that overwrote its firmware boots the
 * same way after a reboot (QEMU's ROM blobs).
 */
#ifndef HW_LOADER_H
#define HW_LOADER_H

#include "exec/memory.h"

/* Negative results of load_elf */
#define ELF_LOAD_FAILED       -1
#define ELF_LOAD_NOT_ELF      -2
#define ELF_LOAD_WRONG_ARCH   -3
#define ELF_LOAD_WRONG_ENDIAN -4
#define ELF_LOAD_TOO_BIG      -5
/* The text QEMU prints for those codes. */
const char *load_elf_strerror(ssize_t error);

/*
 * Called for each symbol of a loaded ELF that is defined in a section
 * (as QEMU: untyped symbols such as riscv-tests' tohost included; section
 * symbols, undefined and absolute ones left out).
 */
typedef void (*ElfSymbolFn)(const char *name, uint64_t value, void *opaque);

/*
 * load_elf: load the PT_LOAD segments of the 64-bit little-endian ELF
 * @filename for machine @elf_machine (EM_RISCV, EM_X86_64) into @as at
 * their physical addresses.  *@pentry, *@lowaddr, *@highaddr (each may
 * be NULL) get the entry point and the lowest and highest+1 loaded
 * addresses.  @sym_cb (may be NULL) sees the symbols.  Returns the
 * number of bytes loaded, or an ELF_LOAD_* code.
 */
ssize_t load_elf(const char *filename, AddressSpace *as, int elf_machine,
                 ElfSymbolFn sym_cb, void *opaque, uint64_t *pentry,
                 uint64_t *lowaddr, uint64_t *highaddr);

/* The size of @filename in bytes, or -1. */
ssize_t get_image_size(const char *filename);

/*
 * Load the raw file @filename at @addr of the system address space; at
 * most @max_sz bytes.  Returns its size, or -1 (missing, unreadable, or
 * larger than @max_sz).
 */
ssize_t load_image_targphys(const char *filename, hwaddr addr,
                            uint64_t max_sz);
ssize_t load_image_targphys_as(const char *filename, hwaddr addr,
                               uint64_t max_sz, AddressSpace *as);

/* Put @len bytes of @data at @addr (a board's generated ROM contents). */
void rom_add_blob_fixed_as(const char *name, const void *data, size_t len,
                           hwaddr addr, AddressSpace *as);

/* Write every remembered blob again (a reset handler does this). */
void rom_reset(void *unused);

/*
 * The path of firmware @name on the firmware search path (-L, then the
 * build's firmware_path), or NULL; g_free the result.
 */
char *qemu_find_file(int type, const char *name);
#define QEMU_FILE_TYPE_BIOS 0

#endif
