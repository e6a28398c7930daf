# SPDX-License-Identifier: GPL-2.0-or-later
"""-chardev is acted on: back ends are created before the machine, with
QEMU 8.2's messages for bad configurations; a file chardev creates its
file, a Unix or TCP server socket accepts a client, a pty prints the name
of its slave, and wait=on holds start-up until a client connects.
"""
import os
import re
import socket
import tempfile
import time

from qltest import (TARGETS, prog, run, start, check, check_eq, check_match,
                    expect_error, finish, terminated, wait_until)

TMP = tempfile.mkdtemp(prefix='qlite-chardev-')


def errors(target):
    expect_error(target, ['-chardev', 'foo,id=x'],
                 "-chardev foo,id=x: 'foo' is not a valid char driver name")
    expect_error(target, ['-chardev', 'null'],
                 '-chardev null: chardev: no id specified')
    expect_error(target, ['-chardev', 'null,id=x', '-chardev', 'null,id=x'],
                 "-chardev null,id=x: Duplicate ID 'x' for chardev")
    expect_error(target, ['-chardev', 'file,id=f'],
                 '-chardev file,id=f: chardev: file: no filename given')
    expect_error(target, ['-chardev', 'file,id=f,path=/nonexistent/x'],
                 "-chardev file,id=f,path=/nonexistent/x: Could not open "
                 "'/nonexistent/x': No such file or directory")
    expect_error(target, ['-chardev', 'ringbuf,id=r,size=3'],
                 '-chardev ringbuf,id=r,size=3: size of ringbuf chardev '
                 'must be power of two')
    expect_error(target, ['-chardev', 'socket,id=s,path=/nonexistent/s,'
                          'server=on,wait=off'],
                 '-chardev socket,id=s,path=/nonexistent/s,server=on,'
                 'wait=off: Failed to bind socket to /nonexistent/s: No '
                 'such file or directory')
    expect_error(target, ['-chardev', 'socket,id=s,path=/nonexistent/s'],
                 "-chardev socket,id=s,path=/nonexistent/s: Failed to "
                 "connect to '/nonexistent/s': No such file or directory")
    expect_error(target, ['-chardev', 'stdio,id=a', '-chardev',
                          'stdio,id=b'],
                 '-chardev stdio,id=b: cannot use stdio by multiple '
                 'character devices')
    serial_errors(target)
    expect_error(target, ['-chardev', 'socket,id=s,fd=xx'],
                 '-chardev socket,id=s,fd=xx: Unable to parse FD number xx')
    expect_error(target, ['-chardev', 'socket,id=s,fd=99'],
                 "-chardev socket,id=s,fd=99: File descriptor '99' is not "
                 "a socket")
    expect_error(target, ['-chardev', 'socket,id=s,fd=0,path=/x'],
                 "-chardev socket,id=s,fd=0,path=/x: None or one of 'path', "
                 "'fd' or 'host' option required.")
    busy = socket.socket()
    busy.bind(('127.0.0.1', 0))
    busy.listen()
    spec = 'socket,id=s,host=127.0.0.1,port=%d,server=on,wait=off' % (
        busy.getsockname()[1])
    expect_error(target, ['-chardev', spec],
                 '-chardev %s: Failed to find an available port: Address '
                 'already in use' % spec)
    busy.close()


def serial_errors(target):
    """-serial: the back end's own error, then QEMU's serial message."""
    failed = 'could not connect serial device to character backend'
    expect_error(target, ['-serial', 'foo'],
                 "-serial foo: 'foo' is not a valid char driver\n%s: "
                 "-serial foo: %s 'foo'" % (prog(target), failed))
    expect_error(target, ['-serial', 'file:/nonexistent/x'],
                 "-serial file:/nonexistent/x: Could not open "
                 "'/nonexistent/x': No such file or directory\n%s: "
                 "-serial file:/nonexistent/x: %s 'file:/nonexistent/x'"
                 % (prog(target), failed))
    expect_error(target, ['-serial', 'null', '-serial', 'chardev:nope'],
                 "-serial chardev:nope: %s 'chardev:nope'" % failed)
    # Options after the address: their own error first, as in QEMU.
    spec = 'unix:%s/s.sock,server=on,wait=maybe' % TMP
    expect_error(target, ['-serial', spec],
                 "-serial %s: Parameter 'wait' expects 'on' or 'off'\n"
                 "%s: -serial %s: %s '%s'"
                 % (spec, prog(target), spec, failed, spec))
    spec = 'tcp:localhost:4444,server=on,wait=off,bogus=1'
    expect_error(target, ['-qmp', spec],
                 "-qmp %s: Invalid parameter 'bogus'\n%s: -qmp %s: parse "
                 "error: %s" % (spec, prog(target), spec, spec))
    # In a unix: path, ",," is a comma.
    spec = 'unix:%s/a,,server=on' % TMP
    expect_error(target, ['-serial', spec],
                 "-serial %s: Failed to connect to '%s/a,server=on': No such "
                 "file or directory\n%s: -serial %s: %s '%s'"
                 % (spec, TMP, prog(target), spec, failed, spec))


