# SPDX-License-Identifier: GPL-2.0-or-later
"""The riscv virt board's device tree: -machine dumpdtb=FILE writes it and
exits 0 with QEMU's message; dtc decompiles it; it has the nodes of QEMU
8.2's virt board (cpus with ISA and MMU type, cpu-map, memory, clint,
plic, serial, test finisher with poweroff/reboot, rtc, eight virtio-mmio
slots, chosen), sized by -smp and -m, with -append as bootargs; with
aclint=on the ACLINT MSWI, MTIMER and SSWI nodes; with -numa nodes, each
socket's CLINT/ACLINT and PLIC, numa-node-id, per-node memory, cpu-map
clusters and the distance-map, as QEMU lays them out; and, where Debian's
QEMU 7.2 is installed, the whole tree (nodes, properties, their order and
phandles) as 7.2 dumps it, less what qlite has no hardware for."""
import difflib
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

# aclint=on: per socket an MSWI at the CLINT base, an MTIMER after it
# and an SSWI at 0x2f00000, in place of the CLINT node (QEMU's layout).
dts = dump('-M', 'aclint=on', '-smp', '2')
check(node(dts, '/soc/clint@2000000') is None, 'aclint: no clint node')
mswi = node(dts, '/soc/mswi@2000000') or ''
check('compatible = "riscv,aclint-mswi";' in mswi and
      'reg = <0x00 0x2000000 0x00 0x4000>;' in mswi and
      'interrupt-controller;' in mswi and
      '#interrupt-cells = <0x00>;' in mswi and
      re.search(r'interrupts-extended = <(0x\w+) 0x03 (0x\w+) 0x03>;',
                mswi) is not None, 'aclint: mswi node: %s' % mswi)
mtimer = node(dts, '/soc/mtimer@2004000') or ''
check('compatible = "riscv,aclint-mtimer";' in mtimer and
      'reg = <0x00 0x200bff8 0x00 0x4008 0x00 0x2004000 0x00 0x7ff8>;'
      in mtimer and
      re.search(r'interrupts-extended = <(0x\w+) 0x07 (0x\w+) 0x07>;',
                mtimer) is not None, 'aclint: mtimer node: %s' % mtimer)
sswi = node(dts, '/soc/sswi@2f00000') or ''
check('compatible = "riscv,aclint-sswi";' in sswi and
      'reg = <0x00 0x2f00000 0x00 0x4000>;' in sswi and
      'interrupt-controller;' in sswi and
      '#interrupt-cells = <0x00>;' in sswi and
      re.search(r'interrupts-extended = <(0x\w+) 0x01 (0x\w+) 0x01>;',
                sswi) is not None, 'aclint: sswi node: %s' % sswi)
check('numa-node-id' not in dts, 'aclint: no numa-node-id without -numa')


def phandle(body):
    m = re.search(r'phandle = <(0x\w+)>;', body or '')
    return m.group(1) if m else None


def intc(dts, hart):
    """The phandle of hart @hart's interrupt controller."""
    return phandle(node(node(dts, '/cpus/cpu@%d' % hart) or '',
                        '/interrupt-controller'))


# -smp sockets= without -numa is still one socket, as in QEMU.
dts = dump('-smp', '4,sockets=2')
check(node(dts, '/soc/plic@c600000') is None and
      node(dts, '/soc/clint@2010000') is None and
      node(dts, '/cpus/cpu-map/cluster1') is None,
      'sockets=2 without -numa: one socket')

# Two NUMA nodes: each socket has its harts' CLINT (or ACLINT) and PLIC
# at base + socket * size, numa-node-id everywhere, one memory node per
# NUMA node, a cpu-map cluster per socket, and the distances.  The UART
# and RTC interrupt socket 0's PLIC, the virtio-mmio slots socket 1's.
NUMA = ('-smp', '4,sockets=2', '-m', '2G',
        '-object', 'memory-backend-ram,id=m0,size=512M',
        '-object', 'memory-backend-ram,id=m1,size=1536M',
        '-numa', 'node,memdev=m0,cpus=0-1',
        '-numa', 'node,memdev=m1,cpus=2-3')
