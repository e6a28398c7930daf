/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-qmp.c: the QMP monitor driven through a socketpair transport,
 * with the exact JSON QEMU 8.2 writes.
 */
#include "qemu/osdep.h"
#include <sys/socket.h>
#include <glib-unix.h>
#include "qapi/error.h"
#include "qemu/config-file.h"
#include "qemu/main-loop.h"
#include "qemu/module.h"
#include "qemu/option.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "hw/boards.h"
#include "hw/qdev-core.h"
#include "qom/object.h"
#include "sysemu/arch_init.h"
#include "qemu/error-report.h"
#include "sysemu/runstate.h"
#include "sysemu/vl.h"
#include "sysemu/vl-opts.h"
#include "monitor/qmp.h"
#include "monitor/qmp-dispatch.h"
#include "monitor/qmp-cmds.h"
#include "monitor/monitor.h"
#include "chardev/char.h"
#include <sys/un.h>
#include "socket-helpers.h"

const uint32_t arch_type = QEMU_ARCH_ALL;
const char target_name[] = "riscv64";

/*
 * The test transport: the monitor writes into sv[0], the "client" reads
 * and writes sv[1]; bytes the client sends are pumped from sv[0] into
 * the monitor.
 */
typedef struct TestConn {
    int sv[2];
    MonitorQMP *mon;
} TestConn;

static void conn_output(void *opaque, const char *buf, size_t len)
{
    TestConn *c = opaque;

    g_assert_cmpint(write(c->sv[0], buf, len), ==, (ssize_t)len);
}

static TestConn *conn_new(bool pretty, bool oob)
{
    TestConn *c = g_new0(TestConn, 1);

    g_assert_cmpint(socketpair(AF_UNIX, SOCK_STREAM, 0, c->sv), ==, 0);
    g_unix_set_fd_nonblocking(c->sv[0], true, NULL);
    g_unix_set_fd_nonblocking(c->sv[1], true, NULL);
    c->mon = monitor_qmp_new(conn_output, c, pretty, oob);
    monitor_qmp_connect(c->mon);
    return c;
}

static void conn_free(TestConn *c)
{
    monitor_qmp_free(c->mon);
    close(c->sv[0]);
    close(c->sv[1]);
    g_free(c);
}

/* Everything the monitor has written so far. */
static char *conn_read(TestConn *c)
{
    GString *s = g_string_new("");
    char buf[4096];
    ssize_t n;

    while ((n = read(c->sv[1], buf, sizeof(buf))) > 0) {
        g_string_append_len(s, buf, n);
    }
    return g_string_free(s, false);
}

static void conn_send(TestConn *c, const char *text)
{
    char buf[4096];
    ssize_t n;

    g_assert_cmpint(write(c->sv[1], text, strlen(text)), ==,
                    (ssize_t)strlen(text));
    while ((n = read(c->sv[0], buf, sizeof(buf))) > 0) {
        monitor_qmp_feed(c->mon, buf, n);
    }
}

/* What was sent so far must be @want; an event counts by its name. */
static void conn_read_expect(TestConn *c, const char *want)
{
    g_autofree char *got = conn_read(c);
    g_autoptr(GRegex) re = g_regex_new("\\{\"timestamp\": [^}]*\\}, "
                                       "\"event\": \"([A-Z_]*)\"\\}",
                                       0, 0, NULL);
    g_autofree char *short_got = g_regex_replace(re, got, -1, 0, "\\1",
                                                 0, NULL);

    g_assert_cmpstr(short_got, ==, want);
}

/* Send @req and expect exactly @rsp (without the final "\r\n"). */
static void conn_expect(TestConn *c, const char *req, const char *rsp)
{
    g_autofree char *got = NULL;
    g_autofree char *want = g_strdup_printf("%s\r\n", rsp);

    conn_send(c, req);
    got = conn_read(c);
    g_assert_cmpstr(got, ==, want);
}

static TestConn *conn_negotiated(void)
{
    TestConn *c = conn_new(false, true);
    g_autofree char *greeting = conn_read(c);

    conn_expect(c, "{\"execute\": \"qmp_capabilities\"}", "{\"return\": {}}");
    return c;
}

#define GREETING_VERSION \
    "{\"qemu\": {\"micro\": 0, \"minor\": 2, \"major\": 8}, " \
    "\"package\": \"" QEMU_PKGVERSION "\"}"

