# SPDX-License-Identifier: GPL-2.0-or-later
"""Machine creation on both targets: -machine (type, help, properties of
the generic machine and of virt/spike/microvm), -m, -smp and -numa with
QEMU 8.2's messages, and the machines that start with valid options.

Errors of machine properties have no location (QEMU sets them after the
parse); -m and -numa errors name their option.
"""
from qltest import (TARGETS, prog, run, run_and_stop, check, check_eq,
                    finish, terminated)

# No /dev/kvm is needed: x86_64 runs its machines under qtest.
BASE = {
    'riscv64': ['-display', 'none', '-nodefaults'],
    'x86_64': ['-display', 'none', '-nodefaults', '-accel', 'qtest'],
}


def expect_error(target, args, message):
    rc, out, err = run(target, *(BASE[target] + args))
    what = '%s %s' % (prog(target), ' '.join(args))
    check_eq((rc, out), (1, ''), what + ' status and stdout')
    check_eq(err, '%s: %s\n' % (prog(target), message), what + ' stderr')


def expect_runs(target, args, warnings=''):
    rc, out, err = run_and_stop(target, *(BASE[target] + args))
    what = '%s %s' % (prog(target), ' '.join(args))
    check_eq(rc, 0, what + ' status')
    check_eq(err, warnings + terminated(target), what + ' stderr')


ERRORS_BOTH = [
    (['-M', 'foo'], 'unsupported machine type: "foo"\n'
     'Use -machine help to list supported machines'),
    (['-M', 'none,x=1'], "Property 'none-machine.x' not found"),
    (['-M', 'none', '-smp', '2'],
     "Invalid SMP CPUs 2. The max CPUs supported by machine 'none' is 1"),
    (['-m', 'foo'], "-m foo: Parameter 'size' expects a non-negative number "
     "below 2^64\nOptional suffix k, M, G, T, P or E means kilo-, mega-, "
     "giga-, tera-, peta-\nand exabytes, respectively."),
    (['-m', '16E'], "-m 16E: Value '16E' is out of range for parameter "
     "'size'"),
    (['-m', '1G,maxmem=512M'], 'invalid value of maxmem: maximum memory size'
     ' (0x20000000) must be at least the initial memory size (0x40000000)'),
    (['-m', '1G,maxmem=1G,slots=2'], 'invalid value of maxmem: memory slots '
     'were specified but maximum memory size (0x40000000) is equal to the '
     'initial memory size (0x40000000)'),
    (['-m', '1G,slots=2'], 'slots specified but no max-size'),
    (['-m', 'slots=2'], 'slots specified but no max-size'),
    (['-M', 'memory.size=x'], "Parameter 'memory.size' expects size"),
    (['-M', 'memory=2'], "Parameter 'memory' used inconsistently"),
    (['-smp', 'cpus=4,sockets=3'], 'Invalid CPU topology: product of the '
     'hierarchy must match maxcpus: sockets (3) * cores (1) * threads (1) '
     '!= maxcpus (4)'),
    (['-smp', 'cpus=4,maxcpus=2'], 'Invalid CPU topology: maxcpus must be '
     'equal to or greater than smp: sockets (1) * cores (2) * threads (1) '
     '== maxcpus (2) < smp_cpus (4)'),
    (['-smp', 'dies=2'], "dies not supported by this machine's CPU topology"),
    (['-smp', 'clusters=2'],
     "clusters not supported by this machine's CPU topology"),
    (['-smp', 'books=2'], "books not supported by this machine's CPU "
     "topology"),
    (['-smp', 'drawers=2'],
     "drawers not supported by this machine's CPU topology"),
    (['-smp', 'cpus=abc'], "Parameter 'smp.cpus' expects integer"),
    (['-M', 'smp.foo=1'], "Parameter 'smp.foo' is unexpected"),
    (['-M', 'smp=2'], "Invalid parameter type for 'smp', expected: object"),
    (['-boot', 'order=cc'], "Boot device 'c' was given twice"),
    (['-boot', 'order=z'], "Invalid boot device 'z'"),
    (['-boot', 'foo=1'], "Parameter 'boot.foo' is unexpected"),
    (['-M', 'usb=maybe'], "Parameter 'usb' expects 'on' or 'off'"),
    (['-M', 'phandle-start=x'], "Parameter 'phandle-start' expects integer"),
    (['-M', 'memory-encryption=foo'],
     "No such memory encryption object 'foo'"),
    (['-M', 'memory-backend=foo'], "Memory backend 'foo' not found"),
    (['-M', 'memory-backend=foo', '-mem-path', '/tmp'],
     "'-mem-path' can't be used together with'-machine memory-backend'"),
    (['-M', 'kvm_shadow_mem=1,kvm-shadow-mem=2'],
     "Conflict between 'kvm_shadow_mem' and 'kvm-shadow-mem'"),
    (['-M', 'none', '-numa', 'node'],
     '-numa node: NUMA is not supported by this machine-type'),
    (['-numa', 'foo'], "-numa foo: Parameter 'type' does not accept value "
     "'foo'"),
    (['-numa', 'node,foo=1'], "-numa node,foo=1: Invalid parameter 'foo'"),
    (['-numa', 'node,nodeid=x'], "-numa node,nodeid=x: Parameter 'nodeid' "
     "expects a uint64 value"),
    (['-numa', 'node,nodeid=128'], '-numa node,nodeid=128: Max number of '
     'NUMA nodes reached: 128'),
    (['-numa', 'node,nodeid=0', '-numa', 'node,nodeid=0'],
     '-numa node,nodeid=0: Duplicate NUMA nodeid: 0'),
    (['-numa', 'node,cpus=5'], '-numa node,cpus=5: CPU index (5) should be '
     'smaller than maxcpus (1)'),
    (['-numa', 'node,cpus=1-0'], "-numa node,cpus=1-0: Parameter 'cpus' "
     "expects a uint64 value or range"),
    (['-numa', 'node,memdev=m0'], '-numa node,memdev=m0: memdev=m0 is '
     'ambiguous'),
    (['-numa', 'node,initiator=0'], '-numa node,initiator=0: ACPI '
     'Heterogeneous Memory Attribute Table (HMAT) is disabled, enable it '
     'with -machine hmat=on before using any of hmat specific options'),
    (['-numa', 'dist,src=0,dst=1,val=20'], '-numa dist,src=0,dst=1,val=20: '
     "Source/Destination NUMA node is missing. Please use '-numa node' "
     'option to declare it first.'),
    (['-numa', 'node', '-numa', 'node', '-numa', 'dist,src=0,dst=1,val=5'],
     "-numa dist,src=0,dst=1,val=5: NUMA distance (5) is invalid, it "
     "shouldn't be less than 10."),
    (['-numa', 'node', '-numa', 'dist,src=0,dst=0,val=20'],
     '-numa dist,src=0,dst=0,val=20: Local distance of node 0 should be '
     '10.'),
    (['-numa', 'node', '-numa', 'dist,src=0'],
     "-numa dist,src=0: Parameter 'dst' is missing"),
    (['-numa', 'node,nodeid=0', '-numa', 'cpu,node-id=1'],
     '-numa cpu,node-id=1: Invalid node-id=1, NUMA node must be defined '
     "with -numa node,nodeid=ID before it's used with -numa cpu,node-id=ID"),
    (['-numa', 'node', '-numa', 'cpu'],
     '-numa cpu: Missing mandatory node-id property'),
]

