/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qmp.c: the QMP monitor: greeting, capabilities negotiation, request
 * parsing and response output, events.
 *
 * Requests are handled one at a time as the streaming JSON parser emits
 * them.  Output follows QEMU 8.2 byte for byte: dict members in the
 * order of QEMU's QDict hash buckets, each '\n' sent as "\r\n".
 *
 * A command that leaves a request for the main loop (system_reset,
 * system_powerdown, quit) has its reply held until the main loop has
 * acted on it, as QEMU's dispatcher replies only after that round of
 * its main loop: the RESET, POWERDOWN or SHUTDOWN event comes first.
 * Requests parsed meanwhile wait behind the held reply.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/json-parser.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "qobject/qlist.h"
#include "qobject/qstring.h"
#include "monitor/qmp.h"
#include "monitor/qmp-dispatch.h"
#include "monitor/qmp-cmds.h"
#include "qemu/main-loop.h"
#include "sysemu/runstate.h"
#include "config-host.h"

struct MonitorQMP {
    MonitorQMPOutput *out;
    void *opaque;
    bool pretty;
    bool oob_offered;
    bool negotiated;            /* qmp_capabilities succeeded */
    bool oob_enabled;
    JSONMessageParser *parser;
    QDict *held;                /* a reply waiting for the main loop */
    GQueue backlog;             /* of QmpPending, parsed meanwhile */
    QEMUBH *release_bh;
};

/* A parsed request (or the error parsing it) behind a held reply. */
typedef struct QmpPending {
    QObject *req;
    Error *err;
} QmpPending;

static GSList *qmp_monitors;

/* QEMU's QDict bucket of @key (512 buckets, a tdb-style string hash). */
static unsigned int qmp_qemu_bucket(const char *key)
{
    const unsigned char *p = (const unsigned char *)key;
    uint32_t v = 0x238F13AFu * (uint32_t)strlen(key);
    unsigned int i;

    for (i = 0; p[i]; i++) {
        v += (uint32_t)p[i] << (i * 5 % 24);
    }
    return (1103515243u * v + 12345u) % 512;
}

typedef struct QmpMember {
    const char *key;
    QObject *value;
    unsigned int bucket;
    unsigned int pos;
} QmpMember;

/* Bucket order; within a bucket the later insertion comes first. */
static gint qmp_member_cmp(gconstpointer a, gconstpointer b)
{
    const QmpMember *x = a, *y = b;

    if (x->bucket != y->bucket) {
        return x->bucket < y->bucket ? -1 : 1;
    }
    return x->pos > y->pos ? -1 : 1;
}

static QObject *qmp_reorder_dict(const QDict *dict)
{
    g_autoptr(GArray) members = g_array_new(false, false, sizeof(QmpMember));
    const QDictEntry *e;
    QDict *copy = qdict_new();
    unsigned int i;

    for (e = qdict_first(dict); e; e = qdict_next(dict, e)) {
        QmpMember m = {
            .key = qdict_entry_key(e),
            .value = qdict_entry_value(e),
            .bucket = qmp_qemu_bucket(qdict_entry_key(e)),
            .pos = members->len,
        };
        g_array_append_val(members, m);
    }
    g_array_sort(members, qmp_member_cmp);
    for (i = 0; i < members->len; i++) {
        QmpMember *m = &g_array_index(members, QmpMember, i);

        qdict_put_obj(copy, m->key, qmp_reorder_like_qemu(m->value));
    }
    return QOBJECT(copy);
}

QObject *qmp_reorder_like_qemu(QObject *obj)
{
    const QListEntry *e;
    QList *copy;

    switch (qobject_type(obj)) {
    case QTYPE_QDICT:
        return qmp_reorder_dict(qobject_to(QDict, obj));
    case QTYPE_QLIST:
        copy = qlist_new();
        for (e = qlist_first(qobject_to(QList, obj)); e; e = qlist_next(e)) {
            qlist_append_obj(copy, qmp_reorder_like_qemu(qlist_entry_obj(e)));
        }
        return QOBJECT(copy);
    default:
        return qobject_ref(obj);
    }
}

