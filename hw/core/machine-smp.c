/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * machine-smp.c: -smp, the CPU topology, with QEMU 8.2's rules and
 * messages (machine_parse_smp_config).
 *
 * The topology is drawers * books * sockets * dies * clusters * cores *
 * threads = maxcpus, of which cpus exist at start.  Omitted values are
 * computed from the given ones: when neither cpus nor maxcpus is given
 * the missing levels are 1; otherwise the machine's preference decides
 * whether cores or sockets absorb the remainder, and threads come last.
 */
#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "hw/boards.h"

/* "sockets (2) * cores (2) * threads (1)", with the machine's levels. */
static char *cpu_hierarchy_to_string(MachineState *ms)
{
    MachineClass *mc = MACHINE_GET_CLASS(ms);
    GString *s = g_string_new(NULL);

    if (mc->smp_props.drawers_supported) {
        g_string_append_printf(s, "drawers (%u) * ", ms->smp.drawers);
    }
    if (mc->smp_props.books_supported) {
        g_string_append_printf(s, "books (%u) * ", ms->smp.books);
    }
    g_string_append_printf(s, "sockets (%u)", ms->smp.sockets);
    if (mc->smp_props.dies_supported) {
        g_string_append_printf(s, " * dies (%u)", ms->smp.dies);
    }
    if (mc->smp_props.clusters_supported) {
        g_string_append_printf(s, " * clusters (%u)", ms->smp.clusters);
    }
    g_string_append_printf(s, " * cores (%u)", ms->smp.cores);
    g_string_append_printf(s, " * threads (%u)", ms->smp.threads);
    return g_string_free(s, false);
}

static bool smp_config_has_zero(const SMPConfiguration *c)
{
    return (c->has_cpus && c->cpus == 0) ||
           (c->has_drawers && c->drawers == 0) ||
           (c->has_books && c->books == 0) ||
           (c->has_sockets && c->sockets == 0) ||
           (c->has_dies && c->dies == 0) ||
           (c->has_clusters && c->clusters == 0) ||
           (c->has_cores && c->cores == 0) ||
           (c->has_threads && c->threads == 0) ||
           (c->has_maxcpus && c->maxcpus == 0);
}

/* Levels the machine lacks may only be omitted or 1. */
static bool smp_check_levels(MachineClass *mc, const CpuTopology *t,
                             Error **errp)
{
    static const char *const fmt = "%s not supported by this machine's CPU "
                                   "topology";
    const char *level = NULL;

    if (!mc->smp_props.dies_supported && t->dies > 1) {
        level = "dies";
    } else if (!mc->smp_props.clusters_supported && t->clusters > 1) {
        level = "clusters";
    } else if (!mc->smp_props.books_supported && t->books > 1) {
        level = "books";
    } else if (!mc->smp_props.drawers_supported && t->drawers > 1) {
        level = "drawers";
    }
    if (level) {
        error_setg(errp, fmt, level);
        return false;
    }
    return true;
}

static unsigned int or_one(unsigned int v)
{
    return v ? v : 1;
}

/* Fill the omitted sockets, cores and threads of @t from maxcpus. */
static void smp_compute_missing(MachineClass *mc, CpuTopology *t)
{
    unsigned int fixed = t->drawers * t->books * t->dies * t->clusters;

    if (mc->smp_props.prefer_sockets) {
        if (!t->sockets) {
            t->cores = or_one(t->cores);
            t->threads = or_one(t->threads);
            t->sockets = t->max_cpus / (fixed * t->cores * t->threads);
        } else if (!t->cores) {
            t->threads = or_one(t->threads);
            t->cores = t->max_cpus / (fixed * t->sockets * t->threads);
        }
    } else {
        if (!t->cores) {
            t->sockets = or_one(t->sockets);
            t->threads = or_one(t->threads);
            t->cores = t->max_cpus / (fixed * t->sockets * t->threads);
        } else if (!t->sockets) {
            t->threads = or_one(t->threads);
            t->sockets = t->max_cpus / (fixed * t->cores * t->threads);
        }
    }
    if (!t->threads) {
        t->threads = t->max_cpus / (fixed * t->sockets * t->cores);
    }
}

/* The checks of the completed topology in @ms->smp. */
static bool smp_check_result(MachineState *ms, unsigned int total,
                             Error **errp)
{
    MachineClass *mc = MACHINE_GET_CLASS(ms);
    g_autofree char *topo = NULL;

    if (total != ms->smp.max_cpus) {
        topo = cpu_hierarchy_to_string(ms);
        error_setg(errp, "Invalid CPU topology: product of the hierarchy "
                   "must match maxcpus: %s != maxcpus (%u)",
                   topo, ms->smp.max_cpus);
        return false;
    }
    if (ms->smp.max_cpus < ms->smp.cpus) {
        topo = cpu_hierarchy_to_string(ms);
        error_setg(errp, "Invalid CPU topology: maxcpus must be equal to or "
                   "greater than smp: %s == maxcpus (%u) < smp_cpus (%u)",
                   topo, ms->smp.max_cpus, ms->smp.cpus);
        return false;
    }
    if (ms->smp.cpus < (unsigned int)mc->min_cpus) {
        error_setg(errp, "Invalid SMP CPUs %d. The min CPUs supported by "
                   "machine '%s' is %d", ms->smp.cpus, mc->name,
                   mc->min_cpus);
        return false;
    }
    if (ms->smp.max_cpus > (unsigned int)mc->max_cpus) {
        error_setg(errp, "Invalid SMP CPUs %d. The max CPUs supported by "
                   "machine '%s' is %d", ms->smp.max_cpus, mc->name,
                   mc->max_cpus);
        return false;
    }
    return true;
}

bool machine_parse_smp_config(MachineState *ms,
                              const SMPConfiguration *config, Error **errp)
{
    MachineClass *mc = MACHINE_GET_CLASS(ms);
    CpuTopology t = {
        .cpus = config->has_cpus ? config->cpus : 0,
        .drawers = config->has_drawers ? config->drawers : 0,
        .books = config->has_books ? config->books : 0,
        .sockets = config->has_sockets ? config->sockets : 0,
        .dies = config->has_dies ? config->dies : 0,
        .clusters = config->has_clusters ? config->clusters : 0,
        .cores = config->has_cores ? config->cores : 0,
        .threads = config->has_threads ? config->threads : 0,
        .max_cpus = config->has_maxcpus ? config->maxcpus : 0,
    };
    unsigned int total;

    if (smp_config_has_zero(config)) {
        warn_report("Deprecated CPU topology (considered invalid): "
                    "CPU topology parameters must be greater than zero");
    }
    if (!smp_check_levels(mc, &t, errp)) {
        return false;
    }
    t.drawers = or_one(t.drawers);
    t.books = or_one(t.books);
    t.dies = or_one(t.dies);
    t.clusters = or_one(t.clusters);

    if (!t.cpus && !t.max_cpus) {
        t.sockets = or_one(t.sockets);
        t.cores = or_one(t.cores);
        t.threads = or_one(t.threads);
    } else {
        t.max_cpus = t.max_cpus ? t.max_cpus : t.cpus;
        smp_compute_missing(mc, &t);
    }

    total = t.drawers * t.books * t.sockets * t.dies * t.clusters *
            t.cores * t.threads;
    t.max_cpus = t.max_cpus ? t.max_cpus : total;
    t.cpus = t.cpus ? t.cpus : t.max_cpus;
    ms->smp = t;
    mc->smp_props.has_clusters = config->has_clusters;
    return smp_check_result(ms, total, errp);
}
