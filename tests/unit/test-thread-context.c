/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the thread-context object (backends/thread-context.c):
 * creation through -object's path (user_creatable_add_from_str), CPU
 * affinity of the context thread and of the threads it creates, and
 * QEMU 8.2's messages.
 */
#include "qemu/osdep.h"
#include <sys/syscall.h>
#include "qapi/error.h"
#include "qemu/module.h"
#include "qemu/thread-context.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "qobject/qlist.h"
#include "qobject/qnum.h"
#include "qom/object_interfaces.h"
#include "qom/qom-qobject.h"

static void check_err(Error **errp, const char *msg)
{
    g_assert_nonnull(*errp);
    g_assert_cmpstr(error_get_pretty(*errp), ==, msg);
    error_free(*errp);
    *errp = NULL;
}

/* The highest CPU this process may run on. */
static int last_allowed_cpu(void)
{
    cpu_set_t set;
    int cpu, last = 0;

    g_assert_cmpint(sched_getaffinity(0, sizeof(set), &set), ==, 0);
    for (cpu = 0; cpu < CPU_SETSIZE; cpu++) {
        if (CPU_ISSET(cpu, &set)) {
            last = cpu;
        }
    }
    return last;
}

static void add_ok(const char *str)
{
    g_assert_true(user_creatable_add_from_str(str, &error_abort));
}

static void add_err(const char *str, const char *msg)
{
    Error *err = NULL;

    g_assert_false(user_creatable_add_from_str(str, &err));
    check_err(&err, msg);
    g_assert_null(object_resolve_path_component(object_get_objects_root(),
                                                "tc"));
}

static ThreadContext *get_tc(const char *id)
{
    return THREAD_CONTEXT(object_resolve_path_component(
                              object_get_objects_root(), id));
}

static void del(const char *id)
{
    g_assert_true(user_creatable_del(id, &error_abort));
}

/* The CPUs of the affinity set of thread @tid, as "a,b,c". */
static char *tid_affinity(pid_t tid)
{
    GString *str = g_string_new(NULL);
    cpu_set_t set;
    int cpu;

    g_assert_cmpint(sched_getaffinity(tid, sizeof(set), &set), ==, 0);
    for (cpu = 0; cpu < CPU_SETSIZE; cpu++) {
        if (CPU_ISSET(cpu, &set)) {
            g_string_append_printf(str, "%s%d", str->len ? "," : "", cpu);
        }
    }
    return g_string_free(str, false);
}

static char *affinity_json(Object *obj)
{
    g_autoptr(QObject) value = NULL;
    g_autoptr(GString) json = NULL;

    value = object_property_get_qobject(obj, "cpu-affinity", &error_abort);
    json = qobject_to_json(value);
    return g_strdup(json->str);
}

static void test_create_pins_context_thread(void)
{
    int cpu = last_allowed_cpu();
    g_autofree char *opt = g_strdup_printf("thread-context,id=tc,"
                                           "cpu-affinity=%d", cpu);
    g_autofree char *want = g_strdup_printf("%d", cpu);
    g_autofree char *want_json = g_strdup_printf("[%d]", cpu);
    g_autofree char *got = NULL;
    g_autofree char *json = NULL;
    ThreadContext *tc;
    int64_t tid;

    add_ok(opt);
    tc = get_tc("tc");
    tid = object_property_get_int(OBJECT(tc), "thread-id", &error_abort);
    g_assert_cmpint(tid, >, 0);
    g_assert_cmpint(tid, !=, syscall(SYS_gettid));
    got = tid_affinity(tid);
    g_assert_cmpstr(got, ==, want);
    json = affinity_json(OBJECT(tc));
    g_assert_cmpstr(json, ==, want_json);
    del("tc");
}

typedef struct ChildResult {
    pid_t tid;
    char *affinity;
    int release_fd;             /* the thread exits once this is readable */
} ChildResult;

