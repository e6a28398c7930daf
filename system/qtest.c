/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * qtest.c: the -qtest protocol server, by which a test program drives
 * the machine's memory, clock and interrupt lines without guest code.
 *
 * The protocol is QEMU's (docs/devel/qtest.rst): one command a line,
 * words separated by spaces, each answered by one line, "OK [value]" or
 * "FAIL reason":
 *   readb|readw|readl|readq ADDR       OK 0x%016x (the value)
 *   writeb|writew|writel|writeq ADDR VALUE
 *   read ADDR SIZE                     OK 0xHEXBYTES
 *   write ADDR SIZE 0xHEXBYTES         (missing bytes are zero)
 *   b64read ADDR SIZE / b64write ADDR SIZE BASE64
 *   memset ADDR SIZE VALUE
 *   clock_step [NS] / clock_set NS     OK <virtual clock ns> (qtest accel)
 *   endianness                         OK little
 *   irq_intercept_in|irq_intercept_out QOM-PATH
 * Intercepted lines report changes asynchronously: "IRQ raise N" /
 * "IRQ lower N".  Where QEMU asserts on malformed arguments, we answer
 * "FAIL" with the reason instead.  Each line and reply is logged, with
 * the time since the previous one, to -qtest-log (stderr by default,
 * "none" for no log), as QEMU does.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/timer.h"
#include "chardev/char.h"
#include "chardev/char-fe.h"
#include "exec/memory.h"
#include "hw/irq.h"
#include "hw/qdev-core.h"
#include "qom/object.h"
#include "sysemu/qtest.h"

#define QTEST_MAX_BUF (256 * MiB)  /* the largest read/write/memset */
#define QTEST_MAX_WORDS 6           /* a command and its arguments */

typedef struct QTestServer {
    CharBackend chr;
    GString *inbuf;
    FILE *log;
    int64_t last_log_ns;
    DeviceState *irq_dev;       /* the device whose lines we intercept */
    int irq_levels[64];
} QTestServer;

static QTestServer *qtest_server;
static int64_t qtest_clock_ns;

int64_t qtest_get_virtual_clock(void)
{
    return qatomic_read(&qtest_clock_ns);
}

static void qtest_log(QTestServer *s, char kind, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);

static void qtest_log(QTestServer *s, char kind, const char *fmt, ...)
{
    int64_t now = g_get_monotonic_time() * 1000;
    int64_t delta = s->last_log_ns ? now - s->last_log_ns : 0;
    va_list ap;

    if (!s->log) {
        return;
    }
    s->last_log_ns = now;
    fprintf(s->log, "[%c %s%" PRId64 ".%06" PRId64 "] ", kind,
            kind == 'I' && !delta ? "" : "+", delta / 1000000000,
            delta / 1000 % 1000000);
    va_start(ap, fmt);
    vfprintf(s->log, fmt, ap);
    va_end(ap);
    fputc('\n', s->log);
    fflush(s->log);
}

static void qtest_send(QTestServer *s, const char *fmt, ...)
    G_GNUC_PRINTF(2, 3);

static void qtest_send(QTestServer *s, const char *fmt, ...)
{
    g_autofree char *line = NULL;
    va_list ap;

    va_start(ap, fmt);
    line = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    qtest_log(s, 'S', "%s", line);
    qemu_chr_fe_printf(&s->chr, "%s\n", line);
}

/* --- argument parsing ---------------------------------------------- */

static bool qtest_parse_u64(const char *word, uint64_t *val)
{
    char *end;

    if (!word || !*word) {
        return false;
    }
    errno = 0;
    *val = strtoull(word, &end, 0);
    return !errno && !*end;
}

/* ADDR and, with @size, SIZE (at most QTEST_MAX_BUF); false: FAIL sent. */
static bool qtest_addr_size(QTestServer *s, char **words, uint64_t *addr,
                            uint64_t *size)
{
    if (!qtest_parse_u64(words[1], addr) ||
        (size && !qtest_parse_u64(words[2], size))) {
        qtest_send(s, "FAIL invalid arguments to '%s'", words[0]);
        return false;
    }
    if (size && *size > QTEST_MAX_BUF) {
        qtest_send(s, "FAIL size too large");
        return false;
    }
    return true;
}

