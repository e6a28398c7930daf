/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * notify.c: lists of notifiers (see include/qemu/notify.h).
 *
 * The links live in the Notifier itself; pprev points at whatever
 * pointer points at the notifier (the list head or the previous
 * notifier's next), so removal needs no search.
 */
#include "qemu/osdep.h"
#include "qemu/notify.h"

void notifier_list_init(NotifierList *list)
{
    list->head = NULL;
}

void notifier_list_add(NotifierList *list, Notifier *notifier)
{
    notifier->next = list->head;
    if (list->head) {
        list->head->pprev = &notifier->next;
    }
    list->head = notifier;
    notifier->pprev = &list->head;
}

void notifier_remove(Notifier *notifier)
{
    if (!notifier->pprev) {
        return;
    }
    if (notifier->next) {
        notifier->next->pprev = notifier->pprev;
    }
    *notifier->pprev = notifier->next;
    notifier->next = NULL;
    notifier->pprev = NULL;
}

void notifier_list_notify(NotifierList *list, void *data)
{
    Notifier *notifier = list->head;
    Notifier *next;

    while (notifier) {
        next = notifier->next;      /* @notifier may remove itself */
        notifier->notify(notifier, data);
        notifier = next;
    }
}

bool notifier_list_empty(NotifierList *list)
{
    return list->head == NULL;
}
