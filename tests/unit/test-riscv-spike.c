/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests of the spike board (hw/riscv/spike.c, hw/riscv/boot.c):
 * the memory map, the reset vector and fw_dynamic block in the mask
 * ROM, the device tree, the CLINT and HTIF wired to the harts, and the
 * boot errors.  The harts are stand-ins of the riscv CPU types (the
 * hart itself is not compiled in), and each board is built in its own
 * subprocess, since start-up phases happen once per process.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/keyval.h"
#include "qemu/module.h"
#include "qobject/qdict.h"
#include "qom/object_interfaces.h"
#include <libfdt.h>
#include "hw/boards.h"
#include "sysemu/reset.h"
#include "sysemu/sysemu.h"
#include "sysemu/vl.h"
#include "target/riscv/cpu.h"
#include "tmpdir-helpers.h"

#define DRAM 0x80000000ULL
#define FDT_ADDR 0x87e00000ULL      /* 2 MiB below the end of 128 MiB */

/* ---- Stand-ins for the hart's side (mip: riscv-mip-standins.c) ---- */

char *riscv_isa_string(RISCVCPU *cpu)
{
    return g_strdup("rv64imafdc");
}

static void fake_hart_init(Object *obj)
{
    RISCVCPU *cpu = RISCV_CPU(obj);

    CPU(obj)->env_ptr = &cpu->env;
    cpu->cfg.satp_mode_max = VM_1_10_SV57;
}

static void fake_hart_reset(DeviceState *dev)
{
    RISCVCPU *cpu = RISCV_CPU(dev);

    cpu->env.pc = cpu->env.resetvec;
}

static void fake_hart_class_init(ObjectClass *oc, void *data)
{
    DEVICE_CLASS(oc)->reset = fake_hart_reset;
}

static const TypeInfo fake_hart_types[] = {
    {
        .name = TYPE_RISCV_CPU,
        .parent = TYPE_CPU,
        .abstract = true,
        .instance_size = sizeof(RISCVCPU),
        .instance_init = fake_hart_init,
        .class_size = sizeof(RISCVCPUClass),
        .class_init = fake_hart_class_init,
    }, {
        .name = TYPE_RISCV_CPU_BASE64,
        .parent = TYPE_RISCV_CPU,
    },
};

/* No -serial: the HTIF console goes nowhere. */
Chardev *serial_hd(int i)
{
    return NULL;
}

/* ---- Building the board ---- */

/* A spike machine with @props (keyval), initialised and reset. */
static MachineState *spike_new(const char *props)
{
    MachineState *ms = MACHINE(object_new(MACHINE_TYPE_NAME("spike")));
    g_autoptr(QDict) qdict = keyval_parse(props, NULL, NULL, &error_abort);

    current_machine = ms;
    object_property_add_child(object_get_root(), "machine", OBJECT(ms));
    object_set_properties_from_keyval(OBJECT(ms), qdict, false,
                                      &error_abort);
    phase_advance(PHASE_MACHINE_CREATED);
    phase_advance(PHASE_ACCEL_CREATED);
    phase_advance(PHASE_LATE_BACKENDS_CREATED);
    g_assert_true(machine_run_board_init(ms, NULL, &error_abort));
    qemu_devices_reset();
    return ms;
}

/* A raw kernel image: 16 recognisable bytes. */
static char *raw_kernel(void)
{
    char *path = tmp_path("kernel.bin");

    g_assert_true(g_file_set_contents(path, "0123456789abcdef", 16, NULL));
    return path;
}

static uint64_t ld64(hwaddr addr)
{
    return ldq_le_phys(&address_space_memory, addr);
}

static uint32_t ld32(hwaddr addr)
{
    return ldl_le_phys(&address_space_memory, addr);
}

/* ---- Tests ---- */

static void test_rom_reset_vector(void)
{
    static const uint32_t code[] = {
        0x00000297, 0x02828613, 0xf1402573, 0x0202b583, 0x0182b283,
        0x00028067,
    };
    g_autofree char *kernel = NULL;
    g_autofree char *props = NULL;
    int i;

    if (!g_test_subprocess()) {
        run_subprocess();
        return;
    }
    kernel = raw_kernel();
    props = g_strdup_printf("firmware=none,kernel=%s", kernel);
    spike_new(props);
    for (i = 0; i < (int)ARRAY_SIZE(code); i++) {
        g_assert_cmphex(ld32(0x1000 + i * 4), ==, code[i]);
    }
    g_assert_cmphex(ld64(0x1018), ==, DRAM);            /* start */
    g_assert_cmphex(ld64(0x1020), ==, FDT_ADDR);        /* a1 */
    g_assert_cmphex(ld64(0x1028), ==, 0x4942534f);      /* fw_dynamic */
    g_assert_cmphex(ld64(0x1030), ==, 2);
    g_assert_cmphex(ld64(0x1038), ==, DRAM);            /* the kernel */
    g_assert_cmphex(ld64(0x1040), ==, 1);               /* S-mode */
    /* The raw kernel sits at the start of RAM. */
    g_assert_cmphex(ld64(DRAM), ==, 0x3736353433323130ULL);
    /* The ROM ignores guest writes. */
    stl_le_phys(&address_space_memory, 0x1000, 0);
    g_assert_cmphex(ld32(0x1000), ==, code[0]);
}

