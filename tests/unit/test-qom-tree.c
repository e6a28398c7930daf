/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the QOM composition tree (qom/object-tree.c,
 * qom/container.c): child and link properties, canonical paths, path
 * resolution (absolute, partial, ambiguous), containers and iteration.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/qstring.h"
#include "qom/object.h"
#include "qom/qom-qobject.h"

#define TYPE_TEST_NODE "test-node"
#define TYPE_TEST_LEAF "test-leaf"
#define TYPE_TEST_HOLDER "test-holder"

typedef struct NodeState {
    Object parent_obj;
    Object *link;
    int unparents;
} NodeState;

typedef struct HolderState {
    Object parent_obj;
    Object *target;     /* class link property "target" */
} HolderState;

static int node_finalized;
static bool reject_links;

static void node_unparent(Object *obj)
{
    ((NodeState *)obj)->unparents++;
}

static void node_class_init(ObjectClass *oc, void *data)
{
    oc->unparent = node_unparent;
}

static void node_finalize(Object *obj)
{
    node_finalized++;
}

static void holder_check(const Object *obj, const char *name, Object *val,
                         Error **errp)
{
    if (reject_links) {
        error_setg(errp, "link '%s' refused", name);
    }
}

static void holder_class_init(ObjectClass *oc, void *data)
{
    object_class_property_add_link(oc, "target", TYPE_TEST_NODE,
                                   offsetof(HolderState, target),
                                   holder_check, OBJ_PROP_LINK_STRONG);
}

static const TypeInfo tree_types[] = {
    {
        .name = TYPE_TEST_NODE,
        .parent = TYPE_OBJECT,
        .instance_size = sizeof(NodeState),
        .instance_finalize = node_finalize,
        .class_init = node_class_init,
    }, {
        .name = TYPE_TEST_LEAF,
        .parent = TYPE_TEST_NODE,
    }, {
        .name = TYPE_TEST_HOLDER,
        .parent = TYPE_OBJECT,
        .instance_size = sizeof(HolderState),
        .class_init = holder_class_init,
    },
};

static void check_err(Error **errp, const char *msg)
{
    g_assert_nonnull(*errp);
    g_assert_cmpstr(error_get_pretty(*errp), ==, msg);
    error_free(*errp);
    *errp = NULL;
}

/* A new @type object added as child @name of @parent (which owns it). */
static Object *add_node(Object *parent, const char *name, const char *type)
{
    Object *obj = object_new(type);

    object_property_add_child(parent, name, obj);
    object_unref(obj);
    return obj;
}

static void test_root(void)
{
    Object *root = object_get_root();
    Object *objects = object_get_objects_root();
    g_autofree char *root_path = object_get_canonical_path(root);
    g_autofree char *objects_path = object_get_canonical_path(objects);

    g_assert_cmpstr(object_get_typename(root), ==, TYPE_CONTAINER);
    g_assert_cmpstr(root_path, ==, "/");
    g_assert_cmpstr(objects_path, ==, "/objects");
    g_assert_null(object_get_canonical_path_component(root));
    g_assert_true(object_get_root() == root);
    g_assert_true(object_get_objects_root() == objects);
    g_assert_true(object_resolve_path("/", NULL) == root);
    g_assert_true(object_resolve_path("/objects", NULL) == objects);
}

static void test_internal_root(void)
{
    Object *internal = object_get_internal_root();
    Object *node = add_node(internal, "hidden", TYPE_TEST_NODE);

    g_assert_true(object_get_internal_root() == internal);
    g_assert_null(object_get_canonical_path(internal));
    /* Outside the tree: no canonical path, not found from the root. */
    g_assert_null(object_get_canonical_path(node));
    g_assert_null(object_resolve_path("hidden", NULL));
    object_unparent(node);
}

static void test_container_get(void)
{
    Object *root = object_get_root();
    Object *periph = container_get(root, "/machine/peripheral");
    g_autofree char *path = object_get_canonical_path(periph);

    g_assert_cmpstr(path, ==, "/machine/peripheral");
    g_assert_cmpstr(object_get_typename(periph), ==, TYPE_CONTAINER);
    g_assert_true(container_get(root, "/machine/peripheral") == periph);
    g_assert_true(container_get(root, "/machine//peripheral/") == periph);
    g_assert_true(container_get(root, "/") == root);
    object_unparent(object_resolve_path("/machine", NULL));
}

