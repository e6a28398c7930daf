/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * event_notifier.h: a counter in an eventfd that one thread sets and
 * another waits on (with poll, or from the main loop).
 */
#ifndef QEMU_EVENT_NOTIFIER_H
#define QEMU_EVENT_NOTIFIER_H

typedef struct EventNotifier EventNotifier;
typedef void EventNotifierHandler(EventNotifier *e);

struct EventNotifier {
    int rfd;                    /* the eventfd, -1 before init */
    bool initialized;
    EventNotifierHandler *handler;  /* main-loop handler, or NULL */
};

/*
 * event_notifier_init: open the eventfd, set already if @active.
 * Returns 0, or -errno.
 */
int event_notifier_init(EventNotifier *e, int active);

/* event_notifier_cleanup: remove any handler, close the eventfd. */
void event_notifier_cleanup(EventNotifier *e);

/* event_notifier_get_fd: the fd to poll for readability. */
int event_notifier_get_fd(const EventNotifier *e);

/* event_notifier_set: make the notifier readable.  Returns 0 or -errno. */
int event_notifier_set(EventNotifier *e);

/*
 * event_notifier_test_and_clear: true if the notifier was set; it is
 * clear afterwards.
 */
int event_notifier_test_and_clear(EventNotifier *e);

/*
 * event_notifier_set_handler: call @handler from the main loop whenever
 * @e is set (the handler clears it); NULL removes the handler.
 */
void event_notifier_set_handler(EventNotifier *e,
                                EventNotifierHandler *handler);

#endif
