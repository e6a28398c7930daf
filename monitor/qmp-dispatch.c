/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qmp-dispatch.c: the QMP command table and the request dispatcher.
 *
 * The checks and their messages follow QEMU 8.2's qmp_dispatch and its
 * QObject input visitor: the request members first, then the command's
 * existence, out-of-band use, the preconfig rule, and the arguments.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qstring.h"
#include "hw/qdev-core.h"
#include "monitor/qmp-dispatch.h"

static GSList *qmp_commands;

void qmp_register_command(const QmpCommand *cmd)
{
    assert(!qmp_find_command(cmd->name));
    qmp_commands = g_slist_prepend(qmp_commands, (gpointer)cmd);
}

void qmp_register_commands(const QmpCommand *cmds, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        qmp_register_command(&cmds[i]);
    }
}

const QmpCommand *qmp_find_command(const char *name)
{
    GSList *l;

    for (l = qmp_commands; l; l = l->next) {
        const QmpCommand *cmd = l->data;

        if (!strcmp(cmd->name, name)) {
            return cmd;
        }
    }
    return NULL;
}

void qmp_for_each_command(void (*fn)(const QmpCommand *cmd, void *opaque),
                          void *opaque)
{
    GSList *l;

    for (l = qmp_commands; l; l = l->next) {
        fn(l->data, opaque);
    }
}

static const char *qmp_arg_type_name(QmpArgType type)
{
    switch (type) {
    case QMP_ARG_STR:
        return "string";
    case QMP_ARG_INT:
        return "integer";
    case QMP_ARG_BOOL:
        return "boolean";
    case QMP_ARG_NUMBER:
        return "number";
    case QMP_ARG_DICT:
        return "object";
    case QMP_ARG_LIST:
        return "array";
    default:
        g_assert_not_reached();
    }
}

static bool qmp_arg_type_matches(QmpArgType type, const QObject *value)
{
    int64_t i;
    uint64_t u;

    switch (type) {
    case QMP_ARG_STR:
        return qobject_type(value) == QTYPE_QSTRING;
    case QMP_ARG_INT:
        return qobject_type(value) == QTYPE_QNUM &&
               (qnum_get_try_int(qobject_to(QNum, value), &i) ||
                qnum_get_try_uint(qobject_to(QNum, value), &u));
    case QMP_ARG_BOOL:
        return qobject_type(value) == QTYPE_QBOOL;
    case QMP_ARG_NUMBER:
        return qobject_type(value) == QTYPE_QNUM;
    case QMP_ARG_DICT:
        return qobject_type(value) == QTYPE_QDICT;
    case QMP_ARG_LIST:
        return qobject_type(value) == QTYPE_QLIST;
    case QMP_ARG_ANY:
        return true;
    }
    g_assert_not_reached();
}

static bool qmp_arg_is_declared(const QmpArg *decl, const char *name)
{
    for (; decl && decl->name; decl++) {
        if (!strcmp(decl->name, name)) {
            return true;
        }
    }
    return false;
}

bool qmp_check_args(const QmpArg *decl, const QDict *args, bool extra_ok,
                    Error **errp)
{
    const QmpArg *a;
    const QDictEntry *e;

    for (a = decl; a && a->name; a++) {
        QObject *value = qdict_get(args, a->name);

        if (!value) {
            if (!a->optional) {
                error_setg(errp, "Parameter '%s' is missing", a->name);
                return false;
            }
            continue;
        }
        if (!qmp_arg_type_matches(a->type, value)) {
            error_setg(errp, "Invalid parameter type for '%s', expected: %s",
                       a->name, qmp_arg_type_name(a->type));
            return false;
        }
    }
    if (extra_ok) {
        return true;
    }
    for (e = qdict_first(args); e; e = qdict_next(args, e)) {
        if (!qmp_arg_is_declared(decl, qdict_entry_key(e))) {
            error_setg(errp, "Parameter '%s' is unexpected",
                       qdict_entry_key(e));
            return false;
        }
    }
    return true;
}