static void *child_thread(void *opaque)
{
    ChildResult *res = opaque;
    char c;

    res->tid = syscall(SYS_gettid);
    res->affinity = tid_affinity(0);
    /* Stay alive until the test has read this thread's name. */
    g_assert_cmpint(read(res->release_fd, &c, 1), ==, 1);
    return NULL;
}

static void test_created_thread_inherits_affinity(void)
{
    int cpu = last_allowed_cpu();
    g_autofree char *opt = g_strdup_printf("thread-context,id=tc,"
                                           "cpu-affinity=%d", cpu);
    g_autofree char *want = g_strdup_printf("%d", cpu);
    ChildResult res = { 0 };
    char name[16];
    pthread_t thread;
    int fds[2];

    g_assert_cmpint(pipe(fds), ==, 0);
    res.release_fd = fds[0];
    add_ok(opt);
    g_assert_cmpint(thread_context_create_thread(get_tc("tc"), &thread,
                                                 "a-very-long-thread-name",
                                                 child_thread, &res), ==, 0);
    g_assert_cmpint(pthread_getname_np(thread, name, sizeof(name)), ==, 0);
    g_assert_cmpstr(name, ==, "a-very-long-thr");
    g_assert_cmpint(write(fds[1], "x", 1), ==, 1);
    pthread_join(thread, NULL);
    close(fds[0]);
    close(fds[1]);
    g_assert_cmpint(res.tid, >, 0);
    g_assert_cmpstr(res.affinity, ==, want);
    g_free(res.affinity);
    del("tc");
}

static void test_range_and_json_list(void)
{
    int cpu = last_allowed_cpu();
    g_autofree char *opt = g_strdup_printf("thread-context,id=tc,"
                                           "cpu-affinity=0-%d", cpu);
    g_autofree char *json_opt = g_strdup_printf(
        "{\"qom-type\": \"thread-context\", \"id\": \"tc\","
        " \"cpu-affinity\": [%d, 0]}", cpu);
    g_autofree char *want = NULL;
    g_autofree char *got = NULL;
    g_autofree char *got2 = NULL;
    g_autofree char *want2 = cpu ? g_strdup_printf("0,%d", cpu)
                                 : g_strdup("0");
    ThreadContext *tc;

    add_ok(opt);
    tc = get_tc("tc");
    want = tid_affinity(0);
    got = tid_affinity(tc->thread_id);
    g_assert_cmpstr(got, ==, want);
    del("tc");

    add_ok(json_opt);
    got2 = tid_affinity(get_tc("tc")->thread_id);
    g_assert_cmpstr(got2, ==, want2);
    del("tc");
}

static void test_keyval_list(void)
{
    g_autoptr(QDict) args = qdict_new();
    g_autoptr(QList) cpus = qlist_new();
    g_autofree char *got = NULL;

    qlist_append_str(cpus, "0");
    qdict_put_str(args, "qom-type", "thread-context");
    qdict_put_str(args, "id", "tc");
    qdict_put(args, "cpu-affinity", qobject_ref(cpus));
    g_assert_true(user_creatable_add_dict(args, true, &error_abort));
    got = tid_affinity(get_tc("tc")->thread_id);
    g_assert_cmpstr(got, ==, "0");
    del("tc");
}

static void test_no_affinity(void)
{
    g_autofree char *want = tid_affinity(0);
    g_autofree char *got = NULL;

    add_ok("thread-context,id=tc");
    got = tid_affinity(get_tc("tc")->thread_id);
    g_assert_cmpstr(got, ==, want);
    del("tc");
}

static void test_set_affinity_later(void)
{
    int cpu = last_allowed_cpu();
    ThreadContext *tc;
    g_autofree char *want = g_strdup_printf("%d", cpu);
    g_autofree char *got = NULL;
    Error *err = NULL;

    add_ok("thread-context,id=tc");
    tc = get_tc("tc");
    g_assert_true(object_property_parse(OBJECT(tc), "cpu-affinity", want,
                                        &error_abort));
    got = tid_affinity(tc->thread_id);
    g_assert_cmpstr(got, ==, want);
    g_assert_false(object_property_parse(OBJECT(tc), "cpu-affinity",
                                         "1000", &err));
    check_err(&err, "Setting CPU affinity failed: Invalid argument");
    del("tc");
}

