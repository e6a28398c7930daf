/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the loader (hw/core/loader.c): ELF files built here
 * (good ones, truncated ones, wrong class, machine or byte order, offsets
 * and sizes out of range, broken symbol tables), raw images, blobs, the
 * re-write of everything at reset and the firmware search path.
 */
#include "qemu/osdep.h"
#include <elf.h>
#include "qapi/error.h"
#include "exec/memory.h"
#include "qemu/error-report.h"
#include "hw/loader.h"
#include "sysemu/reset.h"
#include "sysemu/vl.h"
#include "tmpdir-helpers.h"

/* The start-up state, of which the loader reads the search path. */
VlState vl;

#define RAM_BASE 0x80000000ULL
#define RAM_SIZE 0x10000

static MemoryRegion ram;
static uint8_t *ram_ptr;

/* The layout of the ELF files the tests build. */
#define PH_OFF   sizeof(Elf64_Ehdr)
#define SEG0_OFF 0x100      /* 16 bytes of code, at RAM_BASE */
#define SEG1_OFF 0x110      /* 8 bytes of data, 0x20 in memory */
#define SYM_OFF  0x120      /* 5 symbols */
#define STR_OFF  (SYM_OFF + 5 * sizeof(Elf64_Sym))
#define SH_OFF   0x200      /* null, .symtab, .strtab */
#define ELF_SIZE (SH_OFF + 3 * sizeof(Elf64_Shdr))

static const char strtab[] = "\0_start\0tohost\0data\0undef";

static void put_sym(uint8_t *f, unsigned i, unsigned name, int type,
                    unsigned shndx, uint64_t value)
{
    Elf64_Sym sym = {
        .st_name = name,
        .st_info = ELF64_ST_INFO(STB_GLOBAL, type),
        .st_shndx = shndx,
        .st_value = value,
    };

    memcpy(f + SYM_OFF + i * sizeof(sym), &sym, sizeof(sym));
}

/* A good RISC-V ELF: two segments, the second with bss, symbols. */
static uint8_t *elf_build(void)
{
    uint8_t *f = g_malloc0(ELF_SIZE);
    Elf64_Ehdr eh = {
        .e_type = ET_EXEC, .e_machine = EM_RISCV, .e_version = EV_CURRENT,
        .e_entry = RAM_BASE + 4, .e_phoff = PH_OFF, .e_shoff = SH_OFF,
        .e_ehsize = sizeof(Elf64_Ehdr), .e_phentsize = sizeof(Elf64_Phdr),
        .e_phnum = 3, .e_shentsize = sizeof(Elf64_Shdr), .e_shnum = 3,
    };
    Elf64_Phdr ph[3] = {
        { .p_type = PT_LOAD, .p_offset = SEG0_OFF, .p_paddr = RAM_BASE,
          .p_filesz = 16, .p_memsz = 16 },
        { .p_type = PT_LOAD, .p_offset = SEG1_OFF, .p_paddr = RAM_BASE + 0x100,
          .p_filesz = 8, .p_memsz = 0x20 },
        { .p_type = PT_NOTE, .p_offset = 0xffffffff, .p_filesz = 0x1000 },
    };
    Elf64_Shdr sh[3] = {
        { 0 },
        { .sh_type = SHT_SYMTAB, .sh_offset = SYM_OFF,
          .sh_size = 5 * sizeof(Elf64_Sym), .sh_link = 2,
          .sh_entsize = sizeof(Elf64_Sym) },
        { .sh_type = SHT_STRTAB, .sh_offset = STR_OFF,
          .sh_size = sizeof(strtab) },
    };
    unsigned i;

    memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    memcpy(f, &eh, sizeof(eh));
    memcpy(f + PH_OFF, ph, sizeof(ph));
    for (i = 0; i < 16; i++) {
        f[SEG0_OFF + i] = 0xa0 + i;
    }
    for (i = 0; i < 8; i++) {
        f[SEG1_OFF + i] = 0xd0 + i;
    }
    put_sym(f, 0, 1, STT_FUNC, 1, RAM_BASE + 4);
    put_sym(f, 1, 8, STT_NOTYPE, 1, RAM_BASE + 0x100);
    put_sym(f, 2, 15, STT_SECTION, 1, 0x1234);
    put_sym(f, 3, 20, STT_NOTYPE, SHN_UNDEF, 0);
    put_sym(f, 4, 0x1000, STT_OBJECT, 1, 0);   /* name outside strtab */
    memcpy(f + STR_OFF, strtab, sizeof(strtab));
    memcpy(f + SH_OFF, sh, sizeof(sh));
    return f;
}

