/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for util/qemu-config.c: the option group registry, the
 * -readconfig file format (sections, ids, entries, comments, QEMU's
 * lenient line matching), its messages with their file locations, and
 * writing the groups back.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/option.h"
#include "qemu/option_int.h"
#include "qemu/config-file.h"
#include "qobject/qdict.h"

#define PROG "test-qemu-config"

static QemuOptsList drive_opts = {
    .name = "drive",
    .desc = {
        { .name = "file", .type = QEMU_OPT_STRING },
        { .name = "if", .type = QEMU_OPT_STRING },
        { .name = "index", .type = QEMU_OPT_NUMBER },
        { }
    },
};

static QemuOptsList object_opts = {
    .name = "object",
    .implied_opt_name = "qom-type",
    .desc = {
        { }
    },
};

static QemuOptsList machine_opts = {
    .name = "machine",
    .merge_lists = true,
    .desc = {
        { }
    },
};

/* The groups main() registers. */
#define N_REGISTERED 3

/* What qemu_config_parse reads: the registered groups. */
static QemuOptsList *parse_lists[] = {
    &drive_opts, &object_opts, &machine_opts, NULL,
};

static void reset_lists(void)
{
    qemu_opts_reset(&drive_opts);
    qemu_opts_reset(&object_opts);
    qemu_opts_reset(&machine_opts);
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

/* qemu_config_parse on @text, named "test.cfg". */
static int parse_text(const char *text, Error **errp)
{
    FILE *fp = fmemopen((void *)text, strlen(text), "r");
    int ret;

    g_assert_nonnull(fp);
    ret = qemu_config_parse(fp, parse_lists, "test.cfg", errp);
    fclose(fp);
    return ret;
}

/* Parse @text expecting the error @msg. */
static void assert_parse_error(const char *text, const char *msg)
{
    Error *err = NULL;

    g_assert_cmpint(parse_text(text, &err), ==, -EINVAL);
    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
}

/* A temporary file holding @text; the caller unlinks and frees the name. */
static char *write_temp_file(const char *text)
{
    char *path = NULL;
    int fd = g_file_open_tmp("qlite-config-XXXXXX", &path, NULL);

    g_assert_cmpint(fd, >=, 0);
    close(fd);
    g_assert_true(g_file_set_contents(path, text, -1, NULL));
    return path;
}

/* Registry */

static void test_find_opts(void)
{
    Error *err = NULL;

    g_assert_true(qemu_find_opts("drive") == &drive_opts);
    g_assert_true(qemu_find_opts("machine") == &machine_opts);
    g_assert_true(qemu_find_opts_err("object", &error_abort) == &object_opts);

    g_assert_null(qemu_find_opts_err("nosuch", &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "There is no option group 'nosuch'");
    error_free(err);
}

static void test_find_opts_unknown(void)
{
    if (g_test_subprocess()) {
        g_assert_null(qemu_find_opts("nosuch"));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stderr(PROG ": There is no option group 'nosuch'\n");
}

static void test_find_opts_singleton(void)
{
    QemuOpts *a, *b;

    a = qemu_find_opts_singleton("machine");
    g_assert_nonnull(a);
    g_assert_null(qemu_opts_id(a));
    b = qemu_find_opts_singleton("machine");
    g_assert_true(a == b);
    g_assert_cmpuint(count_opts(&machine_opts), ==, 1);

    /* an existing QemuOpts without id is the singleton */
    qemu_opts_reset(&machine_opts);
    a = qemu_opts_parse(&machine_opts, "type=virt", false, &error_abort);
    g_assert_true(qemu_find_opts_singleton("machine") == a);
    reset_lists();
}

static void test_add_opts_full(void)
{
    static QemuOptsList extra[48];
    int i;

    if (g_test_subprocess()) {
        for (i = 0; i < 47 - N_REGISTERED; i++) {
            extra[i].name = g_strdup_printf("extra%d", i);
            qemu_add_opts(&extra[i]);
        }
        g_assert_true(qemu_find_opts("extra43") == &extra[43]);
        fprintf(stderr, "47 fit\n");
        extra[i].name = "one-too-many";
        qemu_add_opts(&extra[i]);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("47 fit\nran out of space in vm_config_groups");
}

static QemuOptsList throttle_opts = {
    .name = "throttle",
    .desc = {
        { }
    },
};

static void test_drive_opts(void)
{
    Error *err = NULL;

    if (g_test_subprocess()) {
        qemu_add_drive_opts(&throttle_opts);
        g_assert_true(qemu_find_drive_opts("throttle", &error_abort) ==
                      &throttle_opts);
        g_assert_null(qemu_find_drive_opts("drive", &err));
        g_assert_cmpstr(error_get_pretty(err), ==,
                        "There is no option group 'drive'");
        error_free(err);
        /* drive sub-groups are not command-line groups */
        g_assert_null(qemu_find_opts_err("throttle", NULL));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
}

static void test_drive_opts_full(void)
{
    static QemuOptsList extra[5];
    int i;

    if (g_test_subprocess()) {
        for (i = 0; i < 4; i++) {
            extra[i].name = "x";
            qemu_add_drive_opts(&extra[i]);
        }
        fprintf(stderr, "4 fit\n");
        qemu_add_drive_opts(&extra[4]);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr("4 fit\nran out of space in "
                              "drive_config_groups");
}

/* Parsing */

static void test_parse_basic(void)
{
    QemuOpts *opts;

    g_assert_cmpint(parse_text("# a comment\n"
                               "[drive]\n"
                               "  file = \"a.img\"\n"
                               "  if = \"none\"\n"
                               "\n"
                               "[drive \"d1\"]\n"
                               "file = \"b,c.img\"\n"
                               "\tindex = \"3\"\n"
                               "#[machine]\n"
                               "[object \"o1\"]\n"
                               "  qom-type = \"memory-backend-ram\"\n"
                               "  empty = \"\"\n",
                               &error_abort), ==, 3);

    g_assert_cmpuint(count_opts(&drive_opts), ==, 2);
    opts = drive_opts.head.first;
    g_assert_null(qemu_opts_id(opts));
    g_assert_cmpstr(qemu_opt_get(opts, "file"), ==, "a.img");
    g_assert_cmpstr(qemu_opt_get(opts, "if"), ==, "none");
    opts = qemu_opts_find(&drive_opts, "d1");
    g_assert_nonnull(opts);
    g_assert_cmpstr(qemu_opt_get(opts, "file"), ==, "b,c.img");
    g_assert_cmpuint(qemu_opt_get_number(opts, "index", 0), ==, 3);

    opts = qemu_opts_find(&object_opts, "o1");
    g_assert_cmpstr(qemu_opt_get(opts, "qom-type"), ==,
                    "memory-backend-ram");
    g_assert_cmpstr(qemu_opt_get(opts, "empty"), ==, "");
    g_assert_cmpuint(count_opts(&machine_opts), ==, 0);
    reset_lists();
}

static void test_parse_empty(void)
{
    g_assert_cmpint(parse_text("", &error_abort), ==, 0);
    g_assert_cmpint(parse_text("\n# only a comment\n", &error_abort), ==, 0);

    /* a section without entries still makes a QemuOpts */
    g_assert_cmpint(parse_text("[machine]\n", &error_abort), ==, 1);
    g_assert_cmpuint(count_opts(&machine_opts), ==, 1);
    reset_lists();
}

/* QEMU's matching takes a bare word as an entry with an empty value. */
static void test_parse_bare_key(void)
{
    QemuOpts *opts;

    g_assert_cmpint(parse_text("[object]\n  flag\nother = oops\n",
                               &error_abort), ==, 1);
    opts = object_opts.head.first;
    g_assert_cmpstr(qemu_opt_get(opts, "flag"), ==, "");
    g_assert_cmpstr(qemu_opt_get(opts, "other"), ==, "");
    reset_lists();
}

static void test_parse_no_group(void)
{
    assert_parse_error("  file = \"x\"\n[drive]\n", "no group defined");
    g_assert_cmpuint(count_opts(&drive_opts), ==, 0);
}

static void test_parse_error(void)
{
    assert_parse_error("[drive]\n  file = \"x\"\n   \n", "parse error");
    /* the section before the bad line was not handed over */
    g_assert_cmpuint(count_opts(&drive_opts), ==, 0);
    /* QEMU's patterns take "[]" for a key, not a header */
    assert_parse_error("[]\n", "no group defined");
}

static void test_parse_unknown_group(void)
{
    assert_parse_error("[nosuch]\n  a = \"b\"\n",
                       "There is no option group 'nosuch'");
    assert_parse_error("[drive]\n[nosuch \"id\"]\n[drive]\n",
                       "There is no option group 'nosuch'");
    /* sections before the bad one were taken */
    g_assert_cmpuint(count_opts(&drive_opts), ==, 1);
    reset_lists();
}

static void test_parse_bad_section(void)
{
    assert_parse_error("[drive]\n  zzz = \"b\"\n\n[drive]\n",
                       "Invalid parameter 'zzz'");
    assert_parse_error("[drive \"1x\"]\n  file = \"x\"\n",
                       "Parameter 'id' expects an identifier");
    assert_parse_error("[drive \"d\"]\n[drive \"d\"]\n",
                       "Duplicate ID 'd' for drive");
    reset_lists();
}

static void test_parse_null_errp(void)
{
    g_assert_cmpint(parse_text("[drive]\n  \n[drive]\n", NULL), ==, -EINVAL);
    /* the parse stopped at the bad line */
    g_assert_cmpuint(count_opts(&drive_opts), ==, 0);

    g_assert_cmpint(parse_text("[drive]\n  bad = \"1\"\n[drive]\n", NULL),
                    ==, -EINVAL);
    g_assert_cmpuint(count_opts(&drive_opts), ==, 0);
}

/* Run parse_text on @text with &error_fatal in a subprocess. */
static void assert_fatal_output(const char *text, const char *expected)
{
    if (g_test_subprocess()) {
        parse_text(text, &error_fatal);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr(expected);
}

static void test_location_parse_error(void)
{
    assert_fatal_output("[drive]\n  file = \"x\"\n  \n",
                        PROG ":test.cfg:3: parse error\n");
}

static void test_location_no_group(void)
{
    assert_fatal_output("# c\n\nfile = \"x\"\n",
                        PROG ":test.cfg:3: no group defined\n");
}

/* A rejected section points at its last entry. */
static void test_location_section(void)
{
    assert_fatal_output("[drive]\n  zzz = \"b\"\n\n[drive]\n",
                        PROG ":test.cfg:2: Invalid parameter 'zzz'\n");
}

static void test_location_last_section(void)
{
    assert_fatal_output("[drive]\n  file = \"b\"\n[nosuch]\n  a = \"1\"\n"
                        "# end\n",
                        PROG ":test.cfg:4: There is no option group "
                        "'nosuch'\n");
}

/* As in QEMU, the identifier hint is lost with &error_fatal. */
static void test_location_bad_id(void)
{
    assert_fatal_output("[drive \"1x\"]\n  file = \"x\"\n",
                        PROG ":test.cfg:2: Parameter 'id' expects an "
                        "identifier\n");
}

/* Reading files */

typedef struct Section {
    char *group;
    QDict *qdict;
} Section;

static void collect_cb(const char *group, QDict *qdict, void *opaque,
                       Error **errp)
{
    GPtrArray *sections = opaque;
    Section *s = g_new(Section, 1);

    s->group = g_strdup(group);
    s->qdict = qobject_ref(qdict);
    g_ptr_array_add(sections, s);
}

static void free_section(gpointer p)
{
    Section *s = p;

    g_free(s->group);
    qobject_unref(s->qdict);
    g_free(s);
}

static GPtrArray *cb_sections;

static void collect_global_cb(const char *group, QDict *qdict, void *opaque,
                              Error **errp)
{
    QemuOptsList **lists = opaque;

    /* the registry comes as opaque: the groups main() added */
    g_assert_true(lists[0] == &drive_opts);
    collect_cb(group, qdict, cb_sections, errp);
}

static void test_read_sections(void)
{
    g_autofree char *path = write_temp_file("[machine]\n"
                                            "  type = \"virt\"\n"
                                            "  smp.cpus = \"2\"\n"
                                            "[netdev \"n0\"]\n"
                                            "  type = \"user\"\n"
                                            "[machine]\n");
    Section *s;

    cb_sections = g_ptr_array_new_with_free_func(free_section);
    g_assert_cmpint(qemu_read_config_file(path, collect_global_cb,
                                          &error_abort), ==, 3);
    unlink(path);
    g_assert_cmpuint(cb_sections->len, ==, 3);

    s = g_ptr_array_index(cb_sections, 0);
    g_assert_cmpstr(s->group, ==, "machine");
    g_assert_cmpuint(qdict_size(s->qdict), ==, 2);
    g_assert_cmpstr(qdict_get_str(s->qdict, "type"), ==, "virt");
    g_assert_cmpstr(qdict_get_str(s->qdict, "smp.cpus"), ==, "2");

    s = g_ptr_array_index(cb_sections, 1);
    g_assert_cmpstr(s->group, ==, "netdev");
    g_assert_cmpstr(qdict_get_str(s->qdict, "id"), ==, "n0");
    g_assert_cmpstr(qdict_get_str(s->qdict, "type"), ==, "user");

    s = g_ptr_array_index(cb_sections, 2);
    g_assert_cmpstr(s->group, ==, "machine");
    g_assert_cmpuint(qdict_size(s->qdict), ==, 0);
    g_ptr_array_free(cb_sections, true);
    cb_sections = NULL;
}

static void failing_cb(const char *group, QDict *qdict, void *opaque,
                       Error **errp)
{
    if (qdict_haskey(qdict, "bad")) {
        error_setg(errp, "section %s is bad", group);
    }
}

static void test_read_callback_error(void)
{
    g_autofree char *path = write_temp_file("[a]\n  x = \"1\"\n"
                                            "[b]\n  bad = \"1\"\n"
                                            "[c]\n");
    Error *err = NULL;

    g_assert_cmpint(qemu_read_config_file(path, failing_cb, &err), ==,
                    -EINVAL);
    unlink(path);
    g_assert_cmpstr(error_get_pretty(err), ==, "section b is bad");
    error_free(err);
}

static void test_read_into_groups(void)
{
    g_autofree char *path = write_temp_file("[drive \"hd\"]\n"
                                            "  file = \"disk.img\"\n"
                                            "[machine]\n"
                                            "  accel = \"tcg\"\n");

    g_assert_cmpint(qemu_read_config_file(path, qemu_config_do_parse,
                                          &error_abort), ==, 2);
    unlink(path);
    g_assert_cmpstr(qemu_opt_get(qemu_opts_find(&drive_opts, "hd"), "file"),
                    ==, "disk.img");
    g_assert_cmpstr(qemu_opt_get(qemu_find_opts_singleton("machine"),
                                 "accel"), ==, "tcg");
    reset_lists();
}

static void test_read_missing(void)
{
    Error *err = NULL;

    g_assert_cmpint(qemu_read_config_file("/nonexistent/qlite.cfg",
                                          qemu_config_do_parse, &err),
                    ==, -ENOENT);
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Could not open '/nonexistent/qlite.cfg': "
                    "No such file or directory");
    error_free(err);
}

static void test_read_missing_location(void)
{
    if (g_test_subprocess()) {
        char *argv[] = { (char *)"-readconfig", (char *)"/nonexistent/q",
                         NULL };

        loc_set_cmdline(argv, 0, 2);
        qemu_read_config_file(argv[1], qemu_config_do_parse, &error_fatal);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr(PROG ": -readconfig /nonexistent/q: Could not "
                              "open '/nonexistent/q': No such file or "
                              "directory\n");
}

static void test_read_directory(void)
{
    Error *err = NULL;

    g_assert_cmpint(qemu_read_config_file("/", qemu_config_do_parse, &err),
                    ==, -EINVAL);
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Cannot read config file: Is a directory");
    error_free(err);

    g_assert_cmpint(qemu_read_config_file("/", qemu_config_do_parse, NULL),
                    ==, -EINVAL);
}

/* A read error is about the file, not a line: the caller's location. */
static void test_read_directory_location(void)
{
    if (g_test_subprocess()) {
        char *argv[] = { (char *)"-readconfig", (char *)"/", NULL };

        loc_set_cmdline(argv, 0, 2);
        qemu_read_config_file(argv[1], qemu_config_do_parse, &error_fatal);
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_failed();
    g_test_trap_assert_stderr(PROG ": -readconfig /: Cannot read config "
                              "file: Is a directory\n");
}

static void test_read_default(void)
{
    if (g_file_test(CONFIG_QEMU_CONFDIR "/qlite.conf", G_FILE_TEST_EXISTS)) {
        g_test_skip("a default configuration file is installed");
        return;
    }
    g_assert_cmpint(qemu_read_default_config_file(NULL, &error_abort), ==, 0);
    g_assert_cmpint(qemu_read_default_config_file(collect_global_cb,
                                                  &error_abort), ==, 0);
}

/* Writing */

static void test_write(void)
{
    g_autofree char *text = NULL;
    size_t size;
    FILE *fp;

    qemu_opts_parse(&drive_opts, "file=a.img,if=none", false, &error_abort);
    qemu_opts_parse(&drive_opts, "id=d1,file=b,,c", false, &error_abort);
    qemu_opts_parse(&machine_opts, "accel=tcg", false, &error_abort);

    fp = open_memstream(&text, &size);
    qemu_config_write(fp);
    fclose(fp);
    g_assert_cmpstr(text, ==,
                    "# qemu config file\n\n"
                    "[drive]\n"
                    "  file = \"a.img\"\n"
                    "  if = \"none\"\n"
                    "\n"
                    "[drive \"d1\"]\n"
                    "  file = \"b,c\"\n"
                    "\n"
                    "[machine]\n"
                    "  accel = \"tcg\"\n"
                    "\n");

    /* and it reads back */
    reset_lists();
    g_assert_cmpint(parse_text(text, &error_abort), ==, 3);
    g_assert_cmpstr(qemu_opt_get(qemu_opts_find(&drive_opts, "d1"), "file"),
                    ==, "b,c");
    reset_lists();
}

int main(int argc, char **argv)
{
    error_init(PROG);
    g_test_init(&argc, &argv, NULL);

    qemu_add_opts(&drive_opts);
    qemu_add_opts(&object_opts);
    qemu_add_opts(&machine_opts);

    g_test_add_func("/qemu-config/find/registered", test_find_opts);
    g_test_add_func("/qemu-config/find/unknown", test_find_opts_unknown);
    g_test_add_func("/qemu-config/find/singleton", test_find_opts_singleton);
    g_test_add_func("/qemu-config/registry/full", test_add_opts_full);
    g_test_add_func("/qemu-config/registry/drive", test_drive_opts);
    g_test_add_func("/qemu-config/registry/drive-full",
                    test_drive_opts_full);
    g_test_add_func("/qemu-config/parse/basic", test_parse_basic);
    g_test_add_func("/qemu-config/parse/empty", test_parse_empty);
    g_test_add_func("/qemu-config/parse/bare-key", test_parse_bare_key);
    g_test_add_func("/qemu-config/parse/no-group", test_parse_no_group);
    g_test_add_func("/qemu-config/parse/parse-error", test_parse_error);
    g_test_add_func("/qemu-config/parse/unknown-group",
                    test_parse_unknown_group);
    g_test_add_func("/qemu-config/parse/bad-section", test_parse_bad_section);
    g_test_add_func("/qemu-config/parse/null-errp", test_parse_null_errp);
    g_test_add_func("/qemu-config/location/parse-error",
                    test_location_parse_error);
    g_test_add_func("/qemu-config/location/no-group", test_location_no_group);
    g_test_add_func("/qemu-config/location/section", test_location_section);
    g_test_add_func("/qemu-config/location/last-section",
                    test_location_last_section);
    g_test_add_func("/qemu-config/location/bad-id", test_location_bad_id);
    g_test_add_func("/qemu-config/read/sections", test_read_sections);
    g_test_add_func("/qemu-config/read/callback-error",
                    test_read_callback_error);
    g_test_add_func("/qemu-config/read/into-groups", test_read_into_groups);
    g_test_add_func("/qemu-config/read/missing", test_read_missing);
    g_test_add_func("/qemu-config/read/missing-location",
                    test_read_missing_location);
    g_test_add_func("/qemu-config/read/directory", test_read_directory);
    g_test_add_func("/qemu-config/read/directory-location",
                    test_read_directory_location);
    g_test_add_func("/qemu-config/read/default", test_read_default);
    g_test_add_func("/qemu-config/write", test_write);

    return g_test_run();
}
