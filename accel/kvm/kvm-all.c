/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * kvm-all.c: the "kvm-accel" accelerator of the x86_64 binary, after
 * QEMU 8.2's accel/kvm/kvm-all.c and the x86 part of its
 * target/i386/kvm/kvm.c: the -accel kvm properties and kvm_init, which
 * opens /dev/kvm, checks the API version and the capabilities QEMU
 * requires, creates the VM and sets up the x86 VM-wide state and the
 * in-kernel irqchip, then follows the system address space's RAM with
 * memory slots (kvm-memory.c).  vCPUs come with the CPU.
 *
 * The API is the kernel's Documentation/virt/kvm/api.rst.  Messages are
 * QEMU's, including the ones it prints with fprintf (no prefix).
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include <linux/kvm.h>
#include <sys/ioctl.h>
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qobject/qnum.h"
#include "qom/qom-qobject.h"
#include "hw/boards.h"
#include "sysemu/kvm.h"
#include "accel/kvm/kvm-memory.h"

/* Linux 6.3's number, for system headers older than that. */
#ifndef KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP
#define KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP 225
#endif

/* KVM_GET_API_VERSION has answered 12 since Linux 2.6.22. */
#define KVM_API_VERSION_EXPECTED 12

/* Where QEMU puts the x86 identity map page and the TSS pages below 4G. */
#define KVM_X86_IDENTITY_BASE 0xfeffc000ULL
#define KVM_X86_TSS_OFFSET 0x1000

/* IOAPIC pins the kernel routes in split irqchip mode (QEMU's 24). */
#define KVM_X86_SPLIT_IRQCHIP_PINS 24

typedef enum KernelIrqchip {
    KERNEL_IRQCHIP_ON,
    KERNEL_IRQCHIP_OFF,
    KERNEL_IRQCHIP_SPLIT,
    KERNEL_IRQCHIP__MAX,
} KernelIrqchip;

static const char *const kernel_irqchip_names[] = {
    [KERNEL_IRQCHIP_ON] = "on",
    [KERNEL_IRQCHIP_OFF] = "off",
    [KERNEL_IRQCHIP_SPLIT] = "split",
};

static const QEnumLookup kernel_irqchip_lookup = {
    .array = kernel_irqchip_names,
    .size = KERNEL_IRQCHIP__MAX,
};

typedef enum NotifyVmexitOption {
    NOTIFY_VMEXIT_OPTION_RUN,
    NOTIFY_VMEXIT_OPTION_INTERNAL_ERROR,
    NOTIFY_VMEXIT_OPTION_DISABLE,
    NOTIFY_VMEXIT_OPTION__MAX,
} NotifyVmexitOption;

static const char *const notify_vmexit_names[] = {
    [NOTIFY_VMEXIT_OPTION_RUN] = "run",
    [NOTIFY_VMEXIT_OPTION_INTERNAL_ERROR] = "internal-error",
    [NOTIFY_VMEXIT_OPTION_DISABLE] = "disable",
};

static const QEnumLookup notify_vmexit_lookup = {
    .array = notify_vmexit_names,
    .size = NOTIFY_VMEXIT_OPTION__MAX,
};

OBJECT_DECLARE_SIMPLE_TYPE(KVMState, KVM_ACCEL)

struct KVMState {
    AccelState parent_obj;

    int fd;                     /* /dev/kvm, -1 before kvm_init */
    int vmfd;                   /* the VM, -1 before KVM_CREATE_VM */
    int nr_slots;               /* memory slots per address space */
    int nr_as;                  /* address spaces (SMM makes two) */
    bool coalesced_mmio;
    bool coalesced_pio;

    /* properties */
    int64_t kvm_shadow_mem;     /* bytes of shadow MMU, -1: default */
    bool kernel_irqchip_allowed;
    bool kernel_irqchip_required;
    OnOffAuto kernel_irqchip_split;
    uint32_t kvm_dirty_ring_size;   /* entries per vCPU, 0: bitmap */
    uint64_t kvm_dirty_ring_bytes;
    bool kvm_dirty_ring_with_bitmap;
    NotifyVmexitOption notify_vmexit;
    uint32_t notify_window;     /* cycles */
    uint32_t xen_version;       /* XENVER_version form, 0: no Xen */
    uint16_t xen_gnttab_max_frames;
    uint16_t xen_evtchn_max_pirq;

