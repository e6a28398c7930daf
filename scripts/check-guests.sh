#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Run every guest test program of tests/guest/riscv64/programs.list on a
# given emulator binary and end with "N passed, N failed":
#
#   scripts/check-guests.sh [QEMU=/usr/bin/qemu-system-riscv64] [BUILD=build]
#
# The programs are built by meson in BUILD (ninja builds them first).  QEMU
# defaults to the built qlite-system-riscv64.  Meant for checking the
# programs themselves against Debian's QEMU while qlite's hart is young.
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
BUILD=build
QEMU=
for arg in "$@"; do
    case "$arg" in
    QEMU=*) QEMU=${arg#QEMU=} ;;
    BUILD=*) BUILD=${arg#BUILD=} ;;
    *) echo "usage: $0 [QEMU=binary] [BUILD=dir]" >&2; exit 1 ;;
    esac
done
[ -n "$QEMU" ] || QEMU=$BUILD/qlite-system-riscv64
ninja -C "$BUILD" >/dev/null || exit 1

passed=0
failed=0
while read -r name args; do
    case "$name" in ''|'#'*) continue ;; esac
    runner=""
    qemu_args=""
    for w in $args; do
        case "$w" in
        --*) runner="$runner $w" ;;
        *) qemu_args="$qemu_args $w" ;;
        esac
    done
    # shellcheck disable=SC2086
    if out=$(python3 "$src/tests/guest/run-guest.py" \
             "$BUILD/tests/guest/${name%%:*}.elf" --qemu "$QEMU" $runner \
             -- $qemu_args 2>&1); then
        echo "ok   $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name"
        echo "$out" | sed 's/^/    /'
        failed=$((failed + 1))
    fi
done < "$src/tests/guest/riscv64/programs.list"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
