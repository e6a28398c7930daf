# SPDX-License-Identifier: GPL-2.0-or-later
"""Placing CPUs in NUMA nodes (-numa cpu and -numa node,cpus=) through
the machine's list of possible CPUs, which the -smp topology gives:
riscv64 boards know each CPU by core-id only, x86_64 microvm by socket-id,
core-id, thread-id (and die-id with more than one die).  Then the RISC-V
boards' socket checks, with QEMU 8.2's messages.  The texts were checked
against QEMU 7.2, which has the same ones."""
from qltest import check_eq, expect_error, finish, prog, run_and_stop, \
    terminated

RV = ('-M', 'virt', '-display', 'none', '-nodefaults')
X86 = ('-M', 'microvm', '-display', 'none', '-nodefaults',
       '-accel', 'qtest')


def nodes(count, size, cpus=()):
    """-m and count nodes of size MiB each, each with a RAM backend (mem=
    would add a deprecation warning), node i with cpus[i] if given."""
    args = ('-m', '%dM' % (count * size))
    for i in range(count):
        args += ('-object', 'memory-backend-ram,id=m%d,size=%dM' % (i, size))
    for i in range(count):
        extra = ',' + cpus[i] if i < len(cpus) and cpus[i] else ''
        args += ('-numa', 'node,nodeid=%d,memdev=m%d%s' % (i, i, extra))
    return args


UNPLACED = ('%s: warning: CPU(s) not present in any NUMA nodes: %s\n'
            '%s: warning: All CPU(s) up to maxcpus should be described in '
            'NUMA config, ability to start up with partial NUMA mappings is '
            'obsoleted and will be removed in future\n')


def numa_error(target, base, args, message):
    """The last option of args fails with message, at its location."""
    expect_error(target, base + args, '%s %s: %s' % (args[-2], args[-1],
                                                     message))


def runs(target, args, stderr=''):
    rc, out, err = run_and_stop(target, *args)
    check_eq((rc, out, err), (0, '', stderr + terminated(target)),
             ' '.join(args))


def unplaced(target, cpus):
    return UNPLACED % (prog(target), cpus, prog(target))


# riscv64: only core-id, one per CPU.
R = 'riscv64'
numa_error(R, RV, ('-smp', '4', '-numa', 'node', '-numa',
                   'cpu,node-id=0,socket-id=0'), 'socket-id is not supported')
numa_error(R, RV, ('-numa', 'node', '-numa',
                   'cpu,node-id=0,thread-id=0,cluster-id=0'),
           'thread-id is not supported')
numa_error(R, RV, ('-numa', 'node', '-numa',
                   'cpu,node-id=0,cluster-id=0,core-id=0'),
           'cluster-id is not supported')
numa_error(R, RV, ('-numa', 'node', '-numa',
                   'cpu,node-id=0,die-id=0,socket-id=0'),
           'socket-id is not supported')
numa_error(R, RV, ('-numa', 'node', '-numa', 'cpu,node-id=0,die-id=0'),
           'die-id is not supported')
numa_error(R, RV, ('-smp', '4', '-numa', 'node', '-numa',
                   'cpu,node-id=0,core-id=7'), 'no match found')
# The last core-id= counts.
numa_error(R, RV, ('-numa', 'node', '-numa',
                   'cpu,node-id=0,core-id=0,core-id=1'), 'no match found')
numa_error(R, RV, ('-smp', '2', '-numa', 'node', '-numa',
                   'cpu,node-id=0,core-id=x'),
           "Parameter 'core-id' expects an int64 value")
numa_error(R, RV, ('-smp', '4', '-numa', 'node', '-numa', 'node',
                   '-numa', 'cpu,node-id=0,core-id=1',
                   '-numa', 'cpu,node-id=1,core-id=1'),
           'CPU is already assigned to node-id: 0')
numa_error(R, RV, ('-smp', '4', '-numa', 'node,nodeid=0,cpus=0-1',
                   '-numa', 'node,nodeid=1,cpus=1'),
           'CPU is already assigned to node-id: 0')
