/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * loader.c: firmware, kernels and initrds into guest memory
 * (include/hw/loader.h): raw images, 64-bit little-endian ELF files
 * (System V gABI: the ELF header, program headers of type PT_LOAD, the
 * SHT_SYMTAB symbol table) and blobs a board builds.
 *
 * Everything loaded becomes a blob: written now, remembered, and written
 * again by rom_reset at every system reset (a reset handler registered
 * with the first blob).  ELF files are checked as a whole before any
 * byte reaches guest memory: every offset and size in them is bounds
 * checked against the file, so a malformed file is an error code, never
 * a partial load or a read outside the file.  Fields are read in the
 * host's byte order, which is little-endian on every host qlite builds
 * for, as the files are.
 */
#include "qemu/osdep.h"
#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "qemu/error-report.h"
#include "hw/loader.h"
#include "sysemu/reset.h"
#include "sysemu/vl.h"

/* A piece of guest memory that every reset writes again. */
typedef struct RomBlob {
    char *name;
    AddressSpace *as;
    hwaddr addr;
    GBytes *data;           /* the bytes to write (shares the file) */
    uint64_t size;          /* bytes covered: data, then zeroes */
} RomBlob;

static GPtrArray *rom_blobs;

/*
 * The search path is vl.data_dirs.  A weak reference, so that programs
 * without system/vl.c (unit tests of boards) link, with no search path.
 */
#pragma weak vl

/* Blobs */

static void rom_blob_write(const RomBlob *blob)
{
    static const uint8_t zeroes[4096];
    gsize len;
    const void *data = g_bytes_get_data(blob->data, &len);
    uint64_t done;

    address_space_write_rom(blob->as, blob->addr, MEMTXATTRS_UNSPECIFIED,
                            data, len);
    for (done = len; done < blob->size; done += sizeof(zeroes)) {
        address_space_write_rom(blob->as, blob->addr + done,
                                MEMTXATTRS_UNSPECIFIED, zeroes,
                                MIN(sizeof(zeroes), blob->size - done));
    }
}

/* Remember @data (referenced) to cover @size bytes at @addr; write it. */
static void rom_add(const char *name, GBytes *data, uint64_t size,
                    hwaddr addr, AddressSpace *as)
{
    RomBlob *blob = g_new0(RomBlob, 1);

    if (!rom_blobs) {
        rom_blobs = g_ptr_array_new();
        qemu_register_reset(rom_reset, NULL);
    }
    blob->name = g_strdup(name);
    blob->as = as;
    blob->addr = addr;
    blob->data = g_bytes_ref(data);
    blob->size = size;
    g_ptr_array_add(rom_blobs, blob);
    rom_blob_write(blob);
}

void rom_add_blob_fixed_as(const char *name, const void *data, size_t len,
                           hwaddr addr, AddressSpace *as)
{
    g_autoptr(GBytes) bytes = g_bytes_new(data, len);

    rom_add(name, bytes, len, addr, as);
}

void rom_reset(void *unused)
{
    unsigned i;

    for (i = 0; rom_blobs && i < rom_blobs->len; i++) {
        rom_blob_write(g_ptr_array_index(rom_blobs, i));
    }
}

/* Raw images */

ssize_t get_image_size(const char *filename)
{
    struct stat st;
    off_t size;
    int fd = open(filename, O_RDONLY);

    if (fd < 0) {
        return -1;
    }
    size = fstat(fd, &st) == 0 && !S_ISDIR(st.st_mode) ?
           lseek(fd, 0, SEEK_END) : -1;
    close(fd);
    return size;
}

/* The contents of @filename, or NULL. */
static GBytes *load_file(const char *filename)
{
    char *contents;
    gsize len;

    if (!g_file_get_contents(filename, &contents, &len, NULL)) {
        return NULL;
    }
    return g_bytes_new_take(contents, len);
}

ssize_t load_image_targphys_as(const char *filename, hwaddr addr,
                               uint64_t max_sz, AddressSpace *as)
{
    ssize_t size = get_image_size(filename);
    g_autoptr(GBytes) data = NULL;

    if (size < 0 || (uint64_t)size > max_sz) {
        return -1;
    }
    data = load_file(filename);
    if (!data || g_bytes_get_size(data) != (gsize)size) {
        return -1;
    }
    if (size > 0) {
        rom_add(filename, data, size, addr, as);
    }
    return size;
}

