/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-timer.c: QEMU clocks and timers (util/qemu-timer.c): clock
 * behaviour, the virtual clock standing still while disabled, timer
 * ordering, deadlines, re-arming and deletion from callbacks.
 */
#include "qemu/osdep.h"
#include "qemu/timer.h"

static int fired;
static int64_t order[4];

static void count_cb(void *opaque)
{
    fired++;
}

static void order_cb(void *opaque)
{
    order[fired++] = GPOINTER_TO_INT(opaque);
}

static void test_clock_realtime(void)
{
    int64_t a = qemu_clock_get_ns(QEMU_CLOCK_REALTIME);
    int64_t b;

    g_usleep(1000);
    b = qemu_clock_get_ns(QEMU_CLOCK_REALTIME);
    g_assert_cmpint(b - a, >=, 1000000);
    g_assert_cmpint(qemu_clock_get_ms(QEMU_CLOCK_REALTIME), >=, a / SCALE_MS);
    g_assert_cmpint(qemu_clock_get_us(QEMU_CLOCK_REALTIME), >=, a / SCALE_US);
    g_assert_true(qemu_clock_is_enabled(QEMU_CLOCK_REALTIME));
}

static void test_clock_host(void)
{
    int64_t host = qemu_clock_get_ns(QEMU_CLOCK_HOST);

    g_assert_cmpint(llabs(host / SCALE_MS - g_get_real_time() / 1000), <,
                    1000);
    /* Only the virtual clocks stop. */
    qemu_clock_enable(QEMU_CLOCK_HOST, false);
    g_assert_true(qemu_clock_is_enabled(QEMU_CLOCK_HOST));
}

static void test_clock_virtual_stops(void)
{
    int64_t a;

    g_assert_false(qemu_clock_is_enabled(QEMU_CLOCK_VIRTUAL));
    a = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    g_usleep(2000);
    g_assert_cmpint(qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL), ==, a);
    g_assert_cmpint(qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL_RT), ==, a);

    qemu_clock_enable(QEMU_CLOCK_VIRTUAL, true);
    g_assert_true(qemu_clock_is_enabled(QEMU_CLOCK_VIRTUAL_RT));
    g_usleep(2000);
    g_assert_cmpint(qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL), >=, a + 2000000);
    qemu_clock_enable(QEMU_CLOCK_VIRTUAL, true);     /* no jump */
    qemu_clock_enable(QEMU_CLOCK_VIRTUAL_RT, false);
    a = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    g_usleep(2000);
    g_assert_cmpint(qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL), ==, a);
}

static void test_timer_virtual_waits(void)
{
    QEMUTimer *t = timer_new_ns(QEMU_CLOCK_VIRTUAL, count_cb, NULL);

    fired = 0;
    timer_mod(t, qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) + 1000);
    g_usleep(2000);
    g_assert_cmpint(qemu_clock_deadline_ns(QEMU_CLOCK_VIRTUAL), ==, -1);
    g_assert_false(qemu_clock_run_timers(QEMU_CLOCK_VIRTUAL));
    g_assert_cmpint(fired, ==, 0);
    g_assert_true(timer_pending(t));

    qemu_clock_enable(QEMU_CLOCK_VIRTUAL, true);
    g_usleep(2000);
    g_assert_cmpint(qemu_clock_deadline_ns(QEMU_CLOCK_VIRTUAL), ==, 0);
    g_assert_true(qemu_clock_run_all_timers());
    g_assert_cmpint(fired, ==, 1);
    g_assert_false(timer_pending(t));
    qemu_clock_enable(QEMU_CLOCK_VIRTUAL, false);
    timer_free(t);
}

static int64_t fake_ns;

static int64_t fake_clock(void)
{
    return fake_ns;
}

static int notified;

static void fake_notify(void)
{
    notified++;
}

static void test_virtual_source(void)
{
    QEMUTimer *t = timer_new_us(QEMU_CLOCK_VIRTUAL, count_cb, NULL);

    qemu_clock_set_virtual_source(fake_clock, fake_notify);
    qemu_clock_enable(QEMU_CLOCK_VIRTUAL, true);
    fake_ns = 5000;
    g_assert_cmpint(qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL), ==, 5000);
    fired = 0;
    notified = 0;
    timer_mod(t, 10);           /* 10 us */
    g_assert_cmpint(notified, ==, 1);
    g_assert_cmpint(timer_expire_time_ns(t), ==, 10000);
    g_assert_cmpint(qemu_clock_deadline_ns(QEMU_CLOCK_VIRTUAL), ==, 5000);
    /* the main loop does not wait for instruction-driven time */
    g_assert_cmpint(qemu_clock_deadline_ns_all(), ==, -1);
    g_assert_false(timer_expired(t, 9));
    g_assert_true(timer_expired(t, 10));
    fake_ns = 9999;
    g_assert_false(qemu_clock_run_timers(QEMU_CLOCK_VIRTUAL));
    fake_ns = 10000;
    g_assert_true(qemu_clock_run_timers(QEMU_CLOCK_VIRTUAL));
    g_assert_cmpint(fired, ==, 1);
    g_assert_cmpint(timer_expire_time_ns(t), ==, -1);
    qemu_clock_set_virtual_source(NULL, NULL);
    qemu_clock_enable(QEMU_CLOCK_VIRTUAL, false);
    timer_free(t);
}

