/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev.h: the monitor's and the command line's view of devices: the
 * device tree as info qtree prints it, and -device.
 */
#ifndef MONITOR_QDEV_H
#define MONITOR_QDEV_H

/* Append the device tree from the main system bus down, as info qtree. */
void qdev_qtree_info(GString *out);

#endif
