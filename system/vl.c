/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl.c: qemu_init(), the start-up of the system emulator, as a list of
 * named steps in the order QEMU 8.2 runs them.
 *
 * For now only -version and -help exist; the option table and the rest of
 * the steps arrive with the command-line work.
 */
#include "qemu/osdep.h"
#include "qemu/error-report.h"
#include "sysemu/arch_init.h"
#include "sysemu/sysemu.h"

static void version(void)
{
    printf("QEMU emulator version " QEMU_VERSION " (" QEMU_PKGVERSION ")\n"
           "Copyright (c) 2026 the qlite developers\n");
}

static void help(int exitcode)
{
    version();
    printf("usage: %s [options] [disk_image]\n\n"
           "'disk_image' is a raw hard disk image for IDE hard disk 0\n\n"
           "Standard options:\n"
           "-h or -help     display this help and exit\n"
           "-version        display version information and exit\n",
           error_get_progname());
    exit(exitcode);
}

void qemu_init(int argc, char **argv)
{
    int i;

    error_init(argv[0]);
    for (i = 1; i < argc; i++) {
        const char *opt = argv[i];

        if (opt[0] == '-' && opt[1] == '-') {
            opt++;
        }
        if (!strcmp(opt, "-version")) {
            version();
            exit(0);
        } else if (!strcmp(opt, "-h") || !strcmp(opt, "-help")) {
            help(0);
        }
        loc_set_cmdline(argv, i, 1);
        error_report("invalid option");
        exit(1);
    }
}

int qemu_main(void)
{
    return 0;
}
