/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * typedefs.h: forward declarations of types that many headers mention, so
 * a header can take a pointer to them without including their definition.
 */
#ifndef QEMU_TYPEDEFS_H
#define QEMU_TYPEDEFS_H

typedef struct Error Error;
typedef struct Location Location;
typedef struct QDict QDict;
typedef struct QList QList;
typedef struct QObject QObject;
typedef struct QString QString;
typedef struct QemuOpt QemuOpt;
typedef struct QemuOpts QemuOpts;
typedef struct QemuOptsList QemuOptsList;
typedef struct Object Object;
typedef struct ObjectClass ObjectClass;
typedef struct Visitor Visitor;

#endif
