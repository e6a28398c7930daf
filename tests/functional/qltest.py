# SPDX-License-Identifier: GPL-2.0-or-later
"""Helpers for behaviour tests: run a qlite binary, check what it printed.

Each test script calls check(...) for every expectation; failures are
collected and the script exits 1 at the end (see finish()), so one run
shows every broken expectation rather than the first.

Long-running instances: start() runs a binary in the background with its
output going to files, Instance.wait_ready() polls until it sits in its
main loop, Instance.stop() sends a signal and collects status and output.
The test process makes itself a child subreaper, so daemons started with
-daemonize become its children: wait_daemon_exit() reaps them with their
exit status, and finish() kills whatever is still running.
"""
import atexit
import ctypes
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

BINARIES = {
    'riscv64': os.environ.get('QLITE_RISCV64'),
    'x86_64': os.environ.get('QLITE_X86_64'),
}
TARGETS = ('riscv64', 'x86_64')
SKIP = 77
_failures = []
_instances = []
_daemons = set()
_subreaper = False

PR_SET_CHILD_SUBREAPER = 36

# What an instance needs to start on any host (idle=True below): x86_64
# has no TCG, and without a usable /dev/kvm only qtest runs.
IDLE_ARGS = {'riscv64': (), 'x86_64': ('-accel', 'qtest')}

# QEMU's -msg timestamp=on prefix: UTC ISO-8601 with microseconds.
TIMESTAMP_RE = r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z '


def binary(target):
    path = BINARIES[target]
    if not path:
        sys.exit('QLITE_%s is not set (run through meson test)' %
                 target.upper())
    return path


def prog(target):
    """The program name the binary prefixes its messages with."""
    return 'qlite-system-' + target


def run(target, *args, timeout=30, idle=False, **kw):
    """Run the target's binary with args (after IDLE_ARGS if idle); return
    (status, stdout, stderr)."""
    kw.setdefault('stdin', subprocess.DEVNULL)
    args = (IDLE_ARGS[target] if idle else ()) + args
    p = subprocess.run([binary(target)] + list(args), capture_output=True,
                       text=True, timeout=timeout, **kw)
    return p.returncode, p.stdout, p.stderr


def check(cond, what):
    if not cond:
        _failures.append(what)
        print('FAIL:', what, file=sys.stderr)
    return cond


def check_eq(got, want, what):
    return check(got == want, '%s: got %r, want %r' % (what, got, want))


def check_match(pattern, text, what):
    """Check that the regular expression matches the whole of text."""
    return check(re.fullmatch(pattern, text, re.S) is not None,
                 '%s: %r does not match %r' % (what, text, pattern))


def wait_until(cond, timeout=5.0):
    """Poll cond() until it returns a true value or timeout seconds pass;
    return its last value."""
    deadline = time.monotonic() + timeout
    delay = 0.002
    while True:
        value = cond()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def read_proc(pid, name):
    """/proc/PID/NAME as text, or None once the process is gone."""
    try:
        with open('/proc/%d/%s' % (pid, name), 'rb') as f:
            return f.read().decode(errors='replace')
    except OSError:
        return None


def proc_status(pid):
    """/proc/PID/status as a dict of strings ({} once it is gone)."""
    text = read_proc(pid, 'status') or ''
    fields = (line.split(':', 1) for line in text.splitlines())
    return {k: v.strip() for k, v in fields}


def pid_running(pid):
    state = proc_status(pid).get('State', 'Z')
    return not state.startswith(('Z', 'X'))


def in_main_loop(pid):
    """True once pid waits in its main loop: asleep in poll() with the
    stop signals blocked (they are read from a signalfd)."""
    status = proc_status(pid)
    if not status.get('State', '').startswith('S'):
        return False
    if not int(status.get('SigBlk', '0'), 16) & (1 << (signal.SIGTERM - 1)):
        return False
    wchan = read_proc(pid, 'wchan')
    if wchan and wchan != '0':
        return 'poll' in wchan
    syscall = (read_proc(pid, 'syscall') or '').split()
    return not syscall or syscall[0] in ('7', '271', '73')


def self_name():
    """What a signalled binary names us: the first word of our cmdline."""
    return read_proc(os.getpid(), 'cmdline').split('\0')[0]


def terminated(target, sig=signal.SIGTERM):
    """The line a binary prints when this process stops it with sig."""
    return '%s: terminating on signal %d from pid %d (%s)\n' % (
        prog(target), sig, os.getpid(), self_name())


def not_acted_on(target, opt):
    """The warning for an option accepted but not used yet."""
    return ('%s: %s: warning: accepted but not acted on: qlite does not '
            'support this option yet\n' % (prog(target), opt))