static void test_affinity_errors(void)
{
    add_err("thread-context,id=tc,cpu-affinity=1000",
            "Setting CPU affinity failed: Invalid argument");
    add_err("thread-context,id=tc,cpu-affinity=70000",
            "Parameter 'null' expects uint16_t");
    add_err("thread-context,id=tc,cpu-affinity=65535-65536",
            "Parameter 'null' expects uint16_t");
    add_err("thread-context,id=tc,cpu-affinity=x",
            "Parameter 'cpu-affinity' expects a uint64 value or range");
    add_err("thread-context,id=tc,cpu-affinity=1-0",
            "Parameter 'cpu-affinity' expects a uint64 value or range");
    add_err("thread-context,id=tc,cpu-affinity=0-70000",
            "Parameter 'cpu-affinity' expects a uint64 value or range");
    add_err("thread-context,id=tc,cpu-affinity=1-x",
            "Parameter 'cpu-affinity' expects a uint64 value or range");
    add_err("thread-context,id=tc,node-affinity=0",
            "NUMA node affinity is not supported by this QEMU");
    add_err("thread-context,id=tc,node-affinity=x",
            "Parameter 'node-affinity' expects a uint64 value or range");
    add_err("{\"qom-type\": \"thread-context\", \"id\": \"tc\","
            " \"cpu-affinity\": []}", "CPU list is empty");
    add_err("{\"qom-type\": \"thread-context\", \"id\": \"tc\","
            " \"cpu-affinity\": 0}",
            "Invalid parameter type for 'cpu-affinity', expected: array");
    add_err("{\"qom-type\": \"thread-context\", \"id\": \"tc\","
            " \"cpu-affinity\": [\"a\"]}",
            "Parameter 'cpu-affinity[0]' expects uint64");
    add_err("{\"qom-type\": \"thread-context\", \"id\": \"tc\","
            " \"cpu-affinity\": [70000]}",
            "Parameter 'null' expects uint16_t");
}

static void test_mixing_refused(void)
{
    Object *obj = object_new(TYPE_THREAD_CONTEXT);
    Error *err = NULL;

    g_assert_true(object_property_parse(obj, "cpu-affinity", "0",
                                        &error_abort));
    g_assert_false(object_property_parse(obj, "cpu-affinity", "0", &err));
    check_err(&err, "Mixing CPU and node affinity not supported");
    /* The pending set is freed with the never-completed object. */
    object_unref(obj);
}

static void test_before_completion(void)
{
    Object *obj = object_new(TYPE_THREAD_CONTEXT);
    Error *err = NULL;

    g_assert_cmpuint(object_property_get_uint(obj, "thread-id",
                                              &error_abort), ==, UINT64_MAX);
    g_assert_null(object_property_get_qobject(obj, "cpu-affinity", &err));
    check_err(&err, "Object not initialized yet");
    object_unref(obj);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    module_call_init(MODULE_INIT_QOM);

    g_test_add_func("/thread-context/create-pins-context-thread",
                    test_create_pins_context_thread);
    g_test_add_func("/thread-context/created-thread-inherits-affinity",
                    test_created_thread_inherits_affinity);
    g_test_add_func("/thread-context/range-and-json-list",
                    test_range_and_json_list);
    g_test_add_func("/thread-context/keyval-list", test_keyval_list);
    g_test_add_func("/thread-context/no-affinity", test_no_affinity);
    g_test_add_func("/thread-context/set-affinity-later",
                    test_set_affinity_later);
    g_test_add_func("/thread-context/affinity-errors", test_affinity_errors);
    g_test_add_func("/thread-context/mixing-refused", test_mixing_refused);
    g_test_add_func("/thread-context/before-completion",
                    test_before_completion);
    return g_test_run();
}
