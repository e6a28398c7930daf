/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qom-internal.h: what the files of qom/ share and nobody else needs.
 */
#ifndef QOM_QOM_INTERNAL_H
#define QOM_QOM_INTERNAL_H

#include "qom/object.h"

/* The form of the value a setter is being given (see qom-qobject.h). */
typedef enum QomInputKind {
    QOM_INPUT_TYPED,
    QOM_INPUT_KEYVAL,
    QOM_INPUT_STRING,
    QOM_INPUT_OPTS,     /* -object key=value (QEMU's opts visitor) */
} QomInputKind;

/*
 * object_property_set_as: set property @name of @obj from @value, telling
 * the setter (through qom_input_kind()) that @value has the form @kind.
 */
bool object_property_set_as(Object *obj, const char *name, QObject *value,
                            QomInputKind kind, Error **errp);

/* The form of the value of the set in progress in this thread. */
QomInputKind qom_input_kind(void);

/* Free a property (the free function of property tables). */
void object_property_free(gpointer data);

/* True for "child<...>" properties. */
bool object_property_is_child(const ObjectProperty *prop);

/* Release every property of @obj and free its property table. */
void object_property_del_all(Object *obj);

/* Run the init (default value) of every class property of @obj. */
void object_class_property_init_all(Object *obj);

/* Built-in types, registered with the type table itself. */
extern const TypeInfo container_info;
extern const TypeInfo user_creatable_info;

/* TYPE_OBJECT's class_init (adds the "type" property). */
void object_class_init_base(ObjectClass *klass, void *data);

#endif
