/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Someone else changed the decision shown (issue 15): read again in
 * place when nothing here is unsaved; saved first by them while this
 * editor had changes, the conflict dialog of ls-document-conflict.h, with
 * the decision as the caseworker reads it on both sides. */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-decision-editor-private.h"
#include "ls-document-conflict.h"
#include "ls-row-version.h"
#include "ls-store-decisions.h"
#include "ls-ui-load.h"

/* The decision as the caseworker reads it, in the order of the editor,
 * so that the two sides can be compared line by line. */
static char *
describe (LsDecisionEditor *self,
          LsDecision       *decision)
{
  GString *text = g_string_new (NULL);
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (decision));
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (decision));

  g_string_append_printf (text, "%s\n", _("Goals"));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);

      g_string_append_printf (text, "• %s\n", ls_goal_get_text (goal) != NULL ? ls_goal_get_text (goal) : "");
    }
  g_string_append_printf (text, "\n%s\n", _("Measures"));
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);
      const char *key = ls_measure_get_service_key (measure);
      g_autofree char *name = key != NULL ? g_key_file_get_string (self->services, key, "Name", NULL) : NULL;

      /* Translators: a measure in a list: the service, then its extent and unit ("Praktisk bistand, 3 timer") */
      g_string_append_printf (text, _("• %s, %g %s\n"), name != NULL ? name : (key != NULL ? key : ""),
                              ls_measure_get_extent (measure),
                              ls_measure_get_unit (measure) != NULL ? ls_measure_get_unit (measure) : "");
    }
  g_string_append (text, "\n");
  ls_document_describe_date (text, _("Start date"), ls_decision_get_start (decision));
  ls_document_describe_date (text, _("End date"), ls_decision_get_end (decision));
  ls_document_describe_date (text, _("Evaluation date"), ls_decision_get_evaluation_date (decision));
  g_string_append (text, "\n");
  ls_document_describe_text (text, _("Our assessment"), ls_decision_get_grounds (decision));
  ls_document_describe_text (text, _("Legal basis"), ls_decision_get_legal_basis (decision));
  return g_string_free (text, FALSE);
}

static char *
describe_cb (gpointer document,
             gpointer editor)
{
  return describe (editor, document);
}

static gpointer
load_cb (LsStore *store,
         gint64   id,
         GError **error)
{
  return ls_store_load_decision (store, id, error);
}

static gpointer
mine_cb (gpointer editor)
{
  LsDecisionEditor *self = editor;

  return self->saver != NULL ? g_object_ref (self->decision) : NULL;
}

/* Saved over theirs, knowingly: against the version just shown. */
static void
keep_mine_cb (gpointer editor,
              gpointer theirs)
{
  LsDecisionEditor *self = editor;

  if (self->saver == NULL)
    return;
  ls_row_version_set (self->decision, ls_row_version_get (theirs));
  self->unsaved = TRUE;
  ls_document_saver_save_soon (self->saver, self->decision);
}

/* Theirs is shown instead; nothing of ours is saved or kept. */
static void
take_theirs_cb (gpointer editor,
                gpointer theirs)
{
  LsDecisionEditor *self = editor;

  if (self->saver == NULL)
    return;
  g_set_object (&self->decision, theirs);
  ls_document_saver_forget (self->saver, self->decision);
  self->unsaved = FALSE;
  _ls_decision_editor_rebuild (self);
}

static const LsDocumentConflict decision_conflict = {
  "decision", load_cb, g_object_unref, mine_cb, describe_cb, keep_mine_cb, take_theirs_cb, NULL,
};

void
_ls_decision_editor_show_conflict (LsDecisionEditor *self)
{
  ls_document_conflict_show (GTK_WIDGET (self), self->store, ls_decision_get_id (self->decision), &decision_conflict);
}

static void
reread_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LsDecisionEditor *self = LS_DECISION_EDITOR (source);
  LsDecisionEditorData *data = ls_ui_load_finish (result, NULL);

  /* closed, or typed in meanwhile (its save meets the change) */
  if (data != NULL && self->saver != NULL && !ls_document_saver_get_unsaved (self->saver)
      && ls_decision_get_id (data->decision) == ls_decision_get_id (self->decision))
    _ls_decision_editor_apply_data (self, data);
  g_clear_pointer (&data, ls_decision_editor_data_free);
}

void
ls_decision_editor_changed_elsewhere (LsDecisionEditor *self)
{
  g_return_if_fail (LS_IS_DECISION_EDITOR (self));

  if (self->saver == NULL || ls_document_saver_get_unsaved (self->saver))
    return;
  ls_ui_load_async (self, self->store, ls_decision_editor_load, ls_decision_editor_data_free,
                    ls_decision_get_id (self->decision), NULL, reread_cb, NULL);
}
