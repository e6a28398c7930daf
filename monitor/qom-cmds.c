/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qom-cmds.c: QMP access to the QOM composition tree and type registry,
 * with QEMU 8.2's arguments, values and error texts.
 */
#include "qemu/osdep.h"
#include "monitor/qdev.h"
#include "qapi/error.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qom/object.h"
#include "qom/object_interfaces.h"
#include "qom/qom-qobject.h"
#include "monitor/qmp-dispatch.h"
#include "monitor/qom-cmds.h"

static Object *qom_resolve(const char *path, Error **errp)
{
    bool ambiguous = false;
    Object *obj = object_resolve_path(path, &ambiguous);

    if (!obj) {
        if (ambiguous) {
            error_setg(errp, "Path '%s' is ambiguous", path);
        } else {
            error_set(errp, ERROR_CLASS_DEVICE_NOT_FOUND,
                      "Device '%s' not found", path);
        }
    }
    return obj;
}

/* ObjectPropertyInfo; QEMU prepends, so the caller's list is reversed. */
static QObject *qom_property_info(const ObjectProperty *prop, bool defval)
{
    QDict *info = qdict_new();

    qdict_put_str(info, "name", prop->name);
    qdict_put_str(info, "type", prop->type);
    if (prop->description) {
        qdict_put_str(info, "description", prop->description);
    }
    if (defval && prop->defval) {
        qdict_put_obj(info, "default-value", qobject_ref(prop->defval));
    }
    return QOBJECT(info);
}

static QObject *qom_cmd_list(MonitorQMP *mon, QDict *args, Error **errp)
{
    Object *obj = qom_resolve(qdict_get_str(args, "path"), errp);
    g_autoptr(GPtrArray) infos = g_ptr_array_new();
    ObjectPropertyIterator iter;
    ObjectProperty *prop;
    QList *list;
    guint i;

    if (!obj) {
        return NULL;
    }
    object_property_iter_init(&iter, obj);
    while ((prop = object_property_iter_next(&iter))) {
        g_ptr_array_add(infos, qom_property_info(prop, false));
    }
    list = qlist_new();
    for (i = infos->len; i > 0; i--) {
        qlist_append_obj(list, g_ptr_array_index(infos, i - 1));
    }
    return QOBJECT(list);
}

static QObject *qom_cmd_get(MonitorQMP *mon, QDict *args, Error **errp)
{
    Object *obj = qom_resolve(qdict_get_str(args, "path"), errp);

    if (!obj) {
        return NULL;
    }
    return object_property_get_qobject(obj, qdict_get_str(args, "property"),
                                       errp);
}

static QObject *qom_cmd_set(MonitorQMP *mon, QDict *args, Error **errp)
{
    Object *obj = qom_resolve(qdict_get_str(args, "path"), errp);

    if (!obj ||
        !object_property_set_qobject(obj, qdict_get_str(args, "property"),
                                     qdict_get(args, "value"), errp)) {
        return NULL;
    }
    return QOBJECT(qdict_new());
}

static QObject *qom_type_info(ObjectClass *klass)
{
    QDict *info = qdict_new();
    ObjectClass *parent = object_class_get_parent(klass);

    qdict_put_str(info, "name", object_class_get_name(klass));
    if (object_class_is_abstract(klass)) {
        qdict_put_bool(info, "abstract", true);
    }
    if (parent) {
        qdict_put_str(info, "parent", object_class_get_name(parent));
    }
    return QOBJECT(info);
}

static QObject *qom_cmd_list_types(MonitorQMP *mon, QDict *args,
                                   Error **errp)
{
    const char *implements = qdict_get_try_str(args, "implements");
    bool abstract = qdict_get_try_bool(args, "abstract", false);
    GSList *classes = object_class_get_list(implements, abstract);
    QList *list = qlist_new();
    GSList *l;

    for (l = classes; l; l = l->next) {
        qlist_append_obj(list, qom_type_info(l->data));
    }
    g_slist_free(classes);
    return QOBJECT(list);
}