    bool irqchip_in_kernel;
    bool irqchip_split;
    KVMMemoryListener memory_listener;  /* address space 0: "memory" */
};

typedef struct KVMCapabilityInfo {
    const char *name;
    int value;
} KVMCapabilityInfo;

#define KVM_CAP_INFO(cap) { .name = "KVM_CAP_" #cap, .value = KVM_CAP_##cap }

/* What QEMU 8.2 refuses to run without, generic first, then x86. */
static const KVMCapabilityInfo kvm_required_capabilities[] = {
    KVM_CAP_INFO(USER_MEMORY),
    KVM_CAP_INFO(DESTROY_MEMORY_REGION_WORKS),
    KVM_CAP_INFO(JOIN_MEMORY_REGIONS_WORKS),
    KVM_CAP_INFO(INTERNAL_ERROR_DATA),
    KVM_CAP_INFO(IOEVENTFD),
    KVM_CAP_INFO(IOEVENTFD_ANY_LENGTH),
    { .name = NULL },
};

static const KVMCapabilityInfo kvm_arch_required_capabilities[] = {
    KVM_CAP_INFO(SET_TSS_ADDR),
    KVM_CAP_INFO(EXT_CPUID),
    KVM_CAP_INFO(MP_STATE),
    { .name = NULL },
};

KVMState *kvm_state;
const char *kvm_device_path = "/dev/kvm";

static int kvm_do_ioctl(int fd, unsigned long type, void *arg)
{
    int ret = ioctl(fd, type, arg);

    return ret == -1 ? -errno : ret;
}

int kvm_ioctl(KVMState *s, unsigned long type, ...)
{
    va_list ap;
    void *arg;

    va_start(ap, type);
    arg = va_arg(ap, void *);
    va_end(ap);
    return kvm_do_ioctl(s->fd, type, arg);
}

int kvm_vm_ioctl(KVMState *s, unsigned long type, ...)
{
    va_list ap;
    void *arg;

    va_start(ap, type);
    arg = va_arg(ap, void *);
    va_end(ap);
    return kvm_do_ioctl(s->vmfd, type, arg);
}

int kvm_check_extension(KVMState *s, unsigned int extension)
{
    int ret = kvm_ioctl(s, KVM_CHECK_EXTENSION, (void *)(uintptr_t)extension);

    return ret < 0 ? 0 : ret;
}

int kvm_vm_check_extension(KVMState *s, unsigned int extension)
{
    int ret = kvm_vm_ioctl(s, KVM_CHECK_EXTENSION,
                           (void *)(uintptr_t)extension);

    /* Kernels before KVM_CAP_CHECK_EXTENSION_VM only answer on /dev/kvm. */
    return ret < 0 ? kvm_check_extension(s, extension) : ret;
}

int kvm_vm_enable_cap(KVMState *s, unsigned int capability,
                      uint64_t flags, uint64_t arg0)
{
    struct kvm_enable_cap cap = {
        .cap = capability,
        .flags = flags,
        .args = { arg0 },
    };

    return kvm_vm_ioctl(s, KVM_ENABLE_CAP, &cap);
}

bool kvm_irqchip_in_kernel(void)
{
    return kvm_state && kvm_state->irqchip_in_kernel;
}

bool kvm_irqchip_is_split(void)
{
    return kvm_state && kvm_state->irqchip_split;
}

/* ---- kvm_init and its steps; each returns 0 or a negative errno ---- */

static int kvm_open_device(KVMState *s)
{
    s->fd = open(kvm_device_path, O_RDWR | O_CLOEXEC);
    if (s->fd == -1) {
        int err = errno;

        fprintf(stderr, "Could not access KVM kernel module: %s\n",
                strerror(err));
        return -err;
    }
    return 0;
}

static int kvm_check_api_version(KVMState *s)
{
    int ret = kvm_ioctl(s, KVM_GET_API_VERSION, NULL);

    if (ret < KVM_API_VERSION_EXPECTED) {
        fprintf(stderr, "kvm version too old\n");
        return ret < 0 ? ret : -EINVAL;
    }
    if (ret > KVM_API_VERSION_EXPECTED) {
        fprintf(stderr, "kvm version not supported\n");
        return -EINVAL;
    }
    return 0;
}

