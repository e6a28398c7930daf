/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for util/qemu-option.c: QemuOpts parsing (escapes, implied
 * keys, flags, ids, help), typed values and their messages, the getters
 * and setters, QDict conversion, iteration with locations, printing and
 * help output.  Messages are compared with QEMU 8.2's exact texts.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/option.h"
#include "qemu/option_int.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qstring.h"

#define PROG "test-qemu-opts"

/* A list with string and number keys, no implied key. */
static QemuOptsList opts_list_01 = {
    .name = "opts_list_01",
    .desc = {
        { .name = "str1", .type = QEMU_OPT_STRING, .help = "help str1" },
        { .name = "str2", .type = QEMU_OPT_STRING },
        { .name = "str3", .type = QEMU_OPT_STRING },
        { .name = "number1", .type = QEMU_OPT_NUMBER,
          .help = "having help" },
        { .name = "number2", .type = QEMU_OPT_NUMBER },
        { }
    },
};

/* A list with every type, defaults for some keys. */
static QemuOptsList opts_list_02 = {
    .name = "opts_list_02",
    .implied_opt_name = "str1",
    .desc = {
        { .name = "str1", .type = QEMU_OPT_STRING },
        { .name = "str2", .type = QEMU_OPT_STRING, .def_value_str = "dflt" },
        { .name = "bool1", .type = QEMU_OPT_BOOL },
        { .name = "bool2", .type = QEMU_OPT_BOOL, .def_value_str = "on" },
        { .name = "number1", .type = QEMU_OPT_NUMBER },
        { .name = "number2", .type = QEMU_OPT_NUMBER,
          .def_value_str = "0x20" },
        { .name = "size1", .type = QEMU_OPT_SIZE },
        { .name = "size2", .type = QEMU_OPT_SIZE, .def_value_str = "2k" },
        { }
    },
};

/* A list that accepts any key, with an implied key. */
static QemuOptsList opts_list_03 = {
    .name = "opts_list_03",
    .implied_opt_name = "implied",
    .desc = {
        { }
    },
};

/* A merged list. */
static QemuOptsList opts_list_04 = {
    .name = "opts_list_04",
    .merge_lists = true,
    .desc = {
        { .name = "str3", .type = QEMU_OPT_STRING },
        { .name = "str4", .type = QEMU_OPT_STRING },
        { }
    },
};

/* Lists without names, for the help texts that do not name a group. */
static QemuOptsList opts_list_noname = {
    .desc = {
        { .name = "x", .type = QEMU_OPT_SIZE },
        { }
    },
};

static QemuOptsList opts_list_noname_empty = {
    .desc = {
        { }
    },
};

static QemuOptsList *all_lists[] = {
    &opts_list_01, &opts_list_02, &opts_list_03, &opts_list_04,
};

static void reset_lists(void)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(all_lists); i++) {
        qemu_opts_reset(all_lists[i]);
    }
}

static size_t count_opts(QemuOptsList *list)
{
    QemuOpts *opts;
    size_t n = 0;

    for (opts = list->head.first; opts; opts = opts->next) {
        n++;
    }
    return n;
}

static size_t count_opt(QemuOpts *opts)
{
    QemuOpt *opt;
    size_t n = 0;

    for (opt = opts->first; opt; opt = opt->next) {
        n++;
    }
    return n;
}

/* Parse @params into @list expecting @msg as the error. */
static void assert_parse_error(QemuOptsList *list, const char *params,
                               bool permit_abbrev, const char *msg)
{
    Error *err = NULL;
    size_t before = count_opts(list);

    g_assert_null(qemu_opts_parse(list, params, permit_abbrev, &err));
    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
    g_assert_cmpuint(count_opts(list), ==, before);
}

/* Parsing */

static void test_parse_simple(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_01, "str1=a,str2=b c,number1=7", false,
                           &error_abort);
    g_assert_nonnull(opts);
    g_assert_cmpstr(qemu_opt_get(opts, "str1"), ==, "a");
    g_assert_cmpstr(qemu_opt_get(opts, "str2"), ==, "b c");
    g_assert_cmpuint(qemu_opt_get_number(opts, "number1", 0), ==, 7);
    g_assert_null(qemu_opt_get(opts, "str3"));
    g_assert_null(qemu_opts_id(opts));
    g_assert_cmpuint(count_opt(opts), ==, 3);
    g_assert_true(qemu_opts_find(&opts_list_01, NULL) == opts);
    reset_lists();
}

static void test_parse_empty(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_01, "", false, &error_abort);
    g_assert_nonnull(opts);
    g_assert_cmpuint(count_opt(opts), ==, 0);

    /* an empty value is a value */
    opts = qemu_opts_parse(&opts_list_01, "str1=", false, &error_abort);
    g_assert_cmpstr(qemu_opt_get(opts, "str1"), ==, "");
    reset_lists();
}

static void test_parse_comma_escape(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_01,
                           "str1=a,,b,str2=,,,str3=c,,,,d,,", false,
                           &error_abort);
    g_assert_cmpstr(qemu_opt_get(opts, "str1"), ==, "a,b");
    g_assert_cmpstr(qemu_opt_get(opts, "str2"), ==, ",");
    g_assert_cmpstr(qemu_opt_get(opts, "str3"), ==, "c,,d,");
    reset_lists();
}

static void test_parse_equals_in_value(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_01, "str1=a=b,str2==", false,
                           &error_abort);
    g_assert_cmpstr(qemu_opt_get(opts, "str1"), ==, "a=b");
    g_assert_cmpstr(qemu_opt_get(opts, "str2"), ==, "=");
    reset_lists();
}

static void test_parse_trailing_comma(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_01, "str1=a,", false, &error_abort);
    g_assert_cmpstr(qemu_opt_get(opts, "str1"), ==, "a");
    g_assert_cmpuint(count_opt(opts), ==, 1);
    reset_lists();
}

static void test_parse_implied(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_03, "an,,val,x=y", true, &error_abort);
    g_assert_cmpstr(qemu_opt_get(opts, "implied"), ==, "an,val");
    g_assert_cmpstr(qemu_opt_get(opts, "x"), ==, "y");
    g_assert_cmpuint(count_opt(opts), ==, 2);

    /* only the first element can be implied */
    opts = qemu_opts_parse(&opts_list_03, "x=y,an", true, &error_abort);
    g_assert_null(qemu_opt_get(opts, "implied"));
    g_assert_cmpstr(qemu_opt_get(opts, "an"), ==, "on");

    /* "help" as the implied value is a value, not a request */
    opts = qemu_opts_parse(&opts_list_03, "help", true, &error_abort);
    g_assert_cmpstr(qemu_opt_get(opts, "implied"), ==, "help");
    reset_lists();
}

static void test_parse_implied_off(void)
{
    QemuOpts *opts;

    /* without permit_abbrev the first element is a flag */
    opts = qemu_opts_parse(&opts_list_03, "an,x=y", false, &error_abort);
    g_assert_null(qemu_opt_get(opts, "implied"));
    g_assert_cmpstr(qemu_opt_get(opts, "an"), ==, "on");
    reset_lists();
}

