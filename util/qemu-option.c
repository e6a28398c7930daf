/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qemu-option.c: QemuOpts, the `k=v,k2=v2` option groups.
 *
 * The parsing rules, the behaviour of every function and the message texts
 * are those of QEMU 8.2's QemuOpts (see include/qemu/option.h).  A QemuOpts
 * keeps its options in a doubly linked list so that lookups can start from
 * the end: the last occurrence of a key is the one that counts.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/cutils.h"
#include "qemu/option.h"
#include "qemu/option_int.h"
#include "qobject/qdict.h"
#include "qobject/qstring.h"
#include "qobject/qnum.h"
#include "qobject/qbool.h"

/* Column where the help text starts in qemu_opts_print_help. */
#define OPTS_HELP_COLUMN 24

/* Lists */

static void opt_link(QemuOpts *opts, QemuOpt *opt)
{
    opt->opts = opts;
    opt->next = NULL;
    opt->prev = opts->last;
    if (opts->last) {
        opts->last->next = opt;
    } else {
        opts->first = opt;
    }
    opts->last = opt;
}

static void opt_unlink(QemuOpt *opt)
{
    QemuOpts *opts = opt->opts;

    if (opt->prev) {
        opt->prev->next = opt->next;
    } else {
        opts->first = opt->next;
    }
    if (opt->next) {
        opt->next->prev = opt->prev;
    } else {
        opts->last = opt->prev;
    }
}

static void opts_link(QemuOptsList *list, QemuOpts *opts)
{
    opts->list = list;
    opts->next = NULL;
    opts->prev = list->head.last;
    if (list->head.last) {
        list->head.last->next = opts;
    } else {
        list->head.first = opts;
    }
    list->head.last = opts;
}

static void opts_unlink(QemuOpts *opts)
{
    QemuOptsHead *head = &opts->list->head;

    if (opts->prev) {
        opts->prev->next = opts->next;
    } else {
        head->first = opts->next;
    }
    if (opts->next) {
        opts->next->prev = opts->prev;
    } else {
        head->last = opts->prev;
    }
}

/* Descriptions and values */

static bool opts_accepts_any(const QemuOptsList *list)
{
    return list->desc[0].name == NULL;
}

static const QemuOptDesc *find_desc_by_name(const QemuOptDesc *desc,
                                            const char *name)
{
    for (; desc->name; desc++) {
        if (strcmp(desc->name, name) == 0) {
            return desc;
        }
    }
    return NULL;
}

static const char *find_default_by_name(QemuOpts *opts, const char *name)
{
    const QemuOptDesc *desc = find_desc_by_name(opts->list->desc, name);

    return desc ? desc->def_value_str : NULL;
}

static bool parse_option_number(const char *name, const char *value,
                                uint64_t *ret, Error **errp)
{
    uint64_t number;
    int err = qemu_strtou64(value, NULL, 0, &number);

    if (err == -ERANGE) {
        error_setg(errp, "Value '%s' is too large for parameter '%s'",
                   value, name);
        return false;
    }
    if (err) {
        error_setg(errp, "Parameter '%s' expects a number", name);
        return false;
    }
    *ret = number;
    return true;
}

bool parse_option_size(const char *name, const char *value,
                       uint64_t *ret, Error **errp)
{
    uint64_t size;
    int err = qemu_strtosz(value, NULL, &size);

    if (err == -ERANGE) {
        error_setg(errp, "Value '%s' is out of range for parameter '%s'",
                   value, name);
        return false;
    }
    if (err) {
        error_setg(errp, "Parameter '%s' expects a non-negative number "
                   "below 2^64", name);
        error_append_hint(errp, "Optional suffix k, M, G, T, P or E means "
                          "kilo-, mega-, giga-, tera-, peta-\n"
                          "and exabytes, respectively.\n");
        return false;
    }
    *ret = size;
    return true;
}

/* Parse opt->str according to opt->desc into opt->value. */
static bool opt_parse_value(QemuOpt *opt, Error **errp)
{
    if (!opt->desc) {
        return true;
    }
    switch (opt->desc->type) {
    case QEMU_OPT_STRING:
        return true;
    case QEMU_OPT_BOOL:
        return qapi_bool_parse(opt->name, opt->str, &opt->value.boolean,
                               errp);
    case QEMU_OPT_NUMBER:
        return parse_option_number(opt->name, opt->str, &opt->value.uint,
                                   errp);
    case QEMU_OPT_SIZE:
        return parse_option_size(opt->name, opt->str, &opt->value.uint,
                                 errp);
    }
    g_assert_not_reached();
}

