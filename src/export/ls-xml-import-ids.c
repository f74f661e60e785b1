/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which record of the file is which in the database: the file's ids
 * mapped to the rows saved for them, each record's uid carried into the
 * row or looked up in the database (a record already there is passed
 * over when merging, one under another person refused), and anything the
 * file may hold once refused the second time, naming both lines. The
 * records' importers (ls-xml-import.c) use this; it uses nothing of them. */
#define G_LOG_DOMAIN "ls-xml-import"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-record-uid.h"
#include "ls-store-exchange.h"
#include "ls-xml-import-private.h"

void
_ls_xml_map_id (Import          *im,
                const LsXmlNode *node,
                gint64           db_id)
{
  g_hash_table_insert (im->ids, g_strdup (ls_xml_node_get_attr (node, "id")),
                       g_memdup2 (&db_id, sizeof db_id));
}

/* The reader has checked every reference, so a miss means 0 ("none"). */
gint64
_ls_xml_ref (Import          *im,
             const LsXmlNode *node,
             const char      *attr)
{
  const char *id = ls_xml_node_get_attr (node, attr);
  gint64 *db_id = id ? g_hash_table_lookup (im->ids, id) : NULL;

  return db_id ? *db_id : 0;
}

/* After a save: the file ids of the child nodes name the saved items, in order. */
void
_ls_xml_map_ids (Import     *im,
                 GPtrArray  *nodes,
                 GListModel *items,
                 gint64 (*get_id) (gpointer))
{
  for (guint i = 0; i < nodes->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      _ls_xml_map_id (im, g_ptr_array_index (nodes, i), get_id (item));
    }
}

/* Sets the line a failure is reported at. */
gboolean
_ls_xml_refuse_at (Import          *im,
                   const LsXmlNode *node,
                   GError          *error,
                   GError         **out)
{
  *im->line = ls_xml_node_get_line (node);
  g_propagate_error (out, error);
  return FALSE;
}

/* Anything the file may hold once (a uid, a person's file id or id
 * number), noted under @key: the line where the file had it before (a
 * second time is refused naming both lines), 0 the first time, or
 * G_MAXUINT on error. */
guint
_ls_xml_seen_before (Import          *im,
                     const LsXmlNode *node,
                     const char      *key,
                     GError         **error)
{
  guint earlier = 0;

  if (!ls_store_exchange_note_seen (im->store, key, ls_xml_node_get_line (node), &earlier, error))
    return G_MAXUINT;
  if (earlier != 0)
    *im->line = ls_xml_node_get_line (node);
  return earlier;
}

/* The record of @node is on line @earlier too. */
static gboolean
refuse_twice (Import          *im,
              const LsXmlNode *node,
              guint            earlier,
              GError         **error)
{
  return _ls_xml_refuse_at (im, node, g_error_new (LS_XML_ERROR, LS_XML_ERROR_CONFLICT,
                                                   _("this record is twice in the file: its identifier (uid) is"
                                                     " also on line %u; nothing was imported"), earlier), error);
}

/* The line where the file has the record of @node before (its element
 * with the same uid), 0 when it does not, G_MAXUINT on error. Rows the
 * import added carry no line: this reads the file again up to @node, when
 * a record is found among them, which in a sound file never happens. */
static guint
earlier_in_file (Import          *im,
                 const LsXmlNode *node,
                 LsUidKind        kind,
                 GError         **error)
{
  guint earlier = _ls_xml_source_earlier (im->source, node, kind, error);

  if (earlier != 0 && earlier != G_MAXUINT)
    *im->line = ls_xml_node_get_line (node);
  return earlier;
}

/* The record in the database with the uid of @node: its id when it is the
 * current person's (merging skips it) or the person itself, 0 when there
 * is none, -1 on error (also when it belongs to someone else, or
 * @must_be_new, or when the file has it twice). @passing_over when it
 * will not be added if it is new (its parent is in the database).
 *
 * A record twice in the file: a person's keys are noted as seen; other
 * records are found in the database among the rows the import added, and
 * only those passed over are noted. */