static void test_harts_and_clint(void)
{
    CPUState *cs;
    RISCVCPU *cpu;
    int n = 0;

    if (!g_test_subprocess()) {
        run_subprocess();
        return;
    }
    spike_new("firmware=none,smp.cpus=3");
    CPU_FOREACH(cs) {
        cpu = RISCV_CPU(cs);
        g_assert_cmpuint(cpu->env.mhartid, ==, n);
        g_assert_cmphex(cpu->env.pc, ==, 0x1000);       /* reset */
        /* mtimecmp is 0 after reset: MTIP pending. */
        g_assert_true(cpu->env.mip & MIP_MTIP);
        n++;
    }
    g_assert_cmpint(n, ==, 3);
    cpu = RISCV_CPU(qemu_get_cpu(2));
    stl_le_phys(&address_space_memory, 0x2000000 + 8, 1);   /* msip 2 */
    g_assert_true(cpu->env.mip & MIP_MSIP);
    g_assert_false(RISCV_CPU(qemu_get_cpu(1))->env.mip & MIP_MSIP);
    stq_le_phys(&address_space_memory, 0x2004000 + 16, UINT64_MAX);
    g_assert_false(cpu->env.mip & MIP_MTIP);
    g_assert_cmpuint(ld64(0x200bff8), <, 1000);             /* mtime */
}

static void test_htif_fixed_base(void)
{
    if (!g_test_subprocess()) {
        run_subprocess();
        return;
    }
    spike_new("firmware=none");
    /* No ELF symbols: fromhost at 0x1000000, tohost after it. */
    stq_le_phys(&address_space_memory, 0x1000008, 1ULL << 56 | 1ULL << 48 |
                'a');
    g_assert_cmphex(ld64(0x1000008), ==, 0);
    g_assert_cmphex(ld64(0x1000000), ==, 1ULL << 56 | 1ULL << 48 |
                    0x100 | 'a');
}

static const void *fdt_at(hwaddr addr)
{
    static uint8_t buf[64 * KiB];

    address_space_read(&address_space_memory, addr, MEMTXATTRS_UNSPECIFIED,
                       buf, sizeof(buf));
    g_assert_cmpint(fdt_check_header(buf), ==, 0);
    return buf;
}

static const char *fdt_str(const void *fdt, const char *path,
                           const char *prop)
{
    int node = fdt_path_offset(fdt, path);

    g_assert_cmpint(node, >=, 0);
    return fdt_getprop(fdt, node, prop, NULL);
}

static uint32_t fdt_cell(const void *fdt, const char *path,
                         const char *prop, int i)
{
    int node = fdt_path_offset(fdt, path);
    const fdt32_t *cells = fdt_getprop(fdt, node, prop, NULL);

    g_assert_nonnull(cells);
    return fdt32_to_cpu(cells[i]);
}

static void test_fdt(void)
{
    g_autofree char *kernel = NULL;
    g_autofree char *props = NULL;
    const void *fdt;

    if (!g_test_subprocess()) {
        run_subprocess();
        return;
    }
    kernel = raw_kernel();
    props = g_strdup_printf("firmware=none,kernel=%s,append=console=hvc0,"
                            "smp.cpus=2", kernel);
    spike_new(props);
    fdt = fdt_at(FDT_ADDR);
    g_assert_cmpstr(fdt_str(fdt, "/", "compatible"), ==,
                    "ucbbar,spike-bare-dev");
    g_assert_cmpstr(fdt_str(fdt, "/", "model"), ==,
                    "ucbbar,spike-bare,qemu");
    g_assert_cmpstr(fdt_str(fdt, "/chosen", "bootargs"), ==, "console=hvc0");
    g_assert_cmpstr(fdt_str(fdt, "/chosen", "stdout-path"), ==, "/htif");
    g_assert_cmpstr(fdt_str(fdt, "/htif", "compatible"), ==, "ucb,htif0");
    g_assert_cmphex(fdt_cell(fdt, "/htif", "reg", 1), ==, 0x1000000);
    g_assert_cmphex(fdt_cell(fdt, "/memory@80000000", "reg", 3), ==,
                    128 * MiB);
    g_assert_cmpuint(fdt_cell(fdt, "/cpus", "timebase-frequency", 0), ==,
                     10000000);
    g_assert_cmpuint(fdt_cell(fdt, "/cpus/cpu@1", "reg", 0), ==, 1);
    g_assert_cmpstr(fdt_str(fdt, "/cpus/cpu@1", "riscv,isa"), ==,
                    "rv64imafdc");
    g_assert_cmpstr(fdt_str(fdt, "/cpus/cpu@1", "mmu-type"), ==,
                    "riscv,sv57");
    /* cpu@0 got the later phandles: QEMU creates the harts last first. */
    g_assert_cmpuint(fdt_cell(fdt, "/cpus/cpu@1", "phandle", 0), ==, 1);
    g_assert_cmpuint(fdt_cell(fdt, "/cpus/cpu-map/cluster0/core0", "cpu",
                              0), ==, 3);
    /* hart 0: M software (3) and M timer (7) of its intc (phandle 4) */
    g_assert_cmpuint(fdt_cell(fdt, "/soc/clint@2000000",
                              "interrupts-extended", 0), ==, 4);
    g_assert_cmpuint(fdt_cell(fdt, "/soc/clint@2000000",
                              "interrupts-extended", 3), ==, 7);
    g_assert_cmpuint(fdt_cell(fdt, "/soc/clint@2000000",
                              "interrupts-extended", 4), ==, 2);
}

