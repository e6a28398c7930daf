# SPDX-License-Identifier: GPL-2.0-or-later
"""microvm's -bios, -kernel, -initrd and -append on the x86_64 binary.

Kernels are made here: a setup part whose header follows the x86 Linux
boot protocol, then a protected-mode part of known bytes.  Guest RAM is
read through the qtest protocol (-accel qtest -qtest stdio): the setup
code with the header as the loader fills it in, the command line, the
kernel and the initrd where QEMU's Linux boot ROM puts them, a PVH ELF
kernel's segments at their physical addresses, and the
BIOS at the top of 4 GiB with its last 64 KiB at 0xf0000.  With a usable
/dev/kvm the same RAM is read with HMP xp under -accel kvm.  Bad files
give QEMU's messages (compared with QEMU 7.2's qemu-system-x86_64)."""
import os
import struct
import subprocess
import tempfile

from qltest import binary, check, check_eq, finish, prog, qmp_stdio, run

T = 'x86_64'
P = prog(T)


def bzimage(protocol=0x20f, loadflags=1, setup_sects=1,
            initrd_max=0x7fffffff, xlf=0, body=b'\x90' * 4096):
    setup = bytearray(512 * ((setup_sects or 4) + 1))
    setup[0x1f1] = setup_sects
    setup[0x202:0x206] = b'HdrS'
    struct.pack_into('<H', setup, 0x206, protocol)
    setup[0x211] = loadflags
    setup[0x100:0x104] = b'CODE'
    struct.pack_into('<I', setup, 0x22c, initrd_max)
    struct.pack_into('<H', setup, 0x236, xlf)
    return bytes(setup) + body


def pvh_elf(note_type=18, paddr=0x1000000, payload=b'PVH-KERNEL-BYTES'):
    """A 64-bit x86 ELF with one PT_LOAD at @paddr and a PT_NOTE holding
    Xen's PVH entry note (type 18) or, to be refused, another one."""
    notes = struct.pack('<III', 4, 8, note_type) + b'Xen\0' + \
        struct.pack('<Q', paddr)
    data_off = 64 + 2 * 56
    ehdr = (b'\x7fELF' + bytes([2, 1, 1, 0]) + bytes(8) +
            struct.pack('<HHIQQQIHHHHHH', 2, 62, 1, paddr, 64, 0, 0, 64,
                        56, 2, 64, 0, 0))
    load = struct.pack('<IIQQQQQQ', 1, 5, data_off, 0xffffffff81000000,
                       paddr, len(payload), len(payload), 0x1000)
    note = struct.pack('<IIQQQQQQ', 4, 4, data_off + len(payload), 0, 0,
                       len(notes), len(notes), 4)
    return ehdr + load + note + payload + notes


class QTest:
    def __init__(self, *args):
        self.p = subprocess.Popen([binary(T), '-M', 'microvm', '-accel',
                                   'qtest', '-qtest', 'stdio', '-qtest-log',
                                   '/dev/null', '-display',
                                   'none', '-nodefaults'] + list(args),
                                  stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)

    def read(self, addr, size):
        self.p.stdin.write('read 0x%x 0x%x\n' % (addr, size))
        self.p.stdin.flush()
        reply = self.p.stdout.readline().strip()
        check(reply.startswith('OK 0x'), 'read 0x%x: %r' % (addr, reply))
        return bytes.fromhex(reply[5:]) if reply.startswith('OK 0x') else b''

    def u32(self, addr):
        return struct.unpack('<I', self.read(addr, 4))[0]

    def close(self):
        self.p.stdin.close()
        self.p.kill()
        self.p.wait()
        return self.p.stderr.read()


def write(d, name, data):
    path = os.path.join(d, name)
    with open(path, 'wb') as f:
        f.write(data)
    return path


