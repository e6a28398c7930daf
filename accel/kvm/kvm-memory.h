/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * kvm-memory.h: the KVM memory slots that mirror an address space's RAM
 * (accel/kvm/kvm-memory.c); private to accel/kvm/.
 */
#ifndef ACCEL_KVM_MEMORY_H
#define ACCEL_KVM_MEMORY_H

#include "exec/memory.h"
#include "sysemu/kvm.h"

/* One KVM memory slot; memory_size 0 means free. */
typedef struct KVMSlot {
    hwaddr start_addr;
    uint64_t memory_size;
    void *ram;
    uint32_t flags;
} KVMSlot;

typedef struct KVMMemoryListener {
    MemoryListener listener;
    KVMState *s;
    int as_id;                  /* KVM address space (SMM is 1) */
    int nr_slots;
    KVMSlot *slots;
    bool readonly_mem;          /* ROM can be a read-only slot */
} KVMMemoryListener;

/*
 * Keep the RAM and ROM of @as in memory slots of VM @s's address space
 * @as_id, at most @nr_slots of them, from now on: the current ranges
 * are registered at once.
 */
void kvm_memory_listener_register(KVMState *s, KVMMemoryListener *kml,
                                  AddressSpace *as, int as_id,
                                  int nr_slots, const char *name);
/* Whether a slot maps exactly [start, start + size) of @as. */
bool kvm_memory_listener_has_slot(KVMMemoryListener *kml, AddressSpace *as,
                                  hwaddr start, uint64_t size);
/* Stop following the address space (the slots stay with the VM). */
void kvm_memory_listener_unregister(KVMMemoryListener *kml);

#endif
