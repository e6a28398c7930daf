/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * log.c: the debug log (`-d`, `-D`, `-dfilter`), with QEMU 8.2's items,
 * file name rules and messages, plus our `-d startup` step timing.
 *
 * One recursive lock guards the log's state and its output: every writer
 * holds it from qemu_log_trylock() to qemu_log_unlock(), so the file can be
 * swapped or closed under the lock without readers seeing it vanish.  As
 * in a QEMU build with the default "log" trace backend, LOG_TRACE is always
 * part of the mask, so any qemu_set_log*() call opens the log (stderr
 * without -D) unless the process is daemonized.
 */
#include "qemu/osdep.h"
#include "qemu/log.h"
#include "qemu/cutils.h"
#include "qapi/error.h"
#include "sysemu/os-posix.h"

/* A -dfilter range, both ends included. */
typedef struct LogRange {
    uint64_t lob;
    uint64_t upb;
} LogRange;

/* A start-up step taken before the log was configured. */
typedef struct StartupStep {
    char *name;
    int64_t us;
} StartupStep;

/* What a -D name means, decided by log_name_kind(). */
typedef enum LogNameKind {
    LOG_NAME_BAD,
    LOG_NAME_STDERR,        /* no name: log to stderr */
    LOG_NAME_AS_IS,         /* no '%', or a per-thread template */
    LOG_NAME_WITH_PID,      /* "%d" becomes the pid */
} LogNameKind;

int qemu_loglevel;

static GRecMutex log_lock;
static char *log_filename;      /* NULL: stderr; a template under `tid` */
static FILE *log_file;          /* NULL: not logging (or per thread) */
static bool log_per_thread;     /* `tid` was set; never unset again */
static GArray *log_ranges;      /* of LogRange; NULL: no -dfilter */
static QemuLogTraceHook *log_trace_hook;
static bool log_configured;     /* a qemu_set_log*() call succeeded */
static GArray *startup_backlog; /* of StartupStep, until configured */
static int64_t startup_origin_us;

static void log_thread_file_close(gpointer f)
{
    if (f != stderr) {
        fclose(f);
    }
}

static GPrivate log_thread_file = G_PRIVATE_INIT(log_thread_file_close);

static void __attribute__((constructor)) log_startup_origin(void)
{
    startup_origin_us = g_get_monotonic_time();
}

bool qemu_log_enabled(void)
{
    return log_per_thread || g_atomic_pointer_get(&log_file) != NULL;
}

bool qemu_log_separate(void)
{
    FILE *f = g_atomic_pointer_get(&log_file);

    return log_per_thread || (f && f != stderr);
}

/* @template with its single "%d" replaced by @num. */
static char *log_name_expand(const char *template, long num)
{
    const char *pct = strchr(template, '%');

    return g_strdup_printf("%.*s%ld%s", (int)(pct - template), template,
                           num, pct + 2);
}

/* The calling thread's file under `tid`, opened on first use. */
static FILE *log_get_thread_file(Error **errp)
{
    FILE *f = g_private_get(&log_thread_file);
    g_autofree char *name = NULL;
    long tid;

    if (f || !log_filename) {
        return f;
    }
    tid = (long)gettid();
    name = log_name_expand(log_filename, tid);
    f = fopen(name, "w");
    if (!f) {
        error_setg_errno(errp, errno, "Error opening logfile %s for thread %ld",
                         name, tid);
        return NULL;
    }
    g_private_set(&log_thread_file, f);
    return f;
}

FILE *qemu_log_trylock(void)
{
    FILE *f;

    g_rec_mutex_lock(&log_lock);
    f = log_per_thread ? log_get_thread_file(NULL) : log_file;
    if (!f) {
        g_rec_mutex_unlock(&log_lock);
    }
    return f;
}

void qemu_log_unlock(FILE *logfile)
{
    if (logfile) {
        fflush(logfile);
        g_rec_mutex_unlock(&log_lock);
    }
}

void qemu_log(const char *fmt, ...)
{
    FILE *f = qemu_log_trylock();
    va_list ap;

    if (f) {
        va_start(ap, fmt);
        vfprintf(f, fmt, ap);
        va_end(ap);
        qemu_log_unlock(f);
    }
}

