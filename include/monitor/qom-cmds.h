/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qom-cmds.h: the QMP commands over the QOM tree and types: qom-list,
 * qom-get, qom-set, qom-list-types, object-add, object-del and
 * device-list-properties.
 */
#ifndef MONITOR_QOM_CMDS_H
#define MONITOR_QOM_CMDS_H

/* Register the commands above (called by qmp_init_commands). */
void qom_register_commands(void);

#endif
