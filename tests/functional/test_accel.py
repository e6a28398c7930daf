# SPDX-License-Identifier: GPL-2.0-or-later
"""Accelerators, -icount and -rtc on both binaries: configure_accelerators'
choices and QEMU 8.2's messages, the default by program name, and -accel
kvm with and without a usable /dev/kvm (what this host cannot show is
reported as skipped)."""
import contextlib
import os
import re
import shlex
import subprocess
import tempfile

import qltest

from qltest import (binary, check, check_eq, check_match, finish, prog,
                    qmp_stdio, run, run_and_stop, terminated)

KVM_MISSING = ('Could not access KVM kernel module: No such file or '
               'directory\n')


def kvm_usable():
    return os.access('/dev/kvm', os.R_OK | os.W_OK)


QUERY_KVM = ['{"execute": "query-kvm"}',
             '{"execute": "human-monitor-command", '
             '"arguments": {"command-line": "info kvm"}}']


def check_kvm_enabled(args, what, binary_path=None, stderr=''):
    """query-kvm and info kvm say kvm is on; nothing else on stderr."""
    rc, replies, err = qmp_stdio('x86_64', args, QUERY_KVM, binary_path)
    check_eq((rc, err), (0, stderr), what + ' status and stderr')
    check_eq(replies, [{'return': {'enabled': True, 'present': True}},
                       {'return': 'kvm support: enabled\r\n'}],
             what + ' query-kvm, info kvm')


def skip(what):
    print('SKIP: %s' % what)


def check_error(target, args, want, what=None):
    """The binary exits 1 printing exactly want on stderr."""
    what = what or '%s %s' % (prog(target), ' '.join(args))
    rc, out, err = run(target, '-M', 'none', '-display', 'none', *args)
    check_eq(rc, 1, what + ' status')
    check_eq(err, want, what + ' stderr')


def check_runs(target, args, stderr_start='', what=None):
    """The binary reaches its main loop; stderr begins with stderr_start
    and has no other message of ours before the stop."""
    what = what or '%s %s' % (prog(target), ' '.join(args))
    rc, out, err = run_and_stop(target, '-M', 'none', '-display', 'none',
                                *args)
    check_eq(rc, 0, what + ' status')
    check(err.startswith(stderr_start),
          '%s stderr: %r does not start with %r' % (what, err, stderr_start))
    rest = err[len(stderr_start):]
    check(': error' not in rest and 'failed' not in rest and
          'invalid' not in rest, '%s: unexpected stderr %r' % (what, err))


def test_help():
    for target, name in (('riscv64', 'tcg'), ('x86_64', 'kvm')):
        for arg in ('help', '?', 'accel=help'):
            rc, out, err = run(target, '-accel', arg)
            check_eq(rc, 0, '%s -accel %s status' % (prog(target), arg))
            check_eq(out, 'Accelerators supported in QEMU binary:\n%s\n'
                     % name, '%s -accel %s' % (prog(target), arg))


