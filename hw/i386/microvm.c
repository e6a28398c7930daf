/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * microvm.c: the x86 "microvm" board of QEMU 8.2 (hw/i386/microvm.c,
 * with the properties of its x86 machine parent), the x86_64 target's
 * default machine here since qlite has no "pc".  Its class, options and
 * guest RAM (split around the 4 GiB boundary as on QEMU's x86 machines),
 * its firmware and -kernel/-initrd/-append (hw/i386/x86-boot.c); the
 * devices come later.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qnum.h"
#include "qom/qom-qobject.h"
#include "exec/memory.h"
#include "hw/boards.h"
#include "hw/i386/x86.h"
#include "sysemu/numa.h"

#define TYPE_MICROVM_MACHINE MACHINE_TYPE_NAME("microvm")
OBJECT_DECLARE_SIMPLE_TYPE(MicrovmMachineState, MICROVM_MACHINE)

/* RAM past this much goes above 4 GiB, leaving room for MMIO below. */
#define MICROVM_MAX_BELOW_4G 0xc0000000ULL
#define MICROVM_ABOVE_4G_BASE 0x100000000ULL
#define MICROVM_BIOS_FILENAME "bios-microvm.bin"

#define MICROVM_OEM_ID_SIZE 6
#define MICROVM_OEM_TABLE_ID_SIZE 8

struct MicrovmMachineState {
    MachineState parent_obj;

    /* x86 machine */
    OnOffAuto smm;
    OnOffAuto acpi;
    OnOffAuto pit;
    OnOffAuto pic;
    char oem_id[MICROVM_OEM_ID_SIZE + 1];
    char oem_table_id[MICROVM_OEM_TABLE_ID_SIZE + 1];
    uint64_t bus_lock_ratelimit;
    /* microvm */
    OnOffAuto rtc;
    OnOffAuto pcie;
    OnOffAuto ioapic2;
    bool isa_serial;
    bool option_roms;
    bool auto_kernel_cmdline;

    MemoryRegion ram_below_4g;
    MemoryRegion ram_above_4g;
    X86BiosRegions bios;
};

/* Guest RAM: up to 3 GiB from address 0, the rest from 4 GiB. */
static void microvm_map_ram(MicrovmMachineState *mms)
{
    MachineState *ms = MACHINE(mms);
    MemoryRegion *sysmem = get_system_memory();
    uint64_t below = MIN(ms->ram_size, MICROVM_MAX_BELOW_4G);

    memory_region_init_alias(&mms->ram_below_4g, NULL, "ram-below-4g",
                             ms->ram, 0, below);
    memory_region_add_subregion(sysmem, 0, &mms->ram_below_4g);
    if (ms->ram_size > below) {
        memory_region_init_alias(&mms->ram_above_4g, NULL, "ram-above-4g",
                                 ms->ram, below, ms->ram_size - below);
        memory_region_add_subregion(sysmem, MICROVM_ABOVE_4G_BASE,
                                    &mms->ram_above_4g);
    }
}

static void microvm_machine_state_init(MachineState *ms)
{
    MicrovmMachineState *mms = MICROVM_MACHINE(ms);

    /* The BIOS first: RAM then gets its KVM slots around isa-bios. */
    x86_bios_rom_init(ms, MICROVM_BIOS_FILENAME, &mms->bios);
    microvm_map_ram(mms);
    if (ms->kernel_filename) {
        x86_load_linux(ms, memory_region_size(&mms->ram_below_4g));
    }
}

/*
 * The x86 CPU topology of CPU @index: thread, core, die and package ids
 * from the -smp counts, and its APIC id, which packs them into bit fields
 * just wide enough for each count.
 */
typedef struct X86TopoIds {
    unsigned pkg_id, die_id, core_id, smt_id;
} X86TopoIds;

static unsigned x86_topo_width(unsigned count)
{
    return count <= 1 ? 0 : 32 - __builtin_clz(count - 1);
}

static uint32_t x86_topo_ids(const MachineState *ms, unsigned index,
                             X86TopoIds *ids)
{
    const CpuTopology *t = &ms->smp;
    unsigned core_off = x86_topo_width(t->threads);
    unsigned die_off = core_off + x86_topo_width(t->cores);
    unsigned pkg_off = die_off + x86_topo_width(t->dies);

    ids->smt_id = index % t->threads;
    ids->core_id = index / t->threads % t->cores;
    ids->die_id = index / (t->threads * t->cores) % t->dies;
    ids->pkg_id = index / (t->threads * t->cores * t->dies);
    return (ids->pkg_id << pkg_off) | (ids->die_id << die_off) |
           (ids->core_id << core_off) | ids->smt_id;
}

/* Possible CPUs have socket, core and thread ids (and dies if > 1). */
static const CPUArchIdList *x86_possible_cpu_arch_ids(MachineState *ms)
{
    unsigned i, n = ms->smp.max_cpus;

    if (ms->possible_cpus) {
        assert(ms->possible_cpus->len == (int)n);
        return ms->possible_cpus;
    }
    ms->possible_cpus = g_malloc0(sizeof(CPUArchIdList) +
                                  n * sizeof(CPUArchId));
    ms->possible_cpus->len = n;
    for (i = 0; i < n; i++) {
        CPUArchId *cpu = &ms->possible_cpus->cpus[i];
        X86TopoIds ids;

        cpu->type = ms->cpu_type;
        cpu->vcpus_count = 1;
        cpu->arch_id = x86_topo_ids(ms, i, &ids);
        cpu->props.has_socket_id = true;
        cpu->props.socket_id = ids.pkg_id;
        if (ms->smp.dies > 1) {
            cpu->props.has_die_id = true;
            cpu->props.die_id = ids.die_id;
        }
        cpu->props.has_core_id = true;
        cpu->props.core_id = ids.core_id;
        cpu->props.has_thread_id = true;
        cpu->props.thread_id = ids.smt_id;
    }
    return ms->possible_cpus;
}

static CpuInstanceProperties x86_cpu_index_to_props(MachineState *ms,
                                                    unsigned cpu_index)
{
    const CPUArchIdList *cpus = x86_possible_cpu_arch_ids(ms);

    assert(cpu_index < (unsigned)cpus->len);
    return cpus->cpus[cpu_index].props;
}

/* By default the packages are dealt to the nodes in turn. */
static int64_t x86_get_default_cpu_node_id(const MachineState *ms, int idx)
{
    X86TopoIds ids;

    x86_topo_ids(ms, idx, &ids);
    return ids.pkg_id % ms->numa_state->num_nodes;
}

#define MICROVM_BOOL_ACCESSORS(field)                                    \
    static bool microvm_get_##field(Object *obj, Error **errp)          \
    {                                                                   \
        return MICROVM_MACHINE(obj)->field;                             \
    }                                                                   \
    static void microvm_set_##field(Object *obj, bool v, Error **errp)  \
    {                                                                   \
        MICROVM_MACHINE(obj)->field = v;                                \
    }

MICROVM_BOOL_ACCESSORS(isa_serial)
MICROVM_BOOL_ACCESSORS(option_roms)
MICROVM_BOOL_ACCESSORS(auto_kernel_cmdline)

static char *microvm_get_oem_id(Object *obj, Error **errp)
{
    return g_strdup(MICROVM_MACHINE(obj)->oem_id);
}

static void microvm_set_oem_id(Object *obj, const char *value, Error **errp)
{
    if (strlen(value) > MICROVM_OEM_ID_SIZE) {
        error_setg(errp, "User specified x-oem-id value is bigger than "
                   "6 bytes in size");
        return;
    }
    strncpy(MICROVM_MACHINE(obj)->oem_id, value, MICROVM_OEM_ID_SIZE);
}

static char *microvm_get_oem_table_id(Object *obj, Error **errp)
{
    return g_strdup(MICROVM_MACHINE(obj)->oem_table_id);
}

static void microvm_set_oem_table_id(Object *obj, const char *value,
                                     Error **errp)
{
    if (strlen(value) > MICROVM_OEM_TABLE_ID_SIZE) {
        error_setg(errp, "User specified x-oem-table-id value is bigger "
                   "than 8 bytes in size");
        return;
    }
    strncpy(MICROVM_MACHINE(obj)->oem_table_id, value,
            MICROVM_OEM_TABLE_ID_SIZE);
}

static void microvm_get_bus_lock_ratelimit(Object *obj, const char *name,
                                           QObject **value, void *opaque,
                                           Error **errp)
{
    *value = QOBJECT(qnum_from_uint(MICROVM_MACHINE(obj)->bus_lock_ratelimit));
}

static void microvm_set_bus_lock_ratelimit(Object *obj, const char *name,
                                           QObject **value, void *opaque,
                                           Error **errp)
{
    qom_input_uint(name, *value, &MICROVM_MACHINE(obj)->bus_lock_ratelimit,
                   errp);
}

static void microvm_machine_initfn(Object *obj)
{
    MicrovmMachineState *mms = MICROVM_MACHINE(obj);

    mms->smm = ON_OFF_AUTO_AUTO;
    mms->acpi = ON_OFF_AUTO_AUTO;
    mms->pit = ON_OFF_AUTO_AUTO;
    mms->pic = ON_OFF_AUTO_AUTO;
    mms->rtc = ON_OFF_AUTO_AUTO;
    mms->pcie = ON_OFF_AUTO_AUTO;
    mms->ioapic2 = ON_OFF_AUTO_AUTO;
    mms->isa_serial = true;
    mms->option_roms = true;
    mms->auto_kernel_cmdline = true;
    strcpy(mms->oem_id, "BOCHS ");
    strcpy(mms->oem_table_id, "BXPC    ");
}

/* The properties QEMU's x86 machine (microvm's parent) has. */
static void microvm_class_add_x86_props(ObjectClass *oc)
{
    machine_class_add_on_off_auto(oc, "smm",
                                  offsetof(MicrovmMachineState, smm),
                                  "Enable SMM");
    machine_class_add_on_off_auto(oc, "acpi",
                                  offsetof(MicrovmMachineState, acpi),
                                  "Enable ACPI");
    machine_class_add_on_off_auto(oc, "pit",
                                  offsetof(MicrovmMachineState, pit),
                                  "Enable i8254 PIT");
    machine_class_add_on_off_auto(oc, "pic",
                                  offsetof(MicrovmMachineState, pic),
                                  "Enable i8259 PIC");
    object_class_property_add_str(oc, "x-oem-id", microvm_get_oem_id,
                                  microvm_set_oem_id);
    object_class_property_set_description(oc, "x-oem-id", "Override the "
                                          "default value of field OEMID in "
                                          "ACPI table header.The string may "
                                          "be up to 6 bytes in size");
    object_class_property_add_str(oc, "x-oem-table-id",
                                  microvm_get_oem_table_id,
                                  microvm_set_oem_table_id);
    object_class_property_set_description(oc, "x-oem-table-id", "Override "
                                          "the default value of field OEM "
                                          "Table ID in ACPI table header."
                                          "The string may be up to 8 bytes "
                                          "in size");
    object_class_property_add(oc, "bus-lock-ratelimit", "uint64_t",
                              microvm_get_bus_lock_ratelimit,
                              microvm_set_bus_lock_ratelimit, NULL, NULL);
    object_class_property_set_description(oc, "bus-lock-ratelimit", "Set "
                                          "the ratelimit for the bus locks "
                                          "acquired in VMs");
}

static void microvm_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->family = "microvm_i386";
    mc->desc = "microvm (i386)";
    mc->init = microvm_machine_state_init;
    mc->max_cpus = 288;
    mc->is_default = true;
    mc->no_floppy = 1;
    mc->default_cpu_type = "qemu64-x86_64-cpu";
    mc->default_ram_id = "microvm.ram";
    mc->numa_supported = true;
    mc->possible_cpu_arch_ids = x86_possible_cpu_arch_ids;
    mc->cpu_index_to_instance_props = x86_cpu_index_to_props;
    mc->get_default_cpu_node_id = x86_get_default_cpu_node_id;

    microvm_class_add_x86_props(oc);
    machine_class_add_on_off_auto(oc, "rtc",
                                  offsetof(MicrovmMachineState, rtc),
                                  "Enable MC146818 RTC");
    machine_class_add_on_off_auto(oc, "pcie",
                                  offsetof(MicrovmMachineState, pcie),
                                  "Enable PCIe");
    machine_class_add_on_off_auto(oc, "ioapic2",
                                  offsetof(MicrovmMachineState, ioapic2),
                                  "Enable second IO-APIC");
    object_class_property_add_bool(oc, "isa-serial", microvm_get_isa_serial,
                                   microvm_set_isa_serial);
    object_class_property_set_description(oc, "isa-serial", "Set off to "
                                          "disable the instantiation an ISA "
                                          "serial port");
    object_class_property_add_bool(oc, "x-option-roms",
                                   microvm_get_option_roms,
                                   microvm_set_option_roms);
    object_class_property_set_description(oc, "x-option-roms", "Set off to "
                                          "disable loading option ROMs");
    object_class_property_add_bool(oc, "auto-kernel-cmdline",
                                   microvm_get_auto_kernel_cmdline,
                                   microvm_set_auto_kernel_cmdline);
    object_class_property_set_description(oc, "auto-kernel-cmdline", "Set "
                                          "off to disable adding virtio-mmio "
                                          "devices to the kernel cmdline");
}

static const TypeInfo microvm_machine_info = {
    .name = TYPE_MICROVM_MACHINE,
    .parent = TYPE_MACHINE,
    .instance_size = sizeof(MicrovmMachineState),
    .instance_init = microvm_machine_initfn,
    .class_init = microvm_class_init,
};

static void microvm_machine_register_types(void)
{
    type_register_static(&microvm_machine_info);
}

type_init(microvm_machine_register_types)
