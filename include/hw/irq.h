/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * irq.h: interrupt lines between devices (QEMU's qemu_irq).  A line is a
 * handler with its opaque and line number; the device driving it calls
 * qemu_set_irq with the new level, with the BQL held.
 */
#ifndef HW_IRQ_H
#define HW_IRQ_H

typedef struct IRQState *qemu_irq;
typedef void (*qemu_irq_handler)(void *opaque, int n, int level);

qemu_irq qemu_allocate_irq(qemu_irq_handler handler, void *opaque, int n);
/* @n lines numbered 0..n-1; free with qemu_free_irqs. */
qemu_irq *qemu_allocate_irqs(qemu_irq_handler handler, void *opaque, int n);
void qemu_free_irq(qemu_irq irq);
void qemu_free_irqs(qemu_irq *irqs, int n);

/*
 * qemu_irq_intercept_in: from now on the @n lines @gpio_in call
 * @handler(@opaque, i, level) instead of their device's handler
 * (qtest's irq_intercept_in).
 */
void qemu_irq_intercept_in(qemu_irq *gpio_in, qemu_irq_handler handler,
                           void *opaque, int n);

/* A NULL line is allowed and does nothing. */
void qemu_set_irq(qemu_irq irq, int level);

static inline void qemu_irq_raise(qemu_irq irq)
{
    qemu_set_irq(irq, 1);
}

static inline void qemu_irq_lower(qemu_irq irq)
{
    qemu_set_irq(irq, 0);
}

static inline void qemu_irq_pulse(qemu_irq irq)
{
    qemu_set_irq(irq, 1);
    qemu_set_irq(irq, 0);
}

#endif
