/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qemu-timer.c: the clocks and the per-clock lists of pending timers
 * (see include/qemu/timer.h).
 *
 * Each clock keeps its pending timers in a list sorted by expiry time,
 * so the next deadline is the head's.  One mutex guards the lists and
 * the virtual clock's state; callbacks run without it.  Arming a timer
 * that becomes the earliest of its clock wakes the main loop up (when
 * the caller is not the loop itself) so it can sleep for less.
 *
 * The virtual clock is the monotonic clock minus the time spent
 * stopped: enabling it recomputes the offset from the frozen value.
 */
#include "qemu/osdep.h"
#include "qemu/main-loop.h"
#include "qemu/timer.h"

typedef struct QEMUClock {
    QEMUTimer *active;          /* pending timers, earliest first */
    bool enabled;
} QEMUClock;

static GMutex timers_lock;
static QEMUClock clocks[QEMU_CLOCK_MAX] = {
    [QEMU_CLOCK_REALTIME] = { .enabled = true },
    [QEMU_CLOCK_HOST] = { .enabled = true },
};
/* Virtual time: get_clock() - virtual_offset while enabled. */
static int64_t virtual_offset;
static int64_t virtual_frozen;  /* its value while disabled */
static int64_t (*virtual_source)(void);
static void (*virtual_notify)(void);

int64_t get_clock(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * NANOSECONDS_PER_SECOND + ts.tv_nsec;
}

int64_t get_clock_realtime(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec * NANOSECONDS_PER_SECOND + ts.tv_nsec;
}

/* The host-based virtual time; timers_lock held. */
static int64_t virtual_rt_locked(void)
{
    if (clocks[QEMU_CLOCK_VIRTUAL].enabled) {
        return get_clock() - virtual_offset;
    }
    return virtual_frozen;
}

int64_t qemu_clock_get_ns(QEMUClockType type)
{
    int64_t now;

    switch (type) {
    case QEMU_CLOCK_REALTIME:
        return get_clock();
    case QEMU_CLOCK_HOST:
        return get_clock_realtime();
    case QEMU_CLOCK_VIRTUAL:
        if (virtual_source) {
            return virtual_source();
        }
        /* fall through */
    case QEMU_CLOCK_VIRTUAL_RT:
        g_mutex_lock(&timers_lock);
        now = virtual_rt_locked();
        g_mutex_unlock(&timers_lock);
        return now;
    default:
        g_assert_not_reached();
    }
}

static bool clock_is_virtual(QEMUClockType type)
{
    return type == QEMU_CLOCK_VIRTUAL || type == QEMU_CLOCK_VIRTUAL_RT;
}

void qemu_clock_enable(QEMUClockType type, bool enabled)
{
    g_assert(type < QEMU_CLOCK_MAX);
    if (!clock_is_virtual(type)) {
        return;
    }
    g_mutex_lock(&timers_lock);
    if (enabled != clocks[QEMU_CLOCK_VIRTUAL].enabled) {
        if (enabled) {
            virtual_offset = get_clock() - virtual_frozen;
        } else {
            virtual_frozen = get_clock() - virtual_offset;
        }
    }
    clocks[QEMU_CLOCK_VIRTUAL].enabled = enabled;
    clocks[QEMU_CLOCK_VIRTUAL_RT].enabled = enabled;
    g_mutex_unlock(&timers_lock);
    if (enabled) {
        qemu_notify_event();    /* timers may be due now */
    }
}

bool qemu_clock_is_enabled(QEMUClockType type)
{
    g_assert(type < QEMU_CLOCK_MAX);
    return clocks[type].enabled;
}

void qemu_clock_set_virtual_source(int64_t (*get_ns)(void),
                                   void (*notify)(void))
{
    virtual_source = get_ns;
    virtual_notify = notify;
}

int64_t qemu_clock_deadline_ns(QEMUClockType type)
{
    int64_t expire;
    int64_t delta;

    g_assert(type < QEMU_CLOCK_MAX);
    g_mutex_lock(&timers_lock);
    if (!clocks[type].enabled || !clocks[type].active) {
        g_mutex_unlock(&timers_lock);
        return -1;
    }
    expire = clocks[type].active->expire_time;
    g_mutex_unlock(&timers_lock);
    delta = expire - qemu_clock_get_ns(type);
    return delta > 0 ? delta : 0;
}

int64_t qemu_clock_deadline_ns_all(void)
{
    int64_t deadline = -1;
    int64_t d;
    int type;

    for (type = 0; type < QEMU_CLOCK_MAX; type++) {
        if (type == QEMU_CLOCK_VIRTUAL && virtual_source) {
            continue;   /* instruction-driven: the vCPUs wait for it */
        }
        d = qemu_clock_deadline_ns(type);
        if (d >= 0 && (deadline < 0 || d < deadline)) {
            deadline = d;
        }
    }
    return deadline;
}

