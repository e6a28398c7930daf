/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * reset.h: what a system reset resets.  Boards and devices register a
 * handler per thing to reset (a CPU, a device, the ROM blobs);
 * qemu_system_reset runs them all, in registration order, before it
 * emits the RESET event.
 */
#ifndef SYSEMU_RESET_H
#define SYSEMU_RESET_H

typedef void QEMUResetHandler(void *opaque);

/* Call @func(@opaque) at every system reset (and the one at start-up). */
void qemu_register_reset(QEMUResetHandler *func, void *opaque);
/* Forget a handler registered with the same @func and @opaque. */
void qemu_unregister_reset(QEMUResetHandler *func, void *opaque);
/* Run every handler, in registration order. */
void qemu_devices_reset(void);

#endif
