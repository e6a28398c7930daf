/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl-serial.c: the character back ends of -serial (and the default
 * serial port -nographic or the virtual console gives), created after
 * the monitors as QEMU 8.2 does: serial port N gets the chardev
 * "serialN" from the short syntax ("stdio", "mon:stdio", "file:PATH",
 * "tcp:...", "chardev:ID", ...); "none" gives no port.  Boards find
 * them with serial_hd().
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "qemu/error-report.h"
#include "chardev/char.h"
#include "monitor/monitor.h"
#include "sysemu/sysemu.h"
#include "sysemu/vl.h"

static Chardev **serial_hds;
static int num_serial_hds;

Chardev *serial_hd(int i)
{
    assert(i >= 0);
    return i < num_serial_hds ? serial_hds[i] : NULL;
}

int serial_max_hds(void)
{
    return num_serial_hds;
}

/* The chardev @spec names, or NULL after reporting why not. */
static Chardev *serial_chr_new(const char *label, const char *spec)
{
    Error *err = NULL;
    const char *id;
    QemuOpts *opts;
    Chardev *chr;

    if (strstart(spec, "chardev:", &id)) {
        return qemu_chr_find(id);
    }
    opts = qemu_chr_parse_compat(label, spec, true);
    if (!opts) {
        return NULL;
    }
    chr = qemu_chr_new_from_opts(opts, &err);
    if (chr && strstart(spec, "mon:", NULL) &&
        !monitor_init_hmp(chr, true, &err)) {
        chr = NULL;
    }
    if (!chr) {
        error_report_err(err);
    }
    qemu_opts_del(opts);
    return chr;
}

static bool serial_parse(const char *spec)
{
    g_autofree char *label = NULL;
    Chardev *chr;

    if (!strcmp(spec, "none")) {
        return true;
    }
    label = g_strdup_printf("serial%d", num_serial_hds);
    chr = serial_chr_new(label, spec);
    if (!chr) {
        error_report("could not connect serial device to character "
                     "backend '%s'", spec);
        return false;
    }
    serial_hds = g_renew(Chardev *, serial_hds, num_serial_hds + 1);
    serial_hds[num_serial_hds++] = chr;
    return true;
}

void qemu_create_serial_backends(void)
{
    DeviceConfig *conf;

    for (conf = vl.device_configs; conf; conf = conf->next) {
        if (conf->type != DEV_SERIAL) {
            continue;
        }
        loc_push_restore(&conf->loc);
        if (!serial_parse(conf->cmdline)) {
            exit(1);
        }
        loc_pop(&conf->loc);
    }
}
