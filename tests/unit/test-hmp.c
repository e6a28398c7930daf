/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-hmp.c: the human monitor's line editor (the exact bytes it
 * echoes), command lookup, argument parsing, help and error texts, as
 * QEMU 8.2 prints them.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/module.h"
#include "exec/memory.h"
#include "hw/core/cpu.h"
#include "disas/riscv.h"
#include "hw/qdev-properties.h"
#include "hw/sysbus.h"
#include "sysemu/arch_init.h"
#include "sysemu/runstate.h"
#include "sysemu/vl-opts.h"
#include "monitor/hmp.h"
#include "monitor/readline.h"

const uint32_t arch_type = QEMU_ARCH_RISCV;
const char target_name[] = "riscv64";

/* --- readline ------------------------------------------------------ */

typedef struct RLTest {
    GString *out;
    GPtrArray *lines;
} RLTest;

static void rl_out(void *opaque, const char *text)
{
    RLTest *t = opaque;

    g_string_append(t->out, text);
}

static void rl_line(void *opaque, const char *line)
{
    RLTest *t = opaque;

    g_ptr_array_add(t->lines, g_strdup(line));
}

static ReadLineState *rl_new(RLTest *t)
{
    ReadLineState *rs;

    t->out = g_string_new(NULL);
    t->lines = g_ptr_array_new_with_free_func(g_free);
    rs = readline_new(rl_out, rl_line, t);
    readline_start(rs, "> ");
    return rs;
}

static void rl_free(ReadLineState *rs, RLTest *t)
{
    readline_free(rs);
    g_string_free(t->out, true);
    g_ptr_array_free(t->lines, true);
}

static void rl_type(ReadLineState *rs, const char *keys)
{
    for (; *keys; keys++) {
        readline_handle_byte(rs, (unsigned char)*keys);
    }
}

/* Output since the last call. */
static char *rl_take(RLTest *t)
{
    char *s = g_strdup(t->out->str);

    g_string_truncate(t->out, 0);
    return s;
}

#define RL_EXPECT(t, want) do {                   \
        g_autofree char *got_ = rl_take(t);       \
        g_assert_cmpstr(got_, ==, (want));        \
    } while (0)

static void test_readline_echo(void)
{
    RLTest t;
    ReadLineState *rs = rl_new(&t);

    readline_show_prompt(rs);
    RL_EXPECT(&t, "> ");
    rl_type(rs, "a");
    RL_EXPECT(&t, "a\033[K");
    rl_type(rs, "b");
    RL_EXPECT(&t, "\033[Dab\033[K");
    rl_type(rs, "\033[D");              /* left: only the cursor moves */
    RL_EXPECT(&t, "\033[D");
    rl_type(rs, "c");                   /* insert before 'b' */
    RL_EXPECT(&t, "\033[Dacb\033[K\033[D");
    rl_type(rs, "\r");
    RL_EXPECT(&t, "\n");
    g_assert_cmpuint(t.lines->len, ==, 1);
    g_assert_cmpstr(t.lines->pdata[0], ==, "acb");
    rl_free(rs, &t);
}

static void test_readline_editing(void)
{
    RLTest t;
    ReadLineState *rs = rl_new(&t);

    /* Backspace, Ctrl-A (home), Ctrl-E (end), Delete, Ctrl-K, Ctrl-U */
    rl_type(rs, "hellox\177\001>\005<\r");
    rl_type(rs, "abc\001\004\r");
    rl_type(rs, "abc\033[H\033[3~\033[F!\r");
    rl_type(rs, "one two\033[D\033[D\033[D\013\r");
    rl_type(rs, "one two\025x\r");
    rl_type(rs, "one two\027\r");
    g_assert_cmpuint(t.lines->len, ==, 6);
    g_assert_cmpstr(t.lines->pdata[0], ==, ">hello<");
    g_assert_cmpstr(t.lines->pdata[1], ==, "bc");
    g_assert_cmpstr(t.lines->pdata[2], ==, "bc!");
    g_assert_cmpstr(t.lines->pdata[3], ==, "one ");
    g_assert_cmpstr(t.lines->pdata[4], ==, "x");
    g_assert_cmpstr(t.lines->pdata[5], ==, "one ");
    rl_free(rs, &t);
}

/* Candidates: the words of a fixed list that start with the last word. */
static void rl_complete(void *opaque, const char *line, size_t *word_start,
                        GPtrArray *matches)
{
    static const char *const words[] = {
        "stop", "status", "stats", "system_reset", "stats", "xp",
    };
    const char *space = strrchr(line, ' ');
    const char *word = space ? space + 1 : line;
    size_t i;

    *word_start = word - line;
    for (i = 0; i < G_N_ELEMENTS(words); i++) {
        if (g_str_has_prefix(words[i], word)) {
            g_ptr_array_add(matches, g_strdup(words[i]));
        }
    }
}

