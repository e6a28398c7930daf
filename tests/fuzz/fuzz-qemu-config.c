/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-qemu-config.c: fuzz target for the -readconfig file parser
 * (util/qemu-config.c) and the QemuOpts it fills.
 *
 * Input: the whole file, read through fmemopen as qemu_config_parse reads
 * a real one, into three registered groups (one accepting any key with
 * ids, one with a description, one merged).  Whatever was parsed, even
 * before an error, is written back with qemu_config_write; that text must
 * parse without error into the same options (see snapshot()), unless
 * is_unreadable() says the writer cannot express them.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/option.h"
#include "qemu/option_int.h"
#include "qemu/config-file.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "fuzz.h"

/* The reader's line buffer (qemu-config.c), including the NUL. */
#define CONFIG_LINE_MAX 1024

static QemuOptsList fuzz_drive_opts = {
    .name = "drive",
    .implied_opt_name = "file",
    .desc = {
        { }
    },
};

static QemuOptsList fuzz_rtc_opts = {
    .name = "rtc",
    .desc = {
        { .name = "base", .type = QEMU_OPT_STRING },
        { .name = "driftfix", .type = QEMU_OPT_BOOL },
        { .name = "count", .type = QEMU_OPT_NUMBER },
        { .name = "size", .type = QEMU_OPT_SIZE },
        { }
    },
};

static QemuOptsList fuzz_machine_opts = {
    .name = "machine",
    .implied_opt_name = "type",
    .merge_lists = true,
    .desc = {
        { }
    },
};

static QemuOptsList *fuzz_lists[] = {
    &fuzz_drive_opts,
    &fuzz_rtc_opts,
    &fuzz_machine_opts,
    NULL,
};

/* Parse @size bytes of @text; returns what qemu_config_parse returned. */
static int parse_text(const char *text, size_t size, Error **errp)
{
    FILE *fp = fmemopen((void *)text, size, "r");
    int ret;

    fuzz_check(fp, "fmemopen");
    ret = qemu_config_parse(fp, fuzz_lists, "fuzz.conf", errp);
    fclose(fp);
    return ret;
}

/* qemu_config_write's text for the current state (new string). */
static char *write_config(size_t *size)
{
    char *buf = NULL;
    FILE *fp = open_memstream(&buf, size);

    fuzz_check(fp, "open_memstream");
    qemu_config_write(fp);
    fclose(fp);
    return buf;
}

/*
 * True if writing the current state gives text that does not read back
 * as written: a line longer than the reader's buffer, or a value holding
 * a newline (the reader's scan of a value without its closing quote
 * keeps the line's '\n', as QEMU's does).
 */
static bool is_unreadable(const char *text)
{
    const char *line, *end;
    QemuOpts *opts;
    QemuOpt *opt;
    int i;

    for (line = text; *line; line = end + 1) {
        end = strchrnul(line, '\n');
        if (end - line >= CONFIG_LINE_MAX - 1) {
            return true;
        }
        if (!*end) {
            break;
        }
    }
    for (i = 0; fuzz_lists[i]; i++) {
        for (opts = fuzz_lists[i]->head.first; opts; opts = opts->next) {
            for (opt = opts->first; opt; opt = opt->next) {
                if (strchr(opt->str, '\n')) {
                    return true;
                }
            }
        }
    }
    return false;
}

/*
 * The current state: for each QemuOpts of each group, in order, a dict
 * of its id, its group and the last value of each key.  (A merged group
 * written as one section loses repeated keys, which were overridden.)
 */
static QList *snapshot(void)
{
    QList *state = qlist_new();
    QemuOpts *opts;
    QDict *qdict;
    int i;

    for (i = 0; fuzz_lists[i]; i++) {
        for (opts = fuzz_lists[i]->head.first; opts; opts = opts->next) {
            qdict = qemu_opts_to_qdict(opts, NULL);
            qdict_put_str(qdict, "group=", fuzz_lists[i]->name);
            qlist_append_obj(state, QOBJECT(qdict));
        }
    }
    return state;
}

static void reset_lists(void)
{
    int i;

    for (i = 0; fuzz_lists[i]; i++) {
        qemu_opts_reset(fuzz_lists[i]);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static bool registered;
    g_autofree char *text = NULL;
    size_t text_size;
    QList *before, *after;
    Error *err = NULL;
    int i;

    if (!registered) {
        for (i = 0; fuzz_lists[i]; i++) {
            qemu_add_opts(fuzz_lists[i]);
        }
        registered = true;
    }
    if (size == 0) {
        return 0;               /* fmemopen refuses an empty buffer */
    }
    parse_text((const char *)data, size, &err);
    error_free(err);

    text = write_config(&text_size);
    if (is_unreadable(text)) {
        reset_lists();
        return 0;
    }
    before = snapshot();
    reset_lists();
    parse_text(text, text_size, &error_abort);
    after = snapshot();
    reset_lists();
    fuzz_check(qobject_is_equal(QOBJECT(before), QOBJECT(after)),
               "write/parse round trip");
    qobject_unref(before);
    qobject_unref(after);
    return 0;
}
