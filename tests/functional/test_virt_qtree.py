# SPDX-License-Identifier: GPL-2.0-or-later
"""The riscv virt board's UART, RTC, test finisher and virtio-mmio slots
are qdev devices on the main system bus, as in QEMU: info qtree lists
them (newest first) with their properties, interrupt lines, MMIO regions
and, for each virtio-mmio transport, its virtio-mmio-bus, exactly as
QEMU 7.2 prints them; -device refuses them with QEMU's messages (they
are not user-creatable) and -device DRIVER,help lists their properties;
the harts are riscv.hart_array devices, one per socket, with the CPUs at
/machine/socN/harts[M] as in QEMU; the machine reset reaches the devices
through the qdev reset path; the register blocks are QEMU's sizes."""
import re
import subprocess

from qltest import binary, check, check_eq, expect_error, finish, qmp_stdio

T = 'riscv64'


def virtio(n):
    return ('  dev: virtio-mmio, id ""\n'
            '    gpio-out "sysbus-irq" 1\n'
            '    format_transport_address = true\n'
            '    force-legacy = true\n'
            '    ioeventfd = false\n'
            '    mmio 00000000%08x/0000000000000200\n'
            '    bus: virtio-mmio-bus.%d\n'
            '      type virtio-mmio-bus\n' % (0x10001000 + n * 0x1000, n))


# What QEMU 7.2 prints for these devices (-M virt -nodefaults).
EXPECTED = ('bus: main-system-bus\n'
            '  type System\n'
            '  dev: goldfish_rtc, id ""\n'
            '    gpio-out "sysbus-irq" 1\n'
            '    big-endian = false\n'
            '    mmio 0000000000101000/0000000000000024\n'
            '  dev: serial-mm, id ""\n'
            '    gpio-out "sysbus-irq" 1\n'
            '    regshift = 0 (0x0)\n'
            '    endianness = 2 (0x2)\n'
            '    mmio ffffffffffffffff/0000000000000008\n' +
            ''.join(virtio(n) for n in range(7, -1, -1)) +
            '  dev: riscv.sifive.test, id ""\n'
            '    mmio 0000000000100000/0000000000001000\n')

HARTS = ('  dev: riscv.hart_array, id ""\n'
         '    num-harts = %d (0x%x)\n'
         '    hartid-base = %d (0x%x)\n'
         '    cpu-type = "rv64-riscv-cpu"\n'
         '    resetvec = 4096 (0x1000)\n')

rc, replies, err = qmp_stdio(T, ['-M', 'virt'], [
    '{"execute": "human-monitor-command",'
    ' "arguments": {"command-line": "info qtree"}}',
    '{"execute": "query-cpus-fast"}'])
check_eq((rc, err), (0, ''), 'info qtree: status and stderr')
qtree = replies[0]['return'].replace('\r\n', '\n')
check(qtree.startswith(EXPECTED), 'info qtree: the virt devices as QEMU '
      'shows them:\n%s' % qtree)
# Then the interrupt controllers, and first of all the harts.
check('  dev: riscv.sifive.plic, id ""\n' in qtree and
      '    sswi = 0 (0x0)\n' in qtree and
      qtree.endswith(HARTS % (1, 1, 0, 0)), 'info qtree: PLIC, ACLINT, '
      'hart array: %s' % qtree)
check_eq(replies[1]['return'][0]['qom-path'], '/machine/soc0/harts[0]',
         'the hart is the hart array\'s child')

# Two NUMA nodes: a hart array for each socket.
rc, replies, err = qmp_stdio(T, [
    '-M', 'virt', '-smp', '4', '-m', '2G',
    '-object', 'memory-backend-ram,id=m0,size=1G',
    '-object', 'memory-backend-ram,id=m1,size=1G',
    '-numa', 'node,memdev=m0,cpus=0-1', '-numa', 'node,memdev=m1,cpus=2-3'],
    ['{"execute": "human-monitor-command",'
     ' "arguments": {"command-line": "info qtree"}}',
     '{"execute": "query-cpus-fast"}'])
qtree = replies[0]['return'].replace('\r\n', '\n')
# Each socket's harts, then its ACLINT and PLIC (QEMU's order).
per_socket = ['riscv.sifive.plic', 'riscv.aclint.mtimer', 'riscv.aclint.swi',
              'riscv.hart_array']
check_eq(re.findall(r'  dev: (riscv\.(?:hart_array|aclint|sifive\.plic)\S*),'
                    r'[^\n]*\n(?:    [^\n]*\n)*?    hartid-base = (\d+)',
                    qtree),
         [(d, '2') for d in per_socket] + [(d, '0') for d in per_socket],
         'info qtree: the devices of each socket')
