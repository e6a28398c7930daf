/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * virt.c: the RISC-V "virt" board of QEMU 8.2 (hw/riscv/virt.c), for
 * now its class and its options: ACLINT, AIA interrupt controllers and
 * their IMSIC guest pages, ACPI.  The devices come later; init only
 * checks what the options and the NUMA layout ask for.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "hw/boards.h"
#include "hw/riscv/numa.h"
#include "sysemu/qtest.h"
#include "sysemu/tcg.h"

#define TYPE_RISCV_VIRT_MACHINE MACHINE_TYPE_NAME("virt")
OBJECT_DECLARE_SIMPLE_TYPE(RISCVVirtState, RISCV_VIRT_MACHINE)

#define VIRT_CPUS_MAX 512
#define VIRT_SOCKETS_MAX 4
#define VIRT_IRQCHIP_MAX_GUESTS 7   /* IMSIC guest files per hart */

typedef enum RISCVVirtAIAType {
    VIRT_AIA_TYPE_NONE,
    VIRT_AIA_TYPE_APLIC,
    VIRT_AIA_TYPE_APLIC_IMSIC,
} RISCVVirtAIAType;

struct RISCVVirtState {
    MachineState parent_obj;

    bool have_aclint;
    RISCVVirtAIAType aia_type;
    int aia_guests;
    OnOffAuto acpi;
};

static const char *const virt_aia_names[] = {
    [VIRT_AIA_TYPE_NONE] = "none",
    [VIRT_AIA_TYPE_APLIC] = "aplic",
    [VIRT_AIA_TYPE_APLIC_IMSIC] = "aplic-imsic",
};

/* ACLINT is emulated by TCG only (qtest drives the same devices). */
static bool virt_aclint_allowed(void)
{
    return tcg_enabled() || qtest_enabled();
}

static void virt_machine_init(MachineState *ms)
{
    RISCVVirtState *s = RISCV_VIRT_MACHINE(ms);

    if (riscv_socket_count(ms) > VIRT_SOCKETS_MAX) {
        error_report("number of sockets/nodes should be less than %d",
                     VIRT_SOCKETS_MAX);
        exit(1);
    }
    if (s->have_aclint && !virt_aclint_allowed()) {
        error_report("'aclint' is only available with TCG acceleration");
        exit(1);
    }
    riscv_socket_check_all(ms, &error_fatal);
}

static bool virt_get_aclint(Object *obj, Error **errp)
{
    return RISCV_VIRT_MACHINE(obj)->have_aclint;
}

static void virt_set_aclint(Object *obj, bool value, Error **errp)
{
    RISCV_VIRT_MACHINE(obj)->have_aclint = value;
}

static char *virt_get_aia(Object *obj, Error **errp)
{
    return g_strdup(virt_aia_names[RISCV_VIRT_MACHINE(obj)->aia_type]);
}

static void virt_set_aia(Object *obj, const char *val, Error **errp)
{
    RISCVVirtState *s = RISCV_VIRT_MACHINE(obj);
    size_t i;

    for (i = 0; i < ARRAY_SIZE(virt_aia_names); i++) {
        if (g_str_equal(val, virt_aia_names[i])) {
            s->aia_type = i;
            return;
        }
    }
    error_setg(errp, "Invalid AIA interrupt controller type");
    error_append_hint(errp, "Valid values are none, aplic, and "
                      "aplic-imsic.\n");
}

static char *virt_get_aia_guests(Object *obj, Error **errp)
{
    return g_strdup_printf("%d", RISCV_VIRT_MACHINE(obj)->aia_guests);
}

static void virt_set_aia_guests(Object *obj, const char *val, Error **errp)
{
    RISCVVirtState *s = RISCV_VIRT_MACHINE(obj);

    /* QEMU reads the number with atoi(): "x" is 0. */
    s->aia_guests = atoi(val);
    if (s->aia_guests < 0 || s->aia_guests > VIRT_IRQCHIP_MAX_GUESTS) {
        error_setg(errp, "Invalid number of AIA IMSIC guests");
        error_append_hint(errp, "Valid values be between 0 and %d.\n",
                          VIRT_IRQCHIP_MAX_GUESTS);
    }
}

static void virt_machine_instance_init(Object *obj)
{
    RISCV_VIRT_MACHINE(obj)->acpi = ON_OFF_AUTO_AUTO;
}

static void virt_machine_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);
    g_autofree char *guests_desc = NULL;

    mc->desc = "RISC-V VirtIO board";
    mc->init = virt_machine_init;
    mc->max_cpus = VIRT_CPUS_MAX;
    mc->default_cpu_type = "rv64-riscv-cpu";
    mc->default_ram_id = "riscv_virt_board.ram";
    mc->numa_mem_supported = true;
    mc->numa_supported = true;
    mc->possible_cpu_arch_ids = riscv_numa_possible_cpu_arch_ids;
    mc->cpu_index_to_instance_props = riscv_numa_cpu_index_to_props;
    mc->get_default_cpu_node_id = riscv_numa_get_default_cpu_node_id;

    object_class_property_add_bool(oc, "aclint", virt_get_aclint,
                                   virt_set_aclint);
    object_class_property_set_description(oc, "aclint", "Set on/off to "
                                          "enable/disable emulating ACLINT "
                                          "devices");
    object_class_property_add_str(oc, "aia", virt_get_aia, virt_set_aia);
    object_class_property_set_description(oc, "aia", "Set type of AIA "
                                          "interrupt controller. Valid "
                                          "values are none, aplic, and "
                                          "aplic-imsic.");
    object_class_property_add_str(oc, "aia-guests", virt_get_aia_guests,
                                  virt_set_aia_guests);
    guests_desc = g_strdup_printf("Set number of guest MMIO pages for AIA "
                                  "IMSIC. Valid value should be between 0 "
                                  "and %d.", VIRT_IRQCHIP_MAX_GUESTS);
    object_class_property_set_description(oc, "aia-guests", guests_desc);
    machine_class_add_on_off_auto(oc, "acpi",
                                  offsetof(RISCVVirtState, acpi),
                                  "Enable ACPI");
}

static const TypeInfo virt_machine_info = {
    .name = TYPE_RISCV_VIRT_MACHINE,
    .parent = TYPE_MACHINE,
    .instance_size = sizeof(RISCVVirtState),
    .instance_init = virt_machine_instance_init,
    .class_init = virt_machine_class_init,
};

static void virt_machine_register_types(void)
{
    type_register_static(&virt_machine_info);
}

type_init(virt_machine_register_types)
