# SPDX-License-Identifier: GPL-2.0-or-later
"""-sandbox, -runas, -chroot and -run-with on both targets.

What each does to the process is read from /proc of a running instance:
its seccomp mode, its user and groups, its root and directory (the last
two need root and are left out otherwise).  Messages are QEMU 8.2's;
-chroot is deprecated there in favour of -run-with chroot=.
"""
import os
import tempfile

from qltest import (TARGETS, prog, run, start, expect_error,
                    expect_running, running_proc, check, check_eq, finish)

TMP = tempfile.mkdtemp(prefix='test-cli-sandbox-')


def test_sandbox(target):
    status = running_proc(target, ['-sandbox', 'on'], 'status')
    check('\nSeccomp:\t2\n' in (status or ''),
          '%s -sandbox on: seccomp filter mode: %r' % (prog(target),
                                                       status))
    status = running_proc(target, ['-sandbox', 'off'], 'status')
    check('\nSeccomp:\t0\n' in (status or ''),
          '%s -sandbox off: no seccomp: %r' % (prog(target), status))
    # LeakSanitizer, if the binary has it, checks from a process of its
    # own at exit, which spawn=deny forbids.
    env = dict(os.environ, ASAN_OPTIONS=os.environ.get('ASAN_OPTIONS', '') +
               ':detect_leaks=0')
    expect_running(target, ['-sandbox', 'on,obsolete=allow,'
                            'elevateprivileges=children,spawn=deny,'
                            'resourcecontrol=deny'], env=env)
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
                 'chroot failed', idle=True)
    rc, out, err = run(target, '-chroot', '/nonexistent', idle=True)
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
    # In a coverage build, the unprivileged process writes its counters
    # where it can.
    gcov = tempfile.mkdtemp(prefix='test-cli-sandbox-gcov-')
    os.chmod(gcov, 0o777)
    status = running_proc(target, ['-runas', '65534:65534'], 'status',
                          env=dict(os.environ, GCOV_PREFIX=gcov))
    status = dict(line.split(':\t', 1) for line in
                  (status or '').splitlines() if ':\t' in line)
    check_eq((status.get('Uid'), status.get('Gid'), status.get('Groups')),
             ('65534\t65534\t65534\t65534', '65534\t65534\t65534\t65534',
              '65534 '), prog(target) + ' -runas 65534:65534')
    root = tempfile.mkdtemp(dir=TMP)
    with start(target, '-run-with', 'chroot=' + root, idle=True) as inst:
        if inst.wait_ready():
            check_eq(os.readlink('/proc/%d/root' % inst.pid), root,
                     prog(target) + ' -run-with chroot= root')
            check_eq(os.readlink('/proc/%d/cwd' % inst.pid), root,
                     prog(target) + ' -run-with chroot= cwd')
        inst.stop()


for target in TARGETS:
    test_sandbox(target)
    test_user_and_root(target)

finish()
