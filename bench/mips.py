#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
#
# mips.py: guest MIPS of qlite's RISC-V hart, next to QEMU's TCG.
#
# Runs each bench/mips guest program (an ELF for the spike machine that
# prints "instret N", its minstret at the end, through the HTIF console)
# on qlite-system-riscv64 and on Debian's qemu-system-riscv64, both as
#   BINARY -M spike -bios none -nographic -kernel ELF
# and measures the host wall time around each run (median of --runs).
# Guest MIPS = retired instructions / host seconds.  The instruction
# count is qlite's own minstret when qlite ran the program; QEMU 7.2's
# minstret counts host time unless -icount is on, so QEMU's figure uses
# the same count (or, when qlite failed, the count from one extra QEMU
# run under -icount shift=0,sleep=off, which is exact and not timed;
# with sleep=on, 7.2's count drifts by a few million).
# Prints figures and never fails on time; a qlite run that fails or
# times out prints "failed" and the reason.  Exits 1 only when QEMU
# cannot run a program (the program itself is then broken).
#
# Usage: mips.py QLITE_BINARY ELF... [--qemu PATH] [--runs N]

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import time

QEMU_DEFAULT = '/usr/bin/qemu-system-riscv64'
INSTRET_RE = re.compile(rb'^instret (\d+)$', re.M)


def run(binary, elf, extra=(), timeout=None):
    """Run one program; return (seconds, status or None, console)."""
    cmd = [binary, '-M', 'spike', '-bios', 'none', '-nographic',
           '-kernel', elf] + list(extra)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
        status = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        status = None
    return time.perf_counter() - start, status, out


def instret_of(out):
    m = INSTRET_RE.search(out)
    return int(m.group(1)) if m else None


def time_runs(binary, elf, runs, timeout=None):
    """Median wall time of runs; (seconds, console) or (None, reason)."""
    times = []
    out = b''
    for _ in range(runs):
        secs, status, out = run(binary, elf, timeout=timeout)
        if status is None:
            return None, 'timed out after %.0f s' % timeout
        if status != 0:
            tail = out.decode('utf-8', 'replace').strip().splitlines()[-1:]
            return None, 'exit status %d %s' % (status, ' '.join(tail))
        times.append(secs)
    return statistics.median(times), out


def mips(count, secs):
    return count / secs / 1e6


def bench_one(args, elf):
    name = os.path.basename(elf).replace('.elf', '')
    qemu_secs, qemu_out = time_runs(args.qemu, elf, args.runs)
    if qemu_secs is None:
        show('%-10s QEMU cannot run it: %s' % (name, qemu_out))
        return False
    # qlite gets a generous limit: 20 times QEMU's time, at least 10 s
    limit = max(10.0, 20 * qemu_secs)
    ql_secs, ql_out = time_runs(args.qlite, elf, args.runs, timeout=limit)
    count = instret_of(ql_out) if ql_secs is not None else None
    source = 'qlite minstret'
    if count is None:
        _, status, out = run(args.qemu, elf,
                             ['-icount', 'shift=0,sleep=off'])
        count = instret_of(out) if status == 0 else None
        source = 'QEMU -icount minstret'
    if count is None:
        show('%-10s no instruction count (program prints no instret)' %
             name)
        return False
    qemu_mips = mips(count, qemu_secs)
    if ql_secs is None:
        show('%-10s %13d  qlite failed (%s)  QEMU %8.3f s %8.1f MIPS' %
             (name, count, ql_out, qemu_secs, qemu_mips))
        return True
    ql_mips = mips(count, ql_secs)
    show('%-10s %13d  qlite %8.3f s %8.1f MIPS  QEMU %8.3f s %8.1f MIPS'
         '  ratio %.3fx  (count: %s)' %
         (name, count, ql_secs, ql_mips, qemu_secs, qemu_mips,
          ql_mips / qemu_mips, source))
    return True


def show(line):
    print(line, flush=True)


def main():
    ap = argparse.ArgumentParser(description='guest MIPS, qlite vs QEMU')
    ap.add_argument('qlite')
    ap.add_argument('elfs', nargs='*')
    ap.add_argument('--qemu', default=QEMU_DEFAULT)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--skip')
    args = ap.parse_intermixed_args()
    if args.skip:
        print('mips: skipped: ' + args.skip)
        return 0
    if not os.access(args.qemu, os.X_OK):
        print('mips: %s not found: only qlite would run, nothing to '
              'compare; skipped' % args.qemu)
        return 0
    show('program          instret  (wall time: median of %d runs)' %
         args.runs)
    ok = True
    for elf in args.elfs:
        ok = bench_one(args, elf) and ok
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
