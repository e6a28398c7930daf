/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * serial.c: a 16550A UART, as guests see QEMU's.  Output goes to the
 * chardev as it is written; what the chardev cannot take now (a slow
 * reader) stays in the transmitter, with LSR.THRE/TEMT clear, until a
 * chardev watch says it can, as on a slow line: nothing is lost and
 * nothing blocks.  Input is taken only while the receive FIFO has room,
 * so a fast sender is held back rather than losing bytes.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/log.h"
#include "hw/char/serial.h"
#include "hw/qdev-properties.h"

/* Registers (offsets before regshift) */
#define UART_RBR 0      /* read, DLAB=0 */
#define UART_THR 0      /* write, DLAB=0 */
#define UART_IER 1
#define UART_IIR 2      /* read */
#define UART_FCR 2      /* write */
#define UART_LCR 3
#define UART_MCR 4
#define UART_LSR 5
#define UART_MSR 6
#define UART_SCR 7

#define UART_LCR_DLAB   0x80
#define UART_IER_MSI    0x08
#define UART_IER_RLSI   0x04
#define UART_IER_THRI   0x02
#define UART_IER_RDI    0x01
#define UART_IIR_NO_INT 0x01
#define UART_IIR_MSI    0x00
#define UART_IIR_THRI   0x02
#define UART_IIR_RDI    0x04
#define UART_IIR_RLSI   0x06
#define UART_IIR_CTI    0x0c
#define UART_IIR_FE     0xc0    /* FIFOs enabled */
#define UART_FCR_FE     0x01
#define UART_FCR_RFR    0x02
#define UART_FCR_XFR    0x04
#define UART_MCR_LOOP   0x10
#define UART_MCR_OUT2   0x08
#define UART_MCR_OUT1   0x04
#define UART_MCR_RTS    0x02
#define UART_MCR_DTR    0x01
#define UART_MSR_DCD    0x80
#define UART_MSR_RI     0x40
#define UART_MSR_DSR    0x20
#define UART_MSR_CTS    0x10
#define UART_MSR_ANY_DELTA 0x0f
#define UART_LSR_TEMT   0x40
#define UART_LSR_THRE   0x20
#define UART_LSR_BI     0x10
#define UART_LSR_OE     0x02
#define UART_LSR_DR     0x01
#define UART_LSR_INT_ANY 0x1e

static bool fifo_enabled(SerialState *s)
{
    return s->fcr & UART_FCR_FE;
}

static void fifo_push(SerialFIFO *f, uint8_t c)
{
    f->data[(f->head + f->num) % UART_FIFO_LENGTH] = c;
    f->num++;
}

static uint8_t fifo_pop(SerialFIFO *f)
{
    uint8_t c = f->data[f->head];

    f->head = (f->head + 1) % UART_FIFO_LENGTH;
    f->num--;
    return c;
}

/* The receive trigger level of FCR bits 7:6: 1, 4, 8 or 14 bytes. */
static unsigned rx_trigger(SerialState *s)
{
    static const unsigned levels[4] = { 1, 4, 8, 14 };

    return levels[s->fcr >> 6];
}

/* Recompute IIR by the 16550's priorities and drive the line. */
static void serial_update_irq(SerialState *s)
{
    uint8_t iir = UART_IIR_NO_INT;
    bool rx_ready = fifo_enabled(s) ?
        s->recv_fifo.num >= rx_trigger(s) : (s->lsr & UART_LSR_DR);

    if ((s->ier & UART_IER_RLSI) && (s->lsr & UART_LSR_INT_ANY)) {
        iir = UART_IIR_RLSI;
    } else if ((s->ier & UART_IER_RDI) && s->timeout_ipending) {
        iir = UART_IIR_CTI;
    } else if ((s->ier & UART_IER_RDI) && (s->lsr & UART_LSR_DR) &&
               rx_ready) {
        iir = UART_IIR_RDI;
    } else if ((s->ier & UART_IER_THRI) && s->thr_ipending) {
        iir = UART_IIR_THRI;
    } else if ((s->ier & UART_IER_MSI) && (s->msr & UART_MSR_ANY_DELTA)) {
        iir = UART_IIR_MSI;
    }
    s->iir = iir | (fifo_enabled(s) ? UART_IIR_FE : 0);
    qemu_set_irq(s->irq, iir != UART_IIR_NO_INT);
}

