/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-riscv-disas.c: the RISC-V disassembler against QEMU's text.
 *
 * riscv-disas-corpus.txt holds lines QEMU 7.2 printed for x/i (the
 * same text as -d in_asm), recorded by scripts/riscv-disas-corpus.py:
 * every instruction class of RV64GC, Zicsr with every CSR, Zba/Zbb/
 * Zbc/Zbs, scalar crypto, the privileged instructions, all classes of
 * compressed encodings and random 32-bit words.  Each line must come out of
 * riscv_disas_block byte for byte, and riscv_disas_insn must give its
 * compact form.  Random input must never crash the decoder.
 */
#include "qemu/osdep.h"
#include "disas/riscv.h"

#define CORPUS CONFIG_QLITE_SOURCE_ROOT "/tests/unit/riscv-disas-corpus.txt"

typedef struct CorpusLine {
    uint64_t pc;
    uint32_t insn;
    int len;                /* 2 or 4 */
    char *line;             /* QEMU's whole line, without the newline */
} CorpusLine;

static void corpus_line_free(gpointer p)
{
    CorpusLine *c = p;

    g_free(c->line);
    g_free(c);
}

static GPtrArray *corpus_load(void)
{
    g_autofree char *text = NULL;
    GPtrArray *lines = g_ptr_array_new_with_free_func(corpus_line_free);
    g_auto(GStrv) split = NULL;
    char **p;

    g_assert_true(g_file_get_contents(CORPUS, &text, NULL, NULL));
    split = g_strsplit(text, "\n", -1);
    for (p = split; *p; p++) {
        CorpusLine *c;
        char hex[17];

        if (**p == '#' || **p == '\0') {
            continue;
        }
        c = g_new0(CorpusLine, 1);
        g_assert_cmpint(sscanf(*p, "0x%" SCNx64 ":  %16s", &c->pc, hex),
                        ==, 2);
        c->insn = strtoul(hex, NULL, 16);
        c->len = strlen(hex) / 2;
        c->line = g_strdup(*p);
        g_ptr_array_add(lines, c);
    }
    return lines;
}

static char *block_text(uint64_t pc, const uint8_t *code, size_t len)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buf, &size);

    g_assert_nonnull(out);
    riscv_disas_block(out, pc, code, len);
    fclose(out);
    return buf;
}

static void test_corpus_block(void)
{
    g_autoptr(GPtrArray) lines = corpus_load();
    guint i;

    g_assert_cmpuint(lines->len, >, 4000);
    for (i = 0; i < lines->len; i++) {
        const CorpusLine *c = lines->pdata[i];
        uint8_t code[4] = { c->insn, c->insn >> 8, c->insn >> 16,
                            c->insn >> 24 };
        g_autofree char *got = block_text(c->pc, code, c->len);
        g_autofree char *want = g_strconcat(c->line, "\n", NULL);

        g_assert_cmpstr(got, ==, want);
    }
}

/*
 * QEMU's text without its columns: "mnemonic operands # target",
 * single spaces, no trailing ones.
 */
static char *compact_text(const char *line)
{
    const char *text = line + strlen("0x0000000080000000:  ") + 18;
    g_auto(GStrv) words = g_strsplit_set(text, " ", -1);
    GString *s = g_string_new(NULL);
    char **w;

    for (w = words; *w; w++) {
        if (**w) {
            g_string_append_printf(s, "%s%s", s->len ? " " : "", *w);
        }
    }
    return g_string_free(s, false);
}

static void test_corpus_insn(void)
{
    g_autoptr(GPtrArray) lines = corpus_load();
    guint i;

    for (i = 0; i < lines->len; i++) {
        const CorpusLine *c = lines->pdata[i];
        g_autofree char *want = compact_text(c->line);
        char buf[128];

        g_assert_cmpint(riscv_disas_insn(c->pc, c->insn, buf, sizeof(buf)),
                        ==, c->len);
        g_assert_cmpstr(buf, ==, want);
    }
}