for aclint in ('off', 'on'):
    dts = dump('-M', 'aclint=' + aclint, *NUMA,
               '-numa', 'dist,src=0,dst=1,val=25')
    what = 'numa aclint=%s: ' % aclint
    for s in (0, 1):
        h = (intc(dts, 2 * s), intc(dts, 2 * s + 1))
        nid = 'numa-node-id = <0x%02x>;' % s
        for hart in (2 * s, 2 * s + 1):
            check(nid in (node(dts, '/cpus/cpu@%d' % hart) or ''),
                  what + 'cpu@%d node id' % hart)
        cluster = node(dts, '/cpus/cpu-map/cluster%d' % s) or ''
        check('core0 {' in cluster and 'core1 {' in cluster and
              'core2' not in cluster, what + 'cluster%d: %s' % (s, cluster))
        plic = node(dts, '/soc/plic@%x' % (0xc000000 + s * 0x600000)) or ''
        check(nid in plic and 'reg = <0x00 0x%x 0x00 0x600000>;' %
              (0xc000000 + s * 0x600000) in plic and
              'interrupts-extended = <%s 0x0b %s 0x09 %s 0x0b %s 0x09>;' %
              (h[0], h[0], h[1], h[1]) in plic,
              what + 'plic %d: %s' % (s, plic))
        if aclint == 'off':
            clint = node(dts, '/soc/clint@%x' % (0x2000000 + s * 0x10000))
            check(nid in (clint or '') and
                  'interrupts-extended = <%s 0x03 %s 0x07 %s 0x03 %s '
                  '0x07>;' % (h[0], h[0], h[1], h[1]) in (clint or ''),
                  what + 'clint %d: %s' % (s, clint))
            continue
        for name, base in (('mswi', 0x2000000 + s * 0x10000),
                           ('mtimer', 0x2004000 + s * 0x10000),
                           ('sswi', 0x2f00000 + s * 0x4000)):
            body = node(dts, '/soc/%s@%x' % (name, base)) or ''
            check(nid in body and '<%s 0x' % h[0] in body and
                  ' %s 0x' % h[1] in body, what + '%s %d: %s' %
                  (name, s, body))
    for base, size, nid in ((0x80000000, 0x20000000, 0),
                            (0xa0000000, 0x60000000, 1)):
        mem = node(dts, '/memory@%x' % base) or ''
        check('reg = <0x00 0x%x 0x00 0x%x>;' % (base, size) in mem and
              'numa-node-id = <0x%02x>;' % nid in mem,
              what + 'memory@%x: %s' % (base, mem))
    dmap = node(dts, '/distance-map') or ''
    check('compatible = "numa-distance-map-v1";' in dmap and
          'distance-matrix = <0x00 0x00 0x0a 0x00 0x01 0x19 0x01 0x00 0x19 '
          '0x01 0x01 0x0a>;' in dmap, what + 'distance-map: %s' % dmap)
    plics = [phandle(node(dts, '/soc/plic@c000000')),
             phandle(node(dts, '/soc/plic@c600000'))]
    for dev, s in (('serial@10000000', 0), ('rtc@101000', 0),
                   ('virtio_mmio@10001000', 1),
                   ('virtio_mmio@10008000', 1)):
        check('interrupt-parent = <%s>;' % plics[s] in
              (node(dts, '/soc/' + dev) or ''),
              what + '%s interrupts socket %d' % (dev, s))
check(node(dump(*NUMA), '/distance-map') is None,
      'numa without distances: no distance-map')

# The whole tree against Debian's QEMU 7.2, less what qlite has no
# hardware for (PCIe, flash, fw_cfg, platform bus, PMU), the CPU model's
# properties (qlite's rv64 is 8.2's), 8.2's riscv,ndev and the seed.
QEMU = shutil.which('qemu-system-riscv64')
ABSENT = ('pmu', 'fw-cfg@10100000', 'flash@20000000',
          'platform-bus@4000000', 'pci@30000000')
VARYING = re.compile(r'\t*(riscv,isa|mmu-type|riscv,cbo[mz]-block-size|'
                     r'riscv,ndev|rng-seed) = .*;\n')


def qemu_dump(*args):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'q.dtb')
        subprocess.run([QEMU, '-M', 'virt,dumpdtb=' + path, '-nodefaults',
                        *args], capture_output=True, check=True)
        return subprocess.run(['dtc', '-I', 'dtb', '-O', 'dts', path],
                              capture_output=True, text=True,
                              check=True).stdout


def comparable(dts):
    for name in ABSENT:
        dts = re.sub(r'\n(\t*)%s \{\n.*?\n\1\};\n' % re.escape(name),
                     '\n', dts, flags=re.S)
    return re.sub(r'\n\n+', '\n\n', VARYING.sub('', dts))


if not QEMU:
    print('SKIP: the tree against QEMU 7.2: qemu-system-riscv64 is absent')
for args in ((('-smp', '2'), ('-M', 'aclint=on', '-smp', '3'),
              ('-smp', '4,sockets=2'), NUMA,
              ('-M', 'aclint=on', *NUMA, '-numa', 'dist,src=0,dst=1,val=30'))
             if QEMU else ()):
    want = comparable(qemu_dump(*args)).splitlines(True)
    got = comparable(dump(*args)).splitlines(True)
    check(got == want, "the tree of %s as QEMU 7.2's:\n%s" %
          (' '.join(args), ''.join(difflib.unified_diff(want, got))))

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
