/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * main-loop.c: main_loop_wait, fd handlers, bottom halves and the BQL
 * (see include/qemu/main-loop.h).
 *
 * One round of the loop drives GLib's default context by hand (prepare,
 * query, poll, check, dispatch) so that it can fold in what GLib does
 * not know: the deadline of the nearest QEMU timer, scheduled bottom
 * halves, and the BQL, released only for the poll.  The poll is ppoll,
 * so timer deadlines keep their nanoseconds.  qemu_notify_event writes
 * an eventfd of our own that is always in the poll set: a request made
 * from another thread at any moment ends the current or next sleep.
 *
 * fd handlers are GLib unix-fd sources.  A handler record is freed by
 * its source's destroy notify, which GLib defers while the source is
 * dispatching, so a handler can remove itself safely.
 */
#include "qemu/osdep.h"
#include <glib-unix.h>
#include <poll.h>
#include "qapi/error.h"
#include "qemu/event_notifier.h"
#include "qemu/main-loop.h"
#include "qemu/timer.h"

/* Idle bottom halves run at least this often. */
#define BH_IDLE_TIMEOUT_NS (10 * SCALE_MS)

struct QEMUBH {
    QEMUBHFunc *cb;
    void *opaque;
    bool scheduled;
    bool idle;
    bool deleted;               /* free at the end of the current run */
    QEMUBH *next;
};

typedef struct IOHandlerRecord {
    IOHandler *fd_read;
    IOHandler *fd_write;
    void *opaque;
    GSource *source;
    bool deleted;
} IOHandlerRecord;

static GMutex bql;
static __thread bool bql_held;

static EventNotifier notifier;  /* qemu_notify_event's eventfd */
static GArray *poll_fds;        /* of GPollFD, reused every round */

static GMutex bh_lock;
static QEMUBH *bh_list;
static bool bh_running;         /* bh_poll is walking bh_list */

static GMutex fd_lock;
static GHashTable *fd_handlers; /* fd -> IOHandlerRecord */

void qemu_mutex_lock_iothread(void)
{
    g_assert(!bql_held);
    g_mutex_lock(&bql);
    bql_held = true;
}

void qemu_mutex_unlock_iothread(void)
{
    g_assert(bql_held);
    bql_held = false;
    g_mutex_unlock(&bql);
}

bool qemu_mutex_iothread_locked(void)
{
    return bql_held;
}

void qemu_cond_wait_iothread(GCond *cond)
{
    g_assert(bql_held);
    bql_held = false;
    g_cond_wait(cond, &bql);
    bql_held = true;
}

bool qemu_cond_timedwait_iothread(GCond *cond, int64_t ns)
{
    bool signalled;

    g_assert(bql_held);
    bql_held = false;
    signalled = g_cond_wait_until(cond, &bql,
                                  g_get_monotonic_time() + ns / 1000);
    bql_held = true;
    return signalled;
}

static void notifier_read(EventNotifier *e)
{
    event_notifier_test_and_clear(e);
}

int qemu_init_main_loop(Error **errp)
{
    int ret;

    g_assert(!poll_fds);
    ret = event_notifier_init(&notifier, false);
    if (ret < 0) {
        error_setg_errno(errp, -ret, "Failed to initialize event notifier");
        return -1;
    }
    poll_fds = g_array_new(FALSE, FALSE, sizeof(GPollFD));
    return 0;
}

void qemu_notify_event(void)
{
    if (notifier.initialized) {
        event_notifier_set(&notifier);
    } else {
        g_main_context_wakeup(NULL);
    }
}

/* Bottom halves. */

QEMUBH *qemu_bh_new(QEMUBHFunc *cb, void *opaque)
{
    QEMUBH *bh = g_new0(QEMUBH, 1);

    bh->cb = cb;
    bh->opaque = opaque;
    g_mutex_lock(&bh_lock);
    bh->next = bh_list;
    bh_list = bh;
    g_mutex_unlock(&bh_lock);
    return bh;
}