static void test_dumpdtb(void)
{
    g_autofree char *dtb = tmp_path("spike.dtb");
    g_autofree char *props = g_strdup_printf("firmware=none,dumpdtb=%s",
                                             dtb);
    g_autofree char *want = g_strdup_printf("prog: info: dtb dumped to %s. "
                                            "Exiting.\n", dtb);
    g_autofree char *text = NULL;
    gsize len;

    if (g_test_subprocess()) {
        error_init("prog");
        spike_new(props);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(want);
    g_assert_true(g_file_get_contents(dtb, &text, &len, NULL));
    g_assert_cmpint(fdt_check_header(text), ==, 0);
    g_assert_cmpuint(fdt_totalsize(text), ==, len);
}

/* Run spike_new(@props) in a subprocess; it must fail with @msg. */
static void expect_boot_error(const char *props, const char *msg)
{
    g_autofree char *want = g_strdup_printf("prog: %s\n", msg);

    if (g_test_subprocess()) {
        error_init("prog");
        spike_new(props);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr(want);
}

/*
 * The start-up state the loader searches (-L and the firmware path); vl.c
 * is not linked in.
 */
VlState vl;

/* Without -bios, Debian's fw_dynamic.bin stands in for QEMU's image. */
static void test_firmware_fallback(void)
{
    g_autofree char *fw = tmp_path("fw_dynamic.bin");

    if (!g_test_subprocess()) {
        run_subprocess();
        return;
    }
    g_assert_true(g_file_set_contents(fw, "OpenSBI!", 8, NULL));
    vl.data_dirs = g_ptr_array_new();
    g_ptr_array_add(vl.data_dirs, tmpdir);
    spike_new("");
    g_assert_cmphex(ld64(DRAM), ==, 0x214942536e65704fULL);
    g_assert_cmphex(ld64(0x1018), ==, DRAM);            /* start */
    g_assert_cmphex(ld64(0x1038), ==, 0);               /* no kernel */
    unlink(fw);
}

static void test_firmware_missing(void)
{
    expect_boot_error("firmware=/nonexistent/fw.bin",
                      "Unable to load the RISC-V firmware "
                      "\"/nonexistent/fw.bin\"");
}

static void test_kernel_missing(void)
{
    expect_boot_error("firmware=none,kernel=/nonexistent/k",
                      "could not load kernel '/nonexistent/k'");
}

int main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    tmpdir = g_strdup(g_getenv("TEST_SPIKE_TMPDIR"));
    if (!tmpdir) {
        tmpdir = g_dir_make_tmp("test-spike-XXXXXX", NULL);
        g_setenv("TEST_SPIKE_TMPDIR", tmpdir, true);
    }
    module_call_init(MODULE_INIT_QOM);
    type_register_static_array(fake_hart_types,
                               ARRAY_SIZE(fake_hart_types));
    g_test_add_func("/riscv/spike/rom", test_rom_reset_vector);
    g_test_add_func("/riscv/spike/harts-clint", test_harts_and_clint);
    g_test_add_func("/riscv/spike/htif", test_htif_fixed_base);
    g_test_add_func("/riscv/spike/fdt", test_fdt);
    g_test_add_func("/riscv/spike/dumpdtb", test_dumpdtb);
    g_test_add_func("/riscv/spike/firmware-fallback", test_firmware_fallback);
    g_test_add_func("/riscv/spike/firmware-missing", test_firmware_missing);
    g_test_add_func("/riscv/spike/kernel-missing", test_kernel_missing);
    ret = g_test_run();
    if (!g_test_subprocess()) {
        remove_tmpdir();
    }
    return ret;
}
