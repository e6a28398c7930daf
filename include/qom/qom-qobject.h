/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qom-qobject.h: QOM property values as QObjects.
 *
 * A property's value travels as a QObject.  A value may be written in
 * several forms, and a setter accepts each the way QEMU 8.2's visitors do:
 *
 *   typed      object_property_set_qobject/_str/_bool/_int/_uint, QMP,
 *              JSON -object/-device: the QObject must have the
 *              property's type (QBool, QNum, QString, ...);
 *   key=value  object_set_properties_from_keyval(!from_json), as for
 *              -device: scalars arrive as QStrings ("on", "42", "1G");
 *   -object    user_creatable_add_dict(keyval): QStrings too, with the
 *              messages of QEMU's QemuOpts-based -object parsing;
 *   string     object_property_parse (-global, compat properties).
 *
 * Setters read their input with the qom_input_* helpers below, which know
 * the form of the value being set (a typed QObject is accepted in the
 * text forms too) and report errors with QEMU's message for that form:
 *
 *   typed:      Invalid parameter type for 'NAME', expected: boolean
 *               (likewise integer, string, number); for unsigned and size
 *               values anything but an integer gives "Parameter 'NAME'
 *               expects uint64"
 *   key=value:  Parameter 'NAME' expects integer (likewise size, number)
 *   -object:    Parameter 'NAME' expects an int64 value (likewise a
 *               uint64 value, a size value)
 *   string:     Parameter 'NAME' expects int64 (likewise uint64, size,
 *               number)
 *   text forms: Parameter 'NAME' expects 'on' or 'off' (booleans)
 *   all forms:  Parameter 'NAME' expects uint8_t (uint16_t, uint32_t,
 *               int8_t, int16_t, int32_t) for a value out of range;
 *               Parameter 'NAME' does not accept value 'VALUE' (enums)
 *
 * Each helper returns true and stores the value, or returns false with
 * @errp set and leaves *@val unchanged.
 */
#ifndef QOM_QOM_QOBJECT_H
#define QOM_QOM_QOBJECT_H

#include "qom/object.h"

/*
 * object_property_get_qobject: the value of property @name of @obj, a new
 * reference, or NULL with @errp set.
 */
QObject *object_property_get_qobject(Object *obj, const char *name,
                                     Error **errp);

/* object_property_set_qobject: set property @name from typed @value. */
bool object_property_set_qobject(Object *obj, const char *name,
                                 QObject *value, Error **errp);

bool qom_input_bool(const char *name, QObject *in, bool *val, Error **errp);

/* *@val receives a new string the caller frees. */
bool qom_input_str(const char *name, QObject *in, char **val, Error **errp);

bool qom_input_int(const char *name, QObject *in, int64_t *val,
                   Error **errp);
bool qom_input_int8(const char *name, QObject *in, int8_t *val,
                    Error **errp);
bool qom_input_int16(const char *name, QObject *in, int16_t *val,
                     Error **errp);
bool qom_input_int32(const char *name, QObject *in, int32_t *val,
                     Error **errp);

/* Unsigned: typed negative integers wrap modulo 2^64, as in QEMU. */
bool qom_input_uint(const char *name, QObject *in, uint64_t *val,
                    Error **errp);
bool qom_input_uint8(const char *name, QObject *in, uint8_t *val,
                     Error **errp);
bool qom_input_uint16(const char *name, QObject *in, uint16_t *val,
                      Error **errp);
bool qom_input_uint32(const char *name, QObject *in, uint32_t *val,
                      Error **errp);

/* A size: like uint, but text may carry a suffix (qemu_strtosz). */
bool qom_input_size(const char *name, QObject *in, uint64_t *val,
                    Error **errp);

bool qom_input_number(const char *name, QObject *in, double *val,
                      Error **errp);

/* An enum, given by its name in @lookup. */
bool qom_input_enum(const char *name, QObject *in,
                    const QEnumLookup *lookup, int *val, Error **errp);

#endif
