#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Record the corpus of tests/unit/test-riscv-disas: what QEMU's RISC-V
# disassembler prints (HMP "x/i", the same text as -d in_asm; QEMU 7.2
# with the fixes 8.2 has, see qemu_8_2) for
#   - the instructions of tests/unit/riscv-disas-corpus.S,
#   - every CSR number in a csrrs,
#   - a sample of every class of the 16-bit (compressed) encodings,
#   - a sample of random 32-bit encodings of every major opcode.
# Needs qemu-system-riscv64 and riscv64-unknown-elf-as/objcopy.
#
#   scripts/riscv-disas-corpus.py tests/unit/riscv-disas-corpus.S \
#       tests/unit/riscv-disas-corpus.txt

import collections
import os
import random
import re
import struct
import subprocess
import sys
import tempfile

BASE = 0x80000000
LINE = re.compile(r'^0x[0-9a-f]{16}:  ')

# What QEMU decodes that qlite's disassembler leaves "illegal": V.
OUT_OF_SCOPE = re.compile(r'^v')


def qemu_disas(tmp, words):
    """QEMU's lines for @words, laid out from BASE."""
    return qemu_disas_at(tmp, words, BASE)


def qemu_disas_at(tmp, words, base):
    """QEMU's lines for @words, laid out from @base.  The monitor
    writes to a file: into a pipe it drops what the reader is slow to
    take."""
    blob = os.path.join(tmp, 'blob.bin')
    with open(blob, 'wb') as f:
        for w in words:
            f.write(struct.pack('<I' if (w & 3) == 3 else '<H', w))
    log = os.path.join(tmp, 'monitor.txt')
    with open(log, 'w') as f:
        subprocess.run(
            ['qemu-system-riscv64', '-M', 'spike', '-bios', 'none', '-S',
             '-device', 'loader,file=%s,addr=0x%x' % (blob, base),
             '-monitor', 'stdio', '-display', 'none', '-serial', 'none',
             '-nodefaults'],
            input='x/%di 0x%x\nquit\n' % (len(words), base), stdout=f,
            text=True, check=True)
    out = open(log).read()
    lines = [qemu_8_2(l.rstrip('\r')) for l in out.split('\n')
             if LINE.match(l)]
    assert len(lines) == len(words)
    return lines


XREG = ('zero ra sp gp tp t0 t1 t2 s0 s1 a0 a1 a2 a3 a4 a5 a6 a7 '
        's2 s3 s4 s5 s6 s7 s8 s9 s10 s11 t3 t4 t5 t6').split()
FREG = ('ft0 ft1 ft2 ft3 ft4 ft5 ft6 ft7 fs0 fs1 fa0 fa1 fa2 fa3 fa4 fa5 '
        'fa6 fa7 fs2 fs3 fs4 fs5 fs6 fs7 fs8 fs9 fs10 fs11 ft8 ft9 ft10 '
        'ft11').split()


def qemu_8_2(line):
    """@line as QEMU 8.2 prints it, with the two fixes to 7.2's text
    that 8.0 made: ctzw no longer prints as clzw ("disas/riscv Fix
    ctzw disassemble"), and fmv/fneg/fabs name floating-point registers
    ("Fix incorrect register name in RISC-V disassembler for
    fmv,fabs,fneg instructions")."""
    insn = int(line[21:29], 16) if line[29] == ' ' else 0
    if insn & 0xfff0707f == 0x6010101b:
        return line.replace('clzw ', 'ctzw ', 1)
    m = re.match(r'(.{39}f(mv|neg|abs)\.[sdq] +)([a-z0-9]+),([a-z0-9]+)$',
                 line)
    if insn & 0x7f == 0x53 and m:
        return '%s%s,%s' % (m.group(1), FREG[XREG.index(m.group(3))],
                            FREG[XREG.index(m.group(4))])
    return line


def mnemonic(line):
    return line[39:].split()[0]


