/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * parse-opts.c: how fast QemuOpts parses command-line option strings.
 *
 * Parses 100,000 realistic -drive / -device / -netdev style strings (5-10
 * keys each, some with ",," escapes and ids) twice: into a list that
 * accepts any key (values stay strings) and into a list with a description
 * (values are checked and converted).  Each QemuOpts is freed right after
 * it is parsed, as a command line would hold only a few.  Prints figures;
 * never fails on time.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/option.h"

#define N_STRINGS 100000

static QemuOptsList any_opts = {
    .name = "any",
    .desc = {
        { }
    },
};

static QemuOptsList described_opts = {
    .name = "described",
    .desc = {
        { .name = "file", .type = QEMU_OPT_STRING },
        { .name = "if", .type = QEMU_OPT_STRING },
        { .name = "index", .type = QEMU_OPT_NUMBER },
        { .name = "media", .type = QEMU_OPT_STRING },
        { .name = "format", .type = QEMU_OPT_STRING },
        { .name = "cache", .type = QEMU_OPT_STRING },
        { .name = "aio", .type = QEMU_OPT_STRING },
        { .name = "readonly", .type = QEMU_OPT_BOOL },
        { .name = "driver", .type = QEMU_OPT_STRING },
        { .name = "netdev", .type = QEMU_OPT_STRING },
        { .name = "mac", .type = QEMU_OPT_STRING },
        { .name = "bus", .type = QEMU_OPT_STRING },
        { .name = "addr", .type = QEMU_OPT_NUMBER },
        { .name = "bootindex", .type = QEMU_OPT_NUMBER },
        { .name = "type", .type = QEMU_OPT_STRING },
        { .name = "hostfwd", .type = QEMU_OPT_STRING },
        { .name = "ipv6", .type = QEMU_OPT_BOOL },
        { .name = "restrict", .type = QEMU_OPT_BOOL },
        { .name = "hostname", .type = QEMU_OPT_STRING },
        { .name = "size", .type = QEMU_OPT_SIZE },
        { .name = "discard", .type = QEMU_OPT_STRING },
        { .name = "detect-zeroes", .type = QEMU_OPT_STRING },
        { }
    },
};

/* The i-th test string (newly allocated). */
static char *make_string(int i)
{
    switch (i % 4) {
    case 0:
        return g_strdup_printf("file=/var/lib/images/disk%d.qcow2,if=virtio,"
                               "index=%d,media=disk,format=qcow2,cache=none,"
                               "aio=native,readonly=off", i, i % 64);
    case 1:
        return g_strdup_printf("driver=virtio-net-pci,netdev=net%d,"
                               "mac=52:54:00:12:34:%02x,bus=pcie.0,"
                               "addr=0x%x,bootindex=%d", i, i & 0xff,
                               i % 32, i % 8);
    case 2:
        return g_strdup_printf("type=user,id=net%d,hostfwd=tcp::%d-:22,"
                               "ipv6=off,restrict=off,hostname=guest%d",
                               i, 10000 + i % 50000, i);
    default:
        return g_strdup_printf("file=disk%d.img,,with,,commas,format=raw,"
                               "size=%dG,discard=unmap,detect-zeroes=on",
                               i, 1 + i % 512);
    }
}

static void run(const char *label, QemuOptsList *list, char **strings)
{
    gint64 start = g_get_monotonic_time();
    gint64 elapsed;
    QemuOpts *opts;
    int i;

    for (i = 0; i < N_STRINGS; i++) {
        opts = qemu_opts_parse(list, strings[i], false, &error_abort);
        qemu_opts_del(opts);
    }
    elapsed = g_get_monotonic_time() - start;
    printf("parse-opts: %-16s %d strings: %.1f ms total, %.3f us/string\n",
           label, N_STRINGS, elapsed / 1000.0, (double)elapsed / N_STRINGS);
}

int main(void)
{
    char **strings = g_new(char *, N_STRINGS + 1);
    int i;

    for (i = 0; i < N_STRINGS; i++) {
        strings[i] = make_string(i);
    }
    strings[N_STRINGS] = NULL;

    run("any-key list:", &any_opts, strings);
    run("described list:", &described_opts, strings);

    g_strfreev(strings);
    return 0;
}
