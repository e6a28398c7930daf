/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qemu-config.c: the registry of option groups and -readconfig files.
 *
 * The registry is QEMU's vm_config_groups: a NULL-terminated table of every
 * QemuOptsList the command line knows, plus the small table of -drive
 * sub-groups.  The configuration file reader follows QEMU 8.2 line by
 * line, including its leniency: each line is matched with the same scanf
 * patterns, so what QEMU accepts (e.g. a bare `key` line, meaning key = "")
 * is accepted here too.  Each section goes to a callback as a QDict.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/option.h"
#include "qemu/option_int.h"
#include "qemu/config-file.h"
#include "qobject/qdict.h"

/* Sizes of the registries, including the NULL that ends each. */
#define VM_CONFIG_GROUPS_MAX    48
#define DRIVE_CONFIG_GROUPS_MAX 5

static QemuOptsList *vm_config_groups[VM_CONFIG_GROUPS_MAX];
static QemuOptsList *drive_config_groups[DRIVE_CONFIG_GROUPS_MAX];

/* Registry */

static QemuOptsList *find_list(QemuOptsList **lists, const char *group,
                               Error **errp)
{
    int i;

    for (i = 0; lists[i]; i++) {
        if (strcmp(lists[i]->name, group) == 0) {
            return lists[i];
        }
    }
    error_setg(errp, "There is no option group '%s'", group);
    return NULL;
}

QemuOptsList *qemu_find_opts(const char *group)
{
    Error *err = NULL;
    QemuOptsList *list = find_list(vm_config_groups, group, &err);

    if (!list) {
        error_report_err(err);
    }
    return list;
}

QemuOptsList **qemu_config_groups(void)
{
    return vm_config_groups;
}

QemuOptsList *qemu_find_opts_err(const char *group, Error **errp)
{
    return find_list(vm_config_groups, group, errp);
}

QemuOptsList *qemu_find_drive_opts(const char *group, Error **errp)
{
    return find_list(drive_config_groups, group, errp);
}

QemuOpts *qemu_find_opts_singleton(const char *group)
{
    QemuOptsList *list = qemu_find_opts(group);
    QemuOpts *opts;

    assert(list);
    opts = qemu_opts_find(list, NULL);
    if (!opts) {
        opts = qemu_opts_create(list, NULL, 0, &error_abort);
    }
    return opts;
}

/* Put @list in the first free slot of @table, keeping the final NULL. */
static void add_to_table(QemuOptsList **table, size_t size,
                         const char *table_name, QemuOptsList *list)
{
    size_t i;

    for (i = 0; i < size - 1; i++) {
        if (!table[i]) {
            table[i] = list;
            return;
        }
    }
    fprintf(stderr, "ran out of space in %s", table_name);
    abort();
}

void qemu_add_opts(QemuOptsList *list)
{
    add_to_table(vm_config_groups, ARRAY_SIZE(vm_config_groups),
                 "vm_config_groups", list);
}

void qemu_add_drive_opts(QemuOptsList *list)
{
    add_to_table(drive_config_groups, ARRAY_SIZE(drive_config_groups),
                 "drive_config_groups", list);
}

/* Writing */

static int config_write_opt(void *opaque, const char *name,
                            const char *value, Error **errp)
{
    FILE *fp = opaque;

    fprintf(fp, "  %s = \"%s\"\n", name, value);
    return 0;
}

static int config_write_opts(void *opaque, QemuOpts *opts, Error **errp)
{
    FILE *fp = opaque;
    const char *id = qemu_opts_id(opts);

    if (id) {
        fprintf(fp, "[%s \"%s\"]\n", opts->list->name, id);
    } else {
        fprintf(fp, "[%s]\n", opts->list->name);
    }
    qemu_opt_foreach(opts, config_write_opt, fp, NULL);
    fprintf(fp, "\n");
    return 0;
}

void qemu_config_write(FILE *fp)
{
    int i;

    fprintf(fp, "# qemu config file\n\n");
    for (i = 0; vm_config_groups[i]; i++) {
        qemu_opts_foreach(vm_config_groups[i], config_write_opts, fp, NULL);
    }
}

/* Reading */

/* The state of one pass over a configuration file. */
typedef struct ConfigReader {
    QEMUConfigCB *cb;
    void *opaque;
    const char *fname;
    QDict *section;         /* entries of the open section, or NULL */
    char section_group[64]; /* its group */
    char group[64];         /* scratch for header lines, as QEMU's */
    int count;              /* sections seen */
} ConfigReader;

