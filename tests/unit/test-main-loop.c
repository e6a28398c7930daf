/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-main-loop.c: main_loop_wait with bottom halves, fd handlers,
 * event notifiers, GLib sources, timers and the BQL (util/main-loop.c,
 * util/event_notifier-posix.c).
 */
#include "qemu/osdep.h"
#include <sys/resource.h>
#include "qapi/error.h"
#include "qemu/event_notifier.h"
#include "qemu/main-loop.h"
#include "qemu/timer.h"

static int count;
static QEMUBH *self_bh;

static void count_cb(void *opaque)
{
    count++;
}

/* Every test but the init error's runs with the loop set up. */
static void setup(void)
{
    static bool done;

    if (!done) {
        qemu_init_main_loop(&error_abort);
        done = true;
    }
}

/* Run rounds without blocking until nothing more happens. */
static void drain(void)
{
    int i;

    for (i = 0; i < 5; i++) {
        main_loop_wait(true);
    }
}

static void test_bh_schedule(void)
{
    QEMUBH *bh = qemu_bh_new(count_cb, NULL);

    setup();
    count = 0;
    drain();
    g_assert_cmpint(count, ==, 0);
    qemu_bh_schedule(bh);
    qemu_bh_schedule(bh);       /* once scheduled, once run */
    main_loop_wait(false);      /* must not block */
    g_assert_cmpint(count, ==, 1);
    drain();
    g_assert_cmpint(count, ==, 1);
    qemu_bh_delete(bh);
    qemu_bh_delete(NULL);
}

static void test_bh_cancel(void)
{
    QEMUBH *bh = qemu_bh_new(count_cb, NULL);

    setup();
    count = 0;
    qemu_bh_schedule(bh);
    qemu_bh_cancel(bh);
    drain();
    g_assert_cmpint(count, ==, 0);
    qemu_bh_schedule(bh);
    qemu_bh_delete(bh);         /* deleting cancels */
    drain();
    g_assert_cmpint(count, ==, 0);
}

static void delete_self_cb(void *opaque)
{
    count++;
    qemu_bh_delete(self_bh);
}

static void reschedule_cb(void *opaque)
{
    if (++count < 3) {
        qemu_bh_schedule(self_bh);
    }
}

static void test_bh_from_callback(void)
{
    setup();
    count = 0;
    self_bh = qemu_bh_new(delete_self_cb, NULL);
    qemu_bh_schedule(self_bh);
    drain();
    g_assert_cmpint(count, ==, 1);

    count = 0;
    self_bh = qemu_bh_new(reschedule_cb, NULL);
    qemu_bh_schedule(self_bh);
    main_loop_wait(false);
    g_assert_cmpint(count, ==, 1);      /* the next run is a new round */
    main_loop_wait(false);
    main_loop_wait(false);
    g_assert_cmpint(count, ==, 3);
    qemu_bh_delete(self_bh);
}

static void test_bh_idle(void)
{
    QEMUBH *bh = qemu_bh_new(count_cb, NULL);
    int64_t start = get_clock();

    setup();
    count = 0;
    qemu_bh_schedule_idle(bh);
    while (!count) {
        main_loop_wait(false);  /* the idle period bounds the wait */
    }
    g_assert_cmpint(get_clock() - start, <, NANOSECONDS_PER_SECOND);
    qemu_bh_delete(bh);
}

static gpointer schedule_thread(gpointer opaque)
{
    g_usleep(20000);
    qemu_bh_schedule(opaque);
    return NULL;
}

static void test_bh_other_thread(void)
{
    QEMUBH *bh = qemu_bh_new(count_cb, NULL);
    GThread *thread;

    setup();
    count = 0;
    thread = g_thread_new("sched", schedule_thread, bh);
    while (!count) {
        main_loop_wait(false);  /* woken by the schedule */
    }
    g_thread_join(thread);
    qemu_bh_delete(bh);
}

static int pipe_fds[2];
static char last_byte;

static void pipe_read(void *opaque)
{
    g_assert_cmpint(read(pipe_fds[0], &last_byte, 1), ==, 1);
    count++;
}

