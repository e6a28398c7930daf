/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * boards.h: machines (boards) as QOM types, with QEMU 8.2's MachineClass
 * and MachineState.
 *
 * A machine is a subclass of the abstract TYPE_MACHINE named
 * "<name>-machine" (MACHINE_TYPE_NAME).  Its class describes the board
 * (description, limits, defaults, init function); its one instance,
 * created by qemu_create_machine() at /machine, holds the configuration
 * the command line gave: RAM size and backend, CPU topology, kernel and
 * firmware, and the generic properties every machine has ("-machine
 * help" on a machine lists them).
 */
#ifndef HW_BOARDS_H
#define HW_BOARDS_H

#include "qom/object.h"
#include "hw/qdev-core.h"

#define TYPE_MACHINE_SUFFIX "-machine"
#define MACHINE_TYPE_NAME(machinename) (machinename TYPE_MACHINE_SUFFIX)
#define TYPE_MACHINE "machine"

OBJECT_DECLARE_TYPE(MachineState, MachineClass, MACHINE)

typedef struct AccelState AccelState;
typedef struct HostMemoryBackend HostMemoryBackend;
typedef struct MemoryRegion MemoryRegion;
typedef struct NumaState NumaState;

/* QEMU's OnOffAuto, the value type of the tri-state machine properties. */
typedef enum OnOffAuto {
    ON_OFF_AUTO_AUTO,
    ON_OFF_AUTO_ON,
    ON_OFF_AUTO_OFF,
    ON_OFF_AUTO__MAX,
} OnOffAuto;

extern const QEnumLookup OnOffAuto_lookup;

/*
 * The "smp" property (-smp): each member may be absent.  Values are
 * QAPI ints, as given; machine_parse_smp_config() checks them.
 */
typedef struct SMPConfiguration {
    bool has_cpus, has_drawers, has_books, has_sockets, has_dies;
    bool has_clusters, has_cores, has_threads, has_maxcpus;
    int64_t cpus, drawers, books, sockets, dies, clusters, cores, threads;
    int64_t maxcpus;
} SMPConfiguration;

/* The "memory" property (-m), sizes in bytes. */
typedef struct MemorySizeConfiguration {
    bool has_size, has_max_size, has_slots;
    uint64_t size;
    uint64_t max_size;
    uint64_t slots;
} MemorySizeConfiguration;

/* The "boot" property (-boot). */
typedef struct BootConfiguration {
    char *order;            /* boot devices, letters 'a' to 'p' */
    char *once;             /* order for the first boot only */
    bool has_menu, menu;
    char *splash;           /* splash picture file */
    bool has_splash_time, has_reboot_timeout, has_strict;
    int64_t splash_time;    /* ms */
    int64_t reboot_timeout; /* ms */
    bool strict;
} BootConfiguration;

/* The CPU topology the machine ends up with (all at least 1). */
typedef struct CpuTopology {
    unsigned int cpus;      /* CPUs present at start */
    unsigned int drawers;
    unsigned int books;
    unsigned int sockets;
    unsigned int dies;
    unsigned int clusters;
    unsigned int cores;
    unsigned int threads;
    unsigned int max_cpus;  /* CPUs that may ever exist (hotplug) */
} CpuTopology;

/* Which topology levels a machine's CPUs have, and how gaps are filled. */
typedef struct SMPCompatProps {
    bool prefer_sockets;    /* compute sockets before cores (pre-6.2) */
    bool dies_supported;
    bool clusters_supported;
    bool has_clusters;      /* -smp gave clusters */
    bool books_supported;
    bool drawers_supported;
} SMPCompatProps;

/*
 * Where a possible CPU sits in the topology, and its NUMA node: each
 * member counts only with its has_ flag (QEMU's CpuInstanceProperties).
 */
typedef struct CpuInstanceProperties {
    bool has_node_id;
    int64_t node_id;
    bool has_drawer_id;
    int64_t drawer_id;
    bool has_book_id;
    int64_t book_id;
    bool has_socket_id;
    int64_t socket_id;
    bool has_die_id;
    int64_t die_id;
    bool has_cluster_id;
    int64_t cluster_id;
    bool has_core_id;
    int64_t core_id;
    bool has_thread_id;
    int64_t thread_id;
} CpuInstanceProperties;

/* One CPU the machine may have (present at start or hot-pluggable). */
typedef struct CPUArchId {
    uint64_t arch_id;               /* hart id, APIC id, ... */
    int64_t vcpus_count;
    CpuInstanceProperties props;
    const char *type;
} CPUArchId;

/* Every possible CPU, maxcpus of them, by CPU index. */
typedef struct CPUArchIdList {
    int len;
    CPUArchId cpus[];
} CPUArchIdList;

/*
 * MachineClass: what a board is.  Boards set these in their class_init;
 * machine_class_init sets the defaults (128 MiB of RAM, one CPU).
 */
struct MachineClass {
    ObjectClass parent_class;

    const char *family;
    char *name;                     /* type name without "-machine" */
    const char *alias;              /* other name accepted by -machine */
    const char *desc;               /* printed by -machine help */
    const char *deprecation_reason; /* non-NULL: deprecated, and why */

    /* Build the board; the accelerator and the RAM backend exist. */
    void (*init)(MachineState *state);

    const char *default_cpu_type;
    const char *const *valid_cpu_types;     /* NULL-terminated, or NULL */
    int max_cpus;
    int min_cpus;
    int default_cpus;
    bool is_default;                /* -machine default for the target */
    uint64_t default_ram_size;      /* bytes, when -m gives none */
    const char *default_ram_id;     /* id of the implicit RAM backend */
    const char *default_machine_opts;
    const char *default_boot_order;
    const char *default_display;
    int no_serial, no_parallel, no_floppy, no_cdrom, no_sdcard;
    bool numa_mem_supported;        /* -numa node,mem= accepted */
    bool numa_supported;            /* CPUs can be placed in NUMA nodes */
    SMPCompatProps smp_props;
    /*
     * NUMA placement of CPUs, from the -smp topology (all three or none):
     * the list of possible CPUs (built on first call, kept in
     * MachineState.possible_cpus), the properties of CPU @cpu_index, and
     * the node of CPU @idx when -numa placed none.
     */
    const CPUArchIdList *(*possible_cpu_arch_ids)(MachineState *ms);
    CpuInstanceProperties (*cpu_index_to_instance_props)(MachineState *ms,
                                                         unsigned cpu_index);
    int64_t (*get_default_cpu_node_id)(const MachineState *ms, int idx);
    GPtrArray *compat_props;        /* GlobalProperty *, set on objects */
};

/*
 * MachineState: the machine being built.  Strings are owned by the
 * machine; properties of the same names set them.
 */
struct MachineState {
    Object parent_obj;

    void *fdt;
    char *dtb;
    char *dumpdtb;
    int phandle_start;
    char *dt_compatible;
    bool dump_guest_core;
    bool mem_merge;
    bool usb;
    bool usb_disabled;
    bool graphics;
    char *firmware;
    bool suppress_vmdesc;
    Object *cgs;                    /* confidential guest support */
    HostMemoryBackend *memdev;      /* RAM backend, once resolved */
    MemoryRegion *ram;              /* guest RAM, once the board has it */

    uint64_t ram_size;              /* bytes */
    uint64_t maxram_size;           /* bytes, ram_size plus hotplug room */
    uint64_t ram_slots;             /* hotplug memory slots */
    char *ram_memdev_id;            /* -machine memory-backend=ID */
    BootConfiguration boot_config;
    char *kernel_filename;
    char *kernel_cmdline;
    char *initrd_filename;
    const char *cpu_type;
    char *accel;                    /* -machine accel=, for the accels */
    AccelState *accelerator;
    CpuTopology smp;
    NumaState *numa_state;          /* NULL: the machine has no NUMA */
    CPUArchIdList *possible_cpus;   /* see possible_cpu_arch_ids */
};

/* The machine, once qemu_create_machine() made it. */
extern MachineState *current_machine;

/*
 * machine_parse_smp_config: fill @ms->smp from @config with QEMU 8.2's
 * rules: omitted values are computed from the given ones (cores before
 * sockets before threads), levels the machine lacks must be 1, the
 * product of the levels must equal maxcpus, cpus <= maxcpus, and cpus
 * within the machine's min_cpus..max_cpus.  A zero value is deprecated
 * (warned about) and counts as omitted.  Returns false with @errp set
 * when the topology is invalid.
 */
bool machine_parse_smp_config(MachineState *ms,
                              const SMPConfiguration *config, Error **errp);

/*
 * machine_class_find: the machine class whose name or alias is @name,
 * or NULL.  machine_class_find_default: the target's default machine,
 * or NULL when it has none.
 */
MachineClass *machine_class_find(const char *name);
MachineClass *machine_class_find_default(void);

/*
 * machine_check_boot_devices: check a -boot order string: letters 'a'
 * to 'p', each at most once.  Returns false with @errp set otherwise.
 */
bool machine_check_boot_devices(const char *devices, Error **errp);

/*
 * machine_class_add_on_off_auto: add to board class @oc the OnOffAuto
 * property @name ("on", "off" or "auto") stored in the OnOffAuto at
 * @offset of the board's instance struct, described by @desc.
 */
void machine_class_add_on_off_auto(ObjectClass *oc, const char *name,
                                   size_t offset, const char *desc);

/*
 * machine_set_cpu_numa_node: put the possible CPUs that match @props
 * (each of socket-id, die-id, cluster-id, core-id, thread-id it has) in
 * node @props->node_id, with QEMU 8.2's messages: "mapping of CPUs to
 * NUMA node is not supported", "X-id is not supported" (a property the
 * machine's CPUs lack), "CPU is already assigned to node-id: N", "no
 * match found".  Returns false with @errp set on error.
 */
bool machine_set_cpu_numa_node(MachineState *ms,
                               const CpuInstanceProperties *props,
                               Error **errp);

/*
 * machine_run_board_init: check the RAM configuration, create the
 * implicit RAM backend from -m (memory-backend-file when @mem_path is
 * set, else memory-backend-ram, with id mc->default_ram_id) unless
 * -machine memory-backend gave one, complete the NUMA configuration,
 * run the board's init and advance to PHASE_MACHINE_INITIALIZED.
 * Returns false with @errp set on a configuration error.
 */
bool machine_run_board_init(MachineState *ms, const char *mem_path,
                            Error **errp);

#endif