ERRORS = {
    'riscv64': [
        (['-smp', '600'], "Invalid SMP CPUs 600. The max CPUs supported by "
         "machine 'spike' is 8"),
        (['-M', 'virt', '-smp', '1000'], "Invalid SMP CPUs 1000. The max "
         "CPUs supported by machine 'virt' is 512"),
        (['-M', 'virt,x=1'], "Property 'virt-machine.x' not found"),
        # No AIA (APLIC, IMSIC) and no ACPI tables here: their options
        # are unknown properties, as acpi is to QEMU 7.2.
        (['-M', 'virt,aia=aplic'], "Property 'virt-machine.aia' not found"),
        (['-M', 'virt,aia=none'], "Property 'virt-machine.aia' not found"),
        (['-M', 'virt,aia-guests=1'],
         "Property 'virt-machine.aia-guests' not found"),
        (['-M', 'virt,acpi=off'], "Property 'virt-machine.acpi' not found"),
        (['-M', 'virt,aclint=maybe'],
         "Parameter 'aclint' expects 'on' or 'off'"),
        (['-M', 'virt', '-numa', 'node,mem=64M', '-numa', 'node,memdev=m0'],
         '-numa node,mem=64M: warning: Parameter -numa node,mem is '
         'deprecated, use -numa node,memdev instead\n' + prog('riscv64') +
         ': -numa node,memdev=m0: numa configuration should use either mem= '
         'or memdev=,mixing both is not allowed'),
    ],
    'x86_64': [
        (['-smp', '300'], "Invalid SMP CPUs 300. The max CPUs supported by "
         "machine 'microvm' is 288"),
        (['-M', 'microvm,x=1'], "Property 'microvm-machine.x' not found"),
        (['-M', 'microvm,pit=x'],
         "Parameter 'pit' does not accept value 'x'"),
        (['-M', 'microvm,x-oem-id=1234567'], 'User specified x-oem-id value '
         'is bigger than 6 bytes in size'),
        (['-M', 'microvm,x-oem-table-id=123456789'], 'User specified '
         'x-oem-table-id value is bigger than 8 bytes in size'),
        (['-M', 'microvm,bus-lock-ratelimit=x'],
         "Parameter 'bus-lock-ratelimit' expects integer"),
        (['-M', 'microvm,isa-serial=x'],
         "Parameter 'isa-serial' expects 'on' or 'off'"),
        (['-numa', 'node,mem=128M'], '-numa node,mem=128M: Parameter -numa '
         'node,mem is not supported by this machine type\n'
         'Use -numa node,memdev instead'),
    ],
}