/* Options */

/* A new option appended to @opts; takes ownership of @value. */
static QemuOpt *opt_create(QemuOpts *opts, const char *name, char *value)
{
    QemuOpt *opt = g_new0(QemuOpt, 1);

    opt->name = g_strdup(name);
    opt->str = value;
    opt_link(opts, opt);
    return opt;
}

static void opt_delete(QemuOpt *opt)
{
    opt_unlink(opt);
    g_free(opt->name);
    g_free(opt->str);
    g_free(opt);
}

static void opt_delete_all(QemuOpts *opts, const char *name)
{
    QemuOpt *opt, *prev;

    for (opt = opts->last; opt; opt = prev) {
        prev = opt->prev;
        if (strcmp(opt->name, name) == 0) {
            opt_delete(opt);
        }
    }
}

/* Attach the description of opt's key and parse its value. */
static bool opt_validate(QemuOpt *opt, Error **errp)
{
    const QemuOptsList *list = opt->opts->list;
    const QemuOptDesc *desc = find_desc_by_name(list->desc, opt->name);

    if (!desc && !opts_accepts_any(list)) {
        error_setg(errp, "Invalid parameter '%s'", opt->name);
        return false;
    }
    opt->desc = desc;
    return opt_parse_value(opt, errp);
}

bool is_help_option(const char *name)
{
    return strcmp(name, "help") == 0 || strcmp(name, "?") == 0;
}

QemuOpt *qemu_opt_find(QemuOpts *opts, const char *name)
{
    QemuOpt *opt;

    for (opt = opts->last; opt; opt = opt->prev) {
        if (strcmp(opt->name, name) == 0) {
            return opt;
        }
    }
    return NULL;
}

const char *qemu_opt_get(QemuOpts *opts, const char *name)
{
    QemuOpt *opt;

    if (!opts) {
        return NULL;
    }
    opt = qemu_opt_find(opts, name);
    return opt ? opt->str : find_default_by_name(opts, name);
}

char *qemu_opt_get_del(QemuOpts *opts, const char *name)
{
    QemuOpt *opt;
    char *str;

    if (!opts) {
        return NULL;
    }
    opt = qemu_opt_find(opts, name);
    if (!opt) {
        return g_strdup(find_default_by_name(opts, name));
    }
    str = opt->str;
    opt->str = NULL;
    opt_delete_all(opts, name);
    return str;
}

bool qemu_opt_has_help_opt(QemuOpts *opts)
{
    QemuOpt *opt;

    for (opt = opts->last; opt; opt = opt->prev) {
        if (is_help_option(opt->name)) {
            return true;
        }
    }
    return false;
}

/*
 * The typed getters share one shape: find the option, else fall back to
 * the description's default, else to @defval.
 */
static const QemuOpt *opt_get_typed(QemuOpts *opts, const char *name,
                                    QemuOptType type, const char **def)
{
    QemuOpt *opt = qemu_opt_find(opts, name);

    *def = NULL;
    if (!opt) {
        *def = find_default_by_name(opts, name);
        return NULL;
    }
    assert(opt->desc && opt->desc->type == type);
    return opt;
}

static bool opt_get_bool_helper(QemuOpts *opts, const char *name,
                                bool defval, bool del)
{
    const QemuOpt *opt;
    const char *def;
    bool ret = defval;

    if (!opts) {
        return ret;
    }
    opt = opt_get_typed(opts, name, QEMU_OPT_BOOL, &def);
    if (!opt) {
        if (def) {
            qapi_bool_parse(name, def, &ret, &error_abort);
        }
        return ret;
    }
    ret = opt->value.boolean;
    if (del) {
        opt_delete_all(opts, name);
    }
    return ret;
}

