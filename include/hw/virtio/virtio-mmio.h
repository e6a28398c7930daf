/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * virtio-mmio.h: virtio-mmio transports (virtio 1.2 section 4.2).  For
 * now the empty slots of the riscv virt board.
 */
#ifndef HW_VIRTIO_MMIO_H
#define HW_VIRTIO_MMIO_H

#include "exec/memory.h"

/* Map an empty virtio-mmio slot of @size bytes at @addr. */
void virtio_mmio_empty_create(hwaddr addr, hwaddr size);

#endif
