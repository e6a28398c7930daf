# SPDX-License-Identifier: GPL-2.0-or-later
"""The spike board end to end: a bare-metal ELF run with -bios none talks
through the HTIF at its tohost/fromhost symbols (or, without them, at the
fixed base) to the serial port and exits with its code; -serial moves
the console; dumpdtb writes the device tree; missing firmware and kernel
files give QEMU's messages.  Guests are assembled here with Debian's
riscv64-unknown-elf-gcc (the test skips without it).
"""
import os
import shutil
import subprocess
import sys
import tempfile

from qltest import (SKIP, run, check_eq, check, expect_error, finish)

TMP = tempfile.mkdtemp(prefix='qlite-spike-')
GCC = shutil.which('riscv64-unknown-elf-gcc')
TARGET = 'riscv64'

# Print MSG through HTIF console requests, then exit with code 5.
HELLO = r'''
    .section .text.init
    .globl _start
_start:
    la t0, msg
1:  lbu t1, 0(t0)
    beqz t1, 2f
    li t2, 0x0101000000000000
    or t1, t1, t2
    la t3, TOHOST
    sd t1, 0(t3)
3:  ld t4, 0(t3)
    bnez t4, 3b
    addi t0, t0, 1
    j 1b
2:  la t3, TOHOST
    li t1, (5 << 1) | 1
    sd t1, 0(t3)
4:  j 4b
    .data
msg: .asciz "hello from spike\n"
'''

SYMBOLS = r'''
    .section .tohost,"aw",@progbits
    .align 6
    .globl tohost
tohost: .dword 0
    .size tohost, 8
    .align 6
    .globl fromhost
fromhost: .dword 0
    .size fromhost, 8
'''

LINK = '''
ENTRY(_start)
SECTIONS {
  . = 0x80000000;
  .text.init : { *(.text.init) }
  .tohost : { *(.tohost) }
  .text : { *(.text) }
  .data : { *(.data) }
}
'''


def build(name, source):
    src = os.path.join(TMP, name + '.S')
    elf = os.path.join(TMP, name + '.elf')
    ld = os.path.join(TMP, 'link.ld')
    with open(src, 'w') as f:
        f.write(source)
    with open(ld, 'w') as f:
        f.write(LINK)
    subprocess.run([GCC, '-nostdlib', '-nostartfiles', '-march=rv64gc',
                    '-mabi=lp64d', '-T', ld, '-Wl,--no-warn-rwx-segments',
                    src, '-o', elf], check=True)
    return elf


def hello_symbols():
    elf = build('hello', HELLO.replace('TOHOST', 'tohost') + SYMBOLS)
    rc, out, err = run(TARGET, '-M', 'spike', '-bios', 'none', '-kernel',
                       elf, '-nographic', timeout=20)
    check_eq((rc, out, err), (5, 'hello from spike\n', ''),
             'HTIF at the ELF symbols')
    serial = os.path.join(TMP, 'serial.out')
    rc, out, err = run(TARGET, '-M', 'spike', '-bios', 'none', '-kernel',
                       elf, '-display', 'none', '-serial', 'file:' + serial,
                       timeout=20)
    check_eq((rc, out, err), (5, '', ''), '-serial file: status')
    with open(serial) as f:
        check_eq(f.read(), 'hello from spike\n', '-serial file: contents')


def hello_fixed_base():
    # No symbols: tohost at 0x1000008 (fromhost at 0x1000000).
    elf = build('fixed', HELLO.replace('la t3, TOHOST', 'li t3, 0x1000008'))
    rc, out, err = run(TARGET, '-M', 'spike', '-bios', 'none', '-kernel',
                       elf, '-nographic', timeout=20)
    check_eq((rc, out, err), (5, 'hello from spike\n', ''),
             'HTIF at the fixed base')


def dumpdtb():
    dtb = os.path.join(TMP, 'spike.dtb')
    rc, out, err = run(TARGET, '-M', 'spike,dumpdtb=' + dtb, '-bios', 'none')
    check_eq((rc, out, err), (0, '', 'qlite-system-riscv64: info: dtb '
                              'dumped to %s. Exiting.\n' % dtb), 'dumpdtb')
    with open(dtb, 'rb') as f:
        check(f.read(4) == b'\xd0\x0d\xfe\xed', 'dumpdtb wrote a DTB')


def boot_errors():
    expect_error(TARGET, ['-M', 'spike', '-bios', '/nonexistent/fw.bin'],
                 'Unable to load the RISC-V firmware "/nonexistent/fw.bin"')
    expect_error(TARGET, ['-M', 'spike', '-bios', 'none', '-kernel',
                          '/nonexistent/k'],
                 "could not load kernel '/nonexistent/k'")


if not GCC:
    print('riscv64-unknown-elf-gcc not found', file=sys.stderr)
    sys.exit(SKIP)
boot_errors()
dumpdtb()
hello_symbols()
hello_fixed_base()
shutil.rmtree(TMP)
finish()
