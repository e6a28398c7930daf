/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * keyval.h: the KEY=VALUE,... parser behind -machine, -smp, -object,
 * -device, -accel and friends, with QEMU 8.2's syntax and messages.
 *
 * Syntax:
 *
 *   params    = [ param { ',' param } [ ',' ] ]
 *   param     = key '=' value | 'help' | '?'
 *   key       = fragment { '.' fragment }
 *   fragment  = name | index          (1 to 127 characters)
 *   name      = [ '__' [A-Za-z0-9.-]+ '_' ] [A-Za-z] [A-Za-z0-9_-]*
 *   index     = [0-9]+                (not as a key's first fragment)
 *   value     = any characters, with ',,' standing for one ','
 *
 * With an implied key, the first param may be a bare value (no '=', no
 * ',', not empty and not "help"/"?"): "virt,acpi=off" with implied key
 * "type" reads as "type=virt,acpi=off".
 *
 * The result is a QDict whose leaves are all QStrings: dotted keys build
 * nested QDicts ("a.b=1,a.c=2" is {"a": {"b": "1", "c": "2"}}), and a
 * QDict whose keys are all indices 0..n-1 becomes a QList ("l.0=x,l.1=y"
 * is {"l": ["x", "y"]}).  A key given twice keeps the last value.
 *
 * Errors (the texts are QEMU's):
 *   Invalid parameter 'KEY'                 bad fragment in KEY
 *   Parameter 'FRAG' is too long            key longer than 127
 *   Parameter fragment 'FRAG' is too long   fragment longer than 127
 *   Expected '=' after parameter 'KEY'
 *   Parameters 'PREFIX.*' used inconsistently   PREFIX both value and dict,
 *                                               or both list and dict
 *   Parameter 'PREFIX.N' missing            list with a hole at index N
 *   Help is not available for this option   "help" with no @p_help
 */
#ifndef QEMU_KEYVAL_H
#define QEMU_KEYVAL_H

/*
 * keyval_parse: parse @params as above into a new QDict.
 *
 * @implied_key may be NULL.  If "help" or "?" appears as a param, *@p_help
 * is set to true (else false); with a NULL @p_help that is an error.
 * Returns the QDict (the caller owns it), or NULL with @errp set.
 */
QDict *keyval_parse(const char *params, const char *implied_key,
                    bool *p_help, Error **errp);

/*
 * keyval_parse_into: keyval_parse, adding to the existing @qdict (which
 * may hold the results of earlier calls).  Returns @qdict, or NULL with
 * @errp set; @qdict stays owned by the caller and may then have been
 * partly updated.
 */
QDict *keyval_parse_into(QDict *qdict, const char *params,
                         const char *implied_key, bool *p_help,
                         Error **errp);

/*
 * keyval_merge: merge @merged, a QDict as returned by keyval_parse, into
 * @dest: nested QDicts merge recursively, QLists are concatenated, and
 * for other values @merged wins.  What is added to @dest is copied, so
 * later merges do not change @merged.  A key that is a QDict in one and
 * something else in the other fails with "Parameter 'KEY' used
 * inconsistently" (KEY dotted from the top); @dest may then have been
 * partly updated.  Returns true on success.
 */
bool keyval_merge(QDict *dest, const QDict *merged, Error **errp);

#endif
