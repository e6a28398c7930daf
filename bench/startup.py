#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
#
# startup.py: how long qlite takes to start and stop, next to QEMU.
#
# Three commands, each run RUNS times (default 50) with stdout and stderr
# sent to /dev/null: `-M none -version`, `-help`, and a 60-option command
# line whose options all parse but which ends in `-append x` without
# -kernel, so that qemu_validate_options stops it with exit status 1.  The
# same commands run on Debian's qemu-system-riscv64 when it is installed
# (QEMU 7.2 accepts the same line), and the ratio qlite/QEMU is printed.
# The wall time of each run is measured around posix_spawn and waitpid;
# the median of /bin/true, measured the same way, shows the part of each
# figure that is the cost of spawning a process at all.
#
# Prints figures; never fails on time.  Exits 1 only if qlite does not
# behave as the commands expect (exit status, or the exact error message
# of the failing parse), since the figures would then measure something
# else.
#
# Usage: startup.py QLITE_BINARY [--runs N] [--qemu PATH]

import argparse
import os
import re
import statistics
import subprocess
import sys
import time

QEMU_DEFAULT = '/usr/bin/qemu-system-riscv64'
APPEND_ERROR = '-append only allowed with -kernel option'


def long_command_line():
    """60 options: many that parse, then -append without -kernel."""
    args = ['-M', 'none',
            '-name', 'guest=bench,debug-threads=on',
            '-msg', 'timestamp=on',
            '-m', '512',
            '-smp', '2',
            '-uuid', '12345678-1234-1234-1234-123456789abc',
            '-rtc', 'base=utc,clock=host',
            '-boot', 'order=c,menu=off',
            '-cpu', 'rv64',
            '-accel', 'tcg',
            '-k', 'en-us',
            '-no-reboot', '-no-shutdown', '-nodefaults',
            '-overcommit', 'mem-lock=off',
            '-action', 'reboot=shutdown',
            '-serial', 'null',
            '-monitor', 'none']
    for i in range(8):
        args += ['-drive', 'if=none,id=d%d,file=/nonexistent/disk%d.img,'
                           'format=raw,cache=none,aio=threads' % (i, i),
                 '-device', 'virtio-blk-device,drive=d%d,serial=sn%d' % (i, i)]
    for i in range(8):
        args += ['-chardev', 'null,id=c%d' % i]
    for i in range(8):
        args += ['-object', 'memory-backend-ram,id=ram%d,size=64M' % i]
    for i in range(8):
        args += ['-netdev', 'user,id=n%d' % i]
    args += ['-global', 'virtio-blk-device.num-queues=1',
             '-append', 'x']
    assert sum(a.startswith('-') for a in args) == 60
    return args


# (label, arguments, expected exit status)
COMMANDS = [
    ('-M none -version', ['-M', 'none', '-version'], 0),
    ('-help', ['-help'], 0),
    ('60 options, -append error', long_command_line(), 1),
]


def run_once(argv):
    """Wall time in seconds and exit status of one run, output discarded."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1),
               (os.POSIX_SPAWN_DUP2, devnull, 2)]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    _, status = os.waitpid(pid, 0)
    elapsed = time.perf_counter() - start
    os.close(devnull)
    return elapsed, os.waitstatus_to_exitcode(status)


def median_ms(argv, runs, want_status):
    """Median wall time in ms, or None if a run exits unexpectedly."""
    times = []
    for _ in range(runs):
        elapsed, status = run_once(argv)
        if status != want_status:
            return None
        times.append(elapsed)
    return statistics.median(times) * 1000


def check_append_error(binary):
    """Whether the long line fails exactly with the -append message."""
    proc = subprocess.run([binary] + long_command_line(),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True)
    name = os.path.basename(binary)
    # -msg timestamp=on puts an ISO 8601 time in front of the message
    pattern = r'(\S+Z )?%s: %s\n' % (re.escape(name), re.escape(APPEND_ERROR))
    if proc.returncode == 1 and re.fullmatch(pattern, proc.stderr):
        return True
    sys.stderr.write('%s: expected exit 1 and "%s: %s", got exit %d and:\n%s'
                     % (binary, name, APPEND_ERROR, proc.returncode,
                        proc.stderr))
    return False


def measure(binary, runs):
    """{label: median ms or None} for @binary; None if it misbehaves."""
    if not check_append_error(binary):
        return None
    results = {}
    for label, args, status in COMMANDS:
        results[label] = median_ms([binary] + args, runs, status)
        if results[label] is None:
            sys.stderr.write('%s %s: unexpected exit status\n'
                             % (binary, ' '.join(args[:3])))
    return results


def cpu_model():
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    return line.split(':', 1)[1].strip()
    except OSError:
        pass
    return 'unknown'


def qemu_version(binary):
    out = subprocess.run([binary, '-version'], capture_output=True,
                         text=True).stdout
    return out.splitlines()[0] if out else 'unknown'


def fmt(ms):
    return '%9.3f' % ms if ms is not None else '%9s' % 'n/a'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('qlite')
    parser.add_argument('--runs', type=int, default=50)
    parser.add_argument('--qemu', default=QEMU_DEFAULT)
    args = parser.parse_args()

    qlite = measure(os.path.abspath(args.qlite), args.runs)
    if qlite is None or None in qlite.values():
        return 1
    qemu = None
    if os.access(args.qemu, os.X_OK):
        qemu = measure(args.qemu, args.runs)
    baseline = median_ms(['/bin/true'], args.runs, 0)

    print('startup: median wall time of %d runs, in ms' % args.runs)
    print('machine: %s, %d CPUs' % (cpu_model(), os.cpu_count()))
    print('qemu:    %s' % (qemu_version(args.qemu) if qemu
                           else 'not installed or not comparable'))
    print('%-28s %9s %9s %7s' % ('command', 'qlite', 'qemu', 'ratio'))
    for label, _, _ in COMMANDS:
        theirs = qemu[label] if qemu else None
        ratio = '%6.3fx' % (qlite[label] / theirs) if theirs else 'n/a'
        print('%-28s %s %s %7s' % (label, fmt(qlite[label]), fmt(theirs),
                                   ratio))
    print('%-28s %s' % ('(spawn of /bin/true)', fmt(baseline)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