/* Send @obj (not consumed) as one line, or pretty lines. */
static void qmp_send(MonitorQMP *mon, QObject *obj)
{
    QObject *ordered = qmp_reorder_like_qemu(obj);
    g_autoptr(GString) json = qobject_to_json_pretty(ordered, mon->pretty);
    g_autoptr(GString) wire = g_string_sized_new(json->len + 8);
    size_t i;

    qobject_unref(ordered);
    g_string_append_c(json, '\n');
    for (i = 0; i < json->len; i++) {
        if (json->str[i] == '\n') {
            g_string_append_c(wire, '\r');
        }
        g_string_append_c(wire, json->str[i]);
    }
    mon->out(mon->opaque, wire->str, wire->len);
}

static void qmp_send_greeting(MonitorQMP *mon)
{
    QDict *greeting = qdict_new();
    QDict *qmp = qdict_new();
    QList *caps = qlist_new();

    if (mon->oob_offered) {
        qlist_append_str(caps, "oob");
    }
    qdict_put_obj(qmp, "version", qmp_version_info());
    qdict_put_obj(qmp, "capabilities", QOBJECT(caps));
    qdict_put_obj(greeting, "QMP", QOBJECT(qmp));
    qmp_send(mon, QOBJECT(greeting));
    qobject_unref(greeting);
}

/* Before negotiation, a missing command gets a more helpful text. */
static void qmp_explain_negotiation(QDict *rsp)
{
    QDict *error = qdict_get_qdict(rsp, "error");

    if (error && !g_strcmp0(qdict_get_try_str(error, "class"),
                            "CommandNotFound")) {
        qdict_put_str(error, "desc",
                      "Expecting capabilities negotiation with "
                      "'qmp_capabilities'");
    }
}

/* Run one request (or answer its parse error); the reply may be held. */
static void qmp_process(MonitorQMP *mon, QObject *req, Error *err)
{
    bool negotiating = !mon->negotiated;
    QDict *rsp;

    if (err) {
        rsp = qmp_error_response(err);
    } else {
        rsp = qmp_dispatch(mon, req, negotiating, mon->oob_enabled);
        if (negotiating) {
            qmp_explain_negotiation(rsp);
        }
        qobject_unref(req);
    }
    if (qemu_system_requests_pending()) {
        mon->held = rsp;
        qemu_bh_schedule(mon->release_bh);
        return;
    }
    qmp_send(mon, QOBJECT(rsp));
    qobject_unref(rsp);
}

/* Send the held reply, if any. */
static void qmp_send_held(MonitorQMP *mon)
{
    if (mon->held) {
        qmp_send(mon, QOBJECT(mon->held));
        qobject_unref(mon->held);
        mon->held = NULL;
    }
}

/*
 * Once the main loop has acted on the requests, send the held reply,
 * then run the backlog until a reply is held again.  Until then (a
 * bottom half runs before main_loop_should_exit), try again next round.
 */
static void qmp_release_bh(void *opaque)
{
    MonitorQMP *mon = opaque;
    QmpPending *p;

    if (qemu_system_requests_pending()) {
        qemu_bh_schedule(mon->release_bh);
        return;
    }
    qmp_send_held(mon);
    while (!mon->held && (p = g_queue_pop_head(&mon->backlog))) {
        qmp_process(mon, p->req, p->err);
        g_free(p);
    }
}

static void qmp_pending_free(gpointer data)
{
    QmpPending *p = data;

    qobject_unref(p->req);
    error_free(p->err);
    g_free(p);
}

static void qmp_drop_backlog(MonitorQMP *mon)
{
    g_queue_clear_full(&mon->backlog, qmp_pending_free);
}

static void qmp_handle_message(void *opaque, QObject *req, Error *err)
{
    MonitorQMP *mon = opaque;
    QmpPending *p;

    if (mon->held) {
        p = g_new0(QmpPending, 1);
        p->req = req;
        p->err = err;
        g_queue_push_tail(&mon->backlog, p);
        return;
    }
    qmp_process(mon, req, err);
}

MonitorQMP *monitor_qmp_new(MonitorQMPOutput *out, void *opaque,
                            bool pretty, bool oob_offered)
{
    MonitorQMP *mon = g_new0(MonitorQMP, 1);

    qmp_init_commands();
    mon->out = out;
    mon->opaque = opaque;
    mon->pretty = pretty;
    mon->oob_offered = oob_offered;
    mon->parser = json_message_parser_new(qmp_handle_message, mon, NULL);
    g_queue_init(&mon->backlog);
    mon->release_bh = qemu_bh_new(qmp_release_bh, mon);
    qmp_monitors = g_slist_append(qmp_monitors, mon);
    return mon;
}