def test_riscv64():
    t = 'riscv64'
    p = prog(t)
    check_runs(t, [])
    check_runs(t, ['-accel', 'tcg'])
    check_runs(t, ['-accel', 'tcg,thread=single,tb-size=64,split-wx=on,'
                   'one-insn-per-tb=on'])
    check_runs(t, ['-accel', 'tcg', '-singlestep'])
    check_runs(t, ['-machine', 'accel=tcg'])
    check_runs(t, ['-accel', 'qtest'])
    check_runs(t, ['-icount', 'shift=auto'])
    check_runs(t, ['-icount', '3,align=on,sleep=on'])
    check_runs(t, ['-icount', 'sleep=off', '-accel', 'qtest'])
    check_error(t, ['-accel', 'tcg,foo=1'],
                "%s: -accel tcg,foo=1: Property 'tcg-accel.foo' not found\n"
                % p)
    check_error(t, ['-accel', 'foo'],
                '%s: -accel foo: invalid accelerator foo\n' % p)
    check_error(t, ['-accel', 'kvm'],
                '%s: -accel kvm: invalid accelerator kvm\n' % p)
    check_error(t, ['-enable-kvm'], '%s: invalid accelerator kvm\n' % p)
    check_error(t, ['-accel', 'tcg,thread=bogus'],
                "%s: -accel tcg,thread=bogus: Invalid 'thread' setting "
                "bogus\n" % p)
    check_error(t, ['-accel', 'tcg,thread=multi', '-icount', '1'],
                '%s: -accel tcg,thread=multi: No MTTCG when icount is '
                'enabled\n' % p)
    check_error(t, ['-accel', 'tcg,tb-size=foo'],
                "%s: -accel tcg,tb-size=foo: Parameter 'tb-size' expects "
                "uint64\n" % p)
    check_error(t, ['-accel', 'tcg,one-insn-per-tb=x'],
                "%s: -accel tcg,one-insn-per-tb=x: Parameter "
                "'one-insn-per-tb' expects 'on' or 'off'\n" % p)
    check_error(t, ['-machine', 'accel=tcg', '-accel', 'tcg'],
                '%s: The -accel and "-machine accel=" options are '
                'incompatible\n' % p)
    check_error(t, ['-machine', 'accel='], '%s: no accelerator found\n' % p)
    check_runs(t, ['-machine', 'accel=foo:tcg'],
               '%s: invalid accelerator foo\n%s: falling back to tcg\n'
               % (p, p))
    check_runs(t, ['-accel', 'kvm', '-accel', 'tcg'],
               '%s: -accel kvm: invalid accelerator kvm\n'
               '%s: falling back to tcg\n' % (p, p))
    check_runs(t, ['-accel', 'foo', '-accel', 'qtest'],
               '%s: -accel foo: invalid accelerator foo\n'
               '%s: falling back to QTest\n' % (p, p))
    check_error(t, ['-icount', '1', '-accel', 'qtest'],
                '%s: -icount is not allowed with hardware virtualization\n'
                % p)


def test_icount():
    t = 'riscv64'
    p = prog(t)
    for arg, msg in (
            ('align=on', 'Please specify shift option when using align'),
            ('1,align=on,sleep=off',
             'align=on and sleep=off are incompatible'),
            ('11', 'icount: Invalid shift value'),
            ('foo', 'icount: Invalid shift value'),
            ('shift=-1', 'icount: Invalid shift value')):
        check_error(t, ['-icount', arg], '%s: -icount %s: %s\n'
                    % (p, arg, msg))
    # QEMU checks auto against an earlier setting: one -icount passes
    check_runs(t, ['-icount', 'shift=auto,align=on'])
    check_runs(t, ['-icount', 'shift=auto,sleep=off'])
    check_error('x86_64', ['-icount', '1'],
                '%s: -icount 1: cannot configure icount, TCG support not '
                'available\n' % prog('x86_64'))


def test_x86_64():
    t = 'x86_64'
    p = prog(t)
    check_runs(t, ['-accel', 'qtest'])
    check_runs(t, ['-accel', 'qtest', '-singlestep'])
    check_error(t, ['-accel', 'tcg'],
                '%s: -accel tcg: invalid accelerator tcg\n' % p)
    check_error(t, ['-machine', 'accel=tcg'],
                '%s: invalid accelerator tcg\n' % p)
    check_error(t, ['-machine', 'accel=kvm', '-accel', 'kvm'],
                '%s: The -accel and "-machine accel=" options are '
                'incompatible\n' % p)
    for prop, msg in (
            ('kernel-irqchip=foo',
             "Parameter 'kernel-irqchip' does not accept value 'foo'"),
            ('foo=1', "Property 'kvm-accel.foo' not found"),
            ('dirty-ring-size=3', 'dirty-ring-size must be a power of two.'),
            ('kvm-shadow-mem=foo',
             "Parameter 'kvm-shadow-mem' expects int64"),
            ('notify-vmexit=foo',
             "Parameter 'notify-vmexit' does not accept value 'foo'"),
            ('notify-window=x', "Parameter 'notify-window' expects uint64")):
        check_error(t, ['-accel', 'kvm,' + prop],
                    '%s: -accel kvm,%s: %s\n' % (p, prop, msg))


# A mount namespace whose /dev has only null (and, to make kvm unusable,
# a regular file as kvm): how a host whose /dev/kvm works shows what the
# binary says without one.  Needs root and unshare(1).
NO_KVM_SH = ('mount -t tmpfs none /dev && mknod -m 666 /dev/null c 1 3 && '
             '%s exec "$0" "$@"')


def can_hide_kvm():
    try:
        return subprocess.run(['unshare', '-m', 'sh', '-c', NO_KVM_SH % '',
                               'true'], capture_output=True,
                              timeout=30).returncode == 0
    except OSError:
        return False


