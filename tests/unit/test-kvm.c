/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the kvm accelerator (accel/kvm/kvm-all.c) without a
 * /dev/kvm: the test defines ioctl() itself, answering the KVM ioctls
 * from a scripted fake kernel (every other ioctl goes to the real one),
 * and points kvm_init at /dev/null.  Covered: the properties and their
 * messages, each failure of kvm_init with QEMU 8.2's message, the
 * successful path (irqchip modes, dirty ring, notify vmexit) and the
 * icount stub of a binary without tcg.
 */
#include "qemu/osdep.h"
#include <linux/kvm.h>
#include <sys/syscall.h>
#include "qapi/error.h"
#include "hw/boards.h"
#include "sysemu/cpu-timers.h"
#include "sysemu/kvm.h"

#ifndef KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP
#define KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP 225
#endif

/* The fake kernel: what each KVM ioctl answers. */
static struct {
    int api_version;
    int caps[256];          /* KVM_CHECK_EXTENSION answer per cap */
    int missing_cap;        /* a cap answered 0, or -1 */
    int create_vm_eintr;    /* KVM_CREATE_VM fails with EINTR N times */
    int create_vm_errno;
    int enable_cap_errno[256];  /* per cap; 0: succeeds */
    int tss_errno;
    int identity_errno;
    int mmu_pages_errno;
    int irqchip_errno;
    /* what was asked */
    uint64_t enabled_cap_arg[256];
    bool enabled_cap[256];
    unsigned long mmu_pages;
    int create_vm_calls;
    bool irqchip_created;
} fake;

static void fake_reset(void)
{
    size_t i;

    memset(&fake, 0, sizeof(fake));
    fake.api_version = 12;
    fake.missing_cap = -1;
    for (i = 0; i < ARRAY_SIZE(fake.caps); i++) {
        fake.caps[i] = 1;
    }
    fake.caps[KVM_CAP_NR_VCPUS] = 8;
    fake.caps[KVM_CAP_MAX_VCPUS] = 16;
    fake.caps[KVM_CAP_DIRTY_LOG_RING] = 0;
    fake.caps[KVM_CAP_DIRTY_LOG_RING_ACQ_REL] = 0;
    fake.caps[KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP] = 0;
}

static int fake_fail(int err)
{
    errno = err;
    return -1;
}

static int fake_kvm_ioctl(int fd, unsigned long req, void *arg)
{
    uintptr_t n = (uintptr_t)arg;
    struct kvm_enable_cap *cap = arg;

    switch (req) {
    case KVM_GET_API_VERSION:
        return fake.api_version < 0 ? fake_fail(-fake.api_version) :
               fake.api_version;
    case KVM_CHECK_EXTENSION:
        return n < ARRAY_SIZE(fake.caps) && (int)n != fake.missing_cap ?
               fake.caps[n] : 0;
    case KVM_CREATE_VM:
        fake.create_vm_calls++;
        if (fake.create_vm_eintr-- > 0) {
            return fake_fail(EINTR);
        }
        return fake.create_vm_errno ? fake_fail(fake.create_vm_errno) :
               dup(fd);
    case KVM_ENABLE_CAP:
        if (fake.enable_cap_errno[cap->cap]) {
            return fake_fail(fake.enable_cap_errno[cap->cap]);
        }
        fake.enabled_cap[cap->cap] = true;
        fake.enabled_cap_arg[cap->cap] = cap->args[0];
        return 0;
    case KVM_SET_TSS_ADDR:
        return fake.tss_errno ? fake_fail(fake.tss_errno) : 0;
    case KVM_SET_IDENTITY_MAP_ADDR:
        return fake.identity_errno ? fake_fail(fake.identity_errno) : 0;
    case KVM_SET_NR_MMU_PAGES:
        fake.mmu_pages = n;
        return fake.mmu_pages_errno ? fake_fail(fake.mmu_pages_errno) : 0;
    case KVM_CREATE_IRQCHIP:
        fake.irqchip_created = !fake.irqchip_errno;
        return fake.irqchip_errno ? fake_fail(fake.irqchip_errno) : 0;
    }
    return fake_fail(ENOTTY);
}

