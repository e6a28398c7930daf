/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-qemu-options.c: the option table generated from qemu-options.hx.
 *
 * Includes qemu-options.def the ways system/vl.c does (QEMU_OPTION_* enum,
 * QEMUOption table, -help text) and checks that they agree with each other
 * and with QEMU 8.2's layout: every enum value is the index of its row,
 * names are unique, and each target's -help lists only its options under
 * the right headings.
 */
#include "qemu/osdep.h"
#include "qemu/qemu-options.h"
#include "sysemu/arch_init.h"

static const QEMUOption options[] = {
#define DEF(option, opt_arg, opt_enum, opt_help, opt_arch) \
    { .name = option, .flags = opt_arg, .index = opt_enum, \
      .arch_mask = opt_arch },
#define DEFHEADING(text)
#define ARCHHEADING(text, arch_mask)
#include "qemu-options.def"
};

static const char *const option_help[] = {
#define DEF(option, opt_arg, opt_enum, opt_help, arch_mask) opt_help,
#define DEFHEADING(text)
#define ARCHHEADING(text, arch_mask)
#include "qemu-options.def"
};

/* The -help text of a target, built as vl.c's help() prints it. */
static char *help_for_arch(uint32_t arch)
{
    GString *s = g_string_new(NULL);

#define DEF(option, opt_arg, opt_enum, opt_help, arch_mask) \
    if ((arch_mask) & arch) { \
        g_string_append(s, opt_help); \
    }
#define ARCHHEADING(text, arch_mask) \
    if ((arch_mask) & arch) { \
        g_string_append(s, #text "\n"); \
    }
#define DEFHEADING(text) ARCHHEADING(text, QEMU_ARCH_ALL)
#include "qemu-options.def"

    return g_string_free(s, false);
}

static const QEMUOption *find_option(const char *name)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(options); i++) {
        if (!strcmp(options[i].name, name)) {
            return &options[i];
        }
    }
    return NULL;
}

static void test_enum_is_row_index(void)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(options); i++) {
        g_assert_cmpint(options[i].index, ==, i);
    }
    g_assert_cmpint(options[QEMU_OPTION_machine].index, ==,
                    QEMU_OPTION_machine);
    g_assert_cmpstr(options[QEMU_OPTION_machine].name, ==, "machine");
}

static void test_names_unique(void)
{
    g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
    size_t i;

    for (i = 0; i < ARRAY_SIZE(options); i++) {
        g_assert_cmpstr(options[i].name, !=, "");
        g_assert_cmpint(options[i].name[0], !=, '-');
        g_assert_false(g_hash_table_contains(seen, options[i].name));
        g_hash_table_add(seen, (gpointer)options[i].name);
    }
}

static void test_flags(void)
{
    g_assert_cmpint(find_option("machine")->flags, ==, HAS_ARG);
    g_assert_cmpint(find_option("M")->flags, ==, HAS_ARG);
    g_assert_cmpint(find_option("S")->flags, ==, 0);
    g_assert_cmpint(find_option("nographic")->flags, ==, 0);
    g_assert_cmpint(find_option("run-with")->flags, ==, HAS_ARG);
}

static void test_arch_masks(void)
{
    g_assert_cmphex(find_option("bios")->arch_mask, ==,
                    (uint32_t)QEMU_ARCH_ALL);
    g_assert_cmphex(find_option("win2k-hack")->arch_mask, ==,
                    QEMU_ARCH_I386);
    g_assert_true(find_option("enable-kvm")->arch_mask & QEMU_ARCH_RISCV);
    g_assert_true(find_option("semihosting")->arch_mask & QEMU_ARCH_RISCV);
    g_assert_false(find_option("semihosting")->arch_mask & QEMU_ARCH_I386);
    g_assert_true(find_option("smbios")->arch_mask & QEMU_ARCH_I386);
    g_assert_false(find_option("smbios")->arch_mask & QEMU_ARCH_RISCV);
}

static void test_help_starts_with_synopsis(void)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(option_help); i++) {
        const char *h = option_help[i];

        if (!*h) {
            continue;
        }
        g_assert_cmpint(h[0], ==, '-');
        g_assert_true(g_str_has_suffix(h, "\n"));
    }
    g_assert_cmpstr(option_help[QEMU_OPTION_M], ==, "");
    g_assert_true(g_str_has_prefix(option_help[QEMU_OPTION_machine],
                  "-machine [type=]name[,prop[=value][,...]]\n"));
}

static void test_help_riscv(void)
{
    g_autofree char *h = help_for_arch(QEMU_ARCH_RISCV);

    g_assert_true(g_str_has_prefix(h, "Standard options:\n"
                  "-h or -help     display this help and exit\n"
                  "-version        display version information and exit\n"
                  "-machine [type=]name[,prop[=value][,...]]\n"));
    g_assert_nonnull(strstr(h, "\n\nBlock device options:\n-fda/-fdb"));
    g_assert_nonnull(strstr(h, "\n-semihosting    semihosting mode\n"));
    g_assert_null(strstr(h, "i386 target only:"));
    g_assert_null(strstr(h, "-win2k-hack"));
    g_assert_null(strstr(h, "-smbios"));
    g_assert_nonnull(strstr(h, "\n\nGeneric object creation:\n"
                            "-object TYPENAME[,PROP1=VALUE1,...]\n"));
    g_assert_true(g_str_has_suffix(h, "; 'id' is required\n"));
}

static void test_help_i386(void)
{
    g_autofree char *h = help_for_arch(QEMU_ARCH_I386);

    g_assert_nonnull(strstr(h, "\n-full-screen    start in full screen\n"
                            "\ni386 target only:\n-win2k-hack     "));
    g_assert_nonnull(strstr(h, "\n-xen-domid id   specify xen guest"));
    g_assert_null(strstr(h, "-semihosting"));
    g_assert_null(strstr(h, "-prom-env"));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/qemu-options/enum/row-index", test_enum_is_row_index);
    g_test_add_func("/qemu-options/table/names-unique", test_names_unique);
    g_test_add_func("/qemu-options/table/flags", test_flags);
    g_test_add_func("/qemu-options/table/arch-masks", test_arch_masks);
    g_test_add_func("/qemu-options/help/synopsis",
                    test_help_starts_with_synopsis);
    g_test_add_func("/qemu-options/help/riscv", test_help_riscv);
    g_test_add_func("/qemu-options/help/i386", test_help_i386);
    return g_test_run();
}
