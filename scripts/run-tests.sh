#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Run every test of a build directory and end with "N passed, N failed"
# (skipped tests are counted on the line before).
set -u
build=${1:-build}
# shellcheck disable=SC2086
meson test -C "$build" --print-errorlogs --num-processes "$(nproc)" \
    ${MESON_TEST_ARGS:-}
status=$?
python3 "$(dirname "$0")/test-summary.py" "$build/meson-logs/testlog.json"
exit $status