HELP = {
    'riscv64': 'Supported machines are:\n'
               'none                 empty machine\n'
               'spike                RISC-V Spike board (default)\n'
               'virt                 RISC-V VirtIO board\n',
    'x86_64': 'Supported machines are:\n'
              'microvm              microvm (i386) (default)\n'
              'none                 empty machine\n',
}

GENERIC_PROPS = [
    'append=<string>        - Linux kernel command line',
    'boot=<BootConfiguration> - Boot configuration',
    'memory-backend=<link<memory-backend>> - Set RAM backendValid value is '
    'ID of hostmem based backend',
    'memory=<MemorySizeConfiguration> - Memory size configuration',
    'smp=<SMPConfiguration> - CPU topology',
]

BOARD_PROPS = {
    'virt': ['aclint=<bool>          - Set on/off to enable/disable '
             'emulating ACLINT devices'],
    'microvm': ['x-option-roms=<bool>   - Set off to disable loading option '
                'ROMs', 'pit=<OnOffAuto>        - Enable i8254 PIT',
                'ioapic2=<OnOffAuto>    - Enable second IO-APIC'],
}

# QEMU 8.2 options whose hardware is not here (AIA, ACPI tables).
UNKNOWN_PROPS = {'virt': ['aia', 'aia-guests', 'acpi']}


def check_help(target):
    for args in (['-M', 'help'], ['-machine', 'help'], ['-M', 'foo,help']):
        rc, out, err = run(target, *args)
        check_eq((rc, out, err), (0, HELP[target], ''),
                 '%s %s' % (prog(target), ' '.join(args)))
    boards = ['none'] + (['virt', 'spike'] if target == 'riscv64'
                         else ['microvm'])
    for board in boards:
        rc, out, err = run(target, '-M', board + ',help')
        what = '%s -M %s,help' % (prog(target), board)
        check_eq((rc, err), (0, ''), what + ' status')
        check(out.startswith('%s-machine options:\n' % board), what)
        for line in GENERIC_PROPS + BOARD_PROPS.get(board, []):
            check('\n  %s\n' % line in out, '%s lists %r' % (what, line))
        for prop in UNKNOWN_PROPS.get(board, []):
            check('\n  %s=' % prop not in out, '%s omits %s' % (what, prop))


def check_runs(target):
    expect_runs(target, [])
    expect_runs(target, ['-M', 'none'])
    expect_runs(target, ['-m', '256', '-smp', '2,maxcpus=4'])
    expect_runs(target, ['-smp', 'sockets=0'],
                '%s: warning: Deprecated CPU topology (considered invalid): '
                'CPU topology parameters must be greater than zero\n' %
                prog(target))
    expect_runs(target, ['-M', 'kernel_irqchip=on'])


def main():
    for target in TARGETS:
        for args, message in ERRORS_BOTH + ERRORS[target]:
            expect_error(target, args, message)
        check_help(target)
        check_runs(target)
    expect_runs('riscv64', ['-M', 'virt,aclint=on', '-smp', '8'])
    expect_runs('x86_64', ['-M', 'microvm,pit=off,x-oem-id=ABC,'
                           'isa-serial=off'])
    finish()


main()
