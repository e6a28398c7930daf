# SPDX-License-Identifier: GPL-2.0-or-later
"""The virt board's UART on a socket whose reader stops: output the
chardev cannot take stays in the UART (LSR.THRE and TEMT clear, so a
polling guest waits) instead of being dropped; QMP still answers and the
process does not grow while the reader is stopped; once the reader reads
again, every byte of 1.5 MiB (past the chardev's 1 MiB buffer) arrives, in
order.  A socket chardev with no peer still discards, also when the peer
goes away while the UART waits.  Driven through qtest (no hart runs)."""
import os
import socket
import subprocess
import tempfile
import threading
import time

from qltest import QmpClient, binary, check, check_eq, finish, proc_status

T = 'riscv64'
UART = 0x10000000
THR, FCR, LSR = 0, 2, 5
LSR_THRE, LSR_TEMT = 0x20, 0x40
TOTAL = 3 * 512 * 1024
DATA = bytes((i * 7 + i // 251) & 0xff for i in range(TOTAL))


class Machine:
    """-M virt under qtest, the UART on a socket, QMP on another."""

    def __init__(self, tmp, connect=True):
        path = os.path.join(tmp, 'uart.sock')
        qmp = os.path.join(tmp, 'qmp.sock')
        self.p = subprocess.Popen(
            [binary(T), '-M', 'virt', '-accel', 'qtest', '-qtest', 'stdio',
             '-qtest-log', 'none', '-bios', 'none', '-nodefaults', '-chardev',
             'socket,id=u,path=%s,server=on,wait=off' % path,
             '-serial', 'chardev:u',
             '-qmp', 'unix:%s,server=on,wait=off' % qmp],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True)
        self.cmd('readb 0x%x' % UART)       # the machine is up
        self.qmp = QmpClient(qmp)
        self.qmp.line()
        self.qmp.cmd('{"execute": "qmp_capabilities"}')
        self.sock = None
        if connect:
            self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self.sock.connect(path)

    def replies(self, count):
        """The last of the next @count replies (IRQ lines skipped)."""
        reply = ''
        while count:
            reply = self.p.stdout.readline()
            if not reply.startswith('IRQ'):
                count -= 1
        return reply.strip()

    def cmd(self, line):
        self.p.stdin.write(line + '\n')
        self.p.stdin.flush()
        return self.replies(1)

    def lsr(self):
        return int(self.cmd('readb 0x%x' % (UART + LSR)).split()[1], 16)

    def send16(self, chunk):
        """Write @chunk (the FIFO's size at most) to THR; LSR after it."""
        lines = ['writeb 0x%x 0x%x\n' % (UART + THR, b) for b in chunk]
        lines.append('readb 0x%x\n' % (UART + LSR))
        self.p.stdin.write(''.join(lines))
        self.p.stdin.flush()
        return int(self.replies(len(lines)).split()[1], 16)

    def close(self):
        if self.sock:
            self.sock.close()
        self.qmp.close()
        self.p.stdin.close()
        self.p.kill()
        self.p.wait()


def rss_kb(pid):
    return int(proc_status(pid)['VmRSS'].split()[0])


def reader(sock, got):
    while True:
        data = sock.recv(1 << 20)
        if not data:
            return
        got.extend(data)


def stream(m):
    """Write DATA as a polling guest would; the reader starts only once
    the UART has been seen holding output back."""
    got = bytearray()
    thread = None
    pos = 0
    lsr = m.lsr()
    while pos < TOTAL:
        if lsr & LSR_THRE:
            lsr = m.send16(DATA[pos:pos + 16])
            pos += 16
            continue
        if thread is None:
            held_at = pos
            check_eq(lsr & (LSR_THRE | LSR_TEMT), 0,
                     'a stopped reader leaves THRE and TEMT clear')
            rss = rss_kb(m.p.pid)
            time.sleep(0.5)
            check_eq(m.lsr() & LSR_THRE, 0,
                     'the UART keeps waiting while the reader is stopped')
            check('"running"' in m.qmp.cmd('{"execute": "query-status"}'),
                  'QMP answers while the reader is stopped')
            check(rss_kb(m.p.pid) < rss + 4096,
                  'memory does not grow while the reader is stopped')
            thread = threading.Thread(target=reader, args=(m.sock, got))
            thread.start()
        lsr = m.lsr()
    check(thread is not None, 'the reader stopping held the output back')
    check(1 << 20 <= held_at < TOTAL,
          'the chardev buffered about 1 MiB before holding back (%d)'
          % (held_at if thread else -1))
    deadline = time.monotonic() + 30
    while len(got) < TOTAL and time.monotonic() < deadline:
        time.sleep(0.05)
    m.sock.shutdown(socket.SHUT_RDWR)
    if thread:
        thread.join()
    check_eq(len(got), TOTAL, 'every byte arrives')
    check(bytes(got) == DATA, 'the bytes arrive in order, unchanged')


with tempfile.TemporaryDirectory() as tmp:
    m = Machine(tmp)
    m.cmd('writeb 0x%x 0x01' % (UART + FCR))
    stream(m)
    m.close()

# The peer goes away while the UART waits: the rest is discarded.
with tempfile.TemporaryDirectory() as tmp:
    m = Machine(tmp)
    m.cmd('writeb 0x%x 0x01' % (UART + FCR))
    pos = 0
    while m.send16(DATA[pos:pos + 16]) & LSR_THRE and pos < TOTAL:
        pos += 16
    check(pos < TOTAL, 'a stopped reader holds output back')
    m.sock.close()
    m.sock = None
    deadline = time.monotonic() + 5
    while not m.lsr() & LSR_THRE and time.monotonic() < deadline:
        time.sleep(0.01)
    check(m.lsr() & LSR_THRE, 'peer gone: the UART stops waiting')
    m.close()

# No peer: output is discarded and the transmitter never waits.
with tempfile.TemporaryDirectory() as tmp:
    m = Machine(tmp, connect=False)
    lsr = 0
    for i in range(64):
        lsr = m.send16(b'x' * 16)
        check(lsr & LSR_THRE, 'no peer: THRE set at once')
        if not lsr & LSR_THRE:
            break
    m.close()
finish()