/* Mixed lengths in one block: each line at its own address. */
static void test_block_layout(void)
{
    static const uint8_t code[] = {
        0x97, 0x02, 0x00, 0x00,     /* auipc t0,0 */
        0x41, 0x11,                 /* addi sp,sp,-16 */
        0x01, 0x00,                 /* nop */
        0xf5, 0xbf,                 /* j -4 */
        0x67, 0x80, 0x00, 0x00,     /* ret */
    };
    g_autofree char *got = block_text(0x80000000, code, sizeof(code));

    g_assert_cmpstr(got, ==,
        "0x0000000080000000:  00000297          auipc                   "
        "t0,0                    # 0x80000000\n"
        "0x0000000080000004:  1141              addi                    "
        "sp,sp,-16\n"
        "0x0000000080000006:  0001              nop                     \n"
        "0x0000000080000008:  bff5              j                       "
        "-4                      # 0x80000004\n"
        "0x000000008000000a:  00008067          ret                     \n");
}

/* A block that ends inside an instruction shows the rest as bytes. */
static void test_block_partial(void)
{
    static const uint8_t code[] = { 0x41, 0x11, 0x13, 0x05, 0x50 };
    g_autofree char *got = block_text(0x1000, code, sizeof(code));
    g_autofree char *one = block_text(0x1000, code, 1);
    g_autofree char *none = block_text(0x1000, code, 0);

    g_assert_cmpstr(got, ==,
        "0x0000000000001000:  1141              addi                    "
        "sp,sp,-16\n"
        "0x0000000000001002:  500513            .byte                   "
        "0x13,0x05,0x50\n");
    g_assert_cmpstr(one, ==,
        "0x0000000000001000:  41                .byte                   "
        "0x41\n");
    g_assert_cmpstr(none, ==, "");
}

/* Targets wrap as 64-bit addresses; the compact form keeps them. */
static void test_insn_target(void)
{
    char buf[64];

    g_assert_cmpint(riscv_disas_insn(0, 0xff9ff06f, buf, sizeof(buf)),
                    ==, 4);
    g_assert_cmpstr(buf, ==, "j -8 # 0xfffffffffffffff8");
    g_assert_cmpint(riscv_disas_insn(0x80000000, 0xdead0001, buf,
                                     sizeof(buf)), ==, 2);
    g_assert_cmpstr(buf, ==, "nop");
}

static void test_insn_truncate(void)
{
    char buf[8];

    memset(buf, 'x', sizeof(buf));
    g_assert_cmpint(riscv_disas_insn(0, 0x00c58533, buf, sizeof(buf)),
                    ==, 4);
    g_assert_cmpstr(buf, ==, "add a0,");
    g_assert_cmpint(riscv_disas_insn(0, 0x00c58533, buf, 1), ==, 4);
    g_assert_cmpstr(buf, ==, "");
}

static void check_any(uint32_t insn)
{
    char buf[128];
    int len = riscv_disas_insn(0x80000000, insn, buf, sizeof(buf));

    g_assert_cmpint(len, ==, (insn & 3) == 3 ? 4 : 2);
    g_assert_cmpuint(strlen(buf), >, 0);
}

static void test_fuzz_16bit(void)
{
    uint32_t v;

    for (v = 0; v < 0x10000; v++) {
        check_any(v);
    }
}

static void test_fuzz_32bit(void)
{
    GRand *rand = g_rand_new_with_seed(0x5eed);
    unsigned int n;

    for (n = 0; n < 3000000; n++) {
        check_any(g_rand_int(rand));
    }
    g_rand_free(rand);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/disas/riscv/corpus/block", test_corpus_block);
    g_test_add_func("/disas/riscv/corpus/insn", test_corpus_insn);
    g_test_add_func("/disas/riscv/block/layout", test_block_layout);
    g_test_add_func("/disas/riscv/block/partial", test_block_partial);
    g_test_add_func("/disas/riscv/insn/target", test_insn_target);
    g_test_add_func("/disas/riscv/insn/truncate", test_insn_truncate);
    g_test_add_func("/disas/riscv/fuzz/16bit", test_fuzz_16bit);
    g_test_add_func("/disas/riscv/fuzz/32bit", test_fuzz_32bit);
    return g_test_run();
}
