/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * hostmem-prealloc.c: qemu_prealloc_mem, faulting in guest RAM up front
 * with several threads, as QEMU 8.2's util/oslib-posix.c does.
 *
 * The area is cut into one contiguous chunk per thread.  Each thread
 * uses MADV_POPULATE_WRITE (Linux 5.14+), which reports failures as
 * errors; without it, threads read and write back one byte per page and
 * a SIGBUS (no huge page left, a file that cannot grow) is caught and
 * turned into an error.  The number of threads is capped by the host's
 * CPUs, by 16, by the number of pages and by one thread per 64 MiB.
 */
#include "qemu/osdep.h"
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <sys/mman.h>
#include "qapi/error.h"
#include "backends-internal.h"

#define PREALLOC_MAX_THREADS 16

bool prealloc_force_touch;
void (*prealloc_thread_start_hook)(void);

typedef struct PreallocChunk {
    char *addr;
    size_t numpages;
    size_t page_size;
    bool populate;              /* MADV_POPULATE_WRITE, else touch */
    int ret;                    /* 0 or a negative errno */
    pthread_t thread;
    bool threaded;              /* runs in .thread, to be joined */
} PreallocChunk;

/*
 * Where a touching thread jumps on SIGBUS; NULL outside of touching.
 * Volatile: the handler reads it, so its stores must not be elided.
 */
static __thread sigjmp_buf *volatile prealloc_sigbus_env;

/* One touching preallocation at a time owns the SIGBUS handler. */
static pthread_mutex_t prealloc_sigbus_lock = PTHREAD_MUTEX_INITIALIZER;

static void prealloc_sigbus(int signal, siginfo_t *info, void *ctx)
{
    if (prealloc_sigbus_env) {
        siglongjmp(*prealloc_sigbus_env, 1);
    }
    /* Not ours: let the fault happen again with the default action. */
    sigaction(SIGBUS, &(struct sigaction) { .sa_handler = SIG_DFL }, NULL);
}

static void prealloc_touch(PreallocChunk *chunk)
{
    sigjmp_buf env;
    size_t i;

    if (sigsetjmp(env, 1)) {
        prealloc_sigbus_env = NULL;
        chunk->ret = -EFAULT;
        return;
    }
    prealloc_sigbus_env = &env;
    for (i = 0; i < chunk->numpages; i++) {
        volatile char *p = chunk->addr + i * chunk->page_size;

        /* Write back what is there: the memory may hold data already. */
        *p = *p;
    }
    prealloc_sigbus_env = NULL;
}

static void *prealloc_chunk_run(void *opaque)
{
    PreallocChunk *chunk = opaque;

    if (prealloc_thread_start_hook) {
        prealloc_thread_start_hook();
    }
    if (!chunk->populate) {
        prealloc_touch(chunk);
    } else if (madvise(chunk->addr, chunk->numpages * chunk->page_size,
                       MADV_POPULATE_WRITE)) {
        chunk->ret = -errno;
    }
    return NULL;
}

static int prealloc_num_threads(size_t page_size, size_t numpages,
                                int max_threads)
{
    long host_cpus = sysconf(_SC_NPROCESSORS_ONLN);
    size_t n = 1;

    if (host_cpus > 0) {
        n = MIN(MIN(host_cpus, PREALLOC_MAX_THREADS), max_threads);
    }
    /* No more threads than pages, and none for little memory. */
    n = MIN(n, numpages);
    n = MIN(n, MAX(1, page_size * numpages / (64 * MiB)));
    return MAX(n, 1);
}

static void prealloc_chunk_start(PreallocChunk *chunk, ThreadContext *tc)
{
    int ret;

    if (tc) {
        ret = thread_context_create_thread(tc, &chunk->thread, "touch_pages",
                                           prealloc_chunk_run, chunk);
    } else {
        ret = pthread_create(&chunk->thread, NULL, prealloc_chunk_run,
                             chunk);
    }
    chunk->threaded = !ret;
    if (ret) {
        /* No thread to spare: do the work here instead. */
        prealloc_chunk_run(chunk);
    }
}

static int prealloc_run(char *area, size_t page_size, size_t numpages,
                        int nthreads, bool populate, ThreadContext *tc)
{
    g_autofree PreallocChunk *chunks = g_new0(PreallocChunk, nthreads);
    char *addr = area;
    int i, ret = 0;

    for (i = 0; i < nthreads; i++) {
        chunks[i] = (PreallocChunk) {
            .addr = addr,
            .numpages = numpages / nthreads + ((size_t)i < numpages % nthreads),
            .page_size = page_size,
            .populate = populate,
        };
        addr += chunks[i].numpages * page_size;
    }
    for (i = 0; i < nthreads; i++) {
        prealloc_chunk_start(&chunks[i], tc);
    }
    for (i = 0; i < nthreads; i++) {
        if (chunks[i].threaded) {
            pthread_join(chunks[i].thread, NULL);
        }
        ret = ret ? ret : chunks[i].ret;
    }
    return ret;
}

/* Touching pages: with our SIGBUS handler installed meanwhile. */
static int prealloc_run_touch(char *area, size_t page_size, size_t numpages,
                              int nthreads, ThreadContext *tc)
{
    struct sigaction act = {
        .sa_sigaction = prealloc_sigbus,
        .sa_flags = SA_SIGINFO,
    };
    struct sigaction old;
    int ret;

    pthread_mutex_lock(&prealloc_sigbus_lock);
    sigaction(SIGBUS, &act, &old);
    ret = prealloc_run(area, page_size, numpages, nthreads, false, tc);
    sigaction(SIGBUS, &old, NULL);
    pthread_mutex_unlock(&prealloc_sigbus_lock);
    return ret;
}

bool qemu_prealloc_mem(int fd, char *area, size_t sz, int max_threads,
                       ThreadContext *tc, Error **errp)
{
    size_t page_size = qemu_fd_getpagesize(fd);
    size_t numpages = (sz + page_size - 1) / page_size;
    int nthreads = prealloc_num_threads(page_size, numpages, max_threads);
    bool populate;
    int ret;

    /* Asked every time: some mappings (e.g. of /dev/mem) refuse it. */
    populate = !prealloc_force_touch &&
               (!madvise(area, 0, MADV_POPULATE_WRITE) || errno != EINVAL);
    if (populate && nthreads == 1) {
        /* No thread needed for a single madvise. */
        ret = madvise(area, numpages * page_size, MADV_POPULATE_WRITE) ?
              -errno : 0;
    } else if (populate) {
        ret = prealloc_run(area, page_size, numpages, nthreads, true, tc);
    } else {
        ret = prealloc_run_touch(area, page_size, numpages, nthreads, tc);
    }
    if (ret) {
        error_setg_errno(errp, -ret,
                         "qemu_prealloc_mem: preallocating memory failed");
        return false;
    }
    return true;
}
