/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the QOM type system (qom/object.c): registration, lazy
 * class building, inheritance, interfaces, casts, class listings and the
 * life cycle of instances.  The test types form a small hierarchy:
 *
 *   object
 *     test-animal (abstract, class_base_init)
 *       test-dog     implements test-iface
 *         test-puppy
 *       test-cat     implements test-iface-a and test-iface-b
 *   interface
 *     test-iface
 *       test-iface-a
 *       test-iface-b
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/module.h"
#include "qom/object.h"
#include "qom/object_interfaces.h"

#define TYPE_TEST_IFACE "test-iface"
#define TYPE_TEST_IFACE_A "test-iface-a"
#define TYPE_TEST_IFACE_B "test-iface-b"
#define TYPE_TEST_ANIMAL "test-animal"
#define TYPE_TEST_DOG "test-dog"
#define TYPE_TEST_PUPPY "test-puppy"
#define TYPE_TEST_CAT "test-cat"
#define TYPE_TEST_LAZY "test-lazy"
#define TYPE_TEST_LAZY_LISTED "test-lazy-listed"
#define TYPE_TEST_ALIGNED "test-aligned"
#define TYPE_TEST_BOX "test-box"
#define TYPE_TEST_MACRO "test-macro"

typedef struct TestIfaceClass {
    InterfaceClass parent_class;
    const char *(*greet)(Object *obj);
} TestIfaceClass;

#define TEST_IFACE_GET_CLASS(obj) \
    OBJECT_GET_CLASS(TestIfaceClass, (obj), TYPE_TEST_IFACE)
#define TEST_IFACE_CLASS(klass) \
    OBJECT_CLASS_CHECK(TestIfaceClass, (klass), TYPE_TEST_IFACE)

OBJECT_DECLARE_TYPE(AnimalState, AnimalClass, TEST_ANIMAL)

struct AnimalState {
    Object parent_obj;
    int legs;
};

struct AnimalClass {
    ObjectClass parent_class;
    const char *sound;
    int base_inits;         /* class_base_init calls on this class */
    int seen_base_inits;    /* base_inits as class_init saw it */
};

OBJECT_DECLARE_SIMPLE_TYPE(DogState, TEST_DOG)

struct DogState {
    AnimalState parent_obj;
    int tricks;
};

/* The order in which instance functions ran. */
static GString *trace;
static int lazy_class_inits;
static int lazy_listed_class_inits;

static void trace_add(const char *what)
{
    if (!trace) {
        trace = g_string_new(NULL);
    }
    g_string_append_printf(trace, "%s%s", trace->len ? " " : "", what);
}

static char *trace_take(void)
{
    char *s = g_strdup(trace ? trace->str : "");

    if (trace) {
        g_string_truncate(trace, 0);
    }
    return s;
}

static void animal_class_base_init(ObjectClass *oc, void *data)
{
    TEST_ANIMAL_CLASS(oc)->base_inits++;
}

static void animal_init(Object *obj)
{
    trace_add("animal-init");
    TEST_ANIMAL(obj)->legs = 4;
}

static void animal_post_init(Object *obj)
{
    trace_add("animal-post");
}

static void animal_finalize(Object *obj)
{
    trace_add("animal-fin");
}

static const char *dog_greet(Object *obj)
{
    return "woof";
}

static void dog_class_init(ObjectClass *oc, void *data)
{
    AnimalClass *ac = TEST_ANIMAL_CLASS(oc);
    TestIfaceClass *ic = TEST_IFACE_CLASS(oc);

    ac->sound = data;
    ac->seen_base_inits = ac->base_inits;
    ic->greet = dog_greet;
}

static void dog_init(Object *obj)
{
    trace_add("dog-init");
    TEST_DOG(obj)->tricks = TEST_ANIMAL(obj)->legs;
}

static void dog_post_init(Object *obj)
{
    trace_add("dog-post");
}

static void dog_finalize(Object *obj)
{
    trace_add("dog-fin");
}

static void puppy_class_init(ObjectClass *oc, void *data)
{
    TEST_ANIMAL_CLASS(oc)->seen_base_inits = TEST_ANIMAL_CLASS(oc)->base_inits;
}

