/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of the XML import; nothing else includes this. */

#include <string.h>

#include "ls-measure.h"
#include "ls-person.h"
#include "ls-sketch.h"
#include "ls-store-exchange.h"
#include "ls-store-import.h"
#include "ls-xml-import.h"
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

/* One import under way (ls-xml-import.c). */
typedef struct
{
  LsStore           *store;
  LsXmlImportFlags   flags;
  LsXmlImportCounts  counts;
  gboolean           dry_run;     /* only look for conflicts */
  GArray            *conflicts;
  /* Per person: file id -> database id. */
  GHashTable        *ids;
  gint64             person_id;
  GHashTable        *new_decisions;  /* file ids of the decisions added */
  guint             *line;        /* where the reader reports a failure */
  LsStoreImport     *chunks;      /* NULL in a dry run */
  const LsXmlSource *source;      /* read again to find a record twice in it */
  /* Per kind: the largest id before the import; rows above it were added
   * since, mostly by the import itself. */
  gint64             floor[LS_UID_N_KINDS];
  /* Some record's uid was looked up and passed over (already in the
   * database, or under a record that is): from then on every uid is
   * noted as seen, not only the persons'. */
  gboolean           passed_over;
} Import;

#define FOR_CHILDREN(c, node) \
  for (const LsXmlNode *c = ls_xml_node_get_first_child (node); c; c = ls_xml_node_get_next (c))

static inline gboolean
_ls_xml_is (const LsXmlNode *node,
            const char      *name)
{
  return strcmp (ls_xml_node_get_name (node), name) == 0;
}

/* Which record of the file is which in the database (ls-xml-import-ids.c). */
void        _ls_xml_map_id            (Import          *im,
                                       const LsXmlNode *node,
                                       gint64           db_id);
/* The database id of the record @attr of @node refers to, 0 for none. */
gint64      _ls_xml_ref               (Import          *im,
                                       const LsXmlNode *node,
                                       const char      *attr);
void        _ls_xml_map_ids           (Import          *im,
                                       GPtrArray       *nodes,
                                       GListModel      *items,
                                       gint64 (*get_id) (gpointer));
#define MAP_IDS(im, nodes, items, getter) \
  _ls_xml_map_ids (im, nodes, items, (gint64 (*) (gpointer)) getter)
gboolean    _ls_xml_refuse_at         (Import          *im,
                                       const LsXmlNode *node,
                                       GError          *error,
                                       GError         **out);
guint       _ls_xml_seen_before       (Import          *im,
                                       const LsXmlNode *node,
                                       const char      *key,
                                       GError         **error);
/* The record in the database with the uid of @node (see there). */
gint64      _ls_xml_find_existing     (Import          *im,
                                       const LsXmlNode *node,
                                       LsUidKind        kind,
                                       gboolean         must_be_new,
                                       GError         **error);
gboolean    _ls_xml_check_new_sibling (Import          *im,
                                       const LsXmlNode *node,
                                       LsUidKind        kind,
                                       GHashTable      *siblings,
                                       GError         **error);
void        _ls_xml_carry_uid         (gpointer         object,
                                       const LsXmlNode *node);
void        _ls_xml_carry_uids        (GPtrArray       *nodes,
                                       GListModel      *items);
gboolean    _ls_xml_map_existing_children (Import          *im,
                                           const LsXmlNode *node,
                                           const char      *child,
                                           LsUidKind        kind,
                                           gint64           db_id,
                                           GError         **error);

G_END_DECLS
