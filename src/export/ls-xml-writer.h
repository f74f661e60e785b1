/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ls-xml-node.h"

G_BEGIN_DECLS

/* Writes a case exchange file as a stream (xmlTextWriter, never a whole
 * document in memory): the root, an optional "export" header, then one
 * node at a time. The output depends only on the nodes: attributes in the
 * format's order, two-space indentation, text exactly as given (characters
 * XML cannot carry become U+FFFD). A file is written with LsPrivateFile
 * (ls-private-file.h): private, never through a link, renamed into place
 * by ls_xml_writer_finish(); freeing an unfinished writer leaves nothing. */

typedef struct _LsXmlWriter LsXmlWriter;

LsXmlWriter *ls_xml_writer_new_for_path   (const char      *path,
                                           GError         **error);
/* Into memory; ls_xml_writer_finish_bytes() hands the result over.
 * Both are NULL with @error only when libxml2 cannot be loaded
 * (ls_xml_reader_init()) or, for a path, the file not made. */
LsXmlWriter *ls_xml_writer_new_for_memory (GError         **error);

/* Starts the document; @header is an "export" node or NULL. */
gboolean     ls_xml_writer_begin          (LsXmlWriter     *self,
                                           const LsXmlNode *header,
                                           GError         **error);
/* Writes a "person" (or any element) with everything below it. */
gboolean     ls_xml_writer_write_node     (LsXmlWriter     *self,
                                           const LsXmlNode *node,
                                           GError         **error);
gboolean     ls_xml_writer_finish         (LsXmlWriter     *self,
                                           GError         **error);
GBytes      *ls_xml_writer_finish_bytes   (LsXmlWriter     *self,
                                           GError         **error);
void         ls_xml_writer_free           (LsXmlWriter     *self);

/* "YYYY-MM-DDThh:mm:ssZ" in UTC, as the format writes times. */
char        *ls_xml_format_time           (GDateTime       *time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsXmlWriter, ls_xml_writer_free)

G_END_DECLS
