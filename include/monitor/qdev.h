/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev.h: the monitor's and the command line's view of devices: the
 * device tree as info qtree prints it, and -device.
 */
#ifndef MONITOR_QDEV_H
#define MONITOR_QDEV_H

#include "hw/qdev-core.h"
#include "qemu/option.h"

/* Append the device tree from the main system bus down, as info qtree. */
void qdev_qtree_info(GString *out);

/*
 * qdev_device_add: create, configure and realize the device @opts (a
 * -device group entry) describes; NULL with @errp set (QEMU's messages)
 * if the driver is not a user-creatable device type, a property or the
 * bus is wrong, or realize fails.
 */
DeviceState *qdev_device_add(QemuOpts *opts, Error **errp);

/*
 * -device DRIVER,help: the properties of a DRIVER instance, as
 * device-list-properties lists them, or QEMU's error for a DRIVER that
 * is not a non-abstract device type.
 */
void qdev_device_help_props(const char *driver);

/* The properties device lists leave out (QOM and qdev internals). */
bool qdev_prop_hidden_from_lists(const char *name);

#endif
