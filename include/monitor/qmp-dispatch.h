/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qmp-dispatch.h: the QMP command table and request dispatcher.
 *
 * Each command declares its arguments (name, JSON type, optional); the
 * dispatcher checks a request against that list in declaration order and
 * reports QEMU's QAPI texts ("Parameter 'x' is missing", "Parameter 'x' is
 * unexpected", "Invalid parameter type for 'x', expected: string") before
 * the handler runs, so handlers only see well-typed arguments.
 */
#ifndef MONITOR_QMP_DISPATCH_H
#define MONITOR_QMP_DISPATCH_H

#include "qobject/qdict.h"

typedef struct Error Error;
typedef struct MonitorQMP MonitorQMP;

typedef enum QmpArgType {
    QMP_ARG_STR,
    QMP_ARG_INT,
    QMP_ARG_BOOL,
    QMP_ARG_NUMBER,
    QMP_ARG_DICT,
    QMP_ARG_LIST,
    QMP_ARG_ANY,
} QmpArgType;

typedef struct QmpArg {
    const char *name;
    QmpArgType type;
    bool optional;
} QmpArg;

/*
 * A handler: @args is the (checked) arguments dict, never NULL.  Returns
 * the "return" value (a new reference), or NULL with @errp set.
 */
typedef QObject *QmpCommandFunc(MonitorQMP *mon, QDict *args, Error **errp);

typedef struct QmpCommand {
    const char *name;
    QmpCommandFunc *fn;
    const QmpArg *args;         /* ends with a NULL name; NULL: none */
    bool extra_args;            /* members beyond @args pass unchecked */
    bool allow_preconfig;       /* runs before the machine is ready */
} QmpCommand;

/* Add @cmd (static storage) to the table. */
void qmp_register_command(const QmpCommand *cmd);

/* Add the @n commands of the array @cmds (static storage). */
void qmp_register_commands(const QmpCommand *cmds, size_t n);

/* The command named @name, or NULL. */
const QmpCommand *qmp_find_command(const char *name);

/* Call @fn for each command, most recently registered first. */
void qmp_for_each_command(void (*fn)(const QmpCommand *cmd, void *opaque),
                          void *opaque);

/*
 * qmp_dispatch: run @request for @mon and build its response dict
 * ({"return": ...} or {"error": ...}, plus "id" when the request has
 * one).  @negotiating: only qmp_capabilities exists (anything else is
 * CommandNotFound); @oob_enabled: "exec-oob" is accepted as a member.
 */
QDict *qmp_dispatch(MonitorQMP *mon, QObject *request, bool negotiating,
                    bool oob_enabled);

/* {"error": {"class": ..., "desc": ...}} for @err, which is freed. */
QDict *qmp_error_response(Error *err);

/*
 * qmp_check_args: check @args against the NULL-terminated @decl, QEMU's
 * way (first bad member in declaration order, then unexpected members
 * unless @extra_ok).  Returns false with @errp set.
 */
bool qmp_check_args(const QmpArg *decl, const QDict *args, bool extra_ok,
                    Error **errp);

#endif
