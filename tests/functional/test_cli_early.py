# SPDX-License-Identifier: GPL-2.0-or-later
"""The early options on both targets: -name, -msg, -action and its
short forms, -add-fd, -uuid, -overcommit (-d/-D are in test_cli_log,
-sandbox, -runas and -chroot in test_cli_sandbox).

What -name does to the process is read from /proc of a running instance.
Messages and statuses are QEMU 8.2's (compared with Debian's QEMU 7.2
where the two agree).
"""
import os
import re

from qltest import (TARGETS, TIMESTAMP_RE, prog, run, run_and_stop,
                    what, expect_error, expect_running, running_proc,
                    check_eq, check_match, finish, terminated,
                    not_acted_on)


def test_name(target):
    comm = running_proc(target, ['-name', 'guest=g,process=qlite-proc'],
                        'comm')
    check_eq(comm, 'qlite-proc\n', what(target, ['-name']) + ' comm')
    # The kernel keeps 15 characters; the later -name wins (merged group).
    comm = running_proc(target, ['-name', 'process=first', '-name',
                                 'process=abcdefghijklmnopqrstuvwxyz'],
                        'comm')
    check_eq(comm, 'abcdefghijklmno\n', what(target, ['-name x2']))
    comm = running_proc(target, ['-name', 'just-a-guest'], 'comm')
    check_eq(comm, prog(target)[:15] + '\n',
             what(target, ['-name guest']) + ' keeps the process name')
    expect_running(target, ['-name', 'g,debug-threads=on'])
    expect_error(target, ['-name', 'guest=x,bogus=1'],
                 "-name guest=x,bogus=1: Invalid parameter 'bogus'")
    expect_error(target, ['-name', 'debug-threads=maybe'],
                 "-name debug-threads=maybe: Parameter 'debug-threads' "
                 "expects 'on' or 'off'")


def test_msg(target):
    p = prog(target)
    # timestamp=on: every later message, warnings included.
    rc, out, err = run_and_stop(target, '-msg', 'timestamp=on', '-s',
                                idle=True)
    check_eq((rc, out), (0, ''), what(target, ['-msg timestamp=on -s']))
    lines = err.splitlines(True)
    check_eq(len(lines), 2, what(target, ['-msg timestamp=on']) + ' lines')
    if len(lines) == 2:
        check_match(TIMESTAMP_RE + re.escape(not_acted_on(target, '-s')),
                    lines[0], what(target, ['-msg timestamp=on']))
        check_match(TIMESTAMP_RE + re.escape(terminated(target)), lines[1],
                    what(target, ['-msg timestamp=on']) + ' at exit')
    rc, out, err = run(target, '-msg', 'timestamp=on', '-uuid', 'x')
    check_match(TIMESTAMP_RE + re.escape(
        '%s: -uuid x: failed to parse UUID string: wrong format\n' % p),
        err, what(target, ['-msg timestamp=on -uuid x']))
    # Messages of the parse before -msg are not stamped.
    expect_error(target, ['-uuid', 'x', '-msg', 'timestamp=on'],
                 '-uuid x: failed to parse UUID string: wrong format')

    # guest-name=on: the -name guest= given on the command line so far.
    for args in (['-msg', 'guest-name=on', '-name', 'g1', '-s'],
                 ['-name', 'guest=g1', '-msg', 'guest-name=on', '-s']):
        rc, out, err = run_and_stop(target, *args, idle=True)
        check_eq((rc, out, err), (0, '', 'g1 ' + not_acted_on(target, '-s') +
                                  'g1 ' + terminated(target)),
                 what(target, args))
    expect_running(target, ['-msg', 'guest-name=on', '-s'],
                   not_acted_on(target, '-s'))
    expect_error(target, ['-msg', 'guest-name=on', '-uuid', 'x', '-name',
                          'g1'],
                 '-uuid x: failed to parse UUID string: wrong format')
    rc, out, err = run(target, '-msg', 'timestamp=on,guest-name=on',
                       '-name', 'g1', '-uuid', 'x')
    check_match(TIMESTAMP_RE + re.escape(
        'g1 %s: -uuid x: failed to parse UUID string: wrong format\n' % p),
        err, what(target, ['-msg timestamp=on,guest-name=on']))

    expect_error(target, ['-msg', 'bogus=on'],
                 "-msg bogus=on: Invalid parameter 'bogus'")
    expect_error(target, ['-msg', 'timestamp=maybe'],
                 "-msg timestamp=maybe: Parameter 'timestamp' expects 'on' "
                 "or 'off'")


