/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * notify.h: notifiers, callbacks that a subsystem hangs on a list so that
 * another can tell all of them about an event (exit, shutdown, powerdown).
 *
 * A Notifier is embedded in the listener's own state; the list does not
 * own it.  Lists are not thread-safe: use them under the BQL.
 */
#ifndef QEMU_NOTIFY_H
#define QEMU_NOTIFY_H

typedef struct Notifier Notifier;

struct Notifier {
    void (*notify)(Notifier *notifier, void *data);
    Notifier *next;             /* list links, owned by the list */
    Notifier **pprev;
};

typedef struct NotifierList {
    Notifier *head;
} NotifierList;

#define NOTIFIER_LIST_INITIALIZER(list) { NULL }

/* notifier_list_init: make @list empty. */
void notifier_list_init(NotifierList *list);

/*
 * notifier_list_add: put @notifier first on @list, so notifiers run in
 * the reverse order of their addition.  @notifier must not be on a list.
 */
void notifier_list_add(NotifierList *list, Notifier *notifier);

/* notifier_remove: take @notifier off the list it is on. */
void notifier_remove(Notifier *notifier);

/*
 * notifier_list_notify: call every notifier of @list with @data.  A
 * notifier may remove itself from the list while it runs.
 */
void notifier_list_notify(NotifierList *list, void *data);

/* notifier_list_empty: true if @list has no notifier. */
bool notifier_list_empty(NotifierList *list);

#endif