static void puppy_finalize(Object *obj)
{
    trace_add("puppy-fin");
}

static void lazy_class_init(ObjectClass *oc, void *data)
{
    lazy_class_inits++;
}

static void lazy_listed_class_init(ObjectClass *oc, void *data)
{
    lazy_listed_class_inits++;
}

typedef struct AlignedState {
    Object parent_obj;
    char pad[3];
} AlignedState;

static const TypeInfo test_types[] = {
    {
        .name = TYPE_TEST_IFACE,
        .parent = TYPE_INTERFACE,
        .class_size = sizeof(TestIfaceClass),
    }, {
        .name = TYPE_TEST_IFACE_A,
        .parent = TYPE_TEST_IFACE,
    }, {
        .name = TYPE_TEST_IFACE_B,
        .parent = TYPE_TEST_IFACE,
    }, {
        .name = TYPE_TEST_ANIMAL,
        .parent = TYPE_OBJECT,
        .abstract = true,
        .instance_size = sizeof(AnimalState),
        .instance_init = animal_init,
        .instance_post_init = animal_post_init,
        .instance_finalize = animal_finalize,
        .class_size = sizeof(AnimalClass),
        .class_base_init = animal_class_base_init,
    }, {
        .name = TYPE_TEST_DOG,
        .parent = TYPE_TEST_ANIMAL,
        .instance_size = sizeof(DogState),
        .instance_init = dog_init,
        .instance_post_init = dog_post_init,
        .instance_finalize = dog_finalize,
        .class_init = dog_class_init,
        .class_data = (void *)"woof",
        .interfaces = (InterfaceInfo[]) {
            { TYPE_TEST_IFACE },
            { }
        },
    }, {
        .name = TYPE_TEST_PUPPY,
        .parent = TYPE_TEST_DOG,
        .instance_finalize = puppy_finalize,
        .class_init = puppy_class_init,
    }, {
        .name = TYPE_TEST_CAT,
        .parent = TYPE_TEST_ANIMAL,
        .interfaces = (InterfaceInfo[]) {
            { TYPE_TEST_IFACE_A },
            { TYPE_TEST_IFACE_B },
            { }
        },
    }, {
        .name = TYPE_TEST_LAZY,
        .parent = TYPE_OBJECT,
        .class_init = lazy_class_init,
    }, {
        .name = TYPE_TEST_LAZY_LISTED,
        .parent = TYPE_OBJECT,
        .class_init = lazy_listed_class_init,
    }, {
        .name = TYPE_TEST_ALIGNED,
        .parent = TYPE_OBJECT,
        .instance_size = sizeof(AlignedState),
        .instance_align = 256,
    },
};

/* A type made with OBJECT_DEFINE_TYPE, registered by module_call_init. */
OBJECT_DECLARE_TYPE(TestMacro, TestMacroClass, TEST_MACRO)

struct TestMacro {
    Object parent_obj;
    int value;
};

struct TestMacroClass {
    ObjectClass parent_class;
    int answer;
};

OBJECT_DEFINE_TYPE(TestMacro, test_macro, TEST_MACRO, OBJECT)

static void test_macro_init(Object *obj)
{
    TEST_MACRO(obj)->value = TEST_MACRO_GET_CLASS(obj)->answer;
}

static void test_macro_finalize(Object *obj)
{
    trace_add("macro-fin");
}

static void test_macro_class_init(ObjectClass *oc, void *data)
{
    TEST_MACRO_CLASS(oc)->answer = 42;
}

/* ---- Types and classes ---- */

static void test_lazy_class_init(void)
{
    /* Registered in main(), but nothing has used it yet. */
    g_assert_cmpint(lazy_class_inits, ==, 0);
    g_assert_nonnull(object_class_by_name(TYPE_TEST_LAZY));
    g_assert_cmpint(lazy_class_inits, ==, 1);
    g_assert_nonnull(object_class_by_name(TYPE_TEST_LAZY));
    g_assert_cmpint(lazy_class_inits, ==, 1);
}