/* Four character times at the programmed speed: the FIFO timeout. */
static int64_t char_time_ns(SerialState *s)
{
    uint64_t div = s->divider ? s->divider : 1;
    uint64_t baud = s->baudbase / div;

    return baud ? (int64_t)(10 * NANOSECONDS_PER_SECOND / baud) : 1000;
}

static void fifo_timeout_cb(void *opaque)
{
    SerialState *s = opaque;

    if (s->recv_fifo.num) {
        s->timeout_ipending = true;
        serial_update_irq(s);
    }
}

static void serial_rx_byte(SerialState *s, uint8_t c)
{
    if (fifo_enabled(s)) {
        if (s->recv_fifo.num == UART_FIFO_LENGTH) {
            s->lsr |= UART_LSR_OE;
        } else {
            fifo_push(&s->recv_fifo, c);
        }
        s->lsr |= UART_LSR_DR;
        timer_mod_ns(s->fifo_timeout_timer,
                     qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) +
                     4 * char_time_ns(s));
    } else {
        if (s->lsr & UART_LSR_DR) {
            s->lsr |= UART_LSR_OE;
        }
        s->rbr = c;
        s->lsr |= UART_LSR_DR;
    }
}

static void serial_tx_stop_wait(SerialState *s)
{
    if (s->tx_watch) {
        g_source_remove(s->tx_watch);
        s->tx_watch = 0;
    }
}

static void serial_xmit(SerialState *s);

static gboolean serial_tx_ready_cb(void *unused, GIOCondition cond,
                                   void *opaque)
{
    SerialState *s = opaque;

    s->tx_watch = 0;
    serial_xmit(s);
    return G_SOURCE_REMOVE;
}

/*
 * Send one byte; false if the chardev cannot take it now and will call
 * back when it can.  Bytes nobody will ever take are dropped.
 */
static bool serial_send(SerialState *s, uint8_t c)
{
    if (s->mcr & UART_MCR_LOOP) {
        serial_rx_byte(s, c);
        return true;
    }
    if (qemu_chr_fe_write(&s->chr, &c, 1) >= 0 || errno != EAGAIN) {
        return true;
    }
    s->tx_watch = qemu_chr_fe_add_watch(&s->chr, G_IO_OUT,
                                        serial_tx_ready_cb, s);
    return !s->tx_watch;
}

/* Push the transmitter's bytes out; once it is empty, THRE interrupts. */
static void serial_xmit(SerialState *s)
{
    while (s->xmit_fifo.num && !s->tx_watch) {
        if (!serial_send(s, s->xmit_fifo.data[s->xmit_fifo.head])) {
            return;
        }
        fifo_pop(&s->xmit_fifo);
    }
    if (!s->xmit_fifo.num) {
        s->lsr |= UART_LSR_THRE | UART_LSR_TEMT;
        s->thr_ipending = true;
        serial_update_irq(s);
    }
}

/* The guest wrote THR: a byte more for the transmitter, if it has room. */
static void serial_tx_byte(SerialState *s, uint8_t c)
{
    unsigned size = fifo_enabled(s) ? UART_FIFO_LENGTH : 1;

    if (s->xmit_fifo.num < size) {
        fifo_push(&s->xmit_fifo, c);
    }
    s->lsr &= ~(UART_LSR_THRE | UART_LSR_TEMT);
    serial_xmit(s);
}

/* Forget the bytes not sent yet (FCR transmit reset, reset). */
static void serial_tx_flush(SerialState *s)
{
    serial_tx_stop_wait(s);
    s->xmit_fifo.num = 0;
    s->xmit_fifo.head = 0;
    s->lsr |= UART_LSR_THRE | UART_LSR_TEMT;
}

/*
 * The UART may have room for input again: input held back while it had
 * none (the chardev stops offering bytes then) must be offered again.
 * Every path that makes room comes here, not only a guest read: a
 * reset, a FIFO reset or mode change, loopback turned off.
 */
