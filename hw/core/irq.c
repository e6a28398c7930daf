/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * irq.c: interrupt lines (qemu_irq).  A line remembers the handler of
 * the device that receives it; setting its level calls that handler.
 */
#include "qemu/osdep.h"
#include "hw/irq.h"

struct IRQState {
    qemu_irq_handler handler;
    void *opaque;
    int n;
};

qemu_irq qemu_allocate_irq(qemu_irq_handler handler, void *opaque, int n)
{
    qemu_irq irq = g_new(struct IRQState, 1);

    irq->handler = handler;
    irq->opaque = opaque;
    irq->n = n;
    return irq;
}

qemu_irq *qemu_allocate_irqs(qemu_irq_handler handler, void *opaque, int n)
{
    qemu_irq *irqs = g_new(qemu_irq, n);
    int i;

    for (i = 0; i < n; i++) {
        irqs[i] = qemu_allocate_irq(handler, opaque, i);
    }
    return irqs;
}

void qemu_free_irq(qemu_irq irq)
{
    g_free(irq);
}

void qemu_free_irqs(qemu_irq *irqs, int n)
{
    int i;

    for (i = 0; i < n; i++) {
        qemu_free_irq(irqs[i]);
    }
    g_free(irqs);
}

void qemu_irq_intercept_in(qemu_irq *gpio_in, qemu_irq_handler handler,
                           void *opaque, int n)
{
    int i;

    for (i = 0; i < n; i++) {
        gpio_in[i]->handler = handler;
        gpio_in[i]->opaque = opaque;
        gpio_in[i]->n = i;
    }
}

void qemu_set_irq(qemu_irq irq, int level)
{
    if (irq) {
        irq->handler(irq->opaque, irq->n, level);
    }
}
