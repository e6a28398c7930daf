/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for util/trace-control.c and the code scripts/tracetool.py
 * generates, using the events of tests/unit/trace-events: registration,
 * selection by pattern, events files, `-trace` options, the log backend's
 * output format and the cost of a disabled event.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qemu/option.h"
#include "trace/control.h"
#include "trace.h"

#define STRINGIFY(x) #x
#define EXPAND_TO_STRING(x) STRINGIFY(x)

static const char *const test_event_names[] = {
    "test_trace_int", "test_trace_str", "test_trace_u64", "test_trace_void",
    "test_trace_off",
};

static TraceEvent *event(const char *name)
{
    TraceEvent *ev = trace_event_name(name);

    g_assert_nonnull(ev);
    return ev;
}

static bool enabled(const char *name)
{
    return trace_event_get_state_dynamic(event(name));
}

/* Disable every test event, so each test starts from the same state. */
static void reset_events(void)
{
    trace_enable_events("-test_trace_*");
}

/* A file in the build directory, the same in a test and its subprocess. */
static char *test_file(const char *name)
{
    return g_test_build_filename(G_TEST_BUILT, name, NULL);
}

static char *write_test_file(const char *name, const char *contents)
{
    char *path = test_file(name);

    g_assert_true(g_file_set_contents(path, contents, -1, NULL));
    return path;
}

/* Send the log to @name in the build directory; returns its path. */
static char *log_to_test_file(const char *name)
{
    char *path = test_file(name);

    g_assert_true(qemu_set_log_filename(path, &error_abort));
    return path;
}

static char *read_test_file(const char *path)
{
    char *contents = NULL;

    g_assert_true(g_file_get_contents(path, &contents, NULL, NULL));
    return contents;
}

static void test_register(void)
{
    TraceEvent *first = event("test_trace_int");
    size_t i;

    for (i = 0; i < ARRAY_SIZE(test_event_names); i++) {
        TraceEvent *ev = event(test_event_names[i]);

        g_assert_cmpstr(trace_event_get_name(ev), ==, test_event_names[i]);
        g_assert_cmpuint(trace_event_get_id(ev), ==,
                         trace_event_get_id(first) + i);
        g_assert_false(trace_event_get_state_dynamic(ev));
    }
    g_assert_true(trace_event_get_state_static(event("test_trace_int")));
    g_assert_false(trace_event_get_state_static(event("test_trace_off")));
    g_assert_null(trace_event_name("test_trace"));
    g_assert_null(trace_event_name("no_such_event"));
}

static size_t count_matches(const char *pattern)
{
    TraceEventIter iter;
    size_t n = 0;

    trace_event_iter_init_pattern(&iter, pattern);
    while (trace_event_iter_next(&iter)) {
        n++;
    }
    return n;
}

static void test_iter_pattern(void)
{
    TraceEventIter iter;

    g_assert_cmpuint(count_matches("test_trace_*"), ==, 5);
    g_assert_cmpuint(count_matches("test_trace_?nt"), ==, 1);
    g_assert_cmpuint(count_matches("*_u64"), ==, 1);
    g_assert_cmpuint(count_matches("test_trace_int"), ==, 1);
    g_assert_cmpuint(count_matches("nomatch*"), ==, 0);
    g_assert_cmpuint(count_matches(NULL), >=, 5);

    trace_event_iter_init_all(&iter);
    g_assert_nonnull(trace_event_iter_next(&iter));
    trace_event_iter_init_pattern(&iter, "test_trace_*");
    g_assert_true(trace_event_iter_next(&iter) == event("test_trace_int"));
    g_assert_true(trace_event_iter_next(&iter) == event("test_trace_str"));
}

static void test_enable_pattern(void)
{
    trace_enable_events("test_trace_*");
    g_assert_true(enabled("test_trace_int"));
    g_assert_true(enabled("test_trace_str"));
    g_assert_true(enabled("test_trace_u64"));
    g_assert_true(enabled("test_trace_void"));
    /* A pattern skips `disable` events without a word. */
    g_assert_false(enabled("test_trace_off"));
    g_assert_true(trace_event_get_state(TRACE_TEST_TRACE_INT));
    g_assert_true(trace_event_get_state_backends(TRACE_TEST_TRACE_INT));
    g_assert_false(trace_event_get_state(TRACE_TEST_TRACE_OFF));

    trace_enable_events("-test_trace_*");
    g_assert_false(enabled("test_trace_int"));
    g_assert_false(enabled("test_trace_void"));
    g_assert_false(trace_event_get_state(TRACE_TEST_TRACE_INT));
}

static void test_enable_name(void)
{
    reset_events();
    trace_enable_events("test_trace_str");
    g_assert_true(enabled("test_trace_str"));
    g_assert_false(enabled("test_trace_int"));
    g_assert_false(enabled("test_trace_u64"));

    trace_enable_events("-test_trace_str");
    g_assert_false(enabled("test_trace_str"));
}

