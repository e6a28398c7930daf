/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * object_interfaces.c: the user-creatable interface (-object, object-add,
 * object-del) and the property help listings.
 *
 * Objects are described by a QDict {"qom-type": T, "id": ID, props...}.
 * QEMU checks such a dict against its QAPI schema before QOM sees it; the
 * schema's checks (missing or mistyped qom-type/id, unknown types,
 * unexpected members) are done here with the same messages.  Messages
 * and help layout follow QEMU 8.2.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/keyval.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "qobject/qstring.h"
#include "qom/object_interfaces.h"
#include "qom-internal.h"

const TypeInfo user_creatable_info = {
    .name = TYPE_USER_CREATABLE,
    .parent = TYPE_INTERFACE,
    .class_size = sizeof(UserCreatableClass),
};

bool user_creatable_complete(UserCreatable *uc, Error **errp)
{
    UserCreatableClass *ucc = USER_CREATABLE_GET_CLASS(uc);
    Error *err = NULL;

    if (ucc->complete) {
        ucc->complete(uc, &err);
        error_propagate(errp, err);
    }
    return !err;
}

bool user_creatable_can_be_deleted(UserCreatable *uc)
{
    UserCreatableClass *ucc = USER_CREATABLE_GET_CLASS(uc);

    return !ucc->can_be_deleted || ucc->can_be_deleted(uc);
}

/* Letters, digits, '-', '.', '_', starting with a letter. */
static bool id_wellformed(const char *id)
{
    int i;

    if (!g_ascii_isalpha(id[0])) {
        return false;
    }
    for (i = 1; id[i]; i++) {
        if (!g_ascii_isalnum(id[i]) && !strchr("-._", id[i])) {
            return false;
        }
    }
    return true;
}

/*
 * Set @qdict's properties on @obj with values of form @kind.  With
 * @schema_errors, a key that is no writable property is reported as
 * QEMU's QAPI schema check reports an unknown member.
 */
static bool object_set_props_from_qdict(Object *obj, const QDict *qdict,
                                        QomInputKind kind,
                                        bool schema_errors, Error **errp)
{
    const QDictEntry *e;

    for (e = qdict_first(qdict); e; e = qdict_next(qdict, e)) {
        const char *key = qdict_entry_key(e);
        ObjectProperty *prop = object_property_find(obj, key);

        if (schema_errors && (!prop || !prop->set)) {
            if (kind == QOM_INPUT_TYPED) {
                error_setg(errp, "Parameter '%s' is unexpected", key);
            } else {
                error_setg(errp, "Invalid parameter '%s'", key);
            }
            return false;
        }
        if (!object_property_set_as(obj, key, qdict_entry_value(e), kind,
                                    errp)) {
            return false;
        }
    }
    return true;
}

bool object_set_properties_from_keyval(Object *obj, const QDict *qdict,
                                       bool from_json, Error **errp)
{
    return object_set_props_from_qdict(obj, qdict,
                                       from_json ? QOM_INPUT_TYPED
                                                 : QOM_INPUT_KEYVAL,
                                       false, errp);
}

static Object *user_creatable_add_kind(const char *type, const char *id,
                                       const QDict *qdict, QomInputKind kind,
                                       bool schema_errors, Error **errp)
{
    ERRP_GUARD();
    ObjectClass *klass;
    Object *obj;

    if (id && !id_wellformed(id)) {
        error_setg(errp, "Parameter '%s' expects %s", "id", "an identifier");
        error_append_hint(errp, "Identifiers consist of letters, digits, "
                          "'-', '.', '_', starting with a letter.\n");
        return NULL;
    }
    klass = object_class_by_name(type);
    if (!klass) {
        error_setg(errp, "invalid object type: %s", type);
        return NULL;
    }
    if (!object_class_dynamic_cast(klass, TYPE_USER_CREATABLE)) {
        error_setg(errp, "object type '%s' isn't supported by object-add",
                   type);
        return NULL;
    }
    if (object_class_is_abstract(klass)) {
        error_setg(errp, "object type '%s' is abstract", type);
        return NULL;
    }

    obj = object_new(type);
    if (!object_set_props_from_qdict(obj, qdict, kind, schema_errors,
                                     errp)) {
        goto fail;
    }
    if (id && !object_property_try_add_child(object_get_objects_root(), id,
                                             obj, errp)) {
        goto fail;
    }
    if (!user_creatable_complete(USER_CREATABLE(obj), errp)) {
        if (id) {
            object_property_del(object_get_objects_root(), id);
        }
        goto fail;
    }
    return obj;

fail:
    object_unref(obj);
    return NULL;
}

Object *user_creatable_add_type(const char *type, const char *id,
                                const QDict *qdict, bool keyval,
                                Error **errp)
{
    return user_creatable_add_kind(type, id, qdict,
                                   keyval ? QOM_INPUT_KEYVAL
                                          : QOM_INPUT_TYPED,
                                   false, errp);
}

/* The string member @key of @qdict, with QAPI's errors. */
static const char *qdict_get_member_str(const QDict *qdict, const char *key,
                                        Error **errp)
{
    QObject *value = qdict_get(qdict, key);
    QString *qstr = qobject_to(QString, value);

    if (!value) {
        error_setg(errp, "Parameter '%s' is missing", key);
        return NULL;
    }
    if (!qstr) {
        error_setg(errp, "Invalid parameter type for '%s', expected: string",
                   key);
        return NULL;
    }
    return qstring_get_str(qstr);
}

static bool user_creatable_type_valid(const char *type)
{
    ObjectClass *klass = object_class_by_name(type);

    return klass && !object_class_is_abstract(klass) &&
           object_class_dynamic_cast(klass, TYPE_USER_CREATABLE);
}