static char *write_tmp(const char *name, const void *data, size_t len)
{
    char *path = tmp_path(name);

    g_assert_true(g_file_set_contents(path, data, len, NULL));
    return path;
}

static void note_symbol(const char *name, uint64_t value, void *opaque)
{
    g_string_append_printf(opaque, "%s=%" PRIx64 ";", name, value);
}

/* Load @f (ELF_SIZE bytes) as a RISC-V ELF; the load_elf result. */
static ssize_t load(const uint8_t *f, size_t len)
{
    g_autofree char *path = write_tmp("t.elf", f, len);

    return load_elf(path, &address_space_memory, EM_RISCV, NULL, NULL,
                    NULL, NULL, NULL);
}

static void test_elf_good(void)
{
    g_autofree uint8_t *f = elf_build();
    g_autofree char *path = write_tmp("good.elf", f, ELF_SIZE);
    g_autoptr(GString) syms = g_string_new("");
    uint64_t entry = 0, low = 0, high = 0;
    unsigned i;

    memset(ram_ptr, 0xff, RAM_SIZE);
    g_assert_cmpint(load_elf(path, &address_space_memory, EM_RISCV,
                             note_symbol, syms, &entry, &low, &high), ==,
                    16 + 0x20);
    g_assert_cmphex(entry, ==, RAM_BASE + 4);
    g_assert_cmphex(low, ==, RAM_BASE);
    g_assert_cmphex(high, ==, RAM_BASE + 0x120);
    g_assert_cmpstr(syms->str, ==, "_start=80000004;tohost=80000100;");
    for (i = 0; i < 16; i++) {
        g_assert_cmphex(ram_ptr[i], ==, 0xa0 + i);
    }
    for (i = 0; i < 8; i++) {
        g_assert_cmphex(ram_ptr[0x100 + i], ==, 0xd0 + i);
    }
    for (i = 8; i < 0x20; i++) {
        g_assert_cmphex(ram_ptr[0x100 + i], ==, 0);     /* bss */
    }
    g_assert_cmphex(ram_ptr[0x120], ==, 0xff);
    g_assert_cmphex(ram_ptr[0x10], ==, 0xff);

    /* A reset writes it all again, bss included. */
    memset(ram_ptr, 0x55, 0x200);
    qemu_devices_reset();
    g_assert_cmphex(ram_ptr[0], ==, 0xa0);
    g_assert_cmphex(ram_ptr[0x107], ==, 0xd7);
    g_assert_cmphex(ram_ptr[0x11f], ==, 0);
    memset(ram_ptr, 0x55, 0x200);
    rom_reset(NULL);
    g_assert_cmphex(ram_ptr[15], ==, 0xaf);
    g_assert_cmphex(ram_ptr[0x108], ==, 0);
}

static void set_u16(uint8_t *f, size_t off, uint16_t v)
{
    memcpy(f + off, &v, sizeof(v));
}

static void set_u64(uint8_t *f, size_t off, uint64_t v)
{
    memcpy(f + off, &v, sizeof(v));
}

#define EH(field) offsetof(Elf64_Ehdr, field)
#define PH(i, field) (PH_OFF + (i) * sizeof(Elf64_Phdr) + \
                      offsetof(Elf64_Phdr, field))

