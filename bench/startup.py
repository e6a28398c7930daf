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
# Then the time from exec to the main loop, for `-M virt -S -display none
# -nodefaults` on riscv64 and `-M microvm -S -display none -nodefaults
# -accel kvm` on x86_64 (only when /dev/kvm answers KVM_GET_API_VERSION
# with 12; otherwise the line says it was skipped and why).  Both programs
# prove they reached their main loop by writing to a pipe that the
# benchmark reads, and the figure is the wall time from posix_spawn to the
# arrival of those bytes:
# - qlite runs with `-d startup`, whose last line, "startup: N us: main
#   loop", is written just before qemu_main_loop() runs;
# - QEMU gets one end of a socketpair as a QMP monitor (`-chardev
#   socket,id=qmp,fd=N -mon chardev=qmp,mode=control`).  Its greeting is
#   sent by the monitor I/O thread, possibly before the main loop runs, so
#   the benchmark answers it with qmp_capabilities and stops the clock when
#   the reply arrives: QEMU dispatches that command in its main loop.  The
#   greeting's time is printed too.  The round trip adds well under 0.1 ms.
# The process is then killed (SIGKILL) and reaped outside the timing.
#
# Prints figures; never fails on time.  Exits 1 only if qlite does not
# behave as the commands expect (exit status, or the exact error message
# of the failing parse), since the figures would then measure something
# else.
#
# Usage: startup.py QLITE_BINARY [QLITE_X86_64_BINARY] [--runs N]
#                   [--qemu PATH] [--qemu-x86_64 PATH]

import argparse
import fcntl
import signal
import socket
import os
import re
import statistics
import subprocess
import sys
import time

QEMU_DEFAULT = '/usr/bin/qemu-system-riscv64'
QEMU_X86_64_DEFAULT = '/usr/bin/qemu-system-x86_64'
KVM_GET_API_VERSION = 0xae00
# (label, target, arguments) of the commands timed to the main loop
LOOP_COMMANDS = [
    ('virt -S (riscv64, tcg)', 'riscv64',
     ['-M', 'virt', '-S', '-display', 'none', '-nodefaults']),
    ('microvm -S (x86_64, kvm)', 'x86_64',
     ['-M', 'microvm', '-S', '-display', 'none', '-nodefaults',
      '-accel', 'kvm']),
]
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


def kvm_unusable():
    """None if /dev/kvm answers KVM_GET_API_VERSION with 12, else why."""
    try:
        fd = os.open('/dev/kvm', os.O_RDWR | os.O_CLOEXEC)
    except OSError as e:
        return '/dev/kvm: %s' % e.strerror
    try:
        version = fcntl.ioctl(fd, KVM_GET_API_VERSION)
    except OSError as e:
        return '/dev/kvm: KVM_GET_API_VERSION: %s' % e.strerror
    finally:
        os.close(fd)
    if version != 12:
        return '/dev/kvm: KVM API version %d, not 12' % version
    return None


def reap(pid):
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def qlite_to_loop(argv):
    """Seconds from spawn until qlite's `-d startup` says "main loop";
    None (and its stderr on ours) if it exits first."""
    rfd, wfd = os.pipe()
    devnull = os.open(os.devnull, os.O_WRONLY)
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1),
               (os.POSIX_SPAWN_DUP2, wfd, 2)]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv + ['-d', 'startup'], os.environ,
                         file_actions=actions)
    os.close(wfd)
    os.close(devnull)
    data = b''
    elapsed = None
    while True:
        chunk = os.read(rfd, 4096)
        if not chunk:
            break
        data += chunk
        if re.search(rb'^startup: \d+ us: main loop$', data, re.M):
            elapsed = time.perf_counter() - start
            break
    reap(pid)
    os.close(rfd)
    if elapsed is None:
        sys.stderr.write('%s: exited before its main loop:\n%s'
                         % (' '.join(argv), data.decode(errors='replace')))
    return elapsed


def qemu_to_loop(argv):
    """(seconds to the QMP greeting, seconds to the reply to
    qmp_capabilities) from spawn, or None if QEMU fails first."""
    ours, theirs = socket.socketpair()
    devnull = os.open(os.devnull, os.O_WRONLY)
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1),
               (os.POSIX_SPAWN_DUP2, devnull, 2)]
    os.set_inheritable(theirs.fileno(), True)
    argv = argv + ['-chardev', 'socket,id=qmp,fd=%d' % theirs.fileno(),
                   '-mon', 'chardev=qmp,mode=control']
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    theirs.close()
    os.close(devnull)
    stream = ours.makefile('rwb')
    result = None
    greeting = stream.readline()
    if greeting.startswith(b'{"QMP"'):
        greeted = time.perf_counter() - start
        stream.write(b'{"execute": "qmp_capabilities"}\n')
        stream.flush()
        if stream.readline().startswith(b'{"return"'):
            result = (greeted, time.perf_counter() - start)
    stream.close()
    ours.close()
    reap(pid)
    return result


def median_to_loop(fn, argv, runs):
    """Median over @runs of fn(argv) (a time or a tuple of times), in ms;
    None if a run fails."""
    results = []
    for _ in range(runs):
        r = fn(argv)
        if r is None:
            return None
        results.append(r if isinstance(r, tuple) else (r,))
    return tuple(statistics.median(col) * 1000 for col in zip(*results))


def measure_loops(qlites, qemus, runs):
    """Print the exec-to-main-loop table; False if qlite fails."""
    kvm_problem = kvm_unusable()
    ok = True
    print('exec to main loop: median of %d runs, in ms (qlite: -d startup '
          '"main loop";' % runs)
    print('  qemu: reply to qmp_capabilities, greeting in brackets)')
    print('%-28s %9s %9s %9s %7s' % ('command', 'qlite', 'qemu',
                                     '(greet)', 'ratio'))
    for label, target, args in LOOP_COMMANDS:
        if '-accel' in args and 'kvm' in args and kvm_problem:
            print('%-28s skipped: %s' % (label, kvm_problem))
            continue
        mine = median_to_loop(qlite_to_loop, [qlites[target]] + args, runs)
        if mine is None:
            ok = False
            print('%-28s qlite failed' % label)
            continue
        theirs = None
        if os.access(qemus[target], os.X_OK):
            theirs = median_to_loop(qemu_to_loop, [qemus[target]] + args,
                                    runs)
        ratio = '%6.3fx' % (mine[0] / theirs[1]) if theirs else 'n/a'
        print('%-28s %s %s %s %7s' % (label, fmt(mine[0]),
                                      fmt(theirs[1] if theirs else None),
                                      fmt(theirs[0] if theirs else None),
                                      ratio))
    return ok


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
    parser.add_argument('qlite_x86_64', nargs='?')
    parser.add_argument('--runs', type=int, default=50)
    parser.add_argument('--qemu', default=QEMU_DEFAULT)
    parser.add_argument('--qemu-x86_64', dest='qemu_x86_64',
                        default=QEMU_X86_64_DEFAULT)
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
    print()
    qlites = {'riscv64': os.path.abspath(args.qlite),
              'x86_64': os.path.abspath(args.qlite_x86_64 or
                                        args.qlite.replace('riscv64',
                                                           'x86_64'))}
    qemus = {'riscv64': args.qemu, 'x86_64': args.qemu_x86_64}
    return 0 if measure_loops(qlites, qemus, args.runs) else 1


if __name__ == '__main__':
    sys.exit(main())