check(qtree.endswith(HARTS % (2, 2, 0, 0)) and HARTS % (2, 2, 2, 2) in qtree,
      'info qtree: a hart array per socket: %s' % qtree)
check_eq([c['qom-path'] for c in replies[1]['return']],
         ['/machine/soc0/harts[0]', '/machine/soc0/harts[1]',
          '/machine/soc1/harts[0]', '/machine/soc1/harts[1]'],
         'harts of two sockets')

# Not user-creatable, with QEMU's messages.
for driver in ('serial-mm', 'goldfish_rtc', 'riscv.sifive.test',
               'virtio-mmio'):
    expect_error(T, ['-M', 'virt', '-display', 'none', '-nodefaults',
                     '-device', driver],
                 "-device %s: Parameter 'driver' expects a pluggable device "
                 "type" % driver)
for args, message in (
        (['-device', 'nosuch'], "'nosuch' is not a valid device model name"),
        (['-device', 'memory-backend-ram'],
         "'memory-backend-ram' is not a valid device model name"),
        (['-device', 'sys-bus-device'],
         "Parameter 'driver' expects a non-abstract device type"),
        (['-device', 'id=x'], "Parameter 'driver' is missing")):
    expect_error(T, ['-M', 'virt', '-display', 'none', '-nodefaults'] + args,
                 '%s %s: %s' % (args[0], args[1], message))

# -device DRIVER,help lists an instance's properties as QEMU does.
for driver, want in (
        ('virtio-mmio', 'virtio-mmio options:\n'
         '  force-legacy=<bool>    -  (default: true)\n'
         '  format_transport_address=<bool> -  (default: true)\n'
         '  ioeventfd=<bool>       - on/off (default: true)\n'),
        ('goldfish_rtc', 'goldfish_rtc options:\n'
         '  big-endian=<bool>      -  (default: false)\n'),
        ('serial-mm', 'serial-mm options:\n'
         '  baudbase=<uint32>      -  (default: 115200)\n'
         '  chardev=<str>          - ID of a chardev to use as a backend\n'
         '  endianness=<uint8>     -  (default: 0)\n'
         '  regshift=<uint8>       -  (default: 0)\n'
         '  serial=<child<serial>>\n')):
    p = subprocess.run([binary(T), '-device', driver + ',help'],
                       capture_output=True, text=True, timeout=30)
    check_eq((p.returncode, p.stdout, p.stderr), (0, want, ''),
             '-device %s,help' % driver)
p = subprocess.run([binary(T), '-device', 'memory-backend-ram,help'],
                   capture_output=True, text=True, timeout=30)
check_eq((p.returncode, p.stdout), (0, ''), '-device NONDEVICE,help status')
check(p.stderr.endswith("-device memory-backend-ram,help: Parameter "
                        "'typename' expects a non-abstract device type\n"),
      '-device NONDEVICE,help: %r' % p.stderr)

# Through qtest: register block sizes, and a machine reset (the test
# finisher's 0x7777) resets the UART and RTC.
p = subprocess.Popen([binary(T), '-M', 'virt', '-accel', 'qtest', '-qtest',
                      'stdio', '-bios', 'none', '-nodefaults'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)


def cmd(line):
    p.stdin.write(line + '\n')
    p.stdin.flush()
    while True:
        reply = p.stdout.readline()
        if not reply.startswith('IRQ'):
            return reply.strip()


UART, RTC, TEST = 0x10000000, 0x101000, 0x100000
cmd('writeb 0x%x 0x5a' % (UART + 7))            # scratch
cmd('writel 0x%x 1' % (RTC + 0x10))             # alarm interrupt enabled
check_eq((cmd('readb 0x%x' % (UART + 7)), cmd('readl 0x%x' % (RTC + 0x10))),
         ('OK 0x000000000000005a', 'OK 0x0000000000000001'),
         'UART scratch and RTC irq enable written')
cmd('writel 0x%x 0x7777' % TEST)
check_eq((cmd('readb 0x%x' % (UART + 7)), cmd('readl 0x%x' % (RTC + 0x10))),
         ('OK 0x0000000000000000', 'OK 0x0000000000000000'),
         'machine reset resets the UART and the RTC')
check_eq(cmd('readl 0x%x' % 0x10001004), 'OK 0x0000000000000001',
         'virtio-mmio slot: legacy version')
p.kill()
p.communicate()
finish()
