/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The RELAX NG schema of the case exchange format, compiled into the
 * program (data/schema/livsskisse-case-1.rng). */
GBytes   *ls_xml_schema_get_bytes     (void);

/* Validates a whole document in memory against the schema. This builds a
 * libxml2 tree, so it is meant for tests and small files; the importer
 * does its own streaming checks. The message of a failure quotes libxml2
 * and may contain parts of the file. */
gboolean  ls_xml_schema_validate_data (const char *data,
                                       gsize       length,
                                       GError    **error);
gboolean  ls_xml_schema_validate_file (const char *path,
                                       GError    **error);

G_END_DECLS
