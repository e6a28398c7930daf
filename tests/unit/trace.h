/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * trace.h: the trace events of the unit tests, declared in
 * tests/unit/trace-events (see trace/meson.build).
 */
#include "trace/trace-tests_unit.h"