static QObject *qom_cmd_object_add(MonitorQMP *mon, QDict *args,
                                   Error **errp)
{
    if (!user_creatable_add_dict(args, false, errp)) {
        return NULL;
    }
    return QOBJECT(qdict_new());
}

static QObject *qom_cmd_object_del(MonitorQMP *mon, QDict *args,
                                   Error **errp)
{
    if (!user_creatable_del(qdict_get_str(args, "id"), errp)) {
        return NULL;
    }
    return QOBJECT(qdict_new());
}

static QObject *qom_cmd_device_list_properties(MonitorQMP *mon, QDict *args,
                                               Error **errp)
{
    const char *typename = qdict_get_str(args, "typename");
    ObjectClass *klass = object_class_by_name(typename);
    ObjectPropertyIterator iter;
    ObjectProperty *prop;
    QList *list;
    Object *obj;

    if (!klass) {
        error_set(errp, ERROR_CLASS_DEVICE_NOT_FOUND,
                  "Device '%s' not found", typename);
        return NULL;
    }
    if (!object_class_dynamic_cast(klass, "device") ||
        object_class_is_abstract(klass)) {
        error_setg(errp, "Parameter 'typename' expects a non-abstract "
                   "device type");
        return NULL;
    }
    obj = object_new(typename);
    list = qlist_new();
    object_property_iter_init(&iter, obj);
    while ((prop = object_property_iter_next(&iter))) {
        if (!qdev_prop_hidden_from_lists(prop->name)) {
            qlist_append_obj(list, qom_property_info(prop, true));
        }
    }
    object_unref(obj);
    return QOBJECT(list);
}

static const QmpArg qom_path_args[] = {
    { .name = "path", .type = QMP_ARG_STR },
    { NULL }
};

static const QmpArg qom_get_args[] = {
    { .name = "path", .type = QMP_ARG_STR },
    { .name = "property", .type = QMP_ARG_STR },
    { NULL }
};

static const QmpArg qom_set_args[] = {
    { .name = "path", .type = QMP_ARG_STR },
    { .name = "property", .type = QMP_ARG_STR },
    { .name = "value", .type = QMP_ARG_ANY },
    { NULL }
};

static const QmpArg qom_list_types_args[] = {
    { .name = "implements", .type = QMP_ARG_STR, .optional = true },
    { .name = "abstract", .type = QMP_ARG_BOOL, .optional = true },
    { NULL }
};

static const QmpArg qom_id_args[] = {
    { .name = "id", .type = QMP_ARG_STR },
    { NULL }
};

static const QmpArg qom_typename_args[] = {
    { .name = "typename", .type = QMP_ARG_STR },
    { NULL }
};

static const QmpCommand qom_cmds[] = {
    { .name = "qom-list", .fn = qom_cmd_list, .args = qom_path_args,
      .allow_preconfig = true },
    { .name = "qom-get", .fn = qom_cmd_get, .args = qom_get_args,
      .allow_preconfig = true },
    { .name = "qom-set", .fn = qom_cmd_set, .args = qom_set_args,
      .allow_preconfig = true },
    { .name = "qom-list-types", .fn = qom_cmd_list_types,
      .args = qom_list_types_args, .allow_preconfig = true },
    /* user_creatable_add_dict checks qom-type, id and the properties. */
    { .name = "object-add", .fn = qom_cmd_object_add, .extra_args = true,
      .allow_preconfig = true },
    { .name = "object-del", .fn = qom_cmd_object_del, .args = qom_id_args,
      .allow_preconfig = true },
    { .name = "device-list-properties",
      .fn = qom_cmd_device_list_properties, .args = qom_typename_args,
      .allow_preconfig = true },
};

void qom_register_commands(void)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(qom_cmds); i++) {
        qmp_register_command(&qom_cmds[i]);
    }
}
