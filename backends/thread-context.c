/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * thread-context.c: the "thread-context" object, QEMU 8.2's way of giving
 * short-lived worker threads (memory preallocation) a CPU affinity.
 *
 * Completing the object starts the context thread and pins it to the
 * "cpu-affinity" CPUs.  thread_context_create_thread() hands a request to
 * that thread, which calls pthread_create itself: Linux gives a new
 * thread the affinity of its creator.  Behaviour and messages follow
 * QEMU 8.2 built without NUMA support (no "node-affinity").
 */
#include "qemu/osdep.h"
#include <sys/syscall.h>
#include "qapi/error.h"
#include "qemu/thread-context.h"
#include "qobject/qlist.h"
#include "qobject/qnum.h"
#include "qom/object_interfaces.h"
#include "qom/qom-qobject.h"
#include "backends-internal.h"

/* Linux keeps at most 15 characters of a thread name. */
#define THREAD_NAME_MAX 15

struct ThreadContextRequest {
    pthread_t *thread;
    const char *name;
    void *(*start_routine)(void *);
    void *arg;
    int ret;                    /* pthread_create's result */
    bool done;
};

static void thread_set_name(pthread_t thread, const char *name)
{
    g_autofree char *short_name = g_strndup(name, THREAD_NAME_MAX);

    pthread_setname_np(thread, short_name);
}

static void thread_context_serve(ThreadContextRequest *req)
{
    req->ret = pthread_create(req->thread, NULL, req->start_routine,
                              req->arg);
    if (!req->ret) {
        thread_set_name(*req->thread, req->name);
    }
    req->done = true;
}

/* The context thread: create threads on request until told to stop. */
static void *thread_context_run(void *opaque)
{
    ThreadContext *tc = opaque;

    pthread_mutex_lock(&tc->mutex);
    tc->thread_id = syscall(SYS_gettid);
    pthread_cond_broadcast(&tc->cond);
    for (;;) {
        while (!tc->request && !tc->stop) {
            pthread_cond_wait(&tc->cond, &tc->mutex);
        }
        if (tc->stop) {
            break;
        }
        thread_context_serve(tc->request);
        tc->request = NULL;
        pthread_cond_broadcast(&tc->cond);
    }
    pthread_mutex_unlock(&tc->mutex);
    return NULL;
}

int thread_context_create_thread(ThreadContext *tc, pthread_t *thread,
                                 const char *name,
                                 void *(*start_routine)(void *), void *arg)
{
    ThreadContextRequest req = {
        .thread = thread,
        .name = name,
        .start_routine = start_routine,
        .arg = arg,
    };

    assert(tc->started);
    pthread_mutex_lock(&tc->mutex);
    /* Another caller's request may still be in the slot. */
    while (tc->request) {
        pthread_cond_wait(&tc->cond, &tc->mutex);
    }
    tc->request = &req;
    pthread_cond_broadcast(&tc->cond);
    while (!req.done) {
        pthread_cond_wait(&tc->cond, &tc->mutex);
    }
    pthread_mutex_unlock(&tc->mutex);
    return req.ret;
}

/* A new CPU set holding @cpus; its size in bytes goes to *@size. */
static cpu_set_t *cpu_set_from_list(const GArray *cpus, size_t *size)
{
    unsigned int ncpus = 0;
    cpu_set_t *set;
    guint i;

    for (i = 0; i < cpus->len; i++) {
        ncpus = MAX(ncpus, g_array_index(cpus, uint16_t, i) + 1u);
    }
    set = CPU_ALLOC(ncpus);
    *size = CPU_ALLOC_SIZE(ncpus);
    CPU_ZERO_S(*size, set);
    for (i = 0; i < cpus->len; i++) {
        CPU_SET_S(g_array_index(cpus, uint16_t, i), *size, set);
    }
    return set;
}

static bool thread_context_set_affinity(ThreadContext *tc, size_t size,
                                        const cpu_set_t *set, Error **errp)
{
    int ret = pthread_setaffinity_np(tc->thread, size, set);

    if (ret) {
        error_setg(errp, "Setting CPU affinity failed: %s", strerror(ret));
        return false;
    }
    return true;
}

static void thread_context_set_cpu_affinity(Object *obj, const char *name,
                                            QObject **value, void *opaque,
                                            Error **errp)
{
    ThreadContext *tc = THREAD_CONTEXT(obj);
    g_autoptr(GArray) cpus = NULL;
    cpu_set_t *set;
    size_t size;

    if (tc->init_cpus) {
        error_setg(errp, "Mixing CPU and node affinity not supported");
        return;
    }
    if (!backends_input_uint16_list(name, *value, &cpus, errp)) {
        return;
    }
    if (!cpus->len) {
        error_setg(errp, "CPU list is empty");
        return;
    }
    set = cpu_set_from_list(cpus, &size);
    if (tc->started) {
        /* Threads created earlier keep their affinity. */
        thread_context_set_affinity(tc, size, set, errp);
        CPU_FREE(set);
        return;
    }
    tc->init_cpus = set;
    tc->init_cpus_size = size;
}

