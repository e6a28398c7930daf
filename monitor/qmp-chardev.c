/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qmp-chardev.c: QMP monitors on character devices.
 *
 * The chardev is the transport: its open event starts a session, its
 * input feeds the monitor, and the monitor's output is written to it.
 * Mirrors what QEMU's monitor_init_qmp and mon_init_func do for
 * -qmp, -qmp-pretty and -mon mode=control.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "chardev/char.h"
#include "chardev/char-fe.h"
#include "monitor/monitor.h"
#include "monitor/qmp.h"

typedef struct MonitorChardev {
    CharBackend chr;
    MonitorQMP *mon;
} MonitorChardev;

static GSList *monitor_chardevs;

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

    monitor_qmp_feed(m->mon, (const char *)buf, size);
}

static void monitor_chardev_event(void *opaque, QEMUChrEvent event)
{
    MonitorChardev *m = opaque;

    if (event == CHR_EVENT_OPENED) {
        monitor_qmp_connect(m->mon);
    }
}

bool monitor_init_qmp(Chardev *chr, bool pretty, Error **errp)
{
    MonitorChardev *m = g_new0(MonitorChardev, 1);
    bool oob = object_dynamic_cast(OBJECT(chr), "chardev-socket") != NULL;

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
    Chardev *chr;

    if (g_strcmp0(mode, "control")) {
        return 0;
    }
    chr = id ? qemu_chr_find(id) : NULL;
    if (!chr) {
        error_setg(errp, "chardev \"%s\" not found", id ? id : "");
        return -1;
    }
    if (!monitor_init_qmp(chr, qemu_opt_get_bool(opts, "pretty", false),
                          errp)) {
        return -1;
    }
    return 0;
}

void monitor_cleanup(void)
{
    while (monitor_chardevs) {
        MonitorChardev *m = monitor_chardevs->data;

        monitor_chardevs = g_slist_remove(monitor_chardevs, m);
        qemu_chr_fe_deinit(&m->chr, false);
        monitor_qmp_free(m->mon);
        g_free(m);
    }
}
