/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Unit tests for the memory backends (backends/hostmem*.c): creation of
 * memory-backend-ram, -file and -memfd through -object's path
 * (user_creatable_add_dict), their properties and QEMU 8.2's messages,
 * preallocation with threads (pages resident: mincore) and the thread
 * affinity given by a prealloc-context.
 */
#include "qemu/osdep.h"
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "qapi/error.h"
#include "qemu/module.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "qobject/qnum.h"
#include "qom/object_interfaces.h"
#include "qom/qom-qobject.h"
#include "sysemu/hostmem.h"
#include "backends/backends-internal.h"

static char *tmp_dir;

static void check_err(Error **errp, const char *msg)
{
    g_assert_nonnull(*errp);
    g_assert_cmpstr(error_get_pretty(*errp), ==, msg);
    error_free(*errp);
    *errp = NULL;
}

/* Create an object from -object text (or JSON) with QEMU's parsing. */
static bool add(const char *fmt, ...) G_GNUC_PRINTF(1, 2);
static bool add(const char *fmt, ...)
{
    g_autofree char *str = NULL;
    g_autoptr(QDict) args = NULL;
    bool keyval;
    va_list ap;

    va_start(ap, fmt);
    str = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    args = user_creatable_parse_str(str, &keyval, &error_abort);
    return user_creatable_add_dict(args, keyval, &error_abort);
}

static void add_err(const char *str, const char *msg)
{
    g_autoptr(QDict) args = NULL;
    Error *err = NULL;
    bool keyval;

    args = user_creatable_parse_str(str, &keyval, &error_abort);
    g_assert_false(user_creatable_add_dict(args, keyval, &err));
    check_err(&err, msg);
    g_assert_null(object_resolve_path_component(object_get_objects_root(),
                                                "m"));
}

static HostMemoryBackend *get_backend(const char *id)
{
    return MEMORY_BACKEND(object_resolve_path_component(
                              object_get_objects_root(), id));
}

static void del(const char *id)
{
    g_assert_true(user_creatable_del(id, &error_abort));
}

/* Whether every page of @len bytes at @ptr is resident. */
static bool all_resident(void *ptr, size_t len)
{
    size_t pages = len / getpagesize();
    g_autofree unsigned char *vec = g_malloc(pages);
    size_t i;

    g_assert_cmpint(mincore(ptr, len, vec), ==, 0);
    for (i = 0; i < pages; i++) {
        if (!(vec[i] & 1)) {
            return false;
        }
    }
    return true;
}

static bool none_resident(void *ptr, size_t len)
{
    size_t pages = len / getpagesize();
    g_autofree unsigned char *vec = g_malloc(pages);
    size_t i;

    g_assert_cmpint(mincore(ptr, len, vec), ==, 0);
    for (i = 0; i < pages; i++) {
        if (vec[i] & 1) {
            return false;
        }
    }
    return true;
}

/* The permissions ("rw-p") of the mapping holding @ptr. */
static char *mapping_perms(void *ptr)
{
    g_autofree char *maps = NULL;
    g_auto(GStrv) lines = NULL;
    int i;

    g_assert_true(g_file_get_contents("/proc/self/maps", &maps, NULL, NULL));
    lines = g_strsplit(maps, "\n", -1);
    for (i = 0; lines[i]; i++) {
        unsigned long start, end;
        char perms[5];

        if (sscanf(lines[i], "%lx-%lx %4s", &start, &end, perms) == 3 &&
            (uintptr_t)ptr >= start && (uintptr_t)ptr < end) {
            return g_strdup(perms);
        }
    }
    g_assert_not_reached();
}

/* ---- memory-backend-ram ---- */

static void test_ram_basic(void)
{
    HostMemoryBackend *b;
    g_autofree char *name = NULL;
    uint8_t *p;

    g_assert_true(add("memory-backend-ram,id=m,size=4M"));
    b = get_backend("m");
    p = host_memory_backend_get_ram_ptr(b);
    g_assert_nonnull(p);
    g_assert_cmpuint(host_memory_backend_get_size(b), ==, 4 * MiB);
    g_assert_cmpuint(host_memory_backend_pagesize(b), ==, getpagesize());
    g_assert_cmpint(host_memory_backend_get_fd(b), ==, -1);
    g_assert_true(host_memory_backend_mr_inited(b));
    name = host_memory_backend_get_name(b);
    g_assert_cmpstr(name, ==, "m");
    g_assert_true(none_resident(p, 4 * MiB));
    p[0] = 1;
    p[4 * MiB - 1] = 2;
    g_assert_cmpint(p[0] + p[4 * MiB - 1], ==, 3);
    g_assert_cmpuint(object_property_get_uint(OBJECT(b), "size",
                                              &error_abort), ==, 4 * MiB);
    del("m");
}

