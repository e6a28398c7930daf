#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""bench/qmp: how fast qlite's QMP monitor answers and how little it costs,
next to Debian's qemu-system-riscv64 (QEMU 7.2) doing the same.

Three figures per binary, and the ratio qlite/QEMU:
- greeting: wall time from posix_spawn to the arrival of the QMP greeting,
  `-M none -S -display none -nodefaults` with one end of a socketpair as
  the monitor (`-chardev socket,id=qmp,fd=N -mon chardev=qmp,mode=control`),
  median of RUNS runs (default 50), and the CPU time the process had
  used when the greeting arrived (all threads, /proc/PID/task/*/schedstat),
  which the load of a shared host does not inflate; the median time to
  spawn and reap
  /bin/true, measured the same way, shows how much of it is the cost of
  starting any process at all;
- round trip: `-M none -S` with `-qmp unix:PATH,server=on,wait=off`; once
  negotiated, COUNT (default 10,000) `query-status` requests are sent one
  at a time and each is timed from the write of the request to the read of
  the end of its reply; the median is printed, with the 99th percentile.
  The client's own cost (a Python write and read) is included, alike for
  both binaries;
- RSS: `-M virt -m 128M -S -display none -nodefaults -qmp unix:...`,
  negotiated and asked `query-status`, then, before `quit`, the peak RSS
  (VmHWM of /proc/PID/status) and how much of it is guest RAM: the
  resident part of the mappings at least as large as the guest RAM
  (/proc/PID/smaps).  wait4's ru_maxrss is no use here: posix_spawn
  shares the benchmark's own memory until the exec, and the kernel keeps
  that high-water mark.  The issue's target is peak RSS under 6 MB plus
  touched guest RAM.

Prints figures; never fails on time.  Exits 1 if qlite does not answer
as QMP should, since the figures would then measure something else.

usage: qmp.py QLITE_BINARY [--runs N] [--count N] [--qemu PATH]"""
import argparse
import os
import signal
import socket
import statistics
import sys
import tempfile
import time

# The machine and version lines, as bench/startup.py prints them.
from startup import cpu_model, qemu_version

QEMU_DEFAULT = '/usr/bin/qemu-system-riscv64'
QUIET = ['-display', 'none', '-nodefaults']
RAM_MB = 128
QUERY = b'{"execute": "query-status"}\n'


class Failed(Exception):
    pass


def reap(pid):
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def spawn(argv, pass_fd=None):
    """posix_spawn with stdout and stderr sent to /dev/null."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1),
               (os.POSIX_SPAWN_DUP2, devnull, 2)]
    if pass_fd is not None:
        os.set_inheritable(pass_fd, True)
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    os.close(devnull)
    return pid


class Client:
    """A QMP client reading whole lines with as little Python as can be."""

    def __init__(self, sock):
        self.sock = sock
        self.buf = b''

    def line(self):
        while b'\n' not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise Failed('connection closed after %r' % self.buf)
            self.buf += chunk
        line, self.buf = self.buf.split(b'\n', 1)
        return line

    def command(self, request, want=b'{"return"'):
        self.sock.sendall(request)
        reply = self.line()
        if not reply.startswith(want):
            raise Failed('%r answered %r' % (request, reply))
        return reply


def cpu_seconds(pid):
    """Seconds on a CPU, summed over the threads of @pid."""
    total = 0
    for tid in os.listdir('/proc/%d/task' % pid):
        try:
            with open('/proc/%d/task/%s/schedstat' % (pid, tid)) as f:
                total += int(f.read().split()[0])
        except OSError:
            pass                # a thread that just ended
    return total / 1e9


def greeting_once(binary):
    """(seconds from spawn to the greeting on an inherited socket, CPU
    seconds used by then)."""
    ours, theirs = socket.socketpair()
    argv = [binary, '-M', 'none', '-S'] + QUIET + [
        '-chardev', 'socket,id=qmp,fd=%d' % theirs.fileno(),
        '-mon', 'chardev=qmp,mode=control']
    start = time.perf_counter()
    pid = spawn(argv, theirs.fileno())
    theirs.close()
    ours.settimeout(10)
    try:
        line = Client(ours).line()
        elapsed = time.perf_counter() - start
        cpu = cpu_seconds(pid)
    except (OSError, Failed) as e:
        raise Failed('%s: no greeting: %s' % (binary, e))
    finally:
        ours.close()
        reap(pid)
    if not line.startswith(b'{"QMP"'):
        raise Failed('%s: greeting %r' % (binary, line))
    return elapsed, cpu


def spawn_true_ms(runs):
    """Median ms to spawn and reap /bin/true."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        os.waitpid(spawn(['/bin/true']), 0)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


class Session:
    """A binary started with `-qmp unix:PATH`, connected and negotiated."""

    def __init__(self, binary, args):
        self.dir = tempfile.TemporaryDirectory(prefix='qlite-bench-qmp-')
        path = os.path.join(self.dir.name, 'qmp.sock')
        self.pid = spawn([binary] + args + QUIET +
                         ['-qmp', 'unix:%s,server=on,wait=off' % path])
        sock = socket.socket(socket.AF_UNIX)
        deadline = time.monotonic() + 10
        while True:
            try:
                sock.connect(path)
                break
            except (FileNotFoundError, ConnectionRefusedError):
                if time.monotonic() > deadline:
                    self.close()
                    raise Failed('%s: no QMP socket' % binary)
                time.sleep(0.001)
        sock.settimeout(10)
        self.client = Client(sock)
        self.client.line()
        self.client.command(b'{"execute": "qmp_capabilities"}\n')

    def quit(self):
        """Send quit and wait for a clean exit."""
        self.client.sock.sendall(b'{"execute": "quit"}\n')
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        self.close()
        if os.waitstatus_to_exitcode(status) != 0:
            raise Failed('quit: exit status %d'
                         % os.waitstatus_to_exitcode(status))

    def close(self):
        if self.pid:
            reap(self.pid)
            self.pid = None
        if hasattr(self, 'client'):
            self.client.sock.close()
        self.dir.cleanup()


def round_trips(binary, count):
    """Seconds per query-status round trip, @count of them."""
    s = Session(binary, ['-M', 'none', '-S'])
    times = []
    try:
        clock = time.perf_counter
        send = s.client.sock.sendall
        line = s.client.line
        for _ in range(count):
            start = clock()
            send(QUERY)
            reply = line()
            times.append(clock() - start)
        if not reply.startswith(b'{"return"'):
            raise Failed('%s: query-status answered %r' % (binary, reply))
        s.quit()
    finally:
        s.close()
    return times


def peak_rss_kib(pid):
    """VmHWM of @pid: its peak resident set since exec."""
    with open('/proc/%d/status' % pid) as f:
        for line in f:
            if line.startswith('VmHWM:'):
                return int(line.split()[1])
    raise Failed('no VmHWM in /proc/%d/status' % pid)


def resident_guest_kib(pid):
    """Resident KiB of the mappings at least as large as the guest RAM."""
    total = 0
    size = 0
    with open('/proc/%d/smaps' % pid) as f:
        for line in f:
            field = line.split()
            if field[0] == 'Size:':
                size = int(field[1])
            elif field[0] == 'Rss:' and size >= RAM_MB * 1024:
                total += int(field[1])
    return total


def virt_rss(binary):
    """(peak RSS KiB, resident guest RAM KiB) of `-M virt -S` with QMP."""
    s = Session(binary, ['-M', 'virt', '-m', '%dM' % RAM_MB, '-S'])
    try:
        s.client.command(QUERY)
        guest = resident_guest_kib(s.pid)
        peak = peak_rss_kib(s.pid)
        s.quit()
    finally:
        s.close()
    return peak, guest


def measure(binary, runs, count):
    greets = [greeting_once(binary) for _ in range(runs)]
    greet = statistics.median(g[0] for g in greets)
    greet_cpu = statistics.median(g[1] for g in greets)
    times = sorted(round_trips(binary, count))
    rt = statistics.median(times)
    p99 = times[int(len(times) * 0.99)]
    peak, guest = virt_rss(binary)
    return {'greet': greet * 1e3, 'greet_cpu': greet_cpu * 1e3,
            'rt': rt * 1e6, 'p99': p99 * 1e6,
            'rss': peak / 1024, 'guest': guest / 1024,
            'overhead': (peak - guest) / 1024}


ROWS = [
    ('greeting ms (-M none -S)', 'greet', '%10.3f'),
    ('  CPU ms used by then', 'greet_cpu', '%10.3f'),
    ('query-status us (median)', 'rt', '%10.1f'),
    ('query-status us (99th %)', 'p99', '%10.1f'),
    ('virt -S peak RSS MiB', 'rss', '%10.2f'),
    ('  of which guest RAM MiB', 'guest', '%10.2f'),
    ('  the rest MiB', 'overhead', '%10.2f'),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('qlite')
    parser.add_argument('--runs', type=int, default=50)
    parser.add_argument('--count', type=int, default=10000)
    parser.add_argument('--qemu', default=QEMU_DEFAULT)
    args = parser.parse_args()

    try:
        mine = measure(os.path.abspath(args.qlite), args.runs, args.count)
    except Failed as e:
        sys.stderr.write('qmp: qlite: %s\n' % e)
        return 1
    theirs = None
    if os.access(args.qemu, os.X_OK):
        try:
            theirs = measure(args.qemu, args.runs, args.count)
        except Failed as e:
            sys.stderr.write('qmp: qemu: %s\n' % e)
    print('qmp: greeting median of %d runs, %d query-status round trips'
          % (args.runs, args.count))
    print('machine: %s, %d CPUs, load average %.2f'
          % (cpu_model(), os.cpu_count(), os.getloadavg()[0]))
    print('qemu:    %s' % (qemu_version(args.qemu) if theirs
                           else 'not installed or not comparable'))
    print('%-26s %10s %10s %8s' % ('figure', 'qlite', 'qemu', 'ratio'))
    for label, key, form in ROWS:
        other = form % theirs[key] if theirs else '%10s' % 'n/a'
        ratio = ('%7.3fx' % (mine[key] / theirs[key])
                 if theirs and theirs[key] else '%8s' % 'n/a')
        print('%-26s %s %s %s' % (label, form % mine[key], other, ratio))
    print('%-26s %10.3f' % ('(spawn of /bin/true ms)',
                            spawn_true_ms(args.runs)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