static void test_readline_completion(void)
{
    RLTest t;
    ReadLineState *rs = rl_new(&t);

    rl_type(rs, "\t");                  /* no callback: Tab does nothing */
    RL_EXPECT(&t, "");
    readline_set_completion(rs, rl_complete);
    rl_type(rs, "x\t");                 /* one match: the word, a space */
    RL_EXPECT(&t, "x\033[K\033[Dxp \033[K");
    rl_type(rs, "sta\t");       /* several: common prefix, sorted list */
    RL_EXPECT(&t, "\033[D\033[D\033[Dxp s\033[K"
              "\033[D\033[D\033[D\033[Dxp st\033[K"
              "\033[D\033[D\033[D\033[D\033[Dxp sta\033[K"
              "\nstats     status    \n> xp stat\033[K");
    rl_type(rs, "\025s\t");             /* columns of max length + 2 */
    RL_EXPECT(&t, "\033[D\033[D\033[D\033[D\033[D\033[D\033[D\033[K"
              "s\033[K\nstats         status        stop          "
              "system_reset  \n> s\033[K");
    rl_type(rs, "\025q\t");             /* none: nothing happens */
    RL_EXPECT(&t, "\033[D\033[Kq\033[K");
    rl_type(rs, "\025stox\033[D\t");    /* the word before the cursor */
    RL_EXPECT(&t, "\033[D\033[Ks\033[K\033[Dst\033[K\033[D\033[Dsto"
              "\033[K\033[D\033[D\033[Dstox\033[K\033[D"
              "\033[D\033[D\033[Dstop x\033[K\033[D");
    rl_type(rs, "\r");
    g_assert_cmpstr(t.lines->pdata[0], ==, "stop x");
    rl_free(rs, &t);
}

static void test_readline_history(void)
{
    RLTest t;
    ReadLineState *rs = rl_new(&t);

    rl_type(rs, "first\rsecond\r");
    rl_type(rs, "\033[A\033[A\r");      /* up twice: "first" */
    g_assert_cmpstr(t.lines->pdata[2], ==, "first");
    /* "first" moved to the end: the history is second, first */
    g_assert_cmpstr(readline_get_history(rs, 0), ==, "second");
    g_assert_cmpstr(readline_get_history(rs, 1), ==, "first");
    g_assert_null(readline_get_history(rs, 2));
    rl_type(rs, "\033[A\033[A\033[B\r");  /* up, up, down: "first" */
    g_assert_cmpstr(t.lines->pdata[3], ==, "first");
    rl_type(rs, "\033[A\033[B\033[Bnew\r");  /* down past the end */
    g_assert_cmpstr(t.lines->pdata[4], ==, "new");
    rl_type(rs, "\020\r");              /* Ctrl-P */
    g_assert_cmpstr(t.lines->pdata[5], ==, "new");
    rl_type(rs, "\r");                  /* empty lines are not kept */
    g_assert_null(readline_get_history(rs, 3));
    rl_free(rs, &t);
}

static void test_readline_limits(void)
{
    RLTest t;
    ReadLineState *rs = rl_new(&t);
    g_autofree char *lng = g_strnfill(READLINE_CMD_BUF_SIZE + 100, 'x');
    int i;

    rl_type(rs, lng);
    rl_type(rs, "\r");
    g_assert_cmpuint(strlen(t.lines->pdata[0]), ==, READLINE_CMD_BUF_SIZE);
    for (i = 0; i < READLINE_MAX_CMDS + 10; i++) {
        g_autofree char *cmd = g_strdup_printf("c%d\r", i);

        rl_type(rs, cmd);
    }
    g_assert_cmpstr(readline_get_history(rs, 0), ==, "c10");
    g_assert_nonnull(readline_get_history(rs, READLINE_MAX_CMDS - 1));
    g_assert_null(readline_get_history(rs, READLINE_MAX_CMDS));
    /* Unknown escapes and stray control bytes change nothing. */
    rl_type(rs, "\033[99~\033Ox\033z\002\003ok\r");
    g_assert_cmpstr(t.lines->pdata[t.lines->len - 1], ==, "ok");
    rl_free(rs, &t);
}

/* --- commands ------------------------------------------------------ */

static void hmp_expect(const char *cmdline, const char *want)
{
    g_autofree char *got = hmp_run_command_line(cmdline, NULL);

    g_assert_cmpstr(got, ==, want);
}

