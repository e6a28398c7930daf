/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * option.h: QemuOpts, the `k=v,k2=v2` option groups of the command line.
 *
 * A QemuOptsList describes one group (-drive, -netdev, -rtc ...): its name,
 * the key implied when the first element has no '=', whether all
 * occurrences merge into one QemuOpts, and a table of accepted keys.  An
 * empty table accepts any key, stored as a string.  Each occurrence of the
 * option becomes a QemuOpts (optionally with an id) holding QemuOpt
 * name/value pairs in the order given; a key may occur several times and
 * the last occurrence wins for the getters.
 *
 * Syntax and messages follow QEMU 8.2: `,,` is a literal comma inside a
 * value, a bare `key` means key=on and `nokey` key=off (with a deprecation
 * warning when parsed noisily), `help` and `?` ask for help, and `id=` names
 * the QemuOpts instead of adding an option.
 *
 * A list is defined statically, leaving .head zero (an empty list):
 *
 *     static QemuOptsList qemu_rtc_opts = {
 *         .name = "rtc",
 *         .desc = {
 *             { .name = "base", .type = QEMU_OPT_STRING },
 *             { }
 *         },
 *     };
 */
#ifndef QEMU_OPTION_H
#define QEMU_OPTION_H

typedef enum QemuOptType {
    QEMU_OPT_STRING = 0,    /* no parsing (use string as-is) */
    QEMU_OPT_BOOL,          /* on/off (also yes/no, true/false, y/n) */
    QEMU_OPT_NUMBER,        /* unsigned 64-bit, decimal/octal/hex */
    QEMU_OPT_SIZE,          /* bytes, with optional k/M/G/T/P/E suffix */
} QemuOptType;

typedef struct QemuOptDesc {
    const char *name;
    QemuOptType type;
    const char *help;           /* shown by qemu_opts_print_help, or NULL */
    const char *def_value_str;  /* used by the getters when unset, or NULL */
} QemuOptDesc;

/* The QemuOpts of a list, in creation order.  All-zero is empty. */
typedef struct QemuOptsHead {
    QemuOpts *first;
    QemuOpts *last;
} QemuOptsHead;

struct QemuOptsList {
    const char *name;
    const char *implied_opt_name;   /* key of a first element without '=' */
    bool merge_lists;               /* one QemuOpts, no ids */
    QemuOptsHead head;
    QemuOptDesc desc[];             /* ends with an entry whose name is NULL */
};

/*
 * get_opt_value: copy the value starting at @p up to the first single ','
 * (or the end), turning each ",," into ','.  *@value receives a new string
 * (the caller frees it).  Returns the position of the terminating ',' or
 * NUL.
 */
const char *get_opt_value(const char *p, char **value);

/*
 * parse_option_size: parse @value as a size in bytes (suffixes k, M, G, T,
 * P, E).  On failure sets @errp, mentioning parameter @name, and returns
 * false; *@ret is then unchanged.
 */
bool parse_option_size(const char *name, const char *value,
                       uint64_t *ret, Error **errp);

/* True if @params (a `k=v,...` string) contains a bare "help" or "?". */
bool has_help_option(const char *params);

/* True if @name is "help" or "?". */
bool is_help_option(const char *name);

/*
 * qemu_opt_get: the value of the last occurrence of @name in @opts, else
 * the list's default for @name, else NULL.  Owned by @opts (or static).
 * @opts may be NULL (returns NULL).
 */
const char *qemu_opt_get(QemuOpts *opts, const char *name);

/*
 * qemu_opt_get_del: like qemu_opt_get, but removes every occurrence of
 * @name from @opts and returns a new string the caller frees.
 */
char *qemu_opt_get_del(QemuOpts *opts, const char *name);

/* True if @opts contains an option named "help" or "?". */
bool qemu_opt_has_help_opt(QemuOpts *opts);

/* The last occurrence of @name in @opts, or NULL. */
QemuOpt *qemu_opt_find(QemuOpts *opts, const char *name);

/*
 * Typed getters: the parsed value of the last occurrence of @name, else the
 * parsed def_value_str of its description, else @defval (also for a NULL
 * @opts).  A set option must have been declared with the matching type
 * (asserted).  The _del variants also remove every occurrence of @name.
 */
