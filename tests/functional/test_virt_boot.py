# SPDX-License-Identifier: GPL-2.0-or-later
"""Boots on the riscv virt board: OpenSBI's banner names the platform and
ISA; Debian's U-Boot (M-mode as -bios, S-mode as -kernel under OpenSBI)
reaches its prompt and answers `version`; the Linux kernel and initramfs
of ../shared/guests reach GUEST-BOOT-OK and power off with exit status 0
with -smp 1, 2 and 4, with aclint=on and with two NUMA sockets, and a
shell command round-trips through -nographic.  Parts whose files are
missing are skipped with a message."""
import os
import select
import subprocess
import sys
import time

from qltest import binary, check, check_eq, finish

T = 'riscv64'
ROOT = os.environ.get('QLITE_SOURCE_ROOT', '.')
GUESTS = os.environ.get('QLITE_GUESTS') or os.path.join(
    ROOT, '..', 'shared', 'guests')
LINUX = os.path.join(GUESTS, 'riscv64')
UBOOT_M = '/usr/lib/u-boot/qemu-riscv64/u-boot.bin'
UBOOT_S = '/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin'
TIMEOUT = 120


class Console:
    """The binary on -nographic, read and written through pipes."""

    def __init__(self, *args, cwd=None):
        self.p = subprocess.Popen([binary(T), '-M', 'virt', '-m', '256M',
                                   '-nographic'] + list(args), cwd=cwd,
                                  stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT)
        self.out = b''

    def expect(self, text, timeout=TIMEOUT):
        """Read until @text appears; True if it did."""
        want = text.encode()
        deadline = time.monotonic() + timeout
        while want not in self.out:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            r, _, _ = select.select([self.p.stdout], [], [], left)
            if r:
                chunk = os.read(self.p.stdout.fileno(), 65536)
                if not chunk:
                    return False
                self.out += chunk
        return True

    def send(self, text):
        self.p.stdin.write(text.encode())
        self.p.stdin.flush()

    def wait(self, timeout=TIMEOUT):
        """The exit status, reading the rest of the output."""
        try:
            rest, _ = self.p.communicate(timeout=timeout)
            self.out += rest
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.communicate()
            return None
        return self.p.returncode

    def kill(self):
        self.p.kill()
        self.p.communicate()


def tail(con):
    return con.out[-600:].decode(errors='replace')


# OpenSBI (the default firmware) names the platform and the ISA.
con = Console()
check(con.expect('Platform Name             : riscv-virtio,qemu') and
      con.expect('Boot HART Base ISA        : rv64imafdc'),
      'OpenSBI banner: %s' % tail(con))
con.kill()

for name, args in (('M-mode U-Boot', ('-bios', UBOOT_M)),
                   ('S-mode U-Boot', ('-kernel', UBOOT_S))):
    if not os.path.exists(args[1]):
        print('SKIP: %s: %s is missing (package u-boot-qemu)' %
              (name, args[1]))
        continue
    con = Console(*args)
    ok = con.expect('Hit any key to stop autoboot')
    con.send('\r')
    ok = ok and con.expect('=> ')
    con.send('version\r')
    ok = ok and con.expect('U-Boot 2023.01')
    check(ok, '%s prompt and version: %s' % (name, tail(con)))
    con.kill()

if not os.path.isdir(LINUX):
    print('SKIP: Linux boots: %s is absent (the prebuilt guests)' % LINUX)
    finish()

KERNEL = ('-bios', 'fw_dynamic.bin', '-kernel', 'Image', '-initrd',
          'initramfs.cpio.gz')
for smp in ('1', '2', '4'):
    con = Console('-smp', smp, *KERNEL, '-append',
                  'console=ttyS0 qlite.test=poweroff', cwd=LINUX)
    rc = con.wait()
    text = con.out.decode(errors='replace')
    check('GUEST-BOOT-OK' in text and 'reboot: Power down' in text,
          'Linux -smp %s: boot and power off: %s' % (smp, text[-600:]))
    check_eq(rc, 0, 'Linux -smp %s: exit status' % smp)
    if smp != '1':
        check('smp: Brought up 1 node, %s CPUs' % smp in text,
              'Linux -smp %s: all harts up' % smp)

# aclint=on (OpenSBI drives the ACLINT MSWI and MTIMER), and two NUMA
# sockets, each with its own CLINT and PLIC (Linux finds both PLICs).
NUMA = ('-smp', '4,sockets=2',
        '-object', 'memory-backend-ram,id=m0,size=128M',
        '-object', 'memory-backend-ram,id=m1,size=128M',
        '-numa', 'node,memdev=m0,cpus=0-1',
        '-numa', 'node,memdev=m1,cpus=2-3')
for name, args, marks in (
        ('sockets=2 without -numa (one socket)', ('-smp', '4,sockets=2'),
         ('smp: Brought up 1 node, 4 CPUs',)),
        ('aclint=on', ('-M', 'virt,aclint=on', '-smp', '2'),
         ('Platform IPI Device       : aclint-mswi',
          'Platform Timer Device     : aclint-mtimer @ 10000000Hz',
          'smp: Brought up 1 node, 2 CPUs')),
        ('two sockets', NUMA,
         ('plic@c000000: mapped 95 interrupts with 2 handlers',
          'plic@c600000: mapped 95 interrupts with 2 handlers',
          'smp: Brought up 1 node, 4 CPUs')),
        ('two sockets, aclint=on', ('-M', 'virt,aclint=on') + NUMA,
         ('Platform IPI Device       : aclint-mswi',
          'plic@c600000: mapped 95 interrupts with 2 handlers',
          'smp: Brought up 1 node, 4 CPUs'))):
    con = Console(*args, *KERNEL, '-append',
                  'console=ttyS0 qlite.test=poweroff', cwd=LINUX)
    rc = con.wait()
    text = con.out.decode(errors='replace')
    check('GUEST-BOOT-OK' in text and 'reboot: Power down' in text and
          all(m in text for m in marks),
          'Linux %s: boot and power off: %s' % (name, text[-600:]))
    check_eq(rc, 0, 'Linux %s: exit status' % name)

# The interactive shell: a command's output comes back through the UART.
con = Console(*KERNEL, '-append', 'console=ttyS0', cwd=LINUX)
ok = con.expect('qlite# ')
con.send('echo $((6 * 7))-round-trip\n')
ok = ok and con.expect('42-round-trip')
check(ok, 'shell round trip: %s' % tail(con))
# A guest reboot (SBI system reset) resets the machine: it boots again.
con.out = b''
con.send('reboot -f\n')
ok = con.expect('reboot: Restarting system') and con.expect('OpenSBI v')
ok = ok and con.expect('GUEST-BOOT-OK') and con.expect('qlite# ')
check(ok, 'reboot boots again: %s' % tail(con))
# Input typed right after the new prompt reaches the shell.
con.send('echo $((6 * 8))-after-reboot\n')
check(ok and con.expect('48-after-reboot'),
      'shell round trip after the reboot: %s' % tail(con))
con.kill()

# With -no-reboot the guest's reboot ends the process instead (status 0).
con = Console('-no-reboot', *KERNEL, '-append', 'console=ttyS0', cwd=LINUX)
ok = con.expect('qlite# ')
con.send('reboot -f\n')
check_eq(con.wait(), 0, '-no-reboot: exit status on reboot')
check(ok and con.out.count(b'OpenSBI v') == 1, '-no-reboot: booted once')
finish()
