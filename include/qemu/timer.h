/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * timer.h: QEMU's clocks and the timers the main loop runs on them.
 *
 * Clocks (nanoseconds):
 *   QEMU_CLOCK_REALTIME    host monotonic time; always runs.
 *   QEMU_CLOCK_VIRTUAL     guest time: stops while the VM is not running
 *                          (vm_stop disables it, vm_start enables it); a
 *                          source set with qemu_clock_set_virtual_source
 *                          (the instruction counter, qtest) replaces it.
 *   QEMU_CLOCK_HOST        host wall-clock time (may jump).
 *   QEMU_CLOCK_VIRTUAL_RT  guest time measured on the host clock: equal
 *                          to QEMU_CLOCK_VIRTUAL without a virtual source.
 *
 * A timer fires once: timer_mod arms it for an absolute time on its
 * clock, in the timer's scale; the main loop calls its callback (with
 * the BQL held) once the clock reaches it.  Timers on a disabled clock
 * wait until it is enabled again.  Timers may be armed and deleted from
 * any thread.
 */
#ifndef QEMU_TIMER_H
#define QEMU_TIMER_H

#define NANOSECONDS_PER_SECOND 1000000000LL

#define SCALE_MS 1000000
#define SCALE_US 1000
#define SCALE_NS 1

typedef enum {
    QEMU_CLOCK_REALTIME = 0,
    QEMU_CLOCK_VIRTUAL = 1,
    QEMU_CLOCK_HOST = 2,
    QEMU_CLOCK_VIRTUAL_RT = 3,
    QEMU_CLOCK_MAX
} QEMUClockType;

typedef void QEMUTimerCB(void *opaque);
typedef struct QEMUTimer QEMUTimer;

struct QEMUTimer {
    int64_t expire_time;        /* ns on the clock; -1 when not pending */
    QEMUClockType type;
    QEMUTimerCB *cb;
    void *opaque;
    int scale;                  /* ns per unit of timer_mod's argument */
    QEMUTimer *next;            /* on its clock's list while pending */
};

/* qemu_clock_get_ns: the clock's time in nanoseconds. */
int64_t qemu_clock_get_ns(QEMUClockType type);

static inline int64_t qemu_clock_get_us(QEMUClockType type)
{
    return qemu_clock_get_ns(type) / SCALE_US;
}

static inline int64_t qemu_clock_get_ms(QEMUClockType type)
{
    return qemu_clock_get_ns(type) / SCALE_MS;
}

/*
 * qemu_clock_enable: start or stop a clock.  Only the virtual clocks
 * (QEMU_CLOCK_VIRTUAL and QEMU_CLOCK_VIRTUAL_RT, which go together)
 * stop: their time stands still and their timers do not fire until
 * enabled again.  Both start disabled (the VM is not running yet).
 */
void qemu_clock_enable(QEMUClockType type, bool enabled);

/* qemu_clock_is_enabled: see qemu_clock_enable. */
bool qemu_clock_is_enabled(QEMUClockType type);

/*
 * qemu_clock_set_virtual_source: let @get_ns give QEMU_CLOCK_VIRTUAL's
 * time (the instruction counter under -icount, the qtest clock); NULL
 * goes back to the host-based count.  Whoever moves such a source
 * forward calls qemu_clock_run_timers(QEMU_CLOCK_VIRTUAL).  With a source
 * set, the main loop does not wait for virtual timers
 * (qemu_clock_deadline_ns_all leaves them out) and @notify (may be NULL)
 * is called whenever a virtual timer becomes the earliest one, so the
 * source's owner can stop at the new deadline.
 */
void qemu_clock_set_virtual_source(int64_t (*get_ns)(void),
                                   void (*notify)(void));

/*
 * qemu_clock_deadline_ns: nanoseconds until the first timer of @type is
 * due (0 if overdue), or -1 if none is pending or the clock is
 * disabled.
 */
int64_t qemu_clock_deadline_ns(QEMUClockType type);

/* qemu_clock_deadline_ns_all: the smallest deadline of all clocks. */
int64_t qemu_clock_deadline_ns_all(void);

/*
 * qemu_clock_run_timers: call the callbacks of the expired timers of
 * @type, earliest first.  Returns true if any ran.
 */
bool qemu_clock_run_timers(QEMUClockType type);

/*
 * qemu_clock_run_all_timers: qemu_clock_run_timers on every clock but
 * QEMU_CLOCK_VIRTUAL while a virtual source is set (its owner runs them).
 */
bool qemu_clock_run_all_timers(void);

/*
 * timer_init: set up the caller-allocated @ts to call @cb(@opaque) on
 * @type; @scale is SCALE_NS, SCALE_US or SCALE_MS.
 */
void timer_init(QEMUTimer *ts, QEMUClockType type, int scale,
                QEMUTimerCB *cb, void *opaque);

/* timer_new: an allocated timer (free it with timer_free). */
QEMUTimer *timer_new(QEMUClockType type, int scale, QEMUTimerCB *cb,
                     void *opaque);

static inline QEMUTimer *timer_new_ns(QEMUClockType type, QEMUTimerCB *cb,
                                      void *opaque)
{
    return timer_new(type, SCALE_NS, cb, opaque);
}

static inline QEMUTimer *timer_new_us(QEMUClockType type, QEMUTimerCB *cb,
                                      void *opaque)
{
    return timer_new(type, SCALE_US, cb, opaque);
}

static inline QEMUTimer *timer_new_ms(QEMUClockType type, QEMUTimerCB *cb,
                                      void *opaque)
{
    return timer_new(type, SCALE_MS, cb, opaque);
}

/* timer_del: disarm @ts (nothing happens if it is not pending). */
void timer_del(QEMUTimer *ts);

/* timer_free: disarm and free a timer from timer_new (NULL ignored). */
void timer_free(QEMUTimer *ts);

/* timer_mod: arm @ts for @expire_time (in its scale) on its clock. */
void timer_mod(QEMUTimer *ts, int64_t expire_time);

/* timer_mod_ns: arm @ts for @expire_time nanoseconds on its clock. */
void timer_mod_ns(QEMUTimer *ts, int64_t expire_time);

/*
 * timer_mod_anticipate: arm @ts for @expire_time unless it is pending
 * for an earlier time already.
 */
void timer_mod_anticipate(QEMUTimer *ts, int64_t expire_time);

/* timer_pending: true if @ts is armed and has not fired. */
bool timer_pending(QEMUTimer *ts);

/* timer_expired: true if @ts is pending and due at @current_time. */
bool timer_expired(QEMUTimer *ts, int64_t current_time);

/* timer_expire_time_ns: when @ts fires (ns), or -1 if not pending. */
int64_t timer_expire_time_ns(QEMUTimer *ts);

/* get_clock_realtime: host wall-clock nanoseconds (QEMU_CLOCK_HOST). */
int64_t get_clock_realtime(void);

/* get_clock: host monotonic nanoseconds (QEMU_CLOCK_REALTIME). */
int64_t get_clock(void);

#endif
