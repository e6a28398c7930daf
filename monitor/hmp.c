/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hmp.c: the human monitor: output, prompt and banner, command lookup,
 * argument parsing and help, with QEMU 8.2's texts.
 *
 * A command's arguments are described by its args_type string, a comma
 * separated list of NAME:TYPE items, each parsed from the line in turn
 * into a QDict under NAME:
 *   /      a memory dump format "/[count][x|d|u|o|c|i][b|h|w|g]": ints
 *          "count", "format" and "size" (the last format and size used
 *          are the defaults, as in QEMU)
 *   l, i   an expression (hmp_get_expr)
 *   s      one word;  S  the rest of the line
 *   -X     the flag "-X" (a bool)
 * A trailing '?' makes an item optional.
 */
#include "qemu/osdep.h"
#include "qobject/qdict.h"
#include "qobject/qstring.h"
#include "hw/core/cpu.h"
#include "monitor/hmp.h"
#include "monitor/qmp-cmds.h"
#include "monitor/readline.h"
#include "config-host.h"


struct MonitorHMP {
    MonitorHMPOutput *out;
    void *opaque;
    ReadLineState *rs;          /* NULL: no terminal */
    CPUState *cpu;              /* NULL: the first CPU */
    bool banner_shown;          /* the chardev opened with our focus */
    bool opened;                /* the chardev is open */
    bool mux_out;               /* another mux front end has the focus */
    bool suspended;             /* quitting: no more prompts */
};

/* Defaults of the '/' format, shared by every monitor as in QEMU. */
static int hmp_last_format = 'x';
static int hmp_last_size = 4;

void monitor_puts(MonitorHMP *mon, const char *text)
{
    g_autoptr(GString) s = g_string_sized_new(strlen(text) + 8);
    const char *p;

    for (p = text; *p; p++) {
        if (*p == '\n') {
            g_string_append_c(s, '\r');
        }
        g_string_append_c(s, *p);
    }
    if (s->len) {
        mon->out(mon->opaque, s->str, s->len);
    }
}

void monitor_printf(MonitorHMP *mon, const char *fmt, ...)
{
    g_autofree char *text = NULL;
    va_list ap;

    va_start(ap, fmt);
    text = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    monitor_puts(mon, text);
}

static void monitor_readline_out(void *opaque, const char *text)
{
    monitor_puts(opaque, text);
}

static void monitor_readline_line(void *opaque, const char *line)
{
    MonitorHMP *mon = opaque;

    monitor_hmp_command(mon, line);
    if (!mon->mux_out && !mon->suspended) {
        readline_show_prompt(mon->rs);
    }
}

static void hmp_complete(void *opaque, const char *line, size_t *word_start,
                         GPtrArray *matches);

MonitorHMP *monitor_hmp_new(MonitorHMPOutput *out, void *opaque,
                            bool use_readline)
{
    MonitorHMP *mon = g_new0(MonitorHMP, 1);

    qmp_init_commands();        /* commands run their QMP twins */
    mon->out = out;
    mon->opaque = opaque;
    if (use_readline) {
        mon->rs = readline_new(monitor_readline_out, monitor_readline_line,
                               mon);
        readline_set_completion(mon->rs, hmp_complete);
        readline_start(mon->rs, "(qemu) ");
    }
    return mon;
}

void monitor_hmp_free(MonitorHMP *mon)
{
    if (mon) {
        readline_free(mon->rs);
        g_free(mon);
    }
}

void monitor_hmp_feed(MonitorHMP *mon, const uint8_t *buf, size_t len)
{
    size_t i;

    for (i = 0; i < len && mon->rs; i++) {
        readline_handle_byte(mon->rs, buf[i]);
    }
}

static void monitor_hmp_greet(MonitorHMP *mon)
{
    monitor_printf(mon, "QEMU %s monitor - type 'help' for more "
                   "information\n", QEMU_VERSION);
    mon->banner_shown = true;
}

void monitor_hmp_opened(MonitorHMP *mon)
{
    mon->opened = true;
    if (mon->mux_out) {
        return;
    }
    monitor_hmp_greet(mon);
    if (mon->rs) {
        readline_restart(mon->rs);
        readline_show_prompt(mon->rs);
    }
}

