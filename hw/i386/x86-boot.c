/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * x86-boot.c: firmware and Linux kernel loading for the x86 boards, with
 * the behaviour and messages of QEMU 8.2's hw/i386/x86.c.
 *
 * The BIOS image ends at 4 GiB, and its last 128 KiB also appear below
 * 1 MiB, where a CPU coming out of reset in real mode finds them.
 *
 * The kernel follows the Linux x86 boot protocol
 * (Documentation/arch/x86/boot.rst): a real-mode setup part (its first
 * sector holds the setup header, "HdrS" at 0x202, with the protocol
 * version at 0x206) followed by the protected-mode kernel.  QEMU hands
 * the pieces to its firmware through fw_cfg and the firmware's Linux boot
 * ROM copies them into RAM; qlite has no fw_cfg yet, so it writes them
 * to the same addresses directly (again at every reset), with the header
 * filled in the same way.
 *
 * An ELF kernel (vmlinux) boots through PVH instead: it must carry the
 * Xen PVH entry note, and its segments go to their physical addresses.
 * The PVH start-of-day structure and command line are the firmware's
 * work (pvh.bin with fw_cfg), which qlite cannot do yet; the initrd is
 * placed where QEMU tells the firmware to put it.
 */
#include "qemu/osdep.h"
#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "qemu/error-report.h"
#include "hw/loader.h"
#include "hw/i386/x86.h"
#include "sysemu/qtest.h"

#define X86_BIOS_GRANULE (64 * KiB)
#define X86_BIOS_MAX_SIZE (16 * MiB)    /* the flash window below 4 GiB */
#define X86_ISA_BIOS_MAX_SIZE (128 * KiB)
#define X86_ISA_BIOS_END 0x100000

/* Setup header fields: offsets in the kernel image. */
#define LINUX_OLD_CMDLINE_MAGIC 0x020   /* u16, before protocol 2.02 */
#define LINUX_OLD_CMDLINE_OFFSET 0x022  /* u16 */
#define LINUX_SETUP_SECTS 0x1f1         /* u8 */
#define LINUX_VID_MODE 0x1fa            /* u16 */
#define LINUX_HEADER 0x202              /* u32 "HdrS" */
#define LINUX_VERSION 0x206             /* u16 */
#define LINUX_TYPE_OF_LOADER 0x210      /* u8 */
#define LINUX_LOADFLAGS 0x211           /* u8 */
#define LINUX_RAMDISK_IMAGE 0x218       /* u32 */
#define LINUX_RAMDISK_SIZE 0x21c        /* u32 */
#define LINUX_HEAP_END_PTR 0x224        /* u16 */
#define LINUX_CMD_LINE_PTR 0x228        /* u32 */
#define LINUX_INITRD_ADDR_MAX 0x22c     /* u32 */
#define LINUX_XLOADFLAGS 0x236          /* u16 */

#define LINUX_HDRS_MAGIC 0x53726448
#define LINUX_OLD_CMDLINE_MAGIC_VALUE 0xa33f
#define LINUX_LOADED_HIGH 0x01
#define LINUX_CAN_USE_HEAP 0x80
#define LINUX_XLF_CAN_BE_LOADED_ABOVE_4G (1 << 3)
#define LINUX_LOADER_QEMU 0xb0          /* what QEMU calls itself */
#define LINUX_HEADER_BYTES 8192         /* what QEMU reads as the header */

#define XEN_ELFNOTE_PHYS32_ENTRY 18     /* the PVH entry point note */
#define MULTIBOOT_MAGIC 0x1badb002

/* ---- the BIOS ---- */

static G_NORETURN void x86_bios_error(const char *name)
{
    fprintf(stderr, "qemu: could not load PC BIOS '%s'\n", name);
    exit(1);
}

void x86_bios_rom_init(MachineState *ms, const char *default_firmware,
                       X86BiosRegions *r)
{
    const char *name = ms->firmware ? ms->firmware : default_firmware;
    g_autofree char *filename = qemu_find_file(QEMU_FILE_TYPE_BIOS, name);
    g_autofree gchar *data = NULL;
    ssize_t size = filename ? get_image_size(filename) : -1;
    gsize got = 0;
    uint64_t isa_size;
    hwaddr base;

    if (!filename && !ms->firmware && qtest_enabled()) {
        return;
    }
    if (size <= 0 || size % X86_BIOS_GRANULE || size > X86_BIOS_MAX_SIZE ||
        !g_file_get_contents(filename, &data, &got, NULL) ||
        got != (gsize)size) {
        x86_bios_error(name);
    }
    base = 0x100000000ULL - size;
    memory_region_init_ram(&r->bios, NULL, "pc.bios", size, &error_fatal);
    memory_region_add_subregion(get_system_memory(), base, &r->bios);
    rom_add_blob_fixed_as(name, data, size, base, &address_space_memory);
    isa_size = MIN(size, X86_ISA_BIOS_MAX_SIZE);
    memory_region_init_alias(&r->isa_bios, NULL, "isa-bios", &r->bios,
                             size - isa_size, isa_size);
    memory_region_add_subregion_overlap(get_system_memory(),
                                        X86_ISA_BIOS_END - isa_size,
                                        &r->isa_bios, 1);
}

