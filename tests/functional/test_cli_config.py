# SPDX-License-Identifier: GPL-2.0-or-later
"""-readconfig and -no-user-config on both targets.

A config file is read where -readconfig stands among the options; its
errors are "PROG:FILE:LINE: message" (a section is handed over when the
next one starts, so its errors point at its last line), a file that
cannot be read is an error at the option.  The default config file is
read before the command line unless -no-user-config is anywhere on it.
Texts are QEMU 8.2's (the same as Debian's QEMU 7.2 prints).
"""
import os
import shutil
import subprocess
import tempfile

from qltest import (TARGETS, binary, prog, run, start, read_proc, check,
                    check_eq, finish, terminated)

TMP = tempfile.mkdtemp(prefix='test-cli-config-')


def write(name, text):
    path = os.path.join(TMP, name)
    with open(path, 'w') as f:
        f.write(text)
    return path


def what(target, args):
    return '%s %s' % (prog(target), ' '.join(args))


def expect_error(target, args, stderr):
    rc, out, err = run(target, *args)
    check_eq((rc, out, err), (1, '', stderr), what(target, args))


def comm_of(target, *args):
    """The process name of an instance started with args."""
    with start(target, *args, idle=True) as inst:
        comm = read_proc(inst.pid, 'comm') if inst.wait_ready() else None
        rc, out, err = inst.stop()
    check_eq((rc, out, err), (0, '', terminated(target)),
             what(target, args) + ' stops on SIGTERM')
    return comm


# (file text, line, message): each file is read alone.
BAD = [
    ('[foo]\n  a = "b"\n', 2, "There is no option group 'foo'"),
    ('\n\n[name]\n  guest = "x"\n[foo]\n', 4,
     "There is no option group 'foo'"),
    ('# no header\n  guest = "x"\n', 2, 'no group defined'),
    ('junk\n', 1, 'no group defined'),
    ('[name]\n   \n', 2, 'parse error'),
    ('[name]\n\t\n', 2, 'parse error'),
    ('[name]\n  bogus = "x"\n', 2, "Invalid parameter 'bogus'"),
    ('[name]\n= "x"\n', 2, "Invalid parameter '='"),
    ('[name]\n  bogus = "x"\n\n[msg]\n  timestamp = "on"\n', 2,
     "Invalid parameter 'bogus'"),
    ('[name "n0"]\n  guest = "x"\n', 2, "Invalid parameter 'id'"),
    ('[msg]\n  timestamp = "maybe"\n', 2,
     "Parameter 'timestamp' expects 'on' or 'off'"),
    ('[memory]\n  size = "foo"\n', 2,
     "Parameter 'size' expects a non-negative number below 2^64"),
    ('[device "d0"]\n  driver = "x"\n[device "d0"]\n  driver = "y"\n', 4,
     "Duplicate ID 'd0' for device"),
    ('[name\n  guest = "x"\n', 2, "There is no option group 'name\n'"),
]

strace = shutil.which('strace')

for target in TARGETS:
    p = prog(target)

    for i, (text, line, message) in enumerate(BAD):
        path = write('bad%d.cfg' % i, text)
        expect_error(target, ['-readconfig', path],
                     '%s:%s:%d: %s\n' % (p, path, line, message))

    missing = os.path.join(TMP, 'missing.cfg')
    expect_error(target, ['-readconfig', missing],
                 "%s: -readconfig %s: Could not open '%s': No such file or "
                 "directory\n" % (p, missing, missing))
    expect_error(target, ['-readconfig', TMP],
                 '%s: -readconfig %s: Cannot read config file: Is a '
                 'directory\n' % (p, TMP))

    # A good file takes effect: [name] sets the process name...
    good = write('name.cfg', '# the process name\n[name]\n'
                 '  process = "from-config"\n')
    check_eq(comm_of(target, '-readconfig', good), 'from-config\n',
             p + ' [name] process=')
    # ...in order among the options: the later setting wins.
    check_eq(comm_of(target, '-name', 'process=cmdline', '-readconfig',
                     good), 'from-config\n', p + ' -name, then -readconfig')
    check_eq(comm_of(target, '-readconfig', good, '-name',
                     'process=cmdline'), 'cmdline\n',
             p + ' -readconfig, then -name')
    # Errors too come in command-line order.
    bad = os.path.join(TMP, 'bad0.cfg')
    expect_error(target, ['-readconfig', bad, '-uuid', 'x'],
                 "%s:%s:2: There is no option group 'foo'\n" % (p, bad))
    expect_error(target, ['-uuid', 'x', '-readconfig', bad],
                 '%s: -uuid x: failed to parse UUID string: wrong format\n' %
                 p)
    # [machine] merges with -machine: "help" then shows the file's type.
    machine = write('machine.cfg', '[machine]\n  type = "none"\n')
    rc, out, err = run(target, '-readconfig', machine, '-machine', 'help')
    check_eq((rc, err), (0, ''), p + ' [machine] type= -machine help')
    check(out.startswith('none-machine options:\n'),
          '%s [machine] type=none, -machine help: %r' % (p, out))
    # Several files, in order.
    second = write('second.cfg', '[name]\n  process = "second"\n')
    check_eq(comm_of(target, '-readconfig', good, '-readconfig', second),
             'second\n', p + ' two -readconfig')

    # -no-user-config, anywhere on the line, skips the default file (seen
    # as the binary trying to open it).
    if not strace:
        print('NOTE: no strace: -no-user-config not checked')
        continue
    opened = []
    for extra in ([], ['-no-user-config'], ['-S', '-no-user-config']):
        trace = os.path.join(TMP, 'strace.txt')
        args = [strace, '-f', '-qq', '-e', 'trace=openat,open', '-o', trace,
                binary(target), '-version'] + extra
        # LeakSanitizer, if the binary has it, cannot work under strace.
        env = dict(os.environ, ASAN_OPTIONS=os.environ.get('ASAN_OPTIONS',
                                                           '') +
                   ':detect_leaks=0')
        rc = subprocess.run(args, capture_output=True, env=env).returncode
        if rc != 0:
            break
        with open(trace) as f:
            opened.append([line for line in f if 'qlite.conf"' in line])
    if len(opened) != 3:
        print('NOTE: strace does not work here: -no-user-config not checked')
        continue
    check(len(opened[0]) == 1,
          '%s reads the default config file: %r' % (p, opened[0]))
    check_eq(opened[1:], [[], []], p + ' -no-user-config')

finish()
