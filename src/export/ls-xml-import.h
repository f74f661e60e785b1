/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-store.h"
#include "ls-xml-reader.h"

G_BEGIN_DECLS

/* Import of a case exchange file: all or nothing, in one transaction; on
 * any error the database is as before and the message reads
 * "FILE:LINE: cause". Records get new database ids.
 *
 * A person whose national identity number is already in the database is
 * refused, unless LS_XML_IMPORT_MERGE is given. Merging never changes a
 * stored record: the stored person's details stay as they are, and the
 * file's cases, sketches (with entries), decisions (with goals, measures,
 * evaluations), service plans and earlier exports are added to that
 * person as new records. Records keep their uid; one whose uid the
 * database already holds is skipped, so merging the same file twice (or a
 * database's own export) changes nothing the second time. A person, a
 * person's file id or a uid twice in one file is refused, naming both
 * lines. A file without uids gets new ones. */

typedef enum
{
  LS_XML_IMPORT_DEFAULT = 0,
  LS_XML_IMPORT_MERGE   = 1 << 0,
  /* Do the whole import, then undo it: checks a file against the
   * database (and lets the fuzzer run without the database growing). */
  LS_XML_IMPORT_CHECK_ONLY = 1 << 1,
} LsXmlImportFlags;

typedef struct
{
  guint persons;       /* new persons */
  guint merged;        /* registered persons the file added records to */
  guint cases;
  guint sketches;
  guint entries;
  guint decisions;
  guint goals;
  guint measures;
  guint evaluations;
  guint plans;
} LsXmlImportCounts;

/* @counts (may be NULL) is filled only on success. */
gboolean ls_xml_import_file        (LsStore            *store,
                                    const char         *path,
                                    LsXmlImportFlags    flags,
                                    LsXmlImportCounts  *counts,
                                    GCancellable       *cancellable,
                                    GError            **error);

/* The same, calling @progress (may be NULL) as the file is read, with
 * bytes read and the file's size. */
gboolean ls_xml_import_file_with_progress (LsStore            *store,
                                           const char         *path,
                                           LsXmlImportFlags    flags,
                                           LsXmlImportCounts  *counts,
                                           LsXmlProgressFunc   progress,
                                           gpointer            progress_data,
                                           GCancellable       *cancellable,
                                           GError            **error);

/* The same from memory (for tests and the fuzzer); @limits may be NULL. */
gboolean ls_xml_import_memory      (LsStore            *store,
                                    const char         *data,
                                    gsize               length,
                                    const char         *display_name,
                                    const LsXmlLimits  *limits,
                                    LsXmlImportFlags    flags,
                                    LsXmlImportCounts  *counts,
                                    GError            **error);

typedef struct
{
  guint  line;                 /* of the <person> element in the file */
  gint64 existing_person_id;   /* the person already in the database */
} LsXmlConflict;

/* For asking before an import: reads and checks the whole file without
 * changing anything and returns the persons in it whose id number is
 * already in the database (GArray of LsXmlConflict, empty when none), or
 * NULL with @error when the file would be refused anyway. */
GArray  *ls_xml_import_find_conflicts (LsStore          *store,
                                       const char       *path,
                                       GCancellable     *cancellable,
                                       GError          **error);

/* The same, calling @progress (may be NULL) as the file is read. */
GArray  *ls_xml_import_find_conflicts_with_progress (LsStore           *store,
                                                     const char        *path,
                                                     LsXmlProgressFunc  progress,
                                                     gpointer           progress_data,
                                                     GCancellable      *cancellable,
                                                     GError           **error);

G_END_DECLS
