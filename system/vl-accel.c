/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl-accel.c: configure_accelerators, the step of qemu_init that picks
 * the accelerator once the machine exists, as QEMU 8.2's system/vl.c
 * does it.
 *
 * -icount is applied first (tcg reads it when it initialises).  Then the
 * -accel options are tried in order; without any, the list comes from
 * -machine accel=A:B (or -enable-kvm) or else from what this binary has.
 * The first accelerator that initialises becomes the machine's; earlier
 * failures are reported and followed by "falling back to NAME".
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/accel.h"
#include "qemu/config-file.h"
#include "qemu/error-report.h"
#include "qemu/option.h"
#include "hw/boards.h"
#include "sysemu/cpu-timers.h"
#include "sysemu/tcg.h"
#include "sysemu/vl.h"

static int do_configure_icount(void *opaque, QemuOpts *opts, Error **errp)
{
    icount_configure(opts, errp);
    return 0;
}

/* qemu_opt_foreach callback: one -accel NAME,PROP=VALUE property. */
static int accelerator_set_property(void *opaque, const char *name,
                                    const char *value, Error **errp)
{
    if (g_str_equal(name, "accel")) {
        return 0;
    }
    return object_property_parse(opaque, name, value, errp) ? 0 : -1;
}

/*
 * The accelerators to try when no -accel is given: -machine accel=,
 * else the binary's own, preferring kvm when the program is called
 * "...kvm" and has both.
 */
static const char *default_accelerators(const char *progname)
{
    bool have_tcg = accel_find("tcg");
    bool have_kvm = accel_find("kvm");

    if (current_machine->accel) {
        return current_machine->accel;
    }
    if (have_tcg && have_kvm) {
        return g_str_has_suffix(progname, "kvm") ? "kvm:tcg" : "tcg:kvm";
    }
    if (have_kvm) {
        return "kvm";
    }
    if (have_tcg) {
        return "tcg";
    }
    error_report("No accelerator selected and"
                 " no default accelerator available");
    exit(1);
}

/*
 * Turn the default list into -accel options.  Unknown names are
 * reported and skipped here, so that one list entry cannot smuggle in
 * properties ("accel=tcg,,thread=single").
 */
static void add_default_accelerators(const char *progname,
                                     bool *init_failed)
{
    g_auto(GStrv) names = g_strsplit(default_accelerators(progname), ":", 0);
    char **name;

    for (name = names; *name; name++) {
        if (accel_find(*name)) {
            qemu_opts_parse_noisily(qemu_find_opts("accel"), *name, true);
        } else {
            *init_failed = true;
            error_report("invalid accelerator %s", *name);
        }
    }
}

/*
 * qemu_opts_foreach callback: try one -accel.  Returns 1 when it became
 * the machine's accelerator, 0 (with *opaque set) when it failed.
 */
static int do_configure_accelerator(void *opaque, QemuOpts *opts,
                                    Error **errp)
{
    bool *init_failed = opaque;
    const char *name = qemu_opt_get(opts, "accel");
    AccelClass *ac = name ? accel_find(name) : NULL;
    /* Tests may ask for kvm under qtest; its absence is then quiet. */
    bool qtest_with_kvm = name && g_str_equal(name, "kvm") &&
                          vl.qtest_chrdev != NULL;
    Object *accel;
    int ret;

    if (!name) {
        error_setg(errp, "Parameter '%s' is missing", "accel");
        goto failed;
    }
    if (!ac) {
        if (!qtest_with_kvm) {
            error_report("invalid accelerator %s", name);
        }
        goto failed;
    }
    accel = object_new_with_class(OBJECT_CLASS(ac));
    qemu_opt_foreach(opts, accelerator_set_property, accel, &error_fatal);
    /* -singlestep is tcg's one-insn-per-tb; other accels ignore it. */
    if (vl.one_insn_per_tb) {
        object_property_set_bool(accel, "one-insn-per-tb", true, NULL);
    }
    ret = accel_init_machine(ACCEL(accel), current_machine);
    if (ret < 0) {
        if (!qtest_with_kvm || ret != -ENOENT) {
            error_report("failed to initialize %s: %s", name, strerror(-ret));
        }
        goto failed;
    }
    return 1;

failed:
    *init_failed = true;
    return 0;
}

void configure_accelerators(const char *progname)
{
    bool init_failed = false;

    qemu_opts_foreach(qemu_find_opts("icount"), do_configure_icount, NULL,
                      &error_fatal);
    if (!qemu_find_opts("accel")->head.first) {
        add_default_accelerators(progname, &init_failed);
    } else if (current_machine->accel) {
        error_report("The -accel and \"-machine accel=\" options are "
                     "incompatible");
        exit(1);
    }
    if (!qemu_opts_foreach(qemu_find_opts("accel"), do_configure_accelerator,
                           &init_failed, &error_fatal)) {
        if (!init_failed) {
            error_report("no accelerator found");
        }
        exit(1);
    }
    if (init_failed && !vl.qtest_chrdev) {
        error_report("falling back to %s", current_accel_name());
    }
    if (icount_enabled() && !tcg_enabled()) {
        error_report("-icount is not allowed with hardware virtualization");
        exit(1);
    }
}