static uint64_t opt_get_uint_helper(QemuOpts *opts, const char *name,
                                    QemuOptType type, uint64_t defval,
                                    bool del)
{
    const QemuOpt *opt;
    const char *def;
    uint64_t ret = defval;

    if (!opts) {
        return ret;
    }
    opt = opt_get_typed(opts, name, type, &def);
    if (!opt) {
        if (def && type == QEMU_OPT_NUMBER) {
            parse_option_number(name, def, &ret, &error_abort);
        } else if (def) {
            parse_option_size(name, def, &ret, &error_abort);
        }
        return ret;
    }
    ret = opt->value.uint;
    if (del) {
        opt_delete_all(opts, name);
    }
    return ret;
}

bool qemu_opt_get_bool(QemuOpts *opts, const char *name, bool defval)
{
    return opt_get_bool_helper(opts, name, defval, false);
}

bool qemu_opt_get_bool_del(QemuOpts *opts, const char *name, bool defval)
{
    return opt_get_bool_helper(opts, name, defval, true);
}

uint64_t qemu_opt_get_number(QemuOpts *opts, const char *name,
                             uint64_t defval)
{
    return opt_get_uint_helper(opts, name, QEMU_OPT_NUMBER, defval, false);
}

uint64_t qemu_opt_get_number_del(QemuOpts *opts, const char *name,
                                 uint64_t defval)
{
    return opt_get_uint_helper(opts, name, QEMU_OPT_NUMBER, defval, true);
}

uint64_t qemu_opt_get_size(QemuOpts *opts, const char *name,
                           uint64_t defval)
{
    return opt_get_uint_helper(opts, name, QEMU_OPT_SIZE, defval, false);
}

uint64_t qemu_opt_get_size_del(QemuOpts *opts, const char *name,
                               uint64_t defval)
{
    return opt_get_uint_helper(opts, name, QEMU_OPT_SIZE, defval, true);
}

int qemu_opt_unset(QemuOpts *opts, const char *name)
{
    QemuOpt *opt = qemu_opt_find(opts, name);

    assert(opts_accepts_any(opts->list));
    if (!opt) {
        return -1;
    }
    opt_delete(opt);
    return 0;
}

bool qemu_opt_set(QemuOpts *opts, const char *name, const char *value,
                  Error **errp)
{
    QemuOpt *opt = opt_create(opts, name, g_strdup(value));

    if (!opt_validate(opt, errp)) {
        opt_delete(opt);
        return false;
    }
    return true;
}

/* Append an option whose value is already known, if the list allows it. */
static QemuOpt *opt_create_typed(QemuOpts *opts, const char *name,
                                 char *str, Error **errp)
{
    const QemuOptDesc *desc = find_desc_by_name(opts->list->desc, name);
    QemuOpt *opt;

    if (!desc && !opts_accepts_any(opts->list)) {
        error_setg(errp, "Invalid parameter '%s'", name);
        g_free(str);
        return NULL;
    }
    opt = opt_create(opts, name, str);
    opt->desc = desc;
    return opt;
}

bool qemu_opt_set_bool(QemuOpts *opts, const char *name, bool val,
                       Error **errp)
{
    QemuOpt *opt = opt_create_typed(opts, name, g_strdup(val ? "on" : "off"),
                                    errp);

    if (!opt) {
        return false;
    }
    opt->value.boolean = val;
    return true;
}

bool qemu_opt_set_number(QemuOpts *opts, const char *name, int64_t val,
                         Error **errp)
{
    QemuOpt *opt = opt_create_typed(opts, name,
                                    g_strdup_printf("%" PRId64, val), errp);

    if (!opt) {
        return false;
    }
    opt->value.uint = val;
    return true;
}

int qemu_opt_foreach(QemuOpts *opts, qemu_opt_loopfunc func, void *opaque,
                     Error **errp)
{
    QemuOpt *opt;
    int rc;

    for (opt = opts->first; opt; opt = opt->next) {
        rc = func(opaque, opt->name, opt->str, errp);
        if (rc) {
            return rc;
        }
        assert(!errp || !*errp);
    }
    return 0;
}

void qemu_opt_iter_init(QemuOptsIter *iter, QemuOpts *opts,
                        const char *name)
{
    iter->opts = opts;
    iter->opt = opts->first;
    iter->name = name;
}

const char *qemu_opt_iter_next(QemuOptsIter *iter)
{
    QemuOpt *opt = iter->opt;

    while (opt && iter->name && strcmp(opt->name, iter->name) != 0) {
        opt = opt->next;
    }
    if (!opt) {
        iter->opt = NULL;
        return NULL;
    }
    iter->opt = opt->next;
    return opt->str;
}