# The same node twice is no error.
runs(R, RV + ('-smp', '2') + nodes(1, 64, ['cpus=0-1']) +
     ('-numa', 'cpu,node-id=0,core-id=1'))
# CPUs that -numa left out go to node 0, with QEMU's warning.
rc, out, err = run_and_stop(R, *(RV + ('-smp', '4') +
                                 nodes(2, 64, ['cpus=0', 'cpus=1']) +
                                 ('-numa', 'cpu,node-id=0,core-id=2')),
                            must_run=False)
check_eq((rc, err), (1, unplaced(R, 'CPU 3 [core-id: 3]') +
                     '%s: discontinuous hartids in socket0\n' % prog(R)),
         'riscv64 partial mapping')
# A hot-pluggable CPU left out is no socket's hart.
runs(R, RV + ('-smp', '2,maxcpus=3') + nodes(2, 64, ['cpus=0', 'cpus=1']),
     unplaced(R, 'CPU 2 [core-id: 2]'))
# A socket's harts must be contiguous and present.
expect_error(R, RV + ('-smp', '4') +
             nodes(2, 64, ['cpus=0,cpus=2', 'cpus=1,cpus=3']),
             'discontinuous hartids in socket0')
expect_error(R, RV + ('-smp', '4') + nodes(2, 64, ['cpus=0-3']),
             'discontinuous hartids in socket1')
for machine in ('virt', 'spike'):
    mbase = ('-M', machine, '-display', 'none', '-nodefaults')
    expect_error(R, mbase + ('-smp', '2') + nodes(3, 32),
                 'Number of NUMA nodes (3) cannot exceed the number of '
                 'available CPUs (2).')
    expect_error(R, mbase + ('-smp', '4') +
                 nodes(2, 64, ['cpus=0,cpus=2', 'cpus=1,cpus=3']),
                 'discontinuous hartids in socket0')
# Without -numa cpu the CPUs are split evenly: 4 nodes of 2 work.
runs(R, RV + ('-smp', '8') + nodes(4, 32))
runs(R, RV + ('-smp', '7') + nodes(2, 32))
expect_error(R, RV + ('-smp', '5') + nodes(5, 32),
             'number of sockets/nodes should be less than 4')
# aclint=on needs TCG (or qtest): riscv64 has nothing else, so it runs.
runs(R, RV + ('-M', 'virt,aclint=on'))
runs(R, RV + ('-M', 'virt,aclint=on', '-accel', 'qtest'))

# x86_64 microvm: socket-id, core-id, thread-id.
X = 'x86_64'
S4 = ('-smp', '4,sockets=2,cores=2')
numa_error(X, X86, S4 + ('-numa', 'node', '-numa', 'cpu,node-id=0,die-id=0'),
           'die-id is not supported')
numa_error(X, X86, S4 + ('-numa', 'node',
                         '-numa', 'cpu,node-id=0,cluster-id=0'),
           'cluster-id is not supported')
numa_error(X, X86, S4 + ('-numa', 'node',
                         '-numa', 'cpu,node-id=0,socket-id=2'),
           'no match found')
numa_error(X, X86, S4 + ('-numa', 'node', '-numa', 'node',
                         '-numa', 'cpu,node-id=0,socket-id=1',
                         '-numa', 'cpu,node-id=1,socket-id=1,core-id=0'),
           'CPU is already assigned to node-id: 0')
# Fully placed by socket, and partly placed (under qtest QEMU does not
# warn about the CPUs left out).
runs(X, X86 + nodes(2, 64) + S4 + ('-numa', 'cpu,node-id=1,socket-id=0',
                              '-numa', 'cpu,node-id=0,socket-id=1'))
runs(X, X86 + nodes(2, 64) + S4 + ('-numa', 'cpu,node-id=1,socket-id=0,'
                              'core-id=1,thread-id=0'))
runs(X, X86 + nodes(2, 64) + S4)
runs(X, X86 + nodes(2, 64, ['cpus=0-1', 'cpus=2-3']) + S4)
numa_error(X, X86, S4 + ('-numa', 'node,cpus=0-2', '-numa', 'node,cpus=2'),
           'CPU is already assigned to node-id: 0')

finish()
