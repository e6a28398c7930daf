#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Summarise meson's testlog.json as "N passed, N failed".

A GTest/TAP program counts as one test per subtest it reported; any other
test counts once.  Skips are printed on their own line before the summary.
"""
import json
import sys

passed = failed = skipped = 0
with open(sys.argv[1]) as f:
    for line in f:
        t = json.loads(line)
        result = t['result']
        if result == 'SKIP':
            skipped += 1
        elif result in ('OK', 'EXPECTEDFAIL'):
            passed += 1
        else:
            failed += 1
if skipped:
    print('%d skipped' % skipped)
print('%d passed, %d failed' % (passed, failed))
