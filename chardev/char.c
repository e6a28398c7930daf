/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char.c: the chardev core.  TYPE_CHARDEV is the abstract base of every
 * back end; this file creates chardevs from -chardev options (with QEMU
 * 8.2's messages), keeps them under /chardevs by id, wraps a multiplexed
 * back end in a mux chardev for mux=on, and carries bytes and events
 * between a back end and its front end.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/option.h"
#include "chardev/char.h"
#include "chardev/char-fe.h"

/* Backend names QEMU accepts as other names for a back end. */
static const struct {
    const char *alias;
    const char *name;
} chardev_alias_table[] = {
    { .alias = "tty", .name = "serial" },
    { .alias = "parport", .name = "parallel" },
};

static Object *get_chardevs_root(void)
{
    return container_get(object_get_root(), "/chardevs");
}

void qemu_chr_set_filename(Chardev *chr, const char *fmt, ...)
{
    va_list ap;

    g_free(chr->filename);
    va_start(ap, fmt);
    chr->filename = g_strdup_vprintf(fmt, ap);
    va_end(ap);
}

Chardev *qemu_chr_find(const char *label)
{
    Object *obj = object_resolve_path_component(get_chardevs_root(), label);

    return obj ? (Chardev *)object_dynamic_cast(obj, TYPE_CHARDEV) : NULL;
}

static ChardevClass *chardev_class_by_backend(const char *backend,
                                              Error **errp)
{
    g_autofree char *typename = NULL;
    ObjectClass *oc;
    size_t i;

    for (i = 0; i < ARRAY_SIZE(chardev_alias_table); i++) {
        if (g_str_equal(backend, chardev_alias_table[i].alias)) {
            backend = chardev_alias_table[i].name;
        }
    }
    typename = g_strconcat(CHARDEV_TYPE_PREFIX, backend, NULL);
    oc = object_class_by_name(typename);
    if (!oc || !object_class_dynamic_cast(oc, TYPE_CHARDEV) ||
        object_class_is_abstract(oc) || g_str_equal(backend, "mux")) {
        error_setg(errp, "'%s' is not a valid char driver name", backend);
        return NULL;
    }
    return (ChardevClass *)oc;
}

/*
 * Create one chardev of class @cc with id @id, open it from @opts and
 * publish it under /chardevs.
 */
static Chardev *chardev_new(ChardevClass *cc, const char *id,
                            QemuOpts *opts, Error **errp)
{
    Chardev *chr;
    bool be_opened = true;

    if (qemu_chr_find(id)) {
        error_setg(errp, "Duplicate ID '%s' for chardev", id);
        return NULL;
    }
    chr = CHARDEV(object_new(object_class_get_name(OBJECT_CLASS(cc))));
    chr->label = g_strdup(id);
    if (cc->open && !cc->open(chr, opts, &be_opened, errp)) {
        object_unref(chr);
        return NULL;
    }
    if (!chr->filename) {
        chr->filename = g_strdup(object_class_get_name(OBJECT_CLASS(cc)) +
                                 strlen(CHARDEV_TYPE_PREFIX));
    }
    object_property_add_child(get_chardevs_root(), id, OBJECT(chr));
    object_unref(chr);
    if (be_opened) {
        qemu_chr_be_event(chr, CHR_EVENT_OPENED);
    }
    return chr;
}

Chardev *qemu_chr_new_from_opts(QemuOpts *opts, Error **errp)
{
    const char *id = qemu_opts_id(opts);
    const char *backend = qemu_opt_get(opts, "backend");
    g_autofree char *base_id = NULL;
    ChardevClass *cc;
    Chardev *base;
    Chardev *mux;

    if (!backend) {
        error_setg(errp, "chardev: \"%s\" missing backend",
                   id ? id : "<no-id>");
        return NULL;
    }
    cc = chardev_class_by_backend(backend, errp);
    if (!cc) {
        return NULL;
    }
    if (!id) {
        error_setg(errp, "chardev: no id specified");
        return NULL;
    }
    if (!qemu_opt_get_bool(opts, "mux", false)) {
        return chardev_new(cc, id, opts, errp);
    }
    base_id = g_strdup_printf("%s-base", id);
    base = chardev_new(cc, base_id, opts, errp);
    if (!base) {
        return NULL;
    }
    qemu_opt_set(opts, "chardev", base_id, &error_abort);
    mux = chardev_new(CHARDEV_CLASS(object_class_by_name(TYPE_CHARDEV_MUX)),
                      id, opts, errp);
    if (!mux) {
        qemu_chr_delete(base);
    }
    return mux;
}

Chardev *qemu_chr_new(const char *label, const char *filename, Error **errp)
{
    QemuOpts *opts = qemu_chr_parse_compat(label, filename, true);
    Chardev *chr;

    if (!opts) {
        error_setg(errp, "chardev: '%s' is not a valid chardev", filename);
        return NULL;
    }
    chr = qemu_chr_new_from_opts(opts, errp);
    qemu_opts_del(opts);
    return chr;
}

void qemu_chr_print_backends(void)
{
    GSList *list = object_class_get_list_sorted(TYPE_CHARDEV, false);
    GSList *el;

    printf("Available chardev backend types: ");
    for (el = list; el; el = el->next) {
        printf("\n  %s", object_class_get_name(el->data) +
                         strlen(CHARDEV_TYPE_PREFIX));
    }
    printf("\n");
    g_slist_free(list);
}

int chardev_init_func(void *opaque, QemuOpts *opts, Error **errp)
{
    const char *backend = qemu_opt_get(opts, "backend");

    if (backend && is_help_option(backend)) {
        qemu_chr_print_backends();
        exit(0);
    }
    return qemu_chr_new_from_opts(opts, errp) ? 0 : -1;
}

static int qemu_chr_collect(Object *obj, void *opaque)
{
    GSList **list = opaque;
    Chardev *chr = (Chardev *)object_dynamic_cast(obj, TYPE_CHARDEV);

    /* Muxes first: they let go of their base chardevs. */
    if (chr && object_dynamic_cast(obj, TYPE_CHARDEV_MUX)) {
        *list = g_slist_prepend(*list, chr);
    } else if (chr) {
        *list = g_slist_append(*list, chr);
    }
    return 0;
}

void qemu_chr_cleanup(void)
{
    GSList *list = NULL;
    GSList *l;

    object_child_foreach(get_chardevs_root(), qemu_chr_collect, &list);
    for (l = list; l; l = l->next) {
        qemu_chr_delete(l->data);
    }
    g_slist_free(list);
}

void qemu_chr_delete(Chardev *chr)
{
    if (chr->be) {
        chr->be->chr = NULL;
        chr->be = NULL;
    }
    object_unparent(OBJECT(chr));
}

int qemu_chr_be_can_write(Chardev *s)
{
    CharBackend *be = s->be;

    if (!be || !be->chr_can_read) {
        return 0;
    }
    return be->chr_can_read(be->opaque);
}

void qemu_chr_be_write(Chardev *s, const uint8_t *buf, int len)
{
    CharBackend *be = s->be;

    if (be && be->chr_read) {
        be->chr_read(be->opaque, buf, len);
    }
}

void qemu_chr_be_event(Chardev *s, QEMUChrEvent event)
{
    CharBackend *be = s->be;

    /* Opened/closed is the back end's state, kept for later front ends. */
    if (event == CHR_EVENT_OPENED) {
        s->be_open = true;
    } else if (event == CHR_EVENT_CLOSED) {
        s->be_open = false;
    }
    if (be && be->chr_event) {
        be->chr_event(be->opaque, event);
    }
}

int qemu_chr_write(Chardev *s, const uint8_t *buf, int len, bool write_all)
{
    ChardevClass *cc = CHARDEV_GET_CLASS(s);
    int done = 0;
    int n;

    if (!cc->chr_write) {
        return len;
    }
    while (done < len) {
        n = cc->chr_write(s, buf + done, len - done);
        if (n <= 0) {
            return done ? done : n;
        }
        done += n;
        if (!write_all) {
            break;
        }
    }
    return done;
}

static void chardev_init(Object *obj)
{
    Chardev *chr = CHARDEV(obj);

    chr->fd_in = -1;
    chr->fd_out = -1;
}

static void chardev_finalize(Object *obj)
{
    Chardev *chr = CHARDEV(obj);

    qemu_chr_fd_detach(chr);
    if (chr->outbuf) {
        g_byte_array_unref(chr->outbuf);
    }
    if (chr->be) {
        chr->be->chr = NULL;
    }
    g_free(chr->label);
    g_free(chr->filename);
}

static const TypeInfo char_type_info = {
    .name = TYPE_CHARDEV,
    .parent = TYPE_OBJECT,
    .instance_size = sizeof(Chardev),
    .instance_init = chardev_init,
    .instance_finalize = chardev_finalize,
    .abstract = true,
    .class_size = sizeof(ChardevClass),
};

static void register_types(void)
{
    type_register_static(&char_type_info);
}

type_init(register_types);
