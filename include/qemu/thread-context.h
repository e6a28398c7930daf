/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * thread-context.h: the "thread-context" user-creatable object of QEMU
 * 8.2.
 *
 * A thread context owns one long-lived helper thread whose CPU affinity
 * is set from the "cpu-affinity" property.  Other subsystems (memory
 * preallocation, through a memory backend's "prealloc-context" link) ask
 * the context to create their short-lived threads; since a new thread
 * inherits the affinity of the thread that creates it, those threads run
 * on the context's CPUs without needing the right to change affinity
 * themselves (which -sandbox resourcecontrol=deny takes away: that is why
 * QEMU creates thread-context objects before the sandbox is set up).
 *
 * Properties:
 *   cpu-affinity   list of host CPU numbers (uint16).  -object takes one
 *                  number or range per key ("cpu-affinity=0-3"), JSON a
 *                  list ([0, 1]).  Readable once the object is complete.
 *   node-affinity  host NUMA nodes: not supported by qlite, any value is
 *                  refused.
 *   thread-id      read-only: the helper thread's Linux thread id, or -1
 *                  before completion.
 */
#ifndef QEMU_THREAD_CONTEXT_H
#define QEMU_THREAD_CONTEXT_H

#include <pthread.h>
#include <sched.h>
#include "qom/object.h"

#define TYPE_THREAD_CONTEXT "thread-context"
OBJECT_DECLARE_TYPE(ThreadContext, ThreadContextClass, THREAD_CONTEXT)

struct ThreadContextClass {
    ObjectClass parent_class;
};

/* One request to the context thread (see thread-context.c). */
typedef struct ThreadContextRequest ThreadContextRequest;

struct ThreadContext {
    Object parent_obj;

    pthread_t thread;           /* the context thread, once started */
    bool started;
    int thread_id;              /* its Linux tid, -1 until started */

    /* Guard the request slot shared with the context thread. */
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    ThreadContextRequest *request;  /* pending request, or NULL */
    bool stop;                  /* ask the context thread to exit */

    /* cpu-affinity given before completion, applied by complete. */
    cpu_set_t *init_cpus;
    size_t init_cpus_size;      /* bytes of *init_cpus */
};

/*
 * thread_context_create_thread: create a joinable thread running
 * @start_routine(@arg) from @tc's context thread, so that it inherits
 * @tc's CPU affinity.  @name is the thread's name (at most 15 characters
 * are kept).  Stores the new thread in *@thread and returns 0, or returns
 * the pthread_create error number.  @tc must be complete.
 */
int thread_context_create_thread(ThreadContext *tc, pthread_t *thread,
                                 const char *name,
                                 void *(*start_routine)(void *), void *arg);

#endif