static void serial_input_room(SerialState *s)
{
    qemu_chr_fe_accept_input(&s->chr);
}

static uint8_t serial_read_rbr(SerialState *s)
{
    uint8_t c = 0;

    if (fifo_enabled(s)) {
        if (s->recv_fifo.num) {
            c = fifo_pop(&s->recv_fifo);
        }
        if (!s->recv_fifo.num) {
            s->lsr &= ~UART_LSR_DR;
            timer_del(s->fifo_timeout_timer);
        } else {
            timer_mod_ns(s->fifo_timeout_timer,
                         qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) +
                         4 * char_time_ns(s));
        }
        s->timeout_ipending = false;
    } else {
        c = s->rbr;
        s->lsr &= ~UART_LSR_DR;
    }
    serial_input_room(s);
    return c;
}

/* MSR: loopback wires MCR's outputs to the inputs; else all asserted. */
static uint8_t serial_read_msr(SerialState *s)
{
    uint8_t msr = s->msr;

    if (s->mcr & UART_MCR_LOOP) {
        msr = (msr & UART_MSR_ANY_DELTA) |
              ((s->mcr & UART_MCR_RTS) ? UART_MSR_CTS : 0) |
              ((s->mcr & UART_MCR_DTR) ? UART_MSR_DSR : 0) |
              ((s->mcr & UART_MCR_OUT1) ? UART_MSR_RI : 0) |
              ((s->mcr & UART_MCR_OUT2) ? UART_MSR_DCD : 0);
    }
    s->msr &= ~UART_MSR_ANY_DELTA;
    serial_update_irq(s);
    return msr;
}

uint64_t serial_ioport_read(void *opaque, hwaddr addr, unsigned size)
{
    SerialState *s = opaque;
    uint8_t ret = 0;

    switch (addr & 7) {
    case UART_RBR:
        if (s->lcr & UART_LCR_DLAB) {
            return s->divider & 0xff;
        }
        ret = serial_read_rbr(s);
        break;
    case UART_IER:
        return (s->lcr & UART_LCR_DLAB) ? s->divider >> 8 : s->ier;
    case UART_IIR:
        ret = s->iir;
        if ((ret & 0x0f) == UART_IIR_THRI) {
            s->thr_ipending = false;    /* reading IIR acknowledges it */
        }
        break;
    case UART_LCR:
        return s->lcr;
    case UART_MCR:
        return s->mcr;
    case UART_LSR:
        ret = s->lsr;
        s->lsr &= ~(UART_LSR_BI | UART_LSR_OE);
        break;
    case UART_MSR:
        return serial_read_msr(s);
    case UART_SCR:
        return s->scr;
    }
    serial_update_irq(s);
    return ret;
}

static void serial_write_fcr(SerialState *s, uint8_t val)
{
    if ((val ^ s->fcr) & UART_FCR_FE) {
        val |= UART_FCR_RFR | UART_FCR_XFR;     /* toggling FE clears both */
    }
    if (val & UART_FCR_RFR) {
        s->recv_fifo.num = 0;
        s->recv_fifo.head = 0;
        s->lsr &= ~(UART_LSR_DR | UART_LSR_BI);
        s->timeout_ipending = false;
        timer_del(s->fifo_timeout_timer);
    }
    if (val & UART_FCR_XFR) {
        serial_tx_flush(s);
        s->thr_ipending = true;
    }
    s->fcr = val & 0xc9;
    serial_input_room(s);
}