ssize_t load_image_targphys(const char *filename, hwaddr addr,
                            uint64_t max_sz)
{
    get_system_memory();
    return load_image_targphys_as(filename, addr, max_sz,
                                  &address_space_memory);
}

/* ELF */

const char *load_elf_strerror(ssize_t error)
{
    switch (error) {
    case 0:
        return "No error";
    case ELF_LOAD_FAILED:
        return "Failed to load ELF";
    case ELF_LOAD_NOT_ELF:
        return "The image is not ELF";
    case ELF_LOAD_WRONG_ARCH:
        return "The image is from incompatible architecture";
    case ELF_LOAD_WRONG_ENDIAN:
        return "The image has incorrect endianness";
    case ELF_LOAD_TOO_BIG:
        return "The image segments are too big to load";
    default:
        return "Unknown error";
    }
}

/* An ELF file in memory. */
typedef struct ElfImage {
    const uint8_t *data;
    size_t len;
    Elf64_Ehdr ehdr;
} ElfImage;

/* Whether [off, off + n * size) lies in the file. */
static bool elf_holds(const ElfImage *img, uint64_t off, uint64_t n,
                      uint64_t size)
{
    return off <= img->len && (size == 0 || n <= (img->len - off) / size);
}

static int elf_check_header(ElfImage *img, int elf_machine)
{
    const uint8_t *id = img->data;

    if (img->len < EI_NIDENT) {
        return ELF_LOAD_FAILED;
    }
    if (memcmp(id, ELFMAG, SELFMAG) != 0) {
        return ELF_LOAD_NOT_ELF;
    }
    if (id[EI_DATA] != ELFDATA2LSB) {
        return ELF_LOAD_WRONG_ENDIAN;
    }
    if (id[EI_CLASS] != ELFCLASS64) {
        return ELF_LOAD_WRONG_ARCH;
    }
    if (img->len < sizeof(Elf64_Ehdr)) {
        return ELF_LOAD_FAILED;
    }
    memcpy(&img->ehdr, img->data, sizeof(Elf64_Ehdr));
    if (img->ehdr.e_machine != elf_machine) {
        return ELF_LOAD_WRONG_ARCH;
    }
    if (img->ehdr.e_phentsize != sizeof(Elf64_Phdr) ||
        !elf_holds(img, img->ehdr.e_phoff, img->ehdr.e_phnum,
                   sizeof(Elf64_Phdr))) {
        return ELF_LOAD_FAILED;
    }
    return 0;
}

static Elf64_Phdr elf_phdr(const ElfImage *img, unsigned i)
{
    Elf64_Phdr ph;

    memcpy(&ph, img->data + img->ehdr.e_phoff + i * sizeof(ph), sizeof(ph));
    return ph;
}

/* Check every PT_LOAD segment; *@total gets the bytes they cover. */
static int elf_check_segments(const ElfImage *img, uint64_t *total)
{
    unsigned i;

    *total = 0;
    for (i = 0; i < img->ehdr.e_phnum; i++) {
        Elf64_Phdr ph = elf_phdr(img, i);

        if (ph.p_type != PT_LOAD) {
            continue;
        }
        if (ph.p_filesz > ph.p_memsz ||
            !elf_holds(img, ph.p_offset, 1, ph.p_filesz)) {
            return ELF_LOAD_FAILED;
        }
        if (ph.p_memsz > INT_MAX - *total ||
            (ph.p_memsz && ph.p_memsz - 1 > UINT64_MAX - ph.p_paddr)) {
            return ELF_LOAD_TOO_BIG;
        }
        *total += ph.p_memsz;
    }
    return 0;
}

/* The section header @i, if the table is sound. */
static bool elf_shdr(const ElfImage *img, unsigned i, Elf64_Shdr *sh)
{
    if (img->ehdr.e_shentsize != sizeof(Elf64_Shdr) ||
        i >= img->ehdr.e_shnum ||
        !elf_holds(img, img->ehdr.e_shoff, img->ehdr.e_shnum,
                   sizeof(Elf64_Shdr))) {
        return false;
    }
    memcpy(sh, img->data + img->ehdr.e_shoff + i * sizeof(*sh),
           sizeof(*sh));
    return true;
}

