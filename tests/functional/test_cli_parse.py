# SPDX-License-Identifier: GPL-2.0-or-later
"""The command-line parse on both targets: option lookup, "--opt" equal
to "-opt", missing arguments, the target's option mask, bare arguments
and parse-time errors of single options.

The first pass looks up every option before anything is acted on, so a
bad option anywhere wins over -version; the target check is part of the
second pass, so it comes in order.  Texts and statuses are QEMU 8.2's
(compared with Debian's QEMU 7.2 where the two agree).
"""
import os
import tempfile

from qltest import (TARGETS, prog, run, run_and_stop, check_eq, finish,
                    terminated, not_acted_on)


def expect(target, args, status, stderr, stdout='', what=None):
    rc, out, err = run(target, *args)
    what = what or '%s %s' % (prog(target), ' '.join(args))
    check_eq(rc, status, what + ' status')
    check_eq(err, stderr, what + ' stderr')
    check_eq(out, stdout, what + ' stdout')


def expect_error(target, args, message):
    """Status 1 and "PROG: message" on stderr, nothing on stdout."""
    expect(target, args, 1, '%s: %s\n' % (prog(target), message))


def expect_running(target, args, warned):
    """The binary starts, warns about the options in warned (in order),
    waits in its main loop and stops on SIGTERM with status 0."""
    rc, out, err = run_and_stop(target, *args, idle=True)
    what = '%s %s' % (prog(target), ' '.join(args))
    check_eq(rc, 0, what + ' status')
    check_eq(out, '', what + ' stdout')
    check_eq(err, ''.join(not_acted_on(target, w) for w in warned) +
             terminated(target), what + ' stderr')


# Options qlite takes but has no use for yet, in groups of one option and
# its argument: each warns, in command-line order.
ACCEPTED = [
    ['-hda', 'a.img'], ['-hdb', 'b.img'], ['-hdc', 'c.img'],
    ['-hdd', 'd.img'], ['-cdrom', 'e.iso'], ['-drive', 'file=f.img,if=none'],
    ['-pflash', 'g.fd'], ['-snapshot'],
    ['-blockdev', 'driver=null-co,node-name=n0'],
    ['-blockdev', '{"driver": "null-co", "node-name": "n1"}'],
    ['-netdev', 'user,id=n2'], ['-netdev', '{"type": "user", "id": "n3"}'],
    ['-nic', 'user'], ['-net', 'none'], ['-vga', 'none'], ['-k', 'en-us'],
    ['-option-rom', 'x.rom'], ['-fw_cfg', 'name=opt/x,string=y'],
    ['-parallel', 'none'], ['-debugcon', 'null'],
    # Their chardevs are created: a free port, a socket path that binds.
    ['-gdb', 'tcp::1234'], ['-s'],
]

# Options acted on, silently, in the same run: QMP monitors on their
# chardevs (a free port, a socket path that binds), no human monitor.
ACTED = [
    ['-monitor', 'none'], ['-qtest', 'null'], ['-qtest-log', '/dev/null'],
    ['-qmp', 'tcp:127.0.0.1:0,server=on,wait=off'],
    ['-qmp-pretty', 'unix:%s/qlite-parse-%d.sock,server=on,wait=off' %
     (tempfile.gettempdir(), os.getpid())],
    ['-serial', 'null'], ['-serial', 'none'],
]

# Parse-time errors of options whose work comes later: (args, message).
PARSE_ERRORS = [
    (['-blockdev', 'node-name=x'],
     "-blockdev node-name=x: Parameter 'driver' is missing"),
    (['-blockdev', '{"node-name": "x"}'],
     '-blockdev {"node-name": "x"}: Parameter \'driver\' is missing'),
    (['-device', '{"id": "x"}'],
     '-device {"id": "x"}: Parameter \'driver\' is missing'),
    (['-device', '{bad'],
     "-device {bad: JSON parse error, invalid keyword 'bad'"),
    (['-monitor', 'foo:bar'],
     "-monitor foo:bar: 'foo:bar' is not a valid char driver\n%(p)s: "
     "-monitor foo:bar: parse error: foo:bar"),
    (['-qmp', 'mon:stdiox'],
     "-qmp mon:stdiox: 'stdiox' is not a valid char driver\n%(p)s: "
     "-qmp mon:stdiox: parse error: mon:stdiox"),
    (['-monitor', 'tcp:nocolon'],
     '-monitor tcp:nocolon: parse error: tcp:nocolon'),
    (['-chardev', 'null,id=a,bogus=1'],
     "-chardev null,id=a,bogus=1: Invalid parameter 'bogus'"),
    (['-netdev', 'user,id=n', '-netdev', 'user,id=n'],
     "-netdev user,id=n: Duplicate ID 'n' for netdev"),
    (['-rtc', 'bogus=1'], "-rtc bogus=1: Invalid parameter 'bogus'"),
    (['-option-rom', 'x,bogus=1'],
     "-option-rom x,bogus=1: Invalid parameter 'bogus'"),
    (['-fw_cfg', 'name=opt/x,bogus=1'],
     "-fw_cfg name=opt/x,bogus=1: Invalid parameter 'bogus'"),
    (['-dump-vmstate', '/nonexistent/x'],
     '-dump-vmstate /nonexistent/x: open /nonexistent/x: No such file or '
     'directory'),
]