/* Overrides the C library's: kvm-all.c's ioctls land here. */
int ioctl(int fd, unsigned long req, ...)
{
    va_list ap;
    void *arg;

    va_start(ap, req);
    arg = va_arg(ap, void *);
    va_end(ap);
    if (_IOC_TYPE(req) == KVMIO) {
        return fake_kvm_ioctl(fd, req, arg);
    }
    return syscall(SYS_ioctl, fd, req, arg);
}

static MachineState test_machine;

static Object *new_kvm(void)
{
    memset(&test_machine, 0, sizeof(test_machine));
    test_machine.smp.cpus = 1;
    test_machine.smp.max_cpus = 1;
    current_machine = &test_machine;
    kvm_device_path = "/dev/null";
    kvm_state = NULL;
    return object_new(TYPE_KVM_ACCEL);
}

/* accel_init_machine on a new kvm accelerator with property @props. */
static int init_kvm(const char *name, const char *value)
{
    Object *kvm = new_kvm();

    if (name) {
        g_assert_true(object_property_parse(kvm, name, value, &error_abort));
    }
    return accel_init_machine(ACCEL(kvm), &test_machine);
}

static void finish_kvm(void)
{
    object_unref(OBJECT(current_machine->accelerator));
    kvm_allowed = false;
    kvm_state = NULL;
}

static void check_parse_error(Object *obj, const char *name,
                              const char *value, const char *msg)
{
    Error *err = NULL;

    g_assert_false(object_property_parse(obj, name, value, &err));
    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
}

static void test_props(void)
{
    Object *kvm = new_kvm();
    char *s;

    g_assert_true(object_property_parse(kvm, "kernel-irqchip", "split",
                                        &error_abort));
    check_parse_error(kvm, "kernel-irqchip", "foo",
                      "Parameter 'kernel-irqchip' does not accept value "
                      "'foo'");
    g_assert_cmpint(object_property_get_int(kvm, "kvm-shadow-mem",
                                            &error_abort), ==, -1);
    g_assert_true(object_property_parse(kvm, "kvm-shadow-mem", "8192",
                                        &error_abort));
    g_assert_cmpint(object_property_get_int(kvm, "kvm-shadow-mem",
                                            &error_abort), ==, 8192);
    check_parse_error(kvm, "kvm-shadow-mem", "foo",
                      "Parameter 'kvm-shadow-mem' expects int64");
    g_assert_true(object_property_parse(kvm, "dirty-ring-size", "4096",
                                        &error_abort));
    g_assert_cmpuint(object_property_get_uint(kvm, "dirty-ring-size",
                                              &error_abort), ==, 4096);
    check_parse_error(kvm, "dirty-ring-size", "3",
                      "dirty-ring-size must be a power of two.");
    check_parse_error(kvm, "dirty-ring-size", "4294967296",
                      "Parameter 'dirty-ring-size' expects uint32_t");
    s = object_property_get_str(kvm, "notify-vmexit", &error_abort);
    g_assert_cmpstr(s, ==, "run");
    g_free(s);
    g_assert_true(object_property_parse(kvm, "notify-vmexit",
                                        "internal-error", &error_abort));
    check_parse_error(kvm, "notify-vmexit", "foo",
                      "Parameter 'notify-vmexit' does not accept value "
                      "'foo'");
    g_assert_true(object_property_parse(kvm, "notify-window", "100",
                                        &error_abort));
    g_assert_cmpuint(object_property_get_uint(kvm, "notify-window",
                                              &error_abort), ==, 100);
    g_assert_cmpuint(object_property_get_uint(kvm, "xen-gnttab-max-frames",
                                              &error_abort), ==, 64);
    g_assert_cmpuint(object_property_get_uint(kvm, "xen-evtchn-max-pirq",
                                              &error_abort), ==, 256);
    check_parse_error(kvm, "xen-gnttab-max-frames", "65536",
                      "Parameter 'xen-gnttab-max-frames' expects uint16_t");
    g_assert_true(object_property_parse(kvm, "xen-version", "0x4000a",
                                        &error_abort));
    g_assert_cmpuint(object_property_get_uint(kvm, "xen-version",
                                              &error_abort), ==, 0x4000a);
    check_parse_error(kvm, "foo", "1", "Property 'kvm-accel.foo' not found");
    object_unref(kvm);
}

