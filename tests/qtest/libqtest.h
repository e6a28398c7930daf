/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * libqtest.h: a small client of the -qtest protocol for device tests.
 *
 * qtest_init() starts the emulator named by $QTEST_QEMU_BINARY with
 * "-qtest unix:..." and a QMP monitor on a second socket, both of which
 * the emulator connects to, and "-accel qtest", so no guest code runs:
 * the test reads and writes guest memory, moves the virtual clock and
 * watches interrupt lines itself.  Any protocol failure aborts the test.
 */
#ifndef TESTS_QTEST_LIBQTEST_H
#define TESTS_QTEST_LIBQTEST_H

#include "qobject/qdict.h"

typedef struct QTestState QTestState;

/* Start the emulator with @extra_args (e.g. "-M virt -m 64M"). */
QTestState *qtest_init(const char *extra_args);
/* Stop it (SIGTERM) and wait for it; returns its exit status. */
int qtest_quit(QTestState *s);

/* Send one command line (no "\n") and return the reply line; g_free it. */
char *qtest_command(QTestState *s, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

uint8_t qtest_readb(QTestState *s, uint64_t addr);
uint16_t qtest_readw(QTestState *s, uint64_t addr);
uint32_t qtest_readl(QTestState *s, uint64_t addr);
uint64_t qtest_readq(QTestState *s, uint64_t addr);
void qtest_writeb(QTestState *s, uint64_t addr, uint8_t value);
void qtest_writew(QTestState *s, uint64_t addr, uint16_t value);
void qtest_writel(QTestState *s, uint64_t addr, uint32_t value);
void qtest_writeq(QTestState *s, uint64_t addr, uint64_t value);
void qtest_memread(QTestState *s, uint64_t addr, void *buf, size_t size);
void qtest_memwrite(QTestState *s, uint64_t addr, const void *buf,
                    size_t size);
void qtest_memset(QTestState *s, uint64_t addr, uint8_t value, size_t size);

/* Advance the virtual clock by @ns (or to the next timer: -1); the new
 * clock value. */
int64_t qtest_clock_step(QTestState *s, int64_t ns);
int64_t qtest_clock_set(QTestState *s, int64_t ns);

/* Report the interrupt lines of the device at @qom_path ("IRQ ..."). */
void qtest_irq_intercept_in(QTestState *s, const char *qom_path);
void qtest_irq_intercept_out(QTestState *s, const char *qom_path);
/* The last level reported for intercepted line @num. */
bool qtest_get_irq(QTestState *s, int num);

/* Run a QMP command (JSON text) and return the response dict. */
QDict *qtest_qmp(QTestState *s, const char *json);

#endif