/* QemuOpts */

/* Letters, digits, '-', '.', '_', starting with a letter. */
static bool id_wellformed(const char *id)
{
    const char *p;

    if (!g_ascii_isalpha(id[0])) {
        return false;
    }
    for (p = id + 1; *p; p++) {
        if (!g_ascii_isalnum(*p) && !strchr("-._", *p)) {
            return false;
        }
    }
    return true;
}

QemuOpts *qemu_opts_find(QemuOptsList *list, const char *id)
{
    QemuOpts *opts;

    for (opts = list->head.first; opts; opts = opts->next) {
        if (!opts->id && !id) {
            return opts;
        }
        if (opts->id && id && strcmp(opts->id, id) == 0) {
            return opts;
        }
    }
    return NULL;
}

/*
 * The QemuOpts that qemu_opts_create must return instead of a new one,
 * with *@fail set when the request is an error (already reported).
 */
static QemuOpts *opts_existing(QemuOptsList *list, const char *id,
                               int fail_if_exists, bool *fail, Error **errp)
{
    QemuOpts *opts;

    *fail = true;
    if (list->merge_lists) {
        if (id) {
            error_setg(errp, "Invalid parameter '%s'", "id");
            return NULL;
        }
        *fail = false;
        return qemu_opts_find(list, NULL);
    }
    if (id && !id_wellformed(id)) {
        error_setg(errp, "Parameter '%s' expects %s", "id", "an identifier");
        error_append_hint(errp, "Identifiers consist of letters, digits, "
                          "'-', '.', '_', starting with a letter.\n");
        return NULL;
    }
    opts = id ? qemu_opts_find(list, id) : NULL;
    if (opts && fail_if_exists) {
        error_setg(errp, "Duplicate ID '%s' for %s", id, list->name);
        return NULL;
    }
    *fail = false;
    return opts;
}

QemuOpts *qemu_opts_create(QemuOptsList *list, const char *id,
                           int fail_if_exists, Error **errp)
{
    bool fail;
    QemuOpts *opts = opts_existing(list, id, fail_if_exists, &fail, errp);

    if (opts || fail) {
        return opts;
    }
    opts = g_new0(QemuOpts, 1);
    opts->id = g_strdup(id);
    loc_save(&opts->loc);
    opts_link(list, opts);
    return opts;
}

void qemu_opts_reset(QemuOptsList *list)
{
    while (list->head.first) {
        qemu_opts_del(list->head.first);
    }
}

void qemu_opts_loc_restore(QemuOpts *opts)
{
    loc_restore(&opts->loc);
}

const char *qemu_opts_id(QemuOpts *opts)
{
    return opts->id;
}

void qemu_opts_set_id(QemuOpts *opts, char *id)
{
    g_free(opts->id);
    opts->id = id;
}

void qemu_opts_del(QemuOpts *opts)
{
    if (!opts) {
        return;
    }
    while (opts->first) {
        opt_delete(opts->first);
    }
    opts_unlink(opts);
    g_free(opts->id);
    g_free(opts);
}

bool qemu_opts_validate(QemuOpts *opts, const QemuOptDesc *desc,
                        Error **errp)
{
    QemuOpt *opt;

    assert(opts_accepts_any(opts->list));
    for (opt = opts->first; opt; opt = opt->next) {
        opt->desc = find_desc_by_name(desc, opt->name);
        if (!opt->desc) {
            error_setg(errp, "Invalid parameter '%s'", opt->name);
            return false;
        }
        if (!opt_parse_value(opt, errp)) {
            return false;
        }
    }
    return true;
}

/* Parsing */

const char *get_opt_value(const char *p, char **value)
{
    GString *val = g_string_new(NULL);
    const char *comma;

    for (;;) {
        comma = strchrnul(p, ',');
        g_string_append_len(val, p, comma - p);
        if (comma[0] != ',' || comma[1] != ',') {
            break;
        }
        g_string_append_c(val, ',');
        p = comma + 2;
    }
    *value = g_string_free(val, false);
    return comma;
}

/*
 * The deprecated short form of a boolean: "key" for key=on, "nokey" for
 * key=off.  "nodelay" is special: its key really is "nodelay".
 */