static int qtest_hexval(char c)
{
    return g_ascii_xdigit_value(c);
}

/* --- memory -------------------------------------------------------- */

static unsigned qtest_access_size(const char *cmd)
{
    switch (cmd[strlen(cmd) - 1]) {
    case 'b':
        return 1;
    case 'w':
        return 2;
    case 'l':
        return 4;
    default:
        return 8;
    }
}

static void qtest_cmd_readx(QTestServer *s, char **words)
{
    unsigned size = qtest_access_size(words[0]);
    uint8_t buf[8] = { 0 };
    uint64_t addr, value = 0;
    int i;

    if (!qtest_addr_size(s, words, &addr, NULL)) {
        return;
    }
    address_space_read(&address_space_memory, addr, MEMTXATTRS_UNSPECIFIED,
                       buf, size);
    for (i = size - 1; i >= 0; i--) {
        value = (value << 8) | buf[i];
    }
    qtest_send(s, "OK 0x%016" PRIx64, value);
}

static void qtest_cmd_writex(QTestServer *s, char **words)
{
    unsigned size = qtest_access_size(words[0]);
    uint8_t buf[8];
    uint64_t addr, value;
    unsigned i;

    if (!qtest_addr_size(s, words, &addr, NULL)) {
        return;
    }
    if (!qtest_parse_u64(words[2], &value)) {
        qtest_send(s, "FAIL invalid arguments to '%s'", words[0]);
        return;
    }
    for (i = 0; i < size; i++) {
        buf[i] = value >> (i * 8);
    }
    address_space_write(&address_space_memory, addr, MEMTXATTRS_UNSPECIFIED,
                        buf, size);
    qtest_send(s, "OK");
}

static void qtest_cmd_read(QTestServer *s, char **words, bool base64)
{
    g_autofree uint8_t *data = NULL;
    g_autofree char *enc = NULL;
    uint64_t addr, size, i;

    if (!qtest_addr_size(s, words, &addr, &size)) {
        return;
    }
    data = g_malloc0(size + 1);
    address_space_read(&address_space_memory, addr, MEMTXATTRS_UNSPECIFIED,
                       data, size);
    if (base64) {
        enc = g_base64_encode(data, size);
    } else {
        enc = g_malloc(2 * size + 1);
        for (i = 0; i < size; i++) {
            sprintf(enc + 2 * i, "%02x", data[i]);
        }
        enc[2 * size] = '\0';
    }
    qtest_send(s, "OK %s%s", base64 ? "" : "0x", enc);
}

/* write ADDR SIZE 0xHEX: bytes beyond the data given are zero. */
static bool qtest_decode_hex(const char *hex, uint8_t *data, uint64_t size)
{
    size_t len;
    uint64_t i;

    if (!hex || strncmp(hex, "0x", 2)) {
        return false;
    }
    hex += 2;
    len = strlen(hex);
    for (i = 0; i < len; i++) {
        if (qtest_hexval(hex[i]) < 0) {
            return false;
        }
    }
    for (i = 0; i < size && 2 * i + 1 < len; i++) {
        data[i] = qtest_hexval(hex[2 * i]) << 4 | qtest_hexval(hex[2 * i + 1]);
    }
    return true;
}

static void qtest_cmd_write(QTestServer *s, char **words, bool base64)
{
    g_autofree uint8_t *data = NULL;
    g_autofree guchar *dec = NULL;
    uint64_t addr, size;
    gsize dec_len;

    if (!qtest_addr_size(s, words, &addr, &size)) {
        return;
    }
    if (!words[3]) {
        qtest_send(s, "FAIL invalid arguments to '%s'", words[0]);
        return;
    }
    data = g_malloc0(size + 1);
    if (base64) {
        dec = g_base64_decode(words[3], &dec_len);
        memcpy(data, dec, MIN(dec_len, size));
    } else if (!qtest_decode_hex(words[3], data, size)) {
        qtest_send(s, "FAIL invalid hex data '%s'", words[3]);
        return;
    }
    address_space_write(&address_space_memory, addr, MEMTXATTRS_UNSPECIFIED,
                        data, size);
    qtest_send(s, "OK");
}

