/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-qemu-opts.c: fuzz target for the QemuOpts parser (util/qemu-option.c).
 *
 * Input: one flags byte, then the option string (up to the first NUL).
 * The flags pick the list (any key, a description, merged), whether a
 * first element without '=' is a value for the implied key, and whether
 * the string is parsed twice (duplicate ids, merging).  Every QemuOpts
 * that results goes through qemu_opts_to_qdict, the typed getters and
 * qemu_opts_print, and must pass two round trips:
 *   - a list accepting any key: what qemu_opts_print writes parses back
 *     to the same id and the same name=value sequence (',,' escaping);
 *   - every list: qemu_opts_from_qdict accepts what qemu_opts_to_qdict
 *     made, into a list with the same description, and gives it back.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/option.h"
#include "qemu/option_int.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "fuzz.h"

#define FLAG_LIST_MASK  0x03
#define FLAG_ABBREV     0x04
#define FLAG_TWICE      0x08

static QemuOptsList fuzz_any_opts = {
    .name = "any",
    .implied_opt_name = "file",
    .desc = {
        { }
    },
};

static QemuOptsList fuzz_described_opts = {
    .name = "described",
    .implied_opt_name = "type",
    .desc = {
        { .name = "type", .type = QEMU_OPT_STRING },
        { .name = "id2", .type = QEMU_OPT_STRING, .def_value_str = "x" },
        { .name = "on", .type = QEMU_OPT_BOOL },
        { .name = "flag", .type = QEMU_OPT_BOOL, .def_value_str = "on" },
        { .name = "num", .type = QEMU_OPT_NUMBER },
        { .name = "count", .type = QEMU_OPT_NUMBER, .def_value_str = "7" },
        { .name = "size", .type = QEMU_OPT_SIZE },
        { .name = "mem", .type = QEMU_OPT_SIZE, .def_value_str = "1M" },
        { .name = "help", .type = QEMU_OPT_BOOL },
        { }
    },
};

static QemuOptsList fuzz_merged_opts = {
    .name = "merged",
    .implied_opt_name = "accel",
    .merge_lists = true,
    .desc = {
        { }
    },
};

static QemuOptsList fuzz_merged_described_opts = {
    .name = "merged-described",
    .implied_opt_name = "type",
    .merge_lists = true,
    .desc = {
        { .name = "type", .type = QEMU_OPT_STRING },
        { .name = "on", .type = QEMU_OPT_BOOL },
        { .name = "num", .type = QEMU_OPT_NUMBER },
        { .name = "size", .type = QEMU_OPT_SIZE },
        { }
    },
};

/* Where the print round trip parses into. */
static QemuOptsList fuzz_reparse_opts = {
    .name = "reparse",
    .desc = {
        { }
    },
};

static QemuOptsList *const fuzz_lists[] = {
    &fuzz_any_opts,
    &fuzz_described_opts,
    &fuzz_merged_opts,
    &fuzz_merged_described_opts,
};

/*
 * What qemu_opts_print writes for @opts (new string).  It prints to
 * stdout, so stdout is pointed at a memory stream meanwhile (glibc lets
 * a program assign stdout).
 */
static char *opts_print_to_string(QemuOpts *opts, const char *sep)
{
    FILE *saved = stdout;
    char *buf = NULL;
    size_t len = 0;

    stdout = open_memstream(&buf, &len);
    fuzz_check(stdout, "open_memstream");
    qemu_opts_print(opts, sep);
    fclose(stdout);
    stdout = saved;
    return buf;
}

/* True if @a and @b have the same id and name=value sequence. */
static bool opts_are_equal(QemuOpts *a, QemuOpts *b)
{
    QemuOpt *x, *y;

    if (g_strcmp0(a->id, b->id) != 0) {
        return false;
    }
    for (x = a->first, y = b->first; x && y; x = x->next, y = y->next) {
        if (strcmp(x->name, y->name) != 0 || strcmp(x->str, y->str) != 0) {
            return false;
        }
    }
    return !x && !y;
}

/* qemu_opts_print's text of @opts parses back to the same options. */
static void check_print_round_trip(QemuOpts *opts)
{
    g_autofree char *text = opts_print_to_string(opts, ",");
    QemuOpts *copy;

    copy = qemu_opts_parse(&fuzz_reparse_opts, text, false, &error_abort);
    fuzz_check(opts_are_equal(opts, copy), "print round trip");
    qemu_opts_del(copy);
}

/* qemu_opts_from_qdict takes back what qemu_opts_to_qdict gave. */
static void check_qdict_round_trip(QemuOpts *opts, QDict *qdict)
{
    QemuOptsList *copy_list = qemu_opts_append(NULL, opts->list);
    QemuOpts *copy;
    QDict *back;

    copy_list->name = "copy";
    copy = qemu_opts_from_qdict(copy_list, qdict, &error_abort);
    back = qemu_opts_to_qdict(copy, NULL);
    fuzz_check(qobject_is_equal(QOBJECT(qdict), QOBJECT(back)),
               "qdict round trip");
    qobject_unref(back);
    qemu_opts_reset(copy_list);
    qemu_opts_free(copy_list);
}

/* The typed getters on every described key (values are validated). */
static void exercise_getters(QemuOpts *opts)
{
    const QemuOptDesc *desc;

    for (desc = opts->list->desc; desc->name; desc++) {
        switch (desc->type) {
        case QEMU_OPT_STRING:
            qemu_opt_get(opts, desc->name);
            break;
        case QEMU_OPT_BOOL:
            qemu_opt_get_bool(opts, desc->name, false);
            break;
        case QEMU_OPT_NUMBER:
            qemu_opt_get_number(opts, desc->name, 0);
            break;
        case QEMU_OPT_SIZE:
            qemu_opt_get_size(opts, desc->name, 0);
            break;
        }
    }
}

static void check_opts(QemuOpts *opts)
{
    QDict *qdict = qemu_opts_to_qdict(opts, NULL);
    GString *json = qobject_to_json(QOBJECT(qdict));

    g_string_free(json, true);
    g_free(opts_print_to_string(opts, " "));
    if (opts->list->desc[0].name) {
        exercise_getters(opts);
    } else {
        check_print_round_trip(opts);
    }
    check_qdict_round_trip(opts, qdict);
    qobject_unref(qdict);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QemuOptsList *list;
    g_autofree char *params = NULL;
    QemuOpts *opts;
    Error *err = NULL;
    uint8_t flags;
    int i;

    if (size < 1) {
        return 0;
    }
    flags = data[0];
    list = fuzz_lists[flags & FLAG_LIST_MASK];
    params = g_strndup((const char *)data + 1, size - 1);

    for (i = 0; i < (flags & FLAG_TWICE ? 2 : 1); i++) {
        qemu_opts_parse(list, params, flags & FLAG_ABBREV, &err);
        error_free(err);
        err = NULL;
    }
    for (opts = list->head.first; opts; opts = opts->next) {
        check_opts(opts);
    }
    qemu_opts_reset(list);
    return 0;
}
