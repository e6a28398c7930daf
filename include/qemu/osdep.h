/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * osdep.h: the first header every qlite source file includes.
 *
 * Pulls in the C library and GLib, the build configuration and a handful of
 * helpers that are used everywhere (size units, ARRAY_SIZE, container_of).
 */
#ifndef QEMU_OSDEP_H
#define QEMU_OSDEP_H

#include "config-host.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <limits.h>
#include <errno.h>
#include <unistd.h>
#include <assert.h>
#include <glib.h>

#include "qemu/typedefs.h"
#include "qemu/atomic.h"
#include "qemu/bitops.h"

#define KiB (INT64_C(1) << 10)
#define MiB (INT64_C(1) << 20)
#define GiB (INT64_C(1) << 30)
#define TiB (INT64_C(1) << 40)
#define PiB (INT64_C(1) << 50)
#define EiB (INT64_C(1) << 60)

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(x) (sizeof(x) / sizeof((x)[0]))
#endif

#ifndef container_of
#define container_of(ptr, type, member) \
    ((type *)((char *)(ptr) - offsetof(type, member)))
#endif

#define QEMU_NORETURN __attribute__((noreturn))
#define G_GNUC_PRINTF_FMT(a, b) __attribute__((format(gnu_printf, a, b)))

#define QEMU_BUILD_BUG_ON(x) _Static_assert(!(x), #x)

#endif