/* ---- the Linux kernel ---- */

/* Where the pieces go, from the protocol version and load flags. */
typedef struct X86LinuxLayout {
    unsigned protocol;
    hwaddr real_addr;           /* setup code and header */
    hwaddr cmdline_addr;
    hwaddr prot_addr;           /* protected-mode kernel */
    uint32_t initrd_max;        /* last byte the initrd may use */
} X86LinuxLayout;

static uint32_t x86_ld16(const uint8_t *p)
{
    return p[0] | p[1] << 8;
}

static uint32_t x86_ld32(const uint8_t *p)
{
    return x86_ld16(p) | x86_ld16(p + 2) << 16;
}

static void x86_st16(uint8_t *p, uint32_t v)
{
    p[0] = v;
    p[1] = v >> 8;
}

static void x86_st32(uint8_t *p, uint32_t v)
{
    x86_st16(p, v);
    x86_st16(p + 2, v >> 16);
}

static G_NORETURN void x86_kernel_load_error(const char *filename, int err)
{
    fprintf(stderr, "qemu: could not load kernel '%s': %s\n", filename,
            strerror(err));
    exit(1);
}

/* The whole kernel file; *@size is at least 1. */
static uint8_t *x86_read_kernel(const char *filename, uint64_t max_size,
                                size_t *size)
{
    int fd = open(filename, O_RDONLY | O_CLOEXEC);
    struct stat st;
    uint8_t *buf;
    size_t done;
    ssize_t n;

    if (fd < 0) {
        fprintf(stderr, "qemu: could not open kernel file '%s': %s\n",
                filename, strerror(errno));
        exit(1);
    }
    if (fstat(fd, &st) < 0 || st.st_size <= 0) {
        x86_kernel_load_error(filename, errno ? errno : EINVAL);
    }
    if ((uint64_t)st.st_size > max_size) {
        x86_kernel_load_error(filename, EFBIG);
    }
    *size = st.st_size;
    buf = g_malloc(*size);
    for (done = 0; done < *size; done += n) {
        n = read(fd, buf + done, *size - done);
        if (n < 0 && errno == EINTR) {
            n = 0;
        } else if (n <= 0) {
            x86_kernel_load_error(filename, n < 0 ? errno : EIO);
        }
    }
    close(fd);
    return buf;
}

static X86LinuxLayout x86_linux_layout(const uint8_t *header,
                                       size_t cmdline_size,
                                       uint64_t below_4g_mem_size)
{
    X86LinuxLayout l = { 0 };
    bool high = header[LINUX_LOADFLAGS] & LINUX_LOADED_HIGH;

    if (x86_ld32(header + LINUX_HEADER) == LINUX_HDRS_MAGIC) {
        l.protocol = x86_ld16(header + LINUX_VERSION);
    }
    if (l.protocol < 0x202 || !high) {
        l.real_addr = 0x90000;
        l.cmdline_addr = 0x9a000 - cmdline_size;
        l.prot_addr = l.protocol < 0x200 || !high ? 0x10000 : 0x100000;
    } else {
        l.real_addr = 0x10000;
        l.cmdline_addr = 0x20000;
        l.prot_addr = 0x100000;
    }
    if (l.protocol >= 0x20c && (x86_ld16(header + LINUX_XLOADFLAGS) &
                                LINUX_XLF_CAN_BE_LOADED_ABOVE_4G)) {
        l.initrd_max = UINT32_MAX;
    } else if (l.protocol >= 0x203) {
        l.initrd_max = x86_ld32(header + LINUX_INITRD_ADDR_MAX);
    } else {
        l.initrd_max = 0x37ffffff;
    }
    if (l.initrd_max >= below_4g_mem_size) {
        l.initrd_max = below_4g_mem_size - 1;
    }
    return l;
}

