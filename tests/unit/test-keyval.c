/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for util/keyval.c: KEY=VALUE,... parsing into nested QDicts
 * and QLists, implied keys, help requests, merging, and every error with
 * QEMU 8.2's message.
 */
#include "qemu/osdep.h"
#include "qemu/keyval.h"
#include "qapi/error.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qstring.h"

/*
 * Compact text form of a parse result, to compare whole trees at once:
 * {key:value,...} for QDicts, [value,...] for QLists, 'text' for QStrings.
 */
static void render_to(GString *out, QObject *obj)
{
    const QDictEntry *ent;
    const QListEntry *item;
    QDict *dict;
    QList *list;
    const char *sep = "";

    switch (qobject_type(obj)) {
    case QTYPE_QDICT:
        dict = qobject_to(QDict, obj);
        g_string_append_c(out, '{');
        for (ent = qdict_first(dict); ent; ent = qdict_next(dict, ent)) {
            g_string_append_printf(out, "%s%s:", sep, qdict_entry_key(ent));
            render_to(out, qdict_entry_value(ent));
            sep = ",";
        }
        g_string_append_c(out, '}');
        break;
    case QTYPE_QLIST:
        list = qobject_to(QList, obj);
        g_string_append_c(out, '[');
        QLIST_FOREACH_ENTRY(list, item) {
            g_string_append(out, sep);
            render_to(out, qlist_entry_obj(item));
            sep = ",";
        }
        g_string_append_c(out, ']');
        break;
    case QTYPE_QSTRING:
        g_string_append_printf(out, "'%s'",
                               qstring_get_str(qobject_to(QString, obj)));
        break;
    default:
        g_assert_not_reached();
    }
}

static char *render(QDict *qdict)
{
    GString *out = g_string_new(NULL);

    render_to(out, QOBJECT(qdict));
    return g_string_free(out, false);
}

/* Parse @params, expecting success and the tree @expected. */
static void check_parse(const char *params, const char *implied_key,
                        const char *expected)
{
    QDict *qdict = keyval_parse(params, implied_key, NULL, &error_abort);
    g_autofree char *text = render(qdict);

    g_assert_cmpstr(text, ==, expected);
    qobject_unref(qdict);
}

/* Parse @params, expecting failure with the message @msg. */
static void check_error(const char *params, const char *implied_key,
                        const char *msg)
{
    Error *err = NULL;
    bool help = true;
    QDict *qdict = keyval_parse(params, implied_key, &help, &err);

    g_assert_null(qdict);
    g_assert_nonnull(err);
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
}

static void test_parse_empty(void)
{
    check_parse("", NULL, "{}");
    check_parse("", "implied", "{}");
}

static void test_parse_simple(void)
{
    check_parse("a=1", NULL, "{a:'1'}");
    check_parse("a=1,b-c=2,d_e=x y", NULL, "{a:'1',b-c:'2',d_e:'x y'}");
    check_parse("key=a=b", NULL, "{key:'a=b'}");
    check_parse("A9=.,Z=0", NULL, "{A9:'.',Z:'0'}");
}

static void test_parse_dotted(void)
{
    check_parse("a.b=1,a.c=2,d=3", NULL, "{a:{b:'1',c:'2'},d:'3'}");
    check_parse("a.b.c=1,a.b.d=2,a.e=3", NULL,
                "{a:{b:{c:'1',d:'2'},e:'3'}}");
}

static void test_parse_escape(void)
{
    check_parse("a=x,,y", NULL, "{a:'x,y'}");
    check_parse("a=,,,b=,,", NULL, "{a:',',b:','}");
    check_parse("a=,,,,", NULL, "{a:',,'}");
    check_parse("a=1,,b=2", NULL, "{a:'1,b=2'}");
}

static void test_parse_empty_value(void)
{
    check_parse("a=", NULL, "{a:''}");
    check_parse("a=,b=1", NULL, "{a:'',b:'1'}");
}

static void test_parse_trailing_comma(void)
{
    check_parse("a=1,", NULL, "{a:'1'}");
    check_parse("v,", "type", "{type:'v'}");
}

static void test_parse_last_wins(void)
{
    check_parse("a=1,a=2", NULL, "{a:'2'}");
    check_parse("a.b=1,c=0,a.b=2", NULL, "{a:{b:'2'},c:'0'}");
}

static void test_parse_downstream_names(void)
{
    check_parse("__org.example_foo=1", NULL, "{__org.example_foo:'1'}");
    check_parse("a.__com-x_b=1", NULL, "{a:{__com-x_b:'1'}}");
}