static void test_hmp_help(void)
{
    hmp_expect("help stop", "stop|s  -- stop emulation\r\n");
    hmp_expect("? c", "cont|c  -- resume emulation\r\n");
    hmp_expect("help x", "x /fmt addr -- virtual memory dump starting at "
               "'addr'\r\n");
    hmp_expect("help info status", "info status  -- show the current VM "
               "status (running|paused)\r\n");
    hmp_expect("help foo", "unknown command: 'foo'\r\n");
    hmp_expect("help info foo", "unknown command: 'info foo'\r\n");
    {
        g_autofree char *all = hmp_run_command_line("help", NULL);
        g_autofree char *info = hmp_run_command_line("info", NULL);
        g_autofree char *help_info = hmp_run_command_line("help info",
                                                          NULL);

        g_assert_true(g_str_has_prefix(all, "cont|c  -- resume emulation\r\n"
                                       "help|? [cmd] -- show the help\r\n"));
        g_assert_true(g_str_has_suffix(all, "xp /fmt addr -- physical "
                                       "memory dump starting at 'addr'\r\n"));
        g_assert_true(g_str_has_prefix(info, "info chardev  -- show the "
                                       "character devices\r\n"));
        g_assert_cmpstr(info, ==, help_info);
    }
}

static void test_hmp_errors(void)
{
    hmp_expect("", "");
    hmp_expect("   ", "");
    hmp_expect("foo", "unknown command: 'foo'\r\n");
    hmp_expect("info foo", "unknown command: 'info foo'\r\n");
    hmp_expect("stop 1", "stop|s: extraneous characters at the end of "
               "line\r\nTry \"help stop\" for more information\r\n");
    hmp_expect("s x", "stop|s: extraneous characters at the end of line\r\n"
               "Try \"help s\" for more information\r\n");
    hmp_expect("info status 1", "status: extraneous characters at the end "
               "of line\r\nTry \"help info status\" for more "
               "information\r\n");
    hmp_expect("xp/4x 0 5", "xp: extraneous characters at the end of "
               "line\r\nTry \"help xp\" for more information\r\n");
}

static void test_hmp_expressions(void)
{
    static const struct {
        const char *cmdline;
        const char *error;
    } cases[] = {
        { "x", "unexpected end of expression" },
        { "xp/4x", "unexpected end of expression" },
        { "xp/4z 0", "invalid char in format: 'z'" },
        { "xp/4x foo", "invalid char 'f' in expression" },
        { "xp/4x (1", "')' expected" },
        { "xp/4x 1/0", "division by zero" },
        { "xp/4x 5%0", "division by zero" },
        { "xp/4x 99999999999999999999999", "number too large" },
        { "xp/4x $pc", "unknown register" },
        { "xp/4x 1+", "unexpected end of expression" },
    };
    size_t i;

    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *cmd = g_strndup(cases[i].cmdline,
                                         strcspn(cases[i].cmdline, "/ "));
        g_autofree char *want = g_strdup_printf(
            "%s\r\nTry \"help %s\" for more information\r\n",
            cases[i].error, cmd);

        hmp_expect(cases[i].cmdline, want);
    }
}

static void test_hmp_expression_values(void)
{
    const char *p;
    int64_t v;

    p = "0x10 + 2*3 - (4 | 1) ";
    g_assert_true(hmp_get_expr(NULL, &p, &v));
    g_assert_cmpint(v, ==, 0x10 + 2 * 3 - 5);
    p = "010 & ~1";
    g_assert_true(hmp_get_expr(NULL, &p, &v));
    g_assert_cmpint(v, ==, 8);
    p = "-1 ^ 0xff 5";
    g_assert_true(hmp_get_expr(NULL, &p, &v));
    g_assert_cmpint(v, ==, ~0xffLL);
    g_assert_cmpstr(p, ==, "5");
    p = "'A' + 1";
    g_assert_true(hmp_get_expr(NULL, &p, &v));
    g_assert_cmpint(v, ==, 'B');
    p = "(-9223372036854775807 - 1) / -1";
    g_assert_true(hmp_get_expr(NULL, &p, &v));
    g_assert_cmpint(v, ==, INT64_MIN);
}

static void test_hmp_no_cpu(void)
{
    hmp_expect("x/4x 0", "Can not dump without CPU\r\n");
    hmp_expect("xp/2i 0", "Can not dump without CPU\r\n");
    hmp_expect("info registers", "No CPU available\r\n");
    hmp_expect("info registers 3", "CPU#3 not available\r\n");
    hmp_expect("info registers -a", "");
    hmp_expect("info cpus", "");
}