void serial_ioport_write(void *opaque, hwaddr addr, uint64_t val,
                         unsigned size)
{
    SerialState *s = opaque;
    uint8_t v = val;

    switch (addr & 7) {
    case UART_THR:
        if (s->lcr & UART_LCR_DLAB) {
            s->divider = (s->divider & 0xff00) | v;
            return;
        }
        s->thr_ipending = false;
        serial_tx_byte(s, v);
        break;
    case UART_IER:
        if (s->lcr & UART_LCR_DLAB) {
            s->divider = (s->divider & 0x00ff) | (v << 8);
            return;
        }
        /* Enabling THRI while THR is empty interrupts at once. */
        if ((v & UART_IER_THRI) && !(s->ier & UART_IER_THRI) &&
            (s->lsr & UART_LSR_THRE)) {
            s->thr_ipending = true;
        }
        s->ier = v & 0x0f;
        break;
    case UART_FCR:
        serial_write_fcr(s, v);
        break;
    case UART_LCR:
        s->lcr = v;
        return;
    case UART_MCR:
        s->mcr = v & 0x1f;
        serial_input_room(s);
        break;
    case UART_LSR:
    case UART_MSR:
        return;                 /* read-only */
    case UART_SCR:
        s->scr = v;
        return;
    }
    serial_update_irq(s);
}

int serial_can_receive(void *opaque)
{
    SerialState *s = opaque;

    if (s->mcr & UART_MCR_LOOP) {
        return 0;
    }
    if (fifo_enabled(s)) {
        return UART_FIFO_LENGTH - s->recv_fifo.num;
    }
    return (s->lsr & UART_LSR_DR) ? 0 : 1;
}

void serial_receive(void *opaque, const uint8_t *buf, int size)
{
    SerialState *s = opaque;
    int i;

    for (i = 0; i < size; i++) {
        serial_rx_byte(s, buf[i]);
    }
    serial_update_irq(s);
}

void serial_reset(SerialState *s)
{
    s->rbr = 0;
    s->ier = 0;
    s->iir = UART_IIR_NO_INT;
    s->lcr = 0;
    s->mcr = UART_MCR_OUT2;
    s->lsr = UART_LSR_TEMT | UART_LSR_THRE;
    s->msr = UART_MSR_DCD | UART_MSR_DSR | UART_MSR_CTS;
    s->scr = 0;
    s->fcr = 0;
    s->divider = 12;
    s->thr_ipending = false;
    s->timeout_ipending = false;
    s->recv_fifo.num = 0;
    s->recv_fifo.head = 0;
    serial_tx_flush(s);
    timer_del(s->fifo_timeout_timer);
    qemu_irq_lower(s->irq);
    serial_input_room(s);
}

static void serial_device_reset(DeviceState *dev)
{
    serial_reset(SERIAL(dev));
}

static void serial_realize(DeviceState *dev, Error **errp)
{
    SerialState *s = SERIAL(dev);

    s->fifo_timeout_timer = timer_new_ns(QEMU_CLOCK_VIRTUAL,
                                         fifo_timeout_cb, s);
    qemu_chr_fe_set_handlers(&s->chr, serial_can_receive, serial_receive,
                             NULL, s);
    serial_reset(s);
}

static void serial_unrealize(DeviceState *dev)
{
    SerialState *s = SERIAL(dev);

    qemu_chr_fe_set_handlers(&s->chr, NULL, NULL, NULL, NULL);
    serial_tx_stop_wait(s);
    timer_free(s->fifo_timeout_timer);
    s->fifo_timeout_timer = NULL;
}

static Property serial_props[] = {
    DEFINE_PROP_UINT32("baudbase", SerialState, baudbase, 115200),
    DEFINE_PROP_CHR("chardev", SerialState, chr),
    DEFINE_PROP_END_OF_LIST(),
};

static void serial_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->realize = serial_realize;
    dc->unrealize = serial_unrealize;
    dc->reset = serial_device_reset;
    device_class_set_props(dc, serial_props);
}

/* serial-mm: the UART on the system bus, registers 1 << regshift apart. */
static uint64_t serial_mm_read(void *opaque, hwaddr addr, unsigned size)
{
    SerialMM *smm = opaque;

    return serial_ioport_read(&smm->serial, addr >> smm->regshift, 1);
}

static void serial_mm_write(void *opaque, hwaddr addr, uint64_t value,
                            unsigned size)
{
    SerialMM *smm = opaque;

    serial_ioport_write(&smm->serial, addr >> smm->regshift, value & 0xff, 1);
}