static int kvm_create_vm(KVMState *s)
{
    /* x86 VMs are of type 0; only confidential guests ask for others. */
    unsigned long type = 0;
    int ret;

    do {
        ret = kvm_ioctl(s, KVM_CREATE_VM, (void *)type);
    } while (ret == -EINTR);
    if (ret < 0) {
        fprintf(stderr, "ioctl(KVM_CREATE_VM) failed: %d %s\n", -ret,
                strerror(-ret));
        return ret;
    }
    s->vmfd = ret;
    return 0;
}

static int kvm_recommended_vcpus(KVMState *s)
{
    int ret = kvm_vm_check_extension(s, KVM_CAP_NR_VCPUS);

    return ret ? ret : 4;
}

static int kvm_max_vcpus(KVMState *s)
{
    int ret = kvm_vm_check_extension(s, KVM_CAP_MAX_VCPUS);

    return ret ? ret : kvm_recommended_vcpus(s);
}

/* More vCPUs than KVM recommends is a warning, than it allows fatal. */
static void kvm_check_vcpu_limits(KVMState *s, MachineState *ms)
{
    const struct {
        const char *name;
        unsigned int num;
    } counts[] = {
        { "SMP", ms->smp.cpus },
        { "hotpluggable", ms->smp.max_cpus },
    };
    int soft = kvm_recommended_vcpus(s);
    int hard = kvm_max_vcpus(s);
    size_t i;

    for (i = 0; i < ARRAY_SIZE(counts); i++) {
        if (counts[i].num <= (unsigned int)soft) {
            continue;
        }
        warn_report("Number of %s cpus requested (%u) exceeds "
                    "the recommended cpus supported by KVM (%d)",
                    counts[i].name, counts[i].num, soft);
        if (counts[i].num > (unsigned int)hard) {
            fprintf(stderr, "Number of %s cpus requested (%u) exceeds "
                    "the maximum cpus supported by KVM (%d)\n",
                    counts[i].name, counts[i].num, hard);
            exit(1);
        }
    }
}

static const KVMCapabilityInfo *
kvm_first_missing_cap(KVMState *s, const KVMCapabilityInfo *list)
{
    for (; list->name; list++) {
        if (!kvm_check_extension(s, list->value)) {
            return list;
        }
    }
    return NULL;
}

static int kvm_check_required_caps(KVMState *s)
{
    const KVMCapabilityInfo *missing;

    missing = kvm_first_missing_cap(s, kvm_required_capabilities);
    if (!missing) {
        missing = kvm_first_missing_cap(s, kvm_arch_required_capabilities);
    }
    if (missing) {
        fprintf(stderr, "kvm does not support %s\n%s", missing->name,
                "Please upgrade to at least kernel 2.6.29 or recent "
                "kvm-kmod\n(see http://sourceforge.net/projects/kvm).\n");
        return -EINVAL;
    }
    return 0;
}

static int kvm_dirty_ring_enable(KVMState *s, unsigned int cap,
                                 uint32_t ring_size, uint64_t ring_bytes)
{
    int ret = kvm_vm_enable_cap(s, cap, 0, ring_bytes);

    if (ret) {
        error_report("Enabling of KVM dirty ring failed: %s. "
                     "Suggested minimum value is 1024.", strerror(-ret));
        return -EIO;
    }
    /* Pages the ring cannot track (e.g. device writes) go to a bitmap. */
    if (kvm_vm_check_extension(s, KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP) > 0) {
        ret = kvm_vm_enable_cap(s, KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP, 0, 0);
        if (ret) {
            error_report("Enabling of KVM dirty ring's backup bitmap failed: "
                         "%s. ", strerror(-ret));
            return -EIO;
        }
        s->kvm_dirty_ring_with_bitmap = true;
    }
    s->kvm_dirty_ring_size = ring_size;
    s->kvm_dirty_ring_bytes = ring_bytes;
    return 0;
}

