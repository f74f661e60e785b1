/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-store.h"
#include "ls-xml-writer.h"

G_BEGIN_DECLS

/* Export of whole cases to the exchange format: everyone (@person_id 0)
 * or one person, one person in memory at a time. Identifiers in the file
 * are numbered in the order written (p1, c1, s1, e1, d1, g1, m1, v1, sp1),
 * so the file depends only on the content, not on database row ids. Each
 * exported person gets an "export" row in the audit log, after it is
 * written (the file lists earlier exports, not this one). @time is the
 * export time written in the header (NULL: now); @user the user named
 * there (NULL: the OS user). */

gboolean ls_xml_export_file   (LsStore       *store,
                               const char    *path,
                               gint64         person_id,
                               GDateTime     *time,
                               const char    *user,
                               GCancellable  *cancellable,
                               GError       **error);

/* The same, calling @progress (may be NULL) after each person written
 * with the persons written and their number. */
gboolean ls_xml_export_file_with_progress (LsStore           *store,
                                           const char        *path,
                                           gint64             person_id,
                                           GDateTime         *time,
                                           const char        *user,
                                           LsXmlProgressFunc  progress,
                                           gpointer           progress_data,
                                           GCancellable      *cancellable,
                                           GError           **error);

GBytes  *ls_xml_export_bytes  (LsStore       *store,
                               gint64         person_id,
                               GDateTime     *time,
                               const char    *user,
                               GError       **error);

G_END_DECLS
