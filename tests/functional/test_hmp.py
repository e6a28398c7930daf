# SPDX-License-Identifier: GPL-2.0-or-later
"""The human monitor seen by its users: -monitor stdio driven through a
pseudo-terminal and through a pipe (the exact bytes QEMU 8.2 sends: the
banner, the "(qemu) " prompt, the echo with its cursor movements), a
monitor on a mux switched with Ctrl-A c, a monitor on a unix socket that
greets each client, and human-monitor-command plus the chardev QMP
commands (chardev-add/remove, ringbuf-read/write, query-chardev,
query-cpus-fast, query-kvm, query-iothreads) over a QMP socket.
"""
import base64
import fcntl
import json
import os
import pty
import resource
import select
import signal
import socket
import subprocess
import tempfile
import termios
import time

from qltest import (TARGETS, binary, check, check_eq, check_match, finish,
                    in_main_loop, start, wait_until, IDLE_ARGS)

BANNER = "QEMU 8.2.0 monitor - type 'help' for more information\r\n"
PROMPT = '(qemu) '


def echo(text):
    """The bytes the line editor sends while @text is typed in."""
    out = ''
    for i in range(1, len(text) + 1):
        out += '\x1b[D' * (i - 1) + text[:i] + '\x1b[K'
    return out


def typed(line, output=''):
    """A typed command line, Enter, its output and the next prompt."""
    return echo(line) + '\r\n' + output + PROMPT


def spawn(target, args, stdin, stdout, ctty=False):
    """With @ctty, stdin (a pty) becomes the controlling terminal of a
    new session, so that the terminal's Ctrl-C raises SIGINT."""
    def take_ctty():
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))    # no core files

    return subprocess.Popen([binary(target)] + list(IDLE_ARGS[target]) +
                            list(args), stdin=stdin, stdout=stdout,
                            stderr=subprocess.PIPE, start_new_session=ctty,
                            preexec_fn=take_ctty if ctty else None)


def onlcr(text):
    """@text as a terminal shows it: the stdio chardev keeps the output
    post-processing QEMU keeps (OPOST), so the pty adds '\r' before each
    '\n'."""
    return text.replace('\n', '\r\n')


class Tty:
    """A binary whose stdio is the slave side of a pty; read_until and
    its results are in the terminal's bytes (see onlcr)."""

    def __init__(self, target, args, ctty=False):
        self.master, slave = pty.openpty()
        self.proc = spawn(target, args, slave, slave, ctty)
        os.close(slave)
        self.buf = b''

    def read_until(self, text, timeout=5.0):
        want = onlcr(text).encode()
        deadline = time.monotonic() + timeout
        while want not in self.buf and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    self.buf += os.read(self.master, 65536)
                except OSError:
                    break
        got, sep, self.buf = self.buf.partition(want)
        return (got + sep).decode(errors='replace').replace('\r\r\n', '\r\n')

    def send(self, keys):
        os.write(self.master, keys.encode())

    def close(self):
        try:
            rc = self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = self.proc.wait()
        os.close(self.master)
        return rc


def test_tty_session(target):
    """A terminal user: banner, commands, arrows and history, quit."""
    t = Tty(target, ['-S', '-nodefaults', '-M', 'none', '-name', 'vm1',
                     '-monitor', 'stdio'])
    check_eq(t.read_until(PROMPT), BANNER + PROMPT, 'banner and prompt')
    t.send('info name\r')
    check_eq(t.read_until(PROMPT), typed('info name', 'vm1\r\n'),
             'info name')
    t.send('info status\r')
    check_eq(t.read_until(PROMPT),
             typed('info status', 'VM status: paused (prelaunch)\r\n'),
             'info status')
    # Up arrow twice brings back "info name"; Ctrl-A, Ctrl-E move.
    t.send('\x1b[A\x1b[A')
    check_eq(t.read_until('info name\x1b[K'),
             'info status\x1b[K' + '\x1b[D' * 11 + 'info name\x1b[K',
             'history with arrows')
    t.send('\x01')
    check_eq(t.read_until('\x1b[D' * 9), '\x1b[D' * 9, 'Ctrl-A')
    t.send('\x05\x7f\x7f\x7f\x7fhistory\r')
    check_eq(t.read_until(PROMPT)[-60:],
             ("\r\n0: 'info name'\r\n1: 'info status'\r\n"
              "2: 'info history'\r\n" + PROMPT)[-60:], 'info history')
    t.send('x/4x 0\r')
    check_eq(t.read_until(PROMPT),
             typed('x/4x 0', 'Can not dump without CPU\r\n'),
             'x without a CPU')
    t.send('quit\r')
    check_eq(t.read_until('\r\n'), echo('quit') + '\r\n', 'quit')
    check_eq(t.close(), 0, 'quit status')