def test_bzimage(d):
    """Protocol 2.15, loaded high: setup at 0x10000, command line at
    0x20000, kernel at 1 MiB, initrd at the top of the 128 MiB RAM."""
    kernel = write(d, 'bz', bzimage())
    initrd = write(d, 'initrd', b'I' * 5000)
    q = QTest('-kernel', kernel, '-initrd', initrd, '-append',
              'console=ttyS0 vga=ext')
    check_eq(q.read(0x10100, 4), b'CODE', 'setup code at 0x10000')
    check_eq(q.read(0x10202, 4), b'HdrS', 'setup header')
    check_eq(q.read(0x10210, 2), b'\xb0\x81',
             'type_of_loader 0xb0, loadflags LOADED_HIGH|CAN_USE_HEAP')
    check_eq(q.read(0x101fa, 2), b'\xfe\xff', 'vid_mode from vga=ext')
    check_eq(q.read(0x10224, 2), b'\x00\xfe', 'heap_end_ptr 0xfe00')
    check_eq(q.u32(0x10228), 0x20000, 'cmd_line_ptr')
    initrd_addr = (128 * 1024 * 1024 - 1 - 5000) & ~4095
    check_eq(q.u32(0x10218), initrd_addr, 'ramdisk_image')
    check_eq(q.u32(0x1021c), 5000, 'ramdisk_size')
    check_eq(q.read(0x20000, 22), b'console=ttyS0 vga=ext\0', 'cmdline')
    check_eq(q.read(0x100000, 8), b'\x90' * 8, 'kernel at 1 MiB')
    check_eq(q.read(initrd_addr, 8) + q.read(initrd_addr + 4992, 8),
             b'I' * 16, 'initrd')
    check_eq(q.close(), '', 'stderr')


def test_old_kernels(d):
    """Before protocol 2.02 the command line sits below 0x9a000 and is
    found through the old magic; without LOADED_HIGH the kernel is at
    0x10000; the initrd limit comes from the header from 2.03."""
    q = QTest('-kernel', write(d, 'p201', bzimage(protocol=0x201)),
              '-append', 'ro')
    check_eq(q.read(0x90202, 4), b'HdrS', 'setup at 0x90000')
    check_eq(q.read(0x90020, 4), b'\x3f\xa3\xf0\x9f',
             'cmd_line_magic 0xa33f, offset 0x9ff0')
    check_eq(q.read(0x99ff0, 3), b'ro\0', 'cmdline at 0x99ff0')
    check_eq(q.read(0x100000, 4), b'\x90' * 4, 'kernel at 1 MiB')
    check_eq(q.close(), '', 'p201 stderr')
    q = QTest('-kernel', write(d, 'low', bzimage(loadflags=0)))
    check_eq(q.read(0x90202, 4), b'HdrS', 'low: setup at 0x90000')
    check_eq(q.read(0x10000, 4), b'\x90' * 4, 'low: kernel at 0x10000')
    check_eq(q.close(), '', 'low stderr')
    q = QTest('-kernel', write(d, 'max', bzimage(protocol=0x203,
                                                initrd_max=0x1000000)),
              '-initrd', write(d, 'rd', b'R' * 100))
    check_eq(q.u32(0x10218), 0xfff000, 'initrd below initrd_addr_max')
    check_eq(q.close(), '', 'max stderr')


def test_pvh(d):
    """An ELF kernel with the PVH note: its segment at its physical
    address, the initrd at the top of the RAM below 4 GiB."""
    q = QTest('-kernel', write(d, 'pvh', pvh_elf()), '-initrd',
              write(d, 'rd', b'R' * 100), '-m', '64M')
    check_eq(q.read(0x1000000, 16), b'PVH-KERNEL-BYTES', 'PVH segment')
    check_eq(q.read(0x3fff000, 4), b'RRRR', 'PVH initrd')
    check_eq(q.close(), '', 'pvh stderr')


def test_bios(d):
    """A 128 KiB BIOS: all of it ends at 4 GiB, and its last 64 KiB
    (the isa-bios alias is at most 128 KiB, ending at 1 MiB) below 1 MiB."""
    image = bytes(range(256)) * 512
    q = QTest('-bios', write(d, 'bios.bin', image))
    check_eq(q.read(0xfffe0000, 8), image[:8], 'BIOS at 4 GiB - 128 KiB')
    check_eq(q.read(0xfffffff0, 16), image[-16:], 'BIOS reset vector')
    check_eq(q.read(0xe0000, 8), image[:8], 'isa-bios at 0xe0000')
    check_eq(q.close(), '', 'bios stderr')
    # the default is QEMU's bios-microvm.bin, from the firmware path
    default = '/usr/share/qemu/bios-microvm.bin'
    if os.path.exists(default):
        with open(default, 'rb') as f:
            image = f.read()
        q = QTest()
        check_eq(q.read(0x100000000 - len(image), 16), image[:16],
                 'default BIOS')
        check_eq(q.close(), '', 'default bios stderr')


