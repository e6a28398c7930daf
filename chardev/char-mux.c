/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-mux.c: the mux chardev that mux=on (and "mon:" short syntax) puts
 * in front of a back end, so that up to MAX_MUX front ends (a serial port
 * and a monitor) share it.  Output from every front end goes through;
 * input goes to the front end with the focus.  Ctrl-A escapes, read from
 * the input: h help, x quit, c switch focus, b break, t timestamps on
 * output lines ("[HH:MM:SS.mmm] " since the first one), Ctrl-A a literal
 * Ctrl-A.
 *
 * Each front end has a small input queue, as in QEMU: bytes its front
 * end cannot take yet (a paused guest's full UART) wait there, and the
 * mux keeps reading while the queue has room, so that the escapes still
 * work.  The queue drains when its front end accepts input again.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "chardev/char-fe.h"
#include "qemu/timer.h"
#include "chardev-internal.h"

#define MUX_ESCAPE_CHAR 0x01   /* Ctrl-A */
#define MUX_QUEUE_SIZE 32       /* bytes; a power of two */

/* Input for one front end that it could not take yet. */
typedef struct MuxQueue {
    uint8_t buf[MUX_QUEUE_SIZE];
    unsigned int head;          /* next to deliver; free-running */
    unsigned int tail;          /* next free slot; free-running */
} MuxQueue;

typedef struct MuxChardev {
    Chardev parent_obj;

    CharBackend *backends[MAX_MUX];
    MuxQueue queues[MAX_MUX];
    CharBackend chr;        /* this mux as the front end of its base */
    int mux_cnt;
    int focus;              /* -1 before any front end set handlers */
    bool term_got_escape;
    bool timestamps;        /* Ctrl-A t */
    bool linestart;         /* the next output byte starts a line */
    int64_t timestamps_start;   /* ms of the first stamp; -1: none yet */
} MuxChardev;

DECLARE_INSTANCE_CHECKER(MuxChardev, MUX_CHARDEV, TYPE_CHARDEV_MUX)

bool chardev_is_mux(Chardev *chr)
{
    return object_dynamic_cast(OBJECT(chr), TYPE_CHARDEV_MUX) != NULL;
}

/* "[HH:MM:SS.mmm] ": the time since the first stamp. */
static void mux_write_stamp(MuxChardev *d)
{
    int64_t now = qemu_clock_get_ms(QEMU_CLOCK_REALTIME);
    int64_t ms, secs;

    if (d->timestamps_start < 0) {
        d->timestamps_start = now;
    }
    ms = now - d->timestamps_start;
    secs = ms / 1000;
    qemu_chr_fe_printf(&d->chr, "[%02d:%02d:%02d.%03d] ", (int)(secs / 3600),
                       (int)(secs / 60 % 60), (int)(secs % 60),
                       (int)(ms % 1000));
}

static int mux_chr_write(Chardev *chr, const uint8_t *buf, int len)
{
    MuxChardev *d = MUX_CHARDEV(chr);
    const uint8_t *nl;
    int done = 0;
    int n, ret;

    if (!d->timestamps) {
        return qemu_chr_fe_write(&d->chr, buf, len);
    }
    while (done < len) {
        if (d->linestart) {
            mux_write_stamp(d);
            d->linestart = false;
        }
        nl = memchr(buf + done, '\n', len - done);
        n = nl ? nl - (buf + done) + 1 : len - done;
        ret = qemu_chr_fe_write(&d->chr, buf + done, n);
        if (ret <= 0) {
            return done ? done : ret;
        }
        done += ret;
        d->linestart = buf[done - 1] == '\n';
        if (ret < n) {
            break;
        }
    }
    return done;
}

static void mux_print_help(MuxChardev *d)
{
    static const char *const lines[] = {
        "C-a h    print this help",
        "C-a x    exit emulator",
        "C-a s    save disk data back to file (if -snapshot)",
        "C-a t    toggle console timestamps",
        "C-a b    send break (magic sysrq)",
        "C-a c    switch between console and monitor",
        "C-a C-a  sends C-a",
    };
    size_t i;

    qemu_chr_fe_printf(&d->chr, "\n\r");
    for (i = 0; i < ARRAY_SIZE(lines); i++) {
        qemu_chr_fe_printf(&d->chr, "%s\n\r", lines[i]);
    }
}

static void mux_drain_queue(MuxChardev *d);

static void mux_chr_send_event(MuxChardev *d, int tag, QEMUChrEvent event)
{
    CharBackend *be = tag >= 0 && tag < d->mux_cnt ? d->backends[tag] : NULL;

    if (be && be->chr_event) {
        be->chr_event(be->opaque, event);
    }
}

void mux_set_focus(Chardev *chr, int focus)
{
    MuxChardev *d = MUX_CHARDEV(chr);

    assert(focus >= 0 && focus < d->mux_cnt);
    mux_chr_send_event(d, d->focus, CHR_EVENT_MUX_OUT);
    d->focus = focus;
    mux_chr_send_event(d, d->focus, CHR_EVENT_MUX_IN);
    mux_drain_queue(d);
    qemu_chr_fe_accept_input(&d->chr);
}

/* Act on an escape sequence's second byte; true to deliver @ch. */
static bool mux_proc_escape(MuxChardev *d, uint8_t ch)
{
    static const char term[] = "QEMU: Terminated\n\r";

    d->term_got_escape = false;
    switch (ch) {
    case MUX_ESCAPE_CHAR:
        return true;
    case 'h':
    case '?':
        mux_print_help(d);
        break;
    case 'x':
        qemu_chr_fe_write_all(&d->chr, (const uint8_t *)term,
                              strlen(term));
        exit(0);
    case 'b':
        mux_chr_send_event(d, d->focus, CHR_EVENT_BREAK);
        break;
    case 't':
        d->timestamps = !d->timestamps;
        d->timestamps_start = -1;
        d->linestart = false;
        break;
    case 'c':
        if (d->mux_cnt) {
            mux_set_focus(&d->parent_obj,
                          (d->focus + 1) % d->mux_cnt);
        }
        break;
    default:
        break;
    }
    return false;
}

static CharBackend *mux_focused(MuxChardev *d)
{
    return d->focus >= 0 ? d->backends[d->focus] : NULL;
}

static bool mux_be_can_take(CharBackend *be)
{
    return be && be->chr_read &&
           (!be->chr_can_read || be->chr_can_read(be->opaque) > 0);
}

/* Hand the focused front end what its queue holds, while it takes it. */
static void mux_drain_queue(MuxChardev *d)
{
    CharBackend *be = mux_focused(d);
    MuxQueue *q;

    if (!be) {
        return;
    }
    q = &d->queues[d->focus];
    while (q->head != q->tail && mux_be_can_take(be)) {
        be->chr_read(be->opaque, &q->buf[q->head++ % MUX_QUEUE_SIZE], 1);
    }
}

/* Give @ch to the focused front end, or queue it behind earlier bytes. */
static void mux_deliver(MuxChardev *d, uint8_t ch)
{
    CharBackend *be = mux_focused(d);
    MuxQueue *q;

    if (!be || !be->chr_read) {
        return;                 /* nobody reads: dropped, as in QEMU */
    }
    q = &d->queues[d->focus];
    if (q->head == q->tail && mux_be_can_take(be)) {
        be->chr_read(be->opaque, &ch, 1);
    } else if (q->tail - q->head < MUX_QUEUE_SIZE) {
        q->buf[q->tail++ % MUX_QUEUE_SIZE] = ch;
    }
}

static int mux_chr_can_read(void *opaque)
{
    MuxChardev *d = opaque;
    CharBackend *be = mux_focused(d);
    MuxQueue *q;

    if (!be) {
        /* Still read, one byte at a time, so the escapes work. */
        return 1;
    }
    q = &d->queues[d->focus];
    if (q->tail - q->head < MUX_QUEUE_SIZE) {
        return 1;
    }
    return be->chr_can_read ? be->chr_can_read(be->opaque) : 1;
}

static void mux_chr_read(void *opaque, const uint8_t *buf, int size)
{
    MuxChardev *d = opaque;
    bool deliver;
    int i;

    for (i = 0; i < size; i++) {
        if (d->term_got_escape) {
            deliver = mux_proc_escape(d, buf[i]);
        } else if (buf[i] == MUX_ESCAPE_CHAR) {
            d->term_got_escape = true;
            deliver = false;
        } else {
            deliver = true;
        }
        if (deliver) {
            mux_deliver(d, buf[i]);
        }
    }
}

static void mux_chr_event(void *opaque, QEMUChrEvent event)
{
    MuxChardev *d = opaque;
    int i;

    qemu_chr_be_event(&d->parent_obj, event);
    for (i = 0; i < d->mux_cnt; i++) {
        mux_chr_send_event(d, i, event);
    }
}

bool mux_chr_attach_frontend(Chardev *chr, CharBackend *b, Error **errp)
{
    MuxChardev *d = MUX_CHARDEV(chr);

    if (d->mux_cnt >= MAX_MUX) {
        error_setg(errp, "too many uses of multiplexed chardev '%s'",
                   chr->label);
        return false;
    }
    b->tag = d->mux_cnt;
    d->backends[d->mux_cnt++] = b;
    return true;
}

void mux_chr_detach_frontend(Chardev *chr, CharBackend *b)
{
    MuxChardev *d = MUX_CHARDEV(chr);

    d->backends[b->tag] = NULL;
}

static void mux_chr_accept_input(Chardev *chr)
{
    MuxChardev *d = MUX_CHARDEV(chr);

    mux_drain_queue(d);
    qemu_chr_fe_accept_input(&d->chr);
}

static bool mux_chr_open(Chardev *chr, QemuOpts *opts, bool *be_opened,
                         Error **errp)
{
    MuxChardev *d = MUX_CHARDEV(chr);
    const char *base_id = qemu_opt_get(opts, "chardev");
    Chardev *base;

    if (!base_id) {
        error_setg(errp, "chardev: mux: no chardev given");
        return false;
    }
    base = qemu_chr_find(base_id);
    if (!base) {
        error_setg(errp, "mux: base chardev %s not found", base_id);
        return false;
    }
    d->focus = -1;
    if (!qemu_chr_fe_init(&d->chr, base, errp)) {
        return false;
    }
    *be_opened = base->be_open;
    qemu_chr_fe_set_handlers(&d->chr, mux_chr_can_read, mux_chr_read,
                             mux_chr_event, d);
    return true;
}

static void mux_chr_finalize(Object *obj)
{
    MuxChardev *d = MUX_CHARDEV(obj);
    int i;

    for (i = 0; i < d->mux_cnt; i++) {
        if (d->backends[i]) {
            d->backends[i]->chr = NULL;
        }
    }
    qemu_chr_fe_deinit(&d->chr, false);
}

/* Output waits on the chardev the front ends share. */
static guint mux_chr_add_watch(Chardev *chr, GIOCondition cond,
                               FEWatchFunc *func, void *opaque)
{
    return qemu_chr_fe_add_watch(&MUX_CHARDEV(chr)->chr, cond, func, opaque);
}

static void mux_chr_class_init(ObjectClass *oc, void *data)
{
    ChardevClass *cc = CHARDEV_CLASS(oc);

    cc->open = mux_chr_open;
    cc->chr_write = mux_chr_write;
    cc->chr_add_watch = mux_chr_add_watch;
    cc->chr_accept_input = mux_chr_accept_input;
}

static const TypeInfo mux_chr_type_info = {
    .name = TYPE_CHARDEV_MUX,
    .parent = TYPE_CHARDEV,
    .instance_size = sizeof(MuxChardev),
    .instance_finalize = mux_chr_finalize,
    .class_init = mux_chr_class_init,
};

static void mux_chr_register_types(void)
{
    type_register_static(&mux_chr_type_info);
}

type_init(mux_chr_register_types);
