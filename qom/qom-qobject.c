/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qom-qobject.c: reading and writing QOM property values as QObjects.
 *
 * QEMU moves property values through visitors; qlite moves them as
 * QObjects.  What QEMU's visitors tell apart (a typed QObject, key=value
 * text, a -global string) is kept as the "input kind" of the set in
 * progress, so the qom_input_* helpers that setters call can accept each
 * form and word their errors exactly as QEMU 8.2's qobject-input
 * (typed and keyval) and string-input visitors do.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "qobject/qbool.h"
#include "qobject/qjson.h"
#include "qobject/qnum.h"
#include "qobject/qstring.h"
#include "qom/object.h"
#include "qom/qom-qobject.h"
#include "qom-internal.h"

/* Per thread: a setter may run while another thread sets something. */
static __thread QomInputKind input_kind = QOM_INPUT_TYPED;

QomInputKind qom_input_kind(void)
{
    return input_kind;
}

static const char *qom_name(const char *name)
{
    return name ? name : "null";
}

/* The text of @in when it arrived as text, else NULL. */
static const char *qom_input_text(QObject *in)
{
    QString *qstr;

    if (input_kind == QOM_INPUT_TYPED) {
        return NULL;
    }
    qstr = qobject_to(QString, in);
    return qstr ? qstring_get_str(qstr) : NULL;
}

static void qom_type_error(const char *name, const char *expected,
                           Error **errp)
{
    error_setg(errp, "Invalid parameter type for '%s', expected: %s",
               qom_name(name), expected);
}

static void qom_value_error(const char *name, const char *expected,
                            Error **errp)
{
    error_setg(errp, "Parameter '%s' expects %s", qom_name(name), expected);
}

enum {
    QOM_EXPECT_INT,
    QOM_EXPECT_UINT,
    QOM_EXPECT_SIZE,
};

/* What "Parameter 'NAME' expects ..." says for bad text of each kind. */
static const char *qom_text_expects(int what)
{
    static const char *const expects[][3] = {
        [QOM_INPUT_KEYVAL] = { "integer", "integer", "size" },
        [QOM_INPUT_STRING] = { "int64", "uint64", "size" },
        [QOM_INPUT_OPTS] = { "an int64 value", "a uint64 value",
                             "a size value" },
    };

    return expects[input_kind][what];
}

bool qom_input_bool(const char *name, QObject *in, bool *val, Error **errp)
{
    const char *text = qom_input_text(in);
    QBool *qbool;

    if (text) {
        return qapi_bool_parse(qom_name(name), text, val, errp);
    }
    qbool = qobject_to(QBool, in);
    if (!qbool) {
        qom_type_error(name, "boolean", errp);
        return false;
    }
    *val = qbool_get_bool(qbool);
    return true;
}

bool qom_input_str(const char *name, QObject *in, char **val, Error **errp)
{
    QString *qstr = qobject_to(QString, in);

    if (!qstr) {
        qom_type_error(name, "string", errp);
        return false;
    }
    *val = g_strdup(qstring_get_str(qstr));
    return true;
}

bool qom_input_int(const char *name, QObject *in, int64_t *val,
                   Error **errp)
{
    const char *text = qom_input_text(in);
    QNum *qnum;

    if (text) {
        if (qemu_strtoi64(text, NULL, 0, val) < 0) {
            qom_value_error(name, qom_text_expects(QOM_EXPECT_INT), errp);
            return false;
        }
        return true;
    }
    qnum = qobject_to(QNum, in);
    if (!qnum || !qnum_get_try_int(qnum, val)) {
        qom_type_error(name, "integer", errp);
        return false;
    }
    return true;
}

bool qom_input_uint(const char *name, QObject *in, uint64_t *val,
                    Error **errp)
{
    const char *text = qom_input_text(in);
    QNum *qnum;
    int64_t i64;

    if (text) {
        if (qemu_strtou64(text, NULL, 0, val) < 0) {
            qom_value_error(name, qom_text_expects(QOM_EXPECT_UINT), errp);
            return false;
        }
        return true;
    }
    qnum = qobject_to(QNum, in);
    if (qnum && qnum_get_try_uint(qnum, val)) {
        return true;
    }
    /* Negative numbers wrap around, as QEMU accepts them for compat. */
    if (qnum && qnum_get_try_int(qnum, &i64)) {
        *val = i64;
        return true;
    }
    qom_value_error(name, "uint64", errp);
    return false;
}

