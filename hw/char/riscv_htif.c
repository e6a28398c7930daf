/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * riscv_htif.c: spike's Host-Target InterFace (riscv_htif.h), with QEMU
 * 8.2's behaviour: tohost and fromhost are accessed as 32-bit halves; a
 * request is taken when the high half of tohost is written (after a low
 * half written while tohost was clear), answered in fromhost, and
 * tohost reads as zero again once taken.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "chardev/char.h"
#include "hw/char/riscv_htif.h"
#include "sysemu/runstate.h"

#define HTIF_DEV_SHIFT 56
#define HTIF_CMD_SHIFT 48
#define HTIF_PAYLOAD_MASK ((1ULL << HTIF_CMD_SHIFT) - 1)

#define HTIF_DEV_SYSCALL 0
#define HTIF_DEV_CONSOLE 1
#define HTIF_CONSOLE_CMD_GETC 0
#define HTIF_CONSOLE_CMD_PUTC 1

/* The proxy kernel's write syscall number, as spike's fesvr knows it. */
#define PK_SYS_WRITE 64

static uint64_t fromhost_addr, tohost_addr;
static unsigned address_symbol_set;

void htif_symbol_callback(const char *name, uint64_t value, void *opaque)
{
    if (!strcmp(name, "fromhost")) {
        address_symbol_set |= 1;
        fromhost_addr = value;
    } else if (!strcmp(name, "tohost")) {
        address_symbol_set |= 2;
        tohost_addr = value;
    }
}

bool htif_uses_elf_symbols(void)
{
    return address_symbol_set == 3;
}

/* The answer to request @request: its device and command, and @resp. */
static void htif_respond(HTIFState *s, uint64_t request, uint64_t resp)
{
    s->fromhost = (request >> HTIF_CMD_SHIFT << HTIF_CMD_SHIFT) |
                  (resp & HTIF_PAYLOAD_MASK);
}

static void htif_putc(HTIFState *s, uint8_t ch)
{
    qemu_chr_fe_write(&s->chr, &ch, 1);
}

/*
 * A syscall block at @addr: eight little-endian words, the syscall
 * number first.  Only write(console, buf, 1) is served.  Returns the
 * response, or -1 for a call the proxy does not serve.
 */
static int64_t htif_syscall(HTIFState *s, hwaddr addr)
{
    uint64_t call[8];
    uint8_t ch;

    if (address_space_read(s->as, addr, MEMTXATTRS_UNSPECIFIED, call,
                           sizeof(call)) != MEMTX_OK) {
        qemu_log_mask(LOG_GUEST_ERROR, "htif: syscall block at 0x%" PRIx64
                      " is not in memory\n", (uint64_t)addr);
        return -1;
    }
    if (GUINT64_FROM_LE(call[0]) != PK_SYS_WRITE ||
        GUINT64_FROM_LE(call[1]) != HTIF_DEV_CONSOLE ||
        GUINT64_FROM_LE(call[3]) != HTIF_CONSOLE_CMD_PUTC) {
        qemu_log_mask(LOG_UNIMP, "pk syscall proxy not supported\n");
        return -1;
    }
    if (address_space_read(s->as, GUINT64_FROM_LE(call[2]),
                           MEMTXATTRS_UNSPECIFIED, &ch, 1) != MEMTX_OK) {
        return -1;
    }
    htif_putc(s, ch);
    return 0x100 | (uint8_t)addr;
}

static void htif_handle_tohost_write(HTIFState *s, uint64_t request)
{
    unsigned dev = request >> HTIF_DEV_SHIFT;
    unsigned cmd = (request >> HTIF_CMD_SHIFT) & 0xff;
    uint64_t payload = request & HTIF_PAYLOAD_MASK;
    int64_t resp = 0;

    if (dev == HTIF_DEV_SYSCALL && cmd == 0 && (payload & 1)) {
        qemu_system_shutdown_request_with_code(SHUTDOWN_CAUSE_GUEST_SHUTDOWN,
                                               payload >> 1);
        return;
    }
    if (dev == HTIF_DEV_SYSCALL && cmd == 0) {
        resp = htif_syscall(s, payload);
        resp = resp < 0 ? 0 : resp;
    } else if (dev == HTIF_DEV_CONSOLE && cmd == HTIF_CONSOLE_CMD_GETC) {
        /* Answered when a byte arrives (htif_chr_receive). */
        s->pending_read = request;
        s->tohost = 0;
        return;
    } else if (dev == HTIF_DEV_CONSOLE && cmd == HTIF_CONSOLE_CMD_PUTC) {
        htif_putc(s, payload);
        resp = 0x100 | (uint8_t)payload;
    } else {
        qemu_log_mask(LOG_GUEST_ERROR, "HTIF device %u: unknown command "
                      "%u\n", dev, cmd);
    }
    htif_respond(s, request, resp);
    s->tohost = 0;
}

