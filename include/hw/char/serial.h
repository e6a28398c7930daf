/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * serial.h: the 16550A UART (QEMU's "serial-mm" on the riscv virt board):
 * 16-byte receive and transmit FIFOs, the interrupt identification
 * priorities, divisor latch, modem control loopback and scratch register.
 * Output the chardev cannot take yet stays in the transmitter (THRE and
 * TEMT clear) until the chardev can take it.
 */
#ifndef HW_CHAR_SERIAL_H
#define HW_CHAR_SERIAL_H

#include "chardev/char-fe.h"
#include "exec/memory.h"
#include "hw/irq.h"
#include "hw/sysbus.h"
#include "qemu/timer.h"

#define UART_FIFO_LENGTH 16

typedef struct SerialFIFO {
    uint8_t data[UART_FIFO_LENGTH];
    unsigned head;
    unsigned num;
} SerialFIFO;

#define TYPE_SERIAL "serial"
OBJECT_DECLARE_SIMPLE_TYPE(SerialState, SERIAL)

/* The UART itself: properties baudbase and chardev. */
struct SerialState {
    DeviceState parent_obj;

    uint16_t divider;
    uint8_t rbr;            /* receive buffer (FIFOs off) */
    uint8_t ier;
    uint8_t iir;            /* read-only view, recomputed */
    uint8_t lcr;
    uint8_t mcr;
    uint8_t lsr;
    uint8_t msr;
    uint8_t scr;
    uint8_t fcr;
    bool thr_ipending;      /* THR empty interrupt armed */
    bool timeout_ipending;  /* receive data timeout */
    SerialFIFO recv_fifo;
    SerialFIFO xmit_fifo;   /* THR and the shift register: unsent bytes */
    guint tx_watch;         /* waiting for the chardev to take output */
    QEMUTimer *fifo_timeout_timer;
    qemu_irq irq;
    CharBackend chr;
    MemoryRegion io;
    uint32_t baudbase;
};

#define TYPE_SERIAL_MM "serial-mm"
OBJECT_DECLARE_SIMPLE_TYPE(SerialMM, SERIAL_MM)

/*
 * serial-mm: a UART on the system bus (MMIO region 0, IRQ 0), properties
 * regshift and endianness, and baudbase and chardev of its "serial".
 */
struct SerialMM {
    SysBusDevice parent_obj;

    SerialState serial;
    uint8_t regshift;
    uint8_t endianness;         /* a device_endian */
};

/*
 * A UART at @base of @address_space with registers 1 << @regshift bytes
 * apart, raising @irq, clocked at @baudbase, talking to @chr (NULL: no
 * back end; output is dropped).
 */
SerialMM *serial_mm_init(MemoryRegion *address_space, hwaddr base,
                         int regshift, qemu_irq irq, int baudbase,
                         Chardev *chr, device_endian end);

/* The register interface, for serial-mm and the unit tests. */
uint64_t serial_ioport_read(void *opaque, hwaddr addr, unsigned size);
void serial_ioport_write(void *opaque, hwaddr addr, uint64_t val,
                         unsigned size);
/* Feed received bytes (what the chardev does). */
int serial_can_receive(void *opaque);
void serial_receive(void *opaque, const uint8_t *buf, int size);
void serial_reset(SerialState *s);

#endif