def no_kvm_wrapper(d, real, fake=False):
    """A script that runs @real (as argv[0]) in such a namespace."""
    script = os.path.join(d, 'no-kvm-%s' % os.path.basename(real))
    with open(script, 'w') as f:
        f.write('#!/bin/sh\nexec unshare -m sh -c %s %s "$@"\n'
                % (shlex.quote(NO_KVM_SH % ('touch /dev/kvm &&'
                                            if fake else '')),
                   shlex.quote(real)))
    os.chmod(script, 0o755)
    return script


@contextlib.contextmanager
def x86_64_binary(path):
    """qltest runs @path as the x86_64 binary meanwhile."""
    real = qltest.BINARIES['x86_64']
    qltest.BINARIES['x86_64'] = path
    try:
        yield
    finally:
        qltest.BINARIES['x86_64'] = real


def test_kvm_absent():
    """What the x86_64 binary says without /dev/kvm, or with one that is
    not KVM; on a host with /dev/kvm, in a namespace that hides it."""
    if not os.path.exists('/dev/kvm'):
        kvm_absent_checks()
        return
    if not can_hide_kvm():
        skip('/dev/kvm exists and cannot be hidden (unshare -m failed): '
             'the messages for its absence are not shown')
        return
    with tempfile.TemporaryDirectory() as d:
        real = binary('x86_64')
        with x86_64_binary(no_kvm_wrapper(d, real)):
            kvm_absent_checks()
        # As QEMU 7.2 says for a /dev/kvm that does not answer KVM ioctls
        with x86_64_binary(no_kvm_wrapper(d, real, fake=True)):
            check_error('x86_64', ['-accel', 'kvm'],
                        'kvm version too old\n%s: -accel kvm: failed to '
                        'initialize kvm: Inappropriate ioctl for device\n'
                        % prog('x86_64'))
        link = os.path.join(d, 'qemu-kvm')
        os.symlink(real, link)
        check_program_name_no_kvm(no_kvm_wrapper(d, link))


def check_program_name_no_kvm(path):
    """x86_64 named qemu-kvm, without kvm: kvm is still the default."""
    r = subprocess.run([path, '-M', 'none'], capture_output=True,
                       text=True, timeout=30, stdin=subprocess.DEVNULL)
    check_eq((r.returncode, r.stderr),
             (1, KVM_MISSING + 'qemu-kvm: failed to initialize kvm: '
              'No such file or directory\n'),
             'qemu-kvm -> x86_64 default accelerator')


def kvm_absent_checks():
    t = 'x86_64'
    p = prog(t)
    fail = '%s: failed to initialize kvm: No such file or directory\n' % p
    check_error(t, [], KVM_MISSING + fail, '%s (default kvm)' % p)
    check_error(t, ['-enable-kvm'], KVM_MISSING + fail)
    check_error(t, ['-machine', 'accel=kvm'], KVM_MISSING + fail)
    check_error(t, ['-accel', 'kvm'], KVM_MISSING +
                '%s: -accel kvm: failed to initialize kvm: No such file or '
                'directory\n' % p)
    check_error(t, ['-accel', 'kvm', '-icount', '1'],
                '%s: -icount 1: cannot configure icount, TCG support not '
                'available\n' % p)
    # under -qtest a missing kvm only gets the kernel-module line
    check_error(t, ['-accel', 'kvm', '-qtest', 'null'], KVM_MISSING)
    check_runs(t, ['-machine', 'accel=kvm:qtest'],
               KVM_MISSING + fail + '%s: falling back to QTest\n' % p)
    check_runs(t, ['-accel', 'kvm', '-accel', 'qtest'],
               KVM_MISSING + '%s: -accel kvm: failed to initialize kvm: No '
               'such file or directory\n%s: falling back to QTest\n'
               % (p, p))


