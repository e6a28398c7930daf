/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * reset.c: the list of system reset handlers (reset.h), kept in
 * registration order.
 */
#include "qemu/osdep.h"
#include "sysemu/reset.h"

typedef struct QEMUResetEntry {
    QEMUResetHandler *func;
    void *opaque;
} QEMUResetEntry;

static GArray *reset_handlers;
/* While qemu_devices_reset runs: the index of the handler running. */
static int reset_running_index = -1;

void qemu_register_reset(QEMUResetHandler *func, void *opaque)
{
    QEMUResetEntry e = { .func = func, .opaque = opaque };

    if (!reset_handlers) {
        reset_handlers = g_array_new(false, false, sizeof(QEMUResetEntry));
    }
    g_array_append_val(reset_handlers, e);
}

void qemu_unregister_reset(QEMUResetHandler *func, void *opaque)
{
    guint i;

    for (i = 0; reset_handlers && i < reset_handlers->len; i++) {
        QEMUResetEntry *e = &g_array_index(reset_handlers, QEMUResetEntry, i);

        if (e->func == func && e->opaque == opaque) {
            g_array_remove_index(reset_handlers, i);
            /* Keep the running loop on the handler after the one run. */
            if (reset_running_index >= 0 && (int)i <= reset_running_index) {
                reset_running_index--;
            }
            return;
        }
    }
}

void qemu_devices_reset(void)
{
    /*
     * A handler may register another one, or unregister itself: index,
     * do not iterate, and let qemu_unregister_reset move the index.
     */
    for (reset_running_index = 0;
         reset_handlers && reset_running_index < (int)reset_handlers->len;
         reset_running_index++) {
        QEMUResetEntry e = g_array_index(reset_handlers, QEMUResetEntry,
                                         reset_running_index);

        e.func(e.opaque);
    }
    reset_running_index = -1;
}