static void test_parse_implied(void)
{
    check_parse("virt", "type", "{type:'virt'}");
    check_parse("virt,acpi=off", "type", "{type:'virt',acpi:'off'}");
    /* A first param with '=' is not a bare value */
    check_parse("acpi=off", "type", "{acpi:'off'}");
    check_parse("v.w x", "type", "{type:'v.w x'}");
    /* An implied key may itself be dotted */
    check_parse("v", "x.y", "{x:{y:'v'}}");
}

static void test_parse_implied_errors(void)
{
    /* Only the first param may omit its key */
    check_error("a,b", "type", "Expected '=' after parameter 'b'");
    check_error("a=1,b", "type", "Expected '=' after parameter 'b'");
    /* A bare value can't contain ',', not even as ',,' */
    check_error("val,,ue", "type", "Invalid parameter ''");
    /* ... nor be empty */
    check_error(",a=1", "type", "Invalid parameter ''");
}

static void test_parse_help(void)
{
    QDict *qdict;
    bool help;
    g_autofree char *t1 = NULL;
    g_autofree char *t2 = NULL;
    g_autofree char *t3 = NULL;

    help = false;
    qdict = keyval_parse("help", NULL, &help, &error_abort);
    g_assert_true(help);
    g_assert_cmpuint(qdict_size(qdict), ==, 0);
    qobject_unref(qdict);

    help = false;
    qdict = keyval_parse("?", "type", &help, &error_abort);
    g_assert_true(help);
    qobject_unref(qdict);

    help = false;
    qdict = keyval_parse("a=1,help,b=2", NULL, &help, &error_abort);
    g_assert_true(help);
    t1 = render(qdict);
    g_assert_cmpstr(t1, ==, "{a:'1',b:'2'}");
    qobject_unref(qdict);

    help = false;
    qdict = keyval_parse("virt,?", "type", &help, &error_abort);
    g_assert_true(help);
    t2 = render(qdict);
    g_assert_cmpstr(t2, ==, "{type:'virt'}");
    qobject_unref(qdict);

    /* "help=..." is an ordinary key, and help stays false */
    help = true;
    qdict = keyval_parse("help=on", NULL, &help, &error_abort);
    g_assert_false(help);
    t3 = render(qdict);
    g_assert_cmpstr(t3, ==, "{help:'on'}");
    qobject_unref(qdict);
}

static void test_parse_help_like(void)
{
    check_parse("helpme", "type", "{type:'helpme'}");
    check_error("helpme", NULL, "Expected '=' after parameter 'helpme'");
    check_error("?x=1", NULL, "Invalid parameter '?x'");
}