def test_kvm_present():
    """With a usable /dev/kvm, kvm initialises (VM creation only)."""
    t = 'x86_64'
    p = prog(t)
    if not kvm_usable():
        skip('no usable /dev/kvm: -accel kvm initialisation not shown')
        return
    check_runs(t, ['-accel', 'kvm'])
    check_runs(t, [])
    check_runs(t, ['-accel', 'kvm,kernel-irqchip=split'])
    check_runs(t, ['-accel', 'kvm,kernel-irqchip=off,notify-vmexit=disable'])
    for args in ([], ['-accel', 'kvm'], ['-enable-kvm'],
                 ['-machine', 'accel=kvm'], ['-machine', 'accel=kvm:qtest'],
                 ['-accel', 'kvm,kernel-irqchip=on'],
                 ['-accel', 'kvm,kernel-irqchip=off'],
                 ['-accel', 'kvm,kernel-irqchip=split'],
                 ['-accel', 'kvm,dirty-ring-size=4096'],
                 ['-accel', 'kvm,kvm-shadow-mem=1048576'],
                 ['-accel', 'kvm,notify-vmexit=internal-error,'
                  'notify-window=100']):
        check_kvm_enabled(['-M', 'microvm'] + args,
                          'microvm %s' % ' '.join(args))
    rc, replies, err = qmp_stdio(t, ['-M', 'microvm', '-accel', 'qtest'],
                                 QUERY_KVM[:1])
    check_eq(replies, [{'return': {'enabled': False, 'present': True}}],
             'query-kvm under -accel qtest')
    # The ring's limit is the host's: 64 KiB entries on Linux x86.
    big = 'kvm,dirty-ring-size=1048576'
    too_big = ('%s: -accel %s: KVM dirty ring size 1048576 too big (maximum '
               'is 65536).  Please use a smaller value.\n%s: -accel %s: '
               'failed to initialize kvm: Invalid argument\n'
               % (p, big, p, big))
    check_error(t, ['-accel', big], too_big)
    check_runs(t, ['-accel', big, '-accel', 'kvm'],
               too_big + '%s: falling back to KVM\n' % p)
    check_runs(t, ['-accel', big, '-accel', 'qtest'],
               too_big + '%s: falling back to QTest\n' % p)
    check_error(t, ['-accel', 'kvm,dirty-ring-size=3'],
                '%s: -accel kvm,dirty-ring-size=3: dirty-ring-size must be '
                'a power of two.\n' % p)
    # QEMU 8.2 built without TCG (as this binary is) refuses -icount
    # before looking at the accelerator; with TCG it would say "-icount
    # is not allowed with hardware virtualization".
    check_error(t, ['-accel', 'kvm', '-icount', '1'],
                '%s: -icount 1: cannot configure icount, TCG support not '
                'available\n' % p)
    rc, out, err = run_and_stop(t, '-M', 'microvm', '-display', 'none',
                                '-smp', '288', '-accel', 'kvm')
    check_match(r'%s: -accel kvm: warning: Number of SMP cpus requested '
                r'\(288\) exceeds the recommended cpus supported by KVM '
                r'\((\d+)\)\n%s: -accel kvm: warning: Number of hotpluggable '
                r'cpus requested \(288\) exceeds the recommended cpus '
                r'supported by KVM \(\1\)\n' % (p, p) +
                re.escape(terminated(t)), err,
                '-smp 288 -accel kvm warnings')
    test_kvm_memory_slots()


def test_kvm_memory_slots():
    """microvm's RAM and BIOS become KVM memory slots (the kernel accepts
    them: ret=0): the default 64 KiB BIOS at 4 GiB - 64 KiB and at
    0xf0000, then the RAM around it, split at 3 GiB as QEMU splits it."""
    t = 'x86_64'
    slot = (r'kvm_set_user_memory AddrSpace#0 Slot#%d flags=0x0 gpa=%s '
            r'size=%s ua=0x[0-9a-f]+ ret=0\n')
    bios = [('0xffff0000', '0x10000'), ('0xf0000', '0x10000'),
            ('0x0', '0xf0000')]
    for mem, slots in (('128M', bios + [('0x100000', '0x7f00000')]),
                       ('4G', bios + [('0x100000', '0xbff00000'),
                                      ('0x100000000', '0x40000000')])):
        rc, out, err = run_and_stop(t, '-M', 'microvm', '-display', 'none',
                                    '-accel', 'kvm', '-m', mem, '-trace',
                                    'kvm_set_user_memory')
        want = ''.join(slot % (i, gpa, size)
                       for i, (gpa, size) in enumerate(slots))
        check_match(want + re.escape(terminated(t)), err,
                    '-m %s memory slots' % mem)
    # info mtree -f marks what KVM maps, as QEMU does
    mtree = ('{"execute": "human-monitor-command", "arguments": '
             '{"command-line": "info mtree -f"}}')
    ranges = [
        '0000000000000000-00000000000effff (prio 0, ram): microvm.ram',
        '00000000000f0000-00000000000fffff (prio 0, ram): pc.bios',
        '0000000000100000-00000000bfffffff (prio 0, ram): microvm.ram '
        '@0000000000100000',
        '00000000ffff0000-00000000ffffffff (prio 0, ram): pc.bios',
        '0000000100000000-000000013fffffff (prio 0, ram): microvm.ram '
        '@00000000c0000000']
    for accel, mark in (('kvm', ' KVM'), ('qtest', '')):
        rc, replies, err = qmp_stdio(t, ['-M', 'microvm', '-m', '4G',
                                         '-accel', accel], [mtree])
        text = replies[0].get('return', '') if replies else ''
        for r in ranges:
            check('\r\n  %s%s\r\n' % (r, mark) in text,
                  'info mtree -f under %s: no line %r in %r'
                  % (accel, r + mark, text))
    check_error(t, ['-accel', 'kvm,xen-version=0x4000a'],
                '%s: -accel kvm,xen-version=0x4000a: kvm: Xen support only '
                'available in PC machine\n%s: -accel kvm,xen-version=0x4000a:'
                ' failed to initialize kvm: Operation not supported\n'
                % (prog(t), prog(t)))