void monitor_hmp_focus_in(MonitorHMP *mon)
{
    if (!mon->mux_out) {
        return;
    }
    mon->mux_out = false;
    if (!mon->opened) {
        return;
    }
    if (!mon->banner_shown) {
        monitor_hmp_greet(mon);
    }
    if (mon->rs) {
        readline_restart(mon->rs);
        readline_show_prompt(mon->rs);
    }
}

void monitor_hmp_focus_out(MonitorHMP *mon)
{
    if (mon->banner_shown && !mon->mux_out) {
        monitor_puts(mon, "\n");
    }
    mon->mux_out = true;
}

void monitor_hmp_suspend(MonitorHMP *mon)
{
    mon->suspended = true;
}

CPUState *mon_get_cpu(MonitorHMP *mon)
{
    return mon->cpu ? mon->cpu : first_cpu;
}

const char *monitor_hmp_history(MonitorHMP *mon, unsigned int index)
{
    return mon->rs ? readline_get_history(mon->rs, index) : NULL;
}

static void hmp_string_output(void *opaque, const char *buf, size_t len)
{
    g_string_append_len(opaque, buf, len);
}

char *hmp_run_command_line(const char *cmdline, CPUState *cpu)
{
    GString *out = g_string_new(NULL);
    MonitorHMP *mon = monitor_hmp_new(hmp_string_output, out, false);

    mon->cpu = cpu;
    monitor_hmp_command(mon, cmdline);
    monitor_hmp_free(mon);
    return g_string_free(out, false);
}

/* --- command lookup ------------------------------------------------ */

static const char *hmp_skip_spaces(const char *p)
{
    while (g_ascii_isspace(*p)) {
        p++;
    }
    return p;
}

/* Does @word match one of the '|' separated names in @list? */
static bool hmp_name_matches(const char *list, const char *word)
{
    size_t len = strlen(word);
    const char *p = list;

    while (*p) {
        const char *end = strchrnul(p, '|');

        if ((size_t)(end - p) == len && !strncmp(p, word, len)) {
            return true;
        }
        p = *end ? end + 1 : end;
    }
    return false;
}

static const HMPCommand *hmp_find_in(const HMPCommand *table,
                                     const char *word)
{
    for (; table->name; table++) {
        if (hmp_name_matches(table->name, word)) {
            return table;
        }
    }
    return NULL;
}

/* The next command word at *@pp (up to a space or '/'), or NULL. */
static char *hmp_next_word(const char **pp)
{
    const char *p = hmp_skip_spaces(*pp);
    const char *start = p;

    while (*p && *p != '/' && !g_ascii_isspace(*p)) {
        p++;
    }
    *pp = p;
    return p > start ? g_strndup(start, p - start) : NULL;
}

/*
 * Find the command at *@pp, descending into sub-tables; *@pp ends up
 * after its name and *@path_end after the last word of its path.
 */
static const HMPCommand *hmp_find_command(MonitorHMP *mon, const char **pp,
                                          const char **path_end)
{
    const HMPCommand *table = hmp_cmds;
    const HMPCommand *cmd = NULL;
    const char *start = hmp_skip_spaces(*pp);
    const char *p = start;

    for (;;) {
        const char *before = p;
        g_autofree char *word = hmp_next_word(&p);

        if (!word) {
            p = before;
            break;
        }
        cmd = hmp_find_in(table, word);
        if (!cmd) {
            monitor_printf(mon, "unknown command: '%.*s'\n",
                           (int)(p - start), start);
            return NULL;
        }
        *path_end = p;
        if (!cmd->sub_table) {
            break;
        }
        table = cmd->sub_table;
    }
    *pp = p;
    return cmd;
}

/* --- completion ---------------------------------------------------- */

/*
 * The table whose names complete the word after @words: the commands
 * first, then the sub-commands of a command that has them ("info"), or
 * again the commands after "help" (whose argument names one); NULL
 * where no word would complete.
 */
