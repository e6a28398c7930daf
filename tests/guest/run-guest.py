#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
#
# run-guest.py: run one bare-metal guest test program on the spike machine
# and check that it exits with status 0.
#
#   run-guest.py ELF [--qemu BINARY] [--timeout SECONDS] [--twice]
#                [-- EXTRA-ARGS...]
#   run-guest.py --skip REASON
#
# The command is `BINARY -M spike -bios none -nographic -kernel ELF
# EXTRA-ARGS`, with stdin from /dev/null.  BINARY is --qemu, else $QEMU,
# else $QLITE_RISCV64 (meson sets it to the built qlite-system-riscv64).
# On failure (nonzero status, timeout) the console output and stderr are
# printed.  --twice runs the program two times and also fails unless both
# runs print the same bytes (the determinism test under -icount).
# --skip exits 77, meson's "skipped", after printing REASON.

import argparse
import os
import signal
import subprocess
import sys

SKIP = 77


def run_once(cmd, timeout):
    """Run cmd; return (status or None on timeout, stdout, stderr)."""
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        return proc.returncode, out, err
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return None, out, err


def show(label, data):
    text = data.decode('utf-8', 'replace')
    sys.stdout.write('--- %s (%d bytes) ---\n%s' % (label, len(data), text))
    if text and not text.endswith('\n'):
        sys.stdout.write('\n')


def main():
    ap = argparse.ArgumentParser(description='run one guest test program')
    ap.add_argument('elf', nargs='?')
    ap.add_argument('--qemu')
    ap.add_argument('--timeout', type=float, default=120)
    ap.add_argument('--twice', action='store_true')
    ap.add_argument('--skip')
    argv = sys.argv[1:]
    extra = []
    if '--' in argv:
        extra = argv[argv.index('--') + 1:]
        argv = argv[:argv.index('--')]
    args = ap.parse_args(argv)
    if args.skip:
        print('SKIP: ' + args.skip)
        return SKIP
    binary = args.qemu or os.environ.get('QEMU') or \
        os.environ.get('QLITE_RISCV64')
    if not binary or not args.elf:
        ap.error('need an ELF and a binary (--qemu, $QEMU or $QLITE_RISCV64)')
    cmd = [binary, '-M', 'spike', '-bios', 'none', '-nographic',
           '-kernel', args.elf] + extra
    print('command: ' + ' '.join(cmd))
    outputs = []
    for _ in range(2 if args.twice else 1):
        status, out, err = run_once(cmd, args.timeout)
        if status != 0:
            why = 'timed out after %gs' % args.timeout if status is None \
                else 'exit status %d' % status
            print('FAIL: %s' % why)
            show('console', out)
            show('stderr', err)
            return 1
        outputs.append(out)
    if args.twice and outputs[0] != outputs[1]:
        print('FAIL: the two runs printed different output')
        show('first run', outputs[0])
        show('second run', outputs[1])
        return 1
    show('console', outputs[0])
    return 0


if __name__ == '__main__':
    sys.exit(main())