bool qemu_opt_get_bool(QemuOpts *opts, const char *name, bool defval);
uint64_t qemu_opt_get_number(QemuOpts *opts, const char *name,
                             uint64_t defval);
uint64_t qemu_opt_get_size(QemuOpts *opts, const char *name,
                           uint64_t defval);
bool qemu_opt_get_bool_del(QemuOpts *opts, const char *name, bool defval);
uint64_t qemu_opt_get_number_del(QemuOpts *opts, const char *name,
                                 uint64_t defval);
uint64_t qemu_opt_get_size_del(QemuOpts *opts, const char *name,
                               uint64_t defval);

/*
 * qemu_opt_unset: remove the last occurrence of @name.  Only for lists
 * that accept any key (asserted).  Returns 0, or -1 if @name was not set.
 */
int qemu_opt_unset(QemuOpts *opts, const char *name);

/*
 * qemu_opt_set: append @name=@value to @opts, validated against the list's
 * description: "Invalid parameter 'NAME'" for an unknown key, or the
 * type's parse error.  Returns false (and adds nothing) on failure.
 */
bool qemu_opt_set(QemuOpts *opts, const char *name, const char *value,
                  Error **errp);

/*
 * qemu_opt_set_bool / qemu_opt_set_number: append an already typed value
 * (stored as "on"/"off" or decimal text).  Fails only for a key the list
 * does not know ("Invalid parameter 'NAME'").
 */
bool qemu_opt_set_bool(QemuOpts *opts, const char *name, bool val,
                       Error **errp);
bool qemu_opt_set_number(QemuOpts *opts, const char *name, int64_t val,
                         Error **errp);

/*
 * qemu_opt_foreach: call @func for each option of @opts in order.  Stops
 * at, and returns, the first non-zero value; returns 0 otherwise.  @func
 * must set *@errp exactly when it returns non-zero.
 */
typedef int (*qemu_opt_loopfunc)(void *opaque, const char *name,
                                 const char *value, Error **errp);
int qemu_opt_foreach(QemuOpts *opts, qemu_opt_loopfunc func, void *opaque,
                     Error **errp);

/* Iterates over the values of every occurrence of a name (or of all). */
typedef struct QemuOptsIter {
    QemuOpts *opts;
    QemuOpt *opt;
    const char *name;
} QemuOptsIter;

/* Start iterating over @opts; @name NULL means every option. */
void qemu_opt_iter_init(QemuOptsIter *iter, QemuOpts *opts,
                        const char *name);
/* The next matching value (owned by the opts), or NULL at the end. */
const char *qemu_opt_iter_next(QemuOptsIter *iter);

/* The QemuOpts of @list whose id is @id (NULL: the one without id). */
QemuOpts *qemu_opts_find(QemuOptsList *list, const char *id);

/*
 * qemu_opts_create: append a new, empty QemuOpts with @id (may be NULL) to
 * @list, remembering the current Location for later reports.
 *
 * For a merge_lists list, an @id is "Invalid parameter 'id'" and the
 * existing QemuOpts is returned if there is one.  Otherwise @id must be an
 * identifier ("Parameter 'id' expects an identifier", with a hint) and,
 * if a QemuOpts with that id exists, the call fails with "Duplicate ID
 * 'ID' for GROUP" when @fail_if_exists, or returns it.  Returns NULL on
 * failure.  The list owns the result; free it with qemu_opts_del.
 */
QemuOpts *qemu_opts_create(QemuOptsList *list, const char *id,
                           int fail_if_exists, Error **errp);

/* Delete every QemuOpts of @list. */
void qemu_opts_reset(QemuOptsList *list);

/* Make the Location saved when @opts was created current again. */
void qemu_opts_loc_restore(QemuOpts *opts);

/* The id of @opts, or NULL.  Owned by @opts. */
const char *qemu_opts_id(QemuOpts *opts);

/* Replace the id of @opts by @id, taking ownership of it (g_malloc'd). */
void qemu_opts_set_id(QemuOpts *opts, char *id);

/* Remove @opts from its list and free it (NULL is fine). */
void qemu_opts_del(QemuOpts *opts);

/*
 * qemu_opts_validate: check and parse every option of @opts, which belongs
 * to a list accepting any key, against @desc.  Fails with "Invalid
 * parameter 'NAME'" or the type's parse error.
 */
