/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the kvm accelerator (accel/kvm/kvm-all.c) and its memory
 * slots (accel/kvm/kvm-memory.c) against the host's real /dev/kvm;
 * skipped when it is absent or unusable.
 *
 * kernel-irqchip=on|split|off is checked by asking the VM: a second
 * KVM_CREATE_IRQCHIP fails with EEXIST once an in-kernel irqchip exists,
 * and KVM_GET_IRQCHIP (the PIC) answers only with the full one, not in
 * split mode, where the PIC and IOAPIC stay in user space.  Likewise
 * dirty-ring-size: the kernel takes KVM_CAP_DIRTY_LOG_RING only once.
 *
 * The kernel does not list a VM's slots, so the tests ask it: a probe
 * slot over a guest range is refused with EEXIST while one of our slots
 * covers that range, and accepted where none does.  That shows which
 * ranges are registered: RAM mapped in the system address space, split
 * around an overlaid ROM, moved, and dropped when unmapped.
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include <linux/kvm.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include "qapi/error.h"
#include "exec/memory.h"
#include "hw/boards.h"
#include "sysemu/kvm.h"

static MachineState test_machine;
static int probe_slot;

/* Why the host cannot run these tests, or NULL. */
static const char *kvm_unusable(void)
{
    int fd = open("/dev/kvm", O_RDWR | O_CLOEXEC);
    int vmfd;

    if (fd < 0) {
        return "no usable /dev/kvm";
    }
    vmfd = ioctl(fd, KVM_CREATE_VM, 0);
    close(fd);
    if (vmfd < 0) {
        return "/dev/kvm cannot create a VM";
    }
    close(vmfd);
    return NULL;
}

/* A kvm accelerator on the real /dev/kvm, with property @prop=@value. */
static bool start_kvm_with(const char *prop, const char *value)
{
    const char *why = kvm_unusable();
    Object *kvm;

    if (why) {
        g_test_skip(why);
        return false;
    }
    test_machine.smp.cpus = 1;
    test_machine.smp.max_cpus = 1;
    current_machine = &test_machine;
    kvm = object_new(TYPE_KVM_ACCEL);
    if (prop) {
        g_assert_true(object_property_parse(kvm, prop, value, &error_abort));
    }
    g_assert_cmpint(accel_init_machine(ACCEL(kvm), &test_machine), ==, 0);
    probe_slot = kvm_check_extension(kvm_state, KVM_CAP_NR_MEMSLOTS) - 1;
    g_assert_cmpint(probe_slot, >, 8);
    return true;
}

static bool start_kvm(void)
{
    return start_kvm_with(NULL, NULL);
}

static void stop_kvm(void)
{
    object_unref(OBJECT(current_machine->accelerator));
    kvm_allowed = false;
    kvm_state = NULL;
}

/*
 * What the kernel says to a probe slot over [gpa, gpa + size): 0 if no
 * slot of ours overlaps it (the probe is removed again), else -EEXIST.
 */