bool user_creatable_add_dict(const QDict *qdict, bool keyval, Error **errp)
{
    g_autoptr(QDict) props = NULL;
    const char *type;
    const char *id;
    Object *obj;

    type = qdict_get_member_str(qdict, "qom-type", errp);
    if (!type) {
        return false;
    }
    if (!user_creatable_type_valid(type)) {
        error_setg(errp, "Parameter 'qom-type' does not accept value '%s'",
                   type);
        return false;
    }
    id = qdict_get_member_str(qdict, "id", errp);
    if (!id) {
        return false;
    }
    props = qdict_clone_shallow(qdict);
    qdict_del(props, "qom-type");
    qdict_del(props, "id");

    obj = user_creatable_add_kind(type, id, props,
                                  keyval ? QOM_INPUT_OPTS : QOM_INPUT_TYPED,
                                  true, errp);
    object_unref(obj);
    return obj != NULL;
}

QDict *user_creatable_parse_str(const char *str, bool *keyval, Error **errp)
{
    QObject *obj;
    QDict *args;
    bool help;

    if (str[0] == '{') {
        *keyval = false;
        obj = qobject_from_json(str, errp);
        if (!obj) {
            return NULL;
        }
        /* JSON text starting with '{' can only be an object. */
        args = qobject_to(QDict, obj);
        assert(args);
        return args;
    }
    *keyval = true;
    args = keyval_parse(str, "qom-type", &help, errp);
    if (args && help) {
        user_creatable_print_help_from_qdict(args);
        qobject_unref(args);
        return NULL;
    }
    return args;
}

bool user_creatable_add_from_str(const char *str, Error **errp)
{
    ERRP_GUARD();
    g_autoptr(QDict) args = NULL;
    bool keyval;

    args = user_creatable_parse_str(str, &keyval, errp);
    if (!args) {
        return false;
    }
    return user_creatable_add_dict(args, keyval, errp);
}

void user_creatable_process_cmdline(const char *cmdline)
{
    if (!user_creatable_add_from_str(cmdline, &error_fatal)) {
        /* Help was printed. */
        exit(EXIT_SUCCESS);
    }
}

bool user_creatable_del(const char *id, Error **errp)
{
    Object *container = object_get_objects_root();
    QemuOptsList *opts_list;
    QemuOpts *opts;
    Object *obj;

    obj = object_resolve_path_component(container, id);
    if (!obj) {
        error_setg(errp, "object '%s' not found", id);
        return false;
    }
    if (!user_creatable_can_be_deleted(USER_CREATABLE(obj))) {
        error_setg(errp, "object '%s' is in use, can not be deleted", id);
        return false;
    }
    /* An object from the command line must not be re-created from it. */
    opts_list = qemu_find_opts_err("object", NULL);
    opts = opts_list ? qemu_opts_find(opts_list, id) : NULL;
    if (opts) {
        qemu_opts_del(opts);
    }
    object_unparent(obj);
    return true;
}

void user_creatable_cleanup(void)
{
    object_unparent(object_get_objects_root());
}

/* ---- Help ---- */

char *object_property_help(const char *name, const char *type,
                           QObject *defval, const char *description)
{
    GString *str = g_string_new(NULL);

    g_string_append_printf(str, "  %s=<%s>", name, type);
    if (description || defval) {
        while (str->len < 24) {
            g_string_append_c(str, ' ');
        }
        g_string_append(str, " - ");
    }
    if (description) {
        g_string_append(str, description);
    }
    if (defval) {
        g_autoptr(GString) json = qobject_to_json(defval);

        g_string_append_printf(str, " (default: %s)", json->str);
    }
    return g_string_free(str, false);
}

static gint help_line_cmp(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void object_property_print_help_lines(const char *type, GPtrArray *lines)
{
    guint i;

    g_ptr_array_sort(lines, help_line_cmp);
    if (lines->len) {
        printf("%s options:\n", type);
    } else {
        printf("There are no options for %s.\n", type);
    }
    for (i = 0; i < lines->len; i++) {
        printf("%s\n", (char *)g_ptr_array_index(lines, i));
    }
}

bool type_print_class_properties(const char *type)
{
    ObjectClass *klass = object_class_by_name(type);
    g_autoptr(GPtrArray) lines = NULL;
    ObjectPropertyIterator iter;
    ObjectProperty *prop;

    if (!klass) {
        return false;
    }
    lines = g_ptr_array_new_with_free_func(g_free);
    object_class_property_iter_init(&iter, klass);
    while ((prop = object_property_iter_next(&iter))) {
        if (prop->set) {
            g_ptr_array_add(lines, object_property_help(prop->name,
                                                        prop->type,
                                                        prop->defval,
                                                        prop->description));
        }
    }
    object_property_print_help_lines(type, lines);
    return true;
}

void user_creatable_print_types(void)
{
    GSList *list = object_class_get_list_sorted(TYPE_USER_CREATABLE, false);
    GSList *l;

    printf("List of user creatable objects:\n");
    for (l = list; l; l = l->next) {
        printf("  %s\n", object_class_get_name(l->data));
    }
    g_slist_free(list);
}

bool user_creatable_print_help(const char *type, QemuOpts *opts)
{
    if (is_help_option(type)) {
        user_creatable_print_types();
        return true;
    }
    if (qemu_opt_has_help_opt(opts)) {
        return type_print_class_properties(type);
    }
    return false;
}

void user_creatable_print_help_from_qdict(const QDict *args)
{
    const char *type = qdict_get_try_str(args, "qom-type");

    if (!type || !type_print_class_properties(type)) {
        user_creatable_print_types();
    }
}