static void test_elf_errors(void)
{
    g_autofree uint8_t *f = elf_build();
    g_autofree char *missing = tmp_path("missing.elf");

    g_assert_cmpint(load_elf(missing, &address_space_memory, EM_RISCV, NULL,
                             NULL, NULL, NULL, NULL), ==, ELF_LOAD_FAILED);
    g_assert_cmpint(load((const uint8_t *)"\x7f" "ELF", 4), ==,
                    ELF_LOAD_FAILED);
    g_assert_cmpint(load((const uint8_t *)"Linux kernel Image, raw", 23), ==,
                    ELF_LOAD_NOT_ELF);
    g_assert_cmpint(load(f, 0x30), ==, ELF_LOAD_FAILED);   /* cut header */
    g_assert_cmpint(load(f, 0x80), ==, ELF_LOAD_FAILED);   /* cut phdrs */
    g_assert_cmpint(load(f, 0x108), ==, ELF_LOAD_FAILED);  /* cut data */

    f[EI_DATA] = ELFDATA2MSB;
    g_assert_cmpint(load(f, ELF_SIZE), ==, ELF_LOAD_WRONG_ENDIAN);
    f[EI_DATA] = ELFDATA2LSB;
    f[EI_CLASS] = ELFCLASS32;
    g_assert_cmpint(load(f, ELF_SIZE), ==, ELF_LOAD_WRONG_ARCH);
    f[EI_CLASS] = ELFCLASS64;
    set_u16(f, EH(e_machine), EM_X86_64);
    g_assert_cmpint(load(f, ELF_SIZE), ==, ELF_LOAD_WRONG_ARCH);
    set_u16(f, EH(e_machine), EM_RISCV);
    set_u16(f, EH(e_phentsize), 32);
    g_assert_cmpint(load(f, ELF_SIZE), ==, ELF_LOAD_FAILED);
    set_u16(f, EH(e_phentsize), sizeof(Elf64_Phdr));
    set_u64(f, EH(e_phoff), UINT64_MAX - 8);
    g_assert_cmpint(load(f, ELF_SIZE), ==, ELF_LOAD_FAILED);
    set_u16(f, EH(e_phnum), 0xffff);
    set_u64(f, EH(e_phoff), PH_OFF);
    g_assert_cmpint(load(f, ELF_SIZE), ==, ELF_LOAD_FAILED);
    set_u16(f, EH(e_phnum), 3);
    g_assert_cmpint(load(f, ELF_SIZE), ==, 16 + 0x20);
}

static void test_elf_bad_segments(void)
{
    g_autofree uint8_t *f = elf_build();

    set_u64(f, PH(1, p_offset), UINT64_MAX - 4);
    g_assert_cmpint(load(f, ELF_SIZE), ==, ELF_LOAD_FAILED);
    set_u64(f, PH(1, p_offset), SEG1_OFF);
    set_u64(f, PH(1, p_filesz), 0x40);      /* more than p_memsz */
    g_assert_cmpint(load(f, ELF_SIZE), ==, ELF_LOAD_FAILED);
    set_u64(f, PH(1, p_filesz), 8);
    set_u64(f, PH(1, p_memsz), 1ULL << 40);
    g_assert_cmpint(load(f, ELF_SIZE), ==, ELF_LOAD_TOO_BIG);
    set_u64(f, PH(1, p_memsz), 0x20);
    set_u64(f, PH(1, p_paddr), UINT64_MAX - 0x10);
    g_assert_cmpint(load(f, ELF_SIZE), ==, ELF_LOAD_TOO_BIG);
}

static void test_elf_bad_symbols(void)
{
    g_autofree uint8_t *f = elf_build();
    g_autofree char *path = NULL;
    g_autoptr(GString) syms = g_string_new("");
    const size_t link = SH_OFF + sizeof(Elf64_Shdr) +
                        offsetof(Elf64_Shdr, sh_link);

    /* A symbol table whose string table does not exist: no symbols. */
    f[link] = 7;
    path = write_tmp("badsym.elf", f, ELF_SIZE);
    g_assert_cmpint(load_elf(path, &address_space_memory, EM_RISCV,
                             note_symbol, syms, NULL, NULL, NULL), ==,
                    16 + 0x20);
    g_assert_cmpstr(syms->str, ==, "");
    /* A section table past the end of the file: no symbols either. */
    f[link] = 2;
    set_u64(f, EH(e_shoff), ELF_SIZE - 8);
    g_free(path);
    path = write_tmp("badsh.elf", f, ELF_SIZE);
    g_assert_cmpint(load_elf(path, &address_space_memory, EM_RISCV,
                             note_symbol, syms, NULL, NULL, NULL), ==,
                    16 + 0x20);
    g_assert_cmpstr(syms->str, ==, "");
}

/* Every truncation of a good file loads or fails cleanly. */
static void test_elf_truncated(void)
{
    g_autofree uint8_t *f = elf_build();
    size_t len;

    for (len = 0; len < ELF_SIZE; len += 3) {
        ssize_t r = load(f, len);

        g_assert_true(r == 16 + 0x20 || r == ELF_LOAD_FAILED);
    }
}