static void qtest_cmd_memset(QTestServer *s, char **words)
{
    g_autofree uint8_t *data = NULL;
    uint64_t addr, size, value;

    if (!qtest_addr_size(s, words, &addr, &size)) {
        return;
    }
    if (!qtest_parse_u64(words[3], &value)) {
        qtest_send(s, "FAIL invalid arguments to 'memset'");
        return;
    }
    data = g_malloc(size + 1);
    memset(data, (uint8_t)value, size);
    address_space_write(&address_space_memory, addr, MEMTXATTRS_UNSPECIFIED,
                        data, size);
    qtest_send(s, "OK");
}

/* --- clock --------------------------------------------------------- */

/* Move the virtual clock to @dest, firing the timers due on the way. */
static void qtest_clock_warp(int64_t dest)
{
    int64_t now = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);

    while (now < dest) {
        int64_t deadline = qemu_clock_deadline_ns(QEMU_CLOCK_VIRTUAL);
        int64_t step = dest - now;

        if (deadline >= 0 && deadline < step) {
            step = deadline;
        }
        qatomic_set(&qtest_clock_ns, qtest_clock_ns + step);
        qemu_clock_run_timers(QEMU_CLOCK_VIRTUAL);
        now = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
        if (step == 0 && deadline != 0) {
            break;
        }
    }
}

static void qtest_cmd_clock(QTestServer *s, char **words, bool set)
{
    int64_t now = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    int64_t ns;
    char *end;

    if (words[1]) {
        errno = 0;
        ns = strtoll(words[1], &end, 0);
        if (errno || *end) {
            qtest_send(s, "FAIL invalid arguments to '%s'", words[0]);
            return;
        }
    } else if (set) {
        qtest_send(s, "FAIL invalid arguments to 'clock_set'");
        return;
    } else {
        ns = qemu_clock_deadline_ns(QEMU_CLOCK_VIRTUAL);
    }
    if (ns >= 0 || set) {
        qtest_clock_warp(set ? ns : now + ns);
    }
    qtest_send(s, "OK %" PRId64, qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL));
}

/* --- interrupt lines ----------------------------------------------- */

static void qtest_irq_handler(void *opaque, int n, int level)
{
    QTestServer *s = opaque;

    if (!s || n < 0 || n >= (int)ARRAY_SIZE(s->irq_levels) ||
        s->irq_levels[n] == !!level) {
        return;
    }
    s->irq_levels[n] = !!level;
    qtest_send(s, "IRQ %s %d", level ? "raise" : "lower", n);
}

static void qtest_cmd_irq_intercept(QTestServer *s, char **words)
{
    Object *obj = words[1] ? object_resolve_path(words[1], NULL) : NULL;
    DeviceState *dev = obj ? (DeviceState *)object_dynamic_cast(
                                 obj, TYPE_DEVICE) : NULL;
    bool in = !strcmp(words[0], "irq_intercept_in");
    int i;

    if (!dev) {
        qtest_send(s, "FAIL Unknown device");
        return;
    }
    if (s->irq_dev) {
        qtest_send(s, s->irq_dev == dev ? "OK"
                                        : "FAIL IRQ intercept already enabled");
        return;
    }
    if (in) {
        qemu_irq_intercept_in(dev->gpio_in, qtest_irq_handler, s,
                              dev->num_gpio_in);
    } else {
        for (i = 0; i < dev->num_gpio_out; i++) {
            *dev->gpio_out[i] = qemu_allocate_irq(qtest_irq_handler, s, i);
        }
    }
    s->irq_dev = dev;
    qtest_send(s, "OK");
}

/* --- the command loop ---------------------------------------------- */

