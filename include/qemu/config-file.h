/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * config-file.h: the registry of option groups and -readconfig files.
 *
 * Every QemuOptsList the command line knows is registered once with
 * qemu_add_opts (vm_config_groups, at most 47 groups) and found again by
 * name.  Configuration files use QEMU 8.2's format:
 *
 *     # comment
 *     [drive]
 *       file = "disk.img"
 *     [netdev "n0"]
 *       type = "user"
 *
 * A section header names a group and optionally an id; each `key = "value"`
 * line adds one entry.  Each section is handed, as a QDict of strings (the
 * id under "id"), to a callback that decides what the group means: a
 * QemuOpts group (qemu_config_do_parse) or a keyval-style one.
 */
#ifndef QEMU_CONFIG_FILE_H
#define QEMU_CONFIG_FILE_H

/*
 * QEMUConfigCB: handle one section of @group.  @qdict is borrowed (the
 * parser drops its reference afterwards); @opaque is the parser's opaque
 * pointer.  Sets @errp to stop the parse.
 */
typedef void QEMUConfigCB(const char *group, QDict *qdict, void *opaque,
                          Error **errp);

/*
 * qemu_find_opts: the registered group @group, or NULL after reporting
 * "There is no option group 'GROUP'" with error_report.
 */
QemuOptsList *qemu_find_opts(const char *group);

/* qemu_find_opts, but setting @errp instead of reporting. */
QemuOptsList *qemu_find_opts_err(const char *group, Error **errp);

/*
 * qemu_find_opts_singleton: the QemuOpts without id of group @group (which
 * must be registered), created empty if it does not exist yet.
 */
QemuOpts *qemu_find_opts_singleton(const char *group);

/* Register @list (aborts when the table is full). */
void qemu_add_opts(QemuOptsList *list);

/* Register a -drive sub-group (at most 4; aborts when the table is full). */
void qemu_add_drive_opts(QemuOptsList *list);

/*
 * qemu_find_drive_opts: the registered -drive sub-group @group, or NULL
 * with "There is no option group 'GROUP'" in @errp.
 */
QemuOptsList *qemu_find_drive_opts(const char *group, Error **errp);

/*
 * qemu_config_groups: the registered option groups (qemu_add_opts), in
 * registration order, ending with NULL.  query-command-line-options
 * lists them.
 */
QemuOptsList **qemu_config_groups(void);

/*
 * qemu_config_write: write every QemuOpts of every registered group to @fp
 * in the configuration file format (with a "# qemu config file" heading).
 */
void qemu_config_write(FILE *fp);

/*
 * qemu_config_do_parse: a QEMUConfigCB whose @opaque is a NULL-terminated
 * array of QemuOptsList pointers: the section becomes a QemuOpts of the
 * group of that name ("There is no option group 'GROUP'" otherwise).
 */
void qemu_config_do_parse(const char *group, QDict *qdict, void *opaque,
                          Error **errp);

/*
 * qemu_config_parse: read configuration text from @fp (named @fname in
 * messages) into the QemuOpts groups of @lists (NULL-terminated), with
 * qemu_config_do_parse.  Returns the number of sections, or a negative
 * errno with @errp set.
 *
 * Errors are created while the current Location is "@fname:LINE" (the
 * line at fault, or the last key line of the section a callback rejected),
 * so with &error_fatal they print as "PROG:FILE:LINE: message".  The
 * messages: "no group defined" (a key line before any section), "parse
 * error" (a line that is not a section header, a key line, a comment or
 * empty), "Cannot read config file: REASON", and the callback's own.
 */
int qemu_config_parse(FILE *fp, QemuOptsList **lists, const char *fname,
                      Error **errp);

/*
 * qemu_read_config_file: open @filename and pass each section to @cb with
 * the registered groups (vm_config_groups) as its opaque pointer.  A file
 * that cannot be opened is "Could not open 'FILE': REASON" and returns
 * -errno; otherwise as qemu_config_parse.
 */
int qemu_read_config_file(const char *filename, QEMUConfigCB *cb,
                          Error **errp);

/*
 * qemu_read_default_config_file: qemu_read_config_file on the build's
 * default file, CONFIG_QEMU_CONFDIR "/qlite.conf".  A file that does not
 * exist is not an error (returns 0).  @cb NULL means qemu_config_do_parse.
 */
int qemu_read_default_config_file(QEMUConfigCB *cb, Error **errp);

#endif