static const HMPCommand *hmp_completion_table(char **words, int n)
{
    const HMPCommand *table = hmp_cmds;
    int i;

    for (i = 0; i < n; i++) {
        const HMPCommand *cmd = hmp_find_in(table, words[i]);

        if (!cmd) {
            return NULL;
        }
        if (cmd->sub_table) {
            table = cmd->sub_table;
        } else if (cmd->cmd == hmp_help) {
            table = hmp_cmds;
        } else {
            return NULL;
        }
    }
    return table;
}

/* Add each name and alias in @table that starts with @word. */
static void hmp_add_names(const HMPCommand *table, const char *word,
                          GPtrArray *matches)
{
    size_t len = strlen(word);

    for (; table->name; table++) {
        g_auto(GStrv) names = g_strsplit(table->name, "|", -1);
        char **n;

        for (n = names; *n; n++) {
            if (!strncmp(*n, word, len)) {
                g_ptr_array_add(matches, g_strdup(*n));
            }
        }
    }
}

/* Completion for readline: command names, then "info" sub-commands. */
static void hmp_complete(void *opaque, const char *line, size_t *word_start,
                         GPtrArray *matches)
{
    g_auto(GStrv) all = g_strsplit_set(line, " \t", -1);
    g_autoptr(GPtrArray) words = g_ptr_array_new();
    guint n = g_strv_length(all);
    const char *word = n ? all[n - 1] : "";   /* the one to complete */
    const HMPCommand *table;
    guint i;

    for (i = 0; i + 1 < n; i++) {
        if (*all[i]) {
            g_ptr_array_add(words, all[i]);
        }
    }
    *word_start = strlen(line) - strlen(word);
    table = hmp_completion_table((char **)words->pdata, words->len);
    if (table) {
        hmp_add_names(table, word, matches);
    }
}

/* --- arguments ----------------------------------------------------- */

static bool hmp_parse_format(MonitorHMP *mon, const char **pp, QDict *qdict)
{
    const char *p = *pp;
    int count = 1, format = -1, size = -1;

    if (*p != '/') {
        format = hmp_last_format;
        size = format == 'i' ? -1 : hmp_last_size;
        goto done;
    }
    p++;
    if (g_ascii_isdigit(*p)) {
        count = 0;
        for (; g_ascii_isdigit(*p); p++) {
            /* saturate: a huge count is refused further on */
            count = count >= INT_MAX / 10 ? INT_MAX / 10
                                          : count * 10 + (*p - '0');
        }
    }
    for (;; p++) {
        if (strchr("odux" "ic", *p) && *p) {
            format = *p;
        } else if (*p == 'b' || *p == 'h' || *p == 'w' || *p == 'g') {
            size = *p == 'b' ? 1 : *p == 'h' ? 2 : *p == 'w' ? 4 : 8;
        } else {
            break;
        }
    }
    if (*p && !g_ascii_isspace(*p)) {
        monitor_printf(mon, "invalid char in format: '%c'\n", *p);
        return false;
    }
    format = format < 0 ? hmp_last_format : format;
    if (format != 'i') {
        size = size < 0 ? hmp_last_size : size;
        hmp_last_size = size;
    }
    hmp_last_format = format;
done:
    qdict_put_int(qdict, "count", count);
    qdict_put_int(qdict, "format", format);
    qdict_put_int(qdict, "size", size);
    *pp = p;
    return true;
}

static void hmp_parse_word(const char **pp, QDict *qdict, const char *name,
                           bool rest_of_line)
{
    const char *p = *pp;
    const char *start = p;

    if (rest_of_line) {
        p += strlen(p);
    } else {
        while (*p && !g_ascii_isspace(*p)) {
            p++;
        }
    }
    qdict_put_obj(qdict, name,
                  QOBJECT(qstring_from_substr(start, 0, p - start)));
    *pp = p;
}