static void test_greeting(void)
{
    TestConn *c = conn_new(false, true);
    g_autofree char *got = conn_read(c);

    g_assert_cmpstr(got, ==, "{\"QMP\": {\"version\": " GREETING_VERSION
                    ", \"capabilities\": [\"oob\"]}}\r\n");
    conn_free(c);
}

static void test_greeting_no_oob(void)
{
    TestConn *c = conn_new(false, false);
    g_autofree char *got = conn_read(c);

    g_assert_cmpstr(got, ==, "{\"QMP\": {\"version\": " GREETING_VERSION
                    ", \"capabilities\": []}}\r\n");
    conn_free(c);
}

static void test_negotiation_required(void)
{
    TestConn *c = conn_new(false, true);
    g_autofree char *greeting = conn_read(c);

    conn_expect(c, "{\"execute\": \"query-status\", \"id\": 1}",
                "{\"id\": 1, \"error\": {\"class\": \"CommandNotFound\", "
                "\"desc\": \"Expecting capabilities negotiation with "
                "'qmp_capabilities'\"}}");
    conn_expect(c, "{\"execute\": \"nope\"}",
                "{\"error\": {\"class\": \"CommandNotFound\", "
                "\"desc\": \"Expecting capabilities negotiation with "
                "'qmp_capabilities'\"}}");
    conn_free(c);
}

static void test_negotiation_twice(void)
{
    TestConn *c = conn_negotiated();

    g_assert_true(monitor_qmp_negotiated(c->mon));
    conn_expect(c, "{\"execute\": \"qmp_capabilities\"}",
                "{\"error\": {\"class\": \"CommandNotFound\", \"desc\": "
                "\"Capabilities negotiation is already complete, command "
                "ignored\"}}");
    conn_free(c);
}

static void test_oob_enable(void)
{
    TestConn *c = conn_new(false, true);
    g_autofree char *greeting = conn_read(c);

    conn_expect(c, "{\"execute\": \"qmp_capabilities\", "
                "\"arguments\": {\"enable\": [\"oob\"]}}", "{\"return\": {}}");
    conn_expect(c, "{\"exec-oob\": \"query-status\", \"id\": 1}",
                "{\"id\": 1, \"error\": {\"class\": \"GenericError\", "
                "\"desc\": \"The command query-status does not support "
                "OOB\"}}");
    conn_expect(c, "{\"exec-oob\": \"query-status\", \"execute\": \"x\"}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"QMP input member 'execute' clashes with 'exec-oob'\"}}");
    conn_free(c);
}

static void test_oob_not_available(void)
{
    TestConn *c = conn_new(false, false);
    g_autofree char *greeting = conn_read(c);

    conn_expect(c, "{\"execute\": \"qmp_capabilities\", "
                "\"arguments\": {\"enable\": [\"oob\"]}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Capability 'oob' not available\"}}");
    /* Without oob, exec-oob is an unknown member. */
    conn_expect(c, "{\"execute\": \"qmp_capabilities\"}", "{\"return\": {}}");
    conn_expect(c, "{\"exec-oob\": \"query-status\"}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"QMP input member 'exec-oob' is unexpected\"}}");
    conn_free(c);
}

static void test_caps_bad_values(void)
{
    TestConn *c = conn_new(false, true);
    g_autofree char *greeting = conn_read(c);

    conn_expect(c, "{\"execute\": \"qmp_capabilities\", "
                "\"arguments\": {\"enable\": [\"foo\"]}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Parameter 'null' does not accept value 'foo'\"}}");
    conn_expect(c, "{\"execute\": \"qmp_capabilities\", "
                "\"arguments\": {\"enable\": [\"oob\", 1]}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Invalid parameter type for 'enable[1]', expected: "
                "string\"}}");
    conn_expect(c, "{\"execute\": \"qmp_capabilities\", "
                "\"arguments\": {\"enable\": \"oob\"}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Invalid parameter type for 'enable', expected: "
                "array\"}}");
    conn_free(c);
}