static void qtest_process_command(QTestServer *s, char **words)
{
    const char *cmd = words[0];

    if (!cmd) {
        return;
    }
    if (!strcmp(cmd, "readb") || !strcmp(cmd, "readw") ||
        !strcmp(cmd, "readl") || !strcmp(cmd, "readq")) {
        qtest_cmd_readx(s, words);
    } else if (!strcmp(cmd, "writeb") || !strcmp(cmd, "writew") ||
               !strcmp(cmd, "writel") || !strcmp(cmd, "writeq")) {
        qtest_cmd_writex(s, words);
    } else if (!strcmp(cmd, "read") || !strcmp(cmd, "b64read")) {
        qtest_cmd_read(s, words, cmd[0] == 'b');
    } else if (!strcmp(cmd, "write") || !strcmp(cmd, "b64write")) {
        qtest_cmd_write(s, words, cmd[0] == 'b');
    } else if (!strcmp(cmd, "memset")) {
        qtest_cmd_memset(s, words);
    } else if (!strcmp(cmd, "endianness")) {
        qtest_send(s, "OK little");
    } else if ((!strcmp(cmd, "clock_step") || !strcmp(cmd, "clock_set")) &&
               qtest_enabled()) {
        qtest_cmd_clock(s, words, !strcmp(cmd, "clock_set"));
    } else if (!strcmp(cmd, "irq_intercept_in") ||
               !strcmp(cmd, "irq_intercept_out")) {
        qtest_cmd_irq_intercept(s, words);
    } else {
        qtest_send(s, "FAIL Unknown command '%s'", cmd);
    }
}

static int qtest_can_read(void *opaque)
{
    return 4096;
}

static void qtest_read(void *opaque, const uint8_t *buf, int size)
{
    QTestServer *s = opaque;
    char *nl;

    g_string_append_len(s->inbuf, (const char *)buf, size);
    while ((nl = memchr(s->inbuf->str, '\n', s->inbuf->len))) {
        g_autofree char *line = g_strndup(s->inbuf->str,
                                          nl - s->inbuf->str);
        g_auto(GStrv) split = NULL;
        char *words[QTEST_MAX_WORDS + 1] = { NULL };
        int i;

        g_string_erase(s->inbuf, 0, nl - s->inbuf->str + 1);
        g_strchomp(line);
        qtest_log(s, 'R', "%s", line);
        split = g_strsplit(line, " ", QTEST_MAX_WORDS);
        for (i = 0; split[i] && i < QTEST_MAX_WORDS; i++) {
            words[i] = split[i];
        }
        qtest_process_command(s, words);
    }
}

static void qtest_event(void *opaque, QEMUChrEvent event)
{
    QTestServer *s = opaque;

    if (event == CHR_EVENT_OPENED) {
        memset(s->irq_levels, 0, sizeof(s->irq_levels));
        qtest_log(s, 'I', "OPENED");
    } else if (event == CHR_EVENT_CLOSED) {
        qtest_log(s, 'I', "CLOSED");
    }
}

bool qtest_server_init(const char *spec, const char *log, Error **errp)
{
    QTestServer *s;
    Chardev *chr = qemu_chr_new("qtest", spec, NULL);

    if (!chr) {
        error_setg(errp, "Failed to initialize device for qtest: \"%s\"",
                   spec);
        return false;
    }
    s = g_new0(QTestServer, 1);
    if (!qemu_chr_fe_init(&s->chr, chr, errp)) {
        g_free(s);
        return false;
    }
    s->inbuf = g_string_new(NULL);
    if (!log) {
        s->log = stderr;
    } else if (strcmp(log, "none")) {
        s->log = fopen(log, "w");
    }
    qtest_server = s;
    qemu_chr_fe_set_handlers(&s->chr, qtest_can_read, qtest_read,
                             qtest_event, s);
    return true;
}

void qtest_server_cleanup(void)
{
    QTestServer *s = qtest_server;

    if (!s) {
        return;
    }
    qtest_server = NULL;
    qemu_chr_fe_deinit(&s->chr, false);
    if (s->log && s->log != stderr) {
        fclose(s->log);
    }
    g_string_free(s->inbuf, true);
    g_free(s);
}
