# SPDX-License-Identifier: GPL-2.0-or-later
"""Helpers for behaviour tests: run a qlite binary, check what it printed.

Each test script calls check(...) for every expectation; failures are
collected and the script exits 1 at the end (see finish()), so one run
shows every broken expectation rather than the first.
"""
import os
import subprocess
import sys

BINARIES = {
    'riscv64': os.environ.get('QLITE_RISCV64'),
    'x86_64': os.environ.get('QLITE_X86_64'),
}
SKIP = 77
_failures = []


def binary(target):
    path = BINARIES[target]
    if not path:
        sys.exit('QLITE_%s is not set (run through meson test)' %
                 target.upper())
    return path


def run(target, *args, timeout=30, **kw):
    """Run the target's binary with args; return (status, stdout, stderr)."""
    p = subprocess.run([binary(target)] + list(args), capture_output=True,
                       text=True, timeout=timeout, **kw)
    return p.returncode, p.stdout, p.stderr


def check(cond, what):
    if not cond:
        _failures.append(what)
        print('FAIL:', what, file=sys.stderr)


def check_eq(got, want, what):
    check(got == want, '%s: got %r, want %r' % (what, got, want))


def finish():
    if _failures:
        print('%d expectation(s) failed' % len(_failures), file=sys.stderr)
        sys.exit(1)
    sys.exit(0)