/* vga=normal|ext|ask|N sets the setup header's video mode. */
static void x86_linux_set_vga(uint8_t *header, const char *cmdline)
{
    static const struct {
        const char *name;
        uint16_t mode;
    } modes[] = {
        { "normal", 0xffff }, { "ext", 0xfffe }, { "ask", 0xfffd },
    };
    const char *vga = strstr(cmdline, "vga=");
    const char *end;
    unsigned int mode;
    size_t i;

    if (!vga) {
        return;
    }
    vga += 4;
    for (i = 0; i < ARRAY_SIZE(modes); i++) {
        if (!strncmp(vga, modes[i].name, strlen(modes[i].name))) {
            x86_st16(header + LINUX_VID_MODE, modes[i].mode);
            return;
        }
    }
    if (qemu_strtoui(vga, &end, 0, &mode) || (*end && *end != ' ')) {
        fprintf(stderr, "qemu: invalid 'vga=' kernel parameter.\n");
        exit(1);
    }
    x86_st16(header + LINUX_VID_MODE, mode);
}

/* The header's command line, loader and heap fields. */
static void x86_linux_fill_header(uint8_t *header, const X86LinuxLayout *l,
                                  const char *cmdline)
{
    if (l->protocol >= 0x202) {
        x86_st32(header + LINUX_CMD_LINE_PTR, l->cmdline_addr);
    } else {
        x86_st16(header + LINUX_OLD_CMDLINE_MAGIC,
                 LINUX_OLD_CMDLINE_MAGIC_VALUE);
        x86_st16(header + LINUX_OLD_CMDLINE_OFFSET,
                 l->cmdline_addr - l->real_addr);
    }
    x86_linux_set_vga(header, cmdline);
    if (l->protocol >= 0x200) {
        header[LINUX_TYPE_OF_LOADER] = LINUX_LOADER_QEMU;
    }
    if (l->protocol >= 0x201) {
        header[LINUX_LOADFLAGS] |= LINUX_CAN_USE_HEAP;
        x86_st16(header + LINUX_HEAP_END_PTR,
                 l->cmdline_addr - l->real_addr - 0x200);
    }
}

/*
 * The initrd at the top of [0, @initrd_max], page aligned; its address,
 * and its size in *@psize.
 */
static uint32_t x86_load_initrd(const char *filename, uint32_t initrd_max,
                                uint32_t *psize)
{
    g_autoptr(GError) gerr = NULL;
    GMappedFile *mapped;
    size_t size;
    uint32_t addr;

    mapped = g_mapped_file_new(filename, false, &gerr);
    if (!mapped) {
        fprintf(stderr, "qemu: error reading initrd %s: %s\n", filename,
                gerr->message);
        exit(1);
    }
    size = g_mapped_file_get_length(mapped);
    if (size >= initrd_max) {
        fprintf(stderr, "qemu: initrd is too large, cannot support."
                "(max: %" PRIu32 ", need %" PRIu64 ")\n", initrd_max,
                (uint64_t)size);
        exit(1);
    }
    addr = (initrd_max - size) & ~4095U;
    rom_add_blob_fixed_as("initrd", g_mapped_file_get_contents(mapped), size,
                          addr, &address_space_memory);
    g_mapped_file_unref(mapped);
    *psize = size;
    return addr;
}

/* The Linux way: the header tells the kernel where its initrd is. */
static void x86_linux_load_initrd(uint8_t *header, const X86LinuxLayout *l,
                                  const char *filename)
{
    uint32_t addr, size;

    if (l->protocol < 0x200) {
        fprintf(stderr, "qemu: linux kernel too old to load a ram disk\n");
        exit(1);
    }
    addr = x86_load_initrd(filename, l->initrd_max, &size);
    x86_st32(header + LINUX_RAMDISK_IMAGE, addr);
    x86_st32(header + LINUX_RAMDISK_SIZE, size);
}

/* ---- PVH (ELF) kernels ---- */

/* Whether the note at @n (@len bytes left) is Xen's PVH entry point. */
static bool x86_note_is_pvh_entry(const uint8_t *n, size_t len,
                                  size_t *note_len)
{
    uint32_t namesz, descsz;

    *note_len = 0;
    if (len < 12) {
        return false;
    }
    namesz = x86_ld32(n);
    descsz = x86_ld32(n + 4);
    if (namesz > len || descsz > len) {
        return false;
    }
    *note_len = 12 + QEMU_ALIGN_UP(namesz, 4) + QEMU_ALIGN_UP(descsz, 4);
    return *note_len <= len && namesz == 4 && !memcmp(n + 12, "Xen", 4) &&
           x86_ld32(n + 8) == XEN_ELFNOTE_PHYS32_ENTRY && descsz >= 4;
}

