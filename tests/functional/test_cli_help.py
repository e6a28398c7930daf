# SPDX-License-Identifier: GPL-2.0-or-later
"""The help options on both targets: what each prints, its status, and
which one wins when several are given.

QEMU 8.2 answers -h, -version, -machine help, -accel help, -object help,
-display help, -trace help and the help of the -smp and -boot groups
while it parses (the first one given wins); -cpu help, -device help and
-L help only after the early options, in that order, whatever their
order on the command line.  The -help text itself is checked against
qemu-options.hx by test_hxtool.
"""
import os
import tempfile

from qltest import TARGETS, prog, run, check, check_eq, finish

TMP = tempfile.mkdtemp(prefix='test-cli-help-')

MACHINES = {'riscv64': ('none', 'spike', 'virt'),
            'x86_64': ('microvm', 'none')}
ACCELS = {'riscv64': 'tcg\n', 'x86_64': 'kvm\n'}

SMP_HELP = '''smp-opts options:
  books=<num>
  clusters=<num>
  cores=<num>
  cpus=<num>
  dies=<num>
  drawers=<num>
  maxcpus=<num>
  sockets=<num>
  threads=<num>
'''
BOOT_HELP = '''boot-opts options:
  menu=<bool (on/off)>
  once=<str>
  order=<str>
  reboot-timeout=<num>
  splash-time=<num>
  splash=<str>
  strict=<bool (on/off)>
'''
DISPLAY_HELP = 'Available display backend types:\nnone\n'


def what(target, args):
    return '%s %s' % (prog(target), ' '.join(args))


def help_of(target, *args, status=0):
    """stdout of a help option, which must exit with status and print
    nothing on stderr."""
    rc, out, err = run(target, *args)
    check_eq((rc, err), (status, ''), what(target, args))
    return out


def same(target, forms, want, label):
    """Each form prints want (exit 0, empty stderr)."""
    for args in forms:
        check_eq(help_of(target, *args), want,
                 '%s (%s)' % (what(target, args), label))


