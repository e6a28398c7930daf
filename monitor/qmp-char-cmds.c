/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qmp-char-cmds.c: the QMP commands about character devices:
 * query-chardev, chardev-add, chardev-remove, ringbuf-write and
 * ringbuf-read, with QEMU 8.2's argument checks and error texts.
 *
 * chardev-add takes QEMU's ChardevBackend ({"type": ..., "data": {...}})
 * and turns it into the -chardev options the back ends already parse,
 * so both ways of creating a chardev share one code path.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qstring.h"
#include "chardev/char.h"
#include "chardev/char-fe.h"
#include "chardev/char-ringbuf.h"
#include "monitor/qmp-cmds.h"
#include "monitor/qmp-dispatch.h"

static int qmp_chardev_info(Object *obj, void *opaque)
{
    Chardev *chr = (Chardev *)object_dynamic_cast(obj, TYPE_CHARDEV);
    QDict *info;

    if (!chr) {
        return 0;
    }
    info = qdict_new();
    qdict_put_str(info, "label", chr->label);
    qdict_put_str(info, "filename", chr->filename ? chr->filename : "");
    qdict_put_bool(info, "frontend-open", chr->be && chr->be->fe_is_open);
    qlist_append_obj(opaque, QOBJECT(info));
    return 0;
}

static QObject *qmp_cmd_query_chardev(MonitorQMP *mon, QDict *args,
                                      Error **errp)
{
    QList *list = qlist_new();

    object_child_foreach(container_get(object_get_root(), "/chardevs"),
                         qmp_chardev_info, list);
    return QOBJECT(list);
}

/*
 * qmp_check_nested: qmp_check_args on a member dict, naming members by
 * their path as QEMU does ("Parameter 'backend.data.out' is missing").
 */
static bool qmp_check_nested(const QmpArg *decl, QDict *args,
                             const char *prefix, Error **errp)
{
    Error *err = NULL;
    const char *msg, *quote;

    if (qmp_check_args(decl, args, false, &err)) {
        return true;
    }
    msg = error_get_pretty(err);
    quote = strchr(msg, '\'');
    if (quote) {
        error_setg(errp, "%.*s%s.%s", (int)(quote - msg + 1), msg, prefix,
                   quote + 1);
        error_free(err);
    } else {
        error_propagate(errp, err);
    }
    return false;
}

#define QMP_CHR_COMMON_ARGS \
    { .name = "logfile", .type = QMP_ARG_STR, .optional = true }, \
    { .name = "logappend", .type = QMP_ARG_BOOL, .optional = true }

static const QmpArg qmp_chr_file_args[] = {
    { .name = "in", .type = QMP_ARG_STR, .optional = true },
    { .name = "out", .type = QMP_ARG_STR },
    { .name = "append", .type = QMP_ARG_BOOL, .optional = true },
    QMP_CHR_COMMON_ARGS,
    { NULL }
};

static const QmpArg qmp_chr_common_args[] = {
    QMP_CHR_COMMON_ARGS,
    { NULL }
};

static const QmpArg qmp_chr_ringbuf_args[] = {
    { .name = "size", .type = QMP_ARG_INT, .optional = true },
    QMP_CHR_COMMON_ARGS,
    { NULL }
};

static const QmpArg qmp_chr_socket_args[] = {
    { .name = "addr", .type = QMP_ARG_DICT },
    { .name = "tls-creds", .type = QMP_ARG_STR, .optional = true },
    { .name = "tls-authz", .type = QMP_ARG_STR, .optional = true },
    { .name = "server", .type = QMP_ARG_BOOL, .optional = true },
    { .name = "wait", .type = QMP_ARG_BOOL, .optional = true },
    { .name = "nodelay", .type = QMP_ARG_BOOL, .optional = true },
    { .name = "telnet", .type = QMP_ARG_BOOL, .optional = true },
    { .name = "tn3270", .type = QMP_ARG_BOOL, .optional = true },
    { .name = "websocket", .type = QMP_ARG_BOOL, .optional = true },
    { .name = "reconnect", .type = QMP_ARG_INT, .optional = true },
    QMP_CHR_COMMON_ARGS,
    { NULL }
};

