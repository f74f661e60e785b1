/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of the XML import; nothing else includes this. */

#include "ls-measure.h"
#include "ls-person.h"
#include "ls-sketch.h"
#include "ls-store-exchange.h"
#include "ls-xml-node.h"
#include "ls-xml-reader.h"

G_BEGIN_DECLS

/* The file (@path) or the memory (@data, @length) an import reads. */
typedef struct
{
  const char        *path;
  const char        *display_name;
  const char        *data;
  gsize              length;
  const LsXmlLimits *limits;
  GCancellable      *cancellable;
  LsXmlProgressFunc  progress;
  gpointer           progress_data;
} LsXmlSource;

gboolean    _ls_xml_source_read       (const LsXmlSource *src,
                                       LsXmlNodeFunc      func,
                                       gpointer           user_data,
                                       GError           **error);
/* Reads @src again up to @node (without progress): the line of the first
 * record of @kind with the uid of @node when there is another before it
 * (or on its line), 0 when there is not, G_MAXUINT on error. */
guint       _ls_xml_source_earlier    (const LsXmlSource *src,
                                       const LsXmlNode   *node,
                                       LsUidKind          kind,
                                       GError           **error);

/* Sets the date in @attr of @node (or none) on @object with @setter. */
void        _ls_xml_set_date          (const LsXmlNode *node,
                                       const char      *attr,
                                       gpointer         object,
                                       void (*setter) (gpointer, const GDate *));
#define SET_DATE(node, attr, obj, setter) \
  _ls_xml_set_date (node, attr, obj, (void (*) (gpointer, const GDate *)) setter)

/* A participant's name; the models want a string. */
const char *_ls_xml_participant_name  (const LsXmlNode *node);
LsPerson   *_ls_xml_person_from_node  (const LsXmlNode *node);
/* Adds the entry @node says to @sketch, and @node to @entry_nodes. */
void        _ls_xml_read_entry        (LsSketch        *sketch,
                                       const LsXmlNode *node,
                                       GPtrArray       *entry_nodes);
void        _ls_xml_read_reading      (LsSketch        *sketch,
                                       const LsXmlNode *node);
LsMeasure  *_ls_xml_measure_from_node (const LsXmlNode *node);

G_END_DECLS