/* Only '*' makes a pattern: with '?' alone the first match is changed. */
static void test_enable_question_mark(void)
{
    reset_events();
    trace_enable_events("test_trace_???");
    g_assert_true(enabled("test_trace_int"));
    g_assert_false(enabled("test_trace_str"));
    g_assert_false(enabled("test_trace_u64"));
    g_assert_false(enabled("test_trace_off"));
    reset_events();
}

static void test_enable_unknown(void)
{
    if (g_test_subprocess()) {
        trace_enable_events("no_such_event");
        trace_enable_events("-no_such?event");
        trace_enable_events("nomatch*");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(
        "test-trace: warning: trace event 'no_such_event' does not exist\n"
        "test-trace: warning: trace event 'no_such?event' does not exist\n");
}

static void test_enable_not_traceable(void)
{
    if (g_test_subprocess()) {
        trace_enable_events("test_trace_off");
        g_assert_false(enabled("test_trace_off"));
        trace_enable_events("-test_trace_of?");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(
        "test-trace: warning: trace event 'test_trace_off' is not "
        "traceable\n"
        "test-trace: warning: trace event 'test_trace_of?' is not "
        "traceable\n");
}

static void test_set_state_static_off(void)
{
    if (g_test_subprocess()) {
        trace_event_set_state_dynamic(event("test_trace_off"), true);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
}

#define LISTED_TEST_EVENTS \
    "test_trace_int\ntest_trace_str\ntest_trace_u64\ntest_trace_void\n" \
    "test_trace_off\n"

static void test_list(void)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);

    trace_list_events(f);
    fclose(f);
    g_assert_nonnull(strstr(buf, LISTED_TEST_EVENTS));
    g_assert_true(g_str_has_suffix(buf, "\n"));
    free(buf);
}

static void test_enable_help(void)
{
    if (g_test_subprocess()) {
        trace_enable_events(g_getenv("TEST_TRACE_HELP"));
        return;
    }
    g_setenv("TEST_TRACE_HELP", "help", true);
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("*" LISTED_TEST_EVENTS);
    g_test_trap_assert_stderr("");

    g_setenv("TEST_TRACE_HELP", "?", true);
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("*" LISTED_TEST_EVENTS);
    g_unsetenv("TEST_TRACE_HELP");
}

static void test_events_file(void)
{
    g_autofree char *path = write_test_file(
        "test-trace-events-ok",
        "# a comment\n"
        "\n"
        "test_trace_*\n"
        "-test_trace_str\n"
        "test_trace_void");    /* no newline at the end */
    Error *err = NULL;

    reset_events();
    trace_enable_events("test_trace_*");
    trace_enable_events("-test_trace_void");
    g_assert_true(trace_init_events(path, &err));
    g_assert_null(err);
    g_assert_true(enabled("test_trace_int"));
    g_assert_false(enabled("test_trace_str"));
    g_assert_true(enabled("test_trace_u64"));
    g_assert_true(enabled("test_trace_void"));
    reset_events();
    unlink(path);
}

static void test_events_file_warnings(void)
{
    g_autofree char *path = test_file("test-trace-events-warn");
    g_autofree char *expected = NULL;

    if (g_test_subprocess()) {
        g_assert_true(trace_init_events(path, &error_abort));
        g_assert_true(enabled("test_trace_int"));
        return;
    }
    g_free(write_test_file("test-trace-events-warn",
                           "test_trace_int\n"
                           "no_such_event\n"
                           " # not a comment\n"
                           "test_trace_off\n"));
    expected = g_strdup_printf(
        "test-trace:%s:2: warning: trace event 'no_such_event' does not "
        "exist\n"
        "test-trace:%s:3: warning: trace event ' # not a comment' does not "
        "exist\n"
        "test-trace:%s:4: warning: trace event 'test_trace_off' is not "
        "traceable\n", path, path, path);
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(expected);
    unlink(path);
}

static void test_events_file_help(void)
{
    g_autofree char *path = test_file("test-trace-events-help");

    if (g_test_subprocess()) {
        trace_init_events(path, &error_abort);
        return;
    }
    g_free(write_test_file("test-trace-events-help", "help\n"));
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("*" LISTED_TEST_EVENTS);
    unlink(path);
}

static void test_events_file_missing(void)
{
    Error *err = NULL;

    g_assert_false(trace_init_events("/nonexistent/events", &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "No such file or directory");
    error_free(err);
    err = NULL;

    /* A directory opens, but cannot be read. */
    g_assert_false(trace_init_events("/", &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "Is a directory");
    error_free(err);
}

static void test_opt_parse_events_missing(void)
{
    if (g_test_subprocess()) {
        trace_opt_parse("events=/nonexistent/events");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr(
        "test-trace:/nonexistent/events: No such file or directory\n");
}

static void test_opt_parse_enable(void)
{
    reset_events();
    trace_opt_parse("test_trace_int");
    g_assert_true(enabled("test_trace_int"));
    trace_opt_parse("enable=test_trace_u*");
    g_assert_true(enabled("test_trace_u64"));
    trace_opt_parse("enable=-test_trace_int");
    g_assert_false(enabled("test_trace_int"));
    g_assert_true(enabled("test_trace_u64"));
    /* Each -trace option is parsed and dropped: the list stays empty. */
    g_assert_null(qemu_trace_opts.head.first);
    reset_events();
}

static void test_opt_parse_events(void)
{
    g_autofree char *path = write_test_file("test-trace-events-opt",
                                            "test_trace_str\n");
    g_autofree char *arg = g_strdup_printf("enable=test_trace_int,events=%s",
                                           path);

    reset_events();
    trace_opt_parse(arg);
    g_assert_true(enabled("test_trace_int"));
    g_assert_true(enabled("test_trace_str"));
    g_assert_false(enabled("test_trace_u64"));
    reset_events();
    unlink(path);
}

static void test_opt_parse_invalid(void)
{
    if (g_test_subprocess()) {
        trace_opt_parse("test_trace_int,bogus=1");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("test-trace: Invalid parameter 'bogus'\n");
}

static void test_opt_parse_help(void)
{
    if (g_test_subprocess()) {
        trace_opt_parse("help");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("*" LISTED_TEST_EVENTS);
}

static void test_opt_parse_file(void)
{
    g_autofree char *path = test_file("test-trace-opt-file.log");
    g_autofree char *arg = g_strdup_printf("file=%s", path);
    g_autofree char *log = NULL;

    if (g_test_subprocess()) {
        /* A later -trace without file= forgets it, as in QEMU. */
        trace_opt_parse("file=/nonexistent/not-used.log");
        trace_opt_parse("enable=test_trace_int");
        trace_init_file();
        trace_opt_parse(arg);
        trace_init_file();
        trace_test_trace_int(42);
        log = read_test_file(path);
        g_assert_cmpstr(log, ==, "test_trace_int value 42\n");
        return;
    }
    unlink(path);
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("");
    unlink(path);
}

static void test_opt_parse_file_error(void)
{
    if (g_test_subprocess()) {
        trace_opt_parse("file=/nonexistent/trace.log");
        trace_init_file();
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr(
        "test-trace: Error opening logfile /nonexistent/trace.log: "
        "No such file or directory\n");
}

static void test_log_format(void)
{
    g_autofree char *path = NULL;
    g_autofree char *log = NULL;

    if (g_test_subprocess()) {
        path = log_to_test_file("test-trace-format.log");
        trace_test_trace_int(1);    /* disabled: not printed */
        trace_enable_events("test_trace_*");
        trace_test_trace_int(-3);
        trace_test_trace_str("hello");
        trace_test_trace_u64(0xdeadbeef00ULL, 8);
        trace_test_trace_void();
        trace_test_trace_off(5);
        log = read_test_file(path);
        g_assert_cmpstr(log, ==,
                        "test_trace_int value -3\n"
                        "test_trace_str s hello\n"
                        "test_trace_u64 addr 0xdeadbeef00 size 8\n"
                        "test_trace_void \n");
        unlink(path);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
}

static void test_log_timestamp(void)
{
    g_autofree char *path = NULL;
    g_autofree char *log = NULL;
    g_autofree char *pid = NULL;

    if (g_test_subprocess()) {
        path = log_to_test_file("test-trace-timestamp.log");
        message_with_timestamp = true;
        trace_enable_events("test_trace_int");
        trace_test_trace_int(7);
        log = read_test_file(path);
        g_assert_true(g_regex_match_simple(
            "^[0-9]+@[0-9]+\\.[0-9]{6}:test_trace_int value 7\n$", log,
            0, 0));
        pid = g_strdup_printf("%d@", (int)getpid());
        g_assert_true(g_str_has_prefix(log, pid));
        unlink(path);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
}

/* Until vl.c sets up the log, enabled events print nothing. */
static void test_log_not_set_up(void)
{
    if (g_test_subprocess()) {
        trace_enable_events("test_trace_int");
        trace_test_trace_int(1);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("");
    g_test_trap_assert_stdout("");
}

/* `-d trace:PATTERN` reaches trace_enable_events through log.c's hook. */
static void test_log_item_hook(void)
{
    reset_events();
    qemu_log_set_trace_hook(trace_enable_events);
    g_assert_cmpint(qemu_str_to_log_mask("trace:test_trace_s*"), ==,
                    LOG_TRACE);
    g_assert_true(enabled("test_trace_str"));
    g_assert_false(enabled("test_trace_int"));
    qemu_log_set_trace_hook(NULL);
    reset_events();
}

/*
 * The body of trace_NAME() in the generated header: everything between
 * its opening and closing braces.
 */
static char *generated_body(const char *header, const char *signature)
{
    const char *start = strstr(header, signature);
    const char *end;

    g_assert_nonnull(start);
    start = strstr(start, "\n{\n");
    g_assert_nonnull(start);
    start += 3;
    end = strstr(start - 1, "\n}\n");
    g_assert_nonnull(end);
    return g_strndup(start, end + 1 - start);
}

static size_t count_substrings(const char *s, const char *sub)
{
    size_t n = 0;

    while ((s = strstr(s, sub))) {
        n++;
        s++;
    }
    return n;
}

/*
 * A disabled event must cost one predictable branch: trace_NAME() tests
 * trace_event_get_state() once, which is a constant and a single load.
 */
static void test_generated_one_branch(void)
{
    g_autofree char *path = g_test_build_filename(
        G_TEST_BUILT, "..", "..", "trace", "trace-tests_unit.h", NULL);
    g_autofree char *header = read_test_file(path);
    g_autofree char *body = generated_body(
        header, "static inline void trace_test_trace_u64(uint64_t addr, "
        "uint32_t size)\n");
    g_autofree char *off = generated_body(
        header, "static inline void trace_test_trace_off(int value)\n");
    const char *cond = EXPAND_TO_STRING(
        trace_event_get_state(TRACE_TEST_TRACE_U64));

    g_assert_true(g_str_has_prefix(
        body, "    if (trace_event_get_state(TRACE_TEST_TRACE_U64)) {\n"));
    g_assert_cmpuint(count_substrings(body, "if"), ==, 1);
    g_assert_cmpuint(count_substrings(body, "trace_log_event("), ==, 1);
    g_assert_cmpstr(off, ==, "");

    g_assert_cmpstr(cond, ==, "((1) && (__builtin_expect("
                    "_TRACE_TEST_TRACE_U64_DSTATE != 0, 0)))");
    g_assert_cmpstr(EXPAND_TO_STRING(
                        trace_event_get_state(TRACE_TEST_TRACE_OFF)), ==,
                    "((0) && (__builtin_expect("
                    "_TRACE_TEST_TRACE_OFF_DSTATE != 0, 0)))");
}

static void test_init_backends(void)
{
    g_assert_true(trace_init_backends());
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    error_init("test-trace");
    module_call_init(MODULE_INIT_TRACE);

    g_test_add_func("/trace/register", test_register);
    g_test_add_func("/trace/iter/pattern", test_iter_pattern);
    g_test_add_func("/trace/enable/pattern", test_enable_pattern);
    g_test_add_func("/trace/enable/name", test_enable_name);
    g_test_add_func("/trace/enable/question-mark",
                    test_enable_question_mark);
    g_test_add_func("/trace/enable/unknown", test_enable_unknown);
    g_test_add_func("/trace/enable/not-traceable",
                    test_enable_not_traceable);
    g_test_add_func("/trace/enable/help", test_enable_help);
    g_test_add_func("/trace/set-state/static-off",
                    test_set_state_static_off);
    g_test_add_func("/trace/list", test_list);
    g_test_add_func("/trace/events-file/apply", test_events_file);
    g_test_add_func("/trace/events-file/warnings",
                    test_events_file_warnings);
    g_test_add_func("/trace/events-file/help", test_events_file_help);
    g_test_add_func("/trace/events-file/missing", test_events_file_missing);
    g_test_add_func("/trace/opt-parse/enable", test_opt_parse_enable);
    g_test_add_func("/trace/opt-parse/events", test_opt_parse_events);
    g_test_add_func("/trace/opt-parse/events-missing",
                    test_opt_parse_events_missing);
    g_test_add_func("/trace/opt-parse/invalid", test_opt_parse_invalid);
    g_test_add_func("/trace/opt-parse/help", test_opt_parse_help);
    g_test_add_func("/trace/opt-parse/file", test_opt_parse_file);
    g_test_add_func("/trace/opt-parse/file-error",
                    test_opt_parse_file_error);
    g_test_add_func("/trace/log/format", test_log_format);
    g_test_add_func("/trace/log/timestamp", test_log_timestamp);
    g_test_add_func("/trace/log/not-set-up", test_log_not_set_up);
    g_test_add_func("/trace/log/item-hook", test_log_item_hook);
    g_test_add_func("/trace/generated/one-branch",
                    test_generated_one_branch);
    g_test_add_func("/trace/init-backends", test_init_backends);
    return g_test_run();
}
