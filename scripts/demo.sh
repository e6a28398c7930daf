#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The README's demo: what qlite can show today.
set -e
build=${1:-build}
for target in riscv64 x86_64; do
    echo "\$ qlite-system-$target -version"
    "$build/qlite-system-$target" -version
    echo
done
echo "\$ qlite-system-riscv64 -help"
"$build/qlite-system-riscv64" -help