static void pipe_read_once(void *opaque)
{
    pipe_read(opaque);
    qemu_set_fd_handler(pipe_fds[0], NULL, NULL, NULL);
}

static void pipe_write(void *opaque)
{
    count += 100;
    qemu_set_fd_handler(pipe_fds[1], NULL, NULL, NULL);
}

static void test_fd_read(void)
{
    setup();
    g_assert_cmpint(pipe(pipe_fds), ==, 0);
    count = 0;
    qemu_set_fd_handler(pipe_fds[0], pipe_read, NULL, NULL);
    drain();
    g_assert_cmpint(count, ==, 0);
    g_assert_cmpint(write(pipe_fds[1], "x", 1), ==, 1);
    main_loop_wait(false);
    g_assert_cmpint(count, ==, 1);
    g_assert_cmpint(last_byte, ==, 'x');

    /* Replaced by a handler that removes itself. */
    qemu_set_fd_handler(pipe_fds[0], pipe_read_once, NULL, NULL);
    g_assert_cmpint(write(pipe_fds[1], "yz", 2), ==, 2);
    drain();
    g_assert_cmpint(count, ==, 2);
    g_assert_cmpint(last_byte, ==, 'y');

    qemu_set_fd_handler(pipe_fds[1], NULL, pipe_write, NULL);
    drain();
    g_assert_cmpint(count, ==, 102);
    qemu_set_fd_handler(pipe_fds[0], NULL, NULL, NULL);  /* none: no-op */
    close(pipe_fds[0]);
    close(pipe_fds[1]);
}

static void test_fd_hangup(void)
{
    setup();
    g_assert_cmpint(pipe(pipe_fds), ==, 0);
    count = 0;
    qemu_set_fd_handler(pipe_fds[0], count_cb, NULL, NULL);
    close(pipe_fds[1]);
    main_loop_wait(false);      /* EOF counts as readable */
    g_assert_cmpint(count, >=, 1);
    qemu_set_fd_handler(pipe_fds[0], NULL, NULL, NULL);
    close(pipe_fds[0]);
}

static void notifier_handler(EventNotifier *e)
{
    g_assert_true(event_notifier_test_and_clear(e));
    count++;
}

static void test_event_notifier(void)
{
    EventNotifier e;

    setup();
    g_assert_cmpint(event_notifier_init(&e, true), ==, 0);
    g_assert_cmpint(event_notifier_get_fd(&e), >=, 0);
    g_assert_true(event_notifier_test_and_clear(&e));
    g_assert_false(event_notifier_test_and_clear(&e));

    count = 0;
    event_notifier_set_handler(&e, notifier_handler);
    drain();
    g_assert_cmpint(count, ==, 0);
    g_assert_cmpint(event_notifier_set(&e), ==, 0);
    g_assert_cmpint(event_notifier_set(&e), ==, 0);
    main_loop_wait(false);
    g_assert_cmpint(count, ==, 1);      /* two sets, one wake-up */
    event_notifier_cleanup(&e);
    event_notifier_cleanup(&e);         /* twice: nothing */
    g_assert_cmpint(event_notifier_get_fd(&e), ==, -1);
    g_assert_cmpint(event_notifier_set(&e), ==, -EBADF);
}

static gboolean idle_cb(gpointer opaque)
{
    count++;
    return G_SOURCE_REMOVE;
}

static void test_glib_source(void)
{
    setup();
    count = 0;
    g_idle_add(idle_cb, NULL);
    g_timeout_add(5, idle_cb, NULL);
    main_loop_wait(false);
    g_assert_cmpint(count, >=, 1);
    while (count < 2) {
        main_loop_wait(false);
    }
}

static void test_timer_wakes(void)
{
    QEMUTimer *t = timer_new_ns(QEMU_CLOCK_REALTIME, count_cb, NULL);
    int64_t start = qemu_clock_get_ns(QEMU_CLOCK_REALTIME);

    setup();
    count = 0;
    timer_mod(t, start + 20 * SCALE_MS);
    while (!count) {
        main_loop_wait(false);
    }
    g_assert_cmpint(get_clock() - start, >=, 20 * SCALE_MS);
    g_assert_cmpint(get_clock() - start, <, 2 * NANOSECONDS_PER_SECOND);
    timer_free(t);
}

