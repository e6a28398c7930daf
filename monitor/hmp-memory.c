/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hmp-memory.c: the HMP memory dumps x/FMT ADDR (guest-virtual, through
 * the current CPU) and xp/FMT ADDR (guest-physical), and the expression
 * syntax of their address.
 *
 * The layout is QEMU 8.2's: the address in 16 hex digits, then the
 * values of 16 bytes a line (8 for byte-sized values), each right
 * aligned to the width of its largest value: "0x%0Nx" for x, "%#No"
 * for o, "%Nu"/"%Nd" for u and d; characters as 'c' or '\xNN'.  Like
 * QEMU, the byte count is taken before c forces single bytes, so
 * "x/4c" after "x/4w" shows 16 characters.
 */
#include "qemu/osdep.h"
#include "exec/memory.h"
#include "hw/core/cpu.h"
#include "disas/riscv.h"
#include "sysemu/arch_init.h"
#include "monitor/hmp.h"


/* --- expressions --------------------------------------------------- */

typedef struct HmpExpr {
    MonitorHMP *mon;
    const char *p;
    const char *error;          /* first error, printed by the caller */
    char bad;                   /* the character of "invalid char" */
} HmpExpr;

static int64_t hmp_expr_sum(HmpExpr *e);

static void hmp_expr_skip(HmpExpr *e)
{
    while (g_ascii_isspace(*e->p)) {
        e->p++;
    }
}

static int64_t hmp_expr_fail(HmpExpr *e, const char *msg)
{
    if (!e->error) {
        e->error = msg;
    }
    e->p += strlen(e->p);       /* stop everything above */
    return 0;
}

static int64_t hmp_expr_number(HmpExpr *e)
{
    char *end;
    uint64_t n;

    errno = 0;
    n = strtoull(e->p, &end, 0);
    if (errno == ERANGE) {
        return hmp_expr_fail(e, "number too large");
    }
    if (end == e->p) {
        e->bad = *e->p;
        return hmp_expr_fail(e, "invalid char in expression");
    }
    e->p = end;
    hmp_expr_skip(e);
    return n;
}

static int64_t hmp_expr_unary(HmpExpr *e)
{
    int64_t n;
    char c = *e->p;

    switch (c) {
    case '+':
    case '-':
    case '~':
        e->p++;
        n = hmp_expr_unary(e);
        return c == '-' ? -n : c == '~' ? ~n : n;
    case '(':
        e->p++;
        hmp_expr_skip(e);
        n = hmp_expr_sum(e);
        if (*e->p != ')') {
            return hmp_expr_fail(e, "')' expected");
        }
        e->p++;
        hmp_expr_skip(e);
        return n;
    case '\'':
        if (!e->p[1] || e->p[2] != '\'') {
            return hmp_expr_fail(e, "invalid char in expression");
        }
        n = (unsigned char)e->p[1];
        e->p += 3;
        hmp_expr_skip(e);
        return n;
    case '$':
        /* No target register has a monitor name yet. */
        return hmp_expr_fail(e, "unknown register");
    case '\0':
        return hmp_expr_fail(e, "unexpected end of expression");
    default:
        return hmp_expr_number(e);
    }
}

static int64_t hmp_expr_logic(HmpExpr *e)
{
    int64_t n = hmp_expr_unary(e);

    while (*e->p == '&' || *e->p == '|' || *e->p == '^') {
        char op = *e->p++;
        int64_t m;

        hmp_expr_skip(e);
        m = hmp_expr_unary(e);
        n = op == '&' ? n & m : op == '|' ? n | m : n ^ m;
    }
    return n;
}

static int64_t hmp_expr_prod(HmpExpr *e)
{
    int64_t n = hmp_expr_logic(e);

    while (*e->p == '*' || *e->p == '/' || *e->p == '%') {
        char op = *e->p++;
        int64_t m;

        hmp_expr_skip(e);
        m = hmp_expr_logic(e);
        if (op == '*') {
            n = (uint64_t)n * (uint64_t)m;
        } else if (m == 0) {
            return hmp_expr_fail(e, "division by zero");
        } else if (m == -1) {
            n = op == '/' ? (int64_t)(0 - (uint64_t)n) : 0;
        } else {
            n = op == '/' ? n / m : n % m;
        }
    }
    return n;
}

static int64_t hmp_expr_sum(HmpExpr *e)
{
    int64_t n = hmp_expr_prod(e);

    while (*e->p == '+' || *e->p == '-') {
        char op = *e->p++;
        int64_t m;

        hmp_expr_skip(e);
        m = hmp_expr_prod(e);
        n = op == '+' ? (uint64_t)n + m : (uint64_t)n - m;
    }
    return n;
}

bool hmp_get_expr(MonitorHMP *mon, const char **pp, int64_t *pval)
{
    HmpExpr e = { .mon = mon, .p = *pp };
    int64_t n;

    hmp_expr_skip(&e);
    n = hmp_expr_sum(&e);
    if (e.error) {
        if (e.bad) {
            monitor_printf(mon, "invalid char '%c' in expression\n", e.bad);
        } else {
            monitor_printf(mon, "%s\n", e.error);
        }
        return false;
    }
    *pp = e.p;
    *pval = n;
    return true;
}