/* Hand the open section, if any, to the callback. */
static void config_flush_section(ConfigReader *r, const char *group,
                                 Error **errp)
{
    QDict *section = r->section;

    r->section = NULL;
    if (section) {
        r->cb(group, section, r->opaque, errp);
        qobject_unref(section);
    }
}

/*
 * A header line `[group]` or `[group "id"]` opens a new section (closing
 * the previous one); returns false if @line is no header.  The scans match
 * QEMU's, including writing into r->group even when they fail.
 */
static bool config_parse_header(ConfigReader *r, const char *line,
                                Error **errp)
{
    char id[64];
    QDict *section;

    if (sscanf(line, "[%63s \"%63[^\"]\"]", r->group, id) == 2) {
        section = qdict_new();
        qdict_put_str(section, "id", id);
    } else if (sscanf(line, "[%63[^]]]", r->group) == 1) {
        section = qdict_new();
    } else {
        return false;
    }
    r->count++;
    config_flush_section(r, r->section_group, errp);
    r->section = section;
    strcpy(r->section_group, r->group);
    return true;
}

/* A `key = "value"` line (or a bare `key`: QEMU's scans accept it). */
static void config_parse_entry(ConfigReader *r, const char *line,
                               Error **errp)
{
    char key[64], value[1024];

    value[0] = '\0';
    if (sscanf(line, " %63s = \"%1023[^\"]\"", key, value) != 2 &&
        sscanf(line, " %63s = \"\"", key) != 1) {
        error_setg(errp, "parse error");
        return;
    }
    if (!r->section) {
        error_setg(errp, "no group defined");
        return;
    }
    qdict_put_str(r->section, key, value);
}

/*
 * Read @fp line by line.  Errors are set while the location is the line at
 * fault (header lines do not move it, so a section rejected by the
 * callback points at its last entry).  Returns the number of sections or a
 * negative errno.
 */
static int config_read(ConfigReader *r, FILE *fp, Error **errp)
{
    Error *local_err = NULL;
    char line[1024];
    Location loc;
    int lno = 0;
    int ret = -EINVAL;

    if (!errp) {
        errp = &local_err;  /* we must see errors to stop */
    }
    loc_push_none(&loc);
    while (!*errp && fgets(line, sizeof(line), fp)) {
        lno++;
        if (line[0] == '\n' || line[0] == '#') {
            continue;
        }
        if (line[0] == '[' && config_parse_header(r, line, errp)) {
            continue;
        }
        loc_set_file(r->fname, lno);
        config_parse_entry(r, line, errp);
    }
    if (!*errp && ferror(fp)) {
        int err = errno;

        /* not about a line: reported at the caller's location */
        loc_pop(&loc);
        error_setg_errno(errp, err, "Cannot read config file");
        loc_push_restore(&loc);
    } else if (!*errp) {
        /* QEMU names the last section after the last header scanned */
        config_flush_section(r, r->group, errp);
        ret = *errp ? -EINVAL : r->count;
    }
    loc_pop(&loc);
    qobject_unref(r->section);
    error_free(local_err);
    return ret;
}

void qemu_config_do_parse(const char *group, QDict *qdict, void *opaque,
                          Error **errp)
{
    QemuOptsList **lists = opaque;
    QemuOptsList *list = find_list(lists, group, errp);

    if (list) {
        qemu_opts_from_qdict(list, qdict, errp);
    }
}

int qemu_config_parse(FILE *fp, QemuOptsList **lists, const char *fname,
                      Error **errp)
{
    ConfigReader r = {
        .cb = qemu_config_do_parse,
        .opaque = lists,
        .fname = fname,
    };

    return config_read(&r, fp, errp);
}

static int config_read_file(const char *filename, QEMUConfigCB *cb,
                            bool missing_ok, Error **errp)
{
    ConfigReader r = {
        .cb = cb,
        .opaque = vm_config_groups,
        .fname = filename,
    };
    FILE *fp = fopen(filename, "r");
    int ret;

    if (!fp) {
        ret = -errno;
        if (ret == -ENOENT && missing_ok) {
            return 0;
        }
        error_setg_errno(errp, -ret, "Could not open '%s'", filename);
        return ret;
    }
    ret = config_read(&r, fp, errp);
    fclose(fp);
    return ret;
}

int qemu_read_config_file(const char *filename, QEMUConfigCB *cb,
                          Error **errp)
{
    return config_read_file(filename, cb, false, errp);
}

int qemu_read_default_config_file(QEMUConfigCB *cb, Error **errp)
{
    return config_read_file(CONFIG_QEMU_CONFDIR "/qlite.conf",
                            cb ? cb : qemu_config_do_parse, true, errp);
}