static void test_strerror(void)
{
    g_assert_cmpstr(load_elf_strerror(ELF_LOAD_FAILED), ==,
                    "Failed to load ELF");
    g_assert_cmpstr(load_elf_strerror(ELF_LOAD_NOT_ELF), ==,
                    "The image is not ELF");
    g_assert_cmpstr(load_elf_strerror(ELF_LOAD_WRONG_ARCH), ==,
                    "The image is from incompatible architecture");
    g_assert_cmpstr(load_elf_strerror(ELF_LOAD_WRONG_ENDIAN), ==,
                    "The image has incorrect endianness");
    g_assert_cmpstr(load_elf_strerror(ELF_LOAD_TOO_BIG), ==,
                    "The image segments are too big to load");
    g_assert_cmpstr(load_elf_strerror(-42), ==, "Unknown error");
}

static void test_raw_image(void)
{
    g_autofree char *path = write_tmp("fw.bin", "firmware", 8);
    g_autofree char *missing = tmp_path("nothing.bin");

    g_assert_cmpint(get_image_size(path), ==, 8);
    g_assert_cmpint(get_image_size(missing), ==, -1);
    g_assert_cmpint(get_image_size(tmpdir), ==, -1);
    g_assert_cmpint(load_image_targphys(path, RAM_BASE + 0x1000, 8), ==, 8);
    g_assert_cmpmem(ram_ptr + 0x1000, 8, "firmware", 8);
    g_assert_cmpint(load_image_targphys(path, RAM_BASE + 0x2000, 7), ==, -1);
    g_assert_cmphex(ram_ptr[0x2000], ==, 0);
    g_assert_cmpint(load_image_targphys(missing, RAM_BASE, 8), ==, -1);
    g_assert_cmpint(load_image_targphys_as(tmpdir, RAM_BASE, 8,
                                           &address_space_memory), ==, -1);
    memset(ram_ptr + 0x1000, 0, 8);
    rom_reset(NULL);
    g_assert_cmpmem(ram_ptr + 0x1000, 8, "firmware", 8);
}

static void test_blob(void)
{
    static const uint32_t words[2] = { 0x00000297, 0x02028593 };

    rom_add_blob_fixed_as("mrom.reset", words, sizeof(words),
                          RAM_BASE + 0x3000, &address_space_memory);
    g_assert_cmpmem(ram_ptr + 0x3000, 8, words, 8);
    memset(ram_ptr + 0x3000, 0xee, 8);
    rom_reset(NULL);
    g_assert_cmpmem(ram_ptr + 0x3000, 8, words, 8);
}

static void test_find_file(void)
{
    g_autofree char *path = write_tmp("bios.bin", "x", 1);
    g_autofree char *found = NULL;
    g_autofree char *abs = NULL;

    vl.data_dirs = g_ptr_array_new_with_free_func(g_free);
    g_assert_null(qemu_find_file(QEMU_FILE_TYPE_BIOS, "bios.bin"));
    g_ptr_array_add(vl.data_dirs, g_strdup("/nonexistent-dir"));
    g_ptr_array_add(vl.data_dirs, g_strdup(tmpdir));
    found = qemu_find_file(QEMU_FILE_TYPE_BIOS, "bios.bin");
    g_assert_cmpstr(found, ==, path);
    abs = qemu_find_file(QEMU_FILE_TYPE_BIOS, path);
    g_assert_cmpstr(abs, ==, path);
    g_assert_null(qemu_find_file(QEMU_FILE_TYPE_BIOS, "none.bin"));
    g_ptr_array_unref(vl.data_dirs);
    vl.data_dirs = NULL;
}

int main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    tmpdir = g_dir_make_tmp("test-loader-XXXXXX", NULL);
    g_assert_nonnull(tmpdir);
    g_assert_true(memory_region_init_ram(&ram, NULL, "ram", RAM_SIZE,
                                         &error_abort));
    memory_region_add_subregion(get_system_memory(), RAM_BASE, &ram);
    ram_ptr = memory_region_get_ram_ptr(&ram);
    g_test_add_func("/loader/elf/good", test_elf_good);
    g_test_add_func("/loader/elf/errors", test_elf_errors);
    g_test_add_func("/loader/elf/bad-segments", test_elf_bad_segments);
    g_test_add_func("/loader/elf/bad-symbols", test_elf_bad_symbols);
    g_test_add_func("/loader/elf/truncated", test_elf_truncated);
    g_test_add_func("/loader/elf/strerror", test_strerror);
    g_test_add_func("/loader/raw", test_raw_image);
    g_test_add_func("/loader/blob", test_blob);
    g_test_add_func("/loader/find-file", test_find_file);
    ret = g_test_run();
    remove_tmpdir();
    return ret;
}
