# SPDX-License-Identifier: GPL-2.0-or-later
"""The early options on both targets: -name, -msg, -action and its
short forms, -add-fd, -d/-D (with our -d startup), -sandbox, -runas,
-chroot/-run-with, -uuid, -overcommit.

What an option does to the process is read from /proc of a running
instance: its name, its seccomp mode, its user, its root.  Messages and
statuses are QEMU 8.2's (compared with Debian's QEMU 7.2 where the two
agree).
"""
import os
import re
import tempfile

from qltest import (TARGETS, TIMESTAMP_RE, prog, run, run_and_stop, start,
                    read_proc, proc_status, check, check_eq, check_match,
                    finish, terminated, not_acted_on)

TMP = tempfile.mkdtemp(prefix='test-cli-early-')
STARTUP_RE = r'startup: (\d+) us: ([^\n]+)\n'


def what(target, args):
    return '%s %s' % (prog(target), ' '.join(args))


def expect_error(target, args, message, **kw):
    rc, out, err = run(target, *args, **kw)
    check_eq((rc, out, err), (1, '', '%s: %s\n' % (prog(target), message)),
             what(target, args))


def expect_running(target, args, stderr='', **kw):
    """Starts, prints stderr (then the SIGTERM line), exits 0."""
    rc, out, err = run_and_stop(target, *args, **kw)
    check_eq((rc, out, err), (0, '', stderr + terminated(target)),
             what(target, args))


