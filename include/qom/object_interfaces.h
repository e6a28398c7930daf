/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * object_interfaces.h: the user-creatable interface, behind -object,
 * object-add and object-del, and help listings of properties.
 *
 * A type that implements TYPE_USER_CREATABLE can be created by the user;
 * its objects live under /objects/ID.  After its properties are set, the
 * interface's complete() method finishes its set-up (and may refuse it);
 * can_be_deleted() may refuse object-del while the object is in use.
 */
#ifndef QOM_OBJECT_INTERFACES_H
#define QOM_OBJECT_INTERFACES_H

#include "qom/object.h"

#define TYPE_USER_CREATABLE "user-creatable"

typedef struct UserCreatable UserCreatable;     /* the object itself */
typedef struct UserCreatableClass UserCreatableClass;

DECLARE_CLASS_CHECKERS(UserCreatableClass, USER_CREATABLE,
                       TYPE_USER_CREATABLE)
#define USER_CREATABLE(obj) \
    INTERFACE_CHECK(UserCreatable, (obj), TYPE_USER_CREATABLE)

/*
 * UserCreatableClass: @complete finishes creation once the properties are
 * set (NULL: nothing to do); @can_be_deleted says whether the object may
 * be deleted now (NULL: always).
 */
struct UserCreatableClass {
    InterfaceClass parent_class;

    void (*complete)(UserCreatable *uc, Error **errp);
    bool (*can_be_deleted)(UserCreatable *uc);
};

/* Run @uc's complete method.  Returns false with @errp set if it failed. */
bool user_creatable_complete(UserCreatable *uc, Error **errp);

/* Whether @uc may be deleted now. */
bool user_creatable_can_be_deleted(UserCreatable *uc);

/*
 * user_creatable_add_type: create an object of @type, set the properties
 * in @qdict (keyval-style text values with @keyval, typed values
 * otherwise), add it as /objects/@id (unless @id is NULL) and complete
 * it.  Returns the object with one reference for the caller (the
 * container holds another), or NULL with @errp set:
 *   Parameter 'id' expects an identifier   (with a hint: identifiers are
 *                                           letters, digits, '-', '.',
 *                                           '_', starting with a letter)
 *   invalid object type: TYPE
 *   object type 'TYPE' isn't supported by object-add   (not
 *                                                       user-creatable)
 *   object type 'TYPE' is abstract
 *   a property's error ("Property 'TYPE.NAME' not found", ...)
 *   attempt to add duplicate property 'ID' to object (type 'container')
 *   the complete method's error
 * On failure nothing stays in the tree.
 */
Object *user_creatable_add_type(const char *type, const char *id,
                                const QDict *qdict, bool keyval,
                                Error **errp);

/*
 * user_creatable_add_dict: create the object @qdict describes, as
 * -object and object-add do: {"qom-type": TYPE, "id": ID, props...}
 * (text values with @keyval, as the -object option gives them, with
 * -object's messages such as "Parameter 'NAME' expects an int64 value";
 * typed values from JSON or QMP otherwise).  @qdict is not changed.
 * Errors before
 * those of user_creatable_add_type, with QEMU's texts:
 *   Parameter 'qom-type' is missing
 *   Invalid parameter type for 'qom-type', expected: string  (also 'id')
 *   Parameter 'qom-type' does not accept value 'TYPE'  (unknown, not
 *                                                  user-creatable or
 *                                                  abstract type)
 *   Parameter 'id' is missing
 *   Invalid parameter 'NAME' (keyval) / Parameter 'NAME' is unexpected
 *                                  (typed): no writable property NAME
 * Returns true on success (the object is then held by /objects only).
 */
bool user_creatable_add_dict(const QDict *qdict, bool keyval, Error **errp);

/*
 * user_creatable_parse_str: parse an -object argument, either JSON
 * ("{...}") or key=value text with "qom-type" implied.  Returns a new
 * QDict for user_creatable_add_dict and sets *@keyval to how to add it.
 * For key=value text asking for help ("help", "TYPE,help"), prints it
 * (user_creatable_print_help_from_qdict) and returns NULL without an
 * error.  Returns NULL with @errp set on a syntax error.
 */
QDict *user_creatable_parse_str(const char *str, bool *keyval, Error **errp);

/*
 * user_creatable_add_from_str: parse @str and create the object.
 * Returns false when help was printed (@errp not set) or on error.
 */
bool user_creatable_add_from_str(const char *str, Error **errp);

/*
 * user_creatable_process_cmdline: user_creatable_add_from_str for an
 * -object argument; an error is fatal, printed help exits with 0.
 */
void user_creatable_process_cmdline(const char *cmdline);

/*
 * user_creatable_del: delete /objects/@id.  Returns false with @errp set
 * to "object 'ID' not found" or "object 'ID' is in use, can not be
 * deleted".
 */
bool user_creatable_del(const char *id, Error **errp);

/* Unparent /objects and everything below it (at exit). */
void user_creatable_cleanup(void);

/*
 * object_property_help: one help line, "  NAME=<TYPE>", then, when there
 * is a description or default, padding to column 24 and " - DESCRIPTION
 * (default: JSON)".  A new string.
 */
char *object_property_help(const char *name, const char *type,
                           QObject *defval, const char *description);

/*
 * object_property_print_help_lines: print "TYPE options:" and @lines
 * (object_property_help results), sorted in place, one a line, or "There
 * are no options for TYPE." when @lines is empty.  The layout of
 * -object TYPE,help and -device TYPE,help.
 */
void object_property_print_help_lines(const char *type, GPtrArray *lines);

/*
 * type_print_class_properties: print "TYPE options:" and a help line for
 * each writable class property of @type, sorted, or "There are no
 * options for TYPE." when it has none.  Returns false (printing nothing)
 * if @type does not exist.
 */
bool type_print_class_properties(const char *type);

/* Print "List of user creatable objects:" and "  NAME" for each type. */
void user_creatable_print_types(void);

/*
 * user_creatable_print_help: -object help handling for the "object"
 * QemuOpts group: @type "help" lists the types; an option "help" in
 * @opts lists @type's properties.  Returns true if it printed something.
 */
bool user_creatable_print_help(const char *type, QemuOpts *opts);

/*
 * user_creatable_print_help_from_qdict: the same for keyval -object
 * arguments: @args' "qom-type" properties, or the type list when it
 * names no type.
 */
void user_creatable_print_help_from_qdict(const QDict *args);

/*
 * object_set_properties_from_keyval: set each property of @qdict on
 * @obj, in order: typed values when @from_json, key=value text
 * otherwise.  Stops at the first error.
 */
bool object_set_properties_from_keyval(Object *obj, const QDict *qdict,
                                       bool from_json, Error **errp);

#endif