static void bh_set_scheduled(QEMUBH *bh, bool idle)
{
    g_mutex_lock(&bh_lock);
    if (!bh->scheduled) {
        bh->scheduled = true;
        bh->idle = idle;
    }
    g_mutex_unlock(&bh_lock);
}

void qemu_bh_schedule(QEMUBH *bh)
{
    bh_set_scheduled(bh, false);
    qemu_notify_event();
}

void qemu_bh_schedule_idle(QEMUBH *bh)
{
    bh_set_scheduled(bh, true);
}

void qemu_bh_cancel(QEMUBH *bh)
{
    g_mutex_lock(&bh_lock);
    bh->scheduled = false;
    g_mutex_unlock(&bh_lock);
}

/* Unlink and free the deleted bottom halves; bh_lock held. */
static void bh_sweep_locked(void)
{
    QEMUBH **pbh = &bh_list;
    QEMUBH *bh;

    while (*pbh) {
        bh = *pbh;
        if (bh->deleted) {
            *pbh = bh->next;
            g_free(bh);
        } else {
            pbh = &bh->next;
        }
    }
}

void qemu_bh_delete(QEMUBH *bh)
{
    if (!bh) {
        return;
    }
    g_mutex_lock(&bh_lock);
    bh->scheduled = false;
    bh->deleted = true;
    if (!bh_running) {
        bh_sweep_locked();
    }
    g_mutex_unlock(&bh_lock);
}

/*
 * How long the poll may last for the bottom halves' sake: 0 if one is
 * scheduled, the idle period if only idle ones are, else -1.
 */
static int64_t bh_timeout_ns(void)
{
    int64_t timeout = -1;
    QEMUBH *bh;

    g_mutex_lock(&bh_lock);
    for (bh = bh_list; bh; bh = bh->next) {
        if (bh->scheduled && !bh->idle) {
            timeout = 0;
            break;
        }
        if (bh->scheduled) {
            timeout = BH_IDLE_TIMEOUT_NS;
        }
    }
    g_mutex_unlock(&bh_lock);
    return timeout;
}

/* Run every scheduled bottom half once; true if any ran. */
static bool bh_poll(void)
{
    bool progress = false;
    QEMUBH *bh;

    g_mutex_lock(&bh_lock);
    bh_running = true;
    for (bh = bh_list; bh; bh = bh->next) {
        if (!bh->scheduled || bh->deleted) {
            continue;
        }
        bh->scheduled = false;
        g_mutex_unlock(&bh_lock);
        bh->cb(bh->opaque);     /* may schedule or delete any bh */
        progress = true;
        g_mutex_lock(&bh_lock);
    }
    bh_running = false;
    bh_sweep_locked();
    g_mutex_unlock(&bh_lock);
    return progress;
}

/* fd handlers. */

static gboolean fd_handler_ready(gint fd, GIOCondition cond, gpointer data)
{
    IOHandlerRecord *ioh = data;

    if (!ioh->deleted && ioh->fd_read &&
        (cond & (G_IO_IN | G_IO_HUP | G_IO_ERR))) {
        ioh->fd_read(ioh->opaque);
    }
    if (!ioh->deleted && ioh->fd_write && (cond & (G_IO_OUT | G_IO_ERR))) {
        ioh->fd_write(ioh->opaque);
    }
    return G_SOURCE_CONTINUE;
}

/* Detach @ioh's source; GLib frees @ioh once no dispatch uses it. */
static void fd_handler_remove(IOHandlerRecord *ioh)
{
    GSource *source = ioh->source;

    ioh->deleted = true;
    g_source_destroy(source);   /* may free @ioh */
    g_source_unref(source);
}