/*
 * log_name_kind: one "%d" is allowed, and required under `tid`; any other
 * '%' is an error.
 */
static LogNameKind log_name_kind(const char *filename, bool per_thread,
                                 Error **errp)
{
    const char *pct = filename ? strchr(filename, '%') : NULL;

    if (pct) {
        if (pct[1] != 'd' || strchr(pct + 2, '%')) {
            error_setg(errp, "Bad logfile template: %s", filename);
            return LOG_NAME_BAD;
        }
        return per_thread ? LOG_NAME_AS_IS : LOG_NAME_WITH_PID;
    }
    if (per_thread) {
        error_setg(errp, "Filename template with '%%d' required for 'tid'");
        return LOG_NAME_BAD;
    }
    return filename ? LOG_NAME_AS_IS : LOG_NAME_STDERR;
}

/* Replace log_filename by what @filename means. */
static bool log_set_name(const char *filename, bool per_thread,
                         Error **errp)
{
    char *name = NULL;

    if (log_per_thread) {
        /* Threads have opened their files already; they cannot follow. */
        error_setg(errp, "Cannot change log filename after setting 'tid'");
        return false;
    }
    switch (log_name_kind(filename, per_thread, errp)) {
    case LOG_NAME_BAD:
        return false;
    case LOG_NAME_STDERR:
        break;
    case LOG_NAME_AS_IS:
        name = g_strdup(filename);
        break;
    case LOG_NAME_WITH_PID:
        name = log_name_expand(filename, (long)getpid());
        break;
    }
    g_free(log_filename);
    log_filename = name;
    return true;
}

/* Open the log's file, or stderr without a name. */
static FILE *log_open(bool daemonized, Error **errp)
{
    FILE *f;

    if (!log_filename) {
        assert(!daemonized);
        return stderr;
    }
    if (log_per_thread) {
        f = log_get_thread_file(errp);
    } else {
        f = fopen(log_filename, "w");
        if (!f) {
            error_setg_errno(errp, errno, "Error opening logfile %s",
                             log_filename);
        }
    }
    if (f && daemonized) {
        /* stderr leads nowhere in a daemon: make it the log instead. */
        dup2(fileno(f), STDERR_FILENO);
        fclose(f);
        f = stderr;
    }
    return f;
}

static void log_startup_line(const char *name, int64_t us)
{
    qemu_log("startup: %" PRId64 " us: %s\n", us, name);
}

/* Log the steps taken before the log existed, then stop keeping them. */
static void log_startup_flush(void)
{
    guint i;

    log_configured = true;
    if (!startup_backlog) {
        return;
    }
    for (i = 0; i < startup_backlog->len; i++) {
        StartupStep *step = &g_array_index(startup_backlog, StartupStep, i);

        if (qemu_loglevel_mask(LOG_STARTUP)) {
            log_startup_line(step->name, step->us);
        }
        g_free(step->name);
    }
    g_array_free(startup_backlog, true);
    startup_backlog = NULL;
}

/* Drop the current file if the name changed; open one if now needed. */
static bool log_update_file(bool name_changed, Error **errp)
{
    bool daemonized = is_daemonized();
    bool need_file;
    FILE *f = log_file;

    if (daemonized) {
        need_file = log_filename != NULL;
    } else {
        /* Per-thread files are opened by their threads. */
        need_file = qemu_loglevel && !log_per_thread;
    }
    if (f) {
        fflush(f);
        if (name_changed) {
            if (f != stderr) {
                fclose(f);
            }
            g_atomic_pointer_set(&log_file, NULL);
            f = NULL;
        }
    }
    if (log_per_thread && daemonized) {
        f = g_private_get(&log_thread_file);
    }
    if (f || !need_file) {
        return true;
    }
    f = log_open(daemonized, errp);
    if (!f) {
        return false;
    }
    if (log_per_thread && daemonized) {
        g_private_set(&log_thread_file, f);
    } else {
        g_atomic_pointer_set(&log_file, f);
    }
    return true;
}

