/* SPDX-License-Identifier: GPL-2.0-or-later */
/* sysemu.h: the system emulator's entry points (system/vl.c, runstate). */
#ifndef SYSEMU_SYSEMU_H
#define SYSEMU_SYSEMU_H

/* Parse the command line and build the machine (system/vl.c). */
void qemu_init(int argc, char **argv);
/* Run the main loop, clean up, and return the process exit status. */
int qemu_main(void);

/*
 * serial_hd: the chardev of serial port @i (from -serial, or the default
 * one), or NULL if there is no such port.  serial_max_hds: how many.
 */
typedef struct Chardev Chardev;
Chardev *serial_hd(int i);
int serial_max_hds(void);

#endif