for target in TARGETS:
    p = prog(target)

    # Lookup: one or two dashes, nothing else.
    for opt in ('-foo', '--foo', '--', '-', '---version', '--name=foo',
                '-Version'):
        expect_error(target, [opt], opt + ': invalid option')
    rc, version, err = run(target, '-version')
    expect(target, ['--version'], 0, '', version)
    expect_error(target, ['--uuid', 'x'],
                 '--uuid x: failed to parse UUID string: wrong format')

    # A missing argument, with one or two dashes.
    for opt in ('-kernel', '--kernel', '-name', '-d'):
        expect_error(target, ['-S', opt], opt + ': requires an argument')

    # Pass 1 looks at every option first: -version, -help, help options
    # and errors of the second pass come after.
    expect_error(target, ['-version', '-bogus'], '-bogus: invalid option')
    expect_error(target, ['-h', '-bogus'], '-bogus: invalid option')
    expect_error(target, ['-version', '-kernel'],
                 '-kernel: requires an argument')
    expect_error(target, ['-uuid', 'x', '-bogus'], '-bogus: invalid option')
    # The argument of an option is not an option.
    expect(target, ['-name', '-bogus', '-version'], 0, '', version)

    # Pass 2 stops at the first error, in order.
    expect_error(target, ['-uuid', 'x', '-msg', 'bogus=on'],
                 '-uuid x: failed to parse UUID string: wrong format')
    expect_error(target, ['-msg', 'bogus=on', '-uuid', 'x'],
                 "-msg bogus=on: Invalid parameter 'bogus'")
    expect(target, ['-version', '-uuid', 'x'], 0, '', version)

    # Options another target has: refused in the second pass, in order.
    other_only = {'riscv64': ['-acpitable', 'x'],
                  'x86_64': []}[target]
    if other_only:
        expect_error(target, other_only, ' '.join(other_only) +
                     ': Option not supported for this target')
        expect(target, ['-version'] + other_only, 0, '', version)
        expect_error(target, ['-acpitable'],
                     '-acpitable: requires an argument')
    for opt in (['-xen-attach'], ['-xen-domid', '1']):
        message = ('option not supported by qlite' if target == 'x86_64'
                   else 'Option not supported for this target')
        expect_error(target, opt, '%s: %s' % (' '.join(opt), message))

    # Accepted options not acted on yet warn once the line is parsed;
    # a bare argument is a disk image.
    expect_running(target, ['disk.img'], ['disk.img'])
    expect_running(target, ['-k', 'en-us', 'a.img', '-uuid',
                            '12345678-1234-1234-1234-123456789abc'],
                   ['-k en-us', 'a.img'])     # -uuid is acted on
    expect_running(target, ['-nographic', '-display', 'none',
                            '-display', 'default', '-nodefaults'], [])
    if target == 'x86_64':
        expect_running(target, ['-acpitable', 'sig=TEST'],
                       ['-acpitable sig=TEST'])

    # -chardev is acted on: the chardev -mon names exists, silently.
    expect_running(target, sum(ACCEPTED, []) + sum(ACTED, []) +
                   ['-chardev', 'null,id=c0'],
                   [' '.join(args) for args in ACCEPTED])

    # Parse-time errors of single options.
    for args, message in PARSE_ERRORS:
        expect_error(target, args, message % {'p': p})
    expect_error(target, ['-display', 'foo'],
                 "-display foo: Parameter 'type' does not accept value "
                 "'foo'")
    expect_error(target, ['-display', 'gtk'],
                 "-display gtk: Parameter 'type' does not accept value "
                 "'gtk'")
    expect(target, ['-m', 'foo'], 1,
           "%s: -m foo: Parameter 'size' expects a non-negative number "
           "below 2^64\nOptional suffix k, M, G, T, P or E means kilo-, "
           "mega-, giga-, tera-, peta-\nand exabytes, respectively.\n" % p)
    expect_error(target, ['-m', 'size=1G,bogus=1'],
                 "-m size=1G,bogus=1: Invalid parameter 'bogus'")
    expect_error(target, ['-object', 'id=x'],
                 "-object id=x: Parameter 'qom-type' is missing")
    expect_error(target, ['-object', '{"id": "x"}'],
                 '-object {"id": "x"}: Parameter \'qom-type\' is missing')
    expect_error(target, ['-uuid', '12345678-1234-1234-1234-12345678zzzz'],
                 '-uuid 12345678-1234-1234-1234-12345678zzzz: failed to '
                 'parse UUID string: wrong format')
    expect_error(target, ['-dfilter', 'bogus'],
                 '-dfilter bogus: Bad range specifier')
    expect(target, ['-dfilter', '0x1000+0x100,0x2000..0x3000',
                    '-version'], 0, '', version)
    expect_error(target, ['-global', 'driver=a'],
                 "-global driver=a: options 'driver', 'property', and "
                 "'value' are required")
    expect_error(target, ['-global', '.b=c'],
                 "-global .b=c: Invalid parameter '.b'")

finish()