static void test_parse_flags(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_03, "flag,noflag2,no", false,
                           &error_abort);
    g_assert_cmpstr(qemu_opt_get(opts, "flag"), ==, "on");
    g_assert_cmpstr(qemu_opt_get(opts, "flag2"), ==, "off");
    g_assert_cmpstr(qemu_opt_get(opts, ""), ==, "off");

    opts = qemu_opts_parse(&opts_list_02, "bool1,nobool2", false,
                           &error_abort);
    g_assert_true(qemu_opt_get_bool(opts, "bool1", false));
    g_assert_false(qemu_opt_get_bool(opts, "bool2", true));
    reset_lists();
}

/* qemu_opts_parse never warns about short-form booleans. */
static void test_parse_flags_quiet(void)
{
    if (g_test_subprocess()) {
        g_assert_nonnull(qemu_opts_parse(&opts_list_03, "a,nob", false,
                                         &error_abort));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("");
}

static void test_parse_id(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_01, "str1=a,id=my-id.1_x", false,
                           &error_abort);
    g_assert_cmpstr(qemu_opts_id(opts), ==, "my-id.1_x");
    g_assert_null(qemu_opt_find(opts, "id"));
    g_assert_cmpuint(count_opt(opts), ==, 1);
    g_assert_true(qemu_opts_find(&opts_list_01, "my-id.1_x") == opts);
    g_assert_null(qemu_opts_find(&opts_list_01, "other"));
    g_assert_null(qemu_opts_find(&opts_list_01, NULL));

    /* the first id= counts */
    opts = qemu_opts_parse(&opts_list_01, "id=a,id=b", false, &error_abort);
    g_assert_cmpstr(qemu_opts_id(opts), ==, "a");
    reset_lists();
}

static void test_parse_id_invalid(void)
{
    assert_parse_error(&opts_list_01, "id=1a", false,
                       "Parameter 'id' expects an identifier");
    assert_parse_error(&opts_list_01, "id=a b", false,
                       "Parameter 'id' expects an identifier");
    assert_parse_error(&opts_list_01, "id=", false,
                       "Parameter 'id' expects an identifier");
}

/* The identifier error carries QEMU's hint. */
static void test_parse_id_invalid_hint(void)
{
    if (g_test_subprocess()) {
        Error *err = NULL;

        qemu_opts_parse(&opts_list_01, "id=_x", false, &err);
        error_report_err(err);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(
        PROG ": Parameter 'id' expects an identifier\n"
        "Identifiers consist of letters, digits, '-', '.', '_', starting "
        "with a letter.\n");
}

static void test_parse_id_duplicate(void)
{
    qemu_opts_parse(&opts_list_01, "id=dup", false, &error_abort);
    assert_parse_error(&opts_list_01, "id=dup,str1=x", false,
                       "Duplicate ID 'dup' for opts_list_01");
    g_assert_cmpuint(count_opts(&opts_list_01), ==, 1);
    reset_lists();
}

static void test_parse_merge(void)
{
    QemuOpts *a, *b;

    a = qemu_opts_parse(&opts_list_04, "str3=1", false, &error_abort);
    b = qemu_opts_parse(&opts_list_04, "str4=2,str3=3", false, &error_abort);
    g_assert_true(a == b);
    g_assert_cmpuint(count_opts(&opts_list_04), ==, 1);
    g_assert_cmpstr(qemu_opt_get(a, "str3"), ==, "3");
    g_assert_cmpstr(qemu_opt_get(a, "str4"), ==, "2");

    assert_parse_error(&opts_list_04, "id=x", false,
                       "Invalid parameter 'id'");
    reset_lists();
}

static void test_parse_unknown(void)
{
    assert_parse_error(&opts_list_01, "str1=a,foo=b", false,
                       "Invalid parameter 'foo'");
    assert_parse_error(&opts_list_01, "foo", false,
                       "Invalid parameter 'foo'");
    assert_parse_error(&opts_list_01, "nofoo", false,
                       "Invalid parameter 'foo'");
    /* without the help machinery, "help" is just an unknown key */
    assert_parse_error(&opts_list_01, "help", false,
                       "Invalid parameter 'help'");
}

static void test_parse_number(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_01,
                           "number1=42,number2=0x10", false, &error_abort);
    g_assert_cmpuint(qemu_opt_get_number(opts, "number1", 0), ==, 42);
    g_assert_cmpuint(qemu_opt_get_number(opts, "number2", 0), ==, 16);
    qemu_opts_del(opts);

    opts = qemu_opts_parse(&opts_list_01,
                           "number1=18446744073709551615,number2=010",
                           false, &error_abort);
    g_assert_cmpuint(qemu_opt_get_number(opts, "number1", 0), ==,
                     UINT64_MAX);
    g_assert_cmpuint(qemu_opt_get_number(opts, "number2", 0), ==, 8);
    reset_lists();
}

static void test_parse_number_invalid(void)
{
    assert_parse_error(&opts_list_01, "number1=abc", false,
                       "Parameter 'number1' expects a number");
    assert_parse_error(&opts_list_01, "number1=", false,
                       "Parameter 'number1' expects a number");
    assert_parse_error(&opts_list_01, "number1=1x", false,
                       "Parameter 'number1' expects a number");
    assert_parse_error(&opts_list_01, "number1=18446744073709551616", false,
                       "Value '18446744073709551616' is too large for "
                       "parameter 'number1'");
}

static void test_parse_size(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_02, "size1=1k,size2=16", false,
                           &error_abort);
    g_assert_cmpuint(qemu_opt_get_size(opts, "size1", 0), ==, 1024);
    g_assert_cmpuint(qemu_opt_get_size(opts, "size2", 0), ==, 16);
    qemu_opts_del(opts);

    opts = qemu_opts_parse(&opts_list_02, "size1=1.5G,size2=2T", false,
                           &error_abort);
    g_assert_cmpuint(qemu_opt_get_size(opts, "size1", 0), ==,
                     3 * GiB / 2);
    g_assert_cmpuint(qemu_opt_get_size(opts, "size2", 0), ==, 2 * TiB);
    reset_lists();
}

static void test_parse_size_invalid(void)
{
    const char *msg = "Parameter 'size1' expects a non-negative number "
                      "below 2^64";

    assert_parse_error(&opts_list_02, "size1=1Q", false, msg);
    assert_parse_error(&opts_list_02, "size1=", false, msg);
    assert_parse_error(&opts_list_02, "size1=16E", false,
                       "Value '16E' is out of range for parameter 'size1'");
    /* QEMU 8.2 counts a negative size as out of range */
    assert_parse_error(&opts_list_02, "size1=-1", false,
                       "Value '-1' is out of range for parameter 'size1'");
}

