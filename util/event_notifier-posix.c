/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * event_notifier-posix.c: EventNotifier on a Linux eventfd (see
 * include/qemu/event_notifier.h).  Setting adds 1 to the counter;
 * test-and-clear reads (and so zeroes) it.
 */
#include "qemu/osdep.h"
#include <sys/eventfd.h>
#include "qemu/event_notifier.h"
#include "qemu/main-loop.h"

int event_notifier_init(EventNotifier *e, int active)
{
    int fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);

    if (fd < 0) {
        return -errno;
    }
    e->rfd = fd;
    e->initialized = true;
    e->handler = NULL;
    if (active) {
        event_notifier_set(e);
    }
    return 0;
}

void event_notifier_cleanup(EventNotifier *e)
{
    if (!e->initialized) {
        return;
    }
    if (e->handler) {
        event_notifier_set_handler(e, NULL);
    }
    close(e->rfd);
    e->rfd = -1;
    e->initialized = false;
}

int event_notifier_get_fd(const EventNotifier *e)
{
    return e->rfd;
}

int event_notifier_set(EventNotifier *e)
{
    uint64_t value = 1;
    ssize_t ret;

    do {
        ret = write(e->rfd, &value, sizeof(value));
    } while (ret < 0 && errno == EINTR);
    /* EAGAIN: the counter is full, so the notifier is set already. */
    if (ret < 0 && errno != EAGAIN) {
        return -errno;
    }
    return 0;
}

int event_notifier_test_and_clear(EventNotifier *e)
{
    uint64_t value;
    ssize_t ret;

    do {
        ret = read(e->rfd, &value, sizeof(value));
    } while (ret < 0 && errno == EINTR);
    return ret == sizeof(value) && value != 0;
}

static void event_notifier_ready(void *opaque)
{
    EventNotifier *e = opaque;

    e->handler(e);
}

void event_notifier_set_handler(EventNotifier *e,
                                EventNotifierHandler *handler)
{
    e->handler = handler;
    qemu_set_fd_handler(e->rfd, handler ? event_notifier_ready : NULL, NULL,
                        e);
}
