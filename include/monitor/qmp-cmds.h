/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qmp-cmds.h: the QMP commands qlite implements, and their registration.
 */
#ifndef MONITOR_QMP_CMDS_H
#define MONITOR_QMP_CMDS_H

#include "monitor/qmp-dispatch.h"

/* Register every command (once; later calls do nothing). */
void qmp_init_commands(void);

/* query-version's value: {"qemu": {...}, "package": "..."}; new ref. */
QObject *qmp_version_info(void);

/* qmp_capabilities (monitor/qmp.c: it changes the monitor's state). */
extern const QmpCommand qmp_capabilities_cmd;

/*
 * The run state query-status reports, until system/runstate.c keeps
 * one: "prelaunch" before the machine is ready or while -S holds it,
 * "running" after start or cont, "paused" after stop.
 */
const char *qmp_runstate_name(void);

#endif
