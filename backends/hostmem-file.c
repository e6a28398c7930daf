/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hostmem-file.c: "memory-backend-file", guest RAM mapped from a file
 * (hugetlbfs, tmpfs, a DAX device, a VM template), as in QEMU 8.2.
 *
 * mem-path names an existing file (used as it is), a file to create, or
 * a directory, in which a temporary file "qemu_back_mem.NAME.XXXXXX" is
 * created and unlinked at once.  readonly=on opens the file read-only
 * and never creates it; rom=auto (the default) follows readonly, and
 * rom=off with readonly=on gives private writable RAM on a read-only
 * file (VM templating).  offset maps from that position of the file.
 * discard-data=on drops the file's contents when the object goes away.
 * pmem=on needs libpmem, which qlite does not use, so it is refused.
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include "qapi/error.h"
#include "qobject/qnum.h"
#include "qom/qom-qobject.h"
#include "backends-internal.h"

OBJECT_DECLARE_SIMPLE_TYPE(HostMemoryBackendFile, MEMORY_BACKEND_FILE)

typedef enum OnOffAuto {
    ON_OFF_AUTO_AUTO,
    ON_OFF_AUTO_ON,
    ON_OFF_AUTO_OFF,
    ON_OFF_AUTO__MAX,
} OnOffAuto;

static const char *const on_off_auto_names[ON_OFF_AUTO__MAX] = {
    [ON_OFF_AUTO_AUTO] = "auto",
    [ON_OFF_AUTO_ON] = "on",
    [ON_OFF_AUTO_OFF] = "off",
};

static const QEnumLookup on_off_auto_lookup = {
    .array = on_off_auto_names,
    .size = ON_OFF_AUTO__MAX,
};

struct HostMemoryBackendFile {
    HostMemoryBackend parent_obj;

    char *mem_path;
    uint64_t align;             /* bytes, 0 for the page size */
    uint64_t offset;            /* bytes into the file */
    bool discard_data;
    bool is_pmem;
    bool readonly;
    OnOffAuto rom;
};

/* A temporary file in directory @dir, unlinked at once; -errno on error. */
static int file_backend_open_tmp(const char *dir, const char *name)
{
    g_autofree char *safe_name = g_strdelimit(g_strdup(name), "/", '_');
    g_autofree char *path = g_strdup_printf("%s/qemu_back_mem.%s.XXXXXX",
                                            dir, safe_name);
    int fd = mkstemp(path);

    if (fd < 0) {
        return -errno;
    }
    unlink(path);
    return fd;
}

/*
 * Open @path as QEMU's file_ram_open does.  Returns the fd or -errno.
 * A read-only open never creates a file and refuses directories.
 */
static int file_backend_open(const char *path, const char *name,
                             bool readonly)
{
    struct stat st;
    int fd;

    for (;;) {
        fd = open(path, readonly ? O_RDONLY : O_RDWR);
        if (fd >= 0) {
            if (readonly && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
                close(fd);
                return -EISDIR;
            }
            return fd;
        }
        if (errno == ENOENT && readonly) {
            return -ENOENT;
        }
        if (errno == ENOENT) {
            fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0644);
            if (fd >= 0) {
                return fd;
            }
        } else if (errno == EISDIR) {
            return file_backend_open_tmp(path, name);
        }
        /* Someone else created or removed the file meanwhile: retry. */
        if (errno != EEXIST && errno != EINTR) {
            return -errno;
        }
    }
}

/* Settle rom=auto and refuse the combinations QEMU refuses. */
static bool file_backend_check_rom(HostMemoryBackendFile *fb, Error **errp)
{
    switch (fb->rom) {
    case ON_OFF_AUTO_AUTO:
        /* As before "rom" existed: a read-only file gives ROM. */
        fb->rom = fb->readonly ? ON_OFF_AUTO_ON : ON_OFF_AUTO_OFF;
        return true;
    case ON_OFF_AUTO_ON:
        if (!fb->readonly) {
            error_setg(errp, "property 'rom' = 'on' is not supported with"
                       " 'readonly' = 'off'");
            return false;
        }
        return true;
    default:
        if (fb->readonly && fb->parent_obj.share) {
            error_setg(errp, "property 'rom' = 'off' is incompatible with"
                       " 'readonly' = 'on' and 'share' = 'on'");
            return false;
        }
        return true;
    }
}

