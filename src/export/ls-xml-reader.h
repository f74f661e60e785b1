/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-xml-node.h"

G_BEGIN_DECLS

/* A reader for case exchange files that may come from anywhere. It streams
 * (libxml2's SAX2 push parser, one person in memory at a time), refuses any
 * DOCTYPE, entity declaration or external reference, checks the format as
 * it goes, and reports every problem as "FILE:LINE: cause" without quoting
 * the file's content. Nothing outside the file is ever read. */

typedef struct
{
  goffset max_file_size;      /* bytes */
  guint   max_depth;          /* nesting of elements */
  gsize   max_text;           /* bytes in one text or attribute */
  guint   max_person_nodes;   /* elements in one person */
  gsize   max_person_text;    /* bytes of text in one person */
} LsXmlLimits;

/* 4 GiB, 32 levels, 1 MiB, 1 000 000 elements, 256 MiB. */
void      ls_xml_limits_init_default (LsXmlLimits *limits);

/* Loads libxml2 (ls-xml-libxml.h), installs a deny-all external entity
 * loader for the whole process and initialises libxml2; idempotent. The
 * readers, the writers and the validation call it themselves. Any other
 * XML the process reads must therefore come from memory. FALSE with
 * @error when libxml2 cannot be loaded. */
gboolean  ls_xml_reader_init         (GError     **error);

/* Called with the "export" element and with each "person", complete and
 * checked, references included; the node is freed after the call. On
 * failure the callback may set *@line to a more precise line (it starts as
 * the node's line); the reader adds "FILE:LINE: " to the message. */
typedef gboolean (*LsXmlNodeFunc) (LsXmlNode *node,
                                   gpointer   user_data,
                                   guint     *line,
                                   GError   **error);

/* Reads @path (a regular file). @limits may be NULL for the defaults.
 * @display_name names the file in messages (NULL: @path). */
gboolean  ls_xml_read_file           (const char        *path,
                                      const char        *display_name,
                                      const LsXmlLimits *limits,
                                      LsXmlNodeFunc      func,
                                      gpointer           user_data,
                                      GCancellable      *cancellable,
                                      GError           **error);

/* The same, calling @progress (may be NULL) after each chunk read with
 * the bytes read so far and the file's size. */
gboolean  ls_xml_read_file_with_progress (const char        *path,
                                          const char        *display_name,
                                          const LsXmlLimits *limits,
                                          LsXmlNodeFunc      func,
                                          gpointer           user_data,
                                          LsXmlProgressFunc  progress,
                                          gpointer           progress_data,
                                          GCancellable      *cancellable,
                                          GError           **error);

gboolean  ls_xml_read_memory         (const char        *data,
                                      gsize              length,
                                      const char        *display_name,
                                      const LsXmlLimits *limits,
                                      LsXmlNodeFunc      func,
                                      gpointer           user_data,
                                      GError           **error);

G_END_DECLS