static void test_ram_defaults(void)
{
    Object *obj = object_new(TYPE_MEMORY_BACKEND_RAM);

    g_assert_true(object_property_get_bool(obj, "merge", &error_abort));
    g_assert_true(object_property_get_bool(obj, "dump", &error_abort));
    g_assert_false(object_property_get_bool(obj, "prealloc", &error_abort));
    g_assert_false(object_property_get_bool(obj, "share", &error_abort));
    g_assert_true(object_property_get_bool(obj, "reserve", &error_abort));
    g_assert_false(object_property_get_bool(
                       obj, "x-use-canonical-path-for-ramblock-id",
                       &error_abort));
    g_assert_cmpuint(object_property_get_uint(obj, "prealloc-threads",
                                              &error_abort), ==, 1);
    g_assert_cmpint(object_property_get_enum(obj, "policy", "HostMemPolicy",
                                             &error_abort), ==,
                    HOST_MEM_POLICY_DEFAULT);
    g_assert_null(host_memory_backend_get_ram_ptr(MEMORY_BACKEND(obj)));
    object_unref(obj);
}

static void test_ram_size_errors(void)
{
    Error *err = NULL;

    add_err("memory-backend-ram,id=m",
            "Parameter 'size' is missing");
    add_err("memory-backend-ram,id=m,size=0",
            "property 'size' of memory-backend-ram doesn't take value '0'");
    add_err("memory-backend-ram,id=m,size=1P",
            "cannot set up guest memory 'm': Cannot allocate memory");
    g_assert_true(add("memory-backend-ram,id=m,size=1M"));
    g_assert_false(object_property_set_uint(OBJECT(get_backend("m")), "size",
                                            2 * MiB, &err));
    check_err(&err, "cannot change property size of memory-backend-ram ");
    del("m");
}

static void test_ram_unaligned_size(void)
{
    HostMemoryBackend *b;

    g_assert_true(add("memory-backend-ram,id=m,size=1000"));
    b = get_backend("m");
    g_assert_cmpuint(host_memory_backend_get_size(b), ==, 1000);
    g_assert_cmpuint(b->mapped_size, ==, getpagesize());
    del("m");
}

static void test_ram_prealloc_threads_errors(void)
{
    add_err("memory-backend-ram,id=m,size=1M,prealloc-threads=0",
            "property 'prealloc-threads' of memory-backend-ram doesn't take"
            " value '0'");
    add_err("{\"qom-type\": \"memory-backend-ram\", \"id\": \"m\","
            " \"size\": 1048576, \"prealloc-threads\": 4294967296}",
            "Parameter 'prealloc-threads' expects uint32_t");
}

static void test_ram_numa_refused(void)
{
    HostMemoryBackend *b;
    g_autoptr(QObject) nodes = NULL;
    g_autoptr(GString) json = NULL;

    add_err("memory-backend-ram,id=m,size=1M,policy=bind",
            "NUMA policies are not supported by this QEMU");
    add_err("memory-backend-ram,id=m,size=1M,policy=interleave",
            "NUMA policies are not supported by this QEMU");
    add_err("memory-backend-ram,id=m,size=1M,policy=xx",
            "Parameter 'policy' does not accept value 'xx'");
    add_err("memory-backend-ram,id=m,size=1M,host-nodes=0",
            "NUMA node binding are not supported by this QEMU");
    add_err("memory-backend-ram,id=m,size=1M,host-nodes=0-1",
            "NUMA node binding are not supported by this QEMU");
    add_err("memory-backend-ram,id=m,size=1M,host-nodes=x",
            "Parameter 'host-nodes' expects a uint64 value or range");
    g_assert_true(add("memory-backend-ram,id=m,size=1M,policy=default"));
    b = get_backend("m");
    nodes = object_property_get_qobject(OBJECT(b), "host-nodes",
                                        &error_abort);
    json = qobject_to_json(nodes);
    g_assert_cmpstr(json->str, ==, "[]");
    del("m");
}

static void test_ram_prealloc_reserve_incompatible(void)
{
    add_err("memory-backend-ram,id=m,size=1M,prealloc=on,reserve=off",
            "'prealloc=on' and 'reserve=off' are incompatible");
    add_err("memory-backend-ram,id=m,size=1M,reserve=off,prealloc=on",
            "'prealloc=on' and 'reserve=off' are incompatible");
}

static void test_ram_noreserve(void)
{
    HostMemoryBackend *b;

    g_assert_true(add("memory-backend-ram,id=m,size=64M,reserve=off"));
    b = get_backend("m");
    g_assert_false(b->reserve);
    g_assert_true(none_resident(b->ram_ptr, 64 * MiB));
    del("m");
}

static void test_ram_fixed_after_alloc(void)
{
    Object *obj;
    Error *err = NULL;

    g_assert_true(add("memory-backend-ram,id=m,size=1M"));
    obj = OBJECT(get_backend("m"));
    g_assert_false(object_property_set_bool(obj, "share", true, &err));
    check_err(&err, "cannot change property value");
    g_assert_false(object_property_set_bool(obj, "reserve", false, &err));
    check_err(&err, "cannot change property value");
    /* These may change at any time. */
    g_assert_true(object_property_set_bool(obj, "merge", false,
                                           &error_abort));
    g_assert_true(object_property_set_bool(obj, "merge", true,
                                           &error_abort));
    g_assert_true(object_property_set_bool(obj, "dump", false,
                                           &error_abort));
    g_assert_true(object_property_set_bool(obj, "dump", true,
                                           &error_abort));
    g_assert_false(object_property_get_bool(obj, "prealloc", &error_abort));
    g_assert_true(object_property_set_bool(
                      obj, "x-use-canonical-path-for-ramblock-id", true,
                      &error_abort));
    g_assert_true(object_property_set_uint(obj, "prealloc-threads", 3,
                                           &error_abort));
    g_assert_cmpuint(object_property_get_uint(obj, "prealloc-threads",
                                              &error_abort), ==, 3);
    del("m");
}