bool qemu_opts_validate(QemuOpts *opts, const QemuOptDesc *desc,
                        Error **errp);

/*
 * qemu_opts_do_parse: parse @params into the existing @opts.  @firstname,
 * if not NULL, is the key of a first element without '='.  "id=" elements
 * are skipped.  On failure options parsed so far stay in @opts.
 */
bool qemu_opts_do_parse(QemuOpts *opts, const char *params,
                        const char *firstname, Error **errp);

/*
 * qemu_opts_parse: parse @params into a new QemuOpts of @list (or into the
 * merged one for merge_lists lists), with the id taken from "id=".  With
 * @permit_abbrev, a first element without '=' is a value for the list's
 * implied_opt_name (which must exist).  Returns NULL on error, with nothing
 * added to @list.
 */
QemuOpts *qemu_opts_parse(QemuOptsList *list, const char *params,
                          bool permit_abbrev, Error **errp);

/*
 * qemu_opts_parse_noisily: qemu_opts_parse for the command line.  Warns
 * about short-form booleans ("key", "nokey"), reports errors with
 * error_report, and for a list with a description prints its help to
 * stdout when @params asks for it.  Returns NULL in both cases.
 */
QemuOpts *qemu_opts_parse_noisily(QemuOptsList *list, const char *params,
                                  bool permit_abbrev);

/*
 * qemu_opts_from_qdict: a new QemuOpts of @list from @qdict, whose "id"
 * (a string) becomes the id.  Strings, numbers and booleans become option
 * values ("on"/"off" for booleans); other value types are ignored.
 * Returns NULL on error, with nothing added to @list.
 */
QemuOpts *qemu_opts_from_qdict(QemuOptsList *list, const QDict *qdict,
                               Error **errp);

/*
 * qemu_opts_to_qdict_filtered: put the id and the options of @opts, as
 * strings, into @qdict (a new QDict if NULL, which the caller then owns),
 * keeping only keys described in @list if @list is not NULL, and removing
 * the copied options from @opts if @del.  Returns @qdict.
 */
QDict *qemu_opts_to_qdict_filtered(QemuOpts *opts, QDict *qdict,
                                   QemuOptsList *list, bool del);
/* qemu_opts_to_qdict_filtered without a filter, keeping @opts intact. */
QDict *qemu_opts_to_qdict(QemuOpts *opts, QDict *qdict);

/*
 * qemu_opts_absorb_qdict: move each entry of @qdict that the list of @opts
 * accepts into @opts, deleting it from @qdict.  Stops at the first entry
 * that fails to parse.
 */
bool qemu_opts_absorb_qdict(QemuOpts *opts, QDict *qdict, Error **errp);

/*
 * qemu_opts_foreach: call @func for each QemuOpts of @list, in order, with
 * the Location saved at its creation current, so error_report inside @func
 * points at the right option.  @func may delete the QemuOpts it is given.
 * Stops at, and returns, the first non-zero value; returns 0 otherwise.
 */
typedef int (*qemu_opts_loopfunc)(void *opaque, QemuOpts *opts,
                                  Error **errp);
int qemu_opts_foreach(QemuOptsList *list, qemu_opts_loopfunc func,
                      void *opaque, Error **errp);

/*
 * qemu_opts_print: print @opts to stdout as "id=ID" then "name=value"
 * items (',' in values doubled) separated by @sep.  For a list with a
 * description, the described keys in table order, with defaults.
 */
void qemu_opts_print(QemuOpts *opts, const char *sep);

/*
 * qemu_opts_print_help: print the keys of @list to stdout, sorted, as
 * "  name=<type>   - help" lines, preceded by "GROUP options:" if
 * @print_caption.
 */
void qemu_opts_print_help(QemuOptsList *list, bool print_caption);

/*
 * qemu_opts_append: a list describing the keys of @dst followed by those of
 * @list not already in it.  @dst (NULL, or a previous result) is
 * reallocated; @list is not changed.  Free the result with qemu_opts_free.
 */
QemuOptsList *qemu_opts_append(QemuOptsList *dst, QemuOptsList *list);
void qemu_opts_free(QemuOptsList *list);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(QemuOpts, qemu_opts_del)

#endif