static bool log_configure(const char *filename, bool name_changed,
                          int flags, Error **errp)
{
    g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new(&log_lock);
    bool per_thread;

    (void)locker;   /* held for the whole function, released on return */
    /* `tid` sticks once set, and comes too late once a file is named. */
    if (log_per_thread) {
        flags |= LOG_PER_THREAD;
    } else if (log_filename) {
        flags &= ~LOG_PER_THREAD;
    }
    per_thread = flags & LOG_PER_THREAD;

    if (name_changed) {
        if (!log_set_name(filename, per_thread, errp)) {
            return false;
        }
    } else if (per_thread &&
               log_name_kind(log_filename, true, errp) == LOG_NAME_BAD) {
        return false;
    }
    if (per_thread) {
        log_per_thread = true;
    }
    qemu_loglevel = (flags & ~LOG_PER_THREAD) | LOG_TRACE;
    if (!log_update_file(name_changed, errp)) {
        return false;
    }
    log_startup_flush();
    return true;
}

bool qemu_set_log(int log_flags, Error **errp)
{
    return log_configure(NULL, false, log_flags, errp);
}

bool qemu_set_log_filename(const char *filename, Error **errp)
{
    return log_configure(filename, true, qemu_loglevel, errp);
}

bool qemu_set_log_filename_flags(const char *filename, int log_flags,
                                 Error **errp)
{
    return log_configure(filename, true, log_flags, errp);
}

void qemu_log_startup_step(const char *name)
{
    int64_t us = g_get_monotonic_time() - startup_origin_us;
    StartupStep step;

    g_rec_mutex_lock(&log_lock);
    if (log_configured) {
        if (qemu_loglevel_mask(LOG_STARTUP)) {
            log_startup_line(name, us);
        }
    } else {
        if (!startup_backlog) {
            startup_backlog = g_array_new(false, false, sizeof(StartupStep));
        }
        step = (StartupStep) { .name = g_strdup(name), .us = us };
        g_array_append_val(startup_backlog, step);
    }
    g_rec_mutex_unlock(&log_lock);
}

bool qemu_log_in_addr_range(uint64_t addr)
{
    guint i;

    if (!log_ranges) {
        return true;
    }
    for (i = 0; i < log_ranges->len; i++) {
        LogRange *r = &g_array_index(log_ranges, LogRange, i);

        if (addr >= r->lob && addr <= r->upb) {
            return true;
        }
    }
    return false;
}

/* Find the operator of one -dfilter range: '-', else '+', else "..". */
static const char *log_range_op(const char *spec, const char **rhs)
{
    static const char *const ops[] = { "-", "+", ".." };
    const char *op;
    size_t i;

    for (i = 0; i < ARRAY_SIZE(ops); i++) {
        op = strstr(spec, ops[i]);
        if (op) {
            *rhs = op + strlen(ops[i]);
            return op;
        }
    }
    return NULL;
}

/* Parse one -dfilter range "A+B", "A-B" or "A..B" into @range. */
static bool log_parse_range(const char *spec, LogRange *range, Error **errp)
{
    const char *rhs, *end;
    const char *op = log_range_op(spec, &rhs);
    uint64_t a, b;

    if (!op) {
        error_setg(errp, "Bad range specifier");
        return false;
    }
    if (qemu_strtou64(spec, &end, 0, &a) || end != op) {
        error_setg(errp, "Invalid number to the left of %.*s",
                   (int)(rhs - op), op);
        return false;
    }
    if (qemu_strtou64(rhs, NULL, 0, &b)) {
        error_setg(errp, "Invalid number to the right of %.*s",
                   (int)(rhs - op), op);
        return false;
    }
    if (*op == '+') {
        *range = (LogRange) { .lob = a, .upb = a + b - 1 };
    } else if (*op == '-') {
        *range = (LogRange) { .lob = a - (b - 1), .upb = a };
    } else {
        *range = (LogRange) { .lob = a, .upb = b };
    }
    if (range->lob > range->upb) {
        error_setg(errp, "Invalid range");
        return false;
    }
    return true;
}

