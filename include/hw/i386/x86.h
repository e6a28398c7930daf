/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * x86.h: what the x86 boards share (hw/i386/x86-boot.c): the firmware
 * image below 4 GiB and the Linux kernel loader.
 */
#ifndef HW_I386_X86_H
#define HW_I386_X86_H

#include "exec/memory.h"
#include "hw/boards.h"

/* The BIOS: the image at the top of 4 GiB, its last 128 KiB below 1 MiB. */
typedef struct X86BiosRegions {
    MemoryRegion bios;          /* "pc.bios" */
    MemoryRegion isa_bios;      /* "isa-bios", an alias of its end */
} X86BiosRegions;

/*
 * Map -bios FILE (ms->firmware), else @default_firmware, found on the
 * firmware search path, as QEMU's x86 machines do: a writable image
 * whose size is a multiple of 64 KiB, ending at 4 GiB, written again at
 * every reset.  Anything else exits with "qemu: could not load PC BIOS
 * 'NAME'".  Under qtest a missing default image is no error (nothing
 * runs it).
 */
void x86_bios_rom_init(MachineState *ms, const char *default_firmware,
                       X86BiosRegions *r);

/*
 * Load ms->kernel_filename (a Linux kernel with the x86 boot protocol's
 * setup header), ms->initrd_filename and ms->kernel_cmdline into guest
 * RAM where QEMU's Linux boot option ROM puts them: the setup code with
 * its header filled in (command line pointer, initrd address and size,
 * loader type, heap end, video mode from vga=), the command line, the
 * protected-mode kernel, and the initrd at the top of the memory the
 * kernel accepts, below @below_4g_mem_size.  An ELF kernel must carry
 * the PVH entry note; its segments go to their physical addresses and
 * the initrd to the top of the RAM below 4 GiB.  Multiboot kernels are
 * refused.  Bad files exit with QEMU's messages.
 */
void x86_load_linux(MachineState *ms, uint64_t below_4g_mem_size);

#endif
