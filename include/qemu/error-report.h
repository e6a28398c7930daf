/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * error-report.h: printing diagnostics for humans, with their location.
 *
 * Every message is prefixed the way QEMU prefixes it:
 *
 *   PROG: -opt arg: message      while a command-line location is set
 *   PROG:FILE:LINE: message      while a file location is set
 *   PROG: message                otherwise
 *
 * warn_report and info_report add "warning: " / "info: " after the
 * location.  With `-msg timestamp=on` an ISO-8601 UTC timestamp and a space
 * come first; with `-msg guest-name=on` and a guest name set, "GUEST "
 * comes first (after the timestamp).
 */
#ifndef QEMU_ERROR_REPORT_H
#define QEMU_ERROR_REPORT_H

struct Location {
    /* all members are private to error-report.c */
    enum { LOC_NONE, LOC_CMDLINE, LOC_FILE } kind;
    int num;
    const void *ptr;
    struct Location *prev;
};

/* Push @loc (filled earlier by loc_save), making it current. */
Location *loc_push_restore(Location *loc);
/* Push @loc as an empty location, making it current. */
Location *loc_push_none(Location *loc);
/* Pop @loc, which must be current; the previous one becomes current. */
Location *loc_pop(Location *loc);
/* Save the current location in @loc, which must not be pushed. */
Location *loc_save(Location *loc);
/* Make the current location a copy of @loc. */
void loc_restore(Location *loc);
/* Clear the current location. */
void loc_set_none(void);
/* Current location is argv[@idx .. @idx + @cnt - 1]; @argv must outlive it. */
void loc_set_cmdline(char **argv, int idx, int cnt);
/* Current location is line @lno of @fname (@lno 0: the file as a whole). */
void loc_set_file(const char *fname, int lno);

/* Print to stderr (or the current monitor once monitors exist). */
int error_printf(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
int error_vprintf(const char *fmt, va_list ap) G_GNUC_PRINTF(1, 0);

/* Print the current location and a colon-space, as error_report does. */
void error_print_loc(void);

void error_report(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
void warn_report(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
void info_report(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
void error_vreport(const char *fmt, va_list ap) G_GNUC_PRINTF(1, 0);
void warn_vreport(const char *fmt, va_list ap) G_GNUC_PRINTF(1, 0);
void info_vreport(const char *fmt, va_list ap) G_GNUC_PRINTF(1, 0);

/* Report only the first time this call site is reached. */
#define error_report_once(fmt, ...)                        \
    ({                                                     \
        static bool print_once_;                           \
        bool first_ = !print_once_;                        \
        if (first_) {                                      \
            print_once_ = true;                            \
            error_report(fmt, ## __VA_ARGS__);             \
        }                                                  \
        first_;                                            \
    })
#define warn_report_once(fmt, ...)                         \
    ({                                                     \
        static bool print_once_;                           \
        bool first_ = !print_once_;                        \
        if (first_) {                                      \
            print_once_ = true;                            \
            warn_report(fmt, ## __VA_ARGS__);              \
        }                                                  \
        first_;                                            \
    })

/* Set the program name from @argv0 (its basename).  NULL: keep it. */
void error_init(const char *argv0);
const char *error_get_progname(void);

/* -msg timestamp=on */
extern bool message_with_timestamp;
/* -msg guest-name=on, and the guest name it prints (set by -name). */
extern bool error_with_guestname;
extern const char *error_guest_name;

/*
 * A monitor that wants error_printf output (HMP) installs a hook; NULL
 * sends output to stderr.  Returns the number of bytes printed.
 */
typedef int (*ErrorPrintfHook)(const char *fmt, va_list ap);
void error_set_printf_hook(ErrorPrintfHook hook);

#endif