static const QmpArg qmp_sock_addr_args[] = {
    { .name = "type", .type = QMP_ARG_STR },
    { .name = "data", .type = QMP_ARG_DICT },
    { NULL }
};

static const QmpArg qmp_sock_unix_args[] = {
    { .name = "path", .type = QMP_ARG_STR },
    { .name = "abstract", .type = QMP_ARG_BOOL, .optional = true },
    { .name = "tight", .type = QMP_ARG_BOOL, .optional = true },
    { NULL }
};

static const QmpArg qmp_sock_inet_args[] = {
    { .name = "host", .type = QMP_ARG_STR },
    { .name = "port", .type = QMP_ARG_STR },
    { .name = "numeric", .type = QMP_ARG_BOOL, .optional = true },
    { .name = "to", .type = QMP_ARG_INT, .optional = true },
    { .name = "ipv4", .type = QMP_ARG_BOOL, .optional = true },
    { .name = "ipv6", .type = QMP_ARG_BOOL, .optional = true },
    { .name = "keep-alive", .type = QMP_ARG_BOOL, .optional = true },
    { NULL }
};

static void qmp_opt_set_bool(QemuOpts *opts, QDict *data, const char *key,
                             bool def)
{
    bool value = qdict_haskey(data, key) ? qdict_get_bool(data, key) : def;

    qemu_opt_set(opts, key, value ? "on" : "off", &error_abort);
}

static bool qmp_chr_socket_opts(QemuOpts *opts, QDict *data, Error **errp)
{
    QDict *addr = qdict_get_qdict(data, "addr");
    const char *type;
    QDict *ad;

    if (!qmp_check_nested(qmp_sock_addr_args, addr, "backend.data.addr",
                          errp)) {
        return false;
    }
    type = qdict_get_str(addr, "type");
    ad = qdict_get_qdict(addr, "data");
    if (!strcmp(type, "unix")) {
        if (!qmp_check_nested(qmp_sock_unix_args, ad,
                              "backend.data.addr.data", errp)) {
            return false;
        }
        qemu_opt_set(opts, "path", qdict_get_str(ad, "path"), &error_abort);
    } else if (!strcmp(type, "inet")) {
        if (!qmp_check_nested(qmp_sock_inet_args, ad,
                              "backend.data.addr.data", errp)) {
            return false;
        }
        qemu_opt_set(opts, "host", qdict_get_str(ad, "host"), &error_abort);
        qemu_opt_set(opts, "port", qdict_get_str(ad, "port"), &error_abort);
    } else {
        error_setg(errp, "Parameter 'type' does not accept value '%s'", type);
        return false;
    }
    /* QMP's defaults differ from -chardev's: a server, not waiting. */
    qmp_opt_set_bool(opts, data, "server", true);
    qmp_opt_set_bool(opts, data, "wait", false);
    qmp_opt_set_bool(opts, data, "nodelay", false);
    if (qdict_haskey(data, "reconnect")) {
        g_autofree char *r = g_strdup_printf("%" PRId64,
                                             qdict_get_int(data, "reconnect"));
        qemu_opt_set(opts, "reconnect", r, &error_abort);
    }
    return true;
}

/* Fill @opts from the "data" of a backend of @type. */
static bool qmp_chr_backend_opts(QemuOpts *opts, const char *type,
                                 QDict *data, Error **errp)
{
    if (!strcmp(type, "file")) {
        if (!qmp_check_nested(qmp_chr_file_args, data, "backend.data",
                              errp)) {
            return false;
        }
        qemu_opt_set(opts, "path", qdict_get_str(data, "out"), &error_abort);
        qmp_opt_set_bool(opts, data, "append", false);
        return true;
    }
    if (!strcmp(type, "ringbuf") || !strcmp(type, "memory")) {
        if (!qmp_check_nested(qmp_chr_ringbuf_args, data, "backend.data",
                              errp)) {
            return false;
        }
        if (qdict_haskey(data, "size")) {
            g_autofree char *size = g_strdup_printf(
                "%" PRId64, qdict_get_int(data, "size"));
            qemu_opt_set(opts, "size", size, &error_abort);
        }
        return true;
    }
    if (!strcmp(type, "socket")) {
        return qmp_check_nested(qmp_chr_socket_args, data, "backend.data",
                                errp) &&
               qmp_chr_socket_opts(opts, data, errp);
    }
    return qmp_check_nested(qmp_chr_common_args, data, "backend.data", errp);
}