static void test_parse_help_unavailable(void)
{
    Error *err = NULL;

    g_assert_null(keyval_parse("help", NULL, NULL, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Help is not available for this option");
    error_free_or_abort(&err);

    g_assert_null(keyval_parse("a=1,?", "type", NULL, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Help is not available for this option");
    error_free_or_abort(&err);
}

static void test_parse_invalid_key(void)
{
    check_error("0=1", NULL, "Invalid parameter '0'");
    check_error("=1", NULL, "Invalid parameter ''");
    check_error(",a=1", NULL, "Invalid parameter ''");
    check_error("a..b=1", NULL, "Invalid parameter 'a..b'");
    check_error("a.=1", NULL, "Invalid parameter 'a.'");
    check_error(".a=1", NULL, "Invalid parameter '.a'");
    check_error("a b=1", NULL, "Invalid parameter 'a b'");
    check_error("a.1b=1", NULL, "Invalid parameter 'a.1b'");
    check_error("a.-1=1", NULL, "Invalid parameter 'a.-1'");
    check_error("a.b+c=1", NULL, "Invalid parameter 'a.b+c'");
    check_error("_a=1", NULL, "Invalid parameter '_a'");
    check_error("__org_=1", NULL, "Invalid parameter '__org_'");
    check_error("__org.x=1", NULL, "Invalid parameter '__org.x'");
    check_error("x=1,-y=2", NULL, "Invalid parameter '-y'");
}

static void test_parse_too_long(void)
{
    g_autofree char *frag127 = g_strnfill(127, 'k');
    g_autofree char *frag128 = g_strnfill(128, 'k');
    g_autofree char *idx128 = g_strnfill(128, '0');
    g_autofree char *params = NULL;
    g_autofree char *expected = NULL;
    g_autofree char *msg = NULL;

    params = g_strdup_printf("%s=v", frag127);
    expected = g_strdup_printf("{%s:'v'}", frag127);
    check_parse(params, NULL, expected);

    g_free(params);
    g_free(msg);
    params = g_strdup_printf("%s=v", frag128);
    msg = g_strdup_printf("Parameter '%s' is too long", frag128);
    check_error(params, NULL, msg);

    g_free(params);
    g_free(msg);
    params = g_strdup_printf("a.%s=v", frag128);
    msg = g_strdup_printf("Parameter fragment '%s' is too long", frag128);
    check_error(params, NULL, msg);

    g_free(params);
    params = g_strdup_printf("%s.a=v", frag128);
    check_error(params, NULL, msg);

    g_free(params);
    g_free(msg);
    params = g_strdup_printf("l.%s=v", idx128);
    msg = g_strdup_printf("Parameter fragment '%s' is too long", idx128);
    check_error(params, NULL, msg);
}

static void test_parse_no_equals(void)
{
    check_error("a", NULL, "Expected '=' after parameter 'a'");
    check_error("a.b,c=1", NULL, "Expected '=' after parameter 'a.b'");
    check_error("a=1,b", NULL, "Expected '=' after parameter 'b'");
}

static void test_parse_inconsistent(void)
{
    check_error("a=1,a.b=2", NULL, "Parameters 'a.*' used inconsistently");
    check_error("a.b=1,a=2", NULL, "Parameters 'a.*' used inconsistently");
    check_error("a.b.c=1,a.b=2", NULL,
                "Parameters 'a.b.*' used inconsistently");
    check_error("a.b=1,a.b.c=2", NULL,
                "Parameters 'a.b.*' used inconsistently");
}

static void test_parse_list(void)
{
    check_parse("a.0=x,a.1=y", NULL, "{a:['x','y']}");
    check_parse("a.1=y,a.0=x", NULL, "{a:['x','y']}");
    check_parse("a.0=x,a.0=z", NULL, "{a:['z']}");
    check_parse("a.0.b=1,a.0.c=2,a.1.b=3", NULL,
                "{a:[{b:'1',c:'2'},{b:'3'}]}");
    check_parse("a.0.0=x,a.0.1=y,a.1.0=z", NULL, "{a:[['x','y'],['z']]}");
    check_parse("a.b.0=x,c=1", NULL, "{a:{b:['x']},c:'1'}");
    /* "00" and "0" are the same index: the last one given wins */
    check_parse("a.0=x,a.00=y", NULL, "{a:['y']}");
}

static void test_parse_list_missing(void)
{
    g_autofree char *params = NULL;

    check_error("a.1=x", NULL, "Parameter 'a.0' missing");
    check_error("a.0=x,a.2=y", NULL, "Parameter 'a.1' missing");
    check_error("a.b.0=x,a.b.5=y", NULL, "Parameter 'a.b.1' missing");
    check_error("a.0.1=x", NULL, "Parameter 'a.0.0' missing");
    check_error("a.99999999999999999999=x", NULL, "Parameter 'a.0' missing");
    check_error("a.0=x,a.2147483647=y", NULL, "Parameter 'a.1' missing");
    check_error("a.0=x,a.00=y,a.1=z,a.3=w", NULL, "Parameter 'a.2' missing");

    params = g_strdup_printf("a.%0127d=x", 3);
    check_error(params, NULL, "Parameter 'a.0' missing");
}

static void test_parse_list_inconsistent(void)
{
    check_error("a.0=x,a.b=y", NULL, "Parameters 'a.*' used inconsistently");
    check_error("a.b=y,a.0=x", NULL, "Parameters 'a.*' used inconsistently");
    check_error("a.b.0=x,a.b.c=y", NULL,
                "Parameters 'a.b.*' used inconsistently");
}

static void test_parse_into(void)
{
    QDict *qdict = qdict_new();
    Error *err = NULL;
    g_autofree char *t1 = NULL;
    g_autofree char *t2 = NULL;
    g_autofree char *t3 = NULL;
    bool help = true;

    g_assert_true(keyval_parse_into(qdict, "virt,acpi=on", "type", &help,
                                    &error_abort) == qdict);
    g_assert_false(help);
    g_assert_true(keyval_parse_into(qdict, "spike,x.y=1", "type", NULL,
                                    &error_abort) == qdict);
    t1 = render(qdict);
    g_assert_cmpstr(t1, ==, "{type:'spike',acpi:'on',x:{y:'1'}}");

    g_assert_true(keyval_parse_into(qdict, "x.z=2,acpi=off", NULL, NULL,
                                    &error_abort) == qdict);
    t2 = render(qdict);
    g_assert_cmpstr(t2, ==, "{type:'spike',acpi:'off',x:{y:'1',z:'2'}}");

    /* On error the caller still owns the (partly updated) dict */
    g_assert_null(keyval_parse_into(qdict, "n=1,x=3", NULL, NULL, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameters 'x.*' used inconsistently");
    error_free_or_abort(&err);
    t3 = render(qdict);
    g_assert_cmpstr(t3, ==,
                    "{type:'spike',acpi:'off',x:{y:'1',z:'2'},n:'1'}");

    /* The implied key can clash with what is already there, too */
    g_assert_null(keyval_parse_into(qdict, "v", "type.a", NULL, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameters 'type.*' used inconsistently");
    error_free_or_abort(&err);

    g_assert_null(keyval_parse_into(qdict, "help", NULL, NULL, &err));
    error_free_or_abort(&err);
    g_assert_null(keyval_parse_into(qdict, "l.1=a", NULL, NULL, &err));
    g_assert_cmpstr(error_get_pretty(err), ==, "Parameter 'l.0' missing");
    error_free_or_abort(&err);
    qobject_unref(qdict);
}

static QDict *parse(const char *params)
{
    return keyval_parse(params, NULL, NULL, &error_abort);
}

static void test_merge(void)
{
    QDict *dest = parse("a.b=1,a.c=2,l.0=x,s=old,t=keep");
    QDict *merged = parse("a.c=3,a.d=4,l.0=y,l.1=z,s=new,u.v=5,m.0.k=w");
    g_autofree char *text = NULL;
    g_autofree char *text2 = NULL;

    g_assert_true(keyval_merge(dest, merged, &error_abort));
    text = render(dest);
    g_assert_cmpstr(text, ==,
                    "{a:{b:'1',c:'3',d:'4'},l:['x','y','z'],s:'new',"
                    "t:'keep',u:{v:'5'},m:[{k:'w'}]}");

    /* What was copied into @dest is no longer tied to @merged */
    qdict_put_str(qdict_get_qdict(dest, "u"), "extra", "1");
    qlist_append_str(qdict_get_qlist(dest, "m"), "more");
    text2 = render(merged);
    g_assert_cmpstr(text2, ==,
                    "{a:{c:'3',d:'4'},l:['y','z'],s:'new',u:{v:'5'},"
                    "m:[{k:'w'}]}");
    qobject_unref(dest);
    qobject_unref(merged);
}

static void test_merge_inconsistent(void)
{
    QDict *dest = parse("a.b.c=1,x=1");
    QDict *m1 = parse("a.b=2");
    QDict *m2 = parse("x.y=2");
    QDict *m3 = parse("a.b.0=3");
    Error *err = NULL;

    g_assert_false(keyval_merge(dest, m1, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'a.b' used inconsistently");
    error_free_or_abort(&err);

    g_assert_false(keyval_merge(dest, m2, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'x' used inconsistently");
    error_free_or_abort(&err);

    g_assert_false(keyval_merge(dest, m3, &err));
    g_assert_cmpstr(error_get_pretty(err), ==,
                    "Parameter 'a.b' used inconsistently");
    error_free_or_abort(&err);

    qobject_unref(dest);
    qobject_unref(m1);
    qobject_unref(m2);
    qobject_unref(m3);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/keyval/parse/empty", test_parse_empty);
    g_test_add_func("/keyval/parse/simple", test_parse_simple);
    g_test_add_func("/keyval/parse/dotted", test_parse_dotted);
    g_test_add_func("/keyval/parse/escape", test_parse_escape);
    g_test_add_func("/keyval/parse/empty-value", test_parse_empty_value);
    g_test_add_func("/keyval/parse/trailing-comma",
                    test_parse_trailing_comma);
    g_test_add_func("/keyval/parse/last-wins", test_parse_last_wins);
    g_test_add_func("/keyval/parse/downstream-names",
                    test_parse_downstream_names);
    g_test_add_func("/keyval/parse/implied", test_parse_implied);
    g_test_add_func("/keyval/parse/implied-errors",
                    test_parse_implied_errors);
    g_test_add_func("/keyval/parse/help", test_parse_help);
    g_test_add_func("/keyval/parse/help-like", test_parse_help_like);
    g_test_add_func("/keyval/parse/help-unavailable",
                    test_parse_help_unavailable);
    g_test_add_func("/keyval/parse/invalid-key", test_parse_invalid_key);
    g_test_add_func("/keyval/parse/too-long", test_parse_too_long);
    g_test_add_func("/keyval/parse/no-equals", test_parse_no_equals);
    g_test_add_func("/keyval/parse/inconsistent", test_parse_inconsistent);
    g_test_add_func("/keyval/parse/list", test_parse_list);
    g_test_add_func("/keyval/parse/list-missing", test_parse_list_missing);
    g_test_add_func("/keyval/parse/list-inconsistent",
                    test_parse_list_inconsistent);
    g_test_add_func("/keyval/parse-into", test_parse_into);
    g_test_add_func("/keyval/merge", test_merge);
    g_test_add_func("/keyval/merge/inconsistent", test_merge_inconsistent);
    return g_test_run();
}
