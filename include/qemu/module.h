/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * module.h: registration of subsystems before main().
 *
 * module_init(fn, type) makes a constructor append @fn to the list of
 * @type; module_call_init(type) later runs every function of that list
 * once, in registration order.  Registration allocates one list node and
 * does no I/O.
 */
#ifndef QEMU_MODULE_H
#define QEMU_MODULE_H

typedef enum {
    MODULE_INIT_MIGRATION,
    MODULE_INIT_BLOCK,
    MODULE_INIT_OPTS,
    MODULE_INIT_QOM,
    MODULE_INIT_TRACE,
    MODULE_INIT_XEN_BACKEND,
    MODULE_INIT_LIBQOS,
    MODULE_INIT_FUZZ_TARGET,
    MODULE_INIT_MAX
} module_init_type;

#define module_init(function, type)                                       \
    static void __attribute__((constructor)) do_qemu_init_##function(void) \
    {                                                                      \
        register_module_init(function, type);                             \
    }

#define block_init(function) module_init(function, MODULE_INIT_BLOCK)
#define opts_init(function) module_init(function, MODULE_INIT_OPTS)
#define type_init(function) module_init(function, MODULE_INIT_QOM)
#define trace_init(function) module_init(function, MODULE_INIT_TRACE)
#define migration_init(function) module_init(function, MODULE_INIT_MIGRATION)

void register_module_init(void (*fn)(void), module_init_type type);

/*
 * Run the functions registered for @type, each once: a second call for the
 * same type runs only functions registered since the first.
 */
void module_call_init(module_init_type type);

#endif
