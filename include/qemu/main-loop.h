/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * main-loop.h: the main thread's event loop, and the big lock (BQL).
 *
 * The loop is GLib's default GMainContext: anything added to it as a
 * GSource runs from main_loop_wait.  On top of it come QEMU's own
 * pieces: fd handlers, bottom halves (callbacks scheduled to run soon
 * from the main thread) and the timers of qemu/timer.h.  main_loop_wait
 * sleeps in poll until an fd is ready or the nearest timer is due; it
 * never spins.
 *
 * The BQL guards device and machine state.  The main thread takes it
 * early in qemu_init and holds it, except while main_loop_wait sleeps in
 * poll, so every handler, bottom half and timer callback runs with it
 * held.  Other threads (vCPUs) take it around what touches shared state.
 */
#ifndef QEMU_MAIN_LOOP_H
#define QEMU_MAIN_LOOP_H

/*
 * qemu_init_main_loop: set up the loop's wake-up notifier; call once,
 * from the main thread.  Returns 0, or -1 with @errp set ("Failed to
 * initialize event notifier" when the host refuses an eventfd).
 */
int qemu_init_main_loop(Error **errp);

/*
 * main_loop_wait: one round of the loop: wait for an fd, a scheduled
 * bottom half or a due timer (at once if @nonblocking), then run what
 * is ready, then the expired timers.  The BQL, if this thread holds it,
 * is released while waiting.
 */
void main_loop_wait(int nonblocking);

/*
 * qemu_notify_event: wake main_loop_wait up so that it re-checks its
 * state (requests, deadlines).  Safe from any thread.
 */
void qemu_notify_event(void);

/* A handler for an fd event; @opaque as given at registration. */
typedef void IOHandler(void *opaque);

/*
 * qemu_set_fd_handler: call @fd_read when @fd is readable (or hung up)
 * and @fd_write when it is writable, from the main loop.  Replaces what
 * was set for @fd before; both NULL removes it.  A handler may change or
 * remove its own fd's handlers.
 */
void qemu_set_fd_handler(int fd, IOHandler *fd_read, IOHandler *fd_write,
                         void *opaque);

/* Bottom halves. */
typedef void QEMUBHFunc(void *opaque);
typedef struct QEMUBH QEMUBH;

/* qemu_bh_new: a bottom half that calls @cb(@opaque); not scheduled. */
QEMUBH *qemu_bh_new(QEMUBHFunc *cb, void *opaque);

/*
 * qemu_bh_schedule: run @bh once, from the main loop's next round.
 * Scheduling a scheduled bottom half does nothing.  Safe from any thread.
 */
void qemu_bh_schedule(QEMUBH *bh);

/*
 * qemu_bh_schedule_idle: as qemu_bh_schedule, but does not wake the
 * loop: the bottom half runs within about 10 ms.
 */
void qemu_bh_schedule_idle(QEMUBH *bh);

/* qemu_bh_cancel: unschedule @bh if it has not run yet. */
void qemu_bh_cancel(QEMUBH *bh);

/* qemu_bh_delete: cancel and free @bh (NULL is ignored). */
void qemu_bh_delete(QEMUBH *bh);

/*
 * The BQL.  qemu_mutex_lock_iothread aborts if the caller holds it
 * already, qemu_mutex_unlock_iothread if it does not.
 */
void qemu_mutex_lock_iothread(void);
void qemu_mutex_unlock_iothread(void);
/* qemu_mutex_iothread_locked: true if this thread holds the BQL. */
bool qemu_mutex_iothread_locked(void);

/* The lock under its newer names (QEMU 9). */
/*
 * Wait on @cond with the BQL, which the caller holds: it is released
 * while waiting and held again on return (spurious wake-ups happen).
 * The timed form waits at most @ns nanoseconds and returns false then.
 */
void qemu_cond_wait_iothread(GCond *cond);
bool qemu_cond_timedwait_iothread(GCond *cond, int64_t ns);

#define bql_lock() qemu_mutex_lock_iothread()
#define bql_unlock() qemu_mutex_unlock_iothread()
#define bql_locked() qemu_mutex_iothread_locked()

#endif