static void test_ram_canonical_name(void)
{
    g_autofree char *name = NULL;

    g_assert_true(add("memory-backend-ram,id=m,size=1M,"
                      "x-use-canonical-path-for-ramblock-id=on,"
                      "merge=off,dump=off"));
    name = host_memory_backend_get_name(get_backend("m"));
    g_assert_cmpstr(name, ==, "/objects/m");
    del("m");
}

/* Whether a forked child's write to @backend is seen here. */
static bool child_write_visible(HostMemoryBackend *b)
{
    volatile uint8_t *p = b->ram_ptr;
    int status;
    pid_t pid;

    p[100] = 0;
    pid = fork();
    g_assert_cmpint(pid, >=, 0);
    if (pid == 0) {
        p[100] = 0x5a;
        _exit(0);
    }
    g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
    g_assert_true(WIFEXITED(status));
    return p[100] == 0x5a;
}

static void test_ram_share(void)
{
    g_assert_true(add("memory-backend-ram,id=m,size=1M,share=on"));
    g_assert_true(object_property_get_bool(OBJECT(get_backend("m")), "share",
                                           &error_abort));
    g_assert_true(child_write_visible(get_backend("m")));
    del("m");
    g_assert_true(add("memory-backend-ram,id=m,size=1M"));
    g_assert_false(child_write_visible(get_backend("m")));
    del("m");
}

static void test_ram_mapped_not_deletable(void)
{
    HostMemoryBackend *b;
    Error *err = NULL;

    g_assert_true(add("memory-backend-ram,id=m,size=1M"));
    b = get_backend("m");
    g_assert_false(host_memory_backend_is_mapped(b));
    host_memory_backend_set_mapped(b, true);
    g_assert_true(host_memory_backend_is_mapped(b));
    g_assert_false(user_creatable_del("m", &err));
    check_err(&err, "object 'm' is in use, can not be deleted");
    host_memory_backend_set_mapped(b, false);
    del("m");
}

/* ---- Machine defaults ---- */

#define TYPE_TEST_MACHINE "test-hostmem-machine"

static bool test_machine_get_false(Object *obj, Error **errp)
{
    return false;
}

static void test_machine_get_smp(Object *obj, const char *name,
                                 QObject **value, void *opaque, Error **errp)
{
    QDict *smp = qdict_new();

    qdict_put_int(smp, "cpus", 3);
    *value = QOBJECT(smp);
}

static void test_machine_class_init(ObjectClass *oc, void *data)
{
    object_class_property_add_bool(oc, "mem-merge", test_machine_get_false,
                                   NULL);
    object_class_property_add_bool(oc, "dump-guest-core",
                                   test_machine_get_false, NULL);
    object_class_property_add(oc, "smp", "SMPConfiguration",
                              test_machine_get_smp, NULL, NULL, NULL);
}

static const TypeInfo test_machine_info = {
    .name = TYPE_TEST_MACHINE,
    .parent = TYPE_OBJECT,
    .class_init = test_machine_class_init,
};

static void test_machine_defaults(void)
{
    Object *machine = object_new(TYPE_TEST_MACHINE);
    Object *obj;

    object_property_add_child(object_get_root(), "machine", machine);
    object_unref(machine);
    obj = object_new(TYPE_MEMORY_BACKEND_RAM);
    g_assert_false(object_property_get_bool(obj, "merge", &error_abort));
    g_assert_false(object_property_get_bool(obj, "dump", &error_abort));
    g_assert_cmpuint(object_property_get_uint(obj, "prealloc-threads",
                                              &error_abort), ==, 3);
    object_unref(obj);
    object_unparent(machine);
}

/* ---- Preallocation ---- */

static void test_prealloc_threads_resident(void)
{
    HostMemoryBackend *b;

    /* 128 MiB: enough for two threads (one per 64 MiB at most). */
    g_assert_true(add("memory-backend-ram,id=m,size=128M,prealloc=on,"
                      "prealloc-threads=2"));
    b = get_backend("m");
    g_assert_true(all_resident(b->ram_ptr, 128 * MiB));
    del("m");
}

static void test_prealloc_touch_resident(void)
{
    HostMemoryBackend *b;

    prealloc_force_touch = true;
    g_assert_true(add("memory-backend-ram,id=m,size=130M,prealloc=on,"
                      "prealloc-threads=4"));
    prealloc_force_touch = false;
    b = get_backend("m");
    g_assert_true(all_resident(b->ram_ptr, 130 * MiB));
    del("m");
}