static void warn_short_form_bool(const char *prefix, const char *name,
                                 const char *value)
{
    warn_report("short-form boolean option '%s%s' deprecated", prefix, name);
    if (strcmp(name, "delay") == 0) {
        error_printf("Please use nodelay=%s instead\n",
                     prefix[0] ? "on" : "off");
    } else {
        error_printf("Please use %s=%s instead\n", name, value);
    }
}

/*
 * Split the first element of @params into *@name and *@value (both new
 * strings) and return where the next element starts.  @firstname names a
 * first element without '='; without it, such an element is a flag.  A
 * flag "help" or "?" sets *@help_wanted (if not NULL).
 */
static const char *get_opt_name_value(const char *params,
                                      const char *firstname,
                                      bool warn_on_flag, bool *help_wanted,
                                      char **name, char **value)
{
    size_t len = strcspn(params, "=,");
    const char *p;
    const char *prefix = "";
    bool is_help = false;

    if (params[len] == '=') {
        *name = g_strndup(params, len);
        p = get_opt_value(params + len + 1, value);
    } else if (firstname) {
        *name = g_strdup(firstname);
        p = get_opt_value(params, value);
    } else {
        p = params + len;
        if (strncmp(params, "no", 2) == 0) {
            prefix = "no";
            *name = g_strndup(params + 2, len - 2);
            *value = g_strdup("off");
        } else {
            *name = g_strndup(params, len);
            *value = g_strdup("on");
            is_help = is_help_option(*name);
        }
        if (warn_on_flag && !is_help) {
            warn_short_form_bool(prefix, *name, *value);
        }
    }
    assert(*p == '\0' || *p == ',');
    if (is_help && help_wanted) {
        *help_wanted = true;
    }
    return *p == ',' ? p + 1 : p;
}

bool has_help_option(const char *params)
{
    const char *p = params;
    char *name, *value;
    bool help = false;

    while (*p && !help) {
        p = get_opt_name_value(p, NULL, false, &help, &name, &value);
        g_free(name);
        g_free(value);
    }
    return help;
}

/* The value of the first "id=" element of @params (new), or NULL. */
static char *opts_parse_id(const char *params)
{
    const char *p = params;
    char *name, *value;

    while (*p) {
        p = get_opt_name_value(p, NULL, false, NULL, &name, &value);
        if (strcmp(name, "id") == 0) {
            g_free(name);
            return value;
        }
        g_free(name);
        g_free(value);
    }
    return NULL;
}

static bool opts_do_parse(QemuOpts *opts, const char *params,
                          const char *firstname, bool warn_on_flag,
                          bool *help_wanted, Error **errp)
{
    const char *p = params;
    char *name, *value;
    QemuOpt *opt;

    while (*p) {
        p = get_opt_name_value(p, firstname, warn_on_flag, help_wanted,
                               &name, &value);
        firstname = NULL;
        if (help_wanted && *help_wanted) {
            g_free(name);
            g_free(value);
            return false;
        }
        if (strcmp(name, "id") == 0) {
            g_free(name);
            g_free(value);
            continue;
        }
        opt = opt_create(opts, name, value);
        g_free(name);
        if (!opt_validate(opt, errp)) {
            opt_delete(opt);
            return false;
        }
    }
    return true;
}

bool qemu_opts_do_parse(QemuOpts *opts, const char *params,
                        const char *firstname, Error **errp)
{
    return opts_do_parse(opts, params, firstname, false, NULL, errp);
}

static QemuOpts *opts_parse(QemuOptsList *list, const char *params,
                            bool permit_abbrev, bool warn_on_flag,
                            bool *help_wanted, Error **errp)
{
    const char *firstname = NULL;
    g_autofree char *id = opts_parse_id(params);
    QemuOpts *opts;

    if (permit_abbrev) {
        assert(list->implied_opt_name);
        firstname = list->implied_opt_name;
    }
    opts = qemu_opts_create(list, id, !list->merge_lists, errp);
    if (!opts) {
        return NULL;
    }
    if (!opts_do_parse(opts, params, firstname, warn_on_flag, help_wanted,
                       errp)) {
        qemu_opts_del(opts);
        return NULL;
    }
    return opts;
}

QemuOpts *qemu_opts_parse(QemuOptsList *list, const char *params,
                          bool permit_abbrev, Error **errp)
{
    return opts_parse(list, params, permit_abbrev, false, NULL, errp);
}

