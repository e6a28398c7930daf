#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The README's demo: boot a real guest on the riscv virt board.  With the
# prebuilt guests next to the source tree (../shared/guests), Linux boots
# to its init and powers off; otherwise Debian's U-Boot (package
# u-boot-qemu) runs as the firmware: type `version`, then `poweroff`
# (or Ctrl-A x) to leave.
set -e
build=$(cd "${1:-build}" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
guests=${QLITE_GUESTS:-$src/../shared/guests}/riscv64
qlite=$build/qlite-system-riscv64

"$qlite" -version
if [ -d "$guests" ]; then
    set -- -M virt -m 256M -nographic -bios fw_dynamic.bin -kernel Image \
        -initrd initramfs.cpio.gz -append "console=ttyS0 qlite.test=poweroff"
    echo "\$ cd $guests"
    echo "\$ qlite-system-riscv64 $*"
    cd "$guests"
    exec "$qlite" "$@"
fi
set -- -M virt -nographic -bios /usr/lib/u-boot/qemu-riscv64/u-boot.bin
echo "\$ qlite-system-riscv64 $*"
echo "(U-Boot: press Enter, type 'version', then 'poweroff' to leave)"
exec "$qlite" "$@"