static void test_prealloc_later(void)
{
    HostMemoryBackend *b;
    uint8_t *p;

    g_assert_true(add("memory-backend-ram,id=m,size=8M"));
    b = get_backend("m");
    p = b->ram_ptr;
    p[5000] = 0x33;
    g_assert_false(all_resident(p, 8 * MiB));
    g_assert_true(object_property_set_bool(OBJECT(b), "prealloc", true,
                                           &error_abort));
    g_assert_true(all_resident(p, 8 * MiB));
    g_assert_cmpint(p[5000], ==, 0x33);
    /* Turning it off later changes nothing. */
    g_assert_true(object_property_set_bool(OBJECT(b), "prealloc", false,
                                           &error_abort));
    g_assert_true(object_property_get_bool(OBJECT(b), "prealloc",
                                           &error_abort));
    del("m");
}

/* A shared mapping of an empty file: touching it faults (SIGBUS). */
static void prealloc_fails_on_empty_file(bool touch)
{
    g_autofree char *path = g_build_filename(tmp_dir, "empty", NULL);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    size_t len = 4 * getpagesize();
    Error *err = NULL;
    void *p;

    g_assert_cmpint(fd, >=, 0);
    p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    g_assert_true(p != MAP_FAILED);
    prealloc_force_touch = touch;
    g_assert_false(qemu_prealloc_mem(fd, p, len, 1, NULL, &err));
    prealloc_force_touch = false;
    check_err(&err, "qemu_prealloc_mem: preallocating memory failed: "
              "Bad address");
    munmap(p, len);
    close(fd);
    unlink(path);
}

static void test_prealloc_failure(void)
{
    prealloc_fails_on_empty_file(false);
    prealloc_fails_on_empty_file(true);
}

static GMutex hook_lock;
static GPtrArray *hook_affinities;

static void record_affinity(void)
{
    cpu_set_t set;
    GString *str = g_string_new(NULL);
    int cpu;

    g_assert_cmpint(sched_getaffinity(0, sizeof(set), &set), ==, 0);
    for (cpu = 0; cpu < CPU_SETSIZE; cpu++) {
        if (CPU_ISSET(cpu, &set)) {
            g_string_append_printf(str, "%s%d", str->len ? "," : "", cpu);
        }
    }
    g_mutex_lock(&hook_lock);
    g_ptr_array_add(hook_affinities, g_string_free(str, false));
    g_mutex_unlock(&hook_lock);
}

static int last_allowed_cpu(void)
{
    cpu_set_t set;
    int cpu, last = 0;

    g_assert_cmpint(sched_getaffinity(0, sizeof(set), &set), ==, 0);
    for (cpu = 0; cpu < CPU_SETSIZE; cpu++) {
        if (CPU_ISSET(cpu, &set)) {
            last = cpu;
        }
    }
    return last;
}

static void prealloc_with_context(const char *size, bool touch,
                                  guint want_threads)
{
    int cpu = last_allowed_cpu();
    g_autofree char *want = g_strdup_printf("%d", cpu);
    guint i;

    hook_affinities = g_ptr_array_new_with_free_func(g_free);
    prealloc_thread_start_hook = record_affinity;
    prealloc_force_touch = touch;
    g_assert_true(add("thread-context,id=tc,cpu-affinity=%d", cpu));
    g_assert_true(add("memory-backend-ram,id=m,size=%s,prealloc=on,"
                      "prealloc-threads=16,prealloc-context=tc", size));
    prealloc_force_touch = false;
    prealloc_thread_start_hook = NULL;
    g_assert_cmpuint(hook_affinities->len, ==, want_threads);
    for (i = 0; i < hook_affinities->len; i++) {
        g_assert_cmpstr(g_ptr_array_index(hook_affinities, i), ==, want);
    }
    g_assert_true(all_resident(get_backend("m")->ram_ptr,
                               host_memory_backend_get_size(
                                   get_backend("m"))));
    /* The backend holds the context: delete the backend first. */
    del("m");
    del("tc");
    g_ptr_array_free(hook_affinities, true);
}

static void test_prealloc_context_affinity(void)
{
    long cpus = MIN(sysconf(_SC_NPROCESSORS_ONLN), 16);

    /* Touching small memory: one thread, created by the context. */
    prealloc_with_context("4M", true, 1);
    /* MADV_POPULATE_WRITE over 128 MiB: up to two threads. */
    prealloc_with_context("128M", false, MIN(cpus, 2));
}

static void test_prealloc_context_errors(void)
{
    add_err("memory-backend-ram,id=m,size=1M,prealloc-context=nope",
            "Device 'nope' not found");
}

/* ---- memory-backend-file ---- */

static char *tmp_path(const char *name)
{
    return g_build_filename(tmp_dir, name, NULL);
}

static void test_file_new_file(void)
{
    g_autofree char *path = tmp_path("ram-new");
    HostMemoryBackend *b;
    struct stat st;

    g_assert_true(add("memory-backend-file,id=m,size=2M,mem-path=%s",
                      path));
    b = get_backend("m");
    g_assert_cmpint(stat(path, &st), ==, 0);
    g_assert_cmpint(st.st_size, ==, 2 * MiB);
    g_assert_cmpint(host_memory_backend_get_fd(b), >=, 0);
    ((uint8_t *)b->ram_ptr)[10] = 7;
    del("m");
    unlink(path);
}

