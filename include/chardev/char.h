/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char.h: character device back-ends.  For now only what the command line
 * needs: the legacy short syntax of -serial/-monitor/-qmp.
 */
#ifndef CHARDEV_CHAR_H
#define CHARDEV_CHAR_H

/*
 * qemu_chr_parse_compat: turn the short syntax @filename ("stdio",
 * "mon:stdio", "tcp::4444,server=on,wait=off", "unix:PATH", "file:PATH",
 * "pipe:PATH", "udp:HOST:PORT", "pty", "null", "vc", "/dev/ttyS0") into a
 * -chardev QemuOpts with id @label.  "mon:" (a multiplexed chardev shared
 * with a monitor) is accepted only with @permit_mux_mon.  Returns NULL if
 * @filename is not valid short syntax or @label is taken.
 */
QemuOpts *qemu_chr_parse_compat(const char *label, const char *filename,
                                bool permit_mux_mon);

/* True if the short syntax @filename means the process's stdio. */
bool qemu_chr_spec_uses_stdio(const char *filename);

/* qemu_opts_foreach callback: non-zero for a -chardev stdio. */
int chardev_uses_stdio(void *opaque, QemuOpts *opts, Error **errp);

#endif