/* dirty-ring-size=N: the per-vCPU dirty ring, else the dirty bitmap. */
static int kvm_dirty_ring_init(KVMState *s)
{
    uint32_t ring_size = s->kvm_dirty_ring_size;
    uint64_t ring_bytes = (uint64_t)ring_size * sizeof(struct kvm_dirty_gfn);
    unsigned int cap = KVM_CAP_DIRTY_LOG_RING;
    int max_bytes;

    s->kvm_dirty_ring_size = 0;
    s->kvm_dirty_ring_bytes = 0;
    if (!ring_size) {
        return 0;
    }
    max_bytes = kvm_vm_check_extension(s, cap);
    if (max_bytes <= 0) {
        cap = KVM_CAP_DIRTY_LOG_RING_ACQ_REL;
        max_bytes = kvm_vm_check_extension(s, cap);
    }
    if (max_bytes <= 0) {
        warn_report("KVM dirty ring not available, using bitmap method");
        return 0;
    }
    if (ring_bytes > (uint64_t)max_bytes) {
        error_report("KVM dirty ring size %" PRIu32 " too big "
                     "(maximum is %ld).  Please use a smaller value.",
                     ring_size,
                     (long)(max_bytes / sizeof(struct kvm_dirty_gfn)));
        return -EINVAL;
    }
    return kvm_dirty_ring_enable(s, cap, ring_size, ring_bytes);
}

/* notify-vmexit: exit when the guest blocks event windows too long. */
static int kvm_arch_enable_notify_vmexit(KVMState *s)
{
    uint64_t flags;
    int ret;

    if (s->notify_vmexit == NOTIFY_VMEXIT_OPTION_DISABLE ||
        !kvm_check_extension(s, KVM_CAP_X86_NOTIFY_VMEXIT)) {
        return 0;
    }
    flags = ((uint64_t)s->notify_window << 32) |
            KVM_X86_NOTIFY_VMEXIT_ENABLED | KVM_X86_NOTIFY_VMEXIT_USER;
    ret = kvm_vm_enable_cap(s, KVM_CAP_X86_NOTIFY_VMEXIT, 0, flags);
    if (ret < 0) {
        error_report("kvm: Failed to enable notify vmexit cap: %s",
                     strerror(-ret));
        return ret;
    }
    return 0;
}

/* The x86 VM-wide set-up of QEMU's kvm_arch_init. */
static int kvm_arch_init(MachineState *ms, KVMState *s)
{
    uint64_t identity_base = KVM_X86_IDENTITY_BASE;
    int ret;

    if (s->xen_version) {
        /* Xen HVM emulation needs the pc machine, which qlite lacks. */
        error_report("kvm: Xen support only available in PC machine");
        return -ENOTSUP;
    }
    /* Real-mode guests on Intel need a page table and a TSS below 4G. */
    if (kvm_check_extension(s, KVM_CAP_SET_IDENTITY_MAP_ADDR)) {
        ret = kvm_vm_ioctl(s, KVM_SET_IDENTITY_MAP_ADDR, &identity_base);
        if (ret < 0) {
            return ret;
        }
    }
    ret = kvm_vm_ioctl(s, KVM_SET_TSS_ADDR,
                       (void *)(uintptr_t)(identity_base +
                                           KVM_X86_TSS_OFFSET));
    if (ret < 0) {
        return ret;
    }
    if (s->kvm_shadow_mem != -1) {
        ret = kvm_vm_ioctl(s, KVM_SET_NR_MMU_PAGES,
                           (void *)(uintptr_t)(s->kvm_shadow_mem / 4096));
        if (ret < 0) {
            return ret;
        }
    }
    return kvm_arch_enable_notify_vmexit(s);
}

/* x86's part of creating the irqchip: 1 when split mode was set up. */
static int kvm_arch_irqchip_create(KVMState *s)
{
    int ret;

    if (s->kernel_irqchip_split != ON_OFF_AUTO_ON) {
        return 0;
    }
    ret = kvm_vm_enable_cap(s, KVM_CAP_SPLIT_IRQCHIP, 0,
                            KVM_X86_SPLIT_IRQCHIP_PINS);
    if (ret) {
        error_report("Could not enable split irqchip mode: %s",
                     strerror(-ret));
        exit(1);
    }
    s->irqchip_split = true;
    return 1;
}

