# SPDX-License-Identifier: GPL-2.0-or-later
"""-d and -D on both targets, with our -d startup.

-d takes QEMU 8.2's log items; an unknown one (or "help") prints the
list on stdout and exits 1 once the command line is read.  -D opens its
file even without -d, and says why it cannot.  -d startup logs one line
per start-up step with the microseconds since the process started, on
stderr or in the -D file.
"""
import os
import re
import tempfile

from qltest import (TARGETS, prog, run, run_and_stop, what,
                    expect_error, expect_running, check, check_eq, finish,
                    terminated)

TMP = tempfile.mkdtemp(prefix='test-cli-log-')
STARTUP_RE = r'startup: (\d+) us: ([^\n]+)\n'


def check_startup_log(text, what_):
    steps = re.findall(STARTUP_RE, text)
    check_eq(''.join('startup: %s us: %s\n' % s for s in steps), text,
             what_ + ': only startup lines')
    names = [name for us, name in steps]
    times = [int(us) for us, name in steps]
    check(names[:1] == ['qemu_init_subsystems'],
          '%s: first step %r' % (what_, names))
    for step in ('command line parsed', 'qemu_process_early_options',
                 'qemu_maybe_daemonize', 'os_setup_post'):
        check(step in names, '%s: step %r in %r' % (what_, step, names))
    check(times == sorted(times), '%s: times grow: %r' % (what_, times))


def test_log(target):
    p = prog(target)
    for args in (['-d', 'help'], ['-d', 'bogus'], ['-d', 'in_asm,bogus'],
                 ['-S', '-d', 'bogus', '-cpu', 'help']):
        rc, out, err = run(target, *args)
        check_eq((rc, err), (1, ''), what(target, args))
        check(out.startswith('Log items (comma separated):\nout_asm ') and
              '\nstartup         log each start-up step with its time\n'
              in out and out.endswith('\nUse "-d trace:help" to get a list '
                                      'of trace events.\n\n'),
              '%s: the list of log items: %r' % (what(target, args), out))
    # Stopped (-S): no guest code runs, so nothing is logged.
    expect_running(target, ['-S', '-d', 'in_asm,int,guest_errors'])

    # -D creates its file even without -d.
    log = os.path.join(TMP, target + '-empty.log')
    expect_running(target, ['-D', log])
    check(os.path.isfile(log), '%s -D %s creates the file' % (p, log))
    for path in ('/nonexistent/dir/x.log', TMP):
        err = 'No such file or directory' if path != TMP else \
            'Is a directory'
        expect_error(target, ['-D', path],
                     'Error opening logfile %s: %s' % (path, err))

    # -d startup: one line a step, with microseconds, on stderr...
    rc, out, err = run_and_stop(target, '-d', 'startup', idle=True)
    check_eq((rc, out), (0, ''), p + ' -d startup')
    check(err.endswith(terminated(target)),
          '%s -d startup ends with the signal line: %r' % (p, err))
    check_startup_log(err[:len(err) - len(terminated(target))],
                      p + ' -d startup')
    # ...or in the -D file.
    log = os.path.join(TMP, target + '-startup.log')
    expect_running(target, ['-d', 'startup', '-D', log])
    with open(log) as f:
        check_startup_log(f.read(), p + ' -d startup -D')


for target in TARGETS:
    test_log(target)

finish()
