/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * chardev-internal.h: what the chardev core shares with the mux back end.
 */
#ifndef CHARDEV_INTERNAL_H
#define CHARDEV_INTERNAL_H

#include "chardev/char-fe.h"

/* True if @chr is a mux chardev. */
bool chardev_is_mux(Chardev *chr);

/* mux_chr_attach_frontend: give @b a slot of mux @chr, else set @errp. */
bool mux_chr_attach_frontend(Chardev *chr, CharBackend *b, Error **errp);

/* mux_chr_detach_frontend: free @b's slot. */
void mux_chr_detach_frontend(Chardev *chr, CharBackend *b);

/* mux_set_focus: deliver input to front end @focus from now on. */
void mux_set_focus(Chardev *chr, int focus);

#endif