void qemu_set_fd_handler(int fd, IOHandler *fd_read, IOHandler *fd_write,
                         void *opaque)
{
    GIOCondition cond = 0;
    IOHandlerRecord *ioh;

    g_mutex_lock(&fd_lock);
    if (!fd_handlers) {
        fd_handlers = g_hash_table_new(NULL, NULL);
    }
    ioh = g_hash_table_lookup(fd_handlers, GINT_TO_POINTER(fd));
    if (ioh) {
        g_hash_table_remove(fd_handlers, GINT_TO_POINTER(fd));
        fd_handler_remove(ioh);
    }
    if (fd_read || fd_write) {
        ioh = g_new0(IOHandlerRecord, 1);
        ioh->fd_read = fd_read;
        ioh->fd_write = fd_write;
        ioh->opaque = opaque;
        cond |= fd_read ? G_IO_IN | G_IO_HUP | G_IO_ERR : 0;
        cond |= fd_write ? G_IO_OUT | G_IO_ERR : 0;
        ioh->source = g_unix_fd_source_new(fd, cond);
        g_source_set_callback(ioh->source, G_SOURCE_FUNC(fd_handler_ready),
                              ioh, g_free);
        g_source_attach(ioh->source, NULL);
        g_hash_table_insert(fd_handlers, GINT_TO_POINTER(fd), ioh);
    }
    g_mutex_unlock(&fd_lock);
}

/* The loop. */

static int64_t min_timeout_ns(int64_t a, int64_t b)
{
    if (a < 0) {
        return b;
    }
    if (b < 0) {
        return a;
    }
    return MIN(a, b);
}

/* GLib's poll set for this round, with our notifier's fd at the end. */
static int main_loop_query(GMainContext *ctx, int max_priority,
                           int64_t *timeout_ns)
{
    gint timeout_ms;
    int n;
    GPollFD *pfd;

    for (;;) {
        n = g_main_context_query(ctx, max_priority, &timeout_ms,
                                 (GPollFD *)poll_fds->data,
                                 poll_fds->len);
        if (n + 1 <= (int)poll_fds->len) {
            break;
        }
        g_array_set_size(poll_fds, n + 1);
    }
    pfd = &g_array_index(poll_fds, GPollFD, n);
    pfd->fd = event_notifier_get_fd(&notifier);
    pfd->events = G_IO_IN;
    pfd->revents = 0;
    *timeout_ns = timeout_ms < 0 ? -1 : (int64_t)timeout_ms * SCALE_MS;
    return n;
}

/* ppoll @n + 1 fds (GPollFD is struct pollfd on POSIX hosts). */
static void main_loop_poll(int n, int64_t timeout_ns)
{
    struct timespec ts;
    bool locked = qemu_mutex_iothread_locked();

    ts.tv_sec = timeout_ns / NANOSECONDS_PER_SECOND;
    ts.tv_nsec = timeout_ns % NANOSECONDS_PER_SECOND;
    if (locked) {
        qemu_mutex_unlock_iothread();
    }
    if (ppoll((struct pollfd *)poll_fds->data, n + 1,
              timeout_ns < 0 ? NULL : &ts, NULL) < 0 && errno != EINTR) {
        g_assert_not_reached();
    }
    if (locked) {
        qemu_mutex_lock_iothread();
    }
}

void main_loop_wait(int nonblocking)
{
    GMainContext *ctx = g_main_context_default();
    gint max_priority;
    int64_t timeout_ns;
    int n;

    g_assert(poll_fds);
    if (!g_main_context_acquire(ctx)) {
        g_assert_not_reached();     /* another thread runs the loop */
    }
    g_main_context_prepare(ctx, &max_priority);
    n = main_loop_query(ctx, max_priority, &timeout_ns);
    timeout_ns = min_timeout_ns(timeout_ns, qemu_clock_deadline_ns_all());
    timeout_ns = min_timeout_ns(timeout_ns, bh_timeout_ns());
    main_loop_poll(n, nonblocking ? 0 : timeout_ns);
    if (g_array_index(poll_fds, GPollFD, n).revents) {
        notifier_read(&notifier);
    }
    if (g_main_context_check(ctx, max_priority, (GPollFD *)poll_fds->data,
                             n)) {
        g_main_context_dispatch(ctx);
    }
    g_main_context_release(ctx);
    bh_poll();
    qemu_clock_run_all_timers();
}