static void test_hmp_info(void)
{
    g_autofree char *version = g_strdup_printf("%s%s\r\n", QEMU_VERSION,
                                               QEMU_PKGVERSION);

    hmp_expect("info version", version);
    hmp_expect("info status", "VM status: paused (prelaunch)\r\n");
    hmp_expect("info name", "");
    hmp_expect("info uuid", "00000000-0000-0000-0000-000000000000\r\n");
    hmp_expect("info kvm", "kvm support: not compiled\r\n");
    hmp_expect("info iothreads", "");
    hmp_expect("info history", "");
    hmp_expect("info qtree", "bus: main-system-bus\r\n  type System\r\n");
    hmp_expect("info chardev", "");
}

static void test_hmp_run_state(void)
{
    hmp_expect("c", "");
    hmp_expect("info status", "VM status: running\r\n");
    hmp_expect("stop", "");
    hmp_expect("info status", "VM status: paused\r\n");
    hmp_expect("cont", "");
    runstate_set(RUN_STATE_SHUTDOWN);
    hmp_expect("cont", "Error: Resetting the Virtual Machine is "
               "required\r\n");
    hmp_expect("info status", "VM status: paused (shutdown)\r\n");
}

/* xp over 64 bytes of RAM at 0x1000 holding the bytes 0x00..0x3f. */
static void test_hmp_xp_formats(void)
{
    static MemoryRegion ram;
    uint8_t *p;
    int i;

    g_assert_true(memory_region_init_ram(&ram, NULL, "hmp-ram", 0x1000,
                                         &error_abort));
    memory_region_add_subregion(get_system_memory(), 0x1000, &ram);
    p = memory_region_get_ram_ptr(&ram);
    for (i = 0; i < 0x40; i++) {
        p[i] = i;
    }
    p[0x40] = 0x80;
    p[0x41] = 0xff;
    memcpy(p + 0x42, "A'\\\n", 4);
    hmp_expect("xp/4xw 0x1000", "0000000000001000: 0x03020100 0x07060504 "
               "0x0b0a0908 0x0f0e0d0c\r\n");
    hmp_expect("xp/2 0x1010", "0000000000001010: 0x13121110 "
               "0x17161514\r\n");        /* the last format and size */
    hmp_expect("xp/9xb 0x1000", "0000000000001000: 0x00 0x01 0x02 0x03 "
               "0x04 0x05 0x06 0x07\r\n0000000000001008: 0x08\r\n");
    hmp_expect("xp/3xh 0x1000", "0000000000001000: 0x0100 0x0302 "
               "0x0504\r\n");
    hmp_expect("xp/3xg 0x1000", "0000000000001000: 0x0706050403020100 "
               "0x0f0e0d0c0b0a0908\r\n0000000000001010: "
               "0x1716151413121110\r\n");
    hmp_expect("xp/2db 0x1040", "0000000000001040: 128 255\r\n");
    hmp_expect("xp/1dg 0x1040", "0000000000001040:       11390911905664"
               "\r\n");
    hmp_expect("xp/2uh 0x1040", "0000000000001040: 65408 10049\r\n");
    hmp_expect("xp/2ob 0x1040", "0000000000001040: 0200 0377\r\n");
    hmp_expect("xp/2ow 0x1000", "0000000000001000:  0300400400 "
                " 0701402404\r\n");
    hmp_expect("xp/4cb 0x1040", "0000000000001040: '\\x80' '\\xff' "
               "'A' '\\''\r\n");
    /* c after w: the count still takes 4-byte units (QEMU's quirk). */
    hmp_expect("xp/1xw 0x1044", "0000000000001044: 0x00000a5c\r\n");
    hmp_expect("xp/1c 0x1044", "0000000000001044: '\\\\' '\\n' "
               "'\\x00' '\\x00'\r\n");
    hmp_expect("xp/0x 0x1000", "");
    hmp_expect("xp/2xw 0x1ffc", "0000000000001ffc: Cannot access "
               "memory\r\n");
    hmp_expect("xp/2xw 0x3000", "0000000000003000: Cannot access "
               "memory\r\n");
    hmp_expect("xp/1xw -1", "ffffffffffffffff: Cannot access memory\r\n");
    hmp_expect("xp/1xw 0x1000+4*2", "0000000000001008: 0x0b0a0908\r\n");
}

/*
 * A fake CPU: its registers dump as one line, and its virtual addresses
 * are the physical ones plus 0x10000 (below 0x1000 only).
 */
#define TYPE_HMP_FAKE_CPU "hmp-fake-cpu"
#define FAKE_VIRT_OFFSET 0x10000

static void fake_dump_state(CPUState *cs, FILE *f, int flags)
{
    fprintf(f, "regs of %d%s\n", cs->cpu_index,
            flags & CPU_DUMP_FPU ? " with fpu" : "");
}