for target in TARGETS:
    p = prog(target)

    # Version and usage: only their first lines here.
    version = help_of(target, '-version')
    check(version.startswith('QEMU emulator version 8.2.0 (qlite '),
          '%s -version: %r' % (p, version))
    usage = help_of(target, '-h')
    check(usage.startswith(version + 'usage: %s [options] [disk_image]\n'
                           % p), '%s -h: %r' % (p, usage[:200]))

    # -machine help: the list, also for an unknown type; a known one has
    # its properties.
    machines = help_of(target, '-machine', 'help')
    lines = machines.splitlines()
    check_eq(lines[:1], ['Supported machines are:'], p + ' -machine help')
    names = [line.split()[0] for line in lines[1:] if line]
    for name in MACHINES[target]:
        check(name in names, '%s -machine help lists %s: %r' %
              (p, name, machines))
    same(target, [['-M', 'help'], ['-machine', '?'],
                  ['-machine', 'bogus,help'], ['--machine', 'help']],
         machines, '-machine help')
    props = help_of(target, '-machine', 'none,help')
    check(props.startswith('none-machine options:\n'),
          '%s -machine none,help: %r' % (p, props))

    # -accel help: qtest is for tests only and not listed.
    accels = 'Accelerators supported in QEMU binary:\n' + ACCELS[target]
    same(target, [['-accel', 'help'], ['-accel', '?'],
                  ['-accel', 'accel=help']], accels, '-accel help')

    # -cpu help, -device help (the listings grow with the CPUs and devices
    # of the target; here only their forms and status).
    cpus = help_of(target, '-cpu', 'help')
    same(target, [['-cpu', '?']], cpus, '-cpu help')
    if target == 'riscv64':
        # the model names, one a line, as QEMU's riscv prints them
        check_eq(cpus, 'max\nrv64\n', 'riscv64 -cpu help')
    devices = help_of(target, '-device', 'help')
    same(target, [['-device', '?'], ['-device', 'driver=help']], devices,
         '-device help')
    # An unknown device: the error at the option, yet status 0 as in QEMU.
    rc, out, err = run(target, '-device', 'foo,help')
    check_eq((rc, out, err), (0, '', "%s: -device foo,help: Device 'foo' "
                              "not found\n" % p), p + ' -device foo,help')

    # -L help: the -L directories in order, once each, then the defaults.
    defaults = help_of(target, '-L', 'help')
    check(defaults.endswith('\n') and '\n\n' not in defaults,
          '%s -L help: one directory a line: %r' % (p, defaults))
    same(target, [['-L', '?']], defaults, '-L help')
    a, b = os.path.join(TMP, 'a'), os.path.join(TMP, 'b')
    same(target, [['-L', a, '-L', 'help', '-L', b, '-L', a]],
         '%s\n%s\n' % (a, b) + defaults, '-L help with -L')

    # -object help, and the properties of the first user-creatable type.
    objects = help_of(target, '-object', 'help')
    check(objects.startswith('List of user creatable objects:\n'),
          '%s -object help: %r' % (p, objects))
    same(target, [['-object', '?'], ['-object', 'help,foo=bar'],
                  ['-object', 'qom-type=help']], objects, '-object help')
    types = [line.strip() for line in objects.splitlines()[1:]]
    if types:
        props = help_of(target, '-object', types[0] + ',id=x,help')
        check(props.startswith(types[0] + ' options:\n'),
              '%s -object %s,help: %r' % (p, types[0], props))
    rc, out, err = run(target, '-object', 'foo,help')
    check_eq((rc, out, err), (1, '', "%s: -object foo,help: Parameter "
                              "'qom-type' does not accept value 'foo'\n" % p),
             p + ' -object foo,help')

    same(target, [['-display', 'help'], ['-display', '?']], DISPLAY_HELP,
         '-display help')

    # Groups: -smp and -boot are keyval with their QemuOpts help; -m is
    # QemuOpts, where "help" is a size (QEMU 8.2).
    same(target, [['-smp', 'help'], ['-smp', '?'], ['-smp', '2,help']],
         SMP_HELP, '-smp help')
    same(target, [['-boot', 'help'], ['-boot', 'order=c,help']], BOOT_HELP,
         '-boot help')
    rc, out, err = run(target, '-m', 'help')
    check_eq((rc, out, err), (1, '', "%s: -m help: Parameter 'size' expects "
                              "a non-negative number below 2^64\nOptional "
                              "suffix k, M, G, T, P or E means kilo-, mega-, "
                              "giga-, tera-, peta-\nand exabytes, "
                              "respectively.\n" % p), p + ' -m help')

    # Several help options: during the parse, the first wins...
    trace = help_of(target, '-trace', 'help')
    for args, want in (
            (['-h', '-version'], usage),
            (['-version', '-h'], version),
            (['-machine', 'help', '-version'], machines),
            (['-version', '-machine', 'help'], version),
            (['-accel', 'help', '-machine', 'help'], accels),
            (['-machine', 'help', '-accel', 'help'], machines),
            (['-smp', 'help', '-display', 'help'], SMP_HELP),
            (['-display', 'help', '-object', 'help'], DISPLAY_HELP),
            (['-object', 'help', '-trace', 'help'], objects),
            # ...and before the ones answered after the parse...
            (['-cpu', 'help', '-machine', 'help'], machines),
            (['-device', 'help', '-accel', 'help'], accels),
            (['-L', 'help', '-boot', 'help'], BOOT_HELP),
            (['-cpu', 'help', '-trace', 'help'], trace),
            # ...which come in the order -cpu, -device, -L.
            (['-device', 'help', '-cpu', 'help'], cpus),
            (['-L', 'help', '-cpu', 'help'], cpus),
            (['-L', 'help', '-device', 'help'], devices),
            (['-device', 'foo,help', '-cpu', 'help'], cpus)):
        check_eq(help_of(target, *args), want, what(target, args))

    # The late ones come after validation and the early options...
    rc, out, err = run(target, '-cpu', 'help', '-append', 'x')
    check_eq((rc, out, err), (1, '', '%s: -append only allowed with -kernel '
                              'option\n' % p), p + ' -cpu help -append x')
    rc, out, err = run(target, '-device', 'help', '-d', 'bogus')
    check_eq(rc, 1, p + ' -device help -d bogus status')
    check(out.startswith('Log items (comma separated):\n'),
          '%s -device help -d bogus prints the log items: %r' % (p, out))
    # ...but before daemonizing and the pid file.
    pidfile = os.path.join(TMP, 'help.pid')
    check_eq(help_of(target, '-cpu', 'help', '-daemonize', '-pidfile',
                     pidfile), cpus, p + ' -cpu help -daemonize')
    check(not os.path.exists(pidfile),
          '%s -cpu help: no pid file written' % p)

finish()
