/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * kvm.h: the kvm accelerator ("kvm-accel", x86_64 binary only), which
 * runs the guest on the host CPU through /dev/kvm.
 *
 * kvm_init (the accelerator's init_machine) follows QEMU 8.2: open the
 * device, check KVM_GET_API_VERSION and the capabilities QEMU requires,
 * create the VM, then the x86 set-up and the in-kernel irqchip.  Its
 * messages are QEMU's, printed without the program-name prefix where
 * QEMU prints them that way ("Could not access KVM kernel module: ...").
 */
#ifndef SYSEMU_KVM_H
#define SYSEMU_KVM_H

#include "qemu/accel.h"

#define TYPE_KVM_ACCEL ACCEL_CLASS_NAME("kvm")

typedef struct KVMState KVMState;

/* The initialised kvm accelerator, or NULL. */
extern KVMState *kvm_state;

/*
 * The device node kvm_init opens; "/dev/kvm" unless a test points it
 * elsewhere before the accelerator is initialised.
 */
extern const char *kvm_device_path;

/* True once -accel kvm initialised for the machine. */
static inline bool kvm_enabled(void)
{
    return kvm_allowed;
}

/*
 * The ioctls QEMU's kvm code wraps: on the /dev/kvm descriptor, or on
 * the VM's.  Each returns the ioctl's result, or -errno on failure.
 */
int kvm_ioctl(KVMState *s, unsigned long type, ...);
int kvm_vm_ioctl(KVMState *s, unsigned long type, ...);

/*
 * kvm_check_extension: KVM_CHECK_EXTENSION of @extension on /dev/kvm
 * (0 when absent or on error).  kvm_vm_check_extension: the same asked
 * of the VM, falling back to /dev/kvm when the kernel cannot answer.
 */
int kvm_check_extension(KVMState *s, unsigned int extension);
int kvm_vm_check_extension(KVMState *s, unsigned int extension);

/* KVM_ENABLE_CAP of @capability on the VM with up to four arguments. */
int kvm_vm_enable_cap(KVMState *s, unsigned int capability,
                      uint64_t flags, uint64_t arg0);

/* The in-kernel irqchip settings kvm_init decided. */
bool kvm_irqchip_in_kernel(void);
bool kvm_irqchip_is_split(void);

#endif
