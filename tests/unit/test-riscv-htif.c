/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests of spike's HTIF (hw/char/riscv_htif.c): the registers at
 * the ELF symbols' addresses or at the fixed base, the 32-bit halves
 * protocol, console output and input through a ringbuf chardev, the
 * syscall proxy's console write, and exit codes through the shutdown
 * request (each exit in a subprocess).
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/module.h"
#include "qemu/option.h"
#include "qemu/config-file.h"
#include "chardev/char.h"
#include "chardev/char-ringbuf.h"
#include "hw/char/riscv_htif.h"
#include "sysemu/runstate.h"
#include "sysemu/vl-opts.h"

#define RAM_BASE 0x80000000ULL
#define HTIF_BASE 0x1000000ULL
#define FROMHOST HTIF_BASE
#define TOHOST (HTIF_BASE + 8)

static MemoryRegion ram;
static Chardev *console;
static HTIFState *htif;

static uint64_t req(unsigned dev, unsigned cmd, uint64_t payload)
{
    return (uint64_t)dev << 56 | (uint64_t)cmd << 48 | payload;
}

static void st64(hwaddr addr, uint64_t val)
{
    address_space_stq_le(&address_space_memory, addr, val,
                         MEMTXATTRS_UNSPECIFIED, NULL);
}

static uint64_t ld64(hwaddr addr)
{
    return address_space_ldq_le(&address_space_memory, addr,
                                MEMTXATTRS_UNSPECIFIED, NULL);
}

static char *console_take(void)
{
    size_t n = ringbuf_chr_count(console);
    char *buf = g_malloc0(n + 1);

    ringbuf_chr_read(console, (uint8_t *)buf, n);
    return buf;
}

static void test_putc(void)
{
    g_autofree char *out = NULL;

    st64(TOHOST, req(1, 1, 'h'));
    st64(TOHOST, req(1, 1, 'i'));
    out = console_take();
    g_assert_cmpstr(out, ==, "hi");
    g_assert_cmpuint(ld64(TOHOST), ==, 0);
    g_assert_cmphex(ld64(FROMHOST), ==, req(1, 1, 0x100 | 'i'));
    st64(FROMHOST, 0);
    g_assert_cmpuint(ld64(FROMHOST), ==, 0);
}

static void test_halves(void)
{
    g_autofree char *out = NULL;
    MemTxAttrs attrs = MEMTXATTRS_UNSPECIFIED;

    /* Only the high half makes the request. */
    address_space_stl_le(&address_space_memory, TOHOST, 'x', attrs, NULL);
    g_assert_cmpuint(ringbuf_chr_count(console), ==, 0);
    g_assert_cmpuint(ld64(TOHOST), ==, 'x');
    address_space_stl_le(&address_space_memory, TOHOST + 4, 1 << 24 | 1 << 16,
                         attrs, NULL);
    out = console_take();
    g_assert_cmpstr(out, ==, "x");
}

/*
 * A low half written while tohost still holds one is refused, and so is
 * the high half after it: the pending low half stays (QEMU's behaviour).
 */