static void test_file_directory(void)
{
    g_autofree char *dir = tmp_path("ram-dir");
    HostMemoryBackend *b;
    struct stat st;
    GDir *d;

    g_assert_cmpint(mkdir(dir, 0700), ==, 0);
    g_assert_true(add("memory-backend-file,id=m,size=1M,mem-path=%s,"
                      "x-use-canonical-path-for-ramblock-id=on", dir));
    b = get_backend("m");
    /* The temporary file is unlinked at once. */
    d = g_dir_open(dir, 0, NULL);
    g_assert_null(g_dir_read_name(d));
    g_dir_close(d);
    g_assert_cmpint(fstat(b->fd, &st), ==, 0);
    g_assert_cmpint(st.st_size, ==, 1 * MiB);
    g_assert_cmpint(st.st_nlink, ==, 0);
    del("m");
    rmdir(dir);
}

static void test_file_existing_and_share(void)
{
    g_autofree char *path = tmp_path("ram-existing");
    g_autofree char *content = NULL;
    const char data[] = "guest data";
    HostMemoryBackend *b;
    gsize len;

    g_assert_true(g_file_set_contents(path, data, sizeof(data), NULL));
    g_assert_cmpint(truncate(path, 8 * MiB), ==, 0);
    g_assert_true(add("memory-backend-file,id=m,size=4M,mem-path=%s,"
                      "share=on", path));
    b = get_backend("m");
    g_assert_cmpstr(b->ram_ptr, ==, data);
    memcpy(b->ram_ptr, "changed", 7);
    del("m");
    /* share=on wrote through to the file, which kept its size. */
    g_assert_true(g_file_get_contents(path, &content, &len, NULL));
    g_assert_cmpuint(len, ==, 8 * MiB);
    g_assert_cmpint(memcmp(content, "changed", 7), ==, 0);
    unlink(path);
}

static void test_file_private(void)
{
    g_autofree char *path = tmp_path("ram-private");
    g_autofree char *content = NULL;
    HostMemoryBackend *b;

    g_assert_true(g_file_set_contents(path, "original", 8, NULL));
    g_assert_cmpint(truncate(path, 1 * MiB), ==, 0);
    g_assert_true(add("memory-backend-file,id=m,size=1M,mem-path=%s", path));
    b = get_backend("m");
    memcpy(b->ram_ptr, "modified", 8);
    del("m");
    g_assert_true(g_file_get_contents(path, &content, NULL, NULL));
    g_assert_cmpint(memcmp(content, "original", 8), ==, 0);
    unlink(path);
}

static void test_file_size_mismatch(void)
{
    g_autofree char *path = tmp_path("ram-small");
    g_autofree char *opt = NULL;

    g_assert_true(g_file_set_contents(path, "x", 1, NULL));
    g_assert_cmpint(truncate(path, 1 * MiB), ==, 0);
    opt = g_strdup_printf("memory-backend-file,id=m,size=2M,mem-path=%s",
                          path);
    add_err(opt, "backing store size 0x100000 does not match 'size' option"
            " 0x200000");
    unlink(path);
}

static void test_file_open_errors(void)
{
    g_autofree char *missing = tmp_path("no-such-file");
    g_autofree char *opt1 = g_strdup_printf(
        "memory-backend-file,id=m,size=1M,mem-path=%s,readonly=on", missing);
    g_autofree char *msg1 = g_strdup_printf(
        "can't open backing store %s for guest RAM: No such file or "
        "directory", missing);
    g_autofree char *opt2 = g_strdup_printf(
        "memory-backend-file,id=m,size=1M,mem-path=%s,readonly=on", tmp_dir);
    g_autofree char *msg2 = g_strdup_printf(
        "can't open backing store %s for guest RAM: Is a directory", tmp_dir);

    add_err("memory-backend-file,id=m,size=1M,mem-path=/nonexistent/x",
            "can't open backing store /nonexistent/x for guest RAM: No such"
            " file or directory");
    add_err(opt1, msg1);
    add_err(opt2, msg2);
    g_assert_false(g_file_test(missing, G_FILE_TEST_EXISTS));
}

static void test_file_permission_hint(void)
{
    g_autofree char *path = tmp_path("ram-ro");
    g_autofree char *opt = NULL;
    g_autofree char *msg = NULL;
    Error *err = NULL;
    g_autoptr(QDict) args = NULL;
    bool keyval;

    if (geteuid() == 0) {
        g_test_skip("root may open any file");
        return;
    }
    g_assert_true(g_file_set_contents(path, "", 0, NULL));
    g_assert_cmpint(truncate(path, 1 * MiB), ==, 0);
    g_assert_cmpint(chmod(path, 0400), ==, 0);
    opt = g_strdup_printf("memory-backend-file,id=m,size=1M,mem-path=%s",
                          path);
    msg = g_strdup_printf("can't open backing store %s for guest RAM: "
                          "Permission denied", path);
    args = user_creatable_parse_str(opt, &keyval, &error_abort);
    g_assert_false(user_creatable_add_dict(args, keyval, &err));
    g_assert_cmpstr(error_get_pretty(err), ==, msg);
    error_free(err);
    unlink(path);
}

