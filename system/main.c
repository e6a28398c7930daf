/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * main.c: the system emulator's main(), as QEMU's: build everything from
 * the command line, then run until the machine is done.
 */
#include "qemu/osdep.h"
#include "sysemu/sysemu.h"

int main(int argc, char **argv)
{
    qemu_init(argc, argv);
    return qemu_main();
}
