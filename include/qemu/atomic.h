/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * atomic.h: atomic accesses for state shared between vCPU threads and
 * the main loop, over the compiler's __atomic builtins.  Plain reads and
 * sets are relaxed; the read-modify-write forms are sequentially
 * consistent, as QEMU's qatomic_* are.
 */
#ifndef QEMU_ATOMIC_H
#define QEMU_ATOMIC_H

#define qatomic_read(ptr)       __atomic_load_n(ptr, __ATOMIC_RELAXED)
#define qatomic_set(ptr, val)   __atomic_store_n(ptr, val, __ATOMIC_RELAXED)
#define qatomic_load_acquire(ptr) __atomic_load_n(ptr, __ATOMIC_ACQUIRE)
#define qatomic_store_release(ptr, val) \
    __atomic_store_n(ptr, val, __ATOMIC_RELEASE)

#define qatomic_xchg(ptr, val)  __atomic_exchange_n(ptr, val, __ATOMIC_SEQ_CST)
/* Returns the old value; stores @new only if *ptr was @old. */
#define qatomic_cmpxchg(ptr, old, new) ({                                 \
    __typeof__(*(ptr)) _old = (old);                                      \
    __atomic_compare_exchange_n(ptr, &_old, new, false,                   \
                                __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);      \
    _old;                                                                 \
})

#define qatomic_fetch_add(ptr, n) __atomic_fetch_add(ptr, n, __ATOMIC_SEQ_CST)
#define qatomic_fetch_and(ptr, n) __atomic_fetch_and(ptr, n, __ATOMIC_SEQ_CST)
#define qatomic_fetch_or(ptr, n)  __atomic_fetch_or(ptr, n, __ATOMIC_SEQ_CST)
#define qatomic_add(ptr, n)     ((void)qatomic_fetch_add(ptr, n))
#define qatomic_and(ptr, n)     ((void)qatomic_fetch_and(ptr, n))
#define qatomic_or(ptr, n)      ((void)qatomic_fetch_or(ptr, n))

#define smp_mb()    __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define smp_rmb()   __atomic_thread_fence(__ATOMIC_ACQUIRE)
#define smp_wmb()   __atomic_thread_fence(__ATOMIC_RELEASE)

#endif