def running_proc(target, args, name):
    """/proc/PID/name of an instance started with args, once it waits in
    its main loop; the instance must then stop cleanly on SIGTERM."""
    with start(target, *args) as inst:
        value = read_proc(inst.pid, name) if inst.wait_ready() else None
        rc, out, err = inst.stop()
    check_eq((rc, out, err), (0, '', terminated(target)),
             what(target, args) + ' stops on SIGTERM')
    return value


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
    rc, out, err = run_and_stop(target, '-msg', 'timestamp=on', '-S')
    check_eq((rc, out), (0, ''), what(target, ['-msg timestamp=on -S']))
    lines = err.splitlines(True)
    check_eq(len(lines), 2, what(target, ['-msg timestamp=on']) + ' lines')
    if len(lines) == 2:
        check_match(TIMESTAMP_RE + re.escape(not_acted_on(target, '-S')),
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
    for args in (['-msg', 'guest-name=on', '-name', 'g1', '-S'],
                 ['-name', 'guest=g1', '-msg', 'guest-name=on', '-S']):
        rc, out, err = run_and_stop(target, *args)
        check_eq((rc, out, err), (0, '', 'g1 ' + not_acted_on(target, '-S') +
                                  'g1 ' + terminated(target)),
                 what(target, args))
    expect_running(target, ['-msg', 'guest-name=on', '-S'],
                   not_acted_on(target, '-S'))
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


def check_startup_log(text, what_):
    steps = re.findall(STARTUP_RE, text)
    check_eq(''.join('startup: %s us: %s\n' % s for s in steps), text,
             what_ + ': only startup lines')
    names = [name for us, name in steps]
    times = [int(us) for us, name in steps]
    check(names[:1] == ['qemu_init_subsystems'],
          '%s: first step %r' % (what_, names))
    for step in ('command line parsed', 'qemu_process_early_options',
                 'qemu_maybe_daemonize', 'os_setup_post'):
        check(step in names, '%s: step %r in %r' % (what_, step, names))
    check(times == sorted(times), '%s: times grow: %r' % (what_, times))


def test_log(target):
    p = prog(target)
    for args in (['-d', 'help'], ['-d', 'bogus'], ['-d', 'in_asm,bogus'],
                 ['-S', '-d', 'bogus', '-cpu', 'help']):
        rc, out, err = run(target, *args)
        check_eq((rc, err), (1, ''), what(target, args))
        check(out.startswith('Log items (comma separated):\nout_asm ') and
              '\nstartup         log each start-up step with its time\n'
              in out and out.endswith('\nUse "-d trace:help" to get a list '
                                      'of trace events.\n\n'),
              '%s: the list of log items: %r' % (what(target, args), out))
    expect_running(target, ['-d', 'in_asm,int,guest_errors'])

    # -D creates its file even without -d.
    log = os.path.join(TMP, target + '-empty.log')
    expect_running(target, ['-D', log])
    check(os.path.isfile(log), '%s -D %s creates the file' % (p, log))
    for path in ('/nonexistent/dir/x.log', TMP):
        err = 'No such file or directory' if path != TMP else \
            'Is a directory'
        expect_error(target, ['-D', path],
                     'Error opening logfile %s: %s' % (path, err))

    # -d startup: one line a step, with microseconds, on stderr...
    rc, out, err = run_and_stop(target, '-d', 'startup')
    check_eq((rc, out), (0, ''), p + ' -d startup')
    check(err.endswith(terminated(target)),
          '%s -d startup ends with the signal line: %r' % (p, err))
    check_startup_log(err[:len(err) - len(terminated(target))],
                      p + ' -d startup')
    # ...or in the -D file.
    log = os.path.join(TMP, target + '-startup.log')
    expect_running(target, ['-d', 'startup', '-D', log])
    with open(log) as f:
        check_startup_log(f.read(), p + ' -d startup -D')


def test_sandbox(target):
    status = running_proc(target, ['-sandbox', 'on'], 'status')
    check('\nSeccomp:\t2\n' in (status or ''),
          '%s -sandbox on: seccomp filter mode: %r' % (prog(target),
                                                       status))
    status = running_proc(target, ['-sandbox', 'off'], 'status')
    check('\nSeccomp:\t0\n' in (status or ''),
          '%s -sandbox off: no seccomp: %r' % (prog(target), status))
    expect_running(target, ['-sandbox', 'on,obsolete=allow,'
                            'elevateprivileges=children,spawn=deny,'
                            'resourcecontrol=deny'])
    expect_running(target, ['-sandbox', 'off,spawn=deny'])
    expect_error(target, ['-sandbox', 'bogus'],
                 "-sandbox bogus: Parameter 'enable' expects 'on' or 'off'")
    for key in ('obsolete', 'elevateprivileges', 'spawn',
                'resourcecontrol'):
        arg = 'on,%s=maybe' % key
        expect_error(target, ['-sandbox', arg],
                     '-sandbox %s: invalid argument for %s' % (arg, key))
    expect_error(target, ['-sandbox', 'on,foo=bar'],
                 "-sandbox on,foo=bar: Invalid parameter 'foo'")


def test_user_and_root(target):
    for user in ('nosuchuser', '1:x', 'x:1', '-1:-1', '1'):
        expect_error(target, ['-runas', user],
                     '-runas %s: User "%s" doesn\'t exist (and is not '
                     '<uid>:<gid>)' % (user, user))
    expect_error(target, ['-run-with', 'chroot=/nonexistent'],
                 'chroot failed')
    rc, out, err = run(target, '-chroot', '/nonexistent')
    check_eq((rc, out, err), (1, '', "%s: -chroot /nonexistent: warning: "
                              "option is deprecated, use '-run-with "
                              "chroot=...' instead\n%s: chroot failed\n" %
                              (prog(target), prog(target))),
             prog(target) + ' -chroot /nonexistent')
    expect_error(target, ['-run-with', 'bogus=1'],
                 "-run-with bogus=1: Invalid parameter 'bogus'")
    if os.geteuid() != 0:
        print('NOTE: not root: -runas and -run-with chroot= not run')
        return
    status = running_proc(target, ['-runas', '65534:65534'], 'status')
    status = dict(line.split(':\t', 1) for line in
                  (status or '').splitlines() if ':\t' in line)
    check_eq((status.get('Uid'), status.get('Gid'), status.get('Groups')),
             ('65534\t65534\t65534\t65534', '65534\t65534\t65534\t65534',
              '65534 '), prog(target) + ' -runas 65534:65534')
    root = tempfile.mkdtemp(dir=TMP)
    with start(target, '-run-with', 'chroot=' + root) as inst:
        if inst.wait_ready():
            check_eq(os.readlink('/proc/%d/root' % inst.pid), root,
                     prog(target) + ' -run-with chroot= root')
            check_eq(os.readlink('/proc/%d/cwd' % inst.pid), root,
                     prog(target) + ' -run-with chroot= cwd')
        inst.stop()


def test_uuid_overcommit(target):
    uuid = '12345678-9abc-def0-ABCD-123456789abc'
    expect_running(target, ['-uuid', uuid],
                   not_acted_on(target, '-uuid ' + uuid))
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
    test_log(target)
    test_sandbox(target)
    test_user_and_root(target)
    test_uuid_overcommit(target)

finish()