static uint64_t htif_mm_read(void *opaque, hwaddr addr, unsigned size)
{
    HTIFState *s = opaque;

    if (addr == s->tohost_offset) {
        return (uint32_t)s->tohost;
    } else if (addr == s->tohost_offset + 4) {
        return s->tohost >> 32;
    } else if (addr == s->fromhost_offset) {
        return (uint32_t)s->fromhost;
    } else if (addr == s->fromhost_offset + 4) {
        return s->fromhost >> 32;
    }
    qemu_log_mask(LOG_GUEST_ERROR, "Invalid htif read: address %016" PRIx64
                  "\n", (uint64_t)addr);
    return 0;
}

static void htif_mm_write(void *opaque, hwaddr addr, uint64_t value,
                          unsigned size)
{
    HTIFState *s = opaque;

    if (addr == s->tohost_offset) {
        s->allow_tohost = s->tohost == 0;
        if (s->allow_tohost) {
            s->tohost = (uint32_t)value;
        }
    } else if (addr == s->tohost_offset + 4) {
        if (s->allow_tohost) {
            s->tohost |= value << 32;
            htif_handle_tohost_write(s, s->tohost);
        }
    } else if (addr == s->fromhost_offset) {
        s->fromhost_inprogress = true;
        s->fromhost = (uint32_t)value;
    } else if (addr == s->fromhost_offset + 4) {
        s->fromhost |= value << 32;
        s->fromhost_inprogress = false;
    } else {
        qemu_log_mask(LOG_GUEST_ERROR, "Invalid htif write: address %016"
                      PRIx64 "\n", (uint64_t)addr);
    }
}

/*
 * 8-byte accesses arrive as two 4-byte halves, the low one first;
 * narrower ones reach the registers as they are.
 */
static const MemoryRegionOps htif_mm_ops = {
    .read = htif_mm_read,
    .write = htif_mm_write,
    .endianness = DEVICE_LITTLE_ENDIAN,
    .valid = {
        .min_access_size = 1,
        .max_access_size = 8,
    },
    .impl = {
        .min_access_size = 1,
        .max_access_size = 4,
    },
};

static int htif_chr_can_receive(void *opaque)
{
    return 1;
}

/* A console byte: the answer to the pending read request. */
static void htif_chr_receive(void *opaque, const uint8_t *buf, int size)
{
    HTIFState *s = opaque;

    if (size != 1) {
        return;
    }
    htif_respond(s, s->pending_read, 0x100 | buf[0]);
}

HTIFState *htif_mm_init(MemoryRegion *address_space, Chardev *chr,
                        uint64_t nonelf_base, bool custom_base)
{
    HTIFState *s = g_new0(HTIFState, 1);
    uint64_t base, size;

    if (custom_base) {
        fromhost_addr = nonelf_base;
        tohost_addr = nonelf_base + 8;
    } else if (!htif_uses_elf_symbols()) {
        error_report("Invalid HTIF fromhost or tohost address");
        exit(1);
    }
    base = MIN(tohost_addr, fromhost_addr);
    size = MAX(tohost_addr, fromhost_addr) + 8 - base;
    s->tohost_offset = tohost_addr - base;
    s->fromhost_offset = fromhost_addr - base;
    s->as = &address_space_memory;
    qemu_chr_fe_init(&s->chr, chr, &error_fatal);
    qemu_chr_fe_set_handlers(&s->chr, htif_chr_can_receive,
                             htif_chr_receive, NULL, s);
    memory_region_init_io(&s->mmio, NULL, &htif_mm_ops, s, "riscv.htif.uart",
                          size);
    memory_region_add_subregion_overlap(address_space, base, &s->mmio, 1);
    return s;
}