def test_program_name():
    """A name ending in "kvm" prefers kvm when a binary has both; ours
    have one each, so the name changes nothing, as in QEMU."""
    with tempfile.TemporaryDirectory() as d:
        for target in ('riscv64', 'x86_64'):
            link = os.path.join(d, 'qemu-kvm')
            if os.path.lexists(link):
                os.unlink(link)
            os.symlink(binary(target), link)
            if target == 'riscv64':
                p = subprocess.Popen([link, '-M', 'none', '-display', 'none',
                                      '-accel', 'help'],
                                     stdout=subprocess.PIPE, text=True)
                out = p.communicate(timeout=30)[0]
                check_eq(out, 'Accelerators supported in QEMU binary:\n'
                         'tcg\n', 'qemu-kvm -> riscv64 -accel help')
                r = subprocess.run([link, '-M', 'none', '-enable-kvm'],
                                   capture_output=True, text=True,
                                   timeout=30, stdin=subprocess.DEVNULL)
                check_eq((r.returncode, r.stderr),
                         (1, 'qemu-kvm: invalid accelerator kvm\n'),
                         'qemu-kvm -> riscv64 -enable-kvm')
                continue
            if kvm_usable():
                # x86_64 has kvm only: the default is kvm whatever the name
                check_kvm_enabled(['-M', 'microvm'], 'qemu-kvm -> x86_64',
                                  binary_path=link)
                continue
            if not os.path.exists('/dev/kvm'):
                check_program_name_no_kvm(link)


def test_rtc():
    for t in ('riscv64', 'x86_64'):
        p = prog(t)
        for base in ('foo', '2006-13', '1969-12-31T23:59:59'):
            check_error(t, ['-accel', 'qtest', '-rtc', 'base=' + base],
                        '%s: invalid datetime format\nvalid formats: '
                        "'2006-06-17T16:01:21' or '2006-06-17'\n" % p)
        check_error(t, ['-rtc', 'clock=foo'],
                    "%s: invalid option value 'foo'\n" % p)
        check_error(t, ['-rtc', 'driftfix=foo'],
                    "%s: invalid option value 'foo'\n" % p)
        check_error(t, ['-rtc', 'foo=1'],
                    "%s: -rtc foo=1: Invalid parameter 'foo'\n" % p)
        check_runs(t, ['-accel', 'qtest', '-rtc',
                       'base=2006-06-17T16:01:21,clock=vm,driftfix=none'])
        check_runs(t, ['-accel', 'qtest', '-rtc', 'base=localtime,clock=rt'])
        check_runs(t, ['-accel', 'qtest', '-rtc', 'base=utc,clock=host'])
        check_runs(t, ['-accel', 'qtest', '-rtc', 'driftfix=slew'],
                   "%s: warning: driftfix 'slew' is not available with "
                   "this machine\n" % p)


def test_readconfig_accel():
    with tempfile.NamedTemporaryFile('w', suffix='.cfg') as f:
        f.write('[accel]\n  thread = "single"\n')
        f.flush()
        check_error('riscv64', ['-readconfig', f.name],
                    "%s:%s:2: Parameter 'accel' is missing\n"
                    % (prog('riscv64'), f.name))


test_help()
test_riscv64()
test_icount()
test_x86_64()
test_kvm_absent()
test_kvm_present()
test_program_name()
test_rtc()
test_readconfig_accel()
finish()