static void test_lazy_listing(void)
{
    GSList *list;

    g_assert_cmpint(lazy_listed_class_inits, ==, 0);
    list = object_class_get_list(TYPE_OBJECT, false);
    g_assert_cmpint(lazy_listed_class_inits, ==, 1);
    g_slist_free(list);
}

static void test_register_duplicate(void)
{
    if (g_test_subprocess()) {
        static const TypeInfo dup = {
            .name = TYPE_TEST_DOG,
            .parent = TYPE_OBJECT,
        };
        type_register_static(&dup);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("Registering `test-dog' which already "
                              "exists\n");
}

static void test_register_dynamic(void)
{
    char *name = g_strdup("test-dynamic");
    char *iface = g_strdup(TYPE_TEST_IFACE);
    InterfaceInfo ifaces[] = { { iface }, { } };
    TypeInfo info = {
        .name = name,
        .parent = TYPE_TEST_DOG,
        .interfaces = ifaces,
    };
    ObjectClass *oc;
    Object *obj;

    type_register(&info);
    /* type_register copied what it keeps. */
    memset(name, 'x', strlen(name));
    memset(iface, 'x', strlen(iface));
    g_free(name);
    g_free(iface);

    oc = object_class_by_name("test-dynamic");
    g_assert_nonnull(oc);
    g_assert_cmpstr(object_class_get_name(oc), ==, "test-dynamic");
    g_assert_nonnull(object_class_dynamic_cast(oc, TYPE_TEST_IFACE));
    obj = object_new("test-dynamic");
    g_assert_cmpstr(object_get_typename(obj), ==, "test-dynamic");
    object_unref(obj);
    g_free(trace_take());
}

static void test_unknown_parent(void)
{
    if (g_test_subprocess()) {
        static const TypeInfo orphan = {
            .name = "test-orphan",
            .parent = "test-no-such-parent",
        };
        type_register_static(&orphan);
        object_class_by_name("test-orphan");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*type 'test-orphan' has unknown parent "
                              "'test-no-such-parent'*");
}

static void test_missing_interface(void)
{
    if (g_test_subprocess()) {
        static InterfaceInfo ifaces[] = {
            { "test-no-such-iface" },
            { }
        };
        static const TypeInfo bad = {
            .name = "test-bad-iface",
            .parent = TYPE_TEST_ANIMAL,
            .interfaces = ifaces,
        };
        type_register_static(&bad);
        object_class_by_name("test-bad-iface");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*missing interface 'test-no-such-iface' for "
                              "object 'test-animal'*");
}

static void test_class_by_name(void)
{
    ObjectClass *oc = object_class_by_name(TYPE_TEST_DOG);

    g_assert_nonnull(oc);
    g_assert_cmpstr(object_class_get_name(oc), ==, TYPE_TEST_DOG);
    g_assert_null(object_class_by_name("test-no-such-type"));
    g_assert_true(object_class_by_name(TYPE_TEST_DOG) == oc);
}

static void test_class_parent(void)
{
    ObjectClass *dog = object_class_by_name(TYPE_TEST_DOG);
    ObjectClass *animal = object_class_get_parent(dog);

    g_assert_cmpstr(object_class_get_name(animal), ==, TYPE_TEST_ANIMAL);
    g_assert_cmpstr(object_class_get_name(object_class_get_parent(animal)),
                    ==, TYPE_OBJECT);
    g_assert_null(object_class_get_parent(object_class_by_name(TYPE_OBJECT)));
    g_assert_null(object_class_get_parent(
                      object_class_by_name(TYPE_INTERFACE)));
}

static void test_class_abstract(void)
{
    g_assert_true(object_class_is_abstract(
                      object_class_by_name(TYPE_TEST_ANIMAL)));
    g_assert_true(object_class_is_abstract(
                      object_class_by_name(TYPE_OBJECT)));
    /* Interfaces have no instances, so they are abstract. */
    g_assert_true(object_class_is_abstract(
                      object_class_by_name(TYPE_TEST_IFACE)));
    g_assert_false(object_class_is_abstract(
                       object_class_by_name(TYPE_TEST_DOG)));
}

static void test_class_base_init(void)
{
    AnimalClass *dog = TEST_ANIMAL_CLASS(object_class_by_name(TYPE_TEST_DOG));
    AnimalClass *puppy =
        TEST_ANIMAL_CLASS(object_class_by_name(TYPE_TEST_PUPPY));
    AnimalClass *animal =
        TEST_ANIMAL_CLASS(object_class_by_name(TYPE_TEST_ANIMAL));

    /* An ancestor's class_base_init runs for each descendant... */
    g_assert_cmpint(dog->base_inits, ==, 1);
    g_assert_cmpint(dog->seen_base_inits, ==, 1);
    /* ... on a copy of the parent class, so the counts add up. */
    g_assert_cmpint(puppy->base_inits, ==, 2);
    g_assert_cmpint(puppy->seen_base_inits, ==, 2);
    /* ... but not for the type that defines it. */
    g_assert_cmpint(animal->base_inits, ==, 0);
}

static void test_class_inherit(void)
{
    AnimalClass *puppy =
        TEST_ANIMAL_CLASS(object_class_by_name(TYPE_TEST_PUPPY));
    Object *obj = object_new(TYPE_TEST_PUPPY);

    /* Class members and the class_data-set sound come from the parent. */
    g_assert_cmpstr(puppy->sound, ==, "woof");
    g_assert_cmpuint(object_type_get_instance_size(TYPE_TEST_PUPPY), ==,
                     sizeof(DogState));
    g_assert_cmpint(TEST_DOG(obj)->tricks, ==, 4);
    object_unref(obj);
    g_free(trace_take());
}

static void test_class_cast(void)
{
    ObjectClass *dog = object_class_by_name(TYPE_TEST_DOG);

    g_assert_true(object_class_dynamic_cast(dog, TYPE_TEST_DOG) == dog);
    g_assert_true(object_class_dynamic_cast(dog, TYPE_TEST_ANIMAL) == dog);
    g_assert_true(object_class_dynamic_cast(dog, TYPE_OBJECT) == dog);
    g_assert_null(object_class_dynamic_cast(dog, TYPE_TEST_PUPPY));
    g_assert_null(object_class_dynamic_cast(dog, "test-no-such-type"));
    g_assert_null(object_class_dynamic_cast(NULL, TYPE_OBJECT));
    g_assert_null(object_class_dynamic_cast(dog, TYPE_TEST_IFACE_A));
    g_assert_null(object_class_dynamic_cast(
                      object_class_by_name(TYPE_TEST_LAZY),
                      TYPE_TEST_IFACE));
}

static void test_class_cast_interface(void)
{
    ObjectClass *dog = object_class_by_name(TYPE_TEST_DOG);
    ObjectClass *puppy = object_class_by_name(TYPE_TEST_PUPPY);
    ObjectClass *ic = object_class_dynamic_cast(dog, TYPE_TEST_IFACE);
    ObjectClass *pic = object_class_dynamic_cast(puppy, TYPE_TEST_IFACE);
    InterfaceClass *iface = INTERFACE_CLASS(ic);

    /* Each class has its own copy of the interface class. */
    g_assert_nonnull(ic);
    g_assert_nonnull(pic);
    g_assert_true(ic != dog && pic != ic);
    g_assert_true(iface->concrete_class == dog);
    g_assert_true(INTERFACE_CLASS(pic)->concrete_class == puppy);
    g_assert_cmpstr(object_class_get_name(ic), ==, "test-dog::test-iface");
    g_assert_true(object_class_dynamic_cast(ic, TYPE_INTERFACE) == ic);
    /* The puppy's copy inherits the method the dog's class_init set. */
    g_assert_true(TEST_IFACE_CLASS(pic)->greet == dog_greet);
}

static void test_class_cast_ambiguous(void)
{
    ObjectClass *cat = object_class_by_name(TYPE_TEST_CAT);

    g_assert_nonnull(object_class_dynamic_cast(cat, TYPE_TEST_IFACE_A));
    g_assert_nonnull(object_class_dynamic_cast(cat, TYPE_TEST_IFACE_B));
    /* Both derive from test-iface: which one would be meant? */
    g_assert_null(object_class_dynamic_cast(cat, TYPE_TEST_IFACE));
}

static void test_class_cast_assert(void)
{
    ObjectClass *dog = object_class_by_name(TYPE_TEST_DOG);

    g_assert_true(TEST_ANIMAL_CLASS(dog) == (AnimalClass *)dog);
    /* Twice: the second one is answered by the cast cache. */
    g_assert_true(TEST_ANIMAL_CLASS(dog) == (AnimalClass *)dog);
    g_assert_null(OBJECT_CLASS_CHECK(AnimalClass, NULL, TYPE_TEST_ANIMAL));
    if (g_test_subprocess()) {
        OBJECT_CLASS_CHECK(AnimalClass, object_class_by_name(TYPE_OBJECT),
                           TYPE_TEST_ANIMAL);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*test-qom.c:*:test_class_cast_assert: Object "
                              "0x* is not an instance of type "
                              "test-animal\n");
}

static bool class_list_has(GSList *list, const char *name)
{
    for (; list; list = list->next) {
        if (g_str_equal(object_class_get_name(list->data), name)) {
            return true;
        }
    }
    return false;
}

static void test_class_list(void)
{
    GSList *list = object_class_get_list(TYPE_TEST_ANIMAL, false);
    GSList *all = object_class_get_list(TYPE_TEST_ANIMAL, true);
    GSList *ifaces = object_class_get_list(TYPE_TEST_IFACE, false);

    g_assert_true(class_list_has(list, TYPE_TEST_DOG));
    g_assert_true(class_list_has(list, TYPE_TEST_PUPPY));
    g_assert_true(class_list_has(list, TYPE_TEST_CAT));
    g_assert_false(class_list_has(list, TYPE_TEST_ANIMAL));
    g_assert_false(class_list_has(list, TYPE_TEST_LAZY));
    g_assert_true(class_list_has(all, TYPE_TEST_ANIMAL));
    /* Implementers of an interface (the cat's cast is ambiguous). */
    g_assert_true(class_list_has(ifaces, TYPE_TEST_DOG));
    g_assert_false(class_list_has(ifaces, TYPE_TEST_CAT));
    g_slist_free(list);
    g_slist_free(all);
    g_slist_free(ifaces);
}

static void test_class_list_sorted(void)
{
    GSList *list = object_class_get_list_sorted(TYPE_TEST_ANIMAL, true);
    const char *expect[] = {
        TYPE_TEST_ANIMAL, TYPE_TEST_CAT, TYPE_TEST_DOG, "test-dynamic",
        TYPE_TEST_PUPPY,
    };
    GSList *l = list;
    size_t i;

    for (i = 0; i < ARRAY_SIZE(expect); i++, l = l->next) {
        g_assert_nonnull(l);
        g_assert_cmpstr(object_class_get_name(l->data), ==, expect[i]);
    }
    g_assert_null(l);
    g_slist_free(list);
}

static void count_class(ObjectClass *oc, void *opaque)
{
    (*(int *)opaque)++;
}

static void test_class_foreach(void)
{
    int n = 0;

    object_class_foreach(count_class, TYPE_TEST_DOG, false, &n);
    g_assert_cmpint(n, ==, 3);   /* dog, puppy, test-dynamic */
    n = 0;
    object_class_foreach(count_class, NULL, true, &n);
    g_assert_cmpint(n, >, 10);
}

/* ---- Instances ---- */

static void test_object_new(void)
{
    Object *obj = object_new(TYPE_TEST_DOG);
    g_autofree char *init = trace_take();
    g_autofree char *fin = NULL;

    g_assert_cmpstr(init, ==, "animal-init dog-init dog-post animal-post");
    g_assert_cmpstr(object_get_typename(obj), ==, TYPE_TEST_DOG);
    g_assert_true(object_get_class(obj) ==
                  object_class_by_name(TYPE_TEST_DOG));
    g_assert_cmpint(obj->ref, ==, 1);
    g_assert_cmpint(TEST_ANIMAL(obj)->legs, ==, 4);
    g_assert_cmpint(TEST_DOG(obj)->tricks, ==, 4);
    object_unref(obj);
    fin = trace_take();
    g_assert_cmpstr(fin, ==, "dog-fin animal-fin");
}

static void test_object_finalize_order(void)
{
    Object *obj = object_new(TYPE_TEST_PUPPY);
    g_autofree char *fin = NULL;

    g_free(trace_take());
    object_unref(obj);
    fin = trace_take();
    g_assert_cmpstr(fin, ==, "puppy-fin dog-fin animal-fin");
}

static void test_object_new_with_class(void)
{
    Object *obj = object_new_with_class(object_class_by_name(TYPE_TEST_DOG));

    g_assert_cmpstr(object_get_typename(obj), ==, TYPE_TEST_DOG);
    object_unref(obj);
    g_free(trace_take());
}

static void test_object_new_unknown(void)
{
    if (g_test_subprocess()) {
        object_new("test-no-such-type");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*unknown type 'test-no-such-type'\n");
}

static void test_object_new_abstract(void)
{
    if (g_test_subprocess()) {
        object_new(TYPE_TEST_ANIMAL);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
}

static void test_object_ref(void)
{
    Object *obj = object_new(TYPE_TEST_DOG);
    g_autofree char *fin = NULL;

    g_assert_true(object_ref(obj) == obj);
    g_assert_cmpint(obj->ref, ==, 2);
    g_free(trace_take());
    object_unref(obj);
    fin = trace_take();
    g_assert_cmpstr(fin, ==, "");
    object_unref(obj);
    g_free(fin);
    fin = trace_take();
    g_assert_cmpstr(fin, ==, "dog-fin animal-fin");
    g_assert_null(object_ref(NULL));
    object_unref(NULL);
}

static void test_object_autoptr(void)
{
    g_autofree char *fin = NULL;

    {
        g_autoptr(DogState) dog = TEST_DOG(object_new(TYPE_TEST_DOG));

        g_assert_nonnull(dog);
        g_free(trace_take());
    }
    fin = trace_take();
    g_assert_cmpstr(fin, ==, "dog-fin animal-fin");
}

static void test_object_dynamic_cast(void)
{
    Object *obj = object_new(TYPE_TEST_PUPPY);

    g_assert_true(object_dynamic_cast(obj, TYPE_TEST_DOG) == obj);
    g_assert_true(object_dynamic_cast(obj, TYPE_TEST_IFACE) == obj);
    g_assert_null(object_dynamic_cast(obj, TYPE_TEST_CAT));
    g_assert_null(object_dynamic_cast(NULL, TYPE_OBJECT));
    g_assert_true(TEST_IFACE_GET_CLASS(obj)->greet(obj) == dog_greet(obj));
    g_assert_cmpstr(TEST_ANIMAL_GET_CLASS(obj)->sound, ==, "woof");
    object_unref(obj);
    g_free(trace_take());
}

static void test_object_cast_assert(void)
{
    Object *obj;

    g_assert_null(TEST_DOG(NULL));
    if (g_test_subprocess()) {
        obj = object_new(TYPE_TEST_CAT);
        TEST_DOG(obj);
        return;
    }
    obj = object_new(TYPE_TEST_PUPPY);
    g_assert_true(TEST_DOG(obj) == (DogState *)obj);
    g_assert_true(TEST_DOG(obj) == (DogState *)obj);
    object_unref(obj);
    g_free(trace_take());
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("*: Object 0x* is not an instance of type "
                              "test-dog\n");
}

static void test_object_aligned(void)
{
    Object *obj = object_new(TYPE_TEST_ALIGNED);

    g_assert_cmpuint((uintptr_t)obj % 256, ==, 0);
    object_unref(obj);
}

typedef struct BoxState {
    Object parent_obj;
    DogState dog;
} BoxState;

static void box_init(Object *obj)
{
    BoxState *box = (BoxState *)obj;

    object_initialize_child(obj, "dog", &box->dog, TYPE_TEST_DOG);
}

static const TypeInfo box_info = {
    .name = TYPE_TEST_BOX,
    .parent = TYPE_OBJECT,
    .instance_size = sizeof(BoxState),
    .instance_init = box_init,
};

static void test_object_initialize_child(void)
{
    Object *obj = object_new(TYPE_TEST_BOX);
    BoxState *box = (BoxState *)obj;
    g_autofree char *fin = NULL;

    /* The parent holds the embedded child's only reference. */
    g_assert_cmpint(box->dog.parent_obj.parent_obj.ref, ==, 1);
    g_assert_true(OBJECT(&box->dog)->parent == obj);
    g_assert_null(OBJECT(&box->dog)->free);
    g_assert_true(object_resolve_path_component(obj, "dog") ==
                  OBJECT(&box->dog));
    g_free(trace_take());
    object_unref(obj);
    fin = trace_take();
    g_assert_cmpstr(fin, ==, "dog-fin animal-fin");
}

static void test_object_initialize(void)
{
    DogState dog;
    g_autofree char *fin = NULL;

    object_initialize(&dog, sizeof(dog), TYPE_TEST_DOG);
    g_assert_cmpint(dog.tricks, ==, 4);
    g_free(trace_take());
    object_unref(&dog);
    fin = trace_take();
    g_assert_cmpstr(fin, ==, "dog-fin animal-fin");
}

static void test_object_define_type(void)
{
    Object *obj = object_new(TYPE_TEST_MACRO);
    g_autofree char *fin = NULL;

    g_assert_cmpint(TEST_MACRO(obj)->value, ==, 42);
    object_unref(obj);
    fin = trace_take();
    g_assert_cmpstr(fin, ==, "macro-fin");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    module_call_init(MODULE_INIT_QOM);
    type_register_static_array(test_types, ARRAY_SIZE(test_types));
    type_register_static(&box_info);

    /* First: nothing may have listed the classes yet. */
    g_test_add_func("/qom/type/lazy-class-init", test_lazy_class_init);
    g_test_add_func("/qom/type/lazy-listing", test_lazy_listing);
    g_test_add_func("/qom/type/register-duplicate", test_register_duplicate);
    g_test_add_func("/qom/type/register-dynamic", test_register_dynamic);
    g_test_add_func("/qom/type/unknown-parent", test_unknown_parent);
    g_test_add_func("/qom/type/missing-interface", test_missing_interface);
    g_test_add_func("/qom/class/by-name", test_class_by_name);
    g_test_add_func("/qom/class/parent", test_class_parent);
    g_test_add_func("/qom/class/abstract", test_class_abstract);
    g_test_add_func("/qom/class/base-init", test_class_base_init);
    g_test_add_func("/qom/class/inherit", test_class_inherit);
    g_test_add_func("/qom/class/cast", test_class_cast);
    g_test_add_func("/qom/class/cast-interface", test_class_cast_interface);
    g_test_add_func("/qom/class/cast-ambiguous", test_class_cast_ambiguous);
    g_test_add_func("/qom/class/cast-assert", test_class_cast_assert);
    g_test_add_func("/qom/class/list", test_class_list);
    g_test_add_func("/qom/class/list-sorted", test_class_list_sorted);
    g_test_add_func("/qom/class/foreach", test_class_foreach);
    g_test_add_func("/qom/object/new", test_object_new);
    g_test_add_func("/qom/object/finalize-order",
                    test_object_finalize_order);
    g_test_add_func("/qom/object/new-with-class",
                    test_object_new_with_class);
    g_test_add_func("/qom/object/new-unknown", test_object_new_unknown);
    g_test_add_func("/qom/object/new-abstract", test_object_new_abstract);
    g_test_add_func("/qom/object/ref", test_object_ref);
    g_test_add_func("/qom/object/autoptr", test_object_autoptr);
    g_test_add_func("/qom/object/dynamic-cast", test_object_dynamic_cast);
    g_test_add_func("/qom/object/cast-assert", test_object_cast_assert);
    g_test_add_func("/qom/object/aligned", test_object_aligned);
    g_test_add_func("/qom/object/initialize", test_object_initialize);
    g_test_add_func("/qom/object/initialize-child",
                    test_object_initialize_child);
    g_test_add_func("/qom/object/define-type", test_object_define_type);
    return g_test_run();
}
