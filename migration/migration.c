/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * migration.c: the incoming side of migration as far as qlite has it:
 * -incoming and the migrate-incoming QMP command, with QEMU 8.2's checks
 * and messages (see include/migration/misc.h).  There is no transport
 * (tcp, unix, vsock, exec, fd, file, rdma): starting one fails with the
 * message QEMU gives for a transport it was built without.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qobject/qdict.h"
#include "migration/misc.h"
#include "monitor/qmp-cmds.h"
#include "sysemu/runstate.h"

/* Whether an incoming migration was started (it can be only once). */
static bool incoming_started;

static void qemu_start_incoming_migration(const char *uri,
                                          bool has_channels, Error **errp)
{
    if (uri && has_channels) {
        error_setg(errp, "'uri' and 'channels' arguments are mutually "
                   "exclusive; exactly one of the two should be present in "
                   "'migrate-incoming' qmp command ");
    } else if (uri) {
        error_setg(errp, "unknown migration protocol: %s", uri);
    } else if (has_channels) {
        error_setg(errp, "migration is not supported by this build");
    } else {
        error_setg(errp, "neither 'uri' or 'channels' argument are "
                   "specified in 'migrate-incoming' qmp command ");
    }
}

void qmp_migrate_incoming(const char *uri, bool has_channels, Error **errp)
{
    Error *local_err = NULL;

    if (incoming_started) {
        error_setg(errp, "The incoming migration has already been started");
        return;
    }
    if (!runstate_check(RUN_STATE_INMIGRATE)) {
        error_setg(errp, "'-incoming' was not specified on the command line");
        return;
    }
    qemu_start_incoming_migration(uri, has_channels, &local_err);
    if (local_err) {
        error_propagate(errp, local_err);
        return;
    }
    incoming_started = true;
}

void migration_incoming_cmdline(const char *incoming)
{
    Error *err = NULL;

    if (!strcmp(incoming, "defer")) {
        return;
    }
    qmp_migrate_incoming(incoming, false, &err);
    if (err) {
        error_reportf_err(err, "-incoming %s: ", incoming);
        exit(1);
    }
}

static QObject *qmp_cmd_migrate_incoming(MonitorQMP *mon, QDict *args,
                                         Error **errp)
{
    Error *err = NULL;

    qmp_migrate_incoming(qdict_get_try_str(args, "uri"),
                         qdict_haskey(args, "channels"), &err);
    if (err) {
        error_propagate(errp, err);
        return NULL;
    }
    return QOBJECT(qdict_new());
}

static const QmpArg qmp_migrate_incoming_args[] = {
    { .name = "uri", .type = QMP_ARG_STR, .optional = true },
    { .name = "channels", .type = QMP_ARG_LIST, .optional = true },
    { NULL }
};

static const QmpCommand qmp_migration_cmds[] = {
    { .name = "migrate-incoming", .fn = qmp_cmd_migrate_incoming,
      .args = qmp_migrate_incoming_args },
};

void migration_register_commands(void)
{
    qmp_register_commands(qmp_migration_cmds,
                          ARRAY_SIZE(qmp_migration_cmds));
}