/* The request's own members: execute/exec-oob, arguments, id. */
static bool qmp_check_request(const QDict *req, bool oob_enabled,
                              Error **errp)
{
    const QDictEntry *e;
    const char *exec_key = NULL;

    for (e = qdict_first(req); e; e = qdict_next(req, e)) {
        const char *key = qdict_entry_key(e);
        QObject *value = qdict_entry_value(e);

        if (!strcmp(key, "execute") ||
            (oob_enabled && !strcmp(key, "exec-oob"))) {
            if (qobject_type(value) != QTYPE_QSTRING) {
                error_setg(errp, "QMP input member '%s' must be a string",
                           key);
                return false;
            }
            if (exec_key) {
                error_setg(errp, "QMP input member '%s' clashes with '%s'",
                           key, exec_key);
                return false;
            }
            exec_key = key;
        } else if (!strcmp(key, "arguments")) {
            if (qobject_type(value) != QTYPE_QDICT) {
                error_setg(errp,
                           "QMP input member 'arguments' must be an object");
                return false;
            }
        } else if (strcmp(key, "id")) {
            error_setg(errp, "QMP input member '%s' is unexpected", key);
            return false;
        }
    }
    if (!exec_key) {
        error_setg(errp, "QMP input lacks member 'execute'");
        return false;
    }
    return true;
}

/* Where @cmd may run now: the preconfig rule of QEMU 8.2. */
static bool qmp_command_available(const QmpCommand *cmd, Error **errp)
{
    if (!phase_check(PHASE_MACHINE_READY) && !cmd->allow_preconfig) {
        error_setg(errp, "The command '%s' is permitted only after machine "
                   "initialization has completed", cmd->name);
        return false;
    }
    return true;
}

static QObject *qmp_run(MonitorQMP *mon, const QDict *req, bool negotiating,
                        Error **errp)
{
    const char *name = qdict_get_try_str(req, "execute");
    bool oob = !name;
    const QmpCommand *cmd;
    QDict *args = qdict_get_qdict(req, "arguments");
    g_autoptr(QDict) empty = qdict_new();

    if (oob) {
        name = qdict_get_str(req, "exec-oob");
    }
    cmd = qmp_find_command(name);
    if (!cmd || (negotiating && strcmp(name, "qmp_capabilities"))) {
        error_set(errp, ERROR_CLASS_COMMAND_NOT_FOUND,
                  "The command %s has not been found", name);
        return NULL;
    }
    /* No command of ours may run out of band. */
    if (oob) {
        error_setg(errp, "The command %s does not support OOB", name);
        return NULL;
    }
    if (!qmp_command_available(cmd, errp)) {
        return NULL;
    }
    if (!args) {
        args = empty;
    }
    if (!qmp_check_args(cmd->args, args, cmd->extra_args, errp)) {
        return NULL;
    }
    return cmd->fn(mon, args, errp);
}

QDict *qmp_error_response(Error *err)
{
    QDict *rsp = qdict_new();
    QDict *error = qdict_new();

    qdict_put_str(error, "class", error_class_name(error_get_class(err)));
    qdict_put_str(error, "desc", error_get_pretty(err));
    qdict_put_obj(rsp, "error", QOBJECT(error));
    error_free(err);
    return rsp;
}

QDict *qmp_dispatch(MonitorQMP *mon, QObject *request, bool negotiating,
                    bool oob_enabled)
{
    QDict *req = qobject_to(QDict, request);
    Error *err = NULL;
    QObject *ret = NULL;
    QObject *id = NULL;
    QDict *rsp;

    if (!req) {
        error_setg(&err, "QMP input must be a JSON object");
    } else {
        id = qdict_get(req, "id");
        if (qmp_check_request(req, oob_enabled, &err)) {
            ret = qmp_run(mon, req, negotiating, &err);
        }
    }
    if (err) {
        rsp = qmp_error_response(err);
    } else {
        rsp = qdict_new();
        qdict_put_obj(rsp, "return", ret);
    }
    if (id) {
        qdict_put_obj(rsp, "id", qobject_ref(id));
    }
    return rsp;
}
