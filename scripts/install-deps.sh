#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Install the Debian 12 packages qlite builds and tests with (see README.md,
# "Dependencies").  Idempotent: packages already present are left alone and
# nothing is printed when all of them are installed.
set -e

PACKAGES="
meson ninja-build pkg-config gcc
libglib2.0-dev libfdt-dev libslirp-dev libseccomp-dev
gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf
opensbi u-boot-qemu
qemu-system-data
python3 gcovr clang device-tree-compiler
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