#define SERIAL_MM_OPS(_endian) {                \
        .read = serial_mm_read,                 \
        .write = serial_mm_write,               \
        .endianness = (_endian),                \
        .valid.min_access_size = 1,             \
        .valid.max_access_size = 8,             \
        .impl.min_access_size = 1,              \
        .impl.max_access_size = 1,              \
    }

static const MemoryRegionOps serial_mm_ops[] = {
    [DEVICE_NATIVE_ENDIAN] = SERIAL_MM_OPS(DEVICE_NATIVE_ENDIAN),
    [DEVICE_BIG_ENDIAN] = SERIAL_MM_OPS(DEVICE_BIG_ENDIAN),
    [DEVICE_LITTLE_ENDIAN] = SERIAL_MM_OPS(DEVICE_LITTLE_ENDIAN),
};

static void serial_mm_instance_init(Object *obj)
{
    SerialMM *smm = SERIAL_MM(obj);

    object_initialize_child(obj, "serial", &smm->serial, TYPE_SERIAL);
    object_property_add_alias(obj, "baudbase", OBJECT(&smm->serial),
                              "baudbase");
    object_property_add_alias(obj, "chardev", OBJECT(&smm->serial),
                              "chardev");
}

static void serial_mm_realize(DeviceState *dev, Error **errp)
{
    SerialMM *smm = SERIAL_MM(dev);
    SerialState *s = &smm->serial;

    if (smm->endianness >= ARRAY_SIZE(serial_mm_ops)) {
        error_setg(errp, "serial-mm: invalid endianness %u",
                   smm->endianness);
        return;
    }
    if (!qdev_realize(DEVICE(s), NULL, errp)) {
        return;
    }
    memory_region_init_io(&s->io, OBJECT(dev),
                          &serial_mm_ops[smm->endianness], smm, "serial",
                          8 << smm->regshift);
    sysbus_init_mmio(SYS_BUS_DEVICE(dev), &s->io);
    sysbus_init_irq(SYS_BUS_DEVICE(dev), &s->irq);
}

/* The UART is not on a bus of its own: reset it with its container. */
static void serial_mm_reset(DeviceState *dev)
{
    device_cold_reset(DEVICE(&SERIAL_MM(dev)->serial));
}

static Property serial_mm_props[] = {
    DEFINE_PROP_UINT8("regshift", SerialMM, regshift, 0),
    DEFINE_PROP_UINT8("endianness", SerialMM, endianness,
                      DEVICE_NATIVE_ENDIAN),
    DEFINE_PROP_END_OF_LIST(),
};

static void serial_mm_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->realize = serial_mm_realize;
    dc->reset = serial_mm_reset;
    device_class_set_props(dc, serial_mm_props);
}

SerialMM *serial_mm_init(MemoryRegion *address_space, hwaddr base,
                         int regshift, qemu_irq irq, int baudbase,
                         Chardev *chr, device_endian end)
{
    SerialMM *smm = SERIAL_MM(object_new(TYPE_SERIAL_MM));
    DeviceState *dev = DEVICE(smm);

    qdev_prop_set_uint8(dev, "regshift", regshift);
    qdev_prop_set_uint32(dev, "baudbase", baudbase);
    qdev_prop_set_chr(dev, "chardev", chr);
    qdev_prop_set_uint8(dev, "endianness", end);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(smm), &error_fatal);
    sysbus_connect_irq(SYS_BUS_DEVICE(smm), 0, irq);
    memory_region_add_subregion(address_space, base,
                                sysbus_mmio_get_region(SYS_BUS_DEVICE(smm),
                                                       0));
    return smm;
}

static const TypeInfo serial_types[] = {
    {
        .name = TYPE_SERIAL,
        .parent = TYPE_DEVICE,
        .instance_size = sizeof(SerialState),
        .class_init = serial_class_init,
    }, {
        .name = TYPE_SERIAL_MM,
        .parent = TYPE_SYS_BUS_DEVICE,
        .instance_size = sizeof(SerialMM),
        .instance_init = serial_mm_instance_init,
        .class_init = serial_mm_class_init,
    },
};

DEFINE_TYPES(serial_types)
