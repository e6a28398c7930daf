/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qmp-cmds.h: the QMP commands qlite implements, and their registration.
 */
#ifndef MONITOR_QMP_CMDS_H
#define MONITOR_QMP_CMDS_H

#include "monitor/qmp-dispatch.h"

/*
 * Register every command (once; later calls do nothing) and make
 * qapi_event_emit the run state's event emitter.
 */
void qmp_init_commands(void);

/* query-version's value: {"qemu": {...}, "package": "..."}; new ref. */
QObject *qmp_version_info(void);

/* query-chardev, chardev-add/remove, ringbuf-* (qmp-char-cmds.c). */
void qmp_char_register_commands(void);

/*
 * query-cpus-fast, query-kvm, query-iothreads and human-monitor-command
 * (qmp-machine-cmds.c).
 */
void qmp_machine_register_commands(void);

/* qmp_capabilities (monitor/qmp.c: it changes the monitor's state). */
extern const QmpCommand qmp_capabilities_cmd;

#endif