def assembled(tmp, source):
    obj, raw = os.path.join(tmp, 'c.o'), os.path.join(tmp, 'c.bin')
    subprocess.run(['riscv64-unknown-elf-as', '-mno-relax', '-march=rv64gc_'
                    'zba_zbb_zbc_zbs_zicbom_zicboz_zicbop_zihintpause_h_'
                    'zbkb_zbkx_zknd_zkne_zknh_zksed_zksh',
                    '-o', obj, source], check=True)
    subprocess.run(['riscv64-unknown-elf-objcopy', '-O', 'binary', '-j',
                    '.text', obj, raw], check=True)
    data = open(raw, 'rb').read()
    return qemu_disas(tmp, list(struct.unpack('<%dI' % (len(data) // 4),
                                              data)))


def csrs(tmp):
    words = [0x00002573 | (n << 20) for n in range(4096)]
    lines = qemu_disas(tmp, words[:2048]) + qemu_disas_at(tmp, words[2048:],
                                                         BASE + 4 * 2048)
    return [l for n, l in enumerate(lines)
            if not re.search(r',0x[0-9a-f]{3},', l) or n % 64 == 0]


def sample(rng, lines, key, per_class):
    classes = collections.defaultdict(list)
    for line in lines:
        classes[key(line)].append(line)
    picked = []
    for k in sorted(classes):
        group = classes[k]
        picked += rng.sample(group, min(per_class, len(group)))
    return sorted(picked)


def compressed(tmp, rng):
    words = [w for w in range(65536) if (w & 3) != 3]
    lines = []
    for i in range(0, len(words), 4000):
        lines += qemu_disas_at(tmp, words[i:i + 4000], BASE + 2 * i)

    def key(line):
        w = int(line[21:25], 16)
        return (w & 3, w >> 13, mnemonic(line))
    return sample(rng, lines, key, 40)


def random32(tmp, rng):
    words = []
    for op in (o for o in range(32) if (o & 7) != 7):
        words += [(rng.getrandbits(25) << 7) | (op << 2) | 3
                  for _ in range(3000)]
    # every funct7/funct3 pair of the opcodes that use them
    for op in (0x04, 0x06, 0x0b, 0x0c, 0x0e, 0x14, 0x1c, 0x03, 0x10):
        for f7 in range(128):
            for f3 in range(8):
                regs = rng.getrandbits(32) & 0x01ff8f80
                words.append((f7 << 25) | regs | (f3 << 12) | (op << 2) | 3)
    lines = []
    for i in range(0, len(words), 4000):
        lines += qemu_disas(tmp, words[i:i + 4000])
    lines = [l for l in lines if not OUT_OF_SCOPE.match(mnemonic(l))]

    def key(line):
        w = int(line[21:29], 16)
        return (mnemonic(line), (w >> 2) & 0x1f)
    return sample(rng, lines, key, 12)


def low_addresses(tmp):
    """Targets below address 0 wrap to 64-bit addresses."""
    words = [0x800fc06f, 0xfffff517, 0x80000063, 0x7ff7f06f, 0xb001]
    return qemu_disas_at(tmp, words, 0x3000)


def main():
    source, out = sys.argv[1], sys.argv[2]
    rng = random.Random(20231)
    with tempfile.TemporaryDirectory() as tmp:
        sections = [('assembled from %s' % os.path.basename(source),
                     assembled(tmp, source)),
                    ('csrrs a0,<csr>,zero', csrs(tmp)),
                    ('compressed', compressed(tmp, rng)),
                    ('random 32-bit', random32(tmp, rng)),
                    ('near address 0', low_addresses(tmp))]
    with open(out, 'w') as f:
        f.write('# SPDX-License-Identifier: GPL-2.0-or-later\n'
                '# QEMU 7.2\'s x/i text for test-riscv-disas, recorded by\n'
                '# scripts/riscv-disas-corpus.py; do not edit by hand.\n')
        for title, lines in sections:
            f.write('# %s\n' % title)
            f.write(''.join(l + '\n' for l in lines))


if __name__ == '__main__':
    main()