static void test_timer_order(void)
{
    QEMUTimer t[3];
    int64_t now = qemu_clock_get_ns(QEMU_CLOCK_REALTIME);
    int i;

    fired = 0;
    for (i = 0; i < 3; i++) {
        timer_init(&t[i], QEMU_CLOCK_REALTIME, SCALE_NS, order_cb,
                   GINT_TO_POINTER(i));
    }
    timer_mod_ns(&t[0], now - 10);
    timer_mod_ns(&t[1], now - 30);
    timer_mod_ns(&t[2], now - 20);
    g_assert_cmpint(qemu_clock_deadline_ns_all(), ==, 0);
    g_assert_true(qemu_clock_run_timers(QEMU_CLOCK_REALTIME));
    g_assert_cmpint(fired, ==, 3);
    g_assert_cmpint(order[0], ==, 1);
    g_assert_cmpint(order[1], ==, 2);
    g_assert_cmpint(order[2], ==, 0);
}

static void test_timer_del(void)
{
    QEMUTimer *t = timer_new_ms(QEMU_CLOCK_REALTIME, count_cb, NULL);
    QEMUTimer *u = timer_new_ms(QEMU_CLOCK_REALTIME, count_cb, NULL);

    fired = 0;
    timer_del(t);               /* not pending: nothing */
    timer_mod(u, qemu_clock_get_ms(QEMU_CLOCK_REALTIME) + 100000);
    timer_mod(t, 0);
    g_assert_true(timer_pending(t));
    timer_del(t);
    g_assert_false(timer_pending(t));
    g_assert_false(qemu_clock_run_timers(QEMU_CLOCK_REALTIME));
    g_assert_cmpint(fired, ==, 0);
    g_assert_cmpint(qemu_clock_deadline_ns(QEMU_CLOCK_REALTIME), >,
                    99000 * (int64_t)SCALE_MS);
    timer_free(t);
    timer_free(u);
    timer_free(NULL);
    g_assert_cmpint(qemu_clock_deadline_ns(QEMU_CLOCK_REALTIME), ==, -1);
}

static void test_timer_mod_moves(void)
{
    QEMUTimer *t = timer_new_ns(QEMU_CLOCK_REALTIME, count_cb, NULL);
    int64_t far = qemu_clock_get_ns(QEMU_CLOCK_REALTIME) + 1000000000000LL;

    timer_mod(t, far);
    timer_mod(t, far + 5);      /* re-arming moves it, no duplicate */
    g_assert_cmpint(timer_expire_time_ns(t), ==, far + 5);
    timer_mod_anticipate(t, far + 10);
    g_assert_cmpint(timer_expire_time_ns(t), ==, far + 5);
    timer_mod_anticipate(t, far);
    g_assert_cmpint(timer_expire_time_ns(t), ==, far);
    timer_del(t);
    timer_mod_anticipate(t, far);
    g_assert_cmpint(timer_expire_time_ns(t), ==, far);
    timer_mod_ns(t, -5);        /* the past is time 0 */
    g_assert_cmpint(timer_expire_time_ns(t), ==, 0);
    timer_free(t);
}

static QEMUTimer *self_timer;

static void rearm_cb(void *opaque)
{
    fired++;
    /* Re-armed for now: runs in the next round, not this one. */
    timer_mod_ns(self_timer, qemu_clock_get_ns(QEMU_CLOCK_REALTIME));
}

static void free_cb(void *opaque)
{
    fired++;
    timer_free(self_timer);
    self_timer = NULL;
}

static void test_timer_callback_rearm(void)
{
    fired = 0;
    self_timer = timer_new_ns(QEMU_CLOCK_REALTIME, rearm_cb, NULL);
    timer_mod_ns(self_timer, 0);
    qemu_clock_run_timers(QEMU_CLOCK_REALTIME);
    g_assert_cmpint(fired, ==, 1);
    g_assert_true(timer_pending(self_timer));
    qemu_clock_run_timers(QEMU_CLOCK_REALTIME);
    g_assert_cmpint(fired, ==, 2);
    timer_free(self_timer);

    fired = 0;
    self_timer = timer_new_ns(QEMU_CLOCK_REALTIME, free_cb, NULL);
    timer_mod_ns(self_timer, 0);
    qemu_clock_run_timers(QEMU_CLOCK_REALTIME);
    g_assert_cmpint(fired, ==, 1);
    g_assert_null(self_timer);
}

static gpointer arm_thread(gpointer opaque)
{
    timer_mod_ns(opaque, 0);
    return NULL;
}

static void test_timer_other_thread(void)
{
    QEMUTimer *t = timer_new_ns(QEMU_CLOCK_REALTIME, count_cb, NULL);

    fired = 0;
    g_thread_join(g_thread_new("arm", arm_thread, t));
    g_assert_true(timer_pending(t));
    qemu_clock_run_all_timers();
    g_assert_cmpint(fired, ==, 1);
    timer_free(t);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/timer/clock/realtime", test_clock_realtime);
    g_test_add_func("/timer/clock/host", test_clock_host);
    g_test_add_func("/timer/clock/virtual-stops", test_clock_virtual_stops);
    g_test_add_func("/timer/virtual/waits-while-stopped",
                    test_timer_virtual_waits);
    g_test_add_func("/timer/virtual/source", test_virtual_source);
    g_test_add_func("/timer/order", test_timer_order);
    g_test_add_func("/timer/del", test_timer_del);
    g_test_add_func("/timer/mod/moves", test_timer_mod_moves);
    g_test_add_func("/timer/callback/rearm-and-free",
                    test_timer_callback_rearm);
    g_test_add_func("/timer/other-thread", test_timer_other_thread);
    return g_test_run();
}