/* Report the symbols of one SHT_SYMTAB section; bad tables are skipped. */
static void elf_symtab_report(const ElfImage *img, const Elf64_Shdr *symtab,
                              ElfSymbolFn sym_cb, void *opaque)
{
    Elf64_Shdr strtab;
    uint64_t n, i;

    if (symtab->sh_entsize != sizeof(Elf64_Sym) ||
        !elf_holds(img, symtab->sh_offset, 1, symtab->sh_size) ||
        !elf_shdr(img, symtab->sh_link, &strtab) ||
        !elf_holds(img, strtab.sh_offset, 1, strtab.sh_size)) {
        return;
    }
    n = symtab->sh_size / sizeof(Elf64_Sym);
    for (i = 0; i < n; i++) {
        const char *strs = (const char *)img->data + strtab.sh_offset;
        Elf64_Sym sym;

        memcpy(&sym, img->data + symtab->sh_offset + i * sizeof(sym),
               sizeof(sym));
        if (sym.st_shndx == SHN_UNDEF || sym.st_shndx >= SHN_LORESERVE ||
            ELF64_ST_TYPE(sym.st_info) == STT_SECTION ||
            sym.st_name >= strtab.sh_size ||
            !memchr(strs + sym.st_name, 0, strtab.sh_size - sym.st_name)) {
            continue;
        }
        sym_cb(strs + sym.st_name, sym.st_value, opaque);
    }
}

static void elf_report_symbols(const ElfImage *img, ElfSymbolFn sym_cb,
                               void *opaque)
{
    Elf64_Shdr sh;
    unsigned i;

    for (i = 0; elf_shdr(img, i, &sh); i++) {
        if (sh.sh_type == SHT_SYMTAB) {
            elf_symtab_report(img, &sh, sym_cb, opaque);
        }
    }
}

/* Make a blob of each PT_LOAD segment (checked already). */
static void elf_load_segments(const ElfImage *img, GBytes *file,
                              const char *filename, AddressSpace *as,
                              uint64_t *low, uint64_t *high)
{
    unsigned i;

    *low = UINT64_MAX;
    *high = 0;
    for (i = 0; i < img->ehdr.e_phnum; i++) {
        Elf64_Phdr ph = elf_phdr(img, i);
        g_autoptr(GBytes) data = NULL;
        g_autofree char *name = NULL;

        if (ph.p_type != PT_LOAD || !ph.p_memsz) {
            continue;
        }
        name = g_strdup_printf("%s ELF program header segment %u",
                               filename, i);
        data = g_bytes_new_from_bytes(file, ph.p_offset, ph.p_filesz);
        rom_add(name, data, ph.p_memsz, ph.p_paddr, as);
        *low = MIN(*low, ph.p_paddr);
        *high = MAX(*high, ph.p_paddr + ph.p_memsz);
    }
}

ssize_t load_elf(const char *filename, AddressSpace *as, int elf_machine,
                 ElfSymbolFn sym_cb, void *opaque, uint64_t *pentry,
                 uint64_t *lowaddr, uint64_t *highaddr)
{
    g_autoptr(GBytes) file = load_file(filename);
    ElfImage img = { 0 };
    uint64_t total, low, high;
    int ret;

    if (!file) {
        return ELF_LOAD_FAILED;
    }
    img.data = g_bytes_get_data(file, &img.len);
    ret = elf_check_header(&img, elf_machine);
    if (ret == 0) {
        ret = elf_check_segments(&img, &total);
    }
    if (ret < 0) {
        return ret;
    }
    if (sym_cb) {
        elf_report_symbols(&img, sym_cb, opaque);
    }
    elf_load_segments(&img, file, filename, as, &low, &high);
    if (pentry) {
        *pentry = img.ehdr.e_entry;
    }
    if (lowaddr) {
        *lowaddr = low;
    }
    if (highaddr) {
        *highaddr = high;
    }
    return total;
}

/* Firmware search path */

char *qemu_find_file(int type, const char *name)
{
    unsigned i;

    if (access(name, R_OK) == 0) {
        return g_strdup(name);
    }
    for (i = 0; &vl && vl.data_dirs && i < vl.data_dirs->len; i++) {
        char *path = g_build_filename(g_ptr_array_index(vl.data_dirs, i),
                                      name, NULL);

        if (access(path, R_OK) == 0) {
            return path;
        }
        g_free(path);
    }
    return NULL;
}
