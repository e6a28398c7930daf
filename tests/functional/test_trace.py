# SPDX-License-Identifier: GPL-2.0-or-later
"""-trace and -d trace: on both targets: listing, warnings, errors.

Texts and statuses are QEMU 8.2's (checked against Debian's QEMU 7.2,
which prints the same): -trace help lists one event per line; an unknown
event is a warning at the option's location; an unreadable events file
is an error at the file, status 1.
"""
import os
import tempfile

from qltest import run, check, check_eq, finish

# Events of util/ and system/ that every binary has.
KNOWN_EVENTS = ('module_call_init', 'qemu_opts_parse', 'runstate_set')

for target in ('riscv64', 'x86_64'):
    prog = 'qlite-system-' + target

    for args in (['-trace', 'help'], ['-trace', 'enable=help'],
                 ['-trace', '?'], ['-d', 'trace:help']):
        what = '%s %s' % (prog, ' '.join(args))
        rc, out, err = run(target, *args)
        check_eq(rc, 0, what + ' status')
        check_eq(err, '', what + ' stderr')
        names = out.split('\n')
        check_eq(names[-1], '', what + ' ends with a newline')
        for name in KNOWN_EVENTS:
            check(name in names, '%s lists %s: %r' % (what, name, out))

    rc, out, err = run(target, '-trace', 'enable=no_such_event', '-version')
    check_eq(rc, 0, prog + ' unknown event status')
    check_eq(err, "%s: -trace enable=no_such_event: warning: trace event "
             "'no_such_event' does not exist\n" % prog,
             prog + ' unknown event warning')

    rc, out, err = run(target, '-trace', 'runstate_se?', '-trace',
                       '-runstate_*', '-version')
    check_eq((rc, err), (0, ''), prog + ' enable and disable by pattern')

    rc, out, err = run(target, '-trace', 'events=/nonexistent/events')
    check_eq(rc, 1, prog + ' missing events file status')
    check_eq(err, '%s:/nonexistent/events: No such file or directory\n'
             % prog, prog + ' missing events file message')

    with tempfile.NamedTemporaryFile('w', suffix='.events',
                                     delete=False) as f:
        f.write('# comment\n\nruntime_*\nno_such_event\n-runstate_set\n')
    rc, out, err = run(target, '-trace', 'events=' + f.name, '-version')
    os.unlink(f.name)
    check_eq(rc, 0, prog + ' events file status')
    check_eq(err, "%s:%s:4: warning: trace event 'no_such_event' does not "
             "exist\n" % (prog, f.name), prog + ' events file warning')

    rc, out, err = run(target, '-trace', 'foo,bar')
    check_eq(rc, 1, prog + ' -trace foo,bar status')
    check_eq(err, "%s: -trace foo,bar: warning: short-form boolean option "
             "'bar' deprecated\nPlease use bar=on instead\n"
             "%s: -trace foo,bar: Invalid parameter 'bar'\n" % (prog, prog),
             prog + ' -trace foo,bar message')

finish()