static void test_request_errors(void)
{
    TestConn *c = conn_negotiated();

    conn_expect(c, "[1]", "{\"error\": {\"class\": \"GenericError\", "
                "\"desc\": \"QMP input must be a JSON object\"}}");
    conn_expect(c, "{\"execute\": 1}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"QMP input member 'execute' must be a string\"}}");
    conn_expect(c, "{\"execute\": \"foo\", \"x\": 1}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"QMP input member 'x' is unexpected\"}}");
    conn_expect(c, "{\"execute\": \"query-name\", \"arguments\": []}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"QMP input member 'arguments' must be an object\"}}");
    conn_expect(c, "{\"id\": \"a\"}",
                "{\"id\": \"a\", \"error\": {\"class\": \"GenericError\", "
                "\"desc\": \"QMP input lacks member 'execute'\"}}");
    conn_expect(c, "{\"execute\": \"foo\", \"id\": [1]}",
                "{\"id\": [1], \"error\": {\"class\": \"CommandNotFound\", "
                "\"desc\": \"The command foo has not been found\"}}");
    conn_free(c);
}

static void test_json_errors(void)
{
    TestConn *c = conn_negotiated();

    conn_expect(c, "{\"execute\" 1}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"JSON parse error, missing : in object pair\"}}");
    conn_expect(c, "@",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"JSON parse error, stray '@'\"}}");
    conn_free(c);
}

static void test_argument_checks(void)
{
    TestConn *c = conn_negotiated();

    conn_expect(c, "{\"execute\": \"query-name\", \"arguments\": {\"x\": 1}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Parameter 'x' is unexpected\"}}");
    conn_expect(c, "{\"execute\": \"qom-get\", \"arguments\": {}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Parameter 'path' is missing\"}}");
    conn_expect(c, "{\"execute\": \"qom-get\", \"arguments\": {\"path\": 1}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Invalid parameter type for 'path', expected: string\"}}");
    conn_expect(c, "{\"execute\": \"qom-list-types\", "
                "\"arguments\": {\"abstract\": 1}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Invalid parameter type for 'abstract', expected: "
                "boolean\"}}");
    conn_free(c);
}

