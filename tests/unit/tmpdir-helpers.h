/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tmpdir-helpers.h: what unit tests that work in a temporary directory and
 * run GTest subprocesses share.  The including test sets `tmpdir` (e.g.
 * with g_dir_make_tmp) before using the helpers.
 */
#ifndef TESTS_UNIT_TMPDIR_HELPERS_H
#define TESTS_UNIT_TMPDIR_HELPERS_H

#include "qapi/error.h"

static char *tmpdir;

/* A path in the test's temporary directory (caller frees). */
static inline char *tmp_path(const char *name)
{
    return g_build_filename(tmpdir, name, NULL);
}

static inline char *read_file(const char *path)
{
    char *text = NULL;

    g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
    return text;
}

static inline void assert_file(const char *path, const char *expected)
{
    g_autofree char *text = read_file(path);

    g_assert_cmpstr(text, ==, expected);
}

/* Remove the test's directory and what the tests left in it. */
static inline void remove_tmpdir(void)
{
    GDir *dir = g_dir_open(tmpdir, 0, NULL);
    const char *name;

    while (dir && (name = g_dir_read_name(dir))) {
        g_autofree char *path = g_build_filename(tmpdir, name, NULL);

        g_assert_cmpint(unlink(path), ==, 0);
    }
    if (dir) {
        g_dir_close(dir);
    }
    g_assert_cmpint(rmdir(tmpdir), ==, 0);
}

/* Run the current test's subprocess branch and expect it to pass. */
static inline void run_subprocess(void)
{
    g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed();
}

/* Expect a call that returned @ok to have failed with exactly @msg. */
static inline void assert_error(bool ok, Error **errp, const char *msg)
{
    g_assert_false(ok);
    g_assert_nonnull(*errp);
    g_assert_cmpstr(error_get_pretty(*errp), ==, msg);
    error_free(*errp);
    *errp = NULL;
}

#endif