def expect_error(args, message, what):
    rc, out, err = run(T, '-M', 'microvm', '-accel', 'qtest', '-display',
                       'none', *args)
    check_eq((rc, out, err), (1, '', message), what)


def test_errors(d):
    small = write(d, 'small', b'hello\n')
    bz = write(d, 'bz', bzimage())
    old = write(d, 'old', bzimage(protocol=0x1ff))
    initrd = write(d, 'big-initrd', b'\0' * 3000000)
    expect_error(['-kernel', '/nonexistent'], "qemu: could not open kernel "
                 "file '/nonexistent': No such file or directory\n",
                 'missing kernel')
    expect_error(['-kernel', d], "qemu: could not load kernel '%s': Is a "
                 "directory\n" % d, 'directory as kernel')
    rc, out, err = run(T, '-M', 'microvm', '-accel', 'qtest', '-kernel',
                       write(d, 'empty', b''))
    check_eq(rc, 1, 'empty kernel status')
    check(err.startswith("qemu: could not load kernel '%s/empty': "
                         % d), 'empty kernel: %r' % err)
    expect_error(['-kernel', small], 'qemu: invalid kernel header\n',
                 'short kernel')
    expect_error(['-kernel', old, '-initrd', small],
                 'qemu: linux kernel too old to load a ram disk\n',
                 'initrd for protocol 1.ff')
    expect_error(['-kernel', bz, '-initrd', '/nonexistent'],
                 'qemu: error reading initrd /nonexistent: Failed to open '
                 'file \u201c/nonexistent\u201d: open() failed: No such file '
                 'or directory\n', 'missing initrd')
    expect_error(['-kernel', bz, '-initrd', initrd, '-m', '2M'],
                 'qemu: initrd is too large, cannot support.(max: 2097151, '
                 'need 3000000)\n', 'initrd above the RAM')
    expect_error(['-kernel', write(d, 'nopvh', pvh_elf(note_type=17))],
                 '%s: Error loading uncompressed kernel without PVH ELF '
                 'Note\n' % P, 'ELF without the PVH note')
    multiboot = bytearray(8192)
    multiboot[64:76] = struct.pack('<III', 0x1badb002, 0, -0x1badb002 &
                                   0xffffffff)
    expect_error(['-kernel', write(d, 'mb', bytes(multiboot))],
                 '%s: multiboot kernels are not supported\n' % P,
                 'multiboot kernel')
    for vga in ('foo', '12x'):
        expect_error(['-kernel', bz, '-append', 'vga=' + vga],
                     "qemu: invalid 'vga=' kernel parameter.\n",
                     'vga=' + vga)
    for name, data in (('bios-small', b'x' * 4096),
                       ('bios-odd', b'x' * (65536 + 512)),
                       ('bios-empty', b'')):
        path = write(d, name, data)
        expect_error(['-bios', path], "qemu: could not load PC BIOS '%s'\n"
                     % path, name)
    expect_error(['-bios', 'nonexistent.bin'],
                 "qemu: could not load PC BIOS 'nonexistent.bin'\n",
                 'missing BIOS')


def test_kvm(d):
    """Under kvm the same bytes are in the RAM the VM's slots map."""
    if not os.access('/dev/kvm', os.R_OK | os.W_OK):
        print('SKIP: no usable /dev/kvm: the kvm run is not shown')
        return
    hmp = ('{"execute": "human-monitor-command", "arguments": '
           '{"command-line": "%s"}}')
    rc, replies, err = qmp_stdio(T, ['-M', 'microvm', '-accel', 'kvm',
                                     '-kernel', write(d, 'bz', bzimage()),
                                     '-append', 'quiet'],
                                 [hmp % 'xp /2xb 0x10210',
                                  hmp % 'xp /wx 0x10228'])
    check_eq((rc, err), (0, ''), 'kvm status, stderr')
    check_eq(replies, [{'return': '0000000000010210: 0xb0 0x81\r\n'},
                       {'return': '0000000000010228: 0x00020000\r\n'}],
             'kvm: xp of the setup header')


with tempfile.TemporaryDirectory() as tmp:
    test_bzimage(tmp)
    test_old_kernels(tmp)
    test_pvh(tmp)
    test_bios(tmp)
    test_errors(tmp)
    test_kvm(tmp)
finish()