static void test_child(void)
{
    Object *parent = object_new(TYPE_TEST_NODE);
    Object *child = object_new(TYPE_TEST_LEAF);
    ObjectProperty *prop;

    object_property_add_child(object_get_root(), "parent", parent);
    prop = object_property_add_child(parent, "kid", child);
    g_assert_cmpstr(prop->type, ==, "child<test-leaf>");
    g_assert_true(child->parent == parent);
    g_assert_cmpint(child->ref, ==, 2);
    g_assert_cmpstr(object_get_canonical_path_component(child), ==, "kid");
    object_unref(child);
    object_unref(parent);
    object_unparent(parent);
}

static void test_child_path(void)
{
    Object *parent = add_node(object_get_root(), "p", TYPE_TEST_NODE);
    Object *child = add_node(parent, "c", TYPE_TEST_LEAF);
    g_autofree char *path = object_get_canonical_path(child);
    g_autofree char *value = object_property_get_str(parent, "c", NULL);

    g_assert_cmpstr(path, ==, "/p/c");
    /* Reading a child property gives the child's canonical path. */
    g_assert_cmpstr(value, ==, "/p/c");
    object_unparent(parent);
}

static void test_child_detached_value(void)
{
    Object *parent = object_new(TYPE_TEST_NODE);
    g_autofree char *value = NULL;

    add_node(parent, "c", TYPE_TEST_LEAF);
    value = object_property_get_str(parent, "c", NULL);
    g_assert_cmpstr(value, ==, "");
    object_unref(parent);
}

static void test_child_duplicate(void)
{
    Object *parent = object_new(TYPE_TEST_NODE);
    Object *child = object_new(TYPE_TEST_NODE);
    Error *err = NULL;

    add_node(parent, "c", TYPE_TEST_LEAF);
    g_assert_null(object_property_try_add_child(parent, "c", child, &err));
    check_err(&err, "attempt to add duplicate property 'c' to object "
              "(type 'test-node')");
    g_assert_null(child->parent);
    g_assert_cmpint(child->ref, ==, 1);
    object_unref(child);
    object_unref(parent);
}

static void test_unparent(void)
{
    Object *parent = object_new(TYPE_TEST_NODE);
    Object *child = object_new(TYPE_TEST_NODE);
    int before;

    object_property_add_child(parent, "c", child);
    object_unparent(child);
    g_assert_null(child->parent);
    g_assert_cmpint(((NodeState *)child)->unparents, ==, 1);
    g_assert_null(object_property_find(parent, "c"));
    /* No parent: nothing to do. */
    object_unparent(child);
    g_assert_cmpint(((NodeState *)child)->unparents, ==, 1);
    before = node_finalized;
    object_unref(child);
    g_assert_cmpint(node_finalized, ==, before + 1);
    object_unref(parent);
}

static void test_finalize_children(void)
{
    Object *parent = object_new(TYPE_TEST_NODE);
    int before = node_finalized;

    add_node(add_node(parent, "a", TYPE_TEST_NODE), "b", TYPE_TEST_NODE);
    add_node(parent, "c", TYPE_TEST_NODE);
    object_unref(parent);
    g_assert_cmpint(node_finalized, ==, before + 4);
}