def test_tty_completion(target):
    """Tab completes a unique command or info sub-command name and adds
    a space; several candidates extend the word to their common prefix
    and are listed in columns (name length + 2), before the prompt and
    the line again."""
    t = Tty(target, ['-S', '-nodefaults', '-M', 'none', '-monitor',
                     'stdio'])
    check_eq(t.read_until(PROMPT), BANNER + PROMPT, 'banner and prompt')
    t.send('sys\t')
    check_eq(t.read_until(PROMPT + 'system_\x1b[K'),
             echo('sys') + '\r\nsystem_powerdown  system_reset      \r\n' +
             PROMPT + 'system_\x1b[K', 'several commands')
    t.send('r\t\r')
    check_eq(t.read_until(PROMPT),
             '\x1b[D' * 7 + 'system_r\x1b[K' + '\x1b[D' * 8 +
             'system_reset \x1b[K\r\n' + PROMPT, 'one command')
    t.send('inf\tstat\t\r')
    check_eq(t.read_until(PROMPT),
             echo('inf') + '\x1b[D' * 3 + 'info \x1b[K' +
             ''.join('\x1b[D' * (5 + i) + 'info ' + 'stat'[:i + 1] +
                     '\x1b[K' for i in range(4)) +
             '\x1b[D' * 9 + 'info status \x1b[K\r\n'
             'VM status: paused (prelaunch)\r\n' + PROMPT,
             'info sub-command')
    t.send('quit\r')
    t.read_until('\r\n')
    check_eq(t.close(), 0, 'quit status')


def test_pipe_session(target):
    """Commands from a pipe: the same byte stream as on a terminal."""
    script = ('help stop\nstop 1\nfoo\nxp/4z 0\nxp/4x (1\nsystem_reset\n'
              'c\ninfo status\nstop\ninfo status\nq\n')
    p = spawn(target, ['-S', '-nodefaults', '-monitor', 'stdio'],
              subprocess.PIPE, subprocess.PIPE)
    out, err = p.communicate(script.encode(), timeout=10)
    want = BANNER + PROMPT
    for line, output in [
            ('help stop', 'stop|s  -- stop emulation\r\n'),
            ('stop 1', 'stop|s: extraneous characters at the end of line'
             '\r\nTry "help stop" for more information\r\n'),
            ('foo', "unknown command: 'foo'\r\n"),
            ('xp/4z 0', "invalid char in format: 'z'\r\n"
             'Try "help xp" for more information\r\n'),
            ('xp/4x (1', "')' expected\r\n"
             'Try "help xp" for more information\r\n'),
            ('system_reset', ''),
            ('c', ''),
            ('info status', 'VM status: running\r\n'),
            ('stop', ''),
            ('info status', 'VM status: paused\r\n')]:
        want += typed(line, output)
    want += echo('q') + '\r\n'
    check_eq(out.decode(errors='replace'), want, 'piped session')
    check_eq(p.returncode, 0, 'q exit status')


def test_mux_focus(target):
    """Two monitors on one mux: the one attached last has the keyboard;
    Ctrl-A c moves it; the human monitor prints a newline leaving and a
    prompt coming back."""
    t = Tty(target, ['-S', '-nodefaults', '-chardev',
                     'stdio,id=s,mux=on', '-mon', 'chardev=s,mode=control',
                     '-mon', 'chardev=s,mode=readline'])
    check(t.read_until('"capabilities": ["oob"]}}\r\n').startswith(
          '{"QMP"'), 'QMP greeting (oob on a mux, as QEMU)')
    check_eq(t.read_until(PROMPT), BANNER + PROMPT, 'banner on the mux')
    t.send('\x01c')
    check_eq(t.read_until('\r\n'), '\r\n', 'leaving the monitor')
    t.send('{"execute": "qmp_capabilities"}')
    check_eq(t.read_until('\r\n'), '{"return": {}}\r\n', 'QMP has the keys')
    t.send('\x01c')
    check_eq(t.read_until(PROMPT), PROMPT, 'prompt on return')
    t.send('info status\r')
    check_eq(t.read_until(PROMPT),
             typed('info status', 'VM status: paused (prelaunch)\r\n'),
             'monitor has the keys')
    t.send('\x01x')
    check_eq(t.read_until('QEMU: Terminated\n\r'),
             'QEMU: Terminated\r\n\r', 'Ctrl-A x')
    check_eq(t.close(), 0, 'Ctrl-A x status')


