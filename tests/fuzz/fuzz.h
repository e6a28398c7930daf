/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz.h: what every fuzz target in tests/fuzz provides and may use.
 *
 * A target is one LLVMFuzzerTestOneInput.  Linked with -fsanitize=fuzzer
 * it is a libFuzzer program (make fuzz); linked with standalone-main.c it
 * replays files, which is how every build runs the seed corpora.  A target
 * must free everything it allocates and leave no global state behind, so
 * that inputs can run in any order in one process.  It checks properties
 * of the parsers (round trips, chunking invariance) with fuzz_check, so a
 * violation is a crash libFuzzer keeps as an artifact.
 */
#ifndef TESTS_FUZZ_FUZZ_H
#define TESTS_FUZZ_FUZZ_H

/*
 * LLVMFuzzerTestOneInput: run one input of @size bytes at @data (not
 * NUL-terminated, may contain NUL bytes).  Returns 0; a failed check
 * aborts.
 */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * fuzz_check: abort with a message naming @what when @cond is false.
 * Unlike assert() it stays active whatever NDEBUG says.
 */
#define fuzz_check(cond, what) \
    do { \
        if (!(cond)) { \
            fprintf(stderr, "%s:%d: check failed: %s\n", \
                    __FILE__, __LINE__, (what)); \
            abort(); \
        } \
    } while (0)

#endif