static int fake_memory_rw_debug(CPUState *cs, vaddr addr, uint8_t *buf,
                                int len, bool is_write)
{
    if (addr + len > 0x1000) {
        return -1;
    }
    address_space_read(&address_space_memory, addr + FAKE_VIRT_OFFSET,
                       MEMTXATTRS_UNSPECIFIED, buf, len);
    return 0;
}

static void fake_cpu_class_init(ObjectClass *oc, void *data)
{
    CPUClass *cc = CPU_CLASS(oc);

    cc->dump_state = fake_dump_state;
    cc->memory_rw_debug = fake_memory_rw_debug;
}

static const TypeInfo fake_cpu_info = {
    .name = TYPE_HMP_FAKE_CPU,
    .parent = TYPE_CPU,
    .instance_size = sizeof(CPUState),
    .class_size = sizeof(CPUClass),
    .class_init = fake_cpu_class_init,
};

/* What riscv_disas_block prints, with the monitor's "\r\n" lines. */
static char *disas_text(uint64_t pc, const uint8_t *code, size_t len)
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    g_auto(GStrv) lines = NULL;

    riscv_disas_block(f, pc, code, len);
    fclose(f);
    lines = g_strsplit(text, "\n", -1);
    free(text);
    return g_strjoinv("\r\n", lines);
}

static void test_hmp_cpus(void)
{
    static MemoryRegion ram;
    static const uint8_t code[] = {
        0x13, 0x01, 0x01, 0xff,         /* addi sp,sp,-16 */
        0x01, 0x00,                     /* c.nop */
        0x97, 0x02, 0x00, 0x00,         /* auipc t0,0 */
    };
    CPUState *cpu0, *cpu1;
    g_autofree char *cpus = NULL;
    g_autofree char *want = NULL;
    g_autofree char *got = NULL;
    g_autofree char *d0 = NULL, *d1 = NULL, *d2 = NULL;

    type_register_static(&fake_cpu_info);
    cpu0 = cpu_create(TYPE_HMP_FAKE_CPU);
    cpu1 = cpu_create(TYPE_HMP_FAKE_CPU);
    g_assert_true(memory_region_init_ram(&ram, NULL, "hmp-cpu-ram", 0x1000,
                                         &error_abort));
    memory_region_add_subregion(get_system_memory(), FAKE_VIRT_OFFSET, &ram);
    memcpy(memory_region_get_ram_ptr(&ram), code, sizeof(code));

    want = g_strdup_printf("* CPU #0: thread_id=%d\r\n  CPU #1: "
                           "thread_id=%d\r\n", cpu0->thread_id,
                           cpu1->thread_id);
    hmp_expect("info cpus", want);
    g_assert_cmpint(cpu0->thread_id, >, 0);
    cpus = hmp_run_command_line("info cpus", cpu1);
    g_assert_true(g_str_has_prefix(cpus, "  CPU #0"));
    g_assert_nonnull(strstr(cpus, "* CPU #1"));
    hmp_expect("info registers", "\r\nCPU#0\r\nregs of 0 with fpu\r\n");
    hmp_expect("info registers 1", "\r\nCPU#1\r\nregs of 1 with fpu\r\n");
    hmp_expect("info registers -a", "\r\nCPU#0\r\nregs of 0 with fpu\r\n"
               "\r\nCPU#1\r\nregs of 1 with fpu\r\n");
    hmp_expect("info registers 2", "CPU#2 not available\r\n");
    got = hmp_run_command_line("info registers", cpu1);
    g_assert_cmpstr(got, ==, "\r\nCPU#1\r\nregs of 1 with fpu\r\n");

    /* x: through the CPU's view; xp: physical. */
    hmp_expect("x/2xw 0", "0000000000000000: 0xff010113 0x02970001\r\n");
    hmp_expect("x/1xw 0xffc", "0000000000000ffc: 0x00000000\r\n");
    hmp_expect("x/2xw 0xffc", "0000000000000ffc: Cannot access memory\r\n");
    d0 = disas_text(0, code, 4);
    d1 = disas_text(4, code + 4, 2);
    d2 = disas_text(6, code + 6, 4);
    g_free(want);
    want = g_strconcat(d0, d1, d2, NULL);
    g_assert_nonnull(strstr(d0, "addi"));
    g_free(got);
    got = hmp_run_command_line("x/3i 0", NULL);
    g_assert_cmpstr(got, ==, want);
    g_free(got);
    got = hmp_run_command_line("xp/3i 0x10000", NULL);
    g_assert_true(g_str_has_prefix(got, "0x0000000000010000:  ff010113"));
    hmp_expect("x/1i 0x1000", "0x0000000000001000: Cannot access "
               "memory\r\n");
    hmp_expect("x/1xw 0", "0000000000000000: 0xff010113\r\n");
}