class Instance:
    """A binary running in the background, output captured to files."""

    def __init__(self, target, args, **kw):
        self.target = target
        self.args = list(args)
        self._out = tempfile.TemporaryFile()
        self._err = tempfile.TemporaryFile()
        kw.setdefault('stdin', subprocess.DEVNULL)
        self.proc = subprocess.Popen([binary(target)] + self.args,
                                     stdout=self._out, stderr=self._err,
                                     **kw)
        self.pid = self.proc.pid
        _instances.append(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.kill()

    def _read(self, f):
        # pread: the file offset is shared with the running binary, and
        # moving it would make its next write land over earlier output.
        size = os.fstat(f.fileno()).st_size
        return os.pread(f.fileno(), size, 0).decode(errors='replace')

    def stdout(self):
        return self._read(self._out)

    def stderr(self):
        return self._read(self._err)

    def running(self):
        return self.proc.poll() is None

    def wait_ready(self, timeout=5.0):
        """Wait until the instance sits in its main loop (or has exited);
        return True if it is in its main loop."""
        ready = wait_until(lambda: not self.running() or
                           in_main_loop(self.pid), timeout)
        return check(ready and self.running(),
                     '%s %s: not running in its main loop; stderr %r' %
                     (prog(self.target), ' '.join(self.args),
                      self.stderr()))

    def wait(self, timeout=5.0):
        """Wait for the exit; return (status, stdout, stderr)."""
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            check(False, '%s %s: still running after %gs' %
                  (prog(self.target), ' '.join(self.args), timeout))
            self.kill()
        return self.proc.returncode, self.stdout(), self.stderr()

    def stop(self, sig=signal.SIGTERM, timeout=5.0, must_run=True):
        """Once ready, send sig and wait; return (status, stdout, stderr).
        Unless must_run, exiting before the main loop is no failure."""
        if must_run:
            self.wait_ready()
        else:
            wait_until(lambda: not self.running() or in_main_loop(self.pid))
        if self.running():
            self.proc.send_signal(sig)
        return self.wait(timeout)

    def kill(self):
        if self.running():
            self.proc.kill()
            self.proc.wait()


def qmp_stdio(target, args, commands, binary_path=None):
    """Run the binary with -display none -nodefaults -S -qmp stdio and
    args; send qmp_capabilities, the JSON texts in commands, and quit.
    Return (status, the replies to commands as objects, stderr)."""
    lines = ['{"execute": "qmp_capabilities"}'] + commands + \
            ['{"execute": "quit"}']
    argv = [binary_path or binary(target), '-display', 'none', '-nodefaults',
            '-S', '-qmp', 'stdio'] + list(args)
    p = subprocess.run(argv, input='\n'.join(lines) + '\n',
                       capture_output=True, text=True, timeout=30)
    replies = [json.loads(line) for line in p.stdout.splitlines()
               if line.startswith('{"return"') or
               line.startswith('{"error"')]
    return p.returncode, replies[1:1 + len(commands)], p.stderr


def start(target, *args, idle=False, **kw):
    """Start the target's binary in the background (after IDLE_ARGS if
    idle); return an Instance."""
    return Instance(target, (IDLE_ARGS[target] if idle else ()) + args, **kw)


def run_and_stop(target, *args, sig=signal.SIGTERM, must_run=True, **kw):
    """Start the binary (see start()), stop it with sig once it waits in
    its main loop; return (status, stdout, stderr).  With must_run=False,
    the binary may also exit by itself."""
    with start(target, *args, **kw) as inst:
        return inst.stop(sig, must_run=must_run)


def what(target, args):
    """How a test names a run: the program and its arguments."""
    return '%s %s' % (prog(target), ' '.join(args))


def expect_error(target, args, message, **kw):
    """Status 1, nothing on stdout, "PROG: message" on stderr."""
    rc, out, err = run(target, *args, **kw)
    check_eq((rc, out, err), (1, '', '%s: %s\n' % (prog(target), message)),
             what(target, args))


def expect_running(target, args, stderr='', **kw):
    """The binary (with IDLE_ARGS) reaches its main loop having printed
    stderr, and exits 0 on SIGTERM, printing the signal line."""
    rc, out, err = run_and_stop(target, *args, idle=True, **kw)
    check_eq((rc, out, err), (0, '', stderr + terminated(target)),
             what(target, args))


def running_proc(target, args, name, **kw):
    """/proc/PID/name of an instance started with args (and IDLE_ARGS)
    once it waits in its main loop; it must then stop cleanly."""
    with start(target, *args, idle=True, **kw) as inst:
        value = read_proc(inst.pid, name) if inst.wait_ready() else None
        rc, out, err = inst.stop()
    check_eq((rc, out, err), (0, '', terminated(target)),
             what(target, args) + ' stops on SIGTERM')
    return value


def become_subreaper():
    """Orphans (daemons) of our children become our children; returns
    whether they do."""
    global _subreaper
    if not _subreaper:
        libc = ctypes.CDLL(None, use_errno=True)
        _subreaper = libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    return _subreaper


def orphans():
    """Pids of running processes reparented to us (see become_subreaper),
    other than those started by start()."""
    ours = {i.pid for i in _instances}
    found = []
    for entry in os.listdir('/proc'):
        if not entry.isdigit() or int(entry) in ours:
            continue
        status = proc_status(int(entry))
        if (status.get('PPid') == str(os.getpid()) and
                not status.get('State', 'Z').startswith(('Z', 'X'))):
            found.append(int(entry))
    return found


def reap_orphans():
    """Reap exited processes that were reparented to us; running ones and
    those of a Popen are left alone."""
    ours = {i.pid for i in _instances}
    for entry in os.listdir('/proc'):
        if not entry.isdigit() or int(entry) in ours:
            continue
        status = proc_status(int(entry))
        if (status.get('PPid') == str(os.getpid()) and
                status.get('State', '').startswith('Z')):
            try:
                os.waitpid(int(entry), os.WNOHANG)
            except ChildProcessError:
                pass


def track_daemon(pid):
    """Remember a daemon so that cleanup() can stop it."""
    _daemons.add(pid)


def wait_daemon_exit(pid, timeout=5.0):
    """Wait for a daemon (our child, see become_subreaper) to exit and reap
    it; return its exit status, or None if it is still running."""
    deadline = time.monotonic() + timeout
    delay = 0.002
    while True:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            # Not our child: no status to collect (-1), only the exit.
            gone = wait_until(lambda: not pid_running(pid),
                              deadline - time.monotonic())
            if gone:
                _daemons.discard(pid)
            return -1 if gone else None
        if done:
            _daemons.discard(pid)
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() >= deadline:
            return None
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def read_pidfile(path, timeout=5.0):
    """The pid in path once it holds a whole line, or None."""
    def pid():
        try:
            with open(path) as f:
                text = f.read()
        except OSError:
            return None
        return int(text) if text.endswith('\n') else None
    return wait_until(pid, timeout)


def start_daemon(target, pidfile, *args, idle=False, **kw):
    """Run the binary with -daemonize -pidfile pidfile (IDLE_ARGS if idle)
    and args; return (status, stdout, stderr, daemon pid or None).  The
    daemon is stopped by cleanup() if the test does not stop it."""
    become_subreaper()
    rc, out, err = run(target, '-daemonize', '-pidfile', pidfile, *args,
                       idle=idle, **kw)
    path = os.path.join(kw.get('cwd') or '', pidfile)
    pid = read_pidfile(path, 0) if rc == 0 else None
    if pid:
        track_daemon(pid)
        if _subreaper:
            # The daemon's parent may still be exiting (slowly under
            # sanitizers): wait until the daemon is ours.
            wait_until(lambda: proc_status(pid).get('PPid') in
                       (str(os.getpid()), None))
    return rc, out, err, pid


def stop_daemon(pid, sig=signal.SIGTERM, timeout=5.0):
    """Send sig to a daemon and return its exit status (None: still
    running after timeout)."""
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass
    return wait_daemon_exit(pid, timeout)


def cleanup():
    for inst in _instances:
        inst.kill()
    for pid in list(_daemons):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        wait_daemon_exit(pid, 1.0)
    reap_orphans()


atexit.register(cleanup)


def finish():
    cleanup()
    if _failures:
        print('%d expectation(s) failed' % len(_failures), file=sys.stderr)
        sys.exit(1)
    sys.exit(0)


class QmpClient:
    """A QMP client on a Unix socket, retrying the connection for 5 s."""

    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX)
        self.sock.settimeout(5)
        deadline = time.time() + 5
        while True:
            try:
                self.sock.connect(path)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.02)
        self.buf = b''

    def line(self, end=b'\r\n'):
        """The next message: one line, or up to @end for pretty output."""
        while end not in self.buf:
            data = self.sock.recv(65536)
            if not data:
                break
            self.buf += data
        msg, _, self.buf = self.buf.partition(end)
        return msg.decode()

    def cmd(self, text):
        self.sock.sendall(text.encode())
        return self.line()

    def close(self):
        self.sock.close()