bool qom_input_size(const char *name, QObject *in, uint64_t *val,
                    Error **errp)
{
    const char *text = qom_input_text(in);

    if (!text) {
        return qom_input_uint(name, in, val, errp);
    }
    if (qemu_strtosz(text, NULL, val) < 0) {
        qom_value_error(name, qom_text_expects(QOM_EXPECT_SIZE), errp);
        return false;
    }
    return true;
}

bool qom_input_number(const char *name, QObject *in, double *val,
                      Error **errp)
{
    const char *text = qom_input_text(in);
    QNum *qnum;

    if (text) {
        if (qemu_strtod_finite(text, NULL, val) < 0) {
            qom_value_error(name, "number", errp);
            return false;
        }
        return true;
    }
    qnum = qobject_to(QNum, in);
    if (!qnum) {
        qom_type_error(name, "number", errp);
        return false;
    }
    *val = qnum_get_double(qnum);
    return true;
}

static bool qom_input_int_range(const char *name, QObject *in,
                                int64_t min, int64_t max, const char *type,
                                int64_t *val, Error **errp)
{
    int64_t v;

    if (!qom_input_int(name, in, &v, errp)) {
        return false;
    }
    if (v < min || v > max) {
        qom_value_error(name, type, errp);
        return false;
    }
    *val = v;
    return true;
}

static bool qom_input_uint_max(const char *name, QObject *in, uint64_t max,
                               const char *type, uint64_t *val, Error **errp)
{
    uint64_t v;

    if (!qom_input_uint(name, in, &v, errp)) {
        return false;
    }
    if (v > max) {
        qom_value_error(name, type, errp);
        return false;
    }
    *val = v;
    return true;
}