static int probe(hwaddr gpa, uint64_t size)
{
    static uint8_t *host;
    struct kvm_userspace_memory_region r = {
        .slot = probe_slot,
        .guest_phys_addr = gpa,
        .memory_size = size,
    };
    int ret;

    if (!host) {
        host = mmap(NULL, 64 * MiB, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        g_assert(host != MAP_FAILED);
    }
    g_assert_cmpuint(size, <=, 64 * MiB);
    r.userspace_addr = (uintptr_t)host;
    ret = kvm_vm_ioctl(kvm_state, KVM_SET_USER_MEMORY_REGION, &r);
    if (ret == 0) {
        r.memory_size = 0;
        g_assert_cmpint(kvm_vm_ioctl(kvm_state, KVM_SET_USER_MEMORY_REGION,
                                     &r), ==, 0);
    }
    return ret;
}

#define assert_slot(gpa, size) g_assert_cmpint(probe(gpa, size), ==, -EEXIST)
#define assert_no_slot(gpa, size) g_assert_cmpint(probe(gpa, size), ==, 0)

static void test_ram(void)
{
    MemoryRegion *sysmem = get_system_memory();
    MemoryRegion ram, alias;

    if (!start_kvm()) {
        return;
    }
    memory_region_init_ram(&ram, NULL, "ram", 16 * MiB, &error_abort);
    memory_region_init_alias(&alias, NULL, "alias", &ram, 8 * MiB, 8 * MiB);
    assert_no_slot(0x100000, 4096);

    memory_region_add_subregion(sysmem, 0x100000, &ram);
    assert_slot(0x100000, 4096);
    /* what info mtree -f marks "KVM": the exact range, in "memory" */
    g_assert_true(ACCEL_GET_CLASS(test_machine.accelerator)->has_memory(
                  &test_machine, &address_space_memory, 0x100000, 16 * MiB));
    g_assert_false(ACCEL_GET_CLASS(test_machine.accelerator)->has_memory(
                   &test_machine, &address_space_memory, 0x100000, 4096));
    assert_slot(0x100000 + 16 * MiB - 4096, 4096);
    assert_no_slot(0x100000 + 16 * MiB, 4096);
    assert_no_slot(0, 0x100000);

    /* An alias is a slot of its own over the same host pages. */
    memory_region_add_subregion(sysmem, 0x40000000, &alias);
    assert_slot(0x40000000 + 8 * MiB - 4096, 4096);
    memory_region_set_address(&alias, 0x80000000);
    assert_no_slot(0x40000000, 8 * MiB);
    assert_slot(0x80000000, 4096);

    memory_region_del_subregion(sysmem, &alias);
    memory_region_del_subregion(sysmem, &ram);
    assert_no_slot(0x100000, 16 * MiB);
    assert_no_slot(0x80000000, 8 * MiB);
    stop_kvm();
    memory_region_finalize(&alias);
    memory_region_finalize(&ram);
}

/* ROM over RAM: the RAM around it stays, the ROM is read-only or none. */
static void test_rom_overlay(void)
{
    MemoryRegion *sysmem = get_system_memory();
    MemoryRegion ram, rom;
    bool readonly;

    if (!start_kvm()) {
        return;
    }
    readonly = kvm_check_extension(kvm_state, KVM_CAP_READONLY_MEM) > 0;
    memory_region_init_ram(&ram, NULL, "ram", 4 * MiB, &error_abort);
    memory_region_init_rom(&rom, NULL, "rom", 64 * 1024, &error_abort);
    memory_region_add_subregion(sysmem, 0, &ram);
    memory_region_add_subregion_overlap(sysmem, 0xf0000, &rom, 1);
    assert_slot(0xef000, 4096);
    assert_slot(0x100000, 4096);
    if (readonly) {
        assert_slot(0xf0000, 64 * 1024);
    } else {
        assert_no_slot(0xf0000, 64 * 1024);
    }
    memory_region_del_subregion(sysmem, &rom);
    assert_slot(0xf0000, 4096);
    memory_region_del_subregion(sysmem, &ram);
    assert_no_slot(0, 4 * MiB);
    stop_kvm();
    memory_region_finalize(&rom);
    memory_region_finalize(&ram);
}

/* A range that does not fill a host page has no slot: it is MMIO. */
static void test_partial_page(void)
{
    MemoryRegion *sysmem = get_system_memory();
    MemoryRegion ram, alias;

    if (!start_kvm()) {
        return;
    }
    memory_region_init_ram(&ram, NULL, "ram", 2 * 4096, &error_abort);
    memory_region_init_alias(&alias, NULL, "alias", &ram, 0, 4096 + 512);
    memory_region_add_subregion(sysmem, 0x200000, &alias);
    assert_slot(0x200000, 4096);
    assert_no_slot(0x201000, 4096);
    memory_region_del_subregion(sysmem, &alias);
    stop_kvm();
    memory_region_finalize(&alias);
    memory_region_finalize(&ram);
}

static void test_irqchip(void)
{
    static const struct {
        const char *mode;
        int create;             /* what a second KVM_CREATE_IRQCHIP says */
        int get_pic;            /* what KVM_GET_IRQCHIP says */
        bool in_kernel, split;
    } modes[] = {
        { "on", -EEXIST, 0, true, false },
        { "split", -EEXIST, -ENXIO, true, true },
        { "off", 0, 0, false, false },  /* 0: we just created one */
    };
    struct kvm_irqchip chip = { .chip_id = KVM_IRQCHIP_PIC_MASTER };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(modes); i++) {
        if (!start_kvm_with("kernel-irqchip", modes[i].mode)) {
            return;
        }
        g_test_message("kernel-irqchip=%s", modes[i].mode);
        g_assert_cmpint(kvm_irqchip_in_kernel(), ==, modes[i].in_kernel);
        g_assert_cmpint(kvm_irqchip_is_split(), ==, modes[i].split);
        g_assert_cmpint(kvm_vm_ioctl(kvm_state, KVM_CREATE_IRQCHIP, NULL),
                        ==, modes[i].create);
        g_assert_cmpint(kvm_vm_ioctl(kvm_state, KVM_GET_IRQCHIP, &chip),
                        ==, modes[i].get_pic);
        stop_kvm();
    }
}

/* dirty-ring-size=N enables the ring (N entries) in the kernel. */
static void test_dirty_ring(void)
{
    const uint64_t bytes = 4096 * sizeof(struct kvm_dirty_gfn);
    int cap;

    if (!start_kvm()) {
        return;
    }
    cap = kvm_vm_check_extension(kvm_state, KVM_CAP_DIRTY_LOG_RING) > 0 ?
          KVM_CAP_DIRTY_LOG_RING : KVM_CAP_DIRTY_LOG_RING_ACQ_REL;
    if (kvm_vm_check_extension(kvm_state, cap) < (int)bytes) {
        stop_kvm();
        g_test_skip("this kernel has no KVM dirty ring of 4096 entries");
        return;
    }
    /* Without the property the ring is off: the kernel still takes it. */
    g_assert_cmpint(kvm_vm_enable_cap(kvm_state, cap, 0, bytes), ==, 0);
    stop_kvm();
    g_assert_true(start_kvm_with("dirty-ring-size", "4096"));
    g_assert_cmpint(kvm_vm_enable_cap(kvm_state, cap, 0, bytes), ==,
                    -EINVAL);
    stop_kvm();
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    module_call_init(MODULE_INIT_QOM);

    g_test_add_func("/kvm/host/irqchip", test_irqchip);
    g_test_add_func("/kvm/host/dirty-ring", test_dirty_ring);
    g_test_add_func("/kvm/host/memslots/ram", test_ram);
    g_test_add_func("/kvm/host/memslots/rom-overlay", test_rom_overlay);
    g_test_add_func("/kvm/host/memslots/partial-page", test_partial_page);
    return g_test_run();
}