/* The open failure of @path (fd -@err), with QEMU's hint for EACCES. */
static void file_backend_open_error(HostMemoryBackendFile *fb, int err,
                                    const char *name, Error **errp)
{
    int fd;

    error_setg_errno(errp, err, "can't open backing store %s for guest RAM",
                     fb->mem_path);
    if (err != EACCES || fb->readonly || fb->parent_obj.share) {
        return;
    }
    fd = file_backend_open(fb->mem_path, name, true);
    if (fd >= 0) {
        close(fd);
        error_append_hint(errp, "Consider opening the backing store"
                          " read-only but still creating writable RAM using"
                          " '-object memory-backend-file,readonly=on,rom=off"
                          "...' (see \"VM templating\" documentation)\n");
    }
}

static bool file_backend_memory_alloc(HostMemoryBackend *backend,
                                      Error **errp)
{
    HostMemoryBackendFile *fb = MEMORY_BACKEND_FILE(backend);
    g_autofree char *name = NULL;
    HostMemoryMapFd map;

    /* Required by QEMU's option schema, checked there first. */
    if (!fb->mem_path) {
        error_setg(errp, "Parameter 'mem-path' is missing");
        return false;
    }
    if (!file_backend_check_rom(fb, errp)) {
        return false;
    }
    name = host_memory_backend_get_name(backend);
    map = (HostMemoryMapFd) {
        .fd = file_backend_open(fb->mem_path, name, fb->readonly),
        .offset = fb->offset,
        .align = fb->align,
        .readonly_fd = fb->readonly,
        .rom = fb->rom == ON_OFF_AUTO_ON,
    };
    if (map.fd < 0) {
        file_backend_open_error(fb, -map.fd, name, errp);
        return false;
    }
    return host_memory_backend_map_fd(backend, &map, errp);
}

/* The "cannot change" error when @o is allocated (with QEMU's text). */
static bool file_backend_check_unset(Object *o, const char *name,
                                     bool dot, Error **errp)
{
    if (host_memory_backend_mr_inited(MEMORY_BACKEND(o))) {
        error_setg(errp, "cannot change property '%s' of %s%s", name,
                   object_get_typename(o), dot ? "." : "");
        return false;
    }
    return true;
}

static char *file_backend_get_mem_path(Object *o, Error **errp)
{
    return g_strdup(MEMORY_BACKEND_FILE(o)->mem_path);
}

static void file_backend_set_mem_path(Object *o, const char *str,
                                      Error **errp)
{
    HostMemoryBackendFile *fb = MEMORY_BACKEND_FILE(o);

    if (!file_backend_check_unset(o, "mem-path", false, errp)) {
        return;
    }
    g_free(fb->mem_path);
    fb->mem_path = g_strdup(str);
}

static bool file_backend_get_discard_data(Object *o, Error **errp)
{
    return MEMORY_BACKEND_FILE(o)->discard_data;
}

static void file_backend_set_discard_data(Object *o, bool value,
                                          Error **errp)
{
    MEMORY_BACKEND_FILE(o)->discard_data = value;
}

/* "align" and "offset": size properties, told apart by @name. */
static void file_backend_get_size_field(Object *o, const char *name,
                                        QObject **value, void *opaque,
                                        Error **errp)
{
    HostMemoryBackendFile *fb = MEMORY_BACKEND_FILE(o);
    uint64_t v = strcmp(name, "align") ? fb->offset : fb->align;

    *value = QOBJECT(qnum_from_uint(v));
}