bool qemu_set_dfilter_ranges(const char *filter_spec, Error **errp)
{
    g_auto(GStrv) specs = g_strsplit(filter_spec, ",", 0);
    LogRange range;
    int i;

    if (log_ranges) {
        g_array_unref(log_ranges);
    }
    log_ranges = g_array_new(false, false, sizeof(LogRange));
    for (i = 0; specs[i]; i++) {
        if (!log_parse_range(specs[i], &range, errp)) {
            return false;
        }
        g_array_append_val(log_ranges, range);
    }
    return true;
}

const QEMULogItem qemu_log_items[] = {
    { CPU_LOG_TB_OUT_ASM, "out_asm",
      "show generated host assembly code for each compiled TB" },
    { CPU_LOG_TB_IN_ASM, "in_asm",
      "show target assembly code for each compiled TB" },
    { CPU_LOG_TB_OP, "op",
      "show micro ops for each compiled TB" },
    { CPU_LOG_TB_OP_OPT, "op_opt",
      "show micro ops after optimization" },
    { CPU_LOG_TB_OP_IND, "op_ind",
      "show micro ops before indirect lowering" },
    { CPU_LOG_INT, "int",
      "show interrupts/exceptions in short format" },
    { CPU_LOG_EXEC, "exec",
      "show trace before each executed TB (lots of logs)" },
    { CPU_LOG_TB_CPU, "cpu",
      "show CPU registers before entering a TB (lots of logs)" },
    { CPU_LOG_TB_FPU, "fpu",
      "include FPU registers in the 'cpu' logging" },
    { CPU_LOG_MMU, "mmu",
      "log MMU-related activities" },
    { CPU_LOG_PCALL, "pcall",
      "x86 only: show protected mode far calls/returns/exceptions" },
    { CPU_LOG_RESET, "cpu_reset",
      "show CPU state before CPU resets" },
    { LOG_UNIMP, "unimp",
      "log unimplemented functionality" },
    { LOG_GUEST_ERROR, "guest_errors",
      "log when the guest OS does something invalid (eg accessing a\n"
      "non-existent register)" },
    { CPU_LOG_PAGE, "page",
      "dump pages at beginning of user mode emulation" },
    { CPU_LOG_TB_NOCHAIN, "nochain",
      "do not chain compiled TBs so that \"exec\" and \"cpu\" show\n"
      "complete traces" },
    { CPU_LOG_PLUGIN, "plugin",
      "output from TCG plugins" },
    { LOG_STRACE, "strace",
      "log every user-mode syscall, its input, and its result" },
    { LOG_PER_THREAD, "tid",
      "open a separate log file per thread; filename must contain '%d'" },
    { LOG_STARTUP, "startup",
      "log each start-up step with its time" },
    { 0, NULL, NULL },
};

void qemu_log_set_trace_hook(QemuLogTraceHook *hook)
{
    log_trace_hook = hook;
}

/* The mask of one element of a -d list, or 0 if it is unknown. */
static int log_item_mask(const char *name)
{
    const QEMULogItem *item;
    int mask = 0;

    if (g_str_equal(name, "all")) {
        for (item = qemu_log_items; item->mask; item++) {
            mask |= item->mask;
        }
        return mask;
    }
    if (log_trace_hook && g_str_has_prefix(name, "trace:") && name[6]) {
        log_trace_hook(name + 6);
        return LOG_TRACE;
    }
    for (item = qemu_log_items; item->mask; item++) {
        if (g_str_equal(name, item->name)) {
            return item->mask;
        }
    }
    return 0;
}

int qemu_str_to_log_mask(const char *str)
{
    g_auto(GStrv) parts = g_strsplit(str, ",", 0);
    int mask = 0;
    int i;

    for (i = 0; parts[i]; i++) {
        int item_mask = log_item_mask(parts[i]);

        if (!item_mask) {
            return 0;
        }
        mask |= item_mask;
    }
    return mask;
}

void qemu_print_log_usage(FILE *f)
{
    const QEMULogItem *item;

    fprintf(f, "Log items (comma separated):\n");
    for (item = qemu_log_items; item->mask; item++) {
        fprintf(f, "%-15s %s\n", item->name, item->help);
    }
    fprintf(f, "trace:PATTERN   enable trace events\n");
    fprintf(f, "\nUse \"-d trace:help\" to get a list of trace events.\n\n");
}