void monitor_qmp_connect(MonitorQMP *mon)
{
    /* What the last client asked for is not the new one's business. */
    qobject_unref(mon->held);
    mon->held = NULL;
    qmp_drop_backlog(mon);
    json_message_parser_free(mon->parser);
    mon->parser = json_message_parser_new(qmp_handle_message, mon, NULL);
    mon->negotiated = false;
    mon->oob_enabled = false;
    qmp_send_greeting(mon);
}

void monitor_qmp_feed(MonitorQMP *mon, const char *buf, size_t len)
{
    json_message_parser_feed(mon->parser, buf, len);
}

void monitor_qmp_free(MonitorQMP *mon)
{
    if (!mon) {
        return;
    }
    qmp_monitors = g_slist_remove(qmp_monitors, mon);
    /* At exit QEMU still answers the command being run (quit). */
    qmp_send_held(mon);
    qmp_drop_backlog(mon);
    qemu_bh_delete(mon->release_bh);
    json_message_parser_free(mon->parser);
    g_free(mon);
}

bool monitor_qmp_negotiated(const MonitorQMP *mon)
{
    return mon->negotiated;
}

void qapi_event_emit(const char *name, QDict *data)
{
    int64_t now = g_get_real_time();
    QDict *event = qdict_new();
    QDict *stamp = qdict_new();
    GSList *l;

    qdict_put_int(stamp, "seconds", now / G_USEC_PER_SEC);
    qdict_put_int(stamp, "microseconds", now % G_USEC_PER_SEC);
    qdict_put_obj(event, "timestamp", QOBJECT(stamp));
    qdict_put_str(event, "event", name);
    if (data) {
        qdict_put_obj(event, "data", qobject_ref(QOBJECT(data)));
    }
    for (l = qmp_monitors; l; l = l->next) {
        MonitorQMP *mon = l->data;

        if (mon->negotiated) {
            qmp_send(mon, QOBJECT(event));
        }
    }
    qobject_unref(event);
}

/* The "enable" list: known names, offered by this monitor. */
static bool qmp_caps_accept(MonitorQMP *mon, QList *enable, bool *oob,
                            Error **errp)
{
    const QListEntry *e;
    unsigned int i = 0;

    for (e = qlist_first(enable); e; e = qlist_next(e), i++) {
        QString *cap = qobject_to(QString, qlist_entry_obj(e));

        if (!cap) {
            error_setg(errp, "Invalid parameter type for 'enable[%u]', "
                       "expected: string", i);
            return false;
        }
        if (strcmp(qstring_get_str(cap), "oob")) {
            /* QEMU's enum check names a list element "null". */
            error_setg(errp, "Parameter 'null' does not accept value '%s'",
                       qstring_get_str(cap));
            return false;
        }
        if (!mon->oob_offered) {
            error_setg(errp, "Capability 'oob' not available");
            return false;
        }
        *oob = true;
    }
    return true;
}

static QObject *qmp_cmd_capabilities(MonitorQMP *mon, QDict *args,
                                     Error **errp)
{
    QList *enable = qdict_get_qlist(args, "enable");
    bool oob = false;

    if (mon->negotiated) {
        error_set(errp, ERROR_CLASS_COMMAND_NOT_FOUND,
                  "Capabilities negotiation is already complete, "
                  "command ignored");
        return NULL;
    }
    if (enable && !qmp_caps_accept(mon, enable, &oob, errp)) {
        return NULL;
    }
    mon->negotiated = true;
    mon->oob_enabled = oob;
    return QOBJECT(qdict_new());
}

static const QmpArg qmp_capabilities_args[] = {
    { .name = "enable", .type = QMP_ARG_LIST, .optional = true },
    { NULL }
};

const QmpCommand qmp_capabilities_cmd = {
    .name = "qmp_capabilities",
    .fn = qmp_cmd_capabilities,
    .args = qmp_capabilities_args,
    .allow_preconfig = true,
};