static void test_resolve(void)
{
    Object *top = add_node(object_get_root(), "top", TYPE_TEST_NODE);
    Object *a = add_node(top, "a", TYPE_TEST_NODE);
    Object *b = add_node(a, "b", TYPE_TEST_LEAF);
    Object *c = add_node(top, "c", TYPE_TEST_NODE);
    Object *b2 = add_node(c, "b", TYPE_TEST_NODE);
    bool ambiguous = true;

    g_assert_true(object_resolve_path("/top/a/b", &ambiguous) == b);
    g_assert_false(ambiguous);
    g_assert_true(object_resolve_path("/top//a/b/", NULL) == b);
    g_assert_null(object_resolve_path("/top/x", NULL));
    g_assert_null(object_resolve_path_type("/top/a/b", "test-holder",
                                           NULL));
    /* Partial paths: unique, ambiguous, or unique once typed. */
    g_assert_true(object_resolve_path("a/b", &ambiguous) == b);
    g_assert_false(ambiguous);
    g_assert_null(object_resolve_path("b", &ambiguous));
    g_assert_true(ambiguous);
    g_assert_null(object_resolve_path("b", NULL));
    g_assert_true(object_resolve_path_type("b", TYPE_TEST_LEAF,
                                           &ambiguous) == b);
    g_assert_false(ambiguous);
    g_assert_true(object_resolve_path("c/b", NULL) == b2);
    g_assert_null(object_resolve_path("nowhere", &ambiguous));
    g_assert_false(ambiguous);
    /* The empty path: the one object of a type. */
    g_assert_true(object_resolve_path_type("", TYPE_TEST_LEAF, NULL) == b);
    g_assert_true(object_resolve_path_component(top, "a") == a);
    g_assert_null(object_resolve_path_component(top, "type"));
    g_assert_null(object_resolve_path_component(top, "nope"));
    g_assert_true(object_resolve_path_at(top, "a/b") == b);
    g_assert_true(object_resolve_path_at(c, "/top/c/b") == b2);
    g_assert_null(object_resolve_path_at(c, "a"));
    object_unparent(top);
}

static int count_child(Object *child, void *opaque)
{
    (*(int *)opaque)++;
    return 0;
}

static int stop_at_leaf(Object *child, void *opaque)
{
    return object_dynamic_cast(child, TYPE_TEST_LEAF) ? 7 : 0;
}

static void test_foreach(void)
{
    Object *top = object_new(TYPE_TEST_NODE);
    Object *a = add_node(top, "a", TYPE_TEST_NODE);
    int n = 0;

    add_node(a, "b", TYPE_TEST_NODE);
    add_node(top, "c", TYPE_TEST_NODE);
    g_assert_cmpint(object_child_foreach(top, count_child, &n), ==, 0);
    g_assert_cmpint(n, ==, 2);
    n = 0;
    g_assert_cmpint(object_child_foreach_recursive(top, count_child, &n),
                    ==, 0);
    g_assert_cmpint(n, ==, 3);
    g_assert_cmpint(object_child_foreach_recursive(top, stop_at_leaf, NULL),
                    ==, 0);
    add_node(a, "leaf", TYPE_TEST_LEAF);
    g_assert_cmpint(object_child_foreach_recursive(top, stop_at_leaf, NULL),
                    ==, 7);
    g_assert_cmpint(object_child_foreach(top, stop_at_leaf, NULL), ==, 0);
    add_node(top, "leaf", TYPE_TEST_LEAF);
    g_assert_cmpint(object_child_foreach(top, stop_at_leaf, NULL), ==, 7);
    object_unref(top);
}

static void test_link(void)
{
    Object *top = add_node(object_get_root(), "top", TYPE_TEST_NODE);
    Object *leaf = add_node(top, "leaf", TYPE_TEST_LEAF);
    NodeState *s = (NodeState *)top;
    g_autofree char *value = NULL;
    ObjectProperty *prop;

    prop = object_property_add_link(top, "l", TYPE_TEST_LEAF, &s->link,
                                    object_property_allow_set_link, 0);
    g_assert_cmpstr(prop->type, ==, "link<test-leaf>");
    g_assert_true(object_property_set_str(top, "l", "/top/leaf", NULL));
    g_assert_true(s->link == leaf);
    g_assert_cmpint(leaf->ref, ==, 1);
    value = object_property_get_str(top, "l", NULL);
    g_assert_cmpstr(value, ==, "/top/leaf");
    g_assert_true(object_property_get_link(top, "l", NULL) == leaf);
    g_assert_true(object_resolve_path("/top/l", NULL) == leaf);
    g_assert_true(object_property_set_str(top, "l", "", NULL));
    g_assert_null(s->link);
    g_assert_null(object_property_get_link(top, "l", NULL));
    g_assert_true(object_property_parse(top, "l", "leaf", NULL));
    g_assert_true(s->link == leaf);
    g_assert_true(object_property_set_link(top, "l", NULL, NULL));
    g_assert_null(s->link);
    g_assert_true(object_property_set_link(top, "l", leaf, NULL));
    g_assert_true(s->link == leaf);
    object_unparent(top);
}

