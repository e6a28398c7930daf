#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""bench/boot: boot the Linux guest of ../shared/guests/riscv64 to
GUEST-BOOT-OK and power-off on the virt machine, with qlite and with
Debian's qemu-system-riscv64, -smp 1 and 2, and print for each: seconds
from exec to the GUEST-BOOT-OK line, seconds to process exit, peak RSS
(MiB, from wait4's rusage), and qlite/QEMU ratios.  Prints figures only;
never fails on time.

usage: boot.py QLITE_BINARY [RUNS]"""
import os
import resource
import select
import shutil
import subprocess
import sys
import time

# ../shared/guests next to the source tree, or $QLITE_GUESTS.
GUESTS = os.path.join(os.environ.get('QLITE_GUESTS') or
                      os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                   '..', '..', 'shared', 'guests'), 'riscv64')
MARK = b'GUEST-BOOT-OK'
TIMEOUT = 120


def boot(binary, smp):
    """(seconds to MARK, seconds to exit, peak RSS MiB, status) or None."""
    args = [binary, '-M', 'virt', '-smp', str(smp), '-m', '256M',
            '-nographic', '-bios', 'fw_dynamic.bin', '-kernel', 'Image',
            '-initrd', 'initramfs.cpio.gz', '-append',
            'console=ttyS0 qlite.test=poweroff']
    start = time.monotonic()
    p = subprocess.Popen(args, cwd=GUESTS, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = b''
    mark = None
    while True:
        left = TIMEOUT - (time.monotonic() - start)
        if left <= 0:
            p.kill()
            p.wait()
            return None
        r, _, _ = select.select([p.stdout], [], [], left)
        if not r:
            continue
        chunk = os.read(p.stdout.fileno(), 65536)
        if not chunk:
            break
        out += chunk
        if mark is None and MARK in out:
            mark = time.monotonic() - start
    _, status, ru = os.wait4(p.pid, 0)
    end = time.monotonic() - start
    return mark, end, ru.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def best(binary, smp, runs):
    results = [r for r in (boot(binary, smp) for _ in range(runs)) if r]
    ok = [r for r in results if r[0] is not None and r[3] == 0]
    if not ok:
        return None
    return min(ok, key=lambda r: r[1])


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    qlite = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    if not os.path.isdir(GUESTS):
        print('boot: SKIP: %s is absent (the prebuilt guests)' % GUESTS)
        return
    qemu = shutil.which('qemu-system-riscv64')
    print('boot: Linux 6.1 + initramfs on -M virt -m 256M to power-off, '
          'best of %d' % runs)
    print('%-8s %-5s %10s %10s %9s' % ('binary', '-smp', 'boot-ok s',
                                       'exit s', 'RSS MiB'))
    for smp in (1, 2):
        rows = {}
        for name, binary in (('qlite', qlite), ('qemu', qemu)):
            if not binary:
                print('%-8s %-5d %s' % (name, smp, 'not installed'))
                continue
            r = best(binary, smp, runs)
            rows[name] = r
            if r is None:
                print('%-8s %-5d %s' % (name, smp, 'failed'))
            else:
                print('%-8s %-5d %10.3f %10.3f %9.1f' % (name, smp, r[0],
                                                         r[1], r[2]))
        if rows.get('qlite') and rows.get('qemu'):
            q, e = rows['qlite'], rows['qemu']
            print('%-8s %-5d %9.2fx %9.2fx %8.2fx' % ('ratio', smp,
                                                      q[0] / e[0],
                                                      q[1] / e[1],
                                                      q[2] / e[2]))


if __name__ == '__main__':
    main()