/* A readline monitor: banner, prompt, echo, history, focus. */
static void hmp_out(void *opaque, const char *buf, size_t len)
{
    g_string_append_len(opaque, buf, len);
}

static void test_hmp_terminal(void)
{
    g_autoptr(GString) out = g_string_new(NULL);
    MonitorHMP *mon = monitor_hmp_new(hmp_out, out, true);
    g_autofree char *banner = g_strdup_printf(
        "QEMU %s monitor - type 'help' for more information\r\n(qemu) ",
        QEMU_VERSION);

    /* Not focused when the chardev opens: nothing until the focus. */
    monitor_hmp_focus_out(mon);
    monitor_hmp_opened(mon);
    g_assert_cmpstr(out->str, ==, "");
    monitor_hmp_focus_in(mon);
    g_assert_cmpstr(out->str, ==, banner);
    g_string_truncate(out, 0);
    monitor_hmp_feed(mon, (const uint8_t *)"s 1\r", 4);
    g_assert_cmpstr(out->str, ==, "s\033[K\033[Ds \033[K\033[D\033[Ds 1\033[K"
                    "\r\nstop|s: extraneous characters at the end of line\r\n"
                    "Try \"help s\" for more information\r\n(qemu) ");
    g_string_truncate(out, 0);
    monitor_hmp_command(mon, "info history");
    g_assert_cmpstr(out->str, ==, "0: 's 1'\r\n");
    g_string_truncate(out, 0);
    monitor_hmp_focus_out(mon);
    g_assert_cmpstr(out->str, ==, "\r\n");
    monitor_hmp_focus_in(mon);
    g_assert_cmpstr(out->str, ==, "\r\n(qemu) ");
    g_string_truncate(out, 0);
    /* Tab: command names (aliases too), then "info" sub-commands. */
    monitor_hmp_feed(mon, (const uint8_t *)"sys\t", 4);
    g_assert_true(g_str_has_suffix(out->str,
                                   "sys\033[K\r\nsystem_powerdown  "
                                   "system_reset      \r\n(qemu) system_"
                                   "\033[K"));
    g_string_truncate(out, 0);
    monitor_hmp_feed(mon, (const uint8_t *)"\025help inf\t", 10);
    g_assert_true(g_str_has_suffix(out->str, "help info \033[K"));
    g_string_truncate(out, 0);
    monitor_hmp_feed(mon, (const uint8_t *)"stat\t", 5);
    g_assert_true(g_str_has_suffix(out->str, "help info status \033[K"));
    g_string_truncate(out, 0);
    monitor_hmp_feed(mon, (const uint8_t *)"\025q\t", 3);
    g_assert_true(g_str_has_suffix(out->str, "\r\nq         quit      "
                                   "\r\n(qemu) q\033[K"));
    g_string_truncate(out, 0);
    monitor_hmp_feed(mon, (const uint8_t *)"\025x/4x \t", 8);
    g_assert_true(g_str_has_suffix(out->str, "x/4x \033[K"));
    monitor_hmp_feed(mon, (const uint8_t *)"\025", 1);
    g_string_truncate(out, 0);
    monitor_hmp_feed(mon, (const uint8_t *)"quit\r", 5);
    g_assert_true(g_str_has_suffix(out->str, "quit\033[K\r\n"));
    monitor_hmp_free(mon);
}

#define TYPE_HMP_SBD "hmp-test-sbd"
#define TYPE_HMP_SBD_SUB "hmp-test-sbd-sub"
#define TYPE_HMP_BUS "hmp-test-bus"
#define TYPE_HMP_LEAF "hmp-test-leaf"

typedef struct HmpTestSbd {
    SysBusDevice parent_obj;
    MemoryRegion mmio;
    qemu_irq irq[2];
    qemu_irq out;
    uint32_t count;
    bool on;
    char *label;
    uint64_t big;
    uint32_t extra;             /* the subclass's */
    BusState bus;               /* the subclass's */
} HmpTestSbd;

static void hmp_sbd_irq(void *opaque, int n, int level)
{
}

static void hmp_sbd_init(Object *obj)
{
    HmpTestSbd *s = (HmpTestSbd *)obj;
    SysBusDevice *sbd = SYS_BUS_DEVICE(obj);

    g_assert_true(memory_region_init_ram(&s->mmio, obj, "hmp-sbd", 0x100,
                                         &error_abort));
    sysbus_init_mmio(sbd, &s->mmio);
    sysbus_init_irq(sbd, &s->irq[0]);
    sysbus_init_irq(sbd, &s->irq[1]);
    qdev_init_gpio_in(DEVICE(obj), hmp_sbd_irq, 3);
    qdev_init_gpio_out(DEVICE(obj), &s->out, 1);
}

