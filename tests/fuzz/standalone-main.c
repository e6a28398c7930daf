/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * standalone-main.c: replay inputs through a fuzz target without libFuzzer.
 *
 * Each argument is a file, run as one input, or a directory, whose
 * regular files are run in name order (so results do not depend on the
 * file system's order).  This lets any compiler build the targets and
 * lets the test suite replay the seed corpora (tests/fuzz/corpus/NAME) and
 * crash reproducers.  Exits 1 if an argument cannot be read or no input
 * was run, 0 otherwise; a failing input aborts.
 */
#include "qemu/osdep.h"
#include "fuzz.h"

/* Run the file @path; false (after a message) if it cannot be read. */
static bool run_file(const char *path)
{
    g_autoptr(GError) gerr = NULL;
    g_autofree char *data = NULL;
    gsize size;

    if (!g_file_get_contents(path, &data, &size, &gerr)) {
        fprintf(stderr, "%s\n", gerr->message);
        return false;
    }
    LLVMFuzzerTestOneInput((const uint8_t *)data, size);
    return true;
}

static gint compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Run every regular file of directory @path; returns how many, or -1. */
static int run_dir(const char *path)
{
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GError) gerr = NULL;
    GDir *dir = g_dir_open(path, 0, &gerr);
    const char *name;
    int count = 0;
    guint i;

    if (!dir) {
        fprintf(stderr, "%s\n", gerr->message);
        return -1;
    }
    while ((name = g_dir_read_name(dir))) {
        g_ptr_array_add(names, g_build_filename(path, name, NULL));
    }
    g_dir_close(dir);
    g_ptr_array_sort(names, compare_names);

    for (i = 0; i < names->len; i++) {
        const char *file = g_ptr_array_index(names, i);

        if (!g_file_test(file, G_FILE_TEST_IS_REGULAR)) {
            continue;
        }
        if (!run_file(file)) {
            return -1;
        }
        count++;
    }
    return count;
}

int main(int argc, char **argv)
{
    int i, n, total = 0;

    for (i = 1; i < argc; i++) {
        if (g_file_test(argv[i], G_FILE_TEST_IS_DIR)) {
            n = run_dir(argv[i]);
        } else {
            n = run_file(argv[i]) ? 1 : -1;
        }
        if (n < 0) {
            return 1;
        }
        total += n;
    }
    printf("%s: %d inputs\n", argv[0], total);
    return total ? 0 : 1;
}