static void test_parse_size_invalid_hint(void)
{
    if (g_test_subprocess()) {
        Error *err = NULL;

        qemu_opts_parse(&opts_list_02, "size1=x", false, &err);
        error_report_err(err);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(
        PROG ": Parameter 'size1' expects a non-negative number below 2^64\n"
        "Optional suffix k, M, G, T, P or E means kilo-, mega-, giga-, "
        "tera-, peta-\nand exabytes, respectively.\n");
}

static void test_parse_bool(void)
{
    static const struct {
        const char *text;
        bool value;
    } cases[] = {
        { "on", true }, { "yes", true }, { "true", true }, { "y", true },
        { "off", false }, { "no", false }, { "false", false }, { "n", false },
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(cases); i++) {
        g_autofree char *params = g_strdup_printf("bool1=%s", cases[i].text);
        QemuOpts *opts = qemu_opts_parse(&opts_list_02, params, false,
                                         &error_abort);

        g_assert_cmpint(qemu_opt_get_bool(opts, "bool1", !cases[i].value),
                        ==, cases[i].value);
        qemu_opts_del(opts);
    }
}

static void test_parse_bool_invalid(void)
{
    assert_parse_error(&opts_list_02, "bool1=maybe", false,
                       "Parameter 'bool1' expects 'on' or 'off'");
    assert_parse_error(&opts_list_02, "bool1=", false,
                       "Parameter 'bool1' expects 'on' or 'off'");
}

static void test_parse_any_keeps_strings(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_03, "a=1,b=zz,help", false,
                           &error_abort);
    g_assert_cmpstr(qemu_opt_get(opts, "a"), ==, "1");
    g_assert_null(qemu_opt_find(opts, "a")->desc);
    g_assert_cmpstr(qemu_opt_get(opts, "help"), ==, "on");
    g_assert_true(qemu_opt_has_help_opt(opts));
    reset_lists();
}