static void test_props_after_init(void)
{
    static const char *const props[][2] = {
        { "kernel-irqchip", "on" }, { "kvm-shadow-mem", "4096" },
        { "dirty-ring-size", "0" }, { "notify-vmexit", "run" },
        { "notify-window", "0" },
    };
    Object *kvm;
    size_t i;

    fake_reset();
    g_assert_cmpint(init_kvm(NULL, NULL), ==, 0);
    kvm = OBJECT(current_machine->accelerator);
    for (i = 0; i < ARRAY_SIZE(props); i++) {
        check_parse_error(kvm, props[i][0], props[i][1],
                          "Cannot set properties after the accelerator "
                          "has been initialized");
    }
    finish_kvm();
}

static void test_init_success(void)
{
    fake_reset();
    fake.create_vm_eintr = 2;
    g_assert_cmpint(init_kvm(NULL, NULL), ==, 0);
    g_assert_true(kvm_enabled());
    g_assert_nonnull(kvm_state);
    g_assert_cmpstr(current_accel_name(), ==, "KVM");
    g_assert_cmpint(fake.create_vm_calls, ==, 3);
    /* kernel-irqchip defaults to on, not split */
    g_assert_true(fake.irqchip_created);
    g_assert_true(kvm_irqchip_in_kernel());
    g_assert_false(kvm_irqchip_is_split());
    /* notify vmexit is enabled by default where the kernel has it */
    g_assert_true(fake.enabled_cap[KVM_CAP_X86_NOTIFY_VMEXIT]);
    g_assert_cmpuint(fake.mmu_pages, ==, 0);
    finish_kvm();
    g_assert_false(kvm_irqchip_in_kernel());
}

static void test_init_options(void)
{
    fake_reset();
    g_assert_cmpint(init_kvm("kernel-irqchip", "split"), ==, 0);
    g_assert_true(kvm_irqchip_is_split());
    g_assert_cmpuint(fake.enabled_cap_arg[KVM_CAP_SPLIT_IRQCHIP], ==, 24);
    g_assert_false(fake.irqchip_created);
    finish_kvm();

    fake_reset();
    g_assert_cmpint(init_kvm("kernel-irqchip", "off"), ==, 0);
    g_assert_false(kvm_irqchip_in_kernel());
    finish_kvm();

    fake_reset();
    fake.caps[KVM_CAP_IRQCHIP] = 0;
    fake.caps[KVM_CAP_SET_IDENTITY_MAP_ADDR] = 0;
    fake.caps[KVM_CAP_NR_MEMSLOTS] = 0;
    g_assert_cmpint(init_kvm("notify-vmexit", "disable"), ==, 0);
    g_assert_false(kvm_irqchip_in_kernel());
    g_assert_false(fake.enabled_cap[KVM_CAP_X86_NOTIFY_VMEXIT]);
    finish_kvm();

    fake_reset();
    g_assert_cmpint(init_kvm("kvm-shadow-mem", "1048576"), ==, 0);
    g_assert_cmpuint(fake.mmu_pages, ==, 256);
    finish_kvm();
}

