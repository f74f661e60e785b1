/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The file an import reads, and reading it again up to a record to find
 * the same record earlier in it: calls nothing of the import under way. */
#define G_LOG_DOMAIN "ls-xml-import"

#include "config.h"

#include <string.h>

#include "ls-xml-import-private.h"

gboolean
_ls_xml_source_read (const LsXmlSource *src,
                     LsXmlNodeFunc      func,
                     gpointer           user_data,
                     GError           **error)
{
  if (src->path != NULL)
    return ls_xml_read_file_with_progress (src->path, src->display_name, src->limits, func, user_data,
                                           src->progress, src->progress_data, src->cancellable, error);
  return ls_xml_read_memory (src->data, src->length, src->display_name, src->limits, func, user_data, error);
}

/* The elements of the records of each kind. */
static const char * const uid_elements[LS_UID_N_KINDS] = {
  [LS_UID_PERSON] = "person",
  [LS_UID_CASE] = "case",
  [LS_UID_SKETCH] = "sketch",
  [LS_UID_ENTRY] = "entry",
  [LS_UID_DECISION] = "decision",
  [LS_UID_GOAL] = "goal",
  [LS_UID_MEASURE] = "measure",
  [LS_UID_EVALUATION] = "evaluation",
  [LS_UID_PLAN] = "service-plan",
};

typedef struct
{
  const char *element;
  const char *uid;
  guint       line;       /* of the record looked for */
  guint       first;      /* the first line with it, 0 while none */
  guint       found;      /* how many there are up to @line */
  gboolean    past;
} Scan;

static GQuark
scan_done_quark (void)
{
  return g_quark_from_static_string ("ls-xml-import-scan-done");
}

static void
scan_tree (const LsXmlNode *node,
           Scan            *scan)
{
  if (ls_xml_node_get_line (node) > scan->line)
    {
      scan->past = TRUE;
      return;
    }
  if (strcmp (ls_xml_node_get_name (node), scan->element) == 0
      && g_strcmp0 (ls_xml_node_get_attr (node, "uid"), scan->uid) == 0
      && scan->found++ == 0)
    scan->first = ls_xml_node_get_line (node);
  for (const LsXmlNode *c = ls_xml_node_get_first_child (node); c != NULL && !scan->past; c = ls_xml_node_get_next (c))
    scan_tree (c, scan);
}

static gboolean
scan_node (LsXmlNode *node,
           gpointer   user_data,
           guint     *line,
           GError   **error)
{
  Scan *scan = user_data;

  scan_tree (node, scan);
  if (!scan->past)
    return TRUE;
  g_set_error_literal (error, scan_done_quark (), 0, "");
  return FALSE;
}

guint
_ls_xml_source_earlier (const LsXmlSource *src,
                        const LsXmlNode   *node,
                        LsUidKind          kind,
                        GError           **error)
{
  Scan scan = { uid_elements[kind], ls_xml_node_get_attr (node, "uid"), ls_xml_node_get_line (node), 0, 0, FALSE };
  LsXmlSource again = *src;
  g_autoptr(GError) local = NULL;

  again.progress = NULL;    /* the first reading reports the progress */
  if (!_ls_xml_source_read (&again, scan_node, &scan, &local) && !g_error_matches (local, scan_done_quark (), 0))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return G_MAXUINT;
    }
  /* Itself, and one before it (or on its line). */
  return scan.found < 2 ? 0 : scan.first;
}
