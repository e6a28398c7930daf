# SPDX-License-Identifier: GPL-2.0-or-later
"""tests/guest/run-guest.py, the runner of the guest test programs, on
stand-in emulators (small scripts): the command line it builds, pass on
exit status 0, failure with the console shown on any other status or a
timeout, --twice comparing two runs byte for byte, and --skip."""
import os
import stat
import subprocess
import sys
import tempfile

from qltest import check, check_eq, finish

ROOT = os.environ.get('QLITE_SOURCE_ROOT',
                      os.path.join(os.path.dirname(__file__), '..', '..'))
RUNNER = os.path.join(ROOT, 'tests', 'guest', 'run-guest.py')
TMP = tempfile.mkdtemp(prefix='test-guest-runner-')


def stand_in(name, body):
    """An executable Python script standing in for the emulator."""
    path = os.path.join(TMP, name)
    with open(path, 'w') as f:
        f.write('#!%s\nimport os, sys, time\n%s\n' % (sys.executable, body))
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path


def runner(*args, env=None):
    return subprocess.run([sys.executable, RUNNER] + list(args),
                          stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=60, env=env)


def test_command_line():
    echo = stand_in('echo', 'print(" ".join(sys.argv[1:]))')
    p = runner('prog.elf', '--qemu', echo, '--', '-smp', '2')
    check_eq(p.returncode, 0, 'runner passes on exit status 0')
    check('-M spike -bios none -nographic -kernel prog.elf -smp 2'
          in p.stdout, 'runner command line: %r' % p.stdout)
    env = dict(os.environ, QEMU=echo)
    p = runner('prog.elf', env=env)
    check_eq(p.returncode, 0, 'runner takes the binary from $QEMU')


def test_failures():
    fail = stand_in('fail', 'print("FAIL: test 7"); sys.exit(3)')
    p = runner('prog.elf', '--qemu', fail)
    check_eq(p.returncode, 1, 'runner fails on exit status 3')
    check('exit status 3' in p.stdout and 'FAIL: test 7' in p.stdout,
          'runner shows status and console: %r' % p.stdout)
    hang = stand_in('hang', 'print("started", flush=True); time.sleep(60)')
    p = runner('prog.elf', '--qemu', hang, '--timeout', '1')
    check_eq(p.returncode, 1, 'runner fails on a timeout')
    check('timed out after 1s' in p.stdout and 'started' in p.stdout,
          'runner shows the timeout and the console: %r' % p.stdout)


def test_twice():
    same = stand_in('same', 'print("mtime 1234")')
    p = runner('prog.elf', '--qemu', same, '--twice')
    check_eq(p.returncode, 0, '--twice passes on identical output')
    differ = stand_in('differ', 'print("mtime", time.time_ns())')
    p = runner('prog.elf', '--qemu', differ, '--twice')
    check_eq(p.returncode, 1, '--twice fails on different output')
    check('printed different output' in p.stdout,
          '--twice says why: %r' % p.stdout)


def test_skip():
    p = runner('--skip', 'no cross compiler')
    check_eq(p.returncode, 77, '--skip exits 77')
    check('SKIP: no cross compiler' in p.stdout, '--skip prints the reason')


test_command_line()
test_failures()
test_twice()
test_skip()
finish()