/* Only an unmapped device is ever freed here (the "sub" one). */
static void hmp_sbd_finalize(Object *obj)
{
    HmpTestSbd *s = (HmpTestSbd *)obj;

    memory_region_finalize(&s->mmio);
}

static Property hmp_sbd_props[] = {
    DEFINE_PROP_UINT32("count", HmpTestSbd, count, 7),
    DEFINE_PROP_BOOL("on", HmpTestSbd, on, true),
    DEFINE_PROP_STRING("label", HmpTestSbd, label),
    DEFINE_PROP_UINT64("big", HmpTestSbd, big, 1ULL << 32),
    DEFINE_PROP_END_OF_LIST(),
};

static void hmp_sbd_class_init(ObjectClass *oc, void *data)
{
    device_class_set_props(DEVICE_CLASS(oc), hmp_sbd_props);
}

static const TypeInfo hmp_sbd_info = {
    .name = TYPE_HMP_SBD,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(HmpTestSbd),
    .instance_init = hmp_sbd_init,
    .instance_finalize = hmp_sbd_finalize,
    .class_init = hmp_sbd_class_init,
};

/* The subclass provides a bus when realized. */
static void hmp_sbd_sub_realize(DeviceState *dev, Error **errp)
{
    HmpTestSbd *s = (HmpTestSbd *)dev;

    qbus_init(&s->bus, sizeof(s->bus), TYPE_HMP_BUS, dev, NULL);
}

static Property hmp_sbd_sub_props[] = {
    DEFINE_PROP_UINT32("extra", HmpTestSbd, extra, 0),
    DEFINE_PROP_END_OF_LIST(),
};

static void hmp_sbd_sub_class_init(ObjectClass *oc, void *data)
{
    DEVICE_CLASS(oc)->realize = hmp_sbd_sub_realize;
    device_class_set_props(DEVICE_CLASS(oc), hmp_sbd_sub_props);
}

static const TypeInfo hmp_sbd_sub_info = {
    .name = TYPE_HMP_SBD_SUB,
    .parent = TYPE_HMP_SBD,
    .class_init = hmp_sbd_sub_class_init,
};

static const TypeInfo hmp_bus_info = {
    .name = TYPE_HMP_BUS,
    .parent = TYPE_BUS,
    .instance_size = sizeof(BusState),
};

static const TypeInfo hmp_leaf_info = {
    .name = TYPE_HMP_LEAF,
    .parent = TYPE_DEVICE,
    .instance_size = sizeof(DeviceState),
};

/* The hmp-test-sbd device of test_hmp_qtree as info qtree shows it. */
#define HMP_SBD_QTREE                                           \
    "  dev: hmp-test-sbd, id \"\"\r\n"                           \
    "    gpio-in \"\" 3\r\n"                                     \
    "    gpio-out \"\" 1\r\n"                                    \
    "    gpio-out \"sysbus-irq\" 2\r\n"                          \
    "    count = 7 (0x7)\r\n"                                    \
    "    on = true\r\n"                                          \
    "    label = \"x\"\r\n"                                      \
    "    big = 4294967296 (0x100000000)\r\n"                     \
    "    mmio 0000000000020000/0000000000000100\r\n"

/*
 * info qtree: system-bus devices (newest first) with their lines, their
 * properties (the subclass's first), mapped regions and, indented below,
 * the bus a device provides and the device on it.
 */
