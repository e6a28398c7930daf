/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * char-stdio.c: the "stdio" back end, on the process's standard input and
 * output.  A terminal is put in raw mode (keeping Ctrl-C as SIGINT with
 * signal=on, the default) and given back as it was on every way out:
 * normal exit, exit() after an error, the chardev's deletion, and a
 * crash or abort (the default action of the signal follows).  Only one
 * chardev may use stdio.
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include <signal.h>
#include <termios.h>
#include "qapi/error.h"
#include "chardev/char.h"

static Chardev *stdio_owner;     /* the one chardev on stdio */
static bool stdio_saved;         /* the fields below hold the old state */
static struct termios stdio_old_tty;
static bool stdio_old_tty_valid;
static int stdio_old_fl[2];

static void stdio_restore(void)
{
    if (!stdio_saved) {
        return;
    }
    if (stdio_old_tty_valid) {
        tcsetattr(0, TCSANOW, &stdio_old_tty);
    }
    fcntl(0, F_SETFL, stdio_old_fl[0]);
    fcntl(1, F_SETFL, stdio_old_fl[1]);
}

/* Crashes and aborts: the terminal first, then the default action. */
static const int stdio_fatal_signals[] = {
    SIGABRT, SIGSEGV, SIGFPE, SIGILL, SIGQUIT,
};

static void stdio_fatal_signal(int sig)
{
    stdio_restore();            /* tcsetattr and fcntl: signal-safe */
    /* SA_RESETHAND made the action default again; it runs on return. */
    raise(sig);
}

/* Only where nothing else handles the signal. */
static void stdio_catch_fatal_signals(void)
{
    struct sigaction act = {
        .sa_handler = stdio_fatal_signal,
        .sa_flags = SA_RESETHAND,
    };
    struct sigaction old;
    size_t i;

    for (i = 0; i < ARRAY_SIZE(stdio_fatal_signals); i++) {
        if (sigaction(stdio_fatal_signals[i], NULL, &old) == 0 &&
            old.sa_handler == SIG_DFL) {
            sigaction(stdio_fatal_signals[i], &act, NULL);
        }
    }
}

static void stdio_save(void)
{
    static bool atexit_done;

    stdio_old_tty_valid = tcgetattr(0, &stdio_old_tty) == 0;
    stdio_old_fl[0] = fcntl(0, F_GETFL);
    stdio_old_fl[1] = fcntl(1, F_GETFL);
    stdio_saved = true;
    if (!atexit_done) {
        atexit(stdio_restore);
        stdio_catch_fatal_signals();
        atexit_done = true;
    }
}

static void stdio_set_raw(bool allow_signals)
{
    struct termios tty = stdio_old_tty;

    tty.c_iflag &= ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR |
                     ICRNL | IXON);
    tty.c_oflag |= OPOST;
    tty.c_lflag &= ~(ECHO | ECHONL | ICANON | IEXTEN | ISIG);
    if (allow_signals) {
        tty.c_lflag |= ISIG;
    }
    tty.c_cflag &= ~(CSIZE | PARENB);
    tty.c_cflag |= CS8;
    tty.c_cc[VMIN] = 1;
    tty.c_cc[VTIME] = 0;
    tcsetattr(0, TCSANOW, &tty);
}

static bool stdio_chr_open(Chardev *chr, QemuOpts *opts, bool *be_opened,
                           Error **errp)
{
    if (stdio_owner) {
        error_setg(errp, "cannot use stdio by multiple character devices");
        return false;
    }
    stdio_owner = chr;
    stdio_save();
    if (stdio_old_tty_valid) {
        stdio_set_raw(qemu_opt_get_bool(opts, "signal", true));
    }
    /* Duplicates, so that closing the chardev leaves fds 0 and 1 alone. */
    qemu_chr_fd_attach(chr, dup(0), dup(1));
    return true;
}

static void stdio_chr_finalize(Object *obj)
{
    if (stdio_owner != CHARDEV(obj)) {
        return;
    }
    qemu_chr_fd_detach(CHARDEV(obj));
    stdio_restore();
    stdio_saved = false;
    stdio_owner = NULL;
}

static void stdio_chr_class_init(ObjectClass *oc, void *data)
{
    ChardevClass *cc = CHARDEV_CLASS(oc);

    cc->open = stdio_chr_open;
    cc->chr_write = qemu_chr_fd_write;
    cc->chr_add_watch = qemu_chr_fd_add_watch;
    cc->chr_accept_input = qemu_chr_fd_accept_input;
}

static const TypeInfo stdio_chr_type_info = {
    .name = CHARDEV_TYPE_PREFIX "stdio",
    .parent = TYPE_CHARDEV,
    .instance_finalize = stdio_chr_finalize,
    .class_init = stdio_chr_class_init,
};

static void stdio_chr_register_types(void)
{
    type_register_static(&stdio_chr_type_info);
}

type_init(stdio_chr_register_types);