#define DEFINE_QOM_INPUT_INT(bits)                                         \
bool qom_input_int##bits(const char *name, QObject *in,                    \
                         int##bits##_t *val, Error **errp)                 \
{                                                                          \
    int64_t v;                                                             \
                                                                           \
    if (!qom_input_int_range(name, in, INT##bits##_MIN, INT##bits##_MAX,   \
                             "int" #bits "_t", &v, errp)) {                \
        return false;                                                      \
    }                                                                      \
    *val = v;                                                              \
    return true;                                                           \
}                                                                          \
                                                                           \
bool qom_input_uint##bits(const char *name, QObject *in,                   \
                          uint##bits##_t *val, Error **errp)               \
{                                                                          \
    uint64_t v;                                                            \
                                                                           \
    if (!qom_input_uint_max(name, in, UINT##bits##_MAX,                    \
                            "uint" #bits "_t", &v, errp)) {                \
        return false;                                                      \
    }                                                                      \
    *val = v;                                                              \
    return true;                                                           \
}

DEFINE_QOM_INPUT_INT(8)
DEFINE_QOM_INPUT_INT(16)
DEFINE_QOM_INPUT_INT(32)

bool qom_input_enum(const char *name, QObject *in,
                    const QEnumLookup *lookup, int *val, Error **errp)
{
    g_autofree char *str = NULL;
    int v;

    if (!qom_input_str(name, in, &str, errp)) {
        return false;
    }
    v = qapi_enum_parse(lookup, str, -1, NULL);
    if (v < 0) {
        error_setg(errp, "Parameter '%s' does not accept value '%s'",
                   qom_name(name), str);
        return false;
    }
    *val = v;
    return true;
}

/* ---- Getting and setting ---- */

QObject *object_property_get_qobject(Object *obj, const char *name,
                                     Error **errp)
{
    ObjectProperty *prop = object_property_find_err(obj, name, errp);
    QObject *value = NULL;
    Error *err = NULL;

    if (!prop) {
        return NULL;
    }
    if (!prop->get) {
        error_setg(errp, "Property '%s.%s' is not readable",
                   object_get_typename(obj), name);
        return NULL;
    }
    prop->get(obj, name, &value, prop->opaque, &err);
    if (err) {
        error_propagate(errp, err);
        qobject_unref(value);
        return NULL;
    }
    assert(value);
    return value;
}

bool object_property_set_as(Object *obj, const char *name, QObject *value,
                            QomInputKind kind, Error **errp)
{
    ObjectProperty *prop = object_property_find_err(obj, name, errp);
    QomInputKind saved = input_kind;
    Error *err = NULL;

    if (!prop) {
        return false;
    }
    if (!prop->set) {
        error_setg(errp, "Property '%s.%s' is not writable",
                   object_get_typename(obj), name);
        return false;
    }
    input_kind = kind;
    prop->set(obj, name, &value, prop->opaque, &err);
    input_kind = saved;
    if (err) {
        error_propagate(errp, err);
        return false;
    }
    return true;
}

bool object_property_set_qobject(Object *obj, const char *name,
                                 QObject *value, Error **errp)
{
    return object_property_set_as(obj, name, value, QOM_INPUT_TYPED, errp);
}

/* Set from a new reference @value, which is dropped. */
static bool object_property_set_owned(Object *obj, const char *name,
                                      QObject *value, Error **errp)
{
    bool ok = object_property_set_qobject(obj, name, value, errp);

    qobject_unref(value);
    return ok;
}

bool object_property_set_str(Object *obj, const char *name,
                             const char *value, Error **errp)
{
    return object_property_set_owned(obj, name,
                                     QOBJECT(qstring_from_str(value)), errp);
}

bool object_property_set_bool(Object *obj, const char *name,
                              bool value, Error **errp)
{
    return object_property_set_owned(obj, name,
                                     QOBJECT(qbool_from_bool(value)), errp);
}

bool object_property_set_int(Object *obj, const char *name,
                             int64_t value, Error **errp)
{
    return object_property_set_owned(obj, name,
                                     QOBJECT(qnum_from_int(value)), errp);
}

bool object_property_set_uint(Object *obj, const char *name,
                              uint64_t value, Error **errp)
{
    return object_property_set_owned(obj, name,
                                     QOBJECT(qnum_from_uint(value)), errp);
}

char *object_property_get_str(Object *obj, const char *name, Error **errp)
{
    g_autoptr(QObject) value = object_property_get_qobject(obj, name, errp);
    QString *qstr;

    if (!value) {
        return NULL;
    }
    qstr = qobject_to(QString, value);
    if (!qstr) {
        qom_type_error(name, "string", errp);
        return NULL;
    }
    return g_strdup(qstring_get_str(qstr));
}

bool object_property_get_bool(Object *obj, const char *name, Error **errp)
{
    g_autoptr(QObject) value = object_property_get_qobject(obj, name, errp);
    QBool *qbool;

    if (!value) {
        return false;
    }
    qbool = qobject_to(QBool, value);
    if (!qbool) {
        qom_type_error(name, "boolean", errp);
        return false;
    }
    return qbool_get_bool(qbool);
}

int64_t object_property_get_int(Object *obj, const char *name, Error **errp)
{
    g_autoptr(QObject) value = object_property_get_qobject(obj, name, errp);
    QNum *qnum;
    int64_t v;

    if (!value) {
        return -1;
    }
    qnum = qobject_to(QNum, value);
    if (!qnum || !qnum_get_try_int(qnum, &v)) {
        qom_type_error(name, "int", errp);
        return -1;
    }
    return v;
}

uint64_t object_property_get_uint(Object *obj, const char *name,
                                  Error **errp)
{
    g_autoptr(QObject) value = object_property_get_qobject(obj, name, errp);
    QNum *qnum;
    uint64_t v;

    if (!value) {
        return 0;
    }
    qnum = qobject_to(QNum, value);
    if (!qnum || !qnum_get_try_uint(qnum, &v)) {
        qom_type_error(name, "uint", errp);
        return 0;
    }
    return v;
}

bool object_property_set_link(Object *obj, const char *name,
                              Object *value, Error **errp)
{
    g_autofree char *path = value ? object_get_canonical_path(value) : NULL;

    return object_property_set_str(obj, name, path ? path : "", errp);
}

Object *object_property_get_link(Object *obj, const char *name,
                                 Error **errp)
{
    g_autofree char *path = object_property_get_str(obj, name, errp);
    Object *target;

    if (!path || !*path) {
        return NULL;
    }
    target = object_resolve_path(path, NULL);
    if (!target) {
        error_set(errp, ERROR_CLASS_DEVICE_NOT_FOUND,
                  "Device '%s' not found", path);
    }
    return target;
}

const char *object_property_get_type(Object *obj, const char *name,
                                     Error **errp)
{
    ObjectProperty *prop = object_property_find_err(obj, name, errp);

    return prop ? prop->type : NULL;
}

int object_property_get_enum(Object *obj, const char *name,
                             const char *typename, Error **errp)
{
    ObjectProperty *prop = object_property_find_err(obj, name, errp);
    g_autofree char *str = NULL;
    int v;

    if (!prop) {
        return -1;
    }
    if (!g_str_equal(prop->type, typename)) {
        error_setg(errp, "Property %s on %s is not '%s' enum type",
                   name, object_get_typename(obj), typename);
        return -1;
    }
    str = object_property_get_str(obj, name, errp);
    if (!str) {
        return -1;
    }
    /* An enum property's opaque starts with its lookup table. */
    v = qapi_enum_parse(*(const QEnumLookup **)prop->opaque, str, -1, errp);
    return v;
}

bool object_property_parse(Object *obj, const char *name,
                           const char *string, Error **errp)
{
    g_autoptr(QString) qstr = qstring_from_str(string);

    return object_property_set_as(obj, name, QOBJECT(qstr),
                                  QOM_INPUT_STRING, errp);
}

static char *qom_print_num(QNum *qnum, bool human, bool is_size)
{
    g_autofree char *size = NULL;
    uint64_t u64;
    int64_t i64;

    if (qnum_get_try_int(qnum, &i64)) {
        if (is_size && human && i64 >= 0) {
            size = size_to_str(i64);
            return g_strdup_printf("%" PRId64 " (%s)", i64, size);
        }
        return human ? g_strdup_printf("%" PRId64 " (0x%" PRIx64 ")",
                                       i64, i64)
                     : g_strdup_printf("%" PRId64, i64);
    }
    if (qnum_get_try_uint(qnum, &u64)) {
        if (is_size && human) {
            size = size_to_str(u64);
            return g_strdup_printf("%" PRIu64 " (%s)", u64, size);
        }
        return human ? g_strdup_printf("%" PRIu64 " (0x%" PRIx64 ")",
                                       u64, u64)
                     : g_strdup_printf("%" PRIu64, u64);
    }
    return g_strdup_printf("%.17g", qnum_get_double(qnum));
}

char *object_property_print(Object *obj, const char *name, bool human,
                            Error **errp)
{
    g_autoptr(QObject) value = object_property_get_qobject(obj, name, errp);
    const char *type;

    if (!value) {
        return NULL;
    }
    type = object_property_get_type(obj, name, &error_abort);
    switch (qobject_type(value)) {
    case QTYPE_QSTRING:
        return human ? g_strdup_printf("\"%s\"",
                                       qstring_get_str(qobject_to(QString,
                                                                  value)))
                     : g_strdup(qstring_get_str(qobject_to(QString, value)));
    case QTYPE_QBOOL:
        return g_strdup(qbool_get_bool(qobject_to(QBool, value)) ?
                        "true" : "false");
    case QTYPE_QNUM:
        return qom_print_num(qobject_to(QNum, value), human,
                             g_str_equal(type, "size"));
    case QTYPE_QNULL:
        return g_strdup(human ? "<null>" : "");
    default:
        return g_string_free(qobject_to_json(value), false);
    }
}