def test_action(target):
    for args in (['-action', 'reboot=shutdown,shutdown=pause'],
                 ['-action', 'panic=exit-failure', '-action',
                  'watchdog=inject-nmi'],
                 ['-action', 'panic=none,watchdog=debug,reboot=reset,'
                  'shutdown=poweroff'],
                 ['-no-reboot', '-no-shutdown'],
                 ['-watchdog-action', 'pause']):
        expect_running(target, args)
    expect_error(target, ['-action', 'reboot=bogus'],
                 "-action reboot=bogus: Parameter 'reboot' does not accept "
                 "value 'bogus'")
    expect_error(target, ['-action', 'reboot=exit'],
                 "-action reboot=exit: Parameter 'reboot' does not accept "
                 "value 'exit'")
    for key in ('shutdown', 'panic', 'watchdog'):
        expect_error(target, ['-action', key + '=x'],
                     "-action %s=x: Parameter '%s' does not accept value "
                     "'x'" % (key, key))
    expect_error(target, ['-action', 'foo=bar'],
                 "-action foo=bar: Invalid parameter 'foo'")
    # One merged group: QEMU reports at the first -action.
    expect_error(target, ['-action', 'reboot=reset', '-action',
                          'panic=bogus'],
                 "-action reboot=reset: Parameter 'panic' does not accept "
                 "value 'bogus'")
    expect_error(target, ['-watchdog-action', 'bogus'],
                 "-watchdog-action bogus: Parameter 'watchdog' does not "
                 "accept value 'bogus'")


def test_add_fd(target):
    for arg, message in (
            ('set=1', 'fd option is required and must be non-negative'),
            ('fd=-1,set=1', 'fd option is required and must be '
             'non-negative'),
            ('fd=0,set=1', 'fd cannot be a standard I/O stream'),
            ('fd=2,set=1', 'fd cannot be a standard I/O stream'),
            ('fd=200,set=1', 'fd is not valid or already in use'),
            ('fd=x,set=1', "Parameter 'fd' expects a number"),
            ('fd=3,set=1,bogus=2', "Invalid parameter 'bogus'")):
        expect_error(target, ['-add-fd', arg],
                     '-add-fd %s: %s' % (arg, message))
    # An inherited descriptor is taken; set= is checked after fd=.
    r, w = os.pipe()
    try:
        for arg in ('fd=%d,set=1' % r, 'fd=%d,set=2,opaque=x' % r):
            expect_running(target, ['-add-fd', arg], pass_fds=[r])
        expect_running(target, ['-add-fd', 'fd=%d,set=1' % r, '-add-fd',
                                'fd=%d,set=1' % w], pass_fds=[r, w])
        arg = 'fd=%d' % r
        expect_error(target, ['-add-fd', arg],
                     '-add-fd %s: set option is required and must be '
                     'non-negative' % arg, pass_fds=[r])
        arg = 'fd=%d,set=-5' % r
        expect_error(target, ['-add-fd', arg],
                     '-add-fd %s: set option is required and must be '
                     'non-negative' % arg, pass_fds=[r])
        # Not passed on (close-on-exec in the parent): not valid.
        os.set_inheritable(w, False)
        arg = 'fd=%d,set=1' % w
        expect_error(target, ['-add-fd', arg],
                     '-add-fd %s: fd is not valid or already in use' % arg)
    finally:
        os.close(r)
        os.close(w)


def test_uuid_overcommit(target):
    uuid = '12345678-9abc-def0-ABCD-123456789abc'
    # Acted on: query-uuid and info uuid report it (test_qmp).
    expect_running(target, ['-uuid', uuid])
    for bad in ('1234', '12345678-1234-1234-1234-123456789abcd',
                '12345678+1234-1234-1234-123456789abc',
                '1234567g-1234-1234-1234-123456789abc'):
        expect_error(target, ['-uuid', bad],
                     '-uuid %s: failed to parse UUID string: wrong format' %
                     bad)
    expect_running(target, ['-overcommit', 'mem-lock=off,cpu-pm=on'],
                   not_acted_on(target, '-overcommit mem-lock=off,cpu-pm=on'))
    expect_error(target, ['-overcommit', 'bogus=on'],
                 "-overcommit bogus=on: Invalid parameter 'bogus'")
    expect_error(target, ['-overcommit', 'cpu-pm=x'],
                 "-overcommit cpu-pm=x: Parameter 'cpu-pm' expects 'on' or "
                 "'off'")


for target in TARGETS:
    test_name(target)
    test_msg(target)
    test_action(target)
    test_add_fd(target)
    test_uuid_overcommit(target)

finish()
