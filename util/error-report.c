/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * error-report.c: diagnostics for humans, prefixed with where they come
 * from.
 *
 * A stack of Locations says what is being processed (an argument of the
 * command line, a line of a config file, or nothing in particular), so a
 * message printed deep inside option handling still names its origin, in
 * QEMU's format (see error-report.h).
 */
#include "qemu/osdep.h"
#include "qemu/error-report.h"

typedef enum {
    REPORT_TYPE_ERROR,
    REPORT_TYPE_WARNING,
    REPORT_TYPE_INFO,
} report_type;

bool message_with_timestamp;
bool error_with_guestname;
const char *error_guest_name;

static Location std_loc = { .kind = LOC_NONE };
static Location *cur_loc = &std_loc;
static const char *progname;
static ErrorPrintfHook printf_hook;

void error_set_printf_hook(ErrorPrintfHook hook)
{
    printf_hook = hook;
}

int error_vprintf(const char *fmt, va_list ap)
{
    if (printf_hook) {
        return printf_hook(fmt, ap);
    }
    return vfprintf(stderr, fmt, ap);
}

int error_printf(const char *fmt, ...)
{
    va_list ap;
    int ret;

    va_start(ap, fmt);
    ret = error_vprintf(fmt, ap);
    va_end(ap);
    return ret;
}

Location *loc_push_restore(Location *loc)
{
    assert(!loc->prev);
    loc->prev = cur_loc;
    cur_loc = loc;
    return loc;
}

Location *loc_push_none(Location *loc)
{
    loc->kind = LOC_NONE;
    loc->prev = NULL;
    return loc_push_restore(loc);
}

Location *loc_pop(Location *loc)
{
    assert(cur_loc == loc && loc->prev);
    cur_loc = loc->prev;
    loc->prev = NULL;
    return loc;
}

Location *loc_save(Location *loc)
{
    *loc = *cur_loc;
    loc->prev = NULL;
    return loc;
}

void loc_restore(Location *loc)
{
    Location *prev = cur_loc->prev;

    assert(!loc->prev);
    *cur_loc = *loc;
    cur_loc->prev = prev;
}

void loc_set_none(void)
{
    cur_loc->kind = LOC_NONE;
}

void loc_set_cmdline(char **argv, int idx, int cnt)
{
    cur_loc->kind = LOC_CMDLINE;
    cur_loc->num = cnt;
    cur_loc->ptr = argv + idx;
}

void loc_set_file(const char *fname, int lno)
{
    assert(fname || cur_loc->kind == LOC_FILE);
    cur_loc->kind = LOC_FILE;
    cur_loc->num = lno;
    if (fname) {
        cur_loc->ptr = fname;
    }
}

void error_init(const char *argv0)
{
    if (argv0) {
        const char *slash = strrchr(argv0, '/');

        progname = slash ? slash + 1 : argv0;
        g_set_prgname(progname);
    }
}

const char *error_get_progname(void)
{
    return progname;
}

/*
 * The program name is followed by the location: "PROG: ARGS: ",
 * "PROG:FILE:LINE: " or just "PROG: ".  Monitors print messages without
 * the program name (error_printf output then goes to the hook).
 */
void error_print_loc(void)
{
    const char *sep = "";
    const char *const *argv;
    int i;

    if (!printf_hook && progname) {
        error_printf("%s:", progname);
        sep = " ";
    }
    switch (cur_loc->kind) {
    case LOC_CMDLINE:
        argv = cur_loc->ptr;
        for (i = 0; i < cur_loc->num; i++) {
            error_printf("%s%s", sep, argv[i]);
            sep = " ";
        }
        error_printf(": ");
        break;
    case LOC_FILE:
        error_printf("%s:", (const char *)cur_loc->ptr);
        if (cur_loc->num) {
            error_printf("%d:", cur_loc->num);
        }
        error_printf(" ");
        break;
    default:
        error_printf("%s", sep);
        break;
    }
}

static void print_timestamp(void)
{
    g_autoptr(GDateTime) now = g_date_time_new_now_utc();
    g_autofree char *text = g_date_time_format_iso8601(now);

    error_printf("%s ", text);
}

static void vreport(report_type type, const char *fmt, va_list ap)
{
    static const char *const prefixes[] = {
        [REPORT_TYPE_ERROR] = "",
        [REPORT_TYPE_WARNING] = "warning: ",
        [REPORT_TYPE_INFO] = "info: ",
    };

    if (message_with_timestamp && !printf_hook) {
        print_timestamp();
    }
    if (error_with_guestname && error_guest_name && !printf_hook) {
        error_printf("%s ", error_guest_name);
    }
    error_print_loc();
    error_printf("%s", prefixes[type]);
    error_vprintf(fmt, ap);
    error_printf("\n");
}

void error_vreport(const char *fmt, va_list ap)
{
    vreport(REPORT_TYPE_ERROR, fmt, ap);
}

void warn_vreport(const char *fmt, va_list ap)
{
    vreport(REPORT_TYPE_WARNING, fmt, ap);
}

void info_vreport(const char *fmt, va_list ap)
{
    vreport(REPORT_TYPE_INFO, fmt, ap);
}

void error_report(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vreport(REPORT_TYPE_ERROR, fmt, ap);
    va_end(ap);
}

void warn_report(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vreport(REPORT_TYPE_WARNING, fmt, ap);
    va_end(ap);
}

void info_report(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vreport(REPORT_TYPE_INFO, fmt, ap);
    va_end(ap);
}
