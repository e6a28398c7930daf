# SPDX-License-Identifier: GPL-2.0-or-later
"""The run state at start-up and the cost of waiting.

Without -S the machine runs once it is ready (runstate prelaunch ->
running, seen through the runstate_set trace event) and stops at exit;
with -S it stays in prelaunch.  An idle instance sleeps in poll: over
10 s, paused (-S) or running without vCPUs, it uses (almost) no CPU
time, measured from /proc/PID/stat utime + stime.
"""
import time

from qltest import (TARGETS, prog, start, run_and_stop, check, check_eq,
                    finish, terminated)

TRACE = 'runstate_set current_run_state %d (%s) new_state %d (%s)\n'
RUNNING = TRACE % (6, 'prelaunch', 9, 'running')
SHUTDOWN = TRACE % (9, 'running', 11, 'shutdown')
IDLE_SECONDS = 10
# At most this many clock ticks (1/100 s) over IDLE_SECONDS: 0.2%.
MAX_TICKS = 2


def test_autostart(target):
    args = ['-nodefaults', '-trace', 'runstate_set']
    rc, out, err = run_and_stop(target, *args, idle=True)
    check_eq((rc, out, err), (0, '', RUNNING + terminated(target) + SHUTDOWN),
             '%s %s' % (prog(target), ' '.join(args)))
    args = ['-S'] + args
    rc, out, err = run_and_stop(target, *args, idle=True)
    check_eq((rc, out, err), (0, '', terminated(target)),
             '%s %s' % (prog(target), ' '.join(args)))


def cpu_ticks(pid):
    with open('/proc/%d/stat' % pid) as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return int(fields[11]) + int(fields[12])    # utime, stime


def test_idle_cpu(runs):
    """runs: (target, args) pairs, measured over the same 10 s."""
    insts = [(start(t, '-nodefaults', *a, idle=True), a) for t, a in runs]
    try:
        ready = [(i, a) for i, a in insts if i.wait_ready()]
        before = [cpu_ticks(i.pid) for i, a in ready]
        time.sleep(IDLE_SECONDS)
        for (inst, args), ticks in zip(ready, before):
            name = '%s %s' % (prog(inst.target), ' '.join(args))
            used = cpu_ticks(inst.pid) - ticks
            print('%s: %d ticks of CPU in %d s' % (name, used, IDLE_SECONDS))
            check(used <= MAX_TICKS, '%s: idle for %d s used %d ticks' %
                  (name, IDLE_SECONDS, used))
            rc, out, err = inst.stop()
            check_eq((rc, out, err), (0, '', terminated(inst.target)),
                     name + ' idle then stopped')
    finally:
        for inst, args in insts:
            inst.kill()


for target in TARGETS:
    test_autostart(target)
# A running spike runs its firmware; a running VM with nothing to run is
# machine none.
test_idle_cpu([('riscv64', ('-S',)), ('riscv64', ('-M', 'none')),
               ('x86_64', ('-S',))])

finish()