static void test_halves_refused(void)
{
    MemTxAttrs attrs = MEMTXATTRS_UNSPECIFIED;

    if (g_test_subprocess()) {
        address_space_stl_le(&address_space_memory, TOHOST, 'y', attrs, NULL);
        address_space_stl_le(&address_space_memory, TOHOST, 'z', attrs, NULL);
        address_space_stl_le(&address_space_memory, TOHOST + 4,
                             1 << 24 | 1 << 16, attrs, NULL);
        g_assert_cmpuint(ringbuf_chr_count(console), ==, 0);
        g_assert_cmpuint(ld64(TOHOST), ==, 'y');
        exit(0);
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
}

static void test_getc(void)
{
    st64(FROMHOST, 0);
    st64(TOHOST, req(1, 0, 0));
    g_assert_cmpuint(ld64(TOHOST), ==, 0);
    g_assert_cmpuint(ld64(FROMHOST), ==, 0);
    qemu_chr_be_write(console, (const uint8_t *)"k", 1);
    g_assert_cmphex(ld64(FROMHOST), ==, req(1, 0, 0x100 | 'k'));
}

static void test_syscall_write(void)
{
    g_autofree char *out = NULL;
    hwaddr block = RAM_BASE + 0x100;
    uint64_t call[8] = { 64, 1, RAM_BASE + 0x200, 1 };
    int i;

    address_space_stb(&address_space_memory, RAM_BASE + 0x200, '!',
                      MEMTXATTRS_UNSPECIFIED, NULL);
    for (i = 0; i < 8; i++) {
        st64(block + i * 8, call[i]);
    }
    st64(TOHOST, req(0, 0, block));
    out = console_take();
    g_assert_cmpstr(out, ==, "!");
    g_assert_cmphex(ld64(FROMHOST), ==, 0x100 | (uint8_t)block);
    /* Other syscalls and blocks outside memory are answered with 0. */
    st64(block, 93);
    st64(TOHOST, req(0, 0, block));
    g_assert_cmphex(ld64(FROMHOST), ==, 0);
    st64(TOHOST, req(0, 0, 0x4000));
    g_assert_cmphex(ld64(FROMHOST), ==, 0);
    g_assert_cmpuint(ringbuf_chr_count(console), ==, 0);
}

static void test_unknown(void)
{
    st64(TOHOST, req(7, 3, 1));
    g_assert_cmphex(ld64(FROMHOST), ==, req(7, 3, 0));
    g_assert_cmpuint(ld64(TOHOST), ==, 0);
    /* Bytes between the two registers are HTIF's, and read zero. */
    g_assert_cmpuint(ringbuf_chr_count(console), ==, 0);
}

static void test_exit(void)
{
    int status = -1;

    if (g_test_subprocess()) {
        st64(TOHOST, req(0, 0, 7 << 1 | 1));
        g_assert_true(main_loop_should_exit(&status));
        g_assert_cmpint(status, ==, 7);
        /* The request is not answered: the guest is gone. */
        g_assert_cmpuint(ld64(FROMHOST), ==, 0);
        exit(0);
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
}

static void test_exit_zero(void)
{
    int status = 0;     /* success is left as it is */

    if (g_test_subprocess()) {
        g_assert_false(main_loop_should_exit(&status));
        st64(TOHOST, req(0, 0, 1));
        g_assert_true(main_loop_should_exit(&status));
        g_assert_cmpint(status, ==, 0);
        exit(0);
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
}

static void test_elf_symbols(void)
{
    if (g_test_subprocess()) {
        htif_symbol_callback("tohost", RAM_BASE + 0x1000, NULL);
        g_assert_false(htif_uses_elf_symbols());
        htif_symbol_callback("other", RAM_BASE, NULL);
        htif_symbol_callback("fromhost", RAM_BASE + 0x1040, NULL);
        g_assert_true(htif_uses_elf_symbols());
        htif_mm_init(get_system_memory(), NULL, HTIF_BASE, false);
        st64(RAM_BASE + 0x1000, req(1, 1, 'q'));
        g_assert_cmphex(ld64(RAM_BASE + 0x1040), ==, req(1, 1, 0x100 | 'q'));
        /* What lies between belongs to the HTIF and reads zero. */
        g_assert_cmpuint(ld64(RAM_BASE + 0x1020), ==, 0);
        exit(0);
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
}

static void test_no_symbols(void)
{
    if (g_test_subprocess()) {
        error_init("prog");
        htif_mm_init(get_system_memory(), NULL, HTIF_BASE, false);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("prog: Invalid HTIF fromhost or tohost "
                              "address\n");
}

int main(int argc, char **argv)
{
    QemuOpts *opts;

    g_test_init(&argc, &argv, NULL);
    qemu_add_vl_opts();
    module_call_init(MODULE_INIT_QOM);
    g_assert_true(memory_region_init_ram(&ram, NULL, "ram", 0x10000,
                                         &error_abort));
    memory_region_add_subregion(get_system_memory(), RAM_BASE, &ram);
    opts = qemu_opts_parse(qemu_find_opts("chardev"), "ringbuf,id=console",
                           true, &error_abort);
    console = qemu_chr_new_from_opts(opts, &error_abort);
    qemu_opts_del(opts);
    g_test_add_func("/riscv-htif/putc", test_putc);
    g_test_add_func("/riscv-htif/halves", test_halves);
    g_test_add_func("/riscv-htif/halves-refused", test_halves_refused);
    g_test_add_func("/riscv-htif/getc", test_getc);
    g_test_add_func("/riscv-htif/syscall-write", test_syscall_write);
    g_test_add_func("/riscv-htif/unknown", test_unknown);
    g_test_add_func("/riscv-htif/exit", test_exit);
    g_test_add_func("/riscv-htif/exit-zero", test_exit_zero);
    g_test_add_func("/riscv-htif/elf-symbols", test_elf_symbols);
    g_test_add_func("/riscv-htif/no-symbols", test_no_symbols);
    htif = htif_mm_init(get_system_memory(), console, HTIF_BASE, true);
    return g_test_run();
}
