/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * readline.c: the human monitor's line editor (see monitor/readline.h).
 *
 * The echo is computed by comparing the line with what the terminal
 * shows: when the text changed, the cursor goes back to the start of the
 * line (ESC [D per character), the whole text is printed and the rest of
 * the terminal line erased (ESC [K); then the cursor moves to its place.
 * These are the bytes QEMU's monitor sends, so a script driving either
 * sees the same stream.
 */
#include "qemu/osdep.h"
#include "monitor/readline.h"

typedef enum ReadLineEsc {
    RL_NORM,
    RL_ESC,         /* after ESC */
    RL_CSI,         /* after ESC [ (or 0x9b) */
    RL_SS3,         /* after ESC O */
} ReadLineEsc;

struct ReadLineState {
    char buf[READLINE_CMD_BUF_SIZE + 1];
    int index;                  /* cursor position in buf */
    int size;                   /* bytes in buf */
    char shown[READLINE_CMD_BUF_SIZE + 1];
    int shown_index;            /* where the terminal's cursor is */
    int shown_size;
    ReadLineEsc esc;
    int esc_param;
    char *history[READLINE_MAX_CMDS];
    int hist_entry;             /* entry being shown, -1: a new line */
    char *prompt;
    ReadLineOutput *out;
    ReadLineFunc *fn;
    ReadLineCompletionFunc *complete;
    void *opaque;
};

/* Completion lists: columns this wide at least, in a line this wide. */
#define READLINE_COMPLETION_MIN_WIDTH 10
#define READLINE_TERM_WIDTH 80

ReadLineState *readline_new(ReadLineOutput *out, ReadLineFunc *fn,
                            void *opaque)
{
    ReadLineState *rs = g_new0(ReadLineState, 1);

    rs->out = out;
    rs->fn = fn;
    rs->opaque = opaque;
    rs->hist_entry = -1;
    rs->prompt = g_strdup("");
    return rs;
}

void readline_free(ReadLineState *rs)
{
    int i;

    if (!rs) {
        return;
    }
    for (i = 0; i < READLINE_MAX_CMDS; i++) {
        g_free(rs->history[i]);
    }
    g_free(rs->prompt);
    g_free(rs);
}

void readline_set_completion(ReadLineState *rs, ReadLineCompletionFunc *fn)
{
    rs->complete = fn;
}

void readline_start(ReadLineState *rs, const char *prompt)
{
    g_free(rs->prompt);
    rs->prompt = g_strdup(prompt);
}

static void readline_cursor_moves(GString *s, int delta)
{
    const char *seq = delta > 0 ? "\033[C" : "\033[D";
    int n = delta > 0 ? delta : -delta;

    while (n-- > 0) {
        g_string_append(s, seq);
    }
}

/* Bring the terminal in line with buf and index. */
static void readline_update(ReadLineState *rs)
{
    g_autoptr(GString) s = g_string_new(NULL);

    if (rs->size != rs->shown_size ||
        memcmp(rs->buf, rs->shown, rs->size)) {
        readline_cursor_moves(s, -rs->shown_index);
        g_string_append_len(s, rs->buf, rs->size);
        g_string_append(s, "\033[K");
        memcpy(rs->shown, rs->buf, rs->size);
        rs->shown_size = rs->size;
        rs->shown_index = rs->size;
    }
    readline_cursor_moves(s, rs->index - rs->shown_index);
    rs->shown_index = rs->index;
    if (s->len) {
        rs->out(rs->opaque, s->str);
    }
}

void readline_show_prompt(ReadLineState *rs)
{
    rs->out(rs->opaque, rs->prompt);
    rs->shown_index = 0;
    rs->shown_size = 0;
    rs->esc = RL_NORM;
    readline_update(rs);
}

void readline_restart(ReadLineState *rs)
{
    rs->index = 0;
    rs->size = 0;
    rs->hist_entry = -1;
}

const char *readline_get_history(ReadLineState *rs, unsigned int index)
{
    return index < READLINE_MAX_CMDS ? rs->history[index] : NULL;
}

static void readline_set_line(ReadLineState *rs, const char *text)
{
    size_t len = strlen(text);

    len = MIN(len, READLINE_CMD_BUF_SIZE);
    memcpy(rs->buf, text, len);
    rs->size = rs->index = len;
}

static void readline_insert(ReadLineState *rs, char ch)
{
    if (rs->size >= READLINE_CMD_BUF_SIZE) {
        return;
    }
    memmove(rs->buf + rs->index + 1, rs->buf + rs->index,
            rs->size - rs->index);
    rs->buf[rs->index++] = ch;
    rs->size++;
}

/* Remove @n bytes starting at @at. */
static void readline_cut(ReadLineState *rs, int at, int n)
{
    memmove(rs->buf + at, rs->buf + at + n, rs->size - at - n);
    rs->size -= n;
    if (rs->index > at) {
        rs->index = MAX(at, rs->index - n);
    }
}

static void readline_backspace(ReadLineState *rs)
{
    if (rs->index > 0) {
        readline_cut(rs, rs->index - 1, 1);
    }
}

static void readline_delete(ReadLineState *rs)
{
    if (rs->index < rs->size) {
        readline_cut(rs, rs->index, 1);
    }
}

static void readline_cut_word(ReadLineState *rs)
{
    int start = rs->index;

    while (start > 0 && rs->buf[start - 1] == ' ') {
        start--;
    }
    while (start > 0 && rs->buf[start - 1] != ' ') {
        start--;
    }
    readline_cut(rs, start, rs->index - start);
}

static int readline_history_len(ReadLineState *rs)
{
    int n = 0;

    while (n < READLINE_MAX_CMDS && rs->history[n]) {
        n++;
    }
    return n;
}

static void readline_up(ReadLineState *rs)
{
    int n = readline_history_len(rs);

    if (rs->hist_entry == 0 || n == 0) {
        return;
    }
    rs->hist_entry = rs->hist_entry < 0 ? n - 1 : rs->hist_entry - 1;
    readline_set_line(rs, rs->history[rs->hist_entry]);
}

static void readline_down(ReadLineState *rs)
{
    if (rs->hist_entry < 0) {
        return;
    }
    if (rs->hist_entry + 1 < READLINE_MAX_CMDS &&
        rs->history[rs->hist_entry + 1]) {
        rs->hist_entry++;
        readline_set_line(rs, rs->history[rs->hist_entry]);
    } else {
        rs->hist_entry = -1;
        rs->size = rs->index = 0;
    }
}

/* Append @line, moving an identical older entry to the end. */
static void readline_hist_add(ReadLineState *rs, const char *line)
{
    int n = readline_history_len(rs);
    char *entry = NULL;
    int i;

    if (!*line) {
        return;
    }
    for (i = 0; i < n && !entry; i++) {
        if (!strcmp(rs->history[i], line)) {
            entry = rs->history[i];
            memmove(&rs->history[i], &rs->history[i + 1],
                    (n - i - 1) * sizeof(char *));
            rs->history[--n] = NULL;
        }
    }
    if (!entry && n == READLINE_MAX_CMDS) {
        g_free(rs->history[0]);
        memmove(&rs->history[0], &rs->history[1],
                (n - 1) * sizeof(char *));
        n--;
    }
    rs->history[n] = entry ? entry : g_strdup(line);
    rs->hist_entry = -1;
}

/* Replace buf[@start, index) with @text, leaving the cursor after it. */
static void readline_replace_word(ReadLineState *rs, int start,
                                  const char *text)
{
    readline_cut(rs, start, rs->index - start);
    for (; *text; text++) {
        readline_insert(rs, *text);
    }
}

static gint readline_strcmp(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* How many leading bytes all of @matches (sorted) share. */
static size_t readline_common_prefix(GPtrArray *matches)
{
    const char *first = g_ptr_array_index(matches, 0);
    const char *last = g_ptr_array_index(matches, matches->len - 1);
    size_t n = 0;

    while (first[n] && first[n] == last[n]) {
        n++;
    }
    return n;
}

/* @matches (sorted) in columns, then the prompt and the line again. */
static void readline_list_matches(ReadLineState *rs, GPtrArray *matches)
{
    g_autoptr(GString) s = g_string_new("\n");
    size_t width = 0;
    unsigned int i, cols;

    for (i = 0; i < matches->len; i++) {
        width = MAX(width, strlen(g_ptr_array_index(matches, i)) + 2);
    }
    width = CLAMP(width, READLINE_COMPLETION_MIN_WIDTH, READLINE_TERM_WIDTH);
    cols = READLINE_TERM_WIDTH / width;
    for (i = 0; i < matches->len; i++) {
        g_string_append_printf(s, "%-*s", (int)width,
                               (char *)g_ptr_array_index(matches, i));
        if ((i + 1) % cols == 0 || i + 1 == matches->len) {
            g_string_append_c(s, '\n');
        }
    }
    rs->out(rs->opaque, s->str);
    readline_show_prompt(rs);
}

/* Drop repeated candidates from @matches (sorted). */
static void readline_uniq(GPtrArray *matches)
{
    unsigned int i = 1;

    while (i < matches->len) {
        if (!strcmp(g_ptr_array_index(matches, i - 1),
                    g_ptr_array_index(matches, i))) {
            g_ptr_array_remove_index(matches, i);
        } else {
            i++;
        }
    }
}

/* Tab: complete the word before the cursor. */
static void readline_complete(ReadLineState *rs)
{
    g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func(g_free);
    g_autofree char *line = g_strndup(rs->buf, rs->index);
    g_autofree char *prefix = NULL;
    size_t start = rs->index;

    if (!rs->complete) {
        return;
    }
    rs->complete(rs->opaque, line, &start, matches);
    if (!matches->len || start > (size_t)rs->index) {
        return;
    }
    g_ptr_array_sort(matches, readline_strcmp);
    readline_uniq(matches);
    if (matches->len == 1) {
        prefix = g_strconcat(g_ptr_array_index(matches, 0), " ", NULL);
        readline_replace_word(rs, start, prefix);
        return;
    }
    prefix = g_strndup(g_ptr_array_index(matches, 0),
                       readline_common_prefix(matches));
    if (strlen(prefix) > rs->index - start) {
        readline_replace_word(rs, start, prefix);
    }
    readline_list_matches(rs, matches);
}

static void readline_enter(ReadLineState *rs)
{
    g_autofree char *line = g_strndup(rs->buf, rs->size);

    readline_hist_add(rs, line);
    rs->out(rs->opaque, "\n");
    rs->index = rs->size = 0;
    rs->shown_index = rs->shown_size = 0;
    rs->hist_entry = -1;
    rs->fn(rs->opaque, line);
}

/* The final byte of ESC [ N ~ or ESC [ X. */
static void readline_handle_csi(ReadLineState *rs, int ch)
{
    switch (ch) {
    case 'A':
        readline_up(rs);
        break;
    case 'B':
        readline_down(rs);
        break;
    case 'C':
        rs->index = MIN(rs->index + 1, rs->size);
        break;
    case 'D':
        rs->index = MAX(rs->index - 1, 0);
        break;
    case 'F':
        rs->index = rs->size;
        break;
    case 'H':
        rs->index = 0;
        break;
    case '~':
        if (rs->esc_param == 1) {
            rs->index = 0;
        } else if (rs->esc_param == 3) {
            readline_delete(rs);
        } else if (rs->esc_param == 4) {
            rs->index = rs->size;
        }
        break;
    }
}

/* A byte in the middle of an escape sequence. */
static void readline_handle_esc(ReadLineState *rs, int ch)
{
    switch (rs->esc) {
    case RL_ESC:
        rs->esc = ch == '[' ? RL_CSI : ch == 'O' ? RL_SS3 : RL_NORM;
        rs->esc_param = 0;
        break;
    case RL_CSI:
        if (ch >= '0' && ch <= '9') {
            rs->esc_param = rs->esc_param * 10 + (ch - '0');
            return;
        }
        rs->esc = RL_NORM;
        readline_handle_csi(rs, ch);
        break;
    case RL_SS3:
        rs->esc = RL_NORM;
        if (ch == 'F' || ch == 'H') {
            readline_handle_csi(rs, ch);
        }
        break;
    default:
        break;
    }
}

/* A control character or a byte to insert. */
static void readline_handle_plain(ReadLineState *rs, int ch)
{
    switch (ch) {
    case 1:                     /* Ctrl-A */
        rs->index = 0;
        break;
    case 4:                     /* Ctrl-D */
        readline_delete(rs);
        break;
    case 5:                     /* Ctrl-E */
        rs->index = rs->size;
        break;
    case 8:                     /* Ctrl-H */
    case 127:                   /* DEL */
        readline_backspace(rs);
        break;
    case 9:                     /* Tab */
        readline_complete(rs);
        break;
    case 10:
    case 13:
        readline_enter(rs);
        break;
    case 11:                    /* Ctrl-K */
        rs->size = rs->index;
        break;
    case 12:                    /* Ctrl-L: clear the screen */
        rs->out(rs->opaque, "\033[2J\033[1;1H");
        readline_show_prompt(rs);
        break;
    case 14:                    /* Ctrl-N */
        readline_down(rs);
        break;
    case 16:                    /* Ctrl-P */
        readline_up(rs);
        break;
    case 21:                    /* Ctrl-U */
        readline_cut(rs, 0, rs->index);
        break;
    case 23:                    /* Ctrl-W */
        readline_cut_word(rs);
        break;
    case 27:
        rs->esc = RL_ESC;
        break;
    case 0x9b:
        rs->esc = RL_CSI;
        rs->esc_param = 0;
        break;
    default:
        if (ch >= 32) {
            readline_insert(rs, ch);
        }
        break;
    }
}

void readline_handle_byte(ReadLineState *rs, int ch)
{
    if (rs->esc != RL_NORM) {
        readline_handle_esc(rs, ch);
    } else {
        readline_handle_plain(rs, ch);
    }
    readline_update(rs);
}
