# SPDX-License-Identifier: GPL-2.0-or-later
"""The riscv virt board's devices, driven through the qtest protocol
(-qtest stdio -accel qtest, so no hart runs): the ACLINT's mtime follows
the virtual clock at 10 MHz; the UART's THR-empty interrupt reaches the
PLIC, which a context claims and completes; UART output reaches its
chardev; the Goldfish RTC reads the host's time and raises its alarm
interrupt; the empty virtio-mmio slots answer as QEMU's; the sifive_test
finisher exits with the guest's code and resets the machine; with two
NUMA nodes and aclint=on each socket has its own MTIMER, SSWI and PLIC;
a guest's write to the SSWI sets its mip.SSIP."""
import os
import subprocess
import tempfile
import time

from qltest import binary, check, check_eq, finish

T = 'riscv64'
PLIC = 0x0c000000
UART = 0x10000000
RTC = 0x101000
TEST = 0x100000
CLINT_MTIME = 0x0200bff8


class QTest:
    def __init__(self, *args):
        self.p = subprocess.Popen([binary(T), '-M', 'virt', '-accel', 'qtest',
                                   '-qtest', 'stdio', '-bios', 'none',
                                   '-nodefaults'] + list(args),
                                  stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)

    def cmd(self, line):
        self.p.stdin.write(line + '\n')
        self.p.stdin.flush()
        while True:
            reply = self.p.stdout.readline()
            if not reply or not reply.startswith('IRQ'):
                return reply.strip()

    def readl(self, addr):
        reply = self.cmd('readl 0x%x' % addr)
        check(reply.startswith('OK '), 'readl 0x%x: %r' % (addr, reply))
        return int(reply.split()[1], 16) if reply.startswith('OK ') else -1

    def writel(self, addr, val):
        check_eq(self.cmd('writel 0x%x 0x%x' % (addr, val)), 'OK',
                 'writel 0x%x' % addr)

    def writeb(self, addr, val):
        check_eq(self.cmd('writeb 0x%x 0x%x' % (addr, val)), 'OK',
                 'writeb 0x%x' % addr)

    def close(self):
        self.p.stdin.close()
        self.p.kill()
        self.p.wait()


with tempfile.TemporaryDirectory() as d:
    serial = os.path.join(d, 'serial.txt')
    q = QTest('-serial', 'file:' + serial)

    # mtime: 10 MHz of the virtual clock, which only clock_step moves.
    t0 = q.readl(CLINT_MTIME)
    check_eq(q.cmd('clock_step 1000000'), 'OK 1000000', 'clock_step 1 ms')
    check_eq(q.readl(CLINT_MTIME) - t0, 10000, 'mtime after 1 ms')

    # UART: reset values, output to its chardev.
    check_eq(q.cmd('readb 0x%x' % (UART + 5)), 'OK 0x0000000000000060',
             'UART LSR')
    for ch in b'hi\n':
        q.writeb(UART, ch)
    # UART THR-empty interrupt -> PLIC source 10, S context of hart 0.
    q.writel(PLIC + 4 * 10, 1)              # priority
    q.writel(PLIC + 0x2000 + 0x80, 1 << 10)  # enable for context 1
    q.writeb(UART + 1, 0x02)                # IER: THRI
    check_eq(q.readl(PLIC + 0x1000) & (1 << 10), 1 << 10, 'PLIC pending')
    check_eq(q.readl(PLIC + 0x200000 + 0x1000 + 4), 10, 'PLIC claim')
    check_eq(q.readl(PLIC + 0x200000 + 0x1000 + 4), 0, 'PLIC claimed once')
    q.writel(PLIC + 0x200000 + 0x1000 + 4, 10)   # complete
    # A threshold at the priority masks it.
    q.writel(PLIC + 0x200000 + 0x1000, 1)
    check_eq(q.readl(PLIC + 0x200000 + 0x1000 + 4), 0, 'PLIC threshold')
    check_eq(q.readl(PLIC + 4 * 10), 1, 'PLIC priority reads back')
    q.writel(PLIC + 4 * 10, 0xffffffff)
    check_eq(q.readl(PLIC + 4 * 10), 7, 'PLIC priority WARL (3 bits)')

    # RTC: the host's time in ns; an alarm in the past interrupts (11).
    now = q.readl(RTC) | (q.readl(RTC + 4) << 32)
    check(abs(now / 1e9 - time.time()) < 5, 'RTC time %d' % now)
    q.writel(PLIC + 4 * 11, 1)
    q.writel(PLIC + 0x2000 + 0x80, 1 << 11)
    q.writel(PLIC + 0x200000 + 0x1000, 0)
    q.writel(RTC + 0x10, 1)                 # IRQ_ENABLED
    q.writel(RTC + 0x0c, 0)                 # ALARM_HIGH
    q.writel(RTC + 0x08, 1)                 # ALARM_LOW: long past
    check_eq(q.readl(PLIC + 0x200000 + 0x1000 + 4), 11, 'RTC alarm claim')
    q.writel(RTC + 0x1c, 1)                 # CLEAR_INTERRUPT
    q.writel(PLIC + 0x200000 + 0x1000 + 4, 11)
    check_eq(q.readl(PLIC + 0x1000) & (1 << 11), 0, 'RTC interrupt cleared')

    # virtio-mmio slots without a device: magic, version 1, ID 0, vendor.
    check_eq([q.readl(0x10001000 + off) for off in (0, 4, 8, 12)],
             [0x74726976, 1, 0, 0x554d4551], 'empty virtio-mmio slot')

    # The finisher: FAIL with code 3 ends the process with status 3.
    q.p.stdin.write('writel 0x%x 0x33333\n' % TEST)
    q.p.stdin.flush()
    check_eq(q.p.wait(timeout=10), 3, 'sifive_test FAIL code 3')
    check_eq(open(serial).read(), 'hi\n', 'UART output')

