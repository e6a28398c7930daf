/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-riscv-disas.c: fuzz target for the RISC-V disassembler
 * (disas/riscv.c, include/disas/riscv.h).
 *
 * Input: 8 bytes of guest address (little-endian), one byte of buffer
 * size for riscv_disas_insn, then the code.  The code is printed with
 * riscv_disas_block; every line must have QEMU's shape (address,
 * encoding, text), the lines must cover the code exactly once, and each
 * line's text with its columns squeezed must be what riscv_disas_insn
 * gives for that instruction.  riscv_disas_insn must return the
 * instruction's length and stay inside a buffer of any size.
 */
#include "qemu/osdep.h"
#include "disas/riscv.h"
#include "fuzz.h"

#define FUZZ_HEADER 9       /* guest address, buffer size */
#define FUZZ_TEXT_COLUMN 39 /* "0x", 16 digits, ":  ", 16 columns, "  " */

/* @text with runs of spaces squeezed to one and no trailing space. */
static void squeeze(const char *text, char *out, size_t size)
{
    size_t n = 0;

    for (; *text && n + 1 < size; text++) {
        if (*text == ' ' && (n == 0 || out[n - 1] == ' ')) {
            continue;
        }
        out[n++] = *text;
    }
    while (n > 0 && out[n - 1] == ' ') {
        n--;
    }
    out[n] = '\0';
}

/* Check one line of riscv_disas_block; returns the bytes it covers. */
static size_t check_line(const char *line, uint64_t pc, const uint8_t *code,
                         size_t left)
{
    char want_addr[32], text[160], compact[160];
    size_t digits = strspn(line + 21, "0123456789abcdef");
    uint32_t insn = 0;
    size_t len = digits / 2, i;

    snprintf(want_addr, sizeof(want_addr), "0x%016" PRIx64 ":  ", pc);
    fuzz_check(!strncmp(line, want_addr, 21), "line starts with its address");
    fuzz_check(len >= 1 && len <= left && digits % 2 == 0,
               "encoding column covers whole bytes of the code");
    fuzz_check(strlen(line) > FUZZ_TEXT_COLUMN, "line has text");
    if (strncmp(line + FUZZ_TEXT_COLUMN, ".byte ", 6)) {
        fuzz_check(len == 2 || len == 4, "an instruction is 2 or 4 bytes");
        for (i = 0; i < len; i++) {
            insn |= (uint32_t)code[i] << (8 * i);
        }
        squeeze(line + FUZZ_TEXT_COLUMN, compact, sizeof(compact));
        fuzz_check(riscv_disas_insn(pc, insn, text, sizeof(text)) ==
                   (int)len, "riscv_disas_insn gives the same length");
        fuzz_check(!strcmp(text, compact),
                   "riscv_disas_insn text is the line's text, squeezed");
    } else {
        fuzz_check(len == left && (len == 1 || (code[0] & 3) == 3),
                   "only a last piece too short for its instruction is "
                   "printed as bytes");
    }
    return len;
}

static void check_block(uint64_t pc, const uint8_t *code, size_t size)
{
    char *buf = NULL, *line, *save = NULL;
    size_t buf_size = 0, done = 0;
    FILE *out = open_memstream(&buf, &buf_size);

    fuzz_check(out != NULL, "open_memstream");
    riscv_disas_block(out, pc, code, size);
    fclose(out);
    for (line = strtok_r(buf, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        done += check_line(line, pc + done, code + done, size - done);
    }
    fuzz_check(done == size, "the lines cover the whole code");
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint64_t pc = 0;
    size_t buflen, i;
    char *small;
    uint32_t insn = 0;
    int len;

    if (size < FUZZ_HEADER) {
        return 0;
    }
    for (i = 0; i < 8; i++) {
        pc |= (uint64_t)data[i] << (8 * i);
    }
    buflen = data[8];
    check_block(pc, data + FUZZ_HEADER, size - FUZZ_HEADER);

    for (i = FUZZ_HEADER; i < size && i < FUZZ_HEADER + 4; i++) {
        insn |= (uint32_t)data[i] << (8 * (i - FUZZ_HEADER));
    }
    small = g_malloc(buflen + 1);
    small[buflen] = 'x';
    len = riscv_disas_insn(pc, insn, small, buflen);
    fuzz_check(len == ((insn & 3) == 3 ? 4 : 2), "length from the low bits");
    fuzz_check(small[buflen] == 'x', "riscv_disas_insn stays in its buffer");
    fuzz_check(buflen == 0 || memchr(small, '\0', buflen),
               "riscv_disas_insn terminates its text");
    g_free(small);
    return 0;
}