/* Take the first timer of @type if due at @now; timers_lock held. */
static QEMUTimer *pop_expired_locked(QEMUClockType type, int64_t now)
{
    QEMUTimer *ts = clocks[type].active;

    if (!clocks[type].enabled || !ts || ts->expire_time > now) {
        return NULL;
    }
    clocks[type].active = ts->next;
    ts->next = NULL;
    ts->expire_time = -1;
    return ts;
}

bool qemu_clock_run_timers(QEMUClockType type)
{
    /* Time is read once: a timer re-armed for "now" waits a round. */
    int64_t now = qemu_clock_get_ns(type);
    QEMUTimerCB *cb;
    void *opaque;
    QEMUTimer *ts;
    bool progress = false;

    for (;;) {
        g_mutex_lock(&timers_lock);
        ts = pop_expired_locked(type, now);
        if (ts) {
            cb = ts->cb;
            opaque = ts->opaque;
        }
        g_mutex_unlock(&timers_lock);
        if (!ts) {
            return progress;
        }
        cb(opaque);             /* may free, re-arm or delete @ts */
        progress = true;
    }
}

bool qemu_clock_run_all_timers(void)
{
    bool progress = false;
    int type;

    for (type = 0; type < QEMU_CLOCK_MAX; type++) {
        if (type == QEMU_CLOCK_VIRTUAL && virtual_source) {
            /*
             * The source's owner runs them where its time moves: read
             * from here, mid-slice, they would fire at an instruction
             * count that depends on host scheduling.
             */
            continue;
        }
        progress |= qemu_clock_run_timers(type);
    }
    return progress;
}

void timer_init(QEMUTimer *ts, QEMUClockType type, int scale,
                QEMUTimerCB *cb, void *opaque)
{
    g_assert(type < QEMU_CLOCK_MAX);
    ts->expire_time = -1;
    ts->type = type;
    ts->cb = cb;
    ts->opaque = opaque;
    ts->scale = scale;
    ts->next = NULL;
}

QEMUTimer *timer_new(QEMUClockType type, int scale, QEMUTimerCB *cb,
                     void *opaque)
{
    QEMUTimer *ts = g_new(QEMUTimer, 1);

    timer_init(ts, type, scale, cb, opaque);
    return ts;
}

/* Unlink @ts from its clock's list if there; timers_lock held. */
static void timer_del_locked(QEMUTimer *ts)
{
    QEMUTimer **pt = &clocks[ts->type].active;

    while (*pt) {
        if (*pt == ts) {
            *pt = ts->next;
            break;
        }
        pt = &(*pt)->next;
    }
    ts->next = NULL;
    ts->expire_time = -1;
}

void timer_del(QEMUTimer *ts)
{
    g_mutex_lock(&timers_lock);
    timer_del_locked(ts);
    g_mutex_unlock(&timers_lock);
}

void timer_free(QEMUTimer *ts)
{
    if (ts) {
        timer_del(ts);
        g_free(ts);
    }
}

/* Insert @ts in order; true if it is now the first.  Lock held. */
static bool timer_insert_locked(QEMUTimer *ts, int64_t expire_time)
{
    QEMUTimer **pt = &clocks[ts->type].active;

    ts->expire_time = expire_time < 0 ? 0 : expire_time;
    while (*pt && (*pt)->expire_time <= ts->expire_time) {
        pt = &(*pt)->next;
    }
    ts->next = *pt;
    *pt = ts;
    return pt == &clocks[ts->type].active;
}

/* Wake the loop when a new earliest deadline appears elsewhere. */
static void timer_notify(bool first, QEMUClockType type)
{
    if (first && type == QEMU_CLOCK_VIRTUAL && virtual_notify) {
        virtual_notify();
    }
    if (first && !g_main_context_is_owner(g_main_context_default())) {
        qemu_notify_event();
    }
}

void timer_mod_ns(QEMUTimer *ts, int64_t expire_time)
{
    bool first;

    g_mutex_lock(&timers_lock);
    timer_del_locked(ts);
    first = timer_insert_locked(ts, expire_time);
    g_mutex_unlock(&timers_lock);
    timer_notify(first, ts->type);
}

void timer_mod(QEMUTimer *ts, int64_t expire_time)
{
    timer_mod_ns(ts, expire_time * ts->scale);
}

void timer_mod_anticipate(QEMUTimer *ts, int64_t expire_time)
{
    int64_t ns = expire_time * ts->scale;
    bool first = false;

    g_mutex_lock(&timers_lock);
    if (ts->expire_time < 0 || ts->expire_time > ns) {
        timer_del_locked(ts);
        first = timer_insert_locked(ts, ns);
    }
    g_mutex_unlock(&timers_lock);
    timer_notify(first, ts->type);
}

bool timer_pending(QEMUTimer *ts)
{
    return ts->expire_time >= 0;
}

bool timer_expired(QEMUTimer *ts, int64_t current_time)
{
    return timer_pending(ts) && ts->expire_time <= current_time * ts->scale;
}

int64_t timer_expire_time_ns(QEMUTimer *ts)
{
    return timer_pending(ts) ? ts->expire_time : -1;
}
