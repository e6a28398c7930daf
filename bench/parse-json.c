/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * parse-json.c: how fast the streaming JSON parser reads QMP traffic.
 *
 * Builds 10,000 QMP commands of about 1 KiB each (a blockdev-add with
 * nested arguments, lists, escapes and numbers of every kind), feeds them
 * through one JSONMessageParser in 4 KiB pieces as a socket would deliver
 * them, and also writes each parsed value back out with qobject_to_json.
 * The best of five rounds is reported.  Prints figures; never fails on
 * time.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qobject/json-parser.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"

#define N_DOCS 10000
#define N_ROUNDS 5
#define CHUNK 4096

typedef struct BenchState {
    QObject **values;       /* what the parser emitted, in order */
    size_t count;
    size_t errors;
} BenchState;

static void bench_emit(void *opaque, QObject *json, Error *err)
{
    BenchState *s = opaque;

    if (err) {
        s->errors++;
        error_free(err);
        return;
    }
    s->values[s->count++] = json;
}

/* One command; @i makes each one different. */
static void append_doc(GString *out, int i)
{
    g_string_append_printf(out,
        "{\"execute\": \"blockdev-add\", \"arguments\": {"
        "\"driver\": \"qcow2\", \"node-name\": \"disk%d\", "
        "\"file\": {\"driver\": \"file\", "
        "\"filename\": \"/var/lib/images/guest-%d/disk.qcow2\", "
        "\"aio\": \"threads\", \"locking\": \"auto\", "
        "\"x-check-cache-dropped\": false}, "
        "\"read-only\": false, \"auto-read-only\": true, "
        "\"cache\": {\"direct\": true, \"no-flush\": false}, "
        "\"discard\": \"unmap\", \"detect-zeroes\": \"off\", "
        "\"force-share\": false, \"backing\": null, "
        "\"lazy-refcounts\": true, \"pass-discard-request\": true, "
        "\"overlap-check\": {\"template\": \"cached\", \"main-header\": true, "
        "\"active-l1\": true, \"active-l2\": true, \"refcount-table\": true}, "
        "\"l2-cache-size\": %d, \"refcount-cache-size\": 262144, "
        "\"cache-clean-interval\": 600, "
        "\"encrypt\": {\"format\": \"luks\", \"key-secret\": \"sec%d\"}, "
        "\"throttle\": {\"bps-total\": 10485760, \"iops-total\": 1000, "
        "\"bps-total-max\": 20971520, \"iops-size\": 4096, "
        "\"ratio\": 0.75, \"burst\": 1.5e3, \"offset\": -%d}, "
        "\"tags\": [\"boot\", \"ssd\", \"tier-%d\", \"caf\\u00e9\", "
        "\"line\\nbreak\", \"quote\\\"d\"], "
        "\"lba-list\": [0, 2048, 4096, 1048576, 18446744073709551615, "
        "%d, %d, %d], "
        "\"description\": \"primary disk of guest %d, created by the "
        "management layer for benchmarking purposes only\"}, "
        "\"id\": \"req-%08d\"}\n",
        i, i, 1048576 + i, i, i, i % 8, i, i * 2, i * 3, i, i);
}

static double now_us(void)
{
    return g_get_monotonic_time();
}

/* Parse @input once; returns the microseconds it took. */
static double bench_parse(const GString *input, BenchState *s)
{
    JSONMessageParser *parser = json_message_parser_new(bench_emit, s, NULL);
    double start = now_us();
    size_t pos;

    for (pos = 0; pos < input->len; pos += CHUNK) {
        json_message_parser_feed(parser, input->str + pos,
                                 MIN(CHUNK, input->len - pos));
    }
    json_message_parser_flush(parser);
    json_message_parser_free(parser);
    return now_us() - start;
}

/* Write every value back out; returns microseconds and total bytes. */
static double bench_write(BenchState *s, size_t *bytes)
{
    double start = now_us();
    size_t i;

    *bytes = 0;
    for (i = 0; i < s->count; i++) {
        GString *json = qobject_to_json(s->values[i]);

        *bytes += json->len;
        g_string_free(json, true);
    }
    return now_us() - start;
}

static void bench_release(BenchState *s)
{
    size_t i;

    for (i = 0; i < s->count; i++) {
        qobject_unref(s->values[i]);
    }
    s->count = 0;
}

int main(int argc, char **argv)
{
    g_autoptr(GString) input = g_string_new(NULL);
    BenchState s = { .values = g_new(QObject *, N_DOCS) };
    double parse_us = 0, write_us = 0, t;
    size_t out_bytes = 0;
    int i;

    for (i = 0; i < N_DOCS; i++) {
        append_doc(input, i);
    }
    for (i = 0; i < N_ROUNDS; i++) {
        t = bench_parse(input, &s);
        parse_us = i ? MIN(parse_us, t) : t;
        t = bench_write(&s, &out_bytes);
        write_us = i ? MIN(write_us, t) : t;
        if (s.count != N_DOCS || s.errors) {
            printf("parse-json: unexpected: %zu values, %zu errors\n",
                   s.count, s.errors);
            return 1;
        }
        bench_release(&s);
    }
    printf("parse-json: %d documents, %zu bytes (%.0f bytes each), "
           "best of %d rounds\n", N_DOCS, input->len,
           (double)input->len / N_DOCS, N_ROUNDS);
    printf("  parse (streaming, %d-byte reads): %.1f ms total, "
           "%.2f us/document, %.0f MB/s\n", CHUNK, parse_us / 1000,
           parse_us / N_DOCS, input->len / parse_us);
    printf("  qobject_to_json:                 %.1f ms total, "
           "%.2f us/document (%zu bytes out)\n", write_us / 1000,
           write_us / N_DOCS, out_bytes);
    g_free(s.values);
    return 0;
}
