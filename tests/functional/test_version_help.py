# SPDX-License-Identifier: GPL-2.0-or-later
"""-version and -help on both targets: text, exit status, -- forms."""
from qltest import run, check, check_eq, finish

for target in ('riscv64', 'x86_64'):
    prog = 'qlite-system-' + target
    for opt in ('-version', '--version'):
        rc, out, err = run(target, opt)
        check_eq(rc, 0, '%s %s status' % (prog, opt))
        check(out.startswith('QEMU emulator version 8.2.0 (qlite '),
              '%s %s first line: %r' % (prog, opt, out))
        check_eq(err, '', '%s %s stderr' % (prog, opt))
    for opt in ('-h', '-help', '--help'):
        rc, out, err = run(target, opt)
        check_eq(rc, 0, '%s %s status' % (prog, opt))
        check('usage: %s [options] [disk_image]' % prog in out,
              '%s %s usage line: %r' % (prog, opt, out))
    rc, out, err = run(target, '-bogus')
    check_eq(rc, 1, '%s -bogus status' % prog)
    check_eq(err, '%s: -bogus: invalid option\n' % prog, '%s -bogus' % prog)

finish()