/* The in-kernel irqchip, when kernel-irqchip is not off. */
static void kvm_irqchip_create(KVMState *s)
{
    int ret;

    if (!kvm_check_extension(s, KVM_CAP_IRQCHIP)) {
        return;
    }
    if (kvm_check_extension(s, KVM_CAP_IRQFD) <= 0) {
        fprintf(stderr, "kvm: irqfd not implemented\n");
        exit(1);
    }
    ret = kvm_arch_irqchip_create(s);
    if (ret == 0) {
        ret = kvm_vm_ioctl(s, KVM_CREATE_IRQCHIP, NULL);
    }
    if (ret < 0) {
        fprintf(stderr, "Create kernel irqchip failed: %s\n",
                strerror(-ret));
        exit(1);
    }
    s->irqchip_in_kernel = true;
}

static void kvm_close_fds(KVMState *s)
{
    if (s->vmfd >= 0) {
        close(s->vmfd);
        s->vmfd = -1;
    }
    if (s->fd != -1) {
        close(s->fd);
        s->fd = -1;
    }
}

static int kvm_init_vm(MachineState *ms, KVMState *s)
{
    int ret;

    ret = kvm_open_device(s);
    if (ret < 0) {
        return ret;
    }
    ret = kvm_check_api_version(s);
    if (ret < 0) {
        return ret;
    }
    s->nr_slots = kvm_check_extension(s, KVM_CAP_NR_MEMSLOTS);
    if (!s->nr_slots) {
        s->nr_slots = 32;
    }
    s->nr_as = MAX(kvm_check_extension(s, KVM_CAP_MULTI_ADDRESS_SPACE), 1);
    ret = kvm_create_vm(s);
    if (ret < 0) {
        return ret;
    }
    kvm_check_vcpu_limits(s, ms);      /* asks the VM: after creating it */
    ret = kvm_check_required_caps(s);
    if (ret < 0) {
        return ret;
    }
    s->coalesced_mmio = kvm_check_extension(s, KVM_CAP_COALESCED_MMIO);
    s->coalesced_pio = s->coalesced_mmio &&
                       kvm_check_extension(s, KVM_CAP_COALESCED_PIO);
    ret = kvm_dirty_ring_init(s);
    if (ret < 0) {
        return ret;
    }
    return kvm_arch_init(ms, s);
}

static int kvm_init(MachineState *ms)
{
    KVMState *s = KVM_ACCEL(ms->accelerator);
    int ret = kvm_init_vm(ms, s);

    if (ret < 0) {
        kvm_close_fds(s);
        return ret;
    }
    /* No machine of ours asks for split by default: auto means off. */
    if (s->kernel_irqchip_split == ON_OFF_AUTO_AUTO) {
        s->kernel_irqchip_split = ON_OFF_AUTO_OFF;
    }
    if (s->kernel_irqchip_allowed) {
        kvm_irqchip_create(s);
    }
    kvm_state = s;
    get_system_memory();        /* creates address_space_memory */
    kvm_memory_listener_register(s, &s->memory_listener,
                                 &address_space_memory, 0, s->nr_slots,
                                 "kvm-memory");
    return 0;
}

/* info mtree -f marks the ranges KVM maps. */
static bool kvm_accel_has_memory(MachineState *ms, AddressSpace *as,
                                 hwaddr start_addr, hwaddr size)
{
    KVMState *s = KVM_ACCEL(ms->accelerator);

    return kvm_memory_listener_has_slot(&s->memory_listener, as,
                                        start_addr, size);
}

/* ---- properties ---- */

/* QEMU refuses to change a property of an initialised accelerator. */
static bool kvm_check_not_initialized(KVMState *s, Error **errp)
{
    if (s->fd != -1) {
        error_setg(errp, "Cannot set properties after the accelerator has "
                   "been initialized");
        return false;
    }
    return true;
}

