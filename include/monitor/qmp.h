/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qmp.h: the QMP monitor, independent of how its bytes travel.
 *
 * A MonitorQMP parses the JSON a client sends and writes the greeting,
 * responses and events through an output callback, so any transport (a
 * chardev, a socket, a test's socketpair) can carry it.  The protocol is
 * QEMU 8.2's: a greeting, capabilities negotiation with qmp_capabilities,
 * then {"execute": ...} requests answered by {"return": ...} or
 * {"error": {"class": ..., "desc": ...}}, with "id" echoed, and events
 * with timestamps broadcast to every monitor past negotiation.
 *
 * Output dicts are written with their members in the order QEMU 8.2's
 * hash-table QDict prints them, so that the bytes match QEMU's.
 */
#ifndef MONITOR_QMP_H
#define MONITOR_QMP_H

#include "qobject/qdict.h"

typedef struct MonitorQMP MonitorQMP;

/* Write @len bytes of output; the transport copies or sends them. */
typedef void MonitorQMPOutput(void *opaque, const char *buf, size_t len);

/*
 * monitor_qmp_new: a monitor writing through @out(@opaque, ...).
 * @pretty selects QEMU's pretty JSON (-qmp-pretty); @oob_offered says
 * whether the greeting advertises the "oob" capability (QEMU offers it
 * on transports that can run in an I/O thread, e.g. sockets).  The
 * monitor is listed for events until monitor_qmp_free().
 */
MonitorQMP *monitor_qmp_new(MonitorQMPOutput *out, void *opaque,
                            bool pretty, bool oob_offered);

/*
 * monitor_qmp_connect: a client connected: forget any previous session
 * (back to capabilities negotiation, parser state dropped) and send the
 * greeting.
 */
void monitor_qmp_connect(MonitorQMP *mon);

/* Feed @len bytes received from the client; responses are written now. */
void monitor_qmp_feed(MonitorQMP *mon, const char *buf, size_t len);

/* Unlist and free @mon (NULL is fine). */
void monitor_qmp_free(MonitorQMP *mon);

/* True once @mon's client has completed capabilities negotiation. */
bool monitor_qmp_negotiated(const MonitorQMP *mon);

/*
 * qapi_event_emit: send event @name with optional @data (a reference is
 * taken; NULL for none) to every negotiated monitor, stamped with the
 * current wall-clock time.
 */
void qapi_event_emit(const char *name, QDict *data);

/*
 * qmp_reorder_like_qemu: a deep copy of @obj whose dicts list their
 * members in QEMU's hash-table order.  Exposed for tests.
 */
QObject *qmp_reorder_like_qemu(QObject *obj);

#endif