static gpointer timer_thread(gpointer opaque)
{
    g_usleep(20000);
    timer_mod_ns(opaque, 0);
    return NULL;
}

static void test_timer_other_thread_wakes(void)
{
    QEMUTimer *t = timer_new_ns(QEMU_CLOCK_REALTIME, count_cb, NULL);
    GThread *thread;

    setup();
    count = 0;
    thread = g_thread_new("timer", timer_thread, t);
    while (!count) {
        main_loop_wait(false);  /* nothing else would end the wait */
    }
    g_thread_join(thread);
    timer_free(t);
}

static bool thread_had_bql;

static gpointer bql_thread(gpointer opaque)
{
    g_assert_false(qemu_mutex_iothread_locked());
    qemu_mutex_lock_iothread();
    thread_had_bql = true;
    qemu_mutex_unlock_iothread();
    qemu_notify_event();
    return NULL;
}

static void test_bql_released_in_poll(void)
{
    GThread *thread;

    setup();
    qemu_mutex_lock_iothread();
    g_assert_true(qemu_mutex_iothread_locked());
    thread_had_bql = false;
    thread = g_thread_new("bql", bql_thread, NULL);
    while (!thread_had_bql) {
        main_loop_wait(false);
        g_assert_true(qemu_mutex_iothread_locked());
    }
    g_thread_join(thread);
    qemu_mutex_unlock_iothread();
    g_assert_false(qemu_mutex_iothread_locked());
}

static void test_bql_double_lock(void)
{
    if (g_test_subprocess()) {
        qemu_mutex_lock_iothread();
        qemu_mutex_lock_iothread();
        return;
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_failed();
}

static void test_init_error(void)
{
    struct rlimit rl;
    rlim_t saved;
    Error *err = NULL;
    int next_fd;

    if (g_test_subprocess()) {
        /* No fd left for the eventfd; the limit is restored after. */
        next_fd = dup(0);
        close(next_fd);
        g_assert_cmpint(getrlimit(RLIMIT_NOFILE, &rl), ==, 0);
        saved = rl.rlim_cur;
        rl.rlim_cur = next_fd;
        g_assert_cmpint(setrlimit(RLIMIT_NOFILE, &rl), ==, 0);
        g_assert_cmpint(qemu_init_main_loop(&err), ==, -1);
        rl.rlim_cur = saved;
        g_assert_cmpint(setrlimit(RLIMIT_NOFILE, &rl), ==, 0);
        g_printerr("%s\n", error_get_pretty(err));
        error_free(err);
        return;
    }
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("Failed to initialize event notifier: "
                              "Too many open files\n");
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/main-loop/init/error", test_init_error);
    g_test_add_func("/main-loop/bh/schedule", test_bh_schedule);
    g_test_add_func("/main-loop/bh/cancel", test_bh_cancel);
    g_test_add_func("/main-loop/bh/from-callback", test_bh_from_callback);
    g_test_add_func("/main-loop/bh/idle", test_bh_idle);
    g_test_add_func("/main-loop/bh/other-thread", test_bh_other_thread);
    g_test_add_func("/main-loop/fd/read-write", test_fd_read);
    g_test_add_func("/main-loop/fd/hangup", test_fd_hangup);
    g_test_add_func("/main-loop/event-notifier", test_event_notifier);
    g_test_add_func("/main-loop/glib-source", test_glib_source);
    g_test_add_func("/main-loop/timer/wakes", test_timer_wakes);
    g_test_add_func("/main-loop/timer/other-thread",
                    test_timer_other_thread_wakes);
    g_test_add_func("/main-loop/bql/released-in-poll",
                    test_bql_released_in_poll);
    g_test_add_func("/main-loop/bql/double-lock", test_bql_double_lock);
    return g_test_run();
}