QemuOpts *qemu_opts_parse_noisily(QemuOptsList *list, const char *params,
                                  bool permit_abbrev)
{
    Error *err = NULL;
    bool help_wanted = false;
    QemuOpts *opts;

    /* A list that accepts any key takes "help" as an ordinary flag. */
    opts = opts_parse(list, params, permit_abbrev, true,
                      opts_accepts_any(list) ? NULL : &help_wanted, &err);
    if (opts) {
        return opts;
    }
    if (help_wanted) {
        assert(!err);
        qemu_opts_print_help(list, true);
    } else {
        error_report_err(err);
    }
    return NULL;
}

/* QDict conversion */

/* Add one entry of a QDict to @opts, converting numbers and booleans. */
static bool opts_set_from_qobject(QemuOpts *opts, const char *key,
                                  QObject *obj, Error **errp)
{
    g_autofree char *num = NULL;
    const char *value;

    if (strcmp(key, "id") == 0) {
        return true;
    }
    switch (qobject_type(obj)) {
    case QTYPE_QSTRING:
        value = qstring_get_str(qobject_to(QString, obj));
        break;
    case QTYPE_QNUM:
        num = qnum_to_string(qobject_to(QNum, obj));
        value = num;
        break;
    case QTYPE_QBOOL:
        value = qbool_get_bool(qobject_to(QBool, obj)) ? "on" : "off";
        break;
    default:
        return true;
    }
    return qemu_opt_set(opts, key, value, errp);
}

QemuOpts *qemu_opts_from_qdict(QemuOptsList *list, const QDict *qdict,
                               Error **errp)
{
    const QDictEntry *e;
    QemuOpts *opts;

    opts = qemu_opts_create(list, qdict_get_try_str(qdict, "id"), 1, errp);
    if (!opts) {
        return NULL;
    }
    for (e = qdict_first(qdict); e; e = qdict_next(qdict, e)) {
        if (!opts_set_from_qobject(opts, qdict_entry_key(e),
                                   qdict_entry_value(e), errp)) {
            qemu_opts_del(opts);
            return NULL;
        }
    }
    return opts;
}

bool qemu_opts_absorb_qdict(QemuOpts *opts, QDict *qdict, Error **errp)
{
    const QDictEntry *e, *next;
    const char *key;

    for (e = qdict_first(qdict); e; e = next) {
        next = qdict_next(qdict, e);
        key = qdict_entry_key(e);
        if (!opts_accepts_any(opts->list) &&
            !find_desc_by_name(opts->list->desc, key)) {
            continue;
        }
        if (!opts_set_from_qobject(opts, key, qdict_entry_value(e), errp)) {
            return false;
        }
        qdict_del(qdict, key);
    }
    return true;
}

QDict *qemu_opts_to_qdict_filtered(QemuOpts *opts, QDict *qdict,
                                   QemuOptsList *list, bool del)
{
    QemuOpt *opt, *next;

    if (!qdict) {
        qdict = qdict_new();
    }
    if (opts->id) {
        qdict_put_str(qdict, "id", opts->id);
    }
    for (opt = opts->first; opt; opt = next) {
        next = opt->next;
        if (list && !find_desc_by_name(list->desc, opt->name)) {
            continue;
        }
        qdict_put_str(qdict, opt->name, opt->str);
        if (del) {
            opt_delete(opt);
        }
    }
    return qdict;
}

QDict *qemu_opts_to_qdict(QemuOpts *opts, QDict *qdict)
{
    return qemu_opts_to_qdict_filtered(opts, qdict, NULL, false);
}

/* Iteration and printing */

int qemu_opts_foreach(QemuOptsList *list, qemu_opts_loopfunc func,
                      void *opaque, Error **errp)
{
    Location loc;
    QemuOpts *opts, *next;
    int rc = 0;

    loc_push_none(&loc);
    for (opts = list->head.first; opts; opts = next) {
        next = opts->next;      /* @func may delete @opts */
        loc_restore(&opts->loc);
        rc = func(opaque, opts, errp);
        if (rc) {
            break;
        }
        assert(!errp || !*errp);
    }
    loc_pop(&loc);
    return rc;
}

/* Print @value so that it parses back: ',' becomes ",,". */
static void print_escaped(const char *value)
{
    for (; *value; value++) {
        if (*value == ',') {
            putchar(',');
        }
        putchar(*value);
    }
}

