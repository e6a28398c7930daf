/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * trace-control.c: the registry of trace event groups, event selection by
 * pattern, `-trace` option handling and the "log" backend's printer.
 *
 * Behaviour and messages follow QEMU 8.2's trace/control.c and its log
 * backend: the output line format, the warnings for unknown and
 * untraceable events, and the events file's error reported with the file
 * as location.
 */
#include "qemu/osdep.h"
#include <sys/time.h>
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "qemu/option.h"
#include "trace/control.h"

static TraceEvent ***event_groups;  /* each a NULL-terminated array */
static size_t nevent_groups;
static uint32_t next_id;
static char *trace_opts_file;       /* the last -trace file=, or NULL */

QemuOptsList qemu_trace_opts = {
    .name = "trace",
    .implied_opt_name = "enable",
    .desc = {
        { .name = "enable", .type = QEMU_OPT_STRING },
        { .name = "events", .type = QEMU_OPT_STRING },
        { .name = "file", .type = QEMU_OPT_STRING },
        { }
    },
};

void trace_event_register_group(TraceEvent **events)
{
    size_t i;

    for (i = 0; events[i]; i++) {
        events[i]->id = next_id++;
    }
    event_groups = g_renew(TraceEvent **, event_groups, nevent_groups + 1);
    event_groups[nevent_groups++] = events;
}

void trace_event_iter_init_all(TraceEventIter *iter)
{
    trace_event_iter_init_pattern(iter, NULL);
}

void trace_event_iter_init_pattern(TraceEventIter *iter, const char *pattern)
{
    iter->group = 0;
    iter->event = 0;
    iter->pattern = pattern;
}

TraceEvent *trace_event_iter_next(TraceEventIter *iter)
{
    TraceEvent *ev;

    while (iter->group < nevent_groups) {
        ev = event_groups[iter->group][iter->event];
        if (!ev) {
            iter->group++;
            iter->event = 0;
            continue;
        }
        iter->event++;
        if (!iter->pattern || g_pattern_match_simple(iter->pattern,
                                                     ev->name)) {
            return ev;
        }
    }
    return NULL;
}

TraceEvent *trace_event_name(const char *name)
{
    TraceEventIter iter;
    TraceEvent *ev;

    trace_event_iter_init_all(&iter);
    while ((ev = trace_event_iter_next(&iter))) {
        if (g_str_equal(ev->name, name)) {
            return ev;
        }
    }
    return NULL;
}

void trace_event_set_state_dynamic(TraceEvent *ev, bool state)
{
    assert(trace_event_get_state_static(ev));
    *ev->dstate = state;
}

void trace_list_events(FILE *f)
{
    TraceEventIter iter;
    TraceEvent *ev;

    trace_event_iter_init_all(&iter);
    while ((ev = trace_event_iter_next(&iter))) {
        fprintf(f, "%s\n", ev->name);
    }
}

/*
 * A name without '*' selects its first match only, and says so when that
 * cannot be done; a '*' pattern silently skips `disable` events.
 */
static void trace_do_enable_events(const char *line_buf)
{
    bool enable = line_buf[0] != '-';
    const char *pattern = enable ? line_buf : line_buf + 1;
    bool is_pattern = trace_event_is_pattern(pattern);
    TraceEventIter iter;
    TraceEvent *ev;

    trace_event_iter_init_pattern(&iter, pattern);
    while ((ev = trace_event_iter_next(&iter))) {
        if (!trace_event_get_state_static(ev)) {
            if (!is_pattern) {
                warn_report("trace event '%s' is not traceable", pattern);
                return;
            }
            continue;
        }
        trace_event_set_state_dynamic(ev, enable);
        if (!is_pattern) {
            return;
        }
    }
    if (!is_pattern) {
        warn_report("trace event '%s' does not exist", pattern);
    }
}

void trace_enable_events(const char *line_buf)
{
    if (is_help_option(line_buf)) {
        trace_list_events(stdout);
        exit(0);
    }
    trace_do_enable_events(line_buf);
}

/*
 * Apply each line of @fp, with the current location at that line of
 * @fname.  Returns 0, or the errno of a failed read.
 */
static int trace_read_events(FILE *fp, const char *fname)
{
    char line_buf[1024];
    size_t len;
    int lineno = 0;

    while (fgets(line_buf, sizeof(line_buf), fp)) {
        loc_set_file(fname, ++lineno);
        len = strlen(line_buf);
        if (line_buf[len - 1] == '\n') {
            line_buf[--len] = '\0';
        }
        if (len == 0 || line_buf[0] == '#') {
            continue;
        }
        trace_enable_events(line_buf);
    }
    return ferror(fp) ? errno : 0;
}

bool trace_init_events(const char *fname, Error **errp)
{
    Location loc;
    FILE *fp = fopen(fname, "r");
    int err;

    if (!fp) {
        error_setg(errp, "%s", g_strerror(errno));
        return false;
    }
    loc_push_none(&loc);
    err = trace_read_events(fp, fname);
    loc_pop(&loc);
    fclose(fp);
    if (err) {
        error_setg(errp, "%s", g_strerror(err));
        return false;
    }
    return true;
}

bool trace_init_backends(void)
{
    return true;
}

void trace_init_file(void)
{
    /* Without file=, the log goes where -D (or its absence) sent it. */
    if (trace_opts_file) {
        qemu_set_log_filename(trace_opts_file, &error_fatal);
    }
}

/* As QEMU, an unreadable events file is reported at the file itself. */
static void trace_init_events_or_exit(const char *fname)
{
    Error *err = NULL;
    Location loc;

    if (!trace_init_events(fname, &err)) {
        loc_push_none(&loc);
        loc_set_file(fname, 0);
        error_report_err(err);
        exit(1);
    }
}

void trace_opt_parse(const char *optarg)
{
    QemuOpts *opts = qemu_opts_parse_noisily(&qemu_trace_opts, optarg, true);
    const char *value;

    if (!opts) {
        exit(1);
    }
    value = qemu_opt_get(opts, "enable");
    if (value) {
        trace_enable_events(value);
    }
    value = qemu_opt_get(opts, "events");
    if (value) {
        trace_init_events_or_exit(value);
    }
    g_free(trace_opts_file);
    trace_opts_file = g_strdup(qemu_opt_get(opts, "file"));
    qemu_opts_del(opts);
}

void trace_log_event(const char *fmt, ...)
{
    struct timeval now;
    va_list ap;
    FILE *f;

    if (!qemu_loglevel_mask(LOG_TRACE)) {
        return;
    }
    f = qemu_log_trylock();
    if (!f) {
        return;
    }
    if (message_with_timestamp) {
        gettimeofday(&now, NULL);
        fprintf(f, "%d@%zu.%06zu:", (int)gettid(), (size_t)now.tv_sec,
                (size_t)now.tv_usec);
    }
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
    fputc('\n', f);
    qemu_log_unlock(f);
}
