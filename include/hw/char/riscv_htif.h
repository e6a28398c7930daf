/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv_htif.h: the Host-Target InterFace of the spike simulator, as
 * QEMU 8.2's spike board provides it: two 64-bit words, tohost (the
 * guest's request: device << 56 | command << 48 | payload) and fromhost
 * (the answer).  Device 0 command 0 is the syscall proxy (payload with
 * bit 0 set: exit with status payload >> 1; otherwise the address of a
 * syscall block, of which only a one-byte console write is served);
 * device 1 is the console (command 1 writes a byte, command 0 asks for
 * one, which arrives in fromhost).
 */
#ifndef HW_CHAR_RISCV_HTIF_H
#define HW_CHAR_RISCV_HTIF_H

#include "chardev/char-fe.h"
#include "exec/memory.h"

typedef struct HTIFState {
    MemoryRegion mmio;
    CharBackend chr;
    AddressSpace *as;           /* where syscall blocks are read */
    hwaddr tohost_offset;       /* in mmio */
    hwaddr fromhost_offset;
    uint64_t tohost;
    uint64_t fromhost;
    uint64_t pending_read;      /* the console read request waiting */
    bool allow_tohost;          /* the low half of tohost was accepted */
    bool fromhost_inprogress;
} HTIFState;

/*
 * The loader's symbol callback for the -kernel/-bios ELF: remembers the
 * addresses of "tohost" and "fromhost".
 */
void htif_symbol_callback(const char *name, uint64_t value, void *opaque);

/* Did the loaded ELF images name both tohost and fromhost? */
bool htif_uses_elf_symbols(void);

/*
 * htif_mm_init: the HTIF over @address_space, talking to @chr (may be
 * NULL: console output is dropped).  With @custom_base, fromhost is at
 * @nonelf_base and tohost right after it; otherwise both are where the
 * ELF symbols put them, and their absence is a configuration error
 * ("Invalid HTIF fromhost or tohost address", exit 1).  The registers
 * sit above whatever else is mapped there (the ELF's RAM).
 */
HTIFState *htif_mm_init(MemoryRegion *address_space, Chardev *chr,
                        uint64_t nonelf_base, bool custom_base);

#endif
