/* SPDX-License-Identifier: GPL-2.0-or-later */
/* qstring.h: immutable JSON strings (UTF-8, NUL-terminated). */
#ifndef QOBJECT_QSTRING_H
#define QOBJECT_QSTRING_H

#include "qobject/qobject.h"

struct QString {
    QObject base;
    const char *string;
};

/*
 * Constructors; each returns a new QString (one reference, the caller's)
 * holding its own copy of the text.
 */
QString *qstring_new(void);                       /* "" */
QString *qstring_from_str(const char *str);
/* The bytes of @str from @start up to but excluding @end. */
QString *qstring_from_substr(const char *str, size_t start, size_t end);
/* Takes over @gstr's buffer and frees @gstr. */
QString *qstring_from_gstring(GString *gstr);
QString *qstring_from_fmt(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* The text, owned by @qstring and valid as long as it lives. */
const char *qstring_get_str(const QString *qstring);
/* strlen of the text. */
size_t qstring_get_length(const QString *qstring);

/* For qobject_is_equal and qobject_destroy: @x and @y are QStrings. */
bool qstring_is_equal(const QObject *x, const QObject *y);
void qstring_destroy_obj(QObject *obj);

QOBJECT_DEFINE_AUTOPTR(QString)

#endif
