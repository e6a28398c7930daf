# SPDX-License-Identifier: GPL-2.0-or-later
"""bench/mips.py on stand-in emulators (small scripts that print what the
guest programs print): the MIPS and ratio lines when both run, "failed"
with the reason when qlite fails or hangs (the count then comes from
QEMU's -icount run, which must be asked for), exit status 0 in both
cases, and 1 when QEMU itself cannot run a program."""
import os
import stat
import subprocess
import sys
import tempfile

from qltest import check, check_eq, finish

ROOT = os.environ.get('QLITE_SOURCE_ROOT',
                      os.path.join(os.path.dirname(__file__), '..', '..'))
MIPS = os.path.join(ROOT, 'bench', 'mips.py')
TMP = tempfile.mkdtemp(prefix='test-bench-mips-')


def stand_in(name, body):
    path = os.path.join(TMP, name)
    with open(path, 'w') as f:
        f.write('#!%s\nimport sys, time\n%s\n' % (sys.executable, body))
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path


def mips(qlite, qemu, *elfs):
    return subprocess.run([sys.executable, MIPS, qlite, '--qemu', qemu,
                           '--runs', '1'] + list(elfs),
                          stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=120)


# QEMU stand-in: "instret 1000000" normally, 5000000 under -icount
QEMU = stand_in('qemu', '''
icount = '-icount' in sys.argv
print('prog checksum 1')
print('instret %d' % (5000000 if icount else 1000000))''')
QLITE_OK = stand_in('qlite-ok', 'print("instret 2000000")')
QLITE_FAIL = stand_in('qlite-fail', 'print("no hart"); sys.exit(1)')
QEMU_BROKEN = stand_in('qemu-broken', 'sys.exit(3)')


def test_both_run():
    p = mips(QLITE_OK, QEMU, 'a.elf', 'b.elf')
    check_eq(p.returncode, 0, 'mips.py exits 0 when both run')
    lines = [l for l in p.stdout.splitlines() if 'ratio' in l]
    check_eq(len(lines), 2, 'one figure line per program: %r' % p.stdout)
    check(all('2000000' in l and 'qlite minstret' in l for l in lines),
          'the count is qlite minstret: %r' % p.stdout)


def test_qlite_fails():
    p = mips(QLITE_FAIL, QEMU, 'a.elf')
    check_eq(p.returncode, 0, 'a failing qlite does not fail the bench')
    check('qlite failed (exit status 1 no hart)' in p.stdout,
          'failed and why: %r' % p.stdout)
    check('5000000' in p.stdout,
          'count from QEMU under -icount: %r' % p.stdout)


def test_qemu_broken():
    p = mips(QLITE_OK, QEMU_BROKEN, 'a.elf')
    check_eq(p.returncode, 1, 'a program QEMU cannot run fails the bench')
    check('QEMU cannot run it' in p.stdout, 'says so: %r' % p.stdout)


test_both_run()
test_qlite_fails()
test_qemu_broken()
finish()
