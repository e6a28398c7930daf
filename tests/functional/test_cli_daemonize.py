# SPDX-License-Identifier: GPL-2.0-or-later
"""-daemonize and -pidfile on both targets.

The original process exits 0 once the daemon is set up, or 1 if the
daemon fails on its way (its message still reaches our stderr).  The
daemon is a grandchild in a session of its own, its standard streams on
/dev/null (stderr on the -D log file if there is one), its directory /.
The pid file holds its pid while it runs, is locked so that a second
instance fails with QEMU's message, and is removed when it exits.  The
test process is a child subreaper, so the daemon becomes its child and
its exit status can be read.
"""
import os
import signal
import tempfile

from qltest import (TARGETS, binary, prog, run, start, start_daemon,
                    stop_daemon, read_proc, pid_running, orphans,
                    wait_until, check, check_eq, finish, terminated)

TMP = tempfile.mkdtemp(prefix='test-cli-daemonize-')
LOCKED = 'cannot create PID file: Cannot lock pid file: Resource ' \
         'temporarily unavailable'


def fd_target(pid, fd):
    try:
        return os.readlink('/proc/%d/fd/%d' % (pid, fd))
    except OSError:
        return None


def test_daemon(target):
    p = prog(target)
    pidfile = os.path.join(TMP, target + '.pid')
    rc, out, err, pid = start_daemon(target, pidfile, idle=True)
    check_eq((rc, out, err), (0, '', ''), p + ' -daemonize')
    if not check(pid is not None, p + ' -daemonize wrote its pid file'):
        return
    check(pid_running(pid), '%s daemon %d runs' % (p, pid))
    check_eq(os.readlink('/proc/%d/exe' % pid),
             os.path.realpath(binary(target)), p + ' daemon executable')
    check(os.getsid(pid) not in (pid, os.getsid(0)),
          '%s daemon: not a session leader, not in our session' % p)
    check_eq([fd_target(pid, fd) for fd in (0, 1, 2)], ['/dev/null'] * 3,
             p + ' daemon standard streams')
    check_eq(os.readlink('/proc/%d/cwd' % pid), '/', p + ' daemon cwd')
    with open(pidfile) as f:
        check_eq(f.read(), '%d\n' % pid, p + ' pid file contents')

    # A second instance on the same pid file fails, daemon or not, and
    # leaves the file alone.
    rc, out, err, other = start_daemon(target, pidfile, idle=True)
    check_eq((rc, out, err), (1, '', '%s: %s\n' % (p, LOCKED)),
             p + ' second -daemonize on a locked pid file')
    rc, out, err = run(target, '-pidfile', pidfile)
    check_eq((rc, out, err), (1, '', '%s: %s\n' % (p, LOCKED)),
             p + ' second instance on a locked pid file')
    with open(pidfile) as f:
        check_eq(f.read(), '%d\n' % pid, p + ' pid file kept')

    # SIGTERM: exit status 0, the pid file goes.
    check_eq(stop_daemon(pid), 0, p + ' daemon status on SIGTERM')
    check(not os.path.exists(pidfile), p + ' daemon removed its pid file')


def test_pidfile(target):
    p = prog(target)
    # A stale file (no lock held) is taken over.
    pidfile = os.path.join(TMP, target + '-fg.pid')
    with open(pidfile, 'w') as f:
        f.write('99999999\nold\n')
    with start(target, '-pidfile', pidfile, idle=True) as inst:
        if inst.wait_ready():
            with open(pidfile) as f:
                check_eq(f.read(), '%d\n' % inst.pid, p + ' -pidfile')
        rc, out, err = inst.stop()
    check_eq((rc, out, err), (0, '', terminated(target)),
             p + ' -pidfile stops on SIGTERM')
    check(not os.path.exists(pidfile), p + ' -pidfile removed at exit')

    # A relative path is removed although the daemon moved to /.
    rc, out, err, pid = start_daemon(target, 'rel.pid', '-name',
                                     'process=rel', cwd=TMP, idle=True)
    check_eq((rc, out, err), (0, '', ''), p + ' -pidfile rel.pid')
    if pid:
        check_eq(read_proc(pid, 'comm'), 'rel\n', p + ' daemon -name')
        check_eq(stop_daemon(pid, signal.SIGINT), 0,
                 p + ' daemon status on SIGINT')
    check(not os.path.exists(os.path.join(TMP, 'rel.pid')),
          p + ' relative pid file removed')

    for daemon in ([], ['-daemonize']):
        args = daemon + ['-pidfile', '/nonexistent/dir/x.pid']
        rc, out, err = run(target, *args)
        check_eq((rc, out, err), (1, '', "%s: cannot create PID file: Could "
                                  "not create '/nonexistent/dir/x.pid': No "
                                  "such file or directory\n" % p),
                 '%s %s' % (p, ' '.join(args)))
    check_eq(wait_until(lambda: not orphans()) or orphans(), True,
             p + ': no daemon left after the errors')


def test_failure_after_fork(target):
    p = prog(target)
    pidfile = os.path.join(TMP, target + '-fail.pid')
    # The chroot comes after the fork and the pid file: the daemon says
    # why it fails and the original process exits 1.
    rc, out, err, pid = start_daemon(target, pidfile, '-run-with',
                                     'chroot=/nonexistent', idle=True)
    check_eq((rc, out, err), (1, '', '%s: chroot failed\n' % p),
             p + ' -daemonize with a failing chroot')
    check(not os.path.exists(pidfile), p + ' failed daemon removed its '
          'pid file')
    check_eq(wait_until(lambda: not orphans()) or orphans(), True,
             p + ': no daemon left after the failure')


def test_log(target):
    p = prog(target)
    log = os.path.join(TMP, target + '-daemon.log')
    pidfile = os.path.join(TMP, target + '-log.pid')
    rc, out, err, pid = start_daemon(target, pidfile, '-d', 'startup',
                                     '-D', log, idle=True)
    check_eq((rc, out, err), (0, '', ''), p + ' -daemonize -d startup -D')
    if not pid:
        return
    check_eq(fd_target(pid, 2), log, p + ' daemon stderr is the log')
    check_eq(stop_daemon(pid), 0, p + ' daemon with -D status on SIGTERM')
    with open(log) as f:
        text = f.read()
    check('us: os_daemonize\n' in text and
          text.endswith(terminated(target)),
          '%s daemon log has the steps and the signal: %r' % (p, text))


for target in TARGETS:
    test_daemon(target)
    test_pidfile(target)
    test_failure_after_fork(target)
    test_log(target)

finish()