static void test_file_mem_path_missing(void)
{
    add_err("memory-backend-file,id=m,size=1M",
            "Parameter 'mem-path' is missing");
    add_err("memory-backend-file,id=m,mem-path=/tmp",
            "Parameter 'size' is missing");
}

static void test_file_readonly_rom(void)
{
    g_autofree char *path = tmp_path("ram-template");
    g_autofree char *perms = NULL;
    g_autofree char *perms2 = NULL;
    g_autofree char *opt = NULL;
    HostMemoryBackend *b;

    g_assert_true(g_file_set_contents(path, "template", 8, NULL));
    g_assert_cmpint(truncate(path, 1 * MiB), ==, 0);
    /* readonly=on alone: ROM. */
    g_assert_true(add("memory-backend-file,id=m,size=1M,mem-path=%s,"
                      "readonly=on", path));
    b = get_backend("m");
    perms = mapping_perms(b->ram_ptr);
    g_assert_cmpstr(perms, ==, "r--p");
    g_assert_cmpint(memcmp(b->ram_ptr, "template", 8), ==, 0);
    del("m");
    /* rom=off: writable private RAM from the read-only file. */
    g_assert_true(add("memory-backend-file,id=m,size=1M,mem-path=%s,"
                      "readonly=on,rom=off", path));
    b = get_backend("m");
    perms2 = mapping_perms(b->ram_ptr);
    g_assert_cmpstr(perms2, ==, "rw-p");
    memcpy(b->ram_ptr, "modified", 8);
    del("m");

    add_err("memory-backend-file,id=m,size=1M,mem-path=/tmp,rom=on",
            "property 'rom' = 'on' is not supported with 'readonly' = 'off'");
    opt = g_strdup_printf("memory-backend-file,id=m,size=1M,mem-path=%s,"
                          "readonly=on,rom=off,share=on", path);
    add_err(opt, "property 'rom' = 'off' is incompatible with 'readonly' ="
            " 'on' and 'share' = 'on'");
    add_err("memory-backend-file,id=m,size=1M,mem-path=/tmp,rom=maybe",
            "Parameter 'rom' does not accept value 'maybe'");
    unlink(path);
}

static void test_file_rom_on(void)
{
    g_autofree char *path = tmp_path("ram-rom");

    g_assert_true(g_file_set_contents(path, "", 0, NULL));
    g_assert_cmpint(truncate(path, 1 * MiB), ==, 0);
    g_assert_true(add("memory-backend-file,id=m,size=1M,mem-path=%s,"
                      "readonly=on,rom=on", path));
    g_assert_cmpint(object_property_get_enum(OBJECT(get_backend("m")), "rom",
                                             "OnOffAuto", &error_abort),
                    ==, 1);
    del("m");
    unlink(path);
}

static void test_file_align_offset(void)
{
    g_autofree char *path = tmp_path("ram-offset");
    HostMemoryBackend *b;
    struct stat st;
    int fd;

    add_err("memory-backend-file,id=m,size=1M,mem-path=/tmp,align=3",
            "alignment 0x3 must be multiples of page size 0x1000");
    add_err("memory-backend-file,id=m,size=1M,mem-path=/tmp,align=12K",
            "alignment 0x3000 must be a power of two");
    add_err("memory-backend-file,id=m,size=1M,mem-path=/tmp,offset=3",
            "offset 0x3 must be multiples of page size 0x1000");

    g_assert_true(add("memory-backend-file,id=m,size=1M,mem-path=%s,"
                      "align=8M,offset=64K,share=on", path));
    b = get_backend("m");
    g_assert_cmpuint((uintptr_t)b->ram_ptr % (8 * MiB), ==, 0);
    g_assert_cmpuint(object_property_get_uint(OBJECT(b), "align",
                                              &error_abort), ==, 8 * MiB);
    g_assert_cmpuint(object_property_get_uint(OBJECT(b), "offset",
                                              &error_abort), ==, 64 * KiB);
    memcpy(b->ram_ptr, "at-offset", 9);
    del("m");
    g_assert_cmpint(stat(path, &st), ==, 0);
    g_assert_cmpint(st.st_size, ==, 64 * KiB + 1 * MiB);
    fd = open(path, O_RDONLY);
    {
        char buf[9];

        g_assert_cmpint(pread(fd, buf, 9, 64 * KiB), ==, 9);
        g_assert_cmpint(memcmp(buf, "at-offset", 9), ==, 0);
    }
    close(fd);
    unlink(path);
}

static void test_file_pmem(void)
{
    g_autofree char *path = tmp_path("ram-pmem");

    add_err("memory-backend-file,id=m,size=1M,mem-path=/tmp,pmem=on",
            "Lack of libpmem support while setting the 'pmem=on' of"
            " memory-backend-file. We can't ensure data persistence.");
    g_assert_true(add("memory-backend-file,id=m,size=1M,mem-path=%s,"
                      "pmem=off", path));
    g_assert_false(object_property_get_bool(OBJECT(get_backend("m")),
                                            "pmem", &error_abort));
    del("m");
    unlink(path);
}