def test_mux_hidden_monitor(target):
    """A monitor that loses the focus during start-up stays quiet: its
    banner waits for Ctrl-A c (as with -nographic)."""
    t = Tty(target, ['-S', '-nodefaults', '-chardev',
                     'stdio,id=s,mux=on', '-mon', 'chardev=s,mode=readline',
                     '-mon', 'chardev=s,mode=control'])
    check(t.read_until('"capabilities": ["oob"]}}\r\n').startswith(
          '{"QMP"'), 'QMP greeting first')
    t.send('\x01c')
    check_eq(t.read_until(PROMPT), BANNER + PROMPT, 'banner on Ctrl-A c')
    t.send('\x01x')
    t.read_until('QEMU: Terminated\n\r')
    check_eq(t.close(), 0, 'Ctrl-A x status')


def test_mux_full_serial():
    """-nographic with the serial port and the monitor on one mux (the
    serial port has the focus first, as in QEMU): keys typed for a paused
    guest's UART fill it, and Ctrl-A c still reaches the mux, which holds
    the rest for the UART."""
    t = Tty('riscv64', ['-M', 'virt', '-S', '-nographic', '-chardev',
                        'stdio,mux=on,id=c', '-serial', 'chardev:c', '-mon',
                        'chardev=c'])
    # Nothing is printed first: wait until the terminal is in raw mode.
    check(wait_until(lambda: in_main_loop(t.proc.pid)), 'main loop')
    t.send('xyz')
    t.send('\x01c')
    check_eq(t.read_until(PROMPT), BANNER + PROMPT,
             'Ctrl-A c behind a full UART')
    t.send('info status\r')
    check_eq(t.read_until(PROMPT),
             typed('info status', 'VM status: paused (prelaunch)\r\n'),
             'the monitor has the keys')
    t.send('\x01c')
    check_eq(t.read_until('\r\n'), '\r\n', 'the monitor leaves')
    t.send('\x01c')
    check_eq(t.read_until(PROMPT), PROMPT, 'the prompt again')
    t.send('\x01x')
    t.read_until('QEMU: Terminated\n\r')
    check_eq(t.close(), 0, 'Ctrl-A x status')


def test_tty_restored_on_abort(target):
    """A crash or abort gives the terminal back as it was, then dies of
    its signal."""
    ref_master, ref_slave = pty.openpty()   # a new pty's settings
    before = termios.tcgetattr(ref_slave)
    os.close(ref_master)
    os.close(ref_slave)
    t = Tty(target, ['-S', '-nodefaults', '-M', 'none', '-serial',
                     'mon:stdio'], ctty=True)
    t.read_until(PROMPT)
    check(termios.tcgetattr(t.master) != before, 'raw mode')
    t.proc.send_signal(signal.SIGABRT)
    t.proc.wait(5)
    check_eq(termios.tcgetattr(t.master), before, 'terminal restored')
    check_eq(t.close(), -signal.SIGABRT, 'killed by SIGABRT')


def test_qmp_stdio_oob(target):
    """QEMU offers "oob" on a stdio QMP monitor, as on a socket."""
    p = spawn(target, ['-S', '-nodefaults', '-qmp', 'stdio'],
              subprocess.PIPE, subprocess.PIPE)
    out, err = p.communicate(b'{"execute": "qmp_capabilities"}\n'
                             b'{"execute": "quit"}\n', timeout=10)
    lines = out.decode().split('\r\n')
    check(lines[0].endswith('"capabilities": ["oob"]}}'),
          'stdio greeting %r' % lines[0])
    # As in QEMU, quit's reply follows the SHUTDOWN event.
    check_eq(lines[1], '{"return": {}}', 'qmp_capabilities reply')
    check(lines[2].startswith('{"timestamp": ') and
          lines[2].endswith('"event": "SHUTDOWN", "data": {"guest": false, '
                            '"reason": "host-qmp-quit"}}'),
          'SHUTDOWN event %r' % lines[2])
    check_eq(lines[3], '{"return": {}}', 'quit reply')
    check_eq(p.returncode, 0, 'quit over stdio')


