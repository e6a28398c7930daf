/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * misc.h: what the rest of qlite sees of migration (migration/).
 *
 * qlite has no migration transport yet.  -incoming defer works (the
 * machine waits in run state "inmigrate"); every incoming URI, from the
 * command line or migrate-incoming, fails the way a QEMU build without
 * that transport fails: "unknown migration protocol: URI".
 */
#ifndef MIGRATION_MISC_H
#define MIGRATION_MISC_H

/*
 * QMP migrate-incoming with @uri (or, when @has_channels, a channel
 * list, which must come without @uri): QEMU 8.2's checks, then the
 * start of the transport, which fails here.
 */
void qmp_migrate_incoming(const char *uri, bool has_channels,
                          Error **errp);

/*
 * -incoming @incoming once the machine is ready: "defer" waits for
 * migrate-incoming; any URI is started now, and its failure is fatal
 * ("-incoming URI: reason", exit 1).
 */
void migration_incoming_cmdline(const char *incoming);

void migration_register_commands(void);

#endif
