/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hwaddr.h: guest physical addresses.
 */
#ifndef EXEC_HWADDR_H
#define EXEC_HWADDR_H

/* A guest physical address, or a size or offset in guest physical space. */
typedef uint64_t hwaddr;

#define HWADDR_MAX UINT64_MAX
#define HWADDR_PRIx PRIx64

#endif