def test_serial_mon(target):
    """-serial mon:stdio puts a human monitor on the serial port's mux.
    Machine none: a board's console (spike's HTIF) would take the focus
    first, as in QEMU, and the banner would wait for Ctrl-A c."""
    t = Tty(target, ['-S', '-nodefaults', '-M', 'none', '-serial',
                     'mon:stdio'], ctty=True)
    check_eq(t.read_until(PROMPT), BANNER + PROMPT, 'mon:stdio banner')
    t.send('info chardev\r')
    out = t.read_until(PROMPT)
    check('serial0: filename=mux\r\n' in out and
          'serial0-base: filename=stdio\r\n' in out,
          'serial0 and its base: %r' % out)
    # mon:stdio implies signal=off: Ctrl-C is a key, not SIGINT.
    t.send('\x03info name\r')
    check_eq(t.read_until(PROMPT), typed('info name'), 'Ctrl-C is a key')
    t.send('\x01x')
    t.read_until('QEMU: Terminated\n\r')
    check_eq(t.close(), 0, 'mon:stdio Ctrl-A x status')


def unix_connect(path):
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(5)
    ok = wait_until(lambda: os.path.exists(path))
    check(ok, path + ' exists')
    s.connect(path)
    return s


def recv_until(s, text):
    buf = b''
    while not buf.endswith(text.encode()):
        data = s.recv(65536)
        if not data:
            break
        buf += data
    return buf.decode(errors='replace')


def test_socket_monitor(target, tmp):
    """-monitor on a unix socket: each client gets the banner."""
    path = os.path.join(tmp, 'hmp-%s.sock' % target)
    with start(target, '-S', '-nodefaults', '-monitor',
               'unix:%s,server=on,wait=off' % path, idle=True) as inst:
        if not inst.wait_ready():
            return
        for _ in range(2):
            s = unix_connect(path)
            check_eq(recv_until(s, PROMPT), BANNER + PROMPT,
                     'banner per client')
            s.sendall(b'info chardev\r')
            check_eq(recv_until(s, PROMPT),
                     typed('info chardev', 'compat_monitor0: filename=unix:'
                           '%s,server=on\r\n' % path), 'info chardev')
            s.close()
        s = unix_connect(path)
        recv_until(s, PROMPT)
        s.sendall(b'quit\r')
        rc, out, err = inst.wait()
        s.close()
        check_eq((rc, out), (0, ''), 'quit over a socket')


class Qmp:
    def __init__(self, path):
        self.sock = unix_connect(path)
        self.buf = b''
        self.line()
        check_eq(self.cmd('qmp_capabilities'), {'return': {}}, 'caps')

    def line(self):
        while b'\r\n' not in self.buf:
            data = self.sock.recv(65536)
            if not data:
                break
            self.buf += data
        msg, _, self.buf = self.buf.partition(b'\r\n')
        return msg.decode()

    def cmd(self, name, **args):
        req = {'execute': name}
        if args:
            req['arguments'] = args
        self.sock.sendall(json.dumps(req).encode())
        while True:
            rsp = json.loads(self.line())
            if 'event' not in rsp:
                return rsp


def err(desc):
    return {'error': {'class': 'GenericError', 'desc': desc}}