def serial_file(target):
    """-serial file: creates the file; -serial chardev:ID shares one."""
    path = os.path.join(TMP, target + '.serial')
    with start(target, '-nodefaults', '-serial', 'file:' + path,
               '-chardev', 'null,id=c', '-serial', 'chardev:c',
               idle=True) as inst:
        if inst.wait_ready():
            check(os.path.exists(path), path + ' created by -serial')
        rc, out, err = inst.stop()
    check_eq((rc, out, err), (0, '', terminated(target)), '-serial file:')


def file_created(target):
    path = os.path.join(TMP, target + '.out')
    with start(target, '-nodefaults', '-chardev', 'file,id=f,path=' + path,
               idle=True) as inst:
        if inst.wait_ready():
            check(os.path.exists(path), path + ' created')
        rc, out, err = inst.stop()
    check_eq((rc, out, err), (0, '', terminated(target)), 'file chardev')


def unix_server(target):
    path = os.path.join(TMP, target + '.sock')
    with start(target, '-nodefaults', '-chardev', 'socket,id=s,path=%s,server=on,wait=off'
               % path, idle=True) as inst:
        if inst.wait_ready():
            client = socket.socket(socket.AF_UNIX)
            client.settimeout(5)
            client.connect(path)
            client.sendall(b'hello')
            client.close()
            # The server takes a second client after the first left.
            client = socket.socket(socket.AF_UNIX)
            client.connect(path)
            client.close()
        rc, out, err = inst.stop()
    check_eq((rc, out, err), (0, '', terminated(target)), 'unix server')


def tcp_server(target):
    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
    probe.close()
    with start(target, '-nodefaults', '-chardev', 'socket,id=s,host=127.0.0.1,port=%d,'
               'server=on,wait=off' % port, idle=True) as inst:
        if inst.wait_ready():
            client = socket.create_connection(('127.0.0.1', port), 5)
            client.close()
        rc, out, err = inst.stop()
    check_eq((rc, out, err), (0, '', terminated(target)), 'tcp server')


def wait_for_client(target):
    path = os.path.join(TMP, target + '-wait.sock')
    spec = 'socket,id=s,path=%s,server=on' % path
    line = ('%s: -chardev %s: info: QEMU waiting for connection on: '
            'disconnected:unix:%s,server=on\n' % (prog(target), spec, path))
    with start(target, '-nodefaults', '-chardev', spec, idle=True) as inst:
        check(wait_until(lambda: inst.stderr() == line), 'waiting line')
        client = socket.socket(socket.AF_UNIX)
        client.connect(path)
        rc, out, err = inst.stop()
        client.close()
    check_eq((rc, out, err), (0, '', line + terminated(target)),
             'wait=on server')


def qmp_exchange(sock):
    """The greeting, then negotiation and query-chardev's reply."""
    sock.settimeout(5)
    f = sock.makefile('rb')
    greeting = f.readline()
    sock.sendall(b'{"execute":"qmp_capabilities"}\n'
                 b'{"execute":"query-chardev"}\n')
    f.readline()
    reply = f.readline()
    f.close()
    return greeting, reply


