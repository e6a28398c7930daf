/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qmp-chardev.c: QMP and human monitors on character devices.
 *
 * The chardev is the transport: its open event starts a session, its
 * input feeds the monitor, and the monitor's output is written to it.
 * Mirrors what QEMU's monitor_init_qmp, monitor_init_hmp and
 * mon_init_func do for -qmp, -qmp-pretty, -monitor and -mon.
 *
 * A human monitor whose chardev opens during start-up greets only once
 * start-up is done (monitor_startup_done), as QEMU holds back its muxes'
 * open events until then: on a mux (mon:stdio, -nographic) the serial
 * port that takes the focus during machine creation keeps the screen
 * quiet, and the banner waits until the user switches to the monitor
 * with Ctrl-A c.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "chardev/char.h"
#include "chardev/char-fe.h"
#include "monitor/hmp.h"
#include "monitor/monitor.h"
#include "monitor/qmp.h"

typedef struct MonitorChardev {
    CharBackend chr;
    MonitorQMP *mon;            /* a QMP monitor, or */
    MonitorHMP *hmp;            /* a human one */
    bool open_pending;          /* hmp: opened before start-up ended */
} MonitorChardev;

static GSList *monitor_chardevs;
static bool monitor_started;

static void monitor_chardev_output(void *opaque, const char *buf,
                                   size_t len)
{
    MonitorChardev *m = opaque;

    qemu_chr_fe_write_all(&m->chr, (const uint8_t *)buf, len);
}

static int monitor_chardev_can_read(void *opaque)
{
    /* Requests run as they are parsed, so input is always welcome. */
    return 4096;
}

static void monitor_chardev_read(void *opaque, const uint8_t *buf, int size)
{
    MonitorChardev *m = opaque;

    if (m->hmp) {
        monitor_hmp_feed(m->hmp, buf, size);
    } else {
        monitor_qmp_feed(m->mon, (const char *)buf, size);
    }
}

static void monitor_chardev_event(void *opaque, QEMUChrEvent event)
{
    MonitorChardev *m = opaque;

    if (event == CHR_EVENT_OPENED) {
        monitor_qmp_connect(m->mon);
    }
}

static void monitor_chardev_hmp_event(void *opaque, QEMUChrEvent event)
{
    MonitorChardev *m = opaque;

    switch (event) {
    case CHR_EVENT_OPENED:
        if (monitor_started) {
            monitor_hmp_opened(m->hmp);
        } else {
            m->open_pending = true;
        }
        break;
    case CHR_EVENT_MUX_IN:
        monitor_hmp_focus_in(m->hmp);
        break;
    case CHR_EVENT_MUX_OUT:
        monitor_hmp_focus_out(m->hmp);
        break;
    default:
        break;
    }
}

static void monitor_chardev_hmp_output(void *opaque, const char *buf,
                                       size_t len)
{
    MonitorChardev *m = opaque;

    qemu_chr_fe_write_all(&m->chr, (const uint8_t *)buf, len);
}

bool monitor_init_hmp(Chardev *chr, bool use_readline, Error **errp)
{
    MonitorChardev *m = g_new0(MonitorChardev, 1);

    if (!qemu_chr_fe_init(&m->chr, chr, errp)) {
        g_free(m);
        return false;
    }
    m->hmp = monitor_hmp_new(monitor_chardev_hmp_output, m, use_readline);
    monitor_chardevs = g_slist_append(monitor_chardevs, m);
    qemu_chr_fe_set_handlers(&m->chr, monitor_chardev_can_read,
                             monitor_chardev_read, monitor_chardev_hmp_event,
                             m);
    return true;
}

/*
 * QEMU offers "oob" on chardevs that can move to the monitor's I/O
 * thread: those that watch a descriptor (socket, stdio, pipe, pty, udp,
 * file) and muxes; not null or ringbuf.
 */
static bool monitor_chardev_offers_oob(Chardev *chr)
{
    return CHARDEV_GET_CLASS(chr)->chr_accept_input ||
           object_dynamic_cast(OBJECT(chr), "chardev-file");
}

bool monitor_init_qmp(Chardev *chr, bool pretty, Error **errp)
{
    MonitorChardev *m = g_new0(MonitorChardev, 1);
    bool oob = monitor_chardev_offers_oob(chr);

    if (!qemu_chr_fe_init(&m->chr, chr, errp)) {
        g_free(m);
        return false;
    }
    m->mon = monitor_qmp_new(monitor_chardev_output, m, pretty, oob);
    monitor_chardevs = g_slist_append(monitor_chardevs, m);
    qemu_chr_fe_set_handlers(&m->chr, monitor_chardev_can_read,
                             monitor_chardev_read, monitor_chardev_event, m);
    return true;
}

int monitor_init_opts(void *opaque, QemuOpts *opts, Error **errp)
{
    const char *mode = qemu_opt_get(opts, "mode");
    const char *id = qemu_opt_get(opts, "chardev");
    bool ok;
    Chardev *chr;

    mode = mode ? mode : "readline";
    if (strcmp(mode, "readline") && strcmp(mode, "control")) {
        error_setg(errp, "Parameter 'mode' does not accept value '%s'", mode);
        return -1;
    }
    chr = id ? qemu_chr_find(id) : NULL;
    if (!chr) {
        error_setg(errp, "chardev \"%s\" not found", id ? id : "");
        return -1;
    }
    if (!strcmp(mode, "readline")) {
        ok = monitor_init_hmp(chr, true, errp);
    } else {
        ok = monitor_init_qmp(chr, qemu_opt_get_bool(opts, "pretty", false),
                              errp);
    }
    return ok ? 0 : -1;
}

void monitor_startup_done(void)
{
    GSList *l;

    monitor_started = true;
    for (l = monitor_chardevs; l; l = l->next) {
        MonitorChardev *m = l->data;

        if (m->open_pending) {
            m->open_pending = false;
            monitor_hmp_opened(m->hmp);
        }
    }
}

void monitor_cleanup(void)
{
    while (monitor_chardevs) {
        MonitorChardev *m = monitor_chardevs->data;

        monitor_chardevs = g_slist_remove(monitor_chardevs, m);
        /* A QMP monitor may still send a held reply: chardev last. */
        monitor_hmp_free(m->hmp);
        monitor_qmp_free(m->mon);
        qemu_chr_fe_deinit(&m->chr, false);
        g_free(m);
    }
}
