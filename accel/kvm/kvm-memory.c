/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * kvm-memory.c: guest RAM as KVM memory slots.  A MemoryListener on an
 * address space turns each RAM range of its flat view into a slot
 * (KVM_SET_USER_MEMORY_REGION with the range's host address) and each
 * range that goes away into a deleted slot (memory_size 0), as QEMU's
 * kvm_set_phys_mem does.  ROM becomes a read-only slot when the kernel
 * has KVM_CAP_READONLY_MEM; without it, and for MMIO, there is no slot:
 * the guest's accesses there exit to us.
 *
 * The kernel takes only whole host pages, so a range is cut down to the
 * pages it covers completely.  The API is the kernel's
 * Documentation/virt/kvm/api.rst; the messages are QEMU's.
 */
#include "qemu/osdep.h"
#include <linux/kvm.h>
#include "qemu/bitops.h"
#include "accel/kvm/kvm-memory.h"
#include "trace.h"

/* The part of @section KVM can map: whole host pages; false if none. */
static bool kvm_align_section(MemoryRegionSection *section, hwaddr *start,
                              uint64_t *size, void **ram)
{
    uint64_t page = getpagesize();
    hwaddr gpa = section->offset_within_address_space;
    hwaddr first = QEMU_ALIGN_UP(gpa, page);
    hwaddr end = gpa + section->size;
    uint8_t *host;

    end = end < gpa ? QEMU_ALIGN_DOWN(UINT64_MAX, page) :
                      QEMU_ALIGN_DOWN(end, page);
    if (first >= end) {
        return false;
    }
    host = (uint8_t *)memory_region_get_ram_ptr(section->mr) +
           section->offset_within_region + (first - gpa);
    if ((uintptr_t)host & (page - 1)) {
        return false;       /* the kernel needs page-aligned host memory */
    }
    *start = first;
    *size = end - first;
    *ram = host;
    return true;
}

static int kvm_set_user_memory_region(KVMMemoryListener *kml, int slot,
                                      const KVMSlot *mem)
{
    struct kvm_userspace_memory_region region = {
        .slot = slot | (kml->as_id << 16),
        .flags = mem->flags,
        .guest_phys_addr = mem->start_addr,
        .memory_size = mem->memory_size,
        .userspace_addr = (uintptr_t)mem->ram,
    };
    int ret = kvm_vm_ioctl(kml->s, KVM_SET_USER_MEMORY_REGION, &region);

    trace_kvm_set_user_memory(kml->as_id, slot, region.flags,
                              region.guest_phys_addr, region.memory_size,
                              region.userspace_addr, ret);
    return ret;
}

static int kvm_find_slot(KVMMemoryListener *kml, hwaddr start,
                         uint64_t size)
{
    int i;

    for (i = 0; i < kml->nr_slots; i++) {
        if (kml->slots[i].memory_size == size &&
            kml->slots[i].start_addr == start) {
            return i;
        }
    }
    return -1;
}

/* The slot @section needs in *@mem (not yet placed); false if none. */
static bool kvm_section_slot(KVMMemoryListener *kml,
                             MemoryRegionSection *section, KVMSlot *mem)
{
    *mem = (KVMSlot) {
        .flags = section->readonly ? KVM_MEM_READONLY : 0,
    };
    return memory_region_is_ram(section->mr) &&
           (!section->readonly || kml->readonly_mem) &&
           kvm_align_section(section, &mem->start_addr, &mem->memory_size,
                             &mem->ram);
}

/* Give @section a slot (@add) or take its slot away. */
static void kvm_set_phys_mem(KVMMemoryListener *kml,
                             MemoryRegionSection *section, bool add)
{
    KVMSlot mem;
    int slot, err;

    if (!kvm_section_slot(kml, section, &mem)) {
        return;
    }
    slot = add ? kvm_find_slot(kml, 0, 0) :
                 kvm_find_slot(kml, mem.start_addr, mem.memory_size);
    if (slot < 0 && add) {
        fprintf(stderr, "kvm_alloc_slot: no free slot\n");
        exit(1);
    } else if (slot < 0) {
        return;
    }
    if (!add) {
        mem = kml->slots[slot];
        mem.memory_size = 0;
    }
    err = kvm_set_user_memory_region(kml, slot, &mem);
    if (err) {
        fprintf(stderr, "kvm_set_phys_mem: error %sregistering slot: %s\n",
                add ? "" : "un", strerror(-err));
        exit(1);
    }
    kml->slots[slot] = add ? mem : (KVMSlot) { 0 };
}

static void kvm_region_add(MemoryListener *listener,
                           MemoryRegionSection *section)
{
    kvm_set_phys_mem(container_of(listener, KVMMemoryListener, listener),
                     section, true);
}

static void kvm_region_del(MemoryListener *listener,
                           MemoryRegionSection *section)
{
    kvm_set_phys_mem(container_of(listener, KVMMemoryListener, listener),
                     section, false);
}

void kvm_memory_listener_register(KVMState *s, KVMMemoryListener *kml,
                                  AddressSpace *as, int as_id,
                                  int nr_slots, const char *name)
{
    kml->s = s;
    kml->as_id = as_id;
    kml->nr_slots = nr_slots;
    kml->slots = g_new0(KVMSlot, nr_slots);
    kml->readonly_mem = kvm_check_extension(s, KVM_CAP_READONLY_MEM) > 0;
    kml->listener = (MemoryListener) {
        .region_add = kvm_region_add,
        .region_del = kvm_region_del,
        .name = name,
    };
    memory_listener_register(&kml->listener, as);
}

bool kvm_memory_listener_has_slot(KVMMemoryListener *kml, AddressSpace *as,
                                  hwaddr start, uint64_t size)
{
    return kml->slots && kml->listener.address_space == as && size &&
           kvm_find_slot(kml, start, size) >= 0;
}

void kvm_memory_listener_unregister(KVMMemoryListener *kml)
{
    if (kml->slots) {
        memory_listener_unregister(&kml->listener);
        g_free(kml->slots);
        kml->slots = NULL;
    }
}