/* Whether a PT_NOTE segment of the 64-bit ELF @elf has the PVH note. */
static bool x86_elf_has_pvh_note(const uint8_t *elf, size_t size)
{
    Elf64_Ehdr eh;
    unsigned i;

    if (size < sizeof(eh) || elf[EI_CLASS] != ELFCLASS64) {
        return false;
    }
    memcpy(&eh, elf, sizeof(eh));
    for (i = 0; i < eh.e_phnum; i++) {
        uint64_t off = eh.e_phoff + (uint64_t)i * sizeof(Elf64_Phdr);
        size_t pos, note_len = 0;
        Elf64_Phdr ph;

        if (eh.e_phoff > size || off > size - sizeof(ph)) {
            return false;
        }
        memcpy(&ph, elf + off, sizeof(ph));
        if (ph.p_type != PT_NOTE || ph.p_offset > size ||
            ph.p_filesz > size - ph.p_offset) {
            continue;
        }
        for (pos = 0; pos < ph.p_filesz; pos += note_len) {
            if (x86_note_is_pvh_entry(elf + ph.p_offset + pos,
                                      ph.p_filesz - pos, &note_len)) {
                return true;
            }
            if (!note_len) {
                break;
            }
        }
    }
    return false;
}

/* Whether the first 8 KiB hold a multiboot header (magic, checksum). */
static bool x86_is_multiboot(const uint8_t *header, size_t size)
{
    size_t i;

    for (i = 0; i + 12 <= MIN(size, LINUX_HEADER_BYTES); i += 4) {
        if (x86_ld32(header + i) == MULTIBOOT_MAGIC &&
            (uint32_t)(x86_ld32(header + i) + x86_ld32(header + i + 4) +
                       x86_ld32(header + i + 8)) == 0) {
            return true;
        }
    }
    return false;
}

/* A kernel without a setup header: multiboot, PVH, or an old zImage. */
static bool x86_load_headerless(MachineState *ms, const uint8_t *kernel,
                                size_t size, uint64_t below_4g_mem_size)
{
    uint32_t initrd_size;

    if (x86_is_multiboot(kernel, size)) {
        error_report("multiboot kernels are not supported");
        exit(1);
    }
    if (size < SELFMAG || memcmp(kernel, ELFMAG, SELFMAG)) {
        return false;
    }
    if (!x86_elf_has_pvh_note(kernel, size)) {
        error_report("Error loading uncompressed kernel without PVH ELF "
                     "Note");
        exit(1);
    }
    if (load_elf(ms->kernel_filename, &address_space_memory, EM_X86_64,
                 NULL, NULL, NULL, NULL, NULL) < 0) {
        error_report("Error while loading elf kernel");
        exit(1);
    }
    if (ms->initrd_filename) {
        x86_load_initrd(ms->initrd_filename, below_4g_mem_size - 1,
                        &initrd_size);
    }
    return true;
}

void x86_load_linux(MachineState *ms, uint64_t below_4g_mem_size)
{
    const char *cmdline = ms->kernel_cmdline ? ms->kernel_cmdline : "";
    size_t cmdline_size = (strlen(cmdline) + 16) & ~15;
    g_autofree uint8_t *kernel = NULL;
    g_autofree uint8_t *header = g_malloc0(LINUX_HEADER_BYTES);
    size_t kernel_size, setup_size;
    X86LinuxLayout l;

    kernel = x86_read_kernel(ms->kernel_filename, below_4g_mem_size,
                             &kernel_size);
    memcpy(header, kernel, MIN(kernel_size, LINUX_HEADER_BYTES));
    l = x86_linux_layout(header, cmdline_size, below_4g_mem_size);
    if (!l.protocol &&
        x86_load_headerless(ms, kernel, kernel_size, below_4g_mem_size)) {
        return;
    }
    x86_linux_fill_header(header, &l, cmdline);
    if (ms->initrd_filename) {
        x86_linux_load_initrd(header, &l, ms->initrd_filename);
    }
    setup_size = ((header[LINUX_SETUP_SECTS] ? : 4) + 1) * 512;
    if (setup_size > kernel_size) {
        fprintf(stderr, "qemu: invalid kernel header\n");
        exit(1);
    }
    memcpy(kernel, header, MIN(setup_size, LINUX_HEADER_BYTES));
    rom_add_blob_fixed_as("linux setup", kernel, setup_size, l.real_addr,
                          &address_space_memory);
    rom_add_blob_fixed_as("linux cmdline", cmdline, strlen(cmdline) + 1,
                          l.cmdline_addr, &address_space_memory);
    rom_add_blob_fixed_as("linux kernel", kernel + setup_size,
                          kernel_size - setup_size, l.prot_addr,
                          &address_space_memory);
}
