/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hmp.h: the human monitor (HMP), independent of how its bytes travel.
 *
 * A MonitorHMP runs command lines ("info status", "x/4x 0x80000000")
 * and writes their output through a callback, each '\n' sent as
 * "\r\n" as QEMU's monitor does.  On a terminal (-monitor, -mon
 * mode=readline, mon:stdio) it edits lines with monitor/readline.c and
 * prompts with "(qemu) "; without one (human-monitor-command) it only
 * runs the lines it is given.
 */
#ifndef MONITOR_HMP_H
#define MONITOR_HMP_H

#include "qobject/qdict.h"

typedef struct MonitorHMP MonitorHMP;
typedef struct CPUState CPUState;

/* Write @len bytes of output. */
typedef void MonitorHMPOutput(void *opaque, const char *buf, size_t len);

/*
 * monitor_hmp_new: a human monitor writing through @out(@opaque, ...);
 * with @use_readline it edits typed bytes and shows a prompt.
 */
MonitorHMP *monitor_hmp_new(MonitorHMPOutput *out, void *opaque,
                            bool use_readline);
void monitor_hmp_free(MonitorHMP *mon);

/* Bytes typed by the user (readline monitors). */
void monitor_hmp_feed(MonitorHMP *mon, const uint8_t *buf, size_t len);

/*
 * The terminal side: monitor_hmp_opened when the chardev opens (banner
 * and prompt, unless another mux front end has the focus: then they
 * wait for monitor_hmp_focus_in); monitor_hmp_focus_out when a mux
 * gives the focus away.
 */
void monitor_hmp_opened(MonitorHMP *mon);
void monitor_hmp_focus_in(MonitorHMP *mon);
void monitor_hmp_focus_out(MonitorHMP *mon);

/* Run one command line, as if typed. */
void monitor_hmp_command(MonitorHMP *mon, const char *cmdline);

/*
 * hmp_run_command_line: run @cmdline in a throw-away monitor whose
 * current CPU is @cpu (NULL: the first one) and return its output
 * (human-monitor-command); g_free it.
 */
char *hmp_run_command_line(const char *cmdline, CPUState *cpu);

/* No more prompts: the emulator is quitting. */
void monitor_hmp_suspend(MonitorHMP *mon);

/* Output, with "\n" as "\r\n". */
void monitor_printf(MonitorHMP *mon, const char *fmt, ...)
    G_GNUC_PRINTF(2, 3);
void monitor_puts(MonitorHMP *mon, const char *text);

/* The monitor's current CPU (first_cpu by default), or NULL. */
CPUState *mon_get_cpu(MonitorHMP *mon);

/* The history entry @index of @mon's line editor, or NULL. */
const char *monitor_hmp_history(MonitorHMP *mon, unsigned int index);

/* One HMP command (a table row); @cmd runs it with parsed arguments. */
typedef struct HMPCommand {
    const char *name;           /* "stop|s": the name and its aliases */
    const char *args_type;      /* "fmt:/,addr:l" (see hmp.c) */
    const char *params;         /* as help shows them: "/fmt addr" */
    const char *help;
    void (*cmd)(MonitorHMP *mon, const QDict *qdict);
    const struct HMPCommand *sub_table;     /* "info": its commands */
} HMPCommand;

/* The command tables (hmp-cmds.c): sorted by name, end with NULL name. */
extern const HMPCommand hmp_cmds[];
extern const HMPCommand hmp_info_cmds[];

/* help [cmd] (hmp.c: it walks the tables). */
void hmp_help(MonitorHMP *mon, const QDict *qdict);
/* x and xp (hmp-memory.c). */
void hmp_memory_dump(MonitorHMP *mon, const QDict *qdict);
void hmp_physical_memory_dump(MonitorHMP *mon, const QDict *qdict);

/*
 * hmp_get_expr: parse an HMP expression (numbers in C syntax, + - * / %
 * & | ^ ~ and parentheses) at *@pp; on success advance *@pp past it.
 * Returns false after printing QEMU's message ("unexpected end of
 * expression", "number too large", ...) to @mon.
 */
bool hmp_get_expr(MonitorHMP *mon, const char **pp, int64_t *pval);

#endif