static void test_link_errors(void)
{
    Object *top = add_node(object_get_root(), "top", TYPE_TEST_NODE);
    NodeState *s = (NodeState *)top;
    Error *err = NULL;

    add_node(top, "n1", TYPE_TEST_NODE);
    add_node(add_node(top, "x", TYPE_TEST_NODE), "dup", TYPE_TEST_LEAF);
    add_node(add_node(top, "y", TYPE_TEST_NODE), "dup", TYPE_TEST_LEAF);
    object_property_add_link(top, "l", TYPE_TEST_LEAF, &s->link,
                             object_property_allow_set_link, 0);
    g_assert_false(object_property_set_str(top, "l", "/top/n1", &err));
    check_err(&err, "Invalid parameter type for 'l', expected: test-leaf");
    g_assert_false(object_property_set_str(top, "l", "/top/none", &err));
    g_assert_cmpint(error_get_class(err), ==, ERROR_CLASS_DEVICE_NOT_FOUND);
    check_err(&err, "Device '/top/none' not found");
    g_assert_false(object_property_set_str(top, "l", "dup", &err));
    check_err(&err, "Path 'dup' does not uniquely identify an object");
    g_assert_false(object_property_set_bool(top, "l", true, &err));
    check_err(&err, "Invalid parameter type for 'l', expected: string");
    g_assert_null(s->link);
    object_unparent(top);
}

static void test_link_ambiguous_other_type(void)
{
    Object *top = add_node(object_get_root(), "top", TYPE_TEST_NODE);
    NodeState *s = (NodeState *)top;
    Error *err = NULL;

    /* "n" names two objects, neither of the link's type. */
    add_node(add_node(top, "x", TYPE_TEST_NODE), "n", TYPE_TEST_NODE);
    add_node(add_node(top, "y", TYPE_TEST_NODE), "n", TYPE_TEST_NODE);
    object_property_add_link(top, "l", TYPE_TEST_LEAF, &s->link,
                             object_property_allow_set_link, 0);
    g_assert_false(object_property_set_str(top, "l", "n", &err));
    check_err(&err, "Invalid parameter type for 'l', expected: test-leaf");
    object_unparent(top);
}

static void test_link_strong(void)
{
    Object *top = object_new(TYPE_TEST_NODE);
    Object *leaf = add_node(object_get_root(), "leaf", TYPE_TEST_LEAF);
    Object *leaf2 = add_node(object_get_root(), "leaf2", TYPE_TEST_LEAF);
    NodeState *s = (NodeState *)top;

    object_property_add_link(top, "l", TYPE_TEST_LEAF, &s->link,
                             object_property_allow_set_link,
                             OBJ_PROP_LINK_STRONG);
    g_assert_true(object_property_set_link(top, "l", leaf, NULL));
    g_assert_cmpint(leaf->ref, ==, 2);
    g_assert_true(object_property_set_link(top, "l", leaf2, NULL));
    g_assert_cmpint(leaf->ref, ==, 1);
    g_assert_cmpint(leaf2->ref, ==, 2);
    /* Finalizing the holder drops its reference. */
    object_unref(top);
    g_assert_cmpint(leaf2->ref, ==, 1);
    object_unparent(leaf);
    object_unparent(leaf2);
}