/* --- dumps --------------------------------------------------------- */

/* Read guest memory for a dump; false if it cannot be accessed. */
static bool hmp_read(CPUState *cs, uint64_t addr, uint8_t *buf, int len,
                     bool is_physical)
{
    if (is_physical) {
        return address_space_read(&address_space_memory, addr,
                                  MEMTXATTRS_UNSPECIFIED, buf,
                                  len) == MEMTX_OK;
    }
    return cpu_memory_rw_debug(cs, addr, buf, len, false) >= 0;
}

static void hmp_print_char(MonitorHMP *mon, uint64_t v)
{
    switch (v) {
    case '\'':
        monitor_puts(mon, "'\\''");
        break;
    case '\\':
        monitor_puts(mon, "'\\\\'");
        break;
    case '\n':
        monitor_puts(mon, "'\\n'");
        break;
    case '\r':
        monitor_puts(mon, "'\\r'");
        break;
    default:
        if (v >= 32 && v <= 126) {
            monitor_printf(mon, "'%c'", (int)v);
        } else {
            monitor_printf(mon, "'\\x%02x'", (unsigned)v);
        }
        break;
    }
}

static uint64_t hmp_load(const uint8_t *p, int size)
{
    uint64_t v = 0;
    int i;

    /* Both targets are little-endian. */
    for (i = size - 1; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return v;
}

static void hmp_print_value(MonitorHMP *mon, int format, int size,
                            uint64_t v)
{
    int bits = size * 8;

    switch (format) {
    case 'o':
        monitor_printf(mon, " %#*" PRIo64, (bits + 2) / 3, v);
        break;
    case 'u':
        monitor_printf(mon, " %*" PRIu64, (bits * 10 + 32) / 33, v);
        break;
    case 'd':
        monitor_printf(mon, " %*" PRId64, (bits * 10 + 32) / 33, (int64_t)v);
        break;
    case 'c':
        monitor_puts(mon, " ");
        hmp_print_char(mon, v);
        break;
    default:
        monitor_printf(mon, " 0x%0*" PRIx64, bits / 4, v);
        break;
    }
}

/* Print one instruction line through riscv_disas_block; its length. */
static int hmp_disas_one(MonitorHMP *mon, uint64_t addr, const uint8_t *code)
{
    char insn[128];
    int len = riscv_disas_insn(addr, hmp_load(code, 4), insn, sizeof(insn));
    char *text = NULL;
    size_t text_len = 0;
    FILE *f = open_memstream(&text, &text_len);

    if (f) {
        riscv_disas_block(f, addr, code, len);
        fclose(f);
        monitor_puts(mon, text);
    }
    free(text);
    return len;
}

/* Disassemble @count instructions at @addr (x/i, xp/i). */
static void hmp_disas(MonitorHMP *mon, CPUState *cs, uint64_t addr,
                      int count, bool is_physical)
{
    uint8_t code[4] = { 0 };

    if (strcmp(target_name, "riscv64")) {
        monitor_printf(mon, "0x%08" PRIx64 ": Asm output not supported "
                       "on this arch\n", addr);
        return;
    }
    for (; count > 0; count--) {
        if (!hmp_read(cs, addr, code, 4, is_physical) &&
            !hmp_read(cs, addr, code, 2, is_physical)) {
            monitor_printf(mon, "0x%016" PRIx64 ": Cannot access memory\n",
                           addr);
            return;
        }
        addr += hmp_disas_one(mon, addr, code);
    }
}

static void hmp_dump(MonitorHMP *mon, const QDict *qdict, bool is_physical)
{
    int count = qdict_get_int(qdict, "count");
    int format = qdict_get_int(qdict, "format");
    int size = qdict_get_int(qdict, "size");
    uint64_t addr = qdict_get_int(qdict, "addr");
    CPUState *cs = mon_get_cpu(mon);
    int64_t len = (int64_t)size * count;
    int line = size == 1 ? 8 : 16;
    uint8_t buf[16];
    int i, l;

    if (!cs && (format == 'i' || !is_physical)) {
        monitor_puts(mon, "Can not dump without CPU\n");
        return;
    }
    if (format == 'i') {
        hmp_disas(mon, cs, addr, count, is_physical);
        return;
    }
    size = format == 'c' ? 1 : size;
    for (; len > 0; len -= l, addr += l) {
        l = MIN(len, line);
        monitor_printf(mon, "%016" PRIx64 ":", addr);
        if (!hmp_read(cs, addr, buf, l, is_physical)) {
            monitor_puts(mon, " Cannot access memory\n");
            return;
        }
        for (i = 0; i + size <= l; i += size) {
            hmp_print_value(mon, format, size, hmp_load(buf + i, size));
        }
        monitor_puts(mon, "\n");
    }
}

void hmp_memory_dump(MonitorHMP *mon, const QDict *qdict)
{
    hmp_dump(mon, qdict, false);
}

void hmp_physical_memory_dump(MonitorHMP *mon, const QDict *qdict)
{
    hmp_dump(mon, qdict, true);
}