def test_hmp_over_qmp(target, q):
    check_eq(q.cmd('human-monitor-command', **{'command-line':
                                               'info status'}),
             {'return': 'VM status: paused (prelaunch)\r\n'},
             'human-monitor-command')
    check_eq(q.cmd('human-monitor-command', **{'command-line': 'stop 1'}),
             {'return': 'stop|s: extraneous characters at the end of line'
                        '\r\nTry "help stop" for more information\r\n'},
             'human-monitor-command error text')
    check_eq(q.cmd('human-monitor-command', **{'command-line': ''}),
             {'return': ''}, 'empty command line')
    check_eq(q.cmd('human-monitor-command'),
             err("Parameter 'command-line' is missing"), 'missing arg')
    check_eq(q.cmd('human-monitor-command', **{'command-line': 'info cpus',
                                               'cpu-index': 9}),
             err("Parameter 'cpu-index' expects a CPU number"), 'cpu-index')
    check_eq(q.cmd('query-cpus-fast'), {'return': []}, 'query-cpus-fast')
    check_eq(q.cmd('query-iothreads'), {'return': []}, 'query-iothreads')
    check_eq(q.cmd('query-kvm'),
             {'return': {'enabled': False, 'present': target == 'x86_64'}},
             'query-kvm')
    check_eq(q.cmd('human-monitor-command', **{'command-line': 'info kvm'}),
             {'return': 'kvm support: %s\r\n' %
              ('disabled' if target == 'x86_64' else 'not compiled')},
             'info kvm')


def add(q, cid, kind, **data):
    return q.cmd('chardev-add', id=cid, backend={'type': kind, 'data': data})


def test_chardev_cmds(target, q, tmp):
    check_eq(add(q, 'r1', 'ringbuf', size=8), {'return': {}}, 'add ringbuf')
    check_eq(add(q, 'r2', 'ringbuf', size=7),
             err("Failed to add chardev 'r2': size of ringbuf chardev must "
                 "be power of two"), 'ringbuf size')
    check_eq(add(q, 'r1', 'null'), err("Chardev with id 'r1' already "
                                       "exists"), 'duplicate id')
    check_eq(q.cmd('chardev-add', id='n', backend={'type': 'null'}),
             err("Parameter 'backend.data' is missing"), 'no data')
    check_eq(add(q, 'n', 'bogus'),
             err("Parameter 'type' does not accept value 'bogus'"), 'type')
    check_eq(add(q, 'n', 'null', bogus=1),
             err("Parameter 'backend.data.bogus' is unexpected"), 'member')
    check_eq(add(q, 'f', 'file'),
             err("Parameter 'backend.data.out' is missing"), 'file out')
    check_eq(add(q, 'f', 'file', out='/nonexistent/x'),
             err("Failed to add chardev 'f': Could not open "
                 "'/nonexistent/x': No such file or directory"), 'bad path')
    check_eq(add(q, 'n', 'null'), {'return': {}}, 'add null')
    check_eq(add(q, 'f', 'file', out=os.path.join(tmp, 'f.out')),
             {'return': {}}, 'add file')
    spath = os.path.join(tmp, 'cs-%s.sock' % target)
    check_eq(add(q, 's', 'socket', addr={'type': 'unix',
                                         'data': {'path': spath}}),
             {'return': {}}, 'add socket (a server by default)')
    check_eq(add(q, 'c', 'socket', server=False,
                 addr={'type': 'unix', 'data': {'path': spath + '.none'}}),
             err("Failed to add chardev 'c': Failed to connect to '%s': "
                 "No such file or directory" % (spath + '.none')),
             'socket client failure')
    chardevs = q.cmd('query-chardev')['return']
    by_label = {c['label']: c for c in chardevs}
    check_eq(by_label.get('s'), {'label': 's', 'frontend-open': False,
                                 'filename': 'disconnected:unix:%s,'
                                 'server=on' % spath}, 'query-chardev s')
    check_eq(by_label.get('r1', {}).get('filename'), 'ringbuf', 'ringbuf')
    check_eq(by_label.get('f', {}).get('filename'), 'file', 'file')
    check_eq(by_label.get('n', {}).get('filename'), 'null', 'null')
    check(by_label.get('mon', {}).get('frontend-open') is True,
          'the QMP chardev is open')
    # ringbuf-write/read: a ring keeps the newest bytes.
    check_eq(q.cmd('ringbuf-write', device='r1', data='hello world'),
             {'return': {}}, 'ringbuf-write')
    check_eq(q.cmd('ringbuf-read', device='r1', size=100),
             {'return': 'lo world'}, 'ringbuf-read keeps the newest bytes')
    check_eq(q.cmd('ringbuf-write', device='r1', format='base64',
                   data=base64.b64encode(b'hello').decode()),
             {'return': {}}, 'base64 write')
    check_eq(q.cmd('ringbuf-read', device='r1', size=3, format='base64'),
             {'return': base64.b64encode(b'hel').decode()}, 'base64 read')
    check_eq(q.cmd('ringbuf-read', device='r1', size=10),
             {'return': 'lo'}, 'rest')
    check_eq(q.cmd('ringbuf-read', device='r1', size=10),
             {'return': ''}, 'empty')
    check_eq(q.cmd('ringbuf-write', device='r1', data='\u00e9'),
             {'return': {}}, 'utf8 write')
    check_eq(q.cmd('ringbuf-read', device='r1', size=10),
             {'return': '\u00e9'}, 'utf8 read')
    for args, desc in [
            ({'device': 'r1', 'size': 0}, 'size must be greater than zero'),
            ({'device': 'nope', 'size': 1}, "Device 'nope' not found"),
            ({'device': 'n', 'size': 1}, 'n is not a ringbuf device'),
            ({'device': 'r1', 'size': 1, 'format': 'hex'},
             "Parameter 'format' does not accept value 'hex'")]:
        check_eq(q.cmd('ringbuf-read', **args), err(desc), desc)
    check_eq(q.cmd('ringbuf-read', device='r1', size='5'),
             err("Invalid parameter type for 'size', expected: integer"),
             'size type')
    check_eq(q.cmd('ringbuf-write', device='r1', data='!!!!',
                   format='base64'),
             err('Base64 data contains invalid characters'), 'bad base64')
    check_eq(q.cmd('ringbuf-write', device='r1', data='aGk',
                   format='base64'),
             err('Base64 data length 3 is not a multiple of 4'),
             'base64 length')
    # chardev-remove
    check_eq(q.cmd('chardev-remove', id='r1'), {'return': {}}, 'remove')
    check_eq(q.cmd('chardev-remove', id='r1'),
             err("Chardev 'r1' not found"), 'remove twice')
    check_eq(q.cmd('chardev-remove', id='mon'),
             err("Chardev 'mon' is busy"), 'remove a busy chardev')
    check_eq(add(q, 'r1', 'memory'), {'return': {}}, 'the id is free again')
    check_eq(q.cmd('chardev-remove', id='s'), {'return': {}}, 'remove sock')