static void kvm_set_kernel_irqchip(Object *obj, const char *name,
                                   QObject **value, void *opaque,
                                   Error **errp)
{
    KVMState *s = KVM_ACCEL(obj);
    int mode;

    if (!kvm_check_not_initialized(s, errp) ||
        !qom_input_enum(name, *value, &kernel_irqchip_lookup, &mode,
                        errp)) {
        return;
    }
    s->kernel_irqchip_allowed = mode != KERNEL_IRQCHIP_OFF;
    s->kernel_irqchip_required = mode != KERNEL_IRQCHIP_OFF;
    s->kernel_irqchip_split = mode == KERNEL_IRQCHIP_SPLIT ?
                              ON_OFF_AUTO_ON : ON_OFF_AUTO_OFF;
}

static void kvm_get_kvm_shadow_mem(Object *obj, const char *name,
                                   QObject **value, void *opaque,
                                   Error **errp)
{
    *value = QOBJECT(qnum_from_int(KVM_ACCEL(obj)->kvm_shadow_mem));
}

static void kvm_set_kvm_shadow_mem(Object *obj, const char *name,
                                   QObject **value, void *opaque,
                                   Error **errp)
{
    KVMState *s = KVM_ACCEL(obj);
    int64_t v;

    if (kvm_check_not_initialized(s, errp) &&
        qom_input_int(name, *value, &v, errp)) {
        s->kvm_shadow_mem = v;
    }
}

static void kvm_get_dirty_ring_size(Object *obj, const char *name,
                                    QObject **value, void *opaque,
                                    Error **errp)
{
    *value = QOBJECT(qnum_from_uint(KVM_ACCEL(obj)->kvm_dirty_ring_size));
}

static void kvm_set_dirty_ring_size(Object *obj, const char *name,
                                    QObject **value, void *opaque,
                                    Error **errp)
{
    KVMState *s = KVM_ACCEL(obj);
    uint32_t v;

    if (!kvm_check_not_initialized(s, errp) ||
        !qom_input_uint32(name, *value, &v, errp)) {
        return;
    }
    if (v & (v - 1)) {
        error_setg(errp, "dirty-ring-size must be a power of two.");
        return;
    }
    s->kvm_dirty_ring_size = v;
}

static int kvm_get_notify_vmexit(Object *obj, Error **errp)
{
    return KVM_ACCEL(obj)->notify_vmexit;
}

static void kvm_set_notify_vmexit(Object *obj, int value, Error **errp)
{
    KVMState *s = KVM_ACCEL(obj);

    if (kvm_check_not_initialized(s, errp)) {
        s->notify_vmexit = value;
    }
}

/* The uint32 and uint16 properties: @opaque is the offset in KVMState. */
static void kvm_get_u32(Object *obj, const char *name, QObject **value,
                        void *opaque, Error **errp)
{
    uint32_t *field = (uint32_t *)((char *)obj + (uintptr_t)opaque);

    *value = QOBJECT(qnum_from_uint(*field));
}

static void kvm_get_u16(Object *obj, const char *name, QObject **value,
                        void *opaque, Error **errp)
{
    uint16_t *field = (uint16_t *)((char *)obj + (uintptr_t)opaque);

    *value = QOBJECT(qnum_from_uint(*field));
}

/* notify-window, like notify-vmexit, is fixed once kvm is initialised. */
static void kvm_set_notify_window(Object *obj, const char *name,
                                  QObject **value, void *opaque,
                                  Error **errp)
{
    KVMState *s = KVM_ACCEL(obj);
    uint32_t v;

    if (kvm_check_not_initialized(s, errp) &&
        qom_input_uint32(name, *value, &v, errp)) {
        s->notify_window = v;
    }
}

static void kvm_set_xen_u32(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    uint32_t *field = (uint32_t *)((char *)obj + (uintptr_t)opaque);
    uint32_t v;

    if (qom_input_uint32(name, *value, &v, errp)) {
        *field = v;
    }
}

static void kvm_set_xen_u16(Object *obj, const char *name, QObject **value,
                            void *opaque, Error **errp)
{
    uint16_t *field = (uint16_t *)((char *)obj + (uintptr_t)opaque);
    uint16_t v;

    if (qom_input_uint16(name, *value, &v, errp)) {
        *field = v;
    }
}