static void opts_print_described(QemuOpts *opts, const char *sep,
                                 const char *first_sep)
{
    const QemuOptDesc *desc;
    const QemuOpt *opt;
    const char *value;

    for (desc = opts->list->desc; desc->name; desc++) {
        opt = qemu_opt_find(opts, desc->name);
        value = opt ? opt->str : desc->def_value_str;
        if (!value) {
            continue;
        }
        if (desc->type == QEMU_OPT_STRING) {
            printf("%s%s=", first_sep, desc->name);
            print_escaped(value);
        } else if (opt && (desc->type == QEMU_OPT_NUMBER ||
                           desc->type == QEMU_OPT_SIZE)) {
            printf("%s%s=%" PRId64, first_sep, desc->name,
                   (int64_t)opt->value.uint);
        } else {
            printf("%s%s=%s", first_sep, desc->name, value);
        }
        first_sep = sep;
    }
}

void qemu_opts_print(QemuOpts *opts, const char *sep)
{
    const char *next_sep = "";
    const QemuOpt *opt;

    if (opts->id) {
        /* a well-formed id has no comma to escape */
        printf("id=%s", opts->id);
        next_sep = sep;
    }
    if (!opts_accepts_any(opts->list)) {
        opts_print_described(opts, sep, next_sep);
        return;
    }
    for (opt = opts->first; opt; opt = opt->next) {
        printf("%s%s=", next_sep, opt->name);
        print_escaped(opt->str);
        next_sep = sep;
    }
}

static const char *opt_type_name(QemuOptType type)
{
    switch (type) {
    case QEMU_OPT_STRING:
        return "str";
    case QEMU_OPT_BOOL:
        return "bool (on/off)";
    case QEMU_OPT_NUMBER:
        return "num";
    case QEMU_OPT_SIZE:
        return "size";
    }
    g_assert_not_reached();
}

static gint compare_lines(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void qemu_opts_print_help(QemuOptsList *list, bool print_caption)
{
    g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func(g_free);
    const QemuOptDesc *desc;
    GString *line;
    guint i;

    for (desc = list->desc; desc->name; desc++) {
        line = g_string_new(NULL);
        g_string_append_printf(line, "  %s=<%s>", desc->name,
                               opt_type_name(desc->type));
        if (desc->help) {
            while (line->len < OPTS_HELP_COLUMN) {
                g_string_append_c(line, ' ');
            }
            g_string_append_printf(line, " - %s", desc->help);
        }
        g_ptr_array_add(lines, g_string_free(line, false));
    }
    g_ptr_array_sort(lines, compare_lines);

    if (lines->len == 0) {
        if (list->name) {
            printf("There are no options for %s.\n", list->name);
        } else {
            printf("No options available.\n");
        }
    } else if (print_caption) {
        if (list->name) {
            printf("%s options:\n", list->name);
        } else {
            printf("Options:\n");
        }
    }
    for (i = 0; i < lines->len; i++) {
        printf("%s\n", (const char *)g_ptr_array_index(lines, i));
    }
}

/* Description tables built at run time */

static size_t desc_count(const QemuOptsList *list)
{
    size_t n = 0;

    while (list && list->desc[n].name) {
        n++;
    }
    return n;
}

QemuOptsList *qemu_opts_append(QemuOptsList *dst, QemuOptsList *list)
{
    size_t n_dst = desc_count(dst);
    size_t n_max = n_dst + desc_count(list);
    const QemuOptDesc *desc;
    bool fresh = !dst;

    if (!list) {
        return dst;
    }
    /* moving the list would leave its QemuOpts pointing at the old one */
    assert(!dst || !dst->head.first);
    dst = g_realloc(dst, sizeof(QemuOptsList) +
                         (n_max + 1) * sizeof(QemuOptDesc));
    if (fresh) {
        memset(dst, 0, sizeof(QemuOptsList));
    }
    dst->desc[n_dst].name = NULL;
    for (desc = list->desc; desc->name; desc++) {
        if (!find_desc_by_name(dst->desc, desc->name)) {
            dst->desc[n_dst++] = *desc;
            dst->desc[n_dst].name = NULL;
        }
    }
    return dst;
}

void qemu_opts_free(QemuOptsList *list)
{
    g_free(list);
}
