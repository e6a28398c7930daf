# SPDX-License-Identifier: GPL-2.0-or-later
"""The virt board's UART holds input back while it has no room (receive
FIFO full, receive buffer full with the FIFOs off, loopback) and takes it
again as soon as it has room by any path, not only when the guest reads
the receive buffer: a machine reset, a FIFO reset or mode change through
FCR, loopback turned off.  Driven through qtest (no hart runs) with the
UART on a unix socket chardev that a test client writes into."""
import os
import socket
import subprocess
import tempfile
import time

from qltest import binary, check, check_eq, finish

T = 'riscv64'
UART = 0x10000000
TEST = 0x100000
RBR, FCR, MCR, LSR = 0, 2, 4, 5
LSR_DR = 0x01


class Machine:
    """-M virt under qtest with the UART on a socket, and its client."""

    def __init__(self, tmp):
        path = os.path.join(tmp, 'uart.sock')
        self.p = subprocess.Popen(
            [binary(T), '-M', 'virt', '-accel', 'qtest', '-qtest', 'stdio',
             '-bios', 'none', '-nodefaults', '-chardev',
             'socket,id=u,path=%s,server=on,wait=off' % path,
             '-serial', 'chardev:u'],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        self.cmd('readb 0x%x' % UART)       # the machine is up
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)

    def cmd(self, line):
        self.p.stdin.write(line + '\n')
        self.p.stdin.flush()
        while True:
            reply = self.p.stdout.readline()
            if not reply.startswith('IRQ'):
                return reply.strip()

    def rd(self, reg):
        return int(self.cmd('readb 0x%x' % (UART + reg)).split()[1], 16)

    def wr(self, reg, val):
        self.cmd('writeb 0x%x 0x%x' % (UART + reg, val))

    def wait_dr(self, timeout=3.0):
        """True once LSR shows received data."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.rd(LSR) & LSR_DR:
                return True
            time.sleep(0.01)
        return False

    def close(self):
        self.sock.close()
        self.p.stdin.close()
        self.p.kill()
        self.p.wait()


def held_back(make_room, fifo, what):
    """Fill the UART (16 bytes with FIFOs on, 1 without), leave input
    waiting, make room with make_room(m) and expect the next byte."""
    with tempfile.TemporaryDirectory() as tmp:
        m = Machine(tmp)
        if fifo:
            m.wr(FCR, 0x01)
        m.sock.sendall(b'abcdefghijklmnopqrst')
        ok = m.wait_dr()
        time.sleep(0.2)         # the rest waits: the UART is full
        make_room(m)
        ok = ok and m.wait_dr()
        got = m.rd(RBR) if ok else None
        m.close()
    return ok, got


def machine_reset(m):
    m.cmd('writel 0x%x 0x7777' % TEST)


def fifo_reset(m):
    m.wr(FCR, 0x03)


def fifo_on(m):
    m.wr(FCR, 0x01)


for name, make_room, fifo, want in (
        ('machine reset, FIFO full', machine_reset, True, ord('q')),
        ('machine reset, FIFOs off', machine_reset, False, ord('b')),
        ('FCR receive FIFO reset', fifo_reset, True, ord('q')),
        ('FCR FIFO enable (clears the buffer)', fifo_on, False, ord('b'))):
    ok, got = held_back(make_room, fifo, name)
    check_eq((ok, got), (True, want), 'input resumes after %s' % name)


def loopback(m):
    """Loopback refuses outside input; turning it off takes it again."""
    m.wr(MCR, 0x18)             # LOOP | OUT2
    m.sock.sendall(b'xy')
    time.sleep(0.2)
    check(not m.rd(LSR) & LSR_DR, 'loopback: outside input held back')
    m.wr(MCR, 0x08)
    check(m.wait_dr(), 'loopback off: input arrives')
    check_eq(m.rd(RBR), ord('x'), 'loopback off: the first byte')


with tempfile.TemporaryDirectory() as tmp:
    m = Machine(tmp)
    loopback(m)
    m.close()
finish()