# Two NUMA nodes with aclint=on: each socket has its own MTIMER (same
# mtime, its harts' mtimecmp), SSWI and PLIC at base + socket * size;
# the UART interrupts socket 0's PLIC only.
PLIC1 = PLIC + 0x600000
q = QTest('-M', 'aclint=on', '-smp', '4', '-m', '256M',
          '-object', 'memory-backend-ram,id=m0,size=128M',
          '-object', 'memory-backend-ram,id=m1,size=128M',
          '-numa', 'node,cpus=0-1,memdev=m0',
          '-numa', 'node,cpus=2-3,memdev=m1')
check_eq(q.readl(CLINT_MTIME + 0x10000), q.readl(CLINT_MTIME),
         'socket 1 MTIMER: same mtime')
q.writel(0x2014000 + 8, 0x1234)             # mtimecmp of hart 3
check_eq(q.readl(0x2014000 + 8), 0x1234, 'socket 1 MTIMER: mtimecmp')
check_eq(q.readl(0x2004000 + 8), 0, 'socket 0 MTIMER: untouched')
check_eq(q.readl(0x2f04000), 0, 'socket 1 SSWI reads 0')
q.writel(PLIC1 + 4 * 10, 9)
check_eq(q.readl(PLIC1 + 4 * 10), 1, 'socket 1 PLIC: priority WARL')
for plic in (PLIC, PLIC1):
    q.writel(plic + 4 * 10, 1)
    q.writel(plic + 0x2000 + 0x80, 1 << 10)
q.writeb(UART + 1, 0x02)                    # IER: THRI
check_eq([q.readl(p + 0x1000) & (1 << 10) for p in (PLIC, PLIC1)],
         [1 << 10, 0], 'UART interrupts socket 0 PLIC only')
check_eq(q.readl(PLIC1 + 0x200000 + 0x1000 + 4), 0,
         'socket 1 PLIC: nothing to claim')
q.close()

# The memory map of that board: each socket's windows, as QEMU's
# info mtree shows them (a PLIC takes its whole 0x600000 window).
p = subprocess.run([binary(T), '-M', 'virt,aclint=on', '-smp', '4', '-m',
                    '256M', '-object', 'memory-backend-ram,id=m0,size=128M',
                    '-object', 'memory-backend-ram,id=m1,size=128M',
                    '-numa', 'node,cpus=0-1,memdev=m0',
                    '-numa', 'node,cpus=2-3,memdev=m1', '-bios', 'none',
                    '-S', '-display', 'none', '-monitor', 'stdio'],
                   input='info mtree\nquit\n', capture_output=True,
                   text=True, timeout=30)
for start, end, name in ((0x2000000, 0x2003fff, 'riscv.aclint.swi'),
                         (0x2004000, 0x200bfff, 'riscv.aclint.mtimer'),
                         (0x2010000, 0x2013fff, 'riscv.aclint.swi'),
                         (0x2014000, 0x201bfff, 'riscv.aclint.mtimer'),
                         (0x2f00000, 0x2f03fff, 'riscv.aclint.swi'),
                         (0x2f04000, 0x2f07fff, 'riscv.aclint.swi'),
                         (0xc000000, 0xc5fffff, 'riscv.sifive.plic'),
                         (0xc600000, 0xcbfffff, 'riscv.sifive.plic')):
    line = '%016x-%016x (prio 0, i/o): %s' % (start, end, name)
    check(line in p.stdout, 'two sockets: info mtree has %s' % line)

# SSWI from inside a guest (aclint=on, M-mode, interrupts off): reading
# setssip gives 0, writing 1 sets the hart's mip.SSIP, which csrc then
# clears; the program reports 1 + SSIP-seen (2) + SSIP-stuck (8) through
# the finisher's exit code: 3.
SSWI_PROG = bytes.fromhex(
    'b702f00203a50200054323a06200f323403493f323001e9573b04334732e4034137e'
    '2e000a0e7295050542050d631b03333333656500b702100023a0a20001a0')
with tempfile.NamedTemporaryFile(suffix='.bin') as prog:
    prog.write(SSWI_PROG)
    prog.flush()
    p = subprocess.run([binary(T), '-M', 'virt,aclint=on', '-bios', 'none',
                        '-nographic', '-kernel', prog.name],
                       capture_output=True, timeout=30)
    check_eq(p.returncode, 3, 'SSWI sets mip.SSIP: %s' % p.stderr)

q = QTest()
q.p.stdin.write('writel 0x%x 0x5555\n' % TEST)
q.p.stdin.flush()
check_eq(q.p.wait(timeout=10), 0, 'sifive_test PASS')

# 0x7777 resets: the PLIC's registers are back to 0 and it keeps running.
q = QTest()
q.writel(PLIC + 4 * 5, 3)
q.writel(TEST, 0x7777)
check_eq(q.readl(PLIC + 4 * 5), 0, 'sifive_test reset: PLIC reset')
check(q.p.poll() is None, 'sifive_test reset: still running')
q.close()
finish()
