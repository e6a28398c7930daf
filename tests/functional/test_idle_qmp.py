# SPDX-License-Identifier: GPL-2.0-or-later
"""A paused VM with a QMP monitor sleeps: over 10 s it uses under 0.1% of
a CPU (utime + stime of /proc/PID/stat, all threads).

Measured side by side over the same 10 s:
- riscv64 `-M virt -S` with a negotiated QMP monitor;
- riscv64 `-M virt` running a guest that spins (`-bios` of one `j .`),
  seen to use CPU, then stopped with QMP `stop` (the STOP event arrives);
- the Linux guest of ../shared/guests booting on `-M virt -smp 2`,
  stopped with `stop` two seconds into its boot (skipped without it);
- x86_64 `-S` with QMP, on the qtest accelerator (no /dev/kvm needed).
The CPU time of each thread (/proc/PID/task/*/schedstat, in ns) is
printed too.
"""
import os
import tempfile
import time

from qltest import QmpClient, check, check_eq, check_match, finish, start

IDLE_SECONDS = 10
MAX_SHARE = 0.001               # of one CPU
TICK = os.sysconf('SC_CLK_TCK')
TMP = tempfile.mkdtemp(prefix='qlite-idle-')
GUESTS = os.path.join(os.environ.get('QLITE_GUESTS') or os.path.join(
    os.environ.get('QLITE_SOURCE_ROOT', '.'), '..', 'shared', 'guests'),
    'riscv64')
LINUX = ['-m', '256M', '-smp', '2', '-bios', 'fw_dynamic.bin', '-kernel',
         'Image', '-initrd', 'initramfs.cpio.gz', '-append', 'console=ttyS0']
STOP_EVENT = (r'\{"timestamp": \{"seconds": \d+, "microseconds": \d+\}, '
              r'"event": "STOP"\}')
SHUTDOWN_EVENT = (r'\{"timestamp": \{"seconds": \d+, "microseconds": \d+\}, '
                  r'"event": "SHUTDOWN", "data": \{"guest": false, '
                  r'"reason": "host-qmp-quit"\}\}')


def cpu_seconds(pid):
    """utime + stime of every thread of @pid, in seconds."""
    with open('/proc/%d/stat' % pid) as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def run_ns(pid):
    """Nanoseconds on a CPU, summed over the threads of @pid."""
    total = 0
    for tid in os.listdir('/proc/%d/task' % pid):
        try:
            with open('/proc/%d/task/%s/schedstat' % (pid, tid)) as f:
                total += int(f.read().split()[0])
        except OSError:
            pass                # a thread that just ended
    return total


class Case:
    """An instance with a negotiated QMP monitor on a Unix socket."""

    def __init__(self, name, target, args, cwd=None, stop_after=None):
        self.name = name
        self.stop_after = stop_after
        path = os.path.join(TMP, name + '.sock')
        self.inst = start(target, '-display', 'none', '-nodefaults',
                          *args, '-qmp', 'unix:%s,server=on,wait=off' % path,
                          cwd=cwd)
        self.qmp = QmpClient(path)
        check(self.qmp.line().startswith('{"QMP": '), name + ': greeting')
        check_eq(self.qmp.cmd('{"execute": "qmp_capabilities"}'),
                 '{"return": {}}', name + ': negotiation')

    def pause(self):
        """Stop a running guest (after it ran for stop_after s)."""
        if self.stop_after is None:
            return
        before = cpu_seconds(self.inst.pid)
        time.sleep(self.stop_after)
        # Other instances and other work share the CPUs: a little is proof.
        ran = cpu_seconds(self.inst.pid) - before
        check(ran >= 0.05, '%s: the guest used %.2f s of CPU in %d s'
              % (self.name, ran, self.stop_after))
        # As in QEMU, the event comes before the command's return.
        check_match(STOP_EVENT, self.qmp.cmd('{"execute": "stop"}'),
                    self.name + ': STOP event')
        check_eq(self.qmp.line(), '{"return": {}}', self.name + ': stop')

    def finish(self, cpu, ns, seconds):
        share = cpu / seconds
        print('%s: %.3f s of CPU in %.1f s (%.3f%%), %d us on a CPU'
              % (self.name, cpu, seconds, share * 100, ns // 1000))
        check(share < MAX_SHARE, '%s: idle for %.1f s used %.3f s of CPU'
              % (self.name, seconds, cpu))
        check_match(SHUTDOWN_EVENT, self.qmp.cmd('{"execute": "quit"}'),
                    self.name + ': SHUTDOWN event')
        check_eq(self.qmp.line(), '{"return": {}}', self.name + ': quit')
        self.qmp.close()
        rc, out, err = self.inst.wait()
        check_eq((rc, err), (0, ''), self.name + ': exit after quit')


def spin_bios():
    """A firmware image of one instruction: `j .` (jal x0, 0)."""
    path = os.path.join(TMP, 'spin.bin')
    with open(path, 'wb') as f:
        f.write(bytes([0x6f, 0, 0, 0]))
    return path


def cases():
    found = [Case('virt-S', 'riscv64', ['-M', 'virt', '-S']),
             Case('virt-spin-stopped', 'riscv64',
                  ['-M', 'virt', '-bios', spin_bios()], stop_after=1),
             Case('x86_64-S', 'x86_64', ['-accel', 'qtest', '-S'])]
    if os.path.exists(os.path.join(GUESTS, 'Image')):
        found.append(Case('virt-linux-stopped', 'riscv64',
                          ['-M', 'virt'] + LINUX, cwd=GUESTS, stop_after=2))
    else:
        print('SKIP the Linux guest: %s is absent' % GUESTS)
    return found


def test_idle():
    running = cases()
    for c in running:
        c.pause()
    before = [(cpu_seconds(c.inst.pid), run_ns(c.inst.pid)) for c in running]
    start_time = time.monotonic()
    time.sleep(IDLE_SECONDS)
    seconds = time.monotonic() - start_time
    after = [(cpu_seconds(c.inst.pid), run_ns(c.inst.pid)) for c in running]
    for c, (cpu0, ns0), (cpu1, ns1) in zip(running, before, after):
        c.finish(cpu1 - cpu0, ns1 - ns0, seconds)


test_idle()
finish()