static void thread_context_get_cpu_affinity(Object *obj, const char *name,
                                            QObject **value, void *opaque,
                                            Error **errp)
{
    ThreadContext *tc = THREAD_CONTEXT(obj);
    cpu_set_t set;
    QList *list;
    int cpu, ret;

    if (!tc->started) {
        error_setg(errp, "Object not initialized yet");
        return;
    }
    ret = pthread_getaffinity_np(tc->thread, sizeof(set), &set);
    if (ret) {
        error_setg(errp, "Getting CPU affinity failed: %s", strerror(ret));
        return;
    }
    list = qlist_new();
    for (cpu = 0; cpu < CPU_SETSIZE; cpu++) {
        if (CPU_ISSET(cpu, &set)) {
            qlist_append_int(list, cpu);
        }
    }
    *value = QOBJECT(list);
}

static void thread_context_set_node_affinity(Object *obj, const char *name,
                                             QObject **value, void *opaque,
                                             Error **errp)
{
    g_autoptr(GArray) nodes = NULL;

    /* The value is checked first, as QEMU's option schema does. */
    if (!backends_input_uint16_list(name, *value, &nodes, errp)) {
        return;
    }
    error_setg(errp, "NUMA node affinity is not supported by this QEMU");
}

static void thread_context_get_thread_id(Object *obj, const char *name,
                                         QObject **value, void *opaque,
                                         Error **errp)
{
    ThreadContext *tc = THREAD_CONTEXT(obj);

    /* QEMU reads the int as a uint64: -1 shows as 2^64 - 1. */
    *value = QOBJECT(qnum_from_uint((uint64_t)(int64_t)tc->thread_id));
}

static void thread_context_complete(UserCreatable *uc, Error **errp)
{
    ThreadContext *tc = THREAD_CONTEXT(uc);
    g_autofree char *name = g_strdup_printf(
        "TC %s", object_get_canonical_path_component(OBJECT(uc)));
    int ret;

    ret = pthread_create(&tc->thread, NULL, thread_context_run, tc);
    if (ret) {
        error_setg(errp, "qemu_thread_create: %s", strerror(ret));
        return;
    }
    tc->started = true;
    thread_set_name(tc->thread, name);
    pthread_mutex_lock(&tc->mutex);
    while (tc->thread_id == -1) {
        pthread_cond_wait(&tc->cond, &tc->mutex);
    }
    pthread_mutex_unlock(&tc->mutex);

    if (tc->init_cpus) {
        thread_context_set_affinity(tc, tc->init_cpus_size, tc->init_cpus,
                                    errp);
        CPU_FREE(tc->init_cpus);
        tc->init_cpus = NULL;
    }
}

static void thread_context_init(Object *obj)
{
    ThreadContext *tc = THREAD_CONTEXT(obj);

    tc->thread_id = -1;
    pthread_mutex_init(&tc->mutex, NULL);
    pthread_cond_init(&tc->cond, NULL);
}

static void thread_context_finalize(Object *obj)
{
    ThreadContext *tc = THREAD_CONTEXT(obj);

    if (tc->started) {
        pthread_mutex_lock(&tc->mutex);
        tc->stop = true;
        pthread_cond_broadcast(&tc->cond);
        pthread_mutex_unlock(&tc->mutex);
        pthread_join(tc->thread, NULL);
    }
    if (tc->init_cpus) {
        CPU_FREE(tc->init_cpus);
    }
    pthread_cond_destroy(&tc->cond);
    pthread_mutex_destroy(&tc->mutex);
}

static void thread_context_class_init(ObjectClass *oc, void *data)
{
    UserCreatableClass *ucc = USER_CREATABLE_CLASS(oc);

    ucc->complete = thread_context_complete;
    object_class_property_add(oc, "thread-id", "int",
                              thread_context_get_thread_id, NULL, NULL,
                              NULL);
    object_class_property_add(oc, "cpu-affinity", "int",
                              thread_context_get_cpu_affinity,
                              thread_context_set_cpu_affinity, NULL, NULL);
    object_class_property_add(oc, "node-affinity", "int", NULL,
                              thread_context_set_node_affinity, NULL, NULL);
}

static const TypeInfo thread_context_info = {
    .name = TYPE_THREAD_CONTEXT,
    .parent = TYPE_OBJECT,
    .class_init = thread_context_class_init,
    .instance_size = sizeof(ThreadContext),
    .instance_init = thread_context_init,
    .instance_finalize = thread_context_finalize,
    .interfaces = (InterfaceInfo[]) {
        { TYPE_USER_CREATABLE },
        { }
    },
};

static void thread_context_register_types(void)
{
    type_register_static(&thread_context_info);
}
type_init(thread_context_register_types)
