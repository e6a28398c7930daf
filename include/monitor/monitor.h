/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * monitor.h: monitors on character devices (-qmp, -qmp-pretty, -mon).
 *
 * A QMP monitor attaches to its chardev as the front end: each time the
 * chardev opens (a client connects to a socket, or at once for an
 * always-open back end) the monitor starts a new session with the
 * greeting; bytes read go to the QMP parser and responses are written
 * back.  The greeting offers "oob" on socket chardevs, as QEMU does.
 */
#ifndef MONITOR_MONITOR_H
#define MONITOR_MONITOR_H

#include "qemu/option.h"

typedef struct Chardev Chardev;

/*
 * monitor_init_qmp: a QMP monitor on @chr (pretty JSON with @pretty).
 * Returns false with @errp set if @chr already has a front end
 * ("Device 'ID' is in use").
 */
bool monitor_init_qmp(Chardev *chr, bool pretty, Error **errp);

/*
 * monitor_init_hmp: a human monitor on @chr, editing lines and showing
 * the "(qemu) " prompt with @use_readline.  Returns false with @errp set
 * if @chr cannot take another front end.
 */
bool monitor_init_hmp(Chardev *chr, bool use_readline, Error **errp);

/*
 * monitor_init_opts: qemu_opts_foreach callback over the "mon" group,
 * as QEMU's mon_init_func: mode=control gets a QMP monitor on the
 * chardev named by "chardev" ('chardev "ID" not found' if there is
 * none), mode=readline a human monitor.
 * Returns 0, or -1 with @errp set.
 */
int monitor_init_opts(void *opaque, QemuOpts *opts, Error **errp);

/*
 * monitor_startup_done: the end of qemu_init: human monitors whose
 * chardev opened during start-up greet now (from here on, at once).
 */
void monitor_startup_done(void);

/* Detach and free every monitor made by the functions above. */
void monitor_cleanup(void);

#endif
