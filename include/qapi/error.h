/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * error.h: structured errors, passed up through an Error ** parameter.
 *
 * A function that can fail takes `Error **errp` as its last parameter and
 * also signals failure through its return value (false, NULL or a negative
 * number).  The caller decides what happens to the error:
 *
 *   NULL           the error is ignored;
 *   &error_fatal   the error is reported and the process exits with 1;
 *   &error_abort   the error is reported with its source location and the
 *                  process aborts (for errors that would be our own bug);
 *   &local_err     the error is stored for the caller to inspect, propagate
 *                  or report.
 *
 * The message text follows QEMU's conventions: a short phrase without a
 * trailing period or newline.  Hints (error_append_hint) are full
 * sentences ending in a newline, printed after the message.
 */
#ifndef QAPI_ERROR_H
#define QAPI_ERROR_H

/* The class of an error as QMP reports it in "class". */
typedef enum ErrorClass {
    ERROR_CLASS_GENERIC_ERROR,
    ERROR_CLASS_COMMAND_NOT_FOUND,
    ERROR_CLASS_DEVICE_NOT_ACTIVE,
    ERROR_CLASS_DEVICE_NOT_FOUND,
    ERROR_CLASS_KVM_MISSING,
    ERROR_CLASS__MAX,
} ErrorClass;

typedef struct Error Error;

/* Sentinels: pass their address as errp (see the file comment). */
extern Error *error_abort;
extern Error *error_fatal;
extern Error *error_warn;

/* The QMP name of @klass, e.g. "GenericError". */
const char *error_class_name(ErrorClass klass);

/* The message of @err, without hints.  Owned by @err. */
const char *error_get_pretty(const Error *err);

/* The class of @err. */
ErrorClass error_get_class(const Error *err);

/*
 * error_setg: create an error with a printf-style message and store it in
 * *errp.  @errp must not already hold an error (that would be our bug).
 */
#define error_setg(errp, fmt, ...) \
    error_setg_internal((errp), __FILE__, __LINE__, __func__, \
                        (fmt), ## __VA_ARGS__)
void error_setg_internal(Error **errp, const char *src, int line,
                         const char *func, const char *fmt, ...)
    G_GNUC_PRINTF(5, 6);

/* error_setg, with ": " and strerror(@os_errno) appended. */
#define error_setg_errno(errp, os_errno, fmt, ...) \
    error_setg_errno_internal((errp), __FILE__, __LINE__, __func__, \
                              (os_errno), (fmt), ## __VA_ARGS__)
void error_setg_errno_internal(Error **errp, const char *src, int line,
                               const char *func, int os_errno,
                               const char *fmt, ...)
    G_GNUC_PRINTF(6, 7);

/* error_setg with an explicit class, for QMP errors other than generic. */
#define error_set(errp, err_class, fmt, ...) \
    error_set_internal((errp), __FILE__, __LINE__, __func__, \
                       (err_class), (fmt), ## __VA_ARGS__)
void error_set_internal(Error **errp, const char *src, int line,
                        const char *func, ErrorClass err_class,
                        const char *fmt, ...)
    G_GNUC_PRINTF(6, 7);

/* The usual message for a bad parameter value. */
#define error_setg_invalid_param(errp, name) \
    error_setg((errp), "Invalid parameter '%s'", (name))

/*
 * error_propagate: hand @local_err to @dst_errp.  Ownership of @local_err
 * passes on; if @dst_errp is &error_fatal/&error_abort it is handled at
 * once; if @dst_errp is NULL or already holds an error, @local_err is freed.
 */
void error_propagate(Error **dst_errp, Error *local_err);

/* error_propagate, then error_prepend onto the propagated error. */
void error_propagate_prepend(Error **dst_errp, Error *local_err,
                             const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);

/* Prefix the message of *errp (if any) with a formatted string. */
void error_prepend(Error *const *errp, const char *fmt, ...)
    G_GNUC_PRINTF(2, 3);
void error_vprepend(Error *const *errp, const char *fmt, va_list ap)
    G_GNUC_PRINTF(2, 0);

/*
 * Append a hint to *errp, printed after the message by error_report_err.
 * Must not be used with &error_fatal (use ERRP_GUARD) — with NULL or
 * &error_abort it does nothing.
 */
void error_append_hint(Error *const *errp, const char *fmt, ...)
    G_GNUC_PRINTF(2, 3);

/* A copy of @err. */
Error *error_copy(const Error *err);

/* Free @err (NULL is fine). */
void error_free(Error *err);

/* Free *errp if it is set and reset it to NULL. */
void error_free_or_abort(Error **errp);

/* Report @err with error_report (plus hints) and free it. */
void error_report_err(Error *err);

/* Report @err as a warning and free it. */
void warn_report_err(Error *err);

/* Prepend a formatted string to @err, then error_report_err. */
void error_reportf_err(Error *err, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
void warn_reportf_err(Error *err, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

/*
 * ERRP_GUARD: at the top of a function taking @errp, make errp point at a
 * local Error * when the caller passed NULL or &error_fatal, so the
 * function can dereference errp (*errp) and append hints safely.  The
 * local error is propagated when the function returns.
 */
typedef struct ErrorPropagator {
    Error *local_err;
    Error **errp;
} ErrorPropagator;

void error_propagator_cleanup(ErrorPropagator *prop);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(ErrorPropagator, error_propagator_cleanup)

#define ERRP_GUARD()                                                  \
    g_auto(ErrorPropagator) _auto_errp_prop = {.errp = errp};         \
    do {                                                              \
        if (!errp || errp == &error_fatal) {                          \
            errp = &_auto_errp_prop.local_err;                        \
        }                                                             \
    } while (0)

G_DEFINE_AUTOPTR_CLEANUP_FUNC(Error, error_free)

#endif