static void file_backend_set_size_field(Object *o, const char *name,
                                        QObject **value, void *opaque,
                                        Error **errp)
{
    HostMemoryBackendFile *fb = MEMORY_BACKEND_FILE(o);
    uint64_t v;

    if (!file_backend_check_unset(o, name, false, errp) ||
        !qom_input_size(name, *value, &v, errp)) {
        return;
    }
    if (!strcmp(name, "align")) {
        fb->align = v;
    } else {
        fb->offset = v;
    }
}

static bool file_backend_get_pmem(Object *o, Error **errp)
{
    return MEMORY_BACKEND_FILE(o)->is_pmem;
}

static void file_backend_set_pmem(Object *o, bool value, Error **errp)
{
    if (!file_backend_check_unset(o, "pmem", true, errp)) {
        return;
    }
    if (value) {
        error_setg(errp, "Lack of libpmem support while setting the"
                   " 'pmem=on' of %s. We can't ensure data persistence.",
                   object_get_typename(o));
        return;
    }
    MEMORY_BACKEND_FILE(o)->is_pmem = false;
}

static bool file_backend_get_readonly(Object *o, Error **errp)
{
    return MEMORY_BACKEND_FILE(o)->readonly;
}

static void file_backend_set_readonly(Object *o, bool value, Error **errp)
{
    if (file_backend_check_unset(o, "readonly", true, errp)) {
        MEMORY_BACKEND_FILE(o)->readonly = value;
    }
}

static int file_backend_get_rom(Object *o, Error **errp)
{
    return MEMORY_BACKEND_FILE(o)->rom;
}

static void file_backend_set_rom(Object *o, int value, Error **errp)
{
    if (file_backend_check_unset(o, "rom", true, errp)) {
        MEMORY_BACKEND_FILE(o)->rom = value;
    }
}

static void file_backend_unparent(Object *obj)
{
    HostMemoryBackend *backend = MEMORY_BACKEND(obj);

    if (host_memory_backend_mr_inited(backend) &&
        MEMORY_BACKEND_FILE(obj)->discard_data) {
        madvise(backend->ram_ptr, backend->mapped_size, MADV_REMOVE);
    }
}

static void file_backend_class_init(ObjectClass *oc, void *data)
{
    HostMemoryBackendClass *bc = MEMORY_BACKEND_CLASS(oc);

    bc->alloc = file_backend_memory_alloc;
    oc->unparent = file_backend_unparent;

    object_class_property_add_bool(oc, "discard-data",
        file_backend_get_discard_data, file_backend_set_discard_data);
    object_class_property_add_str(oc, "mem-path",
        file_backend_get_mem_path, file_backend_set_mem_path);
    object_class_property_add(oc, "align", "int",
        file_backend_get_size_field, file_backend_set_size_field,
        NULL, NULL);
    object_class_property_add(oc, "offset", "int",
        file_backend_get_size_field, file_backend_set_size_field,
        NULL, NULL);
    object_class_property_set_description(oc, "offset",
        "Offset into the target file (ex: 1G)");
    object_class_property_add_bool(oc, "pmem",
        file_backend_get_pmem, file_backend_set_pmem);
    object_class_property_add_bool(oc, "readonly",
        file_backend_get_readonly, file_backend_set_readonly);
    object_class_property_add_enum(oc, "rom", "OnOffAuto",
        &on_off_auto_lookup, file_backend_get_rom, file_backend_set_rom);
    object_class_property_set_description(oc, "rom",
        "Whether to create Read Only Memory (ROM)");
}

static void file_backend_instance_finalize(Object *o)
{
    g_free(MEMORY_BACKEND_FILE(o)->mem_path);
}

static const TypeInfo file_backend_info = {
    .name = TYPE_MEMORY_BACKEND_FILE,
    .parent = TYPE_MEMORY_BACKEND,
    .class_init = file_backend_class_init,
    .instance_finalize = file_backend_instance_finalize,
    .instance_size = sizeof(HostMemoryBackendFile),
};

static void file_backend_register_types(void)
{
    type_register_static(&file_backend_info);
}
type_init(file_backend_register_types)