static void test_arg_types(void)
{
    static const QmpArg decl[] = {
        { .name = "i", .type = QMP_ARG_INT },
        { .name = "n", .type = QMP_ARG_NUMBER },
        { .name = "d", .type = QMP_ARG_DICT },
        { NULL }
    };
    g_autoptr(QDict) good = qdict_from_jsonf_nofail(
        "{'i': 18446744073709551615, 'n': 1.5, 'd': {}, 'x': 1}");
    g_autoptr(QDict) bad_i = qdict_from_jsonf_nofail("{'i': 1.5}");
    g_autoptr(QDict) bad_n = qdict_from_jsonf_nofail("{'i': 1, 'n': 's'}");
    g_autoptr(QDict) bad_d = qdict_from_jsonf_nofail(
        "{'i': 1, 'n': 1, 'd': []}");
    Error *err = NULL;

    g_assert_true(qmp_check_args(decl, good, true, &error_abort));
    g_assert_false(qmp_check_args(decl, bad_i, true, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Invalid parameter type for 'i', expected: integer");
    error_free(err);
    err = NULL;
    g_assert_false(qmp_check_args(decl, bad_n, true, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Invalid parameter type for 'n', expected: number");
    error_free(err);
    err = NULL;
    g_assert_false(qmp_check_args(decl, bad_d, true, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Invalid parameter type for 'd', expected: object");
    error_free(err);
}

static void test_id_echoed(void)
{
    TestConn *c = conn_negotiated();

    conn_expect(c, "{\"execute\": \"query-target\", \"id\": {\"a\": 1}}",
                "{\"return\": {\"arch\": \"riscv64\"}, \"id\": {\"a\": 1}}");
    conn_free(c);
}

static void test_query_version(void)
{
    TestConn *c = conn_negotiated();

    conn_expect(c, "{\"execute\": \"query-version\"}",
                "{\"return\": " GREETING_VERSION "}");
    conn_free(c);
}

static void test_query_status_prelaunch(void)
{
    TestConn *c = conn_negotiated();

    conn_expect(c, "{\"execute\": \"query-status\"}",
                "{\"return\": {\"status\": \"prelaunch\", \"singlestep\": "
                "false, \"running\": false}}");
    conn_free(c);
}

static void test_preconfig_rule(void)
{
    TestConn *c = conn_negotiated();

    conn_expect(c, "{\"execute\": \"stop\"}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"The command 'stop' is permitted only after machine "
                "initialization has completed\"}}");
    conn_free(c);
}

static void test_query_name_uuid(void)
{
    TestConn *c = conn_negotiated();

    conn_expect(c, "{\"execute\": \"query-name\"}", "{\"return\": {}}");
    conn_expect(c, "{\"execute\": \"query-uuid\"}",
                "{\"return\": {\"UUID\": "
                "\"00000000-0000-0000-0000-000000000000\"}}");
    conn_free(c);
}

static void test_query_commands(void)
{
    TestConn *c = conn_negotiated();
    g_autofree char *got = NULL;

    conn_send(c, "{\"execute\": \"query-commands\"}");
    got = conn_read(c);
    g_assert_true(g_str_has_prefix(got, "{\"return\": [{\"name\": "));
    g_assert_nonnull(strstr(got, "{\"name\": \"qmp_capabilities\"}]}"));
    g_assert_nonnull(strstr(got, "{\"name\": \"qom-get\"}"));
    conn_free(c);
}

static void test_command_line_options(void)
{
    static QemuOptsList test_opts = {
        .name = "qmptest",
        .desc = {
            { .name = "s", .type = QEMU_OPT_STRING, .help = "a string" },
            { .name = "b", .type = QEMU_OPT_BOOL, .def_value_str = "on" },
            { .name = "n", .type = QEMU_OPT_NUMBER },
            { .name = "z", .type = QEMU_OPT_SIZE },
            { NULL }
        },
    };
    TestConn *c = conn_negotiated();
    g_autofree char *got = NULL;

    qemu_add_opts(&test_opts);
    conn_expect(c, "{\"execute\": \"query-command-line-options\", "
                "\"arguments\": {\"option\": \"qmptest\"}}",
                "{\"return\": [{\"parameters\": ["
                "{\"name\": \"z\", \"type\": \"size\"}, "
                "{\"name\": \"n\", \"type\": \"number\"}, "
                "{\"name\": \"b\", \"default\": \"on\", "
                "\"type\": \"boolean\"}, "
                "{\"name\": \"s\", \"help\": \"a string\", "
                "\"type\": \"string\"}], "
                "\"option\": \"qmptest\"}]}");
    conn_expect(c, "{\"execute\": \"query-command-line-options\", "
                "\"arguments\": {\"option\": \"foo\"}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"invalid option name: foo\"}}");
    conn_send(c, "{\"execute\": \"query-command-line-options\"}");
    got = conn_read(c);
    g_assert_true(g_str_has_prefix(got, "{\"return\": [{\"parameters\""));
    conn_free(c);
}

static void test_events(void)
{
    TestConn *a = conn_negotiated();
    TestConn *b = conn_new(false, true);
    g_autofree char *greeting = conn_read(b);
    g_autofree char *got_a = NULL;
    g_autofree char *got_b = NULL;
    QDict *data = qdict_new();
    long long sec, usec;
    char tail[64];

    qdict_put_str(data, "reason", "x");
    qapi_event_emit("STOP", NULL);
    qapi_event_emit("SHUTDOWN", data);
    qobject_unref(data);
    got_a = conn_read(a);
    got_b = conn_read(b);
    g_assert_cmpstr(got_b, ==, "");
    g_assert_cmpint(sscanf(got_a, "{\"timestamp\": {\"seconds\": %lld, "
                           "\"microseconds\": %lld}, \"event\": %63[^\r]",
                           &sec, &usec, tail), ==, 3);
    g_assert_cmpstr(tail, ==, "\"STOP\"}");
    g_assert_cmpint(usec, <, 1000000);
    g_assert_nonnull(strstr(got_a, "\"event\": \"SHUTDOWN\", \"data\": "
                            "{\"reason\": \"x\"}}\r\n"));
    conn_free(a);
    conn_free(b);
}

static void test_pretty(void)
{
    TestConn *c = conn_new(true, true);
    g_autofree char *greeting = conn_read(c);

    g_assert_true(g_str_has_prefix(greeting, "{\r\n    \"QMP\": {\r\n"));
    conn_expect(c, "{\"execute\": \"qmp_capabilities\"}",
                "{\r\n    \"return\": {\r\n    }\r\n}");
    conn_expect(c, "{\"execute\": \"query-target\", \"id\": 2}",
                "{\r\n    \"return\": {\r\n        \"arch\": \"riscv64\"\r\n"
                "    },\r\n    \"id\": 2\r\n}");
    conn_free(c);
}

static void test_reconnect(void)
{
    TestConn *c = conn_negotiated();
    g_autofree char *greeting = NULL;

    monitor_qmp_connect(c->mon);
    greeting = conn_read(c);
    g_assert_true(g_str_has_prefix(greeting, "{\"QMP\""));
    g_assert_false(monitor_qmp_negotiated(c->mon));
    conn_free(c);
}

static void test_qom_list_get_set(void)
{
    TestConn *c = conn_negotiated();
    g_autofree char *got = NULL;

    object_get_objects_root();
    conn_expect(c, "{\"execute\": \"qom-list\", "
                "\"arguments\": {\"path\": \"/nope\"}}",
                "{\"error\": {\"class\": \"DeviceNotFound\", \"desc\": "
                "\"Device '/nope' not found\"}}");
    conn_send(c, "{\"execute\": \"qom-list\", "
              "\"arguments\": {\"path\": \"/\"}}");
    got = conn_read(c);
    g_assert_nonnull(strstr(got, "{\"name\": \"type\", "
                            "\"type\": \"string\"}"));
    conn_expect(c, "{\"execute\": \"qom-get\", "
                "\"arguments\": {\"path\": \"/objects\", "
                "\"property\": \"type\"}}",
                "{\"return\": \"container\"}");
    conn_expect(c, "{\"execute\": \"qom-get\", "
                "\"arguments\": {\"path\": \"/nope\", "
                "\"property\": \"type\"}}",
                "{\"error\": {\"class\": \"DeviceNotFound\", \"desc\": "
                "\"Device '/nope' not found\"}}");
    conn_expect(c, "{\"execute\": \"qom-set\", "
                "\"arguments\": {\"path\": \"/nope\", "
                "\"property\": \"type\", \"value\": 1}}",
                "{\"error\": {\"class\": \"DeviceNotFound\", \"desc\": "
                "\"Device '/nope' not found\"}}");
    conn_free(c);
}

static void test_object_add_del(void)
{
    TestConn *c = conn_negotiated();

    conn_expect(c, "{\"execute\": \"object-add\", \"arguments\": "
                "{\"qom-type\": \"memory-backend-ram\", \"id\": \"m0\", "
                "\"size\": 1048576}}", "{\"return\": {}}");
    conn_expect(c, "{\"execute\": \"qom-get\", \"arguments\": "
                "{\"path\": \"/objects/m0\", \"property\": \"size\"}}",
                "{\"return\": 1048576}");
    conn_expect(c, "{\"execute\": \"qom-set\", \"arguments\": "
                "{\"path\": \"/objects/m0\", \"property\": \"dump\", "
                "\"value\": true}}", "{\"return\": {}}");
    conn_expect(c, "{\"execute\": \"object-del\", "
                "\"arguments\": {\"id\": \"m0\"}}", "{\"return\": {}}");
    conn_expect(c, "{\"execute\": \"object-del\", "
                "\"arguments\": {\"id\": \"m0\"}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"object 'm0' not found\"}}");
    conn_expect(c, "{\"execute\": \"object-add\", \"arguments\": "
                "{\"id\": \"m0\"}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Parameter 'qom-type' is missing\"}}");
    conn_free(c);
}

static void test_qom_list_types(void)
{
    TestConn *c = conn_negotiated();
    g_autofree char *got = NULL;
    g_autofree char *abs = NULL;

    conn_send(c, "{\"execute\": \"qom-list-types\", "
              "\"arguments\": {\"implements\": \"memory-backend\"}}");
    got = conn_read(c);
    g_assert_nonnull(strstr(got, "{\"name\": \"memory-backend-ram\", "
                            "\"parent\": \"memory-backend\"}"));
    g_assert_null(strstr(got, "\"abstract\""));
    conn_send(c, "{\"execute\": \"qom-list-types\", \"arguments\": "
              "{\"implements\": \"memory-backend\", \"abstract\": true}}");
    abs = conn_read(c);
    g_assert_nonnull(strstr(abs, "{\"abstract\": true, "
                            "\"name\": \"memory-backend\", "));
    conn_free(c);
}

static bool test_dev_get_on(Object *obj, Error **errp)
{
    return true;
}

static void test_dev_set_on(Object *obj, bool value, Error **errp)
{
}

static void test_dev_class_init(ObjectClass *oc, void *data)
{
    ObjectProperty *prop;

    prop = object_class_property_add_bool(oc, "on", test_dev_get_on,
                                          test_dev_set_on);
    object_class_property_set_description(oc, "on", "always on");
    object_property_set_default_bool(prop, true);
    object_class_property_add_bool(oc, "legacy-x", test_dev_get_on, NULL);
}

static const TypeInfo test_dev_type = {
    .name = "test-qmp-dev",
    .parent = "device",
    .class_init = test_dev_class_init,
};

static void test_device_list_real(void)
{
    TestConn *c = conn_negotiated();

    type_register_static(&test_dev_type);
    conn_expect(c, "{\"execute\": \"device-list-properties\", "
                "\"arguments\": {\"typename\": \"test-qmp-dev\"}}",
                "{\"return\": [{\"default-value\": true, \"name\": \"on\", "
                "\"description\": \"always on\", \"type\": \"bool\"}]}");
    conn_expect(c, "{\"execute\": \"device-list-properties\", "
                "\"arguments\": {\"typename\": \"device\"}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Parameter 'typename' expects a non-abstract device "
                "type\"}}");
    conn_free(c);
}

static void test_qom_ambiguous(void)
{
    TestConn *c = conn_negotiated();
    Object *a = object_new("container");
    Object *b = object_new("container");
    Object *d1 = object_new("container");
    Object *d2 = object_new("container");

    object_property_add_child(object_get_objects_root(), "qa", a);
    object_property_add_child(object_get_objects_root(), "qb", b);
    object_property_add_child(a, "dup", d1);
    object_property_add_child(b, "dup", d2);
    object_unref(d1);
    object_unref(d2);
    conn_expect(c, "{\"execute\": \"qom-list\", "
                "\"arguments\": {\"path\": \"dup\"}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Path 'dup' is ambiguous\"}}");
    object_unparent(a);
    object_unparent(b);
    object_unref(a);
    object_unref(b);
    conn_free(c);
}

static void test_device_list_properties(void)
{
    TestConn *c = conn_negotiated();

    conn_expect(c, "{\"execute\": \"device-list-properties\", "
                "\"arguments\": {\"typename\": \"foo\"}}",
                "{\"error\": {\"class\": \"DeviceNotFound\", \"desc\": "
                "\"Device 'foo' not found\"}}");
    conn_expect(c, "{\"execute\": \"device-list-properties\", "
                "\"arguments\": {\"typename\": \"memory-backend-ram\"}}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Parameter 'typename' expects a non-abstract device "
                "type\"}}");
    conn_free(c);
}

static void test_machine_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->max_cpus = 8;
    mc->is_default = true;
    mc->alias = "tq";
    mc->default_cpu_type = "test-cpu";
    mc->default_ram_id = "test.ram";
    mc->deprecation_reason = "testing";
}

static const TypeInfo test_machine_type = {
    .name = MACHINE_TYPE_NAME("testqmp"),
    .parent = TYPE_MACHINE,
    .class_init = test_machine_class_init,
};

static void test_query_machines(void)
{
    TestConn *c = conn_negotiated();

    type_register_static(&test_machine_type);
    conn_expect(c, "{\"execute\": \"query-machines\"}",
                "{\"return\": [{\"hotpluggable-cpus\": false, "
                "\"name\": \"testqmp\", \"numa-mem-supported\": false, "
                "\"default-cpu-type\": \"test-cpu\", \"acpi\": false, "
                "\"is-default\": true, \"cpu-max\": 8, "
                "\"deprecated\": true, \"default-ram-id\": \"test.ram\", "
                "\"alias\": \"tq\"}]}");
    conn_free(c);
}

static void test_query_name_set(void)
{
    TestConn *c = conn_negotiated();
    QemuOpts *opts = qemu_opts_create(qemu_find_opts("name"), NULL, 1,
                                      &error_abort);

    qemu_opt_set(opts, "guest", "vm1", &error_abort);
    conn_expect(c, "{\"execute\": \"query-name\"}",
                "{\"return\": {\"name\": \"vm1\"}}");
    qemu_opts_del(opts);
    conn_free(c);
}

static void test_chardev_socket(void)
{
    g_autofree char *dir = g_dir_make_tmp("test-qmp-XXXXXX", NULL);
    g_autofree char *path = g_build_filename(dir, "q.sock", NULL);
    g_autofree char *spec = g_strdup_printf("unix:%s,server=on,wait=off",
                                            path);
    Chardev *chr = qemu_chr_new("qmp-test", spec, &error_abort);
    const char *req = "{\"execute\": \"qmp_capabilities\"}";
    g_autofree char *greeting = NULL;
    g_autofree char *rsp = NULL;
    g_autofree char *again = NULL;
    Error *err = NULL;
    int fd;

    g_assert_true(monitor_init_qmp(chr, false, &error_abort));
    g_assert_false(monitor_init_qmp(chr, false, &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "Device 'qmp-test' is in use");
    error_free(err);
    fd = unix_connect(path);
    greeting = unix_read_until(fd, "\r\n");
    g_assert_true(g_str_has_suffix(greeting,
                                   "\"capabilities\": [\"oob\"]}}\r\n"));
    g_assert_cmpint(write(fd, req, strlen(req)), ==, (ssize_t)strlen(req));
    rsp = unix_read_until(fd, "\r\n");
    g_assert_cmpstr(rsp, ==, "{\"return\": {}}\r\n");
    close(fd);
    /* The next client starts a new session. */
    fd = unix_connect(path);
    again = unix_read_until(fd, "\r\n");
    g_assert_true(g_str_has_prefix(again, "{\"QMP\": "));
    close(fd);
    monitor_cleanup();
    qemu_chr_delete(chr);
    unlink(path);
    rmdir(dir);
}

static void test_monitor_init_opts(void)
{
    Chardev *chr = qemu_chr_new("qmp-null", "null", &error_abort);
    QemuOpts *opts;
    Error *err = NULL;

    opts = qemu_opts_create(qemu_find_opts("mon"), "m0", 0, &error_abort);
    qemu_opt_set(opts, "mode", "bogus", &error_abort);
    qemu_opt_set(opts, "chardev", "qmp-null", &error_abort);
    g_assert_cmpint(monitor_init_opts(NULL, opts, &err), ==, -1);
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'mode' does not accept value 'bogus'");
    error_free(err);
    err = NULL;
    /* A human monitor takes the chardev; a QMP one then finds it busy. */
    qemu_opt_set(opts, "mode", "readline", &error_abort);
    g_assert_cmpint(monitor_init_opts(NULL, opts, &error_abort), ==, 0);
    qemu_opt_set(opts, "mode", "control", &error_abort);
    qemu_opt_set(opts, "pretty", "on", &error_abort);
    g_assert_cmpint(monitor_init_opts(NULL, opts, &err), ==, -1);
    g_assert_cmpstr(error_get_pretty(err), ==, "Device 'qmp-null' is in use");
    error_free(err);
    err = NULL;
    qemu_opt_set(opts, "chardev", "nope", &error_abort);
    g_assert_cmpint(monitor_init_opts(NULL, opts, &err), ==, -1);
    g_assert_cmpstr(error_get_pretty(err), ==, "chardev \"nope\" not found");
    error_free(err);
    qemu_opts_del(opts);
    monitor_cleanup();
    qemu_chr_delete(chr);
}

/* Runs last: it moves the machine phase forward for good. */
static void test_machine_ready(void)
{
    TestConn *c = conn_negotiated();
    g_autofree char *got = NULL;
    MachineInitPhase p;
    int status;

    vl.autostart = false;     /* as with -S */
    for (p = phase_get() + 1; p <= PHASE_MACHINE_READY; p++) {
        phase_advance(p);
    }
    conn_expect(c, "{\"execute\": \"x-exit-preconfig\"}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"The command is permitted only before machine "
                "initialization\"}}");
    conn_send(c, "{\"execute\": \"cont\"}");
    got = conn_read(c);
    g_assert_nonnull(strstr(got, "\"event\": \"RESUME\"}\r\n"
                            "{\"return\": {}}\r\n"));
    g_assert_true(runstate_is_running());
    g_free(got);
    /* cont while running: QEMU sends STOP and RESUME again. */
    conn_send(c, "{\"execute\": \"cont\"}");
    got = conn_read(c);
    g_assert_nonnull(strstr(got, "\"event\": \"STOP\"}\r\n"));
    g_assert_true(g_str_has_suffix(got, "\"event\": \"RESUME\"}\r\n"
                                   "{\"return\": {}}\r\n"));
    g_free(got);
    conn_send(c, "{\"execute\": \"stop\"}");
    got = conn_read(c);
    g_assert_nonnull(strstr(got, "\"event\": \"STOP\"}\r\n"
                            "{\"return\": {}}\r\n"));
    conn_expect(c, "{\"execute\": \"stop\"}", "{\"return\": {}}");
    conn_expect(c, "{\"execute\": \"query-status\"}",
                "{\"return\": {\"status\": \"paused\", \"singlestep\": "
                "false, \"running\": false}}");
    /*
     * A command that leaves a request for the main loop is answered once
     * the main loop has taken it; requests behind it wait.
     */
    conn_send(c, "{\"execute\": \"system_reset\"}"
              "{\"execute\": \"query-name\"}");
    main_loop_wait(true);
    conn_read_expect(c, "");
    g_assert_cmpint(qemu_reset_requested_get(), ==,
                    SHUTDOWN_CAUSE_HOST_QMP_SYSTEM_RESET);
    main_loop_wait(true);
    conn_read_expect(c, "{\"return\": {}}\r\n{\"return\": {}}\r\n");
    conn_send(c, "{\"execute\": \"system_powerdown\"}");
    conn_read_expect(c, "");
    g_assert_false(main_loop_should_exit(&status));    /* POWERDOWN */
    main_loop_wait(true);
    conn_read_expect(c, "POWERDOWN\r\n{\"return\": {}}\r\n");
    conn_send(c, "{\"execute\": \"quit\"}");
    g_assert_cmpint(qemu_shutdown_requested_get(), ==,
                    SHUTDOWN_CAUSE_HOST_QMP_QUIT);
    main_loop_wait(true);
    conn_read_expect(c, "{\"return\": {}}\r\n");
    vm_start();
    runstate_set(RUN_STATE_SHUTDOWN);
    g_free(conn_read(c));       /* RESUME */
    conn_expect(c, "{\"execute\": \"cont\"}",
                "{\"error\": {\"class\": \"GenericError\", \"desc\": "
                "\"Resetting the Virtual Machine is required\"}}");
    conn_free(c);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    qemu_init_main_loop(&error_abort);
    qemu_add_vl_opts();
    module_call_init(MODULE_INIT_QOM);
    g_test_add_func("/qmp/greeting/oob", test_greeting);
    g_test_add_func("/qmp/greeting/no-oob", test_greeting_no_oob);
    g_test_add_func("/qmp/caps/required", test_negotiation_required);
    g_test_add_func("/qmp/caps/twice", test_negotiation_twice);
    g_test_add_func("/qmp/caps/oob", test_oob_enable);
    g_test_add_func("/qmp/caps/oob-not-available", test_oob_not_available);
    g_test_add_func("/qmp/caps/bad-values", test_caps_bad_values);
    g_test_add_func("/qmp/dispatch/request-errors", test_request_errors);
    g_test_add_func("/qmp/dispatch/json-errors", test_json_errors);
    g_test_add_func("/qmp/dispatch/arguments", test_argument_checks);
    g_test_add_func("/qmp/dispatch/arg-types", test_arg_types);
    g_test_add_func("/qmp/dispatch/id", test_id_echoed);
    g_test_add_func("/qmp/dispatch/preconfig", test_preconfig_rule);
    g_test_add_func("/qmp/output/pretty", test_pretty);
    g_test_add_func("/qmp/events/broadcast", test_events);
    g_test_add_func("/qmp/monitor/reconnect", test_reconnect);
    g_test_add_func("/qmp/cmd/query-version", test_query_version);
    g_test_add_func("/qmp/cmd/query-status", test_query_status_prelaunch);
    g_test_add_func("/qmp/cmd/query-name-uuid", test_query_name_uuid);
    g_test_add_func("/qmp/cmd/query-commands", test_query_commands);
    g_test_add_func("/qmp/cmd/query-command-line-options",
                    test_command_line_options);
    g_test_add_func("/qmp/cmd/query-machines", test_query_machines);
    g_test_add_func("/qmp/cmd/query-name-set", test_query_name_set);
    g_test_add_func("/qmp/qom/list-get-set", test_qom_list_get_set);
    g_test_add_func("/qmp/qom/object-add-del", test_object_add_del);
    g_test_add_func("/qmp/qom/list-types", test_qom_list_types);
    g_test_add_func("/qmp/qom/device-list-properties",
                    test_device_list_properties);
    g_test_add_func("/qmp/qom/device-list-real", test_device_list_real);
    g_test_add_func("/qmp/qom/ambiguous", test_qom_ambiguous);
    g_test_add_func("/qmp/chardev/socket", test_chardev_socket);
    g_test_add_func("/qmp/chardev/init-opts", test_monitor_init_opts);
    g_test_add_func("/qmp/runstate/machine-ready", test_machine_ready);
    return g_test_run();
}