static void test_do_parse(void)
{
    Error *err = NULL;
    QemuOpts *opts;

    opts = qemu_opts_create(&opts_list_02, NULL, 0, &error_abort);
    g_assert_true(qemu_opts_do_parse(opts, "x,,y,bool1=on,id=z", "str1",
                                     &error_abort));
    g_assert_cmpstr(qemu_opt_get(opts, "str1"), ==, "x,y");
    g_assert_true(qemu_opt_get_bool(opts, "bool1", false));
    g_assert_null(qemu_opts_id(opts));

    /* options parsed before the error stay */
    g_assert_false(qemu_opts_do_parse(opts, "size1=1k,bool1=bad", NULL,
                                      &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'bool1' expects 'on' or 'off'");
    error_free(err);
    g_assert_cmpuint(qemu_opt_get_size(opts, "size1", 0), ==, 1024);
    reset_lists();
}

static void test_get_opt_value(void)
{
    char *value;
    const char *p = "a,,b,c";
    const char *end;

    end = get_opt_value(p, &value);
    g_assert_cmpstr(value, ==, "a,b");
    g_assert_true(end == p + 4);
    g_free(value);

    end = get_opt_value("", &value);
    g_assert_cmpstr(value, ==, "");
    g_assert_cmpint(*end, ==, '\0');
    g_free(value);
}

static void test_has_help_option(void)
{
    g_assert_true(has_help_option("help"));
    g_assert_true(has_help_option("?"));
    g_assert_true(has_help_option("a=b,help"));
    g_assert_true(has_help_option("a=b,?,c=d"));
    g_assert_false(has_help_option(""));
    g_assert_false(has_help_option("a=help"));
    g_assert_false(has_help_option("help=on"));
    g_assert_false(has_help_option("nohelp"));
    g_assert_true(is_help_option("help"));
    g_assert_true(is_help_option("?"));
    g_assert_false(is_help_option("Help"));
}

/* Parsing for the command line */

static void test_noisily_ok(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse_noisily(&opts_list_02, "abc,bool1=on", true);
    g_assert_nonnull(opts);
    g_assert_cmpstr(qemu_opt_get(opts, "str1"), ==, "abc");
    reset_lists();
}

static void test_noisily_error(void)
{
    if (g_test_subprocess()) {
        g_assert_null(qemu_opts_parse_noisily(&opts_list_01, "str1=a,foo=b",
                                              false));
        g_assert_cmpuint(count_opts(&opts_list_01), ==, 0);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("");
    g_test_trap_assert_stderr(PROG ": Invalid parameter 'foo'\n");
}

static void test_noisily_error_location(void)
{
    if (g_test_subprocess()) {
        char *argv[] = { (char *)"-rtc", (char *)"bool1=x", NULL };

        loc_set_cmdline(argv, 0, 2);
        g_assert_null(qemu_opts_parse_noisily(&opts_list_02, argv[1],
                                              false));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(PROG ": -rtc bool1=x: Parameter 'bool1' "
                              "expects 'on' or 'off'\n");
}

static void test_noisily_short_form(void)
{
    if (g_test_subprocess()) {
        QemuOpts *opts = qemu_opts_parse_noisily(&opts_list_03,
                                                 "a=1,flag,noother", false);

        g_assert_cmpstr(qemu_opt_get(opts, "flag"), ==, "on");
        g_assert_cmpstr(qemu_opt_get(opts, "other"), ==, "off");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(
        PROG ": warning: short-form boolean option 'flag' deprecated\n"
        "Please use flag=on instead\n"
        PROG ": warning: short-form boolean option 'noother' deprecated\n"
        "Please use other=off instead\n");
}

static void test_noisily_nodelay(void)
{
    if (g_test_subprocess()) {
        qemu_opts_parse_noisily(&opts_list_03, "nodelay", false);
        qemu_opts_parse_noisily(&opts_list_03, "delay", false);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(
        PROG ": warning: short-form boolean option 'nodelay' deprecated\n"
        "Please use nodelay=on instead\n"
        PROG ": warning: short-form boolean option 'delay' deprecated\n"
        "Please use nodelay=off instead\n");
}

static void test_noisily_help(void)
{
    if (g_test_subprocess()) {
        g_assert_null(qemu_opts_parse_noisily(&opts_list_01,
                                              "str1=a,help,str2=b", false));
        g_assert_null(qemu_opts_parse_noisily(&opts_list_01, "?", false));
        g_assert_cmpuint(count_opts(&opts_list_01), ==, 0);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr("");
    g_test_trap_assert_stdout(
        "opts_list_01 options:\n"
        "  number1=<num>          - having help\n"
        "  number2=<num>\n"
        "  str1=<str>             - help str1\n"
        "  str2=<str>\n"
        "  str3=<str>\n"
        "opts_list_01 options:\n"
        "  number1=<num>          - having help\n"
        "  number2=<num>\n"
        "  str1=<str>             - help str1\n"
        "  str2=<str>\n"
        "  str3=<str>\n");
}

/* A list accepting any key takes "help" as a key, silently. */
static void test_noisily_help_any(void)
{
    if (g_test_subprocess()) {
        QemuOpts *opts = qemu_opts_parse_noisily(&opts_list_03, "a=b,help",
                                                 false);

        g_assert_cmpstr(qemu_opt_get(opts, "help"), ==, "on");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("");
    g_test_trap_assert_stderr("");
}

/* Getters */

static void test_get_last_wins(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_01, "str1=a,str2=x,str1=b", false,
                           &error_abort);
    g_assert_cmpstr(qemu_opt_get(opts, "str1"), ==, "b");
    g_assert_true(qemu_opt_find(opts, "str1") == opts->last);
    g_assert_null(qemu_opt_find(opts, "str3"));
    reset_lists();
}

static void test_get_defaults(void)
{
    QemuOpts *opts;

    opts = qemu_opts_create(&opts_list_02, NULL, 0, &error_abort);
    g_assert_cmpstr(qemu_opt_get(opts, "str2"), ==, "dflt");
    g_assert_null(qemu_opt_get(opts, "str1"));
    g_assert_null(qemu_opt_get(opts, "nosuch"));
    g_assert_true(qemu_opt_get_bool(opts, "bool2", false));
    g_assert_true(qemu_opt_get_bool(opts, "bool1", true));
    g_assert_false(qemu_opt_get_bool(opts, "bool1", false));
    g_assert_cmpuint(qemu_opt_get_number(opts, "number2", 5), ==, 32);
    g_assert_cmpuint(qemu_opt_get_number(opts, "number1", 5), ==, 5);
    g_assert_cmpuint(qemu_opt_get_size(opts, "size2", 5), ==, 2048);
    g_assert_cmpuint(qemu_opt_get_size(opts, "size1", 5), ==, 5);
    reset_lists();
}

static void test_get_null_opts(void)
{
    g_assert_null(qemu_opt_get(NULL, "x"));
    g_assert_null(qemu_opt_get_del(NULL, "x"));
    g_assert_true(qemu_opt_get_bool(NULL, "x", true));
    g_assert_true(qemu_opt_get_bool_del(NULL, "x", true));
    g_assert_cmpuint(qemu_opt_get_number(NULL, "x", 3), ==, 3);
    g_assert_cmpuint(qemu_opt_get_number_del(NULL, "x", 3), ==, 3);
    g_assert_cmpuint(qemu_opt_get_size(NULL, "x", 4), ==, 4);
    g_assert_cmpuint(qemu_opt_get_size_del(NULL, "x", 4), ==, 4);
}

static void test_get_del(void)
{
    QemuOpts *opts;
    char *val;

    opts = qemu_opts_parse(&opts_list_02, "str1=a,str2=b,str1=c", false,
                           &error_abort);
    val = qemu_opt_get_del(opts, "str1");
    g_assert_cmpstr(val, ==, "c");
    g_free(val);
    g_assert_null(qemu_opt_find(opts, "str1"));
    g_assert_cmpuint(count_opt(opts), ==, 1);

    /* the default comes back as a copy, and nothing is removed */
    val = qemu_opt_get_del(opts, "str1");
    g_assert_null(val);
    val = qemu_opt_get_del(opts, "str2");
    g_assert_cmpstr(val, ==, "b");
    g_free(val);
    val = qemu_opt_get_del(opts, "str2");
    g_assert_cmpstr(val, ==, "dflt");
    g_free(val);
    g_assert_cmpuint(count_opt(opts), ==, 0);
    reset_lists();
}

static void test_get_typed_del(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_02,
                           "bool1=on,number1=9,size1=1M,bool1=off,str1=s",
                           false, &error_abort);
    g_assert_false(qemu_opt_get_bool_del(opts, "bool1", true));
    g_assert_null(qemu_opt_find(opts, "bool1"));
    g_assert_cmpuint(qemu_opt_get_number_del(opts, "number1", 0), ==, 9);
    g_assert_null(qemu_opt_find(opts, "number1"));
    g_assert_cmpuint(qemu_opt_get_size_del(opts, "size1", 0), ==, MiB);
    g_assert_null(qemu_opt_find(opts, "size1"));
    g_assert_cmpuint(count_opt(opts), ==, 1);

    /* defaults through the _del variants */
    g_assert_true(qemu_opt_get_bool_del(opts, "bool2", false));
    g_assert_cmpuint(qemu_opt_get_number_del(opts, "number2", 0), ==, 32);
    g_assert_cmpuint(qemu_opt_get_size_del(opts, "size2", 0), ==, 2048);
    reset_lists();
}

/* A typed getter on an option of another type is our bug. */
static void test_get_wrong_type(void)
{
    if (g_test_subprocess()) {
        QemuOpts *opts = qemu_opts_parse(&opts_list_02, "str1=a", false,
                                         &error_abort);

        qemu_opt_get_bool(opts, "str1", false);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
}

static void test_has_help_opt(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_03, "a=1", false, &error_abort);
    g_assert_false(qemu_opt_has_help_opt(opts));
    qemu_opt_set(opts, "?", "on", &error_abort);
    g_assert_true(qemu_opt_has_help_opt(opts));
    reset_lists();
}

static void test_iter(void)
{
    QemuOptsIter iter;
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_03, "a=1,b=2,a=3", false,
                           &error_abort);
    qemu_opt_iter_init(&iter, opts, "a");
    g_assert_cmpstr(qemu_opt_iter_next(&iter), ==, "1");
    g_assert_cmpstr(qemu_opt_iter_next(&iter), ==, "3");
    g_assert_null(qemu_opt_iter_next(&iter));
    g_assert_null(qemu_opt_iter_next(&iter));

    qemu_opt_iter_init(&iter, opts, NULL);
    g_assert_cmpstr(qemu_opt_iter_next(&iter), ==, "1");
    g_assert_cmpstr(qemu_opt_iter_next(&iter), ==, "2");
    g_assert_cmpstr(qemu_opt_iter_next(&iter), ==, "3");
    g_assert_null(qemu_opt_iter_next(&iter));

    qemu_opt_iter_init(&iter, opts, "c");
    g_assert_null(qemu_opt_iter_next(&iter));
    reset_lists();
}

/* Setters */

static void test_set(void)
{
    Error *err = NULL;
    QemuOpts *opts;

    opts = qemu_opts_create(&opts_list_02, NULL, 0, &error_abort);
    g_assert_true(qemu_opt_set(opts, "size1", "4k", &error_abort));
    g_assert_cmpuint(qemu_opt_get_size(opts, "size1", 0), ==, 4096);
    g_assert_cmpstr(qemu_opt_get(opts, "size1"), ==, "4k");

    g_assert_false(qemu_opt_set(opts, "nosuch", "1", &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "Invalid parameter 'nosuch'");
    error_free(err);
    err = NULL;

    g_assert_false(qemu_opt_set(opts, "number1", "x", &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'number1' expects a number");
    error_free(err);
    g_assert_cmpuint(count_opt(opts), ==, 1);
    reset_lists();
}

static void test_set_bool(void)
{
    Error *err = NULL;
    QemuOpts *opts;

    opts = qemu_opts_create(&opts_list_02, NULL, 0, &error_abort);
    g_assert_true(qemu_opt_set_bool(opts, "bool1", true, &error_abort));
    g_assert_true(qemu_opt_get_bool(opts, "bool1", false));
    g_assert_cmpstr(qemu_opt_get(opts, "bool1"), ==, "on");
    g_assert_true(qemu_opt_set_bool(opts, "bool1", false, &error_abort));
    g_assert_false(qemu_opt_get_bool(opts, "bool1", true));
    g_assert_cmpstr(qemu_opt_get(opts, "bool1"), ==, "off");

    g_assert_false(qemu_opt_set_bool(opts, "nosuch", true, &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "Invalid parameter 'nosuch'");
    error_free(err);

    /* any key is fine for a list without a description */
    opts = qemu_opts_create(&opts_list_03, NULL, 0, &error_abort);
    g_assert_true(qemu_opt_set_bool(opts, "whatever", true, &error_abort));
    g_assert_cmpstr(qemu_opt_get(opts, "whatever"), ==, "on");
    reset_lists();
}

static void test_set_number(void)
{
    Error *err = NULL;
    QemuOpts *opts;

    opts = qemu_opts_create(&opts_list_02, NULL, 0, &error_abort);
    g_assert_true(qemu_opt_set_number(opts, "number1", 123, &error_abort));
    g_assert_cmpuint(qemu_opt_get_number(opts, "number1", 0), ==, 123);
    g_assert_cmpstr(qemu_opt_get(opts, "number1"), ==, "123");
    g_assert_true(qemu_opt_set_number(opts, "number1", -5, &error_abort));
    g_assert_cmpstr(qemu_opt_get(opts, "number1"), ==, "-5");

    g_assert_false(qemu_opt_set_number(opts, "nosuch", 1, &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "Invalid parameter 'nosuch'");
    error_free(err);
    reset_lists();
}

static void test_unset(void)
{
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_03, "a=1,b=2,a=3", false,
                           &error_abort);
    g_assert_cmpint(qemu_opt_unset(opts, "a"), ==, 0);
    g_assert_cmpstr(qemu_opt_get(opts, "a"), ==, "1");
    g_assert_cmpint(qemu_opt_unset(opts, "a"), ==, 0);
    g_assert_null(qemu_opt_get(opts, "a"));
    g_assert_cmpint(qemu_opt_unset(opts, "a"), ==, -1);
    g_assert_cmpuint(count_opt(opts), ==, 1);
    reset_lists();
}

/* QemuOpts */

static void test_create(void)
{
    Error *err = NULL;
    QemuOpts *a, *b;

    a = qemu_opts_create(&opts_list_01, "a1", 1, &error_abort);
    g_assert_cmpstr(qemu_opts_id(a), ==, "a1");
    g_assert_true(qemu_opts_find(&opts_list_01, "a1") == a);
    g_assert_true(a->list == &opts_list_01);

    /* without fail_if_exists the existing one comes back */
    b = qemu_opts_create(&opts_list_01, "a1", 0, &error_abort);
    g_assert_true(a == b);

    g_assert_null(qemu_opts_create(&opts_list_01, "a1", 1, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Duplicate ID 'a1' for opts_list_01");
    error_free(err);
    err = NULL;

    /* several QemuOpts without id may coexist */
    a = qemu_opts_create(&opts_list_01, NULL, 1, &error_abort);
    b = qemu_opts_create(&opts_list_01, NULL, 1, &error_abort);
    g_assert_true(a != b);
    g_assert_cmpuint(count_opts(&opts_list_01), ==, 3);

    g_assert_null(qemu_opts_create(&opts_list_01, "9", 0, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'id' expects an identifier");
    error_free(err);
    reset_lists();
}

static void test_create_merge(void)
{
    Error *err = NULL;
    QemuOpts *a, *b;

    a = qemu_opts_create(&opts_list_04, NULL, 1, &error_abort);
    b = qemu_opts_create(&opts_list_04, NULL, 1, &error_abort);
    g_assert_true(a == b);
    g_assert_null(qemu_opts_create(&opts_list_04, "x", 0, &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "Invalid parameter 'id'");
    error_free(err);
    reset_lists();
}

static void test_set_id(void)
{
    QemuOpts *opts;

    opts = qemu_opts_create(&opts_list_01, "old", 1, &error_abort);
    qemu_opts_set_id(opts, g_strdup("new"));
    g_assert_cmpstr(qemu_opts_id(opts), ==, "new");
    g_assert_true(qemu_opts_find(&opts_list_01, "new") == opts);
    g_assert_null(qemu_opts_find(&opts_list_01, "old"));
    qemu_opts_set_id(opts, NULL);
    g_assert_null(qemu_opts_id(opts));
    reset_lists();
}

static void test_del(void)
{
    QemuOpts *a, *b, *c;

    a = qemu_opts_parse(&opts_list_01, "id=a,str1=x", false, &error_abort);
    b = qemu_opts_parse(&opts_list_01, "id=b,str1=y", false, &error_abort);
    c = qemu_opts_parse(&opts_list_01, "id=c,str1=z", false, &error_abort);

    qemu_opts_del(b);       /* middle */
    g_assert_true(a->next == c && c->prev == a);
    qemu_opts_del(a);       /* first */
    g_assert_true(opts_list_01.head.first == c);
    qemu_opts_del(c);       /* last */
    g_assert_null(opts_list_01.head.first);
    g_assert_null(opts_list_01.head.last);
    qemu_opts_del(NULL);
}

static void test_autoptr(void)
{
    {
        g_autoptr(QemuOpts) opts = qemu_opts_parse(&opts_list_01, "str1=a",
                                                   false, &error_abort);

        g_assert_cmpuint(count_opts(&opts_list_01), ==, 1);
        g_assert_nonnull(opts);
    }
    g_assert_cmpuint(count_opts(&opts_list_01), ==, 0);
}

static void test_reset(void)
{
    qemu_opts_parse(&opts_list_01, "str1=a", false, &error_abort);
    qemu_opts_parse(&opts_list_01, "id=x,str2=a", false, &error_abort);
    g_assert_cmpuint(count_opts(&opts_list_01), ==, 2);
    qemu_opts_reset(&opts_list_01);
    g_assert_cmpuint(count_opts(&opts_list_01), ==, 0);
    qemu_opts_reset(&opts_list_01);
}

static void test_validate(void)
{
    static const QemuOptDesc desc[] = {
        { .name = "n", .type = QEMU_OPT_NUMBER },
        { .name = "b", .type = QEMU_OPT_BOOL },
        { .name = "s", .type = QEMU_OPT_STRING },
        { }
    };
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_03, "n=0x10,b=yes,s=str", false,
                           &error_abort);
    g_assert_true(qemu_opts_validate(opts, desc, &error_abort));
    g_assert_cmpuint(qemu_opt_get_number(opts, "n", 0), ==, 16);
    g_assert_true(qemu_opt_get_bool(opts, "b", false));
    g_assert_true(qemu_opt_find(opts, "s")->desc == &desc[2]);
    reset_lists();
}

static void test_validate_errors(void)
{
    static const QemuOptDesc desc[] = {
        { .name = "n", .type = QEMU_OPT_NUMBER },
        { }
    };
    Error *err = NULL;
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_03, "n=1,x=2", false, &error_abort);
    g_assert_false(qemu_opts_validate(opts, desc, &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "Invalid parameter 'x'");
    error_free(err);
    err = NULL;

    opts = qemu_opts_parse(&opts_list_03, "n=z", false, &error_abort);
    g_assert_false(qemu_opts_validate(opts, desc, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'n' expects a number");
    error_free(err);
    reset_lists();
}

/* Iteration */

static int count_cb(void *opaque, QemuOpts *opts, Error **errp)
{
    (*(int *)opaque)++;
    return 0;
}

static int stop_at_b_cb(void *opaque, QemuOpts *opts, Error **errp)
{
    (*(int *)opaque)++;
    if (g_strcmp0(qemu_opts_id(opts), "b") == 0) {
        error_setg(errp, "stopped at %s", qemu_opts_id(opts));
        return -7;
    }
    return 0;
}

static int delete_cb(void *opaque, QemuOpts *opts, Error **errp)
{
    qemu_opts_del(opts);
    return 0;
}

static void test_foreach(void)
{
    Error *err = NULL;
    int n = 0;

    qemu_opts_parse(&opts_list_01, "id=a", false, &error_abort);
    qemu_opts_parse(&opts_list_01, "id=b", false, &error_abort);
    qemu_opts_parse(&opts_list_01, "id=c", false, &error_abort);

    g_assert_cmpint(qemu_opts_foreach(&opts_list_01, count_cb, &n, NULL),
                    ==, 0);
    g_assert_cmpint(n, ==, 3);

    n = 0;
    g_assert_cmpint(qemu_opts_foreach(&opts_list_01, stop_at_b_cb, &n,
                                      &err), ==, -7);
    g_assert_cmpint(n, ==, 2);
    g_assert_cmpstr(error_get_pretty(err), ==, "stopped at b");
    error_free(err);

    /* the callback may delete what it is given */
    g_assert_cmpint(qemu_opts_foreach(&opts_list_01, delete_cb, NULL, NULL),
                    ==, 0);
    g_assert_cmpuint(count_opts(&opts_list_01), ==, 0);
}

static int report_cb(void *opaque, QemuOpts *opts, Error **errp)
{
    error_report("in %s", qemu_opts_id(opts));
    return 0;
}

/* Each callback runs with its QemuOpts' creation Location. */
static void test_foreach_location(void)
{
    if (g_test_subprocess()) {
        char *argv[] = { (char *)"-x", (char *)"id=a", (char *)"-y",
                         (char *)"id=b", NULL };

        loc_set_cmdline(argv, 0, 2);
        qemu_opts_parse(&opts_list_01, argv[1], false, &error_abort);
        loc_set_cmdline(argv, 2, 2);
        qemu_opts_parse(&opts_list_01, argv[3], false, &error_abort);
        loc_set_none();
        qemu_opts_foreach(&opts_list_01, report_cb, NULL, NULL);
        error_report("after");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(PROG ": -x id=a: in a\n"
                              PROG ": -y id=b: in b\n"
                              PROG ": after\n");
}

static void test_loc_restore(void)
{
    if (g_test_subprocess()) {
        char *argv[] = { (char *)"-x", (char *)"id=a", NULL };
        QemuOpts *opts;

        loc_set_cmdline(argv, 0, 2);
        opts = qemu_opts_parse(&opts_list_01, argv[1], false, &error_abort);
        loc_set_none();
        error_report("none");
        qemu_opts_loc_restore(opts);
        error_report("restored");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(PROG ": none\n" PROG ": -x id=a: restored\n");
}

static int collect_opt_cb(void *opaque, const char *name, const char *value,
                          Error **errp)
{
    GString *s = opaque;

    g_string_append_printf(s, "%s=%s;", name, value);
    if (strcmp(name, "stop") == 0) {
        error_setg(errp, "stop here");
        return 3;
    }
    return 0;
}

static void test_opt_foreach(void)
{
    g_autoptr(GString) s = g_string_new(NULL);
    Error *err = NULL;
    QemuOpts *opts;

    opts = qemu_opts_parse(&opts_list_03, "a=1,b=2,a=3", false,
                           &error_abort);
    g_assert_cmpint(qemu_opt_foreach(opts, collect_opt_cb, s, &error_abort),
                    ==, 0);
    g_assert_cmpstr(s->str, ==, "a=1;b=2;a=3;");

    g_string_truncate(s, 0);
    qemu_opt_set(opts, "stop", "x", &error_abort);
    qemu_opt_set(opts, "after", "y", &error_abort);
    g_assert_cmpint(qemu_opt_foreach(opts, collect_opt_cb, s, &err), ==, 3);
    g_assert_cmpstr(s->str, ==, "a=1;b=2;a=3;stop=x;");
    g_assert_cmpstr(error_get_pretty(err), ==, "stop here");
    error_free(err);
    reset_lists();
}

/* QDict conversion */

static void test_to_qdict(void)
{
    QemuOpts *opts;
    QDict *dict;

    opts = qemu_opts_parse(&opts_list_01, "id=i,str1=a,number1=5,str1=b",
                           false, &error_abort);
    dict = qemu_opts_to_qdict(opts, NULL);
    g_assert_cmpuint(qdict_size(dict), ==, 3);
    g_assert_cmpstr(qdict_get_str(dict, "id"), ==, "i");
    g_assert_cmpstr(qdict_get_str(dict, "str1"), ==, "b");
    g_assert_cmpstr(qdict_get_str(dict, "number1"), ==, "5");
    g_assert_cmpuint(count_opt(opts), ==, 3);

    /* into an existing dict */
    qdict_put_str(dict, "other", "o");
    qemu_opts_to_qdict(opts, dict);
    g_assert_cmpstr(qdict_get_str(dict, "other"), ==, "o");
    qobject_unref(dict);
    reset_lists();
}

static void test_to_qdict_filtered(void)
{
    QemuOpts *opts;
    QDict *dict;

    opts = qemu_opts_parse(&opts_list_03, "str1=a,zz=1,number1=5", false,
                           &error_abort);
    dict = qemu_opts_to_qdict_filtered(opts, NULL, &opts_list_01, false);
    g_assert_cmpuint(qdict_size(dict), ==, 2);
    g_assert_false(qdict_haskey(dict, "zz"));
    g_assert_cmpuint(count_opt(opts), ==, 3);
    qobject_unref(dict);

    dict = qemu_opts_to_qdict_filtered(opts, NULL, &opts_list_01, true);
    g_assert_cmpuint(qdict_size(dict), ==, 2);
    g_assert_cmpuint(count_opt(opts), ==, 1);
    g_assert_cmpstr(qemu_opt_get(opts, "zz"), ==, "1");
    qobject_unref(dict);

    /* without a filter, del empties the QemuOpts */
    dict = qemu_opts_to_qdict_filtered(opts, NULL, NULL, true);
    g_assert_cmpuint(qdict_size(dict), ==, 1);
    g_assert_cmpuint(count_opt(opts), ==, 0);
    qobject_unref(dict);
    reset_lists();
}

static void test_from_qdict(void)
{
    g_autoptr(QDict) dict = qdict_new();
    QemuOpts *opts;

    qdict_put_str(dict, "id", "dev0");
    qdict_put_str(dict, "str1", "s");
    qdict_put_int(dict, "number1", 77);
    qdict_put_bool(dict, "bool1", true);
    qdict_put_bool(dict, "bool2", false);
    qdict_put_int(dict, "size1", 4096);
    qdict_put(dict, "ignored", qlist_new());

    opts = qemu_opts_from_qdict(&opts_list_02, dict, &error_abort);
    g_assert_cmpstr(qemu_opts_id(opts), ==, "dev0");
    g_assert_cmpstr(qemu_opt_get(opts, "str1"), ==, "s");
    g_assert_cmpuint(qemu_opt_get_number(opts, "number1", 0), ==, 77);
    g_assert_true(qemu_opt_get_bool(opts, "bool1", false));
    g_assert_cmpstr(qemu_opt_get(opts, "bool2"), ==, "off");
    g_assert_cmpuint(qemu_opt_get_size(opts, "size1", 0), ==, 4096);
    g_assert_null(qemu_opt_find(opts, "id"));
    g_assert_null(qemu_opt_find(opts, "ignored"));
    g_assert_cmpuint(count_opt(opts), ==, 5);
    reset_lists();
}

static void test_from_qdict_errors(void)
{
    g_autoptr(QDict) bad_key = qdict_new();
    g_autoptr(QDict) bad_id = qdict_new();
    g_autoptr(QDict) bad_value = qdict_new();
    Error *err = NULL;

    qdict_put_str(bad_key, "str1", "a");
    qdict_put_str(bad_key, "nosuch", "a");
    g_assert_null(qemu_opts_from_qdict(&opts_list_02, bad_key, &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "Invalid parameter 'nosuch'");
    error_free(err);
    err = NULL;
    g_assert_cmpuint(count_opts(&opts_list_02), ==, 0);

    qdict_put_str(bad_id, "id", "0bad");
    g_assert_null(qemu_opts_from_qdict(&opts_list_02, bad_id, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'id' expects an identifier");
    error_free(err);
    err = NULL;

    qdict_put_str(bad_value, "size1", "huge");
    g_assert_null(qemu_opts_from_qdict(&opts_list_02, bad_value, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'size1' expects a non-negative number "
                    "below 2^64");
    error_free(err);
    g_assert_cmpuint(count_opts(&opts_list_02), ==, 0);
}

static void test_absorb_qdict(void)
{
    g_autoptr(QDict) dict = qdict_new();
    QemuOpts *opts;

    qdict_put_str(dict, "str1", "a");
    qdict_put_str(dict, "unknown", "u");
    qdict_put_int(dict, "number1", 3);
    qdict_put_str(dict, "id", "x");

    opts = qemu_opts_create(&opts_list_02, NULL, 0, &error_abort);
    g_assert_true(qemu_opts_absorb_qdict(opts, dict, &error_abort));
    g_assert_cmpstr(qemu_opt_get(opts, "str1"), ==, "a");
    g_assert_cmpuint(qemu_opt_get_number(opts, "number1", 0), ==, 3);
    g_assert_cmpuint(qdict_size(dict), ==, 2);
    g_assert_true(qdict_haskey(dict, "unknown"));
    g_assert_true(qdict_haskey(dict, "id"));
    g_assert_null(qemu_opts_id(opts));
    reset_lists();
}

static void test_absorb_qdict_any(void)
{
    g_autoptr(QDict) dict = qdict_new();
    QemuOpts *opts;

    qdict_put_str(dict, "a", "1");
    qdict_put_bool(dict, "b", false);
    qdict_put_str(dict, "id", "keep");

    opts = qemu_opts_create(&opts_list_03, NULL, 0, &error_abort);
    g_assert_true(qemu_opts_absorb_qdict(opts, dict, &error_abort));
    g_assert_cmpstr(qemu_opt_get(opts, "b"), ==, "off");
    /* "id" is accepted but not turned into an option */
    g_assert_cmpuint(qdict_size(dict), ==, 0);
    g_assert_cmpuint(count_opt(opts), ==, 2);
    reset_lists();
}

static void test_absorb_qdict_error(void)
{
    g_autoptr(QDict) dict = qdict_new();
    Error *err = NULL;
    QemuOpts *opts;

    qdict_put_str(dict, "str1", "a");
    qdict_put_str(dict, "bool1", "perhaps");
    qdict_put_str(dict, "str2", "b");

    opts = qemu_opts_create(&opts_list_02, NULL, 0, &error_abort);
    g_assert_false(qemu_opts_absorb_qdict(opts, dict, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'bool1' expects 'on' or 'off'");
    error_free(err);
    /* entries before the bad one were taken, the rest stay */
    g_assert_false(qdict_haskey(dict, "str1"));
    g_assert_true(qdict_haskey(dict, "bool1"));
    g_assert_true(qdict_haskey(dict, "str2"));
    reset_lists();
}

/* Printing */

static void test_print_any(void)
{
    if (g_test_subprocess()) {
        QemuOpts *opts = qemu_opts_parse(&opts_list_03,
                                         "id=x,a=1,,2,b=", false,
                                         &error_abort);

        qemu_opts_print(opts, ",");
        printf("|");
        opts = qemu_opts_parse(&opts_list_03, "a=1,b=2", false,
                               &error_abort);
        qemu_opts_print(opts, " ");
        printf("|");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("id=x,a=1,,2,b=|a=1 b=2|");
}

static void test_print_described(void)
{
    if (g_test_subprocess()) {
        QemuOpts *opts = qemu_opts_parse(&opts_list_02,
                                         "size1=1k,str1=a,,b,number1=0x10,"
                                         "bool1=yes", false, &error_abort);

        qemu_opts_print(opts, " ");
        printf("|");
        opts = qemu_opts_parse(&opts_list_01, "id=z", false, &error_abort);
        qemu_opts_print(opts, " ");
        printf("|");
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    /* table order; defaults as text; set numbers and sizes as numbers */
    g_test_trap_assert_stdout("str1=a,,b str2=dflt bool1=yes bool2=on "
                              "number1=16 number2=0x20 size1=1024 size2=2k|"
                              "id=z|");
}

static void test_print_help(void)
{
    if (g_test_subprocess()) {
        qemu_opts_print_help(&opts_list_02, true);
        qemu_opts_print_help(&opts_list_01, false);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout(
        "opts_list_02 options:\n"
        "  bool1=<bool (on/off)>\n"
        "  bool2=<bool (on/off)>\n"
        "  number1=<num>\n"
        "  number2=<num>\n"
        "  size1=<size>\n"
        "  size2=<size>\n"
        "  str1=<str>\n"
        "  str2=<str>\n"
        "  number1=<num>          - having help\n"
        "  number2=<num>\n"
        "  str1=<str>             - help str1\n"
        "  str2=<str>\n"
        "  str3=<str>\n");
}

static void test_print_help_long_name(void)
{
    static QemuOptsList list = {
        .name = "long",
        .desc = {
            { .name = "a-really-long-option-name", .type = QEMU_OPT_BOOL,
              .help = "text" },
            { }
        },
    };

    if (g_test_subprocess()) {
        qemu_opts_print_help(&list, true);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("long options:\n"
                              "  a-really-long-option-name=<bool (on/off)> "
                              "- text\n");
}

static void test_print_help_empty(void)
{
    if (g_test_subprocess()) {
        qemu_opts_print_help(&opts_list_03, true);
        qemu_opts_print_help(&opts_list_03, false);
        qemu_opts_print_help(&opts_list_noname_empty, true);
        qemu_opts_print_help(&opts_list_noname, true);
        qemu_opts_print_help(&opts_list_noname, false);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("There are no options for opts_list_03.\n"
                              "There are no options for opts_list_03.\n"
                              "No options available.\n"
                              "Options:\n"
                              "  x=<size>\n"
                              "  x=<size>\n");
}

/* Description tables built at run time */

static void test_append(void)
{
    QemuOptsList *list = NULL;
    QemuOpts *opts;

    g_assert_null(qemu_opts_append(NULL, NULL));
    list = qemu_opts_append(list, &opts_list_01);
    g_assert_null(list->name);
    g_assert_false(list->merge_lists);
    g_assert_cmpstr(list->desc[0].name, ==, "str1");
    g_assert_cmpstr(list->desc[4].name, ==, "number2");
    g_assert_null(list->desc[5].name);

    /* keys already present are not added twice */
    list = qemu_opts_append(list, &opts_list_02);
    g_assert_cmpstr(list->desc[5].name, ==, "bool1");
    g_assert_cmpstr(list->desc[8].name, ==, "size2");
    g_assert_null(list->desc[9].name);
    g_assert_true(qemu_opts_append(list, NULL) == list);

    opts = qemu_opts_parse(list, "str1=a,size2=1k", false, &error_abort);
    g_assert_cmpuint(qemu_opt_get_size(opts, "size2", 0), ==, 1024);
    qemu_opts_del(opts);
    qemu_opts_free(list);
}

int main(int argc, char **argv)
{
    error_init(PROG);
    g_test_init(&argc, &argv, NULL);

    g_test_add_func("/qemu-opts/parse/simple", test_parse_simple);
    g_test_add_func("/qemu-opts/parse/empty", test_parse_empty);
    g_test_add_func("/qemu-opts/parse/comma-escape", test_parse_comma_escape);
    g_test_add_func("/qemu-opts/parse/equals-in-value",
                    test_parse_equals_in_value);
    g_test_add_func("/qemu-opts/parse/trailing-comma",
                    test_parse_trailing_comma);
    g_test_add_func("/qemu-opts/parse/implied", test_parse_implied);
    g_test_add_func("/qemu-opts/parse/implied-off", test_parse_implied_off);
    g_test_add_func("/qemu-opts/parse/flags", test_parse_flags);
    g_test_add_func("/qemu-opts/parse/flags-quiet", test_parse_flags_quiet);
    g_test_add_func("/qemu-opts/parse/id", test_parse_id);
    g_test_add_func("/qemu-opts/parse/id-invalid", test_parse_id_invalid);
    g_test_add_func("/qemu-opts/parse/id-invalid-hint",
                    test_parse_id_invalid_hint);
    g_test_add_func("/qemu-opts/parse/id-duplicate", test_parse_id_duplicate);
    g_test_add_func("/qemu-opts/parse/merge", test_parse_merge);
    g_test_add_func("/qemu-opts/parse/unknown", test_parse_unknown);
    g_test_add_func("/qemu-opts/parse/number", test_parse_number);
    g_test_add_func("/qemu-opts/parse/number-invalid",
                    test_parse_number_invalid);
    g_test_add_func("/qemu-opts/parse/size", test_parse_size);
    g_test_add_func("/qemu-opts/parse/size-invalid", test_parse_size_invalid);
    g_test_add_func("/qemu-opts/parse/size-invalid-hint",
                    test_parse_size_invalid_hint);
    g_test_add_func("/qemu-opts/parse/bool", test_parse_bool);
    g_test_add_func("/qemu-opts/parse/bool-invalid", test_parse_bool_invalid);
    g_test_add_func("/qemu-opts/parse/any-keeps-strings",
                    test_parse_any_keeps_strings);
    g_test_add_func("/qemu-opts/parse/do-parse", test_do_parse);
    g_test_add_func("/qemu-opts/parse/get-opt-value", test_get_opt_value);
    g_test_add_func("/qemu-opts/parse/has-help-option", test_has_help_option);
    g_test_add_func("/qemu-opts/noisily/ok", test_noisily_ok);
    g_test_add_func("/qemu-opts/noisily/error", test_noisily_error);
    g_test_add_func("/qemu-opts/noisily/error-location",
                    test_noisily_error_location);
    g_test_add_func("/qemu-opts/noisily/short-form", test_noisily_short_form);
    g_test_add_func("/qemu-opts/noisily/nodelay", test_noisily_nodelay);
    g_test_add_func("/qemu-opts/noisily/help", test_noisily_help);
    g_test_add_func("/qemu-opts/noisily/help-any", test_noisily_help_any);
    g_test_add_func("/qemu-opts/get/last-wins", test_get_last_wins);
    g_test_add_func("/qemu-opts/get/defaults", test_get_defaults);
    g_test_add_func("/qemu-opts/get/null-opts", test_get_null_opts);
    g_test_add_func("/qemu-opts/get/del", test_get_del);
    g_test_add_func("/qemu-opts/get/typed-del", test_get_typed_del);
    g_test_add_func("/qemu-opts/get/wrong-type", test_get_wrong_type);
    g_test_add_func("/qemu-opts/get/has-help-opt", test_has_help_opt);
    g_test_add_func("/qemu-opts/get/iter", test_iter);
    g_test_add_func("/qemu-opts/set/string", test_set);
    g_test_add_func("/qemu-opts/set/bool", test_set_bool);
    g_test_add_func("/qemu-opts/set/number", test_set_number);
    g_test_add_func("/qemu-opts/set/unset", test_unset);
    g_test_add_func("/qemu-opts/opts/create", test_create);
    g_test_add_func("/qemu-opts/opts/create-merge", test_create_merge);
    g_test_add_func("/qemu-opts/opts/set-id", test_set_id);
    g_test_add_func("/qemu-opts/opts/del", test_del);
    g_test_add_func("/qemu-opts/opts/autoptr", test_autoptr);
    g_test_add_func("/qemu-opts/opts/reset", test_reset);
    g_test_add_func("/qemu-opts/opts/validate", test_validate);
    g_test_add_func("/qemu-opts/opts/validate-errors", test_validate_errors);
    g_test_add_func("/qemu-opts/foreach/opts", test_foreach);
    g_test_add_func("/qemu-opts/foreach/location", test_foreach_location);
    g_test_add_func("/qemu-opts/foreach/loc-restore", test_loc_restore);
    g_test_add_func("/qemu-opts/foreach/opt", test_opt_foreach);
    g_test_add_func("/qemu-opts/qdict/to", test_to_qdict);
    g_test_add_func("/qemu-opts/qdict/to-filtered", test_to_qdict_filtered);
    g_test_add_func("/qemu-opts/qdict/from", test_from_qdict);
    g_test_add_func("/qemu-opts/qdict/from-errors", test_from_qdict_errors);
    g_test_add_func("/qemu-opts/qdict/absorb", test_absorb_qdict);
    g_test_add_func("/qemu-opts/qdict/absorb-any", test_absorb_qdict_any);
    g_test_add_func("/qemu-opts/qdict/absorb-error", test_absorb_qdict_error);
    g_test_add_func("/qemu-opts/print/any", test_print_any);
    g_test_add_func("/qemu-opts/print/described", test_print_described);
    g_test_add_func("/qemu-opts/print/help", test_print_help);
    g_test_add_func("/qemu-opts/print/help-long-name",
                    test_print_help_long_name);
    g_test_add_func("/qemu-opts/print/help-empty", test_print_help_empty);
    g_test_add_func("/qemu-opts/append", test_append);

    return g_test_run();
}