static void kvm_accel_instance_init(Object *obj)
{
    KVMState *s = KVM_ACCEL(obj);

    s->fd = -1;
    s->vmfd = -1;
    s->kvm_shadow_mem = -1;
    s->kernel_irqchip_allowed = true;
    s->kernel_irqchip_split = ON_OFF_AUTO_AUTO;
    s->notify_vmexit = NOTIFY_VMEXIT_OPTION_RUN;
    s->xen_gnttab_max_frames = 64;
    s->xen_evtchn_max_pirq = 256;
}

/* An accelerator that failed to initialise is dropped: close its fds. */
static void kvm_accel_instance_finalize(Object *obj)
{
    kvm_memory_listener_unregister(&KVM_ACCEL(obj)->memory_listener);
    kvm_close_fds(KVM_ACCEL(obj));
}

static void kvm_arch_accel_class_init(ObjectClass *oc)
{
    object_class_property_add_enum(oc, "notify-vmexit", "NotifyVMexitOption",
                                   &notify_vmexit_lookup,
                                   kvm_get_notify_vmexit,
                                   kvm_set_notify_vmexit);
    object_class_property_set_description(oc, "notify-vmexit",
        "Enable notify VM exit");
    object_class_property_add(oc, "notify-window", "uint32", kvm_get_u32,
                              kvm_set_notify_window, NULL,
                              (void *)offsetof(KVMState, notify_window));
    object_class_property_set_description(oc, "notify-window",
        "Clock cycles without an event window "
        "after which a notification VM exit occurs");
    object_class_property_add(oc, "xen-version", "uint32", kvm_get_u32,
                              kvm_set_xen_u32, NULL,
                              (void *)offsetof(KVMState, xen_version));
    object_class_property_set_description(oc, "xen-version",
        "Xen version to be emulated (in XENVER_version form "
        "e.g. 0x4000a for 4.10)");
    object_class_property_add(oc, "xen-gnttab-max-frames", "uint16",
                              kvm_get_u16, kvm_set_xen_u16, NULL,
                              (void *)offsetof(KVMState,
                                               xen_gnttab_max_frames));
    object_class_property_set_description(oc, "xen-gnttab-max-frames",
        "Maximum number of grant table frames");
    object_class_property_add(oc, "xen-evtchn-max-pirq", "uint16",
                              kvm_get_u16, kvm_set_xen_u16, NULL,
                              (void *)offsetof(KVMState,
                                               xen_evtchn_max_pirq));
    object_class_property_set_description(oc, "xen-evtchn-max-pirq",
        "Maximum number of Xen PIRQs");
}

static void kvm_accel_class_init(ObjectClass *oc, void *data)
{
    AccelClass *ac = ACCEL_CLASS(oc);

    ac->name = "KVM";
    ac->init_machine = kvm_init;
    ac->has_memory = kvm_accel_has_memory;
    ac->allowed = &kvm_allowed;

    object_class_property_add(oc, "kernel-irqchip", "on|off|split", NULL,
                              kvm_set_kernel_irqchip, NULL, NULL);
    object_class_property_set_description(oc, "kernel-irqchip",
        "Configure KVM in-kernel irqchip");
    object_class_property_add(oc, "kvm-shadow-mem", "int",
                              kvm_get_kvm_shadow_mem,
                              kvm_set_kvm_shadow_mem, NULL, NULL);
    object_class_property_set_description(oc, "kvm-shadow-mem",
        "KVM shadow MMU size");
    object_class_property_add(oc, "dirty-ring-size", "uint32",
                              kvm_get_dirty_ring_size,
                              kvm_set_dirty_ring_size, NULL, NULL);
    object_class_property_set_description(oc, "dirty-ring-size",
        "Size of KVM dirty page ring buffer (default: 0, i.e. use bitmap)");
    kvm_arch_accel_class_init(oc);
}

static const TypeInfo kvm_accel_type = {
    .name = TYPE_KVM_ACCEL,
    .parent = TYPE_ACCEL,
    .instance_init = kvm_accel_instance_init,
    .instance_finalize = kvm_accel_instance_finalize,
    .class_init = kvm_accel_class_init,
    .instance_size = sizeof(KVMState),
};

static void kvm_accel_register_types(void)
{
    type_register_static(&kvm_accel_type);
}

type_init(kvm_accel_register_types)