static gint64
lookup_uid (Import          *im,
            const LsXmlNode *node,
            LsUidKind        kind,
            gboolean         must_be_new,
            gboolean         passing_over,
            GError         **error)
{
  const char *uid = ls_xml_node_get_attr (node, "uid");
  g_autofree char *key = NULL;
  gboolean noted = FALSE;
  gint64 owner = 0;
  guint earlier = 0;
  gint64 id = 0;

  if (uid == NULL)
    return 0;
  key = g_strdup_printf ("uid:%d:%s", (int) kind, uid);
  if (kind == LS_UID_PERSON || passing_over || im->passed_over)
    {
      if ((earlier = _ls_xml_seen_before (im, node, key, error)) == G_MAXUINT)
        return -1;
      noted = TRUE;
      im->passed_over |= passing_over;
    }
  if (earlier == 0 && (id = ls_store_exchange_find_uid (im->store, kind, uid, &owner, error)) < 0)
    return -1;
  /* Added since the import began: by the import, from earlier in the file? */
  if (earlier == 0 && id > 0 && kind != LS_UID_PERSON && id > im->floor[kind]
      && (earlier = earlier_in_file (im, node, kind, error)) == G_MAXUINT)
    return -1;
  /* In the database before: passed over (and noted) from now on. */
  if (earlier == 0 && id > 0 && !noted)
    {
      if ((earlier = _ls_xml_seen_before (im, node, key, error)) == G_MAXUINT)
        return -1;
      im->passed_over = TRUE;
    }
  if (earlier != 0)
    return refuse_twice (im, node, earlier, error) ? 0 : -1;
  if (id == 0)
    return 0;
  if (kind == LS_UID_PERSON || (!must_be_new && owner == im->person_id))
    return id;
  _ls_xml_refuse_at (im, node,
                     g_error_new_literal (LS_XML_ERROR, LS_XML_ERROR_CONFLICT,
                                          _("a record with this identifier (uid) is already in the database"
                                            " under another person or another record; nothing was imported")),
                     error);
  return -1;
}

gint64
_ls_xml_find_existing (Import          *im,
                       const LsXmlNode *node,
                       LsUidKind        kind,
                       gboolean         must_be_new,
                       GError         **error)
{
  return lookup_uid (im, node, kind, must_be_new, FALSE, error);
}

/* For the children of a record just added: their uids must be new. */
static gboolean
check_new (Import          *im,
           const LsXmlNode *node,
           LsUidKind        kind,
           GError         **error)
{
  return _ls_xml_find_existing (im, node, kind, TRUE, error) == 0;
}

/* The same for one of the children of a kind that are added together:
 * @siblings (uid -> node) holds those before it, not in the database yet. */
gboolean
_ls_xml_check_new_sibling (Import          *im,
                           const LsXmlNode *node,
                           LsUidKind        kind,
                           GHashTable      *siblings,
                           GError         **error)
{
  const char *uid = ls_xml_node_get_attr (node, "uid");
  const LsXmlNode *earlier = uid != NULL ? g_hash_table_lookup (siblings, uid) : NULL;

  if (earlier != NULL)
    return refuse_twice (im, node, ls_xml_node_get_line (earlier), error);
  if (uid != NULL)
    g_hash_table_insert (siblings, (gpointer) uid, (gpointer) node);
  return check_new (im, node, kind, error);
}

/* Before a save: the record is inserted with the uid of @node. */
void
_ls_xml_carry_uid (gpointer         object,
                   const LsXmlNode *node)
{
  ls_record_uid_set (object, ls_xml_node_get_attr (node, "uid"));
}

/* The same for the items of a record, one for each of @nodes, in order. */
void
_ls_xml_carry_uids (GPtrArray  *nodes,
                    GListModel *items)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      _ls_xml_carry_uid (item, g_ptr_array_index (nodes, i));
    }
}

/* A record already in the database is skipped with its children; those
 * the file refers to (entries, goals) are found by their uids. */
gboolean
_ls_xml_map_existing_children (Import          *im,
                               const LsXmlNode *node,
                               const char      *child,
                               LsUidKind        kind,
                               gint64           db_id,
                               GError         **error)
{
  _ls_xml_map_id (im, node, db_id);
  FOR_CHILDREN (c, node)
    if (_ls_xml_is (c, child))
      {
        gint64 id = lookup_uid (im, c, kind, FALSE, TRUE, error);

        if (id < 0)
          return FALSE;
        if (id > 0)
          _ls_xml_map_id (im, c, id);
      }
  return TRUE;
}