static void test_file_fixed_after_alloc(void)
{
    g_autofree char *path = tmp_path("ram-fixed");
    g_autofree char *got = NULL;
    Object *obj;
    Error *err = NULL;

    g_assert_true(add("memory-backend-file,id=m,size=1M,mem-path=%s", path));
    obj = OBJECT(get_backend("m"));
    got = object_property_get_str(obj, "mem-path", &error_abort);
    g_assert_cmpstr(got, ==, path);
    g_assert_false(object_property_set_str(obj, "mem-path", "/x", &err));
    check_err(&err, "cannot change property 'mem-path' of "
              "memory-backend-file");
    g_assert_false(object_property_set_uint(obj, "align", 4096, &err));
    check_err(&err, "cannot change property 'align' of memory-backend-file");
    g_assert_false(object_property_set_uint(obj, "offset", 4096, &err));
    check_err(&err, "cannot change property 'offset' of "
              "memory-backend-file");
    g_assert_false(object_property_set_bool(obj, "pmem", false, &err));
    check_err(&err, "cannot change property 'pmem' of memory-backend-file.");
    g_assert_false(object_property_set_bool(obj, "readonly", false, &err));
    check_err(&err, "cannot change property 'readonly' of "
              "memory-backend-file.");
    g_assert_false(object_property_set_str(obj, "rom", "on", &err));
    check_err(&err, "cannot change property 'rom' of memory-backend-file.");
    g_assert_true(object_property_set_bool(obj, "discard-data", true,
                                           &error_abort));
    g_assert_true(object_property_get_bool(obj, "discard-data",
                                           &error_abort));
    g_assert_false(object_property_get_bool(obj, "readonly", &error_abort));
    del("m");
    unlink(path);
}

static void test_file_discard_data(void)
{
    g_autofree char *path = tmp_path("ram-discard");
    g_autofree char *content = NULL;
    gsize len;

    g_assert_true(add("memory-backend-file,id=m,size=1M,mem-path=%s,"
                      "share=on,discard-data=on", path));
    memcpy(get_backend("m")->ram_ptr, "secret", 6);
    del("m");
    g_assert_true(g_file_get_contents(path, &content, &len, NULL));
    g_assert_cmpuint(len, ==, 1 * MiB);
    g_assert_cmpint(content[0], ==, 0);
    unlink(path);
}

/* ---- memory-backend-memfd ---- */

static void test_memfd_defaults_sealed_shared(void)
{
    HostMemoryBackend *b;
    int fd;

    g_assert_true(add("memory-backend-memfd,id=m,size=2M"));
    b = get_backend("m");
    fd = host_memory_backend_get_fd(b);
    g_assert_cmpint(fd, >=, 0);
    g_assert_true(object_property_get_bool(OBJECT(b), "share",
                                           &error_abort));
    g_assert_true(object_property_get_bool(OBJECT(b), "seal", &error_abort));
    g_assert_cmpint(fcntl(fd, F_GET_SEALS), ==,
                    F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL);
    g_assert_cmpint(lseek(fd, 0, SEEK_END), ==, 2 * MiB);
    g_assert_true(child_write_visible(b));
    del("m");
}

static void test_memfd_unsealed_private(void)
{
    HostMemoryBackend *b;

    g_assert_true(add("memory-backend-memfd,id=m,size=1M,seal=off,"
                      "share=off"));
    b = get_backend("m");
    g_assert_cmpint(fcntl(b->fd, F_GET_SEALS), ==, F_SEAL_SEAL);
    g_assert_false(child_write_visible(b));
    /* seal may be set at any time, without effect. */
    g_assert_true(object_property_set_bool(OBJECT(b), "seal", true,
                                           &error_abort));
    del("m");
}

static void test_memfd_prealloc(void)
{
    g_assert_true(add("memory-backend-memfd,id=m,size=8M,prealloc=on"));
    g_assert_true(all_resident(get_backend("m")->ram_ptr, 8 * MiB));
    del("m");
}

static void test_memfd_errors(void)
{
    add_err("memory-backend-memfd,id=m,size=1000",
            "backing store size 0x3e8 does not match 'size' option 0x1000");
    add_err("memory-backend-memfd,id=m",
            "Parameter 'size' is missing");
}

static void test_memfd_hugetlb(void)
{
    Object *obj = object_new(TYPE_MEMORY_BACKEND_MEMFD);
    Error *err = NULL;

    if (!object_property_find(obj, "hugetlb")) {
        object_unref(obj);
        g_test_skip("no huge page memfds on this host");
        return;
    }
    object_unref(obj);
    add_err("memory-backend-memfd,id=m,size=1M,hugetlbsize=0",
            "Property 'memory-backend-memfd.hugetlbsize' doesn't take value"
            " '0'");
    add_err("memory-backend-memfd,id=m,size=1M,hugetlbsize=3M",
            "Hugepage size must be a power of 2");
    add_err("memory-backend-memfd,id=m,size=1M,hugetlb=on,hugetlbsize=3M",
            "Hugepage size must be a power of 2");
    g_assert_true(add("memory-backend-memfd,id=m,size=1M,hugetlbsize=2M"));
    obj = OBJECT(get_backend("m"));
    g_assert_false(object_property_get_bool(obj, "hugetlb", &error_abort));
    g_assert_true(object_property_set_bool(obj, "hugetlb", false,
                                           &error_abort));
    g_assert_cmpuint(object_property_get_uint(obj, "hugetlbsize",
                                              &error_abort), ==, 2 * MiB);
    g_assert_false(object_property_set_uint(obj, "hugetlbsize", 4 * MiB,
                                            &err));
    check_err(&err, "cannot change property value");
    del("m");
}