/* QEMU 8.2's ChardevBackendKind values. */
static bool qmp_chr_type_is_known(const char *type)
{
    static const char *const kinds[] = {
        "file", "serial", "parallel", "pipe", "socket", "udp", "pty",
        "null", "mux", "msmouse", "wctablet", "braille", "testdev",
        "stdio", "console", "spicevmc", "spiceport", "qemu-vdagent",
        "dbus", "vc", "ringbuf", "memory",
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(kinds); i++) {
        if (!strcmp(type, kinds[i])) {
            return true;
        }
    }
    return false;
}

static const QmpArg qmp_chr_backend_args[] = {
    { .name = "type", .type = QMP_ARG_STR },
    { .name = "data", .type = QMP_ARG_DICT },
    { NULL }
};

static Chardev *qmp_chardev_create(const char *id, QDict *backend,
                                   Error **errp)
{
    QemuOptsList *list = qemu_find_opts("chardev");
    const char *type;
    QemuOpts *opts;
    Chardev *chr = NULL;

    if (!qmp_check_nested(qmp_chr_backend_args, backend, "backend", errp)) {
        return NULL;
    }
    type = qdict_get_str(backend, "type");
    if (!qmp_chr_type_is_known(type)) {
        error_setg(errp, "Parameter 'type' does not accept value '%s'", type);
        return NULL;
    }
    if (qemu_chr_find(id)) {
        error_setg(errp, "Chardev with id '%s' already exists", id);
        return NULL;
    }
    if (qemu_opts_find(list, id)) {
        /* left by a chardev that has been removed since */
        qemu_opts_del(qemu_opts_find(list, id));
    }
    opts = qemu_opts_create(list, id, 1, &error_abort);
    qemu_opt_set(opts, "backend", type, &error_abort);
    if (qmp_chr_backend_opts(opts, type, qdict_get_qdict(backend, "data"),
                             errp)) {
        chr = qemu_chr_new_from_opts(opts, errp);
        if (!chr) {
            error_prepend(errp, "Failed to add chardev '%s': ", id);
        }
    }
    qemu_opts_del(opts);
    return chr;
}

static QObject *qmp_cmd_chardev_add(MonitorQMP *mon, QDict *args,
                                    Error **errp)
{
    QDict *ret;
    Chardev *chr = qmp_chardev_create(qdict_get_str(args, "id"),
                                      qdict_get_qdict(args, "backend"),
                                      errp);

    if (!chr) {
        return NULL;
    }
    ret = qdict_new();
    if (chr->filename && g_str_has_prefix(chr->filename, "pty:")) {
        qdict_put_str(ret, "pty", chr->filename + strlen("pty:"));
    }
    return QOBJECT(ret);
}

static QObject *qmp_cmd_chardev_remove(MonitorQMP *mon, QDict *args,
                                       Error **errp)
{
    const char *id = qdict_get_str(args, "id");
    Chardev *chr = qemu_chr_find(id);

    if (!chr) {
        error_setg(errp, "Chardev '%s' not found", id);
        return NULL;
    }
    if (chr->be) {
        error_setg(errp, "Chardev '%s' is busy", id);
        return NULL;
    }
    qemu_chr_delete(chr);
    return QOBJECT(qdict_new());
}

/* The ringbuf chardev @device, or NULL with QEMU's error. */
static Chardev *qmp_ringbuf_find(const char *device, Error **errp)
{
    Chardev *chr = qemu_chr_find(device);

    if (!chr) {
        error_setg(errp, "Device '%s' not found", device);
        return NULL;
    }
    if (!object_dynamic_cast(OBJECT(chr), TYPE_CHARDEV_RINGBUF)) {
        error_setg(errp, "%s is not a ringbuf device", device);
        return NULL;
    }
    return chr;
}

/* "utf8" (the default) or "base64"; false for anything else. */
static bool qmp_data_format_is_base64(QDict *args, bool *base64,
                                      Error **errp)
{
    const char *format = qdict_get_try_str(args, "format");

    if (!format || !strcmp(format, "utf8")) {
        *base64 = false;
    } else if (!strcmp(format, "base64")) {
        *base64 = true;
    } else {
        error_setg(errp, "Parameter 'format' does not accept value '%s'",
                   format);
        return false;
    }
    return true;
}

