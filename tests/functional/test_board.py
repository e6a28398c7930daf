# SPDX-License-Identifier: GPL-2.0-or-later
"""The steps around machine creation: -object early/late creation, the
RAM backend (-machine memory-backend=, -m, -mem-prealloc, -mem-path),
-global, -preconfig and the order of the start-up steps (-d startup)."""
import json
import re
import tempfile

from qltest import (check, check_eq, expect_error, expect_running, finish,
                    proc_status, prog, run, start, terminated)

T = 'riscv64'
BASE = ('-M', 'virt', '-nodefaults')
RAM64 = ('-object', 'memory-backend-ram,id=mem,size=64M')

# A named backend becomes guest RAM; -m must agree with its size.
expect_running(T, BASE + RAM64 + ('-machine', 'memory-backend=mem'))
expect_running(T, BASE + RAM64 + ('-machine', 'memory-backend=mem',
                                  '-m', '64'))
expect_error(T, BASE + RAM64 + ('-machine', 'memory-backend=mem',
                                '-m', '128'),
             'Machine memory size does not match the size of the memory '
             'backend')
expect_error(T, BASE + ('-machine', 'memory-backend=nope'),
             "Memory backend 'nope' not found")
# -object errors name the option they come from.
expect_error(T, BASE + ('-object', 'memory-backend-ram,id=m'),
             "-object memory-backend-ram,id=m: Parameter 'size' is missing")


def rss_kib(pid):
    return int(proc_status(pid).get('VmRSS', '0 kB').split()[0])


# -mem-prealloc touches all of guest RAM before the main loop.
for args, resident in ((('-m', '256', '-mem-prealloc'), True),
                       (('-m', '256'), False)):
    with start(T, *(BASE + args)) as inst:
        inst.wait_ready()
        rss = rss_kib(inst.pid)
        if resident:
            check(rss >= 256 * 1024, '%s: RSS %d KiB, want >= 256 MiB' %
                  (' '.join(args), rss))
        else:
            check(rss < 128 * 1024, '%s: RSS %d KiB, want < 128 MiB' %
                  (' '.join(args), rss))
        inst.stop()

# -mem-path puts guest RAM in a file of that directory.
with tempfile.TemporaryDirectory() as d:
    with start(T, *(BASE + ('-m', '16', '-mem-path', d))) as inst:
        inst.wait_ready()
        maps = open('/proc/%d/maps' % inst.pid).read()
        check(d in maps, '-mem-path: guest RAM not mapped from %s' % d)
        inst.stop()

# -global for a type that does not exist: QEMU's warning once the machine
# is complete.
expect_running(T, BASE + ('-global', 'foo.bar=1'),
               stderr='%s: warning: global foo.bar has invalid class name\n'
               % prog(T))

# -dump-vmstate writes the machine's description and exits 0.
for target, machine in (('riscv64', 'virt'), ('riscv64', 'none'),
                        ('x86_64', 'microvm')):
    with tempfile.TemporaryDirectory() as d:
        path = d + '/vmstate.json'
        rc, out, err = run(target, '-M', machine, '-nodefaults',
                           '-accel', 'qtest' if target == 'x86_64' else 'tcg',
                           '-dump-vmstate', path)
        check_eq((rc, out, err), (0, '', ''), '-dump-vmstate ' + machine)
        check_eq(json.load(open(path)), {'vmschkmachine': {'Name': machine}},
                 '-dump-vmstate %s: content' % machine)
expect_error(T, ('-dump-vmstate', '/nonexistent/x.json'),
             '-dump-vmstate /nonexistent/x.json: open /nonexistent/x.json: '
             'No such file or directory')

# The spine, in order, from the first pass to the main loop, and nothing
# else; -preconfig stops before the board is initialised.
STEPS = ['qemu_init_subsystems', 'qemu_parse_first_pass',
         'command line parsed', 'qemu_validate_options',
         'qemu_process_early_options', 'qemu_process_help_options',
         'os_daemonize', 'qemu_maybe_daemonize', 'trace_init_backends',
         'qemu_init_main_loop', 'configure_rtc', 'parse_memory_options', 'qemu_create_machine',
         'qemu_create_early_backends', 'qemu_apply_machine_options',
         'configure_accelerators', 'qemu_create_late_backends',
         'qemu_resolve_machine_memdev', 'parse_numa_opts',
         'qemu_init_board', 'qemu_create_cli_devices',
         'qemu_machine_creation_done', 'accel_setup_post', 'os_setup_post', 'main loop']
for target, extra, want in (
        (T, (), STEPS),
        (T, ('-preconfig',),
         [s for s in STEPS if s not in
          ('qemu_init_board', 'qemu_create_cli_devices',
           'qemu_machine_creation_done')]),
        ('x86_64', ('-accel', 'qtest'), STEPS)):
    base = BASE if target == T else ('-M', 'microvm', '-nodefaults')
    with start(target, *(base + ('-d', 'startup') + extra)) as inst:
        rc, out, err = inst.stop()
    lines = [l for l in err.splitlines() if l.startswith('startup: ')]
    steps = [re.sub(r'^startup: \d+ us: ', '', l) for l in lines]
    got = steps
    check_eq(got, want, '-d startup %s %s steps' % (target, ' '.join(extra)))
    times = [int(re.match(r'startup: (\d+) us', l).group(1)) for l in lines]
    check_eq(times, sorted(times), '-d startup times increase')
    check(err.endswith(terminated(target)), '-d startup: stopped cleanly')

finish()
