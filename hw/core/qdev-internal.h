/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qdev-internal.h: what qdev.c and bus.c share and nobody else needs:
 * plugging a device into a bus's list of children and out again.
 */
#ifndef HW_CORE_QDEV_INTERNAL_H
#define HW_CORE_QDEV_INTERNAL_H

#include "hw/qdev-core.h"

/* Put @dev at the head of @bus's children and make it @dev's bus. */
void bus_add_child(BusState *bus, DeviceState *dev);
/* Take @dev off its bus, if it is on one. */
void bus_remove_child(DeviceState *dev);

#endif