static void test_link_check(void)
{
    Object *top = add_node(object_get_root(), "top", TYPE_TEST_NODE);
    Object *leaf = add_node(top, "leaf", TYPE_TEST_LEAF);
    Object *holder = object_new(TYPE_TEST_HOLDER);
    HolderState *h = (HolderState *)holder;
    Error *err = NULL;

    /* A class link property, stored at an offset in each instance. */
    g_assert_true(object_property_set_link(holder, "target", leaf, NULL));
    g_assert_true(h->target == leaf);
    g_assert_cmpint(leaf->ref, ==, 2);
    reject_links = true;
    g_assert_false(object_property_set_link(holder, "target", NULL, &err));
    check_err(&err, "link 'target' refused");
    reject_links = false;
    g_assert_true(h->target == leaf);
    object_unref(holder);
    g_assert_cmpint(leaf->ref, ==, 1);
    object_unparent(top);
}

static void test_link_read_only(void)
{
    Object *top = add_node(object_get_root(), "top", TYPE_TEST_NODE);
    Object *leaf = add_node(top, "leaf", TYPE_TEST_LEAF);
    NodeState *s = (NodeState *)top;
    ObjectProperty *prop;
    Error *err = NULL;

    s->link = leaf;
    object_property_add_link(top, "ro", TYPE_TEST_LEAF, &s->link, NULL, 0);
    g_assert_false(object_property_set_link(top, "ro", NULL, &err));
    check_err(&err, "Property 'test-node.ro' is not writable");
    prop = object_property_add_const_link(top, "const", leaf);
    g_assert_cmpstr(prop->type, ==, "link<test-leaf>");
    g_assert_true(object_property_get_link(top, "const", NULL) == leaf);
    g_assert_true(object_resolve_path("/top/const", NULL) == leaf);
    object_unparent(top);
}

static void str_get_bogus(Object *obj, const char *name, QObject **value,
                          void *opaque, Error **errp)
{
    *value = QOBJECT(qstring_from_str("/no/such/object"));
}

static void test_get_link_not_found(void)
{
    Object *obj = object_new(TYPE_TEST_NODE);
    Error *err = NULL;

    object_property_add(obj, "bogus", "link<test-node>", str_get_bogus,
                        NULL, NULL, NULL);
    g_assert_null(object_property_get_link(obj, "bogus", &err));
    check_err(&err, "Device '/no/such/object' not found");
    object_unref(obj);
}

static void test_alias_child(void)
{
    Object *top = add_node(object_get_root(), "top", TYPE_TEST_NODE);
    Object *leaf = add_node(top, "leaf", TYPE_TEST_LEAF);
    Object *other = add_node(object_get_root(), "other", TYPE_TEST_NODE);
    ObjectProperty *prop;

    prop = object_property_add_alias(other, "alias", top, "leaf");
    g_assert_cmpstr(prop->type, ==, "link<test-leaf>");
    g_assert_true(object_resolve_path("/other/alias", NULL) == leaf);
    object_unparent(other);
    object_unparent(top);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    type_register_static_array(tree_types, ARRAY_SIZE(tree_types));

    g_test_add_func("/qom/tree/root", test_root);
    g_test_add_func("/qom/tree/internal-root", test_internal_root);
    g_test_add_func("/qom/tree/container-get", test_container_get);
    g_test_add_func("/qom/tree/child", test_child);
    g_test_add_func("/qom/tree/child-path", test_child_path);
    g_test_add_func("/qom/tree/child-detached-value",
                    test_child_detached_value);
    g_test_add_func("/qom/tree/child-duplicate", test_child_duplicate);
    g_test_add_func("/qom/tree/unparent", test_unparent);
    g_test_add_func("/qom/tree/finalize-children", test_finalize_children);
    g_test_add_func("/qom/tree/resolve", test_resolve);
    g_test_add_func("/qom/tree/foreach", test_foreach);
    g_test_add_func("/qom/tree/link", test_link);
    g_test_add_func("/qom/tree/link-errors", test_link_errors);
    g_test_add_func("/qom/tree/link-ambiguous-other-type",
                    test_link_ambiguous_other_type);
    g_test_add_func("/qom/tree/link-strong", test_link_strong);
    g_test_add_func("/qom/tree/link-check", test_link_check);
    g_test_add_func("/qom/tree/link-read-only", test_link_read_only);
    g_test_add_func("/qom/tree/get-link-not-found",
                    test_get_link_not_found);
    g_test_add_func("/qom/tree/alias-child", test_alias_child);
    return g_test_run();
}
