/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * readline.h: the line editor of the human monitor.
 *
 * Bytes typed on a terminal go in one at a time; the editor keeps the
 * line being typed, echoes it with VT100 cursor movements as QEMU's
 * monitor does (move back over the old text, print the new text, erase
 * to the end of the line, put the cursor back), and hands each finished
 * line to a callback.  Keys: printable characters insert at the cursor;
 * Backspace/DEL and Ctrl-H delete before it, Ctrl-D and ESC [3~ under
 * it; Left/Right, Home/End (ESC [H/F, ESC OH/OF, ESC [1~/4~), Ctrl-A and
 * Ctrl-E move; Ctrl-K cuts to the end, Ctrl-U to the start, Ctrl-W the
 * word before the cursor; Up/Down (and Ctrl-P/Ctrl-N) walk the history;
 * Enter (CR or LF) finishes the line.  Tab completes the word before the
 * cursor from the candidates a completion callback gives: one candidate
 * replaces the word, followed by a space; several extend it to their
 * longest common prefix and are listed in columns under the line, which
 * is then shown again after the prompt.
 */
#ifndef MONITOR_READLINE_H
#define MONITOR_READLINE_H

#define READLINE_CMD_BUF_SIZE 4095
#define READLINE_MAX_CMDS 64

typedef struct ReadLineState ReadLineState;

/* Write @text (NUL-terminated) to the terminal. */
typedef void ReadLineOutput(void *opaque, const char *text);
/* A line was entered (without its end of line). */
typedef void ReadLineFunc(void *opaque, const char *line);

/*
 * Completion: the candidates for the word that ends @line (the line up
 * to the cursor).  Set *@word_start to where that word begins (it is
 * strlen(@line) on entry: an empty word) and add each candidate, a
 * g_strdup'ed string starting with the word, to @matches.
 */
typedef void ReadLineCompletionFunc(void *opaque, const char *line,
                                    size_t *word_start, GPtrArray *matches);

/* readline_new: an editor writing through @out, lines to @fn. */
ReadLineState *readline_new(ReadLineOutput *out, ReadLineFunc *fn,
                            void *opaque);
void readline_free(ReadLineState *rs);

/* readline_set_completion: Tab asks @fn (without one, Tab is ignored). */
void readline_set_completion(ReadLineState *rs, ReadLineCompletionFunc *fn);

/* readline_start: the prompt to show from now on (copied). */
void readline_start(ReadLineState *rs, const char *prompt);

/* Print the prompt and the line typed so far, cursor where it was. */
void readline_show_prompt(ReadLineState *rs);

/* Forget the line being typed (the history stays). */
void readline_restart(ReadLineState *rs);

/* Feed one byte typed by the user. */
void readline_handle_byte(ReadLineState *rs, int ch);

/* History entry @index (0 is the oldest), or NULL past the end. */
const char *readline_get_history(ReadLineState *rs, unsigned int index);

#endif