static void test_dirty_ring(void)
{
    fake_reset();
    fake.caps[KVM_CAP_DIRTY_LOG_RING] = 65536 * 16;
    fake.caps[KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP] = 1;
    g_assert_cmpint(init_kvm("dirty-ring-size", "1024"), ==, 0);
    g_assert_cmpuint(fake.enabled_cap_arg[KVM_CAP_DIRTY_LOG_RING], ==,
                     1024 * 16);
    g_assert_true(fake.enabled_cap[KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP]);
    finish_kvm();

    fake_reset();
    fake.caps[KVM_CAP_DIRTY_LOG_RING_ACQ_REL] = 65536 * 16;
    g_assert_cmpint(init_kvm("dirty-ring-size", "1024"), ==, 0);
    g_assert_true(fake.enabled_cap[KVM_CAP_DIRTY_LOG_RING_ACQ_REL]);
    g_assert_false(fake.enabled_cap[KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP]);
    finish_kvm();
}

/*
 * Run init_kvm(@name=@value) in a subprocess after @setup; it must fail
 * with @ret and print what @pattern matches.
 */
static void check_init_fails(void (*setup)(void), const char *name,
                             const char *value, int ret,
                             const char *pattern)
{
    if (g_test_subprocess()) {
        fake_reset();
        if (setup) {
            setup();
        }
        g_assert_cmpint(init_kvm(name, value), ==, ret);
        g_assert_false(kvm_enabled());
        g_assert_null(kvm_state);
        g_assert_null(current_machine->accelerator);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(pattern);
}

static void no_device(void)
{
    kvm_device_path = "/nonexistent/kvm";
}

static void test_fail_open(void)
{
    if (g_test_subprocess()) {
        Object *kvm = new_kvm();

        no_device();
        g_assert_cmpint(accel_init_machine(ACCEL(kvm), &test_machine), ==,
                        -ENOENT);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("Could not access KVM kernel module: "
                              "No such file or directory\n");
}

static void api_old(void)
{
    fake.api_version = 11;
}

static void api_new(void)
{
    fake.api_version = 13;
}

static void api_error(void)
{
    fake.api_version = -ENOTTY;
}

static void test_fail_api_old(void)
{
    check_init_fails(api_old, NULL, NULL, -EINVAL, "kvm version too old\n");
}

static void test_fail_api_new(void)
{
    check_init_fails(api_new, NULL, NULL, -EINVAL,
                     "kvm version not supported\n");
}

static void test_fail_api_error(void)
{
    check_init_fails(api_error, NULL, NULL, -ENOTTY,
                     "kvm version too old\n");
}

static void create_vm_fails(void)
{
    fake.create_vm_errno = ENOMEM;
}

static void test_fail_create_vm(void)
{
    check_init_fails(create_vm_fails, NULL, NULL, -ENOMEM,
                     "ioctl(KVM_CREATE_VM) failed: 12 "
                     "Cannot allocate memory\n");
}

static void no_user_memory(void)
{
    fake.missing_cap = KVM_CAP_USER_MEMORY;
}

static void no_mp_state(void)
{
    fake.missing_cap = KVM_CAP_MP_STATE;
}

#define UPGRADE_NOTE \
    "Please upgrade to at least kernel 2.6.29 or recent kvm-kmod\n" \
    "(see http://sourceforge.net/projects/kvm).\n"

static void test_fail_caps(void)
{
    check_init_fails(no_user_memory, NULL, NULL, -EINVAL,
                     "kvm does not support KVM_CAP_USER_MEMORY\n"
                     UPGRADE_NOTE);
}

static void test_fail_arch_caps(void)
{
    check_init_fails(no_mp_state, NULL, NULL, -EINVAL,
                     "kvm does not support KVM_CAP_MP_STATE\n" UPGRADE_NOTE);
}

static void ring_small(void)
{
    fake.caps[KVM_CAP_DIRTY_LOG_RING] = 512 * 16;
}

static void test_fail_ring_too_big(void)
{
    check_init_fails(ring_small, "dirty-ring-size", "1024", -EINVAL,
                     "*KVM dirty ring size 1024 too big (maximum is 512).  "
                     "Please use a smaller value.\n");
}

static void ring_enable_fails(void)
{
    fake.caps[KVM_CAP_DIRTY_LOG_RING] = 65536 * 16;
    fake.enable_cap_errno[KVM_CAP_DIRTY_LOG_RING] = EINVAL;
}

static void test_fail_ring_enable(void)
{
    check_init_fails(ring_enable_fails, "dirty-ring-size", "64", -EIO,
                     "*Enabling of KVM dirty ring failed: Invalid argument. "
                     "Suggested minimum value is 1024.\n");
}

static void ring_bitmap_fails(void)
{
    fake.caps[KVM_CAP_DIRTY_LOG_RING] = 65536 * 16;
    fake.caps[KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP] = 1;
    fake.enable_cap_errno[KVM_CAP_DIRTY_LOG_RING_WITH_BITMAP] = EPERM;
}

static void test_fail_ring_bitmap(void)
{
    check_init_fails(ring_bitmap_fails, "dirty-ring-size", "64", -EIO,
                     "*Enabling of KVM dirty ring's backup bitmap failed: "
                     "Operation not permitted. \n");
}

static void test_ring_unavailable(void)
{
    if (g_test_subprocess()) {
        fake_reset();
        g_assert_cmpint(init_kvm("dirty-ring-size", "64"), ==, 0);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("*warning: KVM dirty ring not available, "
                              "using bitmap method\n");
}

static void test_fail_xen(void)
{
    check_init_fails(NULL, "xen-version", "0x4000a", -ENOTSUP,
                     "*kvm: Xen support only available in PC machine\n");
}

static void tss_fails(void)
{
    fake.tss_errno = EFAULT;
}

static void identity_fails(void)
{
    fake.identity_errno = EEXIST;
}

static void mmu_pages_fails(void)
{
    fake.mmu_pages_errno = EINVAL;
}

static void notify_fails(void)
{
    fake.enable_cap_errno[KVM_CAP_X86_NOTIFY_VMEXIT] = EINVAL;
}

static void test_fail_arch(void)
{
    check_init_fails(tss_fails, NULL, NULL, -EFAULT, "");
}

static void test_fail_identity(void)
{
    check_init_fails(identity_fails, NULL, NULL, -EEXIST, "");
}

static void test_fail_mmu_pages(void)
{
    check_init_fails(mmu_pages_fails, "kvm-shadow-mem", "4096", -EINVAL, "");
}

static void test_fail_notify(void)
{
    check_init_fails(notify_fails, NULL, NULL, -EINVAL,
                     "*kvm: Failed to enable notify vmexit cap: "
                     "Invalid argument\n");
}

/* Fatal irqchip and vCPU-count problems end the process, as in QEMU. */
static void check_init_exits(void (*setup)(void), const char *name,
                             const char *value, unsigned int cpus,
                             const char *pattern)
{
    if (g_test_subprocess()) {
        Object *kvm;

        fake_reset();
        setup();
        kvm = new_kvm();
        test_machine.smp.cpus = cpus;
        test_machine.smp.max_cpus = cpus;
        if (name) {
            object_property_parse(kvm, name, value, &error_abort);
        }
        accel_init_machine(ACCEL(kvm), &test_machine);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr(pattern);
}

static void no_irqfd(void)
{
    fake.caps[KVM_CAP_IRQFD] = 0;
}

static void split_fails(void)
{
    fake.enable_cap_errno[KVM_CAP_SPLIT_IRQCHIP] = EINVAL;
}

static void irqchip_fails(void)
{
    fake.irqchip_errno = EEXIST;
}

static void nothing(void)
{
}

static void test_exit_irqfd(void)
{
    check_init_exits(no_irqfd, NULL, NULL, 1,
                     "kvm: irqfd not implemented\n");
}

static void test_exit_split(void)
{
    check_init_exits(split_fails, "kernel-irqchip", "split", 1,
                     "*Could not enable split irqchip mode: "
                     "Invalid argument\n");
}

static void test_exit_irqchip(void)
{
    check_init_exits(irqchip_fails, NULL, NULL, 1,
                     "Create kernel irqchip failed: File exists\n");
}

static void test_exit_max_vcpus(void)
{
    check_init_exits(nothing, NULL, NULL, 17,
                     "*warning: Number of SMP cpus requested (17) exceeds "
                     "the recommended cpus supported by KVM (8)\n"
                     "Number of SMP cpus requested (17) exceeds the maximum "
                     "cpus supported by KVM (16)\n");
}

static void test_vcpus_warning(void)
{
    if (g_test_subprocess()) {
        Object *kvm;

        fake_reset();
        kvm = new_kvm();
        test_machine.smp.max_cpus = 10;
        g_assert_cmpint(accel_init_machine(ACCEL(kvm), &test_machine), ==,
                        0);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("*warning: Number of hotpluggable cpus "
                              "requested (10) exceeds the recommended cpus "
                              "supported by KVM (8)\n");
}

static void test_icount_stub(void)
{
    QemuOptsList list = { .name = "icount", .merge_lists = true };
    QemuOpts *opts = qemu_opts_create(&list, NULL, 0, &error_abort);
    Error *err = NULL;

    g_assert_false(icount_configure(opts, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "cannot configure icount, TCG support not available");
    error_free(err);
    g_assert_false(icount_enabled());
    g_assert_cmpint(icount_get_shift(), ==, 0);
    g_assert_true(icount_get_sleep());
    g_assert_false(icount_get_align());
    qemu_opts_del(opts);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    module_call_init(MODULE_INIT_QOM);

    g_test_add_func("/kvm/props", test_props);
    g_test_add_func("/kvm/props/after-init", test_props_after_init);
    g_test_add_func("/kvm/init/success", test_init_success);
    g_test_add_func("/kvm/init/options", test_init_options);
    g_test_add_func("/kvm/init/dirty-ring", test_dirty_ring);
    g_test_add_func("/kvm/init/ring-unavailable", test_ring_unavailable);
    g_test_add_func("/kvm/fail/open", test_fail_open);
    g_test_add_func("/kvm/fail/api-old", test_fail_api_old);
    g_test_add_func("/kvm/fail/api-new", test_fail_api_new);
    g_test_add_func("/kvm/fail/api-error", test_fail_api_error);
    g_test_add_func("/kvm/fail/create-vm", test_fail_create_vm);
    g_test_add_func("/kvm/fail/caps", test_fail_caps);
    g_test_add_func("/kvm/fail/arch-caps", test_fail_arch_caps);
    g_test_add_func("/kvm/fail/ring-too-big", test_fail_ring_too_big);
    g_test_add_func("/kvm/fail/ring-enable", test_fail_ring_enable);
    g_test_add_func("/kvm/fail/ring-bitmap", test_fail_ring_bitmap);
    g_test_add_func("/kvm/fail/xen", test_fail_xen);
    g_test_add_func("/kvm/fail/tss", test_fail_arch);
    g_test_add_func("/kvm/fail/identity", test_fail_identity);
    g_test_add_func("/kvm/fail/mmu-pages", test_fail_mmu_pages);
    g_test_add_func("/kvm/fail/notify", test_fail_notify);
    g_test_add_func("/kvm/exit/irqfd", test_exit_irqfd);
    g_test_add_func("/kvm/exit/split", test_exit_split);
    g_test_add_func("/kvm/exit/irqchip", test_exit_irqchip);
    g_test_add_func("/kvm/exit/max-vcpus", test_exit_max_vcpus);
    g_test_add_func("/kvm/init/vcpus-warning", test_vcpus_warning);
    g_test_add_func("/icount/stub", test_icount_stub);
    return g_test_run();
}
