/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * log.h: the debug log of `-d ITEM,...` and `-D FILE`.
 *
 * qemu_loglevel is a mask of LOG_* / CPU_LOG_* bits; code logs a category
 * with qemu_log_mask(), which costs one predictable branch while the
 * category is off.  Output goes to the -D file, or to stderr without one.
 * The items, their help texts, the -D template rules ("%d" is the pid, or
 * the thread id with `tid`) and the messages are QEMU 8.2's.  `startup`
 * is ours: it logs each step of qemu_init() with its time.
 *
 * The log may be written from several threads: qemu_log_trylock() hands
 * out the current FILE with the log locked until qemu_log_unlock(), so a
 * multi-line record is not interleaved with other threads' output.
 */
#ifndef QEMU_LOG_H
#define QEMU_LOG_H

/* The categories, with QEMU 8.2's bit numbers. */
#define CPU_LOG_TB_OUT_ASM  (1 << 0)
#define CPU_LOG_TB_IN_ASM   (1 << 1)
#define CPU_LOG_TB_OP       (1 << 2)
#define CPU_LOG_TB_OP_OPT   (1 << 3)
#define CPU_LOG_INT         (1 << 4)
#define CPU_LOG_EXEC        (1 << 5)
#define CPU_LOG_PCALL       (1 << 6)
#define CPU_LOG_TB_CPU      (1 << 8)
#define CPU_LOG_RESET       (1 << 9)
#define LOG_UNIMP           (1 << 10)
#define LOG_GUEST_ERROR     (1 << 11)
#define CPU_LOG_MMU         (1 << 12)
#define CPU_LOG_TB_NOCHAIN  (1 << 13)
#define CPU_LOG_PAGE        (1 << 14)
#define LOG_TRACE           (1 << 15)   /* trace events go to the log */
#define CPU_LOG_TB_OP_IND   (1 << 16)
#define CPU_LOG_TB_FPU      (1 << 17)
#define CPU_LOG_PLUGIN      (1 << 18)
#define LOG_STRACE          (1 << 19)   /* user-mode syscalls */
#define LOG_PER_THREAD      (1 << 20)   /* `tid`: one file per thread */
/* Ours, far from QEMU's bits so that new QEMU items never collide. */
#define LOG_STARTUP         (1 << 30)   /* `startup`: qemu_init() steps */

/* The current mask; change it only with qemu_set_log*(). */
extern int qemu_loglevel;

/* One `-d` item: its bit(s), its name and its help text. */
typedef struct QEMULogItem {
    int mask;
    const char *name;
    const char *help;
} QEMULogItem;

/* The items in `-d help` order, ending with an all-zero entry. */
extern const QEMULogItem qemu_log_items[];

/* True if any category of @mask is being logged. */
static inline bool qemu_loglevel_mask(int mask)
{
    return (qemu_loglevel & mask) != 0;
}

/* True if qemu_log() writes anywhere at all. */
bool qemu_log_enabled(void);

/* True if qemu_log() writes somewhere other than stderr. */
bool qemu_log_separate(void);

/*
 * qemu_log_trylock: the log's FILE, locked for the calling thread, or
 * NULL if nothing is logged (then do not call qemu_log_unlock).  Calls
 * nest.  The FILE stays owned by the log: never close it.
 */
FILE *qemu_log_trylock(void);

/* Flush and unlock @logfile from qemu_log_trylock (NULL is fine). */
void qemu_log_unlock(FILE *logfile);

/* printf to the log, if it is open.  No newline is added. */
void qemu_log(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* qemu_log, only while a category of @mask is enabled. */
#define qemu_log_mask(mask, fmt, ...)                     \
    do {                                                  \
        if (G_UNLIKELY(qemu_loglevel_mask(mask))) {       \
            qemu_log((fmt), ## __VA_ARGS__);              \
        }                                                 \
    } while (0)

/*
 * qemu_str_to_log_mask: the mask for a comma-separated list of item
 * names, "all", or (with a trace hook installed) "trace:PATTERN".
 * Returns 0 if any element is unknown.
 */
int qemu_str_to_log_mask(const char *str);

/* Print the `-d help` text to @f. */
void qemu_print_log_usage(FILE *f);

/*
 * A function that enables the trace events matching a pattern, for
 * `-d trace:PATTERN`.  The trace subsystem installs it; without it,
 * "trace:" items are unknown.
 */
typedef void QemuLogTraceHook(const char *pattern);
void qemu_log_set_trace_hook(QemuLogTraceHook *hook);

/*
 * qemu_set_log: make @log_flags the mask, keeping the current file name.
 * Opens the log (the -D file, or stderr) when the mask becomes non-zero;
 * once daemonized (is_daemonized()), logs only to a -D file, which then
 * replaces stderr.  Returns false with @errp set if the file cannot be
 * opened ("Error opening logfile FILE: REASON") or `tid` is asked for
 * without a "%d" template ("Filename template with '%d' required for
 * 'tid'").
 */
bool qemu_set_log(int log_flags, Error **errp);

/*
 * qemu_set_log_filename: log to @filename (NULL: stderr), closing the old
 * file.  A single "%d" in @filename is replaced by the pid (by the thread
 * id under `tid`); any other '%' is "Bad logfile template: FILE".  With
 * `tid` set the name cannot change ("Cannot change log filename after
 * setting 'tid'").  Other errors as qemu_set_log.
 */
bool qemu_set_log_filename(const char *filename, Error **errp);

/* Both at once, as `-d` and `-D` need at start-up (QEMU 8.2's vl.c). */
bool qemu_set_log_filename_flags(const char *filename, int log_flags,
                                 Error **errp);

/*
 * qemu_set_dfilter_ranges: restrict address-based logging to the
 * comma-separated ranges of `-dfilter`: START+LEN, END-LEN or START..END
 * (numbers in C syntax).  Errors: "Bad range specifier", "Invalid number
 * to the left of OP", "Invalid number to the right of OP", "Invalid
 * range"; ranges before the bad one stay in force.
 */
bool qemu_set_dfilter_ranges(const char *filter_spec, Error **errp);

/* True if @addr is in a -dfilter range, or if there is no filter. */
bool qemu_log_in_addr_range(uint64_t addr);

/*
 * qemu_log_startup_step: under `-d startup`, log the line
 * "startup: MICROSECONDS us: @name", the time since the process started
 * (CLOCK_MONOTONIC read by a constructor before main(), so the time the
 * kernel and the dynamic linker took before it is not counted).  Steps
 * taken before the first qemu_set_log*() call are kept and logged then,
 * with their own times, if `startup` is on.
 */
void qemu_log_startup_step(const char *name);

#endif