static void test_help_lists_properties(void)
{
    if (g_test_subprocess()) {
        g_assert_true(type_print_class_properties(TYPE_MEMORY_BACKEND_FILE));
        return;
    }
    g_test_trap_subprocess(NULL, 0, 0);
    g_test_trap_assert_passed();
    g_test_trap_assert_stdout("memory-backend-file options:\n"
                              "*  prealloc-threads=<int> - Number of CPU "
                              "threads to use for prealloc\n"
                              "*  rom=<OnOffAuto>        - Whether to create "
                              "Read Only Memory (ROM)\n*");
}

int main(int argc, char **argv)
{
    int ret;

    g_test_init(&argc, &argv, NULL);
    module_call_init(MODULE_INIT_QOM);
    type_register_static(&test_machine_info);
    tmp_dir = g_dir_make_tmp("test-hostmem-XXXXXX", NULL);
    g_assert_nonnull(tmp_dir);

    g_test_add_func("/hostmem/ram/basic", test_ram_basic);
    g_test_add_func("/hostmem/ram/defaults", test_ram_defaults);
    g_test_add_func("/hostmem/ram/size-errors", test_ram_size_errors);
    g_test_add_func("/hostmem/ram/unaligned-size", test_ram_unaligned_size);
    g_test_add_func("/hostmem/ram/prealloc-threads-errors",
                    test_ram_prealloc_threads_errors);
    g_test_add_func("/hostmem/ram/numa-refused", test_ram_numa_refused);
    g_test_add_func("/hostmem/ram/prealloc-reserve-incompatible",
                    test_ram_prealloc_reserve_incompatible);
    g_test_add_func("/hostmem/ram/noreserve", test_ram_noreserve);
    g_test_add_func("/hostmem/ram/fixed-after-alloc",
                    test_ram_fixed_after_alloc);
    g_test_add_func("/hostmem/ram/canonical-name", test_ram_canonical_name);
    g_test_add_func("/hostmem/ram/share", test_ram_share);
    g_test_add_func("/hostmem/ram/mapped-not-deletable",
                    test_ram_mapped_not_deletable);
    g_test_add_func("/hostmem/machine-defaults", test_machine_defaults);
    g_test_add_func("/hostmem/prealloc/threads-resident",
                    test_prealloc_threads_resident);
    g_test_add_func("/hostmem/prealloc/touch-resident",
                    test_prealloc_touch_resident);
    g_test_add_func("/hostmem/prealloc/later", test_prealloc_later);
    g_test_add_func("/hostmem/prealloc/failure", test_prealloc_failure);
    g_test_add_func("/hostmem/prealloc/context-affinity",
                    test_prealloc_context_affinity);
    g_test_add_func("/hostmem/prealloc/context-errors",
                    test_prealloc_context_errors);
    g_test_add_func("/hostmem/file/new-file", test_file_new_file);
    g_test_add_func("/hostmem/file/directory", test_file_directory);
    g_test_add_func("/hostmem/file/existing-and-share",
                    test_file_existing_and_share);
    g_test_add_func("/hostmem/file/private", test_file_private);
    g_test_add_func("/hostmem/file/size-mismatch", test_file_size_mismatch);
    g_test_add_func("/hostmem/file/open-errors", test_file_open_errors);
    g_test_add_func("/hostmem/file/permission-hint",
                    test_file_permission_hint);
    g_test_add_func("/hostmem/file/mem-path-missing",
                    test_file_mem_path_missing);
    g_test_add_func("/hostmem/file/readonly-rom", test_file_readonly_rom);
    g_test_add_func("/hostmem/file/rom-on", test_file_rom_on);
    g_test_add_func("/hostmem/file/align-offset", test_file_align_offset);
    g_test_add_func("/hostmem/file/pmem", test_file_pmem);
    g_test_add_func("/hostmem/file/fixed-after-alloc",
                    test_file_fixed_after_alloc);
    g_test_add_func("/hostmem/file/discard-data", test_file_discard_data);
    g_test_add_func("/hostmem/memfd/defaults-sealed-shared",
                    test_memfd_defaults_sealed_shared);
    g_test_add_func("/hostmem/memfd/unsealed-private",
                    test_memfd_unsealed_private);
    g_test_add_func("/hostmem/memfd/prealloc", test_memfd_prealloc);
    g_test_add_func("/hostmem/memfd/errors", test_memfd_errors);
    g_test_add_func("/hostmem/memfd/hugetlb", test_memfd_hugetlb);
    g_test_add_func("/hostmem/help", test_help_lists_properties);
    ret = g_test_run();
    rmdir(tmp_dir);
    g_free(tmp_dir);
    return ret;
}