def inherited_fd(target):
    """fd=N: a connected socket, or a listening one with server=on."""
    ours, theirs = socket.socketpair()
    with start(target, '-nodefaults', '-chardev',
               'socket,id=q,fd=%d' % theirs.fileno(), '-mon',
               'chardev=q,mode=control', idle=True,
               pass_fds=[theirs.fileno()]) as inst:
        theirs.close()
        greeting, reply = qmp_exchange(ours)
        check(greeting.startswith(b'{"QMP"'), 'fd=N greeting %r' % greeting)
        check_eq(reply, b'{"return": [{"frontend-open": true, "filename": '
                 b'"unix:", "label": "q"}]}\r\n', 'fd=N query-chardev')
        rc, out, err = inst.stop()
    ours.close()
    check_eq((rc, out, err), (0, '', terminated(target)), 'fd=N exit')
    path = os.path.join(TMP, target + '-fd.sock')
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(path)
    listener.listen()
    with start(target, '-nodefaults', '-chardev',
               'socket,id=q,fd=%d,server=on,wait=off' % listener.fileno(),
               '-mon', 'chardev=q,mode=control', idle=True,
               pass_fds=[listener.fileno()]) as inst:
        listener.close()
        client = socket.socket(socket.AF_UNIX)
        client.connect(path)
        greeting, reply = qmp_exchange(client)
        check_eq(reply, b'{"return": [{"frontend-open": true, "filename": '
                 b'"unix:%s,server=on", "label": "q"}]}\r\n'
                 % path.encode(), 'fd=N,server=on query-chardev')
        client.close()
        rc, out, err = inst.stop()
    check_eq((rc, out, err), (0, '', terminated(target)),
             'fd=N,server=on exit')


def reconnect_quiet(target):
    """A reconnecting client reports its first failure only, from the
    main loop (no option in front), and keeps trying quietly."""
    path = os.path.join(TMP, target + '-absent.sock')
    with start(target, '-nodefaults', '-chardev',
               'socket,id=s,path=%s,reconnect=1' % path, idle=True) as inst:
        inst.wait_ready()
        time.sleep(2.2)         # two more tries
        rc, out, err = inst.stop()
    check_eq((rc, out, err),
             (0, '', "%s: Unable to connect character device s: Failed to "
              "connect to '%s': No such file or directory\n%s"
              % (prog(target), path, terminated(target))), 'reconnect=1')


def pty(target):
    with start(target, '-nodefaults', '-chardev', 'pty,id=p', idle=True) as inst:
        inst.wait_ready()
        rc, out, err = inst.stop()
    check_match(r'char device redirected to /dev/pts/\d+ \(label p\)\n' +
                re.escape(terminated(target)) + '$', err, 'pty line')
    check_eq((rc, out), (0, ''), 'pty status')


MUX_HELP = ('\n\rC-a h    print this help\n\r'
            'C-a x    exit emulator\n\r'
            'C-a s    save disk data back to file (if -snapshot)\n\r'
            'C-a t    toggle console timestamps\n\r'
            'C-a b    send break (magic sysrq)\n\r'
            'C-a c    switch between console and monitor\n\r'
            'C-a C-a  sends C-a\n\r')


def mux_escapes(target):
    """Ctrl-A h prints the help, Ctrl-A x quits with status 0."""
    keys = os.path.join(TMP, target + '.keys')
    with open(keys, 'wb') as f:
        f.write(b'\x01h\x01x')
    with open(keys, 'rb') as stdin:
        rc, out, err = run(target, '-nodefaults', '-chardev',
                           'stdio,id=c,mux=on', idle=True, stdin=stdin)
    # run() reads text: universal newlines turn each '\r' into '\n'.
    want = (MUX_HELP + 'QEMU: Terminated\n\r').replace('\r', '\n')
    check_eq((rc, out, err), (0, want, ''), 'mux escapes')


def help_list(target):
    rc, out, err = run(target, '-chardev', 'help')
    names = ['file', 'memory', 'mux', 'null', 'pipe', 'pty', 'ringbuf',
             'socket', 'stdio', 'udp', 'vc']
    check_eq((rc, out, err), (0, 'Available chardev backend types: \n' +
                              ''.join('  %s\n' % n for n in names), ''),
             '-chardev help')


for t in TARGETS:
    help_list(t)
    mux_escapes(t)
    errors(t)
    file_created(t)
    serial_file(t)
    unix_server(t)
    tcp_server(t)
    wait_for_client(t)
    inherited_fd(t)
    pty(t)
reconnect_quiet('riscv64')
finish()
