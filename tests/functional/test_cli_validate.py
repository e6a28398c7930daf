# SPDX-License-Identifier: GPL-2.0-or-later
"""The checks made once the whole command line is read, on both targets:
options that need another one, mutually exclusive options, and what
cannot work once the process is a daemon.

QEMU 8.2 reports the cross-option checks without a location, and a stdio
chardev, serial, monitor or gdb port under -daemonize at the option that
asked for it.  Every check comes after the parse (a parse error wins) and
before the early options (a bad -d loses).
"""
import os
import tempfile

from qltest import (TARGETS, prog, run, run_and_stop, start_daemon,
                    stop_daemon, check, check_eq, finish, terminated,
                    not_acted_on)

TMP = tempfile.mkdtemp(prefix='test-cli-validate-')


def expect_error(target, args, message):
    rc, out, err = run(target, *args)
    what = '%s %s' % (prog(target), ' '.join(args))
    check_eq((rc, out), (1, ''), what + ' status and stdout')
    check_eq(err, '%s%s\n' % (prog(target), message), what + ' stderr')


def write(name, text):
    path = os.path.join(TMP, name)
    with open(path, 'w') as f:
        f.write(text)
    return path


CROSS = [
    (['-append', 'x'], '-append only allowed with -kernel option'),
    (['-initrd', 'x'], '-initrd only allowed with -kernel option'),
    (['-incoming', 'defer', '-loadvm', 'x'],
     "'incoming' and 'loadvm' options are mutually exclusive"),
    (['-preconfig', '-loadvm', 'x'],
     "'preconfig' and 'loadvm' options are mutually exclusive"),
    (['-preconfig', '-incoming', 'tcp:0:4444'],
     "'preconfig' supports '-incoming defer' only"),
    (['-nographic', '-daemonize'],
     '-nographic cannot be used with -daemonize'),
    # -nographic's default serial, parallel and monitor: all must go.
    (['-daemonize', '-nographic', '-serial', 'none', '-monitor', 'none'],
     '-nographic cannot be used with -daemonize'),
    (['-daemonize', '-nographic', '-serial', 'null', '-parallel', 'none'],
     '-nographic cannot be used with -daemonize'),
    (['-daemonize', '-nographic', '-monitor', 'none', '-parallel', 'none'],
     '-nographic cannot be used with -daemonize'),
    # The checks run in QEMU's order.
    (['-incoming', 'defer', '-loadvm', 'x', '-append', 'x'],
     '-append only allowed with -kernel option'),
    (['-preconfig', '-loadvm', 'x', '-incoming', 'tcp:0:1'],
     "'incoming' and 'loadvm' options are mutually exclusive"),
    (['-daemonize', '-nographic', '-preconfig', '-incoming', 'tcp:0:1'],
     "'preconfig' supports '-incoming defer' only"),
    # After the parse, before the early options.
    (['-append', 'x', '-d', 'bogus'],
     '-append only allowed with -kernel option'),
    (['-nographic', '-daemonize', '-sandbox', 'on'],
     '-nographic cannot be used with -daemonize'),
]

STDIO = [
    ['-chardev', 'stdio,id=c0'],
    ['-chardev', 'stdio,id=c0,mux=on,signal=off'],
    ['-serial', 'stdio'],
    ['-serial', 'mon:stdio'],
    ['-parallel', 'stdio'],
    ['-monitor', 'stdio'],
    ['-qmp', 'stdio'],
    ['-qmp-pretty', 'mon:stdio'],
    ['-gdb', 'stdio'],
]

for target in TARGETS:
    p = prog(target)

    for args, message in CROSS:
        expect_error(target, args, ': ' + message)
    # A parse error comes first.
    expect_error(target, ['-append', 'x', '-uuid', 'bad'],
                 ': -uuid bad: failed to parse UUID string: wrong format')

    # Satisfied needs pass the checks (what the options then do is not
    # for this test).
    for args in (['-kernel', 'k', '-append', 'a', '-initrd', 'i'],
                 ['-preconfig', '-incoming', 'defer'],
                 ['-loadvm', 'x', '-daemonize', '-nographic', '-nodefaults',
                  '-d', 'bogus']):
        rc, out, err = run_and_stop(target, *args, must_run=False,
                                    idle=True)
        check(not any(m in err for a, m in CROSS),
              '%s %s passes the checks: %r' % (p, ' '.join(args), err))

    # stdio under -daemonize: at the option, wherever -daemonize is.
    for opt in STDIO:
        where = ' '.join(opt)
        expect_error(target, ['-daemonize'] + opt,
                     ': %s: cannot use stdio with -daemonize' % where)
        expect_error(target, ['-nodefaults'] + opt + ['-daemonize'],
                     ': %s: cannot use stdio with -daemonize' % where)
    # Chardevs (-chardev, -monitor, -qmp) first, then -serial, -parallel
    # and -gdb, each kind in order.
    expect_error(target, ['-daemonize', '-serial', 'stdio', '-monitor',
                          'stdio'],
                 ': -monitor stdio: cannot use stdio with -daemonize')
    expect_error(target, ['-daemonize', '-gdb', 'stdio', '-serial',
                          'stdio'],
                 ': -serial stdio: cannot use stdio with -daemonize')
    expect_error(target, ['-daemonize', '-gdb', 'stdio', '-parallel',
                          'stdio', '-debugcon', 'stdio'],
                 ': -parallel stdio: cannot use stdio with -daemonize')
    expect_error(target, ['-daemonize', '-gdb', 'stdio', '-debugcon',
                          'stdio'],
                 ': -debugcon stdio: cannot use stdio with -daemonize')
    expect_error(target, ['-daemonize', '-serial', 'null', '-serial',
                          'stdio', '-parallel', 'stdio'],
                 ': -serial stdio: cannot use stdio with -daemonize')
    # A stdio chardev from a config file: at its line.
    cfg = write('stdio.cfg', '# stdio\n[chardev "c0"]\n  backend = "stdio"\n')
    expect_error(target, ['-daemonize', '-readconfig', cfg],
                 ':%s:3: cannot use stdio with -daemonize' % cfg)
    # Without -daemonize, stdio is fine.
    rc, out, err = run_and_stop(target, '-nodefaults', '-chardev',
                                'stdio,id=c0', idle=True)
    check_eq((rc, out, err), (0, '', terminated(target)),
             p + ' -chardev stdio without -daemonize')

    # -nographic -daemonize with nothing left on stdio is accepted.
    pidfile = os.path.join(TMP, target + '.pid')
    for extra in (['-nodefaults'],
                  ['-serial', 'none', '-parallel', 'none', '-monitor',
                   'none']):
        args = ['-nographic'] + extra
        rc, out, err, pid = start_daemon(target, pidfile, *args, idle=True)
        what = '%s -daemonize %s' % (p, ' '.join(args))
        check_eq((rc, out), (0, ''), what + ' status')
        check_eq(err, ''.join(not_acted_on(target, '%s %s' % pair)
                              for pair in zip(extra[::2], extra[1::2])
                              if pair[0] not in ('-nodefaults', '-serial',
                                                 '-monitor')),
                 what + ' stderr')
        check(pid is not None, what + ' wrote its pid file')
        if pid:
            check_eq(stop_daemon(pid), 0, what + ' exit status on SIGTERM')

finish()
