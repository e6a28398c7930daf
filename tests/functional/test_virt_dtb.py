# SPDX-License-Identifier: GPL-2.0-or-later
"""The riscv virt board's device tree: -machine dumpdtb=FILE writes it and
exits 0 with QEMU's message; dtc decompiles it; it has the nodes of QEMU
8.2's virt board (cpus with ISA and MMU type, cpu-map, memory, clint,
plic, serial, test finisher with poweroff/reboot, rtc, eight virtio-mmio
slots, chosen), sized by -smp and -m, with -append as bootargs."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from qltest import check, check_eq, finish, prog, run

T = 'riscv64'

if not shutil.which('dtc'):
    print('SKIP: dtc (package device-tree-compiler) is not installed')
    sys.exit(77)


# -append needs -kernel: a few nops stand in for one.
KERNEL = tempfile.NamedTemporaryFile(suffix='.bin')
KERNEL.write(b'\x13\x00\x00\x00' * 16)
KERNEL.flush()


def dump(*args):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'virt.dtb')
        rc, out, err = run(T, '-M', 'virt,dumpdtb=' + path, '-bios', 'none',
                           '-nodefaults', *args)
        check_eq((rc, out, err),
                 (0, '', '%s: info: dtb dumped to %s. Exiting.\n' %
                  (prog(T), path)), 'dumpdtb %s' % ' '.join(args))
        if rc:
            return ''
        return subprocess.run(['dtc', '-I', 'dtb', '-O', 'dts', path],
                              capture_output=True, text=True,
                              check=True).stdout


def node(dts, path):
    """The body of the node at /a/b (names only, no nesting checks)."""
    name = path.rsplit('/', 1)[1]
    m = re.search(r'\n(\t*)%s \{\n(.*?)\n\1\};' % re.escape(name), dts,
                  re.S)
    return m.group(2) if m else None


dts = dump('-smp', '2', '-m', '256', '-kernel', KERNEL.name, '-append',
           'console=ttyS0 quiet')
for path in ('/cpus/cpu@0', '/cpus/cpu@1', '/cpus/cpu-map', '/soc',
             '/memory@80000000', '/soc/clint@2000000', '/soc/plic@c000000',
             '/soc/serial@10000000', '/soc/test@100000', '/soc/rtc@101000',
             '/poweroff', '/reboot', '/chosen'):
    check(node(dts, path) is not None, 'dtb: node %s' % path)
for i in range(8):
    check(node(dts, '/soc/virtio_mmio@1000%x000' % (i + 1)) is not None,
          'dtb: virtio_mmio slot %d' % i)
check('compatible = "riscv-virtio";' in dts, 'dtb: root compatible')
cpu0 = node(dts, '/cpus/cpu@0') or ''
check(re.search(r'riscv,isa = "rv64imafdc[a-z_]*zicsr', cpu0) is not None,
      'dtb: cpu0 ISA string: %s' % cpu0)
check('mmu-type = "riscv,sv' in cpu0, 'dtb: cpu0 mmu-type')
check('compatible = "riscv,cpu-intc";' in cpu0, 'dtb: cpu0 intc')
check('reg = <0x00 0x80000000 0x00 0x10000000>;' in
      (node(dts, '/memory@80000000') or ''), 'dtb: 256 MiB of memory')
plic = node(dts, '/soc/plic@c000000') or ''
check('riscv,ndev = <0x5f>;' in plic, 'dtb: plic sources')
check('reg = <0x00 0xc000000 0x00 0x600000>;' in plic,
      'dtb: plic window: %s' % plic)
check(re.search(r'interrupts-extended = <(0x\w+) 0x0b \1 0x09 (0x\w+) 0x0b '
                r'\2 0x09>;', plic) is not None, 'dtb: plic contexts')
clint = node(dts, '/soc/clint@2000000') or ''
check(re.search(r'interrupts-extended = <(0x\w+) 0x03 \1 0x07 (0x\w+) 0x03 '
                r'\2 0x07>;', clint) is not None, 'dtb: clint interrupts')
serial = node(dts, '/soc/serial@10000000') or ''
check('compatible = "ns16550a";' in serial and 'interrupts = <0x0a>;' in
      serial, 'dtb: serial')
chosen = node(dts, '/chosen') or ''
check('bootargs = "console=ttyS0 quiet";' in chosen, 'dtb: bootargs')
check('stdout-path = "/soc/serial@10000000";' in chosen, 'dtb: stdout-path')
check('value = <0x5555>;' in (node(dts, '/poweroff') or ''),
      'dtb: poweroff value')
check('value = <0x7777>;' in (node(dts, '/reboot') or ''),
      'dtb: reboot value')

# One hart: one cpu node, a PLIC sized for its two contexts.
dts = dump()
check(node(dts, '/cpus/cpu@1') is None, 'dtb: -smp 1 has one cpu')
check('bootargs' not in (node(dts, '/chosen') or ''),
      'dtb: no -append, no bootargs')

# An -initrd is placed in RAM and named in /chosen.
with tempfile.NamedTemporaryFile() as initrd, \
        tempfile.NamedTemporaryFile() as kernel:
    initrd.write(b'x' * 4096)
    initrd.flush()
    kernel.write(b'\x13\x00\x00\x00' * 16)
    kernel.flush()
    chosen = node(dump('-kernel', kernel.name, '-initrd', initrd.name),
                  '/chosen') or ''
    check('linux,initrd-start = <0x00 0x84000000>;' in chosen and
          'linux,initrd-end = <0x00 0x84001000>;' in chosen,
          'dtb: initrd range: %s' % chosen)

rc, out, err = run(T, '-M', 'virt,dumpdtb=/nonexistent/x.dtb', '-bios',
                   'none', '-nodefaults')
check_eq((rc, err), (1, '%s: qemu_fdt_dumpdtb: Failed dumping dtb to '
                        '/nonexistent/x.dtb\n' % prog(T)),
         'dumpdtb to a bad path')
# -dtb FILE replaces the board's tree (its /chosen gets -append).
with tempfile.TemporaryDirectory() as d:
    mine = os.path.join(d, 'mine.dts')
    open(mine, 'w').write('/dts-v1/;\n/ { model = "mine"; };\n')
    subprocess.run(['dtc', '-I', 'dts', '-O', 'dtb', '-o', mine + '.dtb',
                    mine], check=True, capture_output=True)
    dts = dump('-dtb', mine + '.dtb', '-append', 'x=1', '-kernel',
               KERNEL.name)
    check('model = "mine";' in dts and 'bootargs = "x=1";' in dts and
          'cpus' not in dts, 'dtb: -dtb replaces the tree: %s' % dts)
    open(mine, 'w').write('junk')
    for path, first in ((os.path.join(d, 'none.dtb'),
                         "Unable to get size of device tree file '%s'"),
                        (mine, 'load_device_tree: Unable to copy device '
                               'tree into memory: FDT_ERR_BADMAGIC')):
        rc, out, err = run(T, '-M', 'virt', '-bios', 'none', '-nodefaults',
                           '-dtb', path)
        want = (first % path if '%s' in first else first)
        check_eq((rc, err), (1, '%s: %s\n%s: load_device_tree() failed\n'
                             % (prog(T), want, prog(T))), '-dtb ' + path)
finish()