def test_qmp_side(target, tmp):
    path = os.path.join(tmp, 'q-%s.sock' % target)
    # Machine none: no CPU for query-cpus-fast to list.
    with start(target, '-S', '-nodefaults', '-M', 'none', '-chardev',
               'socket,id=mon,path=%s,server=on,wait=off' % path,
               '-mon', 'chardev=mon,mode=control', idle=True) as inst:
        if not inst.wait_ready():
            return
        q = Qmp(path)
        test_hmp_over_qmp(target, q)
        test_chardev_cmds(target, q, tmp)
        q.cmd('quit')
        rc, out, err_text = inst.wait()
        check_eq((rc, out), (0, ''), 'quit')


def test_preconfig_rules(target, tmp):
    """Which of these commands QEMU allows before the machine exists."""
    path = os.path.join(tmp, 'pre-%s.sock' % target)
    with start(target, '-preconfig', '-nodefaults', '-qmp',
               'unix:%s,server=on,wait=off' % path, idle=True) as inst:
        if not inst.wait_ready():
            return
        q = Qmp(path)
        check_eq(q.cmd('query-iothreads'), {'return': []}, 'iothreads')
        check_eq(len(q.cmd('query-chardev')['return']), 1, 'query-chardev')
        for name, args in [
                ('chardev-add', {'id': 'r', 'backend': {'type': 'null',
                                                        'data': {}}}),
                ('chardev-remove', {'id': 'r'}),
                ('ringbuf-read', {'device': 'r', 'size': 1}),
                ('query-cpus-fast', {}), ('query-kvm', {}),
                ('human-monitor-command', {'command-line': 'info status'})]:
            check_eq(q.cmd(name, **args),
                     err("The command '%s' is permitted only after machine "
                         "initialization has completed" % name), name)
        q.cmd('quit')
        inst.wait()


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for target in TARGETS:
            test_tty_session(target)
            test_tty_completion(target)
            test_pipe_session(target)
            test_mux_focus(target)
            test_mux_hidden_monitor(target)
            test_serial_mon(target)
            test_tty_restored_on_abort(target)
            test_qmp_stdio_oob(target)
            test_socket_monitor(target, tmp)
            test_qmp_side(target, tmp)
            test_preconfig_rules(target, tmp)
        test_mux_full_serial()
    finish()


main()
