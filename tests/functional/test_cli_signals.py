# SPDX-License-Identifier: GPL-2.0-or-later
"""SIGTERM, SIGINT and SIGHUP stop a running instance of either target
with status 0 and QEMU's line: "PROG: terminating on signal N from pid
PID (NAME)", NAME being the first word of the sender's command line,
"<unknown process>" once the sender is gone, and no sender at all for a
signal from the kernel (a hangup of the controlling terminal).
"""
import fcntl
import os
import signal
import subprocess
import sys
import termios

from qltest import (TARGETS, prog, start, run_and_stop, check_eq,
                    finish, terminated)


def stopped_by(target, sig):
    rc, out, err = run_and_stop(target, sig=sig, idle=True)
    check_eq((rc, out, err), (0, '', terminated(target, sig)),
             '%s stopped by signal %d' % (prog(target), sig))


def test_sender_name(target):
    """A shell sends the signal and waits on its stdin meanwhile."""
    with start(target, idle=True) as inst:
        if not inst.wait_ready():
            return
        shell = subprocess.Popen(['/bin/sh', '-c', 'kill -TERM %d; read x'
                                  % inst.pid], stdin=subprocess.PIPE)
        rc, out, err = inst.wait()
        shell.communicate(b'\n', timeout=5)
    check_eq((rc, out, err), (0, '', '%s: terminating on signal 15 from pid '
                              '%d (/bin/sh)\n' % (prog(target), shell.pid)),
             prog(target) + ' signalled by /bin/sh')


def test_sender_gone(target):
    """The instance is stopped while the sender comes and goes."""
    with start(target, idle=True) as inst:
        if not inst.wait_ready():
            return
        os.kill(inst.pid, signal.SIGSTOP)
        sender = subprocess.Popen([sys.executable, '-c',
                                   'import os; os.kill(%d, 15)' % inst.pid])
        sender.wait()
        os.kill(inst.pid, signal.SIGCONT)
        rc, out, err = inst.wait()
    check_eq((rc, out, err), (0, '', '%s: terminating on signal 15 from pid '
                              '%d (<unknown process>)\n' %
                              (prog(target), sender.pid)),
             prog(target) + ' signalled by a process gone since')


def take_terminal():
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def test_hangup(target):
    """Closing the controlling terminal: SIGHUP from the kernel."""
    master, slave = os.openpty()
    try:
        inst = start(target, stdin=slave, preexec_fn=take_terminal,
                     idle=True)
    finally:
        os.close(slave)
    with inst:
        ready = inst.wait_ready()
        os.close(master)
        if ready:
            rc, out, err = inst.wait()
            check_eq((rc, out, err), (0, '', '%s: terminating on signal 1\n'
                                      % prog(target)),
                     prog(target) + ' terminal hangup')


for target in TARGETS:
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        stopped_by(target, sig)
    test_sender_name(target)
    test_sender_gone(target)
    test_hangup(target)

finish()