/* Decode @in as QEMU's qbase64_decode does: strictly. */
static guchar *qmp_base64_decode(const char *in, gsize *len, Error **errp)
{
    static const char valid[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n";
    size_t n = strlen(in);

    if (strspn(in, valid) != n) {
        error_setg(errp, "Base64 data contains invalid characters");
        return NULL;
    }
    if (n % 4) {
        error_setg(errp, "Base64 data length %zu is not a multiple of 4", n);
        return NULL;
    }
    return g_base64_decode(in, len);
}

static QObject *qmp_cmd_ringbuf_write(MonitorQMP *mon, QDict *args,
                                      Error **errp)
{
    const char *data = qdict_get_str(args, "data");
    g_autofree guchar *decoded = NULL;
    gsize len = strlen(data);
    Chardev *chr;
    bool base64;

    chr = qmp_ringbuf_find(qdict_get_str(args, "device"), errp);
    if (!chr || !qmp_data_format_is_base64(args, &base64, errp)) {
        return NULL;
    }
    if (base64) {
        decoded = qmp_base64_decode(data, &len, errp);
        if (!decoded) {
            return NULL;
        }
        data = (const char *)decoded;
    }
    qemu_chr_write(chr, (const uint8_t *)data, len, true);
    return QOBJECT(qdict_new());
}

static QObject *qmp_cmd_ringbuf_read(MonitorQMP *mon, QDict *args,
                                     Error **errp)
{
    int64_t size = qdict_get_int(args, "size");
    g_autofree uint8_t *buf = NULL;
    Chardev *chr;
    size_t n;
    bool base64;

    chr = qmp_ringbuf_find(qdict_get_str(args, "device"), errp);
    if (!chr || !qmp_data_format_is_base64(args, &base64, errp)) {
        return NULL;
    }
    if (size <= 0) {
        error_setg(errp, "size must be greater than zero");
        return NULL;
    }
    size = MIN((size_t)size, ringbuf_chr_count(chr));
    buf = g_malloc(size + 1);
    n = ringbuf_chr_read(chr, buf, size);
    buf[n] = '\0';
    if (base64) {
        g_autofree char *text = g_base64_encode(buf, n);

        return QOBJECT(qstring_from_str(text));
    }
    /* QEMU hands the bytes over as a C string: a NUL ends it. */
    return QOBJECT(qstring_from_str((const char *)buf));
}

static const QmpArg qmp_chardev_add_args[] = {
    { .name = "id", .type = QMP_ARG_STR },
    { .name = "backend", .type = QMP_ARG_DICT },
    { NULL }
};

static const QmpArg qmp_chardev_remove_args[] = {
    { .name = "id", .type = QMP_ARG_STR },
    { NULL }
};

static const QmpArg qmp_ringbuf_write_args[] = {
    { .name = "device", .type = QMP_ARG_STR },
    { .name = "data", .type = QMP_ARG_STR },
    { .name = "format", .type = QMP_ARG_STR, .optional = true },
    { NULL }
};

static const QmpArg qmp_ringbuf_read_args[] = {
    { .name = "device", .type = QMP_ARG_STR },
    { .name = "size", .type = QMP_ARG_INT },
    { .name = "format", .type = QMP_ARG_STR, .optional = true },
    { NULL }
};

static const QmpCommand qmp_char_cmds[] = {
    { .name = "query-chardev", .fn = qmp_cmd_query_chardev,
      .allow_preconfig = true },
    { .name = "chardev-add", .fn = qmp_cmd_chardev_add,
      .args = qmp_chardev_add_args },
    { .name = "chardev-remove", .fn = qmp_cmd_chardev_remove,
      .args = qmp_chardev_remove_args },
    { .name = "ringbuf-write", .fn = qmp_cmd_ringbuf_write,
      .args = qmp_ringbuf_write_args },
    { .name = "ringbuf-read", .fn = qmp_cmd_ringbuf_read,
      .args = qmp_ringbuf_read_args },
};

void qmp_char_register_commands(void)
{
    qmp_register_commands(qmp_char_cmds, ARRAY_SIZE(qmp_char_cmds));
}