static void test_hmp_qtree(void)
{
    Object *machine = container_get(object_get_root(), "/machine");
    DeviceState *dev, *sub, *leaf;

    type_register_static(&hmp_sbd_info);
    type_register_static(&hmp_sbd_sub_info);
    type_register_static(&hmp_bus_info);
    type_register_static(&hmp_leaf_info);
    dev = DEVICE(object_new(TYPE_HMP_SBD));
    object_property_add_child(machine, "sbd", OBJECT(dev));
    qdev_prop_set_string(dev, "label", "x");
    g_assert_true(sysbus_realize(SYS_BUS_DEVICE(dev), &error_abort));
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, 0x20000);
    sub = DEVICE(object_new(TYPE_HMP_SBD_SUB));
    object_property_add_child(machine, "sub", OBJECT(sub));
    qdev_prop_set_bit(sub, "on", false);
    g_assert_true(sysbus_realize(SYS_BUS_DEVICE(sub), &error_abort));
    leaf = DEVICE(object_new(TYPE_HMP_LEAF));
    leaf->id = g_strdup("leaf0");
    object_property_add_child(machine, "leaf", OBJECT(leaf));
    g_assert_true(qdev_realize(leaf, qdev_get_child_bus(sub,
                                                        "hmp-test-bus.0"),
                               &error_abort));
    hmp_expect("info qtree", "bus: main-system-bus\r\n  type System\r\n"
               "  dev: hmp-test-sbd-sub, id \"\"\r\n"
               "    gpio-in \"\" 3\r\n"
               "    gpio-out \"\" 1\r\n"
               "    gpio-out \"sysbus-irq\" 2\r\n"
               "    extra = 0 (0x0)\r\n"
               "    count = 7 (0x7)\r\n"
               "    on = false\r\n"
               "    label = \"\"\r\n"
               "    big = 4294967296 (0x100000000)\r\n"
               "    mmio ffffffffffffffff/0000000000000100\r\n"
               "    bus: hmp-test-bus.0\r\n"
               "      type hmp-test-bus\r\n"
               "      dev: hmp-test-leaf, id \"leaf0\"\r\n"
               HMP_SBD_QTREE);
    /* A device that goes away leaves its bus. */
    object_unparent(OBJECT(leaf));
    object_unref(OBJECT(leaf));
    object_unparent(OBJECT(sub));
    object_unref(OBJECT(sub));
    hmp_expect("info qtree", "bus: main-system-bus\r\n  type System\r\n"
               HMP_SBD_QTREE);
}

/*
 * Random command lines and keystrokes (a fixed seed): whatever comes
 * in gets an answer, never a crash.  The words are biased towards the
 * monitor's own, so that argument parsing is reached.
 */
static void test_hmp_random_input(void)
{
    static const char *const words[] = {
        "x", "xp", "info", "help", "registers", "mtree", "status", "cpus",
        "/", "/4", "/x", "/i", "/c", "/2g", "/9999999999", "0x", "-1", "(",
        ")", "+", "*", "/0", "$pc", "'", "-a", "-f", " ", "  ", "\t", "?",
        "history", "chardev", "version", "stop", "cont",
    };
    g_autoptr(GRand) rand = g_rand_new_with_seed(20251203);
    g_autoptr(GString) out = g_string_new(NULL);
    MonitorHMP *mon = monitor_hmp_new(hmp_out, out, true);
    int i, j;

    for (i = 0; i < 3000; i++) {
        g_autoptr(GString) line = g_string_new(NULL);
        g_autofree char *reply = NULL;
        int n = g_rand_int_range(rand, 0, 6);

        for (j = 0; j < n; j++) {
            g_string_append(line, words[g_rand_int_range(
                rand, 0, G_N_ELEMENTS(words))]);
        }
        reply = hmp_run_command_line(line->str, NULL);
        g_assert_nonnull(reply);
    }
    monitor_hmp_focus_in(mon);
    for (i = 0; i < 200000; i++) {
        uint8_t byte = g_rand_int_range(rand, 0, 256);

        if (byte == '\r' || byte == '\n' || byte == 'q') {
            continue;           /* no lines: only the editor is exercised */
        }
        monitor_hmp_feed(mon, &byte, 1);
        if (out->len > 65536) {
            g_string_truncate(out, 0);
        }
    }
    monitor_hmp_free(mon);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    qemu_add_vl_opts();
    module_call_init(MODULE_INIT_QOM);
    g_test_add_func("/hmp/readline/echo", test_readline_echo);
    g_test_add_func("/hmp/readline/editing", test_readline_editing);
    g_test_add_func("/hmp/readline/completion", test_readline_completion);
    g_test_add_func("/hmp/readline/history", test_readline_history);
    g_test_add_func("/hmp/readline/limits", test_readline_limits);
    g_test_add_func("/hmp/cmd/help", test_hmp_help);
    g_test_add_func("/hmp/cmd/errors", test_hmp_errors);
    g_test_add_func("/hmp/cmd/expressions", test_hmp_expressions);
    g_test_add_func("/hmp/cmd/expression-values",
                    test_hmp_expression_values);
    g_test_add_func("/hmp/cmd/no-cpu", test_hmp_no_cpu);
    g_test_add_func("/hmp/cmd/info", test_hmp_info);
    g_test_add_func("/hmp/cmd/run-state", test_hmp_run_state);
    g_test_add_func("/hmp/terminal", test_hmp_terminal);
    g_test_add_func("/hmp/cmd/xp-formats", test_hmp_xp_formats);
    g_test_add_func("/hmp/cpu/commands", test_hmp_cpus);
    g_test_add_func("/hmp/cpu/qtree", test_hmp_qtree);
    g_test_add_func("/hmp/cpu/random-input", test_hmp_random_input);
    return g_test_run();
}
