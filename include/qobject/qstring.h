/* SPDX-License-Identifier: GPL-2.0-or-later */
/* qstring.h: immutable JSON strings (UTF-8, NUL-terminated). */
#ifndef QOBJECT_QSTRING_H
#define QOBJECT_QSTRING_H

#include "qobject/qobject.h"

struct QString {
    QObject base;
    const char *string;
};

QString *qstring_new(void);                       /* "" */
QString *qstring_from_str(const char *str);
QString *qstring_from_substr(const char *str, size_t start, size_t end);
QString *qstring_from_gstring(GString *gstr);     /* takes ownership */
QString *qstring_from_fmt(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

const char *qstring_get_str(const QString *qstring);
size_t qstring_get_length(const QString *qstring);

bool qstring_is_equal(const QObject *x, const QObject *y);
void qstring_destroy_obj(QObject *obj);

QOBJECT_DEFINE_AUTOPTR(QString)

#endif
