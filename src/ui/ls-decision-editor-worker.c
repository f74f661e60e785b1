/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the decision editor's worker does (ls_document_saver): saving a
 * copy of what was typed, then approving, issuing or correcting the
 * decision. Store calls only, on the worker's connection; nothing here
 * touches a widget. The editor (ls-decision-editor.c) starts them and
 * shows what they return on the main thread. */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include "ls-decision-editor-private.h"
#include "ls-pdf-export.h"
#include "ls-row-version.h"
#include "ls-store-decisions.h"

/* Saving */

/* The copy a save takes: the decision with copies of its goals and
 * measures, and the originals they were copied from (to give them the ids
 * the store set). */
typedef struct
{
  LsDecision *copy;
  GPtrArray  *goals;      /* the originals, in the copy's order */
  GPtrArray  *measures;
} DecisionCopy;

void
_ls_decision_editor_copy_free (gpointer data)
{
  DecisionCopy *c = data;

  g_clear_object (&c->copy);
  g_ptr_array_unref (c->goals);
  g_ptr_array_unref (c->measures);
  g_free (c);
}

static void
copy_list (GListStore *from,
           GListStore *to,
           GPtrArray  *originals)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (from)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (from), i);
      g_autoptr(GObject) copy = ls_document_copy_properties (item);

      g_list_store_append (to, copy);
      g_ptr_array_add (originals, g_object_ref (item));
    }
}

gpointer
_ls_decision_editor_copy (gpointer document)
{
  DecisionCopy *c = g_new0 (DecisionCopy, 1);

  c->copy = ls_document_copy_properties (document);
  c->goals = g_ptr_array_new_with_free_func (g_object_unref);
  c->measures = g_ptr_array_new_with_free_func (g_object_unref);
  copy_list (ls_decision_get_goals (document), ls_decision_get_goals (c->copy), c->goals);
  copy_list (ls_decision_get_measures (document), ls_decision_get_measures (c->copy), c->measures);
  return c;
}

gboolean
_ls_decision_editor_copy_save (LsStore  *store,
                               gpointer  data,
                               GError  **error)
{
  return ls_store_save_decision (store, ((DecisionCopy *) data)->copy, error);
}


void
_ls_decision_editor_copy_saved (gpointer    data,
                                LsDecision *document)
{
  DecisionCopy *c = data;

  if (ls_decision_get_id (document) == 0)
    ls_decision_set_id (document, ls_decision_get_id (c->copy));
  ls_row_version_set (document, ls_row_version_get (c->copy));
  /* goals and measures carry their own row versions: theirs too */
  for (guint i = 0; i < c->goals->len; i++)
    {
      g_autoptr(LsGoal) saved = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_goals (c->copy)), i);

      if (ls_goal_get_id (g_ptr_array_index (c->goals, i)) == 0)
        ls_goal_set_id (g_ptr_array_index (c->goals, i), ls_goal_get_id (saved));
      ls_row_version_set (g_ptr_array_index (c->goals, i), ls_row_version_get (saved));
    }
  for (guint i = 0; i < c->measures->len; i++)
    {
      g_autoptr(LsMeasure) saved = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (c->copy)), i);

      if (ls_measure_get_id (g_ptr_array_index (c->measures, i)) == 0)
        ls_measure_set_id (g_ptr_array_index (c->measures, i), ls_measure_get_id (saved));
      ls_row_version_set (g_ptr_array_index (c->measures, i), ls_row_version_get (saved));
    }
}

/* Acting: each returns the decision as the store has it afterwards. */

/* Worker: the decision as the store has it now and, while it is a draft,
 * what this login may do with it. */
static LsDecisionEditorData *
read_again (LsStore  *store,
            gint64    id,
            GError  **error)
{
  LsDecisionEditorData *data = g_new0 (LsDecisionEditorData, 1);

  data->decision = ls_store_load_decision (store, id, error);
  if (data->decision == NULL)
    {
      ls_decision_editor_data_free (data);
      return NULL;
    }
  if (ls_decision_status_is_editable (ls_decision_get_status (data->decision)))
    _ls_decision_editor_read_acts (store, data->decision, data->acts);
  return data;
}

gpointer
_ls_decision_editor_approve_run (LsStore  *store,
                                 gpointer  input,
                                 GError  **error)
{
  gint64 id = *(gint64 *) input;
  /* as just saved by this editor (the action runs right after its save) */
  g_autoptr(LsDecision) decision = ls_store_load_decision (store, id, error);

  if (decision == NULL || !ls_store_approve_decision (store, decision, error))
    return NULL;
  return read_again (store, id, error);
}

void
_ls_decision_editor_issue_free (gpointer data)
{
  LsDecisionEditorIssue *input = data;

  g_free (input->issued_by);
  g_free (input);
}

gpointer
_ls_decision_editor_issue_run (LsStore  *store,
                               gpointer  data,
                               GError  **error)
{
  LsDecisionEditorIssue *input = data;
  g_autoptr(LsDecision) decision = ls_store_load_decision (store, input->id, error);

  if (decision == NULL
      || !ls_pdf_issue_decision (store, decision, input->issued_by, &input->today, input->four_eyes, TRUE, error))
    return NULL;
  return read_again (store, input->id, error);
}

gpointer
_ls_decision_editor_correction_run (LsStore  *store,
                                    gpointer  input,
                                    GError  **error)
{
  if (!ls_store_save_decision (store, input, error))
    return NULL;
  return g_object_ref (input);
}