/* Parse one NAME:TYPE item of args_type. */
static bool hmp_parse_arg(MonitorHMP *mon, const HMPCommand *cmd,
                          const char **pp, QDict *qdict,
                          const char *name, const char *type)
{
    bool optional = type[0] && type[strlen(type) - 1] == '?';
    const char *p = hmp_skip_spaces(*pp);
    int64_t val;

    *pp = p;
    if (type[0] == '-') {
        if (p[0] == '-' && p[1] == type[1] &&
            (!p[2] || g_ascii_isspace(p[2]))) {
            qdict_put_bool(qdict, name, true);
            *pp = p + 2;
        }
        return true;
    }
    if (type[0] == '/') {
        return hmp_parse_format(mon, pp, qdict);
    }
    if (!*p && optional) {
        return true;
    }
    if ((type[0] == 's' || type[0] == 'S') && !*p) {
        monitor_printf(mon, "%s: string expected\n", cmd->name);
        return false;
    }
    if (type[0] == 's' || type[0] == 'S') {
        hmp_parse_word(pp, qdict, name, type[0] == 'S');
        return true;
    }
    if (!hmp_get_expr(mon, pp, &val)) {
        return false;
    }
    qdict_put_int(qdict, name, val);
    return true;
}

static bool hmp_parse_args(MonitorHMP *mon, const HMPCommand *cmd,
                           const char **pp, QDict *qdict)
{
    g_auto(GStrv) items = g_strsplit(cmd->args_type, ",", -1);
    int i;

    for (i = 0; items[i]; i++) {
        char *colon = strchr(items[i], ':');

        if (!colon) {
            continue;
        }
        *colon = '\0';
        if (!hmp_parse_arg(mon, cmd, pp, qdict, items[i], colon + 1)) {
            return false;
        }
    }
    if (*hmp_skip_spaces(*pp)) {
        monitor_printf(mon, "%s: extraneous characters at the end of line\n",
                       cmd->name);
        return false;
    }
    return true;
}

void monitor_hmp_command(MonitorHMP *mon, const char *cmdline)
{
    const char *p = cmdline;
    const char *start = hmp_skip_spaces(cmdline);
    const char *path_end = start;
    const HMPCommand *cmd;
    g_autoptr(QDict) qdict = qdict_new();

    if (!*start) {
        return;
    }
    cmd = hmp_find_command(mon, &p, &path_end);
    if (!cmd) {
        return;
    }
    if (!hmp_parse_args(mon, cmd, &p, qdict)) {
        monitor_printf(mon, "Try \"help %.*s\" for more information\n",
                       (int)(path_end - start), start);
        return;
    }
    cmd->cmd(mon, qdict);
}

/* --- help ---------------------------------------------------------- */

static void hmp_help_one(MonitorHMP *mon, const char *prefix,
                         const HMPCommand *cmd)
{
    monitor_printf(mon, "%s%s %s -- %s\n", prefix, cmd->name, cmd->params,
                   cmd->help);
}

static void hmp_help_table(MonitorHMP *mon, const char *prefix,
                           const HMPCommand *table)
{
    for (; table->name; table++) {
        hmp_help_one(mon, prefix, table);
    }
}

void hmp_help(MonitorHMP *mon, const QDict *qdict)
{
    const char *name = qdict_get_try_str(qdict, "name");
    g_auto(GStrv) words = g_strsplit_set(name ? name : "", " \t", -1);
    const HMPCommand *parent = NULL;
    const HMPCommand *cmd = NULL;
    g_autoptr(GString) path = g_string_new(NULL);
    g_autofree char *prefix = NULL;
    int i;

    for (i = 0; words[i] && (!cmd || cmd->sub_table); i++) {
        if (!*words[i]) {
            continue;
        }
        g_string_append_printf(path, "%s%s", path->len ? " " : "",
                               words[i]);
        parent = cmd;
        cmd = hmp_find_in(parent ? parent->sub_table : hmp_cmds, words[i]);
        if (!cmd) {
            monitor_printf(mon, "unknown command: '%s'\n", path->str);
            return;
        }
    }
    if (!cmd) {
        hmp_help_table(mon, "", hmp_cmds);
    } else if (cmd->sub_table) {
        prefix = g_strconcat(cmd->name, " ", NULL);
        hmp_help_table(mon, prefix, cmd->sub_table);
    } else {
        prefix = g_strconcat(parent ? parent->name : "", parent ? " " : "",
                             NULL);
        hmp_help_one(mon, prefix, cmd);
    }
}
